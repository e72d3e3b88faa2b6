"""Every page has its twin in the other language: a translation, or an explicit translation stub.
A translation whose source page is gone is an orphan."""

from .links import display
from .pages import LANGUAGE_NAMES, LANGUAGES, Problem


def check(pages, docs):
    by_language = {language: {(p.root, p.relative): p for p in pages if p.language == language} for language in LANGUAGES}
    problems = []
    for page in pages:
        other = next(language for language in LANGUAGES if language != page.language)
        twin_page = by_language[other].get((page.root, page.relative))
        if twin_page is not None:
            if page.is_stub and twin_page.is_stub and page.language < other:
                problems.append(Problem(page.path, None, f"this page and its twin {display(twin_page.path, docs)} are both translation stubs",
                                        "write the page in one language and remove 'translation_stub: true' from it"))
            continue
        twin = (page.root or docs) / other / page.relative
        meta = page.meta or {}
        if meta.get("source_hash") or meta.get("translation_stub"):
            problems.append(Problem(page.path, None,
                                    f"orphaned translation: its source {display(twin, docs)} is gone",
                                    "delete this page too, or restore the source page (with its menu entry)"))
        else:
            problems.append(Problem(page.path, None,
                                    f"this page has no {LANGUAGE_NAMES[other]} version ({display(twin, docs)})",
                                    f"until someone translates it, create {display(twin, docs)} with just these three lines:\n"
                                    "        ---\n        translation_stub: true\n        ---\n"
                                    f"    (optionally with a 'title:' in {LANGUAGE_NAMES[other]} before the last '---'); "
                                    f"the site then shows this page's text there, with a notice"))
    return problems
