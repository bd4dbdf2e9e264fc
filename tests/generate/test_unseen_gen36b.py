"""Drafts of bureaus unlike the examples (round gen36b): a 县总工会's project form, a 县气象局, a
街道办事处, a 县供销合作社联合社, a 县人民法院, a 开发区管委会, a 市图书馆, a township, a school's
project evaluation, a 县疾控中心's declaration. Each test is one place where a draft printed what the
data does not hold, or dropped what it gave."""

from __future__ import annotations

from click.testing import CliRunner

from gen.cli import cli
from tests.generate.support import data_file

UNION = {
    "kind": "project_self_eval", "year": 2024,
    "bureau": {"name": "甘谷县总工会", "self_ref": "我会", "region": {"province": "甘肃省", "city": "天水市", "county": "甘谷县"}},
    "finance": {"budget_adjusted": 96, "funds_arrived": 96, "funds_spent": 91.2},
    "projects": [{"name": "困难职工帮扶", "goal": "帮扶困难职工家庭。", "budget": 96, "spent": 91.2}],
    "forms": {"rule_set": "national", "projects": [{
        "name": "困难职工帮扶",
        "funds": {"total": {"full_year": 96, "executed": 91.2}, "points": 10},
        "indicators": [
            {"level1": "产出指标", "level2": "数量指标", "name": "帮扶困难职工户数", "target": "≥320户", "actual": "336户",
             "points": 20, "score": 20},
            {"level1": "效益指标", "level2": "社会效益指标", "name": "困难职工生活改善", "target": "明显改善",
             "actual": "有所改善", "points": 20, "score": 16},
        ]}]},
}


def _generate(tmp_path, data, fmt="md", name="d"):
    path = data_file(tmp_path, f"{name}.yaml", data)
    result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path / "out"), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output, (tmp_path / "out" / f"{name}.md").read_text(encoding="utf-8") if "md" in fmt else ""


def test_a_qualitative_score_written_inside_its_band_is_the_score_printed(tmp_path):
    # was: 有所改善 falls in the band 达成 (80%–100%); the 16 the union wrote was accepted but replaced
    # by the band's default 20 on the form and in the total (99.44 instead of 95)
    import openpyxl

    _, md = _generate(tmp_path, UNION, fmt="md,xlsx")
    # (9.5 + 20 + 16) ÷ 50 × 100 = 91
    assert "该项目自评得分为91分" in md
    rows = list(openpyxl.load_workbook(tmp_path / "out" / "d.xlsx").active.iter_rows(values_only=True))
    row = next(r for r in rows if "困难职工生活改善" in r)
    assert row[7] == 16


WEATHER = {
    "kind": "dept_self_eval", "profile": "national", "year": 2024,
    "bureau": {"name": "宾川县气象局", "self_ref": "我局", "region": {"province": "云南省", "city": "大理白族自治州", "county": "宾川县"}},
    "duties": ["组织实施人工影响天气作业。"],
    "finance": {"income": 612.35, "expenditure": 598.72, "basic_expenditure": 486.2, "personnel": 421.55,
                "public_costs": 64.65, "project_expenditure": 112.52},
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "自动气象站维护数量", "target": "≥45个"},
        {"level1": "产出指标", "level2": "质量指标", "name": "24小时晴雨预报准确率", "target": "≥85%"},
    ],
    "evaluation": {"score": 93.5},
}


def test_an_indicator_without_its_actual_value_asks_for_it_in_the_table(tmp_path):
    # was "| ≥45个 | — |": a self-evaluation whose results are not in the data showed a dash, not a gap
    for kind, extra in (("dept_self_eval", {}), ("project_self_eval", {"profile": "hebei", "projects": [
            {"name": "人工影响天气作业", "goal": "开展人工增雨防雹作业。", "budget": 46, "spent": 44.8}]})):
        data = {**WEATHER, "kind": kind, **extra}
        output, md = _generate(tmp_path, data)
        rows = [line for line in md.splitlines() if line.startswith("| ") and "自动气象站维护数量" in line]
        assert rows and rows[0].endswith("| 【待补充：实际完成值】 |"), kind
        assert "—" not in md and "indicators[].actual" in output


def test_the_listed_projects_spending_summed_passes_the_self_check(tmp_path):
    # was refused by its own check: "G001 实际支出资金此处为179.00万元，与数据不符：数据为90.00万元" (the sum of
    # the listed projects, printed when the data has no finance totals, was not among the data's figures)
    data = {"kind": "project_self_eval", "year": 2023,
            "bureau": {"name": "沧州市第一中学", "self_ref": "我校", "region": {"province": "河北省", "city": "沧州市"}},
            "projects": [{"name": "教学设备更新", "goal": "更新实验室设备。", "budget": 100, "spent": 90},
                         {"name": "教师培训", "goal": "组织教师参加培训。", "budget": 110, "spent": 89}]}
    _, md = _generate(tmp_path, data)
    assert "实际支出合计179.00万元" in md


DEV_ZONE = {
    "kind": "dept_self_eval", "year": 2024,
    "bureau": {"name": "泗洪经济开发区管理委员会", "region": {"province": "江苏省", "city": "宿迁市", "county": "泗洪县"}},
    "duties": ["负责开发区规划建设、招商引资和企业服务工作。"],
    "finance": {"income": 5630.0, "expenditure": 6012.48, "basic_expenditure": 1480.36, "personnel": 1206.9,
                "public_costs": 273.46, "project_expenditure": 4532.12},
    "evaluation": {"score": 82.4},
}


def test_spending_above_income_without_an_explanation_asks_for_its_cause(tmp_path):
    # was: "实现收入5630万元，全年支出6012.48万元，支出进度为106.79%" and not a word on why (6.8% over
    # is under the data check's 10% tolerance, and income 0 was never checked at all)
    coop = {**DEV_ZONE, "bureau": {"name": "信丰县供销合作社联合社", "self_ref": "我社", "region": {"province": "江西省", "city": "赣州市", "county": "信丰县"}},
            "finance": {"income": 0, "expenditure": 38.6, "basic_expenditure": 38.6, "personnel": 31.2,
                        "public_costs": 7.4, "project_expenditure": 0}}
    for data in ({**DEV_ZONE, "profile": "national"}, {**DEV_ZONE, "profile": "guangdong"}, {**coop, "profile": "national"}):
        output, md = _generate(tmp_path, data)
        assert "【待补充：本年支出超过本年收入的原因】" in md, data["profile"]
        assert "字段 finance.overspend_explanation（超预算支出说明）未填写" in output
    explained = {**DEV_ZONE, "finance": {**DEV_ZONE["finance"], "overspend_explanation": "动用上年结转资金382.48万元"}}
    output, md = _generate(tmp_path, explained)
    assert "动用上年结转资金382.48万元" in md and "待补充：本年支出超过" not in md


def test_spending_all_of_one_kind_is_said_so_not_as_shares_of_100_and_0(tmp_path):
    # was "基本支出为38.6万元，占本年支出的100%，项目支出为0万元，占本年支出的0%，以基本支出为主"
    coop = {**DEV_ZONE, "profile": "national",
            "bureau": {"name": "信丰县供销合作社联合社", "self_ref": "我社", "region": {"province": "江西省", "city": "赣州市", "county": "信丰县"}},
            "finance": {"income": 40, "expenditure": 38.6, "basic_expenditure": 38.6, "personnel": 31.2,
                        "public_costs": 7.4, "project_expenditure": 0}}
    for seed in range(4):
        path = data_file(tmp_path, "d.yaml", coop)
        result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path / "out"), "--format", "md", "--seed", str(seed)])
        assert result.exit_code == 0, result.output
        md = (tmp_path / "out" / "d.md").read_text(encoding="utf-8")
        assert "占本年支出的0%" not in md and "以基本支出为主" not in md
        assert "支出均为基本支出" in md or "支出全部为基本支出" in md


COURT = {
    "kind": "dept_self_eval", "profile": "hunan", "year": 2023,
    "bureau": {"name": "衡东县人民法院", "self_ref": "我院", "region": {"province": "湖南省", "city": "衡阳市", "county": "衡东县"},
               "internal_units": ["立案庭", "刑事审判庭", "民事审判庭", "执行局", "办公室"]},
    "duties": ["依法审理刑事、民事、行政案件。", "依法执行生效法律文书。"],
    "staffing": {"authorized": 98, "administrative": 98, "actual": 91},
    "finance": {"basic_expenditure": 3120.44, "personnel": 2715.36, "public_costs": 405.08, "project_expenditure": 1278.21},
    "evaluation": {"basis": ["《衡东县财政局关于开展2023年度部门整体支出绩效评价工作的通知》"]},
}


def test_duties_and_internal_units_claim_no_source_the_data_does_not_name(tmp_path):
    # was "按照“三定”规定，宾川县气象局主要履行以下职责" and "根据机构编制部门核定，我院内设机构5个": the data
    # lists the duties and units, not who set them (a county 气象局 or court has no county 三定 of its own)
    for profile in ("hunan", "national", "guangdong"):
        for seed in range(6):
            path = data_file(tmp_path, "d.yaml", {**COURT, "profile": profile})
            result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path / "out"), "--format", "md",
                                              "--seed", str(seed), "--no-self-check"])
            assert result.exit_code == 0, result.output
            md = (tmp_path / "out" / "d.md").read_text(encoding="utf-8")
            assert "三定" not in md and "机构编制部门核定" not in md, (profile, seed)
