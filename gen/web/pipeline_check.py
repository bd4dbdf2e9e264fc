"""The web app's adapter to the checker: reading an upload, running the rules, the report downloads.

One of the web app's adapters to the pipelines (see :mod:`gen.web.pipeline`):
the check page calls the checker only through here, with the same functions
``jixiao check`` uses; nothing is re-implemented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from ..core.errors import UserError



def load_check_config(path: Optional[Path] = None) -> Any:
    """The checker configuration, found the way ``jixiao check`` finds it."""
    from ..check.config import load_config

    return load_config(path)


def read_upload(path: Path, shown: str, config: Any) -> Any:
    """Read an uploaded report with the checker's reader; messages name ``shown``, not the temp path."""
    from ..check.read import read_path

    try:
        source = read_path(path, max_bytes=config.max_bytes, max_chars=config.max_chars)
    except UserError as exc:
        raise UserError([m.replace(str(path), shown) for m in exc.messages]) from None
    if not source.decoded.strip():
        raise UserError(f"{shown}：文件为空，没有可检查的文字")
    return _renamed(source, shown)


def _renamed(source: Any, shown: str) -> Any:
    from dataclasses import replace

    return replace(source, path=shown)


def check_source(source: Any, config: Any = None, data: Any = None) -> Any:
    """Run the configured rules over ``source``; a rule that crashes is skipped and named."""
    from ..check.registry import select_rules
    from ..check.runner import run

    rules = select_rules(config.select, config.ignore) if config is not None else select_rules()
    # a crashing rule is skipped; FileResult.failed_rules names it and the page says the result is incomplete
    return run(source, rules, data, config, lambda rule, exc: None)


def check_output(result: Any, config: Any, original: Optional[bytes], fmt: str) -> bytes:
    """One download of a check, made by the CLI's report writers (``--format``, ``--annotate``)."""
    if fmt == "json":
        from ..check.report_json import to_json

        return to_json([result]).encode("utf-8")
    if fmt == "sarif":
        from ..check.registry import select_rules
        from ..check.report_sarif import to_sarif

        return to_sarif([result], select_rules(config.select, config.ignore)).encode("utf-8")
    if fmt == "html":
        from ..check.report_html import to_html

        return to_html([result]).encode("utf-8")
    if fmt == "xlsx":  # the reviewer's workbook (jixiao check --format xlsx)
        from ..check.report_xlsx import to_xlsx

        return to_xlsx([result])
    if fmt == "docx" and original is not None and result.source.kind == "docx":
        from ..check.annotate_docx import annotate

        return annotate(original, result.findings, result.source.decoded, result.path)
    raise ValueError(f"no {fmt!r} download for this check")


def highlight(text: str, findings: list) -> str:
    """The text as escaped HTML with a ``<mark>`` per finding (the HTML report's own marking)."""
    from ..check.report_html import highlight as mark

    return mark(text, findings)


def families() -> dict[str, str]:
    from ..check.registry import FAMILIES

    return dict(FAMILIES)


def family_colours() -> dict[str, str]:
    from ..check.report_html import FAMILY_COLOURS

    return dict(FAMILY_COLOURS)


def severity_names() -> dict[str, str]:
    from ..check.finding import SEVERITY_NAMES

    return dict(SEVERITY_NAMES)


def rules() -> list[Any]:
    """Every checker rule with its doc and examples (what ``jixiao rules CODE`` shows)."""
    from ..check.registry import all_rules

    return list(all_rules())
