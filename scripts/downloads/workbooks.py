"""The template pages that are tables, read into spreadsheets (workbook.py writes them).

Each function reads one page (and the CSV beside it, where there is one) in one language and returns
the sheets. Everything comes from the page: sheet names from its headings, columns from its tables,
drop-down lists from the lists it gives, formulas from what it says is calculated. A page that no
longer has what a function reads stops the build with the file, the line and what to change."""

import re
from pathlib import Path

from .source import Page, TemplateError, read_csv, strip_markdown
from .workbook import Column, Formula, Sheet, check_sheet_name

BLANK_ROWS = 31  # a month's plan: room for a post a day


def head_fields(labels: dict) -> list[tuple[str, str]]:
    """The institution, the document number and the date, as on every generated document."""
    return [(labels["institution_field"], labels["institution"]),
            (labels["number_field"], labels["number"]),
            (labels["date_field"], labels["date"])]


def labelled_values(text: str) -> list[tuple[str, str]]:
    """'**Institucija:** [naziv] · **Mjesec:** [mjesec]' -> [(Institucija, [naziv]), (Mjesec, [mjesec])]."""
    pairs = []
    for part in re.split(r"\s+·\s+", text):
        match = re.match(r"^\**\s*([^:*]+?)\s*:\s*\**\s*(.*)$", part.strip())
        if match:
            pairs.append((match[1].strip(), strip_markdown(match[2]).strip()))
    return pairs


def without_repeats(pairs, labels) -> list[tuple[str, str]]:
    return [(label, value) for label, value in pairs if label not in labels["head_repeats"]]


def choices_in(text: str) -> list[str]:
    """The choices a page lists: '[a, b, c]', '[a/b/c]', or 'a, b ili c' / 'a, b or c'."""
    bracketed = re.match(r"^\s*\[([^\]]+)\]", text)
    body = bracketed[1] if bracketed else strip_markdown(text)
    body = re.sub(r"\s*\([^)]*\)\s*", " ", body).strip().rstrip(".")
    if "/" in body and "," not in body:
        items = body.split("/")
    else:
        items = re.split(r",\s*|\s+(?:ili|or)\s+", body)
    items = [item.strip() for item in items if item.strip()]
    return [item[:1].upper() + item[1:] for item in items]


def joined(title: str, part: str) -> str:
    """'Obrazac za evaluaciju' and 'Mjesečni obrazac' -> 'Obrazac za evaluaciju: mjesečni obrazac'."""
    part = strip_markdown(part)
    return f"{title}: {part[:1].lower()}{part[1:]}"


def sheet_name(page: Page, section_id: str) -> str:
    return check_sheet_name(strip_markdown(page.section(section_id).title))


def table_in(page: Page, section_id: str, position: int, what: str):
    tables = page.tables(section_id)
    if len(tables) <= position:
        section = page.section(section_id)
        raise TemplateError(page.path, page.number(section.start),
                            f"the section #{section_id} should have {what} (table {position + 1}), "
                            f"it has {len(tables)} table(s)",
                            "keep the table in this section, or change scripts/downloads/workbooks.py")
    return tables[position]


def width_for(header: str, values) -> float:
    """Column width in characters: room for the header's longest word and the values' longest word
    (no word breaks in two), and for most values on one or two lines (long texts wrap), within
    limits, so that a wide sheet still prints legibly."""
    longest_header_word = max((len(word) for word in header.split()), default=4)
    words = [len(word) for value in values if value for word in str(value).split()]
    longest_word = min(max(words, default=0) + 1, 16)
    lengths = sorted(len(str(value)) for value in values if value)
    typical = lengths[len(lengths) // 2] if lengths else 0  # the median value
    return float(min(max(longest_header_word + 2, longest_word, min(typical, 60) * 0.55, 9), 32))


def merge_prompt(column: Column, text: str) -> None:
    column.prompt = strip_markdown(text).strip()


# ---------------------------------------------------------------- content calendar

def content_calendar(page: Page, labels: dict, entry: dict) -> tuple[str, list[Sheet]]:
    """The month's plan: the plan's head, one row per post with drop-downs, and the example month."""
    csv_path = page.path.with_name(Path(page.relative_path).stem + ".csv")
    rows = read_csv(csv_path)
    header, examples = rows[0], rows[1:]
    fields_table = table_in(page, "template", 0, "the plan's head (Polje | Upišite)")
    columns_table = table_in(page, "template", 1, "the columns of the plan (Kolona | Šta upisati)")
    hints = {strip_markdown(row[0]).lower(): (row[1], line)
             for row, line in zip(columns_table.rows, columns_table.row_lines)}
    columns = []
    for number, name in enumerate(header, start=1):
        column = Column(name, width=width_for(name, [row[number - 1] for row in examples]))
        hint = hints.get(name.lower())
        if hint:
            merge_prompt(column, hint[0])
        if number in entry.get("drop_downs", []):
            if not hint:
                raise TemplateError(csv_path, 1, f"the column {name!r} has no row in the table of columns "
                                                 f"(line {columns_table.line} of {page.relative_path})",
                                    "name the column the same in the CSV file and in the table")
            column.choices = choices_in(hint[0])
            if len(column.choices) < 2:
                raise TemplateError(page.path, hint[1], f"the column {name!r} has a drop-down list, "
                                                        "but its row lists no choices",
                                    "list the choices in square brackets, [a, b, c]")
        columns.append(column)
    columns[0].number_format = "@"
    plan = Sheet(
        name=sheet_name(page, "template"),
        heading=page.title,
        fields=head_fields(labels) + without_repeats(
            [(strip_markdown(row[0]), strip_markdown(row[1])) for row in fields_table.rows], labels),
        columns=columns,
        blank_rows=BLANK_ROWS,
    )
    example_columns = [Column(column.header, width=column.width) for column in columns]
    example = Sheet(
        name=sheet_name(page, "table-example"),
        heading=joined(page.title, page.section("table-example").title),
        columns=example_columns,
        rows=[list(row) for row in examples],
    )
    return page.title, [plan, example]


# ---------------------------------------------------------------- evaluation sheet

def evaluation_sheet(page: Page, labels: dict, entry: dict) -> tuple[str, list[Sheet]]:
    """The monthly report with the platforms' totals, the change and the engagement rate calculated,
    the campaign form with its drop-down, and the questions of 'What we learned'."""
    csv_path = page.path.with_name(Path(page.relative_path).stem + ".csv")
    rows = read_csv(csv_path)
    header, indicators = rows[0], rows[1:]
    try:
        total_index = header.index(labels["total"])
        change_index = header.index(labels["change"])
    except ValueError:
        raise TemplateError(csv_path, 1, f"the CSV needs the columns {labels['total']!r} and {labels['change']!r}",
                            "keep both column names in the header row") from None
    target_index = 3  # Indicator, Definition, Source, Target, then one column per platform
    platforms = range(target_index + 1, total_index)
    previous_index = total_index + 1
    monthly = Sheet(name=sheet_name(page, "monthly"), heading=joined(page.title, page.section("monthly").title))
    paragraphs = page.paragraphs("monthly")
    head_line = next((text for _, text in paragraphs if "·" in text), "")
    monthly.fields = head_fields(labels) + without_repeats(labelled_values(head_line), labels)
    monthly.notes = [strip_markdown(text) for _, text in paragraphs if "·" not in text and "÷" in text]
    numeric = {index for index in range(target_index, len(header)) if index != change_index
               and header[index] != header[-1]}
    for index, name in enumerate(header):
        column = Column(name, width=width_for(name, [row[index] for row in indicators]))
        if index in (0, 1):
            column.width = (24, 32)[index]  # the indicator and its definition
        if index in numeric or index == change_index:
            column.width = max(9, max(len(word) for word in name.split()) + 2)
            column.number_format = "0"
        monthly.columns.append(column)
    monthly.bold_first_column = True
    row_of = {name.lower(): position for position, (name, *_rest) in enumerate(indicators)}

    def row_named(word: str, line: int) -> int:
        for name, position in row_of.items():
            if name.startswith(word.strip().lower()):
                return monthly.row_number(position)
        raise TemplateError(csv_path, line, f"the formula names {word!r}, which is not an indicator",
                            "write the formula with the names of two indicators, e.g. Angažmani ÷ doseg × 100")

    first_platform, last_platform = monthly.letter(platforms[0]), monthly.letter(platforms[-1])
    total, previous = monthly.letter(total_index), monthly.letter(previous_index)
    for position, values in enumerate(indicators):
        number = monthly.row_number(position)
        cells = [values[index] or None for index in range(len(header))]
        name, definition = values[0], values[1]
        ratio = re.fullmatch(r"\s*(.+?)\s*÷\s*(.+?)\s*×\s*100\s*", definition)
        if ratio:  # a rate the page defines by a formula: calculated per platform and in total
            top, bottom = row_named(ratio[1], position + 2), row_named(ratio[2], position + 2)
            for index in list(platforms) + [total_index]:
                letter = monthly.letter(index)
                cells[index] = Formula(f'=IF(OR({letter}{top}="",{letter}{bottom}="",{letter}{bottom}=0),"",'
                                       f'ROUND({letter}{top}/{letter}{bottom}*100,1))', "0.0")
        elif not re.search(r"\([^)]*\)\s*$", name):
            # A count (no unit in brackets, unlike "(%)" or "(radni sati)"): the platforms add up.
            cells[total_index] = Formula(f'=IF(COUNT({first_platform}{number}:{last_platform}{number})=0,"",'
                                         f'SUM({first_platform}{number}:{last_platform}{number}))', "0")
        cells[change_index] = Formula(f'=IF(OR({total}{number}="",{previous}{number}=""),"",'
                                      f'{total}{number}-{previous}{number})',
                                      "0.0" if ratio or "%" in name else "0")
        monthly.rows.append(cells)

    campaign_table = table_in(page, "campaign", 0, "the campaign's levels (Nivo | Pokazatelj | ...)")
    campaign = Sheet(name=sheet_name(page, "campaign"), heading=joined(page.title, page.section("campaign").title))
    campaign.fields = head_fields(labels)
    tail = []
    for _, text in page.paragraphs("campaign"):
        if text.startswith("**") and ":**" in text:
            pairs = labelled_values(text)
            if all(value.strip() == "[ ]" for _, value in pairs):
                tail.extend(pairs)  # Šta ponoviti · Šta izostaviti ...: answers below the table
            else:
                campaign.fields.extend(without_repeats(pairs, labels))
    for index, name in enumerate(campaign_table.header):
        values = [row[index] for row in campaign_table.rows]
        column = Column(strip_markdown(name), width=width_for(name, values))
        slash_lists = {value for value in values if re.fullmatch(r"\[[^\]/]+(?:/[^\]/]+)+\]", value.strip())}
        if len(slash_lists) == 1:
            column.choices = choices_in(slash_lists.pop())
            column.strict = True
            values = [None] * len(values)
        campaign.columns.append(column)
        for row_index, value in enumerate(values):
            if len(campaign.rows) <= row_index:
                campaign.rows.append([])
            cell = strip_markdown(value) if value is not None else None
            campaign.rows[row_index].append(None if cell == "[ ]" else cell)
    campaign.bold_first_column = True
    for label, _ in tail:
        campaign.rows.append([label] + [None] * (len(campaign.columns) - 1))

    learned = Sheet(name=sheet_name(page, "what-we-learned"),
                    heading=joined(page.title, page.section("what-we-learned").title))
    learned.fields = head_fields(labels)
    learned.columns = [Column(labels["question"], width=34), Column(labels["answer"], width=70)]
    learned.bold_first_column = True
    for _, item in page.list_items("what-we-learned"):
        match = re.match(r"^\*\*([^*]+?):?\*\*:?\s*(.*)$", item)
        if match:
            learned.rows.append([match[1].strip().rstrip(":"), strip_markdown(match[2])])
    return page.title, [monthly, campaign, learned]


# ---------------------------------------------------------------- access register

def access_register(page: Page, labels: dict, entry: dict) -> tuple[str, list[Sheet]]:
    """Who has access to which account: the page's columns, its example rows to overwrite, a
    drop-down for each column the page gives choices for, and the page's confidentiality note."""
    register = table_in(page, "access-register", 0, "the register (Profil | Osobe s pristupom ...)")
    title = strip_markdown(page.section("access-register").title)
    sheet = Sheet(name=check_sheet_name(title), heading=title, fields=head_fields(labels))
    choices = {}
    for _, text in page.paragraphs("access-register"):
        match = re.match(r"^\*\*([^*]+?):\*\*\s*(.+)$", text)
        if match:
            choices[match[1].strip().lower()] = choices_in(match[2])
        elif not text.startswith("|"):
            sheet.notes.append(strip_markdown(text))
    for index, name in enumerate(register.header):
        column = Column(strip_markdown(name), width=width_for(name, [row[index] for row in register.rows]) + 4)
        if column.header.lower() in choices:
            column.choices = choices.pop(column.header.lower())
        sheet.columns.append(column)
    if choices:
        raise TemplateError(page.path, register.line, f"a list of choices names no column: {', '.join(choices)}",
                            "start the line with the column's name in bold, exactly as in the table's header")
    sheet.rows = [[strip_markdown(cell) for cell in row] for row in register.rows]
    sheet.blank_rows = 20
    return title, [sheet]


# ---------------------------------------------------------------- self-assessment

def self_assessment(page: Page, labels: dict, entry: dict) -> tuple[str, list[Sheet]]:
    """The checklist with a Yes/No per statement, and the summary that counts the points of each
    area and says what they mean, as the scoring table on the page does."""
    checklist = page.section("checklist")
    areas = [section for section in page.sections.values()
             if section.level == checklist.level + 1 and checklist.start < section.start < checklist.end]
    if not areas:
        raise TemplateError(page.path, page.number(checklist.start), "the checklist has no ### areas",
                            "give each area its own ### heading with an id")
    intro = " ".join(page.lines[page.body_start:min(section.start for section in page.sections.values())])
    lead = without_repeats([pair for pair in labelled_values(intro) if pair[1].startswith("[")], labels)
    answers = [labels["answer_yes"], labels["answer_no"]]
    statements = Sheet(name=check_sheet_name(strip_markdown(checklist.title)), heading=page.title,
                       fields=head_fields(labels) + lead, bold_first_column=True)
    statements.columns = [Column(labels["area"], width=16), Column(labels["statement"], width=70),
                          Column(labels["true_today"], width=12, choices=answers, strict=True),
                          Column(labels["evidence"], width=34)]
    ranges = {}
    for area in areas:
        items = page.list_items(area.id)
        if not items:
            raise TemplateError(page.path, page.number(area.start), f"the area {area.title!r} has no statements",
                                "list its statements as - [ ] items")
        first = statements.row_number(len(statements.rows))
        for item_index, (_, text) in enumerate(items):
            statements.rows.append([strip_markdown(area.title) if item_index == 0 else None,
                                    strip_markdown(text), None, None])
        ranges[strip_markdown(area.title).lower()] = (first, statements.row_number(len(statements.rows) - 1))

    scoring = table_in(page, "scoring", 0, "the scoring table (Bodovi | Šta znači | Šta uraditi)")
    bands = []
    for row, line in zip(scoring.rows, scoring.row_lines):
        numbers = [int(number) for number in re.findall(r"\d+", row[0])]
        if not numbers:
            raise TemplateError(page.path, line, "the first cell of a scoring row is not a number or a range",
                                "write the points as 0–2 or 5")
        bands.append((max(numbers), strip_markdown(row[1]), strip_markdown(row[2])))
    summary_table = table_in(page, "summary", 0, "the summary (Oblast | Bodovi (0–5) | ...)")
    summary = Sheet(name=check_sheet_name(strip_markdown(page.section("summary").title)),
                    heading=joined(page.title, page.section("summary").title),
                    fields=head_fields(labels), bold_first_column=True)
    headers = [strip_markdown(cell) for cell in summary_table.header]
    summary.columns.append(Column(headers[0], width=16))
    summary.columns.append(Column(headers[1], width=12, number_format="0"))
    summary.columns.append(Column(strip_markdown(scoring.header[1]), width=30))
    summary.columns.append(Column(strip_markdown(scoring.header[2]), width=36))
    for name in headers[2:]:
        column = Column(name, width=max(14, len(name) + 2))
        span = re.search(r"\((\d+)\s*[–-]\s*(\d+)\)", name)
        if span:
            column.choices = [str(value) for value in range(int(span[1]), int(span[2]) + 1)]
            column.strict = True
        if name == headers[-1]:
            column.number_format = "dd.mm.yyyy"
        summary.columns.append(column)
    sheet_reference = statements.name.replace("'", "''")
    for row, line in zip(summary_table.rows, summary_table.row_lines):
        area = strip_markdown(row[0])
        if area.lower() not in ranges:
            raise TemplateError(page.path, line, f"the summary names the area {area!r}, which the checklist does not have",
                                "name the areas the same in the summary as in the checklist's ### headings")
        first, last = ranges[area.lower()]
        number = summary.row_number(len(summary.rows))
        answered = f"'{sheet_reference}'!C{first}:C{last}"
        points = Formula(f'=IF(COUNTA({answered})=0,"",COUNTIF({answered},"{labels["answer_yes"]}"))', "0")
        meaning, todo = '""', '""'
        for upper, what, action in reversed(bands):
            meaning = f'IF(B{number}<={upper},"{what}",{meaning})'
            todo = f'IF(B{number}<={upper},"{action}",{todo})'
        summary.rows.append([area, points, Formula(f'=IF(B{number}="","",{meaning})'),
                             Formula(f'=IF(B{number}="","",{todo})')] + [None] * (len(headers) - 2))
    return joined(page.title, page.section("scoring").title), [statements, summary]


BUILDERS = {
    "content_calendar": content_calendar,
    "evaluation_sheet": evaluation_sheet,
    "access_register": access_register,
    "self_assessment": self_assessment,
}


def finish_text(sheets: list[Sheet], script: str) -> list[Sheet]:
    """Remove the foreign-language marks; for the Cyrillic files first transliterate everything else."""
    from .cyrillic import formula_to_cyrillic, to_cyrillic_marked
    from .source import unmark

    def text(value):
        if isinstance(value, Formula):
            return Formula(formula_to_cyrillic(value.text) if script == "cyrl" else unmark(value.text),
                           value.number_format)
        if isinstance(value, str):
            return to_cyrillic_marked(value) if script == "cyrl" else unmark(value)
        return value

    for sheet in sheets:
        sheet.name = check_sheet_name(text(sheet.name))
        sheet.heading = text(sheet.heading)
        sheet.fields = [(text(label), text(value)) for label, value in sheet.fields]
        sheet.notes = [text(note) for note in sheet.notes]
        for column in sheet.columns:
            column.header, column.prompt = text(column.header), text(column.prompt)
            if column.choices:
                column.choices = [text(choice) for choice in column.choices]
        sheet.rows = [[text(value) for value in row] for row in sheet.rows]
    return sheets
