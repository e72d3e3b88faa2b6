#!/usr/bin/env python3
"""Pages whose `review_by` date has passed: someone should check them and update `last_reviewed`
and `review_by`. Exits 1 when there are any, so the weekly workflow shows it.

Usage: python scripts/review_due.py [--docs DIR] [--today YYYY-MM-DD]
"""

import argparse
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks.pages import load_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def overdue(docs: Path, today: datetime.date) -> list[tuple[str, datetime.date]]:
    found = []
    for page in load_pages(docs):
        review_by = (page.meta or {}).get("review_by")
        if isinstance(review_by, datetime.date) and review_by < today:
            found.append((page.path.relative_to(docs.parent).as_posix(), review_by))
    return sorted(found, key=lambda item: (item[1], item[0]))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--today", type=datetime.date.fromisoformat, default=datetime.date.today())
    arguments = parser.parse_args(argv)
    pages = overdue(arguments.docs, arguments.today)
    for path, date in pages:
        print(f"{path}: review was due on {date.isoformat()}")
    print(f"{len(pages)} page(s) due for review." if pages else "No page is due for review.")
    return 1 if pages else 0


if __name__ == "__main__":
    sys.exit(main())
