"""The click commands ``jixiao init`` and ``jixiao batch``."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Optional

import click

from ..core.errors import UserError


@click.command()
@click.argument("workbook", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="覆盖已存在的文件")
def init(workbook: Path, force: bool) -> None:
    """写出一个空的输入工作簿（中文表头、下拉列表、填写说明和一个示例单位）。"""
    from .init_workbook import init_workbook

    init_workbook(workbook, force=force)
    click.echo(f"已生成：{workbook}（把示例单位改成本单位的数据，每个单位一个单位编号，再运行 jixiao batch）")


@click.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "out_dir", default="out", show_default=True,
              type=click.Path(path_type=Path), help="输出目录")
@click.option("--format", "formats", default="md,docx,json", show_default=True,
              help="输出格式，逗号分隔：md,docx,json,xlsx（xlsx 为自评表，需要数据中有 forms）")
@click.option("-j", "--jobs", default=0, type=click.IntRange(min=0), help="并行进程数（默认：全部 CPU 核）")
@click.option("--seed", default=0, show_default=True, type=int, help="措辞变体的随机种子")
@click.option("--force", is_flag=True, help="全部重新生成，不跳过数据未变化的单位")
@click.option("--shard", default=None, metavar="K/N", help="只处理第 K 份（共 N 份），便于多台机器分担")
@click.option("--no-check", "no_check", is_flag=True, help="不对生成的报告做自查")
@click.option("--templates", "templates_dir", default=None, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="自定义模板目录，按文件名覆盖内置模板")
@click.option("--corpus", "corpus_dir", default=None, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="自定义语料目录（替换内置语料）")
def batch(source: Path, out_dir: Path, formats: str, jobs: int, seed: int, force: bool, shard: Optional[str],
          no_check: bool, templates_dir: Optional[Path], corpus_dir: Optional[Path]) -> None:
    """从 Excel 工作簿（或 YAML/JSON 数据文件夹）批量生成各单位的报告，并写出 summary.csv / summary.json。"""
    from ..check.preflight import check_project_data
    from .run import Options, default_jobs, inputs_from_folder, iter_formats, parse_shard, run_batch
    from .workbook import MAIN_SHEET, WorkbookIndex

    check_project_data(rule_data=not no_check)
    cpus = default_jobs()
    if jobs > cpus:
        click.echo(f"提示：--jobs {jobs} 超过本机可用的 CPU 核数，已改为 {cpus}", err=True)
        jobs = cpus

    opts = Options(out_dir=out_dir, formats=iter_formats(formats), seed=seed, jobs=jobs, force=force,
                   shard=parse_shard(shard) if shard else None, templates_dir=templates_dir, corpus_dir=corpus_dir,
                   self_check=not no_check)
    if not source.is_dir() and source.suffix.lower() not in (".xlsx", ".xlsm"):
        raise UserError(f"{source}: 应为 Excel 工作簿（.xlsx）或数据文件夹")

    opened: list[WorkbookIndex] = []  # the workbook's temporary index, removed when the batch ends

    def load():
        if source.is_dir():
            return inputs_from_folder(source), []
        index = WorkbookIndex(source)
        opened.append(index)
        if not len(index) and not index.orphans:
            raise UserError(f"{source}: 没有任何单位（“{MAIN_SHEET}”表为空）")
        return index, index.orphans

    bar = _Progress() if sys.stderr.isatty() else None
    previous_term = signal.signal(signal.SIGTERM, _interrupt_on_sigterm)
    try:
        result = run_batch(load, source.name, opts, progress=bar)
    except KeyboardInterrupt:
        click.echo(f"\n已中断；已完成部分见 {out_dir}", err=True)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous_term)
        if bar is not None:
            bar.close()
        for index in opened:
            index.close()
    _report(result)


def _interrupt_on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM (a service manager, ``kill``) ends the batch like Ctrl-C: summary written, temporaries removed."""
    raise KeyboardInterrupt


class _Progress:
    """A click progress bar on stderr, created once the number of bureaus is known."""

    def __init__(self) -> None:
        self.bar = None

    def __call__(self, step: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="生成报告", file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        if step:
            self.bar.update(step)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _notes(rows) -> None:
    """Formats left out for some bureaus (xlsx without forms), one line per reason, not per bureau."""
    by_reason: dict[str, list[str]] = {}
    for row in rows:
        for note in row.get("notes", ()):
            by_reason.setdefault(note, []).append(row["name"] or row["key"])
    for reason, names in by_reason.items():
        shown = "、".join(names[:5]) + ("等" if len(names) > 5 else "")
        click.echo(f"说明：{reason}：共 {len(names)} 个单位（{shown}），其余格式已生成", err=True)


def _report(result) -> None:
    counts = {s: sum(1 for r in result.rows if r["status"] == s) for s in ("ok", "skipped", "failed")}
    for row in result.rows:
        if row["status"] == "failed":
            label = row["name"] or row["key"]
            for message in row["errors"]:
                click.echo(f"失败：{label}（{row['key']}）：{message}" if row["key"] else f"错误：{message}", err=True)
    _notes(result.rows)
    for pair in result.pairs:
        click.echo(f"雷同：{pair['a_name']}（{pair['a']}）与 {pair['b_name']}（{pair['b']}）相似度 {pair['similarity']}%",
                   err=True)
    click.echo(f"共 {len(result.rows)} 个单位：生成 {counts['ok']} 个，未变化跳过 {counts['skipped']} 个，"
               f"失败 {counts['failed']} 个；雷同 {len(result.pairs)} 对；用时 {result.seconds:.1f} 秒。"
               f"汇总：{result.summary_csv}、{result.summary_json}")
    if result.failed:
        sys.exit(1)
