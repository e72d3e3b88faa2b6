"""Load the search only when it is needed, and let the page's loader get it ready sooner.

Material starts the search Web Worker (12 KB gzip) and downloads the whole search index (hundreds of KB)
as soon as any page loads, whether or not the reader ever searches, and only once its own script has
run. On this site Material's script itself comes at the reader's first use of the page
(hooks/theme_script_on_first_use.py), and the page's small loader (theme-script-on-first-use.js) runs
the search worker and hands it the index: after the page has loaded (in the background, with low
priority), or when the reader opens the search. Four small changes to the theme's script, in every
build, fit Material to that:

- Material waits for the search to be opened before it asks for the index, online as from disk;
- it highlights the search terms only on pages opened from a search result (`?h=`);
- it takes the index from the loader (window.__searchIndex), whose worker may already have read it:
  then Material gets only the index's settings, not its pages, and reads and copies nothing;
- it takes its worker from the loader (window.__searchWorker), which starts it on the first message.

The build fails if the theme's script changes and a pattern is no longer found.
"""

import re

from _theme import theme_changed, theme_script

# (what it does, pattern in Material's minified bundle, replacement)
PATCHES = [
    (
        "request the index when the search opens, online as offline",
        re.compile(r'\(location\.protocol!=="file:"\),(\w+)\("search"\)'),
        r'(!1),\1("search")',
    ),
    (
        "highlight search terms only on pages opened from a search result",
        re.compile(r'(\w+\("search\.highlight"\))\?(\w+\(\w+,\{index\$:)'),
        r"\1&&/[?&]h=/.test(location.search)?\2",
    ),
    (
        "take the index from the page's loader, whose worker may have read it already",
        re.compile(r"(\w+)\(\(\)=>(\w+)\)\)\.subscribe\(\(\{config:(\w+),docs:(\w+)\}\)=>"),
        r"\1(()=>window.__searchIndex?__searchIndex():\2)).subscribe(({config:\3,docs:\4})=>",
    ),
    (
        "take the search worker from the page's loader, which may have started it already",
        re.compile(r"function (\w+)\((\w+),(\w+)=new Worker\(\2\)\)"),
        r"function \1(\2,\3=window.__searchWorker?__searchWorker(\2):new Worker(\2))",
    ),
]
MARKER = "/[?&]h=/.test(location.search)"


def patch(script: str, name: str) -> str:
    for purpose, pattern, replacement in PATCHES:
        script, count = pattern.subn(replacement, script)
        if count != 1:
            raise theme_changed(
                "lazy_search.py",
                f"could not '{purpose}' in {name} ({count} matches for {pattern.pattern!r}, expected 1)",
                "find in Material's script how it loads the search index and starts the search worker now",
            )
    return script


def on_post_build(config):
    bundle = theme_script(config, "lazy_search.py")
    script = bundle.read_text(encoding="utf-8")
    if MARKER not in script:
        bundle.write_text(patch(script, bundle.name), encoding="utf-8")
