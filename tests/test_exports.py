"""Every export of the corpus store parses back with the articles, entities and investments it holds."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from extract.network import investments, project, write
from extract.store import open_store
from extract.vocab import NKG

KINDS = (NKG.Organization, NKG.Person, NKG.Place)


@pytest.fixture(scope="module")
def expected(corpus_store):
    with open_store(corpus_store) as db:
        stats = db.stats()
        quads = db.quad_count()
    return {"articles": stats["articles"], "entities": sum(stats["entities"].values()),
            "investments": stats["investments"], "quads": quads}


def counts(graph) -> dict:
    return {
        "articles": len(set(graph.subjects(RDF.type, NKG.Article))),
        "entities": len({s for kind in KINDS for s in graph.subjects(RDF.type, kind)}),
        "investments": len(set(graph.subjects(RDF.type, NKG.Investment))),
    }


@pytest.mark.parametrize("fmt,rdflib_format", [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_dataset_exports_keep_one_graph_per_article(corpus_store, expected, fmt, rdflib_format):
    out = io.BytesIO()
    with open_store(corpus_store) as db:
        db.export(fmt, out)
    ds = Dataset()
    ds.parse(data=out.getvalue(), format=rdflib_format)
    named = [g for g in ds.graphs() if g.identifier != ds.default_graph.identifier and len(g)]
    assert len(named) == expected["articles"]
    assert sum(len(g) for g in named) == expected["quads"]
    merged = Graph()
    for g in named:
        merged += g
    assert counts(merged) == {k: expected[k] for k in ("articles", "entities", "investments")}


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_triple_exports_are_the_merged_view(corpus_store, expected, fmt):
    out = io.BytesIO()
    with open_store(corpus_store) as db:
        db.export(fmt, out)
    graph = Graph().parse(data=out.getvalue(), format="nt" if fmt == "ntriples" else "turtle")
    assert counts(graph) == {k: expected[k] for k in ("articles", "entities", "investments")}


@pytest.mark.parametrize("fmt,name,read", [
    ("graphml", "kg.graphml", nx.read_graphml),
    ("gexf", "kg.gexf", nx.read_gexf),
    ("nodelink", "kg.json", lambda p: nx.node_link_graph(json.loads(open(p, encoding="utf-8").read()), edges="edges")),
])
def test_network_exports_hold_every_entity_and_investment(corpus_store, expected, tmp_path, fmt, name, read):
    with open_store(corpus_store) as db:
        graph = project(db)
    write(graph, fmt, tmp_path / name)
    back = read(tmp_path / name)
    assert back.number_of_nodes() == expected["entities"]
    invested = {d["investment"] for _, _, d in back.edges(data=True) if d.get("relation") == "invests"}
    assert invested == investments(graph)
    assert len(invested) + graph.graph.get("investments_without_place", 0) == expected["investments"]
    sources = {a for _, _, d in back.edges(data=True) for a in str(d.get("articles", "")).split()}
    assert 0 < len(sources) <= expected["articles"]
