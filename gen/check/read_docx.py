"""Word (.docx) input: the text a reader sees, in document order, each piece read once.

Paragraphs and table cells of the body, then footnotes and endnotes; a text
box is read as a paragraph of its own after the paragraph that anchors it
(once: ``mc:AlternateContent`` holds a copy for old readers in ``mc:Fallback``);
tracked changes as Word shows them: insertions in, deletions and moved-away
text out. The checker's text and the Word annotator share this one walk.
"""

from __future__ import annotations

import io
import zipfile

from ..core.errors import UserError
# A .docx is a zip: its parts are checked by their declared uncompressed size before
# anything is inflated, so a small "zip bomb" cannot expand to gigabytes in memory.
# The limits are shared with the 自评表 readers (gen.core.zipguard).
from ..core.zipguard import check_zip_sizes

STDIN = "-"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data: bytes, name: str = STDIN) -> str:
    """Paragraphs and table cells of a .docx body, in document order, joined with "\\n"."""
    import docx  # python-docx: finds the main document part through the package relations

    check_zip_sizes(data, name, "Word ")  # python-docx reports a package that is no zip as damaged
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(f"{name}：无法打开 Word 文件，文件可能已损坏或不是 .docx 格式（{type(exc).__name__}）") from None
    except Exception as exc:  # lxml and python-docx raise many types for corrupt parts
        raise UserError(f"{name}：无法读取 Word 文件内容，文件可能已损坏（{type(exc).__name__}）") from None
    notes = note_paragraphs(document, name)
    return "\n".join(paragraph_text(p) for p in [*iter_paragraphs(body), *notes])


_NOTE_PARTS = ("/word/footnotes.xml", "/word/endnotes.xml")


def note_paragraphs(document, name: str = STDIN) -> list:
    """Paragraphs of the footnotes and endnotes, in note order, after the body's (their own positions).

    The separator notes Word keeps for the note line (w:type="separator" …) are not text.
    """
    from docx.oxml import parse_xml

    out = []
    for part in document.part.package.iter_parts():
        if str(part.partname) not in _NOTE_PARTS:
            continue
        try:
            root = parse_xml(part.blob)
        except Exception as exc:  # a corrupt notes part: the file is damaged
            raise UserError(f"{name}：Word 文件中的 {str(part.partname).lstrip('/')} 已损坏（{type(exc).__name__}）") from None
        for note in root:
            if note.get(f"{_W}type") in (None, "normal"):
                out.extend(iter_paragraphs(note))
    return out


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Never read: what Word does not show (deleted and moved-away text of tracked changes, the
# fallback copy of a text box), and text boxes, which are read as paragraphs of their own.
_HIDDEN = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback", f"{_W}txbxContent"})


def _visible(el, want: frozenset):
    """Descendants of ``el`` with a tag in ``want``, in document order, never entering what Word hides.

    In ``mc:AlternateContent`` only the first ``mc:Choice`` is read (what Word shows);
    iterative, so a deeply nested part cannot exhaust the stack.
    """
    stack = [iter(el)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if tag in want:
            yield child
            continue
        if tag in _HIDDEN or not isinstance(tag, str):
            continue
        if tag == f"{_MC}AlternateContent":
            shown = next((c for c in child if c.tag == f"{_MC}Choice"), None)
            if shown is None:
                shown = next((c for c in child if c.tag == f"{_MC}Fallback"), None)
            if shown is not None:
                stack.append(iter(shown))
            continue
        stack.append(iter(child))


_RUN = frozenset({f"{_W}r"})


def visible_runs(p) -> list:
    """The ``w:r`` elements of a paragraph whose text is shown (the annotator anchors comments on them)."""
    return list(_visible(p, _RUN))


def _text_boxes(p) -> list:
    """The text boxes anchored in paragraph ``p`` (the shown copy only)."""
    stack = [iter(p)]
    found = []
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag == f"{_W}txbxContent":
            found.append(child)
        elif child.tag == f"{_MC}AlternateContent":
            choice = next((c for c in child if c.tag == f"{_MC}Choice"), None)
            stack.append(iter(choice if choice is not None else child))
        elif child.tag != f"{_MC}Fallback" and isinstance(child.tag, str):
            stack.append(iter(child))
    return found


def iter_paragraphs(container):
    """The ``w:p`` elements of block content in document order: tables cell by cell, content controls,
    and after each paragraph the paragraphs of its text boxes (each read once, as its own paragraph).

    The checker's text and the Word annotator both walk this one traversal, so a
    finding's offset in the decoded text always lands on the same paragraph.
    """
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            yield child
            for box in _text_boxes(child):
                yield from iter_paragraphs(box)
        elif tag == f"{_W}tbl":
            for row in child.iterchildren(f"{_W}tr"):
                for cell in row.iterchildren(f"{_W}tc"):
                    yield from iter_paragraphs(cell)
        elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            yield from iter_paragraphs(child)


_TEXT_TAGS = (f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen")


def element_text(el) -> str:
    """What one run-content element contributes to the visible text ("" for anything else)."""
    tag = el.tag
    if tag == f"{_W}t":
        return el.text or ""
    if tag == f"{_W}tab":
        parent = el.getparent()
        return "\t" if parent is not None and parent.tag == f"{_W}r" else ""  # not a tab stop in pPr
    if tag in (f"{_W}br", f"{_W}cr"):
        return "\n" if el.get(f"{_W}type") in (None, "textWrapping") else ""
    if tag == f"{_W}noBreakHyphen":
        return "-"
    return ""


_TEXT_SET = frozenset(_TEXT_TAGS)


def paragraph_text(p) -> str:
    """The visible text of one paragraph: tracked insertions in, deletions and moved-away text out,
    text boxes out (they follow as paragraphs of their own)."""
    return "".join(element_text(el) for el in _visible(p, _TEXT_SET))
