"""Checker speed, measured side by side with its floor, in one run.

Prints:
  - characters per second of the full checker (all rules) on a long report;
  - the physical limit on the same text: one pass of the number layer's
    readers (Arabic and Chinese-numeral quantities), which every N rule needs,
    so no checker that checks figures can be faster; the checker's share of it;
  - jieba.lcut on the same text, as a reference point (not a limit: no rule
    segments the whole text; W002 segments only short windows around doubled
    characters), with the ratio the README's target is stated in;
  - cold start of `jixiao check` on one report against bare construction of the
    spaCy + jieba pipeline in a fresh interpreter, with the ratio.

The long report is made from reports jixiao generates for synthetic bureaus
(gen.batch.synthetic), joined to the requested size, so that it does not repeat
itself: the checker remembers per process what it found in a paragraph or a run
of characters (reports share much wording), and a text made of one report
repeated, or timed again after a warm-up on itself, would measure those caches,
not the checker. Each timed run gets a text of bureaus not seen before; the
warm-up uses others. Nothing outside the repository is read.
Targets (2-core machine): check >= 0.6x jieba's speed; cold check <= 1.25x bare
pipeline construction.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def long_report(chars: int, first: int = 0) -> str:
    """Generated reports of synthetic bureaus ``first``, ``first + 1`` … joined, cut to ``chars``."""
    from gen.batch.synthetic import synthetic_bureau
    from gen.core.load import validate
    from gen.generate.render import render_document
    from gen.generate.write.markdown import to_markdown

    parts: list[str] = []
    size, i = 0, first
    while size < chars:
        doc, _ = render_document(validate(synthetic_bureau(i), "bench"), position=i)
        parts.append(to_markdown(doc))
        size += len(parts[-1]) + 1
        i += 1
    return "\n".join(parts)[:chars]


def timed(fn) -> tuple[float, float]:
    """Wall time and this process's CPU time of one call of ``fn``."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def best_of(fn, repeat: int) -> tuple[float, float]:
    """The least wall time and the least CPU time over ``repeat`` calls."""
    runs = [timed(fn) for _ in range(repeat)]
    return min(w for w, _ in runs), min(c for _, c in runs)


def warm_speed(texts: list[str], repeat: int) -> tuple[tuple[float, float], ...]:
    """Characters per second by wall and by CPU time: checker (each of ``texts[1:]`` once, best), number layer
    and jieba (best of ``repeat``).

    ``texts[0]`` warms everything up (glossary, gazetteer, regexes, jieba); each
    timed check reads a text of its own, so nothing it remembers from an earlier
    text can be the very same report.
    """
    import jieba

    from gen.check.analyse import get_segmenter
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import check_source
    from gen.core.quantities import extract_chinese_quantities, extract_quantities

    get_segmenter()
    rules = select_rules()
    check_source(source_from_text(texts[0], "warm.md", kind="md"), rules)  # warm caches (glossary, gazetteer, regexes)
    runs = [timed(lambda: check_source(source_from_text(text, "bench.md", kind="md"), rules)) for text in texts[1:]]
    check = min(w for w, _ in runs), min(c for _, c in runs)
    text = texts[1]
    jieba_t = best_of(lambda: jieba.lcut(text), repeat)
    floor = best_of(lambda: (list(extract_quantities(text)), list(extract_chinese_quantities(text))), repeat)
    size = len(text)
    return tuple((size / w, size / c) for w, c in (check, floor, jieba_t))


BARE = (
    "import jieba, logging, spacy; jieba.setLogLevel(logging.WARNING); jieba.initialize();"
    "nlp = spacy.blank('zh', config={'nlp': {'tokenizer': {'segmenter': 'jieba'}}});"
    "nlp.add_pipe('sentencizer'); nlp('预热')"
)


def cold(cmds: list[list[str]], repeat: int) -> list[tuple[float, float]]:
    """For each command, median wall time and median CPU time (user + system of the child) of ``repeat`` fresh runs.

    The commands take turns (check, bare, check, bare…), so a change in the machine's load while they run
    falls on both alike instead of on whichever ran last.
    """
    # Both programs as installed: pip writes the bytecode of what it installs (spaCy, jieba), so the
    # project's own modules get theirs too (one untimed run each, with PYTHONDONTWRITEBYTECODE lifted);
    # else an environment that forbids the cache charges only the checker a recompile at every start.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for cmd in cmds:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    times: list[list[float]] = [[] for _ in cmds]
    cpu: list[list[float]] = [[] for _ in cmds]
    for _ in range(repeat):
        for k, cmd in enumerate(cmds):
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
            times[k].append(time.perf_counter() - t0)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[k].append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return [(statistics.median(t), statistics.median(c)) for t, c in zip(times, cpu)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=500_000, help="size of the long report (characters)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from machine import describe

    print(describe())
    # Bureaus 0.. warm up; each timed run then reads the next bureaus (disjoint ranges, far apart).
    texts = [long_report(args.chars, first=k * 10_000) for k in range(args.repeat + 1)]
    (check_cps, check_cpu), (floor_cps, _), (jieba_cps, jieba_cpu) = warm_speed(texts, args.repeat)
    print(f"checker, all rules: {check_cps:,.0f} chars/s on {len(texts[1]):,} chars of generated reports "
          f"(best of {args.repeat}, each a text not checked before)")
    print(f"physical limit, reading the figures once (number layer): {floor_cps:,.0f} chars/s; "
          f"checker at {check_cps / floor_cps:.2f} of it")
    print(f"jieba.lcut on the same text (reference, not a limit): {jieba_cps:,.0f} chars/s")
    print(f"ratio checker/jieba.lcut: {check_cps / jieba_cps:.2f}  (target >= 0.60)")
    # Wall time on a shared machine also counts other processes' turns; CPU time counts only this one's work.
    print(f"by CPU time: checker {check_cpu:,.0f}, jieba.lcut {jieba_cpu:,.0f} chars/s; "
          f"ratio {check_cpu / jieba_cpu:.2f}  (target >= 0.60)")

    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "report.md"
        one.write_text(long_report(20_000), encoding="utf-8")
        jixiao = str(Path(sys.executable).with_name("jixiao"))
        (t_check, c_check), (t_bare, c_bare) = cold([[jixiao, "check", "--exit-zero", str(one)],
                                                     [sys.executable, "-c", BARE]], args.repeat + 2)
    print(f"cold `jixiao check` (one 20,000-char report): {t_check:.2f} s")
    print(f"bare spaCy+jieba pipeline construction: {t_bare:.2f} s")
    print(f"ratio cold check/bare pipeline: {t_check / t_bare:.2f}  (target <= 1.25)")
    # On a shared machine the wall times count other processes' turns; CPU time counts only each run's own work.
    print(f"by CPU time: cold check {c_check:.2f} s, bare pipeline {c_bare:.2f} s; ratio {c_check / c_bare:.2f}  "
          f"(target <= 1.25)")


if __name__ == "__main__":
    main()
