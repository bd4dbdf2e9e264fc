"""The standard three-level indicator system: 一级 indicators and the 二级 ones each holds.

Kept apart from :mod:`gen.core.model` so that the checker (S005 files indicators
under their categories) reads it without importing the pydantic report model,
which costs a tenth of a second at every cold start of ``jixiao check``.
"""

from __future__ import annotations

LEVEL1 = {
    "产出指标": ("数量指标", "质量指标", "时效指标", "成本指标"),
    "效益指标": ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
    "满意度指标": ("服务对象满意度指标",),
}
