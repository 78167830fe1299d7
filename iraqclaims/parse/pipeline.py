"""Turning text into :class:`ParsedDocument`: one lazily built Stanza pipeline per process,
a disk cache in front of it, and optional fan-out over any ``concurrent.futures.Executor``."""
from __future__ import annotations

import logging
import os
import re
import threading
from collections import Counter
from concurrent.futures import Executor
from typing import Iterable, Sequence

from ..errors import ModelError
from ..normalize import normalize_for_parser, parser_marks
from .cache import ParseCache
from .clitics import Piece, repair
from .sentences import join_title_breaks, split_missed_stops
from .conllu import ConlluError
from .document import ParsedDocument, from_conllu, from_stanza, join_parts
from .models import MODEL_DIR_ENV, ModelSpec, resolve_models
from .threads import set_torch_threads as _set_torch_threads, torch_threads
from .tree_decoding import fast_tree_decoding

LOG = logging.getLogger(__name__)

_PIPELINES: dict[str, object] = {}
_PIPELINES_LOCK = threading.Lock()
_LINE = re.compile(r"[^\n]+")
# Stanza starts a new paragraph at a blank line; the separator must contain one.
_SEPARATOR = "\n\n"
# Long texts are parsed in pieces of whole lines: the progress bar moves within a long document,
# Stanza's memory stays bounded, and workers can share one document. Each line is its own
# paragraph for Stanza anyway (see _segments), so cutting between lines changes no parse.
CHUNK_CHARS = 20_000
# Pieces parsed in one Stanza pass: measured on 40 SaudiNewsNet articles, batching across
# documents is what lets the parse layer keep up with Stanza's own bulk processing.
BATCH_CHARS = 20_000


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
    next line's sentence. Short vowels and shadda are left out (see
    :func:`~iraqclaims.normalize.parser_marks`). Returns the string for Stanza and the offset map
    back to ``text``: ``(offset in that string, offset in text)`` where each unchanged stretch starts."""
    parts, segments, cursor = [], [], 0
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        origin = match.start() + len(line) - len(line.lstrip())
        kept, previous = [], 0
        # a stretch starts after each run of marks: an end offset right before marks maps past
        # them, so a word's span keeps its last vowel
        for mark in parser_marks(stripped):
            kept.append(stripped[previous:mark.start()])
            segments.append((cursor, origin + previous))
            cursor += mark.start() - previous
            previous = mark.end()
        segments.append((cursor, origin + previous))
        kept.append(stripped[previous:])
        cursor += len(stripped) - previous + len(_SEPARATOR)
        parts.append("".join(kept))
    return normalize_for_parser(_SEPARATOR.join(parts)), segments


def _parse_batch(texts: Sequence[str], spec: ModelSpec) -> list[ParsedDocument]:
    """Parse several texts in one pass of each Stanza processor: the tagger, lemmatizer and
    parser batch sentences across documents, as Stanza's ``bulk_process`` does, instead of
    running once per short article; the trees are decoded by :mod:`.tree_decoding`."""
    prepared = [_segments(text) for text in texts]
    to_parse = [joined for joined, _ in prepared if joined]
    parsed = iter(())
    if to_parse:
        pipeline = get_pipeline(spec)
        with fast_tree_decoding():
            if spec.kind == "bundled":
                docs = _tokenize_repaired(pipeline, to_parse)
                parsed = iter(pipeline.process(docs, processors=[p for p, _ in spec.processors if p != "tokenize"]))
            else:
                parsed = iter(pipeline.bulk_process(to_parse))
    return [from_stanza(next(parsed), segments=segments, model=spec.identity, source_text=text) if joined
            else ParsedDocument((), model=spec.identity)
            for text, (joined, segments) in zip(texts, prepared)]


def _tokenize_repaired(pipeline, texts: list[str]) -> list:
    """Tokenize, then fix the bundled tokenizer's sentence breaks (after abbreviated titles, and
    the stops it missed: see :mod:`.sentences`) and its conjunction clitics (see :mod:`.clitics`)
    before the tagger and parser see the tokens."""
    import stanza

    tokenized = pipeline.process([stanza.Document([], text=t) for t in texts], processors=["tokenize"])
    docs = []
    for text, doc in zip(texts, tokenized):
        split = [[Piece(t.text, t.start_char, t.end_char) for t in sentence.tokens] for sentence in doc.sentences]
        sentences = []
        for tokens in join_title_breaks(split_missed_stops(split), text):
            pieces = repair(tokens)
            sentences.append([{"id": (n,), "text": p.text, "misc": f"start_char={p.start}|end_char={p.end}"}
                              for n, p in enumerate(pieces, start=1)])
        docs.append(stanza.Document(sentences, text=text))
    return docs


def batches(sizes: Sequence[int], limit: int | None = None) -> list[list[int]]:
    """Consecutive indices grouped so each group holds about ``limit`` (default
    :data:`BATCH_CHARS`) characters: enough sentences for Stanza to batch well, few enough that
    the progress bar moves and workers share the load."""
    limit = limit or BATCH_CHARS
    groups: list[list[int]] = []
    size = 0
    for i, n in enumerate(sizes):
        if not groups or size + n > limit:
            groups.append([])
            size = 0
        groups[-1].append(i)
        size += n
    return groups


def chunks(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` pieces of ``text`` that end at line breaks, each about ``limit``
    (default :data:`CHUNK_CHARS`) characters, a longer line being a piece of its own; one piece
    for an ordinary article."""
    limit = limit or CHUNK_CHARS
    pieces, start = [], 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start, start + limit)
        if cut <= start:
            cut = text.find("\n", start + limit)
            if cut < 0:
                break
        pieces.append((start, cut + 1))
        start = cut + 1
    pieces.append((start, len(text)))
    return pieces


def _worker_parse(texts: list[str], model_dir: str | None, workers: int | None, threads: int | None) -> list[str]:
    """Runs in an executor's worker: the pipeline is built once per worker process and reused.
    Its PyTorch threads are worked out here, on the worker's machine (see :func:`torch_threads`)."""
    _set_torch_threads(torch_threads(workers, threads=threads))
    spec = resolve_models(model_dir)
    return [doc.to_conllu() for doc in _parse_batch(texts, spec)]


def _pool_size(executor: Executor) -> int | None:
    # ProcessPoolExecutor and ThreadPoolExecutor keep it here; other executors do not say
    size = getattr(executor, "_max_workers", None)
    return size if isinstance(size, int) and size > 0 else None


def _open_cache(cache_dir) -> ParseCache | None:
    if cache_dir is False:
        return None
    return ParseCache(cache_dir)


def _read_cached(conllu: str, model: str) -> ParsedDocument:
    """A cache entry as written by :meth:`ParsedDocument.to_conllu`: the model line first, a
    blank line last (or nothing after the model line, for a text without sentences)."""
    header = f"# model = {model}\n"
    if not conllu.startswith(header) or not (conllu == header or conllu.endswith("\n\n")):
        raise ConlluError("not a complete parse of these models (truncated, or written by something else)")
    return from_conllu(conllu, model=model)


def parse_text(text: str, *, model_dir: str | os.PathLike | None = None,
               cache_dir: str | os.PathLike | None | bool = None, threads: int | None = None) -> ParsedDocument:
    """Parse one text (see :func:`parse_corpus`)."""
    return parse_corpus([text], model_dir=model_dir, cache_dir=cache_dir, progress=False, threads=threads)[0]


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
                 progress: bool | None = None, threads: int | None = None) -> list[ParsedDocument]:
    """Parse many texts, in order.

    Cached parses are read from disk without importing Stanza or PyTorch; a cache entry that
    cannot be read is parsed again, with a warning. The rest are parsed here, or by
    ``executor`` when one is given (a ``ProcessPoolExecutor``, or
    ``dask.distributed.Client.get_executor()``): each worker process builds its pipeline once.
    ``cache_dir=False`` turns the cache off; ``None`` uses ``$IRAQCLAIMS_CACHE_DIR`` or
    ``~/.cache/iraqclaims/parses``. ``threads`` sets PyTorch's threads in each parsing process
    (default: the cores divided by the executor's workers, see :func:`torch_threads`). Offsets
    in the result point into each input text.
    """
    from tqdm.auto import tqdm

    if threads is not None and (not isinstance(threads, int) or threads < 1):
        raise ValueError(f"threads must be a whole number of at least 1, not {threads!r}")
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
                try:
                    results[i] = _read_cached(cached, spec.identity)
                    continue
                except ConlluError as exc:
                    LOG.warning("parse cache entry %s in %s is corrupt (%s): parsing its text again",
                                keys[i], cache.directory, exc)
        todo.append(i)
    LOG.info("parse: %d cached, %d to parse", len(texts) - len(todo), len(todo))
    pieces = [(i, a, b) for i in todo for a, b in chunks(texts[i])]
    left = Counter(i for i, _, _ in pieces)
    parts: dict[int, list[tuple[int, ParsedDocument]]] = {i: [] for i in todo}
    show = progress if progress is not None else len(pieces) > 1
    # counted in characters, so a single long document shows how far it has got
    bar = tqdm(total=sum(b - a for _, a, b in pieces), desc="parsing", unit="char", unit_scale=True,
               disable=not show)
    done_sentences = 0

    def store(i: int, a: int, b: int, part: ParsedDocument, conllu: str | None = None) -> None:
        nonlocal done_sentences
        parts[i].append((a, part))
        left[i] -= 1
        if left[i] == 0:
            whole = len(parts[i]) == 1 and a == 0
            doc = join_parts(parts.pop(i), model=spec.identity)
            results[i] = doc
            if cache is not None:
                # a document a worker parsed in one piece is cached as the worker wrote it: this
                # process, busy reading every result, does not write it out again
                cache.put(keys[i], conllu if whole and conllu is not None else doc.to_conllu())
        done_sentences += len(part.sentences)
        bar.set_postfix_str(f"{done_sentences} sentences, {len(todo) - len(parts)}/{len(todo)} docs", refresh=False)
        bar.update(b - a)

    groups = [[pieces[k] for k in group] for group in batches([b - a for _, a, b in pieces])]
    try:
        if executor is None:
            if pieces:
                _set_torch_threads(torch_threads(1, threads=threads))
            for group in groups:
                for (i, a, b), doc in zip(group, _parse_batch([texts[i][a:b] for i, a, b in group], spec)):
                    store(i, a, b, doc)
        else:
            if pieces:
                _refuse_forking_after_torch(executor)
            workers = _pool_size(executor)
            # no model dir chosen: each worker loads the bundled models of its own install (a
            # cluster's workers may have the package at another path than this process)
            where = str(spec.directory) if model_dir is not None or os.environ.get(MODEL_DIR_ENV) else None
            futures = [(group, executor.submit(_worker_parse, [texts[i][a:b] for i, a, b in group],
                                               where, workers, threads)) for group in groups]
            for group, future in futures:
                for (i, a, b), conllu in zip(group, future.result()):
                    store(i, a, b, from_conllu(conllu, model=spec.identity), conllu)
    finally:
        bar.close()
    return results  # type: ignore[return-value]


def parse_articles(articles: Sequence, **kwargs) -> list[ParsedDocument]:
    """Parse the body of each :class:`~iraqclaims.article.Article`; offsets point into its text."""
    return parse_corpus([a.body_text for a in articles], **kwargs)


__all__ = ["parse_text", "parse_corpus", "parse_articles", "get_pipeline", "build_pipeline",
           "clear_pipelines", "stanza_version"]
