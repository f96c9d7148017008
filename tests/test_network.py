"""The entity network: projection from the store, file exports, analytics, pictures."""

from __future__ import annotations

import csv
import json
import re

import networkx as nx
import pytest

from extract import drawing, network
from extract.files import WriteError
from extract.network import NetworkError
from extract.store import open_store

ID = "https://w3id.org/newskg/id/"
TIKTOK, IRELAND = ID + "org/tiktok", ID + "place/ireland"
SHANAHAN, IDA = ID + "person/martin-shanahan", ID + "org/ida-ireland"


class QueryOnly:
    """A store that answers nothing but ``query``: the projection must need no more."""

    def __init__(self, db):
        self.query = db.query


@pytest.fixture(scope="module")
def seed_article(corpus_store) -> str:
    with open_store(corpus_store) as db:
        rows = db.query(
            'SELECT ?a WHERE { ?a a nkg:Article ; dcterms:source ?s FILTER (STRENDS(?s, "tiktok-ireland-2020.txt")) }'
        ).values()
    assert len(rows) == 1
    return rows[0][0]


@pytest.fixture(scope="module")
def graph(corpus_store) -> nx.MultiDiGraph:
    with open_store(corpus_store) as db:
        return network.project(QueryOnly(db))


def edges(g, source, target, relation):
    found = g.get_edge_data(source, target, default={})
    # Readers give a simple DiGraph back when the file has no parallel edges.
    found = found.values() if g.is_multigraph() else ([found] if found else [])
    return [d for d in found if d["relation"] == relation]


# --- projection


def test_tiktok_invests_in_ireland_with_amount_and_source_article(graph, seed_article):
    [invests] = edges(graph, TIKTOK, IRELAND, "invests")
    assert invests["amount"] == 420000000
    assert invests["currency"] == "EUR"
    assert invests["facility"] == "data center"
    assert invests["year"] == 2022
    assert invests["investment"].startswith(ID + "investment/")
    assert seed_article in invests["articles"].split()


def test_entities_carry_label_kind_class_country_and_degree(graph):
    tiktok, ireland = graph.nodes[TIKTOK], graph.nodes[IRELAND]
    assert (tiktok["label"], tiktok["kind"], tiktok["class"]) == ("TikTok", "Organization", "Company")
    assert (ireland["label"], ireland["kind"], ireland["class"], ireland["country"]) == ("Ireland", "Place", "Country", "Ireland")
    assert tiktok["country"] == "Ireland"  # all its investments are there
    assert tiktok["degree"] == graph.degree(TIKTOK) > 0
    assert graph.nodes[SHANAHAN]["kind"] == "Person" and "country" not in graph.nodes[SHANAHAN]


def test_martin_shanahan_holds_a_role_at_ida_ireland(graph, seed_article):
    [role] = edges(graph, SHANAHAN, IDA, "role")
    assert role["title"] == "chief executive officer"
    assert seed_article in role["articles"].split()


def test_units_parents_and_places_are_linked(graph):
    relations = {d["relation"] for *_, d in graph.edges(data=True)}
    assert {"invests", "role", "subsidiaryOf", "locatedIn"} <= relations <= set(network.RELATIONS)
    assert edges(graph, ID + "org/tiktok-uk", TIKTOK, "subsidiaryOf")
    dublin = ID + "place/dublin"
    if dublin in graph:
        assert edges(graph, dublin, IRELAND, "locatedIn")
        assert graph.nodes[dublin]["country"] == "Ireland"


def test_every_attribute_is_a_value_graph_formats_accept(graph):
    for _, data in graph.nodes(data=True):
        assert {"label", "kind", "class", "degree"} <= data.keys()
    records = [d for _, d in graph.nodes(data=True)] + [d for *_, d in graph.edges(data=True)]
    for record in records:
        for value in record.values():
            assert type(value) in (str, int, float), record
    for *_, data in graph.edges(data=True):
        assert data["articles"] and all(a.startswith(ID + "article/") for a in data["articles"].split())


def test_an_empty_store_projects_to_an_empty_graph(store_dir):
    with open_store(store_dir, create=True) as db:
        g = network.project(db)
    assert g.number_of_nodes() == g.number_of_edges() == 0


# --- exports


def counts(g) -> tuple[int, int, int, int]:
    return g.number_of_nodes(), g.number_of_edges(), len(network.investments(g)), len(network.articles(g))


READERS = {
    "graphml": nx.read_graphml,
    "gexf": nx.read_gexf,
    "nodelink": lambda path: nx.node_link_graph(json.loads(path.read_text(encoding="utf-8"))),
}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_export_reads_back_with_the_same_counts(graph, tmp_path, fmt):
    path = tmp_path / "out" / f"graph.{fmt}"
    assert network.write(graph, fmt, path) == [path]
    back = READERS[fmt](path)
    assert counts(back) == counts(graph)
    assert counts(graph)[2] > 0 and counts(graph)[3] == 7
    [invests] = edges(back, TIKTOK, IRELAND, "invests")
    assert float(invests["amount"]) == 420000000 and invests["currency"] == "EUR"
    assert back.nodes[TIKTOK]["label"] == "TikTok"
    assert not [p for p in path.parent.iterdir() if p != path]  # no temporary file left


@pytest.mark.parametrize("target, names", [("folder", ("folder/nodes.csv", "folder/edges.csv")),
                                           ("kg.csv", ("kg-nodes.csv", "kg-edges.csv"))])
def test_csv_export_has_headers_and_one_row_per_node_and_edge(graph, tmp_path, target, names):
    written = network.write(graph, "csv", tmp_path / target)
    assert written == [tmp_path / name for name in names]
    with written[0].open(encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with written[1].open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(nodes[0])[:6] == ["id", "label", "kind", "class", "country", "degree"]
    assert list(rows[0])[:5] == ["source", "target", "key", "relation", "articles"]
    assert len(nodes) == graph.number_of_nodes() and len(rows) == graph.number_of_edges()
    assert len({r["investment"] for r in rows if r["relation"] == "invests"}) == counts(graph)[2]
    assert {a for r in rows for a in r["articles"].split()} == network.articles(graph)
    [tiktok] = [r for r in rows if r["source"] == TIKTOK and r["target"] == IRELAND and r["relation"] == "invests"]
    assert (tiktok["amount"], tiktok["currency"]) == ("420000000", "EUR")


def test_a_failed_write_leaves_the_previous_file_untouched(graph, tmp_path, monkeypatch):
    path = tmp_path / "graph.graphml"
    path.write_text("previous export")

    def half_then_crash(g, target):
        open(target, "w").write("<graphml")
        raise RuntimeError("disk full")

    monkeypatch.setattr(nx, "write_graphml", half_then_crash)
    with pytest.raises(RuntimeError):
        network.write(graph, "graphml", path)
    assert path.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_bad_format_and_folder_targets_are_one_line_errors(graph, tmp_path):
    with pytest.raises(NetworkError, match="unknown graph format 'dot'"):
        network.write(graph, "dot", tmp_path / "g.dot")
    with pytest.raises(WriteError, match="is a folder") as error:
        network.write(graph, "graphml", tmp_path)
    assert "\n" not in str(error.value)


# --- analytics


def test_report_ranks_organisations_and_places(graph):
    result = network.report(graph, top=5)
    assert (result.nodes, result.edges, result.investments, result.articles) == counts(graph)
    organisations = result.by_degree["Organization"]
    assert "TikTok" in [c.label for c in organisations]
    assert 0 < len(organisations) <= 5 and all(c.kind == "Organization" for c in organisations)
    assert [c.degree for c in organisations] == sorted((c.degree for c in organisations), reverse=True)
    ranked = result.by_pagerank["Place"]
    assert ranked and all(c.kind == "Place" for c in ranked)
    assert [c.pagerank for c in ranked] == sorted((c.pagerank for c in ranked), reverse=True)
    assert result.relations["invests"] == result.investments


def test_report_components_and_communities(graph):
    result = network.report(graph)
    assert result.components == nx.number_connected_components(graph.to_undirected())
    assert result.isolated == sum(1 for _, d in graph.degree() if d == 0)
    assert list(result.component_sizes) == sorted(result.component_sizes, reverse=True)
    assert result.component_sizes[0] <= result.nodes
    assert result.communities >= len(result.largest_communities) > 0
    assert all(c.size >= len(c.members) > 0 for c in result.largest_communities)
    tiktok_community = next(c for c in result.largest_communities if "TikTok" in c.members)
    assert tiktok_community.size >= 2
    assert network.report(graph) == result  # seeded: the same graph gives the same report


def test_report_prints_as_tables(graph):
    from rich.console import Console

    console = Console(record=True, width=120)
    network.print_report(network.report(graph), console)
    text = console.export_text()
    assert "Most central organizations" in text and "Most central places" in text
    assert "TikTok" in text and "Largest communities" in text


def test_shortest_path_by_label_names_each_relation(graph):
    path = network.shortest_path(graph, "tiktok", "  IRELAND ")
    assert path.nodes == (TIKTOK, IRELAND)
    assert [(s.source, s.relation, s.target, s.forward) for s in path.steps] == [("TikTok", "invests", "Ireland", True)]
    assert str(path) == "TikTok —invests→ Ireland"
    back = network.shortest_path(graph, "Ireland", "TikTok")
    assert back.steps[0].forward is False and str(back) == "Ireland ←invests— TikTok"
    longer = network.shortest_path(graph, "Roland Cloutier", "Ireland")
    assert longer.labels == ("Roland Cloutier", "TikTok", "Ireland")
    assert [s.relation for s in longer.steps] == ["role", "invests"]
    for step, (u, v) in zip(longer.steps, zip(longer.nodes, longer.nodes[1:])):
        source, target = (u, v) if step.forward else (v, u)
        assert step.relation in {d["relation"] for d in graph.get_edge_data(source, target).values()}


def test_unknown_name_is_a_one_line_error_naming_it(graph):
    with pytest.raises(NetworkError, match="no entity named 'Tiktk'") as error:
        network.shortest_path(graph, "Tiktk", "Ireland")
    assert "\n" not in str(error.value) and "TikTok" in str(error.value)  # suggests the near miss
    with pytest.raises(NetworkError, match="Atlantis"):
        network.shortest_path(graph, "TikTok", "Atlantis")


def test_unlinked_entities_have_no_path(graph):
    alone = next(graph.nodes[n]["label"] for n, d in graph.degree() if d == 0)
    with pytest.raises(NetworkError, match="no path"):
        network.shortest_path(graph, "TikTok", alone)


def test_neighbourhood_keeps_entities_within_two_links(graph):
    around = network.neighbourhood(graph, "TikTok")
    assert {TIKTOK, IRELAND, ID + "person/roland-cloutier"} <= set(around)
    distance = nx.single_source_shortest_path_length(graph.to_undirected(), TIKTOK, cutoff=2)
    assert set(around) == set(distance)


# --- pictures


def test_png_is_written(graph, tmp_path):
    for focus in (None, "TikTok"):
        path = drawing.draw_png(graph, tmp_path / f"{focus}.png", focus=focus)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert path.stat().st_size > 10_000


def test_html_is_standalone_and_names_the_entities(graph, tmp_path):
    page = drawing.draw_html(graph, tmp_path / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"""@import|url\(\s*["']?(https?:)?//|<link\b""", page, re.I)
    for label in ("TikTok", "Ireland", "Martin Shanahan", "IDA Ireland"):
        assert f'"{label}"' in page
    data = json.loads(re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    shown = drawing.subject(graph)
    assert len(data["nodes"]) == shown.number_of_nodes() and len(data["edges"]) == shown.number_of_edges()
    assert all({"label", "kind", "x", "y"} <= n.keys() for n in data["nodes"])


def test_html_focus_draws_only_the_neighbourhood(graph, tmp_path):
    page = drawing.draw_html(graph, tmp_path / "tiktok.html", focus="tiktok").read_text(encoding="utf-8")
    data = json.loads(re.search(r'type="application/json">(.*?)</script>', page, re.S).group(1))
    assert {n["id"] for n in data["nodes"]} == set(network.neighbourhood(graph, "TikTok"))
    assert [data["nodes"][i]["label"] for i in data["focus"]] == ["TikTok"]


def test_html_survives_labels_that_look_like_markup(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("a", label="</script><script>alert(1)</script>", kind="Organization", degree=1)
    g.add_node("b", label="Ireland", kind="Place", degree=1)
    g.add_edge("a", "b", relation="invests", articles="x")
    page = drawing.draw_html(g, tmp_path / "g.html").read_text(encoding="utf-8")
    assert page.count("</script>") == 2  # the data block's and the code's own
    data = json.loads(re.search(r'type="application/json">(.*?)</script>', page, re.S).group(1))
    assert data["nodes"][0]["label"] == "</script><script>alert(1)</script>"


def test_nothing_to_draw_is_an_error(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("a", label="Alone", kind="Organization", degree=0)
    with pytest.raises(NetworkError, match="nothing to draw"):
        drawing.draw_png(g, tmp_path / "g.png")
    assert not (tmp_path / "g.png").exists()
