"""The web app's routes through Starlette's TestClient: what a user submits and gets back."""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

import docx
import pytest
from starlette.testclient import TestClient

from gen.core.load import load_spec
from gen.generate.render import render_document
from gen.generate.write.markdown import to_markdown

from .support import EXAMPLES, EXPECTED_FAMILIES, FLAGGED_TEXT, csrf_of, docx_with, one_bureau_workbook, \
    workbook_with_bad_cell

DOWNLOAD_RE = re.compile(r'href="(/download/[0-9a-f]{32}/(\w+))"')


def _token(client, page="/generate"):
    return csrf_of(client.get(page).text)


def _downloads(html: str) -> dict[str, str]:
    return {key: url for url, key in DOWNLOAD_RE.findall(html)}


def _generate_file(client, path, **extra):
    data = {"csrf_token": _token(client), "source": "file", "seed": "0", **extra}
    return client.post("/generate", data=data, files={"data_file": (path.name, path.read_bytes())})


def test_pages_answer_in_chinese(client):
    for page, title in (("/generate", "生成报告"), ("/check", "检查报告"), ("/batch", "批量生成"), ("/help", "帮助")):
        r = client.get(page)
        assert r.status_code == 200
        assert f"<h1>{title}</h1>" in r.text
        assert 'lang="zh-CN"' in r.text
        assert not re.search(r'(src|href)="(https?:)?//', r.text)  # nothing loaded from the network
    assert client.get("/", follow_redirects=False).headers["location"] == "/generate"


def test_generate_from_yaml_gives_the_cli_output_and_three_downloads(client):
    r = _generate_file(client, EXAMPLES / "lw2022.yaml")
    assert r.status_code == 200
    assert 'id="report-result"' in r.text
    links = _downloads(r.text)
    assert set(links) == {"docx", "md", "json"}
    md = client.get(links["md"])
    doc, _ = render_document(load_spec(EXAMPLES / "lw2022.yaml"))
    assert md.content.decode("utf-8") == to_markdown(doc)  # same bytes as jixiao generate
    word = docx.Document(io.BytesIO(client.get(links["docx"]).content))
    assert any("荔湾区卫生健康局" in p.text for p in word.paragraphs)
    manifest = json.loads(client.get(links["json"]).content)["manifest"]
    assert manifest and 'class="para has-facts"' in r.text
    first = manifest[0]
    assert f'id="facts-{first["paragraph"]}"' in r.text  # each paragraph's facts, from the manifest
    for fact in first["phrases"][0]["facts"]:
        assert f"<code>{fact}</code>" in r.text


def test_generate_is_deterministic_and_the_seed_changes_wording(client):
    def md(seed):
        links = _downloads(_generate_file(client, EXAMPLES / "yt2023.yaml", seed=seed).text)
        return client.get(links["md"]).content

    assert md("0") == md("0")
    assert md("0") != md("7")


def test_placeholders_are_highlighted(client):
    r = _generate_file(client, EXAMPLES / "gy2021.yaml")
    assert r.status_code == 200
    marks = re.findall(r'<mark class="placeholder">(【待补充：[^<]*】)</mark>', r.text)
    count = re.search(r'id="placeholder-count">(.*?)</p>', r.text, re.S).group(1)
    if marks:
        assert f"共 {len(marks)} 处" in count
    else:
        assert "没有待补充的内容" in count


def test_outline_chosen_on_the_page_is_used(client):
    r = _generate_file(client, EXAMPLES / "lw2022.yaml", kind="dept_self_eval", profile="shenzhen")
    links = _downloads(r.text)
    spec = load_spec(EXAMPLES / "lw2022.yaml")
    from gen.web.pipeline import with_outline

    doc, _ = render_document(with_outline(spec, "dept_self_eval", "shenzhen", "x"))
    assert client.get(links["md"]).content.decode() == to_markdown(doc)


def test_form_errors_appear_next_to_their_fields(client):
    data = {"csrf_token": _token(client), "source": "form", "seed": "0", "year": "去年",
            "finance.income": "一百万", "bureau.name": "某某局"}
    r = client.post("/generate", data=data)
    assert r.status_code == 400
    year = re.search(r'<div class="field has-error" data-field="year">.*?</div>', r.text, re.S)
    assert year and "字段 year（年度）：应为整数" in year.group()
    income = re.search(r'<div class="field has-error" data-field="finance.income">.*?</div>', r.text, re.S)
    assert income and "应为数字" in income.group()
    # the region is optional (it chooses the outline; without it the national one): no error stands at it
    region = re.search(r'data-group="bureau.region">.*?</fieldset>', r.text, re.S)
    assert region and "缺少必填字段" not in region.group() and "has-error" not in region.group()
    assert 'value="某某局"' in r.text  # what the user typed is kept


def test_form_generates_a_report(client):
    data = {"csrf_token": _token(client), "source": "form", "seed": "0", "year": "2023",
            "bureau.name": "某市某区民政局", "bureau.region.province": "广东省",
            "finance.income": "1234.5", "finance.expenditure": "1200", "evaluation.score": "91",
            "duties": "负责社会救助工作\n负责养老服务工作"}
    r = client.post("/generate", data=data)
    assert r.status_code == 200, re.findall(r'field-error[^>]*>([^<]+)', r.text)
    assert "2023年度某市某区民政局部门整体支出绩效自评报告" in r.text
    md = client.get(_downloads(r.text)["md"]).content.decode()
    assert "1,234.50万元" in md


def test_data_file_errors_are_shown_at_the_upload_with_their_line(client):
    r = client.post("/generate", data={"csrf_token": _token(client), "source": "file"},
                    files={"data_file": ("bad.yaml", b"bureau:\n  name: x\n\tyear: 2020\n")})
    assert r.status_code == 400
    field = re.search(r'data-field="data_file".*?</div>', r.text, re.S).group()
    assert "bad.yaml:3: YAML 格式错误" in field
    assert "/tmp" not in r.text  # the temporary path never shows


def test_one_bureau_workbook_generates_and_a_batch_workbook_is_refused(client, tmp_path):
    r = _generate_file(client, one_bureau_workbook(tmp_path))
    assert r.status_code == 200 and set(_downloads(r.text)) == {"docx", "md", "json"}
    r = _generate_file(client, EXAMPLES / "bureaus.xlsx")
    assert r.status_code == 400
    assert "生成单份报告时只能有一个单位" in r.text


def test_check_highlights_findings_by_family_and_offers_downloads(client):
    r = client.post("/check", data={"csrf_token": _token(client, "/check")},
                    files={"report_file": ("报告.txt", FLAGGED_TEXT.encode("gb18030"))})
    assert r.status_code == 200
    families = set(re.findall(r'<mark id="f-\d+" data-code="([A-Z])\d+" class="fam-\1', r.text))
    assert EXPECTED_FAMILIES <= families
    items = re.findall(r'<li class="finding sev-(\w+)" data-family="(\w)" data-severity="\1"', r.text)
    assert len(items) == r.text.count('<mark id="f-')
    links = _downloads(r.text)
    assert set(links) == {"html", "json", "sarif", "xlsx"}
    found = json.loads(client.get(links["json"]).content)
    assert {f["code"][0] for f in found["files"][0]["findings"]} >= EXPECTED_FAMILIES
    assert found["files"][0]["path"] == "报告.txt"
    sarif = json.loads(client.get(links["sarif"]).content)
    assert sarif["version"] == "2.1.0"


def test_check_docx_gives_an_annotated_copy(client):
    r = client.post("/check", data={"csrf_token": _token(client, "/check")},
                    files={"report_file": ("报告.docx", docx_with(FLAGGED_TEXT))})
    links = _downloads(r.text)
    assert "docx" in links
    annotated = client.get(links["docx"])
    names = zipfile.ZipFile(io.BytesIO(annotated.content)).namelist()
    assert "word/comments.xml" in names
    comments = zipfile.ZipFile(io.BytesIO(annotated.content)).read("word/comments.xml").decode()
    assert comments.count("<w:comment ") == r.text.count('<mark id="f-')


def test_check_refuses_unreadable_files_with_the_readers_message(client):
    r = client.post("/check", data={"csrf_token": _token(client, "/check")},
                    files={"report_file": ("旧文件.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)})
    assert r.status_code == 400
    field = re.search(r'data-field="report_file".*?</div>', r.text, re.S).group()
    assert "旧文件.doc：LibreOffice 无法转换该 .doc 文件" in field and "upload" not in field


def test_check_with_data_runs_the_grounding_rules(client):
    text = "调整后预算30,758.63万元，实际到位资金30,785.63万元。\n"
    r = client.post("/check", data={"csrf_token": _token(client, "/check")},
                    files={"report_file": ("a.txt", text.encode()),
                           "data_file": ("gy2021.yaml", (EXAMPLES / "gy2021.yaml").read_bytes())})
    assert r.status_code == 200
    assert 'data-code="G' in r.text


def test_post_without_or_with_a_forged_csrf_token_is_refused(client, app):
    for token in (None, "forged", _token(client)[:-2] + "xx"):
        data = {"csrf_token": token} if token else {}
        r = client.post("/check", data=data, files={"report_file": ("a.txt", b"x")})
        assert r.status_code == 403
        assert "安全校验" in r.text
    other = TestClient(app)  # another browser: its token does not fit this session
    foreign = csrf_of(other.get("/check").text)
    r = client.post("/check", data={"csrf_token": foreign}, files={"report_file": ("a.txt", b"x")})
    assert r.status_code == 403


def test_downloads_belong_to_their_session_and_paths_never_reach_the_disk(client, app):
    links = _downloads(_generate_file(client, EXAMPLES / "lw2022.yaml").text)
    stranger = TestClient(app)
    assert stranger.get(links["md"]).status_code == 404
    item = links["md"].split("/")[2]
    for bad in (f"/download/{item}/meta.json", f"/download/{item}/..%2fmeta.json", "/download/..%2f..%2fetc/passwd",
                f"/download/{item.upper()}/md", "/download/x/md", f"/download/{item}/meta"):
        assert client.get(bad).status_code == 404, bad


def test_concurrent_users_get_their_own_reports(app):
    files = ["lw2022.yaml", "gy2021.yaml", "yt2023.yaml", "ny2022.yaml"]

    def user(name):
        with TestClient(app) as c:
            r = _generate_file(c, EXAMPLES / name)
            links = _downloads(r.text)
            md = c.get(links["md"]).content.decode()
            return name, md, links

    with ThreadPoolExecutor(len(files)) as pool:
        results = list(pool.map(user, files * 2))
    for name, md, _ in results:
        doc, _ = render_document(load_spec(EXAMPLES / name))
        assert md == to_markdown(doc), name
    items = [links["md"] for _, _, links in results]
    assert len(set(items)) == len(items)


def test_uploads_above_the_configured_limit_are_refused(tmp_path):
    from gen.web.app import Settings, create_app

    (tmp_path / "jixiao.toml").write_text("max_bytes = 1000\n", encoding="utf-8")
    app = create_app(Settings(store_root=tmp_path / "store", secret="s" * 32, config_path=tmp_path / "jixiao.toml",
                              warm=False))
    with TestClient(app) as c:
        token = csrf_of(c.get("/check").text)
        r = c.post("/check", data={"csrf_token": token}, files={"report_file": ("a.txt", "字" * 200_000)})
        assert r.status_code == 413
        assert "文件过大" in r.text or "过大" in r.text
        r = c.post("/check", data={"csrf_token": token}, files={"report_file": ("a.txt", "字" * 400)})
        assert r.status_code == 413  # above 1000 bytes: the checker's limit applies to the file itself
        assert "1000" in r.text


def test_blank_workbook_is_what_jixiao_init_writes(client, tmp_path):
    r = client.get("/workbook")
    assert r.status_code == 200
    from openpyxl import load_workbook

    def cells(source):
        wb = load_workbook(source, read_only=True)
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}

    assert cells(io.BytesIO(r.content)) == cells(one_bureau_workbook(tmp_path))
    assert "filename*=UTF-8''" in r.headers["content-disposition"]


def test_help_lists_every_rule_with_its_examples(client):
    from gen.check.registry import all_rules

    text = client.get("/help").text
    for rule in all_rules():
        assert f'id="rule-{rule.code}"' in text
    assert text.count('class="examples flag"') == sum(1 for r in all_rules() if r.flag)


def test_batch_runs_in_the_background_and_zips_reports_and_summary(client, tmp_path):
    bad = workbook_with_bad_cell(tmp_path)
    r = client.post("/batch", data={"csrf_token": _token(client, "/batch"), "seed": "0"},
                    files={"workbook": ("bad.xlsx", bad.read_bytes())}, follow_redirects=False)
    assert r.status_code == 303
    page = r.headers["location"]
    deadline = time.monotonic() + 240
    while True:
        status = client.get(page + "/status").json()
        if status["state"] in ("done", "error") or time.monotonic() > deadline:
            break
        assert status["state"] in ("queued", "running")
        time.sleep(0.5)
    assert status["state"] == "done", status
    assert len(status["failed"]) == 1 and "本年收入" in " ".join(status["failed"][0]["messages"])
    html = client.get(page).text
    assert 'id="batch-failed"' in html and "本年收入" in html
    links = _downloads(html)
    archive = zipfile.ZipFile(io.BytesIO(client.get(links["zip"]).content))
    names = archive.namelist()
    assert "summary.csv" in names and "summary.json" in names
    # every generated bureau with placeholders is listed with its count, as summary.json gives it
    summary = json.loads(archive.read("summary.json"))
    expected = {r["key"]: r["placeholders"] for r in summary["bureaus"] if r["status"] == "ok" and r.get("placeholders")}
    assert expected and {g["key"]: g["placeholders"] for g in status["gaps"]} == expected
    assert 'id="batch-gaps"' in html and "有待补充内容的单位" in html
    assert sum(n.endswith(".docx") for n in names) == status["ok"]
    assert TestClient(client.app).get(page + "/status").status_code == 404  # another session


def test_expired_results_are_removed(tmp_path):
    from gen.web.store import Store

    store = Store(tmp_path, ttl=0)
    item = store.create("owner", "report")
    store.put(item, "md", "a.md", b"x", "text/markdown")
    time.sleep(0.01)
    assert store.get(item, "md", "owner") is None
    assert store.sweep(force=True) == 1
    assert not (tmp_path / item).exists()


@pytest.mark.parametrize("key", ["../x", "META", "a.b", ""])
def test_store_refuses_keys_it_did_not_choose(tmp_path, key):
    from gen.web.store import Store

    store = Store(tmp_path)
    item = store.create("o", "report")
    with pytest.raises(ValueError):
        store.put(item, key, "x", b"", "text/plain")


def test_choosing_upload_without_a_file_says_so_at_the_upload(client):
    r = client.post("/generate", data={"csrf_token": _token(client), "source": "file", "seed": "0"})
    assert r.status_code == 400
    field = re.search(r'data-field="data_file".*?</div>', r.text, re.S).group()
    assert "请选择数据文件" in field


def test_placeholders_and_self_check_warnings_are_marked_in_the_shown_report(tmp_path):
    """An administrator's template (``serve --templates``) adds a placeholder and a doubled word."""
    from gen.core.resources import data_dir
    from gen.web.app import Settings, create_app

    templates = tmp_path / "templates"
    section = templates / "dept_self_eval" / "sections"
    section.mkdir(parents=True)
    original = (data_dir("templates") / "dept_self_eval" / "sections" / "problems.md.j2").read_text(encoding="utf-8")
    (section / "problems.md.j2").write_text(
        original + '\n\n我们的的工作仍有不足，{{ missing("绩效自评工作组织情况") }}。\n', encoding="utf-8")
    app = create_app(Settings(store_root=tmp_path / "store", secret="s" * 32, templates_dir=templates, warm=False))
    with TestClient(app) as c:
        r = _generate_file(c, EXAMPLES / "lw2022.yaml")
        assert r.status_code == 200
        assert '<mark class="placeholder">【待补充：绩效自评工作组织情况】</mark>' in r.text
        shown = int(re.search(r"共 (\d+) 处", r.text).group(1))  # every placeholder of the report is counted
        assert shown >= 1 and shown == r.text.count('<mark class="placeholder">【待补充：')
        flag = re.search(r'<mark class="flag sev-warning" title="(W002[^"]*)">([^<]*)</mark>', r.text)
        assert flag and flag.group(2) == "的的"
        assert "W002" in re.search(r'id="warnings">.*?</details>', r.text, re.S).group()


def test_findings_map_onto_paragraph_text_even_after_markdown_escapes():
    from gen.check.finding import Finding
    from gen.generate.document import Document, Heading, Paragraph
    from gen.generate.write.markdown import to_markdown
    from gen.web.pipeline import _by_paragraph

    doc = Document("标题", [Heading(1, "一、", "概况"), Paragraph("1. 我们的的工作"), Paragraph("其次的的说明")])
    md = to_markdown(doc)
    findings = [Finding(m.start(), m.end(), "W002", "warning", "重复") for m in re.finditer("的的", md)]
    spans = _by_paragraph(doc, findings)
    assert [doc.blocks[1].text[s:e] for s, e, _, _ in spans[0]] == ["的的"]
    assert [doc.blocks[2].text[s:e] for s, e, _, _ in spans[1]] == ["的的"]


def test_uploads_are_gone_when_the_response_is(client, tmp_path, monkeypatch):
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    assert _generate_file(client, one_bureau_workbook(tmp_path)).status_code == 200
    r = client.post("/check", data={"csrf_token": _token(client, "/check")},
                    files={"report_file": ("报告.docx", docx_with(FLAGGED_TEXT)),
                           "data_file": ("gy2021.yaml", (EXAMPLES / "gy2021.yaml").read_bytes())})
    assert r.status_code == 200
    assert list(scratch.iterdir()) == []


def test_concurrent_checks_see_only_their_own_text(app):
    texts = {f"用户{i}.txt": f"用户{i}的报告。\n" + FLAGGED_TEXT for i in range(6)}

    def user(name):
        with TestClient(app) as c:
            token = csrf_of(c.get("/check").text)
            r = c.post("/check", data={"csrf_token": token}, files={"report_file": (name, texts[name].encode())})
            found = json.loads(c.get(_downloads(r.text)["json"]).content)
            return name, r.text, found

    with ThreadPoolExecutor(3) as pool:
        for name, html, found in pool.map(user, list(texts)):
            assert found["files"][0]["path"] == name
            others = [n for n in texts if n != name]
            assert name.removesuffix(".txt") + "的报告" in html
            assert not any(o.removesuffix(".txt") + "的报告" in html for o in others)


def test_a_batch_whose_server_stopped_is_reported_as_ended(tmp_path):
    import os

    from gen.web import batch_job

    batch_job.write_status(tmp_path, state="running", done=3, total=10)
    assert batch_job.read_status(tmp_path, stale_after=60)["state"] == "running"
    old = time.time() - 120
    os.utime(tmp_path / batch_job.STATUS, (old, old))
    status = batch_job.read_status(tmp_path, stale_after=60)
    assert status["state"] == "error" and "中断" in status["messages"][0]


def test_a_bug_gives_a_chinese_page_not_a_traceback(app, monkeypatch):
    from gen.web import pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("模板引擎坏了")

    monkeypatch.setattr(pipeline, "generate", broken)
    c = TestClient(app, raise_server_exceptions=False)
    r = c.post("/generate", data={"csrf_token": csrf_of(c.get("/generate").text), "source": "file"},
               files={"data_file": ("lw2022.yaml", (EXAMPLES / "lw2022.yaml").read_bytes())})
    assert r.status_code == 500
    assert "内部错误（RuntimeError：模板引擎坏了）" in r.text
    assert "Traceback" not in r.text


def test_session_cookie_is_httponly_and_pages_forbid_foreign_content(app):
    c = TestClient(app)
    r = c.get("/help")
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert "set-cookie" not in c.get("/help").headers  # one session per browser
    tls = TestClient(app, base_url="https://testserver")
    assert "Secure" in tls.get("/help").headers["set-cookie"]
