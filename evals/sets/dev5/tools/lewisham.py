#!/usr/bin/env python3
"""Write the Lewisham 2020 strategic assessment (dev5). All figures invented."""
import os, random
from common import *

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "lewisham_2020_safer-lewisham-strategic-assessment.txt")
random.seed(5101)
W = 76

WARDS = ["Bellingham", "Blackheath", "Brockley", "Catford South", "Crofton Park", "Downham",
         "Evelyn", "Forest Hill", "Grove Park", "Ladywell", "Lee Green", "Lewisham Central",
         "New Cross", "Perry Vale", "Rushey Green", "Sydenham", "Telegraph Hill", "Whitefoot"]
POP = [17412, 15268, 17893, 16544, 15187, 17206, 19873, 16012, 16935, 16381, 15006, 19466,
       18947, 16858, 17654, 17731, 16983, 15209]
# weights for total crime, violence, ASB, burglary
WT = [1.00, 0.85, 0.95, 0.90, 0.70, 0.95, 1.35, 0.85, 0.80, 0.90, 0.75, 1.90, 1.45, 0.85,
      1.50, 0.95, 1.05, 0.80]
WV = [1.05, 0.70, 0.95, 0.85, 0.60, 1.05, 1.40, 0.80, 0.85, 0.90, 0.65, 1.80, 1.50, 0.85,
      1.60, 0.95, 1.10, 0.90]
WA = [1.20, 0.80, 0.90, 0.85, 0.65, 1.10, 1.30, 0.80, 0.90, 0.95, 0.70, 1.70, 1.40, 0.80,
      1.55, 0.90, 1.00, 0.95]
WB = [0.90, 1.20, 1.10, 1.00, 1.05, 0.80, 1.00, 1.15, 0.85, 1.00, 1.25, 1.10, 1.05, 1.00,
      0.95, 1.05, 1.00, 0.80]

BOROUGH_POP = sum(POP)
GROUPS = [("Violence against the person", 8412, 8967), ("Sexual offences", 712, 781),
          ("Robbery", 1214, 1187), ("Burglary", 2398, 2203), ("Theft", 6874, 7102),
          ("Vehicle offences", 3187, 2941), ("Criminal damage and arson", 2264, 2190),
          ("Drug offences", 1106, 1342), ("Public order offences", 1788, 1913),
          ("Possession of weapons", 341, 389), ("Miscellaneous crimes against society", 402, 437)]
TOT18 = sum(g[1] for g in GROUPS)
TOT19 = sum(g[2] for g in GROUPS)
VAP18, VAP19 = GROUPS[0][1], GROUPS[0][2]
BUR19 = GROUPS[4 - 1][2]
ASB18, ASB19 = 9846, 9318

def wshare(total, w):
    return apportion(total, [a * b * (1 + random.uniform(-0.05, 0.05)) for a, b in zip(w, POP)])

T19 = wshare(TOT19, WT)
V19 = wshare(VAP19, WV)
V18 = wshare(VAP18, [x * (1 + random.uniform(-0.12, 0.06)) for x in WV])
A19 = wshare(ASB19, WA)
A18 = wshare(ASB18, [x * (1 + random.uniform(-0.1, 0.12)) for x in WA])
B19 = wshare(BUR19, WB)

def rt(c, p=BOROUGH_POP):
    return r(c / p * 1000, 1)

BR_T = rt(TOT19)
BR_V = rt(VAP19)

# comparators (per 1k pop), invented
COMP = [("All notifiable offences", rt(TOT19), 96.3, 101.8),
        ("Violence against the person", rt(VAP19), 27.9, 26.4),
        ("Sexual offences", rt(781), 2.3, 2.2),
        ("Robbery", rt(1187), 4.6, 3.9),
        ("Burglary", rt(2203), 7.9, 8.4),
        ("Theft", rt(7102), 27.4, 33.6),
        ("Vehicle offences", rt(2941), 10.3, 11.0),
        ("Knife crime", rt(548), 1.6, 1.5),
        ("Domestic abuse offences", rt(3846), 11.4, 10.2)]

# people (invented)
CHAIR = "Cllr Adaeze Marlowe-Okafor"
VICE = "Detective Superintendent Colm Ashdown-Reid"
HEAD = "Teodora Blessington"
ANALYST = "Marcus Ijeoma-Frith"

KNIFE18, KNIFE19 = 497, 548
SYV18, SYV19 = 331, 364
DA_INC18, DA_INC19 = 7326, 7681
DA_OFF18, DA_OFF19 = 3612, 3846
MARAC18, MARAC19 = 612, 688
MARAC_REP = 31
HATE18, HATE19 = 743, 812
NTE19 = 1367
DRUG_DEATHS = 19
FTE18, FTE19 = 94, 81
HOUSE = [("Lewisham Central", 1046), ("Rushey Green", 874), ("New Cross", 812)]


BTOP = [w for _, w in sorted(zip([-b / p for b, p in zip(B19, POP)], WARDS))]
ATOP = [w for _, w in sorted(zip([-a for a in A19], WARDS))]
TTOP = [w for _, w in sorted(zip([-t for t in T19], WARDS))]
VTOP = [w for _, w in sorted(zip([-v for v in V19], WARDS))]


def build():
    d = Doc(W)
    F = {}
    d.raw("SAFER LEWISHAM PARTNERSHIP".center(W).rstrip())
    d.raw("Strategic Assessment 2020".center(W).rstrip())
    d.raw("Crime and disorder in the London Borough of Lewisham, January to December 2019".center(W).rstrip())
    d.blank()
    d.raw("Version 1.2 (final) - February 2020")
    d.raw(f"Prepared by: {ANALYST}, Senior Community Safety Analyst, London Borough of Lewisham")
    d.raw("Classification: OFFICIAL")
    d.blank()
    d.raw("Contents")
    d.raw("--------")
    chapters = ["Introduction and method", "Overview of crime in 2019", "Violence",
                "Domestic abuse and violence against women and girls", "Anti-social behaviour",
                "Burglary, robbery and vehicle crime", "Night-time economy",
                "Drugs, exploitation and reoffending", "Hate crime and community tension",
                "Priorities for 2020-21", "Recommendations", "Governance and delivery",
                "Ward summary tables"]
    for i, c in enumerate(chapters, 1):
        d.raw(f"  Chapter {i} - {c}")
    d.raw("  Glossary of abbreviations")
    d.blank()

    # ---------------- Chapter 1
    d.raw("Chapter 1 - Introduction and method")
    d.raw("=" * 35)
    d.blank()
    d.p("The Crime and Disorder Act 1998 requires every community safety partnership to "
        "prepare an annual strategic assessment of crime, disorder, substance misuse and "
        "reoffending in its area. This document is the strategic assessment of the Safer "
        "Lewisham Partnership (SLP). It informs the partnership's priorities for the "
        "financial year 2020-21 and the refresh of the Safer Lewisham Plan.")
    d.p("Unlike earlier Lewisham assessments, which compared financial years, this edition "
        "uses calendar years. All police-recorded figures relate to January to December "
        "2019 and are compared with January to December 2018. Where a figure refers to a "
        "different period this is stated in the text beside it.")
    d.p(f"Rates are expressed per 1k pop, that is per 1,000 residents, using the 2019 mid-year "
        f"population estimate for the borough of {n(BOROUGH_POP)} and the ward estimates given in "
        "Chapter 13. Percentages in tables carry the % sign in the column heading only, so a "
        "cell reading -5.6 under 'Change (%)' means a fall of 5.6 per cent.")
    d.p("Ward tables in this assessment list the eighteen wards in alphabetical order rather "
        "than by rank, so that readers can find their own ward quickly. The column headed "
        "'Diff. from borough avg' gives the ward rate minus the borough rate, in crimes per "
        "1k pop.")
    d.p("Comparator figures use two groups. 'London' is the Metropolitan Police Service area "
        "as a whole. 'Statistical neighbours' is the average of the boroughs that the "
        "Mayor's Office for Policing and Crime treats as most similar to Lewisham in "
        "population, deprivation and density: Southwark, Lambeth, Greenwich, Hackney and "
        "Haringey. No individual figures for those boroughs are given here.")
    d.p("Data sources: Metropolitan Police crime and incident records (extracted 14 January "
        "2020); London Fire Brigade deliberate fire data; Lewisham Council ASB case "
        "management records; the MARAC coordinator's returns; the Youth Offending Service; "
        "and Public Health Lewisham for substance misuse and drug-related deaths. The "
        "figures are provisional and may differ slightly from published statistics.")
    d.p("Small numbers: where fewer than five incidents fall in a cell the value has been "
        "grouped rather than shown, to protect victims. No such cells occur in the ward "
        "tables of this edition.")

    # ---------------- Chapter 2
    d.raw("Chapter 2 - Overview of crime in 2019")
    d.raw("=" * 37)
    d.blank()
    ch = (TOT19 - TOT18) / TOT18 * 100
    F["tot18"], F["tot19"], F["tot_ch"] = TOT18, TOT19, r(ch, 1)
    F["br_t"] = BR_T
    d.raw(box("Key findings", [
        f"{n(TOT19)} notifiable offences were recorded in 2019, against {n(TOT18)} in 2018 "
        f"(a change of {plain_change(TOT19, TOT18)} per cent).",
        f"The borough rate was {f(BR_T)} crimes per 1k pop, below both the London rate of "
        f"{f(COMP[0][3])} and the statistical neighbours average of {f(COMP[0][2])}.",
        f"Violence against the person rose to {n(VAP19)} offences and is now "
        f"{f(VAP19 / TOT19 * 100)} per cent of all crime.",
        f"Burglary fell for the second year running, to {n(BUR19)} offences.",
        f"{TTOP[0]}, {TTOP[1]} and {TTOP[2]} recorded the most crime.",
    ]))
    d.blank()
    d.raw("What is happening?")
    d.blank()
    d.p(f"Recorded crime in Lewisham rose in 2019. There were {n(TOT19)} notifiable offences, "
        f"{n(TOT19 - TOT18)} more than in 2018. Most of the increase came from violence against "
        "the person, drug offences and public order offences, all of which are sensitive to "
        "police activity and recording practice. Acquisitive crime, with the exception of "
        "theft, fell.")
    rows = []
    for g, a, b in GROUPS:
        rows.append([g, n(a), n(b), plain_change(b, a), f(rt(b)), f(b / TOT19 * 100)])
    rows.append(["All notifiable offences", n(TOT18), n(TOT19), plain_change(TOT19, TOT18),
                 f(BR_T), "100.0"])
    d.raw("Table 2.1  Notifiable offences by crime group, 2018 and 2019")
    d.blank()
    d.raw(md_table(rows, ["Crime group", "2018", "2019", "Change (%)", "Per 1k pop",
                          "Share of 2019 (%)"]))
    d.blank()
    d.raw("Source: Metropolitan Police Service, crime records extracted January 2020.")
    d.blank()
    F["groups"] = {g: (a, b) for g, a, b in GROUPS}
    d.raw("How does Lewisham compare?")
    d.blank()
    d.p("Table 2.2 compares Lewisham with its statistical neighbours and with London for "
        "2019. All figures are crimes per 1k pop. A Lewisham rate below both comparators "
        "is usually taken as a sign of relative safety, though rates for offences with low "
        "reporting, such as domestic abuse, should be read with care.")
    rows = [[m, f(a), f(b), f(c)] for m, a, b, c in COMP]
    d.raw("Table 2.2  Lewisham compared with statistical neighbours and London, 2019 (per 1k pop)")
    d.blank()
    d.raw(md_table(rows, ["Measure", "Lewisham", "Statistical neighbours", "London"]))
    d.blank()
    F["comp"] = {m: (a, b, c) for m, a, b, c in COMP}
    d.p("Lewisham sits below London for all crime, theft and burglary, but above both "
        "comparators for violence against the person, sexual offences, knife crime and "
        "domestic abuse offences. This pattern has been stable for three years and "
        "underlines the partnership's focus on violence and on harm to women and girls.")
    d.raw("Why does it matter?")
    d.blank()
    d.p("Residents' survey results show that fear of crime in Lewisham is shaped mainly by "
        "visible disorder and by violence involving young people. The 2019 Lewisham "
        "residents' survey found that 71 per cent of respondents felt safe outside in their "
        "local area after dark, down from 74 per cent in 2018. Feelings of safety were lowest "
        "among respondents living in Rushey Green and Lewisham Central.")

    # ---------------- Chapter 3 Violence
    d.raw("Chapter 3 - Violence")
    d.raw("=" * 20)
    d.blank()
    vch = (VAP19 - VAP18) / VAP18 * 100
    F["vap_ch"] = r(vch, 1)
    F["br_v"] = BR_V
    d.raw(box("Key findings", [
        f"Violence against the person: {n(VAP19)} offences in 2019, up from {n(VAP18)} "
        f"({f(vch)}%).",
        f"Knife crime: {n(KNIFE19)} offences, up from {n(KNIFE18)} in 2018.",
        f"Serious youth violence (victims aged 1-19): {n(SYV19)} offences, up from {n(SYV18)}.",
        f"The borough violence rate was {f(BR_V)} per 1k pop; the London rate was "
        f"{f(COMP[1][3])}.",
        f"Four wards - {VTOP[0]}, {VTOP[1]}, {VTOP[2]} and {VTOP[3]} - account for "
        "over a third of all violence.",
    ]))
    d.blank()
    d.raw("What is happening?")
    d.blank()
    d.p(f"Violence against the person rose by {f(vch)} per cent to {n(VAP19)} offences. Violence "
        "without injury, which includes common assault, harassment and stalking, accounts for "
        "most of the growth. Violence with injury was broadly level at 2,874 offences "
        "(2,861 in 2018).")
    d.p(f"Knife crime (offences in which a knife or sharp instrument was used or threatened) "
        f"rose from {n(KNIFE18)} to {n(KNIFE19)}. Knife crime with injury among victims under 25 "
        "fell from 88 to 79 offences, which is encouraging given the rise in the overall count. "
        f"Serious youth violence rose from {n(SYV18)} to {n(SYV19)} offences.")
    d.p("There were four homicides in Lewisham in 2019, compared with six in 2018. "
        "Two of the 2019 victims were under 25.")
    rows = []
    F["vw"] = {}
    for w, p, a, b in zip(WARDS, POP, V18, V19):
        rate_w = rt(b, p)
        diff = r(rate_w - BR_V, 1)
        rows.append([w, n(a), n(b), plain_change(b, a), f(rate_w),
                     ("+" if diff >= 0 else "-") + f(abs(diff))])
        F["vw"][w] = dict(v18=a, v19=b, rate=rate_w, diff=diff, ch=r((b - a) / a * 100, 1), pop=p)
    rows.append(["Lewisham borough", n(VAP18), n(VAP19), plain_change(VAP19, VAP18), f(BR_V), "0.0"])
    d.raw("Table 3.1  Violence against the person by ward (alphabetical), 2018 and 2019")
    d.blank()
    d.raw(md_table(rows, ["Ward", "2018", "2019", "Change (%)", "Per 1k pop",
                          "Diff. from borough avg"]))
    d.blank()
    d.p("Wards are listed alphabetically. The highest rates are in the town-centre wards, "
        "where the night-time economy, transport hubs and the shopping centre bring large "
        "numbers of non-residents; a per-resident rate therefore overstates the risk to "
        "people who live there.")
    d.raw("Why does it matter?")
    d.blank()
    d.p("Violence causes the greatest harm of any crime type considered here. Young people "
        "in Lewisham tell the Youth Offending Service that carrying a knife is often about "
        "feeling safe rather than intent to harm, and that the journey to and from school is "
        "where they feel least safe. Hospital data from the emergency departments at "
        "University Hospital Lewisham show 412 assault attendances by Lewisham residents in "
        "2019, of which 96 involved a sharp object.")
    d.raw("What are we doing?")
    d.blank()
    d.bullets([
        "The Lewisham Violence Reduction Plan, drawn up with the London Violence Reduction "
        "Unit, funds youth workers in the emergency department and in custody suites.",
        "Weapon sweeps and targeted patrols in Lewisham Central and Rushey Green.",
        "A schools programme on knife crime and exploitation delivered in all secondary schools.",
        "Problem-solving plans for the four highest-rate wards, reviewed monthly by the "
        "Partnership Tasking Group.",
    ], mark="-")

    # ---------------- Chapter 4 DA/VAWG
    d.raw("Chapter 4 - Domestic abuse and violence against women and girls")
    d.raw("=" * 63)
    d.blank()
    F.update(da_inc18=DA_INC18, da_inc19=DA_INC19, da_off18=DA_OFF18, da_off19=DA_OFF19,
             marac18=MARAC18, marac19=MARAC19, marac_rep=MARAC_REP)
    d.raw(box("Key findings", [
        f"Domestic abuse incidents: {n(DA_INC19)} (2018: {n(DA_INC18)}).",
        f"Domestic abuse offences: {n(DA_OFF19)} (2018: {n(DA_OFF18)}), a rate of "
        f"{f(rt(DA_OFF19))} per 1k pop against {f(COMP[8][3])} for London.",
        f"MARAC heard {MARAC19} cases in 2019, up from {MARAC18}; {MARAC_REP}% were repeat cases.",
        "Sexual offences rose to 781, of which 263 were rapes.",
    ]))
    d.blank()
    d.raw("What is happening?")
    d.blank()
    d.p(f"The police recorded {n(DA_INC19)} domestic abuse incidents in 2019, of which {n(DA_OFF19)} "
        f"were recorded as crimes. The proportion of incidents recorded as offences rose from "
        f"{f(DA_OFF18 / DA_INC18 * 100)} per cent to {f(DA_OFF19 / DA_INC19 * 100)} per cent, "
        "reflecting improved crime recording rather than a change in underlying abuse.")
    d.p(f"The Multi-Agency Risk Assessment Conference (MARAC) heard {MARAC19} cases, against "
        f"{MARAC18} in 2018. The repeat rate was {MARAC_REP} per cent, within the SafeLives "
        "recommended range of 28 to 40 per cent. Referrals from health partners made up only "
        "6 per cent of the total, which is low.")
    d.p("Sexual offences rose from 712 to 781. Of the 2019 offences, 263 were rapes (2018: 241). "
        "Around a third of sexual offences were reported more than a year after they took place.")
    rows = [["Domestic abuse incidents", n(DA_INC18), n(DA_INC19), plain_change(DA_INC19, DA_INC18)],
            ["Domestic abuse offences", n(DA_OFF18), n(DA_OFF19), plain_change(DA_OFF19, DA_OFF18)],
            ["Domestic abuse offences with injury", "1,047", "1,096", plain_change(1096, 1047)],
            ["MARAC cases heard", n(MARAC18), n(MARAC19), plain_change(MARAC19, MARAC18)],
            ["Rape offences", "241", "263", plain_change(263, 241)],
            ["Stalking offences", "198", "274", plain_change(274, 198)],
            ["Female genital mutilation referrals", "n/a", "14", "n/a"]]
    d.raw("Table 4.1  Domestic abuse and VAWG measures, 2018 and 2019")
    d.blank()
    d.raw(md_table(rows, ["Measure", "2018", "2019", "Change (%)"]))
    d.blank()
    d.p("FGM referrals were not collected in a comparable way in 2018 and are shown as n/a.")
    d.raw("Why does it matter?")
    d.blank()
    d.p("Domestic abuse accounts for around one in three violence with injury offences in "
        "Lewisham and for a large share of the demand on children's social care. The borough "
        "domestic abuse offence rate is above both comparator groups. Domestic homicide "
        "reviews commissioned by the partnership since 2016 have each found missed "
        "opportunities to share information between agencies.")
    d.raw("What are we doing?")
    d.blank()
    d.bullets([
        "Recommissioning the independent domestic violence advisor service from April 2020.",
        "Training GP practices to identify and refer domestic abuse (IRIS programme).",
        "A VAWG strategy refresh for 2020-2024, led by the VAWG Strategic Group.",
    ], mark="-")

    # ---------------- Chapter 5 ASB
    d.raw("Chapter 5 - Anti-social behaviour")
    d.raw("=" * 33)
    d.blank()
    F.update(asb18=ASB18, asb19=ASB19)
    d.raw(box("Key findings", [
        f"ASB calls to police fell from {n(ASB18)} in 2018 to {n(ASB19)} in 2019 "
        f"({plain_change(ASB19, ASB18)}%).",
        "Council ASB cases opened: 1,482 (2018: 1,391).",
        "Deliberate fires attended by London Fire Brigade: 176 (2018: 203).",
        f"{ATOP[0]} had the most ASB calls; {ATOP[-1]} the fewest.",
    ]))
    d.blank()
    d.raw("What is happening?")
    d.blank()
    d.p(f"The police received {n(ASB19)} calls about anti-social behaviour in 2019, "
        f"{n(ASB18 - ASB19)} fewer than in 2018. Rowdy and inconsiderate behaviour remains the "
        "largest category. Calls about vehicle nuisance, including off-road motorbikes in the "
        "south of the borough, increased.")
    rows = []
    F["aw"] = {}
    for w, p, a, b in zip(WARDS, POP, A18, A19):
        rows.append([w, n(a), n(b), plain_change(b, a), f(rt(b, p))])
        F["aw"][w] = dict(a18=a, a19=b, rate=rt(b, p), ch=r((b - a) / a * 100, 1))
    rows.append(["Lewisham borough", n(ASB18), n(ASB19), plain_change(ASB19, ASB18), f(rt(ASB19))])
    F["br_a"] = rt(ASB19)
    d.raw("Table 5.1  ASB calls to police by ward (alphabetical), 2018 and 2019")
    d.blank()
    d.raw(md_table(rows, ["Ward", "2018", "2019", "Change (%)", "Per 1k pop"]))
    d.blank()
    d.raw("Why does it matter?")
    d.blank()
    d.p("ASB is the issue residents raise most often at ward assemblies. Persistent ASB in "
        "and around housing estates has a cumulative effect on victims, and the partnership's "
        "case reviews (community triggers) show that vulnerable victims are often reporting to "
        "more than one agency without the agencies joining up.")
    d.p("Seven community trigger applications were received in 2019; three met the threshold "
        "for a case review.")

    # ---------------- Chapter 6 Acquisitive
    d.raw("Chapter 6 - Burglary, robbery and vehicle crime")
    d.raw("=" * 47)
    d.blank()
    rob18, rob19 = GROUPS[2][1], GROUPS[2][2]
    veh18, veh19 = GROUPS[5][1], GROUPS[5][2]
    bur18 = GROUPS[3][1]
    d.raw(box("Key findings", [
        f"Burglary: {n(BUR19)} offences (2018: {n(bur18)}), {f(rt(BUR19))} per 1k pop.",
        f"Robbery: {n(rob19)} offences (2018: {n(rob18)}); personal robbery of young people "
        "remains a concern.",
        f"Vehicle offences: {n(veh19)} (2018: {n(veh18)}).",
        f"{BTOP[0]} and {BTOP[1]} have the highest burglary rates.",
    ]))
    d.blank()
    d.raw("What is happening?")
    d.blank()
    d.p(f"Burglary fell from {n(bur18)} to {n(BUR19)} offences, a fall of "
        f"{f(abs((BUR19 - bur18) / bur18 * 100))} per cent. Residential burglary made up about "
        "three quarters of the total. Burglary is more evenly spread across the borough than "
        "violence, and the highest rates are in the more affluent north-east wards.")
    rows = []
    F["bw"] = {}
    for w, p, b in zip(WARDS, POP, B19):
        rw = rt(b, p)
        diff = r(rw - rt(BUR19), 1)
        rows.append([w, n(p), n(b), f(rw), ("+" if diff >= 0 else "-") + f(abs(diff))])
        F["bw"][w] = dict(b19=b, rate=rw, diff=diff)
    rows.append(["Lewisham borough", n(BOROUGH_POP), n(BUR19), f(rt(BUR19)), "0.0"])
    d.raw("Table 6.1  Burglary by ward (alphabetical), 2019")
    d.blank()
    d.raw(md_table(rows, ["Ward", "Population", "Burglaries", "Per 1k pop",
                          "Diff. from borough avg"]))
    d.blank()
    d.p(f"Robbery fell slightly, from {n(rob18)} to {n(rob19)} offences. Around 44 per cent of "
        "robbery victims were aged under 18, and most robberies of young people took place "
        "between 3pm and 7pm on school days, close to transport interchanges at Lewisham, "
        "Catford and New Cross.")
    d.p(f"Vehicle offences fell from {n(veh18)} to {n(veh19)}. Thefts of catalytic converters "
        "and of mopeds rose, while thefts from vehicles fell.")
    d.raw("Why does it matter?")
    d.blank()
    d.p("Although acquisitive crime is falling, it affects large numbers of residents and "
        "drives fear of crime. Moped-enabled phone snatches are linked to organised groups "
        "operating across south-east London.")

    # ---------------- Chapter 7 NTE
    d.raw("Chapter 7 - Night-time economy")
    d.raw("=" * 30)
    d.blank()
    F["nte19"] = NTE19
    d.raw(box("Key findings", [
        f"{n(NTE19)} crimes were flagged as linked to the night-time economy (NTE) in 2019.",
        "Deptford High Street and Lewisham town centre are the two NTE hotspots.",
        "Friday and Saturday nights between 10pm and 3am account for 58% of NTE crime.",
    ]))
    d.blank()
    d.p("The night-time economy in Lewisham is smaller than in neighbouring boroughs, but "
        "Deptford High Street has grown rapidly as a destination since 2016 and now has "
        "more than forty licensed premises within a few hundred metres. Lewisham town centre "
        "has a mix of bars, fast food outlets and the transport hub.")
    rows = [["Deptford High Street (New Cross / Evelyn)", "612", "44.8"],
            ["Lewisham town centre (Lewisham Central)", "503", "36.8"],
            ["Catford town centre (Rushey Green)", "171", "12.5"],
            ["Elsewhere", "81", "5.9"],
            ["All NTE-flagged crime", n(NTE19), "100.0"]]
    d.raw("Table 7.1  NTE-flagged crime by location, 2019")
    d.blank()
    d.raw(md_table(rows, ["Location", "Crimes", "Share (%)"]))
    d.blank()
    d.p("The Lewisham licensing authority reviewed three premises licences in 2019 following "
        "representations from the police. A cumulative impact assessment for Deptford is under "
        "consideration.")

    # ---------------- Chapter 8 Drugs
    d.raw("Chapter 8 - Drugs, exploitation and reoffending")
    d.raw("=" * 47)
    d.blank()
    d.raw(box("Key findings", [
        "Drug offences rose to 1,342 (2018: 1,106), driven by proactive stop and search.",
        f"{DRUG_DEATHS} drug-related deaths were registered for Lewisham residents in 2017-2019.",
        "Police identified 11 county lines operating from the borough at December 2019.",
        f"First-time entrants to the youth justice system fell from {FTE18} to {FTE19}.",
        "The proven reoffending rate for adults was 27.8%.",
    ]))
    d.blank()
    F.update(fte18=FTE18, fte19=FTE19, drug_deaths=DRUG_DEATHS)
    d.p("Drug offences, most of them possession of cannabis, rose by 21.3 per cent. This rise "
        "reflects police activity, in particular proactive stop and search, rather than a "
        "change in drug use. Crack cocaine and heroin "
        "markets in the borough remain linked to county lines supplying towns in Kent, Sussex "
        "and East Anglia.")
    d.p("At December 2019 the police had identified 11 county lines operating from Lewisham. "
        "The Lewisham exploitation panel discussed 87 young people at risk of criminal "
        "exploitation during 2019, up from 64 in 2018.")
    d.p(f"First-time entrants to the youth justice system fell from {FTE18} in 2018 to {FTE19} in 2019. "
        "The proven reoffending rate for young people was 41.2 per cent and for adults 27.8 "
        "per cent (cohort July 2017 to June 2018).")
    rows = [["Drug offences", "1,106", "1,342"], ["Young people at risk of exploitation", "64", "87"],
            ["County lines identified (at December)", "9", "11"],
            ["First-time entrants (youth justice)", str(FTE18), str(FTE19)],
            ["Adults in treatment for opiates and crack", "1,204", "1,187"],
            ["Drug-related deaths (three-year total)", "n/a", str(DRUG_DEATHS)]]
    d.raw("Table 8.1  Drugs, exploitation and reoffending measures")
    d.blank()
    d.raw(md_table(rows, ["Measure", "2018", "2019"]))
    d.blank()
    d.p("The drug-related death figure covers deaths registered in 2017-2019 and is published "
        "only as a three-year total.")

    # ---------------- Chapter 9 Hate
    d.raw("Chapter 9 - Hate crime and community tension")
    d.raw("=" * 44)
    d.blank()
    F.update(hate18=HATE18, hate19=HATE19)
    d.raw(box("Key findings", [
        f"Hate crimes: {HATE19} in 2019 (2018: {HATE18}).",
        "Racist and religious hate crime is 78% of the total.",
        "Homophobic hate crime rose from 61 to 84 offences.",
    ]))
    d.blank()
    d.p(f"The police recorded {HATE19} hate crimes in 2019, up from {HATE18}. Racist and religious hate "
        "crime made up 78 per cent. Homophobic hate crime rose from 61 to 84 offences and "
        "disability hate crime from 19 to 23. Increased reporting is welcomed, and the "
        "partnership's third-party reporting centres in libraries took 57 reports.")
    d.p("Prevent referrals from Lewisham agencies numbered 38 in 2019. The tension monitoring "
        "group met monthly and after the general election in December.")

    # ---------------- Chapter 10 Priorities
    d.raw("Chapter 10 - Priorities for 2020-21")
    d.raw("=" * 35)
    d.blank()
    d.p("The partnership's Executive Board agreed four priorities for 2020-21 at its meeting on "
        "28 January 2020, based on the harm, volume and trend analysis in this assessment:")
    d.raw("  Priority 1: Reduce violence, including knife crime and serious youth violence")
    d.raw("  Priority 2: Tackle violence against women and girls, including domestic abuse")
    d.raw("  Priority 3: Reduce anti-social behaviour in the highest-demand wards")
    d.raw("  Priority 4: Protect young people from exploitation and county lines")
    d.blank()
    d.p("Hate crime and the night-time economy are retained as areas to monitor rather than as "
        "priorities. Burglary, which has fallen for two years, is no longer a priority.")

    # ---------------- Chapter 11 Recommendations
    d.raw("Chapter 11 - Recommendations")
    d.raw("=" * 28)
    d.blank()
    recs = [("R1", "Extend emergency department youth workers to weekends", "VRU lead, Public Health", "By June 2020"),
            ("R2", "Ward problem-solving plans for Lewisham Central and Rushey Green", "Met Police (SE BCU)", "By April 2020"),
            ("R3", "Raise health referrals to MARAC to 10% of the total", "VAWG Strategic Group", "By March 2021"),
            ("R4", "Commission a cumulative impact assessment for Deptford", "Licensing Manager", "By September 2020"),
            ("R5", "Single ASB case system shared by council and housing providers", "Head of Community Safety", "By December 2020"),
            ("R6", "Exploitation panel to report quarterly to the Executive Board", "Youth Offending Service", "From July 2020")]
    d.raw(md_table([list(x) for x in recs], ["No.", "Recommendation", "Owner", "Timescale"],
                   align=["l", "l", "l", "l"]))
    d.blank()
    F["recs"] = recs

    # ---------------- Chapter 12 Governance
    d.raw("Chapter 12 - Governance and delivery")
    d.raw("=" * 36)
    d.blank()
    d.p(f"The Safer Lewisham Partnership Executive Board is chaired by {CHAIR}, Cabinet Member for "
        f"Safer Communities. The vice-chair is {VICE}, Metropolitan Police South East Basic "
        "Command Unit. The Board meets quarterly and reports to the Lewisham Strategic "
        "Partnership and to the council's Safer Stronger Communities Select Committee.")
    d.p(f"The assessment was produced by the council's Community Safety Service, led by {HEAD}, "
        "Head of Community Safety, with analysis by the Safer Lewisham analyst team.")
    d.p("Three delivery groups report to the Executive Board: the Violence Reduction Delivery "
        "Group, the VAWG Strategic Group and the Partnership Tasking Group (ASB and "
        "place-based problem solving). The Youth Justice Management Board reports jointly to "
        "the Executive Board and to the Children and Young People's Partnership.")

    # ---------------- Chapter 13 Ward summaries
    d.raw("Chapter 13 - Ward summary tables")
    d.raw("=" * 32)
    d.blank()
    d.p("This chapter gives total notifiable offences by ward for 2019, in alphabetical order, "
        "with the difference from the borough average rate of "
        f"{f(BR_T)} per 1k pop.")
    rows = []
    F["tw"] = {}
    for w, p, t in zip(WARDS, POP, T19):
        rw = rt(t, p)
        diff = r(rw - BR_T, 1)
        rows.append([w, n(p), n(t), f(rw), ("+" if diff >= 0 else "-") + f(abs(diff))])
        F["tw"][w] = dict(t19=t, rate=rw, diff=diff, pop=p)
    rows.append(["Lewisham borough", n(BOROUGH_POP), n(TOT19), f(BR_T), "0.0"])
    d.raw("Table 13.1  All notifiable offences by ward (alphabetical), 2019")
    d.blank()
    d.raw(md_table(rows, ["Ward", "Population", "Crimes", "Per 1k pop", "Diff. from borough avg"]))
    d.blank()
    d.p("Ward profiles. The notes below summarise each ward's position. Figures are for 2019.")
    for w in WARDS:
        t = F["tw"][w]; v = F["vw"][w]; a = F["aw"][w]; b = F["bw"][w]
        d.raw(f"{w}")
        d.raw(f"  Population ........................ {n(t['pop'])}")
        d.raw(f"  All crime (per 1k pop) ............ {n(t['t19'])} ({f(t['rate'])})")
        d.raw(f"  Violence against the person ....... {n(v['v19'])}")
        d.raw(f"  ASB calls to police ............... {n(a['a19'])}")
        d.raw(f"  Burglary .......................... {n(b['b19'])}")
        d.blank()
    # glossary
    d.raw("Glossary of abbreviations")
    d.raw("=" * 25)
    d.blank()
    gl = [("ASB", "Anti-social behaviour"), ("BCU", "Basic Command Unit (Metropolitan Police)"),
          ("CSP", "Community safety partnership"), ("DA", "Domestic abuse"),
          ("DHR", "Domestic homicide review"), ("FGM", "Female genital mutilation"),
          ("FTE", "First-time entrant to the youth justice system"),
          ("IDVA", "Independent domestic violence advisor"),
          ("IRIS", "Identification and Referral to Improve Safety (GP programme)"),
          ("LFB", "London Fire Brigade"),
          ("MARAC", "Multi-Agency Risk Assessment Conference"),
          ("MOPAC", "Mayor's Office for Policing and Crime"),
          ("MPS", "Metropolitan Police Service"), ("NTE", "Night-time economy"),
          ("per 1k pop", "per 1,000 residents"), ("SLP", "Safer Lewisham Partnership"),
          ("SYV", "Serious youth violence (victims aged 1-19)"),
          ("VAP", "Violence against the person"),
          ("VAWG", "Violence against women and girls"), ("VRU", "Violence Reduction Unit"),
          ("YOS", "Youth Offending Service")]
    for a, b in gl:
        d.raw(f"{a:<12}{b}")
    d.blank()
    d.raw("End of document")
    return d.text(), F


if __name__ == "__main__":
    t, F = build()
    open(OUT, "w", encoding="utf-8").write(t)
    print(OUT, len(t.splitlines()), "lines")
