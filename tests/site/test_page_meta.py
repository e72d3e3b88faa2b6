"""Each page shows when it was last updated, in its own language, and an "edit this page" link to
its own file in its own language folder."""

import re

from helpers import built_pages, soup

BOSNIAN_MONTHS = "januar februar mart april maj juni juli august septembar oktobar novembar decembar".split()
ENGLISH_MONTHS = "January February March April May June July August September October November December".split()


def test_last_updated_date_is_in_the_page_language(built_site):
    for language, page, html in built_pages(built_site):
        date = soup(html).select_one(".git-revision-date-localized-plugin-date")
        assert date is not None, f"{language}/{page} shows no date"
        months = BOSNIAN_MONTHS if language == "bs" else ENGLISH_MONTHS
        assert any(month in date.get_text() for month in months), f"{language}/{page}: {date.get_text()}"


def test_edit_link_points_at_the_file_in_its_language_folder(built_site):
    for language, page, html in built_pages(built_site):
        link = soup(html).select_one("a.md-content__button[href*='/edit/']")
        assert link is not None, f"{language}/{page} has no edit link"
        assert re.search(rf"/edit/[^/]+/docs/{language}/{re.escape(page)}$", link["href"]), link["href"]
