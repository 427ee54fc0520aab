"""Reading a table's CSV as text, with a clear problem for a file that cannot be read."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from kizuna.rules import Problem
from kizuna.schema import Table

BOM = b"\xef\xbb\xbf"


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    name = path.name
    if not path.exists():
        return None, [Problem(name, f"the file is missing from {path.parent}")]
    raw = path.read_bytes()
    problems = []
    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
        problems.append(
            Problem(
                name,
                "the file starts with a UTF-8 byte-order mark (BOM); it was ignored, "
                "but save the file as plain UTF-8",
                row=1,
                severity="warning",
            )
        )
    try:
        return raw.decode("utf-8"), problems
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        bad = raw[e.start : e.end]
        return None, problems + [
            Problem(
                name,
                f"the file is not valid UTF-8 (byte {bad.hex(' ')} at offset {e.start})"
                "; save it as UTF-8",
                row=line,
                value=bad.decode("latin-1"),
            )
        ]


def read_raw(path: Path, table: Table) -> tuple[pd.DataFrame | None, list[Problem]]:
    """The table as strings (missing cells as NA), or None with the reason. The bytes are
    parsed as they are: a decoded copy of a large file would hold it in memory twice more."""
    if not path.exists():
        return read_text(path)
    raw = path.read_bytes()
    problems = []
    start = 0
    if raw.startswith(BOM):
        problems = read_text(path)[1]  # the warning
        start = len(BOM)
    try:
        frame = pd.read_csv(
            io.BytesIO(memoryview(raw)[start:]),
            encoding="utf-8",
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=True,
        )
    except UnicodeDecodeError:
        return None, read_text(path)[1]  # names the line and the byte
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        return None, problems + [Problem(path.name, f"the file is not a readable CSV table ({e})")]
    frame.columns = [str(c) for c in frame.columns]
    return frame, problems
