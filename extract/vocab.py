"""Vocabularies of the data contract and the one place where our IRIs are minted."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD

NKG = Namespace("https://w3id.org/newskg/ontology#")
ID = Namespace("https://w3id.org/newskg/id/")
SCHEMA = SDO

PREFIXES = {
    "nkg": str(NKG),
    "id": str(ID),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "xsd": str(XSD),
}

# Facility concepts: (concept local name, skos:prefLabel). The label is what gold and
# analysts' queries use.
FACILITY_TYPES = {
    "data center": "DataCenter",
    "cloud region": "CloudRegion",
    "semiconductor fab": "SemiconductorFab",
    "subsea cable": "SubseaCable",
    "network": "Network",
    "ai supercomputer": "AISupercomputer",
    "campus": "Campus",
    "office": "Office",
    "other": "OtherFacility",
}

STATUSES = ("Announced", "UnderConstruction", "Operational", "Paused", "Cancelled", "Rumoured", "Denied")

ENTITY_KINDS = {"Organization": "org", "Person": "person", "Place": "place"}


def normalise_text(text: str) -> str:
    """The form of an article's text its identity is computed from."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or _digest(name, 8)


def _digest(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def mint(kind: str, *parts: object) -> str:
    """IRI (as a string) of one of our resources, derived only from what it is.

    ``mint("org", "TikTok")`` → ``…/id/org/tiktok``; kinds without a readable key get a hash
    of their parts, so the same thing always gets the same IRI and nothing is a blank node.
    """
    if kind == "org":
        # "Acme Data Ltd" in one article and "Acme Data" in another are one organisation.
        from .lexicon import name_words

        return str(ID[f"org/{slug(' '.join(name_words(str(parts[0]))))}"])
    if kind in ("person", "place", "role"):
        return str(ID[f"{kind}/{slug(str(parts[0]))}"])
    if kind == "article":
        return str(ID[f"article/{_digest(normalise_text(str(parts[0])), length=20)}"])
    return str(ID[f"{kind}/{_digest(*parts)}"])


def facility_iri(label: str) -> str:
    return str(NKG[FACILITY_TYPES.get(label, "OtherFacility")])
