"""Claims of many articles: read from the claims cache where it has them, extracted here or on an
executor's workers otherwise, and cached as each article is done (an interrupted run resumes)."""
from __future__ import annotations

import logging
import os
from concurrent.futures import Executor
from typing import Sequence

from ..article import Article
from ..parse.document import ParsedDocument
from .cache import ClaimsCache, claims_key, extractor_identity
from .per_article import ArticleClaims, alias_key, extract_articles, claims_of_article
from .registry import registered_patterns

LOG = logging.getLogger(__name__)
# characters of article text per worker task: enough work to pay for shipping the parses
CHARS_PER_TASK = 200_000


def collect_claims(articles: Sequence[Article], parses: Sequence[ParsedDocument], *,
                   alias_files=(), cache_dir: str | os.PathLike | None | bool = None,
                   executor: Executor | None = None, progress: bool | None = None) -> list[ArticleClaims]:
    """Each article's claims, in article order. ``cache_dir``: the parse cache's directory (the
    claims go in its ``claims/`` folder); None: the default one; False: no cache."""
    from tqdm.auto import tqdm

    from ..parse.cache import default_cache_dir
    from ..parse.pipeline import batches

    aliases = alias_key(alias_files)
    cache = None if cache_dir is False else ClaimsCache(default_cache_dir() if cache_dir is None else cache_dir)
    extractor = extractor_identity(alias_files) if cache is not None else ""
    results: list[ArticleClaims | None] = [None] * len(articles)
    keys: list[str | None] = [None] * len(articles)
    todo: list[int] = []
    for i, (article, parsed) in enumerate(zip(articles, parses)):
        if cache is not None:
            keys[i] = claims_key(article, parsed, extractor)
            results[i] = cache.get(keys[i])
        if results[i] is None:
            todo.append(i)
    LOG.info("claims: %d articles cached, %d to read", len(articles) - len(todo), len(todo))
    show = progress if progress is not None else len(todo) > 200

    def store(i: int, result: ArticleClaims) -> None:
        results[i] = result
        if cache is not None and not result.failure:
            cache.put(keys[i], result)

    with tqdm(total=len(todo), desc="claims", unit="article", disable=not show) as bar:
        if executor is None:
            for i in todo:
                store(i, claims_of_article(articles[i], parses[i], aliases))
                bar.update()
        else:
            groups = [[todo[k] for k in group]
                      for group in batches([len(articles[i].text) for i in todo], CHARS_PER_TASK)]
            patterns = registered_patterns()
            futures = [(group, executor.submit(extract_articles, [(articles[i], parses[i]) for i in group], aliases,
                                               patterns)) for group in groups]
            for group, future in futures:
                for i, result in zip(group, future.result()):
                    store(i, result)
                bar.update(len(group))
    return results  # type: ignore[return-value]


__all__ = ["collect_claims"]
