"""The text without the stray spaces that PDF and web copies put inside Chinese words.

Copying a report out of a PDF or a web page often leaves a space in the middle
of a word ("绩效目 标", "进 一步", "截止 2016年"): the layout broke a line
there, or spaced a title out ("目 录"). Word rules that read characters in a
row (W001's list, W002's doublings, W005/W011's compounds) see a broken word
where a reader sees none, and miss a slip the space separates from its
context. They read this view instead: one or two blanks (space, ideographic
space, no-break space) between two Chinese characters, or between a Chinese
character and the figure after it, are dropped; every other character stays,
so offsets map back exactly. Blanks before a Chinese character that follows a
figure are kept ("2022 部门预算" in a spaced table row is two cells, not a
year that lost its 年), and so are line breaks (a heading and its paragraph).

Mirror sites republish reports in Traditional characters, many with a pinyin
reading after some characters (公共財(cái)政預(yù)算). The words are the report's
own, and so are their slips and stale terms; a list written in Simplified reads
none of them. The view drops the readings (L006 reports them) and, on a page
written in Traditional, gives each character in its Simplified form (one for
one, so offsets still map back); L002 reports the script itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..core import regex_cache
from ..core.glossary import Hit, load, scan
from ..core.regex_needles import finditer as near_needles
from ..core.text_pairs import may_hold_any
from .text_map import Gaps, drop

_HAN = "\u4e00-\u9fff"
# One or two blanks with a Chinese character before and a Chinese character or a digit after.
# The first blank is matched before the lookbehind that tests the character in front of it (which then reads
# both): the same matches, but re skips to the blanks by itself instead of trying the lookbehind everywhere.
_GAP = regex_cache.compile(rf"[ \u3000\u00a0](?<=[{_HAN}][ \u3000\u00a0])[ \u3000\u00a0]?(?=[{_HAN}0-9])")


@dataclass(frozen=True)
class Unspaced:
    """``text`` is the view; ``map`` takes its offsets back to the original text (gen.check.text_map)."""

    text: str
    map: Gaps = Gaps()

    @property
    def gaps(self) -> tuple[int, ...]:
        """View offsets where blanks were dropped (before the character there)."""
        return self.map.at

    def source(self, i: int) -> int:
        """The original offset of the view's character at ``i`` (a span's start)."""
        return self.map.source(i)

    def source_end(self, e: int) -> int:
        """The original offset just past the view's character at ``e - 1`` (a span's exclusive end)."""
        return self.map.source_end(e)

    def straddles(self, s: int, e: int) -> bool:
        """Whether the view span s..e has a dropped blank inside it (not at its edges).

        A blank may also part two cells of a table copied as text ("报告 数 指标"):
        a rule that reads a span across one as a word may agree that a word is
        whole there, but should not claim that a character is missing from it.
        """
        return self.map.straddles(s, e)

    def gap_before(self, i: int) -> bool:
        """Whether blanks were dropped right before the view's character at ``i``."""
        return self.map.gap_before(i)

    def span(self, s: int, e: int) -> tuple[int, int]:
        """A view span (start, exclusive end) as an original one."""
        return self.map.span(s, e)


# A pinyin reading a mirror site put after a character (財(cái)): a toned vowel inside, as L006 reads it.
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# The bracket is matched before the lookbehind that tests the character in front of it (as _GAP does): re skips to it.
READING = regex_cache.compile(r"[（(](?<=[\u4e00-\u9fff][（(])[a-zü]{0,5}[" + TONED + r"][a-zü]{0,5}[)）]")
# Traditional forms of characters every report writes many times: a page with enough of them is a Traditional copy.
_TRADITIONAL_CHARS = "財預經費為與說關項務國門單發員實區縣總織構對進設體這們會開報書計劃數據"
_TRADITIONAL = regex_cache.compile(f"[{_TRADITIONAL_CHARS}]")
TRADITIONAL_PAGE = 20  # such characters on a page written in Traditional (a stray one in Simplified text is no page)


def _readings(text: str) -> list[tuple[int, int]]:
    """The spans of the pinyin readings in ``text``. Each holds a toned vowel: a text with none (a long text's
    characters are known at once, gen.core.text_pairs) holds no reading, told without the search (a millisecond
    on 200,000 characters, for each of the views that drop them)."""
    if not ("(" in text or "（" in text) or not may_hold_any(text, TONED):
        return []
    return [m.span() for m in near_needles(READING, text)]


def _in_simplified(view: str, text: str) -> str:
    """``view`` in Simplified characters when ``text``, the page it was made from, is written in Traditional.
    The view drops only blanks and readings (no Traditional character among them): a page none of whose
    characters is one of those counted is told so from its characters, not by a count over the view."""
    if may_hold_any(text, _TRADITIONAL_CHARS) and sum(1 for _ in near_needles(_TRADITIONAL, view)) >= TRADITIONAL_PAGE:
        simplified = _converter().convert(view)
        if len(simplified) == len(view):  # one for one: the map back stays right
            return simplified
    return view


def unspaced(text: str, readings: bool = False) -> Unspaced:
    """The view of ``text`` without the blanks inside runs of Chinese (the text itself when there are none),
    without pinyin readings (unless ``readings``), and in Simplified characters when the page is written in Traditional."""
    runs = [m.span() for m in near_needles(_GAP, text)]
    marks = [] if readings else _readings(text)
    if marks:
        runs = sorted(runs + marks)
    view, gaps = drop(text, runs)
    return Unspaced(_in_simplified(view, text), gaps)


def plain(text: str) -> Unspaced:
    """The text without pinyin readings and in Simplified characters on a page written in Traditional, its
    blanks kept: the view for rules whose patterns read the blanks themselves (a template's 第  号)."""
    view, gaps = drop(text, _readings(text))
    return Unspaced(_in_simplified(view, text), gaps)


def is_reading(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a pinyin reading put after the character before it ((yù) in 預(yù)算)."""
    return READING.fullmatch(text, s, e) is not None


def simplified(text: str) -> str:
    """``text`` in Simplified characters (OpenCC's t2s table, which knows phrases: one converter for the view
    and for L002, which reports the script). A text none of whose characters stands in a key of the
    tables is returned as it is, which is what the converter returns for it (it replaces only the keys
    it finds), without its pure-Python parse (W004 asks of some 800 heading windows on 200,000 characters)."""
    if _convertible_chars().isdisjoint(text):
        return text
    return _converter().convert(text)


@lru_cache(maxsize=1)
def _convertible_chars() -> frozenset[str]:
    """Characters one of which every key of the converter's tables holds: each one-character key, and one
    character of each longer key (one already counted when it has one: 乾隆年間 holds 間, so 年 is not
    counted, and a report's every line is not sent to the converter for it)."""
    converter = _converter()
    converter.convert("")  # loads the tables
    keys = [key for group in converter._dict_chain_data for _, _, table in group for key in table]
    chars = {key for key in keys if len(key) == 1}
    chars.update(key[0] for key in keys if len(key) > 1 and chars.isdisjoint(key))
    return frozenset(chars)


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


def of(ctx) -> Unspaced:
    """The view of the text under check, computed once and shared by the rules that read it."""
    return ctx.memo("unspaced", lambda c: unspaced(c.text))


def simplified_of(ctx) -> str:
    """The text under check in Simplified characters, one for one (offsets unchanged), when the page is written in
    Traditional; else the text itself: for rules whose patterns read words (减少, 增长) at the figures' places."""
    return ctx.memo("simplified", lambda c: _in_simplified(c.text, c.text))


def plain_of(ctx) -> Unspaced:
    """:func:`plain` of the text under check, computed once and shared (W004's lost 年, S010's masks on a
    Traditional mirror's page)."""
    return ctx.memo("plain", lambda c: plain(c.text))


def with_readings(ctx) -> Unspaced:
    """The view with the pinyin readings left in place: a guess at a lost character reads a reading whose
    character the copy lost (按(guī)章制度 for 按规章制度) as the break it is, not as two words run together."""
    return ctx.memo("unspaced_readings", lambda c: unspaced(c.text, readings=True))


def listed_typos(ctx) -> list[tuple[tuple[int, int], Hit]]:
    """W001's hits of glossary/typos.yaml read through the view: ((start, end) in the original text, hit).

    Shared so that the rules guessing at slips (W005, W011) leave what the list
    names to W001, which reports it with its reason.
    """

    return ctx.memo("listed_typos", lambda c: glossary_hits(c, load().typos))


def glossary_hits(ctx, entries, year: int | None = None, earliest: int | None = None) -> list[tuple[tuple[int, int], Hit]]:
    """Hits of glossary entries read through the view, with their spans in the original text.

    ``year`` is the report's, for entries dated by a reform (terms.yaml); ``earliest`` the first year
    a report of unknown year can be about (gen.check.identity).
    """
    view = of(ctx)
    return [(view.span(h.start, h.end), h) for h in scan(entries, view.text, year, earliest)]


def _parted(text: str, start: int, end: int) -> bool:
    """Whether a blank stands inside text[start:end]: a drop there may part two cells. A span whose only drops
    are a mirror's pinyin readings (財(cái)政撥款) is one word on the page, read as a word like any other."""
    return any(c in " \u3000\u00a0" for c in text[start:end])


def unlisted_misses(ctx, find, readings: bool = False) -> list[tuple[int, int, object]]:
    """(start, end, miss) in the original text for each miss ``find`` reports in the view (objects
    with ``start`` and ``end``), skipping one the layout parted (a table's cells, a dropped blank
    inside it) and one W001's list already names, which W001 reports with its reason.

    Shared by the rules that guess a slip from a word list (W011's domain words, W018's names).
    ``readings``: read the view that keeps pinyin readings (W011, which tells a character lost before its reading).
    """
    view = with_readings(ctx) if readings else of(ctx)
    misses = find(view.text)
    if not misses:
        return []
    listed = [span for span, _ in listed_typos(ctx)]
    out = []
    for miss in misses:
        start, end = view.span(miss.start, miss.end)
        if view.straddles(miss.start, miss.end) and _parted(ctx.text, start, end):
            continue
        if not any(s < end and start < e for s, e in listed):
            out.append((start, end, miss))
    return out
