"""The hand-annotated measure (benchmarks/real_reports.py) counts what it says it counts.

Its figures go into the README and the issue notes, so its matching of findings to
annotated defects is tested on a folder written here: a defect found by a rule of
its own family, one found by a rule that names the same class from the other side
(P008 for a term's missing quotes filed as T), one missed, and a false alarm.
"""

from __future__ import annotations

import json

import pytest

from tests.scripts_loader import load_script


def _scorer():
    return load_script("benchmarks/real_reports.py")


def _score_one(tmp_path, text: str, key: dict) -> dict:
    """The scorer's result on a folder holding one report, X-001.txt, and its key."""
    (tmp_path / "X-001.txt").write_text(text, encoding="utf-8")
    (tmp_path / "key.json").write_text(json.dumps(key, ensure_ascii=False), encoding="utf-8")
    return _scorer().score(tmp_path, show=True)


def test_families_map_as_documented():
    same = _scorer()._same_class
    assert same("D001", "D") and same("T001", "D") and same("B001", "N") and same("N001", "F")
    assert same("W018", "T") and same("P008", "T") and same("W031", "T") and same("S017", "W")
    assert same("S010", "W") and not same("S017", "T") and not same("S001", "W")
    assert not same("P008", "W") and not same("W001", "P") and not same("T001", "W")
    assert same("N026", "S") and same("W030", "S") and same("N029", "S") and not same("W030", "T") and not same("N026", "W")


def test_a_folder_is_scored_defect_by_defect(tmp_path):
    text = ("七、财政拨款三公经费支出决算情况说明\n"
            "八、财政拨款“三公”经费支出决算表\n"
            "本年支出合计100万元，其中：基本支出60万元，项目支出30万元。\n"
            "全年完成培训50人次。\n")
    key = {"X-001.txt": {"year": 2023, "defects": [
        {"text": "财政拨款三公经费支出决算情况说明", "family": "T", "what": "缺引号"},
        {"text": "本年支出合计100万元", "family": "N", "what": "60+30≠100"},
        {"text": "全年完成培训50人次", "family": "W", "what": "(invented for the test)"},
    ], "correct": ["全年完成培训50人次。"]}}
    r = _score_one(tmp_path, text, key)
    assert r["files"] == 1 and sum(r["defects"].values()) == 3
    assert r["found"]["T"] == 1 and r["found"]["N"] == 1 and r["found"]["W"] == 0
    assert r["correct"] == 1 and r["alarmed"] == 0
    assert [n.split()[0] for n in r["notes"]] == ["MISS"]


@pytest.mark.parametrize("text, family, hit, miss", [
    # W005 reports a budget subject short of its 和; a reader files it as a term (T)
    ("2023年度社会保障就业支出400.00万元，机关事业单位基本养老保险缴费支出20.00万元。\n", "T",
     "社会保障就业支出", "基本养老保险缴费支出"),
    # W004 reads a date whose 年 and 月 were lost; a reader files it as a number that cannot be (N)
    ("报告日期:2022624，本年支出12.00万元。\n", "N", "2022624", "本年支出12.00万元"),
    # W026 reads an amount whose 元 was dropped; a reader files it as a unit left incomplete (N)
    ("全年支出合计356.20万元，其中人员经费200.00万元，专项经费30.00万，公用经费3。\n", "N", "30.00万", "公用经费3"),
    # S017 stands at the body heading and quotes the contents entry: a reader who marked the contents entry
    # marked the same mismatch (a pair rule finds the side it quotes)
    ("目录\n第一部分 某县林业局概况\n一、部门主要职责\n二、机构设置\n第二部分 名词解释\n"
     "第一部分 某县林业局概况\n一、部门主要职能\n负责全县林业工作。\n二、机构设置\n内设三个股室。\n", "S",
     "一、部门主要职责", "二、机构设置"),
    # W002 reports a body's own name with a character doubled; a reader files it as a term (T)
    ("重庆市长寿区区审计局2023年度部门决算\n本年支出12.00万元。\n", "T", "长寿区区审计局", "本年支出12.00万元"),
    # W001 reports a session's number left blank; a reader files it as structure (S)
    ("——2025年1月14日在某市第二届人民代表大会第次会议上，本年支出12.00万元\n", "S", "第次会议", "本年支出12.00万元"),
    # W001 reports a law's title cited wrongly; a reader files it as a term (T)
    ("依据《中国红十字会法》开展工作，本年支出12.00万元。\n", "T", "《中国红十字会法》", "本年支出12.00万元"),
    # W034 reports a blank inside a word of the prose; a reader files it as a converter's noise (L)
    ("根据《关于印发某县林业局职能配 置内设机构和人员编制规定的通知》，本局是县政府工作部门，本年支出12.00万元。\n", "L",
     "职能配 置", "本年支出12.00万元"),
    # S010 reports a name masked by stars; a reader files it as garbled text (L)
    ("第一部分:****概况\n本年支出12.00万元，较上年增加。\n", "L", "****概况", "本年支出12.00万元"),
    # D001 reports a thought without its leader's name; a reader files it as a lost word (W)
    ("2023年，市政府以新时代中国特色社会主义思想为指导，本年支出12.00万元。\n", "W", "以新时代中国特色社会主义思想为指导",
     "本年支出12.00万元"),
    # N067 reports a count whose figure was lost before its unit; one reader files it as a lost character (W),
    # another as a blank left unfilled (S)
    ("主动公开信息96条，其中工作动态类信息41条、机构职能类信息条、规划类信息5条。\n本年支出12.00万元。\n", "W",
     "机构职能类信息条", "本年支出12.00万元"),
    ("主动公开信息96条，其中工作动态类信息41条、机构职能类信息条、规划类信息5条。\n本年支出12.00万元。\n", "S",
     "机构职能类信息条", "本年支出12.00万元"),
], ids=["W005-for-T", "W004-for-N", "W026-for-N", "S017-pair-for-S", "W002-for-T", "W001-for-S", "W001-for-T",
        "W034-for-L", "S010-for-L", "D001-for-W", "N067-for-W", "N067-for-S"])
def test_a_rule_counts_only_for_the_defect_it_reads(tmp_path, text, family, hit, miss):
    # An exact rule counts for the defect whose text it overlaps, a pair rule for the side it quotes: not for
    # another of that family on the same line.
    key = {"X-001.txt": {"year": 2023, "defects": [
        {"text": hit, "family": family, "what": "the rule's own class"},
        {"text": miss, "family": family, "what": "(invented for the test: nothing reports it)"},
    ], "correct": []}}
    r = _score_one(tmp_path, text, key)
    assert r["found"][family] == 1 and [n.split()[0] for n in r["notes"]] == ["MISS"]
    assert miss in r["notes"][0]


def test_a_bare_coined_term_and_a_template_blank_count_on_their_own_text(tmp_path):
    # T001 tells a 决算 template's title whose 三公 lost its quotes, which a reader files as punctuation (P);
    # W019 tells a template's blank document number, which a reader files as structure (S). Each counts
    # for the defect whose text it overlaps, not for another of that family on the same line.
    text = ("七、一般公共预算财政拨款三公经费支出决算情况说明\n"
            "依据某会计师事务所审字【2021】第  号报告，本年支出12.00万元,较上年减少1.00万元。\n")
    key = {"X-001.txt": {"year": 2021, "defects": [
        {"text": "三公经费", "family": "P", "what": "三公未加引号"},
        {"text": "第  号", "family": "S", "what": "文号序号留空"},
        {"text": "本年支出12.00万元", "family": "S", "what": "(invented for the test: nothing reports it)"},
    ], "correct": []}}
    r = _score_one(tmp_path, text, key)
    assert r["found"]["P"] == 1 and r["found"]["S"] == 1
    assert [n.split()[0] for n in r["notes"]] == ["MISS"] and "本年支出12.00万元" in r["notes"][0]


def test_a_defect_whose_text_stands_twice_counts_where_any_copy_is_reported(tmp_path):
    # A paragraph pasted twice: S004 reports the second copy, the reader's span matches the first copy too.
    para = "我单位持续加强内部管理，严格执行财务制度和预算管理办法，确保每一笔财政资金使用规范、安全、有效。"
    text = f"一、总体情况\n{para}\n{para}\n全年完成培训50人次。\n"
    key = {"X-001.txt": {"year": 2023, "defects": [
        {"text": para, "family": "W", "what": "同一段落重复粘贴"},
    ], "correct": []}}
    r = _score_one(tmp_path, text, key)
    assert r["found"]["W"] == 1 and r["notes"] == []
    assert _scorer()._occurrences(text, para) == [text.find(para), text.rfind(para)]
