"""P002: a document number written with 【】, [], () or a look-alike instead of 〔〕.

GB/T 9704 writes the year of a 发文字号 in hexagonal brackets: 高财监〔2020〕6号.
【】 and [] are the usual keyboard substitutes and look wrong in print; the
small-form ﹝﹞ (U+FE5D/FE5E), 〖〗, 〘〙 and braces look almost right on screen
but are other characters (a search for the number misses them, and they print
small or bold); a pair with only one side right (〔2022］) is wrong too, and so
is a year whose closing bracket was lost, the serial run on into it
(巫溪委办发〔20208号 for 〔2020〕8号), and so is one that lost both brackets (零财绩20231号 for
零财绩〔2023〕1号, a web copy dropping the 〔〕). A run of digits after Chinese characters is read as such
a 文号 only where a citation stands: in the brackets right after a document's title (……的通知（某财绩20231号）)
or before 文件 (按照某财绩20231号文件); a serial after 第 (第20231号) is no year.

An accounting or appraisal firm numbers its own reports (上会湘报字（2022）第0001号, 皖成文咨字[2021]第4013号,
某所审字[2020]0123号): the kind of report before 字 (审, 报, 咨, 鉴, 验, 评, 专) marks the firm's series, whose
brackets follow the firm's custom, not GB/T 9704; a 文号 of an office is left to the rule.

A number that lost its 〕 and its 号 both (财资环〔202143) cited in brackets) is read by the bracket that closes
the citation: 〔, a year and a serial not starting with 0, then ）; in a document's head, by the line's end
or the 签发人 that follows on its line (某交发〔202431    签发人：), where a 文号 stands alone. One that lost its brackets and its 号
(……的通知》(某财社202281)) is read only in the brackets right after a title, and only after an issuer's 代字
(one ending 财, 发, 办, 社, 指 …), so that a code in brackets (编号2023001) is no 文号.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..docnumbers import YEAR_BRACKET
from ..finding import Finding
from ...core.han import is_han
from ..registry import Rule

RULE = Rule(
    code="P002",
    name="document-number-brackets",
    severity="warning",
    summary="发文字号的年份未用六角括号〔〕",
    doc=(
        "检查什么：发文字号中年份的括号，如“高财监【2020】6号”“粤财预[2021]12号”“（2022）3号”。\n"
        "为什么：按《党政机关公文格式》（GB/T 9704），发文字号的年份应使用六角括号“〔〕”。\n"
        "也查形似的﹝﹞〖〗〘〙、只有一边对的“〔2022］”，以及引用处（文件标题后的括号内、“文件”之前）两个括号都丢了的“某财绩20231号”。\n"
        "示例：“高财监【2020】6号”应为“高财监〔2020〕6号”。"
    ),
    flag=("（昆财预2024〔48〕号）", "（高财监【2020】6号）", "粤财预[2021]12号文件", "穗卫（2022）3号", "某财绩﹝2022﹞4号", "某卫发〖2021〗7号",
          "某财预〔2021］12号", "某财绩【2022】第18号", "根据某委办发〔20208号文件",
          # an office's 文号 whose issuer ends in 字 but names no firm's kind of report
          "某政字[2021]第5号",
          # both brackets dropped by a web copy: the year runs into the serial
          "根据《关于开展绩效自评的通知》（某财绩20231号）要求，我局开展自评。", "按照某财预202117号文件精神，完成自评。",
          # the 〕 and the 号 both lost, the citation's bracket closing on the serial
          "按照《资金管理办法》（某财资〔202143）要求拨付。", "根据《绩效目标编审的通知》(某财绩发〔2022300 )要求执行。",
          # the same in a document's head: the number's line ends on the serial, or goes on to the 签发人
          "某交发〔202431                签发人：张某\n", "某农发〔202312\n关于某项建议的答复\n",
          # the brackets and the 号 all lost in a citation after a title
          "根据《关于下达补助经费的通知》（某财社202281）下达资金。", "按《备案审核的意见》(某部发202136)执行。"),
    keep=("（昆财预〔2024〕48号）", "（高财监〔2020〕6号）", "某财绩〔2022〕第18号", "某会审字（2022）第0015号",
          # an evaluation firm's report number in square brackets: the firm's own series
          "评价机构：某会计师事务所 报告编号：某所咨字[2023]第0217号", "某所审字[2020]0123号", "勤信湘专字【2019】第51号", "【2022年】第3季度", "《国家基本公共卫生服务规范（2017年版）》", "见附件[1]。", "根据某委办发〔2020〕8号文件",
          # no citation around the digits: a certificate's or a contract's serial is no 文号
          "取得证书编号某证2023112号。", "已办理第20231号登记。", "按照某财预第20231号文件办理。",
          # a code in brackets after a title, a serial with a leading 0, a year range: no 文号
          "《项目实施方案》（编号2023001）已批复。", "《绩效评价报告》（某所2023012）已提交。", "《发展规划》（20212025）印发。",
          "按照《方案》（某财社〔2023〕15号）执行。",
          # a number written whole in a document's head; a year alone in its bracket at a line's end
          "某交发〔2024〕31号                签发人：张某\n", "依据某财〔2023\n〕12号文件执行。"),
)


# A firm's series of reports: the kind of report and 字 right before the bracket (某所审字[2020], 某会咨字[2021]).
_FIRM_SERIES = regex_cache.compile(r"[审报咨鉴验评专]字$")
_FIRM_BRACKETS = "[［(（【"

# An issuer, the opening bracket, the year and the serial with no closing bracket between them.
# Opening with the 〔 (the character before it looked for behind it) lets re skip ahead to the brackets.
_CLOSE_LOST = regex_cache.compile(r"〔(?<=[\u4e00-\u9fff]〔)((?:19|20)\d{2})(\d{1,4})号")


# A 文号 that lost both brackets, cited where a 文号 stands: in brackets right after a document's title, or
# before 文件. The issuer's last character (not 第, 号) sits right before the year; the serial follows it.
_TITLE_END = r"(?:》|通知|意见|函|办法|方案|规定|决定|批复|细则|规划|要点|通报)"
_BARE_YEAR = r"(?<=[\u4e00-\u9fff])(?<![第号])((?:19[5-9]|20[0-3])\d)(\d{1,3})号"
_TITLE_LOST = regex_cache.compile(_TITLE_END + r"[（(][\u4e00-\u9fff]{2,10}?" + _BARE_YEAR + r"(?=[）)])")
# Before 文件 the pattern opens on the year's digits, so that the engine skips to them; the issuer's character
# before the year (a Chinese character, not 第 or 号) is read by hand.
_FILE_LOST = regex_cache.compile(r"((?:19[5-9]|20[0-3])\d)(\d{1,3})号(?=文件)")


# The 〕 and the 号 lost both: the citation's bracket closes right on the serial (〔202143), 〔2022300 )), or the
# number stands in a document's head, its line ending there or going on to the 签发人 (某交发〔202527    签发人：).
_CLOSE_AND_HAO_LOST = regex_cache.compile(
    r"〔(?<=[\u4e00-\u9fff]〔)((?:19|20)\d{2})([1-9]\d{0,3})(?= ?[）)]|[ \t\u3000]{0,40}(?:签发人|$))", re.M)
# The brackets and the 号 all lost, in the brackets after a title, after an issuer's 代字 (财社, 某部发, 津财社指).
_ISSUER_END = "财发办函字政卫教社预综绩规指"
_TITLE_ALL_LOST = regex_cache.compile(
    _TITLE_END + r"[（(]([\u4e00-\u9fff]{1,9}[" + _ISSUER_END + r"])((?:19[5-9]|20[0-3])\d)([1-9]\d{0,2})(?=[）)])")


def _hao_lost_too(text: str):
    """(start, end, year, serial, what) of each 文号 that lost its 号 with its 〕 or with both brackets."""
    if "〔" in text:
        for m in _CLOSE_AND_HAO_LOST.finditer(text):
            yield m.start(), m.end(), m.group(1), m.group(2), "右六角括号和“号”字"
    for m in near_needles(_TITLE_ALL_LOST, text):
        yield m.start(2), m.end(), m.group(2), m.group(3), "六角括号和“号”字"


def _both_lost(text: str):
    """(start, end, year, serial) of each 文号 cited with neither bracket (某财绩20231号)."""
    found = [(m.start(1), m.end(), m.group(1), m.group(2)) for m in near_needles(_TITLE_LOST, text)]
    if "号文件" in text:
        found += [(m.start(), m.end(), m.group(1), m.group(2)) for m in _FILE_LOST.finditer(text)
                  if m.start() > 0 and is_han(text[m.start() - 1]) and text[m.start() - 1] not in "第号"]
    yield from sorted(found)


def lost_closers(text: str) -> list[int]:
    """Offsets of each 〔 whose 文号 lost its 〕 (P004 leaves these to this rule)."""
    if "〔" not in text:
        return []
    return sorted(m.start() for pattern in (_CLOSE_LOST, _CLOSE_AND_HAO_LOST) for m in pattern.finditer(text))


# The year outside the brackets and the serial inside them (昆财预2024〔48〕号): the two swapped places.
_SWAPPED = regex_cache.compile(r"(?<=[\u4e00-\u9fff])((?:19|20)\d\d)〔(\d{1,4})〕号")


def check(ctx):
    if "〕号" in ctx.text:
        for m in _SWAPPED.finditer(ctx.text):
            fixed = f"〔{m.group(1)}〕{m.group(2)}号"
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"发文字号的年份应在六角括号内、序号在括号外：“{m.group()}”应为“{fixed}”。", fixed)
    for m in _CLOSE_LOST.finditer(ctx.text):
        fixed = f"〔{m.group(1)}〕{m.group(2)}号"
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"发文字号缺少右六角括号：“{m.group()}”应为“{fixed}”。", fixed)
    for start, end, year, serial in _both_lost(ctx.text):
        fixed = f"〔{year}〕{serial}号"
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"发文字号缺少六角括号：“{ctx.text[start:end]}”应为“{fixed}”。", fixed)
    for start, end, year, serial, what in _hao_lost_too(ctx.text):
        fixed = f"〔{year}〕{serial}号"
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"发文字号缺少{what}：“{ctx.text[start:end]}”应为“{fixed}”。", fixed)
    for m in near_needles(YEAR_BRACKET, ctx.text):
        if m.group(1) == "〔" and m.group(3) == "〕":
            continue
        if m.group(1) in "(（" and ctx.text.startswith("第", m.end()):
            continue  # 某会审字（2022）第15号: a firm's or court's report number, round brackets by its own custom
        if m.group(1) in _FIRM_BRACKETS and _FIRM_SERIES.search(ctx.text, max(0, m.start() - 2), m.start()):
            continue  # 某所咨字[2021]第4013号: an evaluation firm's series, square brackets by its own custom
        fixed = f"〔{m.group(2)}〕"
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"发文字号的年份应使用六角括号：“{m.group()}”应为“{fixed}”。", fixed,
        )
