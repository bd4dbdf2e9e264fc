"""Cross-bureau similarity: copies are flagged, boilerplate and figures are not what decides."""

from gen.batch import similarity as sim

BOILER = "贯彻执行国家卫生健康工作法律法规和方针政策，统筹规划卫生健康资源配置。"


def report(title: str, *paragraphs: str) -> str:
    return "\n\n".join([f"# {title}", "## 一、基本情况", BOILER, *paragraphs, "| 指标 | 值 |\n| --- | --- |\n| a | 1 |"]) + "\n"


A = "我局全年完成基本公共卫生服务项目十二类，居民电子健康档案建档率达到较高水平，重点人群健康管理持续加强。"
B = "区卫生健康局推动中医药传承创新，建成基层中医馆多个，群众就医获得感明显增强，满意度稳步提高。"
C = "本年度预算执行进度偏慢，部分项目资金集中在第四季度支付，下一步将加强全过程预算绩效管理。"
D = "强化卫生监督执法，开展公共场所和生活饮用水双随机抽检，依法查处违法违规行为，执法质量有所提升。"


def test_paragraphs_skip_title_headings_and_tables():
    assert sim.markdown_paragraphs(report("题", A)) == [BOILER, A]


def test_figures_do_not_hide_a_copy():
    assert sim.normalize("收入1,234.56万元") == sim.normalize("收入9,876.54万元")


def test_boilerplate_needs_half_of_the_reports_and_at_least_three():
    lists = [[1, 2], [1, 3], [1, 4], [5]]
    assert sim.boilerplate(lists) == frozenset({1})
    assert sim.boilerplate([[1], [1]]) == frozenset()


def test_copy_with_other_figures_is_flagged_and_distinct_reports_are_not():
    texts = [
        report("甲", A.replace("十二", "12"), C),
        report("乙", A.replace("十二", "15"), C),
        report("丙", B),
        report("丁", D),
    ]
    pairs = sim.similar_pairs(texts, 85)
    assert [(p.a, p.b) for p in pairs] == [(0, 1)]
    assert pairs[0].similarity == 100.0


def test_shared_boilerplate_alone_does_not_make_a_copy():
    texts = [report(str(i), p) for i, p in enumerate((A, B, C, D))]
    assert sim.similar_pairs(texts, 85) == []


def test_threshold_is_strict_and_estimate_agrees_with_exact_value():
    a = sim.bigrams(report("x", A, B))
    b = sim.bigrams(report("y", A, D))
    exact = sim.jaccard(a, b)
    sigs = [sim.signature(report("x", A, B)), sim.signature(report("y", A, D))]
    cands = sim.candidate_pairs(sigs, exact)
    assert cands and abs(cands[0][2] - exact) < 15
    assert sim.confirm(cands, lambda i: [report("x", A, B), report("y", A, D)][i], frozenset(), exact) == []


def test_empty_reports_are_never_paired():
    assert sim.similar_pairs(["# t\n", "# u\n"], 0) == []
