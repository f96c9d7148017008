"""newskg_investments: the investments an article reports, each with slots filled from
anywhere in the document.

Facts about one investment are spread over an article: the facility in the lede, the sum
three paragraphs on, the opening date near the end. Each sentence that states an amount
or a facility being built is an anchor; anchors with the same investor, facility and place
are one investment; the other slots come from the sentences about that investment (all of
the article when it reports only one).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc

from .. import dates, places, quantities
from ..lexicon import load
from ..records import Investment, Money, When
from . import FACILITY_NOUNS, SITE_CODE, country_of, full_text, our_company, places_around, sentences

# How specific a place is, by its subtype.
_RANK = {"City": 3, "Region": 2, "Country": 1, "Continent": 0}
_AREA = re.compile(r"\s(?:region|province|state|oblast|governorate|prefecture|voivodeship|department|canton|regency)$", re.I)

NOT_INVESTORS = {"GovernmentAgency", "Government", "Media", "Research", "Institution", "Utility"}


@cache
def _cue(name: str) -> re.Pattern:
    cues = load("investment_cues.json")
    words = cues[name] if name in cues else cues["status"][name]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@cache
def _subsidy_after() -> re.Pattern:
    """What follows a sum that is a grant: "€200 million grant", "$6bn in CHIPS Act funding"."""
    return re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:" + "|".join(load("investment_cues.json")["subsidy"]) + r")\b", re.I)


@cache
def _subsidy_before() -> re.Pattern:
    """What comes before a sum that is a grant: "a grant of", "support worth", "receive", "supports
    the project with"."""
    words = "|".join(load("investment_cues.json")["subsidy"] + ["aid", "support", "award", "receive[sd]?", "granted"])
    backed = r"support(?:s|ed|ing)?\s+(?:the\s+|its\s+|this\s+)?(?:[\w-]+\s+)?(?:project|plant|factory|fab|investment|construction|it)\s+with"
    return re.compile(rf"\b(?:(?:{words})\s+(?:of\s+|worth\s+|totall?ing\s+)?|{backed}\s+)(?:up to\s+|about\s+|around\s+|an?\s+)?$", re.I)


@cache
def _facilities() -> list[tuple[str, re.Pattern]]:
    return [(label, re.compile(r"\b(?:" + "|".join(rx) + r")\b", re.IGNORECASE)) for label, rx in load("facilities.json").items()]


def facility_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, facility type) for each facility named; at one place the first type in
    facilities.json wins ("data centre campus" is a data centre)."""
    found: list[tuple[int, int, str]] = []
    for label, pattern in _facilities():
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), label))
    return sorted(found)


def _compatible(a: str, b: str) -> bool:
    """A data centre and a campus named in one article are one project more often than two."""
    return a == b or {a, b} == {"data center", "campus"}


def _same_sum(a: Money | None, b: Money | None) -> bool:
    """"₦180bn" in the headline and "about ₦180 billion" in the body are one sum."""
    return a is not None and b is not None and (a.value, a.minimum, a.maximum, a.currency) == (b.value, b.minimum, b.maximum, b.currency)


def _without_totals(events: list) -> list:
    """A sum that adds up the investor's other sums in the article ("Rs 10,000 crore across two
    states" beside Rs 6,800 crore in one and Rs 3,200 crore in the other) is no investment of
    its own."""
    def total(e) -> bool:
        if e.amount is None or not e.amount.value:
            return False
        parts = [o.amount.value for o in events if o is not e and o.investor == e.investor and o.amount is not None
                 and o.amount.value and o.amount.currency == e.amount.currency and o.amount.value < e.amount.value]
        return any(abs(sum(c) - e.amount.value) <= e.amount.value / 100
                   for n in range(2, min(len(parts), 6) + 1) for c in combinations(parts, n))
    return [e for e in events if not total(e)]


# Between a town and the area it lies in: "Timaru, in South Canterbury", "Kemps Creek in western Sydney".
_LIES_IN = re.compile(r",?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|greater|inner|outer)\w*\s+)?", re.I)


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    text: str
    orgs: list[tuple[int, str]]
    places: list[tuple[int, str]]
    amounts: list[tuple[int, Money]]
    facilities: list[tuple[int, str]]
    bare: str = ""  # the text with organisations' names blanked: "Public Investment Fund" is no cue to invest
    retracted: bool = False  # a correction note's account of what an earlier version got wrong

    @property
    def question(self) -> bool:
        return self.text.rstrip().endswith("?")


@dataclass
class _Event:
    investor: str
    facility: str | None
    place: str | None
    country: str | None
    amount: Money | None = None
    amount_in_headline: bool = False
    place_in_headline: bool = False
    sentences: list[int] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    existing: bool = False  # a site already running, told with its capacity and no sum
    part: tuple[int, int] | None = None  # the stretch of a sentence telling of several sites that is about this one
    called_off: bool = False  # a project cancelled or paused, told with its size and no sum
    unnamed: bool = False  # a headline's sum with no company named before it: whose it is was guessed


_SITE_CODE = re.compile(rf"\b(?:{SITE_CODE})\b")
# "The facility, planned for Olkaria": a sentence about the facility that does not name its kind.
_FACILITY_REFERRED = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts) (?:(?:new|replacement|[\d.,]+(?:-| )?(?:megawatt|MW|hectare|acre)s?) )?"
                                 r"(?:facility|site|plant|campus|fab|factory|project)\b"
                                 r"|\b(?:plot|parcel)\s+(?:of\s+land\s+)?(?:in|at)\s")  # ("standing on a cleared plot in the Tema Heavy Industrial Area")


# What stands between a sum and the same sum converted: " (", " (about ", " (or roughly ".
_CONVERSION = re.compile(r"\s*\(\s*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|almost|or|equivalent to|c\.)\s+)*",
                         re.IGNORECASE)

# A sentence that gives the facility's own capacity without naming its kind: "draw up to 2.5MW
# of power", "the 8MW machine", "designed for an initial 5 MW of computing load".
_CAPACITY_OF_FACILITY = re.compile(r"\b(?:capacity|IT load|facility|site|machine|system|designed for|(?:input|connected|total) power)\b|"
                                   r"(?:W|watts?) of (?:IT |computing |electric(?:al)? )?(?:load|power)\b", re.IGNORECASE)

# What comes before the unit a parent's sum is for: "an investment of Tk 1,250 crore by its
# subsidiary X", "approved Tk 340 crore for another subsidiary, X,", "inject NT$7.8 billion into its subsidiary X".
_FOR_UNIT = re.compile(r"(?<!operated )(?<!owned )(?<!run )(?<!managed )\b(?:by|for|into)\s+(?:its|their|our|another|a|the)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:subsidiary|unit|arm|affiliate|venture)\s*,?\s+$", re.IGNORECASE)
# …or a company a sum is given to so that it builds: "approved US$240 million for Kuanyu Systems USA Inc. to buy".
_FOR_TO_BUILD = re.compile(r"\.?\s*,?\s+to\s+(?:build|buy|construct|develop|set\s+up|expand|acquire|open|fit\s+out|deploy)\b", re.IGNORECASE)

# A partner's share in another's project: "a 30% stake", "holds the remaining 40%", "owns 49 per cent".
_STAKE = re.compile(r"\bstake\b|\b(?:holds?|holding|owns?|owning|retains?|takes?|taking)\s+(?:the\s+)?(?:remaining\s+|other\s+|a\s+)?"
                    r"\d+(?:\.\d+)?\s?(?:%|per ?cent)|\bin equity\b"  # "committed PHP 7.4 billion in equity to the campus"
                    r"|\b\d+(?:\.\d+)?\s?(?:%|per ?cent)\s+(?:holding|share|interest)\b")  # "$28 million in new shares for a 30% holding"

# A share stated right after its holder's name: "Halcyon holding 70% of the venture", "OIA will hold 60 percent".
_HOLDS = re.compile(r"\s+(?:will\s+hold|holds?|holding|owns?|owning|takes?|taking|with)\s+(?:a\s+|the\s+)?"
                    r"(\d+(?:\.\d+)?)\s?(?:%|per ?cent)")

# A share bought into another's project: "Sadaf takes 40% of Iveria's data centre", "Sadaf, which will acquire a 40% stake".
_BUYS_INTO = re.compile(r"(?:,\s+which)?\s+(?:will\s+)?(?:takes?|taking|took|acquires?|acquiring|acquired|buys?|buying|bought)\s+(?:a\s+)?"
                        r"(\d+(?:\.\d+)?)\s?(?:%|per ?cent)")

# …or before it: "70 percent will be undertaken by Boğaziçi Holding", "60% owned by OIA".
_SHARE_BY = re.compile(r"\b(\d+(?:\.\d+)?)\s?(?:%|per ?cent)\s+(?:of\s+(?:it|the\s+\w+)\s+)?(?:will\s+be\s+|is\s+|are\s+)?"
                       r"(?:undertaken|held|owned|financed|funded|provided|contributed)\s+by\s+(?:the\s+)?$")

# A company's home, not where it builds: "the Denver-based developer", "Melbourne infrastructure
# investor Banksia Capital", "Johannesburg wholesale carrier Fynbos".
_COMPANY_KINDS = (r"(?:investor|carrier|operator|developer|company|firm|group|fund|bank|start-?up|provider|telco|lender|"
                  r"insurer|conglomerate|builder|contractor|chipmaker|maker|utility)")
_BASED = re.compile(rf"[^\s,;.]+(?: [^\s,;.]+)?-based\b|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:[a-z-]+ ){{0,3}}{_COMPANY_KINDS} [A-Z]"
                    # (…or describing one: "Tagus Subsea Networks, a Lisbon company controlled by U.S. investors")
                    rf"|(?:(?<=\ba )|(?<=\ban ))[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:[a-z-]+ ){{0,3}}{_COMPANY_KINDS}\b")

# What a public body does when it is the investor itself (the parse has no lemmas).
# A sentence about a market's or a grid's capacity, not a facility's.
_MARKET_CAPACITY = re.compile(
    r"\b(?:estimates?|estimated|forecasts?|projects?|expects?)\s+that\b|\b(?:(?:market|sector|industry|nationwide|national|"
    r"countrywide)(?:'s)?|country's)\s+(?:[\w-]+\s+){0,2}capacity\b|[A-Z][\w-]+(?:'s|’s)\s+(?:total\s+|installed\s+)?(?:data[- ]cent(?:re|er)\s+)?"
    r"capacity\b|\bcapacity\s+of\s+(?:an\s+)?additional\b|\b(?:assigned|granted)\s+access\b"
    r"|\bcapacity\s+of\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?data[- ]?cent(?:re|er)s\b", re.I)  # (…"of data centres in the country")

# Where a plan was told, not where it is built: "announced in Kyoto on Monday", "told reporters
# in Nairobi", "said at the LEAP conference on the outskirts of Riyadh".
_TOLD_IN = re.compile(r"\b(?:announced|said|says|told\s+(?:\w+\s+){0,2}?|speaking|spoke|reported|unveiled|presented)\s+in\s+$"
                      r"|\b(?:conference|summit|forum|expo|exhibition|congress|ceremony|roadshow)\s+(?:held\s+)?"
                      r"(?:in|at|near|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$", re.I)

# What sets a place against another: "…in Taiwan rather than the United States".
_CONTRASTED = re.compile(r",?\s+(?:rather than|instead of)\b")

# When building starts, not when the site opens: "construction of the first phase will start in
# the spring of 2027", "if construction has not started by the end of 2027", "breaks ground in 2026".
_BUILDING_STARTS = re.compile(r"(?:\b(?:construction|works?|groundworks?|earthworks)\b(?:(?!\b(?:operat|open|run|serv|live|online|ready|20\d\d))[^;.]){0,60}?"
                              r"\b(?:start|begin|began|begun|commenc)\w*"
                              r"|\b(?:start|begin|began|commenc)\w*\s+(?:of\s+)?(?:construction|works?)\b|\bbreak(?:s|ing)?\s+ground\b)"
                              r"(?:(?!\b(?:operat|open|run|serv|produc|ready|online|live)|[,;.])(?:.|\n)){0,25}$", re.I)

# A company named the builder: "has won the tender", "wins RSD 4.4bn tender", "was awarded the contract".
_WON = re.compile(r"\b(?:won|wins|win|winning|secured|secures|was\s+awarded|has\s+been\s+awarded)\s+(?:[^;]{0,30}?\s)?(?:tender|contract|bid)\b", re.I)

_BUILD_VERB = re.compile(r"(?:build|built|construct|invest|spen[dt]|develop|deploy|la(?:y|id)|commission|invit|tender|procur|install|buy|bought|purchas)")

_CONTRACTOR_BEFORE = re.compile(r"\b(?:(?i:contractors?|builders?)\s+(?:(?:in|at|for|on)\s+(?:the\s+)?[\w'’-]+\s+)?(?:(?:is|was|will\s+be)\s+)?(?:(?:the|a|local|firm|company|construction)\s+)*"
                                r"|\b(?i:awarded|gave|handed|let)\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,3}contract\s+to\s+(?:the\s+)?"
                                r"|\b(?i:signed)\s+(?:a|the|an)\s+(?i:supply|construction|turnkey|EPC|build|design-build)\s+contract\s+with\s+(?:the\s+)?)"
                                r"(?:[A-Z][\w'’-]*\s+){0,2}$")
# …or told as one after the name: "Coral Harbour Construction Ltd. has been appointed design-build contractor",
# "Abay Construction PLC, the main contractor,".
_CONTRACTOR_AFTER = re.compile(r"\.?\s*(?:,\s*(?:the|its)\s+(?:[\w-]+\s+){0,2}contractor\b|\s+(?:has\s+been|have\s+been|was|were|is|will\s+be)\s+"
                               r"(?:appointed|named|hired|selected|chosen|contracted|engaged)\s+(?:as\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}"
                               r"(?:contractors?|builders?)\b|\s+(?:(?:is|are|will\s+be)\s+)?(?:acting\s+)?(?:(?:only|solely|just)\s+)?as\s+(?:the\s+|an?\s+)?"
                               r"(?:[\w-]+,?\s+){0,4}contractor\b)", re.I)
# …or a supplier: "Nokia supplies the optical equipment".
_SUPPLIES = re.compile(r"\s+(?:will\s+|is\s+to\s+)?(?:supplies|supply|supplied|delivers|deliver|delivered)\s+(?:the\s+|its\s+|all\s+)?"
                       r"(?:[\w-]+\s+){0,2}(?:equipment|gear|hardware|servers|chips|GPUs|accelerators|switches|turbines|transformers|"
                       r"generators|cooling|cables?)\b", re.I)
_LENDING = re.compile(r"\b(?:lend(?:s|ing)?|lent|loans?|credit(?: facility)?|(?:debt\s+)?financing)\b", re.I)
# "…(BNB), which approved a financing of R$ 950 million": a loan, in a translation's words.
_LENDER_VERB = re.compile(r"[\w.&'’-]*[\s(),]*(?:(?:and|&)[\s(),]*)*(?:the\s+[\w\s-]{0,60}?,\s*)?"
                          r"(?:(?:will|is|are|has|have|had|would|also|be|to)\s+)*(?:lend|lends|lending|lent)\b"
                          r"|[\w.&'’-]*[\s(),]*(?:[A-Z]{2,6}\)\s*)?,\s*(?:which|that)\s+(?:has\s+)?(?:approved|granted|provided|arranged|extended)\s+"
                          r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:financing|loan|credit)\b"
                          r"(?!\s+(?:its|their|our|his|her)\s+(?:support|expertise|name|weight|voice|backing))", re.I)
# "a loan from Afreximbank", "a loan of the West African Development Bank (BOAD)" (a translation's words).
_LOAN_FROM = re.compile(r"\b(?:loans?|lending|credit|debt financing)\s+(?:of\s+\S+\s+\S+\s+)?(?:from|of)\s+(?:the\s+)?$", re.I)

# "Correction: An earlier version of this article misstated the capacity as 150 MW": figures
# that were wrong.
_RETRACTION = re.compile(r"\b(?:earlier|previous|original) version of this (?:article|story|report)\b"
                         r"|\b(?:misstated|misreported|(?:incorrectly|wrongly|erroneously) (?:said|stated|reported|gave))\b", re.I)
# A site put in a place through the area it lies in: "in the industrial zone of", "on the
# outskirts of" (the area in lower case: "the Songinokhairkhan district of Ulaanbaatar" is in
# a district of its own).
_SITE_IN = (r"\b(?:in|at|near|outside|on)\s+(?:the\s+|its\s+)?(?:(?-i:[a-z'’-]+\s+){0,2}?|(?-i:[A-Z][\w'’-]+\s+){1,2}(?=(?-i:village|town|hamlet)))"
            r"(?:zone|area|district|park|estate|region|outskirts|suburbs?|heart|edge|centre|center|municipality|town|city|village|hamlet|port)\s+of\s+")
# A sentence about the sites just told together: "Both are scheduled for first handover in 2027",
# "The two data centres will…", "All three sites are…" (not "Both partners will fund it").
_SEVERAL = re.compile(r"\s*(?:Both|The two|All (?P<n>three|four))(?:\s+(?:new\s+)?(?:projects|sites|facilities|buildings|stations|cables|"
                      r"systems|data cent(?:re|er)s|campuses|plants|fabs|halls))?\s+(?:are|will|were|would|should|have|can|could|must)\b")
# What comes before a place another is told by its bearing or distance from: "about 40 km north of
# Dhaka", "20 miles from Austin".
_AWAY_FROM = re.compile(r"(?:\b(?:north|south)(?:-?(?:east|west))?|\beast|\bwest)\s+of\s+(?:the\s+)?$|\b(?:km|kilometres|kilometers|miles)\s+from\s+$", re.I)
# When a company began, not a site: "Rwenzori, founded in 2016, …".
_FOUNDED = re.compile(r"\b(?:founded|established|incorporated|set up|formed|launched)\s+(?:\w+\s+){0,2}?(?:in\s+)?$", re.I)
# What comes right before a sum said not to be so: "…, not R6-billion".
_NOT_SO = re.compile(r"\b[Nn]ot\s+(?:\w+\s+){0,2}$")
# A sentence about the one before it: "Vaněk denied this on Tuesday", "The company denied the report".
_POINTS_BACK = re.compile(r"[^.;]*\b(?:denied|dismissed|rejected|confirmed|declined to comment on)\s+(?:this|that|it|the (?:report|reports|claim|story))\b")
# A denial of what another, unnamed company would do: "denied a report that a U.S. hyperscaler was
# in talks", "dismissed reports that a US chipmaker would take a stake".
_UNNAMED_OTHER = re.compile(r"\b(?:report|reports|claims?|speculation|rumou?rs?)\b[^.;]{0,60}?\bthat\s+(?:a|an|another)\s+(?:[\w.-]+\s+){0,3}?"
                            r"(?:company|firm|hyperscaler|chipmaker|investor|operator|developer|group|bank|fund|player|provider)\b", re.I)
# A place's possessive before a company's name: "Japan's Hikari Infra Partners".
_POSSESSIVE = re.compile(r"['’]s\s+")
# Who owns what the sentence tells of: "is owned by a consortium led by", "financed by", "The $340
# million project is led by X".
# (…with where the company is from: "a four-party consortium led by London-based X".)
_OWNED_BY = re.compile(r"(?:\b(?:owned|financed|funded|led)\s+by\s+(?:a\s+consortium\s+led\s+by\s+|the\s+)?|\bconsortium\s+led\s+by\s+)"
                       r"(?:[\w-]+-based\s+)?$")
# "The investment will be made by X", "the investment is channelled through its subsidiary X".
_MADE_THROUGH = re.compile(r"\b(?:the|this|that)\s+investment\s+(?:will\s+be|would\s+be|is\s+being|is|was)\s+(?:made|carried\s+out|undertaken|"
                           r"channell?ed|executed)\s+(?:by|through|via)\s+(?:(?:its|their)\s+(?:subsidiary|unit)\s+)?(?:the\s+)?", re.I)
# "Both projects are owned and being built by X": whose every project told so far is.
_ALL_OWNED_BY = re.compile(r"\b(?:both|all|the\s+two|the\s+three)\s+(?:projects|sites|facilities|data\s+cent(?:re|er)s|campuses)\s+(?:are|will\s+be)\s+"
                           r"(?:wholly\s+)?owned(?:\s+and\s+(?:being\s+)?(?:built|developed|operated|financed))?\s+by\s+(?:the\s+)?", re.I)
_POWER_PLANTS = re.compile(r"\b(?:hydro(?:power|electric)?|solar|wind|gas|coal|thermal|power)(?:[\s-]+power)?\s+(?:plants?|farms?|stations?|parks?)\b", re.I)
# "KCD itself will carry out the investment": the same, told by the company first.
_MAKES_IT = re.compile(r"\s+(?:itself\s+)?(?:will|would|is\s+to)\s+(?:make|carry\s+out|undertake|execute)\s+the\s+investment\b", re.I)
# Whose a project is, told after it: "a 64MW campus at Sedenak by Pulai Digital Infra", "an expansion by
# Kempas Cloud", "will be realized by the controlled Aurora Data Center".
_MADE_BY = re.compile(r"\b(?:(?:campus|cent(?:re|er)|facility|project|expansion|investment|plant|fab|network|cable|system|station|cluster|"
                      r"supercomputer)(?:\s+(?:at|in|near)\s+[^,;.]{1,40}?)?"
                      r"|realized|realised|undertaken|carried out|planned|proposed|promoted|implemented|developed)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)

# What stands between a company and the sum its facility costs: "Kestrel Data Centres' £300 million data centre".
_OWNS = re.compile(r"['’]s?\s+(?:(?:new|planned|proposed|flagship|first|second|third)\s+)?")

# Nouns for a site, after the name of its place or its owner.
_SITE_NOUNS = rf"site|{FACILITY_NOUNS}"
# A facility right after a place's name: "its N70 billion Abuja campus", "the Kwai Chung data centre".
_NAMED_SITE = re.compile(rf"\s+(?:project|{_SITE_NOUNS}|hub)s?\b", re.I)
# "…already operates two data centers in Sweden, in Luleå and in Sundsvall": the sites it runs, by town.
_RUNS_SITES_IN = re.compile(rf"\b(?:already|currently)\s+(?:operates|runs)\s+(?:[\w-]+\s+){{0,4}}?(?:(?:{_SITE_NOUNS})(?:s|es)|facilities)\s+(?:[\w\s,]{{0,20}}\s)?(?:in|at)\b", re.I)
# "Meta's data centre", "Arcwell's existing campus": a company's own site.
_SITE_OF = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_SITE_NOUNS})\b", re.I)

# A sentence that calls a company by what it is, as its subject: "Last month the Concepción-based operator announced".
_CALLED_BY_KIND = re.compile(r"\s*(?:(?:Last|This|Next|On|In|Earlier|Later)\b[^,]{0,20}?,?\s+)?[Tt]he\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:operator|company|provider|developer|firm|group|carrier|start-?up|builder|telco)\s+(?:has\s+|had\s+|will\s+|also\s+)?[a-z]+")

# A facility named as a company's in a translation's words: "the new submarine cable of Carthage Subsea SA".
_FACILITY_OF = re.compile(rf"\b(?P<noun>{_SITE_NOUNS}|cable|system|project)\s+of\s+(?:the\s+)?(?:company\s+)?$", re.I)

# A sentence that opens on a facility just told of: "… topped out LLA2. The SEK 2.4bn facility will add 36MW";
# "Bluegum Data Centres is the one I'd bet on. Its MEL3 campus in Laverton North is a A$1.1 billion build".
_DESCRIBED_FACILITY = re.compile(rf"\s*(?:The|This|Its|Their)\s+(?:\S+\s+){{0,3}}?(?:{_SITE_NOUNS}|building|cable|project)[\s,]")
# A company's part in a project another leads: "OPT also joins the project as partner", "ASN has been
# selected as the supplier".
_PART_IN_ANOTHERS = re.compile(r"\b(?:partners?|supplier|contractor|lender|tenant|joins?|joined|selected|hired|appointed|awarded)\b")
# What names a unit's owner just before its name: "a subsidiary of the Brisbane-based ".
_OWNER_OF_UNIT = re.compile(r"\b(?:subsidiary|unit|arm|affiliate)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# Nouns a company is named after: "its subsidiary X", "their new joint venture, X".
_GENERIC_INVESTORS = frozenset({"subsidiary", "venture", "unit", "arm", "affiliate", "company", "firm", "vehicle", "entity"})


class InvestmentFinder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = full_text(doc)
        self.entities = {e.name: e for e in doc._.entities}
        # Where organisations' names end: "Cendana Digital Pte Ltd of Singapore" is the company's home.
        self.org_spans = {ms: me for ms, me, _, t in doc._.mentions if t == "Organization"}
        self.org_ends = set(self.org_spans.values())
        self.place_mentions = {ms: (me, name) for ms, me, name, t in doc._.mentions if t == "Place"}
        self.place_starts = {me: ms for ms, (me, _) in self.place_mentions.items()}
        self.sentences = self._sentences()
        self.amount_spans = [(a.start, a.end) for a in doc._.amounts]
        self.lenders = self._lenders()
        self.contractors = self._contractors()
        self.main_investor = self._main_investor()
        self.main_facility = self._main_facility()
        # A place the gazetteer does not know ("Pudahuel") lies in the country the article is
        # about: the one its places lie in most often (Hamburg and Potsdam count for Germany).
        counts = Counter(country_of(self.entities, n) for s in self.sentences for _, n in s.places)
        counts.pop(None, None)
        self.main_country = counts.most_common(1)[0][0] if counts else None

    # -- reading the document ---------------------------------------------------------------

    def _sentences(self) -> list[_Sentence]:
        doc, out = self.doc, []
        mentions = doc._.mentions
        # The text with organisations' names blanked, once for the whole document.
        bare = list(self.text)
        for ms, me, _, t in mentions:
            if t == "Organization":
                bare[ms:me] = " " * (me - ms)
        bare = "".join(bare)
        for i, sent in enumerate(sentences(doc)):
            s, e = sent.start_char, sent.end_char
            inside = [(ms, name, t) for ms, me, name, t in mentions if s <= ms < e]
            out.append(_Sentence(
                i, s, e, sent.text,
                orgs=[(ms, n) for ms, n, t in inside if t == "Organization"],
                places=[(ms, n) for ms, n, t in inside if t == "Place"],
                amounts=[(a.start, a.money) for a in doc._.amounts if s <= a.start < e],
                # (A network in a company's name is none: "with Greek operator Aigaion Networks SA".)
                facilities=[(s + fs, label) for fs, fe, label in facility_mentions(sent.text)
                            if label != "network" or bare[s + fs:s + fe].strip()],
                bare=bare[s:e],
                retracted=bool(_RETRACTION.search(sent.text)),
            ))
        return out

    def _is_investor(self, name: str) -> bool:
        entity = self.entities.get(name)
        return bool(entity) and entity.type == "Organization" and entity.subtype not in NOT_INVESTORS \
            and name not in self.lenders

    def _lenders(self) -> set[str]:
        """Banks and funds that lend the money ("BII and Proparco will lend $110 million to
        Mvuli", "the EBRD is lending us $25 million", "a loan from Afreximbank"): neither the
        investor nor a partner."""
        lenders = set()
        for sent in self.sentences:
            if not _LENDING.search(sent.bare):
                continue
            for pos, name in sent.orgs:
                # The name, other names beside it and a description, then the verb: "British
                # International Investment (BII) and Proparco, the French development finance
                # institution, will lend".
                after = sent.bare[pos - sent.start:]
                lends = _LENDER_VERB.match(after)
                token = self._head(pos)
                # "BII is providing $70m … as loans" (by the verb's form: the pipeline has no lemmatizer)
                provides = token is not None and token.dep_ == "nsubj" and re.match(r"(?:provid|extend|arrang)", token.head.lower_) \
                    and re.search(r"\b(?:loans?|credit)\b", sent.text[token.head.idx - sent.start:], re.I)
                if lends or provides or _LOAN_FROM.search(self.text, max(sent.start, pos - 60), pos):
                    lenders.add(name)
        return lenders

    def _country_of(self, place: str | None) -> str | None:
        return country_of(self.entities, place)

    def _specificity(self, place: str) -> int:
        entity = self.entities.get(place)
        if entity and entity.subtype is None and re.search(r"\s(?:Sea|Ocean|Strait)$|^(?:Strait|Sea|Gulf) of\s", place):
            return _RANK["Continent"]  # "a cable across the Black Sea": where no site stands
        return _RANK.get(entity.subtype if entity else None, 2)

    def _site_rank(self, place: str) -> int:
        """How specific a place named as a site's is: a locality the index does not know is the
        most specific, unless it is named as a region ("Pavlodar region", "Makwanpur province")."""
        return _RANK.get(self.entities[place].subtype, 2 if _AREA.search(place) else 4)

    def _related(self, a: str, b: str) -> bool:
        """A company and its parent or unit (Google and Alphabet)."""
        ea, eb = self.entities.get(a), self.entities.get(b)
        return bool(ea and eb) and (ea.subsidiary_of == b or eb.subsidiary_of == a)

    def _contractors(self) -> set[str]:
        """Companies a story names as the builders ("The main contractor in Tološi is the local
        firm Moračagradnja d.o.o.", "Turkish contractor Ege İnşaat A.Ş. won the tender"): not
        whose project it is."""
        found = set()
        for sent in self.sentences:
            for pos, name in sent.orgs:
                # (…a supplier too, unless it also takes a stake: "Corlex will supply the accelerators and will
                # contribute USD 200 million in return for a minority stake")
                if _CONTRACTOR_BEFORE.search(self.text[max(sent.start, pos - 60):pos]) \
                        or _CONTRACTOR_AFTER.match(self.text, self.org_spans.get(pos, pos)) \
                        or _SUPPLIES.match(self.text, self.org_spans.get(pos, pos)) and not _STAKE.search(sent.bare):
                    found.add(name)
        return found

    def _main_investor(self) -> str | None:
        """The article's company: the one that speaks as "we" ("We started Fjällhall Compute in
        2021", "I founded Khuree Data"), else the one named most."""
        ours = our_company(self.doc, {n for n in self.entities if self._is_investor(n)})
        if ours:
            return ours
        # "Of the investment, 70 percent will be undertaken by Boğaziçi Holding": a joint venture's largest owner.
        for s in self.sentences:
            for pos, name in s.orgs:
                share = _SHARE_BY.search(self.text, s.start, pos)
                if share and float(share.group(1)) > 50 and self._is_investor(name):
                    return name
        counts = Counter(name for s in self.sentences for _, name in s.orgs if self._is_investor(name) and name not in self.contractors)
        # (…and not one that takes a minority stake in another's projects: "Sadaf takes 40% of Iveria's Tbilisi data centre".)
        minority = {name for s in self.sentences for pos, name in s.orgs
                    if (share := _BUYS_INTO.match(self.text, self.org_spans.get(pos, pos))) and float(share.group(1)) < 50}
        counts = Counter({n: c for n, c in counts.items() if n not in minority}) or counts
        return counts.most_common(1)[0][0] if counts else None

    def _main_facility(self) -> str | None:
        counts = Counter(label for s in self.sentences for _, label in s.facilities)
        return counts.most_common(1)[0][0] if counts else None

    # -- anchors and events -----------------------------------------------------------------

    def _local(self, items: list[tuple[int, str]], at: int) -> str | None:
        """The item nearest to a point of the sentence, after it first ("$2bn in Spain")."""
        nearest = self._nearest(items, at)
        return nearest[1] if nearest else None

    @staticmethod
    def _nearest(items: list[tuple[int, str]], at: int) -> tuple[int, str] | None:
        """The (position, item) :meth:`_local` chooses."""
        if not items:
            return None
        after = [(pos - at, pos, name) for pos, name in items if pos >= at]
        before = [(at - pos, pos, name) for pos, name in items if pos < at]
        _, pos, name = min(after) if after and (not before or min(after)[0] <= 40) else min(before) if before else min(after)
        return pos, name

    def _place_in(self, sent: _Sentence, at: int) -> str | None:
        """Where the facility is: a place introduced by "in", "at", "near" (not the company's
        home, "headquartered in Dallas"), nearest to the facility or the sum."""
        candidates = []
        for pos, name in sent.places:
            if self._specificity(name) == 0:
                continue
            before = self.text[max(sent.start, pos - 30):pos].lower()
            if re.search(r"(?:headquartered|based|listed|registered|founded)\s+(?:\w+\s+)?in\s+$|\bfrom\s+$", before) \
                    or self._told_apart(sent.start, pos):
                continue
            if self._specificity(name) == 1 and re.search(r"\boutside\s+(?:of\s+)?(?:the\s+)?$", before):
                continue  # "its first office outside the US": somewhere else
            candidates.append((pos, name))
        labels = [name for pos, name in candidates if self._specificity(name) >= 3 and self._list_label(pos)]
        if labels:
            return labels[0]  # "• Eldoret: a 1,200 kW facility with an investment of Kshs 2.4 billion"
        near = [(pos, name) for pos, name in candidates
                if re.search(r"\b(?:in|at|near|outside|across|to|off)\s+(?:the\s+)?(?:[\w'’]+\s+)?$|\b(?:on|at)\s+the\s+(?:[a-z-]+\s+)?(?:edge|outskirts|fringes?)\s+of\s+$",
                             self.text[max(sent.start, pos - 45):pos], re.I)
                or self._on_site(pos, name)
                or pos in self.place_mentions and _NAMED_SITE.match(self.text, self.place_mentions[pos][0])]  # "its Abuja campus"
        # Anchor on the facility nearest the sum: "$2bn in a data centre in Querétaro, and
        # $1.5bn in a cloud region in Santiago".
        anchor = min((abs(f - at), f) for f, _ in sent.facilities)[1] if sent.facilities else at
        at, chosen = self._nearest(near or candidates, anchor) or (None, None)
        # "at Kemps Creek in western Sydney", "in Plottier, Neuquén": the place the chosen one
        # holds, named right before it, is the more specific.
        for pos, name in candidates:
            if name != chosen and at is not None and pos < at and pos in self.place_mentions \
                    and re.fullmatch(rf"(?:,\s+|{_LIES_IN.pattern})", self.text[self.place_mentions[pos][0]:at]) and self._may_lie_in(name, chosen):
                return name
            # …and so is the place it holds, named right after it as its own: "in Baku's Khatai district".
            if at is not None and pos > at and at in self.place_mentions \
                    and re.fullmatch(r"['’]s\s+", self.text[self.place_mentions[at][0]:pos]) and self._may_lie_in(name, chosen):
                return name
        return chosen

    def _owner_start(self, pos: int) -> int:
        """Where the words before a place start: before the place whose own it is told to be, if
        any ("in Abu Dhabi's Masdar City" is in Masdar City)."""
        owner = re.search(r"['’]s\s+$", self.text[max(0, pos - 4):pos])
        return self.place_starts.get(pos - len(owner.group(0)), pos) if owner else pos

    def _may_lie_in(self, inner: str, outer: str) -> bool:
        """Whether the text may say one place lies in another: the index puts it there, or
        knows no other country for it and it is no bigger a kind of place."""
        if self._within(inner, outer):
            return True
        country = self._country_of(inner)
        known = self.entities[inner].subtype is not None
        return (country is None or country == self._country_of(outer)) and (not known or self._specificity(inner) >= self._specificity(outer))

    def _names_the_site(self, pos: int) -> bool:
        """"The Gelephu project", "the Kwai Chung data centre": a locality (not a big city, a region
        or a country: "the New York fab" is in a town the text names) that names the site."""
        if pos not in self.place_mentions:
            return False
        end, name = self.place_mentions[pos]
        return self._locality(name) and bool(re.search(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}$", self.text[max(0, pos - 30):pos])) \
            and bool(_NAMED_SITE.match(self.text, end))

    def _locality(self, name: str) -> bool:
        """A town rather than a big city, a region or a country."""
        subtype = self.entities[name].subtype
        return subtype is None or subtype == "City" and places.is_place_name(name) and places.lookup(name).population < 500_000

    def _told_apart(self, sentence_start: int, pos: int) -> bool:
        """A place told as where a plan was announced ("said at the LEAP conference on the
        outskirts of Riyadh"), set against the site ("work done almost entirely in Taiwan rather
        than the United States"), a company's base ("a Lyon-based operator") or its home ("Cendana
        Digital Pte Ltd of Singapore", "Japan's Hikari Infra Partners"), not as where anything is built."""
        return bool(_TOLD_IN.search(self.text, max(sentence_start, pos - 60), pos) or _BASED.match(self.text, pos)
                    or pos in self.place_mentions and _CONTRASTED.match(self.text, self.place_mentions[pos][0])
                    or pos in self.place_mentions and bool(owned := _POSSESSIVE.match(self.text, self.place_mentions[pos][0]))
                    and owned.end() in self.org_spans  # "Japan's Hikari Infra Partners"
                    or any(re.fullmatch(r"(?:\s+[A-Z][\w.]*){0,2},?\s+of\s+", self.text[end:pos]) for end in self.org_ends if pos - 25 <= end < pos))

    def _list_label(self, pos: int) -> bool:
        """A place that heads a line of a list and labels what follows: "• Eldoret: a 1,200 kW
        facility…", "• Pune — 40 MW, opening 2027"."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        head = re.fullmatch(r"\s*([•·*▪–-]\s*)?", self.text[line_start:pos])
        label = re.match(r"[^\n:,—–]{1,30}?\s*(:|—|–)\s", self.text[pos:])
        if not (head and label):
            return False
        line = self.text[pos:self.text.find("\n", pos) if "\n" in self.text[pos:] else len(self.text)]
        if line_start == 0 and re.search(r"\b(?:at|in|near|off)\s+[A-Z]", line):
            return False  # a headline that sites the facility itself: "Oran: launching of a data center at Hassi Ameur"
        # A bullet; or a colon and a line about a facility of its own (not a dateline:
        # "NAIROBI: The company…", "JOHANNESBURG – Indlovu … a data centre in Midrand").
        return bool(head.group(1)) or label.group(1) == ":" and not line.split(":")[0].isupper() \
            and bool(facility_mentions(line) or quantities.find_capacity(line))

    def _place_referred_to(self, sent: _Sentence) -> str | None:
        """"We'll open an office in Las Condes. We plan to spend US$4 million on it": a sum
        whose sentence points back ("on it", "the office") at the facility of the sentence
        before takes that facility's place."""
        if sent.index == 0 or sent.places:
            return None
        previous = self.sentences[sent.index - 1]
        # "The larger bet is in Clay, New York. There Micron plans to spend up to $100 billion".
        if re.match(r"\s*There\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could)\b)", sent.text):
            return self._place_in(previous, previous.start)  # the first place it puts anything in
        if not re.search(r"\b(?:on|in|into|for) (?:it|them)\b|\b(?:the|this|that) (?:[\w-]+ ){0,3}?"
                         r"(?:office|site|facility|campus|project|plant|hub|centre|center|system|cluster)\b"
                         r"|^\s*It (?:will|would|is|was|has)\b", sent.text, re.I):
            return None
        # ("…build a data center in Kralendijk and lay a cable to Curaçao. The data center will
        # cost…": the facility of the kind it names, else the one told last.)
        kinds = {label for _, label in sent.facilities}
        at = max((pos for pos, label in previous.facilities if label in kinds), default=previous.end)
        return self._place_in(previous, at) if previous.facilities or _FACILITY_REFERRED.search(previous.text) else None

    def _section_place(self, sent: _Sentence) -> str | None:
        """A sum in a release's section whose heading names the site ("MEL2 - Laverton North,
        Victoria" over "The A$650m, 48MW facility will open in 2026"): the heading's most
        specific place."""
        if sent.places:
            return None
        headings = [i for i in self._headings if i < sent.index]
        return max((n for _, n in self.sentences[headings[-1]].places), key=self._site_rank, default=None) if headings else None

    @cached_property
    def _headings(self) -> list[int]:
        """The sentences that are headings, after the headline, in order."""
        return [s.index for s in self.sentences[1:] if self._heading(s)]

    def _heading(self, sent: _Sentence) -> bool:
        """A short line of its own with no full stop, or a short paragraph's opening with no verb
        ("2. RAK-1 (Al Ghail, Ras Al Khaimah) – under construction. Structural works…"); not a
        dateline ("Cairo, 22 July 2025")."""
        line = self.text[sent.start:sent.end].strip()
        previous = self.sentences[sent.index - 1] if sent.index else None
        numbered = previous is not None and re.fullmatch(r"\s*\d{1,2}[.)]\s*", previous.text) \
            and self.text[previous.start - 1:previous.start] == "\n"
        whole_line = self.text[sent.start - 1:sent.start] == "\n" and "\n" in self.text[sent.start:sent.end + 1]
        if not (whole_line or numbered) or "\n" in line or len(line.split()) > 10 or re.search(r"[!?:;\"”]$|\b(?:19|20)\d\d\b", line):
            return False
        if not line.endswith("."):
            return whole_line
        span = self.doc.char_span(sent.start, sent.end, alignment_mode="expand")
        return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)

    def _investor_in(self, sent: _Sentence, at: int) -> str | None:
        """The company that does the investing: the unit a parent's sum is for ("by its
        subsidiary X"), the subject of the sentence ("X will invest", "X's data centre"), else
        the company named before the sum."""
        units = [n for pos, n in sent.orgs if self._is_investor(n) and (
            _FOR_UNIT.search(self.text, sent.start, pos)
            or pos > at and re.search(r"\bfor\s+$", self.text[pos - 5:pos]) and _FOR_TO_BUILD.match(self.text, self.org_spans[pos]))]
        if units:
            return units[0]
        majority = self._majority_holder(sent)
        if majority:
            return majority  # a joint venture's largest owner
        candidates = [(pos, n) for pos, n in sent.orgs if (self._is_investor(n) or self._public_builder(n, pos))
                      and not self._partner_position(sent, pos) and n not in self.contractors
                      and not re.match(r"-(?:listed|quoted|traded)\b", self.text[self.org_spans.get(pos, pos):])  # ("JSE-listed")
                      and not self._in_dateline(pos)]
        if not candidates:
            return None
        # "Mace Group has been hired to build Kestrel Data Centres' £300 million data centre": whose
        # facility the sum is for, whoever builds, supplies or rents it.
        owners = [n for pos, n in candidates if pos in self.org_spans and _OWNS.fullmatch(self.text, self.org_spans[pos], at)]
        if owners:
            return owners[-1]
        subjects = [(pos, n) for pos, n in candidates if self._is_subject(pos)]
        if subjects:
            # "AWS plans to spend $10bn…, while Google has committed $2.3bn": the subject
            # closest before the sum.
            before = [s for s in subjects if s[0] <= at]
            if before:
                return before[-1][1]
        before = [(pos, n) for pos, n in candidates if pos <= at]
        if before:
            return before[0][1]
        # Only companies after the sum: its owner when the sentence says so ("The US$620 million
        # cable is owned by a consortium led by Tihama Carriers"); else ("…with the participation
        # of HDBI") the article's own company, if it has one, more often than they are.
        owners = [n for pos, n in candidates if _OWNED_BY.search(self.text, max(sent.start, pos - 40), pos)
                  or _MADE_BY.search(self.text, max(sent.start, pos - 40), pos)]
        # (…or the one the clause about it says pays for it: "The US$180 million system, which Kuramo
        # Subsea is financing and will own".)
        owners = owners or [n for pos, n in candidates if self._pays_for_facility(pos)]
        return owners[0] if owners else self.main_investor or candidates[0][1]

    def _pays_for_facility(self, pos: int) -> bool:
        """Whether the name at ``pos`` is the subject of paying for or building a facility the
        clause names: "The US$180 million system, which Kuramo Subsea is financing", "where Tagus
        is building a landing station" (not "a new substation that Duke Energy is building")."""
        token = self._head(pos)
        if token is None or token.dep_ != "nsubj" or not re.match(r"(?:financ|fund|pay|own|build|develop|invest|spen[dt]|plan)", token.head.lower_):
            return False
        verb = token.head
        what = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ("which", "that")), None) \
            or (verb.head if verb.dep_ == "relcl" else None)
        if what is None:
            return False
        # (…or the site: "a data centre at Ringaskiddy, where Lee Harbour Digital plans to…")
        site = verb.dep_ == "relcl" and any(start <= what.idx < end for start, (end, _) in self.place_mentions.items())
        return site or bool(re.fullmatch(r"system|project|cable|station|cent(?:re|er)|campus|facility|fab|plant|cluster|network|site", what.lower_))

    def _stake_of_another(self, sent: _Sentence, investor: str) -> bool:
        """Whether the stake a sentence tells of is another company's, not the investor's: "led by
        Pwani Digital, with Dhofar Telecom holding a 35% stake" (but not "The OIA will hold 60
        percent … and Khareef Telecom the remaining 40 percent")."""
        named = [(self.org_spans.get(pos, pos), n) for pos, n in sorted(sent.orgs)]
        following = [pos for pos, _ in sorted(sent.orgs)[1:]] + [sent.end]  # where the next name starts
        another = any(n != investor and _HOLDS.match(self.text, end) for end, n in named)
        own = any(n == investor and re.search(r"\d\s?(?:%|per ?cent)", self.text[end:until]) for (end, n), until in zip(named, following))
        return another and not own

    def _majority_holder(self, sent: _Sentence) -> str | None:
        """The company the sentence says holds more than half of the project: "…, with Halcyon
        holding 70% of the venture and Ventos do Nordeste 30%"."""
        for pos, name in sent.orgs:
            share = _HOLDS.match(self.text, self.org_spans.get(pos, pos))
            if share and float(share.group(1)) > 50 and self._is_investor(name):
                return name
        return None

    def _public_builder(self, name: str, pos: int) -> bool:
        """A public body is no investor when it grants or promotes, but is when it builds
        itself or buys the building: "DIDA is building the government cloud data centre in
        Gyumri", "GovTech has invited bids for the expansion of the national data centre"."""
        entity = self.entities.get(name)
        head = self._head(pos)
        return bool(entity) and entity.type == "Organization" and head is not None and head.dep_ == "nsubj" \
            and bool(_BUILD_VERB.match(head.head.lower_))

    def _head(self, pos: int):
        """The token that stands for the name at ``pos`` in the parse: the head of the name,
        or the generic noun it renames ("its subsidiary Kilele Edge Kenya Limited")."""
        token = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if token is None or not len(token):
            return None
        token = token[0]
        while token.head is not token and (token.dep_ in ("compound", "flat", "amod", "nmod") or (
                token.dep_ == "appos" and token.head.lower_ in _GENERIC_INVESTORS)):
            token = token.head
        return token

    def _is_subject(self, pos: int) -> bool:
        token = self._head(pos)
        if token is None:
            return False
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        return token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")

    def _main_subject(self, pos: int) -> bool:
        """The subject of its sentence's main verb, not of a clause in it ("…after the utility refused")."""
        token = self._head(pos)
        return token is not None and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"

    def _owner_of_subject(self, pos: int) -> bool:
        """Whose the main clause's subject or complement is: "The headline project is Sagarmatha
        Data's 20MW campus at Banepa"."""
        token = self._head(pos)
        return token is not None and token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass", "attr") \
            and token.head.head.dep_ == "ROOT"

    def _partner_position(self, sent: _Sentence, pos: int) -> bool:
        """"together with LG CNS", "backed by Harrow Peak", "built by X": a partner, not the investor."""
        before = self.text[max(sent.start, pos - 30):pos].lower()
        # (…but "led by X", "to be deployed by X": the one who builds and owns it; "12km from
        # Meta's data centre": a site of its own.)
        return bool(re.search(r"\b(?:with|by|alongside|from|including|and partner|partner)\s+(?:local\s+|the\s+)?(?:[\w-]+\s+){0,3}$", before)) \
            and not re.search(r"\b(?:(?:led|owned|operated|run|developed)|to be (?:deployed|established|developed|set up|rolled out))\s+by\s+", before) \
            and not _MADE_BY.search(self.text, max(sent.start, pos - 80), pos) \
            and not (before.endswith("from ") and pos in self.org_spans and _SITE_OF.match(self.text, self.org_spans[pos]))

    def _anchors(self) -> list[tuple[_Sentence, int, Money | None, str | None, str | None]]:
        """Where the sentences tell of an investment: the sentence, the position of its sum or
        site, the sum, the kind of facility — and the place, when the sentence tells of several
        sites each with its own."""
        anchors = []
        for sent in self.sentences:
            if sent.retracted:
                continue
            # (…or the question it answers: "LTM: And the cost? Tarawneh: JOD 210 million.")
            asked = self.sentences[sent.index - 1] if sent.index else None
            invest_cue = bool(_cue("invest").search(sent.bare)
                              or asked and asked.question and _cue("invest").search(asked.bare))
            # (A sentence whose sums are none of them investments may still tell of a site in
            # service: "…operates a 12 MW data centre in Rungkut, running since 2022 with an
            # investment of Rp 1.12 trillion".)
            amounts = [(pos, money) for pos, money in sent.amounts if not self._not_an_investment(sent, pos)]
            # ("The SEK 2.4bn facility will add 36MW": a sum given to a facility told before.)
            described = _DESCRIBED_FACILITY.match(sent.text)
            told = self._facility_told_before(sent, described)
            item = self._site_item(sent)
            for pos, money in amounts:
                if invest_cue or sent.facilities or described and pos < sent.start + described.end() or item:
                    anchors.append((sent, pos, money, told or self._costing(sent, pos) or self._local(sent.facilities, pos) or item, None))
            if not sent.amounts and sent.facilities and (invest_cue or _STAKE.search(sent.bare)):
                pos, label = sent.facilities[0]
                label = told or label
                site = self._existing_site(sent)  # "…after Bayline Data opened a 5MW facility at Tauriko"
                anchors.extend([(sent, pos, None, label, None)] if site is None
                               else self._sites_in_service(sent, site, self._local(sent.facilities, site)))
            elif not amounts:
                # A site already running, or a project called off, told with its size and no sum.
                site = self._existing_site(sent)
                if site is not None:
                    anchors.extend(self._sites_in_service(sent, site, sent.facilities[0][1] if sent.facilities else None))
                elif (site := self._called_off(sent)) is not None:
                    anchors.append((sent, site, None, sent.facilities[0][1] if sent.facilities else None, None))
        return anchors

    def _site_item(self, sent: _Sentence) -> str | None:
        """The kind of facility a list item that opens on its place and a dash gives the sum of, as
        the sentence after it tells, else the article's: "Rome, Floyd County (ROM1) — $410 mln,
        complete. The 36 MW building entered service in August"."""
        if not sent.places or sent.places[0][0] > sent.start + 1 or not sent.amounts or sent.index + 1 >= len(self.sentences):
            return None
        dash = re.match(r"[^.;\n]{0,60}?\s[—–-]\s+(?:[A-Z]{1,3}\$?\s?)?", self.text[sent.start:sent.end])  # (not a dateline's: the sum follows)
        after = self.sentences[sent.index + 1]
        if not dash or sent.amounts[0][0] > sent.start + dash.end() or "\n\n" in self.text[sent.end:after.start]:
            return None
        return after.facilities[0][1] if after.facilities else self.main_facility

    def _costing(self, sent: _Sentence, pos: int) -> str | None:
        """The facility a sum is given as the cost of, right after it: "a green data center of 4,5
        billion dirhams and a submarine cable", "a campus worth $2bn"."""
        before = [(at, label) for at, label in sent.facilities if at < pos]
        if before and re.fullmatch(r"[^,;.]{0,40}?\s(?:of|worth|costing|valued\s+at)\s+(?:(?:about|around|some|nearly|over)\s+)?",
                                   self.text[before[-1][0]:pos]):
            return before[-1][1]
        return None

    def _facility_told_before(self, sent: _Sentence, described: re.Match | None) -> str | None:
        """The kind of facility a sentence opening on a word for one ("The 6-megawatt facility
        will … close to the cable") is about, when it names a kind only further on: of those the
        sentence before told of, the one beside its sum, else the first ("Nyota is building a
        data centre next to the Shanzu landing station")."""
        if not described or sent.index == 0 or not sent.facilities or sent.facilities[0][0] < sent.start + described.end() - 1:
            return None
        before = self.sentences[sent.index - 1]
        if before.amounts:
            return self._local(before.facilities, before.amounts[0][0])
        return before.facilities[0][1] if before.facilities else None

    def _sites_in_service(self, sent: _Sentence, site: int, label: str | None) -> list[tuple]:
        """The sites in service a sentence tells of: the ``label`` one at ``site``, or one for each
        size when it gives several, each with its stretch of the sentence and the town in it
        ("JNB1 in Midrand, a 24MW campus opened in 2020, and CPT1, a 5MW facility in Bellville")."""
        sizes = [sent.start + size.start for size in quantities.find_capacity(sent.text)]
        towns = [(pos, name) for pos, name in sent.places if self.entities[name].subtype not in ("Region", "Country", "Continent")]
        if not sizes and len(towns) > 1 and _RUNS_SITES_IN.search(sent.text):
            sizes = [pos for pos, _ in towns]  # (sites with no size: one for each town)
        if len(sizes) < 2 or len(towns) < len(sizes):
            return [(sent, site, None, label, None)]
        # Each site's stretch ends where ", and" or ";" opens the next one's.
        cuts = [sent.start]
        for one, two in zip(sizes, sizes[1:]):
            joins = [m.start() for m in re.finditer(r",? and |; ", self.text[one:two])]
            cuts.append(one + joins[-1] if joins else (one + two) // 2)
        cuts.append(sent.end)
        anchors = []
        for at, start, end in zip(sizes, cuts, cuts[1:]):
            inside = [town for town in towns if start <= town[0] < end]
            if inside:
                town = min(inside, key=lambda town: abs(town[0] - at))[1]
                anchors.append((sent, at, None, self._local(sent.facilities, at) if sent.facilities else None, (town, start, end)))
        return anchors

    @staticmethod
    def _site(sent: _Sentence, words: str, near: int | None = None) -> int | None:
        """Where a sentence names the site it tells of: its facility (the one nearest the words
        that tell of it, when given), else a generic word for one."""
        if near is not None:
            sites = [f for f, _ in sent.facilities] + [sent.start + w.start() for w in re.finditer(rf"\b(?:{words})\b", sent.text)]
            if sites:
                return min(sites, key=lambda f: abs(f - near))
        if sent.facilities:
            return sent.facilities[0][0]
        word = re.search(rf"\b(?:{words})\b", sent.text)
        return sent.start + word.start() if word else None

    @classmethod
    def _called_off(cls, sent: _Sentence) -> int | None:
        """"The company has dropped plans for a 10MW facility in Dubbo", "a 10 MW data centre
        planned for Francistown was shelved": a project given by its size and place, cancelled
        or paused — an investment, with no sum. Where the facility is named, if it is."""
        if not (sent.places and quantities.find_capacity(sent.text)
                and (_cue("Cancelled").search(sent.bare) or _cue("Paused").search(sent.bare))):
            return None
        return cls._site(sent, "facility|site|campus|plant|project")

    @classmethod
    def _existing_site(cls, sent: _Sentence) -> int | None:
        """"Sindhu Digital already operates a 6 MW data centre in Lahore, which opened in
        2021", "the company's original 12 MW facility in Bodø": a site in service, with its
        capacity — an investment made, with no sum. Where the site is named, if it is one."""
        cue = _cue("existing").search(sent.text)
        if not cue or not sent.facilities and _POWER_PLANTS.search(sent.text):
            return None  # (nor a power plant: "operates seven small hydropower plants … of 34 MW")
        # (Its size, or when it opened: "The company's main plant in Cheonan, which opened in 2008";
        # or the towns it runs them in: "the company already operates two data centers in Sweden,
        # in Luleå and in Sundsvall".)
        sized = bool(quantities.find_capacity(sent.text))
        placed = bool(sent.places) and bool(sent.facilities or re.search(r"\b(?:plant|site|facility|campus|region)\b", sent.text))
        if not (sized or placed and (re.search(r"\b(?:19|20)\d\d\b", sent.text) or _RUNS_SITES_IN.search(sent.text))):
            return None
        # "…the second data centre proposed this year, after Bayline Data opened a smaller 5MW
        # facility at Tauriko": the site the cue tells of.
        # (…or its code: "Karri currently operates SYD1 in Macquarie Park (24MW) and MEL1 in Port Melbourne (16MW)".)
        site = cls._site(sent, r"facility|site|campus|plant|cent(?:re|er)|(?-i:[A-Z]{2,5}-?\d{1,2}[A-Z]?)", sent.start + cue.start())
        # (…or a site told by its size and town alone: "The one in Hostivař has 8 MW and runs since 2019".)
        return site if site is not None or not (sent.places and sized) else sent.start + cue.start()

    def _on_site(self, pos: int, name: str) -> bool:
        """A site put "on" a place: "on the Kitty Brewster Industrial Estate", "on the Heiane
        industrial area" (not "on the Pacific coast")."""
        if not re.search(r"\bon\s+(?:the\s+)?$", self.text[max(0, pos - 8):pos]):
            return False
        end = self.place_mentions[pos][0] if pos in self.place_mentions else pos + len(name)
        return bool(re.search(r"\b(?:Estate|Park|Zone)$", name)
                    or re.match(r"\s+(?:(?:industrial|business|technology|science|logistics)\s+(?:area|estate|park|zone)|site|plot)\b", self.text[end:end + 30]))

    def _denied_sums(self, sent: _Sentence) -> list[Money]:
        """The sums a sentence says are not so: "…, not CZK 4.5 billion as stated"."""
        return [money for pos, money in sent.amounts if _NOT_SO.search(self.text, max(sent.start, pos - 30), pos)]

    def _not_an_investment(self, sent: _Sentence, pos: int) -> bool:
        """A sum that is a grant ("a €200 million grant", "awarded $6bn"), or revenue, a
        running total, a loan…: told by the words right around it, within its clause."""
        end = next((a_end for a_pos, a_end in self.amount_spans if a_pos == pos), pos)
        after = self.text[end:min(sent.end, end + 40)]
        before = self.text[max(sent.start, pos - 30):pos]
        # "3.7 billion riyals ($987 million)", "KSh 8 billion (approximately USD 62 million)":
        # the same sum converted, in brackets right after it.
        if any(a_end <= pos and _CONVERSION.fullmatch(self.text, a_end, pos) for _, a_end in self.amount_spans):
            return True
        # "the project cost was R4.5-billion, not R6-billion", "nobody has knocked on my door with a
        # $2.3-billion cheque": a sum denied.
        if _NOT_SO.search(before) or re.search(r"\b(?:nobody|no one)\b[^.;,]*$", before, re.I):
            return True
        # "…is equivalent to about $121m", "a rate of about N1,530 to the dollar".
        if re.search(r"\bequivalent\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", before, re.I) \
                or re.match(r"\s*(?:to|per|against)\s+(?:the|one|a)\s+(?:US\s+)?(?:dollar|euro|pound)\b", after, re.I):
            return True
        if re.search(r"\bawards?(?:ed)?\s+(?:a|an|the)\s+$", before) and re.match(r"\s*(?:\([^)]*\)\s*)?contract\s+to\s+(?:build|construct|lay|deploy|install|supply)\b", after):
            return False  # "has awarded a Tk 1,940 crore contract to build a network": the buyer's investment
        if _subsidy_after().match(after):
            return True
        # "Shares of X fell 6.8% to Rp1,230", "the stock closed at $41", "raised his target price
        # on X to Rp 1,650 from Rp 1,420", "FFO came in at $1.42 a share": a share price.
        if re.search(r"\b(?:shares?|stock|(?:target|share) price|price target)\b[^;]{0,60}\b(?:to|at|from)\s+$", self.text[max(sent.start, pos - 100):pos], re.I) \
                or re.match(r"\s*(?:a|per)\s+share\b", after):
            return True
        if _subsidy_before().search(before):
            return True  # "a grant of €20 million", "a payroll rebate of up to $1.1 million"
        if re.search(r"\b(?:gave|given|gives|granted)\s+(?:(?:us|it|them|the\s+\w+)\s+)?$", before) and re.match(r"\s*towards?\b", after):
            return True  # "Enova gave us NOK 38 million towards the heat exchangers": another's gift
        # (A new clause also opens at "and said it would build": "raised its capex guidance
        # to $7.5 billion and said it would build a $1.4 billion campus"; and at "to fund": "took a
        # £200 million loan to fund its £300 million data centre".)
        said = [m.start() for m in re.finditer(r"\band (?:said|says|announced|added)\b|\bto (?:fund|finance|pay for)\b", self.text[sent.start:pos])]
        clause_start = max([self.text.rfind(c, sent.start, pos) for c in ",;:("] + [sent.start + said[-1] if said else -1])
        clause_end = min([i for i in (self.text.find(c, end, sent.end) for c in ",;)") if i != -1] or [sent.end])
        return bool(_cue("not_investment").search(self.text[max(sent.start, clause_start + 1):clause_end]))

    def events(self) -> list[_Event]:
        main_investor, main_facility = self.main_investor, self.main_facility
        events: list[_Event] = []
        for sent, pos, money, facility, site in self._anchors():
            # A sum whose sentence names no company continues the investment before it ("Kisumu:
            # a 2.4 MW facility, an investment of KSh 3.6 billion" after the announcement).
            investor = self._investor_in(sent, pos)
            before = None if investor else self._company_before(sent, events)
            # ("STM: You also announced a site in Erdenet. What happened? Oyungerel: That was a 5 MW edge
            # data centre, about 40 billion tögrög": an interviewer asks the article's company of its own.)
            asked = None if investor or before or not sent.index else self._asked_you(sent)
            investor = investor or before or (main_investor if asked else None) or self._company_after(sent) \
                or (self._last_investor(events[-1], sent) if events else main_investor)
            if not investor:
                continue
            buyer = self._buyer(sent, investor)
            if buyer:
                investor = buyer
            place = site[0] if site else self._place_in(sent, pos) or self._place_referred_to(sent) or self._section_place(sent)
            if before:  # (where the sentence before put the company's facility, and what it is)
                told = self.sentences[sent.index - 1]
                named_at = next(p for p, n in told.orgs if n == before)
                place = place or self._place_in(told, named_at)
                facility = facility or self._local(told.facilities, named_at)
            if asked and place is None:  # (…or where the question did)
                place = self._place_in(asked, asked.start)
            # (A sum given to "the project" is for the company's facility told last, else the article's.)
            facility = facility or next((e.facility for e in reversed(events) if e.investor == investor and e.facility), main_facility)
            # A locality no index knows lies in the article's country, not in another one the
            # sentence mentions ("fourteen sites across Norrland, and a few in Norway. Sollefteå won").
            country = self._country_of(place) or (self.main_country or self._country_in(sent) if place else None)
            headline = sent.index == 0 and "\n" in self.text[sent.start:sent.end + 3]
            held = next((e for e in reversed(events) if e.investor != investor and not self._related(e.investor, investor)
                         and (place is None or e.place == place)), None)
            if held and _STAKE.search(sent.bare) and investor != self._majority_holder(sent) and not self._stake_of_another(sent, investor):
                # "PIF will take a 30% stake in the Al Kharj campus", "Murray Capital holds the
                # remaining 40% and contributed A$180m": a partner in that project, its sum a share.
                if investor not in held.partners:
                    held.partners.append(investor)
                continue
            told = next((e for e in events if e.amount_in_headline and not headline and _same_sum(e.amount, money)
                         and e.investor != investor and any(n == e.investor and self._partner_position(sent, p) for p, n in sent.orgs)), None)
            if told:
                # "Sheba Telecom, Qasr Data to build $140 mln…" and then "Qasr … will invest $140
                # million … together with Sheba Telecom": the headline's first company is the partner.
                told.partners.insert(0, told.investor)
                told.investor = investor
            # 'Swedish "Nordkraft" … for 210 mln. Eur' names no company the model found; the first
            # sentence to give the sum again, "Nordkraft Datacenters AB … will invest 210 mln. eurų",
            # says whose it is, if the headline wrote its name.
            guessed = [e for e in events if e.unnamed and _same_sum(e.amount, money)] if not headline else []
            for e in guessed:
                if e.investor != investor and investor == self._investor_in(sent, pos) \
                        and re.search(rf"\b{re.escape(investor.split()[0])}\b", self.sentences[0].text):
                    e.investor = investor
                e.unnamed = False
            corrected = self._denied_sums(sent)  # ("…Kč 5.4 billion, not CZK 4.5 billion as stated")
            called_off = money is None and place is not None and self._called_off(sent) is not None
            existing = money is None and place is not None and self._existing_site(sent) is not None
            # A project dropped at one place, or a site already running there, is not the one
            # going ahead elsewhere in the same country.
            # (A site running there is not the expansion planned there either: two investments.)
            event = next((e for e in events if e.investor == investor and e.place == place and (e.existing or not existing)), None) \
                if called_off or existing \
                else self._restated(events, investor, sent, pos, place) \
                or self._matching(events, investor, facility, place, country, money, corrected)
            if event is None:
                if money is None and any(e.investor == investor for e in events) and place is None:
                    continue  # a facility named again without anything new
                if money is None and not _cue("build").search(sent.bare) and not existing and not called_off:
                    continue  # a facility named with no sum and no plan to build it
                event = _Event(investor, facility, place, country, existing=existing, called_off=called_off, place_in_headline=headline,
                               part=site[1:] if site else None,
                               unnamed=headline and not any(p < pos for p, _ in sent.orgs))
                events.append(event)
            # The body's place for the headline's sum replaces the headline's ("DonauNet scraps
            # BGN 390 million Bozhurishte campus, moves plans to Rakovski", where only Rakovski
            # is found), as a more specific one does.
            restated = event.place_in_headline and not headline and _same_sum(event.amount, money)
            if place and (event.place is None or restated or self._specificity(place) > self._specificity(event.place)):
                event.place, event.country, event.place_in_headline = place, country or event.country, headline
            if money is not None and (event.amount is None or event.amount_in_headline and not headline
                                      or any(_same_sum(event.amount, wrong) for wrong in corrected)):
                # (…or a correction's: "will cost Kč 5.4 billion, not CZK 4.5 billion as stated")
                # A headline's sum is often the total of several ("to spend $3.5bn in Latin
                # America"); the body's figure for one place replaces it.
                event.amount, event.amount_in_headline = money, headline
            if sent.index not in event.sentences:
                event.sentences.append(sent.index)
            for pos, partner in sent.orgs:
                if partner != investor and self._is_investor(partner) and partner not in event.partners and self._partner_cue(sent.text) \
                        and not self._in_dateline(pos):
                    event.partners.append(partner)
        self._made_through(events)
        return _without_totals(self._fold(e for e in events if e.amount is not None or e.place is not None))

    def _made_through(self, events: list[_Event]) -> None:
        """"The investment will be made by Brazos Microsystems de México", "KCD itself will carry out
        the investment": the company a sentence says makes the investment told just before is its
        investor; "Both projects are owned … by TDC, the wholly owned subsidiary": the projects
        of the companies told so far are that one's."""
        for sent in self.sentences:
            made = _MADE_THROUGH.search(sent.text)
            unit = next((n for pos, n in sent.orgs if made and pos == sent.start + made.end() and self._is_investor(n)), None) \
                or next((n for pos, n in sent.orgs if _MAKES_IT.match(self.text, self.org_spans.get(pos, pos)) and self._is_investor(n)), None)
            told = [e for e in events if e.sentences and min(e.sentences) <= sent.index]
            if unit and told:
                max(told, key=lambda e: max(i for i in e.sentences if i <= sent.index)).investor = unit
            owned = _ALL_OWNED_BY.search(sent.text)
            owner = next((n for pos, n in sent.orgs if owned and pos == sent.start + owned.end() and self._is_investor(n)), None)
            if owner:
                earlier = {e.investor for e in told}
                for e in events:
                    e.investor = owner if e.investor in earlier else e.investor

    def _restated(self, events: list[_Event], investor: str, sent: _Sentence, pos: int, place: str | None) -> _Event | None:
        """The investment a sum told as "the investment" restates, in another currency or rounded:
        "The company said the investment, worth about 27 trillion rupiah, covered construction"."""
        if place is None and re.search(r"\bthe (?:investment|outlay|spending)\b[^.;]{0,40}$", self.text[sent.start:pos], re.I):
            return next((e for e in reversed(events) if e.investor == investor and e.amount is not None), None)
        return None

    def _buyer(self, sent: _Sentence, winner: str) -> str | None:
        """Whose investment a tender or a contract won is ("Sirmium Systems has won the tender to
        build a state data centre, the Office for IT and eGovernment said"): the public body
        the sentence names, else the one the article names most."""
        won = _WON.search(sent.bare)
        named = [pos for pos, n in sent.orgs if n == winner]
        if not won or not named or named[0] > sent.start + won.start():
            return None
        bodies = [n for _, n in sent.orgs if self._public(n)]
        if bodies:
            return bodies[0]
        counts = Counter(n for s in self.sentences for _, n in s.orgs if self._public(n))
        top = counts.most_common(2)
        return top[0][0] if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) else None

    def _public(self, name: str) -> bool:
        entity = self.entities.get(name)
        return bool(entity) and entity.type == "Organization" and entity.subtype in ("GovernmentAgency", "Government")

    def _company_after(self, sent: _Sentence) -> str | None:
        """Whose is the facility of a sentence that names its developer only as such, then names it
        as the next sentence's subject: "The €650 million data centre … will not go ahead, its
        developer has confirmed. Boyne Valley Data Ltd said on Monday…"."""
        if any(self._is_investor(n) for _, n in sent.orgs) or sent.index + 1 >= len(self.sentences) \
                or not re.search(r"\b(?:its|the)\s+(?:developer|owner|operator|promoter|builder|backer)s?\b", sent.text):
            return None
        told = self.sentences[sent.index + 1]
        return next((n for pos, n in told.orgs if self._is_investor(n) and n not in self.contractors and self._main_subject(pos)), None)

    def _asked_you(self, sent: _Sentence) -> _Sentence | None:
        """The interviewer's question a sentence answers, when it asks the one interviewed of
        their own doings ("You also announced a site in Erdenet two years ago. What happened?")."""
        asked = [s for s in self.sentences[max(0, sent.index - 2):sent.index] if re.search(r"\b(?:you|your)\b", s.text, re.I)]
        return asked[-1] if self.sentences[sent.index - 1].question and asked and not any(s.orgs for s in asked) and self.main_investor else None

    def _company_before(self, sent: _Sentence, events: list[_Event]) -> str | None:
        """Who a sentence naming no company is about when the one before it turned to another
        company than the last investment's: "Pinecrest Compute Holdings was the exception. The
        AI cloud provider … would build a $1.4 billion campus", "Polarvolt topped out LLA2 at
        Gammelstad. The SEK 2.4bn facility will add 36MW", "Pearl Coast Cable Systems Ltd has
        announced a landing station in Thoothukudi. Budget: $290 mln"."""
        if not sent.index:
            return None
        told = self.sentences[sent.index - 1]
        # (…but not a site the company already runs: "X already runs a data center in Y. The project will cost…";
        # nor an interviewer's question, nor a partner's, a holder's or a supplier's part in the project told before.)
        if _cue("existing").search(told.text) or told.question or _STAKE.search(told.bare) or _PART_IN_ANOTHERS.search(told.text):
            return None
        named = [n for pos, n in told.orgs if self._is_investor(n) and n not in self.contractors and self._told_of(sent, told, pos)]
        last = events[-1].investor if events else self.main_investor
        if not named or any(n == last or self._related(n, last) for n in named if last):
            return None
        return named[0]

    def _told_of(self, sent: _Sentence, told: _Sentence, pos: int) -> bool:
        """Whether the company named at ``pos`` in the sentence before (``told``) is the one ``sent`` goes on about:
        that sentence's subject, or what opens it."""
        if self._main_subject(pos) or self._owner_of_subject(pos) or not self.text[told.start:pos].strip() and not self._in_dateline(pos):
            return True
        # (…or, when this one calls it by what it is, the subject of any clause: "that is where Lenga Redes S.A.
        # comes in. Last month the Concepción-based operator announced…")
        if _CALLED_BY_KIND.match(sent.text) and self._is_subject(pos):
            return True
        # (…or whose facility it named, when this one opens on it: "…approved a revised plan for Doaba Digital's 60 MW
        # data centre in Sector 10. The ₹2,800 crore project was due…", "the new submarine cable of Carthage Subsea SA
        # at Bizerte … The cable, of a cost of 75 million euros"; or who develops the facility it named: "a cable
        # system being developed by Bay Meridian Cable Systems… The total project cost is US$310 million".)
        described = _DESCRIBED_FACILITY.match(sent.text)
        if described and (pos in self.org_spans and _SITE_OF.match(self.text, self.org_spans[pos])
                          or self._facility_of(described.group(0), told, pos)):
            return True
        return bool(_MADE_BY.search(self.text, max(told.start, pos - 80), pos))

    def _facility_of(self, described: str, told: _Sentence, pos: int) -> bool:
        """Whether the sentence before names the facility a sentence opens on ("The cable, of a cost of…") as the
        company's at ``pos``: "the new submarine cable of Carthage Subsea SA" (not "a data center of Cóndor")."""
        of = _FACILITY_OF.search(self.text, max(told.start, pos - 40), pos)
        noun = described.strip(" ,").split()[-1].lower()
        return bool(of) and (noun == "project" or of.group("noun").lower()[:5] == noun[:5])

    def _last_investor(self, last: _Event, sent: _Sentence) -> str:
        """Who a sentence naming no company is about: the last investor — or its parent, when
        the sentence says "the company" or "the group" after a unit's investment; or its one unit."""
        parent = self.entities[last.investor].subsidiary_of
        if parent in self.entities and re.search(r"\bthe (?:company|group)\b", sent.text, re.I) and self._named_apart(parent):
            return parent
        # …or its unit, when the sentence opens on "The Austrian subsidiary" after the parent's.
        units = [n for n, e in self.entities.items() if e.subsidiary_of == last.investor]
        if len(units) == 1 and re.match(r"\s*The\s+(?:[\w-]+\s+)?(?:subsidiary|unit)\b", sent.text):
            return units[0]
        return last.investor

    def _named_apart(self, org: str) -> bool:
        """Whether the text names ``org`` other than as the owner of a unit ("Vunimoli, a subsidiary
        of the Brisbane-based Southern Rafter Group": there "the company" is still Vunimoli)."""
        return any(name == org and not _OWNER_OF_UNIT.search(self.text, max(0, start - 60), start)
                   for start, _, name, etype in self.doc._.mentions if etype == "Organization")

    def _fold(self, events) -> list[_Event]:
        """An event with no sum of its own, from the same investor in the same country as one
        with a sum, is that investment named again ("the Seoul data center", "the campus")."""
        events = list(events)
        kept = [e for e in events if e.amount is not None]
        for e in events:
            if e.amount is not None:
                continue
            home = next((k for k in kept if k.investor == e.investor and k.country and k.country == e.country
                         and _compatible(k.facility, e.facility)), None)
            elsewhere = bool(home and home.place and e.place) and not self._same_area(e.place, home.place)
            if home is None or e.called_off and e.place != home.place or e.existing \
                    or elsewhere and self._town_or_in_one(e.place) and self._town_or_in_one(home.place):
                # The company's older site elsewhere ("its 12 MW facility in Bodø, which opened
                # in 2019"), a project it dropped elsewhere, or one in another town, is an
                # investment of its own.
                kept.append(e)
                continue
            home.sentences = sorted(set(home.sentences) | set(e.sentences))
            if e.place and home.place and self._within(e.place, home.place):
                home.place = e.place        # "Jiphyeon-dong" is more specific than "Sejong"
            home.partners.extend(p for p in e.partners if p not in home.partners)
        order = {id(e): i for i, e in enumerate(events)}
        return sorted(kept, key=lambda e: order[id(e)])

    def _town_or_in_one(self, place: str) -> bool:
        """A town, or a place in one ("Karachi's Korangi Industrial Area")."""
        return any(self._specificity(p) >= 3 for p in places_around(self.entities, place))

    def _within(self, inner: str, outer: str) -> bool:
        return outer in list(places_around(self.entities, inner))[1:]

    def _country_in(self, sent: _Sentence) -> str | None:
        return next((n for _, n in sent.places if self.entities[n].subtype == "Country"), None) if sent.places else None

    def _matching(self, events, investor, facility, place, country, money, corrected=()) -> _Event | None:
        for e in events:
            if money is not None and _same_sum(e.amount, money) and (e.investor == investor or self._related(e.investor, investor)):
                # The same sum for the same company is the same investment; the unit that
                # spends it ("stc's center3", "its subsidiary KEKL") is its investor.
                if self.entities[investor].subsidiary_of == e.investor:
                    e.investor = investor
                return e
        # (A facility named again with no place and no sum is the one told last: "It will also build
        # an $11 billion wafer fab in Hutto. The new fab will … create about 1,500 jobs".)
        for e in reversed(events) if place is None and money is None else events:
            if e.investor != investor or (facility and e.facility and not _compatible(facility, e.facility)):
                continue
            if place is None and money is not None and e.existing:
                continue  # (a sum told apart from any place is not what a site already running cost)
            if place is None or e.place is None:
                return e
            if place == e.place and (money is None or e.amount is None or e.amount_in_headline or _same_sum(e.amount, money)
                                     or e.amount.currency != money.currency or any(_same_sum(e.amount, c) for c in corrected)):
                return e  # (…but another sum in the same currency there, not the headline's nor one corrected, is another project)
            if country and country == e.country and (self._specificity(place) <= 1 or self._specificity(e.place) <= 1) \
                    and (money is None or e.amount is None or _same_sum(e.amount, money)):
                return e  # "in Australia" and then "in Kalgoorlie": one place, unless each has its own sum
        return None

    @staticmethod
    def _partner_cue(text: str) -> bool:
        return bool(re.search(r"\b(?:with|together with|alongside|partner(?:s|ship|ing)?|joint venture|consortium|jointly|co-invest\w*|built by|backed by)\b", text, re.I))

    # -- slots ------------------------------------------------------------------------------

    def _opening_kind(self, sent: _Sentence) -> str | None:
        """The kind of facility a sentence opens on: "The 8,100-kilometre cable lands…"."""
        return next((label for pos, label in sent.facilities
                     if re.fullmatch(r"\W*(?:the|this|that|its|their)\s+(?:[\w,-]+\s+){0,3}", self.text[sent.start:pos], re.I)), None)

    def scopes(self, events: list[_Event]) -> dict[int, list[_Sentence]]:
        """The sentences about each investment. With one, the whole article; with several,
        each sentence goes to the investment it names (its place, its investor when only one
        investment is that investor's, or its kind of facility when only one is of that kind),
        else to the one the text was last about."""
        reported = [s for s in self.sentences if not s.retracted]
        if len(events) == 1:
            return {id(events[0]): reported}
        scopes: dict[int, list[_Sentence]] = {id(e): [] for e in events}
        codes_of = {id(e): {c for i in e.sentences for c in _SITE_CODE.findall(self.sentences[i].text)} for e in events}
        current: list[_Event] = []
        previous = None
        for s in reported:
            names = {n for _, n in s.places} | {n for _, n in s.orgs}
            owners = [e for e in events if s.index in e.sentences] or self._several(s, events)
            if not owners:
                # "The 8,100-kilometre cable lands at a new station in Shanzu" beside a data centre
                # next to it: the one investment in the kind of facility the sentence opens on.
                opening = self._opening_kind(s)
                by_kind = [e for e in events if e.facility == opening]
                owners = by_kind if len(by_kind) == 1 else []
            if not owners:
                owners = [e for e in events if e.place and e.place in names]
            if not owners:  # ("MRS-03 will create about 45 permanent jobs" after "its MRS-03 data centre in Gémenos")
                codes = set(_SITE_CODE.findall(s.text))
                owners = [e for e in events if codes & codes_of[id(e)]]
            if not owners:  # ("The Karachi facility" of the one in Karachi's Korangi Industrial Area — not "40 km north of Dhaka")
                near = {n for pos, n in s.places if not _AWAY_FROM.search(self.text, max(0, pos - 40), pos)}
                inside = [e for e in events if e.place and any(self._specificity(n) >= 3 and self._within(e.place, n) for n in near)]
                owners = inside if len(inside) == 1 else []
            if not owners:
                by_investor = [e for e in events if e.investor in names]
                owners = by_investor if len(by_investor) == 1 else []
            # "The 2,600-kilometre cable … is scheduled to enter service by the end of 2027" beside a
            # data centre: the one investment in a facility of a kind the sentence names — but within a
            # paragraph about another, only the kind it opens on, tried above ("The cable is…"; not "we
            # cannot depend on a fibre line to Ulaanbaatar," said of a data centre).
            paragraph_goes_on = current and previous and "\n" not in self.text[previous.start:s.start][len(previous.text.rstrip()):]
            if not owners and not paragraph_goes_on:
                kinds = {label for _, label in s.facilities}
                by_kind = [e for e in events if e.facility in kinds]
                owners = by_kind if len(by_kind) == 1 else []
            # (…and a sentence about several goes on to the next ones that name none: "Marine surveys
            # will start in November and the system is expected to be ready in 2027".)
            current = owners or current
            previous = s
            for e in current:
                scopes[id(e)].append(s)
        return scopes

    @staticmethod
    def _several(sent: _Sentence, events: list[_Event]) -> list[_Event]:
        """The investments a sentence about several sites together is of: the ones last told
        before it, as many as it says ("Both are due in 2027" after two sites)."""
        several = _SEVERAL.match(sent.text)
        if not several:
            return []
        count = {"three": 3, "four": 4}.get(several["n"], 2)
        told = sorted((max(i for i in e.sentences if i < sent.index), n) for n, e in enumerate(events)
                      if any(i < sent.index for i in e.sentences))
        return [events[n] for _, n in told[-count:]] if len(told) >= count else []

    def _best_place(self, event: _Event, scope: list[_Sentence], others: set[str] = frozenset()) -> str | None:
        """The most specific place stated for the facility: among places introduced by
        "in/at/near" in the sentences about it that name the facility ("the facility,
        planned for Olkaria") or its sum, the one lowest in the hierarchy (a locality the
        gazetteer does not know counts as lowest)."""
        found = []
        # (Where no place was found for the facility, any sentence about it may place it: "The larger
        # project belongs to TDC… 'Every rack in Pasakha will run on clean power'".)
        loose = event.place is None
        for s in scope:
            about = s.facilities or s.index in event.sentences or _FACILITY_REFERRED.search(s.text)
            if not (about or loose):
                continue
            part = self._own_part(event, s)
            for pos, name in s.places:
                if part and not part[0] <= pos < part[1]:
                    continue  # (another site's stretch of a sentence about several: "SYD1 in Macquarie Park (24MW) and MEL1 in …")
                start = self._owner_start(pos)
                before = self.text[max(s.start, start - 45):start]
                if not re.search(rf"\b(?:(?:in|at|near|outside|off)\s+(?:the\s+|its\s+)?(?:[\w'’]+\s+)?|{_SITE_IN}|(?:planned|proposed|slated|earmarked|sited|located)\s+for\s+"
                                 r"|across\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:districts|regions|provinces|counties|parts|towns)\s+of\s+"
                                 r"|(?:connect|link|unite|join)(?:s|ed|ing)?\s+(?:the\s+(?:city|town|port)\s+of\s+)?)$", before, re.I) \
                        and not self._list_label(pos) and not self._names_the_site(pos) and not self._on_site(pos, name):
                    continue  # (…or "on the Kitty Brewster Industrial Estate", not "on the Pacific coast")
                if re.search(r"(?:headquartered|based|listed)\s+(?:\w+\s+)?in\s+$", before, re.I) or self._told_apart(s.start, pos):
                    continue
                country = self._country_of(name) or self.main_country
                if event.country and country != event.country or not about and country != self.main_country:
                    continue
                if name in others and name != event.place and self._opening_kind(s) != event.facility:
                    continue  # another investment's site ("a data centre in Epe…, while its Abuja campus"), unless
                    # the sentence is about this one ("The cable lands in Shanzu", where the data centre stands too)
                entity = self.entities[name]
                if entity.type != "Place" or self._specificity(name) == 0:  # a mention the resolver settled as something else;
                    continue  # a continent is where a market is, not a site, and no site stands in a sea
                rank = self._site_rank(name)
                if any(other != name and self._specificity(other) >= 2 and (
                        re.fullmatch(r"[\w'’ .-]{1,40}?,\s+in\s+(?:the\s+)?", self.text[at:start])  # (…"Edmundston's industrial park, in")
                        or at in self.place_mentions and _LIES_IN.fullmatch(self.text, self.place_mentions[at][0], start))
                       for at, other in s.places if at < pos):
                    rank = min(rank, 1.5)  # "in Timaru, in South Canterbury", "at Kemps Creek in western Sydney": the area the town lies in
                if rank >= 3 and self._list_label(pos):
                    rank = 5  # "• Kisumu: a 2.4 MW facility near the Lake Victoria waterfront"
                # (Of places as specific, the one found beside the facility's sum: "its $2.8 billion
                # plant in Casa Grande, …, while going ahead with an $11 billion fab in Hutto".)
                found.append((-rank, name != event.place, s.index, pos, name))
        if found:
            best = min(found)
            # (…never a bigger area than the one its own sentence gave: "our data centre of Bab
            # Ezzouar, in service since 2018", and then "hosting in Algeria".)
            return event.place if event.place and -best[0] <= _RANK["Country"] < self._specificity(event.place) else best[4]
        # Nothing stated where the facility is talked about: local news places it in its
        # dateline's town ("NEW ALBANY, Ohio — … the two chip factories it is building east
        # of the city"), when that town lies in the place found so far.
        dateline = self._dateline_place()
        if dateline and event.place and dateline != event.place and self._within(dateline, event.place) \
                and self._specificity(event.place) >= 2:
            return dateline  # (within a state or province; a story filed from a capital about a country's project is not placed there)
        if dateline and event.place is None and self._specificity(dateline) > 0:
            return dateline  # "GILBERT, Ariz. — … the campus Saguaro Data plans to build": nowhere else
        return event.place

    def _lead_in(self, event: _Event, scope: list[_Sentence]) -> _Sentence | None:
        """The sentence just before the first that states the investment, in the same paragraph,
        when it names a facility and is not yet among the sentences about the investment."""
        first = min(event.sentences)
        if first == 0:
            return None
        lead = self.sentences[first - 1]
        if lead in scope or lead.retracted or not lead.facilities or "\n" in self.text[lead.start:self.sentences[first].start]:
            return None
        return lead

    def _route(self, sent: _Sentence) -> bool:
        """Whether the sentence runs something between two places it names ("from X to Y",
        "between X and Y", "linking X with Y")."""
        names = "|".join(re.escape(self.text[pos:pos + len(n)]) for pos, n in sent.places) or "(?!)"
        return bool(re.search(rf"\b(?:from|between|linking|connecting|joining)\s+(?:{names})\b[^.;]{{0,60}}?\b(?:to|and|with)\s+"
                              rf"(?:the\s+)?(?:{names})\b", sent.text))

    def _landing(self, event: _Event, routes: list[_Sentence]) -> str | None:
        """Where a cable that runs between countries lands in the article's country, if the
        route is a cable's (not a fibre line's or a power line's)."""
        if not any(re.search(r"\bcable\b", s.text) and not re.search(r"\b(?:fibre|fiber|power)\b", s.text) for s in routes):
            return None
        home = event.country or self.main_country
        named = [n for s in routes for _, n in s.places]
        ends = [n for n in named if self._specificity(n) >= 2 and self._country_of(n) == home]
        return ends[0] if ends and any(self._country_of(n) not in (home, None) for n in named) else None

    def _ashore_at_home(self, event: _Event, scope: list[_Sentence]) -> str | None:
        """Where a cable placed abroad lands in the article's country, when the text says so
        ("a landing station at the port of Sagunto", "will land in Sines")."""
        if not event.place or not self.main_country or self._country_of(event.place) in (self.main_country, None):
            return None
        for s in scope:
            for pos, name in s.places:
                if self._specificity(name) >= 2 and self._country_of(name) == self.main_country and re.search(
                        r"\b(?:landing\s+(?:station|site|point)|lands?|landing|come\s+ashore)\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+"
                        r"(?:the\s+)?(?:(?:port|town|city)\s+of\s+)?$", self.text[max(s.start, pos - 60):pos]):
                    return name
        return None

    def _dash_opening(self, line_start: int) -> int | None:
        """Where the dash after a paragraph's first words stands, if one does within them:
        "NAIROBI — …", "OXAGON, NEOM, Saudi Arabia – 10 February 2026 – …"."""
        dash = re.search(r"\s[—–-]\s", self.text[line_start:line_start + 60])
        return line_start + dash.start() if dash else None

    def _in_dateline(self, pos: int) -> bool:
        """Whether the name at ``pos`` is one of the places a story was filed from, before the
        dash that opens its paragraph: "OXAGON, NEOM, Saudi Arabia – … Raqmi will build"."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        dash = self._dash_opening(line_start)
        return dash is not None and pos < dash and not re.search(r"(?<![\w'’-])[a-z]", self.text[line_start:dash])

    def _dateline_place(self) -> str | None:
        """The town a story was filed from: a place opening a paragraph, before a dash."""
        for sent in self.sentences[:4]:
            line_start = self.text.rfind("\n", 0, sent.start + 1) + 1
            dash = self._dash_opening(line_start)
            if dash is None:
                continue
            first = [(pos, n) for pos, n in sent.places if pos < dash]
            if first and first[0][0] <= line_start + 2:
                return first[0][1]
        return None

    def fill(self, event: _Event, scope: list[_Sentence], anchor: When | None, others: set[str] = frozenset()) -> Investment:
        """The investment with its slots from the sentences about it; ``others`` are the places the
        article's other investments were found at."""
        event.place = self._best_place(event, scope, others)
        if event.place is None or self._specificity(event.place) <= _RANK["Country"]:
            # "Our second data centre will be built in Sollefteå … We will invest SEK 2.1 billion in
            # a 30 MW facility": the sentence that leads up to the sum places it, if nothing else did.
            lead = self._lead_in(event, scope)
            event.place = self._best_place(event, scope + [lead], others) if lead else event.place
        routes = [self.sentences[i] for i in event.sentences if self._route(self.sentences[i])]
        landing = self._landing(event, routes) if event.facility in ("network", None) else None
        if landing:
            # "a planned cable across the Black Sea between Poti and Constanța, Romania": a cable
            # between countries, placed where it lands in the article's country.
            event.facility, event.place = "subsea cable", landing
        elif event.facility == "subsea cable" and (ashore := self._ashore_at_home(event, scope)):
            # "a cable linking the Valencian coast with Genoa in Italy …, with a landing station at the
            # port of Sagunto" in a Spanish story: the cable is placed where it comes ashore at home.
            event.place, event.country = ashore, self._country_of(ashore)
        elif event.facility == "network" and routes:
            # "a 280-km fibre backbone from Chattogram to Cox's Bazar": a route's place is its country.
            event.country = event.country or self._country_of(event.place)
            event.place = None
        if event.country is None:
            # No place stated with the sum: the country the sentences about it name, else
            # the one the article is about; and the country is then the place stated.
            event.country = self._country_of(event.place) or next(
                (self._country_in(self.sentences[i]) for i in event.sentences if self._country_in(self.sentences[i])),
                None) or self.main_country
        event.place = event.place or event.country
        anchor_date = None
        if anchor is not None:
            import datetime as dt
            anchor_date = dt.date.fromisoformat(anchor.value) if len(anchor.value) == 10 else None
        operational = self._opened(event, anchor_date) if event.existing else self._operational(scope, anchor_date)
        jobs = construction = None
        for s in scope:
            for found in quantities.find_jobs(s.text):
                if found.construction:
                    construction = construction if construction is not None else found.count
                else:
                    jobs = jobs if jobs is not None else found.count
        # The facility's own capacity: the first figure in the sentences that state the
        # investment, else in those that name the facility; a whole site's before a phase's.
        sizes = []
        lead = self._lead_in(event, scope)  # ("… on a 72MW data centre in Ajuchitlán. TQD puts the full cost at …")
        for s in sorted(scope, key=lambda s: (s.index not in event.sentences, not s.facilities, s.index)) + ([lead] if lead else []):
            if _MARKET_CAPACITY.search(s.text):
                continue  # "Thailand's data centre capacity will pass 1 GW by 2028": the market's, not the site's
            part = self._own_part(event, s)
            found = [c for c in quantities.find_capacity(s.text) if c.mw <= 5000 and (not part or part[0] <= s.start + c.start < part[1])]
            if found and (s.facilities or s.index in event.sentences or _CAPACITY_OF_FACILITY.search(s.text)):
                sizes += found
        capacity = min(sizes, key=lambda c: c.stage).mw if sizes else None
        status = self._status(event, scope)
        evidence = tuple(self.sentences[i].text.strip() for i in sorted(event.sentences))
        filled = sum(x is not None for x in (event.amount, event.place, operational, jobs, capacity))
        confidence = min(0.95, 0.5 + 0.1 * filled)
        return Investment(
            investor=event.investor,
            partners=tuple(event.partners),
            amount=event.amount,
            place=event.place,
            country=event.country,
            facility=event.facility or "other",
            operational=operational,
            announced=anchor,
            jobs=jobs,
            construction_jobs=construction,
            capacity_mw=capacity,
            status=status,
            evidence=evidence,
            confidence=confidence,
        )

    def _operational(self, scope: list[_Sentence], anchor) -> When | None:
        for s in scope:
            cues = [c.end() for c in _cue("operational").finditer(s.text)]
            if not cues:
                continue
            candidates = []
            for found in dates.find(s.text, anchor):
                if anchor is not None and found.when.value == anchor.isoformat():
                    continue  # the dateline's date is when it was reported, not when it opens
                before = s.text[max(0, found.start - 40):found.start].lower()
                if re.search(r"\b(?:since|in 20\d\d,|last|ago|founded|announced|on)\s*$", before):
                    continue
                if _BUILDING_STARTS.search(s.text, max(0, found.start - 90), found.start):
                    continue
                # The date told with the opening, after its cue first: "construction starts in
                # 2026, and the hall is expected to be operational by the end of 2027".
                after_cue = [found.start - c for c in cues if c <= found.start]
                distance = min(after_cue) if after_cue else 1000 + min(c - found.start for c in cues)
                candidates.append((distance, found.start, found.when))
            if candidates:
                # Of the dates told right after a cue, the first phase's: "Phase one is to be
                # handed over in 2026, with the remaining halls due by the end of 2027".
                close = [c for c in candidates if c[0] <= 60]
                return min(close, key=lambda c: c[2].value)[2] if close else min(candidates, key=lambda c: (c[0], c[1]))[2]
        return None

    @staticmethod
    def _own_part(event: _Event, sent: _Sentence) -> tuple[int, int] | None:
        """The stretch of a sentence about several sites that tells of this one, if it is this sentence."""
        return event.part if event.part and sent.start <= event.part[0] < sent.end else None

    def _opened(self, event: _Event, anchor) -> When | None:
        """When a site in service opened: the date its own sentence gives ("opened in 2019",
        "operational since early 2024") or the next one's about it ("That site opened in 2019"),
        not when the company was founded ("Rwenzori, founded in 2016, already runs…")."""
        told = [self.text[slice(*part)] if (part := self._own_part(event, s)) else s.text for s in (self.sentences[i] for i in event.sentences)]
        after = event.sentences[-1] + 1
        if after < len(self.sentences) and re.match(r"\s*(?:(?:The|That|This|Its) (?:site|facility|data cent(?:re|er)|campus|plant)|It)\b",
                                                    self.sentences[after].text):
            told.append(self.sentences[after].text)
        for text in told:
            for found in dates.find(text, anchor):
                if not _FOUNDED.search(text, max(0, found.start - 40), found.start):
                    return found.when
        return None

    def _elsewhere(self, sent: _Sentence, event: _Event) -> bool:
        """Whether a sentence is about places apart from the investment's: it names some, in
        the same country, and none is the investment's place or holds it or lies in it — or it
        points back to a sentence that is ("…looking at a site near Olomouc. Vaněk denied this")."""
        back = _POINTS_BACK.match(sent.text) if sent.index else None
        if back and not any(pos < sent.start + back.end() for pos, _ in sent.places):
            # (…whatever places the denial names after it: "Ferreyra denied it: 'For now we have
            # only one project and it is Plottier'" — but "Asked about a third data center in
            # Batam, Bambang denied it" is about Batam.)
            return self._elsewhere(self.sentences[sent.index - 1], event)
        named = [n for _, n in sent.places if self._specificity(n) >= 2 and (self._country_of(n) or self.main_country or event.country) == event.country]
        # (…or only other countries: "We have no plans for Saudi Arabia" beside a site in Thailand.)
        abroad = [n for _, n in sent.places if self._specificity(n) == 1 and event.country and n != event.country]
        if abroad and not named and len(abroad) == len(sent.places):
            return True
        return bool(named) and event.place is not None and not any(self._same_area(n, event.place) for n in named)

    def _about(self, sent: _Sentence, event: _Event) -> bool:
        """Whether a sentence tells of the investment itself: one it was found in, or one that
        names its place (or a place that holds it or lies in it)."""
        return sent.index in event.sentences or event.place is not None and any(self._same_area(n, event.place) for _, n in sent.places)

    def _same_area(self, a: str, b: str) -> bool:
        """One place, or one that lies in the other."""
        return a == b or self._within(a, b) or self._within(b, a)

    def _another_company(self, sent: _Sentence, event: _Event, named_here: bool = False) -> bool:
        """Whether a sentence is about another company than the investment's: the companies it
        names, or when it names none (and ``named_here`` does not ask for them there), the ones
        the sentence before it named ("A spokesperson said Jökull Compute was still assessing
        the site. … the spokesperson denied this")."""
        ours = {event.investor, *event.partners}
        def companies(s: _Sentence) -> set[str]:
            return {n for _, n in s.orgs if self._is_investor(n)}
        named = companies(sent) or (companies(self.sentences[sent.index - 1]) if sent.index and not sent.orgs and not named_here else set())
        return bool(named) and not any(n in ours or self._related(n, o) for n in named for o in ours)

    def _status(self, event: _Event, scope: list[_Sentence]) -> str:
        """Later news about a project (paused, cancelled, denied) may come anywhere in the
        article; that it is only rumoured, or already built, must be said where it is stated."""
        if event.existing:
            return "Operational"
        text = " ".join(s.text for s in scope)
        anchors = [self.sentences[i].text for i in event.sentences]
        # A change of course counts where the sentence is about the project ("the project was
        # paused", "Google denied the report"), not in any aside ("no plans to announce").
        # …nor where it names only other places ("We have no plans in KwaZulu-Natal", said
        # of another site than the one at Midrand).
        told = [s for s in scope if (s.index in event.sentences or s.facilities or re.search(
            r"\b(?:project|plans?|site|construction|facility|campus|build|report(?:s|ed)?|investment)\b", s.text, re.I))
            and not self._elsewhere(s, event)]
        # A denial may name only the company ("Hanbit Energy has since denied it flatly"); one
        # by another company is about its own plans.
        denials = [s for s in told if not self._another_company(s, event)] + [
            s for s in scope if any(n == event.investor for _, n in s.orgs) and not self._elsewhere(s, event)]
        # …and only one about this project: told with it, naming its place, or pointing back at a
        # sentence that does ("Hanul Energy has since denied it flatly"); not "the company had no
        # plans to issue new shares" or "denied reports that it planned cryptocurrency mining".
        if any(_cue("Denied").search(s.text) and not _UNNAMED_OTHER.search(s.text) and (
                self._about(s, event) or s.index and _POINTS_BACK.match(s.text) and not s.places and self._about(self.sentences[s.index - 1], event))
               for s in denials):
            return "Denied"
        # (…nor is another company's dropped or paused project: "In March, Okavango Cloud dropped a
        # 10 MW data centre planned for Francistown".)
        changed = " ".join(s.text for s in told if not self._another_company(s, event, named_here=True))
        for status in ("Cancelled", "Paused"):
            if _cue(status).search(changed):
                return status
        # Only rumoured when every sentence that states it hedges ("people familiar…").
        if anchors and all(_cue("Rumoured").search(a) for a in anchors):
            return "Rumoured"
        if _cue("UnderConstruction").search(text):
            return "UnderConstruction"
        if any(_cue("Operational").search(a) for a in anchors):
            return "Operational"
        return "Announced"


def find_investments(doc: Doc) -> list[Investment]:
    finder = InvestmentFinder(doc)
    events = finder.events()
    scopes = finder.scopes(events) if events else {}
    anchor = When(doc._.published.isoformat()) if doc._.published else None
    # Two events found for the same facility of the same company ("a R4.5-billion data centre
    # in Midrand", "the Midrand data centre would cost R6-billion") are one investment, as
    # the graph names it: the first told keeps its slots, the others fill the gaps.
    merged: dict[tuple, Investment] = {}
    others = {id(e): {o.place for o in events if o is not e and o.place} for e in events}
    for investment in (finder.fill(e, scopes[id(e)], anchor, others[id(e)]) for e in events):
        first = merged.get(investment.identity)
        merged[investment.identity] = investment if first is None else _with_gaps_filled(first, investment)
    # A facility with no sum placed no closer than a country ("created to develop the first cable
    # system between South America and Australia") is no investment the story reports…
    kept = {key: i for key, i in merged.items() if i.amount is not None or finder._specificity(i.place) > _RANK["Country"]}
    # …but what it tells fills the gaps of the one investment of that company (or its parent or unit)
    # in that country ("Kaskade Cloud Finland Oy … will build a data centre in Kajaani", then "The
    # first building is supposed to be running by the end of next year" told about Kaskade Cloud Inc.).
    for told in (i for key, i in merged.items() if key not in kept):
        hosts = [k for k, i in kept.items() if i.country == told.country and _compatible(i.facility, told.facility)
                 and (i.investor == told.investor or finder._related(i.investor, told.investor))]
        if len(hosts) == 1:
            kept[hosts[0]] = _with_gaps_filled(kept[hosts[0]], told)
    return list(kept.values())


def _with_gaps_filled(first: Investment, other: Investment) -> Investment:
    """The investment ``first`` with the slots it lacks taken from ``other``, a second account of it."""
    gaps = {f: getattr(other, f) for f in ("amount", "operational", "jobs", "construction_jobs", "capacity_mw") if getattr(first, f) is None}
    return replace(first, **gaps, partners=tuple(dict.fromkeys(first.partners + other.partners)),
                   evidence=tuple(dict.fromkeys(first.evidence + other.evidence)), confidence=max(first.confidence, other.confidence))


@Language.factory(
    "newskg_investments",
    requires=["doc._.entities", "doc._.mentions", "doc._.amounts"],
    assigns=["doc._.investments"],
)
def make_investments(nlp: Language, name: str):
    def investments(doc: Doc) -> Doc:
        doc._.investments = tuple(find_investments(doc))
        return doc

    return investments
