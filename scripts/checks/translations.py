"""Every page has its twin in the other language: a translation, or an explicit translation stub.
A translation whose source page is gone is an orphan."""

from .pages import LANGUAGE_NAMES, LANGUAGES, Problem


def check(pages, docs):
    by_language = {language: {(p.root, p.relative): p for p in pages if p.language == language} for language in LANGUAGES}
    problems = []
    for page in pages:
        other = next(language for language in LANGUAGES if language != page.language)
        if (page.root, page.relative) in by_language[other]:
            continue
        twin = (page.root or docs) / other / page.relative
        meta = page.meta or {}
        if meta.get("source_hash") or meta.get("translation_stub"):
            problems.append(Problem(page.path, None,
                                    f"orphaned translation: its source {twin.relative_to(docs.parent).as_posix()} is gone",
                                    "delete this page too, or restore the source page (with its menu entry)"))
        else:
            problems.append(Problem(page.path, None,
                                    f"this page has no {LANGUAGE_NAMES[other]} version ({twin.relative_to(docs.parent).as_posix()})",
                                    f"create it with `make new-page`, or copy this page there and add 'translation_stub: true' "
                                    "to its front matter until it is translated"))
    return problems
