"""Writing the report folder: report.html, report.json, claims.csv, conflicts.csv, graph.graphml.

Everything is rendered in memory first and written into a staging folder inside the output
folder (same file system, so renames are atomic). The files are then renamed into place one by
one; the previous versions are kept as hard links until the last rename succeeds, and put back
if one fails. A reader or a crash therefore sees the old report or the new one, never a mix of
the two, and a failure while rendering writes nothing at all."""
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
from .tables import claims_csv, conflicts_csv

LOG = logging.getLogger(__name__)
REPORT_FILES = ("report.html", "report.json", "claims.csv", "conflicts.csv", "graph.graphml")


def _graphml(corpus) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(corpus.graph, buffer, encoding="utf-8")
    return buffer.getvalue()


def render_report(corpus, *, progress: bool = False) -> dict[str, bytes]:
    """The report files' contents, by file name (see :data:`REPORT_FILES`)."""
    from tqdm.auto import tqdm

    # claims, topics and conflicts are computed on first use; naming them as steps makes the bar
    # say where a long run spends its time instead of blaming the first file written
    steps = [
        ("claims", lambda: corpus.claims),
        ("topics", lambda: corpus.topics),
        ("conflicts", lambda: corpus.conflicts),
        ("report.json", lambda: json.dumps(report_data(corpus), ensure_ascii=False, indent=1).encode("utf-8")),
        ("claims.csv", lambda: claims_csv(corpus)),
        ("conflicts.csv", lambda: conflicts_csv(corpus)),
        ("graph.graphml", lambda: _graphml(corpus)),
        ("report.html", lambda: render_html(corpus).encode("utf-8")),
    ]
    out: dict[str, bytes] = {}
    with tqdm(steps, desc="report", unit="step", disable=not progress) as bar:
        for name, render in bar:
            bar.set_postfix_str(name)
            result = render()
            if name in REPORT_FILES:
                out[name] = result
    return out


def _keep(target: Path, backup: Path) -> None:
    try:
        os.link(target, backup)
    except OSError:         # file systems without hard links
        shutil.copy2(target, backup)


def _move_into_place(staging: Path, out: Path, names) -> None:
    backups = staging / "previous"
    backups.mkdir()
    moved: list[str] = []
    try:
        for name in names:
            target = out / name
            if target.is_file():
                _keep(target, backups / name)
            os.replace(staging / name, target)
            moved.append(name)
    except BaseException:
        for name in reversed(moved):
            try:
                if (backups / name).exists():
                    os.replace(backups / name, out / name)
                else:
                    (out / name).unlink(missing_ok=True)
            except OSError as exc:      # keep rolling back the others; the first error is raised
                LOG.error("could not restore %s: %s", out / name, exc)
        raise


def write_report(corpus, out_dir: str | os.PathLike, *, progress: bool = False) -> dict[str, Path]:
    """Render the report and write its files into ``out_dir`` (created if needed), atomically.

    Returns the written paths by file name. ``progress`` shows a progress bar on stderr."""
    contents = render_report(corpus, progress=progress)
    out = Path(out_dir)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".report-", dir=out))
    try:
        for name, data in contents.items():
            with open(staging / name, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        _move_into_place(staging, out, contents)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if created:
            # an output folder this call made and could not fill is removed again (rmdir: only
            # if nothing else has appeared in it meanwhile)
            try:
                out.rmdir()
            except OSError:
                pass
        raise
    shutil.rmtree(staging, ignore_errors=True)
    LOG.info("report written to %s", out)
    return {name: out / name for name in contents}
