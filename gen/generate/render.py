"""Render a report spec through its outline template into a :class:`Document`.

Templates live in templates/<kind>/<profile>.md.j2; each section of an outline
is its own file in templates/<kind>/sections/, so ``--section NAME`` can render
one section alone for pasting into an existing report. Templates call
``phrase(slot)`` / ``phrases(slot)`` to draw wording from the corpus.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

from jinja2.exceptions import SecurityError, TemplateError, TemplateNotFound, UndefinedError

from .corpus import Corpus, choose_variant, default_corpus, load_corpus
from ..core.derive import derive
from .document import PHRASE_MARK, Document, MarkupError, PhraseUse, parse_markup
from ..core.errors import UserError
from .jinja_env import MissingFigure, clause_or_missing, make_env, missing
from .jinja_limits import render_budget
from .jinja_loader import located, render_failure
from ..core.model import ReportSpec
from .gaps import annotate
from ..core.number_style import DEFAULT_STYLE, NumberStyle, style_from, use_style
from ..core.outlines import resolve_outline


# A report's narrative is tens of thousands of characters; a template producing
# millions has a runaway loop, and the self-check and writers should not pay for it.
MAX_MARKUP_CHARS = 2_000_000


class PhrasePicker:
    """Template globals ``phrase`` and ``phrases``; records every use for the manifest."""

    def __init__(self, corpus: Corpus, facts: dict[str, Any], seed: int, position: Optional[int] = None):
        self.corpus = corpus
        self.facts = facts
        self.seed = seed
        self.position = position  # the bureau's place in a batch: spreads variants (corpus.choose_variant)
        self.uses: list[PhraseUse] = []
        self._counts: dict[str, int] = {}
        self.placeholder_fields: dict[str, tuple[str, ...]] = {}  # what -> data fields that would fill it

    def missing(self, what: str, field: str = "") -> str:
        """The ``missing()`` of this render: the marker, remembering which field(s) would fill it."""
        text = missing(what, field)
        fields = tuple(f.strip() for f in str(field).split(",") if f.strip())
        key = str(what).strip()
        self.placeholder_fields[key] = tuple(dict.fromkeys(self.placeholder_fields.get(key, ()) + fields))
        return text

    def clause_or_missing(self, value: Any, what: str, field: str = "") -> str:
        """The ``clause_or_missing()`` of this render: its placeholder is recorded like ``missing()``'s."""
        return clause_or_missing(value, what, field, self.missing)

    @property
    def helpers(self) -> dict[str, Any]:
        """The globals a phrase or template of this render may call (placeholders are recorded)."""
        return {"missing": self.missing, "clause_or_missing": self.clause_or_missing}

    def _render(self, cg: Any, extra: dict[str, Any]) -> str:
        g = cg.group
        nth = self._counts.get(g.id, 0)
        self._counts[g.id] = nth + 1
        key = g.id if nth == 0 else f"{g.id}#{nth}"
        idx = choose_variant(len(g.variants), str(self.facts["bureau_name"]), int(self.facts["year"]), key, self.seed,
                             self.position)
        context = {**self.facts, **extra, **self.helpers}
        try:
            text = cg.templates[idx].render(context).strip()
        except MissingFigure as exc:
            raise UserError(f"语料组 {g.id} 第{idx + 1}个变体：{exc}（请检查该组的条件）") from None
        except TemplateError as exc:
            raise UserError(f"语料组 {g.id} 第{idx + 1}个变体渲染失败：{exc}") from None
        used = tuple(sorted(n for n in cg.facts_used[idx] if n in self.facts))
        self.uses.append(PhraseUse(g.id, g.slot, idx, used, g.source))
        return f"{PHRASE_MARK}{len(self.uses) - 1}\x03{text}"

    def phrase(self, slot: str, **extra: Any) -> str:
        """The first group for ``slot`` whose condition holds, one variant of it; '' if none."""
        groups = self.corpus.matching(slot, {**self.facts, **extra} if extra else self.facts, first=True)
        return self._render(groups[0], extra) if groups else ""

    def phrases(self, slot: str, **extra: Any) -> list[str]:
        """Every group for ``slot`` whose condition holds (e.g. all problems that apply)."""
        context = {**self.facts, **extra} if extra else self.facts
        return [self._render(cg, extra) for cg in self.corpus.matching(slot, context)]


def template_name(spec: ReportSpec, section: Optional[str] = None) -> str:
    if section:
        return f"{spec.kind}/sections/{section}.md.j2"
    return f"{spec.kind}/{spec.profile}.md.j2"


def report_style(spec: ReportSpec, style_config: Optional[Mapping[str, Any]] = None) -> NumberStyle:
    """The number style of ``spec``: its outline's, then jixiao.toml's [style], then the data file's style block."""
    outline = resolve_outline(spec.kind, spec.profile or "")
    style = outline.style if outline else DEFAULT_STYLE
    style = style_from(style, style_config, "jixiao.toml [style]")
    return style_from(style, spec.style.model_dump(exclude_none=True), "数据文件 style")


def render_markup(
    spec: ReportSpec,
    *,
    seed: int = 0,
    style_config: Optional[Mapping[str, Any]] = None,
    position: Optional[int] = None,
    templates_dir: Optional[Path] = None,
    section: Optional[str] = None,
    corpus_dir: Optional[Path] = None,
    facts: Optional[dict[str, Any]] = None,
    picker: Optional[PhrasePicker] = None,
) -> tuple[str, PhrasePicker]:
    """Render the template markup for ``spec``; returns markup and the phrase picker.

    ``picker`` replaces the default one (corpus lint passes one that renders
    every variant).
    """
    env = make_env(templates_dir)
    facts = facts if facts is not None else derive(spec)
    if section:  # a section rendered alone has no problems section to carry a low rate's cause
        facts = {**facts, "execution_reason_in_problems": False}
    if picker is None:
        corpus = default_corpus() if corpus_dir is None and templates_dir is None else Corpus(
            load_corpus(str(corpus_dir) if corpus_dir else None), env
        )
        picker = PhrasePicker(corpus, facts, seed, position)
    name = template_name(spec, section)
    template = _template(env, name, spec, section, templates_dir)
    context = {**facts, "phrase": picker.phrase, "phrases": picker.phrases, **picker.helpers}
    markup = _render(template, name, context, lambda: report_style(spec, style_config))
    if len(markup) > MAX_MARKUP_CHARS:
        raise UserError(f"模板 {name} 生成的正文有 {len(markup)} 个字符，超过 {MAX_MARKUP_CHARS} 个字符的上限（模板中是否有失控的循环？）")
    return markup, picker


def _template(env: Any, name: str, spec: ReportSpec, section: Optional[str], templates_dir: Optional[Path]) -> Any:
    """The compiled template ``name``; a missing section lists those there are."""
    try:
        return env.get_template(name)
    except TemplateNotFound:
        if section:
            available = sorted(
                p.name.removesuffix(".md.j2") for p in _section_dirs(spec, templates_dir) if p.name.endswith(".md.j2")
            )
            raise UserError(f"没有名为“{section}”的章节，可选：{'、'.join(available)}") from None
        raise UserError(f"找不到模板 {name}") from None
    except TemplateError as exc:
        raise UserError(f"模板 {name} 有语法错误：{exc}") from None
    except RecursionError as exc:
        raise render_failure(name, exc) from None


def _render(template: Any, name: str, context: dict[str, Any], style: Callable[[], NumberStyle]) -> str:
    """Render within the sandbox's budget in the report's number style (resolved inside, so a bad style
    is reported like any render failure); whatever a user's template raises becomes a located Chinese message."""
    try:
        with render_budget(), use_style(style()):
            return template.render(context)
    except TemplateNotFound as exc:
        raise UserError(f"模板 {name} 引用了模板目录中没有的模板“{exc.name}”（模板只能引用模板目录中的文件）") from None
    except OverflowError as exc:  # the sandbox's range() cap and BoundedSandbox's limits
        raise UserError(f"{located(name, exc)} 试图生成过大的内容，已被沙箱阻止：{exc}") from None
    except SecurityError as exc:
        raise UserError(f"{located(name, exc)} 试图进行不安全的操作，已被沙箱阻止：{exc}") from None
    except MissingFigure as exc:
        raise UserError(f"{located(name, exc)}：{exc}") from None
    except UndefinedError as exc:
        raise UserError(f"{located(name, exc)} 使用了不存在的变量：{exc.message}") from None
    except TemplateError as exc:
        raise UserError(f"{located(name, exc)} 渲染失败：{exc}") from None
    except UserError:
        raise  # already located (a template outside the folder, not UTF-8)
    except Exception as exc:  # RenderTimeout, and anything else a user's template can raise
        raise render_failure(name, exc) from None


def _section_dirs(spec: ReportSpec, templates_dir: Optional[Path]) -> list[Path]:
    from ..core.resources import data_dir

    out = []
    for base in filter(None, (templates_dir, data_dir("templates"))):
        folder = Path(base) / spec.kind / "sections"
        if folder.is_dir():
            out.extend(folder.iterdir())
    return out


def render_document(
    spec: ReportSpec,
    *,
    seed: int = 0,
    style_config: Optional[Mapping[str, Any]] = None,
    position: Optional[int] = None,
    templates_dir: Optional[Path] = None,
    section: Optional[str] = None,
    corpus_dir: Optional[Path] = None,
) -> tuple[Document, dict[str, Any]]:
    """Render ``spec`` to a Document; returns it with the facts used."""
    facts = derive(spec)
    markup, picker = render_markup(
        spec, seed=seed, templates_dir=templates_dir, section=section, corpus_dir=corpus_dir, facts=facts,
        style_config=style_config, position=position,
    )
    if section and not markup.lstrip().startswith("!title"):
        markup = f"!title {spec.bureau.name}{spec.year}年度{spec.kind_name}（节选）\n" + markup
    try:
        doc = parse_markup(markup, picker.uses, kind=spec.kind, bureau=spec.bureau.name, year=spec.year)
        doc.placeholder_fields = dict(picker.placeholder_fields)
    except MarkupError as exc:
        raise UserError(f"模板 {template_name(spec, section)} 输出格式有误：{exc}") from None
    annotate(doc, spec, facts, section=section)
    return doc, facts
