import datetime as dt

import pytest

from extract import dates

ANCHOR = dt.date(2024, 5, 1)

CASES = [
    ("in early 2022", None, "2022"),
    ("by the end of 2025", None, "2025"),
    ("in Q3 2024", None, "2024"),
    ("phase one in 2026", None, "2026"),
    ("March 2025", None, "2025-03"),
    ("in March of 2025", None, "2025-03"),
    ("Sept 2026", None, "2026-09"),
    ("On August 6, 2020", None, "2020-08-06"),
    ("6 August 2020", None, "2020-08-06"),
    ("1st June 2023", None, "2023-06-01"),
    ("FY2026", None, "2026"),
    ("H2 2027", None, "2027"),
    ("the second half of 2026", None, "2026"),
    ("mid-2025", None, "2025"),
    ("late 2027", None, "2027"),
    ("the start of 2028", None, "2028"),
    ("next year", ANCHOR, "2025"),
    ("end of this year", ANCHOR, "2024"),
    ("this year", ANCHOR, "2024"),
    ("within two years", ANCHOR, "2026"),
    ("in three years", ANCHOR, "2027"),
    ("the coming year", ANCHOR, "2025"),
    ("last year", ANCHOR, "2023"),
    ("by the end of next year", ANCHOR, "2025"),
    ("in 2026", None, "2026"),
    ("by 2030", None, "2030"),
    ("early-2026", None, "2026"),
    ("the first quarter of 2027", None, "2027"),
    ("Q1 2026", None, "2026"),
    ("4th quarter of 2025", None, "2025"),
    ("spring 2026", None, "2026"),
    ("autumn 2025", None, "2025"),
    ("the beginning of 2024", None, "2024"),
    ("January 2027", None, "2027-01"),
    ("Dec. 2025", None, "2025-12"),
    ("in October 2026", None, "2026-10"),
    ("February 29, 2024", None, "2024-02-29"),
    ("12 March 2025", None, "2025-03-12"),
    ("July 4th, 2026", None, "2026-07-04"),
    ("Aug 6, 2020", None, "2020-08-06"),
    ("fiscal FY 2027", None, "2027"),
    ("the end of 2029", None, "2029"),
    ("mid 2028", None, "2028"),
]


@pytest.mark.parametrize("text,anchor,expected", CASES, ids=[c[0] for c in CASES])
def test_parse(text, anchor, expected):
    assert dates.parse(text, anchor).value == expected


@pytest.mark.parametrize("text", ["next year", "end of this year", "within two years"])
def test_relative_dates_stay_unresolved_without_an_anchor(text):
    assert dates.parse(text) is None


def test_datatype_follows_precision():
    assert dates.parse("2022").datatype == "gYear"
    assert dates.parse("March 2025").datatype == "gYearMonth"
    assert dates.parse("6 August 2020").datatype == "date"


def test_capacity_is_not_a_year():
    assert dates.parse("a 2000MW campus") is None


def test_impossible_dates_are_not_dates():
    assert dates.parse("February 30, 2024") is None


def test_may_as_a_verb_is_not_a_month():
    assert dates.parse("the plant may 2026 be delayed") == dates.When("2026")


def test_day_and_month_take_the_year_given():
    assert dates.day_month("On August 6, tiktok said", 2020) == dt.date(2020, 8, 6)
