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
so a phrase in running text is never read as a name. The form written less
often is reported (on a tie, the shorter: a slip more often loses characters).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.glossary_user import per_glossary
from ..core.resources import data_dir
from .body_names import Miss  # written at start..end; meant: the other form the text writes
from .word_examples import prove_file

FILE = "body_variants.yaml"
HEAD = 2  # characters both names must open with
ADDED = (1, 2)  # characters one name may hold more than the other
_NAME = regex_cache.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{5,20}(?![\u4e00-\u9fff])")


@dataclass(frozen=True)
class Policy:
    suffixes: tuple[str, ...]
    not_names: tuple[str, ...]  # endings that are no body (格局, 网站, 为中心)
    qualifiers: frozenset


@per_glossary()
def policy() -> Policy:
    """The suffixes and qualifiers, read once per glossary and proved by the file's examples."""
    label = f"名称文件 {FILE}"
    doc = read_yaml_file(data_dir("glossary") / FILE)
    if not isinstance(doc, dict):
        raise DataFileError(f"{label}：顶层应包含 suffixes、qualifiers、flag、keep")
    built = Policy(string_list(doc, "suffixes", label), string_list(doc, "not_names", label),
                   frozenset(string_list(doc, "qualifiers", label)))
    prove_file(doc, label, lambda t: find(t, built), lambda hit: hit.written)
    return built


def _inserted(short: str, long: str) -> set[str]:
    """Every run ``long`` holds more than ``short`` at one place inside (after the head, before the last
    character), over all alignments; empty when ``long`` is not ``short`` with one run put in."""
    d = len(long) - len(short)
    if d not in ADDED or short[:HEAD] != long[:HEAD] or short[-1] != long[-1]:
        return set()
    return {long[i:i + d] for i in range(HEAD, len(short)) if long[:i] == short[:i] and long[i + d:] == short[i:]}


def find(text: str, data: Policy | None = None) -> list[Miss]:
    """The occurrences of the less frequent form of each pair of names for one body."""
    data = data or policy()
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _NAME.finditer(text):
        if m.group().endswith(data.suffixes) and not m.group().endswith(data.not_names):
            spans.setdefault(m.group(), []).append(m.span())
    if len(spans) < 2:
        return []
    counts = Counter({name: len(at) for name, at in spans.items()})
    out = []
    by_length = sorted(spans, key=len)
    for short in by_length:
        for long in by_length:
            added = _inserted(short, long)
            if not added or added & data.qualifiers:
                continue
            written, other = (long, short) if counts[long] < counts[short] else (short, long)
            out.extend(Miss(s, e, written, other) for s, e in spans[written])
    return sorted(set(out), key=lambda v: v.start)
