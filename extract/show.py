"""What newskg understood in one article, shown without storing it: terminal, JSON, Turtle or an HTML page."""

from __future__ import annotations

import html
import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from .files import atomic_path
from .records import Entity, Extraction, Investment, Money, Role
from .rdf import article_iri, entity_iri, investment_iri, to_graph

if TYPE_CHECKING:
    from rich.console import Console

# displaCy's colours for ORG, PERSON and GPE, so the page looks like what spaCy users know.
CLASSES = {
    "Organization": ("ORG", "#7aecec"),
    "Person": ("PERSON", "#aa9cfc"),
    "Place": ("PLACE", "#feca74"),
}
_OTHER_CLASS_COLOUR = "#dddddd"

EVIDENCE_SHOWN = 2          # sentences of evidence shown in the terminal
EVIDENCE_WIDTH = 110        # characters per shown sentence
_INSENSITIVE_MIN = 4        # shorter forms ("IDA", "US") match only in their own case

Mention = tuple[int, int, Entity]


# -- where the entities are ----------------------------------------------------------------------

def mentions(extraction: Extraction) -> list[Mention]:
    """Every place in the article's text where an entity's name or one of its aliases occurs,
    as sorted, non-overlapping (start, end, entity) character spans.

    The Extraction keeps surface forms, not offsets, so they are found again here: on word
    boundaries, in their own case, and regardless of case for forms of four characters or
    more. Where matches overlap the longest wins; for the same span a match in the form's own
    case beats a case-insensitive one, then the entity's canonical name beats an alias."""
    text = extraction.article.text
    candidates = []
    for order, entity in enumerate(extraction.entities):
        forms = {" ".join(f.split()) for f in (entity.name, *entity.aliases) if f and f.strip()}
        for form in forms:
            exact = re.compile(_form_pattern(form))
            found = re.compile(exact.pattern, re.IGNORECASE) if len(form) >= _INSENSITIVE_MIN else exact
            for match in found.finditer(text):
                start, end = match.span()
                in_case = found is exact or exact.fullmatch(text, start, end) is not None
                rank = (start - end, not in_case, form != entity.name, order, start)
                candidates.append((rank, start, end, entity))
    taken = bytearray(len(text))
    chosen = []
    for _, start, end, entity in sorted(candidates, key=lambda c: c[0]):
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, entity))
    return sorted(chosen, key=lambda m: m[0])


def _form_pattern(form: str) -> str:
    # Line breaks and doubled spaces inside a name, and either apostrophe, still match.
    words = ["".join("['’]" if char in "'’" else re.escape(char) for char in word) for word in form.split()]
    # A boundary is only asked for where the form has a word character at its edge, as \b
    # would: "Fomento (" still matches before "Corfo".
    before = r"(?<!\w)" if re.match(r"\w", form) else ""
    after = r"(?!\w)" if re.search(r"\w$", form) else ""
    return before + r"\s+".join(words) + after


# -- formatting shared by every output -----------------------------------------------------------

def _number(value: Decimal | int | float) -> str:
    """420000000 → "420,000,000"; never exponent notation."""
    if isinstance(value, Decimal):
        return f"{value:,f}"
    return f"{value:,}"


def _plain(value: Decimal) -> str:
    return format(value, "f")


def amount_text(money: Money | None) -> str:
    """An amount as a reader says it: "about 420,000,000 EUR", "1,000,000–2,000,000 USD"."""
    if money is None:
        return ""
    if money.value is not None:
        figure = _number(money.value)
    elif money.minimum is not None and money.maximum is not None:
        figure = f"{_number(money.minimum)}–{_number(money.maximum)}"
    elif money.minimum is not None:
        figure = _number(money.minimum) if money.qualifier else f"at least {_number(money.minimum)}"
    elif money.maximum is not None:
        figure = _number(money.maximum) if money.qualifier else f"up to {_number(money.maximum)}"
    else:
        figure = "unknown amount"
    return " ".join(part for part in (money.qualifier, figure, money.currency) if part)


def _shorten(sentence: str, width: int = EVIDENCE_WIDTH) -> str:
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    cut = sentence[: width - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _evidence_text(evidence: tuple[str, ...]) -> str:
    shown = [_shorten(s) for s in evidence[:EVIDENCE_SHOWN]]
    if len(evidence) > EVIDENCE_SHOWN:
        more = len(evidence) - EVIDENCE_SHOWN
        shown.append(f"(+{more} more sentence{'s' if more > 1 else ''})")
    return "\n".join(shown)


def _investment_slots(inv: Investment) -> list[tuple[str, str]]:
    """The investment's slots as (label, text) in the order every view shows them."""
    def optional(value) -> str:
        return "" if value is None else str(value)

    return [
        ("investor", inv.investor),
        ("partners", ", ".join(inv.partners)),
        ("amount", amount_text(inv.amount)),
        ("place", optional(inv.place)),
        ("country", optional(inv.country)),
        ("facility", inv.facility),
        ("operational", inv.operational.value if inv.operational else ""),
        ("announced", inv.announced.value if inv.announced else ""),
        ("jobs", _number(inv.jobs) if inv.jobs is not None else ""),
        ("construction jobs", _number(inv.construction_jobs) if inv.construction_jobs is not None else ""),
        ("capacity MW", _number(Decimal(repr(inv.capacity_mw)).normalize()) if inv.capacity_mw is not None else ""),
        ("status", inv.status),
        ("confidence", f"{inv.confidence:.2f}"),
    ]


def _class_of(entity: Entity) -> tuple[str, str]:
    return CLASSES.get(entity.type, (entity.type.upper(), _OTHER_CLASS_COLOUR))


def _describe(entity: Entity) -> str:
    kind = f"{entity.type} ({entity.subtype})" if entity.subtype else entity.type
    return f"{entity.name} · {kind}"


def _article_line(extraction: Extraction) -> list[str]:
    article = extraction.article
    return [part for part in (
        article.source,
        article.published.isoformat() if article.published else "date unknown",
        article.publisher,
        article.url,
    ) if part]


def _counts(extraction: Extraction) -> str:
    def n(items: tuple, one: str, many: str) -> str:
        return f"{len(items)} {one if len(items) == 1 else many}"

    return ", ".join((n(extraction.entities, "entity", "entities"), n(extraction.investments, "investment", "investments"),
                      n(extraction.roles, "role", "roles")))


# -- terminal ------------------------------------------------------------------------------------

def print_extraction(extraction: Extraction, console: Console) -> None:
    """Print the article with its entities highlighted by class, then its investments and
    roles, to a rich Console. Without colours (output piped, NO_COLOR) each mention is
    bracketed with its class label instead, so the highlighting survives as text."""
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    article = extraction.article
    console.print(Text(article.headline or article.source, style="bold"))
    console.print(Text(" · ".join([*_article_line(extraction), _counts(extraction)]), style="dim"))

    plain = console.color_system is None or console.no_color
    legend = Text("Legend: ")
    for kind, (label, colour) in CLASSES.items():
        if plain:
            legend.append(f"[…|{label}] {kind}   ")
        else:
            legend.append(f" {kind} ", style=f"black on {colour}")
            legend.append("  ")
    console.print(legend)
    console.print(Rule(style="dim"))
    console.print(_highlighted(extraction, plain))
    console.print(Rule(style="dim"))

    if extraction.investments:
        columns = max(1, (console.width - 20) // 30)
        for first in range(0, len(extraction.investments), columns):
            group = extraction.investments[first:first + columns]
            numbers = range(first + 1, first + len(group) + 1)
            title = "Investments" if len(extraction.investments) <= columns else \
                f"Investments {numbers[0]}–{numbers[-1]} of {len(extraction.investments)}"
            # One column per investment: its slots are many and short, evidence is long.
            table = Table(title=title, title_justify="left")
            table.add_column("", style="bold", no_wrap=True)
            for number in numbers:
                table.add_column(f"#{number}", overflow="fold")
            slots = [_investment_slots(inv) for inv in group]
            for row, (label, _) in enumerate(slots[0]):
                table.add_row(Text(label), *(Text(s[row][1]) if s[row][1] else Text("—", style="dim") for s in slots))
            table.add_section()
            table.add_row(Text("evidence"), *(Text(_evidence_text(inv.evidence), style="italic") for inv in group))
            console.print(table)
    else:
        console.print(Text("no investments found", style="yellow"))

    if extraction.roles:
        table = Table(title="Roles", title_justify="left")
        for column in ("person", "title", "organisation"):
            table.add_column(column, overflow="fold")
        table.add_column("confidence", justify="right")
        for role in extraction.roles:
            table.add_row(Text(role.person), Text(role.title), Text(role.org), Text(f"{role.confidence:.2f}"))
        console.print(table)
    else:
        console.print(Text("no roles found", style="yellow"))


def _highlighted(extraction: Extraction, plain: bool):
    from rich.text import Text

    text = extraction.article.text
    shown = Text()
    at = 0
    for start, end, entity in mentions(extraction):
        label, colour = _class_of(entity)
        shown.append(text[at:start])
        if plain:
            shown.append(f"[{text[start:end]}|{label}]")
        else:
            shown.append(text[start:end], style=f"black on {colour}")
        at = end
    shown.append(text[at:])
    shown.rstrip()
    return shown


# -- machine-readable ----------------------------------------------------------------------------

def to_json(extraction: Extraction) -> str:
    """The extraction as JSON: article, entities, investments, roles and mentions. Amounts are
    strings of the decimal (no float rounding), dates ISO strings, offsets in characters of
    ``article.text``."""
    article = extraction.article
    data = {
        "article": {
            "iri": str(article_iri(article.text)),
            "source": article.source,
            "headline": article.headline,
            "published": article.published.isoformat() if article.published else None,
            "url": article.url,
            "publisher": article.publisher,
            "text": article.text,
        },
        "entities": [
            {
                "name": e.name,
                "type": e.type,
                "subtype": e.subtype,
                "aliases": list(e.aliases),
                "located_in": e.located_in,
                "subsidiary_of": e.subsidiary_of,
                "iso_code": e.iso_code,
                "mentioned": e.mentioned,
                "iri": str(entity_iri(e.type, e.name)),
            }
            for e in extraction.entities
        ],
        "investments": [_investment_json(inv) for inv in extraction.investments],
        "roles": [_role_json(role) for role in extraction.roles],
        "mentions": [
            {"start": start, "end": end, "text": article.text[start:end], "entity": entity.name, "type": entity.type}
            for start, end, entity in mentions(extraction)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _money_json(money: Money | None) -> dict | None:
    if money is None:
        return None
    return {
        "value": _plain(money.value) if money.value is not None else None,
        "currency": money.currency,
        "minimum": _plain(money.minimum) if money.minimum is not None else None,
        "maximum": _plain(money.maximum) if money.maximum is not None else None,
        "qualifier": money.qualifier,
    }


def _investment_json(inv: Investment) -> dict:
    return {
        "iri": str(investment_iri(inv)),
        "investor": inv.investor,
        "partners": list(inv.partners),
        "amount": _money_json(inv.amount),
        "place": inv.place,
        "country": inv.country,
        "facility": inv.facility,
        "operational": inv.operational.value if inv.operational else None,
        "announced": inv.announced.value if inv.announced else None,
        "jobs": inv.jobs,
        "construction_jobs": inv.construction_jobs,
        "capacity_mw": inv.capacity_mw,
        "status": inv.status,
        "confidence": inv.confidence,
        "evidence": list(inv.evidence),
    }


def _role_json(role: Role) -> dict:
    return {"person": role.person, "title": role.title, "org": role.org,
            "confidence": role.confidence, "evidence": list(role.evidence)}


def to_turtle(extraction: Extraction) -> str:
    """The article's named graph exactly as ``newskg ingest`` would store it, in Turtle."""
    return to_graph(extraction).serialize(format="turtle")


# -- HTML page -----------------------------------------------------------------------------------

def to_html(extraction: Extraction) -> str:
    """One standalone HTML page (inline CSS, no scripts, nothing fetched): the text with its
    entities marked in displaCy's style, a legend, and the investments, roles and entities."""
    e = _escape
    article = extraction.article
    title = article.headline or article.source
    found = mentions(extraction)
    counted: dict[int, int] = {}
    for _, _, entity in found:
        counted[id(entity)] = counted.get(id(entity), 0) + 1

    legend = "".join(_badge(kind, label, colour) for kind, (label, colour) in CLASSES.items())
    parts = [
        _PAGE_HEAD.replace("%TITLE%", e(f"{title} — newskg")),
        f"<header><h1>{e(title)}</h1>",
        f'<p class="meta">{e(" · ".join([*_article_line(extraction), _counts(extraction)]))}</p>',
        f'<p class="legend">{legend}</p></header>',
        f'<section><h2>Text</h2><div class="entities">{_marked_text(article.text, found)}</div></section>',
        "<section><h2>Investments</h2>",
        _investments_table(extraction.investments) if extraction.investments else '<p class="none">no investments found</p>',
        "</section><section><h2>Roles</h2>",
        _roles_table(extraction.roles) if extraction.roles else '<p class="none">no roles found</p>',
        "</section><section><h2>Entities</h2>",
        _entities_table(extraction.entities, counted) if extraction.entities else '<p class="none">no entities found</p>',
        "</section></main></body></html>\n",
    ]
    return "\n".join(parts)


def write_html(extraction: Extraction, path: str | os.PathLike) -> Path:
    """Write `to_html` to ``path`` atomically (raises `extract.files.WriteError`)."""
    page = to_html(extraction)
    with atomic_path(path) as temporary:
        temporary.write_text(page, encoding="utf-8")
    return Path(path)


def _escape(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _marked_text(text: str, found: list[Mention]) -> str:
    out = []
    at = 0
    for start, end, entity in found:
        label, colour = _class_of(entity)
        out.append(_escape(text[at:start]))
        out.append(
            f'<mark class="entity" style="background:{colour}" title="{_escape(_describe(entity))}" '
            f'data-entity="{_escape(entity.name)}" data-type="{_escape(entity.type)}">'
            f'{_escape(text[start:end])}<span class="label">{_escape(label)}</span></mark>'
        )
        at = end
    out.append(_escape(text[at:]))
    return "".join(out)


def _badge(text: str, label: str, colour: str) -> str:
    return f'<span class="key" style="background:{colour}">{_escape(text)}<span class="label">{_escape(label)}</span></span>'


def _evidence_html(evidence: tuple[str, ...]) -> str:
    if not evidence:
        return ""
    items = "".join(f"<li>{_escape(s)}</li>" for s in evidence)
    summary = _escape(_shorten(evidence[0], 80))
    more = f" (+{len(evidence) - 1})" if len(evidence) > 1 else ""
    return f"<details><summary>{summary}{more}</summary><ol>{items}</ol></details>"


def _table(headers: list[str], rows: list[list[str]], numeric: set[str]) -> str:
    """Cells arrive already escaped."""
    head = "".join(f'<th{" class=num" if h in numeric else ""}>{_escape(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td{" class=num" if h in numeric else ""}>{cell}</td>' for h, cell in zip(headers, row)) + "</tr>"
        for row in rows
    )
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _investments_table(investments: tuple[Investment, ...]) -> str:
    # Turned on its side as in the terminal: thirteen short slots and a long evidence list
    # read better down a column than across a row.
    slots = [_investment_slots(inv) for inv in investments]
    head = '<th></th>' + "".join(f"<th>#{n}</th>" for n in range(1, len(investments) + 1))
    rows = [f"<tr><th>{_escape(label)}</th>" + "".join(f"<td>{_escape(s[row][1])}</td>" for s in slots) + "</tr>"
            for row, (label, _) in enumerate(slots[0])]
    rows.append("<tr><th>evidence</th>" + "".join(f'<td class="evidence">{_evidence_html(inv.evidence)}</td>'
                                                  for inv in investments) + "</tr>")
    return (f'<div class="scroll"><table class="investments"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _roles_table(roles: tuple[Role, ...]) -> str:
    rows = [[_escape(r.person), _escape(r.title), _escape(r.org), f"{r.confidence:.2f}", _evidence_html(r.evidence)]
            for r in roles]
    return _table(["person", "title", "organisation", "confidence", "evidence"], rows, {"confidence"})


def _entities_table(entities: tuple[Entity, ...], counted: dict[int, int]) -> str:
    rows = []
    for entity in entities:
        rows.append([_badge(entity.name, *_class_of(entity)), _escape(entity.subtype), _escape(", ".join(entity.aliases)),
                     _escape(entity.located_in), _escape(entity.subsidiary_of), _escape(entity.iso_code),
                     str(counted.get(id(entity), 0))])
    return _table(["entity", "subtype", "aliases", "located in", "subsidiary of", "ISO code", "mentions"], rows,
                  {"mentions"})


# The marks follow displaCy's entity style; everything is inline so the page works offline.
_PAGE_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newskg">
<title>%TITLE%</title>
<style>
  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; background: #fff; }
  main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #e5e5e5; padding-bottom: .25rem; }
  .meta { color: #666; margin: 0 0 .75rem; word-break: break-all; }
  .none { color: #8a6d00; font-style: italic; }
  .entities { line-height: 2.5; white-space: pre-wrap; overflow-wrap: break-word; }
  mark.entity { color: #000; padding: .45em .6em; margin: 0 .25em; line-height: 1; border-radius: .35em;
                box-decoration-break: clone; -webkit-box-decoration-break: clone; }
  .label { font-size: .8em; font-weight: bold; line-height: 1; border-radius: .35em; vertical-align: middle;
           margin-left: .5rem; text-transform: uppercase; }
  .key { display: inline-block; white-space: nowrap; color: #000; padding: .2em .6em; margin: 0 .5em .25em 0;
         border-radius: .35em; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; font-size: .9rem; }
  th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f6f6f6; white-space: nowrap; }
  td.num, th.num { text-align: right; }
  table.investments td { min-width: 14rem; max-width: 40rem; }
  table.investments tbody th { text-align: right; white-space: nowrap; }
  details summary { cursor: pointer; color: #444; }
  details ol { margin: .25rem 0 0; padding-left: 1.25rem; }
</style>
</head>
<body><main>"""
