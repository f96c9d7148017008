"""The embedded store: one graph per article, replaced whole, queried as the merged view."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from extract.store import EmbeddedStore, StoreError, open_store

A = URIRef("https://w3id.org/newskg/id/article/a")
B = URIRef("https://w3id.org/newskg/id/article/b")
X = URIRef("https://w3id.org/newskg/id/org/x")


def graph(name: URIRef, label: str) -> Graph:
    g = Graph(identifier=name)
    g.add((X, RDFS.label, Literal(label)))
    g.add((name, RDFS.label, Literal(str(name))))
    return g


def test_replace_article_swaps_the_whole_graph(tmp_path):
    with open_store(str(tmp_path / "s"), create=True) as store:
        store.replace_article(graph(A, "first"))
        store.replace_article(graph(B, "other"))
        store.replace_article(graph(A, "second"))
        labels = {row["l"]["value"] for row in store.query("SELECT ?l WHERE { <%s> rdfs:label ?l }" % X).rows}
        assert labels == {"second", "other"}
        assert store.quad_count() == 4


def test_store_persists_and_is_readable_as_an_rdflib_dataset(tmp_path):
    path = str(tmp_path / "s")
    with open_store(path, create=True) as store:
        store.replace_article(graph(A, "kept"))
    with open_store(path) as store:
        ds = store.dataset()
        assert (X, RDFS.label, Literal("kept")) in ds


def test_missing_store_is_an_error_not_a_new_folder(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        EmbeddedStore(str(tmp_path / "nothing"))
    assert not (tmp_path / "nothing").exists()


def test_store_location_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSKG_STORE", str(tmp_path / "env-store"))
    with open_store(create=True) as store:
        assert store.location == str(tmp_path / "env-store")


def test_turtle_export_is_the_merged_view_without_duplicates(tmp_path):
    import io

    with open_store(str(tmp_path / "s"), create=True) as store:
        store.replace_article(graph(A, "same"))
        store.replace_article(graph(B, "same"))
        out = io.BytesIO()
        store.export("turtle", out)
    text = out.getvalue().decode()
    assert text.count('"same"') == 1
    assert len(Graph().parse(data=text, format="turtle")) == 3


def test_ask_and_construct_results(tmp_path):
    with open_store(str(tmp_path / "s"), create=True) as store:
        store.replace_article(graph(A, "x"))
        assert store.query("ASK { ?s rdfs:label 'x' }").boolean is True
        nt = store.query("CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }").ntriples
        assert '"x"' in nt


def test_merged_view_is_a_set_and_follows_replacements(tmp_path):
    shared = URIRef("https://w3id.org/newskg/id/place/ireland")
    with open_store(str(tmp_path / "s"), create=True) as store:
        for article in (A, B):
            g = graph(article, "x")
            g.add((shared, RDFS.label, Literal("Ireland")))
            store.replace_article(g)
        rows = store.query("SELECT ?l WHERE { <%s> rdfs:label ?l }" % shared).rows
        assert len(rows) == 1  # two articles say it, the merged view has it once
        count = store.query("SELECT (COUNT(*) AS ?n) WHERE { <%s> rdfs:label ?l }" % X).rows[0]["n"]["value"]
        assert count == "1"
        store.replace_article(graph(A, "new"))  # A no longer mentions Ireland; B still does
        assert len(store.query("SELECT ?l WHERE { <%s> rdfs:label ?l }" % shared).rows) == 1
        labels = {r["l"]["value"] for r in store.query("SELECT ?l WHERE { <%s> rdfs:label ?l }" % X).rows}
        assert labels == {"new", "x"}
        store.replace_article(graph(B, "new"))  # now nobody says "x" or mentions Ireland
        assert store.query("ASK { ?s rdfs:label 'x' }").boolean is False
        assert store.query("ASK { <%s> ?p ?o }" % shared).boolean is False
