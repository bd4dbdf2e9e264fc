"""P014: a list number written as one compatibility character ("⒈", "⑴") instead of digits and marks.

Word's automatic numbering, and some input methods, put a whole list number
into one Unicode character: ⒈ to ⒛ (a digit with its full stop, U+2488–U+249B)
and ⑴ to ⒇ (a digit in round brackets, U+2474–U+2487), and ㈠ to ㈩ (a Chinese numeral in brackets,
U+3220–U+3229). Copied into a report
they look like "1." and "(1)" but are neither: they do not match the other
numbers of the document, search and the outline do not find them, and many
fonts print them narrow or not at all. The fix is the ordinary form, "1." or
"（1）". Circled numbers (①②③) are a standard list mark in Chinese documents
and are left alone.

The same slip in two characters: a list number closed by the small full stop
"﹒" (U+FE52, a compatibility form for vertical and small print) instead of
".", as "7﹒参与拟订……" — it looks like 7. and is another character.

A hint, not a warning: readers of published reports have taken these
characters for ordinary numbers every time (three list items marked correct
in two rounds' hand-annotated sets, none marked a defect). The page reads
right; only its characters differ, so it is told as info to whoever tidies
the file.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P014",
    name="compat-numbering-char",
    severity="info",
    summary="序号用了“⒈”“⑴”一类的合成字符",
    doc=(
        "检查什么：把整个序号写成一个字符的情形：带点数字“⒈⒉⒊”（应写“1.”“2.”）、带括号数字“⑴⑵⑶”（应写“（1）”“（2）”）和带括号汉字“㈠㈡”（应写“（一）”“（二）”）。\n"
        "为什么：这类字符多由自动编号或输入法带入，看似“1.”“(1)”，实为另一个字符，与全文的序号不一致，检索和目录也认不出；"
        "有的字体印不出来。\n"
        "序号的点用了小号句点“﹒”（“7﹒参与拟订……”，应为“7.”）的同样报告。\n"
        "不报的情形：带圈数字“①②③”，公文中常用作序号。\n"
        "示例：“⒈ 产出指标”应为“1.产出指标”；“⑵ 质量指标”应为“（2）质量指标”。"
    ),
    flag=("⒈ 产出指标完成情况良好。\n⒉ 效益指标基本完成。\n", "⑴数量指标：完成培训120人次。\n", "㈠一般公共预算预计完成情况\n",
          "6﹒负责全县统计工作。\n7﹒参与拟订全县发展规划。\n"),
    keep=("1.产出指标完成情况良好。\n2.效益指标基本完成。\n", "①数量指标：完成培训120人次。\n", "（1）数量指标：完成培训120人次。\n"),
)

_COMPAT = regex_cache.compile(r"[\u2474-\u249b\u3220-\u3229]")
_PAREN_IDEOGRAPH = 0x3220  # ㈠ … ㈩ stand for （一） … （十）
# A number closed by the small full stop; searched only in a text that holds one (a pattern that opens on a
# lookbehind is tried at every character).
_SMALL_STOP = regex_cache.compile(r"(?<![\d.])\d{1,2}\ufe52")
_DIGIT_STOP = 0x2488  # ⒈ … ⒛ stand for 1. … 20.
_PAREN_DIGIT = 0x2474  # ⑴ … ⒇ stand for (1) … (20)


def _ordinary(char: str) -> str:
    if char.endswith("\ufe52"):
        return char[:-1] + "."
    code = ord(char)
    if code >= _PAREN_IDEOGRAPH:
        return f"（{'一二三四五六七八九十'[code - _PAREN_IDEOGRAPH]}）"
    if code >= _DIGIT_STOP:
        return f"{code - _DIGIT_STOP + 1}."
    return f"（{code - _PAREN_DIGIT + 1}）"


def _numbers(text: str):
    yield from near_needles(_COMPAT, text)
    if "\ufe52" in text:
        yield from _SMALL_STOP.finditer(text)


def check(ctx):
    for m in _numbers(ctx.text):
        fixed = _ordinary(m.group())
        what = "的点是小号句点“﹒”" if len(m.group()) > 1 else "是一个合成字符"
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"序号“{m.group()}”{what}，应写成“{fixed}”。", fixed,
        )
