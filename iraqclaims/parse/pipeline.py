"""Turning text into :class:`ParsedDocument`: one lazily built Stanza pipeline per process,
a disk cache in front of it, and optional fan-out over any ``concurrent.futures.Executor``."""
from __future__ import annotations

import logging
import os
import re
import threading
from concurrent.futures import Executor
from typing import Iterable, Sequence

from ..errors import ModelError
from ..normalize import normalize_for_parser
from .cache import ParseCache
from .clitics import Piece, repair
from .document import ParsedDocument, from_conllu, from_stanza
from .models import ModelSpec, resolve_models

LOG = logging.getLogger(__name__)

_PIPELINES: dict[str, object] = {}
_PIPELINES_LOCK = threading.Lock()
_LINE = re.compile(r"[^\n]+")
# Stanza starts a new paragraph at a blank line; the separator must contain one.
_SEPARATOR = "\n\n"


def stanza_version() -> str:
    from importlib.metadata import version

    return version("stanza")


class _ExpectedStanzaNotice(logging.Filter):
    """Stanza warns that "ar" is an unsupported language whenever the bundled models (loaded by
    path, with allow_unknown_language) are used; that is by design, so the notice is dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "unsupported language" not in record.getMessage()


def build_pipeline(spec: ModelSpec):
    """Build a Stanza pipeline for ``spec``; never downloads anything."""
    import stanza

    stanza_log = logging.getLogger("stanza")
    if not any(isinstance(f, _ExpectedStanzaNotice) for f in stanza_log.filters):
        stanza_log.addFilter(_ExpectedStanzaNotice())

    try:
        return stanza.Pipeline(**spec.pipeline_kwargs())
    except Exception as exc:  # Stanza raises many types for a bad model file
        raise ModelError(f"cannot load the Stanza models in {spec.directory} "
                         f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}): "
                         f"the files may be truncated or from another Stanza version; "
                         f"re-download or retrain them") from exc


def get_pipeline(spec: ModelSpec):
    """The process-wide pipeline for ``spec``, built on first use."""
    with _PIPELINES_LOCK:
        pipeline = _PIPELINES.get(spec.identity)
        if pipeline is None:
            LOG.info("loading Stanza models from %s", spec.directory)
            pipeline = build_pipeline(spec)
            _PIPELINES[spec.identity] = pipeline
        return pipeline


def clear_pipelines() -> None:
    with _PIPELINES_LOCK:
        _PIPELINES.clear()


def _segments(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Each non-blank line becomes its own paragraph: scraped news puts one paragraph (or a
    headline, or a caption) per line, and a headline without a full stop must not run into the
    next line's sentence. Returns the string for Stanza and the offset map back to ``text``."""
    parts, segments, cursor = [], [], 0
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        segments.append((cursor, match.start() + lead))
        parts.append(stripped)
        cursor += len(stripped) + len(_SEPARATOR)
    return normalize_for_parser(_SEPARATOR.join(parts)), segments


def _parse_uncached(text: str, spec: ModelSpec) -> ParsedDocument:
    to_parse, segments = _segments(text)
    if not to_parse:
        return ParsedDocument((), model=spec.identity)
    pipeline = get_pipeline(spec)
    if spec.kind == "bundled":
        doc = _tokenize_repaired(pipeline, to_parse)
        doc = pipeline.process(doc, processors=[p for p, _ in spec.processors if p != "tokenize"])
    else:
        doc = pipeline(to_parse)
    return from_stanza(doc, segments=segments, model=spec.identity, source_text=text)


def _tokenize_repaired(pipeline, text: str):
    """Tokenize, then fix the bundled tokenizer's conjunction clitics (see :mod:`.clitics`)
    before the tagger and parser see the tokens."""
    import stanza

    tokenized = pipeline.process(stanza.Document([], text=text), processors=["tokenize"])
    sentences = []
    for sentence in tokenized.sentences:
        pieces = repair([Piece(t.text, t.start_char, t.end_char) for t in sentence.tokens])
        sentences.append([{"id": (n,), "text": p.text, "misc": f"start_char={p.start}|end_char={p.end}"}
                          for n, p in enumerate(pieces, start=1)])
    return stanza.Document(sentences, text=text)


def _worker_parse(text: str, model_dir: str) -> str:
    """Runs in an executor's worker: the pipeline is built once per worker process and reused.
    Workers run one PyTorch thread each: the parallelism is the pool's, and several workers each
    using every core slow each other down (measured: 2 workers 3x slower than 1 on 2 cores)."""
    if not _PIPELINES:
        import torch

        torch.set_num_threads(1)
    spec = resolve_models(model_dir)
    return _parse_uncached(text, spec).to_conllu()


def _open_cache(cache_dir) -> ParseCache | None:
    if cache_dir is False:
        return None
    return ParseCache(cache_dir)


def parse_text(text: str, *, model_dir: str | os.PathLike | None = None,
               cache_dir: str | os.PathLike | None | bool = None) -> ParsedDocument:
    """Parse one text (see :func:`parse_corpus`)."""
    return parse_corpus([text], model_dir=model_dir, cache_dir=cache_dir, progress=False)[0]


def _refuse_forking_after_torch(executor: Executor) -> None:
    """A process pool that forks this process after PyTorch has started its thread pools hangs
    for ever in the children; say so instead of hanging."""
    context = getattr(executor, "_mp_context", None)
    if context is None or context.get_start_method() != "fork" or not _PIPELINES:
        return
    raise ModelError("this process has already run Stanza, so a ProcessPoolExecutor that forks it "
                     "would hang: create the pool with mp_context=multiprocessing.get_context('spawn')")


def parse_corpus(texts: Iterable[str], *, executor: Executor | None = None,
                 model_dir: str | os.PathLike | None = None,
                 cache_dir: str | os.PathLike | None | bool = None,
                 progress: bool | None = None) -> list[ParsedDocument]:
    """Parse many texts, in order.

    Cached parses are read from disk without loading Stanza. The rest are parsed here, or by
    ``executor`` when one is given (a ``ProcessPoolExecutor``, or
    ``dask.distributed.Client.get_executor()``): each worker process builds its pipeline once.
    ``cache_dir=False`` turns the cache off; ``None`` uses ``$IRAQCLAIMS_CACHE_DIR`` or
    ``~/.cache/iraqclaims/parses``. Offsets in the result point into each input text.
    """
    from tqdm.auto import tqdm

    texts = list(texts)
    spec = resolve_models(model_dir)
    cache = _open_cache(cache_dir)
    version = stanza_version()
    results: list[ParsedDocument | None] = [None] * len(texts)
    keys: list[str | None] = [None] * len(texts)
    todo: list[int] = []
    for i, text in enumerate(texts):
        if cache is not None:
            keys[i] = cache.key(text, spec.identity, version)
            cached = cache.get(keys[i])
            if cached is not None:
                results[i] = from_conllu(cached, model=spec.identity)
                continue
        todo.append(i)
    LOG.info("parse: %d cached, %d to parse", len(texts) - len(todo), len(todo))
    show = progress if progress is not None else len(todo) > 1
    bar = tqdm(total=len(todo), desc="parsing", unit="doc", disable=not show)

    def store(i: int, parsed: ParsedDocument, conllu: str) -> None:
        results[i] = parsed
        if cache is not None:
            cache.put(keys[i], conllu)
        bar.update(1)

    try:
        if executor is None:
            for i in todo:
                parsed = _parse_uncached(texts[i], spec)
                store(i, parsed, parsed.to_conllu())
        else:
            if todo:
                _refuse_forking_after_torch(executor)
            futures = {i: executor.submit(_worker_parse, texts[i], str(spec.directory)) for i in todo}
            for i, future in futures.items():
                conllu = future.result()
                store(i, from_conllu(conllu, model=spec.identity), conllu)
    finally:
        bar.close()
    return results  # type: ignore[return-value]


def parse_articles(articles: Sequence, **kwargs) -> list[ParsedDocument]:
    """Parse the body of each :class:`~iraqclaims.article.Article`; offsets point into its text."""
    return parse_corpus([a.body_text for a in articles], **kwargs)


__all__ = ["parse_text", "parse_corpus", "parse_articles", "get_pipeline", "build_pipeline",
           "clear_pipelines", "stanza_version"]
