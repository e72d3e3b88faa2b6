"""Make the template downloads (`make downloads`): Word and LibreOffice files of every template page,
Bosnian in Latin and Cyrillic script and English, plus one zip per language and script.

What is made, from which sections of which page, is listed in scripts/downloads/templates.yml.
The files go to dist/templates/ (files/, templates-<language>.zip, manifest.json), where the site
build (hooks/template_downloads.py) finds them. Files whose sources did not change come from the
cache in .cache/downloads/.

Usage: python scripts/build_downloads.py [--out dist/templates] [--only SLUG ...] [--jobs 2]
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from downloads.build import CACHE, CONFIG, Builder, load_config  # noqa: E402
from downloads.source import DOCS, ROOT, TemplateError  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "templates", help="output folder")
    parser.add_argument("--cache", type=Path, default=CACHE, help="cache folder (default .cache/downloads)")
    parser.add_argument("--only", nargs="*", metavar="SLUG", help="make only these templates")
    parser.add_argument("--jobs", type=int, default=2, help="files made at the same time (default 2)")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    # For the tests: another list of templates, or pages from another folder.
    parser.add_argument("--config", type=Path, default=CONFIG, help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=Path, default=DOCS, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    say = (lambda message: None) if arguments.quiet else (lambda message: print(message, flush=True))
    try:
        entries = load_config(arguments.config, arguments.docs)
        if arguments.only:
            unknown = set(arguments.only) - {entry["slug"] for entry in entries}
            if unknown:
                parser.error(f"no such template: {', '.join(sorted(unknown))}")
            entries = [entry for entry in entries if entry["slug"] in arguments.only]
        arguments.out.mkdir(parents=True, exist_ok=True)
        builder = Builder(arguments.out.resolve(), arguments.cache.resolve(), arguments.docs.resolve(), say=say)
        result = builder.run(entries, arguments.jobs, pack=not arguments.only)  # zips only of everything
    except TemplateError as error:
        print(error.message(), file=sys.stderr)
        return 1
    made = sum(not item.cached for item in result.files)
    print(f"[downloads] {len(result.files)} files ({made} made, {len(result.files) - made} from the cache) "
          f"and {len(result.zips)} zips in {arguments.out} in {result.seconds:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
