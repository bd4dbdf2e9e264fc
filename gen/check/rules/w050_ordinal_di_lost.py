"""W050: the 第 of a statutory number lost (国务院令711号, 《条例》二十条).

Orders of the State Council and of ministries are numbered 国务院令第711号, 财政部令第104号; articles
of a law are cited as 第二十条. A report that writes 国务院令711号 or 《条例》二十条 has lost the 第
(a typing slip, or a character dropped in copying) -- a shape that recurs wherever a report cites its
basis, whatever the bureau. The rule reads two bounded shapes only:

- an order (令) followed straight by its figure and 号, with no 第 between;
- a law's closing 》 (its title ends in 法, 条例, 办法, 规定, 细则, 规则 or 规程, or is the short form
  《条例》《办法》) followed straight by a Chinese numeral and 条, where the article is then cited
  (规定, 之规定, 的规定, 要求, 明确, 第N款, 及《…》, or a stop) -- not a count (《条例》十条措施 is left alone).

The article's 条 lost the same way (《审计法》第二十七的规定): 》, 第 and a Chinese numeral, then straight
的规定 or 规定 -- an ordinal with no measure word before the clause that cites it; 第二十七条 is meant
(第二章的规定, 第三款的规定 name their measure and are left alone).

Other serial numbers lose their 第 the same way: a session's motion (区政协十届四次会议117号提案, 第117号提案
meant: 会议 or 大会 straight before the figure, 提案, 建议 or 议案 after its 号) and a bulletin's issue numbered in
its year (（2016年4号总第53号）: a year, a figure and 号 with no 月 between, so no date, closed by a mark or 总第;
2016年3号线开通 is a line's name and left alone).

A congress's term loses its 第 the same way where the full name numbers its session or motion with one
(镇二十届人民代表大会第八次会议, 县十七届人民代表大会第78号建议: 镇第二十届人民代表大会 meant, the name written
half in full form); the short forms 十八届人大二次会议 and 十八届人大常委会第五次会议 are usage and left alone.

It reads the shared Simplified view (gen.check.unspaced): a mirror's Traditional copy (國務院令711號,
《條例》二十條) holds the same slip.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from .. import unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W050",
    name="ordinal-di-lost",
    severity="warning",
    summary="法规令号、条文序号、提案和公告编号漏了“第”或“条”（“国务院令711号”“《条例》二十条”“第二十七的规定”“会议117号提案”）",
    doc=(
        "检查什么：国务院令、部门令的令号紧接数字而没有“第”（“国务院令711号”应为“国务院令第711号”）；"
        "法律法规名称（书名号以法、条例、办法、规定、细则、规则、规程结尾）之后直接写“二十条”而没有“第”，"
        "随后是“规定”“要求”“第×款”或标点（“《条例》二十条规定”应为“《条例》第二十条规定”）。\n"
        "为什么：令号和条文序号是序数，规范写法带“第”；漏了“第”是录入或复制时丢字。\n"
        "不报的情形：令号已有“第”的；书名号后是件数（“《办法》十条措施”）的；书名号不是法规名称的。\n"
        "条文序号漏了“条”（“《审计法》第二十七的规定”应为“第二十七条的规定”）也报告。\n"
        "提案、建议、议案的序号紧接会议名称而没有“第”（“区政协十届四次会议117号提案”应为“第117号提案”），"
        "公告的期号写成“年份+数字+号”而没有“第”（“2016年4号总第53号”应为“2016年第4号”）也报告。\n"
        "示例：“《中华人民共和国政府信息公开条例》（国务院令711号）”应为“（国务院令第711号）”。"
    ),
    flag=(
        "根据《某某条例》（国务院令711号）要求，编制本报告。",
        "依据财政部令104号的规定执行。",
        "依据《某某条例》（国令711号）及省有关规定，编制本报告。",  # the State Council's short form
        "按照《条例》二十条规定，主动公开本机关信息。",
        "根据《某某条例》二十条及《工作制度》的规定，主动公开信息。",
        "依据《某某管理办法》三十二条第一款，予以答复。",
        "根据《某某法》第三十一的规定，对该项目进行审计。",
        "关于区政协十届四次会议117号提案的答复函",
        "某市审计局审计结果公告（2016年4号总第53号）",
        "工作报告已经镇二十届人民代表大会第八次会议审议通过。",  # a congress's term without 第, its session with one
        # a mirror's Traditional copy
        "根據《條例》二十條規定，本單位主動公開財政預算、決算報告、經費項目、機構設置、國有資產等信息，"
        "會計核算與財務管理制度健全，單位總體運行規範，項目進展順利，數據準確。",
    ),
    keep=(
        "根据《某某条例》（国务院令第711号）要求，编制本报告。",
        "按照《条例》第二十条规定，主动公开本机关信息。",
        "出台《促进消费的若干规定》十条措施，成效明显。",
        "印发《工作方案》二十条，细化任务。",
        "收到申请令1号文件转办。",
        "依据《某某条例》（国令第711号）编制本报告。",
        "关于区政协十届四次会议第117号提案的答复函，审计结果公告（2016年第4号总第53号）。",
        "会议12号楼召开，2020年3号线开通运营，2016年4月4号开工，办理会议交办建议15件。",
        "依据《某某法》第二十条的规定、《某某条例》第二章的规定和第三款的规定开展工作。",
        # a congress's term with its 第; the short forms of usage
        "镇第二十届人民代表大会第八次会议，县十八届人大二次会议，县十八届人民代表大会二次会议，县十八届人大常委会第五次会议。",
    ),
)

_NUM = "一二三四五六七八九十百零〇"
# 国务院令711号, 财政部令 104 号, and the State Council's short form 国令711号 (国令第711号): an order's figure with
# no 第 before it.
_ORDER = regex_cache.compile(
    r"(?:国务院|(?<![\u4e00-\u9fff])国|主席|[\u4e00-\u9fff]{1,8}(?:部|委|局|署|总局|委员会|办公厅))令[ \u3000]{0,2}(\d{1,4})[ \u3000]{0,2}号")
# 《……条例》二十条规定: a law's title, then an article number with no 第, then the article cited.
_ARTICLE = regex_cache.compile(
    r"《[^《》\n]{0,40}(?:法|条例|办法|规定|细则|规则|规程)》[ \u3000]{0,2}"
    rf"([{_NUM}]{{1,5}})条(?=之?规定|的规定|要求|明确|第[{_NUM}]{{1,3}}款|[及和与](?=[《第])|[，,、。；;（(）)])")

# 《审计法》第二十七的规定: an article's ordinal with its 条 lost before the clause citing it.
_NO_TIAO = regex_cache.compile(rf"》[ \u3000]{{0,2}}第([{_NUM}]{{1,5}})(?=的?规定)")
# 政协某届某次会议117号提案: a session's motion (提案, 建议, 议案) numbered in its order, the 第 lost between the
# session and the figure (会议第117号提案). 2016年4号总第53号: a bulletin's issue numbered in its year, with no 月
# between the year and the figure (so no date), closed by a mark or its running number 总第N号 (2016年第4号).
_SERIAL = regex_cache.compile(
    r"(?:(?<=会议)|(?<=大会))[ \u3000]{0,2}(\d{1,5})[ \u3000]{0,2}号(?=[ \u3000]{0,2}(?:提案|建议|议案))"
    r"|(?<![\d月])(?:19|20)\d{2}[ \u3000]{0,2}年[ \u3000]{0,2}(\d{1,3})[ \u3000]{0,2}号"
    r"(?=[ \u3000]{0,2}(?:[）)，,。；;：:]|总第|$))")

# 镇二十届人民代表大会第八次会议: a congress's term with no 第 before it, where the full name numbers what follows with one.
_TERM = regex_cache.compile(
    rf"(?<![第{_NUM}])([{_NUM}]{{1,3}})届(?=[ \u3000]{{0,2}}人民代表大会[ \u3000]{{0,2}}第[{_NUM}\d]{{1,4}}[次号])")


def check(ctx):
    view = unspaced.of(ctx)
    text = view.text
    for m in near_needles(_ORDER, text):  # near its 令: the pattern opens on any Chinese character
        s, e = view.span(*m.span())
        fixed = text[m.start():m.start(1)].rstrip(" \u3000") + "第" + m.group(1) + "号"
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"令号是序数，“{m.group()}”漏了“第”，应为“{fixed}”。", fixed)
    for m in _ARTICLE.finditer(text):
        s, e = view.span(m.start(1), m.end())
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"条文序号“{m.group(1)}条”漏了“第”，应为“第{m.group(1)}条”。", f"第{m.group(1)}条")
    for m in near_needles(_SERIAL, text):  # near its 号: both forms open on a look-behind
        figure = m.group(1) or m.group(2)
        s, e = view.span(m.start(), m.end())
        fixed = text[m.start():m.end()].replace(figure, "第" + figure, 1) if m.group(1) else \
            text[m.start():m.start(2)].rstrip(" \u3000") + "第" + figure + "号"
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"提案、建议和公告的编号是序数，“{m.group()}”漏了“第”，应为“{fixed}”。", fixed)
    for m in _NO_TIAO.finditer(text):
        s, e = view.span(m.start() + 1, m.end())
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"条文序号“第{m.group(1)}”漏了“条”，应为“第{m.group(1)}条”。", f"第{m.group(1)}条")
    for m in near_needles(_TERM, text):
        s, e = view.span(m.start(), m.end())
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"人民代表大会的届次是序数，“{m.group()}人民代表大会”漏了“第”，应为“第{m.group()}”。", "第" + m.group())
