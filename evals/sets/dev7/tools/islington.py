"""Islington 2020 strategic assessment (data 2019/20 vs 2018/19 and 2017/18). Invented figures.
Layout: '4. VIOLENCE' headings with '4.2' sub-headings and unnumbered paragraphs; Markdown-style
pipe tables labelled 'Figure 3.1' etc. with the caption BELOW each table; a three-year offence
table with '% change' and a 'London' comparator COLUMN; a ward table ordered by count with the
borough row at the bottom and asterisked rates (14.2*) for City-fringe wards; a knife crime ward
table (Figure 4.2) with '<5' and '-' cells; rates per 1,000 residents; a numbered top-5 ASB
hotspot list in prose; 'Strategic priority one' and '(i)' board actions."""
import os
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "corpus",
                   "islington_2020_community-safety-strategic-assessment.txt")

# ward, residents, weights: all crime, knife crime with injury (victims 1-24), ASB, burglary
W = [
    ("Barnsbury", 15400, 6.4, 5, 6.6, 6.5),
    ("Bunhill", 16300, 10.9, 6, 7.4, 7.8),
    ("Caledonian", 15900, 7.6, 14, 7.9, 6.4),
    ("Canonbury", 14700, 4.6, 5, 4.4, 5.9),
    ("Clerkenwell", 13600, 9.6, 3, 6.2, 7.2),
    ("Finsbury Park", 15600, 7.9, 17, 8.6, 6.1),
    ("Highbury East", 13500, 3.6, 2, 3.9, 5.4),
    ("Highbury West", 15600, 4.7, 6, 4.8, 6.0),
    ("Hillrise", 15000, 3.8, 9, 4.7, 5.2),
    ("Holloway", 15800, 8.8, 19, 9.6, 6.6),
    ("Junction", 14900, 5.1, 10, 6.1, 5.8),
    ("Mildmay", 15200, 4.0, 4, 4.5, 5.8),
    ("St George's", 14600, 3.9, 7, 4.6, 5.5),
    ("St Mary's", 14100, 7.8, 3, 7.2, 6.3),
    ("St Peter's", 15000, 6.3, 4, 5.7, 6.2),
    ("Tollington", 15900, 5.0, 13, 7.8, 5.5),
]
POP = sum(w[1] for w in W)
NW = len(W)
FRINGE = {"Bunhill", "Clerkenwell"}
Y = ["2017/18", "2018/19", "2019/20"]
# offence group: three years, London rate per 1,000 (2019/20)
TYPES = [
    ("Violence against the person", [7842, 8311, 8637], "30.4"),
    ("Sexual offences", [612, 655, 702], "2.5"),
    ("Robbery", [1384, 1512, 1409], "3.7"),
    ("Burglary (all)", [2511, 2398, 2187], "7.8"),
    ("Theft from the person", [3912, 4206, 4415], "5.9"),
    ("Other theft", [5118, 5265, 5392], "20.1"),
    ("Vehicle offences", [2401, 2277, 2318], "11.8"),
    ("Criminal damage and arson", [1806, 1754, 1702], "6.8"),
    ("Drug offences", [1489, 1371, 1658], "5.1"),
    ("Possession of weapons", [288, 331, 352], "0.9"),
    ("Public order offences", [1604, 1718, 1831], "6.3"),
    ("Miscellaneous crimes against society", [307, 322, 349], "1.5"),
]
TOT = [sum(t[1][k] for t in TYPES) for k in range(3)]
TD = {t[0]: t[1] for t in TYPES}
LONDON_ALL = "98.6"

def rt(c, p=POP):
    return frate(c, p, 1000, 1)

rows = []
for n, v, lon in TYPES:
    rows.append([n] + [fi(x) for x in v] + [signed(pct(v[2], v[1], 1), 1), rt(v[2]), lon])
rows.append(["Total notifiable offences"] + [fi(x) for x in TOT] + [signed(pct(TOT[2], TOT[1], 1), 1), rt(TOT[2]), LONDON_ALL])

def pipe_md(rows, header, align=None):
    n = len(header)
    allr = [header] + rows
    widths = [max(len(str(r_[i])) for r_ in allr) for i in range(n)]
    al = align or (["l"] + ["r"] * (n - 1))
    def line(r_):
        return "| " + " | ".join(str(r_[i]).ljust(widths[i]) if al[i] == "l" else str(r_[i]).rjust(widths[i]) for i in range(n)) + " |"
    sep = "|" + "|".join(("-" * (widths[i] + 2)) for i in range(n)) + "|"
    return "\n".join([line(header), sep] + [line(r_) for r_ in rows])

F31 = pipe_md(rows, ["Offence group"] + Y + ["% change", "Rate per 1,000", "London rate"])

allc = split(TOT[2], [w[2] for w in W])
allc18 = split(TOT[1], [w[2] * (1 + 0.04 * (((i * 3) % 5) - 2) / 2) for i, w in enumerate(W)])
KNIFE = (171, 193)   # knife crime with injury, all ages, 2018/19 and 2019/20
KV = (98, 112)       # of which victims aged 1-24
kv = split(KV[1], [w[3] for w in W])
kv18 = split(KV[0], [w[3] * (1 + 0.1 * (((i * 7) % 5) - 2)) for i, w in enumerate(W)])
ASB = (13615, 12804)
asb = split(ASB[1], [w[4] for w in W])
BUR = TD["Burglary (all)"][2]
RESBUR = 1346
rb = split(RESBUR, [w[5] for w in W])

def ratecell(c, w):
    s_ = rt(c, w[1])
    return s_ + ("*" if w[0] in FRINGE else "")

order = sorted(range(NW), key=lambda i: -allc[i])
rows = []
for i in order:
    w = W[i]
    rows.append([w[0], fi(w[1]), fi(allc18[i]), fi(allc[i]), ratecell(allc[i], w), fi(rb[i]), fi(asb[i]), ratecell(asb[i], w)])
rows.append(["Islington", fi(POP), fi(TOT[1]), fi(TOT[2]), rt(TOT[2]), fi(RESBUR), fi(ASB[1]), rt(ASB[1])])
F32 = pipe_md(rows, ["Ward", "Residents", "Crimes 18/19", "Crimes 19/20", "Crimes per 1,000", "Res. burglary", "ASB calls", "ASB per 1,000"])

def kc(v):
    if v == 0:
        return "-"
    if v < 5:
        return "<5"
    return str(v)
rows = []
for i in range(NW):
    rows.append([W[i][0], kc(kv18[i]), kc(kv[i])])
rows.append(["Islington (all wards)", str(KV[0]), str(KV[1])])
F42 = pipe_md(rows, ["Ward", "2018/19", "2019/20"])
krank = sorted(range(NW), key=lambda i: -kv[i])

HOT = [("Nag's Head, Holloway Road and Seven Sisters Road junction", 1012),
       ("Finsbury Park station and Station Place", 884),
       ("Angel, Upper Street and Islington High Street", 731),
       ("Archway, Junction Road and the Archway gyratory", 602),
       ("Caledonian Road between Market Road and Copenhagen Street", 455)]

HATE = [("Racist and religious", [612, 668, 701]), ("Homophobic", [121, 134, 128]), ("Disability", [14, 19, 22]),
        ("Transgender", [11, 16, 21]), ("Faith: antisemitic", [46, 58, 63]), ("Faith: Islamophobic", [52, 61, 49])]
F71 = pipe_md([[n] + [fi(x) for x in v] + [signed(pct(v[2], v[1], 1), 1)] for n, v in HATE],
              ["Hate crime type (flag)"] + Y + ["% change"])

MONTHS = ["Apr 2019", "May 2019", "Jun 2019", "Jul 2019", "Aug 2019", "Sep 2019", "Oct 2019", "Nov 2019",
          "Dec 2019", "Jan 2020", "Feb 2020", "Mar 2020"]
mc = split(TOT[2], [0.98, 1.03, 1.04, 1.10, 1.05, 1.02, 1.06, 1.01, 1.00, 0.95, 0.92, 0.84])
ma = split(ASB[1], [1.00, 1.08, 1.15, 1.22, 1.18, 1.02, 0.98, 0.92, 0.86, 0.84, 0.82, 0.93])
F33 = pipe_md([[m, fi(a), fi(b)] for m, a, b in zip(MONTHS, mc, ma)] + [["2019/20", fi(TOT[2]), fi(ASB[1])]],
              ["Month", "Notifiable offences", "ASB calls"])
ZONES = [("Angel and Upper Street", 141), ("Clerkenwell and Farringdon", 97), ("Nag's Head and Holloway Road", 86),
         ("Old Street", 62)]
assert sum(b for _, b in ZONES) == 386
F51 = pipe_md([[a, str(b), f(share(b, 386), 1) + "%"] for a, b in ZONES] + [["All four NTE zones", "386", "100.0%"]],
              ["NTE zone", "VWI offences", "Share"])
DAY = [("2017/18", 2904, 5876), ("2018/19", 3071, 6105), ("2019/20", 3248, 6412)]
F61 = pipe_md([[a, fi(b), fi(c)] for a, b, c in DAY], ["Year", "DA offences", "DA incidents (incl. non-crime)"])
REV = [("Reduce knife crime and serious youth violence", "Amber", "KCWI up; SYV victims down"),
       ("Tackle VAWG", "Amber", "DA offences up; charter extended"),
       ("Reduce ASB at hotspots", "Green", "ASB calls down 6.0%"),
       ("Reduce burglary", "Green", "Second year of reduction"),
       ("Hate crime reporting", "Amber", "Reports up; confidence unclear")]
F111 = pipe_md([list(x) for x in REV], ["2019-20 priority", "RAG", "Comment"], align=["l", "l", "l"])

# ward splits for annex table
vapw = split(TD["Violence against the person"][2], [w[2] * (1.25 if w[0] in ("Holloway", "Finsbury Park", "Caledonian", "Tollington", "Junction") else 1.0) for w in W])
robw = split(TD["Robbery"][2], [w[2] * (1.3 if w[0] in ("Bunhill", "Clerkenwell", "St Mary's", "Holloway") else 1.0) for w in W])
tfpw = split(TD["Theft from the person"][2], [w[2] ** 1.8 * (2.0 if w[0] in FRINGE or w[0] == "St Mary's" else 1.0) for w in W])
drw = split(TD["Drug offences"][2], [w[2] * (1.5 if w[0] in ("Holloway", "Finsbury Park") else 1.0) for w in W])
rows = [[W[i][0], fi(vapw[i]), fi(robw[i]), fi(tfpw[i]), fi(drw[i])] for i in range(NW)]
rows.append(["Islington", fi(TD["Violence against the person"][2]), fi(TD["Robbery"][2]), fi(TD["Theft from the person"][2]), fi(TD["Drug offences"][2])])
FA4 = pipe_md(rows, ["Ward", "VAP", "Robbery", "Theft from person", "Drug offences"])
ASBC = [("Rowdy or inconsiderate behaviour", 6318), ("Street drinking and begging", 1874), ("Drug-related", 2207),
        ("Noise", 1262), ("Vehicle nuisance", 689), ("Other", 454)]
assert sum(b for _, b in ASBC) == 12804
F52 = pipe_md([[a, fi(b), f(share(b, 12804), 1) + "%"] for a, b in ASBC] + [["All ASB calls", "12,804", "100.0%"]],
              ["ASB call type", "Calls 2019/20", "Share"])

DA = dict(off19=3248, off18=3071, inc19=6412, marac=512, marac_rep=38, idva=866, sanction=14.6, london_sanction=16.2)
YOUTH = dict(fte=76, fte_prev=92, sv_victims=141)
SURV = dict(n=2016, safe_day=93, safe_dark=64, dark_women=55, dark_men=74, worried_asb=27)

P = []
P.append("""London Borough of Islington

SAFER ISLINGTON PARTNERSHIP

STRATEGIC ASSESSMENT 2020

Assessment of crime, disorder and substance misuse in Islington
Data period: financial year 2019/20 (April 2019 to March 2020), with 2017/18 and 2018/19

Produced by the Community Safety Analysis Unit, Islington Council, with the
Metropolitan Police Service Central North Basic Command Unit (Camden and Islington)

Report date: July 2020

________________________________________________________________________________

CONTENTS

 1. About this assessment
 2. Summary of findings
 3. Crime in Islington
       3.1 Overall trends and London comparison (Figure 3.1)
       3.2 Crime by ward (Figure 3.2)
 4. Violence
       4.1 Violence against the person
       4.2 Knife crime and serious youth violence (Figure 4.1, Figure 4.2)
       4.3 Robbery and theft from the person
 5. Anti-social behaviour and the night-time economy
 6. Domestic abuse and violence against women and girls
 7. Hate crime and community cohesion (Figure 7.1)
 8. Drugs, alcohol and exploitation
 9. Burglary and vehicle crime
10. Residents' views
11. Strategic priorities 2020-21
12. Actions for the Board
13. Partnership structure
Annex 1. Ward profiles
Annex 1A. Selected offences by ward
Annex 2. Data notes
Annex 3. Glossary
________________________________________________________________________________
""")

P.append("\f1. ABOUT THIS ASSESSMENT\n")
P.append(wrap("""The Safer Islington Partnership (SIP) is Islington's community safety partnership under
the Crime and Disorder Act 1998. Each year it prepares a strategic assessment to understand
the crime and disorder problems facing the borough and to decide where partners should
concentrate their effort.

This assessment covers the financial year 2019/20 (1 April 2019 to 31 March 2020). It
compares that year with 2018/19 and, for the main trends, with 2017/18. The first national
lockdown began on 23 March 2020, so the last week of the period was affected by COVID-19
restrictions; the effect on the annual totals is small. A separate COVID-19 impact
assessment covering April to June 2020 will go to the SIP Board in September 2020 and is not
part of this document.

Rates are given per 1,000 residents, using the GLA's 2019 population projections for the
borough and its 16 wards. Islington has a large daytime and evening population of workers,
students and visitors, especially in Bunhill, Clerkenwell and St Mary's; rates per 1,000
residents therefore overstate the risk to residents in these wards. Rates marked with an
asterisk (*) in Figure 3.2 are for City-fringe wards where the resident population is a
poor guide to the number of people present.

Crime data are Metropolitan Police Service (MPS) recorded crime, extracted in May 2020.
London comparisons use the MPS figure for all 32 London boroughs (the City of London is
policed separately and is excluded). ASB data are calls to the police classified as ASB.""", 72))

P.append("")
P.append(wrap("""Borough context. Islington is the most densely populated local authority in England
and Wales. It is a borough of contrasts: some of the most expensive housing in London sits
beside large social housing estates, and around a quarter of children live in low-income
households. The population is young, with a large share of residents aged 20 to 39, and
around a third of residents were born outside the UK. The borough has two major transport
hubs (Finsbury Park and Highbury & Islington) and borders King's Cross, the City of London
and Shoreditch. The Emirates Stadium draws large crowds on match days.

Policing. Since 2018 Islington has been policed by the Central North Basic Command Unit,
shared with Camden. Safer Neighbourhood Teams remain ward-based, with a dedicated ward
officer and PCSO for each of the 16 wards.

Sources. Besides police data, this assessment uses data from the Council's ASB and housing
services, the London Fire Brigade, the Youth Offending Service, Better Lives (drug and
alcohol treatment), Solace Women's Aid, the Islington MARAC and the Islington Residents'
Survey. Data notes are in Annex 2.""", 72))
P.append("\n\f2. SUMMARY OF FINDINGS\n")
vp = TD["Violence against the person"]; tfp = TD["Theft from the person"]
P.append(wrap(f"""Total notifiable offences rose to {fi(TOT[2])} in 2019/20, up {f(pct(TOT[2], TOT[1], 1), 1)}% on
2018/19 ({fi(TOT[1])}) and up {f(pct(TOT[2], TOT[0], 1), 1)}% on 2017/18 ({fi(TOT[0])}). Islington's crime rate
of {rt(TOT[2])} per 1,000 residents is well above the London rate of {LONDON_ALL}, mainly because of the
volume of theft and violence in the City fringe, Angel and the Nag's Head.

Headline points:""", 72))
P.append("")
P.append(bullets([
    f"Violence against the person rose by {f(pct(vp[2], vp[1], 1), 1)}% to {fi(vp[2])} offences.",
    f"Knife crime with injury rose from {KNIFE[0]} to {KNIFE[1]} offences; {KV[1]} victims were aged 1-24.",
    f"Theft from the person reached {fi(tfp[2])} offences, a rate of {rt(tfp[2])} per 1,000, against a London "
    f"rate of 5.9; phone snatches by moped and pedal cycle are the main method.",
    f"Robbery fell by {f(-pct(TD['Robbery'][2], TD['Robbery'][1], 1), 1)}% to {fi(TD['Robbery'][2])}.",
    f"Burglary fell for the second year, to {fi(BUR)} offences, of which {fi(RESBUR)} were residential.",
    f"Domestic abuse offences rose to {fi(DA['off19'])}; the MARAC repeat rate was {DA['marac_rep']}%.",
    f"ASB calls to police fell to {fi(ASB[1])} from {fi(ASB[0])}.",
    f"Drug offences rose by {f(pct(TD['Drug offences'][2], TD['Drug offences'][1], 1), 1)}%, reflecting more "
    f"proactive policing around Finsbury Park and the Nag's Head.",
], 72, mark="*"))
P.append("")
P.append(wrap("""The assessment recommends that the SIP keeps three strategic priorities for 2020-21 (Section
11): serious youth violence and exploitation; violence against women and girls; and ASB and
the night-time economy, with hate crime and community cohesion as a cross-cutting theme.""", 72))

P.append("\n\f3. CRIME IN ISLINGTON\n")
P.append("3.1 Overall trends and London comparison\n")
P.append(wrap(f"""Figure 3.1 shows notifiable offences by offence group for the last three financial years,
the change between 2018/19 and 2019/20, the 2019/20 rate per 1,000 residents and the London
rate for the same year.""", 72))
P.append("")
P.append(F31)
P.append("Figure 3.1: Notifiable offences by offence group, Islington, 2017/18 to 2019/20, with rate")
P.append("per 1,000 residents and London rate (2019/20). % change = 2018/19 to 2019/20. Source: MPS.")
P.append("")
P.append(wrap(f"""Islington's rates are above the London rate for every offence group except vehicle offences
and miscellaneous crimes against society. The largest gap is for theft from the person, where Islington's rate
({rt(tfp[2])}) is around three times the London rate. Islington ranked 4th highest of the 32 London
boroughs for the total crime rate, behind Westminster, Camden and Kensington and Chelsea.

Compared with the Inner London average (an all-crime rate of 121.4 per 1,000 in 2019/20),
Islington's rate is higher, but the gap is much smaller than with London as a whole.

Over three years, violence against the person has risen by {f(pct(vp[2], vp[0], 1), 1)}%, theft
from the person by {f(pct(tfp[2], tfp[0], 1), 1)}% and burglary has fallen by
{f(-pct(BUR, TD['Burglary (all)'][0], 1), 1)}%.""", 72))
P.append("")
P.append("")
P.append(wrap("""Monthly pattern. Crime peaked in July 2019 and fell sharply in March 2020 as the
lockdown began; ASB calls followed the usual summer peak.""", 72))
P.append("")
P.append(F33)
P.append("Figure 3.3: Notifiable offences and ASB calls by month, 2019/20. Source: MPS.")
P.append("")
P.append("3.2 Crime by ward\n")
P.append(wrap("""Figure 3.2 shows crime, residential burglary and ASB calls by ward, ordered by the number of
crimes in 2019/20. The Islington row at the bottom is the borough total.""", 72))
P.append("")
P.append(F32)
P.append("Figure 3.2: Crime, residential burglary and ASB calls by ward, 2019/20 (with total crime")
P.append("2018/19). * City-fringe ward: rate per 1,000 residents overstates risk (see Section 1).")
P.append("Source: MPS recorded crime and CAD data; GLA 2019 ward population projections.")
P.append("")
top = order[0]
P.append(wrap(f"""{W[top][0]} recorded the most crime ({fi(allc[top])} offences), followed by {W[order[1]][0]}
({fi(allc[order[1]])}) and {W[order[2]][0]} ({fi(allc[order[2]])}). These City-fringe and town-centre
wards contain the borough's main transport hubs and evening economy. The fewest crimes were
recorded in {W[order[-1]][0]} ({fi(allc[order[-1]])}).

Among residential wards, Holloway and Finsbury Park stand out, driven by the Nag's Head town
centre and the area around Finsbury Park station respectively.""", 72))

P.append("\n\f4. VIOLENCE\n")
P.append("4.1 Violence against the person\n")
VWI = (2288, 2431)
P.append(wrap(f"""There were {fi(vp[2])} violence against the person offences in 2019/20, a rate of {rt(vp[2])} per
1,000 residents against a London rate of 30.4. Violence with injury accounted for {fi(VWI[1])}
offences (2018/19: {fi(VWI[0])}). Violence without injury, which includes common assault,
harassment and stalking, accounted for the rest.

Around a quarter of violence with injury was domestic. Of non-domestic violence with injury,
the greatest concentrations were around the Nag's Head, Angel and Upper Street on Friday and
Saturday nights, and around Finsbury Park station on match days at the Emirates Stadium.""", 72))
P.append("")
P.append("4.2 Knife crime and serious youth violence\n")
P.append(wrap(f"""Knife crime with injury (all ages) rose from {KNIFE[0]} offences in 2018/19 to {KNIFE[1]} in 2019/20.
The MPS measure used for young people, knife crime with injury where the victim was aged 1-24
and the offence was not domestic, rose from {KV[0]} to {KV[1]}. Figure 4.1 summarises the
knife crime measures, and Figure 4.2 shows the victims aged 1-24 by ward.""", 72))
P.append("")
F41 = pipe_md([["Knife crime (all offences)", "702", "744", signed(pct(744, 702, 1), 1)],
               ["Knife crime with injury (all ages)", str(KNIFE[0]), str(KNIFE[1]), signed(pct(KNIFE[1], KNIFE[0], 1), 1)],
               ["Knife crime with injury, victims aged 1-24 (non-domestic)", str(KV[0]), str(KV[1]), signed(pct(KV[1], KV[0], 1), 1)],
               ["Serious youth violence victims (aged 1-19)", "188", str(YOUTH["sv_victims"]), signed(pct(YOUTH["sv_victims"], 188, 1), 1)]],
              ["Measure", "2018/19", "2019/20", "% change"])
P.append(F41)
P.append("Figure 4.1: Knife crime and serious youth violence measures, 2018/19 and 2019/20. Source: MPS.")
P.append("")
P.append(F42)
P.append("Figure 4.2: Knife crime with injury, non-domestic, victims aged 1-24, by ward of offence,")
P.append("2018/19 and 2019/20. <5 = one to four offences; - = none. Totals include suppressed values.")
P.append("")
P.append(wrap(f"""{W[krank[0]][0]} had the most knife crime with injury against young victims in 2019/20
({kv[krank[0]]}), followed by {W[krank[1]][0]} ({kv[krank[1]]}) and {W[krank[2]][0]} ({kv[krank[2]]}). These three
wards in the north and west of the borough account for {f(share(kv[krank[0]] + kv[krank[1]] + kv[krank[2]], KV[1]), 1)}%
of the total. Most victims and suspects were young men aged 15 to 24, and many incidents
were linked to disputes between groups involved in drug supply.

The Integrated Gangs Team worked with 94 young people in 2019/20. Islington's Youth
Offending Service recorded {YOUTH['fte']} first-time entrants to the youth justice system, down from
{YOUTH['fte_prev']} in 2018/19.""", 72))
P.append("")
P.append("4.3 Robbery and theft from the person\n")
P.append(wrap(f"""Robbery fell from {fi(TD['Robbery'][1])} to {fi(TD['Robbery'][2])} offences. Theft from the person, by
contrast, rose to {fi(tfp[2])}. Moped and pedal-cycle enabled phone snatches are concentrated in
Bunhill, Clerkenwell, St Mary's and Barnsbury, especially along Old Street, City Road,
Goswell Road and Upper Street. Operation Venice and the use of tactical contact by the MPS
reduced moped-enabled offences during the second half of the year.""", 72))

P.append("")
P.append("4.4 Weapons and violence in public places\n")
P.append(wrap(f"""Possession of weapons offences rose to {TD['Possession of weapons'][2]} in 2019/20, most of them
arising from stop and search. Weapons sweeps in parks and on estates in the north of the
borough recovered 63 knives and other weapons. Violence in public places is concentrated on
the main roads and transport hubs: Holloway Road, Seven Sisters Road, Caledonian Road,
Upper Street and the area around Highbury & Islington station. Hospital data on knife
injuries, collected under the Information Sharing to Tackle Violence programme at the
Whittington and University College hospitals, are not yet shared at ward level.""", 72))
P.append("\n\f5. ANTI-SOCIAL BEHAVIOUR AND THE NIGHT-TIME ECONOMY\n")
P.append(wrap(f"""There were {fi(ASB[1])} calls to the police about ASB in 2019/20, down {f(-pct(ASB[1], ASB[0], 1), 1)}% on
2018/19 ({fi(ASB[0])}). The rate was {rt(ASB[1])} calls per 1,000 residents. In addition, the
Council's ASB team received 3,906 reports through its own channels.

The five locations with the most ASB calls to police in 2019/20 were:""", 72))
P.append("")
for k, (loc, n) in enumerate(HOT, 1):
    P.append(f"    {k}) {loc}: {fi(n)} calls")
P.append("")
P.append(wrap("""ASB calls by type are shown in Figure 5.2.""", 72))
P.append("")
P.append(F52)
P.append("Figure 5.2: ASB calls to police by type, 2019/20. Source: MPS CAD.")
P.append("")
P.append(wrap(f"""Together these five locations account for {fi(sum(n for _, n in HOT))} calls, {f(share(sum(n for _, n in HOT), ASB[1]), 1)}% of
all ASB calls in the borough. Street drinking, begging, drug dealing and rough sleeping are
the main themes at the Nag's Head and Finsbury Park; noise and rowdy behaviour linked to
licensed premises at Angel.

By ward, {W[max(range(NW), key=lambda i: asb[i])][0]} had the most ASB calls ({fi(max(asb))}).

Night-time economy. Islington has around 1,100 licensed premises, with clusters at Angel and
Upper Street, Clerkenwell and Farringdon, Exmouth Market, Old Street and Shoreditch fringe,
Holloway Road and Highbury Corner. Violence with injury between 10pm and 4am on Friday and
Saturday nights numbered 386 offences in the four NTE zones. Figure 5.1 splits
these by zone.""", 72))
P.append("")
P.append(F51)
P.append("Figure 5.1: Violence with injury in the NTE zones, Friday and Saturday 10pm-4am, 2019/20.")
P.append("")
P.append(wrap(""" The borough operates a cumulative impact policy in the
Angel and Upper Street and Clerkenwell areas.

Enforcement in 2019/20 included 48 community protection notices, 6 criminal behaviour
orders, 3 closure orders and the continuation of the public spaces protection order
covering the Nag's Head and Holloway Road.""", 72))

P.append("\n\f6. DOMESTIC ABUSE AND VIOLENCE AGAINST WOMEN AND GIRLS\n")
P.append(wrap(f"""The MPS recorded {fi(DA['off19'])} domestic abuse offences in Islington in 2019/20, up
{f(pct(DA['off19'], DA['off18'], 1), 1)}% on 2018/19 ({fi(DA['off18'])}). This is a rate of {rt(DA['off19'])} per 1,000
residents. Police also recorded {fi(DA['inc19'])} domestic abuse incidents, including those that
were not crimes.

Figure 6.1 shows the three-year trend.""", 72))
P.append("")
P.append(F61)
P.append("Figure 6.1: Domestic abuse offences and incidents, 2017/18 to 2019/20. Source: MPS.")
P.append("")
P.append(wrap(f"""The sanction detection rate for domestic abuse offences was {DA['sanction']}%, below the London rate of
{DA['london_sanction']}%. Victim withdrawal from prosecution is the most common reason cases do not
proceed.

The Islington MARAC heard {DA['marac']} cases in 2019/20, of which {DA['marac_rep']}% were repeat
cases. The IDVA service, provided by Solace Women's Aid, received {DA['idva']} referrals.

Violence against women and girls. Islington's VAWG strategy covers domestic abuse, sexual
violence, stalking, so-called honour-based abuse, female genital mutilation, forced marriage
and sexual exploitation. Sexual offences rose to {fi(TD['Sexual offences'][2])} (2018/19:
{fi(TD['Sexual offences'][1])}). Around 40% of rapes reported in the borough were reported more than
a year after the offence. The Women's Night Safety Charter has been signed by 74 Islington
venues.

Gaps. The partnership does not have reliable data on stalking by ward, or on the ethnicity of
DA victims referred to the IDVA service, because of incomplete recording.""", 72))

P.append("\n\f7. HATE CRIME AND COMMUNITY COHESION\n")
rr = HATE[0][1]
P.append(wrap(f"""Figure 7.1 shows hate crimes recorded by the MPS by flag. A crime can carry more than one
flag, so the rows are not added together. Racist and religious hate crime rose to {rr[2]} offences in
2019/20.""", 72))
P.append("")
P.append(F71)
P.append("Figure 7.1: Hate crime by flag, Islington, 2017/18 to 2019/20. % change = 2018/19 to 2019/20.")
P.append("Source: MPS. Flags overlap; no total is given.")
P.append("")
P.append(wrap("""Islington is a diverse borough and levels of community cohesion are high. Incidents after
national and international events, including the terrorist attacks of 2017 and the
Finsbury Park mosque attack, showed how quickly tensions can rise. The Community Tension
Monitoring Group meets monthly. Islington is a Prevent priority area.

Prevent. Referrals from Islington to the Channel programme are handled by the North London
Prevent team. Numbers are small and are not published at borough level. The Council's
Prevent co-ordinator delivered training to 1,140 staff and volunteers in 2019/20, and the
Prevent Advisory Group met quarterly with faith and community representatives.""", 72))

P.append("\n\f8. DRUGS, ALCOHOL AND EXPLOITATION\n")
P.append(wrap(f"""Drug offences rose to {fi(TD['Drug offences'][2])} in 2019/20 ({fi(TD['Drug offences'][1])} in 2018/19). Most were
possession offences arising from stop and search. Drug trafficking offences numbered 287.

The borough's drug and alcohol service, Better Lives, had 1,932 adults in treatment in
2019/20. Crack cocaine use among people in treatment for opiates has risen, and the
partnership has seen more crack-related ASB around the Nag's Head and Finsbury Park.

County lines. The MPS identified 14 county lines with links to Islington. 57 young people
were discussed at the Exploitation and Missing panel and 22 referrals were made to the
National Referral Mechanism, 15 of them for children.

Alcohol. Alcohol-related hospital admissions in Islington are above the London average.
The Angel and Upper Street and Clerkenwell cumulative impact areas reflect the concentration
of alcohol-related harm in these parts of the borough.""", 72))

P.append("\n\f9. BURGLARY AND VEHICLE CRIME\n")
rbr = sorted(range(NW), key=lambda i: -rb[i])
P.append(wrap(f"""Burglary fell to {fi(BUR)} offences in 2019/20 ({fi(TD['Burglary (all)'][1])} in 2018/19). Residential
burglary accounted for {fi(RESBUR)} offences, a rate of {rt(RESBUR)} per 1,000 residents; the remainder
were burglaries of businesses and community premises, many in Clerkenwell and Bunhill.
Residential burglary was highest in {W[rbr[0]][0]} ({rb[rbr[0]]}) and {W[rbr[1]][0]} ({rb[rbr[1]]}).

Vehicle offences rose slightly, to {fi(TD['Vehicle offences'][2])}. Theft of and from motorcycles and
mopeds is a particular problem, as stolen mopeds are used in phone snatches.""", 72))

P.append("")
P.append(wrap("""Reoffending. Islington's Integrated Offender Management scheme managed 118 people in
2019/20, most with convictions for theft and robbery. The proven reoffending rate for
Islington adults was 29.8% for the most recent published cohort. Access to settled
accommodation and to treatment for crack cocaine use are the main barriers to desistance.

Fire. The London Fire Brigade attended 211 deliberate fires in Islington in 2019/20, most
of them rubbish and refuse fires in estate bin stores. Arson in communal areas is a concern
in several large estates in Caledonian and Finsbury Park wards.""", 72))
P.append("\n\f10. RESIDENTS' VIEWS\n")
P.append(wrap(f"""The Islington Residents' Survey 2019 ({fi(SURV['n'])} face-to-face interviews) found that {SURV['safe_day']}% of
residents felt safe in their local area during the day and {SURV['safe_dark']}% after dark. Women
were much less likely than men to feel safe after dark ({SURV['dark_women']}% against {SURV['dark_men']}%).
{SURV['worried_asb']}% said that drug use or dealing was a problem in their area, the ASB issue most
often named. The survey sample is not large enough for ward-level results.

The MPS Public Attitude Survey found that 61% of Islington respondents agreed that the
police do a good job in the local area, similar to the London average.""", 72))

P.append("\n\f11. STRATEGIC PRIORITIES 2020-21\n")
P.append(wrap("""Progress against last year's priorities is summarised in Figure 11.1.""", 72))
P.append("")
P.append(F111)
P.append("Figure 11.1: Progress against the 2019-20 priorities (RAG = red, amber, green).")
P.append("")
P.append(wrap("""The SIP Board is asked to confirm the following priorities for 2020-21.

Strategic priority one - Serious youth violence and exploitation: reduce knife crime with
injury against young people, disrupt county lines and protect children at risk of
exploitation.

Strategic priority two - Violence against women and girls: improve the safety of women in
public spaces and at home, increase confidence to report, and reduce repeat victimisation.

Strategic priority three - ASB and the night-time economy: reduce ASB at the five hotspot
locations and manage the evening economy at Angel, Clerkenwell and the Nag's Head.

Cross-cutting theme - Hate crime and community cohesion.

Theft from the person is not proposed as a separate priority despite its volume, because
the response is led by the MPS and the neighbouring City-fringe boroughs; the SIP will
monitor it through the quarterly performance report.""", 72))

P.append("\n\f12. ACTIONS FOR THE BOARD\n")
P.append(wrap("""The SIP Board is asked to:""", 72))
P.append("")
ACTS = [
    "(i) agree the three strategic priorities and the cross-cutting theme in Section 11;",
    "(ii) ask the Youth Safety Board to produce a knife crime action plan focused on Holloway, "
    "Finsbury Park and Caledonian wards by December 2020;",
    "(iii) commission a review of the domestic abuse sanction detection rate with the MPS and the "
    "Crown Prosecution Service, reporting by March 2021;",
    "(iv) extend the Women's Night Safety Charter to 150 venues and carry out a women's safety audit "
    "of the Angel and Upper Street area;",
    "(v) set up problem-solving plans for each of the five ASB hotspot locations, with a named lead "
    "officer for each;",
    "(vi) improve the recording of stalking and of the ethnicity of DA victims so that the gaps "
    "identified in Section 6 can be closed in next year's assessment;",
    "(vii) receive the COVID-19 impact assessment in September 2020.",
]
import textwrap
for a_ in ACTS:
    P.append(textwrap.fill(a_, 72, initial_indent="  ", subsequent_indent="      ", break_on_hyphens=False))

P.append("\n\f13. PARTNERSHIP STRUCTURE\n")
P.append(wrap("""The Safer Islington Partnership Board is co-chaired by Councillor Anwen Ruddick-Solberg,
Executive Member for Community Safety, and Detective Chief Superintendent Idris
Kowalczyk-Brome, Borough Commander for the Central North BCU. The Board meets every two
months.

The lead officer for the partnership is Saoirse Blackmore-Adeyemi, Head of Community Safety,
Islington Council, who is responsible for the strategic assessment and the partnership plan.

Four sub-groups report to the Board:""", 72))
P.append("")
P.append(bullets([
    "Youth Safety Board - chaired by Theo Marchbanks-Ude, Director of Youth and Communities",
    "VAWG Strategic Board - chaired by Dr Nia Castellane-Obi, Director of Public Health",
    "ASB and Night-Time Economy Group - chaired by Saoirse Blackmore-Adeyemi",
    "Community Tension Monitoring Group - chaired by the Council's Head of Communities",
], 72, mark="-"))
P.append("")
P.append(wrap("""Responsible authorities represented on the Board are Islington Council, the Metropolitan
Police Service, the London Fire Brigade, the National Probation Service and the London
Community Rehabilitation Company, and NHS North Central London CCG. The Mayor's Office for
Policing and Crime (MOPAC) funds several of the programmes described here through the
London Crime Prevention Fund.""", 72))

P.append("\n\fANNEX 1. WARD PROFILES\n")
P.append(wrap("""Key facts for each ward, taken from Figures 3.2 and 4.2. Ward rank is by the number of
crimes in 2019/20 (1 = most crime).""", 72))
P.append("")
NOTES = {
    "Holloway": "Nag's Head town centre; street drinking, begging and drug-related ASB.",
    "Finsbury Park": "Finsbury Park station and Seven Sisters Road; match-day disorder.",
    "Bunhill": "Old Street and the City fringe; theft from the person and business burglary.",
    "Clerkenwell": "Farringdon and Exmouth Market; night-time economy.",
    "St Mary's": "Angel and Upper Street; the borough's largest evening economy.",
    "Caledonian": "Caledonian Road and the Market estate; serious youth violence.",
    "Junction": "Archway; ASB and drug dealing around the gyratory.",
    "Tollington": "Residential estates off Hornsey Road and Seven Sisters Road.",
}
for i, w in enumerate(W):
    P.append(f"{w[0]}")
    P.append(f"    Residents ............................ {fi(w[1])}")
    P.append(f"    Crimes 2019/20 (2018/19) ............. {fi(allc[i])} ({fi(allc18[i])})")
    P.append(f"    Rank for crime ....................... {order.index(i) + 1} of 16")
    P.append(f"    Violence against the person .......... {fi(vapw[i])}")
    P.append(f"    Theft from the person ................ {fi(tfpw[i])}")
    P.append(f"    Residential burglaries ............... {fi(rb[i])}")
    P.append(f"    ASB calls ............................ {fi(asb[i])}")
    P.append(f"    Knife crime with injury, victims 1-24  {kc(kv[i])}")
    if w[0] in NOTES:
        P.append(f"    Note: {NOTES[w[0]]}")
    P.append("")

P.append("\fANNEX 1A. SELECTED OFFENCES BY WARD\n")
P.append(wrap("""The table below gives ward counts for four offence groups in 2019/20. Wards are in
alphabetical order.""", 72))
P.append("")
P.append(FA4)
P.append("Figure A1: Selected offence groups by ward, 2019/20. Source: MPS.")
P.append("")
P.append("\fANNEX 2. DATA NOTES\n")
P.append(bullets([
    "Recorded crime: MPS crime data, financial years, extracted May 2020. Offence groups follow the "
    "MPS 'major category' classification.",
    "London rates: MPS totals for the 32 boroughs divided by GLA 2019 population projections.",
    "ASB: calls to police (CAD) closed as ASB. One incident may generate several calls.",
    "Knife crime with injury, victims aged 1-24: non-domestic offences only, as used in MOPAC's "
    "Knife Crime Strategy. Counts of one to four are shown as <5.",
    "Domestic abuse: MPS domestic abuse flag; MARAC data from the Islington MARAC co-ordinator.",
    "Residents' views: Islington Residents' Survey 2019; MPS Public Attitude Survey.",
    "Population: GLA 2019 housing-led ward projections (residents).",
], 72, mark="-"))

P.append("\n\fANNEX 3. GLOSSARY\n")
GL = [("ASB", "Anti-social behaviour"), ("BCU", "Basic command unit"), ("CAD", "Computer-aided dispatch"),
      ("DA", "Domestic abuse"), ("IDVA", "Independent domestic violence adviser"),
      ("MARAC", "Multi-agency risk assessment conference"), ("MOPAC", "Mayor's Office for Policing and Crime"),
      ("MPS", "Metropolitan Police Service"), ("NRM", "National Referral Mechanism"), ("NTE", "Night-time economy"),
      ("SIP", "Safer Islington Partnership"), ("SYV", "Serious youth violence"),
      ("VAWG", "Violence against women and girls"), ("VWI", "Violence with injury")]
for a, b in GL:
    P.append(f"  {a}  -  {b}")

body = "\n".join(P)
text = paginate(body, "Safer Islington Partnership - Strategic Assessment 2020", "Page {n} of {N}", 44)
write_text(OUT, text)
