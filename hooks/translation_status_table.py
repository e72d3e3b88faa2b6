"""Fill the maintainers' page with the current translation status table, so the site always shows
what `make status` would print. The page holds the marker `<!-- translation-status -->`."""

import importlib.util
from pathlib import Path

from _languages import page_language

MARKER = "<!-- translation-status -->"
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "translation_status.py"


def load_script():
    spec = importlib.util.spec_from_file_location("translation_status", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    status = load_script()
    language = page_language(page)
    docs = Path(config.docs_dir)
    return markdown.replace(MARKER, status.table(entries(status, docs), language=language, links=True, docs=docs))


_computed = {}


def entries(status, docs: Path):
    """The status of every page, worked out once while no file changes (each language's page asks)."""
    files = [path for root in (docs, *status.extra_roots(docs)) for path in root.rglob("*.md")]
    snapshot = (docs, tuple(sorted((str(path), path.stat().st_mtime_ns) for path in files)))
    if snapshot not in _computed:
        _computed.clear()
        _computed[snapshot] = status.all_entries(docs)
    return _computed[snapshot]
