"""L007: HTML tags left in the text (<rp id="zsypk"></rp>, <span style="…">, <br/>).

A page copied from a web site, or planted by a site that hides its copies from search engines,
keeps tags the browser would have hidden: a report never writes them. Only well-formed HTML counts:
a tag of a known HTML element (span, div, p, br, rp, font …) opening with < and closing with >, or a closing
tag that lost its < (重点工作、/span>) after Chinese text, a mark or a blank; a comparison written with
< or > (≥ 90%, 得分<60) has no element name after it. Entities (&nbsp;) are
L004's. A Word field's code (PAGE15PAGE11) and a Markdown image (![](…)) a converter left are markup of
the same kind, as is a line break written out as its escape (说明/r/n1、…, 情况\\n二、): a converter or a page's
script printed the code of the break instead of breaking the line; read only between Chinese characters or figures,
never in a path or an address (C:\\new, /r/news). An HTML comment is the same debris: Word's export wraps each
list number in conditional comments (<!--[if !supportLists]-->(一)<!--[endif]-->), and a CMS's property comment
leaves its closing tail (/enpproperty-->) when the copy cut its opening; an arrow written with dashes (申请-->审核)
has no slash and name before it. A content system's own template tag printed instead of its value (帝国CMS's
[!--temp.ykpl--], [!--news.url--]; 织梦's {dede:field name='title'/}) is the same: the page's template, not the
report, wrote it. A run of backticks (``, ```) is Markdown's code mark a converter left behind (a
line of its own between the title and the text, or glued to a word): no Chinese text types the character, whose key
an input method turns into ·, so every run of one to six is read. One finding a tag, so each spot can be found; the first is a
warning, the rest info, as L006 does with a copied page's pinyin.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import first_of_many
from ..registry import Rule

RULE = Rule(
    code="L007",
    name="html-markup",
    severity="warning",
    summary="文中残留网页标记（HTML 标签）",
    doc=(
        "检查什么：正文中夹着网页的标签，如“<rp id=\"zsypk\"></rp>”“<span style=\"…\">”“<br/>”，丢了“<”的结束标签（“重点工作、/span>”）（字符实体“&nbsp;”由 L004 报告），"
        "Word 域代码（“PAGE15PAGE11”，画勾选框的“eq \\o\\ac(□,√)”）、转换留下的 Markdown 图片标记（“![]()”），或写成字面的换行符（“说明/r/n1、”“\\n二、”），HTML 注释（Word 导出的“<!--[if !supportLists]-->”、内容管理系统留下的“/enpproperty-->”），网站模板标记（“[!--temp.ykpl--]”“{dede:field name='title'/}”），转换留下的 Markdown 反引号（单独一行的“``”）。\n"
        "为什么：这是从网页复制或转载网站插入的标记，不是报告原文，应删去，或从原文件重新复制。"
        "全文第一处报警告并给出总数，其余各处为提示。\n"
        "不报的情形：用“<”“>”写的比较（“得分<60分”“≥90%”），尖括号里不是网页元素名的。\n"
        "示例：“<rp id=\"zsypk\"></rp>一、项目概况”应为“一、项目概况”。"
    ),
    flag=(
        "<rp id=\"zsypk\"></rp>一、项目概况\n本项目资金100万元。",
        "<bdo id=\"igbfn\"></bdo>\n<address id=\"igbfn\"><var id=\"igbfn\"></var></address>\n一、项目概况\n",
        # a mirror's form and media elements, on a line of their own at the page's top
        "<output id=\"k2m9a\"></output>\n某县林业局2023年度部门决算\n",
        "<input id=\"q7ert\"></input>二、收入支出决算总体情况说明",
        "本年支出120万元。<br/>其中基本支出100万元，项目支出20万元。",
        "目录\n一、部门主要职责PAGE15PAGE11\n二、部门决算表\n",
        "三、绩效目标\n![]()\n本年目标全部完成。\n",
        "评价方式：eq\\o\\ac(□,√)实施过程评价 □完成结果评价\n",
        # a line break written out as its escape
        "2022年度项目绩效说明/r/n一、项目概况/r/n共涉及项目/r/n12/r/n个。",
        "一、总体情况\\r\\n二、主动公开情况\\n三、依申请公开情况",
        # a title's closing bracket whose opening one the mirror cut off
        "按照有关文件要求 某市政府信息公开工作年度报告格式>,本年我局加强公开。",
        "依据《关于印发<年度报告格式>的通知》等文件要求 年度报告格式>,本年我局加强公开。",
        # a closing tag whose < was lost with the character before it, after a figure's garbled 月 and a garbled stop
        "1朇/span>10日上午召开座谈会，介绍了全年工作、/span> 今年将继续推进。",
        "全年完成培训12期、/div>\n二、下一步工作\n",
        # Word's conditional comments around a list number, a CMS comment's tail left alone
        "<!--[if !supportLists]-->（一）<!--[endif]-->以门户网站为主要平台公开信息。",
        "某卫健委召开工作会议 /cmsproperty-->\n一、会议情况\n",
        "<![if !supportLists]>1.<![endif]>加强预算管理。",
        # a content system's template tag printed in place of its value
        "下一步，我站将继续做好技术推广工作。\n[!--temp.ykpl--]\n",
        "{dede:field name='title'/}\n一、基本情况\n",
        # Markdown's code marks a converter left: a line of their own under the title, a pair glued around a word
        "某县文化馆2022年工作总结\n\n``\n今年以来，我馆围绕中心工作开展活动。",
        "全年举办`公益讲座`12场，```\n二、下一步打算\n",
        # the tail left alone after a paragraph's full stop
        "如有疑问请与本局办公室联系。 政府信息公开工作年度报告格式>\n一、总体情况\n",
    ),
    keep=(
        "得分<60分的为差，60<得分<80为中，得分>90的为优。",
        "依据《关于印发<预算管理办法>的通知》执行，满意度≥90%。",
        "投入<产出，output值达标，审核input<10条，<选择>按钮已上线。",
        "当前位置：首页>政务公开>，依据《关于印发<年度报告格式>的通知》，得分>90。",
        "当前位置：首页>政务公开>\n本局已完成公开。首页>信息公开>\n",
        "上线PAGE管理系统，PAGE 2.0版访问量达到12万次；见 [附件1](图表) ！[注]。",
        "文件存于D:\\new\\报告，网址www.example.gov.cn/r/news/12.html，比例1/n计算。",
        # a path's element-named folder, a unit over time compared, a fraction before a comparison
        "附件存于www.example.gov.cn/span>目录，流量2m/s>1.5m/s，完成率1/p>0.5，路径a/b/div>c。",
        # an arrow drawn with dashes in a flow, a path before one
        "办理流程：申请-->受理-->审核-->办结，A-->B，见docs/flow-->图示。",
        # a bracketed note and a figure's bracket are no template tag
        "详见[附件1]，参考文献[12]，选项[!]为必选，标注[--]的为空。",
        # the middle dot and the Chinese quotes are no backticks
        "全年举办“公益讲座”12场，深入学习《党章》·《准则》，开展‘送文化下乡’活动。",
    ),
)

# Spam mirrors plant empty tags of rarer elements too (<bdo id="igbfn"></bdo>, <address>, <var>, <dfn>), and of
# form and media elements (<output id="33fom"></output>, <input>, <object>): every element of HTML counts, since the
# mirror draws its names from the whole list.
_ELEMENTS = ("a|abbr|acronym|address|area|article|aside|audio|b|bdi|bdo|big|blockquote|br|button|canvas|caption|center|"
             "cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|dir|div|dl|dt|em|embed|fieldset|"
             "figcaption|figure|font|footer|form|frame|frameset|h[1-6]|header|hgroup|hr|i|iframe|img|input|ins|kbd|"
             "label|legend|li|main|map|mark|menu|meter|nav|nobr|noscript|object|ol|optgroup|option|output|p|param|"
             "picture|pre|progress|q|rp|rt|ruby|s|samp|script|section|select|small|source|span|strike|strong|style|"
             "sub|summary|sup|table|tbody|td|textarea|tfoot|th|thead|time|tr|track|tt|u|ul|var|video|wbr")
_MARKUP = regex_cache.compile(
    r"</?(?:" + _ELEMENTS + r")(?:[ \t][^<>\n]{0,200})?/?>",
    re.IGNORECASE)

# A closing tag whose < the copy lost, with the character before it (1朇/span>10日 for 1月</span>10日, 会议、/span> for
# 会议。</span>): a slash and an element's name closed by > after Chinese text, a mark or a blank. A path or an
# address puts a letter, a figure, a colon or a dot before its slash, a comparison no element's name after it.
_CLOSE_WITHOUT_OPEN = regex_cache.compile(r"(?<![<A-Za-z0-9/:._\\-])/(?:" + _ELEMENTS + r")>", re.IGNORECASE)

# A Word field's code printed instead of its value (PAGE15PAGE11: page numbers of a contents), and a Markdown
# image or link left by a converter (![](…)): markup of another kind, as foreign to the report.
_FIELD = regex_cache.compile(r"(?<![A-Za-z])(?:NUMPAGES|PAGE)\s?\d{1,4}(?![\d.a-z])|\\?\*[ ]?MERGEFORMAT")
_MD_IMAGE = regex_cache.compile(r"!\[[^\]\n]{0,40}\]\([^)\n]{0,200}\)")
# A ticked box drawn by a Word EQ field, printed as its code: eq \o\ac(□,√).
_EQ_FIELD = regex_cache.compile(r"eq ?\\o ?\\ac\([^()\n]{0,8}\)")
# A line break's escape written out (/r/n, \r\n, \n) between Chinese characters, figures or marks: not in a path
# or an address, where a letter, a colon or another slash stands next to it.
# An HTML comment (<!--[if !supportLists]-->, <!--[endif]-->), Word's downlevel conditional (<![if …]>, <![endif]>),
# and a comment's closing tail after a slash and a name (/enpproperty-->) whose opening the copy cut: a flow's arrow
# (申请-->审核) has no slash and name before it, a path (docs/flow-->) a letter before the slash.
_COMMENT = regex_cache.compile(r"<!--[^\n]{0,200}?-->|<!\[(?:if [^\]\n]{1,40}|endif)\]>"
                               r"|(?<![A-Za-z0-9/:._-])/[A-Za-z][A-Za-z0-9_]{2,40}-->")
# Markdown's code mark: a run of backticks (bounded; a longer run is no mark a converter writes either, but is read
# in pieces of six).
# A content system's template tag: 帝国CMS's [!--name--] (a letter first, dotted names), 织梦's {dede:…}.
_CMS_TAG = regex_cache.compile(r"\[!--[A-Za-z][A-Za-z0-9_.]{0,40}--\]|\{dede:[^{}\n]{0,120}\}")
_BACKTICKS = regex_cache.compile(r"`{1,6}")
_ESCAPE = regex_cache.compile(r"(?<![A-Za-z:/\\._-])(?:/r/n|\\r\\n|\\n|\\r)(?![A-Za-z/\\])")


# A title's closing angle bracket left without its opening one (…工作年度报告格式>, 2022年…): a mirror page kept the
# tail of a <…> it cut, and the bracket closes nothing. A comparison puts a figure after >, a breadcrumb another
# level (首页>政务公开), a title quoted inside 《…<…>的通知》 its 的通知 — here a sentence mark follows it.
# The same tail left alone after a paragraph's full stop, at its line's end (…联系(电话:…)。 中华人民共和国政府信息公开
# 工作年度报告格式>): no breadcrumb follows a full stop.
_STRAY_CLOSE = regex_cache.compile(r"[\u4e00-\u9fff]{2,40}>(?=[,，。;；、])"
                                   r"|(?<=[。；;])[ \t\u3000]{0,3}[\u4e00-\u9fff]{2,40}>(?=[ \t\u3000]{0,3}(?:\n|$))")
STRAY_REACH = 120  # characters before the bracket, on its line, where its opening < would stand


def _stray_closes(text: str):
    for m in _STRAY_CLOSE.finditer(text):
        line_start = text.rfind("\n", max(0, m.start() - STRAY_REACH), m.start()) + 1
        depth, loose = 0, False  # brackets open before it; a > before it that closed nothing (a breadcrumb's)
        for ch in text[max(line_start, m.start() - STRAY_REACH):m.start()]:
            if ch == "<":
                depth += 1
            elif ch == ">":
                depth, loose = (depth - 1, loose) if depth else (0, True)
        if not depth and not loose:
            yield m


def _marks(text: str) -> list:
    found = []
    if contains(text, "<"):
        found += _MARKUP.finditer(text)
    if contains(text, "/") and contains(text, ">"):
        found += _CLOSE_WITHOUT_OPEN.finditer(text)
    if contains(text, "PAGE") or contains(text, "MERGEFORMAT"):
        found += _FIELD.finditer(text)
    if contains(text, ">"):
        found += _stray_closes(text)
    if contains(text, "!["):
        found += _MD_IMAGE.finditer(text)
    if contains(text, "/r/n") or contains(text, "\\n") or contains(text, "\\r"):
        found += _ESCAPE.finditer(text)
    if contains(text, "-->") or contains(text, "<!["):
        found += _COMMENT.finditer(text)
    if contains(text, "[!--") or contains(text, "{dede:"):
        found += _CMS_TAG.finditer(text)
    if contains(text, "`"):
        found += _BACKTICKS.finditer(text)
    if contains(text, "\\ac("):
        found += _EQ_FIELD.finditer(text)
    return sorted(found, key=lambda m: m.start())


def check(ctx):
    text = ctx.text
    yield from first_of_many(
        _marks(text), RULE.code, RULE.severity,
        lambda m, n: f"“{m.group()[:40]}”是网页或文档转换留下的标记，不是报告原文（全文共{n}处，此为第一处），应删去，或从原文件重新复制。",
        lambda m: f"“{m.group()[:40]}”是网页或文档转换留下的标记，应删去。", "")
