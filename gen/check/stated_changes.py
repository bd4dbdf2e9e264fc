"""Changes on last year a report states in words (较上年增加X万元), with what they are changes of.

A 决算 or 预算 note states each change twice or more: once after the figure it belongs to
("收入合计638.63万元，较上年决算数减少132.76万元") and again as the reason for another
("……减少132.28万元，主要原因是收入合计减少132.28万元"). Both statements are of one amount,
so two different amounts under one subject are a slip (N006). The reading here names the
subject of each stated amount of change:

- the words before the verb, when they name one ("主要是一般公共预算拨款较上年增加165.82万元");
- else the amount the change follows in its clause group ("……收入合计638.63万元，较上年减少…"),
  and every amount equal to it just before ("拨款收入985.67万元，拨款支出985.67万元，比上年增加…":
  the change is of both).

A 预算 note breaks two wholes down by one list of kinds ("基本支出……。其中：……商品和服务支出X元，同比
减少A元" … "项目支出……。其中：商品和服务支出Y元，同比减少B元"): the two changes are of two figures that
share a name. Each change keeps the whole named before the nearest 其中 above it (:attr:`StatedChange.under`).

N005 reads the same comparisons (:data:`YOY`, :func:`amount_before`) to check a change against the
two years' figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..core import regex_cache
from .context import CheckContext
from .numbers_text import Item, items

# The verbs that state a change (增收, 减收 of income too), read by every change reading (N005, change_base).
CHANGE_VERBS = "增加|增长|提高|上升|减少|下降|降低|增收|减收"

_VERB_ENDS = frozenset(verb[-1] for verb in CHANGE_VERBS.split("|"))


def yoy_before(text: str, lo: int, hi: int):
    """``YOY.search(text, lo, hi)``, asked before every figure: a change verb must end the stretch (blanks and a
    了 after it aside), which its last character tells without the pattern for almost every figure: a verb's last
    character is searched from at once, and any other but a blank or 了 ends no verb (no copy of the tail made)."""
    last = text[hi - 1] if hi > lo else ""
    if last in _VERB_ENDS:
        return YOY.search(text, lo, hi)
    if last != "了" and not last.isspace():
        return None
    tail = text[max(lo, hi - 8):hi].rstrip()  # the verb, its 了 and at most three blanks lie in the last eight
    tail = tail[:-1] if tail.endswith("了") else tail
    return YOY.search(text, lo, hi) if tail[-1:] in _VERB_ENDS else None


YOY = regex_cache.compile(
    r"(?:(?:较|比|同比)(?:上年|去年|上一年)(?:度)?(?:同期|决算数|决算)?|同比"
    r"|(?:较|比|与)(?P<base>\d{4})年(?:度)?(?:同期|决算数|决算)?(?:相比)?[，,]?)"
    r"(?P<verb>" + CHANGE_VERBS + r")(?:了)?\s{0,2}$"
)
# An amount of change without a comparison of its own, in a clause group that states one
# ("……较上年减少132.28万元，主要原因是收入合计减少132.28万元"): a reason, of the same kind. A comparison's year
# may have lost its 年 (收入较2024增加39.39万元，……拨款增加了32.42万元).
_BARE = regex_cache.compile(r"(?P<verb>增加|减少)(?:了)?\s{0,2}$")
_COMPARED = regex_cache.compile(r"(?:较|比)(?:上年|去年|上一年|\d{4}(?:年|(?=增加|减少)))|同比")
_VERBS = ("增加", "增长", "提高", "上升", "减少", "下降", "降低", "增加了", "减少了")
_UP = ("增加", "增长", "提高", "上升")

# The words before the verb, less what names no subject: a year, a comparison, the clause's lead.
_YEAR_HEAD = regex_cache.compile(r"^.{0,20}?(?:\d{4}年度?|上年度?|去年|本年度?|全年|当年)(?:末|底|初)?")
_LEAD = regex_cache.compile(r"^(?:[.．、)）:：]|主要原因是|主要原因为|主要是|主要为|原因是|其中|由于|主要|是|的)+")
_TAIL = regex_cache.compile(r"(?:(?:较|比|与|同比).{0,10})?(?:" + CHANGE_VERBS + r")(?:了)?$")
_TRAIL = regex_cache.compile(r"(?:为|达到|达|是|共计|共|约)+$")
# Words that name the whole of a statement, not one figure of it ("收支较上年减少…").
_NO_SUBJECT = frozenset(("", "收支", "总体", "合计", "总计", "资金", "金额", "经费", "支出", "收入"))
# A stage of a figure (决算4万元，比上年减少…) names no subject; nor do names shorter than 基本支出.
_STAGE = regex_cache.compile(r"(?:年初|全年|调整后|本年)?(?:预算|决算|执行|完成|实际支出|支出决算|收入决算|实际)数?")
MIN_SUBJECT = 4
# Funds a clause group may be about before it names the subject ("一般公共预算财政拨款支出800万元，较上年
# 增加60万元，主要原因是基本支出增加40万元": the 基本支出 of that money alone).
_SCOPE_WORDS = regex_cache.compile(r"财政拨款|一般公共预算|政府性基金|国有资本经营")
# One name, two spellings: 一般公共预算财政拨款收入 is 一般公共预算拨款.
_SPELLINGS = ((regex_cache.compile(r"财政拨款"), "拨款"), (regex_cache.compile(r"拨款收入$"), "拨款"))


@dataclass(frozen=True)
class StatedChange:
    change: Item
    subjects: tuple[str, ...]  # normalised names of what changed
    up: bool
    year: str  # the year the change is of ("2022"), "" when not said
    head: str  # the label of the whole its subject is a part of (after 其中), "" when none
    echo: bool  # the subject named in words (a reason: 主要是拨款较上年增加…), not by the figure it follows
    scope: frozenset  # the funds its clause group speaks of before the subject (财政拨款, 一般公共预算…)
    under: str = ""  # the whole named before the nearest 其中 above the change (基本支出, 项目支出), "" when none


def subject_name(raw: str) -> str:
    """The normalised name in the words before a figure or a verb ("主要是2022年一般公共预算财政拨款收入较上年"
    -> 一般公共预算拨款); "" when they name nothing in particular."""
    s = "".join(raw.split())
    s = _TAIL.sub("", s)
    s = _YEAR_HEAD.sub("", s)
    s = _LEAD.sub("", s)
    s = _TRAIL.sub("", s)
    for pattern, to in _SPELLINGS:
        s = pattern.sub(to, s)
    return "" if s in _NO_SUBJECT else s


def _specific(name: str) -> str:
    """``name`` when it can name one figure of a report (not a stage such as 决算, nor too short), else ""."""
    return name if len(name) >= MIN_SUBJECT and not _STAGE.fullmatch(name) else ""


def amount_before(all_items: list[Item], j: int, seg_start: int, limit: int) -> Optional[Item]:
    """The latest amount before ``limit`` in the same sentence, walking back from item ``j``.

    Items between ``limit`` and the change lie inside the 16 characters of "较上年增加",
    so this walk is short; percentages are skipped by starting at the latest amount.
    """
    while j >= 0:
        cand = all_items[j]
        if cand.q.start < seg_start:
            return None
        if cand.q.unit != "%" and cand.q.end <= limit:
            return cand
        j -= 1
    return None


def _own_year(subject: Optional[Item], base: str) -> str:
    if subject is not None and subject.year.isdigit():
        return subject.year
    return str(int(base) + 1) if base else ""


def _base_of_rate(amount: Item, after: Item) -> bool:
    """``amount`` is the base of the rate right after it (完成年初预算391,267万元的96.95%): no subject of a change."""
    return amount.money is not None and after.q.unit == "%" and 0 < after.q.start - amount.q.end <= 1


def _followed(all_items: list[Item], j: int, it: Item) -> tuple[tuple[str, ...], Optional[Item], int]:
    """The names of the amount a change follows and of the equal amounts just before it, and where
    the first of their words starts."""
    while j >= 0 and all_items[j].q.unit == "%":
        j -= 1
    if 0 < j < len(all_items) - 1 and _base_of_rate(all_items[j], all_items[j + 1]):
        j -= 1  # 总支出379,347万元，完成年初预算391,267万元的96.95%，比上年增加…: the change is the head's
        while j >= 0 and all_items[j].q.unit == "%":
            j -= 1
    subject = all_items[j] if j >= 0 else None
    if subject is None or subject.money is None or subject.q.start < it.seg_start:
        return (), None, 0
    raw = subject.raw_label.strip()
    if raw.startswith(("比", "较")):
        return (), None, 0  # 比2017年1817.82万元减少…: the base, read by N005
    names = [subject_name(raw)]
    first = subject
    k = j - 1
    while k >= 0 and all_items[k].q.start >= it.seg_start and all_items[k].money == subject.money:
        first = all_items[k]
        names.append(subject_name(first.raw_label))
        k -= 1
    # 决算4万元，比上年减少…: a stage of some figure named before, not a subject of its own
    names = [n for n in names if _specific(n)]
    return tuple(names), subject, first.q.start - len(first.raw_label)


def _head(ctx: CheckContext, all_items: list[Item], j: int, it: Item, subject: Optional[Item]) -> str:
    """The whole a part after 其中 belongs to: the first amount of its sentence."""
    part = subject if subject is not None else it
    if not part.sub:
        return ""
    start = ctx.text.rfind("。", 0, part.q.start) + 1
    for cand in all_items[max(0, j - 30):j]:
        if cand.q.start >= start and cand.money is not None:
            return subject_name(cand.raw_label)
    return ""


UNDER_REACH = 240  # characters back from a change to the 其中 that opens its list
_SENTENCE_END = "。；"
_ENUMERATION = regex_cache.compile(r"^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[.．、]")


def _under(ctx: CheckContext, all_items: list[Item], it: Item) -> str:
    """The whole a listed part belongs to: the first amount of the sentence that holds, or ends right
    before, the nearest 其中 above the change ("2. 项目支出 29700 元……。其中：商品和服务支出…" -> 项目支出)."""
    text = ctx.text
    at = text.rfind("其中", max(0, it.q.start - UNDER_REACH), it.q.start)
    if at < 0 or "\n\n" in text[at:it.q.start]:
        return ""
    end = at
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in _SENTENCE_END):
        end -= 1  # 。其中：the list opens a sentence of its own; its whole is in the one before
    start = max([text.rfind(c, 0, end) + 1 for c in _SENTENCE_END] + [text.rfind("\n\n", 0, end) + 2])
    whole = next((x for x in all_items if start <= x.q.start < end and x.money is not None), None)
    if whole is None:
        return ""
    return _ENUMERATION.sub("", subject_name(whole.raw_label))


def _read(ctx: CheckContext) -> list[StatedChange]:
    text = ctx.text
    all_items = items(ctx)
    out = []
    for j, it in enumerate(all_items):
        if it.money is None or it.q.comparator or not it.raw_label.rstrip().endswith(_VERBS):
            continue
        m = yoy_before(text, max(it.seg_start, it.q.start - 16), it.q.start)
        own = _specific(subject_name(it.raw_label))
        if m is None:
            m = _BARE.search(it.raw_label)
            if m is None or not own or not _COMPARED.search(text, it.seg_start, it.q.start):
                continue
        subject = None
        names: tuple[str, ...] = (own,) if own else ()
        named_at = it.q.start - len(it.raw_label)
        if not names:
            names, subject, named_at = _followed(all_items, j - 1, it)
        if not names:
            continue
        base = m.groupdict().get("base") or ""
        scope = frozenset(x.group() for x in _SCOPE_WORDS.finditer(text, it.seg_start, named_at))
        out.append(StatedChange(it, names, m.group("verb") in _UP, _own_year(subject, base),
                                _head(ctx, all_items, j, it, subject), bool(own), scope,
                                _under(ctx, all_items, it)))
    return out


def stated_changes(ctx: CheckContext) -> list[StatedChange]:
    """Every amount of change the text states with the name of what changed; cached per context."""
    return ctx.memo("stated_changes", _read)


__all__ = ["YOY", "StatedChange", "amount_before", "stated_changes", "subject_name", "yoy_before"]
