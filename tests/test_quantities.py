import pytest

from extract import quantities

JOBS = [
    ("will create 300 permanent jobs", [(300, False)]),
    ("up to 1,200 construction jobs", [(1200, True)]),
    ("hundreds of new jobs", []),
    ("employ 50 people", [(50, False)]),
    ("2,000 jobs during construction", [(2000, True)]),
    ("two thousand jobs", [(2000, False)]),
    ("create 150 high-skilled roles", [(150, False)]),
    ("500 workers on site during the build", [(500, True)]),
]


@pytest.mark.parametrize("text,expected", JOBS, ids=[j[0] for j in JOBS])
def test_jobs(text, expected):
    assert [(j.count, j.construction) for j in quantities.find_jobs(text)] == expected


CAPACITY = [("a 1.2GW campus", 1200.0), ("90MW", 90.0), ("500 kW", 0.5), ("300 megawatts", 300.0), ("a 90 MWh battery", None)]


@pytest.mark.parametrize("text,mw", CAPACITY, ids=[c[0] for c in CAPACITY])
def test_capacity(text, mw):
    found = quantities.find_capacity(text)
    assert (found[0].mw if found else None) == mw
