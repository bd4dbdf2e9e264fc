"""T012: an intermediate people's court named after its city without the city's 市 (武汉中级人民法院).

An intermediate people's court is the court of a prefecture-level division, and its name is the division's full
name before 中级人民法院 (《中华人民共和国人民法院组织法》第二十二条: 中级人民法院包括省、自治区辖市的中级人民法院
……; each court's own name: 武汉市中级人民法院, 恩施土家族苗族自治州中级人民法院). A budget or a duty list that lists the
courts by hand drops the 市 (包括武汉中级人民法院本级), and the name is no body's.

Read only where the words before 中级人民法院 are a prefecture-level city's name without its 市 (the gazetteer,
glossary/divisions.tsv) and stand as a whole name, not the tail of a longer place's name. A court not named after a city (汉江中级人民法院, a court of its own
district; 铁路运输中级法院) has no such name before it; a city's court written in full (武汉市中级人民法院) has 市.

A city's procuratorate is named the same way (定西市人民检察院, 人民检察院组织法第十二条): a court's duty list that
names it by the city's name without 市 (审判由定西检察院按照审判监督程序提出的抗诉案件) names no body either.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import Finding
from ..gazetteer import gazetteer
from ..registry import Rule

RULE = Rule(
    code="T012",
    name="court-without-city",
    severity="warning",
    summary="中级人民法院、市人民检察院的名称漏了所在市的“市”字（武汉中级人民法院、定西检察院）",
    doc=(
        "检查什么：以地级市命名的中级人民法院、人民检察院，市名后漏了“市”字，如“武汉中级人民法院”（应为“武汉市中级人民法院”）、"
        "“定西检察院”（应为“定西市人民检察院”）。\n"
        "为什么：中级人民法院的名称是所在地级行政区的全称加“中级人民法院”；少了“市”字不是任何一个法院的名称。\n"
        "不报的情形：写全的名称（武汉市中级人民法院）；不以城市命名的中级法院（汉江中级人民法院、铁路运输中级法院）。\n"
        "示例：“包括武汉中级人民法院本级”应为“包括武汉市中级人民法院本级”。"
    ),
    flag=(
        "4、武汉市中级人民法院，包括武汉中级人民法院本级、江岸区人民法院。",
        "配合湖北省宜昌中级人民法院做好执行工作。",
        "依法审判由宜昌检察院按照审判监督程序提出的抗诉案件。",
    ),
    keep=(
        "4、武汉市中级人民法院，包括武汉市中级人民法院本级、汉江中级人民法院、武汉铁路运输中级法院。",
        "恩施土家族苗族自治州中级人民法院、北京市第一中级人民法院。",
        # a procuratorate named in full, a level's and a province's procuratorate
        "审判由宜昌市人民检察院提出的抗诉案件，在上级检察院和省检察院的领导下，四级检察院同步开展。",
    ),
)

_COURT = regex_cache.compile(r"中级人民法院|(?:人民)?检察院")
LONGER = (1, 2, 3)  # characters before the city's name that would make it the tail of a longer place's name
NAME_LENGTHS = (4, 3, 2)  # a city's name without 市: 石家庄, 乌鲁木齐, 武汉


def check(ctx):
    text = ctx.text
    if not (contains(text, "中级人民法院") or contains(text, "检察院")):
        return  # every match holds one of them: the alternation, led by no literal, read each character (1 % of a check)
    places = None
    for m in _COURT.finditer(text):
        at = m.start()
        for length in NAME_LENGTHS:
            s = at - length
            if s < 0:
                continue
            name = text[s:at]
            if places is None:
                places = gazetteer()
            if not any(d.level == 2 and d.name == name + "市" for d in places.by_short.get(name, ())):
                continue
            if any(text[s - k:at] in places.by_short or text[s - k:at] in places.by_name for k in LONGER if s >= k):
                break  # a longer place's name ends here: the city's name is only its tail
            body = "中级人民法院" if m.group() == "中级人民法院" else "人民检察院"
            yield Finding(s, m.end(), RULE.code, RULE.severity,
                          f"“{name}{m.group()}”漏了“市”字，应为“{name}市{body}”。", f"{name}市{body}")
            break
