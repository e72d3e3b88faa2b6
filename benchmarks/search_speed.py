"""How fast the search answers a reader on a phone, next to stock Material built from the same pages.

    .venv/bin/python benchmarks/search_speed.py              # both sites, online and offline, 3 runs
    .venv/bin/python benchmarks/search_speed.py --runs 5     # steadier medians, slower
    .venv/bin/python benchmarks/search_speed.py --markdown   # the tables in Markdown
    .venv/bin/python benchmarks/search_speed.py --update-docs  # and into docs/*/contributing/performance.md

It builds two sites from the same pages with the same locked packages:

- this site, as `make build` and `make offline` build it;
- stock Material: mkdocs.yml without the project's hooks and scripts (overrides/main.html and
  overrides/assets/ left out; the Bosnian interface strings stay, Material needs them to build), and
  without the offline plugin online. From disk, stock Material can only search with its offline
  plugin, which loads its worker shim from unpkg.com: the benchmark enables that plugin and answers
  the shim's address with the same file from node_modules, so nothing leaves the machine.

Online, each site is served on loopback with gzip and a ten-minute cache (as GitHub Pages serves it);
offline, the files are opened from disk (this site's from the real zip of `make offline`). In
headless Chromium with a mid-range phone's profile (412 px wide touch screen; through the DevTools
protocol a 4x CPU slowdown, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up: the "slow 4G" of
Lighthouse) a reader opens the home page with an empty cache, waits for it to load and PAUSE seconds
more, taps the search button, starts typing 0.3 s later at 8 characters a second, and the benchmark
times from the last key to the first result of the whole query on screen. The keys are pressed on
that schedule even when the page is busy and answers them late, as a reader types on: a page that
freezes after the tap is not excused.

Chromium slows down the page's main thread only, not a Web Worker (its DevTools protocol refuses to
throttle workers): online, where both sites build the index in a worker, that work runs at this
machine's speed; offline the worker shim runs on the page's own thread and is slowed down too.

Printed: per query and language, the medians over RUNS of both sites side by side and whether this site
meets the target (at most half of stock's time for a query of up to SHORT letters, never more than
0.1 s slower); then, per language, the search index a reader downloads (online, gzip) or reads from
disk (offline), and the time the worker takes to make it ready once it has the index in hand (stock
and this site online: building it; this site offline: loading the index built ahead). No test
asserts a time: they depend on the machine and on what else it is doing, so compare runs made on the
same machine. The budgets on bytes are tested in tests/search/.
"""

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks"), str(ROOT / "scripts")]
import site_generator  # noqa: E402  (which program builds the site)
from search_quality import build  # noqa: E402  (a strict or lenient build, online or offline)
from conftest import CHROMIUM_ARGS, find_chromium  # noqa: E402
from lighthouse import serve  # noqa: E402  (gzip and a cache header, as GitHub Pages)

# (language, query): short ones (at most SHORT letters) answer while the index is still on its way.
QUERIES = [
    ("bs", "plan"), ("bs", "mjere"), ("bs", "objava"), ("bs", "institucijama"), ("bs", "dezinformacije"),
    ("en", "plan"), ("en", "data"), ("en", "crisis"), ("en", "institutions"), ("en", "disinformation"),
]
SHORT = 6
HOME = {"online": {"bs": "", "en": "en/"}, "offline": {"bs": "index.html", "en": "en/index.html"}}
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True, "has_touch": True}
NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8}
CPU_SLOWDOWN = 4
KEY_INTERVAL_MS = 125  # 8 characters a second
FIRST_KEY_MS = 300  # from the tap to the first key
SHIM_CDN = "https://unpkg.com/iframe-worker/shim"
SHIM_LOCAL = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"

# Runs before the page's scripts. Wraps the page's Worker (also the offline shim, which replaces it)
# to note when the index is handed over (SETUP), when the worker is ready (READY), which queries are
# sent and when each result comes back; then notes when result items appear on screen.
INSTRUMENT = """(() => {
  const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  const log = window.__bench = { queries: [], results: [], shown: [], setup: null, ready: null, indexReadyMs: null };
  const wrap = Real => typeof Real !== "function" ? Real : class extends Real {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", event => {
        const type = event.data && event.data.type;
        if (type === READY) log.ready = log.ready ?? performance.now();
        // this site's worker reads the index itself and times it (workers/search-start.js)
        if (type === "index-ready") log.indexReadyMs = log.indexReadyMs ?? event.data.ms;
        if (type === RESULT) log.results.push({ at: performance.now(), count: event.data.data.items.length });
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === SETUP) log.setup = log.setup ?? performance.now();
      if (message && message.type === QUERY) log.queries.push(message.data);
      return super.postMessage(message, ...rest);
    }
  };
  let current = wrap(window.Worker);
  Object.defineProperty(window, "Worker", { configurable: true, get: () => current, set: value => { current = wrap(value); } });
  new MutationObserver(records => {
    if (records.some(r => [...r.addedNodes].some(n => n.classList && n.classList.contains("md-search-result__item"))))
      log.shown.push({ at: performance.now(), results: log.results.length });
  }).observe(document, { childList: true, subtree: true });
})();"""

# In the page, after typing: resolves with the times once the whole query's result is on screen.
ANSWER = """([query, lastKey]) => new Promise((resolve, reject) => {
  const log = window.__bench;
  const started = performance.now();
  (function check() {
    const asked = log.queries.lastIndexOf(query);
    const shown = asked >= 0 && log.results.length > asked && log.shown.find(s => s.results > asked);
    if (shown) return resolve({ ms: performance.timeOrigin + shown.at - lastKey, count: log.results[asked].count,
                                readyMs: log.indexReadyMs ?? log.ready - log.setup });
    if (asked >= 0 && log.results.length > asked && log.results[asked].count === 0)
      return reject(new Error("no results for " + query));
    if (performance.now() - started > 60000) return reject(new Error("no answer for " + query));
    setTimeout(check, 5);
  })();
})"""


@dataclass
class Timings:
    answer: dict = field(default_factory=dict)  # (mode, language, query) -> [ms]
    ready: dict = field(default_factory=dict)  # (mode, language) -> [ms]


# --- building ------------------------------------------------------------------------------------


def stock_config(folder: Path) -> Path:
    """mkdocs.yml with no hooks and only the theme partials Material needs for Bosnian."""
    overrides = folder / "overrides"
    shutil.copytree(ROOT / "overrides" / "partials", overrides / "partials")
    config = folder / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {ROOT / 'docs'}\n"
        f"theme:\n  custom_dir: {overrides}\nhooks: []\n",
        encoding="utf-8",
    )
    return config


def this_site_offline(folder: Path) -> Path:
    """The real offline zip (`make offline`), unzipped."""
    dist = folder / "dist"
    command = [sys.executable, str(ROOT / "scripts" / "build_offline.py"), "--version", "benchmark", "--dist", str(dist)]
    result = subprocess.run(command, cwd=ROOT, env=site_generator.environment(), capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"make offline failed:\n{result.stdout}{result.stderr}")
    with zipfile.ZipFile(dist / "prirucnik-benchmark-offline.zip") as archive:
        archive.extractall(folder / "unzipped")
    return folder / "unzipped" / "prirucnik-benchmark"


def build_sites(temp: Path) -> dict:
    print("building this site (online, and the offline zip) ...", file=sys.stderr, flush=True)
    sites = {
        ("this site", "online"): build(ROOT / "mkdocs.yml", temp / "site", strict=True),
        ("this site", "offline"): this_site_offline(temp / "offline"),
    }
    print("building stock Material from the same pages (online and offline) ...", file=sys.stderr, flush=True)
    config = stock_config(temp / "stock-project")
    sites[("stock", "online")] = build(config, temp / "stock", strict=False)
    sites[("stock", "offline")] = build(config, temp / "stock-offline", strict=False, offline=True)
    return sites


# --- measuring -----------------------------------------------------------------------------------


def index_files(site: Path, mode: str) -> dict[str, list[Path]]:
    """language -> the index files a reader of that language gets for the search (besides scripts)."""
    names = ("search_index.json",) if mode == "online" else ("search_index.js", "search_index.prebuilt.js")
    files = {}
    for language, prefix in HOME["online"].items():
        own = site / prefix / "search"
        folder = own if (own / names[0]).is_file() else site / "search"  # stock: one for both languages
        files[language] = [folder / name for name in names if (folder / name).is_file()]
    return files


def index_bytes(files: list[Path], mode: str) -> int:
    if mode == "online":
        return sum(len(gzip.compress(path.read_bytes(), 6, mtime=0)) for path in files)
    return sum(path.stat().st_size for path in files)


def one_search(browser, base: str, mode: str, language: str, query: str, pause: float) -> dict:
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        page.add_init_script(INSTRUMENT)
        if mode == "offline":
            page.route(f"{SHIM_CDN}**", lambda route: route.fulfill(path=str(SHIM_LOCAL), content_type="text/javascript"))
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        if mode == "online":
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", NETWORK)
        page.goto(base + HOME[mode][language], wait_until="load")
        page.wait_for_timeout(pause * 1000)
        # The reader types at the same pace even when the page is busy and answers the tap or a key
        # late: each key is sent on time (or at once, if the page held the previous one back), and
        # the last key counts from when the reader pressed it.
        first = time.time() + FIRST_KEY_MS / 1000
        page.tap("label.md-header__button[for=__search]")
        for index, letter in enumerate(query):
            time.sleep(max(0.0, first + index * KEY_INTERVAL_MS / 1000 - time.time()))
            page.keyboard.press(letter)
        last_key = (first + (len(query) - 1) * KEY_INTERVAL_MS / 1000) * 1000
        if page.input_value(".md-search__input") != query:
            raise RuntimeError(f"the search box holds {page.input_value('.md-search__input')!r}, not {query!r}")
        return page.evaluate(ANSWER, [query, last_key])
    finally:
        context.close()


def measure(browser, sites: dict, runs: int, pause: float) -> dict[str, Timings]:
    timings = {name: Timings() for name, _ in sites}
    servers = []
    try:
        bases = {}
        for (name, mode), folder in sites.items():
            if mode == "online":
                base, server = serve(folder)
                servers.append(server)
            else:
                base = folder.resolve().as_uri() + "/"
            bases[(name, mode)] = base
        for run in range(runs):
            for mode in ("online", "offline"):
                for language, query in QUERIES:
                    for name in ("stock", "this site"):
                        result = one_search(browser, bases[(name, mode)], mode, language, query, pause)
                        timings[name].answer.setdefault((mode, language, query), []).append(result["ms"])
                        timings[name].ready.setdefault((mode, language), []).append(result["readyMs"])
                    print(f"run {run + 1}/{runs} {mode} {language} {query!r}", file=sys.stderr, flush=True)
    finally:
        for server in servers:
            server.shutdown()
    return timings


# --- report --------------------------------------------------------------------------------------

DOCS_PAGE = "contributing/performance.md"  # in docs/bs/ and docs/en/
START, END = "<!-- search-speed:start -->", "<!-- search-speed:end -->"
WORDS = {
    "en": {
        "answers": ["copy", "language", "query", "stock Material", "this site", "target met"],
        "indexes": ["copy", "language", "index, stock", "index, this site", "index ready, stock", "index ready, this site"],
        "copy": {"online": "online", "offline": "offline copy"},
        "short": "≤ ½ stock", "long": "≤ stock + 0.1 s", "yes": "yes", "no": "NO",
        "unit": {"online": "KB gzip", "offline": "KB"},
        "note": "Measured on {date} with `benchmarks/search_speed.py`: medians of {runs} runs; the reader taps the "
                "search {pause} s after the page has loaded; on a machine with {cores} processor cores, busy with "
                "other work (compare only runs made on the same machine). \"Index ready\": from having the index "
                "in hand to the search worker being ready (building it, or loading the one built ahead).",
    },
    "bs": {
        "answers": ["kopija", "jezik", "upit", "gola tema `Material`", "ovaj sajt", "cilj ispunjen"],
        "indexes": ["kopija", "jezik", "indeks, gola tema", "indeks, ovaj sajt", "indeks spreman, gola tema",
                    "indeks spreman, ovaj sajt"],
        "copy": {"online": "na mreži", "offline": "bez interneta"},
        "short": "≤ ½ gole teme", "long": "≤ gola tema + 0,1 s", "yes": "da", "no": "NE",
        "unit": {"online": "KB sažeto", "offline": "KB"},
        "note": "Izmjereno {date} skriptom `benchmarks/search_speed.py`: medijan od {runs} mjerenja; čitalac dodirne "
                "pretragu {pause} s nakon što se stranica učitala; na računaru s brojem procesorskih jezgara: "
                "{cores}, zauzetom i drugim poslom (porediti treba samo mjerenja s istog računara). „Indeks "
                "spreman“: od trenutka kad pretraživač ima indeks do trenutka kad je spreman (gradnja ili učitavanje "
                "indeksa izgrađenog unaprijed).",
    },
}


def seconds(ms: float, language: str = "en") -> str:
    text = f"{ms / 1000:.2f} s"
    return text.replace(".", ",") if language == "bs" else text


def met(stock: float, ours: float, query: str) -> bool:
    return ours <= stock + 100 and (len(query) > SHORT or ours <= stock / 2)


def table(header: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows)]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) for row in [header, *rows])


def report(timings: dict[str, Timings], sites: dict, runs: int, pause: float, markdown: bool, language: str = "en") -> str:
    words = WORDS[language]
    stock, ours = timings["stock"], timings["this site"]
    rows = []
    for mode in ("online", "offline"):
        for query_language, query in QUERIES:
            key = (mode, query_language, query)
            s, o = statistics.median(stock.answer[key]), statistics.median(ours.answer[key])
            target = words["short"] if len(query) <= SHORT else words["long"]
            rows.append([words["copy"][mode], f"`{query_language}`", f"`{query}`", seconds(s, language),
                         seconds(o, language), f"{target}: {words['yes'] if met(s, o, query) else words['no']}"])
    answers = table(words["answers"], rows, markdown)

    index_rows = []
    for mode in ("online", "offline"):
        for index_language in HOME[mode]:
            sizes = [index_bytes(index_files(sites[(name, mode)], mode)[index_language], mode) / 1024
                     for name in ("stock", "this site")]
            unit = words["unit"][mode]
            ready = [seconds(statistics.median(t.ready[(mode, index_language)]), language) for t in (stock, ours)]
            index_rows.append([words["copy"][mode], f"`{index_language}`", f"{sizes[0]:.0f} {unit}",
                               f"{sizes[1]:.0f} {unit}", *ready])
    indexes = table(words["indexes"], index_rows, markdown)
    date = time.strftime("%Y-%m-%d") if language == "en" else time.strftime("%d. %m. %Y.")
    pause_text = f"{pause:.1f}".replace(".", ",") if language == "bs" else f"{pause:.1f}"
    note = words["note"].format(date=date, runs=runs, pause=pause_text, cores=os.cpu_count())
    return f"{answers}\n\n{indexes}\n\n{note}"


def update_docs(texts: dict[str, str]):
    """Write the tables into both languages' performance pages."""
    import translation_status

    for line in translation_status.write_measurements(DOCS_PAGE, START, END, texts):
        print(line, file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="repetitions of each search (the median is shown)")
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between the page's load and the tap")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--only", help="some of the queries, e.g. bs:plan,en:data")
    parser.add_argument("--update-docs", action="store_true",
                        help="write the tables into docs/*/contributing/performance.md (between the search-speed markers)")
    arguments = parser.parse_args()
    if arguments.only:
        chosen = {tuple(item.split(":", 1)) for item in arguments.only.split(",")}
        QUERIES[:] = [entry for entry in QUERIES if entry in chosen]
        if not QUERIES:
            parser.error(f"--only: none of {arguments.only} is among the benchmark's queries")
    from playwright.sync_api import sync_playwright

    chromium = find_chromium()
    if not chromium:
        sys.exit("No Chromium: install Debian's chromium or set CHROME_PATH.")
    if not SHIM_LOCAL.is_file():
        sys.exit("node_modules/iframe-worker is missing: run `npm ci` (make test does it).")
    with tempfile.TemporaryDirectory(prefix="search-speed-") as temp, sync_playwright() as playwright:
        sites = build_sites(Path(temp))
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            timings = measure(browser, sites, arguments.runs, arguments.pause)
        finally:
            browser.close()
        print(report(timings, sites, arguments.runs, arguments.pause, arguments.markdown))
        if arguments.update_docs:
            update_docs({language: report(timings, sites, arguments.runs, arguments.pause, True, language)
                         for language in ("bs", "en")})


if __name__ == "__main__":
    main()
