"""N041: an amount written with a malformed figure: two decimal points, or a lost leading digit group (or a rate with a unit of money, its figure written or masked by stars: 同比增长*%元).

An amount has one decimal point. "3.042.27万元" is 3042.27 with its thousands separator typed as a
point (or a point typed twice), and the reader cannot tell which of the two is the real one. Read only
where the shape leaves no other reading: one to three digits, a point, exactly three digits, a point,
one or two decimals and a unit of money right after (a section number 3.1.2 or a date 2023.10.15 is
no such shape, and neither is followed by 万元).

A figure that opens with its separator (",867.48万元") lost its leading group ("1,867.48"). After the
page store's conversion of full-width punctuation a comma before a figure is often a clause's comma
(支付工程款，105.04万元将于…), so the lost group is read only where the text itself writes the same
digits with a leading group elsewhere (1,867.48 or 1867.48): one total written two ways.

A 万元 amount with three decimals where every other 万元 amount of the text (at least six) has two
("基本支出13,819.134万元" beside 22,018.81 and 35,837.94) has a digit typed once too often: a report
rounds all its amounts alike, so one odd place is a slip, not a precision the rest lacks.

Two amounts run together with their units (补发差额501.49万元80.21万元), or two rates or changes in points
(增幅提高8个百分点16.7个百分点), are one figure too many or a word and a mark lost between them: prose never sets
two sums side by side without either. Read on prose lines only, once per
line (a table row run together by its copy, cells split by | or tabs, or glued cell after cell, is not a sentence).

A figure in prose that ends in its decimal point, its unit right after (平均降雨量613.mm), lost its decimals: a point
stands between digits. A list's number (a line's "1.吨粮田……") opens no prose figure and is not read.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...core import regex_cache
from ...core.regex_needles import contains, finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..textspans import line_around

RULE = Rule(
    code="N041",
    name="malformed-figure",
    severity="error",
    summary="金额数字写法错误（两个小数点、丢了最前面的数位、多出一位小数、以元计却有四位以上小数，百分数后带金额单位或以0开头，数字以小数点结尾）",
    doc=(
        "检查什么：金额中出现两个小数点（“3.042.27万元”，应为3,042.27或3042.27万元）；"
        "或金额以千分位逗号开头（“支出总计,867.48万元”），而同一篇文本别处写有同一数字的完整写法"
        "（“1,867.48万元”），说明此处丢了最前面的数位。\n"
        "为什么：金额只有一个小数点；千分位写成小数点或多打一个点，读者无法判断真实金额。"
        "以逗号开头的金额漏了最高位，金额相差悬殊。\n"
        "不报的情形：章节编号、日期（3.1.2、2023.10.15）等后面不跟金额单位的写法；"
        "逗号后的金额在文中找不到同一数字的完整写法时（逗号可能只是分句的逗号）。\n"
        "示例：“收、支总计均为3.042.27万元”应为3,042.27万元；"
        "前文“支出1,867.48万元”、此处“支出总计,867.48万元”应为1,867.48万元。\n"
        "文中其余以万元计的金额（至少6个）都保留两位小数，只有一个是三位小数（“13,819.134万元”），"
        "多半多打了一位数字；金额本来就保留三位以上小数的报告不在此列。"
        "百分数以0开头（“增长08%”），多是丢了小数点（0.8%）。"
        "以元计的金额有四位以上小数（“财政拨款收入5359.668673元”），元以下只到分，多是万元数漏了“万”；"
        "单价、电价等每单位的价格不在此列。"
        "占比、比率后的数字以“&”代替百分号（“占28.70&；”）也报告，网址中的“&”不在此列。"
        "四位以上、末位不是0的整数后加“余”（“清理垃圾811989余吨”）：精确到个位的数不是约数，“余”与之矛盾。"
        "数字以小数点结尾、紧接单位（“平均降雨量613.mm”“投资12.万元”），小数点后的数字丢了，也报告。"
    ),
    flag=(
        "全年一般公共预算收入完成年初预算的112.4%万元。",
        "全年累计清理生活垃圾35627余吨。",  # exact to the ton, with 余
        "完成固定资产投资*亿元，同比增长*%元。",  # a masked copy's stars for the figure
        "全年一般公共预算收入完成265.9亿元，同比增长08%。",
        "本年收入、支出总计均为2.315.64万元，与上年相比减少98.20万元。",
        "本年支出总计,542.36万元，由一般公共预算支出1,542.36万元和上解支出构成。",
        # one amount with a third decimal among amounts that all have two
        "全年收入812.40万元，支出812.40万元，其中人员经费520.116万元、公用经费92.30万元、"
        "项目支出199.98万元；年末结余0.00万元，上年结转3.25万元。",
        # an amount in 元 to six places: a 万元 figure that lost its 万
        "本年收入3210.45万元，其中：财政拨款收入2890.123456元，占90.02%。",
        # two amounts run together with their units
        "月发放城市低保金312.60万元，补发1-6月差额420.15万元66.08万元。",
        # two changes in points, or two rates, run together
        "家电类零售额同比增长14.2%，增幅提高6个百分点13.5个百分点。",
        "化学需氧量、氨氮排放量分别同比下降了3.16%2.05%，完成年度减排任务。",
        # a share whose % was typed as &
        "已列入计划逐步解决的33件，占28.70&；暂不能办理的8件。",
        # a figure ending in its point, its decimals lost before the unit
        "年平均气温12度，平均降雨量613.mm。",
        "全年完成农田水利投资12.万元，新增灌溉面积3.5万亩。",
    ),
    keep=(
        "全年累计清理生活垃圾35600余吨，接待游客12万余人次，帮扶困难群众235余户。",
        "全年一般公共预算收入完成年初预算的112.4%，共计5,000万元，同比增长0.8%，占比10%。",
        "同比增长*%，投资**万元，人均增加120元。",
        "本年收入、支出总计均为2,315.64万元，详见第3.1.2节。",
        "截至2023.10.15，已拨付工程进度款，105.04万元将于竣工验收后支付。",
        "本年支出总计1,542.36万元，由一般公共预算支出1,542.36万元构成。",
        # a report that writes its amounts to four decimals now and then: no single odd place
        "全年收入812.4012万元，支出812.40万元，其中人员经费520.116万元、公用经费92.30万元、"
        "项目支出199.98万元；年末结余0.00万元，上年结转3.25万元。",
        # too few other amounts to tell how the report rounds
        "人员经费520.116万元、公用经费92.30万元。",
        # a price per unit may carry more places than 分; a 万元 figure to four places is to the 元
        "执行上网电价0.3856元/千瓦时，单价1.2345元，收入2890.1234万元。",
        "补贴资金合计89915.95元。",
        # amounts parted by a word or a mark; a table's row run together cell after cell
        "补发差额420.15万元、66.08万元，人均1.2万元/年，合计486.23万元。",
        "项目 预算数 决算数\n办公费12.00万元10.50万元8.20万元\n",
        # rates parted by a mark; a table's row of rates run together cell after cell
        "化学需氧量、氨氮排放量分别同比下降了3.16%、2.05%，增幅提高6个百分点。",
        "指标 一季度 二季度 三季度 四季度\n完成率95%97%98%100%\n",
        # a list's number at a line's start, a figure with its decimals, a sentence's full point after a unit
        "主要指标如下：\n1.吨粮田建设面积3.5万亩。\n2.平均降雨量613.4mm。",
        "全年完成投资12.5万元。年降雨量613mm。",
        # a web address's & between its fields
        "详见网站（https://example.gov.cn/list?rate=28&page=2），占比28.70%。",
    ),
)

_MONEY = r"(?=\s?(?:万元|亿元|元|万|亿))"
# the second point and what follows it; the digits before the first point are read back from the text
_TWO_POINTS = regex_cache.compile(r"\.(\d{3})\.(\d{1,2})(?![\d.])" + _MONEY)
_LEAD_COMMA = regex_cache.compile(r"[,，](\d{3}(?:,\d{3}){0,3}\.\d{1,2})(?![\d.])" + _MONEY)
_LEAD_DIGITS = regex_cache.compile(r"(?<![\d.,，])\d{1,3}$")
# a whole amount with a leading group, with or without separators (1,867.48 or 1867.48)
_WHOLE = regex_cache.compile(r"(?<![\d.,，])\d{1,3}(?:,?\d{3}){1,4}\.\d{1,2}(?![\d.])")


def _two_points(text: str) -> Iterable[Finding]:
    for m in _TWO_POINTS.finditer(text):
        head = _LEAD_DIGITS.search(text, max(0, m.start() - 4), m.start())
        if head is None:
            continue
        start = head.start()
        fixed = f"{head.group()},{m.group(1)}.{m.group(2)}"
        yield Finding(start, m.end(), RULE.code, RULE.severity,
                      f"“{text[start:m.end()]}”有两个小数点，金额写法错误，应为“{fixed}”，请核对。", fixed)


def _without_lead(whole: str) -> str:
    """The digits of a whole amount after its leading group: 1,867.48 -> 867.48, 12345.6 -> 345.6."""
    integer, fraction = whole.replace(",", "").split(".")
    return f"{integer[-((len(integer) - 1) // 3 * 3):]}.{fraction}"


def _lost_group(text: str) -> Iterable[Finding]:
    wholes: Optional[dict[str, str]] = None  # digits after the leading group -> the whole as written
    for m in near_needles(_LEAD_COMMA, text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        if wholes is None:
            wholes = {}
            for w in _WHOLE.finditer(text):
                wholes.setdefault(_without_lead(w.group()), w.group())
        whole = wholes.get(m.group(1).replace(",", ""))
        if whole is None:
            continue
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"金额“{text[m.start():m.end()]}”以逗号开头，丢了最前面的数位；"
                      f"文中另有“{whole}”，请核对。", whole)


# a 万元 amount, its decimals apart: digits with or without thousands separators (bounded), a point, decimals
# The pattern opens on the digits so that the engine skips to them; the character before them (no digit,
# point or comma: the amount's own start) is read by hand. Behind the first digit, a lookahead for what any
# match must read from there (its run of digits and commas, whole, then the point, the decimals and 万元):
# it changes no match, but turns away most of a report's digits at once instead of after trying every split
# of their run into groups of three (11.6 -> 7.3 ms over 500,000 characters).
_WAN_SHAPE = r"[\d,]{1,19}+\.\d{1,6}+(?![\d.])\s?万元"
_WAN_AMOUNT = regex_cache.compile(rf"\d(?<=(?={_WAN_SHAPE})\d)\d{{0,2}}(?:,?\d{{3}}){{0,4}}\.(\d{{1,6}})(?![\d.])(?=\s?万元)")
_BEFORE_AMOUNT = frozenset("0123456789.,，")
MIN_TWO_DECIMALS = 6  # other amounts that show how the report rounds


# An amount of three decimals before 万元 (.125万元, .125 万元), the one _extra_decimal can report: led by 万元, which
# re skips to, and read back from it. A text without one (most) needs no try of _WAN_AMOUNT at each of its digits.
_THREE_DECIMALS = regex_cache.compile(r"万元(?:(?<=\.\d{3}万元)|(?<=\.\d{3}\s万元))")


def _extra_decimal(text: str) -> Iterable[Finding]:
    if text.count("万元") <= MIN_TWO_DECIMALS or not _THREE_DECIMALS.search(text):
        return
    amounts = [m for m in _WAN_AMOUNT.finditer(text) if m.start() == 0 or text[m.start() - 1] not in _BEFORE_AMOUNT]
    odd = [m for m in amounts if len(m.group(1)) != 2]
    if len(odd) != 1 or len(odd[0].group(1)) != 3 or len(amounts) - 1 < MIN_TWO_DECIMALS:
        return
    m = odd[0]
    yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                  f"文中其余金额都保留两位小数，只有“{m.group()}万元”是三位小数，疑多打了一位数字，请核对。", None)


# An amount in 元 with four decimals or more (财政拨款收入5359.668673元): money in 元 goes down to 分, two places;
# four are a 万元 figure to the 元 (or finer) with the 万 lost. A price or a rate per unit (0.5283元/千瓦时,
# 单价1.2345元) may carry more places: not read after such words or before a slash.
# The pattern opens on a digit, with the test of the character before it behind that digit, so that re scans
# for digits instead of trying the whole pattern at every character; every match holds a point and four
# digits, a literal-led search that skips a text without one (most reports) in one fast pass.
_YUAN_PAST_FEN = regex_cache.compile(r"\d(?<![\d.,]\d)\d{0,8}\.(\d{4,8})(?![\d.])\s?元(?![/／每])")
_FOUR_PLACES = regex_cache.compile(r"\.\d{4}")
_PER_UNIT = regex_cache.compile(r"单价|价格|均价|电价|水价|每|/|／|标准")
PER_UNIT_REACH = 8  # characters before the amount searched for a price's word


def _yuan_past_fen(text: str) -> Iterable[Finding]:
    if not _FOUR_PLACES.search(text):
        return
    for m in _YUAN_PAST_FEN.finditer(text):
        if text[max(0, m.start() - 1):m.start()] in ("万", "亿", "千") or \
                _PER_UNIT.search(text, max(0, m.start() - PER_UNIT_REACH), m.start()):
            continue
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"金额“{m.group()}”有{len(m.group(1))}位小数，以元计的金额只到分（两位小数），"
                      "疑为以万元计的数漏了“万”字，请核对单位。", None)


# A percentage with a unit of money after it (完成年初预算的112.4%万元): a rate is no amount, one unit is a slip.
# Found from its literal %元 (the engine skips to the mark), the figure before it read by hand: one to three digits
# with up to two decimals, or the stars a masked copy put for the figure (同比增长*%元).
_PERCENT_MONEY = regex_cache.compile(r"[%％](?P<unit>万元|亿元|元)")
_RATE_BEFORE = regex_cache.compile(r"(?:(?<![\d.])\d{1,3}(?:\.\d{1,2})?|(?<!\*)\*{1,3})$")


def _percent_with_money(text: str) -> Iterable[Finding]:
    for m in _PERCENT_MONEY.finditer(text):
        rate = _RATE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if rate is None:
            continue
        written = text[rate.start():m.end()]
        yield Finding(rate.start(), m.end(), RULE.code, RULE.severity,
                      f"“{written}”在百分数后又写了金额单位“{m.group('unit')}”，比率没有金额单位，应删去一个。")


# A percentage that opens on a zero and goes on with digits (同比增长08%): its decimal point was lost (0.8%).
# Led by its literal 0 (the engine skips to it); what stands before the 0 is read by hand.
_ZERO_LED_RATE = regex_cache.compile(r"0(\d{1,2})(?![\d.])(?=[%％])")


_DIGIT_OR_POINT = frozenset("0123456789.．")


def _zero_led_rates(text: str) -> Iterable[Finding]:
    for m in _ZERO_LED_RATE.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        if before[-1:] in _DIGIT_OR_POINT or before in (". ", "． "):  # 100%, 1.05%, 100. 00%
            continue
        fixed = f"0.{m.group(1)}"
        yield Finding(m.start(), m.end() + 1, RULE.code, RULE.severity,
                      f"百分数“{m.group()}%”以0开头，疑丢了小数点（“{fixed}%”），请核对。", fixed + "%")


# An amount with its unit, then at once another figure with the same unit (420.15万元66.08万元); a rate or a change
# in points likewise (增幅提高8个百分点16.7个百分点, 分别下降了2.48%1.82%). Led by the unit's literal (the engine skips
# to it); the first figure is read back by hand.
_GLUED = regex_cache.compile(r"(万元|亿元|个百分点|%|％)(\d{1,9}(?:\.\d{1,4})?)\1(?![/／每\d.])")
_FIGURE_BEFORE = regex_cache.compile(r"(?<![\d.,，])\d{1,9}(?:\.\d{1,4})?$")
_UNIT_THEN_FIGURE = regex_cache.compile(r"(?:万元|亿元)\d")
_RATE_THEN_FIGURE = regex_cache.compile(r"(?:个百分点|%|％)\d")
MAX_GLUED_RATES = 2  # more rates run together on one line than this: a table's row of rates


def _table_row(line: str, unit: str) -> bool:
    """A table's row run together by the copy, not a sentence: cells split by | or tabs, amounts glued cell after
    cell (more than one amount followed at once by a figure), or rates glued more often than a sentence's slips."""
    if "|" in line or "\t" in line:
        return True
    if unit in ("万元", "亿元"):
        return len(_UNIT_THEN_FIGURE.findall(line)) > 1
    return len(_RATE_THEN_FIGURE.findall(line)) > MAX_GLUED_RATES


def _glued_amounts(text: str) -> Iterable[Finding]:
    for m in near_needles(_GLUED, text):
        first = _FIGURE_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if first is None or _table_row(text[slice(*line_around(text, m.start()))], m.group(1)):
            continue
        a, b = first.group() + m.group(1), m.group(2) + m.group(1)
        kind = "金额" if m.group(1).endswith("元") else "数"
        yield Finding(first.start(), m.end(), RULE.code, RULE.severity,
                      f"两个{kind}“{a}”“{b}”连写在一起，中间既无文字也无标点：多写了一个数，或漏了说明与标点，请核对。")


# A share or rate whose % was typed as & (占28.70&；): the two share a key. Read only after 占/率/比 words and before a
# clause's mark, where a web address's & (?a=1&b=2) never stands.
_AMPERSAND_RATE = regex_cache.compile(
    r"(?:占|率|比重|比例|增长|下降|提高|降低)(?:为|达|达到|是)?\s?(\d{1,3}(?:\.\d{1,2})?)&(?=[；;，,。、）)\s]|$)")


def _ampersand_rates(text: str) -> Iterable[Finding]:
    for m in _AMPERSAND_RATE.finditer(text):
        fixed = f"{m.group(1)}%"
        yield Finding(m.start(1), m.end(), RULE.code, RULE.severity,
                      f"“{m.group(1)}&”中的“&”应为百分号，应为“{fixed}”。", fixed)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    yield from _two_points(text)
    if "&" in text:
        yield from _ampersand_rates(text)
    if "%" in text or "％" in text:
        yield from _zero_led_rates(text)
    if any(contains(text, form) for form in ("%万元", "%元", "%亿元", "％")):
        yield from _percent_with_money(text)
    if "万元" in text:
        yield from _extra_decimal(text)
    if any(unit in text for unit in ("万元", "亿元", "个百分点", "%", "％")):
        yield from _glued_amounts(text)
    if "元" in text:
        yield from _yuan_past_fen(text)
    if "," in text or "，" in text:
        yield from _lost_group(text)
    if "余" in text:
        yield from _exact_with_about(text)
    if "." in text:
        yield from _point_before_unit(text)


# A figure of four digits or more, exact to its last digit (not 0), with 余 after it (清理垃圾811989余吨): 余 says
# "more than a round number", which a figure exact to the unit is not.
_EXACT_ABOUT = regex_cache.compile(r"(?<![\d.,，．])\d{3,7}[1-9]余(?=[\u4e00-\u9fff])")


def _exact_with_about(text: str) -> Iterable[Finding]:
    for m in near_needles(_EXACT_ABOUT, text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”精确到个位又加“余”，自相矛盾：约数应写成整数（整十、整百、整万）加“余”，"
                      f"确数应删去“余”，请核对。", None)


# A figure that ends in its decimal point, its unit right after (平均降雨量613.mm, 投资12.万元): the decimals were lost
# between the point and the unit. Read in prose only, the figure after a Chinese character (not a list's "3." at a
# line's or a sentence's start), and only before a unit of measure or money, which no list item opens with.
# Searched from the point (a literal ``re`` finds fast), the digits and the Chinese character before it read back:
# a pattern opening on a look-behind is tried at every position of the text.
_POINT_BEFORE_UNIT = regex_cache.compile(
    r"\.(?=(?:mm|cm|km|kg|毫米|厘米|公里|千米|米|平方|立方|公顷|亩|吨|千克|公斤|万元|亿元|元|%|％|℃)(?![A-Za-z]))")


def _point_before_unit(text: str) -> Iterable[Finding]:
    for m in _POINT_BEFORE_UNIT.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 10 and text[start - 1].isdecimal():
            start -= 1
        if not 0 < m.start() - start <= 9 or not "\u4e00" <= text[start - 1:start] <= "\u9fff":
            continue  # no figure, more than nine digits, or a figure not after a Chinese character (a list's "3.")
        yield Finding(start, m.end(), RULE.code, RULE.severity,
                      f"“{text[start:m.end()]}”以小数点结尾、紧接单位，小数点后的数字丢失（或小数点多余），请核对。", None)
