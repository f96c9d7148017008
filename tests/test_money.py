from decimal import Decimal

import pytest

from extract import money
from extract.records import Money

CASES = [
    ("about 420 million euros", Money(Decimal(420000000), "EUR", qualifier="about")),
    ("€420m", Money(Decimal(420000000), "EUR")),
    ("€ 1.2bn", Money(Decimal(1200000000), "EUR")),
    ("EUR 420 million", Money(Decimal(420000000), "EUR")),
    ("420 million EUR", Money(Decimal(420000000), "EUR")),
    ("$10 billion", Money(Decimal(10000000000), "USD")),
    ("US$1.5 billion", Money(Decimal(1500000000), "USD")),
    ("USD 2bn", Money(Decimal(2000000000), "USD")),
    ("two billion dollars", Money(Decimal(2000000000), "USD")),
    ("a billion dollars", Money(Decimal(1000000000), "USD")),
    ("twenty-five million dollars", Money(Decimal(25000000), "USD")),
    ("£500m", Money(Decimal(500000000), "GBP")),
    ("120 Mio. Euro", Money(Decimal(120000000), "EUR")),
    ("1,1 Mrd. Euro", Money(Decimal(1100000000), "EUR")),
    ("up to £500m", Money(Decimal(500000000), "GBP", qualifier="up to")),
    ("more than £1 billion", Money(Decimal(1000000000), "GBP", qualifier="more than")),
    ("300 million pounds", Money(Decimal(300000000), "GBP")),
    ("¥1 trillion", Money(Decimal(1000000000000), "JPY")),
    # Chinese and Japanese units left in a translation: 億 is a hundred million, 万 ten thousand.
    ("NT$1,450 億元", Money(Decimal(145000000000), "TWD")),
    ("850億円", Money(Decimal(85000000000), "JPY")),
    ("around 3 800 millioner kroner", Money(Decimal(3800000000), "NOK", qualifier="about")),
    ("1,2 milliarder kroner", Money(Decimal(1200000000), "NOK")),
    ("cost 3,1 mia. kr. and is leased", Money(Decimal(3100000000), "SEK")),  # (DKK in a story about Denmark, below)
    ("three hundred and fifty million dollars", Money(Decimal(350000000), "USD")),
    ("up to seven and a half billion dollars", Money(Decimal(7500000000), "USD", qualifier="up to")),
    ("one-hundred-and-twenty-million dollars", Money(Decimal(120000000), "USD")),
    ("320 milioni di euro", Money(Decimal(320000000), "EUR")),
    ("rund 620 Millionen Euro", Money(Decimal(620000000), "EUR")),
    ("3.2 trillion soums", Money(Decimal(3200000000000), "UZS")),
    ("฿18 billion", Money(Decimal(18000000000), "THB")),
    ("120 亿元", Money(Decimal(12000000000), "CNY")),
    ("3,000万円", Money(Decimal(30000000), "JPY")),
    ("500 billion yen", Money(Decimal(500000000000), "JPY")),
    ("10 billion yuan", Money(Decimal(10000000000), "CNY")),
    ("RMB 3 billion", Money(Decimal(3000000000), "CNY")),
    ("₹5,000 crore", Money(Decimal(50000000000), "INR")),
    ("Rs 1,200 crore", Money(Decimal(12000000000), "INR")),
    ("Rs 50 lakh", Money(Decimal(5000000), "INR")),
    ("1.2 lakh crore rupees", Money(Decimal(1200000000000), "INR")),
    ("5 trillion won", Money(Decimal(5000000000000), "KRW")),
    # A Korean or Japanese sum translated unit by unit: 2조 4천억 원.
    ("a total of 2 trillion 400 billion won", Money(Decimal(2400000000000), "KRW")),
    ("about 1 billion 200 million yen", Money(Decimal(1200000000), "JPY", qualifier="about")),
    ("₩2.3 trillion", Money(Decimal(2300000000000), "KRW")),
    ("20 billion kronor", Money(Decimal(20000000000), "SEK")),
    ("3 billion Norwegian kroner", Money(Decimal(3000000000), "NOK")),
    ("DKK 8bn", Money(Decimal(8000000000), "DKK")),
    ("R2.5 billion", Money(Decimal(2500000000), "ZAR")),
    ("5 billion rand", Money(Decimal(5000000000), "ZAR")),
    ("₦180bn", Money(Decimal(180000000000), "NGN")),
    ("R$ 3 billion", Money(Decimal(3000000000), "BRL")),
    ("2 billion reais", Money(Decimal(2000000000), "BRL")),
    ("SAR 5bn", Money(Decimal(5000000000), "SAR")),
    ("10 billion riyals", Money(Decimal(10000000000), "SAR")),
    ("AED 1 billion", Money(Decimal(1000000000), "AED")),
    ("4 billion dirhams", Money(Decimal(4000000000), "AED")),
    ("QAR 1.2 billion", Money(Decimal(1200000000), "QAR")),
    ("RM3.7 billion", Money(Decimal(3700000000), "MYR")),
    ("S$800 million", Money(Decimal(800000000), "SGD")),
    ("NT$300 billion", Money(Decimal(300000000000), "TWD")),
    ("A$70 million", Money(Decimal(70000000), "AUD")),
    ("C$2 billion", Money(Decimal(2000000000), "CAD")),
    ("CHF 500 million", Money(Decimal(500000000), "CHF")),
    ("MXN 4,500mn", Money(Decimal(4500000000), "MXN")),
    ("Rp 2 trillion", Money(Decimal(2000000000000), "IDR")),
    ("1,000 billion dong", Money(Decimal(1000000000000), "VND")),
    ("$500k", Money(Decimal(500000), "USD")),
    ("$5,000", Money(Decimal(5000), "USD")),
    ("1,5 billion euro", Money(Decimal(1500000000), "EUR")),
    ("between $1bn and $2bn", Money(None, "USD", minimum=Decimal(1000000000), maximum=Decimal(2000000000), qualifier="between")),
    ("$1-2 billion", Money(None, "USD", minimum=Decimal(1000000000), maximum=Decimal(2000000000), qualifier="between")),
    ("JD 118.4 million", Money(Decimal(118400000), "JOD")),
    ("RD$3,200 millions", Money(Decimal(3200000000), "DOP")),
    ("45 billions of FCFA", Money(Decimal(45000000000), "XOF")),
    ("FCFA 30 billion", Money(Decimal(30000000000), "XOF")),
    ("GH¢2.4 billion", Money(Decimal(2400000000), "GHS")),
    ("TSh 310 billion", Money(Decimal(310000000000), "TZS")),
    ("Kshs 2.4 billion", Money(Decimal(2400000000), "KES")),
    ("UShs 5 billion", Money(Decimal(5000000000), "UGX")),
    ("Tk 1,250 crore", Money(Decimal(12500000000), "BDT")),
    ("Rwf 235 billion", Money(Decimal(235000000000), "RWF")),
    ("֏14.5 billion", Money(Decimal(14500000000), "AMD")),
    ("25 billion drams", Money(Decimal(25000000000), "AMD")),
    ("₾40 million", Money(Decimal(40000000), "GEL")),
    ("₮96 billion", Money(Decimal(96000000000), "MNT")),
    ("96 billion tugriks", Money(Decimal(96000000000), "MNT")),
    ("N$2.1 billion", Money(Decimal(2100000000), "NAD")),
    ("Bs 300 million", Money(Decimal(300000000), "BOB")),
    ("₲1.2 trillion", Money(Decimal(1200000000000), "PYG")),
    ("₴1.2 billion", Money(Decimal(1200000000), "UAH")),
    ("4.5 billion meticais", Money(Decimal(4500000000), "MZN")),
    ("MZN 2 billion", Money(Decimal(2000000000), "MZN")),
    ("RUB 15 billion", Money(Decimal(15000000000), "RUB")),
    ("12 billion roubles", Money(Decimal(12000000000), "RUB")),
    ("AOA 90 billion", Money(Decimal(90000000000), "AOA")),
    ("BGN 390 million", Money(Decimal(390000000), "BGN")),
    ("FJ$48 million", Money(Decimal(48000000), "FJD")),
    ("TT$300 million", Money(Decimal(300000000), "TTD")),
    ("Nu 1.33 billion", Money(Decimal(1330000000), "BTN")),
    ("Rf 120 million", Money(Decimal(120000000), "MVR")),
    ("ZiG 520 million", Money(Decimal(520000000), "ZWG")),
    ("Bs. 6.032.000.000", Money(Decimal(6032000000), "BOB")),
    ("€1.250.000,50", Money(Decimal("1250000.5"), "EUR")),
    ("N185bn", Money(Decimal(185000000000), "NGN")),
    ("N1,530", Money(Decimal(1530), "NGN")),
    ("Shs 350 billion", Money(Decimal(350000000000), "UGX")),
    ("BD 21 million", Money(Decimal(21000000), "BHD")),
    ("KD 90 million", Money(Decimal(90000000), "KWD")),
    ("RO 12 million", Money(Decimal(12000000), "OMR")),
    ("LE 6.5 billion", Money(Decimal(6500000000), "EGP")),
    # A dot grouping thousands before a scale word of the languages and currencies that write it so.
    ("COP 480.000 millones", Money(Decimal(480000000000), "COP")),
    ("1.250 billion VND", Money(Decimal(1250000000000), "VND")),
    ("275.000 millions of pesos", Money(Decimal(275000000000), "MXN")),
    ("1,2 trillions of pesos colombianos", Money(Decimal(1200000000000), "COP")),
    ("$1.250 billion", Money(Decimal(1250000000), "USD")),
    ("34.000 millones de pesos uruguayos", Money(Decimal(34000000000), "UYU")),
    ("Rp 4.500 miliar", Money(Decimal(4500000000000), "IDR")),
    ("Rp16,8 triliun", Money(Decimal(16800000000000), "IDR")),
    # Symbols and names of more of the world's currencies; scale words of Central Europe.
    ("₼18 million", Money(Decimal(18000000), "AZN")),
    ("Fdj 25 billion", Money(Decimal(25000000000), "DJF")),
    ("1.9 billion vatu", Money(Decimal(1900000000), "VUV")),
    ("2 mld zł", Money(Decimal(2000000000), "PLN")),
    ("1,2 mld Kč", Money(Decimal(1200000000), "CZK")),
    ("420 mil. eur", Money(Decimal(420000000), "EUR")),  # Slovak: "mil." with its dot is a million
    ("NLe 870 million", Money(Decimal(870000000), "SLE")),
    ("1,6 mia. DKK", Money(Decimal(1600000000), "DKK")),
    ("62 milliárd forint", Money(Decimal(62000000000), "HUF")),
    # …and the scale words and euro's case endings of the Baltic, Finnish, Czech, South Slavic and Romanian press.
    ("380 miljoonaa euroa", Money(Decimal(380000000), "EUR")),
    ("1,2 miljardia euroa", Money(Decimal(1200000000), "EUR")),
    ("40 miljonit eurot", Money(Decimal(40000000), "EUR")),
    ("120 milijonų eurų", Money(Decimal(120000000), "EUR")),
    ("1,5 miljardi eiro", Money(Decimal(1500000000), "EUR")),
    ("6,5 miliard korun", Money(Decimal(6500000000), "CZK")),
    ("300 milijuna eura", Money(Decimal(300000000), "EUR")),
    ("50 milijonov evrov", Money(Decimal(50000000), "EUR")),
    ("2 miliarde lei", Money(Decimal(2000000000), "RON")),
    ("4,5 miljard euro", Money(Decimal(4500000000), "EUR")),
    ("800 million denars", Money(Decimal(800000000), "MKD")),
    ("Kč 5.4 billion", Money(Decimal(5400000000), "CZK")),
    ("Kz 290 billion", Money(Decimal(290000000000), "AOA")),
    ("BDS$64 million", Money(Decimal(64000000), "BBD")),
    ("a PLN 1.2bn acquisition loan", Money(Decimal(1200000000), "PLN")),
    # Thousands grouped by spaces, as Polish, French and Central Asian copy writes them.
    ("the cost at 1 240 mln zł", Money(Decimal(1240000000), "PLN")),
    ("1 480 billion sum", Money(Decimal(1480000000000), "UZS")),
    ("12 500 millions d'euros", Money(Decimal(12500000000), "EUR")),
    # "mil" and "bil" glued to the number are Malaysian and Singaporean shorthand for million
    # and billion ("300 mil" with a space stays the Spanish and Portuguese thousand).
    ("US$800mil", Money(Decimal(800000000), "USD")),
    ("RM3.6bil", Money(Decimal(3600000000), "MYR")),
    ("4,8 milyar lira", Money(Decimal(4800000000), "TRY")),
    ("185 thousand million pesos", Money(Decimal(185000000000), "MXN")),
    ("US$ 300 mil", Money(Decimal(300000), "USD")),
    # The small island and African currencies: symbols and names.
    ("L$3.5 billion", Money(Decimal(3500000000), "LRD")),
    ("BD$46 million", Money(Decimal(46000000), "BMD")),
    ("CI$72 million", Money(Decimal(72000000), "KYD")),
    ("Cg54 million", Money(Decimal(54000000), "XCG")),
    ("FBu 27.6 billion", Money(Decimal(27600000000), "BIF")),
    ("4,2 billions of Comorian francs (KMF)", Money(Decimal(4200000000), "KMF")),
    ("95 million dobras", Money(Decimal(95000000), "STN")),
    ("2.9 billion gourdes", Money(Decimal(2900000000), "HTG")),
    ("28 million pa'anga", Money(Decimal(28000000), "TOP")),
    ("1.1 billion Surinamese dollars", Money(Decimal(1100000000), "SRD")),
    ("520 billion Guinean francs", Money(Decimal(520000000000), "GNF")),
    ("LD420 million", Money(Decimal(420000000), "LYD")),
    ("Af 2.4 billion", Money(Decimal(2400000000), "AFN")),
    ("Afl. 72 million", Money(Decimal(72000000), "AWG")),
    ("Nfk 675 million", Money(Decimal(675000000), "ERN")),
    ("2,4 milliards of F CFP", Money(Decimal(2400000000), "XPF")),
    ("3.1 billion CFP francs", Money(Decimal(3100000000), "XPF")),
    ("108 billion South Sudanese pounds", Money(Decimal(108000000000), "SSP")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_parse(text, expected):
    assert money.parse(text) == expected


@pytest.mark.parametrize("text", [
    "a nine-figure sum", "hundreds of millions of dollars", "it won 5 awards", "300 jobs", "in 2022",
    "a dollar", "5 m of cable", "90MW", "the QR03 campus", "a R2D2 unit", "ALL 300 STAFF", "TOP 10 SITES",
    "the N2 highway", "an R1 road", "the K2 campus", "see p 12",
])
def test_no_amount(text):
    assert money.parse(text) is None


def test_dollar_means_local_currency_when_the_country_uses_dollars():
    assert money.parse("$70 million", country="AU").currency == "AUD"
    assert money.parse("US$70 million", country="AU").currency == "USD"


@pytest.mark.parametrize("text,country,code", [
    ("Rs 4,500 crore", "PK", "PKR"), ("Rs. 20 billion", "LK", "LKR"), ("Rs 4,500 crore", "IN", "INR"),
    ("Rs 4,500 crore", None, "INR"), ("¥30 billion", "CN", "CNY"), ("¥30 billion", "JP", "JPY"),
    ("15 billion yuan", "TW", "TWD"), ("15 billion yuan", "CN", "CNY"), ("$420 million", "TW", "TWD"),
    ("650 million kroner", "DK", "DKK"), ("650 million kroner", "NO", "NOK"), ("2 billion crowns", "CZ", "CZK"),
    ("2 billion crowns", "SE", "SEK"), ("NIS 500 million", "IL", "ILS"), ("90 billion forint", "HU", "HUF"),
    ("3 billion taka", "BD", "BDT"), ("40 million lari", "GE", "GEL"), ("1.2 billion hryvnias", "UA", "UAH"),
    ("30 million dinars", "TN", "TND"), ("8 billion francs", "ML", "XOF"), ("8 billion francs", "GA", "XAF"),
    ("2 billion shillings", "UG", "UGX"), ("Bs 300 million", "VE", "VES"), ("FCFA 58 billion", "CM", "XAF"),
    ("FCFA 30 billion", "SN", "XOF"), ("CFA francs 6.5 billion", "CM", "XAF"), ("CFA francs 6.5 billion", "SN", "XOF"), ("45 billion CFA francs", "GA", "XAF"), ("C$ 500 millones", "NI", "NIO"),
    ("kr 38 million", "SE", "SEK"), ("kr 38 million", "NO", "NOK"), ("kr 38 million", "DK", "DKK"), ("3,1 mia. kr.", "DK", "DKK"),
    ("K1.3 billion", "ZM", "ZMW"), ("K500 million", "PG", "PGK"), ("P6 billion", "PH", "PHP"), ("P450 million", "BW", "BWP"),
    ("Sh1.1 billion", "KE", "KES"), ("Sh 40 billion", "TZ", "TZS"), ("420 million lei", "MD", "MDL"), ("420 million lei", "RO", "RON"),
    ("lei 38 million", "MD", "MDL"), ("215 million rupees", "SC", "SCR"), ("8 billion francs", "KM", "KMF"),
    ("96 million rubles", "BY", "BYN"), ("2.16 billion pesos", "CU", "CUP"), ("a 6.8 billion peso project", "MX", "MXN"), ("a 6.8 billion peso project", "PH", "PHP"), ("64 billion rials", "YE", "YER"),
    ("95 billion pounds", "SY", "SYP"), ("with investments 6.5 milliard pound", "EG", "EGP"), ("2,4 milliards de francs", "PF", "XPF"),
    ("4,5 billion of dirhams", "MA", "MAD"), ("4,5 billion of dirhams", "EH", "MAD"),  # (Dakhla's index country is Western Sahara)
])
def test_a_currency_name_used_by_several_countries_means_the_articles(text, country, code):
    assert money.parse(text, country=country).currency == code


@pytest.mark.parametrize("text,country,expected", [
    ("a unit of 480 MD (million dinars)", "TN", Money(Decimal(480000000), "TND")),
    ("a project of 62 MDT", None, Money(Decimal(62000000), "TND")),
    ("1 200 MDA for the site", "DZ", Money(Decimal(1200000000), "DZD")),
    ("a budget of 300 MD", "DZ", Money(Decimal(300000000), "DZD")),
])
def test_north_african_millions_of_dinars(text, country, expected):
    assert money.parse(text, country=country) == expected


def test_a_bare_md_is_no_sum_where_no_dinars_are_spent():
    assert money.find("the firm's 3 MD and two CFOs", "US") == []


def test_find_gives_offsets_in_the_text():
    text = "It will invest €420m in Ireland and $1bn in Texas."
    found = money.find(text)
    assert [text[f.start:f.end] for f in found] == ["€420m", "$1bn"]
    # Two sums joined by "and" are two sums, not a range, when the second is smaller or in another currency.
    text = "Liberia's share is L$3.5 billion and Bermuda's BD$46 million; Texas gets $3.5 billion and €46 million."
    assert [(text[f.start:f.end], f.money.currency) for f in money.find(text)] == [
        ("L$3.5 billion", "LRD"), ("BD$46 million", "BMD"), ("$3.5 billion", "USD"), ("€46 million", "EUR")]


def test_a_text_that_writes_decimal_commas_groups_thousands_with_dots():
    # A translation that writes "2,8 thousand million dollars" writes 2,400 million as "2.400 million".
    text = "Iberfluxo will invest 2.400 million euros (some 2,8 thousand million dollars) in the campus."
    assert [(f.money.value, f.money.currency) for f in money.find(text)] == [
        (Decimal(2400000000), "EUR"), (Decimal(2800000000), "USD")]
    # …but where commas group thousands, the dot is a decimal point.
    assert [f.money.value for f in money.find("It will spend $1.250 billion, or about 4,500 million rand.")] == [
        Decimal(1250000000), Decimal(4500000000)]
    # …and so does one that counts jobs with a dot ("1.500 direct jobs"): no count has a decimal point.
    text = "Siliciova will invest 15.000 million of pesos in the plant, which will create up to 1.500 direct jobs."
    assert [f.money.value for f in money.find(text)] == [Decimal(15000000000)]
    assert [f.money.value for f in money.find("It will invest $1.250 billion and create 1,500 jobs.")] == [Decimal(1250000000)]


def test_a_machine_translations_units_of_a_hundred_million_and_ten_thousand():
    # 亿 and 万 translated word for word: "1,350 100 million yen" is 135 billion yen.
    assert [(f.money.value, f.money.currency) for f in money.find("with a total investment of 1,350 100 million yen")] == [
        (Decimal("135000000000"), "JPY")]
    assert money.parse("plans to invest 28 100 million yuan").value == Decimal("2800000000")
    assert money.parse("an investment of 1.5 100 million yuan").value == Decimal("150000000")
    assert money.parse("a subsidy of 500 10 thousand yuan").value == Decimal("5000000")
    assert money.parse("investment about 1800 hundred million yen").value == Decimal("180000000000")
    assert money.parse("it raised 100 million yuan in 2023").value == Decimal("100000000")
    assert money.parse("in 2023 100 million yuan went to the park").value == Decimal("100000000")
    # Not a sum grouped by spaces: "18 100 million yuan" is 1.8 billion, not 18.1 billion.
    assert money.parse("phase one cost 18 100 million yuan").value == Decimal("1800000000")
