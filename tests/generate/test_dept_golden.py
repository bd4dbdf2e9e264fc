"""The three 部门整体支出绩效自评报告 outlines render their source reports' figures.

Golden Markdown (seed 0) for the examples of seeds 000 (荔湾, guangdong), 001
(盐田, shenzhen) and 002 (南岳, hunan) pins the whole text; the figure tests say
which numbers each report must carry, so a golden diff that loses one fails
with a readable message. Regenerate the golden files after an intended wording
change with ``JIXIAO_UPDATE_GOLDEN=1``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from gen.generate.document import Heading
from gen.core.errors import UserError
from gen.core.load import load_spec
from gen.generate.render import render_document
from gen.generate.write.markdown import to_markdown

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden"
SECTIONS_DIR = ROOT / "templates" / "dept_self_eval" / "sections"
DEPT_EXAMPLES = ("lw2022", "yt2023", "ny2022")


def render(name: str, seed: int = 0, section: str | None = None):
    path = EXAMPLES / f"{name}.yaml"
    if not path.exists():
        path = EXAMPLES / "synthetic" / f"{name}.yaml"
    doc, facts = render_document(load_spec(path), seed=seed, section=section)
    return doc, to_markdown(doc)


def outline(doc, level: int) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == level]


@pytest.mark.parametrize("name", DEPT_EXAMPLES)
def test_golden_markdown(name: str) -> None:
    _, md = render(name)
    golden = GOLDEN / f"{name}.md"
    if os.environ.get("JIXIAO_UPDATE_GOLDEN"):
        golden.write_text(md, encoding="utf-8")
    assert md == golden.read_text(encoding="utf-8")


def test_liwan_figures_in_seed_000_outline() -> None:
    doc, md = render("lw2022")
    # Figures, not wording: the sentence plans vary ([[…|…]] choice points in the corpus).
    assert re.search(r"支出进度(为|达到|是)?99%", md)
    for figure in ("收入325,399.34万元", "322,145.23万元"):
        assert figure in md
    assert re.search(r"得分(?:为|是)?98\.9分，(?:等级为|自评等级为|评价等级为|整体评价为)“优”", md)
    assert outline(doc, 1) == ["基本情况", "综合评价分析", "存在的主要问题", "下一步改进措施"]
    assert outline(doc, 2)[:6] == ["部门职能", "部门整体收支情况", "部门整体支出绩效目标", "部门年度重点工作任务",
                                   "自评结论综述", "各重点工作任务绩效目标完成情况分析"]
    # The bureau's own problems, written "标题：正文", become headings as in the seed.
    assert "部分绩效目标指标设定比较保守" in outline(doc, 2)
    # Task metrics in the seed's three phrasings.
    assert "区属医院ICU床位由21张增加到157张" in md or "区属医院ICU床位从21张增加至157张" in md
    assert "3754人" in md


def test_yantian_figures_in_seed_001_outline() -> None:
    doc, md = render("yt2023")
    assert re.search(r"政府采购计划金额为?694\.13万元，实际政府采购金额为?693\.58万元，政府采购执行率(为|是|达到)99\.92%", md)
    assert "92.04分，等级为“优”" in md or "92.04分，整体评价为“优”" in md or "92.04分，评价等级为“优”" in md
    assert "2023年3月9日" in md and "2023年10月27日" in md
    assert outline(doc, 1) == ["部门基本情况", "部门主要履职绩效分析", "总体评价和整改措施"]
    assert outline(doc, 2) == ["部门主要职能", "年度总体工作和重点工作任务", "2023年部门预算编制情况",
                               "2023年部门预算执行情况", "主要履职目标", "部门履职绩效情况", "自评情况",
                               "存在问题及改进措施"]
    assert outline(doc, 3) == ["总体工作", "重点工作任务", "政府采购执行情况", "财务合规性", "预决算信息公开",
                               "资产管理使用情况"]
    assert "一是抓党建引领，全面推进基层党建提质增效。二是" in md
    assert re.search(r"目标(包括|主要有)六(大|个)方面：一是聚焦主责主业", md)


def test_nanyue_figures_in_seed_002_outline() -> None:
    doc, md = render("ny2022")
    assert re.search(r"基本支出为?592\.78万元，", md) and "减少47.80万元" in md
    assert re.search(r"人员经费为?550\.11万元，占基本支出的92\.80%", md)
    # The report printed 7.80%; the data give 42.67 / 592.78 = 7.20%.
    assert re.search(r"公用经费为?42\.67万元，占基本支出的7\.20%", md) and "7.80%" not in md
    assert re.search(r"项目支出为?2,329\.34万元", md) and "增加1,566.38万元" in md
    assert re.search(r"(核定编制(人数)?|编制数)36人", md) and re.search(r"(在岗在编(人数)?|实有在编(人员)?)23人", md)
    if "行政编制" in md:
        assert "行政编制4人" in md and "事业编制26人" in md
    assert outline(doc, 1) == ["部门（单位）基本情况", "部门整体支出绩效情况", "存在的问题及原因分析", "下一步改进措施"]
    assert outline(doc, 2)[:4] == ["部门职能职责", "机构设置情况", "人员编制情况", "一般公共预算支出情况"]
    assert outline(doc, 3) == ["基本支出情况", "项目支出情况"]
    # Each key task is a heading under 部门整体支出绩效情况, as in the seed.
    assert "坚持党建引领，优服务促发展" in outline(doc, 2)
    # Two parallel metrics of one task: one sentence with 分别 (issue 10).
    assert re.search(r"孕产妇免费产前筛查、新生儿先天性心脏病免费筛查.{0,40}365人、343人.{0,12}135\.19%、127\.04%", md)
    assert re.match(r"(根据|依据)《中共中央", md.splitlines()[2])


SECTIONS = ("achievements", "assets", "basic_expenditure", "budget_compilation", "budget_execution", "compliance",
            "conclusion", "disclosure", "duties", "finance_overview", "goals", "measures", "organisation",
            "performance", "preamble", "problems", "procurement", "project_expenditure", "staffing", "tasks_plan",
            "tasks_results")


def test_section_list_is_the_documented_one() -> None:
    found = sorted(p.name.removesuffix(".md.j2") for p in SECTIONS_DIR.glob("*.md.j2"))
    assert found == sorted(SECTIONS)


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("name", ("lw2022", "yt2023", "ny2022", "gd_minimal", "hn_minimal"))
def test_every_section_renders_alone(name: str, section: str) -> None:
    doc, md = render(name, section=section)
    assert doc.title.endswith("（节选）")
    assert doc.blocks, f"{section} rendered nothing for {name}"
    for bad in ("None", "nan", "{{", "}}", "\x02", "\x03"):
        assert bad not in md


def test_section_alone_carries_its_figures() -> None:
    _, md = render("ny2022", section="basic_expenditure")
    assert re.search(r"人员经费为?550\.11万元，占基本支出的92\.80%", md)
    _, md = render("yt2023", section="procurement")
    assert re.search(r"政府采购执行率(为|是|达到)99\.92%", md)


def test_unknown_section_lists_the_choices() -> None:
    with pytest.raises(UserError) as err:
        render("lw2022", section="no_such_section")
    assert "basic_expenditure" in str(err.value) and "procurement" in str(err.value)


PROFILE_TOP = {
    "guangdong": ["基本情况", "综合评价分析", "存在的主要问题", "下一步改进措施"],
    "shenzhen": ["部门基本情况", "部门主要履职绩效分析", "总体评价和整改措施"],
    "hunan": ["部门（单位）基本情况", "部门整体支出绩效情况", "存在的问题及原因分析", "下一步改进措施"],
}
SYNTHETIC = sorted(p.stem for p in (EXAMPLES / "synthetic").glob("*.yaml") if p.name[:3] in ("gd_", "sz_", "hn_"))


def test_synthetic_bureaus_cover_every_profile() -> None:
    profiles = {load_spec(EXAMPLES / "synthetic" / f"{n}.yaml").profile for n in SYNTHETIC}
    assert profiles == set(PROFILE_TOP) and len(SYNTHETIC) >= 8


@pytest.mark.parametrize("name", SYNTHETIC)
def test_synthetic_report_keeps_its_outline_and_reads_clean(name: str) -> None:
    spec = load_spec(EXAMPLES / "synthetic" / f"{name}.yaml")
    assert spec.bureau.name.startswith("示例")
    for seed in (0, 3):
        doc, md = render(name, seed=seed)
        assert outline(doc, 1) == PROFILE_TOP[spec.profile]
        for bad in ("None", "nan", "{{", "}}", "0.00%", "：：", "。。", "，。", "一是一是"):
            assert bad not in md, f"{name} seed {seed}: {bad!r}"
        assert not re.search(r"(?<![\d.])0项", md), f"{name}: a count of zero printed"
        assert not re.search(r"[A-Za-z]{3,}", md), f"{name}: English left in the text"
