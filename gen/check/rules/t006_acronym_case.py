"""T006: an acronym written in capitals by convention typed in lower case (以bot模式, ppp项目).

BOT, PPP, EPC, GDP and CPI are written in capitals in Chinese official text;
a lower-case "bot" beside Chinese is the term written in a non-standard form,
which annotators file as a term, not as an English word (L001 leaves these
to this rule). The acronyms are data (``capitals`` in glossary/formal_names.yaml);
a web or e-mail address and a file name (a dot, slash, colon or @ at the
word's edge) are left alone, and so are mixed-case forms such as App. So is the browser's title bar
kept at the head of a saved page ("某市预算公开_手机app下载"): words a site put there for search engines
are the site's, not the report's (page_chrome.is_page_title).

An earthquake's magnitude symbol is a capital too (GB 17740—2017《地震震级的规定》: M1.5, M5.0): a lower-case
m before the figure and 级 of a quake (全市m1.5级以上地震) is the same slip of case. Read only before 级 and a
地震 or 震 close after it, so a metre (5m), a mass (m1) or a file name is not read.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..formal_names import formal, lower_acronyms
from ..page_chrome import is_page_title
from ..registry import Rule

RULE = Rule(
    code="T006",
    name="acronym-case",
    severity="warning",
    summary="英文缩写应大写（bot → BOT）",
    doc=(
        "检查什么：按惯例全用大写字母书写的英文缩写（BOT、PPP、EPC、GDP、CPI、IT 等，"
        "见 glossary/formal_names.yaml 的 capitals）在中文句中写成了全小写。\n"
        "为什么：缩写是规范术语，小写写法不规范，也容易被误读为英文单词。\n"
        "不报的情形：网址、邮箱、文件名中的字母；大小写混写的通行写法（App）；没有紧挨中文的英文段落；"
        "网页开头以下划线连接的页面标题栏（站点所加，非报告文字）。\n"
        "地震震级的符号同样大写（“m1.5级以上地震”应为“M1.5级”）。\n"
        "示例：“以bot项目模式投资”应为“以BOT项目模式投资”。"
    ),
    flag=("采取政府和社会资本合作的ppp模式建设。", "项目采用epc总承包方式实施。", "全年gdp增长6.5%。",
          # a quake's magnitude symbol in lower case
          "全县m2.0级以上地震速报时间缩短至5分钟以内。",
          # an industry's material (indium tin oxide) named by its capitals
          "长信科技成为中国ito导电玻璃行业领军者。",
          # a standard's letters run into its number (iso9000 for ISO 9000)
          "企业工会借鉴iso9000标准建立厂务公开质量管理体系。"),
    keep=(
        "采取政府和社会资本合作的PPP模式建设，项目采用EPC总承包方式实施。",
        "详见 www.example.gov.cn/ppp/epc.html 或发邮件至 gdp@example.com 。",
        "手机App下载量增加，附件bot.docx已上传。",
        "企业通过ISO9001质量管理体系认证，文件iso9001.pdf、编号ab12345已归档。",
        "全县M2.0级以上地震速报时间缩短至5分钟以内，堤防加高2m，m3级配碎石铺设完成。",
        "某市财政信息公开_手机app下载专区\n您现在的位置：首页 > 财政信息\n某局2021年度部门决算",
        "某县预算公开平台_免费app推荐您现在的位置：首页 > 预决算公开\n某镇2020年度部门决算",
    ),
)


# A lower-case m before a magnitude and 级, a quake named within a few characters after it (m1.5级以上地震).
# Led by the letter itself (a pattern opening with a look-behind is tried at every character).
_MAGNITUDE = regex_cache.compile(r"m(?<![A-Za-z0-9./@_]m)(?=\d(?:\.\d)?级[^。；，,\n]{0,4}震)")


def check(ctx):
    if "m" in ctx.text and "震" in ctx.text:
        for m in _MAGNITUDE.finditer(ctx.text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          "地震震级符号应大写为“M”（如“M1.5级”）。", "M")
    for hit in lower_acronyms(ctx.text, formal()):
        if is_page_title(ctx.text, hit.start):
            continue
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      f"英文缩写“{hit.written}”应大写为“{hit.meant}”。", hit.meant)
