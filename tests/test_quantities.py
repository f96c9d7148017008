import pytest

from extract import quantities

JOBS = [
    ("will create 300 permanent jobs", [(300, False)]),
    ("will generate 150 direct employments in its operation", [(150, False)]),
    ("work in the data center will find about 60 persons", [(60, False)]),
    ("It will employ 35 specialists.", [(35, False)]),
    ("we will employ 60 field engineers and parts specialists", [(60, False)]),
    ("some 450 employments in the stage of construction", [(450, True)]),
    ("Construction of the building will begin next month and employ around 600 workers", [(600, True)]),
    ("Building the campus will take 900 workers.", [(900, True)]),
    ("Construction starts in May. The site will employ 120 people.", [(120, False)]),
    ("Construction will create 300 jobs, and once running the plant will employ 120 people", [(300, True), (120, False)]),
    ("up to 1,200 construction jobs", [(1200, True)]),
    ("The project provides 250 permanent job opportunities", [(250, False)]),
    ("the site will hire about 15 more people", [(15, False)]),
    ("and will create 25 new work places", [(25, False)]),
    ("in the campus will work up to 80 employees, and during the construction there will be employed about 500 builders",
     [(80, False), (500, True)]),
    ("hundreds of new jobs", []),
    ("according to three people familiar with the matter", []),
    ("promises up to 1.500 workers in the peak of the works", [(1500, True)]),
    ("citing two people familiar with the talks", []),
    ("employ 50 people", [(50, False)]),
    ("2,000 jobs during construction", [(2000, True)]),
    ("two thousand jobs", [(2000, False)]),
    ("create 150 high-skilled roles", [(150, False)]),
    ("500 workers on site during the build", [(500, True)]),
    ("creating 1,000 new jobs", [(1000, False)]),
    ("up to 300 jobs", [(300, False)]),
    ("around 50 full-time roles", [(50, False)]),
    ("employ 120 people once operational", [(120, False)]),
    ("about 2,500 construction workers", [(2500, True)]),
    ("1,500 jobs in the construction phase", [(1500, True)]),
    ("80 permanent positions", [(80, False)]),
    ("About 180 people worked on the landing station during construction, according to Nyota.", [(180, True)]),
    # A count set beside a permanent one in the same sentence is the building work's.
    ("in the expansion work around 600 workers will be employed and after completion around 150 people will get "
     "employment of permanent nature", [(600, True), (150, False)]),
    ("It will need 400 workers to build and 90 permanent staff to run.", [(400, True), (90, False)]),
    ("200 direct and indirect jobs", [(200, False)]),
    ("40 technicians", [(40, False)]),
    ("60 engineers", [(60, False)]),
    ("support 3k jobs", [(3000, False)]),
    ("three thousand jobs", [(3000, False)]),
    ("twenty jobs", [(20, False)]),
    ("fifty new roles", [(50, False)]),
    ("a dozen jobs", [(12, False)]),
    ("hundreds of jobs", []),
    ("thousands of jobs", []),
    ("several hundred jobs", []),
    ("many new jobs", []),
    ("250 staff", [(250, False)]),
    ("35 employees", [(35, False)]),
    ("1,200 temporary construction jobs", [(1200, True)]),
    ("400 jobs and 1,000 construction jobs", [(400, False), (1000, True)]),
    ("hire 150 local staff", [(150, False)]),
    ("90 skilled jobs", [(90, False)]),
    ("100 operational jobs", [(100, False)]),
    ("75 long-term jobs", [(75, False)]),
    ("600 on-site construction jobs", [(600, True)]),
    ("2,000 workers at the peak of construction", [(2000, True)]),
    ("30 high-value roles", [(30, False)]),
    ("45 additional jobs", [(45, False)]),
    ("150 new hires", [(150, False)]),
    ("will have up to 400 workers on site at peak", [(400, True)]),
    ("has around 350 people on site", [(350, True)]),
    ("about 1,200 people at peak", [(1200, True)]),
    ("will employ about 600 workers at its peak", [(600, True)]),
    ("has promised 9,000 Micron jobs at the site", [(9000, False)]),
    ("will create 120 permanent, highly qualified jobs", [(120, False)]),
    ("30 permanent workplaces, in the construction phase up to 200", [(30, False)]),
    ("In 2021 Microsoft staff moved to Cork", []),
    ("Rs 40,000 crore for the project, according to people aware of the plan", []),
    ("a 60-megawatt data centre in Skive, a town of 21,000 people on the Limfjord", []),
    ("the group aims to reach every town with more than 10,000 people by the end of 2027", []),
    ("At the peak, around 1,800 local workers will be employed on the civil works", [(1800, True)]),
    ("three hundred construction workers", [(300, True)]),
    ("During the construction up to one thousand workers will be in the obra", [(1000, True)]),
    ("will hire around one thousand two hundred technicians through contractors during the works", [(1200, True)]),
    ("estimates 700 jobs during construction and 120 direct jobs when operating", [(700, True), (120, False)]),
    ("twenty-two permanent jobs", [(22, False)]),
    ("At the peak there will be around 350 people working on the network", [(350, True)]),
    ("About 120 people will be employed during the installation", [(120, True)]),
    ("The project will generate 210 direct and stable jobs, as well as about 900 jobs during the phase of construction",
     [(210, False), (900, True)]),
    ("In the data center come around the 45 fixed workplaces, mainly technicians", [(45, False)]),
    ("has been appointed as the main contractor and will mobilise around 700 workers", [(700, True)]),
    ("The roll-out will employ about 1,400 contract workers at its peak", [(1400, True)]),
    ("for 150 of the sites, in communities of fewer than 2,000 people", []),
    ("The site opens in May, and its construction will employ up to 400 workers", [(400, True)]),
    ("During the construction period, the project will absorb around 1.500 workers, while after operating it will need "
     "around 150 permanent employees", [(1500, True), (150, False)]),
    ("one thousand two hundred and fifty jobs", [(1250, False)]),
    ("up to 800 construction jobs and around 90 ongoing roles once operational", [(800, True), (90, False)]),
    ("MEL2 will employ approximately 45 operations staff", [(45, False)]),
    ("It will employ around 25 IT staff when it opens", [(25, False)]),
    ("About 600 people will be newly employed, and at the peak of the construction about 1,500 workers will enter the site",
     [(600, False), (1500, True)]),
    # A company's headcount, people trained, jobs lost and a country's people are no jobs.
    ("Founded in 2021, Qamar AI employs more than 900 people in the United Arab Emirates, Saudi Arabia and Egypt.", []),
    ("Carlisle Bank, founded in 1978, has 14 branches and about 600 employees across Barbados.", []),
    ("Akamas, which is majority owned by Cypriot investors and employs about 900 people, reported revenue", []),
    ("The existing fab, which opened in 2011, employs about 520 people", [(520, False)]),
    ("Ledgerline already employs 45 people in Cork, where it opened its first office outside the US in 2021", [(45, False)]),
    ("The company employs more than 1,400 people in the United States, Ireland, Singapore and Brazil", []),
    ("the scheme had been expected to create 85 permanent jobs", [(85, False)]),
    ("We have started an academy with Khalifa University to train 200 technicians a year.", []),
    ("his company will assure the formation of 150 Algerian engineers in the technologies of the data centres", []),
    ("the closure of a pharmaceutical plant in 2021 that cost more than 600 jobs", []),
    ("The country of about 230,000 people has been connected since 2012 to the ACE cable", []),
]


@pytest.mark.parametrize("text,expected", JOBS, ids=[j[0] for j in JOBS])
def test_jobs(text, expected):
    assert [(j.count, j.construction) for j in quantities.find_jobs(text)] == expected


def test_no_count_is_read_from_a_part_of_a_number_written_out():
    assert [j.count for j in quantities.find_jobs("up to two hundred workers on the site")] == [200]


CAPACITY = [("a 1.2GW campus", 1200.0), ("90MW", 90.0), ("500 kW", 0.5), ("300 megawatts", 300.0), ("a 90 MWh battery", None),
            ("1 gigawatt", 1000.0), ("4.75 GW", 4750.0), ("12 MW of IT load", 12.0), ("2,000 kilowatts", 2.0),
            ("an 80-megawatt facility", 80.0), ("a 1.5-MW edge site", 1.5), ("forty megawatts", 40.0),
            ("an eight-hundred-kilowatt edge data centre", 0.8), ("a twenty-four megawatt hall", 24.0),
            # Decimal commas and thousands dots as much of the world writes them.
            ("a capacity of 9,6 MW", 9.6), ("with a capacity of 45.000 kW", 45.0), ("1.125 GW", 1125.0),
            # A rack's draw is no site's capacity.
            ("the racks will each draw up to 130 kilowatts", None), ("up to 100kW per rack", None), ("at 130 kW a rack", None),
            ("A rack that draws 132 kW", None), ("air-cooled racks up to 20kW", None), ("40 kW/rack", None),
            ("100 MW of IT load across four buildings at full build-out, with roughly 9,000 racks", 100.0),
            ("GPUs in liquid-cooled racks, supported by 72 MW of critical IT load", 72.0), ("a 24-rack hall with 300 kW", 0.3),
            ("the first racks of a 20MW AI supercomputer", 20.0)]


@pytest.mark.parametrize("text,mw", CAPACITY, ids=[c[0] for c in CAPACITY])
def test_capacity(text, mw):
    found = quantities.find_capacity(text)
    assert (found[0].mw if found else None) == mw


STAGES = [("the first 20 MW hall is due to open in 2027", True), ("phase one (24MW) due in the second half of 2027", True),
          ("across three buildings of 32MW each", True), ("an initial 5 MW of computing load", True),
          ("starting with 8 MW", True), ("40MW in the first phase", True),
          ("a 60-megawatt data centre in Skive", False), ("its 96MW development", False), ("the full 300MW campus", False)]


@pytest.mark.parametrize("text,stage", STAGES, ids=[s[0] for s in STAGES])
def test_a_phase_s_or_a_building_s_power_is_told_from_the_site_s(text, stage):
    assert [c.stage for c in quantities.find_capacity(text)] == [stage]
