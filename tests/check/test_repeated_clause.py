"""W025: a long clause said twice in one sentence or one list item, in sentences other bureaus would write.

Each flagged case keeps an old clause beside its rewrite (重复赘述); each kept
case is a correct neighbour that shares words or a whole clause across a
sentence or item boundary, names a body or document twice, is parallel
wording, or is a table run into text.
"""

from __future__ import annotations

import time

import pytest

from gen.check.rules.w025_repeated_clause import _repeats
from tests.check.findings import findings_of


def spans(text):
    return [text[f.start : f.end] for f in findings_of(text, "W025", only=["W025"])]


@pytest.mark.parametrize(
    "text, second",
    [
        # the old clause left at the end of a rewritten sentence
        ("项目建成后为群众提供了便利，提升了乡镇综合文化站的公共服务水平，是推进基本公共服务均等化的具体举措，"
         "提升了乡镇综合文化站的公共服务水平。", "提升了乡镇综合文化站的公共服务水平"),
        # a duty item that names its first task again, the verb in another written form
        ("（三）负责全县林业生态保护工作。制定全县林业发展中长期规划，指导林业执法工作，"
         "制订全县林业发展中长期规划，承担森林防火的有关工作。\n", "制订全县林业发展中长期规划"),
        # a word in front of the second copy
        ("加强项目资金全过程监管，按月通报支出进度，并加强项目资金全过程监管。", "并加强项目资金全过程监管"),
        # inside one item of a list run into one line
        ("主要做法：一是规范政府采购审批程序，落实内控制度，规范政府采购审批程序；二是加强资产管理。",
         "规范政府采购审批程序"),
        # plain ASCII punctuation (a page store's NFKC text)
        ("深化预算绩效管理改革,健全绩效评价结果应用机制,深化预算绩效管理改革。", "深化预算绩效管理改革"),
    ],
)
def test_a_clause_said_twice_is_flagged(text, second):
    assert spans(text) == [second]


@pytest.mark.parametrize(
    "text",
    [
        # the same clause in two sentences, or in two items of a list
        "健全绩效评价结果应用机制。下一步继续健全绩效评价结果应用机制。",
        "一是健全绩效评价结果应用机制；二是健全绩效评价结果应用机制的配套制度。",
        "（一）健全绩效评价结果应用机制，按季度通报。（二）健全绩效评价结果应用机制，纳入考核。\n",
        "1.健全绩效评价结果应用机制，按季度通报；2.健全绩效评价结果应用机制，纳入考核。",
        # only a part shared: parallel wording
        "提高农业专项资金使用效益，加强财政支出管理，提高财政资金使用效益。",
        "市级财政专项资金全部到位，县级财政专项资金全部到位。",
        "上半年完成项目验收工作，下半年完成项目验收工作。",
        "既要加强项目资金全过程管理，又要加强项目资金全过程监督。",
        # a clause and its negation
        "按期完成建设任务的，全额拨付资金；未按期完成建设任务的，按进度拨付。",
        # a body, a place or a document named twice
        "项目主管部门：某某县农业农村局，项目实施单位：某某县农业农村局。",
        "受益范围为新疆维吾尔自治区，资金来源为新疆维吾尔自治区。",
        "依据关于下达专项补助资金的通知，我局转发关于下达专项补助资金的通知。",
        "按照《关于做好项目资金管理工作的通知》，落实《关于做好项目资金管理工作的通知》要求。",
        # a heading and the text after it; a label before a colon
        "（四）部门整体支出绩效目标 我局部门整体支出绩效目标：一是做好预算管理。",
        "绩效目标完成情况分析：本年度绩效目标完成情况分析：总体良好。",
        # tables run into text: a form's target and actual columns, cells parted by bars, a contents line
        "年度总体目标完成情况：完善农田灌溉计量设施，完善农田灌溉计量设施，指标值100%，实际值100%，得分10分。",
        "预期目标 | 完善农田灌溉计量设施，提高用水效率 | 完善农田灌溉计量设施，提高用水效率\n",
        "年初设定目标：完善农田灌溉计量设施，年度总体目标完成情况：完善农田灌溉计量设施。",
        # a short clause
        "加强资金管理，规范资金使用，加强资金管理。",
    ],
)
def test_correct_text_is_left_alone(text):
    assert spans(text) == []


def test_far_apart_copies_are_not_one_sentence():
    """A page without full stops (a PDF's headings and text run together) is no sentence to judge."""
    filler = "，".join(["开展调研督导"] * 60)
    text = f"健全绩效评价结果应用机制，{filler}，健全绩效评价结果应用机制。"
    assert spans(text) == []


def test_linear_on_long_runs():
    """Long runs of characters without marks, and of marks, cost about as much per character as short ones."""
    def cost(n: int) -> float:
        text = ("健全绩效评价结果应用机制" * n + "，") * 20 + "、一、" * n
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            list(_repeats(text))
            best = min(best, time.process_time() - t0)
        return best

    small, big = cost(200), cost(1600)
    assert big < 24 * max(small, 1e-3)  # linear: about 8; quadratic: about 64
