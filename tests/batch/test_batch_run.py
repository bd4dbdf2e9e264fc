"""`jixiao batch`: every report and the summary; failures isolated; skip when up to date; shards."""

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from gen.batch.init_workbook import example_bureau
from gen.batch.run import parse_shard
from gen.batch.synthetic import synthetic_bureau
from gen.batch.workbook_write import write_workbook
from gen.cli import cli
from gen.core.errors import UserError


@pytest.fixture()
def workbook(tmp_path):
    path = tmp_path / "bureaus.xlsx"
    bureaus = [(f"S{i}", synthetic_bureau(i, profile="guangdong")) for i in range(5)]
    bureaus.append(("B001", example_bureau()))
    write_workbook(path, bureaus)
    return path


def _run(*args):
    return CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)


def _summary(out: Path, name: str = "summary") -> dict:
    return json.loads((out / f"{name}.json").read_text(encoding="utf-8"))


def test_batch_writes_every_report_and_the_summary(workbook, tmp_path):
    out = tmp_path / "out"
    result = _run("batch", workbook, "-o", out, "--jobs", 2)
    assert result.exit_code == 0, result.output
    summary = _summary(out)
    rows = summary["bureaus"]
    assert [r["key"] for r in rows] == ["S0", "S1", "S2", "S3", "S4", "B001"]
    assert {r["status"] for r in rows} == {"ok"}
    for r in rows:
        for fmt in ("md", "docx", "json"):
            assert Path(r["outputs"][fmt]).is_file()
        assert set(r["findings"]) >= {"error", "warning", "info"}
        assert len(r["hash"]) == 64
    assert rows[0]["rating"] == "优" and rows[0]["score"] == "95.5"
    assert summary["similar_pairs"] == []
    with open(out / "summary.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][:5] == ["单位编号", "单位名称", "状态", "自评得分", "自评等级"]
    assert [row[0] for row in table[1:]] == ["S0", "S1", "S2", "S3", "S4", "B001"]
    assert table[1][2] == "已生成"


def test_same_data_gives_byte_identical_reports_in_parallel_and_serial(workbook, tmp_path):
    _run("batch", workbook, "-o", tmp_path / "a", "--jobs", 2, "--format", "md")
    _run("batch", workbook, "-o", tmp_path / "b", "--jobs", 1, "--format", "md")
    a = sorted((tmp_path / "a").glob("*.md"))
    assert len(a) == 6
    for p in a:
        assert p.read_bytes() == (tmp_path / "b" / p.name).read_bytes()


def test_a_broken_row_fails_only_its_bureau_and_exits_1(workbook, tmp_path):
    wb = load_workbook(workbook)
    ws = wb["收支情况"]
    ws.cell(row=3, column=2).value = "三百万"
    wb.save(workbook)
    out = tmp_path / "out"
    result = _run("batch", workbook, "-o", out, "--jobs", 2)
    assert result.exit_code == 1
    assert "收支情况 第3行 B列（本年收入）：应为数字" in result.output
    rows = {r["key"]: r for r in _summary(out)["bureaus"]}
    assert rows["S1"]["status"] == "failed"
    assert rows["S1"]["errors"] == ["收支情况 第3行 B列（本年收入）：应为数字（不要带单位或文字）"]
    assert rows["S1"]["outputs"] == {}
    assert all(r["status"] == "ok" for k, r in rows.items() if k != "S1")


def test_rerun_skips_up_to_date_bureaus_unless_forced(workbook, tmp_path):
    out = tmp_path / "out"
    _run("batch", workbook, "-o", out, "--jobs", 1, "--format", "md")
    first = {r["key"]: r for r in _summary(out)["bureaus"]}
    wb = load_workbook(workbook)
    wb["自评结果"].cell(row=2, column=2).value = 88  # S0's score changes
    wb.save(workbook)
    result = _run("batch", workbook, "-o", out, "--jobs", 1, "--format", "md")
    assert result.exit_code == 0
    rows = {r["key"]: r for r in _summary(out)["bureaus"]}
    assert rows["S0"]["status"] == "ok" and rows["S0"]["rating"] == "良"
    assert {rows[k]["status"] for k in rows if k != "S0"} == {"skipped"}
    assert rows["S1"]["findings"] == first["S1"]["findings"]
    Path(rows["S2"]["outputs"]["md"]).unlink()
    assert _run("batch", workbook, "-o", out, "--jobs", 1, "--format", "md").exit_code == 0
    rows = {r["key"]: r for r in _summary(out)["bureaus"]}
    assert rows["S2"]["status"] == "ok" and rows["S3"]["status"] == "skipped"
    _run("batch", workbook, "-o", out, "--jobs", 1, "--format", "md", "--force")
    assert {r["status"] for r in _summary(out)["bureaus"]} == {"ok"}


def test_shards_split_the_workbook_without_overlap(workbook, tmp_path):
    out = tmp_path / "out"
    keys = []
    for k in (1, 2):
        result = _run("batch", workbook, "-o", out, "--jobs", 1, "--format", "md", "--shard", f"{k}/2")
        assert result.exit_code == 0
        keys.append([r["key"] for r in _summary(out, f"summary.shard-{k}-of-2")["bureaus"]])
    assert keys == [["S0", "S2", "S4"], ["S1", "S3", "B001"]]
    assert len(list(out.glob("*.md"))) == 6


def test_folder_of_data_files_works_too(tmp_path):
    import yaml

    folder = tmp_path / "data"
    folder.mkdir()
    for i in range(2):
        (folder / f"d{i}.yaml").write_text(yaml.safe_dump(json.loads(json.dumps(synthetic_bureau(i), default=str)),
                                                          allow_unicode=True), encoding="utf-8")
    (folder / "bad.yaml").write_text("kind: dept_self_eval\nyear: 2023\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _run("batch", folder, "-o", out, "--jobs", 1, "--format", "md")
    assert result.exit_code == 1
    rows = {r["key"]: r for r in _summary(out)["bureaus"]}
    assert rows["bad"]["status"] == "failed" and any("bureau" in e for e in rows["bad"]["errors"])
    assert rows["d0"]["status"] == "ok" and Path(rows["d0"]["outputs"]["md"]).name == "d0.md"


def test_unreadable_workbook_and_bad_usage_exit_2(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"junk")
    result = _run("batch", bad, "-o", tmp_path / "out")
    assert result.exit_code == 2 and "无法读取 Excel 工作簿" in result.output
    assert _run("batch", bad, "--shard", "3/2").exit_code == 2
    with pytest.raises(UserError):
        parse_shard("1of2")
    assert parse_shard("2/4") == (2, 4)


def test_init_then_batch(tmp_path):
    path = tmp_path / "new.xlsx"
    assert _run("init", path).exit_code == 0
    result = _run("batch", path, "-o", tmp_path / "out", "--jobs", 1)
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "out").glob("*.docx"))) == 1


def test_serial_batch_makes_tasks_and_bureaus_one_at_a_time(workbook, tmp_path, monkeypatch):
    import weakref

    from gen.batch import run, worker

    live_tasks: list = []
    live_bureaus: list = []
    most = {"tasks": 0, "bureaus": 0}
    dbs = set()
    real_process, real_load = run.process_task, worker.load_bureau

    def process(task):
        live_tasks.append(weakref.ref(task))
        most["tasks"] = max(most["tasks"], sum(r() is not None for r in live_tasks))
        assert task.raw is None and task.db  # a workbook task carries only the bureau's key
        return real_process(task)

    def load(db, key):
        dbs.add(db)
        b = real_load(db, key)
        live_bureaus.append(weakref.ref(b))
        most["bureaus"] = max(most["bureaus"], sum(r() is not None for r in live_bureaus))
        return b

    monkeypatch.setattr(run, "process_task", process)
    monkeypatch.setattr(worker, "load_bureau", load)
    result = _run("batch", workbook, "-o", tmp_path / "out", "--jobs", 1, "--format", "md")
    assert result.exit_code == 0, result.output
    assert len(live_tasks) == 6 and len(live_bureaus) == 6
    assert most["tasks"] <= 2 and most["bureaus"] <= 2
    assert len(dbs) == 1 and not Path(dbs.pop()).exists()  # the temporary index is removed afterwards


def test_interrupted_batch_writes_the_summary_with_what_was_done(workbook, tmp_path, monkeypatch):
    from gen.batch import run

    calls = []
    real = run.process_task

    def process(task):
        calls.append(task.key)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(task)

    monkeypatch.setattr(run, "process_task", process)
    out = tmp_path / "out"
    result = _run("batch", workbook, "-o", out, "--jobs", 1, "--format", "md")
    assert result.exit_code == 130
    rows = _summary(out)["bureaus"]
    assert [r["key"] for r in rows] == ["S0", "S1", "S2", "S3", "S4", "B001"]
    assert [r["status"] for r in rows] == ["ok", "ok"] + ["interrupted"] * 4
    assert rows[2]["errors"] == ["运行被中断，未生成"]
    assert _summary(out)["interrupted"] is True


def test_summary_rows_are_compact_and_the_json_is_standard(workbook, tmp_path):
    from array import array

    from gen.batch.run import Options, run_batch
    from gen.batch.workbook import WorkbookIndex

    out = tmp_path / "out"
    with WorkbookIndex(workbook) as index:
        result = run_batch(index, workbook.name, Options(out_dir=out, formats=("md",), jobs=1),
                           orphans=["人员编制 第9行 A列（单位编号）：不能为空"])
    assert len(result.rows) == 7 and result.rows[0]["status"] == "failed"  # the orphan row comes first
    row = result.rows[1]
    assert isinstance(row["paragraphs"], array) and row["paragraphs"].itemsize == 8 and len(row["paragraphs"]) > 5
    assert row["similar_to"] == [] and row["status"] == "ok"
    text = (out / "summary.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    assert (out / "summary.csv").read_bytes().startswith("\ufeff单位编号".encode("utf-8"))


def test_bounded_confirmation_agrees_with_exact_jaccard(monkeypatch):
    from gen.batch import similarity

    base = "\n\n".join(f"第{i}段：我局认真落实基本公共卫生服务项目，完成居民健康档案建档{i}万份，群众满意度持续提高。"
                       for i in range(6))
    texts = [base, base + "\n\n另行开展了家庭医生签约服务。", "# 标题\n\n完全不同的一段文字，讲述卫生监督执法情况。",
             base.replace("群众", "居民"), base]
    cands = [(i, j, 0.0) for i in range(len(texts)) for j in range(i + 1, len(texts))]
    exact = [(i, j, round(similarity.jaccard(similarity.bigrams(texts[i]), similarity.bigrams(texts[j])), 1))
             for i, j, _ in cands]
    expected = [(i, j, s) for i, j, s in exact if s > 50.0]
    for cache_size in (1, 512):  # evicting and recomputing gives the same figures
        monkeypatch.setattr(similarity, "GRAM_CACHE_SIZE", cache_size)
        found = similarity.confirm(cands, lambda i: texts[i], frozenset(), 50.0)
        assert [(p.a, p.b, p.similarity) for p in found] == expected
    assert len(expected) >= 3


FORMS = Path(__file__).resolve().parents[2] / "examples" / "forms"


def test_xlsx_only_for_bureaus_with_forms_and_the_summary_says_why(workbook, tmp_path):
    """`--format xlsx` on a workbook (no form sheets) generates the rest and says why there is no .xlsx;
    a folder mixing a bureau with forms and one without gives the .xlsx to the first only."""
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(workbook), "-o", str(out), "--format", "md,xlsx", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    rows = _summary(out)["bureaus"]
    assert {r["status"] for r in rows} == {"ok"} and not list(out.glob("*.xlsx"))
    assert all(set(r["outputs"]) == {"md"} and Path(r["outputs"]["md"]).is_file() for r in rows)
    assert all("没有自评表内容" in r["notes"][0] for r in rows)
    with open(out / "summary.csv", encoding="utf-8-sig") as fh:
        assert all("没有自评表内容" in line[-1] for line in list(csv.reader(fh))[1:])
    assert "说明：" in result.stderr and "共 6 个单位" in result.stderr

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "tangxi.yaml").write_bytes((FORMS / "tangxi2022.yaml").read_bytes())
    (folder / "lw.yaml").write_bytes((FORMS.parent / "lw2022.yaml").read_bytes())
    mixed = _run("batch", folder, "-o", tmp_path / "mixed", "--format", "md,xlsx")
    assert mixed.exit_code == 0, mixed.output
    by_key = {r["key"]: r for r in _summary(tmp_path / "mixed")["bureaus"]}
    assert set(by_key["tangxi"]["outputs"]) == {"md", "xlsx"} and by_key["tangxi"]["notes"] == []
    assert (tmp_path / "mixed" / "tangxi.xlsx").is_file() and not (tmp_path / "mixed" / "lw.xlsx").exists()
    assert set(by_key["lw"]["outputs"]) == {"md"} and by_key["lw"]["notes"]


def test_a_writer_error_leaves_no_half_written_set(workbook, tmp_path, monkeypatch):
    import gen.generate.formats as formats

    real = formats.render

    def broken(name, doc, facts, spec):
        if name == "docx":
            raise UserError("写出 Word 失败（测试）")
        return real(name, doc, facts, spec)

    monkeypatch.setattr(formats, "render", broken)
    out = tmp_path / "out"
    result = _run("batch", workbook, "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    assert {r["status"] for r in _summary(out)["bureaus"]} == {"failed"}
    assert sorted(p.name for p in out.iterdir()) == ["summary.csv", "summary.json"]  # no half-written set


def test_number_style_columns_set_each_bureaus_figures_and_a_bad_one_fails_only_its_bureau(tmp_path):
    styled = example_bureau()
    styled["style"] = {"thousands_separator": False, "amount_decimals": "strip"}  # the outline (guangdong) has both
    path = tmp_path / "b.xlsx"
    write_workbook(path, [("K1", styled), ("K2", example_bureau()), ("K3", example_bureau())])
    wb = load_workbook(path)
    ws = wb["单位信息"]
    col = [c.value for c in ws[1]].index("百分比小数") + 1
    ws.cell(row=4, column=col).value = "一位"
    wb.save(path)
    out = tmp_path / "out"
    result = _run("batch", path, "-o", out, "--format", "md")
    assert result.exit_code == 1
    rows = {r["key"]: r for r in _summary(out)["bureaus"]}
    assert rows["K3"]["status"] == "failed" and rows["K3"]["errors"][0].startswith("单位信息 第4行 ")
    assert rows["K3"]["errors"][0].endswith("（百分比小数）：应为以下之一：keep、whole、strip")
    assert rows["K1"]["status"] == rows["K2"]["status"] == "ok"
    k1 = Path(rows["K1"]["outputs"]["md"]).read_text(encoding="utf-8")
    k2 = Path(rows["K2"]["outputs"]["md"]).read_text(encoding="utf-8")
    assert "12345.67万元" in k1 and "4321万元" in k1  # the example's income and basic expenditure, as the bureau writes
    assert "12,345.67万元" in k2 and "4,321.00万元" in k2  # the outline's style: separators and two decimals


def test_a_disk_error_reads_the_same_in_parallel_as_in_serial(workbook, tmp_path, monkeypatch):
    """In parallel a worker writes one bureau's files while it makes the next (worker.process_chunk);
    a failed write still fails exactly that bureau, with the same row as writing in line gives."""
    import gen.batch.worker as worker

    real = worker.write_bytes

    stems = {}

    def full_disk(path, data, **kw):
        if path.suffix == ".docx" and path.stem == stems["S2"]:
            raise UserError(f"写入 {path} 失败（磁盘已满）；原有文件（如有）保持不变")
        return real(path, data, **kw)

    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    _run("batch", workbook, "-o", tmp_path / "names", "--jobs", 1, "--format", "md")
    stems.update({r["key"]: r["stem"] for r in _summary(tmp_path / "names")["bureaus"]})
    monkeypatch.setattr(worker, "write_bytes", full_disk)
    for out, jobs in ((serial, 1), (parallel, 2)):
        result = _run("batch", workbook, "-o", out, "--jobs", jobs, "--format", "md,docx")
        assert result.exit_code == 1, result.output

    def rows(out):
        return [{k: (json.dumps(v, ensure_ascii=False).replace(str(out), "OUT") if k in ("outputs", "errors") else v)
                 for k, v in r.items() if k != "seconds"} for r in _summary(out)["bureaus"]]

    assert rows(serial) == rows(parallel)
    failed = [r for r in _summary(parallel)["bureaus"] if r["status"] == "failed"]
    assert [r["key"] for r in failed] == ["S2"] and "磁盘已满" in failed[0]["errors"][0]
    assert "output_hashes" not in failed[0] and failed[0]["findings"] == {"error": 0, "warning": 0, "info": 0}
    assert (parallel / f"{stems['S2']}.md").exists() and not (parallel / f"{stems['S2']}.docx").exists()
    ok = [r for r in _summary(parallel)["bureaus"] if r["status"] == "ok"]
    assert len(ok) == 5 and all(set(r["output_hashes"]) == {"md", "docx"} for r in ok)
