"""Parsing a data file's text (YAML or JSON) safely, with every problem located.

The parsing layer under :mod:`gen.core.load`: alias bombs, deep nesting,
duplicate keys, non-text keys, impossible dates and integers too long to
convert are refused with the line, before any value reaches the model.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from .datafile import keep_built
from .errors import UserError

# YAML aliases can make a tiny file expand to billions of values ("billion laughs"),
# and deep nesting exhausts the recursion of the composer and of pydantic. A real
# data file has a few thousand values and a depth below ten.
MAX_DATA_NODES = 200_000
MAX_DATA_DEPTH = 50

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
# YAML 1.1 reads a plain "=" as its "value" key, which SafeLoader cannot construct: a metric's
# ``comparator: =`` (the form the README gives for ≥ and ≤ too) is the text "=", not a syntax error.
BoundedLoader.add_constructor("tag:yaml.org,2002:value", BoundedLoader.construct_yaml_str)

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


def parses_cleanly(text: str) -> bool:
    """True when the YAML ``text`` certainly passes :func:`parse_text`, proved through libyaml.

    For the project's own data files, proved at every start of a command: the
    pure-Python parser that locates problems costs a tenth of a second there.
    libyaml composes the nodes, and the checks of :class:`BoundedLoader` run on
    them (keys, expanded size, depth, long integers, constructible values).
    False means "not proved": call :func:`parse_text` for the located message.
    Not for untrusted input: libyaml's composer recurses in C before any depth check.
    """
    loader_class = getattr(yaml, "CSafeLoader", None)
    if loader_class is None:
        return False
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        if root is not None:
            proved = _tree_proof(root)
            if proved is None:  # a node reached twice (an alias): the three walks, each knowing how to count it
                _check_expanded_size(root)
                _check_keys(root)
                proved = _shallow_and_short(root)
            if not proved:
                return False
        keep_built(text, None if root is None else loader.construct_document(root))
    except Exception:  # any problem at all: the located message comes from parse_text
        return False
    finally:
        loader.dispose()
    return True


def _tree_proof(root: Any) -> Any:
    """The verdict of the expanded size, the keys and :func:`_shallow_and_short` in one walk, for a node graph
    that is a tree (every file of the project's data: no alias); None as soon as a node is reached twice.

    In a tree the expanded size is the number of nodes and a node's depth is its one path's, so the three
    walks' answers need no memo: one visit per node. (Three walks cost a cold start ~20 ms over the bundled
    glossary's 42 files; this one about half.)
    """
    seen: set[int] = set()
    stack = [(root, 1)]
    count = 0
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            return None
        seen.add(id(node))
        count += 1
        if depth >= MAX_DATA_DEPTH or count > MAX_DATA_NODES or _long_int(node):
            return False
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key, _ in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag not in _KEY_TAGS or key.value in keys:
                    return False
                keys.add(key.value)
        stack.extend((child, depth + 1) for child in _children(node))
    return True


def _long_int(node: Any) -> bool:
    """An integer scalar longer than BoundedLoader allows."""
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:int" \
        and len(node.value) > MAX_NUMBER_DIGITS


def _children(node: Any) -> Any:
    """A node's children in document order: a sequence's items, a mapping's keys and values; a scalar has none."""
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [child for pair in node.value for child in pair]
    return ()


_KEY_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:merge")


def _shallow_and_short(root: Any) -> bool:
    """No node deeper than BoundedLoader allows and no integer longer than it allows (nodes visited once)."""
    seen: set[int] = set()
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth >= MAX_DATA_DEPTH:
            return False
        if id(node) in seen:
            continue
        seen.add(id(node))
        if _long_int(node):
            return False
        stack.extend((child, depth + 1) for child in _children(node))
    return True


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
