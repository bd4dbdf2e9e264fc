"""Head counts split into groups that hold everyone between them (glossary/partitions.yaml).

"实有人数78人（其中：在职51人，退休26人）": in-service and retired staff are all the staff there
are, so a list naming exactly those groups is complete and must make the count (51＋26＝77, not
78). One measure alone cannot show a list is complete (rule N014 otherwise needs two); the names
of a known partition do. Which names form a partition is data, proved by its own examples at load.
Precision first: a list naming any other group, or followed by more people in its sentence
(另有遗属1人, ；另有编外人员2人), is not judged. A group that cannot belong to any partition's class (遗属, the
survivors a body supports: ``extra`` in the file) may be listed beside one: the partition still names everyone, so
parts short of the count are a slip (编制128人。其中：在职66人，离退休38人，遗属14人 make 118), while parts over it may
count that group outside the whole, and are not judged. The list may open a sentence of its own (…128人。其中：…).

A partition may count other things than people (``unit``: 件): the suggestions a body handles are each
either led by it (主办) or handled with the lead (会办, 协办), so "人大建议33件，主办10件，会办13件" must
make 33. Such a count names its roles right after it, with or without 其中. Names are read in Simplified
and without pinyin readings (a mirror's 會(huì)辦 is 会办).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator, Optional

from ..core import regex_cache
from ..core.datafile import read_yaml_file
from ..core.resources import data_dir
from .context import CheckContext
from .numbers_text import Item, items
from .textspans import sentence_end
from .unspaced import READING, simplified

_FILE = "glossary/partitions.yaml"
_NAME = r"(?P<name>[^\d，,、；;：:（）()。\s]{1,10}?)(?:人员|人数|职工|干部)?(?:为|有)?\s{0,2}$"
_OPEN = regex_cache.compile(r"^\s{0,2}(?P<bracket>[（(])?\s{0,2}[，,。]?\s{0,2}其中\s{0,2}[：:]?\s{0,2}" + _NAME)
# A count of things (件) whose roles follow it at once, no 其中: "人大建议33件，主办10件，会办13件"
_OPEN_BARE = regex_cache.compile(r"^\s{0,2}[，,]\s{0,2}" + _NAME)
_GAP = regex_cache.compile(r"^\s{0,2}[，,、]\s{0,2}" + _NAME)
MAX_PARTS = 6
# People said to be there besides the listed groups, later in the same sentence (；另有编外人员2人).
_MORE = regex_cache.compile(r"另有|其余|其他|还有|此外|编外|聘用|临聘|借调|派遣|公益性岗位|合同制")


@dataclass(frozen=True)
class Partition:
    name: str
    classes: tuple[tuple[str, ...], ...]
    unit: str = "人"


@dataclass(frozen=True)
class Split:
    """A count, its listed parts, and the partition their names complete."""

    whole: Item
    parts: tuple[Item, ...]
    partition: Partition
    extra: bool = False  # a group outside the partition is listed too: only a shortfall is a slip

    def total(self) -> Decimal:
        return sum((p.q.value for p in self.parts), Decimal(0))

    def wrong(self) -> bool:
        """Whether the parts do not make the whole (with an extra group listed, only when they fall short)."""
        total = self.total()
        return total < self.whole.q.value if self.extra else total != self.whole.q.value


def _partition_of(names: list[str], table: tuple[Partition, ...]) -> Optional[Partition]:
    for part in table:
        if len(names) != len(part.classes):
            continue
        hit = [next((i for i, cls in enumerate(part.classes) if n in cls), -1) for n in names]
        if -1 not in hit and sorted(hit) == list(range(len(part.classes))):
            return part
    return None


def _parts_after(text: str, all_items: list[Item], idx: int) -> Optional[tuple[list[Item], list[str]]]:
    """The people counts listed right after item ``idx`` by 其中 and their names, up to the list's end (a
    count of 件 may list them with no 其中)."""
    whole = all_items[idx]
    if idx + 1 >= len(all_items):
        return None
    between = READING.sub("", text[whole.q.end:all_items[idx + 1].q.start])
    m = _OPEN.match(between) or (_OPEN_BARE.match(between) if whole.q.unit != "人" else None)
    if not m:
        return None
    parts, names = [all_items[idx + 1]], [m.group("name")]
    for it in all_items[idx + 2: idx + 1 + MAX_PARTS]:
        g = _GAP.match(READING.sub("", text[parts[-1].q.end:it.q.start]))  # a mirror's 會(huì)辦 is 會辦
        if not g:
            break
        parts.append(it)
        names.append(g.group("name"))
    names = [simplified(n) for n in names]
    if len(parts) < 2 or any(p.q.unit != whole.q.unit or p.q.comparator for p in parts):
        return None
    end = parts[-1].q.end
    tail = text[end:end + 1]
    ends = ("）", ")") if m.groupdict().get("bracket") else ("。", "；", ";", "\n", "")
    if tail not in ends:
        return None
    stop = sentence_end(text, end)
    return None if _MORE.search(text, end, stop) else (parts, names)


def splits(ctx: CheckContext) -> Iterator[Split]:
    """Every count whose listed parts are exactly the groups of one partition."""
    table, extra = _loaded()
    return _splits_with(ctx, table, extra)


def _parse(raw: dict) -> tuple[tuple[Partition, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    if not isinstance(raw, dict) or not isinstance(raw.get("partitions"), list):
        raise ValueError(f"{_FILE}：缺少 partitions 列表")
    out = []
    for entry in raw["partitions"]:
        classes = entry.get("classes") if isinstance(entry, dict) else None
        if not isinstance(classes, list) or len(classes) < 2 or not all(
                isinstance(c, list) and c and all(isinstance(w, str) and w for w in c) for c in classes):
            raise ValueError(f"{_FILE}：{entry!r} 的 classes 须为至少两组非空名称列表")
        out.append(Partition(str(entry.get("name", "")), tuple(tuple(c) for c in classes), str(entry.get("unit", "人"))))
    extra = raw.get("extra") or []
    if not isinstance(extra, list) or not all(isinstance(w, str) and w for w in extra):
        raise ValueError(f"{_FILE}：extra 须为名称列表")
    return tuple(out), tuple(raw.get("flag") or ()), tuple(raw.get("keep") or ()), frozenset(extra)


@lru_cache(maxsize=1)
def _loaded() -> tuple[tuple[Partition, ...], frozenset[str]]:
    """Load the partitions and prove them on their own examples (a failing example fails loading)."""
    table, flag, keep, extra = _parse(read_yaml_file(data_dir("glossary") / "partitions.yaml") or {})
    for text in (*flag, *keep):
        ctx = CheckContext(text)
        wrong = any(s.wrong() for s in _splits_with(ctx, table, extra))
        if wrong != (text in flag):
            raise ValueError(f"{_FILE}：示例不成立（{'应报告却未报告' if text in flag else '不应报告却报告了'}：{text}）")
    return table, extra


def partitions() -> tuple[Partition, ...]:
    """The partitions of glossary/partitions.yaml, proved on their own examples."""
    return _loaded()[0]


def _splits_with(ctx: CheckContext, table: tuple[Partition, ...], extra: frozenset[str]) -> Iterator[Split]:
    all_items = items(ctx)
    units = {p.unit for p in table}
    for idx, whole in enumerate(all_items):
        if whole.q.unit not in units or whole.q.comparator:
            continue
        found = _parts_after(ctx.text, all_items, idx)
        if not found:
            continue
        own = tuple(p for p in table if p.unit == whole.q.unit)
        part = _partition_of(found[1], own)
        if part is not None:
            yield Split(whole, tuple(found[0]), part)
            continue
        kept = [n for n in found[1] if n not in extra]
        if 2 <= len(kept) < len(found[1]) and (part := _partition_of(kept, own)) is not None:
            yield Split(whole, tuple(found[0]), part, extra=True)

