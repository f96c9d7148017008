"""newskg_names and newskg_gazetteer: EntityRulers over our data files of organisations and
places. Names match as phrases (fast whatever the list's length) in two passes: first the
ones that must match as written (countries, acronyms, names that are also common words such
as "Orange"), then the organisations that match in any case ("tiktok" is TikTok), which win
where the two overlap ("IDA Ireland" is not the country)."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import EntityRuler

from ..lexicon import load
from ..places import country_names, saint_forms


def _exact(org: dict, form: str) -> bool:
    return org.get("match") == "exact" or (form.isupper() and len(form) <= 5)


def exact_patterns() -> list[dict]:
    out = []
    for org in load("organizations.jsonl"):
        for form in [org["name"], *org.get("aliases", [])]:
            if _exact(org, form):
                out.append({"label": "ORG", "pattern": form, "id": org["name"]})
    for region in load("regions.jsonl"):
        # World regions, so "Latin America" is one place and not "America".
        if region.get("kind") == "Continent":
            out.append({"label": "LOC", "pattern": region["name"], "id": region["name"]})
    aliases = load("country_aliases.json")["aliases"]
    for code, name in country_names().items():
        for form in {f for n in (name, *aliases.get(code, [])) for f in saint_forms(n)}:
            if not form.lower().startswith("the "):
                out.append({"label": "GPE", "pattern": form, "id": name})
    return out


def folded_patterns() -> list[dict]:
    return [
        {"label": "ORG", "pattern": form, "id": org["name"]}
        for org in load("organizations.jsonl")
        for form in [org["name"], *org.get("aliases", [])]
        if not _exact(org, form)
    ]


@Language.factory("newskg_names", requires=["doc.ents"], assigns=["doc.ents"])
def make_names(nlp: Language, name: str) -> EntityRuler:
    ruler = EntityRuler(nlp, name, overwrite_ents=True, phrase_matcher_attr="ORTH")
    ruler.add_patterns(exact_patterns())
    return ruler


@Language.factory("newskg_gazetteer", requires=["doc.ents"], assigns=["doc.ents"])
def make_gazetteer(nlp: Language, name: str) -> EntityRuler:
    ruler = EntityRuler(nlp, name, overwrite_ents=True, phrase_matcher_attr="LOWER")
    ruler.add_patterns(folded_patterns())
    return ruler


def by_name() -> dict[str, dict]:
    """Gazetteer records by canonical name."""
    return {org["name"]: org for org in load("organizations.jsonl")}
