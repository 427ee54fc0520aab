"""Export timings: a cold and a warm PNG of the map, an SVG, an Altair PNG and the briefing pack.

Run by bench/run.py (or alone: python bench/exports.py); prints one JSON object.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kizuna import export, views  # noqa: E402
from kizuna.load import load  # noqa: E402
from kizuna.state import Filters  # noqa: E402


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> dict:
    data = load()
    f = Filters(("ITA", "GBR"), (2015, 2025))
    overview = views.overview(data, f)
    map_chart = overview.charts["overview-map"]
    reach = views.exercises(data, f).charts["exercises-reach"]
    results = {"map_png_cold_s": timed(lambda: export.to_image(map_chart, "png"))}
    warm = [timed(lambda: export.to_image(map_chart, "png")) for _ in range(5)]
    results["map_png_warm_median_s"] = statistics.median(warm)
    results["map_svg_warm_s"] = timed(lambda: export.to_image(map_chart, "svg"))
    results["altair_png_s"] = timed(lambda: export.to_image(reach, "png"))
    results["map_html_s"] = timed(lambda: export.to_html(map_chart))

    def pack():
        charts, tables = views.briefing(data, Filters())
        results["pack_bytes"] = len(
            export.briefing_pack(
                charts, tables, views.cited_sources(data, tables), Filters(), "bench"
            )
        )
        results["pack_charts"] = len(charts)

    results["briefing_pack_all_partners_s"] = timed(pack)
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in results.items()}


TARGETS = {"map_png_warm_median_s": 0.5, "briefing_pack_all_partners_s": 15.0}


def markdown(results: dict) -> str:
    lines = [
        "",
        "## Exports (bench/exports.py)",
        "",
        "| measure | value | target |",
        "|---|---|---|",
    ]
    for key, value in results.items():
        target = TARGETS.get(key)
        verdict = (
            "" if target is None else ("met" if value <= target else "MISSED") + f" (≤ {target} s)"
        )
        lines.append(f"| {key} | {value} | {verdict} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    found = main()
    print(json.dumps(found, indent=2))
    if len(sys.argv) > 1:  # append to the benchmark's report
        with open(sys.argv[1], "a", encoding="utf-8") as report:
            report.write(markdown(found))
    import kaleido

    kaleido.stop_sync_server(silence_warnings=True)  # else its browser profile outlives exit
