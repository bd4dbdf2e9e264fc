"""False-alarm classes met in city and district departments' 决算 and 预算 notes (sweep p18l).

Each class is tested with the correct wording that misled a rule and with the
slip the rule must still report, so that narrowing it too far fails here.
"""

from __future__ import annotations

from tests.check.findings import findings_of


def written(text, code):
    return [text[f.start : f.end] for f in findings_of(text, code)]


def test_w005_leaves_a_budget_subject_that_holds_a_shorter_compound():
    text = "区本级支出310.5亿元，加地方政府一般债务还本支出12.4亿元，支出总量为322.9亿元。"
    assert written(text, "W005") == []
    assert written("本年基本支76.20万元，债务还本支出12.4亿元。", "W005") == ["基本支"]


def test_t007_leaves_two_offices_one_list_names():
    text = "中心内设5个科室：综合办公室、财务审计办公室、港口办公室、综合运输办公室、安全办公室。\n"
    assert written(text, "T007") == []
    two_lists = "内设科室：综合办公室、财务办公室。\n下设科室：综合调度办公室、财务办公室。\n"
    assert written(two_lists, "T007") == ["综合办公室"]


def test_w023_leaves_a_session_written_without_its_ordinal():
    text = ("一、在东湖区第九届人民代表大会第三次会议上的报告\n全年收入完成东湖区第九届人大常委会批准预算的101.2%。\n"
            "全年支出完成区九届人大常委会批准预算的99.5%。\n")
    assert written(text, "W023") == []


def test_w020_leaves_a_title_the_copy_breaks_off_in():
    cut = "第三部分 部门决算情况说明 一、收入决算情况说明 第四部分 名词解"
    assert written(cut, "W020") == []
    assert written("第三部分 部门决算情况说明\n第四部分 名词解\n第五部分 附表\n", "W020") == ["名词解"]


def test_l001_leaves_a_document_library_uploader_name():
    page = "某区某局2023年度部门决算.pdf\nBlueRiver书屋 27 页 318.4 KB下载文档\n某区某局2023年度部门决算\n"
    assert written(page, "L001") == []
    assert written("项目依托cloud平台开展，请点击下载文档后查阅说明。", "L001") == ["cloud"]


def test_w013_message_gives_no_count_the_text_does_not_hold():
    text = "街道办事处内设6个内设机构，分别为综合办公室等。"
    found = findings_of(text, "W013")
    assert found and all("8个" not in f.message for f in found)


def test_s011_reports_a_comma_line_after_an_unnumbered_item_once():
    text = ("第三部分 其他重要事项的情况说明\n一、“三公”经费情况\n二、机关运行经费情况\n政府采购情况\n"
            "、国有资产占用情况\n预算绩效管理情况\n六、名词解释\n")
    found = [(f.suggestion, text[f.start:f.end]) for f in findings_of(text, "S011")]
    assert ("四、", "、") in [(s, w[:1]) for s, w in found]
    assert [s for s, w in found if w.startswith("、")] == ["四、"]


def test_n014_shows_the_sum_in_the_whole_unit_of_yi_yuan():
    text = "全区综合收入520.0亿元，完成预算的101.5%。其中：一般公共预算总收入380.0亿元，政府性基金预算收入150.0亿元，国有资本经营预算收入10.0亿元。"
    found = findings_of(text, "N014")
    assert found and "＝540亿元" in found[0].message


def test_s001_leaves_the_gap_the_unnumbered_items_fill_one_each():
    text = ("第三部分 其他重要事项的情况说明\n一、“三公”经费情况\n二、机关运行经费情况\n政府采购情况\n"
            "、国有资产占用情况\n预算绩效管理情况\n六、名词解释\n")
    assert findings_of(text, "S001") == []
    assert findings_of("一、收入情况\n二、支出情况\n五、名词解释\n", "S001")
