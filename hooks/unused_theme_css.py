"""Drop the theme's style rules that can match nothing on this site.

Material's stylesheets style every feature it offers (blog, version selector, code annotations,
social buttons, twenty colour palettes ...); this site uses a fraction, yet every reader downloads
all of it on the first visit. After the whole site is built (both languages), this hook removes from
Material's own main.*.css and palette.*.css each selector that names a class, element, id or
attribute value found in no built page and in no script the pages load (the theme's script builds
the search results, tooltips and the like from names written in it), and then each custom property
that nothing reads any more. What is left is Material's CSS, unchanged, minus rules that could not
apply: a page that starts using a feature (a new admonition type, a table) gets its rules back on the
next build. The project's own stylesheets are never touched. Selectors inside :not(), :is(), :has()
and the like are kept whole, because an absent name there can still match.
"""

import re
from pathlib import Path

import tinycss2
from _theme import inner_language_build, theme_changed
from mkdocs.plugins import event_priority

THEME_STYLESHEETS = ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css")
GROUPING_AT_RULES = {"media", "supports", "layer", "container"}
NAME = re.compile(r"[A-Za-z_][\w-]*")
CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
TAG = re.compile(r"<([a-zA-Z][\w-]*)")
ATTRIBUTE_VALUE = re.compile(r'\s[\w:-]+="([^"]*)"')
# A script a page loads: <script src>, or the theme's script named by hooks/theme_script_on_first_use.py.
SCRIPT_SOURCE = re.compile(r'<script[^>]*\s(?:src|data-theme-script)="([^"]+)"')
CUSTOM_PROPERTY = re.compile(r"--[\w-]+")
VAR_REFERENCE = re.compile(r"var\(\s*(--[\w-]+)")
TEMPLATE_PREFIX = re.compile(r"([\w-]+)\$\{")


class Vocabulary:
    """Every name that can appear in a page: from the built HTML and the scripts the pages load."""

    def __init__(self, site: Path):
        self.classes, self.tags, self.values, self.script_words, self.prefixes = set(), set(), set(), set(), set()
        self.custom_properties = set()
        scripts, class_lists, tags, values = set(), set(), set(), set()
        for html_file in site.rglob("*.html"):
            html = html_file.read_text(encoding="utf-8", errors="replace")
            class_lists.update(CLASS_ATTRIBUTE.findall(html))
            tags.update(TAG.findall(html))
            values.update(ATTRIBUTE_VALUE.findall(html))
            self.custom_properties.update(CUSTOM_PROPERTY.findall(html))
            for source in SCRIPT_SOURCE.findall(html):
                if "://" not in source:
                    scripts.add((html_file.parent / source.split("?")[0]).resolve())
        # Split once per distinct text: most of it (menus, header, footer) is the same on every page.
        for classes in class_lists:
            self.classes.update(classes.split())
        self.tags.update(tag.lower() for tag in tags)
        self.values.update(values)
        for value in values:
            self.values.update(value.split())
        # Every word of every script a page loads counts, code and strings alike: generous, but a
        # name that the theme's script puts together at run time is never lost.
        for script in scripts:
            if script.is_file():
                text = script.read_text(encoding="utf-8", errors="replace")
                self.script_words.update(NAME.findall(text))
                self.prefixes.update(TEMPLATE_PREFIX.findall(text))
                self.custom_properties.update(CUSTOM_PROPERTY.findall(text))

    def has_class(self, name):
        return name in self.classes or name in self.script_words or name.startswith(tuple(self.prefixes))

    def has_tag(self, name):
        return name.lower() in self.tags or name.lower() in self.script_words

    def has_value(self, value):
        return value in self.values or value in self.script_words


def split_selectors(prelude):
    selectors = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return selectors


def can_match(selector, vocabulary: Vocabulary) -> bool:
    """False when the selector requires a name that no page and no page script has."""
    tokens = selector
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "literal" and token.value == ":":
            i += 1
            if i < len(tokens) and tokens[i].type == "literal" and tokens[i].value == ":":
                i += 1
            i += 1  # the pseudo-class or pseudo-element itself, with its arguments: kept whole
            continue
        if token.type == "literal" and token.value == ".":
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is not None and following.type == "ident" and not vocabulary.has_class(following.value):
                return False
            i += 2
            continue
        if token.type == "ident" and not vocabulary.has_tag(token.value):
            return False
        if token.type == "hash" and not vocabulary.has_value(token.value):
            return False
        if token.type == "[] block":
            parts = [part for part in token.content if part.type not in ("whitespace", "comment")]
            exact = len(parts) >= 3 and parts[1].type == "literal" and parts[1].value == "="
            if exact and parts[2].type in ("ident", "string") and not vocabulary.has_value(parts[2].value):
                return False
        i += 1
    return True


class _Unreadable(Exception):
    """A rule or declaration tinycss2 cannot parse: dropping it would silently change the styles."""


def prune_rules(rules, vocabulary: Vocabulary):
    """The rules that can still match, as ("rule", selectors, declarations), ("block", at-rule head,
    nested items) and ("raw", None, text) items."""
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [s for s in split_selectors(rule.prelude) if can_match(s, vocabulary)]
            if selectors:
                kept.append(("rule", ",".join(tinycss2.serialize(s).strip() for s in selectors), declarations(rule)))
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in GROUPING_AT_RULES:
            inner = prune_rules(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), vocabulary)
            if inner:
                kept.append(("block", "@" + rule.at_keyword + tinycss2.serialize(rule.prelude).rstrip(), inner))
        elif rule.type == "at-rule":
            kept.append(("raw", None, tinycss2.serialize([rule])))
        elif rule.type == "error":
            raise _Unreadable(f"line {rule.source_line}: {rule.message}")
    return kept


def declarations(rule) -> list[tuple[str | None, str]]:
    """(custom property name or None, text) for each declaration of a rule, serialised once."""
    out = []
    for item in tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True):
        if item.type == "declaration":
            value = tinycss2.serialize(item.value).strip()
            text = f"{item.name}:{value}{'!important' if item.important else ''}"
            out.append((item.name if item.name.startswith("--") else None, text))
        elif item.type == "error":
            raise _Unreadable(f"line {item.source_line}: {item.message}")
        else:
            out.append((None, tinycss2.serialize([item])))
    return out


def render(items, live_properties) -> str:
    out = []
    for kind, head, body in items:
        if kind == "raw":
            out.append(body)
        elif kind == "block":
            inner = render(body, live_properties)
            if inner:
                out.append(f"{head}{{{inner}}}")
        else:
            kept = [text for name, text in body if name is None or name in live_properties]
            if kept:
                out.append(f"{head}{{{';'.join(kept)}}}")
    return "".join(out)


def prune_stylesheets(site: Path, stylesheets: list[Path], vocabulary: Vocabulary) -> dict[Path, str]:
    """Pruned text of each stylesheet; custom properties are dropped until every one left is read."""
    pruned = {}
    for path in stylesheets:
        rules = tinycss2.parse_stylesheet(path.read_text(encoding="utf-8"), skip_comments=True, skip_whitespace=True)
        try:
            pruned[path] = prune_rules(rules, vocabulary)
        except _Unreadable as error:
            raise theme_changed(
                "unused_theme_css.py",
                f"{path.name} has CSS that tinycss2 cannot read ({error})",
                "see whether a newer tinycss2 reads it (requirements.in), or what Material's stylesheet uses now",
            ) from None
    others = " ".join(p.read_text(encoding="utf-8") for p in site.rglob("*.css") if p not in stylesheets)
    outside = set(VAR_REFERENCE.findall(others)) | vocabulary.custom_properties
    live = None
    while True:
        texts = {path: render(items, live if live is not None else _AllProperties()) for path, items in pruned.items()}
        read = outside | {name for text in texts.values() for name in VAR_REFERENCE.findall(text)}
        if live is not None and read >= live:
            return texts
        live = read if live is None else live & read


class _AllProperties:
    def __contains__(self, name):
        return True


@event_priority(-200)  # after the i18n plugin has built every language (its on_post_build is at -100)
def on_post_build(config):
    if inner_language_build(config):
        return  # a language built inside the main build: wait for the end
    site = Path(config.site_dir)
    stylesheets = []
    for pattern in THEME_STYLESHEETS:
        matches = sorted(site.glob(pattern))
        if len(matches) != 1:
            raise theme_changed(
                "unused_theme_css.py",
                f"{len(matches)} files match {pattern} in the built site, expected 1",
                "look in Material's templates/assets/stylesheets/ for its stylesheets' new names",
            )
        stylesheets += matches
    for path, text in prune_stylesheets(site, stylesheets, Vocabulary(site)).items():
        path.write_text(text + "\n", encoding="utf-8")
