"""pandas against DuckDB for the heaviest join the views make: every cited table's citations
joined to their sources and summed up per record (the source line under each chart and the
source columns of each table read it; it is built once per table and dataset). Each engine runs
in a fresh process per scale (KIZUNA_ENGINE chooses it), so memory is not shared between them.
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


def measure(scale: int, work: Path) -> dict[str, dict]:
    import synth

    if scale == 1:
        data_dir = synth.DEFAULT_DATA_DIR
    else:
        data_dir = work / f"{scale}x"
        synth.generate(scale, data_dir)
    cache = work / f"cache-{scale}"
    found = {}
    for engine in ENGINES:
        result = subprocess.run(
            [sys.executable, __file__, "--inside", str(data_dir), str(cache)],
            env={**os.environ, "KIZUNA_ENGINE": engine},
            capture_output=True,
            text=True,
            check=True,
        )
        found[engine] = json.loads(result.stdout.strip().splitlines()[-1])
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
        p, d = by["pandas"], by["duckdb"]
        lines.append(
            f"| {scale}× | {p['citations']:,} | {p['seconds'] * 1000:.0f} ms | "
            f"{d['seconds'] * 1000:.0f} ms | +{p['added_mb']} MB | +{d['added_mb']} MB |"
        )
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--inside"]:
        print(json.dumps(measure_here(argv[1], argv[2])))
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
