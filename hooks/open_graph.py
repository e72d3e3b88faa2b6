"""Add Open Graph tags, so a link shared in a chat or on a social network shows a proper preview.

Title and description come from the page (its front matter `description`, the same text as the
meta description), the image is one static picture in the site (assets/images/social-card.png,
1200x630), and the addresses are absolute, from `site_url`. Material's social-card plugin is not
used: it needs the network and Cairo at build time.
"""

from html import escape
from urllib.parse import urljoin

from _languages import page_language

IMAGE = "assets/images/social-card.png"
IMAGE_SIZE = (1200, 630)
LOCALES = {"bs": "bs_BA", "en": "en_GB"}
IMAGE_ALT = {
    "bs": "Društveni mediji u javnoj upravi: priručnik za državne službenike",
    "en": "Social Media in Public Administration: a handbook for civil servants",
}


def tags(page, config) -> str:
    site_url = config.site_url if config.site_url.endswith("/") else config.site_url + "/"
    language = page_language(page)
    home = page.file.src_uri == f"{language}/index.md"
    title = config.site_name if home else f"{page.title} - {config.site_name}"
    description = page.meta.get("description") or config.site_description or ""
    properties = [
        ("og:type", "website" if home else "article"),
        ("og:site_name", config.site_name),
        ("og:title", title),
        ("og:description", description),
        ("og:url", page.canonical_url or urljoin(site_url, page.url)),
        ("og:locale", LOCALES.get(language, language)),
        *[("og:locale:alternate", locale) for other, locale in LOCALES.items() if other != language],
        ("og:image", urljoin(site_url, IMAGE)),
        ("og:image:width", str(IMAGE_SIZE[0])),
        ("og:image:height", str(IMAGE_SIZE[1])),
        ("og:image:alt", IMAGE_ALT.get(language, "")),
    ]
    lines = [f'<meta property="{name}" content="{escape(value)}">' for name, value in properties]
    lines.append('<meta name="twitter:card" content="summary_large_image">')
    return "\n    ".join(lines)


def on_post_page(output, page, config):
    if not config.site_url or "</head>" not in output:
        return output
    return output.replace("</head>", f"  {tags(page, config)}\n  </head>", 1)
