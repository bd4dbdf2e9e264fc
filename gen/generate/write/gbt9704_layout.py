"""The GB/T 9704-2012 公文 page layout, and how to apply it to a python-docx package.

Both .docx writers (the fast one that assembles ``document.xml`` as text and the
object-API reference) start from a package configured by :func:`configure`, so
page, margins, fonts and the page-number footer are decided in one place.
Formatting lives in named Word styles (Title, Heading 1..4, Normal, Caption,
Table Text, Table Heading, Footer) rather than on each run: headings then show
in Word's navigation pane, a user can restyle the whole report at once, and the
per-document XML stays small.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

# -- page (GB/T 9704-2012 5.2) ------------------------------------------------
PAGE_WIDTH_MM = 210
PAGE_HEIGHT_MM = 297
MARGIN_TOP_MM = 37
MARGIN_BOTTOM_MM = 35
MARGIN_LEFT_MM = 28
MARGIN_RIGHT_MM = 26
LINES_PER_PAGE = 22

TWIPS_PER_MM = 1440 / 25.4
TYPE_AREA_HEIGHT_MM = PAGE_HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM  # 225
TYPE_AREA_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM  # 156
# 22 lines must fit the type area, so round the pitch down: 12755.9 / 22 -> 579 twips (28.95 pt).
LINE_PITCH_TWIPS = int(TYPE_AREA_HEIGHT_MM * TWIPS_PER_MM / LINES_PER_PAGE)
TYPE_AREA_WIDTH_TWIPS = int(TYPE_AREA_WIDTH_MM * TWIPS_PER_MM)  # 8844

# The page number's 一字线 sits 7 mm below the type area (GB/T 9704 7.5). Word
# measures the footer from the page edge to the footer's bottom, so subtract
# the height of one 4号 line (about 6.4 mm) as well.
FOOTER_DISTANCE_MM = MARGIN_BOTTOM_MM - 7 - 6.4
HEADER_DISTANCE_MM = 15

# -- type (sizes in half-points, as OOXML w:sz wants them) ---------------------
SIZE_2HAO = 44  # 二号 22 pt
SIZE_3HAO = 32  # 三号 16 pt
SIZE_4HAO = 28  # 四号 14 pt
SIZE_XIAO4 = 24  # 小四 12 pt

FONT_TITLE = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_H1 = "黑体"
FONT_H2 = "楷体_GB2312"
FONT_PAGE_NUMBER = "宋体"

# Only a line grid (22 lines a page). A "lines and characters" grid would squeeze
# 28 characters into a line in Word, but LibreOffice lays the same grid out with
# about 16 widely spaced characters a line; with a line grid every renderer sets
# 16 pt characters at their natural width (27 to a 156 mm line).
GRID_TYPE = "lines"

BODY_INDENT_TWIPS = SIZE_3HAO * 10 * 2  # two 16 pt characters = 32 pt = 640 twips
PAGE_NUMBER_INDENT_TWIPS = SIZE_4HAO * 10  # 空一字 of a 4号 character

# Style names as python-docx and Word's UI know them.
STYLE_TITLE = "Title"
STYLE_HEADINGS = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3", 4: "Heading 4"}
STYLE_BODY = "Normal"
STYLE_CAPTION = "Caption"
STYLE_TABLE_TEXT = "Table Text"
STYLE_TABLE_HEADING = "Table Heading"
STYLE_FOOTER = "Footer"
STYLE_TABLE = "Table Grid"

_KEEP_STYLES = (
    STYLE_BODY, STYLE_TITLE, *STYLE_HEADINGS.values(), STYLE_CAPTION, STYLE_TABLE_TEXT,
    STYLE_TABLE_HEADING, STYLE_FOOTER, STYLE_TABLE, "Normal Table", "Default Paragraph Font", "No List",
)

_RT_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_RT_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _fonts(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:eastAsia="{name}" w:hAnsi="{name}" w:cs="{name}"/>'


def _rpr(font: str, size: int, *, bold: bool = False) -> str:
    b = "<w:b/><w:bCs/>" if bold else "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>"
    return (
        f"<w:rPr {nsdecls('w')}>{_fonts(font)}{b}<w:color w:val=\"000000\"/><w:kern w:val=\"0\"/>"
        f"<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr>"
    )


def _ppr(
    *,
    line: int | None = LINE_PITCH_TWIPS,
    after: int = 0,
    first_line: bool = True,
    jc: str = "both",
    outline: int | None = None,
    keep_next: bool = False,
) -> str:
    keep = "<w:keepNext/><w:keepLines/>" if keep_next else ""
    spacing = (
        f'<w:spacing w:before="0" w:after="{after}" w:line="{line}" w:lineRule="exact"/>'
        if line is not None
        else f'<w:spacing w:before="0" w:after="{after}" w:line="240" w:lineRule="auto"/>'
    )
    ind = (
        f'<w:ind w:firstLine="{BODY_INDENT_TWIPS}" w:firstLineChars="200"/>'
        if first_line
        else '<w:ind w:firstLine="0" w:firstLineChars="0"/>'
    )
    outline_xml = f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else ""
    return f"<w:pPr {nsdecls('w')}>{keep}{spacing}{ind}<w:jc w:val=\"{jc}\"/>{outline_xml}</w:pPr>"


# name -> (pPr xml, rPr xml)
STYLE_SPECS: dict[str, tuple[str, str]] = {
    STYLE_BODY: (_ppr(), _rpr(FONT_BODY, SIZE_3HAO)),
    STYLE_TITLE: (_ppr(first_line=False, jc="center", after=LINE_PITCH_TWIPS), _rpr(FONT_TITLE, SIZE_2HAO)),
    STYLE_HEADINGS[1]: (_ppr(outline=0, keep_next=True), _rpr(FONT_H1, SIZE_3HAO)),
    STYLE_HEADINGS[2]: (_ppr(outline=1, keep_next=True), _rpr(FONT_H2, SIZE_3HAO)),
    STYLE_HEADINGS[3]: (_ppr(outline=2, keep_next=True), _rpr(FONT_BODY, SIZE_3HAO, bold=True)),
    STYLE_HEADINGS[4]: (_ppr(outline=3, keep_next=True), _rpr(FONT_BODY, SIZE_3HAO)),
    STYLE_CAPTION: (_ppr(first_line=False, jc="center", keep_next=True), _rpr(FONT_BODY, SIZE_3HAO, bold=True)),
    STYLE_TABLE_TEXT: (_ppr(line=None, first_line=False, jc="center"), _rpr(FONT_BODY, SIZE_XIAO4)),
    STYLE_TABLE_HEADING: (_ppr(line=None, first_line=False, jc="center", keep_next=True), _rpr(FONT_BODY, SIZE_XIAO4, bold=True)),
    STYLE_FOOTER: (_ppr(line=None, first_line=False, jc="right"), _rpr(FONT_PAGE_NUMBER, SIZE_4HAO)),
}

TABLE_BORDERS_XML = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)


def page_number_paragraph_xml(*, odd: bool) -> str:
    """"— N —" with N a PAGE field: odd pages right, even pages left, one character in."""
    if odd:
        placement = f'<w:ind w:right="{PAGE_NUMBER_INDENT_TWIPS}" w:rightChars="100"/><w:jc w:val="right"/>'
    else:
        placement = f'<w:ind w:left="{PAGE_NUMBER_INDENT_TWIPS}" w:leftChars="100"/><w:jc w:val="left"/>'
    return (
        f"<w:p {nsdecls('w')}><w:pPr><w:pStyle w:val=\"Footer\"/>{placement}</w:pPr>"
        '<w:r><w:t xml:space="preserve">— </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>'
    )


def configure(document) -> None:
    """Turn a fresh python-docx ``Document()`` into the 公文 template (in place)."""
    _drop_unused_parts(document)
    _set_styles(document)
    _set_section(document)
    _set_footers(document)
    _set_settings(document)
    _set_core_properties(document)


def _drop_unused_parts(document) -> None:
    """The default template ships a thumbnail, customXml and a second 438 KB
    stylesWithEffects part; none affects our layout and each costs time per file."""
    part = document.part
    for rId, rel in list(part.rels.items()):
        if rel.reltype in (_RT_CUSTOM_XML, _RT_STYLES_WITH_EFFECTS):
            del part.rels[rId]
    package_rels = part.package.rels
    for rId, rel in list(package_rels.items()):
        if rel.reltype == _RT_THUMBNAIL:
            del package_rels[rId]


def _replace_props(style_elm, ppr_xml: str, rpr_xml: str) -> None:
    for tag in ("w:pPr", "w:rPr", "w:link"):
        for old in style_elm.findall(qn(tag)):
            style_elm.remove(old)
    # pPr and rPr come after every other child a paragraph style has.
    style_elm.append(parse_xml(ppr_xml))
    style_elm.append(parse_xml(rpr_xml))


def _set_styles(document) -> None:
    styles = document.styles
    for name in (STYLE_TABLE_TEXT, STYLE_TABLE_HEADING):
        if name not in styles:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles[STYLE_BODY]
            style.quick_style = True
    styles[STYLE_TABLE_HEADING].base_style = styles[STYLE_TABLE_TEXT]
    for name, (ppr_xml, rpr_xml) in STYLE_SPECS.items():
        _replace_props(styles[name].element, ppr_xml, rpr_xml)

    root = styles.element
    defaults = root.find(qn("w:docDefaults"))
    defaults.getparent().remove(defaults)
    root.insert(0, parse_xml(
        f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>{_fonts(FONT_BODY)}"
        f'<w:sz w:val="{SIZE_3HAO}"/><w:szCs w:val="{SIZE_3HAO}"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
    ))

    # Keep only the styles we use (and what they are based on): the default
    # template's 160 styles are most of its 438 KB styles.xml.
    keep_ids = {styles[name].style_id for name in _KEEP_STYLES}
    by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
    pending = list(keep_ids)
    while pending:
        elm = by_id.get(pending.pop())
        if elm is None:
            continue
        for ref in ("w:basedOn", "w:next"):
            child = elm.find(qn(ref))
            if child is not None and child.get(qn("w:val")) not in keep_ids:
                keep_ids.add(child.get(qn("w:val")))
                pending.append(child.get(qn("w:val")))
    for style_id, elm in by_id.items():
        if style_id not in keep_ids:
            root.remove(elm)


def _set_section(document) -> None:
    section = document.sections[0]
    section.page_width = Mm(PAGE_WIDTH_MM)
    section.page_height = Mm(PAGE_HEIGHT_MM)
    section.top_margin = Mm(MARGIN_TOP_MM)
    section.bottom_margin = Mm(MARGIN_BOTTOM_MM)
    section.left_margin = Mm(MARGIN_LEFT_MM)
    section.right_margin = Mm(MARGIN_RIGHT_MM)
    section.header_distance = Mm(HEADER_DISTANCE_MM)
    section.footer_distance = Mm(FOOTER_DISTANCE_MM)
    sect_pr = section._sectPr
    for attr in ("w:rsidR", "w:rsidRPr", "w:rsidSect"):
        sect_pr.attrib.pop(qn(attr), None)
    grid = sect_pr.find(qn("w:docGrid"))
    grid.attrib.clear()
    grid.set(qn("w:type"), GRID_TYPE)
    grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))


def _set_footers(document) -> None:
    section = document.sections[0]
    document.settings.odd_and_even_pages_header_footer = True
    for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
        footer.is_linked_to_previous = False
        ftr = footer._element
        for p in ftr.findall(qn("w:p")):
            ftr.remove(p)
        ftr.append(parse_xml(page_number_paragraph_xml(odd=odd)))


def _set_settings(document) -> None:
    settings = document.settings.element
    for tag in ("w:savePreviewPicture", "w:rsids"):
        for elm in settings.findall(qn(tag)):
            settings.remove(elm)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


def _set_core_properties(document) -> None:
    props = document.core_properties
    props.author = "jixiao"
    props.last_modified_by = "jixiao"
    props.comments = ""
    element = props._element
    # No timestamps: the same report must give the same bytes.
    for tag in ("dcterms:created", "dcterms:modified"):
        for elm in element.findall(qn(tag)):
            element.remove(elm)
