"""Give every page a Content-Security-Policy that lets it load nothing from another origin.

The handbook promises its readers that nothing they read is tracked: no analytics, no fonts or
scripts from a CDN, nothing that reveals a visit to a third party. The policy, a <meta> tag first in
<head> (GitHub Pages cannot send headers), makes the browser enforce that promise even if a page,
a plugin or a future theme version tries to load something from elsewhere: every kind of resource is
limited to the site itself ('self', which is also the folder of the offline copy opened from disk).

Material writes a few small scripts into each page (the colour scheme, the tabs, the page's base
address). Instead of allowing every inline script ('unsafe-inline', which would let injected markup
run too), the hook lists the SHA-256 hash of each one it finds in the finished page. In the offline
copy, the iframe-worker shim (see hooks/offline_search_shim.py) runs the search in a hidden frame
that it fills with one inline script of its own; the frame inherits this policy, so that script's
hash is computed here too, from the installed shim and the page's worker addresses (Material's, and
the one the page's loader starts beside it). Material's
stylesheets use small data: images (icons), so images may also be data: URLs.
"""

import base64
import hashlib
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

SHIM = Path(__file__).resolve().parent.parent / "node_modules" / "iframe-worker" / "shim" / "index.js"
SEARCH_START = "search-start.js"  # overrides/assets/javascripts/workers/, started by the page's loader
INLINE_SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.S)
CONFIG_SCRIPT = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
HEAD_START = re.compile(r"<head>\s*(<meta charset=\"utf-8\">)?", re.I)
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}

DIRECTIVES = {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "frame-src": "'self'",
    "manifest-src": "'self'",
    "base-uri": "'self'",
    "form-action": "'self'",
}


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def inline_scripts(html: str) -> list[str]:
    scripts = []
    for match in INLINE_SCRIPT.finditer(html):
        attributes = match["attributes"]
        if re.search(r"\ssrc=", attributes):
            continue
        kind = re.search(r'\stype="([^"]*)"', attributes)
        if (kind.group(1).lower() if kind else "") in EXECUTABLE_TYPES:
            scripts.append(match["body"])
    return scripts


def _function_source(script: str, name: str) -> str:
    """The exact text of `function name(...){...}` in a minified script (what String(fn) gives)."""
    start = script.find(f"function {name}(")
    if start < 0:
        raise ValueError(name)
    depth, i, quote = 0, script.index("{", start), None
    while i < len(script):
        char = script[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = None
        elif char in "\"'`":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return script[start : i + 1]
        i += 1
    raise ValueError(name)


def shim_frame_script(worker_url: str) -> str:
    """The inline script iframe-worker writes into its frame for this worker address."""
    shim = SHIM.read_text(encoding="utf-8")
    try:
        template = re.search(r"document\.write\(`(.*?)`\)", shim, re.S).group(1)
        body = re.search(r"<script>(.*?)<\\/script>", template, re.S).group(1)

        def value(match):
            name = match.group(1)
            return _function_source(shim, name) if f"function {name}(" in shim else worker_url

        return re.sub(r"\$\{(\w+)\}", value, body)
    except (AttributeError, ValueError) as error:
        raise PluginError(
            "hooks/content_security_policy.py: the iframe-worker shim changed and the script it writes "
            f"into its frame could not be read ({error!r}); check node_modules/iframe-worker/shim/index.js."
        ) from error


def offline_build(config) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


def policy(html: str, offline: bool) -> str:
    hashes = [sha256(script) for script in inline_scripts(html)]
    if offline:
        config = CONFIG_SCRIPT.search(html)
        if config:
            worker = json.loads(config.group(1))["search"]
            # The page's loader starts workers/search-start.js beside Material's worker (see
            # theme-script-on-first-use.js); Material's own address stays allowed as a fallback.
            for address in (worker, re.sub(r"[^/]*$", SEARCH_START, worker, count=1)):
                hashes.append(sha256(shim_frame_script(address)))
    directives = dict(DIRECTIVES)
    directives["script-src"] = " ".join(["'self'", *dict.fromkeys(hashes)])
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def with_policy(html: str, config) -> str:
    """The page with the policy as the first element of its <head>, before any script or style."""
    head = HEAD_START.search(html)
    if head is None:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html, offline_build(config))}">'
    return html[: head.end()] + "\n    " + meta + html[head.end() :]


@event_priority(-150)  # after every other hook and plugin has finished the page
def on_post_page(output, page, config):
    if HEAD_START.search(output) is None:
        raise PluginError(f"hooks/content_security_policy.py: no <head> in {page.file.src_uri}")
    return with_policy(output, config)


def on_post_template(output_content, template_name, config):
    """The 404 page is a theme template, not a page: it gets the same policy."""
    return with_policy(output_content, config) if template_name.endswith(".html") else output_content
