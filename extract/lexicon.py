"""Loading the data files under extract/data (names, patterns, word lists) once each."""

from __future__ import annotations

import json
from functools import cache
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


def name_words(name: str) -> list[str]:
    """A name's words as names are compared: lower case, no punctuation, no leading "the"
    and no legal suffix ("The Acme Data Co., Ltd." → ["acme", "data"])."""
    import re

    suffixes = _legal_suffixes()
    words = re.findall(r"[\w&]+", name.lower().replace("’", "'").replace("'s ", " "))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
    return words


@cache
def _legal_suffixes() -> frozenset[str]:
    return frozenset(s.lower().strip(".") for s in load("entity_rules.json")["org_suffixes"])


def words_pattern(words) -> str:
    """A regex alternation of words, longest first so "lakh crore" wins over "lakh"."""
    import re

    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
