"""Every page is UTF-8, so č ć đ š ž survive the build."""

from .pages import Problem


def check(pages, docs):
    problems = []
    for page in pages:
        if page.decode_error:
            raw = page.path.read_bytes()
            start = int(page.decode_error.split("position ")[1].split(":")[0].split("-")[0]) if "position " in page.decode_error else 0
            line = raw[:start].count(b"\n") + 1
            problems.append(Problem(page.path, line, "the file is not valid UTF-8 (characters such as č ć đ š ž would be garbled)",
                                    "save the file as UTF-8 in your editor (in GitHub's editor this is automatic)"))
    return problems
