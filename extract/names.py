"""Given names: whether a word is a first name people are called by (gender-guesser's list
of about 40,000 names from many countries), which tells people from organisations."""

from __future__ import annotations

from functools import cache


@cache
def _detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """True for "Tanuja", "Felipe", "Seán", "Jean-Paul"; False for "Microsoft", and for names so
    ambiguous the list cannot tell ("Do", "Red")."""
    if word.lower() == "the":  # in the list as a Vietnamese name, but in English text it is the article
        return False
    if "-" in word:
        return all(is_given_name(part) for part in word.split("-")) if word.count("-") == 1 else False
    if not word[:1].isupper() or not word.isalpha() or word.isupper() and len(word) > 1:
        return False
    return _detector().get_gender(word) in ("male", "female", "mostly_male", "mostly_female")
