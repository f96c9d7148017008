"""Money in text: "about 420 million euros" → Money(420000000, "EUR", qualifier="about")."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from .lexicon import load, number_in_words, words_pattern
from .records import Money

QUALIFIERS = {
    "about": "about", "around": "about", "approximately": "about", "approx.": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "close to": "about", "nearly": "about", "almost": "about",
    "up to": "up to", "as much as": "up to", "more than": "more than", "over": "more than",
    "in excess of": "more than", "upwards of": "more than", "at least": "at least", "less than": "less than",
    "under": "less than", "between": "between",
}


class Found(NamedTuple):
    start: int
    end: int
    money: Money


def _number_words() -> str:
    nums = load("numbers.json")
    units = [w for w, v in nums.items() if isinstance(v, int) and v < 10 and w not in ("a", "an")]
    tens = [w for w, v in nums.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    small = [w for w, v in nums.items() if isinstance(v, int) and v < 20 and w not in ("a", "an", "dozen", "a dozen")]
    basic = rf"(?:(?:{words_pattern(tens)})(?:[- ](?:{words_pattern(units)}))?|{words_pattern(small)})"
    # "three hundred and fifty", "seven and a half", "one-hundred-and-twenty"
    return rf"(?:{basic}[- ]hundred(?:[- ](?:and[- ])?{basic})?|{basic}[- ]and[- ]a[- ]half|{basic}|{words_pattern(nums)})"


@cache
def codes() -> list[str]:
    """Codes written beside amounts: every current ISO 4217 code but those that in capitals are
    words ("ALL", "TOP"), and the withdrawn and unofficial ones news still uses (BGN, RMB)."""
    import pycountry

    cur = load("currencies.json")
    iso = {c.alpha_3 for c in pycountry.currencies} - set(cur["word_like_codes"])
    return sorted(iso | set(cur["codes"]))


@cache
def _pattern() -> re.Pattern:
    cur = load("currencies.json")
    # 1,250,000.5; 1.250.000,5 (two or more dot groups can only be thousands); 1 240 (but not
    # "18 100 million yuan", a translation's count of hundred millions, nor ",350 100"); 2.5; 2,5.
    num = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?" \
          r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f](?!100\smillion)\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)?"
    mult = words_pattern(load("multipliers.json"))
    word = words_pattern(cur["words"])
    code = "(?-i:" + words_pattern(codes()) + ")"
    sym = words_pattern(cur["symbols"])
    qual = words_pattern(QUALIFIERS)
    numw = _number_words()
    # A multiplier glued to the number (420m) or one space away (420 million); "m", "b" and
    # "k" only glued, so "5 m" of cable is not five million.
    # "C$2.3-billion": Canadian style hyphenates the multiplier.
    m = rf"(?:[\s-]?(?:{mult})(?![a-z])|(?:m|b|k)(?![a-z]))"
    rng = r"\s?(?:-|–|to|and)\s?"
    return re.compile(
        rf"(?<![\w$€£¥₹₩])(?:(?P<qual>{qual})\s+)?(?:"
        rf"(?P<sym>{sym})\s?(?P<n1>{num})(?P<m1>{m})?(?:{rng}(?:{sym})?\s?(?P<n2>{num})(?P<m2>{m})?)?(?:\s(?P<w1>{word}|{code})(?![a-z]))?"
        rf"|(?P<code>{code})\s?(?P<n3>{num})(?P<m3>{m})?(?:{rng}(?:{code})?\s?(?P<n4>{num})(?P<m4>{m})?)?"
        # A number, then its currency's word one space on, or glued for 円 and 元 ("850億円").
        rf"|(?P<n5>{num}|{numw})(?P<m5>{m})?(?:{rng}(?P<n6>{num}|{numw})(?P<m6>{m})?)?(?:\s(?:of\s|de\s|di\s|d['’])?|(?=[円元]))(?P<w2>{word}|{code}|(?-i:MDT?|MDA))(?![a-z])"
        rf")",
        re.IGNORECASE,
    )


_COUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# "480 MD (million dinars)", "62 MDT", "1 200 MDA": North Africa's press writes millions of dinars so.
# (word, code) to read them by: a bare MD is in the dinars of the story's country.
_MILLIONS_OF_DINARS = {"MD": ("dinars", None), "MDT": (None, "TND"), "MDA": (None, "DZD")}

# English scale words, after which a dot is a decimal point ("$1.250 billion")…
_ENGLISH_SCALES = frozenset({"million", "billion", "trillion", "thousand", "m", "mn", "mln", "bn", "b", "bln", "tn", "trn", "k"})
# …except in currencies whose sums run to thousands of millions ("1.250 billion VND")…
_LARGE_UNIT_CURRENCIES = frozenset({"VND", "IDR", "COP", "CLP", "PYG", "KRW", "UGX", "TZS", "IRR", "LAK", "MNT", "KHR", "UZS",
                                    "LBP", "IQD", "SLE", "GNF", "MGA"})
# …or in a text that writes decimal commas ("2,8 thousand million dollars", "3,5 Mrd. Euro", "1,6 mld zł").
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}\s?(?:thousand|million|billion|trillion|mil|mln|mld|mrd|mio|bn|mn|MW|GW|kW|%)",
                            re.IGNORECASE)
# …or in a text that counts what is never fractional with a dot ("1.500 direct jobs", "3.000 construction workers").
_DOT_GROUPED_COUNT = re.compile(r"(?<![\d,.])\d{1,3}\.\d{3}(?![\d,.])\s+(?:[a-z-]+\s+){0,2}?"
                                r"(?:jobs|workers|employees|people|positions|posts|hectares|homes|households)\b")


def _number(text: str) -> Decimal | None:
    text = text.lower().strip()
    nums = load("numbers.json")
    if text in nums:
        return Decimal(str(nums[text]))
    if re.fullmatch(r"[a-z]+(?:[- ][a-z]+)*", text):
        return number_in_words(text)
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", text):  # 1 240 mln zł
        text = re.sub(r"[ \u00a0\u202f]", "", text)
    elif re.fullmatch(r"\d+,\d{1,2}", text):  # decimal comma: 2,5 billion
        text = text.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", text):  # Bs. 6.032.000.000
        text = text.replace(".", "").replace(",", ".")
    try:
        return Decimal(text.replace(",", ""))
    except ArithmeticError:
        return None


def _scale(mult: str | None) -> Decimal:
    if not mult:
        return Decimal(1)
    if mult.lower() == "mil":  # glued to the number, Malaysian for million ("US$800mil"); "300 mil" is a thousand
        return Decimal(1000000)
    return Decimal(str(load("multipliers.json")[re.sub(r"\s+", " ", mult.strip(" -").lower())]))


def _currency(symbol: str | None, word: str | None, code: str | None, country: str | None) -> str:
    cur = load("currencies.json")
    if word:
        key = word.lower()
        if key in cur["words"]:
            choice = cur["words"][key]
            ambiguous = cur["ambiguous_symbol"]  # ("pound" as "pounds", "rupees" as "rupee")
            local = ambiguous.get(key) or ambiguous.get(key + "s") or ambiguous.get(key.removesuffix("s"), {})
            return local.get(country, choice) if country else choice
        return cur["code_aliases"].get(word.upper(), word.upper())
    if code:
        return cur["code_aliases"].get(code.upper(), code.upper())
    choice = cur["symbols"].get(symbol) or _symbols_in_capitals().get(symbol.upper(), "USD")
    return cur["ambiguous_symbol"].get(symbol, {}).get(country, choice)


@cache
def _symbols_in_capitals() -> dict[str, str]:
    """Symbols however the text capitalises them ("BDS$" for "Bds$")."""
    return {symbol.upper(): code for symbol, code in load("currencies.json")["symbols"].items()}


def _normal(value: Decimal) -> Decimal:
    """Whole units without a spurious exponent or trailing zeros: 4.2E+8 → 420000000."""
    value = value.quantize(Decimal("0.01")) if value != value.to_integral() else value.to_integral()
    return value.normalize() if value != value.to_integral() else Decimal(int(value))


def find(text: str, country: str | None = None) -> list[Found]:
    """Every amount of money in ``text``. ``country`` (ISO 3166 alpha-2) picks the local
    meaning of "$" or "pesos" when the text does not say which."""
    found, pos = [], 0
    dots_group = bool(_DECIMAL_COMMA.search(text) or _DOT_GROUPED_COUNT.search(text))
    while match := _pattern().search(text, pos):
        amount = _read(match, text, country, dots_group)
        if amount is None:
            pos = match.start() + 1  # "a PLN 1.2bn loan": "a PLN" is no sum, "PLN 1.2bn" may be
            continue
        found.append(amount)
        pos = amount.end
    return found


def _read(match: re.Match, text: str, country: str | None, dots_group: bool) -> Found | None:
    """The sum a match of the money pattern states, if it is one; ``dots_group`` when the text
    writes decimal commas, so that a dot in a number groups its thousands."""
    g = match.groupdict()
    if g["sym"]:
        n1, m1, n2, m2 = g["n1"], g["m1"], g["n2"], g["m2"]
    elif g["code"]:
        n1, m1, n2, m2 = g["n3"], g["m3"], g["n4"], g["m4"]
    else:
        n1, m1, n2, m2 = g["n5"], g["m5"], g["n6"], g["m6"]
    first = _number(n1)
    word, code = g["w1"] or g["w2"], g["code"]
    if word in _MILLIONS_OF_DINARS:  # (millions; a bare "MD" only where the story's country has dinars)
        if word == "MD" and country not in load("currencies.json")["ambiguous_symbol"]["dinars"]:
            return None
        m1 = m2 = "million"
        word, code = _MILLIONS_OF_DINARS[word]
    currency = _currency(g["sym"], word, code, country)
    if first is not None and re.fullmatch(r"\d{1,3}\.\d{3}", n1) and (m1 or m2) and (
            (m1 or m2).strip(" -").lower() not in _ENGLISH_SCALES or currency in _LARGE_UNIT_CURRENCIES or dots_group):
        # "COP 480.000 millones", "1.250 billion VND", "275.000 millions", "2.400 million euros"
        # beside "2,8 thousand million dollars": a dot that groups thousands, as the languages
        # and currencies that write it so use it.
        first = _number(n1.replace(".", ""))
    # "QR03", "R2D2": a code that starts like a currency, not a sum ("03" is no amount).
    if first is None or re.match(r"0\d", n1) or re.match(r"[A-Za-z0-9]", text[match.end():match.end() + 1]):
        return None
    # "$1-2 billion": the first number borrows the second's multiplier.
    low = first * _scale(m1 or m2)
    high = _number(n2) * _scale(m2 or m1) if n2 and _number(n2) is not None else None
    # A bare number word with no multiplier ("a dollar") is no investment figure; nor is a
    # letter and a small number ("the N2 highway", "an R1 road"): a one-letter symbol
    # needs a multiplier or a grouped number ("N185bn", "R4,500").
    if not (m1 or m2) and not re.search(r"\d", n1):
        return None
    if g["sym"] and len(g["sym"]) == 1 and g["sym"].isalpha() and not (m1 or m2) and "," not in n1:
        return None
    start = match.start()
    # "1,350 100 million yen", "500 10 thousand yuan": a machine translation's units of 亿 and 万,
    # written word for word after the count of them.
    count = re.search(rf"(?<![\w.,])({_COUNT})\s$", text[max(0, start - 20):start]) \
        if not (g["sym"] or g["code"] or g["qual"] or n2) and re.fullmatch(r"100 million|10 thousand", f"{n1}{m1 or ''}".lower()) else None
    if count and not re.fullmatch(r"(?:19|20)\d\d", count.group(1)):  # (not "in 2023 100 million yuan")
        low *= _number(count.group(1))
        start -= len(count.group(0))
    qualifier = QUALIFIERS.get((g["qual"] or "").lower())
    # "2 trillion 400 billion won": a sum translated unit by unit (2조 4천억 원) adds its larger
    # unit's count, written before it.
    larger = re.search(rf"(?<![\w.,])(?:({words_pattern(QUALIFIERS)})\s+)?({_COUNT})\s(trillion|billion|million)\s$",
                       text[max(0, start - 40):start], re.IGNORECASE) \
        if not (g["sym"] or g["code"] or g["qual"] or n2) and m1 else None
    if larger and _scale(larger.group(3)) > _scale(m1):
        low += _number(larger.group(2)) * _scale(larger.group(3))
        start -= len(larger.group(0))
        qualifier = QUALIFIERS.get((larger.group(1) or "").lower())
    end = match.end()
    if n2 and not (high is not None and high > low) and (g["sym"] or g["code"]):
        # "$3.5 billion and €46 million": two sums, not a range; the second is read on its own.
        first_part = ("m1" if m1 else "n1") if g["sym"] else ("m3" if m1 else "n3")
        end = match.end(first_part)
        currency = _currency(g["sym"], None, g["code"], country)
        high = None
    if high is not None and high > low:
        money = Money(None, currency, minimum=_normal(low), maximum=_normal(high), qualifier="between")
    else:
        money = Money(_normal(low), currency, qualifier=qualifier if qualifier != "between" else None)
    return Found(start, end, money)


def parse(text: str, country: str | None = None) -> Money | None:
    """The first amount of money in ``text``, or None."""
    found = find(text, country)
    return found[0].money if found else None
