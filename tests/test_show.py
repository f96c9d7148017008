"""`newskg extract`'s views of one extraction: mentions, terminal, JSON, Turtle and the HTML page."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rich.console import Console

from extract import show
from extract.files import WriteError
from extract.records import Article, Entity, Extraction, Investment, Money, When

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
NKG = "https://w3id.org/newskg/ontology#"
SCHEMA = "https://schema.org/"


def made(text: str, *entities: Entity, investments=(), roles=(), **article) -> Extraction:
    return Extraction(Article(text=text, source="test.txt", **article), tuple(entities), tuple(investments), tuple(roles))


def spans(extraction: Extraction) -> list[tuple[str, str]]:
    return [(extraction.article.text[s:e], entity.name) for s, e, entity in show.mentions(extraction)]


def plain(extraction: Extraction) -> str:
    console = Console(record=True, width=120)
    show.print_extraction(extraction, console)
    return console.export_text()


# --- mentions


def test_seed_mentions_sit_at_the_offsets_of_their_surface_forms(seed_extraction):
    text = seed_extraction.article.text
    found = show.mentions(seed_extraction)
    for start, end, entity in found:
        forms = {f.casefold() for f in (entity.name, *entity.aliases)}
        assert text[start:end].casefold() in forms
        assert not text[start - 1:start].isalnum() and not text[end:end + 1].isalnum()
    assert [m[0] for m in found] == sorted(m[0] for m in found)
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:])), "mentions overlap"

    by_start = {start: (end, entity.name) for start, end, entity in found}
    cloutier = text.index("Roland Cloutier")
    assert by_start[cloutier] == (cloutier + len("Roland Cloutier"), "Roland Cloutier")
    assert sum(1 for _, _, e in found if e.name == "Roland Cloutier") == text.count("Cloutier")
    ida = text.index("including IDA") + len("including ")
    assert by_start[ida] == (ida + 3, "IDA Ireland")
    agency = text.index("Irish Investment Development Agency")
    assert by_start[agency][1] == "IDA Ireland"
    # Every spelling of TikTok, in whatever case, is found, and only as a whole word.
    assert sum(1 for _, _, e in found if e.name == "TikTok") == len(re.findall(r"\btiktok\b(?! (?:Ireland|UK))", text, re.I))


def test_longest_form_wins_over_the_names_inside_it(seed_extraction):
    text = seed_extraction.article.text
    found = {(text[s:e], entity.name) for s, e, entity in show.mentions(seed_extraction)}
    assert ("tiktok Ireland", "TikTok Ireland") in found and ("tiktok UK", "TikTok UK") in found
    unit = text.index("tiktok Ireland")
    assert not any(s == unit and e.name == "TikTok" for s, _, e in show.mentions(seed_extraction))


def test_case_and_word_boundaries():
    text = "Apple and APPLE sell apples. The US and us. Apple Park opened; Pineapple did not. Irish\n  investment agency."
    extraction = made(text, Entity("Apple", "Organization", aliases=("apple",)), Entity("US", "Place"),
                      Entity("Apple Park", "Place"), Entity("Irish investment agency", "Organization"))
    assert spans(extraction) == [("Apple", "Apple"), ("APPLE", "Apple"), ("US", "US"), ("Apple Park", "Apple Park"),
                                 ("Irish\n  investment agency", "Irish investment agency")]


def test_same_span_goes_to_the_form_in_its_own_case():
    extraction = made("BOLT said bolt would grow.", Entity("Bolt", "Organization"), Entity("Bolt Person", "Person", aliases=("BOLT",)))
    assert spans(extraction) == [("BOLT", "Bolt Person"), ("bolt", "Bolt")]


def test_forms_with_punctuation_and_either_apostrophe():
    extraction = made("AT&T met U.S.officials at McDonald’s with Fomento (Corfo).", Entity("AT&T", "Organization"),
                      Entity("U.S.", "Place"), Entity("McDonald's", "Organization"), Entity("Fomento (", "Organization"))
    assert spans(extraction) == [("AT&T", "AT&T"), ("U.S.", "U.S."), ("McDonald’s", "McDonald's"), ("Fomento (", "Fomento (")]


# --- terminal


def test_terminal_shows_the_seed_investment_and_the_three_roles(seed_extraction):
    out = plain(seed_extraction)
    assert "TikTok" in out
    assert "420,000,000" in out and "EUR" in out and "about" in out
    assert "Ireland" in out and "data center" in out and "2022" in out and "0.80" in out
    for holder in ("Roland Cloutier", "Martin Shanahan", "Zhang zhewei"):
        assert holder in out
    assert "chief information security officer" in out and "IDA Ireland" in out
    assert "no investments found" not in out and "no roles found" not in out
    # Without colours the highlighting survives as labelled brackets.
    assert "[Roland Cloutier|PERSON]" in out and "[IDA|ORG]" in out and "[Dublin|PLACE]" in out


def test_terminal_colours_each_class_differently(seed_extraction):
    console = Console(record=True, width=120, force_terminal=True, color_system="truecolor")
    show.print_extraction(seed_extraction, console)
    ansi = console.export_text(styles=True)
    backgrounds = {kind: "48;2;" + ";".join(str(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
                   for kind, (_, colour) in show.CLASSES.items()}
    assert len(set(backgrounds.values())) == 3
    for kind, name in (("Organization", "tiktok"), ("Person", "Roland Cloutier"), ("Place", "Dublin")):
        assert re.search(re.escape(backgrounds[kind]) + "m" + name + "\x1b", ansi), kind
    assert "[Roland Cloutier|PERSON]" not in ansi


def test_large_capacities_are_not_in_exponent_notation():
    investment = Investment("Acme", facility="data center", capacity_mw=12345678.0, jobs=2500)
    out = plain(made("Acme builds.", Entity("Acme", "Organization"), investments=[investment]))
    assert "12,345,678" in out and "2,500" in out and "e+" not in out


def test_no_color_keeps_the_highlighting_as_text(seed_extraction):
    console = Console(record=True, width=120, force_terminal=True, color_system="truecolor", no_color=True)
    show.print_extraction(seed_extraction, console)
    assert "[Roland Cloutier|PERSON]" in console.export_text()


def test_empty_tables_say_so():
    out = plain(made("Nothing happened in Paris today.", Entity("Paris", "Place", "City")))
    assert "no investments found" in out and "no roles found" in out


def test_ranges_qualifiers_and_numbers_read_naturally():
    assert show.amount_text(Money(Decimal("4.2E+8"), "EUR", qualifier="about")) == "about 420,000,000 EUR"
    assert show.amount_text(Money(None, "USD", Decimal("1000000000"), Decimal("2000000000"))) == "1,000,000,000–2,000,000,000 USD"
    assert show.amount_text(Money(None, "INR", minimum=Decimal("5E+9"), qualifier="more than")) == "more than 5,000,000,000 INR"
    assert show.amount_text(Money(None, "USD", maximum=Decimal("3E+8"))) == "up to 300,000,000 USD"
    assert show.amount_text(None) == ""


def test_markup_in_the_text_is_printed_not_interpreted():
    extraction = made("[bold]Acme[/bold] builds in [red]Oslo", Entity("Acme", "Organization"), Entity("Oslo", "Place"))
    out = plain(extraction)
    assert "[bold][Acme|ORG][/bold] builds in [red][Oslo|PLACE]" in out


# --- JSON and Turtle


def test_json_round_trips_with_the_investment_values(seed_extraction):
    data = json.loads(show.to_json(seed_extraction))
    assert data["article"]["source"] == "corpus/articles/tiktok-ireland-2020.txt"
    assert data["article"]["iri"].startswith("https://w3id.org/newskg/id/article/")
    [investment] = data["investments"]
    assert investment["investor"] == "TikTok"
    assert investment["amount"] == {"value": "420000000", "currency": "EUR", "minimum": None, "maximum": None,
                                    "qualifier": "about"}
    assert (investment["place"], investment["country"], investment["facility"]) == ("Ireland", "Ireland", "data center")
    assert investment["operational"] == "2022" and investment["status"] == "Announced"
    assert investment["confidence"] == pytest.approx(0.8) and investment["evidence"]
    roles = {(r["person"], r["title"], r["org"]) for r in data["roles"]}
    assert ("Roland Cloutier", "chief information security officer", "TikTok") in roles
    assert ("Martin Shanahan", "chief executive officer", "IDA Ireland") in roles
    ida = next(e for e in data["entities"] if e["name"] == "IDA Ireland")
    assert ida["type"] == "Organization" and "IDA" in ida["aliases"]
    assert next(e for e in data["entities"] if e["name"] == "Dublin")["located_in"] == "Ireland"
    assert next(e for e in data["entities"] if e["name"] == "Ireland")["iso_code"] == "IE"
    text = data["article"]["text"]
    assert data["mentions"] and all(text[m["start"]:m["end"]] == m["text"] for m in data["mentions"])
    assert {"start", "end", "text", "entity", "type"} <= set(data["mentions"][0])


def test_json_keeps_decimals_exact_and_dates_iso():
    money = Money(None, "USD", Decimal("0.1E+10"), Decimal("1234567890123456789.01"), "between")
    investment = Investment("Acme", ("Beta",), money, "Oslo", "Norway", "data center", When("2026-03"), When("2024-05-02"),
                            jobs=300, construction_jobs=1200, capacity_mw=90.5, status="UnderConstruction", confidence=0.7)
    extraction = made("Acme and Beta build in Oslo, Norway.", Entity("Acme", "Organization"), Entity("Beta", "Organization"),
                      Entity("Oslo", "Place", "City", located_in="Norway"), Entity("Norway", "Place", "Country"),
                      investments=[investment], published=dt.date(2024, 5, 2))
    data = json.loads(show.to_json(extraction))
    assert data["article"]["published"] == "2024-05-02"
    [inv] = data["investments"]
    assert inv["amount"]["minimum"] == "1000000000" and inv["amount"]["maximum"] == "1234567890123456789.01"
    assert (inv["operational"], inv["announced"]) == ("2026-03", "2024-05-02")
    assert (inv["jobs"], inv["construction_jobs"], inv["capacity_mw"], inv["partners"]) == (300, 1200, 90.5, ["Beta"])
    out = plain(extraction)
    for shown in ("between 1,000,000,000–1,234,567,890,123,456,789.01 USD", "2026-03", "2024-05-02", "1,200", "90.5 ",
                  "UnderConstruction", "Beta"):
        assert shown in out


def test_turtle_is_the_article_graph(seed_extraction):
    graph = Graph().parse(data=show.to_turtle(seed_extraction), format="turtle")
    amounts = {value.toPython() for value in graph.objects(None, URIRef(SCHEMA + "value"))}
    assert amounts == {Decimal("420000000")}
    assert (None, URIRef(NKG + "investor"), URIRef("https://w3id.org/newskg/id/org/tiktok")) in graph
    assert len(graph) == len(show.to_graph(seed_extraction))


# --- HTML


def test_html_marks_the_entities_and_fetches_nothing(seed_extraction):
    page = show.to_html(seed_extraction)
    assert page.startswith("<!DOCTYPE html>")
    marks = re.findall(r"<mark [^>]*>(.*?)<span", page)
    assert len(marks) == len(show.mentions(seed_extraction))
    assert "tiktok" in marks and "Roland Cloutier" in marks and "IDA" in marks
    assert 'data-entity="IDA Ireland"' in page and 'class="label">PERSON<' in page
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "<script" not in page.lower() and "<link" not in page.lower() and "@import" not in page
    assert "about 420,000,000 EUR" in page and "Martin Shanahan" in page and "no roles found" not in page


def test_html_escapes_the_text(extract_text):
    text = ("Acme Corp will invest $500 million in a data center in Dublin. <script>alert('x')</script> "
            "Smith & Sons said \"yes\" <b>loudly</b> in Ireland, where Acme Corp is hiring.")
    extraction = extract_text(text)
    assert show.mentions(extraction)[-1][0] > text.index("<b>"), "the markup must sit between marks"
    page = show.to_html(extraction)
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "Smith &amp; Sons" in page and "<b>" not in page and "&lt;b&gt;loudly" in page


def test_html_escapes_names_in_attributes():
    extraction = made('Deal: "Q&A" <Corp> opens.', Entity('"Q&A" <Corp>', "Organization", "Company"))
    page = show.to_html(extraction)
    assert '<Corp>' not in page
    assert 'data-entity="&quot;Q&amp;A&quot; &lt;Corp&gt;"' in page
    assert "no investments found" in page and "no roles found" in page


def test_write_html_replaces_the_file_atomically(seed_extraction, tmp_path):
    target = tmp_path / "out" / "seed.html"
    assert show.write_html(seed_extraction, target) == target
    assert target.read_text(encoding="utf-8") == show.to_html(seed_extraction)
    target.write_text("old", encoding="utf-8")
    show.write_html(seed_extraction, target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in target.parent.iterdir()) == ["seed.html"]
    with pytest.raises(WriteError):
        show.write_html(seed_extraction, tmp_path)


@pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("NEWSKG_REQUIRE_BROWSER"),
                    reason="needs Debian's Chromium at /usr/bin/chromium")
def test_the_page_opens_in_a_browser(seed_extraction, tmp_path):
    from playwright.sync_api import sync_playwright

    path = show.write_html(seed_extraction, tmp_path / "seed.html")
    requests = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(path.resolve().as_uri())
            assert page.title() == f"{seed_extraction.article.headline} — newskg"
            mark = page.locator("mark.entity", has_text="tiktok").first
            assert mark.is_visible()
            colours = {page.locator(f'mark[data-type="{kind}"]').first.evaluate("m => getComputedStyle(m).backgroundColor")
                       for kind in show.CLASSES}
            assert len(colours) == 3
            assert page.locator("table.investments").is_visible()
            assert page.get_by_text("about 420,000,000 EUR").is_visible()
        finally:
            browser.close()
    assert all(url.startswith("file://") for url in requests), requests
