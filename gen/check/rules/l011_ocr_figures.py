"""L011: a chart's or a scan's figures misread by OCR (5.4%o for 5.4%。, 2019年202诈2021年 for 2020年).

A report published as a scan, or with its charts turned to text, comes back from OCR with the marks
after a figure misread: the full stop after a per cent sign read as a Latin o (占51.2%o, 平均值5.4%o),
and in a chart's axis labels a year's last digit and 年 read as one stray character between two years
that came through whole (2019年202诈2021年). The figure a reader quotes is then wrong or unreadable;
the passage should be read again from the source. Only these shapes count: a digit, %, and a lower-case
o not starting a Latin word; a three-digit 20x with a Chinese character other than 年 standing between
two whole years (20xx年) — the gap in a run of years a chart labels; a blank after a decimal point
(可达6. 5亿元), the scan's gap read as a space, where the text's other decimals are whole (read only after
a word, never at a line's or a sentence's start, where "2. 5个乡镇" may be a list's number and its item).
A scoring form's signs read as letters: ≤ as W before a per cent after a rate (控制率W100%), and ×100% as
XlO0% at a formula's end (实际面积/批准面积XlO0%): no word is so written. A decimal point read as a full stop
between a figure and its unit (投资2。亿元, 3。5万元): no sentence ends on a bare figure and opens on 万元 or 亿元.
"""

from __future__ import annotations

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L011",
    name="ocr-figures",
    severity="warning",
    summary="识别（OCR）错读的数字标记（5.4%o、2019年202诈2021年）",
    doc=(
        "检查什么：扫描件或图表经文字识别后错读的标记——百分号后的句号读成字母o（“占51.2%o”“平均值5.4%o”），"
        "图表年份标签里一个年份的末位和“年”读成了一个怪字，夹在两个完整年份之间（“2019年202诈2021年”）。\n"
        "为什么：读者引用的数字因此错误或无法辨认，应对照原件改正。\n"
        "不报的情形：百分号后接英文单词；年份之间是正常的连接（“2019年至2021年”）；行首、句首的“2. 5个乡镇”（列表序号）；"
        "全文没有不带空格的小数的（整篇转换如此）。\n"
        "小数点后多出的空格（“销售收入可达6. 5亿元”），全文其他小数都没有空格时报告。\n"
        "示例：“失业率平均值5.4%o”应为“失业率平均值5.4%。”。"
    ),
    flag=(
        "城镇调查失业率平均值5.2%o图2近五年新增就业人数",
        "第三产业就业人员占48.6%o",
        "2018年2019年202诈2021年2022年第一产业第二产业",
        "至202 O   年底，全市完成投资80亿元；20l9年建成。",  # a year's last digit read as a letter
        # a decimal point with a blank after it, where the text's other decimals have none
        "产量达3.2万吨，收入可达6. 5亿元，利润1.8亿元。",
        # a scoring form's ≤ and × read as letters
        "在职人员控制率W100%，计5分；控制率=实际建设面积/批准建设面积XlO0%O该指标不扣分。",
        # a decimal point read as a full stop before the unit
        "全年投资3。亿元用于校舍改造，补助资金1。5万元。",
    ),
    keep=(
        "城镇调查失业率平均值5.2%。图2近五年新增就业人数",
        "增长5%or more（英文摘要），2019年至2021年，2020年度。",
        "采用ISO 2020 Office软件，型号201Ol年款。",
        # a list's number before an item that opens on a figure; a text whose every decimal has the blank
        "产量达3.2万吨，利润1.8亿元。\n1. 5个乡镇完成改造。\n2. 3个村通过验收。",
        "收入6. 5亿元，利润2. 5亿元，成本1. 2亿元。",  # no whole decimal: the blank is the conversion's style
        "在职人员控制率≤100%，控制率=实际面积/批准面积×100%，W100型设备一台。",
        "产品编号X100%抽检合格。",  # no ratio before it: no formula's ×100%
        "本年完成项目3。万众一心抓落实，元旦期间走访12户。全年共计2。元月启动新项目。",
        "详见附件3。50万元专项资金已拨付，具体见表2。10万元用于培训。",  # an annex's or a table's number
    ),
)

_PERCENT_O = regex_cache.compile(r"(?<=\d)%o(?![A-Za-z])")
_YEAR_GAP = regex_cache.compile(r"(?<=20\d\d年)20\d[\u4e00-\u9fff](?<!年)(?=20\d\d年)")
# A year's last digit read as a Latin letter, often with a scan's blanks (202 O年底, 20l9年): three digits, then O,
# o, I or l standing alone before 年. No year or word is so written.
_YEAR_LETTER = regex_cache.compile(r"(?<![\dA-Za-z])(?:19|20)\d[ \u3000]{0,2}[OoIl](?![A-Za-z\d])[ \u3000]{0,3}年")
_DIGIT_OF = {"O": "0", "o": "0", "I": "1", "l": "1"}
# A decimal point with a blank after it, before a unit: a word's character (not a sentence's or a line's start)
# before the whole digits. The text's whole decimals are counted to tell a slip from a style.
_SPACED_DECIMAL = regex_cache.compile(
    r"(?<=[\u4e00-\u9fff])[0-9]{1,3}[.．][ \u3000][0-9]{1,4}(?=[ ]?(?:亿|万|元|%|％|个百分点|倍|吨|亩|公里|千米|米|平方米|立方米))")
_WHOLE_DECIMAL = regex_cache.compile(r"[0-9][.．][0-9]")
# A list's number stands after a line's start or a mark (，2. 5个乡镇 may open an item): only a Chinese character
# before the digits counts (可达6. 5亿元).


# A decimal point read as a full stop (投资2。亿元, 1。5万元): a bare figure, 。, then a unit of money (亿元, 万元, 元
# before a mark) or the decimal's other digits and that unit; not an annex's or a table's number ending a sentence.
_STOP_FOR_POINT = regex_cache.compile(
    r"(?<![0-9.．件表图号条款])[0-9]{1,6}。(?:[0-9]{1,2})?(?=(?:亿|万)元|元(?=[,，。;；、)）]))")


# ≤ read as W between a rate and its per cent; ×100% read as X with I/l/1 and O/0 for its digits.
FORMULA_REACH = 80
_SIGN_AS_LETTER = regex_cache.compile(r"(?<=率)W(?=[0-9]{1,3}(?:\.[0-9]{1,2})?%)|(?<=[\u4e00-\u9fff)）])[Xx][Il1][Oo0][Oo0]%")


def check(ctx):
    text = ctx.text
    if "W" in text or "X" in text or "x" in text:
        for m in _SIGN_AS_LETTER.finditer(text):
            sign = "≤" if m.group().startswith("W") else "×100%"
            if sign != "≤" and "/" not in text[max(0, m.start() - FORMULA_REACH):m.start()]:
                continue  # ×100% ends a ratio: a formula's / stands before it
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”是识别时把“{sign}”读成了字母，应为“{sign}”，请对照原件核对这一公式或标准。", sign)
    if contains(text, "%o"):
        for m in _PERCENT_O.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          "“%o”是识别时把百分号后的句号“。”读成了字母o，应为“%。”，请对照原件核对这一数字。", "%。")
    for m in near_needles(_YEAR_LETTER, text):
        letters = [c for c in m.group() if c in _DIGIT_OF]
        year = "".join(c for c in m.group() if c.isdigit()) + _DIGIT_OF[letters[0]]
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”是识别时把年份末位的数字读成了字母“{letters[0]}”，应为“{year}年”，请对照原件核对。", f"{year}年")
    if contains(text, ". ") or contains(text, "． "):
        spaced = list(_SPACED_DECIMAL.finditer(text))
        if spaced and _WHOLE_DECIMAL.search(text):
            for m in spaced:
                fixed = m.group().replace(" ", "").replace("\u3000", "")
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              f"“{m.group()}”的小数点后多了空格（识别或转换留下的），应为“{fixed}”，请对照原件核对这一数字。", fixed)
    if contains(text, "。"):
        for m in near_needles(_STOP_FOR_POINT, text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”中数字和金额单位之间的“。”是识别时错读的小数点（或其后的数字已丢失），"
                          "请对照原件核对这一金额。", None)
    if contains(text, "年20"):
        for m in _YEAR_GAP.finditer(text):
            before, after = int(text[m.start() - 5:m.start() - 1]), int(text[m.end():m.end() + 4])
            meant = f"{before + 1}年" if after == before + 2 and str(before + 1).startswith(m.group()[:3]) else None
            told = f"应为“{meant}”" if meant else "原为一个年份"
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”夹在两个完整年份之间，是图表年份标签识别错读（{told}），请对照原件改正。", meant)
