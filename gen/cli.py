"""The ``jixiao`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Optional

import click

from . import __version__
from .batch.command import batch, init
from .check.command import check, rules
from .core.errors import UserError


class JixiaoGroup(click.Group):
    """A group that turns UserError into a Chinese message and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            for message in exc.messages:
                click.echo(f"错误：{message}", err=True)
            ctx.exit(2)


def fail(messages: Any) -> None:
    raise UserError(messages)


@click.group(cls=JixiaoGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", message="jixiao %(version)s")
def cli() -> None:
    """jixiao（绩效）：根据数据起草绩效自评报告，并检查报告中的数字、术语、用词、标点和结构。"""


FORMATS = ("md", "docx", "json")


def _parse_formats(value: str) -> list[str]:
    fmts = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in fmts if f not in FORMATS]
    if bad or not fmts:
        raise click.BadParameter(f"可选格式：{','.join(FORMATS)}（用逗号分隔）", param_hint="--format")
    return fmts


def write_outputs(doc: Any, facts: dict, stem: str, out_dir: Path, formats: list[str], protect: frozenset) -> list[Path]:
    """Write the requested formats atomically; return the paths written."""
    from .core.atomic import write_bytes, write_text
    from .generate.write.docx_gbt9704 import to_docx_bytes
    from .generate.write.json_doc import to_json
    from .generate.write.markdown import to_markdown

    writers: dict[str, Callable[[], Any]] = {
        "md": lambda: to_markdown(doc),
        "json": lambda: to_json(doc, facts),
        "docx": lambda: to_docx_bytes(doc),
    }
    written = []
    for fmt in formats:
        path = out_dir / f"{stem}.{fmt}"
        data = writers[fmt]()
        if isinstance(data, bytes):
            write_bytes(path, data, protect=protect)
        else:
            write_text(path, data, protect=protect)
        written.append(path)
    return written


def output_stems(data: tuple[Path, ...], section: Optional[str]) -> dict[Path, str]:
    """One output stem per data file; two files with one name (a/report.yaml, b/report.yaml) get
    report and report-2, so one run never writes one report over another."""
    stems: dict[Path, str] = {}
    taken: set[str] = set()
    for path in data:
        base = path.stem if not section else f"{path.stem}.{section}"
        stem, n = base, 1
        while stem.casefold() in taken:
            n += 1
            stem = f"{base}-{n}"
        if stem != base:
            click.echo(f"提示：{path} 与前面的数据文件同名，输出文件改名为 {stem}.*", err=True)
        taken.add(stem.casefold())
        stems[path] = stem
    return stems


@cli.command()
@click.argument("data", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", default="out", show_default=True, type=click.Path(path_type=Path),
              help="输出目录；用 - 表示把 Markdown 打印到标准输出")
@click.option("--format", "formats", default="md,docx,json", show_default=True, help="输出格式，逗号分隔：md,docx,json")
@click.option("--seed", default=0, show_default=True, type=int, help="措辞变体的随机种子（相同数据和种子，输出逐字节相同）")
@click.option("--section", default=None, help="只生成一个章节（用于粘贴到已有报告），如 finance_overview")
@click.option("--templates", "templates_dir", default=None, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="自定义模板目录，按文件名覆盖内置模板")
@click.option("--corpus", "corpus_dir", default=None, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="自定义语料目录（替换内置语料）")
@click.option("--no-self-check", "no_self_check", is_flag=True,
              help="不对生成结果做自检（默认用检查器和数据核对生成的正文，有错误级问题时不写出该报告）")
def generate(data: tuple[Path, ...], out_dir: Path, formats: str, seed: int, section: Optional[str],
             templates_dir: Optional[Path], corpus_dir: Optional[Path], no_self_check: bool) -> None:
    """根据数据文件（YAML/JSON）生成报告正文：Markdown、公文格式 Word 与 JSON。"""
    from .core.load import load_spec
    from .generate.render import render_document
    from .generate.write.markdown import to_markdown

    from .check.preflight import check_project_data

    fmts = _parse_formats(formats)
    to_stdout = str(out_dir) == "-"
    protect = frozenset(data)
    if not to_stdout and out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"输出路径 {out_dir} 已存在且不是文件夹，请换一个输出文件夹")
    check_project_data()
    stems = output_stems(data, section)
    failed = 0
    for path in data:
        try:
            spec = load_spec(path)
            doc, facts = render_document(spec, seed=seed, templates_dir=templates_dir, section=section, corpus_dir=corpus_dir)
            if not no_self_check:
                from .generate.selfcheck import gate

                shown = "-" if to_stdout else str(out_dir / f"{stems[path]}.md")
                gate(to_markdown(doc), spec, shown, partial=bool(section), echo=lambda line: click.echo(line, err=True))
            if to_stdout:
                sys.stdout.write(to_markdown(doc))
                continue
            stem = stems[path]
            for written in write_outputs(doc, facts, stem, out_dir, fmts, protect):
                click.echo(f"已生成：{written}")
        except UserError as exc:
            failed += 1
            for message in exc.messages:
                click.echo(f"错误：{message}", err=True)
    if failed:
        click.echo(f"共 {len(data)} 个数据文件，{failed} 个失败。", err=True)
        sys.exit(2)


@cli.command()
def schema() -> None:
    """打印数据文件的 JSON Schema。"""
    from .core.model import ReportSpec

    click.echo(json.dumps(ReportSpec.model_json_schema(), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("data", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
def facts(data: Path, as_json: bool) -> None:
    """打印由数据推导出的全部事实（语料作者可用的变量）及其取值。"""
    from .core.derive import DESCRIPTIONS, derive
    from .core.jsonable import jsonable
    from .core.load import load_spec

    values = derive(load_spec(data))
    if as_json:
        click.echo(json.dumps(jsonable(values), ensure_ascii=False, indent=2, sort_keys=True))
        return
    for name in sorted(values):
        value = jsonable(values[name])
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else ("（无）" if value is None else value)
        if isinstance(shown, str) and len(shown) > 120:
            shown = shown[:117] + "…"
        click.echo(f"{name} = {shown}    # {DESCRIPTIONS[name]}")


@cli.group()
def corpus() -> None:
    """语料工具：检查（lint）与预览（preview）。"""


@corpus.command("lint")
@click.option("--corpus", "corpus_dir", default=None, type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--examples", "examples_dir", default=None, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="用于试渲染的示例数据目录（默认：仓库中的 examples/）")
def corpus_lint(corpus_dir: Optional[Path], examples_dir: Optional[Path]) -> None:
    """检查每个语料组：条件可编译、变量存在、无手写数字、每个变体能用示例数据渲染。"""
    from .generate.corpus_lint import lint

    problems, stats = lint(corpus_dir, examples_dir)
    for p in problems:
        click.echo(p)
    click.echo(f"语料组 {stats['groups']} 个，变体 {stats['variants']} 个，已用示例数据渲染 {stats['rendered']} 个变体；问题 {len(problems)} 个。")
    if problems:
        sys.exit(1)


@corpus.command("preview")
@click.argument("group_id")
@click.option("--data", "data", default=None, type=click.Path(dir_okay=False, path_type=Path), help="用这个数据文件的事实渲染")
def corpus_preview(group_id: str, data: Optional[Path]) -> None:
    """用示例数据渲染一个语料组的全部变体。"""
    from .generate.corpus_lint import preview

    for line in preview(group_id, data):
        click.echo(line)


# Commands that live with their pipelines.
for command in (check, rules, init, batch):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="jixiao")


if __name__ == "__main__":
    main()
