"""Sections numbered a level apart in the contents and in the body: 目录 一、部门职责 over 正文 （一）部门职责.

A 决算 template of several provinces lists a part's sections as 一、 二、 under 第一部分 in its
contents; a body that numbers the same sections （一） （二） under the same 第一部分 has moved them a
level down (or the contents a level up). The titles agree word for word and so do the numbers, only
the level differs: S017 pairs entries by level, so this pair is read here, on its own. Only where the
body has no heading of the entry's own level and number in that part (else the （二） is a sub-heading
under it, not the entry moved).
"""

from __future__ import annotations

from .contents import Entry, clean_title

MIN_TITLE = 4  # characters of a title read without its number: a shorter one may be a word of prose


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


def titles_unnumbered(paragraphs: list, toc: list[Entry], body: list[Entry]) -> list[tuple[object, Entry]]:
    """(paragraph, contents entry) for each body line that is a numbered entry's title without its number
    (目录 一、部门决算单位构成, 正文 部门决算单位构成): the first line under its part for a first entry, or a
    line between the entry's two neighbours in the body. The body has no heading of the entry's place. A table's
    name (收入支出决算总表) is left alone: the body's table carries it as its caption, without the number."""
    body_keys = {b.key for b in body}
    found = []
    for e in toc:
        if e.level != 1 or not e.key[0] or len(e.title) < MIN_TITLE or e.key in body_keys or e.title.endswith("表"):
            continue  # a table's name: the body prints the table under its own caption, unnumbered
        part, n = e.key[0], e.number
        before = next((b for b in body if b.key == ((part, 0, 0, part) if n == 1 else (part, 1, 0, n - 1))), None)
        after = next((b for b in body if b.key == (part, 1, 0, n + 1)), None)
        if before is None:
            continue
        lines = [p for p in paragraphs if p.start > before.start and p.text.strip()]
        if n == 1:
            lines = lines[:1]  # the first line under the part
        elif after is not None:
            lines = [p for p in lines if p.start < after.start]
        else:
            continue
        line = next((p for p in lines if clean_title(p.text) == e.title), None)
        if line is not None:
            found.append((line, e))
    return found
