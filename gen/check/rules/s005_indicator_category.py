"""S005: an indicator filed under the wrong category of the indicator table.

The standard indicator system has three levels: 一级 产出/效益/满意度指标,
二级 数量/质量/时效/成本, 经济/社会/生态效益, 可持续影响, 服务对象满意度.
A 满意度指标 that is really an incidence rate (结核病发病率) or a coverage rate
(学校普法率), or a 满意度 indicator filed under 产出指标, is a rows-shifted
table. Tables reach the checker as lines of tab-separated cells (merged cells
left empty) or as one cell per line; both layouts are read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterator, Optional

from ...core import regex_cache
from ...core.indicators import LEVEL1
from ...core.text_pairs import char_positions
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S005",
    name="indicator-category",
    severity="error",
    summary="绩效指标归错了类别",
    doc=(
        "检查什么：绩效指标表（一级指标、二级指标、三级指标）中，指标与所属类别是否相符："
        "满意度指标下出现发病率、普法率等非满意度指标；产出指标或效益指标下出现满意度指标；"
        "二级指标挂错了一级指标（如“社会效益指标”列在“产出指标”下）。\n"
        "为什么：指标归类错误会使自评打分失真，多是表格行错位或套用模板未改。\n"
        "示例：“满意度指标—服务对象满意度指标—学校普法率”，普法率不是满意度指标。"
    ),
    flag=(
        "\t一级指标\t二级指标\t三级指标\t年度指标值\n"
        "绩效指标\t产出指标\t数量指标\t国家免疫规划疫苗接种率\t≥90%\n"
        "\t满意度指标\t服务对象满意度指标\t学校普法率\t≥95%\n"
        "\t\t\t结核病发病率\t全年55/10万以下\n",
        "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n群众满意度\n≥90%\n",
    ),
    keep=(
        "\t一级指标\t二级指标\t三级指标\t年度指标值\n"
        "绩效指标\t产出指标\t数量指标\t国家免疫规划疫苗接种率\t≥90%\n"
        "\t效益指标\t社会效益指标\t居民健康素养水平\t不断提高\n"
        "\t满意度指标\t服务对象满意度指标\t120电话热线满意率(%)\t≥90%\n",
        "一级指标\n二级指标\n三级指标\n指标值\n满意度指标\n服务对象满意度指标\n患者满意度\n≥90%\n",
    ),
)

_HEADER = ("一级指标", "二级指标", "三级指标")
_SATISFACTION = regex_cache.compile(r"满意|好评|认可度|获得感|投诉|评价")
_SATISFACTION_NAME = regex_cache.compile(r"满意(?:度|率)")
# A measured quantity: rates, amounts, counts - never a satisfaction indicator by itself.
_MEASURE = regex_cache.compile(r"率|量|数|人次|指数|发病|死亡|金额|资金")
_VALUE = regex_cache.compile(r"^(?:[≥≤<>=＞＜≦≧]|\d|[-－]|不断|逐步|有所|持续|较上年|全年|达到|完成|≥)")
_L2_TO_L1 = {l2: l1 for l1, l2s in LEVEL1.items() for l2 in l2s}
_L2_SHORT = {l2.removesuffix("指标"): l2 for l2 in _L2_TO_L1}


_SPACE = regex_cache.compile(r"\s")


def _norm(cell: str) -> str:
    return "".join(cell.split())  # _SPACE.sub("", cell), a third of its time: str.split's white space is re's \s


def _as_l1(cell: str) -> Optional[str]:
    c = _norm(cell)
    return c if c in LEVEL1 else None


def _as_l2(cell: str) -> Optional[str]:
    c = _norm(cell)
    if c in _L2_TO_L1:
        return c
    return _L2_SHORT.get(c)


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    l1: Optional[str]
    l2: Optional[str]
    name: str


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _tab_rows(lines: list[tuple[int, str]], i: int, cols: list[int]) -> Iterator[Row]:
    c1, c2, c3 = cols
    l1 = l2 = None
    for pos, line in lines[i + 1 :]:
        if "\t" not in line:
            if line.strip():
                return
            continue
        cells = line.split("\t")
        if len(cells) <= c3:
            continue
        l1 = _as_l1(cells[c1]) or (l1 if not cells[c1].strip() else None)
        l2 = _as_l2(cells[c2]) or (l2 if not cells[c2].strip() else None)
        name = cells[c3].strip()
        if name:
            start = pos + sum(len(c) + 1 for c in cells[:c3]) + (len(cells[c3]) - len(cells[c3].lstrip()))
            yield Row(start, start + len(name), l1, l2, name)


def _cell_rows(lines: list[tuple[int, str]], i: int) -> Iterator[Row]:
    """One cell per line: categories set the context, the first non-value line after them is a name."""
    l1 = l2 = None
    expect_name = False
    for pos, raw in lines[i + 1 :]:
        cell = raw.strip()
        if not cell or cell in _HEADER or cell.endswith("指标值") or cell in ("指标值", "年度指标值", "实施周期指标值"):
            continue
        if len(cell) > 40 or re.match(r"[一二三四五六七八九十]{1,3}、", cell):
            return
        if _as_l1(cell):
            l1, l2, expect_name = _as_l1(cell), None, False
            continue
        if _as_l2(cell):
            l2, expect_name = _as_l2(cell), True
            continue
        if _VALUE.match(cell):
            expect_name = True
            continue
        if expect_name or l2:
            start = pos + raw.index(cell)
            yield Row(start, start + len(cell), l1, l2, cell)
            expect_name = False


def rows(text: str) -> Iterator[Row]:
    """Indicator rows of every 一级/二级/三级指标 table in the text."""
    if "指" not in text:
        return
    # Only the lines holding 指 can hold 一级指标, spaced out or not (most lines do not): found from the text's
    # 指 and line breaks, each once, instead of a step per line; every line is listed only for a table read
    # below its header (the pipe tables of a long report have none of these: no list of all its lines then).
    breaks = char_positions(text, "\n")
    count = len(breaks) + 1
    lines: list[tuple[int, str]] = []

    def line_at(i: int) -> str:
        return text[breaks[i - 1] + 1 if i else 0:breaks[i] if i < len(breaks) else len(text)]

    for i in sorted({bisect_right(breaks, at) for at in char_positions(text, "指")}):
        flat = _norm(line_at(i))
        if all(h in flat for h in _HEADER):  # a header cell is in the line without its spaces
            cells = [_norm(c) for c in line_at(i).split("\t")]
            if all(h in cells for h in _HEADER):
                lines = lines or list(_lines(text))
                yield from _tab_rows(lines, i, [cells.index(h) for h in _HEADER])
                continue
        if flat == "一级指标" and i + 2 < count and _norm(line_at(i + 1)) == "二级指标":
            lines = lines or list(_lines(text))
            yield from _cell_rows(lines, i)


def check(ctx):
    misplaced: set[tuple[str, str]] = set()
    for row in rows(ctx.text):
        l1 = row.l1 or (_L2_TO_L1.get(row.l2) if row.l2 else None)
        if row.l1 and row.l2 and _L2_TO_L1.get(row.l2) not in (None, row.l1):
            if (row.l1, row.l2) in misplaced:
                continue  # reported at its first row
            misplaced.add((row.l1, row.l2))
            yield Finding(
                row.start, row.end, RULE.code, RULE.severity,
                f"二级指标“{row.l2}”属于“{_L2_TO_L1[row.l2]}”，不应列在“{row.l1}”下（指标“{row.name}”）。",
            )
            continue
        if l1 == "满意度指标" and not _SATISFACTION.search(row.name) and _MEASURE.search(row.name):
            yield Finding(
                row.start, row.end, RULE.code, RULE.severity,
                f"“{row.name}”不是满意度指标，却列在“满意度指标”下，应归入产出指标或效益指标。",
            )
        elif l1 in ("产出指标", "效益指标") and _SATISFACTION_NAME.search(row.name):
            yield Finding(
                row.start, row.end, RULE.code, RULE.severity,
                f"“{row.name}”是满意度指标，应列在“满意度指标—服务对象满意度指标”下，而不是“{l1}”。",
            )
