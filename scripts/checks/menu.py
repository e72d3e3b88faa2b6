"""The menu (`nav:` in mkdocs.yml) and the pages agree: every page is in the menu (or listed under
`not_in_nav:`), and every menu entry is a page. The strict build refuses both; this says where."""

import pathspec
import yaml

from .pages import Problem


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (!ENV, !!python/name:...)."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def menu_entries(nav) -> list[str]:
    """Every Markdown file named in the menu, in order (addresses of other sites left out)."""
    found = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            found += menu_entries(value)
        elif isinstance(value, str) and value.endswith(".md") and "://" not in value:
            found.append(value)
    return found


def config_menu(config_path) -> list[str]:
    """The pages named in the menu of a mkdocs.yml."""
    config = yaml.load(config_path.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    return menu_entries(config.get("nav"))


def line_in(config_lines: list[str], entry: str) -> int | None:
    return next((number for number, line in enumerate(config_lines, 1)
                 if line.strip().startswith("- ") and line.rstrip().endswith(entry)), None)


def check(pages, docs):
    config_path = docs.parent / "mkdocs.yml"
    if not config_path.is_file():
        return []
    text = config_path.read_text(encoding="utf-8")
    try:
        config = yaml.load(text, Loader=_ConfigLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [Problem(config_path, mark.line + 1 if mark else None, f"mkdocs.yml is not valid YAML ({getattr(error, 'problem', error)})",
                        "look at that line: menu entries are '- section/page.md', indented under their section by 2 spaces")]
    if "nav" not in config:
        return []
    entries = menu_entries(config["nav"])
    outside = pathspec.PathSpec.from_lines("gitignore", (config.get("not_in_nav") or "").splitlines())
    lines = text.splitlines()
    problems = []
    by_relative = {}
    for page in pages:
        if page.root in (None, docs):  # the trainer's slides and handouts are not pages of the menu
            by_relative.setdefault(page.relative, page)  # Bosnian first: the report names the page once
    for relative, page in by_relative.items():
        if relative not in entries and not outside.match_file(f"{page.language}/{relative}"):
            section = relative.split("/")[0] if "/" in relative else None
            where = f"under the section whose pages start with '{section}/'" if section else "at the right place"
            problems.append(Problem(page.path, None, "this page is not in the menu, so the site cannot be built",
                                    f"add the line '- {relative}' to nav: in mkdocs.yml {where} "
                                    "(`make new-page` does this for a new page), or delete the page"))
    for entry in dict.fromkeys(entries):
        if entry not in by_relative:
            problems.append(Problem(config_path, line_in(lines, entry), f"the menu names '{entry}', but there is no such page "
                                    f"(docs/bs/{entry} or docs/en/{entry})",
                                    "correct the file name in mkdocs.yml, create the page with `make new-page`, or remove the line"))
    return problems

