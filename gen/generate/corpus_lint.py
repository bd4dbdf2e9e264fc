"""``jixiao corpus lint`` and ``jixiao corpus preview``.

Lint renders every example through its outline with a picker that renders
*all* variants of each group it meets, so variants are checked with real
facts and real template parameters (a task, a metric), not with invented ones.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Optional

from jinja2 import meta

from .claims import claim_words
from .corpus import PRAISE_WORDS, Corpus, load_corpus, required_facts, typed_digits
from ..core.derive import DESCRIPTIONS, derive
from ..core.errors import UserError
from .jinja_env import make_env
from ..core.load import load_spec
from .render import PhrasePicker, render_markup

_JINJA_BUILTINS = {"loop", "range", "true", "false", "none", "True", "False", "None", "namespace", "dict", "lipsum", "cycler", "joiner", "missing", "clause_or_missing"}


class AllVariantsPicker(PhrasePicker):
    """Renders every variant of each group it meets; records texts and failures."""

    def __init__(self, corpus: Corpus, facts: dict[str, Any], seed: int, label: str):
        super().__init__(corpus, facts, seed)
        self.label = label
        self.rendered: dict[tuple[str, int], str] = {}
        self.failures: list[str] = []

    def _render(self, cg: Any, extra: dict[str, Any]) -> str:
        context = {**self.facts, **extra, **self.helpers}
        for idx, template in enumerate(cg.templates):
            try:
                text = template.render(context).strip()
            except Exception as exc:  # any failure is a lint finding, not a crash
                self.failures.append(f"{cg.group.file}（{cg.group.id}）变体{idx + 1}：用 {self.label} 渲染失败：{exc}")
                continue
            self.rendered.setdefault((cg.group.id, idx), text)
            for bad in ("None", "nan", "{{", "}}", "{%"):
                if bad in text:
                    self.failures.append(f"{cg.group.file}（{cg.group.id}）变体{idx + 1}：用 {self.label} 渲染出“{bad}”")
        return super()._render(cg, extra)


def example_files(examples_dir: Optional[Path]) -> list[Path]:
    base = examples_dir or Path(__file__).resolve().parents[2] / "examples"
    if not base.is_dir():
        raise UserError(f"找不到示例数据目录：{base}（用 --examples 指定）")
    return sorted(p for p in base.rglob("*") if p.suffix in (".yaml", ".yml", ".json"))


def _static_problems(corpus: Corpus) -> list[str]:
    env = corpus.env
    problems = []
    facts = set(DESCRIPTIONS)
    for g in corpus.groups:
        names: set[str] = set(meta.find_undeclared_variables(env.parse("{{ " + g.when + " }}")))
        for i, v in enumerate(g.variants, 1):
            names |= meta.find_undeclared_variables(env.parse(v))
            digits = typed_digits(v)
            if digits:
                problems.append(f"{g.file}（{g.id}）变体{i}：手写了数字 {''.join(digits)}，数字必须来自事实")
            praise = [w for w in PRAISE_WORDS if w in re.sub(r"\{\{.*?\}\}|\{%.*?%\}", "", v)]
            if praise and not g.requires_praise:
                problems.append(f"{g.file}（{g.id}）变体{i}：使用了评价词“{'、'.join(praise)}”，条件中须包含 praise_ok")
        problems.extend(claim_problems(g))
        problems.extend(sector_problems(g))
        unknown = names - facts - _JINJA_BUILTINS - _params_of(g)
        if unknown:
            problems.append(f"{g.file}（{g.id}）：使用了不存在的事实 {'、'.join(sorted(unknown))}（见 jixiao facts）")
    return problems


def sector_problems(g: Any) -> list[str]:
    """A variant may use only its own sector's terms: none in the core, only its own in a pack.

    The test over the examples sees only the groups an example reaches; this
    sees every variant, so a health phrase in the sector-neutral core cannot
    wait for the first education bureau whose data reaches its group.
    """
    from ..core.sectors import load_sectors

    own = g.file.split("/")[1].removesuffix(".yaml") if g.file.startswith("sectors/") else None
    problems = []
    for sector in load_sectors():
        if sector.id == own:
            continue
        for i, v in enumerate(g.variants, 1):
            used = [t for t in sector.terms if t in v]
            if used:
                where = "通用语料" if own is None else "行业语料包"
                problems.append(f"{g.file}（{g.id}）变体{i}：{where}使用了{sector.name}行业专用词“{'、'.join(used)}”"
                                f"（见 glossary/sectors/{sector.id}.yaml 的 terms）")
    return problems


def claim_problems(g: Any) -> list[str]:
    """A claim (glossary/claims.yaml) needs ``asserts`` naming its facts, each required by ``when``."""
    out = []
    for i, v in enumerate(g.variants, 1):
        words = sorted(set(claim_words(v)))
        if words and not g.asserts:
            out.append(f"{g.file}（{g.id}）变体{i}：使用了评价性用语“{'、'.join(words)}”，但该组没有用 asserts 声明支撑它的数据事实")
    if g.asserts:
        unknown = sorted(set(g.asserts) - set(DESCRIPTIONS) - _params_of(g))
        if unknown:
            out.append(f"{g.file}（{g.id}）：asserts 中的 {'、'.join(unknown)} 不是事实名称（见 jixiao facts）")
        loose = sorted(set(g.asserts) - required_facts(g.when) - set(unknown))
        if loose:
            out.append(f"{g.file}（{g.id}）：asserts 声明了 {'、'.join(loose)}，但条件 when 没有要求它们（应写入 when 的“and”条件中）")
    return out


# Parameters a template passes to phrase(slot, name=value) for loop items.
_SLOT_PARAMS = {"task": {"task"}, "metric": {"task", "metric"}, "metrics": {"task", "metrics"}, "indicator": {"indicator", "group"},
                "project": {"project"}, "source": {"source"}, "item": {"item", "index"}}


def _params_of(g: Any) -> set[str]:
    out: set[str] = set()
    for part in g.slot.split("."):
        out |= _SLOT_PARAMS.get(part, set())
    return out


def run_examples(corpus: Corpus, files: Iterable[Path]) -> tuple[dict[tuple[str, int], str], list[str], int]:
    rendered: dict[tuple[str, int], str] = {}
    problems: list[str] = []
    count = 0
    for path in files:
        spec = load_spec(path)
        facts = derive(spec)
        picker = AllVariantsPicker(corpus, facts, 0, path.name)
        render_markup(spec, facts=facts, picker=picker)
        count += 1
        for key, text in picker.rendered.items():
            rendered.setdefault(key, text)
        problems.extend(picker.failures)
    return rendered, problems, count


def lint(corpus_dir: Optional[Path], examples_dir: Optional[Path]) -> tuple[list[str], dict[str, int]]:
    corpus = Corpus(load_corpus(str(corpus_dir) if corpus_dir else None), make_env())
    problems = _static_problems(corpus)
    rendered, render_problems, _ = run_examples(corpus, example_files(examples_dir))
    problems.extend(sorted(set(render_problems)))
    variants = sum(len(g.variants) for g in corpus.groups)
    for g in corpus.groups:
        missed = [i + 1 for i in range(len(g.variants)) if (g.id, i) not in rendered]
        if missed:
            problems.append(f"{g.file}（{g.id}）：示例数据没有覆盖到此组（变体 {missed}），请补充示例或检查条件")
    return problems, {"groups": len(corpus.groups), "variants": variants, "rendered": len(rendered)}


def preview(group_id: str, data: Optional[Path]) -> list[str]:
    corpus = Corpus(load_corpus(), make_env())
    group = next((g for g in corpus.groups if g.id == group_id), None)
    if group is None:
        raise UserError(f"没有 id 为“{group_id}”的语料组")
    files = [data] if data else example_files(None)
    rendered, problems, _ = run_examples(corpus, files)
    lines = [f"{group.id}（槽位 {group.slot}，条件：{group.when}，来源：{group.source}）"]
    for i in range(len(group.variants)):
        text = rendered.get((group.id, i))
        lines.append(f"变体{i + 1}：{text if text is not None else '（示例数据不满足条件，未渲染）'}")
    lines.extend(p for p in problems if group.id in p)
    return lines
