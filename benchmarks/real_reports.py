"""Recall and false alarms of the checker on real reports annotated by hand.

Usage:
    python benchmarks/real_reports.py FOLDER [--prefix L-] [--select W003,...] [--show]

FOLDER holds the report texts (NNN.txt), ``index.tsv`` (file, title, address,
sector) and ``key.json``, the hand annotation::

    {"L-007.txt": {"defects": [{"text": "加快全面建成小康社会进程", "family": "D", "what": "…"}],
                   "correct": ["政治协商、民主监督、参政议政。"],
                   "year": 2022}}                       # optional: as jixiao check --year

A defect is found when a finding of its family (any severity) touches the
line that holds the defect's text (``--scope sentence``: the sentence, the
stricter measure on pages exported from PDF, which often hold a whole report
on one line). Two pairs of families name one class of
defect from two sides, and annotators file the same defect under either:
a renamed body or term is "dated wording" (D) to one reader and an obsolete
term (T001) to the checker, and a figure that does not add up in a table is
"numbers" (N) to one and "tables" or "forms" (B, F) to the other. So a D
defect is found by a D or T finding, and N, B and F findings count for each
other (``SAME_CLASS``); a misnamed body, document or 决算 table is a term (T)
to an annotator and a misspelling to the checker, so the rules on standard
names (``NAME_RULES``: W006, W017, W018, W020, W024, W027, W031, W053) find T and D defects too; a coined term written
without the quotes of its standard form (三公经费 for “三公”经费) is punctuation (P) to one annotator
and a non-standard term (T) to another, so P008 finds T defects too (``QUOTE_RULES``); a body heading
written otherwise than its contents entry (一、本职能及主要工作 under 目录 一、基本职能及主要工作) is
structure (S) to one annotator and a lost character (W) to another, so S017, which reads the pair,
finds W defects too (and counts for the contents entry it quotes as well as for the body heading it
stands at: a reader may mark either side, ``PAIR_RULES``); and a template's placeholder left unfilled (XXX, ××) is wording (W) in the
annotation brief and a placeholder (S010) to the checker, as a paragraph of a 一是、二是 run that lost its numeral
is a lost character (W) to one and S031's to the checker (``WORDING_FROM_S``); the mark after a number
(2、 among 1. and 3.; 1项目资金 with none) is punctuation (P) to one annotator and numbering (S002, S013) to the checker
(``MARK_RULES``); a title, 第X部分 heading or scope statement naming another year than the report's is structure (S)
to one annotator and a figure, a stale year or an own-year phrase (N026, W030, N029) to the checker (``STALE_YEAR_RULES``); a non-standard word, a self-reference that does not fit the body, a part that lost its
number, an amount without its unit, a count that lost its figure before its unit (信息条; S to another annotator), a spinning tool's synonym (顺当 for 顺利), a mirror's letter for 党 (D的教育方针)
a Traditional mirror's wrong form (方麵) and a deputy's 建议 called 提案 in its reply (您在提案中指出) are wording (W) to one
annotator and T001, T002, S006, S011, N016, N067, L008, L014, L020, T017 to the checker (and a formulation that lost its leader's name, W to one
annotator, is D001's), counted only where the finding overlaps the defect's own text (``WORDING_EXACT``), as a budget
subject's name short of a character (社会保障就业支出) is a term (T) to one and W005's word short of a character to the
checker (``TERM_EXACT``, with W038's 省 written for 自治区, W002's doubled character in a body's own name and W001's
miscited law or regulation title), as a bare 三公经费 in a template's title is punctuation (P)
to one and T001 to the checker (``PUNCT_EXACT``), a template's blank (第  号, 第次会议) structure (S) to one and
W019 or W001 to the checker (``STRUCTURE_EXACT``), and a date whose 年月 were lost (2021115日) or an amount short of its 元 (24.56万) numbers (N) to one and
W004 or W026 to the checker (``NUMBER_EXACT``), a blank inside a word of the prose (职能配 置) or a name masked by stars
(****概况) a converter's noise (L) to one and W034's stray space or S010's mask to the checker, as a date a converter
lost its marks in (2023920日) is to W004 (``LANGUAGE_EXACT``), and a 发文字号 written wrongly a lost character (W) to one, conversion
damage (L) to another (宁党办〔201654号) and P002 or P011 to the checker, its lost 号 punctuation (P) to one and W022 to the checker (``DOCNUMBER_RULES``); every other family must
match exactly. A correct statement is a false alarm when
an error- or warning-severity finding of any rule overlaps it; the false
alarm is counted against the finding's family. The texts are not part of the
repository: the project only ships text written for it, and this script
reads nothing but the folder it is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


SAME_CLASS = {"D": "DT", "T": "TD", "N": "NBF", "B": "BNF", "F": "FNB"}
# The checker's rules on the standard names of bodies, documents and the 决算 tables: a misnamed one is
# a term (T) to an annotator and a misspelling (W) to the checker.
NAME_RULES = ("W006", "W017", "W018", "W020", "W024", "W027", "W031", "W053")
# The rule on a coined term quoted in one place and bare in another: the term's standard form to an annotator.
QUOTE_RULES = ("P008",)
# The rules on a body heading written otherwise than its contents entry, on a placeholder left in the
# text and on a paragraph, sentence or title pasted twice (S004): a slip of wording (W) to an annotator (every
# paste annotated in r49–r52 but one is W: KG-013, KP-018, KT-025, LM-018, LU-008, LR-024).
WORDING_FROM_S = ("S004", "S010", "S017", "S031")
# The rules on a report's own year written otherwise in its title, a 第X部分 heading or its scope statement
# (2020年度部门决算 over 2019年度 tables, 纳入本部门2020年度决算编制 in the 2021 决算): structure (S) to an
# annotator told that a title naming another year than the body is S, a figure (N026), a stale year (W030)
# or an own-year phrase carried over from an earlier note (N029: 纳入本部门2020年度决算编制 in the 2021 决算,
# the example above, which N029 reads) to the checker.
# A disclosure report's year's work counted under another year (2025年累计发布 in the 2024 report) is the same slip
# to an annotator, W047's to the checker.
STALE_YEAR_RULES = ("N026", "W030", "N029", "W047")
# The rules that read a pair of places (a body heading and its contents entry) and report at one of them,
# quoting the other: the annotator may have marked either side of the mismatch.
PAIR_RULES = ("S017", "S029")  # S029: the title reported, the first part's heading quoted
# The rules on the mark after a list or heading number (2、 among 1. and 3.; 一. for 一、): a wrong mark
# to an annotator who files it under punctuation (P), a numbering slip to one who files it under S.
MARK_RULES = ("S002", "S013")
# Rules whose finding is a slip of wording (W) to an annotator though the checker files it elsewhere: a
# non-standard word (其它, T001), a self-reference that does not fit the body (本乡 in a 镇's report, S006,
# T002), a 第X部分 that lost its number (S011), an amount without its unit (N016). Counted for a W defect only
# where the finding overlaps the defect's own text, not merely its line (``_found``).
# A 发文字号 written wrongly (〔2012267号 with its 〕 lost, (某财社202281) with its brackets and 号 lost) is a
# lost character (W) to one annotator and punctuation (P) to another (the keys file it under both): P002's and
# P011's findings count for a W defect, W022's (号 lost) for a P defect, each where it overlaps the defect's text.
DOCNUMBER_RULES = ("P002", "P011")
# A political formulation that lost its leader's name (以新时代中国特色社会主义思想为指导) is a lost word (W) to one
# annotator and dated wording to D001: counted for a W defect on the same exact-overlap terms.
# A political word a mirror masked by a letter (全面贯彻D的教育方针, D for 党) is a wrong character (W) to one
# annotator and a copier's mask (L) to L014, and a Traditional mirror's wrong one-to-many form (方麵, 體係, 髮揮)
# a wrong character (W) to one annotator and a converter's artefact (L) to L020 and to another: on the same
# exact-overlap terms.
# A count whose figure was lost before its unit (部门概况类信息条、, 共开展执法检查次) is a lost character (W) to one
# annotator, a blank left unfilled (S) to another and N067's count without its figure to the checker: counted
# for a W or an S defect on the same exact-overlap terms.
LOST_FIGURE_RULES = ("N067",)
# A document's short title of another genre than its full title (《……工作要点》（以下简称《规定》）) is a wording
# slip to one annotator and T015's mismatch to the checker: on the same exact-overlap terms.
# An exact figure made approximate with 余 (确数“68”后加“余”: 政务动态68余条) is a wording slip (W) to one annotator
# (LV-001, LX-024, LZ-003) and a number (N) to another (KX-027, MP-007, MR-017), N089's to the checker.
WORDING_EXACT = ("T001", "T002", "S006", "S011", "N016", "L008", "D001", "L014", "L020", "T015", "T017",
                 "N089") + DOCNUMBER_RULES + LOST_FIGURE_RULES
# A budget subject's name that lost a character (社会保障就业支出) is a term (T) to an annotator and a
# common word short of a character to W005; a body's own name with a character doubled (长寿区区审计局) is a term
# (T) to an annotator and a doubled character to W002, and a law's or a regulation's title cited wrongly
# (《中国红十字会法》, 《经济普查条例》) a term (T) to an annotator and a listed misspelling to W001: counted for a
# T defect on the same exact-overlap terms. The disclosure report's own name or its 申请 written 政务信息公开 (W048)
# and a document cited by its kind alone, never named in full (《办法》, S040), are terms (T) to annotators as well.
TERM_EXACT = ("W001", "W002", "W005", "W038", "W048", "S040")
# A coined term written bare in a 决算 template's title (财政拨款三公经费支出决算情况说明) is punctuation (P) to an
# annotator and a term short of its standard quotes to T001; a template's blank left in the text (审字【2021】第  号)
# is structure (S) to an annotator and a template leftover to W019, and a session's number left blank (第次会议)
# a missing character to W001: all on the same exact-overlap terms. A content system's template tag left on the
# page ([!--temp.ykpl--]) is a template's leftover (S) to an annotator and web markup to L007: on the same terms.
# A blank after a heading's mark (一、 部门职责, （三） 部门评价…) among headings glued to theirs is punctuation (P) to
# one annotator, a converter's noise (L) to another and S028's layout slip to the checker: on the same exact-overlap
# terms (the finding is the blank itself).
HEADING_BLANK_RULES = ("S028",)
PUNCT_EXACT = ("T001", "W022") + HEADING_BLANK_RULES
STRUCTURE_EXACT = ("W001", "W019", "L007") + LOST_FIGURE_RULES
# A date whose 年 and 月 were lost (报告日期:2022624, 2021115日) is a number that cannot be read (N) to an
# annotator and W004's date reading (gen.check.lost_dates) to the checker; an amount whose 元 was dropped
# (支出为24.56万，) is a unit left incomplete (N) to one annotator and wording to W026 (the other side of N016 in
# WORDING_EXACT): both on the same exact-overlap terms. A figure's sign or unit written loosely (下降-48.3% with
# a minus after 下降, 0.3平米 for 平方米) is a number (N) to an annotator (MP-024, MP-020, MS-029) and a fixed
# misspelling to W001 (glossary/typos.yaml): on the same exact-overlap terms.
NUMBER_EXACT = ("W004", "W026", "W001")
# A blank left inside a word of the prose (职能配 置) is a converter's noise (L) to an annotator and a stray space to
# W034, which reads any word across it (L012 only a budget term's); a name masked by stars on a copied page
# (第一部分:****概况) is garbled text (L) to one annotator, a placeholder left (W) to another and S010's mask to the
# checker: on the same exact-overlap terms. A date whose marks a converter lost (——2023920日上海市, 110月份 for 1—10月份)
# is conversion damage (L) to one annotator and W004's date reading (gen.check.lost_dates) to the checker, as it is
# a number (N) to another (NUMBER_EXACT).
# A 发文字号 whose 〕 a converter lost (宁党办〔201654号, 永法〔20208) is conversion damage (L) to one annotator and
# P002's (or P011's) to the checker: on the same exact-overlap terms.
# A “ that a converter closed with 〞 (深耕“媒体+政务〞) is conversion damage (L) to one annotator, an unpaired quote (P)
# to others and P004's to the checker: on the same exact-overlap terms.
# A count whose measure word a converter dropped with the mark after it (全体会议信息14县人大代表……, 办理结果252其他类信息
# 2108调整……) is conversion damage (L) to one annotator, a number left without its unit (N) to others (LQ-002, LV-023,
# ML-013) and W049's lost measure word to the checker: on the same exact-overlap terms.
LANGUAGE_EXACT = ("W034", "S010", "W004", "P004", "W049") + DOCNUMBER_RULES + HEADING_BLANK_RULES
EXACT_RULES = {"W": WORDING_EXACT, "T": TERM_EXACT, "P": PUNCT_EXACT, "S": STRUCTURE_EXACT, "N": NUMBER_EXACT,
               "L": LANGUAGE_EXACT}


def _same_class(code: str, family: str) -> bool:
    """Whether a finding of rule ``code`` finds a defect the key files under ``family``."""
    return (code[0] in SAME_CLASS.get(family, family) or (family in "TD" and code in NAME_RULES)
            or (family == "T" and code in QUOTE_RULES) or (family == "W" and code in WORDING_FROM_S)
            or (family == "P" and code in MARK_RULES) or (family == "S" and code in STALE_YEAR_RULES))


_ENDS = {"line": "\n", "sentence": "\n。！？!?"}


def _scope_span(text: str, start: int, end: int, scope: str = "line") -> tuple[int, int]:
    """The line (or, with ``scope="sentence"``, the sentence) that holds text[start:end]: where a finding
    must touch for the defect to count as found. Pages exported from PDF often hold a whole report on one
    line, where "touches the line" means "anywhere in the file": the sentence is the stricter measure."""
    stops = _ENDS[scope]
    lo = max(text.rfind(c, 0, start) for c in stops) + 1
    ahead = [i for i in (text.find(c, end) for c in stops) if i >= 0]
    return lo, (min(ahead) + 1 if ahead else len(text))


DEFECT_PLACES = 8  # where a defect's text stands more than once, the places tried


def _occurrences(text: str, span: str) -> list[int]:
    """Where ``span`` stands in ``text`` (at most DEFECT_PLACES places). A key's defect text names no occurrence: a
    paragraph pasted twice is reported at its second copy, the reader's span matches the first as well."""
    from gen.core.text_pairs import first_positions

    return first_positions(text, span, DEFECT_PLACES)


def _found_at(findings, text: str, at: int, size: int, fam: str, scope: str) -> bool:
    """Whether a finding finds the defect of family ``fam`` whose text stands at ``at``: one of the family's
    rules on its line (or sentence), a pair rule quoting that line, or an exact rule on the span itself."""
    lo, hi = _scope_span(text, at, at + size, scope)
    quoted = f"“{text[lo:hi].strip()}”"
    return any(_same_class(f.code, fam) and (f.start < hi and f.end > lo or f.code in PAIR_RULES and quoted in f.message)
               or f.code in EXACT_RULES.get(fam, ()) and f.start < at + size and f.end > at
               for f in findings)


def score(folder: Path, prefix: str = "", show: bool = False, select: tuple[str, ...] = (), scope: str = "line",
          skip: tuple[str, ...] = ()) -> dict:
    from gen.check.config import Config
    from gen.check.read import read_path
    from gen.check.registry import FAMILIES, select_rules
    from gen.check.runner import run

    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    # The default rules, plus any opt-in rule named (W003).
    rules = select_rules()
    rules += [r for r in select_rules(select) if r not in rules] if select else []
    defects: Counter = Counter()
    found: Counter = Counter()
    correct_total = 0
    alarmed = 0
    alarms_by_family: Counter = Counter()
    notes: list[str] = []
    files = 0
    for name in sorted(key):
        if not name.startswith(tuple(prefix.split(","))) or name in skip or not (folder / name).is_file():
            continue
        files += 1
        entry = key[name]
        source = read_path(folder / name)
        config = replace(Config(), year=entry.get("year"))
        findings = run(source, rules, None, config).findings
        text = source.decoded
        for d in entry.get("defects", []):
            places = _occurrences(text, d["text"])
            if not places:
                raise SystemExit(f"{name}: defect text not in file: {d['text']}")
            fam = d["family"]
            defects[fam] += 1
            if any(_found_at(findings, text, at, len(d["text"]), fam, scope) for at in places):
                found[fam] += 1
            else:
                notes.append(f"MISS  {name} [{fam}] {d['text']} — {d.get('what', '')}")
        for c in entry.get("correct", []):
            at = text.find(c)
            if at < 0:
                raise SystemExit(f"{name}: correct text not in file: {c}")
            correct_total += 1
            hits = [f for f in findings if f.severity in ("error", "warning") and f.start < at + len(c) and f.end > at]
            if hits:
                alarmed += 1
                for fam in sorted({f.code[0] for f in hits}):
                    alarms_by_family[fam] += 1
                notes.append(f"FALSE {name} {hits[0].code} {c[:30]} — {hits[0].message[:60]}")
    families = sorted(set(defects) | set(alarms_by_family), key=lambda f: list(FAMILIES).index(f) if f in FAMILIES else 99)
    return {"files": files, "defects": defects, "found": found, "correct": correct_total, "alarmed": alarmed,
            "alarms": alarms_by_family, "families": families, "notes": notes if show else []}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with NNN.txt, index.tsv and key.json")
    parser.add_argument("--prefix", default="", help="only files whose name starts with this; several separated by commas (e.g. L-,R-01)")
    parser.add_argument("--show", action="store_true", help="list every missed defect and every false alarm")
    parser.add_argument("--select", default="", help="opt-in rules to add to the default ones, e.g. W003")
    parser.add_argument("--scope", choices=sorted(_ENDS), default="line",
                        help="where a finding must touch for a defect to count as found: its line, or its sentence")
    parser.add_argument("--skip", default="", help="files to leave out, separated by commas (a report another set holds too)")
    args = parser.parse_args()
    r = score(args.folder, args.prefix, args.show, tuple(c for c in args.select.split(",") if c), args.scope,
              tuple(c for c in args.skip.split(",") if c))
    print(f"{r['files']} files, {sum(r['defects'].values())} annotated defects, {r['correct']} correct statements")
    print(f"{'family':<8}{'defects':>8}{'found':>7}{'recall':>8}{'false alarms':>14}{'rate':>8}")
    for fam in r["families"]:
        n, k, a = r["defects"][fam], r["found"][fam], r["alarms"][fam]
        recall = f"{k / n:.0%}" if n else "—"
        rate = f"{a / r['correct']:.1%}" if r["correct"] else "—"
        print(f"{fam:<8}{n:>8}{k:>7}{recall:>8}{a:>14}{rate:>8}")
    total_n, total_k = sum(r["defects"].values()), sum(r["found"].values())
    recall = f"{total_k / total_n:.0%}" if total_n else "—"
    rate = f"{r['alarmed'] / r['correct']:.1%}" if r["correct"] else "—"
    print(f"{'all':<8}{total_n:>8}{total_k:>7}{recall:>8}{r['alarmed']:>14}{rate:>8}")
    for line in r["notes"]:
        print(line)


if __name__ == "__main__":
    main()
