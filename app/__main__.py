"""`python -m app` does what the `regulars` command does."""

import sys

from app.cli import main

sys.exit(main())
