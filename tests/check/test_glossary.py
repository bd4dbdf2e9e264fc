"""The glossary loads, knows its words, and refuses broken entries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gen.core import glossary
from gen.core.errors import UserError
from gen.core.resources import data_dir


def test_segmenter_words_cover_terms_typos_acronyms_and_self_refs():
    words = glossary.segmenter_words()
    for word in ("卫生计生", "卫生健康", "新农合", "截止到", "截至", "帐户", "账户", "ICU", "AEFI", "我局", "特别扶助金"):
        assert word in words
    assert words == sorted(set(words))


def test_every_entry_has_examples_that_hold():
    g = glossary.load()
    assert len(g.terms) >= 5 and len(g.typos) >= 10
    for entry in g.terms + g.typos:
        for text, year in entry.flag:
            assert list(entry.finditer(text, year)), (entry.id, text)
        for text, year in entry.keep:
            assert not list(entry.finditer(text, year)), (entry.id, text)


def test_historical_mention_and_service_item_are_not_obsolete_terms():
    terms = {e.id: e for e in glossary.load().terms}
    assert not list(terms["卫生计生"].finditer("原区卫生计生局的资产已移交。", 2022))
    assert not list(terms["卫生计生"].finditer("开展卫生计生监督协管服务。", 2022))
    assert [h.suggestion for h in terms["卫生计生"].finditer("区卫生计生局牵头。", 2022)] == ["卫生健康"]


def test_from_year_spares_reports_before_the_reform():
    entry = {e.id: e for e in glossary.load().terms}["新型农村合作医疗"]
    text = "新农合参合率达到98%。"
    assert not list(entry.finditer(text, 2016))
    assert list(entry.finditer(text, 2022))
    # a text of unknown (or masked, 20**年) year may be of before the reform: not judged by its date
    assert not list(entry.finditer(text, None))


def test_replace_entries_suggest_the_fixed_word():
    entry = {e.id: e for e in glossary.load().typos}["帐-账"]
    assert [h.suggestion for h in entry.finditer("银行帐户和记帐凭证")] == ["账户", "记账"]


def test_acronyms_and_bodies():
    g = glossary.load()
    assert {"ICU", "APP", "AFP", "AEFI", "DR", "CT", "HIV", "PPP", "GDP"} <= set(g.acronyms)
    assert g.body_type("广州市荔湾区卫生健康局").ref == "我局"
    assert g.body_type("深圳市卫生健康委员会").ref == "我委"
    assert g.body_type("某区疾病预防控制中心").ref == "我中心"
    assert g.body_type("某某公司") is None
    assert "长寿" in g.common_place_words


@pytest.fixture
def gloss_copy(tmp_path: Path) -> Path:
    target = tmp_path / "glossary"
    shutil.copytree(data_dir("glossary"), target)
    return target


def _append_entry(path: Path, body: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + body, encoding="utf-8")


def test_entry_whose_example_is_not_caught_fails_to_load(gloss_copy):
    _append_entry(
        gloss_copy / "typos.yaml",
        "\n  - id: 坏条目\n    match: 再接再励\n    expected: 再接再厉\n    reason: 测试\n"
        "    flag: [我们将再接再厉。]\n    keep: [我们将继续努力。]\n",
    )
    with pytest.raises(UserError) as err:
        glossary.load(str(gloss_copy))
    msg = str(err.value)
    assert "typos.yaml" in msg and "坏条目" in msg and "应被发现" in msg


def test_entry_that_catches_its_near_miss_fails_to_load(gloss_copy):
    _append_entry(
        gloss_copy / "terms.yaml",
        "\n  - id: 太宽\n    match: 计划生育\n    expected: 卫生健康\n    reason: 测试\n"
        "    flag: [卫生和计划生育委员会]\n    keep: [负责计划生育管理和服务工作。]\n",
    )
    with pytest.raises(UserError) as err:
        glossary.load(str(gloss_copy))
    assert "terms.yaml" in str(err.value) and "太宽" in str(err.value) and "不应被发现" in str(err.value)


# Entries that must fail at load, each with the words its message must hold: an edit to the glossary that breaks
# one of these rules is refused with a message naming the entry or file, never loaded half-right.
_REJECTED = [
    pytest.param("typos.yaml", "\n  - id: 无上限\n    regex: '做出.*贡献'\n    expected: 作出\n    reason: 测试\n"
                 "    flag: [做出了贡献]\n    keep: [作出了贡献]\n", "无上限", id="unbounded-regex"),
    pytest.param("typos.yaml", "\n  - id: 无示例\n    match: 布置署\n    expected: 部署\n    reason: 测试\n", "无示例",
                 id="entry-without-examples"),
    pytest.param("bodies.yaml", "  - {name: 某区卫生健康局, ref: 我委}\n", "bodies.yaml", id="bodies-spec"),
    # a street office's own 本级 is 街道; a spec that says 县 must fail at load, naming the file
    pytest.param("bodies.yaml", "  - {name: 某区大院街道办事处, ref: 我街道, level: 县}\n", "bodies.yaml.*本级应为“县”",
                 id="bodies-budget-level"),
]


@pytest.mark.parametrize("file, entry, message", _REJECTED)
def test_bad_entry_is_rejected(gloss_copy, file, entry, message):
    _append_entry(gloss_copy / file, entry)
    with pytest.raises(UserError, match=message):
        glossary.load(str(gloss_copy))


def test_invalid_yaml_names_the_file(gloss_copy):
    (gloss_copy / "acronyms.yaml").write_text("acronyms: [ICU\n", encoding="utf-8")
    with pytest.raises(UserError, match="acronyms.yaml"):
        glossary.load(str(gloss_copy))


def test_budget_level_reads_the_name_then_the_self_reference():
    assert glossary.own_budget_level("英德市某镇人民政府办公室", "我办") == "镇"
    assert glossary.own_budget_level("某市城市街道照明管理所", "我所") is None
    assert glossary.own_budget_level("某县综合服务中心", "我乡") == "乡"
    assert glossary.own_budget_level("某县卫生健康局", "我局") is None


def test_lookbehind_of_varying_width_is_a_clear_error(gloss_copy):
    # re's parser accepts it, only the compiler refuses: the message must still name the file and the entry.
    _append_entry(
        gloss_copy / "wording.yaml",
        "\n  - id: 变宽后顾\n    regex: '(?<=由|会同)牵头'\n    expected: 牵头\n    reason: 测试\n"
        "    flag: [由办公室牵头]\n    keep: [办公室负责]\n",
    )
    with pytest.raises(UserError) as err:
        glossary.load(str(gloss_copy))
    assert "wording.yaml" in str(err.value) and "变宽后顾" in str(err.value)


@pytest.mark.parametrize("field, flagged, kept", [
    # flag the loose form only beside the standard one
    ("when_text_has", "起草地方性法规草案，审查地方法规草案。", "审查地方法规草案。"),
    # leave the entry to a text without that form (there the mix is P008's)
    ("unless_text_has", "七、财政拨款三公经费支出决算表\n",
     "七、财政拨款三公经费支出决算表\n八、财政拨款“三公”经费支出决算情况说明\n"),
])
def test_an_entry_conditioned_on_the_texts_own_wording(gloss_copy, field, flagged, kept):
    entry = next(e for e in glossary.load().terms if getattr(e, field) and list(e.finditer(flagged)))
    assert list(entry.finditer(flagged)) and not list(entry.finditer(kept))
    _append_entry(
        gloss_copy / "terms.yaml",
        f"\n  - id: 坏条件\n    match: 地方法规\n    expected: 地方性法规\n    reason: 测试\n    {field}: 3\n"
        "    flag: [地方性法规和地方法规]\n    keep: [地方法规]\n",
    )
    with pytest.raises(UserError, match=field):
        glossary.load(str(gloss_copy))
