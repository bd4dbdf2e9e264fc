"""The phrase corpus: groups of variants that fill a slot when their condition holds.

corpus/*.yaml holds a list of groups::

    - id: finance.overview.income_spending
      slot: finance.overview
      when: "income is not none and expenditure is not none"
      source: 000_1c390e4484db6cd2.txt
      variants:
        - "{{ bureau_name }}本年收入{{ income|wan }}万元，本年支出{{ expenditure|wan }}万元。"

A group whose wording makes an evaluative or management claim (glossary/claims.yaml:
合法合规, 公开及时, 规范, 良好, 有序推进 …) declares ``asserts: [fact, ...]``, the facts
whose data backs it, and its ``when`` requires each of them; ``jixiao corpus lint``
enforces both.

Conditions are Jinja expressions over the derived facts, compiled by the same
sandboxed environment as the templates. Variant choice is a hash of (bureau,
year, group, seed): reproducible, and different across bureaus.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from collections.abc import Sequence
from typing import Any, Callable, Optional

import yaml
from jinja2 import Template
from jinja2.exceptions import TemplateError, TemplateSyntaxError

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
    asserts: tuple[str, ...] = ()


@dataclass
class CompiledGroup:
    group: Group
    condition: Callable[..., Any]
    templates: Sequence[Template]  # compiled on first use (_Lazy)
    facts_used: Sequence[frozenset[str]]


# Inline alternatives in a variant: "[[较上年|与上年相比]]". Choices may hold Jinja
# ("[[{{ year }}年末|截至{{ year }}年底]]"); a "|" inside {{ }} or {% %} is a filter, not a
# separator. A variant expands to every combination, so a few choice points give a batch
# many distinct sentence plans; MAX_EXPANSION caps one variant's combinations.
MAX_EXPANSION = 256


def _split_choices(body: str) -> list[str]:
    choices, depth, start, i = [], 0, 0, 0
    while i < len(body):
        two = body[i:i + 2]
        if two in ("{{", "{%"):
            depth, i = depth + 1, i + 2
            continue
        if two in ("}}", "%}"):
            depth, i = max(0, depth - 1), i + 2
            continue
        if body[i] == "|" and depth == 0:
            choices.append(body[start:i])
            start = i + 1
        i += 1
    choices.append(body[start:])
    return choices


def expand_alternatives(variant: str) -> list[str]:
    """Every combination of the ``[[a|b|…]]`` choices in ``variant``, in a fixed order."""
    open_at = variant.find("[[")
    close_at = variant.find("]]", open_at + 2) if open_at >= 0 else -1
    if open_at < 0 or close_at < 0:
        return [variant]
    choices = _split_choices(variant[open_at + 2:close_at])
    if len(choices) < 2:
        raise UserError(f"变体中的 [[…]] 至少要有两个用“|”分隔的选项：{variant[open_at:close_at + 2]}")
    head, rest = variant[:open_at], expand_alternatives(variant[close_at + 2:])
    return [head + choice + tail for choice in choices for tail in rest]


MAX_CORPUS_FILE_BYTES = 5 * 1024 * 1024


def _load_file(path: Path, order_base: int) -> list[Group]:
    from ..core.parse import BoundedLoader, DataProblem  # a user's corpus gets the data files' limits and key checks
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
        unknown = set(item) - {"id", "slot", "when", "source", "variants", "note", "asserts"}
        if unknown:
            raise UserError(f"{where}（{item['id']}）：不认识的字段 {'、'.join(sorted(unknown))}")
        variants = item["variants"]
        if not isinstance(variants, list) or not variants or not all(isinstance(v, str) for v in variants):
            raise UserError(f"{where}（{item['id']}）：variants 应为非空的文字列表")
        when = str(item.get("when") or "true")
        asserts = item.get("asserts") or []
        if not isinstance(asserts, list) or not all(isinstance(a, str) for a in asserts):
            raise UserError(f"{where}（{item['id']}）：asserts 应为事实名称的列表")
        expanded = [e.strip() for v in variants for e in expand_alternatives(v)]
        if len(expanded) > MAX_EXPANSION * len(variants):
            raise UserError(f"{where}（{item['id']}）：[[…|…]] 组合出 {len(expanded)} 个变体，超过上限（每个变体 {MAX_EXPANSION} 个）")
        if len(set(expanded)) != len(expanded):
            raise UserError(f"{where}（{item['id']}）：展开 [[…|…]] 后有重复的变体")
        groups.append(Group(
            id=str(item["id"]), slot=str(item["slot"]), when=when, source=str(item["source"]),
            variants=tuple(expanded), file=path.name, order=order_base + len(groups),
            requires_praise=requires_praise(when), asserts=tuple(asserts),
        ))
    return groups


def required_facts(when: str) -> set[str]:
    """Facts that ``when`` can hold only with: names in its top-level ``and`` conjuncts.

    ``mgmt_compliance and year >= 2020`` requires mgmt_compliance and year;
    ``a or b`` requires neither (either may be missing).
    """
    from jinja2 import Environment, nodes

    try:
        expr = Environment().parse("{{ " + when + " }}").body[0].nodes[0]  # type: ignore[attr-defined]
    except Exception:
        return set()
    out: set[str] = set()
    stack = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, nodes.And):
            stack.extend((node.left, node.right))
        elif not isinstance(node, nodes.Or):
            out |= {n.name for n in node.find_all(nodes.Name)} | ({node.name} if isinstance(node, nodes.Name) else set())
    return out


def _sector_pack(path: Path, groups: list[Group]) -> list[Group]:
    """Groups of corpus/sectors/<sector>.yaml hold only when the fact ``sector`` is the file stem.

    The condition is a top-level conjunct, so no sector's sentence can reach another
    sector's report whatever the group's own ``when`` says.
    """
    from ..core.sectors import sector_ids

    sector = path.stem
    if sector not in sector_ids():
        raise UserError(f"{path}: 行业语料包的文件名应为行业登记表 glossary/sectors/ 中的行业代码（{'、'.join(sector_ids())}）")
    return [
        dataclasses.replace(g, when=f"sector == {sector!r} and ({g.when})", file=f"sectors/{g.file}")
        for g in groups
    ]


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
    # Sector packs come first, so that phrase() (first matching group) prefers the
    # sector's own wording and falls back to the sector-neutral core.
    for path in sorted((base / "sectors").glob("*.yaml")):
        groups.extend(_sector_pack(path, _load_file(path, len(groups))))
    for path in sorted(base.glob("*.yaml")):
        groups.extend(_load_file(path, len(groups)))
    seen: dict[str, Group] = {}
    for g in groups:
        if g.id in seen:
            raise UserError(f"语料组 id 重复：{g.id}（{seen[g.id].file} 与 {g.file}）")
        seen[g.id] = g
    return tuple(groups)


class _Lazy(Sequence):
    """Per-variant values made on first use.

    A report renders one variant of each group it uses; [[…|…]] choice points give
    groups dozens of variants, and compiling them all would cost every process
    seconds at start-up.
    """

    def __init__(self, variants: tuple[str, ...], make: Callable[[str], Any]):
        self._variants, self._make, self._cache = variants, make, {}

    def __len__(self) -> int:
        return len(self._variants)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if i not in self._cache:
            self._cache[i] = self._make(self._variants[i])
        return self._cache[i]


class _Pick(Sequence):
    """One part of each (template, facts read) pair of a :class:`_Lazy`, compiled together on first use."""

    def __init__(self, pairs: _Lazy, part: int):
        self._pairs, self._part = pairs, part

    def __len__(self) -> int:
        return len(self._pairs)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [pair[self._part] for pair in self._pairs[i]]
        return self._pairs[i][self._part]


def compile_variant(env: Any, source: str) -> tuple[Template, frozenset[str]]:
    """``env.from_string(source)`` and the names it reads from the context, from one parse.

    Same template code as ``from_string`` and the same names as
    ``meta.find_undeclared_variables(env.parse(source))``; done apart, the two
    parsed and code-generated every variant twice, and a batch worker compiles
    hundreds of variants (tests/generate/test_corpus_compile.py holds it to both).
    """
    try:
        tracker = _tracking(env.code_generator_class)(env, None, None, None, False, env.optimized)
        tracker.visit(env._parse(source, None, None))
        code = env._compile(tracker.stream.getvalue(), "<template>")
    except TemplateSyntaxError:
        env.handle_exception(source=source)  # raises it as env.compile would
    return env.template_class.from_code(env, code, env.make_globals(None), None), frozenset(tracker.undeclared)


@lru_cache(maxsize=None)
def _tracking(base: type) -> type:
    """``base`` (the environment's code generator) also noting names as jinja2.meta's TrackingCodeGenerator does."""

    class Tracking(base):  # type: ignore[valid-type, misc]
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            self.undeclared: set[str] = set()

        def enter_frame(self, frame: Any) -> None:
            super().enter_frame(frame)
            for _, (action, param) in frame.symbols.loads.items():
                if action == "resolve" and param not in self.environment.globals:
                    self.undeclared.add(param)

    return Tracking


class Corpus:
    """Compiled corpus: conditions and variants ready to evaluate and render."""

    def __init__(self, groups: tuple[Group, ...], env: Any = None):
        self.env = env or make_env()
        self.groups = groups
        self.by_slot: dict[str, list[CompiledGroup]] = {}
        for g in groups:
            try:
                cond = self.env.compile_expression(g.when, undefined_to_none=False)
                compiled = _Lazy(g.variants, lambda v: compile_variant(self.env, v))
                templates, used = _Pick(compiled, 0), _Pick(compiled, 1)
                templates[0]  # a broken group fails at load; `jixiao corpus lint` compiles every variant
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


def choose_variant(n: int, bureau: str, year: int, group_id: str, seed: int, position: Optional[int] = None) -> int:
    """Deterministic variant index from (bureau, year, group, seed).

    In a batch, ``position`` (the bureau's place in the batch's input order) spreads
    the variants instead: per group a seeded permutation of the variants, indexed by
    position, so the bureaus of one batch use different variants whatever the
    process scheduling, and a group with as many variants as bureaus gives each its own.
    """
    if position is not None:
        return _permutation(n, group_id, seed)[position % n]
    key = f"{bureau}\x1f{year}\x1f{group_id}\x1f{seed}".encode("utf-8")
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") % n


@lru_cache(maxsize=4096)  # one per group (and seed): a batch draws from each group for every bureau
def _permutation(n: int, group_id: str, seed: int) -> tuple[int, ...]:
    return tuple(sorted(range(n), key=lambda i: hashlib.sha256(f"{group_id}\x1f{seed}\x1f{i}".encode("utf-8")).digest()))


@lru_cache(maxsize=4)
def default_corpus() -> Corpus:
    return Corpus(load_corpus())


def typed_digits(variant: str) -> list[str]:
    """Digits typed into a variant outside Jinja expressions (figures must come from facts)."""
    literal = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", "", variant, flags=re.S)
    for name in _ALLOWED_FIXED:
        literal = literal.replace(name, "")
    return _TYPED_DIGIT.findall(literal)
