"""The 自评表 written (.docx tables, .xlsx) and read back as data (gen/generate/write/form_*, gen/core/forms)."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal as D
from pathlib import Path

import docx
import openpyxl
import pytest

from gen.core.errors import UserError
from gen.core.forms import layout as L
from gen.core.forms.grid import docx_grids
from gen.core.forms.parse import parse_form
from gen.core.load import load_spec
from gen.generate.formats import FORMATS, parse_formats
from support import DEPT, EXAMPLES, run, write_dept

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def outputs(tmp_path):
    data = write_dept(tmp_path)
    result = run("generate", data, "-o", tmp_path / "out", "--format", "md,docx,xlsx")
    assert result.exit_code == 0, result.output
    return tmp_path / "out"


def _form_tables(path: Path) -> list:
    """The form tables of a generated .docx: those right after a title paragraph naming a 自评表."""
    body = docx.Document(str(path)).element.body
    out, last = [], ""
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            last = "".join(t.text or "" for t in child.iter(f"{W}t")) or last
        elif child.tag == f"{W}tbl" and "自评表" in last:
            out.append(child)
    return out


def test_docx_form_has_merged_groups_unsplittable_rows_and_repeated_header(outputs):
    tables = _form_tables(outputs / "dept.docx")
    assert len(tables) == 2  # 部门整体 + one project
    for tbl in tables:
        rows = list(tbl.iterchildren(f"{W}tr"))
        assert all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in rows)
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert rows[-1].find(f"{W}trPr/{W}tblHeader") is None
        assert tbl.findall(f".//{W}gridSpan")
    # the 部门整体 form: 产出指标 spans its two rows (restart + continue), and so does 数量指标
    dept = tables[0]
    cells = [(tc, "".join(t.text or "" for t in tc.iter(f"{W}t"))) for tc in dept.iter(f"{W}tc")]
    starts = [tc for tc, text in cells if text in ("产出指标", "数量指标")]
    assert len(starts) == 2
    for tc in starts:
        assert tc.find(f"{W}tcPr/{W}vMerge").get(f"{W}val") == "restart"
        tr = tc.getparent()
        col = list(tr).index(tc)
        below = list(tr.getnext())[col]
        vm = below.find(f"{W}tcPr/{W}vMerge")
        assert vm is not None and vm.get(f"{W}val") is None  # continue
        assert "".join(t.text or "" for t in below.iter(f"{W}t")) == ""


def test_docx_form_read_back_gives_the_data(outputs):
    grids = docx_grids((outputs / "dept.docx").read_bytes(), "dept.docx")
    forms = [f for f in (parse_form(g) for g in grids) if f is not None]
    assert [f.kind for f in forms] == ["dept", "project"]
    project = forms[1]
    assert project.name.text == "基本公共卫生服务" and project.implementer.text == "某市疾病预防控制中心"
    assert [(r.level1, r.level2, r.text("name"), r.text("score")) for r in project.indicators] == [
        ("产出指标", "数量指标", "建档人数", "25"), ("产出指标", "质量指标", "建档合格率", "23.68"),
        ("效益指标", "社会效益指标", "慢病规范管理率", "30"), ("满意度指标", "服务对象满意度指标", "群众满意度", "10")]
    assert project.money["total"].cells["rate"].text == "96.67%"
    assert project.total_score.text == "98.35"  # 9.67 + 25 + 23.68 + 30 + 10


def test_xlsx_has_the_national_columns_and_merged_groups(outputs):
    wb = openpyxl.load_workbook(outputs / "dept.xlsx")
    assert wb.sheetnames == ["部门整体自评表", "项目自评表1"]
    ws = wb["项目自评表1"]
    values = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    assert values[0][0] == "项目支出绩效自评表（2023年度）"
    flat = {v for row in values for v in row if v is not None}
    assert set(L.MONEY_COLUMNS) <= flat and set(L.INDICATOR_COLUMNS) <= flat
    assert {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "总分"} <= flat
    merged = {str(r) for r in ws.merged_cells.ranges}
    level1_row = next(i for i, row in enumerate(values, 1) if row[1] == "产出指标")
    assert f"B{level1_row}:B{level1_row + 1}" in merged
    budget_row = next(i for i, row in enumerate(values, 1) if row[1] == "年度资金总额")
    assert ws.cell(budget_row, 8).number_format == "0.00%" and ws.cell(budget_row, 5).value == 300


def test_xlsx_opens_in_libreoffice(outputs, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is missing; .ci/system-deps installs libreoffice-calc-nogui"
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                           "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "lo"),
                           str(outputs / "dept.xlsx")], capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    csv = (tmp_path / "lo" / "dept.csv").read_text(encoding="utf-8")
    assert "部门整体支出绩效自评表（2023年度）" in csv and "全年执行数（B）" in csv and "90.00%" in csv


def test_forms_are_byte_identical_across_runs(tmp_path):
    data = write_dept(tmp_path)
    for out in ("a", "b"):
        assert run("generate", data, "-o", tmp_path / out, "--format", "docx,xlsx").exit_code == 0
    for ext in ("docx", "xlsx"):
        assert (tmp_path / "a" / f"dept.{ext}").read_bytes() == (tmp_path / "b" / f"dept.{ext}").read_bytes()


def test_xlsx_with_a_data_file_gives_back_the_same_form(outputs, tmp_path):
    # the data gives what the form does not hold: the unit's region, and the budget projects (the form's
    # 项目支出情况 rows list them without their goals, which a report needs)
    base = write_dept(tmp_path, "kind: dept_self_eval\nyear: 2023\nbureau: {name: 某市卫生健康局, region: {province: 广东省}}\n"
                      "projects:\n  - {name: 基本公共卫生服务, goal: 提高服务水平, budget: 300, spent: 290, score: 98.35}\n",
                      "base.yaml")
    spec = load_spec(base, form=outputs / "dept.xlsx")
    (tmp_path / "x").mkdir()
    original = load_spec(write_dept(tmp_path / "x"))
    assert [(i.name, i.target, i.actual, i.points) for i in spec.indicators] == [
        (i.name, i.target, i.actual, i.points) for i in original.indicators]
    assert spec.evaluation.score == original.evaluation.score == D("90")
    assert spec.forms.funds.total == original.forms.funds.total
    assert spec.forms.projects[0].indicators[1].reason == "部分档案信息不全，已组织补录"
    again = run("generate", base, "--form", outputs / "dept.xlsx", "-o", tmp_path / "again", "--format", "xlsx")
    assert again.exit_code == 0, again.output
    assert (tmp_path / "again" / "base.xlsx").read_bytes() == (outputs / "dept.xlsx").read_bytes()


def test_a_national_form_alone_asks_for_the_missing_province(outputs):
    result = run("generate", outputs / "dept.xlsx", "-o", outputs / "alone")
    assert result.exit_code == 2
    assert "所在省份" in result.output and "--form" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_published_example_forms_read_back_give_the_same_form(path, tmp_path):
    """A provincial form is data alone; a national one (no province in it) completes a data file."""
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert run("generate", path, "-o", tmp_path / "a", "--format", "xlsx,docx").exit_code == 0
    base = None
    if raw["forms"]["rule_set"] == "national":
        raw.pop("forms")
        base = tmp_path / f"{path.stem}.yaml"
        base.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    for ext in ("xlsx", "docx"):
        form = tmp_path / "a" / f"{path.stem}.{ext}"
        args = (form,) if base is None else (base, "--form", form)
        result = run("generate", *args, "-o", tmp_path / ext, "--format", "md,xlsx")
        assert result.exit_code == 0, result.output
        assert (tmp_path / ext / f"{path.stem}.xlsx").read_bytes() == (tmp_path / "a" / f"{path.stem}.xlsx").read_bytes()


def test_every_bad_cell_is_located_by_sheet_row_and_column(outputs, tmp_path):
    wb = openpyxl.load_workbook(outputs / "dept.xlsx")
    ws = wb["项目自评表1"]
    budget_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "年度资金总额")
    ws.cell(budget_row, 5).value = "三百"
    first = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 4).value == "建档人数")
    ws.cell(first, 7).value = "二十五"
    ws.cell(first + 1, 3).value = "满意度"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    base = write_dept(tmp_path, "kind: dept_self_eval\nyear: 2023\nbureau: {name: 某局, region: {province: 广东省}}\n", "b.yaml")
    result = run("generate", base, "--form", bad, "-o", tmp_path / "o")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"工作表“项目自评表1”第{budget_row}行E列（年度资金总额·全年预算数）：应为不小于0的数字，现为“三百”" in result.output
    assert f"工作表“项目自评表1”第{first}行G列（“建档人数”·分值）：应为不小于0的数字，现为“二十五”" in result.output
    assert f"工作表“项目自评表1”第{first + 1}行C列（二级指标）" in result.output
    assert not (tmp_path / "o").exists()


def test_a_bad_docx_cell_is_located_by_table_row_and_column(outputs, tmp_path):
    document = docx.Document(str(outputs / "dept.docx"))
    table = document.tables[-1]
    for r, row in enumerate(table.rows):
        if row.cells[3].text == "建档人数":
            row.cells[6].paragraphs[0].runs[0].text = "很多"
            target_row = r + 1
    bad = tmp_path / "bad.docx"
    document.save(str(bad))
    with pytest.raises(UserError) as exc:
        load_spec(write_dept(tmp_path, DEPT), form=bad)
    tables = len(document.tables)
    assert f"表格{tables}第{target_row}行第7列（“建档人数”·分值）：应为不小于0的数字，现为“很多”" in "\n".join(exc.value.messages)


def test_a_file_without_a_form_is_a_clear_error(tmp_path, outputs):
    with pytest.raises(UserError, match="没有找到自评表"):
        load_spec(write_dept(tmp_path, DEPT), form=_plain_docx(tmp_path))


def _plain_docx(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("没有表格的文件")
    path = tmp_path / "plain.docx"
    d.save(str(path))
    return path


def test_one_format_registry_for_generate_and_batch(tmp_path):
    from gen.batch.run import iter_formats

    assert set(FORMATS) == {"md", "docx", "json", "xlsx"}
    assert parse_formats("md, xlsx,md") == ("md", "xlsx")
    assert iter_formats("docx,xlsx") == ("docx", "xlsx")
    for bad in ("pdf", "md,doc", ""):
        with pytest.raises(UserError, match="可选格式"):
            parse_formats(bad)
    result = run("generate", write_dept(tmp_path), "-o", tmp_path / "o", "--format", "md,pdf")
    assert result.exit_code == 2 and "不认识的输出格式“pdf”" in result.output and not (tmp_path / "o").exists()


def test_xlsx_for_data_without_a_form_is_a_clear_error(tmp_path):
    from support import ROOT

    result = run("generate", ROOT / "examples/lw2022.yaml", "-o", tmp_path, "--format", "xlsx")
    assert result.exit_code == 2 and "没有自评表内容" in result.output


def test_batch_writes_the_forms_workbook(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    for path in EXAMPLES:
        shutil.copy(path, folder / path.name)
    result = run("batch", folder, "-o", tmp_path / "out", "--format", "md,xlsx", "--jobs", "1", "--no-check")
    assert result.exit_code == 0, result.output
    for path in EXAMPLES:
        wb = openpyxl.load_workbook(tmp_path / "out" / f"{path.stem}.xlsx")
        assert wb.sheetnames == ["项目自评表1"]


def test_budget_reason_is_written_and_read_back_and_satisfies_the_sichuan_rule(tmp_path):
    text = DEPT.replace("forms:\n", "forms:\n  rule_set: sichuan\n", 1).replace(
        "    total: {initial: 1000, full_year: 1200, executed: 1080}\n",
        "    total: {initial: 1000, full_year: 1200, executed: 1000}\n    reason: 两个采购项目年底才完成验收，资金次年初支付\n", 1).replace(
        "fiscal: {initial: 900, full_year: 1000, executed: 900}", "fiscal: {initial: 900, full_year: 1000, executed: 820}")
    data = write_dept(tmp_path, text)
    assert run("generate", data, "-o", tmp_path / "o", "--format", "xlsx,docx").exit_code == 0
    for ext in ("xlsx", "docx"):
        spec = load_spec(write_dept(tmp_path, "kind: dept_self_eval\nyear: 2023\nbureau: {name: 某局, region: {province: 四川省}}\n",
                                    "b.yaml"), form=tmp_path / "o" / f"dept.{ext}")
        assert spec.forms.funds.reason == "两个采购项目年底才完成验收，资金次年初支付"
        assert spec.forms.rule_set == "sichuan"
        found = run("check", tmp_path / "o" / f"dept.{ext}", "--select", "F")
        assert found.exit_code == 0 and "F006" not in found.output, found.output
    # without the reason, execution of 83.33 % (< 90 %) is reported under the 四川 rules
    data = write_dept(tmp_path, text.replace("    reason: 两个采购项目年底才完成验收，资金次年初支付\n", ""))
    assert run("generate", data, "-o", tmp_path / "n", "--format", "xlsx").exit_code == 0
    found = run("check", tmp_path / "n" / "dept.xlsx", "--select", "F")
    assert "F006" in found.output and "83.33%低于90%" in found.output


def test_form_option_needs_exactly_one_data_file(outputs, tmp_path):
    data = write_dept(tmp_path)
    for args in ((data, data), (outputs / "dept.xlsx",)):
        result = run("generate", *args, "--form", outputs / "dept.xlsx", "-o", tmp_path / "o")
        assert result.exit_code == 2 and "--form 只能与一个 YAML/JSON 数据文件一起使用" in result.output
    assert not (tmp_path / "o").exists()
