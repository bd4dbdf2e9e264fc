"""A place's level typed twice before the name of its body (漷县镇镇水务所, 开州区区民政局): W002's doubling
that the segmenter reads as one word (区区: trifling) or as two lone characters."""

from __future__ import annotations

from .han import is_han

# 区区 / 县县 are one word to the segmenter (区区: trifling); after a place name and before a body's name
# (开州区区民政局) it is the place's level typed twice. 县县委, 区区长 read as 县 + 县委 and are no doubling.
LEVELS = ("区区", "县县", "镇镇", "乡乡")
_BODY_END = ("局", "委员会", "办公室", "中心", "院", "站", "馆", "所", "队")
_BODY_AFTER = 6  # characters of the body's name after the doubled level (水务所, 人民政府, 民政局)


def level_before_body(text: str, s: int, toks, word, lo: int) -> bool:
    """漷县镇镇水务所: the level typed twice between a place's name and the name of its body, which may be
    one word to the segmenter (民政局) or several (水务|所)."""
    if word[2] not in LEVELS or s == 0 or not is_han(text[s - 1]):
        return False
    after = [t for t in toks if t[0] == word[1]]
    return bool(after) and len(after[0][2]) > 1 and body_follows(text, lo + after[0][0], len(after[0][2]))


def body_follows(text: str, at: int, least: int = 2) -> bool:
    """A body's name of at least ``least`` characters starts at ``at``: it ends in a body's kind within reach."""
    run = text[at:at + max(_BODY_AFTER, least)]  # a one-word name longer than the reach still counts whole
    return any(run[:n].endswith(_BODY_END) and all(is_han(c) for c in run[:n]) for n in range(least, len(run) + 1))
