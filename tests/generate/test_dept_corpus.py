"""The corpus behind the 部门整体支出绩效自评报告: complete, covered, and honest.

`jixiao corpus lint` must find nothing in these groups when run on the dept
examples alone (every variant rendered by some example, no typed digit, no
praise outside praise_ok); problems and measures must follow the conditions;
a weak year must never read as a success story; missing data must read as text.
"""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from gen.generate.corpus import PRAISE_WORDS, load_corpus
from gen.generate.corpus_lint import lint
from gen.core.derive import derive
from gen.core.load import load_spec
from gen.generate.render import render_document
from gen.generate.write.markdown import to_markdown
from tests.generate.support import data_file, variation_ok

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SYNTHETIC = EXAMPLES / "synthetic"
MY_FILES = ("dept_overview.yaml", "dept_budget.yaml", "problems.yaml", "measures.yaml", "evaluation.yaml", "tasks.yaml")
SEEDS = {"000_1c390e4484db6cd2.txt", "001_8d1d7460b23ad181.txt", "002_6a8239fff33aeddc.txt",
         "003_ee7f83b21d40b24b.txt", "004_223880ea1a5c6c5e.txt"}


def my_groups():
    return [g for g in load_corpus() if g.file in MY_FILES]


def dept_examples(tmp: Path) -> Path:
    """The dept examples alone: coverage must not lean on other document kinds."""
    for name in ("lw2022.yaml", "yt2023.yaml", "ny2022.yaml", "pl_cppcc2024.yaml", "bs_edu2017.yaml",
                 "bs_agri2019.yaml", "zx_civil2024.yaml"):
        shutil.copy(EXAMPLES / name, tmp / name)
    (tmp / "synthetic").mkdir()
    for path in SYNTHETIC.glob("*.yaml"):
        if path.name.split("_")[0] in ("gd", "sz", "hn", "edu", "civ", "agri", "cppcc", "em", "dept"):
            shutil.copy(path, tmp / "synthetic" / path.name)
    return tmp


def render_md(name: str, seed: int = 0) -> str:
    path = EXAMPLES / f"{name}.yaml"
    if not path.exists():
        path = SYNTHETIC / f"{name}.yaml"
    doc, _ = render_document(load_spec(path), seed=seed)
    return to_markdown(doc)


def test_lint_finds_nothing_in_dept_groups(tmp_path: Path) -> None:
    problems, stats = lint(None, dept_examples(tmp_path))
    mine = [p for p in problems if p.startswith(MY_FILES)]
    assert mine == []
    assert stats["rendered"] >= sum(len(g.variants) for g in my_groups())


def test_corpus_size_and_sources() -> None:
    groups = my_groups()
    assert len(groups) >= 40
    assert sum(len(g.variants) for g in groups) >= 100
    for g in groups:
        # A seed report, or a real report named by title and address.
        assert g.source in SEEDS or "http" in g.source, g.id
        # A placeholder or the data's own statement needs no variation; wording does.
        assert variation_ok(g), g.id
        assert len(set(g.variants)) == len(g.variants), g.id


def test_every_slot_the_templates_call_has_a_group() -> None:
    slots = {g.slot for g in load_corpus()}
    called = set()
    for path in (ROOT / "templates" / "dept_self_eval").rglob("*.j2"):
        called |= set(re.findall(r'phrases?\("([a-z_.]+)"', path.read_text(encoding="utf-8")))
    assert called and called <= slots, sorted(called - slots)


def test_no_obsolete_terms_or_english_in_variants() -> None:
    for g in my_groups():
        for v in g.variants:
            literal = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", "", v)
            for bad in ("卫生计生", "卫计", "卫生和计划生育", ",", ";", ":", "(", ")"):
                assert bad not in literal, (g.id, bad)
            assert not re.search(r"[A-Za-z]", literal), g.id


WEAK = ("gd_low", "gd_poor_committee", "sz_procurement_low")


@pytest.mark.parametrize("name", WEAK)
def test_weak_year_contains_no_praise(name: str) -> None:
    facts = derive(load_spec(SYNTHETIC / f"{name}.yaml"))
    assert not facts["praise_ok"]
    for seed in range(6):
        md = render_md(name, seed)
        found = [w for w in PRAISE_WORDS if w in md]
        assert found == [], f"{name} seed {seed}: {found}"
        assert "较好完成" not in md and "较为理想" not in md


def test_praise_appears_only_when_earned() -> None:
    md = render_md("lw2022")
    assert "均达到目标值" in md or "均达到年度目标值" in md  # every judged indicator met: the data says so
    md = render_md("gd_low")
    assert "均达到" not in md and "圆满" not in md


@pytest.mark.parametrize("name, rating", [("sz_excellent", "优"), ("gd_good", "良"), ("gd_low", "中"),
                                          ("gd_poor_committee", "差")])
def test_each_rating_is_printed_with_its_score(name: str, rating: str) -> None:
    facts = derive(load_spec(SYNTHETIC / f"{name}.yaml"))
    assert facts["rating"] == rating
    md = render_md(name)
    score = str(facts["score"]).rstrip("0").rstrip(".")
    assert re.search(rf"{re.escape(score)}分，(?:整体评价为|等级为|评价等级为)“{rating}”", md)


def test_problems_and_measures_follow_the_conditions() -> None:
    md = render_md("gd_low")
    assert re.search(r"调整后预算26,000.00万元，预算执行率(为|是|仅为|只有)80.77%", md)          # low execution
    assert "截至第三季度末支出进度" in md and "52%" in md               # back-loaded spending
    assert "“老年人健康体检人数”“县域内就诊率”" in md  # no 、 between quoted items (GB/T 15834 4.5.3.5)                   # unmet indicators named
    assert "等级为“中”" in md or "整体评价为“中”" in md
    assert "二十大" not in md                                             # year 2021
    md = render_md("sz_excellent")
    assert "大幅超过目标值" in md or "远超目标值" in md                     # conservative targets
    assert "【待补充：下一步改进措施" in md        # no stock measure: the data lists none
    md = render_md("sz_procurement_low")
    assert re.search(r"政府采购计划金额为?800\.00万元，实际政府采购金额为?560\.00万元，政府采购执行率(为|是)70%", md)
    assert "【待补充：政府采购执行率偏低的原因】" in md      # no stock cause
    assert "于2022年2月18日公开单位预算" in md


def test_handwritten_problems_win_over_the_corpus() -> None:
    md = render_md("ny2022")
    assert "受疫情影响，部分项目启动较晚" in md
    assert "绩效目标设定不够科学" not in md and "部分绩效目标指标设定比较保守" not in md


def test_flat_year_on_year_says_so() -> None:
    md = render_md("hn_flat")
    assert re.search(r"基本支出为?500\.00万元，与上年", md) and "持平" in md
    assert re.search(r"项目支出为?900\.00万元，与上年", md)
    assert not re.search(r"(增加|减少)0\.00万元", md)
    md = render_md("gd_low")
    assert "本年支出与上年持平" in md or "本年支出保持持平" in md


def test_year_on_year_change_is_checkable() -> None:
    md = render_md("hn_full")
    m = re.search(r"基本支出为?([\d,.]+)万元，(?:较上年|比上年|与上年相比|同上年相比)(增加|减少)([\d,.]+)万元，(增长|下降)([\d.]+)%", md)
    assert m
    cur, change, pct = (Decimal(m.group(i).replace(",", "")) for i in (1, 3, 5))
    prev = cur - change if m.group(2) == "增加" else cur + change
    assert abs(change / prev * 100 - pct) < Decimal("0.005")
    m = re.search(r"人员经费为?([\d,.]+)万元，占基本支出的([\d.]+)%", md)
    assert m and abs(Decimal(m.group(1)) / cur * 100 - Decimal(m.group(2))) < Decimal("0.005")


def test_committee_calls_itself_wo_wei() -> None:
    md = render_md("gd_poor_committee")
    assert "我委" in md and "我局" not in md
    assert "县政府组成部门" in md or "县委工作要求" in md


@pytest.mark.parametrize("name", ("gd_minimal", "hn_minimal", "hn_no_previous", "sz_no_score"))
def test_missing_data_reads_as_text(name: str) -> None:
    md = render_md(name)
    for bad in ("None", "nan", "万元万元", "为%", "为。", "，。"):
        assert bad not in md
    body = [line for line in md.splitlines() if line and not line.startswith("#")]
    assert all(len(line) >= 12 for line in body), [line for line in body if len(line) < 12]


def test_missing_staffing_and_previous_year() -> None:
    md = render_md("hn_no_previous")
    assert "【待补充：人员编制情况（核定编制人数、年末实有人数）】" in md
    spending = md.split("基本支出情况")[1].split("部门整体支出绩效情况")[0]
    assert "较上年" not in spending and "比上年" not in spending and "持平" not in spending
    assert re.search(r"基本支出为?640\.00万元。", md)


@pytest.mark.parametrize("staffing, shown, gap", [
    ({"authorized": 47, "administrative": 30, "institutional": 5}, ("47人", "行政编制30人", "事业编制5人"), "年末实有在编人数"),
    ({"authorized": 20, "administrative": 20}, ("20人", "行政编制20人"), "年末实有在编人数"),
    ({"actual": 18, "retired": 4}, ("18人", "离退休人员4人"), "核定编制人数"),
    ({"authorized": 35, "administrative": 28, "institutional": 7, "actual": 33}, ("其中", "行政编制28人", "事业编制7人", "33人"), None),
])
def test_staffing_prints_every_count_given_and_a_placeholder_for_the_one_missing(staffing, shown, gap, tmp_path) -> None:
    """Each variant of each staffing phrase (several seeds) writes every count the data gives, and the
    missing one as a visible placeholder: a draft never drops a datum for want of its sibling."""
    data = {"kind": "dept_self_eval", "year": 2024, "bureau": {"name": "某县档案馆", "region": {"province": "湖南省"}},
            "staffing": staffing}
    path = data_file(tmp_path, "archive.yaml", data)
    for seed in range(6):
        doc, _ = render_document(load_spec(path), seed=seed)
        md = to_markdown(doc)
        line = next(line for line in md.splitlines() if "编制" in line and "年" in line)
        assert all(part in line for part in shown), (seed, line)
        assert (f"【待补充：{gap}】" in line) if gap else "待补充" not in line, (seed, line)
        assert not [t for t in doc.traces if t.where is None and t.path.startswith("staffing")], seed


def test_a_ceiling_or_exact_metric_is_judged_by_its_comparator_and_a_missed_one_gives_its_reason() -> None:
    """A ceiling (≤ 2起 accidents) is met by staying under it: no "完成比例50%" is told of it, and one above its
    ceiling is missed, not "300%" done. Every missed task metric is told with its reason, or a placeholder for
    it where the data gives none (generate warns that it wrote one: the warning must be true)."""
    for seed in range(6):
        md = render_md("em_ceilings", seed)
        done = md.split("重点工作任务完成情况")[1].split("存在的问题")[0]
        assert "完成比例" not in done, (seed, done)
        for name in ("综合应急演练", "灾情信息报送超时"):
            assert f"【待补充：任务指标“{name}”未完成的原因】" in done, (seed, name)
        # the one missed metric whose reason the data gives is told with it, no placeholder
        assert "两家企业整改资金未落实" in done and "“重大事故隐患整改逾期”未完成的原因" not in done
        assert "较大生产安全事故" in done and "未完成的原因】" not in done.split("较大生产安全事故")[1].split("；")[0]


def test_a_low_rate_is_named_for_what_the_figures_give(tmp_path) -> None:
    """With income and spending but no budget the rate is 总体支出进度 (spending over income): its problem's
    title names that rate, never a 预算执行率 the data cannot give."""
    data = {"kind": "dept_self_eval", "year": 2024, "bureau": {"name": "某县水利局", "region": {"province": "湖南省"}},
            "finance": {"income": 1234.56, "expenditure": 1100.20}}
    path = data_file(tmp_path, "water.yaml", data)
    for seed in range(6):
        doc, _ = render_document(load_spec(path), seed=seed)
        problems = to_markdown(doc).split("存在的问题")[1]
        assert "总体支出进度" in problems and "预算执行" not in problems, (seed, problems)


def test_task_metric_phrasings() -> None:
    lw = render_md("lw2022")
    assert re.search(r"区属医院ICU床位(从|由)21张增加(至|到)157张", lw)
    assert re.search(r"方舱医院收治患者(共计|累计)?3754人", lw)
    ny = render_md("ny2022")
    assert re.search(r"孕产妇免费产前筛查.{0,40}365人.{0,8}，完成比例(分别)?(为|是|达到)?135\.19%", ny)
    low = render_md("gd_low")
    assert "未达到" in low and "12家" in low and "年度目标为8000人次" in low


def test_output_is_deterministic_and_bureaus_differ() -> None:
    assert render_md("gd_good", 0) == render_md("gd_good", 0)
    seeds = {render_md("gd_good", s) for s in range(4)}
    assert len(seeds) > 1
    assert "示例区" not in render_md("sz_excellent")


@pytest.mark.parametrize("name, ref", [
    ("某县图书馆", "我馆"), ("某县实验小学", "我校"), ("某县人民医院", "我院"), ("政协某县委员会办公室", "我办"),
    ("某县科学技术协会", "我会"), ("某县气象局", "我局"), ("某县供销合作社", "我社"), ("某县融媒体中心", "我中心"),
])
def test_a_body_left_without_self_ref_calls_itself_by_its_kind(name, ref) -> None:
    from gen.core.glossary import default_self_ref

    assert default_self_ref(name) == ref


@pytest.mark.parametrize("profile", ("guangdong", "national"))
def test_a_budget_the_data_holds_is_stated_with_its_rate_when_execution_is_not_low(profile, tmp_path) -> None:
    """The overview states 总体支出进度 (spending over income); a 调整后预算 the data holds was dropped (only warned
    as unused) unless execution was low. It is now stated with its 预算执行率 and no verdict."""
    data = {"kind": "dept_self_eval", "profile": profile, "year": 2025,
            "bureau": {"name": "某区某某街道办事处", "self_ref": "我街道", "region": {"province": "广东省"}},
            "finance": {"budget_adjusted": 6523.40, "income": 6480.00, "expenditure": 6102.75}}
    path = data_file(tmp_path, "street.yaml", data)
    for seed in range(4):
        doc, _ = render_document(load_spec(path), seed=seed)
        md = to_markdown(doc)
        # each outline has its own number style (6,523.40 or 6523.4)
        assert re.search(r"调整后预算6,?523\.40?万元", md) and re.search("预算执行率[为是]93.55%。", md), (seed, md)
        assert "94.18%" in md  # the overview's 总体支出进度 stays
        assert not any("finance.budget_adjusted" in w for w in doc.warnings), doc.warnings
        assert "偏慢" not in md and "不够理想" not in md


@pytest.mark.parametrize("profile", ("guangdong", "shenzhen"))
def test_staffing_the_data_gives_is_told_in_outlines_whose_source_has_no_staffing_part(profile, tmp_path) -> None:
    """The Guangdong and Shenzhen sources have no staffing part; a bureau's head counts were dropped (warned
    as unused). They are told after the duties; without staffing data nothing is added (no placeholder)."""
    data = {"kind": "dept_self_eval", "profile": profile, "year": 2025,
            "bureau": {"name": "某区某某街道办事处", "self_ref": "我街道", "region": {"province": "广东省"}},
            "duties": ["负责辖区城市管理、环境卫生工作。"], "staffing": {"authorized": 86, "actual": 79}}
    path = data_file(tmp_path, "street.yaml", data)
    for seed in range(4):
        doc, _ = render_document(load_spec(path), seed=seed)
        md = to_markdown(doc)
        assert "86人" in md and "79人" in md, (seed, md)
        assert not any("staffing." in w for w in doc.warnings), doc.warnings
    del data["staffing"]
    path = data_file(tmp_path, "street.yaml", data)
    md = to_markdown(render_document(load_spec(path))[0])
    assert "核定编制" not in md and "在编" not in md and "人员编制情况" not in md


def test_the_one_missed_task_metric_is_named_not_restated(tmp_path):
    """Reading a 乡镇人民政府 draft with one task metric (农村户厕改造 412 of 450户): the problem read
    个别重点任务未完成年度目标，设有目标值的任务指标未完成年度目标, the title said again and no metric named.
    With one metric the sentence names it and does not repeat its title."""
    data = data_file(tmp_path, "town.yaml", (
        "kind: dept_self_eval\nprofile: hunan\nyear: 2020\n"
        "bureau: {name: 某县某镇人民政府, self_ref: 我镇, region: {province: 湖南省, city: 衡阳市, county: 某县}}\n"
        "tasks:\n  - name: 农村人居环境整治\n"
        "    metrics: [{name: 农村户厕改造, unit: 户, target: 450, actual: 412, reason: 部分农户外出务工}]\n"
    ))
    for seed in range(8):
        md = to_markdown(render_document(load_spec(data), seed=seed)[0])
        problems = md.split("存在的问题")[1].split("下一步")[0]
        assert "“农村户厕改造”" in problems, seed
        assert problems.count("年度目标") <= 1, (seed, problems)


def test_a_zero_ceiling_met_is_not_told_as_at_most_zero(tmp_path):
    """Reading a 教育局 draft: 校舍安全事故 (≤ 0起, actual 0) read 年度目标为不超过0起 / 未超过0起的年度目标值;
    a ceiling of zero is told as a zero target."""
    data = data_file(tmp_path, "edu.yaml", (
        "kind: dept_self_eval\nprofile: guangdong\nyear: 2021\n"
        "bureau: {name: 某县教育局, region: {province: 广东省, city: 河源市, county: 某县}}\n"
        "tasks:\n  - name: 学校安全\n"
        "    metrics: [{name: 校舍安全事故, unit: 起, target: 0, actual: 0, comparator: ≤}]\n"
    ))
    for seed in range(8):
        md = to_markdown(render_document(load_spec(data), seed=seed)[0])
        assert "不超过0" not in md and "超过0起" not in md, seed
        assert "零" in md and "校舍安全事故" in md, seed
    missed = data.read_text(encoding="utf-8").replace("actual: 0,", "actual: 2,")
    data.write_text(missed, encoding="utf-8")
    for seed in range(8):  # a zero ceiling missed: no 不超过0起 either, and its reason or a placeholder
        md = to_markdown(render_document(load_spec(data), seed=seed)[0])
        assert "不超过0" not in md and "超过0起" not in md and "超出0起" not in md, seed
        assert "零目标" in md or "目标为零" in md, seed
        assert "【待补充：任务指标“校舍安全事故”未完成的原因】" in md, seed
