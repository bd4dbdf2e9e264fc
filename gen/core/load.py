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
from .readfile import read_limited, undecodable_at
from .model import ReportSpec
from .thresholds import load_thresholds

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
            _check_keys(node)
        return node

    def construct_yaml_timestamp(self, node: Any) -> Any:
        """A date that does not exist (2023-02-30) is the user's typo, reported at its line."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            raise DataProblem(f"日期“{node.value}”不存在（请检查年、月、日）", node.start_mark) from None

    def construct_yaml_int(self, node: Any) -> Any:
        """An integer beyond Python's conversion limit is refused with its line, not a traceback."""
        if len(node.value) > MAX_NUMBER_DIGITS:
            raise DataProblem(f"数字过长（{len(node.value)} 位，上限 {MAX_NUMBER_DIGITS} 位）", node.start_mark)
        return super().construct_yaml_int(node)


BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", BoundedLoader.construct_yaml_timestamp)
BoundedLoader.add_constructor("tag:yaml.org,2002:int", BoundedLoader.construct_yaml_int)

# No figure in a report has more digits than this; longer ones are typing accidents or attacks.
MAX_NUMBER_DIGITS = 300


class DataProblem(yaml.YAMLError):
    """A problem in a data file's content (not its syntax), already worded in Chinese, with its mark."""

    def __init__(self, problem: str, mark: Any, other: Any = None):
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


def _check_keys(root: Any) -> None:
    """Duplicate keys (the later silently wins in YAML and JSON) and non-text keys are errors.

    Walks the composed node graph iteratively, each node once (aliases too).
    """
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, Any] = {}
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag not in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:merge"):
                    shown = key.value if isinstance(key, yaml.ScalarNode) else "（列表或对象）"
                    raise DataProblem(f"键“{shown}”应为文字（给它加上引号，或检查缩进）", key.start_mark)
                if key.value in first:
                    raise DataProblem(f"键“{key.value}”重复出现（第{first[key.value].line + 1}行与第"
                                      f"{key.start_mark.line + 1}行），请删除或合并其中一处", key.start_mark)
                first[key.value] = key.start_mark
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


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
            raw = json.loads(text, parse_int=_json_int)
        except json.JSONDecodeError as exc:
            raise UserError(f"{source}:{exc.lineno}: JSON 格式错误：{exc.msg}") from None
        except RecursionError:
            raise UserError(f"{source}: JSON 格式错误：嵌套层数过多（上限{MAX_DATA_DEPTH}层）") from None
        except _LongNumber as exc:
            line = text.count("\n", 0, max(text.find(exc.digits), 0)) + 1
            raise UserError(f"{source}:{line}: 数字过长（{len(exc.digits)} 位，上限 {MAX_NUMBER_DIGITS} 位）") from None
        _json_keys(text, source)
        if _json_depth(raw) > MAX_DATA_DEPTH:
            raise UserError(f"{source}: JSON 格式错误：嵌套层数超过{MAX_DATA_DEPTH}层")
        return raw
    try:
        return yaml.load(text, Loader=BoundedLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        raise UserError(f"{source}: YAML 格式错误：嵌套层数过多（上限{MAX_DATA_DEPTH}层）") from None
    except DataProblem as exc:
        raise UserError(f"{source}:{exc.problem_mark.line + 1}: {exc.problem}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        raise UserError(f"{where}: YAML 格式错误：{yaml_problem(exc)}") from None


class _LongNumber(ValueError):
    def __init__(self, digits: str):
        super().__init__(digits)
        self.digits = digits


def _json_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _LongNumber(digits)
    return int(digits)


def _json_keys(text: str, source: str) -> None:
    """Duplicate keys in JSON, located through the YAML composer (JSON is YAML's flow syntax)."""
    try:
        yaml.compose(text, Loader=BoundedLoader)
    except DataProblem as exc:
        raise UserError(f"{source}:{exc.problem_mark.line + 1}: {exc.problem}") from None
    except (yaml.YAMLError, RecursionError):
        pairs_seen: list[str] = []

        def hook(pairs: list) -> dict:
            keys = [k for k, _ in pairs]
            dup = next((k for i, k in enumerate(keys) if k in keys[:i]), None)
            if dup is not None:
                pairs_seen.append(dup)
            return dict(pairs)

        json.loads(text, object_pairs_hook=hook, parse_int=_json_int)
        if pairs_seen:
            raise UserError(f"{source}: 键“{pairs_seen[0]}”重复出现，请删除或合并其中一处") from None


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
