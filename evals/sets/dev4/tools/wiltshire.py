"""Generate the Wiltshire CSP strategic assessment 2018-19 (all figures invented).

Layout: ALL CAPS headings without numbers, a running header and "Page N of M" footer on every
page, a two-column page extracted left column then right column (with a sidebar box), three
years as columns with a direction-of-travel word, community area table with rank and "times the
county rate", LSOA hotspot table, MSG position / Family Group / iQuanta comparators.
"""
import os
import textwrap
from common import Doc, f, n, pct, trend_word, space_table, apportion

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "wiltshire_2018-19_community-safety-strategic-assessment.txt")
YEARS = ["2015/16", "2016/17", "2017/18"]

# community areas: name, population 2017 (invented), crime weight, asb weight
CAS = [
    ("Amesbury", 35900, 0.95, 1.00), ("Bradford on Avon", 19300, 0.62, 0.60),
    ("Calne", 23100, 0.90, 0.95), ("Chippenham", 46800, 1.12, 1.10),
    ("Corsham", 22900, 0.70, 0.72), ("Devizes", 28600, 1.02, 1.05),
    ("Malmesbury", 22400, 0.55, 0.55), ("Marlborough", 18700, 0.66, 0.62),
    ("Melksham", 29400, 1.05, 1.08), ("Pewsey", 12300, 0.50, 0.48),
    ("Royal Wootton Bassett and Cricklade", 28200, 0.68, 0.70),
    ("Salisbury", 45100, 1.62, 1.55), ("South West Wiltshire", 21600, 0.52, 0.50),
    ("Southern Wiltshire", 23700, 0.58, 0.58), ("Tidworth", 27400, 0.98, 0.92),
    ("Trowbridge", 43200, 1.38, 1.45), ("Warminster", 24500, 1.06, 1.16),
    ("Westbury", 16800, 1.00, 1.02),
]
POP = sum(c[1] for c in CAS)

# offence groups, counts 2017/18 and factors for 15/16, 16/17
CATS = [
    ("Violence with injury", 4236, 0.78, 0.90),
    ("Violence without injury", 5988, 0.62, 0.81),
    ("Stalking and harassment", 2874, 0.41, 0.66),
    ("Sexual offences", 1102, 0.74, 0.88),
    ("Robbery", 148, 0.95, 1.07),
    ("Burglary - residential", 1486, 1.04, 0.97),
    ("Burglary - business and community", 1064, 1.02, 1.01),
    ("Vehicle offences", 2218, 0.88, 0.94),
    ("Shoplifting", 2431, 0.96, 0.99),
    ("All other theft", 3652, 1.01, 1.00),
    ("Criminal damage and arson", 3865, 0.93, 0.97),
    ("Drug offences", 882, 1.12, 1.04),
    ("Possession of weapons", 214, 0.78, 0.90),
    ("Public order offences", 1688, 0.61, 0.82),
    ("Miscellaneous crimes against society", 502, 0.80, 0.92),
]
data = {c[0]: [round(c[1] * c[2]), round(c[1] * c[3]), c[1]] for c in CATS}
TOT = [sum(v[i] for v in data.values()) for i in range(3)]
ASB = [17412, 16355, 15208]
RATE = TOT[2] / POP * 1000

ca_crime = apportion(TOT[2], [c[1] * c[2] for c in CAS])
ca_asb = apportion(ASB[2], [c[1] * c[3] for c in CAS])
GROWTH = {"Salisbury": 1.19, "Amesbury": 1.17, "Bradford on Avon": 0.98, "Trowbridge": 1.12,
          "Tidworth": 1.14, "Pewsey": 1.03, "Malmesbury": 1.06, "Chippenham": 1.10,
          "Warminster": 1.09, "Westbury": 1.08}
ca_prev = apportion(TOT[1], [ca_crime[i] / GROWTH.get(c[0], 1.11) for i, c in enumerate(CAS)])

# LSOA hotspots: code, description, community area, population, crimes 2017/18
LSOAS = [
    ("Wiltshire 052A", "Salisbury city centre (St Edmund and Milford)", "Salisbury", 1680, 1254),
    ("Wiltshire 031D", "Trowbridge town centre (Central)", "Trowbridge", 1720, 896),
    ("Wiltshire 012B", "Chippenham town centre (Monkton)", "Chippenham", 1590, 702),
    ("Wiltshire 028C", "Devizes town centre (Roundway)", "Devizes", 1530, 548),
    ("Wiltshire 044E", "Warminster East (Copheap)", "Warminster", 1610, 472),
    ("Wiltshire 050B", "Salisbury Bemerton Heath", "Salisbury", 1820, 498),
    ("Wiltshire 024A", "Melksham Forest", "Melksham", 1490, 384),
    ("Wiltshire 038C", "Westbury Leigh", "Westbury", 1550, 372),
    ("Wiltshire 063D", "Tidworth (Zouch)", "Tidworth", 1740, 401),
    ("Wiltshire 018A", "Calne Abberd", "Calne", 1460, 322),
]

COMP = [  # measure, Wiltshire value computed, force, family group avg, msg avg, msg position
    ("All crime", None, 71.2, 64.8, 58.3, "9 of 15"),
    ("Violence with injury", None, 9.8, 8.9, 7.6, "11 of 15"),
    ("Residential burglary", None, 3.4, 3.6, 3.3, "6 of 15"),
    ("Vehicle offences", None, 5.1, 6.4, 5.2, "4 of 15"),
    ("ASB incidents", None, 35.6, 32.1, 30.9, "7 of 15"),
]


def r1000(x):
    return x / POP * 1000


def build():
    d = Doc(width=80)
    d.raw("WILTSHIRE COMMUNITY SAFETY PARTNERSHIP")
    d.blank()
    d.raw("STRATEGIC ASSESSMENT 2018-19")
    d.raw("An assessment of crime, disorder and community safety in the Wiltshire Council area")
    d.blank()
    d.raw("Data: 1 April 2017 to 31 March 2018 (2017/18), with 2015/16 and 2016/17 for trend")
    d.raw("Prepared by the Community Safety Intelligence Team, Wiltshire Police, and Public Health")
    d.raw("Intelligence, Wiltshire Council")
    d.raw("Presented to the Community Safety Partnership Board, 20 September 2018")
    d.blank()
    d.raw("CONTENTS")
    d.blank()
    for t in ["FOREWORD", "AT A GLANCE", "ABOUT WILTSHIRE", "CRIME TRENDS",
              "HOW WILTSHIRE COMPARES", "COMMUNITY AREAS", "NEIGHBOURHOOD HOTSPOTS",
              "ANTI-SOCIAL BEHAVIOUR", "DOMESTIC ABUSE", "SERIOUS VIOLENCE AND COUNTY LINES",
              "RURAL CRIME", "SALISBURY", "THE MILITARY COMMUNITY", "VULNERABILITY AND EXPLOITATION",
              "ROADS", "REOFFENDING", "NIGHT-TIME ECONOMY", "HATE CRIME",
              "FIRE AND RESCUE", "LOOKING BACK AT 2017-18", "DATA SOURCES AND GAPS", "WHAT THE PUBLIC SAY",
              "PRIORITIES", "RECOMMENDATIONS", "GOVERNANCE AND DELIVERY", "GLOSSARY"]:
        d.raw("  " + t)
    d.blank()

    d.raw("FOREWORD")
    d.blank()
    d.p("This is the sixth strategic assessment produced for the Wiltshire Community Safety "
        "Partnership (CSP) since Wiltshire became a unitary council in 2009. It sets out the "
        "evidence on which the Board will agree its priorities for 2018-19 and refresh the "
        "Community Safety Plan. The year it covers ended with an event without precedent in "
        "the county: the nerve agent attack in Salisbury in March 2018, whose effects on the "
        "city's residents, businesses and night-time economy are still being felt.")
    d.p("Recorded crime has risen again, in Wiltshire as across England, and much of the rise "
        "is in offences of violence and harassment where recording standards have tightened. "
        "But the assessment also finds real growth in harm: county lines drug supply into our "
        "market towns, the exploitation of children linked to it, and more reports of "
        "domestic abuse than ever before. Wiltshire remains a safe place overall. Our task is "
        "to make sure that the people and places who are not safe get the partnership's "
        "attention. -- Alistair Brennock-Hayes, Chair, Wiltshire Community Safety Partnership "
        "Board")

    d.raw("AT A GLANCE")
    d.blank()
    ch = (TOT[2] - TOT[1]) / TOT[1] * 100
    d.bullets([
        f"{n(TOT[2])} crimes recorded in 2017/18, up {f(ch)}% on 2016/17 and up "
        f"{pct(TOT[2], TOT[0], sign=False)}% on 2015/16.",
        f"{f(RATE)} crimes per 1,000 residents: lower than the Wiltshire Police force area "
        "(which includes Swindon) but above the Family Group average.",
        f"ASB incidents fell for the third year in a row, to {n(ASB[2])}.",
        "Salisbury city centre is the single biggest hotspot: one neighbourhood with about "
        "one in three hundred of the county's residents records roughly one in twenty-five "
        "of its crimes.",
        "Domestic abuse-related crimes rose by a fifth; one in seven of all crimes is now flagged "
        "as domestic abuse related.",
        "Nine county lines were identified as active in the county at the end of March 2018, "
        "up from four a year earlier.",
    ])

    d.raw("ABOUT WILTSHIRE")
    d.blank()
    d.p(f"Wiltshire has {n(POP)} residents (mid-2017 estimate) spread over 1,346 square miles. "
        "It is one of the most rural counties in southern England: around half the population "
        "lives in the county town of Trowbridge, the city of Salisbury and the market towns "
        "of Chippenham, Devizes, Melksham, Warminster, Calne and Westbury, and the rest in "
        "more than 250 villages and hamlets. Swindon, which shares the police force area, is "
        "a separate unitary authority with its own CSP and is not covered by this assessment.")
    d.p("The council works locally through eighteen community areas, each with an Area Board "
        "of elected members, and this assessment reports crime for each of them. Wiltshire "
        "is relatively affluent, but has pockets of deprivation in Trowbridge, Salisbury "
        "(Bemerton Heath and Friary), Melksham and Chippenham, and significant rural "
        "isolation. Around 15,000 military personnel and their families live on Salisbury "
        "Plain, a figure that is rising under the Army Basing Programme.")

    d.raw("CRIME TRENDS")
    d.blank()
    d.p(f"Wiltshire Police recorded {n(TOT[2])} crimes in the Wiltshire Council area in "
        f"2017/18, against {n(TOT[1])} in 2016/17 and {n(TOT[0])} in 2015/16. The table below "
        "shows each offence group over the three years with the direction of travel over the "
        "last year.")
    d.raw("Crime by offence group, Wiltshire Council area, 2015/16 to 2017/18")
    d.blank()
    rows = []
    for k, v in data.items():
        rows.append([k, n(v[0]), n(v[1]), n(v[2]), pct(v[2], v[1]) + "%", trend_word(v[2], v[1])])
    rows.append(["Total recorded crime", n(TOT[0]), n(TOT[1]), n(TOT[2]),
                 pct(TOT[2], TOT[1]) + "%", trend_word(TOT[2], TOT[1])])
    d.raw(space_table(rows, header=["Offence group", "2015/16", "2016/17", "2017/18",
                                    "Change", "Direction"], gap=3,
                      align=["l", "r", "r", "r", "r", "l"]))
    d.raw("Change: 2017/18 compared with 2016/17. Direction: Up or Down where the change is more")
    d.raw("than 2%, otherwise Stable. Source: Wiltshire Police crime data, extracted May 2018.")
    d.blank()
    sh = data["Stalking and harassment"]
    d.p(f"Stalking and harassment has more than doubled over two years, from {n(sh[0])} to "
        f"{n(sh[2])} offences, the largest proportional increase of any group. This follows "
        "the Home Office change in April 2017 to count malicious communications offences in "
        "this group, and improved recording of harassment in domestic abuse cases. Violence "
        "without injury is up by almost two thirds over the same period. Violence with injury, "
        "which is less affected by recording, rose more modestly.")
    rb = data["Burglary - residential"]
    d.p(f"Acquisitive crime was broadly stable. Residential burglary rose to {n(rb[2])} "
        f"offences ({pct(rb[2], rb[1])}%), reversing the fall of the previous year; a series "
        "of burglaries targeting garages and outbuildings in the north of the county in the "
        "autumn accounts for much of the change. Vehicle offences continued to rise, driven "
        "by thefts of and from vans and of catalytic converters.")
    d.p("Violence against the person in its three groups together now makes up "
        f"{f((data['Violence with injury'][2]+data['Violence without injury'][2]+sh[2])/TOT[2]*100)}% "
        "of recorded crime, compared with "
        f"{f((data['Violence with injury'][0]+data['Violence without injury'][0]+sh[0])/TOT[0]*100)}% "
        "two years ago.")

    d.raw("HOW WILTSHIRE COMPARES")
    d.blank()
    d.p("Comparisons use the Home Office iQuanta system for the twelve months to March 2018. "
        "Wiltshire is compared with the Wiltshire Police force area as a whole, with the "
        "Family Group of police forces judged most similar to Wiltshire Police, and with the "
        "Most Similar Group (MSG) of fifteen community safety partnerships. The MSG position "
        "ranks the fifteen partnerships from lowest rate (1) to highest (15).")
    d.raw("Rates per 1,000 residents, year to March 2018")
    d.blank()
    wv = {"All crime": r1000(TOT[2]), "Violence with injury": r1000(data["Violence with injury"][2]),
          "Residential burglary": r1000(rb[2]), "Vehicle offences": r1000(data["Vehicle offences"][2]),
          "ASB incidents": r1000(ASB[2])}
    rows = [[m, f(wv[m]), f(fo), f(fg), f(ms), pos] for m, _, fo, fg, ms, pos in COMP]
    d.raw(space_table(rows, header=["Measure", "Wiltshire CSP", "Force area", "Family Group avg",
                                    "MSG avg", "MSG position"], gap=3))
    d.blank()
    d.p(f"Wiltshire's all-crime rate of {f(wv['All crime'])} per 1,000 places it 9th of 15 in its "
        "MSG, slightly worse than the middle of the group. The county's position is weakest for "
        "violence with injury (11th of 15), where iQuanta shows Wiltshire's rate to have been "
        "outside the expected range for its group in five of the last twelve months. Vehicle "
        "offences compare best (4th of 15).")
    d.p("Because the force area includes Swindon, whose crime rate is much higher, Wiltshire "
        "is below the force area on every measure shown. The partnership should be cautious "
        "about reading this as a sign that the county has no problems: the comparison with the "
        "MSG is the fairer one.")

    d.raw("COMMUNITY AREAS")
    d.blank()
    d.p("The table ranks the eighteen community areas by their crime rate in 2017/18 and shows "
        "how many times the Wiltshire rate each represents. The change column compares the "
        "number of crimes with 2016/17.")
    d.raw("Crime by community area, 2017/18, ranked by rate")
    d.blank()
    order = sorted(range(len(CAS)), key=lambda i: -ca_crime[i] / CAS[i][1])
    rows = []
    for rk, i in enumerate(order, 1):
        nm, p = CAS[i][0], CAS[i][1]
        rr = ca_crime[i] / p * 1000
        rows.append([str(rk), nm, n(p), n(ca_crime[i]), f(rr), f(rr / RATE, 2),
                     pct(ca_crime[i], ca_prev[i]) + "%"])
    rows.append(["", "Wiltshire", n(POP), n(TOT[2]), f(RATE), "1.00", pct(TOT[2], TOT[1]) + "%"])
    d.raw(space_table(rows, header=["Rank", "Community area", "Population", "Crimes",
                                    "Rate", "Times county rate", "Change"],
                      align=["r", "l", "r", "r", "r", "r", "r"], gap=2))
    d.raw("Rate: crimes per 1,000 residents.")
    d.blank()
    top = [CAS[i][0] for i in order[:3]]
    d.p(f"{top[0]}, {top[1]} and {top[2]} have the highest rates. Salisbury's position reflects "
        "its role as the only city in the county and the main night-time economy in the south; "
        "Trowbridge, as county town, has the largest retail and NTE in the west. Pewsey, "
        "Malmesbury and South West Wiltshire have the lowest rates, at roughly half the "
        "county figure. The seven lowest-ranked areas are all predominantly rural.")
    d.p("Crime rose in every community area except Bradford on Avon, which recorded a small "
        "fall. The largest increases were in Salisbury and Amesbury.")
    return d, order


def build2(d):
    d.raw("NEIGHBOURHOOD HOTSPOTS")
    d.blank()
    d.p("Below community area level, crime is concentrated in a small number of Lower Super "
        "Output Areas (LSOAs), statistical neighbourhoods of around 1,500 residents. The ten "
        "LSOAs with the highest crime rates are listed. Between them they hold "
        f"{f(sum(l[3] for l in LSOAS)/POP*100)}% of Wiltshire's population but "
        f"{f(sum(l[4] for l in LSOAS)/TOT[2]*100)}% of its recorded crime.")
    d.raw("Top ten LSOAs by crime rate, 2017/18")
    d.blank()
    ls = sorted(LSOAS, key=lambda l: -l[4] / l[3])
    rows = []
    for rk, (code, desc, ca, p, c) in enumerate(ls, 1):
        rr = c / p * 1000
        rows.append([str(rk), code, desc, n(p), n(c), f(rr), f(rr / RATE, 1)])
    d.raw(space_table(rows, header=["Rank", "LSOA", "Area", "Pop.", "Crimes", "Rate",
                                    "x county"], align=["r", "l", "l", "r", "r", "r", "r"], gap=2))
    d.raw("Rate per 1,000 residents; x county = times the Wiltshire rate. LSOA names are local")
    d.raw("descriptions used by the partnership, not official names.")
    d.blank()
    l0 = LSOAS[0]
    d.p(f"Wiltshire 052A, which covers Salisbury's Market Place, the bus station and most of the "
        f"city's licensed premises, has a rate of {f(l0[4]/l0[3]*1000)} crimes per 1,000 "
        f"residents, {f(l0[4]/l0[3]*1000/RATE, 1)} times the county rate. Resident-based rates "
        "overstate risk in town centres, where most victims are visitors, shoppers and "
        "workers rather than residents; but the concentration of demand is real. Six of the "
        "ten hotspots are town centres. The other four (Bemerton Heath, Melksham Forest, "
        "Westbury Leigh and Tidworth Zouch) are residential estates where crime is "
        "predominantly domestic abuse, criminal damage and neighbour disputes.")

    d.raw("ANTI-SOCIAL BEHAVIOUR")
    d.blank()
    d.p(f"Wiltshire Police recorded {n(ASB[2])} ASB incidents in 2017/18, down from {n(ASB[1])} "
        f"in 2016/17 and {n(ASB[0])} in 2015/16. That is a fall of {pct(ASB[2], ASB[1], sign=False)}% "
        "in the last year and continues a long-term decline, part of which reflects the "
        "recording as crimes of incidents that would once have been logged as ASB.")
    d.raw("Share of ASB incidents by category, 2017/18 (%)")
    d.blank()
    d.raw(space_table([["Personal", "27.4"], ["Nuisance", "64.8"], ["Environmental", "7.8"],
                       ["All ASB", "100.0"]], header=["Category", "Share"], gap=4))
    d.blank()
    d.p("Nuisance ASB, mostly rowdy behaviour, youth-related calls and vehicle nuisance, is "
        "nearly two thirds of the total. Personal ASB, where an individual or household is "
        "targeted, is just over a quarter and is the category most associated with repeat "
        "and vulnerable victims. The community areas with the highest ASB rates are those "
        "with the highest crime rates: Salisbury, Trowbridge and Warminster.")
    asb_order = sorted(range(len(CAS)), key=lambda i: -ca_asb[i] / CAS[i][1])[:5]
    arate = ASB[2] / POP * 1000
    d.raw("Highest ASB rate community areas, 2017/18")
    d.blank()
    rows = [[str(k), CAS[i][0], n(ca_asb[i]), f(ca_asb[i] / CAS[i][1] * 1000),
             f(ca_asb[i] / CAS[i][1] * 1000 / arate, 2)] for k, i in enumerate(asb_order, 1)]
    rows.append(["", "Wiltshire", n(ASB[2]), f(arate), "1.00"])
    d.raw(space_table(rows, header=["Rank", "Community area", "Incidents", "Per 1,000",
                                    "Times county rate"], align=["r", "l", "r", "r", "r"], gap=3))
    d.blank()
    d.p("The ASB Case Review (Community Trigger) was activated eleven times in 2017/18; five "
        "cases met the threshold. Public Spaces Protection Orders are in place for alcohol in "
        "Salisbury, Trowbridge and Chippenham town centres and for dog control on council land.")


def two_column_page(d):
    """A page printed in two columns, extracted left column first then right column."""
    left = ("DOMESTIC ABUSE\n\n"
            "Domestic abuse is the largest single source of violent harm in Wiltshire. In "
            "2017/18 Wiltshire Police recorded 4,518 domestic abuse-related crimes in the county, "
            "up from 3,761 in 2016/17, an increase of 20.1%. Around one in seven of all crimes "
            "recorded in Wiltshire is now flagged as domestic abuse related, and over half of all "
            "violence with injury in private dwellings. A further 3,902 domestic incidents were "
            "recorded that were not crimes. Taken together this is more than 23 domestic abuse "
            "crimes or incidents every day.\n\n"
            "Reporting rates are highest in Trowbridge, Salisbury and Melksham, and in the "
            "garrison communities of Tidworth and Amesbury, where the partnership works with the "
            "Army Welfare Service. Around one victim in seven is male. Victims aged 16 to 24 are "
            "the fastest growing group.\n\n"
            "The Multi-Agency Risk Assessment Conference (MARAC) heard 612 cases in 2017/18, 28% "
            "of them repeat cases within twelve months. The MARAC now meets weekly rather than "
            "fortnightly to manage the volume, and the partnership funded an additional "
            "Independent Domestic Violence Adviser (IDVA) from October 2017. The number of cases "
            "per IDVA remains above the SafeLives recommended level of 100 a year, and the "
            "specialist service, run under contract by a voluntary sector provider, reports that it is "
            "working at capacity. Of the 1,388 victims supported by the service, 84% reported "
            "feeling safer at case closure. Domestic homicide reviews: two reviews were "
            "commissioned in the year, both of which are")
    right = ("KEY FACTS: DOMESTIC ABUSE 2017/18\n"
             "4,518 DA-related crimes (+20.1%)\n"
             "3,902 DA non-crime incidents\n"
             "612 MARAC cases, 28% repeat\n"
             "1,388 victims supported by the specialist service\n"
             "2 domestic homicide reviews commissioned\n\n"
             "in progress and will be published in 2019.\n\n"
             "Perpetrator programmes remain the gap the partnership identified last year. There "
             "is no accredited community programme for perpetrators who are not subject to a "
             "court order, and the Drive pilot run in neighbouring areas has not been "
             "extended to Wiltshire. Stalking has emerged as a significant issue within domestic "
             "abuse: about two in five stalking and harassment offences are domestic "
             "abuse related.\n\n"
             "Children are present or live in the household in around half of high-risk cases. "
             "Operation Encompass, which notifies schools the next morning when a child has been "
             "present at a domestic abuse incident, went live in all Wiltshire schools in "
             "January 2018.")
    for para in left.split("\n\n"):
        d.lines.extend(textwrap.wrap(para, 40) if not para.isupper() else [para])
        d.lines.append("")
    for para in right.split("\n\n"):
        if para.startswith("KEY FACTS"):
            d.lines.extend(para.split("\n"))
        else:
            d.lines.extend(textwrap.wrap(para, 40))
        d.lines.append("")


def build3(d):
    d.raw("SERIOUS VIOLENCE AND COUNTY LINES")
    d.blank()
    d.p("Serious violence remains rare in Wiltshire but is rising. Knife crime (offences "
        "involving a knife or sharp instrument) rose from 143 offences in 2016/17 to 187 in "
        "2017/18, and possession of weapons offences by more than a tenth. There were three "
        "homicides in the county in the year.")
    d.p("Nine county lines were identified as active in Wiltshire at the end of March 2018, up "
        "from four a year earlier. Most are run from London and Bristol and supply crack "
        "cocaine and heroin into Salisbury, Trowbridge, Chippenham and Melksham. The lines "
        "exploit local children and vulnerable adults: 38 young people were identified as at "
        "risk of criminal exploitation through the Multi-Agency Safeguarding Hub in the year, "
        "and cuckooing was confirmed at 21 addresses. Two organised crime groups (OCGs) based "
        "in the county are linked to drug supply.")

    d.raw("RURAL CRIME")
    d.blank()
    d.p("Rural crime, including theft of farm machinery, fuel and livestock, hare coursing, "
        "fly-tipping and heritage crime at sites such as Stonehenge and Avebury, is under-"
        "recorded. Wiltshire Police's Rural Crime Team logged 587 rural and wildlife crimes in "
        "2017/18. Hare coursing peaks between September and March and is concentrated on the "
        "Marlborough Downs and the edges of Salisbury Plain. Large-scale fly-tipping incidents "
        "on farmland rose by almost a third, to 377.")

    d.raw("SALISBURY")
    d.blank()
    d.p("The nerve agent incident in March 2018 and the major incident that followed led to "
        "the closure of parts of the city centre for several months. Footfall in the city "
        "centre in April and May 2018 was around a fifth lower than a year earlier. Crime "
        "data for the city in 2017/18 are largely unaffected because the incident happened in "
        "the last weeks of the year, but the partnership expects lower NTE-related violence "
        "and higher reports of ASB in empty premises in 2018/19. The recovery programme is "
        "led by Wiltshire Council and the partnership is represented on it.")

    d.raw("THE MILITARY COMMUNITY")
    d.blank()
    d.p("The Army Basing Programme will bring around 4,000 more service personnel and their "
        "families to Salisbury Plain by 2020, mainly to Larkhill, Bulford and Tidworth. Crime "
        "involving service personnel as victims or suspects is dealt with jointly by "
        "Wiltshire Police and the Royal Military Police. The partnership has a Military Civilian "
        "Integration group. Domestic abuse in service families and the NTE in Amesbury and "
        "Tidworth are the main shared concerns.")

    d.raw("VULNERABILITY AND EXPLOITATION")
    d.blank()
    d.p("Child sexual exploitation (CSE) referrals numbered 96, similar to last year. Modern "
        "slavery referrals through the National Referral Mechanism more than tripled, from 9 "
        "to 31, most relating to labour exploitation on farms, car washes and in construction. "
        "The Prevent Channel panel considered 14 referrals, of which four were adopted. "
        "Fraud and scams against older people, reported through Action Fraud, cost Wiltshire "
        "victims an estimated \u00a33.2 million in the year.")

    d.raw("ROADS")
    d.blank()
    d.p("In calendar year 2017, 223 people were killed or seriously injured (KSI) on "
        "Wiltshire's roads, 17 of them killed. The A303 past Stonehenge, the A36 and the A350 "
        "carry most of the serious collisions. Motorcyclists and older drivers are "
        "over-represented. The Community Speedwatch scheme now has 181 active groups.")

    d.raw("REOFFENDING")
    d.blank()
    d.p("The proven reoffending rate for adult offenders in Wiltshire is 24.6%, lower than "
        "the England and Wales rate of 29.5%. The youth reoffending rate is 38.1%. First-time "
        "entrants to the youth justice system numbered 104, a fall of 12% on the previous year. "
        "The Integrated Offender Management scheme manages about 150 offenders.")

    d.raw("NIGHT-TIME ECONOMY")
    d.blank()
    d.p("Violence in the night-time economy (NTE) is concentrated in Salisbury, Trowbridge, "
        "Chippenham and, on a smaller scale, Devizes and Warminster. Between 10pm and 4am on "
        "Friday and Saturday nights, 1,046 violent offences were recorded in the five town "
        "centres in 2017/18, about one in twelve of all violence against the person in the "
        "county. Salisbury's NTE alone accounted for 389 of them. Street Pastors operate in "
        "all five towns, and Salisbury and Chippenham hold Purple Flag status.")
    d.p("The licensing authority reviewed four premises licences after serious incidents in "
        "the year, and a Late Night Levy was considered but not adopted.")

    d.raw("HATE CRIME")
    d.blank()
    d.p("Recorded hate crimes rose from 318 in 2016/17 to 402 in 2017/18. Around seven in ten "
        "were racially or religiously aggravated; disability hate crime, though small in "
        "number, doubled to 36. A spike in reports followed the Salisbury incident, with "
        "several offences directed at people perceived to be Russian or Eastern European.")

    d.raw("FIRE AND RESCUE")
    d.blank()
    d.p("Dorset and Wiltshire Fire and Rescue Service attended 398 deliberate fires in the "
        "Wiltshire Council area, most of them secondary fires of refuse, grass and derelict "
        "vehicles. Accidental dwelling fires numbered 241. The Safe and Well visit programme "
        "completed 4,920 visits, prioritising older people living alone and households "
        "referred by partners.")

    d.raw("LOOKING BACK AT 2017-18")
    d.blank()
    d.p("The 2017-18 Community Safety Plan had four priorities. The table shows the main "
        "measures over three years, with the direction of travel over the last year.")
    rows = []
    for a, x, y, z in [("Domestic abuse-related crimes", 3104, 3761, 4518),
                       ("Child sexual exploitation referrals", 71, 95, 96),
                       ("ASB incidents", 17412, 16355, 15208),
                       ("Killed or seriously injured (calendar year)", 241, 236, 223),
                       ("Youth first-time entrants", 131, 118, 104),
                       ("Hate crimes", 261, 318, 402)]:
        rows.append([a, n(x), n(y), n(z), pct(z, y) + "%", trend_word(z, y)])
    d.raw(space_table(rows, header=["Measure", "2015/16", "2016/17", "2017/18", "Change",
                                    "Direction"], gap=3, align=["l", "r", "r", "r", "r", "l"]))
    d.raw("KSI figures are for calendar years 2015, 2016 and 2017.")
    d.blank()
    d.p("Of the 36 actions in the 2017-18 delivery plan, 27 were completed and nine carried "
        "forward. The two most significant gaps were the perpetrator programme and the "
        "sharing of A&E assault data, both of which appear again in the recommendations.")

    d.raw("DATA SOURCES AND GAPS")
    d.blank()
    d.p("The main sources are Wiltshire Police recorded crime and incident data (Niche RMS), "
        "iQuanta, the Wiltshire Police and Crime Survey, the youth offending team, Dorset and "
        "Wiltshire Fire and Rescue Service, Public Health Wiltshire and the Wiltshire Council "
        "community area population estimates. Offences were assigned to LSOAs and community "
        "areas by their recorded location; 1.4% could not be geocoded and are included only in "
        "the county total, so community area counts have been adjusted pro rata.")
    d.p("Health data on assault-related attendances, data on exploitation held by children's "
        "services in a form that can be mapped, and information on fraud victims below the "
        "county level remain the main gaps.")

    d.raw("WHAT THE PUBLIC SAY")
    d.blank()
    d.p("The Wiltshire Police and Crime Survey (2,604 respondents, winter 2017/18) found that 84% "
        "of residents feel safe outside in their local area after dark, down two points on the "
        "previous year. Speeding traffic was the most frequently named local concern, mentioned "
        "by 46% of respondents, followed by drug dealing and use (29%) and ASB (23%). Confidence "
        "that the police and council are dealing with local issues stood at 61%.")


def build4(d):
    d.raw("PRIORITIES")
    d.blank()
    d.p("The partnership's priority-setting workshop in July 2018 scored each theme for harm, "
        "volume, trend and public concern. The Board is asked to agree three priorities for "
        "2018-19:")
    d.bullets([
        "PROTECTING VULNERABLE PEOPLE: domestic abuse, stalking and sexual violence, including "
        "support for children affected.",
        "TACKLING EXPLOITATION AND SERIOUS VIOLENCE: county lines, criminal and sexual "
        "exploitation of children, knife crime and modern slavery.",
        "SAFER COMMUNITIES: ASB and crime in the hotspots identified in this assessment "
        "(Salisbury, Trowbridge and Warminster town centres), rural crime and road safety.",
    ])
    d.p("Acquisitive crime, the priority in 2015-16, is recommended to be dealt with through "
        "normal policing rather than as a partnership priority.")

    d.raw("RECOMMENDATIONS")
    d.blank()
    recs = [
        "Commission a domestic abuse perpetrator programme for perpetrators not subject to "
        "court orders, jointly with the Police and Crime Commissioner, by April 2019.",
        "Set up a county lines and exploitation sub-group of the CSP with the Safeguarding "
        "Children Board, with a single tracker of young people at risk.",
        "Produce a problem profile of knife crime and serious violence in Salisbury and "
        "Trowbridge in readiness for the Home Office Serious Violence Strategy.",
        "Work with the Salisbury recovery programme to monitor ASB and crime in empty premises "
        "in the city centre through 2018-19.",
        "Improve recording of rural crime by adopting the National Rural Crime Network "
        "definitions and extending the Farm Watch scheme.",
        "Obtain A&E assault data from Salisbury District Hospital and the Great Western and Royal "
        "United Hospitals (Swindon and Bath) to fill the gap in violence intelligence.",
    ]
    for i, r_ in enumerate(recs, 1):
        w = textwrap.wrap(r_, 78)
        d.raw(f"({chr(96 + i)}) {w[0]}")
        for x in w[1:]:
            d.raw("    " + x)
    d.blank()

    d.raw("GOVERNANCE AND DELIVERY")
    d.blank()
    d.p("The Community Safety Partnership Board is chaired by Alistair Brennock-Hayes, Corporate "
        "Director at Wiltshire Council, with the vice-chair held by the Wiltshire Police "
        "Superintendent for the county, Superintendent Joanna Vellacott. It meets four times a "
        "year and reports to the Wiltshire Health and Wellbeing Board and, for scrutiny, to "
        "the council's Overview and Scrutiny Management Committee. The Police and Crime "
        "Commissioner attends and funds much of the partnership's activity through the "
        "Community Safety Fund, which provided \u00a3385,000 in 2017/18.")
    d.p("Delivery is through three thematic groups, one for each priority, and through the "
        "eighteen Area Boards, each of which has a local community safety lead. The "
        "Domestic Abuse Reduction Group reports to both the CSP Board and the Safeguarding "
        "Adults and Children Boards. The partnership's performance framework is reviewed "
        "quarterly using the direction-of-travel measures in this assessment. The Community "
        "Safety Manager, Mark Tavender-Lowe, coordinates the partnership and is the contact "
        "for this assessment.")

    d.raw("GLOSSARY")
    d.blank()
    for a, b in [("ASB", "anti-social behaviour"), ("CSE", "child sexual exploitation"),
                 ("CSP", "Community Safety Partnership"), ("DA", "domestic abuse"),
                 ("IDVA", "Independent Domestic Violence Adviser"),
                 ("iQuanta", "Home Office/police benchmarking system for crime and performance data"),
                 ("KSI", "killed or seriously injured"), ("LSOA", "Lower Super Output Area"),
                 ("MARAC", "Multi-Agency Risk Assessment Conference"),
                 ("MSG", "Most Similar Group"), ("NTE", "night-time economy"),
                 ("OCG", "organised crime group")]:
        d.raw(f"{a:<9} {b}")


def paginate(lines, per=52):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    total = len(pages)
    for k, pg in enumerate(pages, 1):
        if k > 1:
            out.append("Wiltshire Community Safety Partnership                 Strategic Assessment 2018-19")
            out.append("")
        out.extend(pg)
        out.append("")
        out.append(f"Page {k} of {total}" + " " * 50 + "OFFICIAL")
        out.append("\f")
    return out


def main():
    d, order = build()
    build2(d)
    body = d.lines
    # two-column page gets a page to itself
    rest = Doc(width=80)
    build3(rest)
    build4(rest)
    tc = Doc()
    two_column_page(tc)
    pages1 = paginate(body)
    # strip last page's footer to renumber later: simpler to paginate all at once with a forced break
    allines = body + ["<<BREAK>>"] + tc.lines + ["<<BREAK>>"] + rest.lines
    chunks, cur = [], []
    for ln in allines:
        if ln == "<<BREAK>>":
            chunks.append(cur)
            cur = []
        else:
            cur.append(ln)
    chunks.append(cur)
    pages = []
    for ci, ch in enumerate(chunks):
        size = 200 if ci == 1 else 52  # the two-column page is one page
        pages += [ch[i:i + size] for i in range(0, len(ch), size)]
    pages = [pg for pg in pages if any(x.strip() for x in pg)]
    out = []
    total = len(pages)
    for k, pg in enumerate(pages, 1):
        if k > 1:
            out.append("Wiltshire Community Safety Partnership                 Strategic Assessment 2018-19")
            out.append("")
        while pg and not pg[-1].strip():
            pg = pg[:-1]
        out.extend(pg)
        out.append("")
        out.append(f"Page {k} of {total}" + " " * 50 + "OFFICIAL")
        out.append("")
    text = "\n".join(out).rstrip() + "\n"
    open(OUT, "w", encoding="utf-8").write(text)
    print(OUT, len(text.splitlines()), "pages", total)


if __name__ == "__main__":
    main()
