"""L004's must-pass examples moved out of the rule's module (the module stays its logic, within its size): ampersands,
half entities, a lone R or ☑ that is no lost tick, and Latin letters of other scripts."""

from __future__ import annotations

KEEP = (
    "采购A&B型设备2台，R&D投入5万元。",
    "出生缺陷发生率为6.38‰，字段名 nbsp_count; 与 xnbsp; 不是实体。",
    "项目类别 | 1、部门预算项目 ☑ 2、市直专项 □；采用R 语言统计。\n",
    "延续专项☑新增专项□，开展基于R语言的统计□。\n",
    "统计软件选用SPSS、R 语言统计□\n",
    "新增专项□ 延续专项☑，统计分析 R语言完成。\n",
    "Þingvellir 国家公园（Thórsmörk, Skaftafell）的考察报告。",
)
