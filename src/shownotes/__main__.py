"""``python -m shownotes``: the same command as ``shownotes``."""

import sys

from shownotes.cli import main

sys.exit(main())
