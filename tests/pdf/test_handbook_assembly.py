"""How scripts/build_pdf.py turns the site's pages into one printable document, on small made-up
pages (no build, no PDF): links between pages become links inside the document, images and
templates are found in the site folder, tabs and collapsible boxes are opened for paper."""


import pytest
from bs4 import BeautifulSoup

from helpers import load_module

build_pdf = load_module("scripts/build_pdf.py")

TABS = (
    '<div class="tabbed-set tabbed-alternate"><input id="__tabbed_1_1" type="radio" checked>'
    '<input id="__tabbed_1_2" type="radio"><div class="tabbed-labels"><label for="__tabbed_1_1">Facebook</label>'
    '<label for="__tabbed_1_2">Instagram</label></div><div class="tabbed-content">'
    '<div class="tabbed-block"><p>Prvi.</p></div><div class="tabbed-block"><p>Drugi.</p></div></div></div>'
)


def page(url, title, content, index=False):
    return {"url": url, "title": title, "index": index, "content": content}


@pytest.fixture
def handbook(tmp_path):
    (tmp_path / "assets" / "images").mkdir(parents=True)
    (tmp_path / "assets" / "images" / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (tmp_path / "measuring").mkdir()
    (tmp_path / "measuring" / "sheet.csv").write_text("a;b\n")
    nav = [
        page("", "Početna", '<h1 id="pocetna">Početna</h1><p><a href="why/potential/#koristi">koristi</a></p>', index=True),
        {
            "section": "Zašto",
            "children": [
                page("why/", "Zašto", '<h1 id="zasto">Zašto</h1><p><a href="potential/">dalje</a></p>', index=True),
                page(
                    "why/potential/",
                    "Koristi",
                    '<h1 id="koristi">Koristi<a class="headerlink" href="#koristi">¶</a></h1>'
                    '<p><a href="#koristi">gore</a> <a href="https://example.org/izvor">izvor</a> '
                    '<a href="https://example.org/">https://example.org/</a></p>'
                    '<p><img src="../../assets/images/logo.svg" alt="logo"> '
                    '<a href="../../measuring/sheet.csv">obrazac</a></p>'
                    '<details class="tip"><summary>Više</summary><p>Skriveno.</p></details>' + TABS,
                ),
            ],
        },
        {"section": "Pojmovnik i izvori", "children": [page("reference/glossary/", "Pojmovnik", '<h1 id="pojmovnik">Pojmovnik</h1>')]},
    ]
    return {
        "language": "bs",
        "site_name": "Priručnik",
        "site_description": "Opis.",
        "site_url": "http://127.0.0.1:8000/",
        "copyright": "CC BY 4.0",
        "site_dir": str(tmp_path),
        "nav": nav,
    }


def assembled(handbook) -> BeautifulSoup:
    return BeautifulSoup(build_pdf.Assembler(handbook).document("1.0", build_pdf.STRINGS["bs"]), "html.parser")


def test_links_between_pages_become_links_inside_the_document(handbook):
    document = assembled(handbook)
    links = {a.get_text(): a["href"] for a in document.select("article a[href]")}
    assert links["koristi"] == "#why-potential--koristi"
    assert links["dalje"] == "#why-potential"
    assert links["gore"] == "#why-potential--koristi"
    assert document.select_one("#why-potential--koristi").name == "h1"
    assert document.select("a.headerlink") == []
    html = str(document)
    assert build_pdf.broken_internal_links(html) == []


def test_other_sites_get_their_address_printed_once(handbook):
    document = assembled(handbook)
    named = document.find("a", string="izvor")
    assert "external" in named["class"]
    assert named.find_next_sibling("span", class_="link-url").get_text() == "https://example.org/izvor"
    bare = document.find("a", string="https://example.org/")
    assert bare.find_next_sibling("span", class_="link-url") is None, "an address shown as the link text is not repeated"


def test_images_and_templates_are_taken_from_the_site_folder(handbook):
    document = assembled(handbook)
    image = document.select_one("article img[alt=logo]")
    assert image["src"] == "assets/images/logo.svg"
    template = document.find("a", string="obrazac")
    assert template["href"] == "measuring/sheet.csv" and template["rel"] == ["attachment"]


def test_tabs_and_collapsible_boxes_open_on_paper(handbook):
    document = assembled(handbook)
    assert document.select(".tabbed-set") == [] and document.select("article input") == []
    titles = [title.get_text() for title in document.select(".tabs-unfolded .tab-title")]
    assert titles == ["Facebook", "Instagram"]
    assert document.select_one(".tabs-unfolded").get_text(" ", strip=True).index("Drugi") > 0
    assert document.select_one("details").has_attr("open")


def test_chapters_follow_the_menu_with_cover_and_contents(handbook):
    document = assembled(handbook)
    assert document.select_one(".cover h1").get_text() == "Priručnik"
    assert "1.0" in document.select_one(".cover-edition").get_text()
    assert [c["data-chapter"] for c in document.select("section.chapter")] == ["Početna", "Zašto", "Pojmovnik i izvori"]
    # A section with an index page opens with it; one without gets a heading of its own.
    assert document.select_one('section[data-chapter="Zašto"] > article')["class"] == ["chapter-opener"]
    heading = document.select_one('section[data-chapter="Pojmovnik i izvori"] > h1.chapter-title')
    assert heading is not None
    contents = [a["href"] for a in document.select("nav.contents a")]
    assert contents == ["#home", "#why", "#why-potential", f"#{heading['id']}", "#reference-glossary"]


def test_a_link_to_nowhere_stops_the_build(handbook):
    handbook["nav"][0]["content"] += '<a href="../nowhere/">?</a>'
    with pytest.raises(SystemExit, match="nowhere"):
        assembled(handbook)


def test_a_page_left_out_of_the_handbook_is_linked_at_its_web_address(handbook):
    """The maintainers' pages are built but not printed: a link to one prints the site's address."""
    folder = build_pdf.Path(handbook["site_dir"]) / "contributing" / "performance"
    folder.mkdir(parents=True)
    (folder / "index.html").write_text("<h1>Brzina</h1>")
    handbook["nav"][0]["content"] += '<a href="contributing/performance/">brzina</a>'
    link = assembled(handbook).find("a", string="brzina")
    assert link["href"] == "http://127.0.0.1:8000/contributing/performance/"
    assert "external" in link["class"] and link.find_next_sibling("span")["class"] == ["link-url"]
