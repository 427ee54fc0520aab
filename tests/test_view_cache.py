"""The view cache every session shares: bounded by count and by the bytes of its frames, the
view used longest ago dropped first, a view built once when sessions ask for it together."""

import threading
import time

import pandas as pd
import pytest

from kizuna.charts import Caption, Chart
from kizuna.ui.data import ViewCache, frame_bytes
from kizuna.views import View


def frame(rows: int) -> pd.DataFrame:
    return pd.DataFrame({"n": range(rows)}, dtype="int64")  # 8 bytes a row, and the index


def test_a_views_size_counts_its_tables_and_its_charts_rows():
    table, plotted = frame(1000), frame(500)
    view = View(
        charts={"c": Chart("c", Caption("t", "s", "src"), None, plotted, "summary")},
        tables={"t": table},
    )
    expected = table.memory_usage(deep=True).sum() + plotted.memory_usage(deep=True).sum()
    assert frame_bytes(view) == expected
    assert frame_bytes({"a": [table, (plotted, "text")]}) == expected
    assert frame_bytes("text") == 0


def test_the_view_used_longest_ago_goes_first_when_the_bytes_run_out():
    size = frame_bytes(frame(1000))
    cache = ViewCache(entries=100, budget=2 * size)
    built = []

    def build(key):
        built.append(key)
        return frame(1000)

    for key in ("a", "b", "a", "c", "a", "b"):  # c pushes out b (a was used since)
        cache.get(key, lambda key=key: build(key))
    assert built == ["a", "b", "c", "b"]
    assert cache.used <= cache.budget and set(cache.kept) == {"a", "b"}


def test_the_count_bounds_it_too_and_a_view_larger_than_the_budget_is_not_kept():
    cache = ViewCache(entries=2, budget=10**9)
    for key in "abc":
        cache.get(key, lambda: frame(10))
    assert list(cache.kept) == ["b", "c"]
    small = ViewCache(entries=10, budget=100)
    huge = small.get("big", lambda: frame(1000))
    assert len(huge) == 1000 and not small.kept and small.used == 0


def test_sessions_asking_together_build_a_view_once():
    cache = ViewCache(entries=10, budget=10**9)
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return frame(10)

    got = []
    threads = [threading.Thread(target=lambda: got.append(cache.get("k", slow))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and len(got) == 4 and all(g is got[0] for g in got)


def test_a_failed_build_is_not_kept_and_is_tried_again():
    cache = ViewCache(entries=10, budget=10**9)

    def broken():
        raise ValueError("no")

    for _ in range(2):
        with pytest.raises(ValueError):
            cache.get("k", broken)
    assert not cache.kept and not cache._building
    assert len(cache.get("k", lambda: frame(3))) == 3


def test_memory_a_build_freed_goes_back_to_the_system():
    import numpy as np
    import psutil

    from kizuna.frames import give_back_memory

    me = psutil.Process()
    text = pd.Series(np.arange(3_000_000).astype(str), dtype="str")
    parts = [text.iloc[::2].reset_index(drop=True) + "x" for _ in range(3)]  # ~100 MB of Arrow
    held = me.memory_info().rss
    del parts
    assert me.memory_info().rss > held - 20 * 2**20  # freed, but the allocator keeps it
    give_back_memory()
    assert me.memory_info().rss < held - 50 * 2**20


def test_a_build_gives_its_memory_back(monkeypatch):
    from kizuna.ui import data

    calls = []
    monkeypatch.setattr(data, "give_back_memory", lambda: calls.append(1))
    cache = ViewCache(entries=4, budget=2**20)
    cache.get("a", lambda: 1)
    cache.get("a", lambda: 1)  # a lookup builds nothing
    with pytest.raises(ValueError):
        cache.get("b", lambda: int("x"))
    assert calls == [1, 1]
