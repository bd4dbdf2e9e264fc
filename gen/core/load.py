"""Load one report's data file (YAML or JSON) into a validated :class:`ReportSpec`.

Every problem is collected and reported at once, in Chinese, with the field
path, the field's Chinese name and, for YAML/JSON files, the line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from .errors import UserError
from .parse import (  # noqa: F401 - the parsing layer, re-exported for its users
    MAX_DATA_DEPTH, MAX_DATA_NODES, MAX_NUMBER_DIGITS, BoundedLoader, DataProblem, _line_for, _yaml_lines, parse_text,
    yaml_problem,
)
from .readfile import read_limited, undecodable_at
from .model import ReportSpec
from .thresholds import load_thresholds

MAX_DATA_BYTES = 5 * 1024 * 1024

_TYPE_MESSAGES = {
    "missing": "缺少必填字段",
    "extra_forbidden": "不认识的字段（请检查拼写）",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "int_from_float": "应为整数，不能带小数",
    "decimal_parsing": "应为数字",
    "decimal_type": "应为数字",
    "decimal_max_places": "小数位数过多",
    "finite_number": "应为有限的数字，不能是 NaN 或无穷大",
    "float_parsing": "应为数字",
    "string_type": "应为文字",
    "string_too_short": "不能为空",
    "string_too_long": "文字过长",
    "list_type": "应为列表",
    "dict_type": "应为键值对象",
    "model_type": "应为键值对象",
    "model_attributes_type": "应为键值对象",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "date_parsing": "应为日期（如 2023-03-09）",
    "date_from_datetime_parsing": "应为日期（如 2023-03-09）",
    "date_type": "应为日期（如 2023-03-09）",
    "date_from_datetime_inexact": "应为日期（如 2023-03-09），不能带时间",
    "datetime_type": "应为日期（如 2023-03-09）",
    "int_parsing_size": "数字过长",
    "float_type": "应为数字",
    "string_unicode": "文字中有无效字符",
    "enum": "取值不在允许的范围内",
    "too_long": "列表项过多",
    "too_short": "列表项过少",
    "mapping_type": "应为键值对象",
    "is_instance_of": "类型不对",
    "bytes_type": "应为文字",
    "none_required": "应为空",
    "union_tag_invalid": "取值不在允许的范围内",
    "decimal_max_digits": "数字位数过多",
    "decimal_whole_digits": "整数部分位数过多",
}


def _field_title(loc: Iterable[Any]) -> str:
    """The Chinese title of the field at ``loc`` (walking the model classes)."""
    model: Any = ReportSpec
    title = ""
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(model, "model_fields", None)
        if not fields or part not in fields:
            return title
        info = fields[part]
        title = info.title or part
        model = _inner_model(info.annotation)
    return title


def _inner_model(annotation: Any) -> Any:
    args = getattr(annotation, "__args__", None)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in args or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _message(err: dict[str, Any]) -> str:
    etype = err["type"]
    ctx = err.get("ctx") or {}
    if etype in ("greater_than_equal", "greater_than"):
        bound = ctx.get("ge", ctx.get("gt"))
        return "不能为负数" if str(bound) == "0" else f"应不小于{bound}"
    if etype in ("less_than_equal", "less_than"):
        return f"应不大于{ctx.get('le', ctx.get('lt'))}"
    if etype == "literal_error":
        return f"取值应为：{ctx.get('expected', '')}".replace("'", "")
    if etype == "value_error":
        return str(ctx.get("error", err["msg"]))
    return _TYPE_MESSAGES.get(etype, f"取值不符合要求（{etype}）")


def _path(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (("." if out else "") + str(part))
    return out or "（整个文件）"


def validate(raw: Any, source: str, lines: dict[tuple, int] | None = None) -> ReportSpec:
    """Validate parsed data; all errors at once as one :class:`UserError`."""
    if not isinstance(raw, dict):
        raise UserError(f"{source}: 数据文件的顶层应为键值对象（单位信息、年度、收支情况等）")
    lines = lines or {}
    bad_text = _invalid_text(raw)
    if bad_text:
        messages = []
        for loc in bad_text:
            line = _line_for(lines, loc)
            messages.append(f"{source}:{line}: 字段 {_path(loc)}：文字中有无效字符（孤立的 UTF-16 代理码位，"
                            "常见于错误的“\\ud800”类转义），请删除" if line else
                            f"{source}: 字段 {_path(loc)}：文字中有无效字符（孤立的 UTF-16 代理码位），请删除")
        raise UserError(messages)
    try:
        spec = ReportSpec.model_validate(raw)
    except ValidationError as exc:
        messages = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            line = _line_for(lines, loc)
            where = f"{source}:{line}" if line else source
            title = _field_title(loc)
            label = f"字段 {_path(loc)}" + (f"（{title}）" if title else "")
            messages.append(f"{where}: {label}：{_message(err)}")
        raise UserError(messages) from None
    problems = consistency_problems(spec)
    if problems:
        raise UserError([f"{source}: {p}" for p in problems])
    return spec


def _invalid_text(raw: Any) -> list[tuple]:
    """Paths of strings (values or keys) holding lone surrogates, which no file can encode."""
    found: list[tuple] = []
    stack: list[tuple[Any, tuple]] = [(raw, ())]
    while stack and len(found) < 20:
        value, loc = stack.pop()
        if isinstance(value, str):
            if any("\ud800" <= ch <= "\udfff" for ch in value):
                found.append(loc)
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and any("\ud800" <= ch <= "\udfff" for ch in key):
                    found.append(loc + (key,))
                stack.append((item, loc + (key,)))
        elif isinstance(value, list):
            stack.extend((item, loc + (i,)) for i, item in enumerate(value))
    return sorted(found, key=str)


def consistency_problems(spec: ReportSpec) -> list[str]:
    """Cross-field checks whose thresholds are data (corpus/thresholds.yaml)."""
    th = load_thresholds()
    out = []
    f = spec.finance
    limit = 1 + th["overspend_tolerance"] / 100
    if f.expenditure is not None and not f.overspend_explanation:
        for field, title in (("budget_adjusted", "调整后预算"), ("income", "本年收入")):
            base = getattr(f, field)
            if base is not None and base > 0 and f.expenditure > base * limit:
                out.append(
                    f"字段 finance.expenditure（本年支出）：{f.expenditure}万元超过{title}{base}万元的"
                    f"{th['overspend_tolerance']}%以上，请核实或在 finance.overspend_explanation 中说明原因"
                )
                break
    if f.basic_expenditure is not None and f.personnel is not None and f.public_costs is not None:
        if f.personnel + f.public_costs > f.basic_expenditure:
            out.append(
                "字段 finance.personnel / finance.public_costs：人员经费与日常公用经费之和"
                f"（{f.personnel + f.public_costs}万元）超过基本支出（{f.basic_expenditure}万元）"
            )
    if f.procurement_actual is not None and f.procurement_planned is not None and f.procurement_planned == 0 and f.procurement_actual > 0:
        out.append("字段 finance.procurement_planned（政府采购计划金额）：计划为0而实际采购大于0，请核实")
    return out


def max_data_bytes() -> int:
    """The data-file size limit: MAX_DATA_BYTES, or JIXIAO_MAX_DATA_BYTES when set."""
    raw = os.environ.get("JIXIAO_MAX_DATA_BYTES", "").strip()
    if not raw:
        return MAX_DATA_BYTES
    if not raw.isdigit() or int(raw) <= 0:
        raise UserError(f"环境变量 JIXIAO_MAX_DATA_BYTES 应为正整数（字节数），现为“{raw}”")
    return int(raw)


def load_spec(path: str | Path) -> ReportSpec:
    """Read, parse and validate one data file."""
    limit = max_data_bytes()
    data = read_limited(path, limit, what="数据文件", limit_hint="可用环境变量 JIXIAO_MAX_DATA_BYTES 调整")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: 数据文件应为 UTF-8 编码，{undecodable_at(data, exc)}无法按 UTF-8 读取") from None
    raw = parse_text(text, str(path))
    return validate(raw, str(path), _yaml_lines(text))
