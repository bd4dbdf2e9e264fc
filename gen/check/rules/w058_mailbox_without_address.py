"""W058: an e-mail field that holds a bare number (电子邮箱：629000), not an address.

Disclosure reports and summaries close with the body's contact details: 地址, 邮编, 联系电话, 电子邮箱. Filled
in from a template, the line is easily given the wrong value: the 邮编 typed again under 电子邮箱 (邮编：629000；
……电子邮箱：629000), a telephone number, or a QQ number without its @qq.com. A reader cannot write to any of
them, and a reviewer marks the field at once. An e-mail address always holds @ and a domain, so a label for
one followed by digits alone, ending there, is the slip in every such report, whatever the body.

Read only a label that can name nothing but a mailbox (电子邮箱, 电子信箱, 电子邮件, 邮箱, E-mail) with a colon,
then 4 to 12 digits that no @, dot, letter or further digit follows (564336598@qq.com and 85223544jyj@… are
addresses and stay silent).
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W058",
    name="mailbox-without-address",
    severity="warning",
    summary="“电子邮箱”后只填了一串数字（邮编、电话或QQ号），不是邮箱地址",
    doc=(
        "检查什么：“电子邮箱”“电子信箱”“邮箱”“E-mail”加冒号之后只有一串数字，后面没有“@”和域名，"
        "如“邮编：629000；电子邮箱：629000”。\n"
        "为什么：邮箱地址必含“@”和域名，只有数字的是填错了栏目（邮编、电话号码）或漏了“@qq.com”等后缀，读者无法据此联系。\n"
        "不报的情形：完整的邮箱地址（“564336598@qq.com”“abc123@163.com”）；“邮编”“电话”后的数字。\n"
        "示例：“电子邮箱：629000”应填写本单位的邮箱地址，如“abc@example.gov.cn”。"
    ),
    flag=(
        "联系地址：某市某区劳动大楼1楼，邮编：610000；联系电话：028-1234567；电子邮箱：610000）。",
        "联系电话：0831-7654321，电子信箱：7654321。",
        "E-mail:12345678",
    ),
    keep=(
        "联系地址：某市某区劳动大楼1楼，邮编：610000；联系电话：028-1234567；电子邮箱：564336598@qq.com。",
        "电子邮箱：85223544abc@163.com；邮编：610000。",
        "邮箱：13600000000@139.com",
    ),
)

_LABEL = ("邮箱", "信箱", "邮件", "mail")
_MAILBOX_NUMBER = regex_cache.compile(
    r"(?:电子邮箱|电子信箱|电子邮件|(?<![\u4e00-\u9fff])邮箱|[Ee]-?[Mm]ail)[ \u3000]{0,2}[:：][ \u3000]{0,2}(\d{4,12})(?![\d@＠.．\w])")


def _what(number: str, text: str) -> str:
    """Names what the number is, by its shape and by the fields written before it."""
    if len(number) == 6 and any(f"{label}{colon}{number}" in text for label in ("邮编", "邮政编码") for colon in "：:"):
        return "与本文的邮编相同，是把邮编填进了邮箱栏"
    if len(number) == 11 and number.startswith("1"):
        return "像是手机号码"
    return "缺了“@”和域名"


def check(ctx):
    text = ctx.text
    if not any(label in text for label in _LABEL):
        return
    for m in near_needles(_MAILBOX_NUMBER, text):
        s, e = m.span(1)
        number = m.group(1)
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"电子邮箱处填的“{number}”不是邮箱地址（{_what(number, text)}），应填写完整的邮箱地址"
                      f"（如“abc@example.gov.cn”）。")
