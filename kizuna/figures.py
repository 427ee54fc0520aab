"""Moved to :mod:`kizuna.charts`; kept only while the partner dossier's imports move over."""

from kizuna.charts import *  # noqa: F403
from kizuna.charts.core import Caption, Chart, safe_frame, safe_text  # noqa: F401
from kizuna.charts.core import Draft as _Figure  # noqa: F401
from kizuna.charts.core import finish as _frame  # noqa: F401
from kizuna.charts.core import safe_frame as _safe  # noqa: F401
from kizuna.charts.core import safe_text as _safe_text  # noqa: F401
from kizuna.charts.core import trace as _trace  # noqa: F401
from kizuna.charts.theme import TYPE_SHORT  # noqa: F401
