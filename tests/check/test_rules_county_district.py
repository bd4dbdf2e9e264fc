"""D004: a county still called 县 where the same text calls it a 区."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import d004_county_now_district as d004


def spans(text):
    return [(text[f.start:f.end], f.suggestion) for f in d004.check(CheckContext(text))]


def test_d004_old_county_name_among_the_district_name():
    text = "资金分配：繁昌区30.00万元，南陵县20.00万元。\n繁昌区完成建设任务，另下达繁昌县56.50万元。"
    assert spans(text) == [("繁昌县", "繁昌区")]


def test_d004_passes_history_titles_and_a_text_that_keeps_the_county():
    assert not spans("繁昌区完成任务，繁昌区验收合格。原繁昌县的档案已移交，繁昌县撤县设区后机构调整。")
    assert not spans("依据《繁昌县农村公路养护办法》，繁昌区、繁昌区交通运输局组织实施。")
    assert not spans("繁昌县完成任务，繁昌县、繁昌区各安排资金。")
    assert not spans("繁昌区完成任务，繁昌县安排资金。"), "the district's name written once is no usual form"


def test_d004_leaves_cities_and_autonomous_counties_alone():
    assert not spans("淮安市淮安区、淮安区财政局和淮安市财政局联合开展评价。")


def dated(text, year):
    ctx = CheckContext(text, config={"year": year} if year else {})
    return [(text[f.start:f.end], f.suggestion) for f in d004.check(ctx)]


def test_d004_old_name_of_a_county_or_prefecture_renamed_before_the_report_year():
    assert dated("下属单位：林周县气象局、达孜县气象局。", 2019) == [("达孜县", "达孜区")]
    assert dated("项目覆盖林芝地区七个县区。", 2020) == [("林芝地区", "林芝市")]
    assert dated("区内企业迁往开封县城区。", 2016) == [("开封县", "祥符区")]
    text = "资金分配：繁昌区30万元。\n繁昌区完成建设任务，另下达繁昌县56.5万元。"
    assert dated(text, 2022) == [("繁昌县", "繁昌区")], "told once, not by both readings"


def test_d004_old_name_in_its_own_year_history_titles_or_without_a_year_passes():
    assert not dated("下属单位：达孜县气象局。", 2017), "the change's own year"
    assert not dated("下属单位：达孜县气象局。", None), "no report year"
    assert not dated("原达孜县气象局已更名为达孜区气象局。", 2019)
    assert not dated("2016年，达孜县气象站建成投用。", 2019), "a year before the change in the sentence"
    assert not dated("执行《达孜县气象灾害防御规划》。", 2019)
    assert not dated("九台市场新建摊位120个。", 2019), "九台 + 市场, not the former city"


def test_history_words_are_one_list_for_both_county_rules():
    """D004, D005 and the dated reading skip a clause that tells the past by the words of one list."""
    from gen.check.renamed_places import renamed
    from gen.check.rules import d005_county_words_in_district as d005

    history = renamed().history
    assert all(history.search(w) for w in ("原", "撤县", "更名为", "撤县设区以前"))
    assert not history.search("负责全县水利工作")
    text = "资金分配：繁昌区30万元。\n繁昌区完成建设任务，撤县设区以前由繁昌县统筹。"
    assert not spans(text), "D004 reads the list's 以前"
    assert not list(d005.check(CheckContext("渌口区水利局2019年度部门决算\n一、沿革\n更名以前，本局负责全县水利工作。\n")))


def test_renamed_places_without_history_words_fails_to_load(tmp_path, monkeypatch):
    import pytest

    from gen.check import renamed_places
    from gen.core.datafile import DataFileError

    folder = tmp_path / "glossary"
    folder.mkdir()
    source = renamed_places.data_dir("glossary") / renamed_places.FILE
    text = source.read_text(encoding="utf-8")
    start = text.index("history_words:")
    (folder / renamed_places.FILE).write_text(text[:start] + text[text.index("\n", start) + 1:], encoding="utf-8")
    monkeypatch.setattr(renamed_places, "data_dir", lambda name: folder)
    renamed_places.renamed.cache_clear()
    try:
        with pytest.raises(DataFileError, match="history_words"):
            renamed_places.renamed()
    finally:
        monkeypatch.undo()
        renamed_places.renamed.cache_clear()
