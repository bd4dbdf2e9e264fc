"""The runner: offsets back to the decoded text, order, duplicates, suppressions, severities.

Also the promise of the issue: GBK, UTF-16 and a .docx with a table give the same
findings, at the same places, as the UTF-8 text of the same content.
"""

from __future__ import annotations

import codecs
import io

import docx
import pytest

from gen.check.config import Config
from gen.check.context import CheckContext
from gen.check.finding import Finding
from gen.check.read import read_path, source_from_text
from gen.check.registry import Rule
from gen.check.runner import check_source, run

PARAGRAPHS = ["一、基本情况", "本年收入325,399.34万元，执行率为99.5%。", "（一）部门职能"]
CELLS = ["项目", "金额（万元）", "基本支出", "55,552.66万元"]
TAIL = ["二、结论", "全年执行率99.5%，较上年提高。"]
CONTENT = "\n".join(PARAGRAPHS + CELLS + TAIL)


def _docx_bytes() -> bytes:
    d = docx.Document()
    for p in PARAGRAPHS:
        d.add_paragraph(p)
    t = d.add_table(rows=2, cols=2)
    for i, text in enumerate(CELLS):
        t.cell(i // 2, i % 2).text = text
    for p in TAIL:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


VARIANTS = {
    "utf8.txt": CONTENT.encode("utf-8"),
    "gbk.txt": CONTENT.encode("gbk"),
    "utf16.txt": codecs.BOM_UTF16_LE + CONTENT.encode("utf-16-le"),
    "utf16-nobom.txt": CONTENT.encode("utf-16-be"),
    "table.docx": _docx_bytes(),
}


def _shape(source, findings):
    out = []
    for f in findings:
        line, col = source.line_col(f.start)
        out.append((f.code, f.start, f.end, source.decoded[f.start:f.end], line, col))
    return out


def test_encodings_and_docx_give_the_same_findings(tmp_path, regex_rule):
    rules = [regex_rule("W901", r"99\.5%"), regex_rule("N901", r"[\d,]{1,12}(?:\.\d{1,2})?万元")]
    shapes = {}
    for name, data in VARIANTS.items():
        path = tmp_path / name
        path.write_bytes(data)
        source = read_path(path)
        assert source.decoded == CONTENT
        shapes[name] = _shape(source, check_source(source, rules))
    expected = shapes["utf8.txt"]
    assert [s[3] for s in expected] == ["325,399.34万元", "99.5%", "55,552.66万元", "99.5%"]
    # line/column of the table cell "55,552.66万元": the 7th line, first column
    assert expected[2][4:] == (7, 1)
    assert expected[3][4:] == (9, 6)
    for name, shape in shapes.items():
        assert shape == expected, name


def test_offsets_map_back_across_joined_lines(regex_rule):
    text = "一、概况\n我局全年认真贯彻落实区委区政府的决策部署，完成了各项\n工作任务，\n执行率为99%。\n"
    source = source_from_text(text)
    findings = check_source(source, [regex_rule("W901", "各项工作"), regex_rule("N901", r"99%")])
    assert [(f.code, source.decoded[f.start:f.end]) for f in findings] == [("W901", "各项\n工作"), ("N901", "99%")]
    assert source.line_col(findings[0].start) == (2, 25)
    assert source.line_col(findings[1].start) == (4, 5)


def test_rules_see_the_analysis_text():
    seen = []

    def check(ctx: CheckContext):
        seen.append(ctx.text)
        return ()

    rule = Rule("W902", "probe", "info", "探针", "测试", check=check)
    check_source(source_from_text("完成了各项，\n工作任务。"), [rule])
    assert seen == ["完成了各项，工作任务。"]


def test_sorted_and_deduplicated():
    def check(ctx):
        yield Finding(5, 7, "W903", "warning", "乙")
        yield Finding(0, 2, "W903", "warning", "甲")
        yield Finding(5, 7, "W903", "warning", "乙")

    def check2(ctx):
        yield Finding(0, 2, "P903", "info", "丙")

    rules = [Rule("W903", "a", "warning", "a", "a", check=check), Rule("P903", "b", "info", "b", "b", check=check2)]
    findings = check_source(source_from_text("一二三四五六七八。"), rules)
    assert [(f.start, f.code, f.message) for f in findings] == [(0, "P903", "丙"), (0, "W903", "甲"), (5, "W903", "乙")]


@pytest.mark.parametrize(
    "comment, kept_codes",
    [
        ("jixiao: ignore W901", ["P901"]),
        ("<!-- jixiao: ignore W901,P901 -->", []),
        ("jixiao: ignore W", ["P901"]),
        ("jixiao：ignore P901 W901", []),
        ("jixiao: ignore", []),
        ("jixiao: ignore N001", ["P901", "W901"]),
    ],
)
def test_suppression_comment_covers_its_line_and_the_next(regex_rule, comment, kept_codes):
    rules = [regex_rule("W901", "的的"), regex_rule("P901", ",")]
    text = f"第一段的的,\n{comment}\n第二段的的,\n第三段的的,\n"
    source = source_from_text(text, kind="md")
    findings = check_source(source, rules)
    first_line = [f.code for f in findings if source.line_col(f.start)[0] == 1]
    third_line = [f.code for f in findings if source.line_col(f.start)[0] == 3]
    fourth_line = [f.code for f in findings if source.line_col(f.start)[0] == 4]
    assert first_line == ["W901", "P901"]  # the line above a comment is not covered
    assert sorted(third_line) == kept_codes
    assert fourth_line == ["W901", "P901"]  # two lines below: not covered


def test_suppression_on_the_same_line(regex_rule):
    source = source_from_text("本段的的。 jixiao: ignore W901\n下一段的的。\n")
    assert check_source(source, [regex_rule("W901", "的的")]) == []


def test_findings_inside_the_comment_are_dropped(regex_rule):
    source = source_from_text("正文。<!-- jixiao: ignore N001 -->\n")
    assert check_source(source, [regex_rule("L901", "[a-z]{2,10}")]) == []


def test_suppression_does_not_apply_to_docx(regex_rule):
    source = source_from_text("jixiao: ignore\n的的", kind="docx", join_lines=False)
    assert [f.code for f in check_source(source, [regex_rule("W901", "的的")])] == ["W901"]


def test_rule_exception_propagates_without_handler():
    def broken(ctx):
        raise RuntimeError("boom")

    rule = Rule("W904", "broken", "error", "坏", "坏", check=broken)
    with pytest.raises(RuntimeError):
        check_source(source_from_text("正文。"), [rule])


def test_rule_exception_is_reported_and_others_run(regex_rule):
    def broken(ctx):
        yield Finding(0, 1, "W904", "error", "x")
        raise RuntimeError("boom")

    bad = Rule("W904", "broken", "error", "坏", "坏", check=broken)
    seen = []
    result = run(source_from_text("的的。"), [bad, regex_rule("W901", "的的")],
                 on_rule_error=lambda rule, exc: seen.append((rule.code, str(exc))))
    assert seen == [("W904", "boom")]
    assert result.failed_rules == ("W904",)
    assert [f.code for f in result.findings] == ["W901"]  # nothing half-done from the broken rule


def test_data_rules_run_only_with_data(regex_rule):
    rule = regex_rule("G901", "的的", needs_data=True)
    source = source_from_text("的的。")
    assert check_source(source, [rule]) == []
    assert [f.code for f in check_source(source, [rule], data=object())] == ["G901"]


def test_data_reaches_the_context():
    got = []
    rule = Rule("G902", "probe", "error", "a", "a", needs_data=True, check=lambda ctx: got.append(ctx.data) or ())
    marker = object()
    check_source(source_from_text("正文。"), [rule], data=marker)
    assert got == [marker]


def test_severity_override(regex_rule):
    config = Config(severity={"W": "info", "W901": "warning"})
    findings = check_source(source_from_text("的的，的的"), [regex_rule("W901", "的的"), regex_rule("W902", "，")],
                            config=config)
    assert [(f.code, f.severity) for f in findings] == [("W901", "warning"), ("W902", "info"), ("W901", "warning")]


def test_context_analyses_are_lazy_and_offsets_match():
    ctx = CheckContext("一、基本情况\n广州市荔湾区卫生健康局预算执行率为99.5%。\n（二）预算")
    assert "doc" not in ctx.__dict__ and "tokens" not in ctx.__dict__
    heads = ctx.headings
    assert [(h.mark, h.level, h.number, h.title) for h in heads] == [("一、", 1, 1, "基本情况"), ("（二）", 2, 2, "预算")]
    for tok in ctx.tokens:
        assert ctx.text[tok.start:tok.end] == tok.text
    assert [p.text for p in ctx.places] == ["广州市", "荔湾区"]
    assert [o.text for o in ctx.organisations] == ["广州市荔湾区卫生健康局"]
    doc = ctx.doc
    assert doc.text == ctx.text
    assert len(list(doc.sents)) >= 2
    assert "doc" in ctx.__dict__


def test_glossary_terms_stay_whole_in_the_segmenter():
    from gen.check.analyse import tokenize
    from gen.core.glossary import segmenter_words

    words = [w for w in segmenter_words() if len(w) >= 3 and w.isalpha()][:20]
    assert words, "the glossary should provide segmenter words"
    for w in words:
        assert w in [t.text for t in tokenize(f"我局推进{w}工作。")], w


def test_pipeline_is_built_once():
    from gen.check.analyse import get_nlp

    assert get_nlp() is get_nlp()
    assert "sentencizer" in get_nlp().pipe_names
