"""Form classes met in the dev sets of round 10 (issue 12), written for the project: an 执行准确性 answer
that the form's own execution rate contradicts (F010)."""

from __future__ import annotations

from tests.check.findings import findings_of

FORM = ("中央对地方转移支付区域绩效自评表\n全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n"
        "年度资金总额: | 1200 | {actual} | {rate} | ||||\n其中:中央财政资金 | 1200 | {actual} | {rate} | ||||\n"
        "地方财政资金 | |||||||\n其他资金 | |||||||\n资金管理情况 | 情况说明 | 存在问题和改进措施 | |||||\n"
        "下达及时性 | 资金下达及时 | ||||||\n执行准确性 | {answer} | ||||||\n")
CLAIM = "不存在执行数偏离预算数较多的问题"


def test_the_template_answer_under_a_low_execution_rate_is_reported():
    text = FORM.format(actual="702.36", rate="58.53%", answer=CLAIM)
    (found,) = findings_of(text, "F010")
    assert text[found.start:found.end].startswith("不存在") and "58.53%" in found.message


def test_a_high_rate_or_an_answer_that_owns_the_gap_passes():
    assert findings_of(FORM.format(actual="1020.00", rate="85.00%", answer=CLAIM), "F010") == []
    owned = "执行数偏离预算数较多，项目尚在建设，按进度付款"
    assert findings_of(FORM.format(actual="702.36", rate="58.53%", answer=owned), "F010") == []
    # no funds block to read the rate from: nothing to contradict
    assert findings_of("执行准确性 | " + CLAIM + " |\n", "F010") == []
