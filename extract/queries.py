"""The analysts' named SPARQL queries: finding them, reading their headers, binding their parameters."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import ontology


class QueryError(Exception):
    """A query a user named, wrote or parameterised wrongly; its message is one line."""


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name (file stem), the question it answers, its parameters."""

    name: str
    description: str
    params: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    text: str = ""


# A header line declaring a parameter: "# param: org — the organisation's name".
_PARAM_LINE = re.compile(r"^param\s*:\s*\$?(?P<name>\w+)\s*(?:[—–:]|-+)?\s*(?P<help>.*)$")

# What a parameter token must not be confused with: strings (long forms first), IRIs,
# comments and escaped characters in prefixed names. Only $NAME outside all of them is a
# parameter. IRIREF excludes whitespace, so "?a < ?b" is a comparison, as for any SPARQL parser.
_TOKENS = re.compile(
    r"""
      (?P<string>'''(?:[^\\]|\\.)*?''' | \"\"\"(?:[^\\]|\\.)*?\"\"\"
                 | '(?:[^'\\\n\r]|\\.)*' | "(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<escape>\\.)
    | \$(?P<param>\w+)
    """,
    re.VERBOSE | re.DOTALL,
)

# Characters SPARQL's IRIREF forbids between < and >.
_IRI_FORBIDDEN = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_IRI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")

# Looks like a query name rather than SPARQL text: one word, kebab or snake case.
_NAME_LIKE = re.compile(r"^[A-Za-z][\w\-]*$")


def parse_header(text: str) -> tuple[str, dict[str, str]]:
    """The description (first comment line) and declared parameters of a query's header.

    The header is the run of comment lines the query starts with (blank lines allowed)."""
    description = ""
    params: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        comment = stripped.lstrip("#").strip()
        declared = _PARAM_LINE.match(comment)
        if declared:
            params[declared["name"]] = declared["help"].strip()
        elif not description:
            description = comment
    return description, params


def _named_query(name: str, path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    description, params = parse_header(text)
    return NamedQuery(name=name, description=description, params=params, path=path, text=text)


def list_queries() -> list[NamedQuery]:
    """Every named query shipped with the ontology, sorted by name."""
    return [_named_query(name, path) for name, path in sorted(ontology.named_queries().items())]


def get_query(name: str) -> NamedQuery:
    """The named query called ``name`` (kebab case works too: investments-by-country)."""
    available = ontology.named_queries()
    for candidate in (name, name.replace("-", "_")):
        if candidate in available:
            return _named_query(candidate, available[candidate])
    close = difflib.get_close_matches(name.replace("-", "_"), list(available), n=4, cutoff=0.5)
    hint = f"did you mean: {', '.join(close)}?" if close else "see: newskg query --list"
    raise QueryError(f"unknown query {name!r} ({hint})")


def load_query(spec: str) -> str:
    """SPARQL text from a named query's name, a path to a .rq file, or the SPARQL itself.

    A single word is a query name (a file of that name, if there is one, wins over an
    unknown name); a single line ending in .rq, or naming a file, is a path; anything
    else is SPARQL."""
    word = spec.strip()
    if not word:
        raise QueryError("empty query (give a query name, a .rq file or SPARQL text)")
    if _NAME_LIKE.match(word):
        if word.replace("-", "_") in ontology.named_queries() or not _is_file(word):
            return get_query(word).text
        return _read(word)
    if "\n" not in word and (word.endswith(".rq") or _is_file(word)):
        return _read(word)
    return spec


def _is_file(spec: str) -> bool:
    try:
        return len(spec) < 4096 and Path(spec).is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte…
        return False


def _read(spec: str) -> str:
    try:
        return Path(spec).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{spec}: no such query file") from None
    except IsADirectoryError:
        raise QueryError(f"{spec}: is a folder, not a query file") from None
    except UnicodeDecodeError:
        raise QueryError(f"{spec}: not a UTF-8 text file") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"{spec}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


def sparql_term(value: str) -> str:
    """A parameter value as one SPARQL term: ``<http://…>`` stays an IRI (checked), anything
    else becomes a string literal, so no value can add syntax to the query."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise QueryError(f"parameter value {value!r} is not valid text") from None
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        iri = value[1:-1]
        bad = _IRI_FORBIDDEN.search(iri)
        if bad:
            raise QueryError(f"IRI {value!r} contains {bad.group()!r}, which an IRI cannot hold")
        if not _IRI_SCHEME.match(iri):
            raise QueryError(f"IRI {value!r} has no scheme (like http:)")
        return f"<{iri}>"
    return _string_literal(value)


def _string_literal(value: str) -> str:
    # Escaping every backslash first keeps the rest safe even for servers that decode
    # \uXXXX sequences before parsing (the SPARQL spec allows that): a decoded quote is then
    # always preceded by a backslash of ours, so it cannot end the literal.
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    out = "".join(c if ord(c) >= 0x20 or c == "\t" else f"\\u{ord(c):04X}" for c in out)
    return f'"{out}"'


def bind(sparql: str, params: dict[str, str]) -> str:
    """``sparql`` with every ``$NAME`` token (outside strings, IRIs and comments) replaced by
    the value of ``params[NAME]`` as one SPARQL term (see :func:`sparql_term`).

    Parameters the header declares (``# param: NAME — …``) must all be given; a given name
    must be declared or used as ``$NAME``. ``$x`` tokens no parameter names stay variables."""
    _, declared = parse_header(sparql)
    used = {m["param"] for m in _TOKENS.finditer(sparql) if m["param"]}
    unknown = sorted(set(params) - set(declared) - used)
    if unknown:
        takes = ", ".join(sorted(set(declared) | used)) or "no parameters"
        raise QueryError(f"unknown parameter {', '.join(unknown)} (this query takes: {takes})")
    missing = [name for name in declared if name not in params]
    if missing:
        helps = "; ".join(f"{n}: {declared[n]}" if declared[n] else n for n in missing)
        raise QueryError(f"missing parameter {', '.join(missing)} (give --param NAME=VALUE; {helps})")
    terms = {name: sparql_term(value) for name, value in params.items()}

    def substitute(match: re.Match) -> str:
        name = match["param"]
        if name is not None and name in terms:
            return terms[name]
        return match.group()

    return _TOKENS.sub(substitute, sparql)


def parse_param(assignment: str) -> tuple[str, str]:
    """``"org=IDA Ireland"`` → ``("org", "IDA Ireland")``, as given on the command line."""
    name, sep, value = assignment.partition("=")
    name = name.strip().lstrip("$")
    if not sep or not re.fullmatch(r"\w+", name):
        raise QueryError(f"bad parameter {assignment!r} (expected NAME=VALUE)")
    return name, value


def prepare(spec: str, params: dict[str, str] | None = None) -> str:
    """The SPARQL to run for ``newskg query SPEC --param …``: resolved, then bound."""
    return bind(load_query(spec), params or {})
