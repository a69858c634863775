"""Barnsley 2022-23 strategic assessment (data 2021/22 vs 2020/21, 2019/20, 2018/19). Invented figures.
Layout: 'SECTION 4 | ...' headings, paragraphs '4.3', tables with captions ABOVE ('Table 4.1'),
a four-year table with a '% change' column, a comparator table with areas as ROWS (MSG average,
South Yorkshire, England and Wales), an alphabetical ward table with the borough row at the
BOTTOM, rates per 1,000 population, a numbered 'top five' list in prose, 'Priority 1:' priorities
and 'The partnership should ...' recommendations."""
import os
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "corpus",
                   "barnsley_2022-23_community-safety-strategic-assessment.txt")

# ward, population, weights: all crime, VAP, ASB
W = [
    ("Central", 13400, 20.0, 21.0, 19.0),
    ("Cudworth", 11200, 5.5, 5.6, 5.8),
    ("Darfield", 11000, 4.0, 4.1, 4.3),
    ("Darton East", 11600, 3.0, 2.8, 2.9),
    ("Darton West", 12100, 3.6, 3.4, 3.5),
    ("Dearne North", 11300, 6.0, 6.3, 6.9),
    ("Dearne South", 12400, 6.5, 6.9, 7.2),
    ("Dodworth", 12000, 3.5, 3.3, 3.2),
    ("Hoyland Milton", 12800, 4.8, 4.6, 4.5),
    ("Kingstone", 11500, 7.5, 7.9, 8.6),
    ("Monk Bretton", 11900, 5.2, 5.3, 5.6),
    ("North East", 13100, 5.0, 4.9, 5.1),
    ("Old Town", 11700, 4.6, 4.4, 4.2),
    ("Penistone East", 11200, 2.0, 1.7, 1.8),
    ("Penistone West", 11900, 2.1, 1.8, 1.7),
    ("Rockingham", 11600, 3.9, 3.8, 4.0),
    ("Royston", 11800, 5.4, 5.5, 5.9),
    ("St Helen's", 11400, 6.8, 7.2, 7.8),
    ("Stairfoot", 12300, 5.3, 5.1, 5.3),
    ("Wombwell", 12900, 5.9, 6.0, 6.1),
    ("Worsbrough", 11500, 5.1, 5.2, 5.4),
]
POP = sum(w[1] for w in W)
Y = ["2018/19", "2019/20", "2020/21", "2021/22"]
TYPES = [
    ("Violence against the person", [8412, 9058, 8617, 9964]),
    ("Sexual offences", [701, 744, 689, 863]),
    ("Robbery", [231, 248, 167, 203]),
    ("Residential burglary", [1689, 1602, 1217, 1146]),
    ("Business and community burglary", [702, 676, 541, 588]),
    ("Vehicle offences", [2214, 2307, 1683, 1795]),
    ("Theft from the person", [118, 126, 71, 97]),
    ("Shoplifting", [1962, 2031, 1472, 1878]),
    ("Other theft", [1844, 1903, 1488, 1612]),
    ("Criminal damage and arson", [3306, 3402, 3074, 3228]),
    ("Drug offences", [687, 713, 931, 802]),
    ("Possession of weapons", [196, 221, 214, 258]),
    ("Public order offences", [1601, 1860, 2212, 2478]),
]
TOT = [24118, 25406, 22873, 25432]
other = [TOT[k] - sum(t[1][k] for t in TYPES) for k in range(4)]
assert all(o > 0 for o in other), other
TYPES.append(("Miscellaneous crimes against society", other))
TD = {n: v for n, v in TYPES}

rows = []
for n, v in TYPES:
    rows.append([n] + [fi(x) for x in v] + [signed(pct(v[3], v[2], 1), 1)])
rows.append(["All recorded crime"] + [fi(x) for x in TOT] + [signed(pct(TOT[3], TOT[2], 1), 1)])
T41 = aligned(rows, ["Offence group"] + Y + ["% change"])

VAP, ASB = TD["Violence against the person"][3], 9734
ASB_Y = {"2019/20": 10288, "2020/21": 12416, "2021/22": ASB}
allc = split(TOT[3], [w[2] for w in W])
vap = split(VAP, [w[3] for w in W])
asb = split(ASB, [w[4] * w[1] / 12000 for w in W])

def rt(c, p=POP):
    return frate(c, p, 1000, 1)

# comparator table: areas as rows
CMP_HDR = ["Area", "All crime", "VAP", "Sexual", "Robbery", "Res. burglary", "Vehicle", "Shoplifting", "Crim. damage"]
def brow():
    return ["Barnsley", rt(TOT[3]), rt(VAP), rt(TD["Sexual offences"][3]), rt(TD["Robbery"][3]),
            rt(TD["Residential burglary"][3]), rt(TD["Vehicle offences"][3]), rt(TD["Shoplifting"][3]),
            rt(TD["Criminal damage and arson"][3])]
CMP = [brow(),
       ["Most similar group (MSG) average", "94.8", "36.2", "3.3", "0.9", "4.9", "7.8", "7.1", "11.6"],
       ["South Yorkshire (force area)", "104.3", "39.5", "3.6", "1.6", "5.8", "9.4", "7.9", "12.2"],
       ["England and Wales", "88.7", "31.4", "3.3", "1.3", "4.3", "6.9", "5.6", "9.1"]]
T42 = aligned(CMP, CMP_HDR)

# ward table, alphabetical, total at bottom
rows = []
for i, w in enumerate(W):
    rows.append([w[0], fi(w[1]), fi(allc[i]), rt(allc[i], w[1]), fi(vap[i]), rt(vap[i], w[1]), fi(asb[i]), rt(asb[i], w[1])])
rows.append(["BARNSLEY (all wards)", fi(POP), fi(TOT[3]), rt(TOT[3]), fi(VAP), rt(VAP), fi(ASB), rt(ASB)])
T51 = aligned(rows, ["Ward", "Population", "All crime", "per 1,000", "VAP", "per 1,000", "ASB", "per 1,000"])

asb_rank = sorted(range(len(W)), key=lambda i: -rate(asb[i], W[i][1]))
top5 = asb_rank[:5]
crime_rank = sorted(range(len(W)), key=lambda i: -rate(allc[i], W[i][1]))

ASBCAT = [("Personal", [1566, 1904, 1472]), ("Nuisance", [7998, 9871, 7596]), ("Environmental", [724, 641, 666])]
for k, y in enumerate(["2019/20", "2020/21", "2021/22"]):
    assert sum(c[1][k] for c in ASBCAT) == ASB_Y[y], y
rows = [[n] + [fi(x) for x in v] + [signed(pct(v[2], v[1], 1), 1)] for n, v in ASBCAT]
rows.append(["All ASB incidents"] + [fi(ASB_Y[y]) for y in ASB_Y] + [signed(pct(ASB, ASB_Y["2020/21"], 1), 1)])
T81 = aligned(rows, ["ASB category", "2019/20", "2020/21", "2021/22", "% change"])


MONTHS = ["April 2021", "May 2021", "June 2021", "July 2021", "August 2021", "September 2021",
          "October 2021", "November 2021", "December 2021", "January 2022", "February 2022", "March 2022"]
mc = split(TOT[3], [1.00, 1.05, 1.08, 1.16, 1.10, 1.03, 1.02, 0.95, 0.93, 0.86, 0.85, 0.97])
mv = split(VAP, [1.00, 1.06, 1.10, 1.15, 1.09, 1.02, 1.00, 0.94, 0.97, 0.88, 0.84, 0.95])
ma = split(ASB, [1.05, 1.15, 1.22, 1.30, 1.28, 1.02, 1.00, 0.86, 0.72, 0.70, 0.72, 0.88])
rows = [[m, fi(a), fi(b), fi(c)] for m, a, b, c in zip(MONTHS, mc, mv, ma)]
rows.append(["Total 2021/22", fi(TOT[3]), fi(VAP), fi(ASB)])
T43 = aligned(rows, ["Month", "All crime", "VAP", "ASB incidents"])

DAY = [("2018/19", 6815, 3906), ("2019/20", 7120, 4214), ("2020/21", 7402, 4528), ("2021/22", 7812, 4966)]
rows = [[y, fi(a), fi(b), f(share(b, a), 1) + "%"] for y, a, b in DAY]
T71 = aligned(rows, ["Year", "DA incidents", "DA crimes", "Crimes as % of incidents"])

ACT = [("Refresh the DA strategy", "DA Group", "Complete"), ("Extend the Drive programme", "DA Group", "Complete"),
       ("MARAC capacity review", "DA Group", "Not started"), ("Town-centre CCTV upgrade", "Town Centre Group", "Complete"),
       ("Off-road motorcycle operation", "ASB Group", "Ongoing"), ("Cohesion framework", "Cohesion Forum", "Delayed"),
       ("Hate crime reporting campaign", "Cohesion Forum", "Complete"), ("Exploitation data review", "Exploitation Group", "Ongoing"),
       ("Residents' survey safety questions", "Board", "Complete")]
T131 = aligned([[a, b, c] for a, b, c in ACT], ["Action", "Owner", "Status at March 2022"], align=["l", "l", "l"])

DA = dict(inc21=7402, inc22=7812, cr21=4528, cr22=4966, rep=32, marac=598, marac_rep=36, idva=1134, dhr=3)
DA_RATE = rt(DA["cr22"])
SURV = dict(day=86, dark=47, dark_prev=53, tc_dark=31, asb_problem=38, n=1287)
KNIFE = (148, 171)
NTE = (412, 538)
HATE = (312, 377)

SV = [("Feel safe in local area during the day", 88, SURV["day"]), ("Feel safe in local area after dark", SURV["dark_prev"], SURV["dark"]),
      ("Feel safe in town centre during the day", 74, 71), ("Feel safe in town centre after dark", 36, SURV["tc_dark"]),
      ("ASB a very or fairly big problem", 33, SURV["asb_problem"]), ("Agree police and Council deal with local issues", 41, 39)]
T121 = aligned([[a, f"{b}%", f"{c}%", f"{c-b:+d} pts"] for a, b, c in SV], ["Measure", "2019", "2021", "Change"])
HS = [("Race and religion", 214, 251), ("Sexual orientation", 52, 61), ("Disability", 33, 41), ("Transgender identity", 13, 24)]
assert sum(b for _, _, b in HS) == HATE[1] and sum(a for _, a, _ in HS) == HATE[0]
T111 = aligned([[a, fi(b), fi(c)] for a, b, c in HS] + [["All hate crimes", fi(HATE[0]), fi(HATE[1])]],
               ["Hate crime strand", "2020/21", "2021/22"])

def ward_para(i):
    n = W[i][0]
    return (f"{n.upper()}\nPopulation {fi(W[i][1])}. Recorded crime {fi(allc[i])} ({rt(allc[i], W[i][1])} per "
            f"1,000 population; borough {rt(TOT[3])}). Violence against the person {fi(vap[i])}; ASB incidents "
            f"{fi(asb[i])} ({rt(asb[i], W[i][1])} per 1,000). Ranked {crime_rank.index(i) + 1} of 21 wards for "
            f"the crime rate and {asb_rank.index(i) + 1} of 21 for the ASB rate.")

NOTES = {
    "Central": "Covers the town centre, the Interchange and the night-time economy around Peel Street, "
               "Shambles Street and Regent Street; violence and shoplifting dominate.",
    "Kingstone": "Residential streets next to the town centre; ASB is concentrated around Locke Park.",
    "St Helen's": "Includes the Athersley estates; youth-related ASB and criminal damage are the main issues.",
    "Dearne South": "Includes Goldthorpe and Bolton-on-Dearne; deliberate secondary fires rose in summer 2021.",
    "Dearne North": "Includes Thurnscoe; the Principal Towns programme continues in Goldthorpe and Thurnscoe.",
    "Penistone West": "The lowest crime rate in the borough; rural and heritage crime are the local concerns.",
    "Penistone East": "Rural and farm crime and off-road motorcycles on the moorland edge.",
    "Royston": "Off-road motorcycle complaints and vehicle crime on the borough's northern edge.",
    "Wombwell": "Town-centre shoplifting and evening ASB around the High Street.",
    "Worsbrough": "ASB around Worsbrough Mill and the reservoir in the summer months.",
}

P = []
P.append(f"""SAFER BARNSLEY PARTNERSHIP

STRATEGIC INTELLIGENCE ASSESSMENT 2022-23

Community Safety Partnership assessment under the Crime and Disorder Act 1998
Data period: 1 April 2021 to 31 March 2022 (2021/22), with trends from 2018/19

Prepared by: Safer Communities Service, Barnsley Metropolitan Borough Council,
with the South Yorkshire Police Barnsley District Intelligence Unit
Classification: OFFICIAL
Status: Final - agreed by the Safer Barnsley Partnership Board, 14 July 2022


CONTENTS

SECTION 1   Purpose and scope .................................... 2
SECTION 2   Summary ............................................... 3
SECTION 3   About Barnsley ........................................ 5
SECTION 4   Crime trends and comparison ........................... 6
SECTION 5   Where crime happens: wards and places .................. 9
SECTION 6   Violence, weapons and the night-time economy .......... 12
SECTION 7   Domestic abuse and VAWG ............................... 14
SECTION 8   Anti-social behaviour ................................. 16
SECTION 9   Acquisitive crime ..................................... 18
SECTION 10  Drugs, exploitation and serious violence .............. 19
SECTION 11  Hate crime, cohesion and Prevent ...................... 21
SECTION 12  What residents told us ................................ 22
SECTION 13  Progress against the 2021-22 priorities ............... 23
SECTION 14  Priorities for 2022-25 ................................ 24
SECTION 15  Recommendations ....................................... 25
SECTION 16  Governance and accountability ......................... 26
APPENDIX A  Ward profiles ......................................... 27
APPENDIX B  Data sources and caveats .............................. 33
APPENDIX C  Glossary .............................................. 34
""")

P.append("\fSECTION 1 | PURPOSE AND SCOPE\n")
P.append(wrap("""1.1 Every community safety partnership in England must prepare a strategic assessment each
year to inform its partnership plan. The Crime and Disorder (Formulation and Implementation of
Strategy) Regulations 2007 set out what it must contain: an analysis of levels and patterns of
crime, disorder and substance misuse, changes since the last assessment, and the matters the
partnership should prioritise.

1.2 This is the Safer Barnsley Partnership's assessment for 2022-23. It uses data for the
financial year 2021/22 (1 April 2021 to 31 March 2022) and compares it with the three years
before. Because 2020/21 was shaped by national restrictions during the pandemic, the assessment
also compares 2021/22 with 2019/20 where that gives a fairer picture of the underlying trend.

1.3 The assessment draws on police recorded crime, ASB incidents logged by South Yorkshire Police
and the Council, domestic abuse data from the IDVA service and MARAC, fire service data,
treatment data from the drug and alcohol service, and the Council's residents' survey. Sources
and caveats are listed in Appendix B.

1.4 Rates in this document are per 1,000 population unless stated otherwise, using the
mid-2020 population estimates for the borough and its 21 wards. Percentage changes compare
2021/22 with 2020/21 unless the text says otherwise.

1.5 The assessment is written for the Safer Barnsley Partnership Board and its delivery groups.
It is not a performance report, and figures in it may differ slightly from those published
nationally because of later reclassification of crimes.""", 80))

P.append("\n\fSECTION 2 | SUMMARY\n")
P.append(wrap(f"""2.1 Recorded crime in Barnsley rose to {fi(TOT[3])} offences in 2021/22, up
{f(pct(TOT[3], TOT[2], 1), 1)}% on 2020/21 ({fi(TOT[2])}) and {f(pct(TOT[3], TOT[1], 1), 1)}% on
the pre-pandemic year 2019/20 ({fi(TOT[1])}). The crime rate was {rt(TOT[3])} per 1,000 population.""", 80))
P.append("")
P.append("2.2 Key findings:\n")
P.append(bullets([
    f"Violence against the person reached {fi(VAP)} offences, the highest in the four years shown, "
    f"and accounts for {f(share(VAP, TOT[3]), 1)}% of all recorded crime.",
    f"Domestic abuse: {fi(DA['inc22'])} incidents and {fi(DA['cr22'])} DA crimes were recorded; "
    f"{DA['rep']}% of victims referred to the IDVA service were repeat victims.",
    f"ASB fell to {fi(ASB)} incidents from {fi(ASB_Y['2020/21'])}, as COVID-related reports ended, but "
    f"remains above the level of some neighbouring districts.",
    f"Residential burglary fell for the third year running, to {fi(TD['Residential burglary'][3])} offences.",
    f"Public order offences rose to {fi(TD['Public order offences'][3])}, partly a recording effect.",
    f"Central ward, which includes the town centre, had {fi(allc[0])} crimes, "
    f"{f(share(allc[0], TOT[3]), 1)}% of the borough total.",
    f"Only {SURV['dark']}% of survey respondents felt safe walking in their area after dark, down from "
    f"{SURV['dark_prev']}% in the previous survey.",
], 80))
P.append("")
P.append(wrap("""2.3 The Board is asked to confirm four priorities for 2022-25 (Section 14): domestic abuse
and violence against women and girls; violence and the town centre at night; anti-social
behaviour and neighbourhood confidence; and drugs and exploitation. Reducing reoffending and
community cohesion are treated as cross-cutting themes rather than separate priorities.

2.4 The main gaps in our knowledge are the scale of exploitation of children and vulnerable
adults, the under-reporting of hate crime, and the absence of reliable data on violence in the
night-time economy before 2021. Recommendations to address these are in Section 15.""", 80))

P.append("\n\fSECTION 3 | ABOUT BARNSLEY\n")
P.append(wrap(f"""3.1 Barnsley is a metropolitan borough in South Yorkshire with an estimated
{fi(POP)} residents living in 21 wards. The borough combines the town of Barnsley with the
former coalfield communities of the Dearne Valley, the principal towns of Wombwell, Hoyland,
Cudworth, Royston, Goldthorpe and Penistone, and a large rural area to the west reaching the
edge of the Peak District.

3.2 The population is older than the England average and is growing slowly. Around one in five
residents live in neighbourhoods among the most deprived tenth in England; these are
concentrated in Central, Kingstone, St Helen's, Dearne North and Dearne South wards. The rural
west of the borough is much less deprived.

3.3 The town centre has changed significantly with the opening of The Glass Works scheme,
which brought a cinema, bowling, restaurants and a new library to the centre and extended
evening activity. The Interchange remains the borough's main transport hub. These changes
matter for community safety: footfall in the evening has grown and the night-time economy is
now spread over a wider area than before.

3.4 Barnsley falls within the South Yorkshire Police force area. The borough is policed by the
Barnsley District, with neighbourhood teams covering the North, Central, South and Dearne areas.
The South Yorkshire Mayoral Combined Authority and the Police and Crime Commissioner fund a
number of the projects referred to in this assessment.""", 80))

P.append("")
P.append(wrap("""3.5 Horizon scan. The following external factors are expected to affect community safety in
Barnsley over the next three years:""", 80))
P.append("")
P.append(bullets([
    "Cost of living: rising energy and food prices are likely to increase financial pressure on "
    "households, with possible effects on shoplifting, domestic abuse and mental health demand.",
    "Legislation: the Domestic Abuse Act 2021 places new duties on the Council for safe "
    "accommodation; the Police, Crime, Sentencing and Courts Act 2022 creates the Serious Violence Duty.",
    "Probation: the unification of probation services in June 2021 changed local offender "
    "management arrangements, and the Integrated Offender Management scheme was refreshed.",
    "Health: the Integrated Care Board for South Yorkshire replaces the clinical commissioning "
    "group from July 2022 and becomes a responsible authority.",
    "Town centre: further phases of The Glass Works and new residential schemes will bring more "
    "people into the centre in the evening.",
    "Technology: more crime is committed or enabled online, including fraud, harassment and "
    "the sharing of intimate images.",
], 80, mark="-"))
P.append("\n\fSECTION 4 | CRIME TRENDS AND COMPARISON\n")
P.append(wrap(f"""4.1 Table 4.1 shows recorded crime by offence group for the four years from 2018/19. The
final column shows the change between 2020/21 and 2021/22. All recorded crime rose by
{f(pct(TOT[3], TOT[2], 1), 1)}%, from {fi(TOT[2])} to {fi(TOT[3])} offences.""", 80))
P.append("")
P.append("Table 4.1  Police recorded crime by offence group, Barnsley, 2018/19 to 2021/22")
P.append("(% change = 2020/21 to 2021/22)\n")
P.append(T41)
P.append("Source: South Yorkshire Police, crime data extracted 9 May 2022.\n")
vv = TD["Violence against the person"]
P.append(wrap(f"""4.2 Violence against the person rose by {f(pct(vv[3], vv[2], 1), 1)}% to {fi(vv[3])}
offences. Around half of the increase was in violence without injury, including stalking and
harassment, which continues to be affected by changes to crime recording rules introduced in
2018 and 2020. Violence with injury rose more slowly.

4.3 Public order offences have grown every year since 2018/19 and rose by
{f(pct(TD['Public order offences'][3], TD['Public order offences'][2], 1), 1)}% in the latest year.
Sexual offences increased by {f(pct(TD['Sexual offences'][3], TD['Sexual offences'][2], 1), 1)}% to
{fi(TD['Sexual offences'][3])}, a level above any previous year in the series; some of this reflects
reports of non-recent offences.

4.4 Residential burglary fell by {f(-pct(TD['Residential burglary'][3], TD['Residential burglary'][2], 1), 1)}%
to {fi(TD['Residential burglary'][3])}, continuing a fall that started before the pandemic.
Drug offences fell back to {fi(TD['Drug offences'][3])} after the peak of 2020/21, when proactive
stop and search during lockdown lifted the figure.""", 80))
P.append("")
P.append(wrap("""4.4a Seasonality. Table 4.3 shows recorded crime, violence against the person and ASB by
month in 2021/22. Crime peaked in July 2021, after the final easing of restrictions, and ASB
was highest in the summer months, as in previous years.""", 80))
P.append("")
P.append("Table 4.3  Recorded crime, VAP and ASB by month, 2021/22\n")
P.append(T43)
P.append("Source: South Yorkshire Police.\n")
P.append("")
P.append(wrap("""4.5 Comparison with other areas. Table 4.2 compares Barnsley's rates per 1,000 population
with the average for its most similar group of community safety partnerships (MSG), the South
Yorkshire force area, and England and Wales. The MSG is the group of 15 partnerships that the
Home Office judges to be most like Barnsley in their demographic, social and economic
characteristics.""", 80))
P.append("")
P.append("Table 4.2  Rates per 1,000 population by offence type, 2021/22: Barnsley and comparators\n")
P.append(T42)
P.append("Source: South Yorkshire Police; Home Office; ONS mid-2020 estimates.\n")
bvr = rate(VAP, POP)
P.append(wrap(f"""4.6 Barnsley's overall crime rate ({rt(TOT[3])}) is above the MSG average but below the South
Yorkshire rate. Violence against the person ({rt(VAP)} per 1,000) is the clearest outlier against the
most similar group. Robbery remains low. Shoplifting is above both the MSG average and the national
rate, which reflects the concentration of large retailers in the town centre and at the retail
parks on the edge of the town.

4.7 Barnsley's position within its most similar group has moved from 9th of 15 in 2020/21 to
11th of 15 in 2021/22 for all crime (where 1st is the lowest rate). For ASB no MSG comparison
is available, because ASB recording practice differs between forces.""", 80))

P.append("\n\fSECTION 5 | WHERE CRIME HAPPENS: WARDS AND PLACES\n")
P.append(wrap("""5.1 Table 5.1 shows recorded crime, violence against the person and ASB incidents for each of
the borough's 21 wards in 2021/22, in alphabetical order, with rates per 1,000 population. The
borough total is in the bottom row. ASB figures are incidents recorded by South Yorkshire Police
that could be matched to a ward.""", 80))
P.append("")
P.append("Table 5.1  Crime, violence and ASB by ward, 2021/22 (rates per 1,000 population)\n")
P.append(T51)
P.append("Source: South Yorkshire Police; ONS ward population estimates, mid-2020.\n")
c0 = crime_rank[0]
P.append(wrap(f"""5.2 Central ward has by far the highest crime rate ({rt(allc[0], W[0][1])} per 1,000), reflecting
the town centre, the Interchange and the night-time economy. Excluding Central, the highest rate
was in {W[crime_rank[1]][0]} ({rt(allc[crime_rank[1]], W[crime_rank[1]][1])} per 1,000). The lowest
crime rate was in {W[crime_rank[-1]][0]} ({rt(allc[crime_rank[-1]], W[crime_rank[-1]][1])} per 1,000).""", 80))
P.append("")
P.append("5.3 The five wards with the highest rates of ASB in 2021/22 were:\n")
for k, i in enumerate(top5, 1):
    P.append(f"   {k}. {W[i][0]} - {fi(asb[i])} incidents, {rt(asb[i], W[i][1])} per 1,000 population")
P.append("")
P.append(wrap(f"""Together these five wards accounted for {fi(sum(asb[i] for i in top5))} ASB incidents,
{f(share(sum(asb[i] for i in top5), ASB), 1)}% of the borough total, while holding
{f(share(sum(W[i][1] for i in top5), POP), 1)}% of its population.

5.4 Town centre. Within Central ward, the streets with the most reported crime were Cheapside,
May Day Green, Peel Square and Market Gate. The area around the Interchange and the bus station
accounted for a large share of the ASB reported in the town centre during the day, while
violence was concentrated in the evenings around Shambles Street and Peel Street.

5.5 Principal towns. Outside the town centre, Wombwell, Goldthorpe, Hoyland and Cudworth each
saw rises in shoplifting and in ASB around their high streets. The Principal Towns programme
has funded CCTV improvements in Goldthorpe and Hoyland, and the partnership should evaluate
their effect before extending the scheme.

5.6 Rural areas. Rural wards (Penistone East, Penistone West and parts of Dodworth and Darton
West) have the lowest crime rates in the borough. The main concerns there are theft of farm
machinery, fuel theft, fly-tipping, and off-road motorcycles on the moors and bridleways.""", 80))

vi_rank = sorted(range(len(W)), key=lambda i: -vap[i])
P.append("\n\fSECTION 6 | VIOLENCE, WEAPONS AND THE NIGHT-TIME ECONOMY\n")
P.append(wrap(f"""6.1 There were {fi(VAP)} violence against the person offences in 2021/22, a rate of {rt(VAP)}
per 1,000 population against an MSG average of 36.2. Central ward had {fi(vap[0])} offences
({f(share(vap[0], VAP), 1)}% of the borough total). The next highest counts were in
{W[vi_rank[1]][0]} ({fi(vap[vi_rank[1]])}) and {W[vi_rank[2]][0]} ({fi(vap[vi_rank[2]])}).

6.2 Night-time economy. Violence flagged as occurring in the town-centre night-time economy
(Friday and Saturday, 8pm to 4am, within the NTE zone) rose from {NTE[0]} offences in 2020/21 to
{NTE[1]} in 2021/22. The rise is explained partly by the reopening of licensed premises after
lockdown and partly by the expansion of the evening offer at The Glass Works. Around six in
ten NTE violence offences involved a victim or suspect who had been drinking.

6.3 Weapons. Possession of weapons offences rose to {fi(TD['Possession of weapons'][3])}. Offences
involving a knife or sharp instrument rose from {KNIFE[0]} in 2020/21 to {KNIFE[1]} in 2021/22.
These are borough-wide figures; knife crime numbers are too small to publish reliably by ward.
Most knife offences involved young men aged 18 to 30, and around a fifth involved a suspect
under 18.

6.4 The South Yorkshire Violence Reduction Unit funds youth workers in the town centre on
Friday and Saturday evenings and a hospital navigator at Barnsley Hospital's emergency
department. The navigator saw 214 patients aged 10 to 25 with assault-related injuries in
2021/22.

6.5 Serious Violence Duty. The Police, Crime, Sentencing and Courts Act 2022 introduces a
Serious Violence Duty, under which specified authorities will need to agree a local definition
of serious violence and a strategy. The partnership proposes to meet the Duty through the
Safer Barnsley Partnership Board and the existing Violence Reduction Unit arrangements.""", 80))

P.append("\n\fSECTION 7 | DOMESTIC ABUSE AND VAWG\n")
P.append(wrap(f"""7.1 South Yorkshire Police recorded {fi(DA['inc22'])} domestic abuse incidents in Barnsley in
2021/22, up from {fi(DA['inc21'])} in 2020/21 ({signed(pct(DA['inc22'], DA['inc21'], 1), 1)}). Of these,
{fi(DA['cr22'])} were recorded as crimes (2020/21: {fi(DA['cr21'])}), a rate of {DA_RATE} DA crimes per
1,000 population. Domestic abuse-related crime makes up {f(share(DA['cr22'], TOT[3]), 1)}% of all
recorded crime in the borough.

Table 7.1 below shows the four-year trend.""", 80))
P.append("")
P.append("Table 7.1  Domestic abuse incidents and crimes, 2018/19 to 2021/22\n")
P.append(T71)
P.append("")
P.append(wrap(f"""7.2 Repeat victimisation. {DA['rep']}% of victims referred to the IDVA service had been referred in
the previous twelve months. The Barnsley MARAC heard {DA['marac']} cases, of which {DA['marac_rep']}%
were repeat cases; this is within the range of 28% to 40% that SafeLives suggests for a
well-functioning MARAC. The IDVA service received {fi(DA['idva'])} referrals.

7.3 Domestic homicide reviews. Three domestic homicide reviews were in progress during the year.
Common learning from earlier reviews concerns the recognition of coercive control, the
response to older victims, and information sharing between adult social care and the police.

7.4 Violence against women and girls. The partnership adopted a VAWG approach in 2021, which
brings together domestic abuse, sexual violence, stalking and harassment, and harmful
practices. Sexual offences reached {fi(TD['Sexual offences'][3])} in 2021/22. Street harassment was
raised in the Council's Safer Streets consultation by a majority of women responding, and the
town-centre Safer Streets work has focused on lighting, CCTV and the Ask for Angela scheme in
licensed premises.

7.5 Children and young people. One in four DA incidents had a child present or living in the
household. Operation Encompass notifications to schools have been in place across the borough
since 2019. Child-to-parent abuse is a growing theme in referrals, but the police do not
currently flag it in a way that allows it to be counted.

7.6 Perpetrators. The Drive programme for high-harm perpetrators has operated in Barnsley since
2020. It worked with 61 perpetrators in 2021/22. No local data on the outcome of perpetrator
programmes is yet available.""", 80))

P.append("\n\fSECTION 8 | ANTI-SOCIAL BEHAVIOUR\n")
P.append(wrap(f"""8.1 {fi(ASB)} ASB incidents were recorded by South Yorkshire Police in 2021/22, a rate of
{rt(ASB)} per 1,000 population. This is a fall of {f(abs(pct(ASB, ASB_Y['2020/21'], 1)), 1)}% on 2020/21
({fi(ASB_Y['2020/21'])}), when reports of breaches of COVID-19 restrictions were logged as ASB, and
a fall of {f(abs(pct(ASB, ASB_Y['2019/20'], 1)), 1)}% on 2019/20 ({fi(ASB_Y['2019/20'])}).""", 80))
P.append("")
P.append("Table 8.1  ASB incidents by category, 2019/20 to 2021/22")
P.append("(% change = 2020/21 to 2021/22)\n")
P.append(T81)
P.append("Source: South Yorkshire Police incident data.\n")
P.append(wrap(f"""8.2 Nuisance ASB makes up {f(share(ASBCAT[1][1][2], ASB), 1)}% of all incidents. Personal ASB, where
an individual or household is targeted, fell to {fi(ASBCAT[0][1][2])} incidents. Environmental ASB
rose slightly, to {fi(ASBCAT[2][1][2])}.

8.3 Off-road motorcycles remain the single most common subject of complaints to councillors.
Reports are concentrated in Royston, Darton East, Penistone East and the Dearne Valley, and
on the Trans Pennine Trail. Operation Duxford days of action seized 47 motorcycles in 2021/22.

8.4 Deliberate secondary fires, mainly of rubbish and grassland, were recorded by South
Yorkshire Fire and Rescue at 589 incidents in 2021/22 (2020/21: 644). Dearne South and
St Helen's had the most.

8.5 The Council's Safer Neighbourhood Service dealt with 1,912 service requests about ASB,
issued 83 community protection warnings and 21 community protection notices, and secured 6
civil injunctions. The community trigger was used 9 times; in 2 cases the review found that
the threshold for a case review had been met.""", 80))

P.append("\n\fSECTION 9 | ACQUISITIVE CRIME\n")
rb = TD["Residential burglary"]; sh = TD["Shoplifting"]; ve = TD["Vehicle offences"]
P.append(wrap(f"""9.1 Residential burglary fell from {fi(rb[2])} to {fi(rb[3])} offences, a rate of {rt(rb[3])} per
1,000 population against an MSG average of 4.9. Over the four years shown, residential burglary
has fallen by {f(abs(pct(rb[3], rb[0], 1)), 1)}%. Burglary is most common in the wards around the
town centre and in Wombwell and Hoyland Milton.

9.2 Shoplifting rose by {f(pct(sh[3], sh[2], 1), 1)}% to {fi(sh[3])} offences, with the town
centre, Cortonwood retail park and Wombwell the main locations. A small number of prolific
offenders account for a large share of offences; many are known to drug treatment services.

9.3 Vehicle offences rose to {fi(ve[3])}, still below the pre-pandemic level of {fi(ve[1])} in
2019/20. Thefts of catalytic converters made up a notable share of theft from vehicles in the
first half of the year, before falling after several arrests.

9.4 Fraud and cyber crime are reported to Action Fraud rather than to local police, so local
figures are incomplete. Barnsley residents reported 1,146 frauds to Action Fraud in 2021/22;
older residents were disproportionately affected by courier and romance frauds.""", 80))

P.append("\n\fSECTION 10 | DRUGS, EXPLOITATION AND SERIOUS VIOLENCE\n")
P.append(wrap(f"""10.1 Drug offences fell to {fi(TD['Drug offences'][3])} in 2021/22. Most are possession of
cannabis. Drug trafficking offences numbered 164.

10.2 Treatment. The drug and alcohol treatment service had 1,642 adults in treatment in 2021/22,
of whom 58% were in treatment for opiates. Successful completions for opiate users stood at
5.1%, below the national figure. Drug-related deaths in Barnsley numbered 27 over the three
years 2018-2020.

10.3 County lines and exploitation. South Yorkshire Police identified 9 county lines operating
into or out of Barnsley during the year. 38 children were discussed at the multi-agency child
exploitation meeting, and 14 referrals were made to the National Referral Mechanism for
possible modern slavery, 6 of them for children.

10.4 Organised crime. Four organised crime groups were mapped as having a presence in the
borough, mainly involved in drug supply and acquisitive crime. Operation Fortify activity in
2021/22 led to 52 arrests in Barnsley.

10.5 Reducing reoffending. The Integrated Offender Management cohort in Barnsley numbered 86
people at March 2022, most with a history of acquisitive crime and drug misuse. The proven
reoffending rate for adults in Barnsley was 27.4% for the latest cohort published by the
Ministry of Justice. Stable accommodation on release remains the main gap: around one in
six people released from custody to Barnsley had no settled address on the day of release.

10.6 Alcohol. Alcohol-related hospital admissions in Barnsley remain above the England rate.
Alcohol was a factor in a large share of NTE violence (Section 6) and of domestic abuse
incidents, but police data do not allow the share to be measured reliably.

10.7 Data gap. We do not have a reliable measure of the number of children at risk of
criminal exploitation, as referrals are not counted consistently across agencies. Closing this
gap is one of the recommendations in Section 15.""", 80))

P.append("\n\fSECTION 11 | HATE CRIME, COHESION AND PREVENT\n")
P.append(wrap(f"""11.1 Hate crimes recorded by South Yorkshire Police rose from {HATE[0]} in 2020/21 to {HATE[1]} in
2021/22. Around two thirds were racially or religiously aggravated. Disability hate crime is
thought to be under-reported; 41 offences were recorded.

A crime may be recorded under more than one strand; the table shows the main strand.""", 80))
P.append("")
P.append("Table 11.1  Hate crimes by main strand, 2020/21 and 2021/22\n")
P.append(T111)
P.append("")
P.append(wrap(f"""11.2 Third-party reporting centres operate at the library at The Lightbox and at several
voluntary sector venues. Reports through these centres remain low.

11.3 Prevent. Barnsley is not a Prevent priority area. Referrals remained small in number and
most concerned young people with mixed or unclear ideologies. Training for front-line staff is
delivered through the Council's workforce development programme.""", 80))

P.append("\n\fSECTION 12 | WHAT RESIDENTS TOLD US\n")
P.append(wrap(f"""12.1 The Council's residents' survey (autumn 2021; {fi(SURV['n'])} responses) asked about feelings
of safety. {SURV['day']}% of respondents felt safe in their local area during the day, and
{SURV['dark']}% felt safe after dark (previous survey, 2019: {SURV['dark_prev']}%). Only {SURV['tc_dark']}%
felt safe in Barnsley town centre after dark.

12.2 {SURV['asb_problem']}% said ASB was a very or fairly big problem in their area. The issues most
often named were speeding and inconsiderate parking, off-road motorcycles, litter and
fly-tipping, and groups of young people hanging around.

Table 12.1 compares the main results with the previous survey.""", 80))
P.append("")
P.append("Table 12.1  Residents' survey: feelings of safety and ASB, 2019 and 2021\n")
P.append(T121)
P.append("")
P.append(wrap(f"""12.3 Women were less likely than men to feel safe after dark (38% against 57%). The survey is
not large enough to give reliable results for individual wards.""", 80))

P.append("\n\fSECTION 13 | PROGRESS AGAINST THE 2021-22 PRIORITIES\n")
P.append(wrap("""13.1 The 2021-22 partnership plan had three priorities: protecting vulnerable people,
tackling crime and ASB in neighbourhoods, and building resilient communities. Progress was:""", 80))
P.append("")
P.append(bullets([
    "Protecting vulnerable people: achieved in part. The DA strategy was refreshed and the "
    "Drive programme was extended, but MARAC capacity remains stretched.",
    "Crime and ASB in neighbourhoods: achieved in part. Burglary continued to fall; ASB fell "
    "but public confidence did not improve.",
    "Resilient communities: not fully achieved. The planned cohesion framework was delayed.",
], 80, mark="-", indent="  "))
P.append("")
P.append("Table 13.1  Review of 2021-22 partnership plan actions\n")
P.append(T131)
P.append("")
P.append(wrap("""13.2 Lessons from the year are that the partnership needs fewer, clearer priorities with named
leads, and better performance information at each Board meeting.""", 80))

P.append("\n\fSECTION 14 | PRIORITIES FOR 2022-25\n")
P.append(wrap("""14.1 Based on this assessment, the partnership's priorities for 2022-25 are:

Priority 1: Domestic abuse and violence against women and girls - reduce repeat
victimisation, improve the response to high-risk cases and hold perpetrators to account.

Priority 2: Serious violence and the town centre at night - reduce violence with injury, weapon
carrying and NTE violence, and meet the new Serious Violence Duty.

Priority 3: Anti-social behaviour and neighbourhood confidence - reduce ASB in the five
highest-rate wards and raise the share of residents who feel safe after dark.

Priority 4: Drugs and exploitation - disrupt county lines, protect children from criminal
exploitation and improve treatment outcomes.

14.2 Cross-cutting themes: reducing reoffending; community cohesion and hate crime; and the
voice of victims and residents.""", 80))

P.append("\n\fSECTION 15 | RECOMMENDATIONS\n")
P.append(wrap("""15.1 The partnership should adopt the four priorities in Section 14 and publish a
partnership plan for 2022-25 by October 2022.

15.2 The partnership should commission a review of MARAC capacity, as case numbers and the
repeat rate have both risen, and report the findings to the Board by January 2023.

15.3 The partnership should agree a local definition of serious violence and a joint
strategic needs assessment for serious violence by January 2023, to meet the Serious Violence
Duty.

15.4 The partnership should fund a town-centre night-time economy co-ordinator and seek
Purple Flag accreditation for Barnsley town centre.

15.5 The partnership should set up an ASB problem-solving group for each of the five wards
with the highest ASB rates, reporting to the ASB and Neighbourhoods Group.

15.6 The partnership should agree a shared measure of children at risk of criminal
exploitation, so that referrals are counted consistently across agencies.

15.7 The partnership should repeat the residents' survey questions on safety annually and
boost the sample for women and younger residents.""", 80))

P.append("\n\fSECTION 16 | GOVERNANCE AND ACCOUNTABILITY\n")
P.append(wrap("""16.1 The Safer Barnsley Partnership Board is the statutory community safety partnership for
the borough. It is chaired by Councillor Marguerite Hollingdrake-Oyelaran, Cabinet Spokesperson
for Safer Communities, and its vice-chair is Chief Superintendent Stellan Dawbarn-Ruddock,
Barnsley District Commander, South Yorkshire Police.

16.2 The lead officer for the partnership is Corinne Featherstall-Mbeki, Head of Safer
Communities at Barnsley Metropolitan Borough Council, who is responsible for the partnership
plan and for this assessment.

16.3 The Board meets quarterly and reports to the Barnsley Health and Wellbeing Board and,
through the Council's scrutiny arrangements, to the Overview and Scrutiny Committee. Four
delivery groups report to the Board:""", 80))
P.append("")
P.append(bullets([
    "Domestic Abuse and VAWG Strategic Group - chair: Tamsin Oduya-Wragby, Service Manager, Adult Social Care",
    "Serious Violence and Town Centre Group - chair: Superintendent Lorcan Pettifer-Shaw",
    "ASB and Neighbourhoods Group - chair: Corinne Featherstall-Mbeki",
    "Drugs and Exploitation Group - chair: Dr Imogen Rattray-Okafor, Public Health",
], 80, mark="-", indent="  "))
P.append("")
P.append(wrap("""16.4 Membership of the Board includes the responsible authorities (the Council, South
Yorkshire Police, South Yorkshire Fire and Rescue, the NHS South Yorkshire Integrated Care
Board and the Probation Service), together with Berneslai Homes, the Office of the Police and
Crime Commissioner and the voluntary and community sector.""", 80))

P.append("\n\fAPPENDIX A | WARD PROFILES\n")
P.append(wrap("""The profiles below summarise each ward's figures from Table 5.1, with brief notes from
neighbourhood policing teams where available.""", 80))
P.append("")
for i, w in enumerate(W):
    P.append(wrap(ward_para(i), 80).replace(w[0].upper() + " ", w[0].upper() + "\n", 1))
    if w[0] in NOTES:
        P.append(wrap("Local notes: " + NOTES[w[0]], 80))
    P.append("")

P.append("\fAPPENDIX B | DATA SOURCES AND CAVEATS\n")
P.append(bullets([
    "Police recorded crime: South Yorkshire Police crime data, extracted 9 May 2022. Figures may "
    "change as crimes are reclassified or cancelled.",
    "ASB: South Yorkshire Police incident logs with an ASB closing code. Incidents without a "
    "usable location cannot be allocated to a ward; in 2021/22 all incidents were allocated.",
    "Comparators: the MSG average, force and England and Wales rates in Table 4.2 are calculated "
    "from Home Office data for the year to March 2022.",
    "Population: ONS mid-2020 estimates for the borough and for wards.",
    "Domestic abuse: IDVA service and MARAC returns; SafeLives MARAC data.",
    "Survey: Barnsley residents' survey, autumn 2021, weighted by age, sex and area.",
    "Fire: South Yorkshire Fire and Rescue incident data.",
], 80, mark="-"))
P.append("")
P.append(wrap("""Small numbers. Where a count is below 10 it is not broken down further, to avoid
identifying individuals.""", 80))

P.append("\n\fAPPENDIX C | GLOSSARY\n")
GL = [("ASB", "Anti-social behaviour"), ("CSP", "Community safety partnership"),
      ("DA", "Domestic abuse"), ("DHR", "Domestic homicide review"),
      ("IDVA", "Independent domestic violence adviser"),
      ("MARAC", "Multi-agency risk assessment conference"),
      ("MSG", "Most similar group (of 15 community safety partnerships)"),
      ("NRM", "National Referral Mechanism"), ("NTE", "Night-time economy"),
      ("SYP", "South Yorkshire Police"), ("VAP", "Violence against the person"),
      ("VAWG", "Violence against women and girls"), ("VRU", "Violence Reduction Unit"),
      ("CPN", "Community protection notice"), ("CPW", "Community protection warning"),
      ("ICB", "Integrated care board"), ("OCG", "Organised crime group"),
      ("PCC", "Police and Crime Commissioner"), ("SYFR", "South Yorkshire Fire and Rescue"),
      ("Drive", "A programme working with high-harm perpetrators of domestic abuse"),
      ("Purple Flag", "An accreditation for town centres that are safe and well managed at night"),
      ("Operation Encompass", "Police notification to schools when a child has been present at a DA incident")]
for a, b in GL:
    P.append(f"{a:<8}{b}")

body = "\n".join(P)
text = paginate(body, "Safer Barnsley Partnership  |  Strategic Intelligence Assessment 2022-23  |  OFFICIAL",
                "Page {n} of {N}", 52)
write_text(OUT, text)
