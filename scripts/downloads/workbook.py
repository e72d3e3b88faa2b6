"""One description of a spreadsheet, written as Excel (.xlsx, openpyxl) and LibreOffice Calc (.ods,
odfpy): a title, the institution's head fields, a table with a frozen header row, drop-down lists,
formulas, and print settings (A4, landscape when wide, header row repeated, page numbers)."""

import re
from dataclasses import dataclass, field
from datetime import datetime

from openpyxl.utils import get_column_letter

from . import house_style

TITLE_ROW = 1
LANDSCAPE_FROM = 110  # characters of column width: wider sheets print landscape


@dataclass
class Formula:
    """An Excel formula (A1 references, comma separators); the .ods gets its OpenFormula twin."""
    text: str
    number_format: str = "General"


@dataclass
class Column:
    header: str
    width: float = 18  # in characters
    choices: list[str] | None = None  # a drop-down list
    strict: bool = False  # refuse other values (else warn and allow them)
    prompt: str = ""  # the help shown when a cell of the column is selected
    number_format: str | None = None  # "0", "0.0", "dd.mm.yyyy" ...


@dataclass
class Sheet:
    name: str
    heading: str
    fields: list[tuple[str, str]] = field(default_factory=list)  # head: label, fill-in value
    notes: list[str] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # str, number, Formula or None
    blank_rows: int = 0  # empty rows (formatted, with the drop-downs) after `rows`
    bold_first_column: bool = False

    @property
    def header_row(self) -> int:
        """Rows: title, fields, notes, an empty row, then the table's header."""
        return TITLE_ROW + len(self.fields) + len(self.notes) + 2

    def row_number(self, index: int) -> int:
        """The spreadsheet row of rows[index] (1-based, as in A1 references)."""
        return self.header_row + 1 + index

    @property
    def last_row(self) -> int:
        return self.header_row + len(self.rows) + self.blank_rows

    @property
    def landscape(self) -> bool:
        return sum(column.width for column in self.columns) > LANDSCAPE_FROM

    def letter(self, column_index: int) -> str:
        return get_column_letter(column_index + 1)


@dataclass
class Workbook:
    title: str
    sheets: list[Sheet]
    locale: str
    labels: dict
    meta: dict


def field_spans(sheet: Sheet) -> tuple[int, int]:
    """How many columns a head field's label and its value cover. A first column nearly wide enough
    for the labels is widened; a narrow one is joined with the next. The value gets 45 characters
    (or the rest of the table)."""
    needed = max([len(label) * 1.1 + 1 for label, _ in sheet.fields] or [0])
    widths = [column.width for column in sheet.columns] or [18, 40]
    if sheet.columns and widths[0] >= needed * 0.7:
        sheet.columns[0].width = widths[0] = max(widths[0], needed)
    label, covered = 0, 0.0
    while label < len(widths) - 1 and (covered < needed or label == 0):
        covered += widths[label]
        label += 1
    value, covered = 0, 0.0
    while label + value < len(widths) and (covered < 45 or value == 0):
        covered += widths[label + value]
        value += 1
    return label, max(value, 1)


def wrapped_lines(text: str, width: float, bold: bool = False) -> int:
    """Lines a cell of `width` characters needs for `text`, wrapping at spaces as the programs do."""
    capacity = max(int(width * (1.05 if bold else 1.2)), 3)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split():
            if used and used + 1 + len(word) > capacity:
                lines += 1
                used = 0
            used += (1 if used else 0) + len(word)
            while used > capacity:  # a word longer than the cell breaks inside
                lines += 1
                used -= capacity
    return max(lines, 1)


def row_height(values, columns, base: float = 13.0, bold_first: bool = False) -> float:
    """Points for a row: neither program recalculates the heights of a file it did not write."""
    lines = max([wrapped_lines(value, column.width, bold_first and index == 0)
                 for index, (value, column) in enumerate(zip(values, columns)) if isinstance(value, str)] or [1])
    return base * lines + 3


def has_placeholder(value) -> bool:
    return isinstance(value, str) and bool(re.search(r"\[[^\]]*\]", value))


def check_sheet_name(name: str) -> str:
    """Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", "", name).strip()[:31]


# ---------------------------------------------------------------- Excel

def write_xlsx(book: Workbook, target) -> None:
    from openpyxl import Workbook as ExcelBook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.properties import PageSetupProperties

    thin = Side(style="thin", color=house_style.RULE_COLOUR)
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=house_style.FONT, size=10)
    bold = Font(name=house_style.FONT, size=10, bold=True)
    header_fill = PatternFill("solid", fgColor=house_style.HEADER_FILL)
    marked = PatternFill("solid", fgColor=house_style.PLACEHOLDER_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")

    excel = ExcelBook()
    excel.remove(excel.active)
    for sheet in book.sheets:
        ws = excel.create_sheet(sheet.name)
        width = max(len(sheet.columns), 2)
        ws.cell(TITLE_ROW, 1, sheet.heading).font = Font(name=house_style.FONT, size=14, bold=True,
                                                           color=house_style.HEADING_COLOUR)
        ws.merge_cells(start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=width)
        ws.row_dimensions[TITLE_ROW].height = 24
        row = TITLE_ROW + 1
        label_span, value_span = field_spans(sheet)
        for label, value in sheet.fields:
            ws.cell(row, 1, label).font = bold
            if label_span > 1:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=label_span)
            cell = ws.cell(row, label_span + 1, value)
            cell.font, cell.alignment = font, Alignment(vertical="top", wrap_text=False)
            if has_placeholder(value):
                cell.fill = marked
                prompt = DataValidation(allow_blank=True, showInputMessage=True, promptTitle=label[:32],
                                        prompt=book.labels["field_prompt"])
                prompt.add(cell.coordinate)
                ws.add_data_validation(prompt)
            if value_span > 1:
                ws.merge_cells(start_row=row, start_column=label_span + 1, end_row=row,
                               end_column=label_span + value_span)
            row += 1
        for note in sheet.notes:
            cell = ws.cell(row, 1, note)
            cell.font = Font(name=house_style.FONT, size=9, italic=True, color=house_style.NOTE_COLOUR)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            row += 1
        header = sheet.header_row
        for index, column in enumerate(sheet.columns, start=1):
            cell = ws.cell(header, index, column.header)
            cell.font, cell.fill, cell.border = bold, header_fill, border
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.row_dimensions[header].height = row_height([c.header for c in sheet.columns], sheet.columns, 13, True)
        for offset in range(len(sheet.rows) + sheet.blank_rows):
            values = sheet.rows[offset] if offset < len(sheet.rows) else [None] * len(sheet.columns)
            for index, column in enumerate(sheet.columns):
                value = values[index] if index < len(values) else None
                cell = ws.cell(sheet.row_number(offset), index + 1)
                if isinstance(value, Formula):
                    cell.value = value.text
                    cell.number_format = value.number_format
                else:
                    cell.value = value
                    if column.number_format:
                        cell.number_format = column.number_format
                cell.border, cell.alignment = border, wrap
                cell.font = bold if (index == 0 and sheet.bold_first_column) else font
                if has_placeholder(value):
                    cell.fill = marked
            ws.row_dimensions[sheet.row_number(offset)].height = row_height(values, sheet.columns,
                                                                            bold_first=sheet.bold_first_column)
        first, last = sheet.header_row + 1, max(sheet.last_row, sheet.header_row + 1)
        for index, column in enumerate(sheet.columns):
            if not (column.choices or column.prompt):
                continue
            letter = sheet.letter(index)
            if column.choices:
                listed = ",".join(column.choices)
                validation = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True,
                                            showErrorMessage=True, errorStyle="stop" if column.strict else "warning",
                                            errorTitle=column.header[:32], error=book.labels["choice_error"])
            else:
                validation = DataValidation(allow_blank=True)
            if column.prompt:
                validation.showInputMessage = True
                validation.promptTitle = column.header[:32]
                validation.prompt = column.prompt[:255]
            validation.add(f"{letter}{first}:{letter}{last}")
            ws.add_data_validation(validation)
        ws.freeze_panes = ws.cell(sheet.header_row + 1, 1 if not sheet.bold_first_column else 2).coordinate
        if sheet.columns:
            ws.auto_filter.ref = f"A{sheet.header_row}:{sheet.letter(len(sheet.columns) - 1)}{last}"
        ws.print_title_rows = f"{sheet.header_row}:{sheet.header_row}"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if sheet.landscape else "portrait"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_margins.left = ws.page_margins.right = 0.6
        ws.page_margins.top, ws.page_margins.bottom = 0.75, 0.75
        ws.print_options.horizontalCentered = True
        page = book.labels["page"].format(page="&P", pages="&N")
        ws.oddFooter.center.text = page
        ws.oddFooter.center.size = 8
        ws.oddHeader.left.text = "&A"
        ws.oddHeader.left.size = 8
    properties = excel.properties
    properties.title = book.title
    properties.creator = properties.lastModifiedBy = book.meta["author"]
    properties.subject = book.meta["subject"]
    properties.description = book.meta["comments"]
    properties.keywords = book.meta["keywords"]
    properties.language = book.locale
    properties.created = properties.modified = book.meta["date"].replace(tzinfo=None)
    excel.save(str(target))


# ---------------------------------------------------------------- OpenFormula (.ods)

REFERENCE = re.compile(
    r"(?:'(?P<sheet>[^']+)'!)?(?P<first>\$?[A-Z]{1,3}\$?\d+)(?::(?P<last>\$?[A-Z]{1,3}\$?\d+))?")


def open_formula(excel_formula: str) -> str:
    """Excel's =SUM(E5:G5) as OpenFormula's of:=SUM([.E5:.G5]); text in quotes is left alone."""
    parts = re.split(r'("(?:[^"]|"")*")', excel_formula.lstrip("="))
    converted = []
    for index, part in enumerate(parts):
        if index % 2:  # a string literal
            converted.append(part)
            continue

        def reference(match):
            sheet = f"$'{match['sheet']}'" if match["sheet"] else ""
            if match["last"]:
                return f"[{sheet}.{match['first']}:{sheet}.{match['last']}]" if not sheet else \
                    f"[{sheet}.{match['first']}:.{match['last']}]"
            return f"[{sheet}.{match['first']}]"

        converted.append(REFERENCE.sub(reference, part).replace(",", ";"))
    return "of:=" + "".join(converted)


# ---------------------------------------------------------------- LibreOffice Calc

def write_ods(book: Workbook, target) -> None:
    from odf import config, meta as odf_meta, number, style, table, text
    from odf.dc import Creator, Description, Language, Subject, Title
    from odf.opendocument import OpenDocumentSpreadsheet

    doc = OpenDocumentSpreadsheet()
    rule = f"0.5pt solid #{house_style.RULE_COLOUR}"
    font_name = house_style.FONT
    doc.fontfacedecls.addElement(style.FontFace(name=font_name, fontfamily=font_name,
                                                fontfamilygeneric="swiss", fontpitch="variable"))

    def cell_style(name, bold=False, fill=None, size="10pt", borders=True, italic=False, colour=None,
                   data_style=None, vertical="top", wrap=True):
        properties = {"verticalalign": vertical}
        if wrap:
            properties["wrapoption"] = "wrap"
        if borders:
            properties["border"] = rule
        if fill:
            properties["backgroundcolor"] = f"#{fill}"
        attributes = {"name": name, "family": "table-cell"}
        if data_style:
            attributes["datastylename"] = data_style
        element = style.Style(**attributes)
        element.addElement(style.TableCellProperties(**properties))
        text_properties = {"fontname": font_name, "fontsize": size}
        if bold:
            text_properties["fontweight"] = "bold"
        if italic:
            text_properties["fontstyle"] = "italic"
        if colour:
            text_properties["color"] = f"#{colour}"
        element.addElement(style.TextProperties(**text_properties))
        doc.automaticstyles.addElement(element)
        return element

    # Number formats the sheets use.
    number_styles = {}

    def data_style_for(pattern):
        if not pattern or pattern == "General" or pattern == "@":
            return None
        if pattern in number_styles:
            return number_styles[pattern]
        name = f"N{len(number_styles) + 1}"
        if pattern.startswith("0"):
            decimals = len(pattern.split(".")[1]) if "." in pattern else 0
            element = number.NumberStyle(name=name)
            element.addElement(number.Number(decimalplaces=decimals, minintegerdigits=1))
        elif "h" in pattern:
            element = number.TimeStyle(name=name)
            element.addElement(number.Hours(style="long"))
            element.addElement(number.Text(text=":"))
            element.addElement(number.Minutes(style="long"))
        else:
            element = number.DateStyle(name=name)
            element.addElement(number.Day(style="long"))
            element.addElement(number.Text(text="."))
            element.addElement(number.Month(style="long"))
            element.addElement(number.Text(text="."))
            element.addElement(number.Year(style="long"))
            element.addElement(number.Text(text="."))
        doc.automaticstyles.addElement(element)
        number_styles[pattern] = name
        return name

    title_style = cell_style("Title", bold=True, size="14pt", borders=False, colour=house_style.HEADING_COLOUR,
                             wrap=False, vertical="middle")
    label_style = cell_style("Label", bold=True, borders=False, wrap=False)
    value_style = cell_style("Value", borders=False, wrap=False)
    field_style = cell_style("Field", borders=False, fill=house_style.PLACEHOLDER_FILL, wrap=False)
    note_style = cell_style("Note", borders=False, italic=True, size="9pt", colour=house_style.NOTE_COLOUR,
                            wrap=False)
    header_style = cell_style("Header", bold=True, fill=house_style.HEADER_FILL, vertical="middle")
    body_styles = {}

    def body_style(bold=False, marked=False, pattern=None):
        key = (bold, marked, pattern)
        if key not in body_styles:
            body_styles[key] = cell_style(f"Body{len(body_styles) + 1}", bold=bold,
                                          fill=house_style.PLACEHOLDER_FILL if marked else None,
                                          data_style=data_style_for(pattern))
        return body_styles[key]

    validations = table.ContentValidations()
    validation_names = {}  # (sheet, column) -> name of the column's validation
    counter = iter(range(1, 10_000))

    def validation_for(sheet, column):
        key = (sheet.name, column.header)
        if key in validation_names:
            return validation_names[key]
        name = f"val{next(counter)}"
        attributes = {"name": name, "allowemptycell": "true"}
        if column.choices:
            listed = ";".join('"' + choice.replace('"', '""') + '"' for choice in column.choices)
            attributes["condition"] = f"of:cell-content-is-in-list({listed})"
            attributes["displaylist"] = "unsorted"
        element = table.ContentValidation(**attributes)
        if column.prompt:
            help_message = table.HelpMessage(title=column.header, display="true")
            help_message.addElement(text.P(text=column.prompt))
            element.addElement(help_message)
        if column.choices:
            error = table.ErrorMessage(title=column.header, display="true",
                                       messagetype="stop" if column.strict else "warning")
            error.addElement(text.P(text=book.labels["choice_error"]))
            element.addElement(error)
        validations.addElement(element)
        validation_names[key] = name
        return name

    def field_validation(label):
        """A head field's help: what to type instead of the [placeholder]."""
        name = f"val{next(counter)}"
        element = table.ContentValidation(name=name, allowemptycell="true")
        help_message = table.HelpMessage(title=label, display="true")
        help_message.addElement(text.P(text=book.labels["field_prompt"]))
        element.addElement(help_message)
        validations.addElement(element)
        return name

    def write_cell(row_element, value, cell_style_element, validation=None, span=1):
        attributes = {"stylename": cell_style_element}
        if span > 1:
            attributes["numbercolumnsspanned"] = span
        if validation:
            attributes["contentvalidationname"] = validation
        if isinstance(value, Formula):
            attributes["formula"] = open_formula(value.text)
            attributes["valuetype"] = "float"
        elif isinstance(value, bool) or value is None:
            pass
        elif isinstance(value, (int, float)):
            attributes["valuetype"] = "float"
            attributes["value"] = value
        elif isinstance(value, datetime):
            attributes["valuetype"] = "date"
            attributes["datevalue"] = value.strftime("%Y-%m-%d")
        else:
            attributes["valuetype"] = "string"
        cell = table.TableCell(**attributes)
        if isinstance(value, str):
            for line in value.split("\n"):
                cell.addElement(text.P(text=line))
        row_element.addElement(cell)
        for _ in range(span - 1):
            row_element.addElement(table.CoveredTableCell())

    page_layouts = {}

    def master_page_for(landscape):
        if landscape in page_layouts:
            return page_layouts[landscape]
        suffix = "Landscape" if landscape else "Portrait"
        layout = style.PageLayout(name=f"Layout{suffix}")
        layout.addElement(style.PageLayoutProperties(
            pagewidth="29.7cm" if landscape else "21cm", pageheight="21cm" if landscape else "29.7cm",
            printorientation="landscape" if landscape else "portrait", margin="1.5cm",
            scaletox="1", scaletoy="0", printpageorder="ttb", print="charts drawings objects zero-values"))
        header_style = style.HeaderStyle()
        header_style.addElement(style.HeaderFooterProperties(minheight="0.5cm", marginbottom="0.2cm"))
        layout.addElement(header_style)
        footer_style = style.FooterStyle()
        footer_style.addElement(style.HeaderFooterProperties(minheight="0.5cm", margintop="0.2cm"))
        layout.addElement(footer_style)
        doc.automaticstyles.addElement(layout)
        master = style.MasterPage(name=f"Page{suffix}", pagelayoutname=layout)
        header = style.Header()
        paragraph = text.P()
        paragraph.addElement(text.SheetName(text="???"))
        header.addElement(paragraph)
        master.addElement(header)
        footer = style.Footer()
        before, middle, after = re.split(r"\{page\}|\{pages\}", book.labels["page"])
        paragraph = text.P(text=before)
        paragraph.addElement(text.PageNumber(text="1"))
        paragraph.addText(middle)
        paragraph.addElement(text.PageCount(text="1"))
        paragraph.addText(after)
        footer.addElement(paragraph)
        master.addElement(footer)
        doc.masterstyles.addElement(master)
        table_style = style.Style(name=f"Table{suffix}", family="table", masterpagename=master)
        table_style.addElement(style.TableProperties(display="true", writingmode="lr-tb"))
        doc.automaticstyles.addElement(table_style)
        page_layouts[landscape] = table_style
        return table_style

    column_styles = {}
    row_styles = {}

    def row_style(points):
        key = round(points, 1)
        if key not in row_styles:
            element = style.Style(name=f"Row{len(row_styles) + 1}", family="table-row")
            element.addElement(style.TableRowProperties(rowheight=f"{key}pt", useoptimalrowheight="false"))
            doc.automaticstyles.addElement(element)
            row_styles[key] = element
        return row_styles[key]

    def column_style(width):
        centimetres = round(0.19 * width + 0.2, 2)
        if centimetres not in column_styles:
            element = style.Style(name=f"Col{len(column_styles) + 1}", family="table-column")
            element.addElement(style.TableColumnProperties(columnwidth=f"{centimetres}cm",
                                                           breakbefore="auto"))
            doc.automaticstyles.addElement(element)
            column_styles[centimetres] = element
        return column_styles[centimetres]

    ranges = table.DatabaseRanges()
    spreadsheet = doc.spreadsheet
    tables = []
    for sheet in book.sheets:
        width = max(len(sheet.columns), 2)
        label_span, value_span = field_spans(sheet)  # may widen the first column
        sheet_table = table.Table(name=sheet.name, stylename=master_page_for(sheet.landscape),
                                  printranges=f"$'{sheet.name}'.$A$1:.${sheet.letter(width - 1)}${sheet.last_row}")
        for column in sheet.columns:
            sheet_table.addElement(table.TableColumn(stylename=column_style(column.width)))
        row = table.TableRow()
        write_cell(row, sheet.heading, title_style, span=width)
        sheet_table.addElement(row)
        for label, value in sheet.fields:
            row = table.TableRow()
            write_cell(row, label, label_style, span=label_span)
            marked = has_placeholder(value)
            write_cell(row, value, field_style if marked else value_style,
                       validation=field_validation(label) if marked else None, span=value_span)
            sheet_table.addElement(row)
        for note in sheet.notes:
            row = table.TableRow()
            write_cell(row, note, note_style, span=width)
            sheet_table.addElement(row)
        row = table.TableRow()
        write_cell(row, None, value_style)
        sheet_table.addElement(row)
        header_rows = table.TableHeaderRows()
        row = table.TableRow(stylename=row_style(row_height([c.header for c in sheet.columns], sheet.columns, 13,
                                                            True)))
        for column in sheet.columns:
            write_cell(row, column.header, header_style)
        header_rows.addElement(row)
        sheet_table.addElement(header_rows)
        for offset in range(len(sheet.rows) + sheet.blank_rows):
            values = sheet.rows[offset] if offset < len(sheet.rows) else [None] * len(sheet.columns)
            row = table.TableRow(stylename=row_style(row_height(values, sheet.columns,
                                                                bold_first=sheet.bold_first_column)))
            for index, column in enumerate(sheet.columns):
                value = values[index] if index < len(values) else None
                pattern = value.number_format if isinstance(value, Formula) else column.number_format
                validation = None
                if column.choices or column.prompt:
                    validation = validation_for(sheet, column)
                write_cell(row, value, body_style(index == 0 and sheet.bold_first_column, has_placeholder(value),
                                                  pattern), validation=validation)
            sheet_table.addElement(row)
        last_column = sheet.letter(len(sheet.columns) - 1)
        ranges.addElement(table.DatabaseRange(
            name=f"__Anonymous_Sheet_DB__{len(tables)}", displayfilterbuttons="true",
            targetrangeaddress=f"$'{sheet.name}'.$A${sheet.header_row}:.${last_column}${sheet.last_row}"))
        spreadsheet.addElement(sheet_table)
        tables.append(sheet)
    # ODF wants the validations and the filter ranges around the tables: validations first.
    spreadsheet.insertBefore(validations, spreadsheet.childNodes[0])
    spreadsheet.addElement(ranges)
    _ods_frozen_headers(doc, config, tables)

    doc.meta.addElement(Title(text=book.title))
    doc.meta.addElement(Language(text=book.locale))
    doc.meta.addElement(Subject(text=book.meta["subject"]))
    doc.meta.addElement(Description(text=book.meta["comments"]))
    doc.meta.addElement(Creator(text=book.meta["author"]))
    doc.meta.addElement(odf_meta.InitialCreator(text=book.meta["author"]))
    doc.meta.addElement(odf_meta.CreationDate(text=book.meta["date"].strftime("%Y-%m-%dT%H:%M:%S")))
    doc.meta.addElement(odf_meta.Keyword(text=book.meta["keywords"]))
    doc.save(str(target))


def _ods_frozen_headers(doc, config, sheets) -> None:
    """LibreOffice keeps frozen rows in the document's view settings, one entry per sheet."""
    view_settings = config.ConfigItemSet(name="ooo:view-settings")
    views = config.ConfigItemMapIndexed(name="Views")
    view = config.ConfigItemMapEntry()
    view.addElement(config.ConfigItem(name="ViewId", type="string", text="view1"))
    tables = config.ConfigItemMapNamed(name="Tables")
    for sheet in sheets:
        entry = config.ConfigItemMapEntry(name=sheet.name)
        split_column = 1 if sheet.bold_first_column else 0
        for name, kind, value in (
            ("HorizontalSplitMode", "short", "2" if split_column else "0"),
            ("VerticalSplitMode", "short", "2"),
            ("HorizontalSplitPosition", "int", str(split_column)),
            ("VerticalSplitPosition", "int", str(sheet.header_row)),
            ("ActiveSplitRange", "short", "2"),
            ("PositionLeft", "int", "0"),
            ("PositionRight", "int", str(split_column)),
            ("PositionTop", "int", "0"),
            ("PositionBottom", "int", str(sheet.header_row)),
            ("CursorPositionX", "int", "0"),
            ("CursorPositionY", "int", str(sheet.header_row)),
        ):
            entry.addElement(config.ConfigItem(name=name, type=kind, text=value))
        tables.addElement(entry)
    view.addElement(tables)
    view.addElement(config.ConfigItem(name="ActiveTable", type="string", text=sheets[0].name))
    views.addElement(view)
    view_settings.addElement(views)
    doc.settings.addElement(view_settings)
