"""Give each language its own search index, read with that language's rules.

The i18n plugin leaves one search index for both languages (an English page found Bosnian pages),
and MkDocs rejects `search.lang: bs`, so every page was read with lunr's English settings
(`drustveni` did not find `društveni`, nor `medija` `mediji`). After the build this hook:

- splits search/search_index.json, and in the offline copy search/search_index.js, into one index
  per language, next to each language's home (search/ for Bosnian, en/search/ for English), each
  with its own `config`: lunr language, word separator, pipeline;
- points the search on English pages at en/search/: Material looks for the index relative to the
  `base` in the page's `__config`, which the i18n plugin leaves at the site root;
- adds to each index its language's search synonyms (includes/search-synonyms.yml, checked by
  `make check`), which search-language.js applies to the reader's query;
- names each page's index language in its `__config` (`search_language`): the page's loader
  fetches the worker's language scripts ahead (theme-script-on-first-use.js);
- installs overrides/assets/javascripts/search-language.js (folding of č ć đ š ž and Cyrillic, the
  Bosnian stemmer and stop words) under the names Material's search worker loads for those lunr
  languages, assets/javascripts/lunr/min/lunr.<language>.min.js;
- in the offline copy only, builds each index ahead, in Node (scripts/prebuild_search_index.js, with
  Material's worker code and the same extension), into search/search_index.prebuilt.js: from disk the
  search runs on the page's own thread, where building the index held the page up for seconds on a
  phone. Online the browser builds it in its worker: an index built ahead is several times larger
  to download than the time it saves (docs/en/contributing/performance.md).

The build fails if Material's page configuration no longer has the `base` this relies on, if the
search plugin's index is not where it was, or if Material's search worker no longer loads
lunr.<language>.min.js for the languages an index names.
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from _languages import language_prefixes
from _theme import SEARCH_WORKER, inner_language_build, one_asset, theme_changed

# The lunr language each site language's index names (the extension registers both).
LUNR_LANGUAGE = {"bs": "bs", "en": "en-stem"}
# Words are split on white space and punctuation (and the entities Material leaves in the text);
# the extension trims whatever else is left at a word's edges.
SEPARATOR = r"""(?:[\s\-–—.,;:!?…()\[\]{}"'«»„“”‘’/\\<>=+*%#@~^_`$§•]|&(?:amp|lt|gt);)+"""
PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "overrides" / "assets" / "javascripts" / "search-language.js"
PREBUILD = ROOT / "scripts" / "prebuild_search_index.js"
CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
BASE_KEY = re.compile(r'"base":\s*"[^"]*"')
# How Material's search worker loads a lunr language: importScripts(`${base}/min/lunr.${lang}.min.js`).
WORKER_LOADS_LANGUAGE = re.compile(r"/min/lunr\.\$\{\w+\}\.min\.js")


def page_prefix(page, prefixes) -> str:
    return next((prefix for prefix in prefixes.values() if prefix and page.url.startswith(prefix)), "")


def on_post_page(output, page, config):
    prefixes = language_prefixes(config)
    prefix = page_prefix(page, prefixes)
    match = CONFIG_SCRIPT.search(output)
    if not match or not BASE_KEY.search(match.group(2)):
        raise theme_changed(
            "search_per_language.py",
            f"no \"base\" in the __config script of {page.file.src_uri}",
            "check in Material's base.html how its search finds search/search_index.json now",
        )
    script = match.group(2)
    if prefix:
        base = json.dumps(get_relative_url(prefix, page.url))
        script = BASE_KEY.sub(lambda _: f'"base": {base}', script, count=1)
    # The lunr language of the index this page searches: the page's loader fetches its language
    # scripts ahead (theme-script-on-first-use.js). Material ignores keys it does not know.
    language = LUNR_LANGUAGE.get(language_of(page.url, prefixes))
    if language:
        script = script.replace("{", f'{{"search_language": {json.dumps(language)}, ', 1)
    return output[: match.start(2)] + script + output[match.end(2) :]


def offline_build(config) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


def language_of(location: str, prefixes: dict[str, str]) -> str:
    """The language whose folder a page is in; pages outside every language folder are the default's."""
    default = next((language for language, prefix in prefixes.items() if not prefix), None)
    return next((language for language, prefix in prefixes.items() if prefix and location.startswith(prefix)), default)


def synonyms() -> dict[str, list[list[str]]]:
    """Each language's groups of search synonyms (includes/search-synonyms.yml), read as `make check` does."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    from checks import search_synonyms

    groups, problems = search_synonyms.read(ROOT / search_synonyms.FILE)
    if problems:
        raise PluginError(
            "hooks/search_per_language.py: the search synonyms cannot be read. Run `make check` for "
            "every problem; the first:\n" + problems[0].render(ROOT)
        )
    return groups


def language_index(data: dict, language: str, prefixes: dict[str, str], groups=None) -> dict:
    """The entries of one language, with locations relative to that language's home."""
    if language not in LUNR_LANGUAGE:
        raise PluginError(
            f"hooks/search_per_language.py: no search rules for the language '{language}'. Add it to "
            "LUNR_LANGUAGE here and to search-language.js."
        )
    prefix = prefixes[language]
    docs = [
        {**doc, "location": doc["location"].removeprefix(prefix)}
        for doc in data["docs"]
        if language_of(doc["location"], prefixes) == language
    ]
    config = {**data["config"], "lang": [LUNR_LANGUAGE[language]], "separator": SEPARATOR, "pipeline": PIPELINE,
              # applied to queries by search-language.js (workers/search-start.js hands them over)
              "synonyms": (groups or {}).get(language, [])}
    return {"config": config, "docs": docs}


def check_worker(config):
    """Material's search worker must still load lunr.<language>.min.js, which this hook installs."""
    worker = one_asset(config, SEARCH_WORKER, "search_per_language.py",
                       "look in Material's templates/assets/javascripts/workers/ for the search worker's new name")
    if not WORKER_LOADS_LANGUAGE.search(worker.read_text(encoding="utf-8")):
        raise theme_changed(
            "search_per_language.py",
            f"{worker.name} no longer loads min/lunr.<language>.min.js",
            "find in Material's search worker how it loads a lunr language, and install search-language.js there",
        )


@event_priority(-150)  # after the i18n plugin merges the languages' entries and the offline plugin
def on_post_build(config):
    site = Path(config.site_dir)
    combined = site / "search" / "search_index.json"
    if not combined.is_file():
        if inner_language_build(config):
            return
        raise theme_changed(
            "search_per_language.py",
            "the built site has no search/search_index.json",
            "check where the search plugin writes its index now (and that `search` is still in plugins:)",
        )
    check_worker(config)
    data = json.loads(combined.read_text(encoding="utf-8"))
    prefixes = language_prefixes(config)
    groups = synonyms()
    indexes = {language: language_index(data, language, prefixes, groups) for language in prefixes}
    for language, index in indexes.items():
        if not index["docs"]:
            continue  # an inner build of the i18n plugin: that language's pages are not in yet
        folder = site / prefixes[language] / "search"
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        (folder / "search_index.json").write_text(text, encoding="utf-8")
        if offline_build(config):
            (folder / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")
    scripts = site / "assets" / "javascripts" / "lunr" / "min"
    scripts.mkdir(parents=True, exist_ok=True)
    for lunr_language in LUNR_LANGUAGE.values():
        shutil.copyfile(EXTENSION, scripts / f"lunr.{lunr_language}.min.js")
    if offline_build(config) and all(index["docs"] for index in indexes.values()):
        prebuild(site)


def prebuild(site: Path):
    """The offline copy: each index built ahead in Node (see scripts/prebuild_search_index.js)."""
    node = shutil.which("node")
    if not node:
        raise PluginError(
            "hooks/search_per_language.py: the offline copy's search indexes are built with Node.js, "
            "which is not installed. Install it (Debian: apt-get install nodejs npm) and build again."
        )
    result = subprocess.run([node, str(PREBUILD), str(site)], capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"hooks/search_per_language.py: building the offline search index failed:\n{result.stderr}")
