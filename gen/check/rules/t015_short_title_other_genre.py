"""T015: a document given a short title of another genre than its full title (《…暂行条例》（以下简称《暂行规定》）).

A report names its basis in full and then fixes a short title for it: 《中华人民共和国政府信息公开条例》（以下简称
《条例》）, 《某省预算绩效管理实施办法》（以下简称《办法》）. The short title keeps the full title's genre word (条例,
规定, 办法, 意见 …): a document is one genre. When the two name different genres (暂行条例 in full, 《暂行规定》 for
short) one of them is wrong — a title typed from memory, or a short title pasted from another report — and the
reader cannot tell which document is meant.

Read only where both are set in 《》 and each ends on a genre word. A full title that holds the short title's genre
inside it (《关于印发〈某办法〉的通知》（以下简称《办法》）: the notice carries the 办法, which the short title names)
is left alone; so is a short title that names no genre (《条例》 is one, 《纲要》 is one; 《两办意见》 ends on one).

A document given its short title and later cited by a third form, neither the full title nor the one agreed: the full
title with its country or place cut off (《中华人民共和国政府信息公开条例》（以下简称《条例》）, then 《政府信息公开条例》
有关要求) is no name the text fixed, and the law's own name opens with 中华人民共和国. Read only where the third form is
the full title's own ending, ends on a genre word, is no short title agreed anywhere in the text, and the part cut off
is 中华人民共和国: a place's document cut of its place (《某省预算绩效管理实施办法》, then 《预算绩效管理实施办法》) may
be another level's document of the same name.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="T015",
    name="short-title-other-genre",
    severity="warning",
    summary="文件的简称与全称文种不一（《……暂行条例》（以下简称《暂行规定》）），或约定简称后又用第三种写法",
    doc=(
        "检查什么：文中引用文件时写了全称并约定简称，全称和简称末尾的文种不同，如“《某省政府信息公开暂行条例》"
        "（以下简称《暂行规定》）”：全称是“条例”，简称却是“规定”。\n"
        "为什么：一份文件只有一个文种，简称沿用全称的文种；两处不一，必有一处写错（凭记忆写错了文件名，"
        "或从别的报告粘来了简称），读者无法确定依据的是哪份文件。\n"
        "约定简称之后，又用既非全称也非约定简称的第三种写法引用同一文件，如约定"
        "“《中华人民共和国政府信息公开条例》（以下简称《条例》）”后写“《政府信息公开条例》有关要求”。\n"
        "不报的情形：文种相同的（《……实施办法（试行）》（以下简称《实施办法》））；全称里含有简称文种的"
        "（《关于印发〈……办法〉的通知》（以下简称《办法》））；简称不以文种结尾的；"
        "第三种写法文中另有约定的，或去掉的不是“中华人民共和国”的（去掉地名的可能是另一级的同名文件）。\n"
        "示例：“《某省政府信息公开暂行条例》（以下简称《暂行规定》）”应核对文件的正式名称，把全称和简称的文种统一。"
    ),
    flag=(
        "本报告根据《某省政务公开暂行条例》（以下简称《暂行规定》）要求编制。",
        "依据《某市预算绩效管理实施细则》(以下简称《实施办法》),开展绩效自评。",
        # a year's work points (要点) given the short title of a regulation
        "本报告根据《2024年某区政务公开工作要点》(以下简称《规定》)要求编制。",
        # the short title agreed, then the title without its country: a third form
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。我局贯彻落实《政府信息公开条例》有关要求。",
    ),
    keep=(
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《某省政务公开实施办法（试行）》"
        "（以下简称《实施办法》）要求编制。",
        "按照《关于印发〈某县项目支出绩效评价管理办法〉的通知》（以下简称《办法》）开展评价。",
        "根据《某省全面实施预算绩效管理的实施意见》（以下简称《实施意见》）要求。",
        "依据《某县财政专项资金管理规定》（以下简称《规定》）和《某县财政局工作规则》（以下简称《规则》）。",
        "按照《2024年某区政务公开工作要点》（以下简称《要点》）和《某县乡村振兴三年行动计划》（以下简称《计划》）。",
        # the short title itself is the form without the country; another document's ending (实施条例)
        "依据《中华人民共和国政府信息公开条例》（以下简称《政府信息公开条例》）编制。我局组织《政府信息公开条例》学习培训。",
        "依据《中华人民共和国预算法》（以下简称《预算法》），执行《预算法实施条例》。",
        "依据《某省预算绩效管理实施办法》（以下简称《办法》），参照《预算绩效管理实施办法》的通行做法。",
    ),
)

# The genre words a document's title ends on (the longer first: 实施细则 before 细则 is not needed, the end is read).
_GENRES = "条例|规定|办法|细则|意见|通知|决定|方案|规划|纲要|准则|规则|决议|批复|公告|通告|指南|制度|章程|要点|计划"
# A full title in 《》, then (以下简称《…》): bounded runs, no 《》 or line break inside either title.
_PAIR = regex_cache.compile(
    r"《([^《》\n]{2,80})》[ \u3000]{0,2}[（(][ \u3000]{0,2}以下简称[:：]?[ \u3000]{0,2}[“\"]?《([^《》\n]{1,20})》[”\"]?"
    r"[ \u3000]{0,2}[）)]")
# The genre a title ends on, a trailing (试行) or (暂行) aside.
_END = regex_cache.compile(r"(" + _GENRES + r")(?:[（(](?:试行|暂行|修订|草案)[）)])?$")
# A title in 《》, and a short title agreed anywhere (以下简称《…》, 简称《…》)
_TITLE = regex_cache.compile(r"《([^《》\n]{2,80})》")
_AGREED = regex_cache.compile(r"简称[:：]?[ \u3000]{0,2}[“\"]?《([^《》\n]{1,30})》")
# The part of a full title cut off before a third form: the country's name; a place's (某省) may leave another level's
# document of the same name
_COUNTRY = "中华人民共和国"


def _genres(full: str, short: str):
    """The genre words ending the full title and its short title when they differ (《……要点》, 《规定》), else None."""
    a, b = _END.search(full), _END.search(short)
    return (a, b) if a is not None and b is not None and a.group(1) != b.group(1) and b.group(1) not in full else None


def other_genre(full: str, short: str) -> bool:
    """True when a short title ends on another genre word than its full title (《……要点》, 《规定》): this rule's case,
    which W083 (a short title not cut from its title) leaves to it."""
    return _genres(full, short) is not None


def check(ctx):
    text = ctx.text
    if not contains(text, "以下简称"):
        return
    for m in _PAIR.finditer(text):
        full, short = m.group(1), m.group(2)
        genres = _genres(full, short)
        if genres is None:
            continue
        a, b = genres
        start = m.start(1) + a.start(1)
        yield Finding(start, m.end(), RULE.code, RULE.severity,
                      f"文件全称的文种是“{a.group(1)}”，约定的简称《{short}》却是“{b.group(1)}”，二者不一，必有一处写错，"
                      "应核对文件的正式名称，把全称和简称的文种统一。", None)
    yield from _third_form(text)


def _third_form(text: str):
    """A document given its short title, then cited by its full title cut of its country (《中华人民共和国
    政府信息公开条例》（以下简称《条例》）, later 《政府信息公开条例》): neither name the text agreed."""
    agreed = {m.group(1) for m in _AGREED.finditer(text)}
    seen = set()
    for m in _PAIR.finditer(text):
        full, short = m.group(1), m.group(2)
        if full in seen or _END.search(full) is None:
            continue
        seen.add(full)
        for t in _TITLE.finditer(text, m.end()):
            other = t.group(1)
            if other in agreed or other == full or not full.endswith(other) or full[:-len(other)] != _COUNTRY:
                continue
            if _END.search(other) is None:
                continue
            yield Finding(t.start(), t.end(), RULE.code, RULE.severity,
                          f"前文已约定《{full}》简称《{short}》，此处《{other}》既不是全称也不是约定的简称，"
                          f"应为《{short}》或《{full}》。", f"《{short}》")
