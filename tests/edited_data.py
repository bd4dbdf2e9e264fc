"""An editable copy of a bundled data file's parsed value, read by a module in place of the file, its caches
cleared before and after: the tests of a policy file's load-time proof edit one entry and expect a refusal."""

from __future__ import annotations

import copy
from typing import Any, Iterator


def edited_data(monkeypatch, module: Any, *cached: Any) -> Iterator[Any]:
    """Yield a deep copy of ``module``'s file (``module.FILE`` in the glossary folder) that ``module.read_yaml_file``
    returns from now on; ``cached`` are the module's lru-cached loaders, cleared around the test."""
    edited = copy.deepcopy(module.read_yaml_file(module.data_dir("glossary") / module.FILE))
    monkeypatch.setattr(module, "read_yaml_file", lambda path: edited)
    for fn in cached:
        fn.cache_clear()
    yield edited
    for fn in cached:
        fn.cache_clear()
