"""W012: a two-character word cut to its first character right before an amount or 的."""

from __future__ import annotations

import pytest

from gen.check.context import CheckContext
from gen.check.rules import w012_word_cut_before_figure as w012


def cuts(text):
    return [(text[f.start:f.end], f.suggestion) for f in w012.check(CheckContext(text))]


@pytest.mark.parametrize(
    "text, char, word",
    [
        ("下达农村饮水安全工程建120万元。", "建", "建设"),
        ("对各责任单的履职情况进行督查。", "单", "单位"),
        ("本年度办公设备采28.6万元。", "采", "采购"),
        ("做好年度工作任的分解。", "任", "任务"),
        ("拨付乡镇卫生院基础设施维5万元。", "维", None),  # 维修 or 维护
        ("指标3：开展禁毒知识进校园等主题宣传活\n已完成\n", "活", "活动"),  # a table cell cut at its end
    ],
)
def test_cut_word_is_flagged(text, char, word):
    assert cuts(text) == [(char, word)]


@pytest.mark.parametrize(
    "text",
    [
        "下达农村饮水安全工程建设120万元。",
        "对各责任单位的履职情况进行督查。",
        "同比增8.2万元，人均补贴300元，每人补300元，每户收50元。",  # verbs that take an amount
        "群众自建的房屋和村集体建的仓库均已登记。",  # 建 as a verb before 的
        "及时更新人员名单的信息，落实专项5万元。",  # the character ends a word with what stands before it
        "1项指标未完成，单的数量不计入。",  # no word before the character
        "购置防护服3万元，支付保洁费1.2万元。",  # productive suffixes are not listed
        "进一步明确目的，规范招标的程序。",  # the character and 的 make a word (目的, 标的)
        "保障困难群众基本生活。\n盘活闲置资产，工作方法灵活\n",  # 活 ends a word (生活, 灵活) or a verb (盘活)
    ],
)
def test_right_uses_stay_clean(text):
    assert cuts(text) == []

