"""W018: misspelt standard names of bodies (glossary/body_names.yaml, gen.check.body_names)."""

from __future__ import annotations

import pytest

from gen.check import body_names as bn
from gen.check.context import CheckContext
from gen.check.rules import w018_body_name_typo as w018
from gen.core.errors import UserError


def got(text):
    return [(text[f.start:f.end], f.suggestion) for f in w018.check(CheckContext(text))]


@pytest.mark.parametrize("text, written, meant", [
    ("拨付人力资源社会资源保障补助资金。", "人力资源社会资源保障", "人力资源社会保障"),  # two characters added
    ("由市级文艺术家协会组织采风。", "文艺术家协会", "文艺家协会"),  # one added
    ("县市场监管督理局开展抽检。", "市场监管督理", "市场监督管理"),  # two swapped
    ("区住房和城建设局负责实施。", "住房和城建设", "住房和城乡建设"),  # one lost
    ("县科学技木协会开展科普。", "科学技木协会", "科学技术协会"),  # one wrong (朮, 术's Traditional form, is L002's)
    ("向区人民代表大会及其常务委贝会报告。", "常务委贝会", "常务委员会"),  # W001 lists 常务委会 itself
])
def test_flags_a_name_with_a_slip_and_suggests_the_standard_form(text, written, meant):
    assert got(text) == [(written, meant)]


@pytest.mark.parametrize("text", [
    "区住房城乡建设局、区住建局、区住房和城乡建设局。",  # 和 may be left out; short forms
    "市文化与旅游局、县文化广电旅游局、县文化和广电旅游体育局。",  # conjunction swapped; local forms
    "区生态环境分局是市生态环境局的派出机构。",  # a 局's 分局
    "县退役军人服务中心、村务监督委员会、县纪律检查工作委员会。",  # other real names
    "县市市场监督管理局局机关。",  # doubled characters at the edge: W002's finding
    "人力资源保障工作有力。",  # two characters short reads as a phrase of its own
    "卫生健康 委员会\n科学技术\t协会\n",  # split by a web space; table cells
    "召开全市卫生健康工作会议。",  # two characters replaced: another phrase
    "县安全生产专业委员会、县人民政府外事办公室、县疾病预防控制分中心。",  # a qualifier or a branch
    "县医疗保险局、中华全国供销合作总社、县妇女联谊会。",  # another body (others:)
])
def test_accepted_forms_other_names_and_layout_pass(text):
    assert got(text) == []


def test_two_characters_put_in_are_a_slip_only_when_they_repeat_the_name():
    assert bn._qualified("安全生产专业委员会", "安全生产委员会")  # 专业: a qualifier, another committee
    assert not bn._qualified("人力资源社会资源保障", "人力资源社会保障")  # 资源 again: the eye slipped back
    assert not bn._qualified("文艺术家协会", "文艺家协会")  # one character: not a word put in


def test_a_slip_w001_lists_is_left_to_w001():
    # 纪律检察 is in glossary/typos.yaml: W001 reports it with its reason, W018 stays silent.
    assert got("是党的纪律检察机关。") == []
    assert bn.find("是党的纪律检察机关。")[0].meant == "纪律检查机关"


def test_allowance_scales_with_the_length_of_the_name():
    assert bn.allowance("妇女联合会") == 1 and bn.allowance("卫生健康委员会") == 2
    assert bn.distance("市场监管督理", "市场监督管理") == (1, 0)  # a swap is one edit
    assert bn.distance("卫生健康工作会", "卫生健康委员会") == (2, 2)
    assert got("县妇女联谊协会") == []  # a five-character name allows one edit only


def test_every_accepted_form_passes_in_running_text():
    data = bn.names()
    for form in sorted(data.accepted):
        assert bn.find(f"全县{form}开展工作。") == [], form


def test_a_broken_name_file_names_the_file(tmp_path, monkeypatch):
    (tmp_path / "body_names.yaml").write_text(
        "names: [{name: 市场监督管理}]\nflag: [县市场监督管理局。]\nkeep: [好。]\n", encoding="utf-8")
    monkeypatch.setattr(bn, "data_dir", lambda name: tmp_path)
    bn.names.cache_clear()
    try:
        with pytest.raises(UserError, match="body_names.yaml"):
            bn.names()
    finally:
        bn.names.cache_clear()


def _pairs_only(data: bn.Names) -> bn.Names:
    """``data`` with the anchors as they were before the closing-character test: every first or last pair."""
    import dataclasses
    import re

    pairs = sorted(set(data.by_first) | set(data.by_last))
    anchors = re.compile("(?=%s)" % "|".join(re.escape(p) for p in pairs))
    return dataclasses.replace(data, anchors=anchors)


def _slipped_texts(data: bn.Names, seed: int) -> str:
    """Running text full of the list's names, each with a character lost, doubled, swapped or replaced, or whole."""
    import random

    rnd = random.Random(seed)
    parts = []
    for _ in range(300):
        name = list(rnd.choice(data.targets))
        i = rnd.randrange(len(name))
        edit = rnd.randrange(5)
        if edit == 0:
            del name[i]
        elif edit == 1:
            name.insert(i, name[i])
        elif edit == 2 and i + 1 < len(name):
            name[i], name[i + 1] = name[i + 1], name[i]
        elif edit == 3:
            name[i] = rnd.choice("的局会和与委中心部门工作")
        parts.append(rnd.choice(["", "区", "开展", "\n", "第四部分 ", "。"]) + "".join(name) + rnd.choice(["", "。", "\n", "表"]))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(6))
def test_anchors_with_the_closing_character_find_what_every_pair_finds(seed):
    """The anchors test, in the regex engine, the character that closes a span: a speed-up that finds the same."""
    from gen.check import titles

    for data in (bn.names(), titles.titles()):
        text = _slipped_texts(data, seed)
        assert bn.find(text, data) == bn.find(text, _pairs_only(data))


@pytest.mark.parametrize("seed", range(2))
def test_a_long_text_is_tried_only_where_a_pair_stands_with_the_same_places_and_misses(seed):
    """In a long text the anchors are tried only where a name's first or last pair stands
    (gen.core.text_heads): the same places as finditer, so the same misses."""
    import random

    from gen.core import text_heads
    from gen.core.text_pairs import MIN_CHARS

    data = bn.names()
    rnd = random.Random(seed)
    names = sorted(data.targets)
    pieces = ["局", "中心", "的", "，", "\n", "部门", "预算", "𠀀", " "]
    text = ""
    while len(text) < MIN_CHARS + 1000:
        for _ in range(500):
            name = rnd.choice(names)
            if rnd.random() < 0.3:  # a slip: one character changed or lost
                k = rnd.randrange(len(name))
                name = name[:k] + rnd.choice(["", "国", "务"]) + name[k + 1:]
            text += name if rnd.random() < 0.5 else rnd.choice(pieces)
    heads = (*data.by_first, *data.by_last)
    places = text_heads.zero_width_at(data.anchors, text, heads)
    assert places == [m.start() for m in data.anchors.finditer(text)] and len(places) > 100
    short = text[:MIN_CHARS // 2]
    assert text_heads.zero_width_at(data.anchors, short, heads) == [m.start() for m in data.anchors.finditer(short)]
