"""A place's level typed twice before the name of its body (漷县镇镇水务所, 开州区区民政局): W002's doubling
that the segmenter reads as one word (区区: trifling) or as two lone characters; and a town whose own name ends in
its level's character (章镇镇, 木镇镇), which doubles it rightly."""

from __future__ import annotations

from ..core import regex_cache
from ..core.han import is_han

# 区区 / 县县 are one word to the segmenter (区区: trifling); after a place name and before a body's name
# (开州区区民政局) it is the place's level typed twice. 县县委, 区区长 read as 县 + 县委 and are no doubling.
LEVELS = ("区区", "县县", "镇镇", "乡乡")
_BODY_END = ("局", "委员会", "办公室", "中心", "院", "站", "馆", "所", "队", "政府")
_BODY_AFTER = 6  # characters of the body's name after the doubled level (水务所, 人民政府, 民政局)


def level_before_body(text: str, s: int, toks, word, lo: int) -> bool:
    """漷县镇镇水务所: the level typed twice between a place's name and the name of its body, which may be
    one word to the segmenter (民政局) or several (水务|所)."""
    if word[2] not in LEVELS or s == 0 or not is_han(text[s - 1]):
        return False
    after = [t for t in toks if t[0] == word[1]]
    return bool(after) and len(after[0][2]) > 1 and body_follows(text, lo + after[0][0], len(after[0][2]))


_LISTED = "省市州县区乡镇村"  # levels a list of them names one after another (县、乡、村道)


def levels_listed(text: str, s: int, e: int) -> bool:
    """The doubled level at text[s:e] is a place's own level, then the first of a list of levels (全县县、乡、村道:
    全县, and the county, township and village roads), not a slip."""
    return text[s] in _LISTED and text[e:e + 1] == "、" and text[e + 1:e + 2] in _LISTED


# A congress's session after the level (您在镇镇第二十届人民代表大会上提出的建议): 镇镇 (every town) said on purpose
# is followed by what each town does (镇镇通公交), never by a session's ordinal.
_SESSION = regex_cache.compile(r"第[一二三四五六七八九十\d]{1,4}届")


def body_follows(text: str, at: int, least: int = 2) -> bool:
    """A body's name of at least ``least`` characters starts at ``at``: it ends in a body's kind within reach, or it
    is a congress's session (第二十届人民代表大会)."""
    if _SESSION.match(text, at):
        return True
    run = text[at:at + max(_BODY_AFTER, least)]  # a one-word name longer than the reach still counts whole
    return any(run[:n].endswith(_BODY_END) and all(is_han(c) for c in run[:n]) for n in range(least, len(run) + 1))


_LEVEL_CHARS = "省市县区州旗盟乡镇村"
_BEFORE_NAME = "受由在对向为和与及的是将把从经"  # words a one-character town's name may follow (受木镇镇人民政府委托)
TOWN_LEVELS = ("镇镇", "乡乡")


def town_named(text: str, s: int) -> bool:
    """The doubling at ``s`` ends a town's own name of one character and its level (章镇 + 镇, 木镇 + 镇: 章镇镇, 木镇镇
    are real towns): the name stands alone (after a mark, a line's start or a word such as 受) and the text never
    writes it but before the level again. 漷县镇镇 (a level's character before the first 镇), 城关镇镇 (a longer
    name) and a name the text writes elsewhere without the second level (马镇 … 马镇镇政府) stay slips. A street's
    name ends in 街 before its 街道 the same way (street_named)."""
    if text.startswith("街街道", s):
        return street_named(text, s)
    if s == 0 or text[s:s + 2] not in TOWN_LEVELS or text[s - 1] in _LEVEL_CHARS or not is_han(text[s - 1]):
        return False
    if s >= 2 and is_han(text[s - 2]) and text[s - 2] not in _BEFORE_NAME:
        return False  # 城关镇镇: the name is longer than one character, and ends in 镇 once
    name, level = text[s - 1:s + 1], text[s]
    at = text.find(name)
    while at >= 0:
        if text[at + 2:at + 3] != level:
            return False
        at = text.find(name, at + 1)
    return True


# An office's kind, then its own head's title (儿童福利司司长, 财务处处长, 统计局局长, 派出所所长): the second
# character opens the title 司长, 处长 … and the name before ends in the office's kind, so nothing is doubled.
_OFFICE_KINDS = "司处科局厅部所站队股室组"


def head_title_after(text: str, s: int, e: int) -> bool:
    """True when ``text[s:e]`` is an office's kind doubled only as its name's end and its head's title (司司长)."""
    return text[s] in _OFFICE_KINDS and text[e:e + 1] == "长"


def street_named(text: str, s: int) -> bool:
    """The 街街道 at ``s`` is a street's own name ending in 街 (北城街, 东大街) and the 街道 named after it: the text
    never writes the name's two characters before 街道 once (北城街道), as it would where 街 was typed twice."""
    name = text[max(0, s - 2):s]
    return len(name) == 2 and all(is_han(c) for c in name) and name + "街道" not in text
