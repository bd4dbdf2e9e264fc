"""Deterministic synthetic bureaus: for the example workbook, the tests and the benchmarks.

Every name starts with 示例 so nobody mistakes one for a real bureau. Bureau
``i`` always gets the same data. The figures are spread on purpose so that a
batch of a few dozen exercises every branch of the corpus: each rating, low
budget execution, spending late in the year, unmet and far-exceeded
indicators, low procurement execution, and missing optional data (no score,
no staffing, no previous year, no tasks, no hand-written problems).
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

PLACES = (
    "东湖", "西山", "南塘", "北岭", "青溪", "白石", "金沙", "云台", "松林", "桃源", "梅岭", "柳河", "石门",
    "龙泉", "凤鸣", "清泉", "长乐", "安平", "永宁", "和顺", "兴隆", "丰泽", "临江", "望海", "平湖", "玉屏",
    "翠峰", "双桥", "红星", "明月",
)
DUTIES = (
    "贯彻执行国家和省、市卫生健康工作法律法规和方针政策，统筹规划卫生健康资源配置。",
    "协调推进深化医药卫生体制改革，组织深化公立医院综合改革，健全现代医院管理制度。",
    "负责疾病预防控制工作，组织实施免疫规划，负责卫生应急工作和突发公共事件的医疗卫生救援。",
    "负责职责范围内的公共卫生监督管理和传染病防治监督，组织开展爱国卫生运动。",
    "负责计划生育管理和服务工作，开展人口监测预警，推进老年健康服务体系建设和医养结合工作。",
    "完成区委、区政府和上级部门交办的其他任务。",
)
TASKS = (
    ("推进基本公共卫生服务", "开展居民健康档案、健康教育、预防接种和重点人群健康管理等服务。", "居民电子健康档案建档", "份"),
    ("提升基层服务能力", "推进社区卫生服务中心标准化建设，开展家庭医生签约服务。", "家庭医生签约", "人"),
    ("加强妇幼健康服务", "开展孕产妇免费产前筛查和新生儿疾病筛查，落实母婴安全保障。", "孕产妇免费产前筛查", "人"),
    ("做好疾病预防控制", "加强传染病监测预警，开展慢性病综合防控示范区建设。", "慢性病随访服务", "人次"),
    ("推进中医药发展", "建设基层中医馆，推广中医药适宜技术。", "基层中医馆建设", "个"),
    ("强化卫生监督执法", "开展公共场所、生活饮用水和学校卫生“双随机”抽检。", "监督抽检", "家次"),
    ("开展爱国卫生运动", "组织春秋季病媒生物消杀和周五卫生日检查评比。", "病媒生物消杀", "次"),
    ("完善应急救治体系", "建设区级急救站点，开展突发事件应急处置培训和演练。", "应急演练", "场"),
)
INDICATORS = (
    ("产出指标", "数量指标", "完成基本公共卫生服务项目数", "个", 12),
    ("产出指标", "数量指标", "开展健康教育讲座", "场", 40),
    ("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "%", 95),
    ("产出指标", "质量指标", "孕产妇系统管理率", "%", 90),
    ("产出指标", "时效指标", "资金拨付及时率", "%", 100),
    ("效益指标", "社会效益指标", "居民健康素养水平", "%", 30),
    ("效益指标", "可持续影响指标", "家庭医生签约覆盖率", "%", 40),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "%", 90),
)
PROBLEMS = (
    "个别项目前期论证不够充分，预算编制与实际执行存在差距。",
    "绩效运行监控还不够及时，对项目实施过程的跟踪分析有待加强。",
    "基层医疗卫生人才队伍仍然薄弱，专业技术人员结构有待优化。",
)
MEASURES = (
    "加强项目前期论证，提高预算编制的科学性和准确性。",
    "完善绩效运行监控机制，按季度分析预算执行和目标完成情况。",
    "加大基层人才引进和培养力度，优化专业技术人员结构。",
)
SCORES = (Decimal("95.5"), Decimal("86"), Decimal("72.5"), Decimal("55"), None, Decimal("91.2"), Decimal("83.4"))


def _dept_outlines() -> tuple[str, ...]:
    """The 部门整体 outlines of the registry, so synthetic bureaus exercise every one."""
    from ..core.outlines import get_kind

    return tuple(o.id for o in get_kind("dept_self_eval").outlines)


def _amount(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))


def synthetic_bureau(i: int, *, year: int = 2023, profile: str | None = None) -> dict[str, Any]:
    """The data of synthetic bureau ``i`` (0-based) as a dict :func:`gen.core.load.validate` accepts."""
    rnd = random.Random(1_000_003 * (i + 1))
    place = PLACES[i % len(PLACES)] + ("" if i < len(PLACES) else str(i // len(PLACES) + 1))
    name = f"示例市{place}区卫生健康局"
    branch = i % 7
    data: dict[str, Any] = {
        "kind": "dept_self_eval",
        "profile": profile or _dept_outlines()[i % len(_dept_outlines())],
        "year": year,
        "bureau": {
            "name": name,
            "short_name": "区卫生健康局",
            "self_ref": "我局",
            "region": {"province": "示例省", "city": "示例市", "county": f"{place}区"},
            "unit_type": "全额拨款的行政单位",
        },
        "duties": list(DUTIES),
        "goals": [
            f"围绕“健康{place}”建设，提升基层医疗卫生服务能力。",
            "落实基本公共卫生服务项目，提高重点人群健康管理水平。",
        ],
    }
    income = rnd.uniform(3000, 90000)
    execution = (0.72 + rnd.random() * 0.15) if branch == 1 else (0.92 + rnd.random() * 0.075)
    expenditure = income * execution
    finance: dict[str, Any] = {"income": _amount(income), "expenditure": _amount(expenditure)}
    if branch != 4:  # branch 4: no breakdown, no previous year
        basic = expenditure * (0.3 + rnd.random() * 0.3)
        personnel = basic * (0.7 + rnd.random() * 0.2)
        finance.update({
            "budget_adjusted": _amount(income * (1 + rnd.random() * 0.02)),
            "basic_expenditure": _amount(basic),
            "personnel": _amount(personnel),
            "public_costs": _amount(basic - personnel - rnd.random() * 5),
            "project_expenditure": _amount(expenditure - basic),
            "q3_progress": Decimal(str(round(55 + rnd.random() * 15 if branch == 2 else 76 + rnd.random() * 15, 1))),
            "procurement_planned": _amount(income * 0.05),
            "procurement_actual": _amount(income * 0.05 * (0.6 if branch == 5 else 0.97 + rnd.random() * 0.03)),
            "previous": {
                "income": _amount(income * (0.85 + rnd.random() * 0.3)),
                "expenditure": _amount(expenditure * (0.85 + rnd.random() * 0.3)),
            },
        })
    data["finance"] = finance
    if branch not in (4, 6):
        authorized = rnd.randint(30, 90)
        data["staffing"] = {
            "authorized": authorized,
            "administrative": authorized // 4,
            "institutional": authorized // 2,
            "actual": authorized - rnd.randint(0, 8),
            "retired": rnd.randint(5, 40),
        }
    if branch != 6:
        tasks = []
        for k in rnd.sample(range(len(TASKS)), 3):
            tname, content, metric, unit = TASKS[k]
            target = rnd.randint(2, 60) * 10
            ratio = 0.8 if branch == 3 else (1.3 + rnd.random() * 0.3 if branch == 0 else 1.0 + rnd.random() * 0.1)
            tasks.append({
                "name": tname, "content": content, "funds": _amount(rnd.uniform(20, 800)),
                "metrics": [{"name": metric, "unit": unit, "target": Decimal(target),
                             "actual": Decimal(int(target * ratio))}],
            })
        data["tasks"] = tasks
    indicators = []
    for k in rnd.sample(range(len(INDICATORS)), 4):
        level1, level2, iname, unit, target = INDICATORS[k]
        if branch == 3:
            actual = target * 0.9
        elif branch == 0 and unit != "%":
            actual = target * 1.5
        else:
            actual = min(100, target + rnd.random() * 4) if unit == "%" else target + rnd.randint(0, 3)
        actual_text = f"{round(actual, 1):g}{unit}"
        indicators.append({"level1": level1, "level2": level2, "name": iname,
                           "target": f"≥{target}{unit}", "actual": actual_text})
    data["indicators"] = indicators
    score = SCORES[i % len(SCORES)]
    if score is not None:
        data["evaluation"] = {"score": score}
    if branch in (1, 5):
        data["problems"] = [PROBLEMS[i % len(PROBLEMS)]]
        data["measures"] = [MEASURES[i % len(MEASURES)], MEASURES[(i + 1) % len(MEASURES)]]
    return data
