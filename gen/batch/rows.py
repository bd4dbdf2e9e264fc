"""The summary rows of a batch, kept on disk rather than in memory."""

from __future__ import annotations

import json
import tempfile
import threading
from array import array
from typing import Iterable, Sequence


class Rows(Sequence):
    """Summary rows, kept in an anonymous temporary file rather than in memory.

    Why: the summary needs one row per bureau until the end of the batch; as
    Python dicts a row costs several KB, so a big workbook would make the
    main process grow with it. Each row is stored as compact JSON followed by
    its paragraph fingerprints (8 bytes each); only three integers per row
    stay in memory. Reading a row decodes a fresh dict; write a change back
    with ``rows[i] = row`` (the new version is appended). Reads and writes
    hold a lock, so the pool's feeder thread may read while this thread waits.
    """

    def __init__(self, rows: Iterable[dict] = ()) -> None:
        self._file = tempfile.TemporaryFile(prefix="jixiao-rows-")  # removed when closed or collected
        self._lock = threading.Lock()
        self._end = 0
        self._at = array("Q")  # offset of each row's record
        self._json = array("Q")  # bytes of JSON at the start of the record
        self._para = array("Q")  # bytes of paragraph fingerprints after it
        for row in rows:
            self.append(row)

    @staticmethod
    def _encode(row: dict) -> tuple[bytes, bytes]:
        data = json.dumps({k: v for k, v in row.items() if k != "paragraphs"}, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        p = row.get("paragraphs")
        return data, (p if isinstance(p, array) else array("Q", p or ())).tobytes()

    def _write(self, data: bytes, para: bytes) -> int:
        with self._lock:
            at = self._end
            self._file.seek(at)
            self._file.write(data)
            self._file.write(para)
            self._end = at + len(data) + len(para)
        return at

    def _record(self, i: int) -> tuple[bytes, bytes]:
        i = range(len(self._at))[i]  # IndexError past the end, as a sequence must
        n = self._json[i]
        with self._lock:
            self._file.seek(self._at[i])
            buf = self._file.read(n + self._para[i])
        return buf[:n], buf[n:]

    def append(self, row: dict) -> None:
        self._put(*self._encode(row))

    def _put(self, data: bytes, para: bytes) -> None:
        self._at.append(self._write(data, para))
        self._json.append(len(data))
        self._para.append(len(para))

    def take(self, other: "Rows", i: int) -> None:
        """Append row ``i`` of ``other`` as it is (no decoding)."""
        self._put(*other._record(i))

    def __getitem__(self, i: int) -> dict:  # type: ignore[override]
        data, para = self._record(i)
        row = json.loads(data)
        row["paragraphs"] = self._unpack(para)
        return row

    def __setitem__(self, i: int, row: dict) -> None:
        i = range(len(self._at))[i]
        data, para = self._encode(row)
        self._at[i] = self._write(data, para)
        self._json[i] = len(data)
        self._para[i] = len(para)

    def __len__(self) -> int:
        return len(self._at)

    def paragraphs(self, i: int) -> array:
        return self._unpack(self._record(i)[1])

    @staticmethod
    def _unpack(para: bytes) -> array:
        out = array("Q")
        out.frombytes(para)
        return out

    def close(self) -> None:
        self._file.close()
