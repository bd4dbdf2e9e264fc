"""Random valid data renders cleanly, and every figure printed agrees with its own text."""

import re

import pytest
from hypothesis import given

from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import check_source
from gen.core.load import validate
from gen.core.outlines import get_kind
from gen.generate.render import render_document
from gen.generate.write.markdown import to_markdown

from tests.strategies import report_data

_LEFTOVERS = re.compile(r"None|nan|NaN|\{\{|\}\}|\{%|%\}|inf")


@pytest.mark.parametrize("kind", ["dept_self_eval", "target_declaration", "project_self_eval"])
@given(data=report_data())
def test_random_data_renders_and_its_numbers_check_out(kind, data):
    outlines = [o.id for o in get_kind(kind).outlines]
    data = {**data, "kind": kind, "profile": data["profile"] if data["profile"] in outlines else outlines[0]}
    spec = validate(data, "random.yaml")
    doc, _ = render_document(spec)
    md = to_markdown(doc)
    assert not _LEFTOVERS.search(md), _LEFTOVERS.search(md).group()
    findings = check_source(source_from_text(md, "random.md", kind="md"), select_rules(["N"]))
    serious = [f for f in findings if f.severity in ("error", "warning")]
    assert not serious, [(f.code, md[f.start:f.end], f.message) for f in serious]
