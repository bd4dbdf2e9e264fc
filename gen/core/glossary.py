"""The glossary: terminology and wording data shared by the checker and the segmenter.

The data lives in ``glossary/*.yaml`` so that a finance officer can read and
edit it. Like a prh dictionary, every entry carries its own examples: texts it
must flag and near-misses it must leave alone. Loading runs those examples, so
an entry whose pattern is broken fails loudly (file, entry, example) instead of
silently matching nothing. Patterns may only use bounded repetition
(``{0,12}``), which keeps every match linear in the length of the text.

Files (``rates.yaml`` belongs to the number rules and is not read here):

- ``terms.yaml``: obsolete or non-standard terms -> preferred term (rule T001)
- ``typos.yaml``: misspellings and missing characters in fixed phrases (W001)
- ``acronyms.yaml``: English acronyms allowed in Chinese text (L001)
- ``bodies.yaml``: self-references (我局, 我委...) and the bodies they fit (T002)
- ``places.yaml``: place short names that are also everyday words (T003)
- ``formulations.yaml``: the exact forms of standard political formulations (D001)
- ``outdated.yaml``: formulations spoken of as current after their time (D002)

Entries may be dated: ``from_year`` (flag only in reports of that year or
later), ``until_year`` (only up to that year) and ``needs_year`` (leave the
text alone when the report's year is unknown: a reform name in a 2018 report
is right, so precision comes before recall).

A user's folder (``glossary`` in jixiao.toml) is laid over these by
:mod:`gen.core.glossary_user`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import yaml

from .datafile import load_yaml
from .errors import UserError
from .resources import data_dir

try:  # the regex parser moved in Python 3.11
    import re._parser as _sre_parse  # type: ignore[import-not-found]
    from re._constants import MAXREPEAT as _MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_constants import MAXREPEAT as _MAXREPEAT  # type: ignore[no-redef]

# How far around a hit an ``unless`` pattern is looked for (characters each side).
UNLESS_WINDOW = 100


def _apply(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text


@dataclass(frozen=True)
class Hit:
    """One match of a glossary entry in a text."""

    start: int
    end: int
    text: str
    suggestion: str
    entry: "Entry"


@dataclass(frozen=True)
class Entry:
    """One glossary entry: a pattern, what to write instead, and its exceptions."""

    id: str
    file: str
    pattern: re.Pattern
    expected: str  # replacement for the whole match (regex entries may use \\g<n>)
    replace: tuple[tuple[str, str], ...]  # or: substring replacements inside the match
    reason: str
    unless: tuple[re.Pattern, ...]
    from_year: Optional[int]  # flag only in reports of this year or later (unknown year: flag)
    words: tuple[str, ...]  # words the segmenter should know
    flag: tuple[tuple[str, Optional[int]], ...] = field(default=(), repr=False)
    keep: tuple[tuple[str, Optional[int]], ...] = field(default=(), repr=False)
    until_year: Optional[int] = None  # flag only in reports of this year or earlier
    needs_year: bool = False  # unknown report year: do not flag
    source: str = ""  # where the reform date or the standard form is documented

    def applies_to(self, year: Optional[int]) -> bool:
        """Whether the entry speaks for a report of ``year`` (None: year unknown)."""
        if year is None:
            return not self.needs_year
        if self.from_year is not None and year < self.from_year:
            return False
        return self.until_year is None or year <= self.until_year

    def suggest(self, match: re.Match) -> str:
        if self.replace:
            return _apply(match.group(), self.replace)
        return match.expand(self.expected)

    def finditer(self, text: str, year: Optional[int] = None) -> Iterator[Hit]:
        """Hits of this entry in ``text``, minus those an ``unless`` context covers."""
        if not self.applies_to(year):
            return
        for m in self.pattern.finditer(text):
            s, e = m.span()
            if s == e or self._excused(text, s, e):
                continue
            yield Hit(s, e, m.group(), self.suggest(m), self)

    def _excused(self, text: str, s: int, e: int) -> bool:
        lo = max(0, s - UNLESS_WINDOW)
        window = text[lo : e + UNLESS_WINDOW]
        for pat in self.unless:
            for m in pat.finditer(window):
                if m.start() + lo <= s and m.end() + lo >= e:
                    return True
                if m.start() + lo > s:
                    break
        return False


def scan(entries: Iterable[Entry], text: str, year: Optional[int] = None) -> list[Hit]:
    """Every entry's hits in ``text``, in order; where entries overlap (卫计委 / 卫计) the longest one speaks."""
    hits = sorted((h for e in entries for h in e.finditer(text, year)), key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    last_end = -1
    for hit in hits:
        if hit.start >= last_end:
            out.append(hit)
            last_end = hit.end
    return out


@dataclass(frozen=True)
class BodyRef:
    """A self-reference (我局) and the name endings of the bodies it fits (局)."""

    ref: str
    fits: tuple[str, ...]
    label: str  # what kind of body, in Chinese (局, 委员会...)
    strict: bool  # a mismatch is flagged (我院/我所 may quote a subordinate unit: not strict)


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Entry, ...]
    typos: tuple[Entry, ...]
    acronyms: dict[str, str]  # acronym -> meaning
    bodies: tuple[BodyRef, ...]
    common_place_words: frozenset[str] = frozenset()  # place short names that are everyday words
    formulations: tuple[Entry, ...] = ()  # exact forms of political formulations (D001)
    outdated: tuple[Entry, ...] = ()  # formulations out of their time (D002)
    generic_refs: tuple[str, ...] = ()  # self-references that fit any body (我部门, 我单位)

    def body_type(self, name: str) -> Optional[BodyRef]:
        """The self-reference that fits an organisation ``name`` (longest ending wins)."""
        best: Optional[tuple[int, BodyRef]] = None
        for body in self.bodies:
            for suffix in body.fits:
                if name.endswith(suffix) and (best is None or len(suffix) > best[0]):
                    best = (len(suffix), body)
        return best[1] if best else None

    def body_ref(self, ref: str) -> Optional[BodyRef]:
        for body in self.bodies:
            if body.ref == ref:
                return body
        return None


# --------------------------------------------------------------------------- loading


def _fail(file: str, where: str, message: str) -> UserError:
    return UserError(f"词库文件 {file}，{where}：{message}")


def _check_bounded(pattern: str, file: str, where: str) -> None:
    """Reject unbounded repetition (* + {n,}): a glossary pattern must stay linear."""

    def walk(items: Any) -> None:
        for op, arg in items:
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                lo, hi, sub = arg
                if hi == _MAXREPEAT:
                    raise _fail(file, where, f"正则“{pattern}”含无上限的重复（* + {{n,}}），请改用有上限的写法，如 {{0,12}}。")
                walk(sub)
            elif name == "SUBPATTERN":
                walk(arg[-1])
            elif name == "BRANCH":
                for alt in arg[1]:
                    walk(alt)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(arg[1])

    try:
        walk(_sre_parse.parse(pattern))
    except re.error as exc:
        raise _fail(file, where, f"正则“{pattern}”写法有误：{exc}。") from None


def _compile(pattern: str, file: str, where: str) -> re.Pattern:
    _check_bounded(pattern, file, where)
    return re.compile(pattern)


def _strings(value: Any, file: str, where: str, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
        return list(value)
    raise _fail(file, where, f"“{key}”应为文字或文字列表。")


def _examples(value: Any, file: str, where: str, key: str) -> tuple[tuple[str, Optional[int]], ...]:
    """Examples are texts, or {text:, year:} when the report year matters."""
    out = []
    for item in value or []:
        if isinstance(item, str) and item:
            out.append((item, None))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            year = item.get("year")
            if year is not None and not isinstance(year, int):
                raise _fail(file, where, f"“{key}”示例的 year 应为年份数字。")
            out.append((item["text"], year))
        else:
            raise _fail(file, where, f"“{key}”的示例应为文字，或含 text（及可选 year）的条目。")
    return tuple(out)


def _read_yaml(path: Path) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"找不到词库文件：{path}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        loc = f"第{mark.line + 1}行" if mark else ""
        raise UserError(f"词库文件 {path.name}{loc} 不是有效的 YAML：{getattr(exc, 'problem', exc)}") from None


def _load_entries(path: Path) -> tuple[Entry, ...]:
    file = path.name
    doc = _read_yaml(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise _fail(file, "文件顶层", "应包含 entries 列表。")
    shared = [_compile(p, file, "unless_all") for p in _strings(doc.get("unless_all"), file, "unless_all", "unless_all")]
    entries = []
    seen: set[str] = set()
    for n, raw in enumerate(doc["entries"], 1):
        if not isinstance(raw, dict):
            raise _fail(file, f"第{n}条", "条目应为键值对。")
        eid = str(raw.get("id") or "").strip()
        where = f"第{n}条（{eid or '无 id'}）"
        if not eid:
            raise _fail(file, where, "缺少 id。")
        if eid in seen:
            raise _fail(file, where, "id 与前面的条目重复。")
        seen.add(eid)
        known = {"id", "match", "regex", "expected", "replace", "reason", "unless", "from_year", "until_year",
                 "needs_year", "words", "flag", "keep", "source"}
        extra = sorted(set(raw) - known)
        if extra:
            raise _fail(file, where, f"不认识的字段：{'、'.join(extra)}。")
        literals = _strings(raw.get("match"), file, where, "match")
        regex = raw.get("regex")
        if bool(literals) == bool(regex):
            raise _fail(file, where, "match（文字）与 regex（正则）须且只须填写一项。")
        if regex is not None and not isinstance(regex, str):
            raise _fail(file, where, "regex 应为文字。")
        if literals:
            pattern = re.compile("|".join(re.escape(w) for w in sorted(literals, key=len, reverse=True)))
        else:
            pattern = _compile(regex, file, where)
        expected = raw.get("expected")
        replace = raw.get("replace")
        if (expected is None) == (replace is None):
            raise _fail(file, where, "expected（改为）与 replace（逐字替换）须且只须填写一项。")
        if expected is not None and not isinstance(expected, str):
            raise _fail(file, where, "expected 应为文字。")
        pairs: tuple[tuple[str, str], ...] = ()
        if replace is not None:
            if not isinstance(replace, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in replace.items()):
                raise _fail(file, where, "replace 应为“原字: 新字”的键值对。")
            pairs = tuple(replace.items())
        reason = raw.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise _fail(file, where, "缺少 reason（为什么要改）。")
        from_year, until_year = _year(raw, "from_year", file, where), _year(raw, "until_year", file, where)
        needs_year = raw.get("needs_year", False)
        if not isinstance(needs_year, bool):
            raise _fail(file, where, "needs_year 应为 true 或 false。")
        unless = tuple(shared) + tuple(_compile(p, file, where) for p in _strings(raw.get("unless"), file, where, "unless"))
        words = _strings(raw.get("words"), file, where, "words")
        entry = Entry(
            id=eid,
            file=file,
            pattern=pattern,
            expected=expected if expected is not None else "",
            replace=pairs,
            reason=reason.strip(),
            unless=unless,
            from_year=from_year,
            words=tuple(literals + [_apply(w, pairs) for w in literals if pairs] + words + ([expected] if expected and "\\" not in expected else [])),
            flag=_examples(raw.get("flag"), file, where, "flag"),
            keep=_examples(raw.get("keep"), file, where, "keep"),
            until_year=until_year,
            needs_year=needs_year,
            source=_source(raw, file, where, required=bool(doc.get("require_source"))),
        )
        if not entry.flag or not entry.keep:
            raise _fail(file, where, "每个条目至少需要一个 flag（应发现）示例和一个 keep（不应误报）示例。")
        _verify(entry, where)
        entries.append(entry)
    return tuple(entries)


def _source(raw: dict, file: str, where: str, required: bool) -> str:
    value = raw.get("source")
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise _fail(file, where, "缺少 source（依据：文件、会议或机构改革方案及其时间）。")
    return value.strip()


def _year(raw: dict, key: str, file: str, where: str) -> Optional[int]:
    value = raw.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1949 <= value <= 2100):
        raise _fail(file, where, f"{key} 应为年份数字（如 2019）。")
    return value


def _verify(entry: Entry, where: str) -> None:
    """Run the entry's own examples: a broken entry must not load."""
    for text, year in entry.flag:
        if not any(True for _ in entry.finditer(text, year)):
            raise _fail(entry.file, where, f"示例“{text}”应被发现，但条目没有匹配到，请检查 match/regex/unless。")
    for text, year in entry.keep:
        hits = list(entry.finditer(text, year))
        if hits:
            raise _fail(entry.file, where, f"示例“{text}”不应被发现，却匹配到了“{hits[0].text}”，请收紧 match/regex 或补充 unless。")


_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]{0,11}")


def _load_acronyms(path: Path) -> dict[str, str]:
    file = path.name
    doc = _read_yaml(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("acronyms"), dict):
        raise _fail(file, "文件顶层", "应包含 acronyms（缩写: 含义）。")
    out = {}
    for key, meaning in doc["acronyms"].items():
        key = str(key)
        if not _ACRONYM.fullmatch(key):
            raise _fail(file, f"缩写“{key}”", "应以大写字母开头，只含字母和数字（最长12个）。")
        if not isinstance(meaning, str) or not meaning.strip():
            raise _fail(file, f"缩写“{key}”", "请写明中文含义。")
        out[key] = meaning.strip()
    return out


def _load_bodies(path: Path) -> tuple[BodyRef, ...]:
    file = path.name
    doc = _read_yaml(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("self_refs"), list):
        raise _fail(file, "文件顶层", "应包含 self_refs 列表。")
    bodies = []
    for n, raw in enumerate(doc["self_refs"], 1):
        where = f"第{n}条"
        if not isinstance(raw, dict) or not isinstance(raw.get("ref"), str) or not raw["ref"].startswith("我"):
            raise _fail(file, where, "每条应有 ref（如“我局”）。")
        where = f"第{n}条（{raw['ref']}）"
        fits = _strings(raw.get("fits"), file, where, "fits")
        label = raw.get("label")
        if not fits or not isinstance(label, str):
            raise _fail(file, where, "需要 fits（适用的单位名称结尾）和 label（单位类型）。")
        strict = raw.get("strict", False)
        if not isinstance(strict, bool):
            raise _fail(file, where, "strict 应为 true 或 false。")
        bodies.append(BodyRef(raw["ref"], tuple(fits), label, strict))
    glossary_bodies = tuple(bodies)
    probe = Glossary((), (), {}, glossary_bodies)
    for n, spec in enumerate(doc.get("specs") or [], 1):
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            raise _fail(file, f"specs 第{n}条", "应有 name（单位名称）和 ref（应使用的自称）。")
        got = probe.body_type(spec["name"])
        want = spec.get("ref")
        if (got.ref if got else None) != want:
            raise _fail(file, f"specs 第{n}条", f"单位“{spec['name']}”应自称“{want}”，按当前数据却是“{got.ref if got else '无'}”。")
    return glossary_bodies


def _load_generic_refs(path: Path) -> tuple[str, ...]:
    doc = _read_yaml(path)
    refs = _strings(doc.get("generic") if isinstance(doc, dict) else None, path.name, "generic", "generic")
    for ref in refs:
        if not ref.startswith("我"):
            raise _fail(path.name, "generic", f"“{ref}”应以“我”开头。")
    return tuple(refs)


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _load_places(path: Path) -> frozenset[str]:
    file = path.name
    doc = _read_yaml(path)
    words = doc.get("common_word_shorts") if isinstance(doc, dict) else None
    if not isinstance(words, list):
        raise _fail(file, "文件顶层", "应包含 common_word_shorts 列表。")
    for n, word in enumerate(words, 1):
        if not isinstance(word, str) or not _HAN_WORD.fullmatch(word):
            raise _fail(file, f"第{n}项", f"“{word}”应为2到6个汉字。")
    return frozenset(words)


@lru_cache(maxsize=4)
def load(directory: Optional[str] = None) -> Glossary:
    """Load and validate the glossary (cached per folder). Raises UserError when broken."""
    base = Path(directory) if directory else data_dir("glossary")
    loaded = Glossary(
        terms=_load_entries(base / "terms.yaml"),
        typos=_load_entries(base / "typos.yaml"),
        acronyms=_load_acronyms(base / "acronyms.yaml"),
        bodies=_load_bodies(base / "bodies.yaml"),
        common_place_words=_load_places(base / "places.yaml"),
        formulations=_load_entries(base / "formulations.yaml"),
        outdated=_load_entries(base / "outdated.yaml"),
        generic_refs=_load_generic_refs(base / "bodies.yaml"),
    )
    if directory:
        return loaded
    from .glossary_user import layer  # the user's folder from jixiao.toml, if one is active

    return layer(loaded)


def segmenter_words() -> list[str]:
    """Every word the segmenter should keep whole (for jieba.add_word), sorted."""
    g = load()
    words: set[str] = set()
    for entry in g.terms + g.typos + g.formulations + g.outdated:
        words.update(entry.words)
    words.update(g.acronyms)
    words.update(b.ref for b in g.bodies)
    words.update(g.generic_refs)
    return sorted(w for w in words if w.strip())


@lru_cache(maxsize=1)
def self_ref_names() -> tuple[str, ...]:
    """The self-references a data file may choose (bureau.self_ref), from bodies.yaml:
    those of a kind of body and the generic ones (我部门, 我单位) that fit any body.

    Read without compiling the rest of the glossary: the data model needs only
    this list, and every process that loads a data file imports the model.
    """
    path = data_dir("glossary") / "bodies.yaml"
    return tuple(b.ref for b in _load_bodies(path)) + _load_generic_refs(path)
