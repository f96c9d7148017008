"""`newskg serve`: the SPARQL 1.1 Protocol endpoint as real clients use it, and its limits."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from urllib.parse import urlencode

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS
from rdflib.query import Result

from extract.results import Results, to_csv, to_tsv, to_xml
from extract.server import ServeError, make_server, mentions_service, tokens, with_row_limit
from extract.store import open_store

from .conftest import ROOT

NKG = Namespace("https://w3id.org/newskg/ontology#")
SCHEMA = Namespace("https://schema.org/")
TIKTOK = URIRef("https://w3id.org/newskg/id/org/tiktok")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
ROW_CAP = 200
BODY_CAP = 20_000

PROLOGUE = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
INVESTMENTS = PROLOGUE + """SELECT ?investor ?value ?currency ?place ?facility ?opening WHERE {
  ?i a nkg:Investment ; nkg:investor/rdfs:label ?investor ; nkg:amount ?m ;
     nkg:location/rdfs:label ?place ; nkg:facilityType/skos:prefLabel ?facility ; nkg:operationalFrom ?opening .
  ?m schema:value ?value ; schema:currency ?currency .
} ORDER BY ?investor ?value"""
TIKTOK_ROW = {"investor": "TikTok", "value": "420000000", "currency": "EUR", "place": "Ireland",
              "facility": "data center", "opening": "2022"}
INVESTMENT_GRAPH = PROLOGUE + """CONSTRUCT { ?i nkg:investor ?org ; nkg:amount ?m . ?m schema:value ?v ; schema:currency ?c }
WHERE { ?i a nkg:Investment ; nkg:investor ?org ; nkg:amount ?m . ?m schema:value ?v ; schema:currency ?c }"""


@contextmanager
def serving(server):
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def base(corpus_store):
    """The server over the corpus store (small row and body caps so the tests can reach them)."""
    server = make_server(corpus_store, port=0, max_rows=ROW_CAP, max_body=BODY_CAP, text_root=ROOT, quiet=True)
    with serving(server) as url:
        yield url


@pytest.fixture(scope="module")
def endpoint(base):
    return base + "sparql"


def http(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get(endpoint, query, headers=None, **params):
    return http(f"{endpoint}?{urlencode({'query': query, **params})}", headers=headers)


def rows_of(body: bytes, fmt: str) -> list[dict]:
    """SELECT rows as {var: value}, read back by rdflib's own result parsers."""
    result = Result.parse(io.BytesIO(body), format=fmt)
    return [{str(v): str(row[v]) for v in result.vars if row[v] is not None} for row in result]


# --- real clients ------------------------------------------------------------------------

def _wrapper_rows(sw, fmt):
    converted = sw.query().convert()
    if fmt == "json":
        return [{k: v["value"] for k, v in b.items()} for b in converted["results"]["bindings"]]
    if fmt == "xml":
        rows = []
        for result in converted.getElementsByTagName("result"):
            bindings = result.getElementsByTagName("binding")
            rows.append({b.getAttribute("name"): b.firstChild.firstChild.data for b in bindings})
        return rows
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(converted.decode("utf-8"), newline="")))
    return rows_of(converted, "tsv")


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("how", ["GET", "POST form", "POST direct"])
def test_sparqlwrapper_finds_the_tiktok_investment(endpoint, fmt, how):
    from SPARQLWrapper import GET, POST, POSTDIRECTLY, URLENCODED, SPARQLWrapper

    sw = SPARQLWrapper(endpoint)
    sw.setQuery(INVESTMENTS)
    sw.setReturnFormat(fmt)
    sw.setMethod(GET if how == "GET" else POST)
    sw.setRequestMethod(POSTDIRECTLY if how == "POST direct" else URLENCODED)
    rows = _wrapper_rows(sw, fmt)
    assert TIKTOK_ROW in rows
    assert len(rows) >= 5  # the other corpus investments came too


@pytest.mark.parametrize("method", ["GET", "POST", "POST_FORM"])
def test_rdflib_sparqlstore_selects_through_a_graph(endpoint, method):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(endpoint, method=method))
    rows = [{str(v): str(row[v]) for v in row.labels} for row in graph.query(INVESTMENTS)]
    assert TIKTOK_ROW in rows
    assert (TIKTOK, RDFS.label, Literal("TikTok")) in graph


@pytest.mark.parametrize("media, rdflib_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
])
def test_construct_comes_back_in_each_rdf_format(endpoint, media, rdflib_format):
    status, headers, body = get(endpoint, INVESTMENT_GRAPH, {"Accept": media})
    assert status == 200, body
    assert headers["Content-Type"].startswith(media)
    graph = Graph().parse(data=body.decode("utf-8"), format=rdflib_format)
    investments = set(graph.subjects(NKG.investor, TIKTOK))
    assert len(investments) == 1
    amount = graph.value(investments.pop(), NKG.amount)
    value = graph.value(amount, SCHEMA.value)
    assert value.datatype == XSD_DECIMAL and value.toPython() == 420000000  # Turtle may write 420000000.0
    assert graph.value(amount, SCHEMA.currency) == Literal("EUR")


def test_construct_defaults_to_turtle_and_describe_works(endpoint):
    status, headers, body = get(endpoint, f"DESCRIBE <{TIKTOK}>")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert (TIKTOK, RDFS.label, Literal("TikTok")) in Graph().parse(data=body.decode(), format="turtle")


# --- content negotiation -----------------------------------------------------------------

@pytest.mark.parametrize("accept, params, media, fmt", [
    (None, {}, "application/sparql-results+json", "json"),
    ("application/sparql-results+xml", {}, "application/sparql-results+xml", "xml"),
    ("text/csv", {}, "text/csv", "csv"),
    ("application/sparql-results+xml;q=0.5, text/tab-separated-values", {}, "text/tab-separated-values", "tsv"),
    ("text/*", {}, "text/csv", "csv"),
    ("application/sparql-results+json", {"format": "xml"}, "application/sparql-results+xml", "xml"),
])
def test_select_formats_by_accept_header_or_format_parameter(endpoint, accept, params, media, fmt):
    status, headers, body = get(endpoint, INVESTMENTS, {"Accept": accept} if accept else {}, **params)
    assert status == 200, body
    assert headers["Content-Type"].split(";")[0] == media
    assert TIKTOK_ROW in rows_of(body, fmt)


def test_csv_and_tsv_follow_the_w3c_formats(endpoint):
    _, _, body = get(endpoint, INVESTMENTS, {"Accept": "text/csv"})
    assert body.startswith(b"investor,value,currency,place,facility,opening\r\n")
    assert b"TikTok,420000000,EUR,Ireland,data center,2022\r\n" in body
    _, _, body = get(endpoint, INVESTMENTS, {"Accept": "text/tab-separated-values"})
    lines = body.decode().split("\n")
    assert lines[0] == "?investor\t?value\t?currency\t?place\t?facility\t?opening"
    assert ('"TikTok"\t"420000000"^^<http://www.w3.org/2001/XMLSchema#decimal>\t"EUR"\t"Ireland"\t"data center"\t'
            '"2022"^^<http://www.w3.org/2001/XMLSchema#gYear>') in lines


@pytest.mark.parametrize("accept, expected", [
    (None, "true"), ("application/sparql-results+xml", "true"), ("text/csv", "true"),
])
def test_ask(endpoint, accept, expected):
    status, _, body = get(endpoint, f"ASK {{ <{TIKTOK}> ?p ?o }}", {"Accept": accept} if accept else {})
    assert status == 200
    if accept is None:
        assert json.loads(body) == {"head": {}, "boolean": True}
    elif "xml" in accept:
        assert ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean").text == expected
    else:
        assert body.decode().split() == ["boolean", expected]


@pytest.mark.parametrize("query, accept, params, status", [
    (INVESTMENTS, "image/png", {}, 406),
    (INVESTMENT_GRAPH, "text/csv", {}, 406),
    (INVESTMENTS, None, {"format": "turtle"}, 406),
    (INVESTMENTS, None, {"format": "bogus"}, 400),
])
def test_unsatisfiable_formats_are_refused(endpoint, query, accept, params, status):
    got, headers, body = get(endpoint, query, {"Accept": accept} if accept else {}, **params)
    assert got == status
    assert headers["Content-Type"].startswith("text/plain")
    assert body.count(b"\n") == 1


# --- read-only, no federation --------------------------------------------------------------

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PLANTED = "<https://example.org/planted> <https://example.org/p> <https://example.org/o>"


def count(endpoint) -> int:
    return int(json.loads(get(endpoint, COUNT)[2])["results"]["bindings"][0]["n"]["value"])


def test_updates_are_refused_and_change_nothing(endpoint):
    from SPARQLWrapper import POST, SPARQLWrapper

    before = count(endpoint)
    update = f"INSERT DATA {{ {PLANTED} }}"
    attempts = [
        http(endpoint, update.encode(), {"Content-Type": "application/sparql-update"}),
        http(endpoint, urlencode({"update": update}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
        get(endpoint, update),
        get(endpoint, "PREFIX ex: <https://example.org/>\n# drop it all\nDELETE WHERE { ?s ?p ?o }"),
        http(endpoint, b"CLEAR ALL", {"Content-Type": "application/sparql-query"}),
        get(endpoint, "\\u0049NSERT DATA { " + PLANTED + " }"),
    ]
    for status, headers, body in attempts:
        assert status == 403, body
        assert b"read-only" in body
    sw = SPARQLWrapper(endpoint)
    sw.setMethod(POST)
    sw.setQuery(update)
    with pytest.raises(urllib.error.HTTPError) as refused:
        sw.query()
    assert refused.value.code == 403
    assert count(endpoint) == before
    assert json.loads(get(endpoint, f"ASK {{ {PLANTED} }}")[2])["boolean"] is False


@pytest.fixture()
def listener():
    """A socket nobody should ever connect to."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.3)
    yield sock
    sock.close()


def connected(sock) -> bool:
    try:
        conn, _ = sock.accept()
    except socket.timeout:
        return False
    conn.close()
    return True


SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "select * {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    # Oxigraph reads a keyword without a word boundary: SERVICE + ex:x.
    "PREFIX ex: <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICEex:x {{ ?s ?p ?o }} }}",
    # Codepoint escapes are decoded before parsing, keywords included.
    "SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    # '<' as less-than, where a tokeniser would see an IRI hiding the rest of the line.
    "PREFIX : <http://127.0.0.1:{port}/> SELECT * WHERE {{ ?s ?p ?o FILTER(?o<?s)SERVICE:x#>\n{{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER(?o<?s)#> \"\"\"\nSERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }}\n#\"\"\"\n}}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER(?o<'a)>') SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} FILTER('x'='x') }}",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_before_any_connection(endpoint, listener, template):
    query = template.format(port=listener.getsockname()[1])
    assert mentions_service(query)
    status, _, body = get(endpoint, query)
    assert status == 400
    assert b"SERVICE" in body
    assert not connected(listener)


@pytest.mark.parametrize("query", [
    'SELECT ?service WHERE { ?service rdfs:label "SERVICE desk" } LIMIT 1',
    "SELECT * WHERE { ?s <http://example.org/service#x> ?o } LIMIT 1",
    "# SERVICE <http://127.0.0.1:1/> is not allowed\nSELECT * WHERE { ?s ?p ?o } LIMIT 1",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service ?o } LIMIT 1",
    "SELECT * WHERE { ?s ?p ?o FILTER(?p = <http://www.w3.org/2000/01/rdf-schema#label>) } LIMIT 1",
])
def test_the_word_service_elsewhere_is_fine(endpoint, query):
    assert not mentions_service(query)
    assert get(endpoint, query)[0] == 200


# --- limits ----------------------------------------------------------------------------------

def test_row_cap_cuts_and_says_so(endpoint):
    status, headers, body = get(endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == ROW_CAP
    assert headers["X-Newskg-Truncated"] == str(ROW_CAP)
    status, headers, body = get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", {"Accept": "application/n-triples"})
    assert len(body.decode().strip().splitlines()) == ROW_CAP
    assert headers["X-Newskg-Truncated"] == str(ROW_CAP)
    status, headers, body = get(endpoint, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 100000")
    assert len(json.loads(body)["results"]["bindings"]) == ROW_CAP
    assert headers["X-Newskg-Truncated"] == str(ROW_CAP)
    status, headers, body = get(endpoint, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5")
    assert len(json.loads(body)["results"]["bindings"]) == 5
    assert "X-Newskg-Truncated" not in headers


def test_row_cap_goes_into_the_query_where_the_grammar_wants_it():
    query = "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 3 } } VALUES ?s { <a:b> } # last"
    limited = with_row_limit(query, tokens(query), 11)
    assert limited.index("LIMIT 11") < limited.index("VALUES ?s")
    already = "SELECT * WHERE { ?s ?p ?o } limit 5 # mine"
    assert with_row_limit(already, tokens(already), 11) == already
    too_many = "SELECT * WHERE { ?s ?p ?o } OFFSET 3 LIMIT 1000000"
    assert with_row_limit(too_many, tokens(too_many), 11) == "SELECT * WHERE { ?s ?p ?o } OFFSET 3 LIMIT 11"
    commented = "SELECT * WHERE { ?s ?p ?o } # the end"
    assert with_row_limit(commented, tokens(commented), 11).rstrip().endswith("LIMIT 11")


def test_trailing_values_and_comment_still_run(endpoint):
    query = f"SELECT ?l WHERE {{ ?s rdfs:label ?l }} VALUES ?s {{ <{TIKTOK}> }} # only TikTok"
    status, headers, body = get(endpoint, query)
    assert status == 200, body
    assert [b["l"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["TikTok"]


def test_body_cap(endpoint):
    padded = ("# " + "x" * (BODY_CAP + 100) + "\nASK { ?s ?p ?o }").encode()
    status, headers, body = http(endpoint, padded, {"Content-Type": "application/sparql-query"})
    assert status == 413
    assert b"limit" in body
    under = ("# " + "x" * (BODY_CAP // 2) + "\nASK { ?s ?p ?o }").encode()
    status, _, body = http(endpoint, under, {"Content-Type": "application/sparql-query"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_timeout_answers_503_without_waiting_for_the_query(tmp_path):
    article = URIRef("https://w3id.org/newskg/id/article/filler")
    graph = Graph(identifier=article)
    for i in range(250):
        graph.add((URIRef(f"https://example.org/s{i}"), RDFS.label, Literal(f"thing {i}")))
    location = str(tmp_path / "store")
    with open_store(location, create=True) as db:
        db.replace_article(graph)
    # 250³ ≈ 16 million combinations: about 2 s here, far past the 0.05 s allowed.
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with serving(make_server(location, port=0, timeout=0.05, quiet=True)) as url:
        started = time.monotonic()
        status, headers, body = get(url + "sparql", heavy)
        waited = time.monotonic() - started
    assert status == 503
    assert b"time limit" in body and headers["Content-Type"].startswith("text/plain")
    assert waited < 1.0


# --- protocol details ------------------------------------------------------------------------

def test_cors_and_preflight(endpoint):
    _, headers, _ = get(endpoint, "ASK {}", {"Origin": "http://yasgui.example"})
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = http(endpoint, method="OPTIONS", headers={
        "Origin": "http://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, accept"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "content-type" in headers["Access-Control-Allow-Headers"].lower()


def test_service_description_is_turtle(endpoint):
    status, headers, body = http(endpoint)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    graph = Graph().parse(data=body.decode(), format="turtle")
    service = URIRef(endpoint)
    assert (service, sd.endpoint, service) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (service, sd.resultFormat, URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON")) in graph


@pytest.mark.parametrize("request_args, status, says", [
    ({"query": "SELECT * WHERE { ?s ?p ?o "}, 400, b"malformed SPARQL"),
    ({"query": "ASK {}", "default-graph-uri": "https://example.org/g"}, 400, b"default-graph-uri"),
    ({"query": "ASK {}", "named-graph-uri": "https://example.org/g"}, 400, b"named-graph-uri"),
    ({"query": ["ASK {}", "ASK {}"]}, 400, b"exactly one"),
])
def test_bad_requests_get_one_line_of_text(endpoint, request_args, status, says):
    got, headers, body = http(f"{endpoint}?{urlencode(request_args, doseq=True)}")
    assert got == status
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
    assert says in body and body.count(b"\n") == 1


def test_other_methods_and_bodies(endpoint, base):
    assert http(endpoint, b"ASK {}", {"Content-Type": "text/plain"})[0] == 415
    assert http(endpoint, b"x", method="PUT")[0] == 405
    assert http(base + "nowhere")[0] == 404
    assert http(endpoint, b"", {"Content-Type": "application/x-www-form-urlencoded"})[0] == 400


def test_port_in_use_is_a_one_line_error(corpus_store, endpoint):
    port = int(endpoint.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(ServeError, match="cannot listen"):
        make_server(corpus_store, port=port, quiet=True)


# --- the page's helpers --------------------------------------------------------------------------

def test_page_and_named_queries(base):
    status, headers, body = http(base)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert b'<select id="named">' in body
    status, _, body = http(base + "api/queries")
    queries = {q["name"]: q for q in json.loads(body)}
    assert queries["investments"]["description"].startswith("Every investment")
    assert "nkg:investor" in queries["investments"]["query"]
    assert http(base + "static/app.js")[0] == 200
    assert http(base + "static/..%2Fserver.py")[0] == 404


def test_article_text_is_read_from_the_recorded_source(endpoint, base):
    query = PROLOGUE + ('SELECT ?a WHERE { ?a a nkg:Article ; <http://purl.org/dc/terms/source> ?src '
                        'FILTER(STRENDS(?src, "tiktok-ireland-2020.txt")) }')
    article = json.loads(get(endpoint, query)[2])["results"]["bindings"][0]["a"]["value"]
    status, _, body = http(base + "api/article-text?" + urlencode({"iri": article}))
    answer = json.loads(body)
    assert status == 200 and answer["available"] is True
    assert "420 million euros" in answer["text"]
    assert http(base + "api/article-text?" + urlencode({"iri": "https://example.org/none"}))[0] == 404
    assert http(base + "api/article-text?iri=not%20an%20iri")[0] == 400


def test_article_text_outside_the_served_folder_is_refused(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (root / "inside.txt").write_text("TikTok invests.", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    sources = {"inside": "inside.txt", "relative": "../outside.txt", "absolute": str(tmp_path / "outside.txt"),
               "url": "https://example.org/story", "gone": "missing.txt"}
    location = str(tmp_path / "store")
    with open_store(location, create=True) as db:
        for name, source in sources.items():
            article = URIRef(f"https://w3id.org/newskg/id/article/{name}")
            graph = Graph(identifier=article)
            graph.add((article, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NKG.Article))
            graph.add((article, URIRef("http://purl.org/dc/terms/source"), Literal(source)))
            db.replace_article(graph)
    with serving(make_server(location, port=0, text_root=root, quiet=True)) as url:
        answers = {name: json.loads(http(url + "api/article-text?" + urlencode(
            {"iri": f"https://w3id.org/newskg/id/article/{name}"}))[2]) for name in sources}
    assert answers["inside"]["available"] and answers["inside"]["text"] == "TikTok invests."
    for name in ("relative", "absolute"):
        assert not answers[name]["available"] and "outside" in answers[name]["reason"]
        assert "text" not in answers[name]
    assert not answers["url"]["available"] and not answers["gone"]["available"]


# --- the result formats themselves ----------------------------------------------------------------

AWKWARD = Results(
    variables=("iri", "text", "number", "blank"),
    rows=(
        {"iri": {"type": "uri", "value": "https://example.org/a?b=1&c=2"},
         "text": {"type": "literal", "value": 'tab\there, "quoted", new\nline', "xml:lang": "en"},
         "number": {"type": "literal", "value": "42", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}},
        {"blank": {"type": "bnode", "value": "b0"},
         "number": {"type": "literal", "value": "4.20", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}},
    ),
)


def test_result_writers_round_trip_through_rdflib():
    for writer, fmt in ((to_xml, "xml"), (to_tsv, "tsv")):
        result = Result.parse(io.BytesIO(writer(AWKWARD).encode()), format=fmt)
        rows = list(result)
        assert rows[0]["iri"] == URIRef("https://example.org/a?b=1&c=2")
        assert rows[0]["text"] == Literal('tab\there, "quoted", new\nline', lang="en")
        assert rows[0]["number"] == Literal("42", datatype=XSD_INTEGER)
        assert rows[1]["number"] == Literal("4.20", datatype=XSD_DECIMAL)
        assert rows[1]["text"] is None
    table = list(csv.reader(io.StringIO(to_csv(AWKWARD), newline="")))
    assert table == [["iri", "text", "number", "blank"],
                     ["https://example.org/a?b=1&c=2", 'tab\there, "quoted", new\nline', "42", ""],
                     ["", "", "4.20", "_:b0"]]
    assert to_tsv(AWKWARD).splitlines()[1].split("\t")[2] == "42"  # integers may be written bare
