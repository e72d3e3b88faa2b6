#!/usr/bin/env python3
"""Weekly check of links to other sites (the scheduled workflow runs it; pull requests do not,
because other sites' hiccups must not block a trainer's edit).

Each distinct address is asked once (HEAD, then GET if the site refuses HEAD). Prints a table of
the problems with the pages and lines that cite them. Exits 1 if a link is broken (404, 410, no
such host, ...). Sites that refuse robots (401, 403, 429) or fail on their side (5xx) are listed for
a person to check, without failing.

Usage: python scripts/check_external_links.py [--docs DIR] [--timeout SECONDS]
"""

import argparse
import re
import sys
import urllib.error
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks.pages import load_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
URL = re.compile(r"https?://[^\s)<>\]\"'`]+")
TO_CHECK_BY_HAND = {401, 403, 405, 429}
USER_AGENT = "Mozilla/5.0 (compatible; handbook-link-check; +https://github.com/)"


def cited_links(docs: Path) -> dict[str, list[str]]:
    """{address: ["docs/bs/page.md:12", ...]} for every external address in the pages."""
    found = defaultdict(list)
    for page in load_pages(docs):
        for number, line in page.body_lines():
            for url in URL.findall(line):
                found[url.rstrip(".,;:")].append(f"{page.path.relative_to(docs.parent).as_posix()}:{number}")
    return dict(found)


def status_of(url: str, timeout: float) -> tuple[str, str]:
    """('ok' | 'broken' | 'check', detail)."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return "ok", str(response.status)
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 404, 405, 501):
                continue  # some servers answer HEAD wrongly: ask again with GET
            if error.code in TO_CHECK_BY_HAND or error.code >= 500:
                return "check", f"HTTP {error.code}"
            return "broken", f"HTTP {error.code}"
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            reason = getattr(error, "reason", error)
            return ("check" if "timed out" in str(reason) else "broken"), f"{reason}"
    return "broken", "no answer"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--timeout", type=float, default=20)
    arguments = parser.parse_args(argv)
    links = cited_links(arguments.docs)
    print(f"Checking {len(links)} addresses...", flush=True)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(zip(links, pool.map(lambda url: status_of(url, arguments.timeout), links)))
    problems = {url: result for url, result in results.items() if result[0] != "ok"}
    if problems:
        print("\n| result | address | cited in |\n| --- | --- | --- |")
        for url, (state, detail) in sorted(problems.items(), key=lambda item: item[1][0]):
            label = "broken" if state == "broken" else "check by hand"
            print(f"| {label}: {detail} | {url} | {', '.join(links[url][:3])}{' ...' if len(links[url]) > 3 else ''} |")
    broken = sum(state == "broken" for state, _ in problems.values())
    print(f"\n{len(links) - len(problems)} ok, {broken} broken, {len(problems) - broken} to check by hand.")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
