"""A table of contents repeats headings; the outline rules must read only the body's."""

from tests.check.findings import findings_of

from gen.check.read import source_from_text
from gen.check.read_lines import pdf_line_breaks


def _codes(text: str, code: str) -> list[str]:
    return [f.message for f in findings_of(text, code)]


def test_a_partial_contents_under_a_title_is_not_read_as_repeated_headings():
    text = ("某区住房和城乡建设局2023年老旧小区改造项目 绩效评价报告\n目 录\n(二)评价原则和方法\n(二)资金渠道单一\n"
            "(五)前期工作不扎实\n(五)夯实前期工作\n一、项目基本情况\n本项目改造小区12个，惠及居民3200户。\n")
    assert _codes(text, "S001") == []


def test_the_body_after_a_contents_is_still_checked():
    text = ("目录\n一、基本情况\n二、绩效分析\n三、问题\n一、基本情况\n（一）部门职能\n设三个科室。\n二、绩效分析\n内容。\n"
            "三、问题\n内容。\n三、措施\n内容。\n")
    assert len(_codes(text, "S001")) == 1


def test_a_title_line_is_not_joined_to_the_contents_label():
    text = "某局2023年度部门整体支出绩效自评报告\n目 录\n一、基本情况\n"
    assert pdf_line_breaks(text) == []
    assert "目 录" in source_from_text(text).analysis.split("\n")


def test_the_body_starts_where_the_first_part_comes_again_under_a_new_title():
    toc = "目 录\n第一部分：某局概况\n一、主要职责\n二、机构设置\n第二部分：决算表\n一、收支总表\n"
    body = "第一部分 单位概况\n（一）主要职责\n一、单位主要职责\n负责全县卫生健康工作。\n二、机构设置\n内设股室三个。\n"
    assert len(_codes(toc + body, "S012")) == 1, "the body's （一） before its 一、 is read, not taken as contents"
    assert _codes(toc + body, "S001") == [], "under a part the inversion is S012's alone"
    assert _codes(toc + body.replace("（一）主要职责\n", ""), "S012") == []


def test_contents_numbering_the_parts_a_level_above_the_body_is_reported_once_on_the_first_part():
    text = ("目录\n一、单位概况\n（一）主要职责\n二、2023年度决算报表\n三、决算情况说明\n四、名词解释\n"
            "第一部分 某县气象局概况\n一、主要职责\n负责全县气象服务。\n第二部分 某县气象局2023年度决算报表\n"
            "第三部分 某县气象局决算情况说明\n一、收入情况\n本年收入八十万元。\n第四部分 名词解释\n")
    found = findings_of(text, "S017")
    assert len(found) == 1 and text[found[0].start:found[0].end] == "第一部分 某县气象局概况"
    # the same outline with the contents divided into parts as the body is: nothing to report
    same = text.replace("一、单位概况\n（一）主要职责\n二、2023年度决算报表\n三、决算情况说明\n四、名词解释\n",
                        "第一部分 单位概况\n一、主要职责\n第二部分 2023年度决算报表\n第三部分 决算情况说明\n第四部分 名词解释\n")
    assert findings_of(same, "S017") == []
