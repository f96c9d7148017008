"""Dates in news: "early 2022", "by the end of 2025", "March 2025", "next year" → When."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from .records import When

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?:19|20)\d{2}"
_PART = (r"(?:(?:the\s+)?(?:early|mid|late|end|start|beginning|middle|first half|second half|first quarter|second quarter"
         r"|third quarter|fourth quarter|spring|summer|autumn|fall|winter)(?:\s+of)?|(?:the\s+)?(?:end|start|beginning)\s+of"
         r"|q[1-4]|h[12]|[1-4](?:st|nd|rd|th) quarter(?: of)?|fy\s?)")
_REL = r"(?:next|this|the coming|the following|last)\s+year|(?:the\s+)?end\s+of\s+(?:this|next|the)\s+year|(?:within|in)\s+(?:two|three|four|five|\d)\s+years"
_NUMS = {"two": 2, "three": 3, "four": 4, "five": 5}

_PATTERN = re.compile(
    rf"\b(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon1>{_MONTH})\s*,?\s+(?P<y1>{_YEAR})"
    rf"|(?P<mon2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y2>{_YEAR})"
    rf"|(?P<mon3>{_MONTH})\s+(?:of\s+)?(?P<y3>{_YEAR})"
    rf"|(?:{_PART})\s*[-–]?\s*(?P<y4>{_YEAR})"
    rf"|(?P<y5>{_YEAR})(?!\s*(?:MW|GW|kW|%|km|jobs|people|employees))"
    rf"|(?P<rel>{_REL}))\b",
    re.IGNORECASE,
)

_DAY_MONTH = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b", re.IGNORECASE)


class Found(NamedTuple):
    start: int
    end: int
    when: When


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _resolve_relative(expr: str, anchor: dt.date | None) -> When | None:
    if anchor is None:
        return None
    expr = expr.lower()
    if m := re.search(r"(?:within|in)\s+(\w+)\s+years", expr):
        n = _NUMS.get(m.group(1)) or int(m.group(1))
        return When(str(anchor.year + n))
    if "next" in expr or "coming" in expr or "following" in expr:
        return When(str(anchor.year + 1))
    if "last" in expr:
        return When(str(anchor.year - 1))
    return When(str(anchor.year))


def find(text: str, anchor: dt.date | None = None) -> list[Found]:
    """Every date expression in ``text`` at the precision stated. Relative ones ("next
    year") are resolved against ``anchor`` and left out when there is none."""
    found = []
    for m in _PATTERN.finditer(text):
        g = m.groupdict()
        when = None
        if g["y1"]:
            when = When(f"{g['y1']}-{_month(g['mon1']):02d}-{int(g['day1']):02d}")
        elif g["y2"]:
            when = When(f"{g['y2']}-{_month(g['mon2']):02d}-{int(g['day2']):02d}")
        elif g["y3"]:
            if g["mon3"].lower() == "may" and not text[m.start()].isupper():
                when = When(g["y3"])  # lower-case "may" is the verb: only the year is stated
            else:
                when = When(f"{g['y3']}-{_month(g['mon3']):02d}")
        elif g["y4"] or g["y5"]:
            when = When(g["y4"] or g["y5"])
        elif g["rel"]:
            when = _resolve_relative(g["rel"], anchor)
        if when is not None and _valid(when):
            found.append(Found(m.start(), m.end(), when))
    return found


def _valid(when: When) -> bool:
    try:
        if len(when.value) == 10:
            dt.date.fromisoformat(when.value)
        return True
    except ValueError:
        return False


def parse(text: str, anchor: dt.date | None = None) -> When | None:
    found = find(text, anchor)
    return found[0].when if found else None


def day_month(text: str, year: int) -> dt.date | None:
    """A day and month without a year ("On August 6"), placed in ``year``."""
    m = _DAY_MONTH.search(text)
    if not m:
        return None
    day, month = (m.group("d1"), m.group("m1")) if m.group("d1") else (m.group("d2"), m.group("m2"))
    try:
        return dt.date(year, _month(month), int(day))
    except ValueError:
        return None
