"""Lighthouse scores of every kind of page in both languages, as a reader on a phone gets them.

    .venv/bin/python benchmarks/lighthouse.py            # builds the site into a temporary folder
    .venv/bin/python benchmarks/lighthouse.py --site DIR # measures an existing build
    .venv/bin/python benchmarks/lighthouse.py --markdown # the table for docs/*/contributing/performance.md

The site is served on loopback with gzip (as GitHub Pages serves it), and Lighthouse 12.2.3, pinned in
benchmarks/package.json and installed there on first use (`npm ci --prefix benchmarks`; it is not a
test dependency), runs against the system Chromium with its default mobile settings (Moto G Power
screen, simulated slow 4G, 4x CPU slowdown). One table is printed: the four scores, what the page
transferred and in how many requests, and the audits that cost points. The 404 page is measured at
/404.html; at a missing address the server answers with status 404, which Lighthouse's SEO audit
"HTTP status code" counts against any page by design.
"""

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))  # site_generator: which program builds the site
import site_generator  # noqa: E402
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM_ARGS, find_chromium  # noqa: E402
from page_types import PAGE_TYPES, type_url  # noqa: E402

LIGHTHOUSE = ROOT / "benchmarks" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with gzip and a ten-minute cache, like GitHub Pages; 404.html for missing paths."""

    def log_message(self, *args):
        pass

    def send_head(self):
        address = self.path.split("?", 1)[0].split("#", 1)[0]
        path = Path(self.translate_path(address))
        if path.is_dir() and not address.endswith("/"):
            self.send_response(301)
            self.send_header("Location", address + "/")
            self.end_headers()
            return None
        if path.is_dir():
            path = path / "index.html"
        status = 200
        if not path.is_file():
            path, status = Path(self.directory) / "404.html", 404
        body = path.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Cache-Control", "max-age=600")
        if path.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, 6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(site: Path):
    handler = functools.partial(GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def ensure_lighthouse():
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--prefix", str(ROOT / "benchmarks"), "--no-audit", "--no-fund"], check=True)


def build(destination: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(site_generator.build_command(destination, "--strict", "-q"), cwd=ROOT, env=env, check=True)
    return destination


def lighthouse(url: str, chromium: str, output: Path) -> dict:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    command = [
        str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}",
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": chromium})
    return json.loads(output.read_text(encoding="utf-8"))


def summary(report: dict) -> dict:
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    # data: URLs (the theme's icons inside its stylesheet) are listed but cost no request.
    requests = [item for item in report["audits"]["network-requests"]["details"]["items"] if not item["url"].startswith("data:")]
    lost = []
    for name in [c for c in CATEGORIES if scores[c] < 100]:
        for reference in report["categories"][name]["auditRefs"]:
            audit = report["audits"][reference["id"]]
            if reference["weight"] and audit["score"] is not None and audit["score"] < 1:
                lost.append(f"{reference['id']} ({audit.get('displayValue') or round(audit['score'], 2)})")
    metrics = report["audits"]
    return {
        **scores,
        "kb": sum(item.get("transferSize", 0) for item in requests) / 1024,
        "requests": len(requests),
        "lcp": metrics["largest-contentful-paint"]["displayValue"],
        "tbt": metrics["total-blocking-time"]["displayValue"],
        "lost": lost,
    }


def table(rows, markdown: bool) -> str:
    header = ["page", "language", "performance", "accessibility", "best practices", "SEO", "transfer", "requests", "LCP", "TBT"]
    lines = []
    for kind, language, row in rows:
        lines.append([kind, language, *(str(row[c]) for c in CATEGORIES), f"{row['kb']:.1f} KB", str(row["requests"]), row["lcp"], row["tbt"]])
    if markdown:
        out = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
        out += ["| " + " | ".join(line) + " |" for line in lines]
    else:
        widths = [max(len(str(x)) for x in column) for column in zip(header, *lines)]
        out = ["  ".join(h.ljust(w) for h, w in zip(header, widths))]
        out += ["  ".join(x.ljust(w) for x, w in zip(line, widths)) for line in lines]
    lost = [f"{kind} ({language}): {', '.join(row['lost'])}" for kind, language, row in rows if row["lost"]]
    return "\n".join(out + ([""] + ["Audits that cost points:"] + lost if lost else []))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an existing build to measure (default: build one)")
    parser.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    parser.add_argument("--languages", default="bs,en")
    arguments = parser.parse_args()

    chromium = find_chromium()
    if not chromium:
        sys.exit("No Chromium: install Debian's chromium or set CHROME_PATH.")
    ensure_lighthouse()
    with tempfile.TemporaryDirectory() as temporary:
        site = arguments.site or build(Path(temporary) / "site")
        base, server = serve(site)
        rows = []
        try:
            for kind in PAGE_TYPES:
                for language in arguments.languages.split(","):
                    try:
                        report = lighthouse(base + type_url(kind, language), chromium, Path(temporary) / "report.json")
                    except subprocess.CalledProcessError:
                        print(f"Lighthouse could not measure {kind} ({language})", file=sys.stderr)
                        continue
                    rows.append((kind, language, summary(report)))
                    print(f"measured {kind} ({language})", file=sys.stderr)
        finally:
            server.shutdown()
    print(table(rows, arguments.markdown))


if __name__ == "__main__":
    main()
