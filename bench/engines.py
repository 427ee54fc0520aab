"""pandas against DuckDB, each in a fresh process per scale (KIZUNA_ENGINE chooses it), so
memory is not shared between them:

- citations: the heaviest join the views make, every cited table's citations joined to their
  sources and summed up per record (the source line under each chart and the source columns of
  each table read it; it is built once per table and dataset);
- exercises: the Exercises page's whole view (map, tempo, reach, the first 500 rows with their
  sources) for three filter states: pandas (analysis.exercise_frames) against the query layer
  DuckDB answers (analysis._duckdb.exercise_frames, over the memory-mapped tables of the
  validated-data cache; tests check they answer alike).

Appends a table to the report given as argv[1]; `python bench/engines.py - 1000` measures other
scales by hand (1000x takes about 3 minutes: generating and validating 7.4 million rows).

    python bench/engines.py bench/results.md        # 1x and 100x, as `make bench` runs it
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

SCALES = (1, 100)
ENGINES = ("pandas", "duckdb")
TABLES = ("agreements", "exercises", "claims", "milestones")


def measure_here(data_dir: str, cache_dir: str) -> dict:
    """In this process (KIZUNA_ENGINE set by the caller): load, then build every summary."""
    from kizuna.analysis import sources
    from kizuna.load import load_cached

    data = load_cached(data_dir, Path(cache_dir))
    citations, everything = data["citations"], data["sources"]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    for table in TABLES:
        summary = sources._summaries(table, citations, everything)
        ids = summary.index[:500]
        sources.source_line(table, ids, citations, everything)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "engine": sources.engine(),
        "seconds": round(took, 3),
        "added_mb": round((after - before) / 1024),
        "citations": len(citations),
    }


EXERCISE_STATES = [((), (1990, 2026)), (("ITA",), (2015, 2024)), (("USA", "AUS"), (2019, 2021))]


def _memory() -> tuple[int, int]:
    """(resident bytes, private bytes) of this process: private is RssAnon, what only this
    process holds; the rest of RSS is mostly pages of the memory-mapped tables, which the
    kernel can drop and read again, and which replicas on one machine share."""
    fields = {}
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(("VmRSS", "RssAnon")):
                name, value = line.split(":", 1)
                fields[name] = int(value.split()[0]) * 1024
    return fields["VmRSS"], fields["RssAnon"]


class _Peak:
    """The highest RSS and private memory of this process while the work runs (every 10 ms)."""

    def __enter__(self):
        import threading

        self.rss, self.private = _memory()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self):
        while not self._stop.wait(0.01):
            self._take()

    def _take(self):
        rss, private = _memory()
        self.rss, self.private = max(self.rss, rss), max(self.private, private)

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self._take()


def exercises_here(data_dir: str, cache_dir: str) -> dict:
    """In this process: the Exercises page's view for EXERCISE_STATES, by the engine chosen
    (KIZUNA_ENGINE; the page itself chooses by the table's size, views._exercises.engine)."""
    from kizuna import views
    from kizuna.load import load_cached
    from kizuna.state import Filters
    from kizuna.views import _exercises

    data = load_cached(data_dir, Path(cache_dir))
    views.prepare(data)  # the citation summaries every page shares, built before measuring
    chosen = _exercises.engine(data["exercises"])

    def work(partners, years):
        return views.exercises(data, Filters(partners, years)).metrics["exercises"]

    rss_before, private_before = _memory()
    seconds, counts = [], []
    with _Peak() as peak:
        for partners, years in EXERCISE_STATES:
            start = time.perf_counter()
            counts.append(work(partners, years))
            seconds.append(round(time.perf_counter() - start, 3))
    return {
        "engine": chosen,
        "seconds": seconds,
        "counts": counts,
        "added_mb": round((peak.rss - rss_before) / 2**20),
        "added_private_mb": round((peak.private - private_before) / 2**20),
        "exercises": len(data["exercises"]),
    }


def measure(scale: int, work: Path) -> dict[str, dict]:
    import synth

    if scale == 1:
        data_dir = synth.DEFAULT_DATA_DIR
    else:
        data_dir = work / f"{scale}x"
        synth.generate(scale, data_dir)
    cache = work / f"cache-{scale}"
    found = {}
    for what in ("--inside", "--exercises"):
        for engine in ENGINES:
            result = subprocess.run(
                [sys.executable, __file__, what, str(data_dir), str(cache)],
                env={**os.environ, "KIZUNA_ENGINE": engine},
                capture_output=True,
                text=True,
                check=True,
            )
            found[(what, engine)] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def markdown(results: dict[int, dict[str, dict]]) -> str:
    lines = [
        "",
        "## Engines: pandas against DuckDB (bench/engines.py)",
        "",
        "Every cited table's citations joined to their sources and summed up per record, then "
        "one source line per table; built once per table and dataset, so it is paid by the "
        "first view after a start. Fresh process per engine; memory is the peak RSS added.",
        "",
        "| scale | citations | pandas | DuckDB | pandas memory | DuckDB memory |",
        "|---|---|---|---|---|---|",
    ]
    for scale, by in results.items():
        p, d = by[("--inside", "pandas")], by[("--inside", "duckdb")]
        lines.append(
            f"| {scale}× | {p['citations']:,} | {p['seconds'] * 1000:.0f} ms | "
            f"{d['seconds'] * 1000:.0f} ms | +{p['added_mb']} MB | +{d['added_mb']} MB |"
        )
    lines += [
        "",
        "The Exercises page's whole view (map, tempo per domain and per partner, reach, the "
        "first 500 rows with their sources, the count) for three filter states: all partners "
        "1990–2026, Italy 2015–2024, the US and Australia 2019–2021, after the citation "
        "summaries every page shares are built. pandas: analysis.exercise_frames; DuckDB: the "
        "query layer (analysis._duckdb.exercise_frames), which the page takes past 5,000 "
        "exercises. Memory: the peak added while the three run, RSS and, in brackets, "
        "private memory (RssAnon; the rest is pages of the memory-mapped tables, which the "
        "kernel can drop and replicas share).",
        "",
        "| scale | exercises | pandas, per state | DuckDB, per state | pandas memory "
        "| DuckDB memory | same counts |",
        "|---|---|---|---|---|---|---|",
    ]
    for scale, by in results.items():
        p, d = by[("--exercises", "pandas")], by[("--exercises", "duckdb")]
        lines.append(
            f"| {scale}× | {p['exercises']:,} | "
            f"{' / '.join(f'{s * 1000:.0f}' for s in p['seconds'])} ms | "
            f"{' / '.join(f'{s * 1000:.0f}' for s in d['seconds'])} ms | "
            f"+{p['added_mb']} MB (+{p['added_private_mb']}) | "
            f"+{d['added_mb']} MB (+{d['added_private_mb']}) | "
            f"{'yes' if p['counts'] == d['counts'] else 'NO'} |"
        )
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--inside"]:
        print(json.dumps(measure_here(argv[1], argv[2])))
        return 0
    if argv[:1] == ["--exercises"]:
        print(json.dumps(exercises_here(argv[1], argv[2])))
        return 0
    report = argv[0] if argv else "-"
    scales = tuple(int(s) for s in argv[1:]) or SCALES
    with tempfile.TemporaryDirectory(prefix="kizuna-engines-") as work:
        results = {scale: measure(scale, Path(work)) for scale in scales}
    text = markdown(results)
    print(text)
    if report != "-":
        with open(report, "a", encoding="utf-8") as out:
            out.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
