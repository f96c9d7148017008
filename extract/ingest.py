"""Ingest: read articles, extract, and write each one's graph to the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .rdf import to_graph
from .sources import SourceError, SourceWarning, read_all


@dataclass
class IngestReport:
    ingested: list[tuple[str, str, int]] = field(default_factory=list)   # (source, article IRI, triples)
    failed: list[tuple[str, str]] = field(default_factory=list)          # (source or path, one-line reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)        # (source, one line on what was left out)


def ingest(paths: list[str], store, extractor_factory: Callable, *, progress: Callable[[int, str], None] | None = None,
           on_total: Callable[[int], None] | None = None, n_process: int = 1) -> IngestReport:
    """Ingest files and folders of articles (any format `extract.sources` reads) into ``store``;
    one bad file does not stop the others, and parts of files left out are reported as warnings.

    ``extractor_factory`` builds the (slow to load) Extractor only when there is something
    to extract. ``progress(n, source)`` is called as each article is stored.
    """
    report = IngestReport()
    articles = []
    for item in read_all(paths):
        if isinstance(item, SourceWarning):
            report.warnings.append((item.source, str(item)))
        elif isinstance(item, SourceError):
            report.failed.append((item.source, str(item)))
        else:
            articles.append(item)
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
