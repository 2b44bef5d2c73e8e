"""Arrow arrays from Python lists, without importing pandas.

`pa.array` and `pa.scalar` ask, before they look at their argument, whether pandas is installed,
and so import it (about 0.3 s, and its memory) in every process that turns a list into an array
or passes a literal to a compute function: in each worker of a build and in a rebuild. The
tables of a build hold three types (and compute functions take strings and bools) and
`Array.from_buffers` builds each from its Arrow layout (a validity bitmap and the values, or the
offsets and UTF-8 bytes of strings) in a few vectorised steps. The arrays equal `pa.array`'s
(tests/test_arrays.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa

_EPOCH = dt.date(1970, 1, 1).toordinal()
_MAX_STRING_BYTES = 2**31 - 1  # a string array's offsets are int32


def array(values: Sequence[Any], type: pa.DataType) -> pa.Array:
    """`pa.array(values, type)` for string, int64, date32 and bool (None missing)."""
    valid = [v is not None for v in values]
    nulls = len(values) - sum(valid)
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little")) if nulls else None
    if pa.types.is_string(type):
        data = [b"" if v is None else v.encode() for v in values]
        offsets: np.ndarray = np.zeros(len(data) + 1, dtype=np.int64)
        np.cumsum([len(d) for d in data], out=offsets[1:])
        if offsets[-1] > _MAX_STRING_BYTES:
            raise pa.ArrowCapacityError(f"{offsets[-1]} bytes of strings in one array")
        buffers = [bitmap, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(b"".join(data))]
    elif pa.types.is_int64(type):
        numbers = values if not nulls else [0 if v is None else v for v in values]
        buffers = [bitmap, pa.py_buffer(np.array(numbers, dtype=np.int64))]
    elif pa.types.is_boolean(type):
        bits = np.packbits([v is True for v in values], bitorder="little")
        buffers = [bitmap, pa.py_buffer(bits)]
    elif pa.types.is_date32(type):
        days = [0 if v is None else v.toordinal() - _EPOCH for v in values]
        buffers = [bitmap, pa.py_buffer(np.array(days, dtype=np.int32))]
    else:
        raise TypeError(f"no array of {type} from a list")
    return pa.Array.from_buffers(type, len(values), buffers, null_count=nulls)


def scalar(value: str | bool) -> pa.Scalar:
    """`pa.scalar(value)` of a string or a bool (which `pa.scalar` makes importing pandas): for
    the literal arguments of compute functions, which would otherwise be passed to it."""
    return array([value], pa.bool_() if isinstance(value, bool) else pa.string())[0]


def empty_table(schema: pa.Schema) -> pa.Table:
    """`schema.empty_table()`, which makes its columns with `pa.array`."""
    return pa.Table.from_arrays([pa.nulls(0, f.type) for f in schema], schema=schema)
