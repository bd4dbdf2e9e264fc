"""A report's dated subtitle that lost its 在 (——2023年5月17日某区第十七届人民代表大会常务委员会第十次会议上), for W062.

A report read to a people's congress, its standing committee or a CPPCC session carries a subtitle under its title:
"——2023年5月17日在某区第十七届人民代表大会常务委员会第十次会议上". Like 在……的领导下, the subtitle is a frame that
在 opens and 会议上 (大会上) closes: without 在 the date runs straight into the body's name and the meeting hangs with
no preposition, a slip a reviewer marks at once. The shape is the same in every province's template, so it is read
without knowing the report: a line that opens on the subtitle's dash (—— or one of P020's slips), a full date, no 在
(nor 于) after it, and the meeting's name ending in 会议上 or 大会上 at a line's end. A long subtitle is often wrapped
over two lines (blank lines between, as a page copied as text prints it); the wrap is followed. A dated line that
does not end on a meeting (——2017年某市交通运输工作报告, a chronicle's entry) is no subtitle and is not read.
"""

from __future__ import annotations

from typing import Iterator

from ..core import regex_cache

_DASH = r"(?:——|—|一一|──|--|－－)"
_DATE = (r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})[ \u3000]{0,2}年[ \u3000]{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,2})"
         r"[ \u3000]{0,2}月[ \u3000]{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]{0,2}日")
# The subtitle: its line's dash and date, then (no 在 or 于) the meeting, perhaps wrapped once, ending on 会议上.
_LOST_ZAI = regex_cache.compile(
    rf"(?m)^[ \u3000]{{0,4}}{_DASH}[ \u3000]{{0,2}}({_DATE})(?![ \u3000]{{0,2}}[在于])"
    r"([^\n。，,；;：:]{2,50}(?:\n[ \u3000]{0,4}){0,3}[^\n。，,；;：:]{0,50}?(?:会议|大会)上)[ \u3000]{0,4}$")
_NEEDLES = ("会议上", "大会上")


def subtitles_without_zai(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, date) of each subtitle line whose 在 before the meeting was lost."""
    if not any(needle in text for needle in _NEEDLES):
        return
    for m in _LOST_ZAI.finditer(text):
        yield m.start(1), m.end(2), m.group(1)
