"""The contradictions report: HTML, JSON, CSV and GraphML from a Corpus."""
from importlib import resources
import json

from .data import report_data
from .html import render_html
from .svg import topic_graph_svg
from .write import REPORT_FILES, render_report, write_report


def report_schema() -> dict:
    """The JSON Schema of report.json."""
    return json.loads(resources.files(__name__).joinpath("report.schema.json").read_text(encoding="utf-8"))


__all__ = ["REPORT_FILES", "render_html", "render_report", "report_data", "report_schema", "topic_graph_svg",
           "write_report"]
