"""`jixiao check report.docx --annotate reviewed.docx`: one Word comment per finding, at the right text."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from lxml import etree

from gen.check.annotate_docx import annotate, comment_text
from gen.check.finding import SEVERITY_NAMES, Finding
from gen.check.read import read_path
from gen.check.read_docx import element_text
from gen.cli import cli

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE_CANDIDATES = ("/usr/bin/soffice", "/usr/bin/libreoffice")


@pytest.fixture
def rules(fake_registry, regex_rule):
    """W901 flags 各项工作 (crosses a bold/plain run boundary), N901 flags percentages, P901 spans 率/为."""
    fake_registry(
        regex_rule("W901", "各项工作", "error", suggestion="各项任务"),
        regex_rule("N901", r"\d{1,3}\.\d%", "warning"),
        regex_rule("P901", "项工", "info"),
    )


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def make_report(path: Path) -> None:
    """A report with formatted runs, a table, and a flagged phrase split over two runs."""
    d = docx.Document()
    d.add_paragraph("一、基本情况")
    p = d.add_paragraph()
    r = p.add_run("我局认真完成各项")
    r.bold = True
    p.add_run("工作，预算执行率为99.5%。")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "指标"
    t.cell(0, 1).text = "完成值"
    t.cell(1, 0).text = "各项工作完成率"
    t.cell(1, 1).text = "达98.5%"
    d.add_paragraph("二、下一步工作")
    d.save(str(path))


def anchored_texts(path: Path) -> dict[str, str]:
    """Comment id -> the document text between its commentRangeStart and commentRangeEnd."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(f"{W}body")
    open_ids: list[str] = []
    texts: dict[str, str] = {}
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if event == "start" and el.tag == f"{W}commentRangeStart":
            cid = el.get(f"{W}id")
            open_ids.append(cid)
            texts[cid] = ""
        elif event == "start" and el.tag == f"{W}commentRangeEnd":
            open_ids.remove(el.get(f"{W}id"))
        elif event == "start":
            piece = element_text(el)
            for cid in open_ids:
                texts[cid] += piece
        elif event == "end" and el.tag == f"{W}p":
            for cid in open_ids:
                texts[cid] += "\n"
    return texts


def comments_by_id(path: Path) -> dict[str, str]:
    return {str(c.comment_id): c.text for c in docx.Document(str(path)).comments}


def run_check(*args: str):
    return CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)


def test_one_comment_per_finding_at_the_right_text(rules, workdir):
    make_report(workdir / "report.docx")
    before = hashlib.sha256((workdir / "report.docx").read_bytes()).hexdigest()
    result = run_check("report.docx", "--format", "json", "--annotate", "reviewed.docx")
    assert result.exit_code == 1, result.output
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [f["code"] for f in findings] == ["W901", "P901", "N901", "W901", "P901", "N901"]

    reviewed = workdir / "reviewed.docx"
    comments = comments_by_id(reviewed)
    anchors = anchored_texts(reviewed)
    assert len(comments) == len(findings) == len(anchors)
    # comments are numbered in finding order
    for cid, f in zip(sorted(comments, key=int), findings):
        expected = f"{f['code']} {SEVERITY_NAMES[f['severity']]}：{f['message']}"
        if f["suggestion"]:
            expected += f"（建议：{f['suggestion']}）"
        assert comments[cid] == expected
        assert anchors[cid] == f["text"]
    # the original is untouched; the copy reads back to the same text
    assert hashlib.sha256((workdir / "report.docx").read_bytes()).hexdigest() == before
    assert read_path(reviewed).decoded == read_path(workdir / "report.docx").decoded


def test_split_runs_keep_their_formatting(rules, workdir):
    make_report(workdir / "report.docx")
    run_check("report.docx", "--annotate", "reviewed.docx")
    para = docx.Document(str(workdir / "reviewed.docx")).paragraphs[1]
    runs = [(r.text, bool(r.bold)) for r in para.runs if r.text]
    assert runs == [("我局认真完成", True), ("各", True), ("项", True), ("工", False), ("作", False),
                    ("，预算执行率为", False), ("99.5%", False), ("。", False)]


def test_comments_inside_table_cells(rules, workdir):
    make_report(workdir / "report.docx")
    run_check("report.docx", "--annotate", "reviewed.docx")
    with zipfile.ZipFile(workdir / "reviewed.docx") as z:
        root = etree.fromstring(z.read("word/document.xml"))
    cells = root.iter(f"{W}tc")
    in_cells = [el for tc in cells for el in tc.iter(f"{W}commentRangeStart")]
    assert len(in_cells) == 3  # 各项工作, 项工, 98.5% in the table


def _soffice() -> str:
    found = shutil.which("soffice") or next((c for c in SOFFICE_CANDIDATES if Path(c).exists()), None)
    assert found, "LibreOffice (soffice) is missing; .ci/run installs libreoffice-writer-nogui"
    return found


def test_libreoffice_opens_the_copy_and_sees_every_comment(rules, workdir):
    make_report(workdir / "report.docx")
    run_check("report.docx", "--annotate", "reviewed.docx")
    soffice = _soffice()
    profile = (workdir / "lo-profile").as_uri()
    for fmt in ("pdf", "odt"):
        done = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
                               "--outdir", str(workdir / "out"), str(workdir / "reviewed.docx")],
                              capture_output=True, timeout=180)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert (workdir / "out" / "reviewed.pdf").read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(workdir / "out" / "reviewed.odt") as z:
        content = etree.fromstring(z.read("content.xml"))
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    notes = content.findall(f".//{{{office}}}annotation")
    texts = sorted("".join(n.itertext()) for n in notes)
    assert len(notes) == 6
    assert sum("W901" in t for t in texts) == 2 and sum("N901" in t for t in texts) == 2
    assert any("（建议：各项任务）" in t for t in texts)


def test_annotate_rejects_text_input(rules, workdir):
    (workdir / "r.txt").write_text("各项工作\n", encoding="utf-8")
    result = run_check("r.txt", "--annotate", "reviewed.docx")
    assert result.exit_code == 2
    assert "--annotate 只能用于 Word（.docx）文件" in result.stderr
    assert not (workdir / "reviewed.docx").exists()


def test_annotate_refuses_to_overwrite_input(rules, workdir):
    make_report(workdir / "report.docx")
    before = (workdir / "report.docx").read_bytes()
    result = run_check("report.docx", "--annotate", "./report.docx")
    assert result.exit_code == 2
    assert "拒绝覆盖输入" in result.stderr
    assert (workdir / "report.docx").read_bytes() == before


def test_annotate_needs_exactly_one_input(rules, workdir):
    make_report(workdir / "a.docx")
    make_report(workdir / "b.docx")
    result = run_check("a.docx", "b.docx", "--annotate", "reviewed.docx")
    assert result.exit_code == 2
    assert "单个 .docx 文件" in result.stderr


def test_annotate_target_must_be_docx(rules, workdir):
    make_report(workdir / "report.docx")
    result = run_check("report.docx", "--annotate", "reviewed.txt")
    assert result.exit_code == 2
    assert "必须保存为 .docx" in result.stderr


def test_span_across_paragraphs_and_empty_span(tmp_path):
    d = docx.Document()
    d.add_paragraph("第一段末尾")
    d.add_paragraph("第二段开头")
    path = tmp_path / "in.docx"
    d.save(str(path))
    text = read_path(path).decoded
    start = text.index("末尾")
    cross = Finding(start, text.index("开头") + 2, "S901", "error", "跨段")
    empty = Finding(text.index("段开"), text.index("段开"), "P901", "warning", "空", "补充")
    out = tmp_path / "out.docx"
    out.write_bytes(annotate(path.read_bytes(), [cross, empty], text))
    anchors = anchored_texts(out)
    assert anchors["0"] == "末尾\n第二段开头"
    assert anchors["1"] == "段"  # an empty span is anchored on the character after it
    assert comments_by_id(out)["1"] == comment_text(empty) == "P901 警告：空（建议：补充）"


def test_mismatched_text_is_a_user_error(tmp_path):
    from gen.core.errors import UserError

    d = docx.Document()
    d.add_paragraph("正文")
    path = tmp_path / "in.docx"
    d.save(str(path))
    with pytest.raises(UserError, match="不一致"):
        annotate(path.read_bytes(), [], "另一段文字", str(path))


def test_annotated_copy_is_byte_for_byte_reproducible(tmp_path):
    import io

    import docx

    from gen.check.annotate_docx import annotate
    from gen.check.finding import Finding

    document = docx.Document()
    document.add_paragraph("根据《关于印发管理办法的通知》（高财监【2020】6号）要求开展自评。")
    buf = tmp_path / "in.docx"
    document.save(str(buf))
    data = buf.read_bytes()
    text = "根据《关于印发管理办法的通知》（高财监【2020】6号）要求开展自评。"
    start = text.index("【2020】")
    findings = [Finding(start, start + 6, "P002", "warning", "发文字号应使用六角括号", "〔2020〕")]
    first = annotate(data, findings, text)
    second = annotate(data, findings, text)
    assert first == second
    comments = list(docx.Document(io.BytesIO(first)).comments)
    assert len(comments) == 1 and "P002" in comments[0].text
