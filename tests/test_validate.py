"""`validate` passes the pipeline's graphs and names the article of every broken one."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from extract.store import open_store
from extract.validate import ValidateError, ValidationReport, render, validate
from extract.vocab import ID, NKG, SCHEMA

SEED_SOURCE = "tiktok-ireland-2020.txt"


@pytest.fixture(scope="module")
def corpus_report(corpus_store) -> ValidationReport:
    with open_store(corpus_store) as db:
        return validate(db)


@pytest.fixture(scope="module")
def seed_graph(corpus_store) -> Graph:
    """The founding article's named graph, as the pipeline stored it."""
    with open_store(corpus_store) as db:
        [row] = db.query(f'SELECT ?g WHERE {{ GRAPH ?g {{ ?g dcterms:source ?s FILTER STRENDS(?s, "{SEED_SOURCE}") }} }}').rows
        name = URIRef(row["g"]["value"])
        triples = db.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").ntriples
    graph = Graph(identifier=name)
    graph.parse(data=triples, format="nt")
    return graph


def _copy(graph: Graph) -> Graph:
    out = Graph(identifier=graph.identifier)
    for triple in graph:
        out.add(triple)
    return out


def _investment(graph: Graph) -> URIRef:
    [node] = graph.subjects(RDF.type, NKG.Investment)
    return node


def _validate_graphs(store_dir: str, *graphs: Graph) -> ValidationReport:
    with open_store(store_dir, create=True) as db:
        for graph in graphs:
            db.replace_article(graph)
        return validate(db)


# -- the pipeline's own output ----------------------------------------------------------------

def test_corpus_store_conforms(corpus_report):
    assert corpus_report.conforms, render(corpus_report)
    assert len(corpus_report.articles) == 7
    assert any(a.source.endswith(SEED_SOURCE) for a in corpus_report.articles)
    assert all(a.article.startswith(str(ID["article/"])) and a.conforms for a in corpus_report.articles)
    assert render(corpus_report).endswith("7 article graph(s) conform to the shapes")


def test_the_untouched_seed_graph_conforms(seed_graph, store_dir):
    assert _validate_graphs(store_dir, seed_graph).conforms


def test_an_empty_store_conforms_with_nothing_to_check(store_dir):
    report = _validate_graphs(store_dir)
    assert report.conforms and report.articles == ()
    assert render(report) == "no article graphs in the store"


# -- broken graphs: each mutation of the seed graph must be caught at the right node/path ----

def _drop_investor(g: Graph):
    inv = _investment(g)
    g.remove((inv, NKG.investor, None))
    return inv, NKG.investor


def _confidence_above_one(g: Graph):
    inv = _investment(g)
    g.set((inv, NKG.confidence, Literal(Decimal("1.7"), datatype=XSD.decimal)))
    return inv, NKG.confidence


def _two_investors(g: Graph):
    inv = _investment(g)
    g.add((inv, NKG.investor, ID["org/ida-ireland"]))
    return inv, NKG.investor


def _investor_is_a_place(g: Graph):
    inv = _investment(g)
    g.set((inv, NKG.investor, ID["place/ireland"]))
    return inv, NKG.investor


def _currency_not_iso(g: Graph):
    amount = g.value(_investment(g), NKG.amount)
    g.set((amount, SCHEMA.currency, Literal("euros")))
    return amount, SCHEMA.currency


def _value_not_decimal(g: Graph):
    amount = g.value(_investment(g), NKG.amount)
    g.set((amount, SCHEMA.value, Literal("420 million")))
    return amount, SCHEMA.value


def _range_upside_down(g: Graph):
    amount = g.value(_investment(g), NKG.amount)
    g.remove((amount, SCHEMA.value, None))
    g.add((amount, SCHEMA.minValue, Literal(Decimal(500000000), datatype=XSD.decimal)))
    g.add((amount, SCHEMA.maxValue, Literal(Decimal(400000000), datatype=XSD.decimal)))
    return amount, SCHEMA.minValue


def _amount_without_any_value(g: Graph):
    amount = g.value(_investment(g), NKG.amount)
    g.remove((amount, SCHEMA.value, None))
    return amount, None


def _unknown_status(g: Graph):
    inv = _investment(g)
    g.set((inv, NKG.status, NKG.Finished))
    return inv, NKG.status


def _facility_not_a_concept(g: Graph):
    inv = _investment(g)
    g.set((inv, NKG.facilityType, NKG.Warehouse))
    return inv, NKG.facilityType


def _facility_label_changed(g: Graph):
    g.set((NKG.DataCenter, SKOS.prefLabel, Literal("datacentre")))
    return NKG.DataCenter, SKOS.prefLabel


def _negative_jobs(g: Graph):
    inv = _investment(g)
    g.set((inv, NKG.jobs, Literal(-300, datatype=XSD.integer)))
    return inv, NKG.jobs


def _operational_as_plain_string(g: Graph):
    inv = _investment(g)
    g.set((inv, NKG.operationalFrom, Literal("early 2022")))
    return inv, NKG.operationalFrom


def _country_not_a_country(g: Graph):
    inv = _investment(g)
    g.set((inv, NKG.country, ID["org/tiktok"]))
    return inv, NKG.country


def _no_provenance(g: Graph):
    inv = _investment(g)
    g.remove((inv, PROV.wasDerivedFrom, None))
    return inv, PROV.wasDerivedFrom


def _membership_member_is_an_org(g: Graph):
    membership = next(g.subjects(RDF.type, ORG.Membership))
    g.set((membership, ORG.member, ID["org/tiktok"]))
    return membership, ORG.member


def _role_label_in_capitals(g: Graph):
    role = next(g.subjects(RDF.type, ORG.Role))
    g.set((role, RDFS.label, Literal("Chief Executive Officer")))
    return role, RDFS.label


def _entity_without_label(g: Graph):
    g.remove((ID["person/roland-cloutier"], RDFS.label, None))
    return ID["person/roland-cloutier"], RDFS.label


def _entity_in_two_core_classes(g: Graph):
    g.add((ID["org/tiktok"], RDF.type, NKG.Place))
    return ID["org/tiktok"], RDF.type


def _subtype_without_core_class(g: Graph):
    g.remove((ID["org/tiktok"], RDF.type, NKG.Organization))
    return ID["org/tiktok"], None


def _entity_iri_outside_our_namespace(g: Graph):
    g.add((URIRef("http://example.org/someone"), RDF.type, NKG.Person))
    g.add((URIRef("http://example.org/someone"), RDFS.label, Literal("Someone")))
    return URIRef("http://example.org/someone"), None


def _date_published_as_string(g: Graph):
    g.set((g.identifier, SCHEMA.datePublished, Literal("6 August 2020")))
    return g.identifier, SCHEMA.datePublished


def _two_sources(g: Graph):
    g.add((g.identifier, DCTERMS.source, Literal("elsewhere.txt")))
    return g.identifier, DCTERMS.source


def _blank_amount(g: Graph):
    inv = _investment(g)
    amount = BNode()
    g.set((inv, NKG.amount, amount))
    g.add((amount, RDF.type, SCHEMA.MonetaryAmount))
    g.add((amount, SCHEMA.currency, Literal("EUR")))
    g.add((amount, SCHEMA.value, Literal(Decimal(420000000), datatype=XSD.decimal)))
    return inv, NKG.amount


MUTATIONS = [_drop_investor, _confidence_above_one, _two_investors, _investor_is_a_place, _currency_not_iso,
             _value_not_decimal, _range_upside_down, _amount_without_any_value, _unknown_status, _facility_not_a_concept, _facility_label_changed, _negative_jobs,
             _operational_as_plain_string, _country_not_a_country, _no_provenance, _membership_member_is_an_org,
             _role_label_in_capitals, _entity_without_label, _entity_in_two_core_classes, _subtype_without_core_class,
             _entity_iri_outside_our_namespace, _date_published_as_string, _two_sources]


@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda f: f.__name__.strip("_"))
def test_a_broken_graph_fails_and_the_report_names_its_article(mutate, seed_graph, store_dir):
    broken = _copy(seed_graph)
    focus, path = mutate(broken)
    report = _validate_graphs(store_dir, broken)

    assert not report.conforms
    [article] = report.failing
    assert article.article == str(seed_graph.identifier)
    assert SEED_SOURCE in article.source
    assert any(v.focus == str(focus) and (path is None or v.path == str(path)) for v in article.violations), article.violations
    assert all(v.message for v in article.violations)
    shown = render(report)
    assert article.source in shown and "1 of 1 article graph(s) violate the shapes" in shown


class _ExportOnly:
    """A store that only exports (as a remote one may): the embedded store refuses blank nodes
    on write, so this is how a graph holding one reaches the validator."""

    def __init__(self, *graphs: Graph):
        self.nquads = "".join(
            f"{s.n3()} {p.n3()} {o.n3()} {g.identifier.n3()} .\n" for g in graphs for s, p, o in g).encode("utf-8")

    def export(self, fmt: str, output) -> None:
        assert fmt == "nquads"
        output.write(self.nquads)


def test_blank_nodes_are_reported(seed_graph):
    broken = _copy(seed_graph)
    inv, path = _blank_amount(broken)

    [article] = validate(_ExportOnly(broken)).failing

    assert SEED_SOURCE in article.source
    blank = [v for v in article.violations if "blank node" in v.message]
    assert len(blank) == 1 and blank[0].focus.startswith("_:")
    assert any(v.focus == str(inv) and v.path == str(path) for v in article.violations)  # sh:nodeKind sh:IRI


def test_the_pipeline_graph_read_through_a_plain_export_conforms(seed_graph):
    done = []
    report = validate(_ExportOnly(seed_graph, _copy(seed_graph)), progress=lambda n, total: done.append((n, total)))
    assert report.conforms and len(report.articles) == 1  # one graph, however often it is exported
    assert done == [(1, 1)]


def test_an_unreadable_export_is_a_one_line_error():
    store = _ExportOnly()
    store.nquads = b"<urn:a> <urn:b> not rdf at all .\n"
    with pytest.raises(ValidateError, match="^cannot read the store's export: [^\\n]*$"):
        validate(store)


def test_only_the_broken_article_fails(seed_graph, store_dir):
    other = Graph(identifier=ID["article/0123456789abcdef0123"])
    other.add((other.identifier, RDF.type, NKG.Article))
    other.add((other.identifier, DCTERMS.source, Literal("corpus/articles/other.txt")))
    broken = _copy(seed_graph)
    _confidence_above_one(broken)

    report = _validate_graphs(store_dir, broken, other)

    assert len(report.articles) == 2
    assert {a.source: a.conforms for a in report.articles}["corpus/articles/other.txt"]
    [failing] = report.failing
    assert failing.article == str(seed_graph.identifier)
    [violation] = failing.violations
    assert violation.path == str(NKG.confidence) and violation.value == Literal("1.7", datatype=XSD.decimal).n3()
    assert "from 0 to 1" in violation.message


def test_a_graph_named_unlike_its_article_fails(store_dir):
    graph = Graph(identifier=ID["article/aaaaaaaaaaaaaaaaaaaa"])
    graph.add((ID["article/bbbbbbbbbbbbbbbbbbbb"], RDF.type, NKG.Article))
    graph.add((ID["article/bbbbbbbbbbbbbbbbbbbb"], DCTERMS.source, Literal("misnamed.txt")))

    [article] = _validate_graphs(store_dir, graph).failing

    assert article.source == "misnamed.txt"
    assert any("graph's IRI" in v.message for v in article.violations)


def test_render_lists_violations_compactly(seed_graph, store_dir):
    broken = _copy(seed_graph)
    inv, _ = _drop_investor(broken)
    text = render(_validate_graphs(store_dir, broken))
    assert f"✗ {seed_graph.value(seed_graph.identifier, DCTERMS.source)}" in text
    assert f"id:investment/{str(inv).rsplit('/', 1)[1]} nkg:investor: an investment has exactly one nkg:investor" in text
