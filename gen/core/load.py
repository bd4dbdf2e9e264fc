"""Load one report's data file (YAML or JSON) into a validated :class:`ReportSpec`.

Every problem is collected and reported at once, in Chinese, with the field
path, the field's Chinese name and, for YAML/JSON files, the line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable

import yaml
from pydantic import BaseModel, ValidationError

from .errors import UserError
from .model import ReportSpec

MAX_DATA_BYTES = 5 * 1024 * 1024
# YAML aliases can make a tiny file expand to billions of values ("billion laughs"),
# and deep nesting exhausts the recursion of the composer and of pydantic. A real
# data file has a few thousand values and a depth below ten.
MAX_DATA_NODES = 200_000
MAX_DATA_DEPTH = 50

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
    return _TYPE_MESSAGES.get(etype, err["msg"])


def _path(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (("." if out else "") + str(part))
    return out or "（整个文件）"


class _DataTooComplex(yaml.YAMLError):
    """The document nests too deeply or expands (through aliases) to too many values."""

    def __init__(self, problem: str, mark: Any):
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


class BoundedLoader(yaml.SafeLoader):
    """A SafeLoader that refuses deep nesting and alias bombs before constructing anything.

    Depth is checked while composing (the composer recurses once per level);
    the expanded size is counted on the composed node graph, where a shared
    (aliased) node is counted once per reference, with memoisation so the count
    itself stays linear in the size of the file.
    """

    def __init__(self, stream: Any):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        try:
            if self._depth > MAX_DATA_DEPTH:
                mark = self.peek_event().start_mark
                raise _DataTooComplex(f"嵌套层数超过{MAX_DATA_DEPTH}层", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def get_single_node(self) -> Any:
        node = super().get_single_node()
        if node is not None:
            _check_expanded_size(node)
        return node


def _check_expanded_size(root: Any) -> None:
    """Raise when ``root`` expands to more than MAX_DATA_NODES values (aliases repeated)."""
    sizes: dict[int, int] = {}

    def size(node: Any) -> int:
        key = id(node)
        if key in sizes:
            if sizes[key] < 0:  # still being counted: an alias refers to its own ancestor
                raise _DataTooComplex("数据中有循环引用（YAML 别名指向了包含它自己的锚点）", node.start_mark)
            return sizes[key]
        sizes[key] = -1
        total = 1
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        else:
            children = []
        for child in children:
            total += size(child)
            if total > MAX_DATA_NODES:
                raise _DataTooComplex(f"展开后的数据项超过{MAX_DATA_NODES}个（是否滥用了 YAML 锚点和别名？）",
                                      node.start_mark)
        sizes[key] = total
        return total

    size(root)


def _yaml_lines(text: str) -> dict[tuple, int]:
    """Map each key path to its 1-based line in a YAML (or JSON) document."""
    lines: dict[tuple, int] = {}
    try:
        root = yaml.compose(text, Loader=BoundedLoader)
    except (yaml.YAMLError, RecursionError):
        return lines

    def walk(node: Any, path: tuple) -> None:
        if len(lines) > MAX_DATA_NODES:
            return
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                p = path + (key.value,)
                lines[p] = key.start_mark.line + 1
                walk(value, p)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                p = path + (i,)
                lines[p] = item.start_mark.line + 1
                walk(item, p)

    if root is not None:
        walk(root, ())
    return lines


def _line_for(lines: dict[tuple, int], loc: tuple) -> int | None:
    loc = tuple(loc)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return None


# PyYAML's problems in Chinese; the original stays in brackets for the rare unknown case.
_YAML_PROBLEMS = (
    ("cannot start any token", "此处有不能使用的字符（常见原因：用了制表符 Tab 缩进，或值以 @、` 开头）"),
    ("could not find expected ':'", "缺少冒号“:”，或上一行的引号没有闭合"),
    ("mapping values are not allowed here", "此处不能出现“键: 值”（检查缩进，或给含冒号的文字加引号）"),
    ("expected <block end>", "缩进不一致"),
    ("did not find expected key", "缩进不一致，或列表项与键混排"),
    ("did not find expected '-' indicator", "列表项缩进不一致"),
    ("found undefined alias", "引用了未定义的别名（*名称）"),
    ("found unexpected end of stream", "文件意外结束（引号或括号没有闭合）"),
    ("found unknown escape character", "双引号中有无法识别的转义字符（\\）"),
    ("expected alphabetic or numeric character", "别名或锚点（& 或 *）后缺少名称"),
    ("found duplicate anchor", "锚点（&名称）重复定义"),
    ("expected ',' or ']'", "方括号列表没有闭合（缺少“]”）"),
    ("expected ',' or '}'", "花括号对象没有闭合（缺少“}”）"),
)


def yaml_problem(exc: yaml.YAMLError) -> str:
    """A Chinese description of a YAML syntax error."""
    problem = str(getattr(exc, "problem", None) or exc)
    for needle, chinese in _YAML_PROBLEMS:
        if needle in problem:
            return chinese
    return f"无法解析（{problem}）"


def parse_text(text: str, source: str) -> Any:
    """Parse YAML or JSON text; a syntax error names the file and line."""
    if source.lower().endswith(".json"):
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(f"{source}:{exc.lineno}: JSON 格式错误：{exc.msg}") from None
        except RecursionError:
            raise UserError(f"{source}: JSON 格式错误：嵌套层数过多（上限{MAX_DATA_DEPTH}层）") from None
        if _json_depth(raw) > MAX_DATA_DEPTH:
            raise UserError(f"{source}: JSON 格式错误：嵌套层数超过{MAX_DATA_DEPTH}层")
        return raw
    try:
        return yaml.load(text, Loader=BoundedLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        raise UserError(f"{source}: YAML 格式错误：嵌套层数过多（上限{MAX_DATA_DEPTH}层）") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        raise UserError(f"{where}: YAML 格式错误：{yaml_problem(exc)}") from None


def _json_depth(value: Any) -> int:
    """Nesting depth of parsed JSON, iteratively (no recursion on hostile input)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DATA_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def validate(raw: Any, source: str, lines: dict[tuple, int] | None = None) -> ReportSpec:
    """Validate parsed data; all errors at once as one :class:`UserError`."""
    return validate_with_warnings(raw, source, lines)[0]


def validate_with_warnings(raw: Any, source: str, lines: Any = None) -> tuple[ReportSpec, list[str]]:
    """:func:`validate`, also returning the located warnings (超编, 到位多于预算 …) for the caller to show."""
    if not isinstance(raw, dict):
        raise UserError(f"{source}: 数据文件的顶层应为键值对象（单位信息、年度、收支情况等）")
    lines = lines or {}
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
    try:
        size = p.stat().st_size
    except OSError:
        raise UserError(f"{path}: 找不到数据文件或无法读取") from None
    limit = max_data_bytes()
    if size > limit:
        raise UserError(f"{path}: 数据文件过大（{size}字节，上限{limit}字节，可用环境变量 JIXIAO_MAX_DATA_BYTES 调整）")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path}: 数据文件应为 UTF-8 编码") from None
    except OSError:
        raise UserError(f"{path}: 无法读取数据文件") from None
    raw = parse_text(text, str(path))
    if form is not None and isinstance(raw, dict):
        found, rule_set = read_forms(Path(form))
        raw = merge_forms(raw, found, rule_set)
    return validate_with_warnings(raw, str(path), _yaml_lines(text))
