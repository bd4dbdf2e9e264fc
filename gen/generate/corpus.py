"""The phrase corpus: groups of variants that fill a slot when their condition holds.

corpus/*.yaml holds a list of groups::

    - id: finance.overview.income_spending
      slot: finance.overview
      when: "income is not none and expenditure is not none"
      source: 000_1c390e4484db6cd2.txt
      variants:
        - "{{ bureau_name }}本年收入{{ income|wan }}万元，本年支出{{ expenditure|wan }}万元。"

Conditions are Jinja expressions over the derived facts, compiled by the same
sandboxed environment as the templates. Variant choice is a hash of (bureau,
year, group, seed): reproducible, and different across bureaus.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Optional

import yaml
from jinja2 import Template, meta
from jinja2.exceptions import TemplateError

from ..core.errors import UserError
from .jinja_env import make_env
from ..core.resources import data_dir

# Words that praise; allowed only in groups whose condition requires praise_ok.
PRAISE_WORDS = ("圆满", "显著", "全面完成", "出色", "卓有成效", "成效明显", "全部完成")
# Digits typed into a variant (figures must come from facts); fixed names allowed.
_TYPED_DIGIT = re.compile(r"[0-9０-９]")
_ALLOWED_FIXED = ("十四五", "十三五", "二十大", "十九大", "十九届", "二十届", "三孩", "一票否决")


@dataclass(frozen=True)
class Group:
    id: str
    slot: str
    when: str
    source: str
    variants: tuple[str, ...]
    file: str
    order: int
    requires_praise: bool


@dataclass
class CompiledGroup:
    group: Group
    condition: Callable[..., Any]
    templates: tuple[Template, ...]
    facts_used: tuple[frozenset[str], ...]


MAX_CORPUS_FILE_BYTES = 5 * 1024 * 1024


def _load_file(path: Path, order_base: int) -> list[Group]:
    from ..core.load import BoundedLoader, DataProblem  # a user's corpus gets the data files' limits and key checks
    from ..core.readfile import read_limited, undecodable_at

    data = read_limited(path, MAX_CORPUS_FILE_BYTES, what="语料文件")  # a FIFO or /dev/zero link is refused
    try:
        raw = yaml.load(data.decode("utf-8"), Loader=BoundedLoader)  # noqa: S506 - SafeLoader subclass
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: 语料文件应为 UTF-8 编码，{undecodable_at(data, exc)}无法按 UTF-8 读取") from None
    except DataProblem as exc:  # duplicate keys, impossible dates: located
        raise UserError(f"{path}:{exc.problem_mark.line + 1}: 语料文件：{exc.problem}") from None
    except RecursionError:
        raise UserError(f"{path}: 语料文件 YAML 格式错误：嵌套层数过多") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise UserError(f"{path}:{mark.line + 1 if mark else '?'}: 语料文件 YAML 格式错误") from None
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise UserError(f"{path}: 语料文件的顶层应为列表")
    groups = []
    for i, item in enumerate(raw):
        where = f"{path.name} 第{i + 1}组"
        if not isinstance(item, dict):
            raise UserError(f"{where}：应为键值对象")
        missing = [k for k in ("id", "slot", "source", "variants") if k not in item]
        if missing:
            raise UserError(f"{where}：缺少字段 {'、'.join(missing)}")
        unknown = set(item) - {"id", "slot", "when", "source", "variants", "note"}
        if unknown:
            raise UserError(f"{where}（{item['id']}）：不认识的字段 {'、'.join(sorted(unknown))}")
        variants = item["variants"]
        if not isinstance(variants, list) or not variants or not all(isinstance(v, str) for v in variants):
            raise UserError(f"{where}（{item['id']}）：variants 应为非空的文字列表")
        when = str(item.get("when") or "true")
        groups.append(Group(
            id=str(item["id"]), slot=str(item["slot"]), when=when, source=str(item["source"]),
            variants=tuple(v.strip() for v in variants), file=path.name, order=order_base + i,
            requires_praise=requires_praise(when),
        ))
    return groups


def requires_praise(when: str) -> bool:
    """True when ``when`` can hold only if praise_ok holds: a top-level conjunct ``praise_ok``.

    ``not praise_ok`` or ``praise_ok or x`` do not qualify, so a praise word in
    such a group is caught by the lint.
    """
    from jinja2 import Environment, nodes

    try:
        expr = Environment().parse("{{ " + when + " }}").body[0].nodes[0]  # type: ignore[attr-defined]
    except Exception:
        return False
    stack = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, nodes.And):
            stack.extend((node.left, node.right))
        elif isinstance(node, nodes.Name) and node.name == "praise_ok":
            return True
    return False


@lru_cache(maxsize=8)
def load_corpus(folder: Optional[str] = None) -> tuple[Group, ...]:
    """All groups from ``folder`` (default: the bundled corpus), in file then list order."""
    base = Path(folder) if folder else data_dir("corpus")
    groups: list[Group] = []
    for path in sorted(base.glob("*.yaml")):
        if path.name == "thresholds.yaml":
            continue
        groups.extend(_load_file(path, len(groups)))
    seen: dict[str, Group] = {}
    for g in groups:
        if g.id in seen:
            raise UserError(f"语料组 id 重复：{g.id}（{seen[g.id].file} 与 {g.file}）")
        seen[g.id] = g
    return tuple(groups)


class Corpus:
    """Compiled corpus: conditions and variants ready to evaluate and render."""

    def __init__(self, groups: tuple[Group, ...], env: Any = None):
        self.env = env or make_env()
        self.groups = groups
        self.by_slot: dict[str, list[CompiledGroup]] = {}
        for g in groups:
            try:
                cond = self.env.compile_expression(g.when, undefined_to_none=False)
                templates = tuple(self.env.from_string(v) for v in g.variants)
                used = tuple(
                    frozenset(meta.find_undeclared_variables(self.env.parse(v))) for v in g.variants
                )
            except TemplateError as exc:
                raise UserError(f"{g.file}（{g.id}）：条件或变体无法编译：{exc}") from None
            self.by_slot.setdefault(g.slot, []).append(CompiledGroup(g, cond, templates, used))

    def matching(self, slot: str, facts: dict[str, Any], first: bool = False) -> list[CompiledGroup]:
        """Groups for ``slot`` whose condition holds, in corpus order (only the first if ``first``)."""
        out = []
        for cg in self.by_slot.get(slot, ()):
            try:
                ok = cg.condition(facts)
            except TemplateError as exc:
                raise UserError(f"{cg.group.file}（{cg.group.id}）：条件求值失败：{exc}") from None
            if ok:
                out.append(cg)
                if first:
                    break
        return out

    def slots(self) -> list[str]:
        return sorted(self.by_slot)


def choose_variant(n: int, bureau: str, year: int, group_id: str, seed: int) -> int:
    """Deterministic variant index from (bureau, year, group, seed)."""
    key = f"{bureau}\x1f{year}\x1f{group_id}\x1f{seed}".encode("utf-8")
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") % n


@lru_cache(maxsize=4)
def default_corpus() -> Corpus:
    return Corpus(load_corpus())


def typed_digits(variant: str) -> list[str]:
    """Digits typed into a variant outside Jinja expressions (figures must come from facts)."""
    literal = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", "", variant, flags=re.S)
    for name in _ALLOWED_FIXED:
        literal = literal.replace(name, "")
    return _TYPED_DIGIT.findall(literal)
