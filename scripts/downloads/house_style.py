"""The look of every generated document: A4, Arial (which Word and LibreOffice have with č ć đ š ž and
Cyrillic; LibreOffice on Linux substitutes the metric-compatible Liberation Sans), real heading
styles, bordered tables with a shaded header row, marked fill-in fields, a page-number footer.

pandoc takes its styles from a reference document. This module makes one per language, script and
kind (an act centres its article headings) from pandoc's own default reference, by rewriting the
styles pandoc uses; the same style names then serve the .docx and the .odt."""

import io
import re
import zipfile

from lxml import etree

FONT = "Arial"
CODE_FONT = "Courier New"
HEADING_COLOUR = "123A5A"  # the site's dark primary colour
RULE_COLOUR = "8EA3B8"
HEADER_FILL = "DCE6F0"
PLACEHOLDER_FILL = "FFF2A8"  # pale yellow: easy to see, prints light
NOTE_COLOUR = "595959"

# Custom styles the generator uses (pandoc's custom-style names); shown in the office program under
# the localised name from labels.yml.
PLACEHOLDER, FILL_IN, HEAD, INSTITUTION, HEAD_END, TITLE, SIGNATURE, BEFORE_SIGNATURE, NOTE = (
    "Placeholder", "FillIn", "DocumentHead", "InstitutionName", "DocumentHeadEnd", "DocumentTitle", "Signature",
    "BeforeSignature", "Instructions")
CUSTOM_STYLES = (PLACEHOLDER, FILL_IN, HEAD, INSTITUTION, HEAD_END, TITLE, SIGNATURE, BEFORE_SIGNATURE, NOTE)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_W = {"w": W}


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _fragment(xml: str):
    return etree.fromstring(f'<w:root xmlns:w="{W}">{xml}</w:root>')


# ---------------------------------------------------------------- Word (.docx)

def _docx_style(root, style_id, name, kind="paragraph", based_on=None, ppr="", rpr="", next_style=None,
                custom=True):
    style = root.find(f"w:style[@w:styleId='{style_id}']", NS_W)
    if style is None:
        style = etree.SubElement(root, _w("style"))
        style.set(_w("type"), kind)
        style.set(_w("styleId"), style_id)
        if custom:
            style.set(_w("customStyle"), "1")
    for child in list(style):
        if etree.QName(child).localname in ("name", "basedOn", "next", "pPr", "rPr", "link"):
            style.remove(child)
    name_element = etree.Element(_w("name"))
    name_element.set(_w("val"), name)
    style.insert(0, name_element)
    position = 1
    if based_on:
        element = etree.Element(_w("basedOn"))
        element.set(_w("val"), based_on)
        style.insert(position, element)
        position += 1
    if next_style:
        element = etree.Element(_w("next"))
        element.set(_w("val"), next_style)
        style.insert(position, element)
    for xml in (ppr, rpr):
        if xml:
            style.append(_fragment(xml)[0])
    return style


def _fonts(font=FONT):
    return f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'


def reference_docx(default_reference: bytes, locale: str, names: dict, act: bool) -> bytes:
    """pandoc's default reference.docx with this project's styles, A4 page and footer."""
    source = zipfile.ZipFile(io.BytesIO(default_reference))
    styles = etree.fromstring(source.read("word/styles.xml"))
    # Explicit fonts everywhere: theme fonts would win over them and differ between computers.
    for fonts in styles.iter(_w("rFonts")):
        for attribute in list(fonts.attrib):
            if attribute.endswith("Theme") or attribute.endswith("theme"):
                del fonts.attrib[attribute]
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS_W)
    for child in list(defaults):
        defaults.remove(child)
    for element in _fragment(_fonts() + '<w:sz w:val="22"/><w:szCs w:val="22"/>'
                             f'<w:lang w:val="{locale}" w:eastAsia="{locale}" w:bidi="ar-SA"/>'):
        defaults.append(element)
    paragraph_defaults = styles.find("w:docDefaults/w:pPrDefault/w:pPr", NS_W)
    for child in list(paragraph_defaults):
        paragraph_defaults.remove(child)
    paragraph_defaults.append(_fragment('<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>')[0])

    body_ppr = '<w:pPr><w:spacing w:before="60" w:after="120"/><w:jc w:val="both"/></w:pPr>'
    _docx_style(styles, "Normal", "Normal", custom=False, rpr=f"<w:rPr>{_fonts()}</w:rPr>")
    _docx_style(styles, "BodyText", "Body Text", based_on="Normal", custom=False, ppr=body_ppr)
    _docx_style(styles, "FirstParagraph", "First Paragraph", based_on="BodyText", next_style="BodyText",
                ppr=body_ppr)
    _docx_style(styles, "Compact", "Compact", based_on="BodyText",
                ppr='<w:pPr><w:spacing w:before="0" w:after="60"/><w:jc w:val="left"/></w:pPr>')
    heading = '<w:rPr>' + _fonts() + '<w:b/><w:bCs/><w:color w:val="' + HEADING_COLOUR + '"/>' \
        '<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    for level, (size, before, after) in enumerate([(26, 360, 120), (24, 240, 100), (22, 200, 80),
                                                    (22, 160, 60)], start=1):
        centred = '<w:jc w:val="center"/>' if act and level == 1 else ""
        _docx_style(styles, f"Heading{level}", f"heading {level}", based_on="Normal", next_style="BodyText",
                    custom=False,
                    ppr=f'<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/>'
                        f'{centred}<w:outlineLvl w:val="{level - 1}"/></w:pPr>',
                    rpr=heading.format(size=size if not act else 22))
    _docx_style(styles, TITLE, names[TITLE], based_on="Normal", next_style="BodyText",
                ppr='<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/></w:pPr>',
                rpr=f'<w:rPr>{_fonts()}<w:b/><w:bCs/><w:color w:val="{HEADING_COLOUR}"/>'
                    '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>')
    _docx_style(styles, HEAD, names[HEAD], based_on="Normal",
                ppr='<w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/></w:pPr>')
    _docx_style(styles, INSTITUTION, names[INSTITUTION], based_on=HEAD,
                ppr='<w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/></w:pPr>',
                rpr='<w:rPr><w:b/><w:bCs/></w:rPr>')
    _docx_style(styles, HEAD_END, names[HEAD_END], based_on=HEAD,
                ppr='<w:pPr><w:spacing w:before="0" w:after="360"/><w:jc w:val="left"/></w:pPr>')
    _docx_style(styles, SIGNATURE, names[SIGNATURE], based_on="Normal",
                ppr='<w:pPr><w:keepLines/><w:spacing w:before="480" w:after="0"/><w:ind w:left="5103"/>'
                    '<w:jc w:val="center"/></w:pPr>')
    # The act's last paragraph stays on the page of the signature.
    _docx_style(styles, BEFORE_SIGNATURE, names[BEFORE_SIGNATURE], based_on="BodyText",
                ppr='<w:pPr><w:keepNext/><w:spacing w:before="60" w:after="120"/><w:jc w:val="both"/></w:pPr>')
    _docx_style(styles, NOTE, names[NOTE], based_on="Normal",
                ppr='<w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="'
                    + RULE_COLOUR + '"/></w:pBdr><w:spacing w:before="0" w:after="240"/>'
                    '<w:ind w:left="170"/><w:jc w:val="left"/></w:pPr>',
                rpr=f'<w:rPr><w:i/><w:iCs/><w:color w:val="{NOTE_COLOUR}"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>')
    marked = f'<w:rPr><w:shd w:val="clear" w:color="auto" w:fill="{PLACEHOLDER_FILL}"/></w:rPr>'
    _docx_style(styles, PLACEHOLDER, names[PLACEHOLDER], kind="character", based_on="DefaultParagraphFont",
                rpr=marked)
    _docx_style(styles, FILL_IN, names[FILL_IN], kind="character", based_on="DefaultParagraphFont", rpr=marked)
    _docx_style(styles, "Hyperlink", "Hyperlink", kind="character", based_on="DefaultParagraphFont",
                custom=False, rpr=f'<w:rPr><w:color w:val="{HEADING_COLOUR}"/><w:u w:val="single"/></w:rPr>')
    _docx_style(styles, "VerbatimChar", "Verbatim Char", kind="character", based_on="DefaultParagraphFont",
                rpr=f'<w:rPr>{_fonts(CODE_FONT)}<w:sz w:val="20"/></w:rPr>')
    _docx_style(styles, "BlockText", "Block Text", based_on="BodyText", custom=False,
                ppr='<w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="' + RULE_COLOUR
                    + '"/></w:pBdr><w:ind w:left="340"/></w:pPr>')
    _docx_table_style(styles)

    document = etree.fromstring(source.read("word/document.xml"))
    body = document.find("w:body", NS_W)
    old = body.find("w:sectPr", NS_W)
    section = _fragment(
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterPages" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1418" w:header="709" '
        'w:footer="567" w:gutter="0"/></w:sectPr>')[0]
    body.replace(old, section)
    footer = _docx_footer(names["page"])
    relations = etree.fromstring(source.read("word/_rels/document.xml.rels"))
    relation = etree.SubElement(relations, "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship")
    relation.set("Id", "rIdFooterPages")
    relation.set("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer")
    relation.set("Target", "footer1.xml")
    content_types = source.read("[Content_Types].xml").decode("utf-8").replace(
        "</Types>",
        '<Override PartName="/word/footer1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    replaced = {
        "word/styles.xml": etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True),
        "word/document.xml": etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True),
        "word/_rels/document.xml.rels": etree.tostring(relations, xml_declaration=True, encoding="UTF-8",
                                                       standalone=True),
        "[Content_Types].xml": content_types.encode("utf-8"),
    }
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, replaced.get(item.filename, source.read(item.filename)))
        target.writestr("word/footer1.xml", footer)
    return output.getvalue()


def _docx_table_style(styles):
    border = f'w:val="single" w:sz="4" w:space="0" w:color="{RULE_COLOUR}"'
    style = _docx_style(styles, "Table", "Table", kind="table", based_on="TableNormal", custom=False,
                        rpr='<w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>')
    for child in list(style):
        if etree.QName(child).localname in ("tblPr", "tblStylePr", "tcPr"):
            style.remove(child)
    style.append(_fragment(
        f'<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders><w:top {border}/><w:left {border}/>'
        f'<w:bottom {border}/><w:right {border}/><w:insideH {border}/><w:insideV {border}/></w:tblBorders>'
        '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>')[0])
    style.append(_fragment(
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/><w:vAlign w:val="bottom"/></w:tcPr>'
        '</w:tblStylePr>')[0])


def _docx_footer(page_text: str) -> bytes:
    """A centred footer 'Strana X od Y' with Word's PAGE and NUMPAGES fields."""
    before, middle, after = re.split(r"\{page\}|\{pages\}", page_text)

    def run(text):
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""

    def field(code):
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} '
                '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W}"><w:p><w:pPr>'
            f'<w:jc w:val="center"/><w:rPr><w:color w:val="{NOTE_COLOUR}"/><w:sz w:val="18"/></w:rPr></w:pPr>'
            f'{run(before)}{field("PAGE")}{run(middle)}{field("NUMPAGES")}{run(after)}</w:p></w:ftr>'
            ).encode("utf-8")


# ---------------------------------------------------------------- LibreOffice Writer (.odt)

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
NS_ODF = {"office": OFFICE, "style": STYLE, "text": TEXT, "fo": FO, "svg": SVG}


def _odf(xml: str):
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS_ODF.items())
    return etree.fromstring(f"<office:root {namespaces}>{xml}</office:root>")


def _odt_style(styles, name, display, family="paragraph", parent=None, paragraph="", text="", next_style=None):
    existing = styles.find(f"style:style[@style:name='{name}'][@style:family='{family}']", NS_ODF)
    if existing is not None:
        styles.remove(existing)
    attributes = f'style:name="{name}" style:display-name="{display}" style:family="{family}"'
    if parent:
        attributes += f' style:parent-style-name="{parent}"'
    if next_style:
        attributes += f' style:next-style-name="{next_style}"'
    if name.startswith("Heading_20_"):
        attributes += f' style:default-outline-level="{name[-1]}"'
    inner = (f"<style:paragraph-properties {paragraph}/>" if paragraph else "") + \
        (f"<style:text-properties {text}/>" if text else "")
    styles.append(_odf(f"<style:style {attributes}>{inner}</style:style>")[0])


def _odt_language(locale: str) -> str:
    language, *rest = locale.split("-")
    script = next((part for part in rest if len(part) == 4), None)
    country = next((part for part in rest if len(part) == 2), None)
    attributes = f'fo:language="{language}"' + (f' fo:country="{country}"' if country else "")
    return attributes + (f' fo:script="{script}"' if script else "")


def reference_odt(default_reference: bytes, locale: str, names: dict, act: bool) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(default_reference))
    root = etree.fromstring(source.read("styles.xml"))
    faces = root.find("office:font-face-decls", NS_ODF)
    for face in faces.findall("style:font-face", NS_ODF):
        if face.get(f"{{{STYLE}}}name") == FONT:
            faces.remove(face)
    faces.append(_odf(f'<style:font-face style:name="{FONT}" svg:font-family="{FONT}" '
                      'style:font-family-generic="swiss" style:font-pitch="variable"/>')[0])
    styles = root.find("office:styles", NS_ODF)
    language = _odt_language(locale)
    font = f'style:font-name="{FONT}" style:font-name-asian="{FONT}" style:font-name-complex="{FONT}"'
    for default in styles.findall("style:default-style", NS_ODF):
        if default.get(f"{{{STYLE}}}family") == "paragraph":
            text_properties = default.find("style:text-properties", NS_ODF)
            for attribute in list(text_properties.attrib):
                if attribute.startswith(f"{{{FO}}}") and attribute.split("}")[1] in ("language", "country", "script"):
                    del text_properties.attrib[attribute]
            text_properties.set(f"{{{STYLE}}}font-name", FONT)
            text_properties.set(f"{{{FO}}}font-size", "11pt")
            for key, value in re.findall(r'fo:(\w+)="([^"]+)"', language):
                text_properties.set(f"{{{FO}}}{key}", value)
    body = 'fo:margin-top="0.1cm" fo:margin-bottom="0.21cm" fo:line-height="115%" fo:text-align="justify"'
    _odt_style(styles, "Standard", "Default Paragraph Style", text=f'{font} fo:font-size="11pt"')
    _odt_style(styles, "Text_20_body", "Text body", parent="Standard", paragraph=body)
    _odt_style(styles, "First_20_paragraph", "First paragraph", parent="Text_20_body", paragraph=body,
               next_style="Text_20_body")
    _odt_style(styles, "Heading", "Heading", parent="Standard", next_style="Text_20_body",
               paragraph='fo:keep-with-next="always" fo:margin-top="0.42cm" fo:margin-bottom="0.21cm"',
               text=f'{font} fo:font-weight="bold" style:font-weight-complex="bold" fo:color="#{HEADING_COLOUR}"')
    for level, size in enumerate(["13pt", "12pt", "11pt", "11pt"], start=1):
        centred = ' fo:text-align="center"' if act and level == 1 else ""
        _odt_style(styles, f"Heading_20_{level}", f"Heading {level}", parent="Heading", next_style="Text_20_body",
                   paragraph=f'fo:keep-with-next="always" fo:margin-top="{0.63 - 0.1 * level:.2f}cm" '
                             f'fo:margin-bottom="0.18cm"{centred}',
                   text=f'fo:font-size="{size if not act else "11pt"}"')
    _odt_style(styles, TITLE, names[TITLE], parent="Standard", next_style="Text_20_body",
               paragraph='fo:text-align="center" fo:margin-top="0.42cm" fo:margin-bottom="0.42cm" '
                         'fo:keep-with-next="always"',
               text=f'fo:font-size="14pt" fo:font-weight="bold" fo:color="#{HEADING_COLOUR}"')
    _odt_style(styles, HEAD, names[HEAD], parent="Standard", paragraph='fo:margin-top="0cm" fo:margin-bottom="0cm"')
    _odt_style(styles, INSTITUTION, names[INSTITUTION], parent=HEAD,
               paragraph='fo:margin-top="0cm" fo:margin-bottom="0cm"', text='fo:font-weight="bold"')
    _odt_style(styles, HEAD_END, names[HEAD_END], parent=HEAD,
               paragraph='fo:margin-top="0cm" fo:margin-bottom="0.63cm"')
    _odt_style(styles, SIGNATURE, names[SIGNATURE], parent="Standard",
               paragraph='fo:margin-left="9cm" fo:margin-top="0.85cm" fo:text-align="center" fo:keep-together="always"')
    _odt_style(styles, BEFORE_SIGNATURE, names[BEFORE_SIGNATURE], parent="Text_20_body",
               paragraph=body + ' fo:keep-with-next="always"')
    _odt_style(styles, NOTE, names[NOTE], parent="Standard",
               paragraph=f'fo:margin-left="0.3cm" fo:margin-bottom="0.42cm" fo:padding-left="0.2cm" '
                         f'fo:border-left="1.5pt solid #{RULE_COLOUR}" fo:border-right="none" fo:border-top="none" '
                         'fo:border-bottom="none"',
               text=f'fo:font-size="9pt" fo:font-style="italic" fo:color="#{NOTE_COLOUR}"')
    _odt_style(styles, "Table_20_Contents", "Table Contents", parent="Standard",
               paragraph='fo:margin-top="0cm" fo:margin-bottom="0.05cm" fo:text-align="start"',
               text='fo:font-size="9.5pt"')
    _odt_style(styles, "Table_20_Heading", "Table Heading", parent="Table_20_Contents",
               paragraph='fo:text-align="start"', text='fo:font-weight="bold"')
    _odt_style(styles, "Quotations", "Quotations", parent="Standard",
               paragraph=f'fo:margin-left="0.6cm" fo:padding-left="0.2cm" fo:border-left="1.5pt solid #{RULE_COLOUR}" '
                         'fo:border-right="none" fo:border-top="none" fo:border-bottom="none" fo:margin-bottom="0.21cm"')
    marked = f'fo:background-color="#{PLACEHOLDER_FILL}"'
    _odt_style(styles, PLACEHOLDER, names[PLACEHOLDER], family="text", text=marked)
    _odt_style(styles, FILL_IN, names[FILL_IN], family="text", text=marked)
    _odt_style(styles, "Internet_20_link", "Internet link", family="text",
               text=f'fo:color="#{HEADING_COLOUR}" style:text-underline-style="solid" '
                    'style:text-underline-width="auto" style:text-underline-color="font-color"')

    automatic = root.find("office:automatic-styles", NS_ODF)
    if automatic is None:
        automatic = etree.SubElement(root, f"{{{OFFICE}}}automatic-styles")
        root.remove(automatic)
        root.insert(list(root).index(styles) + 1, automatic)
    for layout in automatic.findall("style:page-layout", NS_ODF):
        automatic.remove(layout)  # pandoc's default is US Letter
    automatic.append(_odf(
        '<style:page-layout style:name="PageA4"><style:page-layout-properties fo:page-width="21cm" '
        'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.5cm" '
        'fo:margin-left="2.5cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties '
        'fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>')[0])
    automatic.append(_odf(
        '<style:style style:name="FooterText" style:family="paragraph"><style:paragraph-properties '
        f'fo:text-align="center"/><style:text-properties fo:font-size="9pt" fo:color="#{NOTE_COLOUR}"/>'
        '</style:style>')[0])
    masters = root.find("office:master-styles", NS_ODF)
    if masters is None:
        masters = etree.SubElement(root, f"{{{OFFICE}}}master-styles")
    for master in list(masters):
        masters.remove(master)
    before, middle, after = re.split(r"\{page\}|\{pages\}", names["page"])
    masters.append(_odf(
        '<style:master-page style:name="Standard" style:page-layout-name="PageA4"><style:footer>'
        f'<text:p text:style-name="FooterText">{before}<text:page-number text:select-page="current">1'
        f'</text:page-number>{middle}<text:page-count>1</text:page-count>{after}</text:p>'
        '</style:footer></style:master-page>')[0])
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "styles.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            compression = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(item, data, compress_type=compression)
    return output.getvalue()


def style_names(labels: dict) -> dict:
    """The custom styles' names as the office program shows them, plus the footer text."""
    names = dict(labels["styles"])
    names["page"] = labels["page"]
    return names
