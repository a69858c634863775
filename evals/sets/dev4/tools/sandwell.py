"""Generate the Safer Sandwell Partnership strategic assessment 2019/20 (all figures invented).

Layout: headings numbered three deep (3.2.1), table header cells wrapped over two or three lines,
footnote marks stuck to figures (12.3¹, 412*) with footnotes at the foot of the page,
"Table 4.2:" / "Figure 3:" captions with a chart printed as its data labels only, ward table
with rank and "times the borough rate", LSOA table ("Sandwell 012B"), MSG position comparators.
"""
import os
import textwrap
from common import f, n, pct, wrapped_header_table, space_table, apportion

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "sandwell_2019-20_strategic-assessment.txt")

WARDS = [  # name, town, population, crime weight, asb weight
    ("Abbey", "Smethwick", 12410, 0.80, 0.75), ("Blackheath", "Rowley Regis", 13120, 0.86, 0.90),
    ("Bristnall", "Oldbury", 12980, 0.78, 0.80), ("Charlemont with Grove Vale", "West Bromwich", 12740, 0.70, 0.68),
    ("Cradley Heath and Old Hill", "Rowley Regis", 14160, 1.02, 1.05),
    ("Friar Park", "Wednesbury", 12890, 1.04, 1.18), ("Great Barr with Yew Tree", "West Bromwich", 13050, 0.66, 0.62),
    ("Great Bridge", "Tipton", 13820, 1.06, 1.10), ("Greets Green and Lyng", "West Bromwich", 14910, 1.28, 1.22),
    ("Hateley Heath", "West Bromwich", 13770, 0.98, 1.06), ("Langley", "Oldbury", 13210, 0.92, 0.95),
    ("Newton", "West Bromwich", 12380, 0.68, 0.66), ("Old Warley", "Oldbury", 12570, 0.72, 0.70),
    ("Oldbury", "Oldbury", 15020, 1.30, 1.12), ("Princes End", "Tipton", 13460, 1.00, 1.14),
    ("Rowley", "Rowley Regis", 13190, 0.84, 0.88), ("St Pauls", "Smethwick", 15740, 1.18, 1.08),
    ("Smethwick", "Smethwick", 14870, 1.22, 1.12), ("Soho and Victoria", "Smethwick", 15960, 1.40, 1.30),
    ("Tipton Green", "Tipton", 14260, 1.10, 1.16), ("Tividale", "Oldbury", 13250, 0.88, 0.92),
    ("Wednesbury North", "Wednesbury", 12930, 0.96, 1.00), ("Wednesbury South", "Wednesbury", 13470, 1.00, 1.02),
    ("West Bromwich Central", "West Bromwich", 14210, 2.05, 1.75),
]
POP = sum(w[2] for w in WARDS)

CATS = [  # name, 2018/19, factor for 2017/18
    ("Violence with injury", 4890, 0.93), ("Violence without injury", 6410, 0.86),
    ("Stalking and harassment", 4212, 0.74), ("Sexual offences", 1086, 0.92),
    ("Robbery", 1012, 0.84), ("Residential burglary", 2104, 0.97),
    ("Business and community burglary", 798, 1.05), ("Vehicle offences", 3912, 0.91),
    ("Theft from the person", 388, 0.95), ("Bicycle theft", 312, 1.02),
    ("Shoplifting", 2203, 1.01), ("All other theft", 2786, 0.99),
    ("Criminal damage and arson", 3704, 0.98), ("Drug offences", 706, 1.08),
    ("Possession of weapons", 398, 0.81), ("Public order offences", 2418, 0.83),
    ("Miscellaneous crimes against society", 396, 0.92),
]
data = {c[0]: (round(c[1] * c[2]), c[1]) for c in CATS}
TOT = (sum(v[0] for v in data.values()), sum(v[1] for v in data.values()))
UNALLOC = 214
RATE = TOT[1] / POP * 1000
ward_crime = apportion(TOT[1] - UNALLOC, [w[2] * w[3] for w in WARDS])
import random
_rng = random.Random(44)
_g = {}
for w in WARDS:
    if w[0] in ("West Bromwich Central", "Soho and Victoria", "Friar Park"):
        _g[w[0]] = {"West Bromwich Central": 1.17, "Soho and Victoria": 1.155, "Friar Park": 1.16}[w[0]]
    elif w[1] == "Rowley Regis":
        _g[w[0]] = _rng.uniform(1.02, 1.05)
    else:
        _g[w[0]] = _rng.uniform(1.06, 1.13)
ward_prev = apportion(TOT[0] - 198, [ward_crime[i] / _g[w[0]] for i, w in enumerate(WARDS)])
ASB = (16984, 15431)
ASB_UNALLOC = 96
ward_asb = apportion(ASB[1] - ASB_UNALLOC, [w[2] * w[4] for w in WARDS])

LSOAS = [  # code, ward, population, crimes
    ("Sandwell 012B", "West Bromwich Central", 1710, 1486),
    ("Sandwell 035D", "Oldbury", 1640, 842),
    ("Sandwell 041A", "Soho and Victoria", 1820, 706),
    ("Sandwell 014C", "Greets Green and Lyng", 1590, 498),
    ("Sandwell 039E", "Smethwick", 1680, 503),
    ("Sandwell 006A", "Friar Park", 1530, 402),
    ("Sandwell 022F", "Tipton Green", 1610, 411),
    ("Sandwell 030B", "Cradley Heath and Old Hill", 1570, 386),
]

SUP = str.maketrans("123456789", "\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


class Paged:
    def __init__(self, width=82):
        self.lines, self.width, self.notes, self.page = [], width, [], 1

    def raw(self, s=""):
        self.lines.extend(s.split("\n"))

    def blank(self):
        self.lines.append("")

    def p(self, s):
        self.lines.extend(textwrap.wrap(s, self.width, break_on_hyphens=False))
        self.lines.append("")

    def h(self, s):
        self.lines.append(s)
        self.lines.append("")

    def note(self, k, text):
        self.notes.append(f"{str(k).translate(SUP) if str(k).isdigit() else k} {text}")

    def bullets(self, items, mark="\u2022"):
        for it in items:
            w = textwrap.wrap(it, self.width - 2, break_on_hyphens=False)
            self.lines.append(f"{mark} {w[0]}")
            self.lines.extend("  " + x for x in w[1:])
        self.lines.append("")

    def end_page(self):
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()
        self.lines.append("")
        if self.notes:
            self.lines.append("_" * 20)
            for t in self.notes:
                self.lines.extend(textwrap.wrap(t, self.width, subsequent_indent="  "))
            self.notes = []
        self.lines.append("")
        self.lines.append(f"Safer Sandwell Partnership \u2013 Strategic Assessment 2019/20"
                          f"{'':>18}{self.page}")
        self.lines.append("")
        self.page += 1


def s1(x, k):
    return x + str(k).translate(SUP)


def main():
    d = Paged()
    d.raw("SAFER SANDWELL PARTNERSHIP")
    d.blank()
    d.raw("Strategic Assessment 2019/20")
    d.raw("Community Safety Partnership for the Metropolitan Borough of Sandwell")
    d.blank()
    d.raw("Analysis period: 1 April 2018 \u2013 31 March 2019 (compared with 2017/18)")
    d.raw("Prepared by: Sandwell Council Community Safety Team (Intelligence) with West Midlands")
    d.raw("Police Sandwell Neighbourhood Policing Unit")
    d.raw("Version 2.0 \u2013 June 2019 \u2013 OFFICIAL")
    d.blank()
    d.raw("CONTENTS")
    for t in ["1 Introduction", "  1.1 Purpose", "  1.2 Method and data", "2 Sandwell in context",
              "3 Crime overview", "  3.1 All recorded crime", "  3.2 Violence", "  3.3 Acquisitive crime",
              "  3.4 How Sandwell compares", "4 Places", "  4.1 Wards", "  4.2 Neighbourhoods (LSOAs)",
              "  4.3 Town centres", "5 Anti-social behaviour", "6 Vulnerability and exploitation",
              "7 Reducing reoffending", "8 Drugs and alcohol", "9 What residents tell us",
              "10 Priorities for 2019/20", "11 Recommendations", "12 Governance"]:
        d.raw(t)
    d.end_page()

    d.h("EXECUTIVE SUMMARY")
    d.p(f"Crime in Sandwell rose again in 2018/19. West Midlands Police recorded just under "
        f"thirty-eight thousand offences in the borough, about a tenth more than the "
        f"year before. Much of the growth was in stalking and harassment and in public order "
        f"offences, but robbery and knife crime, which are not much affected by recording "
        f"practice, also increased. Sandwell's crime rate remains well above the England and "
        f"Wales figure and places the borough 11th of the 15 partnerships in its Most Similar "
        f"Group.")
    d.p("West Bromwich Central remains by some distance the ward with the most crime, with "
        "roughly twice the borough rate; the single neighbourhood around New Square and the "
        "Queen's Square shopping centre records more crime than the whole of Newton ward. "
        "ASB fell by almost a tenth. Domestic abuse remains the largest source of violent "
        "harm, accounting for about a third of violence with injury.")
    d.p("The assessment recommends that the partnership keeps its four priorities: reducing "
        "violence (including knife crime and violence in the night-time economy), tackling "
        "domestic abuse and violence against women and girls (VAWG), protecting people from "
        "exploitation, and building safer and more cohesive neighbourhoods.")

    d.h("1 INTRODUCTION")
    d.h("1.1 Purpose")
    d.p("The Safer Sandwell Partnership is the statutory Community Safety Partnership for the "
        "borough under the Crime and Disorder Act 1998. This strategic assessment analyses "
        "crime, disorder, anti-social behaviour, substance misuse and reoffending in the "
        "borough and recommends the priorities for the Safer Sandwell Partnership Plan. It is "
        "refreshed every year.")
    d.h("1.1.1 Progress since the last assessment")
    d.p("The 2018/19 assessment made eight recommendations. Six have been completed, "
        "including the creation of the Sandwell Exploitation Hub and the renewal of the West "
        "Bromwich town centre Public Spaces Protection Order. Two are carried forward: a "
        "borough-wide review of CCTV and a domestic abuse perpetrator programme, for which "
        "funding was not secured.")
    d.h("1.2 Method and data")
    d.p("Police data are taken from West Midlands Police's crime and incident systems as at "
        "10 May 2019. Rates are per 1,000 residents, using the ONS mid-2018 population "
        f"estimate of {n(POP)} for the borough and the ONS ward estimates. Comparisons with "
        "similar areas use the Home Office iQuanta system; the Most Similar Group (MSG) "
        "position ranks Sandwell among the 15 partnerships in its group from the lowest rate "
        "(1st) to the highest (15th).")
    d.h("1.2.1 A note on recording")
    d.p("West Midlands Police introduced a new crime recording system in late 2018, and "
        "the Home Office counting rules for stalking, harassment and malicious communications "
        "changed in April 2018. Both affect comparisons between the two years. Where a rise "
        "is likely to be a recording effect this is said in the text.")

    d.h("2 SANDWELL IN CONTEXT")
    d.p(f"Sandwell is a metropolitan borough of {n(POP)} residents at the heart of the Black "
        "Country, made up of six towns: West Bromwich, Oldbury, Smethwick, Tipton, "
        "Wednesbury and Rowley Regis. It is young, diverse and densely populated. More than a "
        "third of residents are from Black, Asian and minority ethnic communities, rising to "
        "over two thirds in Soho and Victoria and St Pauls wards in Smethwick.")
    d.raw("Table 2.1: Population and recorded crime by town, 2018/19")
    d.blank()
    towns = ["West Bromwich", "Oldbury", "Smethwick", "Tipton", "Wednesbury", "Rowley Regis"]
    rows = []
    for t in towns:
        idx = [i for i, w in enumerate(WARDS) if w[1] == t]
        tp = sum(WARDS[i][2] for i in idx)
        tc = sum(ward_crime[i] for i in idx)
        rows.append([t, str(len(idx)), n(tp), n(tc), f(tc / tp * 1000), f(tc / (TOT[1] - UNALLOC) * 100)])
    rows.append(["Sandwell", "24", n(POP), n(TOT[1] - UNALLOC), f((TOT[1] - UNALLOC) / POP * 1000), "100.0"])
    d.raw(wrapped_header_table(rows, [["Town"], ["Wards"], ["Population", "(mid-2018)"],
                                      ["Crimes", "allocated", "to wards"], ["Rate per", "1,000", "pop."],
                                      ["Share of", "allocated", "crime (%)"]], gap=3))
    d.raw("Rates in this table use crimes allocated to wards only and so differ slightly from the")
    d.raw("borough rate in Table 3.1.")
    d.blank()
    d.p("Sandwell is one of the most deprived local authority areas in England: it ranked "
        "12th most deprived of 317 districts on the Index of Multiple Deprivation 2019 "
        "average score. Unemployment, child poverty and poor health are all well above the "
        "national average. Deprivation is widespread rather than concentrated, though it is "
        "deepest in West Bromwich, Tipton and Smethwick.")
    d.end_page()

    d.h("3 CRIME OVERVIEW")
    d.h("3.1 All recorded crime")
    d.p(f"West Midlands Police recorded {s1(n(TOT[1]), 1)} crimes in Sandwell in 2018/19, up "
        f"from {n(TOT[0])} in 2017/18 ({pct(TOT[1], TOT[0])}%). The rate of {f(RATE)} crimes "
        "per 1,000 residents compares with the West Midlands force area figure shown in "
        "section 3.4.")
    d.note(1, f"Includes {UNALLOC} crimes recorded on the M5 and M6 motorways and at other "
           "locations that could not be allocated to a ward; ward figures in section 4 therefore "
           f"sum to {n(TOT[1] - UNALLOC)}.")
    d.raw("Table 3.1: Recorded crime by offence group, Sandwell")
    d.blank()
    rows = []
    for k, (a, b) in data.items():
        rows.append([k, n(a), n(b), pct(b, a) + "%", f(b / POP * 1000, 2), f(b / TOT[1] * 100)])
    rows.append(["All recorded crime", n(TOT[0]), n(TOT[1]), pct(TOT[1], TOT[0]) + "%",
                 f(RATE, 2), "100.0"])
    d.raw(wrapped_header_table(rows, [["Offence group"], ["2017/18"], ["2018/19"],
                                      ["Change", "on", "2017/18"], ["Rate per", "1,000", "pop."],
                                      ["% of", "all crime"]], gap=3))
    d.blank()
    d.p("The three violence groups together make up more than two in five recorded crimes. "
        "Stalking and harassment rose fastest, by more than a third, almost entirely because "
        "of the counting rule change. Vehicle offences are the largest acquisitive crime group.")
    d.end_page()

    d.h("3.2 Violence")
    d.h("3.2.1 Violence with injury")
    vwi = data["Violence with injury"]
    d.p(f"There were {n(vwi[1])} offences of violence with injury, a rise of "
        f"{pct(vwi[1], vwi[0], sign=False)}%. This is the measure of violence least affected by "
        "recording changes and the one the partnership uses as its headline violence "
        "indicator. About a third of it is domestic abuse related; around one in seven offences "
        "happens in the night-time economy of West Bromwich, Oldbury and Smethwick town "
        "centres between 8pm and 4am.")
    d.h("3.2.2 Violence without injury and stalking and harassment")
    d.p(f"Violence without injury rose to {n(data['Violence without injury'][1])} offences and "
        f"stalking and harassment to {n(data['Stalking and harassment'][1])}. Malicious "
        "communications offences now counted in the latter group account for most of its "
        "increase.")
    d.h("3.2.3 Knife crime")
    d.p(f"Knife crime (offences involving a knife or sharp instrument) rose from "
        f"{s1('986', 2)} to 1,118 offences, up 13.4%. Knife-enabled robbery accounts for "
        "around four in ten of these offences. Figure 3 shows knife crime by town.")
    d.note(2, "Knife crime figures are those published by the Home Office for the West Midlands "
           "force area, apportioned to Sandwell by West Midlands Police; they differ slightly from "
           "figures published earlier in the year.")
    d.raw("Figure 3: Knife crime offences by town, 2018/19")
    d.blank()
    for v in ["329", "241", "187", "142", "118", "101"]:
        d.raw(v)
    d.raw("West Bromwich    Smethwick    Oldbury    Tipton    Rowley Regis    Wednesbury")
    d.blank()
    d.p("West Bromwich, with the borough's main shopping centre, bus station and a "
        "concentration of street robbery, accounts for the largest number of knife offences. "
        "Four young people were seriously injured by knives in the borough during the year.")
    d.h("3.3 Acquisitive crime")
    d.h("3.3.1 Residential burglary")
    rb = data["Residential burglary"]
    d.p(f"Residential burglary rose by {pct(rb[1], rb[0], sign=False)}% to {n(rb[1])} offences. "
        "Burglaries to steal car keys (so-called hanoi burglaries) remain a feature, with "
        "high-value vehicles then taken from driveways.")
    d.h("3.3.2 Vehicle crime")
    vo = data["Vehicle offences"]
    d.p(f"Vehicle offences rose to {n(vo[1])}, up {pct(vo[1], vo[0], sign=False)}%. Theft of "
        "motor vehicles almost doubled in some parts of the borough, linked to keyless car "
        "theft and the export of stolen vehicles.")
    d.h("3.3.3 Robbery")
    rbb = data["Robbery"]
    d.p(f"Robbery rose by almost a fifth, to {n(rbb[1])} offences. Robbery of personal "
        "property is concentrated on West Bromwich High Street, around the bus station and "
        "at Metro stops; victims and suspects are mostly young men.")
    d.end_page()

    d.h("3.4 How Sandwell compares")
    d.p("Table 3.4 compares Sandwell with the West Midlands Police force area, the average of "
        "its Most Similar Group and England and Wales, for the twelve months to March 2019.")
    d.raw("Table 3.4: Sandwell compared, rates per 1,000 residents, 2018/19")
    d.blank()
    wv = {"All recorded crime": RATE, "Violence with injury": vwi[1] / POP * 1000,
          "Robbery": rbb[1] / POP * 1000, "Residential burglary": rb[1] / POP * 1000,
          "Vehicle offences": vo[1] / POP * 1000}
    comp = [("All recorded crime", 99.4, 108.9, 88.1, "11th"),
            ("Violence with injury", 13.1, 14.2, 9.9, "10th"),
            ("Robbery", 2.8, 2.6, 1.4, "12th"),
            ("Residential burglary", 5.8, 6.1, 4.6, "7th"),
            ("Vehicle offences", 11.6, 10.2, 7.6, "13th")]
    rows = [[m, f(wv[m]), f(a) + ("\u00b3" if m == "All recorded crime" else ""), f(b), f(c),
             pos + " of 15"] for m, a, b, c, pos in comp]
    d.raw(wrapped_header_table(rows, [["Measure"], ["Sandwell"], ["West", "Midlands", "force area"],
                                      ["MSG", "average"], ["England", "and Wales"],
                                      ["MSG", "position"]], gap=3))
    d.blank()
    d.note(3, "Force area rate calculated on the West Midlands Police area population of 2.92 "
           "million; it includes Birmingham, which is in a different Most Similar Group.")
    d.p("Sandwell is above the force area and the national rate for every measure shown. "
        "Against its MSG, it does best on residential burglary (7th of 15) and worst on "
        "vehicle offences (13th). iQuanta shows robbery to have been above the MSG's "
        "expected range in each month from October 2018.")
    d.end_page()

    d.h("3.5 Other harms")
    d.h("3.5.1 Deliberate fires")
    d.p("West Midlands Fire Service attended 1,164 deliberate fires in Sandwell in 2018/19, "
        "up from 1,027. The hot, dry summer of 2018 produced an exceptional number of grass "
        "fires, including a large fire on the Rowley Hills in July. Deliberate vehicle fires, "
        "often linked to vehicle crime, numbered 139.")
    d.h("3.5.2 Roads")
    d.p("In calendar year 2018, 97 people were killed or seriously injured (KSI) on "
        "Sandwell's roads, compared with 104 in 2017. Pedestrians made up almost two in five "
        "KSI casualties, a much higher share than nationally, and the A41 and A4123 remain "
        "the routes with most serious collisions.")
    d.h("3.5.3 Fraud and cyber crime")
    d.p("Action Fraud received 1,486 reports from Sandwell residents and businesses, with "
        "reported losses of about \u00a34.1 million. Older residents are disproportionately "
        "targeted by doorstep and telephone scams; Trading Standards' call-blocker scheme "
        "protected 140 households.")
    d.end_page()

    d.h("4 PLACES")
    d.h("4.1 Wards")
    d.p("Table 4.1 ranks all 24 wards by their crime rate in 2018/19, with each ward's rate "
        "expressed as a multiple of the borough rate.")
    d.raw("Table 4.1: Recorded crime by ward, 2018/19, ranked by rate")
    d.blank()
    order = sorted(range(len(WARDS)), key=lambda i: -ward_crime[i] / WARDS[i][2])
    rows = []
    for rk, i in enumerate(order, 1):
        w = WARDS[i]
        rr = ward_crime[i] / w[2] * 1000
        rows.append([str(rk), w[0], w[1], n(w[2]), n(ward_crime[i]), f(rr), f(rr / RATE, 2),
                     pct(ward_crime[i], ward_prev[i]) + "%"])
    rows.append(["", "Not allocated to a ward", "", "", n(UNALLOC), "", "", ""])
    rows.append(["", "Sandwell", "", n(POP), n(TOT[1]), f(RATE), "1.00", pct(TOT[1], TOT[0]) + "%"])
    d.raw(wrapped_header_table(rows, [["Rank"], ["Ward"], ["Town"], ["Population", "(mid-2018)"],
                                      ["Crimes", "2018/19"], ["Rate per", "1,000", "pop."],
                                      ["Times", "borough", "rate"], ["Change", "on", "2017/18"]],
                               gap=2, align=["r", "l", "l", "r", "r", "r", "r", "r"]))
    d.blank()
    t3 = [WARDS[i][0] for i in order[:3]]
    b3 = [WARDS[i][0] for i in order[-3:]]
    d.p(f"{t3[0]} has the highest rate, {f(ward_crime[order[0]]/WARDS[order[0]][2]*1000)} per "
        f"1,000, followed by {t3[1]} and {t3[2]}. The lowest rates are in {b3[2]}, {b3[1]} and "
        f"{b3[0]}, in the north and west of the borough. Crime rose in every ward; the largest "
        "increases were in West Bromwich Central, Soho and Victoria and Friar Park, and the "
        "smallest in the three Rowley Regis wards.")
    d.end_page()

    d.h("4.2 Neighbourhoods (LSOAs)")
    d.p("Table 4.2 lists the eight Lower Super Output Areas (LSOAs) with the highest crime "
        "rates. Each LSOA has around 1,500 residents.")
    d.raw("Table 4.2: Highest crime rate LSOAs in Sandwell, 2018/19")
    d.blank()
    ls = sorted(LSOAS, key=lambda x: -x[3] / x[2])
    rows = []
    for rk, (code, ward, p, c) in enumerate(ls, 1):
        rr = c / p * 1000
        rows.append([str(rk), code, ward, n(p), n(c), f(rr), f(rr / RATE, 1)])
    d.raw(wrapped_header_table(rows, [["Rank"], ["LSOA"], ["Ward"], ["Residents"], ["Crimes"],
                                      ["Rate per", "1,000"], ["Times", "borough", "rate"]],
                               gap=2, align=["r", "l", "l", "r", "r", "r", "r"]))
    d.blank()
    l0 = LSOAS[0]
    d.p(f"Sandwell 012B covers West Bromwich town centre, including New Square, Queen's Square "
        f"and the bus station. Its {n(l0[3])} crimes give a rate "
        f"{f(l0[3]/l0[2]*1000/RATE, 1)} times the borough's; shoplifting, robbery and violence "
        "dominate. Sandwell 035D is Oldbury town centre and the Sandwell Council House area.")
    d.h("4.3 Town centres")
    d.p("The six town centres between them recorded about a fifth of all crime in the borough. "
        "West Bromwich town centre is a priority location for the partnership's violence and "
        "robbery work; Oldbury's Birchfield Lane and Smethwick's Cape Hill are also hotspots "
        "for street robbery and vehicle crime.")
    d.end_page()

    d.h("5 ANTI-SOCIAL BEHAVIOUR")
    d.h("5.1 Trends")
    d.p(f"West Midlands Police recorded {n(ASB[1])} ASB incidents in 2018/19, down from "
        f"{n(ASB[0])} in 2017/18 ({pct(ASB[1], ASB[0])}%). The council's ASB team received a "
        f"further {s1('4,127', '*')} reports; the two sets of figures overlap and cannot be "
        "added together.")
    d.note("*", "Provisional: the council's case management system was replaced in January "
           "2019 and the final quarter's figures are still being validated.")
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    mv = apportion(ASB[1], [1.02, 1.10, 1.16, 1.24, 1.21, 1.00, 1.02, 0.93, 0.84, 0.79, 0.81, 0.88])
    d.raw("Figure 5: ASB incidents by month, Sandwell, April 2018 to March 2019")
    d.blank()
    d.raw("   ".join(n(v) for v in mv))
    d.raw("   ".join(m.center(len(n(v))) for m, v in zip(months, mv)).rstrip())
    d.blank()
    d.p("ASB peaked in July, with the long summer evenings and the school holidays, and was "
        "lowest in January. The summer peak was more pronounced than in 2017/18.")
    d.h("5.2 ASB by ward")
    asbr = ASB[1] / POP * 1000
    ao = sorted(range(len(WARDS)), key=lambda i: -ward_asb[i] / WARDS[i][2])[:6]
    d.raw("Table 5.2: Wards with the highest ASB rates, 2018/19")
    d.blank()
    rows = [[str(k), WARDS[i][0], n(ward_asb[i]), f(ward_asb[i] / WARDS[i][2] * 1000),
             f(ward_asb[i] / WARDS[i][2] * 1000 / asbr, 2)] for k, i in enumerate(ao, 1)]
    rows.append(["", "Sandwell", n(ASB[1]), f(asbr), "1.00"])
    d.raw(wrapped_header_table(rows, [["Rank"], ["Ward"], ["ASB", "incidents"],
                                      ["Rate per", "1,000", "pop."], ["Times", "borough", "rate"]],
                               gap=3, align=["r", "l", "r", "r", "r"]))
    d.blank()
    d.p("Off-road motorbikes, fly-tipping and groups of young people gathering at Metro stops "
        "and in parks are the most common complaints. Friar Park and Princes End have seen "
        "persistent problems with nuisance motorbikes from the former railway lines.")
    d.p("The partnership used its powers under the Anti-social Behaviour, Crime and Policing "
        "Act 2014 extensively: 34 Community Protection Notices, 11 closure orders on premises "
        "and 19 Criminal Behaviour Orders were obtained. The Public Spaces Protection Order "
        "covering West Bromwich town centre was renewed in October 2018.")
    d.end_page()

    d.h("6 VULNERABILITY AND EXPLOITATION")
    d.h("6.1 Domestic abuse")
    d.p(f"West Midlands Police recorded {s1('6,842', 4)} domestic abuse-related crimes in Sandwell "
        "in 2018/19, up from 5,961, and a further 4,306 non-crime domestic incidents. "
        "Domestic abuse accounts for nearly one crime in five and a third of violence with "
        "injury. The MARAC heard 739 cases, of which 31% were repeats; Sandwell's MARAC "
        "caseload per 10,000 adults is one of the highest in the West Midlands.")
    d.note(4, "Crimes flagged as domestic abuse related by the recording officer; flagging "
           "rates vary between officers and the true figure is likely to be higher.")
    d.p("Sandwell Women's Aid and the council's Domestic Abuse Team supported around 2,400 "
        "victims. Demand for refuge places exceeds supply; 61 families were placed outside "
        "the borough. Two domestic homicide reviews were completed in the year.")
    d.h("6.2 Exploitation")
    d.h("6.2.1 Child sexual exploitation")
    d.p("The multi-agency CSE panel considered 118 children in the year, 82 of them girls. "
        "Online grooming through social media is the most common route into exploitation.")
    d.h("6.2.2 County lines and criminal exploitation")
    d.p("Sandwell is primarily an exporting area for county lines. West Midlands Police "
        "identified 23 lines running from the borough into Shropshire, Staffordshire, Wales "
        "and Gloucestershire. Six organised crime groups (OCGs) are mapped as based in "
        "Sandwell. At least 57 Sandwell young people were identified as at risk of criminal "
        "exploitation, more than double the previous year's 26.")
    d.h("6.2.3 Modern slavery")
    d.p("There were 44 National Referral Mechanism referrals relating to Sandwell, mainly "
        "labour exploitation in hand car washes, nail bars and factories in the Oldbury and "
        "Smethwick industrial areas.")
    d.h("6.3 Hate crime")
    d.p(f"Hate crimes rose to {s1('702', 5)} from 611. Race hate accounts for about three "
        "quarters; religious hate crime rose after the Christchurch attacks in March 2019.")
    d.note(5, "Crimes with one or more hate crime flags; a crime may carry more than one "
           "flag but is counted once.")
    d.h("6.4 Prevent")
    d.p("Sandwell is a Prevent priority area. Referrals to the Channel panel numbered 47, "
        "with a rising proportion relating to extreme right-wing ideology.")
    d.end_page()

    d.h("7 REDUCING REOFFENDING")
    d.h("7.1 Adults")
    d.p("The proven reoffending rate for adults in Sandwell is 28.7%, against 28.9% for "
        "England and Wales. The Integrated Offender Management cohort of 210 offenders "
        "reduced its offending by an estimated 38% over twelve months.")
    d.h("7.2 Young people")
    d.p("First-time entrants to the youth justice system fell from 142 to 119. The youth "
        "reoffending rate remains high at 43.2%. Young people involved in serious violence "
        "are increasingly known to children's social care before their first offence.")
    d.h("8 DRUGS AND ALCOHOL")
    d.p("Around 2,150 adults were in structured drug and alcohol treatment with the borough's "
        "commissioned service, Cranstoun Sandwell. Alcohol-related hospital admissions remain "
        "well above the national average. The sale and use of nitrous oxide in parks and on "
        "residential streets was the drugs issue most often raised by councillors.")
    d.h("9 WHAT RESIDENTS TELL US")
    d.p("The 2018 Sandwell residents' survey found that 71% of residents felt safe outside in "
        "their local area after dark, compared with 93% during the day. One in four named "
        "drug dealing as a problem in their area, and one in three named litter and "
        "fly-tipping. Residents of Tipton and Wednesbury were most likely to say that crime "
        "had got worse in the last year.")
    d.end_page()

    d.h("10 PRIORITIES FOR 2019/20")
    d.p("The partnership's priority-setting workshop in May 2019 recommended that the four "
        "existing priorities continue:")
    d.h("10.1 Reducing violence")
    d.p("Including knife crime, robbery and violence in the NTE, with a public health "
        "approach led jointly with the West Midlands Violence Reduction Unit.")
    d.h("10.2 Domestic abuse and VAWG")
    d.p("Including sexual violence, so-called honour-based abuse and forced marriage.")
    d.h("10.3 Exploitation")
    d.p("County lines, CSE, modern slavery and the exploitation of vulnerable adults.")
    d.h("10.4 Safer, cohesive neighbourhoods")
    d.p("ASB, hate crime, Prevent and community cohesion, focused on the wards in Table 4.1 "
        "with the highest rates.")

    d.h("11 RECOMMENDATIONS")
    recs = [
        ("11.1", "Develop a Sandwell serious violence plan with the West Midlands Violence "
                 "Reduction Unit, including a problem profile of knife crime in West Bromwich "
                 "town centre (Sandwell 012B)."),
        ("11.2", "Commission additional refuge capacity within the borough and review MARAC "
                 "arrangements in the light of the repeat rate of 31%."),
        ("11.3", "Establish a joint exploitation hub with children's services so that young "
                 "people at risk of county lines exploitation are identified earlier."),
        ("11.4", "Target vehicle crime, where Sandwell ranks 13th of 15 in its MSG, through "
                 "a joint campaign with West Midlands Police on keyless car theft."),
        ("11.5", "Agree with West Midlands Police a fix for the ward allocation of crimes "
                 "after the new recording system, so that fewer crimes are unallocated."),
        ("11.6", "Report hate crime to the Safer Sandwell Partnership Board quarterly, broken "
                 "down by strand, with the Sandwell Hate Crime Reporting Centres."),
    ]
    for k, t in recs:
        w = textwrap.wrap(t, 74)
        d.raw(f"{k}  {w[0]}")
        for x in w[1:]:
            d.raw("      " + x)
    d.blank()

    d.h("12 GOVERNANCE")
    d.h("12.1 The Board")
    d.p("The Safer Sandwell Partnership Board is chaired by Councillor Harriet Dunmall, "
        "Cabinet Member for Safer Communities, and vice-chaired by Chief Superintendent Owen "
        "Latchford, commander of the Sandwell Neighbourhood Policing Unit. It meets every two "
        "months and reports to the Sandwell Health and Wellbeing Board; the council's Safer "
        "Neighbourhoods and Active Communities Scrutiny Board scrutinises its work annually.")
    d.h("12.2 Delivery groups")
    d.p("Four delivery groups, one for each priority, report to the Board. The Domestic Abuse "
        "Strategic Partnership also reports to the Sandwell Safeguarding Children Partnership "
        "and the Safeguarding Adults Board. The Community Safety Manager, Priya Whitcombe-Kaur, "
        "leads the partnership's officer team.")
    d.h("12.3 Performance monitoring")
    d.p("The Board receives a performance report at each meeting covering the headline "
        "measure for each priority: violence with injury, repeat MARAC cases, young people "
        "at risk of exploitation and ASB incidents. Ward-level data are shared with the six "
        "Town Partnerships so that local councillors can see the picture in their area. An "
        "annual report is published each autumn.")
    d.h("12.4 Funding")
    d.p("The partnership receives \u00a3412,000 a year from the West Midlands Police and "
        "Crime Commissioner's Community Safety Fund, plus contributions from the council and "
        "partners. In 2019/20 it will also draw on the Violence Reduction Unit's allocation.")
    d.end_page()
    d.h("APPENDIX A: DATA SOURCES")
    d.bullets([
        "West Midlands Police: recorded crime and ASB incidents, extracted 10 May 2019.",
        "Home Office iQuanta: Most Similar Group comparisons, year to March 2019.",
        "Sandwell Council: ASB team case management system; Domestic Abuse Team; Trading Standards.",
        "West Midlands Fire Service: deliberate fires.",
        "Ministry of Justice: proven reoffending, adults and young people.",
        "Sandwell residents' survey 2018 (1,902 respondents).",
        "ONS mid-2018 population estimates for the borough and its wards.",
    ], mark="-")
    d.h("APPENDIX B: GLOSSARY")
    for a, b in [("ASB", "anti-social behaviour"), ("CSE", "child sexual exploitation"),
                 ("DA", "domestic abuse"), ("KSI", "killed or seriously injured"),
                 ("LSOA", "Lower Super Output Area"),
                 ("MARAC", "Multi-Agency Risk Assessment Conference"),
                 ("MSG", "Most Similar Group (iQuanta)"), ("NTE", "night-time economy"),
                 ("OCG", "organised crime group"), ("VAWG", "violence against women and girls"),
                 ("VRU", "West Midlands Violence Reduction Unit")]:
        d.raw(f"{a:<8}{b}")
    d.end_page()
    text = "\n".join(d.lines).rstrip() + "\n"
    open(OUT, "w", encoding="utf-8").write(text)
    print(OUT, len(text.splitlines()))


if __name__ == "__main__":
    main()
