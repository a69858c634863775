from common import *

POP = 201600
HH = 91300
PER = 100000
D = Doc(width=92)

off = [
    ("Violence against the person", 3402, 4188),
    ("Sexual offences", 288, 356),
    ("Robbery", 96, 104),
    ("Domestic burglary", 612, 598),
    ("Non-domestic burglary", 540, 521),
    ("Vehicle offences", 802, 871),
    ("Theft from the person", 74, 81),
    ("Bicycle theft", 206, 192),
    ("Shoplifting", 1512, 1634),
    ("All other theft offences", 1388, 1460),
    ("Criminal damage and arson", 2410, 2688),
    ("Drug offences", 428, 391),
    ("Possession of weapons offences", 71, 98),
    ("Public order offences", 465, 913),
    ("Miscellaneous crimes against society", 114, 118),
]
T15 = sum(a for _, a, b in off)
T16 = sum(b for _, a, b in off)
O = {k: (a, b) for k, a, b in off}
ASB15, ASB16 = 10842, 9915
DAI15, DAI16 = 4436, 4702
DAC15, DAC16 = 1654, 1968
VWI15, VWI16 = 1366, 1521
HATE15, HATE16 = 212, 268

def g(c):
    return f(rate(c, POP, PER), 1)

wards = [
    ("Birtley", 8600, 528, 402),
    ("Blaydon", 10900, 742, 512),
    ("Bridges", 7900, 1986, 1118),
    ("Chopwell and Rowlands Gill", 8900, 402, 318),
    ("Chowdene", 9300, 388, 301),
    ("Crawcrook and Greenside", 8700, 312, 244),
    ("Deckham", 9500, 934, 708),
    ("Dunston and Teams", 9000, 1112, 652),
    ("Dunston Hill and Whickham East", 9200, 376, 289),
    ("Felling", 8900, 1061, 769),
    ("High Fell", 9600, 846, 621),
    ("Lamesley", 9100, 498, 366),
    ("Lobley Hill and Bensham", 10800, 1124, 793),
    ("Low Fell", 9400, 356, 258),
    ("Pelaw and Heworth", 8800, 472, 357),
    ("Ryton, Crookhill and Stella", 8500, 298, 231),
    ("Saltwell", 10100, 802, 588),
    ("Wardley and Leam Lane", 8700, 462, 379),
    ("Whickham North", 8300, 318, 212),
    ("Whickham South and Sunniside", 8600, 236, 174),
    ("Windy Nook and Whitehills", 9100, 584, 441),
    ("Winlaton and High Spen", 9700, 376, 182),
]
assert sum(w[1] for w in wards) == POP
assert sum(w[2] for w in wards) == T16
assert sum(w[3] for w in wards) == ASB16
W = {w[0]: w for w in wards}
def wr(name, i):
    return f(W[name][i] / W[name][1] * 1000, 1)

quarters = [
    ("All recorded crime", [3498, 3792, 3561, None]),
    ("Violence against the person", [1012, 1105, 1060, 1011]),
    ("ASB incidents", [2698, 2811, 2431, 1975]),
    ("Domestic abuse incidents", [1171, 1204, 1228, 1099]),
    ("Deliberate secondary fires", [362, 231, 298, 150]),
]
quarters[0][1][3] = T16 - sum(quarters[0][1][:3])
totals = {"All recorded crime": T16, "Violence against the person": O["Violence against the person"][1],
          "ASB incidents": ASB16, "Domestic abuse incidents": DAI16, "Deliberate secondary fires": 1041}
for k, v in quarters:
    assert sum(v) == totals[k], k

fires = [
    ("Deliberate primary fires: dwellings", 41, 37),
    ("Deliberate primary fires: road vehicles", 102, 93),
    ("Deliberate primary fires: other buildings and property", 25, 24),
    ("Deliberate secondary fires: refuse and wheelie bins", 498, 612),
    ("Deliberate secondary fires: grassland and scrub", 301, 344),
    ("Deliberate secondary fires: other outdoor", 73, 85),
]
PF15 = sum(x[1] for x in fires[:3]); PF16 = sum(x[2] for x in fires[:3])
SF15 = sum(x[1] for x in fires[3:]); SF16 = sum(x[2] for x in fires[3:])
assert (PF15, PF16, SF15, SF16) == (168, 154, 872, 1041)

comp = [
    # measure, count, Northumbria, MSG, E&W (per 100,000)
    ("All recorded crime", T16, 6688.3, 7214.6, 7839.5),
    ("Violence against the person", O["Violence against the person"][1], 1902.6, 2015.8, 2041.2),
    ("Sexual offences", O["Sexual offences"][1], 168.1, 171.0, 206.9),
    ("Domestic burglary", O["Domestic burglary"][1], 318.4, 341.2, 390.0),
    ("Shoplifting", O["Shoplifting"][1], 744.1, 722.7, 634.4),
    ("Criminal damage and arson", O["Criminal damage and arson"][1], 1204.9, 1262.0, 1001.8),
    ("Public order offences", O["Public order offences"][1], 388.2, 402.5, 510.6),
    ("ASB incidents", ASB16, 4602.7, 4311.9, 3296.3),
]
C = {c[0]: c for c in comp}

# ---------------------------------------------------------------- cover
D.raw("""GATESHEAD COMMUNITY SAFETY BOARD

Community Safety Strategic Assessment 2017

Reporting period: 1 April 2016 to 31 March 2017 (2016/17)
Comparison period: 1 April 2015 to 31 March 2016 (2015/16)

Prepared by the Community Safety Analyst, Gateshead Council, with Northumbria Police
Southern Area Command and Tyne and Wear Fire and Rescue Service
Version 1.2 (final), July 2017

OFFICIAL - for partnership use
""")
D.blank()
D.raw("""CONTENTS

Section                                                            Page
1.  Introduction and purpose                                          2
2.  Executive summary                                                 3
3.  Gateshead in brief                                                5
4.  Crime and disorder in 2016/17: the overall picture                6
5.  Through the year: quarterly profile                               9
6.  Priority A: Anti-social behaviour and deliberate fires           10
7.  Priority B: Domestic abuse and violence against women and girls  15
8.  Priority C: Violence, alcohol and the night-time economy         18
9.  Other issues considered                                          21
10. Priorities and recommendations for 2017/18                       24
11. Governance and delivery                                          26
Appendix 1. Glossary                                                 28
Appendix 2. Data sources and notes                                   29
Appendix 3. Deliberate secondary fires by ward                       30
""")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 2")
D.blank()
# ---------------------------------------------------------------- 1
D.raw("1. INTRODUCTION AND PURPOSE"); D.blank()
D.p("The Gateshead Community Safety Board is the statutory Community Safety Partnership (CSP) for "
    "the borough of Gateshead. Under the Crime and Disorder Act 1998 the responsible authorities "
    "(Gateshead Council, Northumbria Police, Tyne and Wear Fire and Rescue Service, the National "
    "Probation Service, Northumbria Community Rehabilitation Company and Newcastle Gateshead Clinical "
    "Commissioning Group) must work together to reduce crime and disorder, substance misuse and "
    "re-offending, and must prepare a strategic assessment each year to inform the partnership plan.")
D.p("This assessment looks back over the financial year 2016/17 and compares it with 2015/16. It "
    "draws on police recorded crime and incident data, fire service incident records, domestic abuse "
    "service data, youth justice and probation information, and the views of partners gathered at a "
    "prioritisation workshop held at the Civic Centre in June 2017.")
D.p("Unless stated otherwise, rates in this document are expressed per 100,000 residents, using the "
    f"2016 mid-year population estimate of {n(POP)} for the borough. Ward rates in section 6 are the "
    "exception: because ward populations are small they are given per 1,000 residents. Comparisons "
    "are made with the Northumbria Police force area, with the average of Gateshead's Most Similar "
    "Group (MSG) of fifteen partnerships, and with England and Wales.")
D.p("A note on recorded crime. Following the national inspection of crime data integrity in 2014, "
    "Northumbria Police has changed how it records crime, particularly public order and violent "
    "offences reported to it by third parties. Part of the rise described in this assessment is "
    "therefore the result of better recording rather than more offending, and partners should bear "
    "this in mind when reading year-on-year comparisons.")
D.raw("1.1 Progress against the 2016/17 partnership plan"); D.blank()
D.p("The 2016 assessment set three priorities with one headline measure each. Progress at the end of "
    "the year is summarised below.")
D.raw(space_table([
    ["A. ASB", "Reduce police recorded ASB incidents", "-5%", f"{pct(ASB16, ASB15)}%", "Achieved"],
    ["B. Domestic abuse", "Increase MARAC referrals from health", "10%", "4%", "Not achieved"],
    ["C. Violence and NTE", "Reduce violence with injury", "-3%", f"{pct(VWI16, VWI15)}%", "Not achieved"],
], ["Priority (2016/17)", "Headline measure", "Target", "Outturn", "Assessment"], gap=3,
   align=["l", "l", "r", "r", "l"]))
D.blank()
D.p("The fall in ASB exceeded the target. Health referrals to MARAC did not increase, and violence "
    "with injury rose, although the police consider part of that rise a product of improved "
    "recording. Both measures are carried forward.")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 3")
D.blank()
# ---------------------------------------------------------------- 2 Exec summary (prose only)
va, vb = O["Violence against the person"]
poa, pob = O["Public order offences"]
D.raw("2. EXECUTIVE SUMMARY"); D.blank()
D.p(f"Police recorded {n(T16)} crimes in Gateshead in 2016/17, {n(T16 - T15)} more than in 2015/16, an "
    f"increase of {pct(T16, T15, sign=False)} per cent. The borough's crime rate of {g(T16)} per 100,000 "
    f"residents is higher than the Northumbria force area rate ({f(C['All recorded crime'][2])}) but remains "
    f"below the average for our Most Similar Group ({f(C['All recorded crime'][3])}) and the rate for "
    f"England and Wales ({f(C['All recorded crime'][4])}).")
D.p(f"Most of the increase came from two offence groups. Violence against the person rose by "
    f"{pct(vb, va, sign=False)} per cent to {n(vb)} offences, and public order offences almost doubled, "
    f"from {n(poa)} to {n(pob)}. Both are groups where recording practice has changed most. Domestic "
    f"burglary, by contrast, fell slightly, and Gateshead's burglary rate is one of the lowest in its "
    f"MSG.")
D.p(f"Anti-social behaviour (ASB) continued to fall. Police recorded {n(ASB16)} incidents, down "
    f"{pct(ASB16, ASB15, sign=False)} per cent on the {n(ASB15)} of the year before, although the "
    f"borough's ASB rate is still above the force, MSG and national rates. Deliberate secondary fires, "
    f"mostly refuse and grass fires, moved the other way, rising by {pct(SF16, SF15, sign=False)} per cent "
    f"to {n(SF16)}.")
D.p(f"Domestic abuse remains the issue with the greatest harm. There were {n(DAI16)} domestic abuse "
    f"incidents reported to the police, up {pct(DAI16, DAI15, sign=False)} per cent, and "
    f"{n(DAC16)} of them were recorded as crimes, up {pct(DAC16, DAC15, sign=False)} per cent.")
D.p(f"Crime and ASB are concentrated in a small number of wards close to the Tyne. Bridges ward, "
    f"which includes Gateshead town centre and the Quays, had a crime rate of {wr('Bridges', 2)} per "
    f"1,000 residents, about twice that of the next highest ward. Felling, Lobley Hill "
    f"and Bensham, Deckham and Dunston and Teams also have high rates of crime and ASB.")
D.p("The assessment recommends that the Board keeps three priorities for 2017/18: Priority A, "
    "anti-social behaviour and deliberate fires; Priority B, domestic abuse and violence against women "
    "and girls; and Priority C, violence, alcohol and the night-time economy. Exploitation (including "
    "modern slavery and child sexual exploitation) and reducing re-offending are treated as "
    "cross-cutting themes rather than separate priorities.")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 5")
D.blank()
# ---------------------------------------------------------------- 3 context
D.raw("3. GATESHEAD IN BRIEF"); D.blank()
D.p(f"Gateshead is a metropolitan borough on the south bank of the River Tyne with {n(POP)} residents "
    f"living in around {n(HH)} households. The urban core (Gateshead town, Felling, Dunston and Low "
    "Fell) faces Newcastle across the river; to the west and south the borough becomes semi-rural, "
    "taking in Blaydon, Ryton, Whickham, Chopwell and the villages of the Derwent valley, and to the "
    "south-east the town of Birtley.")
D.p("The borough has 22 wards. Deprivation is concentrated in the inner wards along the river "
    "(Bridges, Lobley Hill and Bensham, Deckham, Felling, Saltwell and High Fell), several of which "
    "contain neighbourhoods among the most deprived 10 per cent in England. The western and southern "
    "wards are more affluent.")
D.p("Large retail and leisure destinations draw visitors from across the region: the MetroCentre, "
    "the Team Valley trading estate, Trinity Square in the town centre, and the Quays with the Sage "
    "concert venue and the BALTIC centre for contemporary art. These sites generate a large share of "
    "the borough's shoplifting and, in the evenings, of its violence and disorder.")
D.bullets([
    "Population: 201,600 (2016 mid-year estimate), of whom 18.9 per cent are aged 65 or over.",
    "Households: about 91,300.",
    "Wards: 22, from Birtley in the south-east to Crawcrook and Greenside in the west.",
    "Police: Northumbria Police, Southern Area Command (Gateshead and South Tyneside).",
    "Fire: Tyne and Wear Fire and Rescue Service, with stations at Gateshead, Marley Park and Chopwell.",
], mark="-")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 6")
D.blank()
# ---------------------------------------------------------------- 4 overall
D.raw("4. CRIME AND DISORDER IN 2016/17: THE OVERALL PICTURE"); D.blank()
D.raw("4.1 Recorded crime by offence group"); D.blank()
D.p(f"Table 4.1 shows police recorded crime by offence group. The total rose from {n(T15)} to "
    f"{n(T16)}. {['No','One','Two','Three','Four','Five','Six','Seven','Eight','Nine','Ten','Eleven','Twelve'][sum(1 for _, a, b in off if b > a)]} of the fifteen groups increased.")
rows = []
for k, a, b in off:
    rows.append([k, n(a), n(b), signed(b - a), pct(b, a) + "%"])
rows.append(["All recorded crime", n(T15), n(T16), signed(T16 - T15), pct(T16, T15) + "%"])
D.raw("Table 4.1  Police recorded crime, Gateshead, 2015/16 and 2016/17")
D.blank()
D.raw(space_table(rows, ["Offence group", "2015/16", "2016/17", "Change", "% change"], gap=4))
D.blank()
D.raw("Source: Northumbria Police, crime extract taken 12 May 2017.")
D.blank()
D.p(f"Violence against the person is now the largest offence group, making up "
    f"{f(vb / T16 * 100)} per cent of all crime. Within it, violence with injury rose by "
    f"{pct(VWI16, VWI15, sign=False)} per cent (from {n(VWI15)} to {n(VWI16)}), while violence without "
    "injury, which includes harassment, stalking and malicious communications, rose much faster. This "
    "is consistent with the recording changes noted in section 1.")
D.p(f"Criminal damage and arson rose by {pct(O['Criminal damage and arson'][1], O['Criminal damage and arson'][0], sign=False)} "
    f"per cent to {n(O['Criminal damage and arson'][1])}. Possession of weapons offences rose from "
    f"{O['Possession of weapons offences'][0]} to {O['Possession of weapons offences'][1]}, a small "
    "number but the largest proportional rise after public order offences. Drug offences fell, which "
    "mainly reflects fewer stop and search encounters for possession of cannabis.")
D.blank()
D.raw("4.2 How Gateshead compares"); D.blank()
D.p("Table 4.2 compares Gateshead's rates with those of the force area, the MSG average and England "
    "and Wales. All rates are per 100,000 residents for the 2016/17 financial year.")
rows = []
for k, c, nb, msg, ew in comp:
    rows.append([k, g(c), f(nb), f(msg), f(ew)])
D.raw("Table 4.2  Rates per 100,000 residents, 2016/17")
D.blank()
D.raw(space_table(rows, ["Measure", "Gateshead", "Northumbria", "MSG average", "England and Wales"], gap=3))
D.blank()
D.raw("Sources: Northumbria Police; iQuanta; ONS Crime in England and Wales, year ending March 2017.")
D.blank()
sh = C["Shoplifting"]
D.p(f"Gateshead's overall crime rate is above the force area rate but below the MSG average and the "
    f"national rate. The borough stands out for shoplifting ({g(sh[1])} per 100,000 against "
    f"{f(sh[4])} nationally), which reflects the size of its retail centres, and for criminal damage "
    f"and arson. Its ASB rate ({g(ASB16)}) is about one and a half times the England and Wales rate. "
    f"Its domestic burglary rate ({g(O['Domestic burglary'][1])}) is below all three comparators, and its "
    f"public order rate, despite the near doubling of offences, is still below the national rate.")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 9")
D.blank()
# ---------------------------------------------------------------- 5 quarterly
D.raw("5. THROUGH THE YEAR: QUARTERLY PROFILE"); D.blank()
D.p("Table 5.1 breaks the main measures down by quarter of the financial year (Q1 is April to June "
    "2016; Q4 is January to March 2017).")
rows = []
for k, v in quarters:
    rows.append([k] + [n(x) for x in v] + [n(sum(v))])
D.raw("Table 5.1  Quarterly counts, 2016/17")
D.blank()
D.raw(space_table(rows, ["Measure", "Q1", "Q2", "Q3", "Q4", "Year"], gap=3))
D.blank()
q = dict(quarters)
D.p(f"Crime and ASB both peaked in Q2, the summer quarter, when {n(q['ASB incidents'][1])} ASB incidents "
    f"were recorded. Domestic abuse incidents peaked later, in Q3 ({n(q['Domestic abuse incidents'][2])}), "
    "which covers the Christmas and New Year period. Deliberate secondary fires show two peaks: the "
    f"spring grass fire season in Q1 ({q['Deliberate secondary fires'][0]}) and the bonfire period in "
    f"late October and early November, which lifts Q3 to {q['Deliberate secondary fires'][2]}. Q4 was "
    "the quietest quarter for almost every measure.")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 10")
D.blank()
# ---------------------------------------------------------------- 6 ASB & fires
D.raw("6. PRIORITY A: ANTI-SOCIAL BEHAVIOUR AND DELIBERATE FIRES"); D.blank()
D.raw("6.1 Anti-social behaviour"); D.blank()
D.p(f"Police recorded {n(ASB16)} ASB incidents in 2016/17, a fall of {n(ASB15 - ASB16)} "
    f"({pct(ASB16, ASB15, sign=False)} per cent) on 2015/16. This is the fourth successive annual fall. "
    f"The borough's rate of {g(ASB16)} incidents per 100,000 residents is nevertheless higher than the "
    f"Northumbria rate ({f(C['ASB incidents'][2])}), the MSG average ({f(C['ASB incidents'][3])}) and the "
    f"England and Wales rate ({f(C['ASB incidents'][4])}).")
D.p("Of the 9,915 incidents, 7,338 were classed as nuisance, 2,104 as personal and 473 as "
    "environmental. Personal ASB, where an individual or household is targeted, is the category "
    "most closely linked to harm and it fell less than the other two (by 3.1 per cent).")
D.p("The council's Anti-social Behaviour Team opened 611 cases in the year, and the Community "
    "Trigger was activated 9 times, with 2 activations meeting the threshold for a case review. "
    "Fourteen Civil Injunctions and 3 Closure Orders were obtained under the Anti-social Behaviour, "
    "Crime and Policing Act 2014.")
D.raw("6.2 Where crime and ASB happen: wards"); D.blank()
D.p("Table 6.1 gives recorded crime and ASB for each ward, with rates per 1,000 residents. Wards are "
    "listed alphabetically.")
rows = []
for name, pop, c, a in wards:
    rows.append([name, n(pop), n(c), f(c / pop * 1000), n(a), f(a / pop * 1000)])
rows.append(["Gateshead", n(POP), n(T16), f(T16 / POP * 1000), n(ASB16), f(ASB16 / POP * 1000)])
D.raw("Table 6.1  Crime and ASB by ward, 2016/17 (rates per 1,000 residents)")
D.blank()
D.raw(space_table(rows, ["Ward", "Population", "Crimes", "Crime rate", "ASB", "ASB rate"], gap=3))
D.blank()
rank_c = sorted(wards, key=lambda w: -w[2] / w[1])
rank_a = sorted(wards, key=lambda w: -w[3] / w[1])
D.p(f"Bridges has by far the highest rates, with {wr('Bridges', 2)} crimes and {wr('Bridges', 3)} ASB "
    f"incidents per 1,000 residents. Its small resident population and the large number of visitors to "
    f"the town centre and the Quays inflate its rates. The next highest crime rates are in "
    f"{rank_c[1][0]} ({wr(rank_c[1][0], 2)}), {rank_c[2][0]} ({wr(rank_c[2][0], 2)}) and "
    f"{rank_c[3][0]} ({wr(rank_c[3][0], 2)}). For ASB, {rank_a[1][0]} ({wr(rank_a[1][0], 3)} per 1,000) ranks "
    f"second, followed by {rank_a[2][0]} ({wr(rank_a[2][0], 3)}), {rank_a[3][0]} "
    f"({wr(rank_a[3][0], 3)}) and {rank_a[4][0]} ({wr(rank_a[4][0], 3)}).")
D.p(f"The lowest rates are in the western and southern wards: Whickham South and Sunniside had "
    f"{wr('Whickham South and Sunniside', 2)} crimes per 1,000 residents, and Winlaton and High Spen the "
    f"lowest ASB rate at {wr('Winlaton and High Spen', 3)}.")
D.p("Together, Bridges, Felling, Lobley Hill and Bensham, Deckham and Dunston and Teams account for "
    f"{f(sum(W[x][2] for x in ['Bridges','Felling','Lobley Hill and Bensham','Deckham','Dunston and Teams']) / T16 * 100)} "
    "per cent of recorded crime and "
    f"{f(sum(W[x][3] for x in ['Bridges','Felling','Lobley Hill and Bensham','Deckham','Dunston and Teams']) / ASB16 * 100)} "
    "per cent of ASB, but only "
    f"{f(sum(W[x][1] for x in ['Bridges','Felling','Lobley Hill and Bensham','Deckham','Dunston and Teams']) / POP * 100)} "
    "per cent of the population.")
D.raw("6.3 Deliberate fires"); D.blank()
D.p(f"Tyne and Wear Fire and Rescue Service attended {n(PF16 + SF16)} deliberate fires in Gateshead in "
    f"2016/17, up from {n(PF15 + SF15)}. Deliberate primary fires (fires in buildings, vehicles and other "
    f"property) fell by {pct(PF16, PF15, sign=False)} per cent to {PF16}, but deliberate secondary fires "
    f"(refuse, wheelie bins, grassland and other outdoor fires with no property involved) rose by "
    f"{pct(SF16, SF15, sign=False)} per cent to {n(SF16)}. The deliberate secondary fire rate of "
    f"{g(SF16)} per 100,000 residents compares with 447.3 across Tyne and Wear.")
D.raw("Table 6.2  Deliberate fires by type, Gateshead")
D.blank()
rows = [[k, n(a), n(b), signed(b - a)] for k, a, b in fires]
rows.append(["All deliberate fires", n(PF15 + SF15), n(PF16 + SF16), signed(PF16 + SF16 - PF15 - SF15)])
D.raw(cell_table(rows, ["Incident type", "2015/16", "2016/17", "Change"]))
D.blank()
D.raw("Source: Tyne and Wear Fire and Rescue Service incident recording system.")
D.blank()
D.p("Refuse and wheelie bin fires account for most of the rise. Fire crews and the council's "
    "neighbourhood wardens link them closely to youth ASB in Felling, Deckham and High Fell, where "
    "the three highest ward counts of deliberate secondary fires were recorded (118, 97 and 88 "
    "respectively). Grass fires are concentrated on open land at Windy Nook, the Leam Lane estate "
    "and the Derwent Walk.")
D.p("Deliberate vehicle fires fell for the second year. The fire service attributes this in part to "
    "the joint removal of untaxed and abandoned vehicles with the council and the DVLA.")
D.p("Two dwelling fires started deliberately in 2016/17 were linked to domestic abuse. The fire "
    "service now takes part in the MARAC and offers home safety visits to high-risk victims; this "
    "is one reason the Board is asked to keep deliberate fires within Priority A rather than treat "
    "them only as an operational matter for the fire service.")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 15")
D.blank()
# ---------------------------------------------------------------- 7 DA
D.raw("7. PRIORITY B: DOMESTIC ABUSE AND VIOLENCE AGAINST WOMEN AND GIRLS"); D.blank()
D.p(f"Domestic abuse (DA) incidents reported to Northumbria Police rose from {n(DAI15)} to {n(DAI16)} "
    f"({pct(DAI16, DAI15)} per cent), a rate of {g(DAI16)} per 100,000 residents compared with 2,104.8 "
    f"across the force area. DA-related crimes rose faster, from {n(DAC15)} to {n(DAC16)} "
    f"({pct(DAC16, DAC15)} per cent), so that {f(DAC16 / T16 * 100)} per cent of all recorded crime in "
    f"the borough is now flagged as domestic abuse.")
D.p("The Multi-Agency Risk Assessment Conference (MARAC) heard 486 cases involving 612 children. The "
    "repeat rate was 29 per cent, within the 28 to 40 per cent range that SafeLives regards as "
    "evidence of good identification of repeat victims. Referrals from health partners remain low: "
    "only 4 per cent of referrals came from health services, against a SafeLives recommended "
    "minimum of 10 per cent.")
D.p("Victims are overwhelmingly female (82 per cent), and the most common age group is 25 to 34. "
    "Eleven per cent of victims were aged 55 or over, a group the Board has previously identified as "
    "under-represented in referrals to specialist services.")
D.p("Rape and other sexual offences rose from 288 to 356 offences. About a third were non-recent "
    "reports. The Rape Crisis service for Tyneside and Northumberland reported a waiting list of "
    "eleven weeks for counselling at the end of the year.")
D.p("The Board's VAWG work covers domestic abuse, sexual violence, stalking, forced marriage and "
    "so-called honour-based abuse. Two Domestic Homicide Reviews were in progress during the year; "
    "neither has yet been published.")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 18")
D.blank()
# ---------------------------------------------------------------- 8 violence NTE
D.raw("8. PRIORITY C: VIOLENCE, ALCOHOL AND THE NIGHT-TIME ECONOMY"); D.blank()
D.p(f"Violence with injury rose by {pct(VWI16, VWI15, sign=False)} per cent to {n(VWI16)} offences. "
    "About 38 per cent of violence with injury in Bridges ward, and 21 per cent borough-wide, was "
    "flagged by the police as alcohol-related. Incidents cluster between 10pm and 3am on Friday and "
    "Saturday nights around the Quays, Bottle Bank and the High Street.")
D.p(f"Public order offences rose from {n(poa)} to {n(pob)}. Around half of the increase is "
    "attributed to the recording of offences that previously would have been logged only as "
    "incidents, but the police also report more disorder linked to the night-time economy (NTE) and "
    "to large events at the Quays and the Gateshead International Stadium.")
D.p("Alcohol-related hospital admissions for Gateshead residents remain well above the England "
    "average, and the borough has one of the highest rates of alcohol-specific mortality in the "
    "North East. The Licensing Authority introduced a cumulative impact policy for the town centre in "
    "2016 and the Board is asked to support its review.")
D.p("Knife crime remains low in absolute terms. The police recorded 58 offences involving a knife or "
    "sharp instrument in 2016/17, compared with 47 in 2015/16.")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 21")
D.blank()
# ---------------------------------------------------------------- 9 other
D.raw("9. OTHER ISSUES CONSIDERED"); D.blank()
D.raw("9.1 Acquisitive crime"); D.blank()
D.p(f"Domestic burglary fell from {O['Domestic burglary'][0]} to {O['Domestic burglary'][1]} offences, "
    f"equivalent to {f(O['Domestic burglary'][1] / HH * 1000)} burglaries per 1,000 households. Most "
    "burglaries were of insecure properties through unlocked rear doors, and a third of the total was "
    "in the four wards of Bridges, Deckham, Felling and Saltwell.")
D.p(f"Shoplifting rose by {pct(O['Shoplifting'][1], O['Shoplifting'][0], sign=False)} per cent to "
    f"{n(O['Shoplifting'][1])}. Around 45 per cent of offences were committed at the MetroCentre and "
    "the adjoining retail park, and a further 20 per cent in Trinity Square and the town centre. A "
    "small group of prolific offenders, most of them dependent on drugs, accounts for a large share.")
D.p(f"Vehicle offences rose from {O['Vehicle offences'][0]} to {O['Vehicle offences'][1]}, mainly theft "
    "from vehicles in retail and station car parks. Bicycle theft fell. Robbery remains rare, at "
    f"{O['Robbery'][1]} offences.")
D.raw("9.2 Hate crime"); D.blank()
D.p(f"Recorded hate crime rose from {HATE15} to {HATE16} offences ({pct(HATE16, HATE15)} per cent). "
    "Race hate accounts for 71 per cent. Reports rose sharply in the weeks after the EU referendum in "
    "June 2016, then fell back towards previous levels in the autumn. Gateshead has an established "
    "Orthodox Jewish community in Bensham and Saltwell, and partners continue to work with community "
    "representatives on reporting and reassurance.")
D.raw("9.3 Exploitation and modern slavery"); D.blank()
D.p("Fourteen potential victims of modern slavery were referred from Gateshead to the National "
    "Referral Mechanism (NRM) in 2016/17, most in relation to labour exploitation in car washes and "
    "nail bars. Nineteen children were discussed at the multi-agency sexual exploitation meeting. "
    "Exploitation is proposed as a cross-cutting theme, reported to the Board twice a year.")
D.raw("9.4 Drugs"); D.blank()
D.p("Drug offences fell from 428 to 391. The public health team reports 31 deaths from drug misuse "
    "among Gateshead residents registered between 2014 and 2016. Use of new psychoactive substances "
    "(so-called legal highs) has declined since the Psychoactive Substances Act 2016 came into force, "
    "although police and outreach workers report continuing use among homeless people in the town "
    "centre.")
D.raw("9.5 Re-offending"); D.blank()
D.p("The proven re-offending rate for adult offenders living in Gateshead was 28.9 per cent in the "
    "latest published cohort, compared with 24.6 per cent for England and Wales. The youth proven "
    "re-offending rate was 38.2 per cent. There were 61 first time entrants to the youth justice "
    "system, down from 74.")
D.raw("9.6 Road safety"); D.blank()
D.p("Road safety is led by the council's highways service and reported to the Board for "
    "information only. Casualty figures are not reproduced in this assessment.")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 24")
D.blank()
# ---------------------------------------------------------------- 10 priorities
D.raw("10. PRIORITIES AND RECOMMENDATIONS FOR 2017/18"); D.blank()
D.p("Partners scored each issue for volume, trend, harm and public concern at the prioritisation "
    "workshop. The three issues with the highest combined scores are recommended as the Board's "
    "priorities for 2017/18.")
D.raw("""Priority A   Anti-social behaviour and deliberate fires
             Lead: Service Manager, Neighbourhood Management, Gateshead Council

Priority B   Domestic abuse and violence against women and girls
             Lead: Domestic Abuse Strategic Coordinator, Gateshead Council

Priority C   Violence, alcohol and the night-time economy
             Lead: Chief Inspector, Gateshead Neighbourhood Policing Team

Cross-cutting themes: exploitation (including modern slavery and child sexual exploitation);
reducing re-offending.""")
D.blank()
D.raw("Recommendations"); D.blank()
recs = [
    "R1. Target joint police, council and fire service patrols on Felling, Deckham and High Fell in the "
    "six weeks before Bonfire Night, and extend the wheelie bin removal scheme to the three wards.",
    "R2. Review the ASB case management process so that every personal ASB victim receives a risk "
    "assessment within five working days.",
    "R3. Raise MARAC referrals from health services towards the SafeLives minimum of 10 per cent, "
    "starting with the Queen Elizabeth Hospital emergency department and GP practices in the inner wards.",
    "R4. Commission outreach for domestic abuse victims aged 55 and over.",
    "R5. Support the Licensing Authority's review of the town centre cumulative impact policy and fund "
    "a Street Pastors scheme for Friday and Saturday nights at the Quays.",
    "R6. Establish an exploitation subgroup to bring together work on modern slavery, child sexual "
    "exploitation and the use of vulnerable people's homes by drug dealers.",
    "R7. Ask Northumbria Police to report separately the part of the rise in violence and public order "
    "offences that stems from recording changes.",
    "R8. Agree a data-sharing protocol with Newcastle Gateshead CCG so that assault attendances at A&E "
    "can be mapped by location.",
]
for x in recs:
    D.p(x)
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 26")
D.blank()
# ---------------------------------------------------------------- 11 governance
D.raw("11. GOVERNANCE AND DELIVERY"); D.blank()
D.p("The Community Safety Board meets quarterly and reports annually to the council's Community "
    "Safety Overview and Scrutiny Committee. It is chaired by Councillor Pauline Ellerby, Cabinet "
    "Member for Communities and Volunteering, Gateshead Council. The vice-chair is Superintendent "
    "Adrian Thwaites, Northumbria Police Southern Area Command.")
D.p("Three delivery groups report to the Board, one for each priority:")
D.bullets([
    "ASB and Deliberate Fires Delivery Group, chaired by Trevor Askew, Service Manager, Neighbourhood "
    "Management (Priority A);",
    "Domestic Abuse and VAWG Strategic Group, chaired by Sian Hedley, Domestic Abuse Strategic "
    "Coordinator (Priority B);",
    "Safer Night-time Economy Group, chaired by Chief Inspector Lorna Brightwell (Priority C).",
], mark="-")
D.p("Station Manager Colin Rafferty represents Tyne and Wear Fire and Rescue Service on the Board "
    "and on the Priority A delivery group. The Board's performance framework is reviewed each "
    "quarter by the Community Safety Analyst, and a progress report on the recommendations above "
    "will be presented in January 2018.")
D.blank()
D.raw("Gateshead Community Safety Board | Strategic Assessment 2017                     Page 28")
D.blank()
# ---------------------------------------------------------------- appendices
D.raw("APPENDIX 1. GLOSSARY"); D.blank()
gl = [("A&E", "Accident and emergency"), ("ASB", "Anti-social behaviour"), ("CCG", "Clinical Commissioning Group"),
      ("CSP", "Community Safety Partnership"), ("DA", "Domestic abuse"), ("DVLA", "Driver and Vehicle Licensing Agency"),
      ("MARAC", "Multi-Agency Risk Assessment Conference"), ("MSG", "Most Similar Group"),
      ("NRM", "National Referral Mechanism"), ("NTE", "Night-time economy"),
      ("VAWG", "Violence against women and girls"), ("VWI", "Violence with injury"),
      ("Community Trigger", "Case review that victims of persistent ASB can request under the 2014 Act"),
      ("Primary fire", "Fire in a building, vehicle or other property, or involving casualties"),
      ("Secondary fire", "Outdoor fire not involving property or casualties (refuse, grass, bins)"),
      ("SafeLives", "National domestic abuse charity that sets MARAC standards")]
D.raw(space_table([list(x) for x in gl], gap=6, align=["l", "l"]))
D.blank()
D.raw("APPENDIX 2. DATA SOURCES AND NOTES"); D.blank()
D.bullets([
    "Recorded crime and ASB: Northumbria Police, extracts taken May 2017.",
    "Comparator rates: iQuanta (MSG average) and ONS (England and Wales), year ending March 2017.",
    "Fires: Tyne and Wear Fire and Rescue Service.",
    "Domestic abuse: Northumbria Police; MARAC data from the MARAC coordinator.",
    "Re-offending: Ministry of Justice proven re-offending statistics.",
    "Population: ONS 2016 mid-year estimates (ward figures rounded to the nearest 100).",
], mark="-")
D.blank()
D.raw("APPENDIX 3. DELIBERATE SECONDARY FIRES BY WARD, 2016/17"); D.blank()
sfw = dict(zip([w[0] for w in wards], [38, 52, 61, 29, 24, 18, 97, 71, 27, 118, 88, 33, 74, 17, 42, 19, 58, 66, 15, 12, 69, None]))
sfw["Winlaton and High Spen"] = SF16 - sum(v for v in sfw.values() if v)
assert sfw["Winlaton and High Spen"] > 0
rows = [[k, n(v), f(v / SF16 * 100) + "%"] for k, v in sfw.items()]
rows.append(["Gateshead", n(SF16), "100.0%"])
D.raw(space_table(rows, ["Ward", "Fires", "Share"], gap=4))
D.blank()
D.raw("Source: Tyne and Wear Fire and Rescue Service. Secondary fires are outdoor fires not involving")
D.raw("property, people or more than five fire appliances.")
open("../corpus/gateshead_2017_community-safety-strategic-assessment.txt", "w").write(D.text())
print(len(D.lines))
