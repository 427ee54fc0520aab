"""One partner's dossier: the relationship's level and rank, four figures against the year
before, a labelled chronology of every record about the partner, its agreements by stage, the
programmes it shares with Japan and what the record says about the source article.

Frames in, frames out, plus the chronology chart (built like every chart in kizuna.charts);
no Streamlit. The Partner page renders a :class:`Dossier`; kizuna.brief prints the same one.
"""

from kizuna.views.dossier._build import build, whole_chronology
from kizuna.views.dossier._chronology import short
from kizuna.views.dossier._model import DOUBTED, TREATY_TYPES, Dossier, Metric, in_text

__all__ = [
    "DOUBTED",
    "TREATY_TYPES",
    "Dossier",
    "Metric",
    "build",
    "in_text",
    "short",
    "whole_chronology",
]
