"""How long the full build takes, next to a bare Material build of the same pages.

    .venv/bin/python benchmarks/build_time.py [--repeat 3] [--scale 10]

"Full" is `mkdocs build` with this project's mkdocs.yml: every hook and plugin. "Bare" is Material
with only what the same pages need to build at all (the i18n plugin for the two language folders,
search, the same Markdown extensions and menu), no hooks, no other plugins, no project styles. Both
run on the handbook as it is and on a synthetic handbook `--scale` times larger (each language
folder copied into `copy-N/` subfolders, with the menu extended to match). The ratio full/bare is the
figure to watch (target: at most 1.5). Times are wall-clock seconds, the best of `--repeat` runs;
no test asserts a time.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))  # site_generator: which program builds the site
import site_generator  # noqa: E402
BARE_EXTENSIONS = [
    "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", {"toc": {"permalink": True}},
    "pymdownx.details", "pymdownx.superfences", {"pymdownx.tabbed": {"alternate_style": True}},
    {"pymdownx.tasklist": {"custom_checkbox": True}}, {"pymdownx.snippets": {"base_path": [str(ROOT / "includes")]}},
    "pymdownx.highlight", "pymdownx.inlinehilite", "pymdownx.smartsymbols",
]


def project_nav():
    config = load_config(str(ROOT / "mkdocs.yml"))
    return config["nav"], config.plugins["i18n"].config


def scaled_nav(nav, scale):
    def prefixed(items, prefix):
        out = []
        for item in items:
            if isinstance(item, str):
                out.append(prefix + item)
            else:
                (title, value), = item.items()
                out.append({title: prefix + value if isinstance(value, str) else prefixed(value, prefix)})
        return out

    return nav + [{f"Copy {n}": prefixed(nav, f"copy-{n}/")} for n in range(1, scale)]


def make_docs(target: Path, scale: int):
    shutil.copytree(ROOT / "docs", target)
    for language in ("bs", "en"):
        pages = [p for p in (ROOT / "docs" / language).iterdir()]
        for n in range(1, scale):
            copy = target / language / f"copy-{n}"
            copy.mkdir()
            for path in pages:
                (shutil.copytree if path.is_dir() else shutil.copy2)(path, copy / path.name)
            for page in copy.rglob("*.md"):  # a copy is no template page: the downloads stay with the original
                page.write_text(page.read_text(encoding="utf-8").replace("<!-- downloads -->", ""), encoding="utf-8")


def bare_config(folder: Path, docs: Path, nav, i18n) -> Path:
    theme_dir = folder / "bare-theme" / "partials" / "languages"
    theme_dir.mkdir(parents=True)
    shutil.copy2(ROOT / "overrides" / "partials" / "languages" / "bs.html", theme_dir / "bs.html")
    languages = [
        {"locale": lang.locale, "name": lang.name, "default": lang.default, "build": True,
         **({"theme": {"language": lang.locale}} if not lang.default else {})}
        for lang in i18n.languages
    ]
    config = {
        "site_name": "Bare Material", "site_url": "http://127.0.0.1:8000/", "docs_dir": str(docs),
        "theme": {"name": "material", "language": "bs", "custom_dir": str(folder / "bare-theme")},
        "plugins": ["search", {"i18n": {"docs_structure": "folder", "reconfigure_material": True, "languages": languages}}],
        "markdown_extensions": BARE_EXTENSIONS, "nav": nav,
    }
    path = folder / "bare.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def full_config(folder: Path, docs: Path, nav) -> Path:
    hooks = load_config(str(ROOT / "mkdocs.yml"))["hooks"]
    path = folder / "full.yml"
    text = (f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\ntheme:\n  custom_dir: {ROOT / 'overrides'}\n"
            "hooks:\n" + "".join(f"  - {ROOT / 'hooks' / Path(h).name}\n" for h in hooks))
    path.write_text(text + yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def timed_build(config: Path, destination: Path, repeat: int, strict: bool) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    best = None
    for _ in range(repeat):
        shutil.rmtree(destination, ignore_errors=True)
        command = site_generator.build_command(destination, "-q", config=config)
        start = time.perf_counter()
        subprocess.run(command + (["--strict"] if strict else []), cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=int, default=10)
    arguments = parser.parse_args()
    nav, i18n = project_nav()
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for label, scale in (("handbook", 1), (f"synthetic, {arguments.scale}x larger", arguments.scale)):
            work = folder / f"scale-{scale}"
            work.mkdir()
            docs = work / "docs"
            make_docs(docs, scale)
            pages = len(list(docs.rglob("*.md")))
            site_nav = scaled_nav(nav, scale)
            full = timed_build(full_config(work, docs, site_nav), work / "site-full", arguments.repeat, strict=scale == 1)
            bare = timed_build(bare_config(work, docs, site_nav, i18n), work / "site-bare", arguments.repeat, strict=False)
            rows.append((label, pages, full, bare))
            print(f"measured {label}", file=sys.stderr)
    print("| site | pages | full build | bare Material | ratio |")
    print("| --- | --- | --- | --- | --- |")
    for label, pages, full, bare in rows:
        print(f"| {label} | {pages} | {full:.1f} s | {bare:.1f} s | {full / bare:.2f}x |")


if __name__ == "__main__":
    main()
