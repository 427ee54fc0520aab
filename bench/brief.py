"""The partner brief's PDF, warm: Italy 2023–2026 built and printed three times after one
warm-up (which starts kaleido's renderer). Appends one line to the report given as argv[1].

Run by `make bench` (or alone: python bench/brief.py [report.md]); prints one JSON object.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kizuna import brief  # noqa: E402
from kizuna.load import load  # noqa: E402
from kizuna.views import dossier  # noqa: E402

PARTNER, YEARS = "ITA", (2023, 2026)
RUNS = 3
TARGET_S = 10.0


def pdf(data) -> tuple[float, int]:
    """Seconds to build the dossier and its brief and print the PDF; the PDF's size."""
    start = time.perf_counter()
    d = dossier.build(data, PARTNER, YEARS)
    body = brief.pdf(data, d, version="bench")
    return time.perf_counter() - start, len(body)


def main() -> dict:
    data = load()
    cold, _ = pdf(data)
    warm = [pdf(data) for _ in range(RUNS)]
    seconds = [s for s, _ in warm]
    return {
        "cold_s": round(cold, 2),
        "warm_median_s": round(statistics.median(seconds), 2),
        "warm_max_s": round(max(seconds), 2),
        "pdf_bytes": warm[-1][1],
    }


def markdown(results: dict) -> str:
    verdict = "met" if results["warm_max_s"] <= TARGET_S else "MISSED"
    return (
        f"\nPartner brief PDF (bench/brief.py), Italy {YEARS[0]}–{YEARS[1]}: warm median "
        f"{results['warm_median_s']} s, max {results['warm_max_s']} s over {RUNS} runs after a "
        f"warm-up of {results['cold_s']} s; {results['pdf_bytes']:,} bytes; target ≤ {TARGET_S:g} "
        f"s warm: {verdict}.\n"
    )


if __name__ == "__main__":
    found = main()
    print(json.dumps(found, indent=2))
    if len(sys.argv) > 1:
        with open(sys.argv[1], "a", encoding="utf-8") as report:
            report.write(markdown(found))
    import kaleido

    kaleido.stop_sync_server(silence_warnings=True)  # else its browser profile outlives exit
