"""L016: a spam site's domain put in place of a place's name (浙江省puroview.com溪下乡, 在puroview.com政府信息公开网站).

A hacked page, or a spam mirror of it, has its own domain written over the name of the place the report is about:
"地址：浙江省example.com溪下乡人民政府" (the county's name between 省 and the township lost), "在example.com政府
信息公开网站上公开" (the county's name before 政府 lost). The reader meets a website's address inside a government's
name, and the place is gone. No report glues a bare domain between the Chinese characters of a name: a real address
stands in brackets or after 网址, or beside a verb (登录www.gov.cn查询). So a domain read only where a name stands is
one — right after a province's, a city's or a county's last character (省, 市, 州, 县, 区) with a township, a county or
a district's suffix a few characters on, or right before 政府, 人民政府 or a body's own suffix — and a .gov.cn domain
(a government's own) is left alone.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L016",
    name="domain-for-name",
    severity="warning",
    summary="地名或机关名称中间夹着网站域名，像是被植入的垃圾网站替换了地名",
    doc=(
        "检查什么：网站域名直接夹在地名或机关名称的汉字中间：接在“省”“市”“州”“县”“区”之后、后面几个字内是“乡”“镇”“县”“区”等"
        "（“浙江省example.com溪下乡”），或直接接在“政府”“人民政府”“县委”等之前（“在example.com政府信息公开网站”）。\n"
        "为什么：这是网页被入侵或被镜像后，垃圾网站的域名替换了原来的地名；地名丢失，读者看到的是广告网址。\n"
        "不报的情形：以 .gov.cn 结尾的政府网站域名；放在括号里、“网址：”之后或动词旁的网址（“登录www.example.com查询”）。\n"
        "示例：“浙江省example.com溪下乡人民政府”应为“浙江省××县溪下乡人民政府”。"
    ),
    flag=(
        "联系地址：某某省spamexample.com石门乡人民政府党政办公室。",
        "2023年度在abcspam.net政府信息公开网站上共新增主动公开信息50条。",
        "根据www.qwerty.cc县委办公室的通知要求开展工作。",
    ),
    keep=(
        "登录www.example.com查询办事指南，在www.abc.gov.cn政府信息公开专栏发布。",
        "请在example.com淘某某网下载，通过某市政府网站(www.example.com)公开。",
        "某某省www.example.gov.cn平台上线，人均增收x.xx万元，市民登录abc.com市场频道。",
    ),
)

_DOMAIN = (r"(?:https?://)?((?:[A-Za-z0-9-]{1,40}\.){1,4}"
           r"(?:com|net|cn|cc|top|vip|xyz|org|info|co|tv|club|site|online|shop|biz|wang|ink|icu|fun|live|me))"
           r"(?![A-Za-z0-9.-])")
_GLUED = regex_cache.compile(
    # after a province's, a city's or a county's last character, the township's or the county's suffix a few on
    r"(?<=[省市州县区盟])" + _DOMAIN + r"(?=[\u4e00-\u9fff]{1,4}?(?:乡|镇|街道|县|区|市|村))"
    # before a government's or a Party committee's name
    r"|(?<=[\u4e00-\u9fff])" + _DOMAIN + r"(?=(?:人民)?政府|[县区市乡镇](?:人民政府|政府|委|党委))")


def check(ctx):
    text = ctx.text
    if "." not in text:
        return
    for m in near_needles(_GLUED, text):  # near its dots: both readings open with a lookbehind
        span = 1 if m.group(1) else 2
        domain = m.group(span).lower()
        if domain.endswith(".gov.cn") or domain.endswith(".gov"):
            continue
        yield Finding(m.start(span), m.end(span), RULE.code, RULE.severity,
                      f"“{m.group(span)}”是网站域名，夹在地名或机关名称中间，多是网页被植入的垃圾网站替换了原来的地名，"
                      "请按原文件改回地名并检查网站安全。", None)
