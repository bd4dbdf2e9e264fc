"""W059: a contact number one digit short of its neighbour's (电话：86417711，传真：6417711).

A disclosure report or a letter closes on its contact block: 联系电话, 传真, 热线, often one number beside another
of the same exchange. A local number has 7 or 8 digits; when a city's numbers went to 8 digits the old 7-digit
ones were prefixed, so an office's phone and fax share their exchange. A number typed with its first digit lost
reads as the neighbour's last seven digits (86417711 beside 6417711): no other exchange would give it, and a
reader dialling it reaches nobody.

Read only numbers after 电话, 传真 or 热线 (with their area code, if written, the same), within 80 characters of
each other: a 7-digit number that is an 8-digit neighbour's last seven is told; numbers of different exchanges,
of equal length, or far apart are left.

The same block's postcode is read too: a 邮政编码 of the mainland has six digits, always (the national standard of
the postal service, 100009 for the 东城区 office), so 邮编 or 邮政编码 followed by a run of four, five or seven digits
lost or doubled one in typing (邮编10009), whatever the body or the city. A run of more digits or one glued to a
hyphen is a number of another kind, and is left.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W059",
    name="contact-number-short",
    severity="warning",
    summary="联系电话或传真号码比相邻号码少一位，像是漏了首位数字（电话86417711，传真6417711）；邮编不是六位",
    doc=(
        "检查什么：“电话”“传真”“热线”后的号码中，一个7位号码恰好是80字以内另一个8位号码去掉首位数字后的号码"
        "（区号相同或都未写），如“电话：86417711，传真：6417711”；“邮编”“邮政编码”后的号码不是六位（“邮编10009”）。\n"
        "为什么：同一单位的电话和传真通常在同一局号下；号码升为8位时原7位号码前加了一位，7位号码正好等于8位号码的后七位，"
        "说明录入时漏了首位数字，按此号码拨打无法接通；我国邮政编码一律为六位数字，少一位或多一位是录入时漏了或多打了数字。\n"
        "不报的情形：位数相同的号码；前七位或区号不同的号码；相距较远（不在同一联系信息处）的号码；六位的邮编；八位以上或带连字符的数字串（不是邮编）。\n"
        "示例：“电话：86417711，传真：6417711”中的传真号码应核对，很可能是“86417711”或同局号的其他8位号码。"
    ),
    flag=(
        "联系地址：某县人民路1号，电话：0571-86417711，传真：0571-6417711。",
        "咨询电话：83215566；传真：3215566；邮编：311000。",
        # a postcode one digit short, or one too many
        "联系地址：某市某路12号，邮编10008：电话：010-56781234。",
        "通信地址：某县人民路1号（邮政编码：6250001）。",
    ),
    keep=(
        "联系地址：某县人民路1号，电话：0571-86417711，传真：0571-86417712。",
        "咨询电话：6321556；传真：6321557。",
        "电话：0571-86417711，传真：0572-6417711。",
        # six digits; a longer run or one with a hyphen is no postcode
        "联系地址：某市某路12号，邮编100008；邮政编码：311000。邮编查询编号12345678，邮编10-2。",
    ),
)

_NUMBER = regex_cache.compile(r"(?:电话|传真|热线)[^0-9\n]{0,8}?(?:(0\d{2,3})[-－—]?)?(\d{7,8})(?!\d)")
_NEEDLES = ("电话", "传真", "热线")
NEAR = 80  # characters between two numbers of one contact block


# A postcode's label, a colon or a blank or two, and a run of four, five or seven digits (a longer run, or one joined
# to a hyphen or a dot, is another number).
_POSTCODE = regex_cache.compile(r"(?:邮编|邮政编码)[:：\s]{0,3}(\d{4,5}|\d{7})(?![\d\-－.．])")
POSTCODE_DIGITS = 6


def _postcodes(text: str) -> Iterable[Finding]:
    if "邮编" not in text and "邮政编码" not in text:
        return
    for m in _POSTCODE.finditer(text):
        code = m.group(1)
        gap = len(code) - POSTCODE_DIGITS
        what = f"多了{gap}位" if gap > 0 else f"少了{'一两'[-gap - 1]}位"
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"邮编“{code}”有{len(code)}位，{what}：邮政编码一律为六位数字，请核对后补正。")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    yield from _postcodes(text)
    if not any(needle in text for needle in _NEEDLES):
        return
    numbers = [(m.start(2), m.end(2), m.group(1) or "", m.group(2)) for m in _NUMBER.finditer(text)]
    if len(numbers) < 2:
        return
    for s, e, area, number in numbers:
        if len(number) != 7:
            continue
        for s2, _e2, area2, other in numbers:
            if len(other) == 8 and other[1:] == number and area == area2 and abs(s2 - s) <= NEAR:
                yield Finding(s, e, RULE.code, RULE.severity,
                              f"号码“{number}”比相邻的“{other}”少一位，正好是它去掉首位“{other[0]}”后的号码，"
                              "像是录入时漏了首位数字，请核对。")
                break
