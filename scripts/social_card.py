"""Draw the picture shown when a link to the handbook is shared (docs/assets/images/social-card.png).

Run it again only if the handbook's name or colours change: `.venv/bin/python scripts/social_card.py`.
It lays out the two titles with the site's colours and the system fonts in headless Chromium, takes
a 1200x630 screenshot (the Open Graph size), and stores it as a small indexed-colour PNG.
"""

import io
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM_ARGS, find_chromium  # noqa: E402

TARGET = ROOT / "docs" / "assets" / "images" / "social-card.png"
LOGO = (ROOT / "docs" / "assets" / "images" / "logo.svg").read_text(encoding="utf-8")
CARD = f"""<!doctype html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; width: 1200px; height: 630px; background: #1a4f7a; color: #fff;
  font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }}
main {{ box-sizing: border-box; height: 100%; padding: 80px 90px; display: flex; flex-direction: column;
  justify-content: center; gap: 28px; }}
svg {{ width: 110px; height: 110px; color: #fff; }}
h1 {{ margin: 0; font-size: 64px; line-height: 1.15; }}
p {{ margin: 0; font-size: 40px; opacity: .9; }}
</style></head><body><main>{LOGO}<h1 lang="bs">Društveni mediji u javnoj upravi</h1>
<p lang="en">Social Media in Public Administration</p></main></body></html>"""


def main():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        page.set_content(CARD)
        png = page.screenshot()
        browser.close()
    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=64)
    image.save(TARGET, optimize=True)
    print(f"{TARGET.relative_to(ROOT)}: {image.size[0]}x{image.size[1]}, {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
