"""W001 look-alike and particle slips, W004 years that lost 年 before 底/初/末 or a place name."""

from __future__ import annotations

import pytest

from gen.check.context import CheckContext
from gen.check.rules import w001_typo as w001
from gen.check.rules import w004_year_without_nian as w004


def run(mod, text):
    return [(text[f.start : f.end], f.suggestion) for f in mod.check(CheckContext(text))]


@pytest.mark.parametrize(
    "text, wrong, fixed",
    [
        ("把各方面积极性凝聚成推进城乡建设得强大合力和强大力量。", "得", "的"),
        ("志愿服务在基层治理中起到得积极作用不可替代。", "得", "的"),
        ("事业基金年未余额3.20万元。", "未", "末"),
        ("固定资产期未余额为零，月未数为0。", "未", "末"),
        ("有2个项目资金末拨付到位。", "末", "未"),
    ],
)
def test_w001_particle_and_look_alike_slips(text, wrong, fixed):
    found = run(w001, text)
    assert found and found[0] == (wrong, fixed)


@pytest.mark.parametrize(
    "text",
    [
        "经济社会发展得又快又好，项目建设得到群众认可。",
        "通过项目实施获得显著成效，取得重要进展。",
        "本年未结转资金，当年未使用的额度按规定收回。",
        "年末余额3.20万元，期末数为0，季末、月末按时对账。",
        "本末倒置的问题已整改，学期末完成考核，事情始末已查清。",
    ],
)
def test_w001_leaves_correct_particles_and_negations(text):
    assert run(w001, text) == []


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("截至2022底，全局共有干部职工41人。", "2022年底"),
        ("2023初启动项目前期工作。", "2023年初"),
        ("截至2021 末，资金已全部拨付。", "2021年末"),
        ("2023西丰县农业农村局部门整体支出绩效自评报告\n", "2023年西丰县"),
    ],
)
def test_w004_year_before_time_of_year_or_place(text, fixed):
    found = run(w004, text)
    assert len(found) == 1 and found[0][1] == fixed


@pytest.mark.parametrize(
    "text",
    [
        "截至2022年底，全局共有干部职工41人。",
        "2023年初启动项目前期工作，2023年西丰县农业农村局完成自评。",
        "按2022底数核定补助标准，末端治理设施2021末级单位名单另附。",
        "年度 2023 西丰县\n",
    ],
)
def test_w004_leaves_dates_counts_and_table_cells(text):
    assert run(w004, text) == []


def test_w002_doubled_character_in_a_spaced_out_title():
    from gen.check.rules import w002_duplicated_word as w002

    assert run(w002, "部门整体支出绩效自评报告 前 前 言 一、部门概况\n") == [("前 前 言", "前 言")]
    for text in ("部门整体支出绩效自评报告 前 言\n", "考核结果 良 良 优 中 良\n", "人 人 参 与\n",
                 "主管部门 县民政局 实施单位 县民政局\n"):
        assert run(w002, text) == [], text


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("召开3月召开全县动员大会。", "3月召开"),
        ("兑现2021年度兑现奖补资金80万元。", "2021年度兑现"),
        ("定期巡查，严防止脱管漏管。", "严防"),
    ],
)
def test_w001_word_doubled_around_a_date_and_blended_words(text, fixed):
    found = run(w001, text)
    assert len(found) == 1 and found[0][1] == fixed


def test_w001_leaves_noun_phrases_and_strict_prevention():
    for text in ("落实2023年落实情况已上报，下达2023年下达资金计划。", "从严防止资金挪用，严禁挤占挪用，维护法律尊严防止滥用。"):
        assert run(w001, text) == [], text


def test_w005_leaves_the_last_word_of_an_excerpt_or_a_broken_line():
    from gen.check.rules import w005_compound_missing_char as w005

    for text in ("本单位共有3个项目批复了绩效目", "本单位共有3个项目批复了绩效目 \n", "本单位共有3个项目批复了绩效目\n标，金额46万元。"):
        assert run(w005, text) == [], text
    assert run(w005, "本年基本支\n89.50万元。") == []
    assert run(w005, "本年基本支89.50万元。")


def test_w001_tight_round_is_no_word():
    assert run(w001, "推进普法紧绕中心服务大局。") == [("紧绕", "紧紧围绕")]
    assert run(w001, "推进普法紧紧围绕中心服务大局。") == []


def test_w001_template_leftover_or_and_role_with_position():
    assert run(w001, "公用经费比2021年度或增长3.2%。") == [("比2021年度或增长", "比2021年度增长")]
    assert run(w001, "对全市体育事业起到主导地位。") == [("起到", "具有")]
    for text in ("公用经费比2021年度增长3.2%，2021年或2020年的数据见附表。", "起到主导作用，处于主导地位。"):
        assert run(w001, text) == [], text
