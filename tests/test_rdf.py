"""The graph of one article follows the data contract."""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from extract.rdf import article_iri, to_graph
from extract.vocab import ID, NKG, SCHEMA


def test_no_blank_nodes(seed_extraction):
    graph = to_graph(seed_extraction)
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


def test_graph_is_named_by_the_article_and_stable(seed_extraction):
    graph = to_graph(seed_extraction)
    assert graph.identifier == article_iri(seed_extraction.article.text)
    # Whitespace differences do not make a different article.
    assert article_iri(seed_extraction.article.text) == article_iri("  " + seed_extraction.article.text.replace("\n\n", "\n") + "\n")
    assert set(to_graph(seed_extraction)) == set(graph)


def test_article_node(seed_extraction):
    graph = to_graph(seed_extraction)
    a = graph.identifier
    assert (a, RDF.type, NKG.Article) in graph
    assert graph.value(a, DCTERMS.source) == Literal("corpus/articles/tiktok-ireland-2020.txt")
    assert str(graph.value(a, SCHEMA.headline)).startswith("Tiktok to build the first European data center")


def test_investment_shape(seed_extraction):
    graph = to_graph(seed_extraction)
    [inv] = list(graph.subjects(RDF.type, NKG.Investment))
    assert graph.value(inv, NKG.investor) == ID["org/tiktok"]
    amount = graph.value(inv, NKG.amount)
    assert (amount, RDF.type, SCHEMA.MonetaryAmount) in graph
    assert graph.value(amount, SCHEMA.value) == Literal("420000000", datatype=XSD.decimal)
    assert graph.value(amount, SCHEMA.currency) == Literal("EUR")
    assert graph.value(inv, NKG.location) == ID["place/ireland"]
    assert graph.value(inv, NKG.country) == ID["place/ireland"]
    assert graph.value(inv, NKG.facilityType) == NKG.DataCenter
    assert graph.value(NKG.DataCenter, SKOS.prefLabel) == Literal("data center")
    assert graph.value(inv, NKG.operationalFrom) == Literal("2022", datatype=XSD.gYear)
    assert graph.value(inv, NKG.jobs) is None  # "hundreds of new jobs" is no number
    assert graph.value(inv, NKG.status) == NKG.Announced
    assert graph.value(inv, PROV.wasDerivedFrom) == graph.identifier
    assert "420 million euros" in str(graph.value(inv, NKG.evidence))
    assert 0 <= float(graph.value(inv, NKG.confidence)) <= 1


def test_entities_and_hierarchies(seed_extraction):
    graph = to_graph(seed_extraction)
    tiktok = ID["org/tiktok"]
    assert (tiktok, RDF.type, NKG.Organization) in graph
    assert graph.value(tiktok, RDFS.label) == Literal("TikTok")
    assert (tiktok, SKOS.altLabel, Literal("tiktok")) in graph
    assert (ID["person/roland-cloutier"], RDF.type, NKG.Person) in graph
    assert (ID["place/dublin"], NKG.locatedIn, ID["place/ireland"]) in graph
    assert (ID["org/tiktok-uk"], NKG.subsidiaryOf, tiktok) in graph
    assert (ID["org/ida-ireland"], RDF.type, NKG.Organization) in graph


def test_memberships(seed_extraction):
    graph = to_graph(seed_extraction)
    found = set()
    for m in graph.subjects(RDF.type, ORG.Membership):
        assert isinstance(m, URIRef)
        person = graph.value(graph.value(m, ORG.member), RDFS.label)
        org = graph.value(graph.value(m, ORG.organization), RDFS.label)
        title = graph.value(graph.value(m, ORG.role), RDFS.label)
        found.add((str(person), str(org), str(title)))
    assert ("Roland Cloutier", "TikTok", "chief information security officer") in found
    assert ("Martin Shanahan", "IDA Ireland", "chief executive officer") in found
    assert any(p == "Zhang zhewei" and o == "IDA Ireland" and "china division" in t for p, o, t in found)


def test_one_investment_across_articles_whatever_each_says_about_it():
    from extract.rdf import investment_iri
    from extract.records import Investment

    announced = Investment("Intel", place="Ohio", country="United States", facility="semiconductor fab")
    paused = Investment("Intel", place="Ohio", country="United States", facility="semiconductor fab",
                        status="Paused", jobs=3000)
    assert investment_iri(announced) == investment_iri(paused)
    # A place that is only the country says no more than the country does.
    assert investment_iri(Investment("TikTok", place="Ireland", country="Ireland", facility="data center")) == \
        investment_iri(Investment("TikTok", country="Ireland", facility="data center"))
    assert investment_iri(announced) != investment_iri(Investment("Intel", place="Arizona", country="United States",
                                                                  facility="semiconductor fab"))
