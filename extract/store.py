"""Where graphs live: one interface over the embedded Oxigraph folder (and remote stores)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph

from .results import Results
from .vocab import PREFIXES

DEFAULT_STORE = "./newskg-store"

EXPORT_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


class StoreError(Exception):
    """A problem a user can fix (bad query, missing store…); its message is one line."""


def store_location(spec: str | None) -> str:
    return spec or os.environ.get("NEWSKG_STORE") or DEFAULT_STORE


def open_store(spec: str | None = None, *, create: bool = False) -> "EmbeddedStore":
    """The store named by ``spec`` (a folder), ``NEWSKG_STORE``, or ``./newskg-store``.

    Reading commands pass ``create=False`` so a typo does not leave an empty store behind.
    """
    location = store_location(spec)
    return EmbeddedStore(location, create=create)


def _sparql_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


class EmbeddedStore:
    """A persistent Oxigraph store in a folder; one named graph per article."""

    def __init__(self, location: str, *, create: bool = False):
        path = Path(location)
        if not create and not path.is_dir():
            raise StoreError(f"no store at {location} (create one with: newskg ingest ARTICLES --store {location})")
        try:
            self._ox = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open store at {location}: {str(exc).splitlines()[0]}") from None
        self.location = location

    def close(self) -> None:
        self._ox.flush()
        del self._ox

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def dataset(self):
        """The store as an rdflib Dataset (through oxrdflib), for Python users."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        return Dataset(store=OxigraphStore(store=self._ox))

    def replace_article(self, graph: Graph) -> None:
        """Write an article's graph in place of any earlier version, in one transaction,
        so a reader sees the old graph or the new one, never half of either.

        The default graph is kept as the merged view (the set union of the article graphs):
        a statement several articles make is there once, so counts and sums over it are
        right, which querying the union of the named graphs on the fly does not give."""
        name = graph.identifier.n3()
        body = graph.serialize(format="nt")
        self._ox.update(
            # Statements only this article made leave the merged view with it…
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {name}) }} }} ;\n"
            f"DROP SILENT GRAPH {name} ;\n"
            f"INSERT DATA {{ GRAPH {name} {{\n{body}\n}} }} ;\n"
            # …and the new version's join it.
            f"INSERT DATA {{\n{body}\n}}"
        )

    def quad_count(self) -> int:
        """Statements in the article graphs (the merged view is not counted twice)."""
        return sum(1 for q in self._ox.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))

    def query(self, sparql: str) -> Results:
        try:
            answer = self._ox.query(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise StoreError(f"malformed SPARQL: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from None
        if isinstance(answer, ox.QueryBoolean):
            return Results(boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            return Results(ntriples=answer.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
        variables = tuple(v.value for v in answer.variables)
        rows = tuple(
            {v: _sparql_term(solution[v]) for v in variables if solution[v] is not None} for solution in answer
        )
        return Results(variables=variables, rows=rows)

    def export(self, fmt: str, output: IO[bytes]) -> None:
        rdf_format = EXPORT_FORMATS[fmt]
        if rdf_format.supports_datasets:
            # One graph per article; the merged view is theirs to rebuild.
            quads = (q for q in self._ox.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))
            ox.serialize(quads, output, rdf_format, prefixes=PREFIXES)
        else:
            # Formats without named graphs get the merged view.
            self._ox.dump(output, rdf_format, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
