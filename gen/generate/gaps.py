"""What ``generate`` tells the officer about a rendered draft: causes the data lacks, fields it does not print.

Both are worked out from the draft as it stands, not from the data alone. A cause the
figures call for (``facts["reasons_missing"]``) is said to have its 【待补充】 placeholder only
when the draft holds that placeholder: an outline without the figure (the Hunan outline
prints no indicators, the national one no 截至9月底支出进度) has none to fill, and
``--omit-missing`` takes the placeholder's sentence out. Fields are traced again after
``--omit-missing``, so a datum whose sentence was left out for its placeholder is reported
as left out, instead of every warning being lost with the old document.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional

from ..core.model import ReportSpec
from .document import Document
from .trace import field_label, trace_fields, unused_warning

_INDEX = re.compile(r"\[\d*\]")


def _placeholder_for(r: dict, holes: Iterable[str], fields: dict[str, tuple[str, ...]]) -> bool:
    """Whether one of ``holes`` (what the draft's placeholders ask for) asks for the cause ``r``.

    An indexed field (indicators[2].reason) is one item's: its placeholder names the item in the
    same words (指标“…”未完成的原因); a field of the whole report is matched by its field name."""
    field = _INDEX.sub("[]", r["field"])
    for what in holes:
        if field not in (_INDEX.sub("[]", f) for f in fields.get(what, ())):
            continue
        if "[" not in r["field"] or what == r["what"]:
            return True
    return False


def reason_warning(r: dict, where: str) -> str:
    """The warning for a change or deviation above its threshold without a reason in the data.

    ``where``: ``written`` (its placeholder is in the draft), ``omitted`` (taken out by
    --omit-missing) or ``absent`` (the outline does not tell that figure's cause)."""
    from ..core.load import field_title

    loc = tuple(int(p) if p.isdigit() else p for p in re.split(r"[.\[\]]+", r["field"]) if p)
    head = f"字段 {r['field']}（{field_title(loc)}）未填写："
    if where == "written":
        return f"{head}报告需要说明{r['what']}，已写入待补充占位"
    if where == "omitted":
        return f"{head}报告需要说明{r['what']}，所在语句已按 --omit-missing 略去"
    return f"{head}数据显示需要说明{r['what']}，当前提纲没有写出该项，未留占位"


def annotate(doc: Document, spec: ReportSpec, facts: dict[str, Any], *, section: Optional[str] = None,
             full: Optional[Document] = None) -> None:
    """Set ``doc.traces`` and ``doc.warnings`` from what ``doc`` prints.

    ``full``: the draft before --omit-missing took its placeholder sentences out (``doc`` is
    what is left), so causes and data that were in those sentences are reported as omitted
    rather than as having no place in the outline."""
    holes = [what for _, what in doc.placeholders()]
    before = [what for _, what in full.placeholders()] if full is not None else []
    doc.warnings = []
    for r in facts["reasons_missing"]:
        if _placeholder_for(r, holes, doc.placeholder_fields):
            where = "written"
        elif full is not None and _placeholder_for(r, before, full.placeholder_fields):
            where = "omitted"
        else:
            where = "absent"
        doc.warnings.append(reason_warning(r, where))
    if section:  # one section alone leaves the rest out on purpose
        return
    doc.traces = trace_fields(spec, doc)
    shown = {t.path for t in full.traces if t.where is not None} if full is not None else set()
    for t in doc.traces:
        if t.where is None:
            doc.warnings.append(_omitted_warning(t) if t.path in shown else unused_warning(t, spec))


def _omitted_warning(t: Any) -> str:
    """A datum the full draft printed in a sentence --omit-missing left out (it held a placeholder)."""
    return f"字段 {field_label(t)}未写入报告：所在语句含待补充内容，已按 --omit-missing 略去"


def form_gaps(doc: Document, spec: ReportSpec, formats: tuple[str, ...]) -> list[dict]:
    """The written forms' 【待补充】 cells, listed like the text's placeholders; warns when no format writes the forms.

    The trace counts every field of ``forms`` as printed (the .docx appendix and the .xlsx print
    them all); a run whose formats write neither is told so once, in ``doc.warnings``. A field
    the text's own placeholders ask for already (the 部门整体 form repeats the indicator table)
    is told once. The forms are built once here, for both answers.
    """
    from .formats import forms_written
    from .write.form_grid import form_grids, form_holes

    grids = form_grids(spec)
    if not grids:
        return []
    if not forms_written(formats):
        doc.warnings.append(f"数据中的自评表（forms）只写入 Word（docx）附件和自评表 Excel（xlsx），本次输出格式 "
                            f"{'、'.join(formats)} 不含自评表；需要时请在 --format 中加上 docx 或 xlsx")
        return []
    return form_holes(grids, {f for fields in doc.placeholder_fields.values() for f in fields})
