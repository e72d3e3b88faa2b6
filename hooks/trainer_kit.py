"""Put the trainer's kit into the site: each language's decks, handouts and questionnaire PDFs go to
its workshop/kit/ folder (scripts/trainer_kit/layout.py), where the pages link to them.

The files are made by `make slides` (scripts/build_kit.py) into build/kit/, in a step of their own:
Marp and a browser take minutes, and `make serve` and `make build` must stay fast and need neither.
A file that is not built yet is replaced by a short text saying so, and the build says how many;
the deploy workflow, `make offline` and the release build the kit first.

An HTML deck or handout links to the handbook's pages as `handbook:bs/why/potential.md`
(scripts/trainer_kit/links.py); here each link becomes a relative link to that page's address in this
build, which differs online (why/potential/) and in the offline copy (why/potential.html).

The PowerPoint files (about 2 MB per deck, pictures of the slides) stay out of the offline copy, which
must stay small: there, links to them lead to the same file on the published site."""

import logging
import posixpath
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from _languages import language_prefixes

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from trainer_kit.layout import BUILD, DOCS, outputs  # noqa: E402 (the path above)
from trainer_kit.links import HTML_HANDBOOK_LINK  # noqa: E402

log = logging.getLogger("mkdocs.hooks.trainer_kit")
ONLINE_ONLY = ("pptx",)  # formats left out of the offline copy
MARKDOWN_LINK_TO_ONLINE_ONLY = re.compile(r"(?P<open>\]\()(?P<target>[^)\s#]*kit/slides/[^)\s#/]+\.pptx)(?P<close>\))")

PLACEHOLDER = {
    "bs": "Ova datoteka kompleta za trenere još nije napravljena. Napravite je naredbom `make slides`.\n",
    "en": "This file of the trainer's kit has not been built yet. Build it with `make slides`.\n",
}


def current_language(config) -> str:
    return config.plugins["i18n"].current_language


def kit_applies(config) -> bool:
    """The kit belongs to this repository's docs/: a test's own small site (docs elsewhere) has none."""
    return Path(config.docs_dir).resolve() == DOCS


def offline_build(config) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(-110)  # after the i18n plugin (-100) has chosen this language's pages and their addresses
def on_files(files, config):
    if not kit_applies(config):
        return files
    language = current_language(config)
    prefix = language_prefixes(config)[language]
    missing = 0
    for output in outputs():
        if output.language != language or (offline_build(config) and output.format in ONLINE_ONLY):
            continue
        if output.built.is_file():
            file = File.generated(config, output.src_uri, abs_src_path=str(output.built))
        else:
            file = File.generated(config, output.src_uri, content=PLACEHOLDER[language])
            missing += 1
        file.dest_uri = prefix + output.site_path
        if output.format == "html" and output.built.is_file():
            file.content_string = resolved_links(file, files)
        files.append(file)
    if missing:
        log.info(f"trainer's kit ({language}): {missing} files are not built yet and were replaced by a note; "
                 f"run `make slides` to build them into {BUILD.relative_to(BUILD.parents[1])}/")
    return files


def resolved_links(kit_file: File, files) -> str:
    """The deck's or handout's HTML with every `handbook:` link pointing at the page in this build."""

    def replace(match) -> str:
        page = files.get_file_from_path(f"{match['language']}/{match['page']}")
        if page is None:
            raise PluginError(f"hooks/trainer_kit.py: {kit_file.src_uri} links to {match['language']}/{match['page']}, "
                              "which is not a page of this build; fix the link in the kit's Markdown and run `make slides`")
        return f'href="{get_relative_url(page.url, kit_file.url)}{match["anchor"] or ""}"'

    return HTML_HANDBOOK_LINK.sub(replace, kit_file.content_string)


def on_page_markdown(markdown, page, config, files):
    """In the offline copy, a link to a PowerPoint file goes to the published site."""
    if not offline_build(config) or not kit_applies(config):
        return markdown
    language = current_language(config)
    prefix = language_prefixes(config)[language]

    def online(match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), match["target"]))
        address = config.site_url.rstrip("/") + "/" + prefix + target.removeprefix(f"{language}/")
        return f"{match['open']}{address}{match['close']}"

    return MARKDOWN_LINK_TO_ONLINE_ONLY.sub(online, markdown)


def on_serve(server, config, builder):
    """`make serve` reloads when `make slides` has built new files."""
    if BUILD.is_dir():
        server.watch(str(BUILD))
    return server
