"""A cheaper ``__init__`` for the frozen dataclasses the checker makes by the ten thousand.

A frozen dataclass's generated ``__init__`` sets each field through
``object.__setattr__`` (its own ``__setattr__`` refuses), looking that up
anew for every field: about a microsecond for a record of seven fields. The
checker makes one record per paragraph, per figure, per labelled figure and
per heading: some 60,000 on a 500,000-character report. :func:`direct_init`
gives such a class an ``__init__`` that calls the setter it was given once —
the same parameters, order and defaults — about a third less. (Writing into
``__dict__`` instead would halve construction but make every later read of a
field twice as slow: CPython then keeps the instance's values in a dict of its
own rather than inline.) Everything else the
dataclass made (``__eq__``, ``__hash__``, ``__repr__``, frozenness, ``replace``)
is untouched. Classes it cannot speak for (slots, a ``__post_init__``, default
factories, fields outside ``__init__``) are refused at import, never served wrongly.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")


def direct_init(cls: type[T]) -> type[T]:
    """Give the frozen dataclass ``cls`` an ``__init__`` with a setter bound once (see the module's docstring)."""
    params = dataclasses.fields(cls) if dataclasses.is_dataclass(cls) else None
    if params is None or not cls.__dataclass_params__.frozen or hasattr(cls, "__slots__") \
            or hasattr(cls, "__post_init__"):
        raise TypeError(f"direct_init needs a frozen dataclass with a __dict__ and no __post_init__: {cls.__name__}")
    namespace: dict = {}
    signature, body = [], []
    for f in params:
        if not f.init or f.default_factory is not dataclasses.MISSING or f.kw_only:
            raise TypeError(f"direct_init cannot build field {f.name!r} of {cls.__name__}")
        if f.default is dataclasses.MISSING:
            signature.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            signature.append(f"{f.name}=_default_{f.name}")
        body.append(f"    __record_set__(__record_self__, {f.name!r}, {f.name})")
    # Dunder names for the instance and the setter, as dataclasses uses: a field may be called self.
    namespace["__record_set__"] = object.__setattr__
    source = f"def __init__(__record_self__, {', '.join(signature)}):\n" + "\n".join(body) + "\n"
    exec(source, namespace)  # noqa: S102 - built from the field names above, as dataclasses builds its own
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls
