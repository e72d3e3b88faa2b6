from check_tree import docs, messages, replace, run_checks, write  # noqa: F401 (docs is a fixture)


def test_page_without_twin(docs):
    write(docs, "bs/strategy/audiences.md", "---\ntitle: Publike\n---\n# Publike\n")
    found = messages(docs, "translations")
    assert found == [found[0]]
    assert found[0].startswith("docs/bs/strategy/audiences.md: this page has no English version (docs/en/strategy/audiences.md)")
    assert "translation_stub: true" in found[0]


def test_explicit_stub_counts_as_twin(docs):
    write(docs, "bs/strategy/audiences.md", "---\ntitle: Publike\n---\n# Publike\n")
    write(docs, "en/strategy/audiences.md", "---\ntitle: Publike\ntranslation_stub: true\n---\n# Publike\n")
    assert messages(docs, "translations") == []


def test_orphaned_translation(docs):
    write(docs, "en/strategy/old.md", "---\ntitle: Old\nsource_hash: " + "a" * 40 + "\n---\n# Old\n")
    found = messages(docs, "translations")
    assert found[0].startswith("docs/en/strategy/old.md: orphaned translation: its source docs/bs/strategy/old.md is gone")


def test_following_the_advice_for_a_missing_translation_gives_a_clean_check(docs):
    """The message shows the stub to write; written exactly so, every check passes."""
    write(docs, "bs/strategy/audiences.md", "---\ntitle: Publike\ndescription: Ko su publike.\ntype: training\n"
          "last_reviewed: 2026-11-26\nreview_by: 2027-11-26\n---\n\n# Publike\n\nTekst o publikama institucije.\n")
    replace(docs.parent, "mkdocs.yml", "      - strategy/goals.md\n", "      - strategy/goals.md\n      - strategy/audiences.md\n")
    advice = messages(docs, "translations")[0]
    stub = "\n".join(line.strip() for line in advice.splitlines() if line.strip() in ("---", "translation_stub: true")) + "\n"
    assert stub == "---\ntranslation_stub: true\n---\n", advice
    write(docs, "en/strategy/audiences.md", stub)
    assert [p.render(docs.parent) for p in run_checks(docs)] == []


def test_a_stub_holds_no_text(docs):
    write(docs, "en/strategy/goals.md", "---\ntranslation_stub: true\n---\n\n# Ciljevi\n\nTekst o ciljevima.\n")
    found = messages(docs, "front-matter")
    assert found[0].startswith("docs/en/strategy/goals.md:5: this page is a translation stub ('translation_stub: true') but has text")
    assert "make translated PAGE=strategy/goals.md" in found[0]


def test_two_stubs_make_no_page(docs):
    write(docs, "bs/strategy/goals.md", "---\ntranslation_stub: true\n---\n")
    write(docs, "en/strategy/goals.md", "---\ntranslation_stub: true\n---\n")
    assert messages(docs, "translations") == [
        "docs/bs/strategy/goals.md: this page and its twin docs/en/strategy/goals.md are both translation stubs\n"
        "    How to fix: write the page in one language and remove 'translation_stub: true' from it"]
