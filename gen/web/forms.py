"""A form for the common fields, generated from the data file's JSON Schema.

Why from the schema: a field added to the model appears in the form with its
Chinese title and description, and nothing here has to change. Scalars become
inputs, enumerations selects, lists of text a text area (one item per line);
nested objects become groups. Lists of objects (tasks, indicators, projects,
fund sources) need a table and are left to the data file or workbook. The
form's values are validated by the loader itself, so its messages are the
CLI's; each message is placed next to the field whose path it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

# Chosen by the options above the form, not typed in it.
OPTION_FIELDS = ("kind", "profile")
FORM_SOURCE = "表单"
_FIELD_IN_MESSAGE = re.compile(r"字段 ([A-Za-z_][A-Za-z0-9_]*(?:(?:\.[A-Za-z_][A-Za-z0-9_]*)|\[\d+\])*)")


@dataclass(frozen=True)
class FormField:
    path: str  # dotted data path, also the form field's name
    title: str
    description: str = ""
    widget: str = "text"  # text, number, integer, date, select, lines, textarea
    options: tuple[str, ...] = ()
    required: bool = False


@dataclass
class FormGroup:
    path: str
    title: str
    fields: list[FormField] = field(default_factory=list)


def _resolve(schema: dict, node: dict) -> dict:
    ref = node.get("$ref")
    if ref:
        return _resolve(schema, schema["$defs"][ref.rsplit("/", 1)[-1]])
    variants = [v for v in node.get("anyOf", ()) if v.get("type") != "null"]
    # pydantic writes a Decimal as "number or string": it is a number to the user
    numbers = [v for v in variants if v.get("type") == "number"]
    if len(variants) == 1 or (numbers and all(v.get("type") in ("number", "string") for v in variants)):
        return {**node, **_resolve(schema, (numbers or variants)[0])}
    return node


def _widget(node: dict, top: bool) -> Optional[tuple[str, tuple[str, ...]]]:
    if "enum" in node:
        return "select", tuple(str(v) for v in node["enum"])
    kind = node.get("type")
    if kind == "integer":
        return "integer", ()
    if kind == "number" or (kind == "string" and node.get("format") == "decimal"):
        return "number", ()
    if kind == "string" and node.get("format") == "date":
        return "date", ()
    if kind == "string":
        return ("textarea" if top else "text"), ()  # top-level texts are the narrative paragraphs
    if kind == "array" and _resolve({}, node.get("items", {})).get("type") == "string":
        return "lines", ()
    return None


def groups_from_schema(schema: dict) -> list[FormGroup]:
    """The form's groups: top-level scalars first ("基本信息"), then one group per nested object."""
    top = FormGroup("", "基本信息")
    out: list[FormGroup] = [top]
    _walk(schema, schema, "", top, out)
    return [g for g in out if g.fields]


def _walk(schema: dict, node: dict, prefix: str, group: FormGroup, out: list[FormGroup]) -> None:
    required = set(node.get("required", ()))
    for name, raw in node.get("properties", {}).items():
        if not prefix and name in OPTION_FIELDS:
            continue
        path = f"{prefix}.{name}" if prefix else name
        prop = _resolve(schema, raw)
        title = raw.get("title") or prop.get("title") or name
        if prop.get("type") == "object" and "properties" in prop:
            sub = FormGroup(path, title)
            out.append(sub)
            _walk(schema, prop, path, sub, out)
            continue
        if prop.get("type") == "array" and "items" in prop:
            items = _resolve(schema, prop["items"])
            if items.get("type") != "string":
                continue  # a list of objects: filled in the data file or the workbook
            prop = {**prop, "items": items}
        widget = _widget(prop, top=not prefix)
        if widget is None:
            continue
        group.fields.append(FormField(path, title, raw.get("description") or prop.get("description") or "",
                                      widget[0], widget[1], name in required))


def data_from_form(groups: Iterable[FormGroup], values: dict[str, str]) -> dict:
    """Nested data from the submitted values; empty fields are left out, lists split by line."""
    data: dict[str, Any] = {}
    for group in groups:
        for f in group.fields:
            raw = (values.get(f.path) or "").strip()
            if not raw:
                continue
            value: Any = [line.strip() for line in raw.splitlines() if line.strip()] if f.widget == "lines" else raw
            _set(data, f.path, value)
    return data


def _set(data: dict, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value


def place_errors(messages: Iterable[str], known: Iterable[str]) -> tuple[dict[str, list[str]], list[str]]:
    """Messages by the form field (or group) they name; the rest for the top of the page.

    A message naming ``finance.income`` goes to that field; one naming a
    list item (``duties[2]``) to the list; one naming a group (``staffing``)
    to the group's heading.
    """
    known = set(known)
    by_field: dict[str, list[str]] = {}
    general: list[str] = []
    for message in messages:
        placed = False
        for match in _FIELD_IN_MESSAGE.finditer(message):
            path = re.sub(r"\[\d+\]", "", match.group(1))
            while path and path not in known:
                path = path.rpartition(".")[0]
            if path:
                by_field.setdefault(path, []).append(message)
                placed = True
                break
        if not placed:
            general.append(message)
    return by_field, general


_KIND_NAMES = {"integer": "整数", "number": "数字", "string": "文字", "boolean": "是/否", "date": "日期"}


def schema_rows(schema: dict) -> list[tuple[str, str, str, str]]:
    """Every field of the data format as (path, title, kind, description), for the help page.

    Lists of objects are shown as ``tasks[].name``: one row per field of an item.
    """
    rows: list[tuple[str, str, str, str]] = []

    def walk(node: dict, prefix: str) -> None:
        for name, raw in node.get("properties", {}).items():
            prop = _resolve(schema, raw)
            path = f"{prefix}.{name}" if prefix else name
            title = raw.get("title") or prop.get("title") or name
            desc = raw.get("description") or prop.get("description") or ""
            if prop.get("type") == "object" and "properties" in prop:
                walk(prop, path)
            elif prop.get("type") == "array":
                items = _resolve(schema, prop.get("items", {}))
                if items.get("type") == "object":
                    rows.append((path + "[]", title, "列表（每项含下列字段）", desc))
                    walk(items, path + "[]")
                else:
                    rows.append((path, title, "文字列表", desc))
            else:
                kind = "日期" if prop.get("format") == "date" else _KIND_NAMES.get(prop.get("type", ""), "")
                if "enum" in prop:
                    kind = "取值：" + "、".join(str(v) for v in prop["enum"])
                rows.append((path, title, kind, desc))

    walk(schema, "")
    return rows
