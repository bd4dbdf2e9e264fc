"""The statistical typo detectors: W016 (default, an index of misspellings) and W003 (opt-in, full segmentation):
what they find, and their false alarms on clean text."""

from __future__ import annotations

from pathlib import Path

import pytest

from gen.check.confusion import confusions, domain_ngrams
from gen.check.context import CheckContext
from gen.check.rules import w003_statistical_typo as w003
from gen.check.rules import w016_typo_variant as w016
from gen.core.errors import UserError

ROOT = Path(__file__).resolve().parents[2]


def found(text: str) -> list[tuple[str, str]]:
    """What W016 and W003 find together (as ``--select W`` runs them)."""
    ctx = CheckContext(text)
    return [(text[f.start:f.end], f.suggestion) for rule in (w016, w003) for f in rule.check(ctx)]


def found_by_default(text: str) -> list[tuple[str, str]]:
    ctx = CheckContext(text)
    return [(text[f.start:f.end], f.suggestion) for f in w016.check(ctx)]


@pytest.mark.parametrize("text, span, fixed", [
    ("本年财政拔款收入325.5万元。", "财政拔款", "财政拨款"),      # similar shape, dictionary evidence
    ("严格执行政府彩购制度。", "政府彩购", "政府采购"),          # same sound, domain wording
    ("提高资金使用效宜。", "效宜", "效益"),                      # W016 finds the pair before W003 sees the stretch
    ("推进预算绩效管里。", "绩效管里", "绩效管理"),
    ("部门整体支初绩效良好。", "支初绩效", "支出绩效"),
    ("新院区目前已开诊试运；下一步将全面开放。", "试运", "试运行"),  # a character lost at a clause end
    ("全年共完成2O22年度计划。", "2O22", "2022"),                # OCR letter in a figure
    ("本项目于2022年年3月启动。", "年年", "年"),
    ("本项目于20223月启动。", "20223月", "2022年3月"),
    ("积极向群众宜传政策。", "宜传", "宣传"),                  # two single characters, each a word
    ("负责突发事件应急数援，承担灾害应对。", "数援", "救援"),   # look-alike, taken both ways round (救 lists 数)
    ("切实做好群众来访接侍工作。", "接侍", "接待"),
])
def test_flags(text, span, fixed):
    assert (span, fixed) in found(text)


@pytest.mark.parametrize("text", [
    "截至2022年年底，项目全部完成。",
    "坚持以人民为中心的发展思想，推动卫生健康事业高质量发展。",
    "内设股室六个，推进提质增效，完成第一剂次接种。",  # abbreviations and numerals, not typos
    "田心乡、田心乡卫生院和田心乡学校",  # a name that recurs is no slip, however odd its split
    "做到应检尽检、应养尽养。",
    "9月28日移交雄安新区，牢固树立大局意识。",
    "建成15分钟健康服务圈，覆盖率达到90%。",
    # Found on real reports: a clause opening with a verb, a compound ending in 率, a 文号 abbreviation,
    # a word whose next neighbour rules out the domain phrase.
    "授予小型企业合同金额8万元，占政府采购支出总额的20%。",
    "补助资金应发尽发率 | = | 100 | %",
    "依据《关于机构改革的通知》（保办字〔2019〕12号）执行。",
    "项目实施总目标为改善群众就医条件。",
])
def test_keeps(text):
    assert found(text) == []


@pytest.mark.parametrize("text, span, fixed", [
    ("负责突发事件应急数援，承担灾害应对。", "数援", "救援"),
    ("开展业务培训，提升服务水乎。", "水乎", "水平"),
    ("本项目于20223月启动。", "20223月", "2022年3月"),
    # Same sound, either way round: 继 lists 计, but 计's list, cut at a dozen, does not list 继.
    ("认真总结经验，计续推进各项改革。", "计续", "继续"),
    ("严格制行财务管理制度，规范资金使用。", "制行", "执行"),
    # A word of the report domain that jieba's general-text counts rate under the floor (抽检 41).
    ("开展农产品质量安全抽捡，合格率达到98%。", "抽捡", "抽检"),
    # A character written as one of its own sides (时 without its 寸: glossary/shape_pairs.txt).
    ("绩效目标包括数量指标、质量指标和日效性指标。", "日效", "时效"),
    # A character written without its side radical (进 without 辶, 保 without 亻: shape_pairs.txt). 比列 for 比例
    # is W001's listed slip, reported once by W001 (see below).
    ("全面推井项目建设，确保年底前完工。", "推井", "推进"),
    ("全力呆障民生支出，兜牢基本民生底线。", "呆障", "保障"),
])
def test_default_rule_flags(text, span, fixed):
    assert (span, fixed) in found_by_default(text)


@pytest.mark.parametrize("text", [
    "绩效目标设定依具充分。",  # W001's list names this slip: reported once, by W001
    "积极向群众宜传政策。",  # so does it this one (W016 alone missed it at a line's start: "(1)宜传法律")
    "各乡镇按比列落实到位。",  # and this one (比列 for 比例)
    "本年财政拔款收入325.5万元。",  # a misspelt domain word: W011's, at warning
    "统筹疫情防控和抗疫特别国债资金。",  # a word newer than jieba's dictionary (抗疫, not 抗议)
    "坚持应救尽救、应养尽养，提能提质。",
    "梅苑路、莲华、红云等片区改造。",  # names: a road, short items of a list
    "依据《通知》（财建〔2022〕19号）和（粤发[2019]5号）执行。",  # document issuers
    "医政医管股、非遗处负责具体实施。",  # units
    "档案入馆12卷，新生入学3人。",  # a figure next to it
    "开展农产品质量安全抽检，合格率达到98%。",  # the domain's words themselves
    "推进防灾减灾工作，完善综合减灾体系，做好汛期防汛和信访件办结。",
    "严格执行财务管理制度，继续推进各项改革。",
    "按时完成日常巡查，时效性指标全部达标，日间照料中心按期开放。",
    # Real words that hold one character of a radical pair (列/例, 井/进, 呆/保, 比/批).
    "严格按比例配套，列入年度预算，新打机井12眼，核销呆账，比对审批数据。",
    # What the radical pairs leave out, measured false: 攵 as a side (改/己, 效/交) and one part under two
    # radicals (限/银).
    "建立隐患自查自改工作机制，全员提效抓落实，节假日实行交通限行。",
])
def test_default_rule_keeps(text):
    assert found_by_default(text) == []


def _clean_reports() -> list[str]:
    from gen.core.load import load_spec
    from gen.generate.render import render_document
    from gen.generate.write.markdown import to_markdown

    out = []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        doc, _ = render_document(load_spec(path))
        out.append(to_markdown(doc))
    return out


def test_false_alarms_on_clean_text_stay_under_target():
    """The reports generated from the examples are clean text written for the project."""
    sentences = flagged = 0
    for text in _clean_reports():
        ctx = CheckContext(text)
        hits = list(w016.check(ctx)) + list(w003.check(ctx))
        for s in ctx.doc.sents:  # the analysis pipeline's sentence boundaries
            if not s.text.strip():
                continue
            sentences += 1
            flagged += any(s.start_char <= f.start < s.end_char for f in hits)
    assert sentences > 250  # the sentencizer of the analysis pipeline (。！？ and line ends)
    assert flagged / sentences <= 0.02, f"{flagged} of {sentences} clean sentences flagged"


def test_confusion_data_is_built_and_sane():
    table = confusions()
    assert len(table) > 4000
    assert "拨" in table["拔"][1] and "末" in table["未"][1]  # shape
    assert "党" in table["当"][0] and "采" in table["彩"][0]  # sound
    assert "整体支出" in domain_ngrams() and "政府采购" in domain_ngrams()


def test_broken_confusion_file_is_a_user_error(tmp_path, monkeypatch):
    from gen.check import confusion

    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "confusion.tsv").write_text("拔\t把\n", encoding="utf-8")
    monkeypatch.setattr(confusion, "data_dir", lambda name: folder)
    confusion.confusions.cache_clear()
    try:
        with pytest.raises(UserError, match="confusion.tsv"):
            confusion.confusions()
    finally:
        confusion.confusions.cache_clear()


def test_opt_in_only():
    """W003 costs a full segmentation: it runs when selected, never in the default set or the self-check.
    W016 needs none, and runs by default."""
    from gen.check.registry import default_rules, select_rules

    assert "W016" in [r.code for r in default_rules()]
    assert "W003" not in [r.code for r in select_rules()]
    assert "W003" not in [r.code for r in default_rules()]
    assert "W003" in [r.code for r in select_rules(["W003"])]
    assert "W003" in [r.code for r in select_rules(["W"])]


def test_lost_character_in_front_of_an_invented_pair():
    assert ("疾人", "残疾人") in found("组织开展全县疾人工作的综合调查研究。")
    assert found("加强慢病管理，非遗传承人补助按时发放。") == []


def test_shipped_index_is_current():
    """glossary/typo_index.npz was built from the confusion sets and dictionary in the repository
    (else every process rebuilds it in memory: run scripts/build_typo_index.py)."""
    import numpy as np

    from gen.check import typo_index
    from gen.core.resources import data_dir

    with np.load(data_dir("glossary") / typo_index.INDEX_FILE) as z:
        assert str(z["digest"]) == typo_index.digest(), "run scripts/build_typo_index.py"
    codes = typo_index.codes()
    assert len(codes) > 500_000 and bool(np.all(np.diff(codes) > 0))
    assert typo_index.encode("数援") in set(codes[np.searchsorted(codes, [typo_index.encode("数援")])].tolist())
    found = typo_index.find("开展禁毒宜传，应急数援。")  # candidates only: 毒宜, 急数 are confirmed or not later
    assert found["宜传"] == (4, 1) and found["数援"] == (9, 1)


def test_domain_words_under_the_floor():
    """The two- and three-character words the domain words (glossary/domain_words.yaml) are made of,
    as jieba splits them, are indexed whatever their frequency, and judged at the floor's."""
    from gen.check import typo_index

    words = typo_index.domain_words()
    assert {"减灾", "时效", "抽检", "防汛", "信访件"} <= words
    assert not words & {"灾减", "工作", "预算"}  # no pair across two words; frequent words need no help
    assert typo_index.raised("减灾", 61) == typo_index.MIN_FREQ[2] and typo_index.raised("灾减", 3) == 3
    assert typo_index.raised("信访件", 2) == typo_index.MIN_FREQ[3]


def test_index_finds_every_occurrence_and_counts_them():
    from gen.check import typo_index

    text = "宜传、宜传𠀀数援"  # a character outside the Basic Multilingual Plane matches nothing, shifts nothing
    assert typo_index.find(text) == {"宜传": (0, 2), "数援": (6, 1)}


@pytest.mark.parametrize("text, span, fixed", [
    ("工程款按进度支付，监理费按季度支信，质保金验收后支付。", "支信", "支付"),  # 亻 kept, the other side wrong
    ("本季度支付货款两笔；另有一笔尚未支信，待下月支付。", "支信", "支付"),
])
def test_same_side_slip_of_a_word_the_text_uses(text, span, fixed):
    assert (span, fixed) in found_by_default(text)


@pytest.mark.parametrize("text", [
    "监理费按季度支信。",  # the word is nowhere else in the text: no evidence that 支付 was meant
    "工程款按进度支付，监理费按季度支信。",  # spelt right once only
    "坚持凝心聚力，下定决心完成年度任务。",  # an abbreviation one side from a word used once in passing
    "做好国家卫生城市复查迎检工作，迎检材料及时报送。",  # recurs: an abbreviation
    "建成智能快件箱、智能信箱各一处，信箱和快件箱统一管理。",
])
def test_same_side_keeps(text):
    assert found_by_default(text) == []


def test_side_index_and_components():
    """glossary/components.tsv (scripts/build_components.py) gives each character its two sides;
    the side index finds a pair one same-side character from a frequent word, the words themselves included."""
    from gen.check import side_typos, typo_index

    sides = side_typos.sides()
    assert len(sides) > 3000
    assert sides["付"][0] == sides["信"][0] and sides["措"][0] == sides["拍"][0]  # 亻, 扌
    assert sides["拟"][0] == sides["权"][0]  # 扌 and 木 are filed as one side (taken for one another)
    assert sides["桥"][1] == sides["侨"][1]  # 乔
    # Radicals are in their full form and look-alike sides filed as one, so no narrow or alias form is left.
    assert not {side for pair in sides.values() for side in pair} & set("亻扌氵冫礻衤彳木目")
    assert "信" in side_typos.same_side("付") and "付" in side_typos.same_side("信")
    index = typo_index.side_codes()
    assert 20_000 < len(index) < 200_000 and bool((index[1:] > index[:-1]).all())
    hits = side_typos.find("按季度支信，𠀀支付", index)
    assert hits["支信"] == (3, 1) and hits["支付"] == (7, 1)
    assert "支付" in side_typos.meant("支信", typo_index.SIDE_MIN_FREQ)


def test_broken_components_file_is_a_user_error(tmp_path, monkeypatch):
    from gen.check import confusion, side_typos

    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "components.tsv").write_text("付\t人\n", encoding="utf-8")
    monkeypatch.setattr(confusion, "data_dir", lambda name: folder)
    side_typos.sides.cache_clear()
    try:
        with pytest.raises(UserError, match="components.tsv"):
            side_typos.sides()
    finally:
        side_typos.sides.cache_clear()


@pytest.mark.parametrize("text, span, fixed", [
    # A look-alike slip whose reading is a little short of DELTA_MIN stands where the text spells the
    # word right twice elsewhere (项自: W001 lists it too, so the detector itself is asked).
    ("本项目于三月开工。项自内容主要包括道路硬化，项目资金全部到位。", "项自", "项目"),
    ("加强对下属单位的日常监管，保障白常办公，日常经费按时拨付。", "白常", "日常"),
    # A domain word under the floor (减灾 61), one side away (火), which the text uses twice: that
    # reading is chosen over a same-sound one the text never uses (歼灭).
    ("推进防灾减灾工作，完善综合减灾体系，开展防灾减灭知识宣传。", "减灭", "减灾"),
])
def test_slip_of_a_word_the_text_spells_right(text, span, fixed):
    from gen.check import split_typos

    assert (span, fixed) in [(w, m) for _, _, w, m in split_typos.find(text)]


@pytest.mark.parametrize("text", [
    "项自内容主要包括道路硬化。",  # no evidence in the text, and the clause alone is not enough
    "本项目于三月开工。项自内容主要包括道路硬化。",  # spelt right once only
])
def test_slip_without_the_texts_evidence_is_left(text):
    from gen.check import split_typos

    assert split_typos.find(text) == []


def test_w003_judges_what_w016_would_report_when_w016_is_ignored():
    """W003 leaves W016's spans to W016 only when W016 runs: under ``--ignore W016`` a slip both can see is
    still reported once, by W003, rather than by neither."""
    text = "开展业务培训，提升服务水乎。"
    ran = CheckContext(text, config={"select": ["W003", "W016"]})
    assert [text[f.start:f.end] for f in w016.check(ran)] == ["水乎"]
    assert [f.code for f in w003.check(ran)] == []            # left to W016, which reports it
    ignored = CheckContext(text, config={"select": ["W003"], "ignore": ["W016"]})
    assert [text[f.start:f.end] for f in w003.check(ignored)] == ["服务水乎"]


@pytest.fixture
def own_cache(monkeypatch, tmp_path):
    """The typo index read afresh with a cache folder of its own; the process's index read afresh after."""
    from gen.check import typo_index

    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path))
    typo_index._indexes.cache_clear()
    yield tmp_path
    typo_index._indexes.cache_clear()


def test_kept_arrays_are_the_shipped_index(own_cache):
    """The decoded index is kept in the cache folder; a process that maps it finds what the shipped file gives."""
    import numpy as np

    from gen.check import typo_index

    first = typo_index._indexes()
    # codes, side, filter, domain words, lost-character forms, halves of the four-character words
    assert len(list(own_cache.glob("typo-*.npy"))) == len(typo_index._KEPT) == 6
    typo_index._indexes.cache_clear()
    again = typo_index._indexes()
    for a, b in zip(first, again):
        assert a.dtype == b.dtype and np.array_equal(a, b)
    assert typo_index.find("开展禁毒宜传，应急数援。")["数援"] == (9, 1)


def test_damaged_kept_file_is_ignored(own_cache):
    import numpy as np

    from gen.check import typo_index

    expected = [np.array(a) for a in typo_index._indexes()]
    for path in own_cache.glob("typo-*-filter.npy"):
        path.write_bytes(path.read_bytes()[:1000])  # cut short
    typo_index._indexes.cache_clear()
    assert all(np.array_equal(a, b) for a, b in zip(expected, typo_index._indexes()))


def test_no_cache_folder_keeps_nothing(monkeypatch, tmp_path):
    from gen.check import typo_index

    monkeypatch.setenv("JIXIAO_CACHE_DIR", "off")
    typo_index._indexes.cache_clear()
    try:
        assert typo_index._kept_paths(typo_index.digest()) is None
        assert len(typo_index.codes()) > 500_000
    finally:
        typo_index._indexes.cache_clear()


@pytest.mark.parametrize("text, span, fixed", [
    # A four-character word with one character swapped (same sound; look-alike) that is no word itself.
    ("工作人员要循序渐近地推进改革。", "循序渐近", "循序渐进"),
    ("干部要脚踏实第，一步一个脚印。", "脚踏实第", "脚踏实地"),
    # A frequent three- or four-character word whose last or an inner character was lost.
    ("各单位要齐心协，形成工作合力。", "齐心协", "齐心协力"),
    ("坚持实事求的原则开展评价。", "实事求", "实事求是"),
])
def test_slip_in_a_longer_word(text, span, fixed):
    assert (span, fixed) in found_by_default(text)


@pytest.mark.parametrize("text", [
    "各单位要齐心协\n力，形成工作合力。",  # the lost character may stand on the next line
    "| 齐心协 | 形成合力 |",  # or in the next cell: a cell boundary is never a lost character
    "由施工者负责现场管理。",  # 工者 (工作者 without 作) is the end of 施工 and the start of 者
    "坚持实事求3次。",  # a figure touches it
    "各单位要齐心协，形成合力，齐心协作。",  # the form recurs
    "推进改革要循序渐进，持之以恒，齐心协力，实事求是。",  # the words themselves
    "做好病媒生物防制工作。",  # 防制 is the field's own word (glossary/recent_words.txt), not 防治 misspelt
])
def test_slip_in_a_longer_word_keeps(text):
    assert found_by_default(text) == []


def test_longer_words_in_the_index():
    """The swaps of four-character words are found in the same pass as the others (their codes wrap in int64),
    and each lost-character form is stored with the word it came from; a lost first character is not indexed."""
    from gen.check import long_typos, typo_index

    assert typo_index.find("要循序渐近地推进，脚踏实第")["脚踏实第"] == (9, 1)  # 脚 (U+811A) sets the top bit
    assert long_typos.decode(long_typos.encode("脚踏实第"), 4) == "脚踏实第" and long_typos.encode("脚踏实第") < 0
    assert typo_index.restored("齐心协") == ["齐心协力"] and typo_index.restored("实事求") == ["实事求是"]
    assert typo_index.restored("心协力") == [] and typo_index.restored("齐心") == []  # a first character; a word
