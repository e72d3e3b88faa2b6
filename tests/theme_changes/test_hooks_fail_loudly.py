"""The hooks that patch Material's script, styles and markup stop the build, with a message that names
the hook, what it no longer finds and what to do, when they are fed theme output that has changed.
Each hook first gets Material's own files (the installed mkdocs-material: it must still work on them),
then the same files with the piece it relies on changed. One real build with a changed theme script
shows what a maintainer sees: the build stops, with the message and no Python traceback."""

import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import material
import pytest
from mkdocs.exceptions import PluginError

import site_generator
from conftest import ROOT, write_fixture_project
from helpers import load_module

THEME = Path(material.__file__).parent / "templates"
(PRISTINE_SCRIPT,) = (THEME / "assets" / "javascripts").glob("bundle.*.min.js")
(PRISTINE_WORKER,) = (THEME / "assets" / "javascripts" / "workers").glob("search.*.min.js")
STYLESHEETS = THEME / "assets" / "stylesheets"


def raises_theme_changed(hook: str):
    """The error every such hook raises: its name, the cause, what to do, the maintainers' page."""
    return pytest.raises(PluginError, match=rf"(?s)^hooks/{re.escape(hook)}: .*Material's output changed.*How to fix: .*dependencies\.md")


def config_for(site: Path, offline: bool = False, languages=("bs", "en")):
    """Just enough of MkDocs' config for the hooks: the site folder, the i18n languages, the offline plugin."""
    i18n = SimpleNamespace(building=False, config=SimpleNamespace(languages=[
        SimpleNamespace(locale=code, default=code == "bs", link="/" if code == "bs" else f"/{code}/", build=True)
        for code in languages
    ]))
    offline_plugin = SimpleNamespace(config=SimpleNamespace(enabled=offline))
    return SimpleNamespace(site_dir=str(site), plugins={"i18n": i18n, "material/offline": offline_plugin}, extra={})


def site_with(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


# --- Material's script -----------------------------------------------------------------------------

SCRIPT_PATCHES = [
    # (hook, function that patches the script text, a piece of Material's script the hook needs)
    ("lazy_search.py", lambda m, s: m.patch(s, "bundle.js"), 'location.protocol!=="file:"'),
    ("lazy_search.py", lambda m, s: m.patch(s, "bundle.js"), "=new Worker("),
    ("table_scroll_boxes.py", lambda m, s: m.narrow_selector(s, "bundle.js"), '"table:not([class])"'),
    ("no_alternate_sitemap_fetch.py", lambda m, s: m.narrow_selector(s, "bundle.js"), 'M("link[rel=alternate]")'),
]


@pytest.mark.parametrize("hook, apply, needed", SCRIPT_PATCHES, ids=[f"{h}:{n}" for h, _, n in SCRIPT_PATCHES])
def test_a_changed_theme_script_stops_the_build(hook, apply, needed):
    module = load_module(f"hooks/{hook}")
    script = PRISTINE_SCRIPT.read_text(encoding="utf-8")
    assert script.count(needed) == 1, f"Material's script no longer has {needed}: the hook's test needs updating"
    assert apply(module, script) != script, "the hook must still patch Material's own script"
    changed = script.replace(needed, needed.replace("e", "E", 1).replace("(", "( ", 1))
    with raises_theme_changed(hook):
        apply(module, changed)


@pytest.mark.parametrize("hook", ["lazy_search.py", "table_scroll_boxes.py", "no_alternate_sitemap_fetch.py"])
def test_a_renamed_theme_script_stops_the_build(hook, tmp_path):
    site = site_with(tmp_path, {"assets/javascripts/app.1234.min.js": PRISTINE_SCRIPT.read_text(encoding="utf-8")})
    with raises_theme_changed(hook):
        load_module(f"hooks/{hook}").on_post_build(config_for(site))


def test_a_page_without_the_theme_script_tag_stops_the_build():
    module = load_module("hooks/theme_script_on_first_use.py")
    page = '<script src="assets/javascripts/bundle.0123abcd.min.js"></script>'
    assert "theme-script-on-first-use.js" in module.defer_theme_script(page, "index.md")
    with raises_theme_changed("theme_script_on_first_use.py"):
        module.defer_theme_script(page.replace("<script src", "<script type=module src"), "index.md")


# --- Material's styles -----------------------------------------------------------------------------


def stylesheets_site(tmp_path: Path) -> Path:
    site = site_with(tmp_path, {"index.html": '<p class="md-typeset">text</p>'})
    target = site / "assets" / "stylesheets"
    for sheet in STYLESHEETS.glob("*.min.css"):
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(sheet, target / sheet.name)
    return site


def test_material_stylesheets_are_pruned_as_they_are(tmp_path):
    site = stylesheets_site(tmp_path)
    (main,) = (site / "assets" / "stylesheets").glob("main.*.min.css")
    before = main.stat().st_size
    load_module("hooks/unused_theme_css.py").on_post_build(config_for(site))
    assert 0 < main.stat().st_size < before


@pytest.mark.parametrize("pattern", ["main.*.min.css", "palette.*.min.css"])
def test_a_renamed_theme_stylesheet_stops_the_build(tmp_path, pattern):
    site = stylesheets_site(tmp_path)
    (sheet,) = (site / "assets" / "stylesheets").glob(pattern)
    sheet.rename(sheet.with_name("theme.css"))
    with raises_theme_changed("unused_theme_css.py"):
        load_module("hooks/unused_theme_css.py").on_post_build(config_for(site))


@pytest.mark.parametrize("unreadable", [".md-typeset{color red}", ".md-typeset{color:red}!"], ids=["declaration", "rule"])
def test_theme_css_the_parser_cannot_read_stops_the_build(tmp_path, unreadable):
    """A rule or declaration tinycss2 cannot read would otherwise be dropped without a word."""
    site = stylesheets_site(tmp_path)
    (main,) = (site / "assets" / "stylesheets").glob("main.*.min.css")
    main.write_text(main.read_text(encoding="utf-8") + unreadable, encoding="utf-8")
    with raises_theme_changed("unused_theme_css.py"):
        load_module("hooks/unused_theme_css.py").on_post_build(config_for(site))


# --- Material's search -----------------------------------------------------------------------------

INDEX = '{"config":{"lang":["en"],"separator":"x","pipeline":[]},"docs":[{"location":"","title":"Početna","text":""},{"location":"en/","title":"Home","text":""}]}'


def search_site(tmp_path: Path, worker: str) -> Path:
    return site_with(tmp_path, {"search/search_index.json": INDEX, "assets/javascripts/workers/search.abcd.min.js": worker})


def test_the_search_is_split_with_material_worker(tmp_path):
    site = search_site(tmp_path, PRISTINE_WORKER.read_text(encoding="utf-8"))
    load_module("hooks/search_per_language.py").on_post_build(config_for(site))
    assert (site / "en" / "search" / "search_index.json").is_file()
    assert (site / "assets" / "javascripts" / "lunr" / "min" / "lunr.bs.min.js").is_file()


def test_a_worker_that_loads_languages_elsewhere_stops_the_build(tmp_path):
    worker = PRISTINE_WORKER.read_text(encoding="utf-8")
    assert worker.count("/min/lunr.${") == 1, "Material's worker changed: update this test with the hook"
    site = search_site(tmp_path, worker.replace("/min/lunr.${", "/languages/lunr.${"))
    with raises_theme_changed("search_per_language.py"):
        load_module("hooks/search_per_language.py").on_post_build(config_for(site))


def test_a_missing_search_index_stops_the_build(tmp_path):
    site = search_site(tmp_path, PRISTINE_WORKER.read_text(encoding="utf-8"))
    (site / "search" / "search_index.json").rename(site / "search" / "index.json")
    with raises_theme_changed("search_per_language.py"):
        load_module("hooks/search_per_language.py").on_post_build(config_for(site))


def test_a_page_config_without_base_stops_the_build(tmp_path):
    page = SimpleNamespace(url="en/why/", file=SimpleNamespace(src_uri="en/why/index.md"))
    html = '<script id="__config" type="application/json">{"base": "../..", "search": "x"}</script>'
    module = load_module("hooks/search_per_language.py")
    assert '"base": "../"' in module.on_post_page(html, page, config_for(tmp_path))
    with raises_theme_changed("search_per_language.py"):
        module.on_post_page(html.replace('"base"', '"root"'), page, config_for(tmp_path))


# --- The offline copy ------------------------------------------------------------------------------

CDN_SHIM = "https://unpkg.com/iframe-worker/shim"  # what Material's offline plugin lists in extra.polyfills


def test_the_offline_shim_replaces_the_cdn_address():
    module = load_module("hooks/offline_search_shim.py")
    assert module.local_polyfills([CDN_SHIM]) == [module.SHIM]


@pytest.mark.parametrize("polyfills", [[], ["https://cdn.example.org/other.js", CDN_SHIM]], ids=["shim gone", "another CDN"])
def test_changed_offline_polyfills_stop_the_build(polyfills):
    with raises_theme_changed("offline_search_shim.py"):
        load_module("hooks/offline_search_shim.py").local_polyfills(polyfills)


def test_an_offline_page_without_the_local_shim_stops_the_build(tmp_path):
    module = load_module("hooks/offline_search_shim.py")
    page = SimpleNamespace(file=SimpleNamespace(src_uri="bs/index.md"))
    loaded = f'<script src="{module.SHIM}"></script>'
    assert module.on_post_page(loaded, page, config_for(tmp_path, offline=True)) == loaded
    with raises_theme_changed("offline_search_shim.py"):
        module.on_post_page("<head></head>", page, config_for(tmp_path, offline=True))


# --- Material's page markup ------------------------------------------------------------------------

HEADER = (
    '<html lang="en"><a href="." class="md-header__button md-logo" aria-label="Handbook">\n  <img src="logo.svg" alt="logo"></a>'
    '<label class="md-header__button md-icon" for="__drawer"></label>'
    '<label class="md-header__button md-icon" for="__search"></label>'
    '<div class="md-search" data-md-component="search" role="dialog">'
)


@pytest.mark.parametrize("changed", [
    ('for="__search"', 'for="__find"'),
    ('role="dialog"', 'role="search"'),
    ('alt="logo"', 'alt="Logo"'),
], ids=["search label", "search dialog", "logo"])
def test_changed_header_markup_stops_the_build(changed):
    module = load_module("hooks/accessible_controls.py")
    assert 'tabindex="0"><span class="visually-hidden">Open the search</span>' in module.make_accessible(HEADER, "index.md")
    with raises_theme_changed("accessible_controls.py"):
        module.make_accessible(HEADER.replace(*changed), "index.md")


def test_a_page_without_the_language_switcher_or_alternates_stops_the_build(tmp_path):
    page = SimpleNamespace(url="why/", file=SimpleNamespace(src_uri="bs/why/index.md"), canonical_url=None)
    config = config_for(tmp_path)
    config.site_url = "https://example.org/"
    with raises_theme_changed("language_switcher.py"):
        load_module("hooks/language_switcher.py").on_post_page("<body></body>", page, config)
    with raises_theme_changed("hreflang_alternates.py"):
        load_module("hooks/hreflang_alternates.py").on_post_page("<head></head>", page, config)
    # A site built in one language (the printed handbook's builds) has neither, and that is fine.
    single = config_for(tmp_path, languages=("bs",))
    single.site_url = "https://example.org/"
    assert load_module("hooks/language_switcher.py").on_post_page("<body></body>", page, single) == "<body></body>"


# --- What a maintainer sees ------------------------------------------------------------------------


def test_a_build_with_a_changed_theme_script_stops_with_the_hooks_message(tmp_path):
    """A real build in which Material's script no longer has the selector hooks/table_scroll_boxes.py
    narrows: the theme's folder is overridden (custom_dir) with that changed script."""
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    script = PRISTINE_SCRIPT.read_text(encoding="utf-8").replace('"table:not([class])"', '"table:not([class]):not(.x)"')
    (overrides / "assets" / "javascripts").mkdir(parents=True, exist_ok=True)
    (overrides / "assets" / "javascripts" / PRISTINE_SCRIPT.name).write_text(script, encoding="utf-8")
    page = "---\ntitle: T\ndescription: D\ntype: reference\n---\n\n# T\n\nText.\n"
    config = write_fixture_project(tmp_path, {"bs/index.md": page, "en/index.md": page})
    config.write_text(config.read_text(encoding="utf-8").replace(str(ROOT / "overrides"), str(overrides)), encoding="utf-8")
    result = subprocess.run(site_generator.build_command(tmp_path / "site", "--strict", config=config),
                            cwd=ROOT, env=site_generator.environment(), capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "hooks/table_scroll_boxes.py:" in output and "How to fix:" in output and "dependencies.md" in output, output
    assert "Traceback" not in output, output
