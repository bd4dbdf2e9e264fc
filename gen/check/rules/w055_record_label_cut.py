"""W055: a field label of a page's record of the document that lost a character inside it ([ 索号 ], [ 有性 ]).

A report saved from a government site's 信息公开目录 keeps the page's record of the document above its title: fixed
labels (索引号, 发文字号, 主题分类, 成文日期, 发布机构, 有效性 …), each set in brackets or before a colon with its
value after it. A copy that drops characters drops them from these labels too, and a reviewer reading the page marks
索号 or 有性 at once: the labels are the site's standard ones, and the same record prints its other labels whole.

Read only where all of this holds: the label stands alone in its brackets ([ 索号 ], 【有性】) or opens its line
before a colon (索号：…); it is a standard label with one character inside it lost (a lost first or last character
may be a value or a neighbouring word: 有效, 索引); the form is no label of its own (发文号 is one); and two whole
labels or more of the record stand near it, so the line is the record and not the report's prose.

A header label, or a signature label of a report's cover (填表人, 填报人, 审核人, 经办人, 联系人, often spread by
blanks: 填    表    人：), that lost its first character is read on its own (源：传媒内参 for 来源, 布时间：… for 发布时间): the
rest is no word that could open a line before a colon, so a line that opens on it and a colon is the label cut at
its head, whatever the site. A label wrapped in the layout (来 ⏎ 源：, 来       源：) keeps its head just before
the blanks, and is left.

A contact line that lost its first label whole (：李丽红      联系电话：2264314) opens on the bare colon: a name and a
phone label on the same line, so the lost label is 联系人. A line opening on a colon with nothing of the kind after
it (a wrapped sentence's tail) is left. One that kept only the 人 of 联系人 (人：曾某某 alone on its line, 联系电话：
on the next lines) lost two characters; 联系 ⏎ 人： wrapped by the layout is left.
"""

from __future__ import annotations

from functools import lru_cache

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W055",
    name="record-label-cut",
    severity="warning",
    summary="页面信息栏的标签漏了字（“[ 索号 ]”“[ 有性 ]”“源：”）",
    doc=(
        "检查什么：从政府网站信息公开目录保存的文本，正文前的信息栏标签（索引号、发文字号、主题分类、成文日期、发布机构、"
        "有效性等）中间漏了一个字，如“[ 索号 ]”“[ 有性 ]”，而同一信息栏的其他标签完整；行首的“来源”“发布时间”等标签漏了头一个字（“源：某某日报”）；封面签署栏的“填表人”“经办人”“联系人”等漏了头一个字（“表    人：”）。\n"
        "为什么：这些标签是网站的固定栏目名，漏字说明复制、转换时丢了字，读者一眼就能看出。\n"
        "不报的情形：标签不在方括号中、也不在行首冒号前；漏的是首字或末字（“有效”“索引”可能是栏目的值或别的词），行首“来源”类标签除外；排版拆开的“来　　源：”“来⏎源：”；"
        "漏字后的写法本身也是通用标签（“发文号”）；附近没有两个以上完整标签（不是信息栏）。\n"
        "示例：“[ 索号 ]”应为“[ 索引号 ]”，“[ 有性 ]”应为“[ 有效性 ]”。"
    ),
    flag=(
        "  • [ 索号 ]\n  • 11500000000000000B/2025-00012\n  • [ 发文字号 ]\n  • [ 主题分类 ]\n  • 财政\n"
        "  • [ 发布机构 ]\n  • 某区教委\n  • [ 有性 ]\n某幼儿园2025年部门预算情况说明\n",
        "索引号：00123/2024-0045\n发布机构：某县民政局\n成日期：2024-03-01\n",
        # a header label cut at its head, no record around it
        "某市文旅局公布年度预算\n源：某某晚报—文旅频道\n6月5日，市财政局网站公布……\n",
        # a cover's signature label cut at its head, spread by blanks
        "单 位 负 责 人：张三\n财 务 负 责 人：李四\n   表    人：王五\n报送日期：2023年7月6日\n",
        # the contact line's whole label lost, its colon left at the line's head
        "某县交通运输局\n2021年6月10日\n: 李丽红          联系电话: 2264314\n",
        # the contact line kept only the 人 of 联系人
        "再次感谢您对我们的支持。\n\n人：张某某\n\n联系电话：3311510\n",
    ),
    keep=(
        "  • [ 索引号 ]\n  • 11500000000000000B/2025-00012\n  • [ 发文号 ]\n  • [ 主题分类 ]\n  • [ 有效性 ]\n  • [ 有效 ]\n",
        # no record around it: the report's own words
        "本单位【索号】字样的标签已更正。\n",
        "索引号：00123/2024-0045\n发布机构：某县民政局\n全年发布日期均已核对，成日期信息准确。\n",
        # the label spread or wrapped by the layout; a source named in prose
        "索  引  号: 0001/2020 发布时间: 2020年01月10日\n来       源: 某市林业局\n信息来\n源：某县政府网\n资金来源：财政拨款\n",
        "单位负责人：张三\n填    表    人：王五\n法定代\n表人：赵六\n报送日期：2023年7月6日\n",
        "联系人: 李丽红          联系电话: 2264314\n答复如下\n：一是加快建设，二是完善制度。\n",
        "联系\n人：张某某\n联系电话：3311510\n",
    ),
)

# The record's labels (the 信息公开目录 fields of government sites).
LABELS = ("索引号", "有效性", "发文字号", "主题分类", "体裁分类", "成文日期", "发布日期", "发布机构", "公开方式", "公开范围",
          "公开时限", "责任部门", "所属分类", "效力状态", "生效日期", "信息分类", "发文机关", "信息来源", "生成日期", "公开日期",
          "组配分类", "服务对象", "文件编号", "失效日期", "废止日期", "公开形式")
# Forms one character short that are labels of their own on some sites.
_OWN_LABELS = frozenset({"发文号", "文件号", "发布期"})
NEAR = 600  # characters around the label searched for the record's whole labels
MIN_WHOLE = 2


@lru_cache(maxsize=1)
def _cuts() -> dict[str, tuple[str, str]]:
    """Each label without one inner character -> (the label, the lost character)."""
    cuts: dict[str, tuple[str, str]] = {}
    for label in LABELS:
        for i in range(1, len(label) - 1):
            form = label[:i] + label[i + 1:]
            if form not in LABELS and form not in _OWN_LABELS:
                cuts.setdefault(form, (label, label[i]))
    return cuts


@lru_cache(maxsize=1)
def _patterns():
    forms = "|".join(sorted(_cuts(), key=len, reverse=True))
    bracketed = regex_cache.compile(rf"[\[【［][ \u3000]{{0,3}}({forms})[ \u3000]{{0,3}}[\]】］]")
    colon = regex_cache.compile(rf"(?m)^[ \t\u3000•·]{{0,4}}({forms})[ \u3000]{{0,2}}[:：]")
    whole = regex_cache.compile("|".join(LABELS))
    return bracketed, colon, whole


# Header labels whose first character, lost, leaves a form that opens no line of prose before a colon; and the
# signature labels of a report's cover (填表人, 经办人, 联系人 …), often spread by blanks (填    表    人：).
_HEAD_CUTS = {"源": ("来源",), "布时间": ("发布时间",), "布日期": ("发布日期",), "布机构": ("发布机构",),
              "览次数": ("浏览次数",), "表人": ("填表人", "制表人"), "报人": ("填报人",), "核人": ("审核人",),
              "办人": ("经办人",), "系人": ("联系人",)}
_BLANKS = "[ \u3000]{0,6}"
_HEAD_CUT = regex_cache.compile(
    r"(?m)^[ \t\u3000•·]{0,8}(" + "|".join(_BLANKS.join(form) for form in sorted(_HEAD_CUTS, key=len, reverse=True))
    + r")[ \u3000]{0,2}[:：](?=[ \u3000]{0,3}[^\s])")
_NOT_BLANK = regex_cache.compile(r"[ \u3000]")


def _head_cuts(text: str):
    """Header and cover labels cut at their head at a line's start (源：…, 表    人：…), unless the head stands just
    before, wrapped or spread by the layout (来 ⏎ 源：, 法定代 ⏎ 表人：)."""
    for m in near_needles(_HEAD_CUT, text):  # the same matches, tried only near the labels' words
        form = _NOT_BLANK.sub("", m.group(1))
        labels = _HEAD_CUTS[form]
        before = text[max(0, m.start(1) - 40):m.start(1)].rstrip(" \t\u3000\n")
        if before and before[-1] in {label[0] for label in labels} | {"代"}:
            continue
        label = labels[0]
        other = "".join(f"（或“{o}”）" for o in labels[1:])
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"行首的标签“{form}”漏了头一个字“{label[0]}”，应为“{label}”{other}。", label)


# A contact line opening on its colon, the label before it lost whole: a name, blanks, then the phone's label.
_LOST_CONTACT = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,8}([:：])(?=[ \u3000]{0,3}[\u4e00-\u9fff]{2,4}[ \u3000]{2,}(?:联系电话|电话|手机|联系方式)[ \u3000]{0,2}[:：])")
# A contact line left with the 人 of 联系人 alone before a name, the phone's label on the next lines (人：某某 ⏎ 联系电话：…).
_LOST_LIANXI = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,8}(人)[ \u3000]{0,2}[:：][ \u3000]{0,3}[\u4e00-\u9fff]{2,4}[ \t\u3000]*$"
    r"(?=\s{0,12}(?:联系电话|电话|手机|联系方式)[ \u3000]{0,2}[:：])")


def check(ctx):
    text = ctx.text
    if "电话" in text or "手机" in text or "联系方式" in text:
        for m in near_needles(_LOST_CONTACT, text):
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          "行首只剩冒号，联系人一行的标签整个丢了，应为“联系人：”。", "联系人" + m.group(1))
        for m in _LOST_LIANXI.finditer(text):
            if text[:m.start(1)].rstrip(" \t\u3000\n").endswith(("联系", "系")):
                continue  # 联系 ⏎ 人：, the label wrapped by the layout
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          "行首的“人：”漏了“联系”二字，联系人一行应为“联系人：”。", "联系人")
    if "源" in text or "布" in text or "览次数" in text or "人" in text:
        yield from _head_cuts(text)
    if not any(label in text for label in ("索引号", "发布机构", "发文字号", "主题分类", "成文日期", "发布日期")):
        return
    bracketed, colon, whole = _patterns()
    for pattern in (bracketed, colon):
        for m in pattern.finditer(text):
            lo, hi = max(0, m.start() - NEAR), min(len(text), m.end() + NEAR)
            if len(whole.findall(text, lo, hi)) < MIN_WHOLE:
                continue
            form = m.group(1)
            label, lost = _cuts()[form]
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"信息栏标签“{form}”漏了“{lost}”字，应为“{label}”（同一信息栏的其他标签完整）。", label)
