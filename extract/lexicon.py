"""Loading the data files under extract/data (names, patterns, word lists) once each."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources


@cache
def load(name: str):
    """A JSON file's content, or a JSONL file's records as a list."""
    text = resources.files("extract.data").joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    if isinstance(data, dict):
        data.pop("_comment", None)
    return data


def number_in_words(text: str) -> Decimal | None:
    """A number written out in words: "three hundred and fifty" → 350, "one thousand two hundred"
    → 1200, "seven and a half" → 7.5; None when a word is no number's."""
    nums = load("numbers.json")
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w != "and"]
    half = words[-2:] == ["a", "half"]
    if half:
        words = words[:-2]
    if not words or not all(w in nums or w == "thousand" for w in words):
        return None
    total = current = Decimal(0)
    for word in words:
        if word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, Decimal(0)
        else:
            current += Decimal(str(nums[word]))
    return total + current + (Decimal("0.5") if half else 0)


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """A name's words as names are compared: lower case, no punctuation, no leading "the"
    and no legal suffix ("The Acme Data Co., Ltd." → ["acme", "data"]; "ODATA México S. de
    R.L. de C.V." → ["odata", "méxico"])."""
    # Dotted abbreviations are one word: "S.A." → "SA", "S. de R.L." → "S de RL".
    name = re.sub(r"(?<=\b[A-Za-z])\.(?=\s?[A-Za-z]\b\.?)|(?<=\b[A-Za-z])\.(?=\s|$|,)", "", name)
    words = re.findall(r"[\w&]+", name.lower().replace("’", "'").replace("'s ", " "))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        for suffix in _legal_suffixes():
            if len(suffix) < len(words) and tuple(words[-len(suffix):]) == suffix:
                words = words[:-len(suffix)]
                stripped = True
                break
    return tuple(words)


@cache
def legal_forms_with_dots() -> frozenset[str]:
    """One-word legal forms written with a dot ("Ltd.", "ehf.", "S.r.l.")."""
    return frozenset(s for s in load("entity_rules.json")["org_suffixes"] if " " not in s and s.endswith("."))


@cache
def scales_with_dots() -> frozenset[str]:
    """Scale words written with a dot after a number ("mln.", "mld.", "mil."), without it."""
    return frozenset(w[:-1] for w in load("multipliers.json") if w.endswith("."))


@cache
def _legal_suffixes() -> tuple[tuple[str, ...], ...]:
    """Legal suffixes as word tuples, longest first ("s de rl de cv" before "cv")."""
    out = set()
    for suffix in load("entity_rules.json")["org_suffixes"]:
        suffix = re.sub(r"(?<=\b[A-Za-z])\.", "", suffix)
        out.add(tuple(re.findall(r"[\w&]+", suffix.lower())))
    return tuple(sorted(out, key=len, reverse=True))


def words_pattern(words) -> str:
    """A regex alternation of words, longest first so "lakh crore" wins over "lakh"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
