"""L015: a government website's address that is not a .gov.cn domain (门户网站(m.listsmeifew.com)).

Hacked government pages, and the spam mirrors that copy them, put their own domain where the report gives the
address of the government's portal: "报告内容在天门市人民政府门户网站(m.listsmeifew.com)公布",
"政府信息公开专栏向社会公开(网址:http://xxgk.examplespam.com/…)". The reader is sent to a spam site. A
government website's address ends in .gov.cn: 《政府网站发展指引》(国办发〔2017〕47号) requires every
government website to use a domain under .gov.cn (a 政务 Chinese domain beside it). So an address given right after
门户网站, 政府网站, 政府网 or 机关网站 (the template's "本机关网站“某局”(…)下载": a body of government by name; in its brackets, or after 网址: there) that ends otherwise is not the portal's. Only
the address that stands for that website is read: one after 和, 及 or a comma names another site (a hospital's
own, a WeChat account), and a site that is no government's (共产党员网, 信用中国's own .gov.cn) is not named so.
A link written without its scheme (门户网站(//www.example.com/)) is the same address.

The same planted domain is put into the body's e-mail address (电子邮箱:abcdj@spamexample.com) in a
政府信息公开工作年度报告 (or a text that reports under 政府信息公开条例), whose contact is a government body's: its mail is at a .gov.cn domain, a province's own mail
system (…@ly.shandong.cn) or a public mail service (163.com, qq.com). A mailbox at a .com or .net domain that is none of
those is the spam site's, read only in that kind of report (a firm's or a hospital's own mail is another body's).
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from .. import disclosure_report as dr
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L015",
    name="portal-not-gov",
    severity="warning",
    summary="政府网站的网址不是 .gov.cn 域名，像是被植入的垃圾网站",
    doc=(
        "检查什么：紧接“门户网站”“政府网站”“政府网”“本机关网站”给出的网址（括号里的，或“网址：”后的）不以 .gov.cn 结尾"
        "（“市人民政府门户网站(m.listsmeifew.com)”）。\n"
        "为什么：《政府网站发展指引》（国办发〔2017〕47号）要求政府网站使用以 .gov.cn 为后缀的域名；"
        "报告里政府网站的网址成了别的域名，多是网页被入侵或被镜像后植入的垃圾网站，读者会被引到那里。\n"
        "政府信息公开工作年度报告里的联系邮箱，域名既不是 .gov.cn 也不是常见公共邮箱（163.com、qq.com 等）的 .com/.net 域名，同样是被植入的。\n"
        "不报的情形：以 .gov.cn 结尾的网址；省级政务邮箱（…@ly.shandong.cn）和公共邮箱；“和”“及”、逗号之后另一个网站（医院、企业自己的网站）的网址；不是紧接政府网站的网址。\n"
        "示例：“天门市人民政府门户网站(m.listsmeifew.com)”应为该市政府网站的 .gov.cn 网址。"
    ),
    flag=(
        "报告内容在某市人民政府门户网站(m.abcdefspam.com)公布。",
        "本年报通过某市人民政府网站——政府信息公开专栏向社会公开(网址:http://xxgk.qwerty.com/gzbm/)。",
        "本报告电子版可在某某局部门门户网站（http://ylbzj.spamsite.net/）下载。",
        "本年度报告的电子版可以从“中国某某”门户网站(//www.spamexample.com/)下载。",
        "本报告可在某市政府门户网站(www.example.gov.cn)或本机关网站“某市某某局”(http://www.www.spamexample.com/)下载。",
        "某县水利局2023年政府信息公开工作年度报告\n联系电话:1234567,电子邮箱:abcswj@spamexample.com。",
        "根据《中华人民共和国政府信息公开条例》编制本报告。联系邮箱:abcsj@spamexample.net。",
    ),
    keep=(
        "报告内容在某市人民政府门户网站(www.example.gov.cn)公布。",
        "本报告可在本机关网站“某市某某局”(http://www.example.gov.cn/)下载。",
        "本年报在政府网站（http://xxgk.example.gov.cn/）和本院网站（www.examplehospital.com）同步公开。",
        "通过中国政府网(www.gov.cn)、县政府门户网站及微信公众号发布信息，邮箱abc@163.com。",
        "某县水利局2023年政府信息公开工作年度报告\n电子邮箱:abc@qq.com、xyz@ly.shandong.cn、slj@abc.gov.cn。",
        "某医院2023年工作总结\n电子邮箱:office@examplehospital.com。",  # not a disclosure report: a hospital's own mail
        "通过中国残联门户网站(www.example.org.cn)、学校门户网站(www.example.edu.cn)和公司门户网站(www.example.com)公开。",
    ),
)

# The portal's name, then up to a few characters of the same phrase (——政府信息公开专栏, 网址:) and the address.
# A 和, 及, 、 or a comma between them passes to another site; a full stop ends the statement.
_PORTAL_ADDRESS = regex_cache.compile(
    r"(?:门户网站|政府网站|政府网|机关网站)(?:[^\n和及与、,，;；。()（）]{0,16}?[(（]|[(（])?[ \t]{0,2}(?:网址[:：][ \t]{0,2})?"
    r"(?:(?:https?:)?//)?((?:[A-Za-z0-9-]{1,40}\.){1,5}[A-Za-z]{2,6})(?![A-Za-z0-9-]|\.[A-Za-z])")


# The planted domains are generic ones (.com, .net, .top …); a body that is no government's writes its own portal under
# its own kind of domain (a 残联's .org.cn, a school's .edu.cn, 人民网's .com.cn), and a firm, school or hospital its own
# 门户网站 (公司门户网站(www.example.com)): neither is a government website's address.
_SPAM_TOPS = frozenset(("com", "net", "top", "xyz", "cc", "vip", "info", "biz", "club", "site", "shop", "wang", "icu",
                        "fun", "live", "online", "ink"))
_OWN_SITE = regex_cache.compile(r"(?:公司|集团|企业|学校|学院|大学|医院|本院|本校|协会|学会|商会)$")
# A mailbox after its label; the domain's last label a generic one (a province's .cn mail system is its own).
_MAILBOX = regex_cache.compile(
    r"(?:邮箱|电子邮件|(?i:e-?mail))[:：]?[ \t]{0,2}[A-Za-z0-9._-]{1,40}@((?:[A-Za-z0-9-]{1,40}\.){1,3}(?:com|net|cc|top|vip|xyz|info|biz))"
    r"(?![A-Za-z0-9-]|\.[A-Za-z])")
# Public mail services a government office writes (gov.cn mail aside).
_MAIL_SERVICES = frozenset(("163.com", "126.com", "qq.com", "vip.qq.com", "foxmail.com", "sina.com", "vip.sina.com",
                            "sohu.com", "yeah.net", "vip.163.com", "vip.126.com", "188.com", "aliyun.com", "139.com",
                            "outlook.com", "hotmail.com", "live.com", "gmail.com", "yahoo.com", "tom.com", "21cn.com",
                            "263.net", "wo.com", "msn.com", "icloud.com", "88.com", "sogou.com", "china.com"))


def _spam_mailboxes(text):
    if "@" not in text or not (dr.is_report(text) or contains(text, "政府信息公开条例")):
        return
    for m in _MAILBOX.finditer(text):
        domain = m.group(1).lower()
        if domain not in _MAIL_SERVICES:
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"联系邮箱的域名“{m.group(1)}”既不是政府邮箱（.gov.cn），也不是常见的公共邮箱，多是网页被植入的垃圾网站"
                          "域名替换了原来的邮箱域名，请按原文件改回并检查网站安全。", None)


def check(ctx):
    text = ctx.text
    yield from _spam_mailboxes(text)
    if not (contains(text, "门户网站") or contains(text, "政府网") or contains(text, "机关网站")):
        return
    for m in _PORTAL_ADDRESS.finditer(text):
        domain = m.group(1).lower()
        if domain.rsplit(".", 1)[-1] not in _SPAM_TOPS or _OWN_SITE.search(text, max(0, m.start() - 4), m.start()):
            continue
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"政府网站的网址“{m.group(1)}”不是 .gov.cn 域名（《政府网站发展指引》要求政府网站使用 .gov.cn 域名），"
                      "多是网页被植入的垃圾网站地址，请改回政府网站的网址并检查网站安全。", None)
