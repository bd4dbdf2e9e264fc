"""The self-check may take the facts the report was rendered from instead of deriving them again.

The batch worker passes ``render_document``'s facts to ``self_check`` after
making every output; that is sound only if nothing on the way changes them
(so they still equal ``derive(spec)``) and the findings are the same either way.
"""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from gen.batch.synthetic import synthetic_bureau
from gen.core.derive import derive
from gen.core.load import validate
from gen.generate.formats import FORMATS, render, unavailable
from gen.generate.render import render_document
from gen.generate.selfcheck import self_check
from gen.generate.write.markdown import to_markdown


@pytest.mark.parametrize("i", [0, 7, 23])
def test_facts_survive_every_output_and_give_the_same_findings(i):
    spec = validate(synthetic_bureau(i), f"S{i}")
    doc, facts = render_document(spec, position=i)
    before = copy.deepcopy(facts)
    for name in FORMATS:
        if unavailable(name, spec) is None:
            render(name, doc, facts, spec)
    assert facts == before == derive(spec)
    md = to_markdown(doc)
    assert self_check(md, spec, "t.md", facts=facts) == self_check(md, spec, "t.md")


def test_facts_are_used_when_given():
    """A changed figure in the given facts is what G001 judges by: the facts are not derived again."""
    spec = validate(synthetic_bureau(3), "S3")
    doc, facts = render_document(spec, position=3)
    md = to_markdown(doc)
    assert not [f for f in self_check(md, spec, "t.md", facts=facts) if f.code == "G001"]
    wrong = dict(facts, expenditure=facts["expenditure"] + Decimal("1000"))
    flagged = [f for f in self_check(md, spec, "t.md", facts=wrong) if f.code == "G001"]
    assert flagged and all("本年支出" in f.message for f in flagged)
