"""Every generated spreadsheet, opened with a library: Excel files with openpyxl, LibreOffice Calc files
as OpenDocument XML. Real columns under a frozen header row, drop-down lists with the values the page
gives, the formulas of what the page calculates, A4 print settings with the header row repeated."""

import re

import openpyxl
import pytest

from template_files import ODF, WORKBOOK_SLUGS, files, odf_part, odf_text, variants_of  # noqa: F401 (fixtures)
from downloads.cyrillic import to_cyrillic
from downloads.source import read_page, split_cells
from downloads.workbooks import BLANK_ROWS

LANGUAGE = {"bs-latn": "bs", "bs-cyrl": "bs", "en": "en"}
# The widest sheets print landscape (scripts/downloads/workbook.py: LANDSCAPE_FROM characters).
LANDSCAPE_FROM = 110


def in_script(text: str, variant: str) -> str:
    return to_cyrillic(text) if variant == "bs-cyrl" else text


def header_row(sheet) -> int:
    """The table's header: the row the frozen panes start under."""
    return int(re.sub(r"[A-Z]+", "", sheet.freeze_panes)) - 1


def list_validations(sheet) -> dict:
    """{column letter: [choices]} of the sheet's drop-down lists."""
    found = {}
    for validation in sheet.data_validations.dataValidation:
        if validation.type == "list":
            choices = validation.formula1.strip('"').split(",")
            for cell_range in str(validation.sqref).split():
                found[re.match(r"[A-Z]+", cell_range)[0]] = choices
    return found


def column_of(sheet, header: str) -> str:
    row = header_row(sheet)
    for cell in sheet[row]:
        if cell.value == header:
            return cell.column_letter
    raise AssertionError(f"no column {header!r} in {sheet.title}: {[c.value for c in sheet[row]]}")


def row_of(sheet, name: str) -> int:
    for row in range(header_row(sheet) + 1, sheet.max_row + 1):
        if sheet.cell(row, 1).value == name:
            return row
    raise AssertionError(f"no row {name!r} in {sheet.title}")


def page_row(language: str, page: str, first_cell: str) -> list[str]:
    """The cells of the row of a page's table that starts with `first_cell`."""
    source = read_page(language, page)
    for line in source.lines:
        if line.startswith(f"| {first_cell} |"):
            return split_cells(line)
    raise AssertionError(f"{page}: no table row {first_cell!r}")


def bracket_list(cell: str) -> list[str]:
    items = re.match(r"\[([^\]]+)\]", cell)[1]
    return [item.strip()[:1].upper() + item.strip()[1:] for item in re.split(r",|/", items)]


@pytest.mark.parametrize("slug,variant,kind", variants_of(WORKBOOK_SLUGS, ["xlsx"]))
def test_excel_sheets_have_real_columns_a_frozen_header_and_print_settings(files, slug, variant, kind):
    book = openpyxl.load_workbook(files / f"{slug}-{variant}.xlsx")
    assert book.properties.language == {"bs-latn": "bs-Latn-BA", "bs-cyrl": "bs-Cyrl-BA", "en": "en-GB"}[variant]
    institution = in_script("[NAZIV INSTITUCIJE]", variant) if variant != "en" else "[NAME OF INSTITUTION]"
    for sheet in book.worksheets:
        assert sheet.freeze_panes, f"{sheet.title}: no frozen header"
        row = header_row(sheet)
        headers = [cell for cell in sheet[row] if cell.value]
        assert len(headers) >= 2 and all(cell.font.bold and cell.fill.fgColor.rgb.endswith("DCE6F0") for cell in headers)
        assert sheet.auto_filter.ref.startswith(f"A{row}:")
        assert sheet.print_title_rows == f"${row}:${row}", "the header row repeats on every printed page"
        setup = sheet.page_setup
        assert int(setup.paperSize) == 9 and setup.fitToWidth == 1 and setup.fitToHeight == 0  # 9: A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        width = sum(sheet.column_dimensions[cell.column_letter].width for cell in headers)
        assert setup.orientation == ("landscape" if width > LANDSCAPE_FROM else "portrait"), (sheet.title, width)
        assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
        if sheet is book.worksheets[0]:  # the first sheet is the form; a later one may be an example
            fields = [sheet.cell(r, c).value for r in range(2, row) for c in range(1, 6)]
            assert institution in fields, f"{sheet.title}: the institution's field"
            assert sum(isinstance(v, str) and bool(re.fullmatch(r"\[[^\]]+\]", v)) for v in fields) >= 3


@pytest.mark.parametrize("variant", ["bs-latn", "bs-cyrl", "en"])
def test_content_calendar_drop_downs_come_from_the_page(files, variant):
    language = LANGUAGE[variant]
    book = openpyxl.load_workbook(files / f"content-calendar-{variant}.xlsx")
    plan = book.worksheets[0]
    found = list_validations(plan)
    for name in (("Platforma", "Format", "Status") if language == "bs" else ("Platform", "Format", "Status")):
        row = page_row(language, "content/content-calendar.md", name)
        column = column_of(plan, in_script(name, variant))
        assert found[column] == [in_script(choice, variant) for choice in bracket_list(row[1])], name
    status = column_of(plan, in_script("Status", variant))
    assert f"{status}{header_row(plan) + BLANK_ROWS}" in str([v.sqref for v in plan.data_validations.dataValidation]), \
        "the drop-down reaches the plan's last row"
    example = book.worksheets[1]
    assert example.max_row - header_row(example) == 10, "the ten example rows of the CSV"


@pytest.mark.parametrize("variant", ["bs-latn", "bs-cyrl", "en"])
def test_evaluation_sheet_calculates_totals_change_and_engagement_rate(files, variant):
    language = LANGUAGE[variant]
    words = {"bs": ("Angažmani", "Doseg", "Stopa angažmana (%)", "Broj objava", "Ukupno", "Promjena",
                    "Prethodni mjesec", "Ostvareno?"),
             "en": ("Engagements", "Reach", "Engagement rate (%)", "Number of posts", "Total", "Change",
                    "Previous month", "Achieved?")}[language]
    engagements, reach, rate, posts, total, change, previous, achieved = [in_script(w, variant) for w in words]
    book = openpyxl.load_workbook(files / f"evaluation-sheet-{variant}.xlsx")
    monthly = book.worksheets[0]
    total_column, change_column = column_of(monthly, total), column_of(monthly, change)
    previous_column = column_of(monthly, previous)
    top, bottom, rate_row = row_of(monthly, engagements), row_of(monthly, reach), row_of(monthly, rate)
    for letter in ("E", "F", "G", total_column):
        formula = monthly[f"{letter}{rate_row}"].value
        assert formula.startswith("=") and f"{letter}{top}/{letter}{bottom}*100" in formula, formula
    posts_row = row_of(monthly, posts)
    assert f"SUM(E{posts_row}:G{posts_row})" in monthly[f"{total_column}{posts_row}"].value
    assert f"{total_column}{posts_row}-{previous_column}{posts_row}" in monthly[f"{change_column}{posts_row}"].value
    percent_rows = [r for r in range(header_row(monthly) + 1, monthly.max_row + 1)
                    if "(%)" in str(monthly.cell(r, 1).value) and r != rate_row]
    assert percent_rows and all(monthly[f"{total_column}{r}"].value is None for r in percent_rows), \
        "shares (%) are not added up across platforms"
    campaign = book.worksheets[1]
    choices = list_validations(campaign)[column_of(campaign, achieved)]
    expected = "[da/djelimično/ne]" if language == "bs" else "[yes/partly/no]"
    assert choices == [in_script(choice, variant) for choice in bracket_list(expected)]


@pytest.mark.parametrize("variant", ["bs-latn", "bs-cyrl", "en"])
def test_access_register_lists_two_factor_methods_and_stays_confidential(files, variant):
    language = LANGUAGE[variant]
    book = openpyxl.load_workbook(files / f"access-register-{variant}.xlsx")
    sheet = book.worksheets[0]
    source = read_page(language, "strategy/account-security.md")
    line = next(text for _, text in source.paragraphs("access-register")
                if text.startswith("**Metoda dvofaktorske" if language == "bs" else "**Two-factor method"))
    label, listed = re.match(r"\*\*(.+?):\*\*\s*(.+?)\s*\(", line).groups()
    expected = [item.strip() for item in re.split(r",|\s(?:ili|or)\s", listed) if item.strip()]
    expected = [in_script(item[:1].upper() + item[1:], variant) for item in expected]
    assert list_validations(sheet)[column_of(sheet, in_script(label, variant))] == expected
    notes = [sheet.cell(r, 1).value for r in range(2, header_row(sheet))]
    confidential = in_script("povjerljiv", variant) if language == "bs" else "confidential"
    assert any(confidential in str(note) for note in notes), "the page's confidentiality note"


@pytest.mark.parametrize("variant", ["bs-latn", "bs-cyrl", "en"])
def test_self_assessment_counts_points_and_says_what_they_mean(files, variant):
    language = LANGUAGE[variant]
    book = openpyxl.load_workbook(files / f"self-assessment-scoring-{variant}.xlsx")
    statements, summary = book.worksheets
    answers = list_validations(statements)["C"]
    assert answers == [in_script("Da", variant), in_script("Ne", variant)] if language == "bs" else ["Yes", "No"]
    source = read_page(language, "workshop/self-assessment.md")
    areas = [source.sections[s].title for s in source.sections
             if source.sections[s].level == 3 and source.sections["checklist"].start < source.sections[s].start
             < source.sections["checklist"].end]
    assert len(areas) == 8
    first = header_row(statements) + 1
    for index, area in enumerate(areas):
        row = row_of(summary, in_script(area, variant))
        formula = summary[f"B{row}"].value
        match = re.search(r"COUNTIF\('(.+?)'!C(\d+):C(\d+),\"(.+?)\"\)", formula)
        assert match and match[1] == statements.title and match[4] == answers[0], formula
        start, end = int(match[2]), int(match[3])
        assert (start, end) == (first + 5 * index, first + 5 * index + 4), "the area's five statements"
        assert statements[f"A{start}"].value == in_script(area, variant)
        meaning = summary[f"C{row}"].value
        assert f"B{row}<=2" in meaning and f"B{row}<=4" in meaning and f"B{row}<=5" in meaning
    priority = [header for header in summary[header_row(summary)] if header.value and "(1" in header.value][0]
    assert list_validations(summary)[priority.column_letter] == ["1", "2", "3"]


@pytest.mark.parametrize("slug,variant,kind", variants_of(WORKBOOK_SLUGS, ["ods"]))
def test_calc_sheets_match_the_excel_ones(files, slug, variant, kind):
    """The .ods has the same sheets, drop-downs and formulas (in OpenFormula), a frozen header row
    in LibreOffice's view settings, and A4 pages with the header row repeated."""
    path = files / f"{slug}-{variant}.ods"
    content, styles, settings = odf_part(path, "content.xml"), odf_part(path, "styles.xml"), odf_part(path, "settings.xml")
    book = openpyxl.load_workbook(files / f"{slug}-{variant}.xlsx")
    table_ns, style_ns, fo, config = ODF["table"], ODF["style"], ODF["fo"], ODF["config"]
    tables = list(content.iter(f"{{{table_ns}}}table"))
    assert [t.get(f"{{{table_ns}}}name") for t in tables] == book.sheetnames
    for table, sheet in zip(tables, book.worksheets):
        assert len(list(table.iter(f"{{{table_ns}}}table-header-rows"))) == 1
        formulas = [cell.get(f"{{{table_ns}}}formula") for cell in table.iter(f"{{{table_ns}}}table-cell")
                    if cell.get(f"{{{table_ns}}}formula")]
        excel = [cell.value for row in sheet.iter_rows() for cell in row
                 if isinstance(cell.value, str) and cell.value.startswith("=")]
        assert len(formulas) == len(excel) and all(f.startswith("of:=") for f in formulas)
        entry = settings.find(f".//{{{config}}}config-item-map-entry[@{{{config}}}name='{sheet.title}']")
        split = entry.find(f"{{{config}}}config-item[@{{{config}}}name='VerticalSplitPosition']").text
        assert int(split) == header_row(sheet), "frozen rows: the same as in Excel"
    validations = {v.get(f"{{{table_ns}}}name"): v.get(f"{{{table_ns}}}condition")
                   for v in content.iter(f"{{{table_ns}}}content-validation")}
    excel_lists = [choices for sheet in book.worksheets for choices in list_validations(sheet).values()]
    ods_lists = [re.findall(r'"((?:[^"]|"")*)"', condition) for condition in validations.values() if condition]
    assert sorted(ods_lists) == sorted(excel_lists)
    layouts = {layout.get(f"{{{style_ns}}}name"): layout.find(f"{{{style_ns}}}page-layout-properties")
               for layout in styles.iter(f"{{{style_ns}}}page-layout")}
    masters = list(styles.iter(f"{{{style_ns}}}master-page"))
    assert masters and {m.get(f"{{{style_ns}}}page-layout-name") for m in masters} <= set(layouts)
    for properties in layouts.values():
        size = {properties.get(f"{{{fo}}}page-width"), properties.get(f"{{{fo}}}page-height")}
        assert size == {"21cm", "29.7cm"}, size
        portrait = properties.get(f"{{{fo}}}page-width") == "21cm"
        assert properties.get(f"{{{style_ns}}}print-orientation") == ("portrait" if portrait else "landscape")
    for master in masters:
        footer = master.find(f"{{{style_ns}}}footer")
        assert footer is not None and footer.find(f".//{{{ODF['text']}}}page-number") is not None, \
            "every page style numbers its pages"


def test_open_formula_translation():
    from downloads.workbook import open_formula
    assert open_formula("=SUM(E5:G5)") == "of:=SUM([.E5:.G5])"
    assert open_formula('=IF(OR(E13="",E12=0),"",ROUND(E13/E12*100,1))') == \
        'of:=IF(OR([.E13]="";[.E12]=0);"";ROUND([.E13]/[.E12]*100;1))'
    assert open_formula("=COUNTIF('Kontrolna lista'!C8:C12,\"Da, A1\")") == \
        "of:=COUNTIF([$'Kontrolna lista'.C8:.C12];\"Da, A1\")"
