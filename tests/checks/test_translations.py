from check_tree import docs, messages, write  # noqa: F401 (docs is a fixture)


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
