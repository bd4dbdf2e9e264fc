"""N026: the year in a report's title contradicted by the report's own header or body."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N026",
    name="title-year",
    severity="error",
    summary="标题中的年度与表头或正文中同一文件名称的年度不符",
    doc=(
        "检查什么：首行标题写明“××2021年度部门整体支出绩效……”“××2020年度部门决算”时，"
        "（1）紧随其后的表头单独一行写“（2020年度）”而年份不同；（2）正文至少两处以同一单位名称、同一文件名称"
        "写另一个年度（“××2019年度部门决算表”“××2019年度部门决算情况”），且除标题外再没有一处写标题的年度。\n"
        "为什么：同一份报告只有一个年度，标题与表头、正文不一致，总有一处写错。\n"
        "不报的情形：正文提到其他年度的数字或文件（上年决算、比较年份）；标题的年度在正文里也出现过。"
    ),
    flag=(
        "某某局2022年度部门整体支出绩效目标表\n部门整体支出绩效目标表\n（2021年度）\n填报单位：某某局\n",
        "某某局2021年度部门决算\n目录\n第一部分 某某局2020年度部门决算表\n第二部分 某某局2020年度部门决算情况说明\n",
    ),
    keep=(
        "某某局2022年度部门整体支出绩效目标表\n部门整体支出绩效目标表\n（2022年度）\n填报单位：某某局\n",
        "某某局2021年度部门决算\n目录\n第一部分 某某局2021年度部门决算表\n第二部分 某某局2020年度部门决算情况说明\n"
        "某某局2020年度部门决算情况说明\n",
        "某某局2021年度部门决算\n与某某局2020年度部门决算相比，支出增加。\n",
    ),
)

_TITLE = re.compile(r"\s{0,4}(?P<org>[^\d\s|，,。]{2,30}?)(?P<year>(?:19|20)\d{2})\s{0,2}年度?(?P<kind>[^\d\s|，,。]{2,16})")
_KINDS = ("决算", "预算", "绩效", "整体支出")
_HEADER_YEAR = re.compile(r"^[\s|]*[（(]\s{0,2}(?P<year>(?:19|20)\d{2})\s{0,2}年度?\s{0,2}[）)][\s|]*$")
HEADER_LINES = 8  # lines after the title where a table header stands
MIN_OTHER = 2  # body statements of another year needed to overrule the title


def _title(text: str) -> Optional[re.Match]:
    for line_start, line in _lines(text)[:3]:
        if line.strip():
            m = _TITLE.match(line)
            if m and any(k in m.group("kind") for k in _KINDS):
                return m if line_start == 0 else _TITLE.match(text, line_start)
            return None
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text[:20000].split("\n")[: HEADER_LINES + 4]:
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _header(text: str, title: re.Match) -> Iterable[Finding]:
    for start, line in _lines(text)[: HEADER_LINES + 1]:
        m = _HEADER_YEAR.match(line)
        if m and m.group("year") != title.group("year"):
            yield Finding(start + m.start("year"), start + m.end("year") + 2, RULE.code, RULE.severity,
                          f"表头年度“{m.group('year')}年度”与标题年度“{title.group('year')}年度”不符，请核对")
            return


def _body(text: str, title: re.Match) -> Iterable[Finding]:
    org, year, kind = title.group("org"), title.group("year"), title.group("kind")[:4]
    named = re.compile(re.escape(org) + r"\s{0,2}(?P<year>(?:19|20)\d{2})\s{0,2}年度?" + re.escape(kind))
    rest = [m for m in named.finditer(text) if m.start() >= title.end()]
    if any(m.group("year") == year for m in rest):
        return
    others = {m.group("year") for m in rest}
    if len(others) != 1 or len(rest) < MIN_OTHER:
        return
    if any(re.search(r"(?:与|较|比|同|和)\s{0,2}$", text[max(0, m.start() - 3):m.start()]) for m in rest):
        return  # a comparison with another year's report
    other = others.pop()
    yield Finding(title.start("year"), title.end("year") + 2, RULE.code, RULE.severity,
                  f"标题年度“{year}年度”与正文不符：正文{len(rest)}处写“{org}{other}年度{kind}”，请核对")


def check(ctx: CheckContext) -> Iterable[Finding]:
    title = _title(ctx.text)
    if title is None:
        return
    found = list(_header(ctx.text, title))
    yield from found or _body(ctx.text, title)
