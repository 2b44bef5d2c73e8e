"""patch.merged: batches of sorted rows, some dropped, new rows merged in, equal a full sort."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given, settings
from hypothesis import strategies as st

from newstables import patch
from newstables.patch import merged

ORDER = ["key", "_doc", "_seq"]
SCHEMA = pa.schema([("key", pa.string()), ("_doc", pa.string()), ("_seq", pa.int64()),
                    ("_serial", pa.int64())])
# Keys that sort differently as text and as numbers, with ties broken by _doc and _seq;
# None sorts first (NULLS FIRST).
keys = st.tuples(st.sampled_from(["a", "b", "b2", "ba", "c", "é", "z"]),
                 st.one_of(st.none(), st.sampled_from(["d1", "d2", "d10"])),
                 st.integers(0, 3))


def _sorted(rows: list[tuple]) -> list[tuple]:
    return sorted(rows, key=lambda r: tuple((v is not None, v) for v in r[:3]))


@settings(max_examples=300, deadline=None)
@given(old=st.lists(keys, unique=True, max_size=40), new=st.lists(keys, unique=True, max_size=8),
       cuts=st.lists(st.integers(1, 40), max_size=6), gone=st.sets(st.integers(0, 5)),
       cut_rows=st.sampled_from([-1, 3, 10**6]))
def test_merged_equals_sorting_the_rows_kept_and_the_new(old, new, cuts, gone, cut_rows
                                                         ) -> None:
    """Whether a batch is cut and joined or sorted anew (patch.CUT_ROWS of -1: always sorted;
    3: sorted past three rows changed; 10**6: always cut), the rows come out as a full sort
    orders them."""
    new = [k for k in new if k not in set(old)]  # a row's full sort key is unique
    rows = [(*k, i % 6) for i, k in enumerate(_sorted(old))]  # the serial: 0 to 5
    added = [(*k, 9) for k in _sorted(new)]
    bounds = sorted({0, len(rows), *(c for c in cuts if c < len(rows))})
    batches = [pa.Table.from_pylist([dict(zip(SCHEMA.names, r, strict=True))
                                     for r in rows[a:b]], schema=SCHEMA)
               for a, b in zip(bounds, bounds[1:], strict=False)]
    gone_serials = pa.array(sorted(gone), pa.int64())

    def keep(batch: pa.Table) -> pa.Array:
        return pc.invert(pc.is_in(batch.column("_serial"), value_set=gone_serials))

    new_table = pa.Table.from_pylist([dict(zip(SCHEMA.names, r, strict=True)) for r in added],
                                     schema=SCHEMA)
    default, patch.CUT_ROWS = patch.CUT_ROWS, cut_rows
    try:
        out = [tuple(r.values()) for t in merged(iter(batches), keep, new_table, ORDER)
               for r in t.to_pylist()]
    finally:
        patch.CUT_ROWS = default
    assert out == _sorted([r for r in rows if r[3] not in gone] + added)
