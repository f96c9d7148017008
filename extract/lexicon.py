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


def words_pattern(words) -> str:
    """A regex alternation of words, longest first so "lakh crore" wins over "lakh"."""
    import re

    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
