"""The stores: one graph per article, replaced whole, queried as the merged view.

Every test taking ``store`` runs twice: on the embedded folder and on a live SPARQL server
(``NEWSKG_TEST_SPARQL``, the Oxigraph server that .ci/run starts)."""

from __future__ import annotations

import io
import os

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from extract.vocab import NKG, SCHEMA

from extract.store import EmbeddedStore, RemoteStore, StoreError, open_store

A = URIRef("https://w3id.org/newskg/id/article/a")
B = URIRef("https://w3id.org/newskg/id/article/b")
X = URIRef("https://w3id.org/newskg/id/org/x")


def graph(name: URIRef, label: str) -> Graph:
    g = Graph(identifier=name)
    g.add((X, RDFS.label, Literal(label)))
    g.add((name, RDFS.label, Literal(str(name))))
    return g


@pytest.fixture(params=["embedded", "remote"])
def store(request, tmp_path):
    if request.param == "embedded":
        with open_store(str(tmp_path / "s"), create=True) as db:
            yield db
        return
    url = os.environ.get("NEWSKG_TEST_SPARQL")
    if not url:
        if os.environ.get("NEWSKG_REQUIRE_REMOTE"):
            pytest.fail("NEWSKG_TEST_SPARQL is not set but the remote store tests are required")
        pytest.skip("no SPARQL server: set NEWSKG_TEST_SPARQL (.ci/run starts one)")
    with open_store(url) as db:
        db._update("DROP ALL")  # each test starts from an empty server
        yield db


def test_replace_article_swaps_the_whole_graph(store):
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


def test_turtle_export_is_the_merged_view_without_duplicates(store):
    store.replace_article(graph(A, "same"))
    store.replace_article(graph(B, "same"))
    out = io.BytesIO()
    store.export("turtle", out)
    text = out.getvalue().decode()
    assert text.count('"same"') == 1
    assert len(Graph().parse(data=text, format="turtle")) == 3


def test_ask_and_construct_results(store):
    store.replace_article(graph(A, "x"))
    assert store.query("ASK { ?s rdfs:label 'x' }").boolean is True
    nt = store.query("CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }").ntriples
    assert '"x"' in nt


def test_merged_view_is_a_set_and_follows_replacements(store):
    shared = URIRef("https://w3id.org/newskg/id/place/ireland")
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


def article(name: URIRef, source: str, url: str | None = None, label: str = "x") -> Graph:
    g = graph(name, label)
    g.add((name, RDF.type, NKG.Article))
    g.add((name, DCTERMS.source, Literal(source)))
    g.add((name, SCHEMA.mentions, X))
    if url:
        g.add((name, SCHEMA.url, URIRef(url)))
    return g


def test_remove_article_by_source_or_iri_leaves_the_rest(store):
    store.replace_article(article(A, "a.txt", label="only in a"))
    store.replace_article(article(B, "b.txt", label="shared"))
    before_b = store.query("SELECT ?s ?p ?o WHERE { GRAPH <%s> { ?s ?p ?o } }" % B).rows
    assert store.remove_article("a.txt") == [str(A)]
    assert store.query("ASK { GRAPH <%s> { ?s ?p ?o } }" % A).boolean is False
    assert store.query("ASK { ?s rdfs:label 'only in a' }").boolean is False  # gone from the merged view
    assert store.query("SELECT ?s ?p ?o WHERE { GRAPH <%s> { ?s ?p ?o } }" % B).rows == before_b
    assert store.remove_article(str(B)) == [str(B)]
    assert store.quad_count() == 0
    with pytest.raises(StoreError, match="no article 'nope.txt'"):
        store.remove_article("nope.txt")


def test_articles_and_stats_describe_what_is_stored(store):
    store.replace_article(article(A, "a.txt"))
    store.replace_article(article(B, "b.txt"))
    listed = store.articles()
    assert [a["source"] for a in listed] == ["a.txt", "b.txt"]
    assert listed[0]["iri"] == str(A) and listed[0]["entities"] == 1 and listed[0]["investments"] == 0
    stats = store.stats()
    assert stats["articles"] == 2 and stats["quads"] == store.quad_count() == 10


def test_same_url_with_new_text_replaces_the_old_article(store):
    store.replace_article(article(A, "first.html", url="https://news.example/story", label="old"))
    store.replace_article(article(B, "second.html", url="https://news.example/story", label="new"))
    assert [a["iri"] for a in store.articles()] == [str(B)]
    assert store.query("ASK { ?s rdfs:label 'old' }").boolean is False


def test_dataset_exports_parse_back_with_one_graph_per_article(store):
    from rdflib import Dataset

    store.replace_article(article(A, "a.txt"))
    store.replace_article(article(B, "b.txt"))
    for fmt, rdflib_format in (("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")):
        out = io.BytesIO()
        store.export(fmt, out)
        ds = Dataset()
        ds.parse(data=out.getvalue(), format=rdflib_format)
        graphs = {g.identifier for g in ds.graphs() if len(g)}
        assert graphs == {A, B}, fmt
        assert sum(len(g) for g in ds.graphs() if g.identifier in (A, B)) == store.quad_count()


def test_malformed_sparql_is_one_clear_error(store):
    with pytest.raises(StoreError, match="malformed SPARQL"):
        store.query("SELECT ?x WHERE { ?x")


def test_remote_store_that_is_down_gives_one_line():
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(StoreError, match=r"cannot reach SPARQL store at http://127.0.0.1:\d+/query") as info:
        open_store(f"http://127.0.0.1:{port}")
    assert "\n" not in str(info.value)


def test_remote_store_batches_writes_and_writes_them_all(store):
    if not isinstance(store, RemoteStore):
        pytest.skip("batching is the remote store's")
    names = [URIRef(f"https://w3id.org/newskg/id/article/n{i}") for i in range(RemoteStore.BATCH_ARTICLES + 3)]
    for i, name in enumerate(names):
        store.replace_article(article(name, f"n{i}.txt"))
    assert len(store._pending) == 3  # one batch sent, three waiting
    assert store.stats()["articles"] == len(names)  # reading sends what waits first
    assert not store._pending


def test_an_export_loads_into_another_store_whole(store, tmp_path):
    with open_store(str(tmp_path / "source"), create=True) as source:
        source.replace_article(article(A, "a.txt", label="shared"))
        source.replace_article(article(B, "b.txt", label="shared"))
        dump = io.BytesIO()
        source.export("nquads", dump)
        expected = source.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o").rows
    store.replace_article(article(A, "a.txt", label="old version"))  # replaced, not added to
    assert store.load_dataset(dump.getvalue()) == 2
    assert store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o").rows == expected
    assert store.quad_count() == 10


def test_a_dataset_of_many_graphs_loads_every_statement_once(store):
    names = [URIRef(f"https://w3id.org/newskg/id/article/m{i}") for i in range(40)]
    data = "".join(f"<{X}> <{RDFS.label}> \"shared\" <{n}> .\n<{n}> <{RDFS.label}> \"own {i}\" <{n}> .\n"
                   for i, n in enumerate(names))
    assert store.load_dataset(data.encode()) == 40
    assert store.quad_count() == 80
    merged = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"]["value"]
    assert merged == "41"  # the shared statement once, each article's own


def test_a_dataset_with_blank_nodes_is_refused_whole(store):
    named = f"<{B}> {{ <{B}> <{RDFS.label}> \"fine\" . }}\n"
    for data in (named + f"<{A}> {{ <{A}> <{RDFS.seeAlso}> [ <{RDFS.label}> \"anonymous\" ] . }}",
                 named + f"<{A}> {{ <{A}> <{RDFS.seeAlso}> ( 1 2 ) . }}"):
        with pytest.raises(StoreError, match=f"a blank node in <{A}>: newskg graphs name every node"):
            store.load_dataset(data.encode(), "trig")
    with pytest.raises(StoreError, match="blank node"):
        store.load_dataset(f"<{B}> <{RDFS.label}> \"fine\" <{B}> .\n_:x <{RDFS.label}> \"x\" <{A}> .\n".encode())
    assert store.quad_count() == 0


def test_a_malformed_dataset_changes_nothing(store):
    store.replace_article(article(A, "a.txt"))
    good = f"<{X}> <{RDFS.label}> \"new\" <{B}> .\n"
    with pytest.raises(StoreError, match="malformed nquads"):
        store.load_dataset((good + "<broken\n").encode())
    with pytest.raises(StoreError, match="outside any named graph"):
        store.load_dataset(f"<{X}> <{RDFS.label}> \"new\" .\n".encode())
    assert [a["source"] for a in store.articles()] == ["a.txt"] and store.quad_count() == 5


def test_a_store_in_use_says_so(tmp_path):
    with open_store(str(tmp_path / "s"), create=True):
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(str(tmp_path / "s"))
