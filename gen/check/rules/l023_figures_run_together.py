"""L023: figures a conversion ran together when it dropped the marks between them (0771480600113657888935, 附件23456789).

A notice copied from a web page or a PDF whose separators were lost keeps its figures but glues them into one
run: a contact's landline and mobile (0771-4806001, 13657888935 become 0771480600113657888935), an attachment
list (附件2—9 or 附件2、3……9 becomes 附件23456789), a deadline (2021年12月20日 becomes 于20211220), a page's
publication time (2024-01-19 10时58分 becomes 2024-01-1910时58分). The reader can no longer dial the number, find
the attachment or tell the date; the passage should be copied again from the source. Only shapes no writer types
count:

- a run of 21 to 23 digits made of an area code (010, 02x or a four-digit 0xxx), a seven- or eight-digit local
  number and an eleven-digit mobile number (1[3-9]…), with a contact's word (电话, 联系, 手机, 座机, 咨询) in the
  lines before it: no account or code is read where no phone is spoken of, and a bank account is named as one;
- 附件 or 附表 followed by three digits or more that count up one by one (附件234, 附件23456789): no report has an
  attachment so numbered;
- an eight-digit date (20211220) in a sentence, after 于, 至, 自 or 到 or before 前, 之前, 以前, 起 or 止: a file's
  name (…报告(20240127).docx), an index number (20230317-191607) or a serial number keeps its figures glued, and a
  date whose 年 and 月 alone were lost (20211231日) is W004's;
- a date written with hyphens glued to the hour after it (2024-01-1910时58分, 2024-01-1910:58).

The other way, a conversion splits a figure across a paragraph break (国家助学金32⏎⏎4.975万元 for 324.975万元): the
paragraph before ends on digits glued to a word and the next opens on a decimal figure and its unit (万元, 元, %), so
its head reads as an item's number (4.) that a later item repeats. No item's title opens on a decimal figure and a unit.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L023",
    name="figures-run-together",
    severity="warning",
    summary="转换丢了数字之间的分隔符，电话、附件序号、日期连成一串（0771480600113657888935、附件23456789）",
    doc=(
        "检查什么：复制或转换时丢了分隔符、连成一串的数字——联系电话里座机和手机号码连写"
        "（“0771480600113657888935”应为“0771-4806001，13657888935”），附件序号连写（“详见附件23456789”），"
        "句中的八位数字日期（“请各单位于20211220前报送”“扫描20211224前报送”），日期和时间连写（“2024-01-1910时58分”）。\n"
        "数字被断行拆成两段、后一段以“4.975万元”开头像是序号的（“助学金32⏎⏎4.975万元”）也报告。\n"
        "为什么：读者无法拨打号码、找到附件、读出日期，应对照原件补回分隔符和“年月日”。\n"
        "不报的情形：前文没有提到电话、联系人的长数字串（账号、代码）；不逐一递增的附件编号（“附件12”）；"
        "文件名、索引号、流水号中的八位日期（“报告(20240127).docx”“20230317-191607”）；只丢了“年”“月”的“20211231日”（由 W004 报告）。\n"
        "示例：“谢芸，0771480600113657888935”应为“谢芸，0771-4806001，13657888935”。"
    ),
    flag=(
        "三、联系人及联系电话\n张某,0771480600113657888935\n李某,0218888999913912345678\n",
        "相关数据表详见附件23456789。\n",
        "请各单位于20211220前将联络人信息表报送至邮箱。\n",
        "单位报送的材料扫描20211224前报送至市体育局。\n",
        "2024-01-1910时58分 浏览次数:\n",
        # a figure split by a paragraph break, its head read as an item's number
        "3.发放普通高中国家助学金32\n\n4.975万元,受助学生共3235人次;\n\n4.发放中职助学金23.5万元。\n",
    ),
    keep=(
        "开户银行：某县农商银行，账号：0771480600113657888935。\n",  # no phone spoken of
        "联系电话：0771-4806001，13657888935。\n",
        "详见附件1、附件12和附件3。\n",
        "《2023年某镇政府工作报告(20240127).docx》\n索引号: 20230317-191607-001\n",
        "统计期限自2021年1月1日起至20211231日止。\n",  # W004's
        "发布时间：2024-01-19 10时58分，项目编号20211220号。\n",
        # a heading's sub-numbers, an item opening on its own figure after a line ending on one
        "1.1男性4\n1.2女性3\n3.发放助学金32万元\n\n4.发放中职助学金23.5万元。\n",
    ),
)

# Landline and mobile glued: 0 and the area code's digits, a local number opening on 2–9, a mobile 1[3-9] and 9 more.
_PHONE_RUN = regex_cache.compile(r"(?<![0-9A-Za-z])0[1-9][0-9]{1,2}[2-9][0-9]{6,7}1[3-9][0-9]{9}(?![0-9])")
_PHONE_WORDS = ("电话", "联系", "手机", "座机", "咨询", "热线")
_PHONE_REACH = 300
_ACCOUNT_WORDS = ("账号", "帐号", "账户", "帐户", "卡号", "编号", "代码")
_ANNEX_RUN = regex_cache.compile(r"附[件表]([1-9]{3,9})(?![0-9])")
_DATE8 = r"20[0-4][0-9](?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
_COMPACT_DATE = regex_cache.compile(
    r"(?<=[于至自到])" + _DATE8 + r"(?![0-9A-Za-z\-/_.日号期批次届])"
    r"|(?<![0-9A-Za-z\-/_.])" + _DATE8 + r"(?=前|之前|以前|起|止)")
_DATE_HOUR = regex_cache.compile(
    r"(?<![0-9])20[0-4][0-9]-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?:[01]?[0-9]|2[0-3])(?=时|:[0-5][0-9])")


# A figure split by a paragraph break (……国家助学金32⏎⏎4.975万元,受助学生……): the paragraph before ends on digits glued
# to a word, the next opens on digits, a decimal point and a money or share unit, so its head reads as an item's
# number (4.) that a later item repeats. An item's title never opens on a decimal figure and its unit.
# Searched from the line break (a literal the scan skips to) and read back for the glued digits: a pattern opening on
# a look-behind and a digit run is tried at every digit of the text.
_FIGURE_SPLIT = regex_cache.compile(r"\n(?:[ \t\u3000]{0,8}\n){0,3}[ \t\u3000]{0,8}"
                                    r"(?P<head>\d{1,3}[.．])\d{1,6}(?:万元|亿元|元|%)")
_GLUED_TAIL = regex_cache.compile(r"[\u4e00-\u9fff](\d{1,6})\Z")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for m in _FIGURE_SPLIT.finditer(text):
        tail = _GLUED_TAIL.search(text, max(0, m.start() - 7), m.start())
        if tail is None:
            continue
        start = tail.start(1)
        whole = "".join(text[start:m.end()].split())
        yield Finding(start, m.end(), RULE.code, RULE.severity,
                      f"数字“{whole}”被断行拆成两段，后一段开头的“{m.group('head')}”"
                      f"读来像序号；应接成一段，写作“{whole}”。", whole)
    yield from _phones(text)
    if "附" in text:
        for m in near_needles(_ANNEX_RUN, text):
            digits = m.group(1)
            if all(int(b) == int(a) + 1 for a, b in zip(digits, digits[1:])):
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              f"“{m.group()}”中的附件序号连成了一串（转换丢了分隔符），应为“{m.group()[:2]}{digits[0]}—{digits[-1]}”"
                              f"或逐个列出，请对照原件改正。", None)
    for m in near_needles(_COMPACT_DATE, text):
        d = m.group()
        told = f"{d[:4]}年{int(d[4:6])}月{int(d[6:])}日"
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"日期“{d}”丢了“年”“月”“日”（转换丢了分隔符），应为“{told}”，请对照原件改正。", told)
    if "-" in text:
        for m in near_needles(_DATE_HOUR, text):
            s = m.group()
            told = f"{s[:10]} {s[10:]}"
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{s}”中日期和时间连在了一起（转换丢了空格），应为“{told}”。", told)


def _phones(text: str) -> Iterable[Finding]:
    """A landline and a mobile glued into one run, in a passage that speaks of a phone."""
    for m in near_needles(_PHONE_RUN, text):
        run = m.group()
        code = 3 if run[1] in "12" else 4
        local = run[code:-11]
        if not 7 <= len(local) <= 8:
            continue
        before = text[max(0, m.start() - _PHONE_REACH):m.start()]
        if not any(w in before for w in _PHONE_WORDS) or any(w in before[-20:] for w in _ACCOUNT_WORDS):
            continue
        told = f"{run[:code]}-{local}，{run[-11:]}"
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{run}”是座机和手机号码连写（转换丢了分隔符），应为“{told}”，请对照原件改正。", told)
