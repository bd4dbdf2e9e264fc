"""The output formats: one registry for ``generate`` and ``batch``.

A format is a name (``--format md,docx``), a file extension, a Chinese label
and a writer ``(doc, facts, spec) -> str | bytes``. Both commands look formats
up here, so adding one (as ``xlsx``, the 自评表 workbook, was added) edits
only this table, and an unknown name is a Chinese error, never a fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional, Union

from ..core.errors import UserError

Output = Union[str, bytes]


def _markdown(doc: Any, facts: dict, spec: Any) -> Output:
    from .write.markdown import to_markdown

    return to_markdown(doc)


def _docx(doc: Any, facts: dict, spec: Any) -> Output:
    from .write.docx_gbt9704 import to_docx_bytes
    from .write.form_docx import forms_xml

    appendix = forms_xml(spec) if spec is not None else ""
    return to_docx_bytes(doc, appendix) if appendix else to_docx_bytes(doc)


def _json(doc: Any, facts: dict, spec: Any) -> Output:
    from .write.json_doc import to_json

    return to_json(doc, facts)


def _xlsx(doc: Any, facts: dict, spec: Any) -> Output:
    from .write.form_xlsx import to_xlsx_bytes

    return to_xlsx_bytes(spec)


def _xlsx_missing(spec: Any) -> Optional[str]:
    from .write.form_grid import form_grids

    if spec is not None and form_grids(spec):
        return None
    return "数据中没有自评表内容（forms），不输出自评表 Excel（xlsx）"


def _always(spec: Any) -> Optional[str]:
    return None


@dataclass(frozen=True)
class OutputFormat:
    name: str
    extension: str
    label: str
    write: Callable[[Any, dict, Any], Output]
    # why this format cannot be written for a report's data (None: it can); the xlsx needs forms
    missing: Callable[[Any], Optional[str]] = _always
    forms: bool = False  # writes the 自评表 (forms) as well as, or instead of, the text


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("md", ".md", "Markdown 正文", _markdown),
        OutputFormat("docx", ".docx", "公文格式 Word（含自评表）", _docx, forms=True),
        OutputFormat("json", ".json", "JSON（含溯源清单）", _json),
        OutputFormat("xlsx", ".xlsx", "自评表 Excel（全国通用格式）", _xlsx, _xlsx_missing, forms=True),
    )
}
DEFAULT = ("md", "docx", "json")


def parse_formats(value: str, option: str = "--format") -> tuple[str, ...]:
    """Names from ``md,docx``, in order, without repeats; an unknown or empty list is a UserError."""
    names = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in names if f not in FORMATS]
    if bad or not names:
        choices = "；".join(f"{f.name}（{f.label}）" for f in FORMATS.values())
        shown = "、".join(bad) if bad else "（空）"
        raise UserError(f"{option}：不认识的输出格式“{shown}”。可选格式：{choices}，用逗号分隔")
    return names


def render(name: str, doc: Any, facts: dict, spec: Any) -> Output:
    """The content of format ``name`` for one report."""
    try:
        fmt = FORMATS[name]
    except KeyError:
        raise UserError(f"不认识的输出格式“{name}”，可选：{'、'.join(FORMATS)}") from None
    return fmt.write(doc, facts, spec)


def unavailable(name: str, spec: Any) -> Optional[str]:
    """Why format ``name`` cannot be written for ``spec`` (a Chinese sentence), or None when it can.

    Callers that write several formats per report (``batch``, the web app) ask
    first, so a report without forms gets no .xlsx instead of failing halfway.
    """
    return FORMATS[name].missing(spec)


def writable(spec: Any, names: Optional[tuple[str, ...]] = None) -> tuple[str, ...]:
    """The formats among ``names`` (default: all, in registry order) that can be written for ``spec``."""
    return tuple(n for n in (names or tuple(FORMATS)) if unavailable(n, spec) is None)


def forms_written(names: tuple[str, ...]) -> bool:
    """Whether any of the formats ``names`` writes the 自评表 (the Word appendix or the xlsx)."""
    return any(FORMATS[n].forms for n in names)


def extension(name: str) -> str:
    return FORMATS[name].extension
