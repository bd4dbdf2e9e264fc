"""The drawn architecture, enforced: two pipelines over one core.

gen.core imports nothing of the pipelines; the checker imports only gen.core and
itself; the generator may use the checker (for its self-check) but not batch or
the CLI. Read from the source with ``ast`` so that a late import inside a
function counts as much as one at the top.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

GEN = Path(__file__).resolve().parent.parent / "gen"

# package -> packages it may import (besides itself and the standard library)
ALLOWED = {
    "core": {"core"},
    "check": {"core", "check"},
    "generate": {"core", "generate", "check"},
    "batch": {"core", "generate", "check", "batch"},
    "web": {"core", "generate", "check", "batch", "web"},
}


def _package_of(path: Path) -> str:
    rel = path.relative_to(GEN).parts
    return rel[0] if len(rel) > 1 else "(top)"


def _imports(path: Path) -> list[tuple[int, str]]:
    """Absolute gen.* module names imported by the file, with their lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module_parts = list(path.relative_to(GEN.parent).with_suffix("").parts)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("gen")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module_parts[: len(module_parts) - node.level]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            if name.startswith("gen"):
                targets = [name] if node.module else [f"{name}.{a.name}" for a in node.names]
                found += [(node.lineno, t) for t in targets]
    return found


def _sources() -> list[Path]:
    return sorted(p for p in GEN.rglob("*.py") if "_data" not in p.parts)


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(GEN)))
def test_imports_follow_the_drawn_directions(path: Path) -> None:
    package = _package_of(path)
    if package not in ALLOWED:
        return  # gen/cli.py and gen/__init__.py wire everything together
    for line, name in _imports(path):
        parts = name.split(".")
        if len(parts) < 2 or parts[1] == "__version__":
            continue
        target = parts[1]
        assert target in ALLOWED[package], f"{path.relative_to(GEN)}:{line} imports {name}: {package} may not import {target}"


def test_no_import_cycles_between_packages() -> None:
    edges: dict[str, set[str]] = {}
    for path in _sources():
        package = _package_of(path)
        for _, name in _imports(path):
            parts = name.split(".")
            if len(parts) >= 2 and parts[1] in ALLOWED and parts[1] != package:
                edges.setdefault(package, set()).add(parts[1])
    seen: set[str] = set()

    def visit(node: str, stack: tuple[str, ...]) -> None:
        assert node not in stack, f"import cycle: {' -> '.join(stack + (node,))}"
        if node in seen:
            return
        for nxt in edges.get(node, ()):
            visit(nxt, stack + (node,))
        seen.add(node)

    for node in list(edges):
        visit(node, ())


def test_no_private_name_crosses_a_package_boundary() -> None:
    """What one package uses of another is that package's public name, not its ``_private`` one."""
    crossing = []
    for path in _sources():
        package = _package_of(path)
        for line, name in _imports(path):
            parts = name.split(".")
            if len(parts) >= 3 and parts[1] != package and parts[-1].startswith("_") and not parts[-1].startswith("__"):
                crossing.append(f"{path.relative_to(GEN)}:{line} imports {name}")
    assert not crossing, "; ".join(crossing)


# ------------------------------------------------------------------ size: small modules, short functions

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
LONG_REASON = "# long:"


def _long_functions(path: Path) -> list[str]:
    """Functions over MAX_FUNCTION_LINES (def line to last line) with no ``# long:`` reason beside the def.

    The reason may stand on the line before the def (or its decorators) or on any
    line of the signature up to the first line of the body.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for node in ast.walk(ast.parse("\n".join(lines))):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        length = node.end_lineno - node.lineno + 1
        if length <= MAX_FUNCTION_LINES:
            continue
        first = min([d.lineno for d in node.decorator_list] + [node.lineno])
        near = lines[max(0, first - 2): node.body[0].lineno]
        if not any(LONG_REASON in line for line in near):
            out.append(f"{path.relative_to(GEN)}:{node.lineno} {node.name}() has {length} lines")
    return out


def test_no_module_is_over_the_size_limit() -> None:
    big = [f"{p.relative_to(GEN)} has {n} lines" for p in _sources()
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert not big, f"split by job (over {MAX_MODULE_LINES} lines): " + "; ".join(big)


def test_no_function_is_long_without_a_reason() -> None:
    long = [f for p in _sources() for f in _long_functions(p)]
    assert not long, (f"over {MAX_FUNCTION_LINES} lines: split it, or write why it stays long in a "
                      f"'{LONG_REASON} …' comment beside its def: " + "; ".join(long))


def test_the_size_check_can_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The function check finds a long function and accepts one whose reason is written beside it."""
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))
    (tmp_path / "pkg").mkdir()
    bare = tmp_path / "pkg" / "bare.py"
    bare.write_text("def f():\n" + body, encoding="utf-8")
    reasoned = tmp_path / "pkg" / "reasoned.py"
    reasoned.write_text("# long: one sequence of steps\ndef f():\n" + body, encoding="utf-8")
    after = tmp_path / "pkg" / "after.py"
    after.write_text("def f(\n    a,\n):  # long: wires every option\n" + body, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "GEN", tmp_path)
    assert _long_functions(bare) == [f"{Path('pkg/bare.py')}:1 f() has {MAX_FUNCTION_LINES + 1} lines"]
    assert _long_functions(reasoned) == [] and _long_functions(after) == []


def test_no_module_has_an_invalid_escape() -> None:
    """A pattern quoted in a plain docstring (``\\d``, ``\\1``) is an invalid escape: a warning at every compile, and
    ``\\1`` a control character in the text. Round 36 shipped one in L019's docstring; pytest showed it only as a warning."""
    import warnings

    bad = []
    for path in sorted(GEN.rglob("*.py")):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                compile(path.read_text(encoding="utf-8"), str(path), "exec")
            except (SyntaxError, SyntaxWarning, DeprecationWarning) as exc:
                bad.append(f"{path.relative_to(GEN)}: {exc}")
    assert not bad, bad
