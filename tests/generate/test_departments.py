"""A sector pack says 是县政府工作部门，主管全县…… only of a department, never of a school or a hospital.

The packs were drawn from bureaus' reports. A 中学 is of the education sector and a 农业技术推广中心 of
agriculture, so they take the pack's other wording, but the duties opening that calls the body a government
department running the county's whole sector would be false of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gen.core.departments import is_department
from gen.core.load import load_spec
from gen.core.model import ReportSpec
from gen.generate.document import Paragraph
from gen.generate.render import render_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name, unit_type, expected", [
    ("某县教育局", None, True),
    ("某县卫生健康委员会", None, True),
    ("某省民政厅", None, True),
    ("某县第一中学", None, False),
    ("某县人民医院", None, False),
    ("某县农业技术推广中心", None, False),
    ("政协某县委员会", None, False),
    ("某社区居民委员会", None, False),
    ("某县农业农村局", "全额拨款的事业单位", False),
    ("某县乡村振兴服务中心", "行政单位", True),
])
def test_department_from_name_and_unit_type(name, unit_type, expected):
    assert is_department(name, unit_type) is expected


def _duties_opening(name: str, sector: str, example: str) -> list[str]:
    data = load_spec(ROOT / "examples" / f"{example}.yaml").model_dump(mode="json", exclude_none=True)
    data["bureau"]["name"] = name
    data["bureau"].pop("short_name", None)
    data["bureau"]["sector"] = sector
    doc, facts = render_document(ReportSpec.model_validate(data))
    assert facts["sector"] == sector
    return [u.group for b in doc.blocks if isinstance(b, Paragraph) for u in b.phrases
            if u.group.startswith(f"{sector}.duties.intro")]


@pytest.mark.parametrize("name, sector, example", [
    ("某县第一中学", "education", "bs_edu2017"),
    ("某县农业技术推广中心", "agriculture", "bs_agri2019"),
    ("某区人民医院", "health", "lw2022"),
    # a department, but not the one that runs the county's agriculture
    ("某县乡村振兴局", "agriculture", "bs_agri2019"),
])
def test_no_department_opening_for_a_unit_under_a_bureau(name, sector, example):
    assert _duties_opening(name, sector, example) == []


@pytest.mark.parametrize("name, sector, example", [
    ("保山市教育局", "education", "bs_edu2017"),
    ("保山市农业农村局", "agriculture", "bs_agri2019"),
])
def test_a_department_keeps_its_sectors_opening(name, sector, example):
    assert _duties_opening(name, sector, example) != []


def test_a_hospital_does_not_speak_for_the_districts_health_system():
    data = load_spec(ROOT / "examples" / "yt2023.yaml").model_dump(mode="json", exclude_none=True)
    data["bureau"]["name"] = "某区人民医院"
    data["bureau"].pop("short_name", None)
    data["duties"] = ["承担全区急危重症救治和常见病、多发病诊疗任务。"]
    doc, facts = render_document(ReportSpec.model_validate(data))
    assert facts["sector"] == "health" and not facts["department"] and facts["work_summary"]
    text = "".join(b.text for b in doc.blocks if isinstance(b, Paragraph))
    assert "卫生健康系统" not in text
    groups = {u.group for b in doc.blocks if isinstance(b, Paragraph) for u in b.phrases}
    assert "health.tasks.summary.given" not in groups and any(g.startswith("tasks.summary") for g in groups)
