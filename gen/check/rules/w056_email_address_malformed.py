"""W056: an e-mail address with a stray dot or a doubled @ (386114195@.qq.com, abc.@163.com, abc@@163.com).

A disclosure report gives its e-mail address for the public to write to; a dot typed next to the @, two
dots running together in the domain or an @ typed twice make an address no mail reaches, and a reviewer
marks it. The rule reads an address where its @ stands between letters or figures and a domain ending on a
common top-level label; it flags only the slips no address may hold (RFC 5321 forbids a dot at either end of
the name before @ and an empty label in the domain). A blank inside an address is W045's; an address whose
domain is not a public or government one is L015's.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W056",
    name="email-address-malformed",
    severity="warning",
    summary="电子邮箱地址多了点或重复了“@”（386114195@.qq.com）",
    doc=(
        "检查什么：电子邮箱地址中“@”紧挨着“.”（“abc@.qq.com”“abc.@163.com”），“@”写了两遍（“abc@@163.com”），"
        "或域名中连着两个点（“abc@163..com”）。\n"
        "为什么：报告留下邮箱是让公众来信的，这样的地址不合邮箱格式，邮件发不到，是录入错误。\n"
        "不报的情形：格式正确的邮箱；邮箱中间夹了空格（由 W045 报告）；不是常见公共邮箱或政府邮箱的域名（由 L015 报告）。\n"
        "示例：“386114195@.qq.com”应为“386114195@qq.com”。"
    ),
    flag=(
        "电子邮箱：12345678@.qq.com。",
        "联系邮箱:abcmz.@163.com，联系电话:1234567。",
        "邮箱 abcmz@@163.com",
        "电子邮件：xyz@mail..abc.gov.cn。",
    ),
    keep=(
        "电子邮箱：12345678@qq.com。",
        "联系邮箱:abc.mz@163.com。",
        "电子邮件：xyz@mail.abc.gov.cn。网址：www.abc.gov.cn。",
        "请发送至邮箱。@某县民政局官方微博。",
    ),
)

# name, @ (once or twice, a dot on either side), a domain of labels parted by one or more dots, a top-level label last
_ADDRESS = regex_cache.compile(
    r"(?<![A-Za-z0-9._-])([A-Za-z0-9][A-Za-z0-9._-]{0,40}?)(\.?)([@＠]{1,2})(\.?)"
    r"((?:[A-Za-z0-9-]{1,30}\.{1,2}){1,4}(?:cn|com|net|org|gov|edu))(?![A-Za-z0-9])", re.I)


def _repaired(m: re.Match) -> str:
    return f"{m.group(1)}@{re.sub(r'[.]{2}', '.', m.group(5))}"


def check(ctx):
    text = ctx.text
    if "@" not in text and "＠" not in text:
        return
    for m in _ADDRESS.finditer(text):
        if not (m.group(2) or m.group(4) or len(m.group(3)) == 2 or ".." in m.group(5)):
            continue
        right = _repaired(m)
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"电子邮箱“{m.group()}”不合邮箱格式（“@”前后多了点、“@”写了两遍或连着两个点），"
                      f"邮件发不到，应为“{right}”。", right)
