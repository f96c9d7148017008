"""The ontology declares, documents and aligns every nkg: term the graphs use."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SKOS

import ontology
from extract.lexicon import load
from extract.store import open_store
from extract.vocab import FACILITY_TYPES, NKG, SCHEMA, STATUSES

SH = "http://www.w3.org/ns/shacl#"
NKGSH = "https://w3id.org/newskg/shapes#"
ALIGNED = (str(SCHEMA), str(ORG), str(PROV))


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology.path("newskg.ttl"), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology.path("shapes.ttl"), format="turtle")


@pytest.fixture(scope="module")
def used_terms(corpus_store) -> dict[str, set[URIRef]]:
    """nkg: terms in the corpus graphs, by the position they are used in."""
    queries = {
        "predicates": "SELECT DISTINCT ?t WHERE { GRAPH ?g { ?s ?t ?o } }",
        "classes": "SELECT DISTINCT ?t WHERE { GRAPH ?g { ?s a ?t } }",
        "values": "SELECT DISTINCT ?t WHERE { GRAPH ?g { ?s ?p ?t FILTER (?p != rdf:type && isIRI(?t)) } }",
    }
    with open_store(corpus_store) as db:
        return {
            kind: {URIRef(row["t"]["value"]) for row in db.query(q).rows if row["t"]["value"].startswith(str(NKG))}
            for kind, q in queries.items()
        }


def _documented(onto: Graph, term: URIRef) -> bool:
    return any(isinstance(o, Literal) and str(o).strip() for o in onto.objects(term, RDFS.label)) and any(
        isinstance(o, Literal) and str(o).strip() for o in onto.objects(term, RDFS.comment))


def test_ttl_files_parse(onto, shapes):
    assert (URIRef("https://w3id.org/newskg/ontology"), RDF.type, OWL.Ontology) in onto
    assert len(list(shapes.subjects(RDF.type, URIRef(SH + "NodeShape")))) >= 10


def test_the_corpus_graphs_use_nkg_terms(used_terms):
    # Guards the tests below against passing on an empty store.
    assert {NKG.investor, NKG.amount, NKG.facilityType, NKG.confidence} <= used_terms["predicates"]
    assert {NKG.Article, NKG.Investment, NKG.Organization, NKG.Person, NKG.Place} <= used_terms["classes"]
    assert NKG.DataCenter in used_terms["values"] and NKG.Announced in used_terms["values"]


def test_every_nkg_predicate_in_the_graphs_is_a_documented_property(onto, used_terms):
    for predicate in sorted(used_terms["predicates"]):
        kinds = set(onto.objects(predicate, RDF.type))
        assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"{predicate} is not declared as a property"
        assert _documented(onto, predicate), f"{predicate} lacks rdfs:label or rdfs:comment"


def test_every_nkg_class_in_the_graphs_is_a_documented_class(onto, used_terms):
    for cls in sorted(used_terms["classes"]):
        assert (cls, RDF.type, OWL.Class) in onto, f"{cls} is not declared as a class"
        assert _documented(onto, cls), f"{cls} lacks rdfs:label or rdfs:comment"


def test_every_nkg_value_in_the_graphs_is_a_declared_concept(onto, used_terms):
    for value in sorted(used_terms["values"]):
        assert (value, RDF.type, SKOS.Concept) in onto, f"{value} is not declared"
        assert onto.value(value, SKOS.prefLabel) is not None and onto.value(value, RDFS.label) is not None


def test_every_entity_kind_the_pipeline_can_assert_is_declared(onto):
    # Subtypes come from the gazetteer and the place index, not only from the sample corpus.
    kinds = {record["type"] for record in load("organizations.jsonl")}
    kinds |= {record.get("kind", "Region") for record in load("regions.jsonl")}
    kinds |= {"Country", "Region", "City", "Continent", "Organization", "Person", "Place"}
    for kind in sorted(kinds):
        assert (NKG[kind], RDF.type, OWL.Class) in onto, f"nkg:{kind} is not declared"


def test_every_nkg_class_is_aligned_to_schema_org_or_prov(onto):
    classes = [c for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(str(NKG))]
    assert len(classes) >= 18
    for cls in classes:
        parents = [str(p) for p in onto.objects(cls, RDFS.subClassOf)]
        assert any(p.startswith(ALIGNED) for p in parents), f"{cls} is not a subclass of a schema:/org:/prov: class"
        assert _documented(onto, cls), f"{cls} lacks rdfs:label or rdfs:comment"


def test_every_nkg_property_is_documented_and_has_a_domain(onto):
    properties = [p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in onto.subjects(RDF.type, kind)]
    assert len(properties) >= 18
    for prop in properties:
        assert _documented(onto, prop), f"{prop} lacks rdfs:label or rdfs:comment"
        assert onto.value(prop, RDFS.domain) is not None, f"{prop} has no rdfs:domain"


def test_key_alignments(onto):
    assert (NKG.Investment, RDFS.subClassOf, PROV.Entity) in onto
    assert (NKG.Investment, RDFS.subClassOf, PROV.Activity) not in onto  # disjoint with prov:Entity
    assert (NKG.Article, RDFS.subClassOf, SCHEMA.NewsArticle) in onto
    assert (NKG.Organization, RDFS.subClassOf, ORG.Organization) in onto
    assert (NKG.Company, RDFS.subClassOf, ORG.FormalOrganization) in onto
    assert (NKG.City, RDFS.subClassOf, SCHEMA.City) in onto
    assert (NKG.Region, RDFS.subClassOf, SCHEMA.AdministrativeArea) in onto
    assert (NKG.location, RDFS.subPropertyOf, SCHEMA.location) in onto
    assert (NKG.subsidiaryOf, RDFS.subPropertyOf, ORG.subOrganizationOf) in onto
    assert (NKG.amount, RDFS.range, SCHEMA.MonetaryAmount) in onto


def test_facility_scheme_has_the_nine_concepts_with_their_design_labels(onto):
    members = set(onto.subjects(SKOS.inScheme, NKG.FacilityTypes))
    assert (NKG.FacilityTypes, RDF.type, SKOS.ConceptScheme) in onto
    assert members == {NKG[name] for name in FACILITY_TYPES.values()}
    assert {str(onto.value(c, SKOS.prefLabel)): c for c in members} == {label: NKG[name] for label, name in FACILITY_TYPES.items()}
    assert onto.value(NKG.DataCenter, SKOS.prefLabel) == Literal("data center")
    assert onto.value(NKG.OtherFacility, SKOS.prefLabel) == Literal("other")


def test_statuses_are_declared(onto):
    assert set(onto.subjects(RDF.type, NKG.Status)) == {NKG[s] for s in STATUSES}
    assert set(onto.subjects(SKOS.inScheme, NKG.Statuses)) == {NKG[s] for s in STATUSES}


def _in_list(shapes: Graph, path: URIRef) -> set:
    [prop] = [p for p in shapes.subjects(URIRef(SH + "path"), path) if shapes.value(p, URIRef(SH + "in")) is not None]
    return set(Collection(shapes, shapes.value(prop, URIRef(SH + "in"))))


def test_shapes_allow_exactly_the_ontologys_concepts(onto, shapes):
    assert _in_list(shapes, NKG.facilityType) == set(onto.subjects(SKOS.inScheme, NKG.FacilityTypes))
    assert _in_list(shapes, NKG.status) == set(onto.subjects(SKOS.inScheme, NKG.Statuses))
    for concept in onto.subjects(SKOS.inScheme, NKG.FacilityTypes):
        shape = shapes.value(None, URIRef(SH + "targetNode"), concept)
        assert shape is not None, f"no label shape for {concept}"
        prop = shapes.value(shape, URIRef(SH + "property"))
        assert set(Collection(shapes, shapes.value(prop, URIRef(SH + "in")))) == {onto.value(concept, SKOS.prefLabel)}


def test_shapes_are_not_in_the_ontology_namespace(shapes):
    shape_nodes = [s for s in shapes.subjects(RDF.type, URIRef(SH + "NodeShape")) if isinstance(s, URIRef)]
    assert shape_nodes and all(str(s).startswith(NKGSH) for s in shape_nodes)
