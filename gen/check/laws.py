"""The titles of the laws of the PRC and of the people's organisations' 章程, and their near misses.

Reports cite laws by title from memory and lose a word: 《中华人民共和国法院组织法》 for the
人民法院组织法, 《归侨侨眷权益法》 for the 归侨侨眷权益保护法, 《全国妇女联合会章程》 for the
中华全国妇女联合会章程. glossary/documents.yaml lists the few laws reports cite as their basis,
each with its page; glossary/laws.yaml lists the titles of some three hundred laws and the main
章程 so that such a slip is seen on any of them. The titles join W017's registry
(gen/check/citations.py) as documents without a number, and this module adds the slips of a
law's title that the registry's general near match leaves alone because they could name another
document there: a word lost at the head (法院组织法), a two-character word lost in a short title
(归侨侨眷权益法), one character replaced (妇女权益保护法). The file also lists 国务院行政法规 whose title
carries no 中华人民共和国 (植物检疫条例, 社会救助暂行办法): a citation that adds the prefix is told with the
regulation's own title.

Precision: a title is compared only when it ends as the listed one does (…法, …章程, …典), is not
an 办法, and adds no place or office character (某省妇女联合会章程); an added word is never a slip
(新预算法 is the law); a title near two listed ones is left alone. A title near none is never
reported: the list is not complete.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.resources import data_dir
from .citations import Document, Registry, by_length, normal

_FILE = "glossary/laws.yaml"
_PREFIX = "中华人民共和国"
_ENDS = "法程典"  # the last characters of the listed titles (…法, …章程, …典)
_REGULATION_ENDS = ("条例", "办法", "规定")  # a 行政法规's title
_NOT_LAW = ("办法", "方法", "做法", "写法", "说法", "看法", "想法")  # titles ending with 法 that are no law


def _rows(raw: dict, key: str) -> list[str]:
    rows = raw.get(key)
    if not isinstance(rows, list):
        raise DataFileError(f"{_FILE}：{key} 须为列表")
    out = []
    for row in rows:
        out += list(row) if isinstance(row, list) else [row]
    if not all(isinstance(t, str) and t for t in out):
        raise DataFileError(f"{_FILE}：{key} 中每项须为标题文字")
    return out


def titles(raw: dict) -> tuple[str, ...]:
    """The full titles the file lists: 中华人民共和国 + each law, the unprefixed laws, the 章程."""
    laws = [_PREFIX + t for key in ("laws", "former") for t in _rows(raw, key)]
    regulations = _rows(raw, "regulations") if "regulations" in raw else []
    out = laws + _rows(raw, "unprefixed") + _rows(raw, "charters") + regulations
    seen = set()
    for t in out:
        if t in seen:
            raise DataFileError(f"{_FILE}：标题“{t}”重复")
        if not t.endswith(_REGULATION_ENDS if t in regulations else ("法", "章程", "典")):  # _ENDS
            raise DataFileError(f"{_FILE}：“{t}”不是法律、行政法规或章程的标题")
        seen.add(t)
    return tuple(out)


def with_laws(reg: Registry, raw: dict) -> Registry:
    """The registry with the file's titles: each a document without a number whose forms are the title
    and (for a law) the title without 中华人民共和国; a title the registry already knows keeps its entry."""
    by_form, laws = dict(reg.by_form), {}
    for title in titles(raw):
        forms = {normal(title): title}
        if title.startswith(_PREFIX):
            forms[normal(title[len(_PREFIX):])] = title[len(_PREFIX):]
        known = next((by_form[f] for f in forms if f in by_form), None)
        doc = known or Document(title, None, None, title, tuple(forms), tuple(forms.values()), 0, None, None)
        for f in doc.forms:
            by_form.setdefault(f, doc)
            laws.setdefault(f, doc)
    return dataclasses.replace(reg, by_form=by_form, laws=laws, by_length=by_length(by_form))


def _slip(t: str, form: str) -> bool:
    """``t`` is ``form`` with one character replaced (form of five or more), or one or two adjacent
    characters lost (leaving four or more: 《安全法》 is no slip of 核安全法), the last character kept."""
    lost = len(form) - len(t)
    if lost == 0:
        diff = [i for i, (a, b) in enumerate(zip(t, form)) if a != b]
        return len(form) >= 5 and len(diff) == 1 and diff[0] < len(form) - 1
    if lost not in (1, 2) or len(t) < 4:
        return False
    return any(form[:i] + form[i + lost:] == t for i in range(len(form) - lost))


def near_law(title: str, reg: Registry) -> Optional[tuple[Document, str]]:
    """The one listed law or 章程 title a cited title misses by a lost word or a wrong character, or None."""
    t = normal(title)
    bare = t[len(_PREFIX):] if t.startswith(_PREFIX) else None
    if bare and bare in reg.laws and not reg.laws[bare].title.startswith(_PREFIX) and t not in reg.by_form:
        return reg.laws[bare], bare  # 《中华人民共和国植物检疫条例》: a prefix the regulation never had
    if len(t) < 3 or t[-1] not in _ENDS or t in reg.by_form or t.endswith(_NOT_LAW):
        return None
    hits = {}
    near = (pair for n in range(len(t), len(t) + 3) for pair in reg.by_length.get(n, ()))
    for form, doc in near:
        if form not in reg.laws or form[-1] != t[-1] or any(t.count(c) > form.count(c) for c in reg.local):
            continue
        if _slip(t, form):
            hits.setdefault(doc.id, (doc, form))
    return next(iter(hits.values())) if len(hits) == 1 else None


def load(reg: Registry) -> tuple[Registry, dict]:
    """The registry with glossary/laws.yaml's titles, and the file's parsed text (for its examples)."""
    raw = read_yaml_file(data_dir("glossary") / "laws.yaml") or {}
    if not isinstance(raw, dict):
        raise DataFileError(f"{_FILE}：文件顶层须为映射（laws、former、unprefixed、charters、flag、keep）")
    string_list(raw, "flag", _FILE)
    return with_laws(reg, raw), raw


# Led by the prefix itself, the mark before it tested behind it: re finds the literal by itself instead of
# trying the lookbehind at every character (the same matches).
_BARE = regex_cache.compile(r"中华人民共和国(?<![《〈<]中华人民共和国)")
_CJK_RUN = regex_cache.compile(r"[\u4e00-\u9fff]{1,24}")


def bare_slips(text: str, reg: Registry) -> list[tuple[int, int, str, str]]:
    """Law titles written without title marks (中华人民共和国归侨侨眷权益法相配套) that miss a listed one:
    (start, end, written, meant). Each 法 after the prefix ends a candidate; a text holding a listed
    title there (中华人民共和国法官法) is left alone, and so is one near two."""
    out = []
    for m in _BARE.finditer(text):
        run = _CJK_RUN.match(text, m.end())
        if run is None:
            continue
        ends = [m.end() + i + 1 for i, ch in enumerate(run.group()) if ch == "法"]
        cands = [text[m.start():e] for e in ends]
        if not cands or any(normal(c) in reg.by_form for c in cands):
            continue
        hits = [(c, near) for c in cands if (near := near_law(c, reg))]
        if len(hits) == 1:
            written, (doc, form) = hits[0]
            out.append((m.start(), m.start() + len(written), written, doc.shown[doc.forms.index(form)]))
    return out
