"""Load one report's data file (YAML or JSON) into a validated :class:`ReportSpec`.

Every problem is collected and reported at once, in Chinese, with the field
path, the field's Chinese name and, for YAML/JSON files, the line.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from .errors import UserError
from .parse import _line_for, _yaml_lines, parse_text
from .readfile import read_limited, undecodable_at
from .model import ReportSpec
from .model_fields import _round_amount

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


def _field_info(loc: Iterable[Any]) -> tuple[Any, str]:
    """The pydantic FieldInfo and name of the field at ``loc`` (walking the model classes; a part the model
    does not know ends the walk at the last one it does), or (None, "")."""
    model: Any = ReportSpec
    info, name = None, ""
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(model, "model_fields", None)
        if not fields or part not in fields:
            break
        info, name = fields[part], part
        model = inner_model(info.annotation)
    return info, name


def field_title(loc: Iterable[Any]) -> str:
    """The Chinese title of the field at ``loc`` (walking the model classes)."""
    info, name = _field_info(loc)
    return "" if info is None else info.title or name


def field_is_amount(loc: Iterable[Any]) -> bool:
    """Whether the field at ``loc`` holds an amount of money (the ``Amount`` type): a figure a report writes
    in 万元 or 元, never as a percentage — so a 50 printed as 50% does not print a budget of 50万元."""
    info, _ = _field_info(loc)
    return info is not None and _validated_by(info.annotation, _round_amount)


def _validated_by(annotation: Any, func: Any) -> bool:
    for meta in getattr(annotation, "__metadata__", ()):
        if getattr(meta, "func", None) is func:
            return True
    return any(_validated_by(arg, func) for arg in getattr(annotation, "__args__", None) or ())


def inner_model(annotation: Any) -> Any:
    """The pydantic model inside a field's annotation (``Optional[Finance]``, ``list[Task]``), or None."""
    args = getattr(annotation, "__args__", None)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in args or ():
        found = inner_model(arg)
        if found is not None:
            return found
    return None


def _choices(expected: str) -> str:
    """pydantic's English list (``'a', 'b' or 'c'``) as a Chinese one (a、b、c): a Chinese message has no ``or``."""
    parts = re.split(r",\s*|\s+or\s+", expected)
    return "、".join(p.strip().strip("'\"") for p in parts if p.strip())


def error_message(err: dict[str, Any]) -> str:
    """One pydantic error in Chinese, without its location."""
    etype = err["type"]
    ctx = err.get("ctx") or {}
    if etype in ("greater_than_equal", "greater_than"):
        bound = ctx.get("ge", ctx.get("gt"))
        return "不能为负数" if str(bound) == "0" else f"应不小于{bound}"
    if etype in ("less_than_equal", "less_than"):
        return f"应不大于{ctx.get('le', ctx.get('lt'))}"
    if etype == "literal_error":
        return f"取值应为以下之一：{_choices(str(ctx.get('expected', '')))}"
    if etype == "value_error":
        return str(ctx.get("error", err["msg"]))
    return _TYPE_MESSAGES.get(etype, f"取值不符合要求（{etype}）")


def field_path(loc: Iterable[Any]) -> str:
    """A field's location as a data file names it: ``finance.sources[0].budget``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (("." if out else "") + str(part))
    return out or "（整个文件）"


def validate(raw: Any, source: str, lines: dict[tuple, int] | None = None) -> ReportSpec:
    """Validate parsed data; all errors at once as one :class:`UserError`."""
    return validate_with_warnings(raw, source, lines)[0]


def validate_with_warnings(raw: Any, source: str, lines: Any = None) -> tuple[ReportSpec, list[str]]:
    """:func:`validate`, also returning the located warnings (超编, 到位多于预算 …) for the caller to show."""
    if not isinstance(raw, dict):
        raise UserError(f"{source}: 数据文件的顶层应为键值对象（单位信息、年度、收支情况等）")
    lines = lines or {}
    bad_text = _invalid_text(raw)
    if bad_text:
        messages = []
        for loc in bad_text:
            line = _line_for(lines, loc)
            messages.append(f"{source}:{line}: 字段 {field_path(loc)}：文字中有无效字符（孤立的 UTF-16 代理码位，"
                            "常见于错误的“\\ud800”类转义），请删除" if line else
                            f"{source}: 字段 {field_path(loc)}：文字中有无效字符（孤立的 UTF-16 代理码位），请删除")
        raise UserError(messages)
    try:
        spec = ReportSpec.model_validate(raw)
    except ValidationError as exc:
        messages = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            line = _line_for(lines, loc)
            where = f"{source}:{line}" if line else source
            title = field_title(loc)
            label = f"字段 {field_path(loc)}" + (f"（{title}）" if title else "")
            messages.append(f"{where}: {label}：{error_message(err)}")
        raise UserError(messages) from None
    from .forms.evaluate import apply_forms  # 自评表: compute or check the scores (issue 14)

    try:
        spec = apply_forms(spec)
    except UserError as exc:
        raise UserError([f"{source}: {m}" for m in exc.messages]) from None
    return _check_consistency(spec, source, lines)  # after the forms: rating against score sees the form's score


def _check_consistency(spec: ReportSpec, source: str, lines: Any) -> tuple[ReportSpec, list[str]]:
    """Refuse data that contradicts itself; return the warnings an explanation would silence.

    Messages name the file and line (or the workbook cell) of the field, as
    schema errors do; the checks themselves live in gen.core.consistency.
    """
    from .consistency import problems

    errors, warnings = [], []
    for p in problems(spec):
        line = _line_for(lines, p.loc)
        where = f"{source}:{line}" if line else source
        (errors if p.severity == "error" else warnings).append(f"{where}: 字段 {p.field}：{p.message}")
    if errors:
        raise UserError(errors)
    return spec, warnings


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


def max_data_bytes() -> int:
    """The data-file size limit: MAX_DATA_BYTES, or JIXIAO_MAX_DATA_BYTES when set."""
    raw = os.environ.get("JIXIAO_MAX_DATA_BYTES", "").strip()
    if not raw:
        return MAX_DATA_BYTES
    if not raw.isdigit() or int(raw) <= 0:
        raise UserError(f"环境变量 JIXIAO_MAX_DATA_BYTES 应为正整数（字节数），现为“{raw}”")
    return int(raw)


def load_spec(path: str | Path, form: str | Path | None = None) -> ReportSpec:
    """Read, parse and validate one data file; a filled 自评表 (.xlsx/.docx) is data too.

    ``form``: a filled 自评表 whose values complete the data file (gen.core.forms.input).
    """
    return load_spec_with_warnings(path, form)[0]


def load_spec_with_warnings(path: str | Path, form: str | Path | None = None) -> tuple[ReportSpec, list[str]]:
    """:func:`load_spec`, also returning the located data warnings (see gen.core.consistency)."""
    from .forms.input import FORM_SUFFIXES, merge_forms, read_forms, spec_from_forms

    p = Path(path)
    if p.suffix.lower() in FORM_SUFFIXES:
        found, rule_set = read_forms(p)
        return validate_with_warnings(spec_from_forms(p, found, rule_set), str(path))
    limit = max_data_bytes()
    data = read_limited(path, limit, what="数据文件", limit_hint="可用环境变量 JIXIAO_MAX_DATA_BYTES 调整")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: 数据文件应为 UTF-8 编码，{undecodable_at(data, exc)}无法按 UTF-8 读取") from None
    raw = parse_text(text, str(path))
    if form is not None and isinstance(raw, dict):
        found, rule_set = read_forms(Path(form))
        raw = merge_forms(raw, found, rule_set)
    return validate_with_warnings(raw, str(path), _yaml_lines(text))
