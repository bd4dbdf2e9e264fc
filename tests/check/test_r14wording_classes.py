"""Wording slips of the 29 dev sets read as mechanisms in round 14 (issue 12).

Input-method debris: 那/那个 left after a conjunction or a causative verb where
no demonstrative fits, 和你 picked for 合理 (n/l), 共组 for 工作 before a mark.
A common verb or noun that lost one character before the word it governs:
主要用 + noun (用于), 进 + verb (进行, or 进 typed in excess), 制在 + figure
(控制在), 孵化基 + word (基地), 信息查 + 服务 (查询). All W013 entries in
glossary/wording.yaml. Every case is written for the project (no report text
copied); each class has texts the rule must flag, with the span and
suggestion, and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import assert_flagged, findings_of

FLAG = [
    ("W013", "五、问题及那建议\n", "那建", "建"),
    ("W013", "搭建交流平台，使那个基层干部得到锻炼。", "那个基", "基"),
    ("W013", "统筹做好仓容的和你布局。", "和你", "合理"),
    ("W013", "负责全县粮食流通监督检查共组。", "共组", "工作"),
    ("W013", "专项经费8万元，主要用农村饮水安全维护。", "用", "用于"),
    ("W013", "要求施工单位对破损路段进维修。", "进维修", "路段维修"),
    ("W013", "将返工率制在2%以内。", "制在", "控制在"),
    ("W013", "新建中药材示范基5个。", "基", "基地"),
    ("W013", "完善不动产登记信息查系统。", "查", "查询"),
]

KEEP = [
    ("W013", "五、问题及建议\n对那些未按期完成的项目，与那坡县、那曲市协商。"),
    ("W013", "像往年那样开展工作，让那里的群众受益。"),
    ("W013", "统筹做好仓容的合理布局；和你们一起，我们和你同行。"),
    ("W013", "全年共组织培训6期，共组建服务队2支，共组成检查组3个。"),
    ("W013", "专项经费8万元，主要用于农村饮水安全维护；主要用途为设备购置，主要用水户为农户。"),
    ("W013", "推进落实整改，促进规范管理，改进考核方式，引进培训师资，跟进督查。"),
    ("W013", "将返工率控制在2%以内，编制在岗人员12人，体制在2020年理顺。"),
    ("W013", "夯实产业基础，设立创业基金，建成中药材示范基地5个，配备基药。"),
    ("W013", "完善不动产登记信息查询系统，开展数据核查，完善审查系统。"),
]


@pytest.mark.parametrize(("code", "text", "span", "suggestion"), FLAG)
def test_round_fourteen_slip_is_flagged(code, text, span, suggestion):
    assert_flagged(code, text, span, suggestion)


@pytest.mark.parametrize(("code", "text"), KEEP)
def test_the_right_words_pass(code, text):
    assert not findings_of(text, code)
