"""S011: a numbered item that lost its number and kept only the 顿号 ("、国有资产占用情况表").

When a list of tables or sections is edited (or pasted from a PDF), the
numeral in front of one item can be lost while its 顿号 stays: "九、…" is
followed by a line that begins "、…". S001 cannot see it, because the line is
no longer a numbered heading. A line that starts with 、 is never right in
Chinese text, but the rule speaks only where it can name the lost number: the
nearest numbered line above (within a few lines) sets the expected next number.
"""

from __future__ import annotations

import re

from ...core.chinese_numerals import chinese_ordinal, parse_chinese_numeral
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S011",
    name="lost-item-number",
    severity="warning",
    summary="列举项丢了序号，只剩顿号",
    doc=(
        "检查什么：以顿号“、”开头的一行，而它前面几行是“八、…”“九、…”这样编号的列举项，"
        "说明这一项的序号丢了，只剩下顿号（常见于目录、决算表清单）。\n"
        "为什么：序号缺失使目录项数与实际不符，读者无法按序号查找。\n"
        "不报的情形：前面几行没有编号的列举项时不报（无法判断应补的序号）。\n"
        "示例：“九、财政拨款“三公”经费支出决算表”之后一行“、国有资产占用情况表”应为“十、国有资产占用情况表”。"
    ),
    flag=(
        "第二部分 决算报表\n八、项目支出决算表\n九、政府采购情况表\n、国有资产占用情况表\n",
        "主要表格\n1、收入支出决算总表\n2、收入决算表\n    、支出决算表\n",
    ),
    keep=(
        "第二部分 决算报表\n八、项目支出决算表\n九、政府采购情况表\n十、国有资产占用情况表\n",
        "本年收入主要用于人员经费\n、公用经费和项目支出。\n",
    ),
)

_CN = "一二三四五六七八九十百"
# A line that starts (after indentation) with a 顿号 and goes on with a Chinese character.
_ORPHAN = re.compile(r"^[ \t\u3000]*(、)(?=[\u4e00-\u9fff“])", re.M)
_NUMBERED = re.compile(rf"^[ \t\u3000]*(?:([{_CN}]{{1,3}})|(\d{{1,2}}))、(?=\S)")
LOOKBACK_LINES = 4  # non-empty lines above the orphan searched for the previous number


def _previous_number(text: str, start: int) -> tuple[int, bool] | None:
    """The number of the nearest numbered line above ``start`` and whether it is written in Chinese numerals."""
    lines = [ln for ln in text[:start].split("\n")[:-1] if ln.strip()][-LOOKBACK_LINES:]
    for line in reversed(lines):
        m = _NUMBERED.match(line)
        if m:
            if m.group(1):
                value = parse_chinese_numeral(m.group(1))
                return (value, True) if value else None
            return int(m.group(2)), False
    return None


def check(ctx):
    text = ctx.text
    if "\n、" not in text and not re.search(r"\n[ \t\u3000]+、", text):
        return
    for m in _ORPHAN.finditer(text):
        prev = _previous_number(text, m.start(1))
        if prev is None:
            continue
        number, chinese = prev
        expected = (chinese_ordinal(number + 1) if chinese and number < 99 else str(number + 1)) + "、"
        yield Finding(
            m.start(1), m.end(1), RULE.code, RULE.severity,
            f"这一项以顿号开头，序号丢了：上一项是第{number}项，此处应为“{expected}”。", expected,
        )
