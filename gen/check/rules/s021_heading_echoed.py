"""S021: a heading written again, word for word, as the first heading of the level below it.

"（一）宣汉县文化体育和旅游局职能简介", then on the next line "1.宣汉县文化体育和旅游局职能简介";
"1.项目设立背景", then "（1）项目设立背景". The outline gains a level that says nothing: a
template's sub-heading filled with its parent's title, or a heading pasted twice while the
drafter reworked the numbering. The reader sees the same title under itself. Read only where
the lower heading stands on the line right after the upper one (nothing between them), and
only for titles of four characters or more, so a short label repeated in a form (1.目标 (1)目标)
is not read as an outline; and only under a second level or deeper: "一、主要职能", then "（一）主要职能",
is the layout of a province's 决算 template (some fifty reports of the measured sets, none marked by a
reader), not a slip.

The text's title written twice on its first line, a blank between (提案办理总结表彰讲话 提案办理总结表彰讲话同志们：):
a page's title run into the document's own, the body's salutation glued on. Read only in the text's head, a title
of eight characters or more, the second copy closing the line or followed by a salutation or a mark.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..headings import LEVEL_NAMES, headings
from ..registry import Rule

RULE = Rule(
    code="S021",
    name="heading-echoed-below",
    severity="warning",
    summary="小标题与紧挨着的上一级标题文字完全相同",
    doc=(
        "检查什么：一个标题的下一行就是它的下一级标题，而两者的文字一字不差，如“（一）某局职能简介”下一行是“1.某局职能简介”，"
        "“1.项目设立背景”下一行是“（1）项目设立背景”。\n"
        "为什么：下一级标题只是把上一级重复一遍，层级没有意义，多半是照模板填写时把上级标题抄了下来，或改编号时粘贴了两次。"
        "应删去重复的一级，或给下一级写出它自己的标题。\n"
        "不报的情形：两个标题之间有正文；标题不足四个字（表格里的“1.目标”“（1）目标”）；一级标题之下的“一、主要职能”“（一）主要职能”"
        "（一些省份决算公开模板的格式）；同级标题重复（S003、S004 的事）。\n"
        "全文开头把标题连写两遍（“……讲话 ……讲话同志们：”）的，也在此报告。\n"
        "示例：“1.项目设立背景”之下紧接“（1）项目设立背景”。"
    ),
    flag=(
        "一、部门基本情况\n（一）宣汉县文化体育和旅游局职能简介\n1.宣汉县文化体育和旅游局职能简介\n负责全县文化工作。\n",
        "一、项目概况\n1.项目设立背景\n(1)项目设立背景\n为推进乡村振兴设立本项目。\n",
        # the title twice on the first line, the salutation run on
        "提案办理总结表彰及交办会议讲话 提案办理总结表彰及交办会议讲话同志们：今天会议的主要任务是表彰先进。\n",
    ),
    keep=(
        "一、项目概况\n1.项目设立背景\n为推进乡村振兴设立本项目。\n(1)项目设立背景的政策依据\n依据省委文件。\n",
        "一、项目概况\n1.项目设立背景\n本项目依据省委文件设立。\n(1)项目设立背景\n为推进乡村振兴设立本项目。\n",
        "一、绩效目标\n1.目标\n(1)目标\n完成。\n",
        "一、部门职能\n二、部门职能\n",
        "第一部分 部门概况\n一、主要职能\n（一）主要职能\n负责全市组织工作。\n（二）机构设置\n内设8个科室。\n",
        # the page's title, then the document's own with more words: two titles, not one typed twice
        "某县2022年度部门决算 某县2022年度部门决算公开说明\n一、部门职责\n",
    ),
)

TITLE_MIN = 4
_TRAILING = regex_cache.compile(r"[ \t\u3000。．.：:；;，,]{1,8}$")


def _plain(title: str) -> str:
    return _TRAILING.sub("", title.strip())


HEAD = 200  # characters of the text's head read for its title written twice
_TITLE_TWICE = regex_cache.compile(r"[ \t\u3000]{0,4}([^\s，,。；;：:]{8,60}?)[ \t\u3000]{1,3}(\1)(?=[ \t\u3000]{0,3}(?:$|\n|同志们|各位|[，,。：:]))")


def check(ctx):
    heads = [h for h in headings(ctx) if h.form != "bare"]
    text = ctx.text
    twice = _TITLE_TWICE.match(text[:HEAD])
    if twice:
        yield Finding(twice.start(2), twice.end(2), RULE.code, RULE.severity,
                      f"标题“{twice.group(1)}”在开头连写了两遍（网页标题与正文标题连在一起），应删去一遍，"
                      "正文（如称呼“同志们：”）另起一行。")
    for upper, lower in zip(heads, heads[1:]):
        if upper.level < 2 or lower.level <= upper.level or text[upper.end:lower.start].strip():
            continue
        title = _plain(upper.title)
        if len(title) >= TITLE_MIN and title == _plain(lower.title):
            yield Finding(lower.start, lower.end, RULE.code, RULE.severity,
                          f"{LEVEL_NAMES[lower.level]}“{lower.mark}{title}”与上一行的{LEVEL_NAMES[upper.level]}"
                          f"“{upper.mark}{title}”文字相同，下一级标题只是把上一级重复了一遍：应删去其一，或给下一级写出自己的标题。")
