"""S038: a bracketed heading mark that a copy damaged: blanks inside it (( 一 ) beside (二)) or its numeral lost (()概况).

Two slips of the （一） level that the numbering rules cannot read, since neither line opens with a mark to them:

- Blanks inside the brackets ("( 一 )全面贯彻落实……" over "(二)聚焦重点……"): the report writes its other marks of the
  level without them, so these were typed or converted apart from the rest and the outline no longer reads the
  line as the level's item. Only a line whose own title is not spaced out (a page spaced character by character
  throughout is W034's converter noise) and a report with an unspaced mark of the level elsewhere are read, and only
  where the spaced marks are no more than the unspaced ones: a copy that spaces most of its marks (a converted PDF's
  contents, ( 一)收入预算 ( 二)支出预算 … under a few (七)) writes them so by habit, and a warning on each of them is
  noise, not an item typed apart from the rest.
- Empty brackets at a line's start before a short heading ("()2020年部门预算总收入", "（）部门主要职能"): a line
  opens with a bracket pair holding nothing only when the numeral inside was lost (a tick box for an option is
  written with a blank inside, （ ）, and is not read). Read where two such lines stand in the report, or the
  report numbers its other items of the level (a lone pair is no pattern).
- The opening bracket lost with the numeral (")主动公开" over "(二)依申请公开"): only the closing bracket is left at
  the line's start. Read as the empty pair is, where the item is the first of its level (the next mark is (二): a
  later item's lost mark between two numbered siblings is S011's), and only where the line before leaves no bracket
  open (a bracket group wrapped over two lines closes at the next line's start).
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles, search as near_search
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S038",
    name="bracket-mark-damaged",
    severity="warning",
    summary="括号标题序号中夹了空格，或括号内的序号丢失",
    doc=(
        "检查什么：行首的括号序号中间夹了空格（“( 一 )全面贯彻落实……”，而其他同级标题写作“(二)”），"
        "或行首括号里没有序号、后面直接是标题（“()2020年部门预算总收入”“（）部门主要职能”）的。\n"
        "为什么：序号夹了空格或丢了数字，目录和层级都读不出这一项，读者也看不出它是第几项；多是转换或排版时造成的。\n"
        "不报的情形：全文同级序号都带空格或多数带空格的、标题文字也逐字隔开的整行（转换噪声，由 W034 报告）；"
        "括号中有空格的选项框“（ ）”；全文只有一处空括号、又没有其他同级序号的。\n"
        "示例：“( 一 )全面贯彻落实政务公开要求”应为“(一)全面贯彻落实政务公开要求”。"
    ),
    flag=(
        "( 一 )加强组织领导\n我局成立领导小组。\n(二)完善工作制度\n建立审核制度。\n",
        "（ 一）加强组织领导\n我局成立领导小组。\n（二）完善工作制度\n",
        "一、部门基本情况\n  ()部门主要职能\n  ()部门人员构成\n二、部门预算情况\n  ()2024年部门预算总收入\n",
        "（一）部门主要职能\n负责全县农业工作。\n（）部门人员构成\n编制12人。\n",
        "一、总体情况\n本年度公开信息120条。\n)主动公开\n发布文件12件。\n(二)依申请公开\n",
    ),
    keep=(
        "(一)加强组织领导\n我局成立领导小组。\n(二)完善工作制度\n",
        # every mark of the level spaced alike: the report's own style
        "( 一 )加强组织领导\n我局成立领导小组。\n( 二 )完善工作制度\n",
        # most marks spaced, a few not: a converted copy's habit
        "( 一)收入预算\n( 二)支出预算\n( 三)机关运行经费\n(四)政府采购预算\n",
        # a line spaced character by character: converter noise
        "( 一 ) 加 强 组 织 领 导\n(二)完善工作制度\n",
        # tick boxes, and a lone pair with no numbered sibling
        "（ ）同意\n（ ）不同意\n",
        "()部门主要职能\n负责全县农业工作。\n",
        # a bracket group wrapped over two lines closes at the next line's start
        "（一）主动公开\n依据《条例》（国务院令第711号，以下简称\n）主动公开信息\n(二)依申请公开\n",
    ),
)

_NUMERAL = "一二三四五六七八九十"
_SPACED = regex_cache.compile(
    rf"^[ \t\u3000]{{0,4}}[（(](?:[ \u3000]{{1,2}}[{_NUMERAL}]{{1,3}}[ \u3000]{{0,2}}|[{_NUMERAL}]{{1,3}}[ \u3000]{{1,2}})[)）]"
    r"(?=[ \u3000]{0,1}[\u4e00-\u9fff“《\d]{2})", re.M)
_PLAIN = regex_cache.compile(rf"^[ \t\u3000]{{0,4}}[（(][{_NUMERAL}]{{1,3}}[)）]", re.M)
# Empty brackets before a short heading that ends its line (no sentence after it).
_EMPTY = regex_cache.compile(r"^[ \t\u3000]{0,4}(?:\(\)|（）|\(）|（\))(?=[\u4e00-\u9fff\d“《][^\n。；;]{1,30}\n)", re.M)
# Only the closing bracket left before a short heading that ends its line.
_OPEN_LOST = regex_cache.compile(r"^[ \t\u3000]{0,4}[)）](?=[\u4e00-\u9fff“《][^\n。；;()（）]{1,30}\n)", re.M)


def _next_is_second(text: str, pos: int) -> bool:
    """Whether the next bracketed mark of the level after ``pos`` is (二): the line lost (一), the first item, which
    S011 cannot read from siblings before it (a later item that lost its mark between two numbered ones is S011's)."""
    nxt = _PLAIN.search(text, pos)
    return nxt is not None and nxt.group().strip(" \t\u3000（()）") == "二"


def _closes_line_before(text: str, start: int) -> bool:
    """Whether the line before ``start`` (blank lines skipped) leaves a bracket open that this line's closes."""
    before = text[max(0, start - 400):start].rstrip()
    line = before[before.rfind("\n") + 1:]
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "(" not in text and "（" not in text:
        return
    plain = near_search(_PLAIN, text) is not None
    spaced = list(near_needles(_SPACED, text)) if plain else []
    if spaced and len(spaced) <= sum(1 for _ in near_needles(_PLAIN, text)):  # the outliers, not the copy's habit
        for m in spaced:
            numeral = re.sub(r"[ \u3000（()）]", "", m.group())
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"标题序号“{m.group().strip()}”的括号内夹了空格，与文中其他同级序号写法不一，应为“（{numeral}）”。",
                          f"（{numeral}）")
    empties = list(near_needles(_EMPTY, text))
    if plain:
        for m in near_needles(_OPEN_LOST, text):
            if _next_is_second(text, m.end()) and not _closes_line_before(text, m.start()):
                end = text.find("\n", m.end())
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              f"标题“{text[m.start():end].strip()}”只剩右括号，左括号和序号丢失，请补上（一）（二）等序号。",
                              None)
    if len(empties) >= 2 or (empties and plain):
        for m in empties:
            end = text.find("\n", m.end())
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"标题“{text[m.start():end].strip()}”的括号内没有序号，疑在转换或编辑时丢失，请补上（一）（二）等序号。",
                          None)
