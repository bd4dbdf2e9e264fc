"""N013: shares of one whole that add up to more than 100%.

"基本支出300万元，占本年支出的33.33%；项目支出700万元，占本年支出的77.78%" cannot
both be true: parts of one whole take at most all of it. Each share may be
rounded at its printed precision, so the sum may exceed 100% by half a unit of
the last printed digit per share and no more.

N010 judges the wholes whose parts are known (glossary/sums.yaml) against
exactly 100%; this rule covers every other money whole, where only "more than
all of it" is certain. Shares N010 already judges are left to it.

A share that follows "其中" (up to the end of its sentence) is a part of the
item before it, not a sibling of that item: "财政拨款收入占收入合计的100%。其中：
一般公共预算财政拨款收入占收入合计的100%" names one whole twice over, so the
shares inside a 其中 and those outside it are added up apart.

"占调整预算105.47%" after an amount collected or spent is that item's execution
against its own budget, not a part of one whole: a bare budget (预算, 调整预算,
年初预算, 预算数) names no common whole, and is left alone.

One whole may be broken down twice, by two criteria, in one paragraph: "从征收部门
来看：税务部门占一般公共预算收入的48.51%，财政部门占51.49%。从收入分类来看：税收
收入占38.96%，非税收入占61.04%". When the shares run in sentences of two or more,
every sentence but the last closing at 100%, each sentence is a breakdown of its
own and each is judged alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from typing import Iterable

from ...core import regex_cache, regex_needles
from ..context import CheckContext
from ..finding import Finding
from ..parts import cn_to_int
from ..registry import Rule
from ..sums import share_sets

RULE = Rule(
    code="N013",
    name="shares-over-100",
    severity="error",
    summary="同一整体的各部分占比之和超过100%",
    doc=(
        "检查什么：同一段中“占××的X%”这类占比，分母是同一笔钱（如“占本年支出”“占基本支出”）的各项之和超过100%。\n"
        "为什么：各部分占同一整体的比例之和不可能超过100%，超过说明金额或比例写错了（或分项与合计不一致）。\n"
        "容差：按每个占比的小数位数，允许四舍五入带来的误差。\n"
        "已知构成的整体（如基本支出＝人员经费＋日常公用经费）由 N010 按恰为100%核对，本规则不重复报告。\n"
        "示例：政府采购资金占本年收入的60%，专项资金占本年收入的50%（合计110%）。"
    ),
    flag=(
        "政府采购资金占本年收入的60%，专项资金占本年收入的50%。",
        "上级补助资金占项目资金的70.5%，本级配套资金占项目资金的40.0%。",
        "项目资金100万元，其中：上级补助资金占项目资金的70%，本级配套资金占项目资金的40%。",
        # a named budget is a common whole
        "人员经费占部门预算的60%，项目经费占部门预算的50%。",
        # a breakdown that closes at 100%, then a share that exceeds it: not a second breakdown
        "政府采购资金占本年收入的40%，专项资金占本年收入的60%。自有资金占本年收入的10%。",
        # numbered sibling items on lines of their own, each with its share of one whole (80 + 30 > 100),
        # the first item's own parts on the lines between
        "1. 基本支出400万元，占本年支出的80%。\n其中：人员经费300万元，占基本支出的75%。\n"
        "2. 项目支出100万元，占本年支出的30%。",

        # bare shares of the whole opened by 中，: a lost decimal point (28.3% written 283%)
        "全部就业人员中，第一产业就业人员占283%，第二产业就业人员占29.3%，第三产业就业人员占42.4%。",
        "全部职工中，男职工占60%，女职工占50%。",
    ),
    keep=(
        "人员经费550.11万元，占基本支出的92.8%；日常公用经费42.67万元，占基本支出的7.2%。",
        "基本支出占本年支出的33.33%，项目支出占本年支出的66.67%。",
        "人员经费占基本支出的92.8%，项目支出占本年支出的30%。",
        "门诊量占全市的60%，住院量占全市的60%。",
        "全部就业人员中，第一产业就业人员占28.3%，第二产业就业人员占29.3%，第三产业就业人员占42.4%。",
        # each item's execution against its own budget: a bare 预算 is no common whole
        "税收收入完成5,000万元，占调整预算98.5%；非税收入完成3,000万元，占调整预算112.3%。",
        # a bare share of an item's own budget (完成…，占112.3%) after no 中，opening a whole
        "税收收入完成5,000万元，占98.5%；非税收入完成3,000万元，占112.3%。",
        # one whole broken down twice (by department, then by kind): two lists of 100% each
        "从征收部门看，税务部门完成6,000万元，占一般公共预算收入的60%；财政部门完成4,000万元，占一般公共预算收入的40%。"
        "从收入类别看，税收收入占一般公共预算收入的45%，非税收入占一般公共预算收入的55%。",
        # an item's share, then the shares of its own parts (其中): two levels, not one list
        "财政拨款收入900万元，占收入合计的90%。其中：一般公共预算财政拨款收入850万元，占收入合计的85%；"
        "政府性基金预算财政拨款收入50万元，占收入合计的5%。",

        # numbered items that close at 100%, and a second list of the same whole numbered afresh
        "1. 基本支出400万元，占本年支出的80%。\n2. 项目支出100万元，占本年支出的20%。\n"
        "（一）按功能分类\n1. 教育支出300万元，占本年支出的60%。\n2. 卫生健康支出200万元，占本年支出的40%。",
    ),
)

# Only wholes of money are judged: "占全市的60%" of two different quantities is not one whole.
_MONEY_WHOLE = regex_cache.compile(r"支出|收入|预算|经费|资金|资产")
_WITHIN = "其中"
_SENTENCE_END = "。"
# A budget with no owner named: each item's own (完成X万元，占调整预算98%), not one whole.
_OWN_BUDGET = regex_cache.compile(r"(?:调整|年初|全年|变更)?预算数?")
# A PDF or web copy may leave a blank before the figure (占一般公共预算支出的 19.62%).
_SHARE = regex_cache.compile(r"占(?P<base>[^，。；、：\n%]{1,16}?)(?:的|比重为|比例为|比重|比例)?[ \u3000]{0,2}"
                             r"(?P<pct>\d{1,3}(?:\.\d{1,4})?)%")


def _within(text: str, start: int, at: int) -> int:
    """Where the 其中 opens whose breakdown the share at ``at`` is part of (-1: none), within the
    paragraph from ``start``: the last 其中 before it with no sentence end between."""
    opened = text.rfind(_WITHIN, start, at)
    if opened < 0 or text.find(_SENTENCE_END, opened, at) >= 0:
        return -1
    return opened


def _slack(shares: list[re.Match]) -> Decimal:
    """Half a unit of each share's last printed digit, summed: what rounding may add."""
    return sum((Decimal(5).scaleb(-(len(m.group("pct").partition(".")[2]) + 1)) for m in shares), Decimal(0))


def _total(shares: list[re.Match]) -> Decimal:
    return sum((Decimal(m.group("pct")) for m in shares), Decimal(0))


def _breakdowns(text: str, shares: list[re.Match]) -> bool:
    """Whether the shares are two or more breakdowns of one whole, one per sentence: each sentence holds
    two shares or more, and each but the last closes at 100% (within rounding)."""
    runs: list[list[re.Match]] = [[shares[0]]]
    for m in shares[1:]:
        if text.find(_SENTENCE_END, runs[-1][-1].end(), m.start()) >= 0:
            runs.append([])
        runs[-1].append(m)
    if len(runs) < 2 or any(len(run) < 2 for run in runs):
        return False
    return all(abs(_total(run) - 100) <= _slack(run) for run in runs[:-1]) and \
        _total(runs[-1]) <= 100 + _slack(runs[-1])


# A numbered item opening its line: 1. / 2、 / （3） / (四) / 五、, its style and its number.
_ITEM = regex_cache.compile(r"^[ \u3000]{0,4}(?:(?P<arabic>\d{1,2})[.．、]|[（(](?P<paren>\d{1,2})[)）]"
                            r"|[（(](?P<hanparen>[一二三四五六七八九十]{1,3})[)）]|(?P<han>[一二三四五六七八九十]{1,3})、)", re.M)


def _item_number(m: re.Match) -> tuple[str, int]:
    """The item's numbering style and its number (Chinese numerals read as headings read them: 二十一 is 21)."""
    style = next(k for k in ("arabic", "paren", "hanparen", "han") if m.group(k))
    raw = m.group(style)
    return style, int(raw) if raw.isdigit() else cn_to_int(raw) or 0


def _numbered_runs(text: str) -> Iterable[list[re.Match]]:
    """The shares of one whole opening numbered sibling items, each on a line of its own (1. 基本支出……占一般
    公共预算支出的84.06%, its parts on the lines between, 2. 项目支出……占一般公共预算支出的19.62%): the
    paragraph grouping does not see them together. Items of one style numbered 1, 2, 3 … in order make a
    run; a restart at 1 opens another list (the same whole broken down again)."""
    runs: dict[str, tuple[int, str, list[re.Match]]] = {}  # style -> (last number, whole, shares)
    for m in regex_needles.finditer(_ITEM, text):
        style, number = _item_number(m)
        line_end = text.find("\n", m.end())
        share = _SHARE.search(text, m.end(), len(text) if line_end < 0 else line_end)
        last, whole, shares = runs.get(style, (0, "", []))
        base = share.group("base").removesuffix("的") if share else ""
        if number == last + 1 and base and base == whole:
            shares.append(share)
            runs[style] = (number, whole, shares)
            continue
        if len(shares) >= 2:
            yield shares
        usable = share is not None and _MONEY_WHOLE.search(base) and not _OWN_BUDGET.fullmatch(base)
        runs[style] = (number, base, [share]) if usable else (number, "", [])
    yield from (shares for _, _, shares in runs.values() if len(shares) >= 2)


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from _among(ctx)
    judged = {s.item.q.start for _, chosen in share_sets(ctx) for s in chosen}  # N010's
    told = set()
    for f in _over_in_paragraphs(ctx, judged):
        told.add(f.start)
        yield f
    for shares in _numbered_runs(ctx.text):
        if any(m.start("pct") in judged or m.start("pct") in told for m in shares):
            continue
        total = _total(shares)
        if total > 100 + _slack(shares):
            base, last = shares[0].group("base").removesuffix("的"), shares[-1]
            yield Finding(last.start("pct"), last.end("pct") + 1, RULE.code, RULE.severity,
                          f"各编号分项占{base}的比例合计{format(total.normalize(), 'f')}%，超过100%，请核对各分项金额与{base}",
                          None)


def _shares_by_paragraph(ctx: CheckContext) -> dict[int, list[re.Match]]:
    """The shares of each paragraph that holds one, by its index, in order: one search of the text instead of one
    per paragraph. No part of a share reads a line break, so it lies inside its paragraph (a stripped line),
    and a paragraph's are the ones a search of it alone finds."""
    found: dict[int, list[re.Match]] = {}
    starts: list[int] = []
    for m in _SHARE.finditer(ctx.text):
        starts = starts or [p.start for p in ctx.paragraphs]
        found.setdefault(bisect_right(starts, m.start()) - 1, []).append(m)
    return found


def _over_in_paragraphs(ctx: CheckContext, judged: set) -> Iterable[Finding]:
    for k, matches in _shares_by_paragraph(ctx).items():
        para = ctx.paragraphs[k]
        groups: dict[tuple[str, int], list[re.Match]] = {}
        for m in matches:
            base = m.group("base").removesuffix("的")
            if not _MONEY_WHOLE.search(base) or _OWN_BUDGET.fullmatch(base):
                continue
            groups.setdefault((base, _within(ctx.text, para.start, m.start())), []).append(m)
        for (base, _), shares in groups.items():
            if len(shares) < 2 or any(m.start("pct") in judged for m in shares):
                continue
            total = _total(shares)
            if total > 100 + _slack(shares) and not _breakdowns(ctx.text, shares):
                last = shares[-1]
                yield Finding(
                    last.start("pct"), last.end("pct") + 1, RULE.code, RULE.severity,
                    f"占{base}的各项比例合计{format(total.normalize(), 'f')}%，超过100%，请核对各分项金额与{base}",
                    None,
                )


# "全国就业人员中，第一产业就业人员占28.3%；第二产业……占29.3%；第三产业……占42.4%": bare shares (占 and the figure,
# no base of their own) after a whole opened by 中，— parts of that one whole, each and all together at most 100%.
_AMONG = regex_cache.compile(r"[\u4e00-\u9fff]{2,16}中[，,]")
_BARE_SHARE = regex_cache.compile(r"占(?:比|比重|比例)?(?:为|达)?[ \u3000]{0,2}(?P<pct>\d{1,4}(?:\.\d{1,4})?)[%％]")
MAX_AMONG = 200  # characters from the whole's 中 to the end of its list


def _among(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    # Tried only near a 中， (gen.core.regex_needles): the pattern opens with a run of Chinese, which re
    # would try at every character of the text (some 7 ms on 200k characters, against 0.1).
    for m in regex_needles.finditer(_AMONG, text):
        end = text.find("。", m.end(), m.end() + MAX_AMONG)
        end = end if end != -1 else min(len(text), m.end() + MAX_AMONG)
        shares = list(_BARE_SHARE.finditer(text, m.end(), end))
        if len(shares) < 2:
            continue
        total = _total(shares)
        over = [x for x in shares if Decimal(x.group("pct")) > 100]  # each one a slip of its own
        if not over and total <= 100 + _slack(shares):
            continue
        for at in over or shares[-1:]:
            yield Finding(
                at.start("pct"), at.end(), RULE.code, RULE.severity,
                f"“{m.group()[:-1]}”之下各部分占比合计{format(total.normalize(), 'f')}%，"
                f"{'其中' + at.group('pct') + '%一项即超过100%' if over else '超过100%'}，请核对（疑漏小数点或数字有误）",
                None,
            )

