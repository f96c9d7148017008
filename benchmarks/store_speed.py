"""Load and query speed of our store against rdflib's in-memory Dataset, in the same run.

A generated graph shaped like the data contract — about 1M quads in 10k article graphs,
entities shared between articles as in real news, written by our own rdf stage — is
loaded into each store, then every named query in ontology/queries/ runs on both.

  load     the same N-Quads file into each: ours `newskg load` (store.load_dataset: parse,
           bulk write, merged view built) against rdflib Dataset.parse (default graph = union);
  ingest   article graphs already in memory, one at a time, as `newskg ingest` writes them
           (ours: an atomic replace per article keeping the merged view; rdflib: addN);
  queries  every named query, on the stores the load step filled.

ratio = rdflib's time ÷ ours (above 1: ours is faster). Medians over --repeats runs; the
runs take turns so a slow spell on the machine does not fall on one side only. rdflib runs
each query in a forked child (the loaded Dataset shared copy-on-write) stopped after
--limit seconds; such a query shows as "> limit", its ratio is a lower bound, and it is not
run again.

    python benchmarks/store_speed.py [--articles 10000] [--repeats 3] [--limit 60] [--store-dir DIR]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import tempfile
import time
from decimal import Decimal

from rdflib import Dataset, Graph

from extract.queries import bind, list_queries
from extract.rdf import to_graph
from extract.records import Article, Entity, Extraction, Investment, Money, Role, When
from extract.store import open_store

FACILITIES = ("data center", "cloud region", "semiconductor fab", "subsea cable", "network",
              "ai supercomputer", "campus", "office")
STATUSES = ("Announced", "UnderConstruction", "Operational", "Paused", "Cancelled")
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "INR", "SEK")
TITLES = ("chief executive officer", "chief financial officer", "minister for enterprise",
          "general manager", "head of data centres", "chairman")
# Values for the named queries' parameters: names that occur in the generated data.
PARAMS = {"org": "Company 7 Holdings", "entity": "Company 7 Holdings", "country": "Country 7",
          "title": "chief"}


def generate(n_articles: int, seed: int = 7) -> list[Graph]:
    """Article graphs built by our own rdf stage from made-up extractions (~105 quads each)."""
    rng = random.Random(seed)
    countries = [f"Country {i}" for i in range(60)]
    places = [(f"City {i}", rng.choice(countries)) for i in range(800)]
    orgs = [f"Company {i} Holdings" for i in range(3000)]
    people = [f"Person{i} Surname{i}" for i in range(6000)]
    graphs = []
    for n in range(n_articles):
        inv_orgs = rng.sample(orgs, 3)
        city, country = rng.choice(places)
        staff = rng.sample(people, 3)
        entities = [Entity(o, "Organization", "Company", aliases=(o.split()[0] + o.split()[1],)) for o in inv_orgs]
        entities += [Entity(p, "Person", aliases=(p.split()[1],)) for p in staff]
        entities += [Entity(city, "Place", "City", located_in=country),
                     Entity(country, "Place", "Country", iso_code="XX")]
        investments = tuple(
            Investment(
                investor=inv_orgs[k], partners=(inv_orgs[2],) if k == 0 else (),
                amount=Money(Decimal(rng.randrange(10, 5000)) * 1_000_000, rng.choice(CURRENCIES)),
                place=city, country=country, facility=rng.choice(FACILITIES),
                operational=When(str(rng.randrange(2024, 2032))),
                announced=When(f"20{rng.randrange(18, 26)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 10)}"),
                jobs=rng.randrange(20, 3000), capacity_mw=float(rng.randrange(5, 500)),
                status=rng.choice(STATUSES), evidence=(f"Sentence {n}.{k} about the investment.",), confidence=0.8,
            )
            for k in range(2)
        )
        roles = tuple(Role(staff[k], inv_orgs[k], rng.choice(TITLES), evidence=(f"Sentence {n} on roles.",), confidence=0.7)
                      for k in range(3))
        article = Article(text=f"Generated article {n} about {inv_orgs[0]} in {city}.", source=f"generated/{n}.txt",
                          headline=f"{inv_orgs[0]} invests in {city}")
        graphs.append(to_graph(Extraction(article, tuple(entities), investments, roles)))
    return graphs


def nquads(graphs: list[Graph]) -> bytes:
    return "".join(f"{s.n3()} {p.n3()} {o.n3()} {g.identifier.n3()} .\n" for g in graphs for s, p, o in g).encode()


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def load_ours(data: bytes, location: str):
    db = open_store(location, create=True)
    db.load_dataset(data)
    return db


def load_rdflib(data: bytes) -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(data=data, format="nquads")
    return ds


def ingest_ours(graphs: list[Graph], location: str) -> None:
    with open_store(location, create=True) as db:
        for graph in graphs:
            db.replace_article(graph)


def ingest_rdflib(graphs: list[Graph]) -> None:
    ds = Dataset(default_union=True)
    for graph in graphs:
        target = ds.graph(graph.identifier)
        target.addN((s, p, o, target) for s, p, o in graph)


def count_rows(result) -> int:
    return sum(1 for _ in result)


def rdflib_query(ds: Dataset, sparql: str, limit: float) -> tuple[float, int | None]:
    """Seconds and rows of one rdflib query, or (limit, None) when it ran out of time."""
    context = multiprocessing.get_context("fork")
    answers = context.Queue()

    def run() -> None:
        answers.put(timed(lambda: count_rows(ds.query(sparql))))

    child = context.Process(target=run)
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return limit, None
    return answers.get()


def shown(seconds: float, rows: int | None) -> str:
    return f"{seconds:.3f}" if rows is not None else f">{seconds:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=float, default=60.0, help="Seconds an rdflib query may take.")
    parser.add_argument("--store-dir", default=None, help="Where our stores are made (default: a temporary folder).")
    args = parser.parse_args()

    graphs = generate(args.articles)
    quads = sum(len(g) for g in graphs)
    data = nquads(graphs)
    print(f"generated {args.articles} article graphs, {quads} quads")

    ours_load, rdflib_load, ours_ingest, rdflib_ingest = [], [], [], []
    with tempfile.TemporaryDirectory(dir=args.store_dir) as tmp:
        db = ds = None
        for run in range(args.repeats):
            if db is not None:
                db.close()
            ds = None
            seconds, db = timed(lambda: load_ours(data, f"{tmp}/load{run}"))
            ours_load.append(seconds)
            seconds, ds = timed(lambda: load_rdflib(data))
            rdflib_load.append(seconds)
            print(f"  load run {run + 1}: ours {ours_load[-1]:.1f} s, rdflib {rdflib_load[-1]:.1f} s")
        assert db.quad_count() == quads, "our store lost or duplicated quads"
        for run in range(args.repeats):
            ours_ingest.append(timed(lambda: ingest_ours(graphs, f"{tmp}/ingest{run}"))[0])
            rdflib_ingest.append(timed(lambda: ingest_rdflib(graphs))[0])
            print(f"  ingest run {run + 1}: ours {ours_ingest[-1]:.1f} s, rdflib {rdflib_ingest[-1]:.1f} s")

        rows = [("load (N-Quads file)", statistics.median(ours_load), statistics.median(rdflib_load), quads, quads),
                ("ingest (per article)", statistics.median(ours_ingest), statistics.median(rdflib_ingest), quads, quads)]
        for named in list_queries():
            sparql = bind(named.text, {k: PARAMS[k] for k in named.params})
            ours_t, rdflib_t, n_rdflib = [], [], 0
            for _ in range(args.repeats):
                seconds, n_ours = timed(lambda: len(db.query(sparql).rows))
                ours_t.append(seconds)
                if n_rdflib is not None:
                    seconds, n_rdflib = rdflib_query(ds, sparql, args.limit)
                    rdflib_t.append(seconds)
            rows.append((named.name, statistics.median(ours_t), statistics.median(rdflib_t), n_ours, n_rdflib))
            print(f"  {named.name}: ours {rows[-1][1]:.3f} s, rdflib {shown(rows[-1][2], n_rdflib)} s")
        db.close()

    print(f"\n{'':28} {'ours s':>9} {'rdflib s':>9} {'ratio':>9}   rows ours/rdflib")
    for name, ours_s, rdflib_s, n_ours, n_rdflib in rows:
        bound = ">" if n_rdflib is None else " "
        print(f"{name:28} {ours_s:9.3f} {shown(rdflib_s, n_rdflib):>9} {bound}{rdflib_s / ours_s:7.1f}×   "
              f"{n_ours}/{'—' if n_rdflib is None else n_rdflib}")
    query_ratios = [r / o for _, o, r, _, _ in rows[2:]]
    print(f"\nload {rows[0][2] / rows[0][1]:.1f}×, ingest {rows[1][2] / rows[1][1]:.1f}×; "
          f"queries: median {statistics.median(query_ratios):.1f}×, lowest {min(query_ratios):.1f}×")


if __name__ == "__main__":
    main()
