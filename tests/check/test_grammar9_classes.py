"""Grammar-slip classes of round 9 (W013 warnings, W015 hints), in sentences other bureaus would write.

Each class is what reviewers circle in official writing: a verb said twice in
one phrase, two sentence patterns blended (包括……共有, 原因是……造成的,
本着……为原则), a wrong collocation (提高……建设), a multiple for a decrease, a
purpose clause left standing as a sentence, and the redundant pairs
(截至到, 大约……多, 以免……不再). Every case has its correct neighbours beside
it, so a pattern that only fits one report fails here.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


def spans(text, code):
    return [(text[f.start : f.end], f.suggestion) for f in findings_of(text, code)]


@pytest.mark.parametrize(
    "text, wrong, fixed",
    [
        ("督查组重点检查各单位执行中央八项规定精神的执行情况。", "执行中央八项规定精神的执行情况",
         "执行中央八项规定精神的情况"),
        ("按月通报落实河长制各项任务的落实进度。", "落实河长制各项任务的落实进度", "落实河长制各项任务的进度"),
        ("全系统主要包括机关本级及3个下属中心共有4个预算单位。", "包括机关本级及3个下属中心共有",
         "包括机关本级及3个下属中心在内共有"),
        ("结余较多的原因是部分采购项目流标造成的。", "原因是部分采购项目流标造成的", "原因是部分采购项目流标"),
        ("项目的实施有助于提升基层医疗能力建设。", "提升", "加强"),
        ("评审工作本着客观、公正为原则。", "本着客观、公正为原则", "以客观、公正为原则"),
        ("补助面积按照实际测量面积为准，多退少补。", "按照实际测量面积为准", "以实际测量面积为准"),
        ("改造后单位能耗下降了3倍。", "下降了3倍", "下降……%（或下降到原来的几分之几）"),
        ("截至到10月底，已拨付资金60万元。", "截至到", "截至"),
        ("全年组织巡河大约120多次。", "大约120多", "大约120"),
        ("下列4个二级单位。\n为2024年部门决算汇总范围内。", "为2024年部门决算汇总范围内", "在2024年部门决算汇总范围内"),
        ("及时消杀，有效防治鼠疫扩散。", "防治", "防止"),
        ("工程完工后实现了沿线村民实现安全饮水。", "实现了", "使"),
        ("开展禁毒宣传，起到了提高群众防范意识的目的。", "起到", "达到"),
        ("联合执法达到了有力的震慑作用。", "达到", "起到"),
        ("今年加大了老旧小区改造步伐。", "加大", "加快"),
        ("上半年召开应急演练2次。", "召开", "举办"),
        ("推行网上办理，增加了审批效率。", "增加", "提高"),
    ],
)
def test_w013_flags_the_round9_classes(text, wrong, fixed):
    assert (wrong, fixed) in spans(text, "W013")


def test_w013_purpose_clause_standing_alone():
    text = "（一）项目概况\n为改善城区排水条件，保障汛期群众生命财产安全。今年安排资金300万元。"
    assert [w for w, _ in spans(text, "W013")] == ["为改善城区排水条件，保障汛期群众生命财产安全。"]
    assert [w for w, _ in spans("做好台账。\n  为规范资金管理，确保专款专用。", "W013")] == ["为规范资金管理，确保专款专用。"]


def test_w013_shou_without_yingxiang():
    text = "结转较多主要受工程结算审核周期长、部分合同尚未履行完毕的问题。"
    assert [s for _, s in spans(text, "W013")] == ["（在句末补“影响”：主要受……等因素影响）"]
    ok = "结转较多主要受工程结算审核周期长等因素影响；项目受到群众好评，主要受益于审核提速等因素。"
    assert spans(ok, "W013") == []


def test_w013_double_negative_after_yimian():
    assert spans("建立回访制度，以防类似投诉不再发生。", "W013") == [("以防类似投诉不再发生", "以防类似投诉再次发生")]


@pytest.mark.parametrize(
    "text",
    [
        "督查组重点检查各单位执行中央八项规定精神的情况，通报中央八项规定精神的执行情况。",
        "督促项目实施单位的实施进度，检查年度执行计划的执行情况，落实情况良好。",
        "全系统包括机关本级在内共有4个预算单位；主要包括机关本级及3个下属中心，共有4个预算单位。",
        "本区保障性住房包括公租房和共有产权住房。",
        "结余较多的原因是部分采购项目流标；结余较多主要是采购项目流标造成的。",
        "造成结余的原因是采购项目流标，原因是疫情造成的停工。",
        "项目的实施有助于加强基层医疗能力建设，提升基层医疗能力，提高工程建设质量。",
        "提高思想认识，加强组织建设；提升站位抓实党的建设。",
        "评审工作本着客观、公正的原则，以客观、公正为原则，坚持以人民为中心。",
        "按照规划为中心城区配套建设管网，按照有关规定认定为准予补助。",
        "改造后单位能耗下降了30%，产能提高了3倍，能耗降到原来的三分之一。",
        "截至10月底，已拨付资金60万元，到年底全部拨付。",
        "全年组织巡河大约120次，累计120多次，节约经费20余万元。",
        "为改善城区排水条件，保障汛期群众生命财产安全，今年安排资金300万元。",
        "为此，确保专款专用。我局为规范资金管理，确保专款专用。",
        "为规范资金管理，我局确保专款专用。",
        "建立回访制度，以防类似投诉再次发生，确保类似投诉不再发生。",
        "下列4个二级单位均在2024年部门决算汇总范围内，实施范围为全县范围内，为范围内的农户发放补贴。",
        "及时消杀，有效防治鼠疫，防止疫情扩散，做好病虫害防治。",
        "工程完工后使沿线村民实现安全饮水，实现了全覆盖，实现了村民实现增收的愿望。",
        "开展禁毒宣传，达到了提高群众防范意识的目的，起到了震慑作用，取得了良好效果。",
        "今年加快了老旧小区改造步伐，加大了投入，提高了改造标准。",
        "上半年举办应急演练2次，召开演练部署会1次，召开会议安排宣传活动。",
        "推行网上办理，提高了审批效率，增加了审批窗口，增加投入提高服务质量。",
    ],
)
def test_w013_leaves_the_correct_neighbours(text):
    assert spans(text, "W013") == []


@pytest.mark.parametrize(
    "text, hint",
    [
        ("由于汛期提前，使部分堤段未能按期完工。", "由于……，……（删去“使”）"),
        ("随着智慧平台上线，使办事效率明显提高。", None),
        ("在各乡镇的配合下，使摸底工作如期完成。", None),
        ("补助标准偏低，不能解决困难群众的实际需要。", "满足"),
        ("加大窗口服务水平。", "提高"),
        ("之所以未达标，是由于原材料涨价的原因。", None),
        ("为参保群众免费赠送健康手册。", "赠送"),
    ],
)
def test_w015_round9_hints_are_info(text, hint):
    found = findings_of(text, "W015")
    assert found and all(f.severity == "info" for f in found)
    if hint:
        assert found[0].suggestion == hint


def test_w015_round9_hints_leave_the_usual_forms():
    text = ("由于汛期提前，部分堤段未能按期完工。我局随着平台上线，使办事效率明显提高。"
            "通过公开招标，使用专项资金购置设备。补助标准偏低，不能满足困难群众的实际需要。"
            "加大投入，提高窗口服务水平。之所以未达标，是由于原材料涨价。为参保群众免费发放健康手册。")
    assert findings_of(text, "W015") == []
