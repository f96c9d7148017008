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

from ..lexicon import load, words_pattern
from ..records import Role

_POSS = r"(?:'s|’s|'|’)?"
_DET = r"(?:(?:the|a|an|its|their)\s+)?"
_TAIL_NOUNS = (
    "division|operations|business|businesses|unit|team|department|arm|practice|group|markets?|sales|strategy|policy|"
    "affairs|research|infrastructure|engineering|technology|development|investments?|data cent(?:er|re)s?|cloud|"
    "region|office|programme|program|partnerships?|communications|finance|services|platforms?|networks?|security"
)


@cache
def _title() -> str:
    titles = load("titles.json")
    heads = words_pattern(titles["heads"] + titles["abbreviation_heads"])
    mods = words_pattern(titles["modifiers"])
    tail = rf"(?:\s+(?:of|for)\s+{_DET}(?:(?:⟨L\d+⟩|[a-z&-]+)\s+){{0,3}}(?:{_TAIL_NOUNS}))?"
    return rf"(?:(?:{mods})[- ]+)*(?:{heads}){tail}"


@cache
def _patterns() -> list[tuple[re.Pattern, float]]:
    t = rf"(?P<title>{_title()})"
    p, o, ll = r"⟨P(?P<p>\d+)⟩", r"⟨O(?P<o>\d+)⟩", r"⟨L(?P<l>\d+)⟩"
    sep = r"\s*,\s*"
    rules = [
        (rf"{p}{sep}{_DET}{t}\s+(?:of|at|for|with|in)\s+(?:the\s+)?{o}", 0.9),        # NAME, chief executive of ORG
        (rf"{p}{sep}{_DET}{o}{_POSS}\s+{t}\b", 0.9),                                  # NAME, ORG's CFO / NAME, ORG chairman
        (rf"{o}{_POSS}\s+{t}\s+{p}", 0.85),                                            # ORG's CFO NAME / ORG chairman NAME
        (rf"{_DET}{t}\s+(?:of|at|for)\s+(?:the\s+)?{o}{sep}{p}", 0.85),                # chief executive of ORG, NAME
        (rf"{p}{sep}who\s+(?P<verb>heads|leads|runs|chairs|oversees|manages)\s+(?:the\s+)?{o}{_POSS}\s*(?P<what>(?:[a-z-]+\s+){{0,3}}?(?:{_TAIL_NOUNS}))?", 0.8),
        (rf"{p}\s+(?:is|was|serves as|became|has been)\s+{_DET}{t}\s+(?:of|at|for)\s+(?:the\s+)?{o}", 0.8),
        (rf"{ll}{_POSS}\s+{t}\s+{p}", 0.75),                                           # India's IT minister NAME
        (rf"{p}{sep}{ll}{_POSS}\s+{t}\b", 0.75),                                       # NAME, India's IT minister
        (rf"{p}{sep}{_DET}{t}\s+(?:of|at|for)\s+(?:the\s+)?{ll}\b", 0.7),              # NAME, governor of LAGOS
        (rf"{p}{sep}{_DET}(?:company|firm|group|operator|group)'s\s+{t}\b", 0.7),     # NAME, the company's CFO
        (rf"\b{t}\s+{p}", 0.6),                                                        # Minister for Enterprise NAME
    ]
    return [(re.compile(r, re.IGNORECASE), c) for r, c in rules]


def _normalise_title(title: str, slots: list[tuple[str, str]]) -> str:
    title = re.sub(r"⟨[POL](\d+)⟩", lambda m: slots[int(m.group(1))][0], title)
    abbreviations = load("titles.json")["abbreviations"]
    words = [abbreviations.get(w.lower().strip("."), w.lower()) for w in re.split(r"\s+", title.strip())]
    out = " ".join(words)
    out = re.sub(r"^(?:the|a|an|its|their)\s+", "", out)
    return out.replace("chief executive officer officer", "chief executive officer")


def _abstract(text: str, sent, mentions) -> tuple[str, list[tuple[str, str]]]:
    """The sentence with its mentions replaced by ⟨P0⟩/⟨O1⟩/⟨L2⟩, and the slots' (text, name)."""
    letter = {"Person": "P", "Organization": "O", "Place": "L"}
    pieces, slots, pos = [], [], sent.start_char
    for start, end, name, etype in mentions:
        if start < sent.start_char or end > sent.end_char or start < pos:
            continue
        pieces.append(text[pos:start])
        pieces.append(f"⟨{letter[etype]}{len(slots)}⟩")
        slots.append((text[start:end], name))
        pos = end
    pieces.append(text[pos:sent.end_char])
    return "".join(pieces), slots


def main_company(doc: Doc) -> str | None:
    """The organisation the article is about: the one it mentions most."""
    counts = Counter(name for _, _, name, etype in doc._.mentions if etype == "Organization")
    return counts.most_common(1)[0][0] if counts else None


def find_roles(doc: Doc) -> list[Role]:
    titles = load("titles.json")
    government_heads = set(titles["government_heads"])
    places = {e.name: e for e in doc._.entities if e.type == "Place"}
    roles: dict[tuple[str, str], Role] = {}
    home = next((n for n, c in Counter(n for _, _, n, t in doc._.mentions if t == "Place" and places.get(n) and places[n].subtype == "Country").most_common(1)), None)
    text = doc.text
    for sent in doc.sents:
        shape, slots = _abstract(text, sent, doc._.mentions)
        if "⟨P" not in shape:
            continue
        for pattern, confidence in _patterns():
            for m in pattern.finditer(shape):
                g = m.groupdict()
                person = slots[int(g["p"])][1]
                if g.get("verb"):
                    what = (g.get("what") or "").strip()
                    verb = {"heads": "head", "leads": "head", "runs": "head", "oversees": "head", "manages": "head", "chairs": "chairman"}[g["verb"].lower()]
                    title = f"{verb} of {what}" if what and verb == "head" else verb
                else:
                    title = g["title"]
                title = _normalise_title(title, slots)
                head_word = title.split(" of ")[0]
                if g.get("o") is not None:
                    org = slots[int(g["o"])][1]
                elif g.get("l") is not None:
                    place = places.get(slots[int(g["l"])][1])
                    if not any(head_word.endswith(h) for h in government_heads) or not place or place.subtype != "Country":
                        continue
                    org = f"Government of {place.name}"
                elif "company" in m.group(0).lower() or "firm" in m.group(0).lower() or "operator" in m.group(0).lower() or "group's" in m.group(0).lower():
                    org = main_company(doc)
                elif any(head_word.endswith(h) for h in government_heads) and home:
                    org = f"Government of {home}"
                else:
                    continue
                if org and (person, org) not in roles:
                    roles[(person, org)] = Role(person, org, title, (sent.text.strip(),), confidence)
    return list(roles.values())


@Language.factory("newskg_roles", requires=["doc._.mentions"], assigns=["doc._.roles"])
def make_roles(nlp: Language, name: str):
    def roles(doc: Doc) -> Doc:
        doc._.roles = tuple(find_roles(doc))
        return doc

    return roles
