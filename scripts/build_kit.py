#!/usr/bin/env python3
"""Build the trainer's kit (`make slides`): every deck as HTML, PDF and PPTX, every handout as HTML
and PDF, and the questionnaire's PDFs, into build/kit/. The site build (hooks/trainer_kit.py) takes
them from there; the deploy and release workflows and `make offline` run this first.

Each file is rebuilt only when what it is made from changed: its Markdown, the theme, the kit's code,
the tools' versions or the site's address (build/kit/manifest.json keeps a hash of each). --force
rebuilds everything.

Usage: python scripts/build_kit.py [--site-url https://example.org/prirucnik/] [--force]
Needs: `npm ci` (Marp CLI), a Chromium for the PDF and PPTX decks (CHROME_PATH or /usr/bin/chromium),
and the fonts of the printed handbook for the handouts' PDFs (see README)."""

import argparse
import functools
import hashlib
import json
import os
import re
import sys
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trainer_kit import decks, documents  # noqa: E402 (the path above makes the package importable)
from trainer_kit.layout import BUILD, DECK_FORMATS, QUESTIONNAIRE_DOCUMENTS, ROOT, outputs  # noqa: E402
from trainer_kit.links import LinkError  # noqa: E402

MANIFEST = BUILD / "manifest.json"
KIT_CODE = Path(__file__).resolve().parent / "trainer_kit"


def say(message: str) -> None:
    print(f"[kit] {message}", flush=True)


def default_site_url() -> str:
    """The address the site is published at: SITE_URL, else the default in mkdocs.yml."""
    if os.environ.get("SITE_URL"):
        return os.environ["SITE_URL"]
    match = re.search(r'^site_url:\s*!ENV\s*\[\s*SITE_URL\s*,\s*"([^"]+)"', (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    return match[1] if match else "http://127.0.0.1:8000/"


@functools.cache
def tool_versions() -> str:
    marp = json.loads((ROOT / "node_modules/@marp-team/marp-cli/package.json").read_text(encoding="utf-8"))["version"] \
        if (ROOT / "node_modules/@marp-team/marp-cli/package.json").is_file() else "missing"
    return f"marp-cli {marp}; weasyprint {metadata.version('weasyprint')}; markdown {metadata.version('markdown')}"


# What each kind of file is made with, besides its own source: a change to one of these files
# rebuilds that kind only (a new handout style does not redraw every PowerPoint file).
MADE_WITH = {
    "slides": ("decks.py", "links.py", "layout.py", "slides.css", "marp.config.mjs"),
    "documents": ("documents.py", "decks.py", "links.py", "layout.py", "handout.css"),
}


def fingerprint(output, site_url: str) -> str:
    """What the file is made from, as one hash: its source, the kit's code and styles, the tools, and
    the site's address for files that carry full links (PDF, PPTX)."""
    digest = hashlib.sha256(tool_versions().encode())
    for name in MADE_WITH["slides" if output.kind == "slides" else "documents"]:
        digest.update(name.encode() + (KIT_CODE / name).read_bytes())
    digest.update(decks.source_text(output.source).encode())  # a translation stub: its original's text
    digest.update(f"{output.kind}/{output.name}".encode())
    if output.format != "html":
        digest.update(site_url.encode())
    return digest.hexdigest()


def build(site_url: str, force: bool = False) -> dict:
    """Build what is out of date; returns counts {"built": n, "current": n}."""
    manifest = {} if force or not MANIFEST.is_file() else json.loads(MANIFEST.read_text(encoding="utf-8"))
    wanted = {output: fingerprint(output, site_url) for output in outputs()}

    def key(output) -> str:
        return output.built.relative_to(BUILD).as_posix()

    stale = [o for o, digest in wanted.items() if manifest.get(key(o)) != digest or not o.built.is_file()]
    say(f"{len(wanted)} files in the kit, {len(stale)} to build, {len(wanted) - len(stale)} up to date")

    for fmt in DECK_FORMATS:
        todo = [(o.source, o.language, o.built) for o in stale if o.kind == "slides" and o.format == fmt]
        if todo:
            started = time.monotonic()
            say(f"decks: {len(todo)} {fmt.upper()} with Marp CLI")
            decks.convert(todo, fmt, site_url)
            say(f"  done in {time.monotonic() - started:.0f} s")
            for output in (o for o in stale if o.kind == "slides" and o.format == fmt):
                manifest[key(output)] = wanted[output]
            save(manifest)

    documents_todo = [o for o in stale if o.kind != "slides"]
    if documents_todo:
        say(f"handouts and questionnaire: {len(documents_todo)} files")
    for output in documents_todo:
        ids = QUESTIONNAIRE_DOCUMENTS.get(output.stem) if output.kind == "questionnaire" else None
        kind = "questionnaire" if output.kind == "questionnaire" else "handouts"
        if output.format == "html":
            output.built.parent.mkdir(parents=True, exist_ok=True)
            output.built.write_text(documents.page_html(output.source, output.language, kind, None, ids), encoding="utf-8")
        else:
            pages = documents.write_pdf(documents.page_html(output.source, output.language, kind, site_url, ids), output.built)
            if kind == "handouts" and pages != 1:
                output.built.unlink()
                raise documents.DocumentError(f"{decks.shown(output.source)}: the handout fills {pages} A4 pages, it must fit on one: "
                                              "shorten the key points or the checklist")
        manifest[key(output)] = wanted[output]
    save(manifest)

    # Files whose source is gone leave the kit.
    known = {key(o) for o in wanted}
    for stale_key in [k for k in manifest if k not in known]:
        (BUILD / stale_key).unlink(missing_ok=True)
        del manifest[stale_key]
    save(manifest)
    return {"built": len(stale), "current": len(wanted) - len(stale)}


def save(manifest: dict) -> None:
    MANIFEST.parent.mkdir(parents=True, exist_ok=True)
    MANIFEST.write_text(json.dumps(dict(sorted(manifest.items())), indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-url", default=default_site_url(), help="the published site's address, for links in PDF and PPTX")
    parser.add_argument("--force", action="store_true", help="rebuild every file")
    arguments = parser.parse_args(argv)
    try:
        counts = build(arguments.site_url, arguments.force)
    except (decks.DeckError, documents.DocumentError, LinkError) as error:
        print(f"The kit was not built: {error}", file=sys.stderr)
        return 1
    say(f"build/kit/ is up to date ({counts['built']} built, {counts['current']} unchanged)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
