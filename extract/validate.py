"""Check every article's named graph in a store against the SHACL shapes of the data contract."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rdflib import BNode, Graph, URIRef
from rdflib.exceptions import ParserError
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, RDF, SH

import ontology

from .vocab import NKG, PREFIXES


class ValidateError(Exception):
    """A store that cannot be validated; its message is one line."""


@dataclass(frozen=True)
class Violation:
    """One way a node breaks the contract."""

    focus: str                 # the node the rule is about (IRI, or "_:x" for a blank node)
    path: str | None           # the property, when the rule is about one
    message: str
    value: str | None = None   # the offending value, when there is one
    severity: str = "Violation"


@dataclass(frozen=True)
class ArticleReport:
    article: str               # the named graph's IRI
    source: str | None         # its article's dcterms:source: what a user knows it by
    violations: tuple[Violation, ...] = ()

    @property
    def conforms(self) -> bool:
        return not self.violations


@dataclass(frozen=True)
class ValidationReport:
    articles: tuple[ArticleReport, ...]   # every named graph of the store, by source

    @property
    def conforms(self) -> bool:
        return all(a.conforms for a in self.articles)

    @property
    def failing(self) -> tuple[ArticleReport, ...]:
        return tuple(a for a in self.articles if not a.conforms)

    @property
    def violation_count(self) -> int:
        return sum(len(a.violations) for a in self.articles)


@cache
def shapes_graph() -> Graph:
    """ontology/shapes.ttl, parsed once per process."""
    return Graph().parse(ontology.path("shapes.ttl"), format="turtle")


def validate(db, *, progress: Callable[[int, int], None] | None = None) -> ValidationReport:
    """Validate each article's named graph of ``db`` (anything with ``export``) on its own.

    Graphs are checked one by one, not as the merged view, because the shapes count per
    article (one prov:wasDerivedFrom, one nkg:confidence…) and because a violation must name
    the article to re-ingest. No RDFS inference with the ontology: the contract asks for the
    core classes to be asserted, which inference would paper over, and it is slow (measured
    on the 101-article corpus: 15.6 s with it, 1.9 s without). ``progress(done, total)`` is
    called after each graph.
    """
    from rdflib import Dataset

    buffer = io.BytesIO()
    db.export("nquads", buffer)
    dataset = Dataset()
    try:
        dataset.parse(data=buffer.getvalue(), format="nquads")
    except ParserError as exc:
        raise ValidateError(f"cannot read the store's export: {(str(exc).splitlines() or ['?'])[0]}") from None
    # Only the article graphs: the merged view is their union and says nothing new.
    graphs = [g for g in dataset.graphs() if isinstance(g.identifier, URIRef) and g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)]
    reports = []
    for done, graph in enumerate(graphs, start=1):
        reports.append(validate_graph(graph))
        if progress:
            progress(done, len(graphs))
    return ValidationReport(tuple(sorted(reports, key=lambda r: (r.source is None, r.source or "", r.article))))


def validate_graph(graph: Graph) -> ArticleReport:
    """One article's graph (its identifier is the article's IRI) against the shapes and the
    two graph-wide rules SHACL Core cannot state."""
    import pyshacl

    name = URIRef(str(graph.identifier))
    # A plain Graph copy: pyshacl walks a context of a Dataset several times slower.
    data = Graph()
    blank = set()
    for triple in graph:
        data.add(triple)
        blank.update(term for term in (triple[0], triple[2]) if isinstance(term, BNode))
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none", advanced=False)
    violations = [] if conforms else _violations(results)
    articles = set(data.subjects(RDF.type, NKG.Article))
    if name not in articles:
        violations.append(Violation(str(name), None, "the graph holds no nkg:Article with the graph's IRI"))
    violations += [Violation(str(name), None, "an article's graph holds one nkg:Article, the article itself", str(other))
                   for other in sorted(articles - {name})]
    violations += [Violation(node.n3(), None, "blank node in the article's graph: every node (amounts, roles, "
                             "memberships too) needs a minted IRI") for node in sorted(blank)]
    # Several sources are a violation of their own; show them all so the user finds the file.
    sources = sorted(map(str, data.objects(name, DCTERMS.source))) or sorted(map(str, data.objects(None, DCTERMS.source)))
    return ArticleReport(str(name), ", ".join(sources) or None, tuple(violations))


def _violations(results: Graph) -> list[Violation]:
    out = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        out.append(Violation(
            focus=_show(results.value(result, SH.focusNode)),
            path=str(path) if isinstance(path, URIRef) else None,
            # Every shape of ours has an sh:message; a bare constraint name is the fallback.
            message=str(message) if message is not None else _show(results.value(result, SH.sourceConstraintComponent)),
            value=_show(value) if value is not None else None,
            severity=str(severity).removeprefix(str(SH)) if severity is not None else "Violation",
        ))
    return sorted(set(out), key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))


def _show(term) -> str:
    """An IRI as itself, a literal or blank node in N3 (so ``"1.7"^^xsd:decimal`` keeps its type)."""
    if isinstance(term, URIRef):
        return str(term)
    return term.n3() if term is not None else ""


def compact(iri: str) -> str:
    """``https://w3id.org/newskg/id/org/tiktok`` → ``id:org/tiktok`` for the common prefixes."""
    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    prefix = next(p for p, ns in PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best):]}"


def _compact_term(term: str) -> str:
    """An IRI or an N3 literal with prefixed names: ``"1.7"^^xsd:decimal``."""
    if term.startswith('"'):
        return re.sub(r"\^\^<([^>]+)>$", lambda m: "^^" + compact(m.group(1)), term)
    return compact(term)


def render(report: ValidationReport, *, limit: int = 20) -> str:
    """The report as terminal lines: each failing article by its source, then its violations
    (at most ``limit`` per article), then one summary line."""
    lines = []
    for article in report.failing:
        lines.append(f"✗ {article.source or '(no dcterms:source)'}  <{article.article}>")
        for v in article.violations[:limit]:
            where = compact(v.focus) + (f" {compact(v.path)}" if v.path else "")
            value = f" [value: {_compact_term(v.value)}]" if v.value and v.value != v.focus else ""
            severity = "" if v.severity == "Violation" else f"{v.severity}: "
            lines.append(f"    {severity}{where}: {v.message}{value}")
        if len(article.violations) > limit:
            lines.append(f"    … and {len(article.violations) - limit} more")
    total = len(report.articles)
    if not total:
        lines.append("no article graphs in the store")
    elif report.conforms:
        lines.append(f"{total} article graph(s) conform to the shapes")
    else:
        lines.append(f"{len(report.failing)} of {total} article graph(s) violate the shapes "
                     f"({report.violation_count} violation(s))")
    return "\n".join(lines)
