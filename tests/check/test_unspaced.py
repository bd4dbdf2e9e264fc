"""Word rules read through the stray spaces of PDF and web copies (gen.check.unspaced)."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import w001_typo as w001
from gen.check.rules import w005_compound_missing_char as w005
from gen.check.rules import w011_domain_word_typo as w011
from gen.check.unspaced import unspaced


def run(mod, text):
    return list(mod.check(CheckContext(text)))


def test_view_drops_blanks_inside_chinese_and_maps_back():
    text = "截止 2019年6月底，共有 3 个项目批复了绩效目\u3000标。"
    view = unspaced(text)
    assert view.text == "截止2019年6月底，共有3 个项目批复了绩效目标。"
    s = view.text.index("目标")
    assert view.span(s, s + 2) == (text.index("目\u3000标"), text.index("目\u3000标") + 3)
    assert view.span(0, 2) == (0, 2)
    assert view.straddles(s, s + 2) and not view.straddles(s + 1, s + 2)


def test_view_keeps_blanks_after_a_figure_and_line_breaks():
    text = "年度 2022 部门预算\n项目\n目标"
    assert unspaced(text).text == "年度2022 部门预算\n项目\n目标"
    assert unspaced("没有空格的文字").gaps == ()


def test_w001_reads_a_listed_slip_through_a_space():
    text = "截止 2020年9月底，已完成建设任务。"
    found = run(w001, text)
    assert [text[f.start : f.end] for f in found] == ["截止"]
    assert run(w001, "截至 2020年9月底，已完成建设任务。") == []
    assert run(w001, "报名时间 2020年9月底截止。") == []


def test_w001_no_longer_sees_a_lost_character_where_a_space_split_the_word():
    # “公共财 政拨款”: the PDF broke 财政 with a space; nothing is missing.
    assert run(w001, "一般公共财 政拨款支出120万元。") == []
    assert run(w001, "四、政拨款收入支出决算表\n")  # a real lost 财 is still found


def test_w005_and_w011_take_a_word_split_by_a_space_as_whole():
    assert run(w005, "今年有 4 个项目批复了绩效目 标，资金已拨付。") == []
    assert run(w005, "对整体绩效目标和项目支 出绩效目标进行了自评。") == []
    assert run(w011, "运用绩 效评价结果改进管理。") == []
    assert run(w005, "本年基本支89.50万元，其中人员经费70.20万元。")  # a lost 出 is still found


def test_w005_claims_no_lost_character_across_a_dropped_blank():
    # A text copy of a table: “…报告 数” and “指标12” are two cells, not 数量指标 missing 量.
    assert run(w005, "指标11:事件报告 数 指标12:家庭医生签约率\n") == []


def test_w005_reads_no_lost_first_character_across_a_blank():
    # A table copied as text interleaves two cells: “…公” and “成情况”; nothing says 完 was lost.
    assert run(w005, "社会保险补贴、公 成情况 益性岗位补贴\n") == []
    assert run(w005, "2023年央补助资金已拨付。")  # with no blank, the lost 中 is still found
