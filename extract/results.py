"""Query results in one shape whatever store answered, and their formats for people and tools."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

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
