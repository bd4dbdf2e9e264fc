"""The fast YAML loader gives the project's data files exactly what the pure-Python safe loader gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gen.core.datafile import FAST_SAFE_LOADER, load_yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for folder in ("glossary", "corpus", "templates") for p in (ROOT / folder).rglob("*.yaml"))


def test_bundled_files_found():
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_same_values_as_safe_load(path):
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_fast_loader_is_safe():
    assert issubclass(FAST_SAFE_LOADER, yaml.SafeLoader) or FAST_SAFE_LOADER.__name__ == "CSafeLoader"
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_bundled_files_proved_quickly(path):
    """The preflight's libyaml proof accepts every bundled file (else each start pays the slow parser)."""
    from gen.core.parse import parses_cleanly

    assert parses_cleanly(path.read_text(encoding="utf-8"))


BROKEN = {
    "duplicate key": "a: 1\na: 2\n",
    "impossible date": "d: 2023-02-30\n",
    "long integer": "n: " + "9" * 400 + "\n",
    "deep nesting": "x: " + "[" * 60 + "]" * 60 + "\n",
    "syntax": "entries:\n  - [\n",
    "non-text key": "? [a, b]\n: 1\n",
    "alias bomb": "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(6)),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_quick_proof_never_accepts_what_parse_text_refuses(name):
    from gen.core.errors import UserError
    from gen.core.parse import parse_text, parses_cleanly

    with pytest.raises(UserError):
        parse_text(BROKEN[name], "x.yaml")
    assert not parses_cleanly(BROKEN[name])


@pytest.mark.parametrize("module, loader, file", [
    ("titles", "titles", "titles.yaml"), ("sums", "identities", "sums.yaml"), ("table_roles", "roles", "tables.yaml"),
    ("labels", "label_words", "labels.yaml"), ("cut_words", "cut_words", "cut_words.yaml"),
    ("domain_words", "domain_words", "domain_words.yaml"), ("text_variants", "policy", "text_variants.yaml"),
    ("split_terms", "split_pattern", "split_terms.yaml"),
    ("rules.t010_economic_code_name", "table", "economic_codes.yaml"),
    ("disclosure_report", "fmt", "disclosure_report.yaml"), ("founding_years", "founded", "founding_years.yaml"),
    ("disclosure_phrases", "phrases", "disclosure_phrases.yaml"),
])
def test_a_rule_list_broken_stops_a_check_before_it_starts(monkeypatch, module, loader, file):
    """The rules' own lists (titles.yaml, sums.yaml …) are proved by the preflight: exit 2 naming the file, not a
    skipped rule; a batch with --no-check, which reads none of them, does not load them. A list's loader fails
    the way a broken file makes it (an example that does not hold)."""
    import importlib

    from gen.check import preflight
    from gen.core.errors import UserError

    def broken():
        raise ValueError(f"glossary/{file}：示例不成立")

    monkeypatch.setattr(importlib.import_module(f"gen.check.{module}"), loader, broken)
    with pytest.raises(UserError) as exc:
        preflight.check_project_data(folders=("glossary",), grounding=False)
    assert file in str(exc.value.messages)
    preflight.check_project_data(folders=("glossary",), grounding=False, rule_data=False)


def test_proved_value_handed_over_once():
    """Inside the preflight's block a file's value, built by its proof, is its loader's, once; equal to a parse."""
    from gen.core import datafile
    from gen.core.parse import parses_cleanly

    text = FILES[0].read_text(encoding="utf-8")
    expected = yaml.safe_load(text)
    assert parses_cleanly(text) and not datafile._BUILT  # outside the block nothing is kept
    with datafile.handing_over():
        assert parses_cleanly(text)
        first = load_yaml(text)
        assert first == expected and text not in datafile._BUILT
        second = load_yaml(text)
        assert second == expected and second is not first  # the second reader parses its own
        assert parses_cleanly(text)
    assert not datafile._BUILT  # dropped when the block ends


TREES = {
    **BROKEN,
    "plain": "a: 1\nb: [x, {c: 2}]\n",
    "shared scalar": "a: &s 1\nb: *s\n",
    "shared list": "a: &l [1, 2]\nb: *l\nc: *l\n",
    "merge key": "base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n",
    "at depth 49": "x: " + "[" * 48 + "]" * 48 + "\n",
    "at depth 50": "x: " + "[" * 49 + "]" * 49 + "\n",
    "long key int": "? " + "1" * 301 + "\n: 1\n",
    "int key": "1: a\n",
    "empty": "",
}


@pytest.mark.parametrize("name", sorted(TREES))
def test_one_walk_proof_agrees_with_the_three_walks(name):
    """The tree walk (one visit per node) gives the verdict of the expanded size, key and depth proofs, or
    hands an aliased graph back to them."""
    from gen.core import parse

    loader = yaml.CSafeLoader(TREES[name]) if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader(TREES[name])
    try:
        root = loader.get_single_node()
    except yaml.YAMLError:
        return  # refused while composing, before any walk
    finally:
        loader.dispose()
    if root is None:
        return
    try:
        parse._check_expanded_size(root)
        parse._check_keys(root)
        three = parse._shallow_and_short(root)
    except yaml.YAMLError:
        three = False
    one = parse._tree_proof(root)
    if any(word in name for word in ("shared", "merge", "bomb")):
        assert one is None  # a node reached twice: the three walks decide
    else:
        assert one == three, (one, three)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_bundled_files_are_trees_proved_in_one_walk(path):
    """Every bundled file's graph is a tree, so the preflight proves it in one walk."""
    from gen.core import parse

    loader = yaml.CSafeLoader(path.read_text(encoding="utf-8"))
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    assert root is None or parse._tree_proof(root) is True
