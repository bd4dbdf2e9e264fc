"""N011: a percentage truncated where the report rounds (half-up) elsewhere."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Iterator, Optional

from ...core.numbers import PERCENT_PLACES, ratio_percent, ratio_percent_exact, round_half_up, truncate
from ...core.quantities import MONEY_FACTORS, numeral_text
from ..context import CheckContext
from ..finding import Finding
from ..flat_funds import funds_blocks
from ..flat_rates import row_rates
from ..change_base import change_rates
from ..numbers_text import comparable, items, num
from ..percent_claims import percent_claims
from ..registry import Rule
from ..tables import percent_column, rate_cells, rate_percent

RULE = Rule(
    code="N011",
    name="truncated-share",
    severity="warning",
    summary="占比（比率）是截断而不是四舍五入所得",
    doc=(
        "占比、执行率等百分数应按打印的小数位数四舍五入：719.96÷1000.00＝71.996%，两位小数应写72.00%，"
        "写成71.99%是截断。截断值与四舍五入值不同时提示。"
        "若全文可判别的百分数（至少两处）都是截断所得、没有一处是四舍五入，视为本文统一截断，不提示；"
        "审核单位统一按截断口径时，可在配置中写 rounding = \"truncate\"。"
        "增减幅度（文中写明上年数或本年数，“较上年减少109.38万元，下降13.39%”）同样判断；表格执行率列（本行执行数÷预算数）一并判断，包括压成一行文字的自评表资金栏；执行率写成小数（0.958表示95.8%）的，"
        "按所写小数位同样判断：27.8÷29＝0.95862，三位小数应写0.959，写0.958是截断。"
        "占“受理总数”“信息公开总量”等没有数字标明的总数的，若同句三处以上这样的占比其分项之和恰为前文所述的数、且三分之二以上与之相符，以该数为总数。"
        "恰在两个打印值正中（23.86÷27.72＝86.0750%，两位小数）的，输入本身的舍入就能定其上下，不看作截断。"
        "金额只印到一位小数或整数（统计口径的亿元数，138.3÷210）、两数自身的舍入就能使比值跨过进位点的，同样不看作截断。"
        "同一比值在几行重复（其中行与合计行相同）只算一处，一处截断不足以说明全文统一截断。与文中金额明显不符的百分数由 N001、N002、B003 报告，本规则只看舍入方式。"
    ),
    flag=(
        # 在…中 opening the sentence breaks down the count that opened the one before (its parts make it: 30)
        "全年共发布信息30条。在发布的信息中，工作动态20条，占66.66%；通知公告7条，占23.33%；其他信息3条，占10%。",
        # a grade's share of the projects counted before the list, cut where the others are rounded
        "根据审核结果，抽审的41个项目审核等级为：1个项目评为优，占评定项目的2.44%；3个项目评为良，占评定项目的7.32%；"
        "35个项目评为中，占评定项目的85.36%；2个项目评为差，占评定项目的4.88%。",
        "本年支出1000.00万元，其中基本支出280.04万元，占本年支出的28.00%；项目支出719.96万元，占本年支出的71.99%。",
        # 主要包括 opening the list as 其中 does: each 占比 is of the count before it (2÷300 cut, 5÷300 rounded)
        "全年主动公开信息300条，主要包括会议公开2条，占比0.6%；政策文件5条，占比1.7%；工作动态293条，占比97.7%。",
        "本年支出719.08万元，其中基本支出592.78万元，占本年支出的82.43%；项目支出126.30万元，占比17.56%。",
        # shares of a total no label names (信息公开总量), the parts making the count stated before: 2÷57 cut to 3.50%
        # where 4÷57 and 51÷57 are rounded; the first share lost its 占 but is still one of the list
        "主动公开信息57条：部门公告4条，信息公开总量的7.02%；概况信息2条，占信息公开总量的3.50%；"
        "工作动态51条，占信息公开总量的89.47%。",
        # the count the parts make stated a paragraph before (受理60件), its list of shares of 受理总数 after a heading
        "仲裁部门受理案件60件。\n（三）受理案件中：劳动报酬37件，占受理总数的61.67%；工伤待遇17件，占受理总数的28.33%；"
        "社会保险5件，占受理总数的8.33%；其他1件，占受理总数的1.66%。",
        # the 其中 list goes on past its ；: each 占比 is of the total before 其中 (99.82% rounds, 0.17% is cut)
        "本年收入合计1723.71万元，其中：财政拨款收入1720.54万元，占比99.82%；事业收入3.05万元，占比0.17%；"
        "其他收入0.12万元，占比0.01%。",
        "| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 甲 | 1000.00 | 719.96 | 71.99% |",
        "| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 甲 | 1000.00 | 719.96 | 0.719 |",
        # a funds block flattened to text, its rate a bare ratio cut after three places, the 其中 row repeating it
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 45 45 43.1 10 0.957 9\n"
        "其中：当年财政拨款 45 45 43.1 10 0.957 9\n上年结转资金\n其他资金\n年度总体目标",
        # a change's rate over the base the text states, cut where the text rounds its shares (28.004 → 28.00%)
        "与2016年816.4万元相比，收支总计减少109.38万元，下降13.39%。本年支出1000.00万元，其中基本支出280.04万元，占28.00%。",
    ),
    keep=(
        "全年共发布信息30条。在发布的信息中，工作动态20条，占66.67%；通知公告7条，占23.33%；其他信息3条，占10%。",
        # figures printed to 0.1亿元: 138.26 ÷ 210.04 is 65.83 %, so 65.8% may be rounded (65.857 from the printed figures)
        "支出累计完成210亿元，增长17.9%，其中民生支出完成138.3亿元，增长11.1%，占比65.8%；"
        "教育支出完成40.12亿元，占比19.10%。",
        # a tie to the printed places: 23.86÷27.72 = 86.0750…%, which the inputs' own rounding decides
        "本年支出1000.00万元，其中基本支出280.04万元，占本年支出的28.00%。三公经费51.58万元，较上年增加23.86万元，"
        "上年27.72万元，增加86.07%。",
        # two change rates, both cut: the text truncates throughout, a convention (9.366 → 9.3%, 9.091 → 9.0%)
        "收入总计1315.18万元，较上年决算数减少135.91万元、下降9.3%。收入合计1000.00万元，减少100.00万元、下降9.0%。",
        "本年支出719.08万元，其中基本支出592.78万元，占本年支出的82.44%；项目支出126.30万元，占比17.56%。",
        "全年主动公开信息300条，主要包括会议公开2条，占比0.7%；政策文件5条，占比1.7%；工作动态293条，占比97.7%。",
        # the same list rounded throughout
        "主动公开信息57条：部门公告4条，占信息公开总量的7.02%；概况信息2条，占信息公开总量的3.51%；"
        "工作动态51条，占信息公开总量的89.47%。",
        # the parts (57) make no count stated before (60): which total 信息公开总量 is, is not known
        "主动公开信息60条：部门公告4条，占信息公开总量的7.02%；概况信息2条，占信息公开总量的3.50%；"
        "工作动态51条，占信息公开总量的89.47%。",
        "本年支出719.08万元，其中基本支出592.78万元，占本年支出的82.43%；"
        "项目支出126.33万元，占本年支出的17.56%。",
        "本年收入325,399.34万元，本年支出322,145.23万元，总体支出进度99%。",
        "| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 甲 | 1000.00 | 719.96 | 72.00% |",
        "| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 甲 | 1000.00 | 719.96 | 0.720 |",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 45 45 43.1 10 0.958 9\n"
        "其中：当年财政拨款 45 45 43.1 10 0.958 9\n上年结转资金\n其他资金\n年度总体目标",
        # two different ratios, both cut: the report truncates throughout
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 45 45 43.1 10 0.957 9\n"
        "其中：当年财政拨款 30 30 28.7 10 0.956 9\n其他资金 15 15 14.4 10 0.96 9\n年度总体目标",
    ),
)


@dataclass(frozen=True)
class Printed:
    """One printed percentage and the exact values it may have been printed from."""

    start: int
    end: int
    value: Decimal
    decimals: int
    shown: str  # the figure as printed, for messages
    # (b÷a as printed, exact, rounded once to 2); b÷a is the pair of figures itself where a share's claim names
    # it (written out by _operands only for a finding's message: a report's shares ask it some 2,500 times)
    sources: tuple[tuple[object, Decimal, Optional[Decimal]], ...]
    fraction: bool = False  # a bare ratio (0.958) standing for a percentage (95.8, one place)

    def written(self, percent: Decimal) -> str:
        """A percentage as this figure writes it: 72.00% or, for a bare ratio, 0.959."""
        return str(percent.scaleb(-2)) if self.fraction else f"{percent}%"

    def same_figure(self) -> tuple:
        """What makes two printed rates one figure: the same value from the same ratios (a 其中 row
        repeating its total's rate is not a second instance of the report's rounding habit)."""
        return self.value, self.decimals, frozenset(exact for _, exact, _ in self.sources)


# An exact ratio this close to half a printed unit (86.0750 for two places) is a tie its inputs' own rounding
# (23.86÷27.72, each ±0.005) decides either way: no sign of how the report rounds.
TIE_SHARE = Decimal("0.02")


def _at_tie(exact: Decimal, decimals: int) -> bool:
    unit = Decimal(1).scaleb(-decimals)
    return abs(exact - truncate(exact, decimals) - unit / 2) < unit * TIE_SHARE


def how_rounded(p: Printed) -> str:
    """"half-up", "truncate", "either" (both give the printed value) or "" (neither: another rule's)."""
    found = ""
    for _, exact, twice in p.sources:
        rounds = round_half_up(exact, p.decimals) == p.value or (
            twice is not None and round_half_up(twice, p.decimals) == p.value)
        truncs = truncate(exact, p.decimals) == p.value
        if (rounds and truncs) or (truncs and _at_tie(exact, p.decimals)):
            return "either"
        if rounds:
            return "half-up"
        if truncs:
            found = "truncate"
    return found


_HUNDRED = Decimal(100)
_CENT = Decimal(1).scaleb(-PERCENT_PLACES)  # round_half_up(x, PERCENT_PLACES) is x.quantize(_CENT, ROUND_HALF_UP)


def _from_claims(ctx: CheckContext) -> Iterator[Printed]:
    for c in percent_claims(ctx):
        q = c.stated
        if q.comparator:
            continue
        sources = []
        for part, whole in c.pairs:
            vals = comparable(part, whole)
            if vals and vals[1] and vals[0].is_finite() and vals[1].is_finite():  # ratio_percent_exact's Decimals, inline
                exact = vals[0] / vals[1] * _HUNDRED
                # ratio_percent(*vals) is this very quotient rounded half-up: rounded here, not computed again
                sources.append(((part.q, whole.q), exact, exact.quantize(_CENT, rounding=ROUND_HALF_UP)))
        if any(_inputs_decide(part, whole, q) for part, whole in c.pairs):
            continue
        yield Printed(q.start, q.end, q.value, q.decimals, q.raw, tuple(sources))


def _inputs_decide(part, whole, q) -> bool:
    """True when the two figures' own rounding moves their quotient across the printed value's rounding
    boundary, for figures printed to one decimal or none (a bulletin's 亿元, rounded for print):
    "民生支出138.3亿元 … 累计完成210亿元 … 占比65.8%" is 65.857 %, but 138.26 ÷ 210.04 is 65.83 %:
    figures printed to 0.1亿元 cannot tell a rounded share from a cut one (the tie above, made wide)."""
    if part.q.unit not in MONEY_FACTORS or whole.q.unit not in MONEY_FACTORS:
        return False  # counts (35个 of 41个) are exact: no rounding of their own
    if min(part.q.decimals, whole.q.decimals) >= 2:
        return False  # accounts to the fen (592.78万元) are the figures themselves, not rounded for print
    vals = comparable(part, whole)
    if not vals or not part.q.value or not whole.q.value:
        return False
    exact = ratio_percent_exact(*vals)
    if exact is None:
        return False
    rel = Decimal(5).scaleb(-part.q.decimals - 1) / abs(part.q.value) \
        + Decimal(5).scaleb(-whole.q.decimals - 1) / abs(whole.q.value)
    band = abs(exact) * rel
    return round_half_up(exact - band, q.decimals) <= q.value <= round_half_up(exact + band, q.decimals)


def _from_tables(ctx: CheckContext) -> Iterator[Printed]:
    """执行率 cells of tables (B/A of their row), so a report is judged on all its rates; a bare ratio
    (0.958) in a column without % as the percentage it stands for (tables.rate_percent)."""
    for rc in rate_cells(ctx.tables):
        printed = rate_percent(rc.stated, percent_column(rc.table, rc.rate.index))
        if printed is None:
            continue
        sources = []
        for n, d in rc.pairs:
            b, a = rc.row.number(n.index), rc.row.number(d.index)
            if b is not None and a is not None and a.value and not (b.percent or a.percent):
                sources.append((f"{b.value}÷{a.value}", ratio_percent_exact(b.value, a.value),
                                ratio_percent(b.value, a.value)))
        yield Printed(rc.cell.start, rc.cell.end, *printed, rc.cell.text, tuple(sources), not rc.stated.percent)


def _from_blocks(ctx: CheckContext, seen: set[int]) -> Iterator[Printed]:
    """执行率 cells of funds blocks flattened to text (flat_rates.py), bare ratios included; a cell
    already read as a table's is not read twice."""
    for block in funds_blocks(ctx):
        for rr in row_rates(block):
            if rr.cell.start in seen:
                continue
            sources = tuple((f"{numeral_text(b.text)}÷{numeral_text(a.text)}", exact, round_half_up(exact, 2))
                            for (b, a), exact in zip(rr.operands, rr.ratios))
            yield Printed(rr.cell.start, rr.cell.end, rr.value, rr.decimals, rr.cell.text, sources, rr.fraction)


def _from_changes(ctx: CheckContext, seen: set[int]) -> Iterator[Printed]:
    """Change rates over last year's figure (减少109.38万元，下降13.39% after 与2016年816.4万元相比), a rate already
    read as a share not read twice."""
    for rate, shown, exact in change_rates(ctx, items(ctx)):
        if rate.q.start not in seen:
            yield Printed(rate.q.start, rate.q.end, rate.q.value, rate.q.decimals, rate.q.raw,
                          ((shown, exact, round_half_up(exact, PERCENT_PLACES)),))


def _operands(shown: object) -> str:
    """A source's b÷a as printed: the figures' own text for a share's pair of quantities, else as given."""
    if isinstance(shown, tuple):
        part, whole = shown
        return f"{num(part)}÷{num(whole)}"
    return str(shown)


def _rounded(p: Printed) -> tuple[str, Decimal]:
    for shown, exact, _ in p.sources:
        if truncate(exact, p.decimals) == p.value:
            return _operands(shown), round_half_up(exact, p.decimals)
    raise ValueError("not a truncated figure")


def check(ctx: CheckContext) -> Iterable[Finding]:
    printed = [*_from_claims(ctx), *_from_tables(ctx)]
    printed += _from_blocks(ctx, {p.start for p in printed})
    printed += _from_changes(ctx, {p.start for p in printed})
    ways = [(p, how_rounded(p)) for p in printed if p.sources]
    truncated = [p for p, how in ways if how == "truncate"]
    if not truncated or ctx.config.get("rounding") == "truncate":
        return
    if len({p.same_figure() for p in truncated}) >= 2 and not any(how == "half-up" for _, how in ways):
        return  # the whole report truncates: a convention, not a slip
    for p in truncated:
        shown, right = _rounded(p)
        places = p.decimals + 2 if p.fraction else p.decimals
        yield Finding(p.start, p.end, RULE.code, RULE.severity,
                      f"{p.shown}是截断所得：{shown}按{places}位小数四舍五入应为{p.written(right)}", p.written(right))
