"""`jixiao check --format html`: a self-contained page whose highlights match the findings.

The Chromium tests render the page in Debian's headless chromium (installed by
.ci/run) and read the DOM it built, so they prove what a browser shows, not
just what we wrote.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from gen.check.finding import Finding
from gen.check.read import source_from_text
from gen.check.report_html import highlight, to_html
from gen.check.runner import FileResult
from gen.cli import cli

TEXT = "一、基本情况\n我局全年认真完成各项工作，预算执行率为99.5%。\n<script>alert(1)</script> & “引号”\n"


@pytest.fixture
def rules(fake_registry, regex_rule):
    """Overlapping and crossing spans on purpose: 各项工作 / 项工作，预算 / 工作 / 99.5%."""
    fake_registry(
        regex_rule("W901", "各项工作", "error", suggestion="各项任务"),
        regex_rule("T901", "项工作，预算", "warning"),
        regex_rule("S901", "工作", "info"),
        regex_rule("N901", r"\d{1,3}\.\d%", "error"),
        regex_rule("P901", "<script>", "warning", suggestion="删除"),
    )


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    assert found, "chromium is missing; .ci/run installs Debian's chromium package"
    return found


def chromium_run(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp / 'chromium-profile'}", *args],
        capture_output=True, timeout=180)


def rendered_dom(page: Path, tmp: Path):
    done = chromium_run(tmp, "--dump-dom", page.resolve().as_uri())
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return lxml_html.fromstring(done.stdout.decode("utf-8"))


def write_inputs(workdir: Path) -> None:
    (workdir / "a.txt").write_text(TEXT, encoding="utf-8")
    d = docx.Document()
    d.add_paragraph("我局完成各项工作。")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "执行率"
    t.cell(0, 1).text = "98.5%"
    d.save(str(workdir / "b.docx"))


def check_json(*paths: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *paths], catch_exceptions=False)
    return [f for file in json.loads(result.stdout)["files"] for f in file["findings"]]


def test_chromium_renders_one_highlight_per_finding(rules, workdir):
    write_inputs(workdir)
    result = CliRunner().invoke(cli, ["check", "a.txt", "b.docx", "--format", "html", "-o", "report.html"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    findings = check_json("a.txt", "b.docx")
    assert len(findings) == 8

    dom = rendered_dom(workdir / "report.html", workdir)
    marks = dom.xpath("//mark")
    assert len(marks) == len(findings)
    assert [m.get("data-code") for m in marks] == [f["code"] for f in findings]
    assert [m.get("id") for m in marks] == [f"f-{n}" for n in range(1, len(findings) + 1)]
    for m, f in zip(marks, findings):
        assert f"fam-{f['code'][0]}" in m.get("class").split()
        assert f"sev-{f['severity']}" in m.get("class").split()
    # every highlight's text (its mark plus any continuation) is the finding's text
    for n, f in enumerate(findings, start=1):
        mark = dom.get_element_by_id(f"f-{n}")
        conts = dom.xpath(f'//span[@data-ref="f-{n}"]')
        assert mark.text_content() + "".join(c.text_content() for c in conts) == f["text"]
    # the list links to every mark; the script in the text stayed text
    hrefs = [a.get("href") for a in dom.xpath("//ol[@class='findings']//a")]
    assert sorted(hrefs, key=lambda h: int(h[3:])) == [f"#f-{n}" for n in range(1, len(findings) + 1)]
    assert not dom.xpath("//body//script")
    assert "<script>alert(1)</script>" in dom.xpath("//section[@id='file-1']//div[@class='text']")[0].text_content()
    assert dom.xpath("//section[@id='file-2']//h2")[0].text_content() == "b.docx"


def test_page_is_self_contained_and_prints(rules, workdir):
    write_inputs(workdir)
    CliRunner().invoke(cli, ["check", "a.txt", "--format", "html", "-o", "report.html"], catch_exceptions=False)
    page = (workdir / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"(?:src|href)\s*=\s*[\"'](?:https?:)?//|@import|url\(", page)
    assert '<meta name="viewport"' in page and "@media print" in page and "@media (max-width" in page
    done = chromium_run(workdir, f"--print-to-pdf={workdir / 'report.pdf'}", "--no-pdf-header-footer",
                        (workdir / "report.html").as_uri())
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert (workdir / "report.pdf").read_bytes().startswith(b"%PDF")


def test_same_input_same_bytes(rules, workdir):
    write_inputs(workdir)
    first = CliRunner().invoke(cli, ["check", "a.txt", "b.docx", "--format", "html"]).stdout
    second = CliRunner().invoke(cli, ["check", "a.txt", "b.docx", "--format", "html"]).stdout
    assert first == second and first.startswith("<!DOCTYPE html>")


def test_crossing_spans_nest_with_continuations():
    text = "abcdefgh"
    findings = [Finding(0, 5, "T001", "error", "a"), Finding(3, 8, "W001", "warning", "b")]
    out = highlight(text, findings)
    assert out == ('<mark id="f-1" data-code="T001" class="fam-T sev-error" title="T001 错误：a">abc'
                   '<mark id="f-2" data-code="W001" class="fam-W sev-warning" title="W001 警告：b">de</mark></mark>'
                   '<span class="fam-W sev-warning cont" data-ref="f-2">fgh</span>')


def test_empty_span_and_escaping():
    findings = [Finding(1, 1, "P001", "info", "<缺>", "“补”"), Finding(1, 2, "L001", "error", "x&y")]
    out = highlight("a<b", findings, first_id=7)
    assert out == ('a<mark id="f-7" data-code="P001" class="fam-P sev-info" title="P001 提示：&lt;缺&gt;（建议：“补”）">'
                   '</mark><mark id="f-8" data-code="L001" class="fam-L sev-error" title="L001 错误：x&amp;y">&lt;</mark>b')


def test_counts_by_family_and_severity():
    source = source_from_text("各项工作各项工作", path="r.txt")
    findings = [Finding(0, 4, "W001", "error", "m"), Finding(4, 8, "W001", "warning", "m"),
                Finding(0, 2, "N001", "info", "n")]
    page = to_html([FileResult(source, sorted(findings))])
    doc = lxml_html.fromstring(page)
    rows = {r.xpath("./th")[0].text_content().strip(): [td.text_content() for td in r.xpath("./td")]
            for r in doc.xpath("//table[@class='counts']/tbody/tr")}
    assert rows == {"N 数字": ["0", "0", "1", "1"], "W 用词": ["1", "1", "0", "2"], "合计": ["1", "1", "1", "3"]}
    headings = [h.text_content() for h in doc.xpath("//section//h3 | //section//h4")]
    assert headings == ["W 用词（2）", "错误（1）", "警告（1）", "N 数字（1）", "提示（1）", "正文"]


def test_no_findings_page():
    page = to_html([FileResult(source_from_text("正文。", path="ok.txt"), [])])
    assert "未发现问题" in page and "<mark" not in page
