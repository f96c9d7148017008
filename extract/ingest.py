"""Ingest: read articles, extract, and write each one's graph to the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .rdf import to_graph
from .sources import SourceError, discover, read


@dataclass
class IngestReport:
    ingested: list[tuple[str, str, int]] = field(default_factory=list)   # (source, article IRI, triples)
    failed: list[tuple[str, str]] = field(default_factory=list)          # (source or path, one-line reason)


def ingest(paths: list[str], store, extractor_factory: Callable, *, progress: Callable[[int, str], None] | None = None,
           on_total: Callable[[int], None] | None = None, n_process: int = 1) -> IngestReport:
    """Ingest files and folders of articles into ``store``; one bad file does not stop the others.

    ``extractor_factory`` builds the (slow to load) Extractor only when there is something
    to extract. ``progress(n, source)`` is called as each article is stored.
    """
    report = IngestReport()
    articles = []
    for item in discover(paths):
        if isinstance(item, SourceError):
            report.failed.append((str(item).split(":")[0], str(item)))
            continue
        try:
            articles.append(read(item))
        except SourceError as exc:
            report.failed.append((item.shown, str(exc)))
    if on_total:
        on_total(len(articles))
    if not articles:
        return report
    extractor = extractor_factory()
    for done, extraction in enumerate(extractor.extract_many(articles, n_process=n_process), start=1):
        graph = to_graph(extraction)
        store.replace_article(graph)
        report.ingested.append((extraction.article.source, str(graph.identifier), len(graph)))
        if progress:
            progress(done, extraction.article.source)
    return report

