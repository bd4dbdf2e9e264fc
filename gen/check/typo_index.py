"""Every one-character misspelling of a frequent word, as sorted integers: the candidate pass of W016.

Finding a slip without segmenting the text means turning the search around.
Each frequent word of two or three characters in jieba's dictionary is
changed, one character at a time, into each character a writer or an OCR
engine puts in its place (glossary/confusion.tsv: same sound, similar shape,
shape taken both ways round); the forms that are no dictionary word
themselves are the misspellings (依具 for 依据, 数援 for 救援). There are
about a million of them, too many to build in every process (about two
seconds), so ``scripts/build_typo_index.py`` builds them once into
``glossary/typo_index.npz``: each form as one integer (the UTF-32 code of each
character in 16 bits, so a form and its integer are one-to-one for the Basic
Multilingual Plane), sorted. A text is then searched with one vectorised pass
over its character pairs and triples (``find``).

The file carries a digest of the data it was built from (the confusion sets
and the word list); if that data has changed since, the index is rebuilt in
memory, so a stale file never changes what is found, only how fast.
"""

from __future__ import annotations

import hashlib
import io
import math
from functools import lru_cache

import numpy as np

from ..core import regex_cache
from ..core.atomic import write_bytes
from ..core.errors import UserError
from ..core.resources import data_dir
from ..core.text_pairs import code_points
from . import long_typos, side_typos
from .confusion import CONFUSION_FILE, SHAPE_FILE, confusions
from .domain_words import FILE as DOMAIN_FILE

INDEX_FILE = "typo_index.npz"
# Minimum dictionary frequency of a word whose misspellings are listed, by its length.
MIN_FREQ = {2: 300, 3: 100}
# The same for the side index (gen.check.side_typos): two-character words only. It holds each word
# about four times, not once per look-alike, so a lower floor costs little (拟订 173, 筹措 283).
SIDE_MIN_FREQ = 150
# What ``build`` derives from the same data: raised when that changes, so the digest tells an index built
# the old way from a current one (2: same sound taken both ways round, the domain's words under the floor;
# 3: four-character words' swaps and lost characters, gen.check.long_typos).
BUILD = 3
_BMP = 0x10000


def written_for() -> dict[str, tuple[str, ...]]:
    """meant character -> characters that may be written in its place (sound and shape, both ways)."""
    out: dict[str, set[str]] = {}
    for written, (sound, shape) in confusions().items():
        # Either way round: look-alikes are look-alikes both ways (救 lists 数, 数 does not list 救), and a
        # character's sound list is cut at a dozen, the commonest first (急 lists 及, 及 does not list 急).
        for meant in sound + shape:
            out.setdefault(meant, set()).add(written)
            out.setdefault(written, set()).add(meant)
    return {ch: tuple(sorted(v)) for ch, v in out.items()}


def _dictionary() -> bytes:
    """jieba's own dictionary file as shipped, before the glossary's words are added (those only shrink the index)."""
    from .analyse import get_segmenter

    with get_segmenter().dt.get_dict_file() as f:
        return f.read()


def _words(dictionary: bytes) -> tuple[list[str], dict[str, int], list[str], list[str]]:
    """The frequent words of two and three characters in jieba's dictionary file, all its words with
    their frequencies, the two-character words frequent enough for the side index, and the domain's
    own words under those floors (:func:`_domain_pieces`), which are indexed whatever their frequency."""
    frequent, every, side = set(), {}, set()
    for line in dictionary.decode("utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) < 2 or not parts[1].isdigit() or not int(parts[1]):
            continue
        every[parts[0]] = int(parts[1])
        if len(parts[0]) in MIN_FREQ and int(parts[1]) >= MIN_FREQ[len(parts[0])]:
            frequent.add(parts[0])
        if len(parts[0]) == 2 and int(parts[1]) >= SIDE_MIN_FREQ:
            side.add(parts[0])
    domain = sorted(w for w in _domain_pieces(every) if every[w] < MIN_FREQ[len(w)])
    return sorted(frequent.union(domain)), every, sorted(side.union(w for w in domain if len(w) == 2)), domain


def _domain_pieces(every: dict[str, int]) -> set[str]:
    """The two- and three-character dictionary words the project's domain words are made of
    (glossary/domain_words.yaml: 防灾减灾 → 防灾, 减灾; 时效指标 → 时效, 指标).

    jieba's frequencies come from general text, which rates the report domain's own words low
    (减灾 61, 时效 94 against the floor of 300), so their slips were never indexed. Each domain word is
    split as jieba would split it (the likeliest route through the dictionary file's words), so a
    pair across two of its words (灾减) is no piece.
    """
    from .domain_words import word_file

    total = math.log(sum(every.values()))
    out = set()
    for group in word_file()["words"].values():
        for word in group:
            best = [(0.0, 0)] * (len(word) + 1)  # from position i: (log probability of the rest, end of the first word)
            for i in range(len(word) - 1, -1, -1):
                best[i] = max((math.log(every.get(word[i:j]) or 1) - total + best[j][0], j)
                              for j in range(i + 1, min(len(word), i + 4) + 1)
                              if j == i + 1 or word[i:j] in every)
            i = 0
            while i < len(word):
                j = best[i][1]
                if j - i in MIN_FREQ:
                    out.add(word[i:j])
                i = j
    return out


def digest(dictionary: bytes | None = None) -> str:
    """What the index is built from: the confusion sets, the thresholds and jieba's dictionary file."""
    h = hashlib.sha1()
    for name in (CONFUSION_FILE, SHAPE_FILE, side_typos.COMPONENTS_FILE, DOMAIN_FILE):
        h.update((data_dir("glossary") / name).read_bytes())
    h.update(repr((sorted(MIN_FREQ.items()), SIDE_MIN_FREQ, BUILD, long_typos.QUAD_MIN_FREQ,
                   sorted(long_typos.LOST_MIN_FREQ.items()))).encode())
    h.update(_dictionary() if dictionary is None else dictionary)
    return h.hexdigest()


def encode(form: str) -> int:
    """A form of two to four characters as one integer (16 bits per character; four wrap as int64 does)."""
    return long_typos.encode(form)


def build() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The sorted codes of every misspelling of every frequent word (a few seconds), the side index,
    the domain's own words under the frequency floor (their codes), and the lost-character forms with
    their words (gen.check.long_typos; the forms are among the codes too, so one pass finds them all), and
    the halves of the four-character words whose swaps are indexed.

    Built from jieba's dictionary file alone, so that the index is a function of what
    ``digest`` covers; words the glossary adds to the segmenter are ruled out when a
    hit is confirmed.
    """
    frequent, every, side, domain = _words(_dictionary())
    alts = written_for()
    codes = {encode(typo) for word in frequent if all(ord(ch) < _BMP for ch in word)
             for typo in long_typos.swaps(word, alts, every)}
    codes |= long_typos.quad_swaps(every, alts)
    lost = long_typos.lost_forms(every)
    codes.update(lost[:, 0].tolist())
    return (np.array(sorted(codes), dtype=np.int64), side_typos.build(side),
            np.array([encode(w) for w in domain], dtype=np.int64), lost, long_typos.quad_halves(every))


def save(path) -> tuple[int, int, int, int]:
    codes, side, domain, lost, halves = build()
    # Sorted codes differ little from one to the next: stored as differences they compress well (the
    # int64 differences wrap where four-character codes do, and their running sum wraps back).
    np.savez_compressed(path, deltas=np.diff(codes, prepend=0), side_deltas=np.diff(side, prepend=0),
                        domain=domain, lost=lost, halves=halves, digest=np.array(digest()))
    return len(codes), len(side), len(domain), len(lost)


@lru_cache(maxsize=1)
def _indexes() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Both indexes, the filter and the domain words: mapped from the user's cache folder when kept there for
    this data, else read from the shipped file when it matches the data, else built here (and kept)."""
    want = digest()
    kept = _read_kept(want)
    if kept is not None:
        return kept
    arrays = None
    try:
        with np.load(data_dir("glossary") / INDEX_FILE) as z:
            if str(z["digest"]) == want:
                arrays = np.cumsum(z["deltas"]), np.cumsum(z["side_deltas"]), z["domain"], z["lost"], z["halves"]
    except (OSError, KeyError, ValueError):
        pass
    index, side, domain, lost, halves = arrays or build()
    bits = np.zeros(1 << _HASH_BITS, dtype=bool)
    bits[_hash(index)] = True
    half_bits = np.zeros(1 << _HALF_BITS, dtype=bool)
    half_bits[_hash(halves, _HALF_BITS)] = True
    _keep(want, (index, side, bits, domain, lost, half_bits))
    return index, side, bits, domain, lost, half_bits


def codes() -> np.ndarray:
    """The misspellings of the frequent words (same sound, look-alike)."""
    return _indexes()[0]


def side_codes() -> np.ndarray:
    """The frequent two-character words with one character masked by its side (gen.check.side_typos)."""
    return _indexes()[1]


@lru_cache(maxsize=1)
def domain_words() -> frozenset[str]:
    """The domain's own words of two and three characters that the frequency floor would leave out
    (减灾, 时效): indexed whatever their frequency, and judged as if they had the floor's (split_typos)."""
    return frozenset("".join(chr((int(c) >> (16 * k)) & 0xFFFF) for k in range(2 if c < 1 << 32 else 3)[::-1])
                     for c in _indexes()[3])


def restored(written: str) -> list[str]:
    """The frequent three- and four-character words ``written`` is with one inner or last character lost."""
    return long_typos.restored(_indexes()[4], written)


def raised(word: str, frequency: int) -> int:
    """The frequency a domain word under the floor is judged at (the floor's), else ``frequency``:
    jieba's general-text counts rate the report domain's own words too low to confirm their slips."""
    need = MIN_FREQ.get(len(word), 0)
    return need if frequency < need and word in domain_words() else frequency


_HASH_BITS = 24
# The filter of the four-character words' halves (quad_halves: ~7,000 pairs): small enough to stay in the cache.
_HALF_BITS = 16
_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the top bits of code × this spread well


def _hash(c: np.ndarray, bits: int = _HASH_BITS) -> np.ndarray:
    return (c.astype(np.uint64) * _HASH_MUL) >> np.uint64(64 - bits)


def _filter() -> np.ndarray:
    """A bit per hash of every code (a Bloom filter with one hash): most text positions fail it in one look-up,
    far cheaper than a binary search of the million codes; the few that pass are searched."""
    return _indexes()[2]


# Kept decoded: unpacking the shipped file and building the filter cost ~50 ms of every cold check (more as
# the index grows); mapped from plain arrays on disk they cost nothing until read, and a check reads few pages.
# Named by the digest of the data they were made from, so data that changed is never read from an old file.
_KEPT = ("codes", "side", "filter", "domain", "lost", "halves")
_KEPT_FORMAT = 3


def _kept_paths(want: str) -> list | None:
    folder = regex_cache.cache_folder()
    return None if folder is None else [folder / f"typo-{_KEPT_FORMAT}-{want}-{name}.npy" for name in _KEPT]


def _read_kept(want: str) -> tuple[np.ndarray, ...] | None:
    """The six arrays kept for data of digest ``want``, mapped read-only; None when any is missing or wrong."""
    try:
        paths = _kept_paths(want)
        if paths is None or not all(p.is_file() for p in paths):
            return None
        index, side, bits, domain, lost, half_bits = (np.load(p, mmap_mode="r", allow_pickle=False).view(np.ndarray) for p in paths)
    except (OSError, ValueError):
        return None
    got = (index.dtype, side.dtype, bits.dtype, bits.shape, domain.dtype, lost.dtype, lost.ndim, half_bits.shape)
    if got != (np.int64, np.int64, np.bool_, (1 << _HASH_BITS,), np.int64, np.int64, 2, (1 << _HALF_BITS,)):
        return None
    return index, side, bits, domain, lost, half_bits


def _keep(want: str, arrays: tuple[np.ndarray, ...]) -> None:
    """Write the arrays (atomically, each a file of its own); any failure is silent: the next process builds them."""
    paths = _kept_paths(want)
    if paths is None:
        return
    try:
        for path, array in zip(paths, arrays):
            buf = io.BytesIO()
            np.save(buf, array, allow_pickle=False)
            write_bytes(path, buf.getvalue())
    except (OSError, UserError):
        pass


def _quads(grams: np.ndarray, pairs: np.ndarray, bits: np.ndarray) -> np.ndarray:
    """Offsets of the runs of four that pass the filter, looked up only where the run starts or ends with a half
    of an indexed four-character word (a swap leaves one half whole): a tenth of the runs, read in a table
    that stays in the cache, instead of every run read in the large filter."""
    half = _indexes()[5][_hash(pairs, _HALF_BITS)]
    at = np.flatnonzero(half[:-2] | half[2:])
    return at[bits[_hash(grams[at])]]


def find(text: str) -> dict[str, tuple[int, int]]:
    """Misspellings of two to four characters in ``text`` -> (first start offset, number of occurrences)."""
    index = codes()
    if len(text) < 2 or not len(index):
        return {}
    bits = _filter()
    c = code_points(text)  # read-only, shared (gen.core.text_pairs)
    if c.max() >= _BMP:
        c = np.where(c < _BMP, c, 0xFFFF)  # a character outside the plane: a non-character, which no form holds
    c = c.astype(np.int64)
    out: dict[str, tuple[int, int]] = {}
    grams = pairs = c
    for n in (2, 3, 4):
        if len(c) < n:
            break
        grams = (grams[:-1] << 16) | c[n - 1:]  # the pairs, the triples built on them, then the quadruples
        if n == 2:
            pairs = grams
            maybe = np.flatnonzero(bits[_hash(grams)])
        else:
            maybe = np.flatnonzero(bits[_hash(grams)]) if n == 3 else _quads(grams, pairs, bits)
        found = grams[maybe]
        # Each distinct code looked up once, in order: a text repeats its pairs, and a million-code index
        # searched at random misses the cache at every step (500,000 characters: 32 ms, sorted 3 ms).
        keys, where = np.unique(found, return_inverse=True)
        at = np.searchsorted(index, keys)
        at[at == len(index)] = 0
        hit = (index[at] == keys)[where]
        values, first, count = np.unique(found[hit], return_index=True, return_counts=True)
        for s, k in zip(maybe[hit][first].tolist(), count.tolist()):
            out[text[s:s + n]] = (s, k)
    return out
