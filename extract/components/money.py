"""newskg_money: the amounts of money in a Doc, as (start, end, Money) in doc._.amounts."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from .. import money, places
from . import full_text


def main_country(doc: Doc) -> str | None:
    """ISO code of the country the article mentions most, which decides what "$" means."""
    counts = Counter()
    for entity in doc._.entities:
        if entity.type == "Place" and entity.mentioned:
            place = places.lookup(entity.name)
            if place and place.country:
                counts[place.country] += 1
    return counts.most_common(1)[0][0] if counts else None


@Language.factory("newskg_money", requires=["doc._.entities"], assigns=["doc._.amounts"])
def make_money(nlp: Language, name: str):
    def find_amounts(doc: Doc) -> Doc:
        doc._.amounts = tuple(money.find(full_text(doc), main_country(doc)))
        return doc

    return find_amounts
