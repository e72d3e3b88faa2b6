"""Content checks for trainers: each module checks one thing and explains how to fix it.

`scripts/check_content.py` runs them all (that is `make check`)."""
