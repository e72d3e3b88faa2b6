"""In the offline copy, load the search's Web Worker shim from the copy itself, never from a CDN.

Opened from disk (file://), browsers refuse to start the Web Worker that Material's search runs in, so
Material's offline plugin adds the `iframe-worker` shim, but as an address on unpkg.com: with no
network the search box disappears and the console shows an error. In offline builds only, this hook
takes the shim from the npm package pinned in package.json (installed by `npm ci`, which `make
offline` and `make test` run), copies it into the site with its licence and version, and lists it in
`extra.polyfills` in place of the CDN address. The build fails if the package is not installed, if
the offline plugin no longer lists the shim (or lists any other address on another host), or if a
page does not load the local shim.
"""

import json
import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from _theme import theme_changed

PACKAGE = Path(__file__).resolve().parent.parent / "node_modules" / "iframe-worker"
SHIM = "assets/javascripts/iframe-worker/shim.js"


def offline_build(config) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(-50)  # after the offline plugin, which appends the CDN address in its on_config
def on_config(config):
    if not offline_build(config):
        return config
    if not (PACKAGE / "shim" / "index.js").is_file():
        raise PluginError(
            "hooks/offline_search_shim.py: node_modules/iframe-worker is missing. Run `npm ci` "
            "(`make offline` and `make test` do it), then build again."
        )
    config.extra["polyfills"] = local_polyfills(config.extra.get("polyfills", []))
    return config


def local_polyfills(polyfills: list) -> list:
    """The offline plugin's polyfills with its CDN shim replaced by the local copy."""
    if not any("iframe-worker" in str(script) for script in polyfills):
        raise theme_changed(
            "offline_search_shim.py",
            f"the offline plugin no longer lists the iframe-worker shim in extra.polyfills ({polyfills})",
            "check how Material's offline plugin makes the search work from disk now",
        )
    kept = [script for script in polyfills if "iframe-worker" not in str(script)]
    remote = [script for script in kept if "://" in str(script) or str(script).startswith("//")]
    if remote:
        raise theme_changed(
            "offline_search_shim.py",
            f"the offline plugin lists scripts from another host: {remote}",
            "the offline copy must load nothing from the network: install that script from npm like iframe-worker",
        )
    return [*kept, SHIM]


def on_post_page(output, page, config):
    if offline_build(config) and SHIM not in output:
        raise theme_changed(
            "offline_search_shim.py",
            f"{page.file.src_uri} does not load {SHIM}",
            "check how Material's base.html writes extra.polyfills into a page now",
        )
    return output


def on_post_build(config):
    if not offline_build(config):
        return
    target = Path(config.site_dir) / SHIM
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PACKAGE / "shim" / "index.js", target)
    shutil.copyfile(PACKAGE / "LICENSE", target.parent / "LICENSE")
    package = json.loads((PACKAGE / "package.json").read_text(encoding="utf-8"))
    (target.parent / "NOTICE.txt").write_text(
        f"{package['name']} {package['version']}, {package['license']} licence (see LICENSE), "
        f"{package['homepage']}\nInstalled from the npm registry when this copy was built.\n",
        encoding="utf-8",
    )
