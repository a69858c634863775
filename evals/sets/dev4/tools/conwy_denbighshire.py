"""Generate the Conwy and Denbighshire CSP strategic assessment 2016-17 (all figures invented)."""
import os
from common import Doc, f, n, pct, arrow, space_table, apportion

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "conwy-denbighshire_2016-17_community-safety-strategic-assessment.txt")
POP = {"C": 116250, "D": 94790}
POP["T"] = POP["C"] + POP["D"]
YEARS = ["2013/14", "2014/15", "2015/16"]

# category: (Conwy 15/16, Denbighshire 15/16, factor 13/14, factor 14/15)
CATS = [
    ("Violence against the person", 2412, 2318, 0.74, 0.86),
    ("Sexual offences", 198, 176, 0.70, 0.84),
    ("Robbery", 34, 41, 1.05, 0.95),
    ("Domestic burglary", 262, 228, 1.45, 1.12),
    ("Non-domestic burglary", 318, 301, 1.05, 1.02),
    ("Vehicle offences", 402, 355, 1.12, 1.03),
    ("Theft from the person", 61, 57, 1.02, 1.00),
    ("Shoplifting", 845, 702, 0.96, 1.01),
    ("Other theft", 1040, 868, 1.04, 1.01),
    ("Criminal damage and arson", 1195, 1152, 1.03, 0.97),
    ("Drug offences", 301, 352, 1.10, 1.05),
    ("Possession of weapons", 46, 52, 0.90, 0.85),
    ("Public order offences", 512, 486, 0.62, 0.80),
    ("Misc. crimes against society", 121, 109, 0.85, 0.95),
]
data = {}
for name, c, d, f13, f14 in CATS:
    row = {}
    for k, v in (("C", c), ("D", d)):
        row[k] = [round(v * f13), round(v * f14), v]
    row["T"] = [row["C"][i] + row["D"][i] for i in range(3)]
    data[name] = row
TOT = {k: [sum(data[c][k][i] for c in data) for i in range(3)] for k in ("C", "D", "T")}


def rate(k, v, yr=2):
    return v / POP[k] * 1000


# ASB incidents (police recorded), three years
ASB = {"C": [5912, 5604, 5287], "D": [5480, 5391, 5418]}
ASB["T"] = [ASB["C"][i] + ASB["D"][i] for i in range(3)]
# Domestic abuse incidents and crimes
DAI = {"C": [1698, 1802, 1911], "D": [1577, 1690, 1744]}
DAI["T"] = [DAI["C"][i] + DAI["D"][i] for i in range(3)]

# comparators, rates per 1,000, 2015/16 (invented)
NW = {"All recorded crime": 67.4, "Violence against the person": 24.9, "Sexual offences": 1.9,
      "Domestic burglary": 2.6, "Criminal damage and arson": 11.8, "ASB incidents": 46.2}
WALES = {"All recorded crime": 63.1, "Violence against the person": 21.7, "Sexual offences": 1.7,
         "Domestic burglary": 3.4, "Criminal damage and arson": 10.9, "ASB incidents": 36.8}

# wards (electoral divisions): name, county, population, crimes 2015/16, ASB 2015/16
WARDS = [
    ("Rhyl West", "Denbighshire", 5310, 1418, 1236),
    ("Tudno", "Conwy", 4480, 906, 612),
    ("Rhyl South West", "Denbighshire", 5040, 801, 574),
    ("Glyn", "Conwy", 4870, 682, 498),
    ("Mostyn", "Conwy", 3390, 459, 231),
    ("Rhyl East", "Denbighshire", 4310, 552, 402),
    ("Colwyn", "Conwy", 4250, 508, 360),
    ("Abergele Pensarn", "Conwy", 2750, 311, 268),
    ("Denbigh Central", "Denbighshire", 2160, 238, 172),
    ("Prestatyn North", "Denbighshire", 5590, 571, 421),
    ("Pentre Mawr", "Conwy", 4200, 402, 318),
    ("Ruthin", "Denbighshire", 5420, 449, 275),
]
wtot = {"C": 0, "D": 0}


def main():
    d = Doc(width=80)
    T = TOT["T"]
    allrate = rate("T", T[2])
    crate = rate("C", TOT["C"][2])
    drate = rate("D", TOT["D"][2])
    d.raw("Conwy and Denbighshire Community Safety Partnership")
    d.raw("Partneriaeth Diogelwch Cymunedol Conwy a Sir Ddinbych")
    d.blank()
    d.raw("COMMUNITY SAFETY STRATEGIC ASSESSMENT 2016-17")
    d.blank()
    d.raw("Data period: 1 April 2015 to 31 March 2016, with the two previous years (2013/14 and")
    d.raw("2014/15) for trend")
    d.raw("Produced by: the Community Safety Team (Conwy County Borough Council and Denbighshire County")
    d.raw("Council shared service), with the North Wales Police Intelligence and Analysis Unit")
    d.raw("Status: Final version 1.2, agreed by the Joint CSP Board, July 2016")
    d.raw("Author: Ffion Pritchard-Hale, Senior Community Safety Analyst")
    d.blank(2)
    d.raw("Contents")
    d.blank()
    toc = ["1. Why we produce this assessment", "2. The two counties at a glance",
           "3. Headline picture: three-year trend", "4. Conwy and Denbighshire compared",
           "5. Where crime happens: ward hotspots", "6. Anti-social behaviour",
           "7. Domestic abuse and violence against women", "8. Exploitation and organised crime",
           "9. Acquisitive crime", "10. Alcohol, drugs and the night-time economy",
           "11. Young people and reoffending", "12. Fire, roads and other community safety issues",
           "13. What residents told us", "14. Looking back: the 2015-16 plan", "15. Priorities for 2016-17",
           "16. Recommendations", "17. How the partnership works", "Annex: Glossary"]
    for t in toc:
        d.raw("   " + t)
    d.blank(2)

    d.raw("Summary")
    d.blank()
    d.bullets([
        "Recorded crime rose for the second year running, by about six per cent, to just under "
        "fifteen thousand offences. Most of the rise is in violence, sexual offences and public "
        "order offences, where recording has improved.",
        "Domestic burglary has fallen by almost a third in two years and is now well below the "
        "Welsh average.",
        "Rhyl West has nearly four times the partnership's crime rate and more than four times "
        "its ASB rate. Four coastal divisions (Rhyl West, Tudno, Rhyl South West and Glyn) "
        "account for a quarter of all crime.",
        "Domestic abuse reports rose again; the MARAC heard almost four hundred high-risk cases.",
        "CSE referrals doubled, and county lines supply from Merseyside and the West Midlands "
        "is the main organised crime threat.",
        "Residents feel less safe after dark than two years ago, and fewer than half think local "
        "agencies are dealing with the issues that matter.",
    ])
    d.raw("1. Why we produce this assessment")
    d.blank()
    d.p("The Crime and Disorder Act 1998 places a duty on the responsible authorities in each "
        "local authority area to work together to reduce crime and disorder, anti-social "
        "behaviour (ASB), substance misuse and reoffending. Conwy and Denbighshire have operated "
        "a single, merged Community Safety Partnership since 2012, one of the first joint "
        "partnerships in Wales. The responsible authorities are Conwy County Borough Council, "
        "Denbighshire County Council, North Wales Police, North Wales Fire and Rescue Service, "
        "Betsi Cadwaladr University Health Board, the National Probation Service (Wales) and the "
        "Wales Community Rehabilitation Company.")
    d.p("Each year the partnership produces a strategic assessment: an analysis of the crime and "
        "disorder picture across both counties, which informs the priorities in the Community "
        "Safety Plan and the commissioning of services funded through the Police and Crime "
        "Commissioner for North Wales. This is the fifth joint assessment. It uses police "
        "recorded crime and incident data for the financial year 2015/16 and, because a single "
        "year can mislead, compares it with 2013/14 and 2014/15.")
    d.p("Figures in this document are shown for each county and for the partnership area as a "
        "whole (\"the CSP\"). Rates are per 1,000 residents, using the mid-2015 population "
        f"estimates: Conwy {n(POP['C'])}, Denbighshire {n(POP['D'])}, and {n(POP['T'])} for the "
        "partnership area. Direction of travel is shown with arrows: \u2191 an increase of more "
        "than 2%, \u2193 a reduction of more than 2%, and \u2194 a change of 2% or less either "
        "way. Note that for crime an upward arrow is not necessarily bad news: much of the rise "
        "in violence follows changes to recording practice.")
    d.p("The assessment was developed through a partnership workshop held at Bodelwyddan in May "
        "2016, attended by thirty-one officers from eleven organisations, and draws on the "
        "North Wales Safer Communities Board's regional strategic assessment.")

    d.raw("2. The two counties at a glance")
    d.blank()
    d.p("Conwy and Denbighshire lie side by side on the North Wales coast and stretch inland to "
        "the uplands of Hiraethog and the Berwyn. Between them they have a resident population "
        f"of a little over two hundred and eleven thousand, {f(POP['C']/POP['T']*100)}% of it in "
        "Conwy. Most people live in the coastal strip from Llandudno and Colwyn Bay through "
        "Abergele, Kinmel Bay and Towyn to Rhyl and Prestatyn; the inland market towns of "
        "Llanrwst, Denbigh, Ruthin, Corwen and Llangollen serve large rural hinterlands.")
    d.p("The coast is a major visitor destination. Llandudno alone receives well over a million "
        "day visitors a year and the resident population of the coastal towns is swollen in "
        "the summer by caravan parks and holiday lets. This seasonal pattern shows clearly in "
        "the ASB and violence data, with peaks in July and August.")
    d.p("Both counties have an older age profile than Wales as a whole: more than one in four "
        "Conwy residents is aged 65 or over. Deprivation is concentrated rather than "
        "widespread. Rhyl West contains the two most deprived Lower Super Output Areas in "
        "Wales on the Welsh Index of Multiple Deprivation 2014, and parts of Rhyl South West, "
        "Glyn (Colwyn Bay) and Pensarn (Abergele) are also in the most deprived tenth. By "
        "contrast much of rural Denbighshire and the Conwy valley is among the least deprived "
        "parts of Wales, although access to services is a real issue.")
    d.p("Around three in ten residents of Denbighshire and a quarter of Conwy residents speak "
        "Welsh. Services, including the partnership's campaigns, are delivered bilingually.")

    d.raw("3. Headline picture: three-year trend")
    d.blank()
    ch = (T[2] - T[1]) / T[1] * 100
    d.p(f"North Wales Police recorded {n(T[2])} crimes in the partnership area in 2015/16, "
        f"compared with {n(T[1])} in 2014/15 and {n(T[0])} in 2013/14. That is a rise of "
        f"{f(ch)}% in the last year, and the rate of {f(allrate)} crimes per 1,000 residents "
        "is the highest of the three years. The increase is almost entirely in violence "
        "against the person, sexual offences and public order offences, the categories most "
        "affected by the Force's improvements in crime recording after the 2014 national "
        "inspection of crime data integrity. Acquisitive crime continued to fall: domestic "
        "burglary is down by almost a third over two years.")
    d.raw("Table 1: Recorded crime in the CSP area, 2013/14 to 2015/16")
    d.blank()
    rows = []
    for name in data:
        v = data[name]["T"]
        rows.append([name, n(v[0]), n(v[1]), n(v[2]), pct(v[2], v[1]) + "%", arrow(v[2], v[1])])
    rows.append(["All recorded crime", n(T[0]), n(T[1]), n(T[2]), pct(T[2], T[1]) + "%",
                 arrow(T[2], T[1])])
    d.raw(space_table(rows, header=["Offence group", "2013/14", "2014/15", "2015/16",
                                    "% change", "Trend"], gap=3))
    d.raw("% change is 2015/16 compared with 2014/15. Trend: \u2191 up more than 2%; \u2193 down "
          "more than 2%; \u2194 within 2%.")
    d.blank()
    vap = data["Violence against the person"]["T"]
    d.p(f"Violence against the person has risen by {pct(vap[2], vap[0], sign=False)}% over two "
        f"years, from {n(vap[0])} to {n(vap[2])} offences, and now accounts for "
        f"{f(vap[2]/T[2]*100)}% of all recorded crime in the CSP area. Around half of the increase "
        "is in violence without injury (common assault and harassment), which is where recording "
        "changes have had most effect. Public order offences have risen even faster. "
        "The number of sexual offences recorded has increased by more than forty per cent over "
        "the two years, reflecting both better recording and a greater willingness to report "
        "non-recent offences following high-profile national cases.")
    db = data["Domestic burglary"]["T"]
    d.p(f"Domestic burglary fell to {n(db[2])} offences, the lowest figure recorded since the "
        "partnership was formed, and vehicle offences also fell for the second year running. "
        "Robbery remains rare: fewer than eighty offences a year across both counties.")
    d.raw("Table 2: All recorded crime by county, three years")
    d.blank()
    rows = []
    for k, lab in (("C", "Conwy"), ("D", "Denbighshire"), ("T", "Conwy & Denbighshire CSP")):
        v = TOT[k]
        rows.append([lab, n(v[0]), n(v[1]), n(v[2]), f(rate(k, v[2])), pct(v[2], v[1]) + "%",
                     arrow(v[2], v[1])])
    d.raw(space_table(rows, header=["Area", "2013/14", "2014/15", "2015/16", "Rate 15/16",
                                    "% change", "Trend"], gap=3))
    d.raw("Rate is crimes per 1,000 residents in 2015/16.")
    d.blank()
    for k, lab, tno in (("C", "Conwy County Borough", "2a"), ("D", "Denbighshire", "2b")):
        d.raw(f"Table {tno}: Recorded crime in {lab}, 2013/14 to 2015/16")
        d.blank()
        rows = []
        for name in data:
            v = data[name][k]
            rows.append([name, n(v[0]), n(v[1]), n(v[2]), pct(v[2], v[1]) + "%",
                         arrow(v[2], v[1])])
        v = TOT[k]
        rows.append(["Total", n(v[0]), n(v[1]), n(v[2]), pct(v[2], v[1]) + "%", arrow(v[2], v[1])])
        d.raw(space_table(rows, header=["Offence group", "2013/14", "2014/15", "2015/16",
                                        "% change", "Trend"], gap=3))
        d.blank()
    d.p(f"Crime rose by much the same proportion in both counties (Conwy "
        f"{pct(TOT['C'][2], TOT['C'][1])}%, Denbighshire {pct(TOT['D'][2], TOT['D'][1])}%). Denbighshire "
        f"has the higher rate, {f(drate)} crimes per 1,000 residents against {f(crate)} in "
        "Conwy, largely because of the concentration of crime in Rhyl.")

    d.raw("4. Conwy and Denbighshire compared")
    d.blank()
    d.p("Table 3 sets the two counties and the CSP as a whole against the North Wales Police "
        "force area and the Welsh average. The comparison uses rates per 1,000 residents for "
        "2015/16.")
    d.raw("Table 3: Rates per 1,000 residents, 2015/16, with North Wales and Wales")
    d.blank()
    meas = [("All recorded crime", lambda k: TOT[k][2]),
            ("Violence against the person", lambda k: data["Violence against the person"][k][2]),
            ("Sexual offences", lambda k: data["Sexual offences"][k][2]),
            ("Domestic burglary", lambda k: data["Domestic burglary"][k][2]),
            ("Criminal damage and arson", lambda k: data["Criminal damage and arson"][k][2]),
            ("ASB incidents", lambda k: ASB[k][2])]
    rows = []
    for m, fn in meas:
        rows.append([m, f(rate("C", fn("C"))), f(rate("D", fn("D"))), f(rate("T", fn("T"))),
                     f(NW[m]), f(WALES[m])])
    d.raw(space_table(rows, header=["Measure", "Conwy", "Denbighshire", "CSP", "North Wales",
                                    "Wales"], gap=3))
    d.blank()
    d.p(f"The partnership's overall crime rate ({f(allrate)}) is close to the North Wales figure "
        f"({f(NW['All recorded crime'])}) and above the Welsh average "
        f"({f(WALES['All recorded crime'])}). Violence is the main driver of the gap with Wales. "
        "Domestic burglary is well below the Welsh average in both counties. The sharpest "
        "contrast is in ASB: the CSP area records noticeably more ASB incidents per head than "
        "Wales as a whole, reflecting the visitor economy of the coast.")
    d.p("Table 4 shows how the crime mix differs between the two counties. It gives each offence "
        "group's share of all recorded crime and is not affected by population size.")
    d.raw("Table 4: Share of all recorded crime by offence group, 2015/16 (%)")
    d.blank()
    rows = []
    for name in data:
        rows.append([name] + [f(data[name][k][2] / TOT[k][2] * 100) for k in ("C", "D", "T")])
    rows.append(["All recorded crime", "100.0", "100.0", "100.0"])
    d.raw(space_table(rows, header=["Offence group", "Conwy", "Denbighshire",
                                    "Conwy & Denbighshire"], gap=3))
    d.raw("Shares may not sum to exactly 100 because of rounding.")
    d.blank()
    dr = data["Drug offences"]
    d.p("Violence makes up a slightly larger share of crime in Denbighshire, and drug offences a "
        f"noticeably larger one ({f(dr['D'][2]/TOT['D'][2]*100)}% against "
        f"{f(dr['C'][2]/TOT['C'][2]*100)}% in Conwy), which reflects proactive policing "
        "in Rhyl rather than a higher underlying level of drug use. Shoplifting is a larger "
        "share in Conwy, where the Llandudno retail centre and the out-of-town parks at "
        "Llandudno Junction draw shoppers from across the region.")

    d.raw("5. Where crime happens: ward hotspots")
    d.blank()
    d.p("Crime is heavily concentrated. The twelve electoral divisions in Table 5 hold about "
        "a quarter of the partnership's residents but almost half of its recorded "
        "crime. The table ranks divisions by their crime rate and shows how many times the "
        "CSP-wide rate each one is.")
    d.raw("Table 5: Highest crime rate electoral divisions, 2015/16")
    d.blank()
    rows = []
    ws = sorted(WARDS, key=lambda w: -w[3] / w[2])
    for i, (w, cty, p, c, a) in enumerate(ws, 1):
        r_ = c / p * 1000
        rows.append([str(i), w, cty, n(p), n(c), f(r_), f(r_ / allrate, 1) + "x"])
    wp = sum(w[2] for w in WARDS)
    wc = sum(w[3] for w in WARDS)
    rows.append(["", "Top twelve divisions", "", n(wp), n(wc), f(wc / wp * 1000),
                 f(wc / wp * 1000 / allrate, 1) + "x"])
    rows.append(["", "All other divisions (56)", "", n(POP['T'] - wp), n(T[2] - wc),
                 f((T[2] - wc) / (POP['T'] - wp) * 1000),
                 f((T[2] - wc) / (POP['T'] - wp) * 1000 / allrate, 1) + "x"])
    rows.append(["", "CSP area", "", n(POP['T']), n(T[2]), f(allrate), "1.0x"])
    d.raw(space_table(rows, header=["Rank", "Electoral division", "County", "Residents",
                                    "Crimes", "Per 1,000", "x CSP rate"],
                      align=["r", "l", "l", "r", "r", "r", "r"], gap=2))
    d.blank()
    rw = WARDS[0]
    d.p(f"Rhyl West stands out. Its rate of {f(rw[3]/rw[2]*1000)} crimes per 1,000 residents is "
        f"{f(rw[3]/rw[2]*1000/allrate, 1)} times the partnership rate, and the division alone "
        f"accounts for {f(rw[3]/T[2]*100)}% of all crime in the two counties. Rhyl West "
        "combines the town's promenade and night-time economy, a large private rented sector "
        "in former guest houses, and high levels of need; many residents are victims as well "
        "as the subject of calls for service.")
    d.p("Tudno, which covers the centre of Llandudno including Mostyn Street and the pier, is "
        "second. Its crime is dominated by shoplifting and by alcohol-related violence in the "
        "evening. Glyn in Colwyn Bay and Rhyl South West complete the top four. Ten of the "
        "twelve divisions are on the coast between Llandudno and Prestatyn; the only inland "
        "divisions in the list are the town centres of Denbigh and Ruthin.")
    d.p("The Rhyl Going Forward regeneration programme and the Colwyn Bay Townscape Heritage "
        "work are both important to long-term prevention in these places, and the partnership "
        "has asked to be consulted on the next phase of each.")

    d.raw("6. Anti-social behaviour")
    d.blank()
    d.p(f"North Wales Police recorded {n(ASB['T'][2])} ASB incidents in the CSP area in 2015/16. "
        "The trend differs between the counties: ASB in Conwy has fallen for the third year "
        "running, while in Denbighshire it is broadly flat.")
    d.raw("Table 6: ASB incidents, 2013/14 to 2015/16")
    d.blank()
    rows = []
    for k, lab in (("C", "Conwy"), ("D", "Denbighshire"), ("T", "CSP total")):
        v = ASB[k]
        rows.append([lab, n(v[0]), n(v[1]), n(v[2]), pct(v[2], v[1]) + "%", arrow(v[2], v[1]),
                     f(rate(k, v[2]))])
    d.raw(space_table(rows, header=["Area", "2013/14", "2014/15", "2015/16", "% change",
                                    "Trend", "Per 1,000"], gap=3))
    d.blank()
    d.p("ASB is concentrated in the same places as crime. The five divisions with the most ASB "
        "incidents per resident are listed below, ranked.")
    d.raw("Table 7: Highest ASB rate divisions, 2015/16")
    d.blank()
    asbrate = rate("T", ASB["T"][2])
    wa = sorted(WARDS, key=lambda w: -w[4] / w[2])[:5]
    rows = []
    for i, (w, cty, p, c, a) in enumerate(wa, 1):
        rr = a / p * 1000
        rows.append([str(i), w, n(a), f(rr), f(rr / asbrate, 1) + "x"])
    d.raw(space_table(rows, header=["Rank", "Division", "Incidents", "Per 1,000",
                                    "x CSP rate"], align=["r", "l", "r", "r", "r"], gap=3))
    d.blank()
    d.p("Youth-related ASB accounts for roughly one incident in four, and rises sharply during "
        "the school summer holidays. Calls about neighbour disputes and noise in houses in "
        "multiple occupation are a particular feature in Rhyl West and Rhyl South West. The "
        "joint ASB Case Review (Community Trigger) procedure received nine applications in "
        "2015/16, of which three met the threshold for a review.")
    d.p("The partnership's four-stage ASB process issued 212 first warning letters, 37 "
        "Acceptable Behaviour Contracts and secured six Criminal Behaviour Orders during the "
        "year. A Public Spaces Protection Order covering alcohol consumption in Rhyl town centre "
        "came into force in January 2016.")

    d.raw("7. Domestic abuse and violence against women")
    d.blank()
    d.p(f"Domestic abuse incidents reported to the police rose again, to {n(DAI['T'][2])} in "
        f"2015/16 from {n(DAI['T'][1])} the year before ({pct(DAI['T'][2], DAI['T'][1])}%). "
        f"Conwy recorded {n(DAI['C'][2])} incidents and Denbighshire {n(DAI['D'][2])}. The "
        "partnership regards this as a positive sign of greater confidence to report, but the "
        "scale of harm means domestic abuse remains its top priority.")
    d.raw("Table 8: Domestic abuse incidents reported to North Wales Police")
    d.blank()
    rows = []
    for k, lab in (("C", "Conwy"), ("D", "Denbighshire"), ("T", "CSP total")):
        v = DAI[k]
        rows.append([lab, n(v[0]), n(v[1]), n(v[2]), pct(v[2], v[0]) + "%", arrow(v[2], v[0]),
                     f(rate(k, v[2]))])
    d.raw(space_table(rows, header=["Area", "2013/14", "2014/15", "2015/16", "Change since 13/14",
                                    "Trend", "Per 1,000"], gap=3))
    d.raw("Change and trend in this table compare 2015/16 with 2013/14.")
    d.blank()
    d.p("The Multi-Agency Risk Assessment Conference (MARAC), which meets fortnightly in Colwyn "
        "Bay and Rhyl, heard almost four hundred cases (394) involving high-risk victims during "
        "the year, and around one in five (21%) were repeat referrals within twelve months. "
        "Roughly one case in ten involved a male victim. Independent Domestic Violence "
        "Advisers supported just over six hundred victims across the two counties.")
    d.p("The Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015 "
        "requires the local authorities and health board to publish a local strategy. The "
        "partnership will lead its development jointly with the regional VAWDASV board. "
        "Referrals to the Sexual Assault Referral Centre at Colwyn Bay rose by a quarter.")

    d.raw("8. Exploitation and organised crime")
    d.blank()
    d.p("Referrals to the child sexual exploitation (CSE) panel doubled, from 23 in 2014/15 to 46 "
        "in 2015/16, following training delivered to more than a thousand staff in schools, "
        "taxis and licensed premises. Most referrals concerned girls aged 13 to 16 and "
        "involved online grooming rather than organised networks.")
    d.p("Organised crime groups from Merseyside and the West Midlands continue to supply heroin "
        "and crack cocaine to the coastal towns using dedicated phone lines and local runners, "
        "a model now described nationally as \"county lines\". Five organised crime groups "
        "(OCGs) were mapped as active in the CSP area at the end of March 2016, three of them "
        "based outside North Wales. Cuckooing of vulnerable adults' homes was identified in "
        "Rhyl, Colwyn Bay and Abergele.")
    d.p("Seven potential victims of modern slavery were referred through the National Referral "
        "Mechanism from the two counties, most of them in connection with car washes and nail "
        "bars. The Prevent duty came into force in July 2015; a joint Channel panel for Conwy "
        "and Denbighshire now meets as required.")

    d.raw("9. Acquisitive crime")
    d.blank()
    d.p(f"Domestic burglary fell by {pct(db[2], db[1], sign=False)}% to {n(db[2])} offences. "
        f"Conwy recorded {n(data['Domestic burglary']['C'][2])} and Denbighshire "
        f"{n(data['Domestic burglary']['D'][2])}. Distraction burglary against older people "
        "remains a concern, with offenders travelling along the A55. Non-domestic burglary, "
        "much of it from sheds, outbuildings and farms, is roughly flat.")
    vo = data["Vehicle offences"]["T"]
    d.p(f"Vehicle offences fell by {pct(vo[2], vo[1], sign=False)}% to {n(vo[2])}. Thefts from "
        "vehicles at beauty spots in Snowdonia and at coastal car parks are seasonal. "
        "Shoplifting is stable overall; almost half of it is recorded in Llandudno, Rhyl and "
        "Prestatyn town centres. Rural crime, including theft of quad bikes, livestock worrying "
        "and fuel theft, is under-recorded; the Force's Rural Crime Team was established in "
        "2013 and covers both counties.")

    d.raw("10. Alcohol, drugs and the night-time economy")
    d.blank()
    d.p("About two in five violent offences recorded in the town centres of Llandudno, Rhyl and "
        "Colwyn Bay between 10pm and 4am are flagged as alcohol related. The night-time "
        "economy (NTE) in Llandudno is seasonal and linked to stag and hen parties in the "
        "summer; Rhyl's is smaller but more concentrated. The Safer Streets Llandudno scheme "
        "and the Rhyl Pubwatch continue, and the Best Bar None accreditation was launched in "
        "Llandudno in 2015.")
    d.p("The Area Planning Board for substance misuse commissions treatment across North Wales. "
        "Referrals into treatment from the two counties were 1,118, of whom 52% were "
        "primarily alcohol users. Drug-related deaths across the two counties numbered eleven "
        "in 2015, nearly twice the figure of five years earlier. New psychoactive substances "
        "were a significant issue in Rhyl until the Psychoactive Substances Act 2016 came into "
        "force in May 2016.")

    d.raw("11. Young people and reoffending")
    d.blank()
    d.p("The Conwy and Denbighshire Youth Justice Service recorded 61 first-time entrants to the "
        "youth justice system in 2015/16, down from 88 two years earlier, a fall of nearly a "
        "third. Custodial sentences for young people are now rare. The reoffending rate for the "
        "youth cohort, however, has crept up to 41%, because those remaining in the system have "
        "more complex needs.")
    d.p("Adult proven reoffending in the two counties is 27.9%, slightly above the Welsh rate "
        "of 26.4%. The Integrated Offender Management Cymru scheme manages about ninety "
        "prolific offenders, most of them for acquisitive crime linked to drug dependency. "
        "Transforming Rehabilitation has split supervision between the National Probation "
        "Service and the Wales CRC, and the partnership wants to make sure that local "
        "information-sharing survives the change.")

    d.raw("12. Fire, roads and other community safety issues")
    d.blank()
    d.p("North Wales Fire and Rescue Service attended 287 deliberate fires in the CSP area in "
        "2015/16, down from 341 the year before. Most were refuse and grass fires, with "
        "clusters in Rhyl, Kinmel Bay and on the hillsides above Llanddulas in spring. "
        "Accidental dwelling fires numbered 108; more than half involved someone living alone.")
    d.p("Road casualties are a significant source of harm in a largely rural area. In calendar "
        "year 2015, 58 people were killed or seriously injured (KSI) on roads in the two "
        "counties, against 71 in 2014. Motorcyclists, who make up about one per cent of "
        "traffic, accounted for more than a quarter of the KSI casualties, mostly on the A5, "
        "the A543 and the Horseshoe Pass (A542). The Arrive Alive partnership enforces speed "
        "limits on the main routes.")
    d.p("Hate crime remains under-reported. The police recorded 104 hate crimes in the CSP "
        "area, 71 of them racially motivated; this is a small number but a rise of more than a "
        "third on the previous year.")

    d.raw("Table 9: Other community safety measures, CSP area, three years")
    d.blank()
    other = [("Deliberate fires attended", 366, 341, 287),
             ("Accidental dwelling fires", 117, 112, 108),
             ("Killed or seriously injured (calendar year)\u00b9", 64, 71, 58),
             ("Youth first-time entrants", 88, 74, 61),
             ("Hate crimes recorded", 69, 76, 104),
             ("Drug-related deaths (calendar year)\u00b9", 8, 9, 11)]
    rows = [[a, n(x), n(y), n(z), pct(z, y) + "%", arrow(z, y)] for a, x, y, z in other]
    d.raw(space_table(rows, header=["Measure", "2013/14", "2014/15", "2015/16", "% change",
                                    "Trend"], gap=3))
    d.raw("\u00b9 Calendar years 2013, 2014 and 2015 are shown in the 2013/14, 2014/15 and 2015/16")
    d.raw("  columns respectively.")
    d.blank()
    d.p("Hate crime and drug-related deaths are the only measures in Table 9 that rose. The "
        "rise in recorded hate crime followed the launch of third-party reporting centres in Rhyl, Colwyn Bay and "
        "Llandudno, and is believed to reflect increased reporting rather than increased "
        "incidence.")

    d.raw("Data and its limitations")
    d.blank()
    d.p("Police recorded crime is affected by changes in recording practice, and the "
        "three-year comparisons in this assessment should be read with that in mind. The "
        "North Wales Police crime recording audit in 2015 found compliance of 91% for "
        "violent crime, up from 78% before the national inspection. ASB data are incident "
        "counts, not crimes, and a single problem may generate many calls.")
    d.p("Ward (electoral division) figures are based on the location of the offence, "
        "geocoded by the police; about 2% of crimes could not be located and are counted "
        "only in the county totals. Health data on assault-related attendances at Glan "
        "Clwyd and Ysbyty Gwynedd emergency departments were not available for this "
        "assessment, and neither was a breakdown of ASB by category. Population figures are "
        "the Office for National Statistics mid-2015 estimates.")

    d.raw("13. What residents told us")
    d.blank()
    d.p("The joint residents' survey in autumn 2015 received 1,412 responses. Asked which issues "
        "most affected their feeling of safety, residents most often mentioned drug dealing, "
        "speeding traffic and groups of young people. Three quarters (76%) said they felt safe "
        "walking alone in their area after dark, down from 79% two years earlier. Feelings of safety "
        "were lowest in Rhyl and highest in the Conwy valley and the Vale of Clwyd.")
    d.p("Fewer than half of respondents (44%) agreed that the police and council were dealing "
        "with the ASB and crime issues that matter in their area. The partnership recognises "
        "that it needs to communicate its work better, particularly through Welsh-language "
        "and social media channels.")

    d.raw("14. Looking back: the 2015-16 plan")
    d.blank()
    d.p("The 2015-16 Community Safety Plan had five priorities. Progress against each is "
        "summarised below, using the arrows applied throughout this assessment to the "
        "main measure for each priority.")
    d.raw(space_table([
        ["Domestic abuse", "DA incidents reported", "\u2191", "Reporting up; repeat MARAC cases still high"],
        ["Acquisitive crime", "Domestic burglary", "\u2193", "Target met; lowest level since 2012"],
        ["Anti-social behaviour", "ASB incidents", "\u2193", "Down in Conwy, flat in Denbighshire"],
        ["Substance misuse", "Treatment starts", "\u2194", "Waiting times within Welsh target"],
        ["Reoffending", "First-time entrants", "\u2193", "Fewer entrants; reoffending rate up"],
    ], header=["2015-16 priority", "Main measure", "Trend", "Comment"], align=["l", "l", "l", "l"], gap=3))
    d.blank()
    d.p("Overall, three of the five priority measures moved in the direction the partnership "
        "wanted. The rise in domestic abuse reporting is treated as positive. The partnership "
        "delivered 41 of the 48 actions in the 2015-16 action plan; the seven outstanding "
        "actions have been carried forward, and the largest of them, a joint review of CCTV "
        "provision in the coastal towns, is expected to report in the autumn.")
    d.p("The independent evaluation of the Rhyl Community Safety Hub, funded by the Police and "
        "Crime Commissioner, found that residents who used the hub were more likely to report "
        "ASB and less likely to repeat calls, and recommended that the model be tested in "
        "Colwyn Bay.")

    d.raw("15. Priorities for 2016-17")
    d.blank()
    d.p("Having weighed harm, volume, trend and public concern, the Joint CSP Board agreed the "
        "following priorities for 2016-17. They are unchanged in substance from 2015-16, but "
        "exploitation has been made a priority in its own right.")
    d.bullets([
        "Priority one: Reduce the harm caused by domestic abuse and sexual violence, including "
        "implementing the VAWDASV Act locally.",
        "Priority two: Tackle exploitation of children and vulnerable adults, including CSE, "
        "modern slavery and county lines drug supply.",
        "Priority three: Reduce crime and ASB in the priority places of Rhyl West, Rhyl South "
        "West, Tudno and Glyn, working with regeneration programmes.",
        "Priority four: Reduce reoffending, with a focus on young people and on offenders with "
        "substance misuse needs.",
    ])
    d.p("Acquisitive crime is no longer a partnership priority. It will be managed as business "
        "as usual by North Wales Police, with the partnership retaining an interest in "
        "distraction burglary against older residents.")

    d.raw("16. Recommendations")
    d.blank()
    d.p("The assessment makes the following recommendations to the Joint CSP Board:")
    recs = [
        "R1. Develop, with the regional VAWDASV board, a joint local strategy for violence "
        "against women, domestic abuse and sexual violence by March 2017, and review MARAC "
        "capacity given the volume of repeat cases.",
        "R2. Establish a single multi-agency exploitation panel for both counties, bringing "
        "together the CSE panel and the response to county lines and cuckooing.",
        "R3. Commission a problem profile of Rhyl West and Rhyl South West, covering crime, ASB, "
        "housing, health and the private rented sector, to inform the next phase of "
        "regeneration.",
        "R4. Extend the Best Bar None scheme from Llandudno to Rhyl and Colwyn Bay for the 2017 "
        "summer season.",
        "R5. Agree an information-sharing protocol with the National Probation Service and the "
        "Wales CRC so that partnership data on offenders continue to flow.",
        "R6. Ask North Wales Police to provide ASB data split into personal, nuisance and "
        "environmental categories, which were not available for this assessment.",
        "R7. Run a bilingual communication campaign telling residents what the partnership has "
        "done, in response to the survey finding that fewer than half feel issues are being "
        "dealt with.",
    ]
    d.bullets(recs, mark="-")

    d.raw("17. How the partnership works")
    d.blank()
    d.p("The Joint CSP Board is the partnership's strategic group. It meets quarterly, "
        "alternating between Bodlondeb in Conwy and County Hall in Ruthin, and is co-chaired by "
        "the North Wales Police Superintendent for the Central area, currently Superintendent "
        "Gareth Morfudd-Jones, and by a senior officer from each council in rotation; in "
        "2016-17 the council co-chair is Elin Tegwen Parry, Head of Community Support Services "
        "at Denbighshire County Council. The Board reports to the Conwy and Denbighshire Public "
        "Services Board established under the Well-being of Future Generations (Wales) Act "
        "2015, and each council's scrutiny committee examines the partnership's work once a "
        "year under the Police and Justice Act 2006.")
    d.p("A Joint Delivery Group, chaired by the Community Safety Manager, Rhodri Islwyn Jenkins, "
        "oversees action plans for each priority. Task groups report to it on domestic abuse, "
        "exploitation, ASB and reoffending. Funding for 2016-17 comprises the Police and Crime "
        "Commissioner's grant of \u00a3217,400, Welsh Government Substance Misuse Action Fund "
        "allocations managed through the Area Planning Board, and contributions in kind from "
        "both councils.")
    d.p("Performance is reported to the Board each quarter against the priority measures, using "
        "the same direction-of-travel arrows as this assessment. The next strategic assessment "
        "will be produced in spring 2017.")

    d.raw("Annex: Glossary")
    d.blank()
    for a, b in [("ASB", "anti-social behaviour"), ("CSE", "child sexual exploitation"),
                 ("CSP", "Community Safety Partnership"), ("CRC", "Community Rehabilitation Company"),
                 ("IDVA", "Independent Domestic Violence Adviser"),
                 ("KSI", "killed or seriously injured"),
                 ("MARAC", "Multi-Agency Risk Assessment Conference"),
                 ("NTE", "night-time economy"), ("OCG", "organised crime group"),
                 ("PSB", "Public Services Board"),
                 ("VAWDASV", "violence against women, domestic abuse and sexual violence")]:
        d.raw(f"{a:<10}{b}")
    return d


if __name__ == "__main__":
    doc = main()
    open(OUT, "w", encoding="utf-8").write(doc.text())
    print(OUT, len(doc.lines))
