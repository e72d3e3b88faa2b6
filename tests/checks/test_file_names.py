from check_tree import docs, messages, write  # noqa: F401 (docs is a fixture)

from checks.file_names import suggestion


def test_accented_capital_and_spaced_names(docs):
    write(docs, "bs/Društveni Mediji.md", "x")
    found = messages(docs, "file-names")
    assert found[0].startswith("docs/bs/Društveni Mediji.md: the name 'Društveni Mediji.md' is not ASCII lower-case with hyphens")
    assert "drustveni-mediji.md" in found[0]


def test_underscore_is_refused_but_dotted_extensions_are_fine(docs):
    write(docs, "en/my_page.md", "x")
    write(docs, "en/lunr.bs.min.js", "x")
    found = messages(docs, "file-names")
    assert len(found) == 1 and "my_page.md" in found[0]


def test_suggestion():
    assert suggestion("Plan_Objave Sadržaja.MD") == "plan-objave-sadrzaja.md"
