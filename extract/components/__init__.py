"""Our spaCy components. Importing this package registers their factories and the Doc
extensions they write, once, here."""

import re

from spacy.tokens import Doc, Span

from ..lexicon import legal_forms_with_dots
from ..names import is_given_name

# What our components add to a Doc, all plain data (records from extract.records).
for _name in ("mentions", "entities", "amounts", "roles", "investments"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=())
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


# Nouns for a facility that the name of its place or owner stands next to: "a data centre in X",
# "its X campus", "Meta's data centre".
FACILITY_NOUNS = r"data cent(?:re|er)|campus|facility|fab|plant"
# The letters after a name for a seat or an honour ("Seán Kilbride TD", "Andrew Kinvig MHK"): no part of the name.
POST_NOMINALS = r"TD|MP|MEP|MLA|MSP|MHK|MLC|MHA|CBE|OBE|MBE|KC|QC"
# A site's code, not its operator: "MEL3", "LOS-2", "Fab 8B", "MRS-03".
SITE_CODE = r"[A-Z]{2,5}[- ]?\d{1,2}|Fab[- ]?\d{1,2}[A-Z]?"

# The posts of a newsroom's own people ("HOST", "presenter", "Southland reporter", "technology correspondent").
NEWSROOM_POST = re.compile(r"(?:[\w-]+\s+){0,2}?(?:host|presenter|anchor|newsreader|reporter|correspondent|editor|writer|columnist|journalist)", re.I)
# A transcript's credits after the headline: the post, maybe where, and the name ("Presenter: Máire Ní
# Fhlatharta. Reporter in Covilhã: Rui Pestana.").
NEWSROOM_CREDIT = re.compile(r"(?m)(?:^|\.[ \t]+)((?-i:[A-Z])[a-z]+(?:[ \t]+[a-z]+)?)(?:[ \t]+in[ \t]+[^\n:.]{2,40})?:[ \t]+"
                             r"((?-i:[A-ZÀ-Þ])[\w'’-]+(?:[ \t]+(?-i:[A-ZÀ-Þ])[\w'’-]+){1,3})(?=\.|[ \t]*$)")
# A byline or a sign-off: the writer, the post and maybe the outlet ("By Kunle Adeyemi-Bello, Technology
# Correspondent, The Lagoon Courier", "— Paulina Reyes, editor, The Rack Report").
BYLINE = re.compile(r"(?m)^[ \t]*(?:By|BY|[—–-])\s+([^\n,|]{3,60}?),\s*([^\n,|]{3,50}?)(?:,\s*(?:[Tt]he\s+)?([^\n,|]{2,60}?))?[ \t]*$")


def full_text(doc: Doc) -> str:
    """The Doc's text, built once: Doc.text joins every token anew on each access (so it is
    not passed to setdefault, which would build it every time)."""
    text = doc.user_data.get("newskg_text")
    if text is None:
        text = doc.user_data["newskg_text"] = doc.text
    return text


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, where one the parser ended on a preposition, article or conjunction,
    or on a post's abbreviation or a two-letter initial before a name, runs on into the next
    within the same line ("head of research at | Lalbagh Securities Ltd.", "Coun. | Patrick
    Rainville", "CEO Ts. | Ganbold"), as does a lone word ("Councilwoman | Dawn Pruitt") and one that
    ends inside a name ("Rachel | Te Maari")."""
    out: list[Span] = []
    start = 0
    for sent in doc.sents:
        last = next((t for t in reversed(sent) if not t.is_space), None)
        abbreviated = last is not None and last.text == "." and last.i > sent.start and not doc[last.i - 1].whitespace_ \
            and (doc[last.i - 1].text in _ABBREVIATIONS or re.fullmatch(r"[A-Z][a-z]", doc[last.i - 1].text)) \
            and sent.end < len(doc) and doc[sent.end].text[:1].isupper()
        # "Kaupunginjohtaja (city manager) | Antero Hyvönen said", "the chairman of Polabská energetika a.s. |
        # Ivana Králová said": a gloss in brackets, or a company's legal form, before a name.
        before_name = last is not None and sent.end < len(doc) and (
            last.text == ")" or last.text in legal_forms_with_dots() and is_given_name(doc[sent.end].text))
        # "Jeffersonville City Council voted 7-2. | Councilwoman | Dawn Pruitt voted no.": a lone word is no sentence.
        lone = last is not None and last.is_alpha and sum(not t.is_space for t in sent) == 1 \
            and sent.end < len(doc) and doc[sent.end].text[:1].isupper()
        # "Foveaux Compute chief executive Rachel | Te Maari said": a name found whole is in one
        # sentence (the mentions searched last, only where nothing else decided).
        if last is not None and sent.end < len(doc) and "\n" not in sent[-1].text_with_ws and (
                last.pos_ in _RUNS_ON or abbreviated or before_name or lone
                or any(ms < doc[sent.end].idx < me for ms, me, _, _ in doc._.mentions)):
            continue
        out.append(doc[start:sent.end])
        start = sent.end
    if start < len(doc):
        out.append(doc[start:])
    return out


_RUNS_ON = {"ADP", "DET", "CCONJ"}
# Abbreviated posts the model's tokenizer does not know, which a name follows.
_ABBREVIATIONS = {"Coun", "Gov", "Sen", "Rep", "Cllr", "Supt", "Hon", "Capt", "Gen", "Lt", "Col", "Sgt", "Amb", "Eng", "Sra", "Dra"}


def places_around(entities: dict, name: str | None):
    """A place and the places it lies in, innermost first: Dublin, Ireland, Europe…
    ``entities`` maps names to the document's Entity records."""
    seen = set()
    while name in entities and name not in seen:
        seen.add(name)
        yield name
        name = entities[name].located_in


# "We started Fjällhall Compute in 2021", "I founded Khuree Data": the company that speaks as "we".
_FOUNDED_BY_US = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:co-)?founded|started|set up|launched|created)\s+(?:the\s+)?$")


def our_company(doc: Doc, companies: set[str]) -> str | None:
    """The company a text written in the first person is by, if it says it founded it."""
    text = full_text(doc)
    return next((name for start, _, name, kind in doc._.mentions if kind == "Organization" and name in companies
                 and _FOUNDED_BY_US.search(text, max(0, start - 40), start)), None)


def country_of(entities: dict, name: str | None) -> str | None:
    """The country a place lies in (itself for a country), when the document says."""
    return next((n for n in places_around(entities, name) if entities[n].subtype == "Country"), None)


from . import entities, gazetteer, investments, money, paragraphs, roles  # noqa: E402,F401  (registers factories)
