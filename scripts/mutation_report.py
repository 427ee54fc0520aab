"""Mutation score per module, from `mutmut results --all true` on stdin: killed (or timed out)
of all mutants, each module against the 80 % floor the project holds (issue 25). Exits 1 when a
module is under it or when mutants were left unchecked."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

FLOOR = 80.0
KILLED = {"killed", "timeout"}
# "    kizuna.analysis.sources.x_sources_phrase__mutmut_8: survived" (a method: "xǁClassǁname")
LINE = re.compile(r"^\s*(?P<module>[\w.]+?)\.x[_ǁ]\S*__mutmut_\d+: (?P<status>.+)$")


def main() -> int:
    statuses: dict[str, Counter] = defaultdict(Counter)
    for line in sys.stdin:
        m = LINE.match(line.rstrip("\n"))
        if m:
            statuses[m["module"]][m["status"].strip()] += 1
    if not statuses:
        print("no mutants in the results")
        return 1
    everything = sum(statuses.values(), Counter())
    failed = False
    print(f"{'module':34} {'killed':>7} {'of':>6} {'score':>7}  other")
    for module in sorted(statuses):
        counts = statuses[module]
        killed, total = sum(counts[s] for s in KILLED), sum(counts.values())
        score = 100 * killed / total
        other = ", ".join(f"{s} {n}" for s, n in sorted(counts.items()) if s not in KILLED)
        under = score < FLOOR or counts["not checked"]
        failed |= bool(under)
        mark = "  <- under" if under else ""
        print(f"{module:34} {killed:7} {total:6} {score:6.1f}%  {other}{mark}")
    killed = sum(everything[s] for s in KILLED)
    total = sum(everything.values())
    print(f"{'all':34} {killed:7} {total:6} {100 * killed / total:6.1f}%")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
