"""Classes of false alarm found by the p20d sweep (决算说明 and 自评报告 of many sectors), kept fixed."""

from tests.check.findings import findings_of


def _codes(text, code):
    return findings_of(text, code)


def test_duties_under_a_deeper_title_are_one_list_not_repeated_sections():
    # 2.主要职责 then （一）负责……。: one finding on the borrowed level, no "应为（二）", no step back after it
    text = ("一、单位概况\n（一）基本情况\n1.人员编制\n本中心编制8人，实有7人。\n2.主要职责\n"
            "（一）负责全区公路养护的计划编制，并督促实施。\n（二）负责养护资金的使用管理。\n"
            "（三）承办区政府交办的其他事项。\n（二）支出情况\n全年支出30万元。\n")
    found = _codes(text, "S001")
    assert len(found) == 1 and "之下的列举" in found[0].message
    assert not _codes(text, "S015")


def test_a_section_title_after_a_deeper_body_is_still_a_repeat():
    # the second （一） is a section's title after 2. with a body: a repeat that should read （二）
    text = ("一、项目情况\n（一）项目概况\n1.立项背景\n根据县政府安排设立。\n2.实施内容\n维修水池二十处。\n"
            "（一）绩效目标\n全年完成维修任务。\n二、自评结论\n良好。\n")
    found = _codes(text, "S001")
    assert any("应为“（二）”" in f.message for f in found)
