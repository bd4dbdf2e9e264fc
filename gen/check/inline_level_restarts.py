"""A run of the outline's top marks (一、二、) restarted under a deeper item, in one paragraph: the search behind S024's
third class (a page's outline run into one line).

A PDF or a document site's page gives a whole report as one line: 一、应急体系建设 （一）预案建设 1、完善预案体系
（1）预案编制 （2）预案演练 （3）预案宣传情况。一、组织干部培训…… 二、开展知识宣传…… 2、健全应急管理体制…. The
outline's headings cannot be read there (gen.check.headings reads lines), but the marks still tell their levels: the
second 一、 comes while the first 一、 is still open (no 二、 between them), under a deeper item (the （3）), and after its
run (二、) the text goes back to the deeper level it interrupted (2、 after the 1、 above): the inner 一、二、 are the
（3）'s own points, numbered with the top level's marks. All three are required: a 一、 that restarts after a 二、
(a contents, then the body) or one after which the text goes on at the top level (a second document on the page)
is no such slip.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core import regex_cache
from ..core.chinese_numerals import parse_chinese_numeral

# A mark after a clause boundary or the paragraph's start, before a Chinese character or a quote.
_MARK = regex_cache.compile(
    r"(?:(?<=^)|(?<=[。；;：:！？\s]))"
    r"(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})[、.．](?!\d)|[（(](\d{1,2})[）)])"
    r"(?=[ \u3000]{0,2}[\u4e00-\u9fff“>])")
KINDS = ("top", "cn_paren", "digit", "digit_paren")  # 一、 （一） 1、 （1）
MIN_LEN = 80  # a paragraph shorter than this holds no outline
LABEL = 12  # characters of the deeper item's title quoted in the message


@dataclass(frozen=True)
class Restart:
    start: int  # the inner 一、 in the text
    end: int
    parent: str  # the deeper item it stands under: its mark and the start of its title


def _marks(text: str):
    out = []
    for m in _MARK.finditer(text):
        k = next(i for i in range(4) if m.group(i + 1))
        raw = m.group(k + 1)
        n = int(raw) if raw.isdigit() else parse_chinese_numeral(raw)
        if n:
            out.append((m.start(), m.end(), KINDS[k], n))
    return out


def restarts(paragraphs) -> list[Restart]:
    """Each inner 一、 of a top-level run restarted under a deeper item, in paragraphs that hold a whole outline."""
    found = []
    for p in paragraphs:
        if len(p.text) < MIN_LEN or p.text.count("一、") < 2:
            continue
        marks = _marks(p.text)
        tops = [i for i, mk in enumerate(marks) if mk[2] == "top"]
        for a, b in zip(tops, tops[1:]):
            if marks[a][3] != 1 or marks[b][3] != 1 or b - a < 2:
                continue  # not 一、 … 一、 with a deeper item between
            hit = _inner_run(marks, a, b, p.text)
            if hit:
                found.append(Restart(p.start + hit[0], p.start + hit[1], hit[2]))
    return found


def _inner_run(marks, a: int, b: int, text: str):
    """(start, end, parent) when the 一、 at ``b`` runs on to 二、 and the text then resumes a deeper level open
    before it (its next number), else None."""
    last = {}  # the last number of each deeper kind between the two 一、
    for _, _, kind, n in marks[a + 1:b]:
        last[kind] = n
    if b + 1 >= len(marks) or marks[b + 1][2] != "top" or marks[b + 1][3] != 2:
        return None
    k = b + 1
    while k < len(marks) and marks[k][2] == "top" and marks[k][3] == marks[k - 1][3] + 1:
        k += 1  # the inner run 二、三、…
    if k >= len(marks) or marks[k][2] == "top" or last.get(marks[k][2], -1) + 1 != marks[k][3]:
        return None
    s, e, _, _ = marks[b - 1]
    parent = text[s:min(marks[b][0], e + LABEL)].rstrip("。；; ")
    return marks[b][0], marks[b][1], parent
