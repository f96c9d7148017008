"""An Extraction as the triples of its article's named graph, shaped by the data contract."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from .records import Entity, Extraction, Investment, Money, Role, When
from .vocab import ENTITY_KINDS, FACILITY_TYPES, NKG, PREFIXES, SCHEMA, facility_iri, mint


def article_iri(text: str) -> URIRef:
    return URIRef(mint("article", text))


def entity_iri(entity_type: str, name: str) -> URIRef:
    return URIRef(mint(ENTITY_KINDS[entity_type], name))


def to_graph(extraction: Extraction) -> Graph:
    """The article's named graph: everything extracted from it, asserted inside it."""
    article = extraction.article
    graph = Graph(identifier=article_iri(article.text))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    a = graph.identifier
    graph.add((a, RDF.type, NKG.Article))
    graph.add((a, DCTERMS.source, Literal(article.source)))
    if article.headline:
        graph.add((a, SCHEMA.headline, Literal(article.headline)))
    if article.published:
        graph.add((a, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.url:
        graph.add((a, SCHEMA.url, URIRef(article.url)))
    if article.publisher:
        graph.add((a, SCHEMA.publisher, Literal(article.publisher)))

    # Names are looked up by what they must be: an investment's place is a Place even when
    # an organisation of the same name is in the article too.
    iris: dict[tuple[str, str], URIRef] = {}
    for entity in extraction.entities:
        node = iris[entity.type, entity.name] = _add_entity(graph, entity)
        if entity.mentioned:
            graph.add((a, SCHEMA.mentions, node))
    for entity in extraction.entities:
        node = iris[entity.type, entity.name]
        _put(graph, node, NKG.locatedIn, iris.get(("Place", entity.located_in)))
        _put(graph, node, NKG.subsidiaryOf, iris.get(("Organization", entity.subsidiary_of)))
    for investment in extraction.investments:
        _add_investment(graph, a, investment, iris)
    for role in extraction.roles:
        _add_role(graph, a, role, iris)
    return graph


def _add_entity(graph: Graph, entity: Entity) -> URIRef:
    node = entity_iri(entity.type, entity.name)
    graph.add((node, RDF.type, NKG[entity.type]))
    if entity.subtype:
        graph.add((node, RDF.type, NKG[entity.subtype]))
    graph.add((node, RDFS.label, Literal(entity.name)))
    for alias in entity.aliases:
        if alias != entity.name:
            graph.add((node, SKOS.altLabel, Literal(alias)))
    if entity.iso_code:
        graph.add((node, NKG.isoCode, Literal(entity.iso_code)))
    return node


def _when(when: When) -> Literal:
    return Literal(when.value, datatype=XSD[when.datatype])


def _put(graph: Graph, node: URIRef, predicate: URIRef, value, datatype: URIRef | None = None) -> None:
    """Add (node, predicate, value) when there is a value: the contract states only what an
    article says."""
    if value is not None:
        graph.add((node, predicate, value if isinstance(value, (URIRef, Literal)) else Literal(value, datatype=datatype)))


def _add_money(graph: Graph, money: Money) -> URIRef:
    node = URIRef(mint("amount", money.value, money.currency, money.minimum, money.maximum, money.qualifier))
    graph.add((node, RDF.type, SCHEMA.MonetaryAmount))
    graph.add((node, SCHEMA.currency, Literal(money.currency)))
    _put(graph, node, SCHEMA.value, money.value, XSD.decimal)
    _put(graph, node, SCHEMA.minValue, money.minimum, XSD.decimal)
    _put(graph, node, SCHEMA.maxValue, money.maximum, XSD.decimal)
    _put(graph, node, NKG.qualifier, money.qualifier)
    return node


def investment_iri(investment: Investment) -> URIRef:
    """One investment reported by several articles is one node, named by its identity."""
    return URIRef(mint("investment", *investment.identity))


def _add_investment(graph: Graph, article: URIRef, inv: Investment, iris: dict) -> None:
    node = investment_iri(inv)
    graph.add((node, RDF.type, NKG.Investment))
    graph.add((node, NKG.investor, iris["Organization", inv.investor]))
    for partner in inv.partners:
        graph.add((node, NKG.partner, iris["Organization", partner]))
    if inv.amount:
        graph.add((node, NKG.amount, _add_money(graph, inv.amount)))
    _put(graph, node, NKG.location, iris.get(("Place", inv.place)))
    _put(graph, node, NKG.country, iris.get(("Place", inv.country)))
    facility = URIRef(facility_iri(inv.facility))
    graph.add((node, NKG.facilityType, facility))
    graph.add((facility, RDF.type, SKOS.Concept))
    graph.add((facility, SKOS.prefLabel, Literal(inv.facility if inv.facility in FACILITY_TYPES else "other")))
    _put(graph, node, NKG.operationalFrom, _when(inv.operational) if inv.operational else None)
    _put(graph, node, NKG.announcedOn, _when(inv.announced) if inv.announced else None)
    _put(graph, node, NKG.jobs, inv.jobs, XSD.integer)
    _put(graph, node, NKG.constructionJobs, inv.construction_jobs, XSD.integer)
    _put(graph, node, NKG.capacityMW, Decimal(str(inv.capacity_mw)) if inv.capacity_mw is not None else None, XSD.decimal)
    graph.add((node, NKG.status, NKG[inv.status]))
    _add_provenance(graph, node, article, inv.evidence, inv.confidence)


def _add_role(graph: Graph, article: URIRef, role: Role, iris: dict) -> None:
    role_node = URIRef(mint("role", role.title))
    graph.add((role_node, RDF.type, ORG.Role))
    graph.add((role_node, RDFS.label, Literal(role.title)))
    person, org = iris["Person", role.person], iris["Organization", role.org]
    node = URIRef(mint("membership", person, org, role.title))
    graph.add((node, RDF.type, ORG.Membership))
    graph.add((node, ORG.member, person))
    graph.add((node, ORG.organization, org))
    graph.add((node, ORG.role, role_node))
    _add_provenance(graph, node, article, role.evidence, role.confidence)


def _add_provenance(graph: Graph, node: URIRef, article: URIRef, evidence: tuple[str, ...], confidence: float) -> None:
    graph.add((node, PROV.wasDerivedFrom, article))
    if evidence:
        graph.add((node, NKG.evidence, Literal(" … ".join(evidence))))
    graph.add((node, NKG.confidence, Literal(round(confidence, 3), datatype=XSD.decimal)))
