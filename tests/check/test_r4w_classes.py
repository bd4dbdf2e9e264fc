"""Wording classes of round 4 (W001 typos, W013 slips), in sentences other sectors would write.

Each class has the slip as another bureau would make it and the correct forms that
must stay silent, so that a pattern tuned to one report fails here.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


def spans(text, code):
    return [(text[f.start : f.end], f.suggestion) for f in findings_of(text, code)]


@pytest.mark.parametrize(
    "text, code, wrong, fixed",
    [
        ("项自名称为农村饮水安全巩固提升工程。", "W001", "项自", "项目"),
        ("按合同约定支信款项，未发生超付。", "W001", "支信", "支付"),
        ("负责权订全县卫生健康事业发展规划。", "W001", "权订", "拟订"),
        ("积极筹拍资金用于校舍维修。", "W001", "筹拍", "筹措"),
        ("向县人民代表大会常务委会报告预算执行情况。", "W001", "常务委会", "常务委员会"),
        ("今年来,全县新增就业岗位1200个。", "W013", "今年来", "今年以来"),
        ("现将项目支出绩效自评情况汇报下：", "W013", "汇报下", "汇报如下"),
        ("单位名称2024年度项目支出绩效自评报告", "W013", "单位名称", "（本单位全称）"),
        ("某县民政2023年度部门决算情况说明", "W013", "县民政", "县民政局"),
        ("共发放良种补贴5千亩元。", "W013", "5千亩元", "5千元"),
        ("严格落实预算事后预算评价制度。", "W013", "预算事后预算", "事后预算"),
        ("杜绝出现虚报冒领现象发生。", "W013", "出现虚报冒领现象发生", "出现虚报冒领现象"),
        ("某县残联年度部门决算情况说明", "W013", "年度", "（年份）年度"),
        ("按照《关于全面落实预算绩效管理的意见》开展工作。", "W001", "关于全面落实预算绩效管理的意见",
         "关于全面实施预算绩效管理的意见"),
        ("根据《中华人民共和国检察院组织法》设立。", "W001", "中华人民共和国", "中华人民共和国人民"),
        ("监督管理爆炸、放射等危险物品。", "W001", "放射", "放射性"),
        ("承担民族宗教桥台工作。", "W001", "桥台", "侨台"),
        ("做好本辖区类企业服务工作。", "W001", "类", "内"),
    ],
)
def test_slip_is_flagged_with_its_fix(text, code, wrong, fixed):
    assert (wrong, fixed) in spans(text, code)


@pytest.mark.parametrize(
    "text",
    [
        "各项自查整改工作已全部完成，该项自2020年起实施。",
        "加快社会信用体系和征信平台建设，按进度支付资金。",
        "经授权订立政府采购合同3份，参与拟订行业规划。",
        "影视中心筹拍纪录片一部，资金筹措到位。",
        "今年来我县考察的客商明显增多。",
        "在上级部门指导下：全年任务如期完成。现将情况说明如下：",
        "部门名称：县民政局。县民政局2023年度部门决算情况说明。",
        "全市公安2022年度部门预算执行良好，县财政2021年收入增长。",
        "新植元宝枫300亩，每亩补助200元。",
        "开展事前绩效评估，做好绩效事中监控。",
        "防止截留现象发生，未出现截留现象。",
        "本年度部门决算已公开，上年度部门预算执行良好。",
        "各地区全面落实预算绩效管理要求。",
        "公路桥台维修2处，放射性同位素管理规范。",
        "本辖区各类企业共计120家。",
    ],
)
def test_correct_forms_stay_silent(text):
    assert not spans(text, "W001") and not spans(text, "W013")
