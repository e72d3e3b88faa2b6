"""Pictures are made small at build time, lose their metadata, and every <img> has its size."""

import io

from PIL import Image

from conftest import build_site, write_fixture_project
from helpers import built_pages, soup

FRONT = "---\ntitle: {t}\ndescription: Opis.\n---\n\n# {t}\n\n"


def noisy_photo() -> bytes:
    """A camera-like JPEG: high quality, with EXIF (the camera model) attached."""
    picture = Image.effect_noise((800, 600), 40).convert("RGB")
    exif = Image.Exif()
    exif[0x0110] = "Camera model that must not be published"
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=100, exif=exif.tobytes())
    return buffer.getvalue()


def plain_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), "#1a4f7a").save(buffer, format="PNG", compress_level=0)
    return buffer.getvalue()


def test_pictures_are_optimised_and_sized(tmp_path):
    pages = {
        "bs/index.md": FRONT.format(t="Početna") + "![Fotografija s radionice](photo.jpg)\n\n![Grafikon](chart.png)\n",
        "en/index.md": FRONT.format(t="Home") + "![Photo from the workshop](photo.jpg)\n\n![Chart](chart.png)\n",
    }
    config = write_fixture_project(tmp_path, pages)
    for language in ("bs", "en"):
        (tmp_path / "docs" / language / "photo.jpg").write_bytes(noisy_photo())
        (tmp_path / "docs" / language / "chart.png").write_bytes(plain_png())
    site = build_site(tmp_path / "site", config=config)

    for folder in (site, site / "en"):
        source = tmp_path / "docs" / ("bs" if folder == site else "en")
        for name in ("photo.jpg", "chart.png"):
            assert (folder / name).stat().st_size < (source / name).stat().st_size, f"{folder / name} not smaller"
        with Image.open(folder / "photo.jpg") as photo:
            assert not photo.getexif(), "EXIF data left in the published photo"
        images = {img["src"]: img for img in soup(folder / "index.html").select("article img")}
        assert (images["photo.jpg"]["width"], images["photo.jpg"]["height"]) == ("800", "600")
        assert (images["chart.png"]["width"], images["chart.png"]["height"]) == ("640", "360")


def test_every_image_of_the_site_has_its_size(built_site):
    missing = []
    for language, page, html in built_pages(built_site):
        missing += [f"{language}/{page}: {img.get('src')}" for img in soup(html).find_all("img") if not (img.get("width") and img.get("height"))]
    assert missing == []
