"""W078: another sector's own wording in a body's report (全县建设系统 in a 财政局's), and the data file behind it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from gen.check.read import source_from_text
from gen.check.registry import all_rules
from gen.check.runner import check_source
from gen.check.sector_words import copied, load_folder, sector_words
from gen.core.datafile import DataFileError
from gen.core.sector_files import SHARED

RULE = [r for r in all_rules() if r.code == "W078"]


def _found(text: str, data=None) -> list[str]:
    source = source_from_text(text, path="<test>", kind="txt", join_lines=False)
    return [source.decoded[f.start:f.end] for f in check_source(source, RULE, data=data)]


# The three shapes reviewers found, in the sentences real reports write them in.
@pytest.mark.parametrize("title, body, word", [
    ("某县财政局2023年度部门整体支出绩效自评报告",
     "二、年度主要工作完成情况\n一年来，我局紧紧围绕县委、县政府中心工作，扎实推进全县建设系统安全生产标准化建设，"
     "全年未发生较大以上生产安全事故。", "全县建设系统"),
    ("某市自然资源局2022年工作总结",
     "全局干部职工团结一心、攻坚克难，为全市人社工作高质量发展作出了积极贡献。", "人社工作"),
    ("某县水务局2023年度部门整体支出绩效自评报告",
     "（三）法治建设\n深入推进依法治教，全面提升干部职工法治素养，法治机关建设取得新成效。", "依法治教"),
])
def test_the_three_shapes_are_flagged(title, body, word):
    found = _found(f"{title}\n{body}\n")
    assert found == [word]


def test_message_names_both_sectors():
    text = "某县财政局2023年度工作总结\n扎实推进全县建设系统安全生产标准化建设。\n"
    source = source_from_text(text, path="<test>", kind="txt", join_lines=False)
    [finding] = check_source(source, RULE)
    assert "住房和城乡建设部门" in finding.message and "某县财政局" in finding.message and "财政部门" in finding.message
    assert finding.severity == "warning" and finding.suggestion


def test_a_body_of_another_sector_is_flagged():
    assert _found("某县卫生健康局2023年工作总结\n全县民政系统上下一心，兜底保障能力持续增强。\n") == ["民政系统"]


@pytest.mark.parametrize("title", [
    "某县人力资源和社会保障局2023年工作总结",
    "某区民政和人力资源社会保障局2023年工作总结",  # two sectors at once: both own
    "某县医疗保障局2023年工作总结",  # split from 人社: related
])
def test_own_or_related_sector_is_left_alone(title):
    assert _found(f"{title}\n全县人社系统干部职工团结一心，人社事业稳步发展。\n") == []


@pytest.mark.parametrize("title", [
    "某县人民政府2023年工作总结", "某镇人民政府2023年工作总结", "某街道办事处2023年工作总结",
    "某县发展和改革局2023年工作总结", "中共某县委组织部2023年工作总结", "某县机关事务服务中心2023年工作总结",
])
def test_comprehensive_body_is_left_alone(title):
    assert _found(f"{title}\n深入推进依法治教，全县人社工作稳步推进，全县建设系统安全形势平稳。\n") == []


@pytest.mark.parametrize("sentence", [
    "积极配合人社部门做好全县人社工作。",
    "与县住建局联合开展全县建设系统安全生产大检查。",
    "协助教育部门推进依法治教。",
    "下达全县建设系统专项资金500万元。",
    "对全县卫健系统开展会计信息质量检查。",
    "会同县公安局加强公安队伍后勤保障。",
])
def test_partner_clause_is_left_alone(sentence):
    assert _found(f"某县财政局2023年工作总结\n{sentence}\n") == []


def test_the_partner_must_stand_in_the_same_clause():
    # 配合 belongs to the clause before; the copied clause stands alone
    assert _found("某县财政局2023年工作总结\n积极配合上级工作，扎实推进全县建设系统安全生产标准化建设。\n") == ["全县建设系统"]


@pytest.mark.parametrize("sentence", [
    "教育、卫生健康、人社工作领域安全形势平稳。",
    "全县卫健系统、民政系统开展隐患排查。",
])
def test_list_of_sectors_is_left_alone(sentence):
    assert _found(f"某县交通运输局2023年工作总结\n{sentence}\n") == []


def test_no_identity_is_left_alone():
    assert _found("2023年度部门整体支出绩效自评报告\n深入推进依法治教，全县人社工作稳步推进。\n") == []


def test_unknown_sector_is_left_alone():
    assert _found("某县残疾人联合会2023年工作总结\n深入推进依法治教。\n") == []


def test_quoted_names_and_titles_are_left_alone():
    assert _found("某县财政局2023年工作总结\n学习《全市人社系统行风建设实施方案》，开展“全县人社工作开放日”活动。\n") == []


def test_overseers_speak_of_other_systems():
    assert _found("某县审计局2023年工作总结\n全县民政系统违规发放低保金12.5万元。\n") == []
    # but not of another sector's own words for its work
    assert _found("某县审计局2023年工作总结\n深入推进依法治教。\n") == ["依法治教"]


def test_scoped_words_need_their_scope():
    # 财政系统 alone is the payment software every body uses
    assert _found("某县教育局2023年工作总结\n通过财政系统完成支付，营造全县财政系统风清气正的政治生态。\n") == ["全县财政系统"]


def test_body_from_the_data_file():
    data = SimpleNamespace(bureau=SimpleNamespace(name="某县水务局"), year=2023)
    assert _found("一、主要工作\n深入推进依法治教。\n", data=data) == ["依法治教"]


def test_reading_directly():
    data = sector_words()
    assert data.sectors_of("某区民政和人力资源社会保障局") == {"民政", "人力资源和社会保障"}
    assert data.sectors_of("某县人民政府办公室") == frozenset()
    [c] = copied("扎实推进全县建设系统安全生产。", "某县财政局", data)
    assert (c.word, c.sector, c.own) == ("全县建设系统", "住房和城乡建设", ("财政",))


# ------------------------------------------------------------------ the registry proves itself at load

def test_built_in_registry_loads(sector_glossary):
    assert load_folder(sector_glossary.folder).registry.sectors


@pytest.mark.parametrize("file, old, new, message", [
    ("finance.yaml", "examples: [某县财政局,", "examples: [某县财政服务站,",
     r"sectors/finance\.yaml：示例单位“某县财政服务站”应识别为财政"),
    # a flag example whose word is then dropped from the list no longer holds
    ("education.yaml", "own_words: [依法治教, 教育系统干部]", "own_words: [教育系统干部]",
     r"sectors_shared\.yaml.*某县水务局｜深入推进依法治教.*应被发现"),
    # a 财政 word that the 教育局's keep example (通过财政系统完成支付) holds unscoped
    ("finance.yaml", "own_words: [财政干部队伍, 财政铁军]", "own_words: [财政干部队伍, 财政铁军, 财政系统]",
     r"sectors.*(已列在|不应被发现)"),
    ("taxation.yaml", "own_words: [依法治税,", "own_words: [财政铁军, 依法治税,",
     r"sectors/taxation\.yaml：用语“财政铁军”已列在“财政”下"),
    (SHARED, "not_sector: [某县人民政府,", "not_sector: [某县财政局, 某县人民政府,",
     r"sectors_shared\.yaml：not_sector 中的“某县财政局”.*识别为财政"),
    ("taxation.yaml", "related: [finance]", "related: [guoshui]", r"sectors/taxation\.yaml：related 中的“guoshui”"),
])
def test_broken_registry_fails_at_load(sector_glossary, file, old, new, message):
    sector_glossary.edit(file, old, new)
    with pytest.raises(DataFileError, match=message):
        load_folder(sector_glossary.folder)
