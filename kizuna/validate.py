"""Check a data folder: ``python -m kizuna.validate [DIR]``.

Prints every problem (file, row, column, value, rule) and exits 1 if there is any, warnings
included, so that CI and analysts editing the CSVs see them all at once.
"""

from __future__ import annotations

import argparse
import sys

from kizuna.load import data_dir, load
from kizuna.schema import TABLES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kizuna.validate", description=__doc__)
    parser.add_argument(
        "directory", nargs="?", help="data folder (default: %(default)s)", default=str(data_dir())
    )
    args = parser.parse_args(argv)
    dataset = load(args.directory)
    problems = dataset.all_problems()
    for problem in problems:
        print(problem)
    rows = {name: len(dataset.tables[name]) for name in TABLES if name in dataset.tables}
    summary = ", ".join(f"{name} {n}" for name, n in rows.items())
    print(f"{len(problems)} problem(s) in {args.directory}; rows loaded: {summary or 'none'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
