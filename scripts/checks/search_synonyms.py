"""The search's synonyms (includes/search-synonyms.yml): valid YAML, one list of groups per language,
each group two or more words or short phrases that a reader may type for one another.

The same reading serves `make check` (this module's check) and the build (hooks/search_per_language.py,
which puts each language's groups into that language's search index). A missing file means no
synonyms; a broken one fails both, naming the line."""

import unicodedata
from pathlib import Path

import yaml

from .pages import LANGUAGES, Problem

FILE = Path("includes") / "search-synonyms.yml"
MAX_WORDS = 4
MAX_LENGTH = 40
EXAMPLE = "bs:\n  - [kalendar objava, plan objave]\nen:\n  - [fake news, disinformation]"


def fold(phrase: str, language: str) -> str:
    """Lower case, no accents, đ as d (in Bosnian also dj): how the search compares words."""
    text = unicodedata.normalize("NFD", phrase.casefold().replace("đ", "d"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = " ".join(text.split())
    return text.replace("dj", "d") if language == "bs" else text


def phrase_problem(phrase: str) -> str | None:
    """What is wrong with one entry of a group, or None."""
    words = phrase.split()
    if not words:
        return "an empty word"
    if len(phrase) > MAX_LENGTH or len(words) > MAX_WORDS:
        return f"'{phrase}' is too long: at most {MAX_WORDS} words and {MAX_LENGTH} characters"
    odd = sorted({char for char in phrase if not (char.isalnum() or char in " -'’")})
    if odd:
        return f"'{phrase}' has characters the search does not read: {' '.join(odd)}"
    return None


def read(path: Path):
    """({language: [[phrase, ...], ...]}, [Problem, ...]) from the file at `path`."""
    if not path.is_file():
        return {language: [] for language in LANGUAGES}, []
    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text)
    except UnicodeDecodeError:
        return {}, [Problem(path, None, "the file is not UTF-8 text", "save it again as UTF-8")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return {}, [Problem(path, mark.line + 1 if mark else None, f"not valid YAML: {getattr(error, 'problem', error)}",
                            "look at that line: each group is a list in square brackets, words separated "
                            "by commas, e.g.\n" + EXAMPLE)]
    problems, synonyms = [], {language: [] for language in LANGUAGES}
    if root is None:
        return synonyms, []
    if not isinstance(root, yaml.MappingNode):
        return {}, [Problem(path, root.start_mark.line + 1, "the file must list the groups under each language",
                            "start with 'bs:' and 'en:', each followed by its groups, e.g.\n" + EXAMPLE)]
    seen = {language: {} for language in LANGUAGES}  # folded phrase -> line of its group
    for key_node, groups_node in root.value:
        language = key_node.value
        if language not in LANGUAGES:
            problems.append(Problem(path, key_node.start_mark.line + 1, f"unknown language '{language}'",
                                    f"use the site's languages: {', '.join(LANGUAGES)}"))
            continue
        if isinstance(groups_node, yaml.ScalarNode) and groups_node.value in ("", "~", "null"):
            continue  # a language without synonyms
        if not isinstance(groups_node, yaml.SequenceNode):
            problems.append(Problem(path, groups_node.start_mark.line + 1, f"'{language}:' must be followed by a list of groups",
                                    "put each group on its own line starting with '- ', e.g.\n" + EXAMPLE))
            continue
        if groups_node.value and all(isinstance(node, yaml.ScalarNode) for node in groups_node.value):
            problems.append(Problem(path, groups_node.start_mark.line + 1, "a group must be a list of words or phrases, "
                                    f"and '{language}:' a list of such groups",
                                    "put each group on its own line, e.g.\n" + EXAMPLE))
            continue
        for group_node in groups_node.value:
            line = group_node.start_mark.line + 1
            if not isinstance(group_node, yaml.SequenceNode) or not all(
                isinstance(item, yaml.ScalarNode) for item in group_node.value
            ):
                problems.append(Problem(path, line, "a group must be a list of words or phrases",
                                        "write it in square brackets, e.g. - [lažne vijesti, dezinformacije]"))
                continue
            phrases = [item.value.strip() for item in group_node.value]
            bad = [message for message in map(phrase_problem, phrases) if message]
            if bad:
                problems += [Problem(path, line, message, "use words as a reader types them: letters, digits, "
                                     "spaces, hyphens or apostrophes") for message in bad]
                continue
            folded = [fold(phrase, language) for phrase in phrases]
            if len(phrases) < 2:
                problems.append(Problem(path, line, "a group needs at least two words or phrases",
                                        "add what a reader may type instead, or delete the group"))
                continue
            if len(set(folded)) < len(folded):
                problems.append(Problem(path, line, "the group names the same word twice",
                                        "keep one of them (the search already ignores č ć đ š ž and capitals)"))
                continue
            for phrase, key in zip(phrases, folded):
                if key in seen[language]:
                    problems.append(Problem(path, line, f"'{phrase}' is also in the group on line {seen[language][key]}",
                                            "join the two groups into one"))
                seen[language][key] = line
            synonyms[language].append(phrases)
    return synonyms, problems


def check(pages, docs):
    path = Path(docs).resolve().parent / FILE
    return read(path)[1]
