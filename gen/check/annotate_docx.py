"""An annotated copy of a checked Word file: one Word comment on each flagged span.

Reviewers work in Word: a comment anchored on the exact words is what they act
on, and what they forward to the bureau that wrote the report. Findings point
into the decoded text, which :mod:`gen.check.read` builds by joining the
paragraphs of :func:`~gen.check.read_docx.iter_paragraphs` with "\\n"; walking the
same traversal here maps every offset back to a paragraph and a character in
it. Runs are split at the span's edges (each half keeps the run's formatting)
so the comment covers just the flagged text.
"""

from __future__ import annotations

import bisect
import copy
import io
from pathlib import Path
from typing import Iterable, Optional

from ..core.atomic import write_bytes
from ..core.errors import UserError
from ..core.package import repack
from .finding import SEVERITY_NAMES, Finding
from .read import DOCX_SUFFIX
from .read_docx import element_text, iter_paragraphs, note_paragraphs, paragraph_text, visible_runs

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
AUTHOR = "jixiao"
INITIALS = "JX"


def comment_text(f: Finding) -> str:
    """"CODE 严重程度：message（建议：suggestion）" — the text of one comment."""
    text = f"{f.code} {SEVERITY_NAMES[f.severity]}：{f.message}"
    if f.suggestion is not None:
        text += f"（建议：{f.suggestion}）"
    return text


def annotate(data: bytes, findings: Iterable[Finding], decoded: Optional[str] = None, name: str = "") -> bytes:
    """The bytes of a copy of the .docx ``data`` with one comment per finding.

    ``decoded`` is the text the findings point into; when given it must equal
    the text read from ``data``, so a finding never lands on the wrong words.
    """
    import docx
    from docx.oxml.ns import qn
    from docx.text.run import Run

    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    paragraphs = list(iter_paragraphs(body))
    in_body = len(paragraphs)
    paragraphs += note_paragraphs(document, name)  # read for checking; comments on them go to the body's end
    texts = [paragraph_text(p) for p in paragraphs]
    if decoded is not None and "\n".join(texts) != decoded:
        raise UserError(f"{name}：Word 文件内容与检查时读取的文本不一致，无法添加批注")
    starts = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    total = max(pos - 1, 0)

    for f in findings:
        start = min(max(f.start, 0), total)
        end = min(max(f.end, start), total)
        text = comment_text(f)
        if in_body < len(paragraphs) and start >= starts[in_body]:
            # a footnote or endnote lives in another part, where python-docx cannot anchor a
            # comment: it goes on the note's reference mark in the body (the body's end if none)
            note = paragraphs[bisect.bisect_right(starts, start) - 1]
            reference, label = _note_reference(body, note)
            text = f"（{label}中）{text}"
            if reference is not None:
                first = last = reference
            else:
                start = end = max(starts[in_body] - 1, 0)
                first, last = _anchor_runs(paragraphs[:in_body], texts[:in_body], starts[:in_body], start, end)
        else:
            first, last = _anchor_runs(paragraphs[:in_body] or paragraphs, texts[:in_body] or texts,
                                       starts[:in_body] or starts, start, end)
        runs = [Run(r, document._body) for r in (first, last)]  # the body gives the runs their part
        comment = document.add_comment(runs, text=text, author=AUTHOR, initials=INITIALS)
        # No timestamp: the same report and findings give the same bytes (w:date is optional).
        comment._comment_elm.attrib.pop(qn("w:date"), None)

    out = io.BytesIO()
    document.save(out)
    return repack(out.getvalue())


def _note_reference(body, note_paragraph):
    """The body run that holds the mark of the footnote or endnote containing ``note_paragraph``.

    Returns (run or None, "脚注N"/"尾注N"), N the note's number as Word shows it (its order
    among the notes of its kind that the body refers to).
    """
    note = note_paragraph
    while note is not None and note.tag not in (f"{_W}footnote", f"{_W}endnote"):
        note = note.getparent()
    if note is None:
        return None, "脚注或尾注"
    kind = "footnote" if note.tag == f"{_W}footnote" else "endnote"
    label = "脚注" if kind == "footnote" else "尾注"
    refs = list(body.iter(f"{_W}{kind}Reference"))
    for number, ref in enumerate(refs, 1):
        if ref.get(f"{_W}id") == note.get(f"{_W}id") and ref.getparent().tag == f"{_W}r":
            return ref.getparent(), f"{label}{number}"
    return None, label


def write_annotated(source_path: str | Path, target: str | Path, findings: Iterable[Finding],
                    decoded: Optional[str] = None, protect: frozenset[Path] = frozenset()) -> None:
    """Annotate ``source_path`` into ``target`` atomically; never touch an input."""
    source_path, target = Path(source_path), Path(target)
    if source_path.suffix.lower() != DOCX_SUFFIX:
        raise UserError(f"{source_path}：--annotate 只能用于 Word（.docx）文件")
    if target.suffix.lower() != DOCX_SUFFIX:
        raise UserError(f"{target}：批注副本必须保存为 .docx 文件")
    protect = frozenset(protect) | {source_path}
    if target.resolve() in {p.resolve() for p in protect}:
        raise UserError(f"批注副本 {target} 与输入文件相同，已拒绝覆盖输入")
    try:
        data = source_path.read_bytes()
    except OSError as exc:
        raise UserError(f"{source_path}：无法读取该文件（{exc.strerror or exc}）") from None
    write_bytes(target, annotate(data, findings, decoded, str(source_path)), protect=protect)


# --------------------------------------------------------------------------
# Offsets -> runs
# --------------------------------------------------------------------------


def _anchor_runs(paragraphs, texts, starts, start: int, end: int):
    """The first and last ``w:r`` covering decoded ``[start, end)``, split so they cover just it."""
    pi = bisect.bisect_right(starts, start) - 1
    pj = bisect.bisect_right(starts, max(end - 1, start)) - 1
    if pi != pj and paragraphs[pi].getparent() is not paragraphs[pj].getparent():
        # a span running from one table cell into another: Word ranges stay in one cell
        pj, end = pi, starts[pi] + len(texts[pi])
    local_start = start - starts[pi]
    local_end = min(end - starts[pj], len(texts[pj]))
    if pi == pj and local_start >= len(texts[pi]) and local_start > 0:
        # an empty span at the end of a paragraph: anchor on its last character
        local_start -= 1
        local_end = local_start + 1
    if pi == pj and local_end <= local_start:
        local_end = min(local_start + 1, len(texts[pi]))  # an empty span: the character after it
    first = _run_at(paragraphs[pi], texts[pi], local_start, from_start=True)
    last = _run_at(paragraphs[pj], texts[pj], local_end, from_start=False)
    return first, last


def _run_at(p, text: str, offset: int, from_start: bool):
    """The run that starts at ``offset`` (``from_start``) or ends at it, splitting one if needed.

    A paragraph without runs gets an empty one, so the comment still has an anchor.
    """
    spans = _run_spans(p)
    if sum(e - s for _, s, e in spans) != len(text) or not spans:
        # content the run walk cannot place (text boxes inside runs): the whole paragraph
        runs = [r for r, _, _ in spans]
        if not runs:
            r = p.makeelement(f"{_W}r", {})
            p.append(r)
            return r
        return runs[0] if from_start else runs[-1]
    if from_start:
        for r, s, e in spans:
            if s <= offset < e:
                if s < offset:
                    return _split_run(r, offset - s)
                return r
        return next((r for r, s, e in reversed(spans) if e > s), spans[-1][0])
    for r, s, e in spans:
        if s < offset <= e:
            if offset < e:
                _split_run(r, offset - s)
            return r
    return next((r for r, s, e in spans if e > s), spans[0][0])


def _run_spans(p) -> list[tuple[object, int, int]]:
    """Each ``w:r`` of the paragraph with its [start, end) in the paragraph's text."""
    out = []
    pos = 0
    for r in visible_runs(p):
        n = sum(len(element_text(child)) for child in r)
        out.append((r, pos, pos + n))
        pos += n
    return out


def _split_run(r, k: int):
    """Split run ``r`` after its first ``k`` characters; return the new right half.

    Both halves keep the run's properties (``w:rPr`` is copied with everything else).
    """
    right = copy.deepcopy(r)
    r.addnext(right)
    pos = 0
    for left_child, right_child in zip(list(r), list(right)):
        if left_child.tag == f"{_W}rPr":
            continue
        n = len(element_text(left_child))
        if pos + n <= k and not (n == 0 and pos >= k):
            right.remove(right_child)
        elif pos >= k:
            r.remove(left_child)
        else:  # a w:t across the split
            cut = k - pos
            left_child.text = left_child.text[:cut]
            right_child.text = right_child.text[cut:]
            left_child.set(_XML_SPACE, "preserve")
            right_child.set(_XML_SPACE, "preserve")
        pos += n
    return right
