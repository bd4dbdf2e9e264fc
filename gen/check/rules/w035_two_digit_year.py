"""W035: a year cut to its last two digits in the body (22年度项目较上年度减少, 此外22年公用定额).

A report writes its years in full (2022年度). Spoken shorthand — 22年 for 2022年 —
slips into drafts typed in a hurry, and a reader of the published report must
guess the century. The rule reads two digits standing alone before 年度, or
before 年 where a date or a budget word follows (22年3月, 22年上半年, 22年公用定额,
22年预算), and only where the text writes the same year in full elsewhere
(2022年): that is the proof the two digits are this year and not a span of
years (工作22年, 建校60年), which reads the same but says how long.

A year that follows another in a span or a list and is no year, one digit off one after the first
(2010年至1015年, 2014年 015年), is the same year mistyped or cut.

Two digits framed as a point in time (从97年就开始, 自08年起, 于05年底) are a year whatever the text writes
elsewhere: 从/自/于/在 before them, a start (就, 起, 开始, 以来), an end or a month after them. 从10年前 counts
years back and is left alone.

A year may lose all its digits (召开全县年卫生健康工作会议, 安排部署了年工作任务, 会议还就年全县……): a bare 年
after a word or a particle no year-word starts with (全县, 了, 就), before the 工作 it dates or the 全县 of the
sentence. Read only where the text writes a full year elsewhere, the proof it speaks of dated years.
"""

from __future__ import annotations

from collections import Counter

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W035",
    name="two-digit-year",
    severity="warning",
    summary="正文中的年份只写了后两位（“22年度”）或少了一位（“202年度”）",
    doc=(
        "检查什么：正文把年份简写成两位数字，如“22年度项目较上年度减少”“此外22年公用定额有所提高”“22年3月”，"
        "而同一文本别处写的是完整年份（2022年）；以“从、自、于、在”和“就、起、开始、以来、年底、某月”框定的时点"
        "（“从97年就开始”“自08年起”），不论别处是否写了完整年份。\n"
        "为什么：公文中的年份应写全称（“2022年度”），简写是口语，读者要猜是哪一年，也不合公文规范。\n"
        "不报的情形：文中没有写出对应的完整年份、也没有“从……起”一类时点框定的；两位数字之后是“年”而不是日期或预决算用语、表示年数的（“工作22年”“建校60年”）；"
        "前面有“近、连续、满、共、第”等表示年数或序数的字的；数字前后连着别的数字、小数点的。\n"
        "示例：“22年度项目较上年度减少”应为“2022年度项目较上年度减少”。"
    ),
    flag=(
        # three digits before 年度 where the text writes 2021年: the year lost its last digit
        "某局2021年度单位决算\n第二部分202年度单位预算报表\n",
        "2022年度共实施项目12个。22年度项目较上年度减少3个，主要是整合了同类项目。",
        "2022年公用经费按定额安排。此外22年公用定额标准较上年提高。",
        "2023年工作计划已经印发，23年3月起分批实施。",
        "2015年部门预算说明\n某县财政局\n一五年二月\n",
        # a year after another year with a digit changed or lost
        "2010年至1015年，全县共修建道路30公里。",
        "2014年 015年两年间，从业人员持续增加。",
        # a year that lost all its digits, before the work it dates or the county's name
        "2023年工作总结\n1月8日召开全市年教育工作会议，部署了年工作任务，会议还就年全市教育工作作了表彰。",
        # two digits framed as a point in time: the frame is the proof, no full year needed
        "沿河渔民从96年就开始反映补偿问题，自08年起多次上访。",
    ),
    keep=(
        "2010年至2015年，全县共修建道路30公里；2021年、2022年均完成任务。",
        "2021年 100年来，党带领人民不懈奋斗。",
        "2019年至2010年的数据另表列示。",
        "年度财政资金总额10万10万100%20年度绩效指标",  # a score cell run into the next row's label
        "某局2021年度单位决算\n建校已202年度过。\n",
        "2022年度共实施项目12个。该同志在本单位工作22年，熟悉业务。",
        "22年度项目较上年度减少3个。",
        "2022年度共实施项目12个，近22年来持续投入。",
        "2022年度预算为122.22年均增长的基础。",
        "2022年度共实施项目12个，第22年度考核已完成。",
        "2015年部门预算说明\n某县财政局\n二〇一五年二月\n",
        "2011年工作规则\n某市人民政府\n二○一一年四月八日\n",  # the year's zero typed as a circle (○), all four there
        # year-words (全年、今年、年度、年终、年轻), and no full year in the text
        "2023年工作总结\n召开全市年度教育工作会议、年终工作会议，部署了全年工作任务，为年轻干部工作搭台。",
        "召开全市年教育工作会议。",
        "沿河渔民从10年前就开始反映补偿问题，从业已满20年，自2008年起多次上访，于1.5年以来，从45年起。",
    ),
)

# Two digits read as a year: before 年度, or before 年 with a month, a half year, the year's ends or a budget
# word after it. The pattern opens on the digits so that the engine skips to them; the character before
# them is read by hand (``_SPAN_BEFORE``).
_SHORT_YEAR = regex_cache.compile(
    r"([1-3]\d)年"
    r"(?=度|\d{1,2}月|[上下]半年|[初末底]|(?:公用|项目|预算|决算|部门|全年|财政|绩效|工作计划))")
# Two digits that stand alone: no digit, point, dash, slash or 年 before them. After words that say how long
# (近、连续、满、共、第、已、达、历时) the number is a span of years.
_SPAN_BEFORE = frozenset("0123456789.．-/年~～第近续满共已达时约余多%％")  # 100%20年度: a table's score cell run into the next row


# Three digits before 年度 where a year opening with them stands in the text (第二部分202年度单位预算报表 beside 2021年度):
# a year that lost its last digit.
_CUT_YEAR = regex_cache.compile(r"(20[0-3])年度")
_FULL_YEAR = regex_cache.compile(r"(?<!\d)(20[0-3]\d)年")


def _cut_years(text: str):
    written = None  # the text's full years, read once when a cut year asks (a digit-led search of the whole text)
    for m in near_needles(_CUT_YEAR, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
        if m.start() > 0 and text[m.start() - 1] in _SPAN_BEFORE:
            continue
        if written is None:
            written = _FULL_YEAR.findall(text)
        full = Counter(y for y in written if y.startswith(m.group(1))).most_common(1)
        if full:
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"年份“{m.group(0)}”少了一位数字，文中别处写作“{full[0][0]}年”。", full[0][0] + "年度")


# A date line's year cut to its last two numerals (一五年二月 for 二〇一五年二月): no numeral before them, a month after.
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
# The pattern opens on its literal 年 (the engine skips to it); the two numerals before it are read by hand.
_CN_YEAR_MONTH = regex_cache.compile(r"年(?=(?:[一二三四五六七八九]|十[一二]?)月)")
_NUMERAL_BEFORE = frozenset("〇零○Ｏ一二三四五六七八九十")  # ○ (a circle) and Ｏ typed for 〇: 二○一一年


def _cn_short_years(text: str):
    for m in _CN_YEAR_MONTH.finditer(text):
        at = m.start()
        two = text[max(0, at - 2):at]
        if len(two) < 2 or not all(c in _CN_DIGIT for c in two) or (at > 2 and text[at - 3] in _NUMERAL_BEFORE):
            continue
        full = "20" + "".join(_CN_DIGIT[c] for c in two)
        if full + "年" not in text and "二〇" + two + "年" not in text:
            continue
        yield Finding(at - 2, at + 1, RULE.code, RULE.severity,
                      f"年份“{two}年”只写了后两位，应写全“二〇{two}年”。", "二〇" + two + "年")


# A year after another year (a span, a list, two cells) that is no year: a digit changed or lost
# (2010年至1015年, 2014年 015年). The first year is read by the pattern, the second by hand.
# The second year is read in a lookahead, so that it may open the next pair (2013年 2014年 015年).
_PAIR = regex_cache.compile(r"(?<![\d.．])((?:19|20)\d\d)年(?=[ \t　]{0,2}(?:[至到—－\-~～、，,][ \t　]{0,2})?(\d{3,4})年)")
# The pair's tail, opening on its literal 年 so that re skips to each 年: ``_pair_slips`` then matches the
# whole pair at the four digits before it (the pair's lookbehind and digits, tried at every character
# of the text, cost some 8 ms on 200k characters). The pair reads exactly four characters before its
# 年 and consumes none after it, so two pairs never overlap and each 年 opens at most one.
_PAIR_TAIL = regex_cache.compile(r"年(?=[ \t　]{0,2}(?:[至到—－\-~～、，,][ \t　]{0,2})?\d{3,4}年)")
SPAN = 30  # years a span or a list runs on from its first year


def _near_years(first: int, written: str) -> list[int]:
    """The years from ``first`` on that ``written`` is one digit off (changed, or lost when it has three)."""
    found = []
    for year in range(first, first + SPAN + 1):
        full = str(year)
        if len(written) == 4 and sum(a != b for a, b in zip(full, written)) == 1:
            found.append(year)
        elif len(written) == 3 and any(full[:i] + full[i + 1:] == written for i in range(4)):
            found.append(year)
    return found


def _pair_slips(text: str):
    for tail in _PAIR_TAIL.finditer(text):
        m = _PAIR.match(text, tail.start() - 4) if tail.start() >= 4 else None
        if m is None:
            continue
        first, written = int(m.group(1)), m.group(2)
        if 1900 <= int(written) <= 2099:
            continue  # a year (a reversed span is N038's)
        meant = _near_years(first, written)
        if len(meant) == 1:
            s = m.start(2)
            yield Finding(s, m.end(2) + 1, RULE.code, RULE.severity,
                          f"“{m.group(1)}年”之后的“{written}年”不是年份，疑为“{meant[0]}年”（错了或少了一位数字）。",
                          f"{meant[0]}年")


# A bare 年 whose digits were lost: after a place's name, a particle or a mark (no year-word such as 全年, 今年,
# 青年 ends so), before 工作 within a few characters or a 全县 that opens the dated subject. The characters after 年
# that make it a word of its own (年度, 年终, 年轻, 年均) are left out. Opens on its literal 年.
_LOST_DIGITS = regex_cache.compile(
    r"年(?<=[了就县市区省镇乡旗于在对将把为的及和与、，,。]年)"
    r"(?![度终初底末内均中人轻龄纪级会鉴报薪限份满检审息夜关华货画前后间来里代月以头产收])"
    r"(?=全[县市区省镇乡旗]|[\u4e00-\u9fff]{0,6}?工作(?![量日时]))")


def _lost_digits(text: str):
    if "年" not in text:
        return
    lost = list(_LOST_DIGITS.finditer(text))  # few texts hold one: the full years are read only for those
    if not lost:
        return
    years = Counter(_FULL_YEAR.findall(text)).most_common(1)
    if not years:
        return
    for m in lost:
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{text[max(0, m.start() - 2):m.end() + 2]}”中“年”前漏了年份数字，应写明哪一年"
                      f"（文中别处写作“{years[0][0]}年”等）。", None)


# Two digits framed as a point in time (从97年就开始, 自98年起, 于05年底): 从/自/于/在 before them and a start, an
# end or a month after them; the frame itself says a year is meant, so no full year need stand in the text. The
# pattern opens on its literal 年; the frame's opening word and the two digits before it are read by hand.
_FRAMED_TAIL = regex_cache.compile(r"年(?=就|起|开始|以来|[初底末]|[上下]半年|\d{1,2}月)")
_FRAME_OPENS = frozenset("从自于在")


def _framed_years(text: str, told: set[int]):
    for m in _FRAMED_TAIL.finditer(text):
        at = m.start()
        if at < 3 or text[at - 3] not in _FRAME_OPENS or at - 2 in told:
            continue
        two = text[at - 2:at]
        if not (two.isascii() and two.isdigit()) or "40" <= two <= "49":
            continue  # the 1940s and 2040s are no report's shorthand: leave the century unguessed
        full = ("19" if two >= "50" else "20") + two
        yield Finding(at - 2, at + 1, RULE.code, RULE.severity,
                      f"年份“{two}年”只写了后两位，应写全“{full}年”。", full + "年")


def check(ctx):
    text = ctx.text
    if "年" not in text:
        return
    yield from _cut_years(text)
    yield from _pair_slips(text)
    yield from _cn_short_years(text)
    yield from _lost_digits(text)
    told = set()
    for m in near_needles(_SHORT_YEAR, text):
        if m.start() > 0 and text[m.start() - 1] in _SPAN_BEFORE:
            continue
        full = "20" + m.group(1)
        if full + "年" not in text:
            continue
        told.add(m.start())
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"年份“{m.group(0)}”只写了后两位，应写全“{full}年”。", full + "年")
    yield from _framed_years(text, told)
