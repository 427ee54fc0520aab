"""Chart builders: a frame in, a :class:`Chart` out (a Plotly figure or an Altair chart).

Every chart carries its title, a subtitle naming the active filters and a source line inside the
figure itself, so an exported image still says what it is and where it comes from. The machinery
(``core``) and the look (``theme``) are written once; the builders are grouped by family.
"""

from kizuna.charts.bars import (
    agreements_by_type,
    assistance_bars,
    claims_matrix,
    index_bars,
    reach_chart,
    tempo_bars,
)
from kizuna.charts.capability import capability_timeline, milestone_label
from kizuna.charts.chronology import CHART_RECORDS, chronology_chart
from kizuna.charts.core import Caption, Chart
from kizuna.charts.grids import agreement_matrix, grouping_matrix, index_heatmap, tempo_heatmap
from kizuna.charts.maps import (
    ARC_KM,
    MAP_COLOURED,
    MAP_POINTS,
    MAX_ARCS,
    OTHERS,
    exercise_map,
    index_map,
)
from kizuna.charts.timelines import (
    LIFECYCLE_EXCLUDED,
    LIFECYCLE_MAX,
    lifecycle_timeline,
    milestones_timeline,
    target_tracker,
    timeline_agreements,
)
from kizuna.charts.trends import compare_index

__all__ = [
    "ARC_KM",
    "MAP_COLOURED",
    "MAP_POINTS",
    "MAX_ARCS",
    "OTHERS",
    "CHART_RECORDS",
    "LIFECYCLE_EXCLUDED",
    "LIFECYCLE_MAX",
    "Caption",
    "Chart",
    "agreement_matrix",
    "agreements_by_type",
    "assistance_bars",
    "capability_timeline",
    "chronology_chart",
    "claims_matrix",
    "compare_index",
    "exercise_map",
    "index_bars",
    "index_heatmap",
    "index_map",
    "lifecycle_timeline",
    "milestone_label",
    "milestones_timeline",
    "grouping_matrix",
    "reach_chart",
    "target_tracker",
    "timeline_agreements",
    "tempo_bars",
    "tempo_heatmap",
]
