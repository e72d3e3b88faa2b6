"""What a first visit and a later page cost, in gzip bytes computed from the built files.

    .venv/bin/python benchmarks/page_weight.py [--site DIR] [--markdown]

The same calculation as tests/performance/test_page_weight.py (which fails above the budget): for each
kind of page in both languages, the page's HTML, the stylesheets, the scripts and the small images the
page loads, then the spread over all pages; apart, Material's script, which comes with the reader's
first use of the page.
"""

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "performance")]
from helpers import built_pages  # noqa: E402
from lighthouse import build  # noqa: E402
from page_types import PAGE_TYPES, type_url  # noqa: E402
from weight import first_visit, gzip_size, local  # noqa: E402

THEME_SCRIPT = re.compile(r'data-theme-script="([^"]+)"')


def split(html: Path, site: Path) -> dict[str, int]:
    parts = {"HTML": 0, "CSS": 0, "JS": 0, "images": 0}
    for path, size in first_visit(html, site).items():
        if path == html:
            parts["HTML"] += size
        elif path.suffix in (".css", ".js"):
            parts[path.suffix[1:].upper()] += size
        else:
            parts["images"] += size
    parts["first visit"] = sum(parts.values())
    # Material's script, fetched on the reader's first use of the page (hooks/theme_script_on_first_use.py).
    loader = THEME_SCRIPT.search(html.read_text(encoding="utf-8"))
    parts["theme JS on first use"] = gzip_size(local(html, loader[1], site)) if loader else 0
    return parts


def html_of(site: Path, address: str) -> Path:
    return site / address / "index.html" if address.endswith("/") or address == "" else site / address


def render(rows, markdown):
    header = ["page", "language", *rows[0][2].keys()]
    lines = [[kind, language, *(f"{value / 1024:.1f}" for value in parts.values())] for kind, language, parts in rows]
    if markdown:
        return "\n".join(["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)] + ["| " + " | ".join(line) + " |" for line in lines])
    widths = [max(len(x) for x in column) for column in zip(header, *lines)]
    return "\n".join("  ".join(x.ljust(w) for x, w in zip(line, widths)) for line in [header, *lines])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path)
    parser.add_argument("--markdown", action="store_true")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        site = arguments.site or build(Path(temporary) / "site")
        rows = [(kind, language, split(html_of(site, type_url(kind, language)), site)) for kind in PAGE_TYPES for language in ("bs", "en")]
        print("KB gzip (level 6) per first visit:\n")
        print(render(rows, arguments.markdown))
        totals = sorted(split(html, site)["first visit"] / 1024 for _, _, html in built_pages(site))
        pages = sorted(split(html, site)["HTML"] / 1024 for _, _, html in built_pages(site))
        print(f"\nAll {len(totals)} pages: first visit {totals[0]:.1f} to {totals[-1]:.1f} KB (median "
              f"{statistics.median(totals):.1f}); a later page (its HTML) {pages[0]:.1f} to {pages[-1]:.1f} KB "
              f"(median {statistics.median(pages):.1f}).")


if __name__ == "__main__":
    main()
