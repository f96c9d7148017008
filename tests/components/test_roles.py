"""newskg_roles: the many ways news states who holds which role where."""

from __future__ import annotations

import pytest

CASES = [
    ("Hendrika Vlasblom, chief executive of Noordzee Compute BV, opened the site.",
     "Hendrika Vlasblom", "Noordzee Compute BV", "chief executive officer"),
    ("Rivermoor Digital's CFO Daniel Okonkwo said the plan was funded.",
     "Daniel Okonkwo", "Rivermoor Digital", "chief financial officer"),
    ("Kestrel Networks chairman Tomasz Wrobel welcomed the decision.",
     "Tomasz Wrobel", "Kestrel Networks", "chairman"),
    ('"We are ready," said Priya Raman, who heads Kestrel Networks\' Asia operations.',
     "Priya Raman", "Kestrel Networks", "head of asia operations"),
    ("Marta Lindqvist, president and CEO of Fjordline Data AB, said the site was chosen for its climate.",
     "Marta Lindqvist", "Fjordline Data AB", "president and chief executive officer"),
    ("The chief operating officer of Halcyon Cloud, Gareth Pryce, confirmed the timeline.",
     "Gareth Pryce", "Halcyon Cloud", "chief operating officer"),
    ("The board has appointed Sofia Brandt as managing director of Brightwater Data.",
     "Sofia Brandt", "Brightwater Data", "managing director"),
    ("Amina Yusuf, an analyst at Coastline Securities, said the valuation looked stretched.",
     "Amina Yusuf", "Coastline Securities", "analyst"),
    ("Chile's science minister Aisén Etcheverry said the cable mattered.",
     "Aisén Etcheverry", "Government of Chile", "science minister"),
    # People and employers the model misses, found from the post around them.
    ("Oluwaseun Adeyemi, president of Lagosnet, said the cable would land in 2026.",
     "Oluwaseun Adeyemi", "Lagosnet", "president"),
    ("\"The pause is a reminder,\" said Dobek Pater, a director at telecoms consultancy Africa Analysis.",
     "Dobek Pater", "Africa Analysis", "director"),
    ("Rick Black, a member of the Licking County Board of Commissioners, said the county would keep its upgrades.",
     "Rick Black", "Licking County Board of Commissioners", "member"),
    ("Geraghty keeps in touch with Naga Chandrasekaran, Intel's chief technology and operations officer.",
     "Naga Chandrasekaran", "Intel", "chief technology and operations officer"),
    # A minister's portfolio that names a ministry the article mentions, and a name after a post.
    ("Deputy Minister of Digital Affairs Tomasz Wrona welcomed the plan, which the Ministry of Digital Affairs "
     "will review.", "Tomasz Wrona", "Ministry of Digital Affairs", "deputy minister of digital affairs"),
    # The model's "person" after a post of an organisation and before the holder's name; a
    # description of the body between "of the" and its name.
    ("The wójt of Trzebownisko Commune, Grzegorz Kaczmar, said property tax from the campus could reach 9 mln zł a year.",
     "Grzegorz Kaczmar", "Trzebownisko Commune", "wójt"),
    ("The chairman of the residents' association Norrböle Byalag, Mikael Eriksson, worries about noise from the cooling "
     "machines.", "Mikael Eriksson", "Norrböle Byalag", "chairman"),
    # A post held since a date, told with "who has been".
    ("She succeeds Urs Kälin, who has been chief executive of Jura Digital Infrastructure AG since 2017.",
     "Urs Kälin", "Jura Digital Infrastructure AG", "chief executive officer"),
    # A lender the model took for a place, known by the post it gives.
    ("BII and Proparco lend $110 million to Mvuli Data Centres for Kenya and Zambia builds\n\nNAIROBI, March 3, 2026 – "
     "British International Investment (BII) and Proparco, the French development finance institution, will lend a combined "
     "$110 million to Mvuli Data Centres Ltd.\n\nAmélie Fournier, Proparco's regional director in Nairobi, said the loan "
     "was the institution's first data-centre financing in Zambia.", "Amélie Fournier", "Proparco", "regional director"),
    # A body named after its region's possessive.
    ("Fibra Cumbres to build MXN 1,450 million plant for Taiwanese server maker Jinhai in San Luis Potosí\n\nRicardo "
     "Castañeda, head of San Luis Potosí's Secretariat of Economic Development (Sedeco), said the state had trained 900 "
     "technicians for electronics assembly over the past year at the request of investors.", "Ricardo Castañeda",
     "Secretariat of Economic Development", "head"),
    # A government's official named by the people of its country.
    ("The agreement for the data centre in Vientiane was signed in the presence of the Vietnamese ambassador Lê Quang "
     "Tuấn and officials of Laos.", "Lê Quang Tuấn", "Government of Vietnam", "vietnamese ambassador"),
    # A columnist's affiliation at the foot of an opinion piece; a reporter of a news agency.
    ("Sarita Adhikari is a senior fellow at the Bagmati Policy Forum in Lalitpur. Views are personal.",
     "Sarita Adhikari", "Bagmati Policy Forum", "senior fellow"),
    # A body's post told with its kind.
    ("The Samoa Chamber of Commerce backed the plan. \"Our data goes overseas,\" said the chamber's president, Tupe "
     "Sapolu.", "Tupe Sapolu", "Samoa Chamber of Commerce", "president"),
    # The post's name in the original language in brackets.
    ("The NABU regional managing director (Regionalgeschäftsführer) Heiko Brandes demanded a study.",
     "Heiko Brandes", "NABU", "regional managing director"),
    # The model's one organisation over a person and her employer.
    ("Telecom analyst Farzana Haque of Meghna Equity Research said the price was competitive but warned that the "
     "deadline was tight.", "Farzana Haque", "Meghna Equity Research", "analyst"),
    # A body's acronym in brackets between its name and the post (the gazetteer names this one by its acronym).
    ("Department of Information and Communications Technology (DICT) Undersecretary Maria Lourdes Pineda said the "
     "government wanted more capacity.", "Maria Lourdes Pineda", "DICT", "undersecretary"),
    # A unit named after a region the model did not mark.
    ("AEP Ohio president Marcus Bell said the utility had received requests for 30 GW.",
     "Marcus Bell", "AEP Ohio", "president"),
    # An organisation that is led by someone; an unknown company's first word as its owner.
    ("She singles out the Tyndall National Institute in Cork, led by chief executive William Scanlon.",
     "William Scanlon", "Tyndall National Institute", "chief executive officer"),
    ("Kestrel Compute Private Limited will build a GPU cluster. Kestrel's CFO Neha Kulkarni said equity is secured.",
     "Neha Kulkarni", "Kestrel Compute Private Limited", "chief financial officer"),
    ("\"It is a test,\" said the minister of Transport and Telecommunications, Juan Carlos Muñoz. The "
     "undersecretary of Telecommunications, Claudio Araya, agreed, as did the Ministry of Transport and "
     "Telecommunications.", "Juan Carlos Muñoz", "Ministry of Transport and Telecommunications",
     "minister of transport and telecommunications"),
    # The employer before the person, whatever the model called it.
    ("The general manager of Desarrollo País, Patricio Rey, affirmed that the state company will help.",
     "Patricio Rey", "Desarrollo País", "general manager"),
    # A minister of the country the article's places lie in, not of another one it names.
    ("MONTEVIDEO, October 22, 2024 — Google's data centre in Canelones advances. Google already runs one in "
     "Chile. The minister, Sofía Larrañaga, said that it will be monitored.",
     "Sofía Larrañaga", "Government of Uruguay", "minister"),
    # "appointed NAME as TITLE of ORG", the organisation unknown to the model.
    ("The venture's board has appointed Sherif Kamel as managing director of Nile Data Hub.",
     "Sherif Kamel", "Nile Data Hub", "managing director"),
    # Hyphenated given names.
    ("\"It depends on the next round,\" CNB president Marc-André Pelletier told council. Centrale Numérique "
     "Boréale (CNB) filed the plan.", "Marc-André Pelletier", "Centrale Numérique Boréale", "president"),
    # Local government posts.
    ("The City of New Albany hosted the meeting. Council president Beth Harwood said residents had asked about roads.",
     "Beth Harwood", "City of New Albany", "council president"),
    ("Kildare County Council granted permission. Cllr Declan Furlong (Social Democrats) said he expected an appeal.",
     "Declan Furlong", "Kildare County Council", "councillor"),
    # A full stop ends an employer's name.
    ("\"Licensing has been slow,\" said Nadia Al Otaibi, an analyst at Al Rajhi Capital. Shares rose 2%.",
     "Nadia Al Otaibi", "Al Rajhi Capital", "analyst"),
    # A post in capitals, and a post "of" a field, before the employer.
    ("\"Two projects, one message,\" said Aistė Kazlauskienė, Managing Director of Invest Lithuania.",
     "Aistė Kazlauskienė", "Invest Lithuania", "managing director"),
    ("\"The market will like it,\" said Nusrat Jahan, head of research at Lalbagh Securities Ltd.",
     "Nusrat Jahan", "Lalbagh Securities Ltd", "head of research"),
    # Words before the post belong to the title; a post held at a company named in the possessive.
    ("\"Traffic is thin,\" said Olivier Mbarga, a telecoms consultant at Sanaga Advisory in Yaounde.",
     "Olivier Mbarga", "Sanaga Advisory", "telecoms consultant"),
    ("\"We kept the promise,\" said Mere Tuilagi, people and culture manager at Koro Data Centres.",
     "Mere Tuilagi", "Koro Data Centres", "people and culture manager"),
    ("Vardar Cloud opened in 2015. She left her job with Petar Ilievski, who became Vardar Cloud's co-founder and "
     "technical director.", "Petar Ilievski", "Vardar Cloud", "co-founder and technical director"),
    ("The privileges are for plants being built, Somchai Rattanakul, secretary-general of the Board of Investment "
     "(BOI), told reporters.", "Somchai Rattanakul", "Board of Investment", "secretary-general"),
    # A post over a field of work.
    ("Jean-Claude Uwimana, formerly head of investment promotion at the Rwanda Development Board (RDB), joins Acme.",
     "Jean-Claude Uwimana", "Rwanda Development Board", "head of investment promotion"),
    # A post covering a region.
    ("Ana Torres, Oracle's managing director for Chile and Peru, said demand was strong.",
     "Ana Torres", "Oracle", "managing director for chile and peru"),
    # A name spelled out before its acronym, whatever the model made of its first word.
    ("Moshe Levin, CEO of the Israel Electric Corporation (IEC), was blunt.",
     "Moshe Levin", "Israel Electric Corporation", "chief executive officer"),
    # A public body whose name opens with its place; the gazetteer knows the bare words elsewhere.
    ("\"We have offered the land,\" said Zubair Memon, chief executive officer of the Sindh Board of Investment.",
     "Zubair Memon", "Sindh Board of Investment", "chief executive officer"),
    # A place describing the employer; editors and secretaries-general.
    ("Henrik Dahl, principal at Oslo consultancy Fjord Insights, said the decision was rational.",
     "Henrik Dahl", "Fjord Insights", "principal"),
    ("The closing panel was moderated by Itai Levy, technology editor of Globes.",
     "Itai Levy", "Globes", "technology editor"),
    ("Chalermchai Wongsawat, deputy secretary-general of the Thailand Board of Investment, said so.",
     "Chalermchai Wongsawat", "Thailand Board of Investment", "deputy secretary-general"),
    # A regional government's minister; the portfolio is no organisation of its own.
    ("Grande Prairie, Alberta, was chosen. Alberta's Minister of Technology and Innovation, Dana Whitford, said the "
     "province would help.", "Dana Whitford", "Government of Alberta", "minister of technology and innovation"),
    # A town's mayor, named after the town or in its own language, and a council opening a sentence.
    ("Google will build in Canelones. The mayor of Canelones, Gustavo Bentancor, recalled that the Intendencia de "
     "Canelones granted the permit.", "Gustavo Bentancor", "Intendencia de Canelones", "mayor"),
    ("The intendente of San Rafael, Martín Ríos, asked that the Municipalidad de San Rafael be able to use the fibre.",
     "Martín Ríos", "Municipalidad de San Rafael", "mayor"),
    # The post left, told after where a person comes from.
    ("Dilmun Cloud has appointed Noora Al Mannai as chief executive. Al Mannai joins from Gulf Pearl Bank, where she was "
     "chief information officer for six years.", "Noora Al Mannai", "Gulf Pearl Bank", "chief information officer"),
    ("The bank also named a finance chief. Rashid Bucheeri moves from Seef Advisory, a Manama consulting firm where he was "
     "managing partner.", "Rashid Bucheeri", "Seef Advisory", "managing partner"),
    # The field a post covers, up to where the clause ends; a post given "at" the body opening the sentence.
    ("The Telecommunications Regulatory Authority (TRA) agreed. Hussain Al Aradi, the TRA's director of spectrum management "
     "since 2021, has been named assistant undersecretary.", "Hussain Al Aradi", "Telecommunications Regulatory Authority",
     "director of spectrum management"),
    ("At the Telecommunications Regulatory Authority, Dr. Mariam Al Koheji has been appointed general director by a decision "
     "of the Council of Ministers.", "Mariam Al Koheji", "Telecommunications Regulatory Authority", "general director"),
    # The one ministry the official's sentence names, in whatever words the portfolio is put.
    ("Speaking at the signing, Daniel Rotich, Principal Secretary for ICT and the Digital Economy, said the Ministry of "
     "Information, Communications and the Digital Economy wanted one hub per county.", "Daniel Rotich",
     "Ministry of Information, Communications and the Digital Economy", "principal secretary for ict and the digital economy"),
    # A translation's legal form and quotation marks around the organisation before the name.
    ("Kyrgyztelecom will connect the site. The general director of OJSC \"Kyrgyztelecom\" Nurlan Sydykov informed that "
     "the site will be connected.", "Nurlan Sydykov", "Kyrgyztelecom", "general director"),
    # An abbreviated post the tokenizer does not know, whose full stop is no sentence's end.
    ("The lone vote against came from Coun. Patrick Rainville, who said the file lacked a noise study. The City of "
     "Salaberry-de-Valleyfield will sell the land.", "Patrick Rainville", "City of Salaberry-de-Valleyfield", "councillor"),
    # An ordinal before the post.
    ("The government also welcomed it. Park Tae-jun, the 2nd vice minister of the Ministry of Science and ICT, said it "
     "was good.", "Park Tae-jun", "Ministry of Science and ICT", "2nd vice minister"),
    # A description set between the name and the appointment.
    ("Groupe Azuréa will build in Edmundston through Azuréa Numérique Canada Inc. Émilie LeBlanc, a native of Saint-Basile "
     "who spent twelve years with a Montreal colocation provider, has been appointed General Manager of Azuréa Numérique "
     "Canada.", "Émilie LeBlanc", "Azuréa Numérique Canada Inc", "general manager"),
    # "Gov." for governor, before the name, with the province's government the story names (by
    # the name every province's government has: "North Gyeongsang Provincial Government" is its alias).
    ("Cheonil will build in Pohang. The minister attended the signing together with North Gyeongsang Gov. Lee Chul-woo. "
     "The North Gyeongsang Provincial Government will fund the road.", "Lee Chul-woo",
     "Government of North Gyeongsang", "governor"),
    # A region whose name the model missed, before its governor's post.
    ("Rio Grande do Sul Governor Eduardo Steinmetz called the project a vote of confidence in the state.",
     "Eduardo Steinmetz", "Government of Rio Grande do Sul", "governor"),
    # A place before the clause that leads to the post is not the post's ("…in Ankara attended by Minister…").
    ("Both projects were presented at a ceremony in Ankara attended by Minister of Industry and Technology Ömer Faruk "
     "Yıldız.", "Ömer Faruk Yıldız", "Government of Turkey", "minister of industry and technology"),
    # The town the post is of, run into the name by the model, or set before it with a comma.
    ("Nikšić Data will build in Nikšić, Montenegro. The Municipality of Nikšić approved it. Mayor of Nikšić Dragan "
     "Bojović called the project the biggest private investment in the town.", "Dragan Bojović", "Municipality of Nikšić", "mayor"),
    ("Mayor of Nikšić Dragan Bojović called the project the biggest private investment in the town. The Municipality "
     "of Nikšić will sell the land.", "Dragan Bojović", "Municipality of Nikšić", "mayor"),  # (a town the story places nowhere else)
    ("Nikšić Data will build in Nikšić, Montenegro. The mayor of Nikšić, Dragan Bojović, called the project the biggest "
     "private investment in the town. The Municipality of Nikšić approved it.", "Dragan Bojović", "Municipality of Nikšić", "mayor"),
    # A government named after its people: the region's.
    ("Google will build in Saint-Ghislain, Belgium. The Walloon Government welcomed the announcement. The Walloon minister "
     "of Economy, Pierre-Yves Dumont, spoke of an important signal for Hainaut.", "Pierre-Yves Dumont", "Walloon Government",
     "minister of economy"),
    # A Malaysian state's executive councillor: the state government's, not a town council's.
    ("Awan Serumpun will build in Kulai, Johor. Johor state executive councillor for investment, trade and consumer "
     "affairs, Datuk Tan Wei Liang, said the state government had approved the project.", "Tan Wei Liang",
     "Government of Johor", "state executive councillor for investment trade and consumer affairs"),
    # …and a Nigerian state commissioner's, the honorific before the name no part of the post.
    ("\"Kaduna wants to be the digital hub of northern Nigeria,\" the state's Commissioner for Business, Innovation and "
     "Technology, Hajiya Amina Sani-Lawal, said in a statement. The Kaduna State Government approved the plan.",
     "Amina Sani-Lawal", "Government of Kaduna State", "commissioner for business innovation and technology"),
    # A translation's "the engineer NAME" after the post: a word of respect, no part of the post.
    ("Wadi Connect S.A.E. will lay 1,200 km of fibre in Upper Egypt. And expected the managing director of Wadi Connect, the "
     "engineer Mona Fathy, the finishing of the network by the end of the next year.", "Mona Fathy", "Wadi Connect S.A.E.",
     "managing director"),
    # "promoted NAME to POST": the post, not "to POST".
    ("Kopano Data Centres has promoted Sipho Dlamini to chief technology officer.", "Sipho Dlamini",
     "Kopano Data Centres", "chief technology officer"),
    # "Its": the sentence's subject, set beside the word for what it is, not the last body it names.
    ("Residents' group Clondalkin Village Together, which lodged one of 46 objections, said it had four weeks to decide "
     "whether to appeal to An Coimisiún Pleanála. Its chairperson, Marie Cullinan, told the Echo: \"Nobody here is against "
     "jobs.\"", "Marie Cullinan", "Clondalkin Village Together", "chairperson"),
    # A Japanese release's bracket after the company: its seat and its president.
    ("Yukiguni Data Co., Ltd. (headquarters: Toyama city, President: Hayashi Tomoko) announced on the 4th that it will "
     "build a data center.", "Hayashi Tomoko", "Yukiguni Data Co., Ltd", "president"),
    # "the bank's": the bank named last, not the company the sentence before named.
    ("Gulf Pearl Bank B.S.C. hired him. Dilmun Cloud said it would expand. \"We are ready,\" said Sameer Radhi, the "
     "bank's chief digital officer.", "Sameer Radhi", "Gulf Pearl Bank B.S.C.", "chief digital officer"),
    # "The bank has named NAME as …": the bank the story is about, not one named once in passing.
    ("Dilmun Cloud Services W.L.L. has a new chief. Dilmun Cloud hired her from Gulf Pearl Bank B.S.C., and Dilmun Cloud "
     "expects growth. Gulf Pearl Bank will move its systems to the cloud. Its new digital chief spent nine years at Najd "
     "Commercial Bank. The bank has also named Leena Zayani as group chief financial officer.",
     "Leena Zayani", "Gulf Pearl Bank B.S.C.", "group chief financial officer"),
    # A minister whose post opens with a state's name is the state's.
    ("Wattle Edge will build in Kemps Creek, Sydney. NSW Minister for Industry and Trade Kellie Marston welcomed the "
     "deal.", "Kellie Marston", "Government of New South Wales", "nsw minister for industry and trade"),
    # A public body named a community ("Urban Community of Dunkerque", the French communauté urbaine).
    ("The president of the Urban Community of Dunkerque, Mr. Patrice Vermersch, for his part insisted on the recovery "
     "of the heat.", "Patrice Vermersch", "Urban Community of Dunkerque", "president"),
    # (A clause's opening word before the post is no part of it.)
    ("Nepal will host it. When Minister for Digital Affairs Sita Sharma told parliament in March that data centres would "
     "get special facilities, she did not say which.", "Sita Sharma", "Government of Nepal", "minister for digital affairs"),
    # …also when the name and the portfolio run on into one body in the model's eyes, in a story of two states.
    ("Corvanta will build in Greater Noida and in Hyderabad, Telangana. Uttar Pradesh Infrastructure and Industrial "
     "Development Minister Alok Tripathi said the letter had been issued within 30 days.", "Alok Tripathi",
     "Government of Uttar Pradesh", "uttar pradesh infrastructure and industrial development minister"),
    # A company's name without its legal form, as the owner of a post.
    ("Carmel Gateway Ltd will build the station. Yael Ben-Ami, Carmel Gateway's chief commercial officer, said the "
     "system would help.", "Yael Ben-Ami", "Carmel Gateway Ltd", "chief commercial officer"),
    ("The council backed it. Mayor Ion Rusu said Soroca City Hall had approved the connection.",
     "Ion Rusu", "Soroca City Hall", "mayor"),
    ("The mayor of Lévis, Anne Gagnon, welcomed the news. The Ville de Lévis will sell the land to the firm.",
     "Anne Gagnon", "Ville de Lévis", "mayor"),
    ("Rana municipality was less sanguine. Mayor Kari Fjellheim said she was deeply disappointed.",
     "Kari Fjellheim", "Rana municipality", "mayor"),
    # A portfolio before the post, or a junior minister's, names the ministry the text mentions.
    ("Finance Minister Bezalel Smotrich said the Ministry of Finance would not block the fab.",
     "Bezalel Smotrich", "Ministry of Finance", "finance minister"),
    ("Minister of State for Information Technology Rabia Qureshi said the Ministry of Information Technology and "
     "Telecommunication (MoITT) would treat the project as a priority.", "Rabia Qureshi",
     "Ministry of Information Technology and Telecommunication", "minister of state for information technology"),
    # The ministry named in the story by its abbreviated portfolio; an honorific before the name.
    ("Federal Minister for Information Technology and Telecommunication Ayesha Durrani attended the launch. She added "
     "that the Ministry of IT and Telecom was finalising rules.", "Ayesha Durrani", "Ministry of IT and Telecom",
     "federal minister for information technology and telecommunication"),
    ("Speaking at the ceremony, the Minister for Communication, Digital Technology and Innovations, Hon. Kwame "
     "Adjei-Mensah, said the site mattered. The Ministry of Communication, Digital Technology and Innovations will "
     "host its cloud there.", "Kwame Adjei-Mensah", "Ministry of Communication, Digital Technology and Innovations",
     "minister for communication digital technology and innovations"),
    # A post's field written after it in capitals, then its body; a portfolio with commas.
    ('Laura Brennick, Senior Vice President, Sovereign Cloud at Corvane Cloud, said: "Our customers want compute."',
     "Laura Brennick", "Corvane Cloud", "senior vice president sovereign cloud"),
    # A post held at "the ministry" or "the division" the story names, with its field.
    ("Thalassa will build the cable. The Ministry of Digital Governance backed it. Petros Lianos, secretary general for "
     "telecommunications and posts at the ministry, said the project was the missing link.", "Petros Lianos",
     "Ministry of Digital Governance", "secretary general for telecommunications and posts"),
    ("The Posts and Telecommunications Division floated the tender. Abul Kashem, secretary of the division, said more "
     "tenders would follow.", "Abul Kashem", "Posts and Telecommunications Division", "secretary"),
    # A post with its field before the body, and an honorific before the name.
    ("Reacting, the Director of Digital Economy at the National Information Technology Development Agency (NITDA), "
     "Mrs Halima Bello-Yusuf, said the investment was in line with the law.", "Halima Bello-Yusuf", "NITDA",
     "director of digital economy"),
    # An Italian post translated word for word, before a company the model takes for a person.
    ('"Clients ask capacity here", has declared the administrator delegate of Aurora Telecomunicazioni, Marco Ferrandi.',
     "Marco Ferrandi", "Aurora Telecomunicazioni", "administrator delegate"),
    # "as TITLE of ORG" later in the sentence; a post-nominal; a description before the body.
    ("Aoife Geraghty has spent most of her first ten weeks as general manager of Intel Ireland walking the floor.",
     "Aoife Geraghty", "Intel Ireland", "general manager"),
    ("DUBLIN — Ledgerline will hire 300 people in Dublin, the company said. Seán Kilbride TD, Minister for Enterprise, "
     "Trade and Employment, said: \"This is a significant vote of confidence in Ireland.\" Kilbride visited the office.",
     "Seán Kilbride", "Government of Ireland", "minister for enterprise trade and employment"),
    ("Mariana Treviño, who heads the Querétaro state Secretariat of Sustainable Development (SEDESU), said the project "
     "confirms the confidence of investors.", "Mariana Treviño", "Secretariat of Sustainable Development", "head"),
    ("Dragana Pešić, who founded Nišava Data in 2012 as a small web-hosting company, will stay on.",
     "Dragana Pešić", "Nišava Data", "founder"),
    # "whose" without a comma; a portfolio the model took for an organisation; a mayor is the town's.
    ("Oracle is in talks in Abu Dhabi. G42, whose chief executive Peng Xiao has repeatedly said the group wants more "
     "compute, did not respond.", "Peng Xiao", "G42", "chief executive officer"),
    ("Sahra Digital will build two data centres in Tashkent, Uzbekistan. Digital Technologies Minister Sherzod Shermatov "
     "said the facilities would keep data inside the country.", "Sherzod Shermatov", "Government of Uzbekistan",
     "digital technologies minister"),
    ("The Goodhue County Board met last week. On Monday the Zumbrota City Council voted 4-1. \"This is the biggest "
     "decision this council has made,\" Mayor Dale Hinderaker said.", "Dale Hinderaker", "Zumbrota City Council", "mayor"),
    # A capitalised post with its portfolio before a name no list of given names knows.
    ("Kalahari Compute cancelled the Palapye plan. Minister of Communications and Innovation Kagiso Mothibi said the "
     "cancellation was regrettable. \"The rules will be different,\" Mothibi said.", "Kagiso Mothibi",
     "Government of Botswana", "minister of communications and innovation"),
    # Two posts joined by a hyphen, as French titles are ("président-directeur général").
    ("\"We want the data to stay here,\" has declared Stéphane Morvan, president-director general of Hexaval "
     "Datacenters, a company based in Lyon.", "Stéphane Morvan", "Hexaval Datacenters", "president-director general"),
    # A company's post with the field it covers, then the name.
    ("Tasman Lines Ltd will upgrade the substation. Tasman Lines' general manager of network connections, Leanne Parata, "
     "told the panel the customer would pay.", "Leanne Parata", "Tasman Lines Ltd", "general manager of network connections"),
    # A translation's post of a company with no comma before the name, the company called by its first word.
    ("Xinhe Communication Technology will build a data centre in Dushanbe. The deputy general manager of Xinhe Li "
     "Wenjun, who attended the ceremony, said the company will train 40 engineers.", "Li Wenjun", "Xinhe Communication Technology",
     "deputy general manager"),
    # …and an honorific between the portfolio and the name.
    ("Sahel Compute will build in Kano, Nigeria. Minister of Communications, Innovation and Digital Economy Dr Bosun "
     "Adeyemi said the federal government remained committed.", "Bosun Adeyemi", "Government of Nigeria",
     "minister of communications innovation and digital economy"),
    # A post over a body of the company, and a laboratory one heads.
    ("Demand grows faster than supply, says Marek Nowicki, president of the management board of Vistula Data Centers.",
     "Marek Nowicki", "Vistula Data Centers", "president of the management board"),
    ("Andrea Url, chair of the works council at Sakuragawa Semiconductor Austria, said talks would begin in July.",
     "Andrea Url", "Sakuragawa Semiconductor Austria", "chair of the works council"),
    # An employer described by its country in the possessive.
    ("Desmond Whyte, the minister at Jamaica's Ministry of Science, Energy and Technology, welcomed the investment.",
     "Desmond Whyte", "Ministry of Science, Energy and Technology", "minister"),
    # A portfolio written with commas before the post; a hyphenated vice-minister.
    ("Mealy Mountain Compute will build in Goose Bay, Newfoundland and Labrador. Provincial Industry, Energy and "
     "Technology Minister Colleen Hibbs called it welcome.", "Colleen Hibbs", "Government of Newfoundland and Labrador",
     "provincial industry energy and technology minister"),
    ("Farallones Data will build in Yumbo, Colombia. Vice-minister of connectivity Juliana Restrepo Arango said the "
     "project fits the plan.", "Juliana Restrepo Arango", "Government of Colombia", "vice-minister of connectivity"),
    # A capitalised post and its employer right before the name; a signature's post with words before its head.
    ("The University of Latvia will host the system. Rector of the University of Latvia Gints Ozoliņš said the system "
     "would be open to all.",
     "Gints Ozoliņš", "University of Latvia", "rector"),
    ("Invest Lithuania welcomed the plan.\n\nMedia contact:\nGabija Rimkutė, Communications Manager, Invest Lithuania",
     "Gabija Rimkutė", "Invest Lithuania",
     "communications manager"),
    # What the sentence calls the organisation it named, with words before the post's head, or where the post is held.
    ("Ithmar Capital will take a 40% stake, said Salma Bennani, the fund's investment director.",
     "Salma Bennani", "Ithmar Capital", "investment director"),
    ("Cumulo Technologies Inc. opened its cloud region in Hamilton, New Zealand, on Tuesday. Technology Minister Aroha "
     "Whaanga said the region would keep data onshore.", "Aroha Whaanga", "Government of New Zealand", "technology minister"),
    ("The Grand Island City Council approved the deal; the Hall County Board of Supervisors had approved it in May. Council "
     "President Dale Krueger said the site would pay more in taxes to Hall County than it does as farmland.",
     "Dale Krueger", "Grand Island City Council", "council president"),
    ("Kestrel Data Centres will build a site in Leeds. Miriam Oduya (CEO of Kestrel Data Centres) said work starts in May.",
     "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("Kestrel Data Centres will build a site in Leeds. Kestrel Data Centres, whose chief executive is Miriam Oduya, said "
     "work starts in May.", "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("Kestrel Data Centres will build a site in Leeds. Kestrel Data Centres chief Miriam Oduya said work starts in May.",
     "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("Kestrel Data Centres will build a site in Leeds. Miriam Oduya, chief executive of UK-based Kestrel Data Centres, said "
     "work starts in May.", "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("The Ministry of Information, Communications and the Digital Economy welcomed the plan. Principal Secretary Miriam Oduya "
     "said it was welcome.", "Miriam Oduya", "Ministry of Information, Communications and the Digital Economy", "principal secretary"),
    ("Kestrel Data Centres will build a site in Lagos. Miriam Oduya, the PDG of Kestrel Data Centres, said work starts in May.",
     "Miriam Oduya", "Kestrel Data Centres", "chairman and chief executive officer"),
    ("Kestrel Data Centres will build a site in Lagos. Miriam Oduya, directeur général of Kestrel Data Centres, said work "
     "starts in May.", "Miriam Oduya", "Kestrel Data Centres", "director general"),
    ("Kestrel Data Centres will build a site in Lagos. Miriam Oduya has led Kestrel Data Centres since 2019.",
     "Miriam Oduya", "Kestrel Data Centres", "head"),
    ("Parkland Compute will build the campus and Parkland Compute will run it. SaskPower will also build a transmission "
     "line. The utility's president and CEO, Evan Kowalchuk, said the line would be ready in 2028.",
     "Evan Kowalchuk", "SaskPower", "president and chief executive officer"),
    ("Hudiksvall Municipality sold the land to Dellen Data. Rumours of a second buyer were dismissed by Anna Sjöberg, "
     "the municipality's business director.", "Anna Sjöberg", "Hudiksvall Municipality", "business director"),
    ("The Ministry of Innovation and Technology issued the directive. A state minister at the ministry, Selamawit "
     "Tesfaye, said banks would move their data.", "Selamawit Tesfaye", "Ministry of Innovation and Technology",
     "state minister"),
    # A minister "in" the government the sentence names.
    ("\"Now it will power its AI,\" said Lisa Marchetti, Minister for Industry and Trade in the New South Wales Government.",
     "Lisa Marchetti", "Government of New South Wales", "minister for industry and trade"),
    # A commissioner of the one commission named; a regent of the regency whose government the story names.
    ("The Reno County Commission voted 2-1 to approve the abatement for Bluestem Digital. Commissioner Teresa Ochs cast "
     "the dissenting vote.", "Teresa Ochs", "Reno County Commission", "commissioner"),
    ("The Kendal Regency Government granted the permit for the data centre in Kendal, Indonesia. The Regent of Kendal, "
     "Bambang Suryanto, welcomed the investment.", "Bambang Suryanto", "Kendal Regency Government", "regent of kendal"),
    # An appointment told by the company; a post and employer in brackets; an age after the name; a
    # post taken over; a post "of the company"; a general counsel.
    ("Kestrel Data Centres plans a new site in Leeds. Kestrel Data Centres named Miriam Oduya its new chief operating "
     "officer on Monday.", "Miriam Oduya", "Kestrel Data Centres", "chief operating officer"),
    ("Kestrel Data Centres plans a new site in Leeds, the company said. Miriam Oduya (chief operating officer, Kestrel "
     "Data Centres) said the work starts in May.", "Miriam Oduya", "Kestrel Data Centres", "chief operating officer"),
    ("Kestrel Data Centres plans a new site in Leeds. Ms Oduya, 52, became chief executive of Kestrel Data Centres in "
     "2021. Miriam Oduya said the work starts in May.", "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("Kestrel Data Centres plans a new site in Leeds. Miriam Oduya, who took over as chief executive of Kestrel Data "
     "Centres last year, said the work starts in May.", "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("Kestrel Data Centres plans a new site in Leeds. Miriam Oduya, chief executive of the company, said the work "
     "starts in May.", "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("Kestrel Data Centres plans a new site in Leeds. Miriam Oduya, general counsel at Kestrel Data Centres, said the "
     "work starts in May.", "Miriam Oduya", "Kestrel Data Centres", "general counsel"),
    # A photograph's note after the name; "is ORG's post"; a country and words before the post's
    # head; a department is no employer; a head of a function of the story's company; "the UK's".
    ("Kestrel Data Centres will build in Leeds. Miriam Oduya (pictured), CEO of Kestrel Data Centres, said work starts "
     "in May.", "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("Kestrel Data Centres will build in Leeds. Miriam Oduya is Kestrel Data Centres' chief executive.",
     "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("Kestrel Data Centres will build in Leeds, England. Miriam Oduya, Kestrel Data Centres' England country manager, "
     "said work starts in May.", "Miriam Oduya", "Kestrel Data Centres", "country manager"),
    ("Kestrel Data Centres will build in Leeds. Tomasz Wilk, Kestrel Data Centres' finance director, said the project "
     "would be funded from cash.", "Tomasz Wilk", "Kestrel Data Centres", "finance director"),
    ("Kestrel Data Centres will build in Leeds. Mr. Tomasz Wilk, Director of Operations at Kestrel Data Centres, said "
     "work starts in May.", "Tomasz Wilk", "Kestrel Data Centres", "director of operations"),
    ("Kestrel Data Centres will build in Leeds. Tomasz Wilk, head of corporate development, said the project would be "
     "funded from cash.", "Tomasz Wilk", "Kestrel Data Centres", "head of corporate development"),
    ("Kestrel Data Centres will build in Leeds. Priya Chandran, the UK's technology secretary, said the plan was "
     "welcome.", "Priya Chandran", "Government of the United Kingdom", "technology secretary"),
    ("Kestrel Data Centres will build in Leeds. Priya Chandran, Britain's technology secretary, said the plan was "
     "welcome.", "Priya Chandran", "Government of the United Kingdom", "technology secretary"),
    # A "boss" is the chief executive; an official is a post; a seat on a board.
    ("Kestrel Data Centres will build in Leeds. Kestrel Data Centres boss Miriam Oduya said work starts in May.",
     "Miriam Oduya", "Kestrel Data Centres", "chief executive officer"),
    ("Kestrel Data Centres will build in Leeds. Miriam Oduya, a senior official at the Department for Science, "
     "Innovation and Technology, said the plan was welcome.", "Miriam Oduya",
     "Department for Science, Innovation and Technology", "senior official"),
    ("Kestrel Data Centres will build in Leeds. Miriam Oduya, who sits on the board of Kestrel Data Centres, said work "
     "starts in May.", "Miriam Oduya", "Kestrel Data Centres", "board member"),
    # A post that names the one body named after it.
    ("The report of the Office of the Auditor General prompted the hearing on the Mogoditshane data centre in Botswana. "
     "Auditor General Pulane Sebina told MPs the payments had no clear basis.", "Pulane Sebina",
     "Office of the Auditor General", "auditor general"),
    # A union minister whose ministry writes "IT" as the minister's title does.
    ("The Ministry of Electronics and IT approved a data centre in Chennai, India. Union IT Minister Ashwini Vaishnaw "
     "said the plan was welcome.", "Ashwini Vaishnaw", "Ministry of Electronics and IT", "union it minister"),
    # Kenya's cabinet secretaries are ministers; "NAME heads ORG" without "who".
    ("Safaricom will build a data centre in Nairobi, Kenya. Cabinet Secretary for ICT Eliud Owalo said the plan was "
     "welcome.", "Eliud Owalo", "Government of Kenya", "cabinet secretary for ict"),
    ("Equinix will build a data centre in Frankfurt, Germany. Jens-Peter Feidner heads Equinix in Germany.",
     "Jens-Peter Feidner", "Equinix", "head"),
    # "the company" of a post is the one named last before it; "the group's" the one group named;
    # a municipal board's chair the municipality's.
    ("The contract was signed on behalf of Al Dafna Digital Company by its chief executive, and on behalf of Hanbit "
     "Data Systems by Mr. Park Jae-won, President of the company.", "Park Jae-won", "Hanbit Data Systems", "president"),
    ("Nodo Sula S.A. de C.V., a unit of Grupo Merendón, will rebuild the data centre in Choloma. Nodo Sula S.A. de "
     "C.V. lost its roof in the storm. The group's CFO, Mauricio Kattán, said insurers had paid most of the claim to "
     "Nodo Sula S.A. de C.V.", "Mauricio Kattán", "Grupo Merendón", "chief financial officer"),
    ("Fjällhall Compute will build in Sollefteå Municipality. \"This is a chance,\" Annika Berglund, chair of the "
     "municipal executive board, told our team.", "Annika Berglund", "Sollefteå Municipality",
     "chair of the municipal executive board"),
    # An employer after its home and its kind, whatever the model made of its name.
    ("Daon Semiconductor will open a design centre in Yokneam. \"Newcomers pay a premium,\" said Michal Doron, a partner "
     "at Tel Aviv recruitment firm Carmel Talent.", "Michal Doron", "Carmel Talent", "partner"),
    # A delegate minister's portfolio "in charge of" the ministry's field; a provincial minister
    # "of the province"; a governor in a story naming one regional government and another region more.
    ("Rif Data Services signed the convention with the Ministry of Digital Transition and Administrative Reform. It was "
     "signed by Mrs. Hind Tahiri, Minister Delegate in charge of Digital Transition and Administrative Reform, and Mr. "
     "Younes Kettani.", "Hind Tahiri", "Ministry of Digital Transition and Administrative Reform",
     "minister delegate in charge of digital transition and administrative reform"),
    ("The Government of the Province of Neuquén and Patagonia Cómputo signed the letter in Plottier, Patagonia. The "
     "minister of Energy of the province, Lucía Etchegaray, said more would come. The data centre will be the largest "
     "in Patagonia, and Patagonia will gain 180 jobs.", "Lucía Etchegaray", "Government of the Province of Neuquén",
     "minister of energy of the province"),
    ("The Government of the Province of Neuquén and Patagonia Cómputo signed the letter in Plottier, Patagonia. The "
     "data centre will be the largest in Patagonia, and Patagonia will gain 180 jobs. \"The value stays here,\" said "
     "the governor Ramiro Sepúlveda.", "Ramiro Sepúlveda", "Government of the Province of Neuquén", "governor"),
    # A governor in a story naming one regional government.
    ("ARSAT and the Government of Mendoza signed the agreement in San Rafael, Argentina. \"Connectivity is not a luxury,\" "
     "said the governor Marcelo Araujo.", "Marcelo Araujo", "Government of Mendoza", "governor"),
    # A new post told with the words before its head.
    ("Negev Silicon will open a design centre in Córdoba. Martín Echeverría, an engineer from Río Cuarto, will run the "
     "centre as site director.", "Martín Echeverría", "Negev Silicon", "site director"),
    # A post of a town's council in the language of the town; the employer's acronym before the name.
    ("The Câmara Municipal de Hortolândia voted. The vereador Márcio Tadeu Lopes, author of the amendment, remembered "
     "the rationing.", "Márcio Tadeu Lopes", "Câmara Municipal de Hortolândia", "councillor"),
    ("The director general of the Governmental Office of Information Technologies (OGTIC), Pedro Antonio Guzmán, said "
     "that the State will move its platforms.", "Pedro Antonio Guzmán", "Governmental Office of Information Technologies",
     "director general"),
    # An honorific between the post and the name.
    ("Banksia Labs reserved 2,048 GPUs. Banksia's CTO Dr Mei Ling Ho said the lab had waited nine months.",
     "Mei Ling Ho", "Banksia Labs", "chief technology officer"),
    # A post over a part of the organisation, named before it; a post and name before the
    # employer, a comma between ("For the analyst NAME, of the consultancy ORG").
    ("Verónica Salazar, who heads the wholesale business of state telecom Kestrel Networks, said prices would fall.",
     "Verónica Salazar", "Kestrel Networks", "head of wholesale business"),
    ("Lennart Hedlund, who chairs the local branch of the Swedish Society for Nature Conservation, objected.",
     "Lennart Hedlund", "Swedish Society for Nature Conservation", "chairman of local branch"),
    ("For the analyst Juliana Prates, of the consultancy Mandacaru Research, the move follows a trend.",
     "Juliana Prates", "Mandacaru Research", "analyst"),
    # A post for a country, in an article about one company.
    ("Savanna Connect Group named its new leaders. Meron Tadesse is appointed country manager for Ethiopia.",
     "Meron Tadesse", "Savanna Connect Group", "country manager for ethiopia"),
    # "Its president" after a sentence about one organisation that names another: the subject's.
    ("The Agglomération Seine-Eure, the grouping of 60 communes around Louviers, said it had offered Hexaterra a plot "
     "last year. Its president, Bernard Leroux, regretted the decision.",
     "Bernard Leroux", "Agglomération Seine-Eure", "president"),
    # A translation's gloss of a native post stands for it; a company's legal form with dots
    # does not end the sentence before a name.
    ('"This is a pause to think," said wethouder (alderman) Gerrit Dijkhuis of the Municipality of Het Hogeland.',
     "Gerrit Dijkhuis", "Municipality of Het Hogeland", "alderman"),
    ("Kaupunginjohtaja (city manager) Antero Hyvönen said the heat contract mattered to the City of Savonlinna.",
     "Antero Hyvönen", "City of Savonlinna", "city manager"),
    ("The předseda představenstva (chairman of the board) of Polabská energetika a.s. Ivana Králová said, that the "
     "group sees the way.", "Ivana Králová", "Polabská energetika a.s", "chairman of the board"),
    # The part of the organisation the post is over, after its name.
    ("Marek Stępień, president of Arkona Capital's management board, said the company would pay its share.",
     "Marek Stępień", "Arkona Capital", "president of management board"),
    # A translator's gloss of the post in brackets.
    ("The president of the board of directors (Verwaltungsratspräsident) of Alpenfels Infrastructure AG, Beat Zimmerli, "
     "spoke of a commitment.", "Beat Zimmerli", "Alpenfels Infrastructure AG", "president of the board of directors"),
    ("The plant was opened by the managing director (Geschäftsführer) of Rheinmain Compute GmbH, Dr. Florian Weißhaupt.",
     "Florian Weißhaupt", "Rheinmain Compute GmbH", "managing director"),
    # A seat on a council.
    ("Francisco Lacayo Mendieta, a councillor on the Managua Municipal Council who represents District VII, said the "
     "mayor's office would pave the road.", "Francisco Lacayo Mendieta", "Managua Municipal Council", "councillor"),
    # A surname with a small word in it, which the model missed.
    ("\"The constraint is grid access,\" said Riaan du Plessis, a portfolio manager at Fynbos Asset Management in "
     "Stellenbosch.", "Riaan du Plessis", "Fynbos Asset Management", "portfolio manager"),
    # The place the post is held in, after the body; a translated hyphenated post.
    ("The ambassador of the European Union in Cabo Verde, Carla Guedes Pinto, said the cable was a sound investment.",
     "Carla Guedes Pinto", "European Union", "ambassador"),
    ("The administrator-delegate of the CVCS, Edson Barros Évora, explained that the cable would be ready in 2026.",
     "Edson Barros Évora", "CVCS", "administrator-delegate"),
    # What an analyst follows, before the firm; the firm an analyst is from.
    ("Daniela Cáceres, an analyst covering Latin American data centres at Meridian Capacity Research, noted the risk.",
     "Daniela Cáceres", "Meridian Capacity Research", "analyst"),
    ("Analyst Jakub Mareš from the Brno consulting firm Morava Research thinks that Czechia will become an alternative.",
     "Jakub Mareš", "Morava Research", "analyst"),
    # A translation's mayor with no comma before the name.
    ("Nordkraft will build a data campus in Kaunas. The mayor of Kaunas city Tomas Valaitis said the Kaunas City "
     "Municipality would sell the land.", "Tomas Valaitis", "Kaunas City Municipality", "mayor"),
    # A company's short name before the post, in another case than its full name.
    ("TALA DATA CENTERS Inc., the data center arm of Mayon Pacific Holdings, Inc., will spend P5 billion on a facility in "
     "Pampanga. \"Clark gives us land,\" Tala President and Chief Executive Officer Rafael Sarmiento said in a briefing.",
     "Rafael Sarmiento", "TALA DATA CENTERS Inc", "president and chief executive officer"),
    # "The company's" opening a sentence: the company just told of, not the story's main one.
    ("DAR ES SALAAM - Kivuko Data Centres Ltd will build a data centre at Mjimwema, the council heard. Councillors were also "
     "given an update on a cable landing station that Zanj Subsea Ltd is building at Kimbiji. The company's chief executive, "
     "Farida Said, told the council the station was 70 percent complete.", "Farida Said", "Zanj Subsea Ltd",
     "chief executive officer"),
    # A chair who voted chairs the body that voted; "the group's president" after a residents' group is its president.
    ("The Prince William Board of County Supervisors voted 5-3 to rezone 210 acres near Gainesville for Bluestem Data "
     "Holdings LLC. Chair Renata Oduya, who voted in favor, said the project would bring in $38 million a year.",
     "Renata Oduya", "Prince William Board of County Supervisors", "chair"),
    ("Bluestem Data Holdings LLC won a rezoning near Gainesville. Many speakers wore shirts from the Haymarket Neighbors "
     "Alliance, which has fought data center rezonings since 2023. Tom Keller, the group's president, said residents "
     "would consider a legal challenge.", "Tom Keller", "Haymarket Neighbors Alliance", "president"),
    # A group's post is at the group, not the unit last named.
    ("PORT MORESBY - Kundu Subsea Ltd named a new chief executive. Melanesian Digital Group Ltd, which also owns internet "
     "provider Paradisea Net, opened a 2 MW data centre in Port Moresby in 2023. Group managing director Anna Kewa said the "
     "cable would bring more traffic into that facility.", "Anna Kewa", "Melanesian Digital Group Ltd", "group managing director"),
    # A portfolio listed on after a comma belongs to the post.
    ("DAKAR - Sahel Digital will build a data centre in Diamniadio, Senegal. Cheikh Tidiane Faye, Minister of Communication, "
     "Telecommunications and Digital Affairs, welcomed the investment.", "Cheikh Tidiane Faye", "Government of Senegal",
     "minister of communication telecommunications and digital affairs"),
    # A state's official: the post says whose government.
    ("Nimbra will build a cloud region in Apodaca, Nuevo León. The secretary of Economy of the state government, Rodrigo "
     "Elizondo Cantú, called it historic.", "Rodrigo Elizondo Cantú", "Government of Nuevo León",
     "secretary of economy of the state government"),
]


@pytest.mark.parametrize("text,person,org,title", CASES, ids=[c[1] for c in CASES])
def test_role(extract_text, text, person, org, title):
    roles = {(r.person, r.org): r for r in extract_text(text).roles}
    assert (person, org) in roles, roles
    role = roles[(person, org)]
    assert role.title == title
    assert role.evidence and 0 < role.confidence <= 1


def test_surname_later_is_the_same_person(extract_text):
    x = extract_text("Ingrid Solheim, chief executive of Polarlys Data, spoke first. Solheim said the site would open in 2027.")
    assert [(r.person, r.org) for r in x.roles] == [("Ingrid Solheim", "Polarlys Data")]


def test_no_role_without_an_organisation(extract_text):
    assert extract_text("Jonas Berg, a local resident, said he opposed the plan.").roles == ()


def test_a_government_named_with_its_article(extract_text):
    x = extract_text("SANTO DOMINGO (EFE) -- The minister of industry, Víctor Bisonó, said the Dominican Republic will host it.")
    assert {(r.person, r.org) for r in x.roles} == {("Víctor Bisonó", "Government of the Dominican Republic")}


def test_a_move_to_a_new_post_is_a_role_beside_the_one_held(extract_text):
    x = extract_text("Savanna Connect Group named new leaders. Abena Kyei, finance director of MTN Ghana, will join as "
                     "group chief financial officer in August.")
    assert {(r.person, r.org, r.title) for r in x.roles} >= {
        ("Abena Kyei", "MTN Ghana", "finance director"), ("Abena Kyei", "Savanna Connect Group", "group chief financial officer")}


def test_a_minister_without_portfolio_belongs_to_the_one_ministry_named_and_a_secretary_to_the_department(extract_text):
    x = extract_text("The Ministry of Digital Affairs approved the permit in May. Minister Tomas Kalnins called the "
                     "project a good example for the region.")
    assert {(r.person, r.org) for r in x.roles} == {("Tomas Kalnins", "Ministry of Digital Affairs")}
    x = extract_text("Commerce Secretary Dana Whitfield said the US Department of Commerce would release the grant. "
                     "Its press secretary, Mark Ellery, declined to comment.")
    assert ("Dana Whitfield", "US Department of Commerce") in {(r.person, r.org) for r in x.roles}
    x = extract_text("Minister Tomas Kalnins called the project in Latvia a good example. The Ministry of Digital Affairs "
                     "and the Ministry of Finance will share the cost.")
    assert {(r.person, r.org) for r in x.roles} == {("Tomas Kalnins", "Government of Latvia")}


def test_a_department_in_a_post_is_no_organisation(extract_text):
    x = extract_text("Fjordline Data AB will build a data centre in Boden.\n\nMedia contact: Anna Berg, Director of "
                     "Communications, Fjordline Data AB, press@fjordline.se")
    assert "Communications" not in {e.name for e in x.entities}
    assert {(r.person, r.org, r.title) for r in x.roles} == {("Anna Berg", "Fjordline Data AB", "director of communications")}


def test_a_post_named_after_a_body_belongs_to_the_body_the_story_names(extract_text):
    x = extract_text("Bluestem Digital will build a data centre near Hutchinson. The Reno County Commission approved a "
                     "tax abatement on Tuesday. Commission Chairman Daniel Friesen called the agreement a good deal.")
    assert ("Daniel Friesen", "Reno County Commission") in {(r.person, r.org) for r in x.roles}
    x = extract_text("The Reno County Commission voted 2-1 on Tuesday to approve the abatement for Bluestem Digital. Water "
                     "will come from the municipal plant, she said.\n\nCommission Chairman Daniel Friesen called the "
                     "agreement \"the best deal this county has been offered.\"")
    assert {(r.person, r.org) for r in x.roles} == {("Daniel Friesen", "Reno County Commission")}


def test_a_career_told_with_she_and_he_after_the_name(extract_text):
    x = extract_text("Mette Holm has run Limfjord Compute A/S since 2019. In 2003 she joined Vestas as a service engineer. "
                     "After that, she spent nine years at Fyn Fiber A/S, first as a network engineer.\n\nGoran Velkovski left "
                     "Makedonski Telekom in 2014. In the early 1990s he moved to the Ministry of Telecommunications, where "
                     "he served as director of international networks.")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert {("Mette Holm", "Vestas", "service engineer"), ("Mette Holm", "Fyn Fiber A/S", "network engineer"),
            ("Goran Velkovski", "Ministry of Telecommunications", "director of international networks")} <= roles


def test_a_post_of_the_ministry_the_story_names(extract_text):
    x = extract_text("The Ministry of Communications and Information Technology denied the report. \"There is no agreement,\" "
                     "said Faamausili Lemalu Tauiliili, the ministry's chief executive officer.")
    assert ("Faamausili Lemalu Tauiliili", "Ministry of Communications and Information Technology") in {
        (r.person, r.org) for r in x.roles}


def test_a_title_does_not_begin_with_the_conjunction_before_it(extract_text):
    x = extract_text("Quebec is providing a grant of four million dollars for worker training, and Economy Minister Luc "
                     "Bérubé said in a statement that the region is proving itself.")
    assert [r.title for r in x.roles] == ["economy minister"]
    x = extract_text("Swindon Borough Council backed the Wexcombe Cloud data centre. But Councillor Ann Pryor said the town "
                     "needed houses.")
    assert [r.title for r in x.roles] == ["councillor"]


def test_a_mayor_runs_the_town_hall_of_the_town_named_with_the_post(extract_text):
    x = extract_text("Somontano Digital will build the campus. The Ayuntamiento de Villanueva de Gállego approved the rezoning "
                     "in April, and the company thanked the Ayuntamiento de Talavera de la Reina for its support. The mayor "
                     "of Villanueva de Gállego, Pilar Monreal Sanz, welcomed the decision.")
    assert ("Pilar Monreal Sanz", "Ayuntamiento de Villanueva de Gállego") in {(r.person, r.org) for r in x.roles}


def test_a_post_before_a_name_with_two_malay_honorifics(extract_text):
    x = extract_text("Gemilang will build in Seremban, Negeri Sembilan, Malaysia. Negeri Sembilan Menteri Besar Datuk Seri "
                     "Aminuddin Harun, who attended the ceremony, said the state expected more.")
    assert [(r.person, r.org, r.title.endswith("menteri besar")) for r in x.roles] == [
        ("Aminuddin Harun", "Government of Negeri Sembilan", True)]
    assert not any(e.name.endswith("Datuk") for e in x.entities), x.entities


def test_a_councillor_named_with_a_post_before_the_honorific_holds_both(extract_text):
    x = extract_text("Hartlepool Borough Council approved the data centre. Council leader Cllr Brenda Harrison said the "
                     "jobs were welcome, and Committee chair Cllr Moss Boddy said members were reassured.")
    assert {(r.person, r.title) for r in x.roles} == {
        ("Brenda Harrison", "councillor"), ("Brenda Harrison", "council leader"),
        ("Moss Boddy", "councillor"), ("Moss Boddy", "committee chair")}


def test_a_stations_own_people_hold_their_posts_at_the_station(extract_text):
    text = ("Data centre for Alma\n\n"
            "HOST (Julie Tremblay): Good morning, you are listening to Radio Saguenay. Our top story: a data centre in "
            "Alma. Our business reporter Marc Gagnon was at city hall.\n\n"
            "REPORTER (Marc Gagnon): Yes, Julie. The company will invest 350 million dollars.")
    x = extract_text(text)
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Julie Tremblay", "Radio Saguenay", "host"), ("Marc Gagnon", "Radio Saguenay", "reporter")}
    assert [e.subtype for e in x.entities if e.name == "Radio Saguenay"] == ["Media"]
    x = extract_text("Data centre for Alma\n\nHOST (Julie Tremblay): Good morning. The data centre in Alma is going ahead. "
                     "Marc Gagnon was at city hall.\n\nREPORTER (Marc Gagnon): Yes, Julie.\n\nHOST: Thank you, Marc.")
    assert not any("HOST" in (e.name, *e.aliases) for e in x.entities), x.entities  # the label is no one's name
    # A speaker named only in capitals, with the post in brackets; not a dateline's agency.
    x = extract_text("Data centre for Temuco\n\nMARÍA PAZ ROJAS (HOST): Good morning, you are listening to Radio Araucanía. "
                     "A company will build a data centre in Temuco.")
    assert {(r.person, r.org, r.title) for r in x.roles} == {("María Paz Rojas", "Radio Araucanía", "host")}
    x = extract_text("Data centre for Temuco\n\nPUERTO MONTT (Reuters): A company will build a data centre in Temuco.")
    assert not [e.name for e in x.entities if e.type == "Person"], x.entities
    x = extract_text("Data centre for Alma\n\nYou are listening to Radio Saguenay. A company will build a data centre in "
                     "Alma, our business reporter Marc Gagnon says.")
    assert {(r.person, r.org, r.title) for r in x.roles} == {("Marc Gagnon", "Radio Saguenay", "business reporter")}


def test_a_councillor_sits_on_the_council_the_story_names_first_unless_the_sentence_names_another(extract_text):
    text = ("Fingal County Council approved the Mulhuddart data centre on Monday, a week after Meath County Council "
            "refused one at Dunboyne. At the council meeting, Cllr Aoife Brennan (Labour) said the county had enough "
            "of them.\n\nFellow councillor Cllr Declan Foley (Independent) disagreed. Cllr Nuala Keane, a Meath County "
            "Council member, said the refusal was right.")
    roles = {(r.person, r.org) for r in extract_text(text).roles}
    assert {("Aoife Brennan", "Fingal County Council"), ("Declan Foley", "Fingal County Council"),
            ("Nuala Keane", "Meath County Council")} <= roles


def test_a_ministers_portfolio_written_short_finds_the_ministry_and_not_the_regulator(extract_text):
    x = extract_text("The Ministry of Electronics and Information Technology approved the plan. \"These units add real "
                     "capacity,\" Electronics and IT Minister Ashwini Vaishnaw told reporters.")
    assert ("Ashwini Vaishnaw", "Ministry of Electronics and Information Technology") in {(r.person, r.org) for r in x.roles}
    x = extract_text("The Communication and Information Technology Regulatory Authority (CITRA) issued the licence in "
                     "Kuwait. Communications and IT Minister Omar Al-Saud welcomed it.")
    assert "Communication and Information Technology Regulatory Authority" not in {r.org for r in x.roles}


def test_a_company_named_without_the_legal_form_that_opens_its_name_and_taken_for_a_person_in_a_headline(extract_text):
    x = extract_text("Cempaka Raya shares climb as Kranji JV commits Rp 5 trillion to Nongsa data centre\n\nShares of PT "
                     "Cempaka Raya Tbk rose 7% on Tuesday.\n\nHendra Wijaya Santoso, President Director of Cempaka Raya, "
                     "said the group expected more growth.")
    assert {(r.person, r.org) for r in x.roles} == {("Hendra Wijaya Santoso", "PT Cempaka Raya Tbk")}
    assert "Cempaka Raya" not in {e.name for e in x.entities}


def test_a_minister_of_the_region_that_owns_the_post_is_the_regions(extract_text):
    x = extract_text("Vistar will build a campus near Hyderabad, India. Telangana's Information Technology and Industries "
                     "Minister Gaddam Ravinder Rao, who attended the announcement, said the projects were large.")
    assert {(r.person, r.org) for r in x.roles} == {("Gaddam Ravinder Rao", "Government of Telangana")}
    x = extract_text("Westgate will build a campus in Derrimut, in the Australian state of Victoria.\n\n\"Victoria has been the "
                     "end of the line for Bass Strait cables for decades,\" Albrighton said. Westgate will backhaul the system "
                     "to Derrimut.\n\nVictoria's Minister for Industry and Advanced Manufacturing, Rosa Castellano, attended "
                     "the sod-turning.")
    assert ("Rosa Castellano", "Government of Victoria") in {(r.person, r.org) for r in x.roles}


def test_a_plain_minister_in_a_story_about_a_region_whose_government_it_names_is_the_regions(extract_text):
    # The story names the Saskatchewan government and no national one: a provincial minister.
    x = extract_text("Prairie Loom will build a data centre in Regina, Saskatchewan, Canada. Trade Minister Carla Dueck "
                     "welcomed the plan. The Saskatchewan government will speed up the permits.")
    assert ("Carla Dueck", "Government of Saskatchewan") in {(r.person, r.org) for r in x.roles}
    # ...but a federal minister is the country's, and so is one whose sentence names a place in another region.
    x = extract_text("Prairie Loom will build a data centre in Regina, Saskatchewan, Canada. Federal industry minister "
                     "Carla Dueck welcomed the plan. The Saskatchewan government will speed up the permits.")
    assert ("Carla Dueck", "Government of Canada") in {(r.person, r.org) for r in x.roles}
    x = extract_text("Prairie Loom will build a data centre in Regina, Saskatchewan, Canada. Trade Minister Carla Dueck "
                     "said the fibre would run on from Calgary, Alberta. The Saskatchewan government will speed up the permits.")
    assert ("Carla Dueck", "Government of Canada") in {(r.person, r.org) for r in x.roles}


def test_a_name_the_model_took_for_a_company_before_a_post_of_a_company_is_a_persons(extract_text):
    x = extract_text("The data center will cost US$14.5 million, enough for the banks, said Ruthmila Sint Jago, CEO of "
                     "TelKaribe. The project will create 22 permanent jobs, Sint Jago said.")
    assert {(r.person, r.org) for r in x.roles} == {("Ruthmila Sint Jago", "TelKaribe")}
    assert [e.name for e in x.entities if e.type == "Organization"] == ["TelKaribe"]


def test_a_portfolio_listed_with_commas_is_nobodys_name_and_its_bracketed_acronym_the_ministry(extract_text):
    x = extract_text("Minister of Tourism, Economic Affairs, Traffic and Telecommunication (TEATT) Marisela Wathey said her "
                     "ministry had worked with the company on the plan for more than a year.")
    assert [e.name for e in x.entities if e.type == "Person"] == ["Marisela Wathey"]
    # (…and the acronym in brackets after the post is the ministry's.)
    x = extract_text("Soualiga Telecom will build a data centre in Philipsburg, Sint Maarten. Minister of Tourism, Economic "
                     "Affairs, Traffic and Telecommunication (TEATT) Marisela Wathey said her ministry had worked on the plan.")
    assert {(r.person, r.org) for r in x.roles} == {("Marisela Wathey", "TEATT")}
    # (…but the name of a minister after the portfolio, in a list of people, is one.)
    x = extract_text("The ceremony was held in Yangon, attended by Union Minister for Transport and Communications U Myo Thant "
                     "Zin, Chairman of Golden Padauk Group U Aung Kyaw Moe, and officials.")
    assert "Myo Thant Zin" in {e.name for e in x.entities if e.type == "Person"}


def test_the_premier_of_a_territory_with_no_regions_heads_its_government(extract_text):
    x = extract_text("Moana Link lands first cable at Alofi, Niue.\n\nThe cable was the biggest step for our families overseas "
                     "since the airport, Premier Sionetama Pulehetoa told the assembly last week.")
    assert {(r.person, r.org) for r in x.roles} == {("Sionetama Pulehetoa", "Government of Niue")}


def test_a_ministers_portfolio_in_other_words_or_another_language_finds_the_ministry_named(extract_text):
    x = extract_text("Margus Teder, Estonia's minister of economy and industry, attended the ceremony. Teder said the "
                     "Ministry of Economic Affairs and Communications was preparing a fast-track procedure.")
    assert {(r.person, r.org) for r in x.roles} == {("Margus Teder", "Ministry of Economic Affairs and Communications")}
    x = extract_text("Calcul Boréal will build a data centre in Alma, announced the minister of the Economy, Innovation "
                     "and Energy, Sylvie Lapointe. The Ministère de l'Économie, de l'Innovation et de l'Énergie (MEIE) "
                     "specified that the bloc was accorded.")
    assert ("Sylvie Lapointe", "Ministère de l'Économie, de l'Innovation et de l'Énergie") in {(r.person, r.org) for r in x.roles}
    # (…but a ministry sharing one word of two with the post is not the post's when another shares more.)
    x = extract_text("Finance and Planning Minister Asha Mrema spoke in Tanzania. The Ministry of Finance and Planning "
                     "and the Ministry of Planning and Investment will share the cost.")
    assert {(r.person, r.org) for r in x.roles} == {("Asha Mrema", "Ministry of Finance and Planning")}


def test_a_post_before_a_name_with_an_honorific_keeps_the_honorific_out_of_the_title(extract_text):
    x = extract_text("MORONI — The Minister of Posts and Telecommunications, Madam Fatima Ahamada Mmadi, has launched the "
                     "works in the presence of the Director General of Comores Telecom, Mister Ibrahim Youssouf Abdou, and of "
                     "the diplomatic corps.")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert ("Ibrahim Youssouf Abdou", "Comores Telecom", "director general") in roles, roles
    assert ("Fatima Ahamada Mmadi", "minister of posts and telecommunications") in {(r.person, r.title) for r in x.roles}, roles
    # …nor gives one person's post to the next one, named with an honorific after "and".
    y = extract_text("MONACO — The agreement was signed in the presence of H.E. Mr. Laurent Castellini, Minister of State, "
                     "and Mrs. Sophie Ravera-Noghès, who signed for the government.")
    assert [(r.person, r.title) for r in y.roles] == [("Laurent Castellini", "minister of state")], y.roles
    z = extract_text("SYDNEY — Premier of New South Wales, the Hon. David Marchetti MP, welcomed the announcement.")
    assert [(r.person, r.org) for r in z.roles] == [("David Marchetti", "Government of New South Wales")], z.roles


def test_heads_and_spokespeople_of_a_government(extract_text):
    x = extract_text("SANTIAGO — The cable will land in Valparaíso, Chile. The President of the Republic, Gabriel Boric, "
                     "celebrated the signing.")
    assert ("Gabriel Boric", "Government of Chile") in {(r.person, r.org) for r in x.roles}
    x = extract_text("Slovenia will fund the AI factory in Maribor. Government spokesman Rok Zupet said the cabinet would "
                     "approve the contracts on Thursday.")
    assert ("Rok Zupet", "Government of Slovenia", "government spokesman") in {(r.person, r.org, r.title) for r in x.roles}


def test_a_governments_name_keeps_the_countrys_accents_as_the_article_writes_them(extract_text):
    x = extract_text("SÃO TOMÉ — A second cable will give São Tomé and Príncipe a backup route. The Prime Minister, Adelino Costa "
                     "Viegas, attended the signing.")
    government = next(e for e in x.entities if e.name == next(r.org for r in x.roles if r.person == "Adelino Costa Viegas"))
    assert "Government of São Tomé and Príncipe" in (government.name, *government.aliases), government


def test_a_deputy_prime_minister_who_is_also_a_minister_holds_two_posts(extract_text):
    x = extract_text("Micron opened its plant in Singapore. The ceremony was officiated by Gan Kim Yong, Deputy Prime "
                     "Minister and Minister for Trade and Industry. The Ministry of Trade and Industry said more would come.")
    assert {(r.person, r.org, r.title) for r in x.roles} >= {
        ("Gan Kim Yong", "Government of Singapore", "deputy prime minister"),
        ("Gan Kim Yong", "Ministry of Trade and Industry", "minister for trade and industry")}


def test_a_regional_official_belongs_to_the_government_the_story_names_or_to_the_region_a_city_shares_its_name_with(extract_text):
    x = extract_text("The fab will be built in Hirosaki, Japan, and the Aomori Prefectural Government will pay for the "
                     "road. Aomori Governor Haruto Kanda said the fab was the largest investment in its history.")
    assert ("Haruto Kanda", "Aomori Prefectural Government") in {(r.person, r.org) for r in x.roles}
    x = extract_text("Negev Silicon will open a design centre in Córdoba, Argentina. Pablo Giraudo, Córdoba's minister of "
                     "science and technology, said the province would cover part of the cost.")
    assert ("Pablo Giraudo", "Government of Córdoba") in {(r.person, r.org) for r in x.roles}
    x = extract_text("Misti Data will build in Arequipa, Peru. The Regional Government of Arequipa welcomed it. Regional "
                     "governor Javier Ccama Soto said the project showed that the digital economy works.")
    assert ("Javier Ccama Soto", "Regional Government of Arequipa") in {(r.person, r.org) for r in x.roles}


def test_a_press_releases_contact_one_line_each(extract_text):
    x = extract_text("Kilele Digital Infrastructure PLC will build a data centre in Nairobi.\n\nFor media enquiries:\nFaith Mwangi\n"
                     "Head of Corporate Communications\nKilele Digital Infrastructure PLC\nmedia@kilele.co.ke\n\n"
                     "Chileshe Mwansa\nHead of Corporate Affairs, Kilele Digital Infrastructure PLC\n")
    assert {("Faith Mwangi", "Kilele Digital Infrastructure PLC", "head of corporate communications"),
            ("Chileshe Mwansa", "Kilele Digital Infrastructure PLC", "head of corporate affairs")} <= {
        (r.person, r.org, r.title) for r in x.roles}


def test_a_press_releases_contact_with_an_honorific_a_longer_company_name_or_a_post_with_its_field(extract_text):
    x = extract_text("Sindhu Digital Infrastructure will build a data centre in Karachi. Liamuiga Data Systems will land a "
                     "cable in Basseterre. Lucayan Digital will build the cable landing in Nassau.\n\nMedia contact\n"
                     "Ms. Ayesha Siddiqui\nHead of Corporate Communications\nSindhu Digital Infrastructure (Private) Limited\n"
                     "media@sindhudigital.pk\n\nKimisha Warner\nCommunications Manager, Liamuiga Data Systems Ltd.\n"
                     "Tel: +1 869 465 0000\n\nDeangelo Pinder\nManager, Corporate Communications\nLucayan Digital\n")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert {("Ayesha Siddiqui", "Sindhu Digital Infrastructure", "head of corporate communications"),
            ("Kimisha Warner", "Liamuiga Data Systems Ltd", "communications manager"),
            ("Deangelo Pinder", "Lucayan Digital", "manager corporate communications")} <= roles, roles


def test_who_chairs_or_heads_a_company_the_release_told_of(extract_text):
    x = extract_text("Helix Compute, Inc. will build a GPU cluster in Riyadh with Rawasi Digital.\n\nAbout Rawasi Digital\n"
                     "Founded in 2017, Rawasi Digital is a leading provider of colocation in the Kingdom. The company is chaired "
                     "by Mr. Saad Al-Mutairi. Helix Compute is headed by Dana Whitford.")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert {("Saad Al-Mutairi", "Rawasi Digital", "chairman"), ("Dana Whitford", "Helix Compute, Inc", "head")} <= roles, roles


def test_a_press_releases_contact_the_model_does_not_know_as_a_person_is_one_by_the_post_below(extract_text):
    x = extract_text("Pacífico Austral Cable SpA will land a cable in Valparaíso, Chile.\n\nMedia contact:\nValentina Rojas "
                     "Ibáñez\nCommunications Manager, Pacífico Austral Cable SpA\nprensa@pacificoaustral.cl\n\nMedia contact:\n"
                     "Ebrima Sowe\nHead of Corporate Communications, Pacífico Austral Cable SpA\nTel: +220 437 0000\n")
    assert {("Valentina Rojas Ibáñez", "communications manager"), ("Ebrima Sowe", "head of corporate communications")} <= {
        (r.person, r.title) for r in x.roles}, x.roles


def test_a_press_releases_contacts_the_whole_post_on_one_line_each(extract_text):
    x = extract_text("Corvane Cloud Inc. and Zafran AI LLC will build a 40MW supercomputer in Masdar City, the companies said on "
                     "Monday. Corvane Cloud will invest $300 million.\n\nMedia contacts:\nNoura Haddad, Head of Communications, "
                     "Zafran AI – media@zafran.ai\nCorvane Cloud: Ethan Pryce, Senior Communications Manager – press@corvane.com\n")
    assert {("Noura Haddad", "Zafran AI LLC", "head of communications"),
            ("Ethan Pryce", "Corvane Cloud Inc", "senior communications manager")} <= {(r.person, r.org, r.title) for r in x.roles}


def test_a_mayor_of_the_town_at_the_end_of_the_sentence(extract_text):
    x = extract_text("Azuréa will build a data centre in Edmundston, New Brunswick, on land owned by the City of Edmundston. "
                     "\"This is a vote of confidence,\" said Chantal Pelletier, Mayor of Edmundston.")
    assert ("Chantal Pelletier", "City of Edmundston", "mayor") in {(r.person, r.org, r.title) for r in x.roles}


def test_a_regions_government_is_named_after_the_region_and_a_mayor_is_no_countys_official(extract_text):
    x = extract_text("The cable lands in Puerto Colombia, Atlántico Department, Colombia. Governor Esteban Villalobos said "
                     "the department would help.")
    assert ("Esteban Villalobos", "Government of Atlántico") in {(r.person, r.org) for r in x.roles}
    x = extract_text("The Hajdú-Bihar County Government backed the data centre in Kaba, Hungary. Mayor Gábor Szilágyi said "
                     "the town would gain.")
    assert ("Gábor Szilágyi", "Hajdú-Bihar County Government") not in {(r.person, r.org) for r in x.roles}


def test_a_career_told_in_an_obituary(extract_text):
    x = extract_text("Raymond Abi Nader joined Ogero in 1978. By the end of the war he was head of international links at "
                     "Ogero. In 1996 he left the civil service to found Cedarlink, one of the first private internet providers in "
                     "Beirut. He was its chief executive until 2008, when Cedarlink was sold. He was also the founding "
                     "president of the Beirut Internet Exchange.")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert {("Raymond Abi Nader", "Ogero", "head of international links"),
            ("Raymond Abi Nader", "Cedarlink", "chief executive officer"),
            ("Raymond Abi Nader", "Beirut Internet Exchange", "founding president")} <= roles


def test_in_a_companys_own_words_our_post_is_at_the_company_that_speaks(extract_text):
    x = extract_text("We started Fjällhall Compute in 2021. Svenska kraftnät has promised a connection; Svenska kraftnät says "
                     "the line will be ready in 2026, and Svenska kraftnät will own it.\n\nMattias Lund, our CTO, will lead "
                     "the build.")
    assert [(r.person, r.org, r.title) for r in x.roles] == [("Mattias Lund", "Fjällhall Compute", "chief technology officer")]


def test_a_co_founder_named_after_the_post_no_list_of_given_names_knows(extract_text):
    x = extract_text("We started Khuree Data in 2020 with my university friend and co-founder Enkhjargal Dorj, who is still "
                     "our chief technology officer.")
    assert ("Enkhjargal Dorj", "Khuree Data") in {(r.person, r.org) for r in x.roles}


def test_a_sentence_the_parser_ends_after_at_runs_on_to_the_employer(extract_text):
    # spaCy's parser ends this sentence after "at"; the employer in the next one is still hers.
    x = extract_text('Shares rose on Wednesday.\n\n"The market will like that management killed Sylhet rather than building '
                     'a data centre without a tenant," said Nusrat Jahan, head of research at Lalbagh Securities Ltd. '
                     '"The question is execution."')
    assert ("Nusrat Jahan", "Lalbagh Securities Ltd", "head of research") in {(r.person, r.org, r.title) for r in x.roles}


def test_the_chairman_of_a_companys_board_is_the_companys(extract_text):
    x = extract_text("Jura Digital Infrastructure AG (JDI) named a new chief executive. Beat Schneeberger, chairman of JDI's "
                     "board, said the board had wanted someone who has built at scale.")
    assert ("Beat Schneeberger", "Jura Digital Infrastructure AG") in {(r.person, r.org) for r in x.roles}
    assert not any("'s" in e.name for e in x.entities)


def test_a_short_name_two_companies_start_with_is_the_first_nameds_in_a_post(extract_text):
    # "Jinhai's chairman" beside "Jinhai Technology Corp." and its unit "Jinhai Manufacturing de México".
    x = extract_text("Fibra Cumbres to build MXN 1,450 million plant for Taiwanese server maker Jinhai in San Luis "
                     "Potosí\n\nSAN LUIS POTOSÍ, March 18, 2026 — Industrial real estate trust Fibra Cumbres will invest "
                     "1.45 billion pesos (about US$80 million) to build a 62,000-square-metre plant at its industrial park "
                     "in Villa de Reyes, about 40 kilometres south of the state capital, for Taiwanese AI-server maker "
                     "Jinhai Technology Corp., which has signed a 15-year lease, the two companies said on "
                     "Wednesday.\n\nConstruction of the building will begin next month and employ around 600 workers, "
                     "Fibra Cumbres said. The trust expects to hand the building over to its tenant in the fourth quarter "
                     "of 2026.\n\nJinhai Technology will separately invest NT$5.6 billion (about US$175 million) in "
                     "assembly lines, liquid-cooling test stations and equipment, according to a filing with the Taiwan "
                     "Stock Exchange. The plant, which will be run by Jinhai's Mexican subsidiary, Jinhai Manufacturing de "
                     "México, S. de R.L. de C.V., will assemble complete AI server racks for data centres in the United "
                     "States and is expected to start production in the first quarter of 2027 with 1,350 permanent "
                     "jobs.\n\n\"Two years ago our customers asked whether Mexico could do this. Now they ask how fast,\" "
                     "said Jinhai's chairman, Lin Cheng-hao, in a video message. Lin said the Villa de Reyes plant would "
                     "eventually supply about a fifth of the racks Jinhai ships to North America.\n\nAlejandra Garza "
                     "Treviño, chief executive of Fibra Cumbres, said the lease was denominated in dollars and indexed to "
                     "U.S. inflation. \"It is the largest single lease in our history, and the tenant is paying for the "
                     "power upgrade,\" Garza said. The park's substation will be expanded from 30 to 75 megavolt-amperes "
                     "by the Comisión Federal de Electricidad (CFE).")
    assert ("Lin Cheng-hao", "Jinhai Technology Corp") in {(r.person, r.org) for r in x.roles}, x.roles
    # …and the parent and its unit stay two organisations.
    assert {"Jinhai Technology Corp", "Jinhai Manufacturing de México"} <= {e.name for e in x.entities}


def test_a_career_told_with_to_join_and_rose_to(extract_text):
    x = extract_text("Profile: Nadine Oberholzer comes home to finish JDI's build\n\nZURICH, 2 April 2026 – When Nadine "
                     "Oberholzer takes over as chief executive officer of Jura Digital Infrastructure AG (JDI) on 1 May, the "
                     "first thing on her desk will be a construction site. Her first big job was at Lemanis Telecom SA in "
                     "Lausanne, where she spent six years and rose to chief operating officer. In 2018 she left for "
                     "Amsterdam to join Quorvia Cloud as senior vice president of European data centre operations.")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert {("Nadine Oberholzer", "Lemanis Telecom SA", "chief operating officer"),
            ("Nadine Oberholzer", "Quorvia Cloud", "senior vice president of european data centre operations")} <= roles, roles
    assert not any(r.org.startswith("Government") for r in x.roles), roles


def test_a_post_is_not_cut_short_to_fit_a_pattern(extract_text):
    x = extract_text("Jura Digital Infrastructure AG named a new chief executive. She succeeds Urs Kälin, who will become "
                     "vice-chairman of the board at the annual general meeting.")
    assert not any(r.title.endswith("vice-chair") for r in x.roles), x.roles


def test_a_post_a_place_holds_is_not_the_story_companys(extract_text):
    x = extract_text("Equinix will build a data centre in Frankfurt, Germany. Frankfurt's head of economic development, "
                     "Markus Frank, welcomed the plan.")
    assert not [r for r in x.roles if r.org == "Equinix"], x.roles


def test_a_plural_post_before_a_list_of_names_is_each_ones(extract_text):
    x = extract_text("Grand Island council approves TIF deal\n\nThe Grand Island City Council voted 6-4 on Tuesday to approve the deal. Councilmembers Brett Hoffmann, "
                     "Luis Carranza, Ann Marie Kowalski and Dale Ortiz voted yes.")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    for person in ("Brett Hoffmann", "Luis Carranza", "Ann Marie Kowalski", "Dale Ortiz"):
        assert (person, "Grand Island City Council", "councilmember") in roles, roles


def test_a_councilwoman_or_an_abbreviated_councillor_is_on_the_council(extract_text):
    # The parser makes "Councilwoman" a sentence of its own; "Cr" is how New Zealand papers write the post.
    x = extract_text("Council backs data centre lease\n\nThe Jeffersonville City Council voted 7-2. Councilwoman Dawn Pruitt and "
                     "Councilman Evan Marcum voted no. The motion was seconded by Cr Darren Lilley.")
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Dawn Pruitt", "Jeffersonville City Council", "councilwoman"),
        ("Evan Marcum", "Jeffersonville City Council", "councilman"),
        ("Darren Lilley", "Jeffersonville City Council", "councillor")}
    assert {e.name for e in x.entities if e.type == "Person"} == {"Dawn Pruitt", "Evan Marcum", "Darren Lilley"}


def test_a_name_the_parser_cut_in_two_stays_in_one_sentence(extract_text):
    x = extract_text("Foveaux Compute chief executive Rachel Te Maari said the stage could be running by 2028.")
    assert [(r.person, r.org, r.title) for r in x.roles] == [("Rachel Te Maari", "Foveaux Compute", "chief executive officer")]


def test_a_mayor_after_the_towns_body_is_its_mayor(extract_text):
    x = extract_text("Olds waits\n\nThe project is in Olds, a town north of Calgary.\n\n"
                     "Town of Olds Mayor Greg Tollefson said the town remained open for business.")
    assert {(r.person, r.org, r.title) for r in x.roles} == {("Greg Tollefson", "Town of Olds", "mayor")}


def test_an_honorific_after_a_post_joins_no_name(extract_text):
    # The model finds "Besar Datuk", which ends in an honorific, beside "Rahman Kassim".
    x = extract_text("Johor data centre cancelled\n\nThe project was cancelled on Monday.\n\n"
                     "Johor Menteri Besar Datuk Rahman Kassim said the cancellation would not affect the state pipeline.")
    assert {e.name for e in x.entities if e.type == "Person"} == {"Rahman Kassim"}
    assert {(r.person, r.org) for r in x.roles} == {("Rahman Kassim", "Government of Johor")}


def test_a_department_after_a_post_is_no_employer(extract_text):
    x = extract_text("Media contacts:\nLayla Mansour, Director of Corporate Communications, Zafran AI Holding PJSC, "
                     "media@zafran.ae\nRyan Whitcombe, Head of Global Media Relations, Corlex Semiconductor Inc., "
                     "press@corlex.com\n")
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Layla Mansour", "Zafran AI Holding", "director of corporate communications"),
        ("Ryan Whitcombe", "Corlex Semiconductor Inc", "head of global media relations")}, x.roles
    assert not {"Corporate Communications", "Global Media Relations"} & {e.name for e in x.entities}
    z = extract_text("Media contacts:\nÍbera Datacenters – Lucía Fernández Roca, Head of Press – prensa@iberadc.es\n")
    assert "Press" not in {e.name for e in z.entities}, z.entities
    # …nor one after a post and a comma, as a contact's signature writes it.
    w = extract_text("Lucayan Digital will build the cable.\n\nMedia contact:\nDeangelo Pinder\nManager, Corporate Communications\n"
                     "Lucayan Digital Communications Ltd.\n\nNorthbeam Cloud – Ethan Caldwell, Director, Global Media Relations – "
                     "press@northbeam.com\n")
    assert not {"Corporate Communications", "Global Media Relations"} & {e.name for e in w.entities}, w.entities
    v = extract_text("By Anjana Shrestha, senior analyst, Trishuli Capital Research\n\nSagarmatha Data will build a data centre.")
    assert ("Anjana Shrestha", "Trishuli Capital Research") in {(r.person, r.org) for r in v.roles}, v.roles
    # …but a public body named after its field is one.
    y = extract_text("Aung Kyaw, the head of the Ministry of Transport and Communications, welcomed the cable.")
    assert "Ministry of Transport and Communications" in {e.name for e in y.entities}


def test_a_secretarys_portfolio_before_the_name_is_no_employer(extract_text):
    x = extract_text("The Welsh Government's Cabinet Secretary for Economy, Rebecca Mathias, welcomed the vote.\n\n"
                     "Portugal's Secretary of State for Digitalisation, Henrique Lobo Antunes, said the government wanted more.")
    assert not {"Economy", "State for Digitalisation"} & {e.name for e in x.entities}, x.entities
    assert {(r.person, r.title) for r in x.roles} == {("Rebecca Mathias", "cabinet secretary for economy"),
                                                      ("Henrique Lobo Antunes", "secretary of state for digitalisation")}, x.roles


def test_a_councils_chair_is_named_so_with_the_councillors_prefix_or_party_between(extract_text):
    x = extract_text("Meath council backs plan\n\nCllr Declan Farrelly (Fianna Fáil), Cathaoirleach of Meath County Council, said the "
                     "county had lost an investment.\n\nThe Mayor of Clare County Council, Cllr Tom Brady, said it was fine.")
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Declan Farrelly", "Meath County Council", "cathaoirleach"),
        ("Tom Brady", "Clare County Council", "mayor"), ("Tom Brady", "Clare County Council", "councillor")}, x.roles
    # …and with the council known from the story, the post and the seat are both on it.
    y = extract_text("Brymbo data centre approved\n\nWrexham County Borough Council approved the plans by Cadarn Digital. "
                     "The chair of the planning committee, Cllr Mared Pritchard, said the conditions were tough.")
    assert {(r.person, r.org, r.title) for r in y.roles} == {
        ("Mared Pritchard", "Wrexham County Borough Council", "chair of the planning committee"),
        ("Mared Pritchard", "Wrexham County Borough Council", "councillor")}, y.roles
    # A planning officer reports to the council, not to the applicant.
    z = extract_text("Brymbo data centre approved\n\nWrexham County Borough Council approved the plans by Cadarn Digital Ltd. "
                     "Planning officer Lowri Ellis told members that the land was allocated for employment use.")
    assert {(r.person, r.org) for r in z.roles} == {("Lowri Ellis", "Wrexham County Borough Council")}, z.roles


def test_a_post_on_a_capitalised_management_board_is_at_the_company(extract_text):
    x = extract_text("Uzbekistan plans a data centre\n\nJasur Toshpulatov, Chairman of the Management Board of UzDigital Infra, "
                     "added: \"Our role is simple.\"")
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Jasur Toshpulatov", "UzDigital Infra", "chairman of the management board")}, x.roles
    assert "Management Board of UzDigital Infra" not in {e.name for e in x.entities}


def test_a_county_supervisor_sits_on_the_board_of_supervisors(extract_text):
    x = extract_text("Culpeper approves rezoning\n\nThe Culpeper County Board of Supervisors voted 5-2 to rezone land for Mountain Run "
                     "Digital, a data center developer. Supervisors Brad Tinsley and Marla Quesenberry voted in favor. Supervisor "
                     "Susan Yowell voted no.")
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Brad Tinsley", "Culpeper County Board of Supervisors", "supervisor"),
        ("Marla Quesenberry", "Culpeper County Board of Supervisors", "supervisor"),
        ("Susan Yowell", "Culpeper County Board of Supervisors", "supervisor")}, x.roles
    # …but a supervisor at a company is the company's.
    y = extract_text("Ferris Data opened its hall in Ames. Jo Lake, a shift supervisor at Ferris Data, said the Ames City Council helped.")
    assert {(r.person, r.org) for r in y.roles} == {("Jo Lake", "Ferris Data")}, y.roles
    # …and a council's president is the council's, where the county's board is named first.
    z = extract_text("Hall County Board of Supervisors backed the road plan last month. On Tuesday the Grand Island City Council "
                     "approved the data center. Council President Dale Krueger said the vote was close.")
    assert ("Dale Krueger", "Grand Island City Council") in {(r.person, r.org) for r in z.roles}, z.roles


def test_a_councillor_sits_on_the_town_council_named_in_its_own_language(extract_text):
    x = extract_text("STORD: Stord kommunestyre (municipal council) on Thursday approved the zoning plan for a data centre. Vestland "
                     "County Council had asked for a heat plan.\n\nCouncillor Arne Bjelland (Ap) said his party had pushed for local hiring.")
    assert "Stord kommunestyre" in {e.name for e in x.entities if e.type == "Organization"}, x.entities
    assert {(r.person, r.org) for r in x.roles} == {("Arne Bjelland", "Stord kommunestyre")}, x.roles


def test_a_councillors_party_is_not_the_body_they_sit_on(extract_text):
    x = extract_text("Meath County Council refused the plan in March. Sinn Féin councillor Aoife Brennan said she was "
                     "disappointed. Opposition councillor Ondřej Kalina of the Pirate Party asked about waste heat.")
    assert {(r.person, r.org) for r in x.roles} == {("Aoife Brennan", "Meath County Council"),
                                                    ("Ondřej Kalina", "Meath County Council")}, x.roles


def test_a_post_a_translation_left_in_its_language(extract_text):
    x = extract_text('"The data must be treated here," has declared Jean-Baptiste Morel-Santoni, président of Phocée '
                     'DataCenters, during a press conference. Ana Lima, diretora of Nuvem Sul Dados, agreed.')
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Jean-Baptiste Morel-Santoni", "Phocée DataCenters", "president"), ("Ana Lima", "Nuvem Sul Dados", "director")}, x.roles


def test_the_region_a_post_covers_is_no_part_of_the_employers_name(extract_text):
    x = extract_text("The region will continue serving clients, said Andrea Villalobos Ruiz, general director of Stratolyne "
                     "for Mexico.")
    assert {(r.person, r.org, r.title) for r in x.roles} == {("Andrea Villalobos Ruiz", "Stratolyne", "general director")}, x.roles


def test_a_post_of_the_exchange_or_the_regulator_the_sentence_named(extract_text):
    x = extract_text("Kgotla Data REIT raised R2 billion. The listing was the largest on the Johannesburg Stock Exchange since "
                     "2022, said Anele Dube, the exchange's director of issuer services.")
    assert ("Anele Dube", "Johannesburg Stock Exchange", "director of issuer services") in \
        {(r.person, r.org, r.title) for r in x.roles}, x.roles


def test_a_post_and_name_in_brackets_after_the_organisation(extract_text):
    x = extract_text("Hanbyeol Semiconductor will invest 1.8 trillion won. Hanbyeol Group (Chairman Lee Min-ho) welcomed it.")
    assert ("Lee Min-ho", "Hanbyeol Group", "chairman") in {(r.person, r.org, r.title) for r in x.roles}, x.roles


def test_a_secretary_of_a_department_known_by_its_acronym(extract_text):
    x = extract_text("Information and Communications Technology Secretary Ernesto Dimaculangan, who attended the ceremony, "
                     "said investments matter. He said the Department of Information and Communications Technology (DICT) "
                     "was working on it.")
    assert {(r.person, r.org) for r in x.roles} == {("Ernesto Dimaculangan", "DICT")}, x.roles


def test_a_professor_named_with_the_abbreviation_before_the_university(extract_text):
    x = extract_text("Prof. Mikko Rautavaara of Tampere University, who chairs the national user committee, said the queue "
                     "was long.")
    assert ("Mikko Rautavaara", "Tampere University", "professor") in {(r.person, r.org, r.title) for r in x.roles}, x.roles


def test_a_companys_short_name_before_a_post_is_the_employer(extract_text):
    x = extract_text("Google will build a campus in Hedemora. Luleå colocation operator Polarvolt Datacenter AB topped out "
                     "LLA2 at Gammelstad. \"We are building for the GPU clouds,\" Polarvolt chief executive Jonna Niemi told "
                     "NDR. Hedemora Economic Development Minister Anna Berg welcomed both.")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert ("Jonna Niemi", "Polarvolt Datacenter AB", "chief executive officer") in roles, roles


def test_local_titles_left_in_the_language_of_the_town(extract_text):
    x = extract_text("Marek Wilczyński, wójt of Gmina Nadarzyn, said no decision had been taken. The announcement was made "
                     "in Rawson with the governor of Chubut, Martín Iturraspe, and the intendant of Puerto Madryn, Lorena "
                     "Quiroga, whose Municipality of Puerto Madryn will sell the land. Høyanger's ordfører, Lars Inge Nesse, said the municipality welcomed the tenant.")
    roles = {(r.person, r.title) for r in x.roles}
    assert {("Marek Wilczyński", "Gmina Nadarzyn", "wójt"), ("Lorena Quiroga", "Municipality of Puerto Madryn", "intendant")} <= {
        (r.person, r.org, r.title) for r in x.roles}, x.roles
    # (…but a post the titles list writes out in English is written out: "ordfører" like "alcalde" is "mayor".)
    assert ("Lars Inge Nesse", "mayor") in roles, x.roles


def test_a_chairman_of_the_board_of_directors_before_the_name(extract_text):
    x = extract_text("Boğaziçi Holding A.Ş. will build the data centre. Boğaziçi Holding Chairman of the Board of Directors "
                     "Kemal Erdinç, in his speech, said that the group entered the sector for the first time.")
    assert [(r.person, r.org, r.title) for r in x.roles] == [
        ("Kemal Erdinç", "Boğaziçi Holding A.Ş", "chairman of the board of directors")], x.roles


def test_a_governor_is_no_official_of_a_region_in_another_country_the_story_names(extract_text):
    x = extract_text("BAYAMÓN — Microsoft will build a $210 million edge data centre in Bayamón, Governor Luis Ortiz Berríos "
                     "announced Wednesday in San Juan, Puerto Rico. \"Today a hospital in Ponce sends its data to Virginia and "
                     "waits,\" an executive said. Puerto Rico's grid was upgraded in Bayamón and in Caguas.")
    assert "Government of Virginia" not in [r.org for r in x.roles], x.roles


def test_a_post_held_now_an_academic_and_a_manx_members_post_nominal(extract_text):
    x = extract_text("The president of the new company will be Kenji Sato, who is currently the executive officer of Kitakaze "
                     "Energy Co., Ltd. \"Without new routes, the data centers will depend on the cables,\" pointed out Rodrigo "
                     "Fuentes, academic of the University of Chile.")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert {("Kenji Sato", "Kitakaze Energy Co., Ltd", "executive officer"),
            ("Rodrigo Fuentes", "University of Chile", "academic")} <= roles, roles
    y = extract_text("Dr Alex Allinson MHK, Minister for Enterprise, added: \"The Department for Enterprise has worked closely "
                     "with Manx Telecom.\"")
    assert [(r.person, r.org) for r in y.roles] == [("Alex Allinson", "Department for Enterprise")], y.roles


def test_the_director_of_the_centre_is_the_one_centre_the_story_names(extract_text):
    x = extract_text("The Regional Investment Centre of Tanger-Tétouan approved the data centre. \"The file was processed in "
                     "less than four months,\" said Mr. Omar Bennani, Director of the Centre.")
    assert [(r.person, r.org) for r in x.roles] == [("Omar Bennani", "Regional Investment Centre of Tanger-Tétouan")], x.roles


def test_a_head_of_government_belongs_to_the_government_as_the_article_spells_it(extract_text):
    x = extract_text("KINGSTOWN — The Government of St Vincent and the Grenadines will lease the parcel. Prime Minister "
                     "Camillo Baptiste said the government would move its systems into the facility.")
    assert [(r.person, r.org) for r in x.roles] == [("Camillo Baptiste", "Government of St Vincent and the Grenadines")], x.roles
    y = extract_text("PHILIPSBURG — The prime minister of Sint Maarten, Romain Gumbs, welcomed the cable.")
    assert [(r.person, r.org) for r in y.roles] == [("Romain Gumbs", "Government of Sint Maarten")], y.roles


def test_a_list_of_posts_each_before_its_holders_name_and_burmese_honorifics(extract_text):
    x = extract_text("The ceremony was held yesterday in Yangon, attended by Union Minister for Transport and Communications "
                     "U Myo Thant Zin, Chairman of Golden Padauk Group U Aung Kyaw Moe, Chief Executive Officer of CPDI "
                     "Mr. Pornchai Wattanasiri and officials.")
    assert "Golden Padauk Group" in {e.name for e in x.entities if e.type == "Organization"}, x.entities
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert ("Aung Kyaw Moe", "Golden Padauk Group", "chairman") in roles, roles
    assert ("Myo Thant Zin", "Golden Padauk Group") not in {(r.person, r.org) for r in x.roles}, roles
    assert ("Pornchai Wattanasiri", "CPDI", "chief executive officer") in roles, roles
    assert "Executive Officer" not in {e.name for e in x.entities}, x.entities


def test_the_chair_of_a_companys_board_or_council_of_administration(extract_text):
    x = extract_text("According to the chairwoman of the council of administration of Acme Telecom, Djamila Lopes Fortes, the "
                     "data centre is full. Maria Costa, chairwoman of the board of administration of Beira Cloud, said it was full.")
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Djamila Lopes Fortes", "Acme Telecom", "chairwoman of the council of administration"),
        ("Maria Costa", "Beira Cloud", "chairwoman of the board of administration")}, x.roles


def test_a_post_held_now_beside_the_one_moved_to_and_the_chair_of_a_companys_own_board(extract_text):
    x = extract_text("ACCRA — Savanna Connect Group named its new leaders on Monday. Kwame Asante-Boateng, currently chief "
                     "operating officer, will succeed Dr Efua Mensah as group chief executive officer on 1 July. Mensah, who has "
                     "led the company since 2018, will become non-executive chair of the board. The Rwanda Development Board "
                     "welcomed the appointments.")
    roles = {(r.person, r.org, r.title) for r in x.roles}
    assert {("Kwame Asante-Boateng", "Savanna Connect Group", "group chief executive officer"),
            ("Kwame Asante-Boateng", "Savanna Connect Group", "chief operating officer")} <= roles, roles
    assert ("Efua Mensah", "Savanna Connect Group", "non-executive chair of the board") in roles, roles
    assert "Rwanda Development Board" not in {r.org for r in x.roles}, roles


def test_a_company_that_will_be_led_by_a_post_and_a_name(extract_text):
    x = extract_text("JAKARTA — PT Cempaka Raya Tbk will put Rp 2 trillion into a data centre in Nongsa, Cempaka Raya said on "
                     "Monday. Cempaka Raya and Kranji Data Centres Pte Ltd formed a joint venture, PT Kranji Cempaka Digital (KCD), "
                     "for the campus. Cempaka Raya will hold 60%. KCD will be led by President Director Lukas Pardede.")
    assert [(r.person, r.org, r.title) for r in x.roles] == [("Lukas Pardede", "PT Kranji Cempaka Digital", "president director")], x.roles


def test_in_a_list_of_posts_and_names_a_post_before_a_name_is_that_persons(extract_text):
    x = extract_text("GEBZE — Marmara Cloud will build a data center in Gebze. To the foundation laying ceremony, Industry and "
                     "Technology Minister Mehmet Kemal Arslan, Gebze Mayor Serkan Topaloğlu, Ertuğrul Holding Board of Directors "
                     "Chairman Nurettin Ertuğrul and many guests participated.")
    held = {(r.person, r.title) for r in x.roles}
    assert ("Mehmet Kemal Arslan", "industry and technology minister") in held, x.roles
    assert not {("Mehmet Kemal Arslan", "mayor"), ("Serkan Topaloğlu", "chairman")} & held, x.roles


def test_a_regional_government_made_for_a_post_is_also_named_after_each_name_the_story_gives_the_region(extract_text):
    x = extract_text("POHANG — Hanbit AI Infra will build an AI data centre in Pohang, Gyeongsangbuk-do. Governor Lee Cheol-woo "
                     "said the province would supply land.")
    assert [(r.person, r.org) for r in x.roles] == [("Lee Cheol-woo", "Government of North Gyeongsang")], x.roles
    government = next(e for e in x.entities if e.name == "Government of North Gyeongsang")
    assert "Government of Gyeongsangbuk-do" in government.aliases, government
    # …also with the kind of area it is, and one government however the story writes it.
    x = extract_text("Gureum Telecom signed the agreement with the Gyeonggi Provincial Government. Gyeonggi-do Governor "
                     "Jang Hyun-woo said in the Gyeonggi-do government building that Gyeonggi-do would help. Ahn Min-ji, "
                     "Gyeonggi Province's investment director, agreed.")
    governments = [e for e in x.entities if e.subtype == "Government"]
    assert [e.name for e in governments] == ["Government of Gyeonggi"], governments
    assert {"Gyeonggi Provincial Government", "Government of Gyeonggi-do", "Government of Gyeonggi Province"} <= set(governments[0].aliases)
    assert ("Jang Hyun-woo", "Government of Gyeonggi") in {(r.person, r.org) for r in x.roles}


def test_a_county_governor_is_the_countys_official_not_the_provinces(extract_text):
    x = extract_text("Daeon will build the fab in Sani-myeon, Jeollanam-do. Jeollanam-do Governor Kim Young-rok welcomed it, "
                     "and Haenam-gun County Governor Oh Jae-seon said \"We will help.\" Yeonggwang-gun Governor Park Seong-ho "
                     "said the county will provide water.")
    assert {(r.person, r.org) for r in x.roles} >= {("Kim Young-rok", "Government of South Jeolla"), ("Oh Jae-seon", "Government of Haenam-gun"),
                                                    ("Park Seong-ho", "Government of Yeonggwang-gun")}, x.roles
    x = extract_text("Savanna will land the cable in Nyali, Kenya. Mombasa County Governor Rashid Chembe said the county would "
                     "fast-track the approvals.")
    (role,) = x.roles
    government = next(e for e in x.entities if e.name == role.org)
    assert role.person == "Rashid Chembe" and "Government of Mombasa County" in (government.name, *government.aliases), x.roles


def test_a_secretary_in_a_paragraph_about_a_states_government_is_the_states(extract_text):
    x = extract_text("Ipê will build in Eldorado do Sul, Rio Grande do Sul. The announcement was made in the seat of the state "
                     "government, with presence of the governor Marcelo Tonietto, of the secretary of Economic Development, "
                     "Roberta Schmitt, and of the prefect of Eldorado do Sul, Ademir Rossetto.")
    assert ("Roberta Schmitt", "Government of Rio Grande do Sul") in {(r.person, r.org) for r in x.roles}, x.roles
    x = extract_text("Manacá will build in Hortolândia, São Paulo, and in Fortaleza.\n\nThe Government of Ceará has been very "
                     "active. Secretary of Economic Development Francisco Ximenes Bezerra told us on day one that he wanted more.")
    assert {(r.person, r.org) for r in x.roles} == {("Francisco Ximenes Bezerra", "Government of Ceará")}, x.roles
    # (…not a country's secretary in a story about one of its states.)
    x = extract_text("Intel will build the fab in New Albany, Ohio. Secretary of Commerce Gina Raimondo visited the site and "
                     "said the federal grant was ready.")
    assert ("Gina Raimondo", "Government of Ohio") not in {(r.person, r.org) for r in x.roles}, x.roles


def test_a_companys_president_named_again_with_the_post_is_no_governments_president(extract_text):
    x = extract_text("Yukiguni Data Co., Ltd. (headquarters: Toyama city, President: Hayashi Tomoko) announced on the 4th that it "
                     "will build a data center in Nanto city, Toyama prefecture, Japan.\n\nAt the press conference in Toyama city, "
                     "President Hayashi said the snow becomes the resource of the industry.")
    assert {(r.person, r.title, r.org) for r in x.roles} == {("Hayashi Tomoko", "president", "Yukiguni Data Co., Ltd")}, x.roles


def test_a_wojewoda_is_the_central_governments(extract_text):
    x = extract_text("Mazowiecka Infrastruktura Cyfrowa will build a data centre in Ożarów Mazowiecki, Poland. Wojewoda Tomasz "
                     "Rudnicki, the central government's representative in the region, said the permits were ready.")
    assert {(r.person, r.title, r.org) for r in x.roles} == {("Tomasz Rudnicki", "wojewoda", "Government of Poland")}, x.roles


def test_a_state_commissioner_is_the_states_governments(extract_text):
    x = extract_text("LAGOS — Eko Vault will build a data centre in Lekki, Nigeria.\n\nLagos State Commissioner for Innovation, "
                     "Science and Technology Tola Ajayi-Benson said the state was working with the zone operator.")
    assert {(r.person, r.org) for r in x.roles} == {("Tola Ajayi-Benson", "Government of Lagos State")}, x.roles


def test_a_bylines_or_sign_offs_writer_holds_the_post_at_the_outlet_it_names(extract_text):
    x = extract_text("Lagos firm to build data centre\n\nBy Kunle Adeyemi-Bello, Technology Correspondent, The Lagoon Courier\n\n"
                     "Ajoke Digital will build a data centre in Abeokuta.\n\n— Paulina Reyes, editor, The Rack Report")
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Kunle Adeyemi-Bello", "Lagoon Courier", "technology correspondent"), ("Paulina Reyes", "Rack Report", "editor")}, x.roles


def test_a_bylines_writer_holds_the_post_at_the_masthead_over_it(extract_text):
    x = extract_text("Council OKs tax break for data center campus\n\nClark County Courier | Local Government | Feb. 3, 2026\n"
                     "By Kelsey Dunaway, staff writer\n\nThe Jeffersonville City Council voted 7-2 on Monday.")
    assert ("Kelsey Dunaway", "Clark County Courier", "staff writer") in {(r.person, r.org, r.title) for r in x.roles}, x.roles
    assert "Clark County Courier | Local Government" not in {e.name for e in x.entities}, x.entities


def test_a_minister_named_with_a_regions_people_is_the_regions(extract_text):
    x = extract_text("Mainkraft will build a data centre in Hanau. The Hessian Minister for Digitalisation and Innovation, Karin "
                     "Albersmeyer, pointed out that Hesse has more than 1.5 GW in operation. The Bavarian economy minister Hubert "
                     "Aiwanger came too.")
    assert {(r.person, r.org) for r in x.roles} == {("Karin Albersmeyer", "Government of Hesse"), ("Hubert Aiwanger", "Government of Bavaria")}, x.roles
    assert {r.title for r in x.roles if r.person == "Karin Albersmeyer"} == {"minister for digitalisation and innovation"}  # not "an minister"


def test_a_governor_whose_post_names_a_state_is_that_states_though_another_states_government_is_named(extract_text):
    x = extract_text("Lagos State Commissioner for Innovation, Science and Technology, Mr Olatunde Bakare, said the Lagos State "
                     "Government had approved the right of way. Ogun State Governor Dapo Abiodun welcomed the Abeokuta data centre.")
    assert ("Dapo Abiodun", "Government of Ogun State") in {(r.person, r.org) for r in x.roles}, x.roles


def test_the_outlet_over_a_transcript_employs_its_presenters_and_reporters(extract_text):
    x = extract_text("Morning Report: Southland lands a data centre\n\nRNZ National – Morning Report – Tuesday 10 March 2026, 7.42am\n"
                     "Transcript\n\nKIRI WALDEN (presenter): Foveaux Data says it will build a data centre outside Invercargill. "
                     "Our Southland reporter Sam Pryde is there. Sam?\n\nSAM PRYDE (reporter): Morena Kiri. The cost is NZ$600 "
                     "million.\n\nWALDEN: Thank you.")
    assert {("Kiri Walden", "RNZ National", "presenter"), ("Sam Pryde", "RNZ National", "reporter")} <= {
        (r.person, r.org, r.title) for r in x.roles}, x.roles
    assert "RNZ National" not in {i.investor for i in x.investments}


def test_a_station_named_only_as_a_place_and_radio_is_the_outlet_of_its_transcript(extract_text):
    x = extract_text("TRANSCRIPT: Darling Downs Radio, \"Downs Drive\" – AI supercomputer plan for Wellcamp\n\nKYLIE BRENNAN (HOST): "
                     "Good afternoon. A Brisbane company wants to build an AI supercomputer near Toowoomba. Tom?\n\n"
                     "TOM HARCOURT (REPORTER): Thanks Kylie. Coolabah Compute Pty Ltd puts the cost at $2.4 billion.")
    assert {("Kylie Brennan", "Darling Downs Radio", "host"), ("Tom Harcourt", "Darling Downs Radio", "reporter")} <= {
        (r.person, r.org, r.title) for r in x.roles}, x.roles


def test_a_transcripts_credits_and_a_radio_networks_name_give_its_people_their_posts(extract_text):
    x = extract_text("Transcript: Covilhã data centre rises\n\nRTV Centro | Economia em Foco | Broadcast Wednesday 15 April 2026\n"
                     "Presenter: Inês Carvalhal. Reporter in Covilhã: Rui Pestana.\n\nCARVALHAL: Good evening. Estrela Data will "
                     "spend 85 million euros in Covilhã.")
    assert {("Inês Carvalhal", "RTV Centro", "presenter"), ("Rui Pestana", "RTV Centro", "reporter")} <= {
        (r.person, r.org, r.title) for r in x.roles}, x.roles
    x = extract_text("Prineville's new cluster\n\nJULIA HARTMANN, HOST: This is the Afternoon Report on the High Desert Radio "
                     "Network, I'm Julia Hartmann. Steelhead Data Systems is building an AI supercomputer in Prineville.")
    assert ("julia hartmann", "High Desert Radio Network", "host") in {(r.person.lower(), r.org, r.title) for r in x.roles}, x.roles


def test_a_newsletter_issue_names_its_outlet_and_the_editor_signs_off_a_paragraph(extract_text):
    x = extract_text("Racks & Routes Weekly #87: Quezon City goes big\n\nRACKS & ROUTES WEEKLY | Southeast Asia edition | Issue 87 | "
                     "19 February 2026\n\nGood morning. Four deals this week. As usual, figures are the companies' own unless we "
                     "say otherwise. — Mei Chen Lau, editor\n\nDagitab Data Centers will invest PHP 9 billion in Quezon City.")
    outlet = next(e for e in x.entities if e.name == "Racks & Routes Weekly")
    assert outlet.subtype == "Media", outlet
    assert ("Mei Chen Lau", "Racks & Routes Weekly", "editor") in {(r.person, r.org, r.title) for r in x.roles}, x.roles


def test_a_post_of_a_company_for_a_region_before_the_name_is_at_the_company(extract_text):
    x = extract_text("Stratalink opens a cloud region in Apodaca\n\nStratalink Cloud Inc will open a cloud region in Apodaca, Mexico. "
                     "\"Our clients in Monterrey want their data close,\" said the vice president of Stratalink for Latin America, "
                     "Caroline Brandt.")
    assert ("Caroline Brandt", "Stratalink Cloud Inc") in {(r.person, r.org) for r in x.roles}, x.roles


def test_a_ghanaian_assemblys_chief_executive_is_its_post_not_an_organisation(extract_text):
    x = extract_text("Imvula Telecom will land a cable at Tema New Town. The Metropolitan Chief Executive (MCE) of the Tema "
                     "Metropolitan Assembly, Hon. Ebenezer Tetteh Lartey, welcomed the investment. In Ningo-Prampram, the "
                     "District Chief Executive, Emmanuel Narh, said the Ningo-Prampram District Assembly had approved it.")
    assert not {"Metropolitan Chief Executive", "MCE", "District Chief Executive"} & {e.name for e in x.entities}, x.entities
    roles = {(r.person, r.org) for r in x.roles}
    assert {("Ebenezer Tetteh Lartey", "Tema Metropolitan Assembly"), ("Emmanuel Narh", "Ningo-Prampram District Assembly")} <= roles, roles


def test_a_bare_post_in_a_paragraph_about_another_company_is_at_that_company(extract_text):
    x = extract_text("Vesterhav Data ApS will build a 120 MW data centre in Esbjerg for DKK 4.5bn. Vesterhav Data said work "
                     "starts in May.\n\nOn Monday, a newspaper reported that Kvarken Cloud AB was preparing a €300m data centre "
                     "in Tallinn. By Tuesday Kvarken had denied it. \"We have no project in Estonia,\" chief executive Lina "
                     "Sjöberg said.\n\nEmirates Horizon is the majority shareholder, and Al Mizan Capital has "
                     "a stake. Rahul Menon, our CFO, closed the financing in July.")
    roles = {(r.person, r.org) for r in x.roles}
    assert ("Lina Sjöberg", "Kvarken Cloud AB") in roles, roles
    assert ("Rahul Menon", "Vesterhav Data ApS") in roles, roles


def test_a_bare_post_is_not_at_the_builder_the_paragraph_named_last(extract_text):
    x = extract_text("Vesterhav Data ApS will build a 120 MW data centre in Esbjerg for DKK 4.5bn. Vesterhav Data said work "
                     "starts in May.\n\nMerenkurkku Data Oy has started groundworks on its campus in Mustasaari. YIT is the "
                     "main contractor. \"The grid works just as well for computing,\" said chief executive Jukka Rautio.")
    assert ("Jukka Rautio", "Merenkurkku Data Oy") in {(r.person, r.org) for r in x.roles}, x.roles


def test_a_bare_post_in_a_section_about_another_company_is_at_that_company(extract_text):
    # A roundup's section under its own heading: the company the section tells of, named in the
    # paragraphs before the one with the post, not the story's main company or the section's landlord.
    x = extract_text("Sunnhordland Data will build a 60MW data centre at Heiane in Stord. Sunnhordland Data said work "
                     "starts in May, and Sunnhordland Data will hire 40 people.\n\nHAMAR: GPUS BY THE LAKE\n\nIn Hamar, "
                     "Innland Compute AS has begun installing a 20MW AI supercomputer inside a data hall operated by Hedmark "
                     "Datahall AS. Innland Compute is investing EUR 180 million in the system.\n\nHedmark Datahall is the "
                     "landlord and provides power and cooling.\n\nManaging director Henrik Sæther said the supercomputer "
                     "would be the largest in the Nordics.\n\nCABLE TO DENMARK\n\nThe group is also a 25% shareholder in "
                     "Skagerrak Cable Company AS, which is laying a cable to Hirtshals.\n\nChief financial officer Marit "
                     "Lunde said the company's share of the cost was NOK 400 million.")
    roles = {(r.person, r.org) for r in x.roles}
    assert ("Henrik Sæther", "Innland Compute AS") in roles, roles
    # (…but not a company the section opens on telling of another: "The group is also a shareholder in…")
    assert ("Marit Lunde", "Sunnhordland Data") in roles, roles


def test_a_roundups_minister_is_of_the_country_the_paragraph_names(extract_text):
    x = extract_text("Vesterhav Data will build a data centre in Esbjerg, Denmark. Esbjerg's mayor welcomed it.\n\n"
                     "Neris DataHub has signed final agreements for a €180m data centre in Vilnius. Minister "
                     "of the Economy and Innovation Rūta Kazlauskienė called it \"a vote of confidence in Lithuania\".\n\n"
                     "In Bridgetown, Prime Minister Andrew Holder said banks no longer had to send data to Miami.")
    roles = {(r.person, r.org) for r in x.roles}
    assert ("Rūta Kazlauskienė", "Government of Lithuania") in roles, roles
    assert ("Andrew Holder", "Government of Lithuania") not in roles and ("Andrew Holder", "Government of United States") not in roles, roles


def test_the_municipal_president_is_the_municipalitys(extract_text):
    x = extract_text("Centella Digital will build a data centre in El Marqués, Querétaro, Mexico. The Ayuntamiento of El Marqués "
                     "approved the change of use of soil. The municipal president, Paulina Esquivel Ramos, said that Centella "
                     "committed to rehabilitate the road.")
    assert {(r.person, r.org, r.title) for r in x.roles} == {
        ("Paulina Esquivel Ramos", "Ayuntamiento of El Marqués", "municipal president")}, x.roles


def test_a_party_councillor_sits_on_the_town_council_not_a_national_council(extract_text):
    x = extract_text("Sunnhordland Datasenter AS will build a data centre at Heiane in Stord. Stord Municipal Council approved "
                     "it on Thursday. The Research Council of Norway has awarded a grant for compute time. Green Party councillor "
                     "Einar Tveit said the grid in Vestland could not carry it.")
    assert ("Einar Tveit", "Stord Municipal Council") in {(r.person, r.org) for r in x.roles}, x.roles


def test_its_post_after_a_reported_sentence_is_at_the_reported_subject(extract_text):
    x = extract_text("Tamarai Semiconductor will build a chip plant in Sriperumbudur. Tamarai has applied for support under the "
                     "India Semiconductor Mission (ISM), the company said. Its chief executive, Lakshmi Subbiah, said the plant "
                     "would create 3,200 jobs.")
    assert ("Lakshmi Subbiah", "Tamarai Semiconductor") in {(r.person, r.org) for r in x.roles}, x.roles


def test_a_mayor_named_after_a_glossed_post_with_a_three_word_name_runs_the_kommune_or_gemeinde(extract_text):
    x = extract_text("Fjordlys Datasenter AS opened its data centre at Rubbestadneset on Monday. \"Sixty jobs is a lot,\" said ordfører "
                     "(mayor) Ingrid Haugland Sæbø of Bømlo kommune.")
    assert ("Ingrid Haugland Sæbø", "Bømlo kommune", "mayor") in {(r.person, r.org, r.title) for r in x.roles}, x.roles
    y = extract_text("Lindqvist Cloud will build a data centre in Nauen. Nauen's mayor Manuel Meger said the Gemeinde Nauen had "
                     "approved the development plan.")
    assert ("Manuel Meger", "Gemeinde Nauen") in {(r.person, r.org) for r in y.roles}, y.roles


def test_a_nordic_mayors_post_is_written_out_in_english(extract_text):
    x = extract_text("Fjordlys Datasenter AS opened its data centre in Bømlo. \"It is a big day,\" said ordfører Morten Helland of "
                     "Bømlo kommune. Borgmester Jacob Bjerregaard of Fredericia Kommune said the town would follow.")
    assert {(r.person, r.title) for r in x.roles} >= {("Morten Helland", "mayor"), ("Jacob Bjerregaard", "mayor")}, x.roles


def test_a_secretary_named_after_a_state_is_the_states_official(extract_text):
    x = extract_text("Northcrest Data Centers will invest $500 million in a data centre in Apodaca, Nuevo León. \"This is good "
                     "news,\" said Irma Cantú Leal, secretary of economy of Nuevo León.")
    assert [(r.person, r.org) for r in x.roles] == [("Irma Cantú Leal", "Government of Nuevo León")], x.roles


def test_a_name_after_a_capitalised_chief_executive_is_a_person_and_the_companys_chief(extract_text):
    x = extract_text("Sheba Cloud will build a data centre in Bole. \"We are ready,\" Sheba Chief Executive Dawit Alemu told "
                     "reporters in Addis Ababa.")
    assert [(r.person, r.title) for r in x.roles] == [("Dawit Alemu", "chief executive officer")], x.roles


def test_a_three_word_name_after_a_capitalised_post_is_the_whole_name(extract_text):
    x = extract_text("Pampa Dados will build a data centre in Eldorado do Sul. \"We are ready,\" Pampa Chief Executive Rafael "
                     "Brizola Menezes told reporters in Porto Alegre.")
    assert [(r.person, r.title) for r in x.roles] == [("Rafael Brizola Menezes", "chief executive officer")], x.roles


def test_state_officials_are_of_the_state_their_paragraphs_town_lies_in(extract_text):
    # A story of two states, the other named more: "the state government" and "the governor" of a
    # paragraph whose town lies in one of them are that state's.
    x = extract_text("Pampa Dados will build a data center in Eldorado do Sul, Rio Grande do Sul. In Ceará, Maré Alta will "
                     "land a cable in Fortaleza; the governor of Ceará, Francisca Holanda, welcomed it, and Ceará and Ceará's "
                     "ports compete; the Government of Ceará ceded the land.\nThe announcement was made in the seat of the "
                     "state government, with the governor "
                     "Marcelo Tonietto, the secretary of Economic Development, Roberta Schmitt, and the prefect of Eldorado "
                     "do Sul, Ademir Rossetto.")
    roles = {(r.person, r.org) for r in x.roles}
    assert {("Roberta Schmitt", "Government of Rio Grande do Sul"), ("Marcelo Tonietto", "Government of Rio Grande do Sul"),
            ("Francisca Holanda", "Government of Ceará")} <= roles, roles


def test_the_post_of_the_one_a_newcomer_succeeds_is_at_the_company_appointing_her(extract_text):
    x = extract_text("Jabali Data Ltd has appointed Neema Massawe as chief executive officer with effect from 1 November.\n\n"
                     "Massawe is currently director of enterprise business at Vodacom Tanzania PLC, where she has worked since "
                     "2015. She succeeds founder and chief executive Hamisi Mrisho, who set up the company in 2019.")
    assert {(r.person, r.org) for r in x.roles if r.person == "Hamisi Mrisho"} == {("Hamisi Mrisho", "Jabali Data Ltd")}, x.roles
