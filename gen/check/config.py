"""Checker settings from ``jixiao.toml`` or ``[tool.jixiao]`` in pyproject.toml.

A review office keeps one configuration beside its reports (which rules it
cares about, how strict each is) instead of repeating options on every run.
The search works like ruff's: from the current folder upward, the first
``jixiao.toml`` (top-level keys) or ``pyproject.toml`` with a ``[tool.jixiao]``
table wins. Every mistake names the file and the key.

Example (pyproject.toml)::

    [tool.jixiao]
    select = ["N", "T001"]
    ignore = ["P003"]
    max_bytes = 10485760
    max_chars = 1000000
    rounding = "half-up"      # or "truncate" (N011)

    [tool.jixiao.severity]
    W001 = "warning"

``glossary = "our-glossary"`` names a folder (relative to the configuration
file) whose glossary files extend or override the built-in ones; see
:mod:`gen.core.glossary_user`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional

from ..core import regex_cache
from ..core.errors import UserError
from ..core.number_style import DEFAULT_STYLE, style_from
from ..core.readfile import read_limited, undecodable_at
from .finding import SEVERITIES, SEVERITY_NAMES
from .read import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from .registry import FAMILIES

# A configuration file is a few lines; a bigger one is not a configuration file.
MAX_CONFIG_BYTES = 1024 * 1024

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_NAME = "jixiao.toml"
PYPROJECT = "pyproject.toml"
# A rule code (N001) or a prefix of one (N, N0): family letter, up to three digits.
_CODE_RE = regex_cache.compile(rf"[{''.join(FAMILIES)}]\d{{0,3}}")
_KEYS = ("select", "ignore", "max_bytes", "max_chars", "severity", "glossary", "rounding", "style")
# How the reports under check print shares: half-up (the standard), or truncated (N011 then accepts it).
ROUNDING = ("half-up", "truncate")


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    severity: Mapping[str, str] = field(default_factory=dict)  # code or prefix -> severity
    path: Optional[Path] = None  # where the settings came from; None for defaults
    max_chars: int = DEFAULT_MAX_CHARS  # longest decoded text checked (analysis cost follows it)
    year: Optional[int] = None  # the reports' year (jixiao check --year); None: read from each text
    glossary: Optional[Path] = None  # the user's glossary folder, resolved against the configuration file
    rounding: str = "half-up"  # or "truncate": how the office's reports print shares (N011)
    # [style]: how `jixiao generate` writes figures (gen.core.number_style); the checker reads every style.
    style: Mapping[str, Any] = field(default_factory=dict)

    def severity_for(self, code: str, default: str) -> str:
        """The configured severity of ``code``: the longest matching code or prefix wins."""
        best = ""
        for key in self.severity:
            if code.startswith(key) and len(key) > len(best):
                best = key
        return self.severity[best] if best else default


def find_config(start: Optional[Path] = None) -> Optional[Path]:
    """The nearest jixiao.toml, or pyproject.toml with [tool.jixiao], from ``start`` upward."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / CONFIG_NAME
        if os.path.lexists(own):  # a FIFO or device named jixiao.toml is reported, not skipped
            return own
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load_config(path: Optional[Path] = None, start: Optional[Path] = None) -> Config:
    """Settings from ``path`` (``--config``), or from the nearest configuration file."""
    if path is None:
        path = find_config(start)
        if path is None:
            return Config()
    elif not Path(path).exists():
        raise UserError(f"{path}：找不到配置文件")
    path = Path(path)
    data = _read_toml(path)
    if path.name == PYPROJECT:
        table = data.get("tool", {}).get("jixiao")
        if table is None:
            raise UserError(f"{path}：没有 [tool.jixiao] 配置节")
        prefix = "tool.jixiao."
    else:
        table = data.get("tool", {}).get("jixiao", data) if set(data) == {"tool"} else data
        prefix = ""
    return _parse(table, path, prefix)


def _has_tool_table(path: Path) -> bool:
    try:
        data = _read_toml(path)
    except UserError:
        return True  # a broken pyproject.toml should be reported, not skipped silently
    return isinstance(data.get("tool"), dict) and "jixiao" in data["tool"]


def _read_toml(path: Path) -> dict[str, Any]:
    data = read_limited(path, MAX_CONFIG_BYTES, what="配置文件")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}：配置文件应为 UTF-8 编码，{undecodable_at(data, exc)}无法按 UTF-8 读取") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}：TOML 格式错误（{exc}）") from None


def _parse(table: Any, path: Path, prefix: str) -> Config:
    if not isinstance(table, dict):
        raise UserError(f"{path}：配置应为键值表")
    problems = []
    for key in table:
        if key not in _KEYS:
            problems.append(f"{path}：不认识的配置项 {prefix}{key}（可用：{', '.join(_KEYS)}）")
    select = _codes(table.get("select", []), path, prefix + "select", problems)
    ignore = _codes(table.get("ignore", []), path, prefix + "ignore", problems)
    max_bytes = table.get("max_bytes", DEFAULT_MAX_BYTES)
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        problems.append(f"{path}：配置项 {prefix}max_bytes 应为正整数（字节数）")
        max_bytes = DEFAULT_MAX_BYTES
    max_chars = table.get("max_chars", DEFAULT_MAX_CHARS)
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0:
        problems.append(f"{path}：配置项 {prefix}max_chars 应为正整数（字符数）")
        max_chars = DEFAULT_MAX_CHARS
    severity: dict[str, str] = {}
    raw_sev = table.get("severity", {})
    if not isinstance(raw_sev, dict):
        problems.append(f"{path}：配置项 {prefix}severity 应为表，如 [{prefix}severity] W001 = \"warning\"")
    else:
        for code, value in raw_sev.items():
            where = f"{prefix}severity.{code}"
            if not _CODE_RE.fullmatch(str(code)):
                problems.append(f"{path}：配置项 {where}：{code} 不是规则代码或前缀")
            elif value not in SEVERITIES:
                names = "、".join(f"{s}（{SEVERITY_NAMES[s]}）" for s in SEVERITIES)
                problems.append(f"{path}：配置项 {where} 的值应为 {names} 之一")
            else:
                severity[str(code)] = value
    glossary = _glossary_folder(table.get("glossary"), path, prefix + "glossary", problems)
    rounding = table.get("rounding", "half-up")
    if rounding not in ROUNDING:
        problems.append(f"{path}：配置项 {prefix}rounding 应为 \"half-up\"（四舍五入）或 \"truncate\"（截断）")
        rounding = "half-up"
    style = table.get("style", {})
    try:
        style_from(DEFAULT_STYLE, style, f"{path}：配置项 {prefix}style")
    except UserError as exc:
        problems.extend(exc.messages)
        style = {}
    if problems:
        raise UserError(problems)
    return Config(select, ignore, max_bytes, severity, path, max_chars, glossary=glossary, rounding=rounding,
                  style=dict(style))


def _glossary_folder(value: Any, path: Path, key: str, problems: list[str]) -> Optional[Path]:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{path}：配置项 {key} 应为文件夹路径（相对于配置文件所在文件夹）")
        return None
    folder = (path.parent / value).resolve()
    if not folder.is_dir():
        problems.append(f"{path}：配置项 {key}：找不到文件夹 {folder}")
        return None
    return folder


def activate_glossary(config: Config) -> None:
    """Lay the configured glossary folder over the built-in one for this process, and prove it now.

    Proving here (not when a rule first asks) makes a broken user entry a
    clear error before any file is checked, instead of a rule skipped midway.
    """
    from ..core import glossary
    from ..core.glossary_user import use_user_glossary, user_file
    from .reduplications import FILE

    use_user_glossary(config.glossary)
    if config.glossary is None:
        return
    glossary.load()
    if user_file(FILE) is not None:
        from .rules.w002_duplicated_word import reduplications

        reduplications()


def _codes(value: Any, path: Path, key: str, problems: list[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{path}：配置项 {key} 应为规则代码列表，如 [\"N\", \"T001\"]")
        return ()
    return parse_codes(value, f"{path}：配置项 {key}", problems)


def parse_codes(values: list[str] | str, where: str, problems: list[str]) -> tuple[str, ...]:
    """Normalise codes or prefixes ("n001, P" -> ("N001", "P")); bad ones go to ``problems``."""
    if isinstance(values, str):
        values = values.split(",")
    out = []
    for raw in values:
        code = raw.strip().upper()
        if not code:
            continue
        if not _CODE_RE.fullmatch(code):
            problems.append(f"{where}：{raw.strip()} 不是规则代码或前缀（如 N001、N、T0）")
        else:
            out.append(code)
    return tuple(out)
