"""The trainer's kit in the offline copy (`make offline`): every HTML deck and handout opens from disk
with no request leaving file:// and no script error; decks move with the keyboard and open the
presenter view with the trainer's notes; their links lead to pages of the copy. PowerPoint files stay
out of the zip (too large) and their links lead to the published site."""

import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import OFFLINE_VERSION
from helpers import LANGUAGES, page_url
from kit_sources import notes, outputs, slides

LOCAL = ("file:", "data:", "blob:", "about:")
SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default; the tests build without SITE_URL


def in_copy(unzipped: Path, output) -> Path:
    prefix = "" if output.language == "bs" else f"{output.language}/"
    return unzipped / prefix / output.site_path


def test_the_zip_carries_decks_handouts_and_questionnaire_but_no_powerpoint(offline_zip, unzipped):
    with zipfile.ZipFile(offline_zip) as archive:
        names = set(archive.namelist())
    for output in outputs():
        name = in_copy(unzipped, output).relative_to(unzipped.parent).as_posix()
        if output.format == "pptx":
            assert name not in names, f"{name} is in the zip"
        else:
            assert name in names, f"{name} is missing from the zip"
            assert (unzipped.parent / name).stat().st_size > 2_000, f"{name} is a placeholder, not the built file"


@pytest.mark.parametrize("language", LANGUAGES)
def test_powerpoint_links_in_the_copy_lead_to_the_published_site(unzipped, language):
    page = unzipped / page_url(language, "workshop/trainer-kit.md", directory_urls=False)
    links = [a["href"] for a in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all("a", href=True)]
    pptx = [href for href in links if href.endswith(".pptx")]
    prefix = "" if language == "bs" else f"{language}/"
    assert pptx and all(href.startswith(f"{SITE_URL}{prefix}workshop/kit/slides/") for href in pptx), pptx[:3]


@pytest.mark.parametrize("language", LANGUAGES)
def test_kit_pages_link_to_pages_of_the_copy(unzipped, language):
    for output in outputs(language=language):
        if output.format != "html":
            continue
        path = in_copy(unzipped, output)
        hrefs = [a["href"] for a in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find_all("a", href=True)]
        assert not [h for h in hrefs if h.startswith("handbook:")], f"{output.site_path}: unresolved handbook links"
        local = [h for h in hrefs if not urlsplit(h).scheme and not h.startswith("#")]
        assert local, f"{output.site_path}: no links to the handbook"
        for href in local:
            target = (path.parent / unquote(urlsplit(href).path)).resolve()
            assert target.is_file() and target.suffix == ".html", f"{output.site_path}: {href} is not a page of the copy"


@pytest.fixture
def cut_off(browser):
    """A browser context in which every request that leaves file:// is blocked and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    context.blocked, context.problems = [], []

    def block(route):
        context.blocked.append(route.request.url)
        route.abort("internetdisconnected")

    context.route(re.compile(r"^(?!file:|data:|blob:|about:)"), block)
    context.on("request", lambda request: None if request.url.startswith(LOCAL) else context.blocked.append(request.url))
    context.on("console", lambda message: message.type == "error" and context.problems.append(message.text))
    context.on("weberror", lambda error: context.problems.append(str(error.error)))
    yield context
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_decks_and_handouts_open_from_disk_with_no_request(unzipped, cut_off, language):
    page = cut_off.new_page()
    for output in outputs(language=language):
        if output.format != "html":
            continue
        page.goto(in_copy(unzipped, output).as_uri())
        page.wait_for_load_state("load")
        assert page.locator("html").get_attribute("lang") == language
        if output.kind == "slides":
            assert page.locator("svg > foreignObject > section").count() == len(slides(output.source)), output.name
    assert cut_off.blocked == []
    assert cut_off.problems == []


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_moves_through_a_deck(unzipped, cut_off, language):
    deck = next(o for o in outputs("slides", language) if o.format == "html" and o.stem.startswith("02-"))
    total = len(slides(deck.source))
    page = cut_off.new_page()
    page.goto(in_copy(unzipped, deck).as_uri())
    page.wait_for_load_state("load")
    for key, slide in (("ArrowRight", 2), ("ArrowRight", 3), ("ArrowLeft", 2), ("End", total), ("Home", 1)):
        page.keyboard.press(key)
        page.wait_for_function(f"location.hash === '#{slide}'", timeout=5_000)
    assert cut_off.blocked == [] and cut_off.problems == []


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_presenter_view_shows_the_notes_and_follows_the_deck(unzipped, cut_off, language):
    deck = next(o for o in outputs("slides", language) if o.format == "html" and o.stem.startswith("02-"))
    first_note = " ".join(notes(slides(deck.source)[0])[0].split())
    page = cut_off.new_page()
    page.goto(in_copy(unzipped, deck).as_uri())
    page.wait_for_load_state("load")
    with cut_off.expect_page() as opened:
        page.keyboard.press("p")
    presenter = opened.value
    presenter.wait_for_load_state("load")
    assert "view=presenter" in presenter.url
    shown = " ".join(presenter.locator(".bespoke-marp-presenter-note-container .bespoke-marp-note.active").inner_text().split())
    assert shown == first_note
    page.keyboard.press("ArrowRight")
    presenter.wait_for_function("location.hash === '#2'", timeout=5_000)
    assert cut_off.blocked == [] and cut_off.problems == []
