"""Whether a body is a government department (工作部门), the one fact a sector pack's opening needs.

The corpus packs were drawn from bureaus' reports: their duties opening says the body 是县人民政府工作部门，
主管全县……工作. That holds of a 卫生健康局 and not of a hospital, a school or a 中心 under the bureau, though
those are of the same sector and take the pack's other wording. A draft says it only when this is true.
"""

from __future__ import annotations

from typing import Optional

# Names ending like a department's that are not one: a CPPCC committee, a residents' or villagers' committee.
_NOT_DEPARTMENT = ("政协", "政治协商", "居民委员会", "村民委员会")


def is_department(name: str, unit_type: Optional[str]) -> bool:
    """Whether the body is a government department (工作部门), of which a sector pack may say 是县政府工作部门，
    主管全县……: its unit type when it tells (行政单位 or 事业单位), else its name's ending (局, 委, 厅).
    A school, a hospital or a 中心 under a bureau is not one, though it is of the bureau's sector."""
    if unit_type and "事业" in unit_type:
        return False
    base = name.split("（")[0]
    if any(w in base for w in _NOT_DEPARTMENT):
        return False
    if unit_type and ("行政" in unit_type or "机关" in unit_type):
        return True
    return base.endswith(("局", "委员会", "委", "厅"))
