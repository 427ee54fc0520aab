"""Geography from the map topology Kizuna already ships: bounding boxes, home points, distances.

Written by hand rather than with a GIS library: decoding a TopoJSON's arcs into bounding boxes
is a few lines, and geopandas/shapely would add ~100 MB of dependencies for it.
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

TOPOJSON_DIR = Path(__file__).resolve().parent.parent / "static" / "topojson"
TOPOJSON_FILE = TOPOJSON_DIR / "world_110m.json"
EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius

Box = tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max

# Places too small for the 110m map, and territories a host's forces train from. Boxes are
# generous on purpose: the check catches swapped or mistyped coordinates, not a few kilometres.
_EXTRA_BOXES: dict[str, list[Box]] = {
    "SGP": [(103.5, 1.1, 104.1, 1.5)],
    "JPN": [
        (122.8, 24.0, 131.5, 28.8),  # Ryukyu Islands, Okinawa
        (140.8, 24.2, 142.4, 27.8),  # Ogasawara and Iwo To
        (128.9, 32.5, 130.0, 34.8),  # Tsushima, Iki, Goto
    ],
    "IND": [(92.1, 6.6, 94.1, 13.8)],  # Andaman and Nicobar Islands
    "BHR": [(50.3, 25.5, 50.9, 26.4)],
    "DJI": [(41.7, 10.9, 43.5, 12.8)],
    "USA": [
        (144.5, 13.1, 145.1, 13.8),  # Guam
        (144.8, 14.0, 146.2, 20.7),  # Northern Mariana Islands
        (-160.5, 18.8, -154.7, 22.4),  # Hawaii
        (-180.0, 51.0, -129.0, 72.0),  # Alaska
        (166.5, 19.2, 166.7, 19.4),  # Wake Island
    ],
    "FRA": [
        (163.5, -22.8, 168.2, -19.5),  # New Caledonia
        (-154.8, -27.7, -134.9, -7.8),  # French Polynesia
        (55.2, -21.4, 55.9, -20.8),  # Réunion
        (44.9, -13.1, 45.4, -12.6),  # Mayotte
    ],
    "GBR": [(72.3, -7.5, 72.6, -7.2)],  # Diego Garcia
    "AUS": [(105.5, -10.6, 105.8, -10.4)],  # Christmas Island
}
# Where a "home" point is the seat of an organisation rather than a country's centroid.
_HOMES = {"NATO": (50.88, 4.42), "EUU": (50.84, 4.38), "SGP": (1.35, 103.82)}


@cache
def _topology() -> dict:
    return json.loads(TOPOJSON_FILE.read_text(encoding="utf-8"))


def _arc_points(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _flatten(arcs) -> list[int]:
    if isinstance(arcs, int):
        return [arcs]
    return [i for a in arcs for i in _flatten(a)]


@cache
def country_boxes() -> dict[str, list[Box]]:
    """Bounding boxes of each country's polygons (one per polygon, so that far-flung islands do
    not stretch one box across the globe), plus the extra places above."""
    topology = _topology()
    arcs = _arc_points(topology)
    boxes: dict[str, list[Box]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            points = [p for i in _flatten(polygon) for p in arcs[i if i >= 0 else ~i]]
            if not points:
                continue
            lons, lats = [p[0] for p in points], [p[1] for p in points]
            boxes.setdefault(code, []).append((min(lons), min(lats), max(lons), max(lats)))
    for code, extra in _EXTRA_BOXES.items():
        boxes.setdefault(code, []).extend(extra)
    return boxes


def inside_country(code: str, lat: float, lon: float, margin: float = 0.5) -> bool | None:
    """Whether a point falls in one of the country's boxes; None when the map lacks it."""
    boxes = country_boxes().get(code)
    if not boxes:
        return None
    return any(
        x0 - margin <= lon <= x1 + margin and y0 - margin <= lat <= y1 + margin
        for x0, y0, x1, y1 in boxes
    )


@cache
def home(code: str) -> tuple[float, float] | None:
    """(lat, lon) a country's forces are drawn as coming from: the map's centroid label point."""
    if code in _HOMES:
        return _HOMES[code]
    for geometry in _topology()["objects"]["countries"]["geometries"]:
        if geometry.get("id") == code and "ct" in geometry.get("properties", {}):
            lon, lat = geometry["properties"]["ct"]
            return (lat, lon)
    return None


def great_circle_km(lat1, lon1, lat2, lon2):
    """Haversine distance on a spherical Earth (within 0.5% of the ellipsoid); numbers or
    arrays, so that a whole table is measured at once."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    distance = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))
    return float(distance) if np.ndim(distance) == 0 else distance


@lru_cache(maxsize=8192)  # maps redraw the same few hundred arcs for every filter
def great_circle_path(
    lat1: float, lon1: float, lat2: float, lon2: float, steps: int = 24
) -> tuple[tuple[float, float], ...]:
    """Points along the great circle, for drawing an arc on a map."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    d = 2 * math.asin(
        math.sqrt(
            math.sin((p2 - p1) / 2) ** 2
            + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
        )
    )
    if d == 0:
        return ((lat1, lon1), (lat2, lon2))
    points = []
    for i in range(steps + 1):
        f = i / steps
        a, b = math.sin((1 - f) * d) / math.sin(d), math.sin(f * d) / math.sin(d)
        x = a * math.cos(p1) * math.cos(l1) + b * math.cos(p2) * math.cos(l2)
        y = a * math.cos(p1) * math.sin(l1) + b * math.cos(p2) * math.sin(l2)
        z = a * math.sin(p1) + b * math.sin(p2)
        points.append(
            (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))
        )
    return tuple(points)
