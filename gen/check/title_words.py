"""Section headings of a 部门决算's notes that lost a word: the second search behind W020.

The notes of a 部门决算 (第三部分 …决算情况说明) follow one template, whose
section headings are fixed (收入决算情况说明, 一般公共预算财政拨款基本支出决算情况说明,
机关运行经费支出情况说明 …). gen.check.titles finds a heading one or two
characters off; this module finds the slips of a whole word, in texts that
follow the template (several standard headings present):

- a fixed term of the headings without one of its words (一般公共预算拨款 for
  一般公共预算财政拨款, 政府性基金财政拨款, 机关运行情况说明); dropping the
  word together with its neighbours is an accepted short form (一般公共预算支出
  决算情况说明) and is not reported;
- a heading cut before its tail (…基本支出 with no 决算情况说明) between two
  complete standard headings of the same list;
- a heading that kept 年度 but lost its year where its siblings carry one;
- a heading that lost the 决算 before its 情况说明 (一般公共预算财政拨款支出情况说明, the budget's own title; 收入支出
  总体情况说明 for 收入支出决算总体情况说明) between two standard headings of the same list that carry their 决算, or
  before the first two of a list it opens: the notes are a 决算's, not a 预算's.

The headings and terms are data (glossary/title_words.yaml), proved by their
own examples when they load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.resources import data_dir
from .titles import Slip as Lost  # written at start..end where meant was intended; why: term, tail or year
from .word_examples import prove_file

FILE = "title_words.yaml"
_NUM = "一二三四五六七八九十"
# A numbered heading line: its mark (一、 / （一） / 1.), then the title, then page leaders and number.
_HEADING = regex_cache.compile(
    rf"^[ \t\u3000]{{0,8}}([{_NUM}]{{1,3}}[、.．]|[（(][{_NUM}]{{1,3}}[)）]|\d{{1,2}}[、.．])[ \t\u3000]{{0,4}}"
    r"([^\n，。；,;：:]{2,80}?)[ \t\u3000.．…·\d]{0,120}$",
    re.M,
)
_QUOTES = regex_cache.compile(r"[“”\"‘’' \t\u3000]")
_YEAR = regex_cache.compile(r"(?:19|20)\d\d[ \t\u3000]{0,2}年度?")
# 年度 after a character that is no year's digit: 本年度, 上年度, 全年度 … are words, not a lost year; a year
# set off by blanks (关于 2021 年度财政拨款…) is written.
_BARE_YEAR = regex_cache.compile(r"(?<![\d本上全各该当每今去明前同此新学财跨半])(?<!\d[ \t\u3000])(?<!\d[ \t\u3000]{2})年度")
_TERM = regex_cache.compile(r"([\u4e00-\u9fff]{1,20})\[([\u4e00-\u9fff]{1,6})\]([\u4e00-\u9fff]{0,20})")
COORDINATION = "及和与、"


@dataclass(frozen=True)
class TitleWords:
    headings: frozenset
    terms: tuple  # (slip, lost word, whole term, pattern of the slip)
    accepted_before: tuple
    tails: tuple
    min_titles: int
    regional: tuple  # (place, headings of that place's own template, accepted where the text names the place)
    flag: tuple
    keep: tuple


def _fail(message: str) -> DataFileError:
    return DataFileError(f"词库文件 {FILE}：{message}")


def _terms(entries: tuple) -> tuple:
    out = []
    for entry in entries:
        m = _TERM.fullmatch(entry)
        if not m:
            raise _fail(f"terms 中的“{entry}”应写作“词组[丢了就是笔误的词]词组”。")
        head, lost, tail = m.groups()
        slip = head + tail
        # The slip not followed by the lost word (机关运行 before 经费 is the whole term) nor by its tail's word.
        after = f"(?!{lost})" if not tail else ""
        out.append((slip, lost, head + lost + tail, regex_cache.compile(re.escape(slip) + after)))
    return tuple(out)


@lru_cache(maxsize=1)
def title_words() -> TitleWords:
    """The headings and terms, read and proved by their examples once per process."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    where = f"词库文件 {FILE}"
    min_titles = doc.get("min_titles") if isinstance(doc, dict) else None
    if not isinstance(min_titles, int) or min_titles < 2:
        raise _fail("min_titles 须为不小于 2 的整数。")
    regional = doc.get("regional") or {}
    if not isinstance(regional, dict):
        raise _fail("regional 须为“地名: [小标题, …]”。")
    data = TitleWords(frozenset(string_list(doc, "headings", where)), _terms(string_list(doc, "terms", where)),
                      string_list(doc, "accepted_before", where), string_list(doc, "tails", where), min_titles,
                      tuple((place, frozenset(string_list(regional, place, where))) for place in regional),
                      string_list(doc, "flag", where), string_list(doc, "keep", where))
    prove_file(doc, where, lambda text: find(text, data), lambda hit: hit.written, builtin=True)
    return data


def _plain(title: str) -> str:
    """The heading without quotes, blanks and the body's name and year before it (…局2020年度收入决算情况说明)."""
    title = _QUOTES.sub("", title)
    m = None
    for m in _YEAR.finditer(title):
        pass
    return title[m.end():] if m else title


def _standard(title: str, data: TitleWords, short: str = "") -> bool:
    """Whether ``title`` is a standard heading (or, given ``short``, one without that ending: 收入决算情况)."""
    plain = _plain(title)
    return plain in data.headings or bool(short) and plain + short in data.headings


def find(text: str, data: TitleWords | None = None) -> list[Lost]:
    """Headings of a text on the 决算 template that lost a word of their standard form."""
    data = data or title_words()
    if "情况说明" not in text:
        return []
    heads = [(_kind(m.group(1)), m) for m in _HEADING.finditer(text)]
    if sum(1 for _, m in heads if _standard(m.group(2), data, "说明")) < data.min_titles:
        return []
    local = frozenset().union(*(heads for place, heads in data.regional if place in text))
    return (_lost_terms(heads, data, local) + _cut_tails(heads, data) + _lost_years(heads, data)
            + _lost_juesuan(heads, data))


def _opens(mark: str) -> bool:
    """Whether a heading's mark is its list's first (一、 / （一） / 1.): the heading before it is another list's."""
    return mark.strip("（(")[:1] in "一1" and mark.strip("（(")[1:2] in "、.．)）"


def _kind(mark: str) -> str:
    """The level a heading's mark stands for: 一、 / （一） / 1."""
    if mark[0] in "（(":
        return "paren"
    return "digit" if mark[0].isdigit() else "cn"


def _lost_terms(heads: list, data: TitleWords, local: frozenset = frozenset()) -> list[Lost]:
    """Fixed terms that lost a word; not in a heading of the local template the text follows (``local``)."""
    out = []
    for _, m in heads:
        title = m.group(2)
        if _plain(title) in local:
            continue
        for slip, lost, whole, pattern in data.terms:
            for t in pattern.finditer(title):
                if t.start() and title[t.start() - 1] in COORDINATION:
                    continue
                if _QUOTES.sub("", title[t.end():t.end() + 8]).startswith(data.accepted_before):
                    continue
                start = m.start(2) + t.start()
                out.append(Lost(start, start + len(slip), slip, whole, "term"))
    return out


def _cut_tails(heads: list, data: TitleWords) -> list[Lost]:
    """A heading that is a standard one without its tail, between two complete standard headings of its kind."""
    out = []
    for i, (kind, m) in enumerate(heads):
        plain = _plain(m.group(2))
        tail = next((t for t in data.tails if plain + t in data.headings), "")
        if not tail or _standard(m.group(2), data):
            continue
        before = [h for k, h in heads[:i] if k == kind][-1:]
        after = [h for k, h in heads[i + 1:] if k == kind][:1]
        if before and after and _standard(before[0].group(2), data) and _standard(after[0].group(2), data):
            out.append(Lost(m.start(2), m.end(2), m.group(2), m.group(2) + tail, "tail"))
    return out


def _lost_years(heads: list, data: TitleWords) -> list[Lost]:
    """年度 without its year before a standard heading where two or more siblings of its kind carry the year."""
    out = []
    for kind, m in heads:
        bare = _BARE_YEAR.search(m.group(2))
        if not bare or _QUOTES.sub("", m.group(2)[bare.end():]) not in data.headings:
            continue
        dated = [h for k, h in heads if k == kind and h is not m and _YEAR.search(h.group(2))
                 and _standard(h.group(2), data)]
        if len(dated) >= 2:
            start = m.start(2) + bare.start()
            out.append(Lost(start, start + 2, "年度", "××××年度", "year"))
    return out


def _lost_juesuan(heads: list, data: TitleWords) -> list[Lost]:
    """…支出情况说明 whose …支出决算情况说明 is standard (收入支出总体情况说明 whose 收入支出决算总体情况说明 is), between
    two standard headings of its kind that say 决算; the first or last of a list, where one side has no sibling, by
    the two siblings on its other side (a 决算's contents opening on 一、收入支出总体情况说明)."""
    out = []
    for i, (kind, m) in enumerate(heads):
        plain = _plain(m.group(2))
        if not plain.endswith("情况说明") or "决算" in plain or plain in data.headings:
            continue
        tail = "总体情况说明" if plain.endswith("总体情况说明") else "情况说明"
        if plain[:-len(tail)] + "决算" + tail not in data.headings:
            continue
        before = [] if _opens(m.group(1)) else [h for k, h in heads[:i] if k == kind][-1:]
        after = [h for k, h in heads[i + 1:] if k == kind][:2 if not before else 1]
        if not after:
            before = [h for k, h in heads[:i] if k == kind][-2:]
        siblings = before + after
        title = m.group(2)
        if (len(siblings) == 2 and title.endswith(tail)
                and all(_standard(h.group(2), data) and "决算" in h.group(2) for h in siblings)):
            out.append(Lost(m.start(2), m.end(2), title, title[:-len(tail)] + "决算" + tail, "juesuan"))
    return out
