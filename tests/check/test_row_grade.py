"""B016: a row's grade that neither its score nor its share of the row's points gives."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import b016_row_grade as b016

HEAD = "评价结果\n项目 | 分值 | 得分 | 评价等级\n"


def got(text):
    return [(text[f.start:f.end], f.suggestion) for f in b016.check(CheckContext(text))]


def test_a_grade_of_neither_reading_is_flagged():
    assert got(HEAD + "决策 | 20 | 15.5 | 优 |\n") == [("优", "中")]
    assert got(HEAD + "过程 | 30 | 26.1 | 良 |\n效果 | 50 | 39 | 优秀 |\n") == [("优秀", "中")]


def test_a_grade_of_the_share_or_of_the_score_passes():
    assert got(HEAD + "决策 | 20 | 18.4 | 优 |\n过程 | 30 | 25.5 | 良 |\n效果 | 50 | 48.1 | 优 |\n") == []
    assert got(HEAD + "产出 | 100 | 85 | 良 |\n") == []


def test_no_grade_column_or_a_score_above_the_points_passes():
    assert got("项目 | 分值 | 得分 | 说明\n决策 | 20 | 15.5 | 优 |\n") == []
    assert got(HEAD + "决策 | 20 | 25 | 差 |\n") == []


def test_the_texts_own_scale_is_used():
    scale = "评分标准：85分（含）以上为优秀，70（含）-85分为良好，60（含）-70分为合格，60分以下为不合格。\n"
    assert got(scale + HEAD + "决策 | 20 | 17.2 | 优秀 |\n") == []  # 86 %: 优秀 on the stated scale
    assert got(scale + HEAD + "决策 | 20 | 16.6 | 优秀 |\n") == [("优秀", "良好")]
