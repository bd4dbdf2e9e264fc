"""The ``jixiao`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

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


@click.group(cls=JixiaoGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", message="jixiao %(version)s")
def cli() -> None:
    """jixiao（绩效）：根据数据起草绩效自评报告，并检查报告中的数字、术语、用词、标点和结构。"""


def write_outputs(doc: Any, facts: dict, stem: str, out_dir: Path, formats: tuple[str, ...], protect: frozenset,
                  spec: Any = None) -> list[Path]:
    """Write the requested formats (gen.generate.formats) atomically; return the paths written."""
    from .core.atomic import write_bytes, write_text
    from .generate.formats import extension, render

    written = []
    for fmt in formats:
        path = out_dir / f"{stem}{extension(fmt)}"
        data = render(fmt, doc, facts, spec)
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
@click.option("--format", "formats", default="md,docx,json", show_default=True,
              help="输出格式，逗号分隔：md,docx,json,xlsx（xlsx 为自评表）")
@click.option("--seed", default=0, show_default=True, type=int, help="措辞变体的随机种子（相同数据和种子，输出逐字节相同）")
@click.option("--section", default=None, help="只生成一个章节（用于粘贴到已有报告），如 finance_overview")
@click.option("--templates", "templates_dir", default=None, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="自定义模板目录，按文件名覆盖内置模板")
@click.option("--corpus", "corpus_dir", default=None, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="自定义语料目录（替换内置语料）")
@click.option("--form", "form_path", default=None, type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="已填写的自评表（.xlsx 或 .docx，全国通用格式），补充数据文件中的自评表、指标和得分")
@click.option("--no-self-check", "no_self_check", is_flag=True,
              help="不对生成结果做自检（默认用检查器和数据核对生成的正文，有错误级问题时不写出该报告）")
@click.option("--omit-missing", "omit", is_flag=True,
              help="数据不足以写出的句子和章节直接略去，不写“【待补充：…】”占位")
def generate(data: tuple[Path, ...], out_dir: Path, formats: str, seed: int, section: Optional[str],
             templates_dir: Optional[Path], corpus_dir: Optional[Path], form_path: Optional[Path], no_self_check: bool,
             omit: bool) -> None:
    """根据数据文件（YAML/JSON）或已填写的自评表（.xlsx/.docx）生成报告正文：Markdown、公文格式 Word、JSON 与自评表。

    数据没有提供而提纲需要的内容写作“【待补充：…】”（Word 中黄色突出显示），并在标准错误中列出；
    数据中填写了而当前提纲没有写入的字段、超过阈值却没有给出原因的变动也会给出警告。
    """
    from .core.load import load_spec_with_warnings
    from .generate.document import omit_missing
    from .generate.gaps import annotate, form_gaps
    from .generate.render import render_document
    from .generate.write.markdown import to_markdown

    from .check.config import load_config
    from .check.preflight import check_project_data
    from .generate.formats import parse_formats

    fmts = parse_formats(formats)
    if form_path is not None and (len(data) != 1 or data[0].suffix.lower() in (".xlsx", ".docx")):
        raise UserError("--form 只能与一个 YAML/JSON 数据文件一起使用（自评表补充该数据文件）")
    to_stdout = str(out_dir) == "-"
    protect = frozenset(data) | ({form_path} if form_path else frozenset())
    if not to_stdout and out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"输出路径 {out_dir} 已存在且不是文件夹，请换一个输出文件夹")
    check_project_data()
    stems = output_stems(data, section)
    failed = 0
    style_config = load_config().style  # [style] of the nearest jixiao.toml: how figures are written
    for path in data:
        try:
            spec, data_warnings = load_spec_with_warnings(path, form=form_path)
            doc, facts = render_document(spec, seed=seed, templates_dir=templates_dir, section=section,
                                         corpus_dir=corpus_dir, style_config=style_config)
            if omit:  # traced and warned again: what the left-out sentences held is reported as left out
                full, doc = doc, omit_missing(doc)
                annotate(doc, spec, facts, section=section, full=full)
            doc.warnings = data_warnings + doc.warnings
            for line in summary_lines(path, doc, form_gaps(doc, spec, fmts)):
                click.echo(line, err=True)
            if not no_self_check:
                from .generate.selfcheck import gate

                shown = "-" if to_stdout else str(out_dir / f"{stems[path]}.md")
                gate(to_markdown(doc), spec, shown, partial=bool(section), echo=lambda line: click.echo(line, err=True))
            if to_stdout:
                sys.stdout.write(to_markdown(doc))
                continue
            stem = stems[path]
            for written in write_outputs(doc, facts, stem, out_dir, fmts, protect, spec):
                click.echo(f"已生成：{written}")
        except UserError as exc:
            failed += 1
            for message in exc.messages:
                click.echo(f"错误：{message}", err=True)
    if failed:
        click.echo(f"共 {len(data)} 个数据文件，{failed} 个失败。", err=True)
        sys.exit(2)


def summary_lines(path: Path, doc: Any, form_holes: list[dict] = ()) -> list[str]:
    """The Chinese summary ``generate`` prints: placeholders to fill (the text's, then the written forms'),
    then warnings."""
    from .generate.write.json_doc import document_dict

    lines = []
    holes = document_dict(doc)["placeholders"] + list(form_holes)
    if holes:
        lines.append(f"提示：{path} 生成的报告有 {len(holes)} 处待补充内容（Word 中黄色突出显示）：")
        # one line per kind of hole: a table's column left blank in five rows is one thing to fill, told once
        told: dict[str, int] = {}
        for h in holes:
            fields = f"（填写 {'、'.join(h['fields'])}）" if h["fields"] else ""
            line = f"  {h['section'].rstrip('、') or '正文'}：{h['text']}{fields}"
            told[line] = told.get(line, 0) + 1
        lines.extend(line if n == 1 else f"{line}（{n}处）" for line, n in told.items())
    lines.extend(f"警告：{path}：{w}" for w in doc.warnings)
    return lines


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


@cli.command()
@click.option("--kind", default=None, help="只列出一种文书类型（代码或中文名称）")
@click.argument("data", required=False, type=click.Path(dir_okay=False, path_type=Path))
def outlines(kind: Optional[str], data: Optional[Path]) -> None:
    """列出提纲样式：名称、依据的地区惯例、章节、所需数据、别名；给出数据文件时说明会选用哪一个。"""
    from .core.outlines import kind_id, load_kinds

    chosen = None
    if data is not None:
        from .core.load import load_spec

        spec = load_spec(data)
        chosen, kind = (spec.kind, spec.profile), spec.kind
    wanted = kind_id(kind) if kind else None
    if kind and wanted is None:
        raise UserError(f"没有名为“{kind}”的文书类型，可选：{'、'.join(k.name for k in load_kinds())}")
    for k in load_kinds():
        if wanted and k.id != wanted:
            continue
        click.echo(f"{k.name}（kind: {k.id}）")
        for o in k.outlines:
            marks = [m for m, on in (("默认", o.default), ("← 本数据选用", chosen == (k.id, o.id))) if on]
            click.echo(f"  {o.id}  {o.name}{'  [' + '，'.join(marks) + ']' if marks else ''}")
            click.echo(f"    依据：{o.convention}；按地区自动选用：{'、'.join(o.regions) or ('其他地区' if o.default else '无')}")
            click.echo(f"    说明：{o.description}")
            click.echo(f"    章节：{' / '.join(o.sections)}")
            if o.needs:
                click.echo(f"    所需数据：{'、'.join(o.needs)}")
            if o.aliases:
                click.echo(f"    别名：{'、'.join(o.aliases)}")
    click.echo("数据文件中写 profile: 提纲代码、中文名称或别名；不写时按单位所在地区选用，没有本地区提纲时用默认提纲。")


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


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="监听地址；默认只允许本机访问，在单位内网提供服务时用 0.0.0.0 或本机内网地址")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="端口")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="工作进程数（服务器上可设为 CPU 核数）")
@click.option("--templates", "templates_dir", default=None, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="管理员指定的模板目录（网页用户不能上传模板）")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="检查配置（jixiao.toml），也决定上传文件的大小上限 max_bytes")
@click.option("--store", "store_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="存放待下载结果的目录（默认：临时目录，停止服务时删除）")
@click.option("--batch-jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="每个批量任务的并行进程数")
@click.option("--batch-timeout", default=3600, show_default=True, type=click.IntRange(10), help="批量任务的时限（秒）")
def serve(host: str, port: int, workers: int, templates_dir: Optional[Path], config_path: Optional[Path],
          store_dir: Optional[Path], batch_jobs: int, batch_timeout: int) -> None:
    """启动网页版（生成报告、检查报告、批量生成），供没有命令行的同事在浏览器中使用。"""
    from .web.pipeline_check import load_check_config
    from .web.serve import serve as run_server

    load_check_config(config_path)  # a broken configuration is reported here, not in every worker
    run_server(host, port, workers=workers, templates_dir=templates_dir, config_path=config_path, store_dir=store_dir,
               batch_jobs=batch_jobs, batch_timeout=batch_timeout, echo=click.echo)


# Commands that live with their pipelines.
for command in (check, rules, init, batch):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="jixiao")


if __name__ == "__main__":
    main()
