"""A corpus variant is parsed and code-generated once, giving both its template and the facts it reads.

gen.generate.corpus.compile_variant replaces ``env.from_string(v)`` plus
``meta.find_undeclared_variables(env.parse(v))`` (two parses, two code
generations per variant). These tests hold it to both on real corpus variants
and on Jinja constructs that declare names locally (set, for, macro) or fail.
"""

from __future__ import annotations

import pytest
from jinja2 import meta
from jinja2.exceptions import TemplateError

from gen.generate.corpus import compile_variant, default_corpus
from gen.generate.jinja_env import make_env


def _sample() -> list[str]:
    """Every 7th variant of the bundled corpus (about 150 of them, every group's first)."""
    corpus = default_corpus()
    out = []
    for g in corpus.groups:
        out += [v for i, v in enumerate(g.variants) if i == 0 or i % 7 == 0]
    return out


TRICKY = [
    "{{ income|wan }}万元，{{ missing('x') }}{{ range(3)|list|length }}",
    "{% set rate = a / b %}{{ rate|pct }}，{{ rate }}",
    "{% for t in tasks %}{{ t.name }}{{ loop.index }}{{ sep }}{% endfor %}{{ t }}",
    "{% macro m(x) %}{{ x }}{{ y }}{% endmacro %}{{ m(z) }}",
    "{% if praise_ok %}{{ bureau_name }}{% else %}{{ self_ref ~ '单位' }}{% endif %}",
    "纯文字，没有变量。",
]


@pytest.mark.parametrize("source", _sample() + TRICKY)
def test_same_code_and_same_names(source):
    env = make_env()
    template, names = compile_variant(env, source)
    assert names == frozenset(meta.find_undeclared_variables(env.parse(source)))
    # the same Python code as env.from_string would compile
    assert template.root_render_func.__code__.co_code == env.from_string(source).root_render_func.__code__.co_code
    assert env.compile(source, raw=True) == _generated(env, source)


def _generated(env, source: str) -> str:
    from gen.generate.corpus import _tracking

    tracker = _tracking(env.code_generator_class)(env, None, None, None, False, env.optimized)
    tracker.visit(env.parse(source))
    return tracker.stream.getvalue()


@pytest.mark.parametrize("bad", ["{{ income|no_such_filter }}", "{% if x %}未闭合", "{{ a + }}"])
def test_errors_as_from_string_raises_them(bad):
    env = make_env()
    with pytest.raises(TemplateError) as ours:
        compile_variant(env, bad)
    with pytest.raises(TemplateError) as theirs:
        env.from_string(bad)
    assert type(ours.value) is type(theirs.value) and str(ours.value) == str(theirs.value)


def test_renders_what_from_string_renders():
    env = make_env()
    source = "{{ bureau_name }}本年收入{{ income|wan }}万元{% if extra %}，{{ extra }}{% endif %}。"
    facts = {"bureau_name": "示例局", "income": 1234.5, "extra": "另有说明"}
    assert compile_variant(env, source)[0].render(facts) == env.from_string(source).render(facts)


def test_join_cn_parts_titles_by_their_marks_alone():
    # GB/T 15834—2011 4.5.3.5: items each whole in title marks take no 、 (the checker's P019); a note after one keeps it
    from gen.generate.jinja_env import FILTERS
    join = FILTERS["join_cn"]
    assert join(["《预算法》", "《会计法》", "某县办法"]) == "《预算法》《会计法》、某县办法"
    assert join(["《某办法》（某财预〔2017〕164号）", "《预算法》"]) == "《某办法》（某财预〔2017〕164号）、《预算法》"
    assert join(["甲", "乙"], "和") == "甲和乙"
