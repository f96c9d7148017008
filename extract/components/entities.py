"""newskg_entities: the document's organisations, people and places, each one node.

Named-entity spans are cleaned of junk, completed by rules for names the model misses,
grouped so that every way the text refers to one thing ("Roland Cloutier", "Cloutier";
"Irish Investment Development Agency", "IDA") is one entity, and typed from the group.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import dates, money, names, places, quantities
from ..lexicon import load, name_words, words_pattern
from ..records import Entity
from . import BYLINE, FACILITY_NOUNS, NEWSROOM_CREDIT, NEWSROOM_POST, POST_NOMINALS, SITE_CODE, full_text
from .gazetteer import by_name

LABEL_TYPES = {"ORG": "Organization", "PERSON": "Person", "GPE": "Place", "LOC": "Place"}
_APOSTROPHES = ("'s", "’s", "'", "’")


@dataclass(frozen=True)
class Mention:
    start: int          # character offsets in the Doc's text
    end: int
    text: str
    type: str           # Organization | Person | Place
    canonical: str | None = None   # set by the gazetteer
    rule: str = "ner"


@dataclass
class _Group:
    mentions: list[Mention] = field(default_factory=list)
    type: str | None = None        # decided type, when a rule fixes it
    canonical: str | None = None

    @property
    def forms(self) -> list[str]:
        seen = []
        for m in self.mentions:
            if m.text not in seen:
                seen.append(m.text)
        return seen


def _rules() -> dict:
    return load("entity_rules.json")


def _named_like_place(name: str) -> bool:
    """A name shaped like an area's ("Ellis County", "Province of Quebec", "San Pedro") or a
    site's ("Sedenak Tech Park", "Korangi Industrial Area")."""
    rules = _rules()
    return any(re.match(rx, name) for rx in rules["place_name_patterns"] + rules["site_name_patterns"])


@cache
def _company_words() -> frozenset[str]:
    """One-word endings of company names ("Capital", "Data", "Hydro"): no person's surname."""
    return frozenset(h.lower() for h in _rules()["company_heads"] if " " not in h)


@cache
def _company_words_of_two() -> frozenset[str]:
    """Two-word endings of company names ("Data Centres", "Asset Management")."""
    return frozenset(h.lower() for h in _rules()["company_heads"] if " " in h)


def _ends_on_company_word(name: str) -> bool:
    """Whether a name ends on a company's word: "Spice Isle Telecom", "Wadi Data Centers"."""
    words = name.lower().split()
    return words[-1] in _company_words() or " ".join(words[-2:]) in _company_words_of_two()


@cache
def _legal_forms() -> frozenset[str]:
    """Companies' legal forms without a final dot ("ltd", "gmbh", "ehf", "s.a. de c.v")."""
    return frozenset(s.lower().rstrip(".") for s in _rules()["org_suffixes"])


def _without_legal_form(name: str) -> str | None:
    """The name before the company's legal form it ends on ("Nodo Sula" of "Nodo Sula S.A. de
    C.V.", "Acme" of "Acme hf."), or None when it ends on none."""
    words = name.rstrip(".").split()
    n = next((n for n in range(min(len(words) - 1, 5), 0, -1) if " ".join(words[-n:]).lower() in _legal_forms()), 0)
    return " ".join(words[:-n]).rstrip(",") if n else None


def _has_legal_form(name: str) -> bool:
    """Whether a name ends on a company's legal form: "Nodo Sula S.A. de C.V.", "Acme hf."."""
    return _without_legal_form(name) is not None


def _public_body(name: str) -> bool:
    """A name whose words after the first are a public body's: "Kopřivnice Town Council",
    "Lagos State Government" (the first word is then the place it governs)."""
    public = _body_words() | {"government", "state", "province", "region", "county", "city", "town", "municipality", "district"}
    return bool({w.lower().strip(",.") for w in name.split()[1:]} & public)


def _written_as(text: str, m: Mention, after: re.Pattern, before: re.Pattern) -> bool:
    """Whether the words right after a mention match ``after`` or those right before it ``before``."""
    return bool(after.match(text, m.end) or before.search(text[max(0, m.start - 40):m.start]))


def _word_before(text: str, start: int) -> re.Match | None:
    """The capitalised word right before a span, whatever its first letter ("Øyvind" + "Straume")."""
    word = re.search(r"([^\W\d_][\w'’-]+) $", text[max(0, start - 30):start])
    return word if word and word.group(1)[0].isupper() else None


# A capitalised word of plain letters right before a name, glued to nothing before it ("Siam" +
# "Vertex Data Centers"; not "Tokyo-based"), searched in the text just before the name.
# How far before a name its post may start: "Deputy mayor for economic development at the Statutory City of Plzeň, NAME".
_POST_REACH = 100
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’]+) $")


def _inside_longer_name(text: str, start: int, gap: str = " ") -> bool:
    """Whether a capitalised word that is no stopword stands right before ``start``, so that
    a name found there is the end of a longer one ("Lagoon Gate" in "Blue Lagoon Gate")."""
    word = re.search(rf"([A-Z][\w'’-]*){gap}$", text[max(0, start - 30):start])
    return bool(word) and word.group(1).lower() not in _STOPWORDS


def _standing_alone(text: str, forms) -> list[re.Match]:
    """Where a name of ``forms`` stands alone in the text: no word glued to it, no capitalised word
    right after it, and not the end of a longer name."""
    if not forms:
        return []
    return [hit for hit in re.finditer(rf"(?<![\w'’-])(?:{words_pattern(forms)})(?![\w'’-])(?! [A-Z])", text)
            if not _inside_longer_name(text, hit.start())]


def _country_named(place: places.Place, text: str) -> bool:
    """Whether the text names the country a known place lies in."""
    return (places.country_name(place.country) or "\0") in text


@cache
def _body_words() -> frozenset[str]:
    """Last words of public bodies' and institutions' names ("Council", "Ministry", "Hall",
    "Institute", "University"): no person's surname."""
    return frozenset({"hall", *(h.lower() for h in _rules()["agency_heads"] + _rules()["other_org_heads"] if " " not in h)})


# Words before a company post, capitalised or not: "Group Chief Executive Officer", "Senior Vice President".
_POST_MODIFIERS = "group|senior|executive|deputy|vice|acting|interim|regional|global|managing"

# "Lower Austrian", "South Korean": a word for a place's people with its compass word.
_COMPASS = re.compile(r"(?:Upper|Lower|North|South|East|West|Northern|Southern|Eastern|Western|Central) \S+")

# A site's code is no operator and no place.
_SITE_CODE = re.compile(SITE_CODE)
# Stock exchanges known by their letters ("shares rose on the ASX"): where a company is listed, never its investor.
_EXCHANGES = frozenset({"asx", "nyse", "nasdaq", "lse", "jse", "tsx", "bse", "nse", "sgx", "hkex", "idx", "set", "krx", "twse",
                        "tase", "b3", "bmv", "egx", "ngx", "gse", "nzx", "psx", "dfm", "adx", "tadawul", "euronext", "xetra",
                        "tse", "pse", "msx"})
# "Wattle Grid Data Centres Ltd (ASX: WGD)", "Alpenfaser Digital AG (Vienna Stock Exchange: ALPF)": the company's
# ticker, another name for it, after its exchange's (group "exchange" when the exchange is named in words).
_TICKER = re.compile(rf"\((?:(?i:{'|'.join(sorted(_EXCHANGES, key=len, reverse=True))})|(?P<exchange>(?:[A-Z][\w'’-]*\s+){{0,3}}"
                     rf"(?:Stock\s+Exchange|Exchange|Børs|Börse|Bourse|Borsa\s+Italiana|Bolsa(?:\s+de\s+Valores)?)))\s*:\s*"
                     rf"(?P<short>[A-Z][A-Z0-9]{{1,5}}(?:\.[A-Z]{{1,2}})?)\)")
# "… Boréale inc. (CNB)": a short name in brackets right after a name, and what may stand before the bracket.
_SHORT_NAME = re.compile(r"\.?\s*\((?P<short>[A-Z][A-Za-z0-9&]{1,7})\)")
_LEAD = re.compile(r"\.?\s*")
_WIRE_STAFF = re.compile(r"\((?:Additional )?(?:[Rr]eporting|Writing|Editing|Compiled|Produced)\s+by\s+([^)\n]{3,200})\)")
_STREET = re.compile(r"\s(?:Road|Street|Drive|Avenue|Boulevard|Lane|Highway|Expressway)$")
# A name that opens on another's possessive: "Quebec's Shawinigan", "San Luis Potosí's Secretariat of…".
_OWNER = re.compile(r"(.+?)['’]s\s+(?=[A-Z])")

# German common nouns, capitalised as German writes every noun, that machine translations leave
# untranslated ("Baugenehmigung", "Fernwärmenetz", "Aufstellungsbeschluss"): long single words
# with a noun's ending, which places' and companies' names do not have — and some of those
# endings on their own ("in diesen Standort").
_GERMAN_NOUNS = ("konzept", "verfahren", "beschluss", "anlage", "gebiet", "gesetz", "vertrag", "bereich", "standort")
_GERMAN_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{4,}(?:(?:igung|erung|ierung|nutzung|nung|ellung|legung|bindung|ordnung|wanderung)(?:en)?|"
                          rf"heit|keit|netz|netze|werk|plan|pläne|führer|führerin|{'|'.join(_GERMAN_NOUNS)})"
                          rf"|{'|'.join(w.capitalize() for w in _GERMAN_NOUNS)}")


# A name defined as a facility in apposition: ", a new 1,900-kilometre subsea cable".
_FACILITY_DEFINED = re.compile(r",\s+(?:a|an)\s+(?:new|planned|proposed|future|second|third)?\s*(?:[\w,.-]+\s+){0,3}?"
                               r"(?:(?:subsea|submarine|undersea)\s+)?(?:cable(?:\s+system)?|data\s+cent(?:re|er)|campus|supercomputer)\b"
                               r"(?![\s-]+(?:operators?|compan(?:y|ies)|providers?|developers?|firms?|groups?|specialists?|"
                               r"REITs?|business|owners?|investors?|makers?|builders?))")  # not "a data centre operator"
# …or told right before the word: "the Sindbad Express subsea cable", "the Bight Link cable system".
_CABLE_NAME_ENDS = frozenset({"Express", "Connect", "Link", "Gateway"})
_CABLE_AFTER = re.compile(r"\s+(?:(?:subsea|submarine|undersea)\s+)?cable\b(?![\s-]+(?:operators?|compan(?:y|ies)|consortium|group|owners?))")
# …or named after one: "The cable, called Navegante, is being built by…".
_FACILITY_CALLED = re.compile(r"\b(?:cable|data cent(?:re|er)|campus|supercomputer|system|facility)s?,?\s+"
                              r"(?:called|named|dubbed|known as)\s+$")


# Capitalised words that start sentences, not names.
_STOPWORDS = frozenset("""the a an in on at for and but or of to by with from this that these those its our their his her
it we they he she as after before when while since if new our""".split())


# Particles inside surnames ("Pieter du Plessis", "Jan van der Merwe").
_NAME_PARTICLES = frozenset({"du", "de", "da", "das", "dos", "van", "von", "der", "den", "le", "la", "di", "del", "ter", "ten", "bin", "binti"})
_PARTICLE_SURNAME = re.compile(rf"(?:\s+(?:{'|'.join(sorted(_NAME_PARTICLES))}))?\s+[A-Z][\w'’-]+")


# Small words that join the words of one name ("Banco do Brasil", "Ministerio de Industria y Comercio").
_JOINING_WORDS = _STOPWORDS | _NAME_PARTICLES | {"y", "e", "et", "und", "für", "des", "do", "dos", "i"}


# After a unit's name, that it is one: ", a subsidiary of " (its parent next) or ", the group's
# Mexican subsidiary" (its parent named before); a legal form may come between.
_UNIT_SAID = re.compile(r"(?:,\s*[A-Z][\w. ]{0,20}?[A-Z]\.)?,\s+(?:(?:a|the|its)\s+(?:(?:group|company|firm)['’]s\s+)?)"
                        r"(?:(?:wholly|majority|fully)[- ]owned\s+)?(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|arm)\b(?P<of>\s+of\s+(?:the\s+)?)?")


# Kinds of firms news names before an employer's name ("Tel Aviv recruitment firm Carmel Talent").
_FIRM_KINDS = "firm|brokerage|consultancy|company|bank|fund|operator|developer|provider|agency|institute|advisory|insurer|lender|startup|start-up|utility|maker|carrier|house"


# An initial, or two letters of a given name, before a surname ("Ts. Ganbold", "B. Enkhbold").
_INITIAL = re.compile(r"(?<![\w.])([A-Z][a-z]?)\.\s$")


# A park or zone named after the place it is in: "Ciaotou Science Park", "Sreehatta Economic Zone".
_PARK = re.compile(r"(?:Science|Industrial|Technology|Tech|Business|Logistics|Economic|Free|Special Economic) (?:Park|Zone|Estate)\b")
# The verbs a question opens with ("Will Meath County Council approve it?"), no name's first word there.
_ASKING = frozenset({"will", "would", "can", "could", "should", "shall", "does", "did", "do", "is", "are", "was", "were", "has",
                     "have", "had", "may", "might", "must"})
# A radio or television station's name: "Radio Nord-Côtière", "Nyika FM", "Pentele TV", "Canal Pulso TV",
# "High Desert Radio Network".
_BROADCASTER = re.compile(r"^(?:Radio|Rádio|Radyo|TV|Canal|Kanali|Telev[ií]si[oó]n|Revista|Rivista|Revue)\s+[A-Z]"
                          r"|\s(?:FM|TV|Radio|RADIO)(?:\s+Network)?$")
# The kinds of site a locality is named with ("Grange Castle Business Park", "Kitty Brewster Industrial Estate").
_SITE_KIND = r"(?:Industrial|Business|Science|Technology|Tech|Logistics|Enterprise|Innovation|Economic|Free Trade|Special Economic) (?:Park|Estate|Zone|Area)"


def _overlapping(mentions, start: int, end: int) -> list:
    """The mentions that share a character with text[start:end]."""
    return [m for m in mentions if start < m.end and m.start < end]


def _take_span(mentions: list, new: Mention, keep=lambda m: False) -> list:
    """The mentions with ``new`` in place of those lying within its span, unless one of them
    runs past it or is to be kept; else the mentions as they were."""
    inside = _overlapping(mentions, new.start, new.end)
    if any(m.start < new.start or m.end > new.end or keep(m) for m in inside):
        return mentions
    return [m for m in mentions if m not in inside] + [new]


def _norm(text: str) -> str:
    """The form names are compared in: case, punctuation, legal suffixes and small words
    folded away, and authority ~ agency."""
    syn = _rules()["synonyms"]
    return " ".join(w for w in (syn.get(w, w) for w in name_words(text)) if w)


def _initials(text: str) -> str:
    skip = {"and", "of", "the", "for", "&", "de", "du", "la"}
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", text) if w.lower() not in skip).upper()


def _is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", text))


# Verbs and words that follow the company in a headline written in title case.
_HEADLINE_VERB = re.compile(
    r"(?<=\s)(?:Builds?|Plans?|Invests?|Opens?|Breaks|Announces|Unveils|Launches|Expands|Commits|Selects|Picks|Wins|Gets|"
    r"Secures|Signs|Acquires|Buys|Sells|Starts|Begins|Completes|Cancels|Pauses|Scraps|Confirms|Denies|Says|Eyes|Targets|"
    r"Worth|To|Will|Is|Are|Has|Have|Sets|Moves|Pours|Spends|Bets|Backs|Taps|Names|Appoints|Reports)\b")

# "…, just north of the city", "… about 35 km east of Ulaanbaatar", "… 40 km from Y": a place
# given by its bearing or distance from another.
_BEARING = re.compile(
    r",?\s+(?:(?:just|about|some|roughly|around|approximately|nearly|less than|more than)\s+)?"
    r"(?:(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\b"
    r"|\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+from\b)"
    r"|,\s+(?:north|south|east|west)(?:-?(?:east|west))?ern\s+[A-Z]")

# What follows two places joined into a route: "the Jakarta-Bandung line", "a Lagos-Accra cable".
_ROUTE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:cable|route|link|line|corridor|rail(?:way)?|highway|expressway|motorway|system|fib(?:re|er)|"
                          r"backbone|connection|pipeline|flights?|border|axis|segment|section|stretch|road|grid|belt)s?\b", re.IGNORECASE)

# Lower-case nouns that describe a company rather than name it.
_DESCRIPTIONS = frozenset({"company", "firm", "operator", "developer", "provider", "startup", "start-up", "carrier",
                           "subsidiary", "unit", "group", "giant", "maker", "chipmaker", "conglomerate"})

# A company's home and what it is, before its name: "Auckland company ", "Melbourne infrastructure investor ".
_DESCRIBED = re.compile(r"((?:[A-Z][\w'’-]+ ){1,2})(?:[a-z-]+ ){0,2}(?:company|firm|operator|developer|provider|startup|"
                        r"start-up|carrier|group|maker|chipmaker|investor|fund|consultancy|contractor|builder|bank|lender) (?=[A-Z])")

# What a company is, opening a sentence before its name: "Developer Hexaterra Data Centers SAS has…".
_KINDS_FIRST = frozenset({"Developer", "Operator", "Builder", "Contractor", "Chipmaker", "Investor", "Lender", "Carrier", "Telco",
                          "Startup", "Start-up", "Hyperscaler", "Insurer", "Conglomerate", "Provider", "Manufacturer",
                          "Subsidiary", "Affiliate", "Landlord", "Utility", "Grid", "Rival", "Competitor"})

# Words for a level of government that open a sentence as a common noun ("City council voted").
_LEVELS = frozenset({"city", "town", "county", "state", "district", "village", "municipal", "local", "regional",
                     "provincial", "national", "federal", "parish", "borough"})

_ADMIN_KINDS = frozenset({"province", "prefecture", "state", "region", "county", "district", "governorate", "oblast", "regency",
                          "voivodeship", "department", "canton"})


# A Korean or Japanese area's kind, joined to its name: "Sangam-dong", "Haenam-gun", "Minato-ku".
_JOINED_KINDS = r"-(?:do|dong|gu|si|gun|eup|myeon|ri|ku|shi|cho|machi|mura|ken)"


def _without_kind(name: str) -> str | None:
    """"Rayong province" → "Rayong", "Haenam-gun" → "Haenam": a place's name without the kind
    of area it ends on."""
    base, _, kind = name.rpartition(" ")
    if base and kind.lower() in _ADMIN_KINDS:
        return base
    joined = re.fullmatch(rf"([^\W\d_][\w'’]+){_JOINED_KINDS}", name, re.IGNORECASE)
    return joined.group(1) if joined else None


# A capital in any Latin script ("Ömer", "Şahin", "Łukasz"): any letter but an ASCII small one
# (another script's small letters pass too, but seldom open a word in English news).
_CAP = r"[^\W\d_a-z]"

# The small words inside a surname: "Riaan du Plessis", "Pieter van der Merwe", "María de los Ángeles".
_PARTICLES = r"(?:(?:de|da|do|dos|das|du|van|von|der|den|del|della|di|le|la|los|las|ter|ten|bin|bint|ibn) +){1,2}"


@cache
def _demonym(word: str) -> bool:
    """"Moldovan", "Kenyan", "Japanese": a word made of a place's name and the ending of its people."""
    return places.place_of_demonym(word) is not None


def _capitals(word: str) -> bool:
    """A word in capitals ("EMEA", "ČEZ"), not a person's initials ("K.", "H.E.")."""
    return word.isupper() and len(word) > 1 and not re.fullmatch(r"(?:\w\.)+", word)


def _acronym_of(acronym: str, name: str) -> bool:
    """"IDA" for "Irish Investment Development Agency" (initials IIDA): the acronym's letters
    are the initials in order, the first and last matching, at most one word skipped."""
    initials = _initials(name)
    if len(initials) < 2 or len(initials) - len(acronym) > 1 or len(initials) < len(acronym):
        return False
    if initials == acronym:
        return True
    if initials[0] != acronym[0] or initials[-1] != acronym[-1]:
        return False
    it = iter(initials)
    return all(ch in it for ch in acronym)


def _government_place(name: str) -> places.Place | None:
    """The country or region a government is named after: "Manitoba", "Kenyan", "German"."""
    for form in (name, name[:-1], name[:-1] + "a", name + "y", name[:-3], name[:-3] + "a", name[:-3] + "y", name[:-3] + "ey"):
        place = places.lookup(form) if len(form) > 2 and places.is_place_name(form) else None
        if place and place.kind in ("Country", "Region"):
            return place
    return None


# The saint a town is named for, as news writes it before the rest of the name: "St Peter Port", "Saint Lucy".
_SAINT = r"(?:St\.?|Saint|Sainte|Ste\.?)"


def _owns_its_s(name: str, after: str) -> bool:
    """"St. George's, Grenada", "St John's", "Moody's.": an "'s" that is the name's own, not a
    possessive — a saint's name, or one that a punctuation mark follows rather than a noun."""
    words = name.split()
    saint = len(words) == 2 and words[0] in ("St", "St.", "Saint") and names.is_given_name(words[1])
    return saint or bool(re.match(r"[,;:.)]", after))


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading "the" (or a heading's "About"), a trailing possessive and stray
    punctuation off a span; of a span across a line break ("…stake of 40pc" + "Brisbane
    developer"), the last line that starts with a capital."""
    if "\n" in text[start:end]:
        lines = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", text[start:end])]
        start, end = next((se for se in reversed(lines) if text[se[0]:se[1]].strip()[:1].isupper()), lines[-1])
    while start < end and (text[start].isspace() or text[start] in "\"'“”‘’("):
        start += 1
    if label := re.match(r"\[?[A-Z][a-z]+\]\s+(?=\S)", text[start:end]):
        start += label.end()  # a headline's label: "[Interview] Daon Semiconductor"
    if text[start:end].lower().startswith("the "):
        start += 4
    elif text[start:end].startswith("About ") and (start == 0 or text[start - 1] == "\n"):
        start += 6  # a press release's "About Helix Compute" heading
    elif (ask := re.match(r"([A-Z][a-z]+) (?=[A-Z])", text[start:end])) and ask.group(1).lower() in _ASKING \
            and (start == 0 or re.search(r"[\n.!?:\"“]\s*$", text[max(0, start - 4):start])):
        start += ask.end()  # a question's verb: "Can Fingal County Council say no?"
    for tail in _APOSTROPHES:
        if text[start:end].endswith(tail) and end - len(tail) > start \
                and not (tail.endswith("s") and _owns_its_s(text[start:end - len(tail)], text[end:end + 1])):
            end -= len(tail)
            break
    # "Gureum Telecom 2 trillion" (won…): a sum that runs on from the name.
    # ("DonauDaten - 85 Millionen Euro": or a headline's dash, then a number)
    units = r"\s*(?:million|billion|trillion|bn|mn|crore|lakh)"
    number = re.search(rf"\s+(?:[-–—]\s+\d[\d.,]*(?:{units})?|\d[\d.,]*{units})$", text[start:end], re.I)
    if number and number.start() > 0:
        end = start + number.start()
    # "Sumail Digital Q2 profit rises": a reporting period that runs on from the name.
    period = re.search(r"\s+(?:Q[1-4]|[1-4]Q|H[12]|[1-2]H|9M|FY\s?(?:20)?\d\d)$", text[start:end])
    if period and period.start() > 0:
        end = start + period.start()
    # "Cllr Declan Foley (Independent": a bracket the span opens and never closes is no part of the name.
    bracket = text.rfind(" (", start, end)
    if bracket > start and ")" not in text[bracket:end]:
        end = bracket
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"'“”‘’(),.:;/|"):  # ("Hyperscale /")
        if text[end - 1] == "." and re.search(r"(?:^|[\s.])[A-Z]\.$", text[start:end]):
            break  # "U.S." keeps its dots
        end -= 1
    return start, end


@cache
def _legal_forms_as_written() -> frozenset[str]:
    """Legal forms as they are written, without a final dot: "AS" is one, "as" is not."""
    return frozenset(s.rstrip(".") for s in _rules()["org_suffixes"])


@cache
def _legal_forms_of_words() -> tuple[str, ...]:
    """Legal forms of several words, longest first ("Sp. z o.o.", "S.A. de C.V.")."""
    return tuple(sorted((s for s in _rules()["org_suffixes"] if " " in s), key=len, reverse=True))


def _legal_form_after(text: str, pos: int) -> int | None:
    """Where a legal form of up to four words right after a name ends (" Ltd", " (Pvt) Ltd",
    " Co., Ltd."), if one follows it."""
    words = re.match(r"(?: [(]?[A-Za-z][\w.&/]*[)]?,?){1,4}", text[pos:])
    if not words:
        return None
    parts = words.group(0).split(" ")[1:]
    for k in range(len(parts), 0, -1):
        form = " ".join(parts[:k]).rstrip(",")
        if form.replace("(", "").replace(")", "").rstrip(".") in _legal_forms_as_written():
            return pos + 1 + len(form)
    return None


def _grown_by(text: str, found: list[Mention], m: Mention, word: str) -> list[Mention]:
    """The mentions with ``m`` grown to take in the word right before it, as an organisation's
    name, and whatever was found inside that word dropped."""
    s = m.start - len(word) - 1
    out = [o for o in found if not (s <= o.start and o.end <= m.start)]
    out[out.index(m)] = Mention(s, m.end, text[s:m.end], "Organization", rule="org-rule")
    return out


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last full stop before it that ends
    no legal form ("Sakuragawa Semiconductor Co., Ltd. announced … its subsidiary"), or a line break."""
    stops = [m.end() for m in re.finditer(r"(\S*)\.\s", text[:pos]) if m.group(1).lower() not in _legal_forms()]
    return max(stops + [text.rfind("\n", 0, pos) + 1])


def _join_people(full: str, found: list[Mention]) -> list[Mention]:
    """Two people the model found with only a space between them, or a patronymic's "bin", are one
    ("Zulkifli" + "Mohd Noor", "Khalid" + "bin" + "Saad Al-Kuwari")."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        last = out[-1] if out else None
        if last and last.type == m.type == "Person" and re.fullmatch(r" (?:(?:bin|binti|bint|ibn) )?", full[last.end:m.start]):
            out[-1] = replace(last, end=m.end, text=full[last.start:m.end])
        else:
            out.append(m)
    return out


class EntityResolver:
    def __init__(self, nlp: Language):
        rules = _rules()
        self.not_entities = {w.lower() for w in rules["not_entities"]}
        self.suffixes = _legal_forms()
        self.agency_heads = [h.lower() for h in rules["agency_heads"]]
        self.company_heads = [h.lower() for h in rules["company_heads"]]
        self.titles = {t.lower() for t in load("titles.json")["heads"]} | set(load("titles.json")["abbreviations"])
        self.portfolio_words = frozenset(load("titles.json")["portfolio_words"])
        self.title_words = {w for h in load("titles.json")["heads"] + load("titles.json")["modifiers"] for w in h.split()}
        posts = '|'.join(sorted(map(re.escape, self.titles), key=len, reverse=True))
        # A post over a part of an organisation, just before its name: "Director of", "Head of the".
        self._post_of = re.compile(rf"\b(?:{posts})\s+(?:of|for)\s+(?:the\s+)?$", re.I)
        self._post_comma = re.compile(rf"\b(?:{posts}),[ ]+$", re.I)
        # "the chief executive of Nuvem Austral, NAME,": the name a post of an organisation introduces.
        self._post_of_org_then = re.compile(rf"\b(?:{posts})\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*,?\s+){{1,6}}?,?\s*$")
        # "said NAME, CEO of TelKaribe": the name a post of an organisation follows (not an
        # owner, member or partner, which a company may be).
        personal = '|'.join(sorted(map(re.escape, self.titles - {"owner", "owners", "member", "members", "partner", "partners"}), key=len, reverse=True))
        self._then_post_of_org = re.compile(rf",\s+(?:the\s+)?(?:{personal})\s+(?:of|at)\s+(?:the\s+)?[A-Z]", re.I)
        # "Jordan Pike, an analyst at…": a surname, then a post told after a comma.
        self._surname_then_post = re.compile(rf" [A-Z][\w'’-]+,\s+(?:(?:an?|the)\s+)?(?:[a-z]+\s+)?(?:{personal})\b")
        self.honorifics = {h.lower().rstrip(".") for h in rules["honorifics"]}  # "H.E." as "h.e", as words are compared
        self.quantifiers = set(rules["quantifiers"])
        self.not_entity_heads = set(rules["not_entity_heads"])
        self.word_names = set(rules["given_names_that_are_words"])
        self.common_place_words = set(rules["common_words_that_are_places"])
        self.facility_words = set(rules["facility_words"])
        self._site_words = words_pattern(self.facility_words | {"data centre", "data center", "land", "plot", "acres", "hectares", "station",
                                                                 "branch", "depot", "hall", "ashore", "yard", "terminal", "warehouse"})
        # A facility named earlier in the clause: "a £650m data centre in Hayes".
        self._siting = re.compile(
            rf"\b(?:{words_pattern(self.facility_words | {'data centre', 'data center', 'campus'})})s?\b[^.;]*$", re.I)
        self.currency_codes = set(money.codes())
        # Words of money and power are never names: "Euro", "Mrd." and "Megawatt" capitalised in a translation.
        self.measure_words = (set(load("currencies.json")["words"]) | set(load("multipliers.json"))
                              | {sym.lower() for sym in load("currencies.json")["symbols"]} | set(quantities.UNIT_WORDS))
        self.gazetteer = by_name()
        rules_heads = [h.lower() for h in rules["agency_heads"] + rules["other_org_heads"] if " " not in h]
        self.heads = set(rules_heads)
        self.legal = {form for h in rules["org_suffixes"] + ["Group"] if " " not in h for form in (h, h.rstrip("."))}
        # Machine translation lowercases government bodies ("Irish investment and development
        # authority"); any other kind of organisation must be capitalised to count.
        self.lowercase_heads = {"agency", "authority", "ministry", "commission", "department", "municipality", "council"}
        self.org_first_words = {w for w in rules["org_first_words"] if " " not in w}
        # Words that end companies' names and little else ("Kestrel Networks", "Halden Semiconductor").
        self.company_name_heads = {"networks", "telecom", "telekom", "telecoms", "telco", "telecommunications", "semiconductor",
                                   "semiconductors", "electronics", "technologies", "holdings", "labs", "industries", "ventures",
                                   "realty", "robotics", "developments", "builders", "contracting", "research", "advisory",
                                   "associates", "insights", "consultancy", "compute", "cables", "subsea", "datacenters", "datacentres"}
        self.private_company_heads = {"capital", "partners", "holdings", "ventures", "technologies", "technology", "labs", "data",
                                      "digital", "cloud", "compute", "computing", "datacenters", "infra", "solutions"}
        self.particles = {"de", "do", "da", "dos", "das", "del", "la", "las", "los", "y", "e", "et", "des", "du", "di", "für", "van", "der", "of", "for", "and"}
        self.of_heads = {"ministry", "department", "bank", "university", "council", "commission", "office", "institute",
                         "authority", "agency", "board", "government", "municipality", "undersecretariat", "secretariat"}

    def _rule_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """Token spans of organisation names the model may miss:
        - a name led by a capitalised word (not starting the sentence) over at most five
          nouns, adjectives or "and", ending on a word for a kind of organisation ("Irish
          investment and development authority", "Fingal County Council", "Acme Data Ltd"),
          with "of X" after a capitalised one ("Communications Authority of Kenya");
        - "(State) Department for ICT and Digital Economy", "Ministry of Municipal and Rural
          Affairs and Housing": capitalised words joined by "and", the last one capitalised.
        Written as a scan from the rare head words outwards, which is what makes it cheap."""
        spans = []
        n = len(doc)
        for tok in doc:
            low = tok.lower_
            company = tok.is_title and (low in self.company_name_heads or low in ("centres", "centers") and tok.i and doc[tok.i - 1].text == "Data") \
                and not (tok.i + 1 < n and doc[tok.i + 1].is_title and (
                    doc[tok.i + 1].lower_ in _rules()["media_words"] or doc[tok.i + 1].lower_ in self.not_entity_heads))
            # (…where the name goes on as a newsletter's or a programme's: "Island Compute Report", "Sovereign AI Compute Strategy")
            head_ok = low in self.lowercase_heads or (tok.is_title and low in self.heads) or tok.text in self.legal or company
            if head_ok:
                # Before a head in capitals ("Ltd", "Council") the name is in capitals too:
                # "data center operator Alpenrechen GmbH" is a description, then the name.
                capitals = not tok.is_lower or tok.text in self.legal  # "…operator Norðurljós Gagnaver hf."
                lead, j, steps = None, tok.i - 1, 0
                while j >= 0 and steps <= 5:
                    t = doc[j]
                    if t.text == "|" or t.is_space:
                        break  # "Clark County Courier | Local Government": a masthead's fields
                    if t.text == "-" and j > 0 and not t.whitespace_ and not doc[j - 1].whitespace_:
                        j -= 1  # a hyphen inside a word: "Salaberry-de-Valleyfield Town Council"
                        steps += 1
                        continue
                    # A continental company's name has lower-case words before its legal form: "PEN
                    # Datová centra s.r.o.", "Polabská energetika a.s.".
                    lower_word = tok.text in self.legal and lead is None and steps < 2 and t.is_alpha and t.is_lower \
                        and t.lower_ not in ("the", "a", "an", "and", "or", "of")
                    if capitals and t.is_lower and t.lower_ not in self.particles | {"&"} and not lower_word or t.text in self.legal:
                        break  # (a legal form ends the name before: "Carmel Gateway Ltd and Nile Crossing S.A.E.")
                    if (t.is_title or tok.text in self.legal and t.is_upper and t.is_alpha and len(t) > 1) and t.lower_ not in ("the", "a", "an") and (
                            not t.is_sent_start or t.pos_ == "PROPN" and t.lower_ not in _LEVELS):  # "Rana municipality was"
                        lead = j  # (and "PEN" of "PEN Datová centra s.r.o.")
                    if not lower_word and (t.pos_ not in ("PROPN", "NOUN", "ADJ", "CCONJ") or t.lower_ in ("the", "a", "an", "or")):
                        break
                    if company and t.lower_ == "and":
                        break  # "Hokuto Electric Industries and Minato Semiconductor": two companies
                    j -= 1
                    steps += 1
                if lead is not None and lead < tok.i - 1 and doc[lead].text in _KINDS_FIRST and (lead == 0 or doc[lead - 1].is_punct or doc[lead - 1].is_space):
                    lead += 1  # "– Developer Hexaterra Data Centers SAS has abandoned…": what it is, then its name
                if lead is not None:
                    end = tok.i + 1
                    if tok.is_title and low in self.heads and end + 1 < n and doc[end].lower_ in ("of", "for"):
                        k = end + 1 + (doc[end + 1].lower_ == "the")
                        if k < n and doc[k].text[:1].isupper():
                            end = k + 1 + (k + 1 < n and doc[k + 1].text[:1].isupper())
                    spans.append((lead, end))
            if tok.is_title and low in self.of_heads and tok.i + 2 < n and doc[tok.i + 1].lower_ in ("of", "for"):
                k = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
                last, j = None, k
                # "Ministry of High-Tech Industry": a hyphen between capitalised words too;
                # "Ministry of the Post and the Telecommunications", "Ministry of Communications,
                # Innovation and Digital Economy": "the" after "and", a list that "and" closes.
                # "Authority for the Regulation and Oversight of Telecommunications and Transport": "of"
                # between capitalised words too.
                while j < n and j - k <= 10 and (doc[j].text[:1].isupper() or doc[j].lower_ in ("and", "&") or (
                        doc[j].text in ("-", ",") and j + 1 < n and doc[j + 1].text[:1].isupper()) or (
                        doc[j].lower_ == "the" and doc[j - 1].lower_ == "and") or (
                        doc[j].lower_ == "of" and doc[j - 1].text[:1].isupper() and j + 1 < n and doc[j + 1].text[:1].isupper()
                        and not places.is_place_name(doc[j + 1].text))):  # (not "… of Kenya": the place stays a place)
                    if doc[j].lower_ in self.of_heads and j + 1 < n and doc[j + 1].lower_ in ("of", "for"):
                        break  # "… and the Ministry of Finance": the next name
                    if doc[j].text[:1].isupper():
                        last = j
                    j += 1
                commas = [i for i in range(k, last + 1) if doc[i].text == ","] if last is not None else []
                if commas and not any(doc[i].lower_ in ("and", "&") for i in range(commas[-1], last + 1)):
                    last = commas[0] - 1 if commas[0] > k else None  # "Ministry of Finance, Nairobi"
                if last is not None:
                    # "National Regulatory Agency for…": the capitalised words before the head.
                    start = tok.i
                    # (…and one opening the sentence that is part of the name: "State Bank of India has sanctioned…")
                    while start > 0 and tok.i - start < 3 and doc[start - 1].is_title and doc[start - 1].lower_ not in ("the", "a", "an") \
                            and (not doc[start - 1].is_sent_start or doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN")):
                        start -= 1
                    spans.append((start, last + 1))
            # "Prefeitura de Hortolândia", "Associação de Moradores do Jardim Amanda",
            # "Ministerio de Tecnologías de la Información": a word that starts names of
            # organisations, then capitalised words joined by the particles of the language.
            # (Not a name's last word: "Kawerau District Council and Bay of Plenty…" starts no name at "Council",
            # nor "DBS Bank and OCBC" at "Bank", nor "Karnaphuli Bank and Meghna Digital" at a sentence's start.)
            if tok.text in self.org_first_words and tok.i + 1 < n and not (tok.i and doc[tok.i - 1].text[:1].isupper()
                                                                           and doc[tok.i - 1].lower_ not in ("the", "a", "an")):
                last, j = None, tok.i + 1
                while j < n and j - tok.i <= 9 and (doc[j].text[:1].isupper() or doc[j].lower_ in self.particles):
                    if doc[j].text[:1].isupper():
                        last = j
                    if doc[j].text in self.legal:
                        break  # "PT Graha Andalas Tbk and Singapore-based Novena": the legal form ends the name
                    j += 1
                if last is not None and last > tok.i:
                    spans.append((tok.i, last + 1))
        # Longest first, and no two overlapping.
        chosen: list[tuple[int, int]] = []
        for s, e in sorted(set(spans), key=lambda se: (se[0] - se[1], se[0])):
            if all(e <= cs or s >= ce for cs, ce in chosen):
                chosen.append((s, e))
        return sorted(chosen)

    # -- mentions ---------------------------------------------------------------------------

    def _junk(self, text: str, label: str) -> bool:
        if len(text) < 2 or not re.search(r"[A-Za-z]", text) or text.lower() in self.not_entities or text.endswith("-based") \
                or text.lower() in self.titles or text.endswith("s") and text[:-1].lower() in self.not_entities:
            return True                    # ("Cairo-based": where a company is, not a name; "Menteri Besar": a post; "MoUs")
        if text == text.lower():          # "byte", "first finance": lower case is no name
            return True
        if re.match(r"^[\d$€£¥₹%]", text) or money.find(text) or text.upper() in self.currency_codes \
                or text.lower().rstrip(".") in self.measure_words:
            return True
        if _demonym(text) or text.lower().rstrip(".") in self.suffixes:
            return True                    # "Moldovan banks", "Emirati", "Lower Austrian", "Sri Lankan": an adjective of a place;
            # "EAD", "S. de R.L. de C.V." alone
        if _GERMAN_NOUN.fullmatch(text):
            return True                    # "the Bebauungsplan": a German noun a translation left as it was
        words = text.lower().split()
        if words[0] in self.quantifiers:   # "Every large cloud", "Our partners"
            return True
        if re.match(r"tier\s+(?:i{1,3}|iv|[1-4])\b", text.lower()):
            return True                    # "Tier III Data Centre": a grade of facility
        if words[0] in ("of", "for", "and", "a", "an") and text[0].islower():
            return True                    # "(Minister) of Technology and Innovation": a portfolio
        if len(words) > 1 and words[-1] in self.not_entity_heads:
            return True                    # "Economic Security Promotion Act" is a law
        if label == "ORG" and len(words) > 1 and words[-1] in self.facility_words and not (
                words[-1] in ("office", "hall") and words[-2] in _LEVELS):
            return True                    # "the Sydney office", "Humboldt Cable": facilities, not organisations (but "Nanto City Office")
        if label == "ORG" and len(words) > 1 and text.split()[-1] in _DESCRIPTIONS:
            return True                    # "a Quebec company", "the Lyon-based operator": a description, not a name
        if label == "ORG" and text.lower() in _rules()["departments"]:
            return True                    # "Director of Operations": a department, not an organisation
        return label == "ORG" and all(w in self.titles or w in ("&", "and") for w in words)  # "& CEO"

    @staticmethod
    def _exchange_of_place(name: str) -> bool:
        """"Taipei Exchange", "Korea Exchange", "Saudi Exchange": a place's or people's exchange."""
        words = name.split(" ")
        return len(words) > 1 and words[-1] == "Exchange" and (places.is_place_name(" ".join(words[:-1])) or bool(_demonym(words[0])))

    @staticmethod
    def _named_site(text: str) -> tuple[str, str] | None:
        """The name of a site named with its kind ("Route 21 Corporate Park"), alone or followed by
        "in" and one or two capitalised words, and that town ("" when none is named)."""
        site, _, town = text.partition(" in ")
        if town and not re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", town):
            return None
        return (site, town) if any(re.match(rx, site) for rx in _rules()["site_name_patterns"]) else None

    @staticmethod
    def _nation_named(name: str, full: str) -> bool:
        """Whether a story names the country or city a body's name opens with ("Nigerian
        Communications Commission", "Irish …", "Nairobi Securities Exchange"): any other body's
        name is true of every story."""
        first = name.split()[0]
        place = places.place_of_demonym(first) or places.place_named(first, ("Country", "City"))
        return place is None or place.name in full or first in full.replace(name, "")

    def mentions(self, doc: Doc, full: str) -> list[Mention]:
        found: list[Mention] = []
        first_line = full.split("\n", 1)[0]
        words = re.findall(r"[^\W\d_][\w'’-]*", first_line)
        title_case_headline = len(first_line) if "\n" in full and len(words) >= 5 and \
            sum(w[0].isupper() for w in words) >= 0.6 * len(words) else 0
        for ent in doc.ents:
            if ent.label_ not in LABEL_TYPES:
                # "March 3, 2025 - Corrib Data": a dateline's date swallowed the name after it.
                tail = re.search(r"\s[-–—]\s+((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*)*)$", ent.text)
                if tail and ent.label_ in ("DATE", "TIME", "CARDINAL") and not self._junk(tail.group(1), "ORG") \
                        and tail.group(1).split()[0].lower() not in {*load("numbers.json"), "the", "a", "an", "this", "its"}:
                    # (not "- Two companies", "- The largest park")
                    s = ent.start_char + tail.start(1)
                    found.append(Mention(s, ent.end_char, full[s:ent.end_char], "Organization"))
                continue
            start, end = _clean(full, ent.start_char, ent.end_char)
            if any(m.start <= start and end <= m.end for m in found):
                continue  # (taken into the name before it: "Cerrillos Cuida" + "el Agua")
            if full[start:end].endswith(" AI") and re.match(r" [a-z]", full[end:end + 2]):
                end -= 3  # "a 20 MW AI campus", "the Kaduna AI centre": "AI" describes what follows
            unit = re.match(r"(?:MW|GW|kW|MWh)\s+(?=[A-Z])", full[start:end])
            if unit:
                start += unit.end()  # "a 12 MW Namanve build": the size, then the name
            dash = re.search(r"\s[-–—]\s", full[start:end])
            if dash and full[start:start + dash.start()].isupper():
                # A dateline and the story's first words: "SAN JOSE - Semiconductor" is the
                # place, "JOHANNESBURG – Indlovu Data Centres" the company.
                start, end = (start, start + dash.start()) if LABEL_TYPES[ent.label_] == "Place" else (start + dash.end(), end)
            text = full[start:end]
            if ent.ent_id_ and text.lower() in self.titles and (re.search(r"\b(?:[Tt]he|[Ii]ts|[Oo]ur)\s+$|\($", full[max(0, start - 5):start])
                                                              or re.match(r"\s+of\b", full[end:end + 4])):
                continue  # "the PDG of Kestrel", "Chairman-Director General (PDG)": a post, not the company the gazetteer knows by it
            if ent.ent_id_:
                before = _word_before(full, start)
                if " " not in text and before and names.is_given_name(before.group(1)) and before.group(1).lower() not in self.word_names:
                    # "Hiroshi Nomura" is a person, not the bank the gazetteer knows as Nomura.
                    s = start - len(before.group(0))
                    found.append(Mention(s, end, full[s:end], "Person"))
                    continue
                post = self._surname_then_post.match(full, end) if ent.label_ == "GPE" and names.is_given_name(text) else None
                surname_end = end + post.group(0).index(",") if post else end
                if post and full[end + 1:surname_end].lower() not in _company_words():
                    # "Jordan Pike, an analyst at Peachtree": a given name that is a country's, then a surname and a post.
                    found.append(Mention(start, surname_end, full[start:surname_end], "Person"))
                    continue
                if ent.text.startswith("The ") and re.match(r" [A-Z][a-z]", full[end:end + 3]):
                    continue  # "The Information Technology Organization of Iran" is another name than the gazetteer's The Information
                if text.islower() and len(text) <= 3 and re.match(r" [A-Z]", full[end:end + 2]):
                    continue  # "Société des traversiers du Québec": the particle before a name, not the telco du
                if text in _legal_forms_as_written():
                    # "Daugava Cloud SIA": a company's legal form, not the Semiconductor Industry Association.
                    named = re.search(r"(?<![\w'’&.-])(?:[A-ZÀ-Þ][\w'’&.-]*[ ]){1,4}$", full[max(0, start - 80):start])
                    name = named.group(0).split() if named else []
                    while name and name[0].lower() in _STOPWORDS:
                        name.pop(0)
                    if name:
                        s = start - len(" ".join(name)) - 1
                        found.append(Mention(s, end, full[s:end], "Organization"))
                        continue
                if _is_acronym(text) and text != ent.ent_id_ and not self._nation_named(ent.ent_id_, full):
                    # "General contractor is NCC" in a Swedish story: another body than the Nigerian
                    # Communications Commission, whose country the story never names.
                    found.append(Mention(start, end, text, "Organization"))
                    continue
                found.append(Mention(start, end, text, LABEL_TYPES[ent.label_], ent.ent_id_, "gazetteer"))
                continue
            stripped_start, end, text = self._strip_title(full, start, end, ent.label_)
            if ent.label_ in ("ORG", "GPE", "LOC", "FAC") and (elided := re.match(r" d['’][A-ZÀ-Ý][\w-]*", full[end:])):
                end += elided.end()  # "Regional Council of Provence-Alpes-Côte" + " d'Azur": a name's French "of"
                text = full[stripped_start:end]
            if ent.label_ == "ORG" and start < title_case_headline:
                # "Awan Nusantara Builds Data Center Worth Rp …": in a headline in title case
                # the name ends where the verb starts.
                verb = _HEADLINE_VERB.search(text)
                if verb and verb.start() > 0:
                    end = stripped_start + verb.start()
                    text = full[stripped_start:end].rstrip()
                    end = stripped_start + len(text)
            described = _DESCRIBED.match(text) if ent.label_ == "ORG" else None
            if described and (places.is_place_name(described.group(1).strip())
                              or all(places.is_place_name(w) or _demonym(w) for w in described.group(1).split())):
                # "Auckland company Wera Data Ltd", "Taiwanese chipmaker Jingyuan": the home and
                # the description before the name are no part of it.
                stripped_start += described.end()
                text = full[stripped_start:end]
            first = text.split(" ", 1)
            if ent.label_ == "ORG" and len(first) == 2 and first[0] in _KINDS_FIRST and re.search(r"(?:^|[.!?:–—-]\s+|\n)$", full[max(0, stripped_start - 3):stripped_start]):
                stripped_start += len(first[0]) + 1  # "Chipmaker Veltrix Semiconductor will build…": what it is, then its name
                text = first[1]
            lead = text.split(" ", 1)
            if ent.label_ in ("PERSON", "ORG") and len(lead) == 2 and re.search(r"(?:^|\n|[.!?]\s+)In\s+$", full[max(0, stripped_start - 6):stripped_start]) \
                    and places.is_place_name(lead[0]) and not names.is_given_name(lead[0]):
                # "In Trondheim Havbris has since January rebuilt…": a town, then the subject the model ran on into.
                found.append(Mention(stripped_start, stripped_start + len(lead[0]), lead[0], "Place", rule="locative"))
                stripped_start += len(lead[0]) + 1
                text = lead[1]
            comma = re.fullmatch(r"([^,]+),\s+((?:[A-Z][\w'’-]+\s+)+[A-Z][\w'’-]+)", text)
            if comma and names.is_given_name(comma.group(2).split()[0]):
                # "The mayor of Alma, Frédéric Tremblay,": a place and a person the model ran together.
                person_start = stripped_start + comma.start(2)
                found.append(Mention(person_start, end, comma.group(2), "Person"))
                end, text = stripped_start + comma.end(1), comma.group(1)
                ent_type = "Place" if self._surely_place(text) else LABEL_TYPES[ent.label_]
                if not self._portfolio(full, stripped_start, end, ent.label_):  # ("Cabinet Secretary for Economy, Rebecca Mathias")
                    found.append(Mention(stripped_start, end, text, ent_type, rule="locative" if ent_type == "Place" else "ner"))
                continue
            pair = re.fullmatch(r"([^,]+),\s+([^,]+)", text) if ent.label_ in ("ORG", "GPE", "LOC", "FAC") else None
            if pair and places.lookup(pair.group(2)) and self._locative(full, stripped_start, end):
                # "at Shushary, St Petersburg": a locality and the city it lies in, the model ran together.
                second = stripped_start + pair.start(2)
                found.append(Mention(stripped_start, stripped_start + pair.end(1), pair.group(1), "Place", rule="locative"))
                found.append(Mention(second, end, pair.group(2), "Place", rule="known-place"))
                continue
            if ent.label_ == "ORG" and re.match(r" [A-Z]", full[end:end + 2]):
                # "Tuwaiq Chief Executive Abdulrahman Al-Qahtani": the post before the name is no part of the company's.
                words = text.split(" ")
                k = len(words)
                while k > 1 and (n := next((n for n in (3, 2, 1) if k - n >= 1 and " ".join(words[k - n:k]).lower().rstrip(".") in self.titles), 0)):
                    k -= n
                if k < len(words):
                    text = " ".join(words[:k])
                    end = stripped_start + len(text)
            if ent.label_ == "ORG" and (sited := self._named_site(full[start:end]) or self._named_site(text)):
                # "King Salman Energy Park", "the Route 21 Corporate Park in Centurion": a site named with
                # its kind is a place, and so is the town it is said to lie in.
                site, town = sited
                at = full.index(site, start)
                found.append(Mention(at, at + len(site), site, "Place", rule="known-place"))
                if town:
                    found.append(Mention(end - len(town), end, town, "Place", rule="locative"))
                continue
            if self._junk(text, ent.label_) or self._portfolio(full, stripped_start, end, ent.label_):
                continue
            words = text.split()
            named_person = ent.label_ == "ORG" and 1 < len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words) \
                and full[end:end + 1] == "," and not any(w.lower() in _company_words() for w in words)
            if named_person and self._post_of_org_then.search(full, max(0, start - 120), start):
                found.append(Mention(stripped_start, end, text, "Person"))  # (the model's "organisation" "Thiago Albuquerque Lins")
                continue
            if named_person and not ent.ent_id_ and self._then_post_of_org.match(full, end):
                found.extend(self._people(full, stripped_start, end, "Person"))  # ("said Ruthmila Sint Jago, CEO of TelKaribe")
                continue
            sited = self._sited_in(full, stripped_start, end) if ent.label_ == "ORG" and stripped_start == start else None
            if sited is not None:
                found.append(Mention(sited, end, full[sited:end], "Place", rule="locative"))
                continue
            # What follows a job title ("Chief Executive Karim Bennis") is a person.
            etype = "Person" if stripped_start > start and " " in text else LABEL_TYPES[ent.label_]
            if etype != "Place":
                found.extend(self._people(full, stripped_start, end, etype))
            else:
                found.append(Mention(stripped_start, end, text, etype, rule="locative" if self._locative(full, stripped_start, end) else "ner"))
        # "Negeri Sembilan Menteri Besar Datuk" + "Seri NAME": what ends in an honorific is no one's name
        # (and is joined to none: "Besar Datuk" + "Rahman Kassim").
        def titled(m: Mention) -> bool:
            return m.type == "Person" and " " in m.text and m.text.rsplit(" ", 1)[1].lower().rstrip(".") in self.honorifics
        found = [m for m in _join_people(full, [m for m in found if not titled(m)]) if not titled(m)]
        found = self._whole_legal_forms(full, found)
        found = self._transcript_speakers(full, found)
        found = self._split_possessive_places(found)
        found = self._known_places(doc, full, found)
        found = self._unseen_places(full, found)
        found = self._place_siblings(full, found)
        found = self._with_kind(full, found)
        found = self._split_bracketed(full, found)
        found = self._split_coordinated(self._particle_places(full, found))
        found = self._bracketed_acronyms(full, found)
        found = self._drop_terms(full, found)
        found = self._translated_brands(full, found)
        found = self._lowercase_orgs(full, found)
        found = self._drop_common_words(doc, found)
        found = self._drop_facility_names(full, found)
        found = self._glue(full, found)
        found = self._extend_org_names(full, found)
        found = self._wire_credits(full, found)
        found = self._contact_names(full, found)
        found = self._mastheads(full, found)
        found = self._add_rule_mentions(doc, full, found)
        found = self._split_bodies(found)
        found = self._based_names(full, found)
        found = self._add_units(full, found)
        found = self._full_names(full, found)
        found = self._speakers(full, found)
        found = self._employers(full, found)
        found = self._holders_after_posts_of(full, found)
        found = self._governments(full, found)
        found = self._town_halls(full, found)
        found = self._split_home_and_kind(found)
        found = self._split_company_and_person(found)
        found = self._drop_departments(full, found)
        found = self._boards_of(full, found)
        found = _join_people(full, self._propagate(full, found))  # ("Kamarul said" makes "Datuk Kamarul" + "Hisham Yahya said" one)
        found = self._drop_region_modifiers(doc, found)
        found = self._tidy_people(full, found)
        # "AMD 14.5 billion": a currency code the gazetteer knows as a company is money.
        sums = [(f.start, f.end) for f in money.find(full)]
        found = [m for m in found if not any(s <= m.start and m.end <= e for s, e in sums)]
        # "NBO1, TDC's existing data centre": a site's code is no owner and no place, whatever found it;
        # nor is a street ("along the Mamre Road and Elizabeth Drive corridors").
        # …nor a one-letter code the text gives right after the kind of facility it names, wherever
        # else it stands ("the new fab 'T3'", then "T3 will be the base").
        codes = {m.text for m in found if re.fullmatch(r"[A-Z]\d{1,2}", m.text)
                 and re.search(rf"\b(?:{FACILITY_NOUNS})\s+['‘\"“]?$", full[max(0, m.start - 20):m.start])}
        found = [m for m in found if m.canonical or not (_SITE_CODE.fullmatch(m.text) or _STREET.search(m.text) or m.text in codes)]
        return sorted(self._drop_storms(full, found), key=lambda m: m.start)

    # "Hurricane Maria", "Cyclone Chido", "Hurricanes Irma and Maria": a storm's name (and the kind before it).
    _STORM_KIND = re.compile(r"^(?:Hurricanes?|Cyclones?|Typhoons?|(?:Tropical |Super )?Storms?) ")
    _STORM = re.compile(r"\b(?:(?:Hurricane|Cyclone|Typhoon|(?:Tropical |Super )?Storm) ([A-Z][\w'’-]+)"
                        r"|(?:Hurricanes|Cyclones|Typhoons|Storms) ([A-Z][\w'’-]+(?:(?:, | and )[A-Z][\w'’-]+)+))")

    def _drop_storms(self, text: str, found: list[Mention]) -> list[Mention]:
        """A storm's name is no one's and nowhere, alone ("after Irma") or with its kind."""
        storms = {name for hit in self._STORM.finditer(text) for name in re.split(r", | and ", hit.group(1) or hit.group(2))
                  if name.lower() not in _company_words()}  # (not "Storm Securities")
        if not storms:
            return found
        return [m for m in found if m.canonical or not set(re.split(r", | and ", self._STORM_KIND.sub("", m.text))) <= storms]

    def _tidy_people(self, full: str, found: list[Mention]) -> list[Mention]:
        """A person's name without the honorific some rules kept ("Mr Tunde Balogun-Ajayi") and
        with the start or end of a hyphenated given name the model cut off ("Jean-" + "Robert
        Desravines", "Baek Min" + "-seok"); an honorific alone ("Eng.") is nobody."""
        out = []
        # "Md. Rafiqul Islam", "Mohd. Azmi", "Ma. Leonora Abellana": the abbreviated Muhammad (or
        # the Philippines' Maria) that opens many names is part of them.
        opened = {m.start for m in found if m.type == "Person"}
        datelined = {m.text for m in found if m.rule == "dateline"}
        placed = {m.text for m in found if m.type == "Place"}

        def abbreviated(m: Mention) -> bool:
            return bool(re.fullmatch(r"M(?:d|ohd)\.?", m.text) or re.fullmatch(r"Ma\.?", m.text) and "." in full[m.end - 1:m.end + 1])
        found = [m for m in found if not (abbreviated(m) and (gap := re.match(r"\.?\s+", full[m.end:])) and m.end + gap.end() in opened)]
        for m in found:
            words = m.text.split()
            if len(words) == 1 and m.text.lower().rstrip(".") in self.honorifics:
                continue
            if m.type == "Person" and all(w.lower() in self.title_words for w in words):
                continue  # "Executive Officer" of "Chief Executive Officer of CPDI Mr. Pornchai": a post, nobody
            initial = _INITIAL.search(full, max(0, m.start - 5), m.start) if len(words) == 1 and not m.canonical \
                and m.type in ("Person", "Organization") and m.text.lower() not in _company_words() else None
            if initial and initial.group(1) not in ("Mr", "Dr", "Ms", "St", "Mt", "Co", "No"):
                # "Ts. Ganbold", "B. Enkhbold": an initial before one word makes a person's name.
                out.append(Mention(initial.start(), m.end, full[initial.start():m.end], "Person", rule="initial"))
                continue
            if m.type != "Person":
                out.append(m)
                continue
            if len(words) > 1 and all(w in placed for w in words):
                # "Haenam Solaseado AI data center also 'speed up'": places the story names one by one, run
                # together in a headline, are no one's name.
                out.extend(Mention(m.start + w.start(), m.start + w.end(), w.group(0), "Place", rule="known-place")
                           for w in re.finditer(r"\S+", m.text))
                continue
            start, end = m.start, m.end
            # "Auditor General Pulane Sebina": the end of a post the model ran into the name.
            general = words[0] == "General" and re.search(r"\b(?:Auditor|Attorney|Director|Secretary|Surgeon|Solicitor|Inspector|Accountant)[- ]$",
                                                          full[max(0, m.start - 12):m.start])
            # "Minister of Communications and Information Technology Khalid bin Saad Al-Kuwari": the
            # portfolio's last word, run into the name.
            portfolio = len(words) > 2 and words[0].lower() in self.portfolio_words and not m.canonical \
                and bool(post := self._TITLE_BEFORE.search(full, max(0, m.start - 90), m.start + len(words[0]) + 1)) and post.start() < m.start
            # "Mayor of Nikšić Dragan Bojović": the town the post is of, which the story names
            # elsewhere or the index knows, run into the name after it.
            town = self._leading_name(words[:-2], lambda name: name in placed or places.is_place_name(name) and name.lower() not in self.not_entities) \
                if re.search(r"\b(?:[Mm]ayor|[Gg]overnor|[Pp]refect) of $", full[max(0, m.start - 12):m.start]) \
                and not places.is_place_name(m.text) else None  # (not "San" of "the mayor of San Pedro Sula")
            if town:
                out.append(Mention(m.start, m.start + len(town), town, "Place", rule="known-place"))
            # "Troubsko Hana Dvořáková": the village a dateline gave, run into the name after it.
            if len(words) > 1 and (words[0].lower().rstrip(".") in self.honorifics or general) \
                    or len(words) > 2 and (words[0] in datelined or portfolio):
                start += len(words[0]) + 1
            elif town:
                start += len(town) + 1
            md = re.search(r"\bM(?:d|ohd|a)\.\s+$", full[max(0, start - 6):start])
            if md:
                start -= len(md.group(0))
            elif (initial := _INITIAL.search(full, max(0, start - 5), start)) and len(initial.group(1)) == 1:
                start = initial.start()  # "K. Srinivasa Rao": the initial before a full name is part of it
            elif len(words) > 1 and (first := re.search(r"(?<![\w-])[A-Z][a-z]+-$", full[max(0, start - 15):start])):
                start -= len(first.group(0))  # "Jean-" + "Robert Desravines": the start of a hyphenated given name
            tail = re.match(r"-?[a-z]+\b", full[end:]) if full[end - 1] == "-" or full[end:end + 1] == "-" else None
            if tail and len(words) > 1 and len(tail.group(0).strip("-")) <= 5 and not tail.group(0).endswith("ed"):
                end += tail.end()  # "Kim Ha-" + "neul"
            elif full[end - 1] == "-" and (second := re.match(r"[A-Z][a-z'’]+\b", full[end:])):
                end += second.end()  # "Adwoa Sarpong-" + "Darko"
            elif len(words) > 1 and (joined := re.match(r"(?:-[A-Z][a-z]*)+(?![\w-])", full[end:])):
                end += joined.end()  # "Ramon Tjon" + "-A-Fong"
            if len(words) > 2 and (tail := re.search(rf"\s+(?:{POST_NOMINALS}|PhD)$", full[start:end])):
                end -= len(tail.group(0))  # "Seán Kilbride TD": a trailing post-nominal goes
            surname = _PARTICLE_SURNAME.match(full, end) if len(words) > 1 and words[-1] in _NAME_PARTICLES else None
            if surname:
                end = surname.end()  # "Pieter du" + "Plessis"
            last = re.match(r" ([A-Z][a-z'’-]+)(?=[,.;:)]| (?:said|says|told|added|who)\b)", full[end:]) if len(words) > 1 else None
            if last and not self._is_place_name(last.group(1)) and last.group(1).lower() not in _company_words() \
                    and (any(o.text == last.group(1) and o.start != end + 1 for o in found)
                         # (…or a third name no one else has, before the clause about the person: "Beatrice
                         # Nyokabi" + "Gitau, who visited the site")
                         or len(words) == 2 and re.match(r",? (?:who|said|says|told|added)\b", full[end + last.end(1):])
                         and not any(o.start <= end + 1 < o.end for o in found) and self._plain_surname(last.group(1), full)):
                end += last.end()  # "Chief Minister Mahendra Singh" + "Rathore", who is "Rathore" later
            out.append(m if (start, end) == (m.start, m.end) else Mention(start, end, full[start:end], "Person", m.canonical, m.rule))
        grown = [m for m in out if m.type == "Person" and m not in found]
        return [m for m in out if not any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)]

    @staticmethod
    def _drop_region_modifiers(doc: Doc, found: list[Mention]) -> list[Mention]:
        """"who heads Longhai's Africa business", "the Caribbean coast", "two US customers", "a
        U.S. private equity firm": a continent, a world region or a country's initials before a
        noun describe something else and are no place."""
        out = []
        for m in found:
            if m.type == "Place":
                place = places.lookup(m.text)
                adjective = place and (place.kind == "Continent" or place.kind == "Country" and re.fullmatch(r"(?:[A-Z]\.?){2,3}", m.text))
                span = doc.char_span(m.start, m.end, alignment_mode="expand") if adjective else None
                after = doc[span.end:span.end + 2] if span is not None else []
                # "Caribbean coast", "US customers", "U.S. private equity firm" — not "in Africa last year".
                if len(after) and after[0].is_lower and (after[0].pos_ == "NOUN" or after[0].pos_ == "ADJ" and len(after) > 1
                                                          and after[1].pos_ == "NOUN" and not (span.start and doc[span.start - 1].pos_ == "ADP")):
                    continue
            out.append(m)
        return out

    @staticmethod
    def _portfolio(full: str, start: int, end: int, label: str) -> bool:
        """"the minister of Transport and Telecommunications", "Digital Technologies Minister",
        "Minister Delegate in charge of Digital Transition": a post's portfolio, not an organisation of its own."""
        if label == "ORG" and re.match(r"(?:,?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+(?:(?:Deputy|Vice|State)\s+)?"
                                       r"(?i:minister|secretary|commissioner)\b", full[end:end + 80]):
            return True
        # The portfolio may run on: "Minister of Communication and" + "Digital Affairs".
        return label == "ORG" and bool(re.search(
            r"\b(?i:minister|(?:under)?secretary|commissioner|counsellor|councillor|(?:cabinet|committee) member)(?i:\s+delegate)?(?i:\s+in\s+charge|\s+charged)?"
            r"\s+(?:of|for)\s+(?:the\s+)?"
            r"(?:(?:[A-Z][\w-]*|and|&|the|for|of),?\s+){0,6}$",  # (…"of Telecommunications and the" + "Information Society";
            # "of State for Artificial Intelligence, " + "Digital Economy and Remote Work Applications")
            full[max(0, start - 80):start]))

    def _plain_surname(self, word: str, full: str) -> bool:
        """Whether a capitalised word after a name can only be more of it: no post, honorific,
        month, word that names nothing (a weekday among them) or word the text also writes in lower case."""
        low = word.lower()
        return not (low in self.title_words or low in self.honorifics or low in dates.MONTHS or low in self.not_entities
                    or re.search(rf"\b{re.escape(low)}\b", full))

    def _transcript_speakers(self, full: str, found: list[Mention]) -> list[Mention]:
        """A transcript's speaker, named in capitals at the start of a line with the post in
        brackets ("ANDREA SOLÍS (HOST):"), is a person, and the post is no organisation."""
        for m in re.finditer(r"(?m)^((?:[^\W\d_a-z]{2,}[ -]){1,3}[^\W\d_a-z]{2,})\s*\(([^()\n]{2,40})\):", full):
            name, post = m.group(1), m.group(2)
            if not (post.isupper() or post.islower()) or places.is_place_name(name.title()) \
                    or any(w.lower() in _company_words() for w in name.split()):
                continue  # (not a dateline: "KUALA LUMPUR (Bernama):")
            found = [x for x in found if not (m.start(1) <= x.start and x.end <= m.end(2))] + [
                Mention(m.start(1), m.end(1), name, "Person", rule="transcript")]
        # …and so is one its credits name after a newsroom post ("Presenter: Máire Ní Fhlatharta.").
        for m in NEWSROOM_CREDIT.finditer(full):
            if NEWSROOM_POST.fullmatch(m.group(1)):
                taken = _overlapping(found, m.start(2), m.end(2))
                found = [x for x in found if x not in taken] + [Mention(m.start(2), m.end(2), m.group(2), "Person", rule="transcript")]
        # …and so is one named by a given name and a surname ("SINÉAD CAROLAN:", "CLLR AOIFE
        # GERNON:"), or by the surname of someone the transcript names ("OKONKWO-BELLO:"), on a
        # line of its own among others like it; one named by initials is no one new.
        labels = list(re.finditer(r"(?m)^((?:[^\W\d_a-z]{2,}[ -]){0,3}[^\W\d_a-z]{2,}):[ \t]", full))
        people = {x.text for x in found if x.type == "Person" and " " in x.text}
        surnames = {p.split()[-1].lower() for p in people}
        initials = Counter("".join(w[0] for w in p.split()) for p in people)
        for m in labels if len(labels) > 2 else ():
            if initials[m.group(1)] == 1:  # ("TM: Who is building it?" after "Thandiwe Mokoena: Let's start"): no organisation
                found = [x for x in found if not m.start(1) <= x.start < m.end(1)]
                continue
            words = m.group(1).split()
            start = m.start(1)
            while len(words) > 1 and words[0].lower() in self.honorifics:
                start += len(words.pop(0)) + 1
            name = " ".join(words)
            if name.lower() in self.not_entities or name.lower() in self.titles or places.is_place_name(name.title()) \
                    or any(w.lower() in _company_words() for w in words):
                continue
            if len(words) > 1 and names.is_given_name(words[0].title()) or len(words) == 1 and name.lower() in surnames:
                found = [x for x in found if not (m.start(1) <= x.start < m.end(1))] + [Mention(start, m.end(1), name, "Person", rule="transcript")]
        return found

    @staticmethod
    def _whole_legal_forms(full: str, found: list[Mention]) -> list[Mention]:
        """A company's name the model ended inside its legal form of several words ("Bałtyk DC
        Sp" + ". z o.o."): the name runs on to the form's end, and is a company's. A name read
        as a person's right before a legal form is a company's too, with a capitalised word
        the model left before it ("Southern" + "Cloud Lanka" + " (Pvt) Ltd")."""
        out, grown = [], []
        for m in found:
            for form in _legal_forms_of_words():
                cut = next((j for j in range(len(form) - 1, 0, -1) if m.text.endswith(" " + form[:j]) and full.startswith(form[j:], m.end)), None)
                if cut is not None and m.type != "Person":
                    end = m.end + len(form) - cut
                    m = replace(m, end=end, text=full[m.start:end], type="Organization")
                    break
            # (…or with the form inside what it read: "Cóndor" + "Datos SpA", where a village's name starts the company's)
            if m.type == "Person" and (end := _legal_form_after(full, m.end) or _has_legal_form(m.text) and m.end):
                start = m.start
                before = re.search(r"(?<![\w'’-])([A-Z][\w'’]+) $", full[max(0, start - 30):start])
                word = before.group(1) if before else ""
                if word and word.lower() not in _STOPWORDS and not _demonym(word) \
                        and (_COMPASS.fullmatch(word + " x") or places.place_named(word) is None):
                    start -= len(word) + 1
                m = replace(m, start=start, end=end, text=full[start:end], type="Organization")
                grown.append(m)
            out.append(m)
        return [m for m in out if not any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)]

    def _post_of_before(self, full: str, start: int) -> bool:
        """Whether the clause before a name opens on a post held at what it goes on to name, so that
        the name is the post-holder's ("the managing director of Czech daughter company Jana Hrubá",
        as a translation words it), not the company's."""
        clause = re.split(r"[.,;:\n\"“”]", full[max(0, start - 100):start])[-1].lower()
        posts = (m.group(1) for m in re.finditer(r"\b([a-z]+(?: [a-z]+)?) of ", clause))
        return any(post in self.titles or post.split()[-1] in self.titles for post in posts)

    def _strip_title(self, full: str, start: int, end: int, label: str) -> tuple[int, int, str]:
        """"Chief Executive Martin Shanahan" → "Martin Shanahan"."""
        text = full[start:end]
        words = text.split(" ")
        i = 0
        # "Minister of Post and Telecommunications Keo Rithy": the portfolio's last word.
        if len(words) > 2 and re.search(r"\b(?:of|for)[ ]+(?:[A-Z][\w'’-]*,?[ ]+)*(?:and|&)[ ]+$", full[max(0, start - 60):start]) \
                and not names.is_given_name(words[0]):
            i = 1
        # "Minister Delegate El Fassi" where the model began at "Delegate": the end of a title.
        before = re.search(r"([A-Za-z-]+)[ ]+$", full[max(0, start - 30):start])
        if len(words) > 1 and before and f"{before.group(1)} {words[0]}".lower() in self.honorifics \
                or len(words) > 2 and before and f"{before.group(1)} {words[0]}".lower() in self.titles:
            i = 1  # (…or of an honorific: "Datuk" + "Seri Zulkifli")
        while i < len(words) - 1:
            word = words[i].lower().rstrip(".")
            if i < len(words) - 2 and " ".join(words[i:i + 2]).lower().rstrip(".") in self.honorifics | self.titles:
                i += 2  # "Tan Sri", "Datuk Seri", "His Excellency", "Menteri Besar"
            elif word in self.titles or word in self.honorifics or word.endswith("s") and word[:-1] in self.titles:
                i += 1  # (…or titles: "Councilmembers Brett Hoffmann, Luis Carranza and Dale Ortiz")
            else:
                break
        if i:
            start += len(" ".join(words[:i])) + 1
            more = re.match(r"((?: [A-Z][a-z'’-]+){1,3})\b(?! [A-Z])", full[end:]) \
                if i == len(words) - 1 and (label == "PERSON" or names.is_given_name(words[-1])) else None
            if more and not self._is_place_name(more.group(1).strip()) and not any(w.lower() in _company_words() for w in more.group(1).split()):
                end += more.end()  # "Cllr Saira" + "Hussain", "Datuk Seri Mohd" + "Rizal Hashim": the honorific
                # hid the rest of the name from the model (…who may also make "Cllr Aoife" an organisation)
                if words[i].lower().rstrip(".") in self.honorifics:
                    start += len(words[i]) + 1  # ("Menteri Besar Datuk" + "Rahman Kassim": all of it after the honorific)
        return start, end, full[start:end]

    def _people(self, full: str, start: int, end: int, etype: str) -> list[Mention]:
        """The model often calls a person an organisation. A name that starts with a given
        name and has no word of an organisation's name is a person ("Felipe Ureta"); a given
        name just before a one-word name completes it ("Cllr Priya" + "Sandhu"); a person's
        name at the end of an organisation's ("Minister for Digital Development and
        Information Josephine Teo") is split off."""
        text = full[start:end]
        # "Gravataí, Jéssica" + "Fontoura Lemos": the model ran a name into the given name of the
        # person after it.
        given = re.fullmatch(r"(.+?),\s+([^\W\d_][\w'’-]+)", text)
        if given and names.is_given_name(given.group(2)) and re.match(r" [^\W\d_]", full[end:end + 2]) and full[end + 1].isupper():
            end = start + given.end(1)
            text = full[start:end]
        if etype == "Person" and " of " in text:
            # "Pieter van Dam of Hyperion": a name does not contain "of".
            end = start + text.index(" of ")
            text = full[start:end]
        words = text.split()
        org_words = _company_words() | set(self.agency_heads)
        if etype == "Organization" and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
                and not any(w.lower() in org_words for w in words) and not _has_legal_form(text) \
                and re.search(r"(?:(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Sir|Dame)\.?|(?:^|\n)[ \t]*By)[ \t]+$", full[max(0, start - 10):start]):
            return [Mention(start, end, text, "Person")]  # "Mr Thabo Mokoena", a byline's "By Akosua Boateng": a person the model called an organisation
        # "Farzana Haque of Meghna Equity Research": a person's name, then her employer's.
        split = re.fullmatch(r"((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+) (?:of|at) ([A-Z].+)", text)
        if etype == "Organization" and split and names.is_given_name(words[0]) \
                and not any(w.lower() in org_words for w in split.group(1).split()):
            org_start = start + split.start(2)
            return [Mention(start, start + split.end(1), split.group(1), "Person"), Mention(org_start, end, split.group(2), "Organization")]
        if self._locative(full, start, end) and (not names.is_given_name(words[0]) or re.search(
                r"\b(?:island|city|town|village|hamlet|suburb|neighbou?rhood|district|municipality) of\s+$", full[max(0, start - 25):start])):
            # "in Usme": maybe a place, decided in _vote (…even "the district of Barão Geraldo", after a given name)
            return [Mention(start, end, text, etype, rule="locative")]
        # "Cerrillos Cuida el Agua" (or "Cerrillos Cuida" + "el Agua"): an article inside a name,
        # after no particle, is a group's name, not a person's ("María de los Ángeles Soto").
        more = re.match(r" (?:el|los|las|il|lo|the) [A-Z][\w'’-]*", full[end:]) if etype == "Person" and words[-1].lower() not in _NAME_PARTICLES else None
        if etype == "Person" and (more or any(w in ("el", "la", "los", "las", "le", "les", "il", "lo", "the") and words[k - 1].lower() not in _NAME_PARTICLES
                                              for k, w in enumerate(words[1:-1], 1))):
            end += more.end() if more else 0
            return [Mention(start, end, full[start:end], "Organization", rule="org-rule")]
        if etype != "Organization" and re.search(
                r"\b(?:provider|operator|company|firm|developer|group|start-?up|maker|chipmaker|carrier|telco|giant|fund|"
                r"lender|consultancy|insurer|conglomerate|utility|builder|contractor|subsidiary)\s+$",
                full[max(0, start - 20):start]) and not (etype == "Person" and names.is_given_name(words[0]) and self._post_of_before(full, start)):
            return [Mention(start, end, text, "Organization", rule="org-rule")]  # "cloud provider Argan Cloud"
        # "Xcel spokesperson Theresa Gullickson": the employer, a post in lower case, the person.
        post = next((k for k in range(len(words) - 2, 0, -1) if words[k].islower() and words[k] in self.titles), None)
        if etype == "Person" and post is not None and names.is_given_name(words[post + 1]):
            person_start = end - len(" ".join(words[post + 1:]))
            org_end = start + len(" ".join(words[:post]))
            person = Mention(person_start, end, full[person_start:end], "Person")
            return [Mention(start, org_end, full[start:org_end], "Organization"), person] if words[0][:1].isupper() else [person]
        if len(words) == 1 and etype in ("Person", "Organization") and names.is_given_name(text) and text.lower() not in self.word_names:
            # "Marcelo" + "Dall'Agnol Ribeiro,": a given name, then the surnames the model left out
            # (…or took for an organisation: "the mayor of Fortaleza, Marcelo" + "Araripe Sobral,").
            rest = re.match(r"(?: [^\W\d_][\w'’-]*){1,3}(?=[,.;:)]| [a-z])", full[end:end + 60])
            if rest and all(w[:1].isupper() and w.lower() not in org_words and w.lower() not in self.title_words for w in rest.group(0).split()) \
                    and not places.is_place_name(rest.group(0).strip()):  # (not "Karri" + "Managing Director and CEO")
                return [Mention(start, end + rest.end(), full[start:end + rest.end()], "Person")]
        if len(words) == 1:
            before = _word_before(full, start)
            if before and names.is_given_name(before.group(1)) and before.group(1).lower() not in self.honorifics and not _is_acronym(text):
                s = start - len(before.group(0))
                return [Mention(s, end, full[s:end], "Person")]
            return [Mention(start, end, text, etype)]
        if any(w.lower() in org_words for w in words) or any(_capitals(w) for w in words):
            if len(words) >= 4 and names.is_given_name(words[-2]) and words[-1][:1].isupper() and words[-3][:1].isupper() \
                    and not _has_legal_form(text):  # ("Thanakorn Merlion Data Co Ltd": no "Co Ltd" at its end)
                person_start = end - len(" ".join(words[-2:]))
                out = [Mention(person_start, end, full[person_start:end], "Person")]
                rest_end = person_start - 1
                if words[-3].lower() in org_words:
                    out.append(Mention(start, rest_end, full[start:rest_end], "Organization"))
                return out
            # "El Seif Engineering Contracting" is no one's name.
            return [Mention(start, end, text, "Organization" if any(w.lower() in org_words for w in words[1:]) else etype)]
        if etype == "Person" or (2 <= len(words) <= 4 and names.is_given_name(words[0]) and not places.lookup(text)):
            # "Ana" + "Paula Siqueira": a given name just before a person's name is part of it.
            before = _word_before(full, start)
            if before and names.is_given_name(before.group(1)) and before.group(1).lower() not in self.honorifics | self.titles:
                start -= len(before.group(0))
            return [Mention(start, end, full[start:end], "Person")]
        return [Mention(start, end, text, etype)]

    def _placed(self, full: str, name: str) -> bool:
        """Whether ``name`` is a known place's that the text puts something in, wherever it writes it, not
        only where the model found it ("in Pori the traffic")."""
        return self._is_place_name(name) and any(self._locative(full, *x.span())
                                                 for x in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", full))

    def _locative(self, full: str, start: int, end: int) -> bool:
        """Whether the text puts a name somewhere: "in Usme", "near Pecém", "Dholera, Gujarat"."""
        before = full[max(0, start - 25):start]
        if re.search(r"\b(?:stake|stakes|shares|interest|holding|invest(?:ed|s|ing|ment)?)\s+in\s+$", before, re.I):
            return False
        if full[end:end + 2] in ("'s", "’s"):
            return False
        if re.search(r"\b(?:go|goes|going|went|move[sd]?|moving|travel(?:s|led|ling)?|commute[sd]?|relocate[sd]?)\s+to\s+$", before):
            return True  # "no longer need to go to Makati": where someone goes
        if re.search(r"\bmayor of\s+$", before, re.I):
            # "the mayor of Modum": a town, one word or a known name ― not "the mayor of Gmina Ożarów
            # Mazowiecki", the municipality, nor "Mayor of Kotka Helena Aaltonen", with the mayor's name
            return " " not in full[start:end].strip() or places.is_place_name(full[start:end])
        if re.search(r"\b(?:(?:in|near|outside|around|across)(?:\s+(?:nearby|neighbou?ring))?|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                     r"(?:island|city|town|village|hamlet|suburb|neighbou?rhood|region|province|county|district|port) of)\s+$", before):
            return True
        # "a data centre at Saweni", "land it owns at Kassø": where something stands.
        if re.search(rf"\b(?:{self._site_words})\b[^,;.]{{0,20}}\bat\s+$", full[max(0, start - 45):start], re.I):
            return True
        # "Kassø, west of Aabenraa", "Nalaikh, about 35 km east of the city": a bearing from elsewhere.
        if _BEARING.match(full, end):
            return True
        # "with a landing at Hakahau", "the cable lands at Vazon": where a cable comes ashore
        # (unless the name is a company's).
        name = full[start:end]
        if re.search(r"\b(?:land(?:s|ed|ing)?|ashore)\s+(?:at|in)\s+$", before, re.I) \
                and not _has_legal_form(name) and not any(w.lower() in _company_words() for w in name.split()):
            return True
        # "the Idu industrial district", "on the Alentejo coast", "Whakatāne resident", "from
        # Seyðisfjörður, where the cable lands": the kind of place after it, its people, a "where".
        if re.search(r"\bthe\s+$", before) and re.match(r"\s+(?:industrial\s+|business\s+|free\s+)?(?:district|zone|area|estate|coast|valley|"
                                                         r"suburb|neighbou?rhood|township|coastline|hinterland)\b", full[end:end + 30]) \
                or re.match(r"\s+residents?\b", full[end:end + 12]) \
                or re.search(r"\b(?:from|to)\s+$", before) and re.match(r",\s+where\b", full[end:end + 9]):
            return True
        after = re.match(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", full[end:end + 40])
        return bool(after) and places.is_place_name(after.group(1))

    def _sited_in(self, full: str, start: int, end: int) -> int | None:
        """Where a name the model took for an organisation starts when the text sites a facility
        in it ("a 120MW campus in Hume", "a third data centre, in Te Awamutu" where the model saw
        only "Awamutu") or calls it a suburb or a village ("in the suburb of Clifton Moor"): a
        place, unless its words are a company's or a body's."""
        before = re.search(rf"(?:\b(?:{self._site_words}|data cent(?:re|er)s)\b[^.;:]{{0,25}}?\b(?:in|near|outside|at)"
                           r"|\bthe\s+(?:[\w'’-]+\s+){0,2}?(?P<kind>suburb|village|town|hamlet|neighbou?rhood|municipality)\s+of)[ ]+"
                           r"(?-i:(?P<lead>(?:[A-Z][\w'’-]+[ ]+)?))$", full[max(0, start - 70):start], re.I)
        if not before or full[end:end + 2] in ("'s", "’s"):
            return None
        start -= len(before.group("lead"))
        words = full[start:end].split()
        # (…"Al Taweelah", "El Jadida": an Arabic article, not the given name Al.)
        if _is_acronym(full[start:end]) or len(words) > 1 and names.is_given_name(words[0]) and words[0] not in ("Al", "El") and not before.group("kind") \
                or _has_legal_form(full[start:end]) or any(
                w.lower() in _company_words() or w.lower() in self.heads or w in self.org_first_words for w in words):
            return None
        return start

    _LOCALITY = re.compile(
        r"(?:\b(?:in|at|near|outside|to|from)\s+|\()([A-Z][\w'’]+(?:[ -][A-Za-z][\w'’]+)?),\s+"
        r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b")
    # …or a list item opening on it: "Tuas, Singapore (SIN-4): 36 MW", "- Rum, Tyrol: EUR 15 Mio.".
    _LISTED_LOCALITY = re.compile(r"^[ \t]*(?:[-•*–]\s*|\d{1,2}[.)]\s*)?([A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?),[ ]+"
                                  r"([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){0,2})(?=[ \t]*(?:\([^)\n]{1,20}\)[ \t]*)?[:–—])", re.M)
    _SITED_IN = re.compile(r"\b(?:at|near|outside)\s+([A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?)\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
    _NAMED_AREA = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+)?((?:[A-Z][\w'’-]+(?<!['’]s)\s+){1,3}"
                             r"(?:Region|Governorate|Province|District|Prefecture|Oblast|Regency|City))\b(?![ -][A-Z]|['’]s)")
    _FACILITY_IN = re.compile(rf"\b(?:{FACILITY_NOUNS})s?\s+(?:in|at)\s+"
                              r"((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})", re.I)
    _PLACE_CANDIDATE = re.compile(
        r"\b(?:in|near|at|outside|across|from|to|between|and|of|(?:planned|proposed|slated|earmarked)\s+for)\s+(?:the\s+)?"
        r"((?:[A-Z][\w'’-]+)(?:\s+(?:de|do|da|del|of|upon|on)?\s*[A-Z][\w'’-]+){0,3})")

    @staticmethod
    def _split_possessive_places(found: list[Mention]) -> list[Mention]:
        """"Quebec's Shawinigan", "Prague's Malešice": a known place's possessive before a name
        makes two places, the one that holds and the one held."""
        out = list(found)
        for m in found:
            owner = _OWNER.match(m.text) if m.type == "Place" else None
            if owner and places.is_place_name(owner.group(1)):
                out.remove(m)
                for start, end in ((m.start, m.start + len(owner.group(1))), (m.start + owner.end(), m.end)):
                    if not _overlapping(out, start, end):
                        out.append(Mention(start, end, m.text[start - m.start:end - m.start], "Place", rule=m.rule))
        return sorted(out, key=lambda m: m.start)

    @staticmethod
    def _split_bracketed(full: str, found: list[Mention]) -> list[Mention]:
        """"Agência Nacional de Energia Elétrica (ANEEL)" as one span: the name and its short
        form are two mentions (which the bracket rule then makes one entity); so are a
        translated name and the start of its original the model ran on into ("Central African
        Society of Telecommunications (Société Centrafricaine de Télécommunications")."""
        out = []
        for m in found:
            hit = re.match(r"^(.*?\S)\s*\(([A-Z][\w&-]{1,11})\)?$", m.text) or re.match(r"^(.*?\S)\s*\(([^\W\d_][\w'’-]*(?:\s+[\w'’-]+)+)$", m.text)
            if m.type == "Organization" and hit and not m.canonical:
                name_end = m.start + len(hit.group(1))
                short_start = m.start + hit.start(2)
                out.append(Mention(m.start, name_end, hit.group(1), m.type, rule=m.rule))
                out.append(Mention(short_start, short_start + len(hit.group(2)), hit.group(2), m.type, rule=m.rule))
            else:
                out.append(m)
        return out

    def _bracketed_acronyms(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Centrale Numérique Boréale inc. (CNB)": the short name in brackets after an
        organisation's, which the model did not mark, so the bracket rule can join them; and
        "the Israel Electric Corporation (IEC)": the name spelled out before an acronym in
        brackets, whose initials it is, whatever the model or the gazetteer made of one of its
        words ("Israel", "National")."""
        extra = []
        # (An exchange named in words is a name of its own, apart from the ticker: "Vienna Stock Exchange" + "ALPF".)
        for hit in _TICKER.finditer(text):
            if hit.group("exchange") and (inside := _overlapping(found, hit.start("exchange"), hit.end("short"))):
                found = [x for x in found if x not in inside]
                found.append(Mention(*hit.span("exchange"), hit.group("exchange"), "Organization", rule="org-rule"))
        for m in found:
            hit = _SHORT_NAME.match(text, m.end, m.end + 14) or _TICKER.match(text, _LEAD.match(text, m.end, m.end + 3).end())
            if m.type == "Organization" and hit and not self._surely_place(m.text):
                s, e = hit.span("short")
                if not _overlapping(found + extra, s, e):
                    extra.append(Mention(s, e, hit.group("short"), "Organization", rule="org-rule"))
        for hit in self._SPELLED_OUT.finditer(text):
            name, acronym = hit.group(1), hit.group(2)
            words = name.split()
            # The shortest run of the words before the bracket that the acronym abbreviates.
            legal = lambda w: w.lower().rstrip(".") in self.suffixes
            for k in range(2, len(words) + 1):
                candidate = " ".join(words[-k:])
                if candidate.split()[0].lower() in ("of", "and", "for", "&", "de"):
                    continue
                if candidate.lower() in self.titles:
                    break  # "the Metropolitan Chief Executive (MCE)": a post and its abbreviation
                # "PT Lintas Samudra Data Tbk (LSD)": legal forms around the name abbreviate to nothing.
                around = _initials(candidate) != acronym
                if not around or not legal(words[-k]) and _initials(" ".join(w for w in words[-k:] if not legal(w))) == acronym:
                    while around and k < len(words) and legal(words[-k - 1]):
                        k += 1
                    candidate = " ".join(words[-k:])
                    s, e = hit.end(1) - len(candidate), hit.end(1)
                    inside = _overlapping(found + extra, s, e)
                    named = any((x.start, x.end) == (s, e) and x.type == "Organization" for x in inside)
                    if all(s <= x.start and x.end <= e and x.type != "Person" and (x.type == "Place" or not x.canonical or " " not in x.text)
                           for x in inside) and not named:
                        found = [x for x in found if x not in inside]
                        extra = [x for x in extra if x not in inside]
                        extra.append(Mention(s, e, candidate, "Organization", rule="org-rule"))
                        named = True
                    a, b = hit.span(2)
                    if around and named and not _overlapping(found + extra, a, b):
                        # The acronym too, which the model misses after a legal form: the bracket joins the two.
                        extra.append(Mention(a, b, acronym, "Organization", rule="org-rule"))
                    break
        return found + extra

    _TERM = re.compile(r"((?:[a-z][a-z-]*\s+){1,5}[a-z][a-z-]*)\s+\(([A-Z]{2,6})\)")

    def _drop_terms(self, text: str, found: list[Mention]) -> list[Mention]:
        """"a tax increment financing (TIF) agreement", "a power purchase agreement (PPA)": an
        acronym a phrase in lower case spells out is a term, not an organisation, unless the
        phrase names a body ("Irish investment and development authority (IDA)")."""
        terms = set()
        for hit in self._TERM.finditer(text):
            words = [w for w in re.split(r"[\s-]+", hit.group(1)) if w not in ("of", "and", "for", "the", "a", "an", "to")]
            acronym = hit.group(2)
            if "".join(w[0] for w in words[-len(acronym):]).upper() == acronym and not any(
                    w in self.lowercase_heads or w in self.heads or w in _company_words() for w in words[-len(acronym):]):
                terms.add(acronym)
        return [m for m in found if not (m.text in terms and not m.canonical)] if terms else found

    # A brand translated word for word, with its own name in brackets: "blue whale cloud
    # (Lanjing Cloud)", "tomorrow cloud (Naeil Cloud)".
    _TRANSLATED = re.compile(r"(?<![\w'’-])((?:[a-z][a-z-]*\s+){1,4}[a-z][a-z-]*)\s+\(([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\)")

    def _translated_brands(self, text: str, found: list[Mention]) -> list[Mention]:
        """The literal translation and the name in brackets after it are one organisation's
        names; the bracket joins them, and the translation, found once, is found everywhere."""
        extra = []
        for hit in self._TRANSLATED.finditer(text):
            words = hit.group(1).split()
            k = max((i + 1 for i, w in enumerate(words) if w in _STOPWORDS), default=0)
            words = words[k:]
            name = hit.group(2)
            if len(words) < 2 or not (words[-1] == name.split()[-1].lower() or words[-1] in _company_words()):
                continue
            s, e = hit.end(1) - len(" ".join(words)), hit.end(1)
            a, b = hit.span(2)
            if _overlapping(found + extra, s, e) or any(m.type != "Organization" for m in _overlapping(found, a, b)):
                continue
            extra.append(Mention(s, e, text[s:e], "Organization", rule="org-rule"))
            if not _overlapping(found, a, b):
                extra.append(Mention(a, b, name, "Organization", rule="org-rule"))
        return found + extra

    # A company written all in lower case, as machine translations write them, where only an
    # organisation can stand: after a post no department holds or a tie "of" it, before "(CEO NAME)", or with its
    # legal form ("president of alibaba cloud international", "a subsidiary of blue whale
    # technology", "nuri data (CEO Park Ji-hoon)", "zhongwei city investment holding group co., ltd.").
    _LOWER_WORDS = r"((?:[a-z][a-z'’-]*\s+){0,4}[a-z][a-z'’-]*)"
    _LOWER_ORG = re.compile(
        r"\b(?:president|chairman|chairwoman|chief executive|ceo|general manager|managing director|founder"
        r"|subsidiary|affiliate|unit|arm|parent|branch|division)\s+of\s+(?:the\s+)?" + _LOWER_WORDS + r"(?=\s*[,.;:)]|\s+(?:said|says|and|in|to|has|will|was|is)\b)"
        r"|(?:^|(?<=[\s(\[\]=]))" + _LOWER_WORDS + r"\s+\((?:CEO|President|Chairman|Chairwoman|Representative)\s+[A-Z]"
        r"|(?<![\w'’-])" + _LOWER_WORDS + r"(?=\s+co\.,?\s+ltd\.?)"
        # "starry sky data systems (hoshizora DS, Tokyo · Minato-ku)": a name, then its short name and its seat
        r"|(?:^|(?<=[\s(]))" + _LOWER_WORDS + r"(?=\s+\([^()\n]{2,30},\s+[A-Z])"
        # "the French operator altacime will construct": one word, no everyday one, a company noun introduces
        r"|\b(?:operator|company|firm|developer|start-?up|provider)\s+([a-z][a-z0-9]{3,})(?=\s+(?:will|has|is|was|said|says|announce[sd]?|plans))",
        re.MULTILINE)

    def _lowercase_orgs(self, text: str, found: list[Mention]) -> list[Mention]:
        out = list(found)
        for hit in self._LOWER_ORG.finditer(text):
            g = next(i for i in (1, 2, 3, 4, 5) if hit.group(i))
            words = hit.group(g).split()
            k = max((i + 1 for i, w in enumerate(words) if w in _STOPWORDS), default=0)
            words = words[k:]
            s, e = hit.end(g) - len(" ".join(words)), hit.end(g)
            legal = g == 3 and re.match(r"\s+co\.,?\s+ltd\.?", text[e:])
            if legal:
                e += legal.end()  # "… group co., ltd."
            elif not words or g == 5 and words[0] in places.everyday_words() \
                    or g != 5 and (len(words) < 2 or words[-1] not in _company_words() | {"information", "branch", "communications"}):
                continue  # a company's word ends it: "the board of the two companies" is none
            # ("zhongwei" the city inside it gives way; a person or a known company does not)
            out = _take_span(out, Mention(s, e, text[s:e], "Organization", rule="lowercase"),
                             keep=lambda m: m.type == "Person" or m.canonical and m.type == "Organization")
        return out

    _SPELLED_OUT = re.compile(r"((?:[A-Z][\w'’-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|&))+)\s+\(([A-Z]{2,6})\)")

    def _split_coordinated(self, found: list[Mention]) -> list[Mention]:
        """"a cable between Fortaleza and Rio de Janeiro" taken as one name: two places (one
        may be small, "Almere and Lelystad", when the other is surely a place); the two ends
        of a route ("Arequipa to Puno", "the Douala–Garoua section"); and a place
        and the one it lies in taken as one ("Hirosaki, Aomori Prefecture")."""
        out = []
        for m in found:
            pieces = m.text.split(", ")
            if (m.type == "Place" and not m.canonical and len(pieces) > 1 and not places.is_place_name(m.text)
                    and all(re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*", p) for p in pieces)):
                at = m.start
                for piece in pieces:
                    out.append(Mention(at, at + len(piece), piece, "Place", rule=m.rule))
                    at += len(piece) + 2
                continue
            # "Fortaleza and Rio de Janeiro"; a route, "Arequipa to Puno", "Douala–Garoua".
            joint = re.fullmatch(r"(.+?)( and | to |\s?[–—]\s?)(.+?)(?: (?:section|route|link|corridor|stretch))?", m.text)
            parts = [joint.group(1), joint.group(3)] if joint else []
            if (not m.canonical and parts and all(places.is_place_name(p) for p in parts)
                    and (joint.group(2) != " and " or any(self._surely_place(p) for p in parts))):
                second = m.start + joint.start(3)
                out.append(Mention(m.start, m.start + len(parts[0]), parts[0], "Place", rule="known-place"))
                out.append(Mention(second, second + len(parts[1]), parts[1], "Place", rule="known-place"))
            else:
                out.append(m)
        return out

    _PARTICLE_PLACE = re.compile(r"\b(?:Praia|Playa|Ilha|Isla|Ponta|Punta|Lagoa|Laguna|Morro|Serra|Sierra|Baía|Bahía)\s+"
                                 r"(?:de|do|da|dos|das|del|de\s+la|de\s+las|de\s+los)\s+[A-Z][\w'’-]+")

    def _particle_places(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Praia do Futuro", "Ilha de Itamaracá": a beach, island or point named with a particle
        is one place, whatever pieces the model made of it (not "Futuro", a person)."""
        out = list(found)
        for hit in self._PARTICLE_PLACE.finditer(text):
            s, e = hit.span()
            if any(m.type == "Organization" and m.start <= s and e < m.end for m in found):
                continue  # (the name of a company that goes on: "Praia do Futuro Data Center Ltda")
            out = [m for m in out if not (m.start < e and s < m.end)] + [Mention(s, e, hit.group(0), "Place", rule="locative")]
            # "Praia do Futuro in Fortaleza": the town it lies in, the model ran into it.
            town = re.match(r" in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", text[e:])
            if town and places.is_place_name(town.group(1)) and any(m.start < e + town.end() and e < m.end for m in found):
                out.append(Mention(e + town.start(1), e + town.end(1), town.group(1), "Place", rule="known-place"))
        return out

    @staticmethod
    def _split_bodies(found: list[Mention]) -> list[Mention]:
        """Two organisations taken as one name: "Kawerau District Council and Bay of Plenty Regional
        Council", "Southland District Council and Environment Southland" (a public body and
        another), "Zafran AI and Khalifa University" (a company the story names elsewhere and another),
        "National Bank of Canada and Caisse Lorraine Capital" (a body of a place and a company);
        and a place run into a public body."""
        out = []
        for m in found:
            bodies = re.fullmatch(r"(.+?) and (?:the )?([^\W\d_].+)", m.text) if m.type == "Organization" and not m.canonical else None
            # (…"National Bank of Canada and Caisse Lorraine Capital": a body of a place, then a company)
            of_place = bodies and re.search(r"\b(\w+) of ([A-Z][\w-]*)$", bodies.group(1))
            if bodies and bodies.group(2)[0].isupper() and all(" " in b for b in bodies.groups()) and (bodies.group(1).split()[-1].lower() in _body_words() or any(
                    o.type == "Organization" and o is not m and (o.text + " ").startswith(bodies.group(1) + " ") for o in found)
                    or of_place and of_place.group(1).lower() in _body_words() and places.is_place_name(of_place.group(2))
                    and bodies.group(2).split()[-1].lower() in _company_words()):
                second = m.start + bodies.start(2)
                out.append(Mention(m.start, m.start + len(bodies.group(1)), bodies.group(1), "Organization", rule="org-rule"))
                out.append(Mention(second, second + len(bodies.group(2)), bodies.group(2), "Organization", rule="org-rule"))
                continue
            # ("around Clonee: Meath County Council has refused", "represents Cobh on Cork County Council")
            placed = re.fullmatch(r"([^:]+?)(?:: | on )([A-Z][^:]+)", m.text) if m.type == "Organization" and not m.canonical else None
            if placed and placed.group(2).split()[-1].lower() in _body_words() and not set(placed.group(1).lower().split()) & _body_words():
                second = m.start + placed.start(2)
                out.append(Mention(second, m.end, placed.group(2), "Organization", rule="org-rule"))
                if places.is_place_name(placed.group(1)):
                    out.append(Mention(m.start, m.start + len(placed.group(1)), placed.group(1), "Place", rule="known-place"))
                continue
            # ("the signing at the Ministry of Economy in Bratislava": a public body, then where it sits)
            sited = re.fullmatch(r"(.+?) in ([A-Z].+)", m.text) if m.type == "Organization" and not m.canonical else None
            if sited and set(sited.group(1).lower().split()) & _body_words() and places.is_place_name(sited.group(2)):
                second = m.start + sited.start(2)
                out.append(Mention(m.start, m.start + len(sited.group(1)), sited.group(1), "Organization", rule="org-rule"))
                out.append(Mention(second, m.end, sited.group(2), "Place", rule="known-place"))
                continue
            out.append(m)
        return out

    def _drop_facility_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Kinyras, a new 1,900-kilometre subsea cable", "the cable, called Navegante": a name
        the text defines as a facility's names no organisation, person or place (facility names
        are not entities), wherever it stands — unless it is a name the gazetteer knows or one
        with a company's words."""
        @cache
        def seen(name: str) -> list[re.Match]:  # (where the model saw the name or not)
            return list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))

        def defined(name: str) -> bool:  # "the launch of Sahaab, an AI supercomputer"
            return any(_FACILITY_DEFINED.match(text, o.end()) or _FACILITY_CALLED.search(text, max(0, o.start() - 60), o.start())
                       for o in seen(name))

        def cable(name: str) -> bool:  # "the Sindbad Express subsea cable", "the Bight Link cable" — not "in Muanda"
            return any(_CABLE_AFTER.match(text, o.end()) for o in seen(name)) \
                and not any(re.search(r"\b(?:in|at|near|from|to|of)\s+$", text[max(0, o.start() - 6):o.start()]) for o in seen(name))

        # (The scans of the whole text last, once a name: the other checks are cheap.)
        facilities = {m.text for m in found if not m.canonical and m.type != "Place"
                      and not self._is_place_name(m.text) and not self._locative(text, m.start, m.end) and not _has_legal_form(m.text)
                      and (not any(w.lower() in _company_words() for w in m.text.split()) and defined(m.text)
                           # (A cable's name may end in a word companies use too, told before "cable".)
                           or not any(w.lower() in _company_words() for w in m.text.split()[:-1])
                           and (m.text.split()[-1] in _CABLE_NAME_ENDS or m.text.split()[-1].lower() not in _company_words()) and cable(m.text))}
        return [m for m in found if m.text not in facilities or m.canonical]

    def _drop_departments(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Director of Corporate Communications", "Head of Global Media Relations", "Manager,
        Corporate Communications": the part of an organisation a post is over, not an organisation."""
        departments, bodies = _rules()["departments"], self.heads | self.of_heads

        def department(m: Mention) -> bool:
            name = m.text.lower()
            if m.type != "Organization" or m.canonical or any(w in bodies for w in name.split()) \
                    or not any(name == d or name.endswith(" " + d) for d in departments):  # ("Ministry of Communications")
                return False
            if self._post_of.search(text, max(0, m.start - 60), m.start):
                return True
            # After a comma only a unit's field and what spans it ("analyst, Khangai Research" names a firm).
            return bool(self._post_comma.search(text, max(0, m.start - 60), m.start)) and any(
                re.fullmatch(rf"(?:(?:global|corporate|group|international|external|regional)\s+)*{re.escape(d)}", name) for d in departments)
        return [m for m in found if not department(m)]

    _BOARD_OF = re.compile(r"(?:(?:Management|Supervisory|Executive)\s+)?Board(?:\s+of\s+(?:Directors|Management))?\s+of\s+(?:the\s+)?(?=[A-Z])")

    def _boards_of(self, text: str, found: list[Mention]) -> list[Mention]:
        """"President of the Management Board of Wisła DataPark": the company, whose board the
        post is on."""
        out = []
        for m in found:
            board = self._BOARD_OF.match(m.text) if m.type == "Organization" and not m.canonical else None
            if board and self._post_of.search(text, max(0, m.start - 60), m.start):
                m = replace(m, start=m.start + board.end(), text=m.text[board.end():])
            out.append(m)
        return out

    def _drop_common_words(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Digital", "Media", "Cabinet" capitalised at a heading or after a colon: a word
        the same article also uses in lower case as an ordinary word is no name — in capitals
        too when it is an English word ("CHIPS" in "with CHIPS award in hand", a "THE FAB"
        section head) —, nor is a plural noun the tagger reads as common at a sentence's start."""
        ordinary = {t.lower_ for t in doc if t.is_lower and t.pos_ in ("NOUN", "ADJ", "VERB", "ADV")}
        everyday = places.everyday_words()
        # "Cranes have become part of the skyline": a plural common noun that starts a sentence,
        # named nowhere else in the story ("Sines has three things…" is the town "in Sines").
        named = {t.text for t in doc if not t.is_sent_start and t.text[:1].isupper()}
        plural = {(t.idx, t.idx + len(t)) for t in doc if t.is_sent_start and t.tag_ == "NNS"
                  and re.fullmatch(r"[A-Z][a-z]+[^s]s", t.text) and t.text not in named}
        # "BACKGROUND", "THE POLITICS": a section's heading in capitals, a word the story never
        # writes as a name.
        full = full_text(doc)
        headings = {(h.start(1), h.end(1)) for h in re.finditer(r"(?m)^(?:THE )?([A-Z]{5,})[ \t]*$", full)
                    if not re.search(rf"\b{h.group(1)[0]}{h.group(1)[1:].lower()}\b", full)}
        return [m for m in found if (m.start, m.end) not in headings and (
                m.canonical or m.type == "Place" or " " in m.text or m.rule == "lowercase"
                or _is_acronym(m.text) and m.text.lower() not in everyday
                or m.text.lower() not in ordinary and (m.start, m.end) not in plural)]

    _DATELINE = re.compile(r"^([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?: \(([A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2})\))?,\s+"
                           r"(?=\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|[A-Z][a-z]{2,8}\.? \d{1,2}\b)", re.MULTILINE)
    # …its date, and the dash the story opens with: "22 April 2026 –", "April 3, 2026 (ČTK) —".
    _DATELINE_DATE = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\.? [A-Z][a-z]+\.?|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?),? (?:19|20)\d\d"
                                r"(?: \([^()\n]{1,40}\))?\s*[-–—]")

    def _surely_place(self, name: str) -> bool:
        """A known place's name that is not also an everyday word: "March", "Green" or
        "Delta" are towns too, so one word must name a country, a region or a city of
        150,000 people or more, and not be a word of the calendar or the compass."""
        if not places.is_place_name(name) or name.lower() in self.not_entities or name.lower() in self.common_place_words:
            return False
        place = places.lookup(name)
        if place.kind == "Continent":
            return False
        return " " in name or place.kind in ("Country", "Region") or place.population >= 150_000

    def _surely_area(self, name: str) -> bool:
        """A known place's name, with or without the kind of area it ends on ("Gazipur District")."""
        return self._surely_place(name) or self._surely_place(_without_kind(name) or "")

    _NAME = r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}"
    # "in the Mussafah industrial district of Abu Dhabi", "in the capital's Gldani district"
    _DISTRICT = re.compile(rf"\b(?:in|at|near|within)\s+(?:the\s+|[A-Z][\w'’-]+['’]s\s+|the\s+(?:capital|city)['’]s\s+)({_NAME})\s+"
                           r"(?:(?:industrial|business|free|technology|economic|residential|commercial)\s+)?"
                           r"(?:district|zone|area|ward|neighbou?rhood|township|suburb|parish|quarter|sub-?district|locality)\b(?!\s+[A-Z])")  # (not "the Viennese district Floridsdorf")
    # "at Jüri, in Rae Parish", "at Gammelstad, about 10 km north-west of Luleå", "the zone of Charguia, in Tunis"
    _SITED_BEFORE = re.compile(rf"\b(?:at|in|near|on\s+the|(?:zone|area|district|village|locality)\s+of)\s+({_NAME})(?=,\s+in\s+(?:the\s+)?[A-Z]|{_BEARING.pattern})")

    def _unseen_places(self, full: str, found: list[Mention]) -> list[Mention]:
        """Places the model did not see at all, where the text leaves no doubt that a name is
        one: a district or zone named as such, or a locality the text goes on to place ("at
        Jüri, in Rae Parish", "at Gammelstad, about 10 km north-west of Luleå")."""
        everyday = places.everyday_words()
        out = list(found)
        for pattern in (self._DISTRICT, self._SITED_BEFORE):
            for m in pattern.finditer(full):
                s, e = m.span(1)
                words = [w.lower() for w in m.group(1).split()]
                same = _overlapping(out, s, e)
                # (…or saw as someone: "at Jüri, in Rae Parish", where Jüri is a given name too)
                if any(o.canonical or o.rule != "ner" or o.type == "Organization" or (o.start, o.end) != (s, e) for o in same) \
                        or all(w in everyday for w in words) or any(w in self.not_entities for w in words) \
                        or any(w in _company_words() for w in words):
                    continue
                out = _take_span(out, Mention(s, e, m.group(1), "Place", rule="locative"))
        # "in Tan Uyen", "near Arnos Vale": a name the model took for a person's, where the text
        # puts something (the vote still hears the other mentions: "said Tan").
        return [Mention(m.start, m.end, m.text, "Place", rule="locative")
                if m.type == "Person" and m.rule == "ner" and not m.canonical and " " in m.text
                and re.search(r"\b(?:in|near|outside)\s+$", full[max(0, m.start - 8):m.start]) and full[m.end:m.end + 2] not in ("'s", "’s")
                else m for m in out]

    def _known_places(self, doc: Doc, full: str, found: list[Mention]) -> list[Mention]:
        """Places the model missed or mislabelled ("a press conference in Montevideo" as a
        DATE): a known place's name after "in", "near", "from"…, or an entity of another
        label whose text is exactly a known place's name."""
        extra = []

        def add(s: int, e: int, whole: bool = False, rule: str = "known-place") -> None:
            # A known place's whole name wins over the piece of it the model found
            # ("São Gonçalo do Amarante" over "Amarante", "Kuwait City" over the country),
            # never over an organisation the gazetteer knows.
            s, e = _clean(full, s, e)  # "the Dresden plant" names Dresden
            if s >= e or full[s:e].lower() in self.common_place_words:
                return
            overlapping = _overlapping(found + extra, s, e)
            if all(s <= m.start and m.end <= e and (whole or (m.start, m.end) != (s, e)) and (not m.canonical or m.type == "Place")
                   for m in overlapping):
                for m in overlapping:
                    (found if m in found else extra).remove(m)
                extra.append(Mention(s, e, full[s:e], "Place", rule=rule))

        for ent in doc.ents:
            # (a people only when its name names none: "the mayor of Carini" read as NORP, not "Irish")
            if ent.label_ not in LABEL_TYPES and ent.label_ not in ("MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL") \
                    and not (ent.label_ == "NORP" and places.place_of_demonym(ent.text)):
                # (…or a smaller town, put somewhere in the country the story names: "capacity in
                # Atlantis, on the West Coast" read as a product.)
                if self._surely_place(ent.text) or places.is_place_name(ent.text) and ent.text.lower() not in self.not_entities \
                        and self._locative(full, ent.start_char, ent.end_char) and _country_named(places.lookup(ent.text), full):
                    add(ent.start_char, ent.end_char)
        # "Iskandar Puteri" read as a place and a person: two entities side by side that name a known place.
        for one, two in zip(doc.ents, doc.ents[1:]):
            if two.start_char == one.end_char + 1 and self._surely_place(full[one.start_char:two.end_char]):
                add(one.start_char, two.end_char, whole=True)  # (a rule may already have joined them as a person)
        # "in Haenam-gun of Jeollanam-do", "Hwawon-myeon": a name joined to a Korean or Japanese
        # area's kind is a place, whatever the model made of it (a people, by "Jeollanam") — but
        # not a given name's second half after a surname ("Kim Jae-dong").
        for m in re.finditer(rf"(?<![\w'’-])[A-Z][\w'’]+{_JOINED_KINDS}\b(?!-)", full):
            if not re.search(r"[A-Z][\w'’]*\s+$", full[max(0, m.start() - 20):m.start()]):
                add(m.start(), m.end())
        # "how Western Australia's market grows": a compass word before the place the model saw
        # ("Australia"), which together name another place.
        for m in [m for m in found if m.type == "Place"]:
            compass = re.search(r"(?<![\w'’-])(?:Western|Eastern|Northern|Southern|North|South|East|West|Central)\s+$", full[max(0, m.start - 12):m.start])
            if compass and self._surely_place(compass.group(0) + m.text):
                add(m.start - len(compass.group(0)), m.end, whole=True)
        # "Wien-Floridsdorf", "Brno-Líšeň": a city's district written after the city and a hyphen — not a
        # double surname after a given name ("Anna Baran-Kowal"), nor a route ("the Jakarta-Bandung line", "the Java-Bali grid").
        for m in re.finditer(r"(?<![\w'’-])([A-Z][\w'’]+)-[A-Z][\w'’]+(?![\w'’-])", full):
            if self._surely_place(m.group(1)) and not re.search(r"[A-Z][\w'’.]*\s+$", full[max(0, m.start() - 30):m.start()]) \
                    and not _ROUTE_AFTER.match(full, m.end()):
                add(m.start(), m.end(), whole=True)
        # "Rio Grande do Sul Governor NAME": a region's whole name before its official's post.
        for m in re.finditer(r"(?<![\w'’-])((?:[A-Z][\w'’-]+\s+(?:(?:do|da|de|del|dos|das)\s+)?){0,3}[A-Z][\w'’-]+)\s+"
                             r"(?:Governor|Gov\.|Premier|Chief Minister)\b", full):
            words = m.group(1).split()
            k = next((k for k in range(len(words) - 1) if words[k] not in ("do", "da", "de", "del", "dos", "das")
                      and places.place_named(" ".join(words[k:]), ("Region",))), None)
            if k is not None:
                add(m.end(1) - len(" ".join(words[k:])), m.end(1))
        # "Uttar Pradesh Infrastructure and Industrial Development Minister NAME": a region's name
        # opening a minister's post, whatever name the model made of it and the portfolio.
        for m in re.finditer(r"(?<![\w'’-])((?:[A-Z][\w&'’-]*\s+|(?:and|&)\s+){2,8})(?:Minister|Commissioner)\b", full):
            words = m.group(1).split()
            region = self._leading_name(words[:3], lambda name: places.place_named(name, ("Region",)))
            if region and region != " ".join(words) and not re.search(r"[A-Z][\w'’]*\s+$", full[max(0, m.start() - 30):m.start()]):
                for x in [x for x in found + extra if x.type == "Organization" and not x.canonical and x.start == m.start() and x.end <= m.end(1)]:
                    (found if x in found else extra).remove(x)
                add(m.start(), m.start() + len(region))
        # "in zhongwei", "from beijing": a machine translation's place in lower case, which the
        # tagger still reads as a proper noun (not "reading" or "green").
        for tok in doc:
            if tok.is_lower and tok.is_alpha and len(tok) > 3 and tok.pos_ == "PROPN" and self._surely_place(tok.text):
                add(tok.idx, tok.idx + len(tok))
        # "at Red Oak, Texas", "in Jiphyeon-dong, Sejong": a name the index does not know, placed
        # by the known place (or "X District") after it, is a locality — whatever the model
        # called it. "A data centre at Kaliakair in Gazipur District" too, where a facility is
        # sited or where nothing was found ("worked at Grameenphone in Dhaka" stays a company).
        localities = [(m, False) for pattern in (self._LOCALITY, self._LISTED_LOCALITY) for m in pattern.finditer(full)] \
            + [(m, True) for m in self._SITED_IN.finditer(full)]
        for m, sited in localities:
            s, e = m.span(1)
            # (The known place may be the first one, two or three words: "Ras Al Khaimah"; "in
            # Melbourne's west" and "in Western Sydney" are in Melbourne and Sydney.)
            area = re.sub(r"^(?:Western|Eastern|Northern|Southern|Central|Greater|North|South|East|West)\s+(?=\S)|['’]s$", "", m.group(2))
            if self._leading_name(area.split(), self._surely_area) is None \
                    or places.is_place_name(m.group(1)) and self._surely_place(m.group(1)):
                continue
            same = _overlapping(found + extra, s, e)
            if sited and same and not self._siting.search(full, max(0, m.start() - 80), m.start()):
                continue
            if all((x.start, x.end) == (s, e) and not x.canonical for x in same):
                for x in same:
                    (found if x in found else extra).remove(x)
                extra.append(Mention(s, e, full[s:e], "Place", rule="known-place"))
        # "in Masdar City", "at Macquarie Park", "in Abu Dhabi's Masdar City": a known company's name,
        # then a kind of area, is a place.
        for m in [m for m in found if m.canonical and m.type == "Organization"]:
            area = re.match(r" (?:City|Park|Town|Village|Heights|Hills|Bay|Beach|Island)\b(?! (?:[A-Z]|of\b))", full[m.end:m.end + 12])
            if area and (re.search(r"\b(?:in|at|near|from)\s+$", full[max(0, m.start - 6):m.start])
                         or (owner := re.search(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+$", full[max(0, m.start - 40):m.start]))
                         and self._surely_place(owner.group(1))) \
                    and not _overlapping(found + extra, m.end, m.end + area.end()):
                found.remove(m)
                extra.append(Mention(m.start, m.end + area.end(), full[m.start:m.end + area.end()], "Place", rule="known-place"))
        # "a campus in Abu Dhabi's Masdar City": a place's own locality.
        for m in re.finditer(r"\b(?:in|at|near)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:'s|’s)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", full):
            name = m.group(2)
            if (self._surely_place(m.group(1)) and name.split()[-1].lower() not in _company_words()
                    and name.split()[-1].lower() not in self.heads and not names.is_given_name(name.split()[0])):
                add(m.start(2), m.end(2))
        # "in the Westlands district of Nairobi", "the Melocheville sector of Beauharnois", "the Solaseado
        # enterprise city of Haenam-gun": a locality named by its kind and the place it is in (not "the
        # Uzbek city of Termez").
        locality, park = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", r"industrial (?:area|zone|park|estate)"
        kind = rf"(?:district|suburb|neighbou?rhood|quarter|sector|borough|ward|village|{park})"
        for m in re.finditer(rf"\bthe\s+{locality}\s+(?:{kind}|(?:[a-z]+\s+)?(?:city|town))\s+(?:of|in)\s+{locality}", full):
            if (self._surely_area(m.group(2)) or places.is_place_name(m.group(2)) or _without_kind(m.group(2))) \
                    and not names.is_given_name(m.group(1).split()[0]) and not _demonym(m.group(1).split()[0]):
                add(m.start(1), m.end(1), whole=True)
        # …or sited in it: "will build the facility in the Badaro district", "in the strategic
        # industrial park at Lužianky" (not "the Viennese district Floridsdorf").
        for m in re.finditer(rf"\b(?:in|at|near)\s+the\s+{locality}\s+{kind}\b(?!\s+(?:(?:of|in)\s+)?[A-Z])|\b{park} (?:at|of) {locality}", full):
            k = 1 if m.group(1) else 2
            if not names.is_given_name(m.group(k).split()[0]) and m.group(k).split()[-1].lower() not in _company_words():
                add(m.start(k), m.end(k))
        # "6th of October City", "Tenth of Ramadan City": a new town named after a day, no date.
        ordinal = r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth" \
                  r"|Thirteenth|Fourteenth|Fifteenth|Twentieth)"
        for m in re.finditer(rf"\b{ordinal}\s+of\s+[A-Z][a-z]+\s+City\b", full):
            add(m.start(), m.end(), whole=True)
        # "on the Kitty Brewster Industrial Estate", "at Sedenak Tech Park": a site named with its
        # kind is a place, whatever the model made of it (a person, by "Kitty"), named after a town or not
        # ("Ciaotou Science Park" is the site's most specific place, Ciaotou the town around it).
        for m in re.finditer(r"\b(?:in|at|on|near|within)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+){1,3}?)(" + _SITE_KIND + r")\b(?![ -][A-Z])", full):
            own = max(m.group(1).rfind("'s "), m.group(1).rfind("’s "))  # (not "Johor's" in "Johor's Sedenak Tech Park")
            start = m.start(1) + (own + 3 if own >= 0 else 0)
            add(start, m.end(2), whole=True)
        # "Melbourne infrastructure investor Murray Capital": a company's home before what it is.
        for m in re.finditer(r"(?<![\w'’-])([A-Z][\w'’]+(?: [A-Z][\w'’]+)?) (?:[a-z-]+ ){0,2}?(?:" + _FIRM_KINDS
                             + r"|investor|group|contractor|builder|chipmaker|telco)(?= [A-Z])", full):
            if self._surely_place(m.group(1)):
                add(m.start(1), m.end(1))
        # "a Chennai-based developer": the place a company is based in.
        for m in re.finditer(r"(?<![\w'’-])([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)-based\b", full):
            if self._surely_place(m.group(1)):
                add(m.start(1), m.end(1))
        # "its N70 billion Abuja campus", "a $2 billion Johor campus": where the facility is, before it.
        for m in re.finditer(rf"(?<![\w'’-])([A-Z][\w'’]+(?: [A-Z][\w'’]+)?) (?:{FACILITY_NOUNS}|site)s?\b", full):
            if self._surely_place(m.group(1)):
                add(m.start(1), m.end(1))
        # "RABAT, 8 July 2025 –": a dateline's place, in capitals, one or two ("MEXICO CITY and
        # BOGOTÁ, June 3, 2025"), or not, before the date ("Santiago, 6 June 2024."): any town
        # the index knows is meant there ("MANAMA, 19 November 2025").
        dateline = lambda name: places.is_place_name(name) and name.lower() not in self.not_entities
        caps = r"([A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ -][A-ZÀ-Ý'’.-]+){0,2})"
        for m in re.finditer(rf"^{caps}(?:[ ]+(?:and|&)[ ]+{caps})?(?=,[ ]+\w|[ ]+[-–—(])", full, re.MULTILINE):
            for k in (1, 2):
                if m.group(k) and dateline(m.group(k).title()):
                    add(m.start(k), m.end(k))
        # (A village no index knows is the place too, in a dateline in full: "Troubsko (Brno-venkov),
        # 22 April 2026 –", with its district.)
        for m in self._DATELINE.finditer(full):
            whole = self._DATELINE_DATE.match(full, m.end()) and not any(
                w.lower() in self.not_entities or w.lower() in dates.MONTHS for w in m.group(1).split())
            for k in (1, 2):
                if m.group(k) and not _is_acronym(m.group(k)) and (whole or dateline(m.group(k))):  # (not "(SP)")
                    add(m.start(k), m.end(k), whole=bool(whole), rule="dateline" if whole else "known-place")
        for m in self._PLACE_CANDIDATE.finditer(full):
            words = m.group(1).split()
            # Where a facility is being built, a small town counts too: "a £650m data
            # centre in Hayes" (but not the town a longer name starts with: "in Montague Gardens").
            clause = full[max(0, m.start() - 80):m.start()]
            siting = self._siting.search(clause)
            run = m.group(1).split("\n")[0].split()
            name = self._leading_name(words, lambda name: self._surely_place(name) or (siting and self._small_place(name) and name.split() == run))
            if name:
                add(m.start(1), m.start(1) + len(name))
        # "at a new site in the Al Dhafra Region", "in Masdar City": a name that ends on the kind of
        # area it is, after "in" or "at", is a place — whatever the model or any index made of it.
        for m in self._NAMED_AREA.finditer(full):
            s, e = m.span(1)
            inside = _overlapping(found + extra, s, e)
            if all(s <= x.start and x.end <= e and not x.canonical for x in inside):
                for x in inside:
                    (found if x in found else extra).remove(x)
                extra.append(Mention(s, e, m.group(1), "Place", rule="known-place"))
        # "a 6MW data centre in Montague Gardens": a name right after a facility and "in" or "at"
        # is where it stands, whatever index knows it, when nothing else was found there.
        for m in self._FACILITY_IN.finditer(full):
            s, e = m.span(1)
            words = m.group(1).split()
            if not _overlapping(found + extra, s, e) and not re.match(r"['’]s\b", full[e:e + 2]) \
                    and not names.is_given_name(words[0]) and not _is_acronym(words[0]) \
                    and not any(w.lower() in _company_words() or w.lower() in self.heads for w in words) \
                    and m.group(1).lower() not in self.not_entities and m.group(1).lower() not in self.common_place_words:
                extra.append(Mention(s, e, m.group(1), "Place", rule="known-place"))
        # "Kalgoorlie, Western Australia", "Eldorado do Sul, Rio Grande do Sul": the whole known name of the place after a place.
        for m in [m for m in found + extra if m.type == "Place"]:
            after = re.match(r",\s+((?:[A-Z][\w'’-]+\s+(?:(?:do|da|de|del|dos|das)\s+)?){0,3}[A-Z][\w'’-]+)", full[m.end:m.end + 60])
            name = self._leading_name(after.group(1).split(), self._surely_place) if after else None
            if name:
                s = m.end + after.start(1)
                add(s, s + len(name))
        # "Johor's data centre market", "Johor is moving": a well-known place the model saw nowhere
        # in the story ― a whole run of capitalised words, not joined by a particle to another
        # ("Rio Grande do Sul", "Prefeitura de Hortolândia"), no given name, written nowhere as
        # anything else; a region only of a country the story names (not Chad's Lac).
        seen_otherwise = {m.text for m in found + extra if m.type != "Place"}
        particle = r"(?:do|da|de|del|dos|das|di|du|des|la|le|von|van|der|den|y|e|et|of|and|upon|am|an|on|sur|al|el)"
        for m in re.finditer(r"(?<![\w'’.-])[A-Z][\w'’-]*[a-z][\w'’-]*(?:[ ][A-Z][\w'’-]*[a-z][\w'’-]*){0,2}(?![\w-]|[ ][A-Z])", full):
            name = re.sub(r"['’]s$", "", m.group(0))
            if self._surely_place(name) and name not in seen_otherwise and not names.is_given_name(name.split()[0]) \
                    and ((place := places.lookup(name)).kind != "Region" or _country_named(place, full)) \
                    and not re.match(rf"\s+{particle}\s+[A-Z]", full[m.end():m.end() + 8]) \
                    and not re.search(rf"[A-Z][\w'’-]*\s+{particle}\s+$", full[max(0, m.start() - 20):m.start()]) \
                    and not _overlapping(found + extra, m.start(), m.start() + len(name)):
                add(m.start(), m.start() + len(name))
        return found + extra

    @staticmethod
    def _leading_name(words: list[str], known) -> str | None:
        """The longest run of leading words that names a known place ("Western Australia" of
        "Western Australia Premier"), if any does."""
        return next((" ".join(words[:n]) for n in range(len(words), 0, -1) if known(" ".join(words[:n]))), None)

    # "Sangam-dong", "Mapo-gu", "Minato-ku": a Korean or Japanese area's kind joined to its name;
    # "Criquebeuf-sur-Seine", "Stratford-upon-Avon": a town named by the river or land it is on.
    _JOINED_KIND = re.compile(_JOINED_KINDS + r"\b(?!-)"
                              r"|(?:-(?:sur|sous|lès|les|en|le|la|de|am|an|upon|on|in)-[A-ZÀ-Ý][\w'’]+)+(?![\w-])")

    @staticmethod
    def _with_kind(full: str, found: list[Mention]) -> list[Mention]:
        """"Hetauda, Makwanpur district", "Kaga city, Ishikawa prefecture": the kind of area
        written after a place's name in lower case is part of the name, as is the kind or river
        joined to it by hyphens ("Gasan-dong", "Criquebeuf-sur-Seine") and the river the index's
        own name has in brackets ("Frankfurt (Oder)")."""
        out = []
        for m in found:
            if m.type != "Place" and not m.canonical and " " not in m.text and (
                    _without_kind(m.text) or re.match(_JOINED_KINDS + r"\b(?!-)", full[m.end:m.end + 8])):
                m = Mention(m.start, m.end, m.text, "Place", rule="known-place")  # "Mapo-gu" is no company, nor "Jinwi" of "Jinwi-myeon"
            if m.type == "Place":
                kind = re.match(r" ([a-z]+)\b(?! (?:government|council|administration|office|authority|court|assembly))", full[m.end:m.end + 40])
                joined = EntityResolver._JOINED_KIND.match(full, m.end)
                bracket = re.match(r" \([A-Z][a-z]+\)", full[m.end:m.end + 30])
                end = m.end + kind.end() if kind and kind.group(1) in _ADMIN_KINDS - {"state"} and not _without_kind(m.text) \
                    else joined.end() if joined \
                    else m.end + bracket.end() if bracket and places.is_place_name(full[m.start:m.end + bracket.end()]) else m.end
                if end != m.end:
                    m = Mention(m.start, end, full[m.start:end], "Place", m.canonical, m.rule)
            out.append(m)
        return out

    def _small_place(self, name: str) -> bool:
        """A known town's name that is not also an everyday word or a given name."""
        return (places.is_place_name(name) and name.lower() not in self.not_entities
                and name.lower() not in self.common_place_words and not names.is_given_name(name.split()[0]))

    _LISTED_IN = re.compile(r"\b(?:in|across|near|between)\s+(?:[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)?(?:,[ ]+|[ ]+(?:and|or)[ ]+))*$")
    # (…after the place's kind of area in lower case, as translations write it: "in Inzai city, Chiba prefecture")
    _NEXT_NAME = re.compile(r"(?:[ ]+(?:city|town|village|ward|district|county|prefecture|province))?"
                            r"(?:,[ ]+|[ ]+(?:and|or)[ ]+)([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)?)")
    _PREVIOUS_NAME = re.compile(r"([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)?)(?:,[ ]+|[ ]+(?:and|or)[ ]+)$")

    def _place_siblings(self, text: str, found: list[Mention]) -> list[Mention]:
        """Names listed with a place that are places too, however small: "Ealing, Hillingdon
        and Hounslow", "Almere and Lelystad", "Funza, Cundinamarca"."""
        out = list(found)
        queue = [m for m in found if m.type == "Place"]
        while queue:
            place = queue.pop()
            candidates = []
            after = self._NEXT_NAME.match(text, place.end)
            if after:
                candidates.append(after.span(1))
            before = self._PREVIOUS_NAME.search(text[max(0, place.start - 60):place.start])
            if before:
                offset = max(0, place.start - 60)
                candidates.append((offset + before.start(1), offset + before.end(1)))
            for s, e in candidates:
                name = text[s:e]
                if name.lower() in self.common_place_words or name.lower() in self.not_entities:
                    continue
                # A name no index knows, in a list of places after "in" ("in Almere and Lelystad").
                listed = self._LISTED_IN.search(text, max(0, min(s, place.start) - 80), min(s, place.start)) \
                    and re.match(r"(?:,|\s+(?:and|or)\b|[.;:)]|$)", text[e:e + 5]) \
                    and not names.is_given_name(name.split()[0]) and not any(w.lower() in _company_words() for w in name.split())
                if not (places.is_place_name(name) or listed):
                    continue
                same = _overlapping(out, s, e)
                if any((m.start, m.end) != (s, e) or m.canonical or m.type == "Place" for m in same):
                    continue
                for m in same:
                    out.remove(m)
                sibling = Mention(s, e, name, "Place", rule="known-place")
                out.append(sibling)
                queue.append(sibling)
        return out

    def _glue(self, text: str, found: list[Mention]) -> list[Mention]:
        """Rejoin an organisation's name the model cut at a connective: "Commonwealth
        Scientific and" + "Industrial Research Organisation"; and a place whose name holds
        "and" the model took for two ("Newfoundland" + "Labrador", "Trinidad" + "Tobago")."""
        ordered = sorted(found, key=lambda m: m.start)
        out: list[Mention] = []
        for m in ordered:
            prev = out[-1] if out else None
            # "St" + "Peter Port": a town named for a saint, which the model cut after the "St".
            saint = re.search(rf"(?<![\w.]){_SAINT} $", text[max(0, m.start - 8):m.start])
            if saint and m.type in ("Place", "Person") and not m.canonical:
                start = m.start - len(saint.group(0))
                if prev is not None and prev.end > start:
                    out.pop()
                out.append(Mention(start, m.end, text[start:m.end], "Place", rule=m.rule if m.type == "Place" else "ner"))
                continue
            if m.type == "Person" and re.match(rf"{_SAINT} [A-Z]", m.text):
                m = replace(m, type="Place")  # "St Petersburg", "St Lucy": no one's name starts with a saint's
            if prev is not None and prev.type == m.type == "Place" and text[prev.end:m.start] == " and " \
                    and places.is_place_name(text[prev.start:m.end]):
                out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "Place", rule="known-place")
                continue
            if (prev is not None and prev.type == "Organization" and m.type in ("Organization", "Person") and not prev.canonical
                    and not m.canonical and re.search(r"\b(?:and|of|for|&|de|do|da|dos|das|del|du|des|di|y)$", prev.text)
                    and text[prev.end:m.start] == " "):  # (…"Ventos do" + "Nordeste Energia S.A.")
                out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "Organization", rule="org-rule")
                continue
            # "Kralupy nad" + "Vltavou Town Council", "Ecologistas en" + "Acción": a name the model
            # cut at a particle of its language, made whole when it names a public body or is one word.
            head = re.search(r"(?<![\w'’-])((?:[A-Z][\w'’-]+ ){1,2})(?:nad|pod|en|am|an der|sur|sous|upon|i) $", text[max(0, m.start - 40):m.start])
            if head and m.type == "Organization" and not m.canonical:
                start = m.start - len(head.group(0))
                # The model may have found a piece of the town's name ("Kralupy"): a public body
                # takes it in; a one-word name only stands where nothing was found.
                piece = prev is not None and prev.end > start
                body = m.text.split()[-1].lower() in _body_words() and (not piece or not prev.canonical and prev.start >= start)
                if body or " " not in m.text and not piece:
                    if piece:
                        out.pop()
                    start += 4 if text[start:start + 4] in ("The ", "the ") else 0
                    out.append(Mention(start, m.end, text[start:m.end], "Organization", rule="org-rule"))
                    continue
            out.append(m)
        # A name still ending on a connective lost its tail to the next name: drop the word.
        return [self._trim_connective(text, m) for m in out]

    _FOREIGN_TAIL = re.compile(
        r"[ ]+(?:de|do|da|dos|das|del|en|por|para|di|du|des|der|von|van|of)(?:[ ]+(?:la|el|los|las|le|un|una|the))?"
        r"[ ]+((?:[A-Z][a-z]{0,2}\.|[A-Z](?:[\w'’-]|\.(?=\w))*)(?:[ ]+[A-Z](?:[\w'’-]|\.(?=\w))*)*)")
    _MINISTRY_OF = re.compile(r"(?:Ministry|Department|Ministère|Ministerio|Ministério|Ministero)[ ]+(?:of|de|da|do|del|des|du|dell['’]|della)\b")
    # (", Planning and Economic Development", "and the Digital Economy", ", de l'Innovation et de l'Énergie")
    _MORE_PORTFOLIO = re.compile(r"(?:(?:,|,?[ ]+(?:and|&|et|y|e))[ ]+(?:(?:of|de|del|da|do|des|du)[ ]+)?(?:(?:the|la|le|el|les|los|las|a|o|as|os)[ ]+|l['’])?"
                                 r"[A-ZÀ-Þ][\w'’-]*(?:[ ]+[A-ZÀ-Þ][\w'’-]*)*)+")
    _HEAD_TAIL = re.compile(r"(?:[ ]+(?:and|&))?[ ]+([A-Z][\w'’-]*)")
    _COUNTRY_UNIT = re.compile(r"[ ]\(([A-Z][\w'’ -]{1,30})\)[ ]+([A-Z][\w.&/-]*,?(?:[ ][A-Z][\w.&/-]*,?){0,2})")

    # …or between slashes after the dateline's date: "June 3, 2025 /PRNewswire/ --".
    _WIRE_CREDIT = re.compile(r"\(((?:[A-Z][\w'’.-]*\s+){1,4}(?:Wire|Newswire|News|Press|Agency))\)"
                              r"|(?<=\d )/([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})/(?=\s)")

    # "Negocios del Norte | Monterrey, 26 August 2026", "Southland Courier - Tuesday, 12 August 2025",
    # "Northern Compute Notes – posted 2 June 2026": a publication's name over its date.
    _MASTHEAD = re.compile(r"^(?:The )?((?:[A-Z][\w'’&.-]*)(?: (?:[A-Z][\w'’&.-]*|de|del|do|da|of|and|&))*) +[|–—-] +"
                           r"(?=[^\n]*(?:\b(?:19|20)\d\d\b|\b\d\d?\.\d\d?\.\d{4}\b|\b(?:posted|issue|edition|newsletter)\b))", re.MULTILINE)

    def _mastheads(self, text: str, found: list[Mention]) -> list[Mention]:
        """The publication named over a story's first lines (not a place, a byline's person, a
        kind of story or a press release), the outlet itself over a transcript."""
        out = list(found)
        # (…which is the outlet, when the lines over the story say it is a broadcast's record)
        aired = bool(re.search(r"\b(?:Transcript|Broadcast|Podcast|Episode)\b", "\n".join(text.split("\n")[:6])))
        for hit in self._MASTHEAD.finditer(text, 0, len("\n".join(text.split("\n")[:5]))):
            name = hit.group(1)
            byline = names.is_given_name(name.split()[0]) and name.split()[-1].lower() not in _rules()["media_words"]
            if name.isupper() or places.is_place_name(name) or name.lower() in self.not_entities or byline \
                    or name.split()[0].lower() in ("by", "interview", "live", "update", "opinion", "analysis", "exclusive", "comment", "press"):
                continue
            # ("Clark County Courier | Local Government | Feb. 3, 2026": the model's name runs past the bar)
            out = [m for m in out if not ("|" in m.text and m.start <= hit.start(1) < m.end)]
            out = _take_span(out, Mention(hit.start(1), hit.end(1), name, "Organization", rule="credit" if aired else "org-rule"))
        # "Racks & Routes Weekly #87: Quezon City goes big": a newsletter's issue, by its number.
        issue = re.match(r"(?:The )?([A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|&|of|and))*) #\d+\b", text)
        if issue:
            out = _take_span(out, Mention(issue.start(1), issue.end(1), issue.group(1), "Organization", rule="credit"))
        # "By Kunle Adeyemi-Bello, Technology Correspondent, The Lagoon Courier": the writer a byline
        # names, and the outlet.
        for hit in BYLINE.finditer(text):
            if not NEWSROOM_POST.fullmatch(hit.group(2)):
                continue
            if re.fullmatch(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+", hit.group(1)):
                out = _take_span([m for m in out if (m.start, m.end) != hit.span(1) or m.canonical], Mention(*hit.span(1), hit.group(1), "Person"))
            if hit.group(3) and hit.group(3)[0].isupper():
                out = _take_span(out, Mention(*hit.span(3), hit.group(3), "Organization", rule="credit"))
        # "(Reporting by Adlina Rosli in Kuala Lumpur; Editing by Kevin Tham)": a wire's credits name its staff.
        for credit in _WIRE_STAFF.finditer(text):
            for name in re.finditer(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+", credit.group(1)):
                s = credit.start(1) + name.start()
                if re.fullmatch(r"\s*(?:,|;|\)|and\b|in\b|$).*", credit.group(1)[name.end():name.end() + 5], re.S) \
                        and not places.is_place_name(name.group(0)):
                    out = _take_span(out, Mention(s, s + len(name.group(0)), name.group(0), "Person"), keep=lambda m: m.type == "Organization")
        head = len("\n".join(text.split("\n")[:5]))
        return [m for m in out if not (m.end <= head and self._section_label(text, m))]

    @staticmethod
    def _section_label(text: str, m: Mention) -> bool:
        """"RACKLINE ANZ | Builds & Capacity | 14 April 2026": a section's label between the bars,
        its words ones the story writes in lower case, or two subjects joined by "&" after the
        outlet's name, names nothing."""
        end = text.find("\n", m.end)
        fields = [f.strip() for f in text[text.rfind("\n", 0, m.start) + 1:end if end != -1 else len(text)].split("|")]
        return len(fields) > 1 and m.text in fields and (
            fields.index(m.text) > 0 and bool(re.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*)? & [A-Z][\w-]*(?: [A-Z][\w-]*)?", m.text))
            or all(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in m.text.split() if w not in ("&", "and")))

    # "Hostivice, 3 March 2026 (ČTK) –", "LONDON (Reuters) -": whatever agency a dateline credits.
    _DATELINE_CREDIT = re.compile(r"^(?:[A-Z][^\n().!?]{0,80}?\b(?:19|20)\d\d|[A-Z][A-Z '’.-]{2,40}(?:,\s*[A-Z][\w.]*)?)\s*"
                                  r"\(([^\W\d_][\w'’.&-]*(?:\s+[^\W\d_][\w'’.&-]*){0,3})\)\s*[–—-]", re.MULTILINE)

    def _wire_credits(self, text: str, found: list[Mention]) -> list[Mention]:
        """"BAKU (Caspian Business Wire) –", "June 3, 2025 /PRNewswire/ --": the agency a dateline
        credits is named whole, not as the better-known agency whose name ends its own; an agency
        the dateline credits by any name is the source ("credit"), never the investor."""
        out = list(found)
        for hit in self._WIRE_CREDIT.finditer(text):
            s, e = hit.span(1 if hit.group(1) else 2)
            known = next((n for n, r in self.gazetteer.items() if text[s:e] in (n, *r["aliases"])), None)
            out = _take_span(out, Mention(s, e, text[s:e], "Organization", known, "gazetteer" if known else "org-rule"))
        for hit in self._DATELINE_CREDIT.finditer(text):
            s, e = hit.span(1)
            if text[s].isupper() and not any(m.start == s and m.end == e and m.rule == "gazetteer" for m in out):
                out = _take_span(out, Mention(s, e, text[s:e], "Organization", rule="credit"))
        return out

    # A release's contact block: its heading, then a person's name on a line of its own with the
    # post on the next ("Media contact:" / "Ebrima Sowe" / "Head of Corporate Communications, GamCable").
    _CONTACT_HEADING = re.compile(r"(?im)^\W*(?:media|press)\s+(?:contacts?|enquiries|inquiries)\b")
    _CONTACT_NAME = re.compile(r"(?m)^[ \t]*((?:[A-Z][^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)*\.?[ \t]+){1,3}[A-Z][^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)*)[ \t]*\n"
                               r"[ \t]*(?:[A-Z][\w&/-]*\s+){0,4}?(?:Manager|Head|Director|Officer|Spokes\w+|Lead|Advis[eo]r|Chief|President|"
                               r"Secretary|Coordinator|Executive|Specialist|Relations|Communications|Affairs)\b")

    def _contact_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """The person a release's contact block names on a line of its own, with the post below."""
        heading = self._CONTACT_HEADING.search(text)
        if not heading:
            return found
        out = list(found)
        for hit in self._CONTACT_NAME.finditer(text, heading.end()):
            s, e = hit.span(1)
            words = hit.group(1).split()
            if any(w.lower() in _company_words() or w.lower() in self.honorifics for w in words) or places.is_place_name(hit.group(1)):
                continue
            out = _take_span(out, Mention(s, e, text[s:e], "Person", rule="contact"))
        return out

    def _extend_org_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """An organisation's name the model cut short: "Ecologistas" + "en Acción",
        "Operador Nacional" + "do Sistema Elétrico", "Alberta Electric System" + "Operator",
        "ALEC Engineering" + "and Contracting". The tail is a connective and capitalised
        words, or one more word that heads organisations' names; it takes in the places and
        pieces the model found in it ("Movimiento por un Uruguay Sustentable")."""
        heads = self.heads | {h for h in self.company_heads if " " not in h} | {"operator", "mission", "court", "hall", "contracting"}
        out = list(found)
        # "Tadawul Research Partners": a known company's name that more capitalised words and
        # a company word continue is another company's, not the one the gazetteer knows.
        for m in [m for m in found if m.canonical and m.type == "Organization" and " " not in m.text]:
            more = re.match(r"(?:[ ]+[A-Z][\w'’-]*){1,2}[ ]+([A-Z][\w'’-]*)", text[m.end:])
            if more and more.group(1).lower() in _company_words() and not _overlapping(out, m.end, m.end + more.end()):
                out[out.index(m)] = Mention(m.start, m.end + more.end(), text[m.start:m.end + more.end()], "Organization", rule="org-rule")
        # "International Brotherhood of Electrical Workers Local" + "666": a union local's number.
        for m in [m for m in out if m.type == "Organization" and m.text.endswith(" Local")]:
            if number := re.match(r" \d+\b", text[m.end:]):
                end = m.end + number.end()
                out[out.index(m)] = Mention(m.start, end, text[m.start:end], "Organization", m.canonical, m.rule)
        # "Crestline" + "Digital Realty Trust, Inc.": a known company's name with its legal form,
        # after another capitalised word that is no everyday word, is another company's whole name.
        for m in [m for m in out if m.canonical and m.type == "Organization"]:
            form = re.match(r",?\s+([\w.]+)", text[m.end:m.end + 12])
            if not (_has_legal_form(m.text) or form and form.group(1).lower().rstrip(".") in _legal_forms()):
                continue
            before = _NAME_WORD_BEFORE.search(text[max(0, m.start - 30):m.start])
            word = before.group(1) if before else ""
            if before and word.lower() not in places.everyday_words() and word.lower() not in _STOPWORDS and not names.is_given_name(word) \
                    and not self._surely_place(word) \
                    and all(o.type == "Place" and not o.canonical for o in _overlapping(out, m.start - len(word) - 1, m.start)):
                out = _grown_by(text, out, m, word)
        # "Newfoundland and" + "Labrador Hydro", "Trinidad and" + "Tobago Electricity Commission": a body named after
        # a place whose name holds "and".
        for m in [m for m in out if m.type == "Organization" and not m.canonical and " " in m.text]:
            before = re.search(r"(?<![\w'’-])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) and $", text[max(0, m.start - 40):m.start])
            words = m.text.split()
            if before and any(places.is_place_name(f"{before.group(1)} and {' '.join(words[:k])}") for k in range(1, len(words))):
                start = m.start - len(before.group(0))
                out = [o for o in out if not (start <= o.start and o.end <= m.start)]
                out[out.index(m)] = Mention(start, m.end, text[start:m.end], "Organization", rule="org-rule")
        # "Yamuna Expressway" + "Industrial Development Authority": a body's name of everyday words,
        # which the gazetteer knows as one body's other name, is another's when capitalised words open it.
        # (Not "Japan's NEC Corporation", nor a heading's "About Telecom Egypt".)
        def opens_name(word: str, at: int) -> bool:
            low = word.lower()
            return low not in _STOPWORDS and not re.search(r"['’]", word) and not _demonym(word) \
                and not (low in places.everyday_words() and _sentence_start(text, at) == at)
        for m in [m for m in out if m.canonical and m.type == "Organization" and " " in m.text
                  and all(w.istitle() and w.lower() in places.everyday_words() for w in m.text.split())]:
            while (before := _NAME_WORD_BEFORE.search(text[max(0, m.start - 30):m.start])) \
                    and opens_name(word := before.group(1), m.start - len(word) - 1):
                out = _grown_by(text, out, m, word)
                m = next(o for o in out if o.end == m.end and o.start == m.start - len(word) - 1)
        # "Siam" + "Vertex Data Centers Co., Ltd.": a word the model left off a name that the text
        # writes with it elsewhere ("Siam Vertex Data Centers", "Siam Vertex"), even a place's name.
        for m in [m for m in out if m.type == "Organization" and not m.canonical]:
            before = _NAME_WORD_BEFORE.search(text[max(0, m.start - 30):m.start])
            if before and before.group(1).lower() not in _STOPWORDS and any(
                    o.type == "Organization" and o.text.startswith(f"{before.group(1)} {m.text.split()[0]}") for o in out):
                out = _grown_by(text, out, m, before.group(1))
        # "Ministry of Economic Affairs" + "and Communications", "Ministère de l'Économie" + ", de
        # l'Innovation et de l'Énergie": a ministry's portfolio goes on (and a ministry the
        # gazetteer knows by the first words is another country's).
        for m in [m for m in out if self._MINISTRY_OF.match(m.text)]:
            more = self._MORE_PORTFOLIO.match(text, m.end)
            if more and not _overlapping(out, m.end, more.end()):
                out[out.index(m)] = Mention(m.start, more.end(), text[m.start:more.end()], "Organization", rule="org-rule")
        # "Sindh" + "Board of Investment": a public body's name lost the place that opens it
        # (and is then not the body the gazetteer knows by the bare words).
        for m in [m for m in found if m.type == "Organization" and m.text.split()[0].lower() in self.agency_heads]:
            place = next((o for o in out if o.type == "Place" and o.end + 1 == m.start and text[o.end] == " "), None)
            if place:
                out.remove(place)
                out[out.index(m)] = Mention(place.start, m.end, text[place.start:m.end], "Organization", rule="org-rule")
        # "Stord" + "kommune", "Sundsvall" + "municipality": a place's name with the word for its
        # municipality in lower case after it is the municipal body.
        for m in [m for m in out if not m.canonical and m.type in ("Place", "Organization")]:
            more = re.match(r" (?:kommune|kommun|municipality|gemeente|gmina|commune)\b", text[m.end:])
            if more and not _overlapping(out, m.end, m.end + more.end()):
                out[out.index(m)] = Mention(m.start, m.end + more.end(), text[m.start:m.end + more.end()], "Organization", rule="org-rule")
        # "Piteå" + "-Tidningen": a name the tokenizer cut at a hyphen goes on to the capitalised word after it.
        for m in [m for m in out if m.type == "Organization" and not m.canonical]:
            more = re.match(r"-[^\W\d_][\w'’]*", text[m.end:])
            if more and more.group(0)[1].isupper() and not _overlapping(out, m.end, m.end + more.end()):
                out[out.index(m)] = Mention(m.start, m.end + more.end(), text[m.start:m.end + more.end()], "Organization", rule=m.rule)
        # "Yunhai Digital (Cambodia) Co., Ltd.": a unit named by its country in brackets before
        # its legal form.
        for m in [m for m in out if m.type == "Organization" and not m.canonical]:
            unit = self._COUNTRY_UNIT.match(text, m.end)
            words = unit.group(2).split(" ") if unit and places.is_place_name(unit.group(1)) else []
            form = next((" ".join(words[:n]).rstrip(",") for n in range(len(words), 0, -1)
                         if _has_legal_form("X " + " ".join(words[:n]).rstrip(","))), None)
            if form:
                end = unit.start(2) + len(form)
                for o in _overlapping(out, m.end, end):
                    out.remove(o)
                out[out.index(m)] = Mention(m.start, end, text[m.start:end], "Organization", rule="org-rule")
        for m in [m for m in out if not m.canonical and (m.type == "Organization" or m.text.split()[-1].lower() in self.heads)]:
            end = m.end
            while True:
                hit = self._FOREIGN_TAIL.match(text, end)
                if hit and self._home_after(text[m.start:end], text[end:hit.end()]):
                    break  # "Istmo Fibra S.A. of Panama City", "Redwood Crest Capital of the United States": its home
                if not hit:
                    hit = self._HEAD_TAIL.match(text, end)
                    if not hit or hit.group(1).lower() not in heads:
                        break
                inside = [o for o in _overlapping(out, end, hit.end()) if o is not m]
                if any(o.start < end or o.end > hit.end() or o.type == "Person" or (o.canonical and o.type != "Place") for o in inside):
                    break
                for o in inside:
                    out.remove(o)
                end = hit.end()
            start = m.start
            # "Thamesgate" + "Digital Ltd": a name that starts with a company word lost the
            # word before it.
            before = re.search(r"(?<![\w'’-])([A-Z][\w&'’-]+)[ ]$", text[max(0, m.start - 40):m.start])
            if (m.type == "Organization" and before and m.text.split()[0].lower() in _company_words()
                    and before.group(1).lower() not in _STOPWORDS and not self._surely_place(before.group(1))
                    and not any(o.start < m.start and m.start - len(before.group(0)) < o.end for o in out if o is not m)):
                start = m.start - len(before.group(0))
            if end > m.end or start < m.start:
                name = text[start:end].rstrip(".") if not text[start:end].endswith((" Inc.", " Co.", " Ltd.")) else text[start:end]
                out[out.index(m)] = Mention(start, start + len(name), name, "Organization", rule="org-rule")
        return out

    def _home_after(self, name: str, tail: str) -> bool:
        """Whether "of" and a place after a company's name tell where it is from: after a legal
        form or a word that ends private companies' names, not a public one's ("Electric
        Networks of Armenia", "Sovereign Fund of Egypt")."""
        place = re.fullmatch(r"[ ]+of[ ]+(?:the[ ]+)?(.+)", tail)
        return bool(place) and self._surely_place(place.group(1)) and (
            _has_legal_form(name) or name.split()[-1].lower() in self.private_company_heads)

    @staticmethod
    def _trim_connective(text: str, m: Mention) -> Mention:
        cut = re.search(r"\s+(?:and|of|for|&)$", m.text)
        if not cut:
            return m
        return Mention(m.start, m.end - len(cut.group(0)), m.text[:len(m.text) - len(cut.group(0))], m.type, m.canonical, m.rule)

    def _add_rule_mentions(self, doc: Doc, full: str, found: list[Mention]) -> list[Mention]:
        for s, e in self._rule_spans(doc):
            span = doc[s:e]
            start, end = _clean(full, span.start_char, span.end_char)
            text = full[start:end]
            if self._junk(text, "ORG") or text.lower() in self.not_entities or self._portfolio(full, start, end, "ORG"):
                continue
            clashing = [m for m in found if m.start < end and start < m.end]
            words = text.split()
            if _named_like_place(text) or (
                    words[-1] in _ADMIN_KINDS and places.is_place_name(" ".join(words[:-1]))):  # "Potosí department"
                # "Oita Prefecture", "Ellis County": an administrative area, not its administration.
                if not clashing:
                    found.append(Mention(start, end, text, "Place", rule="known-place"))
                continue
            # The rule wins over shorter ORG or NORP-like pieces of the same name, never over
            # a gazetteer name or a person.
            def yields(m: Mention) -> bool:
                # "Communications Authority of Kenya" swallows "Kenya"; a name never swallows
                # a person, a gazetteer organisation, or a place it starts with.
                if m.type == "Place":
                    # …unless two words or more follow it: "Pakistan Stock Exchange", "Israel Land Authority".
                    return (start < m.start or len(text[m.end - start:].split()) >= 2 and not re.search(r"\s(?:and|&)\s", text)) \
                        and m.end <= end
                if m.type == "Person" and " " not in m.text and m.start == start and m.end < end:
                    return m.rule != "gazetteer"  # "Kaba town council": one word taken for a person is the town
                if m.type == "Person" and start <= m.start and m.end < end and _has_legal_form(text):
                    return True  # "Varmaveita Vestfjarða hf.", "PEN Datová centra s.r.o.": no person has a legal form
                if m.type == "Person" and start < m.start and m.end <= end and text.split()[0].lower().rstrip(".") in self.suffixes:
                    return True  # "PT Lintas Samudra Batang": nor is a name led by one a person's
                if m.type == "Person" and start < m.start and m.end == end and text.split()[0] in self.org_first_words \
                        and not names.is_given_name(m.text.split()[0]):
                    return True  # …nor one a word for a body leads, unless it ends on a given name: "Bank Gospodarstwa Krajowego"
                if m.type == "Person" and m.end == end and words[0].lower() in self.of_heads \
                        and re.fullmatch(r"\w+ of (?:the )?", full[start:m.start]):
                    return True  # …nor what follows "Municipality of": "the Municipality of Bahía Blanca"
                if m.rule == "gazetteer" and (m.canonical or "").startswith("The ") and m.start == start and m.end < end:
                    return True  # "The National Regulatory Agency" is not the newspaper The National
                return m.rule != "gazetteer" and m.type != "Person" and (m.end - m.start) < (end - start)

            # "Safaricom Telecommunications Ethiopia PLC": a known company's name that a legal
            # name continues is a unit of that company.
            parent = next((m for m in clashing if m.rule == "gazetteer" and m.type == "Organization"
                           and m.start == start and m.end < end), None)
            unit = parent is not None and text.split()[-1].lower().rstrip(".") in self.suffixes
            if not all(yields(m) or unit and m is parent for m in clashing):
                continue
            found = [m for m in found if m not in clashing]
            found.append(Mention(start, end, text, "Organization", rule=f"unit:{parent.canonical}" if unit else "org-rule"))
        return found

    _BASED_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’]+(?: [A-Z][\w'’]+)?-based ((?:[A-Z][\w'’&-]*\s){0,3}[A-Z][\w'’&-]*)(?=[\s,;:.)])")

    def _based_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Sydney-based Tasman Hyperscale abandoned…": capitalised words after a place's
        "-based" name an organisation, when nothing found names one there (not an acronym for
        what it does: "Sydney-based GPU cloud firms")."""
        out = list(found)
        for m in self._BASED_NAME.finditer(text):
            start, end = m.span(1)
            words = m.group(1).split()
            clashing = _overlapping(out, start, end)
            if len(words) == 1 and words[0].isupper() or any(c.type == "Organization" for c in clashing) \
                    or names.is_given_name(words[0]) and not any(w.lower() in _company_words() for w in words):
                continue
            out = [c for c in out if c not in clashing] + [Mention(start, end, m.group(1), "Organization", rule="org-rule")]
        return sorted(out, key=lambda m: m.start)

    def _add_units(self, text: str, found: list[Mention]) -> list[Mention]:
        """"tiktok UK", "Microsoft Ireland Operations Ltd": an organisation's name followed by
        a place (and a legal suffix) names a unit of it."""
        out = []
        ordered = sorted(found, key=lambda m: m.start)
        skip = set()
        for i, m in enumerate(ordered):
            if i in skip:
                continue
            nxt = ordered[i + 1] if i + 1 < len(ordered) else None
            if m.type == "Organization" and (nxt is None or text[m.end:nxt.start] != " "):
                # "AEP Ohio": a country's or region's name the model did not mark.
                after = re.match(r" ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b", text[m.end:m.end + 40])
                if after and self._is_region_name(after.group(1)) and not (nxt and nxt.start < m.end + after.end()):
                    nxt = Mention(m.end + 1, m.end + after.end(), after.group(1), "Place", rule="known-place")
            if (m.type == "Organization" and nxt is not None and nxt.type == "Place"
                    and text[m.end:nxt.start] == " "):
                end = nxt.end
                tail = re.match(r"(?:\s+(?:Operations|Holdings|Services|Technologies|Data Centres?|Data Centers?|Cloud))*(?:\s+(?:Ltd|Limited|Inc|GmbH|plc|LLC|BV|B\.V\.|SAS|Pty Ltd|Pte Ltd|Sdn Bhd)\.?)?", text[end:end + 80])
                if tail:
                    end += len(tail.group(0).rstrip("."))
                unit = Mention(m.start, end, text[m.start:end], "Organization", rule=f"unit:{m.canonical or m.text}")
                out.append(unit)
                skip.add(i + 1)
                continue
            out.append(m)
        return out

    def _full_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Randery" said…: find "Tanuja Randery" where the model saw no name, so the
        surname has a full name to resolve to."""
        taken = [(m.start, m.end) for m in found]
        extra = []
        singles = {m.text for m in found if " " not in m.text and not m.canonical and m.type != "Place" and not _is_acronym(m.text)}
        if not singles:
            return found
        # One pattern for all the surnames: a regex per name would churn re's cache.
        for hit in re.finditer(rf"\b([A-Z][\w'’-]+) (?:{words_pattern(singles)})\b", text):
            s, e = hit.span()
            if names.is_given_name(hit.group(1)) and hit.group(1).lower() not in self.word_names \
                    and not any(s < te and ts < e for ts, te in taken if not (ts == s + len(hit.group(1)) + 1)):
                extra.append(Mention(s, e, hit.group(0), "Person"))
                taken.append((s, e))
        if not extra:
            return found
        # The full name replaces a bare surname mention at the same place.
        covered = [(m.start, m.end) for m in extra]
        return [m for m in found if not any(s <= m.start and m.end <= e for s, e in covered)] + extra

    @cache
    def _speaker_pattern(self) -> re.Pattern:
        titles = load("titles.json")
        posts = {h.split()[0] for h in titles["heads"] + titles["abbreviation_heads"] + titles["government_heads"]}
        posts |= {"analyst", "spokesperson", "spokeswoman", "spokesman", "mayor", "governor", "councillor", "economist",
                  "researcher", "professor", "engineer", "manager", "member"}
        return re.compile(
            # (…or an initial before the name: "B. Enkhbold said", "CEO Ts. Ganbold said")
            rf"(?<![\w'’.-])((?!(?:Mr|Dr|Ms|St|Mt|Co|No)\.)[A-Z][a-z]?\.|{_CAP}[^\W\d_]+(?:-{_CAP}[^\W\d_]+)?)((?: +(?:{_PARTICLES})?{_CAP}[\w'’-]+){{1,2}})"
            # (…a post capitalised or not, with its modifiers: ", Group Chief Executive Officer of")
            rf"(?=\s*,\s+(?:(?:a|an|the|its)\s+)?(?i:(?:(?:{_POST_MODIFIERS})[ -])*(?:co-|vice-?\s*)?(?:{words_pattern(posts)}))\b"
            r"|\s*,\s+who\s"
            r"|\s+(?:said|says|told|added|explained|noted|stressed|argued|warned)\b)")

    # A capitalised post, with its portfolio: "Deputy Minister of Digital Affairs".
    _CAPITALISED_POST = (
        r"\b(?:Chief Executive(?: Officer)?|(?:(?:Deputy|Vice|Prime|Chief|Managing|Executive) )?(?:Minister|Secretary|President|Mayor|Governor|Councill?or|Cllr\.?|"
        r"Chairman|Chairwoman|Director|CEO|CFO|Commissioner|Premier|Senator|Ambassador|Rector|Dean|Vice-Chancellor|Provost))"
        r"(?: (?:of|for) (?:the )?(?:[A-Z][\w-]*|and|&)(?:,? (?:[A-Z][\w-]*|and|&|of|the)){0,6})?")
    _TITLE_BEFORE = re.compile(_CAPITALISED_POST + " $")

    @cache
    def _post_before(self) -> re.Pattern:
        """A post in lower case, right before a name: "Fynbos's chief technology officer, ",
        "SSCC chief executive ", or with what it is of: "the mayor of Nikšić, "; or a capitalised
        one and a comma: "Commissioner for Innovation, Science and Technology, "."""
        return re.compile(rf"(?<![\w-])(?:(?:co-|vice-)?(?:{self._posts()})(?:\)?,?|\s+of\s+{_CAP}[\w'’-]+(?:\s+{_CAP}[\w'’-]+){{0,2}},"
                          # (…"Deputy mayor for economic development at the Statutory City of Plzeň, ")
                          rf"|\s+for\s+[a-z][a-z ]{{0,40}}?\s+(?:at|of)\s+(?:the\s+)?{_CAP}[\w'’-]+(?:\s+(?:of\s+)?{_CAP}[\w'’-]+){{0,3}},)\s+"
                          rf"|{self._CAPITALISED_POST}\s*[,:：]\s+)$")  # (…"President: "; "ordfører (mayor) ")

    @cache
    def _post_after(self) -> re.Pattern:
        """A post after a name: the one it holds (", secretary-general of", ", a telecoms
        consultant at", ", Oracle's managing director") or is hired, named or appointed as
        (" as chief technology officer")."""
        return re.compile(rf"(?:\s*,\s+(?:(?:a|an|the|its|our)\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}(?:'s|’s)\s+)?"
                          rf"(?:(?!(?:whose|which|who|where|that)\b)[a-z-]+(?:'s|’s)?\s+){{0,3}}?"
                          rf"|\s+as\s+(?:(?:our|its|the|their|a|an)\s+)?"
                          rf"(?:(?:new|interim|acting)\s+)?)(?i:(?:(?:{_POST_MODIFIERS})[ -])*(?:{self._posts()}))\b")

    @staticmethod
    def _posts() -> str:
        return rf"{words_pattern(load('titles.json')['heads'])}|chief (?:[a-z-]+ ){{1,3}}officer"

    _NAME_AT = re.compile(rf"({_CAP}[^\W\d_]+(?:-{_CAP}[^\W\d_]+)?)((?: +(?:{_PARTICLES})?{_CAP}[\w'’-]+){{1,2}})(?=\s+[a-z]|[,.;:]|\s+\()")
    # …or closing a bracket after a post and a colon: "(headquarters: Toyama city, President: Hayashi Tomoko)".
    _NAME_AFTER_COLON = re.compile(rf"(?<=[:：] )({_CAP}[^\W\d_]+(?:-{_CAP}[^\W\d_]+)?)((?: +{_CAP}[\w'’-]+){{1,2}})(?=\))")

    def _speakers(self, text: str, found: list[Mention]) -> list[Mention]:
        """People the model did not see, where news makes them speak, gives their post or
        describes them: "Juliana Restrepo, president of ProColombia", "Sanjay Mehrotra said",
        "Deputy Minister of Digital Affairs Tomasz Wrona assessed", "Eamonn Sinnott, who ran"."""
        extra: list[Mention] = []
        pattern = self._speaker_pattern()
        # Tried at every capital, not once per match: "Then Sanjay Mehrotra said" fails on
        # "Then" and must be tried again at "Sanjay".
        post_before, post_after = self._post_before(), self._post_after()
        for capital in re.finditer(r"(?<![\w'’-])[^\W\d_]", text):
            if not capital.group().isupper():  # (any capital: "Ömer Faruk Yıldız")
                continue
            hit = pattern.match(text, capital.start())
            post = self._TITLE_BEFORE.search(text, max(0, capital.start() - 90), capital.start())
            if post and not hit:
                hit = self._NAME_AT.match(text, capital.start())  # "Deputy Minister of Digital Affairs Tomasz Wrona assessed"
            # A name no list knows, after a capitalised post, is the run's last two words right after
            # the post or its portfolio's last word ("… and Innovation Kagiso Mothibi said"), never
            # the portfolio's own ("… and Digital Innovation, at").
            titled = bool(post and hit) and (len(hit.group(0).split()) == 2 or len(hit.group(0).split()) == 3 and names.is_given_name(hit.group(1))) \
                and not re.search(r"(?:\band|\bof|\bfor|\bthe|,)\s+$", post.group(0)) \
                and bool(re.match(r"\s+[a-z]|,", text[hit.end():hit.end() + 2])  # "… Kagiso Mothibi said", not "CEO of Scala Data Centers."
                         or text[hit.end():hit.end() + 1] == "." and names.is_given_name(hit.group(1)))  # (…but "… Technology Ömer Faruk Yıldız.")
            # "Ajani's chief operating officer, Tolu Bakare, said", "Somchai Rattanakul, secretary-
            # general of the BOI", "we hired Fatou Diallo as chief technology officer", "Minister of
            # Communications and Innovation Kagiso Mothibi said": a name set beside a post is a
            # person's, whether or not the list of given names knows it.
            if hit:
                after_post = bool(post_before.search(text, max(0, capital.start() - _POST_REACH), capital.start()))
                posted = titled or after_post or bool(post_after.match(text, hit.end()))
            else:
                after_post = False
                hit = self._NAME_AT.match(text, capital.start()) or self._NAME_AFTER_COLON.match(text, capital.start())
                posted = bool(hit) and bool(post_before.search(text, max(0, capital.start() - _POST_REACH), capital.start())
                                            or post_after.match(text, hit.end()))
                hit = hit if posted else None
            if not hit:
                continue
            s, e = hit.span()
            last = hit.group(2).split()[-1]
            if last.lower() in _company_words() or last.lower() in _body_words() \
                    or hit.group(1).lower() in self.word_names or hit.group(1).lower() in _STOPWORDS:
                continue  # (not "the Vientiane Capital Administration, Vice Mayor …")
            if not (posted or names.is_given_name(hit.group(1)) or hit.group(1).endswith(".")):
                continue
            if self._portfolio(text, s, e, "ORG") and re.search(r"[A-Z][\w-]*,\s+$", text[max(0, s - 40):s]) \
                    and re.match(r",\s+[A-Z]|\s+(?:and|&)\s+[A-Z]", text[e:e + 6]):
                continue  # (a portfolio the list goes on from: "Minister of Tourism, Economic Affairs, Traffic and…")
            # Nobody's name here yet, or this very name or a part of it taken for a place
            # ("Juliana Restrepo" or "Kamminga" a GPE) — or, after a post, for a company: the
            # speaker is a person, and stays one when the name looks like a place's ("Pieter
            # de Wet" like "Valle de Uco").
            kinds = ("Place", "Organization") if posted else ("Place",)
            if titled:
                # "Rector of the University of Latvia Gints Ozoliņš": the model's organisation
                # ran on into the name after it — the organisation the text names on its own.
                orgs = {m.text for m in found if m.type == "Organization"}
                found = [Mention(m.start, s - 1, text[m.start:s - 1], m.type, m.canonical, m.rule)
                         if m.type == "Organization" and m.start < s < m.end <= e and text[m.start:s - 1] in orgs else m
                         for m in found]
            # (…but not a big place the name is: "in Johor Bahru, Menteri Besar NAME said")
            same = _overlapping(found, s, e)
            if any(m.type == "Place" and (m.start, m.end) == (s, e) and self._surely_place(m.text) for m in same):
                continue
            # (The surname alone, the model's person, is this person's too: "CFO Dilhani Perera";
            # right after a post, any end of the name: "director Do Thanh Hai".)
            if all(s <= m.start and m.end <= e and not m.canonical and (m.type in kinds or (m.start, m.end) == (s, e)
                                                                         or m.type == "Person" and m.start > s and m.end == e
                                                                         and (" " not in m.text or after_post or titled)
                                                                         or m.type == "Person" and m.start == s and after_post)  # (…or its start: "mayor Solveig Kvinnsland Eide of")
                   for m in same) \
                    and not _overlapping(extra, s, e):
                found = [m for m in found if m not in same]
                extra.append(Mention(s, e, hit.group(0), "Person", rule="speaker"))
        return found + extra

    # (…"Gyeonggi Provincial Government" too, but "Lagos State" is the state's name.)
    _GOVERNMENT = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?((?:[A-Z][\w'’-]+\s+){0,2}?[A-Z][\w'’-]+)\s+"
                             r"(?:(?:state|(?i:provincial|prefectural|federal|national|regional|central))\s+)?[Gg]overnment\b")

    def _governments(self, text: str, found: list[Mention]) -> list[Mention]:
        """"the Manitoba government", "the Kenyan government", "Querétaro state government":
        the government of a country or region, named as the officials' roles name it."""
        out = list(found)
        for hit in self._GOVERNMENT.finditer(text):
            words = hit.group(1).split()
            k = next((k for k in range(len(words)) if _government_place(" ".join(words[k:]))), None)
            if k is None:
                continue
            s, e = hit.start(1) + len(" ".join(words[:k])) + (1 if k else 0), hit.end()
            inside = _overlapping(out, hit.start(), e)
            # Whatever the model made of the place's name ("Querétaro" a person) gives way.
            if any(m.start < hit.start() or m.end > e or m.type == "Person" and not places.is_place_name(m.text) for m in inside):
                continue
            out = [m for m in out if m not in inside]
            out.append(Mention(s, e, text[s:e], "Organization", rule="org-rule"))
        return out

    _TOWN_HALL = re.compile(
        r"(?<![\w'’-])(?:(?:City|Town|Village|Borough) of |(?:Ville|Mairie|Commune) (?:de |d['’]))(?P<a>[A-Z][\w'’-]+(?:[ /-]"
        r"(?!(?:Mayor|Deputy|Councill?or|Council(?:wo)?man|Alderman|Reeve|Manager|Clerk|Administrator)\b)[A-Z][\w'’-]+){0,2})"  # (not "Town of Olds Mayor")
        r"|(?<![\w'’-])(?P<b>[A-Z][\w'’-]+(?:[ /-][A-Z][\w'’-]+){0,2}) (?:City|Town|city|town) [Hh]all\b(?! meeting)")

    def _holders_after_posts_of(self, text: str, found: list[Mention]) -> list[Mention]:
        """"says the managing director of Kirkkonummen Kaukolämpö Sari Aaltonen", "the city manager
        of Hamina Antti Kuusela", as a translation words it: the post-holder's name run on after
        where the post is held is a person's."""
        out = []
        for m in found:
            words = m.text.split(" ")
            post = re.search(r"\b([a-z]+(?: [a-z]+)?) of (?:the )?$", text[max(0, m.start - 40):m.start])
            if (m.type != "Person" and not m.canonical and len(words) >= 3 and post
                    and (post.group(1) in self.titles or post.group(1).split()[-1] in self.titles)
                    and names.is_given_name(words[-2]) and re.fullmatch(r"[A-Z][\w'’-]+", words[-1])
                    and not _ends_on_company_word(m.text) and not _has_legal_form(m.text) and not places.is_place_name(m.text)):
                head = " ".join(words[:-2])
                cut = m.start + len(head)
                out += [Mention(m.start, cut, head, "Place" if places.is_place_name(head) else "Organization", rule=m.rule),
                        Mention(cut + 1, m.end, text[cut + 1:m.end], "Person")]
                continue
            out.append(m)
        return out

    _HOME_KIND_NAME = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) ((?:[a-z][a-z-]+ ){1,3})([A-Z][\w'’-]+(?: \S+)*)")

    def _split_home_and_kind(self, found: list[Mention]) -> list[Mention]:
        """"Monterrey conglomerate Grupo Alcázar" taken as one name: the company's home, a word of
        what it is, then its name — a place and a company."""
        out = []
        for m in found:
            hit = self._HOME_KIND_NAME.fullmatch(m.text) if m.type == "Organization" and not m.canonical else None
            # (…the longest place the name opens on: not "Dar es Salaam Institute of Technology")
            if hit and not set(hit.group(2).split()) & _JOINING_WORDS \
                    and self._leading_name(m.text.split(" ")[:-1], places.is_place_name) == hit.group(1):
                name_at = m.start + hit.start(3)
                out += [Mention(m.start, m.start + hit.end(1), hit.group(1), "Place", rule="known-place"),
                        Mention(name_at, m.end, hit.group(3), "Organization", rule=m.rule)]
                continue
            out.append(m)
        return out

    @staticmethod
    def _split_company_and_person(found: list[Mention]) -> list[Mention]:
        """"The deputy general manager of Xinhe Li Wenjun": a person's name the model ran on from the
        first word of a company the text names ("Xinhe Communication Technology"), no given name —
        the company's short name, then the person."""
        out = []
        for m in found:
            first, _, rest = m.text.partition(" ")
            person = Mention(m.end - len(rest), m.end, rest, "Person", rule=m.rule)
            if m.type == "Person" and len(rest.split(" ")) >= 2 and not names.is_given_name(first) \
                    and EntityResolver._person_form(person) \
                    and any(o.type == "Organization" and o.text.startswith(first + " ") and (o.end <= m.start or m.end <= o.start)
                            for o in found):
                out += [Mention(m.start, m.start + len(first), first, "Organization", rule="propagated"), person]
                continue
            out.append(m)
        return out

    def _town_halls(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Soroca City Hall", "City of Chandler", "Ville d'Alma", "Sainte-Marie town hall": the
        body that runs a town, one organisation, not the town and a stray word beside it."""
        out = list(found)
        for hit in self._TOWN_HALL.finditer(text):
            s, e = hit.span()
            e -= 2 if text[s:e].endswith(("'s", "’s")) else 0  # "City of Salaberry-de-Valleyfield's"
            if hit.group("a") and not places.is_place_name(hit.group("a")):
                # "Mayor of the City of Oulu Sanna Heikkilä": the town's body, then the mayor's name.
                words = hit.group("a").split(" ")
                cut = next((i for i in range(1, len(words) - 1) if names.is_given_name(words[i])
                            and places.is_place_name(" ".join(words[:i]))), None)
                if cut:
                    e = hit.start("a") + len(" ".join(words[:cut]))
                    run_on = [m for m in _overlapping(out, s, hit.end("a")) if m.start >= s - 4 and m.end <= hit.end("a")]
                    out = [m for m in out if m not in run_on] + [
                        Mention(s, e, text[s:e], "Organization", rule="org-rule"),
                        Mention(e + 1, hit.end("a"), text[e + 1:hit.end("a")], "Person")]
                    continue
            # (Not part of a longer name, "City of Mesa Planning Department", nor a known organisation.)
            out = _take_span(out, Mention(s, e, text[s:e], "Organization", rule="org-rule"), keep=lambda m: m.canonical and m.type != "Place")
        return out

    @cache
    def _employer_pattern(self) -> re.Pattern:
        titles = load("titles.json")
        government = set(titles["government_heads"])
        posts = {h.split()[-1] for h in titles["heads"] + titles["abbreviation_heads"] if h not in government}
        posts |= {"analyst", "spokesperson", "spokeswoman", "spokesman", "economist", "researcher", "member", "engineer"}
        posts -= {"minister", "secretary", "commissioner", "undersecretary", "state"}
        # Words may hold dots ("S.A.") but a full stop ends the name: it ends the sentence.
        word = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
        name = rf"{word}(?:(?: +(?:of|for|and|&|de|du|do|da|del) +| +){word})*\.?"
        return re.compile(
            rf"(?:\s*,\s+|\s+as\s+)(?:(?:a|an|the|its|new)\s+)?(?:[\w-]+\s+){{0,4}}?(?i:{words_pattern(posts)})"
            r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?(?=\s+at\s))?\s+(?:at|of|with)\s+"
            # (…with the firm's home and kind first: "at Monterrey brokerage Valores del Norte")
            rf"(?:the\s+)?(?:(?P<home>{word}(?:\s+{word})?)(?:-based)?\s+(?=(?:[a-z-]+\s+){{0,2}}?(?:{_FIRM_KINDS})\s+[A-Z]))?"
            rf"(?:[a-z-]+\s+){{0,3}}?(?:[A-Z][\w'’]*-based\s+)?(?P<employer>{name})")  # (not its home: "of UK-based X")

    def _employers(self, text: str, found: list[Mention]) -> list[Mention]:
        """The organisation in "NAME, a director at telecoms consultancy Africa Analysis",
        "NAME, Managing Director of Invest Lithuania", "NAME, head of research at X":
        whatever the model made of its words ("Africa" a place), the whole name after a
        person's post is an organisation's — unless it is a place ("governor of Lagos")."""
        out = list(found)
        for person in [m for m in found if m.type == "Person"]:
            # After the person ("NAME, a director at ORG") or before ("the general manager of ORG, NAME").
            hit = self._employer_pattern().match(text, person.end)
            if hit and hit.group("home") and not self._surely_place(hit.group("home")):
                hit = None  # (a name, not a home: "at Acme Data firm X" is no such thing)
            if hit:
                s, e = hit.span("employer")
            else:
                window = max(0, person.start - 120)
                hit = self._EMPLOYER_BEFORE.search(text, window, person.start) or self._company_post_before().search(text, window, person.start)
                if not hit or hit.re is not self._EMPLOYER_BEFORE and not (
                        " " in hit.group(1) and hit.group(1).split()[-1].lower() in _company_words() | {"centres", "centers"}
                        and not {w.lower() for w in hit.group(1).split()} & self.title_words
                        or any(m.type == "Organization" and m.text == hit.group(1) for m in found)):
                    continue  # (a company's name: not "Kenya's ICT Cabinet Secretary NAME", "Managing Director NAME")
                s, e = hit.span(1)
            name = text[s:e]
            if name.endswith(".") and name.rsplit(" ", 1)[-1].lower() not in self.suffixes:
                name, e = name[:-1], e - 1  # the sentence's full stop, not "Inc."
            if name.endswith(("'s", "’s")):
                name, e = name[:-2], e - 2  # "chairman of JDI's board": JDI's
            # "Chairman of Golden Padauk Group U Aung Kyaw Moe", "CEO of CPDI Mr. Pornchai": the
            # next person's name, or the honorific before it, ends the organisation's.
            stop = min([m.start for m in found if m.type == "Person" and s < m.start < e and names.is_given_name(m.text.split()[0])]
                       + [s + w.start() for w in re.finditer(r"(?<= )[A-Z][\w.]*", name) if w.group(0).lower().rstrip(".") in self.honorifics], default=None)
            if stop is not None:
                name = text[s:stop].rstrip(" ,")
                e = s + len(name)
            covered = re.search(r" for ([A-Z].*)$", name)
            if covered and places.is_place_name(covered.group(1)) and name.split()[0].lower() not in self.of_heads:
                name, e = name[:covered.start()], e - len(covered.group(0))  # "general director of Stratolyne for Mexico"
            owner = _OWNER.match(name)
            if owner and places.is_place_name(owner.group(1)):
                # "head of San Luis Potosí's Secretariat of Economic Development": the body, and the place whole.
                place_end = s + len(owner.group(1))
                out = [m for m in out if not (m.start < place_end and s < m.end)]
                out.append(Mention(s, place_end, owner.group(1), "Place", rule="known-place"))
                name, s = name[owner.end():], s + owner.end()
            local_post = re.search(r"(?i)\b(?:mayor|governor|premier|councill?or|reeve|prefect)\b", text[hit.start():s])
            town = local_post and not any(w.lower() in self.heads or w.lower() in _company_words() for w in name.split())
            if self._surely_area(name) or town or name.lower() in _rules()["departments"] or name.lower() in self.not_entities:
                continue  # "governor of Lagos", "Mayor of Edmundston", "Director of Communications", "Head of Government"
            inside = _overlapping(out, s, e)
            if any(m.start < s or m.end > e or (m.canonical and m.type != "Place") for m in inside) \
                    or any((m.start, m.end) == (s, e) and m.type == "Organization" for m in inside):
                continue  # the gazetteer knows this organisation, or the model found this very name
            for m in inside:
                out.remove(m)
            out.append(Mention(s, e, name, "Organization", rule="org-rule"))
        return out

    @cache
    def _company_post_before(self) -> re.Pattern:
        """"Savanna Compute CEO NAME", "Kestrel's chief operating officer NAME": a company's name
        right before a corporate post and the person."""
        titles = load("titles.json")
        posts = words_pattern([h for h in titles["heads"] if h not in titles["government_heads"]] + titles["abbreviation_heads"])
        return re.compile(rf"(?<![\w'’-])([A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){{0,3}})(?:['’]s?)?[ ](?i:{posts})[ ]+$")

    _EMPLOYER_BEFORE = re.compile(
        r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,3}?(?:president|director|manager|chairman|chairwoman|chairperson|chair|head|founder|"
        r"chief executive|chief executive officer|general manager|managing director|spokesperson|spokeswoman|spokesman|wójt)"
        r"\s+(?:of|at)\s+(?:the\s+)?(?:[a-z][a-z'’-]*\s+){0,2}?([A-Z][\w&'’-]*(?:(?: +(?:of|for|and|&|de|du|do|da|del) +| +)[A-Z][\w&'’-]*)*),\s+$")

    def _propagate(self, text: str, found: list[Mention]) -> list[Mention]:
        """Other occurrences of a name the text already uses, in any case: "Tiktok" found once
        makes every "tiktok" a mention too."""
        taken = [(m.start, m.end) for m in found]
        extra = []
        forms: dict[str, Mention] = {}
        for m in found:
            if m.type in ("Organization", "Person") and (len(m.text) >= 4 or _is_acronym(m.text)):
                forms.setdefault(m.text.lower(), m)
            # "Carmel Gateway's chief commercial officer" after "Carmel Gateway Ltd": a company's
            # name of two words or more without its legal form.
            bare = _without_legal_form(m.text) if m.type == "Organization" and not m.canonical else None
            if bare and " " in bare and not places.is_place_name(bare):
                forms.setdefault(bare.lower(), m)
        # "Vayu's CFO" after "Vayu Compute Private Limited": an unknown organisation's first
        # word, as an owner, is its short name.
        owners = {}
        for m in found:
            first = m.text.split()[0]
            if (m.type == "Organization" and not m.canonical and " " in m.text and len(first) >= 4 and first[:1].isupper()
                    and first.lower() not in _company_words() and not places.is_place_name(first) and not names.is_given_name(first)):
                owners.setdefault(first, m)
        for first, m in owners.items():
            for hit in re.finditer(rf"(?<![\w-]){re.escape(first)}(?='s\b|’s\b)", text):
                if not _overlapping(found, hit.start(), hit.end()):
                    found = found + [Mention(hit.start(), hit.end(), first, "Organization", rule="org-rule")]
        # "Lagoon Gate said" after "Lagoon Gate Digital Infrastructure Ltd": an unknown company's
        # name without the words that say what kind of company it is, standing alone.
        heads = set()
        for m in found:
            words = m.text.split() if m.type == "Organization" and not m.canonical else []
            while len(words) > 1 and words[-1].lower().rstrip(".,") in _company_words() | self.suffixes:
                words.pop()
            head = " ".join(words)
            if head != m.text and len(head) >= 4 and head[:1].isupper() and not head.isupper() and head.lower() not in _company_words() \
                    and not places.is_place_name(head) and not names.is_given_name(words[0]) and not any(w.lower() in _STOPWORDS for w in words):
                heads.add(head)
        for head in sorted(heads):
            for hit in re.finditer(rf"(?<![\w&'’-]){re.escape(head)}(?![\w&-])(?! [A-Z])", text):
                if _inside_longer_name(text, hit.start(), r"\s+"):
                    continue
                if not _overlapping(found, hit.start(), hit.end()):
                    found = found + [Mention(hit.start(), hit.end(), head, "Organization", rule="org-rule")]
                elif " " not in head:  # (…which the model took for a person's: "Havbris expects up to 350 workers")
                    found = [replace(m, type="Organization", rule="org-rule") if (m.start, m.end) == hit.span() and m.rule == "ner" else m
                             for m in found]
        # "Mensah, who has led the company since 2018" after "Efua Mensah": a person's surname,
        # standing alone, where the model saw no name — unless it is also some other name's word.
        other_words = {w for m in found if m.type != "Person" for w in m.text.split()}
        surnames = {words[-1] for m in found if m.type == "Person" and len(words := m.text.split()) > 1 and len(words[-1]) >= 4
                    and words[-1][:1].isupper() and words[-1] not in other_words and not places.is_place_name(words[-1])
                    and words[-1].lower() not in _company_words() and not names.is_given_name(words[-1])}
        for hit in _standing_alone(text, surnames):
            if not _overlapping(found, hit.start(), hit.end()):
                found = found + [Mention(hit.start(), hit.end(), hit.group(0), "Person", rule="propagated")]
        # A place named once is the same place wherever else it stands alone, written the same
        # way ("• Eldoret: a 1,200 kW facility" after "in Kisumu, Eldoret and Nakuru").
        org_words = {w for m in found if m.type == "Organization" for w in m.text.split()}
        place_forms = {m.text: m for m in found if m.type == "Place" and len(m.text) >= 4 and m.text[:1].isupper()
                       and places.is_place_name(m.text) and m.text not in org_words}
        for hit in _standing_alone(text, place_forms):
            s, e = hit.span()
            if not any(s < te and ts < e for ts, te in taken):
                source = place_forms[hit.group(0)]
                taken.append((s, e))
                extra.append(Mention(s, e, hit.group(0), "Place", source.canonical, "propagated"))
        # …and any place, known or not, where a park or zone is named after it ("the Ciaotou
        # Science Park" after "a substation in Ciaotou").
        towns = {m.text for m in found if m.type == "Place" and len(m.text) >= 4 and m.text[:1].isupper() and m.text not in org_words}
        if towns:
            for hit in re.finditer(rf"(?<![\w'’-])(?:{words_pattern(towns)}) (?={_PARK.pattern})", text):
                s, e = hit.start(), hit.end() - 1
                if not any(s < te and ts < e for ts, te in taken):
                    taken.append((s, e))
                    extra.append(Mention(s, e, text[s:e], "Place", None, "propagated"))
        if not forms:
            return found + extra
        inside: set[tuple[int, int]] = set()  # shorter names a longer one stands over: "Ghana" in "Nkwa Telecom Ghana"
        for hit in re.finditer(rf"(?<![\w-])(?:{words_pattern(forms)})(?![\w-])", text, re.IGNORECASE):
            s, e = hit.span()
            # (The match may differ in more than case: "DILOVASI" for "Dilovası", whose dotless ı is I in capitals.)
            source = forms.get(hit.group(0).lower()) or next(
                m for form, m in forms.items() if re.fullmatch(re.escape(form), hit.group(0), re.IGNORECASE))
            if _is_acronym(source.text) and hit.group(0) != source.text:
                continue
            under = [(ts, te) for ts, te in taken if s < te and ts < e]
            if any(ts < s or te > e or (ts, te) == (s, e) for ts, te in under) or under and " " not in source.text:
                continue
            inside.update(under)
            taken.append((s, e))
            # ("at Tunadal in Sundsvall" after the model's "the Tunadal campus": where the text
            # puts a name it only guessed to be an organisation's, it is found as a place is.)
            rule = "locative" if self._loose_guess(source) and self._locative(text, s, e) else "propagated"
            extra.append(Mention(s, e, hit.group(0), source.type, source.canonical, rule))
        return [m for m in found + extra if (m.start, m.end) not in inside]

    # -- grouping ---------------------------------------------------------------------------

    def group(self, mentions: list[Mention], text: str = "") -> list[_Group]:
        groups: dict[str, _Group] = {}
        key_of: dict[int, str] = {}
        for m in mentions:
            if m.canonical:
                key = f"g:{m.canonical}"
            elif m.type == "Place" and (place := places.lookup(m.text)):
                key = f"p:{place.name}"
            else:  # a name no index knows is one group whatever the model called each mention; the vote decides
                key = f"n:{_norm(m.text)}"
            g = groups.setdefault(key, _Group())
            g.mentions.append(m)
            key_of[id(m)] = key
            if m.canonical:
                g.canonical = m.canonical
        # "Ministry of Communication and Digital Affairs (Komdigi)": a name in brackets right
        # after an organisation's is another name for it; so is "Wu Yongming (Eddie Wu)" a
        # person's; and so are both of "(Société Centrafricaine de Télécommunications, SOCATEL)".
        keys = list(groups)
        linked = []
        ordered = sorted(mentions, key=lambda m: m.start)
        for i, (a, b) in enumerate(zip(ordered, ordered[1:])):
            if not (a.type == b.type and a.type in ("Organization", "Person")
                    and (self._bracketed(text[a.end:b.start]) if a.type == "Organization" else text[a.end:b.start].strip() == "(")):
                continue
            inside = [b]
            if a.type == "Organization" and i + 2 < len(ordered) and text[b.end:ordered[i + 2].start] == ", " \
                    and (ordered[i + 2].type == "Organization" or _is_acronym(ordered[i + 2].text)):
                inside.append(ordered[i + 2])
            if text[inside[-1].end:inside[-1].end + 1] == ")":
                linked.extend((keys.index(key_of[id(a)]), keys.index(key_of[id(m)])) for m in inside if key_of[id(a)] != key_of[id(m)])
        for hit in _TICKER.finditer(text):  # …and so is a company's ticker after its exchange
            company = next((m for m in reversed(ordered) if m.end <= hit.start() and m.type == "Organization"), None)
            ticker = next((m for m in ordered if (m.start, m.end) == hit.span("short")), None)
            if company and ticker and self._bracketed(text[company.end:hit.start() + 1]) and key_of[id(company)] != key_of[id(ticker)]:
                linked.append((keys.index(key_of[id(company)]), keys.index(key_of[id(ticker)])))
        return self._merge(list(groups.values()), linked, text)

    def _bracketed(self, between: str) -> bool:
        """" (" or " Ltd (": what stands between a name and the short name in brackets after it."""
        between = between.strip()
        if not between.endswith("("):
            return False
        rest = between[:-1].strip().rstrip(".,").lower()
        return not rest or rest in self.suffixes

    def _merge(self, groups: list[_Group], linked: list[tuple[int, int]] = (), text: str = "") -> list[_Group]:
        parent = list(range(len(groups)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(keep: int, drop: int) -> None:
            a, b = find(keep), find(drop)
            if a != b:
                parent[b] = a

        for a, b in linked:
            keep, drop = (b, a) if groups[b].canonical and not groups[a].canonical else (a, b)
            union(keep, drop)
        for g in groups:
            # "Atlas Nuage's CFO", "chief executive of Atlas Nuage", "Proparco's regional
            # director": whoever has a company's posts is a company, whatever the model took
            # the name for (a place only when no index knows it and the text puts nothing in it;
            # "co-founder of Guayaquil start-up X" is no post at Guayaquil when things happen in it).
            somewhere = any(self._locative(text, o.start, o.end) for o in g.mentions)
            if not g.canonical and any(m.type == "Person" and not (somewhere and self._is_place_name(m.text))
                                       or m.type == "Place" and not somewhere and not self._is_place_name(m.text) for m in g.mentions) \
                    and any(self._corporate_owner(text, m) for m in g.mentions):
                g.mentions = [replace(m, type="Organization", rule="org-rule") for m in g.mentions]
        people = [i for i, g in enumerate(groups) if self._full_person(g)]
        for i, g in enumerate(groups):
            speaks = any(re.match(r"\s+(?:said|says|told|added)\b", text[m.end:m.end + 8]) for m in g.mentions)
            if all(m.type == "Place" for m in g.mentions) and any(self._is_place_name(f) for f in g.forms) and not speaks and (
                    any(self._in_story(f, text) for f in g.forms) or any(self._locative(text, m.start, m.end) for m in g.mentions)):
                continue  # (a name no index knows as a place, taken for one — "Mugisha said" — may still be a surname;
                # so may a town's in a country the story never names, put nowhere: "Bambang denied it" in Jakarta;
                # and a town's that speaks: "Restrepo said" after "Ana Lucía Restrepo Vélez")
            if any(m.rule == "dateline" for m in g.mentions) and not speaks:
                continue  # (nor a village no index knows that a dateline gives: "Troubsko (Brno-venkov), 22 April")
            # A shorter form of a full name → that person: "Cloutier" → "Roland Cloutier",
            # "van Dam" → "Pieter van Dam", "Zhang" → "Zhang zhewei".
            # (A family name first, "Zhang" for "Zhang zhewei", is never one the text puts somewhere:
            # "in Cerrillos" is not "Cerrillos Cuida el Agua".)
            placed = any(m.rule == "locative" for m in g.mentions)
            for form in g.forms:
                words = form.lower().split()
                # (…and "Garza" for "Alejandra Garza Treviño": a first surname, with two.)
                hits = {find(p) for p in people if p != i and any(
                    len(words) < len(f.split()) and (f.lower().split()[-len(words):] == words or f.lower().split()[:1] == words and not placed
                                                     or len(words) == 1 and len(f.split()) >= 3 and f.lower().split()[-2] == words[0])
                    for f in groups[p].forms)}
                if len(hits) == 1:
                    union(hits.pop(), i)
                    break
        orgs = [i for i, g in enumerate(groups) if find(i) == i and not self._full_person(g) and self._vote(g) == "Organization"]
        same = {i: [j for j in orgs if j != i and self._same_org(groups[i], groups[j])] for i in orgs}

        def ambiguous(i: int) -> bool:
            # "Saqr" beside "Saqr Data Centres PJSC" and its unit "Saqr Cloud Services LLC": a
            # one-word name that fits two organisations which are not one is the first named's
            # (the parent, as a rule), and does not join the two.
            return all(" " not in f for f in groups[i].forms) and len(same[i]) > 1 \
                and not all(b in same[a] for a in same[i] for b in same[i] if a != b)

        first = {i: min(m.start for m in groups[i].mentions) for i in orgs}
        owner = {i: min(same[i], key=first.get) for i in orgs if ambiguous(i)}
        for i in orgs:
            for j in same[i]:
                if find(i) == find(j) or owner.get(i, j) != j or owner.get(j, i) != i:
                    continue
                # Keep the gazetteer's group, else the one with the longer name.
                keep, drop = (i, j) if groups[i].canonical or not groups[j].canonical else (j, i)
                union(keep, drop)
        # "Omnia" after "Omnia Energia e Dados S.A.": a one-word name that starts exactly one
        # longer organisation's name in the article is its short form (names the gazetteer
        # knows are left alone: Amazon is not Amazon Web Services).
        unknown = [i for i in orgs if find(i) == i and not groups[i].canonical]
        # …and so is a small place's name used as an owner ("Pacifica's chief financial
        # officer", "Hokuto president Takeshi Arakawa", "chief executive of Haverland") beside
        # "Pacifica Data Holdings" — or, named with company words only ("Quokka" beside "Quokka
        # Compute"), a name no text puts anywhere and no index knows as a place.
        org_forms = [f for j in orgs for f in groups[j].forms if " " in f]
        unknown += [i for i, g in enumerate(groups) if find(i) == i and self._vote(g) == "Place"
                    and all(" " not in f for f in g.forms) and self._company_short_name(g, text, org_forms)]
        for i in unknown:
            short = [f for f in groups[i].forms if " " not in f and not _is_acronym(f) and f[:1].isupper()]
            joined = [j for j in range(len(groups)) if j != i and find(j) == find(i)]
            if not short or any(" " in f for j in joined for f in groups[j].forms):
                continue  # (a short name already joined to a company's full name is short for that one only)
            # (A place's name that starts a public body's is the place it governs: "Kopřivnice
            # mayor Jana Holubová" beside "Kopřivnice Town Council".)
            longer = {find(j) for j in orgs if find(j) != find(i) and any(
                f.split()[0] == short[0] and len(f.split()) > 1 and not places.is_place_name(" ".join(f.split()[1:]))
                and not (self._vote(groups[i]) == "Place" and _public_body(f)) for f in groups[j].forms)}
            # "Quokka Compute" and its unit "Quokka Compute Hunter Pty Ltd": the shortest, when
            # the others' names only go on from it.
            shortest = min(longer, key=lambda j: min(len(f) for f in groups[j].forms), default=None)
            if shortest is not None and all(any(f.startswith(s + " ") for f in groups[j].forms for s in groups[shortest].forms)
                                            for j in longer - {shortest}):
                longer = {shortest}
            elif len(longer) > 1 and not joined and all(" " not in f for f in groups[i].forms) \
                    and any(self._owner_context(text, m) for m in groups[i].mentions):
                # "Jinhai's chairman" beside "Jinhai Technology" and its unit "Jinhai Manufacturing de
                # México": the first named (the parent, as a rule), as for a name two companies share.
                longer = {min(longer, key=lambda j: min(m.start for m in groups[j].mentions))}
            if len(longer) == 1 and not groups[longer_root := longer.pop()].canonical:
                union(longer_root, i)
                groups[longer_root].type = "Organization"
        # "Mountain Run" beside "Mountain Run Digital LLC": a name of several words the model
        # took for a place (if for a person elsewhere too), that no index knows and the text puts
        # nothing in, which is an organisation's name without its company words, is that organisation.
        for i, g in enumerate(groups):
            if find(i) != i or g.canonical or i in orgs or not all(" " in f for f in g.forms) \
                    or not (self._vote(g) == "Place" or self._vote(g) == "Person" and any(m.type == "Place" for m in g.mentions)) \
                    or any(self._is_place_name(f) or self._surely_place(f) for f in g.forms) \
                    or any(m.rule != "ner" or self._locative(text, m.start, m.end) for m in g.mentions):
                continue
            longer = {find(j) for j in orgs if find(j) != i and any(
                self._short_name(f, o) for f in g.forms for o in groups[j].forms)}
            if len(longer) == 1 and not groups[root := longer.pop()].canonical:
                g.mentions = [replace(m, type="Organization") for m in g.mentions]
                union(root, i)
        # "Awan Nusantara" beside "PT Awan Nusantara Digital": a name the model took for a
        # person's (somewhere, if not everywhere) that is an organisation's name without its
        # company words is that organisation.
        # (…but not a known town's name the text puts things in: "in Pori" beside "Pori Energia".)
        for i, g in enumerate(groups):
            if find(i) != i or g.canonical or i in orgs or not any(m.type == "Person" for m in g.mentions) \
                    or not all(m.type in ("Person", "Organization") for m in g.mentions) or any(self._placed(text, f) for f in g.forms):
                continue
            longer = {find(j) for j in orgs if find(j) != i and any(
                self._short_name(f, o) for f in g.forms for o in groups[j].forms)}
            if len(longer) == 1:
                g.mentions = [replace(m, type="Organization", rule="org-rule") for m in g.mentions]
                union(longer.pop(), i)
        # "the Commission" after "Reno County Commission": a body's kind alone, capitalised, is
        # the one body of that kind the article names.
        for i, g in enumerate(groups):
            if find(i) != i or g.canonical or not all(f.lower() in self.heads for f in g.forms):
                continue
            longer = {find(j) for j in orgs if find(j) != find(i) and any(
                " " in f and f.split()[-1].lower() in {x.lower() for x in g.forms} for f in groups[j].forms)}
            if len(longer) == 1:
                g.mentions = [replace(m, type="Organization") for m in g.mentions]
                union(longer.pop(), i)
        # "Rayong province" beside "Rayong": one place, named with or without its kind ― but a
        # city the region is named after stays a place of its own ("Lagos" beside "Lagos State").
        placed = [i for i, g in enumerate(groups) if find(i) == i and self._vote(g) == "Place"]
        by_form = {f.lower(): i for i in placed for f in groups[i].forms}
        for i in placed:
            for form in groups[i].forms:
                base = _without_kind(form.lower())
                official = re.search(r" (?:State|Prefecture|Province|Region|Governorate|County)$", form)
                city = places.city_named(base) if base and official else None
                if base in by_form and not (city and city.population >= 100_000):
                    union(by_form[base], i)
        # "The Pasig facility" after "a site in Pasig": the model's other guess at a town's name
        # the story puts something in is that town, unless the name is written as an employer.
        towns = {f: i for i in placed for f in groups[i].forms if " " not in f}
        for i, g in enumerate(groups):
            if find(i) == i and i not in placed and not g.canonical and len(g.forms) == 1 and g.forms[0] in towns \
                    and all(m.rule == "ner" and not self._owner_context(text, m) for m in g.mentions):
                g.mentions = [replace(m, type="Place") for m in g.mentions]
                union(towns[g.forms[0]], i)
        out: dict[int, _Group] = {}
        for i, g in enumerate(groups):
            root = find(i)
            if root == i:
                out[root] = g
        for i, g in enumerate(groups):
            root = find(i)
            if root != i:
                out[root].mentions.extend(g.mentions)
                out[root].canonical = out[root].canonical or g.canonical
        for root, g in out.items():
            # "Kinabalu Semitech", a person's name to the model, is "Kinabalu Semitech Bhd"'s.
            company = any(m.rule == "org-rule" or m.rule.startswith("unit:") or _has_legal_form(m.text)
                          for m in g.mentions if m.type == "Organization")
            if not company and any(self._full_person(groups[i]) for i in range(len(groups)) if find(i) == root):
                g.type = "Person"
            g.mentions.sort(key=lambda m: m.start)
        return list(out.values())

    @cache
    def _owner_patterns(self) -> tuple[re.Pattern, re.Pattern]:
        titles = load("titles.json")
        posts = words_pattern(titles["heads"] + titles["abbreviation_heads"])
        return (re.compile(rf"['’]s\b|\s+(?i:{posts})\s+[A-Z]"), re.compile(rf"\b(?i:{posts})\s+(?:of|at)\s+$"))

    def _owner_context(self, text: str, m: Mention) -> bool:
        """A name written as an employer: "X's", "X president NAME", "chief executive of X"."""
        return _written_as(text, m, *self._owner_patterns())

    @cache
    def _corporate_posts(self) -> tuple[re.Pattern, re.Pattern]:
        titles = load("titles.json")
        posts = words_pattern([h for h in titles["heads"] if h != "chief minister" and h.startswith(("chief ", "chair", "managing ", "founder", "co-founder"))]
                              + [h for h in titles["abbreviation_heads"] if h.startswith("c") and h not in ("cllr", "cr")])  # CEO, CFO…
        # (…and a director of a field of it: "the director of operations of X")
        return (re.compile(rf"['’]s\s+(?i:{posts}|(?:regional|country|general|managing|executive)\s+(?:director|manager))\b"),
                re.compile(rf"\b(?i:{posts}|(?:director|head|manager)\s+of\s+(?!government\b|state\b)[a-z]+)\s+(?:of|at)\s+$"))

    def _corporate_owner(self, text: str, m: Mention) -> bool:
        """A name written as the holder of a company's post: "X's CFO", "chief executive of X"."""
        return _written_as(text, m, *self._corporate_posts())

    def _full_person(self, g: _Group) -> bool:
        return not g.canonical and any(self._person_form(m) for m in g.mentions)

    def _same_org(self, a: _Group, b: _Group) -> bool:
        for fa in a.forms:
            for fb in b.forms:
                # "Yamamah Data Centres" in a headline, "Al Yamamah Data Centres Co." below it.
                if re.sub(r"^(?:al|el) ", "", _norm(fa)) == re.sub(r"^(?:al|el) ", "", _norm(fb)):
                    return True
                if _is_acronym(fa) and not _is_acronym(fb) and _acronym_of(fa, fb):
                    return True
                if _is_acronym(fb) and not _is_acronym(fa) and _acronym_of(fb, fa):
                    return True
                if self._short_name(fa, fb) or self._short_name(fb, fa):
                    return True
                if fa.endswith(" council") and _norm(fa) == re.sub(r" (?:city|town|county|borough|district|municipal) (?=council$)", " ", _norm(fb)):
                    return True  # "the Grand Island council" is the "Grand Island City Council"
                # "IDA Ireland" ~ "IDA": a trailing place is part of this name, not a unit,
                # when the gazetteer says so.
        if a.canonical:
            aliases = [a.canonical, *self.gazetteer.get(a.canonical, {}).get("aliases", [])]
            return any(_is_acronym(x) and any(not _is_acronym(fb) and _acronym_of(x, fb) for fb in b.forms) for x in aliases)
        return False

    @staticmethod
    def _in_story(form: str, text: str) -> bool:
        """Whether a known place's name may be that place here: a country or region always, a
        town when the text names its country."""
        place = places.lookup(form)
        return place is None or place.kind != "City" or _country_named(place, text)

    @staticmethod
    def _is_place_name(form: str) -> bool:
        return places.is_place_name(form)

    @staticmethod
    @cache
    def _big_city_alias(form: str) -> bool:
        """Another name of a city of half a million or more ("Ulaanbaatar" for the index's Ulan Bator)."""
        city = places.lookup(form) if len(form) > 3 and not places.is_place_name(form) else None
        return bool(city) and city.kind == "City" and city.population >= 500_000

    @staticmethod
    def _is_region_name(word: str) -> bool:
        """A country's or region's name ("Manitoba"): a person's given name is not one."""
        return places.place_named(word, ("Country", "Region", "Continent")) is not None

    @staticmethod
    def _person_form(m: Mention) -> bool:
        """A full personal name: the model's PERSON, more than one word, not ending in a
        company word ("Morava Capital") and not a place's name ("Co Kildare")."""
        words = m.text.split()
        return (m.type == "Person" and m.rule != "locative" and len(words) > 1 and words[-1].lower() not in _company_words()
                and not _has_legal_form(m.text)  # "Rheinwerk Rechenzentren KGaA"
                and (m.rule == "transcript" or not any(_capitals(w) for w in words))  # "Dublin EMEA"; "K. Srinivasa Rao" has an initial
                and words[0] not in _rules()["org_first_words"]
                and words[-1].lower() not in _body_words()  # "Aabenraa Municipality", "Gimhae City Hall"
                and words[-1].lower() not in _rules()["media_words"]  # "Reno County Courier", "Dnevni Kurir"
                and words[-1] not in ("North", "South", "East", "Central", "Norte", "Sur", "Nord", "Süd")  # "Laverton North"
                and not _named_like_place(m.text)
                and not EntityResolver._is_place_name(m.text) and not EntityResolver._is_region_name(words[0]))

    def _company_short_name(self, g: _Group, text: str, org_forms: list[str]) -> bool:
        """Whether a one-word name taken for a place is a company's short name: used as the
        owner of a post, or put nowhere, and no sure place; or even a known place's name, when
        the text never puts anything in it and uses it as the owner of a post or the subject of a
        verb ("Atlântida's CFO" beside "Atlântida Data Parks", far from Honduras; "Parkland
        expects 160 jobs" beside "Parkland Compute Inc.")."""
        owner = any(self._owner_context(text, m) for m in g.mentions)
        # (A known town the text also puts things in is that town: "Piteå's kommunalråd" and
        # "every household in Piteå" beside "Piteå Energi".)
        somewhere = any(self._placed(text, f) for f in g.forms)
        if not g.canonical and all(not self._surely_place(f) for f in g.forms) and not somewhere and (
                owner or all(m.rule == "ner" and not self._is_place_name(m.text) and not self._locative(text, m.start, m.end)
                             for m in g.mentions) and any(self._short_name(f, o) or self._company_named_after(f, o, text)
                                                          for f in g.forms for o in org_forms)):
            return True
        acts = any(re.match(r"\s+(?:has|had|will|would|is|was|can|could|may|must|should|[a-z]+(?:s|ed))\b", text[m.end:m.end + 20])
                   for m in g.mentions)  # "Parkland expects", "Parkland has run"
        # (…even a town of the story's country, when the text writes it as the holder of a company's
        # post: "The director of operations of Jangada" beside "Jangada Data Centers" in a Brazilian story.)
        corporate = any(self._corporate_owner(text, m) for m in g.mentions)
        return (owner or acts or corporate) and not somewhere and not any(self._locative(text, m.start, m.end) for m in g.mentions) \
            and any(self._company_named_after(f, o, text, corporate) for f in g.forms for o in org_forms)

    @staticmethod
    def _company_named_after(place: str, org: str, text: str, held_post: bool = False) -> bool:
        """"Atlântida Data Parks" after "Atlântida", not "Lagos State Government" after "Lagos":
        a company's name that starts with a place's, its other words none of a public body's,
        the place in no country the text names (unless the place holds a company's post)."""
        first, *rest = org.split()
        known = places.place_named(place)
        return first == place and bool(rest) and not _public_body(org) \
            and not (known and (known.kind == "Country" or not held_post and _country_named(known, text)))

    def _short_name(self, short: str, full: str) -> bool:
        """"Copperline" for "Copperline Data Centers", "KIO" for "KIO Networks", "Sookdeo Group" for
        "Sookdeo Group of Companies Limited", "Lusail Intelligence" for "Lusail Intelligence Company":
        the full name is the short one followed only by company words and legal suffixes."""
        s, f = short.lower().split(), full.lower().split()
        if f and f[0] in self.suffixes and s[:1] != f[:1]:
            f = f[1:]  # "PT Awan Nusantara Digital": a legal form that comes first
        if len(s) >= len(f) or f[:len(s)] != s:
            return False
        tail = f[len(s):]
        generic = _company_words() | self.suffixes | {"data", "centers", "centres", "center", "centre", "de", "&", "and", "of", "company", "companies"}
        return all(w.rstrip(".,") in generic for w in tail)

    @staticmethod
    def _loose_guess(m: Mention) -> bool:
        """The model's organisation with no word of an organisation's name, which is as often
        a small place's ("chose Nalaikh because", "the Babesa site", "the design for Red Oak")."""
        return (m.rule == "ner" and m.type == "Organization" and not _is_acronym(m.text)
                and not any(w.lower() in _company_words() or w.lower() in _body_words() for w in m.text.split()))

    @staticmethod
    def _vote(g: _Group) -> str:
        if g.type:
            return g.type
        counts = Counter(m.type for m in g.mentions)
        if any(m.rule == "gazetteer" for m in g.mentions):
            return next(m.type for m in g.mentions if m.rule == "gazetteer")
        forms = g.forms
        # An acronym is no person; a name the rules found outranks the model.
        if counts["Person"] and all(_is_acronym(f) for f in forms):
            return "Organization"
        if any(m.rule in ("org-rule", "lowercase") or m.rule.startswith("unit:") for m in g.mentions) \
                or any(" " in f and _has_legal_form(f) for f in forms):
            return "Organization"  # (once "Putra Awan Bhd", "Putra Awan" is no person)
        rules = _rules()
        if any(f.split()[0] in rules["org_first_words"] or " ".join(f.split()[:2]) in rules["org_first_words"]
               or f.split()[-1].lower() in ("municipality", "council", "government", "authority", "ministry", "commission")
               or f.split()[-1] in rules["other_org_heads"] or f.split()[-1].lower() in rules["media_words"]
               for f in forms if " " in f):
            return "Organization"  # "Grupo Salinas", "City of Mesa", "Riga Technical University", "Reno County Courier"
        if any(m.type == "Place" for m in g.mentions) and any(
                " " in f and f.split()[-1].lower() in _company_words() and not EntityResolver._is_place_name(f) for f in forms):
            return "Organization"  # "Grenada's Spice Isle Telecom": no place is named with a company's word
        if any(m.rule in ("speaker", "initial", "transcript") for m in g.mentions):
            return "Person"        # "said Pieter de Wet", "Fynbos's chief technology officer, Pieter de Wet,", "B. Enkhbold"
        if any(_named_like_place(f) for f in forms) \
                and not any(_ends_on_company_word(f) or f.split()[-1] in ("Company", *rules["agency_heads"], *rules["other_org_heads"])
                            for f in forms):  # (not "Salalah Free Zone" once it is the "Salalah Free Zone Company")
            return "Place"         # "Co Mayo", "Ellis County", "Province of Quebec" (not "Wadi Ham Capital")
        if any(m.rule == "dateline" for m in g.mentions) and not any(EntityResolver._person_form(m) for m in g.mentions):
            return "Place"         # "Troubsko (Brno-venkov), 22 April 2026 –" and then "the municipality Troubsko"
        if any(m.rule == "known-place" for m in g.mentions) and all(
                m.type != "Organization" or m.rule == "propagated" or EntityResolver._loose_guess(m) for m in g.mentions) \
                and not any(EntityResolver._person_form(m) for m in g.mentions):
            return "Place"         # "in Nilai, Negeri Sembilan": the model's "Nilai data centre" is that town's
        if (any(m.rule == "locative" for m in g.mentions)
                and all(m.rule in ("locative", "propagated") or m.type in ("Person", "Place") or EntityResolver._loose_guess(m)
                        for m in g.mentions)
                and not any(EntityResolver._person_form(m) for m in g.mentions)
                and not any(f.split()[-1].lower() in _company_words() for f in forms)):
            return "Place"         # "in Dholera", "near Pecém": every mention the model found puts it somewhere
        # A name the model calls a person or an organisation that is the name of a known
        # place ("Zaragoza", "Santiago", "Co Kildare") is that place.
        # Three capitals only when they are a country's ("UAE"), not a town's that an agency
        # shares ("IBA"); a dateline's "DUBLIN" is the city.
        if any(EntityResolver._is_place_name(f) and (len(f) > 3 or not f.isupper() or places.lookup(f).kind == "Country")
               or EntityResolver._big_city_alias(f) for f in forms) \
                and not any(EntityResolver._person_form(m) for m in g.mentions):
            return "Place"
        if counts["Person"] and not any(EntityResolver._person_form(m) for m in g.mentions):
            # "Morava Capital"; and a lone word never given in full ("Vattenfall", "Ofgem"):
            # news introduces people by their full name, so this is an organisation, unless
            # the word is a given name or the text puts it somewhere ("in Usme").
            if not any(names.is_given_name(f.split()[0]) for f in forms):
                return "Organization"
        top = counts.most_common()
        if len(top) > 1 and top[0][1] == top[1][1]:
            return "Organization" if "Organization" in counts else top[0][0]
        return top[0][0]

    # -- records ----------------------------------------------------------------------------

    def entities(self, groups: list[_Group], text: str) -> tuple[list[Entity], list[tuple[int, int, str, str]]]:
        # (…and the countries its people's word names: "Australian universities" in a story
        # that names only Singapore and the US besides Melbourne.)
        countries_in_text = frozenset(
            p.country for g in groups for m in g.mentions if m.type == "Place"
            for p in [places.lookup(m.text)] if p and p.kind == "Country"
        ) | frozenset(p.country for word in set(re.findall(r"\b[A-Z][a-z]{3,}(?= [a-z])", text))
                      for p in [places.place_of_demonym(word)] if p and p.kind == "Country")
        records: dict[str, Entity] = {}
        spans: list[tuple[int, int, str, str]] = []
        place_of: dict[str, places.Place] = {}
        for g in groups:
            etype = self._vote(g)
            name, subtype, iso = self._name(g, etype, countries_in_text, place_of)
            if etype == "Organization":
                if all(f == f.lower() for f in g.forms) and not g.canonical and not any(m.rule == "lowercase" for m in g.mentions):
                    continue  # (a name in lower case only where only an organisation stands)
            forms = g.forms + self._government_forms(g.forms, name) if subtype == "Government" else g.forms
            if name in records:
                old = records[name]
                records[name] = Entity(name, old.type, old.subtype, tuple(dict.fromkeys(old.aliases + tuple(forms))), iso_code=old.iso_code)
            else:
                aliases = [f for f in forms if f != name]
                base = _without_kind(name) if etype == "Place" else None
                if base and base not in aliases:
                    aliases.append(base)  # "Sindh province" is also called "Sindh"
                records[name] = Entity(name, etype, subtype, tuple(aliases), iso_code=iso)
            spans.extend((m.start, m.end, name, etype) for m in g.mentions)
        spans.extend(self._other_occurrences(text, records, spans))
        records = self._link(records, groups, text, place_of, countries_in_text)
        return list(records.values()), sorted(spans)

    def _government_forms(self, forms: list[str], name: str) -> list[str]:
        """A government named "Government of Gyeonggi" under the other names of its place: as
        the story writes it ("Government of Gyeonggi-do") and in full ("… of Gyeonggi Province")."""
        named = [n for f in forms if (governed := self._governed(f)) for n in (governed[0], governed[1].name) if places.is_place_name(n)]
        return [g for g in places.government_names(named) if g != name]

    def _governed(self, form: str) -> tuple[str, places.Place] | None:
        """"the Gyeonggi-do government": the place a government's name names, as written and as known."""
        hit = self._GOVERNMENT.fullmatch(form)
        place = _government_place(hit.group(1)) if hit else None
        return (hit.group(1), place) if place else None

    @staticmethod
    def _other_occurrences(text: str, records: dict[str, Entity], spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """An organisation's name, in any form the story gave it, wherever else the story writes
        it alone: "Aurorix" once taken for a place and joined to "Aurorix Cloud Pty Ltd" is that
        company in "Aurorix already runs a 6MW cluster" too."""
        owner: dict[str, str | None] = {}
        for e in records.values():
            for form in (e.name, *e.aliases):
                if e.type == "Organization" and len(form) >= 4 and form[:1].isupper() \
                        and not places.is_place_name(form) and not names.is_given_name(form.split()[0]):
                    owner[form] = e.name if owner.get(form, e.name) == e.name else None
                elif form in owner:
                    owner[form] = None  # (a form two entities share names neither for sure)
        forms = {f: n for f, n in owner.items() if n}
        if not forms:
            return []
        taken = [(s, e) for s, e, _, _ in spans]
        out = []
        for hit in re.finditer(rf"(?<![\w&'’-])(?:{words_pattern(forms)})(?![\w&-])(?! [A-Z])", text):
            s, e = hit.span()
            word_before = _word_before(text, s)
            if word_before and word_before.group(1).lower() not in _STOPWORDS or any(s < te and ts < e for ts, te in taken):
                continue  # (a part of a longer name, or a mention already)
            out.append((s, e, forms[hit.group(0)], "Organization"))
        return out

    def _name(self, g: _Group, etype: str, countries: frozenset, place_of: dict) -> tuple[str, str | None, str | None]:
        if g.canonical and etype == "Organization":
            return g.canonical, self.gazetteer.get(g.canonical, {}).get("type", "Company"), None
        forms = g.forms
        if etype == "Organization":
            for f in forms:
                if governed := self._governed(f):
                    return places.government_of(governed[1].name), "Government", None
        if etype == "Place":
            place = None
            for f in forms:
                place = places.lookup(f, countries)
                if place:
                    break
            for base in [] if place else filter(None, map(_without_kind, forms)):
                # "Drâa-Tafilalet region" is Drâa-Tafilalet; "Kendal Regency" is not the English town.
                area = places.lookup(base, countries)
                if area and area.kind == "Region":
                    place = area
                    break
            for base in [] if place else (f[:-len(" City")] for f in forms if f.endswith(" City")):
                # "Batam City", "Hirosaki City": the city the index knows by its name alone.
                town = places.lookup(base, countries)
                if town and town.kind == "City":
                    place = town
                    break
            if place:
                name = place.name
                place_of[name] = place
                return name, place.kind, place.country if place.kind == "Country" else None
            # "ZUMBROTA, Minn. —": a dateline's capitals are not how the town is written.
            name = max(forms, key=lambda f: (not f.isupper(), len(f)))
            return (name.title() if name.isupper() and len(name) > 3 else name), None, None
        if etype == "Person":
            full = [f for f in forms if " " in f] or forms
            name = max(full, key=lambda f: (sum(ch.isupper() for ch in f) > 1, len(f)))
            # ("ANDREA SOLÍS (HOST):", a speaker named only in capitals: "Andrea Solís")
            return (name.title() if name.isupper() and any(m.rule == "transcript" for m in g.mentions) else name), None, None
        unit = next((m for m in g.mentions if m.rule.startswith("unit:")), None)
        if unit is not None:
            parent_form = unit.rule[5:]
            # "tiktok UK" is named after its parent as the parent is named: "TikTok UK".
            return parent_form + unit.text[len(parent_form):] if unit.text.lower().startswith(parent_form.lower()) else unit.text, "Company", None
        proper = [f for f in forms if f != f.lower() and not _is_acronym(f)] or forms
        # (…"Cork Harbour Radio" over the masthead's "CORK HARBOUR RADIO")
        name = max(proper, key=lambda f: (f[:1].isupper(), sum(w[:1].isupper() for w in f.split()), len(f), not f.isupper()))
        lowered = name.lower()
        subtype = None
        if re.split(r"[\s-]", lowered)[-1] in _rules()["media_words"] or lowered.endswith(("press", "post", "news agency")) \
                or any(m.rule == "credit" for m in g.mentions) or _BROADCASTER.search(name) and not _has_legal_form(name):
            subtype = "Media"      # "Canadian Press", "Business Daily", "Radio Suroît": the source, never the investor
            # (…but not "Canal Digital Partners S.A.", a company named with its legal form)
        elif self._telecom_operator(lowered):
            subtype = "Company"    # "Office Calédonien des Postes et Télécommunications": a state's operator, not an agency
        elif set(lowered.split()) & {"university", "universidad", "universidade", "université", "università", "universität", "universiteit",
                                     "institute", "instituto", "college", "school", "association", "asociación", "associação",
                                     "federation", "foundation", "fundación", "fundação", "fondation", "stiftung", "chamber", "society",
                                     "union"} \
                or re.search(r"\b(?:(?:stock|securities) exchange|bolsa de valores|bourse|börse|c[áâ]mara de com[eé]rcio|chambre de commerce)\b", lowered) \
                or lowered in _EXCHANGES or self._exchange_of_place(name):
            subtype = "Institution"  # universities, associations, chambers, stock exchanges: partners and voices, not investors
        elif (set(lowered.split()) & set(self.agency_heads) or lowered in self.agency_heads) and not _has_legal_form(name) or any(
                name.startswith(w + " ") for w in _rules()["government_first_words"]):
            # (…but not "Ganga Semicon Assembly Pvt Ltd" or "Community Fibre Ltd": a company by its legal form)
            subtype = "GovernmentAgency"
        elif re.search(r"\b(?:hydro|grid)\b", lowered) and not re.search(r"\b(?:data|datacent(?:er|re)s?|cloud|compute|computing|digital)\b", lowered):
            subtype = "Utility"  # (not "Wattle Grid Data Centres")
        elif re.split(r"[\s-]", lowered)[-1] in ("research", "securities", "sekuritas", "advisory", "advisors", "advisers",
                                                 "consultancy", "consultants", "insights"):
            subtype = "Research"   # "Charminar Equity Research", "Kotwal Securities": analysts' houses, who comment, not invest
        elif any(lowered.endswith(" " + h.lower()) for h in self.company_heads) or any(m.rule.startswith("unit:") for m in g.mentions):
            subtype = "Company"
        return name, subtype, None

    def _telecom_operator(self, lowered: str) -> bool:
        """A body named for the telecommunications it runs, called an office or a society and
        nothing that regulates or governs ("Central African Society of Telecommunications", not
        "Ministry of Posts and Telecommunications" nor "Telecommunications Regulatory Authority")."""
        words = set(re.split(r"[\s-]", lowered))
        return bool(words & {"telecommunications", "télécommunications", "telecomunicações", "telecomunicaciones"}) \
            and bool(words & {"office", "society", "société", "sociedad", "sociedade", "company", "corporation"}) \
            and not (words & (set(self.agency_heads) - {"office"}) or any(lowered.startswith(w.lower() + " ") for w in _rules()["government_first_words"]))

    # After "Asia, Africa": more names, then "and" or "or" — a list, not "Acton, Canberra, in …".
    _LIST_GOES_ON = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s*,?\s*(?:and|or)\b")

    def _link(self, records: dict[str, Entity], groups: list[_Group], text: str, place_of: dict, countries: frozenset) -> dict[str, Entity]:
        """Units to their parents, places to the places that contain them."""
        out = dict(records)
        for g in groups:
            for m in g.mentions:
                if m.rule.startswith("unit:"):
                    parent_form = m.rule[5:]
                    parent = next((e.name for e in records.values() if e.type == "Organization" and (e.name == parent_form or parent_form in e.aliases)), None)
                    name = next((e.name for e in records.values() if m.text.lower() == e.name.lower() or m.text in e.aliases), None)
                    if parent and name and parent != name:
                        out[name] = replace(out[name], subsidiary_of=parent)
        for name, entity in records.items():
            parent = self.gazetteer.get(name, {}).get("parent")
            if parent in records and not out[name].subsidiary_of:
                out[name] = replace(out[name], subsidiary_of=parent)  # known ownership: AWS → Amazon
        # "Kilele Digital Infrastructure PLC … announced that its wholly owned subsidiary Kilele Edge
        # Kenya Limited will build": the unit of the company the sentence is about (its first).
        hits = list(re.finditer(r"\b(its|their|another)\s+(?:(?:wholly|majority|fully)[- ]owned\s+|local\s+|new\s+|[A-Z][a-z]+\s+)*(?:subsidiary|unit|arm)\s*,?\s*", text))
        named = sorted((m.start, m.end, name) for g in groups if self._vote(g) == "Organization" for m in g.mentions
                       for name in [next((n for n, e in records.items() if e.type == "Organization" and (m.text == n or m.text in e.aliases)), None)]
                       if name)
        orgs = [(start, name) for start, _, name in named]
        last_parent = None
        for hit in hits:
            unit = next((name for start, name in orgs if start == hit.end()), None)
            sentence_start = _sentence_start(text, hit.start())
            owner = next((name for start, name in orgs if sentence_start <= start < hit.start()), None)
            if owner is None and hit.group(1) == "another":
                owner = last_parent  # "…for another subsidiary, Padma Fibre Limited": the same parent's
            if unit and owner and owner != unit and not out[unit].subsidiary_of:
                out[unit] = replace(out[unit], subsidiary_of=owner)
                last_parent = owner
        # "Brazos Microsystems de México, S. de R.L. de C.V., the group's Mexican subsidiary",
        # "Kivu Edge, a unit of Kivu Digital": a unit named, then said to be one.
        for i, (_, end, unit) in enumerate(named):
            said = _UNIT_SAID.match(text, end)
            if not said or out[unit].subsidiary_of:
                continue
            if said.group("of"):
                # The next name, right after "of" or a few words that say what the owner is ("the Finnish
                # subsidiary of the American cloud company X"); a name further on is further still.
                owner_start, owner = next(((s, name) for s, _, name in named if s >= said.end()), (None, None))
                if owner and not re.fullmatch(r"(?:[\w-]+\s+){0,4}", text[said.end():owner_start]):
                    owner = None
            else:  # "the group's": the company named before it
                owner = next((name for _, _, name in reversed(named[:i]) if name != unit and out[name].subtype != "GovernmentAgency"), None)
            if owner and owner != unit:
                out[unit] = replace(out[unit], subsidiary_of=owner)
        # "Clonee, County Meath": a place followed by a bigger one it lies in — but not one
        # item of a list after another ("Asia, Africa and Europe").
        rank = {"City": 1, "Region": 2, "Country": 3, "Continent": 4}
        stated: dict[str, str] = {}
        place_spans = sorted((m.start, m.end, g) for g in groups for m in g.mentions if self._vote(g) == "Place")
        for (s1, e1, g1), (s2, e2, g2) in zip(place_spans, place_spans[1:]):
            comma = text[e1:s2] in (", ", " , ") and not self._LIST_GOES_ON.match(text, e2)
            if g1 is not g2 and (comma or text[e1:s2] in ("'s ", "’s ")):
                if not comma:
                    g1, g2 = g2, g1  # "Gaborone's Broadhurst industrial area": the second lies in the first
                inner = next((n for n, e in out.items() if e.type == "Place" and (n in g1.forms or set(e.aliases) & set(g1.forms))), None)
                outer = next((n for n, e in out.items() if e.type == "Place" and (n in g2.forms or set(e.aliases) & set(g2.forms))), None)
                if inner and outer and inner != outer:
                    stated.setdefault(inner, outer)
        for name, entity in records.items():
            if entity.type != "Place" or name not in place_of:
                continue
            place = place_of[name]
            outer = place_of.get(stated.get(name))
            if place.kind == "City" and outer is not None and outer.country != place.country:
                # "Acton, Canberra": not the Acton in London the index knows, but a locality
                # of the place named after it.
                out[name] = replace(out[name], subtype=None)
                continue
            container = None
            if outer is not None and rank.get(outer.kind, 0) > rank[place.kind]:
                container = stated[name]  # "NEW ALBANY, Ohio": the text says which state
            elif place.kind in ("City", "Region") and place.region and place.region in records:
                container = place.region
            elif place.kind != "Country" and place.country:
                container = places.country_name(place.country)
                if container not in out:
                    out[container] = Entity(container, "Place", "Country", iso_code=place.country, mentioned=False)
            if container and container != name:
                out[name] = replace(out[name], located_in=container)
        for inner, outer in stated.items():
            if not out[inner].located_in and rank.get(out[outer].subtype, 0) > rank.get(out[inner].subtype, 0):
                out[inner] = replace(out[inner], located_in=outer)
        return out


@Language.factory("newskg_entities", requires=["doc.ents"], assigns=["doc._.entities", "doc._.mentions"])
def make_entities(nlp: Language, name: str) -> "EntitiesComponent":
    return EntitiesComponent(nlp)


class EntitiesComponent:
    def __init__(self, nlp: Language):
        self.resolver = EntityResolver(nlp)

    def __call__(self, doc: Doc) -> Doc:
        text = full_text(doc)
        mentions = self.resolver.mentions(doc, text)
        groups = self.resolver.group(mentions, text)
        entities, spans = self.resolver.entities(groups, text)
        doc._.entities = tuple(entities)
        doc._.mentions = tuple(spans)
        return doc
