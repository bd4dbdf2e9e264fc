"""The bad-input corpus: one factory per case, built in a temporary folder at test time.

Each case names the command it feeds, builds its input files, and says which
words the Chinese error message must contain (the file, and the line, field,
sheet or row where that applies). Big and hostile inputs (the zip bomb, 10 MB
of text) are generated here, small on disk in the repository: nothing but
this code is committed.
"""

from __future__ import annotations

import io
import json
import os
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

GOOD = """\
kind: dept_self_eval
profile: guangdong
year: 2022
bureau:
  name: 示例市示例区卫生健康局
  region: {province: 示例省, city: 示例市, county: 示例区}
finance:
  income: 1200.50
  expenditure: 1100.25
evaluation: {score: 92.5}
"""


def good_data() -> dict:
    return yaml.safe_load(GOOD)


@dataclass(frozen=True)
class Case:
    id: str
    command: str  # "generate", "check" or "batch"
    build: Callable[[Path], list[str]]  # writes the inputs into a folder, returns the CLI arguments after the command
    expect: tuple[str, ...]  # substrings the error output must contain
    exit_code: int = 2


CASES: list[Case] = []


def case(id: str, command: str, *expect: str, exit_code: int = 2):
    def register(build: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
        CASES.append(Case(id, command, build, expect, exit_code))
        return build

    return register


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _data(folder: Path, name: str, change: Callable[[dict], None]) -> Path:
    d = good_data()
    change(d)
    return _write(folder, name, yaml.safe_dump(d, allow_unicode=True, sort_keys=False))


# ------------------------------------------------------------------ generate: structure and encoding

@case("yaml_alias_bomb", "generate", "bomb.yaml", "锚点")
def _(d):
    lines = ['a0: &a0 ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return [str(_write(d, "bomb.yaml", "\n".join(lines) + "\n"))]


@case("yaml_recursive_alias", "generate", "loop.yaml:2", "循环引用")
def _(d):
    return [str(_write(d, "loop.yaml", "year: 2022\nduties: &a [*a]\n"))]


@case("yaml_deep_flow_nesting", "generate", "deep.yaml:1", "嵌套")
def _(d):
    return [str(_write(d, "deep.yaml", "duties: " + "[" * 50_000 + "]" * 50_000 + "\n"))]


@case("yaml_deep_block_nesting", "generate", "deepmap.yaml", "嵌套")
def _(d):
    return [str(_write(d, "deepmap.yaml", "a:\n" + "".join(" " * i + "b:\n" for i in range(1, 400))))]


@case("json_deep_nesting", "generate", "deep.json", "嵌套")
def _(d):
    return [str(_write(d, "deep.json", "[" * 100_000 + "]" * 100_000))]


@case("json_moderately_deep", "generate", "deep60.json", "嵌套")
def _(d):
    return [str(_write(d, "deep60.json", '{"duties": ' + "[" * 60 + "]" * 60 + "}"))]


@case("yaml_tab_indent", "generate", "tab.yaml:3", "YAML 格式错误")
def _(d):
    return [str(_write(d, "tab.yaml", "year: 2022\nbureau:\n\tname: x\n"))]


@case("json_syntax_error", "generate", "broken.json:3", "JSON 格式错误")
def _(d):
    return [str(_write(d, "broken.json", '{\n  "year": 2022,\n  "bureau": {"name": }\n}\n'))]


@case("data_binary_junk", "generate", "junk.yaml", "UTF-8")
def _(d):
    return [str(_write(d, "junk.yaml", random.Random(1).randbytes(4096) + b"\xff\xfe"))]


@case("data_gbk_encoding", "generate", "gbk.yaml", "UTF-8")
def _(d):
    return [str(_write(d, "gbk.yaml", GOOD.encode("gbk")))]


@case("data_utf16_encoding", "generate", "utf16.yaml", "UTF-8")
def _(d):
    return [str(_write(d, "utf16.yaml", GOOD.encode("utf-16")))]


@case("data_mixed_encodings", "generate", "mixed.yaml", "UTF-8")
def _(d):
    return [str(_write(d, "mixed.yaml", GOOD.encode("utf-8") + "duties: [职能]\n".encode("gbk")))]


@case("data_empty", "generate", "empty.yaml", "顶层")
def _(d):
    return [str(_write(d, "empty.yaml", b""))]


@case("data_top_level_list", "generate", "list.yaml", "顶层")
def _(d):
    return [str(_write(d, "list.yaml", "- 2022\n- 示例\n"))]


@case("data_over_size_limit", "generate", "huge.yaml", "过大")
def _(d):
    return [str(_write(d, "huge.yaml", GOOD + "# " + "注" * (2 * 1024 * 1024) + "\n"))]


@case("data_one_megabyte_line", "generate", "longline.yaml:", "duties[0]", "文字过长")
def _(d):
    return [str(_data(d, "longline.yaml", lambda x: x.__setitem__("duties", ["职" * 1_000_000])))]


@case("data_missing_file", "generate", "nowhere.yaml", "找不到")
def _(d):
    return [str(d / "nowhere.yaml")]


# ------------------------------------------------------------------ generate: values

@case("wrong_type_bureau", "generate", "type.yaml:", "bureau", "键值对象")
def _(d):
    return [str(_data(d, "type.yaml", lambda x: x.__setitem__("bureau", "示例局")))]


@case("wrong_type_year", "generate", "year.yaml:", "year", "整数")
def _(d):
    return [str(_data(d, "year.yaml", lambda x: x.__setitem__("year", "二〇二二年")))]


@case("wrong_type_tasks", "generate", "tasks.yaml:", "tasks", "列表")
def _(d):
    return [str(_data(d, "tasks.yaml", lambda x: x.__setitem__("tasks", {"name": "任务"})))]


@case("wrong_type_amount_text", "generate", "amount.yaml:", "finance.income", "数字")
def _(d):
    return [str(_data(d, "amount.yaml", lambda x: x["finance"].__setitem__("income", "一千万")))]


@case("nan_amount", "generate", "nan.yaml:", "finance.income", "NaN")
def _(d):
    return [str(_write(d, "nan.yaml", GOOD.replace("income: 1200.50", "income: .nan")))]


@case("infinite_amount", "generate", "inf.yaml:", "finance.expenditure", "无穷大")
def _(d):
    return [str(_write(d, "inf.yaml", GOOD.replace("expenditure: 1100.25", "expenditure: .inf")))]


@case("json_nan_score", "generate", "nan.json", "evaluation.score", "NaN")
def _(d):
    text = json.dumps(good_data(), ensure_ascii=False).replace('"score": 92.5', '"score": NaN')
    return [str(_write(d, "nan.json", text))]


@case("json_infinity_metric", "generate", "inf.json", "tasks[0].metrics[0].actual", "无穷大")
def _(d):
    data = good_data()
    data["tasks"] = [{"name": "免疫规划", "metrics": [{"name": "接种剂次", "unit": "剂次", "actual": 1}]}]
    return [str(_write(d, "inf.json", json.dumps(data, ensure_ascii=False).replace('"actual": 1', '"actual": -Infinity')))]


@case("negative_amount", "generate", "neg.yaml:", "finance.expenditure", "负数")
def _(d):
    return [str(_data(d, "neg.yaml", lambda x: x["finance"].__setitem__("expenditure", -1100.25)))]


@case("absurd_amount", "generate", "absurd.yaml:", "finance.income", "不大于")
def _(d):
    return [str(_data(d, "absurd.yaml", lambda x: x["finance"].update(income=1e300, expenditure=1e300)))]


@case("absurd_metric", "generate", "metric.yaml:", "tasks[0].metrics[0].target", "不大于")
def _(d):
    return [str(_data(d, "metric.yaml", lambda x: x.__setitem__(
        "tasks", [{"name": "免疫规划", "metrics": [{"name": "接种剂次", "target": 10 ** 40, "actual": 1}]}])))]


@case("absurd_percent", "generate", "pct.yaml:", "finance.q3_progress", "不大于")
def _(d):
    return [str(_data(d, "pct.yaml", lambda x: x["finance"].__setitem__("q3_progress", 1e9)))]


@case("score_over_100", "generate", "score.yaml:", "evaluation.score", "不大于100")
def _(d):
    return [str(_data(d, "score.yaml", lambda x: x["evaluation"].__setitem__("score", 150)))]


@case("future_year", "generate", "future.yaml:", "year", "不能晚于")
def _(d):
    return [str(_data(d, "future.yaml", lambda x: x.__setitem__("year", 2999)))]


@case("future_disclosure_date", "generate", "date.yaml:", "disclosure.budget_date", "晚于今天")
def _(d):
    return [str(_data(d, "date.yaml", lambda x: x.__setitem__("disclosure", {"budget_date": "2999-01-15"})))]


@case("impossible_date", "generate", "feb30.yaml:", "disclosure.final_accounts_date", "日期")
def _(d):
    return [str(_data(d, "feb30.yaml", lambda x: x.__setitem__("disclosure", {"final_accounts_date": "2023-02-30"})))]


@case("bureau_name_path_separator", "generate", "slash.yaml:", "bureau.name", "“/”")
def _(d):
    return [str(_data(d, "slash.yaml", lambda x: x["bureau"].__setitem__("name", "../../etc/示例局")))]


@case("bureau_name_backslash", "generate", "backslash.yaml:", "bureau.name", "\\")
def _(d):
    return [str(_data(d, "backslash.yaml", lambda x: x["bureau"].__setitem__("name", "示例\\卫生健康局")))]


@case("bureau_name_reserved_chars", "generate", "reserved.yaml:", "bureau.name", "保留字符")
def _(d):
    return [str(_data(d, "reserved.yaml", lambda x: x["bureau"].__setitem__("name", "示例:卫生*健康?局")))]


@case("bureau_name_control_char", "generate", "control.yaml:", "bureau.name", "控制字符")
def _(d):
    return [str(_data(d, "control.yaml", lambda x: x["bureau"].__setitem__("name", "示例\x07卫生健康局")))]


@case("unknown_field", "generate", "extra.yaml:", "finance.incom", "不认识的字段")
def _(d):
    return [str(_data(d, "extra.yaml", lambda x: x["finance"].__setitem__("incom", 1)))]


# ------------------------------------------------------------------ check: Word files

def _docx_bytes(text: str = "我局2022年收入1,200.50万元。") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename in replace:
                if replace[item.filename] is not None:
                    dst.writestr(item.filename, replace[item.filename])
            else:
                dst.writestr(item, src.read(item.filename))
    return out.getvalue()


ZIP_BOMB_BYTES = 2 * 1024 ** 3  # what word/document.xml expands to


def zip_bomb_docx() -> bytes:
    """A .docx whose document.xml inflates to 2 GiB; about 2 MB on disk, built in a few seconds."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx_bytes())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename == "word/document.xml":
                with dst.open(item.filename, "w", force_zip64=True) as fh:
                    chunk = b" " * (1 << 24)
                    for _ in range(ZIP_BOMB_BYTES // len(chunk)):
                        fh.write(chunk)
            else:
                dst.writestr(item, src.read(item.filename))
    return out.getvalue()


_BOMB_CACHE: dict[str, bytes] = {}


@case("docx_zip_bomb", "check", "bomb.docx", "word/document.xml", "压缩炸弹")
def _(d):
    if "bomb" not in _BOMB_CACHE:
        _BOMB_CACHE["bomb"] = zip_bomb_docx()
    return [str(_write(d, "bomb.docx", _BOMB_CACHE["bomb"]))]


@case("docx_truncated", "check", "trunc.docx", "损坏")
def _(d):
    data = _docx_bytes()
    return [str(_write(d, "trunc.docx", data[: len(data) // 2]))]


@case("docx_empty_file", "check", "empty.docx", "损坏")
def _(d):
    return [str(_write(d, "empty.docx", b""))]


@case("docx_text_renamed", "check", "plain.docx", "损坏")
def _(d):
    return [str(_write(d, "plain.docx", "我局2022年收入1,200.50万元。".encode("utf-8")))]


@case("docx_without_document_part", "check", "nodoc.docx", "损坏")
def _(d):
    return [str(_write(d, "nodoc.docx", _rezip(_docx_bytes(), {"word/document.xml": None})))]


@case("docx_corrupt_xml", "check", "badxml.docx", "损坏")
def _(d):
    return [str(_write(d, "badxml.docx", _rezip(_docx_bytes(), {"word/document.xml": b"<w:document><w:body><w:p>"})))]


@case("docx_corrupt_zip_entry", "check", "crc.docx", "损坏")
def _(d):
    data = bytearray(_docx_bytes())
    # Flip bytes inside the compressed data of the first entry: inflating or the CRC check fails.
    for i in range(200, 260):
        data[i] ^= 0x5A
    return [str(_write(d, "crc.docx", bytes(data)))]


@case("legacy_doc_file", "check", "old.doc", ".doc")
def _(d):
    return [str(_write(d, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024))]


# ------------------------------------------------------------------ check: text files

@case("txt_binary_junk", "check", "junk.txt", "二进制")
def _(d):
    return [str(_write(d, "junk.txt", random.Random(2).randbytes(8192)))]


@case("txt_pdf_renamed", "check", "report.txt", "PDF")
def _(d):
    return [str(_write(d, "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"))]


@case("txt_empty", "check", "empty.txt", "文件为空")
def _(d):
    return [str(_write(d, "empty.txt", b""))]


@case("txt_blank_lines_only", "check", "blank.txt", "文件为空")
def _(d):
    return [str(_write(d, "blank.txt", "\n\n   \n\t\n"))]


@case("txt_mixed_encodings", "check", "mixed.txt", "编码")
def _(d):
    return [str(_write(d, "mixed.txt", "我局收入100万元。".encode("utf-8") + "支出90万元。".encode("gbk") * 3))]


@case("txt_broken_utf16", "check", "u16.txt", "编码")
def _(d):
    return [str(_write(d, "u16.txt", b"\xff\xfe" + "我局收入".encode("utf-16-le") + b"\x00\xd8\x41"))]


@case("txt_ten_megabytes", "check", "big.txt", "文字过长", "max_chars")
def _(d):
    line = "我局2022年部门整体支出1,100.25万元，执行率为91.65%。\n"
    return [str(_write(d, "big.txt", line * (10 * 1024 * 1024 // len(line.encode("utf-8")))))]


@case("txt_over_configured_max_bytes", "check", "small.txt", "max_bytes")
def _(d):
    _write(d, "jixiao.toml", "max_bytes = 100\n")
    return [str(_write(d, "small.txt", "我局收入100万元。" * 20)), "--config", str(d / "jixiao.toml")]


@case("txt_over_configured_max_chars", "check", "chars.txt", "max_chars")
def _(d):
    _write(d, "jixiao.toml", "max_chars = 50\n")
    return [str(_write(d, "chars.txt", "我局收入100万元。" * 20)), "--config", str(d / "jixiao.toml")]


@case("check_data_alias_bomb", "check", "bomb.yaml", "锚点")
def _(d):
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    bomb = _write(d, "bomb.yaml", "\n".join(lines) + "\n")
    return [str(_write(d, "ok.txt", "我局收入100万元。\n")), "--data", str(bomb)]


@case("check_missing_file", "check", "missing.txt", "找不到")
def _(d):
    return [str(d / "missing.txt")]


# ------------------------------------------------------------------ batch: one bad bureau among good ones

GOOD_BUREAUS = 1  # every batch case below has exactly one bureau that must still be generated


def _folder_batch(d: Path, bad_name: str, bad: str | bytes) -> list[str]:
    src = d / "data"
    src.mkdir()
    _write(src, "good.yaml", GOOD)
    _write(src, bad_name, bad)
    return [str(src)]


@case("batch_folder_alias_bomb", "batch", "bomb.yaml", "锚点", exit_code=1)
def _(d):
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return _folder_batch(d, "bomb.yaml", "\n".join(lines) + "\n")


@case("batch_folder_binary_junk", "batch", "junk.yaml", "UTF-8", exit_code=1)
def _(d):
    return _folder_batch(d, "junk.yaml", random.Random(3).randbytes(2048))


@case("batch_folder_nan_amount", "batch", "nan.yaml", "finance.income", "NaN", exit_code=1)
def _(d):
    return _folder_batch(d, "nan.yaml", GOOD.replace("income: 1200.50", "income: .nan").replace("示例区", "示例乙区"))


def _workbook(d: Path, damage: Callable[[object], None]) -> list[str]:
    """A two-bureau workbook (G1 good, G2 to be damaged), edited with openpyxl like a person would."""
    from openpyxl import load_workbook

    from gen.batch.workbook_write import write_workbook

    second = good_data()
    second["bureau"]["name"] = "示例市示例乙区卫生健康局"
    second["bureau"]["region"]["county"] = "示例乙区"
    path = d / "bureaus.xlsx"
    write_workbook(path, [("G1", good_data()), ("G2", second)])
    wb = load_workbook(path)
    damage(wb)
    wb.save(path)
    return [str(path)]


def _col(ws, header: str) -> int:
    for cell in ws[1]:
        if cell.value == header:
            return cell.column
    raise KeyError(header)


def _row(ws, key: str) -> int:
    key_col = _col(ws, "单位编号")
    for row in ws.iter_rows(min_row=2):
        if row[key_col - 1].value == key:
            return row[0].row
    raise KeyError(key)


def _with_cell(d: Path, sheet: str, header: str, value: object) -> list[str]:
    """The workbook with one cell of G2 changed (``header``'s column on ``sheet``): the one-cell slips a person makes."""

    def damage(wb):
        ws = wb[sheet]
        ws.cell(_row(ws, "G2"), _col(ws, header)).value = value

    return _workbook(d, damage)


@case("workbook_merged_cells", "batch", "单位信息", "第3行", exit_code=1)
def _(d):
    def damage(wb):
        ws = wb["单位信息"]
        col = _col(ws, "单位名称")
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)  # G2's name swallowed by G1's

    return _workbook(d, damage)


@case("workbook_formula_cells", "batch", "单位信息", "年度", exit_code=1)
def _(d):
    return _with_cell(d, "单位信息", "年度", "=2020+2")  # never calculated: no cached value


@case("workbook_duplicate_bureau", "batch", "G2", "重复", exit_code=1)
def _(d):
    def damage(wb):
        ws = wb["单位信息"]
        r = _row(ws, "G2")
        ws.append([c.value for c in ws[r]])

    return _workbook(d, damage)


@case("workbook_name_path_separator", "batch", "G2", "“/”", exit_code=1)
def _(d):
    return _with_cell(d, "单位信息", "单位名称", "../../示例乙区/卫生健康局")


@case("workbook_reserved_chars_name", "batch", "G2", "保留字符", exit_code=1)
def _(d):
    return _with_cell(d, "单位信息", "单位名称", 'CON:示例乙区卫生健康局<>|')


@case("workbook_negative_amount", "batch", "收支情况", "本年收入", exit_code=1)
def _(d):
    return _with_cell(d, "收支情况", "本年收入", -5)


@case("workbook_text_in_amount", "batch", "收支情况", "本年收入", exit_code=1)
def _(d):
    return _with_cell(d, "收支情况", "本年收入", "约一千万")


@case("workbook_future_year", "batch", "G2", "不能晚于", exit_code=1)
def _(d):
    return _with_cell(d, "单位信息", "年度", 2999)


@case("workbook_binary_junk", "batch", "junk.xlsx", "Excel")
def _(d):
    return [str(_write(d, "junk.xlsx", random.Random(4).randbytes(4096)))]


@case("workbook_truncated", "batch", "cut.xlsx", "Excel")
def _(d):
    from gen.batch.workbook_write import write_workbook

    path = d / "whole.xlsx"
    write_workbook(path, [("G1", good_data())])
    data = path.read_bytes()
    path.unlink()
    return [str(_write(d, "cut.xlsx", data[: len(data) // 2]))]


@case("data_over_configured_limit", "generate", "small.yaml", "JIXIAO_MAX_DATA_BYTES")
def _(d):
    os.environ["JIXIAO_MAX_DATA_BYTES"] = "100"  # the test restores the environment (monkeypatch)
    return [str(_write(d, "small.yaml", GOOD))]


# The hostile classes of issue 11 (special files, duplicate keys, corrupt workbook parts…) register here too.
from tests.badinput import cases_hostile  # noqa: E402,F401
