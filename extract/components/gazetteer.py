"""newskg_gazetteer: an EntityRuler over our data files of organisations and countries."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import EntityRuler

from ..lexicon import load
from ..places import country_names


def _pattern(nlp: Language, text: str, exact: bool) -> str | list[dict]:
    # Acronyms and names that are also common words ("Orange", "Meta") match only as
    # written (a token pattern); other names match in any case (a phrase pattern, which
    # the ruler matches on LOWER), so "tiktok" is TikTok.
    if exact or (text.isupper() and len(text) <= 5):
        return [{"ORTH": t.text} for t in nlp.make_doc(text)]
    return text


def patterns(nlp: Language) -> list[dict]:
    out = []
    for org in load("organizations.jsonl"):
        exact = org.get("match") == "exact"
        for form in [org["name"], *org.get("aliases", [])]:
            out.append({"label": "ORG", "pattern": _pattern(nlp, form, exact), "id": org["name"]})
    for region in load("regions.jsonl"):
        # World regions, so "Latin America" is one place and not "America".
        if region.get("kind") == "Continent":
            out.append({"label": "LOC", "pattern": [{"ORTH": t.text} for t in nlp.make_doc(region["name"])], "id": region["name"]})
    names = country_names()
    aliases = load("country_aliases.json")["aliases"]
    for code, name in names.items():
        for form in {name, *aliases.get(code, [])}:
            if not form.lower().startswith("the "):
                out.append({"label": "GPE", "pattern": [{"ORTH": t.text} for t in nlp.make_doc(form)], "id": name})
    return out


@Language.factory("newskg_gazetteer", requires=["doc.ents"], assigns=["doc.ents"])
def make_gazetteer(nlp: Language, name: str) -> EntityRuler:
    ruler = EntityRuler(nlp, name, overwrite_ents=True, phrase_matcher_attr="LOWER")
    ruler.add_patterns(patterns(nlp))
    return ruler


def by_name() -> dict[str, dict]:
    """Gazetteer records by canonical name."""
    return {org["name"]: org for org in load("organizations.jsonl")}
