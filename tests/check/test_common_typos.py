"""W001: the general list of common 错别字 in official writing (象/像, 形/型, 部份, 己/已 …).

Each group is a confusion of two characters that are both right somewhere:
the tests pin one wrong form per group and, beside it, the right uses of the
same characters that must stay clean (好像 and 现象, 类型 and 波形, 必需品).
"""

from __future__ import annotations

import pytest

from gen.check.context import CheckContext
from gen.check.rules import w001_typo as w001


def hits(text):
    return [(text[f.start:f.end], f.suggestion) for f in w001.check(CheckContext(text))]


@pytest.mark.parametrize(
    "text, wrong, fixed",
    [
        ("本年度走访服务对像共320户。", "对像", "对象"),
        ("整治群众反映的各类不良现像。", "现像", "现象"),
        ("购置数字化医学影象设备2台。", "影象", "影像"),
        ("安装高清摄象头16个。", "摄象", "摄像"),
        ("道路安装波型梁护栏500米。", "波型", "波形"),
        ("根据不同情型分类处置。", "情型", "情形"),
        ("部份乡镇资金拨付滞后。", "部份", "部分"),
        ("做为年度重点工作任务。", "做为", "作为"),
        ("该项目己经通过验收。", "己经", "已经"),
        ("各科室必需严格执行报销制度。", "必需", "必须"),
        ("该工程既将投入使用。", "既将", "即将"),
        ("坚持厉行节约，发扬坚苦奋斗作风。", "坚苦奋斗", "艰苦奋斗"),
        ("按规定办理报消手续。", "报消", "报销"),
        ("合理的调度医疗资源。", "合理的", "合理地"),
        ("项目管理的十分规范。", "管理的", "管理得"),
    ],
)
def test_common_typo_is_flagged(text, wrong, fixed):
    assert hits(text) == [(wrong, fixed)]


@pytest.mark.parametrize(
    "text",
    [
        "本年度走访服务对象共320户，群众满意度好像有所提高。",
        "对像我镇这样财力薄弱的乡镇给予倾斜。",
        "发现像素不达标的摄像头5个，已更换。",
        "雕像、塑像修缮2处，以此作为良好象征。",
        "购置新型设备，完成模型类型核对，配备户外型显示屏。",
        "股份合作社按年份、份额分红，部分省份试点。",
        "多做为民办实事的工作。",
        "以服务群众为己任，项目已经完工。",
        "储备生活必需品和必需的药品。",
        "服务既便利又快捷，项目即将完工。",
        "采取有效的落实措施，实现全面的提升。",
        "我们做的很多工作得到认可。",
    ],
)
def test_right_uses_stay_clean(text):
    assert hits(text) == []
