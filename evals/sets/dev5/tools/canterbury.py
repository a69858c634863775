#!/usr/bin/env python3
"""Write the Canterbury 2023 strategic assessment (dev5). All figures invented."""
import os, random
from common import *

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "canterbury_2023_community-safety-partnership-strategic-assessment.txt")
random.seed(5202)
W = 70

WARDS = ["Barton", "Beltinge", "Blean Forest", "Chartham & Stone Street", "Chestfield",
         "Gorrell", "Greenhill", "Herne & Broomfield", "Heron", "Little Stour & Adisham",
         "Nailbourne", "Northgate", "Reculver", "Seasalter", "St Stephen's", "Sturry",
         "Swalecliffe", "Tankerton", "West Bay", "Westgate", "Wincheap"]
TOWN = ["Canterbury", "Herne Bay", "Canterbury", "Rural", "Whitstable", "Whitstable",
        "Herne Bay", "Herne Bay", "Herne Bay", "Rural", "Rural", "Canterbury", "Herne Bay",
        "Whitstable", "Canterbury", "Rural", "Whitstable", "Whitstable", "Herne Bay",
        "Canterbury", "Canterbury"]
POP = [11842, 6214, 12906, 6087, 4873, 9652, 5318, 8846, 9431, 3024, 3188, 7962, 3146, 6405,
       8217, 6538, 4392, 6021, 5774, 10148, 8433]
WT = [0.9, 0.8, 0.9, 0.55, 0.5, 1.05, 0.85, 0.7, 1.2, 0.45, 0.45, 1.35, 0.55, 0.75, 0.75, 0.6,
      0.5, 0.6, 1.1, 3.6, 1.0]
WV = [0.9, 0.85, 0.8, 0.5, 0.45, 1.1, 0.95, 0.7, 1.3, 0.4, 0.4, 1.45, 0.5, 0.75, 0.7, 0.6,
      0.45, 0.6, 1.25, 3.1, 1.0]
WA = [1.0, 0.9, 1.0, 0.5, 0.55, 1.2, 0.95, 0.75, 1.35, 0.35, 0.4, 1.4, 0.6, 0.8, 0.7, 0.65,
      0.5, 0.65, 1.2, 2.9, 0.95]
WR = [0.7, 0.3, 0.5, 0.1, 0.1, 0.6, 0.4, 0.2, 0.9, 0.05, 0.05, 1.3, 0.1, 0.3, 0.3, 0.2, 0.1,
      0.2, 0.6, 5.5, 1.0]
DPOP = sum(POP)

CRIMES = [("Violence against the person", 5184, 5566), ("Sexual offences", 498, 547),
          ("Robbery", 141, 163), ("Burglary", 712, 648), ("Vehicle offences", 734, 802),
          ("Theft (incl. shoplifting)", 3127, 3694), ("Criminal damage and arson", 1603, 1548),
          ("Drug offences", 402, 361), ("Possession of weapons", 118, 131),
          ("Public order offences", 1391, 1457), ("Miscellaneous crimes against society", 236, 257)]
T21 = sum(c[1] for c in CRIMES)
T22 = sum(c[2] for c in CRIMES)
V21, V22 = CRIMES[0][1], CRIMES[0][2]
ROB22 = CRIMES[2][2]
ASB21, ASB22 = 4318, 4076
SHOP21, SHOP22 = 1094, 1437

def sh(total, w):
    return apportion(total, [a * b * (1 + random.uniform(-0.05, 0.05)) for a, b in zip(w, POP)])

TW = sh(T22, WT)
VW22 = sh(V22, WV)
VW21 = sh(V21, [x * (1 + random.uniform(-0.12, 0.05)) for x in WV])
AW22 = sh(ASB22, WA)
AW21 = sh(ASB21, [x * (1 + random.uniform(-0.05, 0.15)) for x in WA])
RW = apportion(ROB22, WR)

BW = apportion(CRIMES[3][2], [x * y for x, y in zip([1.0, 0.8, 1.1, 0.7, 0.9, 1.0, 0.8, 0.9, 1.0, 0.02, 0.5, 1.4, 0.6, 0.9, 1.0, 0.8, 0.7, 0.9, 1.0, 2.4, 1.1], POP)])


def supp(c):
    return "-" if c == 0 else ("*" if c < 5 else n(c))


def rt(c, p=DPOP):
    return r(c / p * 1000, 1)

COMP = [("All crime", rt(T22), 96.8, 104.6), ("Violence against the person", rt(V22), 30.2, 33.1),
        ("Sexual offences", rt(547), 3.1, 3.4), ("Robbery", rt(ROB22), 0.9, 1.1),
        ("Burglary", rt(648), 3.8, 3.6), ("Theft (incl. shoplifting)", rt(3694), 19.6, 18.2),
        ("Criminal damage and arson", rt(1548), 9.4, 10.3), ("ASB incidents", rt(ASB22), 28.7, 31.5)]

CHAIR = "Suzannah Penhallow-Gibb"
VICE = "Chief Inspector Rafiq Dunstable"
OFFICER = "Nerys Aldington"
ANALYST = "Tobias Weatherall-Shah"


def heading(d, s):
    d.raw(s)
    d.raw("~" * len(s))
    d.blank()


def build():
    d = Doc(W)
    F = {"pop": DPOP, "t21": T21, "t22": T22, "v21": V21, "v22": V22, "asb21": ASB21,
         "asb22": ASB22, "shop21": SHOP21, "shop22": SHOP22}
    d.raw("Canterbury Community Safety Partnership")
    d.raw("Strategic Assessment 2023")
    d.raw("Covering Canterbury city, Whitstable, Herne Bay and the surrounding villages")
    d.raw("Data period: calendar year 2022 (1 January - 31 December), compared with 2021")
    d.blank()
    d.raw(f"Author: {ANALYST}, Community Safety Analyst, Canterbury City Council")
    d.raw("Date: March 2023          Status: Approved by the CSP Board, 21 March 2023")
    d.blank()
    heading(d, "Theme 0: How to read this assessment")
    d.p("This assessment fulfils the duty on the Canterbury Community Safety Partnership (CSP) "
        "under the Crime and Disorder Act 1998 to review crime, disorder and substance misuse "
        "each year. It compares calendar year 2022 with calendar year 2021. Both years were "
        "affected by the end of COVID-19 restrictions, which lifted fully in early 2022, so "
        "some of the increases below reflect a return to pre-pandemic activity in the city "
        "centre rather than a worsening picture.")
    d.p(f"Rates are given per 1k pop (per 1,000 residents) using the district population of "
        f"{n(DPOP)} from the 2021 Census, and ward populations from the same source. Changes "
        "between years are shown as a percentage; falls are shown in brackets, so (6%) means a "
        "fall of six per cent and 6% a rise of six per cent.")
    d.p("Small numbers: to protect victims, counts of one to four are suppressed and shown as "
        "'*'; the rate for a suppressed count is shown as 'n/a'. A dash (-) means that no "
        "offences were recorded. Suppressed values are included in district totals.")
    d.p("Comparators: 'CSP family' is the average of the fifteen community safety "
        "partnerships in Canterbury's most similar family, as published by the Home Office "
        "benchmarking tool. 'Kent' is the Kent Police force area excluding Medway. Neither "
        "comparator is available for every measure.")
    d.p("The district is made up of three main urban areas and a rural hinterland. For this "
        "assessment wards have been grouped as follows: Canterbury (Barton, Blean Forest, "
        "Northgate, St Stephen's, Westgate, Wincheap); Whitstable (Chestfield, Gorrell, "
        "Seasalter, Swalecliffe, Tankerton); Herne Bay (Beltinge, Greenhill, Herne & "
        "Broomfield, Heron, Reculver, West Bay); and Rural (Chartham & Stone Street, Little "
        "Stour & Adisham, Nailbourne, Sturry).")

    heading(d, "Theme 1: The overall picture")
    ch = (T22 - T21) / T21 * 100
    F["t_ch"] = r(ch, 0)
    d.raw("Question: Is crime going up or down?")
    d.blank()
    d.p(f"Answer: Up. Kent Police recorded {n(T22)} crimes in the Canterbury district in 2022, "
        f"against {n(T21)} in 2021, a rise of {f(ch, 0)}%. The district rate was {f(rt(T22))} "
        f"crimes per 1k pop. The largest rises were in theft (including shoplifting) and "
        "violence against the person. Burglary, criminal damage and drug offences fell.")
    rows = [[c, n(a), n(b), paren_change(b, a), f(rt(b))] for c, a, b in CRIMES]
    rows.append(["All crime", n(T21), n(T22), paren_change(T22, T21), f(rt(T22))])
    d.raw("Table A. Recorded crime by type, Canterbury district")
    d.blank()
    d.raw(space_table(rows, ["Crime type", "2021", "2022", "Change", "Rate per 1k pop (2022)"], gap=4))
    d.blank()
    F["crimes"] = {c: (a, b) for c, a, b in CRIMES}
    d.raw("Question: How do we compare with similar areas?")
    d.blank()
    d.p(f"Answer: Canterbury's overall crime rate ({f(rt(T22))} per 1k pop) is above the CSP family "
        f"average ({f(COMP[0][2])}) but below Kent ({f(COMP[0][3])}). The district stands out for "
        "theft and shoplifting, which reflect the size of the city centre retail offer and the "
        "visitor economy, and for robbery, which is concentrated in Westgate ward.")
    rows = [[m, f(a), f(b), f(c)] for m, a, b, c in COMP]
    rows.append(["Drug offences", f(rt(361)), "n/a", "2.7"])
    d.raw("Table B. Rates per 1k pop, 2022: Canterbury, CSP family and Kent")
    d.blank()
    d.raw(space_table(rows, ["Measure", "Canterbury", "CSP family", "Kent"], gap=4))
    d.blank()
    F["comp"] = {m: (a, b, c) for m, a, b, c in COMP}
    d.p("No CSP family figure is published for drug offences, shown as n/a.")
    d.raw("Question: Where does crime happen?")
    d.blank()
    towns = ["Canterbury", "Whitstable", "Herne Bay", "Rural"]
    tt = {t: sum(x for x, y in zip(TW, TOWN) if y == t) for t in towns}
    tp = {t: sum(x for x, y in zip(POP, TOWN) if y == t) for t in towns}
    F["towns"] = {t: (tt[t], tp[t], rt(tt[t], tp[t])) for t in towns}
    d.p(f"Answer: More than half of all crime ({n(tt['Canterbury'])} offences) was recorded in the "
        f"six Canterbury city wards, with Westgate, which contains the city centre, alone "
        f"accounting for {n(TW[WARDS.index('Westgate')])}. Herne Bay recorded {n(tt['Herne Bay'])} "
        f"and Whitstable {n(tt['Whitstable'])}.")
    rows = [[t, n(tp[t]), n(tt[t]), f(rt(tt[t], tp[t])), f(tt[t] / T22 * 100)] for t in towns]
    rows.append(["District", n(DPOP), n(T22), f(rt(T22)), "100.0"])
    d.raw("Table C. Crime by area, 2022")
    d.blank()
    d.raw(space_table(rows, ["Area", "Population", "Crimes", "Rate per 1k pop", "Share %"], gap=4))
    d.blank()
    rows = []
    F["tw"] = {}
    for w, p, t, tn in zip(WARDS, POP, TW, TOWN):
        rows.append([w, tn, n(p), n(t), f(rt(t, p))])
        F["tw"][w] = dict(pop=p, t22=t, rate=rt(t, p), area=tn)
    rows.append(["District total", "", n(DPOP), n(T22), f(rt(T22))])
    d.raw("Table D. All crime by ward, 2022 (wards in alphabetical order)")
    d.blank()
    d.raw(space_table(rows, ["Ward", "Area", "Population", "Crimes", "Rate per 1k pop"], gap=3,
                      align=["l", "l", "r", "r", "r"]))
    d.blank()
    d.p("Westgate's rate is many times the district rate because the ward's small resident "
        "population is set against the crime generated by the city centre's shops, bars, "
        "bus station and visitors. Ward rates for Westgate and Northgate should not be read "
        "as the risk to residents.")

    heading(d, "Theme 2: Violence and the night-time economy")
    vch = (V22 - V21) / V21 * 100
    F["v_ch"] = r(vch, 0)
    d.raw("Question: What is happening with violence?")
    d.blank()
    d.p(f"Answer: Violence against the person rose from {n(V21)} offences in 2021 to {n(V22)} in "
        f"2022 ({f(vch, 0)}%). Violence with injury rose from 1,612 to 1,743 offences; stalking and "
        "harassment, now the largest sub-group, was broadly level. Serious violence (homicide, "
        "attempted murder, grievous bodily harm and knife-enabled robbery and assault) totalled "
        "94 offences (2021: 87).")
    rows = []
    F["vw"] = {}
    for w, p, a, b in zip(WARDS, POP, VW21, VW22):
        rows.append([w, n(a), n(b), paren_change(b, a), f(rt(b, p))])
        F["vw"][w] = dict(v21=a, v22=b, rate=rt(b, p), ch=paren_change(b, a))
    rows.append(["District total", n(V21), n(V22), paren_change(V22, V21), f(rt(V22))])
    d.raw("Table E. Violence against the person by ward (alphabetical)")
    d.blank()
    d.raw(space_table(rows, ["Ward", "2021", "2022", "Change", "Rate per 1k pop (2022)"], gap=4))
    d.blank()
    d.raw("Question: Why does it matter?")
    d.blank()
    d.p("Answer: Violence causes the most harm to victims of any volume crime. In Canterbury a "
        "large share of violence is linked to the night-time economy (NTE) in the city "
        "centre, which draws in students from the University of Kent and Canterbury Christ "
        "Church University as well as visitors. Kent Police flagged 612 offences as "
        "NTE-related in 2022, against 418 in 2021, when venues were closed until mid-May.")
    d.p("Of the 612 NTE-related offences, 431 were in Westgate ward and 74 in Northgate. "
        "Seventy per cent took place between 10pm on Friday and 4am on Sunday.")
    d.raw("Question: What are we doing?")
    d.blank()
    d.bullets(["Canterbury Safe Zone on Friday and Saturday nights, staffed by volunteers and the "
               "street pastors.",
               "Best Bar None accreditation, with 27 venues accredited in 2022.",
               "Welfare and Vulnerability Engagement (WAVE) training for door staff.",
               "Student safety campaign with both universities each September."], mark="*")
    d.raw("Robbery by ward")
    d.blank()
    d.p(f"Robbery is a low-volume crime in the district ({ROB22} offences in 2022). Counts of one to "
        "four are suppressed in the table below.")
    rows = []
    F["rw"] = {}
    for w, p, c in zip(WARDS, POP, RW):
        if c == 0:
            rows.append([w, "-", "-"]); F["rw"][w] = None
        elif c < 5:
            rows.append([w, "*", "n/a"]); F["rw"][w] = None
        else:
            rows.append([w, n(c), f(rt(c, p))]); F["rw"][w] = dict(c=c, rate=rt(c, p))
    rows.append(["District total", n(ROB22), f(rt(ROB22))])
    F["rob22"] = ROB22
    d.raw("Table F. Robbery by ward, 2022")
    d.blank()
    d.raw(space_table(rows, ["Ward", "Robberies", "Rate per 1k pop"], gap=4))
    d.blank()
    F["rob_supp"] = [w for w, c in zip(WARDS, RW) if 0 < c < 5]
    F["rob_zero"] = [w for w, c in zip(WARDS, RW) if c == 0]

    d.raw("Burglary by ward")
    d.blank()
    d.p(f"Burglary fell from {n(CRIMES[3][1])} to {n(CRIMES[3][2])} offences ({paren_change(CRIMES[3][2], CRIMES[3][1])}). "
        "Residential burglary accounted for 421 of the 2022 offences and business and community "
        "burglary for 227.")
    rows = []
    F["bw"] = {}
    for w, p, c in zip(WARDS, POP, BW):
        if c < 5:
            rows.append([w, supp(c), "n/a" if c else "-"]); F["bw"][w] = None
        else:
            rows.append([w, n(c), f(rt(c, p))]); F["bw"][w] = dict(c=c, rate=rt(c, p))
    rows.append(["District total", n(CRIMES[3][2]), f(rt(CRIMES[3][2]))])
    d.raw("Table F2. Burglary by ward, 2022")
    d.blank()
    d.raw(space_table(rows, ["Ward", "Burglaries", "Rate per 1k pop"], gap=4))
    d.blank()

    heading(d, "Theme 3: Domestic abuse and violence against women and girls")
    F.update(da21=2184, da22=2297, marac21=291, marac22=318)
    d.raw("Question: What is happening?")
    d.blank()
    d.p("Answer: Kent Police recorded 2,297 domestic abuse crimes in the district in 2022, up "
        "from 2,184 (5%). A further 1,406 domestic incidents did not amount to a crime. The "
        "Canterbury MARAC heard 318 cases (2021: 291), of whom 29% had been heard before in "
        "the previous twelve months. Sexual offences rose from 498 to 547 (10%).")
    rows = [["Domestic abuse crimes", "2,184", "2,297", paren_change(2297, 2184)],
            ["Domestic abuse non-crime incidents", "1,452", "1,406", paren_change(1406, 1452)],
            ["MARAC cases heard", "291", "318", paren_change(318, 291)],
            ["MARAC repeat cases (%)", "26", "29", "n/a"],
            ["Referrals to the One Stop Shop", "604", "688", paren_change(688, 604)],
            ["Stalking protection orders", "*", "*", "n/a"],
            ["Sexual offences", "498", "547", paren_change(547, 498)]]
    d.raw("Table G. Domestic abuse and VAWG measures")
    d.blank()
    d.raw(space_table(rows, ["Measure", "2021", "2022", "Change"], gap=4))
    d.blank()
    d.p("Stalking protection orders numbered fewer than five in each year and are suppressed.")
    d.raw("Question: Why does it matter?")
    d.blank()
    d.p("Answer: Domestic abuse makes up about 41% of all violence against the person in the "
        "district. Women students have told the universities that they do not feel safe "
        "walking home at night, and the Safer Streets bid for Wincheap and Westgate, funded "
        "in 2022, responded to this.")

    heading(d, "Theme 4: Anti-social behaviour")
    d.raw("Question: What is happening?")
    d.blank()
    d.p(f"Answer: ASB incidents reported to Kent Police fell from {n(ASB21)} in 2021 to {n(ASB22)} "
        f"in 2022 ({f(abs((ASB22 - ASB21) / ASB21 * 100), 0)}% down). The council's Community "
        "Safety Unit dealt with a further 1,128 cases, mainly noise, graffiti and fly-tipping. "
        "Summer disorder on the seafront at Herne Bay and Whitstable harbour, involving groups "
        "of young people, generated 212 calls between June and August.")
    rows = []
    F["aw"] = {}
    for w, p, a, b in zip(WARDS, POP, AW21, AW22):
        rows.append([w, n(a), n(b), paren_change(b, a), f(rt(b, p))])
        F["aw"][w] = dict(a21=a, a22=b, rate=rt(b, p), ch=paren_change(b, a))
    rows.append(["District total", n(ASB21), n(ASB22), paren_change(ASB22, ASB21), f(rt(ASB22))])
    d.raw("Table H. ASB incidents reported to police, by ward (alphabetical)")
    d.blank()
    d.raw(space_table(rows, ["Ward", "2021", "2022", "Change", "Rate per 1k pop (2022)"], gap=4))
    d.blank()
    d.raw("Question: What are we doing?")
    d.blank()
    d.p("Answer: The Community Safety Unit issued 41 community protection warnings and 9 "
        "community protection notices in 2022. A public spaces protection order covering the "
        "city centre (alcohol and aggressive begging) was renewed in October 2022 for three "
        "years.")

    heading(d, "Theme 5: Shoplifting and business crime")
    sch = (SHOP22 - SHOP21) / SHOP21 * 100
    F["shop_ch"] = r(sch, 0)
    d.raw("Question: What is happening?")
    d.blank()
    d.p(f"Answer: Shoplifting rose from {n(SHOP21)} offences in 2021 to {n(SHOP22)} in 2022, a rise of "
        f"{f(sch, 0)}%. Three quarters were in Westgate ward (the Whitefriars shopping area and "
        "the high street). Retailers report that a small number of prolific offenders, many "
        "with drug dependency, account for a large share. Business crime reduction partnership "
        "membership rose to 118 businesses.")
    d.raw("Question: Why does it matter?")
    d.blank()
    d.p("Answer: The city centre economy depends on visitors feeling safe. Shop workers report "
        "abuse and threats in around one in ten shoplifting incidents.")

    heading(d, "Theme 6: Drugs, exploitation and reoffending")
    d.raw("Question: What is happening?")
    d.blank()
    d.p("Answer: Drug offences fell from 402 to 361, reflecting fewer stop and search "
        "operations. Kent Police identified four county lines supplying the district, most "
        "from London. The Youth Justice Service recorded 38 first-time entrants from the "
        "district (2021: 44). Adults in structured drug and alcohol treatment numbered 684. "
        "There were 12 drug-related deaths among district residents in 2020-2022.")
    rows = [["Drug offences", "402", "361", paren_change(361, 402)],
            ["First-time entrants (youth)", "44", "38", paren_change(38, 44)],
            ["Adults in treatment", "652", "684", paren_change(684, 652)],
            ["County lines identified", "*", "*", "n/a"],
            ["Cuckooing cases (closure orders)", "-", "*", "n/a"]]
    d.raw("Table J. Drugs and exploitation")
    d.blank()
    d.raw(space_table(rows, ["Measure", "2021", "2022", "Change"], gap=4))
    d.blank()

    heading(d, "Theme 7: Road safety and deliberate fires")
    d.p("Killed or seriously injured (KSI) road casualties in the district numbered 71 in 2022 "
        "(2021: 63). Kent Fire and Rescue Service attended 114 deliberate fires (2021: 137), "
        "most of them small refuse and grass fires in Herne Bay and Sturry.")

    heading(d, "Theme 7a: What residents told us")
    d.p("The council's residents' survey ran from September to November 2022 and received 1,846 "
        "responses. Residents were asked which issues were a 'very big' or 'fairly big' problem "
        "in their area. The results are shown below as the percentage of respondents; the % sign "
        "is given in the heading only.")
    rows = [["Speeding traffic", "52", "49"], ["Litter and fly-tipping", "47", "44"],
            ["Drug use or dealing", "31", "34"], ["Groups hanging around", "24", "29"],
            ["Drunk or rowdy behaviour", "21", "27"], ["Vandalism and graffiti", "19", "18"],
            ["Burglary", "12", "11"], ["Violence", "9", "12"]]
    d.raw("Table K. Residents' survey: problems in the local area (%)")
    d.blank()
    d.raw(space_table(rows, ["Issue", "2021", "2022"], gap=4))
    d.blank()
    d.p("Feelings of safety after dark fell: 68 per cent of respondents said they felt safe "
        "walking alone in their area after dark, against 72 per cent in 2021. Women, and "
        "respondents in Westgate, Northgate and Heron, were least likely to feel safe.")

    heading(d, "Theme 7b: Gaps in the evidence")
    d.bullets(["No health data on assault-related emergency department attendances were "
               "available for 2022 because of a change in the hospital's recording system.",
               "Ward-level domestic abuse figures are not published in this assessment.",
               "University data on student victims of crime were not available in time.",
               "Deliberate fire data are held by Kent Fire and Rescue Service by station area "
               "rather than by ward and could not be mapped.",
               "Small-number suppression limits the ward analysis of robbery and burglary."], mark="*")

    heading(d, "Theme 8: Priorities for 2023-24")
    d.p("The CSP Board agreed the following priorities on 21 March 2023. They are listed in no "
        "order of importance.")
    pri = ["Violence against women and girls, including domestic abuse",
           "Safety in the city centre and the night-time economy",
           "Anti-social behaviour, including coastal summer disorder",
           "Shoplifting and business crime",
           "Substance misuse and exploitation (county lines and cuckooing)"]
    for i, p in enumerate(pri, 1):
        d.raw(f"  ({i}) {p}")
    d.blank()
    F["pri"] = pri
    d.p("Road safety and deliberate fires will be monitored by the relevant partners but are not "
        "CSP priorities.")

    heading(d, "Theme 9: Recommendations")
    recs = [("A", "Extend the Safe Zone to Thursday student nights during term", "Canterbury City Council (Community Safety Unit)", "October 2023"),
            ("B", "Joint shoplifting problem-solving plan for Westgate with the BCRP", "Kent Police (Canterbury CSU)", "June 2023"),
            ("C", "Summer youth outreach on Herne Bay and Whitstable seafronts", "Canterbury City Council and Kent Youth Service", "July 2023"),
            ("D", "Raise referrals to the One Stop Shop from health partners", "Domestic Abuse Forum", "March 2024"),
            ("E", "Review suppression of small numbers with partners to allow ward-level robbery analysis", "CSP analyst", "September 2023")]
    for a, b, c, e in recs:
        d.raw(f"Recommendation {a}")
        d.raw(f"   What ......... {b}")
        d.raw(f"   Owner ........ {c}")
        d.raw(f"   Timescale .... {e}")
        d.blank()
    F["recs"] = recs

    heading(d, "Theme 10: Governance")
    d.p(f"The Canterbury Community Safety Partnership Board is chaired by {CHAIR}, Director of "
        f"Community Services at Canterbury City Council, with {VICE} of Kent Police (Canterbury "
        "district commander) as vice-chair. Members include Kent Fire and Rescue Service, Kent "
        "County Council, the Probation Service, NHS Kent and Medway, East Kent Housing's "
        "successor landlord services, both universities and the voluntary sector.")
    d.p(f"The Community Safety Unit, managed by {OFFICER}, coordinates delivery. The CSP reports "
        "to the council's Community Committee and to the Kent Community Safety Partnership, "
        "and is scrutinised annually by the council's Overview Committee.")
    heading(d, "Theme 11: Ward notes")
    d.p("The notes below bring together the main 2022 figures for each ward, in alphabetical "
        "order. ASB figures are incidents reported to the police; robbery and burglary counts of "
        "one to four are suppressed (*).")
    for i, w in enumerate(WARDS):
        t = F["tw"][w]; v = F["vw"][w]; a = F["aw"][w]
        rb = RW[i]; bg = BW[i]
        d.raw(f"{w} ({t['area']})")
        d.raw(f"   Residents {n(t['pop'])}; all crime {n(t['t22'])}; rate {f(t['rate'])} per 1k pop")
        d.raw(f"   Violence {n(v['v22'])} (change {v['ch']}); ASB {n(a['a22'])} (change {a['ch']})")
        d.raw(f"   Robbery {supp(rb)}; burglary {supp(bg)}")
        d.blank()

    heading(d, "Notes on the data")
    d.p("Police data were extracted on 9 January 2023 and are provisional. ASB figures are "
        "incidents, not crimes. Ward populations are from the 2021 Census and may not sum "
        "exactly to published district totals because of rounding in the source; the totals "
        "in this document are the sum of the ward figures.")
    d.raw("Abbreviations: ASB anti-social behaviour; BCRP business crime reduction partnership; "
          "CSP community")
    d.raw("safety partnership; CSU community safety unit; KSI killed or seriously injured; MARAC "
          "multi-agency")
    d.raw("risk assessment conference; NTE night-time economy; VAWG violence against women and girls.")
    return d.text(), F


if __name__ == "__main__":
    t, F = build()
    open(OUT, "w", encoding="utf-8").write(t)
    print(OUT, len(t.splitlines()), "lines", F["rob_supp"], F["rob_zero"])
