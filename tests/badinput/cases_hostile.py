"""More of the bad-input corpus: the hostile classes of issue 11, through the same harness.

Special files (FIFOs, devices, symlinks to /dev/zero) are made at test time;
every case must end with its Chinese message, its location and its exit code,
never a hang, a traceback or a file of the user's lost.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path

from tests.badinput.cases import GOOD, _docx_bytes, _folder_batch, _rezip, _workbook, _write, case, good_data

# ------------------------------------------------------------------ data files: duplicate keys


@case("yaml_duplicate_top_key", "generate", "dup.yaml:", "“year”重复", "第1行")
def _(d):
    return [str(_write(d, "dup.yaml", "year: 2021\n" + GOOD))]


@case("yaml_duplicate_nested_key", "generate", "dupn.yaml:", "“income”重复")
def _(d):
    return [str(_write(d, "dupn.yaml", GOOD.replace("  income: 1200.50\n", "  income: 1200.50\n  income: 1300\n")))]


@case("yaml_duplicate_key_in_list_item", "generate", "dupl.yaml:", "“name”重复")
def _(d):
    return [str(_write(d, "dupl.yaml", GOOD + "tasks:\n  - name: 免疫规划\n    name: 妇幼保健\n"))]


@case("yaml_duplicate_key_flow_mapping", "generate", "dupf.yaml:", "“province”重复")
def _(d):
    return [str(_write(d, "dupf.yaml", GOOD.replace("{province: 示例省,", "{province: 示例省, province: 乙省,")))]


@case("json_duplicate_top_key", "generate", "dup.json:", "“year”重复")
def _(d):
    text = json.dumps(good_data(), ensure_ascii=False, indent=1)
    return [str(_write(d, "dup.json", text.replace('"year": 2022,', '"year": 2022,\n "year": 2021,')))]


@case("json_duplicate_nested_key", "generate", "dupn.json:", "“score”重复")
def _(d):
    text = json.dumps(good_data(), ensure_ascii=False, indent=1)
    return [str(_write(d, "dupn.json", text.replace('"score": 92.5', '"score": 92.5, "score": 10')))]


# ------------------------------------------------------------------ dates, integers, keys, text


for _n, _date in enumerate(("2023-02-30", "2023-13-01", "2022-02-29", "2023-04-31", "2023-00-10", "2023-06-00")):
    def _impossible(d, _date=_date, _n=_n):
        return [str(_write(d, f"date{_n}.yaml", GOOD + f"disclosure:\n  final_accounts_date: {_date}\n"))]

    case(f"impossible_date_unquoted_{_n}", "generate", f"date{_n}.yaml:12", _date, "不存在")(_impossible)


@case("datetime_in_date_field_yaml", "generate", "dt.yaml:12", "disclosure.budget_date", "不能带时间")
def _(d):
    return [str(_write(d, "dt.yaml", GOOD + "disclosure:\n  budget_date: 2023-03-09 10:30:00\n"))]


@case("datetime_in_date_field_json", "generate", "dt.json", "disclosure.budget_date", "不能带时间")
def _(d):
    data = good_data()
    data["disclosure"] = {"budget_date": "2023-03-09T10:30:00"}
    return [str(_write(d, "dt.json", json.dumps(data, ensure_ascii=False)))]


@case("yaml_integer_5000_digits", "generate", "long.yaml:3", "数字过长", "5000")
def _(d):
    return [str(_write(d, "long.yaml", GOOD.replace("year: 2022", "year: " + "9" * 5000)))]


@case("yaml_negative_integer_5000_digits", "generate", "neg.yaml:", "数字过长")
def _(d):
    return [str(_write(d, "neg.yaml", GOOD.replace("income: 1200.50", "income: -" + "1" * 5000)))]


@case("json_integer_5000_digits", "generate", "long.json:", "数字过长")
def _(d):
    text = json.dumps(good_data(), ensure_ascii=False, indent=1).replace('"year": 2022', '"year": ' + "7" * 5000)
    return [str(_write(d, "long.json", text))]


@case("json_integer_5000_digits_nested", "generate", "longn.json:", "数字过长")
def _(d):
    text = json.dumps(good_data(), ensure_ascii=False, indent=1).replace('"score": 92.5', '"score": ' + "3" * 5000)
    return [str(_write(d, "longn.json", text))]


for _n, _key in enumerate(("2022", "true", "~", "3.5", "[a, b]")):
    def _nonstring(d, _key=_key, _n=_n):
        return [str(_write(d, f"key{_n}.yaml", GOOD + f"{_key}: 值\n"))]

    case(f"yaml_non_string_key_{_n}", "generate", f"key{_n}.yaml:11", "应为文字")(_nonstring)


@case("yaml_non_string_nested_key", "generate", "keyn.yaml:9", "“1”应为文字")
def _(d):
    return [str(_write(d, "keyn.yaml", GOOD.replace("  income: 1200.50\n", "  income: 1200.50\n  1: 2\n")))]


@case("yaml_lone_surrogate_value", "generate", "sur.yaml:5", "bureau.name", "无效字符")
def _(d):
    return [str(_write(d, "sur.yaml", GOOD.replace("name: 示例市示例区卫生健康局", 'name: "示例\\ud800局"')))]


@case("yaml_lone_surrogate_in_list", "generate", "surl.yaml:", "duties[1]", "无效字符")
def _(d):
    return [str(_write(d, "surl.yaml", GOOD + 'duties: ["职能", "\\udfff"]\n'))]


@case("json_lone_surrogate_value", "generate", "sur.json", "bureau.name", "无效字符")
def _(d):
    text = json.dumps(good_data(), ensure_ascii=False).replace("示例市示例区卫生健康局", "示例\\ud83d局")
    return [str(_write(d, "sur.json", text))]


@case("json_lone_surrogate_key", "generate", "surk.json", "无效字符")
def _(d):
    text = json.dumps(good_data(), ensure_ascii=False)[:-1] + ', "\\udc00x": 1}'
    return [str(_write(d, "surk.json", text))]


# ------------------------------------------------------------------ data files: stray bytes and special files


@case("data_stray_byte_located", "generate", "stray.yaml", "UTF-8", "第5行第12列", "0xFF")
def _(d):
    data = GOOD.encode("utf-8").replace("示例市示例区".encode("utf-8"), "示例市".encode("utf-8") + b"\xff" + "示例区".encode("utf-8"), 1)
    return [str(_write(d, "stray.yaml", data))]


@case("data_truncated_utf8_char", "generate", "cut.yaml", "第11行")
def _(d):
    return [str(_write(d, "cut.yaml", GOOD.encode("utf-8") + "注".encode("utf-8")[:2]))]


@case("data_fifo", "generate", "pipe.yaml", "命名管道")
def _(d):
    os.mkfifo(d / "pipe.yaml")  # nobody writes: opening it for reading must not hang
    return [str(d / "pipe.yaml")]


@case("data_symlink_to_dev_zero", "generate", "zero.yaml", "字符设备")
def _(d):
    os.symlink("/dev/zero", d / "zero.yaml")  # endless: its stat size is 0
    return [str(d / "zero.yaml")]


@case("data_dev_null", "generate", "/dev/null", "字符设备")
def _(d):
    return ["/dev/null"]


@case("data_socket", "generate", "sock.yaml", "套接字")
def _(d):
    import socket

    s = socket.socket(socket.AF_UNIX)
    s.bind(str(d / "sock.yaml"))
    s.close()
    return [str(d / "sock.yaml")]


@case("data_dangling_symlink", "generate", "gone.yaml", "找不到")
def _(d):
    os.symlink(d / "nowhere.yaml", d / "gone.yaml")
    return [str(d / "gone.yaml")]


@case("data_symlink_loop", "generate", "loop1.yaml", "符号链接")
def _(d):
    os.symlink(d / "loop2.yaml", d / "loop1.yaml")
    os.symlink(d / "loop1.yaml", d / "loop2.yaml")
    return [str(d / "loop1.yaml")]


# ------------------------------------------------------------------ check: special files, encodings, config


@case("check_fifo", "check", "pipe.txt", "命名管道")
def _(d):
    os.mkfifo(d / "pipe.txt")
    return [str(d / "pipe.txt")]


@case("check_symlink_to_dev_zero_txt", "check", "zero.txt", "字符设备")
def _(d):
    os.symlink("/dev/zero", d / "zero.txt")
    return [str(d / "zero.txt")]


@case("check_symlink_to_dev_zero_docx", "check", "zero.docx", "字符设备")
def _(d):
    os.symlink("/dev/zero", d / "zero.docx")
    return [str(d / "zero.docx")]


@case("check_dev_null", "check", "/dev/null", "字符设备")
def _(d):
    return ["/dev/null"]


@case("check_socket", "check", "sock.md", "套接字")
def _(d):
    import socket

    s = socket.socket(socket.AF_UNIX)
    s.bind(str(d / "sock.md"))
    s.close()
    return [str(d / "sock.md")]


@case("check_folder_with_fifo_only", "check", "pipe.txt", "不是普通文件")
def _(d):
    folder = d / "reports"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    return [str(folder)]


@case("check_folder_with_dev_zero_link_only", "check", "zero.md", "不是普通文件")
def _(d):
    folder = d / "reports"
    (folder / "sub").mkdir(parents=True)
    os.symlink("/dev/zero", folder / "sub" / "zero.md")
    return [str(folder)]


for _n, (_before, _after, _where) in enumerate((
    ("", "我局收入100万元。", "第1行第1列"),
    ("我局收入100万元。\n支出", "90万元。", "第2行第3列"),
    ("我局收入100万元。\n\n\n", "", "第4行第1列"),
    ("abc", "我局收入100万元。", "第1行第4列"),
)):
    def _stray(d, _before=_before, _after=_after, _n=_n):
        return [str(_write(d, f"stray{_n}.txt", _before.encode("utf-8") + b"\xfe" + _after.encode("utf-8")))]

    case(f"check_stray_byte_{_n}", "check", f"stray{_n}.txt", _where, "0xFE")(_stray)


@case("check_two_stray_bytes", "check", "two.txt", "第1行第5列")
def _(d):
    return [str(_write(d, "two.txt", "我局收入".encode("utf-8") + b"\x80" + "100万元。".encode("utf-8") + b"\xc0"))]


@case("config_gbk", "check", "jixiao.toml", "UTF-8", "第1行")
def _(d):
    _write(d, "jixiao.toml", "# 检查配置\nmax_chars = 1000\n".encode("gbk"))
    return [str(_write(d, "ok.txt", "我局收入100万元。\n"))]


@case("config_gbk_given", "check", "cfg.toml", "UTF-8", "第2行")
def _(d):
    _write(d, "cfg.toml", b"max_chars = 1000\n# " + "注释".encode("gbk") + b"\n")
    return [str(_write(d, "ok.txt", "我局收入100万元。\n")), "--config", str(d / "cfg.toml")]


@case("config_fifo", "check", "fifo.toml", "命名管道")
def _(d):
    os.mkfifo(d / "fifo.toml")
    return [str(_write(d, "ok.txt", "我局收入100万元。\n")), "--config", str(d / "fifo.toml")]


@case("config_dev_zero", "check", "zero.toml", "字符设备")
def _(d):
    os.symlink("/dev/zero", d / "zero.toml")
    return [str(_write(d, "ok.txt", "我局收入100万元。\n")), "--config", str(d / "zero.toml")]


@case("config_too_big", "check", "big.toml", "过大")
def _(d):
    _write(d, "big.toml", "# " + "x" * (2 * 1024 * 1024) + "\n")
    return [str(_write(d, "ok.txt", "我局收入100万元。\n")), "--config", str(d / "big.toml")]


@case("check_data_duplicate_key", "check", "data.yaml:", "重复")
def _(d):
    data = _write(d, "data.yaml", "year: 2021\n" + GOOD)
    return [str(_write(d, "ok.txt", "我局收入100万元。\n")), "--data", str(data)]


@case("check_data_impossible_date", "check", "data.yaml:12", "不存在")
def _(d):
    data = _write(d, "data.yaml", GOOD + "disclosure:\n  budget_date: 2023-02-30\n")
    return [str(_write(d, "ok.txt", "我局收入100万元。\n")), "--data", str(data)]


@case("check_data_fifo", "check", "data.yaml", "命名管道")
def _(d):
    os.mkfifo(d / "data.yaml")
    return [str(_write(d, "ok.txt", "我局收入100万元。\n")), "--data", str(d / "data.yaml")]


def _with_notes(notes_xml: bytes, data: bytes | None = None) -> bytes:
    """A .docx (``data``, or a plain one) with a footnotes part, declared in the content types and relations."""
    data = data if data is not None else _docx_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        types = zf.read("[Content_Types].xml").decode("utf-8")
        rels = zf.read("word/_rels/document.xml.rels").decode("utf-8")
    types = types.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    out = _rezip(data, {"[Content_Types].xml": types.encode(), "word/_rels/document.xml.rels": rels.encode()})
    buf = io.BytesIO(out)
    with zipfile.ZipFile(buf, "a") as zf:
        zf.writestr("word/footnotes.xml", notes_xml)
    return buf.getvalue()


@case("docx_corrupt_footnotes_part", "check", "notes.docx", "word/footnotes.xml", "损坏")
def _(d):
    return [str(_write(d, "notes.docx", _with_notes(b"<w:footnotes><w:footnote>")))]


@case("docx_fifo", "check", "pipe.docx", "命名管道")
def _(d):
    os.mkfifo(d / "pipe.docx")
    return [str(d / "pipe.docx")]


# ------------------------------------------------------------------ workbooks: corrupt parts (exit 2, the part named)


def _good_workbook_bytes(d: Path) -> bytes:
    from gen.batch.workbook_write import write_workbook

    path = d / "_whole.xlsx"
    write_workbook(path, [("G1", good_data())])
    data = path.read_bytes()
    path.unlink()
    return data


def _sheet_part(data: bytes, sheet: str) -> str:
    """The zip member of worksheet ``sheet`` (through workbook.xml and its relations)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        wb = zf.read("xl/workbook.xml").decode("utf-8")
        rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    rid = re.search(rf'<sheet[^>]*name="{sheet}"[^>]*r:id="(\w+)"', wb) or re.search(
        rf'<sheet[^>]*r:id="(\w+)"[^>]*name="{sheet}"', wb)
    target = re.search(rf'<Relationship[^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels) or re.search(
        rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
    name = target.group(1).lstrip("/")
    return name if name.startswith("xl/") else "xl/" + name


def _damaged_workbook(d: Path, name: str, damage) -> list[str]:
    data = _good_workbook_bytes(d)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    return [str(_write(d, name, _rezip(data, damage(data, parts))))]


@case("workbook_truncated_sheet_xml", "batch", "xl/worksheets/", "已损坏")
def _(d):
    def damage(data, parts):
        part = _sheet_part(data, "单位信息")
        return {part: parts[part][: len(parts[part]) // 2]}

    return _damaged_workbook(d, "tsheet.xlsx", damage)


@case("workbook_truncated_finance_sheet", "batch", "收支情况", "已损坏")
def _(d):
    def damage(data, parts):
        part = _sheet_part(data, "收支情况")
        return {part: parts[part][:300]}

    return _damaged_workbook(d, "tfin.xlsx", damage)


@case("workbook_bad_styles", "batch", "xl/styles.xml", "已损坏")
def _(d):
    return _damaged_workbook(d, "styles.xlsx", lambda data, parts: {"xl/styles.xml": b"<styleSheet><numFmts"})


@case("workbook_bad_workbook_xml", "batch", "xl/workbook.xml", "已损坏")
def _(d):
    return _damaged_workbook(d, "wbxml.xlsx", lambda data, parts: {"xl/workbook.xml": b"<workbook><sheets>"})


@case("workbook_bad_relationships", "batch", "workbook.xml.rels", "已损坏")
def _(d):
    return _damaged_workbook(d, "rels.xlsx", lambda data, parts: {"xl/_rels/workbook.xml.rels": b"<Relationships"})


@case("workbook_bad_content_types", "batch", "[Content_Types].xml", "已损坏")
def _(d):
    return _damaged_workbook(d, "types.xlsx", lambda data, parts: {"[Content_Types].xml": b"<Types"})


@case("workbook_bad_shared_strings", "batch", "Excel", "已损坏")
def _(d):
    def damage(data, parts):
        key = next((k for k in parts if k.endswith("sharedStrings.xml")), "xl/styles.xml")
        return {key: b"<sst><si><t>"}

    return _damaged_workbook(d, "sst.xlsx", damage)


@case("workbook_bad_number_cell", "batch", "收支情况", "已损坏")
def _(d):
    def damage(data, parts):
        part = _sheet_part(data, "收支情况")
        xml = parts[part].decode("utf-8")
        xml = re.sub(r"<v>1200\.5</v>", "<v>12x00.5</v>", xml, count=1)
        assert "12x00.5" in xml
        return {part: xml.encode("utf-8")}

    return _damaged_workbook(d, "num.xlsx", damage)


@case("workbook_sheet_part_missing", "batch", "收支情况")
def _(d):
    def damage(data, parts):
        return {_sheet_part(data, "收支情况"): None}

    return _damaged_workbook(d, "nopart.xlsx", damage)


@case("workbook_binary_sheet_part", "batch", "xl/worksheets/", "已损坏")
def _(d):
    def damage(data, parts):
        return {_sheet_part(data, "单位信息"): os.urandom(0) + bytes(range(256)) * 8}

    return _damaged_workbook(d, "binsheet.xlsx", damage)


@case("workbook_fifo", "batch", "pipe.xlsx", "命名管道")
def _(d):
    os.mkfifo(d / "pipe.xlsx")
    return [str(d / "pipe.xlsx")]


@case("workbook_symlink_to_dev_zero", "batch", "zero.xlsx", "字符设备")
def _(d):
    os.symlink("/dev/zero", d / "zero.xlsx")
    return [str(d / "zero.xlsx")]


# ------------------------------------------------------------------ workbooks: silent gaps made loud


def _sheet_damage(change):
    def build(d):
        return _workbook(d, change)

    return build


for _n, _name in enumerate(("收支情况 ", " 收支情况", "收支情况　", "收支 情况", "单位信息 ")):
    case(f"workbook_sheet_near_name_{_n}", "batch", f"“{_name}”", "不完全一致")(
        _sheet_damage(lambda wb, _name=_name: setattr(wb[_name.replace(" ", "").replace("　", "")], "title", _name)))

case("workbook_finance_sheet_deleted", "batch", "缺少工作表“收支情况”")(
    _sheet_damage(lambda wb: wb.remove(wb["收支情况"])))
case("workbook_main_sheet_deleted", "batch", "缺少工作表“单位信息”")(
    _sheet_damage(lambda wb: wb.remove(wb["单位信息"])))


def _duplicate_header(sheet: str, column: int):
    def damage(wb):
        ws = wb[sheet]
        ws.cell(1, ws.max_column + 1).value = ws.cell(1, column).value

    return damage


for _sheet in ("单位信息", "收支情况"):
    case(f"workbook_duplicate_header_{_sheet}", "batch", _sheet, "第1行", "重复")(
        _sheet_damage(_duplicate_header(_sheet, 2)))


@case("workbook_header_not_in_first_row", "batch", "收支情况 第1行", "表头")
def _(d):
    def damage(wb):
        wb["收支情况"].insert_rows(1)

    return _workbook(d, damage)


def _formula_in(sheet: str, header: str):
    def damage(wb):
        from tests.badinput.cases import _col, _row

        ws = wb[sheet]
        ws.cell(_row(ws, "G2"), _col(ws, header)).value = "=1000+200.5"  # openpyxl stores no cached value

    return damage


for _sheet, _header in (("收支情况", "本年收入"), ("收支情况", "本年支出"), ("单位信息", "单位名称")):
    case(f"workbook_formula_no_cache_{_header}", "batch", f"{_sheet} 第3行", _header, "公式", "保存", exit_code=1)(
        _sheet_damage(_formula_in(_sheet, _header)))


# ------------------------------------------------------------------ batch folders: one bad bureau among good ones


@case("batch_folder_duplicate_key", "batch", "dup.yaml", "重复", exit_code=1)
def _(d):
    return _folder_batch(d, "dup.yaml", "year: 2021\n" + GOOD.replace("示例区", "示例乙区"))


@case("batch_folder_impossible_date", "batch", "date.yaml:12", "不存在", exit_code=1)
def _(d):
    return _folder_batch(d, "date.yaml", GOOD.replace("示例区", "示例乙区") + "disclosure:\n  budget_date: 2023-02-30\n")


@case("batch_folder_long_integer", "batch", "long.yaml", "数字过长", exit_code=1)
def _(d):
    return _folder_batch(d, "long.yaml", GOOD.replace("示例区", "示例乙区").replace("year: 2022", "year: " + "9" * 5000))


@case("batch_folder_lone_surrogate", "batch", "sur.yaml", "无效字符", exit_code=1)
def _(d):
    return _folder_batch(d, "sur.yaml", GOOD.replace("示例市示例区卫生健康局", '"示例\\ud800乙局"'))


@case("batch_folder_integer_key", "batch", "ikey.yaml", "应为文字", exit_code=1)
def _(d):
    return _folder_batch(d, "ikey.yaml", GOOD.replace("示例区", "示例乙区") + "2022: x\n")


@case("batch_folder_stray_byte", "batch", "stray.yaml", "第", "UTF-8", exit_code=1)
def _(d):
    return _folder_batch(d, "stray.yaml", GOOD.replace("示例区", "示例乙区").encode("utf-8") + b"# \xff\n")


@case("batch_folder_datetime_date", "batch", "dt.yaml", "不能带时间", exit_code=1)
def _(d):
    return _folder_batch(d, "dt.yaml", GOOD.replace("示例区", "示例乙区") + "disclosure:\n  budget_date: 2023-03-09 08:00:00\n")


@case("batch_folder_fifo", "batch", "pipe.yaml", "命名管道", exit_code=1)
def _(d):
    args = _folder_batch(d, "ok_placeholder.txt", "not data")
    os.mkfifo(Path(args[0]) / "pipe.yaml")
    return args


@case("batch_folder_dev_zero_link", "batch", "zero.yaml", "字符设备", exit_code=1)
def _(d):
    args = _folder_batch(d, "ok_placeholder.txt", "not data")
    os.symlink("/dev/zero", Path(args[0]) / "zero.yaml")
    return args


@case("batch_folder_dangling_link", "batch", "gone.yaml", "找不到", exit_code=1)
def _(d):
    args = _folder_batch(d, "ok_placeholder.txt", "not data")
    os.symlink(d / "nowhere.yaml", Path(args[0]) / "gone.yaml")
    return args
