"""Query results in one shape whatever store answered, and their formats for people and tools."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr as xml_quoteattr

FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True)
class Results:
    """SELECT rows as SPARQL-JSON terms ({"type", "value", "datatype"?, "xml:lang"?}),
    an ASK answer, or the N-Triples of a CONSTRUCT/DESCRIBE."""

    variables: tuple[str, ...] = ()
    rows: tuple[dict, ...] = ()
    boolean: bool | None = None
    ntriples: str | None = None

    def values(self) -> list[tuple[str, ...]]:
        """Rows as plain strings, in variable order ("" for unbound)."""
        return [tuple(row[v]["value"] if v in row else "" for v in self.variables) for row in self.rows]


def to_json(results: Results) -> str:
    if results.boolean is not None:
        return json.dumps({"head": {}, "boolean": results.boolean})
    return json.dumps(
        {"head": {"vars": list(results.variables)}, "results": {"bindings": list(results.rows)}},
        ensure_ascii=False,
    )


def to_delimited(results: Results, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    if results.boolean is not None:
        writer.writerow(["boolean"])
        writer.writerow(["true" if results.boolean else "false"])
    else:
        writer.writerow(results.variables)
        writer.writerows(results.values())
    return out.getvalue()


# The W3C result formats below (SPARQL 1.1 Query Results XML, CSV and TSV) are what the
# SPARQL endpoint answers with; to_delimited above stays the command line's plain table.

_XSD = "http://www.w3.org/2001/XMLSchema#"
# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Lexical forms TSV may write bare, as Turtle does (anything else keeps its datatype).
_BARE_TSV = {
    _XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    _XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+"),
    _XSD + "boolean": re.compile(r"true|false"),
}
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _xml_text(value: str) -> str:
    # A raw CR would come back as LF after XML's line-end normalisation.
    return xml_escape(_NOT_XML.sub("\ufffd", value), {"\r": "&#13;"})


def _xml_attr(value: str) -> str:
    return xml_quoteattr(_NOT_XML.sub("\ufffd", value))


def _xml_term(term: dict) -> str:
    kind, value = term["type"], term["value"]
    if kind == "uri":
        return f"<uri>{_xml_text(value)}</uri>"
    if kind == "bnode":
        return f"<bnode>{_xml_text(value)}</bnode>"
    if "xml:lang" in term:
        return f"<literal xml:lang={_xml_attr(term['xml:lang'])}>{_xml_text(value)}</literal>"
    if "datatype" in term:
        return f"<literal datatype={_xml_attr(term['datatype'])}>{_xml_text(value)}</literal>"
    return f"<literal>{_xml_text(value)}</literal>"


def to_xml(results: Results) -> str:
    """SPARQL Query Results XML Format (SELECT and ASK)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if results.boolean is not None:
        out += ["  <head/>", f"  <boolean>{'true' if results.boolean else 'false'}</boolean>"]
    else:
        out.append("  <head>")
        out += [f"    <variable name={_xml_attr(v)}/>" for v in results.variables]
        out += ["  </head>", "  <results>"]
        for row in results.rows:
            out.append("    <result>")
            out += [
                f"      <binding name={_xml_attr(v)}>{_xml_term(row[v])}</binding>"
                for v in results.variables if v in row
            ]
            out.append("    </result>")
        out.append("  </results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def _csv_value(term: dict | None) -> str:
    if term is None:
        return ""
    return "_:" + term["value"] if term["type"] == "bnode" else term["value"]


def to_csv(results: Results) -> str:
    """SPARQL 1.1 Query Results CSV: bare values, CRLF line ends; datatypes and languages are
    lost by design of the format. An ASK answer is one "boolean" column."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if results.boolean is not None:
        writer.writerows([["boolean"], ["true" if results.boolean else "false"]])
    else:
        writer.writerow(results.variables)
        writer.writerows([_csv_value(row.get(v)) for v in results.variables] for row in results.rows)
    return out.getvalue()


def _tsv_term(term: dict | None) -> str:
    if term is None:
        return ""
    kind, value = term["type"], term["value"]
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    datatype = term.get("datatype")
    bare = _BARE_TSV.get(datatype)
    if bare is not None and bare.fullmatch(value):
        return value
    quoted = '"' + value.translate(_TSV_ESCAPES) + '"'
    if "xml:lang" in term:
        return f"{quoted}@{term['xml:lang']}"
    return f"{quoted}^^<{datatype}>" if datatype else quoted


def to_tsv(results: Results) -> str:
    """SPARQL 1.1 Query Results TSV: "?var" headers, terms written as in Turtle, LF line ends."""
    if results.boolean is not None:
        return "?boolean\n" + ("true" if results.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in results.variables)]
    lines += ["\t".join(_tsv_term(row.get(v)) for v in results.variables) for row in results.rows]
    return "\n".join(lines) + "\n"
