"""Measure the site's search: how well it finds pages, how big its indexes are, how fast it answers.

It builds the site into temporary folders as it is ("after"), as the offline copy ("offline", opened
from disk), and as Material would search it out of the box ("before": without
hooks/search_per_language.py and the search scripts that overrides/main.html adds to Bosnian pages),
serves the web builds on 127.0.0.1 and types every query of scripts/search_queries.yml into the real
search box in headless Chromium. For each category of queries it prints:

- recall@5: the share of a query's expected pages among its first five results;
- MRR: mean reciprocal rank of the first expected page (0 when not among the first ten);
- own language: the share of queries whose results are all pages of the reader's language.

Then, for the real site and for a synthetic site ten times larger (every page copied nine times),
the size of each language's search index and the time from opening a page to the first result and
for each query after that (medians over several runs; they depend on the machine).

Usage:
  python scripts/search_quality.py [--queries FILE] [--no-baseline] [--no-offline] [--no-synthetic] [--update-docs]

--update-docs writes the tables into docs/{bs,en}/contributing/search-quality.md, between the
markers `<!-- search-quality:start -->` and `<!-- search-quality:end -->`.
Needs Chromium (CHROME_PATH, or /usr/bin/chromium) and the packages of requirements-dev.txt.
"""

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))  # site_generator: which program builds the site
import site_generator  # noqa: E402
QUERIES = ROOT / "scripts" / "search_queries.yml"
SEARCH_HOOK = "search_per_language.py"
PAGE_SCRIPTS = ("assets/javascripts/search-language.js", "assets/javascripts/search-highlight.js")
LANGUAGES = {"bs": "", "en": "en/"}  # language -> folder of its pages in the built site
CATEGORIES = ["bosnian", "diacritics", "inflection", "cyrillic", "english", "own-language", "cross-language",
              "typo", "synonym"]
HOMES = {"online": LANGUAGES, "offline": {"bs": "index.html", "en": "en/index.html"}}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DOCS_PAGE = "contributing/search-quality.md"  # in docs/bs/ and docs/en/
START, END = "<!-- search-quality:start -->", "<!-- search-quality:end -->"
TIMED_QUERIES = 30  # the first queries of the file, typed once per run to time the answers

# Runs in the page: wait for the search box's next answer, and time it from the key press.
ARM = """() => {
  const input = document.querySelector(".md-search__input");
  const meta = document.querySelector(".md-search-result__meta");
  window.__searchAnswer = new Promise(resolve => {
    let start = null;
    input.addEventListener("keyup", () => { start = start ?? performance.now(); }, { once: true });
    const observer = new MutationObserver(() => {
      if (start === null) return;
      observer.disconnect();
      const items = [...document.querySelectorAll(".md-search-result__item")];
      resolve({
        ms: performance.now() - start,
        meta: meta.textContent,
        count: items.length,
        hrefs: items.map(item => item.querySelector("a.md-search-result__link").href),
      });
    });
    observer.observe(meta, { childList: true, characterData: true, subtree: true });
  });
}"""
# Runs before the page's scripts: note when the first search result appears.
FIRST_RESULT = """new MutationObserver((_, observer) => {
  if (document.querySelector(".md-search-result__item")) {
    window.__firstResult = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });"""


@dataclass
class Query:
    category: str
    language: str
    query: str
    expected: list[str]


@dataclass
class Answer:
    pages: list[tuple[str, str]]  # (language, page path under docs/<language>/), in result order
    count_text: str  # the line above the results ("Broj rezultata: 3")
    shown: int  # results shown
    ms: float  # from the key press to the answer on screen
    links: list[str]  # the result links as shown (with ?h= for highlighting)


@dataclass
class Scores:
    recall: list[float] = field(default_factory=list)
    reciprocal_rank: list[float] = field(default_factory=list)
    own_language: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


# --- building ------------------------------------------------------------------------------------


def build(config: Path, destination: Path, strict: bool = True, offline: bool = False) -> Path:
    command = site_generator.build_command(destination, "-q", *(["--strict"] if strict else []), config=config)
    env = site_generator.environment(OFFLINE="true" if offline else "false")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{site_generator.name()} build failed ({config}):\n{result.stdout}\n{result.stderr}")
    return destination


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving its tags (!ENV, !!python/name): only `hooks` is needed."""


_ConfigLoader.add_multi_constructor("", lambda loader, tag, node: None)


def hooks_yaml(leave_out: str = "") -> str:
    """The project's hooks as a YAML list of absolute paths, optionally without one of them."""
    hooks = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)["hooks"]
    return "".join(f"  - {ROOT / hook}\n" for hook in hooks if Path(hook).name != leave_out)


def baseline_config(folder: Path) -> Path:
    """The site as Material searches it out of the box: the project's search hook and scripts left out."""
    overrides = folder / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    template = overrides / "main.html"
    lines = template.read_text(encoding="utf-8").splitlines(keepends=True)
    template.write_text("".join(line for line in lines if not any(name in line for name in PAGE_SCRIPTS)),
                        encoding="utf-8")
    for name in PAGE_SCRIPTS:
        (overrides / name).unlink()
    config = folder / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {ROOT / 'docs'}\n"
        f"theme:\n  custom_dir: {overrides}\nhooks:\n{hooks_yaml(leave_out=SEARCH_HOOK)}",
        encoding="utf-8",
    )
    return config


def synthetic_config(folder: Path, copies: int = 10) -> Path:
    """The site with every page copied copies-1 times beside itself: an index `copies` times larger."""
    docs = folder / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for language in LANGUAGES:
        for page in sorted((docs / language).rglob("*.md")):
            # A copy is no template page: the template downloads stay with the original.
            text = page.read_text(encoding="utf-8").replace("<!-- downloads -->", "")
            for n in range(2, copies + 1):
                page.with_name(f"{page.stem}-copy{n}.md").write_text(text, encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nstrict: false\n"
        "validation:\n  nav:\n    omitted_files: info\n  links:\n    not_found: info\n    anchors: info\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\nhooks:\n{hooks_yaml()}",
        encoding="utf-8",
    )
    return config


# --- searching -----------------------------------------------------------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def launch(playwright):
    executable = next((path for path in (os.environ.get("CHROME_PATH"), "/usr/bin/chromium", shutil.which("chromium"))
                       if path and Path(path).is_file()), None)
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


def page_of(href: str, root: str, docs: Path = ROOT / "docs") -> tuple[str, str]:
    """(language, source page) of a result link: .../en/why/potential/#x -> ("en", "why/potential.md")."""
    path = unquote(urlsplit(href).path).removeprefix(urlsplit(root).path)
    language = next((lang for lang, prefix in LANGUAGES.items() if prefix and path.startswith(prefix)), "bs")
    path = path.removeprefix(LANGUAGES[language]).removesuffix("index.html").removesuffix(".html").rstrip("/")
    if not path:
        return language, "index.md"
    page = f"{path}.md"
    return language, page if (docs / language / page).is_file() else f"{path}/index.md"


class SearchBox:
    """Material's search box on an open page, driven with the keyboard as a reader does."""

    def __init__(self, page, root: str, path: str = "", docs: Path = ROOT / "docs"):
        self.page = page
        self.root = root
        self.docs = docs
        page.goto(root + path)
        self.input = page.locator(".md-search__input")
        initializing = page.locator(".md-search-result__meta").text_content()
        self.input.click()  # opening the search loads the index and starts the worker
        page.wait_for_function(
            "text => document.querySelector('.md-search-result__meta').textContent !== text",
            arg=initializing, timeout=30000,
        )

    def ask(self, text: str, timeout_ms: int = 15000) -> "Answer":
        """Type `text` and wait for the answer: result pages in order, the count line, the time taken."""
        self.page.evaluate(ARM)
        self.input.fill(text)
        self.input.press("End")
        raw = self.page.evaluate(
            f"Promise.race([window.__searchAnswer, new Promise(r => setTimeout(() => r(null), {timeout_ms}))])"
        )
        if raw is None:
            raise RuntimeError(f"no answer from the search box for {text!r}")
        pages = [page_of(href, self.root, self.docs) for href in raw["hrefs"]]
        return Answer(pages, raw["meta"], raw["count"], raw["ms"], raw["hrefs"])


def run_queries(browser, root: str, queries: list[Query], homes: dict[str, str] = LANGUAGES) -> list[Answer]:
    contexts, boxes = [], {}
    try:
        for language, home in homes.items():
            contexts.append(browser.new_context())
            boxes[language] = SearchBox(contexts[-1].new_page(), root, home)
        return [boxes[q.language].ask(q.query) for q in queries]
    finally:
        for context in contexts:
            context.close()


def score(queries: list[Query], answers: list[Answer]) -> dict[str, Scores]:
    scores = {category: Scores() for category in CATEGORIES}
    for q, answer in zip(queries, answers):
        s = scores.setdefault(q.category, Scores())
        s.own_language.append(float(all(language == q.language for language, _ in answer.pages)))
        if not q.expected:
            if s.own_language[-1] < 1:
                s.misses.append(f"{q.query!r} ({q.language}): results in the other language")
            continue
        top5 = {page for language, page in answer.pages[:5] if language == q.language}
        s.recall.append(sum(page in top5 for page in q.expected) / len(q.expected))
        ranks = [i for i, hit in enumerate(answer.pages[:10], 1) if hit[0] == q.language and hit[1] in q.expected]
        s.reciprocal_rank.append(1 / ranks[0] if ranks else 0.0)
        if s.recall[-1] < 1:
            got = ", ".join(f"{lang}:{page}" for lang, page in answer.pages[:5]) or "nothing"
            s.misses.append(f"{q.query!r} ({q.language}): expected {', '.join(q.expected)}; got {got}")
    return scores


# --- sizes and timings ---------------------------------------------------------------------------


def index_sizes(site: Path) -> dict[str, tuple[int, int, int]]:
    """language -> (bytes, gzip bytes, entries) of the search index that language's pages load."""
    sizes = {}
    for language, prefix in LANGUAGES.items():
        index = site / prefix / "search" / "search_index.json"
        if not index.is_file():
            index = site / "search" / "search_index.json"  # before: one index for both
        data = index.read_bytes()
        sizes[language] = (len(data), len(gzip.compress(data, 9)), len(json.loads(data)["docs"]))
    return sizes


def first_result_ms(browser, root: str, language: str, text: str, runs: int) -> float:
    """Median time from the start of navigation to the first result, opening the page with ?q=."""
    times = []
    for _ in range(runs):
        context = browser.new_context()  # empty cache: index and worker are fetched again
        page = context.new_page()
        page.add_init_script(FIRST_RESULT)
        page.goto(f"{root}{LANGUAGES[language]}?q={quote(text)}")
        page.wait_for_function("() => window.__firstResult !== undefined", timeout=30000)
        times.append(page.evaluate("window.__firstResult"))
        context.close()
    return statistics.median(times)


def timings(browser, root: str, queries: list[Query], runs: int) -> dict[str, float]:
    per_query = [a.ms for _ in range(runs) for a in run_queries(browser, root, queries)]
    per_query.sort()
    return {
        "first_bs": first_result_ms(browser, root, "bs", "drustveni mediji", runs),
        "first_en": first_result_ms(browser, root, "en", "social media", runs),
        "query_median": statistics.median(per_query),
        "query_p95": per_query[int(0.95 * (len(per_query) - 1))],
    }


# --- report --------------------------------------------------------------------------------------

HEADERS = {
    "en": {
        "quality": ["Queries", "n", "recall@5 before", "recall@5 after", "recall@5 offline", "MRR before",
                    "MRR after", "MRR offline", "own language before", "own language after"],
        "size": ["Site", "Index", "Entries", "Size", "gzip", "First result", "Per query (median / 95th)"],
        "real": "handbook", "synthetic": "synthetic, 10x", "before": "handbook, before",
        "index": {"bs": "Bosnian", "en": "English"},
        "categories": {
            "bosnian": "Bosnian as written", "diacritics": "without č ć đ š ž", "inflection": "other word forms",
            "cyrillic": "Cyrillic", "english": "English", "own-language": "words of both languages",
            "cross-language": "other language only", "typo": "with a typing mistake",
            "synonym": "the reader's own words",
        },
        "note": "Measured on {date} with {n} queries, on the pages that existed that day; times on a machine "
                "with {cores} processor cores (medians of {runs} runs).",
    },
    "bs": {
        "quality": ["Upiti", "n", "odziv@5 prije", "odziv@5 poslije", "odziv@5 bez interneta", "MRR prije",
                    "MRR poslije", "MRR bez interneta", "vlastiti jezik prije", "vlastiti jezik poslije"],
        "size": ["Sajt", "Indeks", "Unosa", "Veličina", "Sažeto", "Prvi rezultat", "Po upitu (medijan / 95.)"],
        "real": "priručnik", "synthetic": "izmišljeni, 10x", "before": "priručnik, prije",
        "index": {"bs": "bosanski", "en": "engleski"},
        "categories": {
            "bosnian": "bosanski kako se piše", "diacritics": "bez č ć đ š ž",
            "inflection": "drugi oblici riječi",
            "cyrillic": "ćirilica", "english": "engleski", "own-language": "riječi oba jezika",
            "cross-language": "samo drugi jezik", "typo": "sa greškom u kucanju",
            "synonym": "vlastite riječi čitaoca",
        },
        "note": "Izmjereno {date} sa {n} upita, na stranicama koje su tada postojale; vremena na računaru "
                "s brojem procesorskih jezgara: {cores} (medijan od {runs} mjerenja).",
    },
}


def percent(values: list[float]) -> str:
    return f"{100 * sum(values) / len(values):.0f} %" if values else "–"


def mean(values: list[float], language: str) -> str:
    if not values:
        return "–"
    number = f"{sum(values) / len(values):.2f}"
    return number.replace(".", ",") if language == "bs" else number


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def quality_rows(language, queries, before, after, offline=None) -> list[list[str]]:
    rows = []
    for category in CATEGORIES:
        n = sum(q.category == category for q in queries)
        b, a = before.get(category, Scores()) if before else Scores(), after[category]
        o = offline.get(category, Scores()) if offline else Scores()
        rows.append([HEADERS[language]["categories"][category], str(n), percent(b.recall), percent(a.recall),
                     percent(o.recall), mean(b.reciprocal_rank, language), mean(a.reciprocal_rank, language),
                     mean(o.reciprocal_rank, language), percent(b.own_language), percent(a.own_language)])
    return rows


def duration(ms: float, language: str, digits: int = 0) -> str:
    """1175 ms in English; 1,18 s in Bosnian (whose spelling dictionary lacks "ms")."""
    if language == "en":
        return f"{ms:.0f} ms"
    return f"{ms / 1000:.{digits + 2}f}".replace(".", ",")


def size_rows(language: str, measured: list[tuple[str, dict, dict]]) -> list[list[str]]:
    words = HEADERS[language]
    unit = "" if language == "en" else " s"
    rows = []
    for label, sizes, times in measured:
        for index_language, (size, packed, entries) in sizes.items():
            first = times.get(f"first_{index_language}")
            per_query = (
                f"{duration(times['query_median'], language, 1)} / {duration(times['query_p95'], language, 1)}{unit}"
                if times else "–"
            )
            rows.append([
                words[label], words["index"][index_language], str(entries), f"{size / 1024:.0f} KB",
                f"{packed / 1024:.0f} KB", f"{duration(first, language)}{unit}" if first else "–", per_query,
            ])
    return rows


def update_docs(tables: dict[str, str]):
    """Write the tables into both languages' search-quality pages."""
    import translation_status

    for line in translation_status.write_measurements(DOCS_PAGE, START, END, tables):
        print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--no-baseline", action="store_true", help="do not build and measure the 'before' site")
    parser.add_argument("--no-synthetic", action="store_true", help="skip the site ten times larger")
    parser.add_argument("--no-offline", action="store_true", help="skip the offline copy opened from disk")
    parser.add_argument("--runs", type=int, default=3, help="repetitions of each timing (median is shown)")
    parser.add_argument("--update-docs", action="store_true", help="write the tables into the search-quality pages")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    queries = [Query(**entry) for entry in yaml.safe_load(args.queries.read_text(encoding="utf-8"))]
    unknown = sorted({q.category for q in queries} - set(CATEGORIES))
    if unknown:
        sys.exit(f"unknown categories in {args.queries}: {unknown}")
    with tempfile.TemporaryDirectory(prefix="search-quality-") as temp, sync_playwright() as playwright:
        temp = Path(temp)
        browser = launch(playwright)
        print("building the site ...", flush=True)
        after_site = build(ROOT / "mkdocs.yml", temp / "after")
        sites = {"after": after_site}
        if not args.no_offline:
            print("building the offline copy ...", flush=True)
            sites["offline"] = build(ROOT / "mkdocs.yml", temp / "offline", offline=True)
        if not args.no_baseline:
            print("building the site as Material searches it out of the box ...", flush=True)
            sites["before"] = build(baseline_config(temp / "before-project"), temp / "before")
        if not args.no_synthetic:
            print("building a synthetic site ten times larger ...", flush=True)
            sites["synthetic"] = build(synthetic_config(temp / "synthetic-project"), temp / "synthetic", strict=False)

        results, measured = {}, []
        for label in ("before", "after"):
            if label not in sites:
                continue
            print(f"searching ({label}): {len(queries)} queries ...", flush=True)
            root, server = serve(sites[label])
            try:
                results[label] = score(queries, run_queries(browser, root, queries))
                print(f"timing ({label}) ...", flush=True)
                measured.append((
                    "real" if label == "after" else "before",
                    index_sizes(sites[label]),
                    timings(browser, root, queries[:TIMED_QUERIES], args.runs),
                ))
            finally:
                server.shutdown()
        if "offline" in sites:
            print(f"searching (offline copy, from disk): {len(queries)} queries ...", flush=True)
            results["offline"] = score(queries, run_queries(browser, sites["offline"].as_uri() + "/", queries, HOMES["offline"]))
        if "synthetic" in sites:
            print("timing the synthetic site ...", flush=True)
            root, server = serve(sites["synthetic"])
            try:
                times = timings(browser, root, queries[:TIMED_QUERIES], args.runs)
                measured.append(("synthetic", index_sizes(sites["synthetic"]), times))
            finally:
                server.shutdown()
        browser.close()

    tables = {}
    for language in ("en", "bs"):
        words = HEADERS[language]
        date = time.strftime("%Y-%m-%d") if language == "en" else time.strftime("%d. %m. %Y.")
        note = words["note"].format(date=date, n=len(queries), cores=os.cpu_count(), runs=args.runs)
        tables[language] = (
            note + "\n\n"
            + markdown_table(words["quality"], quality_rows(language, queries, results.get("before"), results["after"],
                                                             results.get("offline")))
            + "\n\n"
            + markdown_table(words["size"], size_rows(language, measured))
        )
    print()
    print(tables["en"])
    for label, scores in results.items():
        misses = [f"  [{category}] {miss}" for category, s in scores.items() for miss in s.misses]
        if misses:
            print(f"\nNot found ({label}):\n" + "\n".join(misses))
    if args.update_docs:
        update_docs(tables)


if __name__ == "__main__":
    main()
