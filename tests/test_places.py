import pytest

from extract import places


@pytest.mark.parametrize("name,kind,country", [
    ("Zaragoza", "City", "ES"),
    ("Georgia", "Country", "GE"),
    ("Co Kildare", "Region", "IE"),
    ("Bălţi", "City", "MD"),
    ("Bălți", "City", "MD"),                # a comma below for GeoNames' cedilla
    ("Hillah", "City", "IQ"),               # Arabic names without their article: "Al Hillah"
    ("Kharj", "City", "SA"),
    ("Gulf", "Continent", None),            # the Persian Gulf, not Papua New Guinea's Gulf Province
    ("Aarhus", "City", "DK"),               # another name of a city of a quarter of a million (Århus)
    ("Duhok", "City", "IQ"),
])
def test_lookup(name, kind, country):
    place = places.lookup(name)
    assert (place.kind, place.country) == (kind, country)


def test_a_state_of_the_country_the_article_names_wins_over_a_country():
    assert places.lookup("Georgia", frozenset({"US"})).kind == "Region"



def test_another_citys_other_name_counts_only_in_a_story_about_its_country():
    # "Kabil" is one of Kabul's other names, and a village on Batam: in a story about
    # Indonesia it is not Afghanistan's capital.
    assert places.lookup("Kabil", frozenset({"AF"})).country == "AF"
    assert places.lookup("Kabil", frozenset({"ID"})) is None
    assert places.lookup("Aarhus", frozenset({"DK"})).country == "DK"


def test_towns_of_five_thousand_people_are_known_in_a_story_about_their_country():
    assert places.lookup("Dunboyne", frozenset({"IE"})).country == "IE"
    assert places.lookup("Beauharnois").kind == "City"
    # …but not one abroad ("New Providence", New Jersey, in a story about the Bahamas), and no
    # small town by an everyday word's name.
    assert places.lookup("New Providence", frozenset({"BS"})) is None
    assert not places.is_place_name("Economy") and not places.is_place_name("Quarter")


def test_a_small_town_in_the_storys_country_wins_over_a_region_abroad():
    # Colón, Querétaro (7,000 people) in a story about Mexico, not Honduras's department; with no
    # country named, the department.
    assert places.lookup("Colón", frozenset({"MX"})).country == "MX"
    assert places.lookup("Colón").kind == "Region"


def test_a_town_abroad_is_what_a_name_means_only_when_it_is_a_big_city():
    # Labrador, Queensland (19,000 people) is not the Canadian region in a story about Canada;
    # Miami is Miami wherever the story is.
    assert places.lookup("Labrador") is not None and places.lookup("Labrador", frozenset({"CA"})) is None
    assert places.lookup("Miami", frozenset({"CA"})).country == "US"


def test_a_countrys_saint_is_abbreviated_as_news_does(extract_text):
    assert places.lookup("St Vincent and the Grenadines").country == "VC"
    assert places.lookup("St. Kitts and Nevis").country == "KN"
    x = extract_text("Coralstone will build a data centre in Kingstown, St Vincent and the Grenadines, and a cable to "
                     "Castries, St Lucia.")
    countries = {e.name for e in x.entities if e.type == "Place" and e.subtype == "Country"}
    assert {"Saint Vincent and the Grenadines", "Saint Lucia"} <= countries, x.entities


def test_a_small_town_a_route_runs_from_is_a_place(extract_text):
    x = extract_text("NAVAN, Ireland — Councillors said the levies pay for roads, libraries and playgrounds from Dunboyne to Navan.")
    assert "Dunboyne" in {e.name for e in x.entities if e.type == "Place"}, x.entities


@pytest.mark.parametrize("word, place", [
    ("Kenyan", "Kenya"), ("Japanese", "Japan"), ("Omani", "Oman"), ("Uzbek", "Uzbekistan"),
    # Words for a people that are not the place's name plus an ending.
    ("Greek", "Greece"), ("Dutch", "Netherlands"), ("Swiss", "Switzerland"), ("Walloon", "Wallonia"), ("Saudi", "Saudi Arabia"),
])
def test_a_word_for_a_places_people_names_the_place(word, place):
    assert places.place_of_demonym(word).name == place


def test_a_demonym_after_a_datelines_date_is_no_company(extract_text):
    x = extract_text("ATHENS, June 23, 2026 - Greek cable operator Thalassa Digital Networks S.A. said on Tuesday it "
                     "would build a subsea cable to Israel.")
    assert "Greek" not in {n for e in x.entities for n in (e.name, *e.aliases)}


def test_territories_go_by_the_names_news_gives_them():
    from extract import places

    assert places.lookup("Sint Maarten").name == "Sint Maarten"
    assert places.lookup("BVI").name == "British Virgin Islands"
    assert places.government_of(places.lookup("Virgin Islands, British").name) == "Government of the British Virgin Islands"
    assert places.spelled_alike("St Vincent and the Grenadines", "Saint Vincent and the Grenadines")
    assert places.spelled_alike("São Tomé and Príncipe", "Sao Tome and Principe")
    assert not places.spelled_alike("St Helens", "Saint Helena")
