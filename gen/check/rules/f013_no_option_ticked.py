"""F013: a form's group of options with none ticked (项目属性：新增□ 延续□ 往年备选□).

A 自评表 or a project's 基本信息表 asks the unit to tick one box of a group: the project's kind, its
term, the evaluation's type. A published form whose every box of a group is an empty □ was left
unfilled (or its tick was lost when the page was made, which the reader cannot tell apart): either
way the reviewer cannot read the answer. Only a line with two or more boxes, each beside an option's
words, and no mark that stands for a tick (☑ √ ■ ✓, the R a lost Wingdings font leaves, a ? a lost
character leaves) is read; a line holding boxes without words (□□ for a blank figure) is S010's.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="F013",
    name="no-option-ticked",
    severity="warning",
    summary="表中一组勾选项一个也没有勾选",
    doc=(
        "检查什么：表格中一组“□”选项（项目属性：新增□ 延续□ 往年备选□；评价类型：过程评价□ 结果评价□）一个也没有勾选。\n"
        "为什么：勾选项是表格要求填写的内容，全空说明这一项没有填，或勾选标记在转换时丢了，读者无从知道答案。\n"
        "不报的情形：同一行里有勾选的记号（☑、√、■、✓，字体丢失后的 R，丢字后的 ?）；只有一个方框的；"
        "方框旁没有选项文字的（□□ 代替数字的，由 S010 报告）。\n"
        "选项以括号代替方框（“经常性项目( ) 一次性项目( )”）、两个以上连排且括号都空着的，同样报告。\n"
        "示例：“项目属性：新增□ 延续□ 往年备选□”应勾选其中一项（☑）。"
    ),
    flag=(
        "项目属性: | 新增□ 延续□ 往年备选□ | 重要程度: | 重要工作□ 一般工作□ |\n",
        "評價類型:項目實施過程評價□項目完成結果評價□\n",
        # boxes written as brackets to tick in, all left empty
        "项目类型经常性项目( ) 一次性项目( )计划投资额(万元)515\n",
    ),
    keep=(
        # one numbered list of options over several lines, the choice ticked on another line
        "1.基本建设类□ 其中:新建□ 改扩建□\n2.运转性支出类□\n3.事业发展性支出类□ 其中:专项资金□ 其他□√\n",
        "项目属性: | 新增□ 延续☑ 往年备选□ |\n填报类型:整体□  区域√  项目□\n",
        "项目类别 | 1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □\n",
        "于□□月□□日公开单位预算。\n",
        "项目类型经常性项目( √ ) 一次性项目( )计划投资额(万元)515\n",
        # one empty bracket (a level the template left out) is S010's, no group of options
        "依法对县 ()社会团体、民办非企业单位进行登记管理。\n",
    ),
)

_TICKS = frozenset("☑√■✓✔☒▇●RＲ?？")
# An option's words beside its box, on either side: 新增□, □专项运转类.
_OPTION = regex_cache.compile(r"[\u4e00-\u9fff]□|□[ \u3000]?[\u4e00-\u9fff]")
MIN_OPTIONS = 2


_NUMBERED = regex_cache.compile(r"[ \t\u3000]{0,4}\d{1,2}[.、．]")
SIBLING_REACH = 4  # lines of one numbered list of options (1.基本建设类□ 其中… / 2.… / 3.…□√)


def _ticked_sibling(lines: list[str], k: int) -> bool:
    """Line ``k`` is one numbered option of a list whose choice is ticked on another line (1.基本建设类□ 其中:新建□
    改扩建□ … 3.事业发展性支出类□ 其中:… 其他□√): its sub-options belong to an option not chosen."""
    if not _NUMBERED.match(lines[k]):
        return False
    near = lines[max(0, k - SIBLING_REACH):k] + lines[k + 1:k + 1 + SIBLING_REACH]
    return any(_NUMBERED.match(line) and "□" in line and _TICKS.intersection(line) for line in near)


# Options whose box is a pair of brackets to tick in (经常性项目( √ ) 一次性项目( )): two or more in a row, all empty.
_EMPTY_BRACKETS = regex_cache.compile(r"(?:[\u4e00-\u9fff]{2,8}[（(][ \u3000]{0,2}[)）][ \u3000]{0,2}){2,4}")


def _brackets_unticked(text: str):
    for m in _EMPTY_BRACKETS.finditer(text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      "这一组选项的括号都是空的，一个也没有勾选，应在所选一项的括号内打“√”。", None)


def check(ctx):
    text = ctx.text
    if any(contains(text, pair) for pair in ("()", "( )", "（）", "（ ）")):  # read from the text's pairs
        yield from _brackets_unticked(text)
    if text.count("□") < MIN_OPTIONS:
        return
    start = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.count("□") >= MIN_OPTIONS and not _TICKS.intersection(line) and "□□" not in line \
                and len(_OPTION.findall(line)) >= MIN_OPTIONS and not _ticked_sibling(lines, k):
            at = start + line.index("□")
            yield Finding(at, start + line.rindex("□") + 1, RULE.code, RULE.severity,
                          "这一组勾选项（□）一个也没有勾选，应勾选其中一项（☑）。", None)
        start += len(line) + 1
