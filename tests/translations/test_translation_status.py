"""`make status`: missing, outdated, orphaned and stub translations, the source diff, and stamping."""

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import translation_status as status  # noqa: E402

PAGE = "---\ntitle: {title}\ndescription: x\n{extra}---\n\n# {title}\n\n{body}\n"


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    for language in ("bs", "en"):
        (folder / language).mkdir(parents=True)
    return folder


def write(docs, relative, title="Naslov", extra="", body="Tekst."):
    path = docs / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(title=title, extra=extra, body=body), encoding="utf-8")
    return path


def test_blob_id_matches_git(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("Društveni mediji\n", encoding="utf-8")
    git = subprocess.run(["git", "hash-object", str(path)], capture_output=True, text=True, check=True).stdout.strip()
    assert status.blob_id(path) == git


def test_states(docs):
    source = write(docs, "bs/current.md")
    write(docs, "en/current.md", "Title", f"source_hash: {status.blob_id(source)}\n")
    write(docs, "bs/outdated.md")
    write(docs, "en/outdated.md", "Title", "source_hash: '" + "0" * 40 + "'\n")
    write(docs, "bs/stub.md")
    write(docs, "en/stub.md", "Naslov", "translation_stub: true\n")
    write(docs, "bs/untracked.md")
    write(docs, "en/untracked.md", "Title")
    write(docs, "bs/missing.md")
    write(docs, "en/orphan.md", "Title", "source_hash: " + "1" * 40 + "\n")
    states = {entry.page: entry.state for entry in status.all_entries(docs)}
    assert states == {"current.md": "current", "outdated.md": "outdated", "stub.md": "stub",
                      "untracked.md": "untracked", "missing.md": "missing", "orphan.md": "orphaned"}


def test_page_written_in_english_first(docs):
    source = write(docs, "en/first.md", "Title")
    write(docs, "bs/first.md", "Naslov", f"source_hash: {status.blob_id(source)}\n")
    assert status.classify("first.md", docs).state == "current"
    source.write_text(source.read_text() + "More.\n")
    assert status.classify("first.md", docs).state == "outdated"


def test_editing_the_source_makes_the_translation_outdated_and_stamp_fixes_it(docs):
    source = write(docs, "bs/page.md")
    write(docs, "en/page.md", "Title", "translation_stub: true\n")
    assert status.classify("page.md", docs).state == "stub"
    status.stamp("page.md", docs)
    translation = (docs / "en/page.md").read_text()
    assert "translation_stub" not in translation and f'source_hash: "{status.blob_id(source)}"' in translation
    assert status.classify("page.md", docs).state == "current"
    source.write_text(source.read_text().replace("Tekst.", "Novi tekst."))
    assert status.classify("page.md", docs).state == "outdated"


def test_table_lists_only_pages_needing_work_in_both_languages(docs):
    write(docs, "bs/missing.md")
    english, bosnian = status.table(status.all_entries(docs)), status.table(status.all_entries(docs), "bs")
    assert "| `missing.md` | missing |" in english and "0 of 1 pages" in english
    assert "| `missing.md` | nedostaje |" in bosnian


def test_diff_of_a_committed_source(tmp_path, monkeypatch):
    """A real repository: translate, commit, change the source, ask for the diff."""
    repo = tmp_path / "repo"
    docs = repo / "docs"
    (docs / "en").mkdir(parents=True)
    source = write(docs, "bs/page.md", body="Prva rečenica.")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "x"], check=True)
    write(docs, "en/page.md", "Title", f"source_hash: {status.blob_id(source)}\n")
    source.write_text(source.read_text().replace("Prva rečenica.", "Druga rečenica."), encoding="utf-8")
    monkeypatch.setattr(status, "ROOT", repo)
    diff = status.source_diff("page.md", docs)
    assert "-Prva rečenica." in diff and "+Druga rečenica." in diff


def test_command_line_prints_table_and_unknown_page_without_traceback():
    script = Path(status.__file__)
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.returncode == 0 and "pages are translated and up to date" in result.stdout
    result = subprocess.run([sys.executable, str(script), "--diff", "no/such-page.md"], capture_output=True, text=True)
    assert result.returncode == 2 and "No page no/such-page.md" in result.stdout and "Traceback" not in result.stderr


def test_page_written_in_english_first_with_a_bosnian_stub(docs):
    source = write(docs, "en/first.md", "Title")
    write(docs, "bs/first.md", "Naslov", "translation_stub: true\n")
    assert status.classify("first.md", docs).state == "stub"
    status.stamp("first.md", docs)
    assert f'source_hash: "{status.blob_id(source)}"' in (docs / "bs/first.md").read_text()
    assert "source_hash" not in source.read_text()
    assert status.classify("first.md", docs).state == "current"


def test_the_maintainers_page_follows_a_change_at_once(docs):
    """hooks/translation_status_table.py works the table out once per version of the pages (both
    languages' pages ask), and again as soon as a page changes (`make serve`)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "hooks"))
    import translation_status_table as hook

    write(docs, "bs/guide.md")
    before = {entry.page: entry.state for entry in hook.entries(status, docs)}
    assert hook.entries(status, docs) is hook.entries(status, docs), "worked out again with nothing changed"
    write(docs, "en/guide.md", extra="translation_stub: true\n", body="")
    after = {entry.page: entry.state for entry in hook.entries(status, docs)}
    assert before == {"guide.md": "missing"} and after == {"guide.md": "stub"}


def test_measurements_go_into_both_pages_and_keep_the_translation_current(docs):
    """make search-quality and make search-speed write their tables with write_measurements."""
    start, end = "<!-- numbers:start -->", "<!-- numbers:end -->"
    write(docs, "bs/results.md", body=f"Tekst.\n\n{start}\nstaro\n{end}\n\nKraj.")
    write(docs, "en/results.md", title="Results", body=f"Text.\n\n{start}\nold\n{end}\n\nEnd.")
    status.stamp("results.md", docs)
    assert status.classify("results.md", docs).state == "current"
    done = status.write_measurements("results.md", start, end, {"bs": "| 1,5 s |", "en": "| 1.5 s |"}, docs)
    assert done[:2] == ["updated docs/bs/results.md", "updated docs/en/results.md"]
    assert f"{start}\n| 1,5 s |\n{end}\n\nKraj." in (docs / "bs/results.md").read_text(encoding="utf-8")
    assert f"{start}\n| 1.5 s |\n{end}\n\nEnd." in (docs / "en/results.md").read_text(encoding="utf-8")
    assert status.classify("results.md", docs).state == "current"
    with pytest.raises(SystemExit, match="no <!-- other:start -->"):
        status.write_measurements("results.md", "<!-- other:start -->", end, {"bs": "", "en": ""}, docs)
