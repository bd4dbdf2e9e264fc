"""W029: a change against an earlier year written without 较 or 比 (2021年收入……，2020年度增加……).

Flagged: a clause that opens with a year earlier than the one the sentence
has stated, run straight into 增加/减少/增长/下降 and a figure, after a
quantity. Kept: the comparison written out (较, 比, 与……相比), years told in
order, a clause's year that is the sentence's own, a year in another sentence.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


def spans(text):
    return [text[f.start:f.end] for f in findings_of(text, "W029", only=["W029"])]


@pytest.mark.parametrize(
    "text, span",
    [
        ("2022年度收入合计1,356.20万元，2021年度增加112.50万元，增长9.0%。", "2021年度增加"),
        ("2023年末在职人员58人，2022年减少3人。", "2022年减少"),
        ("本单位2024年一般公共预算财政拨款支出86.4万元,2023年下降12.1万元,主要是会议费压减。", "2023年下降"),
        ("二、2021年度部门决算支出总额488.3万元；2020年度增长6.5%，主要原因是项目增加。", "2020年度增长"),
    ],
)
def test_a_comparison_without_jiao_is_flagged(text, span):
    found = findings_of(text, "W029", only=["W029"])
    assert [text[f.start:f.end] for f in found] == [span]
    assert found[0].suggestion == "较" + span


@pytest.mark.parametrize(
    "text",
    [
        "2022年度收入合计1,356.20万元，较2021年度增加112.50万元，增长9.0%。",
        "2023年末在职人员58人，比2022年减少3人；与2022年相比，退休人员增加2人。",
        "2019年投入资金300万元，2020年增加500万元，2021年再增加200万元。",
        "2022年收入80万元，2022年增加的部分为项目资金。2023年支出90万元，2023年增加10万元。",
        "2023年支出合计90万元。\n2022年减少88.4万元的原因已在上年报告中说明。",
        "2023年收入合计90万元，2022年度增加的设备已入账。",
    ],
)
def test_written_out_or_in_order_passes(text):
    assert spans(text) == []
