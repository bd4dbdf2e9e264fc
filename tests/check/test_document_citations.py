"""W017 and D003: cited national documents against glossary/documents.yaml, in sentences other bureaus would write.

Each class has its slip and the correct or local forms that must stay silent: nesting of title
marks, a space or 、 between issuers, half-width brackets, local numbers and local documents.
"""

from __future__ import annotations

import pytest

from gen.check.citations import citations, near_form, normal, registry
from tests.check.findings import findings_of


def w017(text):
    return [(text[f.start : f.end], f.suggestion) for f in findings_of(text, "W017", only=["W017"])]


@pytest.mark.parametrize(
    "text, wrong, fixed",
    [
        # a title with a word swapped or a character missing, with or without its number
        ("我局依照《中共中央、国务院关于全面落实预算绩效管理的意见》编制绩效目标。",
         "中共中央、国务院关于全面落实预算绩效管理的意见", "中共中央 国务院关于全面实施预算绩效管理的意见"),
        ("本次评价参照《项目支出绩效评价办法》（财预〔2020〕10号）的评分方法。",
         "项目支出绩效评价办法", "项目支出绩效评价管理办法"),
        ("严格执行《中华人民共和国政府采购发》，规范采购程序。", "中华人民共和国政府采购发", "中华人民共和国政府采购法"),
        ("按《中华人民共和国预算法实施条列》要求公开预算。", "中华人民共和国预算法实施条列", "中华人民共和国预算法实施条例"),
        # a known title with a slipped serial, year or code
        ("依据《行政事业单位内部控制规范（试行）》（财会〔2012〕12号）完善内控制度。", "财会〔2012〕12号", "财会〔2012〕21号"),
        ("根据《国务院关于深化预算管理制度改革的决定》(国发[2014]54号)要求。", "国发[2014]54号", "国发〔2014〕45号"),
        ("按照《项目支出绩效评价管理办法》（财会〔2020〕10号）开展自评。", "财会〔2020〕10号", "财预〔2020〕10号"),
        # a known number under another document's title
        ("根据《国务院关于深化预算管理制度改革的决定》（国发〔2021〕5号）要求。",
         "国务院关于深化预算管理制度改革的决定", "国务院关于进一步深化预算管理制度改革的意见"),
        ("依据《财政部关于预算绩效管理工作考核办法》（财预〔2020〕10号）开展评价。",
         "财政部关于预算绩效管理工作考核办法", "财政部关于印发〈项目支出绩效评价管理办法〉的通知"),
    ],
)
def test_miscited_document_is_flagged_with_the_right_form(text, wrong, fixed):
    assert (wrong, fixed) in w017(text)


@pytest.mark.parametrize(
    "text",
    [
        # the registry's forms written with other marks, spaces and brackets
        "根据《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）要求。",
        "根据《中共中央国务院关于全面实施预算绩效管理的意见》(中发[2018]34号)要求。",
        "按照《财政部关于印发《项目支出绩效评价管理办法》的通知》（财预〔2020〕10号）执行。",
        "按照《财政部关于印发项目支出绩效评价管理办法的通知》（财预〔2020〕10号）执行。",
        "按照财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）执行。",
        "依据《预算法》《会计法》和《中华人民共和国乡村振兴促进法》开展工作。",
        "依据《预算法实施条例》（国务院令第729号）公开部门预算。",
        # local numbers and local documents are never the national one
        "转发《项目支出绩效评价管理办法》（湘财绩〔2020〕3号）至各单位。",
        "根据川财预〔2020〕12号文件和《某市项目支出绩效评价管理办法》执行。",
        "制定了《本级项目支出绩效评价管理办法》和《关于全面实施预算绩效管理的实施意见》。",
        "执行《某县政府采购管理办法》，采购程序合规。",
        # another document's title one word away: an unrelated word, or a version without 暂行
        "参照《项目支出绩效评价管理暂行办法》和《关于全面推进预算绩效管理的意见》执行。",
        "依据《财政支出绩效评价管理办法》开展评价。",
        # a number standing alone, or numbers listed after one title
        "财预〔2020〕10号文件印发后，项目支出自评全面铺开。",
        # a repealed document spoken of as history, or in a report of a year before the repeal
        "2021年度部门整体支出绩效自评报告\n原《财政支出绩效评价管理暂行办法》（财预〔2011〕285号）已废止。",
        "2019年度项目支出绩效自评报告\n依据《财政支出绩效评价管理暂行办法》（财预〔2011〕285号）开展自评。",
        "2022年度部门整体支出绩效自评报告\n自财预〔2011〕285号印发以来，绩效评价逐步规范。",
    ],
)
def test_correct_and_local_citations_stay_silent(text):
    assert w017(text) == []
    assert findings_of(text, "D003", only=["D003"]) == []


_HUNAN = "中共湖南省委办公厅 湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见"


@pytest.mark.parametrize(
    "text, wrong, fixed",
    [
        # a province's own 实施意见 with another prefix, serial or year
        (f"根据《{_HUNAN}》（湘政发〔2019〕10号）要求开展自评。", "湘政发〔2019〕10号", "湘办发〔2019〕10号"),
        (f"根据《{_HUNAN}》(湘办发[2019]11号)要求开展自评。", "湘办发[2019]11号", "湘办发〔2019〕10号"),
        ("依据《中共云南省委 云南省人民政府关于全面实施预算绩效管理的实施意见》（云发〔2018〕11号）开展评价。",
         "云发〔2018〕11号", "云发〔2019〕11号"),
        # the 两办 number under the 省委省政府 title, and a province's number under another's title
        ("根据《中共湖南省委 湖南省人民政府关于全面实施预算绩效管理的实施意见》（湘办发〔2019〕10号）开展自评。",
         "中共湖南省委 湖南省人民政府关于全面实施预算绩效管理的实施意见", _HUNAN),
        ("根据《中共江西省委 江西省人民政府关于全面实施预算绩效管理的实施意见》（皖发〔2019〕11号）开展自评。",
         "中共江西省委 江西省人民政府关于全面实施预算绩效管理的实施意见",
         "中共安徽省委 安徽省人民政府关于全面实施预算绩效管理的实施意见"),
    ],
)
def test_a_provinces_own_opinion_miscited_is_flagged(text, wrong, fixed):
    assert w017(text) == [(wrong, fixed)]


@pytest.mark.parametrize(
    "text",
    [
        f"根据《{_HUNAN}》（湘办发〔2019〕10号）要求开展自评。",
        # issuers run together or with 、, brackets half-width, ASCII or round
        "根据《中共湖南省委办公厅湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见》(湘办发(2019)10号)开展自评。",
        "依据《中共西藏自治区委员会、西藏自治区人民政府关于全面实施预算绩效管理的实施意见》(藏党发[2020]7号)。",
        # issuers named loosely, or not at all: the same document
        "根据《安徽省委 省政府关于全面实施预算绩效管理的实施意见》（皖发〔2019〕11号）开展绩效管理。",
        "根据省委省政府《关于全面实施预算绩效管理的实施意见》（苏发〔2019〕6号）要求。",
        # a city's own 实施意见, and a title every province's and city's shares, with their own numbers
        "根据《中共某州市委 某州市人民政府关于全面实施预算绩效管理的实施意见》（某发〔2019〕60号）要求。",
        "贯彻《关于全面实施预算绩效管理的实施意见》（某发〔2019〕8号）精神。",
        # a city's notice passing the province's opinion on
        "按照《中共某市委办公室 某市人民政府办公室贯彻落实〈中共安徽省委 安徽省人民政府关于全面实施预算绩效管理的实施意见〉的通知》开展工作。",
        # a number that lost its 〔〕 or its year digit is P002's, not another number
        f"根据《{_HUNAN}》（湘政发〔201910号）要求开展自评。",
        "依据《中共西藏自治区委员会西藏自治区人民政府关于全面实施预算绩效管理的实施意见》藏党发20207号开展评价。",
    ],
)
def test_a_provinces_own_opinion_cited_right_or_loosely_stays_silent(text):
    assert w017(text) == []


def test_a_regional_document_must_name_its_region_and_number():
    from gen.check.citations import build_registry
    from gen.core.datafile import DataFileError

    entry = {"id": "x", "region": "湖北", "number": "湘发〔2019〕1号", "title": "中共湖南省委 湖南省人民政府关于某事的意见",
             "year": 2019, "source": "http://a"}
    with pytest.raises(DataFileError, match="region"):
        build_registry({"documents": [entry]})
    assert build_registry({"documents": [{**entry, "region": "湖南"}]}, base=registry()).by_key


def test_repealed_basis_is_flagged_in_a_later_year():
    # a dated judgement (D003), not a mis-citation (W017)
    text = "2021年度部门整体支出绩效自评报告\n一、评价依据\n根据《财政支出绩效评价管理暂行办法》（财预〔2011〕285号）开展自评。"
    found = findings_of(text, "D003", only=["D003"])
    assert [f.suggestion for f in found] == ["财预〔2020〕10号"]
    assert "取代" in found[0].message
    assert w017(text) == []


def test_a_law_the_civil_code_replaced_is_flagged_from_2021():
    text = "2022年度某县不动产登记中心部门决算\n一、主要职责\n宣传贯彻实施《物权法》和《中华人民共和国婚姻法》。"
    found = findings_of(text, "D003", only=["D003"])
    assert [f.suggestion for f in found] == ["中华人民共和国民法典"] * 2
    assert findings_of(text.replace("2022年度", "2020年度"), "D003", only=["D003"]) == []
    kept = ("2022年度某县民政局部门决算\n一、主要职责\n宣传贯彻《中华人民共和国民法典》《中华人民共和国保险法》"
            "《中华人民共和国劳动合同法》和《劳动合同法》。")
    assert findings_of(kept, "D003", only=["D003"]) == [] and w017(kept) == []


def test_misspelt_title_with_a_wrong_serial_is_told_both():
    text = "参照《项目支出绩效评价办法》（财预〔2020〕101号）设置指标。"
    assert w017(text) == [("项目支出绩效评价办法", "项目支出绩效评价管理办法"), ("财预〔2020〕101号", "财预〔2020〕10号")]


def test_number_before_the_title_pairs_with_it():
    reg = registry()
    text = "根据财预〔2011〕285号《财政支出绩效评价管理暂行办法》开展自评。"
    cited = citations(text, reg)
    assert len(cited) == 1 and cited[0].number is not None and cited[0].code == "财预"


def test_number_closing_a_previous_citation_does_not_pair_with_the_next_title():
    reg = registry()
    text = "依据《某办法》（财预〔2020〕10号）《中华人民共和国预算法》"
    law = [c for c in citations(text, reg) if c.title == "中华人民共和国预算法"]
    assert law and law[0].number is None


def test_number_between_two_titles_pairs_with_the_first_only():
    reg = registry()
    text = "依据《项目支出绩效评价管理办法》财预〔2020〕10号《某市实施细则》执行。"
    paired = [c.title for c in citations(text, reg) if c.number is not None]
    assert paired == ["项目支出绩效评价管理办法"]


def test_normal_ignores_marks_spaces_and_bracket_width():
    assert normal("财政部关于印发〈项目支出绩效评价管理办法〉的通知") == normal("财政部关于印发<项目支出绩效评价管理办法>的通知")
    assert normal("中共中央 国务院") == normal("中共中央、国务院") == normal("中共中央国务院")
    assert normal("（试行）") == normal("(试行)")


def test_a_title_near_no_known_form_or_near_two_is_left_alone():
    reg = registry()
    assert near_form("某省财政厅关于做好2022年度绩效自评工作的通知", reg) is None
    assert near_form("市项目支出绩效评价管理办法", reg) is None


def test_malformed_registry_entry_names_the_file_entry_and_field():
    from gen.check.citations import build_registry
    from gen.core.datafile import DataFileError

    bad_number = {"documents": [{"id": "x", "title": "某办法", "number": "财预2020年10号", "year": 2020, "source": "http://a"}]}
    with pytest.raises(DataFileError, match="documents 第1项.*不是文号"):
        build_registry(bad_number)
    no_source = {"documents": [{"id": "x", "title": "某办法", "year": 2020}]}
    with pytest.raises(DataFileError, match="须有 id、title 与 source"):
        build_registry(no_source)
    repeal_without_successor = {"documents": [{"id": "x", "title": "某办法", "year": 2011, "source": "s", "repealed": 2020}]}
    with pytest.raises(DataFileError, match="replaced_by"):
        build_registry(repeal_without_successor)


def test_history_and_version_words_are_data_proved_by_the_files_sentences():
    """W017's words for a citation spoken of as the past (以来), for a title's version (暂行) and the
    characters of a local title (市) come from documents.yaml; without them the file's own keep
    sentences fail, naming the sentence."""
    from gen.check.citations import _prove, build_registry, data_dir
    from gen.core.datafile import DataFileError, load_yaml

    raw = load_yaml((data_dir("glossary") / "documents.yaml").read_text(encoding="utf-8"))
    for key, without, sentence in (("history", "以来", "实施以来"), ("versions", "暂行", "运行监控管理办法"),
                                   ("local", "市", "市项目支出")):
        assert without in getattr(registry(), key)
        cut = {**raw, key: [w for w in raw[key] if w != without] or ["试行"]}
        with pytest.raises(DataFileError, match=f"{sentence}.*不应被发现"):
            _prove(cut, build_registry(cut), "documents.yaml", required=True)
    with pytest.raises(DataFileError, match="两个字"):
        build_registry({**raw, "versions": ["暂行本"]})
    with pytest.raises(DataFileError, match="一个字"):
        build_registry({**raw, "local": ["市级"]})
    mine = build_registry({"documents": [], "history": ["早已停用"]}, "ours", registry())
    assert "早已停用" in mine.history and "以来" in mine.history and mine.versions == registry().versions


PROVINCIAL = """documents:
  - id: 某省项目支出绩效评价实施细则
    number: 某财绩〔2021〕5号
    title: 某省财政厅关于印发〈某省项目支出绩效评价实施细则〉的通知
    short: [某省项目支出绩效评价实施细则]
    year: 2021
    source: 本省财政厅公文（示例）
flag:
  - 依据《某省项目支出绩效评价实施细则》（某财绩〔2021〕15号）开展评价。
keep:
  - 依据《某省项目支出绩效评价实施细则》（某财绩〔2021〕5号）开展评价。
"""


def test_a_review_office_registers_its_own_documents(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from gen.cli import cli
    from gen.core.glossary_user import use_user_glossary

    monkeypatch.chdir(tmp_path)
    (tmp_path / "ours").mkdir()
    (tmp_path / "ours" / "documents.yaml").write_text(PROVINCIAL, encoding="utf-8")
    (tmp_path / "jixiao.toml").write_text('glossary = "ours"\nselect = ["W017"]\n', encoding="utf-8")
    (tmp_path / "r.txt").write_text(
        "按照《某省项目支出绩效评价实施细则》（某财绩〔2021〕51号）和《项目支出绩效评价办法》开展自评。\n", encoding="utf-8")
    try:
        result = CliRunner().invoke(cli, ["check", "r.txt"], catch_exceptions=False)
        assert result.exit_code == 0  # warnings only
        assert "某财绩〔2021〕5号" in result.stdout  # the office's own document
        assert "项目支出绩效评价管理办法" in result.stdout  # the built-in registry still applies
        (tmp_path / "ours" / "documents.yaml").write_text(PROVINCIAL.replace("15号", "5号", 1), encoding="utf-8")
        broken = CliRunner().invoke(cli, ["check", "r.txt"], catch_exceptions=False)
        assert broken.exit_code == 2 and "用户词库" in broken.output and "应被发现" in broken.output
    finally:
        use_user_glossary(None)


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("审判工作依照《中华人民共和国法院组织法》的规定进行。", "中华人民共和国人民法院组织法"),
        ("组织学习《归侨侨眷权益法》等法律法规。", "归侨侨眷权益保护法"),
        ("各级妇联依照《全国妇女联合会章程》开展工作。", "中华全国妇女联合会章程"),
        ("开展《妇女权益保护法》普法宣传。", "妇女权益保障法"),
        ("落实《中华人民共和国未成年保护法》的要求。", "中华人民共和国未成年人保护法"),
        # a 行政法规 whose title never had the prefix
        ("依据《中华人民共和国植物检疫条例》开展产地检疫。", "植物检疫条例"),
        ("执行《中华人民共和国社会救助暂行办法》。", "社会救助暂行办法"),
    ],
)
def test_a_law_or_charter_title_near_a_listed_one_is_flagged(text, fixed):
    assert [s for _, s in w017(text)] == [fixed]


@pytest.mark.parametrize(
    "text",
    [
        "依据《中华人民共和国人民法院组织法》《人民检察院组织法》履行职责。",
        "宣传《中华人民共和国归侨侨眷权益保护法》和《中华全国妇女联合会章程》。",
        "执行《土地管理法》和《某市土地管理办法》。",  # an 办法 is no slip of a law
        "学习《海关法》《海商法》《保密法》《新预算法》。",  # listed laws, abbreviations, an added word
        "按照《安全法》要求落实责任。",  # too short to tell which law
        "依据《某省妇女权益保障条例》和《某县妇女联合会章程》开展工作。",  # local texts
        "贯彻《中华人民共和国某某促进法》。",  # near no listed title: the list is not complete
        # regulations cited as titled: without the prefix, or with it where their title has it
        "依据《植物检疫条例》《农药管理条例》和《中华人民共和国政府信息公开条例》开展工作。",
        "依据《某省物业管理条例》和《中华人民共和国河道管理条例》开展工作。",
    ],
)
def test_listed_laws_local_texts_and_unlisted_titles_stay_silent(text):
    assert w017(text) == []


def test_every_listed_law_is_known_with_and_without_its_prefix():
    reg = registry()
    for title in ("中华人民共和国人民检察院组织法", "人民检察院组织法", "反分裂国家法", "中国工会章程", "中华人民共和国预算法"):
        assert normal(title) in reg.by_form


def test_a_law_title_without_marks_near_a_listed_one_is_flagged_across_a_pdf_blank():
    text = "负责制定与中华人民共 和国归侨侨眷权益法相配套的有关规定。"
    assert w017(text) == [("中华人民共 和国归侨侨眷权益法", "中华人民共和国归侨侨眷权益保护法")]


@pytest.mark.parametrize(
    "text",
    [
        "依照中华人民共和国法官法的规定。",  # 中华人民共和国法 is near 宪法, but 法官法 is listed
        "中华人民共和国成立以来，全面依法治国。",
        "依据中华人民共和国预算法和会计法编制。",
        "维护中华人民共和国某某法规定的权益。",  # near no listed title
    ],
)
def test_listed_or_unlisted_law_titles_without_marks_stay_silent(text):
    assert w017(text) == []

