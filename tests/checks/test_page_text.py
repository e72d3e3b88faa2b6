from check_tree import docs, messages, replace, write  # noqa: F401 (docs is a fixture)
from helpers import ROOT

FRONT = "---\ntitle: Ciljevi\ndescription: Kako postaviti ciljeve.\ntype: training\nlast_reviewed: 2026-11-26\nreview_by: 2027-11-26\n---\n\n"


def test_a_page_with_nothing_below_its_title(docs):
    write(docs, "bs/strategy/goals.md", FRONT + "# Ciljevi\n\n{: .lead }\n")
    assert messages(docs, "page-text") == [
        "docs/bs/strategy/goals.md:9: the page has no text below its title\n"
        "    How to fix: write what the page says (lead with the answer to its title's question), or delete the page and its menu line"]


def test_a_page_with_only_headings(docs):
    write(docs, "en/strategy/goals.md", FRONT + "# Objectives\n\n## Why { #why }\n\n## How { #how }\n")
    assert messages(docs, "page-text")[0].startswith("docs/en/strategy/goals.md:9: the page has no text below its title")


def test_an_empty_section(docs):
    replace(docs, "en/strategy/goals.md", "## Checklist { #checklist }", "## Steps { #steps }\n\n## Checklist { #checklist }")
    assert messages(docs, "page-text") == [
        "docs/en/strategy/goals.md:13: the section 'Steps' has no text\n"
        "    How to fix: write the section's text below its heading, or delete the heading"]


def test_a_heading_followed_by_its_subsections_is_not_empty(docs):
    replace(docs, "en/strategy/goals.md", "## Checklist { #checklist }", "## Steps { #steps }\n\n### First { #first }\n\nText.\n\n## Checklist { #checklist }")
    assert messages(docs, "page-text") == []


def test_unfinished_markers(docs):
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima institucije.", "TODO: dopisati primjer. Lorem ipsum.")
    found = messages(docs, "page-text")
    assert len(found) == 1 and found[0].startswith("docs/bs/strategy/goals.md:11: the page still says 'TODO'")


def test_the_templates_placeholders_are_one_problem_per_page(docs):
    template = (ROOT / "scripts" / "page_templates" / "training.bs.md").read_text(encoding="utf-8")
    write(docs, "bs/strategy/goals.md", FRONT + "# Ciljevi\n\n" + template)
    found = messages(docs, "page-text")
    assert len(found) == 1, found
    assert "line(s) are still the page template's [placeholders] (lines 13, 14, 16," in found[0]
