"""Splitting a sequence of matches into runs: maximal stretches in which each item follows the one before closely.

Several rules judge a group of marks or figures together (a list of table titles, a ladder of grade bands) and
first cut the matches where two neighbours are too far apart; what "close" means is each rule's own, the cutting
is the same, so it lives here once.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")


def split_runs(items: Iterable[T], joined: Callable[[T, T], bool]) -> Iterator[list[T]]:
    """Consecutive ``items`` grouped while ``joined(previous, item)`` holds; every item lands in one run."""
    run: list[T] = []
    for item in items:
        if run and not joined(run[-1], item):
            yield run
            run = []
        run.append(item)
    if run:
        yield run
