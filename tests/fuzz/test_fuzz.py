"""Property-based fuzzing of the loader, the number layer and the checker.

Arbitrary JSON-like data through ``validate`` and arbitrary text through
``parse_text``, ``extract_quantities``, ``parse_target``, the reader and the
full checker: no exception other than UserError, and every finding's span lies
inside the text with start <= end.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gen.core.errors import UserError
from tests.fuzz.counter import PROFILE, count_example

FUZZ = settings.get_profile(PROFILE)  # registered by tests/fuzz/conftest.py

# Fragments of report wording (written for these tests) that the rules react to.
FRAGMENTS = [
    "一、", "（一）", "1.", "（1）", "二、", "三、", "第一章", "我局", "我委", "本局", "广州市荔湾区卫生健康局",
    "2022年", "上年", "收入", "支出", "325,399.34万元", "1,200.50万元", "99%", "92.80%", "增长12.5%", "下降3.2%",
    "占比", "执行率为", "达", "≥95%", "不低于", "得分98.9分", "等级为优", "良", "其中", "合计", "共计",
    "，", "。", "；", "：", "、", "“", "”", "（", "）", "《", "》", "(", ")", ",", ".", ";", "\n", "\n\n", " ", "\u3000",
    "ICU", "APP", "AEFI", "covid", "計劃", "衛生", "三孩", "计划生育", "〔2022〕3号", "[2022]3号", "（一）、",
    "项目支出", "基本支出", "人员经费", "日常公用经费", "满意度", "数量指标", "产出指标", "效益指标",
    "jixiao: ignore N001", "<!-- jixiao: ignore -->", "1234567890", "((((", "））））", "——", "…", "\t",
]
report_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=120).map("".join)
any_text = st.text(max_size=600)
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
    | st.decimals(allow_nan=True, allow_infinity=True).map(str) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=40,
)
KEYS = ["kind", "profile", "year", "bureau", "finance", "staffing", "tasks", "indicators", "evaluation",
        "disclosure", "duties", "goals", "name", "region", "province", "income", "expenditure", "score",
        "metrics", "target", "actual", "level1", "level2", "budget_date"]
shaped = st.recursive(
    json_like,
    lambda children: st.dictionaries(st.sampled_from(KEYS), children, max_size=6) | st.lists(children, max_size=4),
    max_leaves=30,
)


@FUZZ
@given(st.dictionaries(st.sampled_from(KEYS), shaped, max_size=8) | json_like)
def test_validate_never_crashes(raw):
    from gen.core.load import validate

    count_example("validate")
    try:
        validate(raw, "fuzz.yaml")
    except UserError as exc:
        assert exc.messages and all(m.startswith("fuzz.yaml") for m in exc.messages)


@FUZZ
@given(any_text | report_text)
def test_parse_text_never_crashes(text):
    from gen.core.parse import parse_text

    count_example("parse_text")
    for source in ("fuzz.yaml", "fuzz.json"):
        try:
            parse_text(text, source)
        except UserError as exc:
            assert exc.messages[0].startswith(source)


@FUZZ
@given(any_text | report_text)
def test_extract_quantities_spans(text):
    from gen.core.quantities import extract_quantities

    count_example("extract_quantities")
    for q in extract_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.raw
        assert isinstance(q.value, Decimal) and q.value.is_finite()


@FUZZ
@given(any_text | report_text | st.from_regex(r"\A[≥≤<>=]?\s{0,5}-?\d{1,8}(\.\d{1,4})?\s{0,5}(%|/10万|万元|人)?\s{0,5}(以上|以下)?\Z"))
def test_parse_target_never_crashes(text):
    from gen.core.targets import parse_target

    count_example("parse_target")
    t = parse_target(text)
    assert t.qualitative or (t.value is not None and t.comparator in ("≥", "≤", ">", "<", "="))


@FUZZ
@given(st.binary(max_size=400))
def test_reader_decodes_or_refuses(data):
    from gen.check.read import decode_bytes, source_from_text

    count_example("read")
    try:
        text, _ = decode_bytes(data, "fuzz.txt")
    except UserError as exc:
        assert "fuzz.txt" in exc.messages[0]
        return
    source = source_from_text(text, "fuzz.txt")
    assert len(source.offsets) == len(source.analysis)
    assert all(0 <= o < len(source.decoded) for o in source.offsets)


def _check(text: str):
    from gen.check.read import source_from_text
    from gen.check.registry import all_rules
    from gen.check.runner import run

    source = source_from_text(text, "fuzz.md", kind="md")
    result = run(source, all_rules())
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(source.decoded), f
        line, col = source.line_col(f.start)
        assert line >= 1 and col >= 1
    assert not result.failed_rules
    return result


@FUZZ
@given(any_text)
def test_checker_on_arbitrary_unicode(text):
    count_example("check_unicode")
    _check(text)


@FUZZ
@given(report_text)
def test_checker_on_report_fragments(text):
    count_example("check_fragments")
    _check(text)


@pytest.mark.parametrize("text", ["", "\n", "一、", "（", "99%", "\ufeff", "\x00", "\ud7ff", "𠀀" * 10])
def test_checker_edge_texts(text):
    _check(text)
