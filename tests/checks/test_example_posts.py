"""`make check` (scripts/checks/example_posts.py) on `/// post` blocks: a block pymdown-extensions
would print as plain text is reported with its line and what is wrong."""

from check_tree import docs, messages, replace  # noqa: F401 (docs is a fixture)

GOOD = '''/// post | {label}
    name: Agencija za stipendije
    handle: "@stipendije.primjer"
    date: 1. 12. 2026.
    why: "Rok je napisan riječima."

Rok za prijavu je 22. decembar.
///
'''


def add_post(docs, text, page="bs/strategy/goals.md"):
    anchor = "Tekst o ciljevima institucije.\n" if page.startswith("bs") else "Text about the institution's objectives.\n"
    replace(docs, page, anchor, anchor + "\n" + text)
    return (docs / page).read_text(encoding="utf-8").splitlines().index(text.splitlines()[0]) + 1


def test_a_good_post_passes(docs):
    add_post(docs, GOOD.format(label="Dobar primjer"))
    add_post(docs, GOOD.format(label="Weaker example"), "en/strategy/goals.md")
    assert messages(docs, "example-posts") == []


def test_a_label_must_be_one_of_the_pages_language(docs):
    line = add_post(docs, GOOD.format(label="Odličan primjer"))
    found = messages(docs, "example-posts")
    assert found[0].startswith(f'docs/bs/strategy/goals.md:{line}: the post\'s label "Odličan primjer" is not one of')
    assert '"Dobar primjer"' in found[0] and '"Good example"' not in found[0]


def test_a_label_in_the_other_language_is_refused(docs):
    line = add_post(docs, GOOD.format(label="Good example"))
    assert messages(docs, "example-posts")[0].startswith(f'docs/bs/strategy/goals.md:{line}: the post\'s label "Good example" is in the other language')


def test_missing_and_unknown_options(docs):
    line = add_post(docs, GOOD.format(label="Dobar primjer").replace('    why: "Rok je napisan riječima."\n', "    autor: Ana\n"))
    found = "\n".join(messages(docs, "example-posts"))
    assert f'goals.md:{line}: the post has no "why:" option' in found
    assert f'goals.md:{line + 1}: unknown option "autor"' in found


def test_options_that_are_not_yaml_name_their_line(docs):
    line = add_post(docs, GOOD.format(label="Dobar primjer").replace('why: "Rok je napisan riječima."', "why: Rok: napisan je: riječima"))
    found = messages(docs, "example-posts")
    assert found[0].startswith(f"docs/bs/strategy/goals.md:{line + 4}: the post's options are not valid YAML")


def test_a_source_must_be_a_web_address_and_a_post_must_be_closed(docs):
    text = GOOD.format(label="Dobar primjer").replace("    why:", "    source: Facebook\n    why:").removesuffix("///\n")
    add_post(docs, text)
    found = "\n".join(messages(docs, "example-posts"))
    assert 'the option "source" must be the web address of the post' in found
    assert "the post is never closed" in found


def test_a_post_shown_inside_a_code_block_is_left_alone(docs):
    add_post(docs, "```markdown\n" + GOOD.format(label="Nešto") + "```\n")
    assert messages(docs, "example-posts") == []
