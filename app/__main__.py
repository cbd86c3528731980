"""`python -m app` does what the `regulars` command does."""

import sys

from app.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a bundle starts its import workers through itself
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
