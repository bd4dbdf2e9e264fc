"""False-alarm classes met on unseen reports of finance and central-service bodies (财政局, 审计局, 统计局,
国资委, 地方金融管理局, 政务服务管理局, 大数据局, 机关事务管理局): round 18, sweep p18i.

Each class is written in our own words: the legitimate form the checker must leave alone, and the
slip of the same shape it must still report, so a fix cannot hide a real defect."""

from __future__ import annotations

from tests.check.findings import findings_of


def found(text: str, code: str):
    return list(findings_of(text, code))


# S012 / headings: a contents whose last 第X部分 lines follow its last entry, the page cut off before the body.
CUT_CONTENTS = ("目录\n第一部分 单位概况\n一、单位职责\n第三部分 决算情况说明\n一、收入决算情况\n（一）机关运行经费情况\n"
                "（二）需要说明的其他事项\n第四部分 名词解释\n第五部分 附件\n第一部")


def test_entries_before_the_last_listed_parts_are_the_contents():
    assert found(CUT_CONTENTS, "S012") == []


def test_a_part_of_the_body_that_opens_at_the_second_level_is_still_told():
    text = CUT_CONTENTS[:-3] + "第一部分 单位概况\n（一）单位职责\n负责全市统计工作。\n"
    assert [f.code for f in found(text, "S012")] == ["S012"]


# P004: a closer typed as an opener is one slip, told once, at the second opener.
def test_a_closer_typed_as_an_opener_is_told_once_where_it_stands():
    text = "七、财政拨款“三公“经费支出情况说明\n八、政府采购情况说明\n"
    got = found(text, "P004")
    assert len(got) == 1 and text[got[0].start] == "“" and text[got[0].start - 1] == "公"
    assert got[0].suggestion == "”"


def test_two_openers_far_apart_are_two_slips():
    text = "坚持“以人民为中心的发展思想，落实“放管服改革各项要求。\n"
    assert len(found(text, "P004")) == 2


# P004: a site's summary cut inside a title the page then prints whole.
def test_a_summary_cut_inside_a_title_the_text_prints_whole_is_left_alone():
    text = ("目录第一部分单位概况一、部门职责二、机构设置（七）财政拨款“三公\n\n目录\n第一部分 单位概况\n"
            "（七）财政拨款“三公”经费支出决算表\n")
    assert found(text, "P004") == []


# L001 / L003 / W002: a page's byline with the site's host name of several labels.
BYLINE = "某市某市统计局 tjjx.examplecity.gov.cn 发布时间:2022-09-01 12:01\n\n某市统计局2021年度部门决算\n"


def test_a_byline_with_the_sites_host_is_no_english_and_no_doubling():
    for code in ("L001", "L003", "W002", "T007"):
        assert found(BYLINE, code) == [], code


def test_an_english_word_beside_a_host_name_is_still_told():
    text = "详见 tjj.example.gov.cn 网站，推进healthy生活方式。\n"
    assert [f.code for f in found(text, "L001")] == ["L001"]


# T007: the publisher in the site's header field, the body renamed since the report.
def test_the_sites_publisher_field_is_not_the_reports_name():
    text = "[ 发布机构 ]某市地方金融管理局 [ 发布日期 ]2022-08-18\n某市地方金融监督管理局2021年度部门决算情况说明\n"
    assert found(text, "T007") == []


# W031 (a missed class): the notice's 文种 outside the marks that close on the document it issued.
def test_the_notices_genre_outside_the_marks_is_told():
    text = "根据《关于某市档案馆职能配置、内设机构和人员编制规定》的通知（市编〔2019〕7号），设立市档案馆。\n"
    got = found(text, "W031")
    assert len(got) == 1 and "《关于印发〈某市档案馆职能配置" in got[0].message


def test_the_notices_title_written_out_of_marks_is_whole():
    text = "按照市政府关于转发《某省政府投资项目管理办法》的通知（市政发〔2020〕2号）执行。\n"
    assert found(text, "W031") == []
