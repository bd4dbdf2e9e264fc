"""The ``jixiao check`` and ``jixiao rules`` commands.

Heavy imports (python-docx, jieba, spaCy) happen inside the commands, so that
``jixiao --help`` and the other commands stay fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Optional

import click

from ..core.errors import UserError
from ..core.readfile import is_regular
from .read import CHECKABLE_SUFFIXES, STDIN
from .xlsx_read import XLSX_SUFFIX, looks_like_form_workbook


def expand_paths(args: tuple[str, ...], skipped: Optional[list[str]] = None) -> tuple[list[str], list[str]]:
    """Inputs to check (files, files found in folders, "-") and messages for bad arguments.

    Folders are searched recursively for checkable files (read.CHECKABLE_SUFFIXES), in sorted order,
    skipping hidden folders and Word's lock files (~$...). A workbook found in a folder is taken only
    when it looks like a 自评表 (xlsx_read.looks_like_form_workbook): a reviewer's folder also holds
    budget sheets and review workbooks. The ones passed over are appended to ``skipped``; a workbook
    named on the command line is always checked.
    """
    inputs: list[str] = []
    problems: list[str] = []
    skipped = [] if skipped is None else skipped
    for arg in args:
        if arg == STDIN:
            inputs.append(STDIN)
            continue
        p = Path(arg)
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if name.lower().endswith(CHECKABLE_SUFFIXES) and not name.startswith(("~$", ".")):
                        if is_regular(Path(root, name)):
                            found.append(Path(root, name))
                        else:  # a FIFO would hang the reader, /dev/zero would never end
                            problems.append(f"{Path(root, name)}：不是普通文件（如命名管道、设备或失效的链接），已跳过")
            workbooks = [f for f in found if f.suffix.lower() == XLSX_SUFFIX and not _form_workbook(f)]
            skipped.extend(str(f) for f in sorted(workbooks, key=lambda f: f.relative_to(p).parts))
            found = [f for f in found if f not in workbooks]
            if not found and workbooks:
                problems.append(f"{arg}：文件夹中的 Excel 文件都不像自评表，没有可检查的报告")
            elif not found:
                problems.append(f"{arg}：文件夹中没有 .txt、.md、.docx、.pdf、.doc、.wps 或 .rtf 文件")
            inputs.extend(str(f) for f in sorted(found, key=lambda f: f.relative_to(p).parts))
        elif p.exists():
            inputs.append(arg)
        else:
            problems.append(f"{arg}：找不到该文件或文件夹")
    seen: set[str] = set()
    unique = [i for i in inputs if not (i in seen or seen.add(i))]
    return unique, problems


def _form_workbook(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return True  # the reader reports it
    return looks_like_form_workbook(data, str(path))


def _echo_errors(messages: list[str]) -> None:
    for message in messages:
        click.echo(f"错误：{message}", err=True)


@click.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html", "sarif", "xlsx"]), default="text",
              show_default=True, help="输出格式：text 文本、json、html 网页（离线可看、可打印）、sarif（代码评审系统）、"
              "xlsx 审核工作簿（需 -o，按文件汇总并列出全部问题，可筛选、分派）")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="把结果写入文件（原子写入，不会覆盖输入文件）；默认打印到标准输出")
@click.option("--select", default=None, help="只运行这些规则，逗号分隔的代码或前缀，如 N,T001")
@click.option("--ignore", default=None, help="不运行这些规则，逗号分隔的代码或前缀，如 P003,L")
@click.option("--exit-zero", is_flag=True, help="发现错误时也以 0 退出")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="配置文件（jixiao.toml 或含 [tool.jixiao] 的 pyproject.toml）；默认从当前目录向上查找")
@click.option("--data", "data_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="报告的数据文件（YAML/JSON），用于核对正文中的数字（G 类规则）")
@click.option("--year", type=click.IntRange(1949, 2100), default=None,
              help="报告年度（如 2023），用于判断过时的机构名称和表述；不指定时从标题或正文读取")
@click.option("--annotate", "annotate_path", type=click.Path(path_type=Path), default=None,
              help="另存一份带 Word 批注的副本（每个问题一条批注），仅用于单个 .docx 输入；原文件不会被修改")
def check(paths: tuple[str, ...], fmt: str, output: Optional[Path], select: Optional[str], ignore: Optional[str],
          exit_zero: bool, config_path: Optional[Path], data_path: Optional[Path],
          annotate_path: Optional[Path], year: Optional[int] = None) -> None:
    """检查报告正文（.txt、.md、.docx、.pdf、.xlsx 自评表；装有 LibreOffice 时还有 .doc、.wps、.rtf；文件夹递归查找，- 表示标准输入）。

    退出码：0 未发现错误级问题；1 发现错误级问题；2 用法错误或输入无法读取。
    """
    from .report_text import summary_counts

    config, rules = _configure(config_path, year, select, ignore, (output, annotate_path), data_path is not None)
    if fmt == "xlsx" and output is None:
        raise UserError("--format xlsx 需要用 -o 指定工作簿文件，如 -o review.xlsx")
    if fmt == "xlsx" and output is not None and output.suffix.lower() != ".xlsx":
        raise UserError(f"{output}：审核工作簿须保存为 .xlsx 文件")
    skipped: list[str] = []
    inputs, read_errors = expand_paths(paths, skipped)
    for name in skipped:
        click.echo(f"提示：{name} 不像自评表（没有“自评表”标题或一级指标、三级指标表头），已跳过", err=True)
    protect = frozenset(Path(i) for i in inputs if i != STDIN)
    if output is not None and output.resolve() in {p.resolve() for p in protect}:
        raise UserError(f"输出文件 {output} 与输入文件相同，已拒绝覆盖输入")
    if annotate_path is not None:
        _check_annotate(annotate_path, inputs, read_errors, protect, output)
    data = None
    if data_path is not None:
        from ..core.load import load_spec

        data = load_spec(data_path)
    results = _check_inputs(inputs, rules, data, config, read_errors)
    if results:  # when no input could be read, the errors below are the whole answer
        _write_results(results, fmt, output, annotate_path, rules, read_errors, protect)
    _echo_errors(read_errors)

    runnable = {r.code for r in rules if data is not None or not r.needs_data}
    nothing_checked = not results or (runnable and all(set(r.failed_rules) >= runnable for r in results))
    if read_errors or nothing_checked:
        sys.exit(2)
    if summary_counts(results)["errors"] and not exit_zero:
        sys.exit(1)


def _configure(config_path: Optional[Path], year: Optional[int], select: Optional[str], ignore: Optional[str],
               targets: tuple[Optional[Path], ...], with_data: bool = False) -> tuple[Any, list]:
    """The configuration (file, then options) and the chosen rules, with the bundled data proved first.

    The data (glossary entries, their compiled patterns, the rules' word lists, jieba's dictionary) lives as
    long as the process: it is made with the garbage collector off and then frozen out of its generations
    (gen.check.analyse.lifetime_data), else some 370 collections walk it again and again as it grows, ~55 ms
    of a cold check's CPU. Once per process: later calls (tests that run the command in process) find the data
    loaded, and what is alive then (their own garbage too) is not frozen.
    """
    if _DATA_MADE[0]:
        return _configure_now(config_path, year, select, ignore, targets, with_data)
    _DATA_MADE[0] = True
    from .analyse import lifetime_data

    with lifetime_data():
        return _configure_now(config_path, year, select, ignore, targets, with_data)


_DATA_MADE = [False]


def _configure_now(config_path: Optional[Path], year: Optional[int], select: Optional[str], ignore: Optional[str],
                   targets: tuple[Optional[Path], ...], with_data: bool) -> tuple[Any, list]:
    from ..core.atomic import check_target
    from .config import activate_glossary, load_config, parse_codes
    from .preflight import check_project_data
    from .registry import select_rules

    config = load_config(config_path)
    if year is not None:
        from dataclasses import replace as _with

        config = _with(config, year=year)
    for target in targets:
        if target is not None:
            check_target(target)  # a device or FIFO at -o is refused before any work
    check_project_data(folders=("glossary",), grounding=with_data)  # what this check will read, and no more
    problems: list[str] = []
    chosen = parse_codes(select, "--select", problems) if select is not None else config.select
    ignored = config.ignore + (parse_codes(ignore, "--ignore", problems) if ignore else ())
    if problems:
        raise UserError(problems)
    activate_glossary(config)
    rules = select_rules(chosen, ignored)
    if not rules:
        raise UserError("没有选中任何规则，请检查 --select、--ignore 或配置文件（jixiao rules 可列出全部规则）")
    return config, rules


def _check_inputs(inputs: list, rules: list, data: Any, config: Any, read_errors: list[str]) -> list:
    """Read and check every input; what cannot be read (or is empty) goes to ``read_errors``."""
    from .read import read_path
    from .runner import run

    def on_rule_error(rule, exc: BaseException) -> None:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        click.echo(f"错误：规则 {rule.code}（{rule.name}）运行出错，已跳过该规则：{type(exc).__name__}"
                   + (f"：{detail}" if detail else ""), err=True)

    results = []
    stdin = getattr(sys.stdin, "buffer", None) if STDIN in inputs else None
    for item in inputs:
        try:
            source = read_path(item, max_bytes=config.max_bytes, stdin=stdin, max_chars=config.max_chars)
        except UserError as exc:
            read_errors.extend(exc.messages)
            continue
        if not source.decoded.strip():
            shown = "标准输入" if item == STDIN else item
            read_errors.append(f"{shown}：文件为空，没有可检查的文字")
            continue
        results.append(run(source, rules, data, config, on_rule_error))
    return results


def _write_results(results: list, fmt: str, output: Optional[Path], annotate_path: Optional[Path], rules: list,
                   read_errors: list[str], protect: frozenset) -> None:
    """The report in ``fmt`` to ``output`` (atomically) or standard output, and the annotated copy if asked."""
    if fmt == "xlsx":
        from ..core.atomic import write_bytes
        from .report_xlsx import to_xlsx

        write_bytes(output, to_xlsx(results, read_errors), protect=protect)  # type: ignore[arg-type]
    elif output is not None:
        from ..core.atomic import write_text

        write_text(output, _render(fmt, results, rules), protect=protect)
    else:
        report = _render(fmt, results, rules)
        click.echo(report, nl=False)
    if annotate_path is not None:
        from .annotate_docx import write_annotated

        only = results[0]
        write_annotated(only.path, annotate_path, only.findings, only.source.decoded, protect=protect)


def _render(fmt: str, results: list, rules: list) -> str:
    if fmt == "json":
        from .report_json import to_json

        return to_json(results)
    if fmt == "html":
        from .report_html import to_html

        return to_html(results)
    if fmt == "sarif":
        from .report_sarif import to_sarif

        return to_sarif(results, rules)
    from .report_text import to_text

    return to_text(results)


def _check_annotate(target: Path, inputs: list[str], read_errors: list[str], protect: frozenset[Path],
                    output: Optional[Path]) -> None:
    """--annotate takes exactly one .docx file and must not write over an input or the report."""
    if not inputs and read_errors:
        return  # nothing readable to annotate: the read errors are the answer (exit 2)
    if len(inputs) != 1:
        raise UserError(f"--annotate 只能用于单个 .docx 文件，本次给出了 {len(inputs)} 个输入")
    (only,) = inputs
    if only == STDIN or Path(only).suffix.lower() != ".docx":
        shown = "标准输入" if only == STDIN else only
        raise UserError(f"{shown}：--annotate 只能用于 Word（.docx）文件")
    if target.suffix.lower() != ".docx":
        raise UserError(f"{target}：批注副本必须保存为 .docx 文件")
    if target.resolve() in {p.resolve() for p in protect}:
        raise UserError(f"批注副本 {target} 与输入文件相同，已拒绝覆盖输入")
    if output is not None and target.resolve() == output.resolve():
        raise UserError(f"批注副本 {target} 与 -o 输出文件相同，请使用不同的文件名")


@click.command("rules")
@click.argument("code", required=False)
def rules(code: Optional[str]) -> None:
    """列出全部检查规则；给出代码（如 N001）时显示该规则的说明和示例，给出前缀（如 N）时列出该类规则。"""
    from .finding import SEVERITY_NAMES
    from .registry import FAMILIES, all_rules

    every = all_rules()
    if code is None:
        if not every:
            click.echo("（尚无规则）")
        for r in every:
            click.echo(_rule_line(r, SEVERITY_NAMES))
        return
    wanted = code.strip().upper()
    exact = [r for r in every if r.code == wanted]
    if not exact:
        family = [r for r in every if r.code.startswith(wanted)]
        if not wanted or not family:
            raise UserError(f"没有规则 {code}；运行 jixiao rules 查看全部规则")
        for r in family:
            click.echo(_rule_line(r, SEVERITY_NAMES))
        return
    r = exact[0]
    lines = [
        f"{r.code} {r.name}",
        f"类别：{FAMILIES.get(r.family, r.family)}    默认严重程度：{SEVERITY_NAMES[r.severity]}"
        + ("    需要 --data" if r.needs_data else ""),
        "",
        r.summary,
        "",
        r.doc.strip(),
    ]
    if r.flag:
        lines += ["", "应报告的示例："] + [f"  ✗ {t}" for t in r.flag]
    if r.keep:
        lines += ["", "不应报告的示例："] + [f"  ✓ {t}" for t in r.keep]
    click.echo("\n".join(lines))


def _rule_line(r, names: dict) -> str:
    extra = "（需要 --data）" if r.needs_data else ""
    return f"{r.code}  {names[r.severity]}  {r.summary}{extra}"
