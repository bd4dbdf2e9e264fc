"""W027 (gen.check.name_variants): a name written with one character replaced, the text's own form written often."""

from __future__ import annotations

import pytest

from gen.check.name_variants import find
from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run


def _w027(text: str) -> list[str]:
    findings = run(source_from_text(text, "t.md"), select_rules()).findings
    return [text[f.start:f.end] for f in findings if f.code == "W027"]


@pytest.mark.parametrize("text, written, right", [
    # a facility's name: the written form leaves its last character alone (殡葬|馆), copied twice
    ("河口县殡葬馆建设项目绩效评价报告\n项目名称：河口县殡葬馆建设项目\n河口县殡仪馆于2019年开工。河口县殡仪馆占地30亩。"
     "新建殡仪馆一座。殡仪馆配套道路完工。", "河口县殡葬馆", "河口县殡仪馆"),
    # a fund's name: both forms read as words, the edit well inside a long name the text repeats
    ("本年投入财政专项扶贫资金500万元。财政专项扶贫资金全部拨付。财政专线扶贫资金使用规范。",
     "财政专线扶贫资金", "财政专项扶贫资金"),
])
def test_flags_the_name_written_otherwise(text, written, right):
    found = find(text)
    assert {(v.written, v.right) for v in found} == {(written, right)}
    assert set(_w027(text)) == {text[v.start:v.end] for v in found}


@pytest.mark.parametrize("text", [
    # two bodies: the edit in the name's kind
    "根据河口县财政局的通知。河口县民政局负责救助。河口县民政局全年发放资金。",
    # ordinals, levels, places: another thing
    "第一部分河口县民政局概况。第一部分河口县民政局收支。第二部分河口县民政局决算表。",
    "本年下达市级资金100万元。市级资金全部到位。下达省级资金50万元。",
    "资金下拨至东风乡和东风镇。东风乡卫生院已建成。东风镇卫生院在建。东风乡卫生院运行。",
    # two real words at the name's edge: two funds
    "对个人的补助资金用于培训。补助资金用于鉴定。对单位的补贴资金用于设备购置。",
    # a word the segmenter lacks but its HMM reads (a body's own kind of work), not a slip
    "我区农业发展办公室负责。我区农业发展成效明显。我区糖业发展办公室负责管理。",
    # the written form as often as the text's: no evidence which is right
    "河口县殡仪馆建设项目启动。河口县殡葬馆建设项目启动。河口县殡仪馆占地。河口县殡葬馆占地。",
    # not in a name
    "加强资金管理。加强资金监管。加快资金拨付。",
])
def test_leaves_other_names_alone(text):
    assert find(text) == []


def test_a_slip_another_typo_rule_reports_is_left_to_it():
    """One finding per slip: W023 reads a character moved, W027 stays silent on its span."""
    text = "河口镇卫生院负责辖区基本医疗。河口镇卫生院共有职工20人。第一部分 河口镇院卫生概况。"
    codes = [f.code for f in run(source_from_text(text, "t.md"), select_rules()).findings]
    assert "W023" in codes and "W027" not in codes
