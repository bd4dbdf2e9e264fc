"""A body's kind typed twice at the end of its name in a list of bodies ("群众体育处、竞技体育处处、青少年体育处"): W002's.

处处, 科科 are words to the segmenter (处处: everywhere), so the doubling hides inside one word. In a list
of a department's offices the item before or after it ends in the same kind (体育处、) and the doubled
item stands right before a list's mark: the adverb 处处 never ends a list item (it comes before a verb:
处处严格要求), and 时时处处 in a list of adverbs has no neighbour ending in 处. Searched from the
doubling (a pair the engine skips to), its neighbours read from the text around it.

A bureau's short name whose kind is typed again before 直属/属 ("市人社局局直属事业单位", "省教育厅厅属高校") is the
same slip: 局直属 and 厅属 follow the name of the body they belong to, never its kind a second time
("市人社局直属", or "局直属" where the body goes unnamed). Read where the doubled kind follows a Chinese character.
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


def doubled_kinds(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each doubled kind whose list neighbour ends in the same kind."""
    if any(contains(text, pair) for pair in _OWN_PAIRS):
        for m in _BEFORE_OWN.finditer(text):
            yield m.start(), m.end(), m.group(1)
    if not any(contains(text, pair) for pair in _PAIRS):
        return  # a fast substring test (from the text's pairs): the pattern opens on a lookbehind, which re tries at every character
    for m in _DOUBLED.finditer(text):
        kind = m.group(1)
        before = _BEFORE.search(text, max(0, m.start() - REACH), m.start())
        after = _AFTER.match(text, m.end(), m.end() + REACH)
        if (before and before.group(1) == kind) or (after and after.group(1) == kind):
            yield m.start(), m.end(), kind
