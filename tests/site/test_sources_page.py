"""The Sources page lists every source the site cites, in each language."""

import re

from helpers import DOCS, LANGUAGES, soup

CITED = re.compile(r"\]\((https?://[^)\s]+)\)")
CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]*`", re.S | re.M)  # examples in code are not citations
PROJECT = "github.com/drustveni-mediji-bih/"  # links to the project's own repository are not sources


def test_every_cited_address_is_on_the_sources_page(built_site):
    for language in LANGUAGES:
        cited = {url for path in (DOCS / language).rglob("*.md") for url in CITED.findall(CODE.sub("", path.read_text(encoding="utf-8")))}
        cited = {url for url in cited if PROJECT not in url}
        page = built_site / ("" if language == "bs" else "en") / "reference" / "sources" / "index.html"
        listed = [a["href"] for a in soup(page).select("article li a[href^='http']")]
        assert len(cited) > 100, f"{language}: only {len(cited)} cited addresses found"
        assert sorted(cited - set(listed)) == [], f"{language}: cited but not on the sources page"
        items = soup(page).select("article h2 ~ ul > li")
        assert str(len(items)) in soup(page).select_one("article").get_text(), "the count shown is not the count listed"
