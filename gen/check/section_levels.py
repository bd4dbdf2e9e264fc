"""Sections numbered a level apart in the contents and in the body: 目录 一、部门职责 over 正文 （一）部门职责.

A 决算 template of several provinces lists a part's sections as 一、 二、 under 第一部分 in its
contents; a body that numbers the same sections （一） （二） under the same 第一部分 has moved them a
level down (or the contents a level up). The titles agree word for word and so do the numbers, only
the level differs: S017 pairs entries by level, so this pair is read here, on its own. Only where the
body has no heading of the entry's own level and number in that part (else the （二） is a sub-heading
under it, not the entry moved).
"""

from __future__ import annotations

from .contents import Entry


def sections_apart(toc: list[Entry], body: list[Entry]) -> list[tuple[Entry, Entry]]:
    """(body heading, contents entry) for each section the body numbers a level below its contents entry."""
    entries = {(e.key[0], e.number, e.title): e for e in toc if e.level == 1 and e.key[0] and e.title}
    if not entries:
        return []
    body_keys = {b.key for b in body}
    found = []
    for b in body:
        if b.level != 2 or b.key[2] != 0:
            continue  # a （一） under a 一、 of the body is a sub-heading in its place
        e = entries.get((b.key[0], b.number, b.title))
        if e is not None and (b.key[0], 1, 0, b.number) not in body_keys:
            found.append((b, e))
    return found
