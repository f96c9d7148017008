"""Jobs and capacity stated as numbers: "up to 1,200 construction jobs", "a 1.2GW campus"."""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import load, number_in_words, words_pattern


class Jobs(NamedTuple):
    start: int
    end: int
    count: int
    construction: bool


class Capacity(NamedTuple):
    start: int
    end: int
    mw: float
    stage: bool = False  # a phase's or one building's share, not the whole site's


_NUM = r"\d{1,3}(?:,\d{3})+|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?"  # 1,200; 9,6 (a decimal comma); 1.5
# The number words for one to ninety ("one" … "nineteen", "twenty" … "ninety").
_UNITS = [w for w, v in load("numbers.json").items() if isinstance(v, int) and 1 <= v <= 90 and w.isalpha() and w not in ("a", "an", "dozen")]
# A number written out in words, led by a unit or a ten: "forty", "twenty-four", "eight hundred",
# "eight-hundred", "one thousand two hundred and fifty" ("hundred" alone is "hundreds of").
_WORDS_NUM = (rf"(?:{words_pattern(_UNITS)})(?:(?:\s+|-)(?:and\s+)?(?:{words_pattern(_UNITS + ['hundred', 'thousand'])}))*")


def _count(text: str) -> float | None:
    text = text.lower()
    nums = load("numbers.json")
    if text in nums:
        return float(nums[text])
    if re.fullmatch(_WORDS_NUM, text):
        return float(number_in_words(text))
    if re.fullmatch(r"\d+,\d{1,2}", text):
        text = text.replace(",", ".")  # "9,6 MW": a decimal comma
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}\.000", text):
        text = text.replace(".", "")  # "45.000 kW": dots between thousands ("1.125 GW" stays a decimal)
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _jobs_pattern() -> re.Pattern:
    # "hundred" alone is "several hundred" or "hundreds": no stated number.
    words = words_pattern([w for w, v in load("numbers.json").items() if v >= 2 and w != "hundred"])
    return re.compile(
        rf"(?<!several )(?<!few )(?<!many )\b(?P<n>{_NUM}|{_WORDS_NUM}|{words})(?P<k>\s?(?:thousand|k)\b)?\s+"
        # "120 permanent, highly qualified jobs"; "9,000 Micron jobs" (the employer's name).
        r"(?P<mods>(?:(?:new|permanent|full[- ]time|part[- ]time|direct|indirect|high[- ](?:skilled|quality|value)|skilled|"
        r"highly|qualified|speciali[sz]ed|local|technical|operational|long[- ]term|temporary|construction|contract|additional|well[- ]paid|"
        r"stable|fixed|good|quality|ongoing|operations|operating|maintenance|security|support|more|"
        r"on[- ]site|field|[a-z]+-related|(?-i:[A-Z][a-z]+)|(?-i:IT|ICT)),?\s+(?:and\s+)?)*)"
        r"(?P<noun>jobs|job opportunities|job openings|roles|positions|posts|employees|workers|builders|staff|people|persons|engineers|"
        r"technicians|specialists|professionals|hires|employments|workplaces|work places)\b",
        re.IGNORECASE,
    )


_JOBS = _jobs_pattern()
# "20 MW", "20MW", "a 20-megawatt campus", "an eight-hundred-kilowatt edge site".
_CAPACITY = re.compile(rf"\b(?P<n>{_NUM}|{_WORDS_NUM})(?:\s?|-)(?P<unit>MW|GW|kW|megawatts?|gigawatts?|kilowatts?)(?!h)\b", re.IGNORECASE)
_UNIT_MW = {"mw": 1.0, "megawatt": 1.0, "megawatts": 1.0, "gw": 1000.0, "gigawatt": 1000.0, "gigawatts": 1000.0,
            "kw": 0.001, "kilowatt": 0.001, "kilowatts": 0.001}
UNIT_WORDS = tuple(_UNIT_MW)


def find_jobs(text: str) -> list[Jobs]:
    """Stated job numbers; construction jobs are told apart by the words around them."""
    found = []
    for m in _JOBS.finditer(text):
        raw = m.group("n")
        # "1.500 workers": a dot between thousands, as Portuguese, Spanish or German write it.
        n = float(raw.replace(".", "")) if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw) else _count(raw)
        if n is None:
            continue
        if m.group("k"):
            n *= 1000
        after = text[m.end():m.end() + 60].lower()
        if m.group("noun").lower() == "people" and re.match(
                r"\s*(?:familiar|close|with (?:knowledge|direct)|who|briefed|involved|said|told|at the)\b", after):
            continue  # "three people familiar with the matter" are sources, not jobs
        if re.search(r"\b[A-Z]", m.group("mods")) and re.fullmatch(r"(?:19|20)\d\d", raw):
            continue  # "In 2021 Microsoft staff moved": a year, not a count
        before = text[max(0, m.start() - 80):m.start()].lower()
        if m.group("noun").lower() in ("people", "persons") and re.search(
                r"\b(?:towns?|city|cities|villages?|communit(?:y|ies)|municipalit(?:y|ies)|population|islands?|country|nation|home)\s+(?:of|with|to)\s+"
                r"(?:(?:more than|over|about|some|around|nearly|almost|roughly|just|fewer than|less than|under|up to)\s+)?$", before):
            continue  # "a town of 21,000 people", "every town with more than 10,000 people": who lives there
        if re.search(r"\b(?:train(?:s|ed|ing)?|formation of|cost|lost|los(?:e|es|ing)|cut(?:s|ting)?|shed(?:s|ding)?|ax(?:e|es|ed|ing))\s+"
                     r"(?:(?:more than|over|about|some|around|nearly|almost|roughly|up to)\s+)?$", before):
            continue  # "train 200 technicians a year", "a closure that cost more than 600 jobs": none created
        told = re.split(r"[.!?]\s", text[:m.start()])[-1]
        # A company's headcount: the company told with its history or its reach, not a site's staff.
        if re.search(r"\b(?:employs|has|had|counts)\b[^.;]{0,40}$", told) and not re.search(
                r"\b(?:will|would|expect(?:s|ed)?|plans?|hired|created|added|recruited|employed|promised|pledged|site|facility|plant|fab|"
                r"factory|cent(?:re|er)|campus|hall|station|building|project)\b", told + after[:30], re.I) and (
                re.search(r"\b(?:founded|established|branches|owned)\b", told, re.I)
                or re.match(r"[^.;]{0,15}?\b(?:across|worldwide|globally|in (?:the )?(?:[A-Z][\w.' ]+, )+(?:[A-Z][\w.' ]+ )?and [A-Z])", text[m.end():])):
            continue  # "Founded in 2021, Qamar AI employs more than 900 people in the UAE, Saudi Arabia and Egypt"
        permanent = re.search(r"\b(?:permanent|operational|full[- ]time|long[- ]term|stable|fixed)\b", m.group("mods").lower()) \
            or re.match(r"[^.;\d]{0,40}?\b(?:permanent|full[- ]time)\b", after)  # "150 people will get employment of permanent nature"
        # The clause the number stands in: "Construction of the building will … employ around
        # 600 workers", "Building the campus will take 900" have the building work as subject.
        clause = re.split(r"[.;]\s|,\s+and\b|\bonce\b|\bthen\b", text[:m.start()])[-1]
        construction = bool(re.search(r"\b(?:construction|contract)\b", m.group("mods").lower())) or not permanent and bool(
            re.match(r"(?:(?!,\s+and\b)[^.;\d]){0,30}?\b(?:construction|build|building works|civil works|(?:peak|height) of the works|on site|"
                     r"at (?:the |its )?peak)\b|(?:(?!,\s+and\b)[^.;\d]){0,40}?\bduring (?:the )?(?:works|construction|build|installation)\b", after)
            or re.search(r"\b(?:contractors?\b[^.;\d]{0,40}|mobili[sz]e\s+(?:about |around |some |up to )?)$", before)
            or re.search(r"\b(?:at (?:the |its )?peak|during (?:the )?(?:construction|build|works))\b(?:(?!\band\b)[^.;\d]){0,45}$", before)
            or re.match(r"\s*(?:(?:the|its|their)\s+)?(?:construction|building|the build|works)\b(?!\s+(?:company|firm|group))", clause, re.I)
        )  # "up to 400 workers on site at peak", "At the peak, around 1,800 workers", "During the construction up to 1,000 workers"
        found.append((Jobs(m.start(), m.end(), int(n), construction), bool(permanent)))
    # "around 600 workers will be employed and after completion around 150 people will get
    # employment of permanent nature": a count before a permanent one in its sentence is the
    # building work's.
    return [jobs._replace(construction=True) if not permanent and any(
        p and later.start > jobs.end and not re.search(r"[.;]\s", text[jobs.end:later.start]) for later, p in found) else jobs
            for jobs, permanent in found]


# A rack's draw, not a site's: "up to 100kW per rack", "at 130 kW a rack", "racks will each draw
# up to 130 kilowatts", "A rack that draws 132 kW".
_PER_RACK_AFTER = re.compile(r"\s*(?:per|a|each|/)\s*rack\b", re.IGNORECASE)
_RACK_BEFORE = re.compile(r"\bracks?\s+(?:that\s+)?(?:will\s+|can\s+|would\s+)?(?:each\s+)?(?:draws?|drawing|of|at|up\s+to)\s+"
                          r"(?:up\s+to\s+|around\s+|about\s+)?$", re.IGNORECASE)


# A part of a site's power: "the first 20 MW hall", "Phase one (32MW)", "three buildings of 32MW
# each", "an initial 5 MW", "starting with 8 MW".
_STAGE_BEFORE = re.compile(r"\b(?:first|initial|initially|opening|each|per|of\s+which|starting\s+(?:at|with)|phase\s+(?:one|1|I)|"
                           r"stage\s+(?:one|1|I))\s*[(:,]?\s*(?:(?:up\s+to|about|around|some)\s+)?$", re.IGNORECASE)
_STAGE_AFTER = re.compile(r"(?:\s+of\s+(?:IT\s+)?(?:capacity|load|power))?\s*(?:each|apiece|per\s+(?:building|hall|phase|stage)|"
                          r"(?:in|for)\s+(?:the|its)\s+(?:first|initial|opening)\s+(?:phase|stage|building|hall)|first\s+(?:phase|stage)|initially)\b",
                          re.IGNORECASE)


def find_capacity(text: str) -> list[Capacity]:
    """Stated power figures in megawatts (GW and kW converted), leaving out a rack's."""
    found = []
    for m in _CAPACITY.finditer(text):
        n = _count(m.group("n"))
        if _PER_RACK_AFTER.match(text, m.end()) or _RACK_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if n is not None:
            stage = bool(_STAGE_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _STAGE_AFTER.match(text, m.end()))
            found.append(Capacity(m.start(), m.end(), round(n * _UNIT_MW[m.group("unit").lower()], 3), stage))
    return found
