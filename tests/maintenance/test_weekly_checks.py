"""The weekly checks: external links (against a local HTTP server, never the internet) and pages
whose review date has passed."""

import datetime
import http.server
import subprocess
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import check_external_links  # noqa: E402
import review_due  # noqa: E402

FRONT = "---\ntitle: T\ndescription: D\ntype: training\nlast_reviewed: 2026-01-01\nreview_by: {review_by}\n---\n\n# T\n\n{body}\n"


class Answers(http.server.BaseHTTPRequestHandler):
    """/ok 200, /moved 301 to /ok, /gone 404, /robots-not-welcome 403, /head-refused 405 on HEAD only."""

    def answer(self, with_body):
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/head-refused" and self.command == "HEAD":
            self.send_response(405)
        else:
            self.send_response({"/ok": 200, "/head-refused": 200, "/gone": 404, "/robots-not-welcome": 403}.get(self.path, 404))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self.answer(False)

    def do_GET(self):
        self.answer(True)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def make_docs(tmp_path, body, review_by="2027-01-01"):
    docs = tmp_path / "docs"
    for language in ("bs", "en"):
        (docs / language).mkdir(parents=True)
        (docs / language / "index.md").write_text(FRONT.format(review_by=review_by, body=body), encoding="utf-8")
    return docs


def test_each_kind_of_answer(server):
    assert check_external_links.status_of(f"{server}/ok", 5) == ("ok", "200")
    assert check_external_links.status_of(f"{server}/moved", 5) == ("ok", "200")
    assert check_external_links.status_of(f"{server}/head-refused", 5) == ("ok", "200")
    assert check_external_links.status_of(f"{server}/gone", 5) == ("broken", "HTTP 404")
    assert check_external_links.status_of(f"{server}/robots-not-welcome", 5) == ("check", "HTTP 403")
    assert check_external_links.status_of("http://127.0.0.1:1/closed", 5)[0] == "broken"


def test_report_names_pages_and_fails_on_broken_links(tmp_path, server, capsys):
    docs = make_docs(tmp_path, f"See [a]({server}/ok), [b]({server}/gone) and [c]({server}/robots-not-welcome).")
    assert check_external_links.main(["--docs", str(docs), "--timeout", "5"]) == 1
    output = capsys.readouterr().out
    assert f"| broken: HTTP 404 | {server}/gone | docs/bs/index.md:11, docs/en/index.md:11 |" in output
    assert "check by hand: HTTP 403" in output
    assert "1 ok, 1 broken, 1 to check by hand." in output


def test_all_good_exits_0(tmp_path, server, capsys):
    docs = make_docs(tmp_path, f"See [a]({server}/ok).")
    assert check_external_links.main(["--docs", str(docs), "--timeout", "5"]) == 0


def test_review_due_lists_overdue_pages(tmp_path, capsys):
    docs = make_docs(tmp_path, "Text.", review_by="2026-06-30")
    assert review_due.main(["--docs", str(docs), "--today", "2026-07-01"]) == 1
    output = capsys.readouterr().out
    assert "docs/bs/index.md: review was due on 2026-06-30" in output and "2 page(s) due for review." in output
    assert review_due.overdue(docs, datetime.date(2026, 6, 30)) == []


def test_scripts_run_from_the_command_line_on_the_real_pages():
    result = subprocess.run([sys.executable, "scripts/review_due.py", "--today", "2026-11-26"],
                            cwd=Path(review_due.__file__).parent.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout  # every page was reviewed in November 2026
    assert "No page is due for review." in result.stdout
