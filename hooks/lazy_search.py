"""Load the search only when a reader opens it, not on every page view.

Material starts the search Web Worker (12 KB gzip) and downloads the whole search index (hundreds of KB)
as soon as any page loads, whether or not the reader ever searches: on a phone with a slow connection
that is most of the page's weight. Material already waits for the search to be opened when the site is
read from disk; this hook makes it wait on the web too. Three small changes to the theme's script, in
every build: the index is requested when the search is first opened (or when a page is reached from a
search result with `?h=`, to highlight the terms), and the worker is started on its first message. The
build fails if the theme's script changes and a pattern is no longer found.
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
        "start the worker on its first message",
        re.compile(r"function (\w+)\((\w+),(\w+)=new Worker\(\2\)\)"),
        r"function \1(\2,\3=new(class extends EventTarget{constructor(u){super();this.u=u}"
        r"postMessage(m){if(!this.w){this.w=new Worker(this.u);this.w.addEventListener('message',"
        r"e=>this.dispatchEvent(new MessageEvent('message',{data:e.data})))}this.w.postMessage(m)}})(\2))",
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
