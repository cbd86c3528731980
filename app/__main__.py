"""`python -m app` does what the `regulars` command does."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":  # large imports start worker processes, which import this module
    multiprocessing.freeze_support()
    sys.exit(main())
