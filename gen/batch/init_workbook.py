"""``jixiao init``: an input workbook to fill in, with one example bureau.

The example shows every sheet in use (a task with its indicator, indicators,
text items, figures in 万元), so an office can overwrite the example row and
add its own bureaus below it. The example passes validation and generates a
report, which the tests check.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from ..core.errors import UserError
from .workbook_write import write_workbook

EXAMPLE_KEY = "B001"


def example_bureau() -> dict[str, Any]:
    """The example bureau written into a new workbook."""
    return {
        "kind": "dept_self_eval",
        "profile": "guangdong",
        "year": 2023,
        "bureau": {
            "name": "示例市示例区卫生健康局",
            "short_name": "区卫生健康局",
            "self_ref": "我局",
            "region": {"province": "示例省", "city": "示例市", "county": "示例区"},
            "unit_type": "全额拨款的行政单位",
            "internal_units": ["办公室", "医政医管科", "疾病预防控制科"],
        },
        "duties": [
            "贯彻执行卫生健康工作法律法规和方针政策，统筹规划卫生健康资源配置。",
            "负责疾病预防控制工作，组织实施免疫规划，负责卫生应急工作。",
            "完成区委、区政府和上级部门交办的其他任务。",
        ],
        "goals": ["提升基层医疗卫生服务能力，推进基本公共卫生服务均等化。"],
        "finance": {
            "income": Decimal("12345.67"),
            "expenditure": Decimal("11987.65"),
            "basic_expenditure": Decimal("4321.00"),
            "personnel": Decimal("3800.50"),
            "public_costs": Decimal("520.50"),
            "project_expenditure": Decimal("7666.65"),
            "previous": {"income": Decimal("11800.00"), "expenditure": Decimal("11500.20")},
        },
        "staffing": {"authorized": 40, "administrative": 10, "institutional": 25, "actual": 33},
        "tasks": [{
            "name": "推进基本公共卫生服务",
            "content": "开展居民健康档案、健康教育和重点人群健康管理等服务。",
            "funds": Decimal("560.00"),
            "metrics": [{"name": "居民电子健康档案建档", "unit": "份", "target": Decimal(50000), "actual": Decimal(52310)}],
        }],
        "indicators": [
            {"level1": "产出指标", "level2": "质量指标", "name": "适龄儿童免疫规划疫苗接种率",
             "target": "≥95%", "actual": "97.5%"},
            {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "服务对象满意度",
             "target": "≥90%", "actual": "93%"},
        ],
        "evaluation": {"score": Decimal("92.5")},
    }


def init_workbook(path: Path, *, force: bool = False) -> None:
    """Write a new input workbook at ``path``; an existing file is kept unless ``force``."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"{path}: 工作簿文件名应以 .xlsx 结尾")
    if path.exists() and not force:
        raise UserError(f"{path}: 文件已存在，未覆盖（如需覆盖请加 --force）")
    write_workbook(path, [(EXAMPLE_KEY, example_bureau())])
