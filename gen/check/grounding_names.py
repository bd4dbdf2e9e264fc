"""Named quantities (glossary/grounding.yaml): the words that name a quantity and the data facts that hold it.

Loaded once, each entry proved by its own examples, and read by the grounding
rules (G001/G002) through :mod:`gen.check.grounding`. Moved out of that module
unchanged: loading and proving policy data is a different job from judging a
report's figures against a data file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional


from ..core.datafile import read_yaml_file, string_list
from ..core.resources import data_dir
from .labels import label_words


KINDS = ("amount", "percent", "count", "score")


@dataclass(frozen=True)
class NamedQuantity:
    """One glossary entry: the words that name a quantity and the facts that hold it."""

    name: str
    kind: str
    labels: tuple[str, ...]
    facts: tuple[str, ...]
    previous: tuple[str, ...]
    examples: tuple[str, ...]


def _strs(entry: dict, key: str, where: str, required: bool = True) -> tuple[str, ...]:
    return string_list(entry, key, f"glossary/grounding.yaml {where}", required=required)


@lru_cache(maxsize=1)
def named_quantities() -> tuple[NamedQuantity, ...]:
    """Load glossary/grounding.yaml; a malformed entry or a failing example fails loudly."""
    from ..core.derive import DESCRIPTIONS

    raw = read_yaml_file(data_dir("glossary") / "grounding.yaml") or {}
    out = []
    for i, e in enumerate(raw.get("quantities") or []):
        where = f"quantities 第{i + 1}项"
        name = e.get("name")
        if not isinstance(name, str) or not name:
            raise ValueError(f"glossary/grounding.yaml {where}：缺少 name")
        if e.get("kind") not in KINDS:
            raise ValueError(f"glossary/grounding.yaml {where}（{name}）：kind 须为 {'、'.join(KINDS)} 之一")
        facts = _strs(e, "facts", where)
        previous = _strs(e, "previous", where, required=False)
        for path in facts + previous:
            if path.split(".")[0] not in DESCRIPTIONS:
                raise ValueError(f"glossary/grounding.yaml {where}（{name}）：没有名为 {path} 的事实（见 jixiao facts）")
        out.append(NamedQuantity(name, e["kind"], _strs(e, "labels", where), facts, previous,
                                 _strs(e, "examples", where)))
    if not out:
        raise ValueError("glossary/grounding.yaml：quantities 不能为空")
    entries = tuple(out)
    for entry in entries:
        for example in entry.examples:
            found = resolve_label(example, entries)
            if found is not entry:
                got = found.name if found else "无"
                raise ValueError(f"glossary/grounding.yaml（{entry.name}）：示例“{example}”应对应{entry.name}，实际为{got}")
    return entries


def resolve_label(label: str, entries: Optional[Iterable[NamedQuantity]] = None) -> Optional[NamedQuantity]:
    """The named quantity a figure's label names, if any.

    The longest label word the label ends with decides; it names the quantity
    only when nothing but a neutral prefix (本年, 部门…) or the bureau's own
    name precedes it, so 事业收入 is not 收入 and 某项目支出 is not 项目支出.
    """
    if entries is None:
        return _resolve_builtin(label)
    best: Optional[tuple[str, NamedQuantity]] = None
    for entry in entries:
        for word in entry.labels:
            if label.endswith(word) and (best is None or len(word) > len(best[0])):
                best = (word, entry)
    if best is None:
        return None
    prefix = label[: len(label) - len(best[0])]
    if label_words().owned(prefix):
        return best[1]
    return None


@lru_cache(maxsize=16384)
def _resolve_builtin(label: str) -> Optional[NamedQuantity]:
    """:func:`resolve_label` with the built-in entries, once per label and process.

    Labels repeat from report to report (the same template wording before each
    figure), and the entries and label words are loaded once per process
    (grounding.yaml and labels.yaml have no user layer), so the answer for a
    label never changes within a process.
    """
    return resolve_label(label, named_quantities())
