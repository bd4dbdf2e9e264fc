"""W053: a county's name written after its own province or city with one character of like sound or shape
changed (上海市黄埔区 for 黄浦区, 杭州市余航区 for 余杭区, 广东省广洲市 for 广州市).

Every report names its own place in its title, its body's name and its address, and a slip there is one of the
most visible a reviewer meets; two districts of like name in two cities (黄浦区 in 上海, 黄埔区 in 广州) are the
classic pair. The gazetteer (glossary/divisions.tsv) knows which divisions lie under which, so the name right
after a province or city can be judged against that place's own divisions: when it is none of them, and exactly
one of them differs from it in one character whose pair is of like sound or shape (glossary/confusion.tsv), the
name is a slip for that one.

Precision first: a name that is one of the place's divisions passes whatever else it resembles; a word after the
city that is no division and like none of its divisions (杭州市主城区, 西安市高新区: 高陵区 differs from 高新区 in a
character of other sound and shape) passes; a name two characters off is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from ..confusion import confusions
from ..finding import Finding
from ..gazetteer import Division, gazetteer
from ..registry import Rule

RULE = Rule(
    code="W053",
    name="county-name-slip",
    severity="warning",
    summary="省、市名称后的下辖区县（市）名称写错一个音近或形近的字（上海市黄埔区、杭州市余航区）",
    doc=(
        "检查什么：紧跟在省、市名称后的区、县、市名称不是该省市所辖的区划，而与其所辖的某一区划只差一个"
        "音近或形近的字，如“上海市黄埔区”（应为黄浦区，黄埔区在广州市）、“杭州市余航区”（应为余杭区）。"
        "区划以行政区划表（glossary/divisions.tsv）为准。\n"
        "为什么：单位名称、地址中的本地地名写错，是评审最先看到的低级错误；两地同音的区名最易混淆。\n"
        "不报的情形：所辖区划的正确名称；与所辖区划都不相近的词（杭州市主城区、西安市高新区）；差两个字以上的名称。\n"
        "示例：“上海市黄埔区卫生健康委员会”应为“上海市黄浦区卫生健康委员会”。"
    ),
    flag=(
        "上海市黄埔区卫生健康委员会2023年政府信息公开工作年度报告",
        "地址：杭州市余航区临平街道。",
        "广东省广洲市民政局2022年度部门决算。",
    ),
    keep=(
        "上海市黄浦区卫生健康委员会、广州市黄埔区民政局。",
        "杭州市余杭区教育局，杭州市主城区，西安市高新区管委会。",
        "广东省广州市天河区，北京市朝阳区。",
    ),
)

_SUFFIXES = "区县市旗"
_NAME_LENGTHS = (5, 4, 3)  # a county-level name with its suffix: 浦东新区, 余杭区; never a bare two-character 城区


@lru_cache(maxsize=1)
def _names_under() -> dict[str, frozenset[str]]:
    """Parent division code -> names of every division under it (a province's cities and counties, a city's counties)."""
    out: dict[str, set[str]] = {}
    for d in gazetteer().divisions:
        for code in d.ancestors:
            out.setdefault(code, set()).add(d.name)
    return {code: frozenset(names) for code, names in out.items()}


def _alike(a: str, b: str) -> bool:
    """Characters of like sound or shape (either way round)."""
    table = confusions()
    return any(y in "".join(table.get(x, ("", ""))) for x, y in ((a, b), (b, a)))


def _slip_for(written: str, names: frozenset[str]) -> str:
    """The one division among ``names`` that ``written`` misses by one like character, else ""."""
    hits = []
    for name in names:
        if len(name) != len(written) or name[-1] != written[-1]:
            continue
        diff = [i for i in range(len(name) - 1) if name[i] != written[i]]
        if len(diff) == 1 and _alike(name[diff[0]], written[diff[0]]):
            hits.append(name)
    return hits[0] if len(hits) == 1 else ""


def _parents(divisions: tuple[Division, ...]) -> list[Division]:
    """The places a county-level name may follow: provinces (and municipalities) and prefectures."""
    return [d for d in divisions if d.level in (1, 2)]


def check(ctx):
    text = ctx.text
    under = None
    for place in ctx.places:
        parents = _parents(place.divisions)
        if not parents:
            continue
        under = under or _names_under()
        names = frozenset().union(*(under.get(p.code, frozenset()) for p in parents))
        for length in _NAME_LENGTHS:
            written = text[place.end:place.end + length]
            if len(written) < length or written[-1] not in _SUFFIXES:
                continue
            if written in names or any(n.startswith(written) for n in names if len(n) > length):
                break
            right = _slip_for(written, names)
            if right:
                yield Finding(place.end, place.end + length, RULE.code, RULE.severity,
                              f"{place.text}没有“{written}”，疑为“{right}”之误（音近或形近字）。", right)
                break
