"""The command line as users run it: ingest, query, export, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from extract.cli import app

from .conftest import CORPUS, SEED

INVESTMENTS_RQ = str(CORPUS.parent / "ontology" / "queries" / "investments.rq")


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def seeded(runner, store_dir, extractor, monkeypatch):
    # The CLI builds its own Extractor; hand it the session's so the model loads once.
    monkeypatch.setattr("extract.pipeline.Extractor", lambda model=None: extractor)
    result = run(runner, "ingest", SEED, "--store", store_dir)
    assert result.exit_code == 0, result.output
    return store_dir


def test_ingest_then_query_gives_the_founding_investment(runner, seeded):
    result = run(runner, "query", INVESTMENTS_RQ, "--store", seeded, "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "investor,value,currency,place,facility,opening"
    assert "TikTok,420000000,EUR,Ireland,data center,2022" in lines[1:]


def test_query_formats(runner, seeded):
    js = json.loads(run(runner, "query", INVESTMENTS_RQ, "--store", seeded, "--format", "json").output)
    assert js["results"]["bindings"][0]["currency"]["value"] == "EUR"
    tsv = run(runner, "query", INVESTMENTS_RQ, "--store", seeded, "--format", "tsv").output
    assert "TikTok\t420000000\tEUR" in tsv
    table = run(runner, "query", INVESTMENTS_RQ, "--store", seeded).output
    assert "TikTok" in table and "1 row(s)" in table
    # In a narrow terminal a long amount is wrapped if need be, never cut.
    wide = "SELECT ?v ?a ?b ?c ?d ?e WHERE { BIND (1260000000000 AS ?v) BIND ('x' AS ?a) BIND ('x' AS ?b) " \
           "BIND ('x' AS ?c) BIND ('x' AS ?d) BIND ('x' AS ?e) }"
    narrow = runner.invoke(app, ["query", wide, "--store", seeded], env={"COLUMNS": "80"}).output
    assert "1260000000000" in narrow.replace("│", "").replace(" ", "").replace("\n", ""), narrow


def test_query_accepts_sparql_text(runner, seeded):
    result = run(runner, "query", "ASK { ?a a nkg:Article }", "--store", seeded)
    assert result.exit_code == 0 and "yes" in result.output


def test_reingesting_the_same_text_changes_nothing(runner, seeded):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = run(runner, "query", count, "--store", seeded, "--format", "csv").output
    assert run(runner, "ingest", SEED, "--store", seeded).exit_code == 0
    after = run(runner, "query", count, "--store", seeded, "--format", "csv").output
    assert before == after


def test_export_formats_parse_back(runner, seeded, tmp_path):
    from rdflib import Dataset, Graph

    for fmt, rdflib_format in (("nquads", "nquads"), ("trig", "trig")):
        out = tmp_path / f"x.{fmt}"
        assert run(runner, "export", "--format", fmt, "--store", seeded, "--output", out).exit_code == 0
        ds = Dataset()
        ds.parse(out, format=rdflib_format)
        assert len(list(ds.graphs())) >= 2  # the default graph and the article's
    out = tmp_path / "x.ttl"
    assert run(runner, "export", "--format", "turtle", "--store", seeded, "--output", out).exit_code == 0
    graph = Graph().parse(out, format="turtle")
    assert len(graph) > 50


def one_line_error(result, *needles):
    assert result.exit_code != 0
    err = result.stderr.strip().splitlines()
    assert err and all(line.startswith("newskg:") or line.startswith("failed:") for line in err), result.stderr
    assert "Traceback" not in result.output + result.stderr
    for needle in needles:
        assert needle in result.stderr


@pytest.fixture()
def bad_files(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 opens a data centre".encode("latin-1"))
    return folder


def test_missing_path(runner, store_dir):
    one_line_error(run(runner, "ingest", "no/such/file.txt", "--store", store_dir), "no such file")


def test_empty_file(runner, store_dir, bad_files):
    one_line_error(run(runner, "ingest", bad_files / "empty.txt", "--store", store_dir), "empty article")


def test_not_utf8(runner, store_dir, bad_files):
    one_line_error(run(runner, "ingest", bad_files / "latin1.txt", "--store", store_dir), "not UTF-8")


def test_folder_with_bad_files_ingests_the_rest(runner, store_dir, bad_files, extractor, monkeypatch):
    monkeypatch.setattr("extract.pipeline.Extractor", lambda model=None: extractor)
    result = run(runner, "ingest", bad_files, "--store", store_dir)
    assert result.exit_code == 1
    assert "ingested 1 article(s), 2 failed" in result.stdout
    assert "empty.txt" in result.stderr and "latin1.txt" in result.stderr
    rows = run(runner, "query", INVESTMENTS_RQ, "--store", store_dir, "--format", "csv").output
    assert "TikTok" in rows


def test_malformed_sparql(runner, seeded):
    one_line_error(run(runner, "query", "SELECT ?x WHERE { ?x", "--store", seeded), "malformed SPARQL")


def test_missing_query_file(runner, seeded):
    one_line_error(run(runner, "query", "nothere.rq", "--store", seeded), "no such query file")


def test_unknown_export_format(runner, seeded):
    one_line_error(run(runner, "export", "--format", "xlsx", "--store", seeded), "unknown export format")


def test_query_without_a_store(runner, tmp_path):
    one_line_error(run(runner, "query", "ASK {}", "--store", tmp_path / "none"), "no store at")


def test_query_and_export_never_import_spacy(seeded, tmp_path):
    code = f"""
import sys
from typer.testing import CliRunner
from extract.cli import app
r = CliRunner()
assert r.invoke(app, ["query", {INVESTMENTS_RQ!r}, "--store", {seeded!r}]).exit_code == 0
assert r.invoke(app, ["export", "--format", "nquads", "--store", {seeded!r}, "-o", {str(tmp_path / 'x.nq')!r}]).exit_code == 0
print(sorted(m for m in sys.modules if m == "spacy" or m.startswith("spacy.")))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_missing_model_is_one_line(runner, store_dir):
    one_line_error(run(runner, "ingest", SEED, "--store", store_dir, "--model", "no_such_model"), "pip install")


def test_articles_stats_and_remove(runner, seeded):
    listed = json.loads(run(runner, "articles", "--store", seeded, "--format", "json").output)
    assert [a["source"] for a in listed] == [str(SEED)]
    assert listed[0]["investments"] == 1 and listed[0]["roles"] == 3
    figures = json.loads(run(runner, "stats", "--store", seeded, "--format", "json").output)
    assert figures["articles"] == 1 and figures["investments"] == 1 and figures["entities"]["Person"] >= 3
    result = run(runner, "remove", str(SEED), "--store", seeded)
    assert result.exit_code == 0 and listed[0]["iri"] in result.output
    assert json.loads(run(runner, "stats", "--store", seeded, "--format", "json").output)["quads"] == 0
    again = run(runner, "remove", str(SEED), "--store", seeded)
    assert again.exit_code == 1 and "no article" in again.output and "Traceback" not in again.output


def test_remote_store_that_is_down_is_one_line(runner):
    result = run(runner, "stats", "--store", "http://127.0.0.1:9/")
    assert result.exit_code == 1
    assert result.output.startswith("newskg: cannot reach SPARQL store at http://127.0.0.1:9/query")
    assert len(result.output.strip().splitlines()) == 1


def test_export_then_load_into_a_new_store(runner, seeded, tmp_path):
    dump = tmp_path / "all.nq"
    assert run(runner, "export", "--format", "nquads", "--store", seeded, "-o", dump).exit_code == 0
    result = run(runner, "load", dump, "--store", tmp_path / "copy")
    assert result.exit_code == 0 and "loaded 1 article graph(s)" in result.output
    query = ("query", INVESTMENTS_RQ, "--format", "csv", "--store")
    assert run(runner, *query, tmp_path / "copy").output == run(runner, *query, seeded).output
    bad = run(runner, "load", tmp_path / "missing.nq", "--store", tmp_path / "copy")
    assert bad.exit_code == 1 and bad.output.startswith("newskg: ") and "cannot read" in bad.output


def test_validate_passes_then_names_the_article_with_a_broken_investment(runner, seeded):
    from rdflib import Graph, URIRef

    from extract.store import open_store
    from extract.vocab import NKG

    ok = run(runner, "validate", "--store", seeded)
    assert ok.exit_code == 0 and "conform" in ok.output
    with open_store(seeded) as db:
        article = URIRef(db.articles()[0]["iri"])
        nt = db.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{article}> {{ ?s ?p ?o }} }}").ntriples
        broken = Graph(identifier=article).parse(data=nt, format="nt")
        broken.remove((None, NKG.investor, None))
        db.replace_article(broken)
    bad = run(runner, "validate", "--store", seeded)
    assert bad.exit_code == 1
    assert str(SEED) in bad.output and "investor" in bad.output


def test_network_exports_and_graph_report(runner, seeded, tmp_path):
    import networkx as nx

    for fmt, name, read in (("graphml", "g.graphml", nx.read_graphml), ("gexf", "g.gexf", nx.read_gexf)):
        result = run(runner, "export", "--format", fmt, "--store", seeded, "-o", tmp_path / name)
        assert result.exit_code == 0, result.output
        graph = read(tmp_path / name)
        assert any(d.get("relation") == "invests" and d.get("currency") == "EUR" for _, _, d in graph.edges(data=True))
    assert run(runner, "export", "--format", "csv", "--store", seeded, "-o", tmp_path / "csv").exit_code == 0
    assert (tmp_path / "csv" / "nodes.csv").read_text().startswith("id,label,kind")
    assert run(runner, "export", "--format", "gexf", "--store", seeded).exit_code == 2  # needs --output
    report = run(runner, "graph", "--store", seeded, "--json")
    assert report.exit_code == 0 and "TikTok" in report.output
    path = run(runner, "graph", "--store", seeded, "--path", "Roland Cloutier", "Ireland")
    assert path.exit_code == 0 and "Roland Cloutier" in path.output and "Ireland" in path.output
    drawn = run(runner, "graph", "--store", seeded, "--png", tmp_path / "g.png", "--html", tmp_path / "g.html")
    assert drawn.exit_code == 0 and (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"


def test_a_story_followed_across_two_articles(runner, store_dir, extractor, monkeypatch):
    monkeypatch.setattr("extract.pipeline.Extractor", lambda model=None: extractor)
    story = CORPUS.parent / "tests" / "fixtures" / "story"
    # The later article first: the timeline is ordered by the articles' dates, not by ingest.
    for name in ("corrib-paused.txt", "corrib-announced.txt"):
        assert run(runner, "ingest", story / name, "--store", store_dir).exit_code == 0
    rows = json.loads(run(runner, "query", "SELECT ?i ?v WHERE { ?i a nkg:Investment ; nkg:amount/schema:value ?v }",
                          "--store", store_dir, "--format", "json").output)["results"]["bindings"]
    assert len({r["i"]["value"] for r in rows}) == 1  # one investment…
    assert {r["v"]["value"] for r in rows} == {"500000000", "350000000"}  # …and what each article said
    result = run(runner, "story", "corrib data", "--store", store_dir)
    assert result.exit_code == 0, result.output
    first, second = result.output.index("2024-03-03"), result.output.index("2024-11-12")
    assert first < second
    assert "Announced" in result.output[first:second] and "Paused" in result.output[second:]
    assert "corrib-announced.txt" in result.output and "corrib-paused.txt" in result.output
    missing = run(runner, "story", "Nobody Inc", "--store", store_dir)
    assert missing.exit_code == 1 and "no investment reports" in missing.output


def test_extract_shows_the_founding_investment_and_roles_without_storing(runner, extractor, monkeypatch, tmp_path):
    monkeypatch.setattr("extract.pipeline.Extractor", lambda model=None: extractor)
    monkeypatch.chdir(tmp_path)
    result = run(runner, "extract", SEED, "--html", tmp_path / "seed.html")
    assert result.exit_code == 0, result.output
    for expected in ("TikTok", "420,000,000 EUR", "data center", "2022",
                     "Roland Cloutier", "Martin Shanahan", "Zhang zhewei"):
        assert expected in result.output, expected
    page = (tmp_path / "seed.html").read_text(encoding="utf-8")
    assert page.lower().startswith("<!doctype html>") and "<mark" in page
    as_json = json.loads(run(runner, "extract", SEED, "--format", "json").output)
    assert as_json["investments"][0]["amount"]["value"] == "420000000"
    assert not (tmp_path / "newskg-store").exists()  # nothing stored
    piped = runner.invoke(app, ["extract", "-", "--format", "turtle"], input=SEED.read_text(encoding="utf-8"))
    assert piped.exit_code == 0 and "nkg:Investment" in piped.output
    missing = run(runner, "extract", tmp_path / "nope.txt")
    assert missing.exit_code == 1 and missing.output.startswith("newskg: ")
