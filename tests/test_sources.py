"""Reading what a journalist brings: text, Markdown, HTML, JSON/JSONL and feeds become Articles."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from extract.sources import (
    Found,
    SourceError,
    SourceWarning,
    article_from_text,
    discover,
    kind_of,
    parse_date,
    read,
    read_all,
    read_articles,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def articles_of(name: str) -> tuple[list, list[SourceWarning]]:
    notes: list[SourceWarning] = []
    path = FIXTURES / name
    return read_articles(Found(path, str(path)), notes.append), notes


def only_article(name: str):
    articles, notes = articles_of(name)
    assert len(articles) == 1 and not notes, (articles, notes)
    return articles[0]


def paragraphs(article) -> list[str]:
    return article.text.split("\n\n")


# -- HTML ----------------------------------------------------------------------------------------

def test_html_page_gives_the_story_and_its_metadata():
    a = only_article("borealis-lulea-datacentre.html")
    assert a.headline == "Borealis Compute to build €1.1bn data centre campus near Luleå"
    assert a.published == dt.date(2024, 3, 12)
    assert a.url == "https://nordicinfra.example/news/2024/03/borealis-compute-lulea-campus"
    assert a.publisher == "Nordic Infrastructure Review"
    assert a.source == str(FIXTURES / "borealis-lulea-datacentre.html")
    # One paragraph per line block, the headline first, as in a plain-text article.
    paras = paragraphs(a)
    assert paras[0] == a.headline
    assert paras[1].startswith("LULEÅ, Sweden, March 12 (NIR) - Borealis Compute")
    assert paras[1].endswith("the company said on Tuesday.")
    assert any(p.startswith("The project will create around 250 permanent jobs") for p in paras)
    assert paras[-1].startswith("Business Sweden, the government's trade and investment agency")


@pytest.mark.parametrize("boilerplate", [
    "cookies", "Accept all",                                         # cookie banner
    "Subscribe", "Log in", "Data centres\n",                         # navigation
    "Related stories", "Arctic fibre link", "400 kV upgrade",       # related links
    "newsletter", "Sign up",                                         # newsletter box
    "All rights reserved", "Privacy policy",                         # footer
    "STORY-INLINE-AD", "document.write", "Sponsored", "gtag", "trackPageView", "dataLayer",  # scripts
])
def test_html_page_leaves_out_boilerplate_and_scripts(boilerplate):
    assert boilerplate not in only_article("borealis-lulea-datacentre.html").text


def test_txt_that_is_really_html_is_read_as_html():
    a = only_article("really-html.txt")
    assert a.headline == "Quantica Systems to build AI supercomputer in Bologna"
    assert a.published == dt.date(2024, 7, 2)
    assert a.url == "https://itj.example/2024/07/quantica-bologna"
    assert a.publisher == "Italian Tech Journal"
    assert paragraphs(a) == [
        "Quantica Systems to build AI supercomputer in Bologna",
        "Quantica Systems will invest 350 million euros in an AI supercomputer at the Bologna Technopole, "
        "in Italy, the company announced on Tuesday.",
        "The machine is expected to be operational in the first half of 2025 and will be used by universities and industry.",
    ]
    assert "<" not in a.text and "P.IVA" not in a.text and "Home" not in a.text


def test_html_in_a_legacy_charset_it_declares(tmp_path):
    page = ('<html><head><meta charset="iso-8859-1"><title>Café Compute opens Málaga data centre</title></head>'
            '<body><article><h1>Café Compute opens Málaga data centre</h1><p>Café Compute has opened a 5 MW data '
            'centre in Málaga, Spain, after investing 40 million euros over two years.</p></article></body></html>')
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("latin-1"))
    a = read(Found(path, str(path)))
    assert a.headline == "Café Compute opens Málaga data centre"
    assert "data centre in Málaga, Spain" in a.text


# -- feeds ---------------------------------------------------------------------------------------

def test_rss_feed_one_article_per_item_with_html_reduced_to_text():
    articles, notes = articles_of("chipwire.rss")
    assert not notes
    shown = str(FIXTURES / "chipwire.rss")
    assert [a.source for a in articles] == [f"{shown}#1", f"{shown}#2", f"{shown}#3"]
    assert {a.publisher for a in articles} == {"ChipWire Daily"}
    veridian, kestrel, tessera = articles

    assert veridian.headline == "Veridian Semiconductor picks Arizona for $14 billion 3nm fab"
    assert veridian.url == "https://chipwire.example/2024/05/veridian-arizona-fab"
    # 21:30 at UTC-5 is already 4 May in UTC; the day the newsroom wrote is kept.
    assert veridian.published == dt.date(2024, 5, 3)
    assert paragraphs(veridian)[1] == ("PHOENIX — Veridian Semiconductor will spend $14 billion on a 3nm wafer fab "
                                       "in Maricopa County, Arizona, the company said on Friday.")
    assert "<" not in veridian.text and "alert" not in veridian.text and "tracking" not in veridian.text

    # content:encoded is the full story; the one-line description is not used.
    assert kestrel.published == dt.date(2024, 5, 6)
    assert "invest 500 billion yen to expand its DRAM plant in Hiroshima, Japan" in kestrel.text
    assert "New cleanroom: 2025" in paragraphs(kestrel) and "Volume production: 2026" in paragraphs(kestrel)
    assert "&" not in kestrel.text

    # A description holding escaped HTML, not CDATA.
    assert paragraphs(tessera)[1] == ("Tessera Packaging has opened a 2.5D packaging line at its Bayan Lepas plant "
                                      "in Penang, Malaysia, after investing 300 million dollars.")
    assert tessera.published == dt.date(2024, 5, 7)


def test_atom_feed():
    articles, notes = articles_of("cloud-regions.atom")
    assert not notes and len(articles) == 2
    altostrat, nimbus = articles
    assert altostrat.headline == "Altostrat Cloud launches Santiago region & commits $1bn"
    assert altostrat.published == dt.date(2024, 6, 18)          # <published>, not <updated>
    assert altostrat.url == "https://cloudtracker.example/altostrat-santiago"
    assert altostrat.publisher == "Cloud Region Tracker"
    assert paragraphs(altostrat)[1:] == [
        "Altostrat Cloud has launched a cloud region in Santiago, Chile, and will invest 1 billion US dollars in the country by 2028.",
        "The region has three availability zones.",
    ]
    assert nimbus.published == dt.date(2024, 6, 20)             # only <updated> given
    assert paragraphs(nimbus) == [
        "Nimbus Networks plans Lagos data center",
        "Nimbus Networks will build a 24 MW data center in Lagos, Nigeria, at a cost of 250 million dollars.",
        "The facility is expected to open in early 2026.",
    ]


def test_file_without_suffix_is_sniffed():
    articles, _ = articles_of("atlas-feed")
    assert [(a.headline, a.url, a.published, a.publisher) for a in articles] == [
        ("Atlas Edge to build Nairobi data center", "https://atlas.example/nairobi", dt.date(2024, 7, 10), "Atlas Infra Notes")]


# -- JSON and JSONL ------------------------------------------------------------------------------

def test_jsonl_skips_a_malformed_line_with_a_warning_and_reads_the_rest():
    articles, notes = articles_of("wire.jsonl")
    shown = str(FIXTURES / "wire.jsonl")
    assert len(notes) == 1
    assert f"{shown} line 3" in str(notes[0]) and "skipped" in str(notes[0]) and "\n" not in str(notes[0])
    assert notes[0].source == f"{shown}#3"
    assert [a.source for a in articles] == [f"{shown}#1", f"{shown}#2", f"{shown}#4"]

    halden, meridian, polar = articles
    assert halden.headline == "Halden Energy and Crestline to build 300 MW AI data centre in Texas"
    assert halden.published == dt.date(2024, 5, 3)              # "2024-05-03T10:00Z"
    assert halden.url == "https://wire.example/2024/05/halden-crestline-abilene"
    assert halden.publisher == "Wire Example"
    assert paragraphs(halden)[1:] == [
        "Halden Energy and Crestline Digital will build a 300 MW AI data centre near Abilene, Texas, for 4.5 billion dollars.",
        "The first phase is due to be operational in 2026.",
    ]
    # headline/body/link/date spellings, an RFC 822 date, HTML in the body, a NewsAPI-style source object.
    assert meridian.headline == "Meridian Telecom lands subsea cable in Oman"
    assert meridian.published == dt.date(2024, 5, 7)
    assert meridian.url == "https://wire.example/2024/05/meridian-salalah"
    assert meridian.publisher == "Wire Example Middle East"
    assert paragraphs(meridian)[1:] == ["Meridian Telecom has landed its Gulf Express subsea cable in Salalah, Oman.",
                                        "The 2,000 km system cost 450 million dollars."]
    assert polar.text.endswith("after investing 600 million kroner.")
    assert (polar.published, polar.url, polar.publisher) == (dt.date(2024, 5, 14), None, "Arctic Business")


def test_jsonl_warning_reaches_read_all():
    items = list(read_all([str(FIXTURES / "wire.jsonl")]))
    warnings = [i for i in items if isinstance(i, SourceWarning)]
    assert len(warnings) == 1 and "line 3" in str(warnings[0])
    assert sum(1 for i in items if not isinstance(i, Exception)) == 3


def test_json_list_one_article_per_record():
    articles, notes = articles_of("briefs.json")
    shown = str(FIXTURES / "briefs.json")
    assert not notes
    sahel, andes = articles
    assert (sahel.source, sahel.headline, sahel.published, sahel.url, sahel.publisher) == (
        f"{shown}#1", "Sahel Digital breaks ground on Dakar data center", dt.date(2024, 2, 20),
        "https://briefs.example/sahel-digital-dakar", "Africa Infra Briefs")
    assert "invest 120 million euros in the facility" in sahel.text
    # "content" as a list of paragraphs, a written-out date, nothing else known.
    assert (andes.source, andes.published, andes.url, andes.publisher) == (f"{shown}#2", dt.date(2024, 2, 22), None, None)
    assert paragraphs(andes) == ["Andes Compute to build Lima AI supercomputer",
                                 "Andes Compute will build an AI supercomputer in Lima, Peru.",
                                 "The project is worth 200 million dollars."]


def test_json_single_object_in_schema_org_spelling():
    a = only_article("single.json")
    assert a.source == str(FIXTURES / "single.json")
    assert a.headline == "Baltic Grid Data to build Riga data centre"
    assert a.published == dt.date(2024, 3, 4)
    assert a.url == "https://baltic.example/news/riga-dc"
    assert a.publisher == "Baltic Tech News"
    assert paragraphs(a)[1] == "RIGA, March 4 2024 - Baltic Grid Data will invest 90 million euros in a 20 MW data centre in Riga, Latvia."


# -- Markdown and plain text ---------------------------------------------------------------------

def test_markdown_with_front_matter():
    a = only_article("with-front-matter.md")
    assert a.headline == "Cascadia Power and Lumen Ridge plan $2bn data centre campus in Oregon"
    assert a.published == dt.date(2024, 4, 9)
    assert a.url == "https://pacificinfra.example/2024/04/cascadia-lumen-ridge-oregon"
    assert a.publisher == "Pacific Infrastructure Weekly"
    assert paragraphs(a) == [
        "Cascadia Power and Lumen Ridge plan $2bn data centre campus in Oregon",
        "HILLSBORO, Ore. — Cascadia Power and Lumen Ridge Capital plan to invest $2 billion in a data centre campus "
        "in Hillsboro, Oregon, according to planning documents filed this week.",
        "The campus will have a capacity of 200 MW and is expected to be operational in 2027. "
        "The partners said it would create about 150 permanent jobs.",
        "\"Hillsboro has the fibre and the power we need,\" said Dana Whitfield, chief executive officer of Lumen Ridge Capital.",
    ]
    assert "tags" not in a.text and "---" not in a.text


def test_markdown_without_front_matter():
    a = only_article("no-front-matter.md")
    assert a.headline == "Orion Foundry confirms €8bn chip fab in Saxony"
    assert (a.published, a.url, a.publisher) == (None, None, None)
    assert paragraphs(a) == [
        "Orion Foundry confirms €8bn chip fab in Saxony",
        "By the Dresden desk",
        "DRESDEN, 21 May 2024 — Orion Foundry will build a €8 billion semiconductor fab in Dresden, Germany, "
        "with support from the German government under the European Chips Act.",
        "Construction starts in 2025",
        "Production is planned for 2028",
        "About 2,000 jobs",
        "The plant will make 28nm chips for carmakers.",
    ]


def test_plain_text_is_read_as_it_is():
    path = FIXTURES / "kobold-fab.txt"
    a = read(Found(path, "kobold-fab.txt"))
    assert a.text == path.read_text(encoding="utf-8")       # unchanged, so its article IRI is too
    assert a.source == "kobold-fab.txt"
    assert a.headline == "Kobold Microsystems to build $3bn chip plant in Ohio"
    assert (a.published, a.url, a.publisher) == (None, None, None)


def test_standard_input(monkeypatch):
    feed = (FIXTURES / "atlas-feed").read_bytes()
    monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": io.BytesIO(feed)})())
    (a,) = [i for i in read_all(["-"])]
    assert a.source == "<stdin>#1" and a.headline == "Atlas Edge to build Nairobi data center"


def test_article_from_text_takes_metadata():
    a = article_from_text("Nexa opens Lisbon data centre\n\nNexa opened it today.", "x.txt",
                          published="2024-05-03T10:00Z", url="https://n.example/a b", publisher="  Lusa ")
    assert (a.headline, a.published, a.publisher) == ("Nexa opens Lisbon data centre", dt.date(2024, 5, 3), "Lusa")
    assert a.url is None                                      # a space: not something to make an IRI of
    assert article_from_text("x", "y", url="https://n.example/ä?q=<1>").url == "https://n.example/%C3%A4?q=%3C1%3E"


# -- finding inputs ------------------------------------------------------------------------------

def test_folders_are_searched_recursively_skipping_hidden_and_unknown_files(tmp_path):
    folder = tmp_path / "inbox"
    shutil.copytree(FIXTURES, folder / "batch")
    (folder / ".drafts").mkdir()
    (folder / ".drafts" / "draft.md").write_text("# Draft\n\nNot ready.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("hidden\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    found = [Path(f.path).relative_to(folder).as_posix() for f in discover([str(folder)])]
    assert found == sorted(found)
    assert "batch/atlas-feed" in found                        # no suffix, but a feed
    assert "batch/NOTES" not in found                         # no suffix, plain notes
    assert not any(name.startswith(".") or "/." in name or name.endswith(".jpg") for name in found)
    assert set(found) == {f"batch/{p.name}" for p in FIXTURES.iterdir() if p.name != "NOTES"}


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("a.txt", "Plain headline\n\nBody.", "text"),
    ("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("a.txt", '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
    ("a.xml", '<?xml version="1.0"?>\n<!-- exported -->\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
    ("a.xml", "<html><body><p>x</p></body></html>", "html"),
    ("a", '[{"text": "x"}]', "json"),
    ("a", '{"text": "x"}\n{"text": "y"}\n', "jsonl"),
    ("a", "---\ntitle: X\n---\nBody\n", "markdown"),
    ("a", "[Updated] Chipmaker delays fab\n", "text"),
    ("a.md", "<p>Markdown may hold HTML</p>", "markdown"),
])
def test_kind_is_chosen_by_content_as_well_as_suffix(name, content, kind):
    assert kind_of(content, Path(name).suffix) == kind


# -- errors --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"  \n", "empty article"),
    ("latin1.txt", "Caf\xe9 opens a data centre".encode("latin-1"), "not UTF-8 text (bad byte at offset 3)"),
    ("bom-latin1.txt", b"\xef\xbb\xbfCaf\xe9", "bad byte at offset 6"),
    ("broken.json", b'{"title": "x", "text": "y",}', "not valid JSON"),
    ("empty.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
     "feed has no entries"),
    ("garbage.xml", b"hello there", "not a readable feed"),
    ("bad-front-matter.md", b"---\ntitle: [unclosed\n---\nBody\n", "front matter is not valid YAML"),
    ("no-text.json", b'[{"title": "only a title"}]', "no articles"),
    ("no-story.html", b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><footer><p>(c) 2024 "
     b"Example Media. All rights reserved.</p></footer></body></html>", "no article text"),
])
def test_a_bad_input_is_one_line_error_and_the_others_are_still_read(tmp_path, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = FIXTURES / "kobold-fab.txt"
    items = list(read_all([str(bad), str(tmp_path / "missing.txt"), str(good)]))
    errors = [i for i in items if isinstance(i, SourceError)]
    assert [e.source for e in errors] == [str(bad), str(tmp_path / "missing.txt")]
    assert message in str(errors[0]) and str(errors[0]).startswith(f"{bad}: ")
    assert "no such file or folder" in str(errors[1])
    assert all("\n" not in str(e) for e in errors)
    assert [a.source for a in items if not isinstance(a, Exception)] == [str(good)]


def test_records_left_out_are_warned_about(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"text": "Nexa opens Lisbon data centre", "date": "soon", "url": "ftp://x"}\n[1, 2]\n', encoding="utf-8")
    notes = []
    (a,) = read_articles(Found(path, "odd.jsonl"), notes.append)
    assert (a.published, a.url) == (None, None)
    assert [str(n) for n in notes] == [
        "odd.jsonl#1: date 'soon' not understood, left out",
        "odd.jsonl#1: URL 'ftp://x' is not an absolute http(s) URL, left out",
        "odd.jsonl line 2: not a JSON object, skipped",
    ]


def test_warnings_are_not_lost_without_a_handler():
    with pytest.warns(SourceWarning, match="line 3"):
        read_articles(Found(FIXTURES / "wire.jsonl", "wire.jsonl"))


def test_read_insists_on_one_article():
    with pytest.raises(SourceError, match="holds 3 articles"):
        read(Found(FIXTURES / "chipwire.rss", "chipwire.rss"))


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-05-03", dt.date(2024, 5, 3)),
    ("2024-05-03T10:00Z", dt.date(2024, 5, 3)),
    ("2024-05-03T23:30:00-07:00", dt.date(2024, 5, 3)),
    ("Fri, 03 May 2024 21:30:00 -0500", dt.date(2024, 5, 3)),
    ("Fri, 03 May 2024 10:00:00 GMT", dt.date(2024, 5, 3)),
    ("3 May 2024", dt.date(2024, 5, 3)),
    ("May 3, 2024", dt.date(2024, 5, 3)),
    (dt.datetime(2024, 5, 3, 10, 0), dt.date(2024, 5, 3)),
    (dt.date(2024, 5, 3), dt.date(2024, 5, 3)),
    ("2024-13-45", None),
    ("soon", None),
    ("", None),
    (2024, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# -- into the graph ------------------------------------------------------------------------------

def test_ingesting_html_and_jsonl_puts_metadata_on_the_article_nodes(extractor, store_dir):
    from extract.ingest import ingest
    from extract.store import open_store

    html, jsonl = FIXTURES / "borealis-lulea-datacentre.html", FIXTURES / "wire.jsonl"
    with open_store(store_dir, create=True) as db:
        report = ingest([str(html), str(jsonl)], db, lambda: extractor)
        rows = db.query("SELECT ?h ?d ?u WHERE { ?a a nkg:Article ; schema:headline ?h . "
                        "OPTIONAL {?a schema:datePublished ?d} OPTIONAL {?a schema:url ?u} }").rows
    assert not report.failed
    ((source, message),) = report.warnings
    assert source == f"{jsonl}#3" and message.startswith(f"{jsonl} line 3: not valid JSON") and "skipped" in message
    assert sorted(s for s, _, _ in report.ingested) == sorted([str(html), f"{jsonl}#1", f"{jsonl}#2", f"{jsonl}#4"])
    got = {r["h"]["value"]: (r.get("d", {}).get("value"), r.get("d", {}).get("datatype"), r.get("u", {}).get("value"),
                             r.get("u", {}).get("type")) for r in rows}
    xsd_date = "http://www.w3.org/2001/XMLSchema#date"
    assert got == {
        "Borealis Compute to build €1.1bn data centre campus near Luleå":
            ("2024-03-12", xsd_date, "https://nordicinfra.example/news/2024/03/borealis-compute-lulea-campus", "uri"),
        "Halden Energy and Crestline to build 300 MW AI data centre in Texas":
            ("2024-05-03", xsd_date, "https://wire.example/2024/05/halden-crestline-abilene", "uri"),
        "Meridian Telecom lands subsea cable in Oman":
            ("2024-05-07", xsd_date, "https://wire.example/2024/05/meridian-salalah", "uri"),
        "Polar Fiber opens Tromsø data centre": ("2024-05-14", xsd_date, None, None),
    }
