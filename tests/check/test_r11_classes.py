"""Classes shown by the round-10 dev sets, built in round 11 (issue 12): W013, W016, L001, N014.

Every case is written for the project (no report text copied). Each class has
texts the rule must flag and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


def _w013(text):
    return [(text[f.start:f.end], f.suggestion) for f in findings_of(text, "W013", only=["W013"])]


# ---- W013: 约 with 余/多 after 万, and blanks from a PDF ----

@pytest.mark.parametrize(
    "text, span, fixed",
    [
        ("全镇常住人口约6万余人。", "约6万余", "约6万"),
        ("全镇常住人口约 6 万余人。", "约 6 万余", "约6万"),
        ("累计拨付资金约1.5万多元。", "约1.5万多", "约1.5万"),
        ("参与群众逾 2 万余人次。", "逾 2 万余", "逾2万"),
    ],
)
def test_about_with_more_than_after_wan(text, span, fixed):
    assert _w013(text) == [(span, fixed)]


def test_about_or_more_than_alone_passes():
    for text in ("全镇常住人口约6万人，另有流动人口1万余人。", "累计拨付资金1.5万多元，节约 3 万余元，签约 2 万余户。"):
        assert _w013(text) == [], text


# ---- W013: 余/多 after a figure that is not round ----

@pytest.mark.parametrize(
    "text, span",
    [
        ("全年发放宣传资料128余份。", "128余"),
        ("全年发放宣传资料 1286 余份。", "1286 余"),
        ("培训村级防灾员15多人次。", "15多"),
        ("争取上级资金23余万元。", "23余"),
    ],
)
def test_more_than_after_a_precise_figure(text, span):
    assert [s for s, _ in _w013(text)] == [span]
    assert _w013(text)[0][1] == span.replace(" ", "")[:-1]


def test_four_digits_run_into_yu_are_n041s_alone():
    # 1286余份: N041 reports an exact figure of four digits or more run into 余; W013 does not say it twice
    text = "全年发放宣传资料1286余份。"
    assert _w013(text) == []
    assert [text[f.start:f.end] for f in findings_of(text, "N041", only=["N041"])] == ["1286余"]


@pytest.mark.parametrize(
    "text",
    [
        "全年发放宣传资料1200余份，培训10多人次，争取资金2.5万余元，惠及300多户。",
        "全年发放宣传资料 1200 余份，建成第1多功能厅，开展3项多元化服务。",
        "年末结余12.3万元，其余资金1,286.5万元已拨付，其余人员3人。",
    ],
)
def test_round_figures_with_more_than_pass(text):
    assert _w013(text) == []


# ---- W016: a letter O alone where a 0 stands before a unit ----

@pytest.mark.parametrize("text", ["年初结转和结余O万元，本年收入216万元。", "年末结转和结余 O 万元。", "未完成率为o%。"])
def test_letter_o_for_zero_before_a_unit(text):
    assert [f.suggestion for f in findings_of(text, "W016", only=["W016"])] == ["0"]


def test_letter_o_elsewhere_passes():
    text = "年末结转和结余0万元，O型血库存充足，APP注册率100%，第O号文件。"
    assert findings_of(text, "W016", only=["W016"]) == []


# ---- L001: a Latin O for 〇 in a year written in Chinese numerals ----

@pytest.mark.parametrize(
    "text, fixed",
    [("某县财政局\n二O二二年三月", "二〇二二"), ("二OO八年建成", "二〇〇八"), ("落款：二〇二O年十二月", "二〇二〇"),
     ("二o二三年度", "二〇二三")],
)
def test_letter_o_in_a_chinese_year(text, fixed):
    assert [f.suggestion for f in findings_of(text, "L001", only=["L001"])] == [fixed]


def test_chinese_years_and_room_numbers_pass():
    text = "某县财政局\n二〇二二年三月，一O一室、二号楼O区已启用，O型血库存充足。"
    assert findings_of(text, "L001", only=["L001"]) == []


# ---- N014: a head count split into three or more kinds of 编制 ----

def _n014(text):
    return [text[f.start:f.end] for f in findings_of(text, "N014", only=["N014"])]


@pytest.mark.parametrize(
    "text",
    [
        "街道共有干部职工64人，其中行政编制22人、参公编制18人、事业编制21人。",
        "核定编制30人，其中：行政编制人员12人，事业编制人员15人，工勤编制人员2人。",
        "全局实有人员40人，其中行政编制15人，参公编制10人，事业编制12人，工勤编制2人。",
    ],
)
def test_kinds_of_bianzhi_make_the_count(text):
    assert len(_n014(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "街道共有干部职工64人，其中行政编制22人、参公编制18人、事业编制24人。",
        "街道共有干部职工64人，其中行政编制22人、事业编制21人。",  # two kinds: maybe the main ones only
        "街道共有干部职工64人，其中行政编制22人、参公编制18人、事业编制21人；另有编外聘用人员3人。",
        "街道共有干部职工64人，其中行政编制22人、参公编制18人、事业编制21人，借调3人。",
        "街道共有干部职工64人，其中行政编制22人、参公编制18人、事业编制21人，其他人员3人。",
    ],
)
def test_complete_or_open_bianzhi_lists_pass(text):
    assert _n014(text) == []
