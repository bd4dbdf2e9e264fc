"""T006: an acronym written in capitals by convention typed in lower case (以bot模式, ppp项目).

BOT, PPP, EPC, GDP and CPI are written in capitals in Chinese official text;
a lower-case "bot" beside Chinese is the term written in a non-standard form,
which annotators file as a term, not as an English word (L001 leaves these
to this rule). The acronyms are data (``capitals`` in glossary/formal_names.yaml);
a web or e-mail address and a file name (a dot, slash, colon or @ at the
word's edge) are left alone, and so are mixed-case forms such as App. So is the browser's title bar
kept at the head of a saved page ("某市预算公开_手机app下载"): words a site put there for search engines
are the site's, not the report's (page_chrome.is_page_title).
"""

from __future__ import annotations

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
        "示例：“以bot项目模式投资”应为“以BOT项目模式投资”。"
    ),
    flag=("采取政府和社会资本合作的ppp模式建设。", "项目采用epc总承包方式实施。", "全年gdp增长6.5%。"),
    keep=(
        "采取政府和社会资本合作的PPP模式建设，项目采用EPC总承包方式实施。",
        "详见 www.example.gov.cn/ppp/epc.html 或发邮件至 gdp@example.com 。",
        "手机App下载量增加，附件bot.docx已上传。",
        "某市财政信息公开_手机app下载专区\n您现在的位置：首页 > 财政信息\n某局2021年度部门决算",
        "某县预算公开平台_免费app推荐您现在的位置：首页 > 预决算公开\n某镇2020年度部门决算",
    ),
)


def check(ctx):
    for hit in lower_acronyms(ctx.text, formal()):
        if is_page_title(ctx.text, hit.start):
            continue
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      f"英文缩写“{hit.written}”应大写为“{hit.meant}”。", hit.meant)
