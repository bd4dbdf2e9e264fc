"""A body's kind typed twice at the end of its name in a list of bodies ("群众体育处、竞技体育处处、青少年体育处"): W002's.

处处, 科科 are words to the segmenter (处处: everywhere), so the doubling hides inside one word. In a list
of a department's offices the item before or after it ends in the same kind (体育处、) and the doubled
item stands right before a list's mark: the adverb 处处 never ends a list item (it comes before a verb:
处处严格要求), and 时时处处 in a list of adverbs has no neighbour ending in 处. Searched from the
doubling (a pair the engine skips to), its neighbours read from the text around it.

A bureau's short name whose kind is typed again before 直属/属 ("市人社局局直属事业单位", "省教育厅厅属高校") is the
same slip: 局直属 and 厅属 follow the name of the body they belong to, never its kind a second time
("市人社局直属", or "局直属" where the body goes unnamed). Read where the doubled kind follows a Chinese character.

A character typed twice inside a body's standard kind ("淮南市人民政政府", "县委员员会", "局办公公室") is the same
slip where the segmenter cannot see it: 人民政政府 reads as 人 / 民政 / 政府, every piece a word. Only a
character inside the kind is read, never its first or its last: 委员会会议 (the committee's meeting) and 县委委员
(a member of the county committee) double a kind's end or start rightly.
"""

from __future__ import annotations

from typing import Iterator

from ..core import regex_cache
from ..core.regex_needles import contains

# 处处、 科科， 股股。 室室等: the kind twice after a Chinese character, then a mark that closes a list item.
_DOUBLED = regex_cache.compile(r"(?<=[\u4e00-\u9fff])([处科股室])\1(?=[、，,；;。]|等|和|及)")
# The neighbouring items, each a name of two to twelve Chinese characters, set off by a 、 or 和/及.
_BEFORE = regex_cache.compile(r"[\u4e00-\u9fff]{1,11}([处科股室])、[\u4e00-\u9fff]{0,12}\Z")
_AFTER = regex_cache.compile(r"[、和及][\u4e00-\u9fff]{1,11}?([处科股室])(?=[、，,；;。（(]|等|和|及)")
_PAIRS = ("处处", "科科", "股股", "室室")
# 局局直属, 厅厅属, 委委属: a body's kind, again, then the word for what it runs
_BEFORE_OWN = regex_cache.compile(r"(?<=[\u4e00-\u9fff])([局厅委])\1(?=直属|属)")
_OWN_PAIRS = ("局局", "厅厅", "委委")
REACH = 26  # characters read on each side: one neighbouring name and the doubled item's own


# Standard kinds of bodies, each read with one of its inner characters typed twice (人民政政府).
_KINDS = ("人民政府", "委员会", "办公室", "人民法院", "人民检察院", "代表大会")
_INNER = {k[:i + 1] + k[i] + k[i + 1:]: k for k in _KINDS for i in range(1, len(k) - 1)}
_INNER_PAIRS = tuple(sorted({k[i] * 2 for k in _KINDS for i in range(1, len(k) - 1)}))
_INNER_DOUBLED = regex_cache.compile("|".join(sorted(_INNER, key=len, reverse=True)))


def _inside_kinds(text: str) -> Iterator[tuple[int, int, str, str]]:
    if any(pair in text for pair in _INNER_PAIRS):
        for m in _INNER_DOUBLED.finditer(text):
            kind = _INNER[m.group()]
            yield m.start(), m.end(), f"“{m.group()}”中有一个字重复，应为“{kind}”。", kind


def doubled_kinds(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, message, the kind meant) of each doubled kind whose list neighbour ends in the same kind,
    each kind typed twice before 直属/属, and each character typed twice inside a standard kind."""
    yield from _inside_kinds(text)
    if any(contains(text, pair) for pair in _OWN_PAIRS):
        for m in _BEFORE_OWN.finditer(text):
            yield m.start(), m.end(), _message(text, m.start(), m.end(), m.group(1)), m.group(1)
    if not any(contains(text, pair) for pair in _PAIRS):
        return  # a fast substring test (from the text's pairs): the pattern opens on a lookbehind, which re tries at every character
    for m in _DOUBLED.finditer(text):
        kind = m.group(1)
        before = _BEFORE.search(text, max(0, m.start() - REACH), m.start())
        after = _AFTER.match(text, m.end(), m.end() + REACH)
        if (before and before.group(1) == kind) or (after and after.group(1) == kind):
            yield m.start(), m.end(), _message(text, m.start(), m.end(), kind), kind


def _message(text: str, start: int, end: int, kind: str) -> str:
    return f"“{text[start:end]}”中“{kind}”字重复，机构名称应为“……{kind}”。"
