"""The import order the README draws, enforced: no module imports one above it, and pages reach
the data only through views (never analysis or charts)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Lowest first; a module may import its own layer or those before it (state, countries, geo:
# used by all).
LAYERS = [
    {"i18n", "state", "countries", "geo", "frames"},
    {"schema"},
    {"rules"},
    {"load", "validate"},
    {"analysis"},
    {"measures", "measure_words"},
    {"charts"},
    {"export"},
    {"views"},
    {"brief"},
    {"ui"},
    {"pages", "devserver", "serve"},
]
LAYER = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def kizuna_imports(path: Path) -> set[str]:
    """The top-level kizuna modules a file imports ("kizuna.charts.core" -> "charts")."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kizuna"):
            parts = node.module.split(".")
            if len(parts) > 1:
                found.add(parts[1])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("kizuna."))
    return found


def owner(path: Path) -> str:
    return path.relative_to(ROOT / "kizuna").parts[0].removesuffix(".py")


MODULES = sorted(p for p in (ROOT / "kizuna").rglob("*.py") if p.name != "__main__.py")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_one_above_it(path):
    mine = owner(path)
    if mine == "__init__":
        return
    above = {m for m in kizuna_imports(path) - {mine} if LAYER[m] > LAYER[mine]}
    assert not above, f"{mine} (layer {LAYER[mine]}) imports {above}"


def test_every_module_has_a_layer():
    assert {owner(p) for p in MODULES} - {"__init__"} <= set(LAYER)


@pytest.mark.parametrize("path", sorted((ROOT / "app_pages").glob("*.py")), ids=lambda p: p.name)
def test_pages_reach_the_data_only_through_views(path):
    assert not kizuna_imports(path) & {"analysis", "charts", "load", "rules"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_is_over_400_lines(path):
    """A module a newcomer reads in one sitting: split one that grows past this by job."""
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400
