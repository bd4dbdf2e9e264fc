"""F011: scores written under an indicator's (N分) heading adding to more than its points."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import f011_scores_over_heading_points as f011


def got(text):
    return [text[f.start:f.end] for f in f011.check(CheckContext(text))]


def test_an_indicator_scored_twice_is_flagged_at_its_second_score():
    text = "（1）资金到位率（4分）：\n资金全部到位，自评得4分。\n配套资金同样到位，自评得4分。\n（2）资金使用（4分）\n使用合规，得4分。\n"
    assert got(text) == ["4"]
    assert got("2.培训覆盖（6分）\n完成培训，得5分；组织有序，得2.5分。\n") == ["2.5"]


def test_one_score_within_the_points_passes():
    assert got("（1）资金到位率（4分）：\n资金全部到位，自评得4分。\n（2）资金使用（4分）\n使用合规，得3分。\n") == []
    assert got("2.培训覆盖（6分）\n完成培训，得3分；组织有序，得2.5分。\n") == []


def test_totals_criteria_and_numbered_items_are_not_the_headings_own_scores():
    assert got("一、投入（10分）\n1.立项规范，得6分。\n2.目标合理，得4分。\n投入部分共得10分。\n") == []
    assert got("（1）资金到位率（5分）：到位率100%的得5分，每低1个百分点扣0.5分。本项得5分。\n") == []
    assert got("（1）资金到位率（5分）\n满分5分，应得5分，实得5分。\n") == []  # 满分 and 应得 are no scores given
    assert got("（1）资金到位率（5分）\n按规定应得5分，自评得4分。\n") == []


def test_a_heading_with_text_after_its_points_is_not_read():
    assert got("资金到位率（5分）是重要指标，自评得5分，另得3分。\n") == []


def test_numbered_items_worth_more_than_their_part_are_flagged_at_the_parts_points():
    text = ("二、产出（分值30分）\n（一）数量（分值12分）\n完成。\n（二）质量（分值12分）\n合格。\n"
            "（三）时效（分值9分）\n及时。\n三、效益（分值30分）\n")
    assert got(text) == ["30"]


def test_items_of_a_part_are_read_only_up_to_the_next_numbered_part():
    closed = "二、产出（分值30分）\n（一）数量（分值15分）\n（二）质量（分值15分）\n三、效益（分值30分）\n"
    assert got(closed) == []
    # an item without points: the items cannot all be read
    partial = "二、产出（分值20分）\n（一）数量（分值15分）\n（二）质量\n（三）时效（分值15分）\n"
    assert got(partial) == []
