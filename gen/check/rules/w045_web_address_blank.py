"""W045: a web address broken by a blank (http://www. suqian.gov.cn, www.abc .gov.cn).

A report gives its portal's address for the reader to type or click. A blank inside it -- left by a
justified PDF line, a line wrap joined again, or a space typed after a dot -- makes an address that
leads nowhere, and a reviewer marks it. The rule reads a host name only: opened by http(s):// or www.,
labels of letters, digits and hyphens parted by dots, ending on a common top-level label (cn, com, net,
org, gov, edu); a blank on either side of a dot or after the // inside it is the slip. The path after
the host (/index.html) is not read, nor an address without a blank, nor a blank before or after the
whole address.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W045",
    name="web-address-blank",
    severity="warning",
    summary="网址中间夹了空格（http://www. suqian.gov.cn）",
    doc=(
        "检查什么：以 http://、https:// 或 www. 开头、以 cn、com、net、org、gov、edu 结尾的网站域名中，"
        "“.”前后或“//”之后夹了空格（“http://www. suqian.gov.cn”“www.abc .gov.cn”）。\n"
        "为什么：报告给出网址是让读者访问的，中间有空格的网址打不开，是排版或录入留下的错误。\n"
        "不报的情形：网址前后的空格；域名之后路径中的内容；不以 http(s):// 或 www. 开头的。\n"
        "示例：“http://www. suqian.gov.cn”应为“http://www.suqian.gov.cn”。"
    ),
    flag=(
        "通过门户网站（http://www. abc.gov.cn）主动公开信息。",
        "详见本局网站www.abc .gov.cn。",
        "访问https:// www.abc.gov.cn查询。",
    ),
    keep=(
        "通过门户网站（http://www.abc.gov.cn）主动公开信息。",
        "详见本局网站 www.abc.gov.cn 的公开专栏。",
        "网址：http://www.abc.gov.cn/ index.html",
        "邮箱abc@163. com",
    ),
)

_BLANK = " \u3000\u00a0"
# a host: http(s):// or www. first, labels parted by dots (a blank allowed around each dot), a top-level label last
_HOST = regex_cache.compile(
    rf"(?:https?://[{_BLANK}]{{0,2}}|(?<![A-Za-z0-9.@])(?=www\.))"
    rf"(?:[A-Za-z0-9-]{{1,30}}[{_BLANK}]{{0,2}}\.[{_BLANK}]{{0,2}}){{1,5}}(?:cn|com|net|org|gov|edu)(?![A-Za-z0-9])",
    re.I)
_INNER_BLANK = regex_cache.compile(rf"[{_BLANK}]+")


def check(ctx):
    text = ctx.text
    if "www" not in text and "http" not in text:
        return
    for m in _HOST.finditer(text):
        written = m.group()
        if not _INNER_BLANK.search(written):
            continue
        right = _INNER_BLANK.sub("", written)
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"网址“{written}”中间夹了空格，这样的网址打不开，应为“{right}”。", right)
