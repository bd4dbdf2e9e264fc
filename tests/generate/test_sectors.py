"""Sector registry and sector packs: no body receives another sector's wording.

The registry (glossary/sectors/<id>.yaml, one file a sector, and
glossary/sectors_shared.yaml) proves its patterns with example names at load; packs in corpus/sectors/<id>.yaml only ever apply to that sector; and
every example report, once the bureau's own data text is removed, contains no
term of another sector's vocabulary.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gen.core.datafile import DataFileError
from gen.core.load import load_spec
from gen.core.model import ReportSpec
from gen.core.model_bureau import SELF_REFS
from gen.core.outlines import get_kind
from gen.core.sector_files import FOLDER, load_registry
from gen.core.sectors import load_sectors, registry, sector_for
from gen.generate.corpus import load_corpus
from gen.generate.document import Paragraph
from gen.generate.render import render_document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml")) + sorted((ROOT / "examples" / "synthetic").glob("*.yaml"))

# Groups in the grounding helper's corpus files (problems.yaml, measures.yaml) that
# still carry health wording on this branch; issue 9 replaces stock problems and
# measures with data-only ones. Listed by id so that any NEW leak fails this test.


def _data_strings(obj) -> list[str]:
    out: list[str] = []
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            out.extend(_data_strings(v))
    elif isinstance(obj, list):
        for v in obj:
            out.extend(_data_strings(v))
    return sorted({s for s in out if len(s) >= 2}, key=len, reverse=True)


@pytest.mark.parametrize(
    "name,sector",
    [("广州市荔湾区卫生健康局", "health"), ("深圳市盐田区卫健委", "health"), ("保山市教育局", "education"),
     ("某县教体局", "education"), ("忠县民政局", "civil_affairs"), ("保山市农业农村局", "agriculture"),
     ("政协平凉市委员会办公室", "cppcc"), ("某区财政局", "finance"), ("某县交通运输局", "transport"),
     # two sectors: generation takes the one with its own wording; W078 reads both
     ("某区民政和人力资源社会保障局", "civil_affairs"), ("某县人民政府", None), ("某县妇女联合会", None)],
)
def test_sector_recognised_from_name(name, sector):
    assert sector_for(name) == sector


def test_data_overrides_name():
    assert sector_for("某区财政局", "education") == "education"
    spec = load_spec(ROOT / "examples" / "zx_civil2024.yaml")
    data = spec.model_dump(mode="json", exclude_none=True)
    data["bureau"]["sector"] = "agriculture"
    from gen.core.derive import derive

    assert derive(ReportSpec.model_validate(data))["sector"] == "agriculture"


def test_unknown_sector_refused():
    spec = load_spec(ROOT / "examples" / "zx_civil2024.yaml").model_dump(mode="json", exclude_none=True)
    spec["bureau"]["sector"] = "space"
    with pytest.raises(Exception, match="不在登记表中"):
        ReportSpec.model_validate(spec)


def test_one_reading_for_both_pipelines():
    reg = registry()
    both = [s.id for s in reg.recognise("某区民政和人力资源社会保障局")]
    assert both == ["civil_affairs", "human_resources"]
    assert [s.id for s in reg.line_sectors("某区民政和人力资源社会保障局")] == both
    # 政协 is a generation sector, yet a comprehensive body for W078 (its flag in cppcc.yaml)
    assert [s.id for s in reg.recognise("政协某县委员会办公室")] == ["cppcc"]
    assert reg.line_sectors("政协某县委员会办公室") == ()
    # a comprehensive body's name: W078 reads no line sector, generation still the sector's wording
    assert sector_for("中共某县卫生健康局党组") == "health" and reg.line_sectors("中共某县卫生健康局党组") == ()


@pytest.mark.parametrize("file, old, new, message", [
    ("health.yaml", "examples: [广州市荔湾区卫生健康局,", "examples: [某市统计局,",
     r"sectors/health\.yaml：示例单位“某市统计局”应识别为卫生健康（health），实际为统计（statistics）"),
    ("health.yaml", "patterns: [卫生健康,", "patterns: [保健所, 卫生健康,", r"sectors/health\.yaml：patterns 中的“保健所”没有示例单位证明"),
    ("agriculture.yaml", "near_misses: [", "near_misses: [某县农机局, ", r"near_misses 中的“某县农机局”不应识别为农业农村"),
    # generation takes a sector with its own wording first: an example it would read as another fails
    ("human_resources.yaml", "examples: [", "terms: [就业创业]\nexamples: [某区民政和人力资源社会保障局, ",
     r"sectors/civil_affairs\.yaml：示例单位“某区民政和人力资源社会保障局”应识别为民政"),
    ("health.yaml", "id: health", "id: hospital", r"sectors/health\.yaml：id 应为英文小写加下划线的行业代码，且与文件名相同"),
    ("health.yaml", "name: 卫生健康", "name: 教育", r"sectors/health\.yaml：行业名称“教育”已用于 education"),
    ("health.yaml", "terms:", "words:", r"sectors/health\.yaml：不认识的字段 words"),
])
def test_registry_proves_itself(sector_glossary, file, old, new, message):
    sector_glossary.edit(file, old, new)
    with pytest.raises(DataFileError, match=message):
        load_registry(sector_glossary.folder)


def test_adding_a_sector_is_one_file(sector_glossary):
    (sector_glossary.folder / FOLDER / "sports.yaml").write_text(
        "id: sports\nname: 体育\npatterns: [体育局]\nexamples: [某县体育局]\n", encoding="utf-8")
    reg = load_registry(sector_glossary.folder)
    assert [s.id for s in reg.recognise("某县体育局")] == ["sports"]
    assert [s.name for s in reg.line_sectors("某县体育局")] == ["体育"]


def test_every_pack_is_a_known_sector_and_guarded():
    ids = {s.id for s in load_sectors()}
    packs = sorted((ROOT / "corpus" / "sectors").glob("*.yaml"))
    assert {p.stem for p in packs} >= {"health", "education", "civil_affairs", "agriculture"}
    assert {p.stem for p in packs} <= ids
    for g in load_corpus():
        if g.file.startswith("sectors/"):
            assert g.when.startswith(f"sector == '{Path(g.file).stem}' and (")
            assert g.source.strip()


def test_self_references_are_data():
    for ref in ("我局", "我委", "我办", "我会", "我院", "我中心", "我站", "我所", "我馆", "我部", "我单位"):
        assert ref in SELF_REFS


def _generated_prose(doc, spec):
    """Each paragraph with the data's own strings removed: what is left is the corpus's wording."""
    strings = _data_strings(spec.model_dump(mode="json"))
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            text = block.text
            for s in strings:
                text = text.replace(s, "")
            yield block, text


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_no_other_sector_vocabulary(path):
    spec = load_spec(path)
    doc, facts = render_document(spec)
    own = facts["sector"]
    foreign = [(s.id, t) for s in load_sectors() if s.id != own for t in s.terms]
    for block, text in _generated_prose(doc, spec):
        hits = [(sid, t) for sid, t in foreign if t in text]
        assert not hits, f"{path.name}（{own}）：{hits} in {block.text!r}"


def test_pack_wording_only_for_its_sector():
    """The health example rendered as another sector uses no health-pack group, and vice versa."""
    spec = load_spec(ROOT / "examples" / "lw2022.yaml").model_dump(mode="json", exclude_none=True)
    for sector in ("education", "civil_affairs", "agriculture", "cppcc"):
        spec["bureau"]["sector"] = sector
        doc, _ = render_document(ReportSpec.model_validate(spec))
        groups = {u.group for b in doc.blocks if isinstance(b, Paragraph) for u in b.phrases}
        foreign = [g for g in groups if g.split(".")[0] in {"health", "education", "civil_affairs", "agriculture"} - {sector}]
        assert not foreign, (sector, foreign)


NON_HEALTH = ("pl_cppcc2024", "bs_edu2017", "bs_agri2019", "zx_civil2024")


@pytest.mark.parametrize("outline", [o.id for o in get_kind("dept_self_eval").outlines])
@pytest.mark.parametrize("name", NON_HEALTH)
def test_real_non_health_bodies_get_no_health_wording_in_any_outline(name, outline):
    data = load_spec(ROOT / "examples" / f"{name}.yaml").model_dump(mode="json", exclude_none=True)
    data["profile"] = outline
    spec = ReportSpec.model_validate(data)
    doc, facts = render_document(spec)
    assert facts["sector"] != "health"
    health = next(s for s in load_sectors() if s.id == "health").terms
    for block, text in _generated_prose(doc, spec):
        assert not [t for t in health if t in text], (outline, block.text)
        assert not any(u.group.startswith("health.") for u in block.phrases)


def test_sector_survives_the_workbook(tmp_path):
    from gen.batch.workbook import read_workbook
    from gen.batch.workbook_write import write_workbook
    from gen.core.load import validate

    data = load_spec(ROOT / "examples" / "pl_cppcc2024.yaml").model_dump(mode="python", exclude_none=True)
    data["bureau"]["sector"] = "education"
    write_workbook(tmp_path / "b.xlsx", [("K1", data)])
    (bureau,), _ = read_workbook(tmp_path / "b.xlsx")
    assert validate(bureau.raw, "b.xlsx", bureau.where).bureau.sector == "education"


def test_every_sector_is_offered_by_name_in_the_workbook(tmp_path):
    """The drop-down lists all 22 registry sectors by their Chinese names (longer than the 255 characters Excel
    allows in a typed list, so it reads a hidden sheet's column); a name or an id in the cell reads back as the id."""
    from openpyxl import load_workbook

    from gen.batch.workbook import read_workbook
    from gen.batch.workbook_write import LISTS_SHEET, write_workbook
    from gen.core.load import validate

    data = load_spec(ROOT / "examples" / "pl_cppcc2024.yaml").model_dump(mode="python", exclude_none=True)
    data["bureau"]["sector"] = "finance"
    write_workbook(tmp_path / "b.xlsx", [("K1", data)])
    wb = load_workbook(tmp_path / "b.xlsx")
    main = wb["单位信息"]
    col = [c.value for c in main[1]].index("所属行业")
    assert main.cell(row=2, column=col + 1).value == "财政"
    rule = next(dv for dv in main.data_validations.dataValidation if str(dv.sqref).startswith(main.cell(2, col + 1).column_letter + "2"))
    assert rule.formula1.startswith(f"'{LISTS_SHEET}'!")
    letter = rule.formula1.split("!$")[1].split("$")[0]
    offered = [c.value for c in wb[LISTS_SHEET][letter] if c.value]
    assert offered == [s.name for s in registry().sectors] and len("，".join(offered)) > 0
    assert wb.sheetnames[-1] == LISTS_SHEET and wb[LISTS_SHEET].sheet_state == "hidden"
    (bureau,), _ = read_workbook(tmp_path / "b.xlsx")
    assert validate(bureau.raw, "b.xlsx", bureau.where).bureau.sector == "finance"
    main.cell(row=2, column=col + 1).value = "water"  # an id, as workbooks written before named sectors hold
    wb.save(tmp_path / "c.xlsx")
    (bureau,), _ = read_workbook(tmp_path / "c.xlsx")
    assert validate(bureau.raw, "c.xlsx", bureau.where).bureau.sector == "water"


def test_an_unknown_sector_names_the_choices():
    data = load_spec(ROOT / "examples" / "pl_cppcc2024.yaml").model_dump(mode="python", exclude_none=True)
    data["bureau"]["sector"] = "卫生"
    with pytest.raises(Exception) as err:
        ReportSpec.model_validate(data)
    assert "行业“卫生”不在登记表中" in str(err.value) and "health（卫生健康）" in str(err.value)
