"""newskg_roles: who holds which role where ("NAME, chief executive of ORG", "ORG's CFO NAME").

Each sentence is rewritten with its entity mentions as placeholders (⟨P0⟩ a person, ⟨O1⟩ an
organisation, ⟨L2⟩ a place), so the ways news states a role are a handful of patterns over
that shape instead of one rule per wording.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import legal_forms_with_dots, load, name_words, words_pattern
from ..places import government_of, place_named, place_of_demonym, plain, region_named, spelled_alike, without_area_kind
from ..records import Role
from . import BYLINE, NEWSROOM_CREDIT, NEWSROOM_POST, POST_NOMINALS, country_of, full_text, our_company, places_around, sentences

_POSS = r"(?:'s|’s|'|’)?"
_DET = r"(?:\b(?:the|a|an|its|their|our)\s+)?"
# Honorifics before a name ("Mrs. NAME", "Madam NAME", a translation's "the engineer NAME"), no part of a post before it.
_HONORIFICS = "Dr|Mr|Mrs|Ms|Madam|Madame|Mme|Mister|Monsieur|Prof|Professor|Sir|Dame|Eng|Engr|Engineer|Hon|U|Daw|" \
              "engineer|doctor|major general|brigadier general|" \
              "Datuk|Dato'|Dato|Datin|Tan Sri|Tun|Seri|Sri|Shri|Smt|Thiru|Tmt|Hajiya|Hajia|Mallam|Sheikh|Sheikha|Miss|Pak|Bu"  # ("Datuk Seri NAME": two of them)
_TAIL_NOUNS = (
    "division|operations|business|businesses|unit|team|department|arm|practice|group|markets?|sales|strategy|policy|"
    "affairs|research|infrastructure|engineering|technology|development|investments?|data cent(?:er|re)s?|cloud|"
    "region|office|programme|program|partnerships?|communications|finance|services|platforms?|networks?|security|"
    "promotion|marketing|procurement|planning|products?|customers?|(?:management |executive |supervisory )?board(?: of (?:directors|management|administration|governors|trustees))?|"
    "works council|council of administration|administrative council|"
    "committee|laborator(?:y|ies)|lab|branch|chapter|relations"
)
# Lower-case words, or a place, that may describe an organisation between "at" and its
# name ("a director at telecoms consultancy Africa Analysis", "principal at Oslo consultancy X",
# "an analyst at Cairo-based brokerage X", "the chairman of the residents' association X").
_DESCRIPTOR = r"(?:(?:[a-z-]+(?:(?<=s)['’])?\s+|⟨L\d+⟩(?:'s|’s|-based)?\s+){0,3}?)"


# Kinds of bodies whose posts belong to the one body of that kind the article names.
_BODY_KINDS = ("chamber", "association", "federation", "union", "institute", "university", "council", "commission", "division", "centre", "center",
               "department", "authority")
# What a sentence calls the organisation it named: "the company's CFO", "the fund's director".
_GENERIC_OWNERS = "|".join(("company", "firm", "group", "operator", "venture", "fund", "bank", "developer", "utility", "agency",
                            "ministry", "state", "province", "city", "municipality", "exchange", "regulator", "lender",
                            "consultancy", "brokerage", "provider", "carrier", "consortium", *_BODY_KINDS))

# …of those, the kinds whose word stands in the organisations' names ("Gulf Pearl Bank" for "the bank").
_KINDS_BY_NAME = ("bank", "fund", "agency")

# …and where a post is held: "a state minister at the ministry", "an engineer with the company".
_GENERIC_PLACES_OF_WORK = "|".join(("company", "firm", "group", "operator", "fund", "bank", "agency", "ministry", *_BODY_KINDS))

# Words in the names of a town's council or administration ("City of New Albany", "Prefeitura de
# Hortolândia")…
# A town's elected council, by its name in English and elsewhere ("Stord kommunestyre", "Viborg Byråd").
_TOWN_COUNCIL = r"council|c[âa]mara|kommunestyret?|bystyret?|byråd(?:et)?|kommunfullmäktige|gemeenteraad|gemeinderat"
_MUNICIPAL_BODY = (rf"city|town|village|ville|commune|{_TOWN_COUNCIL}|municipal\w*|(?:metropolitan|district) assembly|county|borough|prefeitura|alcald[ií]a|intendencia|"
                   r"ayuntamiento|ajuntament|concello|mairie|gemeente|gemeinde|kommune?|gmina|municipio|comune|obec|stadt|hall")
# …and of any public body a municipal post may belong to.
_PUBLIC_BODY = re.compile(rf"\b(?:{_MUNICIPAL_BODY}|region\w*|government|state|provinc\w*|prefectur\w*|district|assembly|parliament|"
                          r"commission|board|committee|authority|ministry|department|office|administration)\b", re.I)

# Posts on a town's council, and posts of its administration or council.
# (A county's supervisor sits on its board of supervisors; a shift supervisor is a company's.)
_COUNCIL_POST = r"councill?or|council(?:wo)?man|council member|councilmember|council president|council leader|alder(?:wo)?man|reeve|" \
                r"(?<![\w-]\s)supervisor|county supervisor"
_MUNICIPAL_POST = re.compile(rf"\b(?:mayor|intendente|intendant|city manager|(?<!executive )(?:{_COUNCIL_POST})|municipal|(?:metropolitan|district) chief executive|(?:senior\s+)?planning officer|cathaoirleach|wójt|burmistrz|ordfører|"
                             r"kommunstyrelsens ordförande|borgmester|borgmästare|kaupunginjohtaja|primar|polgármester|(?:ober)?bürgermeister(?:in)?)(?!\w)")


@cache
def _title_words() -> frozenset[str]:
    """Every word of the posts and their modifiers."""
    titles = load("titles.json")
    return frozenset(w for t in titles["heads"] + titles["modifiers"] + titles["government_heads"] for w in t.lower().split())


@cache
def _title() -> str:
    titles = load("titles.json")
    heads = words_pattern(titles["heads"] + titles["abbreviation_heads"])
    mods = words_pattern(titles["modifiers"])
    # Any "chief … officer" too: "chief technology and operations officer".
    one = rf"(?:(?:{mods})[- ]+)*(?:{heads}|chief\s+(?:[a-z-]+\s+){{1,4}}?officer)"
    # "president and chief executive", "chairman & managing director"
    chain = rf"{one}(?:(?:\s*(?:,|and|&)\s*|-)(?:[a-z-]+\s+){{0,2}}?{one})*"  # "co-founder and technical director", "president-director general"
    # "… of Asia operations"; "… for Australia and New Zealand" (a region the post covers).
    tail = (rf"(?:\s+(?:of|for)\s+{_DET}(?:(?:⟨L\d+⟩|[a-z&-]+)\s+){{0,3}}(?:{_TAIL_NOUNS})"
            r"|\s+for\s+(?:the\s+)?⟨L\d+⟩(?:\s*(?:,|and)\s*⟨L\d+⟩)*)")
    # A government post's portfolio: "minister of Transport and Telecommunications",
    # "commissioner for innovation, science and technology", "Minister Delegate in charge of
    # Digital Transition" (ends where the name, an honorific before it or a punctuation mark starts,
    # and never on "and").
    # (…but not at the honorific of the name after it: "Minister of State, and Mrs. NAME".)
    word = rf"(?:(?!(?-i:{_HONORIFICS})\b)[\w-]+|⟨L\d+⟩)"
    portfolio = rf"(?:\s+(?:(?:in\s+charge\s+)?of|for)\s+(?:the\s+)?{word}(?:(?:\s+|\s*,\s*){word}){{0,6}}?(?<!\band)(?=\s*(?:,|\(?(?:(?-i:{_HONORIFICS})\.?\s+)?⟨[PO]|\.|;|:|$)|\s+(?:in|at)\s+(?:the\s+)?⟨O))"
    # Only a government post has a portfolio; "chief executive of du" names its company.
    gov = words_pattern(titles["government_heads"] + ["counsellor", "cabinet member"])
    gov_post = rf"(?:(?:{mods})[- ]+)*(?:{gov})(?:\s*(?:,|and|&)\s*{one})*"
    return rf"(?:{gov_post}{portfolio}|(?:{chain}){tail}?)"


@cache
def _any_title() -> re.Pattern:
    """Whether a sentence names any post at all: most have none, and skip the patterns."""
    titles = load("titles.json")
    return re.compile(rf"\b(?:{words_pattern(titles['heads'] + titles['abbreviation_heads'])})s?\b", re.IGNORECASE)


@cache
def _contact_post() -> re.Pattern:
    """A post on a line of its own, with the field it covers ("Senior Communications Manager"), and its
    organisation after a comma."""
    return re.compile(rf"(?P<title>(?:[\w-]+\s+){{0,2}}?(?:{_title()})(?:\s+(?:of|for)\s+[\w&-]+(?:\s+(?:and\s+)?[\w&-]+){{0,3}})?)(?:\s*,\s*(?P<org>.+))?",
                      re.IGNORECASE)


@cache
def _listed_posts() -> re.Pattern:
    return re.compile(rf"\b(?P<title>{_title()})s\s+(?P<people>⟨P\d+⟩(?:\s*,\s*⟨P\d+⟩)*\s*,?\s*and\s+⟨P\d+⟩)", re.IGNORECASE)


@cache
def _patterns() -> list[tuple[re.Pattern, float]]:
    t = rf"(?P<title>{_title()})"
    tc = rf"(?P<title>{_title()}(?:\s+(?:of|for)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)?)"
    # The same with the words before the post that belong to it: "telecoms consultant",
    # "people and culture manager", "technical director".
    tw = rf"(?P<title>(?:(?!(?:who|has|have|had|been|is|was|will|be|became|becomes)\s)[a-z-]+\s+(?:and\s+)?){{0,3}}?{_title()})"  # not "who has been"
    # A person's name may carry a post-nominal: "Seán Kilbride TD, Minister for Enterprise".
    # …and an honorific before it: "Banksia's CTO Dr Mei Ling Ho".
    # …and with the field of a post that names none of the company's units: "head of
    # international links at Ogero".
    tx = rf"(?P<title>{_title()}(?:\s+(?:of|for)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+(?=\s+(?:at|with)\s+(?:the\s+)?(?:⟨O|(?:{_GENERIC_PLACES_OF_WORK})\b)))?)"
    # …and with the field it covers, up to where the clause ends: "the TRA's director of spectrum
    # management since 2021".
    tf = rf"(?P<title>(?:(?!(?:who|has|have|had|been|is|was|will|be|became|becomes)\s)[a-z-]+\s+(?:and\s+)?){{0,3}}?{_title()}" \
         rf"(?:\s+(?:of|for)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+(?=\s*(?:[,.;]|$)|\s+(?:since|until|said|says|told)\b))?)"
    # …and an age after it, or where a photograph shows the person: "Ms Oduya, 52, became chief
    # executive", "Miriam Oduya (pictured), CEO of…".
    # …and a councillor's prefix after another post, or a party in brackets: "The Cathaoirleach of
    # ORG, Cllr NAME", "Cllr NAME (Fianna Fáil), Cathaoirleach of ORG".
    p = rf"(?:(?:the\s+)?(?:(?-i:{_HONORIFICS}|(?<=,\s)(?P<cllr>Cllr|Cr))\.?\s+){{1,2}})?⟨P(?P<p>\d+)⟩(?:\s+(?-i:{POST_NOMINALS}))?(?:,\s+\d{{2}},?)?" \
        rf"(?:\s*\((?:pictured|left|right|centre|center|above|below|⟨O\d+⟩)\))?"
    o, ll = r"⟨O(?P<o>\d+)⟩", r"⟨L(?P<l>\d+)⟩"
    sep = r"\s*,\s*"
    # Not a post right before another person's name: in "NAME, Chairman of ORG NAME2" or
    # "Minister NAME, Gebze Mayor NAME2" the post is NAME2's.
    not_theirs = rf"(?!\s+(?:(?-i:{_HONORIFICS})\.?\s+)?⟨P)"
    at = rf"\s+(?:of|at|for|with|in|on)\s+(?:the\s+)?{_DESCRIPTOR}"  # (…"a councillor on the X Council")
    # A word of a portfolio before the post ("science and technology minister"), not of the
    # clause around it ("in Ankara attended by Minister …").
    portfolio_word = r"(?!(?:by|at|in|on|with|from|to|was|were|is|are|has|have|had|attended|said|says|told)\b)[\w&-]+"
    # A capitalised portfolio before the post ("Industry, Energy and Technology Minister"), not the
    # clause's opening word ("When Minister …"); after the name of the region whose minister it is
    # ("Uttar Pradesh Infrastructure and Industrial Development Minister").
    capitalised = r"(?-i:(?:[A-Z][\w&-]*,?|and|&)\s+)"
    opening = r"(?-i:When|As|While|After|Before|If|Since|Although|Though|Once|Until|Because)\s"
    portfolio = rf"(?!{opening})(?:⟨L\d+⟩\s+(?={capitalised}{{1,5}}(?:Minister|Commissioner)\b))?{capitalised}{{1,5}}"
    rules = [
        # NAME, (formerly) CEO of ORG; NAME, a telecoms consultant at ORG
        # …and the part of it the post is over: "NAME, president of Arkona's management board".
        # …and what an analyst follows: "NAME, an analyst covering Latin American data centres at ORG".
        (rf"{p}{sep}(?:(?:currently|formerly|previously|now|also)\s+)?{_DET}(?:⟨L\d+⟩-based\s+)?{tw}"
         rf"(?:\s+(?:covering|tracking|following)\s+(?:(?:[\w-]+|⟨L\d+⟩)\s+){{0,4}}?(?:[\w-]+|⟨L\d+⟩))?{at}{o}"
         rf"(?:(?:'s|’s)\s+(?P<part>(?:[a-z-]+\s+){{0,2}}?(?:{_TAIL_NOUNS}))\b)?"
         rf"{not_theirs}", 0.9),
        (rf"{p}{sep}{_DET}{o}{_POSS}\s+(?:⟨L\d+⟩\s+)?{tf}(?!\w){not_theirs}", 0.9),         # NAME, ORG's CFO / NAME, ORG chairman / ORG's UK country manager
        # …and the field the post covers: "Orion's general manager of network connections, NAME".
        (rf"{o}(?:\s*\(⟨O\d+⟩\))?{_POSS}\s+{tc}(?:\s*\([^)⟨]*\))?(?:\s*,)?\s+{p}", 0.85),    # ORG's CFO(,) NAME / ORG (ACR) chairman NAME
        # …and where it serves: "The ambassador of the European Union in Cabo Verde, NAME", "the vice
        # president of Stratalink for Latin America, NAME".
        (rf"{_DET}{tx}{at}{o}(?:\s*\([^)]*\))?(?:\s+(?:in|for)\s+⟨L\d+⟩)?{sep}{p}", 0.85),  # chief executive of ORG (ACR), NAME; director of X at ORG, NAME
        # NAME, Senior Vice President, Sovereign Cloud at ORG: the post's field, then its body.
        (rf"{p}{sep}(?P<title>{_title()}{sep}⟨O\d+⟩)\s+(?:at|of)\s+{o}", 0.8),
        (rf"{p}{sep}{tw}{sep}{o}(?!\s+(?:at|of)\s+⟨O)", 0.8),                           # NAME, CEO, ORG
        (rf"{p}(?:\s*\([^)]*\))?(?:{sep}who)?\s+(?P<verb>heads|leads|runs|chairs|oversees|manages|has\s+led|has\s+headed|has\s+run)\s+(?:the\s+)?{_DESCRIPTOR}{o}{_POSS}\s*(?P<what>(?:(?:[\w-]+|⟨L\d+⟩)\s+){{0,3}}?(?:{_TAIL_NOUNS}))?", 0.8),
        # "NAME, who heads the wholesale business of state telecom ORG": the part, then its organisation.
        (rf"{p}(?:{sep}who)?\s+(?P<verb>heads|leads|runs|chairs|oversees|manages)\s+the\s+(?P<what>(?:[\w-]+\s+){{0,3}}?(?:{_TAIL_NOUNS}))"
         rf"\s+(?:of|at)\s+(?:the\s+)?{_DESCRIPTOR}{o}", 0.75),
        # "NAME, who sits on the board of ORG": a member of its board.
        (rf"{p}(?:{sep}who)?\s+(?P<verb>sits on|sat on)\s+(?:the\s+)?(?:board\s+of\s+(?:the\s+)?)?{o}(?:{_POSS}\s+board)?", 0.75),
        # "Dragana Pešić, who founded Nišava Data in 2012": its founder.
        (rf"{p}(?:\s*\([^)]*\))?{sep}who\s+(?:had\s+)?(?P<verb>founded|co-founded|cofounded)\s+(?:the\s+)?{o}", 0.75),
        (rf"{p}(?:\s*\([^)]*\)|{sep}(?:a|an|the)\s+(?:[^⟨,;.]|⟨L\d+⟩)*,)?(?:{sep}who)?\s+(?:is|was|serves as|became|has been|will become|(?:has been |was |is |will be )?"
         rf"(?:appointed|named|promoted to|elected|hired as|tapped as|confirmed as)|took over as|stepped in as)\s+(?:(?:also|currently|now|still)\s+)?(?:as\s+)?{_DET}{tx}{at}{o}", 0.8),
        # "At the TRA, NAME has been appointed general director".
        (rf"^\W*at\s+(?:the\s+)?{o}(?:\s*\(⟨O\d+⟩\))?\s*,\s+{p}\s+(?:has been|have been|was|is|will be)\s+(?:appointed|named|promoted to|elected)\s+(?:as\s+)?{_DET}(?:new\s+)?{tw}", 0.8),
        # "The company is chaired by Mr. NAME", "ORG is headed by NAME": who chairs or heads it.
        (rf"(?:{o}|\b(?:the|its)\s+(?P<kind>bank|fund|agency|company|firm|group|operator))\s+(?:is|was|has been|will be)\s+(?:also\s+)?"
         rf"(?P<verb>chaired|headed)\s+by\s+{p}", 0.7),
        # "The bank has also named NAME as group chief financial officer": the bank the story names.
        (rf"\b(?:the|its)\s+(?P<kind>bank|fund|agency|company|firm|group|operator)\s+(?:has\s+|have\s+)?(?:also\s+)?"
         rf"(?:named|appointed|hired|promoted|tapped)\s+{p}(?:\s+(?:as|to))?\s+(?:its\s+|their\s+|the\s+)?(?:new\s+)?{tw}", 0.75),
        # "Kestrel Data Centres named Miriam Oduya its new chief operating officer"; "NAME (COO, ORG)".
        (rf"{o}\s+(?:has\s+|have\s+)?(?:named|appointed|hired|promoted|tapped)\s+{p}(?:\s+(?:as|to))?\s+(?:its\s+|their\s+|the\s+)?(?:new\s+)?{tw}", 0.8),
        (rf"{p}\s*\(\s*{tw}\s*,\s*{o}\s*\)", 0.8),
        (rf"{o}\s*\(\s*{t}\s*:?\s*{p}\s*\)", 0.8),                                    # ORG (Chairman NAME), a Korean story's
        # "Yukiguni Data Co., Ltd. (headquarters: Toyama city, President: NAME)": a Japanese release's bracket.
        (rf"{o}\.?\s*\((?:[^)⟨]|⟨L\d+⟩)*?\b{t}\s*[:：]\s*{p}", 0.75),
        (rf"{p}\s*\(\s*{tw}{at}{o}\s*\)", 0.8),                                            # NAME (CEO of ORG)
        (rf"{o}\s*,\s*whose\s+(?:new\s+)?{t}\s+is\s+{p}", 0.8),                              # ORG, whose chief executive is NAME
        (rf"{o}{_POSS}\s+(?P<title>chief)\s+{p}", 0.75),                                         # ORG chief NAME: its chief executive
        # "he was its chief executive until 2008": the organisation just named.
        (rf"{p}\s+(?:is|was|became|remained|has been)\s+(?:also\s+)?(?P<its>its|their)\s+{t}", 0.65),
        (rf"{p}(?:{sep}who)?\s+(?:is|was|became|has been|will become|remains)\s+{o}{_POSS}\s+{tw}", 0.8),  # NAME(, who) became ORG's CTO
        (rf"{p}\s+as\s+(?:its\s+|the\s+|new\s+)*{t}{at}{o}", 0.8),                     # appointed NAME as MD of ORG
        # A career: "she joined Vestas as a service engineer", "spent nine years at ORG, first as
        # a network engineer", "moved to ORG, where he served as director of …".
        (rf"{p}\s+(?:[^.⟨]|⟨L\d+⟩)*?\b(?:joined|joining|join)\s+(?:the\s+)?{o}\s+as\s+{_DET}{tw}", 0.7),
        # "Her first job was at ORG in Lausanne, where she spent six years and rose to COO".
        (rf"\bat\s+(?:the\s+)?{o}(?:\s+in\s+⟨L\d+⟩)?\s*,\s+where\s+{p}\s+(?:[^.⟨])*?\b(?:rose to|became|served as|worked as)\s+{_DET}{tw}", 0.7),
        (rf"{p}\s+(?:[^.⟨]|⟨L\d+⟩)*?\b(?:spent\s+[\w\s-]{{1,30}}?\s+at|worked\s+(?:at|for))\s+(?:the\s+)?{o}\s*,?\s+(?:first\s+)?as\s+{_DET}{tw}", 0.7),
        (rf"{p}\s+(?:[^.⟨]|⟨L\d+⟩)*?\bmoved\s+to\s+(?:the\s+)?{o}\s*,\s+where\s+(?:he|she|they)\s+(?:served|worked)\s+as\s+{_DET}{tw}", 0.7),
        # "NAME joins from ORG, where she was chief information officer": the post left.
        (rf"{p}\s+(?:[^.⟨]|⟨L\d+⟩)*?\b(?:joins|joined|moves|moved|comes|came|arrives|arrived)\s+from\s+(?:the\s+)?{o}(?:[^.⟨]|⟨L\d+⟩)*?"
         rf"\bwhere\s+(?:he|she|they)\s+(?:was|had been|has been|served as|worked as)\s+{_DET}{tw}", 0.7),
        (rf"{p}\s+(?:[^.⟨]|⟨L\d+⟩)*?\b(?:co-?)?founded\s+(?:the\s+)?{o}(?:[^.⟨]|⟨L\d+⟩)*?\band\s+became\s+its\s+{t}", 0.7),
        (rf"{p}\s+(?:has|had|have)\s+[^.⟨]*?\bas\s+(?:the\s+|its\s+|new\s+)*{t}{at}{o}", 0.7),  # NAME has spent ten weeks as GM of ORG
        (rf"\b{t}\.?\s+{p}(?:\s*,)?\s+(?:of|at|from)\s+(?:the\s+)?{_DESCRIPTOR}{o}", 0.8),    # Chief Executive NAME of ORG; the analyst NAME, of the consultancy ORG
        (rf"\b{t}{at}(?:[A-Z]{{2,5}}\s+)?[\"“«]?{o}[\"”»]?\s+{p}", 0.7),            # Rector of ORG NAME said; the director of OJSC "ORG" NAME
        (rf"\b{t}\s*\({o}\)\s*,?\s+{p}", 0.7),                                         # Minister of Tourism, … (TEATT) NAME: the ministry so called
        (rf"{o}(?:\s+in\s+{ll})?\s*,?\s+(?:which is\s+|(?:is|was|will be|has been)\s+)?(?:led|headed|run|chaired)\s+by\s+(?:its\s+)?{t}\s+{p}", 0.75),  # ORG, led by CEO NAME; ORG will be led by…
        (rf"\b(?:and\s+)?also\s+{t}{at}{o}", 0.7),                                       # …, and also chairman of ORG
        (rf"{ll}{_POSS}\s+(?P<portfolio>(?:{portfolio_word}\s+){{0,3}}?){t}(?:\s*,)?\s+{p}", 0.75),  # Chile's science minister NAME
        (rf"{p}{sep}{_DET}{ll}{_POSS}\s+(?P<portfolio>(?:{portfolio_word}\s+){{0,3}}?){t}\b{not_theirs}", 0.75),  # NAME, (the) India's IT minister
        (rf"{p}{sep}{_DET}{t}\s+(?:of|for)\s+(?:the\s+)?{ll}{not_theirs}", 0.7),  # NAME, governor of LAGOS
        (rf"{_DET}{t}\s+(?:of|for)\s+(?:the\s+)?{ll}(?:\s+(?:city|town))?(?:{sep}|\s+){p}", 0.7),  # the mayor of Canelones, NAME; the mayor of Kaunas city NAME
        (rf"{p}{sep}{_DET}(?:{_GENERIC_OWNERS})'s\s+{tw}\b", 0.7),                    # NAME, the fund's investment director
        (rf"\b(?:the\s+)?(?:{_GENERIC_OWNERS})'s\s+{tw}{sep}{p}", 0.7),                 # the company's CFO, NAME
        (rf"{_DET}{t}\s+(?:at|of|with)\s+the\s+(?:{_GENERIC_PLACES_OF_WORK}){sep}{p}", 0.65),  # a state minister at the ministry, NAME
        (rf"{p}{sep}{_DET}{tw}\s+(?:at|of|with)\s+the\s+(?:{_GENERIC_PLACES_OF_WORK})\b", 0.65),  # NAME, chief executive of the company
        (rf"{p}{sep}{_DET}{tx}\s+(?:at|with)\s+the\s+(?:{_GENERIC_PLACES_OF_WORK})\b", 0.65),  # NAME, secretary general for posts at the ministry
        (rf"\b(?:its|whose|their)\s+(?:new\s+)?{t}(?:{sep}|\s+){p}", 0.65),          # …, whose (new) president(,) NAME
        (rf"{p}(?:[^.⟨]|⟨[OL]\d+⟩)*?\b(?P<move>becomes|became|will become|has become|(?:will\s+)?joins?\s+as|joined\s+as|(?:is|was|has been|will be)\s+"
         rf"(?:appointed|named|promoted to)|(?:will\s+)?succeeds?\s+(?:Dr\.?\s+)?⟨P\d+⟩\s+as|as)\s+(?:the\s+|its\s+|our\s+)?(?:new\s+)?{tw}(?![\w-])(?!\s+(?:of|at|for)\s+(?!⟨L))", 0.6),  # NAME becomes CFO (for Kenya)
        (rf"{p}{sep}(?:(?:currently|now|also)\s+)?{_DET}{t}(?=\s*(?:,|\.|;|$|said|told|says|added|since|from|until))", 0.55),  # NAME, minister of X,
        (rf"\bthe\s+(?P<title>(?:municipal|provincial|departmental)\s+{_title()}){sep}{p}", 0.55),  # the municipal president, NAME
        (rf"{_DET}{t}{sep}{p}", 0.55),                                                   # the minister of X, NAME
        (rf"(?:\b|(?=⟨L))(?P<portfolio>{portfolio})?{t}\.?\s+{p}", 0.5),  # ((Region) Industry, Energy) Minister NAME, Gov. NAME
    ]
    return [(re.compile(r, re.IGNORECASE), c) for r, c in rules]


def _normalise_title(title: str, slots: list[tuple[str, str]]) -> str:
    title = re.sub(r"⟨[POL](\d+)⟩", lambda m: slots[int(m.group(1))][0], title)
    abbreviations = load("titles.json")["abbreviations"]
    words = [abbreviations.get(w.lower().strip(".,"), w.lower().strip(",")) if w not in ("&",) else "and"
             for w in re.split(r"\s+", title.strip())]
    out = re.sub(r"^(?:(?:the|a|an|its|their|our|and|but|or|of)\s+)+", "", " ".join(words))  # "and economy minister"
    out = re.sub(r"(?:\s+(?:hon|honourable|honorable|dr|mr|mrs|ms|prof|engr?|sir))+$", "", out)  # "…, Hon. NAME"
    return re.sub(r"\bchief executive(?! officer)\b|^chief$", "chief executive officer", out)


def _abstract(text: str, sent, mentions) -> tuple[str, list[tuple[str, str]]]:
    """The sentence with its mentions replaced by ⟨P0⟩/⟨O1⟩/⟨L2⟩, and the slots' (text, name)."""
    letter = {"Person": "P", "Organization": "O", "Place": "L"}
    pieces, slots, pos = [], [], sent.start_char
    for start, end, name, etype in mentions:
        if start < sent.start_char or end > sent.end_char or start < pos:
            continue
        if text[end:end + 1] == "." and (text[start:end] + ".").split()[-1] in legal_forms_with_dots():
            end += 1  # "Polabská energetika a.s. NAME": the legal form's last dot is the name's
        pieces.append(text[pos:start])
        pieces.append(f"⟨{letter[etype]}{len(slots)}⟩")
        slots.append((text[start:end], name))
        pos = end
    pieces.append(text[pos:sent.end_char])
    return _without_glosses("".join(pieces)), slots


def _without_glosses(shape: str) -> str:
    """The sentence with its brackets that name no one left out ("the managing director
    (Geschäftsführer) of RMC", "Mayor (primátorka) NAME"), except a translation's gloss of a
    post, which stands for the native word before it ("wethouder (alderman) NAME", "the
    předseda představenstva (chairman of the board) of ORG")."""
    out, pos = [], 0
    for bracket in re.finditer(r"\s*\(([^()⟨⟩]*)\)", shape):
        kept, gloss = shape[pos:bracket.start()], bracket.group(1).strip()
        native = re.search(r"(?:(?<!\S)([^\W\d_][\w-]*)\s+)?(?<!\S)([^\W\d_][\w-]*)$", kept) if _glossed_post().fullmatch(gloss) else None
        if native:
            two = native.group(1) and native.group(1).islower() and native.group(1) not in _NOT_NATIVE
            kept = kept[:native.start() if two else native.start(2)] + gloss
        out.append(kept)
        pos = bracket.end()
    return "".join(out) + shape[pos:]


@cache
def _glossed_post() -> re.Pattern:
    """A post a translation glosses in brackets, with up to two words before it ("city manager",
    "municipal commissioner")."""
    return re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?:{_title()})", re.IGNORECASE)


# Words before a native post that are not part of it: "said wethouder (alderman)".
_NOT_NATIVE = frozenset({"the", "a", "an", "of", "its", "their", "our", "and", "said", "says", "told", "by", "with", "to"})


def _lead_region(head: str) -> str | None:
    """The region a post's first words name ("nsw minister", "quebec economy minister"): a
    state's or province's, not a country's ("kenyan minister")."""
    words = head.split()[:-1]
    for n in range(min(len(words), 3), 0, -1):
        place = place_named(" ".join(words[:n]), ("Region",))
        if place:
            return place.name
    return None


class RoleFinder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = full_text(doc)
        self.entities = {e.name: e for e in doc._.entities}
        titles = load("titles.json")
        self.government_heads = set(titles["government_heads"])
        counts = Counter(n for _, _, n, t in doc._.mentions if t == "Organization" and self._company(n))
        # The article's company: the one that speaks as "we", else the one named most.
        self.main_company = our_company(doc, set(counts)) or (counts.most_common(1)[0][0] if counts else None)
        # Companies told of as another's builder or supplier: "YIT is the main contractor".
        self.contractors = {n for _, e, n, t in doc._.mentions if t == "Organization" and _CONTRACTOR_AFTER.match(self.text, e)}
        # The article's country: the one its places lie in most often (Montevideo and
        # Canelones count for Uruguay, not only the word "Uruguay").
        places = Counter(country_of(self.entities, n) for _, _, n, t in doc._.mentions if t == "Place")
        places.pop(None, None)
        self.home = places.most_common(1)[0][0] if places else None
        # (…and its region, one of that country's: not Virginia, where Puerto Rico's data is sent.)
        regions = Counter(n for _, _, n, t in doc._.mentions if t == "Place" and self.entities.get(n) and self.entities[n].subtype == "Region"
                          and country_of(self.entities, n) in (self.home, None))
        self.home_region = regions.most_common(1)[0][0] if regions else None
        # Where the text first names each entity.
        self.first_named: dict[str, int] = {}
        for start, _, name, _ in doc._.mentions:
            self.first_named[name] = min(start, self.first_named.get(name, start))
        # The ministries and departments the article names ("Ministry of Digital Affairs", "DICT" for
        # the Department of Information and Communications Technology).
        self.ministries = [n for n, e in self.entities.items() if e.type == "Organization" and any(_MINISTRY.search(f) for f in (n, *e.aliases))]

    def _company_named(self, words: str | None) -> str | None:
        """The one company whose name or alias the words open, in any case ("Polarvolt" for
        "Polarvolt Datacenter AB", "Tala" for "TALA DATA CENTERS Inc.")."""
        words = (words or "").strip(" ,").lower()
        if not words or "⟨" in words:
            return None
        found = {n for n, e in self.entities.items() if e.type == "Organization" and self._company(n)
                 and any(f.lower() == words or f.lower().startswith(words + " ") for f in (n, *e.aliases))}
        return found.pop() if len(found) == 1 else None

    def _company(self, name: str) -> bool:
        e = self.entities.get(name)
        return bool(e) and e.subtype not in ("GovernmentAgency", "Government", "Media")

    def _country(self, name: str) -> bool:
        e = self.entities.get(name)
        return bool(e) and e.subtype == "Country"

    def _government_post(self, title: str) -> bool:
        head = re.split(r"\s+(?:in charge of|of|for)\s+", title)[0]
        return any(head == h or head.endswith((" " + h, "-" + h)) for h in self.government_heads)  # "vice-minister"

    def _ministry(self, title: str) -> str | None:
        """The organisation a minister's portfolio names: "minister of information and
        communications" → "Ministry of Information and Communications", "finance minister" →
        "Ministry of Finance", when the text names it."""
        parts = re.split(r"\s+(?:in charge of|of|for)\s+", title, maxsplit=1)
        if re.match(r"(?:deputy |vice )?prime minister\b", title):
            return None  # "Deputy Prime Minister and Minister for Trade and Industry": the government's
        if len(parts) == 2:
            portfolio = parts[1]
        elif title.endswith(("minister", "secretary")) and " " in title:
            portfolio = title.rsplit(" ", 1)[0]      # "finance minister", "commerce secretary"
        else:
            portfolio = ""
        # "minister of state for information technology": a junior post in that ministry.
        words = set(name_words(portfolio)) - {"and", "of", "for", "the", "state", "department", "ministry", "deputy", "federal", "union",
                                                "state's", "principal", "permanent"}
        # "Electronics and IT Minister": the ministry may spell IT out or not.
        spelled = (words - {"it", "ict"}) | {"information", "technology"} | ({"communications"} if "ict" in words else set()) \
            if words & {"it", "ict"} else words
        best = None
        for name, e in self.entities.items():
            if e.type != "Organization" or e.subtype == "Company" or title.endswith("secretary") and name not in self.ministries \
                    or any(re.search(r"\b(?:Regulat\w*|Authority|Commission|Agency)\b", n) for n in (name, *e.aliases)):
                continue  # a press secretary is no department's; a minister's is no company's ("Cumulo Technologies" for
                # a technology minister) nor the regulator of the same field
            # (Compared on their first letters: "technology" is "Technologies", "communication" "Communications",
            # "telecommunication" "Telecom"; the ministry may abbreviate what the post spells out: "Ministry of IT".)
            have = {w[:7] for n in (name, *e.aliases) for w in name_words(n)}
            have |= {"informa", "technol"} if have & {"it", "ict"} else set()
            if words and ({w[:7] for w in words} <= have or {w[:7] for w in spelled} <= have) and (best is None or len(name) < len(best)):
                best = name
        if best is None and words:
            best = self._ministry_in_other_words(words)
        if best is None and not words and len(self.ministries) == 1 and re.search(
                r"(?<!prime )(?<!chief )(?<!first )\bminister\b|\b(?:permanent|principal) secretary\b", title):
            return self.ministries[0]  # "Minister Louis-Philippe Gagnon", "Principal Secretary NAME" in a story naming one ministry
        return best

    def _ministry_in_other_words(self, portfolio: set[str]) -> str | None:
        """The ministry the story names whose words cover at least half a portfolio put in other
        words or another language, by their stems ("minister of economy and industry" and the
        "Ministry of Economic Affairs and Communications"; "minister of the Economy, Innovation
        and Energy" and the "Ministère de l'Économie, de l'Innovation et de l'Énergie") — the one
        that covers most, if one does."""
        def stems(words) -> set[str]:
            return {plain(w)[:5] for w in words if len(w) > 3}
        wanted = stems(portfolio)
        covered = Counter({name: len(wanted & stems(w for n in (name, *self.entities[name].aliases) for w in name_words(n)))
                           for name in self.ministries})
        ranked = covered.most_common(2)
        if wanted and ranked and 2 * ranked[0][1] >= len(wanted) and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return ranked[0][0]
        return None

    def _ministry_named_here(self, title: str, slots) -> str | None:
        """The one ministry a minister's or secretary's sentence names, whatever words its
        portfolio is put in ("NAME, Principal Secretary for ICT, said the Ministry of
        Information, Communications and the Digital Economy…"; "the Minister of Information
        Technologies, said the Ministerio de Tecnologías… would")."""
        if not re.search(r"\b(?:minister|(?:permanent |principal )?secretary)\b", title) or re.match(r"(?:deputy |vice )?prime minister\b", title):
            return None
        here = {name for _, name in slots if name in self.ministries}
        return here.pop() if len(here) == 1 else None

    def _municipality(self, slots, title: str) -> str | None:
        """A mayor's or councillor's organisation: the city's council or administration the
        article names ("City of New Albany", "Prefeitura de Hortolândia", "Mesa City Council")."""
        # The places the sentence names, and the counties and regions they lie in ("Naas councillor
        # NAME": Kildare County Council's).
        around = {re.sub(r"^County\s+", "", p).lower() for _, name in slots if name in self.entities and self.entities[name].type == "Place"
                  for p in places_around(self.entities, name) if self.entities[p].subtype != "Country"}  # (not the "Research Council of Norway")
        here = {name for _, name in slots}
        bodies = [n for n, e in self.entities.items() if e.type == "Organization" and re.search(rf"\b(?:{_MUNICIPAL_BODY})\b", n, re.I)
            and not (re.search(r"\bGovernment\b", n) and not re.search(r"\b(?:city|town|municipal\w*)\b", n, re.I))]  # a county's government
        if not bodies:
            return None
        # A councillor sits on the council; a mayor or city manager runs the city.
        council = bool(re.search(rf"\b(?:{_COUNCIL_POST})\b", title))
        # (…else the council the story names first, whose vote it tells: "Cllr NAME (Sinn Féin)"
        # after "South Dublin County Council has granted…", not the Kildare council named further on.)
        def rank(body: str) -> tuple:
            in_sentence = body in here or any(p in body.lower() for p in around)
            kind = bool(re.search(r"\bboard of supervisors\b" if "supervisor" in title else rf"\b(?:{_TOWN_COUNCIL})\b", body, re.I)) == council
            # A mayor's or councillor's body is the town's, not the county's or region's.
            county = bool(re.search(r"\b(?:county|regional|provincial|state)\b", body, re.I))
            return (not kind, not in_sentence, self.first_named.get(body, len(self.text)), county, len(body)) if council \
                else (not in_sentence, county, not kind, len(body))
        return min(bodies, key=rank)

    def _government(self, place: str | None) -> str | None:
        """A country's or region's government, by the name the article gives it when it names
        one ("Aomori Prefectural Government", "Lagos State Government")."""
        place = place or self.home
        if not place:
            return None
        # "Atlántico Department", "Toyama Prefecture": the government is named after the region's name.
        return self._named_government(without_area_kind(place)) or government_of(place)

    def _one_regional_government(self) -> str | None:
        """The one government of a region the article names ("the governor NAME" in a story
        that names the "Government of Mendoza")."""
        country = government_of(self.home) if self.home else None
        named = [n for n, e in self.entities.items() if e.type == "Organization" and n != country
                 and _GOVERNMENT_NAME.search(n)]
        return named[0] if len(named) == 1 else None

    def _beyond(self, place: str) -> bool:
        """Whether a place lies in a region of the country other than the article's."""
        regions = [n for n in places_around(self.entities, place) if self.entities[n].subtype == "Region"]
        return bool(regions) and self.home_region not in regions

    def _country_government_named(self) -> bool:
        """Whether the text itself names the government of the article's country."""
        country = government_of(self.home) if self.home else None
        return any(t == "Organization" and n == country for _, _, n, t in self.doc._.mentions)

    def _named_government(self, place: str) -> str | None:
        named = [n for n, e in self.entities.items() if e.type == "Organization" and re.search(r"\bGovernment\b", n)
                 and (re.search(rf"(?<!\w){re.escape(place)}(?!\w)", n, re.IGNORECASE)
                      or (of := re.fullmatch(r"Government of (?:the )?(.+)", n)) and spelled_alike(of.group(1), place)  # ("…of St Vincent and the Grenadines")
                      or (people := re.fullmatch(r"(?:The )?(\w+) Government", n)) and getattr(place_of_demonym(people.group(1)), "name", None) == place)]  # ("Walloon Government")
        return min(named, key=len) if named else None

    def _regional_government(self, place: str) -> str | None:
        """The government of a region, or of the region a city of the same name heads ("Aomori
        Governor", "Córdoba's minister of science": the prefecture's and the province's)."""
        e = self.entities[place]
        if e.subtype == "Region" or self._named_government(place):
            return self._government(place)  # "The Regent of Kendal" and the "Kendal Regency Government"
        country = self.entities.get(country_of(self.entities, place) or "")
        region = region_named(place, country.iso_code if country else None)
        return self._government(place) if region else None

    def _named_of_kind(self, kind: str, slots, before: str) -> str | None:
        """The organisation with this word in its name ("Gulf Pearl Bank B.S.C." for "the
        bank") named earlier in the post's sentence, else the one of that kind the story has
        named most so far (the last of those): not a bank named once in passing."""
        def of_kind(name: str) -> bool:
            e = self.entities.get(name)
            return e is not None and e.type == "Organization" and any(re.search(rf"\b{kind}\b", n, re.I) for n in (name, *e.aliases))
        here = [slots[int(i)][1] for i in re.findall(r"⟨O(\d+)⟩", before) if of_kind(slots[int(i)][1])]
        if here:
            return here[-1]
        earlier = [n for s, _, n, t in self.doc._.mentions if s < self.sentence_start and t == "Organization" and of_kind(n)]
        counts = Counter(earlier)
        return max(reversed(earlier), key=lambda n: counts[n]) if earlier else None

    def find(self) -> list[Role]:
        roles: dict[tuple, Role] = {}
        text = self.text
        self.previous_org = None
        subject = None  # the person the text is about, for "she" and "he" in the sentences after
        moves: set[tuple[str, str]] = set()  # the posts someone moves to, beside which the one held now counts too
        for sent in sentences(self.doc):
            self.sentence_start, self.sentence_end = sent.start_char, sent.end_char
            shape, slots = _abstract(text, sent, self.doc._.mentions)
            people = [name for _, name in slots if name in self.entities and self.entities[name].type == "Person"]
            if not people and subject and _any_title().search(shape):
                # "In 2003 she joined Vestas as a service engineer": the person last named.
                pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\b", shape)
                if pronoun:
                    shape = f"{shape[:pronoun.start()]}⟨P{len(slots)}⟩{shape[pronoun.end():]}"
                    slots = slots + [(pronoun.group(0), subject)]
            subject = people[0] if people else subject
            orgs_here = [name for _, name in slots if name in self.entities and self.entities[name].type == "Organization"]
            if "⟨P" not in shape or not (_any_title().search(shape) or re.search(r"\bwho |\b(?:heads|leads|runs|chairs|has led|has headed|has run) ⟨O|⟩\s+chief\s+⟨P|\b(?:chaired|headed) by\b", shape)):
                self.previous_org = self._topic(sent, orgs_here) or self.previous_org
                continue
            placed: set[str] = set()      # people who got a role from a stronger pattern here
            posted: set[tuple[str, str]] = set()  # …and the posts they got
            last_person = None
            for pattern, confidence in _patterns():
                for m in pattern.finditer(shape):
                    g = m.groupdict()
                    person = slots[int(g["p"])][1] if g.get("p") is not None else last_person
                    if person is None or self.entities.get(person, None) is None or self.entities[person].type != "Person":
                        continue
                    # "Polarvolt chief executive NAME": a company's short name before the post is its employer.
                    employer = self._company_named(g.get("portfolio"))
                    if employer:
                        g = {**g, "portfolio": None}
                    title = self._title(g, slots)
                    if g.get("title") and not g.get("portfolio") and re.match(r"[\w -]*\b(?:minister|secretary|commissioner)\s+(?:of|for)\s", title) \
                            and (more := _PORTFOLIO_GOES_ON.match(shape, m.end("title"))):
                        # "NAME, Minister of Communication, Telecommunications and Digital Affairs, welcomed…"
                        title = _normalise_title(g["title"] + more.group(0), slots)
                    if not employer and g.get("o") is None and (lead := re.match(r"([^\W\d_][\w-]*) (?=\w)", title)) \
                            and lead.group(1) not in _title_words() and not place_named(lead.group(1), ("Country", "Continent", "Region")) \
                            and (employer := self._company_named(lead.group(1))):
                        title = title[lead.end():]  # ("Tala President and Chief Executive Officer NAME")
                    org = employer or self._org(g, slots, title, m.group(0), shape, shape[:m.start()])
                    # A move to a new post is a role of its own beside the one held now ("NAME,
                    # finance director of MTN Ghana, will join as group chief financial officer").
                    if not org or (person in placed and g.get("o") is None and confidence < 0.8 and not g.get("move")) \
                            or g.get("o") is None and (person, title) in posted and org == self._government(None):
                        continue  # (a post a stronger pattern gave a company: "to join ORG as senior vice president" in Amsterdam)
                    if not g.get("move"):
                        placed.add(person)  # (a move leaves room for the post held now: "NAME, currently COO, will succeed…")
                    posted.add((person, title))
                    last_person = person
                    # "Deputy Prime Minister and Minister for Trade and Industry": two posts, the
                    # government's and the ministry's.
                    two = re.fullmatch(r"(.+?) and ((?:deputy )?minister (?:of|for) .+)", title)
                    posts = [(title, org)]
                    if g.get("o") is None and two and self._government_post(two.group(1)):
                        posts = [(t, self._ministry(t) or self._sentence_government(t, slots, shape)) for t in two.groups()]
                    # "Council leader Cllr NAME", "Committee chair Cllr NAME": a councillor, and that post too.
                    lead = re.search(r"\b((?:council|committee|cabinet|group|opposition)\s+(?:leader|chair(?:man|woman|person)?|convener))\s+$",
                                     shape[:m.start()], re.I) if title == "councillor" else None
                    extra = [(lead.group(1).lower(), org)] if lead else []
                    # "The chair of the planning committee, Cllr NAME": that post, and a councillor, both
                    # on the council.
                    if g.get("cllr") and title != "councillor" \
                            and (council := self._org({}, slots, "councillor", m.group(0), shape, shape[:m.start()])):
                        posts = posts if g.get("o") is not None else [(post, council) for post, _ in posts]
                        extra = [("councillor", council)]
                    for post, where in posts + extra:
                        if not where:
                            continue
                        if extra and post != title:
                            roles.setdefault((person, where, post), Role(person, where, post, (sent.text.strip(),), confidence))
                            continue
                        role = Role(person, where, post, (sent.text.strip(),), confidence)
                        if (person, where) not in roles:
                            roles[(person, where)] = role
                            if g.get("move"):
                                moves.add((person, where))
                        elif (g.get("move") or (person, where) in moves) and roles[(person, where)].title != post:
                            roles.setdefault((person, where, post), role)  # a second post at the same organisation
            # "Councilmembers Brett Hoffmann, Luis Carranza and Dale Ortiz": a plural post before
            # a list of names is each one's.
            for m in _listed_posts().finditer(shape):
                title = _normalise_title(m.group("title"), slots)
                org = self._org({}, slots, title, m.group(0), shape, shape[:m.start()])
                for person in (slots[int(i)][1] for i in re.findall(r"⟨P(\d+)⟩", m.group("people"))) if org else ():
                    if person not in placed:
                        roles.setdefault((person, org), Role(person, org, title, (sent.text.strip(),), 0.6))
            self.previous_org = self._topic(sent, orgs_here) or self.previous_org
        for role in self._contact_lines(text) + self._newsroom(text):
            roles.setdefault((role.person, role.org), role)
        # "President Hayashi said" after "Yukiguni Data (President: Hayashi Tomoko)": a post
        # the person holds at a company is not also a government's.
        government = {r.org for r in roles.values()
                      if r.org.startswith("Government of ") or getattr(self.entities.get(r.org), "subtype", None) == "Government"}
        held = {(r.person, r.title) for r in roles.values() if r.org not in government}
        return [r for r in roles.values() if r.org not in government or (r.person, r.title) not in held]

    def _newsroom(self, text: str) -> list[Role]:
        """The posts of the outlet's own people: a transcript's speakers ("HOST (Julie Tremblay):",
        "ELENI MARKOU (ANCHOR):", "KATE MORROW, PRESENTER:") and credits ("Presenter: Máire Ní
        Fhlatharta."), a byline or sign-off with the post and maybe the outlet ("By Kunle
        Adeyemi-Bello, Technology Correspondent, The Lagoon Courier", "— Paulina Reyes, editor,
        The Rack Report", one at a paragraph's end) and "our reporter NAME". The outlet is the one
        the line names, else the one radio or television station or paper the story names."""
        outlets = {n for n, e in self.entities.items() if e.type == "Organization" and e.subtype == "Media"}
        story_outlet = next(iter(outlets)) if len(outlets) == 1 else None
        people = {f.lower(): n for n, e in self.entities.items() if e.type == "Person" for f in (n, *e.aliases) if " " in f}
        named = {f.lower(): n for n, e in self.entities.items() if e.type == "Organization" for f in (n, *e.aliases)}
        found = []

        def add(name: str, post: str, said: str, outlet: str | None = None) -> None:
            person = people.get(name.strip().lower())
            org = named.get(outlet.strip().lower()) if outlet else story_outlet
            if person and org and NEWSROOM_POST.fullmatch(post.strip()):
                found.append(Role(person, org, post.strip().lower(), (said,), 0.6))

        for m in re.finditer(r"(?m)^([^\n():]{2,60}?)\s*\(([^\n()]{2,60})\):", text):
            add(m.group(1), m.group(2), m.group(0))
            add(m.group(2), m.group(1), m.group(0))
        for m in re.finditer(r"(?m)^([^\n():,]{2,60}?),\s*([^\n():,]{2,40}):", text):
            add(m.group(1), m.group(2), m.group(0))
        # (…or credited after the headline: "Presenter: Inês Carvalhal. Reporter in Covilhã: Rui Pestana.")
        for m in NEWSROOM_CREDIT.finditer(text):
            add(m.group(2), m.group(1), m.group(0).lstrip(". \t"))
        for m in BYLINE.finditer(text):
            add(m.group(1), m.group(2), m.group(0).strip(), m.group(3))
        # (…or signed off at the end of a paragraph: "…unless we say otherwise. — Mei Chen Lau, editor")
        for m in re.finditer(r"(?m)\S[ \t]+[—–][ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}),[ \t]*([a-z][\w -]{2,40}?)[ \t]*$", text):
            add(m.group(1), m.group(2), m.group(0)[1:].strip())
        for m in re.finditer(rf"\b[Oo]ur\s+({NEWSROOM_POST.pattern})\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})", text):
            add(m.group(2), m.group(1), m.group(0))
        return found

    def _topic(self, sent, orgs_here: list[str]) -> str | None:
        """The organisation a sentence is about, which "its" in the next one means: the subject
        ("The Agglomération Seine-Eure, the grouping of 60 communes, said it had offered
        Hexaterra a plot. Its president, NAME"), else the last one it names."""
        for start, end, name, etype in self.doc._.mentions:
            if etype == "Organization" and name in orgs_here and sent.start_char <= start and end <= sent.end_char:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                # (…or of what the sentence reports: "ORG has applied for support, the company said")
                # (…or set beside it: "Residents' group Clondalkin Village Together, which lodged
                # an objection, said…")
                root = span.root.head if span is not None and span.root.dep_ == "appos" else span.root if span is not None else None
                head = root.head if root is not None else None
                if head is not None and root.dep_ in ("nsubj", "nsubjpass") and (head == sent.root or head.dep_ == "ccomp" and head.head == sent.root):
                    return name
        return orgs_here[-1] if orgs_here else None

    def _contact_lines(self, text: str) -> list[Role]:
        """A press release's contact, a line each: the name, the post, the organisation
        ("Faith Mwangi / Head of Corporate Communications / Kilele Digital Infrastructure PLC",
        or "Head of Corporate Affairs, ZBN" on one line)."""
        ends = {e: (s, name) for s, e, name, t in self.doc._.mentions if t == "Person"}
        orgs = {s: name for s, e, name, t in self.doc._.mentions if t == "Organization"}  # ("…Ltd." or "… (Private) Limited")
        lines, pos = [], 0
        for line in text.split("\n"):
            start = pos + len(line) - len(line.lstrip())
            lines.append((start, start + len(line.strip()), line.strip()))
            pos += len(line) + 1
        found = []
        for (ps, pe, name_line), (ts, te, post), nxt in zip(lines, lines[1:], lines[2:] + [(0, 0, "")]):
            # The name alone on its line, but for an honorific before it ("Mrs. NAME").
            person = ends.get(pe)
            title = _contact_post().fullmatch(post)
            if not person or not title or not re.fullmatch(r"(?:[A-Z][a-z]{0,3}\.?\s+)?", text[ps:person[0]]):
                continue
            org = orgs.get(ts + title.start("org")) if title.group("org") else None
            if not org and (org := orgs.get(nxt[0])) and title.group("org"):
                title = re.match(r"(?P<title>.+)", post)  # a post and its field: "Manager, Corporate Communications"
            if org:
                said = ", ".join([name_line, post] + ([nxt[2]] if org == orgs.get(nxt[0]) else []))
                found.append(Role(person[1], org, _normalise_title(title.group("title"), []), (said,), 0.6))
        return found + self._contact_one_liners(text, lines)

    def _contact_one_liners(self, text: str, lines: list[tuple[int, int, str]]) -> list[Role]:
        """A contact told on one line below a release's "Media contacts": the name, the post after
        a comma, and the organisation after it or before the name ("Noura Haddad, Head of
        Communications, Qamar AI – media@qamar-ai.ae"; "Rimal Compute: Layla Haddad, Head of
        Communications – media@rimalcompute.ae")."""
        heading = re.search(r"(?im)^\W*(?:media|press)\s+contacts?\b", text)
        if not heading:
            return []
        found = []
        for start, end, line in lines:
            if start <= heading.start():
                continue
            inside = [m for m in self.doc._.mentions if start <= m[0] and m[1] <= end]
            people = [m for m in inside if m[3] == "Person"]
            if len(people) != 1:
                continue
            name_start, name_end, person, _ = people[0]
            post = re.match(r"\s*,\s*([^,–—|@]+?)\s*(?:,|[–—-]\s|$)", text[name_end:end])
            title = _contact_post().fullmatch(post.group(1)) if post else None
            if not title or title.group("org"):
                continue
            after = [m for m in inside if m[3] == "Organization" and m[0] >= name_end + post.end(1)]
            before = [m for m in inside if m[3] == "Organization" and m[1] <= name_start]
            org = after[0] if after else before[-1] if before else None
            if org:
                found.append(Role(person, org[2], _normalise_title(title.group("title"), []), (line,), 0.6))
        return found

    @staticmethod
    def _title(g: dict, slots) -> str:
        if g.get("portfolio"):
            # "Economic Development Minister" → "economic development minister"
            return _normalise_title(f"{g['portfolio']}{g['title']}", slots)
        if g.get("verb"):
            what = (g.get("what") or "").strip()
            verb = {"heads": "head", "leads": "head", "runs": "head", "oversees": "head", "manages": "head", "chairs": "chairman",
                    "has led": "head", "has headed": "head", "has run": "head", "chaired": "chairman", "headed": "head",
                    "founded": "founder", "co-founded": "co-founder", "cofounded": "co-founder", "sits on": "board member",
                    "sat on": "board member"}[re.sub(r"\s+", " ", g["verb"].lower())]
            return _normalise_title(f"{verb} of {what}" if what and verb in ("head", "chairman") else verb, slots)
        if g.get("part"):
            return _normalise_title(f"{g['title']} of {g['part']}", slots)
        return _normalise_title(g["title"], slots)

    def _sentence_government(self, title: str, slots, shape: str) -> str | None:
        """Whose official: a regional post ("governor", "regional minister") belongs to the
        region's government, any other to the government of the country the article is
        about. A minister is always a government's; a president, governor or secretary
        only when the sentence names a place or a government, since companies have
        presidents too."""
        named = [self.entities[name] for _, name in slots if name in self.entities and self.entities[name].type == "Place"]
        head = re.split(r"\s+(?:of|for)\s+", title)[0]
        nation = place_of_demonym(title.split()[0]) if " " in head else None
        if nation and nation.kind == "Country" and self._government_post(title):
            return government_of(nation.name)  # "the Vietnamese ambassador": Vietnam's
        # "secretary of economy of Nuevo León": the region the post is named after.
        if region := next((e.name for e in named if e.subtype == "Region"
                           and re.search(rf"\s(?:of|for)\s+(?:the\s+)?{re.escape(e.name.lower())}$", title)), None):
            return self._government(region)
        if head.endswith(("governor", "premier", "chief minister", "menteri besar")) or re.match(r"(?:regional|provincial|state)\b", title) \
                or re.search(r"\bof the (?:province|region|(?:state|provincial|regional) government)$", title):
            # ("the minister of Energy of the province", "the secretary of Economy of the state government")
            # "Aomori Governor NAME": the government the story names after the word before the post.
            lead = head.rsplit(" ", 1)[0] if " " in head else ""
            if lead and not set(lead.split()) & set(load("titles.json")["modifiers"]) and (named_government := self._named_government(lead)):
                return named_government
            if region := _lead_region(head):
                return self._government(region)  # ("Ogun State Governor NAME" in a story that names Lagos State's government)
            # The region the sentence names, else the one regional government the story names,
            # else the region it names most ("the governor Ramiro Sepúlveda" in a story naming
            # the "Government of the Province of Neuquén" and Patagonia).
            region = next((e.name for e in named if e.subtype == "Region"), None)
            if region:
                return self._government(region)
            # (…and a territory's premier, in a story naming no region: "Premier NAME" in Niue.)
            return self._one_regional_government() or (self._government(self.home_region) if self.home_region else None) \
                or (self._government(None) if head.endswith("premier") else None)
        # "NSW Minister for Industry NAME", "Telangana's IT Minister NAME", "Lagos State Commissioner
        # for Innovation NAME": the state's.
        # (The model may have missed the name the story gives elsewhere: "Victoria's Minister for…".)
        owners = [slots[int(slot)][1] if slot else name for slot, name in re.findall(r"(?:⟨L(\d+)⟩|\b([A-Z][\w-]+))['’]s\s", shape)]
        owner = next((name for name in owners if getattr(self.entities.get(name), "subtype", None) == "Region"), None)
        region = (_lead_region(head) or owner) if head.endswith(("minister", "commissioner", "executive councillor")) else None
        if region:
            return self._government(region)
        if head.endswith("minister") and not head.endswith("prime minister") and not self._country_government_named() \
                and not re.search(r"\b(?:federal|union|central|national)\s+(?:[\w-]+\s+){0,4}minister", shape, re.I):
            # "Economic Development Minister NAME" in a story that names "the Manitoba government"
            # and not Canada's: the province's — unless the sentence names places beyond it.
            regional = self._one_regional_government()
            if regional and self.home_region and self._government(self.home_region) == regional \
                    and not any(self._beyond(e.name) for e in named):
                return regional
        if re.fullmatch(r"(?:[a-z]+ ){0,3}secretary(?: (?:of|for) (?!state\b).+)?", title) \
                and not re.match(r"(?:cabinet|permanent|principal|general|press|state|under|parliamentary|chief|deputy)\b", title) \
                and (state := self._state_government_told(title, [e.name for e in named])):
            # "with the governor, the secretary of Economic Development, NAME, … in the seat of the
            # state government": a state's cabinet, in a paragraph that tells of the state's government.
            return state
        if head.endswith(("minister", "cabinet secretary")) or named or re.search(r"\bgovernment\b", shape, re.I) \
                or re.search(r"\bof the (?:republic|nation)\b", title):  # "the President of the Republic"
            return self._government(self._paragraph_country())
        return None

    def _state_government_told(self, title: str, places_here: list[str]) -> str | None:
        """The government of a region the paragraph at hand tells of: the one it names ("The
        Government of Ceará has been very active"), else, when it speaks of "the state
        government" (or the post of "… of the State"), that of the one region its places lie in
        ("the prefect of Eldorado do Sul": Rio Grande do Sul), or of the story's region unless the
        sentence's places (`places_here`) lie beyond it."""
        start, end = self._paragraph()
        country = government_of(self.home) if self.home else None
        governments = {n for s, _, n, t in self.doc._.mentions if start <= s < end and t == "Organization" and n != country
                       and _GOVERNMENT_NAME.search(n)}
        if len(governments) == 1:
            return governments.pop()
        if not (re.search(r"\bstate(?:['’]s)? government\b|\bgovernment of the state\b", self.text[start:end], re.I)
                or title.endswith(" of the state")):
            return None
        regions = {r for s, _, n, t in self.doc._.mentions if t == "Place" and start <= s < end
                   for r in places_around(self.entities, n) if self.entities[r].subtype == "Region"}
        if len(regions) == 1:
            return self._government(regions.pop())
        if any(self._beyond(p) for p in places_here):
            return None
        return self._government(self.home_region) if self.home_region else None

    def _paragraph(self) -> tuple[int, int]:
        """Where the paragraph of the sentence at hand starts and ends in the text."""
        text = self.text
        end = text.find("\n", self.sentence_start)
        return text.rfind("\n", 0, self.sentence_start) + 1, end if end >= 0 else len(text)

    def _paragraph_country(self) -> str | None:
        """The one country other than the article's that a paragraph's places lie in, so far: a
        roundup's minister who "called it a vote of confidence in Lithuania" is Lithuania's."""
        start, end = self._paragraph()
        named = [n for s, _, n, t in self.doc._.mentions if t == "Place" and start <= s < end]
        countries = {country_of(self.entities, n) for n in named}
        if len(countries) != 1 or None in countries or self.home in countries:
            return None
        country = countries.pop()
        return country if country in named else None  # (named itself, not only a city in it: "sending it to Miami")

    def _org(self, g: dict, slots, title: str, matched: str, shape: str = "", before: str = "") -> str | None:
        if g.get("o") is not None:
            org = slots[int(g["o"])][1]
            if _MUNICIPAL_POST.search(title) and not _PUBLIC_BODY.search(org):
                # "Sinn Féin councillor NAME", "councillor NAME of the Pirate Party": the party, not
                # the council they sit on.
                return self._municipality(slots, title) or org
            return org
        if g.get("kind"):
            kind = g["kind"].lower()
            if g.get("verb"):  # "The company is chaired by NAME": the company just told of
                return self.previous_org or self.main_company
            return (self._named_of_kind(kind, slots, before) if kind in _KINDS_BY_NAME else None) or self.main_company
        if g.get("l") is not None:
            place = slots[int(g["l"])][1]
            if _MUNICIPAL_POST.search(title):
                return self._municipality(slots, title)
            if not self._government_post(title):
                return None
            if self._country(place):
                return self._ministry(title) or self._government(place)
            # "Alberta's Minister of Technology and Innovation": the province's government.
            return self._regional_government(place)
        owner = re.search(rf"\b({_GENERIC_OWNERS})'s\b|\b(?:at|of|with) the ({_GENERIC_PLACES_OF_WORK})\b", matched, re.IGNORECASE)
        kind = owner and (owner.group(1) or owner.group(2)).lower()
        if kind in ("ministry", "state", "province", "city", "municipality"):
            # "NAME, the ministry's chief executive officer", "the state's commissioner for
            # innovation": the one ministry named, the region's government, the city's.
            if kind == "ministry":
                return self.ministries[0] if len(self.ministries) == 1 else None
            if kind in ("city", "municipality"):
                return self._municipality(slots, title)
            return self._government(self.home_region) if self.home_region else self._one_regional_government()
        if kind in _BODY_KINDS:
            # "the chamber's president, NAME": the one chamber the article names.
            bodies = [n for n, e in self.entities.items() if e.type == "Organization" and re.search(rf"\b{kind}\b", n, re.I)]
            return bodies[0] if len(bodies) == 1 else None
        if kind in _KINDS_BY_NAME:
            # "NAME becomes the bank's chief digital officer": the bank the story names, not
            # the company that sentence or the one before named.
            named = self._named_of_kind(kind, slots, before)
            if named:
                return named
        if owner:
            # "Ithmar Capital will take a stake, said NAME, the fund's investment director":
            # the organisation the sentence named (the last before the post: "on behalf of
            # Hanbit Data Systems by Mr. NAME, President of the company"), else the article's
            # company — or, for "the group's CFO", the one group the article names.
            before_post = re.findall(r"⟨O(\d+)⟩", before) or re.findall(r"⟨O(\d+)⟩", shape)
            if kind == "group":
                # (…"the Haymarket Neighbors Alliance, which has fought rezonings. NAME, the group's
                # president": a civic group just told of.)
                if self.previous_org and _CIVIC_GROUP.search(self.previous_org):
                    return self.previous_org
                groups = [n for n, e in self.entities.items() if e.type == "Organization" and _GROUP_NAME.search(n)]
                if len(groups) == 1:
                    return groups[0]
            if re.search(r"\b(?:company|firm|group)'s", matched, re.I):
                # (…"Zanj Subsea is building a station at Kimbiji. The company's chief executive,
                # NAME": a sentence that opens on it means the company just told of.)
                if not before.strip() and re.match(r"The (?:company|firm)'s", matched) and self.previous_org \
                        and self.entities[self.previous_org].subtype == "Company":
                    return self.previous_org
                return self.main_company
            # (…"SaskPower will also build a line. The utility's president": the one named just before.)
            return slots[int(before_post[-1])][1] if before_post else self.previous_org or self.main_company
        if g.get("its") or re.match(r"(?:its|whose|their)\b", matched, re.IGNORECASE):
            # The organisation just named: earlier in this sentence, else in the one before.
            earlier = re.findall(r"⟨O(\d+)⟩", before)
            return slots[int(earlier[-1])][1] if earlier else self.previous_org
        if _MUNICIPAL_POST.search(title):
            return self._municipality(slots, title)
        # "Auditor General NAME": the one body named after the post ("Office of the Auditor General").
        after_post = [n for n, e in self.entities.items() if e.type == "Organization" and " " in title
                      and set(title.split()) <= {w.lower() for w in n.split()}]
        if len(after_post) == 1:
            return after_post[0]
        # (…but "chair of the board", "board member": the company's own board, not a body called one.)
        body = re.search(r"\b(commission|council|board|committee|assembly)\b|^(commission)er$", re.sub(r"\b(?:of the board|board (?:of directors|member|director))\b", "", title))
        if body:
            # "Commission Chairman NAME", "Commissioner NAME": the one commission the article names.
            bodies = [n for n, e in self.entities.items() if e.type == "Organization"
                      and re.search(rf"\b{body.group(1) or body.group(2)}\b", n, re.I)]
            if len(bodies) == 1:
                return bodies[0]
        if self._government_post(title) or title.startswith("government "):  # "Government spokesman NAME"
            # "Haenam-gun County Governor NAME", "Mombasa County Governor NAME": the county's own
            # government, not its province's.
            county = re.search(r"⟨L(\d+)⟩\s+$", before)
            if county and (title == "county governor" or title == "governor" and re.search(r"(?: County|-gun)$", slots[int(county.group(1))][0])):
                return self._government(slots[int(county.group(1))][1])
            # "The Hessian Minister for Digitalisation, NAME": the government of the region its people are named after.
            people = re.search(r"\b([A-Z][\w-]+)\s+(?:[a-z-]+\s+){0,2}$", before)
            region = place_of_demonym(people.group(1)) if people else None
            if region and region.kind == "Region":
                return self._government(region.name)
            return self._ministry(title) or self._ministry_named_here(title, slots) or self._sentence_government(title, slots, shape)
        if re.fullmatch(r"(?:vice[- ])?chair(?:man|woman|person)?", title) and _VOTED.search(self.text, self.sentence_start, self.sentence_end):
            # "Chair Renata Oduya, who voted in favor, said…": the chair of the body that voted.
            voting = [n for n, e in self.entities.items() if e.type == "Organization" and _VOTING_BODY.search(n)]
            if voting:
                return min(voting, key=lambda n: self.first_named.get(n, len(self.text)))
        if (re.search(r"\b(?:chief|president|chair(?:man|woman|person)?|founder|director|manager|officer)\b", title) or title.startswith("head of ")) \
                and not re.search(r"\b(?:analyst|spokes\w+|minister|mayor|councill?or)\b", title):
            # "chief executive Peter Ndegwa told analysts": the article's company — but not a post
            # a place holds ("Frankfurt's head of economic development, NAME"); a group's post
            # ("Group managing director NAME") is at the group the paragraph last named.
            if re.search(r"⟨L\d+⟩(?:'s|’s)\s+$", before):
                return None
            if re.search(r"\b(?:succeed|replac)(?:s|es|ed|ing)?\s+$", before) and self.main_company:
                return self.main_company  # "She succeeds founder and chief executive NAME": at the company appointing her
            groups = [n for n in self._companies_named(self._paragraph()[0]) if _GROUP_NAME.search(n)] if title.startswith("group ") else []
            return groups[-1] if groups else self._paragraph_company(slots, before, matched) or self.main_company
        return None

    def _paragraph_company(self, slots, before: str, matched: str) -> str | None:
        """The company a paragraph tells of when it is not the article's ("By Tuesday afternoon
        Kvarken had denied it. 'We have no project,' chief executive NAME said", in a roundup of
        several deals): the last one it has named so far — but not for "our CFO", the speaker's
        own."""
        if re.search(r"\bour\b", matched, re.I):
            return None
        start, _ = self._paragraph()
        named = self._companies_named(start, [slots[int(i)][1] for i in re.findall(r"⟨O(\d+)⟩", before)])
        if not named and (section := self._section_company(start)):
            named = [section]
        # (…not the builder it went on to name: "YIT is the main contractor.")
        named = [n for n in named if n not in self.contractors] or named
        return named[-1] if named and self.main_company not in named else None

    def _section_company(self, before: int) -> str | None:
        """Under a roundup's heading ("HAMAR: GPUS BY THE LAKE") before `before`, the company its
        section opens on: "In Hamar, Innland Compute AS has begun…", not the landlord named after it."""
        headings = [h for h in re.finditer(r"(?m)^[^\n.!?\"“”]{3,60}\n\n", self.text[:before]) if len(h.group(0).split()) <= 8]
        if not headings:
            return None
        start = headings[-1].end()
        opens = next((n for s, _, n, t in self.doc._.mentions if s >= start and t == "Organization"
                      and re.fullmatch(r"(?:(?:In|At|On|Separately|Meanwhile|Elsewhere)\b[^,.]{0,40},\s+)?(?:[\w-]+\s+){0,2}",
                                       self.text[start:s])), None)
        return opens if opens in self._companies_named(start) else None

    def _companies_named(self, start: int, also: list[str] = ()) -> list[str]:
        """The companies the text names from `start` to the sentence at hand, in order, then `also`."""
        named = [n for s, _, n, t in self.doc._.mentions if start <= s < self.sentence_start and t == "Organization"] + list(also)
        return [n for n in named if getattr(self.entities.get(n), "subtype", None) not in ("Government", "GovernmentAgency", "Media", "Utility")]


# A portfolio listed on after a comma, to its "and": "…of Communication, Telecommunications and Digital Affairs".
_PORTFOLIO_GOES_ON = re.compile(r",\s*(?:(?-i:[A-Z])[\w-]*\s*,?\s*){1,4}?(?:and|&)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}(?=\s*[,.;])")

# What a builder or supplier is told to be, right after its name: "YIT is the main contractor".
_CONTRACTOR_AFTER = re.compile(r"\s+(?:is|was|will be|has been (?:named|appointed|hired|selected) as)\s+(?:the\s+|a\s+)?"
                               r"(?:main\s+|general\s+|lead\s+|construction\s+|EPC\s+|design-and-build\s+)?(?:contractor|builder|supplier)\b")

_GROUP_NAME = re.compile(r"\b(?:Group|Grupo|Groupe|Gruppo|Gruppe|Holdings?)\b")
# A group of citizens, as its name says: "Haymarket Neighbors Alliance", "Brymbo Residents Action Group".
_CIVIC_GROUP = re.compile(r"\b(?:Alliance|Association|Coalition|Campaign|Residents|Neighbou?rs|Friends|Society|Movement|Action Group)\b")
# What a chair who took part in a vote did, and the bodies that vote.
_VOTED = re.compile(r"\b(?:voted|votes|cast (?:the|a) (?:deciding |casting )?vote)\b")
_VOTING_BODY = re.compile(r"\b(?:Council|Board of (?:County )?Supervisors|Commission|Committee|Assembly|Board of Aldermen|Legislature)\b")

# A government's name: "Government of Ceará", "Regional Government of Arequipa", "Lagos State Government".
_GOVERNMENT_NAME = re.compile(r"\bGovernment of |\bGovernment$")
_MINISTRY = re.compile(r"\b(?:Ministry|Department|Ministerio|Ministère|Ministério|Ministerie|Ministero|Ministerstvo|Secretar[ií]a)\b")


@Language.factory("newskg_roles", requires=["doc._.mentions"], assigns=["doc._.roles"])
def make_roles(nlp: Language, name: str):
    def roles(doc: Doc) -> Doc:
        doc._.roles = tuple(RoleFinder(doc).find())
        return doc

    return roles
