"""T014: a county-level body named after its city with the district's or county's level word lost
(杭州市余杭卫生健康局 for 杭州市余杭区卫生健康局).

A body's name is its division's full name chain before its own name: 杭州市余杭区卫生健康局. Written
after the city's full name, the district's short name (余杭) straight before the body's noun
(卫生健康局) names no body: the 区 was lost in typing. A short form without the city (余杭卫健局) is
the usual way to speak of it and is left alone; so is a district whose short name is a division's
full name of its own.

Read only where the gazetteer (glossary/divisions.tsv) has the district under that city, the text
writes the district's full name elsewhere (the proof that it is named in full here), and a body's
noun ending in 局/委员会/委/办公室/政府/中心 follows within a few characters.
"""

from __future__ import annotations

from functools import lru_cache

from ...core import regex_cache
from ..finding import Finding
from ..gazetteer import gazetteer
from ..registry import Rule

RULE = Rule(
    code="T014",
    name="body-name-level-lost",
    severity="warning",
    summary="单位名称中市名之后的区、县名漏了“区”“县”字（杭州市余杭卫生健康局）",
    doc=(
        "检查什么：写了所在市全称的区县单位名称，区、县名后漏了“区”“县”字，如“杭州市余杭卫生健康局”"
        "（应为“杭州市余杭区卫生健康局”），而本文别处写作“余杭区”。\n"
        "为什么：单位名称是行政区划全称加单位名；市名之后只写区县简称，不是任何单位的名称，是录入时漏字。\n"
        "不报的情形：不带市名的简称（余杭卫健局）；本文从未写出该区县全称的；区县简称本身也是一个行政区划名称的。\n"
        "示例：“杭州市余杭卫生健康局”应为“杭州市余杭区卫生健康局”。"
    ),
    flag=(
        "杭州市余杭区卫生健康局2024年政府信息公开工作年度报告\n2024年，杭州市余杭卫生健康局依托余杭区门户网站公开信息。",
    ),
    keep=(
        "杭州市余杭区卫生健康局2024年政府信息公开工作年度报告\n2024年，杭州市余杭区卫生健康局依托门户网站公开信息，余杭卫健局负责。",
        "2024年，杭州市余杭卫生健康局依托门户网站公开信息。",
    ),
)

# A body's noun after the district's short name, ending in the body's kind, a few characters at most.
_BODY = regex_cache.compile(r"[\u4e00-\u9fff]{0,8}?(?:局|委员会|委|办公室|人民政府|中心)")
_LEVEL_WORDS = "区县市旗"


def check(ctx):
    text = ctx.text
    g = gazetteer()
    for s, e, divs in g.find(text):
        cities = [d for d in divs if d.level == 2]
        if not cities or text[e:e + 1] in _LEVEL_WORDS:
            continue
        for d in _districts(cities[0].code):
            short = d.short
            if not short or not text.startswith(short, e):
                continue
            after = e + len(short)
            if text[after:after + 1] in _LEVEL_WORDS or text[after:after + 1] == d.name[-1]:
                continue
            if g.starting_at(text, e, 8):  # the short name opens a division's full name (余杭 in 余杭区 is not read here)
                continue
            if d.name not in text or not _BODY.match(text, after):
                continue
            yield Finding(e, after, RULE.code, RULE.severity,
                          f"单位名称“{text[s:after]}……”中“{short}”后漏了“{d.name[len(short):]}”字，应为“{d.name}”。",
                          d.name)
            break


def _districts(city: str) -> tuple:
    """The county-level divisions under the city of code ``city`` that have a short name."""
    return _UNDER().get(city, ())


@lru_cache(maxsize=1)
def _UNDER() -> dict:
    out: dict = {}
    for ds in gazetteer().by_name.values():
        for d in ds:
            if d.level == 3 and d.short:
                out.setdefault(d.code[:4] + "0" * 8, []).append(d)
    return {k: tuple(v) for k, v in out.items()}
