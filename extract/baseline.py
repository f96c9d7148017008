"""The usual recipe newskg is measured against: the stock model's entities mapped to our
three classes, one node per distinct surface string, and an investment wherever an
organisation and a money amount share a sentence. No roles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import money
from .records import Article, Entity, Extraction, Investment

TYPES = {"ORG": "Organization", "PERSON": "Person", "GPE": "Place", "LOC": "Place"}


class BaselineExtractor:
    def __init__(self, model: str | None = None):
        from .pipeline import load_model

        self.nlp = load_model(model)  # the stock pipeline, all its components

    def extract_many(self, articles: Iterable[Article], n_process: int = 1) -> Iterator[Extraction]:
        articles = list(articles)
        for doc, article in zip(self.nlp.pipe((a.text for a in articles), n_process=n_process), articles):
            # (One node per string and class: the model may call the same string a place in one
            # sentence and an organisation, an investor, in the next.)
            entities: dict[tuple[str, str], Entity] = {}
            for ent in doc.ents:
                if ent.label_ in TYPES and ent.text.strip():
                    entities.setdefault((ent.text, TYPES[ent.label_]), Entity(ent.text, TYPES[ent.label_]))
            investments = []
            for sent in doc.sents:
                orgs = [e.text for e in sent.ents if e.label_ == "ORG"]
                amounts = [money.parse(e.text) for e in sent.ents if e.label_ == "MONEY"]
                amounts = [a for a in amounts if a is not None]
                places = [e.text for e in sent.ents if e.label_ in ("GPE", "LOC")]
                if orgs and amounts:
                    investments.append(Investment(investor=orgs[0], amount=amounts[0], place=places[0] if places else None,
                                                  evidence=(sent.text,)))
            yield Extraction(article, tuple(entities.values()), tuple(investments), ())
