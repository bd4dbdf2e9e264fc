"""What tells that a 其中 list names every part of its total, for N004.

A 其中 list may name only some parts of a total ("其中中央资金a万元": the rest
unsaid), so N004 compares such parts with their total only where they exceed it.
Two tells say the list is complete, and then its parts must make the total
exactly, neither more nor less:

- the sentence before 其中 names and counts the kinds ("主要有A、B二类支出"), and
  the list gives each of them;
- the total itself is said of kinds named one by one right before its figure
  ("共承办人大代表建议、政协委员提案40件。其中，人大代表建议a件，政协提案b件"), and the
  list gives each of them, one for one: the total is of those kinds and no other;
- the list names a kind with nothing in it (国有资本经营预算0万元): nobody lists an
  empty kind in a partial list, so the writer went through every kind.
"""

from __future__ import annotations

from ..core import regex_cache
from ..core.chinese_numerals import parse_chinese_numeral
from .numbers_text import Item

# "主要有A、B二类支出", "分为A和B两部分": the kinds a total is made of, counted.
_COUNTED_KINDS = regex_cache.compile(
    r"(?P<names>[^，,。；;：:（）()]{2,80}?)(?P<count>[两二三四五六七八九2-9])(?:大类|类|个部分|部分|个方面|方面|块|种)"
)
_NAME_SEP = regex_cache.compile(r"、|以及|和|及|与")
# "……，其余为预备费": the list names the kinds but says part of the total is left over.
REMAINDER = regex_cache.compile(r"其余|其他|剩余|余下|余额|另有|结余")


def names_every_part(head: str, parts: list[Item], total_at: int = -1) -> bool:
    """Does the sentence before 其中 name, and count, exactly the kinds the parts list?

    "主要有部门预算项目支出、专项预算支出二类支出，总预算2455.5万元，其中部门预算项目支出87.5万元，
    专项预算支出2350万元": the list is complete, so the parts must make the total. Each part's label
    must be one of the named kinds (the first name may carry the subject before it: "本局主要有A").
    """
    if len(parts) < 2:
        return False
    for m in _COUNTED_KINDS.finditer(head):
        names = [n for n in _NAME_SEP.split(m.group("names")) if n]
        count = parse_chinese_numeral(m.group("count")) if not m.group("count").isdigit() else int(m.group("count"))
        if count != len(names) or count != len(parts):
            continue
        unmatched = list(names)
        for p in parts:
            hit = next((n for n in unmatched if len(p.label) >= 2 and (n == p.label or n.endswith(p.label))), None)
            if hit is None:
                break
            unmatched.remove(hit)
        else:
            return True
    return total_at > 0 and _kinds_of_total(head[:total_at], parts)


# The kinds a total is said of, named right before its figure after the clause's last mark (……承办A、B40件).
_KINDS_CLAUSE = regex_cache.compile(r"[^，,。；;：:（）()\n]{4,60}$")
_SUM_TAIL = regex_cache.compile(r"(?:共计|合计|总计|共|计|达)$")
_LEVEL = "市县区省州镇乡"  # a part may name its kind with the level it belongs to (市政协提案 for 政协委员提案)


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _same_kind(name: str, label: str) -> bool:
    """Does a part's label name the kind ``name`` (the first name may carry the subject and verb before it)?
    Word for word at the name's end, or the same kind shortened: its characters in the name's order, from the
    name's first to its last two (市政协提案 for 政协委员提案; 重点建议 is a subset of 人大代表建议, and not read)."""
    if len(label) < 2:
        return False
    if name == label or name.endswith(label):
        return True
    short = label.lstrip(_LEVEL)
    at = name.find(short[:1])
    return len(short) >= 3 and at != -1 and name.endswith(short[-2:]) and _is_subsequence(short, name[at:])


def _kinds_of_total(before: str, parts: list[Item]) -> bool:
    """Is the total's figure (at the end of ``before``) said of kinds named one by one right before it, which the
    parts give one for one? A run with 等 (A、B等40件) names some of the kinds only."""
    m = _KINDS_CLAUSE.search(before)
    if m is None or len(parts) < 2:
        return False
    run = _SUM_TAIL.sub("", m.group().rstrip())
    if run.endswith("等") or "、" not in run and not _NAME_SEP.search(run):
        return False
    names = [n for n in _NAME_SEP.split(run) if n]
    if len(names) != len(parts):
        return False
    unmatched = list(names)
    for p in parts:
        hit = next((n for n in unmatched if _same_kind(n, p.label)), None)
        if hit is None:
            return False
        unmatched.remove(hit)
    return True


MIN_ZERO_LIST = 3


def empty_kind_listed(values: list) -> bool:
    """Do three or more parts name a kind with nothing in it (and not every kind but the last empty)?"""
    return (len(values) >= MIN_ZERO_LIST and any(v == 0 for v in values)
            and not all(v == 0 for v in values[:-1]))


def zero_listed(text: str, total: Item, parts: list[Item], pos: int) -> bool:
    """"决算收入X万元，其中：一般公共预算a万元、政府性基金预算b万元、国有资本经营预算0万元、事业收入c万元。":
    a list that names a kind with nothing in it (0万元) goes through every kind, as a partial list never
    would; so its amounts must make the total. Only a colon's list of amounts whose last closes the sentence."""
    if total.money is None or text[pos + 2:pos + 3] not in ("：", ":"):
        return False
    if not empty_kind_listed([p.value for p in parts]):
        return False
    after = text[parts[-1].q.end:parts[-1].q.end + 4].lstrip(" \t\u3000")
    return not after or after[0] in "。\n"


# A kind named 其他 (其他信息, “其它重点信息”) claims the list holds every item; so does a last kind that takes the
# rest in with its own (动态及其他工作信息82条, 通知公告和其他信息): 及/和/与 其他 and a generic noun after it.
_OTHER_OPENS = regex_cache.compile(r"[“\s]{0,2}其[他它]")
_OTHER_JOINED = regex_cache.compile(r"[及和与、]其[他它](?:[\u4e00-\u9fff]{0,2}信息|类|事项)?$")


def other_kind_listed(labels: list[str]) -> bool:
    """Whether a list of kinds names an 其他 part: one opening with 其他, or the last one joining 其他 to its own
    kind (动态及其他工作信息). 法规及其他规范性文件 names a kind of its own, not the rest, and is not read."""
    return any(_OTHER_OPENS.match(label) for label in labels) or bool(labels and _OTHER_JOINED.search(labels[-1]))
