#!/usr/bin/env python3
"""How long `make check` takes on the whole site, as a trainer waits for it: the whole command (a new
Python process each time, so nothing is cached between runs), then each check on its own.

Usage: python benchmarks/check_time.py [--runs 5]
Prints a Markdown table; the times depend on the machine, so no test asserts them."""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from check_content import RULES  # noqa: E402
from checks.pages import load_pages  # noqa: E402


def whole_command(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "scripts" / "check_content.py")], cwd=ROOT, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def per_check(docs: Path) -> dict[str, float]:
    start = time.perf_counter()
    pages = load_pages(docs)
    found = {"reading the pages": time.perf_counter() - start}
    for name, rule in RULES.items():
        start = time.perf_counter()
        rule.check(pages, docs)
        found[name] = time.perf_counter() - start
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args(argv)
    docs = ROOT / "docs"
    pages = sum(1 for _ in docs.rglob("*.md"))
    times = whole_command(arguments.runs)
    print(f"`make check` on {pages} pages, {arguments.runs} runs\n")
    print("| measure | seconds |\n| --- | ---: |")
    print(f"| median | {statistics.median(times):.2f} |\n| fastest | {min(times):.2f} |\n| slowest | {max(times):.2f} |")
    print("\nEach check on its own (one run, in this process)\n")
    print("| check | seconds |\n| --- | ---: |")
    for name, seconds in per_check(docs).items():
        print(f"| {name} | {seconds:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
