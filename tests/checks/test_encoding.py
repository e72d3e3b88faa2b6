from check_tree import docs, messages  # noqa: F401 (docs is a fixture)


def test_file_that_is_not_utf8_names_the_line(docs):
    (docs / "bs" / "index.md").write_bytes("---\ntitle: x\n---\n\nDruštveni\n".encode("cp1250"))
    found = messages(docs, "encoding")
    assert found[0].startswith("docs/bs/index.md:5: the file is not valid UTF-8")
