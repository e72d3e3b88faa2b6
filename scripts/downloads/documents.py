"""A template page into a Word (.docx) and a LibreOffice Writer (.odt) document.

The chosen sections of the page are read by pandoc into its document tree; this module then marks
the fill-in fields and [placeholders], puts the institution's head and the title on top, shapes a
legal act ("Član 1. (Svrha)" headings, title, signature), links to the handbook online, and for the
Cyrillic files transliterates the text. pandoc writes both formats from that one tree with the
reference documents of house_style.py; a last pass turns the head fields into real fill-in fields
(Word content controls, LibreOffice placeholders)."""

import io
import json
import posixpath
import re
import zipfile
from datetime import datetime, timezone

import pypandoc
from lxml import etree

from . import house_style
from .cyrillic import is_raci_letter, to_cyrillic, word_to_cyrillic
from .source import Page, TemplateError, check_renderable

# Python-Markdown (the site) and pandoc read Markdown differently; these pandoc extensions would turn
# ordinary text of the pages into something else: "(1) Ovim aktom" into a list (fancy_lists),
# "@ime" into a citation, "[Naslov]" into a link to a heading, "| ..." into a line block.
PANDOC_READER = "markdown" + "".join(f"-{extension}" for extension in (
    "smart", "fancy_lists", "example_lists", "startnum", "citations", "implicit_header_references",
    "line_blocks", "simple_tables", "multiline_tables", "grid_tables", "subscript", "superscript",
    "strikeout", "tex_math_dollars", "inline_notes", "pandoc_title_block", "yaml_metadata_block",
    "escaped_line_breaks", "raw_tex", "implicit_figures", "auto_identifiers"))

LANG_SPAN = re.compile(r"(\*{1,2}|_)([^*_\n]+?)\1\{:?\s*lang=\"?([A-Za-z-]+)\"?\s*\}")
LINK_ATTRIBUTES = re.compile(r"(\]\([^)\s]*(?:\s+\"[^\"]*\")?\))\{([^}]*)\}")
HEADING_ID = re.compile(r"^(#{1,6}\s.*?)\s*\{\s*#([\w-]+)\s*\}\s*$", re.M)
MARKER = re.compile(r"^\s*<!--.*?-->\s*$", re.M)
INLINE_CONTAINERS = ("Emph", "Strong", "Underline", "SmallCaps", "Strikeout", "Superscript", "Subscript")


# ---------------------------------------------------------------- small tree helpers

def Str(text):
    return {"t": "Str", "c": text}


def Space():
    return {"t": "Space"}


def Span(inlines, style=None, attributes=None):
    pairs = ([["custom-style", style]] if style else []) + list((attributes or {}).items())
    return {"t": "Span", "c": [["", [], pairs], inlines]}


def Para(inlines):
    return {"t": "Para", "c": inlines}


def Div(blocks, style):
    return {"t": "Div", "c": [["", [], [["custom-style", style]]], blocks]}


def words(text: str) -> list:
    inlines = []
    for index, word in enumerate(text.split()):
        if index:
            inlines.append(Space())
        inlines.append(Str(word))
    return inlines


def plain_text(inlines) -> str:
    parts = []
    for node in inlines:
        kind = node["t"]
        if kind == "Str":
            parts.append(node["c"])
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            parts.append(" ")
        elif kind in INLINE_CONTAINERS:
            parts.append(plain_text(node["c"]))
        elif kind in ("Span", "Link", "Quoted"):
            parts.append(plain_text(node["c"][1]))
        elif kind == "Code":
            parts.append(node["c"][1])
    return "".join(parts)


def blocks_text(blocks) -> str:
    texts = []
    for_each_inline_list(blocks, lambda inlines: texts.append(plain_text(inlines)) or inlines)
    return " ".join(texts)


def for_each_inline_list(blocks, function):
    """Replace every list of inlines in `blocks` (recursively) by function(list)."""
    for block in blocks:
        kind, content = block["t"], block.get("c")
        if kind in ("Plain", "Para"):
            block["c"] = function(content)
        elif kind == "Header":
            content[2] = function(content[2])
        elif kind == "BulletList":
            for item in content:
                for_each_inline_list(item, function)
        elif kind == "OrderedList":
            for item in content[1]:
                for_each_inline_list(item, function)
        elif kind == "BlockQuote":
            for_each_inline_list(content, function)
        elif kind == "Div":
            for_each_inline_list(content[1], function)
        elif kind == "DefinitionList":
            for term, definitions in content:
                term[:] = function(term)
                for definition in definitions:
                    for_each_inline_list(definition, function)
        elif kind == "LineBlock":
            content[:] = [function(line) for line in content]
        elif kind == "Table":
            for cell in table_cells(block):
                for_each_inline_list(cell[4], function)


def table_rows(table):
    _, _, _, head, bodies, foot = table["c"]
    rows = list(head[1])
    for body in bodies:
        rows.extend(body[2])
        rows.extend(body[3])
    rows.extend(foot[1])
    return rows


def table_cells(table):
    for row in table_rows(table):
        yield from row[1]


def merge_strings(inlines):
    merged = []
    for node in inlines:
        if node["t"] == "Str" and merged and merged[-1]["t"] == "Str":
            merged[-1] = Str(merged[-1]["c"] + node["c"])
        else:
            merged.append(node)
    return merged


# ---------------------------------------------------------------- placeholders

def mark_placeholders(inlines, style=house_style.PLACEHOLDER):
    """Wrap each [bracketed text] (brackets may nest and span words) in a styled Span."""
    out, capture, depth = [], [], 0
    for node in inlines:
        if node["t"] == "Str":
            for piece in re.split(r"([\[\]])", node["c"]):
                if not piece:
                    continue
                if piece == "[":
                    depth += 1
                    capture.append(Str(piece))
                elif piece == "]" and depth:
                    depth -= 1
                    capture.append(Str(piece))
                    if not depth:
                        out.append(Span(merge_strings(capture), style))
                        capture = []
                else:
                    (capture if depth else out).append(Str(piece))
        elif depth:
            # Code keeps its words (and stays Latin, lang "zxx": not a language) but takes the
            # placeholder's marking: a Word run has one character style.
            capture.append(Span([Str(node["c"][1])], attributes={"lang": "zxx"}) if node["t"] == "Code" else node)
        elif node["t"] in INLINE_CONTAINERS:
            out.append({"t": node["t"], "c": mark_placeholders(node["c"], style)})
        elif node["t"] == "Span" and not any(key == "custom-style" for key, _ in node["c"][0][2]):
            out.append({"t": "Span", "c": [node["c"][0], mark_placeholders(node["c"][1], style)]})
        else:
            out.append(node)
    out.extend(capture)  # an unclosed [ is ordinary text
    return merge_strings(out)


def only_fields(inlines, allowed_words: int = 0) -> bool:
    """True when a paragraph is placeholders and at most `allowed_words` other words (Broj: [..])."""
    rest = plain_text([node for node in inlines
                       if not (node["t"] == "Span" and ["custom-style", house_style.PLACEHOLDER] in node["c"][0][2])])
    return len(re.findall(r"[^\W\d_]+", rest)) <= allowed_words and "[" in plain_text(inlines)


def restyle(inlines, old, new):
    for node in inlines:
        if node["t"] == "Span":
            node["c"][0][2] = [[key, new if (key == "custom-style" and value == old) else value]
                               for key, value in node["c"][0][2]]
            restyle(node["c"][1], old, new)
        elif node["t"] in INLINE_CONTAINERS:
            restyle(node["c"], old, new)
    return inlines


# ---------------------------------------------------------------- links, headings, tables

def page_url(site_url: str, language: str, relative: str, anchor: str = "") -> str:
    prefix = "" if language == "bs" else f"{language}/"
    stem = relative[:-3] if relative.endswith(".md") else relative
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    else:
        stem += "/"
    return site_url.rstrip("/") + "/" + prefix + stem + (f"#{anchor}" if anchor else "")


def absolute_links(blocks, page: Page, site_url: str):
    """Links between handbook pages point to the handbook online: the file leaves the site."""
    def fix(inlines):
        for node in inlines:
            if node["t"] == "Link":
                target = node["c"][2][0]
                if not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
                    path, _, anchor = target.partition("#")
                    if path:
                        path = posixpath.normpath(posixpath.join(posixpath.dirname(page.relative_path), path))
                    else:
                        path = page.relative_path
                    node["c"][2][0] = page_url(site_url, page.language, path, anchor)
                fix(node["c"][1])
            elif node["t"] in INLINE_CONTAINERS:
                fix(node["c"])
            elif node["t"] in ("Span", "Quoted"):
                fix(node["c"][1])
        return inlines
    for_each_inline_list(blocks, fix)


def shift_headings(blocks, top_level: int):
    """The highest heading of the chosen sections becomes Heading 1."""
    def visit(items):
        for block in items:
            if block["t"] == "Header":
                block["c"][0] = max(1, block["c"][0] - top_level + 1)
            elif block["t"] == "Div":
                visit(block["c"][1])
    visit(blocks)


LINE_CHARACTERS = 95  # about what a table row holds across an A4 page at the table text size


def set_column_widths(blocks):
    """Relative column widths from the cells' text: first every column gets room for its longest
    word, then the rest of the line goes to the columns with the most text."""
    for block in blocks:
        if block["t"] == "Div":
            set_column_widths(block["c"][1])
        if block["t"] != "Table":
            continue
        colspecs = block["c"][2]
        lengths = [[] for _ in colspecs]
        longest_word = [1] * len(colspecs)
        rows = table_rows(block)
        for row in rows:
            for index, cell in enumerate(row[1][: len(colspecs)]):
                text = blocks_text(cell[4])
                lengths[index].append(len(text))
                widest = max([len(word) for word in text.split()] or [1])
                # Header words are bold, so wider.
                longest_word[index] = max(longest_word[index], widest * (1.2 if row is rows[0] else 1))
        minimum = [min(word + 1.5, 18) for word in longest_word]
        wanted = [min(0.5 * max(column) + 0.5 * sum(column) / len(column), 60) for column in lengths]
        extra = [max(want - least, 0) for want, least in zip(wanted, minimum)]
        room = LINE_CHARACTERS - sum(minimum)
        if room > 0 and sum(extra) > 0:
            widths = [least + room * more / sum(extra) for least, more in zip(minimum, extra)]
        else:
            widths = minimum
        total = sum(widths)
        for index, spec in enumerate(colspecs):
            spec[1] = {"t": "ColWidth", "c": round(widths[index] / total, 4)}


def blank_cells(blocks):
    """A table cell that is only "[ ]" is a blank to fill in: make it wide enough to see and use."""
    for block in blocks:
        if block["t"] == "Div":
            blank_cells(block["c"][1])
        if block["t"] != "Table":
            continue
        for cell in table_cells(block):
            if blocks_text(cell[4]).strip() == "[ ]":
                cell[4] = [{"t": "Plain", "c": [Str("[\u00a0\u00a0\u00a0\u00a0\u00a0]")]}]


# ---------------------------------------------------------------- Cyrillic

def transliterate(blocks):
    def inlines_to_cyrillic(inlines):
        for node in inlines:
            kind = node["t"]
            if kind == "Str":
                node["c"] = word_to_cyrillic(node["c"])
            elif kind == "Strong" and is_raci_letter(plain_text(node["c"])):
                continue  # **R** (responsible): a RACI letter
            elif kind in INLINE_CONTAINERS:
                inlines_to_cyrillic(node["c"])
            elif kind == "Span":
                language = dict((key, value) for key, value in node["c"][0][2]).get("lang")
                if language is None or language.startswith("bs"):
                    inlines_to_cyrillic(node["c"][1])
            elif kind in ("Link", "Quoted"):
                language = dict((key, value) for key, value in node["c"][0][2]).get("lang") if kind == "Link" else None
                if language is None or language.startswith("bs"):
                    inlines_to_cyrillic(node["c"][1])
        return inlines

    def visit(items):
        for block in items:
            if block["t"] == "Table":
                for cell in table_cells(block):
                    if is_raci_letter(blocks_text(cell[4])):
                        continue
                    visit(cell[4])
            elif block["t"] in ("BulletList",):
                for item in block["c"]:
                    visit(item)
            elif block["t"] == "OrderedList":
                for item in block["c"][1]:
                    visit(item)
            elif block["t"] == "BlockQuote":
                visit(block["c"])
            elif block["t"] == "Div":
                visit(block["c"][1])
            else:
                for_each_inline_list([block], inlines_to_cyrillic)
    visit(blocks)


# ---------------------------------------------------------------- building the document tree

def markdown_for(page: Page, sections: list[str], act: bool) -> str:
    parts = []
    for section_id in sections:
        numbered = page.section_lines(section_id, with_heading=not act)
        check_renderable(page, numbered)
        parts.append("\n".join(text for _, text in numbered))
    text = "\n\n".join(parts)
    text = MARKER.sub("", text)
    text = LANG_SPAN.sub(lambda m: f"[{m[1]}{m[2]}{m[1]}]{{lang={m[3]}}}", text)
    text = LINK_ATTRIBUTES.sub(_link_language, text)
    return HEADING_ID.sub(r"\1 {#\2}", text)


def _link_language(match) -> str:
    """Of a link's attributes only its language matters in a document (download="..." does not)."""
    language = re.search(r"lang=\"?([A-Za-z-]+)", match[2])
    return match[1] + (f"{{lang={language[1]}}}" if language else "")


def lead_fields(page: Page, repeats: list[str]) -> list[tuple[str, str]]:
    """The page's own head line before its first section, "Label: [value] · Label: [value]",
    without the labels the standard head already has."""
    first_section = min((section.start for section in page.sections.values()), default=len(page.lines))
    intro = " ".join(page.lines[page.body_start:first_section])
    fields = []
    for label, value in re.findall(r"\**([^*·:\[\]]{2,40}?):\**\s*(\[[^\]]*\])", intro):
        label = label.strip()
        if label and label not in repeats and re.fullmatch(r"[^\W\d_][\w /()-]*", label):
            fields.append((label, value))
    return fields


def field_paragraph(label: str, value_inlines):
    return Para(([Str(label), Space()] if label else []) + value_inlines)


def head_div(paragraphs) -> dict:
    """The head: the institution's name in bold, then the other lines, then space before the text."""
    blocks = [Div([paragraphs[0]], house_style.INSTITUTION)] + paragraphs[1:]
    if len(blocks) > 1:
        blocks[-1] = Div([blocks[-1]], house_style.HEAD_END)
    return Div(blocks, house_style.HEAD)


def head_blocks(labels: dict, extra_fields) -> dict:
    fill = house_style.FILL_IN
    paragraphs = [
        Para(mark_placeholders(words(labels["institution"]), fill)),
        field_paragraph(labels["number_label"], mark_placeholders(words(labels["number"]), fill)),
        field_paragraph(labels["date_label"], mark_placeholders(words(labels["date"]), fill)),
    ]
    for label, value in extra_fields:
        paragraphs.append(field_paragraph(f"{label}:", mark_placeholders(words(value))))
    return head_div(paragraphs)


def note_block(labels: dict, source_url: str) -> dict:
    inlines = mark_placeholders(words(labels["note"]))
    inlines += [Space(), {"t": "Link", "c": [["", [], []], [Str(source_url)], [source_url, ""]]}]
    return Div([Para(inlines)], house_style.NOTE)


def shape_act(blocks, page: Page):
    """A legal act: head lines (fill-in fields), preamble, bold title, articles, signature."""
    title_index = next((index for index, block in enumerate(blocks)
                        if block["t"] == "Para" and len(block["c"]) == 1 and block["c"][0]["t"] == "Strong"), None)
    if title_index is None:
        raise TemplateError(page.path, None, "the act has no title line",
                            "write the act's title as one bold line, **[UPUTSTVO] O ...**, before its first article")
    head, preamble = [], []
    for block in blocks[:title_index]:
        if block["t"] == "Para" and only_fields(block["c"], allowed_words=1) and not preamble:
            head.append(Para(restyle(block["c"], house_style.PLACEHOLDER, house_style.FILL_IN)))
        else:
            preamble.append(block)
    title = Div([Para(blocks[title_index]["c"][0]["c"])], house_style.TITLE)
    body = blocks[title_index + 1:]
    signature = []
    while body and body[-1]["t"] == "Para" and only_fields(body[-1]["c"]):
        lines = [{"t": "LineBreak"} if node["t"] == "SoftBreak" else node for node in body.pop()["c"]]
        signature.insert(0, Para(lines))
    if signature and body and body[-1]["t"] == "Para":
        body[-1] = Div([body[-1]], house_style.BEFORE_SIGNATURE)
    result = ([head_div(head)] if head else []) + preamble + [title] + body
    if signature:
        result.append(Div(signature, house_style.SIGNATURE))
    return result


def document_tree(page: Page, entry: dict, labels: dict, script: str, site_url: str) -> tuple[dict, str]:
    """The pandoc tree of one document, and its title."""
    settings = entry["document"]
    act = bool(settings.get("act"))
    markdown = markdown_for(page, settings["sections"], act)
    try:
        tree = json.loads(pypandoc.convert_text(markdown, "json", format=PANDOC_READER))
    except RuntimeError as error:
        raise TemplateError(page.path, None, f"pandoc could not read the sections {settings['sections']}: {error}",
                            "simplify the Markdown of these sections (plain paragraphs, lists, | tables |)") from None
    blocks = tree["blocks"]
    headings = [block["c"][0] for block in blocks if block["t"] == "Header"]
    shift_headings(blocks, min(headings) if headings else 1)
    absolute_links(blocks, page, site_url)
    set_column_widths(blocks)
    blank_cells(blocks)
    for_each_inline_list(blocks, mark_placeholders)
    source = page_url(site_url, page.language, page.relative_path)
    if act:
        blocks = shape_act(blocks, page)
        title = plain_text(next(block for block in blocks if block["t"] == "Div"
                                and block["c"][0][2] == [["custom-style", house_style.TITLE]])["c"][1][0]["c"])
        blocks = [note_block(labels, source)] + blocks
    else:
        title = page.title
        fields = lead_fields(page, labels["head_repeats"]) if settings.get("lead_fields") else []
        blocks = [note_block(labels, source), head_blocks(labels, fields),
                  Div([Para(words(title))], house_style.TITLE)] + blocks
    if script == "cyrl":
        transliterate(blocks)
        title = to_cyrillic(title)
    tree["blocks"] = blocks
    tree["meta"] = {"lang": {"t": "MetaString", "c": labels["locale"]}}
    return tree, title


# ---------------------------------------------------------------- writing

def _localised(tree: dict, names: dict) -> dict:
    """Word finds custom styles by their (localised) name; LibreOffice by the internal one."""
    text = json.dumps(tree)
    for internal, shown in names.items():
        if internal in house_style.CUSTOM_STYLES:
            text = text.replace(f'["custom-style", "{internal}"]', f'["custom-style", {json.dumps(shown)}]')
    return json.loads(text)


def write_docx(tree: dict, reference: str, names: dict, target, meta: dict) -> None:
    pypandoc.convert_text(json.dumps(_localised(tree, names)), "docx", format="json", outputfile=str(target),
                          extra_args=[f"--reference-doc={reference}"])
    finish_docx(target, names, meta)


def write_odt(tree: dict, reference: str, target, meta: dict) -> None:
    pypandoc.convert_text(json.dumps(tree), "odt", format="json", outputfile=str(target),
                          extra_args=[f"--reference-doc={reference}"])
    finish_odt(target, meta)


W = house_style.W


def _field_description(text: str) -> str:
    inner = text.strip().strip("[]").strip()
    return inner[:1].upper() + inner[1:].lower()


def finish_docx(path, names: dict, meta: dict) -> None:
    """Head fields into Word content controls (click, type, done); document properties."""
    from docx import Document

    document = Document(str(path))
    fill_id = next((style.style_id for style in document.styles if style.name == names[house_style.FILL_IN]), None)
    identifier = 1000
    for group in _field_runs(document.element.body, fill_id):
        text = "".join(node.text or "" for run in group for node in run.iter(f"{{{W}}}t"))
        identifier += 1
        description = _field_description(text)
        # A rich-text control (no <w:text/>): LibreOffice drops the marking of plain-text ones.
        control = etree.fromstring(
            f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:rPr><w:rStyle w:val="{fill_id}"/></w:rPr>'
            f'<w:alias w:val="{description}"/><w:tag w:val="{description}"/><w:id w:val="{identifier}"/>'
            f'<w:showingPlcHdr/></w:sdtPr><w:sdtContent/></w:sdt>')
        group[0].addprevious(control)
        content = control.find(f"{{{W}}}sdtContent")
        for run in group:
            content.append(run)
    # A paragraph right after a table gets room above it (the table style cannot give room below).
    for table in document.element.body.iter(f"{{{W}}}tbl"):
        following = table.getnext()
        if following is not None and following.tag == f"{{{W}}}p":
            _space_before(following, "160")
    properties = document.core_properties
    properties.title = meta["title"]
    properties.language = meta["locale"]
    properties.subject = meta["subject"]
    properties.author = meta["author"]
    properties.comments = meta["comments"]
    properties.keywords = meta["keywords"]
    properties.created = properties.modified = meta["date"]
    properties.last_modified_by = meta["author"]
    properties.revision = 1
    document.save(str(path))


# What may follow <w:spacing> inside <w:pPr>: Word rejects a file whose elements are out of order.
AFTER_SPACING = ("ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
                 "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
                 "pPrChange")


def _space_before(paragraph, twips: str) -> None:
    properties = paragraph.find(f"{{{W}}}pPr")
    if properties is None:
        properties = etree.Element(f"{{{W}}}pPr")
        paragraph.insert(0, properties)
    spacing = properties.find(f"{{{W}}}spacing")
    if spacing is None:
        spacing = etree.Element(f"{{{W}}}spacing")
        later = next((child for child in properties if etree.QName(child).localname in AFTER_SPACING), None)
        if later is None:
            properties.append(spacing)
        else:
            later.addprevious(spacing)
    spacing.set(f"{{{W}}}before", twips)


def _field_runs(body, style_id):
    """Groups of neighbouring runs in the fill-in style: each group is one field."""
    groups = []
    for paragraph in body.iter(f"{{{W}}}p"):
        current = []
        for child in paragraph:
            style = child.find(f"{{{W}}}rPr/{{{W}}}rStyle") if child.tag == f"{{{W}}}r" else None
            if style is not None and style.get(f"{{{W}}}val") == style_id:
                current.append(child)
                continue
            if current:
                groups.append(current)
                current = []
        if current:
            groups.append(current)
    return groups


OFFICE, TEXT = house_style.OFFICE, house_style.TEXT
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


def finish_odt(path, meta: dict) -> None:
    """Head fields into LibreOffice placeholders (click to select, type to replace); metadata."""
    with zipfile.ZipFile(path) as source:
        items = [(item, source.read(item.filename)) for item in source.infolist()]
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for item, data in items:
            if item.filename == "content.xml":
                data = _odt_content(data)
            elif item.filename == "meta.xml":
                data = _odt_meta(data, meta)
            compression = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(item, data, compress_type=compression)
    path.write_bytes(output.getvalue())


def _odt_tables(root) -> None:
    """pandoc's table cells have no borders; give them the same lines and header shading as Word's."""
    style_ns = house_style.STYLE
    rule = f"0.5pt solid #{house_style.RULE_COLOUR}"
    for style in root.iter(f"{{{style_ns}}}style"):
        family, name = style.get(f"{{{style_ns}}}family"), style.get(f"{{{style_ns}}}name")
        if family == "table-cell":
            properties = style.find(f"{{{style_ns}}}table-cell-properties")
            properties.set(f"{{{house_style.FO}}}border", rule)
            properties.set(f"{{{house_style.FO}}}padding", "0.07cm")
            if name == "TableHeaderRowCell":
                properties.set(f"{{{house_style.FO}}}background-color", f"#{house_style.HEADER_FILL}")
        elif family == "table":
            properties = style.find(f"{{{style_ns}}}table-properties")
            properties.set(f"{{{house_style.FO}}}margin-top", "0.1cm")
            properties.set(f"{{{house_style.FO}}}margin-bottom", "0.3cm")


CHECKBOX = "\u2610"


def _odt_checklists(root) -> None:
    """pandoc writes a task list as bullets followed by ☐; give such lists ☐ as their bullet instead."""
    style_ns = house_style.STYLE
    list_styles = {}
    for text_list in root.iter(f"{{{TEXT}}}list"):
        items = text_list.findall(f"{{{TEXT}}}list-item")
        first_paragraphs = [item.find(f"{{{TEXT}}}p") for item in items]
        if not items or any(p is None or not (p.text or "").startswith(CHECKBOX + " ") for p in first_paragraphs):
            continue
        for paragraph in first_paragraphs:
            paragraph.text = paragraph.text[len(CHECKBOX) + 1:]
        list_styles[text_list.get(f"{{{TEXT}}}style-name")] = True
    for list_style in root.iter(f"{{{TEXT}}}list-style"):
        if list_style.get(f"{{{style_ns}}}name") in list_styles:
            for level in list_style.findall(f"{{{TEXT}}}list-level-style-bullet"):
                level.set(f"{{{TEXT}}}bullet-char", CHECKBOX)


def _odt_content(data: bytes) -> bytes:
    """An input field prints its text (a LibreOffice placeholder would not) and opens a box to fill in."""
    root = etree.fromstring(data)
    _odt_tables(root)
    _odt_checklists(root)
    spans = [span for span in root.iter(f"{{{TEXT}}}span")
             if span.get(f"{{{TEXT}}}style-name") == house_style.FILL_IN]
    for span in spans:
        text = "".join(span.itertext())
        for child in list(span):
            span.remove(child)
        span.text = None
        field = etree.SubElement(span, f"{{{TEXT}}}text-input")
        field.set(f"{{{TEXT}}}description", _field_description(text))
        field.text = text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _odt_meta(data: bytes, meta: dict) -> bytes:
    root = etree.fromstring(data)
    container = root.find(f"{{{OFFICE}}}meta")
    for tag, value in ((f"{{{DC}}}title", meta["title"]), (f"{{{DC}}}language", meta["locale"]),
                       (f"{{{DC}}}subject", meta["subject"]), (f"{{{DC}}}description", meta["comments"]),
                       (f"{{{META}}}initial-creator", meta["author"]), (f"{{{DC}}}creator", meta["author"]),
                       (f"{{{META}}}creation-date", meta["date"].strftime("%Y-%m-%dT%H:%M:%S")),
                       (f"{{{DC}}}date", meta["date"].strftime("%Y-%m-%dT%H:%M:%S"))):
        for old in container.findall(tag):
            container.remove(old)
        element = etree.SubElement(container, tag)
        element.text = value
    keyword = etree.SubElement(container, f"{{{META}}}keyword")
    keyword.text = meta["keywords"]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def fixed_date(stamp: str | None) -> datetime:
    """The documents' creation date: the pages' review date, so that the same source gives the same file."""
    if stamp:
        return datetime.strptime(str(stamp), "%Y-%m-%d").replace(tzinfo=timezone.utc)
    return datetime(2026, 1, 1, tzinfo=timezone.utc)

