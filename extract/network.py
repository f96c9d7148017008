"""The knowledge graph as a network of entities: its networkx projection, file exports and analytics."""

from __future__ import annotations

import csv
import difflib
import json
import os
from collections import Counter, defaultdict, deque
from dataclasses import asdict, dataclass
from pathlib import Path

import networkx as nx

from .files import atomic_path
from .vocab import PREFIXES

KINDS = ("Organization", "Person", "Place")
RELATIONS = ("invests", "role", "subsidiaryOf", "locatedIn", "partner")
FORMATS = ("graphml", "gexf", "nodelink", "csv")
CENTRAL_KINDS = ("Organization", "Place")

# Node and edge attributes in the column order of the CSV files; anything else follows.
NODE_COLUMNS = ("label", "kind", "class", "country", "degree")
EDGE_COLUMNS = ("relation", "articles", "investment", "amount", "amount_min", "amount_max", "currency",
                "country", "facility", "year", "status", "capacity_mw", "jobs", "title")

COMMUNITY_SEED = 42


class NetworkError(Exception):
    """A problem a user can fix (unknown entity, unwritable path…); its message is one line."""


# --- projection -------------------------------------------------------------------------

# Declared here rather than relying on the store's predeclared prefixes, so the same text
# runs on any SPARQL endpoint.
_PROLOGUE = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())
_CORE = "nkg:Organization nkg:Person nkg:Place"

_ENTITIES = _PROLOGUE + f"""
SELECT ?e ?kind ?label (COUNT(DISTINCT ?g) AS ?support) WHERE {{
  VALUES ?kind {{ {_CORE} }}
  ?e a ?kind .
  OPTIONAL {{ GRAPH ?g {{ ?e rdfs:label ?label }} }}
}} GROUP BY ?e ?kind ?label
"""

_CLASSES = _PROLOGUE + f"""
SELECT ?e ?class (COUNT(DISTINCT ?g) AS ?support) WHERE {{
  VALUES ?kind {{ {_CORE} }}
  ?e a ?kind .
  GRAPH ?g {{ ?e a ?class }}
  FILTER (STRSTARTS(STR(?class), STR(nkg:)) && ?class NOT IN (nkg:Organization, nkg:Person, nkg:Place))
}} GROUP BY ?e ?class
"""

_INVESTMENTS = _PROLOGUE + """
SELECT ?i ?investor ?location ?country ?facility ?opening ?status ?capacity ?jobs WHERE {
  ?i a nkg:Investment ; nkg:investor ?investor .
  OPTIONAL { ?i nkg:location ?location }
  OPTIONAL { ?i nkg:country ?country }
  OPTIONAL { ?i nkg:facilityType/skos:prefLabel ?facility }
  OPTIONAL { ?i nkg:operationalFrom ?opening }
  OPTIONAL { ?i nkg:status ?status }
  OPTIONAL { ?i nkg:capacityMW ?capacity }
  OPTIONAL { ?i nkg:jobs ?jobs }
}
"""

_AMOUNTS = _PROLOGUE + """
SELECT ?i ?m ?value ?min ?max ?currency (COUNT(DISTINCT ?g) AS ?support) WHERE {
  GRAPH ?g { ?i nkg:amount ?m }
  ?m schema:currency ?currency .
  OPTIONAL { ?m schema:value ?value }
  OPTIONAL { ?m schema:minValue ?min }
  OPTIONAL { ?m schema:maxValue ?max }
} GROUP BY ?i ?m ?value ?min ?max ?currency
"""

_INVESTMENT_ARTICLES = _PROLOGUE + """
SELECT DISTINCT ?i ?g WHERE { GRAPH ?g { ?i a nkg:Investment } }
"""

_PARTNERS = _PROLOGUE + """
SELECT DISTINCT ?i ?partner ?g WHERE { GRAPH ?g { ?i nkg:partner ?partner } }
"""

_ROLES = _PROLOGUE + """
SELECT ?m ?person ?org ?title ?g WHERE {
  GRAPH ?g { ?m org:member ?person ; org:organization ?org }
  OPTIONAL { GRAPH ?g { ?m org:role/rdfs:label ?title } }
}
"""

_LINKS = _PROLOGUE + """
SELECT DISTINCT ?s ?o ?g WHERE { GRAPH ?g { ?s nkg:%s ?o } }
"""


def _rows(db, sparql: str) -> list[dict[str, str]]:
    """SELECT rows as {variable: lexical value}, unbound variables left out."""
    return [{name: term["value"] for name, term in row.items()} for row in db.query(sparql).rows]


def _clean(text: str) -> str:
    return " ".join(text.split())


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _best(support: Counter) -> str:
    """The value most articles agree on; ties go to the shorter, then the alphabetically first,
    so the same store always gives the same answer."""
    return min(support, key=lambda value: (-support[value], len(value), value))


def _articles(iris) -> str:
    return " ".join(sorted(iris))


def project(db) -> nx.MultiDiGraph:
    """The entities of the store and what links them, as a directed multigraph keyed by IRI.

    Nodes carry label, kind (Organization/Person/Place), class (the subclass most articles
    assert, else the kind), country (see ``_add_countries``) and degree. Edges carry
    ``relation`` (one of RELATIONS) and ``articles`` (the IRIs of the articles asserting it,
    space separated), plus what the relation knows: an investment's amount, currency,
    facility, operational year… Every value is a str, int or float, so GraphML and GEXF take
    the graph as it is.
    """
    graph = nx.MultiDiGraph(name="newskg")
    _add_entities(db, graph)
    _add_investments(db, graph)
    _add_roles(db, graph)
    for relation in ("subsidiaryOf", "locatedIn"):
        _add_links(db, graph, relation)
    _add_countries(graph)
    for node, degree in graph.degree():
        graph.nodes[node]["degree"] = degree
    return graph


def _add_entities(db, graph: nx.MultiDiGraph) -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, Counter] = defaultdict(Counter)
    for row in _rows(db, _ENTITIES):
        kinds[row["e"]].add(_local(row["kind"]))
        if "label" in row and _clean(row["label"]):
            labels[row["e"]][_clean(row["label"])] += int(row["support"])
    classes: dict[str, Counter] = defaultdict(Counter)
    for row in _rows(db, _CLASSES):
        classes[row["e"]][_local(row["class"])] += int(row["support"])
    for entity in sorted(kinds):
        kind = min(kinds[entity], key=KINDS.index)
        # The contract's subclasses all sit right under a core class, so none is more
        # specific than another; when articles disagree, the one most of them state wins.
        graph.add_node(
            entity,
            label=_best(labels[entity]) if labels[entity] else _local(entity),
            kind=kind,
            **{"class": _best(classes[entity]) if classes[entity] else kind},
        )


def _ensure_node(graph: nx.MultiDiGraph, iri: str) -> None:
    # The contract types every entity an edge points at; a store that does not still gets
    # a labelled node rather than an attribute-less one that breaks the file formats' columns.
    if iri not in graph:
        graph.add_node(iri, label=_local(iri), kind="Unknown", **{"class": "Unknown"})


def _add_edge(graph: nx.MultiDiGraph, source: str, target: str, key: str, **attributes) -> None:
    _ensure_node(graph, source)
    _ensure_node(graph, target)
    graph.add_edge(source, target, key=key, **{k: v for k, v in attributes.items() if v is not None})


def _add_investments(db, graph: nx.MultiDiGraph) -> None:
    facts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _rows(db, _INVESTMENTS):
        for name, value in row.items():
            facts[row["i"]][name].add(value)
    articles: dict[str, set[str]] = defaultdict(set)
    for row in _rows(db, _INVESTMENT_ARTICLES):
        articles[row["i"]].add(row["g"])
    amounts: dict[str, list[dict]] = defaultdict(list)
    for row in _rows(db, _AMOUNTS):
        amounts[row["i"]].append(row)

    unplaced = 0
    for investment in sorted(facts):
        fact = facts[investment]
        investor = min(fact["investor"])
        # The most specific place stated, else the country: an edge needs somewhere to point.
        places = fact["location"] or fact["country"]
        if not places:
            unplaced += 1
            continue
        amount = _amount(amounts[investment])
        country = min(fact["country"]) if fact["country"] else None
        _add_edge(
            graph, investor, min(places), investment,
            relation="invests",
            articles=_articles(articles[investment]),
            investment=investment,
            **amount,
            country=graph.nodes[country]["label"] if country in graph else None,
            facility=min(fact["facility"]) if fact["facility"] else None,
            year=min(int(v[:4]) for v in fact["opening"]) if fact["opening"] else None,
            status=_local(min(fact["status"])) if fact["status"] else None,
            capacity_mw=max(float(v) for v in fact["capacity"]) if fact["capacity"] else None,
            jobs=max(int(float(v)) for v in fact["jobs"]) if fact["jobs"] else None,
        )
    graph.graph["investments_without_place"] = unplaced

    for row in _rows(db, _PARTNERS):
        investment = row["i"]
        if investment not in facts:
            continue
        investor = min(facts[investment]["investor"])
        key = f"partner {investment}"
        if graph.has_edge(investor, row["partner"], key):
            edge = graph.edges[investor, row["partner"], key]
            edge["articles"] = _articles(set(edge["articles"].split()) | {row["g"]})
        else:
            _add_edge(graph, investor, row["partner"], key, relation="partner", articles=row["g"],
                      investment=investment)


def _amount(candidates: list[dict]) -> dict:
    """The amount most articles report for an investment (ties: the larger one), as edge
    attributes; amounts are always floats so each file format sees one type per column."""
    if not candidates:
        return {}

    def rank(row):
        size = float(row.get("value") or row.get("max") or row.get("min") or 0)
        return (int(row["support"]), size, row["m"])

    chosen = max(candidates, key=rank)
    out = {"currency": chosen["currency"]}
    for attribute, variable in (("amount", "value"), ("amount_min", "min"), ("amount_max", "max")):
        if variable in chosen:
            out[attribute] = float(chosen[variable])
    return out


def _add_roles(db, graph: nx.MultiDiGraph) -> None:
    ends: dict[str, tuple[str, str]] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, Counter] = defaultdict(Counter)
    for row in _rows(db, _ROLES):
        membership = row["m"]
        ends[membership] = (row["person"], row["org"])
        articles[membership].add(row["g"])
        if "title" in row and _clean(row["title"]):
            titles[membership][_clean(row["title"])] += 1
    for membership in sorted(ends):
        person, organisation = ends[membership]
        _add_edge(graph, person, organisation, membership, relation="role",
                  articles=_articles(articles[membership]),
                  title=_best(titles[membership]) if titles[membership] else None)


def _add_links(db, graph: nx.MultiDiGraph, relation: str) -> None:
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in _rows(db, _LINKS % relation):
        articles[row["s"], row["o"]].add(row["g"])
    for (source, target), found_in in sorted(articles.items()):
        _add_edge(graph, source, target, relation, relation=relation, articles=_articles(found_in))


def _add_countries(graph: nx.MultiDiGraph) -> None:
    """Give places and organisations the label of their country, where the graph tells it.

    A place's country is itself if it is a Country, else the nearest Country up its
    locatedIn chain. An organisation's is the country of its investments when they are all in
    one (the investment's nkg:country, else its place's). People get none: where they work
    says little about where they are.
    """
    def is_country(node: str) -> bool:
        return graph.nodes[node].get("class") == "Country"

    def country_of_place(place: str) -> str | None:
        seen, frontier = {place}, [place]
        while frontier:
            found = sorted((n for n in frontier if is_country(n)), key=lambda n: graph.nodes[n]["label"])
            if found:
                return found[0]
            upward = []
            for node in frontier:
                for _, parent, relation in graph.out_edges(node, data="relation"):
                    if relation == "locatedIn" and parent not in seen:
                        seen.add(parent)
                        upward.append(parent)
            frontier = upward
        return None

    countries: dict[str, str] = {}
    for node, kind in graph.nodes(data="kind"):
        if kind == "Place" and (country := country_of_place(node)):
            countries[node] = country
    for node, kind in graph.nodes(data="kind"):
        if kind != "Organization":
            continue
        invested_in = {
            data.get("country") or (graph.nodes[countries[place]]["label"] if place in countries else None)
            for _, place, data in graph.out_edges(node, data=True)
            if data["relation"] == "invests"
        }
        if len(invested_in) == 1 and None not in invested_in:
            graph.nodes[node]["country"] = invested_in.pop()
    for node, country in countries.items():
        graph.nodes[node]["country"] = graph.nodes[country]["label"]


# --- exports ----------------------------------------------------------------------------


def csv_paths(path: str | os.PathLike) -> tuple[Path, Path]:
    """Where the CSV export of ``path`` goes: a folder (existing, ending in a separator or
    without a suffix) gets nodes.csv and edges.csv; ``out/kg.csv`` is a prefix and gives
    out/kg-nodes.csv and out/kg-edges.csv."""
    text = os.fspath(path)
    target = Path(text)
    if target.is_dir() or text.endswith(("/", os.sep)) or not target.suffix:
        return target / "nodes.csv", target / "edges.csv"
    stem = target.with_suffix("")
    return stem.with_name(f"{stem.name}-nodes.csv"), stem.with_name(f"{stem.name}-edges.csv")


def write(graph: nx.MultiDiGraph, fmt: str, path: str | os.PathLike) -> list[Path]:
    """Write ``graph`` as graphml, gexf, nodelink (JSON) or csv; returns the files written."""
    if fmt not in FORMATS:
        raise NetworkError(f"unknown graph format '{fmt}' (choose from: {', '.join(FORMATS)})")
    if fmt == "csv":
        nodes_path, edges_path = csv_paths(path)
        with atomic_path(nodes_path) as temporary:
            _write_nodes_csv(graph, temporary)
        with atomic_path(edges_path) as temporary:
            _write_edges_csv(graph, temporary)
        return [nodes_path, edges_path]
    with atomic_path(path) as temporary:
        if fmt == "graphml":
            nx.write_graphml(graph, temporary)
        elif fmt == "gexf":
            nx.write_gexf(graph, temporary)
        else:
            data = nx.node_link_data(graph, edges="edges")
            temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return [Path(path)]


def _columns(preferred: tuple[str, ...], records) -> list[str]:
    present = set()
    for record in records:
        present.update(record)
    return [c for c in preferred if c in present] + sorted(present - set(preferred))


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _write_nodes_csv(graph: nx.MultiDiGraph, path: Path) -> None:
    columns = _columns(NODE_COLUMNS, (data for _, data in graph.nodes(data=True)))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", *columns])
        for node, data in graph.nodes(data=True):
            writer.writerow([node, *(_cell(data[c]) if c in data else "" for c in columns)])


def _write_edges_csv(graph: nx.MultiDiGraph, path: Path) -> None:
    columns = _columns(EDGE_COLUMNS, (data for *_, data in graph.edges(data=True)))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["source", "target", "key", *columns])
        for source, target, key, data in graph.edges(keys=True, data=True):
            writer.writerow([source, target, key, *(_cell(data[c]) if c in data else "" for c in columns)])


# --- analytics --------------------------------------------------------------------------


def collapse(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph under ``graph``: one edge per linked pair, weighted by how
    many statements link them."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for source, target in graph.edges():
        if simple.has_edge(source, target):
            simple[source][target]["weight"] += 1
        else:
            simple.add_edge(source, target, weight=1)
    return simple


def pagerank(simple: nx.Graph, alpha: float = 0.85) -> dict[str, float]:
    return nx.pagerank(simple, alpha=alpha, weight="weight")


@dataclass(frozen=True)
class Central:
    iri: str
    label: str
    kind: str
    cls: str
    degree: int
    pagerank: float


@dataclass(frozen=True)
class Community:
    size: int
    members: tuple[str, ...]  # labels of its best-connected members


@dataclass(frozen=True)
class Report:
    nodes: int
    edges: int
    investments: int
    articles: int
    relations: dict[str, int]
    by_degree: dict[str, tuple[Central, ...]]  # kind → the most connected entities of that kind
    by_pagerank: dict[str, tuple[Central, ...]]
    components: int
    component_sizes: tuple[int, ...]  # largest first
    isolated: int
    communities: int
    modularity: float
    largest_communities: tuple[Community, ...]

    def as_dict(self) -> dict:
        return asdict(self)


def investments(graph: nx.MultiDiGraph) -> set[str]:
    """The distinct investments the graph's "invests" edges stand for."""
    return {d["investment"] for *_, d in graph.edges(data=True) if d.get("relation") == "invests"}


def articles(graph: nx.MultiDiGraph) -> set[str]:
    """Every article some edge of the graph comes from."""
    return {a for *_, d in graph.edges(data=True) for a in d.get("articles", "").split()}


def report(graph: nx.MultiDiGraph, top: int = 10) -> Report:
    """Who and where is central, how the graph falls apart, and its communities."""
    simple = collapse(graph)
    ranks = pagerank(simple)
    degree = dict(graph.degree())

    def central(node: str) -> Central:
        data = graph.nodes[node]
        return Central(node, data.get("label", node), data.get("kind", ""), data.get("class", ""),
                       degree[node], ranks.get(node, 0.0))

    by_degree, by_pagerank = {}, {}
    for kind in CENTRAL_KINDS:
        members = [n for n, k in graph.nodes(data="kind") if k == kind and degree[n]]
        label = lambda n: graph.nodes[n].get("label", n)  # noqa: E731
        by_degree[kind] = tuple(central(n) for n in sorted(members, key=lambda n: (-degree[n], -ranks[n], label(n)))[:top])
        by_pagerank[kind] = tuple(central(n) for n in sorted(members, key=lambda n: (-ranks[n], -degree[n], label(n)))[:top])

    components = sorted((len(c) for c in nx.connected_components(simple)), reverse=True)
    linked = simple.subgraph(n for n in simple if simple.degree(n)).copy()
    found = []
    modularity = 0.0
    if linked.number_of_edges():
        found = nx.community.louvain_communities(linked, weight="weight", seed=COMMUNITY_SEED)
        modularity = nx.community.modularity(linked, found, weight="weight")
    found.sort(key=lambda c: (-len(c), min(c)))
    largest = tuple(
        Community(len(c), tuple(graph.nodes[n].get("label", n) for n in sorted(c, key=lambda n: (-degree[n], n))[:5]))
        for c in found[:top]
    )
    return Report(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        investments=len(investments(graph)),
        articles=len(articles(graph)),
        relations=dict(sorted(Counter(r for *_, r in graph.edges(data="relation")).items())),
        by_degree=by_degree,
        by_pagerank=by_pagerank,
        components=len(components),
        component_sizes=tuple(components[:top]),
        isolated=sum(1 for size in components if size == 1),
        communities=len(found),
        modularity=round(modularity, 4),
        largest_communities=largest,
    )


def report_tables(result: Report) -> list:
    """The report as rich renderables, one per section, for the terminal."""
    from rich.table import Table

    overview = Table(title="Graph", show_header=False)
    overview.add_column("what")
    overview.add_column("count", justify="right")
    for name, value in (("entities", result.nodes), ("links", result.edges), ("investments", result.investments),
                        ("articles", result.articles)):
        overview.add_row(name, str(value))
    for relation, count in result.relations.items():
        overview.add_row(f"  {relation}", str(count))
    overview.add_row("connected components", str(result.components))
    overview.add_row("  isolated entities", str(result.isolated))
    overview.add_row("  largest sizes", ", ".join(map(str, result.component_sizes)))
    overview.add_row("communities (louvain)", str(result.communities))
    overview.add_row("  modularity", f"{result.modularity:.3f}")

    tables = [overview]
    for kind in result.by_degree:
        table = Table(title=f"Most central {kind.lower()}s")
        table.add_column("#", justify="right")
        table.add_column("by degree")
        table.add_column("degree", justify="right")
        table.add_column("by PageRank")
        table.add_column("PageRank", justify="right")
        degree_ranked, page_ranked = result.by_degree[kind], result.by_pagerank[kind]
        for i in range(max(len(degree_ranked), len(page_ranked))):
            left = degree_ranked[i] if i < len(degree_ranked) else None
            right = page_ranked[i] if i < len(page_ranked) else None
            table.add_row(
                str(i + 1),
                left.label if left else "", str(left.degree) if left else "",
                right.label if right else "", f"{right.pagerank:.4f}" if right else "",
            )
        tables.append(table)

    communities = Table(title="Largest communities")
    communities.add_column("#", justify="right")
    communities.add_column("size", justify="right")
    communities.add_column("best-connected members")
    for i, community in enumerate(result.largest_communities, 1):
        communities.add_row(str(i), str(community.size), ", ".join(community.members))
    tables.append(communities)
    return tables


def print_report(result: Report, console=None) -> None:
    """Print the report's tables (to ``console``, else a rich Console on stdout)."""
    from rich.console import Console

    console = console or Console()
    for table in report_tables(result):
        console.print(table)


# --- lookups and paths ------------------------------------------------------------------


def find(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """The nodes whose label is ``name`` (case and spacing ignored), or whose IRI it is."""
    if name in graph:
        return [name]
    wanted = _clean(name).casefold()
    matches = sorted(n for n, label in graph.nodes(data="label") if label and _clean(label).casefold() == wanted)
    if not matches:
        labels = {_clean(label).casefold(): label for _, label in graph.nodes(data="label") if label}
        close = [labels[k] for k in difflib.get_close_matches(wanted, labels, n=3, cutoff=0.75)]
        hint = f" (did you mean: {', '.join(close)}?)" if close else ""
        raise NetworkError(f"no entity named '{name}' in the graph{hint}")
    return matches


@dataclass(frozen=True)
class Step:
    source: str  # label
    relation: str
    target: str  # label
    forward: bool  # the statement reads source → target (else target → source)

    def __str__(self) -> str:
        if self.forward:
            return f"{self.source} —{self.relation}→ {self.target}"
        return f"{self.source} ←{self.relation}— {self.target}"


@dataclass(frozen=True)
class GraphPath:
    nodes: tuple[str, ...]  # IRIs, from the first name's entity to the second's
    labels: tuple[str, ...]
    steps: tuple[Step, ...]

    def __str__(self) -> str:
        if not self.steps:
            return self.labels[0]
        text = self.labels[0]
        for step in self.steps:
            text += f" —{step.relation}→ " if step.forward else f" ←{step.relation}— "
            text += step.target
        return text


def _neighbours(graph: nx.MultiDiGraph, node: str) -> list[str]:
    return sorted(set(graph.successors(node)) | set(graph.predecessors(node)))


def shortest_path(graph: nx.MultiDiGraph, a: str, b: str) -> GraphPath:
    """The shortest chain of statements, in either direction, linking the entity labelled
    ``a`` to the one labelled ``b`` (when a label names several entities, any of them)."""
    sources, targets = find(graph, a), set(find(graph, b))
    parent: dict[str, str | None] = {s: None for s in sources}
    queue = deque(sources)
    reached = next((s for s in sources if s in targets), None)
    while queue and reached is None:
        node = queue.popleft()
        for neighbour in _neighbours(graph, node):
            if neighbour not in parent:
                parent[neighbour] = node
                if neighbour in targets:
                    reached = neighbour
                    break
                queue.append(neighbour)
    if reached is None:
        raise NetworkError(f"no path links '{a}' and '{b}'")
    nodes = [reached]
    while parent[nodes[-1]] is not None:
        nodes.append(parent[nodes[-1]])
    nodes.reverse()
    labels = tuple(graph.nodes[n].get("label", n) for n in nodes)
    steps = []
    for i, (u, v) in enumerate(zip(nodes, nodes[1:])):
        relation, forward = _relation(graph, u, v)
        steps.append(Step(labels[i], relation, labels[i + 1], forward))
    return GraphPath(tuple(nodes), labels, tuple(steps))


def _relation(graph: nx.MultiDiGraph, u: str, v: str) -> tuple[str, bool]:
    """The relation linking u and v, preferring a statement read from u to v."""
    for source, target, forward in ((u, v, True), (v, u, False)):
        relations = {d["relation"] for d in graph.get_edge_data(source, target, default={}).values()}
        if relations:
            return min(relations, key=lambda r: RELATIONS.index(r) if r in RELATIONS else len(RELATIONS)), forward
    raise AssertionError("nodes on a path are adjacent")


def neighbourhood(graph: nx.MultiDiGraph, name: str, radius: int = 2) -> nx.MultiDiGraph:
    """The part of ``graph`` within ``radius`` links (either direction) of the entities
    labelled ``name``, attributes kept (degree stays the degree in the whole graph)."""
    frontier = find(graph, name)
    kept = set(frontier)
    for _ in range(radius):
        frontier = [n for node in frontier for n in _neighbours(graph, node) if n not in kept]
        kept.update(frontier)
    return graph.subgraph(kept).copy()
