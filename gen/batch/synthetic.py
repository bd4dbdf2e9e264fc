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
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PLACES = (
    "东湖", "西山", "南塘", "北岭", "青溪", "白石", "金沙", "云台", "松林", "桃源", "梅岭", "柳河", "石门",
    "龙泉", "凤鸣", "清泉", "长乐", "安平", "永宁", "和顺", "兴隆", "丰泽", "临江", "望海", "平湖", "玉屏",
    "翠峰", "双桥", "红星", "明月",
)
PROBLEMS = (
    "个别项目前期论证不够充分，预算编制与实际执行存在差距。",
    "绩效运行监控还不够及时，对项目实施过程的跟踪分析有待加强。",
    "专业技术人员结构有待优化，基层业务力量仍然薄弱。",
)
MEASURES = (
    "加强项目前期论证，提高预算编制的科学性和准确性。",
    "完善绩效运行监控机制，按季度分析预算执行和目标完成情况。",
    "加大专业人才引进和培养力度，充实基层业务力量。",
)
SECTORS = ("health", "education", "civil_affairs", "agriculture", "transport")
SCORES = (Decimal("95.5"), Decimal("86"), Decimal("72.5"), Decimal("55"), None, Decimal("91.2"), Decimal("83.4"))


def _dept_outlines() -> tuple[str, ...]:
    """The 部门整体 outlines of the registry, so synthetic bureaus exercise every one."""
    from ..core.outlines import get_kind

    return tuple(o.id for o in get_kind("dept_self_eval").outlines)


def _amount(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))


@lru_cache(maxsize=1)
def _pools() -> dict[str, Any]:
    """Per-sector names, duties, tasks and indicators (synthetic_pools.yaml next to this module)."""
    return yaml.safe_load((Path(__file__).with_name("synthetic_pools.yaml")).read_text(encoding="utf-8"))


def _cents(value: float) -> int:
    return int(round(value * 100))


def _wan(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def _split(rnd: random.Random, total: int, low: float, high: float) -> tuple[int, int]:
    """Two ragged parts of ``total`` cents that add up to it exactly."""
    part = int(total * (low + rnd.random() * (high - low)))
    return part, total - part


def _finance(rnd: random.Random, branch: int, size: float) -> dict[str, Any]:
    """Income and spending whose parts add up to the cent: basic = personnel + public, spending = basic + project."""
    income = _cents(size)
    execution = (0.72 + rnd.random() * 0.15) if branch == 1 else (0.92 + rnd.random() * 0.075)
    expenditure = int(income * execution)
    finance: dict[str, Any] = {"income": _wan(income), "expenditure": _wan(expenditure)}
    if branch == 4:  # no breakdown, no previous year
        return finance
    basic, project = _split(rnd, expenditure, 0.25, 0.65)
    personnel, public = _split(rnd, basic, 0.68, 0.9)
    planned = int(income * (0.02 + rnd.random() * 0.06))
    prev_exp = int(expenditure * (0.82 + rnd.random() * 0.36))
    prev_basic, prev_project = _split(rnd, prev_exp, 0.25, 0.65)
    prev_personnel, prev_public = _split(rnd, prev_basic, 0.68, 0.9)
    finance.update({
        "budget_adjusted": _wan(int(income * (1 + rnd.random() * 0.02))),
        "basic_expenditure": _wan(basic), "personnel": _wan(personnel), "public_costs": _wan(public),
        "project_expenditure": _wan(project),
        "q3_progress": Decimal(str(round(55 + rnd.random() * 15 if branch == 2 else 76 + rnd.random() * 15, 1))),
        "procurement_planned": _wan(planned),
        "procurement_actual": _wan(int(planned * (0.6 if branch == 5 else 0.95 + rnd.random() * 0.05))),
        "previous": {
            "income": _wan(int(income * (0.85 + rnd.random() * 0.3))), "expenditure": _wan(prev_exp),
            "basic_expenditure": _wan(prev_basic), "personnel": _wan(prev_personnel),
            "public_costs": _wan(prev_public), "project_expenditure": _wan(prev_project),
        },
    })
    return finance


def _tasks(rnd: random.Random, pool: list, branch: int) -> list[dict[str, Any]]:
    tasks = []
    for name, contents, metrics in rnd.sample(pool, rnd.randint(2, min(5, len(pool)))):
        task: dict[str, Any] = {"name": name, "content": rnd.choice(contents)}
        if rnd.random() < 0.7:
            task["funds"] = _wan(_cents(10 ** rnd.uniform(1, 3.3)))
        chosen = rnd.sample(metrics, rnd.randint(1, len(metrics)))
        task["metrics"] = []
        for metric, unit in chosen:
            target = rnd.randint(2, 400) * rnd.choice((1, 5, 10))
            ratio = 0.8 + rnd.random() * 0.15 if branch == 3 else (
                1.3 + rnd.random() * 0.3 if branch == 0 else 1.0 + rnd.random() * 0.12)
            task["metrics"].append({"name": metric, "unit": unit, "target": Decimal(target),
                                    "actual": Decimal(int(target * ratio))})
        tasks.append(task)
    return tasks


def _indicators(rnd: random.Random, pool: list, branch: int) -> list[dict[str, Any]]:
    out = []
    for level1, level2, name, unit, target in rnd.sample(pool, rnd.randint(3, len(pool))):
        if branch == 3:
            actual = target * 0.9
        elif branch == 0 and unit != "%":
            actual = target * 1.5
        else:
            actual = min(100, target + rnd.random() * 4) if unit == "%" else target + rnd.randint(0, 3)
        out.append({"level1": level1, "level2": level2, "name": name,
                    "target": f"≥{target}{unit}", "actual": f"{round(actual, 1):g}{unit}"})
    return out


def synthetic_bureau(i: int, *, year: int | None = None, profile: str | None = None) -> dict[str, Any]:
    """The data of synthetic bureau ``i`` (0-based) as a dict :func:`gen.core.load.validate` accepts.

    Sectors, sizes (income from about 300 to 200,000 万元), years (2019–2024),
    duties, tasks, metrics and indicators differ from bureau to bureau, and
    every breakdown adds up exactly, as in the batches real users send.
    """
    rnd = random.Random(1_000_003 * (i + 1))
    pools = _pools()
    sector = SECTORS[i % len(SECTORS)]
    pool = pools[sector]
    place = PLACES[i % len(PLACES)] + ("" if i < len(PLACES) else str(i // len(PLACES) + 1))
    body = rnd.choice(pool["bodies"])
    branch = i % 7
    data: dict[str, Any] = {
        "kind": "dept_self_eval",
        "profile": profile or _dept_outlines()[i % len(_dept_outlines())],
        "year": year or 2019 + (i * 5 + rnd.randint(0, 5)) % 6,
        "bureau": {
            "name": f"示例市{place}区{body}",
            "short_name": f"区{body}",
            "self_ref": "我委" if body.endswith("委员会") else "我局",
            "region": {"province": "示例省", "city": "示例市", "county": f"{place}区"},
            "unit_type": rnd.choice(("全额拨款的行政单位", "区政府工作部门，全额拨款行政单位", "行政单位")),
        },
        "duties": rnd.sample(pool["duties"], rnd.randint(3, len(pool["duties"]))),
        "goals": [f"{t}。" for t in rnd.sample([t[1][0].rstrip("。") for t in pool["tasks"]], 2)],
        "finance": _finance(rnd, branch, 10 ** rnd.uniform(2.5, 5.3)),
    }
    if branch not in (4, 6):
        authorized = int(10 ** rnd.uniform(1, 2.4))
        administrative = rnd.randint(authorized // 6, authorized // 3)
        data["staffing"] = {
            "authorized": authorized, "administrative": administrative,
            "institutional": rnd.randint(0, authorized - administrative),
            "actual": authorized - rnd.randint(0, max(1, authorized // 8)), "retired": rnd.randint(0, authorized // 2),
        }
    if branch != 6:
        data["tasks"] = _tasks(rnd, pool["tasks"], branch)
    data["indicators"] = _indicators(rnd, pool["indicators"], branch)
    score = SCORES[i % len(SCORES)]
    if score is not None:
        data["evaluation"] = {"score": score}
    if branch in (1, 5):
        data["problems"] = [PROBLEMS[i % len(PROBLEMS)]]
        data["measures"] = [MEASURES[i % len(MEASURES)], MEASURES[(i + 1) % len(MEASURES)]]
    return data
