"""Spelling, with Hunspell: Bosnian pages against Debian's `hunspell-bs`, English pages against
British English (`hunspell-en-gb`), plus the project's word lists in spelling/ for names and terms.

Text marked as another language (`*tekst*{lang=en}`, `{: lang="sr-Cyrl" }`), code, links' addresses,
hashtags, @handles and words with digits are not checked."""

import re
import shutil
import subprocess
from pathlib import Path

from .pages import Problem

DICTIONARIES = {"bs": "bs_BA", "en": "en_GB"}
WORD_LISTS = Path(__file__).resolve().parents[2] / "spelling"

OTHER_LANGUAGE_SPAN = re.compile(r"(\*{1,2}|_)[^*_]+?\1\{:?\s*lang=\"?(?P<lang>[A-Za-z-]+)\"?\s*\}")
BLOCK_LANGUAGE = re.compile(r"^\s*\{:?\s*[^}]*lang=\"?(?P<lang>[A-Za-z-]+)\"?[^}]*\}\s*$")
TRAILING_LANGUAGE = re.compile(r"\{:?\s*[^}]*lang=\"?(?P<lang>[A-Za-z-]+)\"?[^}]*\}\s*$")
CLEANERS = [
    (re.compile(r"^\s*\*\[[^\]]+\]:.*$"), ""),  # abbreviation definitions are checked in includes/
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> its alt text
    (re.compile(r"\[[^\]]*\]\((?:https?:)?//[^)]*\)"), " "),  # external link: its text is often a title in another language
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # internal link -> its text
    (re.compile(r"\{[^}]*\}"), " "),  # attribute lists
    (re.compile(r"<[^>]+>"), " "),  # HTML tags
    (re.compile(r"(?:https?://|www\.)\S+"), " "),  # bare addresses
    (re.compile(r"\S+@\S+\.\S+"), " "),  # e-mail addresses
    (re.compile(r"\b[\w-]+(?:\.[\w-]+)+\b"), " "),  # domain and file names: gov.uk, plan.csv
    (re.compile(r"(?<!\w)[#@][\w.-]+"), " "),  # hashtags and handles
    (re.compile(r"\b\w*\d\w*\b"), " "),  # words with digits (dates, 2FA, case numbers)
    (re.compile(r"[\u0400-\u04FF]+"), " "),  # Cyrillic examples
    (re.compile(r"^\s*(?:!!!|\?\?\?\+?|===)\s*[\w-]*"), " "),  # admonition and tab markers
    (re.compile(r"^\s*[-*+]\s+\[[ xX]\]"), " "),  # task list boxes
    (re.compile(r"^ {4}(?:name|handle|platform|date|image|hashtags|why|source):"), " "),  # example posts' option names
]


def prose(line: str, language: str) -> str:
    line = OTHER_LANGUAGE_SPAN.sub(lambda m: " " if m["lang"].split("-")[0] != language else m.group(0), line)
    for pattern, replacement in CLEANERS:
        line = pattern.sub(replacement, line)
    return line


SOURCES_HEADING = re.compile(r"^##\s.*\{\s*#sources\s*\}")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def is_checked_word(word: str) -> bool:
    """Single letters and acronyms (two capitals or more) are left to the abbreviation lists."""
    return len(word) > 1 and sum(c.isupper() for c in word) < 2


def lines_to_check(page):
    """(line number, text) pairs of the page's visible prose in its own language. The sources
    section is skipped: it lists titles of works in their own languages. Worked out once per page
    (the style check reads the same prose)."""
    if getattr(page, "_prose", None) is None:
        page._prose = _prose_lines(page)
    return page._prose


def _prose_lines(page):
    meta = page.meta or {}
    result = []
    for key in ("title", "description"):
        if isinstance(meta.get(key), str):
            result.append((next((n for n, l in enumerate(page.lines, 1) if l.startswith(f"{key}:")), 1), meta[key]))
    body = []
    in_sources = False
    for number, line in page.body_lines():
        if line.startswith("#"):
            in_sources = bool(SOURCES_HEADING.match(line))
        if not in_sources:
            body.append((number, line))
    skip = set()
    for index, (number, line) in enumerate(body):
        block = BLOCK_LANGUAGE.match(line) or TRAILING_LANGUAGE.search(line)
        if block and block["lang"].split("-")[0] != page.language:
            skip.add(index)
            if BLOCK_LANGUAGE.match(line):  # `{: lang=hr }` under a paragraph marks the lines above it
                back = index - 1
                while back >= 0 and body[back][1].strip():
                    skip.add(back)
                    back -= 1
    result += [(number, prose(line, page.language)) for index, (number, line) in enumerate(body) if index not in skip]
    return result


def hunspell_available(language: str) -> bool:
    return shutil.which("hunspell") is not None and any(
        Path(folder, DICTIONARIES[language] + ".dic").is_file() for folder in ("/usr/share/hunspell", "/usr/share/myspell")
    )


def hunspell_command(language: str, *options: str) -> list[str]:
    command = ["hunspell", *options, "-i", "utf-8", "-d", DICTIONARIES[language]]
    word_list = WORD_LISTS / f"{language}.txt"
    if word_list.is_file():
        command += ["-p", str(word_list)]
    return command


def misspelled(lines: list[str], language: str) -> list[list[str]]:
    """Per input line, the words Hunspell does not know. Each distinct word is asked once, with
    `hunspell -l` (no suggestions), which keeps the whole site under a second."""
    words_per_line = [[w for w in WORD.findall(line) if is_checked_word(w)] for line in lines]
    distinct = sorted({w for words in words_per_line for w in words})
    output = subprocess.run(hunspell_command(language, "-l"), input="\n".join(distinct) + "\n", capture_output=True,
                            text=True, encoding="utf-8", check=True).stdout
    unknown = set(output.split())
    return [[w for w in words if w in unknown] for words in words_per_line]


def suggestions(words: set[str], language: str) -> dict[str, list[str]]:
    """Up to three spellings Hunspell suggests for each unknown word, asked once for all of them."""
    if not words:
        return {}
    # '^' makes Hunspell read each line as text to check, never as a command.
    output = subprocess.run(hunspell_command(language, "-a"), input="".join(f"^{w}\n" for w in sorted(words)),
                            capture_output=True, text=True, encoding="utf-8", check=True).stdout
    found = {}
    for row in output.splitlines():
        if row.startswith("& "):
            head, _, tail = row.partition(": ")
            found[head.split()[1]] = [s.strip() for s in tail.split(",")][:3]
    return found


def check(pages, docs):
    problems = []
    for language in DICTIONARIES:
        pages_here = [p for p in pages if p.language == language and not p.decode_error]
        if not pages_here:
            continue
        if not hunspell_available(language):
            package = "hunspell-bs" if language == "bs" else "hunspell-en-gb"
            problems.append(Problem(docs / language, None, f"the spell checker for {language} is not installed",
                                    f"install it: apt-get install -y hunspell {package} (.ci/run and the GitHub workflow do this)"))
            continue
        located = [(page, number, text) for page in pages_here for number, text in lines_to_check(page)]
        unknown = misspelled([text for _, _, text in located], language)
        suggested = suggestions({word for words in unknown for word in words}, language)
        for (page, number, _), words in zip(located, unknown):
            for word in dict.fromkeys(words):
                maybe = f" (did you mean: {', '.join(suggested[word])}?)" if suggested.get(word) else ""
                problems.append(Problem(page.path, number, f"unknown word '{word}'{maybe}",
                                        f"correct the spelling; if it is right (a name or a term), add it on its own line to spelling/{language}.txt, "
                                        "or mark a foreign word like *word*{lang=en}"))
    return problems
