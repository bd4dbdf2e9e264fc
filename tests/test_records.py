"""direct_init (gen.core.records) builds the same records as the dataclass's own __init__, only cheaper."""

from __future__ import annotations

import dataclasses
import pickle
from decimal import Decimal

import pytest

from gen.core.quantities import Quantity
from gen.core.records import direct_init


@dataclasses.dataclass(frozen=True)
class _Plain:
    a: int
    b: str
    c: Decimal = Decimal("1.5")
    d: tuple = ()
    self: str = "a field may be called self"


@direct_init
@dataclasses.dataclass(frozen=True)
class _Fast:
    a: int
    b: str
    c: Decimal = Decimal("1.5")
    d: tuple = ()  # a field may share a name with a local of the generated __init__
    self: str = "a field may be called self"


def _values(record) -> tuple:
    return tuple(getattr(record, f.name) for f in dataclasses.fields(record))


@pytest.mark.parametrize("args, kwargs", [((1, "x"), {}), ((1, "x", Decimal("2")), {}), ((), {"b": "y", "a": 2, "d": (1,)})])
def test_same_fields_defaults_and_behaviour(args, kwargs):
    plain, fast = _Plain(*args, **kwargs), _Fast(*args, **kwargs)
    assert _values(plain) == _values(fast)
    assert repr(fast) == repr(plain).replace("_Plain", "_Fast")
    assert fast == _Fast(*args, **kwargs) and hash(fast) == hash(_Fast(*args, **kwargs))
    assert dataclasses.replace(fast, a=9).a == 9 and dataclasses.replace(fast, a=9).b == fast.b
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.a = 3  # type: ignore[misc]


def test_argument_errors_as_before():
    with pytest.raises(TypeError):
        _Fast(1)  # b missing
    with pytest.raises(TypeError):
        _Fast(1, "x", e=2)  # no such field


def test_the_checker_records_round_trip():
    q = Quantity(Decimal("325.5"), 1, "万元", 3, 10, "325.5万元", "≥")
    assert q == pickle.loads(pickle.dumps(q)) and q.in_yuan_wan() == Decimal("325.5")
    assert dataclasses.replace(q, start=4).start == 4 and q.comparator == "≥"
    assert Quantity(Decimal(1), 0, "", 0, 1, "1").comparator == ""
    assert Quantity(Decimal("3"), 0, "亿元", 0, 2, "3亿元").in_yuan_wan() == Decimal("30000")
    assert Quantity(Decimal("3"), 0, "人", 0, 2, "3人").in_yuan_wan() is None


def test_refuses_what_it_cannot_build():
    with pytest.raises(TypeError):
        direct_init(dataclasses.dataclass(type("A", (), {"__annotations__": {"a": "int"}})))  # not frozen
    with pytest.raises(TypeError):
        direct_init(dataclasses.dataclass(frozen=True)(type("B", (), {
            "__annotations__": {"a": "list"}, "a": dataclasses.field(default_factory=list)})))
    with pytest.raises(TypeError):
        direct_init(dataclasses.dataclass(frozen=True, slots=True)(type("C", (), {"__annotations__": {"a": "int"}})))
