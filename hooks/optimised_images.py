"""Make every picture small and give every <img> its width and height.

Writers add screenshots and photos as they come from the phone or the camera: often several times
larger than needed, and with EXIF data (the camera, sometimes the place where the photo was taken).
In the built site, each PNG and JPEG is stored again with Pillow, without metadata and compressed
(PNG losslessly; JPEG at quality 85, progressive), and kept if it came out smaller or the original
carried metadata. Each <img> of a page without `width` and `height` gets the picture's own size, so
the browser reserves its space before it arrives and the text does not jump (Lighthouse's "layout
shift"); CSS still scales it.
"""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PIL import Image

IMG = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\ssrc="([^"]+)"')
SVG_SIZE = re.compile(r"<svg\b[^>]*>", re.S)
SVG_ATTRIBUTE = r'\s{}="([\d.]+)(?:px)?"'
VIEWBOX = re.compile(r'\sviewBox="[\d.\s-]*?([\d.]+)[\s,]+([\d.]+)"')


def image_size(path: Path):
    """(width, height) in CSS pixels, or None if it cannot be told."""
    if path.suffix.lower() == ".svg":
        tag = SVG_SIZE.search(path.read_text(encoding="utf-8", errors="replace"))
        if not tag:
            return None
        width, height = (re.search(SVG_ATTRIBUTE.format(name), tag.group(0)) for name in ("width", "height"))
        if width and height:
            return round(float(width.group(1))), round(float(height.group(1)))
        box = VIEWBOX.search(tag.group(0))
        return (round(float(box.group(1))), round(float(box.group(2)))) if box else None
    try:
        with Image.open(path) as picture:
            return picture.size
    except OSError:
        return None


def with_dimensions(output: str, page_dest: Path, site: Path) -> str:
    def add(match):
        tag = match.group(0)
        if " width=" in tag or " height=" in tag:
            return tag
        source = SRC.search(tag)
        if not source or urlsplit(source.group(1)).scheme or source.group(1).startswith("//"):
            return tag
        path = (page_dest.parent / unquote(urlsplit(source.group(1)).path)).resolve()
        if site not in path.parents or not path.is_file():
            return tag
        size = image_size(path)
        if not size:
            return tag
        return tag[:4] + f' width="{size[0]}" height="{size[1]}"' + tag[4:]

    return IMG.sub(add, output)


def on_post_page(output, page, config):
    site = Path(config.site_dir).resolve()
    return with_dimensions(output, site / page.file.dest_path, site)


# Files already done in this run, by path: (size, mtime) after optimising. The second language's
# build copies the shared pictures again (then they are new) or leaves them (then they are skipped).
_done = {}


def optimise(path: Path) -> None:
    stat = path.stat()
    if _done.get(path) == (stat.st_size, stat.st_mtime_ns):
        return
    original = stat.st_size
    temporary = path.with_name(path.name + ".optimised")
    with Image.open(path) as picture:
        if getattr(picture, "is_animated", False):
            return
        picture.load()
        # Metadata (EXIF with camera and place, PNG text) is always removed, even at no saving.
        metadata = bool(picture.info.get("exif") or picture.info.get("xmp") or getattr(picture, "text", None))
        if path.suffix.lower() == ".png":
            picture.save(temporary, format="PNG", optimize=True)
        else:
            picture = picture.convert("RGB") if picture.mode not in ("RGB", "L") else picture
            picture.save(temporary, format="JPEG", quality=85, optimize=True, progressive=True)
    if metadata or temporary.stat().st_size < original:
        temporary.replace(path)
    else:
        temporary.unlink()
    stat = path.stat()
    _done[path] = (stat.st_size, stat.st_mtime_ns)


def on_post_build(config):
    for path in Path(config.site_dir).rglob("*"):
        if path.suffix.lower() in (".png", ".jpg", ".jpeg") and path.is_file():
            optimise(path)
