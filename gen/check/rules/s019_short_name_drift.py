"""S019: a body given a short name (以下简称X) and later called by another short name the text never gave.

"北京市某区科学技术和信息化局（以下简称科技信息化局）…… 科信局的主要职责为": the
text fixed one short name and then used another, a reader's habit or a paste
from another report. The other name is one of the body's own abbreviations —
its characters stand in order in the full name (its place names left out), it
opens with that name's first character and ends with its last (the kind of
body: 局, 中心, 委) — that is neither the short name given, nor the name itself,
nor part of the full name, nor given as a short name anywhere in the text. A
name right after a place word (市科技局, 区科信局) may be another level's body,
and is left alone.

The same short name given twice (铜都街道（以下简称“铜都街道”）in the opening paragraph, …铜都街道办事处
（以下简称“铜都街道”或“单位”）in the next part) is a paste from another draft: the second definition
is reported. A passage copied twice word for word (the same words before both) is S004's, and left
alone here.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ...core import regex_cache
from ...core.regex_needles import contains
from ..confusion import freq
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S019",
    name="short-name-drift",
    severity="warning",
    summary="机构简称前后不一：文中约定了一个简称，后文又用了另一个未约定的简称",
    doc=(
        "检查什么：文中用“（以下简称X）”为机构约定了简称，后文却用了同一机构的另一个简称"
        "（“某区科学技术和信息化局（以下简称科技信息化局）”，后文“科信局的主要职责”）。"
        "另一个简称指：各字依次出现在机构全称（去掉地名）中，首字、末字与全称相同，又不是约定的简称、全称或全称的一部分，"
        "文中也没有另外约定过它。\n"
        "同一简称在文中约定了两次（开头写“铜都街道（以下简称“铜都街道”）”，后文又写“铜都街道办事处（以下简称“铜都街道”或“单位”）”），报告后一次。\n"
        "为什么：约定了简称就应前后一致，换用另一个简称会让读者以为是另一个机构。\n"
        "不报的情形：紧跟在地名用字（省、市、区、县等）之后的简称（可能是另一级机构，如“市科技局”）；"
        "文中约定过的其他简称；全称或全称中的一段。\n"
        "示例：约定“科技信息化局”后写“科信局的主要职责为”，应统一为“科技信息化局”。"
    ),
    flag=(
        "某市某区科学技术和信息化局（以下简称科技信息化局）是区政府组成部门。科信局的主要职责为：贯彻执行科技方针政策。",
        "某市某区某街道（以下简称“某街道”）对2020年度整体支出进行自评。\n一、部门概况\n"
        "文件核定某市某区某街道办事处（以下简称“某街道”或“单位”）内设机构6个。\n",
    ),
    keep=(
        # 可比下降 (comparable, beside the defined 可比增长) starts with the word 可比: no 比下降 for 比上年同期下降
        "全省收入2633.4亿元，比上年同期下降（以下简称“下降”）6.3%，扣除退税因素后可比增长6.3%（以下简称“可比增长”）。"
        "其中：省本级收入385.4亿元，下降21.4%，可比下降0.5%。",
        "某市某区科学技术和信息化局（以下简称科技信息化局）是区政府组成部门。科技信息化局的主要职责为：贯彻执行科技方针政策。",
        # after a place word: the city's bureau, another body
        "某市某区科学技术和信息化局（以下简称科技信息化局）是区政府组成部门，业务上接受市科技局指导。",
        "某县卫生健康局（以下简称县卫健局）负责全县卫生工作。卫生健康局下设三个股室。",
        # one passage copied twice word for word: S004's repeated paragraph
        "某市某区某街道（以下简称“某街道”）负责辖区工作。\n某市某区某街道（以下简称“某街道”）负责辖区工作。\n",
        "某街道（以下简称“某街道”）与某县财政局（以下简称“县财政局”）共同开展评价。\n",
    ),
)

_DEFINED = regex_cache.compile(r"([\u4e00-\u9fff]{4,30}?)[（(]以下简称[“\"]?([\u4e00-\u9fff]{2,10})[”\"]?[）)]")
_ANY_SHORT = regex_cache.compile(r"简称[“\"：:]?([\u4e00-\u9fff]{2,10})")
_PLACES = regex_cache.compile(r"^(?:[\u4e00-\u9fff]{0,12}?(?:省|自治区|市|区|县|旗|镇|乡|州))+")
_PLACE_WORDS = "省市县区镇乡州旗"
MIN_CORE = 3
SHORT_MIN, SHORT_MAX = 3, 6
JOINED_FREQ = 500  # a pair this common in jieba's dictionary is a word (可比, 对比)


def _in_order(short: str, name: str) -> bool:
    chars = iter(name)
    return all(c in chars for c in short)


def _others(text: str, start: int, core: str, excluded: set[str]) -> Iterator[tuple[int, str]]:
    """Abbreviations of ``core`` in ``text`` after ``start``, outside ``excluded``: (offset, the name)."""
    seen: set[str] = set()
    pos = text.find(core[-1], start)
    while pos != -1:
        for size in range(SHORT_MIN, SHORT_MAX + 1):
            at = pos - size + 1
            short = text[at:pos + 1]
            if at <= start or short[0] != core[0] or short in seen or short in excluded:
                continue
            if _in_order(short, core) and text[at - 1] not in _PLACE_WORDS:
                seen.add(short)
                yield at, short
        pos = text.find(core[-1], pos + 1)


_GIVEN = regex_cache.compile(r"以下简称[:：]?[“\"]?([\u4e00-\u9fff]{2,10})[”\"]?")
_BEFORE = 8  # the words before a definition that tell a passage copied twice


def _given_twice(text: str) -> Iterator[Finding]:
    """The second definition of a short name the text already gave, on another line and after other words."""
    first: dict[str, int] = {}
    for m in _GIVEN.finditer(text):
        name, at = m.group(1), m.start()
        if name not in first:
            first[name] = at
            continue
        was = first[name]
        if "\n" not in text[was:at] or text[max(0, was - _BEFORE):was] == text[max(0, at - _BEFORE):at]:
            continue
        yield Finding(at, m.end(), RULE.code, RULE.severity,
                      f"简称“{name}”在前文已经约定过，此处又约定一次，应删去重复的约定")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if not contains(text, "以下简称"):
        return
    yield from _given_twice(text)
    given = {m.group(1) for m in _ANY_SHORT.finditer(text)}
    for m in _DEFINED.finditer(text):
        full, short = m.group(1), m.group(2)
        core = _PLACES.sub("", full)
        if len(core) < MIN_CORE or not _in_order(short, core):
            continue
        excluded = given | {short, core}
        for at, other in _others(text, m.end(), core, excluded):
            if other in full or freq(text[at - 1:at + 1]) >= JOINED_FREQ:
                continue  # 可比下降 (可比 a word) holds no 比下降: the candidate starts inside a word
            yield Finding(at, at + len(other), RULE.code, RULE.severity,
                          f"前文已约定“{full}”简称“{short}”，此处又称“{other}”：简称应前后一致，请统一为“{short}”",
                          short)
