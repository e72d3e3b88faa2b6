"""What the template downloads cost: per template and format the file size and the time to make it,
and the time the step adds to a deploy build.

    .venv/bin/python benchmarks/downloads.py [--jobs 2]

1. `scripts/build_downloads.py` with an empty cache, as on a fresh CI runner: every file is made;
   the table shows each file's size and the seconds it took (a document's share of reading the
   page and building pandoc's tree is split between its .docx and .odt).
2. The same again with that cache: what a second run (or the test session) costs.
3. `mkdocs build` without and with the files (the hook only copies them), best of two runs each:
   the deploy build's extra time is step 1 plus that difference.
Times are wall-clock seconds on this machine (other work on it shows in them); no test asserts a time.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command, env=None) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
                   check=True, capture_output=True, text=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", default="2", help="files made at the same time (as make downloads: 2)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="downloads-benchmark-") as work:
        work = Path(work)
        generate = [sys.executable, str(ROOT / "scripts" / "build_downloads.py"), "--out", str(work / "out"),
                    "--cache", str(work / "cache"), "--jobs", arguments.jobs, "--quiet"]
        cold = timed(generate)
        manifest = json.loads((work / "out" / "manifest.json").read_text(encoding="utf-8"))
        warm = timed(generate)
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(work / "site")]
        # Best of two each: the builds take long enough for other work on the machine to show.
        without = min(timed(build, {"TEMPLATE_DOWNLOADS_DIR": str(work / "none")}) for _ in range(2))
        with_files = min(timed(build, {"TEMPLATE_DOWNLOADS_DIR": str(work / "out"), "TEMPLATE_DOWNLOADS": "required"})
                         for _ in range(2))

    print(f"{'file':<44} {'kB':>7} {'seconds':>8}")
    by_slug = {}
    for item in manifest["files"]:
        print(f"{item['name']:<44} {item['bytes'] / 1000:7.1f} {item['seconds']:8.2f}")
        totals = by_slug.setdefault((item["slug"], item["format"]), [0, 0.0, 0])
        totals[0] += item["bytes"]
        totals[1] += item["seconds"]
        totals[2] += 1
    print()
    print(f"{'template':<26} {'format':<6} {'kB (mean of 3)':>15} {'seconds (sum of 3)':>19}")
    for (slug, kind), (size, seconds, count) in by_slug.items():
        print(f"{slug:<26} {kind:<6} {size / count / 1000:15.1f} {seconds:19.2f}")
    for item in manifest["zips"]:
        print(f"{item['name']:<33} {item['bytes'] / 1000:15.1f} kB, {item['files']} files")
    total = sum(item["bytes"] for item in manifest["files"]) + sum(item["bytes"] for item in manifest["zips"])
    print()
    print(f"files: {len(manifest['files'])}, {total / 1_000_000:.2f} MB with the zips")
    print(f"make downloads, empty cache (a fresh CI runner): {cold:6.1f} s (jobs={arguments.jobs})")
    print(f"make downloads, from the cache:                  {warm:6.1f} s")
    print(f"mkdocs build without the files:                  {without:6.1f} s")
    print(f"mkdocs build with the files (copied in):         {with_files:6.1f} s")
    print(f"time the step adds to a deploy build:            {cold + with_files - without:6.1f} s")


if __name__ == "__main__":
    main()
