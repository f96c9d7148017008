"""The plain data the extraction stage hands on: no spaCy objects past this point."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Article:
    text: str
    source: str
    headline: str | None = None
    published: dt.date | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Entity:
    name: str                          # canonical name, the rdfs:label
    type: str                          # Organization | Person | Place
    subtype: str | None = None         # Company, GovernmentAgency, Country, City, Region…
    aliases: tuple[str, ...] = ()      # every other surface form seen
    located_in: str | None = None      # name of the containing place (places)
    subsidiary_of: str | None = None   # name of the parent organisation (units)
    iso_code: str | None = None        # ISO 3166 alpha-2 for countries
    mentioned: bool = True             # False for a country added only to place what is in it


@dataclass(frozen=True)
class Money:
    value: Decimal | None              # None for ranges without a point value
    currency: str                      # ISO 4217
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    qualifier: str | None = None       # about | up to | more than | at least | less than


@dataclass(frozen=True)
class When:
    """A calendar point at the precision stated: "2022", "2022-03" or "2022-03-01"."""

    value: str

    @property
    def datatype(self) -> str:
        return {4: "gYear", 7: "gYearMonth", 10: "date"}[len(self.value)]


@dataclass(frozen=True)
class Investment:
    investor: str
    partners: tuple[str, ...] = ()
    amount: Money | None = None
    place: str | None = None
    country: str | None = None
    facility: str = "other"
    operational: When | None = None
    announced: When | None = None
    jobs: int | None = None
    construction_jobs: int | None = None
    capacity_mw: float | None = None
    status: str = "Announced"
    evidence: tuple[str, ...] = ()
    confidence: float = 0.5

    @property
    def identity(self) -> tuple:
        """Who builds what kind of facility where: one investment whatever each article says
        of it (amount, status, dates). A place that is only the country adds nothing."""
        return self.investor, self.country, self.facility, self.place if self.place != self.country else None


@dataclass(frozen=True)
class Role:
    person: str
    org: str
    title: str
    evidence: tuple[str, ...] = ()
    confidence: float = 0.5


@dataclass(frozen=True)
class Extraction:
    article: Article
    entities: tuple[Entity, ...] = ()
    investments: tuple[Investment, ...] = ()
    roles: tuple[Role, ...] = ()
    extras: dict = field(default_factory=dict, compare=False)
