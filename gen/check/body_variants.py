"""One body named two ways in one text (某市中医院 / 某市中医医院): the data and search behind T007.

A report names its own body and its units as whole items: a title's unit
name, an item of a list of bodies. When two such names share their first two
characters and their last (the body's kind: 院, 所, 中心), and one is the
other with one or two characters put inside (劳动和社会保障服务所 /
劳动就业和社会保障服务所), the text names one body two ways, which annotators
file as a term. What is put in may also make another body (分局, 中心卫生院,
第一人民医院) or be a word the name may drop (和, 的): those ``qualifiers``
are data (glossary/body_variants.yaml), and such pairs pass. Only names that
stand alone (no Chinese character touches them on either side) are compared,
so a phrase in running text is never read as a name. Two names one list
gives as two of its items (综合办公室、……、综合运输办公室) are two bodies. The form written less
often is reported (on a tie, the shorter: a slip more often loses characters).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from typing import Iterable

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.glossary_user import per_glossary
from ..core.resources import data_dir
from ..core.text_pairs import MIN_CHARS, code_points, han_run_edges
from .page_chrome import after_publisher_label, is_byline
from .textspans import line_around
from .body_names import Miss  # written at start..end; meant: the other form the text writes
from .word_examples import prove_file

FILE = "body_variants.yaml"
HEAD = 2  # characters both names must open with
ADDED = (1, 2)  # characters one name may hold more than the other
# Opened by its first character, the one before it tested behind that (a lookbehind over both): the same
# runs, but re skips to Chinese characters by itself instead of trying the lookbehind at every character.
_NAME = regex_cache.compile(r"[\u4e00-\u9fff](?<![\u4e00-\u9fff].)[\u4e00-\u9fff]{4,19}(?![\u4e00-\u9fff])")


@lru_cache(maxsize=4)
def _names_ending(suffixes: tuple[str, ...]):
    """_NAME, kept only where the run's last character ends one of ``suffixes``: the same names pass the
    suffix test after it, but most runs of a text (some 6,000 in 200,000 characters) never become a match."""
    if not suffixes or not all(suffixes):
        return _NAME  # no suffix ends any name, an empty one every name: the suffix test tells
    lasts = "".join(sorted({s[-1] for s in suffixes}))
    return regex_cache.compile(_NAME.pattern + "(?<=[" + re.escape(lasts) + "])")


def _name_spans(text: str, suffixes: tuple[str, ...]) -> Iterable[tuple[int, int]]:
    """(start, end) of each match of :func:`_names_ending`, in order. In a long text, read from the text's runs of
    Chinese (gen.core.text_pairs): a match is a whole run of five to twenty of them (a run holds no other, and a
    longer one none) that ends on one of the suffixes' last characters; the pattern was tried at each of them."""
    if len(text) >= MIN_CHARS and suffixes and all(suffixes):
        return _runs_ending(text, 5, 20, {ord(s[-1]) for s in suffixes})
    return (m.span() for m in _names_ending(suffixes).finditer(text))


def _runs_ending(text: str, shortest: int, longest: int, lasts: set[int]) -> Iterable[tuple[int, int]]:
    """(start, end) of every whole run of ``shortest`` to ``longest`` Chinese characters (U+4E00 to U+9FFF) of a long
    text whose last character's code point is in ``lasts``, in order: one vectorised pass over its code points."""
    import numpy as np

    starts, ends = han_run_edges(text)
    size = ends - starts
    fits = (size >= shortest) & (size <= longest)
    starts, ends = starts[fits], ends[fits]
    fits = np.isin(code_points(text)[ends - 1], np.array(sorted(lasts), dtype=np.uint32))
    return zip(starts[fits].tolist(), ends[fits].tolist())


@dataclass(frozen=True)
class Policy:
    suffixes: tuple[str, ...]
    not_names: tuple[str, ...]  # endings that are no body (格局, 网站, 为中心)
    qualifiers: frozenset
    dropped: frozenset = frozenset()  # words an accepted short form leaves out (交通运输局 -> 交通局): shortened()


@per_glossary()
def policy() -> Policy:
    """The suffixes and qualifiers, read once per glossary and proved by the file's examples."""
    label = f"名称文件 {FILE}"
    doc = read_yaml_file(data_dir("glossary") / FILE)
    if not isinstance(doc, dict):
        raise DataFileError(f"{label}：顶层应包含 suffixes、qualifiers、flag、keep")
    built = Policy(string_list(doc, "suffixes", label), string_list(doc, "not_names", label),
                   frozenset(string_list(doc, "qualifiers", label)), frozenset(string_list(doc, "dropped", label)))
    prove_file(doc, label, lambda t: find(t, built), lambda hit: hit.written)
    prove_file(doc, label, lambda t: shortened(t, built), lambda hit: hit.written, flag="cut_flag", keep="cut_keep")
    return built


def _inserted(short: str, long: str) -> set[str]:
    """Every run ``long`` holds more than ``short`` at one place inside (after the head, before the last
    character), over all alignments; empty when ``long`` is not ``short`` with one run put in."""
    d = len(long) - len(short)
    if d not in ADDED or short[:HEAD] != long[:HEAD] or short[-1] != long[-1]:
        return set()
    return {long[i:i + d] for i in range(HEAD, len(short)) if long[:i] == short[:i] and long[i + d:] == short[i:]}


def _on_byline(text: str, pos: int) -> bool:
    """Whether ``pos`` lies on a page's byline (page_chrome.is_byline): the site's name and host, then a time."""
    start, end = line_around(text, pos)
    return is_byline(text[start:end])


def find(text: str, data: Policy | None = None) -> list[Miss]:
    """The occurrences of the less frequent form of each pair of names for one body."""
    data = data or policy()
    spans: dict[str, list[tuple[int, int]]] = {}
    for start, end in _name_spans(text, data.suffixes):
        name = text[start:end]
        if name.endswith(data.suffixes) and not name.endswith(data.not_names):
            if after_publisher_label(text, start) or _on_byline(text, start):
                continue  # "[ 发布机构 ]某局", "某市某市统计局 tjj.….gov.cn 发布时间:…": the site's header, not the report
            spans.setdefault(name, []).append((start, end))
    if len(spans) < 2:
        return []
    counts = Counter({name: len(at) for name, at in spans.items()})
    out = []
    by_length = sorted(spans, key=len)
    for short in by_length:
        for long in by_length:
            added = _inserted(short, long)
            if not added or added & data.qualifiers or _listed_together(text, spans[short], spans[long]) \
                    or renamed_near(text, spans[short] + spans[long]):
                continue  # 2021年更名为…: the old name and the new one are both real
            written, other = (long, short) if counts[long] < counts[short] else (short, long)
            out.extend(Miss(s, e, written, other) for s, e in spans[written])
    return sorted(set(out), key=lambda v: v.start)



_LIST_GAP = regex_cache.compile(r"[^。；;\n：:]{0,60}")  # the run between two items of one list: no sentence or line end


def _listed_together(text: str, one: list[tuple[int, int]], other: list[tuple[int, int]]) -> bool:
    """Whether one list names both (综合办公室、安全监督办公室、综合运输办公室): items of one enumeration
    are so many bodies, so two names in it are two bodies, however alike; a list never names a body twice."""
    for s1, e1 in one:
        for s2, e2 in other:
            lo, hi = (e1, s2) if e1 <= s2 else (e2, s1)
            gap = text[lo:hi]
            if "、" in gap and _LIST_GAP.fullmatch(gap):
                return True
    return False


def variants(ctx) -> list[Miss]:
    """:func:`find` on a check's text, once per check: T007 reports them, W006 leaves their places to it."""
    return ctx.memo("body_variants", lambda c: find(c.text))


# Names a reader knows the body by, less a word inside (W006): 红河州交通运输综合执法支队 for the
# 综合行政执法支队 the same text names, 西塞山区招商中心 for 招商服务中心.
_PLACE_END = "省市县区州旗盟镇乡"  # a level word: what follows it may be another body's name (县|森林公安局)
_RENAMED = regex_cache.compile(r"组建|更名|改名|改为|撤销|撤并|合并|不再保留|前身")
RENAMED_NEAR = 40  # characters either side of a name where a word of renaming makes both names real


def renamed_near(text: str, spans) -> bool:
    """A word of renaming (组建, 更名…) stands within RENAMED_NEAR characters of one of the names' places: the
    text tells of a body renamed, and its old and new names are both real."""
    return any(_RENAMED.search(text, max(0, s - RENAMED_NEAR), e + RENAMED_NEAR) for s, e in spans)


_GIVEN_SHORT = regex_cache.compile(r"简称[“\"：:]?([\u4e00-\u9fff]{2,10})")
_NOT_IN_NAME = "是在为了将把向从由等被已按并且也都就还我"  # words of a clause, never of a name (实际完成值为有所)
SHORT_MIN = 6  # characters of the shorter name: 招商中心 alone is too common a phrase to judge


@lru_cache(maxsize=4)
def _clause_name(suffixes: tuple[str, ...]):
    """A name opening a line or following a colon or blank (实施主体：…综合执法支队弥勒大队 -> …综合执法支队), up
    to its first kind-of-body ending; it opens with the separator, a literal class the engine scans for fast."""
    endings = "|".join(sorted(suffixes, key=len, reverse=True))
    firsts = "".join(sorted({s[0] for s in suffixes}))
    return regex_cache.compile(rf"[\n :：\u3000\t]([\u4e00-\u9fff]{{3,18}}?(?=[{firsts}])(?:{endings}))")


def _clause_names(text: str, data: Policy) -> dict[str, set[tuple[int, int]]]:
    """Names opening a line or following a colon or blank, and the part of each after a level word
    (黄石市西塞山区招商中心 -> 西塞山区招商中心)."""
    names: dict[str, set[tuple[int, int]]] = {}
    for m in _clause_name(data.suffixes).finditer("\n" + text):
        name, start, end = m.group(1), m.start(1) - 1, m.end(1) - 1
        if name.endswith(data.not_names) or text[end - 1:end + 1] in data.not_names \
                or any(c in _NOT_IN_NAME for c in name):
            continue  # 格局; 支持社会 read as 支持社; 实际完成值为有所
        names.setdefault(name, set()).add((start, end))
        for j, c in enumerate(name[:-SHORT_MIN]):
            if c in _PLACE_END and name[j + 1] != "级":  # 市级文学艺术家协会: 级 opens no name
                names.setdefault(name[j + 1:], set()).add((start + j + 1, end))
    return names


def _lost_word(short: str, long: str, data: Policy) -> bool:
    """Whether ``long`` is ``short`` with a word put inside that no accepted short form leaves out (人民, 运输),
    that is no level word, no place before one (省财政厅 / 安徽省财政厅) and no other body after one
    (某县公安局 / 某县森林公安局); both name a place (某县, 某区), and 公安局局长 is no name."""
    if long[-1] == long[-2] or not any(c in _PLACE_END for c in short[1:-2]):
        return False  # 公安局局长; a name without its place (项目支出用于我局) is judged by nothing but wording
    d = len(long) - len(short)
    for i in range(HEAD, len(short)):
        run = long[i:i + d]
        if long[:i] == short[:i] and long[i + d:] == short[i:] and run not in data.dropped \
                and not any(c in _PLACE_END for c in long[i - 1:i + d + 1]):  # 长沙|市|发展和改革委员会: T005's
            return True
    return False


AROUND = 2  # characters either side of the place the longer name holds more, compared by their counts


def _usual_around(text: str, short: str, long: str) -> bool:
    """Around the place they differ, the shorter name's words are the text's usual spelling (西藏自治区 twice, 西藏资自治区
    once, each inside a longer title: 第一部分西藏自治区林业和草原局): the longer holds a stray character."""
    i = next((k for k, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    d = len(long) - len(short)
    return text.count(short[max(0, i - AROUND):i + AROUND]) > text.count(long[max(0, i - AROUND):i + d + AROUND])


def shortened(text: str, data: Policy | None = None) -> list[Miss]:
    """A name opening a line (or after a colon or blank) that is another such name of the text less one or two characters inside:
    the shorter, at each place, with the longer. Not where the text gives the shorter as a short name
    (以下简称…) or tells of a body renamed (组建, 更名), whose old and new names may differ by a word."""
    data = data or policy()
    names = _clause_names(text, data)
    given = [m.group(1) for m in _GIVEN_SHORT.finditer(text)]
    out: dict[int, Miss] = {}
    for short, spans in names.items():
        if len(short) < SHORT_MIN or any(short.endswith(g) or g.endswith(short) for g in given if len(g) >= 3):
            continue
        long = next((n for n in names if len(n) - len(short) in ADDED and _inserted(short, n)
                     and _lost_word(short, n, data)), None)
        if long is None or renamed_near(text, names[long] | spans):
            continue
        if text.count(short) > text.count(long) or _usual_around(text, short, long):
            continue  # the text's usual spelling is the shorter: the longer is the odd one (W023's), not this
        for s, e in spans:  # one finding per place: the longest reading that ends there
            if e not in out or s < out[e].start:
                out[e] = Miss(s, e, text[s:e], long)
    return sorted(out.values(), key=lambda v: v.start)
