"""Example posts: a `/// post` block that draws a social-media post in HTML and CSS, with a label
("Dobar primjer" / "Good example", "Slabiji primjer" / "Weaker example") and a short comment on why.

Trainers write it by hand in a page (pymdownx.blocks syntax; options indented by four spaces):

    /// post | Dobar primjer
        name: Agencija za statistiku BiH
        handle: "@institucija"
        platform: Facebook
        date: 12. 3. 2026.
        image: "Infografika: broj zaposlenih po kantonima, stubičasti grafikon"
        hashtags: "#PopisStanovništva #Statistika"
        why: "Jedna poruka, link na izvor i slika s alternativnim tekstom."
        source: https://... (the post itself; without it, the post is marked as illustrative)

    Text of the post, in Markdown.
    ///

The label also sets the language of the words the block adds itself (image, why, source,
illustrative). Everything is real text: screen readers read it, search finds it, it works without
JavaScript, and it prints. pymdown-extensions has the block machinery but no such block, so this
hook adds one (it registers a small Markdown extension). A block with a wrong or missing option is
not drawn by pymdown-extensions at all; the hook then stops the build with the file, the line and
what is wrong, as `make check` does (scripts/checks/example_posts.py).
"""

import re
import xml.etree.ElementTree as etree
from pathlib import Path

import yaml
from markdown.util import AtomicString
from mkdocs.exceptions import PluginError
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block, type_string

# label -> (language, kind)
LABELS = {
    "Dobar primjer": ("bs", "good"),
    "Slabiji primjer": ("bs", "weaker"),
    "Primjer": ("bs", "neutral"),
    "Good example": ("en", "good"),
    "Weaker example": ("en", "weaker"),
    "Example": ("en", "neutral"),
}
WORDS = {
    "bs": {"image": "Slika", "why": "Zašto", "illustrative": "Ilustrativni primjer", "source": "Izvor: objava institucije"},
    "en": {"image": "Image", "why": "Why", "illustrative": "Illustrative example", "source": "Source: the institution's post"},
}
REQUIRED = ("name", "date", "why")
OPTIONAL = ("handle", "platform", "image", "hashtags", "source")
HEADER = re.compile(r"^[ ]{0,3}(/{3,})[ ]*post\b[ ]*(?:\|[ ]*(.*?)[ ]*)?$")
END = re.compile(r"^[ ]{0,3}/{3,}[ ]*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
UNDRAWN = re.compile(r"<p>/{3,}[ ]*post\b")
# A small picture icon for the image placeholder (decorative: the alt text says what the image is).
PICTURE_ICON = (
    '<svg class="social-post__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">'
    '<path fill="currentColor" d="M21 19V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2M8.5 '
    '13.5l2.5 3 3.5-4.5 4.5 6H5z"/></svg>'
)


def type_url(value):
    value = type_string(value)
    if not re.match(r"https?://\S+$", value):
        raise ValueError("not a web address")
    return value


class ExamplePost(Block):
    NAME = "post"
    ARGUMENT = True
    OPTIONS = {
        **{name: ("", type_string) for name in REQUIRED + OPTIONAL[:-1]},
        "source": ("", type_url),
    }

    def on_validate(self, parent):
        if self.argument not in LABELS:
            return False
        return all(str(self.options[name]).strip() for name in REQUIRED)

    def on_create(self, parent):
        language, kind = LABELS[self.argument]
        words = WORDS[language]
        options = self.options
        figure = etree.SubElement(parent, "figure", {"class": f"social-post social-post--{kind}"})

        label = etree.SubElement(figure, "figcaption", {"class": "social-post__label"})
        verdict = etree.SubElement(label, "strong")
        verdict.text = AtomicString(self.argument)
        if options["source"]:
            link = etree.SubElement(label, "a", {"class": "social-post__source", "href": options["source"]})
            link.text = AtomicString(words["source"])
        else:
            note = etree.SubElement(label, "span", {"class": "social-post__source"})
            note.text = AtomicString(words["illustrative"])

        card = etree.SubElement(figure, "div", {"class": "social-post__card"})
        header = etree.SubElement(card, "div", {"class": "social-post__header"})
        avatar = etree.SubElement(header, "span", {"class": "social-post__avatar", "aria-hidden": "true"})
        avatar.text = AtomicString(options["name"].strip()[:1].upper())
        who = etree.SubElement(header, "span", {"class": "social-post__who"})
        name = etree.SubElement(who, "span", {"class": "social-post__name"})
        name.text = AtomicString(options["name"])
        if options["handle"]:
            handle = etree.SubElement(who, "span", {"class": "social-post__handle"})
            handle.text = AtomicString(options["handle"])
        meta = etree.SubElement(who, "span", {"class": "social-post__meta"})
        meta.text = AtomicString(" · ".join(part for part in (options["platform"], options["date"]) if part))

        self.text = etree.SubElement(card, "div", {"class": "social-post__text"})
        if options["hashtags"]:
            tags = etree.SubElement(card, "p", {"class": "social-post__hashtags"})
            tags.text = AtomicString(options["hashtags"])
        if options["image"]:
            alt = " ".join(options["image"].split())
            image = etree.SubElement(card, "div", {"class": "social-post__image", "role": "img",
                                                   "aria-label": f"{words['image']}: {alt}"})
            image.text = self.md.htmlStash.store(PICTURE_ICON)
            kind_word = etree.SubElement(image, "span", {"class": "social-post__image-kind"})
            kind_word.text = AtomicString(words["image"] + ":")
            kind_word.tail = AtomicString(" " + alt)

        why = etree.SubElement(figure, "p", {"class": "social-post__why"})
        why_word = etree.SubElement(why, "strong")
        why_word.text = AtomicString(words["why"] + ":")
        why_word.tail = " " + " ".join(options["why"].split())  # Markdown (links, emphasis) allowed here
        return figure

    def on_add(self, block):
        return self.text


class ExamplePostExtension(BlocksExtension):
    def extendMarkdownBlocks(self, md, block_mgr):
        block_mgr.register(ExamplePost, self.getConfigs())


def post_headers(lines: list[str]):
    """(index, header match) of each `/// post` line outside fenced code (examples in code are not posts)."""
    fence = None
    for index, line in enumerate(lines):
        opening = FENCE.match(line)
        if opening and fence is None:
            fence = opening.group(1)
            continue
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        header = HEADER.match(line)
        if header:
            yield index, header


def problems_in(lines: list[str], language: str | None = None):
    """(line number, message) for each `/// post` block in `lines` (a whole file, 1-based lines)
    that will not be drawn, and why. `language`, if given, is the language the labels must be in."""
    found = []
    for index, header in post_headers(lines):
        number = index + 1
        label = (header.group(2) or "").strip()
        if label not in LABELS:
            allowed = ", ".join(f'"{name}"' for name, (lang, _) in LABELS.items() if language in (None, lang))
            found.append((number, f'the post\'s label "{label}" is not one of {allowed}'))
        elif language and LABELS[label][0] != language:
            found.append((number, f'the post\'s label "{label}" is in the other language'))
        option_lines = []
        for following in lines[index + 1 :]:
            if not following.startswith("    ") or not following.strip():
                break
            option_lines.append(following)
        try:
            options = yaml.safe_load("\n".join(line[4:] for line in option_lines)) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = number + 1 + (mark.line if mark else 0)
            found.append((where, f"the post's options are not valid YAML ({getattr(error, 'problem', error)}); "
                                 'put a value that contains ": " in double quotes'))
            continue
        if not isinstance(options, dict):
            found.append((number + 1, "the post's options must be lines of the form `name: value`, indented by four spaces"))
            continue
        for key in options:
            if key not in REQUIRED + OPTIONAL:
                found.append((number + 1, f'unknown option "{key}" (allowed: {", ".join(REQUIRED + OPTIONAL)})'))
        for key in REQUIRED:
            if not str(options.get(key) or "").strip():
                found.append((number, f'the post has no "{key}:" option'))
        for key, value in options.items():
            if key in REQUIRED + OPTIONAL and value is not None and not isinstance(value, str):
                found.append((number + 1, f'the option "{key}" must be text: put it in double quotes'))
        if options.get("source") and not re.match(r"https?://\S+$", str(options["source"])):
            found.append((number + 1, 'the option "source" must be the web address of the post (https://...)'))
        closed = any(END.match(following) for following in lines[index + 1 :])
        if not closed:
            found.append((number, "the post is never closed: end it with a line ///"))
    return found


def on_config(config):
    if not any(isinstance(extension, ExamplePostExtension) for extension in config.markdown_extensions):
        config.markdown_extensions.append(ExamplePostExtension())
    return config


def on_page_content(html, page, config, files):
    if not UNDRAWN.search(html):
        return html
    path = Path(page.file.abs_src_path)
    language = page.file.src_uri.split("/", 1)[0]
    name = Path(config.docs_dir).name + "/" + page.file.src_uri
    found = problems_in(path.read_text(encoding="utf-8").splitlines(), language if language in WORDS else None)
    details = "; ".join(f"{name}:{line}: {message}" for line, message in found) or f"{name}: a /// post block was not drawn"
    raise PluginError(f"{details}. See the contributor guide, 'Example posts'.")
