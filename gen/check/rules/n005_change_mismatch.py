"""N005: a stated change (从A增加至B, 较上年减少X) that the figures contradict."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import agrees, format_percent, ratio_percent_exact, round_half_up
from ...core.text_pairs import char_positions
from ..context import CheckContext
from ..finding import Finding
from ..change_base import CHANGE_SEP, UP_VERBS, wrong_base
from ..labels import name_keys, names_match
from ..numbers_text import Item, comparable, in_written_unit, item_starts, items, num, totals_differ
from ..point_changes import point_changes
from ..stated_changes import CHANGE_VERBS, amount_before, yoy_before
from ..registry import Rule
from ._n005_examples import FLAG as EXTRA_FLAG, KEEP as EXTRA_KEEP

RULE = Rule(
    code="N005",
    name="change-mismatch",
    severity="error",
    summary="所述增减方向或幅度与前后两个数字不符",
    doc=(
        "检查“从A增加至B”“由A下降到B”的方向（百分比之间同样，其后所述“提高X个百分点”须等于两数之差），以及“较上年增加/减少X万元”“增长/下降Y%”"
        "（上年数可在别处、在同一句中本年数之后，或写在“比上年B增长Y%”之中；“较上年决算数”“比2022年”“与2022年相比”同样，写明年份时以该年的数字为基数）："
        "只有文中同时写出本年和上年（或前一年）的数字时才核对，方向相反或差额、幅度按所述精度不符时报错。"
        "例：床位从21张增加至157张（一致）；支出从120万元减少至150万元（方向相反）；"
        "上年基本支出640.58万元……2022年基本支出592.78万元，较上年增加47.80万元（实为减少）。"
    ),
    flag=(
        # the quantity named after the verb, the rate after 降幅达到: 0.88 ÷ (2.29 + 0.88) = 27.8%
        "2016年省级“三公”经费支出2.29亿元，比上年减少支出0.88亿元，降幅达到38.7%。",
        "全县一般公共预算收入完成78.14亿元，同比增收2.07亿元，增长6.7%。",
        "本年收入2579.21万元，与上年1007.40万元相比增加21.5万元，增长2.1%。",
        # the comparison first, then the subject (收入总计 beside an equal 支出总计): 4.45 ÷ 277.61 = 1.60%, on this year's 1.58%
        "2021年度收入总计282.06万元、支出总计282.06万元。与2020年相比，收入总计增加4.45万元，增长1.58%。",
        # a rate in whole percent far from either base: 7.8 ÷ 169.28 = 4.6%
        "2025年本年收入177.08万元，比上年增加7.8万元，增加11%。",
        # last year's figure stated as the base right before the change: 20.53 ÷ 227.42 = 9.03%
        "学前教育支出247.95万元，较2016年决算227.42万元，增加20.53万元，增长9.5%。",
        # the base inside 与…相比, the subject named again after it: 109.38 ÷ 816.4 = 13.40%
        "2017年度财政拨款收支总计707.02万元。与2016年816.4万元相比，财政拨款收支总计各减少109.38万元，下降15.39%。",
        # the change's own sentence compares with last year and names the figure again: 16.36 ÷ 318.55 = 5.14%
        "2019年度收、支总计302.19万元。与2018年相比，收、支总计减少16.36万元，下降5.18%。",
        # the name parted by 、 after a longer subject, 各 before the verb: 50.47 ÷ 2589.78 = 1.95%
        "2017年度财政拨款收、支总计2539.31万元。与2016年相比，财政拨款收、支总计各减少50.47万元，下降19.49%。",
        "公用经费从120万元减少至150万元。",
        "2021年基本支出640.58万元。2022年基本支出592.78万元，较上年增加47.80万元。",
        "上年项目支出762.96万元。项目支出2329.34万元，比上年增加1666.38万元。",
        # last year's figure in the same sentence after this year's, or inside the comparison
        "本年收入580.12万元，上年收入504.78万元，较上年减少75.34万元。",
        "本年收入580.12万元，比上年504.78万元增长20.5%。",
        # the base year named (比2022年), or last year's final accounts (较上年决算数)
        "2022年基本支出640.58万元。2023年基本支出592.78万元，比2022年增加47.80万元。",
        "上年项目支出762.96万元。项目支出2329.34万元，较上年决算数减少1566.38万元。",
        # the growth rate divided by this year's figure (50÷250) instead of last year's (50÷200)
        "本年支出总计250.00万元，比上年增加50.00万元，增长20.00%。",
        "本年支出合计250.00万元，较上年决算数增加50.00万元，增长20.00%。",
        # neither base gives the rate (50 ÷ 200 = 25%)
        "本年支出合计250.00万元，比上年增加50.00万元，增长28.50%。",
        # the amount and the rate parted by a 顿号
        "收入合计150.00万元，较上年决算数减少50.00万元、下降30.00%。",
        "本年收入总计150.00万元。与上年相比，减少50.00万元，下降33.33%。",
        # a rise by its amount and a fall by its rate, whatever the figures
        "支出合计640.20万元，较上年决算数增加120.50万元，下降15.84%，主要原因是项目减少。",
        # off by less than a point, but by more than the figures' precision allows (285.5 ÷ 359.23 = 79.48%)
        "2022年机关运行经费支出73.73万元，比2021年减少285.5万元，下降79.40%。",
        # the base names its year and subject, the rate follows the amount (400000 ÷ 3600000 = 11.11%)
        "2019年决算总支出4000000元，较2018年决算总支出3600000元，增加了400000元，增加11.41%。",
        # compared with a budget: the budget is this figure less the change (1.50 ÷ 3.00 = 50%)
        "会议费支出4.50万元，与2022年度预算相比，增加1.50万元，增长1.50%。",
        # the rate in brackets after the amount: 1.10 ÷ (4.40 + 1.10) is 20%, not 25%
        "会议费4.40万元，较上年减少1.10万元（25.00%），主要是压缩会议规模。",
        # 收支 after the balanced totals: their change, 100.00 ÷ (500.00 + 100.00) = 16.67%
        "2023年度收入总计500.00万元，支出总计500.00万元。收支较上年决算数减少100.00万元，下降了16.76%。",
        "2023年度收入总计450.00万元，支出总计450.00万元。与2022年决算数相比，收支增加50.00万元、增长11.11%。",
    ) + EXTRA_FLAG,
    keep=(
        # a gap to the budget (短收) and a completion rate's base stand between the figure and its change
        "政府性基金收入3089万元，完成预算24850万元的12.4%，短收21761万元，同比减收31430万元，下降91.1%。",
        "2016年省级“三公”经费支出2.29亿元，比上年减少支出0.88亿元，降幅达到27.8%；增长超过10%的项目3个。",
        # a change of one unit of the printed precision: 0.01÷0.28 and 0.01÷0.29 are both within its rounding
        "公务接待费支出决算0.29万元，较上年增加0.01万元，增长3.45%。",
        # last year's figure inside 与…相比, the change after it: 2579.21 − 2557.71 = 21.50
        "本年收入2579.21万元，与上年2557.71万元相比增加21.5万元，增长0.84%。",
        "2025年本年收入177.08万元，比上年增加7.8万元，增加5%；本年支出520.52万元，比上年减少51.48万元，下降10%。",
        "学前教育支出247.95万元，较2016年决算227.42万元，增加20.53万元，增长9.03%。",
        "2017年度财政拨款收支总计707.02万元。与2016年816.4万元相比，财政拨款收支总计各减少109.38万元，下降13.40%。",
        # the figure before the change stands in a sentence about last year: it is the base, rightly divided by
        "本年收入决算数为885.63万元。上年年初预算收入801.4万元，收入决算数为991.58万元，本年收入决算数比上年减少105.95万元，减少10.68%。",
        # the base's year lost its 年 and ran into the figure (W004's): no base to divide by
        "2019年度收入总计3929.59万元。与20183622.10万元相比，收入和支出总计增加307.49万元，增加8.49%。",
        "2019年度收、支总计302.19万元。与2018年相比，收、支总计减少16.36万元，下降5.14%。",
        "2017年度财政拨款收、支总计2539.31万元。与2016年相比，财政拨款收、支总计各减少50.47万元，下降1.95%。",
        # the figure inside 与…相比 is last year's, the base: 669.6 ÷ 4832.02 = 13.86%
        "2020年度收、支总计5501.62万元，与2019年度收、支总计4832.02万元相比各增加669.6万元，增长13.86%。",
        "本年支出总计250.00万元，比上年增加50.00万元，增长25.00%。",
        "本年支出合计250.00万元，较上年决算数增加50.00万元，增长25.00%。",
        "收入合计150.00万元，较上年决算数减少50.00万元、下降25.00%。",
        # two changes of two subjects: each its own direction
        "人员经费增加12.00万元，公用经费下降8.50%。",
        # the figure before the change is labelled with last year: it is the base, rightly used
        "2023年度部门整体支出绩效自评报告\n2022年支出是4,820.00万元，本年增加240.00万元，增长4.98%。",
        "本年收入总计150.00万元。与上年相比，减少50.00万元，下降25.00%。",
        # the figure before the change is last year's: dividing by it is right
        "较上年支出总计200.00万元增加50.00万元，增长25.00%。",
        # within the precision of the printed figures (285.5 may be 285.45 … 285.55), or truncated
        "2022年机关运行经费支出73.73万元，比2021年减少285.5万元，下降79.47%。",
        "2022年机关运行经费支出73.73万元，比2021年减少285.50万元，下降79.47%。",
        "2019年决算总支出4000000元，较2018年决算总支出3600000元，增加了400000元，增加11.11%。",
        "会议费支出4.50万元，与2022年度预算相比，增加1.50万元，增长50.00%。",
        # the rate follows a change amount (减少40万元), and another line's change (较上年减少8万元) is no
        # last-year figure: 40 ÷ 1278 = 3.1% is read against the budget, not as (40 − 8) ÷ 8
        "经费预算总额为1238万元，较上年预算的1278万元减少40万元，同比下降3.1%。其中：会议费633万元，较上年减少8万元，同比下降1.24%。",
        # the rate in brackets after the amount, against last year (4.40 + 1.10 = 5.50)
        "会议费4.40万元，较上年减少1.10万元（20.00%），主要是压缩会议规模。",
        "2023年度收入总计500.00万元，支出总计500.00万元。收支较上年决算数减少100.00万元，下降了16.67%。",
        "2023年度收入总计450.00万元，支出总计450.00万元。与2022年决算数相比，收支增加50.00万元、增长12.50%。",
        # totals that differ: which of them 收支 changed is not told, no judgement
        "2023年度收入总计500.00万元，支出总计480.00万元。收支较上年决算数减少100.00万元，下降了20.00%。",
    ) + EXTRA_KEEP,
)

_FROM_TO_GAP = regex_cache.compile(
    r"^\s{0,2}(?P<verb>增加|增长|提高|提升|上升|扩大|扩容|减少|下降|降低|缩减|压减)(?:了)?(?:至|到)\s{0,2}$"
    r"|^\s{0,2}(?P<verb2>增至|升至|降至|减至)\s{0,2}$"
)
# A change's verb at the end of the text before a figure (增加175.9万元), and after a figure's separator (，下降19.22%).
_CHANGE_VERB = r"(?P<verb>增加|增长|提高|提升|上升|减少|下降|降低|缩减)(?:了)?\s{0,2}$"
_THEN = regex_cache.compile(r"^" + CHANGE_SEP + r"\s{0,2}" + _CHANGE_VERB)
_VERB_BEFORE = regex_cache.compile(_CHANGE_VERB)


def _direction(verb: str) -> int:
    return 1 if verb in UP_VERBS else -1


def _opposed(ctx: CheckContext, all_items: list[Item]) -> Iterable[Finding]:
    """"较上年增加175.9万元，下降19.22%": one change stated as a rise by its amount and a fall by its rate
    (or the reverse), the rate right after the amount with no subject of its own: whatever the figures,
    one of the two words is wrong. A minus sign on one figure turns its word: 减少499万元，增长-44% says the one
    fall twice, the second as a negative growth, which a reader understands: a hint to write 下降44%, not a
    contradiction (增加80万元，增长-8%, both words up, is N005's rate check's: the rate's sign is wrong)."""
    text = ctx.text
    for a, b in zip(all_items, all_items[1:]):
        if b.q.unit != "%" or a.q.unit == "%" or not a.q.unit.endswith("元"):
            continue
        then = _THEN.match(text[a.q.end:b.q.start])
        if then is None:
            continue
        first = _VERB_BEFORE.search(text, max(0, a.q.start - 6), a.q.start)
        if first and _direction(first.group("verb")) != _direction(then.group("verb")):
            if (a.value < 0) == (b.value < 0):  # no minus (or both): the two words tell opposite changes
                yield Finding(b.q.start, b.q.end, RULE.code, RULE.severity,
                          f"同一增减前后方向矛盾：金额说“{first.group('verb')}{a.q.raw}”，幅度却说“{then.group('verb')}{b.q.raw}”，"
                          "应统一为实际的增减方向")
            else:  # 减少499万元，增长-44%: one fall told twice, the second as a negative growth
                neg = b if b.value < 0 else a
                yield Finding(b.q.start, b.q.end, RULE.code, "info", f"“{neg.q.raw}”是负数的增减写法，与另一处的增减方向一致，"
                              f"宜去掉负号、改用相反的词（如“增长-44%”写作“下降44%”）")


def _from_to(ctx: CheckContext, all_items: list[Item]) -> Iterable[Finding]:
    text, starts = ctx.text, item_starts(ctx)  # 从A / 由A: the figure right after each 从 and 由, by bisection
    after_from = (i for at in char_positions(text, "从由")
                  for i in range(bisect_left(starts, at + 1), min(bisect_right(starts, at + 1), len(starts) - 1)))
    for idx in after_from:
        a, b = all_items[idx], all_items[idx + 1]
        m = _FROM_TO_GAP.match(text[a.q.end:b.q.start])
        if not m or comparable(a, b) is None:
            continue
        verb = m.group("verb") or m.group("verb2")
        va, vb = a.value, b.value
        if (_direction(verb) > 0 and vb < va) or (_direction(verb) < 0 and vb > va):
            word = "增加" if _direction(verb) > 0 else "减少"
            real = "减少" if vb < va else "增加"
            yield Finding(
                b.q.start, b.q.end, RULE.code, RULE.severity,
                f"所述从{a.q.raw}{word}至{b.q.raw}方向不符：{num(b.q)}比{num(a.q)}实为{real}",
            )
            continue
        finding = _stated_change(text, all_items, idx + 1)
        if finding is not None:
            yield finding


def _stated_change(text: str, all_items: list[Item], idx: int) -> Optional[Finding]:
    """"从A下降至B，下降Y%": the amount or percentage that follows the pair (B at ``idx``, A before it).

    Takes B's position rather than searching for it: a search per pair made a long sentence quadratic."""
    a, b = all_items[idx - 1], all_items[idx]
    if idx + 1 >= len(all_items):
        return None
    c = all_items[idx + 1]
    m = _THEN.match(text[b.q.end:c.q.start])
    if not m or c.q.comparator or c.seg_start != b.seg_start:
        return None
    va, vb = a.value, b.value
    diff = vb - va
    if (_direction(m.group("verb")) > 0) != (diff > 0) or va == 0:
        return None  # direction already judged above; a zero base has no rate
    judged = _change_agrees(b, a, c, rounded=False)
    if judged is None or judged[0]:
        return None
    shown = judged[1]
    return Finding(
        c.q.start, c.q.end, RULE.code, RULE.severity,
        f"所述变化{m.group('verb')}{c.q.raw}与前后数字不符：{shown}",
    )


# Candidates for "the same figure a year earlier" looked at per statement: a report names a
# previous-year figure a handful of times; a text with thousands of them must stay linear.
MAX_PREVIOUS_CANDIDATES = 16


def _by_year(all_items: list[Item]) -> dict[tuple[str, str], list[int]]:
    """(year, name key) -> positions of items: the previous-year lookup is one dict access, not a scan."""
    out: dict[tuple[str, str], list[int]] = {}
    for i, it in enumerate(all_items):
        if it.year and it.label and not it.q.comparator:
            for key in name_keys(it.label):
                out.setdefault((it.year, key), []).append(i)
    return out


def _previous(all_items: list[Item], by_year: dict[tuple[str, str], list[int]], subject: Item,
              base: str = "") -> list[Item]:
    """Figures for the same thing one year earlier (or in the ``base`` year the comparison names:
    比2022年增加), stated elsewhere in the text (the first few of each year)."""
    last = str(int(subject.year) - 1) if subject.year.isdigit() else ""
    if base:
        want = [base] + (["上年"] if base == last else [])
    else:
        want = ["上年"] + ([last] if last else [])
    out = []
    for year in want:
        positions = sorted({i for key in name_keys(subject.label)
                            for i in by_year.get((year, key), ())[: 4 * MAX_PREVIOUS_CANDIDATES]})
        found = 0
        for i in positions:
            it = all_items[i]
            if (it is not subject and names_match(it.label, subject.label) and comparable(it, subject)
                    and not totals_differ(it, subject)):
                out.append(it)
                found += 1
                if found >= MAX_PREVIOUS_CANDIDATES:
                    break
    return out


# A figure named only by a change verb ("减少40万元", "较上年减少8万元") is itself a change, not a level:
# it is neither this year's figure a rate is read against nor last year's figure.
_CHANGE_LABEL = regex_cache.compile(r"^(?:增加|增长|增|减少|减|下降|降低|提高|上升|缩减|压减)(?:了)?$")


def _is_change(it: Item) -> bool:
    return bool(_CHANGE_LABEL.match(it.label))


def _yoy(ctx: CheckContext, all_items: list[Item]) -> Iterable[Finding]:
    text = ctx.text
    by_year = _by_year(all_items)
    last_amount = -1  # index of the latest non-percentage item before ``idx``
    for idx, change in enumerate(all_items):
        before, last_amount = last_amount, (idx if change.q.unit != "%" else last_amount)
        m = yoy_before(text, max(change.seg_start, change.q.start - 16), change.q.start)
        if not m or change.q.comparator:
            continue
        subject = amount_before(all_items, before, change.seg_start, m.start())
        if subject is None or not subject.label or _is_change(subject):
            continue
        if subject.year == "上年":
            # "本年收入A，上年收入B，较上年减少C": B is the base, A (named alike, earlier) the subject
            current = _current_before(all_items, before, subject)
            if current is None:
                continue
            subject, prevs = current, [subject]
        else:
            prevs = [p for p in _previous(all_items, by_year, subject, m.group("base") or "") if not _is_change(p)]
        if not prevs:
            continue
        sign = _direction(m.group("verb")) * (-1 if change.value < 0 else 1)  # 增长-44%: a fall
        cur = subject.value
        results = []
        for prev in prevs:
            diff = cur - prev.value
            if change.q.unit == "%":
                rel = ratio_percent_exact(abs(diff), prev.value)
                ok = rel is not None and agrees(abs(change.q.value), change.q.decimals, rel)  # 增长-44%: its size is 44
                shown = f"({num(subject.q)}－{num(prev.q)})÷{num(prev.q)}＝{format_percent(round_half_up((diff / prev.value) * 100, 2))}" if prev.value else ""
            else:
                if comparable(change, subject) is None:
                    break
                ok = agrees(change.q.value, change.q.decimals, in_written_unit(abs(diff), change))
                shown = f"{num(subject.q)}－{num(prev.q)}＝{format(round_half_up(in_written_unit(diff, change), max(change.q.decimals, 0)), 'f')}"
            ok = ok and (diff > 0 if sign > 0 else diff < 0)
            results.append((ok, shown))
        if results and not any(ok for ok, _ in results):
            yield Finding(
                change.q.start, change.q.end, RULE.code, RULE.severity,
                f"所述{m.group(0).strip()}{change.q.raw}与本年、上年数字不符：{results[0][1]}",
            )


def _current_before(all_items: list[Item], j: int, base: Item) -> Optional[Item]:
    """The figure of the year in force named like ``base`` (a 上年 figure) earlier in its sentence."""
    for cand in reversed(all_items[max(0, j - 8):j]):
        if cand.q.start < base.seg_start:
            return None
        if not cand.year and cand.label and names_match(cand.label, base.label) and comparable(cand, base):
            return cand
    return None


# "本年收入A，比上年B增长Y%" (or 与上年B相比增长): last year's figure inside the comparison, the change after it.
# The base may name its year and its subject (较2017年决算总收入2794494元，增加了194131元，增加6.49%).
_BASE_BEFORE = regex_cache.compile(
    r"(?P<lead>较|比|与|同)(?:上年|去年|上一年|(?P<year>(?:19|20)\d\d)年)(?:度)?(?:同期)?(?:的)?"
    r"(?:(?:决算|预算)?(?:总)?(?:收入|支出)(?:总计|合计)?(?:数)?|(?:决算|预算)数?)?\s{0,2}[（(]?$")
_CHANGE_AFTER = regex_cache.compile(r"^[）)]?\s{0,2}(?:相比)?" + CHANGE_SEP + r"\s{0,2}(?P<verb>" + CHANGE_VERBS + r")(?:了)?\s{0,2}$")


def _base_inside(ctx: CheckContext, all_items: list[Item]) -> Iterable[Finding]:
    text = ctx.text
    for idx in range(1, len(all_items) - 1):
        base, change = all_items[idx], all_items[idx + 1]
        before = None if base.q.unit == "%" else _BASE_BEFORE.search(text, max(base.seg_start, base.q.start - 20), base.q.start)
        if before is None:
            continue
        m = _CHANGE_AFTER.match(text[base.q.end:change.q.start])
        if not m or change.q.comparator or change.seg_start != base.seg_start:
            continue
        if before.group("lead") in "与同" and "相比" not in m.group():
            continue  # 与上年X: a comparison only when 相比 closes it (与上年1007.40万元相比增加21.5万元)
        subject = all_items[idx - 1]
        named = before.group("year")
        # this year's figure may carry its year when the base names the one before (2018年…较2017年…) or is 上年
        dated = subject.year and not (subject.year.isdigit() and (not named or int(subject.year) == int(named) + 1))
        if subject.seg_start != base.seg_start or dated or subject.q.unit == "%" or not comparable(subject, base):
            continue
        finding = _judge_base_inside(subject, base, change, m.group("verb"))
        if finding is not None:
            yield finding
        elif change.q.unit != "%" and idx + 2 < len(all_items):
            # the amount holds: the rate after it ("增加了194131元，增加6.49%") is read against the same base
            rate = all_items[idx + 2]
            then = _THEN.match(text[change.q.end:rate.q.start])
            if then and rate.q.unit == "%" and not rate.q.comparator and rate.seg_start == base.seg_start:
                finding = _judge_base_inside(subject, base, rate, then.group("verb"))
                if finding is not None:
                    yield finding


def _change_agrees(cur: Item, prev: Item, change: Item, rounded: bool) -> Optional[tuple[bool, str]]:
    """Whether ``change`` (a rate in %, or an amount) is the size of cur − prev, and the sum as shown.

    None when the change can be neither (another unit). The base must not be zero.
    """
    diff = cur.value - prev.value
    if change.q.unit == "%":
        rel = ratio_percent_exact(abs(diff), prev.value)
        ok = rel is not None and agrees(abs(change.q.value), change.q.decimals, rel)
        return ok, f"({num(cur.q)}－{num(prev.q)})÷{num(prev.q)}＝{format_percent(round_half_up(diff / prev.value * 100, 2))}"
    if comparable(change, cur) is None:
        return None
    ok = agrees(change.q.value, change.q.decimals, in_written_unit(abs(diff), change))
    written = in_written_unit(diff, change)
    shown = round_half_up(written, max(change.q.decimals, 0)) if rounded else written
    return ok, f"{num(cur.q)}－{num(prev.q)}＝{format(shown, 'f')}"


def _judge_base_inside(subject: Item, base: Item, change: Item, verb: str) -> Optional[Finding]:
    diff = subject.value - base.value
    if base.value == 0:
        return None
    judged = _change_agrees(subject, base, change, rounded=True)
    if judged is None:
        return None
    ok, shown = judged
    if ok and (diff > 0) == ((_direction(verb) > 0) != (change.value < 0)):  # 增长-44% tells a fall
        return None
    if ok:
        shown += "，实为" + ("增加" if diff > 0 else "减少")  # the size holds, the direction is reversed
    return Finding(change.q.start, change.q.end, RULE.code, RULE.severity,
                   f"所述与上年相比{verb}{change.q.raw}与本年、上年数字不符：{shown}")


def check(ctx: CheckContext) -> Iterable[Finding]:
    all_items = items(ctx)
    yield from _from_to(ctx, all_items)
    yield from (Finding(a, b, RULE.code, RULE.severity, why) for a, b, why in point_changes(ctx.text))
    yield from _opposed(ctx, all_items)
    yield from _yoy(ctx, all_items)
    yield from _base_inside(ctx, all_items)
    for rate, why in wrong_base(ctx, all_items):
        yield Finding(rate.q.start, rate.q.end, RULE.code, RULE.severity, f"所述增减幅度{rate.q.raw}有误：{why}")
