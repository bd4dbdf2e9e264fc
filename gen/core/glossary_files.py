"""Reading and validating the glossary's YAML files, each entry proved against its own examples.

Separate from matching (:mod:`gen.core.glossary_match`) because this is the
part a finance officer's edits exercise: every message names the file and the
entry, and a pattern that could run away (unbounded repetition) or an entry
whose ``flag``/``keep`` examples fail stops the load. The built-in folder and a
user's folder (:mod:`gen.core.glossary_user`) go through the same loaders.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional

import yaml

from .datafile import load_yaml
from .errors import UserError
from . import proof_stamp, regex_cache
from .regex_parsed import parsed
from .glossary_match import BodyRef, Entry, apply_replacements, body_type, budget_level_of

try:  # the regex constants moved in Python 3.11
    from re._constants import MAXREPEAT as _MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    from sre_constants import MAXREPEAT as _MAXREPEAT  # type: ignore[no-redef]


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
        walk(parsed(pattern))
    except re.error as exc:
        raise _fail(file, where, f"正则“{pattern}”写法有误：{exc}。") from None


def _compile(pattern: str, file: str, where: str) -> re.Pattern:
    if not proof_stamp.skipping():  # a bound proved before on these very files (gen.core.proof_stamp) holds
        _check_bounded(pattern, file, where)
    try:  # the parser accepts some patterns the compiler refuses (a look-behind of varying width)
        return regex_cache.compile(pattern)
    except re.error as exc:
        raise _fail(file, where, f"正则“{pattern}”写法有误：{exc}。") from None


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


def read_yaml(path: Path) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"找不到词库文件：{path}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        loc = f"第{mark.line + 1}行" if mark else ""
        raise UserError(f"词库文件 {path.name}{loc} 不是有效的 YAML：{getattr(exc, 'problem', exc)}") from None


_ENTRY_KEYS = frozenset({"id", "match", "regex", "expected", "replace", "reason", "unless", "from_year", "until_year",
                         "needs_year", "words", "flag", "keep", "source", "history", "table_titles", "when_text_has",
                         "unless_text_has", "severity", "year_end", "newer_name"})


def load_entries(path: Path) -> tuple[Entry, ...]:
    """The entries of one file (terms, typos, formulations, outdated), each proved by its examples."""
    file = path.name
    doc = read_yaml(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise _fail(file, "文件顶层", "应包含 entries 列表。")
    shared = [_compile(p, file, "unless_all") for p in _strings(doc.get("unless_all"), file, "unless_all", "unless_all")]
    # Contexts that tell a body's history (前身是…, 改革前…, 由…组建而成): excuse the old name in entries marked history.
    history = tuple(_compile(p, file, "history") for p in _strings(doc.get("history"), file, "history", "history"))
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
        if raw.get("history") not in (None, True, False):
            raise _fail(file, where, "history 应为 true 或 false。")
        if raw.get("table_titles") not in (None, True, False):
            raise _fail(file, where, "table_titles 应为 true 或 false。")
        own = tuple(_own_tables(p) for p in shared) if raw.get("table_titles") else tuple(shared)
        own += history if raw.get("history") else ()
        entry = _entry(raw, eid, file, where, own, require_source=bool(doc.get("require_source")))
        if not entry.flag or not entry.keep:
            raise _fail(file, where, "每个条目至少需要一个 flag（应发现）示例和一个 keep（不应误报）示例。")
        _verify(entry, where)
        entries.append(entry)
    return tuple(entries)


def _own_tables(pattern: re.Pattern) -> re.Pattern:
    """A shared exception that no longer covers a span closing on 表》.

    The title marks of a contents' table list (七、《一般公共预算财政拨款三公经费支出决算表》) hold the
    report's own table, which the template names, not a document it cites: an entry marked
    ``table_titles`` is checked there as in the rest of the text.
    """
    return regex_cache.compile(f"(?:{pattern.pattern})(?<!表》)")


def _entry(raw: dict, eid: str, file: str, where: str, shared: tuple[re.Pattern, ...], require_source: bool) -> Entry:
    """One entry from its mapping, fields checked in the order a reader fills them in."""
    extra = sorted(set(raw) - _ENTRY_KEYS)
    if extra:
        raise _fail(file, where, f"不认识的字段：{'、'.join(extra)}。")
    literals, pattern = _pattern(raw, file, where)
    expected, pairs = _replacement(raw, file, where)
    reason = raw.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise _fail(file, where, "缺少 reason（为什么要改）。")
    from_year, until_year = _year(raw, "from_year", file, where), _year(raw, "until_year", file, where)
    needs_year = raw.get("needs_year", False)
    if not isinstance(needs_year, bool):
        raise _fail(file, where, "needs_year 应为 true 或 false。")
    unless = shared + tuple(_compile(p, file, where) for p in _strings(raw.get("unless"), file, where, "unless"))
    words = _strings(raw.get("words"), file, where, "words")
    when_text_has = raw.get("when_text_has", "")
    if not isinstance(when_text_has, str):
        raise _fail(file, where, "when_text_has 应为文字。")
    # several forms may name the same thing (农业农村委员会 / 农业农村工作委员会): any one of them excuses the text
    unless_text_has = tuple(_strings(raw.get("unless_text_has"), file, where, "unless_text_has"))
    year_end = raw.get("year_end", "")
    if not isinstance(year_end, str):
        raise _fail(file, where, "year_end 应为那个时间节点的名称（如 十九大）。")
    newer_name = raw.get("newer_name", False)
    if not isinstance(newer_name, bool) or (newer_name and until_year is None):
        raise _fail(file, where, "newer_name 应为 true 或 false，且要与 until_year（机构组建前一年）同用。")
    severity = raw.get("severity", "")
    if severity not in ("", "info"):
        raise _fail(file, where, "severity 只能是 info（写法上的建议，以提示报告），或不写。")
    return Entry(
        id=eid,
        file=file,
        pattern=pattern,
        expected=expected if expected is not None else "",
        replace=pairs,
        reason=reason.strip(),
        unless=unless,
        from_year=from_year,
        words=tuple(literals + [apply_replacements(w, pairs) for w in literals if pairs] + words + ([expected] if expected and "\\" not in expected else [])),
        flag=_examples(raw.get("flag"), file, where, "flag"),
        keep=_examples(raw.get("keep"), file, where, "keep"),
        until_year=until_year,
        needs_year=needs_year,
        source=_source(raw, file, where, required=require_source),
        when_text_has=when_text_has,
        unless_text_has=unless_text_has,
        severity=severity,
        year_end=year_end,
        newer_name=newer_name,
    )


def _pattern(raw: dict, file: str, where: str) -> tuple[list[str], re.Pattern]:
    """The entry's literal words (``match``) and the compiled pattern, from ``match`` or ``regex``."""
    literals = _strings(raw.get("match"), file, where, "match")
    regex = raw.get("regex")
    if bool(literals) == bool(regex):
        raise _fail(file, where, "match（文字）与 regex（正则）须且只须填写一项。")
    if regex is not None and not isinstance(regex, str):
        raise _fail(file, where, "regex 应为文字。")
    if literals:
        return literals, regex_cache.compile("|".join(re.escape(w) for w in sorted(literals, key=len, reverse=True)))
    return literals, _compile(regex, file, where)


def _replacement(raw: dict, file: str, where: str) -> tuple[Optional[str], tuple[tuple[str, str], ...]]:
    """What to write instead: ``expected`` (the whole match) or ``replace`` (character pairs), exactly one."""
    expected = raw.get("expected")
    replace = raw.get("replace")
    if (expected is None) == (replace is None):
        raise _fail(file, where, "expected（改为）与 replace（逐字替换）须且只须填写一项。")
    if expected is not None and not isinstance(expected, str):
        raise _fail(file, where, "expected 应为文字。")
    if replace is None:
        return expected, ()
    if not isinstance(replace, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in replace.items()):
        raise _fail(file, where, "replace 应为“原字: 新字”的键值对。")
    return expected, tuple(replace.items())


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
    """Run the entry's own examples: a broken entry must not load (unless a stamp says these very files
    proved themselves before: gen.core.proof_stamp)."""
    if proof_stamp.skipping():
        return
    for text, year in entry.flag:
        if not any(True for _ in entry.finditer(text, year)):
            raise _fail(entry.file, where, f"示例“{text}”应被发现，但条目没有匹配到，请检查 match/regex/unless。")
    for text, year in entry.keep:
        hits = list(entry.finditer(text, year))
        if hits:
            raise _fail(entry.file, where, f"示例“{text}”不应被发现，却匹配到了“{hits[0].text}”，请收紧 match/regex 或补充 unless。")


_ACRONYM = regex_cache.compile(r"[A-Z][A-Za-z0-9]{0,11}")


def load_acronyms(path: Path) -> dict[str, str]:
    file = path.name
    doc = read_yaml(path)
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


def load_bodies(path: Path) -> tuple[BodyRef, ...]:
    file = path.name
    doc = read_yaml(path)
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
        budget_level = raw.get("budget_level", False)
        if not isinstance(budget_level, bool):
            raise _fail(file, where, "budget_level 应为 true 或 false。")
        bodies.append(BodyRef(raw["ref"], tuple(fits), label, strict, budget_level))
    glossary_bodies = tuple(bodies)
    for n, spec in enumerate(doc.get("specs") or [], 1):
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            raise _fail(file, f"specs 第{n}条", "应有 name（单位名称）和 ref（应使用的自称）。")
        got = body_type(glossary_bodies, spec["name"])
        want = spec.get("ref")
        if (got.ref if got else None) != want:
            raise _fail(file, f"specs 第{n}条", f"单位“{spec['name']}”应自称“{want}”，按当前数据却是“{got.ref if got else '无'}”。")
        level = (budget_level_of(glossary_bodies, spec["name"]) or "") if "level" in spec else None
        if level is not None and level != (spec["level"] or ""):
            raise _fail(file, f"specs 第{n}条", f"单位“{spec['name']}”的本级应为“{spec['level'] or '所在地区的本级'}”，"
                                               f"按当前数据却是“{level or '所在地区的本级'}”。")
    return glossary_bodies


def load_generic_refs(path: Path) -> tuple[str, ...]:
    doc = read_yaml(path)
    refs = _strings(doc.get("generic") if isinstance(doc, dict) else None, path.name, "generic", "generic")
    for ref in refs:
        if not ref.startswith("我"):
            raise _fail(path.name, "generic", f"“{ref}”应以“我”开头。")
    return tuple(refs)


_HAN_WORD = regex_cache.compile(r"[\u4e00-\u9fff]{2,6}")


def load_places(path: Path) -> frozenset[str]:
    file = path.name
    doc = read_yaml(path)
    words = doc.get("common_word_shorts") if isinstance(doc, dict) else None
    if not isinstance(words, list):
        raise _fail(file, "文件顶层", "应包含 common_word_shorts 列表。")
    for n, word in enumerate(words, 1):
        if not isinstance(word, str) or not _HAN_WORD.fullmatch(word):
            raise _fail(file, f"第{n}项", f"“{word}”应为2到6个汉字。")
    return frozenset(words)

