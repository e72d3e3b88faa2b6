"""The template downloads: scripts/build_downloads.py runs build.py; see templates.yml for what is made."""
