"""Evaluation set for matchmaking by meaning (multilingual sentence embeddings) against the rule-based ranking.

PROFILES are local organisations around Kaiserslautern as they describe themselves (German or English): what
they offer and what they seek. REQUESTS are cooperation requests as the China offices type them (Simplified
Chinese, English or German), with the request type and an industry set the way staff set it: often generic,
sometimes missing. ``expected`` lists the right partners, best first.

The set is built to be hard in the way real work is hard: several profiles share an industry but differ in
speciality (seven research groups, five machine builders and dealers, four landlords ...), distractor profiles
share the industry and the request-type words but not the topic, and the texts use different words and
languages for the same thing, so that neither the industry nor a literal keyword match decides. Requests of the
same type that need different partners share a key prefix (``rp_``, ``os_``, ``ma_`` ...) and are marked
``# pair:``.

All organisations are fictional; only place names are real.
"""

# key -> English name of a res.partner.industry the test creates
INDUSTRIES = {
    "automotive": "Automotive",
    "machinery": "Machinery and Plant Engineering",
    "automation": "Automation and Robotics",
    "research": "Research and Science",
    "software": "Software and IT",
    "food": "Food and Beverages",
    "medical": "Medical Technology and Health",
    "environment": "Environmental and Energy Technology",
    "logistics": "Logistics",
    "real_estate": "Real Estate and Business Sites",
    "education": "Education and Training",
    "services": "Business Services",
    "chemicals": "Chemicals and Materials",
    "textiles": "Textiles and Footwear",
}

# codes of wfk.looking.for tags (data/wfk_looking_for_data.xml) that profiles may carry
LOOKING_FOR = (
    "markets",
    "resources",
    "service_providers",
    "investors",
    "research_partners",
    "skilled_workers",
    "space",
)

# Local organisations as they describe themselves: ``offer`` what they provide, ``need`` what they seek.
PROFILES = [
    # research institutes: composites / production simulation / AI vision / biotech / urban water / thin films
    {
        "key": "ivw_composites",
        "lang": "de",
        "name": "Pfälzisches Zentrum für Faserverbund-Leichtbau",
        "industry": "research",
        "secondary": ["automotive", "machinery"],
        "looking_for": ["research_partners"],
        "offer": (
            "Wir entwickeln Bauteile aus kohlenstoff- und glasfaserverstärkten Kunststoffen vom ersten Entwurf "
            "bis zur seriennahen Fertigung. Unsere Technika umfassen Thermoplast-Tapelegen, Harzinjektion (RTM) "
            "und Pressverfahren für Strukturteile, die bis zu 60 % leichter sind als ihre Vorgänger aus Stahl. "
            "Ermüdungs- und Crashprüfungen an Probekörpern und ganzen Baugruppen führen wir im eigenen Prüffeld "
            "durch."
        ),
        "need": (
            "Wir suchen Industriepartner aus Fahrzeug- und Maschinenbau, die Faserverbundteile in gemeinsamen "
            "Förderprojekten zur Serienreife bringen wollen."
        ),
    },
    {
        "key": "itwm_simulation",
        "lang": "de",
        "name": "Institut für Produktionsmathematik und Simulation Westpfalz",
        "industry": "research",
        "secondary": ["software", "machinery"],
        "looking_for": ["research_partners"],
        "offer": (
            "Mit mathematischen Modellen bilden wir Fabriken, Anlagen und Materialflüsse virtuell ab – vom "
            "Taktplan einer Montagelinie bis zum digitalen Abbild eines ganzen Werks. So lassen sich Engpässe, "
            "Rüstzeiten und Energieverbrauch vorhersagen, bevor auch nur eine Maschine umgestellt wird. Unsere "
            "Planungs- und Reihenfolgealgorithmen laufen bei Mittelständlern und Konzernen im täglichen Betrieb."
        ),
        "need": (
            "Gesucht sind Fertigungsbetriebe mit echten Betriebsdaten, die ihre Abläufe gemeinsam mit uns "
            "modellieren und verbessern möchten."
        ),
    },
    {
        "key": "dfki_vision",
        "lang": "en",
        "name": "Centre for Applied Cognitive Systems Kaiserslautern",
        "industry": "research",
        "secondary": ["software", "automation"],
        "looking_for": ["research_partners"],
        "offer": (
            "Our labs work on machine learning for camera and sensor data: deep neural networks that spot "
            "scratches, cracks and missing parts, read documents or follow people and robots on the shop floor. "
            "We train models with little labelled data and make their decisions explainable enough for "
            "certification. Spin-offs from our groups take the results to market."
        ),
        "need": (
            "We look for industrial partners who bring real inspection problems and image data into jointly "
            "funded projects."
        ),
    },
    {
        "key": "tu_biotech",
        "lang": "de",
        "name": "Lehrstuhl für Molekulare Biotechnologie, Technische Hochschule Lautertal",
        "industry": "research",
        "secondary": ["medical", "chemicals"],
        "looking_for": ["research_partners"],
        "offer": (
            "Der Lehrstuhl arbeitet an rekombinanten Proteinen, Antikörperfragmenten und Enzymen sowie an "
            "zellbasierten Testsystemen. Wir verfügen über S2-Labore, Fermenter bis 50 Liter und eine Plattform "
            "für Proteinanalytik. Unsere Arbeitsgruppen übernehmen auch Auftragsstudien und Validierungen für "
            "Firmen."
        ),
        "need": (
            "Wir suchen Unternehmen, die unsere Biomoleküle zu Nachweisverfahren oder Therapeutika weiterentwickeln."
        ),
    },
    {
        "key": "tu_water",
        "lang": "de",
        "name": "Fachgebiet Siedlungswasserwirtschaft, Technische Hochschule Lautertal",
        "industry": "research",
        "secondary": ["environment"],
        "looking_for": ["research_partners"],
        "offer": (
            "Wir erforschen, wie Städte mit Starkregen und Trockenheit umgehen: dezentrale Versickerung, "
            "Gründächer, Retentionsmulden und das Zusammenspiel von Kanalnetz und Kläranlage. Mit hydraulischen "
            "Modellen und Messkampagnen planen wir wassersensible Stadtquartiere. Außerdem beraten wir Kommunen "
            "bei der Abwasserreinigung und der Verwertung von Klärschlamm."
        ),
        "need": (
            "Wir suchen Städte und Ingenieurbüros für Pilotgebiete und gemeinsame Forschungsvorhaben zur "
            "Klimaanpassung."
        ),
    },
    {
        "key": "surface_lab",
        "lang": "en",
        "name": "Institute for Surface and Thin-Film Analytics",
        "industry": "research",
        "secondary": ["chemicals", "environment"],
        "looking_for": ["research_partners", "markets"],
        "offer": (
            "We characterise coatings and layers from a few nanometres to several micrometres thick using XPS, "
            "time-of-flight SIMS, ellipsometry and electron microscopy. Manufacturers come to us to find out why "
            "layers delaminate, corrode or lose efficiency, for example in photovoltaic cells, optical glass and "
            "hard coatings on cutting tools. Accelerated damp-heat and UV ageing complement the analysis."
        ),
        "need": (
            "We want long-term partners among makers of coated products who need failure analysis and joint "
            "development of more durable layer stacks."
        ),
    },
    # distractor: research institute, metals rather than fibre composites
    {
        "key": "materials_testing",
        "lang": "de",
        "name": "Lehrstuhl für Werkstoffkunde und Schweißtechnik, Technische Hochschule Lautertal",
        "industry": "research",
        "secondary": ["machinery", "automotive"],
        "looking_for": ["research_partners"],
        "offer": (
            "Wir untersuchen metallische Werkstoffe: Schwingfestigkeit von Stählen und Aluminiumlegierungen, "
            "Gefüge nach dem Schweißen, Wasserstoffversprödung und Schadensfälle an Wellen und Zahnrädern. Das "
            "Prüffeld umfasst servohydraulische Prüfmaschinen bis 1.000 kN und eine Schweißversuchshalle."
        ),
        "need": (
            "Wir suchen Unternehmen aus Stahlbau und Antriebstechnik für gemeinsame Vorhaben zur Lebensdauer von "
            "Bauteilen."
        ),
    },
    {
        "key": "sw_erp",
        "lang": "de",
        "name": "Lauterbyte Unternehmenssoftware GmbH",
        "industry": "software",
        "secondary": ["services"],
        "looking_for": ["markets"],
        "offer": (
            "Unsere ERP-Lösung deckt Warenwirtschaft, Finanzbuchhaltung, Lohn und Produktionsplanung für "
            "Betriebe mit 20 bis 500 Beschäftigten ab. Sie erfüllt die deutschen Vorgaben zu GoBD, E-Rechnung "
            "und Umsatzsteuer von Haus aus und übergibt die Buchungen direkt an den Steuerberater. Einführung, "
            "Schulung und Support leisten wir selbst, vor Ort in der Pfalz."
        ),
        "need": "Wir wollen Niederlassungen ausländischer Unternehmen in Deutschland als Kunden gewinnen.",
    },
    {
        "key": "sw_cyber",
        "lang": "en",
        "name": "Barbarossa Security Labs GmbH",
        "industry": "software",
        "secondary": ["automotive"],
        "looking_for": ["markets"],
        "offer": (
            "We protect the networks of manufacturers and their suppliers: penetration tests, security audits of "
            "production networks and preparation for the VDA ISA assessment that German vehicle makers demand "
            "from their supply chain. Our consultants also set up information security management systems "
            "according to ISO/IEC 27001 and train staff."
        ),
        "need": (
            "We are looking for suppliers in the vehicle supply chain who must prove their information security "
            "to German customers."
        ),
    },
    {
        "key": "sw_smart_city",
        "lang": "en",
        "name": "Urbanis Sensor Networks GmbH",
        "industry": "software",
        "secondary": ["environment", "logistics"],
        "looking_for": ["markets", "research_partners"],
        "offer": (
            "We connect cities: low-power radio sensors report free parking bays, waste bin levels, street lamp "
            "faults and air quality to one open data platform with dashboards for the municipal administration. "
            "Kaiserslautern and four neighbouring towns run our platform today."
        ),
        "need": "We want to pilot the platform in further cities abroad together with local operators.",
    },
    {
        "key": "sw_xr",
        "lang": "en",
        "name": "Pfalzgrafen Interactive GmbH",
        "industry": "software",
        "secondary": ["education"],
        "looking_for": ["investors", "markets"],
        "offer": (
            "A studio of 25 developers and 3D artists creating virtual- and augmented-reality training: "
            "maintenance procedures, fire drills and assembly instructions that workers practise with a headset "
            "instead of on the real machine. We also make serious games for schools and museums."
        ),
        "need": (
            "We seek co-development partners and investors to bring our training modules to industrial customers "
            "in Asia."
        ),
    },
    # distractor: 'AI' and 'optimisation' words, but business analytics, not production or vision
    {
        "key": "sw_data_consulting",
        "lang": "en",
        "name": "Lautern Data Consulting GmbH",
        "industry": "software",
        "secondary": ["services"],
        "looking_for": ["markets"],
        "offer": (
            "Data scientists who build sales forecasts, churn models and management dashboards on top of "
            "existing ERP and CRM systems. We migrate reporting to the cloud and train controllers to maintain "
            "the models themselves."
        ),
        "need": "We are looking for mid-sized companies that want to make better use of their business data.",
    },
    {
        "key": "auto_robotics",
        "lang": "de",
        "name": "Kessler Robotertechnik GmbH",
        "industry": "automation",
        "secondary": ["machinery", "automotive"],
        "looking_for": ["markets", "skilled_workers"],
        "offer": (
            "Wir planen und bauen schlüsselfertige Roboterzellen zum Schweißen, Kleben, Palettieren und für die "
            "Maschinenbeschickung – herstellerunabhängig, inklusive Schutzeinrichtungen und CE-Kennzeichnung. "
            "Über 400 Anlagen laufen bei Zulieferern und im Maschinenbau. Offline-Programmierung und "
            "Inbetriebnahme kommen aus einer Hand."
        ),
        "need": (
            "Wir suchen Hersteller von Robotern und Greifern als Technologiepartner sowie Mechatroniker für "
            "unser Inbetriebnahmeteam."
        ),
    },
    {
        "key": "auto_plc",
        "lang": "en",
        "name": "Westrich Control Systems GmbH",
        "industry": "automation",
        "secondary": ["machinery"],
        "looking_for": ["markets", "skilled_workers"],
        "offer": (
            "We design and wire control cabinets, program PLCs and operator panels and modernise presses, "
            "furnaces and conveyor lines whose electrics are no longer supported by the original maker. A "
            "retrofit keeps the mechanics and replaces drives, safety circuits and visualisation, usually within "
            "a two-week shutdown."
        ),
        "need": (
            "We want partners abroad who install and service our retrofit packages locally, and we are hiring "
            "electricians."
        ),
    },
    {
        "key": "auto_vision_inspect",
        "lang": "de",
        "name": "Optronic Prüfsysteme Lauter GmbH",
        "industry": "automation",
        "secondary": ["software"],
        "looking_for": ["markets", "research_partners"],
        "offer": (
            "Wir liefern Kamerasysteme für die lückenlose Qualitätskontrolle direkt in der Linie: "
            "Oberflächenprüfung von Blechen, Bändern und Kunststoffteilen, Maßkontrolle und Codelesen. "
            "Beleuchtung, Optik und Auswertesoftware stimmen wir auf das jeweilige Produkt ab, inzwischen auch "
            "mit lernenden Verfahren."
        ),
        "need": (
            "Für neue Prüfaufgaben suchen wir Forschungspartner in der KI-gestützten Bildauswertung und Kunden "
            "in der Metallverarbeitung."
        ),
    },
    # machine builders: grinding / pumps / vineyard implements / packaging, plus a machine-tool dealer
    {
        "key": "mach_grinding",
        "lang": "de",
        "name": "Hohenecker Schleiftechnik GmbH",
        "industry": "machinery",
        "secondary": ["automotive"],
        "looking_for": ["markets"],
        "offer": (
            "Wir bauen CNC-Rund- und Unrundschleifmaschinen für Nockenwellen, Getriebewellen und "
            "Hydraulikkomponenten mit Genauigkeiten im Mikrometerbereich. Jede Maschine wird auf das Werkstück "
            "des Kunden ausgelegt; unsere Servicetechniker sind weltweit im Einsatz."
        ),
        "need": (
            "Wir suchen Kontakte zu Antriebs- und Getriebeherstellern in Asien, die in hochgenaue Fertigung "
            "investieren."
        ),
    },
    {
        "key": "mach_pumps",
        "lang": "en",
        "name": "Pfeiffer & Lang Pump Engineering GmbH",
        "industry": "machinery",
        "secondary": ["environment", "chemicals"],
        "looking_for": ["markets", "service_providers"],
        "offer": (
            "Centrifugal and progressive cavity pumps for sludge, slurries and aggressive chemicals, with "
            "matching valves and dosing units. Our pumps run in municipal sewage works, breweries and chemical "
            "parks across Europe."
        ),
        "need": "We look for distributors and service partners in Southeast Asia and China.",
    },
    {
        "key": "mach_vineyard",
        "lang": "en",
        "name": "Rebtec Vineyard Machinery GmbH",
        "industry": "machinery",
        "secondary": ["food"],
        "looking_for": ["markets"],
        "offer": (
            "Implements for steep-slope and narrow-row vineyards: leaf strippers, pre-pruners, under-vine "
            "weeders and tracked carriers. Everything is built in our workshop in the Palatinate and tested in "
            "the vineyards next door."
        ),
        "need": "We are looking for importers in wine regions outside Europe, for instance Ningxia.",
    },
    {
        "key": "mach_packaging",
        "lang": "de",
        "name": "Vogelweh Verpackungsmaschinen GmbH",
        "industry": "machinery",
        "secondary": ["food", "medical"],
        "looking_for": ["markets"],
        "offer": (
            "Wir fertigen Schlauchbeutel-, Kartonier- und Dosiermaschinen für Kräuter- und Früchtemischungen, "
            "Kaffee, Gewürze und Arzneimittel – vom Einzelgerät bis zur kompletten Linie mit Etikettierung. "
            "Formatwechsel in unter zehn Minuten und eine hygienegerechte Bauweise sind unsere Stärken."
        ),
        "need": "Wir suchen Abnehmer und Vertretungen in China, wo bisher nur wenige unserer Anlagen stehen.",
    },
    {
        "key": "trade_machine_dealer",
        "lang": "de",
        "name": "Westpfalz Werkzeugmaschinen Handel & Service GmbH",
        "industry": "machinery",
        "secondary": ["services"],
        "looking_for": ["resources"],
        "offer": (
            "Seit 1987 verkaufen wir Drehmaschinen, Fräs- und Bearbeitungszentren sowie Sägen an Betriebe in "
            "Rheinland-Pfalz, im Saarland und in Nordbaden. Wir haben eine eigene Vorführhalle, bieten "
            "Finanzierung und Bedienerschulung an und unterhalten zwölf Servicetechniker mit Ersatzteillager."
        ),
        "need": (
            "Wir möchten unser Sortiment um preiswerte Maschinen neuer Hersteller erweitern, die wir exklusiv in "
            "unserer Region vertreten."
        ),
    },
    # automotive suppliers: drivetrain / die casting / seating / hydrogen test benches
    {
        "key": "auto_powertrain",
        "lang": "en",
        "name": "Lautertal Drivetrain Components GmbH",
        "industry": "automotive",
        "secondary": ["machinery"],
        "looking_for": ["research_partners", "skilled_workers"],
        "offer": (
            "We machine and assemble axles, gear sets and electric drive units for trucks and buses; our plant "
            "near Kaiserslautern ships 40,000 axle modules a year. Our test centre runs endurance and "
            "noise-vibration tests on drivetrains up to 600 kW, and groups of visitors can tour the assembly "
            "halls by appointment."
        ),
        "need": "We look for research partners on battery-electric and hydrogen trucks and for trained machinists.",
    },
    {
        "key": "auto_diecast",
        "lang": "de",
        "name": "Gießerei Alsenborn GmbH",
        "industry": "automotive",
        "secondary": ["machinery"],
        "looking_for": ["markets"],
        "offer": (
            "Aluminium-Druckguss für Getriebegehäuse, Batteriewannen und Strukturteile mit Schließkräften bis "
            "4.400 Tonnen, einschließlich mechanischer Bearbeitung und Röntgenprüfung. Unsere Gießzellen sind "
            "weitgehend automatisiert und können von Gruppen nach Anmeldung besichtigt werden."
        ),
        "need": "Wir suchen neue Kunden unter den Herstellern von Elektrofahrzeugen.",
    },
    # distractor for automotive requests
    {
        "key": "auto_seating",
        "lang": "de",
        "name": "Sitzsysteme Westpfalz GmbH",
        "industry": "automotive",
        "secondary": ["textiles", "chemicals"],
        "looking_for": ["markets"],
        "offer": (
            "Wir produzieren Sitzgestelle, Polster und Innenverkleidungen für Nutzfahrzeuge und Busse, vom "
            "Spritzguss bis zum fertig bezogenen Sitz. Die Bezüge nähen wir aus Stoff, Kunstleder und recycelten "
            "Garnen."
        ),
        "need": "Wir suchen Lieferanten für Bezugsstoffe und Kunden im Busbau.",
    },
    {
        "key": "auto_hydrogen",
        "lang": "en",
        "name": "H2 Motion Test Systems GmbH",
        "industry": "automotive",
        "secondary": ["environment", "research"],
        "looking_for": ["research_partners", "investors"],
        "offer": (
            "We build and operate test benches for fuel cell stacks, hydrogen tanks and complete fuel cell "
            "powertrains of commercial vehicles. Customers rent test slots or buy turnkey benches, and our "
            "engineers integrate fuel cell systems into prototype lorries."
        ),
        "need": "We seek partners for demonstration fleets and investors for a second test hall.",
    },
    # food: wine co-operative / frozen bakery / Asian food importer
    {
        "key": "food_wine",
        "lang": "de",
        "name": "Winzergenossenschaft Mittelhaardt eG",
        "industry": "food",
        "secondary": [],
        "looking_for": ["markets"],
        "offer": (
            "Unsere 180 Winzerfamilien bewirtschaften 900 Hektar Reben an der Weinstraße; wir keltern vor allem "
            "Riesling, Spätburgunder und Grauburgunder und füllen jährlich rund sechs Millionen Flaschen ab. "
            "Händlern bieten wir Eigenetiketten, Verkostungen im Haus und exportfertige Papiere."
        ),
        "need": (
            "Wir suchen Importeure und Händler in Asien und sind offen für Pilotprojekte, die unsere Reben vor "
            "Hitze und Hagel schützen."
        ),
    },
    # distractor: frozen food, but exporting from Germany
    {
        "key": "food_bakery",
        "lang": "de",
        "name": "Pfälzer Backstube Industriebäckerei GmbH",
        "industry": "food",
        "secondary": [],
        "looking_for": ["markets"],
        "offer": (
            "Wir backen Laugengebäck, Brötchen und Brote und liefern sie tiefgekühlt an Hotels, Tankstellen und "
            "Supermärkte in ganz Europa. Die Teiglinge werden vorgebacken, schockgefrostet und beim Kunden in "
            "wenigen Minuten fertig gebacken."
        ),
        "need": "Wir suchen Großhändler und Hotelketten in China, die deutsches Backwerk anbieten wollen.",
    },
    {
        "key": "food_import",
        "lang": "en",
        "name": "EuroAsia Fine Foods Import GmbH",
        "industry": "food",
        "secondary": ["logistics", "services"],
        "looking_for": ["resources"],
        "offer": (
            "We bring Asian foods into the EU and supply supermarkets, restaurant wholesalers and online grocers "
            "in Germany, Austria and Benelux. Our team handles EU food law, German labels and ingredient lists, "
            "border inspections and listing talks with retail chains; our own freezer store holds 3,000 pallets."
        ),
        "need": (
            "We want new producers from China with export approval, especially frozen convenience meals and snacks."
        ),
    },
    # medical: implants / rapid diagnostics / regulatory affairs
    {
        "key": "med_implants",
        "lang": "de",
        "name": "Medimplant Lautern GmbH",
        "industry": "medical",
        "secondary": ["machinery"],
        "looking_for": ["research_partners", "markets"],
        "offer": (
            "Wir fertigen Knie-, Hüft- und Wirbelsäulenimplantate aus Titan und Kobalt-Chrom, zunehmend im "
            "Laserstrahlschmelzen mit porösen Oberflächen, in die der Knochen einwächst. Patientenspezifische "
            "Versorgungen planen wir aus CT-Daten gemeinsam mit den Operateuren."
        ),
        "need": "Wir suchen Kliniken und Forschungspartner für klinische Studien und neue Implantatdesigns.",
    },
    {
        "key": "med_diagnostics",
        "lang": "en",
        "name": "Quickcell Diagnostics GmbH",
        "industry": "medical",
        "secondary": ["research"],
        "looking_for": ["investors", "research_partners"],
        "offer": (
            "A university spin-off developing lateral-flow and microfluidic point-of-care tests that detect "
            "infections and cardiac markers within 15 minutes from a drop of blood. We run our own ISO 13485 "
            "quality system and a small pilot line for test cassettes."
        ),
        "need": (
            "We seek investors, and research partners to validate our assays with clinical samples and scale up "
            "production."
        ),
    },
    {
        "key": "med_regulatory",
        "lang": "en",
        "name": "MedReg Compliance Partners GmbH",
        "industry": "medical",
        "secondary": ["services"],
        "looking_for": ["markets"],
        "offer": (
            "We guide manufacturers of medical devices through the EU Medical Device Regulation: technical "
            "documentation, clinical evaluation, risk management and the choice of a notified body. As "
            "authorised representative we are the legal EU contact for manufacturers based outside Europe."
        ),
        "need": "We are looking for device manufacturers from Asia who want to place products on the European market.",
    },
    # environment: plastics recycling / solar / wastewater plants / energy agency
    {
        "key": "env_recycling",
        "lang": "de",
        "name": "Kunststoffkreislauf Pfalz GmbH",
        "industry": "environment",
        "secondary": ["chemicals"],
        "looking_for": ["resources", "research_partners"],
        "offer": (
            "Wir sortieren, waschen und granulieren Kunststoffabfälle aus Haushalten und Industrie und "
            "verarbeiten sie zu Rezyklaten für Folien, Rohre und Spritzgussteile. Mit Nahinfrarot-Sortierern "
            "trennen wir Polyolefine, PET und Mischkunststoffe sortenrein."
        ),
        "need": "Für neue Verfahren des chemischen Recyclings suchen wir Partner, die mit uns Pilotanlagen aufbauen.",
    },
    {
        "key": "env_solar",
        "lang": "en",
        "name": "Sunfield Pfalz Energy GmbH",
        "industry": "environment",
        "secondary": ["real_estate"],
        "looking_for": ["investors", "space"],
        "offer": (
            "We plan, finance and build solar parks, rooftop systems and agrivoltaic installations where crops "
            "grow under elevated module rows. Our pilot over apple orchards generates 1 MW and shows less hail "
            "and sunburn damage on the fruit."
        ),
        "need": "We look for landowners and investors, and for makers of bifacial and semi-transparent modules.",
    },
    {
        "key": "env_wastewater",
        "lang": "de",
        "name": "Membrantechnik Lauter GmbH",
        "industry": "environment",
        "secondary": ["machinery", "chemicals"],
        "looking_for": ["markets"],
        "offer": (
            "Wir planen und errichten Membranbioreaktoren und Ultrafiltrationsanlagen für kommunales und "
            "industrielles Abwasser, etwa aus Molkereien, Galvaniken und Textilveredlung. Referenzanlagen in der "
            "Westpfalz zeigen wir Fachbesuchern gern vor Ort."
        ),
        "need": (
            "Wir suchen Kommunen und Industriebetriebe im Ausland, die ihre Kläranlagen erweitern oder modernisieren."
        ),
    },
    # distractor: cities and municipal projects, but energy
    {
        "key": "env_energy_agency",
        "lang": "de",
        "name": "Energieagentur Westpfalz",
        "industry": "environment",
        "secondary": ["services", "real_estate"],
        "looking_for": [],
        "offer": (
            "Die Energieagentur berät Kommunen, Unternehmen und Hausbesitzer zu Energieeffizienz, kommunaler "
            "Wärmeplanung und Fördermitteln. Wir moderieren Netzwerke von Betrieben, die gemeinsam ihren "
            "Energieverbrauch senken."
        ),
        "need": "Wir möchten mit Partnerregionen Erfahrungen zur Wärmewende in Städten austauschen.",
    },
    # logistics: rail terminal / contract logistics / cold chain
    {
        "key": "log_rail",
        "lang": "de",
        "name": "Trimodal Terminal Westpfalz GmbH",
        "industry": "logistics",
        "secondary": [],
        "looking_for": ["markets"],
        "offer": (
            "Unser Terminal verknüpft Schiene und Straße mit Anschluss an die Rheinhäfen: Container aus den "
            "Seehäfen und aus den Ganzzügen von und nach Asien werden hier umgeschlagen, zwischengelagert und im "
            "Umkreis von 150 km per Lkw zugestellt. Zollabfertigung und Gefahrgutlager befinden sich auf dem "
            "Gelände."
        ),
        "need": "Wir suchen Verlader und Speditionen, die mit uns regelmäßige Zugverbindungen nach Asien aufbauen.",
    },
    {
        "key": "log_contract",
        "lang": "en",
        "name": "Palatinate Contract Logistics GmbH",
        "industry": "logistics",
        "secondary": ["services"],
        "looking_for": ["markets"],
        "offer": (
            "40,000 m² of warehousing next to the A6 motorway with a bonded customs warehouse, pick-and-pack, "
            "kitting for assembly lines and returns handling. We run the European spare-parts distribution for "
            "several Asian machine and e-bike brands."
        ),
        "need": "We want more shippers from Asia who need a European distribution hub.",
    },
    {
        "key": "log_cold",
        "lang": "de",
        "name": "Kühltransporte Hinkel GmbH",
        "industry": "logistics",
        "secondary": ["food"],
        "looking_for": ["markets"],
        "offer": (
            "Temperaturgeführte Transporte und Lagerung von minus 25 bis plus 8 Grad für Lebensmittel und "
            "Pharmazeutika, mit lückenloser Aufzeichnung der Temperatur. Unser Tiefkühllager in Landstuhl liegt "
            "direkt an der Autobahn."
        ),
        "need": "Wir suchen Importeure und Produzenten, die regelmäßig Tiefkühlware nach Süddeutschland liefern.",
    },
    # real estate: halls to rent / city offices / science park labs / greenfield industrial land
    {
        "key": "re_business_park",
        "lang": "de",
        "name": "Gewerbepark Einsiedlerhof-Süd",
        "industry": "real_estate",
        "secondary": [],
        "looking_for": ["investors"],
        "offer": (
            "Auf dem ehemaligen Depotgelände vermieten wir sofort beziehbare Hallen von 800 bis 6.000 m² mit "
            "Kranbahnen, Rampen und Sozialräumen, teilbar und kurzfristig verfügbar. Mietverträge gibt es ab "
            "zwei Jahren; Umbauten für Montage oder Lager übernehmen wir."
        ),
        "need": (
            "Wir suchen Mieter aus Produktion und Montage, gern auch ausländische Firmen für ihren ersten "
            "Standort in Europa."
        ),
    },
    {
        "key": "re_city_office",
        "lang": "de",
        "name": "Geschäftshaus am Stiftsplatz",
        "industry": "real_estate",
        "secondary": ["services"],
        "looking_for": ["investors"],
        "offer": (
            "Moderne Büroeinheiten von 40 bis 400 m² in der Fußgängerzone, fünf Minuten vom Hauptbahnhof, mit "
            "Empfangsservice, Besprechungsräumen und möblierten Einzelbüros, die monatlich kündbar sind. "
            "Restaurants, Banken und die Stadtverwaltung liegen um die Ecke."
        ),
        "need": (
            "Wir suchen Mieter für freie Etagen, gerade Firmen, die eine repräsentative Adresse in der "
            "Innenstadt brauchen."
        ),
    },
    {
        "key": "re_science_park",
        "lang": "en",
        "name": "Lauter Science Park",
        "industry": "real_estate",
        "secondary": ["research", "medical"],
        "looking_for": ["investors", "research_partners"],
        "offer": (
            "Next to the university campus we let laboratories of safety levels S1 and S2 with clean benches and "
            "gas supply, together with offices and shared equipment such as a cell culture suite and mass "
            "spectrometry. Young life-science companies get flexible leases and access to the university's core "
            "facilities."
        ),
        "need": "We are looking for research-driven companies and spin-offs, including from abroad, as tenants.",
    },
    {
        "key": "re_land_developer",
        "lang": "de",
        "name": "Entwicklungsgesellschaft Westpfalz-Industrie mbH",
        "industry": "real_estate",
        "secondary": [],
        "looking_for": ["investors"],
        "offer": (
            "Wir vermarkten erschlossene Industriegrundstücke von 5 bis 60 Hektar mit rechtskräftigem "
            "Bebauungsplan, Autobahn- und Gleisanschluss sowie gesicherter Strom- und Wasserversorgung. Die "
            "Genehmigungsverfahren begleiten wir gemeinsam mit den Behörden vom ersten Gespräch bis zur "
            "Baugenehmigung."
        ),
        "need": "Wir suchen Investoren für Großansiedlungen aus Industrie und Energiewirtschaft.",
    },
    # education: vocational centre / language school / university international office / nursing school
    {
        "key": "edu_vocational",
        "lang": "de",
        "name": "Berufsbildungszentrum Metall und Elektro Kaiserslautern",
        "industry": "education",
        "secondary": ["machinery", "automation"],
        "looking_for": ["skilled_workers"],
        "offer": (
            "In unseren Werkstätten lernen jedes Jahr über 600 Auszubildende Mechatronik, Zerspanung, "
            "Elektrotechnik und Industriemechanik – überbetrieblich und abgestimmt mit den Ausbildungsbetrieben. "
            "Für Ausbilder und Berufsschullehrkräfte aus dem Ausland bieten wir Hospitationen und "
            "Train-the-Trainer-Kurse zum dualen System an."
        ),
        "need": (
            "Wir suchen Partnerschulen im Ausland für den Austausch und Unternehmen, die zusätzliche "
            "Ausbildungsplätze schaffen."
        ),
    },
    {
        "key": "edu_language",
        "lang": "en",
        "name": "Lingua Bridge Language & Integration School",
        "industry": "education",
        "secondary": ["services"],
        "looking_for": ["skilled_workers"],
        "offer": (
            "Intensive German courses from A1 to C1, including job-specific German for care and engineering, in "
            "Kaiserslautern and online for learners still in their home country. We help with the recognition of "
            "foreign diplomas, visa paperwork and the first months of settling in."
        ),
        "need": "We want partner schools and employers abroad who prepare candidates for work in Germany.",
    },
    # distractor: education and China, but academic exchange
    {
        "key": "edu_university_exchange",
        "lang": "en",
        "name": "International Office, Technische Hochschule Lautertal",
        "industry": "education",
        "secondary": ["research"],
        "looking_for": ["research_partners"],
        "offer": (
            "The International Office manages partnerships with 120 universities, double-degree programmes in "
            "mechanical engineering and computer science and summer schools for visiting students. We advise "
            "international applicants on admission and scholarships."
        ),
        "need": "We seek further partner universities in China for student and staff exchange.",
    },
    {
        "key": "edu_nursing",
        "lang": "de",
        "name": "Pflegeschule am Klinikverbund Westpfalz",
        "industry": "education",
        "secondary": ["medical"],
        "looking_for": ["skilled_workers"],
        "offer": (
            "Wir bilden in drei Jahren Pflegefachfrauen und Pflegefachmänner aus und bieten Anpassungslehrgänge "
            "für ausländische Pflegekräfte bis zur staatlichen Anerkennung an. Praxiseinsätze finden in unseren "
            "vier Kliniken und zwei Seniorenheimen statt; Wohnheimplätze stehen bereit."
        ),
        "need": (
            "Wir suchen Pflegeschulen und Hochschulen im Ausland, deren Absolventinnen und Absolventen bei uns "
            "arbeiten möchten."
        ),
    },
    # distractor for skilled-worker requests
    {
        "key": "edu_it_academy",
        "lang": "de",
        "name": "Weiterbildungsakademie Westpfalz",
        "industry": "education",
        "secondary": ["software"],
        "looking_for": ["skilled_workers"],
        "offer": (
            "Wir bieten berufsbegleitende Lehrgänge in Programmierung, SAP-Anwendung, Netzwerktechnik und "
            "Projektmanagement sowie geförderte Umschulungen für Arbeitsuchende an. Firmen buchen bei uns auch "
            "maßgeschneiderte Inhouse-Schulungen."
        ),
        "need": "Wir suchen Unternehmen, die Teilnehmende nach der Umschulung übernehmen.",
    },
    # services: law and tax / chamber / incubator / seed fund / interpreters / recruiting / marketing
    {
        "key": "srv_law_tax",
        "lang": "de",
        "name": "Kanzlei Brenner, Wu & Partner",
        "industry": "services",
        "secondary": [],
        "looking_for": ["markets"],
        "offer": (
            "Rechtsanwälte, Steuerberater und Wirtschaftsprüfer mit einem China-Desk in deutscher und "
            "chinesischer Sprache. Wir gründen Gesellschaften, prüfen Zielunternehmen vor einem Kauf, gestalten "
            "Arbeitsverträge und Verrechnungspreise und übernehmen Buchhaltung und Jahresabschluss."
        ),
        "need": (
            "Wir suchen Mandanten aus China, die in Deutschland Fuß fassen oder hier Unternehmen übernehmen wollen."
        ),
    },
    {
        "key": "srv_chamber",
        "lang": "de",
        "name": "Wirtschaftskammer Westpfalz",
        "industry": "services",
        "secondary": ["education"],
        "looking_for": ["markets", "investors"],
        "offer": (
            "Als Selbstverwaltung der regionalen Wirtschaft vertreten wir 25.000 Mitgliedsbetriebe, nehmen die "
            "Abschlussprüfungen der Berufsausbildung ab und stellen Ursprungszeugnisse und Carnets aus. Unsere "
            "Nachfolgebörse bringt Inhaber, die ihren Betrieb abgeben wollen, mit Kaufinteressenten zusammen; "
            "für Gäste aus dem Ausland organisieren wir Betriebsbesichtigungen."
        ),
        "need": "Wir suchen Kontakte zu Handelskammern und Wirtschaftsverbänden in China.",
    },
    {
        "key": "srv_incubator",
        "lang": "de",
        "name": "Gründerzentrum Lauterhof",
        "industry": "services",
        "secondary": ["real_estate", "software"],
        "looking_for": ["investors", "markets"],
        "offer": (
            "Das Gründerzentrum bietet jungen Technologiefirmen Büros und Coworking-Plätze ab einem Monat "
            "Laufzeit, Coaching, Mentoren aus der Industrie und Zugang zu Förderprogrammen. Rund 60 junge "
            "Unternehmen aus Software, künstlicher Intelligenz und Materialtechnik arbeiten unter unserem Dach; "
            "regelmäßig laufen Pitch-Abende und Softlanding-Programme für Gründerteams aus dem Ausland."
        ),
        "need": (
            "Wir suchen Partner-Inkubatoren im Ausland für den Austausch von Gründerteams sowie Kapitalgeber für "
            "unsere Firmen."
        ),
    },
    {
        "key": "srv_accelerator",
        "lang": "en",
        "name": "Westpfalz Seed Capital & Accelerator",
        "industry": "services",
        "secondary": ["software"],
        "looking_for": ["investors"],
        "offer": (
            "An early-stage fund with a 12-week accelerator for science-based founders: tickets from 100,000 to "
            "1.5 million euros and hands-on help with pricing, hiring and first industrial customers. Our "
            "portfolio holds 28 companies in machine learning, robotics and new materials."
        ),
        "need": "We want co-investors for follow-on rounds, including strategic investors from Asia.",
    },
    {
        "key": "srv_intercultural",
        "lang": "en",
        "name": "Sino-German Bridge Interpreting & Consulting",
        "industry": "services",
        "secondary": ["education"],
        "looking_for": ["markets"],
        "offer": (
            "Certified Chinese–German interpreters for negotiations, trade fairs, factory audits and court "
            "hearings, and translation of contracts and technical manuals. We also prepare German teams for "
            "business in China with intercultural workshops."
        ),
        "need": "We look for companies and agencies that host Chinese visitors regularly.",
    },
    {
        "key": "srv_recruiting",
        "lang": "en",
        "name": "Talent Corridor Recruiting GmbH",
        "industry": "services",
        "secondary": ["education"],
        "looking_for": ["skilled_workers"],
        "offer": (
            "We recruit engineers, IT specialists and technicians for employers in Rhineland-Palatinate and "
            "Saarland, increasingly from abroad. Our service covers active search, interviews in English, "
            "Chinese and German, work permit applications and onboarding."
        ),
        "need": "We look for employers with open technical positions and universities that place graduates.",
    },
    # distractor for market-access requests
    {
        "key": "srv_marketing",
        "lang": "en",
        "name": "Pfalzblick Marketing & Trade Fair Services",
        "industry": "services",
        "secondary": [],
        "looking_for": ["markets"],
        "offer": (
            "We build trade fair stands, run German-language websites, social media and press work for companies "
            "entering the German market, and organise product launches with the trade press."
        ),
        "need": "We seek foreign exporters who want to raise their visibility in Germany.",
    },
    # chemicals: coatings (distractor) / structural adhesives / analytical lab and EU registration
    {
        "key": "chem_coatings",
        "lang": "de",
        "name": "Lackwerke Otterbach GmbH",
        "industry": "chemicals",
        "secondary": ["automotive", "machinery"],
        "looking_for": ["markets"],
        "offer": (
            "Wir entwickeln und produzieren Pulverlacke und wasserbasierte Industrielacke für Landmaschinen, "
            "Stahlbau und Fahrzeugteile, darunter Korrosionsschutzsysteme mit 1.000 Stunden im Salzsprühtest. "
            "Farbtöne mischen wir ab 25 Kilogramm."
        ),
        "need": "Wir suchen Lackierbetriebe und Händler als Abnehmer in Osteuropa und Asien.",
    },
    {
        "key": "chem_adhesives",
        "lang": "en",
        "name": "Bondline Adhesive Technologies GmbH",
        "industry": "chemicals",
        "secondary": ["automotive"],
        "looking_for": ["research_partners"],
        "offer": (
            "Structural epoxy and polyurethane adhesives for joining carbon fibre, aluminium and steel in car "
            "bodies, rotor blades and rail vehicles. Our application lab reproduces the customer's joining "
            "process and tests bonded joints under crash loads, heat and humidity."
        ),
        "need": "We seek research partners for debondable adhesives that make lightweight parts recyclable.",
    },
    {
        "key": "chem_lab_services",
        "lang": "de",
        "name": "Analytiklabor Westpfalz GmbH",
        "industry": "chemicals",
        "secondary": ["services", "environment"],
        "looking_for": ["markets"],
        "offer": (
            "Akkreditiertes Prüflabor für chemische Analysen: Schadstoffe in Verbraucherprodukten, "
            "Stoffidentität und Reinheit, Sicherheitsdatenblätter. Als Alleinvertreter übernehmen wir für "
            "Hersteller außerhalb der EU die Registrierung nach der europäischen Chemikalienverordnung."
        ),
        "need": "Wir suchen Chemikalienhersteller aus Asien, die Stoffe in die EU liefern wollen.",
    },
    # textiles: technical nonwovens / footwear research / shoe factory / outdoor brand
    {
        "key": "tex_technical",
        "lang": "de",
        "name": "Vliesstoffwerk Lauterecken GmbH",
        "industry": "textiles",
        "secondary": ["environment", "automotive"],
        "looking_for": ["research_partners", "markets"],
        "offer": (
            "Wir stellen schmelzgeblasene und vernadelte Vliesstoffe her, die in Luftfiltern, Atemschutzmasken, "
            "Akustikdämmung für Fahrzeuge und Batterieseparatoren stecken. Elektrostatisch aufgeladene "
            "Filtermedien erreichen die Klassen F7 bis H13."
        ),
        "need": (
            "Wir suchen Partner für gemeinsame Entwicklungen in der Filtration und Abnehmer in der "
            "Haushaltsgeräteindustrie."
        ),
    },
    {
        "key": "tex_shoe_institute",
        "lang": "de",
        "name": "Forschungsstelle Fußbekleidung und Leder Südwestpfalz",
        "industry": "textiles",
        "secondary": ["research", "medical"],
        "looking_for": ["research_partners"],
        "offer": (
            "Seit Jahrzehnten prüfen und entwickeln wir Schuhe, Leder und Sohlenmaterialien – von Rutschhemmung "
            "und Schadstoffprüfung bis zur Biomechanik des Gehens. In unserem Ganglabor messen wir "
            "Druckverteilung und Bewegungsabläufe und leiten daraus orthopädische Einlagen und Leisten ab. "
            "Hersteller erhalten bei uns Baumusterprüfungen für Sicherheits- und Berufsschuhe."
        ),
        "need": (
            "Wir suchen Schuhhersteller und Sanitätshäuser, mit denen wir neue Materialien und "
            "gesundheitsfördernde Schuhkonzepte erforschen."
        ),
    },
    {
        "key": "tex_shoes",
        "lang": "de",
        "name": "Schuhfabrik Rodalben GmbH",
        "industry": "textiles",
        "secondary": [],
        "looking_for": ["markets", "skilled_workers"],
        "offer": (
            "Seit 1921 fertigen wir Bequem- und Gesundheitsschuhe mit herausnehmbarem Fußbett, rahmengenäht und "
            "zum Teil in Handarbeit, für Fachgeschäfte und Orthopädieschuhtechniker. Kleinserien ab 300 Paar "
            "entstehen komplett in der Südwestpfalz."
        ),
        "need": "Wir suchen Vertriebspartner in Asien und erfahrene Schuhfertiger.",
    },
    # distractor: textiles and shoes, but a brand sourcing in Asia
    {
        "key": "tex_fashion",
        "lang": "en",
        "name": "Northwall Outdoor Apparel GmbH",
        "industry": "textiles",
        "secondary": [],
        "looking_for": ["resources"],
        "offer": (
            "A Palatinate outdoor brand designing hiking jackets, fleece and trail shoes, sold through 300 "
            "sports retailers and our web shop. We develop our own membrane laminates from recycled polyester."
        ),
        "need": "We are looking for certified garment and footwear factories in Asia with eco-labels.",
    },
]

# Requests as the offices type them; ``expected``: the right partners, best first.
REQUESTS = [
    # pair: rp_composites_zh / rp_simulation_zh – both research partners for car-part makers: materials vs.
    #   production planning
    {
        "key": "rp_composites_zh",
        "lang": "zh",
        "name": "碳纤维汽车轻量化部件研发合作",
        "description": (
            "扬州一家汽车零部件企业计划开发碳纤维复合材料车门和电池壳体，寻求德国研究机构在材料设计、"
            "成型工艺和碰撞测试方面开展合作。"
        ),
        "request_type": "research_partner",
        "industry": "automotive",
        "expected": ["ivw_composites", "chem_adhesives"],
    },
    {
        "key": "rp_simulation_zh",
        "lang": "zh",
        "name": "生产线仿真与数字孪生优化",
        "description": (
            "扬州一家汽车零部件工厂产线多、换型频繁，希望与德国研究机构合作，"
            "利用仿真和数字孪生技术优化排产和生产节拍，减少停机时间。"
        ),
        "request_type": "research_partner",
        "industry": None,
        "expected": ["itwm_simulation"],
    },
    # pair: rp_vision_en / rp_thinfilm_de – both about surface defects: camera AI vs. layer analytics
    {
        "key": "rp_vision_en",
        "lang": "en",
        "name": "AI surface defect detection for steel strip",
        "description": (
            "A steel strip mill near Shanghai wants to detect rolling defects on hot-rolled coils automatically "
            "with deep learning. They seek a German research partner to develop and validate the models on their "
            "own camera images."
        ),
        "request_type": "research_partner",
        "industry": None,
        "expected": ["dfki_vision", "auto_vision_inspect"],
    },
    {
        "key": "rp_thinfilm_de",
        "lang": "de",
        "name": "Schichtablösung bei Tandem-Solarzellen",
        "description": (
            "Ein Modulhersteller aus Yangzhou beobachtet, dass sich bei seinen Perowskit-Tandemzellen nach "
            "Feuchtetests Schichten lösen. Gesucht wird ein Institut, das die Ursache klärt und an stabileren "
            "Schichtsystemen mitarbeitet."
        ),
        "request_type": "research_partner",
        "industry": None,
        "expected": ["surface_lab"],
    },
    # pair: rp_sponge_city_zh / rp_diagnostics_en – research partners at the same university, different chairs
    {
        "key": "rp_sponge_city_zh",
        "lang": "zh",
        "name": "海绵城市雨水管理研究合作",
        "description": (
            "滁州市住建局正在推进海绵城市建设，希望与德国高校合作开展雨水管理和城市内涝防治研究，"
            "并选择一个老城区作为试点。"
        ),
        "request_type": "research_partner",
        "industry": "environment",
        "expected": ["tu_water"],
    },
    {
        "key": "rp_diagnostics_en",
        "lang": "en",
        "name": "Sepsis rapid test co-development",
        "description": (
            "A biotech company from Suzhou Industrial Park has new monoclonal antibodies against sepsis markers "
            "and wants German partners to turn them into a bedside rapid test and evaluate it with patient "
            "samples."
        ),
        "request_type": "research_partner",
        "industry": "medical",
        "expected": ["med_diagnostics", "tu_biotech"],
    },
    {
        "key": "rp_footwear_zh",
        "lang": "zh",
        "name": "糖尿病足功能鞋研发",
        "description": (
            "温州一家鞋企计划开发适合糖尿病患者穿着的功能鞋，希望与德国鞋类研究机构合作开展足底压力测试和鞋楦设计。"
        ),
        "request_type": "research_partner",
        "industry": "textiles",
        "expected": ["tex_shoe_institute", "tex_shoes"],
    },
    # pair: os_sales_office_zh / os_biotech_lab_en – office space: a sales office in town vs. a wet lab
    {
        "key": "os_sales_office_zh",
        "lang": "zh",
        "name": "凯泽斯劳滕市中心销售办事处",
        "description": (
            "上海一家工业传感器企业计划在凯泽斯劳滕设立销售代表处，初期3至5人，希望租用市中心、"
            "靠近火车站的小型办公室，最好带家具和会议室。"
        ),
        "request_type": "office_space",
        "industry": None,
        "expected": ["re_city_office"],
    },
    # pair: os_biotech_lab_en / os_coworking_de – start-ups needing space: lab vs. a few flexible desks
    {
        "key": "os_biotech_lab_en",
        "lang": "en",
        "name": "Wet lab for cell therapy start-up",
        "description": (
            "A Shanghai start-up working on cell therapies wants a small R&D base in Germany: about 150 m² of "
            "laboratory with biosafety level 2 plus two offices, ideally close to a university."
        ),
        "request_type": "office_space",
        "industry": "medical",
        "expected": ["re_science_park"],
    },
    {
        "key": "os_coworking_de",
        "lang": "de",
        "name": "Flexible Arbeitsplätze für Softwareteam",
        "description": (
            "Ein Softwarestartup aus Shanghai schickt für ein halbes Jahr zwei bis drei Leute nach "
            "Kaiserslautern und braucht kurzfristig Schreibtische, am liebsten dort, wo andere junge Firmen "
            "sitzen."
        ),
        "request_type": "office_space",
        "industry": "software",
        "expected": ["srv_incubator", "re_city_office"],
    },
    # pair: ps_hall_zh / ps_greenfield_en – production space: existing hall to rent vs. land for a new plant
    {
        "key": "ps_hall_zh",
        "lang": "zh",
        "name": "电动自行车组装厂房租赁",
        "description": (
            "常州一家电动自行车企业希望在欧洲设立组装厂，需要尽快租用约3000平方米、带行车的现成厂房，争取半年内投产。"
        ),
        "request_type": "production_space",
        "industry": None,
        "expected": ["re_business_park"],
    },
    {
        "key": "ps_greenfield_en",
        "lang": "en",
        "name": "Site for battery cell gigafactory",
        "description": (
            "A Chinese battery cell maker is screening European locations for a large plant: 30 to 50 hectares, "
            "high-voltage grid connection, rail access and fast permitting."
        ),
        "request_type": "production_space",
        "industry": "automotive",
        "expected": ["re_land_developer"],
    },
    # pair: ma_food_zh / ma_packaging_de – market access in food: selling Chinese food in Germany vs. German
    #   machines to a Chinese food maker
    {
        "key": "ma_food_zh",
        "lang": "zh",
        "name": "速冻水饺进入德国市场",
        "description": (
            "佛山一家速冻食品企业（水饺、包子）已取得出口资质，希望进入德国超市和亚洲餐饮渠道，"
            "需要当地进口商和冷链仓储合作伙伴。"
        ),
        "request_type": "market_access",
        "industry": "food",
        "expected": ["food_import", "log_cold"],
    },
    {
        "key": "ma_packaging_de",
        "lang": "de",
        "name": "Verpackungslinie für Teeproduzenten",
        "description": (
            "Ein Teeproduzent aus Yangzhou möchte seine Abfüllung modernisieren und sucht deutsche Anlagen, die "
            "lose Blätter in Pyramidenbeutel portionieren und in Faltschachteln verpacken."
        ),
        "request_type": "market_access",
        "industry": "food",
        "expected": ["mach_packaging"],
    },
    # pair: ma_machine_tools_en / ma_grinding_zh – market access in machine tools: Chinese maker seeks a dealer vs.
    #   Chinese buyer seeks a German maker
    {
        "key": "ma_machine_tools_en",
        "lang": "en",
        "name": "Dealer for Chinese CNC lathes",
        "description": (
            "A maker of CNC lathes and machining centres from Zhejiang wants to sell in south-west Germany and "
            "needs a local dealer with a showroom and its own technicians to install and maintain the machines."
        ),
        "request_type": "market_access",
        "industry": "machinery",
        "expected": ["trade_machine_dealer"],
    },
    {
        "key": "ma_grinding_zh",
        "lang": "zh",
        "name": "采购高精度齿轮轴磨床",
        "description": (
            "佛山一家新能源汽车减速器企业计划扩产，需要采购高精度齿轮轴磨削设备，希望对接德国设备制造商并了解售后服务。"
        ),
        "request_type": "market_access",
        "industry": "machinery",
        "expected": ["mach_grinding"],
    },
    # pair: ma_wine_zh / ma_food_zh – food market access in opposite directions
    {
        "key": "ma_wine_zh",
        "lang": "zh",
        "name": "德国雷司令葡萄酒直采",
        "description": (
            "上海一家高端进口酒商希望直接从德国产区采购雷司令等白葡萄酒，并以自有品牌在国内销售，"
            "寻求德国酒庄或合作社对接。"
        ),
        "request_type": "market_access",
        "industry": "food",
        "expected": ["food_wine"],
    },
    # pair: ma_medical_ce_zh / ma_reach_en – EU approval before export: medical devices vs. chemicals
    {
        "key": "ma_medical_ce_zh",
        "lang": "zh",
        "name": "血压计出口欧盟CE认证",
        "description": "江苏一家生产电子血压计和指夹式血氧仪的企业希望产品进入欧盟市场，需要办理CE认证并寻找欧代。",
        "request_type": "market_access",
        "industry": "medical",
        "expected": ["med_regulatory"],
    },
    {
        "key": "ma_reach_en",
        "lang": "en",
        "name": "REACH registration for pigment exports",
        "description": (
            "A pigment and specialty chemicals producer from Jiangsu wants to supply EU customers and needs "
            "REACH registration through an Only Representative, including the required test data."
        ),
        "request_type": "market_access",
        "industry": "chemicals",
        "expected": ["chem_lab_services"],
    },
    # pair: sk_nurses_zh / sk_engineers_en – skilled workers: nurses from a college vs. engineers for a subsidiary
    {
        "key": "sk_nurses_zh",
        "lang": "zh",
        "name": "护理人才赴德就业项目",
        "description": (
            "扬州一所护理职业学院希望每年输送20名护理专业毕业生赴德国医院和养老机构工作，"
            "需要德方提供语言培训和职业资格认证方面的支持。"
        ),
        "request_type": "skilled_workers",
        "industry": "medical",
        "expected": ["edu_nursing", "edu_language"],
    },
    {
        "key": "sk_engineers_en",
        "lang": "en",
        "name": "Electrical engineers for Kaiserslautern subsidiary",
        "description": (
            "The European subsidiary of a Chinese inverter manufacturer in Kaiserslautern needs four electrical "
            "engineers for commissioning and customer support; German and English are required."
        ),
        "request_type": "skilled_workers",
        "industry": None,
        "expected": ["srv_recruiting"],
    },
    # pair: sk_dual_training_zh / sk_nurses_zh – Chinese colleges: teacher training vs. sending graduates
    {
        "key": "sk_dual_training_zh",
        "lang": "zh",
        "name": "引进德国双元制职业教育",
        "description": (
            "扬州一所职业技术学院希望引进德国双元制职业教育模式，选派机电一体化专业教师赴德培训，"
            "并与当地企业共建实训基地。"
        ),
        "request_type": "skilled_workers",
        "industry": "education",
        "expected": ["edu_vocational", "srv_chamber"],
    },
    # pair: inv_acquisition_zh / inv_venture_en – investment: buying a Mittelstand company vs. venture capital
    {
        "key": "inv_acquisition_zh",
        "lang": "zh",
        "name": "收购德国中型机加工企业",
        "description": (
            "宁波一家民营企业有意收购一家面临接班问题的德国中型机械加工企业，需要了解潜在标的，"
            "并寻找法律和税务尽职调查服务。"
        ),
        "request_type": "investment",
        "industry": None,
        "expected": ["srv_law_tax", "srv_chamber"],
    },
    {
        "key": "inv_venture_en",
        "lang": "en",
        "name": "VC co-investment in university spin-offs",
        "description": (
            "A Shanghai venture capital firm wants to put money into young technology companies spun out of "
            "German universities and is looking for a local fund to co-invest with and share deal flow."
        ),
        "request_type": "investment",
        "industry": None,
        "expected": ["srv_accelerator"],
    },
    # pair: se_ai_zh / se_xr_en – startup exchange: incubator-to-incubator vs. one start-up seeking a peer company
    {
        "key": "se_ai_zh",
        "lang": "zh",
        "name": "人工智能初创企业中德互访",
        "description": (
            "上海某孵化器希望与德国孵化机构建立初创企业互访机制，组织人工智能初创团队赴德交流，"
            "并帮助有意向的团队在当地落地。"
        ),
        "request_type": "startup_exchange",
        "industry": None,
        "expected": ["srv_incubator", "srv_accelerator"],
    },
    {
        "key": "se_xr_en",
        "lang": "en",
        "name": "VR safety training start-up exchange",
        "description": (
            "A Hangzhou start-up making VR safety training for construction sites wants to spend two weeks with "
            "a German studio that builds similar products and explore joint content."
        ),
        "request_type": "startup_exchange",
        "industry": "software",
        "expected": ["sw_xr"],
    },
    # pair: jp_recycling_zh / jp_filter_zh – joint projects with environmental flavour: plastic waste vs. filter
    #   media
    {
        "key": "jp_recycling_zh",
        "lang": "zh",
        "name": "废塑料分拣再生示范线",
        "description": (
            "滁州市一家环保企业计划与德国企业合作建设废塑料分拣和再生造粒示范线，希望引进德国的分选技术并共同运营。"
        ),
        "request_type": "joint_project",
        "industry": "environment",
        "expected": ["env_recycling"],
    },
    {
        "key": "jp_filter_zh",
        "lang": "zh",
        "name": "高效空气净化滤材联合开发",
        "description": "佛山一家空气净化器企业希望与德国企业合作开发高效低阻的HEPA滤材，并共同在国内建设生产线。",
        "request_type": "joint_project",
        "industry": None,
        "expected": ["tex_technical"],
    },
    # pair: jp_agri_pv_en / jp_smart_city_zh – joint pilots for Chinese cities and regions: energy on farmland vs.
    #   urban sensors
    {
        "key": "jp_agri_pv_en",
        "lang": "en",
        "name": "Solar panels above vineyards pilot",
        "description": (
            "A vineyard group in Ningxia and a module maker from Yangzhou want to test solar panels mounted "
            "above grapevines. They seek a German partner with experience in combining farming and power "
            "generation, and a winery willing to host a comparison plot."
        ),
        "request_type": "joint_project",
        "industry": "environment",
        "expected": ["env_solar", "food_wine"],
    },
    {
        "key": "jp_smart_city_zh",
        "lang": "zh",
        "name": "智慧停车与智慧路灯试点",
        "description": (
            "滁州市希望与德国城市合作开展智慧停车和智慧路灯试点，需要德方提供传感器网络和城市数据平台解决方案。"
        ),
        "request_type": "joint_project",
        "industry": None,
        "expected": ["sw_smart_city"],
    },
    # pair: jp_hydrogen_de / jp_implants_de – joint development in Germany: trucks vs. implants
    {
        "key": "jp_hydrogen_de",
        "lang": "de",
        "name": "Erprobung von Wasserstoff-Lkw",
        "description": (
            "Ein Nutzfahrzeughersteller aus Foshan will gemeinsam mit deutschen Partnern Wasserstoff-Lkw für den "
            "Verteilerverkehr erproben und sucht Prüfstände, Unterstützung bei der Antriebsintegration und "
            "Dauerläufe in Deutschland."
        ),
        "request_type": "joint_project",
        "industry": "automotive",
        "expected": ["auto_hydrogen", "auto_powertrain"],
    },
    {
        "key": "jp_implants_de",
        "lang": "de",
        "name": "Individuelle Beckenimplantate aus dem 3D-Drucker",
        "description": (
            "Eine orthopädische Universitätsklinik in Shanghai möchte mit einem deutschen Hersteller individuell "
            "angepasste, additiv gefertigte Beckenimplantate für Tumorpatienten entwickeln."
        ),
        "request_type": "joint_project",
        "industry": "medical",
        "expected": ["med_implants"],
    },
    # pair: jp_robot_cell_de / jp_retrofit_en – automation joint projects: robot integration vs. control retrofit
    {
        "key": "jp_robot_cell_de",
        "lang": "de",
        "name": "Integrationspartner für Industrieroboter",
        "description": (
            "Ein Industrieroboter-Produzent aus Foshan möchte seine Sechsachser in Europa bekannter machen und "
            "mit einem deutschen Integrator erste Referenzanwendungen in Blechbearbeitung und Intralogistik "
            "umsetzen."
        ),
        "request_type": "joint_project",
        "industry": "automation",
        "expected": ["auto_robotics"],
    },
    {
        "key": "jp_retrofit_en",
        "lang": "en",
        "name": "Upgrade of old press controls",
        "description": (
            "A stamping plant in Chuzhou runs six second-hand German presses from the 1990s for which control "
            "spare parts are no longer available. It wants a German partner to renew the electrics jointly and "
            "train its maintenance team."
        ),
        "request_type": "joint_project",
        "industry": "automation",
        "expected": ["auto_plc"],
    },
    # pair: dv_auto_zh / dv_vocational_en – delegations: factory tours vs. vocational training
    {
        "key": "dv_auto_zh",
        "lang": "zh",
        "name": "扬州汽车零部件企业赴德考察",
        "description": (
            "扬州市工信局将于5月组织汽车零部件企业代表团赴德，希望参观电驱动桥和铝合金压铸件生产企业，"
            "交流电动化转型经验。"
        ),
        "request_type": "delegation_visit",
        "industry": "automotive",
        "expected": ["auto_powertrain", "auto_diecast"],
    },
    {
        "key": "dv_vocational_en",
        "lang": "en",
        "name": "Foshan education delegation",
        "description": (
            "Officials from the Foshan education bureau and the heads of three technical colleges will spend two "
            "days in Kaiserslautern to see how apprentices learn in workshops and how companies and chambers "
            "organise final exams."
        ),
        "request_type": "delegation_visit",
        "industry": "education",
        "expected": ["edu_vocational", "srv_chamber"],
    },
    # pair: dv_water_de / dv_auto_zh – delegations to plants: water treatment vs. car parts
    {
        "key": "dv_water_de",
        "lang": "de",
        "name": "Delegation Wasserbehörde Chuzhou",
        "description": (
            "Eine Delegation der Wasserbehörde Chuzhou möchte im Herbst moderne Kläranlagen besichtigen, die "
            "industrielles Abwasser besonders weitgehend reinigen, und mit Fachleuten über den Umgang mit "
            "Klärschlamm sprechen."
        ),
        "request_type": "delegation_visit",
        "industry": "environment",
        "expected": ["env_wastewater", "tu_water"],
    },
    # pair: ot_formation_zh / ot_erp_zh – a new German subsidiary: founding it vs. its accounting software
    {
        "key": "ot_formation_zh",
        "lang": "zh",
        "name": "德国公司注册与税务登记",
        "description": (
            "苏州一家精密零件企业准备在德国注册有限责任公司（GmbH），需要协助办理公司注册、税务登记和银行开户。"
        ),
        "request_type": "other",
        "industry": None,
        "expected": ["srv_law_tax"],
    },
    {
        "key": "ot_erp_zh",
        "lang": "zh",
        "name": "德国子公司财务软件",
        "description": (
            "某中国企业在凯泽斯劳滕的子公司需要一套符合德国财税规定的进销存和财务管理软件，并希望有本地实施和培训服务。"
        ),
        "request_type": "other",
        "industry": None,
        "expected": ["sw_erp"],
    },
    # pair: ot_interpreting_en / ot_tisax_en – other services: language vs. information security
    {
        "key": "ot_interpreting_en",
        "lang": "en",
        "name": "Interpreter for Foshan ceramics association",
        "description": (
            "A delegation of the Foshan ceramics association visits a trade fair in Frankfurt and suppliers in "
            "Kaiserslautern; they need a Mandarin–German interpreter for three days and help translating a "
            "supply contract."
        ),
        "request_type": "other",
        "industry": None,
        "expected": ["srv_intercultural"],
    },
    {
        "key": "ot_tisax_en",
        "lang": "en",
        "name": "TISAX label for wiring harness supplier",
        "description": (
            "A wiring-harness maker from Chuzhou has been told by a German truck manufacturer to obtain a TISAX "
            "label before series supply and needs a consultant to prepare the assessment."
        ),
        "request_type": "other",
        "industry": "automotive",
        "expected": ["sw_cyber"],
    },
    {
        "key": "ot_rail_de",
        "lang": "de",
        "name": "Bahntransport von Elektrowerkzeugen",
        "description": (
            "Ein Hersteller von Elektrowerkzeugen aus Chuzhou will seine Ware künftig per Bahn über die "
            "Seidenstraße nach Südwestdeutschland bringen und sucht Umschlag, Verzollung und ein Lager für die "
            "Belieferung von Baumärkten."
        ),
        "request_type": "other",
        "industry": "logistics",
        "expected": ["log_rail", "log_contract"],
    },
]
