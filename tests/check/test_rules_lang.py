"""L rules: English words, Traditional characters, non-Chinese paragraphs."""

from __future__ import annotations

import pytest

from gen.check.context import CheckContext
from gen.check.rules import l001_english_word as l001
from gen.check.rules import l002_traditional_chars as l002
from gen.check.rules import l003_not_chinese as l003


def run(mod, text):
    return list(mod.check(CheckContext(text)))



def test_l001_flags_and_between_chinese():
    text = "组织推进基层医疗卫生、妇幼健康服务体系建设 and 全科医生队伍建设。"
    found = run(l001, text)
    assert [text[f.start : f.end] for f in found] == ["and"]


def test_l001_unknown_acronym_is_reported_as_acronym():
    found = run(l001, "由XYZ系统统一管理。")
    assert len(found) == 1 and "缩写" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "区属医院ICU床位从21张增加至157张，CT、DR设备到位。",
        "非脊灰AFP病例报告发病率≥1/10万，AEFI监测调查率达到90%以上，HIV检测，PPP项目，GDP增长。",
        "反诈APP推广，下载App，全血采集量22000U，剂量5mg，开展B超检查，Ⅱ型和II型糖尿病。",
        "详见 www.example.gov.cn 与 report.docx，联系 office@example.gov.cn 。",
        "<p>坚持以习近平新时代中国特色社会主义思想为指导</p>",
    ],
)
def test_l001_clean(text):
    assert not run(l001, text)


def test_l002_traditional_run_is_one_finding_with_suggestion():
    found = run(l002, "我們在全区范围内加強醫療衛生服務。")
    assert len(found) == 2
    assert found[1].suggestion == "强医疗卫生服务"


def test_l002_short_text_wholly_traditional_is_one_hint():
    # Two paragraphs, every one in Traditional script: a site's 繁體 copy, one hint with the count, the rest
    # info, as for a longer text; a Simplified paragraph beside a Traditional quotation stays per run.
    whole = ("本級“三公”經費預算為80萬元，比上年減少6萬元，其中公務接待費減少2萬元，公務用車運行費減少4萬元。"
             "因公出國（境）費為0萬元，與上年持平。\n"
             "會議費9萬元，培訓費7萬元，差旅費15萬元，均比上年減少。減少的原因是嚴格執行節約規定，壓縮會議規模和差旅人數。\n")
    found = run(l002, whole)
    assert len(found) >= 10
    assert [f.severity for f in found].count("warning") == 0 and "全文使用繁体字" in found[0].message
    mixed = "本单位严格落实过紧日子要求，压缩一般性支出。\n" + whole
    assert [f.severity for f in run(l002, mixed)].count("warning") >= 10


def test_l002_simplified_text_with_tricky_characters_is_clean():
    assert not run(l002, "著名专家撰写的医书，于是覆盖全区，乾隆年间，后来发展，干部群众。")


def test_l003_english_paragraph():
    text = "一、基本情况\n本部门全面完成了年度绩效目标。\nThe department has completed all of its annual performance targets as planned."
    found = run(l003, text)
    assert len(found) == 1 and "英文" in found[0].message


def test_l003_chinese_that_langdetect_misreads_is_clean():
    text = "6.负责区卫生健康系统安全生产相关工作,指导行业信访维稳工作,建设和谐医患关系。"
    assert not run(l003, text)


def test_l003_short_paragraphs_are_not_judged():
    assert not run(l003, "Summary of tasks")


def test_l003_is_deterministic():
    text = "This paragraph is written in English and should be reported every time it is checked."
    assert [f.message for f in run(l003, text)] == [f.message for f in run(l003, text)]


def test_l003_leaves_the_chinese_clauses_of_a_mixed_paragraph_alone():
    """A machine-translated copy that kept the quoted formulations in Chinese: the English stretches are
    reported, the report's own Chinese clause between them is not covered by any finding."""
    from tests.check.findings import findings_of

    clause = "全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神"
    text = ("Guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era," + clause
            + ",Conscientiously implement the decisions and arrangements of the provincial Health Commission.")
    found = findings_of(text, "L003", only=["L003"])
    at = text.index(clause)
    assert len(found) == 2
    assert all(f.end <= at or f.start >= at + len(clause) for f in found)
