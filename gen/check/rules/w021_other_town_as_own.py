"""W021: the report names another township as its own body ("包家镇人民政府（本级）" in 裴兴镇's report).

Townships and street offices write their 决算 notes from a neighbour's file,
and the neighbour's name survives where the body speaks of itself: the
"（本级）" entry of its list of units. The sign that it is a slip and not a
second body: the place before "（本级）" is named nowhere else in the text,
while another place of the same kind is named, as a government or office, at
least twice. The rule reports the stray name with the place the text
otherwise speaks of.

The same paste shows in the kind of township: a 乡's report whose own bodies are named as a 镇's
(另按相关规定成立镇人大办、镇纪委), a 镇's that manages 街道国有资产 or speaks of 本乡, a street office's
that manages 本乡内的经济. The report's own body is read from its title (the first lines: 某乡人民政府,
某镇人民政府, 某街道办事处); a word of another kind is reported where it names the text's own body or
jurisdiction: 全乡 / 本乡 / 全镇 / 本镇 / 全街道 / 本街道, or the bare 镇人大 / 镇纪委 / 乡政府 … standing
alone (after a mark, a list's 和, or 成立 / 设立) rather than after a place's name (某镇政府 is another
town). 乡镇 (各乡镇, 本乡镇) is both kinds and left alone.

A bureau's text pasted in shows the same way: a township's or street office's report (its title opens on the place,
某镇2023年… or 某镇人民政府关于…) that calls itself 我局 / 本局. A township is no 局; the words were a bureau's.
Only a title naming the place as the report's body counts: a 局's report naming a 街道办事处 in its first lines is
still a 局's.
"""

from __future__ import annotations

from collections import Counter

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W021",
    name="other-town-as-own",
    severity="warning",
    summary="“（本级）”前写的是另一个乡镇（街道）的名称；乡的报告称“镇人大”“全镇”，镇的报告称“本乡”“街道国有资产”",
    doc=(
        "检查什么：单位构成中标明“（本级）”的本单位名称，其乡镇（街道）名在全文别处从未出现，"
        "而全文另有一个同类乡镇（街道）的人民政府（办事处）至少出现两次，如裴兴镇的决算说明写“包家镇人民政府（本级）”。\n"
        "乡的报告称本单位的机构、辖区为“镇人大办”“镇纪委”“全镇”，镇的报告写“管理街道国有资产”“本乡”，街道的报告写“管理本乡内的经济”（报告是哪一级看标题中的“某乡人民政府”“某镇人民政府”“某街道办事处”）。标题是某乡（镇、街道）的报告自称“我局”“本局”。\n"
        "为什么：套用其他乡镇的文本时漏改了名称，本单位的名称写错是硬伤。\n"
        "不报的情形：“（本级）”前的地名在别处也出现；全文没有另一个反复出现的同类地名。\n"
        "示例：“行政部门1个：包家镇人民政府（本级）”应为“裴兴镇人民政府（本级）”。"
    ),
    flag=(
        "某区某土家族乡人民政府2022年度部门决算\n内设党政办公室。另按相关规定成立镇人大办、镇纪委、武装部。\n",
        "某区别口镇人民政府2022年度部门决算\n一、职能\n6.发展镇域经济；7.管理街道国有资产和集体资产。\n",
        "发布机构：某县象达镇人民政府\n某村公路塌方清除项目绩效自评报告\n该村距镇政府40公里，村委会距乡政府驻地43公里。\n",
        "某区凤城街道办事处2021年度部门决算\n一、职能\n执行全街道的经济和社会发展计划，管理本乡内的经济事务。\n",
        "某县某镇2023年政府信息公开工作年度报告\n依申请公开实行录审分离，我局积极配合调整。\n",
        "某县裴兴镇人民政府2022年度部门决算\n裴兴镇人民政府是一级地方政府。\n"
        "单位构成：行政部门1个：包家镇人民政府（本级）；事业单位5个。\n裴兴镇人民政府负责全镇各项事务。\n",
    ),
    keep=(
        "某县裴兴镇人民政府2022年度部门决算\n裴兴镇人民政府是一级地方政府。\n"
        "单位构成：行政部门1个：裴兴镇人民政府（本级）；事业单位5个。\n裴兴镇人民政府负责全镇各项事务。\n",
        # the place is named elsewhere too: a second body, not a slip
        "某县裴兴镇人民政府2022年度部门决算\n裴兴镇人民政府与包家镇共建园区。\n"
        "单位构成：包家镇人民政府（本级）。\n裴兴镇人民政府负责全镇各项事务。\n",
        "发布机构：某县象达镇人民政府\n某村公路塌方清除项目绩效自评报告\n该村距镇政府40公里，距某乡政府12公里。\n",
        "某区某土家族乡人民政府2022年度部门决算\n内设党政办公室。另按相关规定成立乡人大办、乡纪委、武装部。\n"
        "全乡共辖5个村，与邻近的某镇政府共建园区，指导各乡镇工作。\n",
        "某区凤城街道办事处2021年度部门决算\n一、职能\n执行全街道的经济和社会发展计划，管理本街道内的经济事务，协调本乡镇的工作。\n",
        # a bureau's report naming a township or street office: the title is the bureau's
        "某县水务局关于某街道内涝问题的答复\n已请属地街道办事处配合，我局将加快排水设施移交。\n",
        "某县某镇2023年政府信息公开工作年度报告\n我镇积极配合县公安局调整。\n",
    ),
)

_OWN = regex_cache.compile(r"[\u4e00-\u9fff]{1,8}?(乡|镇)人民政府|[\u4e00-\u9fff]{1,8}?(街道)(?:办事处|党工委)")
OWN_HEAD = 500  # the title block where the report names its own body
# …, or the distance to it (村委会距乡政府驻地43公里: the own seat, unnamed)
_STANDS_ALONE = r"(?:(?<![\u4e00-\u9fff])|(?<=[、，,和及与（(距离])|(?<=成立|设立|设置|设有))"
_OWN_BODIES = r"(?:人大办|人大主席团|人大|纪委|党委|人民政府|政府)"
# Words of another kind of township that name the text's own body or jurisdiction, by the own kind.
_OTHER_KIND = {
    "乡": regex_cache.compile(rf"{_STANDS_ALONE}镇{_OWN_BODIES}|全镇|本镇"),
    "镇": regex_cache.compile(rf"{_STANDS_ALONE}乡{_OWN_BODIES}|全乡(?!镇)|本乡(?!镇)"
                             r"|(?<=管理|负责)街道(?=国有资产|集体资产)|全街道|本街道"),
    "街道": regex_cache.compile(r"全乡(?!镇)|本乡(?!镇)|全镇|本镇"),
}


# A title that opens on a township or street office as the report's body: the place, then the year or 关于.
_TOWN_TITLE = regex_cache.compile(r"[\u4e00-\u9fff]{2,8}?(乡|镇|街道)(?:人民政府|政府|办事处)?(?=(?:19|20)\d\d年|关于)")
_BUREAU_SELF = regex_cache.compile(r"[我本]局")
TITLE_HEAD = 80  # the title line read for the report's body


def _bureau_as_own(text: str):
    """我局 / 本局 in a report whose title names a township or street office as its body."""
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    own = _TOWN_TITLE.search(text, start, min(len(text) if line_end < 0 else line_end, start + TITLE_HEAD))
    if own is None:
        return
    kind = own.group(1)
    for m in _BUREAU_SELF.finditer(text, own.end()):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"本报告是{own.group()}的，此处却自称“{m.group()}”：疑为套用其他单位（局）的文本时漏改，"
                      f"应为“我{kind}”。", f"我{kind}")


def _other_kind(text: str):
    own = _OWN.search(text, 0, OWN_HEAD)
    if own is None:
        return
    kind = own.group(1) or own.group(2)
    for m in _OTHER_KIND[kind].finditer(text, own.end()):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"本报告是{own.group()}的，此处却称“{m.group()}”：疑为套用其他乡镇（街道）的文本时漏改，"
                      f"应按本单位写作“{kind}”的说法。")

_SELF = regex_cache.compile(r"([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)([\u4e00-\u9fff]{0,8})[（(]本级[）)]")
_BODY = regex_cache.compile(r"([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)(?=人民政府|政府|党委|办事处|工作委员会|党工委)")
MIN_OTHER = 2  # times the other place is named as a government or office


def check(ctx):
    text = ctx.text
    yield from _other_kind(text)
    yield from _bureau_as_own(text)
    if "本级" not in text:
        return
    bodies = Counter((m.group(1)[-2:], m.group(2)) for m in _BODY.finditer(text))
    for m in _SELF.finditer(text):
        place, kind = m.group(1)[-2:], m.group(2)
        if text.count(place + kind) > 1:
            continue
        others = [(n, p) for (p, k), n in bodies.items() if k == kind and p != place and n >= MIN_OTHER]
        if len(others) != 1:
            continue
        other = others[0][1] + kind
        start = m.start(1) + len(m.group(1)) - 2
        yield Finding(start, start + len(place + kind), RULE.code, RULE.severity,
                      f"“{place}{kind}”在全文别处没有出现，而本文反复提到的是“{other}”：疑为套用其他单位文本时漏改的名称，"
                      f"请核对，应为“{other}”。", other)
