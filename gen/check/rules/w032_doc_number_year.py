"""W032: a 发文字号 whose year is not four digits (南财函〔202〕25号, 〔20211〕3号).

GB/T 9704 writes the year of a number in full inside 〔〕. A year of three digits
lost one; a year of five gained one (often the serial's first digit typed inside
the bracket). Either way the number cites no document a reader can find: the
year must be checked against the original. Only a bracket after an issuer's
character and before a serial with its 号 is read, so a footnote mark or a
figure in brackets is never taken for a year.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W032",
    name="doc-number-year",
    severity="warning",
    summary="发文字号的年份不是四位数",
    doc=(
        "检查什么：发文字号“机关代字〔年份〕序号号”中，六角括号内的年份少了或多了一位，如“南财函〔202〕25号”“某财预〔20211〕3号”。\n"
        "为什么：年份写错，读者按文号查不到这份文件；应对照原件改正。\n"
        "不报的情形：括号前不是机关代字、括号后不是“序号+号”的（注释序号、括号中的数字）。\n"
        "括号中引的文号只有机关代字和序号、没有年份的（“（宁广电发36号）”）也报告。\n"
        "示例：“南财函〔202〕25号”的年份少了一位，应为“〔2024〕”一类的四位年份。"
    ),
    flag=("根据南财函〔202〕25号文件要求。", "按照某财预〔20211〕3号文件执行。", "根据《关于加强管理的通知》（宁广电发36号）执行。"),
    keep=("根据南财函〔2024〕25号文件要求。", "见注〔3〕。全年完成〔12〕项。", "根据（宁广电发〔2019〕36号）执行，（第3号）公告。"),
)

_BAD_YEAR = regex_cache.compile(r"(?<=[\u4e00-\u9fff])〔(\d{2,3}|\d{5,6})〕(?=\s{0,2}第?\d{1,4}\s{0,2}号)")


# A number cited in brackets with no year at all (宁广电发36号): an issuer's code ending in 发 (函, 字), then the serial.
_NO_YEAR = regex_cache.compile(r"(?<=[（(])([\u4e00-\u9fff]{1,8}(?:发|函|字))(\d{1,4})号(?=[)）])")


def check(ctx):
    text = ctx.text
    if "号" in text:
        for m in _NO_YEAR.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"发文字号“{m.group()}”缺少年份，应为“{m.group(1)}〔年份〕{m.group(2)}号”，请对照原件补上。", None)
    if "〔" not in text:
        return
    for m in _BAD_YEAR.finditer(text):
        digits = m.group(1)
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"发文字号的年份“{digits}”不是四位数（{'少' if len(digits) < 4 else '多'}了一位），请对照原件改正。", None)
