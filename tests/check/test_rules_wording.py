"""W rules: curated typos and duplicated characters."""

from __future__ import annotations

import pytest

from gen.check.context import CheckContext
from gen.check.rules import w001_typo as w001
from gen.check.rules import w002_duplicated_word as w002


def run(mod, text):
    return list(mod.check(CheckContext(text)))



@pytest.mark.parametrize(
    "text, wrong, fixed",
    [
        ("截止2021年年底，预算项目共87个。", "截止", "截至"),
        ("由于银行帐户的原因。", "帐户", "账户"),
        ("按新财务软件的记帐要求。", "记帐", "记账"),
        ("落实独生子女父母奖励金、特别特助金等政策。", "特别特助金", "特别扶助金"),
        ("专业队伍与社区于群协同作战。", "社区于群", "社区干群"),
        ("承担区防治艾滋病工作员会的日常工作。", "工作员会", "工作委员会"),
        ("实施县域医疗卫生服体系规划。", "服体系", "服务体系"),
        ("为我区卫生工作做出应有的贡献。", "做出", "作出"),
        ("反诈APP推广按装。", "按装", "安装"),
        ("既使在疫情期间也不放松。", "既使", "即使"),
        ("我们将再接再励。", "再接再励", "再接再厉"),
    ],
)
def test_w001_catches_and_suggests(text, wrong, fixed):
    found = run(w001, text)
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == wrong
    assert found[0].suggestion == fixed


def test_w001_near_misses_are_clean():
    text = "截至2021年年底，报名于6月30日截止。搭建帐篷，发放蚊帐。按装修标准验收。既使用中药又使用西药。作出应有的贡献。"
    assert not run(w001, text)


def test_w002_doubled_characters():
    text = "我们的的工作，进一步步加强管理，是是否达标。"
    found = run(w002, text)
    assert [text[f.start : f.end] for f in found] == ["的的", "步步", "是是"]
    assert [f.suggestion for f in found] == ["的", "步", "是"]


def test_w002_repeated_word():
    text = "要加强加强队伍建设。"
    found = run(w002, text)
    assert len(found) == 1 and text[found[0].start : found[0].end] == "加强加强"


@pytest.mark.parametrize(
    "text",
    [
        "常常深入基层，人人参与，年年考核，天天打卡。",
        "个个过硬，日日坚持，千万万万，谢谢大家。",
        "层层压实责任，步步为营，处处留心，事事落实，时时警惕。",
        "截至2021年年底，项目目标全部完成，人口口径统一，做好好人好事宣传。",
        "一个一个地检查，一步步推进，的的确确，不了了之。",
    ],
)
def test_w002_legitimate_reduplication(text):
    assert not run(w002, text)


def test_w004_stray_jiu_between_item_and_amount():
    from gen.check.context import CheckContext
    from gen.check.rules import w009_stray_function_word as w004

    def spans(text):
        return [text[f.start:f.end] for f in w004.check(CheckContext(text))]

    assert spans("收入合计90万元，其中：财政拨款就80.5万元，其他收入9.5万元。") == ["就"]
    assert spans("项目经费就1,200元。") == ["就"]
    # Emphasis (仅/光/单/只 in the clause), a verb after 就, and 现就 are Chinese.
    assert spans("单是财政拨款就80.5万元。仅项目经费就达1200元。现就2023年度情况报告如下。") == []
    assert spans("财政拨款就是80.5万元的来源。") == []


def test_w005_level_of_government_before_subsidy():
    # 省补 / 县补: a level of government's subsidy, not 奖补资金 short of 奖
    from gen.check.rules import w005_compound_missing_char as w005

    assert not run(w005, "主要原因是年中省补资金下达，县补资金同步到位。")
    assert run(w005, "通过2023年央补助资金支持基层文化建设。")


def test_w005_cell_cut_short_only_when_the_document_completes_it():
    from gen.check.rules import w010_truncated_cell as w005

    def cut(text):
        return [f.suggestion for f in w005.check(CheckContext(text))]

    table = "一级指标\t三级指标\t指标值\n产出指标\t培训计划执行率\t100%\n产出指标\t专项培训计划执\t95%\n"
    assert cut(table) == ["专项培训计划执行"]
    # The ending completed nowhere else, a cell ending in a free word, a figure cell.
    assert cut("一级指标\t三级指标\t指标值\n产出指标\t专项培训计划执\t95%\n产出指标\t培训人次\t100\n") == []
    assert cut("指标\t单位\t值\n补助标准\t元/人\t100\n人均补助\t元/人\t100\n补助对象人\t人\t5\n") == []


def test_w006_misspelt_or_clipped_domain_words():
    from gen.check.rules import w011_domain_word_typo as w006

    def got(text):
        return [(text[f.start:f.end], f.suggestion) for f in w006.check(CheckContext(text))]

    assert got("严格执行政府彩购制度。") == [("政府彩购", "政府采购")]
    assert got("三、务接待费支出情况\n") == [("务接待费", "公务接待费")]
    # Phrases that only look like clipped words, inside a clause or read as other words.
    assert got("三项经费按时拨付，本指标已完成，资本支出下降，市财政追加10万元。") == []
    # A slip W001's list names is left to W001 (reported once, with the list's reason).
    assert got("本年财政拔款收入325.5万元。") == [("财政拔款", "财政拨款")]
    assert got("四、政拨款收入支出决算总表\n") == []


def test_w006_broken_word_list_names_the_file(tmp_path, monkeypatch):
    from gen.check import domain_words as dw
    from gen.core.errors import UserError

    (tmp_path / "domain_words.yaml").write_text("words: [财政拨款]\nflag: [财政拨款收入。]\nkeep: [好。]\n", encoding="utf-8")
    monkeypatch.setattr(dw, "data_dir", lambda name: tmp_path)
    dw.domain_words.cache_clear()
    dw.word_file.cache_clear()
    try:
        with pytest.raises(UserError, match="domain_words.yaml"):
            dw.domain_words()
    finally:
        dw.domain_words.cache_clear()
        dw.word_file.cache_clear()


@pytest.mark.parametrize("section, message", [
    ("w005: {groups: [budget], flag: [], keep: []}\nw011: {groups: [nosuch], substitute: [budget], flag: [], keep: []}\n",
     "w011.groups 中的组“nosuch”不在 words 中"),
    ("w005: {groups: [budget], flag: [], keep: []}\nw011: {groups: [budget], substitute: [nosuch], flag: [], keep: []}\n",
     "w011.substitute 中的组“nosuch”不在 words 中"),
])
def test_domain_word_sections_name_only_groups_of_the_list(tmp_path, monkeypatch, section, message):
    """A rule's section (groups, W011's substitute) names groups of ``words``; an unknown one is named."""
    from gen.check import domain_words as dw
    from gen.core.errors import UserError

    (tmp_path / "domain_words.yaml").write_text("words: {budget: [财政拨款]}\n" + section, encoding="utf-8")
    monkeypatch.setattr(dw, "data_dir", lambda name: tmp_path)
    dw.domain_words.cache_clear()
    dw.word_file.cache_clear()
    try:
        with pytest.raises(UserError, match=message):
            dw.domain_words()
    finally:
        dw.domain_words.cache_clear()
        dw.word_file.cache_clear()


def test_w005_and_w011_read_one_word_list():
    """glossary/domain_words.yaml is the single list, in groups: W011 reads the groups its section
    names, W005 the budget and compounds groups' words of four characters or more minus its skip list
    (words whose shortened forms are phrases: 年初预算 → 2022年预算; sector names shortened: 护林防火)."""
    from gen.check import domain_words as dw
    from gen.check.rules import w005_compound_missing_char as w005

    doc = dw.word_file()
    w005_words = {w for form in w005.shortened_forms().values() for w, _ in form}
    assert set(dw.domain_words().words) == {w for g in doc["w011"]["groups"] for w in doc["words"][g]}
    assert w005_words <= set(doc["words"]["budget"]) | set(doc["words"]["compounds"])
    # swaps only for the groups w011.substitute names; a lost first character for every group
    swapped = {word for word, kind, _ in dw.domain_words().variants.values() if kind == "sub"}
    assert swapped <= {w for g in doc["w011"]["substitute"] for w in doc["words"][g]}
    assert "年初预算" in doc["words"]["budget"] and "年初预算" not in w005_words
    assert "基本支出" in w005_words and "满意度" not in w005_words  # three characters: W011 only
    assert not list(w005.check(CheckContext("2022年预算收入69.06万元，退休人员3人，做好护林防火工作。")))


@pytest.mark.parametrize("seed", range(4))
def test_w005_reads_line_by_line_what_it_reads_in_one_pass(seed):
    """W005 reads each distinct line once per process: the hits are those of one pass over the whole text,
    at a line's start and end, before and after a break, and at the text's end."""
    import random

    from gen.check.rules import w005_compound_missing_char as w005

    forms = w005.shortened_forms()
    rnd = random.Random(seed)
    shorts = sorted(forms)
    pieces = ["本年", "2021", "年", "的", "、", "\n", " ", "\n\n", "收入", "（", "出"]
    text = "".join(rnd.choice(shorts) if rnd.random() < 0.4 else rnd.choice(pieces) for _ in range(3000))
    for t in (text, text + "\n", text[:-1], "\n" + text):
        assert list(w005._hits_by_line(t)) == list(w005._hits(t, forms, w005._pattern()))


@pytest.mark.parametrize("seed", range(2))
def test_w005_finds_in_a_long_text_from_the_forms_heads_what_it_finds_everywhere(seed):
    """On a long text W005 tries its pattern only where a form's first three characters stand
    (gen.core.text_heads): the same hits as trying it at every character."""
    import random

    from gen.check.rules import w005_compound_missing_char as w005
    from gen.core.text_pairs import MIN_CHARS

    forms = w005.shortened_forms()
    rnd = random.Random(seed)
    shorts = sorted(forms)
    pieces = ["本年", "2021", "年", "的", "、", "\n", " ", "收入", "（", "出", "𠀀", "费"]
    text = ""
    while len(text) < MIN_CHARS + 1000:
        text += "".join(rnd.choice(shorts) if rnd.random() < 0.3 else rnd.choice(pieces) for _ in range(1000))
    from gen.core import text_heads

    assert text_heads.head_filter(forms) is not None  # every form has a three-character head: the long path runs
    for t in (text, text[1:], text + "一般公共预"):
        found = list(w005._hits_by_line(t))
        assert found == list(w005._hits(t, forms, w005._pattern())) and len(found) > 100


def test_w005_last_character_lost_before_a_word_of_its_own():
    """A compound short of its last character, followed by a common word (乡村振补助: 补助), lost that
    character; one followed by a same-sound or look-alike of it had that character written in its place."""
    from gen.check.rules import w005_compound_missing_char as w005

    def got(text):
        return [(text[f.start:f.end], f.suggestion) for f in w005.check(CheckContext(text))]

    assert got("下达衔接乡村振补助资金，用于产业发展。") == [("乡村振", "乡村振兴")]
    # the whole word; a character after the shortened form that makes a word with its last one (资产管控)
    assert got("下达衔接乡村振兴补助资金，建成数据资产管控平台，上年结余资金已拨付。") == []


def test_sector_words_are_checked_for_misspellings():
    from gen.check.rules import w011_domain_word_typo as w011

    def got(text):
        return [(text[f.start:f.end], f.suggestion) for f in w011.check(CheckContext(text))]

    assert got("完成辖区为桥改造3座。") == [("为桥改造", "危桥改造")]  # same sound
    assert got("开展新生入访视1200人次。") == [("新生入访视", "新生儿访视")]  # look-alike (shape_pairs.txt)
    assert got("严格落实校舍抗震投防标准。") == [("抗震投防", "抗震设防")]  # look-alike, in both ways round
    assert got("完成辖区危桥改造3座，开展新生儿访视1200人次，做好护林防火工作。") == []
    assert got("严格落实校舍抗震设防标准，开设防火隔离带。") == []


def test_w005_skip_must_name_listed_words(tmp_path, monkeypatch):
    from gen.check import domain_words as dw
    from gen.check.rules import w005_compound_missing_char as w005
    from gen.core.errors import UserError

    (tmp_path / "domain_words.yaml").write_text(
        "words: {budget: [基本支出]}\nw005: {groups: [budget], skip: [年初预算], flag: [基本支89.50万元。], keep: [好。]}\n"
        "w011: {groups: [budget], flag: [基本支初。], keep: [好。]}\n", encoding="utf-8")
    monkeypatch.setattr(dw, "data_dir", lambda name: tmp_path)
    dw.word_file.cache_clear()
    w005.shortened_forms.cache_clear()
    try:
        with pytest.raises(UserError, match="年初预算"):
            w005.shortened_forms()
    finally:
        dw.word_file.cache_clear()
        w005.shortened_forms.cache_clear()
