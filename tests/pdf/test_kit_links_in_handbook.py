"""The printed handbook links the trainer's kit (decks, handouts) on the published site: its files
are too large to travel inside the PDF as attachments, as the small CSV templates do."""

from bs4 import BeautifulSoup

from helpers import load_module

build_pdf = load_module("scripts/build_pdf.py")


def test_kit_files_are_linked_on_the_site_not_attached(tmp_path):
    (tmp_path / "workshop" / "kit" / "slides").mkdir(parents=True)
    (tmp_path / "workshop" / "kit" / "slides" / "01-welcome.pptx").write_bytes(b"PK")
    kit_page = {"url": "workshop/trainer-kit/", "title": "Komplet", "index": False,
                "content": '<h1 id="komplet">Komplet</h1><p><a href="../kit/slides/01-welcome.pptx">PowerPoint</a></p>'}
    handbook = {"language": "bs", "site_url": "https://example.org/prirucnik/", "site_dir": str(tmp_path),
                "nav": [{"section": "Radionica", "children": [kit_page]}]}
    document = build_pdf.Assembler(handbook).rewrite_page(kit_page)
    link = document.find("a", string="PowerPoint")
    assert link["href"] == "https://example.org/prirucnik/workshop/kit/slides/01-welcome.pptx"
    assert link.get("rel") != "attachment" and "external" in link["class"]
    assert BeautifulSoup(str(document), "html.parser").find("span", class_="link-url").string == link["href"]
