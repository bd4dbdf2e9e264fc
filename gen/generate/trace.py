"""Nothing accepted is dropped: every field the data file sets is traced to where it is printed.

A field is traced when its value, as the report writes it, appears in a
paragraph, a table or the title. Fields that steer the report instead of
being printed (the kind, the outline, whether a task is an "other" task, …)
are traced to their use. Everything else is *unused*: ``generate`` warns
``字段 tasks[2].funds（投入资金）未写入报告：当前提纲没有相应位置`` and the JSON
manifest lists it, so an officer never believes a figure made it into the
report when the chosen outline has no place for it.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from decimal import Decimal
from typing import Any, Iterator, Optional

from pydantic import BaseModel

from ..core.han import is_han
from ..core.load import field_is_amount, field_path, field_title
from ..core.numbers import format_amount, format_count, format_percent
from ..core.model import ReportSpec
from .document import Document, Heading, Paragraph, Table

# Fields that choose or steer the report rather than being printed, with how they are used.
STEERING = {
    ("kind",): "决定文书类型", ("profile",): "决定提纲样式", ("bureau", "self_ref"): "决定报告中的自称",
    # the sector chooses the sector pack's duty and work wording (corpus/sectors/); no sentence prints it
    ("bureau", "sector"): "决定行业措辞",
    ("tasks", "*", "other"): "决定任务归入“其他需完成的任务”",
    ("tasks", "*", "metrics", "*", "comparator"): "决定指标完成情况的判断方式",
    ("indicators", "*", "level1"): "决定指标分组", ("indicators", "*", "level2"): "决定指标分组",
    ("evaluation", "rating"): "已与自评得分核对（等级按得分确定）",
    ("management", "targets_with_budget"): "决定是否写明绩效目标同步编审",
    # the style block decides how every figure is written, so it is used whenever a figure is printed
    ("style", "thousands_separator"): "决定数字写法", ("style", "amount_decimals"): "决定数字写法",
    ("style", "percent_decimals"): "决定数字写法",
}
# The 自评表 (forms): written by the docx appendix and the xlsx, not by the text's outline. A run whose
# formats write neither says so once (gen.generate.gaps.form_gaps) instead of once per field.
FORMS_WRITTEN = "写入自评表（Word 附件、xlsx）"
# Fields that are printed when the outline has a place for them and otherwise still steer the text.
FALLBACK = {
    ("bureau", "region", "province"): "用于确定地区名称", ("bureau", "region", "city"): "用于确定地区名称",
    ("bureau", "region", "county"): "用于确定地区名称",
    # an explanation silences a data check even where the outline has no sentence for it
    ("finance", "overspend_explanation"): "用于核对超预算支出", ("finance", "arrival_explanation"): "用于核对资金到位",
    ("staffing", "explanation"): "用于核对人员编制",
}
# A whole count is only recognised with its unit, so 3 (人) is not "found" in 2023 or 3项.
COUNT_UNITS = {"staffing": ("人", "名"), "vehicles": ("台", "辆"), "project_count": ("个", "项"), "year": ("年",)}


@dataclass(frozen=True)
class Trace:
    path: str  # tasks[2].funds
    title: str  # 投入资金
    where: Optional[str]  # "paragraph 12", "table 0", "title", a steering use, or None (unused)


def _leaves(value: Any, loc: tuple) -> Iterator[tuple[tuple, Any]]:
    """(location, value) of every field the data set (unset defaults left out)."""
    if isinstance(value, BaseModel):
        for name in sorted(value.model_fields_set, key=list(type(value).model_fields).index):
            yield from _leaves(getattr(value, name), loc + (name,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, loc + (i,))
    elif value is not None:
        yield loc, value


# An indicator's 分值 and 得分 are the 部门整体 form's columns (gen.generate.write.form_grid.dept_grid), which a
# bureau with ``forms`` gets: the Word appendix printed them while generate warned "当前提纲没有相应位置".
FORM_COLUMNS = (("indicators", "*", "points"), ("indicators", "*", "score"))


def _steering(loc: tuple, with_forms: bool = False) -> Optional[str]:
    if loc and loc[0] == "forms":  # the form writers print every field of the forms (gen.generate.formats)
        return FORMS_WRITTEN
    pattern = tuple("*" if isinstance(p, int) else p for p in loc)
    if with_forms and pattern in FORM_COLUMNS:
        return FORMS_WRITTEN
    return STEERING.get(pattern)


class _Literal(str):
    """A text the report prints as is (a name, a sentence): found by plain substring search."""

    def found(self, text: str) -> bool:
        return self.first(text) >= 0

    def first(self, text: str, start: int = 0) -> int:
        """Where the value first shows in ``text`` from ``start``, or -1."""
        return text.find(self, start)


class _Figure(_Literal):
    """A figure, found only where no digit, point or comma runs on before it and no digit after it.

    Same test as the pattern ``(?<![\\d.,])FIGURE(?![\\d]|[.,]\\d)``, done with ``str.find``: a report
    sets a few hundred fields, and compiling a pattern per value and per bureau (re's cache
    holds 512) cost a batch more time than rendering the report.
    """

    before = frozenset(".,")
    units: tuple[str, ...] = ()

    def first(self, text: str, start: int = 0) -> int:
        i = text.find(self, start)
        while i >= 0:
            end = i + len(self)
            if (i == 0 or not _digit_or(text[i - 1], self.before)) and self._ends(text, end):
                return i
            i = text.find(self, i + 1)
        return -1

    def _ends(self, text: str, end: int) -> bool:
        # isdecimal() is exactly re's \d; a point or comma with a digit after it runs the figure on
        # (a score of 86 is not printed by 完成比例是86.67%, nor 1 by 1,180万元)
        if end == len(text):
            return True
        if text[end] in self.before and end + 1 < len(text) and text[end + 1].isdecimal():
            return False
        return not text[end].isdecimal()


class _Count(_Figure):
    """A whole count followed by its unit (3人, 12台): ``(?<![\\d.])COUNT(?:人|名)``."""

    before = frozenset(".")

    def __new__(cls, value: str, units: tuple[str, ...]) -> "_Count":
        made = super().__new__(cls, value)
        made.units = units
        return made

    def _ends(self, text: str, end: int) -> bool:
        return any(text.startswith(u, end) for u in self.units)


class _Amount(_Figure):
    """An amount of money: as a figure, but never where a percentage sign follows (a source's budget of 50万元
    is not printed by 指标达标率为50%)."""

    def _ends(self, text: str, end: int) -> bool:
        if not super()._ends(text, end) or text.startswith(("%", "％"), end):
            return False
        # a count of something else is not the amount: 扫描120万画幅 did not print a source's 120万元
        unit = text[end + 1:end + 2] if text.startswith("万", end) else text[end:end + 1]
        return not (is_han(unit) and unit not in "元万亿")


def _digit_or(ch: str, extra: frozenset) -> bool:
    return ch.isdecimal() or ch in extra


def _candidates(loc: tuple, value: Any) -> list[_Literal]:
    """How the report may write ``value``: each with ``found(text)``, respecting number boundaries."""
    texts: list[str] = []
    if isinstance(value, bool):
        return []
    if isinstance(value, _dt.date):
        texts = [f"{value.year}年{value.month}月{value.day}日"]
    elif isinstance(value, int):
        # the field's own name before its group's (staffing.vehicles counts 台, not the staff's 人)
        units = next((COUNT_UNITS[key] for key in reversed(loc) if key in COUNT_UNITS), None)
        if units:
            return [_Count(str(value), units)]  # type: ignore[list-item]
        texts = [str(value)]
    elif isinstance(value, Decimal):
        texts = [format_amount(value), format(value, "f"), format_count(value), format_percent(value)[:-1]]
        texts += [t.rstrip("0").rstrip(".") for t in texts if "." in t]
        if value == 0 and loc[-1] == "target":
            texts += ["零目标", "目标为零"]  # a ceiling of 0 is told as 年度零目标 or 控制目标为零 (corpus/tasks.yaml)
    else:
        text = str(value).strip()
        clause = text.rstrip("。；;，,.！？")
        texts = [clause] if clause else [text]
        # A template may run "标题：正文" into "标题，正文" or cut a list item: its longest clause still shows.
        pieces = [p for p in _CLAUSE_BREAK.split(clause) if len(p) >= 6]
        if pieces:
            texts.append(max(pieces, key=len))
    figure = _Amount if isinstance(value, Decimal) and _is_amount(tuple(p for p in loc if not isinstance(p, int))) else _Figure
    return [figure(t) if t[0].isdigit() else _Literal(t) for t in dict.fromkeys(t for t in texts if t)]


_CLAUSE_BREAK = re.compile(r"[：:，,。；;！？、]")


def _blocks(doc: Document) -> list[tuple[str, str]]:
    """(where, text) of everything printed, in reading order."""
    out = [("标题", doc.title)]
    n_par = n_tab = 0
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            out.append((f"paragraph {n_par}", b.text))
            n_par += 1
        elif isinstance(b, Table):
            cells = " ".join([b.caption, *b.header, *(c for row in b.rows for c in row)])
            out.append((f"table {n_tab}", cells))
            n_tab += 1
        elif isinstance(b, Heading):
            out.append(("heading", b.text))
    return out


def _previous_change(spec: ReportSpec, loc: tuple, value: Any) -> list[_Literal]:
    """A previous-year figure shows in the report as the change from it (较上年增加X万元)."""
    if len(loc) == 3 and loc[:2] == ("finance", "previous") and isinstance(value, Decimal):
        current = getattr(spec.finance, loc[2], None)
        if current is not None:
            return _candidates(loc, abs(current - value))
    return []


# Joins the printed blocks into one text, so each value is searched once instead of once per block.
# Not a digit, point, comma or unit: a figure at the end of one block and the start of the next keeps
# the boundaries it has alone. A document whose text holds it is searched block by block.
_SEPARATOR = "\x00"


class _Printed:
    """Everything printed, searchable at once; ``where(value)`` is the first block that shows it."""

    def __init__(self, doc: Document):
        self.blocks = _blocks(doc)
        self.joined: Optional[str] = None
        if not any(_SEPARATOR in text for _, text in self.blocks):
            self.joined = _SEPARATOR.join(text for _, text in self.blocks)
            self.starts = list(accumulate((len(text) + 1 for _, text in self.blocks[:-1]), initial=0))

    def where_named(self, shown: _Literal, title: str) -> Optional[str]:
        """The first block that shows ``shown`` beside a word of the field's title (``_named``)."""
        return next((w for w, text in self.blocks if shown.found(text) and _named(title, text)), None)

    def where(self, shown: _Literal) -> Optional[str]:
        if self.joined is None or _SEPARATOR in shown:
            return next((w for w, text in self.blocks if shown.found(text)), None)
        at = shown.first(self.joined)
        return None if at < 0 else self.blocks[bisect_right(self.starts, at) - 1][0]


def trace_fields(spec: ReportSpec, doc: Document) -> list[Trace]:
    """Every field ``spec`` sets, with where ``doc`` prints it (None: unused)."""
    printed = _Printed(doc)
    out = []
    for loc, value in _leaves(spec, ()):
        where = _steering(loc, spec.forms is not None)
        if where is None:
            title = _title(tuple(p for p in loc if not isinstance(p, int)))
            for shown in _candidates(loc, value) + _previous_change(spec, loc, value):
                if _ZERO.fullmatch(shown):
                    where = printed.where_named(shown, title) or printed.where_named(shown, _owner_name(spec, loc))
                else:
                    where = printed.where(shown)
                if where:
                    break
        if where is None:
            where = FALLBACK.get(tuple("*" if isinstance(p, int) else p for p in loc))
        out.append(Trace(field_path(loc), _title(tuple(p for p in loc if not isinstance(p, int))), where))
    return out


# A zero (0, 0.00) is printed for many fields at once: a 0.00万元 of 项目支出 traced a zero 政府采购计划金额
# that no sentence told (a Guangdong draft has no procurement part), so a zero is traced only in a block
# that also names the field: four characters of its title in a row (the whole title when shorter).
_ZERO = re.compile(r"0+(?:[.,]0+)*")


def _owner_name(spec: ReportSpec, loc: tuple) -> str:
    """The name of the item a field belongs to (a task metric's 较大生产安全事故), or ''.

    A zero metric is told in many words (全年为0起，实现年度零目标); the metric's name beside the zero
    names the field as well as its title does.
    """
    owner: Any = spec
    for part in loc[:-1]:
        owner = owner[part] if isinstance(part, int) else getattr(owner, part, None)
    name = getattr(owner, "name", None)
    return name if isinstance(name, str) and owner is not spec else ""


def _named(title: str, text: str) -> bool:
    if not title:
        return False
    if len(title) <= 4:
        # a title "X值" is named by its stem as well: a zero 实际值 is told as 全年实际为0起
        stem = title[:-1] if len(title) > 2 and title.endswith("值") else title
        return bool(title) and stem in text
    return any(title[i:i + 4] in text for i in range(len(title) - 3))


@lru_cache(maxsize=1024)
def _title(loc: tuple) -> str:
    """The field's Chinese title; list indexes do not change it, so it is looked up once per field."""
    return field_title(loc)


@lru_cache(maxsize=1024)
def _is_amount(loc: tuple) -> bool:
    """Whether the field holds money (looked up once per field, like its title)."""
    return field_is_amount(loc)


def field_label(t: Trace) -> str:
    """How a warning names a field: its path, with its Chinese title when it has one."""
    return f"{t.path}（{t.title}）" if t.title else t.path


def unused_warning(t: Trace, spec: Optional[ReportSpec] = None) -> str:
    """The warning for a field no sentence of the draft printed; with ``spec``, it names the outline in use and,
    when another outline of the same kind needs the field (its ``needs``), that one: the region chose the
    outline (衡阳市: 湖南衡阳区县式, which prints no income total), and the officer may not know another would (``profile``)."""
    out = f"字段 {field_label(t)}未写入报告：当前提纲没有相应位置"
    if spec is None:
        return out
    from ..core.outlines import get_kind

    here = spec.outline
    outlines = sorted(get_kind(spec.kind).outlines, key=lambda o: not o.default)
    other = next((o for o in outlines if o is not here and o.needs_field(t.path)), None)
    if other is not None and not here.needs_field(t.path):
        out += f"（当前提纲：{here.name}；提纲“{other.name}”有此项，可在数据文件中写 profile: {other.id} 选用）"
    return out

