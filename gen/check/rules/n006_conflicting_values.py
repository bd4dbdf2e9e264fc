"""N006: one report-level figure (本年支出, 基本支出…) or one named allocation stated twice with different values."""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import Item, allocation_name, items, num, single_valued_name
from ..registry import Rule

RULE = Rule(
    code="N006",
    name="conflicting-values",
    severity="warning",
    summary="同一数字前后两处写法不一致",
    doc=(
        "报告中只应有一个值的数字（glossary/rates.yaml 的 single_valued：本年收入、本年支出、基本支出、"
        "人员经费、政府采购计划金额等）在同一年份下出现两个不同金额时提示，多为录入或抄写错误。"
        "例：前文“本年支出322,145.23万元”，后文“本年支出322,415.23万元”。"
        "同一笔具名资金（如“基本公共卫生服务补助资金”，名称至少6个字、以资金/经费/补助/补贴结尾，"
        "不含累计、新增、人均、标准等）在两处写成不同金额时同样提示。"
        "两处之间写有一笔正好等于两者之差的金额（追加、追减、收回一批资金）时，两个金额是调整前后之数，不提示。"
        "紧跟在一个金额之后括号里的数（“全年预算X万元（基本支出a万元、项目支出b万元）”）是该金额的构成，"
        "与“其中”之后的分项一样不作比较。各段分别以不同的县（区、乡镇）开头、逐地叙述时，不同地方的同名数字不作比较；"
        "各段以编号和不同的项目名称开头、逐个项目叙述时同样。"
    ),
    flag=(
        "本年支出322,145.23万元。……本年支出322,415.23万元，执行情况良好。",
        "全年预算1743万元（基本支出1124万元、项目支出619万元）。……全年预算1743万元（基本支出1142万元、项目支出601万元）。",
        "下达基本公共卫生服务补助资金1,200.00万元。\n……\n下达基本公共卫生服务补助资金1,250.00万元，已全部拨付。",
        # each after another amount, but not a due amount it was done against: still one figure twice
        "基本支出300万元，本年支出480万元。\n项目支出200万元，本年支出490万元。",
    ),
    keep=(
        "本年支出322,145.23万元。……本年支出322,145.23万元，执行情况良好。",
        "2021年基本支出640.58万元。2022年基本支出592.78万元。",
        "下达基本公共卫生服务补助资金1,200.00万元。\n……\n实际支出基本公共卫生服务补助资金1,150.00万元。",
        "人均基本公共卫生服务补助经费89元。\n人均基本公共卫生服务补助经费94元。",
        "（一）公共卫生服务项目。该项目预算资金1,800.00万元。\n（二）健康宣传项目。该项目预算资金80.00万元。",
        "下达基本公共卫生服务补助资金1,200.00万元。\n后追减50.00万元。\n下达基本公共卫生服务补助资金1,150.00万元，已全部拨付。",
        # one paragraph per county, each with its own figures of the same names
        "全市实际需要市级缴费补贴394.86万元。\n青阳县实际需要市级缴费补贴82.82万元，超出预算。\n"
        "石台县实际需要市级缴费补贴19.71万元。\n",
        # the whole's income, then the project part's (its sentence names 项目支出)
        "2022年度财政拨款年初结转和结余2.27万元，本年收入900.00万元，本年支出899.00万元。"
        "（二）项目支出情况。2022年度财政拨款项目支出年初结转和结余2.27万元，本年收入700.00万元，本年支出699.00万元。",
        # each after its own base: the local share due and paid, then the whole fund due and paid
        "地方应配套2000.00万元，实际配套到位资金2500.00万元。\n资金到位情况：应到位3600.00万元，实际配套到位资金4100.00万元。",
        # one numbered paragraph per project, each with its own share of the same fund
        "1.2022年村级道路硬化项目,建设道路1.2公里。统筹整合使用财政涉农资金180万元,已拨付170万元。\n"
        "2.2022年饮水安全巩固提升项目,新建蓄水池2座。统筹整合使用财政涉农资金96.5万元,已全部拨付。\n",
        "年初预算批复1480万元（基本支出990万元、项目支出490万元），年中追加263万元，"
        "全年预算1743万元（基本支出1124万元、项目支出619万元）。",
        # parts in brackets after each of two wholes: the parts of each, at its own stage
        "年初预算1,500.00万元（基本支出900.00万元、项目支出600.00万元），年中追加300.00万元，"
        "全年预算1,800.00万元（基本支出1,000.00万元、项目支出800.00万元）。",
    ),
)


def _adjusted(at_by_money: dict, seen: Item, it: Item) -> bool:
    """Is the gap between the two amounts a figure stated between them (an allocation cut or
    topped up in between: 412.85, then 追减 223.57, then 189.28)?"""
    starts = at_by_money.get(abs(seen.money - it.money), [])  # type: ignore[operator]
    k = bisect.bisect_left(starts, seen.q.end)
    return k < len(starts) and starts[k] < it.q.start


_OPEN = "(（"
_CLOSE = ")）"
BRACKET_REACH = 60


def _breakdown_of(text: str, it: Item, money_ends: dict[int, Item]) -> str:
    """The label of the amount whose bracketed breakdown holds ``it`` ("年初预算批复14818万元(基本支出
    9896万元…)"), or "" when it stands in no such bracket: two breakdowns of different amounts (the
    budget as passed, the budget after changes) are different figures, not one stated twice."""
    lo = max(0, it.q.start - BRACKET_REACH)
    for p in range(it.q.start - 1, lo - 1, -1):
        ch = text[p]
        if ch in _CLOSE or ch in "。；\n":
            return ""
        if ch in _OPEN:
            end = p  # len(text[:p].rstrip()), without copying the text up to here for each bracket
            while end and text[end - 1].isspace():
                end -= 1
            parent = money_ends.get(end)
            return parent.label if parent is not None else ""
    return ""


# A paragraph that opens with a place, not a body of it ("青阳县申请基础养老金补贴…"): one of a report's
# paragraphs per county or town, each stating the same named figures for its own place.
_PLACE_OPENER = regex_cache.compile(r"([\u4e00-\u9fff]{1,5}?(?:县|区|市|旗|镇|乡))(?![\u4e00-\u9fff]{0,8}?(?:局|委|办|中心|院|政府|所|站|部))")


# A numbered paragraph that opens with a project's name ("2.2021年第一批……基础设施建设项目,通过……"): one
# of a report's paragraphs per project, each stating its own 资金 under the same fund's name.
_PROJECT_OPENER = regex_cache.compile(r"[ \u3000]{0,4}[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.．、][ \u3000]{0,2}"
                             r"([^。；;，,\n]{2,60}?项目)")


def _subjects(ctx: CheckContext):
    """A lookup from an offset to the place (or project) its paragraph opens with, when two or more
    paragraphs open with different places (a per-county account) or with different numbered projects;
    else every offset has the same subject ""."""
    starts, places = [], []
    for opener in (_PLACE_OPENER, _PROJECT_OPENER):
        for p in ctx.paragraphs:
            m = opener.match(p.text)
            if m:
                starts.append(p.start)
                places.append((p.end, m.group(1)))
        if len({name for _, name in places}) >= 2:
            break
        starts, places = [], []
    if not places:
        return lambda pos: ""

    def subject(pos: int) -> str:
        k = bisect.bisect_right(starts, pos) - 1
        return places[k][1] if k >= 0 and pos <= places[k][0] else ""
    return subject


# 基本支出 / 项目支出 naming what a sentence is about, not a figure of its own (项目支出40万元 is a sibling).
_SCOPE = regex_cache.compile(r"(?:基本支出|项目支出)(?![为是达共计]{0,2}[ \u3000]{0,2}\d)")


def _scope(text: str, it: Item) -> str:
    """The part of the budget the figure's sentence is about, named before it ("……财政拨款项目支出年初结转
    和结余2.27万元，本年收入1230.14万元" is the project part's income, not the whole's): "" when none."""
    found = [m.group() for m in _SCOPE.finditer(text, it.seg_start, it.q.start)]
    return found[-1] if found else ""


# What is due or planned (the base), and what was done against it: 应配套A，实际配套到位B.
_DUE = regex_cache.compile(r"应|计划|预算|下达|批复")
_DONE = regex_cache.compile(r"实际|到位|执行|完成|拨付")


def _base(money_items: list[Item], starts: list[int], it: Item):
    """The amount due or planned stated just before ``it``, what was done, in its sentence
    (应到位36121万元，实际到位…), or None."""
    k = bisect.bisect_left(starts, it.q.start) - 1
    if k < 0:
        return None
    base = money_items[k]
    if base.seg_start != it.seg_start or not (_DUE.search(base.label) and _DONE.search(it.label)):
        return None
    return base.money


def _other_frames(money_items: list[Item], starts: list[int], seen: Item, it: Item) -> bool:
    """Each figure follows a different amount in its own sentence (应配套20971万元，实际配套到位… / 应到位
    36121万元，实际配套到位…): two statements of different scopes (the local share, the whole fund)."""
    a, b = (_base(money_items, starts, x) for x in (seen, it))
    return a is not None and b is not None and a != b


def check(ctx: CheckContext) -> Iterable[Finding]:
    first: dict[tuple[str, str, str, str, str], Item] = {}
    subject = _subjects(ctx)
    at_by_money: dict = defaultdict(list)  # money -> offsets where it is stated, in order
    money_ends: dict[int, Item] = {}
    money_items: list[Item] = []
    for x in sorted(items(ctx), key=lambda x: x.q.start):
        if x.money is not None:
            at_by_money[x.money].append(x.q.start)
            money_ends[x.q.end] = x
            money_items.append(x)
    starts = [x.q.start for x in money_items]
    for it in items(ctx):
        money = it.money
        if money is None or it.q.comparator or it.sub:
            continue
        name = single_valued_name(it.label) or allocation_name(it.label)
        if name is None:
            continue
        key = (name, it.year, _breakdown_of(ctx.text, it, money_ends), subject(it.q.start), _scope(ctx.text, it))
        seen = first.get(key)
        if seen is None:
            first[key] = it
            continue
        if seen.money != money and not _adjusted(at_by_money, seen, it) \
                and not _other_frames(money_items, starts, seen, it):
            line, _ = ctx.line_col(seen.q.start)
            yield Finding(
                it.q.start, it.q.end, RULE.code, RULE.severity,
                f"{name}此处为{it.q.raw}，与第{line}行的{num(seen.q)}{seen.q.unit}不一致",
                None,
            )
