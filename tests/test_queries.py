"""Named queries: every one runs on real data, answers its question, and binds parameters safely."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.plugins.sparql import prepareQuery

from extract.queries import (
    QueryError,
    bind,
    get_query,
    list_queries,
    load_query,
    parse_header,
    parse_param,
    prepare,
    sparql_term,
)
from extract.store import open_store
from extract import vocab
from extract.vocab import ID, NKG

SEED_SOURCE = "corpus/articles/tiktok-ireland-2020.txt"


def is_seed(source: str) -> bool:
    """The fixture reads articles by absolute path; the CLI, by the path it is given."""
    return source.endswith(SEED_SOURCE)

# Values a user could plausibly pass for each parameter name, on the corpus sample.
PARAMS = {"org": "IDA Ireland", "entity": "TikTok", "country": "Ireland", "title": "chief executive officer"}
PARAMS_FOR = {"organization_investments": {"org": "TikTok"}}

# The sample holds no two articles about one project, so no story there changes; the
# query is checked on a store built for it below.
EMPTY_ON_SAMPLE = {"status_changes"}

NAMES = [q.name for q in list_queries()]

NASTY = [
    'x" } ; DROP ALL ; #',
    "x' } ; DROP ALL ; #",
    'a"""b',
    "a'''b",
    "back\\slash\\",
    'ends with \\"',
    "\\u0022 } DROP ALL #",
    "\\\\u0022 } DROP ALL #",
    "line\nbreak\r\nand\ttab",
    "<not an iri",
    "$org ?org",
    "Zhang zhewei",
    "",
]


def run(store: str, spec: str, **params: str):
    with open_store(store) as db:
        return db.query(prepare(spec, params))


def records(results) -> list[dict[str, str]]:
    return [dict(zip(results.variables, row)) for row in results.values()]


# --- the query files ------------------------------------------------------------------


def test_at_least_the_required_queries_are_shipped():
    required = {
        "investments", "investments_by_country", "investments_by_investor", "investments_by_facility",
        "pipeline_by_year", "largest_investments", "people_at_organization", "entity_facts",
        "articles_mentioning", "partners_network", "status_changes",
    }
    assert required <= set(NAMES)
    assert len(NAMES) >= 11


@pytest.mark.parametrize("name", NAMES)
def test_query_file_is_plain_sparql_with_a_header(name):
    query = get_query(name)
    assert query.description and not query.description.lower().startswith("param")
    # A second, independent parser, with no prefixes predeclared: the file must carry its own.
    prepareQuery(query.text)
    body = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("#"))
    used = set(re.findall(r"\$(\w+)", body))
    assert used == set(query.params), "every $NAME is declared in the header, and every declared one is used"
    for param in query.params:
        assert query.params[param], f"{param} has a help text"
        # $x and ?x are one variable in SPARQL; binding only $x would leave ?x dangling.
        assert not re.search(rf"\?{param}\b", body)


def test_list_queries_gives_names_descriptions_params_and_text():
    queries = {q.name: q for q in list_queries()}
    people = queries["people_at_organization"]
    assert set(people.params) == {"org"}
    assert people.path.name == "people_at_organization.rq" and people.text == people.path.read_text(encoding="utf-8")
    assert queries["investments_by_country"].params == {}
    assert all(q.description for q in queries.values())


def test_header_parsing():
    text = "# What it answers.\n# More words.\n#param: who — a person's name\n# param: $n - a number\nSELECT * {}\n# param: late\n"
    description, params = parse_header(text)
    assert description == "What it answers."
    assert params == {"who": "a person's name", "n": "a number"}


# --- on real data ---------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_named_query_runs_on_the_corpus(corpus_store, name):
    query = get_query(name)
    params = {p: PARAMS[p] for p in query.params} | PARAMS_FOR.get(name, {})
    results = run(corpus_store, name, **params)
    if query.params:
        with open_store(corpus_store) as db:
            db.query(query.text)  # unbound, $NAME is a plain variable: the file still parses
    if name in EMPTY_ON_SAMPLE:
        assert results.variables
    else:
        assert results.rows, f"{name} answers nothing on the corpus sample"


def test_investments_by_country_totals_tiktok_in_ireland(corpus_store):
    rows = records(run(corpus_store, "investments_by_country"))
    ireland = [r for r in rows if r["country"] == "Ireland" and r["currency"] == "EUR"]
    assert len(ireland) == 1
    assert ireland[0]["investments"] == "1" and Decimal(ireland[0]["total"]) == Decimal(420000000)
    # One row per country and currency: no country is split by a second label.
    keys = [(r["country"], r["currency"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_investments_by_investor_and_facility_and_year_see_the_seed(corpus_store):
    by_investor = records(run(corpus_store, "investments_by_investor"))
    assert {"investor": "TikTok", "all_investments": "1", "currency": "EUR", "investments": "1", "total": "420000000"} in by_investor
    by_facility = records(run(corpus_store, "investments_by_facility"))
    assert any(r["facility"] == "data center" and r["currency"] == "EUR" and Decimal(r["total"]) >= 420000000 for r in by_facility)
    by_year = records(run(corpus_store, "pipeline_by_year"))
    assert any(r["year"] == "2022" and r["currency"] == "EUR" and Decimal(r["total"]) == 420000000 for r in by_year)
    assert all(re.fullmatch(r"\d{4}", r["year"]) for r in by_year)


def test_largest_investments_come_first(corpus_store):
    rows = records(run(corpus_store, "largest_investments"))
    values = [Decimal(r["value"]) for r in rows]
    assert values == sorted(values, reverse=True) and len(rows) <= 20
    assert any(r["investor"] == "TikTok" and r["currency"] == "EUR" and any(is_seed(s) for s in r["sources"].split()) for r in rows)
    ranked = records(run(corpus_store, "largest_by_currency"))
    euros = [r for r in ranked if r["currency"] == "EUR"]
    assert euros and euros[0]["rank"] == "1" and all(int(r["rank"]) <= 3 for r in ranked)


def test_people_at_ida_ireland_include_martin_shanahan(corpus_store):
    rows = records(run(corpus_store, "people_at_organization", org="IDA Ireland"))
    shanahan = [r for r in rows if r["person"] == "Martin Shanahan"]
    assert shanahan and shanahan[0]["role"] == "chief executive officer"
    assert is_seed(shanahan[0]["source"]) and "Shanahan" in shanahan[0]["evidence"]
    # An alias in another case, and the IRI, find the same people.
    assert records(run(corpus_store, "people_at_organization", org="ida")) == rows
    by_iri = records(run(corpus_store, "people_at_organization", org=f"<{ID['org/ida-ireland']}>"))
    assert by_iri == rows
    assert not run(corpus_store, "people_at_organization", org="No Such Agency").rows


def test_entity_facts_on_tiktok_cite_the_seed_article(corpus_store):
    rows = records(run(corpus_store, "entity_facts", entity="TikTok"))
    assert any(is_seed(r["source"]) for r in rows)
    invests = [r for r in rows if r["direction"] == "in" and r["predicate"] == str(NKG.investor)]
    assert invests and is_seed(invests[0]["source"]) and "data center" in invests[0]["evidence"]
    assert any(r["direction"] == "out" and r["predicate"] == str(NKG.subsidiaryOf) and r["object"] == "ByteDance" for r in rows)
    # Following the investment's IRI gives its own facts.
    investment = invests[0]["s"]
    facts = records(run(corpus_store, "entity_facts", entity=f"<{investment}>"))
    assert any(r["predicate"] == str(NKG.amount) for r in facts)


def test_articles_mentioning_tiktok(corpus_store):
    rows = records(run(corpus_store, "articles_mentioning", entity="tiktok"))
    seed = [r for r in rows if is_seed(r["source"])]
    assert len(seed) == 1 and seed[0]["article"].startswith(str(ID["article/"])) and seed[0]["headline"]


def test_places_and_subsidiaries_follow_the_seed(corpus_store):
    places = records(run(corpus_store, "places_hierarchy"))
    assert any(r["place"] == "Dublin" and r["country"] == "Ireland" for r in places)
    units = records(run(corpus_store, "subsidiaries"))
    assert any(r["subsidiary"] == "TikTok UK" and r["parent"] == "TikTok" and r["ultimate_parent"] == "ByteDance" for r in units)


def _article(store, source: str, published: str, status: str, value: int, place: str) -> None:
    """An article graph by the data contract: Intel's Ohio fab as one article tells it."""
    article = URIRef(ID[f"article/{source}"])
    g = Graph(identifier=article)
    g.add((article, ns.RDF.type, NKG.Article))
    g.add((article, ns.DCTERMS.source, Literal(source)))
    g.add((article, vocab.SCHEMA.datePublished, Literal(published, datatype=ns.XSD.date)))
    intel, usa, where = URIRef(ID["org/intel"]), URIRef(ID["place/united-states"]), URIRef(ID[f"place/{place.lower()}"])
    for node, kind, label in ((intel, NKG.Organization, "Intel"), (usa, NKG.Place, "United States"), (where, NKG.Place, place)):
        g.add((node, ns.RDF.type, kind))
        g.add((node, ns.RDFS.label, Literal(label)))
        g.add((article, vocab.SCHEMA.mentions, node))
    inv = URIRef(ID[f"investment/intel-{place.lower()}"])
    amount = URIRef(ID[f"amount/{value}"])
    g.add((inv, ns.RDF.type, NKG.Investment))
    g.add((inv, NKG.investor, intel))
    g.add((inv, NKG.location, where))
    g.add((inv, NKG.country, usa))
    g.add((inv, NKG.facilityType, NKG.SemiconductorFab))
    g.add((NKG.SemiconductorFab, ns.SKOS.prefLabel, Literal("semiconductor fab")))
    g.add((inv, NKG.amount, amount))
    g.add((amount, ns.RDF.type, vocab.SCHEMA.MonetaryAmount))
    g.add((amount, vocab.SCHEMA.value, Literal(value, datatype=ns.XSD.decimal)))
    g.add((amount, vocab.SCHEMA.currency, Literal("USD")))
    g.add((inv, NKG.status, NKG[status]))
    g.add((inv, ns.PROV.wasDerivedFrom, article))
    g.add((inv, NKG.evidence, Literal(f"Intel's fab is {status}.")))
    store.replace_article(g)


def test_status_changes_tells_a_story_that_changed(store_dir):
    with open_store(store_dir, create=True) as db:
        _article(db, "later.txt", "2025-03-01", "Paused", 28000000000, "Ohio")
        _article(db, "earlier.txt", "2022-01-21", "Announced", 20000000000, "New-Albany")
        _article(db, "other.txt", "2024-05-05", "Announced", 20000000000, "New-Albany")
    rows = records(run(store_dir, "status_changes"))
    assert [(r["source"], r["status"], r["value"]) for r in rows] == [
        ("earlier.txt", "Announced", "20000000000"),
        ("other.txt", "Announced", "20000000000"),
        ("later.txt", "Paused", "28000000000"),
    ]
    assert {r["investor"] for r in rows} == {"Intel"} and rows[0]["date"] == "2022-01-21"


def test_status_changes_ignores_stories_told_alike(store_dir):
    with open_store(store_dir, create=True) as db:
        _article(db, "one.txt", "2025-03-01", "Announced", 20000000000, "Ohio")
        _article(db, "two.txt", "2025-03-02", "Announced", 20000000000, "Ohio")
    assert not run(store_dir, "status_changes").rows


# --- binding --------------------------------------------------------------------------


@pytest.mark.parametrize("value", NASTY)
def test_any_value_ends_up_as_exactly_one_literal(corpus_store, value):
    sparql = "# param: v — anything\nSELECT ?x ?n WHERE { BIND ($v AS ?x) BIND (isLiteral($v) AS ?n) }"
    bound = bind(sparql, {"v": value})
    prepareQuery(bound)
    with open_store(corpus_store) as db:
        results = db.query(bound)
    assert results.values() == [(value, "true")]


def test_injection_attempt_finds_nothing_and_changes_nothing(corpus_store):
    results = run(corpus_store, "people_at_organization", org='x" } ; DROP ALL ; #')
    assert not results.rows
    assert run(corpus_store, "people_at_organization", org="IDA Ireland").rows


def test_iri_values_become_iris_and_are_checked():
    assert sparql_term("<https://w3id.org/newskg/id/org/tiktok>") == "<https://w3id.org/newskg/id/org/tiktok>"
    assert bind("SELECT * { $e ?p ?o }", {"e": "<urn:x:1>"}) == "SELECT * { <urn:x:1> ?p ?o }"
    for bad in ("<http://a b>", "<http://x> } ; DROP ALL ; { <http://y>", '<http://x">', "<no-scheme>", "<http://x\n>"):
        with pytest.raises(QueryError):
            sparql_term(bad)


def test_tokens_in_strings_iris_and_comments_are_left_alone():
    sparql = (
        'SELECT * WHERE { ?s ?p $v . FILTER (?o != "$v" && ?o != \'$v\' && ?o != """$v""") '
        "?s <http://example.org/$v> ?o . FILTER (?n < $v) } # $v\n"
    )
    bound = bind(sparql, {"v": "x"})
    assert bound == sparql.replace("?p $v", '?p "x"').replace("< $v)", '< "x")')


def test_only_whole_variable_names_are_replaced_and_other_variables_stay():
    assert bind("SELECT $org $orgs ?org WHERE {}", {"org": "A"}) == 'SELECT "A" $orgs ?org WHERE {}'
    assert bind("SELECT $x WHERE {}", {}) == "SELECT $x WHERE {}"


def test_missing_and_unknown_parameters_are_errors():
    sparql = get_query("people_at_organization").text
    with pytest.raises(QueryError, match="missing parameter org"):
        bind(sparql, {})
    with pytest.raises(QueryError, match="unknown parameter company .*takes: org"):
        bind(sparql, {"org": "IDA Ireland", "company": "IDA"})
    with pytest.raises(QueryError, match="unknown parameter x"):
        bind("SELECT * WHERE { ?s ?p ?o }", {"x": "1"})
    with pytest.raises(QueryError) as error:
        prepare("entity_facts")
    assert "\n" not in str(error.value)


# --- resolving what the user typed ----------------------------------------------------


def test_load_query_by_name_path_or_text(tmp_path):
    named = get_query("investments_by_country")
    assert load_query("investments_by_country") == named.text
    assert load_query("investments-by-country") == named.text
    assert load_query(str(named.path)) == named.text
    mine = tmp_path / "mine.rq"
    mine.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert load_query(str(mine)) == "ASK { ?s ?p ?o }"
    text = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"
    assert load_query(text) == text


def test_load_query_errors_are_one_line(tmp_path):
    with pytest.raises(QueryError, match="no such query file"):
        load_query(str(tmp_path / "missing.rq"))
    with pytest.raises(QueryError, match="did you mean: investments_by_country"):
        load_query("investment_by_country")
    with pytest.raises(QueryError, match="newskg query --list"):
        load_query("qqqqqqqq")
    with pytest.raises(QueryError, match="empty query"):
        load_query("  ")
    (tmp_path / "folder.rq").mkdir()
    with pytest.raises(QueryError, match="folder"):
        load_query(str(tmp_path / "folder.rq"))


def test_parse_param():
    assert parse_param("org=IDA Ireland") == ("org", "IDA Ireland")
    assert parse_param("q=a=b") == ("q", "a=b")
    assert parse_param("$org=") == ("org", "")
    for bad in ("org", "=x", "two words=x"):
        with pytest.raises(QueryError):
            parse_param(bad)
