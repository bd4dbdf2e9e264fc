"""D004: a county still called 县 where the same text calls it a 区 (繁昌县 among 繁昌区).

When a county becomes a district of its city (撤县设区: 繁昌县 → 繁昌区 in 2020), reports
take up the new name but a figure copied from last year's table keeps the old one. A
reader then meets one place under two names, and the old one is out of date. The text
itself is the evidence: a county's name (glossary/divisions.tsv, counties only, not
autonomous ones) written with 区 at least twice and with 县 less often. Its 县 form is
left alone inside a title mark (《…》, an older document's name) and where the sentence
speaks of the change or the past (原繁昌县, 撤县设区, 前身). 市 is not compared: a city and
its district often share a name (淮安市淮安区).

The change's date is evidence too: a county or prefecture renamed in a known year
(glossary/renamed_places.yaml, gen/check/renamed_places.py: 达孜县 → 达孜区 in 2017, 林芝地区 →
林芝市 in 2015; the Corps' 农七师, 第七师 since 2012) named by its old name in a report of a later year is out
of date even where the text never writes the new name.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ...core import regex_cache
from ...core.han import is_han
from ...core.text_pairs import positions
from ..finding import Finding
from ..gazetteer import gazetteer
from ..registry import Rule
from ..renamed_places import TITLE, clause, renamed, stale

MIN_NEW = 2  # the district's name must be the text's usual form: written this often, and more than the county's
# Led by its literal 区 (re's own search skips to it), the two characters before read back after it: the same
# matches as (?<=[\u4e00-\u9fff]{2})区, which was tried at every character of the text.
_DISTRICT = regex_cache.compile(r"区(?<=[\u4e00-\u9fff]{2}区)")

RULE = Rule(
    code="D004",
    name="county-now-district",
    severity="warning",
    summary="撤县设区、撤地设市后仍用旧名称（文中其他地方已称“区”，或报告年度在改设之后）",
    doc=(
        "检查什么：一个县的名称（行政区划表中的县，不含自治县）在文中至少两次写作“某某区”，"
        "某处却仍写作“某某县”，如文中多处写“繁昌区”，一处写“繁昌县56.5万元”；"
        "已知年份撤县设区、撤县设市、撤地设市的（glossary/renamed_places.yaml，如达孜县2017年改设达孜区、"
        "林芝地区2015年改设林芝市；新疆生产建设兵团的农七师2012年改称第七师），报告年度在改设之后仍用旧名称。\n"
        "为什么：撤县设区后应使用新名称；同一地方前后两种叫法，旧名称是照抄往年的文字。\n"
        "不报的情形：书名号内的文件名称；讲沿革的句子（原某某县、撤县设区、前身、更名）；"
        "“某某县”与“某某区”写得一样多或“县”更多的；看不出报告年度、或报告年度不晚于改设年份的；"
        "同一句写了改设当年或以前年份的。\n"
        "示例：“繁昌区24.6万元，繁昌县56.5万元”（文中其余各处均作繁昌区）应为“繁昌区56.5万元”。"
    ),
    flag=(
        "下达繁昌区资金30万元。繁昌区完成建设任务。另安排繁昌县资金56.5万元。",
        "2019年度部门决算\n下属单位：达孜县气象局。",
    ),
    keep=(
        "下达繁昌区资金30万元。繁昌区完成建设任务，原繁昌县已于2020年撤县设区。",
        "依据《繁昌县农村公路管理办法》，繁昌区、繁昌区交通局组织实施。",
        "繁昌县完成建设任务，繁昌县、繁昌区各安排资金。",
        "2016年度部门决算\n下属单位：达孜县气象局。",
        "2019年度部门决算\n原达孜县气象局已更名为达孜区气象局。",
        # 雄安新区 holds 安新 and 区: the new area, the county 安新县 in it kept its name
        "雄安新区党工委印发通知：雄县、容城县、安新县委和人民政府，雄安新区各部门。",
    ),
)


@lru_cache(maxsize=1)
def _counties() -> frozenset:
    """The short names of the gazetteer's counties (繁昌 for 繁昌县), autonomous counties left out."""
    return frozenset(d.short for d in gazetteer().divisions
                     if d.level == 3 and d.name.endswith("县") and not d.name.endswith("自治县") and d.short)


def _districts(text: str, counties: frozenset) -> Counter:
    """How often each county's name stands before 区 in ``text`` (two or three characters before it)."""
    seen: Counter = Counter()
    for m in _DISTRICT.finditer(text):
        for size in (2, 3):
            short = text[m.start() - size:m.start()]
            if short in counties and not _in_new_area(text, m.start() - size, short):
                seen[short] += 1
                break
    return seen


def _in_new_area(text: str, at: int, short: str) -> bool:
    """A county name ending in 新 inside a longer name's 新区 (雄安新区 holds 安新 and 区): a new area's name,
    not the county as a district; the county 安新县 lies in it and keeps its name."""
    return short.endswith("新") and at > 0 and is_han(text[at - 1])


def check(ctx):
    dated = stale(ctx)
    for s in dated:
        c = s.change
        yield Finding(s.start, s.end, RULE.code, RULE.severity,
                      f"“{c.old}”已于{c.year}年{c.kind}（今“{c.new}”），{s.year}年度的报告应使用新名称。", c.new)
    told = {s.start for s in dated}
    text = ctx.text
    if "区" not in text or "县" not in text:
        return
    titles = [m.span() for m in TITLE.finditer(text)]
    for short, new in _districts(text, _counties()).items():
        old = positions(text, short + "县")
        if new < MIN_NEW or not old or len(old) >= new:
            continue
        for start in old:
            end = start + len(short) + 1
            if start in told or any(s <= start and end <= e for s, e in titles):
                continue
            if renamed().history.search(clause(text, start, end)):
                continue
            yield Finding(start, end, RULE.code, RULE.severity,
                          f"文中其他地方作“{short}区”，此处仍作“{short}县”：撤县设区后应使用新名称，请核对统一。",
                          short + "区")
