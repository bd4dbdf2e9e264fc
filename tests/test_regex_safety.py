"""No regular expression in the package backtracks catastrophically.

Every compiled pattern held by a gen.* module (and every glossary pattern) is
run over long near-matching texts (digit runs, nested brackets, repeated
headings, Chinese without punctuation, blank runs...). A linear pattern takes
about 4x as long on a 4x longer input; a quadratic one 16x. The assertion is
on that ratio, measured on this machine in the same run, never on an absolute
time. Inputs on which a pattern is too fast to time reliably pass outright.
"""

from __future__ import annotations

import re
import time

import pytest

from tests.regex_inputs import ADVERSARIAL, all_patterns

N = 5_000
RATIO_LIMIT = 8.0  # linear: ~4; quadratic: ~16
NOISE_FLOOR = 0.004  # seconds: below this, timing noise dominates


def _time(pattern: re.Pattern, text: str, repeat: int = 3) -> float:
    """Best CPU time of this process (not wall time, which other work on a shared machine inflates)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for _m in pattern.finditer(text):
            pass
        pattern.match(text)
        best = min(best, time.process_time() - t0)
    return best


PATTERNS = all_patterns()


def test_patterns_are_collected():
    """The walk finds the patterns of the number layer, the reader, the rules and the glossary."""
    names = set(PATTERNS)
    assert "gen.core.quantities.QUANTITY_RE" in names and "gen.core.targets._TARGET_RE" in names
    assert "gen.check.read_lines._BLOCK_START" in names
    assert any(n.startswith("gen.check.rules.") for n in names)
    assert sum(n.startswith("glossary:") for n in names) >= 10
    assert len(PATTERNS) >= 100


def _ratio(pattern: re.Pattern, small_text: str, big_text: str, rounds: int = 5) -> tuple[float, float]:
    """Best-of times for both sizes, measured interleaved so background load hits both alike."""
    small = big = float("inf")
    for _ in range(rounds):
        small = min(small, _time(pattern, small_text, repeat=1))
        big = min(big, _time(pattern, big_text, repeat=1))
    return small, big


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_adversarial_input(name):
    pattern = PATTERNS[name]
    slow = []
    for family, make in ADVERSARIAL.items():
        big = _time(pattern, make(4 * N), repeat=1)  # one run is enough to see it is fast
        if big < NOISE_FLOOR:
            continue
        small, big = _ratio(pattern, make(N), make(4 * N))
        if big / small >= RATIO_LIMIT:
            # Re-measure at a larger size before calling it superlinear: a noisy machine can
            # spoil one measurement, not three in a row.
            for _ in range(3):
                small, big = _ratio(pattern, make(2 * N), make(8 * N))
                if big / small < RATIO_LIMIT:
                    break
            else:
                slow.append(f"{family}: {small:.4f}s -> {big:.4f}s (x{big / small:.1f})")
    assert not slow, f"{name} ({pattern.pattern[:80]!r}) grows superlinearly: " + "; ".join(slow)


def test_quadratic_pattern_is_caught():
    """The measurement itself can tell: a known quadratic pattern fails the ratio."""
    bad = re.compile(r"[ \t]+(?=[\u4e00-\u9fff])")  # the shape _tidy_text used before it was fixed
    text = ADVERSARIAL["spaces"]
    small, big = _ratio(bad, text(1_000), text(4_000))
    assert big / small >= RATIO_LIMIT


def test_patterns_built_at_run_time_are_linear():
    """Patterns compiled while the checker runs (inside functions, joined from data) pass the same ratio test."""
    from tests.regex_inputs import runtime_patterns

    found = runtime_patterns()
    assert found, "running the rules compiled no pattern at run time: the observer is broken"
    slow = []
    for name, pattern in sorted(found.items()):
        for family, make in ADVERSARIAL.items():
            if _time(pattern, make(4 * N), repeat=1) < NOISE_FLOOR:
                continue
            for _ in range(3):
                small, big = _ratio(pattern, make(2 * N), make(8 * N))
                if big / small < RATIO_LIMIT:
                    break
            else:
                slow.append(f"{name} {family}: x{big / small:.1f}")
    assert not slow, "run-time patterns grow superlinearly: " + "; ".join(slow)
