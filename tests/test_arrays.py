"""Arrow arrays made from their buffers equal pa.array's, and making them imports no pandas."""

import datetime as dt
import subprocess
import sys

import pyarrow as pa
import pytest

from newstables.arrays import array, empty_table, scalar

CASES = [
    (["a", None, "ü", "", "naïve “quoted”", "x" * 1000], pa.string()),
    ([None, None], pa.string()),
    ([], pa.string()),
    (["no nulls", "at all"], pa.string()),
    ([1, None, -3, 2**62, 0], pa.int64()),
    (range(5), pa.int64()),
    ([], pa.int64()),
    ([None], pa.int64()),
    ([dt.date(2019, 1, 23), None, dt.date(1969, 12, 31), dt.date(2026, 11, 29)], pa.date32()),
    ([dt.date(1970, 1, 1)], pa.date32()),
    ([True, None, False, True] * 3, pa.bool_()),
]


@pytest.mark.parametrize(("values", "kind"), CASES)
def test_an_array_equals_the_one_pa_array_makes(values, kind):
    made = array(values, kind)
    made.validate(full=True)
    assert made.equals(pa.array(values, type=kind))
    assert made.null_count == sum(v is None for v in values)


def test_a_type_it_cannot_make_is_refused():
    with pytest.raises(TypeError, match="double"):
        array([1.5], pa.float64())


def test_a_scalar_equals_the_one_pa_scalar_makes():
    for value in ("", '"', "\n", "ü", True, False):
        assert scalar(value).equals(pa.scalar(value))


def test_making_arrays_does_not_import_pandas():
    code = ("import sys, datetime as dt, pyarrow as pa\n"
            "from newstables.arrays import array, empty_table, scalar\n"
            "array(['a', None], pa.string()); array([1, None], pa.int64())\n"
            "array([dt.date(2019, 1, 1)], pa.date32()); scalar(''); scalar(True)\n"
            "empty_table(pa.schema([('a', pa.string())]))\n"
            "print('pandas' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_empty_table_has_the_schema_and_its_metadata():
    kept = pa.schema([pa.field("id", pa.string(), nullable=False), ("day", pa.date32()),
                      ("n", pa.int64())]).with_metadata({b"pandas": b"{}"})
    made = empty_table(kept)
    assert made.num_rows == 0
    assert made.schema.equals(kept, check_metadata=True)
    assert made.equals(kept.empty_table())
