"""Cited national documents, read from the text and compared with a registry of known documents.

Every performance report names its basis: 《中共中央 国务院关于全面实施预算绩效管理的意见》
（中发〔2018〕34号）, 《项目支出绩效评价管理办法》（财预〔2020〕10号）, 《预算法》. Reviewers check
these first, and the usual slips are few: a 文号 written with another document's title, a title
cut short or with a wrong character, a known title with a wrong serial, a repealed document
cited as the basis of a later year. This module finds 《title》 citations and the 文号 written
next to them (the number pattern is gen/check/docnumbers.py, shared with P002) and judges them
against glossary/documents.yaml; rule W017 reports what it finds. The registry is data, proved
by its own examples when it loads.

Precision first: only national numbers are compared (a code such as 财预 preceded by a place
abbreviation, 川财预, is a local number); a title is a misspelling only when it is one or two
interior edits from a known form and no local marker (省, 市 …) was added; nesting of title
marks, spaces between issuers and bracket width are not differences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.glossary_user import overlay, per_glossary, user_file
from ..core.resources import data_dir
from .context import CheckContext
from .cut_codes import cut_of, known_cut
from .docnumbers import DocNumber, numbers
from .edit_distance import edits
from .title_slips import interior as _interior, slip_of_two as _slip_of_two, start_slip as _start_slip
from . import regional_citations as regional
from .identity import identity, work_year
from .word_examples import prove_file

_FILE = "glossary/documents.yaml"
# Differences of writing, not of title: inner title marks, spaces, the 、 between issuers.
_IGNORED = regex_cache.compile(r"[\s\u3000〈〉<>＜＞《》「」、]")
_WIDTH = str.maketrans({"（": "(", "）": ")", "-": "—", "–": "—", "―": "—", "－": "—", "~": "—", "～": "—"})
# Characters before a national code that do not make it local (根据财预…, 和国发…, （中发…).
_FREE_BEFORE = set("据照按依和及与见或即经并的、以")
_SENTENCE_END = "。；;！？!?\n"
_MIN_FORM = 6  # shorter forms (《预算法》) are compared exactly, never by edit distance


def normal(title: str) -> str:
    """A title as compared: no inner title marks, spaces or 、; brackets half-width, one dash."""
    return _IGNORED.sub("", title).translate(_WIDTH)


@dataclass(frozen=True)
class Document:
    id: str
    number: Optional[str]  # as written in the registry: 财预〔2020〕10号
    key: Optional[tuple]  # DocNumber.key of the number
    title: str
    forms: tuple[str, ...]  # normalized accepted titles
    shown: tuple[str, ...]  # the same forms as written in the registry
    year: int
    repealed: Optional[int]
    replaced_by: Optional[str]
    region: Optional[str] = None  # a province's own document (湖南): see gen/check/regional_citations.py
    former: tuple = ()  # (key, last report year) of earlier editions' numbers: 条例's 492号 until 2018


@dataclass(frozen=True)
class Registry:
    documents: tuple[Document, ...]
    by_key: dict  # DocNumber.key -> Document
    by_form: dict  # normalized title -> Document
    codes: tuple[str, ...]  # national codes (财预, 中发, 国务院令 …), longest first
    history: tuple[str, ...]  # words near a citation that speak of it as the past (原《, 已废止, 以来)
    versions: tuple[str, ...]  # title words naming a version (暂行, 试行): without them, another document
    local: tuple[str, ...]  # characters that make a title a local document (省, 市, 县) when the known form lacks them
    laws: dict = field(default_factory=dict)  # normalized law or 章程 title -> Document (gen/check/laws.py)
    by_length: dict = field(default_factory=dict)  # len -> ((form, Document), ...) of by_form: near_form looks within ±2


def by_length(forms: dict) -> dict:
    """The (form, document) pairs of ``forms`` grouped by the form's length."""
    out: dict = {}
    for form, doc in forms.items():
        out.setdefault(len(form), []).append((form, doc))
    return {n: tuple(pairs) for n, pairs in out.items()}


@dataclass(frozen=True)
class Citation:
    """One cited document: its title (inside 《》) and/or the number written next to it."""

    start: int  # of the title text (inside the marks), or of the number when there is no title
    end: int
    title: Optional[str]  # as written, without its outer 《》
    number: Optional[DocNumber]
    code: Optional[str]  # the national code of the number, None when local or unknown
    nested: bool = False  # a title inside another's marks (《关于贯彻落实〈…决定〉的意见》): only its spelling is judged


@dataclass(frozen=True)
class Problem:
    start: int
    end: int
    kind: str  # "number" (a known number, another title), "title" (a misspelt title), "serial", "repealed"
    written: str
    document: Document
    suggestion: str


def _forms(title: str, short: tuple[str, ...], regional: bool = False) -> dict[str, str]:
    """Accepted titles, normalized -> as written: the title, its short titles and the derived ones
    (not a regional document's title from its 关于, which every province's and city's shares)."""
    forms = [title, *short]
    if "关于" in title and not title.startswith("关于") and not regional:
        forms.append(title[title.index("关于"):])
    forms += [f[len("中华人民共和国"):] for f in list(forms) if f.startswith("中华人民共和国")]
    out: dict[str, str] = {}
    for f in forms:
        out.setdefault(normal(f), f)
    return out


def _number_key(number: str, where: str) -> tuple:
    found = list(numbers(number))
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(number)):
        raise DataFileError(f"{where}：number“{number}”不是文号（如 财预〔2020〕10号）或令号（如 国务院令第729号）")
    return found[0].key


def _document(entry: object, i: int, name: str = _FILE) -> Document:
    where = f"{name} documents 第{i + 1}项"
    if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) and entry[k] for k in ("id", "title", "source")):
        raise DataFileError(f"{where}：须有 id、title 与 source")
    if not isinstance(entry.get("year"), int):
        raise DataFileError(f"{where}：year 须为年份")
    number = entry.get("number")
    repealed = entry.get("repealed")
    if repealed is not None and (not isinstance(repealed, int) or not isinstance(entry.get("replaced_by"), str)):
        raise DataFileError(f"{where}：repealed 须为年份，并写明 replaced_by")
    region = entry.get("region")
    if region is not None and (not isinstance(region, str) or region not in entry["title"] or not number):
        raise DataFileError(f"{where}：region 须为标题中的地名（湖南），并写明 number")
    forms = _forms(entry["title"], string_list(entry, "short", where, required=False), region is not None)
    return Document(
        entry["id"], number, _number_key(number, where) if isinstance(number, str) else None, entry["title"],
        tuple(forms), tuple(forms.values()), entry["year"], repealed, entry.get("replaced_by"), region,
        _former(entry.get("former"), where),
    )


def _former(raw: object, where: str) -> tuple:
    """An entry's ``former`` list ([{number: 国务院令第492号, until: 2018}]) as (key, last year) pairs."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(
            isinstance(f, dict) and isinstance(f.get("number"), str) and isinstance(f.get("until"), int) for f in raw):
        raise DataFileError(f"{where}：former 须为列表，每项写明 number（旧版文号）与 until（仍可引用的最后报告年度）")
    return tuple((_number_key(f["number"], where), f["until"]) for f in raw)


def _former_current(doc: Document, key: Optional[tuple], year: Optional[int]) -> bool:
    """The number is an earlier edition's, and the report's year is one in which that edition was in force."""
    return key is not None and year is not None and any(k == key and year <= until for k, until in doc.former)


def build_registry(raw: dict, name: str = _FILE, base: Optional[Registry] = None) -> Registry:
    """The registry from a documents file's parsed text, laid over ``base`` by id (a user's file over
    the built-in one); a title form may belong to one document only. ``name`` labels the messages.
    The built-in file must give the ``history``, ``versions`` and ``local`` words; a user's file may add to them."""
    own = tuple(_document(e, i, name) for i, e in enumerate(raw.get("documents") or []))
    if not own and base is None:
        raise DataFileError(f"{name}：documents 不能为空")
    docs = overlay(base.documents if base else (), own, lambda d: d.id)
    words = {key: tuple(dict.fromkeys((getattr(base, key) if base else ())
                                      + string_list(raw, key, name, required=base is None)))
             for key in ("history", "versions", "local")}
    if any(len(w) != 2 for w in words["versions"]):  # a dropped version word is read as two edits
        raise DataFileError(f"{name}：versions 中的词须为两个字（暂行、试行）")
    if any(len(w) != 1 for w in words["local"]):
        raise DataFileError(f"{name}：local 中每项须为一个字（省、市、县）")
    by_form: dict = {}
    for d in docs:
        for f in d.forms:
            if by_form.setdefault(f, d) is not d:
                raise DataFileError(f"{name}：标题“{f}”同时属于 {by_form[f].id} 与 {d.id}")
    codes = sorted({d.key[0] for d in docs if d.key}, key=len, reverse=True)
    return Registry(docs, {d.key: d for d in docs if d.key}, by_form, tuple(codes), **words,
                    by_length=by_length(by_form))


_CONJUNCTIONS = "和及与、"  # what joins a second document to a title


def _another_document(n: DocNumber, codes: tuple[str, ...]) -> bool:
    """Whether a number read right after a title opens on a conjunction before a national code (和国办发〔2022〕8号):
    the conjunction adds a second document, the number is not the title's. A place's name that opens on such a
    character (和政县, 和田) is a local number's head, not a national code's bare prefix."""
    return n.head[:1] in _CONJUNCTIONS and any(n.head[1:] == code for code in codes)


def _national_code(text: str, n: DocNumber, codes: tuple[str, ...]) -> Optional[str]:
    """The national code the number is written with, or None (a local number such as 川财预〔…〕)."""
    for code in codes:
        if n.head.endswith(code):
            before = n.head[: -len(code)]
            if not before or before[-1] in _FREE_BEFORE:
                return code
            return None
    return None


def _titles(text: str) -> Iterator[tuple[int, int]]:
    """Spans of top-level 《…》 contents (nested 《》 inside count as part of the title)."""
    i = text.find("《")
    while i >= 0:
        depth, j = 1, i + 1
        while j < len(text) and j - i <= 160 and text[j] != "\n":
            if text[j] == "《":
                depth += 1
            elif text[j] == "》":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth == 0:
            yield i + 1, j
            i = text.find("《", j + 1)
        else:
            i = text.find("《", i + 1)


# A title inside a title's marks: 〈…〉 (or 《…》, <…> as some sites write them).
_NESTED = regex_cache.compile(r"[〈<＜《]([^〈〉<>＜＞《》\n]{6,80})[〉>＞》]")
_OPEN_PAREN = regex_cache.compile(r"[ \u3000]?[（(]?[ \u3000]?")


def citations(text: str, reg: Registry) -> list[Citation]:
    """Titles in 《》 with the number written right after them (in brackets or not) or right before them."""
    nums = list(numbers(text))
    by_start = {n.start: n for n in nums}
    by_end = {n.end: n for n in nums}
    out, used = [], set()
    for s, e in _titles(text):
        title = text[s:e]
        number = None
        inner = re.search(r"[（(]([^（()）]{4,24})[）)]$", title)  # 《…的通知（财社〔2023〕63号）》
        if inner and (s + inner.start(1)) in by_start and by_start[s + inner.start(1)].end == s + inner.end(1):
            number, title = by_start[s + inner.start(1)], title[: inner.start()]
        if number is None:
            gap = _OPEN_PAREN.match(text, e + 1)
            number = by_start.get(gap.end()) if gap else None
            if number is not None and _another_document(number, reg.codes):
                number = None  # 《…条例》和国办发〔2022〕8号: the number after 和 is a second document's
        before = by_end.get(s - 1)
        if number is None and before is not None and before.start not in used and (
                before.start == 0 or text[before.start - 1] not in "（("):
            number = before  # 财预〔2011〕285号《财政支出绩效评价管理暂行办法》 (not the end of "（…号）《")
        if number is not None:
            used.add(number.start)
        out.append(Citation(s, s + len(title), title, number,
                            _national_code(text, number, reg.codes) if number else None))
        for m in _NESTED.finditer(text, s, e):  # the document a 转发, 印发 or 贯彻落实 title names
            out.append(Citation(m.start(1), m.end(1), m.group(1), None, None, nested=True))
    for n in nums:
        if n.start not in used:
            out.append(Citation(n.start, n.end, None, n, _national_code(text, n, reg.codes)))
    return sorted(out, key=lambda c: c.start)


def near_form(title: str, reg: Registry) -> Optional[tuple[Document, str]]:
    """The one known form a title misspells (a character missing, extra or wrong), or None.

    Edits must be inside the title (first and last characters kept, see _interior) and add no
    local marker; two edits only in a long form and only as a slip (_slip_of_two). A title near
    forms of two documents is ambiguous and left alone.
    """
    t = normal(title)
    if t in reg.by_form or len(t) < _MIN_FORM:
        return None
    hits = {}
    near = (pair for n in range(len(t) - 2, len(t) + 3) for pair in reg.by_length.get(n, ()))
    for form, doc in near:
        if len(form) < _MIN_FORM or not _interior(t, form):
            continue
        if any(t.count(c) > form.count(c) for c in reg.local):
            continue
        if len(t) == len(form) and all(a.isdigit() and b.isdigit() for a, b in zip(t, form) if a != b) \
                and not _start_slip(t, form):
            continue  # only years or serials differ: another edition (纲要（2011—2020年）), not a slip
        d = edits(t, form, 2)
        if d == 1 or (d == 2 and len(form) >= 10 and _slip_of_two(t, form, reg.versions)):
            hits.setdefault(doc.id, (doc, form))
    return next(iter(hits.values())) if len(hits) == 1 else None


def _accepted(title: str, doc: Document) -> bool:
    """The title is one of the document's forms, or holds one (财政部《…办法》 written inside)."""
    t = normal(title)
    return any(t == f or (len(f) >= _MIN_FORM and f in t) for f in doc.forms)


def _display(doc: Document, form: str) -> str:
    """A normalized form as the registry writes it."""
    return doc.shown[doc.forms.index(form)]


def _key(c: Citation) -> Optional[tuple]:
    """The citation's number as a registry key (national code, year, serial), or None."""
    return (c.code, c.number.year, c.number.serial) if c.number is not None and c.code else None


def _as_basis(text: str, c: Citation, history: tuple[str, ...]) -> bool:
    """The citation is not spoken of as history (原…, 已废止, 取代 … near it in its sentence)."""
    lo = max((text.rfind(ch, 0, c.start) for ch in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(ch, c.end) for ch in _SENTENCE_END) if i >= 0]
    near = text[max(lo, c.start - 40):min(ends + [len(text), c.end + 40])]
    return not any(word in near for word in history)


def near_law(title: str, reg: Registry) -> Optional[tuple[Document, str]]:
    from .laws import near_law as near  # laws.py builds on this module's Registry

    return near(title, reg)


def _judge(text: str, c: Citation, reg: Registry, year: Optional[int]) -> list[Problem]:
    """What the registry says against one citation: a wrong title for a known number; else a
    misspelt title and/or a wrong number for a known title; else a repealed basis."""
    key = _key(c)
    by_number = reg.by_key.get(key) if key else None
    known = reg.by_form.get(normal(c.title)) if c.title else None
    near = (near_form(c.title, reg) or near_law(c.title, reg)) if c.title and known is None else None
    if c.nested:  # no number of its own, and not the report's own basis: a misspelt title only
        return [Problem(c.start, c.end, "title", c.title, near[0], _display(near[0], near[1]))] if near else []
    if by_number and c.title and not _accepted(c.title, by_number) and not (near and near[0] is by_number) and (
            by_number.region is None or regional.other_issuer(normal(c.title), by_number.forms[0], by_number.region)):
        return [Problem(c.start, c.end, "number", c.title, by_number, by_number.title)]
    out = []
    if near and by_number in (None, near[0]):
        out.append(Problem(c.start, c.end, "title", c.title, near[0], _display(near[0], near[1])))
    named = known or (near[0] if near else None) or (  # a cut code keeping a known number's year and serial
        c.number and key is None and known_cut(c.number.head, c.number.year, c.number.serial, reg.by_key, reg.codes))
    if named and named.key and c.number is not None and by_number is None and (
            (key and key != named.key) or (named.region and regional.other_number(c.number, named.key))
            or (key is None and cut_of(c.number.head, named.key[0]))) and (
            not _former_current(named, key, year)):
        written = text[c.number.start:c.number.end]
        out.append(Problem(c.number.start, c.number.end, "serial", written, named, named.number))
    if out:
        return out
    cited = by_number or known
    year = work_year(text, c.start, c.end) if year is None and cited and cited.repealed else year  # report's unknown
    if cited and cited.repealed and year is not None and year > cited.repealed - 1 and _as_basis(text, c, reg.history):
        return [Problem(c.start, c.end, "repealed", text[c.start:c.end], cited, cited.replaced_by)]
    return []


def problems(ctx: CheckContext) -> list[Problem]:
    """The mis-cited national documents of the text (a title and its number may each be wrong);
    read once per text for W017 (wrong titles and numbers) and D003 (repealed documents)."""
    return ctx.memo("citations.problems", lambda c: _problems_with(c, registry(), text_citations(c)))


@per_glossary()
def registry() -> Registry:
    """Load glossary/documents.yaml, with the user's documents.yaml (jixiao.toml ``glossary``) laid
    over it by id; each file's example sentences are run against what it builds."""
    from . import laws  # laws.py builds on this module's Registry

    raw = read_yaml_file(data_dir("glossary") / "documents.yaml") or {}
    reg = build_registry(raw)
    _prove(raw, reg, _FILE, required=True)
    user = user_file("documents.yaml")
    if user is not None:
        label = f"用户词库 {user}"
        extra = read_yaml_file(user) or {}
        if not isinstance(extra, dict):
            raise DataFileError(f"{label}：文件顶层须为映射（documents、flag、keep）")
        reg = build_registry(extra, label, reg)
        _prove(extra, reg, label, required=False)
    reg, raw = laws.load(reg)
    _prove(raw, reg, "glossary/laws.yaml", required=True)
    return reg


def _prove(raw: dict, reg: Registry, name: str, required: bool) -> None:
    prove_file(raw, name, lambda text: _problems_with(CheckContext(text), reg), lambda p: p.written,
               required=required)


def text_citations(ctx: CheckContext) -> list[Citation]:
    """The text's citations, read once per check (W017, D003 and N040 read them)."""
    return ctx.memo("citations", lambda c: citations(c.text, registry()))


def _problems_with(ctx: CheckContext, reg: Registry, found: Optional[list[Citation]] = None) -> list[Problem]:
    """One problem per citation that the registry contradicts; the report year from the text."""
    year = identity(ctx).year
    found = citations(ctx.text, reg) if found is None else found
    return [p for c in found for p in _judge(ctx.text, c, reg, year)]
