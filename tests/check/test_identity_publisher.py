"""The report's identity is its own title's body, not the site's publisher field above it."""

from gen.check.context import CheckContext
from gen.check.identity import identity
from gen.check.read import source_from_text


def _identity(text: str):
    src = source_from_text(text, "r.md", kind="md")
    return identity(CheckContext(src.analysis, path="r.md", data=None, config={}, table_grid=src.table_grid, facts=None))


def test_a_publisher_label_on_its_own_line_marks_the_name_below_as_the_sites():
    ident = _identity("• 发布机构\n建水县人民政府办公室\n• 发布日期\n2021-08-16\n建水县第二中学2020年度部门决算\n一、主要职能\n")
    assert ident.name == "建水县人民政府办公室" and ident.published_by


def test_the_title_below_the_publisher_field_names_the_body():
    ident = _identity("• 发布机构\n某县人民政府办公室\n某县民政局2021年度部门决算\n一、部门概况\n")
    assert ident.name == "某县民政局" and not ident.published_by
    ident = _identity("发布机构：某县人民政府办公室\n某县民政局2021年度部门决算\n一、部门概况\n")
    assert ident.name == "某县民政局" and not ident.published_by


def test_without_a_publisher_field_the_first_name_stands():
    ident = _identity("某县民政局2021年度部门决算\n某县殡葬服务中心\n一、部门概况\n")
    assert ident.name == "某县民政局" and not ident.published_by


def test_a_sites_account_link_in_its_menu_is_no_body_name():
    ident = _identity("移动端应用\n政务微博\n登录个人中心\n某县民政局2016年政府信息公开工作年度报告\n一、概述\n")
    assert ident.name == "某县民政局"
    assert _identity("用户中心\n一、概述\n我局完成公开。\n").name is None
    assert _identity("某市政务服务中心2022年工作总结\n一、概述\n").name == "某市政务服务中心"


def test_a_publisher_cell_that_keeps_its_colon_is_the_sites():
    ident = _identity("索引号: | 发布机构: | 某市人民政府办公厅 | |\n一、办理情况\n")
    assert ident.name == "某市人民政府办公厅" and ident.published_by


def test_the_committee_whose_session_a_proposal_was_raised_at_is_not_the_writer():
    ident = _identity("关于市政协十一届某市委员会三次会议第52号提案的答复\n时间：2022-01-05\n")
    assert ident.name is None
    assert _identity("某市政协委员会2022年工作总结\n一、概述\n").name == "某市政协委员会"


def test_a_short_opening_paragraph_that_says_we_is_no_title():
    ident = _identity("张某代表：\n感谢您的关注！\n后续，我委将优化调整某社区卫生服务中心线路。\n")
    assert ident.name is None


def test_an_address_line_names_a_building_not_the_writer():
    text = ("经审查，2018年3月份我局对3个建设项目作出审批决定。现将作出的审批决定予以公示，公告期为7日，特此公告。\n"
            "联系地址：某县人民政府政务服务中心二楼环保窗口\n邮编：414500\n")
    assert _identity(text).name is None
    assert _identity("某县民政局2021年度部门决算\n地址：某县政务服务中心三楼\n").name == "某县民政局"


def test_a_line_that_says_our_county_is_prose_not_a_title():
    text = ("一是团县委开展青年志愿者活动。\n三是团县委积极联系某市东区团委，并为我县志愿者解决了100套服装。\n"
            "通过以上举措，我县志愿服务事业发展较快。\n")
    assert _identity(text).name is None


def test_a_year_of_the_bodys_history_is_not_the_reports():
    text = ("满目青山披锦绣\n某水库位于某村附近，是一座以城镇供水、防洪、农业灌溉为主的中型水库，于1958年动工兴建，"
            "1962年投入运行，运行后经过了3次除险加固。\n")
    assert _identity(text).year is None
    assert _identity("某水库管理所2022年工作总结\n水库始建于1958年。\n").year == 2022


def test_a_publisher_label_run_into_its_value_is_no_part_of_the_name():
    # a site's header copied without its cell borders: 发布机构元阳县财政局 (the label glued to the site's account)
    ident = _identity("索引号000014348/2019-02126\n发布机构某县财政局\n发布日期2019-08-20\n")
    assert ident.name == "某县财政局" and ident.published_by
    ident = _identity("发布机构某县人民政府办公室\n某县司法局2018年度部门决算\n一、部门概况\n")
    assert ident.name == "某县司法局" and not ident.published_by
