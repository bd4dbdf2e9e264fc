"""The input workbook: layout round trip, Chinese errors with sheet/row/column, init."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gen.batch.init_workbook import EXAMPLE_KEY, example_bureau, init_workbook
from gen.batch.synthetic import synthetic_bureau
from gen.batch.workbook import SHEETS, read_workbook
from gen.batch.workbook_write import LISTS_SHEET, write_workbook
from gen.core.errors import UserError
from gen.core.load import validate


def _specs(path: Path) -> dict:
    bureaus, orphans = read_workbook(path)
    assert orphans == []
    out = {}
    for b in bureaus:
        assert b.errors == []
        out[b.key] = validate(b.raw, path.name, b.where)
    return out


def test_round_trip_keeps_every_field(tmp_path):
    data = {f"S{i}": synthetic_bureau(i) for i in range(7)}
    data["B001"] = example_bureau()
    path = tmp_path / "b.xlsx"
    write_workbook(path, data.items())
    specs = _specs(path)
    assert list(specs) == list(data)
    for key, raw in data.items():
        assert specs[key] == validate(raw, key)


def test_text_lists_tasks_and_metrics_keep_their_order(tmp_path):
    raw = example_bureau()
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("K1", raw)])
    spec = _specs(path)["K1"]
    assert list(spec.duties) == raw["duties"]
    assert spec.bureau.internal_units == ["办公室", "医政医管科", "疾病预防控制科"]
    assert spec.tasks[0].metrics[0].actual == Decimal(52310)


def _break(path: Path, sheet: str, header: str, value, row: int = 2) -> None:
    wb = load_workbook(path)
    ws = wb[sheet]
    col = [c.value for c in ws[1]].index(header) + 1
    ws.cell(row=row, column=col).value = value  # (ws.cell(value=None) would leave the cell as it was)
    wb.save(path)


def test_bad_cell_names_sheet_row_and_column_in_chinese(tmp_path):
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("A1", synthetic_bureau(0)), ("A2", synthetic_bureau(1))])
    _break(path, "收支情况", "本年收入", "很多", row=3)
    bureaus, _ = read_workbook(path)
    assert bureaus[0].errors == []
    assert bureaus[1].errors == ["收支情况 第3行 B列（本年收入）：应为数字（不要带单位或文字）"]


def test_validation_errors_point_at_the_cell(tmp_path):
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("A1", synthetic_bureau(0))])
    _break(path, "收支情况", "本年收入", -5)
    b = read_workbook(path)[0][0]
    with pytest.raises(UserError) as exc:
        validate(b.raw, path.name, b.where)
    assert any("收支情况 第2行 B列（本年收入）" in m and "不能为负数" in m for m in exc.value.messages)


def test_choice_and_required_cells(tmp_path):
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("A1", synthetic_bureau(0))])
    _break(path, "绩效指标", "一级指标", "其他指标")
    _break(path, "单位信息", "年度", None)
    errors = read_workbook(path)[0][0].errors
    assert "单位信息 第2行 E列（年度）：必填，不能为空" in errors
    assert any(e.startswith("绩效指标 第2行 B列（一级指标）：应为以下之一") for e in errors)


def test_rows_of_unknown_bureaus_and_duplicate_keys_are_reported(tmp_path):
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("A1", synthetic_bureau(0)), ("A2", synthetic_bureau(1))])
    _break(path, "人员编制", "单位编号", "ZZ")
    _break(path, "单位信息", "单位编号", "A1", row=3)
    bureaus, orphans = read_workbook(path)
    assert [b.key for b in bureaus] == ["A1"]
    assert any("第3行" in e and "重复" in e for e in bureaus[0].errors)
    assert any(o.startswith("人员编制 第2行 A列（单位编号）：单位编号“ZZ”不在“单位信息”表中") for o in orphans)


def test_unusable_workbooks_raise_user_errors(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(UserError, match="无法读取 Excel 工作簿"):
        read_workbook(bad)
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("A1", synthetic_bureau(0))])
    wb = load_workbook(path)
    wb["收支情况"].cell(row=1, column=30, value="奇怪的列")
    wb.save(path)
    with pytest.raises(UserError, match="不认识的表头“奇怪的列”"):
        read_workbook(path)
    del wb["单位信息"]
    wb.save(path)
    with pytest.raises(UserError, match="缺少工作表“单位信息”"):
        read_workbook(path)


def test_init_writes_every_sheet_with_drop_downs_and_a_valid_example(tmp_path):
    path = tmp_path / "new.xlsx"
    init_workbook(path)
    wb = load_workbook(path)
    assert [s.name for s in SHEETS] == wb.sheetnames[1:-1] and wb.sheetnames[-1] == LISTS_SHEET
    sources = [dv.formula1 for dv in wb["绩效指标"].data_validations.dataValidation]
    offered = []
    for source in sources:  # '下拉选项'!$C$1:$C$3: a column of the hidden sheet
        col, first, last = re.fullmatch(r"'.+'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)", source).groups()
        offered += [wb[LISTS_SHEET][f"{col}{r}"].value for r in range(int(first), int(last) + 1)]
    assert "产出指标" in offered
    assert wb["收支情况"]["B1"].comment.text.endswith("单位：万元，保留两位小数")
    specs = _specs(path)
    assert list(specs) == [EXAMPLE_KEY]
    with pytest.raises(UserError, match="已存在"):
        init_workbook(path)
    init_workbook(path, force=True)


def test_reading_streams_one_bureau_at_a_time_and_removes_its_index(tmp_path):
    import gc
    import weakref

    from gen.batch.workbook import WorkbookIndex

    path = tmp_path / "b.xlsx"
    write_workbook(path, [(f"K{i}", synthetic_bureau(i)) for i in range(8)])
    def raw_dicts() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if type(o) is dict and "finance" in o and "bureau" in o)

    refs: list = []
    most = 0
    before = raw_dicts()
    with WorkbookIndex(path) as index:
        db = Path(index.db_path)
        assert db.is_file() and len(index) == 8
        keys = []
        for b in index.bureaus():
            refs.append(weakref.ref(b))
            most = max(most, sum(r() is not None for r in refs), raw_dicts() - before)
            keys.append(b.key)
            assert b.errors == [] and b.raw["bureau"]["name"] == b.name
    assert keys == [f"K{i}" for i in range(8)]
    assert most <= 2  # never every bureau at once
    assert not db.exists() and not db.parent.exists()


def test_cell_locations_are_compact_and_formatted_on_lookup(tmp_path):
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("A1", synthetic_bureau(0))])
    b = read_workbook(path)[0][0]
    assert b.where[("finance", "income")] == "收支情况 第2行 B列（本年收入）"
    assert b.where[("tasks", 0)] == "重点任务 第2行"
    assert b.where[("tasks", 0, "metrics", 0, "target")].startswith("任务指标 第2行 ")
    assert ("finance", "income") in b.where and ("nothing",) not in b.where
    stored = b.where._locs[("finance", "income")]
    assert stored == ("收支情况", 2, 1, "本年收入")  # a tuple, not the text


def test_duplicate_rows_blank_keys_and_orphans_keep_sheet_row_order(tmp_path):
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("A1", synthetic_bureau(0)), ("A2", synthetic_bureau(1))])
    _break(path, "收支情况", "单位编号", "A1", row=3)  # A1 twice on a one-row sheet
    _break(path, "自评结果", "单位编号", "ZZ", row=3)
    _break(path, "人员编制", "单位编号", None, row=2)
    _break(path, "人员编制", "核定编制人数", 5, row=2)
    bureaus, orphans = read_workbook(path)
    a1, a2 = bureaus
    assert a1.errors == ["收支情况 第3行：单位编号“A1”在本表中重复（第2行已填写）"]
    assert a2.raw.get("finance") is None and a2.errors == []
    assert orphans == ["人员编制 第2行 A列（单位编号）：不能为空",
                       "自评结果 第3行 A列（单位编号）：单位编号“ZZ”不在“单位信息”表中"]


def test_number_style_per_bureau_round_trips_and_a_bad_value_names_its_cell(tmp_path):
    """A workbook carries each bureau's ``style:`` block (thousands separator, decimals), read by the model's parser."""
    from gen.batch.layout import SHEETS_BY_NAME

    styled = example_bureau()
    styled["style"] = {"thousands_separator": True, "amount_decimals": "keep", "percent_decimals": "whole"}
    plain = synthetic_bureau(1)
    plain["style"] = {"thousands_separator": False}  # an explicit "否" overrides an outline that separates
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("A1", styled), ("A2", plain), ("A3", synthetic_bureau(2))])
    specs = _specs(path)
    assert specs["A1"].style.model_dump() == styled["style"]
    assert specs["A2"].style.thousands_separator is False and specs["A2"].style.amount_decimals is None
    assert specs["A3"].style.model_dump(exclude_none=True) == {}
    headers = [c.header for c in SHEETS_BY_NAME["单位信息"].columns]
    col = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[headers.index("金额小数") + 1]  # after the 单位编号 column
    _break(path, "单位信息", "金额小数", "两位小数", row=3)
    _break(path, "单位信息", "千分位分隔符", "要", row=4)
    bureaus, _ = read_workbook(path)
    assert bureaus[0].errors == []
    assert bureaus[1].errors == [f"单位信息 第3行 {col}列（金额小数）：应为以下之一：keep、whole、strip"]
    assert bureaus[2].errors[0].endswith("列（千分位分隔符）：应为“是”或“否”")
