"""The partner brief: one or two A4 pages on one relationship, as PDF and as Markdown.

Every sentence is assembled from the dossier's frames (what was signed, what came into force,
which exercises, what is signed with no entry into force on record, which targets are planned),
each fact with numbered citations to the sources of the record it comes from. A sentence that
has no record to rest on is left out, never guessed.

Why print HTML with headless Chromium: the project already ships and uses that Chromium (chart
export and browser tests), so the PDF needs no new dependency. Chromium lays out real HTML and
CSS for A4, embeds the (local: DejaVu, IPAGothic for Japanese) fonts it used, keeps every
<a href> as a clickable link annotation, and draws the SVG charts as vectors. WeasyPrint would
need Debian's pango, and fpdf2 or ReportLab would mean laying out tables and wrapping text by
hand. The page is written to a temporary file with everything inline (CSS, charts as data:
URIs), and Chromium runs with its background networking off and every host name unresolvable:
nothing is fetched.
"""

from kizuna.brief._build import build
from kizuna.brief._markdown import markdown_name, to_markdown
from kizuna.brief._model import LISTED, PAGES, TABLE_ROWS, Brief, Numbering
from kizuna.brief._pdf import pages, pdf, pdf_name, pdf_unavailable_reason, to_html, to_pdf
from kizuna.brief._text import sentences

__all__ = [
    "LISTED",
    "PAGES",
    "TABLE_ROWS",
    "Brief",
    "Numbering",
    "build",
    "markdown_name",
    "pages",
    "pdf",
    "pdf_name",
    "pdf_unavailable_reason",
    "sentences",
    "to_html",
    "to_markdown",
    "to_pdf",
]
