"""False-alarm classes met on unseen reports of social-affairs bodies (人社局, 医保局, 民政局, 退役军人事务局,
残联, 慈善总会, 社会福利院, 救助管理站, 就业服务中心): round 18, sweep p18g.

Each class is written in our own words: the legitimate form the checker must leave alone, and the
slip of the same shape it must still report, so a fix cannot hide a real defect."""

from __future__ import annotations

from tests.check.findings import findings_of


def codes(text: str, code: str) -> list[str]:
    return [f.code for f in findings_of(text, code)]


# W005 and 退职: 退休退职职工 and 精简退职人员 are whole terms, not 在职职工 / 在职人员 short of 在.
def test_retired_and_resigned_staff_lose_no_character():
    text = "负责无军籍退休退职职工的接收安置工作，做好精简退职人员的生活补助发放。\n"
    assert codes(text, "W005") == []


def test_staff_short_of_zai_is_still_reported():
    assert codes("截至年底，本单位共有职职工52人。\n", "W005") == ["W005"]


# L003 and a web page's chrome: an address's Latin letters are no English paragraph.
def test_a_portal_line_with_its_address_is_chinese():
    text = "某区人民政府门户网站  www.mouquzhengfu.gov.cn                    发布时间:2023-06-30\n一、部门职责\n"
    assert codes(text, "L003") == []


def test_an_image_link_copied_from_a_page_is_no_english():
    assert codes("![福利院,决算,公开,报告,说明](/static/upload/pic/rand/big_5120.jpg)\n", "L003") == []


def test_english_with_an_address_is_still_english():
    text = "Details of the annual self-evaluation are published at www.example.gov.cn for every citizen to read and review.\n"
    assert codes(text, "L003") == ["L003"]


# S001 and headings a page ran into lines of text (gen.check.run_in_headings).
RUN_IN = ("一、项目概况\n（一）基本情况。\n（二）绩效目标。\n（三）自评步骤。\n资金已批复。 二、资金管理情况 （一）到位情况。\n"
          "资金全部到位。 三、项目绩效情况 （一）完成情况。\n建成站点两处。\n（二）效益情况\n"
          "1.方便群众办事。 2.满意度达到九成。 3.成本控制在预算内。\n4.按期完工 四、评价结论\n评为良。 五、问题和建议 无\n"
          "六、其他事项 无\n")


def test_run_in_headings_fill_the_numbers_that_seem_to_skip():
    assert codes(RUN_IN, "S001") == []


def test_a_figure_is_no_run_in_item():
    # 2. and 3. stand only inside figures (2.5万元 3.2万元): 4. still skips them
    text = "一、项目概况\n（一）完成情况\n1.建成站点。\n共计 2.5万元 和 3.2万元。\n4.按期完工。\n"
    assert codes(text, "S001") == ["S001"]


# S011 and an orphan that opens a part's list: the next item is 二、, so it lost 一、, not the old list's next.
def test_an_orphan_before_item_two_should_be_item_one():
    text = ("目 录\n第一部分 单位概况\n一、主要职责……1\n二、机构设置……1\n第二部分 决算报表\n、收入支出决算总表……2\n"
            "二、收入决算表……3\n")
    found = findings_of(text, "S011")
    assert [f.suggestion for f in found] == ["一、"]


def test_an_orphan_after_item_two_is_still_item_three():
    text = "第二部分 决算报表\n一、收入决算表\n二、支出决算表\n、财政拨款收入支出决算总表\n"
    assert [f.suggestion for f in findings_of(text, "S011")] == ["三、"]
