"""Standard names of bodies and their near misses: the data and the search behind W018.

A reviewer knows how 人力资源和社会保障, 市场监督管理 or 文学艺术界联合会 are
written and sees at once that 人力资源社会资源保障 or 市场监管督理 is not one
of the accepted forms. No list of typos foresees every such slip (a character
wrong, lost, doubled or two swapped), so the search turns round: the standard
names and their accepted forms are data (glossary/body_names.yaml), and a
span that lies within a small edit distance of a name, but is none of the
accepted forms, another known name or a dictionary word, is a misspelt name.

It must cost little: spans are looked at only where a name's first two
characters stand and its last character closes the span at a length the
allowance permits (or, read from the other end, its last two characters and
its first one), so the interior edits a slip makes are found and the rest of
the text is never compared. Only spans of Chinese characters are read, through
the view without the stray blanks of PDF and web copies (gen.check.unspaced):
a table's cells and a name spaced out by the layout are not one misspelt word.

One mechanism serves two lists: the bodies' names (W018) and the standard titles of a 部门决算 (glossary/titles.yaml,
W020, gen.check.titles). A list file may say that a name's first character can be lost where a heading starts
(``edges``), that each name's form with another word is accepted (``alternates``: 决算 and 预算 titles), which names
shorter than five characters are looked for where they stand alone (``short``: 名词解释), after which heading marks a
title stands alone (``marks``: 第四部分), and that a slip is of one kind, characters replaced or characters added and
lost, not both (``one_kind``: 收入支出决算明细表 is another table, not 收入支出决算总表 misspelt). With ``edges``, a title that lost
its last character where the line ends is found too when the two characters left are no word (…情况说, not …收入决算).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from ..core import regex_cache, text_heads
from ..core.glossary_user import per_glossary
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.resources import data_dir
from ..core.regex_trie import alternation
from .confusion import freq
from .word_examples import prove

FILE = "body_names.yaml"
MIN_LEN = 5  # a shorter name with one character changed is usually another word
LONG = 7  # names this long may differ in two places, shorter ones in one
CONJUNCTIONS = "和与"  # 人力资源和社会保障 is also written 人力资源社会保障: both are accepted
WORD_FREQ = 3  # a span this common in jieba's dictionary is a word of its own (its rarest entries are slips)
JOIN_FREQ = 50  # a span's edge and its neighbour forming a word this common read as that word (工作会议)
_HAN = regex_cache.compile(r"[\u4e00-\u9fff]+")
_BLANKS = " \t\u3000\u00a0\n\r"


@dataclass(frozen=True)
class Miss:
    """``written`` at start..end of the text searched, where the standard ``meant`` was intended."""

    start: int
    end: int
    written: str
    meant: str


@dataclass(frozen=True)
class Names:
    targets: tuple[str, ...]  # the names (and long accepted forms) a slip is measured against
    accepted: frozenset  # every accepted form, other known name and name
    by_first: dict  # first two characters -> targets
    by_last: dict  # last two characters -> targets
    anchors: re.Pattern  # where a first or last pair begins (zero-width: overlapping pairs all found, in C)
    known: re.Pattern  # any accepted form, longest first
    flag: tuple[str, ...]
    keep: tuple[str, ...]
    edges: bool = False  # a first character lost where a heading starts is looked for too
    marks: tuple[str, ...] = ()  # words that end a heading's mark (第四部分): a title after them stands alone
    one_kind: bool = False  # a slip replaces characters or adds/loses them, not both


def allowance(name: str) -> int:
    """How many edits a misspelling of ``name`` may hold: one for short names, two for long ones."""
    return 1 if len(name) < LONG else 2


def distance(a: str, b: str) -> tuple[int, int]:
    """(edits, substitutions) of the cheapest alignment of a and b; a swap of neighbours is one edit.

    The substitutions are counted apart because a span with two characters replaced (卫生健康工作会 for 卫生健康委员会) is
    mostly another phrase, while two characters lost or doubled keep the name recognisable. The common head and tail
    are matched as they stand: the table runs over the few characters between them (a long title differs in one
    place). A cell holds its pair as one number, edits * pair + substitutions, which compares as the pair does (a
    name is far shorter than pair): no tuple made and compared per cell (T008 aligns some 200 spans a report).
    """
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    a, b = a[head:], b[head:]
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a, b = a[:len(a) - tail], b[:len(b) - tail]
    pair = 1 << 20
    prev2 = prev = [j * pair for j in range(len(b) + 1)]  # prev2: the row before prev (read from the second row on)
    for i in range(1, len(a) + 1):
        row, here = [i * pair], a[i - 1]
        for j in range(1, len(b) + 1):
            if here == b[j - 1]:
                row.append(min(prev[j] + pair, row[j - 1] + pair, prev[j - 1]))
                continue
            best = min(prev[j] + pair, row[j - 1] + pair, prev[j - 1] + pair + 1)
            if i > 1 and j > 1 and here == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, prev2[j - 2] + pair)
            row.append(best)
        prev2, prev = prev, row
    return divmod(prev[-1], pair)


def _variants(name: str) -> set[str]:
    """The name, its forms with a 和 or 与 left out or swapped (人力资源社会保障, 文化与旅游), and its branch (分局, 分中心)."""
    out = {name}
    for i, ch in enumerate(name):
        if ch in CONJUNCTIONS and 0 < i < len(name) - 1:
            out.add(name[:i] + name[i + 1:])
            out.update(name[:i] + other + name[i + 1:] for other in CONJUNCTIONS)
    branches = {form[:-1] + "分局" for form in out if form.endswith("局")}
    return out | branches | {form[:-2] + "分中心" for form in out if form.endswith("中心")}


def _read(file: str) -> dict:
    path = data_dir("glossary") / file
    doc = read_yaml_file(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("names"), list) or not doc["names"]:
        raise DataFileError(f"名称文件 {file}：顶层应包含 names（非空列表）、others、flag、keep。")
    return doc


def _alternates(doc: dict, file: str) -> list[tuple[str, str]]:
    """The pairs of words (决算, 预算) whose swap in a name gives another accepted name."""
    pairs = doc.get("alternates") or []
    if not isinstance(pairs, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) and _HAN.fullmatch(w) for w in p)
            for p in pairs):
        raise DataFileError(f"名称文件 {file}：alternates 须为两个汉字词组成的对的列表")
    return [tuple(p) for p in pairs]


def _build(doc: dict, file: str = FILE) -> Names:
    label = f"名称文件 {file}"
    targets: set[str] = set(string_list(doc, "short", label, required=False))
    accepted: set[str] = set(string_list(doc, "others", label, required=False)) | targets
    alternates = _alternates(doc, file)
    for n, entry in enumerate(doc["names"], 1):
        where = f"{label} 的 names 第 {n} 项"
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not _HAN.fullmatch(name):
            raise DataFileError(f"{where}：name 须为汉字名称")
        forms = entry.get("forms") or []
        if not isinstance(forms, list) or not all(isinstance(f, str) and _HAN.fullmatch(f) for f in forms):
            raise DataFileError(f"{where}：forms 须为汉字写法的列表")
        # a slip is measured against the name and its forms without 和/与; the listed forms are only
        # accepted (a short or local form as target would catch other bodies: 政府办公室 ~ 政协办公室)
        variants = _variants(name)
        accepted.update(variants, forms)
        accepted.update(v.replace(a, b) for v in variants for a, b in alternates + [p[::-1] for p in alternates])
        targets.update(v for v in variants if len(v) >= MIN_LEN and not v.endswith(("分局", "分中心")))
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    for t in sorted(targets):
        by_first.setdefault(t[:2], []).append(t)
        by_last.setdefault(t[-2:], []).append(t)
    return Names(
        tuple(sorted(targets)), frozenset(accepted),
        {k: tuple(v) for k, v in by_first.items()}, {k: tuple(v) for k, v in by_last.items()},
        regex_cache.compile(_anchor_pattern(by_first, by_last, doc.get("edges") is True)),
        regex_cache.compile(alternation(accepted)),
        string_list(doc, "flag", label), string_list(doc, "keep", label), doc.get("edges") is True,
        string_list(doc, "marks", label, required=False), doc.get("one_kind") is True,
    )


def _char_at(k: int, ch: str) -> str:
    """A zero-width test that ``ch`` stands ``k`` characters from here (before it when ``k`` < 0), any characters
    between written ``(?s:.)``, which re steps over at once (``[\\s\\S]`` was a class test per character)."""
    if k >= 0:
        return f"(?=(?s:.){{{k}}}{re.escape(ch)})"
    return f"(?<={re.escape(ch)}(?s:.){{{-k - 1}}})"


def _anchor_pattern(by_first: dict, by_last: dict, edges: bool) -> str:
    """Where a first or last pair begins and :func:`_spans` can yield a span: the character that would
    close it stands where one of the pair's names (at one of its lengths) needs it.

    Most places a name's first or last two characters stand hold no name at all (部门, 预算 are
    everywhere); testing the closing character in the regex engine, for all pairs at once, leaves
    :func:`_spans` the few places where a span can start or end, and it finds the same spans there.
    Each test is one of :func:`_spans`' own conditions, read from the place after the pair.
    """
    tests: dict[str, set[str]] = {}
    for pair, targets in by_first.items():  # the name starts at the pair: its last character closes it
        for target in targets:
            tests.setdefault(pair, set()).update(_char_at(n - 3, target[-1]) for n in _lengths(target))
            if edges:
                tests[pair].add(_char_at(len(target) - 4, target[-2]))
    for pair, targets in by_last.items():  # the name ends with the pair: its first character opens it
        for target in targets:
            tests.setdefault(pair, set()).update(_char_at(-n, target[0]) for n in _lengths(target))
            if edges:
                tests[pair].add(_char_at(1 - len(target), target[1]))
    by_char: dict[str, list[str]] = {}
    for pair in sorted(tests):
        by_char.setdefault(pair[0], []).append(re.escape(pair[1]) + "(?:" + "|".join(sorted(tests[pair])) + ")")
    branches = [re.escape(ch) + "(?:" + "|".join(rest) + ")" for ch, rest in by_char.items()]
    return "(?=[%s])(?=%s)" % ("".join(sorted(by_char)), "|".join(branches))


def load(file: str) -> Names:
    """The list in glossary/``file``, proved by the file's own examples (whose verdicts read
    word frequencies, which hold the user's glossary words). Callers cache it per glossary."""
    built = _build(_read(file), file)
    prove(built.flag, built.keep, lambda text: find(text, built),
          lambda message: DataFileError(f"名称文件 {file}：{message}"), lambda miss: miss.written)
    return built


@per_glossary()
def names() -> Names:
    """The bodies' names, built once per glossary."""
    return load(FILE)


def _covered(text: str, s: int, e: int, data: Names, target: str) -> bool:
    """Whether the span is part of a right name written in the text, or holds one whole.

    A right name that is part of ``target`` itself (支出决算情况说明 in
    一般公共预算财政拨款支出决算情况说明) does not count: the slip lies in
    the rest of the target.

    A right name with a character doubled or added at its edge (市市场监督管理,
    生态环境局局, 人民代表大会及其常务委员会) is whole: a doubling is W002's to
    report, and the rest is the sentence around the name.
    """
    lo = max(0, s - 12)
    for m in data.known.finditer(text, lo, min(len(text), e + 12)):
        if m.start() <= s and e <= m.end():
            return True
        if s <= m.start() and m.end() <= e and m.end() - m.start() >= MIN_LEN and m.group() not in target:
            return True
    return False


def _joins(text: str, s: int, e: int) -> bool:
    """Whether the span's edge characters form a common word with their neighbours (工作会 + 议)."""
    after = e < len(text) and freq(text[e - 1:e + 1]) >= JOIN_FREQ
    before = s > 0 and freq(text[s - 1:s + 1]) >= JOIN_FREQ and freq(text[s:s + 2]) < JOIN_FREQ
    return after or before


def _judge(text: str, s: int, e: int, target: str, data: Names) -> tuple[int, int] | None:
    """The distance of text[s:e] from ``target`` when it reads as a misspelling of it, else None."""
    span = text[s:e]
    if span in data.accepted or not _HAN.fullmatch(span) or freq(span) >= WORD_FREQ or any(  # opens in 第四部分: no title
            text.startswith(m, s - k) for m in data.marks for k in range(1, len(m))):
        return None
    if len(span) >= len(target) and (target in (span[1:], span[:-1]) or _covered(text, s, e - 1, data, target)
                                     or _covered(text, s + 1, e, data, target)):
        return None  # a right name whole with a character added at its edge: the sentence around it (or W002's)
    edits, subs = distance(span, target)
    if not 0 < edits <= allowance(target) or subs > 1 or _qualified(span, target) or _de_inside(span, target) \
            or _other_word(span, target):
        return None
    if data.one_kind and subs and edits > subs:
        return None  # a character replaced and another added or lost: another title (决算公开表, 决算明细表)
    if len(target) < MIN_LEN and not (_alone_before(text, s, "", data.marks) and _alone_after(text, e)):
        return None  # a short name (名词解释) is looked for only where it stands as a heading
    if _covered(text, s, e, data, target) or _joins(text, s, e):
        return None
    return edits, subs


def _alone_before(text: str, s: int, lost: str = "", marks: tuple[str, ...] = ()) -> bool:
    """Whether nothing Chinese stands before ``s`` across blanks and line breaks (a heading's start),
    nor the character ``lost`` (a line broken inside a word, 收 | 入支出, lost nothing);
    a heading mark of ``marks`` (第四部分) may stand there."""
    at = s
    while at > 0 and text[at - 1] in _BLANKS:
        at -= 1
    if marks and text.endswith(marks, 0, at):
        return True
    return at == 0 or not (_HAN.match(text[at - 1]) or text[at - 1] == lost)


def _cut_at_end(text: str, e: int, target: str) -> bool:
    """Whether a span ending at ``e`` ends the line with half of ``target``'s last word (…情况说 + 明).

    The text must stop there (nothing Chinese follows, and the next line does not
    start with the lost character: a PDF line break inside a word), and the
    two characters left must be no word, while the target's last two are one:
    收入决算 without 表 is a phrase of its own, 情况说 without 明 is not.
    """
    if not _alone_after(text, e):
        return False
    at = e
    while at < len(text) and text[at] in _BLANKS:
        at += 1
    if text[at:at + 1] == target[-1]:
        return False
    return freq(text[e - 2:e]) < JOIN_FREQ <= freq(target[-2:])


def _alone_after(text: str, e: int) -> bool:
    """Whether the span ends a word: no Chinese character follows it at once."""
    return e >= len(text) or not _HAN.match(text[e])


def _de_inside(span: str, target: str) -> bool:
    """``span`` is ``target`` with 的 put between two of its words, or for its 和/与: a phrase
    (自然资源的规划、管理), not a name."""
    if len(span) == len(target) + 1:
        return any(span[i] == "的" and span[:i] + span[i + 1:] == target for i in range(1, len(span) - 1))
    return len(span) == len(target) and any(
        span[i] == "的" and target[i] in CONJUNCTIONS and span[:i] == target[:i] and span[i + 1:] == target[i + 1:]
        for i in range(1, len(span) - 1))


def _qualified(span: str, target: str) -> bool:
    """Whether ``span`` is ``target`` with a two-character word put inside that the name does not hold.

    A word inserted whole names another body or a part of one (安全生产专业委员会,
    人民政府外事办公室, 纪律检查工作委员会); a slip that adds two characters
    repeats a part of the name the eye slipped back to (人力资源社会资源保障).
    """
    if len(span) != len(target) + 2:
        return False
    for i in range(1, len(target)):
        if span[:i] == target[:i] and span[i + 2:] == target[i:]:
            return span[i:i + 2] not in target
    return False


def _other_word(span: str, target: str) -> bool:
    """``span`` holds a common word of another length where ``target`` holds one (小城镇 for 城乡):
    two phrases side by side (农村住房和小城镇建设: 农村住房, 小城镇建设), not a slip of the hand; or a
    character put before the name's last one makes a common word with it at the end (发展改革大局: 大局)."""
    head = len(os.path.commonprefix([span, target]))
    tail = len(os.path.commonprefix([span[head:][::-1], target[head:][::-1]]))
    mine, theirs = span[head:len(span) - tail], target[head:len(target) - tail]
    if len(mine) == 1 and not theirs and tail == 1 and freq(span[-2:]) >= JOIN_FREQ:
        return True
    return 2 <= len(mine) != len(theirs) >= 2 and min(freq(mine), freq(theirs)) >= JOIN_FREQ


def _spans(text: str, at: int, data: Names):
    """(start, end, target) of the spans an anchor pair at ``at`` opens or closes.

    A span may be one character shorter than the name, never two: a name that
    lost two characters (人力资源保障) reads as a phrase of its own.
    """
    pair = text[at:at + 2]
    for target in data.by_first.get(pair, ()):
        last = target[-1]
        for n in _lengths(target):
            if text[at + n - 1:at + n] == last:
                yield at, at + n, target
        e = at + len(target) - 1  # the last character lost where the title ends (…情况说)
        if data.edges and text[e - 1:e] == target[-2] and _cut_at_end(text, e, target):
            yield at, e, target
    for target in data.by_last.get(pair, ()):
        first = target[0]
        for n in _lengths(target):
            s = at + 2 - n
            if s >= 0 and text[s] == first:
                yield s, at + 2, target
        s = at + 3 - len(target)  # the first character lost where a heading starts (入支出决算总表)
        if data.edges and s >= 0 and text[s] == target[1] and _alone_before(text, s, first, data.marks):
            yield s, at + 2, target


@lru_cache(maxsize=None)
def _lengths(target: str) -> range:
    """The lengths a misspelling of ``target`` may have: one character short up to its allowance long."""
    return range(len(target) - 1, len(target) + allowance(target) + 1)


def find(text: str, data: Names | None = None) -> list[Miss]:
    """Misspelt standard names in ``text``, the closest reading at each place, left to right, not overlapping."""
    data = data or names()
    best: dict[tuple[int, int], tuple[tuple[int, int, int], str]] = {}
    for at in text_heads.zero_width_at(data.anchors, text, (*data.by_first, *data.by_last)):  # the same places
        for s, e, target in _spans(text, at, data):
            judged = _judge(text, s, e, target, data)
            if judged is not None:
                key = (*judged, -len(target))
                if (s, e) not in best or key < best[(s, e)][0]:
                    best[(s, e)] = (key, target)
    out: list[Miss] = []
    for (s, e), (_, target) in sorted(best.items(), key=lambda kv: (kv[1][0], kv[0][0])):
        if all(e <= o.start or o.end <= s for o in out):
            out.append(Miss(s, e, text[s:e], target))
    return sorted(out, key=lambda miss: miss.start)
