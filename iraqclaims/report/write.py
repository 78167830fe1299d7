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
            if (staging / name).is_dir():
                # a folder is replaced whole, so files of an earlier run cannot linger in it
                if target.exists():
                    os.replace(target, backups / name)
            elif target.is_file():
                _keep(target, backups / name)
            os.replace(staging / name, target)
            moved.append(name)
    except BaseException:
        for name in reversed(moved):
            try:
                if (out / name).is_dir():
                    shutil.rmtree(out / name)
                if (backups / name).exists():
                    os.replace(backups / name, out / name)
                else:
                    (out / name).unlink(missing_ok=True)
            except OSError as exc:      # keep rolling back the others; the first error is raised
                LOG.error("could not restore %s: %s", out / name, exc)
        for name in names:
            # a folder moved aside before its replacement failed goes back too
            if name not in moved and (backups / name).is_dir() and not (out / name).exists():
                os.replace(backups / name, out / name)
        raise


def write_report(corpus, out_dir: str | os.PathLike, *, progress: bool = False,
                 folders: dict[str, dict[str, bytes]] | None = None) -> dict[str, Path]:
    """Render the report and write its files into ``out_dir`` (created if needed), atomically.

    ``folders`` adds whole sub-folders written in the same step, e.g. ``{"parses": {"000.conllu":
    ...}}``; each replaces the folder of that name. Returns the written paths by name.
    ``progress`` shows a progress bar on stderr."""
    contents = render_report(corpus, progress=progress)
    folders = folders or {}
    out = Path(out_dir)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".report-", dir=out))
    try:
        for name, data in contents.items():
            _write_synced(staging / name, data)
        for folder, files in folders.items():
            (staging / folder).mkdir()
            for name, data in files.items():
                _write_synced(staging / folder / name, data)
        _move_into_place(staging, out, [*contents, *folders])
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
    return {name: out / name for name in [*contents, *folders]}


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
