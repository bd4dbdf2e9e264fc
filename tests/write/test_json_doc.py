import datetime as dt
import json
from decimal import Decimal

from gen.generate.document import Document, Heading, Paragraph, PhraseUse
from gen.generate.write.json_doc import fact_text, to_json


def test_top_level_shape_and_order(sample):
    data = json.loads(to_json(sample, {"score": 95}))
    assert list(data) == ["version", "title", "kind", "bureau", "year", "paragraphs", "tables", "sections", "manifest",
                          "placeholders", "traced", "unused", "warnings", "facts"]
    assert data["version"] == 1
    assert data["title"] == sample.title
    assert (data["kind"], data["bureau"], data["year"]) == ("dept_self_eval", "某区卫生健康局", 2022)
    # The paragraph before the first heading belongs to the document itself.
    assert [p["text"][:4] for p in data["paragraphs"]] == ["根据区财"]


def test_sections_nest_by_heading_level(sample):
    data = json.loads(to_json(sample, None))
    top = data["sections"]
    assert [(s["number"], s["title"], s["level"]) for s in top] == [("一、", "基本情况", 1), ("二、", "绩效评价", 1)]
    first = top[0]
    assert first["paragraphs"] == [] and first["tables"] == []
    assert [s["number"] + s["title"] for s in first["sections"]] == ["（一）部门职能", "（二）预算情况"]
    budget = first["sections"][1]
    assert budget["paragraphs"][0]["index"] == 2
    assert budget["tables"] == [{
        "index": 0,
        "block": 6,
        "caption": "表1 支出结构",
        "header": ["项目", "金额（万元）", "占比"],
        "rows": [["基本支出", "1,205.00", "37.60%"], ["项目支出", "2,000.00", "62.40%"]],
    }]
    # A level-3 heading directly under a level-1 heading nests under it; level 4 under level 3.
    second = top[1]
    level3 = second["sections"][0]
    assert (level3["number"], level3["level"]) == ("1.", 3)
    level4 = level3["sections"][0]
    assert (level4["number"], level4["title"]) == ("（1）", "数量指标")
    assert level4["paragraphs"][0]["text"] == "自评得分为95分，评价等级为优。"


def test_manifest_traces_phrases(sample):
    score_phrase, rate_phrase = sample.blocks[10].phrases
    data = json.loads(to_json(sample, None))
    manifest = data["manifest"]
    # Only paragraphs holding phrases appear, in document order.
    assert [m["paragraph"] for m in manifest] == [2, 3]
    first, second = manifest
    assert first["section"] == "一、（二）"
    assert first["text_start"] == "全年预算收入3,254.12万元，实际支"
    assert first["phrases"] == [{
        "group": rate_phrase.group,
        "slot": rate_phrase.slot,
        "variant": rate_phrase.variant,
        "facts": list(rate_phrase.facts),
        "source": rate_phrase.source,
    }]
    assert second["section"] == "二、1.（1）"
    assert [p["source"] for p in second["phrases"]] == [score_phrase.source, rate_phrase.source]
    # The manifest index points at the same paragraph the sections hold.
    all_paras = {p["index"]: p["text"] for p in _walk_paragraphs(data)}
    for entry in manifest:
        assert all_paras[entry["paragraph"]].startswith(entry["text_start"])


def _walk_paragraphs(node):
    yield from node["paragraphs"]
    for child in node["sections"]:
        yield from _walk_paragraphs(child)


def test_facts_are_strings_sorted_by_name(sample):
    facts = {
        "score": 95,
        "budget_total": Decimal("3254.12"),
        "execution_rate": 0.9849,
        "below_90": False,
        "missing": None,
        "units": ["办公室", "医政科"],
        "as_of": dt.date(2022, 12, 31),
        "big": Decimal("1E+3"),
    }
    data = json.loads(to_json(sample, facts))
    assert list(data["facts"]) == sorted(facts)
    assert data["facts"] == {
        "as_of": "2022-12-31",
        "below_90": "false",
        "big": "1000",
        "budget_total": "3254.12",
        "execution_rate": "0.9849",
        "missing": "",
        "score": "95",
        "units": '["办公室","医政科"]',
    }


def test_fact_text_never_prints_none_or_nan():
    assert fact_text(None) == ""
    assert fact_text(float("nan")) == ""
    assert fact_text(Decimal("NaN")) == ""
    assert fact_text({"b": None, "a": Decimal("1.50")}) == '{"a":"1.50","b":""}'


def test_deterministic_utf8_pretty_printed(sample):
    facts = {"b": 1, "a": 2}
    out = to_json(sample, facts)
    assert out == to_json(sample, dict(reversed(list(facts.items()))))
    assert "基本情况" in out  # ensure_ascii=False
    assert out.startswith('{\n  "version": 1,')
    assert out.endswith("}\n")


def test_document_without_headings_or_phrases():
    doc = Document("标题", [Paragraph("只有一段。")])
    data = json.loads(to_json(doc))
    assert data["sections"] == [] and data["manifest"] == [] and data["facts"] == {}
    assert data["paragraphs"] == [{"index": 0, "block": 0, "text": "只有一段。"}]


def test_sibling_heading_closes_deeper_sections():
    doc = Document("T", [
        Heading(1, "一、", "a"), Heading(2, "（一）", "b"), Heading(3, "1.", "c"),
        Heading(2, "（二）", "d"), Paragraph("p", [PhraseUse("g", "s", 0, (), "src")]),
    ])
    data = json.loads(to_json(doc))
    a = data["sections"][0]
    assert [s["number"] for s in a["sections"]] == ["（一）", "（二）"]
    assert a["sections"][1]["paragraphs"][0]["text"] == "p"
    assert data["manifest"][0]["section"] == "一、（二）"
