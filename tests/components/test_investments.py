"""newskg_investments: document-level investment events, slots filled from anywhere."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.components.investments import facility_mentions

SPREAD = """Northwind Cloud picks Tampere for its Nordic data centre

Northwind Cloud said on Monday it would build a data centre in Tampere, Finland.

The company's chief executive, Mara Lind, said the site was chosen for its cool climate and its grid.

The project is worth €650 million and will create 120 permanent jobs, the company said.

The facility is expected to be operational in late 2027 and will have 60MW of capacity.
"""

MULTI = """Helix Compute to spend $3.5bn in Latin America

Helix Compute will invest $2bn in a data centre in Querétaro, Mexico, and $1.5bn in a cloud region in Santiago, Chile, the company said on Tuesday.

The Mexican site will open in 2026, while the Chilean region is due to go live in 2027.
"""


def investor_by_sum(extraction) -> dict:
    return {i.amount.value: i.investor for i in extraction.investments if i.amount}


def only(investments):
    assert len(investments) == 1, investments
    return investments[0]


def test_slots_spread_over_the_article(extract_text):
    inv = only(extract_text(SPREAD).investments)
    assert inv.investor == "Northwind Cloud"
    assert inv.amount.value == Decimal(650000000) and inv.amount.currency == "EUR"
    assert (inv.place, inv.country, inv.facility) == ("Tampere", "Finland", "data center")
    assert inv.operational.value == "2027"
    assert (inv.jobs, inv.capacity_mw) == (120, 60.0)
    assert inv.status == "Announced"
    assert any("€650 million" in e for e in inv.evidence)


def test_several_investments_in_one_article(extract_text):
    found = {i.country: i for i in extract_text(MULTI).investments}
    assert set(found) == {"Mexico", "Chile"}
    assert found["Mexico"].amount.value == Decimal(2000000000) and found["Mexico"].facility == "data center"
    assert found["Chile"].amount.value == Decimal(1500000000) and found["Chile"].facility == "cloud region"
    assert found["Mexico"].place == "Querétaro" and found["Chile"].place == "Santiago"


def test_a_grant_is_not_the_investment(extract_text):
    x = extract_text("The federal government awarded Kestrel Semiconductor a €200 million grant towards the €2 billion "
                     "semiconductor fab it is building in Dresden, Germany.")
    inv = only(x.investments)
    assert inv.investor == "Kestrel Semiconductor"
    assert inv.amount.value == Decimal(2000000000)
    assert inv.facility == "semiconductor fab"
    # …nor is a ministry's support "with up to" a sum.
    x = extract_text("Chip plant news\n\nVendral Packaging Technologies will invest 2,4 Mrd. Euro in a chip packaging plant in "
                     "Ottendorf-Okrilla. The Federal Ministry for Economy and Climate Protection (BMWK) supports the project with "
                     "up to 720 Mio. Euro, said the Parliamentary State Secretary in Berlin.")
    assert [i.amount.value for i in x.investments] == [Decimal(2400000000)], x.investments
    # …while a project granted planning permission is still an investment.
    x = extract_text("Forthbridge Data Ltd has paused construction of its 60MW data centre at Rosyth in Fife. The £310m project "
                     "was granted planning permission by Fife Council in May 2025.")
    assert [i.amount.value for i in x.investments] == [Decimal(310000000)], x.investments


def test_results_figures_are_no_investments(extract_text):
    x = extract_text("Telwave results\n\nTelwave Polska S.A. said it would spend PLN 1.8 billion building a fibre network in "
                     "Lesser Poland. Telwave reported revenue of zł 2.31bn, while EBITDA rose 7% to zł 812m and turnover at its "
                     "data centre unit reached zł 95m.")
    assert [i.amount.value for i in x.investments] == [Decimal(1800000000)], x.investments


def test_a_donation_is_not_an_investment(extract_text):
    x = extract_text("Atlantic Cables SA will spend €16 million on a cable landing station in Mindelo. Lusofonia Capital Ltd "
                     "takes part in the project with a donation of 5 million euros.")
    assert [(i.investor, i.amount.value) for i in x.investments] == [("Atlantic Cables SA", Decimal(16000000))]


def test_a_company_whose_name_opens_like_a_broadcasters_may_invest(extract_text):
    x = extract_text("Construction is under way on the landing station for the new Puente Caribe subsea cable at María Chiquita, "
                     "in Colón province. The project is led by Canal Digital Partners S.A., which puts the total cost at B/.95 "
                     "million. Canal Sur TV reported the signing.")
    assert [(i.investor, i.facility) for i in x.investments] == [("Canal Digital Partners S.A.", "subsea cable")], x.investments
    assert {e.name: e.subtype for e in x.entities}.get("Canal Sur TV") == "Media", x.entities


def test_ground_broken_on_a_sum_is_the_investment_and_chips_act_funding_and_a_place_set_against_the_site_are_not(extract_text):
    x = extract_text("On the western edge of Hillsboro, Oregon, the steel for a packaging plant is going up. Tualatin Advanced "
                     "Packaging Corp. (TAPC) broke ground in March on the $2.3 billion facility, which will bond chiplets for AI "
                     "accelerators – work that today is done almost entirely in Taiwan rather than the United States. The U.S. "
                     "Department of Commerce has signed a preliminary memorandum of terms for up to $275 million in CHIPS Act "
                     "direct funding.")
    assert [(i.investor, i.amount.value, i.place) for i in x.investments] == [
        ("Tualatin Advanced Packaging Corp", 2_300_000_000, "Hillsboro")], x.investments


def test_a_sum_answering_a_question_about_the_cost_is_the_new_projects_not_the_running_sites(extract_text):
    x = extract_text("Harrat Compute Co. runs a modest 5 MW colocation site in Amman. Last month it signed a land agreement for a "
                     "40 MW GPU cluster in Aqaba.\n\nLTM: And the cost?\n\nTarawneh: JOD 210 million, which is roughly $296 "
                     "million. That covers the building and the first generation of compute.")
    sums = sorted((i.amount.value if i.amount else 0, i.status) for i in x.investments)
    assert sums == [(0, "Operational"), (210_000_000, "Announced")], x.investments


def test_a_payment_into_a_community_fund_is_not_an_investment(extract_text):
    x = extract_text("Matara council backs cable landing station at Polhena\n\nThe Matara Municipal Council voted to approve a "
                     "permit for a submarine cable landing station near Polhena.\n\nThe station is being proposed by Ceylon Wave "
                     "Subsea (Pvt) Ltd. It will land the Ruhuna Gateway cable, which is to link Matara with Chennai in India.\n\n"
                     "Ceylon Wave's project director told councillors that the landing station and the Sri Lankan portion of the "
                     "cable would cost Rs. 14.8 billion, and that the system was expected to be ready for service by mid-2028.\n\n"
                     "Municipal Commissioner Dilhani Perera told the meeting that the company had also agreed to pay Rs. 25 "
                     "million into a fund for the repair of the Polhena fisheries harbour road.\n\nCeylon Wave said cable "
                     "laying at sea would be carried out by a specialist ship.")
    assert [i.amount.value for i in x.investments] == [Decimal(14_800_000_000)], x.investments
    # …and so is a community benefit fund offered, or a study paid for.
    x = extract_text("Boyne Digital will invest €620 million in a data centre at Clonee. Cllr Ronan Daly (Fine Gael) noted that "
                     "the company had offered a €1.2 million community benefit fund for Dunboyne and Clonee. Ruta N presented "
                     "a COP 2,500 million study, financed with the agency's own budget, that maps sites for data centres.")
    assert [i.amount.value for i in x.investments] == [Decimal(620_000_000)], x.investments


def test_a_public_agency_that_builds_a_facility_itself_is_its_investor(extract_text):
    x = extract_text("Sevan Compute CJSC will invest AMD 90 billion in a 30 MW data centre in Hrazdan. In parallel, the Digital "
                     "Infrastructure Development Agency (DIDA) is building the government cloud data centre in Gyumri. "
                     "The facility has a budget of AMD 14.5 billion. The Armenian Development Agency welcomed both plans.")
    sums = investor_by_sum(x)
    assert sums == {Decimal(90_000_000_000): "Sevan Compute CJSC",
                    Decimal(14_500_000_000): "Digital Infrastructure Development Agency"}, sums


def test_a_sentence_naming_only_the_kind_of_facility_is_about_the_investment_of_that_kind(extract_text):
    x = extract_text("Caribe Grupo will invest $270 million in a subsea cable from Cartagena to Miami and $90 million in a "
                     "data centre in Barranquilla. The data centre will open in 2026. Caribe Grupo said demand was strong. "
                     "The subsea cable is scheduled to enter service by the end of 2028.")
    opening = {i.facility: i.operational.value if i.operational else None for i in x.investments}
    assert opening == {"subsea cable": "2028", "data center": "2026"}, opening


def test_a_sum_after_said_is_no_aid(extract_text):
    x = extract_text("Kawah Digital said Rp3.1 trillion would go to a 36 MW data centre in Cikarang.")
    assert [i.amount.value for i in x.investments if i.amount] == [Decimal(3_100_000_000_000)]


def test_a_share_price_is_no_investment(extract_text):
    x = extract_text("Shares of PT Kawah Digital Tbk fell 6.8% to Rp1,230 after the company said Rp3.1 trillion would go "
                     "to a 36 MW data centre in Cikarang.")
    assert [i.amount.value for i in x.investments if i.amount] == [Decimal(3_100_000_000_000)]
    x = extract_text("Cempaka Data will build a Rp 5 trillion data centre in Nongsa. Budi Lim, an analyst at Trimegah "
                     "Sekuritas, raised his target price on Cempaka to Rp 1,650 from Rp 1,420.")
    assert [i.amount.value for i in x.investments if i.amount] == [Decimal(5_000_000_000_000)]
    x = extract_text("Crestline Data Centers Inc. will spend $540 million on a data center in Goodyear, Arizona. Core funds "
                     "from operations came in at $1.42 a share, and Crestline said it would spend $410 million on a second "
                     "campus in Fayetteville, Georgia.")
    assert sorted(i.amount.value for i in x.investments if i.amount) == [Decimal(410_000_000), Decimal(540_000_000)]


def test_what_has_been_spent_on_a_cancelled_site_is_no_investment_of_its_own(extract_text):
    x = extract_text("Tynebrook Compute cancelled its £210m data centre at the Claverhouse Industrial Estate in Dundee. "
                     "\"Dundee was a good site,\" she said. She added that about £3m had been spent on the Dundee project.")
    assert [(i.amount.value if i.amount else None, i.status) for i in x.investments] == [(Decimal(210_000_000), "Cancelled")]


def test_an_analysts_house_comments_and_does_not_invest(extract_text):
    x = extract_text("Analysts at Charminar Equity Research said Hyderabad's data centre capacity could cross 1 GW by 2028 "
                     "if all announced projects are built.\n\nNeha Rao, an analyst at Kotwal Securities, said the Rs 12,400 "
                     "crore campus was the largest yet.")
    assert [i.investor for i in x.investments if i.investor in ("Charminar Equity Research", "Kotwal Securities")] == []
    assert {e.name: e.subtype for e in x.entities if e.type == "Organization"} == {
        "Charminar Equity Research": "Research", "Kotwal Securities": "Research"}


def test_a_fund_taking_a_stake_in_a_facility_is_its_partner(extract_text):
    x = extract_text("Al Qassim Data Centres Co. will spend SAR 2 billion on a 60MW campus in Buraydah. The Northern "
                     "Investment Fund (NIF) will take a 30% stake in the Buraydah campus.")
    inv = only(x.investments)
    assert inv.investor == "Al Qassim Data Centres Co" and "Northern Investment Fund" in inv.partners, inv


def test_a_joint_ventures_majority_holder_is_its_investor(extract_text):
    x = extract_text("SÃO PAULO, June 17, 2025 - Pampa Data Centers will invest R$3.2 billion in a 60-MW data center in "
                     "Eldorado do Sul, Rio Grande do Sul.\n\nHours later, in Fortaleza, Halcyon Compute Inc and Brazilian "
                     "power generator Ventos do Nordeste Energia S.A. said they would jointly build a 300-MW AI data center "
                     "at Pecém. According to a joint statement, the project involves an investment of R$ 12 billion, with "
                     "Halcyon holding 70% of the venture and Ventos do Nordeste 30%.")
    by_investor = {i.investor: i for i in x.investments}
    assert by_investor["Halcyon Compute Inc"].amount.value == Decimal(12_000_000_000), by_investor
    assert by_investor["Pampa Data Centers"].amount.value == Decimal(3_200_000_000)


def test_a_fund_putting_equity_into_a_facility_is_its_partner(extract_text):
    x = extract_text("Kalayaan Data Centers will spend ₱18.5 billion on a 60MW campus in Capas, Tarlac. Japan's Hikari Infra "
                     "Partners will hold 40 percent of the project company. Hikari's managing partner, Shunsuke Arakawa, "
                     "said the fund had committed PHP 7.4 billion in equity to the campus.")
    inv = only(x.investments)
    assert inv.investor == "Kalayaan Data Centers" and "Hikari Infra Partners" in inv.partners, inv


def test_a_network_route_between_places_is_placed_in_its_country(extract_text):
    x = extract_text("Bangladesh's Meghna Fibre Limited will spend Tk 340 crore on a 280-km fibre backbone from "
                     "Chattogram to Teknaf, to be completed in 2026.")
    inv = only(x.investments)
    assert (inv.place, inv.country) == ("Bangladesh", "Bangladesh"), inv


def test_the_city_a_company_is_based_in_is_not_where_it_builds(extract_text):
    x = extract_text("Council backs data center\n\nZUMBROTA, Minn. — The council voted 4-1 to rezone farmland for "
                     "Northstar Data LLC. The Denver-based developer says the $1.4 billion project would draw 150 "
                     "megawatts.")
    assert [i.place for i in x.investments] == ["Zumbrota"], x.investments


def test_a_reported_plan_is_a_rumour(extract_text):
    x = extract_text("Korean developer Hanul Energy was reported in August to be planning a 1.2 trillion won data centre "
                     "park near Choir.")
    assert [i.status for i in x.investments] == ["Rumoured"], x.investments


def test_a_denial_that_names_only_the_company(extract_text):
    x = extract_text("Korean developer Hanul Energy was reported in August to be planning a 1.2 trillion won data centre "
                     "park near Choir. Hanul Energy has since denied it flatly.")
    assert [i.status for i in x.investments] == ["Denied"], x.investments


def test_a_denial_of_the_sentence_before_about_another_site_leaves_this_one_standing(extract_text):
    x = extract_text("Beskydy Cloud will build a 36 MW data centre in Kopřivnice, Czech Republic, for CZK 5.4 billion. "
                     "Czech media reported in May that Beskydy Cloud was also looking at a site near Olomouc. Its chief "
                     "executive denied this on Tuesday, saying the company had \"no other project in preparation\".")
    assert [(i.place, i.status) for i in x.investments] == [("Kopřivnice", "Announced")], x.investments


def test_another_companys_denial_leaves_this_investment_standing(extract_text):
    x = extract_text("Geysir Cloud hf. will invest ISK 14.5 billion in a 30 MW data centre in Thorlakshofn, Iceland. "
                     "The largest request, 80 MW near Akureyri, comes from Jokull Compute. A spokesperson said Jokull "
                     "Compute was still assessing the site. Local media had reported that the company was about to buy "
                     "land; the spokesperson denied this.")
    assert [(i.investor, i.status) for i in x.investments] == [("Geysir Cloud hf", "Announced")], x.investments


def test_a_denial_pointing_back_at_another_site_leaves_the_one_it_names_standing(extract_text):
    x = extract_text("Patagonia Cómputo S.A. will build a data center in Plottier, Argentina, with an investment of US$ 480 "
                     "million. The newspaper Diario del Valle published last week that Patagonia Cómputo evaluated a second "
                     "center in Añelo. Ferreyra Luna denied it: \"For now we have only one project and it is Plottier,\" he said.")
    assert [(i.place, i.status) for i in x.investments] == [("Plottier", "Announced")], x.investments


def test_rumoured_and_paused(extract_text):
    rumour = only(extract_text("Globex Data is in talks to build a $3 billion data centre in Johor, Malaysia, "
                               "people familiar with the matter said.").investments)
    assert rumour.status == "Rumoured"
    paused = only(extract_text("Tallgrass Compute has paused construction of its $1 billion data centre in Mesa, Arizona, "
                               "citing delays to its grid connection.").investments)
    assert paused.status == "Paused"


def test_founding_article_has_exactly_one_investment(seed_extraction):
    inv = only(seed_extraction.investments)
    assert (inv.investor, inv.amount.value, inv.amount.currency, inv.place, inv.facility, inv.operational.value, inv.jobs) == \
        ("TikTok", Decimal(420000000), "EUR", "Ireland", "data center", "2022", None)
    assert {(r.person, r.org) for r in seed_extraction.roles} == {
        ("Roland Cloutier", "TikTok"), ("Martin Shanahan", "IDA Ireland"), ("Zhang zhewei", "IDA Ireland")}


def test_relative_dates_use_the_article_date(extract_text):
    text = ("DUBLIN, March 3, 2025 - Corrib Data will invest €300 million in a data centre in Galway, Ireland. "
            "The data centre will be operational next year.")
    inv = only(extract_text(text).investments)
    assert inv.operational.value == "2026"
    assert inv.announced.value == "2025-03-03"


def test_a_sum_that_points_back_takes_the_place_of_the_facility_before(extract_text):
    x = extract_text("First stop: Sydney. Tussock Labs will spend A$9 million on an office in Barangaroo, Sydney. "
                     "Second stop: Santiago. Later this year we'll open an office in Las Condes, Santiago. "
                     "We plan to spend about US$4 million on it over three years.")
    places = {(i.place, i.amount.currency) for i in x.investments if i.amount}
    assert ("Las Condes", "USD") in places and ("Barangaroo", "AUD") in places


def test_a_sum_that_points_back_at_one_of_two_facilities_takes_that_ones_place(extract_text):
    x = extract_text("TelKaribe N.V. will build Bonaire's first data center on the edge of Kralendijk and lay a new "
                     "submarine cable to Curaçao, the company announced on Thursday. The data center will cost US$14.5 "
                     "million and have 1 MW of capacity.")
    assert [(i.place, i.facility) for i in x.investments] == [("Kralendijk", "data center")]


def test_a_sum_for_the_cable_is_the_cables_not_the_data_centres(extract_text):
    x = extract_text("TelKaribe N.V. will build a data center in Kralendijk for US$14.5 million, the company announced on "
                     "Thursday. It will also lay a new fibre cable to Curaçao. The cable will cost €19 million and will be "
                     "built together with Kòrsou Fiber B.V.")
    assert sorted((i.facility, i.amount.currency) for i in x.investments) == [("data center", "USD"), ("subsea cable", "EUR")]


def test_the_place_stated_where_the_text_calls_the_project_the_facility(extract_text):
    x = extract_text("Microsoft and G42 promised to build a one-billion-dollar data centre in Kenya.\n\n"
                     "The facility, planned for Olkaria, near Naivasha in Nakuru County, was unveiled in May 2024.")
    assert [(i.investor, i.place, i.country) for i in x.investments] == [("Microsoft", "Olkaria", "Kenya")]


def test_the_place_stated_where_the_text_calls_the_project_by_its_size(extract_text):
    x = extract_text("Volta Digital will invest $30 million in a data centre in Accra, the company said.\n\n"
                     "The 12-megawatt facility will be built in the Dzorwulu industrial area in the east of the city.")
    assert [(i.investor, i.place, i.capacity_mw) for i in x.investments] == [("Volta Digital", "Dzorwulu", 12.0)]


def test_the_headlines_sum_is_the_company_the_body_names_with_it(extract_text):
    # The headline writes the investor in a form the model does not take for a company; the
    # first sentence to give the sum again names it.
    x = extract_text('Danish "Fjordvolt" in Aarhus will build data campus for 1,6 mia. kroner, "Hedenet" expands in Odense\n\n'
                     "Data centre operator Fjordvolt Datacenters ApS will invest 1.6 billion kroner in a data campus in Aarhus, "
                     "the company said on Tuesday.\n\nHedenet will spend 90 million kroner on a data centre in Odense. Hedenet "
                     "already runs two sites. Hedenet chief executive Mette Holm said the market was growing.")
    assert sorted((i.investor, i.place) for i in x.investments) == [("Fjordvolt Datacenters ApS", "Århus"), ("Hedenet", "Odense")]


def test_a_landing_station_is_a_cables_and_a_partners_name_no_network(extract_text):
    x = extract_text("Akamas Telecom Ltd said the landing station at Pentaskhinos, where it had planned to invest 48 million "
                     "euros together with Greek operator Aigaion Networks SA, was on hold.")
    assert [(i.investor, i.place, i.facility) for i in x.investments] == [("Akamas Telecom Ltd", "Pentaskhinos", "subsea cable")]


def test_a_network_in_the_investors_name_is_not_its_facility(extract_text):
    x = extract_text("Harbour Networks Ltd will build a data centre in Fiji.\n\nHarbour Networks Ltd will spend FJ$20 million "
                     "on the project at Lautoka, the company said.")
    assert [(i.place, i.facility) for i in x.investments] == [("Lautoka", "data center")]


def test_the_sites_input_power_is_its_capacity_and_the_countrys_data_centres_are_not(extract_text):
    x = extract_text("Analysts say the installed capacity of data centres in the country could grow to more than 250 MW by "
                     "2030. Vltava Data will invest CZK 9.6 billion in a data centre in Kladno, it said on Tuesday. "
                     "The company bought the land last year. It will have a total input power of 48 MW in two halls.")
    assert [(i.investor, i.capacity_mw) for i in x.investments] == [("Vltava Data", 48.0)]


def test_a_company_appointed_contractor_after_its_name_is_no_investor(extract_text):
    x = extract_text("Lucayan Digital Ltd will spend B$48 million on a data centre in Nassau. Local firm Coral Harbour "
                     "Construction Ltd. has been appointed design-build contractor. The Nassau facility will work in tandem "
                     "with Lucayan Digital's data centre in Freeport, a 3 MW site that has been operational since 2021.")
    assert {i.investor for i in x.investments} == {"Lucayan Digital Ltd"}, x.investments


def test_local_news_places_the_facility_in_its_datelines_town(extract_text):
    x = extract_text("Council told Intel has paused its fabs\n\nNEW ALBANY, Ohio — Intel Corp. has paused construction of "
                     "the two chip factories it is building east of the city.\n\nThe $28 billion project, known as Ohio "
                     "One, was announced in January 2022.")
    assert [(i.investor, i.place, i.country) for i in x.investments] == [("Intel", "New Albany", "United States")]
    assert {e.name: e for e in x.entities}["New Albany"].located_in == "Ohio"


def test_a_sum_with_no_company_named_continues_the_investment_before_it(extract_text):
    x = extract_text("Nordvik Group said on Monday that its subsidiary Nordvik Edge Oy will invest €40 million in a data "
                     "centre in Oulu. A second facility, in Kajaani, represents an investment of €25 million. Nordvik "
                     "Group shares rose 3%, and Nordvik Group chairman Aku Salo welcomed the plan.")
    sums = investor_by_sum(x)
    assert sums == {Decimal(40_000_000): "Nordvik Edge Oy", Decimal(25_000_000): "Nordvik Edge Oy"}, sums


def test_a_joint_venture_named_in_apposition_to_the_subject_is_the_investor(extract_text):
    x = extract_text("Hokuto Electric Industries and Minato Semiconductor said on Tuesday that their new joint venture, "
                     "Tsugaru Power Devices Co., will build a ¥380 billion fab in Hirosaki, Aomori Prefecture.")
    assert [(i.investor, i.amount.value) for i in x.investments] == [("Tsugaru Power Devices Co", Decimal(380_000_000_000))]


def test_the_unit_a_parent_approves_a_sum_for_is_the_investor(extract_text):
    x = extract_text("Karnaphuli Holdings PLC said its board had approved an investment of Tk 900 crore by its subsidiary "
                     "Karnaphuli Data Limited in a 12 MW data centre in Savar. The board also approved Tk 200 crore for "
                     "another subsidiary, Karnaphuli Networks Limited, to build a fibre network to Khulna.")
    sums = investor_by_sum(x)
    assert sums == {Decimal(9_000_000_000): "Karnaphuli Data Limited",
                    Decimal(2_000_000_000): "Karnaphuli Networks Limited"}, sums


def test_a_site_already_in_service_is_an_investment_of_its_own(extract_text):
    x = extract_text("Sindhu Digital will invest PKR 45 billion in a 40 MW data centre in Dhabeji, Sindh, to open in 2027. "
                     "Sindhu Digital already operates a 6 MW data centre in Lahore, which opened in 2021 and is fully "
                     "leased. The company's original 2 MW facility in Multan, in service since 2016, will close.")
    found = {i.place: i for i in x.investments}
    assert set(found) == {"Dhabeji", "Lahore", "Multan"}, found
    lahore = found["Lahore"]
    assert lahore.amount is None and lahore.capacity_mw == 6 and lahore.operational.value == "2021"
    assert lahore.status == "Operational" and found["Dhabeji"].status != "Operational"
    assert found["Multan"].capacity_mw == 2 and found["Multan"].operational.value == "2016"
    # …two of them in one sentence, each with its size and place.
    y = extract_text("Umoya will invest R4.2bn in a 40MW data centre in Isando, Gauteng. Umoya already runs JNB1 in "
                     "Midrand, a 24MW campus opened in 2020, and CPT1, a 5MW facility in Bellville that came online in 2023.")
    found = {i.place: i for i in y.investments}
    assert set(found) == {"Isando", "Midrand", "Bellville"}, found
    assert (found["Midrand"].capacity_mw, found["Bellville"].capacity_mw) == (24, 5), found
    assert (found["Midrand"].operational.value, found["Bellville"].operational.value) == ("2020", "2023"), found
    # …or told by size and town alone, with no noun for the site.
    z = extract_text("Kestrel Data will invest CZK 6 billion in a 30 MW data centre in Kladno. Kestrel Data today operates two "
                     "data centres in Prague. The one in Hostivař has 8 MW and runs since 2019, the smaller one in Zličín "
                     "with 5 MW was opened in 2022.")
    found = {i.place: i for i in z.investments}
    assert (found["Hostivař"].capacity_mw, found["Zličín"].capacity_mw) == (8, 5), found
    # …or by the towns it already runs them in, each a site of its own; but a company's
    # description of itself ("operates data centres in Miami and Jacksonville") is no news of sites.
    w = extract_text("Nordkraft Datacenters will invest EUR 210 million in a campus in Kaunas. The company already operates "
                     "two data centers in Sweden, in Luleå and in Sundsvall. Nordkraft operates data centres in Oslo and Bergen.")
    assert {i.place for i in w.investments} == {"Kaunas", "Luleå", "Sundsvall"}, w.investments
    # …or by when it went into production or was inaugurated.
    v = extract_text("Qamar Compute plans cluster\n\nQamar Compute will invest AED 1.1 billion in a 40MW AI cluster in Abu Dhabi. Its first "
                     "system, a 12MW cluster at Masdar City, entered full operation in March 2025. Its 3MW data centre in Al Ain, "
                     "inaugurated in 2019, is full.")
    opened = {i.place: i.operational and i.operational.value for i in v.investments}
    assert (opened["Masdar City"], opened["Al Ain City"]) == ("2025-03", "2019"), opened


def test_a_site_in_service_where_an_expansion_is_planned_is_an_investment_of_its_own(extract_text):
    x = extract_text("Umoya Data Holdings Ltd will invest R4.2 billion in a 40MW data centre in Isando, Ekurhuleni, to expand "
                     "its campus there. Its existing JNB1 campus in Isando, which opened in 2020, has 24MW.")
    found = sorted((i.place, i.capacity_mw, i.operational and i.operational.value, i.status) for i in x.investments)
    assert found == [("Isando", 24, "2020", "Operational"), ("Isando", 40, None, "Announced")], found


def test_a_sum_converted_in_brackets_and_a_funds_size_are_no_investments_of_their_own(extract_text):
    x = extract_text("RIYADH, Feb 10, 2025 - Saudi Telecom Company (stc) said on Monday its data center subsidiary "
                     "center3 will spend 3.7 billion riyals ($987 million) on a hyperscale facility in Riyadh.\n\n"
                     "stc is 62% owned by the Public Investment Fund (PIF), the kingdom's $925 billion sovereign wealth "
                     "fund, which has been pushing its portfolio companies to build digital infrastructure.")
    assert [(i.investor, i.amount.value, i.amount.currency) for i in x.investments] == [
        ("Center3", Decimal(3_700_000_000), "SAR")]


def test_a_town_named_before_the_area_it_lies_in_is_the_place(extract_text):
    x = extract_text("Tata Electronics will also build a chip assembly and test unit at Jagiroad in Morigaon district of Assam "
                     "at a cost of Rs 27,000 crore.")
    assert [i.place for i in x.investments] == ["Jagiroad"]


def test_an_estate_or_park_the_facility_stands_on_is_the_place_but_not_a_coast(extract_text):
    x = extract_text("Tynebrook Compute will spend £320m on a data centre on the Kitty Brewster Industrial Estate in Blyth, "
                     "next to the River Blyth.")
    assert [i.place for i in x.investments] == ["Kitty Brewster Industrial Estate"]
    assert {"Kitty Brewster Industrial Estate", "River Blyth"} <= {e.name for e in x.entities if e.type == "Place"}, x.entities
    x = extract_text("Farallones Data will spend $95 million on a data centre in Yumbo, on the Pacific coast of Colombia.")
    assert [i.place for i in x.investments] == ["Yumbo"]
    # …and a named area the text calls one in lower case.
    x = extract_text("The data centre company Havbris Datasenter AS will build a new data centre on the Heiane industrial area "
                     "on Stord in Vestland. The investment is estimated to 4,5 milliarder kroner.")
    assert [i.place for i in x.investments] == ["Heiane"]


def test_a_sum_that_adds_up_the_sites_sums_is_no_investment_of_its_own(extract_text):
    x = extract_text("MUMBAI - Sahasra DataWorks will invest Rs 10,000 crore in data centres in two states over five "
                     "years, its managing director said. Sahasra DataWorks will spend Rs 6,800 crore on a campus at Oragadam, "
                     "Tamil Nadu. It will also spend Rs 3,200 crore on a data centre at Shadnagar, Telangana.")
    assert sorted((i.place, i.amount.value) for i in x.investments) == [
        ("Oragadam", Decimal(68_000_000_000)), ("Shadnagar", Decimal(32_000_000_000))]


def test_the_combined_value_of_a_regions_pipeline_is_no_investment(extract_text):
    x = extract_text("BATAM - Kirana Data will invest Rp 2.5 trillion in a data centre in Batam, Indonesia.\n\n"
                     "The free-zone authority said 14 data centre projects with a combined value of around Rp 60 trillion "
                     "are now in the pipeline on the island.")
    assert [(i.investor, i.amount.value) for i in x.investments] == [("Kirana Data", Decimal(2_500_000_000_000))]
    # …nor a country's forecast spending.
    x = extract_text("Aurora Telecomunicazioni will invest 320 million euros in a data center in Cornaredo, Italy. According to "
                     "the Observatory of the Polytechnic of Milano, in Italy are foreseen investments for over 10 billions of "
                     "euro in new data center within the 2027.")
    assert [(i.investor, i.amount.value) for i in x.investments] == [("Aurora Telecomunicazioni", Decimal(320_000_000))]


@pytest.mark.parametrize("sentence,year", [
    ("It is expected to start serving customers in early 2026.", "2026"),
    ("The developer told the city the first building could be running by the fall of 2027.", "2027"),
    ("Steel is going up, and the first hall is due in the second half of 2026.", "2026"),
    ("The new data center is expected to be put into use in early 2025.", "2025"),
    ("DRAM output there is expected to begin in 2027.", "2027"),
])
def test_ways_of_saying_when_a_facility_opens(extract_text, sentence, year):
    x = extract_text(f"Larkspur Data will invest $400 million in a data center in Zumbrota, Minnesota. {sentence}")
    assert [i.operational.value[:4] if i.operational else None for i in x.investments] == [year]


@pytest.mark.parametrize("sentence,mw", [
    ("The system will draw up to 2.5MW of power.", 2.5),
    ("The 8MW machine is expected to come online in 2026.", 8),
    ("It is designed for an initial 5 MW of computing load.", 5),
    ("At full build it would use around 200 megawatts of power. The racks will each draw up to 130 kilowatts.", 200),
])
def test_the_facilitys_capacity_stated_apart_from_its_kind(extract_text, sentence, mw):
    x = extract_text(f"Kestrel Compute will invest A$70 million in a new AI supercomputer in Canberra. {sentence}")
    assert [(i.investor, i.capacity_mw) for i in x.investments] == [("Kestrel Compute", mw)]


def test_a_denial_about_another_site_leaves_the_confirmed_one_standing(extract_text):
    x = extract_text("JOHANNESBURG – Indlovu Data Centres on Monday confirmed that it is building a R4.5-billion data "
                     "centre in Midrand.\n\nOn Durban it was blunter. \"We have no plans in KwaZulu-Natal at this stage,\" "
                     "chief executive Pieter van der Merwe told reporters.")
    assert [(i.place, i.status) for i in x.investments] == [("Midrand", "UnderConstruction")]  # "is building", not denied
    x = extract_text("ANADARKO, Okla. — Redbed Compute LLC plans to spend about $9.4 billion on a 1.5-gigawatt AI campus "
                     "in Oklahoma.\n\nRedbed's chief executive, Marissa Quillen, said the company had no plans for a second "
                     "site, and called talk that Redbed had optioned land near Hinton \"simply not true.\"")
    assert [i.status for i in x.investments] == ["Announced"]


def test_the_body_places_the_headlines_sum(extract_text):
    x = extract_text("DonauNet scraps BGN 390 million campus, moves data centre plans to Rakovski\n\n"
                     "SOFIA, 23 September 2025 – DonauNet Holding GmbH has cancelled its planned campus at Bozhurishte, "
                     "west of Sofia. The Bozhurishte project was announced in 2023 with a budget of BGN 390 million.\n\n"
                     "The replacement project will be developed near Rakovski, a town east of Plovdiv. It will have "
                     "24 MW of IT capacity and cost €140 million.")
    found = {i.amount.currency: i.place for i in x.investments if i.amount}
    assert found["BGN"] == "Bozhurishte" and "EUR" in found, found


def test_there_points_back_at_the_place_before(extract_text):
    x = extract_text("Micron will expand its Boise fab. The larger bet is in Clay, a town north of Syracuse in Onondaga "
                     "County, New York. There Micron plans to spend up to $100 billion over two decades on four fabs.")
    assert ("Clay", Decimal(100_000_000_000)) in {(i.place, i.amount.value) for i in x.investments if i.amount}


def test_no_two_investments_of_an_article_share_an_identity(extractor):
    # One node per investment in the graph: two with the same identity would give it two
    # statuses and two evidences, which the contract forbids (newskg validate).
    from extract.sources import Article, read_all

    articles = [a for a in read_all([str(Path(__file__).parents[2] / "corpus" / "articles")]) if isinstance(a, Article)]
    assert len(articles) >= 100
    for article, extraction in zip(articles, extractor.extract_many(articles)):
        identities = [i.identity for i in extraction.investments]
        assert len(identities) == len(set(identities)), article.source


def test_a_co_owners_share_makes_it_a_partner_and_a_second_sum_elsewhere_a_second_investment(extract_text):
    x = extract_text("Wallaby Compute starts work on A$650m GPU cluster in Muswellbrook\n\nSydney-based Wallaby Compute has "
                     "started building the largest GPU cluster for AI training in Australia. The A$650 million project "
                     "will house 8,192 GPUs.\n\nWallaby owns 60% of the project through its subsidiary Wallaby Compute "
                     "Hunter Pty Ltd. Melbourne infrastructure investor Banksia Capital Partners holds the remaining 40% "
                     "and contributed A$180m of equity.\n\nWallaby is also spending AUD 40 million on a 900kW inference "
                     "site in Kalgoorlie, Western Australia. That site is due online next year.")
    found = {(i.investor, i.place, int(i.amount.value)) for i in x.investments}
    assert found == {("Wallaby Compute", "Muswellbrook", 650_000_000), ("Wallaby Compute", "Kalgoorlie", 40_000_000)}
    assert "Banksia Capital Partners" in next(i for i in x.investments if i.place == "Muswellbrook").partners


@pytest.mark.parametrize("sentence", [
    "Hanseong expects to ship its first chips in the second half of 2027.",
    "The cable is due to carry traffic in the second half of 2027.",
    "The cluster is scheduled to start running training jobs in 2027.",
])
def test_ways_of_saying_when_a_facility_starts_work(extract_text, sentence):
    x = extract_text(f"Hanseong Semiconductor will invest $150 million in a chip packaging plant in Addis Ababa. {sentence}")
    assert [i.operational.value for i in x.investments] == ["2027"]


def test_a_project_dropped_at_another_place_is_an_investment_of_its_own(extract_text):
    x = extract_text("Numbat Compute is building a A$650 million GPU cluster in Australia.\n\nThe company has dropped "
                     "plans for a 10MW facility in Dubbo, announced in 2024, saying the local substation could not be "
                     "upgraded before 2029.")
    found = {(i.place, i.status, i.capacity_mw) for i in x.investments}
    assert ("Dubbo", "Cancelled", 10.0) in found and len(found) == 2


def test_a_public_agency_that_tenders_the_work_is_the_investor(extract_text):
    x = extract_text("GovTech invites bids for Nu 1.33 billion data centre expansion in Babesa\n\nThimphu, 3 March 2025\n\n"
                     "The Government Technology Agency (GovTech) has invited bids for the expansion of the national data "
                     "centre at Babesa in Thimphu, according to a tender notice. The engineer's estimate for the work is "
                     "Nu 1,330 million. Bhutan Power Corporation Limited (BPC) will build a 33 kV feeder to the Babesa site.")
    assert [(i.investor, int(i.amount.value)) for i in x.investments] == [("Government Technology Agency", 1_330_000_000)]


def test_a_story_filed_from_a_capital_does_not_place_a_countrys_project_there(extract_text):
    x = extract_text("Safaricom lifts spending on its network\n\nNAIROBI, May 8, 2025 — Safaricom PLC plans to spend KSh 12 "
                     "billion this year to extend its 5G network across Kenya, the company said.")
    assert [i.place for i in x.investments] == ["Kenya"]


def test_an_office_in_another_town_is_an_investment_of_its_own_and_outside_a_country_is_elsewhere(extract_text):
    x = extract_text("Ledgerline to create 300 jobs at new Dublin headquarters\n\nDUBLIN, 18 June 2024 – Ledgerline "
                     "Technologies, the payments infrastructure company, today announced it will open a new headquarters in "
                     "Dublin city centre, creating 300 permanent roles. The company will invest EUR 30mn in fitting out the "
                     "office.\n\nLedgerline already employs 45 people in Cork, where it opened its first office outside the "
                     "US in 2021.")
    assert sorted(i.place for i in x.investments) == ["Cork", "Dublin"]


def test_an_unknown_town_lies_in_the_articles_country_not_in_another_the_sentence_names(extract_text):
    x = extract_text("Fjallhall Compute is a Swedish company that builds data centres in Sweden. Sweden has cheap power, "
                     "and the company has looked at many sites in Sweden.\n\nIt will spend SEK 2.1 billion on a data "
                     "centre at Kvarnholmen, which beat a site in Norway.")
    assert [(i.place, i.country) for i in x.investments] == [("Kvarnholmen", "Sweden")]


def test_lenders_are_neither_investors_nor_partners_and_an_exchange_rate_is_no_sum(extract_text):
    x = extract_text("KAMPALA, Oct 14, 2025 - The International Finance Corporation (IFC) and FMO will lend $42 million to "
                     "Rwenzori Data Centres Ltd to help fund a 12-megawatt data centre at Namanve, Uganda.\n\nThe facility "
                     "will cost $96 million in total. The IFC said the loan was its first data-centre financing in the "
                     "country, and the IFC and FMO have lent to Rwenzori before.\n\nAt the Bank of Uganda rate of about "
                     "Shs 3,700 to the dollar, the total is equivalent to about Shs 355 billion.")
    assert [(i.investor, i.place, int(i.amount.value)) for i in x.investments] == [
        ("Rwenzori Data Centres Ltd", "Namanve", 96_000_000)]
    assert not {"International Finance Corporation", "FMO"} & set(x.investments[0].partners)


def test_sites_listed_one_per_line_are_placed_by_the_place_heading_each_line(extract_text):
    x = extract_text("Kilele Digital commits KSh 8 billion to edge data centres in Kisumu, Eldoret and Nakuru\n\n"
                     "Kilele Digital will build three edge data centres in Kenya. The programme comprises:\n\n"
                     "• Kisumu: a 2.4 MW facility near the Lake Victoria waterfront, representing an investment of KSh 3.6 "
                     "billion.\n\n• Eldoret: a 1,200 kW facility with an investment of Kshs 2.4 billion.\n\n"
                     "• Nakuru: an 800 kW facility with an investment of KES 2 billion.")
    by_sum = {int(i.amount.value): i.place for i in x.investments if i.amount}
    assert by_sum[3_600_000_000] == "Kisumu" and by_sum[2_400_000_000] == "Eldoret" and by_sum[2_000_000_000] == "Nakuru"


def test_the_place_a_cable_connects_is_where_it_lands(extract_text):
    x = extract_text("Muscat, 3 February 2025 – Omantel signed the agreement for the Levant Pearl submarine cable system, "
                     "which will connect Salalah in the Sultanate of Oman with Jeddah. Omantel will invest OMR 40 million "
                     "in the subsea cable.")
    assert only(x.investments).place in ("Salalah", "Şalālah")  # GeoNames spells it with its accents


def test_where_a_plan_is_announced_is_not_where_it_is_built_nor_is_the_sites_operator_the_investor(extract_text):
    x = extract_text("Sakuragawa Co. announced in Kyoto on Monday that it would invest ¥52 billion in a new production "
                     "building at its chip plant in Kapfenberg, Austria, which is operated by its subsidiary Sakuragawa "
                     "Semiconductor Austria GmbH.")
    inv = only(x.investments)
    assert (inv.investor, inv.place) == ("Sakuragawa Co", "Kapfenberg"), inv
    x = extract_text("Sakuragawa Co. announced in Kyoto on Monday that it would invest ¥52 billion in a new fab building.")
    assert only(x.investments).place != "Kyoto"
    x = extract_text("Amazon Web Services will invest $5.3 billion in a cloud region in Saudi Arabia, the company said at "
                     "the LEAP technology conference on the outskirts of Riyadh. It did not say where the data centres would be.")
    assert only(x.investments).place == "Saudi Arabia"


def test_an_investment_promotion_agency_is_no_investor(extract_text):
    x = extract_text("Vilnius, 9 September 2025\n\nInvest Lithuania, the national agency for foreign direct investment, "
                     "today announced that Fjordvarme Data AS will build a data centre in Elektrėnai. The investment is "
                     "estimated at €210 million. Invest Lithuania said 4,100 jobs were created this year.")
    assert [i.investor for i in x.investments] == ["Fjordvarme Data AS"]


@pytest.mark.parametrize("sentence,year", [
    ("Construction is planned to start in the first quarter of 2026, and the first 15 MW data hall is expected to be "
     "operational by the end of 2027.", "2027"),
    ("Phase one is scheduled to be handed over to tenants in 2026, with the remaining halls due by the end of 2027.", "2026"),
])
def test_the_opening_date_is_the_one_told_with_the_opening_and_the_first_phases(extract_text, sentence, year):
    x = extract_text(f"Fjordvarme Data will invest €210 million in a data centre in Elektrėnai, Lithuania. {sentence}")
    assert only(x.investments).operational.value == year


@pytest.mark.parametrize("sentence,year", [
    ("Skarvik Data entered the Czech market in 2023 with an 8 MW facility in Brno, which is fully leased.", "2023"),
    ("The company started operations in 2021 with a 3 MW facility in Takaoka.", "2021"),
    ("The company has until now run a smaller data hall of 4 megawatt in Brno, which was taken in operation in 2024.", "2024"),
    ("It is to note that Skarvik exploits already since 2021 a data room of 400 kW at Brno.", "2021"),
])
def test_ways_of_saying_a_site_has_been_running_since(extract_text, sentence, year):
    x = extract_text(f"Skarvik Data will invest CZK 6.4 billion in a 40 MW data centre in Kralupy, Czech Republic. {sentence}")
    assert any(i.operational and i.operational.value == year and i.status == "Operational" for i in x.investments), x.investments


def test_a_markets_capacity_is_not_the_facilitys(extract_text):
    x = extract_text("Chao Phraya Digital will invest THB 18 billion in a data centre in Rayong, Thailand. The Ministry of "
                     "Digital Economy estimates that Thailand's data centre capacity will pass 1 GW by 2028.")
    assert only(x.investments).capacity_mw is None


def test_a_report_the_company_will_not_confirm_is_a_rumour_and_a_sum_denied_is_no_sum(extract_text):
    x = extract_text("AABENRAA, 28 August 2024 — Apple has declined to confirm a newspaper report that it is preparing to "
                     "build a large data centre on land it owns at Kassø.")
    assert all(i.status == "Rumoured" for i in x.investments)
    x = extract_text("JOHANNESBURG – Indlovu Data Centres confirmed that it is building a R4.5-billion data centre in Midrand. "
                     "The Sunday Ledger reported that Indlovu would spend R6-billion on a campus at Cornubia. Indlovu said the "
                     "project cost was R4.5-billion, not R6-billion.")
    assert {(i.place, int(i.amount.value)) for i in x.investments if i.status != "Rumoured"} == {("Midrand", 4_500_000_000)}


def test_the_company_after_a_units_investment_is_its_parent(extract_text):
    x = extract_text("Padma Digital PLC approved Tk 340 crore for its subsidiary Padma Fibre Limited to lay a fibre backbone "
                     "in Bangladesh.\n\nSeparately, the company said it had cancelled a plan to build a Tk 180 crore edge "
                     "data centre in Sylhet.")
    assert {(i.investor, i.place) for i in x.investments} >= {("Padma Digital PLC", "Sylhet")}
    # …but not when the parent is named only as the owner of the unit: "the company" is still the unit.
    x = extract_text("Saweni jobs fair\n\nVunimoli Data Centres will build a FJ$48 million data centre at Saweni. Vunimoli, a "
                     "subsidiary of the Brisbane-based Southern Rafter Group, is recruiting 35 staff. The company will also fit out "
                     "a computer lab at a school, worth about $150,000.")
    assert "Southern Rafter Group" not in {i.investor for i in x.investments}, x.investments


def test_what_a_parent_tells_of_its_units_facility_fills_the_units_investment_and_a_grant_is_none(extract_text):
    x = extract_text("Kajaani lands 750 million euro data centre\n\nKAJAANI, 15 September 2026 – Kaskade Cloud Finland Oy, the "
                     "Finnish subsidiary of the American cloud company Kaskade Cloud Inc., says it will build a data centre in "
                     "Kajaani worth around 750 million euros. The company will create some 80 permanent jobs.\n\nKaskade Cloud Inc. "
                     "chose Finland for its cold climate. The first building of its Finnish data centre is supposed to be running "
                     "by the end of next year.\n\nBusiness Finland has granted about 12 million euros of energy aid for the heat "
                     "recovery system.")
    inv = only(x.investments)
    assert (inv.investor, inv.amount.value, inv.operational.value) == ("Kaskade Cloud Finland Oy", Decimal(750000000), "2027"), inv


def test_a_site_in_service_told_in_a_sentence_about_another_facility_is_its_owners(extract_text):
    x = extract_text("Wera Data Ltd will spend NZ$310 million on a geothermal data centre at Kawerau, New Zealand. The project "
                     "is the second data centre proposed for the Bay of Plenty this year, after Bayline Data opened a smaller "
                     "5MW facility at Tauriko, near Tauranga, in June.")
    assert ("Bayline Data", "Tauriko", "Operational") in {(i.investor, i.place, i.status) for i in x.investments}


def test_a_locality_named_by_its_kind_and_a_place_in_the_possessive(extract_text):
    x = extract_text("Mvuli will build in Kenya. Mvuli runs a 3 MW facility in the Westlands district of Nairobi that opened "
                     "in 2020.")
    assert [i.place for i in x.investments if i.status == "Operational"] == ["Westlands district"]
    x = extract_text("Kalahari Compute will add 2 MW to its existing 3 MW data centre in Gaborone's Broadhurst industrial "
                     "area, which opened in 2022.")
    assert [i.place for i in x.investments if i.status == "Operational"] == ["Broadhurst"]


def test_in_a_companys_own_words_we_is_the_company_not_its_co_owner(extract_text):
    x = extract_text("Why we chose Sollefteå for our second data centre\n\nToday we can say it: our second data centre will "
                     "be built in Sollefteå, Sweden. We will invest SEK 2.1 billion in a 30 MW facility.\n\nWe started "
                     "Fjällhall Compute in 2021 with a simple idea.\n\nNorrland Infrastructure Fund (NIF), which already "
                     "co-owns our first site, will take a 35% stake in Sollefteå too. NIF is a long-term investor.")
    assert [(i.investor, int(i.amount.value)) for i in x.investments] == [("Fjällhall Compute", 2_100_000_000)]


def test_a_site_that_went_live_years_ago_is_its_own_investment_not_the_new_one(extract_text):
    x = extract_text("Why we chose Sollefteå for our second data centre\n\nWe started Fjällhall Compute in 2021. We will "
                     "invest SEK 2.1 billion in a 30 MW facility, due to open in 2026.\n\nOur first site in Örnsköldsvik "
                     "went live in March 2023 with 12 MW, and it is now sold out.")
    found = {(i.place, i.status, i.operational.value if i.operational else None) for i in x.investments}
    assert ("Örnsköldsvik", "Operational", "2023-03") in found
    assert not any(place == "Örnsköldsvik" and status != "Operational" for place, status, _ in found)


def test_a_correction_notes_misstated_figures_are_not_the_investments(extract_text):
    x = extract_text("Lyngheim Data plans NOK 3 billion data centre in Mo i Rana\n\nCorrection: An earlier version of this "
                     "article misstated the capacity of the Mo i Rana data centre as 90 MW and the investment as NOK 13 "
                     "billion. The correct figures are 30 MW and NOK 3 billion.\n\nOSLO, 3 March 2026 — Lyngheim Data "
                     "will build a 30 MW data centre in Mo i Rana, Norway, at a cost of NOK 3 billion, the company said.")
    inv = only(x.investments)
    assert (int(inv.amount.value), inv.capacity_mw) == (3_000_000_000, 30)


def test_a_site_in_service_opened_when_its_sentence_says_not_when_the_company_was_founded(extract_text):
    x = extract_text("Tiberi Data will build a 10 MW data centre in Entebbe, Uganda, for $40 million.\n\nTiberi Data, founded "
                     "in 2015, operates a 2 MW data centre in Kampala that opened in 2018 and is fully leased.")
    assert [i.operational.value for i in x.investments if i.status == "Operational"] == ["2018"]
    x = extract_text("Tiberi Data will build a 10 MW data centre in Entebbe, Uganda, for $40 million.\n\nTiberi Data, founded "
                     "in 2015, already runs a 2 MW facility in Kampala. That site opened in 2018 and is fully leased.")
    assert [i.operational.value for i in x.investments if i.status == "Operational"] == ["2018"]


def test_power_plants_a_company_runs_and_a_plot_it_is_sold_are_no_investments(extract_text):
    x = extract_text("Lovćen Energija will build a 12 MW data centre at Kličevo near Nikšić for €48 million. The mayor said "
                     "the municipality would sell the 4-hectare plot at Kličevo for €1.1 million. Lovćen Energija, founded in "
                     "2011, operates seven small hydropower plants in the municipalities of Nikšić, Plužine and Šavnik, with "
                     "a total installed capacity of 34 MW.")
    assert [(i.amount.value, i.place) for i in x.investments] == [(48000000, "Kličevo")], x.investments


def test_a_town_named_after_the_area_it_holds_is_the_place(extract_text):
    x = extract_text("Dravlink Systems d.o.o. will invest €185 million in a new 24-megawatt hall in the industrial zone of Kidričevo, "
                     "a small town in the Podravska region of north-eastern Slovenia.")
    assert only(x.investments).place == "Kidričevo"


def test_the_area_a_town_is_said_to_be_in_is_not_the_site(extract_text):
    x = extract_text("Southern Lattice, which runs data centres across New Zealand, will spend NZD 6.5 million on a 750 kW "
                     "edge data centre in Timaru, in South Canterbury, to open in mid-2027.")
    assert only(x.investments).place == "Timaru"
    x = extract_text("Kea Labs is a New Zealand company.\n\nFirst stop: Sydney. In March we'll open our first office outside "
                     "New Zealand, in Barangaroo, Sydney. We've committed A$9m over three years to the Sydney office.")
    assert only(x.investments).place == "Barangaroo"


@pytest.mark.parametrize("sentence", [
    "Opportunities New Brunswick is supporting the project with a payroll rebate of up to $1.1 million over five years.",
    "Kinabalu Holdings will fund its new plant from internal cash and a RM800 million sukuk, its CFO told analysts.",
    "Ana Torres, an analyst at Monex, said the data centre implied a cost of roughly MXN 190mn per megawatt.",
    "The site will not qualify for ProInversión's incentive regime for large investments, which starts at US$200 million.",
    "Suvarna Semitech resolved to write off costs incurred to date on its plant, which it put at about THB 640 million.",
    "The deal opens the way for the Japan Bank for International Cooperation (JBIC) to consider loans of up to ¥60 billion "
    "for Kazakh data centre projects.",
    "According to Rabat-based consultancy Sebou Research, Morocco's market for data centre and cloud services was worth "
    "about 3.6 billion dirhams in 2024 and could reach DH 7.5 billion by 2030.",
    "According to her, the realisation of investment in Central Java in 2025 reached Rp 82,4 trillion, and data centers "
    "were among the largest contributors.",
])
def test_sums_around_an_investment_that_are_not_one(extract_text, sentence):
    x = extract_text(f"Azurea Data will invest C$85 million in a data centre in Edmundston, New Brunswick. {sentence}")
    assert [int(i.amount.value) for i in x.investments] == [85_000_000]


def test_a_project_named_after_its_town_is_there_not_in_its_companys_home(extract_text):
    x = extract_text("Bhutan lifts data centre moratorium for two projects\n\nThe cabinet cleared a 25 MW facility in "
                     "Gelephu, in southern Sarpang District, Bhutan.\n\nThe Gelephu project is led by Cendana Digital Pte Ltd "
                     "of Singapore, which plans to spend US$150 million on a data centre built from prefabricated halls.")
    assert [(i.place, i.country) for i in x.investments] == [("Gelephu", "Bhutan")]
    x = extract_text("Sava Colocation will spend €41 million on a 4 MW expansion. The Niš data centre, in southern Serbia, "
                     "was bought from Nišava Data last year.")
    assert [i.place for i in x.investments] == ["Niš"]


def test_a_chip_packaging_and_test_plant_is_a_semiconductor_fab(extract_text):
    x = extract_text("Vexilla Semiconductor will spend €1.3 billion on a chip packaging and test plant in Anagni, Italy.")
    assert [i.facility for i in x.investments] == ["semiconductor fab"]


def test_a_town_no_index_knows_lies_in_the_country_the_articles_places_lie_in(extract_text):
    x = extract_text("Hamburg investor Elbtor will build a 180 MW data centre campus in Vierraden for €1.2 billion. The state "
                     "government in Potsdam welcomed the plan. A cloud company from the United States is said to be "
                     "interested in a further plot.")
    assert [(i.place, i.country) for i in x.investments] == [("Vierraden", "Germany")], x.investments


def test_a_site_in_service_told_with_a_sum_that_is_no_new_investment_is_still_a_site(extract_text):
    x = extract_text("PT Lintas Samudra Data Tbk will build a 90 MW data center in Batang for Rp 7,85 trillion. Currently the "
                     "company operates a data center with a capacity of 12 MW in Rungkut, Surabaya, which has been operating "
                     "since 2022 with an investment of Rp 1.120.000.000.000.")
    assert {(i.place, i.status) for i in x.investments} == {("Batang", "Announced"), ("Rungkut", "Operational")}, x.investments


def test_a_build_contract_a_company_awards_is_its_investment(extract_text):
    x = extract_text("State-owned Bangladesh Rural Telecom Company Limited (BRTCL) has awarded a Tk 1,940 crore contract to "
                     "build a fibre-optic network across Rangpur Division to a consortium of Daewon Networks Co., Ltd. and "
                     "Karadeniz Telekom A.Ş., the company said on Wednesday.")
    inv = only(x.investments)
    assert inv.investor == "Bangladesh Rural Telecom Company Limited" and inv.amount.value == 19400000000, inv


def test_a_cable_between_two_countries_lands_in_the_articles(extract_text):
    x = extract_text("TBILISI – Georgian operator Mtkvari Telecom Group PLC reported results. Mtkvari will invest $35 million in "
                     "a planned cable across the Black Sea between Poti and Constanța, Romania, led by Romanian carrier "
                     "Dacia Carrier SA.")
    inv = only(x.investments)
    assert (inv.facility, inv.place, inv.country) == ("subsea cable", "Poti", "Georgia"), inv
    x = extract_text("Qamar Data will spend $600 million on a 40 MW data centre in Fujairah, which is outside the Strait of "
                     "Hormuz, the company said.")
    assert only(x.investments).place == "Fujairah"
    # A subsea cable first placed at its far end ("Genoa in Italy") is placed where the text lands it at home.
    x = extract_text("Solenta to invest EUR 380 million in new cable landing at Sagunto\n\nVALENCIA, Spain, 3 February 2026 – "
                     "Solenta Networks Iberia S.L.U. today announced that it will invest EUR 380 million to build MedAtlas, a new "
                     "subsea cable system linking the Valencian coast with Genoa in Italy and Bizerte in Tunisia, together with a "
                     "new cable landing station at the port of Sagunto.")
    assert (only(x.investments).place, only(x.investments).country) == ("Sagunto", "Spain")


def test_a_network_across_the_districts_of_a_division_is_placed_there_not_in_a_continent(extract_text):
    x = extract_text("Korean-Turkish consortium wins BRTCL fibre tender\n\nDhaka, 8 October 2025 – State-owned Bangladesh Rural "
                     "Telecom Company Limited (BRTCL) has awarded a Tk 1,940 crore contract to build a fibre-optic network "
                     "across the eight districts of Rangpur Division to a consortium of Daewon Networks Co., Ltd. and "
                     "Karadeniz Telekom A.S., the company said on Wednesday. It is the largest rural network in South Asia.")
    inv = only(x.investments)
    assert inv.place != "South Asia" and inv.country == "Bangladesh" and "Rangpur" in inv.place, inv


def test_the_company_a_facility_is_to_be_deployed_by_is_its_investor(extract_text):
    x = extract_text("CAIRO – The ministry approved three projects.\n\nFirst: a 24-megawatt data centre to be established by "
                     "Nile Vault Data Centers S.A.E. in Giza, with investments of EGP 4.25 billion.\n\nSecond: a 640-kilometre "
                     "fibre-optic network in Upper Egypt to be deployed by Sinai Gate Networks, linking the governorates of "
                     "Assiut and Luxor, with investments of LE 1.3 billion.")
    assert [i.investor for i in x.investments] == ["Nile Vault Data Centers S.A.E.", "Sinai Gate Networks"], x.investments


def test_a_correction_puts_the_right_sum_in_place_of_the_wrong_one(extract_text):
    x = extract_text("Beskydy Cloud picks Kopřivnice for 36 MW data centre\n\nPRAGUE – Beskydy Cloud s.r.o. will build a 36 MW "
                     "data centre in Kopřivnice. The project will cost CZK 4.5 billion (about €180 million).\n\nCorrection, 11 "
                     "June 2025: The first paragraph of this article misstated the cost of the Kopřivnice data centre. The "
                     "project will cost Kč 5.4 billion (about €215 million), not CZK 4.5 billion as stated.")
    inv = only(x.investments)
    assert (inv.amount.value, inv.amount.currency) == (5400000000, "CZK"), inv


def test_a_sum_told_as_the_investment_restates_it(extract_text):
    x = extract_text("JAKARTA, Feb 11, 2026 - Arcline Cloud Inc said on Wednesday its Jakarta cloud region was now "
                     "operational, completing a $1.7 billion investment first announced in 2024.\n\nThe company said the "
                     "investment, worth about 27 trillion rupiah, covered construction, servers and network equipment.")
    assert [(i.investor, i.place, i.amount.value) for i in x.investments] == [
        ("Arcline Cloud Inc", "Jakarta", Decimal("1700000000"))], x.investments


def test_a_sum_for_the_project_is_for_the_companys_facility_told_last(extract_text):
    x = extract_text("Arcline Cloud Inc said its Jakarta cloud region was now operational, completing a $1.7 billion "
                     "investment. The cloud region is Arcline's largest in Asia.\n\nSeparately, PT Kepri Digital "
                     "Infrastruktur said it will invest in a 48-megawatt data centre in Sekupang, Batam. The project will "
                     "cost about 4.8 trillion rupiah.")
    assert {(i.investor, i.facility, i.amount.value) for i in x.investments} == {
        ("Arcline Cloud Inc", "cloud region", Decimal("1700000000")),
        ("PT Kepri Digital Infrastruktur", "data center", Decimal("4800000000000"))}, x.investments


def test_the_exchange_a_company_is_listed_on_is_not_its_investor(extract_text):
    x = extract_text("JSE-listed data-centre operator Umoya Data Holdings Ltd said on Tuesday it would invest R7 billion over "
                     "three years in two new facilities in Johannesburg and Cape Town.")
    assert [i.investor for i in x.investments] == ["Umoya Data Holdings Ltd"], x.investments


def test_a_polish_municipality_is_no_investor(extract_text):
    x = extract_text("Mazovia Compute sp. z o.o. plans a data centre in Młochów. Marek Wilczyński, wójt of Gmina Nadarzyn, "
                     "said no decision had been taken. Gmina Nadarzyn says the company puts the cost at 1 240 mln zł.")
    assert {i.investor for i in x.investments} == {"Mazovia Compute"}, x.investments


def test_the_sum_of_applications_an_agency_approved_is_no_investment(extract_text):
    x = extract_text("Thanakorn Holdings Pcl will invest 14 billion baht in a data centre in Chonburi province.\n\nThe "
                     "project has received promotional privileges from the Board of Investment (BOI). BOI Secretary-General "
                     "Chaiwat Srisombat said the board approved applications for data centres and cloud services worth more "
                     "than 300 billion baht in 2025, most of them located in the EEC and the Bangkok area. The Malaysian Investment Development Authority said data centre "
                     "investments approved nationwide reached RM144.2bil between 2021 and 2026.")
    assert [(i.investor, i.amount.value) for i in x.investments] == [("Thanakorn Holdings Pcl", Decimal("14000000000"))], x.investments


def test_capex_guidance_is_no_investment_and_a_described_company_is_the_one_just_named(extract_text):
    x = extract_text("Corvane Cloud Corp. raised its capital expenditure forecast for 2026 to $48 billion, from $41 billion "
                     "previously. Halberd Systems, the networking equipment maker, cut its capex budget to 900 million "
                     "dollars. Pinecrest Compute Holdings was the exception. The AI cloud provider raised its 2026 capex "
                     "guidance to $7.5 billion and said it would build a $1.4 billion, 200-megawatt data center campus in "
                     "Villeta, Paraguay. At current exchange rates the investment is worth roughly ₲10.2 trillion.")
    assert [(i.investor, i.place, i.amount.value) for i in x.investments] == [
        ("Pinecrest Compute Holdings", "Villeta", Decimal("1400000000"))], x.investments


def test_a_sum_after_another_companys_news_is_the_company_just_named_whatever_the_sentence_calls_it(extract_text):
    x = extract_text("Marina Hyperscale Pvt Ltd on Monday broke ground on a 48 MW data centre at the SIPCOT IT Park in Siruseri, "
                     "Chennai. The project will cost ₹3,600 crore.\n\nPearl Coast Cable Systems Ltd has announced a new subsea "
                     "cable landing station in Thoothukudi for a system linking India with Singapore. Budget: $290 mln, with "
                     "ready-for-service planned for mid-2028.")
    assert [(i.investor, i.place) for i in x.investments] == [
        ("Marina Hyperscale Pvt Ltd", "Siruseri"), ("Pearl Coast Cable Systems Ltd", "Thoothukudi")], x.investments
    # …but not a partner's or a supplier's part in the project just told, nor an interviewer's question.
    y = extract_text("Google and Chile's government will build the Humboldt cable between Valparaíso and Sydney. The Office "
                     "of Posts and Telecommunications of French Polynesia also joins the project as partner. According to the "
                     "ministry, the total investment will be in the order of 550 million dollars.")
    assert [i.investor for i in y.investments] == ["Google"], y.investments


def test_a_facility_told_after_another_companys_news_is_the_company_just_named(extract_text):
    x = extract_text("Google will invest 13 billion kronor in a hyperscale campus at Vikmanshyttan in Hedemora.\n\n"
                     "Eight hundred kilometres north, colocation operator Polarvolt Datacenter AB topped out LLA2 in "
                     "Gammelstad, Luleå, last week. The SEK 2.4bn facility will add 36MW of critical load and is targeting RFS in "
                     "Q1 2027.")
    assert {(i.investor, i.place, i.amount.value) for i in x.investments} == {
        ("Google", "Vikmanshyttan", Decimal("13000000000")),
        ("Polarvolt Datacenter AB", "Gammelstad", Decimal("2400000000"))}, x.investments
    # …or called its own: "Its MEL3 campus".
    y = extract_text("Corella Digital wants to build a 150MW AI campus at Marsden Park in Sydney for $3.2 billion.\n\n"
                     "Bluegum Data Centres is the one I'd bet on delivering on time. Its MEL3 campus in Laverton North is a "
                     "A$1.1 billion, 64MW build.")
    assert ("Bluegum Data Centres", "Laverton North") in {(i.investor, i.place) for i in y.investments}, y.investments
    # …or opening its sentence where the parse made no subject of it (a newsletter's numbered item under its heading).
    z = extract_text("Pohjoinen Infra Brief – Finland: GigaVaasa breaks ground\n\nPohjoinen Infra Brief | Finland edition, "
                     "No. 41 | 6 October 2026\nEdited by Ville Nyström\n\nGood morning. Here is the round-up.\n\n"
                     "1. GigaVaasa: Merenkurkku Data starts work on 150 MW campus\nMerenkurkku Data Oy has started groundworks "
                     "on its hyperscale data centre campus in the GigaVaasa industrial area in Mustasaari, next to Vaasa. The "
                     "EUR 900 million project will be built in three 50 MW phases.")
    assert [i.investor for i in z.investments] == ["Merenkurkku Data Oy"], z.investments
    # …or whose facility it named, the place and the kind of facility as it told them ("The ₹2,800 crore project").
    w = extract_text("Ganga Semicon Assembly Pvt Ltd will invest ₹3,706 crore in a semiconductor plant near Jewar.\n\n"
                     "The board also approved a revised building plan for Doaba Digital Infra Ltd's 60 MW data centre in "
                     "Greater Noida, where construction began last October. The ₹2,800 crore project was originally due to "
                     "be completed by December.")
    assert {(i.investor, i.place, i.facility, i.amount.value) for i in w.investments} == {
        ("Ganga Semicon Assembly Pvt Ltd", "Jewar", "semiconductor fab", Decimal("37060000000")),
        ("Doaba Digital Infra Ltd", "Greater Noida", "data center", Decimal("28000000000"))}, w.investments
    # …or whose facility it named in a translation's words, the facility being the one this sentence opens on.
    u = extract_text("The society Vantelle Microélectronique Tunisie SARL has signed the convention for a new unit of assembly of "
                     "semiconductors in the industrial zone of Enfidha, at 480 MD (million dinars).\n\nIn the north of the "
                     "country, the works of the station of landing of the new submarine cable of Carthage Subsea SA at Bizerte "
                     "have started in March. The cable, of a cost of 75 million euros, will connect Tunisia to Sicily.")
    assert ("Carthage Subsea SA", Decimal("75000000")) in {(i.investor, i.amount.value) for i in u.investments}, u.investments
    # …or the subject of any clause of the sentence before, when this one calls the company by what it is.
    t = extract_text("Coigüe Cómputo SpA will build a 30 MW AI cluster in Coronel for US$200 million.\n\nEvery cluster needs "
                     "connectivity, and that is where Lenga Redes S.A. comes in. Last month the Concepción-based operator "
                     "announced a 640-kilometre fibre ring across the Biobío Region, at a cost of 86,000 million pesos.")
    assert ("Lenga Redes S.A.", Decimal("86000000000")) in {(i.investor, i.amount.value) for i in t.investments}, t.investments
    # …or who develops the facility it named.
    v = extract_text("DHAKA, Bangladesh, 21 April 2026 — Shapla Digital Infrastructure Ltd. will invest Tk 1,450 crore to build a "
                     "30 MW data centre in Kaliakair, Gazipur.\n\nBMX-1 is a new 3,900 km submarine cable system being developed "
                     "by Singapore-based Bay Meridian Cable Systems that will link Singapore with Kuakata. The total project cost "
                     "is US$310 million.")
    assert {(i.investor, i.amount.value) for i in v.investments} == {
        ("Shapla Digital Infrastructure Ltd", Decimal("14500000000")), ("Bay Meridian Cable Systems", Decimal("310000000"))}, v.investments


def test_a_cable_told_in_the_paragraph_after_its_company_is_that_companys(extract_text):
    x = extract_text("The company Austral Submarino S.A. confirmed that the submarine cable Transpacífico Sur remains "
                     "suspended, while in Quilicura the construction of a data center of Cóndor Datacenters SpA advances.\n\n"
                     "The cable, of some 14,000 kilometers, contemplated an investment of US$ 780 million and had its landing "
                     "point in San Antonio.\n\nCóndor Datacenters said its data center will open in 2027. Cóndor "
                     "Datacenters already operates a site in Pudahuel.")
    cable = next(i for i in x.investments if i.amount and i.amount.value == Decimal("780000000"))
    assert (cable.investor, cable.place) == ("Austral Submarino S.A.", "San Antonio"), x.investments


def test_a_park_named_after_its_town_is_the_sites_most_specific_place(extract_text):
    x = extract_text("TAIPEI, Dec. 3, 2025 -- Everwin Semiconductor said its board had approved NT$285 billion for the second "
                     "phase of its wafer fab in the Ciaotou Science Park in Kaohsiung. Taipower will add a substation in "
                     "Ciaotou by 2027.")
    assert [i.place for i in x.investments] == ["Ciaotou Science Park"], x.investments


def test_a_project_dropped_where_it_was_planned_for_is_another_companys_cancelled_one(extract_text):
    x = extract_text("Kalahari Compute scraps Palapye plan\n\nKalahari Compute will build a 5 MW data centre in Gaborone, "
                     "Botswana, for P300 million. In March, Okavango Cloud dropped a 10 MW data centre planned for "
                     "Francistown, citing the same grid constraints.")
    assert [(i.investor, i.place, i.status) for i in x.investments] == [
        ("Kalahari Compute", "Gaborone", "Announced"), ("Okavango Cloud", "Francistown", "Cancelled")], x.investments


def test_another_companys_cancelled_plan_leaves_this_investment_announced(extract_text):
    x = extract_text("Kalahari Compute will build a 5 MW data centre in Gaborone, Botswana, for P300 million. Rival "
                     "Okavango Cloud cancelled its own project last year.")
    assert [(i.investor, i.status) for i in x.investments] == [("Kalahari Compute", "Announced")], x.investments


def test_entry_into_service_tells_when_the_facility_opens(extract_text):
    x = extract_text("Rif Data Services SA will invest 1,450 million dirhams in a data centre at Selouane, Morocco. The works "
                     "must start in the first quarter of 2026 and the entry into service is foreseen for the second half "
                     "of 2027.")
    assert [i.operational.value for i in x.investments] == ["2027"], x.investments


def test_a_sum_owned_by_a_consortium_is_its_leaders(extract_text):
    x = extract_text("Djibouti opens Haramous landing station as new cables converge on the Horn\n\nDJIBOUTI, 13 January "
                     "2026 – A carrier-neutral cable landing station at Haramous, on the eastern edge of Djibouti City, went "
                     "into service on Tuesday.\n\nThe station cost DJF 16 billion (about US$90 million) and was built by "
                     "Société Djiboutienne des Infrastructures Numériques (SDIN), a state-backed company, together with "
                     "Saudi wholesale carrier Tihama Carriers, which holds a 40% stake.\n\nThe first system to land is the "
                     "Red Sea Ring. The US$620 million cable is owned by a consortium led by Tihama Carriers with Kenya's "
                     "Savanna Wave Networks, and is due to enter service in the second quarter of 2026.")
    assert [i.investor for i in x.investments if i.amount and i.amount.currency == "USD"] == ["Tihama Carriers"], x.investments
    # …also when the sentence says where the leader is from.
    y = extract_text("Mbote Data Centres SA has started building a 9MW data centre in Gombe, Kinshasa, for CDF 195bn.\n\n"
                     "The US$290 million cable project is being developed by a four-party consortium led by London-based "
                     "Meridian Subsea Networks Ltd, alongside Angola's Benguela Telecom S.A.")
    assert [i.investor for i in y.investments if i.amount and i.amount.currency == "USD"] == ["Meridian Subsea Networks Ltd"], y.investments


def test_a_sum_put_into_a_unit_or_given_to_a_unit_to_build_is_the_units(extract_text):
    x = extract_text("Kuanyu Technology Corp said it will inject NT$7.8 billion into its subsidiary Kuanyu Technology "
                     "(Thailand) Co., Ltd. to build a server plant in Prachinburi province, Thailand. The board also approved "
                     "up to US$240 million for Kuanyu Systems USA Inc. to buy and fit out a building in Fort Worth, Texas.")
    assert [i.investor for i in x.investments] == ["Kuanyu Technology (Thailand) Co., Ltd.", "Kuanyu Systems USA Inc"], x.investments


def test_a_tender_won_is_the_buyers_investment(extract_text):
    x = extract_text("Sirmium Systems wins RSD 4.4bn tender for state data centre in Niš\n\nBELGRADE, 18 December 2025 – A "
                     "consortium led by Sirmium Systems d.o.o. has won the tender to build a new state data centre in Niš, the "
                     "Office for IT and eGovernment (ITE) said on Thursday, with a bid of RSD 4.38 billion. ITE has run the "
                     "State Data Centre in Kragujevac since 2020. ITE expects to employ 35 people in Niš.")
    assert {i.investor for i in x.investments} == {"Office for IT and eGovernment"}, x.investments


def test_a_public_body_that_installs_or_buys_a_facility_itself_is_its_investor(extract_text):
    x = extract_text("The University of Latvia will install the country's first AI supercomputer at its campus in Riga, "
                     "with the full cost of €42 million paid from the state budget. The system will be supplied by Kvanta "
                     "Systems and should be running in 2027. Kvanta Systems will begin installing the hardware in the autumn.")
    assert [i.investor for i in x.investments] == ["University of Latvia"], x.investments


def test_a_sentence_opening_on_it_is_about_the_company_the_sentence_before_was_about(extract_text):
    x = extract_text("Vireo Cloud will open a cloud region in Colombia with Conexa Andina S.A.S., pledging 6.8 trillion pesos. "
                     "Conexa Andina, which is "
                     "controlled by Grupo Orquídea, will build and own the buildings. It said it would spend a further "
                     "US$320 million on a 42-megawatt data centre in Tocancipá.")
    assert [(i.investor, i.amount.currency) for i in x.investments] == [("Vireo Cloud", "COP"), ("Conexa Andina S.A.S.", "USD")], x.investments


def test_a_site_on_the_edge_of_a_town_is_in_that_town_and_apart_from_the_companys_older_site(extract_text):
    x = extract_text("Codru Data breaks ground on 420 million lei data centre in Bălți\n\nBĂLȚI, 24 September 2025 – Codru "
                     "Data SRL began construction on Wednesday of a 420 million lei data centre in an industrial park on the "
                     "southern edge of Bălți, in what the government described as the largest private investment in "
                     "Moldova's digital infrastructure.\n\nCodru Data already runs a 1.5 MW data centre in Chișinău's "
                     "Botanica district, which it opened in 2020.")
    assert [(i.place, i.status) for i in x.investments] == [("Bălţi", "UnderConstruction"), ("Botanica district", "Operational")], x.investments


def test_no_plans_to_announce_or_for_another_country_deny_nothing(extract_text):
    x = extract_text("Ooredoo Group plans to spend QR2 billion over the next three years on an AI-ready data centre in Al "
                     "Wakrah, Qatar. Fakhroo said the group was open to all options for the data centre business but had no "
                     "plans to announce.")
    assert [i.status for i in x.investments] == ["Announced"], x.investments
    x = extract_text("Qamar Data Centres will invest 9 billion baht in a 30MW data centre in Chonburi, Thailand. Asked about "
                     "expansion, Al Hammadi said: We have no plans for Saudi Arabia at the moment.")
    assert [i.status for i in x.investments] == ["Announced"], x.investments


def test_a_site_in_service_in_another_part_of_the_same_city_is_an_investment_of_its_own(extract_text):
    x = extract_text("Azerbaijan Data Centres OJSC will invest AZN 430 million in a new 24 MW data centre in Baku's Garadagh "
                     "district. The company already operates a data centre in Baku's Khatai district, which opened in 2021 "
                     "and has 3 MW of capacity.")
    found = {i.place: i for i in x.investments}
    assert set(found) == {"Garadagh district", "Khatai district"}, found
    assert found["Khatai district"].status == "Operational" and found["Khatai district"].capacity_mw == 3
    assert found["Garadagh district"].capacity_mw == 24


def test_a_place_named_as_a_citys_own_is_the_site_whatever_the_citys_length(extract_text):
    x = extract_text("UAE's Khazna commits 6.4 billion dirhams to AI campus in Abu Dhabi\n\nKhazna Data Centers has committed "
                     "6.4 billion dirhams to a 200-megawatt campus in Abu Dhabi's Masdar City, the company said on Thursday.")
    assert [i.place for i in x.investments] == ["Masdar City"], x.investments
    # (…but the town told first is still more specific than the district it lies in.)
    x = extract_text("Kestrel Cloud India Pvt Ltd will invest Rs 4,500 crore in a 60 MW hyperscale campus at Hosur, in Tamil Nadu's "
                     "Krishnagiri district.")
    assert [i.place for i in x.investments] == ["Hosūr"], x.investments  # (as the place index writes it)


def test_a_facility_named_by_its_city_is_the_one_in_a_part_of_that_city(extract_text):
    x = extract_text("Mehran Telecom Limited will invest Rs32 billion in a data centre in Karachi's Korangi Industrial Area. "
                     "It also plans a Rs7 billion site in Lahore's Sundar Industrial Estate, to open in 2027. The Karachi "
                     "facility is expected to create about 300 direct jobs.")
    found = {i.place: i for i in x.investments}
    assert found["Korangi Industrial Area"].jobs == 300 and found["Sundar Industrial Estate"].jobs is None, found


def test_the_contractor_that_builds_a_project_is_not_its_investor(extract_text):
    x = extract_text("The Ministry of Public Administration will spend €18.5 million on a government data centre in "
                     "Tološi, Podgorica. The main contractor in Tološi is the local firm Moračagradnja d.o.o., which won "
                     "the tender in June. Moračagradnja d.o.o. said 60 workers would be on site.")
    assert [i.investor for i in x.investments] == ["Ministry of Public Administration"], x.investments
    x = extract_text("Azerbaijan Data Centres OJSC will build a data centre in Baku for AZN 337 million. Turkish contractor "
                     "Ege İnşaat A.Ş. won the tender for the works. The disaster-recovery site in Yevlakh will cost $55 "
                     "million and have 6 MW.")
    assert {i.investor for i in x.investments} == {"Azerbaijan Data Centres OJSC"}, x.investments


def test_a_site_in_service_keeps_the_town_its_sentence_gives_over_a_country_named_later(extract_text):
    x = extract_text("Algérie Télécom will invest 32 billion dinars in a data centre at Sidi Abdellah, Algiers. \"The data "
                     "centre of Sidi Abdellah will reinforce the capacities of our data centre of Bab Ezzouar, in service since "
                     "2018,\" she declared. The data centres will offer hosting to the banks in Algeria.")
    assert ("Bab Ezzouar", "Operational") in [(i.place, i.status) for i in x.investments], x.investments


def test_a_company_buying_a_minority_stake_in_anothers_projects_is_not_their_investor(extract_text):
    x = extract_text("Abu Dhabi's Sadaf takes 40% of Iveria's Tbilisi data centre\n\nGeorgian firm Iveria Digital JSC has "
                     "signed a deal with Abu Dhabi-based Sadaf Digital Investments, which will acquire a 40% stake in Iveria's "
                     "two flagship builds. Sadaf will fund 40% of the capex in proportion to its stake. Sadaf said it saw "
                     "a market in Georgia, and Sadaf expects more deals. The price was not disclosed.\n\nThe Tbilisi "
                     "facility, in the Gldani district, is budgeted at GEL 435 million.")
    assert [i.investor for i in x.investments] == ["Iveria Digital JSC"], x.investments


def test_each_of_two_sites_in_one_sentence_keeps_the_town_of_its_own_stretch(extract_text):
    x = extract_text("Karri Data Centres Limited will invest A$1.85 billion in a data centre at Kemps Creek, New South Wales. "
                     "Founded in 2014, Karri currently operates SYD1 in Macquarie Park, Sydney (24MW) and MEL1 in Port "
                     "Melbourne (16MW), serving cloud providers across Australia.")
    found = {i.place: i.capacity_mw for i in x.investments}
    assert found.get("Macquarie Park") == 24 and found.get("Port Melbourne") == 16, x.investments


def test_a_financing_facility_is_no_investment(extract_text):
    x = extract_text("Our CFO closed an AED 900 million Islamic financing facility with local banks in July. Qamar Data Centres "
                     "will invest 9 billion baht in a 30MW data centre in Chonburi, Thailand.")
    assert [(i.amount.value, i.amount.currency) for i in x.investments] == [(9000000000, "THB")], x.investments


@pytest.mark.parametrize("told", [
    "Parkland has run a 14-megawatt data centre in Regina since 2023, which is full.",
    "Parkland exploits since 2023 a data center of 14 MW at Regina, whose occupation passed 90%.",
    "Parkland will add 2 MW to its existing 14 MW data centre in Regina.",
    "Besides, a disaster recovery center of 14 megawatt of Parkland is running in Regina since 2023.",
    "The 14 MW data centre of Parkland in Regina was inaugurated in 2023 inside the city's tech park.",
    "Parkland will move customers out of its 14 MW server facility in Regina, which has operated since 2023.",
    "Parkland exploits the small DPC in the city of Regina of 14 megawatts, which was put into operation in 2023.",
    "Parkland also has a site of backup in Regina, put into service in 2023, of a capacity of 14 MW.",
])
def test_a_site_in_service_told_in_other_words_is_an_investment_made(extract_text, told):
    x = extract_text("Parkland Compute Inc. will build a C$3.4-billion, 300 MW data centre near Prince Albert, Saskatchewan. " + told)
    assert ("Regina", "Operational") in [(i.place, i.status) for i in x.investments], x.investments


def test_a_site_in_service_told_with_the_year_it_opened_and_no_size_is_an_investment_made(extract_text):
    x = extract_text("Hanseong Semitech Co. will invest US$140 million in a chip packaging plant at Bole Lemi, Ethiopia. The "
                     "company's main plant in Cheonan, South Korea, which opened in 2008, will remain its largest site.")
    assert ("Cheonan", "Operational") in [(i.place, i.status) for i in x.investments], x.investments


@pytest.mark.parametrize("told,status", [
    ("Construction of Kestrel Data Centres' £300 million data centre in Leeds began in March.", "UnderConstruction"),
    ("Kestrel Data Centres is building a £300 million data centre in Leeds.", "UnderConstruction"),
    ("Kestrel Data Centres opened its £300 million data centre in Leeds on Monday.", "Operational"),
    ("Kestrel Data Centres completed its £300 million data centre in Leeds last month.", "Operational"),
])
def test_the_state_of_a_project_told_in_other_words(extract_text, told, status):
    assert [i.status for i in extract_text("Kestrel news\n\n" + told).investments] == [status]


@pytest.mark.parametrize("told", [
    "Mace Group has been hired to build Kestrel Data Centres' £300 million data centre in Leeds.",
    "Nvidia will supply the chips for Kestrel Data Centres' £300 million AI supercomputer in Leeds.",
    "Microsoft will be the anchor tenant of Kestrel Data Centres' £300 million data centre in Leeds.",
    "Kestrel Data Centres took a £200 million loan from Lloyds Bank to fund its £300 million data centre in Leeds.",
])
def test_a_sum_is_for_the_company_whose_facility_it_is_whoever_builds_supplies_rents_or_lends(extract_text, told):
    x = extract_text("Kestrel news\n\n" + told)
    assert [(i.investor, i.amount.value) for i in x.investments] == [("Kestrel Data Centres", 300000000)], x.investments


@pytest.mark.parametrize("aside", [
    "The company denied reports in local media that it planned to use surplus power for cryptocurrency mining.",
    "Its chief executive said in the filing that the company had no plans to issue new shares.",
    "It has been reported that the company is considering a third plant in Kyushu, but its president denied it.",
    "The chief executive dismissed reports that a US chipmaker would take a stake in the Leeds project.",
    "The company said it had no plans for now to replace the microwave link between Leeds and Bradford.",
])
def test_a_denial_of_something_else_leaves_the_investment_standing(extract_text, aside):
    x = extract_text("Kestrel Data Centres will spend £300 million on a 40 MW data centre in Leeds, England. " + aside)
    assert [i.status for i in x.investments] == ["Announced"], x.investments


def test_no_plans_for_one_thing_but_another_is_a_plan(extract_text):
    x = extract_text("Norvane Computing has no plans for a facility of its own, but will open a support and engineering "
                     "office in Ljubljana with 40 staff next year for €5 million.")
    assert [i.status for i in x.investments] == ["Announced"], x.investments


@pytest.mark.parametrize("told,place", [
    ("Kestrel Data Centres will build a £300 million data centre in the North Yorkshire village of Skelton.", "Skelton"),
    ("Kestrel Data Centres will spend £300 million on a data centre in York. The site, in the suburb of Clifton Moor, will "
     "open in 2027.", "Clifton Moor"),
])
def test_a_village_or_suburb_named_as_one_is_where_the_site_is(extract_text, told, place):
    assert [i.place for i in extract_text("Kestrel news\n\n" + told).investments] == [place]


def test_a_fibre_link_beside_a_data_centre_is_an_investment_of_its_own(extract_text):
    x = extract_text("Altan Nuruu Mining breaks ground on MNT 96 billion data centre at its coal mine in Tsogttsetsii, "
                     "Mongolia. Altan Nuruu will also spend 18.5 billion tugriks on a 230-km fibre-optic link between "
                     "Dalanzadgad and the mine.")
    assert sorted((i.facility, i.amount.value) for i in x.investments) == [("data center", 96000000000), ("network", 18500000000)], x.investments


def test_a_site_moored_off_a_place_is_placed_there_not_in_the_dateline(extract_text):
    x = extract_text("PORT LOUIS, 9 October 2025 – The government has approved a Rs 6.8 billion plan by Lagoon Compute Ltd to "
                     "moor a floating data centre in deep water off Albion, on the west coast of Mauritius. Officials in Port "
                     "Louis said the data centre would open in 2027.")
    assert [i.place for i in x.investments] == ["Albion"], x.investments


def test_a_headlines_leading_place_gives_way_to_the_site_it_names(extract_text):
    x = extract_text("Oran: launching of the works of a data center of 12 billion DA at Hassi Ameur\n\nOran, 16 November 2025 - "
                     "Atlas Cloud Algérie has launched, in the wilaya of Oran, the works of a data center in the industrial "
                     "zone of Hassi Ameur, for a financial envelope of 12 billion dinars.")
    assert [i.place for i in x.investments] == ["Hassi Ameur"], x.investments


def test_an_area_named_as_a_region_is_less_specific_than_its_town(extract_text):
    x = extract_text("Steppe Compute LLP will build a 150 MW data centre for artificial intelligence in Ekibastuz, in the "
                     "Pavlodar region of Kazakhstan, for $600 million. The site in Pavlodar region was chosen for its coal "
                     "power plants.")
    assert [i.place for i in x.investments] == ["Ekibastuz"], x.investments


def test_a_facility_placed_only_by_a_sentence_about_it_is_placed_there_not_in_the_dateline(extract_text):
    x = extract_text("THIMPHU, 4 November 2025 – Bhutan has lifted its moratorium on new data centres for one approved "
                     "project.\n\nThe project belongs to Thunder Dragon Compute Ltd, a Thimphu-based start-up, which will "
                     "invest Nu 9.6 billion in two phases.\n\n\"Every rack in Pasakha will run on clean power,\" said its "
                     "founder. It has letters of intent from start-ups in Singapore.")
    assert [i.place for i in x.investments] == ["Pasakha"], x.investments


def test_a_company_described_by_its_home_is_not_built_there(extract_text):
    x = extract_text("The cable is being built by Tagus Subsea Networks, a Lisbon company controlled by U.S. investors, at a cost "
                     "of about EUR 420 million. It will come ashore at São Torpes beach, south of Sines, Portugal.")
    assert [i.place for i in x.investments] != ["Lisbon"] and len(x.investments) == 1, x.investments


def test_a_denial_of_a_plan_named_elsewhere_leaves_the_project_standing(extract_text):
    x = extract_text("PT Lintas Samudra Data Tbk began construction of a Rp 7,85 trillion data center in Batang, Central Java. "
                     "Asked about the information that the company is negotiating with a global technology company to build "
                     "a third data center in Batam, Riau Islands, Bambang denied it.")
    assert [(i.place, i.status) for i in x.investments] == [("Batang", "UnderConstruction")], x.investments


def test_a_site_named_as_anothers_after_from_is_that_companys(extract_text):
    x = extract_text("DUBLIN, May 2, 2025 - Ardcath Data Centres Ltd will build a EUR 420 million data centre in Batterstown, "
                     "County Meath.\n\nArdcath said the site was chosen for its grid connection.\n\nThe site is about 12km "
                     "from Meta's data centre at Clonee, which has been operating since 2018.")
    assert {(i.investor, i.place) for i in x.investments} == {("Ardcath Data Centres Ltd", "Batterstown"), ("Meta", "Clonee")}


def test_a_headlines_first_company_is_the_partner_the_body_names_beside_the_investor(extract_text):
    x = extract_text("Ethiopia's Sheba Telecom, UAE's Qasr Data to build $140 mln Addis Ababa data centre\n\n"
                     "ADDIS ABABA, Nov 18, 2025 (Horn Wire) - Dubai-based data centre operator Qasr Data Centres LLC will "
                     "invest $140 million in a 25-megawatt data centre in Addis Ababa together with Sheba Telecom Share "
                     "Company, the companies said on Tuesday.")
    assert [(i.investor, i.partners, i.amount.value) for i in x.investments] == \
        [("Qasr Data Centres LLC", ("Sheba Telecom Share Company",), 140000000)], x.investments


def test_two_sites_in_one_sentence_keep_the_place_nearest_each_sum(extract_text):
    x = extract_text("PHOENIX, Sept 9, 2025 - Solvane Semiconductor Corp said on Tuesday it would pause construction of its "
                     "$2.8 billion advanced packaging plant in Casa Grande, Arizona, citing slower orders, while going ahead "
                     "with an $11 billion second phase of its wafer fab in Hutto, Texas.")
    assert sorted((i.place, i.amount.value) for i in x.investments) == [("Casa Grande", 2800000000), ("Hutto", 11000000000)], x.investments


def test_a_facility_named_again_without_a_place_or_sum_is_the_one_told_last(extract_text):
    x = extract_text("PHOENIX, Sept 9, 2025 - Solvane Semiconductor Corp will build a $2.8 billion packaging plant in Casa "
                     "Grande, Arizona. It will also build an $11 billion wafer fab in Hutto, Texas. The new fab will be built "
                     "in two phases and will create about 1,500 jobs.")
    assert {i.place: i.jobs for i in x.investments} == {"Casa Grande": None, "Hutto": 1500}, x.investments


def test_a_facility_with_no_sum_placed_only_in_a_country_is_no_investment(extract_text):
    x = extract_text("SANTIAGO, 3 March 2026 - Pacífico Austral Cable SpA will invest US$ 610 million in a submarine cable "
                     "landing in Valparaíso.\n\nAbout Pacífico Austral Cable SpA\nPacífico Austral Cable SpA is a Chilean "
                     "company created in 2025 to develop, own and operate the first submarine cable system between South "
                     "America and Australia.")
    assert [(i.place, i.amount.value) for i in x.investments] == [("Valparaíso", 610000000)], x.investments


def test_a_facility_named_after_its_town_is_sited_there(extract_text):
    x = extract_text("LAGOS, May 2, 2026 - Okuta Cloud Ltd will invest N185 billion in a data centre in Epe that will open in "
                     "2027, while its N70 billion Abuja campus is due to open in 2029.")
    assert {(i.place, i.amount.value) for i in x.investments} == {("Epe", 185000000000), ("Abuja", 70000000000)}, x.investments


def test_the_largest_owner_of_a_joint_venture_is_the_investor(extract_text):
    x = extract_text("Boğaziçi Holding A.Ş. and Marmara Telekomünikasyon A.Ş. lay foundation of data center in Arnavutköy\n\n"
                     "The foundation of the data center was laid in Arnavutköy. Marmara Telekom already runs a data center in "
                     "Gölbaşı. The project will cost 4,8 milyar lira (about $120 million). Marmara Telekom said the centre "
                     "will open in 2027. Of the investment, 70 percent will be undertaken by Boğaziçi Holding and 30 percent "
                     "by Marmara Telekom.")
    assert x.investments and x.investments[0].investor.startswith("Boğaziçi Holding"), x.investments


def test_a_sum_under_a_heading_that_names_the_site_is_sited_there(extract_text):
    x = extract_text("Karri Data Centres commits A$1.85bn to two new campuses\n\nSYDNEY, 9 February 2026 - Karri Data Centres "
                     "Limited today announced a combined investment of A$1.85bn in two new data centres.\n\n"
                     "SYD3 - Penrith, New South Wales\n\nSYD3 will be built on a 9.4-hectare site. The A$1.2bn facility will "
                     "deliver 96MW of IT capacity.\n\nMEL2 - Geelong, Victoria\n\nConstruction of MEL2 began in 2025. The "
                     "A$650m, 48MW facility will open in 2026.")
    assert {(i.place, i.amount.value) for i in x.investments} == {("Penrith", 1200000000), ("Geelong", 650000000)}, x.investments
    # (…a numbered paragraph's opening with no verb too: "2. RAK-1 (Al Ghail, Ras Al Khaimah) – under construction.")
    x = extract_text("Saqr Data Centres PJSC – Third-quarter 2026 business update\n\nProject update\n\n1. Madinat Zayed campus "
                     "(Al Dhafra Region, Abu Dhabi) – operational. The first 30 MW hall of the AED 1.8 billion campus was energised "
                     "in August 2026.\n\n2. RAK-1 (Al Ghail, Ras Al Khaimah) – under construction. Structural works on the 24 MW "
                     "data centre are 65% complete. The AED 720 million project is being developed with Jebel Capital.")
    assert {(i.place, i.amount.value) for i in x.investments} == {("Madinat Zayed", 1800000000), ("Al Ghail", 720000000)}, x.investments


def test_the_company_after_a_sentence_about_a_companys_project_is_that_company(extract_text):
    x = extract_text("KATHMANDU, 2 June 2025 - Himal Cloud Pvt Ltd will spend NPR 2.4 billion on a "
                     "data centre in Hetauda.\n\nThe headline project is Sagarmatha Data Pvt Ltd's 20MW campus at Banepa. "
                     "The company says it will spend NPR 4.5 billion and open the first phase by the end of 2027.")
    assert {(i.investor, i.amount.value) for i in x.investments} == {
        ("Himal Cloud Pvt Ltd", 2400000000), ("Sagarmatha Data Pvt Ltd", 4500000000)}, x.investments


def test_sites_in_service_named_by_their_codes(extract_text):
    x = extract_text("SYDNEY, 9 February 2026 - Karri Data Centres Limited will invest A$1.2bn in a data centre at Kemps "
                     "Creek.\n\nFounded in 2014, Karri currently operates SYD1 in Chatswood, Sydney (24MW) and MEL1 in Port "
                     "Melbourne (16MW), serving cloud providers across Australia.")
    running = {(i.place, i.capacity_mw) for i in x.investments if i.status == "Operational"}
    assert running == {("Chatswood", 24.0), ("Port Melbourne", 16.0)}, x.investments


def test_the_company_a_park_will_be_developed_by_is_its_investor(extract_text):
    x = extract_text("JAIPUR, 4 March 2025 - The largest park, at Kukas in Jaipur district, will be developed by Kesari Data "
                     "Parks Pvt Ltd, a wholly owned subsidiary of Mumbai-based Kesari Infra Ltd, at a cost of Rs 7,800 crore.")
    assert [i.investor for i in x.investments] == ["Kesari Data Parks Pvt Ltd"], x.investments


def test_the_company_a_project_is_by_is_its_investor_not_a_partner(extract_text):
    x = extract_text("KUALA LUMPUR, 3 June 2025 - Larkspur Data will spend RM1.8 billion on a data centre in Kulai. Larkspur "
                     "Data said work starts in May. The second project is a RM3.2 billion, 64MW campus at Sedenak Tech Park by "
                     "Pulai Digital Infra Sdn Bhd, a joint venture between Seri Pulai Bhd and Hoshizora Energy Corp.")
    assert {i.investor for i in x.investments} == {"Larkspur Data", "Pulai Digital Infra Sdn Bhd"}, x.investments


def test_two_sums_of_one_company_at_one_place_are_two_projects_unless_one_is_the_headlines(extract_text):
    x = extract_text("Cempaka news\n\nJAKARTA, Oct 21, 2025 - PT Cempaka Raya Tbk will spend IDR 5 trillion on a 60MW data "
                     "centre in Nongsa with a partner. Cempaka separately broke ground in August on an 18 MW data centre "
                     "in Nongsa for its group companies, budgeted at Rp 2.4 trillion.")
    assert sorted(i.amount.value for i in x.investments) == [2400000000000, 5000000000000], x.investments
    x = extract_text("Kgotla Data REIT raises R4.2bn in JSE debut to fund Olifantsfontein and Cornubia builds\n\nJOHANNESBURG, "
                     "24 February 2026 — Kgotla Data REIT Ltd, South Africa's first real estate investment trust dedicated to "
                     "data centres, raised R4.2bn in its initial public offering on Tuesday.\n\nMost of the IPO proceeds will go "
                     "into two new sites. A 40MW campus at Olifantsfontein, also in Ekurhuleni, will cost R3.1-billion; "
                     "construction began in October.")
    assert [(i.amount.value, i.place) for i in x.investments] == [(3100000000, "Olifantsfontein")], x.investments


def test_the_company_a_story_says_makes_the_investment_is_its_investor(extract_text):
    x = extract_text("GUADALAJARA, 2 May 2025 - Brazos Microsystems Inc. will invest 1,200 million dollars in a chip "
                     "packaging plant in El Salto, Jalisco. The investment will be made by Brazos Microsystems de México, "
                     "S. de R.L. de C.V., its local subsidiary.")
    assert [i.investor for i in x.investments] == ["Brazos Microsystems de México"], x.investments
    x = extract_text("JAKARTA, Oct 21, 2025 - PT Cempaka Raya Tbk and Kranji Data Centres Pte Ltd unveiled a joint venture "
                     "that will spend IDR 5 trillion on a 60-megawatt data centre in Nongsa. The joint venture, PT Kranji "
                     "Cempaka Digital (KCD), is 51% owned by Cempaka. KCD itself will carry out the investment.")
    assert [i.investor for i in x.investments] == ["PT Kranji Cempaka Digital"], x.investments


def test_sites_in_service_in_a_translations_words(extract_text):
    x = extract_text("MILAN, 3 March 2026 - Aurora Data Center S.r.l. will invest 95 million euros in a data center in "
                     "Cornaredo. Aurora Data Center manages already from 2020 a data center of 18 megawatt in Bergamo, "
                     "near Milan.")
    assert {i.place for i in x.investments if i.status == "Operational"} == {"Bergamo"}, x.investments
    x = extract_text("GUIYANG, 20 May 2025 - Lanjing Cloud will invest 2 billion yuan in a computing center in Anshun. Its "
                     "data center in Gui'an New Area was put into operation in June 2023 and has 12 MW.")
    assert {i.place for i in x.investments if i.status == "Operational"} == {"Gui'an New Area"}, x.investments


def test_a_cable_named_by_its_route_is_a_subsea_cable(extract_text):
    x = extract_text("NICOSIA, 3 June 2026 - Amathus Connect Ltd will invest €210 million in the Cyprus-Greece cable, which "
                     "will land at Pentakomo.")
    assert [i.facility for i in x.investments] == ["subsea cable"], x.investments


def test_a_builder_told_once_is_no_investor_in_the_sentences_that_name_only_it(extract_text):
    x = extract_text("MALABO, 3 March 2026 — Gestor de Infraestructuras de Telecomunicaciones de Guinea Ecuatorial (GITGE) is "
                     "building a national data centre in Malabo. It is being built by China's Sinohai Communications Engineering "
                     "Co., Ltd. at a cost of 21 billion CFA francs and will have 1.5 megawatts of IT capacity. Sinohai is acting "
                     "only as engineering, procurement and construction contractor and will not hold any stake, GITGE said.")
    assert [(i.investor, i.amount and i.amount.value) for i in x.investments] == [("GITGE", 21000000000)], x.investments
    y = extract_text("NOUMÉA, 11 June 2026 — Kanak Digital Networks has approved a data centre in Nouméa and signed a supply "
                     "contract with NEC Corporation for a new submarine cable to Vanuatu. NEC will lay the XPF 4.8bn cable, "
                     "which is due in 2027.")
    assert [i.investor for i in y.investments] == ["Kanak Digital Networks"], y.investments


def test_the_project_after_another_companys_news_is_the_project_that_company_was_just_said_to_have(extract_text):
    x = extract_text("DAMASCUS — Barada Telecom will build a $68 million data centre in Kafr Sousa with Al Dhafra Digital Capital. "
                     "Al Dhafra Digital Capital will invest $30 million in a data centre in Homs.\n\n"
                     "Barada Telecom also said it had put its Aleppo plans on hold. The project, announced in 2024 with a budget "
                     "of SYP 95 billion, had been due to open next year.")
    told = {i.investor for i in x.investments if any("SYP" in e for e in i.evidence)}
    assert told == {"Barada Telecom"}, x.investments


def test_a_sentence_that_names_no_site_after_one_about_two_is_about_both(extract_text):
    x = extract_text("LIMASSOL, 3 June 2025 — Kypros Telecom will spend €28 million on a cable landing station at Yeroskipou. "
                     "Hellenic Subsea Networks will invest €40 million in a landing at Tympaki in Crete. The Kinyras cable will "
                     "link Yeroskipou and Tympaki. Marine surveys will start in November and the system is expected to be ready "
                     "for service in the first half of 2027.")
    assert {(i.investor, i.operational and i.operational.value) for i in x.investments} == {
        ("Kypros Telecom", "2027"), ("Hellenic Subsea Networks", "2027")}, x.investments


def test_a_sentence_about_both_sites_is_about_the_last_two_told(extract_text):
    x = extract_text("JOHANNESBURG, 24 February 2026 — Umoya Data Holdings said it would invest R7 billion in two new facilities. "
                     "The bigger, JNB3, is a R4.2 billion data centre in Isando. The second, CPT2, will cost R2.8bn and add 20MW "
                     "in Atlantis, north of Cape Town. Both are scheduled for first customer handover in the second half of 2027. "
                     "Separately, Helix Cloud will invest R9.5 billion in a cloud region in Johannesburg.")
    assert {(i.amount.value, i.operational and i.operational.value) for i in x.investments} == {
        (4200000000, "2027"), (2800000000, "2027"), (9500000000, None)}, x.investments


def test_a_city_a_new_site_is_placed_from_is_not_a_sign_of_the_running_site_in_that_city(extract_text):
    x = extract_text("DHAKA, Aug 4, 2026 - Padma Cloud Ltd will build a Tk 1,250 crore data centre at the Kaliakair hi-tech park "
                     "in Gazipur, the company said. The 20-megawatt facility will be built on land about 40 km north of Dhaka. "
                     "Construction will start in October and the first phase is due to open by June 2028. The facility will "
                     "create about 400 permanent jobs. Padma Cloud already runs a 3-megawatt data centre in Tejgaon, Dhaka, "
                     "which opened in 2021.")
    new = only([i for i in x.investments if i.amount])
    assert (new.operational and new.operational.value, new.jobs) == ("2028-06", 400), x.investments


def test_an_inauguration_planned_for_a_date_is_the_opening(extract_text):
    x = extract_text("SANTO DOMINGO — Caribe Nube S.R.L. will invest US$45 million in a data center in Bajos de Haina. According "
                     "to its president, the works will start in March and the inauguration is foreseen for the second semester "
                     "of 2027.")
    assert [i.operational and i.operational.value for i in x.investments] == ["2027"], x.investments


def test_a_district_after_its_citys_possessive_is_the_site_even_after_a_dateline_naming_the_city(extract_text):
    # (…and so a partner's stake "earmarked for the Embakasi project" is a share in it, not a site of its own.)
    x = extract_text("Tsavo Digital lands FMO as shareholder for KSh 12 bln Nairobi data centre\n\n"
                     "NAIROBI, Sept 16, 2025 - Kenyan data centre operator Tsavo Digital Infrastructure Ltd said it would build a "
                     "20-megawatt facility in Nairobi's Embakasi area at a cost of KSh 12 billion. FMO will invest $28 million "
                     "for a 30% stake, with the proceeds earmarked for the Embakasi project.")
    assert [(i.investor, i.place) for i in x.investments] == [("Tsavo Digital Infrastructure Ltd", "Embakasi")], x.investments


def test_money_for_a_percentage_holding_is_a_partners_share(extract_text):
    x = extract_text("Tsavo Digital Infrastructure Ltd will build a 20-megawatt data centre in Embakasi at a cost of KSh 12 billion. "
                     "FMO, the Dutch development bank, will invest $28 million in new shares for a 30% holding, with the proceeds "
                     "earmarked for the Embakasi project.")
    assert [(i.investor, i.partners) for i in x.investments] == [("Tsavo Digital Infrastructure Ltd", ("FMO",))], x.investments


def test_a_bank_that_approved_a_financing_is_a_lender_not_an_investor(extract_text):
    x = extract_text("FORTALEZA — Atlântica Conecta S.A. will invest R$ 2,4 bilhões in a submarine cable landing at Praia do "
                     "Futuro, in Fortaleza. Part of the resources will come from the Banco do Nordeste do Brasil (BNB), which "
                     "approved a financing of R$ 950 million for the cable.")
    assert [i.investor for i in x.investments] == ["Atlântica Conecta S.A."], x.investments


def test_a_bank_whose_loan_finances_the_balance_is_a_lender(extract_text):
    x = extract_text("LOMÉ — Société de Patrimoine Numérique du Togo will build a cable landing station in Baguida with Aquilon "
                     "Subsea SAS. SPNT will hold 60 % of the capital of the station and Aquilon Subsea the other 40 %. The two "
                     "partners will bring their contributions in own funds and the balance will be financed by a loan of the "
                     "West African Development Bank (BOAD) of 14 billion FCFA.")
    assert "West African Development Bank" not in {i.investor for i in x.investments}, x.investments


def test_a_supplier_of_equipment_is_no_investor(extract_text):
    x = extract_text("Failaka Fibre W.L.L. is rolling out fibre-to-the-home across Al-Mutlaa City. The network has a total budget "
                     "of KWD 12 million. Nokia supplies the optical equipment.\n\nWafra — KD 0.3 mln. Design work on the planned "
                     "60 MW data centre in Wafra, budgeted at KD 55 mln, has been paused.")
    assert "Nokia" not in {i.investor for i in x.investments}, x.investments
    # …but one that also takes a stake is a partner in the project, its sum a share of it.
    y = extract_text('Zafran AI and Corlex Semiconductor to build "Zafran Horizon", a 96MW AI supercomputer in Abu Dhabi\n\n'
                     'PRESS RELEASE\n\nAbu Dhabi, United Arab Emirates – 3 March 2026 – Zafran AI Holding PJSC ("Zafran '
                     'AI"), the Abu Dhabi artificial intelligence company majority-owned by Ghaf Sovereign Investments, '
                     'today announced that it will build Zafran Horizon, a new AI supercomputer in the Mussafah industrial'
                     ' district of Abu Dhabi, in partnership with US chip designer Corlex Semiconductor Inc.\n\nZafran AI '
                     'will invest AED 4.4 billion (approximately US$1.2 billion) in the system and the purpose-built '
                     'facility that will house it. Corlex will supply the accelerators and networking and will contribute '
                     'USD 200 million in return for a minority stake in the project company that will own Zafran Horizon. '
                     'Construction is being carried out by Al Waha Contracting LLC and the system is scheduled to enter '
                     'service in Q4 2026.')
    assert [(i.investor, i.amount.value) for i in y.investments] == [("Zafran AI Holding", Decimal("4400000000"))], y.investments


def test_a_head_office_or_a_town_office_is_no_facility(extract_text):
    x = extract_text("It became clear on the 7th that Hokusetsu Data Co., Ltd. (head office: Osaka City Kita Ward), which develops "
                     "the data center business in the Kansai area, will construct the large-scale data center in the Saito area "
                     "of Ibaraki City. The total investment amount is 30 billion yen. The construction is contracted to Daishin Construction "
                     "(head office: Tokyo). Ibaraki city mayor Tanaka Mikio of the Ibaraki City Office said the city will cooperate.")
    assert [(i.investor, i.facility) for i in x.investments] == [("Hokusetsu Data Co., Ltd", "data center")], x.investments


def test_a_sentence_naming_a_sites_code_is_about_that_site(extract_text):
    x = extract_text("MARSEILLE — Azurion Data Centres SAS will invest €185 million in MRS-03, a data centre in Gémenos. "
                     "Separately, Levantis Telecom will spend about €60 million on a cable landing at Carry-le-Rouet.\n\n"
                     "Works will be carried out by Eiffage Construction. Once both phases are complete, MRS-03 will create about "
                     "45 permanent jobs.")
    assert {(i.investor, i.jobs) for i in x.investments} == {("Azurion Data Centres SAS", 45), ("Levantis Telecom", None)}, x.investments


def test_an_organisation_named_in_the_dateline_is_where_the_story_was_filed_not_its_investor(extract_text):
    x = extract_text("Raqmi Compute launches 1 GW AI data centre in Oxagon\n\nPRESS RELEASE\n\nOXAGON, NEOM, Saudi Arabia – 10 "
                     "February 2026 – Raqmi Compute Company (\"Raqmi\"), a Saudi developer of AI infrastructure, today announced the "
                     "launch of a 1 GW data centre in Oxagon, NEOM's industrial and port city on the Red Sea.\n\nThe data centre "
                     "will be developed in phases with a total investment of SAR 26.25 billion (USD 7 billion).")
    assert [(i.investor, i.amount.value) for i in x.investments] == [("Raqmi Compute", 26250000000)], x.investments


def test_a_bank_that_provides_the_credit_is_a_lender(extract_text):
    x = extract_text("ISTANBUL — Marmara Cloud Informatics Inc. will invest 4.2 billion lira in a data center in Gebze, the company "
                     "said. Anatolia Investment and Development Bank will provide the 60 million dollar credit with 7 year "
                     "maturity for the project.")
    assert [i.investor for i in x.investments] == ["Marmara Cloud Informatics Inc"], x.investments


def test_a_sentence_naming_another_kind_of_facility_inside_a_paragraph_about_one_stays_with_it(extract_text):
    x = extract_text("Altan Nuruu builds a data centre at its mine\n\nULAANBAATAR, June 4, 2025 – Altan Nuruu Mining LLC has started "
                     "building a MNT 96 billion data centre at its Ulaan Khad mine in Tsogttsetsii. \"We cannot depend on a fibre "
                     "line of 600 kilometres to Ulaanbaatar,\" the company's CEO said. About 120 workers will be employed during "
                     "construction, and the site will have 35 permanent IT staff once it is running.\n\nAltan Nuruu will also "
                     "spend 18.5 billion tugriks on a 230-km fibre-optic link between Dalanzadgad and the mine.")
    assert {(i.facility, i.jobs) for i in x.investments} == {("data center", 35), ("network", None)}, x.investments


def test_a_facility_that_will_enter_commercial_service_opens_then(extract_text):
    for said in ("The system is scheduled to enter commercial service in the first quarter of 2027, the company said.",
                 "The company plans the facility to enter to service in the first half of 2027.",
                 "The consortium is targeting RFS in the first half of 2027.",
                 "The first phase is targeted to start commercial operation in the second half of 2027.",
                 "The first 50MW building is targeted for late 2027.",
                 "The first stage with capacity 24 MW targeted to start operate in the third quarter of 2027."):
        x = extract_text(f"Acme Data Ltd will invest $200 million in a data centre in Lagos, Nigeria, the company said on 3 March "
                         f"2025. {said}")
        assert [i.operational.value if i.operational else None for i in x.investments] == ["2027"], (said, x.investments)


def test_a_system_that_entered_service_opened_then(extract_text):
    x = extract_text("ABU DHABI, 10 February 2026 – Qamar AI Technologies LLC today announced the launch of Sahaab, an AED 2.2 "
                     "billion AI supercomputer in Masdar City. The system entered commercial service in December 2025.")
    assert [i.operational.value if i.operational else None for i in x.investments] == ["2025-12"], x.investments


def test_colocation_sites_in_the_plural_are_data_centres(extract_text):
    x = extract_text("AARHUS — Nordvejr Digital A/S will spend DKK 900m on two new colocation sites in Aarhus, the company said.")
    assert [i.facility for i in x.investments] == ["data center"], x.investments


def test_a_stock_exchange_a_company_reports_to_is_no_investor(extract_text):
    for exchange in ("Bolsa Mexicana de Valores", "Chittagong Stock Exchange"):
        x = extract_text(f"MEXICO CITY, July 28, 2026 — Grupo Altiplano Datos raised its capital expenditure guidance on Monday. In "
                         f"its quarterly report to the {exchange}, the company said about 7,200 millones de pesos would go to its "
                         f"84 MW campus in Colón, Querétaro.")
        assert [i.investor for i in x.investments] == ["Grupo Altiplano Datos"], (exchange, x.investments)


def test_a_chamber_of_commerce_or_foundation_in_another_language_is_no_investor(extract_text):
    for body in ("Cámara de Comercio de Guayaquil", "Fundación Pacífico Digital"):
        x = extract_text(f"GUAYAQUIL — The forum was organised by the {body}. Andina Fibra runs a data centre in Quito, "
                         f"which opened in 2019 with 2 MW.")
        assert body not in {i.investor for i in x.investments}, (body, x.investments)


def test_a_facility_talked_of_by_a_word_for_one_is_the_one_just_told_not_another_named_further_on(extract_text):
    x = extract_text("MOMBASA, Kenya — The $480 million Jahazi subsea cable went live in Mombasa on Monday, Nyota Telecom said.\n\n"
                     "The 8,100-kilometre cable lands at a new station in Shanzu, runs to Jeddah in Saudi Arabia and entered "
                     "service in December 2025.\n\n"
                     "Nyota is also building a KSh 4.2 billion data centre next to the Shanzu landing station. The 6-megawatt "
                     "facility will host cloud providers that want their servers close to the cable, and is expected to open in "
                     "2027, creating about 60 jobs.")
    got = {i.facility: (i.operational.value if i.operational else None, i.jobs) for i in x.investments}
    assert got == {"subsea cable": ("2025-12", None), "data center": ("2027", 60)}, x.investments


def test_a_data_centre_operator_or_market_is_no_data_centre():
    text = "The data center business operator, Hoshizora, and other data centre operators grew with the data center market."
    assert facility_mentions(text) == []
    assert [label for *_, label in facility_mentions("Data centre operators build data centres.")] == ["data center"]


def test_a_length_is_no_cables_name():
    assert [label for *_, label in facility_mentions("The 8,100-kilometre cable lands in Shanzu.")] == ["subsea cable"]
    text = "The 8,100-kilometre cable and the 2Africa cable."
    assert [text[s:e] for s, e, _ in facility_mentions(text)] == ["cable", "2Africa cable"]


def test_projects_a_unit_is_said_to_own_are_the_units(extract_text):
    x = extract_text("TORONTO - Tamarack Digital Infrastructure Inc. said it would press ahead with a C$640 million data centre in "
                     "Beauharnois, Quebec.\n\nBoth projects are owned and being built by Tamarack Data Centres LP (TDC), the wholly "
                     "owned subsidiary that holds the group's hosting assets.\n\nThe Olds project, a C$310 million data centre in "
                     "Olds, Alberta, is paused.")
    assert {i.investor for i in x.investments} == {"Tamarack Data Centres LP"}, x.investments
    assert len(x.investments) == 2, x.investments


def test_the_subsidiary_a_sentence_opens_on_is_the_unit_of_the_last_investor(extract_text):
    x = extract_text("Japanese chipmaker Sakuragawa Semiconductor Co., Ltd. will expand in Austria.\n\nSakuragawa announced in Kyoto "
                     "that it would invest ¥52 billion in a new production building at its plant in Kapfenberg, which is operated "
                     "by its Austrian subsidiary Sakuragawa Semiconductor Austria GmbH.\n\nThe Austrian subsidiary has put on hold the planned €40 million expansion of its "
                     "test centre in Leoben.")
    got = {(i.investor, i.amount.currency) for i in x.investments}
    assert got == {("Sakuragawa Semiconductor Co., Ltd", "JPY"), ("Sakuragawa Semiconductor Austria GmbH", "EUR")}, x.investments


def test_a_legal_forms_full_stop_does_not_end_the_sentence_that_names_the_parent(extract_text):
    x = extract_text("Sakuragawa Semiconductor Co., Ltd. announced that it would invest ¥52 billion in a production building in "
                     "Kapfenberg, Austria, which is operated by its subsidiary Sakuragawa Semiconductor Austria GmbH.\n\nThe "
                     "Austrian subsidiary has put on hold the planned €40 million expansion of its test centre in Leoben.")
    assert ("Sakuragawa Semiconductor Austria GmbH", "EUR") in {(i.investor, i.amount.currency) for i in x.investments}, x.investments


def test_a_sentence_opening_on_a_kind_of_facility_places_that_facility(extract_text):
    x = extract_text("MOMBASA - The $480 million Jahazi subsea cable of Nyota Telecom went live in Mombasa on Monday.\n\n"
                     "The 8,100-kilometre cable lands at a new station in Shanzu, on the north coast, and runs to Jeddah.\n\n"
                     "Nyota is also building a KSh 4.2 billion data centre next to the Shanzu landing station.")
    assert {(i.facility, i.place) for i in x.investments} == {("subsea cable", "Shanzu"), ("data center", "Shanzu")}, x.investments


def test_a_project_led_by_a_company_is_its_though_another_holds_a_stake(extract_text):
    x = extract_text("NAIROBI - Savanna Compute will spend KSh 12.9 billion on a data centre at Tatu City. It already runs a "
                     "4 MW data centre in Nairobi's Upper Hill district, opened in 2019.\n\nSeparately, the Mnazi subsea cable "
                     "will land at Nyali.\n\nThe $340 million project is led by Nairobi-based Pwani Digital Infrastructure Ltd, "
                     "with Muscat-based Dhofar Telecom Holdings holding a 35% stake.")
    assert ("Pwani Digital Infrastructure Ltd", "USD") in {(i.investor, i.amount and i.amount.currency) for i in x.investments}, x.investments


def test_the_company_a_clause_says_pays_for_or_builds_the_facility_is_its_investor(extract_text):
    x = extract_text("ABEOKUTA - Yewa Digital will build a ₦95bn data centre at Kobape in Ogun State. Yewa Digital said the site "
                     "would open in 2028, and Yewa Digital expects 300 jobs.\n\nIn Lagos, Kuramo Subsea "
                     "Limited said its new Atlantic cable had come ashore at Lekki.\n\nThe US$180 million system, which Kuramo Subsea "
                     "is financing and will own, will run about 6,800km to Dakar.\n\nPower for the data centre will come from a new "
                     "substation that Ikeja Electric is building next to the site.")
    got = {(i.investor, i.amount and i.amount.currency) for i in x.investments}
    assert ("Kuramo Subsea Limited", "USD") in got and not any(inv == "Ikeja Electric" for inv, _ in got), x.investments


def test_a_developer_named_only_as_such_is_the_next_sentences_subject(extract_text):
    x = extract_text("Clonee data centre plan is dead\n\nMeta has run a campus at Clonee since 2018, and Meta employs 400 people "
                     "there.\n\nThe €650 million data centre proposed for farmland at Clonee, Co Meath, will not go ahead, its developer "
                     "has confirmed, after the appeal board overturned the permission granted by Meath County Council.\n\nBoyne Valley "
                     "Data Ltd said on Monday it would not seek a judicial review.")
    assert ("Boyne Valley Data Ltd", "EUR") in {(i.investor, i.amount and i.amount.currency) for i in x.investments}, x.investments


def test_the_company_a_clause_on_the_site_says_plans_it_is_its_investor(extract_text):
    x = extract_text("Meta has run a campus at Clonee since 2018, and Meta employs 400 people there.\n\nCork County Council granted "
                     "permission for a €280 million, 30MW data centre at Ringaskiddy, in Cork Harbour, Co Cork, where Lee Harbour "
                     "Digital Ltd plans to use power from an offshore wind connection.")
    assert ("Lee Harbour Digital Ltd", "EUR") in {(i.investor, i.amount and i.amount.currency) for i in x.investments}, x.investments


def test_a_sum_given_as_a_facilitys_cost_is_that_facilitys(extract_text):
    x = extract_text("Dakhla: a green data center of 4,5 billion dirhams and a submarine cable to link the South to the Atlantic\n\n"
                     "The company Sahara Green Data (SGD) signed on Tuesday in Dakhla an investment agreement of 4,5 billion "
                     "dirhams for the data center. SGD will also build the cable.")
    assert [(i.facility, i.amount.currency) for i in x.investments if i.amount] == [("data center", "MAD")], x.investments


def test_its_sum_is_the_company_the_sentence_before_is_about(extract_text):
    x = extract_text("WA business wrap\n\nTop End Subsea is raising money for a cable to Darwin, and Top End Subsea has hired NEC.\n\n"
                     "Swan Coastal Data Pty Ltd, a Perth company, today received final approval for a data centre in Malaga. It's "
                     "putting A$480 million into the project.")
    assert ("Swan Coastal Data Pty", "AUD") in {(i.investor, i.amount and i.amount.currency) for i in x.investments}, x.investments


def test_the_plot_a_report_stands_on_places_the_facility(extract_text):
    x = extract_text("Data centre sod cut in Tema\n\nHOST (Abena Owusu): Today in Tema the sod was cut for a GH¢2.4 billion data centre by "
                     "Adinkra Data Systems Limited.\n\nREPORTER (Kojo Amponsah): Yes, I'm standing on a cleared plot in the Tema Heavy "
                     "Industrial Area, not far from the harbour.")
    assert [i.place for i in x.investments] == ["Tema Heavy Industrial Area"], x.investments


def test_the_sentence_leading_up_to_the_sum_places_the_facility(extract_text):
    # The company's second data centre: the sentence naming its site stands before the one with
    # its sum and names no investment of its own, as the company's first site is in service.
    x = extract_text("Why Fjällhall Compute chose Sollefteå\n\nFjällhall Compute's second data centre will be built in Sollefteå, "
                     "on the site of a former sawmill. Fjällhall will invest SEK 2.1 billion in a 30 MW facility.\n\n"
                     "Its first site in Örnsköldsvik went live in March 2023 with 12 MW, and it is now sold out.")
    assert ("SEK", "Sollefteå") in {(i.amount and i.amount.currency, i.place) for i in x.investments}, x.investments


def test_the_outlet_that_asks_or_broadcasts_is_never_the_investor(extract_text):
    x = extract_text("\"Energy is the bottleneck\": Manacá CEO on Hortolândia\n\nRevista Infra Digital | Interview | March 10, 2026\n\n"
                     "Manacá Data Centers S.A. is building a campus in Hortolândia.\n\n"
                     "Revista Infra Digital: Let's start with Hortolândia. What exactly are you building?\n\n"
                     "Renata Sousa: A campus of four buildings, 96 MW in total. The total investment is 2,7 bilhões de reais.")
    assert [i.investor for i in x.investments] == ["Manacá Data Centers S.A."], x.investments
    y = extract_text("The Business Hour: a new cable for Little Island\n\nCORK HARBOUR RADIO — THE BUSINESS HOUR\n\n"
                     "NIAMH COTTER: You're listening to The Business Hour on Cork Harbour Radio. Caladh Subsea will spend "
                     "€180 million on a cable landing at Little Island, Cork.")
    radio = next(e for e in y.entities if "Radio" in e.name or "RADIO" in e.name)
    assert radio.name == "Cork Harbour Radio" and radio.subtype == "Media", radio
    assert "Cork Harbour Radio" not in {i.investor for i in y.investments}, y.investments


def test_an_osat_plant_is_a_chip_plant(extract_text):
    x = extract_text("Tamarai Semiconductor Pvt Ltd said it would invest $650 million in an outsourced semiconductor assembly and "
                     "test (OSAT) plant at Sriperumbudur, about 40 km west of Chennai. Kinta Microsystems will add a $90 million "
                     "OSAT unit in Penang.")
    assert [i.facility for i in x.investments] == ["semiconductor fab", "semiconductor fab"], x.investments


def test_the_year_building_starts_is_not_the_year_the_site_opens(extract_text):
    def opens(text):
        return [i.operational and i.operational.value for i in extract_text(text).investments]

    assert opens("Kallrö Compute will invest SEK 9 billion in a data centre campus at Birsta in Sundsvall. Construction of the "
                 "first phase, with 120 MW of capacity, will start in the spring of 2027, and the first hall is expected to be "
                 "ready for customers by the end of 2028.") == ["2028"]
    assert opens("Tōtara Compute will invest NZ$450 million in a data centre at Makarewa near Invercargill. The lease lapses "
                 "if construction has not started by the end of 2027. Its chief executive said the first stage could be "
                 "running \"by the middle of 2029\".") == ["2029"]
    # …but a site that starts operating is opening, whatever the sentence calls the building.
    assert opens("Altiplano Datos S.A. will invest $400 million in a data centre in Colón, Querétaro. The first 30 MW building is due "
                 "to start operating in the first quarter of 2027.") == ["2027"]


def test_the_whole_site_s_capacity_is_stated_before_a_phase_s(extract_text):
    x = extract_text("Tebrau Hyperscale Sdn Bhd says foundations are complete at its 96MW development in Sedenak Tech Park, "
                     "Johor. The company puts the cost at RM4.2 billion across three buildings of 32MW each.")
    assert [i.capacity_mw for i in x.investments] == [96], x.investments
    x = extract_text("Vestkyst Datacenter will invest DKK 6 billion in a data centre at Idomlund, Denmark. The first 20 MW "
                     "hall is due to open in 2027, and the full 60 MW campus two years later.")
    assert [i.capacity_mw for i in x.investments] == [60], x.investments


def test_a_list_item_opening_on_its_place_and_a_dash_gives_that_sites_sum(extract_text):
    x = extract_text("Red Clay Digital Infrastructure Inc. broke out development spending by data center in its shareholder "
                     "letter.\n\nRome, Floyd County (ROM1) — $410 mln, complete. The 36 MW building entered service in August "
                     "2026.\n\nLithia Springs, Douglas County (ATL2-B) — $265 mln. A 24 MW extension to the existing ATL2 "
                     "data center is under construction.")
    assert sorted(i.amount.value for i in x.investments) == [Decimal("265000000"), Decimal("410000000")], x.investments
    # (…not a dateline's dash, which the story follows)
    y = extract_text("ATLANTA, Nov. 5, 2026 — Revenue rose 21% to $318.4 mln. Red Clay ended the quarter with 214 MW of "
                     "operating capacity.")
    assert not y.investments, y.investments


def test_an_answer_to_a_question_about_the_interviewees_own_doings_is_their_companys(extract_text):
    x = extract_text("Q&A: Khangai Compute's Oyungerel Batbayar on Nalaikh\n\nKhangai Compute LLC is building a 30 MW data "
                     "centre in Nalaikh for $120 million. Khangai Compute expects to open it in 2027.\n\nSTM: Tell us about the fibre project with Gobi Link.\n\n"
                     "Oyungerel: Gobi Link LLC is building a cross-border fibre link from Zamyn-Üüd. The total cost is $64 "
                     "million.\n\nSTM: You also announced a site in Erdenet two years ago. What happened?\n\nOyungerel: That "
                     "was a 5 MW edge data centre for the mining companies, about 40 billion tögrög. We have stopped it for now.")
    found = {(i.investor, i.amount.value if i.amount else None) for i in x.investments}
    assert ("Khangai Compute LLC", Decimal("40000000000")) in found, x.investments
    assert ("Gobi Link LLC", Decimal("64000000")) in found, x.investments


def test_a_chip_production_line_is_a_fab(extract_text):
    x = extract_text("Taesan Electronics decided to input 21 trillion won for the construction of the new semiconductor "
                     "production line in Pyeongtaek, Gyeonggi-do.")
    assert [i.facility for i in x.investments] == ["semiconductor fab"], x.investments


def test_a_sum_another_gave_towards_a_project_is_no_investment_of_the_giver(extract_text):
    x = extract_text("Sørlys Compute is building an AI supercomputer at Sørlandsparken for NOK 2.1 billion.\n\nQ: How dense is it?"
                     "\n\nTønnessen: Up to 130 kilowatts per rack, all liquid-cooled. The heat goes to a land-based fish farm being "
                     "planned next to us. Enova gave us NOK 38 million towards the heat exchangers and the pipeline, which made that "
                     "part of the project possible.")
    assert "Enova" not in {i.investor for i in x.investments}, x.investments


def test_a_network_by_a_company_named_after_it_is_that_companys(extract_text):
    x = extract_text("The Council for the Development of Cambodia has approved a data centre near Sihanoukville proposed by Yunhai "
                     "Digital Technology Group, for 820 billion riels. Yunhai Digital Technology Group chairman Zhao Minghui "
                     "welcomed it. At the same meeting, the council also approved a KHR 96 billion fibre-optic network in Siem "
                     "Reap province by Angkor Fibre Co., Ltd., a local internet provider.")
    network = next(i for i in x.investments if i.facility == "network")
    assert network.investor == "Angkor Fibre Co., Ltd", x.investments


def test_an_exchange_a_filing_is_made_to_is_no_investor(extract_text):
    x = extract_text("Kaiyuan Advanced Packaging Co. has become a quiet winner of the AI boom. The company, which is listed on "
                     "the Taipei Exchange and tests processors for foundries, broke ground in March on a NT$48 billion "
                     "packaging plant in Taibao, Chiayi County.")
    assert [i.investor for i in x.investments] == ["Kaiyuan Advanced Packaging Co"], x.investments
