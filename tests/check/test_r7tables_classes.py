"""Classes of table defect met in the dev sets of round 8 (issue 12 item 1), written for the project.

B011: an indicator that misses its quantified target yet scores its full 分值 — the mirror of B008,
in the row layouts B008 reads and in a table flattened one cell a line.
"""

from __future__ import annotations

from tests.check.findings import findings_of

HEADER = "一级指标 |\n二级指标 |\n三级指标 |\n分值 |\n年度指标值 |\n全年实际值 |\n得分 |\n偏差原因 |\n"


def _b011(text: str) -> list:
    return findings_of(text, "B011")


def test_cell_a_line_missed_count_scored_full_is_flagged_on_the_actual_and_score():
    text = HEADER + "产出指标 |\n数量指标 |\n巡查河道里程 |\n8 |\n>=360公里 |\n342公里 |\n8 |\n|\n|\n"
    found = _b011(text)
    assert len(found) == 1
    assert text[found[0].start:found[0].end].startswith("342公里")
    assert "≥360公里" in found[0].message and "满分8分" in found[0].message


def test_cell_a_line_cost_over_ceiling_scored_full_with_a_slashed_unit():
    text = HEADER + "成本指标 |\n每亩补助 |\n6 |\n<=120元/亩 |\n131元/亩 |\n6 |\n|\n"
    assert len(_b011(text)) == 1


def test_cell_a_line_short_lines_joined_by_the_reader_are_still_cells():
    # a reader joins a short cell line to the next: "名称 |6 |"
    text = HEADER + "成本指标 |\n每亩补助 |6 |\n<=120元/亩 |\n131元/亩 |\n6 |\n|\n"
    assert len(_b011(text)) == 1


def test_cell_a_line_met_docked_or_other_unit_is_left_alone():
    met = HEADER + "数量指标 |\n巡查河道里程 |\n8 |\n>=360公里 |\n365公里 |\n8 |\n|\n"
    docked = HEADER + "数量指标 |\n巡查河道里程 |\n8 |\n>=360公里 |\n342公里 |\n7 |\n|\n"
    unit = HEADER + "数量指标 |\n巡查河道里程 |\n8 |\n>=360公里 |\n342米 |\n8 |\n|\n"
    words = HEADER + "质量指标 |\n巡查质量 |\n8 |\n>=90分 |\n良好 |\n8 |\n|\n"
    for text in (met, docked, unit, words):
        assert not _b011(text), text


def test_cell_a_line_without_a_header_is_not_read():
    assert not _b011("巡查河道里程 |\n8 |\n>=360公里 |\n342公里 |\n8 |\n")


def test_pipe_row_with_the_comparator_in_its_own_cell():
    assert _b011("| 数量指标 | 发放宣传册 | ≥ | 5000 | 册 | 4800 | 10 | 10 |\n")
    assert not _b011("| 数量指标 | 发放宣传册 | ≥ | 5000 | 册 | 5200 | 10 | 10 |\n")
    assert not _b011("| 数量指标 | 发放宣传册 | ≥ | 5000 | 册 | 4800 | 10 | 9 |\n")


def test_equal_targets_ranges_and_fractions_are_left_alone():
    for row in (
        "| 质量指标 | 设备完好率 | = | 100 | % | 97% | 10 | 10 |\n",
        "| 质量指标 | 设备完好率 | ≥98% | 0.97 | 10 | 10 |\n",
        "| 质量指标 | 设备完好率 | 95%-100% | 93% | 10 | 10 |\n",
    ):
        assert not _b011(row), row


def test_a_stated_tolerance_leaves_the_form_to_its_own_rule():
    rule = "计分办法：完成率在90%以上的得满分，低于90%的按比例计分。\n"
    assert not _b011(rule + "| 数量指标 | 发放宣传册 | ≥ | 5000 | 册 | 4800 | 10 | 10 |\n")


# ---- B004: a score header that states the points and the method, with no 分值 column ----

FUNDS = "| 资金情况(30分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(30分*执行率) |\n|---|---|---|---|---|\n"


def _b004(text: str) -> list:
    return findings_of(text, "B004")


def test_score_header_points_times_rate_off_by_a_cent_is_flagged():
    # 30 × 41/380 = 3.2368 → 3.24; the printed 10.79% gives 3.237 → 3.24 too
    found = _b004(FUNDS + "| 年度资金总额 | 380.00 | 41.00 | 10.79% | 3.25 |\n")
    assert [f.suggestion for f in found] == ["3.24"]


def test_score_header_points_times_rate_agreeing_with_either_rate_is_kept():
    assert not _b004(FUNDS + "| 年度资金总额 | 380.00 | 41.00 | 10.79% | 3.24 |\n")
    assert not _b004(FUNDS + "| 年度资金总额 | 380.00 | 400.00 | 105.26% | 30 |\n")


def test_score_header_without_points_is_not_read():
    text = ("| 资金情况 | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(按执行率计) |\n|---|---|---|---|---|\n"
            "| 年度资金总额 | 380.00 | 41.00 | 10.79% | 3.25 |\n")
    assert not _b004(text)


# ---- B012: first-level indicator points in their labels not closing on the block's stated points ----

def _b012(text: str) -> list:
    return findings_of(text, "B012")


def test_level1_points_over_the_block_points_in_a_flattened_form():
    text = "项目绩效 目标 (70 分) 产出 指标 (45 分) 数量指标 宣传场次 10 12 效益 指标 (35 分) 社会效益指标\n"
    found = _b012(text)
    assert len(found) == 1 and "45" in found[0].message and "80" in found[0].message


def test_level1_points_closing_or_alone_or_repeated_are_left_alone():
    for text in (
        "绩效指标（85分）产出指标（45分）效益指标（30分）满意度指标（10分）\n",
        "绩效指标（85分）产出指标（45分）数量指标\n",
        "绩效目标（80分）产出指标（45分）效益指标（30分）产出指标（50分）效益指标（30分）\n",
        "绩效目标（80分）产出指标（50分）效益指标（30分）服务对象满意度指标（10分）\n",
    ):
        assert not _b012(text), text


# ---- B013: a 其中 row of the funds block carrying its total's 分值 and a score again ----

FUNDS_HEAD = "| 资金来源 | 年初预算数 | 全年执行数(B) | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|\n"


def _b013(text: str) -> list:
    return findings_of(text, "B013")


def test_breakdown_row_repeating_the_total_points_is_flagged_on_its_row():
    text = FUNDS_HEAD + "| 资金总额 | 80.00 | 72.00 | 20 | 90% | 18 |\n| 其中：上级补助资金 | 80.00 | 72.00 | 20 | 90% | 18 |\n"
    found = _b013(text)
    assert len(found) == 1
    line = text[text.rfind("\n", 0, found[0].start) + 1:found[0].start]
    assert line.startswith("| 其中：上级补助资金")


def test_breakdown_rows_blank_or_splitting_the_points_are_left_alone():
    blank = FUNDS_HEAD + "| 资金总额 | 80.00 | 72.00 | 20 | 90% | 18 |\n| 其中：上级补助资金 | 80.00 | 72.00 | / | 90% | / |\n"
    split = (FUNDS_HEAD + "| 资金总额 | 80.00 | 72.00 | 20 | 90% | 18 |\n| 其中：上级补助资金 | 40.00 | 36.00 | 10 | 90% | 9 |\n"
             "| 其中：县级配套资金 | 40.00 | 36.00 | 10 | 90% | 9 |\n")
    no_total = FUNDS_HEAD + "| 资金总额 | 80.00 | 72.00 | / | 90% | / |\n| 其中：上级补助资金 | 80.00 | 72.00 | 20 | 90% | 18 |\n"
    for text in (blank, split, no_total):
        assert not _b013(text), text
