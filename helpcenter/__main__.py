"""`python -m helpcenter`: the writers' and CI's command (helpcenter/cli.py)."""
import sys

from .cli import main

sys.exit(main())
