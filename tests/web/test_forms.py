"""The form is generated from a JSON Schema: a new field in the model appears by itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, Field

from gen.web.forms import data_from_form, groups_from_schema, place_errors, schema_rows


class Item(BaseModel):
    name: str = Field(title="名称")


class Money(BaseModel):
    income: Optional[Decimal] = Field(None, title="收入")
    staff: Optional[int] = Field(None, title="人数")
    when: Optional[dt.date] = Field(None, title="日期")


class Spec(BaseModel):
    kind: str = "a"  # chosen above the form
    name: str = Field(title="单位", description="全称")
    level: Literal["高", "低"] = Field("高", title="级别")
    notes: list[str] = Field(default_factory=list, title="备注")
    money: Money = Field(default_factory=Money, title="资金")
    items: list[Item] = Field(default_factory=list, title="条目")


def test_widgets_follow_the_schema_and_tables_are_left_to_files():
    groups = groups_from_schema(Spec.model_json_schema())
    fields = {f.path: f for g in groups for f in g.fields}
    assert [g.title for g in groups] == ["基本信息", "资金"]
    assert fields["name"].widget == "textarea" and fields["name"].required and fields["name"].description == "全称"
    assert fields["level"].widget == "select" and fields["level"].options == ("高", "低")
    assert fields["notes"].widget == "lines"
    assert fields["money.income"].widget == "number"
    assert fields["money.staff"].widget == "integer"
    assert fields["money.when"].widget == "date"
    assert "kind" not in fields and not any(p.startswith("items") for p in fields)


def test_values_become_nested_data_and_empty_fields_are_left_out():
    groups = groups_from_schema(Spec.model_json_schema())
    data = data_from_form(groups, {"name": " 某局 ", "notes": "一\n\n二\n", "money.income": "12.5", "money.staff": ""})
    assert data == {"name": "某局", "notes": ["一", "二"], "money": {"income": "12.5"}}
    assert Spec.model_validate(data).money.income == Decimal("12.5")


def test_messages_go_to_the_field_or_group_they_name():
    known = ["name", "money", "money.income", "notes"]
    by_field, general = place_errors([
        "表单: 字段 money.income（收入）：应为数字",
        "表单: 字段 notes[1]（备注）：不能为空",
        "表单: 字段 money.extra.deep（x）：不认识的字段",
        "表单: 数据文件的顶层应为键值对象",
    ], known)
    assert by_field["money.income"] == ["表单: 字段 money.income（收入）：应为数字"]
    assert by_field["notes"] == ["表单: 字段 notes[1]（备注）：不能为空"]
    assert by_field["money"] == ["表单: 字段 money.extra.deep（x）：不认识的字段"]
    assert general == ["表单: 数据文件的顶层应为键值对象"]


def test_help_rows_cover_lists_of_objects():
    rows = {r[0]: r for r in schema_rows(Spec.model_json_schema())}
    assert rows["items[]"][2].startswith("列表") and "items[].name" in rows
    assert rows["level"][2] == "取值：高、低"
