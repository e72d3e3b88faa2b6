"""Images exist, are stored in the repository (not hot-linked from another site) and have alt text."""

from pathlib import Path
from posixpath import normpath

from .markdown_links import HTML_IMG, IMAGE, html_attributes, is_external
from .pages import Problem

ALT_HELP = ("describe what the image shows in the square brackets: ![Infografika o broju pratilaca po mjesecima](slika.png); "
            "for a purely decorative image ask a maintainer")
HOTLINK_HELP = "download the image (if its licence allows it), put it beside the page or in docs/assets/images/, and link to that file"


def check(pages, docs):
    problems = []
    for page in pages:
        if page.decode_error:
            continue
        for number, line in page.body_lines():
            found = [(m["alt"], m["src"]) for m in IMAGE.finditer(line)]
            found += [(html_attributes(tag).get("alt", ""), html_attributes(tag).get("src", "")) for tag in HTML_IMG.findall(line)]
            for alt, src in found:
                problems += check_image(page, number, alt, src)
    return problems


def check_image(page, number, alt, src):
    problems = []
    if not alt.strip():
        problems.append(Problem(page.path, number, f"the image '{src}' has no alt text", ALT_HELP))
    if is_external(src):
        problems.append(Problem(page.path, number, f"the image '{src}' is loaded from another site", HOTLINK_HELP))
    elif src and not Path(normpath((page.path.parent / src.split("#")[0]).as_posix())).is_file():
        problems.append(Problem(page.path, number, f"the image '{src}' does not exist",
                                "check the file name and path, and that the image was added to the pull request"))
    return problems
