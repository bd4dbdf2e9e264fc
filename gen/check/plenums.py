"""Lists of the Party's plenary sessions that stop short of one held before the report's year.

Reports open with "深入贯彻党的十九大和十九届二中、三中、四中全会精神", a list that grows by one
session each year. A sentence copied from an older report keeps the old, shorter list: the last
session named is earlier than the latest one of the same 届 held before the report's year began
(glossary/plenary_sessions.yaml holds each session's date). Only lists followed by 精神 are read, of two
or more sessions or of one after its congress (二十大和二十届二中全会精神): the text's guidance, not a
mention of one meeting (十八届三中全会精神 on reform). Nothing is read in a
clause that names an earlier year (it tells what was done then) or without the report's year.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..core.chinese_numerals import parse_chinese_numeral
from ..core.regex_needles import finditer as near_needles
from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file
from ..core.glossary_user import per_glossary
from ..core.resources import data_dir
from .context import CheckContext
from .identity import identity
from .renamed_places import clause
from .word_examples import prove_dated

FILE = "plenary_sessions.yaml"
_NUMERALS = "一二三四五六七"
_TERMS = ("十七", "十八", "十九", "二十")
# The list is closed by 全会, or by 会议 where a spinning tool or a hand rewrote it (十九届二中、三中会议精神: that
# slip is reported with the staleness, in one finding, and by W068 alone where the list is current).
_LIST = regex_cache.compile(r"(十[七八九]|二十)届((?:[一二三四五六七]中[、和及与]){0,6}[一二三四五六七]中)(全会|会议)"
                            r"(?=[^，,。；;\n]{0,30}?精神)")  # 精神 may close a longer list (……四中全会、省委十二届九次全会精神)
# One session alone is a list when it follows its congress (党的二十大和二十届二中全会精神).
_AFTER_CONGRESS = regex_cache.compile(r"(?:十[七八九]|二十)大(?:精神)?(?:和|及|以及|、)(?:党的)?$")
_YEAR = regex_cache.compile(r"(?<!\d)((?:19|20)\d\d)年")


@dataclass(frozen=True)
class Stale:
    start: int
    end: int
    term: str
    named: int  # the last session the list names
    due: int  # the latest session of that term held before the report's year
    year: int
    as_meeting: bool = False  # the list is closed by 会议 for 全会


def session_name(term: str, n: int) -> str:
    """十八, 5 -> 十八届五中全会."""
    return f"{term}届{_NUMERALS[n - 1]}中全会"


def _build(doc: dict) -> dict:
    """term -> [(session, year)] in order (the month is checked in the file, the year is what is compared)."""
    rows = doc.get("sessions") if isinstance(doc, dict) else None
    if not isinstance(rows, list) or not rows:
        raise DataFileError(f"名单文件 {FILE}：顶层应包含 sessions（非空列表）、flag、keep")
    out: dict = {}
    for n, row in enumerate(rows, 1):
        if not (isinstance(row, list) and len(row) == 4 and row[0] in _TERMS and row[1] in _NUMERALS
                and all(isinstance(x, int) for x in row[2:]) and 1 <= row[3] <= 12):
            raise DataFileError(f"名单文件 {FILE} 的 sessions 第 {n} 项：应为 [届（十七至二十）, 第几次（一至七）, 年, 月]")
        out.setdefault(row[0], []).append((_NUMERALS.index(row[1]) + 1, row[2]))
    return out


def _stale(ctx: CheckContext, sessions: dict) -> Iterator[Stale]:
    text = ctx.text
    found = list(near_needles(_LIST, text)) if "全会" in text or "中会议" in text else []
    year = identity(ctx).year if found else None
    if year is None:
        return
    for m in found:
        if len(m.group(2)) == 2 and not _AFTER_CONGRESS.search(text, max(0, m.start() - 8), m.start()):
            continue  # one meeting named on its own (十八届三中全会精神 on reform): no list of the guidance
        named = max(_NUMERALS.index(c) + 1 for c in m.group(2) if c in _NUMERALS)
        due = max((n for n, y in sessions.get(m.group(1), ()) if y < year), default=0)
        if due <= named:
            continue
        if any(int(y) < year for y in _YEAR.findall(clause(text, m.start(), m.end()))):
            continue  # 2014年，认真学习十八届三中、四中全会精神: what was done then
        yield Stale(m.start(), m.end(), m.group(1), named, due, year, m.group(3) == "会议")


@per_glossary()
def sessions() -> dict:
    """The sessions, read once per glossary and proved by the file's examples."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    built = _build(doc)
    prove_dated(doc, FILE, lambda ctx: list(_stale(ctx, built)), lambda s: session_name(s.term, s.named))
    return built


def stale_lists(ctx: CheckContext) -> list[Stale]:
    """Session lists that stop before the latest session of their term held before the report's year."""
    return list(_stale(ctx, sessions()))


# A session of the Central Committee named by its 届 and number (党的二十届三中全会); a local committee's
# (省委十二届九次全会, 县委十四届五中全会) is not one: those hold many more.
_N = r"(?:十[一二三四五六七八九]?|[一二三四五六七八九])"
_SESSION = regex_cache.compile(rf"(?<![一二三四五六七八九十])(十[七八九]|二十)届((?:{_N}中[、和及与]){{0,6}}{_N}中)全会")
_ONE = regex_cache.compile(rf"({_N})中")
_LOCAL = regex_cache.compile(r"[省市县区州旗盟委]委(?:员会)?(?:第)?$")
MOST_SESSIONS = 7  # each Central Committee of the 十七 to 十九 terms held seven plenary sessions


@dataclass(frozen=True)
class NeverHeld:
    start: int
    end: int
    name: str
    term: str
    held: int  # the sessions of that term held by the end of the year after the report's (0: not known)


def never_held(ctx: CheckContext) -> list[NeverHeld]:
    """Central Committee sessions that never met: a number above seven (党的二十届十六中全会), or, when the
    dated list reaches the year after the report's, a session not held by then (二十届四中全会 in a 2023
    report: it met in October 2025). The year after is allowed for: a year's report is written early the next."""
    text = ctx.text
    if "中全会" not in text:
        return []
    out: list[NeverHeld] = []
    known = sessions()
    last_year = max(y for rows in known.values() for _, y in rows)
    year = None
    for m in _SESSION.finditer(text):
        if _LOCAL.search(text, max(0, m.start() - 6), m.start()):
            continue
        n, term = max(parse_chinese_numeral(k) for k in _ONE.findall(m.group(2))), m.group(1)
        if n > MOST_SESSIONS:
            out.append(NeverHeld(m.start(), m.end(), m.group(), term, 0))
            continue
        if year is None:
            year = identity(ctx).year or 0
        if not year or year + 1 > last_year:
            continue
        held = max((k for k, y in known.get(term, ()) if y <= year + 1), default=0)
        if held and n > held:
            out.append(NeverHeld(m.start(), m.end(), m.group(), term, held))
    return out
