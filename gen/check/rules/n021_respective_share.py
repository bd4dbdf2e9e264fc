"""N021: shares stated respectively (分别占X%、Y%) that the figures beside them contradict.

"本年支出1000.00万元，其中基本支出、项目支出分别为600.00万元、400.00万元，分别占
60.00%、40.00%" states two shares at once; N001 reads a share that follows its
own figure, not a list. This rule reads, in one sentence, the whole (the
figure before 其中, or the figure of the label named after 占: 占本年支出的), the
list of parts introduced by 分别/各 and the list of shares introduced by
分别占/各占, and recomputes each share from its own part. A share that neither
rounds nor truncates to the printed value is an error; one truncated where the
same list rounds another is a warning. The lists must be the same length, and
a share that agrees with the part's share of the parts' own sum is accepted
(the text may mean the listed parts as the whole).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...core import regex_cache
from ...core.numbers import round_half_up, truncate
from ...core.quantities import extract_quantities, parse_number
from ..finding import Finding
from ..registry import Rule
from ..respective_lists import ITEM, MONEY, NUM, SEP

RULE = Rule(
    code="N021",
    name="respective-share",
    severity="error",
    summary="“分别占X%、Y%”与所列数字不符",
    doc=(
        "检查什么：同一句中“其中A、B分别为a万元、b万元，分别占c%、d%”的各个占比，用总额（“其中”前的数字，"
        "或“占××的”所指项目的数字）逐项重算。既不是四舍五入也不是截断所得的报错误；同一列举中别的占比"
        "四舍五入、这一项却是截断的报警告。\n"
        "为什么：并列的占比往往手工计算后填入，错一项不易察觉。\n"
        "不报的情形：几组数字个数不一致；找不到总额；占比与各项之和的比例相符的。\n"
        "示例：本年支出1000.00万元，其中基本支出、项目支出分别为600.00万元、400.00万元，"
        "分别占60.00%、41.00%——41.00%应为40.00%。"
    ),
    flag=(
        "本年支出1000.00万元，其中基本支出、项目支出分别为600.00万元、400.00万元，分别占60.00%、41.00%。",
        "本年支出3000.00万元，其中基本支出、项目支出各为1000.00、2000.00万元，各占本年支出的33.34%、66.66%。",
    ),
    keep=(
        "本年支出1000.00万元，其中基本支出、项目支出分别为600.00万元、400.00万元，分别占60.00%、40.00%。",
        "本年支出3000.00万元，其中基本支出、项目支出各为1000.00、2000.00万元，各占本年支出的33.33%、66.67%。",
        "本年支出1200.00万元，其中基本支出、项目支出分别为600.00万元、400.00万元，分别占60.00%、40.00%。",
    ),
)

_PARTS = regex_cache.compile(rf"(?:分别|各)(?:是|为|达到|达)?\s{{0,2}}(?P<list>{ITEM}(?:{SEP}{ITEM}){{1,5}})")
_SHARES = regex_cache.compile(
    rf"(?:分别|各)(?:占|占比)(?P<label>[\u4e00-\u9fff]{{2,12}}?的)?(?:比重|比例)?(?:为)?\s{{0,2}}"
    rf"(?P<list>{NUM}\s{{0,2}}[%％](?:{SEP}{NUM}\s{{0,2}}[%％]){{1,5}})"
)
_MONEY_UNITS = ("万元", "亿元", "元")
_NUMBER = regex_cache.compile(NUM)
_HUNDRED = Decimal(100)
_SENTENCE_ENDS = "。；;"


def _figures(match: re.Match, group: str = "list") -> list[tuple[Decimal, int, int, int]]:
    base = match.start(group)
    out = []
    for m in _NUMBER.finditer(match.group(group)):
        parsed = parse_number(m.group())
        if parsed:
            out.append((parsed[0], parsed[1], base + m.start(), base + m.end()))
    return out


def _whole(sentence: str, parts: re.Match, shares: re.Match) -> tuple[Decimal, str] | None:
    """The whole the shares are of: the named label's figure, else the figure before 其中."""
    label = (shares.group("label") or "")[:-1]
    if label:
        m = re.search(rf"{re.escape(label)}(?:为|是|共|合计|总计)?\s{{0,2}}(?P<num>{NUM})\s{{0,2}}(?P<unit>{MONEY})", sentence)
        if m and m.start() < parts.start():
            return parse_number(m.group("num"))[0], m.group("unit")
    # the money figure that ends right before 其中 ("本年支出1000.00万元，其中"), read by the number layer
    at = sentence.rfind("其中", 0, parts.start())
    if at < 0:
        return None
    lead = sentence[:at].rstrip(" ，,\u3000")
    found = [q for q in extract_quantities(lead) if q.unit in _MONEY_UNITS and q.end == len(lead)]
    return (found[-1].value, found[-1].unit) if found else None


def _verdict(stated: Decimal, places: int, exact: Decimal, alt: Decimal) -> str:
    if round_half_up(exact, places) == stated:
        return "ok"
    if stated in (round_half_up(alt, places), truncate(alt, places)):
        return "ok"
    return "truncated" if truncate(exact, places) == stated else "wrong"


def _judge(sentence: str):
    """(share figure, exact share, verdict) for each share of the sentence's respective lists."""
    parts = next((m for m in _PARTS.finditer(sentence) if re.search(MONEY, m.group("list"))), None)
    shares = _SHARES.search(sentence, parts.end()) if parts else None
    if not shares:
        return []
    values, rates = _figures(parts), _figures(shares)
    found = _whole(sentence, parts, shares)
    if found is None or found[0] <= 0 or len(values) != len(rates):
        return []
    whole, unit = found
    if set(re.findall(MONEY, parts.group("list"))) != {unit}:
        return []  # parts in another unit than the whole (万元 against 亿元): not compared
    total = sum(v[0] for v in values)
    out = []
    for (value, *_), rate in zip(values, rates):
        exact = value / whole * _HUNDRED
        alt = value / total * _HUNDRED if total > 0 else exact
        out.append((rate, exact, _verdict(rate[0], rate[1], exact, alt)))
    return out


def _sentences(text: str):
    """(offset, sentence) for each stretch between 。；; marks."""
    start = 0
    for i, ch in enumerate(text):
        if ch in _SENTENCE_ENDS:
            if i > start:
                yield start, text[start:i]
            start = i + 1
    if start < len(text):
        yield start, text[start:]


def check(ctx):
    for para in ctx.paragraphs:
        if "占" not in para.text or ("分别" not in para.text and "各" not in para.text):
            continue
        for offset, sentence in _sentences(para.text):
            verdicts = _judge(sentence)
            rounds = any(v == "ok" and truncate(e, r[1]) != r[0] for r, e, v in verdicts)
            for rate, exact, verdict in verdicts:
                if verdict == "ok" or verdict == "truncated" and not rounds:
                    continue
                right = f"{round_half_up(exact, rate[1])}%"
                how = "按所列数字算得" if verdict == "wrong" else "是截断所得，同一列举中其他占比按四舍五入，按所列数字算得"
                start = para.start + offset + rate[2]
                yield Finding(
                    start, start + rate[3] - rate[2], RULE.code,
                    RULE.severity if verdict == "wrong" else "warning",
                    f"占比“{rate[0]}%”{how}{exact.quantize(Decimal('0.0001'))}%，应为“{right}”。", right,
                )
