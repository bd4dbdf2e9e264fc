"""W023 (gen.check.text_variants): a phrase a character off from the way the same text writes it twice."""

from __future__ import annotations

import pytest

from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run
from gen.check.text_variants import find


def _w023(text: str) -> list[str]:
    findings = run(source_from_text(text, "t.md"), select_rules()).findings
    return [text[f.start:f.end] for f in findings if f.code == "W023"]


@pytest.mark.parametrize("text, written, right", [
    # a character lost between two neighbours that the text writes apart twice
    ("本年完成森林抚育作业补助1万亩。森林抚育作业补助资金到位。全县森林抚作业补助按期发放。", "森林抚作业补助", "森林抚育作业补助"),
    # a character added into a name the table of contents writes twice
    ("目录\n第一部分 红旗乡中心小学部门概况\n第二部分 红旗乡中心小学部门决算表\n第一部分 红旗乡中心小学所部门概况\n",
     "红旗乡中心小学所部门概况", "红旗乡中心小学部门概况"),
    # a character moved past the word after it
    ("河口镇卫生院负责辖区基本医疗。河口镇卫生院共有职工20人。第一部分 河口镇院卫生概况。", "河口镇院卫生", "河口镇卫生院"),
])
def test_flags_the_one_off_with_the_texts_own_form(text, written, right):
    found = find(text)
    assert [(v.written, v.right) for v in found] == [(written, right)]
    assert _w023(text) == [written]


@pytest.mark.parametrize("text", [
    # legitimate long and short forms: a connective, 度, a repeated character, a function word
    "县人力资源和社会保障局负责就业。县人力资源和社会保障局全年培训500人。县人力资源社会保障局另行发文。",
    "县委县政府高度重视。县委县政府多次调度。县委政府专题研究。",
    "2023年度预算执行良好。2023年度绩效目标完成。2023年预算已公开。",
    "各项指标未达到目标值。部分指标未达到目标值。个别指标都未达到目标值。",
    # two real words
    "加强党组织建设。党组织全年开会12次。党组会议研究决定。",
    "资金使用规范。资金使用合规。资金用于设备购置。",
    # a productive pattern, an abbreviation the segmenter's HMM reads as a word, a scope word
    "参保经费应发尽发。发放经费按时到位。经费发放及时，应发尽发率100%。",
    "就业补助标准每人500元。补助标准按年调整。就业奖补标准另行规定。",
    "负责全区卫生工作。负责全区疾病防控。负责区保健对象的医疗工作。",
    # the right form written only once: no evidence
    "本年完成中幼林抚育补助1万亩。全县中幼林育补助按期发放。",
    # a term of the text's own (自评) beside a word it keeps writing (评价)
    "评价工作按期完成。评价工作组织有力。开展绩效自评工作。",
    # a fee's name with or without 经 (慰问经费 / 慰问费), either way round
    "春节慰问经费按方案发放。春节慰问经费全部到位。按时完成慰问费兑付。",
    "春节慰问费按方案发放。春节慰问费全部到位。按时完成慰问经费兑付。",
])
def test_leaves_legitimate_variants_alone(text):
    assert find(text) == []


def test_a_slip_another_typo_rule_reports_is_left_to_it():
    """One finding per slip: W020 knows the standard title, so W023 stays silent there."""
    text = "一、收入支出决算总体情况说明\n收入支出决算总体情况见表。收入支出决算总体情况良好。\n二、收入支决算总体情况说明\n"
    assert find(text)  # the text's own form would show it
    codes = [f.code for f in run(source_from_text(text, "t.md"), select_rules()).findings if f.code.startswith("W")]
    assert "W020" in codes and "W023" not in codes


def test_no_candidates_on_short_or_latin_text():
    assert find("") == [] and find("abc") == [] and find("the same text, the same text, the sme text") == []


@pytest.mark.parametrize("edit, message", [
    # a keep example the lists no longer allow: 全 taken off the optional characters
    (lambda s: s.replace("下, 全, 总, 者, 段, 與, 總]", "下, 总, 者, 段, 與, 總]"), "不应被发现"),
    # an item that is no single character
    (lambda s: s.replace("movable: [和,", "movable: [和与,"), "不是单个汉字"),
    # a shortened word that is no two-character word
    (lambda s: s.replace("shortened: [经费, 数量]", "shortened: [费, 数量]"), "不是两个汉字的词"),
])
def test_the_policy_file_proves_itself_when_it_loads(tmp_path, monkeypatch, edit, message):
    from gen.check import text_variants as tv
    from gen.core.errors import UserError

    source = (tv.data_dir("glossary") / tv.FILE).read_text(encoding="utf-8")
    (tmp_path / tv.FILE).write_text(edit(source), encoding="utf-8")
    monkeypatch.setattr(tv, "data_dir", lambda name: tmp_path)
    tv.policy.cache_clear()
    try:
        with pytest.raises(UserError, match=message):
            tv.policy()
    finally:
        tv.policy.cache_clear()


def test_a_slip_left_to_another_rule_is_reported_when_that_rule_is_off():
    """W023 leaves a span to the rule that reports it (W005 here) only when that rule runs in this check:
    under --ignore W005 the slip is W023's, not nobody's."""
    from gen.check.config import Config
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import run

    text = "本年及时上报药品不良反应病例。药品不良反应监测覆盖全县。及时上报药品不良应病例。"

    def codes(ignore: tuple[str, ...]) -> list[str]:
        found = run(source_from_text(text, "t.txt"), select_rules(ignore=list(ignore)), None, Config(ignore=ignore)).findings
        return [f.code for f in found if f.code in ("W005", "W023")]

    assert codes(()) == ["W005"]
    assert codes(("W005",)) == ["W023"]
