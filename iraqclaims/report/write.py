"""Writing the report folder: report.html, report.json, claims.csv, conflicts.csv, graph.graphml.

Everything is rendered in memory first, then written into a staging folder inside the output
folder and moved into place file by file, so a failure leaves the previous report (or nothing)
rather than half of a new one."""
from __future__ import annotations

import io
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

import networkx as nx

from .data import report_data
from .html import render_html

LOG = logging.getLogger(__name__)
REPORT_FILES = ("report.html", "report.json", "claims.csv", "conflicts.csv", "graph.graphml")


def _csv(frame) -> bytes:
    # UTF-8 with BOM: spreadsheet programs then read the Arabic correctly
    return frame.to_csv(index=False).encode("utf-8-sig")


def render_report(corpus, *, progress: bool = False) -> dict[str, bytes]:
    """The report files' contents, by file name."""
    from tqdm.auto import tqdm

    steps = tqdm(total=5, desc="report", unit="file", disable=not progress)
    out: dict[str, bytes] = {}
    data = report_data(corpus)
    out["report.json"] = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    steps.update(1)
    claims = corpus.claims_frame()
    claims["topics"] = claims["claim_id"].map(lambda i: " | ".join(m.topic for m in corpus.topics.get(i, ())))
    out["claims.csv"] = _csv(claims)
    steps.update(1)
    out["conflicts.csv"] = _csv(corpus.conflicts_frame())
    steps.update(1)
    buffer = io.BytesIO()
    nx.write_graphml(corpus.graph, buffer, encoding="utf-8")
    out["graph.graphml"] = buffer.getvalue()
    steps.update(1)
    out["report.html"] = render_html(corpus).encode("utf-8")
    steps.update(1)
    steps.close()
    return out


def write_report(corpus, out_dir: str | os.PathLike, *, progress: bool = False) -> dict[str, Path]:
    """Write the report files into ``out_dir`` (created if needed); returns their paths."""
    contents = render_report(corpus, progress=progress)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".report-", dir=out))
    try:
        for name, data in contents.items():
            with open(staging / name, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        paths = {}
        for name in contents:
            os.replace(staging / name, out / name)
            paths[name] = out / name
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    LOG.info("report written to %s", out)
    return paths
