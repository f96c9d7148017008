"""`newskg serve`: a read-only SPARQL 1.1 Protocol endpoint and an offline web page over a store.

Only the standard library's http.server is used. The store is opened once and reached only
through ``db.query`` (the same call the remote store answers), so every query runs over the
merged view.

Limits, all per server: ``timeout`` seconds per query, ``max_rows`` rows (or triples) per
answer, ``max_body`` bytes per request body. Oxigraph cannot cancel a query: a query that runs
past the timeout is answered 503 while it finishes on its own worker thread, and at most
``MAX_RUNNING`` queries (timed-out ones included) run at once, so runaways cannot pile up.
"""

from __future__ import annotations

import json
import re
import socket
import socketserver
import sys
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from .results import Results, to_csv, to_json, to_tsv, to_xml
from .store import StoreError, open_store
from .vocab import PREFIXES

MAX_RUNNING = 4
TRUNCATED_HEADER = "X-Newskg-Truncated"
MAX_ARTICLE_BYTES = 5_000_000
_PROLOGUE = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())


class ServeError(Exception):
    """The server cannot start (port taken, bad host…); its message is one line."""


class HttpError(Exception):
    """A request the endpoint refuses: an HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


# ---------------------------------------------------------------------------------------
# Reading queries without running them: query form, SERVICE, top-level LIMIT.

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\r\n]|\\.)*'|"(?:[^"\\\r\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f\u2040]+)
  | (?P<pname>(?:[^\W\d][\w\-.\u00b7]*)?:(?:[\w\-:\u00b7]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?\#@%])*)
  | (?P<word>[\w\-]+)
  | (?P<other>.)
    """,
    re.X | re.S,
)
_CODEPOINT = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_OPERANDS = {"var", "string", "iri", "pname", "word"}
_UPDATE_WORDS = {"insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with"}
_GRAPH_FORMS = {"construct", "describe"}
_RESULT_FORMS = {"select", "ask"}


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int


def tokens(text: str) -> list[Token]:
    """The query's tokens as the SPARQL grammar's terminals read it (whitespace and comments
    dropped; pname local parts stop at '.', which errs on the side of seeing more words)."""
    out = []
    for m in _TOKEN.finditer(text):
        if m.lastgroup not in ("space", "comment"):
            out.append(Token(m.lastgroup, m.group(), m.start()))
    return out


def _unescape_codepoints(text: str) -> str:
    # SPARQL decodes \u and \U escapes before parsing, keywords included (Oxigraph does too).
    def decode(m: re.Match) -> str:
        if m.group(3) is not None:
            return m.group()
        code = int(m.group(1) or m.group(2), 16)
        return m.group() if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF else chr(code)

    return _CODEPOINT.sub(decode, text)


def query_form(toks: list[Token]) -> str | None:
    """"select", "construct", "ask", "describe", an update keyword ("insert"…), or None."""
    i = 0
    while i < len(toks):
        word = toks[i].text.lower() if toks[i].kind == "word" else None
        if word == "base":
            i += 2
        elif word == "prefix":
            i += 3
        else:
            return word
    return None


def mentions_service(text: str) -> bool:
    """Whether any reading of the query could contain a SERVICE clause.

    Strings, comments, IRIs and variables are skipped, but a parser may take the keyword
    without a word boundary ("SERVICEex:x" is SERVICE + ex:x to Oxigraph) and may read a
    '<' inside parentheses as less-than where a tokeniser sees an IRI, which would turn a
    '#' or a quote inside that "IRI" into a comment or a string. Every such reading is
    followed, so the answer errs towards refusing.
    """
    variants = {text, _unescape_codepoints(text)}
    return any(_service_in_some_reading(variant) for variant in variants)


def _service_in_some_reading(text: str) -> bool:
    budget = 4 * len(text) + 10_000
    pending = [(0, "", False)]
    # Readings that reach the same state need exploring once. States are remembered only
    # once readings have forked, and only at brackets, which keeps the common case free.
    seen: set[tuple[int, str, bool]] = set()
    while pending:
        pos, brackets, after_operand = pending.pop()
        while pos < len(text):
            budget -= 1
            if budget < 0:
                raise HttpError(400, "query too intricate to check for SERVICE clauses; simplify it")
            m = _TOKEN.match(text, pos)
            kind, value = m.lastgroup, m.group()
            pos = m.end()
            if kind == "word" and "service" in value.lower():
                return True
            if kind == "pname" and "service" in value.split(":", 1)[0].lower():
                return True
            if kind == "iri" and after_operand and brackets[-1:] in ("(", "?") and ("#" in value or "'" in value):
                less_than = (m.start() + 1, brackets, False)
                if less_than not in seen:
                    seen.add(less_than)
                    pending.append(less_than)
            if kind in ("space", "comment"):
                continue
            after_operand = kind in _OPERANDS or value == ")"
            if kind == "other" and value in "([{)]}":
                brackets = _push_or_pop(brackets, value)
                if seen:
                    state = (pos, brackets, after_operand)
                    if state in seen:
                        break
                    seen.add(state)
    return False


def _push_or_pop(brackets: str, bracket: str, kept: int = 8) -> str:
    # Only the innermost few brackets are kept; "?" stands for the forgotten ones and is
    # treated as possibly "(", which can only add readings, never lose one.
    if bracket in "([{":
        brackets += bracket
        return "?" + brackets[-(kept - 1):] if len(brackets) > kept else brackets
    return brackets if brackets == "?" else brackets[:-1]


def with_row_limit(text: str, toks: list[Token], limit: int) -> str:
    """A SELECT whose top-level LIMIT is at most ``limit``, so a huge answer is never built
    only to be cut. A larger LIMIT is lowered (the first ``limit`` rows stay the same); a
    missing one is added, before a trailing VALUES block, where the grammar wants it."""
    depth, insert_at = 0, len(text)
    for i, tok in enumerate(toks):
        if tok.kind == "other" and tok.text in "([{":
            depth += 1
        elif tok.kind == "other" and tok.text in ")]}":
            depth -= 1
        elif depth == 0 and tok.kind == "word":
            word = tok.text.lower()
            if word == "limit":
                number = toks[i + 1] if i + 1 < len(toks) else None
                if number is None or not number.text.isdigit() or int(number.text) <= limit:
                    return text
                return f"{text[:number.start]}{limit}{text[number.start + len(number.text):]}"
            if word == "values":
                insert_at = tok.start
                break
    # New lines keep a trailing comment from swallowing the clause.
    return f"{text[:insert_at]}\nLIMIT {limit}\n{text[insert_at:]}"


# ---------------------------------------------------------------------------------------
# Content negotiation.

@dataclass(frozen=True)
class Format:
    content_type: str
    writer: str


_JSON = Format("application/sparql-results+json", "json")
_XML = Format("application/sparql-results+xml", "xml")
_CSV = Format("text/csv; charset=utf-8", "csv")
_TSV = Format("text/tab-separated-values; charset=utf-8", "tsv")
_TURTLE = Format("text/turtle; charset=utf-8", "turtle")
_NTRIPLES = Format("application/n-triples", "nt")
_JSONLD = Format("application/ld+json", "json-ld")
_RDFXML = Format("application/rdf+xml", "xml")

# Media types offered, in the order preferred when the client does not mind.
RESULT_TYPES = {
    "application/sparql-results+json": _JSON,
    "application/json": _JSON,
    "application/sparql-results+xml": _XML,
    "text/csv": _CSV,
    "text/tab-separated-values": _TSV,
}
GRAPH_TYPES = {
    "text/turtle": _TURTLE,
    "application/x-turtle": _TURTLE,
    "application/turtle": _TURTLE,
    "application/n-triples": _NTRIPLES,
    "text/plain": _NTRIPLES,
    "application/ld+json": _JSONLD,
    "application/rdf+xml": _RDFXML,
}
# The `format` parameter: name → (for SELECT/ASK, for CONSTRUCT/DESCRIBE).
FORMAT_NAMES = {
    "json": (_JSON, _JSONLD),
    "xml": (_XML, _RDFXML),
    "csv": (_CSV, None),
    "tsv": (_TSV, None),
    "turtle": (None, _TURTLE),
    "ttl": (None, _TURTLE),
    "n3": (None, _TURTLE),
    "ntriples": (None, _NTRIPLES),
    "nt": (None, _NTRIPLES),
    "n-triples": (None, _NTRIPLES),
    "jsonld": (None, _JSONLD),
    "json-ld": (None, _JSONLD),
    "rdfxml": (None, _RDFXML),
    "rdf+xml": (None, _RDFXML),
    "rdf": (None, _RDFXML),
}


def _accept_ranges(header: str) -> list[tuple[str, str, float]]:
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        kind, _, subtype = fields[0].lower().partition("/")
        if not subtype:
            continue
        q = 1.0
        for field in fields[1:]:
            key, _, value = field.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((kind, subtype, q))
    return ranges


def negotiate(offers: list[str], accept: str | None) -> str | None:
    """The offered media type the Accept header likes best (ties go to the earlier offer);
    the first offer when there is no Accept header; None when nothing is acceptable."""
    ranges = _accept_ranges(accept or "")
    if not ranges:
        return offers[0]
    best = None
    for rank, offer in enumerate(offers):
        kind, subtype = offer.split("/")
        q, specificity = 0.0, -1
        for r_kind, r_subtype, r_q in ranges:
            # The most specific range that matches decides: text/csv over text/* over */*.
            levels = {(kind, subtype): 2, (kind, "*"): 1, ("*", "*"): 0}
            level = levels.get((r_kind, r_subtype), -1)
            if level > specificity:
                q, specificity = r_q, level
        if q > 0 and (best is None or q > best[0]):
            best = (q, rank, offer)
    return best[2] if best else None


def choose_format(graph: bool, accept: str | None, format_values: list[str]) -> Format:
    """The format to answer in: the `format` parameter when given, else the Accept header."""
    table = GRAPH_TYPES if graph else RESULT_TYPES
    what = "a CONSTRUCT/DESCRIBE result" if graph else "a SELECT/ASK result"
    names = sorted({n for n, pair in FORMAT_NAMES.items() if pair[graph]})
    for value in format_values:
        key = value.strip().lower()
        media = key.split(";")[0].strip()
        if key in FORMAT_NAMES:
            chosen = FORMAT_NAMES[key][graph]
        elif media in RESULT_TYPES or media in GRAPH_TYPES:
            chosen = table.get(media)
        else:
            continue  # clients send several spellings (SPARQLWrapper: "tsv" and the media type)
        if chosen is None:
            raise HttpError(406, f"format '{value}' cannot carry {what} (use one of: {', '.join(names)})")
        return chosen
    if format_values:
        raise HttpError(400, f"unknown format '{format_values[0]}' (use one of: {', '.join(names)})")
    media = negotiate(list(table), accept)
    if media is None:
        raise HttpError(406, f"cannot answer {what} as '{accept}' (offered: {', '.join(table)})")
    return table[media]


# ---------------------------------------------------------------------------------------
# Writing answers.

def _graph_text(ntriples: str, writer: str) -> str:
    if writer == "nt":
        return ntriples
    from rdflib import Graph

    graph = Graph(bind_namespaces="core")
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    graph.parse(data=ntriples, format="nt")
    if writer == "json-ld":
        return graph.serialize(format="json-ld", context=dict(PREFIXES), indent=1)
    return graph.serialize(format=writer)


def render(results: Results, fmt: Format, max_rows: int) -> tuple[bytes, bool]:
    """The answer's bytes in ``fmt``, cut to ``max_rows`` rows or triples, and whether it was cut."""
    if results.ntriples is not None:
        lines = [line for line in results.ntriples.splitlines() if line.strip()]
        cut = len(lines) > max_rows
        text = _graph_text("\n".join(lines[:max_rows]) + "\n" if lines else "", fmt.writer)
        return text.encode("utf-8"), cut
    cut = len(results.rows) > max_rows
    if cut:
        results = replace(results, rows=results.rows[:max_rows])
    writers = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}
    return writers[fmt.writer](results).encode("utf-8"), cut


def service_description(endpoint: str, fmt: Format, server: "NewskgServer") -> bytes:
    """The SPARQL 1.1 Service Description of this endpoint (sd: vocabulary)."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, RDF, RDFS

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    formats = Namespace("http://www.w3.org/ns/formats/")
    graph = Graph(bind_namespaces="core")
    graph.bind("sd", sd)
    graph.bind("formats", formats)
    graph.bind("dcterms", DCTERMS)
    service, dataset, default = URIRef(endpoint), URIRef(endpoint + "#dataset"), URIRef(endpoint + "#merged-view")
    graph.add((service, RDF.type, sd.Service))
    graph.add((service, sd.endpoint, service))
    graph.add((service, sd.supportedLanguage, sd.SPARQL11Query))
    graph.add((service, sd.feature, sd.UnionDefaultGraph))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        graph.add((service, sd.resultFormat, formats[name]))
    graph.add((service, DCTERMS.title, Literal("newskg: tech infrastructure investments from the news")))
    graph.add((service, RDFS.comment, Literal(
        f"Read-only: updates are refused (403) and so is SERVICE (400). Each query may run "
        f"{server.query_timeout:g} s and return {server.max_rows} rows or triples (a cut answer "
        f"carries the {TRUNCATED_HEADER} header). The default graph is the merged view of all "
        f"articles; GRAPH <article IRI> reaches one article's graph.")))
    graph.add((service, sd.defaultDataset, dataset))
    graph.add((dataset, RDF.type, sd.Dataset))
    graph.add((dataset, sd.defaultGraph, default))
    graph.add((default, RDF.type, sd.Graph))
    return graph.serialize(format=fmt.writer).encode("utf-8")


# ---------------------------------------------------------------------------------------
# Web page assets and helpers.

_PAGES = {"/": "index.html", "/entity": "entity.html", "/article": "article.html"}
_ASSET_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
_ASSET_NAME = re.compile(r"[A-Za-z0-9_-]+\.(?:html|js|css|svg)")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*")
# Pages may load only what this server serves: no CDN, nothing leaves the machine.
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'")


def web_asset(name: str) -> bytes | None:
    if not _ASSET_NAME.fullmatch(name):
        return None
    asset = resources.files("extract.web").joinpath(name)
    return asset.read_bytes() if asset.is_file() else None


def named_query_list() -> list[dict]:
    """The analysts' named queries: name, description (the file's first comment) and text."""
    import ontology

    out = []
    for name, path in sorted(ontology.named_queries().items()):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        description = first.lstrip("#").strip() if first.startswith("#") else name
        out.append({"name": name, "description": description, "query": text})
    return out


def article_text(source: str, root: Path) -> dict:
    """The text of the file an article was read from, when it lies under ``root``."""
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source):
        return {"available": False, "reason": "the article was read from a URL; its text is not kept"}
    path = Path(source)
    resolved = (path if path.is_absolute() else root / path).resolve()
    if not resolved.is_relative_to(root):
        return {"available": False, "reason": f"{source} is outside the folder the server reads articles from"}
    if not resolved.is_file():
        return {"available": False, "reason": f"{source} was not found in the folder the server reads articles from"}
    if resolved.stat().st_size > MAX_ARTICLE_BYTES:
        return {"available": False, "reason": f"{source} is too large to show"}
    try:
        return {"available": True, "text": resolved.read_text(encoding="utf-8")}
    except (OSError, UnicodeDecodeError) as exc:
        return {"available": False, "reason": f"{source} cannot be read ({exc.__class__.__name__})"}


# ---------------------------------------------------------------------------------------
# The server.

class NewskgServer(ThreadingHTTPServer):
    """An HTTP server holding one open store and the endpoint's limits."""

    daemon_threads = True

    def __init__(self, address, *, query_timeout: float, max_rows: int, max_body: int,
                 text_root: Path, quiet: bool):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.db = None  # opened by make_server once the port is ours
        self.resources = ExitStack()
        self.query_timeout = query_timeout
        self.max_rows = max_rows
        self.max_body = max_body
        self.text_root = text_root
        self.quiet = quiet
        self._slots = threading.BoundedSemaphore(MAX_RUNNING)
        super().__init__(address, SparqlHandler)

    def server_bind(self) -> None:
        # HTTPServer's own server_bind looks the host up in DNS, which can hang offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    @property
    def url(self) -> str:
        host = self.server_address[0]
        return f"http://[{host}]:{self.server_port}/" if ":" in host else f"http://{host}:{self.server_port}/"

    def run_query(self, sparql: str) -> Results:
        """``db.query`` on a worker thread, given up on (503) after the timeout."""
        deadline = time.monotonic() + self.query_timeout
        if not self._slots.acquire(timeout=self.query_timeout):
            raise HttpError(503, f"server busy: {MAX_RUNNING} queries still running; try again later",
                            {"Retry-After": str(max(1, round(self.query_timeout)))})
        outcome: dict = {}
        finished = threading.Event()

        def work() -> None:
            try:
                outcome["results"] = self.db.query(sparql)
            except BaseException as exc:  # handed to the waiting request thread
                outcome["error"] = exc
            finally:
                self._slots.release()
                finished.set()

        threading.Thread(target=work, name="newskg-query", daemon=True).start()
        if not finished.wait(max(0.0, deadline - time.monotonic())):
            raise HttpError(503, f"query exceeded the {self.query_timeout:g} s time limit "
                                 f"(add a LIMIT or narrow the patterns)")
        if "error" in outcome:
            raise outcome["error"]
        return outcome["results"]

    def server_close(self) -> None:
        super().server_close()
        self.resources.close()


class SparqlHandler(BaseHTTPRequestHandler):
    """One request: the SPARQL endpoint, the web pages, their small JSON helpers."""

    server: NewskgServer
    protocol_version = "HTTP/1.1"
    server_version = "newskg"
    sys_version = ""
    timeout = 60  # an idle keep-alive connection gives its thread back after this

    # -- plumbing --------------------------------------------------------------------

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's name
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", TRUNCATED_HEADER)

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self._cors()
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Every error is a short text/plain message (http.server's own ones included)."""
        self._send_error(code, message or HTTPStatus(code).phrase)

    def _send_error(self, code: int, text: str, headers: dict[str, str] | None = None) -> None:
        self.log_error("%d %s", code, text)
        self.close_connection = True
        try:
            self._send(code, (text + "\n").encode("utf-8"), "text/plain; charset=utf-8",
                       {"Connection": "close", **(headers or {})})
        except OSError:
            pass

    def _params(self) -> dict[str, list[str]]:
        try:
            return parse_qs(urlsplit(self.path).query, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            raise HttpError(400, "the query string is not UTF-8") from None

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            raise HttpError(411, "send the body with a Content-Length (chunked bodies are not accepted)")
        length = self.headers.get("Content-Length")
        if length is None:
            raise HttpError(411, "a POST needs a Content-Length")
        try:
            size = int(length)
            if size < 0:
                raise ValueError
        except ValueError:
            raise HttpError(400, f"bad Content-Length '{length}'") from None
        if size > self.server.max_body:
            self._drain(size)
            raise HttpError(413, f"request body of {size} bytes is over the {self.server.max_body}-byte limit")
        return self.rfile.read(size)

    def _drain(self, size: int) -> None:
        # Reading a refused body (up to a bound) lets the client see the 413 instead of a reset.
        if size > 8 * 1024 * 1024:
            return
        try:
            while size > 0:
                chunk = self.rfile.read(min(size, 65536))
                if not chunk:
                    break
                size -= len(chunk)
        except OSError:
            pass

    def handle_expect_100(self) -> bool:
        try:
            too_big = int(self.headers.get("Content-Length", "0")) > self.server.max_body
        except ValueError:
            too_big = False
        if too_big:
            self.send_error(413, f"request body is over the {self.server.max_body}-byte limit")
            return False
        return super().handle_expect_100()

    def _dispatch(self, method: str) -> None:
        try:
            path = urlsplit(self.path).path
            if path == "/sparql":
                self._sparql(method)
            elif method != "GET":
                raise HttpError(405, f"{method} is only accepted at /sparql", {"Allow": "GET, OPTIONS"})
            elif path in _PAGES:
                self._asset(_PAGES[path])
            elif path.startswith("/static/"):
                self._asset(path[len("/static/"):])
            elif path == "/api/queries":
                self._json(named_query_list())
            elif path == "/api/config":
                self._json({"prefixes": PREFIXES, "max_rows": self.server.max_rows,
                            "timeout": self.server.query_timeout})
            elif path == "/api/article-text":
                self._article_text()
            else:
                raise HttpError(404, f"nothing at {path} (try / or /sparql)")
        except HttpError as error:
            self._send_error(error.status, str(error), error.headers)
        except StoreError as exc:
            self.send_error(400, str(exc))
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True  # the client went away or stalled mid-body
        except Exception as exc:  # one line to the client; the details go to the log
            self.log_error("internal error: %r", exc)
            first_line = (str(exc).splitlines() or [""])[0]
            self.send_error(500, f"internal error: {exc.__class__.__name__} {first_line}".rstrip())

    def do_GET(self) -> None:  # noqa: N802 - http.server's names
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch("GET")

    def _refuse_method(self) -> None:
        self.send_error(405, f"{self.command} is not accepted (use GET or POST)")

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def do_OPTIONS(self) -> None:  # noqa: N802
        requested = self.headers.get("Access-Control-Request-Headers")
        self._send(204, b"", "text/plain", {
            "Allow": "GET, POST, OPTIONS",
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": requested or "Content-Type, Accept",
            "Access-Control-Max-Age": "86400",
        })

    # -- the SPARQL endpoint ---------------------------------------------------------

    def _sparql(self, method: str) -> None:
        params = self._params()
        if method == "POST":
            content_type, _, rest = self.headers.get("Content-Type", "").partition(";")
            content_type = content_type.strip().lower()
            charset = re.search(r"charset\s*=\s*\"?([\w-]+)", rest, re.I)
            body = self._read_body()
            try:
                text = body.decode(charset.group(1) if charset else "utf-8")
            except (LookupError, UnicodeDecodeError):
                raise HttpError(400, "the body is not in its declared character set (UTF-8 by default)") from None
            if content_type == "application/x-www-form-urlencoded":
                try:
                    form = parse_qs(text, keep_blank_values=True, errors="strict")
                except UnicodeDecodeError:
                    raise HttpError(400, "the form is not UTF-8") from None
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            elif content_type == "application/sparql-query":
                params.setdefault("query", []).append(text)
            elif content_type == "application/sparql-update":
                raise HttpError(403, "this endpoint is read-only: SPARQL updates are refused")
            else:
                raise HttpError(415, "POST a query as application/sparql-query or as a form "
                                     "(application/x-www-form-urlencoded, field 'query')")
        if "update" in params:
            raise HttpError(403, "this endpoint is read-only: SPARQL updates are refused")
        for refused in ("default-graph-uri", "named-graph-uri"):
            if refused in params:
                raise HttpError(400, f"{refused} is not supported: queries run over the merged view "
                                     f"of all articles; use GRAPH <article IRI> in the query instead")
        queries = params.get("query", [])
        if not queries:
            if method == "POST":
                raise HttpError(400, "no query given (field 'query')")
            self._describe_service(params.get("format", []))
            return
        if len(queries) > 1:
            raise HttpError(400, "give exactly one query")
        self._answer(queries[0], params.get("format", []))

    def _answer(self, sparql: str, format_values: list[str]) -> None:
        toks = tokens(sparql)
        form = query_form(tokens(_unescape_codepoints(sparql)))
        if form in _UPDATE_WORDS:
            raise HttpError(403, "this endpoint is read-only: SPARQL updates are refused")
        if mentions_service(sparql):
            raise HttpError(400, "SERVICE (federated query) is not allowed on this endpoint")
        accept = self.headers.get("Accept")
        fmt = None
        if form in _GRAPH_FORMS | _RESULT_FORMS:
            fmt = choose_format(form in _GRAPH_FORMS, accept, format_values)
        if form == "select":
            sparql = with_row_limit(sparql, toks, self.server.max_rows + 1)
        results = self.server.run_query(sparql)
        if fmt is None:
            fmt = choose_format(results.ntriples is not None, accept, format_values)
        body, cut = render(results, fmt, self.server.max_rows)
        headers = {"Vary": "Accept", "Cache-Control": "no-store"}
        if cut:
            headers[TRUNCATED_HEADER] = str(self.server.max_rows)
        self._send(200, body, fmt.content_type, headers)

    def _describe_service(self, format_values: list[str]) -> None:
        accept = self.headers.get("Accept")
        if not format_values and negotiate([*GRAPH_TYPES, "text/html"], accept) == "text/html":
            # A person in a browser wants the query page, not Turtle.
            self._send(303, b"", "text/plain", {"Location": "/"})
            return
        fmt = choose_format(True, accept, format_values)
        # The endpoint's IRI as the client reached it (behind a proxy, port 0…), when sane.
        host = self.headers.get("Host", "")
        sane = re.fullmatch(r"[\w.\-]+(:\d+)?|\[[0-9A-Fa-f:.]+\](:\d+)?", host)
        base = f"http://{host}" if sane else self.server.url.rstrip("/")
        body = service_description(base + "/sparql", fmt, self.server)
        self._send(200, body, fmt.content_type, {"Vary": "Accept"})

    # -- pages and their helpers -----------------------------------------------------

    def _asset(self, name: str) -> None:
        body = web_asset(name)
        if body is None:
            raise HttpError(404, f"no such file: {name}")
        content_type = _ASSET_TYPES[Path(name).suffix]
        headers = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}
        if name.endswith(".html"):
            headers["Content-Security-Policy"] = _CSP
        self._send(200, body, content_type, headers)

    def _json(self, value) -> None:
        self._send(200, json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json",
                   {"Cache-Control": "no-store"})

    def _article_text(self) -> None:
        iri = self._params().get("iri", [""])[0]
        if not _IRI.fullmatch(iri):
            raise HttpError(400, "give the article's IRI as ?iri=")
        rows = self.server.run_query(
            _PROLOGUE + f"SELECT ?source WHERE {{ <{iri}> a nkg:Article ; dcterms:source ?source }} LIMIT 1"
        ).rows
        if not rows:
            raise HttpError(404, f"no article {iri} in the store")
        source = rows[0]["source"]["value"]
        self._json({"iri": iri, "source": source, **article_text(source, self.server.text_root)})


def make_server(
    store_spec: str | None,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    max_rows: int = 10000,
    max_body: int = 1_000_000,
    *,
    text_root: str | Path | None = None,
    quiet: bool = False,
) -> NewskgServer:
    """A listening server over the store (not yet serving; call ``serve_forever``).

    ``port=0`` picks a free port (see ``.url``). Article texts are read only from files under
    ``text_root`` (default: the current folder). ``server_close()`` also closes the store.
    """
    if timeout <= 0 or max_rows < 1 or max_body < 1:
        raise ServeError("timeout, max rows and max body must be positive")
    # The port first: a taken port should not cost (or lock) the store.
    try:
        server = NewskgServer((host, port), query_timeout=timeout, max_rows=max_rows, max_body=max_body,
                              text_root=Path(text_root or ".").resolve(), quiet=quiet)
    except (OSError, OverflowError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ServeError(f"cannot listen on {host}:{port}: {reason}") from None
    try:
        server.db = server.resources.enter_context(open_store(store_spec))
    except BaseException:
        server.socket.close()
        raise
    return server


def serve(
    store_spec: str | None,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    max_rows: int = 10000,
    max_body: int = 1_000_000,
    announce: Callable[[str], None] | None = None,
) -> None:
    """Serve the endpoint (/sparql) and the web page (/) until interrupted (Ctrl-C).

    ``announce`` is called with the page's URL once the server listens.
    """
    server = make_server(store_spec, host, port, timeout, max_rows, max_body)
    try:
        if announce:
            announce(server.url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
