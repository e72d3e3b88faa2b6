"""Where the handbook's Markdown lives besides docs/: the trainer's kit keeps its slides and handouts
in folders of their own (MkDocs must not publish them as pages), laid out like docs/ itself, one
folder per language with the same file names: slides/bs/01-welcome.md and slides/en/01-welcome.md.
`make check` and `make status` treat them like pages; scripts/build_kit.py (`make slides`) turns them
into decks and handouts."""

from pathlib import Path

EXTRA_CONTENT = ("slides", "handouts")


def extra_roots(docs: Path) -> list[Path]:
    """The kit's content folders next to `docs` that exist (none next to a test's docs folder)."""
    return [docs.parent / name for name in EXTRA_CONTENT if (docs.parent / name).is_dir()]
