"""Rochdale 2023 strategic assessment (data 2022/23 vs 2021/22, with 2020/21). Invented figures. Rates per 10,000."""
import os
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "corpus",
                   "rochdale_2023-24_community-safety-strategic-assessment.txt")
PER = 10000
# ward, population, weights: crime 22/23, crime 21/22, violence, burglary, ASB
W = [
    ("Central Rochdale", 13400, 13.0, 12.6, 12.0, 6.0, 12.5),
    ("Milkstone and Deeplish", 12900, 8.0, 8.2, 8.0, 8.0, 7.5),
    ("Kingsway", 12300, 7.2, 7.0, 7.4, 7.0, 7.0),
    ("Smallbridge and Firgrove", 11800, 6.6, 6.9, 7.0, 6.5, 6.8),
    ("Balderstone and Kirkholt", 11600, 6.4, 6.1, 6.8, 6.0, 6.6),
    ("Spotland and Falinge", 12100, 6.2, 6.3, 6.4, 6.2, 6.0),
    ("West Heywood", 10900, 5.6, 5.5, 5.8, 5.5, 5.9),
    ("North Heywood", 11200, 5.5, 5.6, 5.6, 5.6, 5.5),
    ("West Middleton", 11300, 5.3, 5.1, 5.4, 5.0, 5.6),
    ("East Middleton", 10800, 4.6, 4.7, 4.6, 4.8, 4.4),
    ("South Middleton", 10700, 4.0, 4.1, 3.9, 4.6, 3.8),
    ("Hopwood Hall", 11500, 4.1, 4.0, 4.0, 4.4, 4.2),
    ("Castleton", 11400, 4.3, 4.4, 4.3, 5.0, 4.5),
    ("Healey", 10800, 3.5, 3.6, 3.3, 4.2, 3.4),
    ("North Middleton", 10900, 3.8, 3.7, 3.7, 4.3, 3.9),
    ("Littleborough Lakeside", 10600, 2.9, 3.0, 2.8, 3.6, 3.0),
    ("Milnrow and Newhey", 11100, 2.8, 2.8, 2.6, 3.8, 2.7),
    ("Wardle and West Littleborough", 9800, 1.9, 2.0, 1.7, 3.1, 1.9),
    ("Norden", 9900, 1.8, 1.9, 1.5, 3.0, 1.6),
    ("Bamford", 10100, 1.7, 1.8, 1.4, 3.2, 1.5),
]
POP = sum(w[1] for w in W)
CR23, CR22, CR21 = 24618, 23407, 20963
VIO23, VIO22 = 9204, 8811
BUR23, BUR22 = 1102, 1187
ASB23, ASB22 = 6932, 7845
cr23 = split(CR23, [w[2] for w in W]); cr22 = split(CR22, [w[3] for w in W])
vio = split(VIO23, [w[4] for w in W]); bur = split(BUR23, [w[5] for w in W]); asb = split(ASB23, [w[6] for w in W])
idx = {w[0]: i for i, w in enumerate(W)}
DAV23, DAV22 = 3553, 3163
DA = dict(inc23=6214, inc22=6388, cr23=3874, cr22=3702, rep23=29.1, rep22=27.4, marac=498, marac_rep=36)
POS23, POS22 = 9.8, 11.3
SAFE23, SAFE22 = 46.0, 51.0
KNIFE23, KNIFE22 = 188, 171
HATE23, HATE22 = 512, 547
SHOP23, SHOP22 = 1968, 1517
ROB23, ROB22 = 301, 266
VEH23, VEH22 = 1644, 1702
CD23, CD22 = 2806, 2911
SEX23, SEX22 = 587, 611

P = []
P.append("""Rochdale Borough Community Safety Partnership
============================================

COMMUNITY SAFETY STRATEGIC ASSESSMENT 2023-24

Based on data for 2022/23 (April 2022 - March 2023)
Produced by: Rochdale Borough Council Community Safety Team and
Greater Manchester Police (Rochdale District) analysts
Status: Final - agreed at the Community Safety Partnership meeting of 19 July 2023
""")
HEAD = [
    f"Total recorded crime: {fi(CR23)}¹ offences, {signed(pct(CR23, CR22, 1))} on 2021/22; "
    f"{frate(CR23, POP, PER)} per 10,000 residents (Force: 1,108.4).",
    f"Violence against the person: {fi(VIO23)} offences ({frate(VIO23, POP, PER)} per 10,000), "
    f"{signed(pct(VIO23, VIO22, 1))}.",
    f"Domestic abuse-related violence made up {f(share(DAV23, VIO23), 1)}% of all violence, "
    f"{pp(share(DAV23, VIO23), share(DAV22, VIO22))} on last year.",
    f"Repeat DA victims²: {f(DA['rep23'], 1)}% ({pp(DA['rep23'], DA['rep22'])}).",
    f"Residential burglary: {fi(BUR23)} offences, {signed(pct(BUR23, BUR22, 1))}.",
    f"Shoplifting: {fi(SHOP23)} offences, {signed(pct(SHOP23, SHOP22, 1))} - the largest rise of any crime type.",
    f"ASB incidents: {fi(ASB23)}, {signed(pct(ASB23, ASB22, 1))}.",
    f"Residents feeling safe outside after dark: {f(SAFE23, 0)}% ({pp(SAFE23, SAFE22)}).",
]
P.append(box("HEADLINE FIGURES 2022/23", HEAD, 84))
P.append("""
¹ Excludes fraud and computer misuse reported to Action Fraud.
² Share of DA victims who were also victims of a DA-related crime in the previous 12 months.

Contents
  Part A  Context and method ................................. A.1 - A.9
  Part B  Crime and anti-social behaviour .................... B.1 - B.18
  Part C  Vulnerability and exploitation ..................... C.1 - C.15
  Part D  Priorities and recommendations ..................... D.1 - D.6
  Part E  Governance ......................................... E.1 - E.6
  Annex 1 Ward data
  Annex 2 Glossary
""")
P.append("\nPART A  CONTEXT AND METHOD\n--------------------------\n")
P.append(wrap(f"""
A.1  This strategic assessment is produced each year by the Rochdale Borough Community Safety Partnership (the
CSP) to meet the requirements of the Crime and Disorder Act 1998 and the 2007 strategy regulations. It informs
the CSP's Community Safety Plan and the local contribution to the Greater Manchester Police and Crime Plan,
Standing Together, which is overseen by the Mayor of Greater Manchester.

A.2  The borough has a population of {fi(POP)} (mid-2021 estimate, summed from the twenty wards) and covers the
townships of Rochdale, Heywood, Middleton and the Pennines (Littleborough, Milnrow, Newhey and Wardle).

A.3  All rates in this document are expressed per 10,000 residents, to make small ward figures easier to read.
Multiply by 0.1 to convert to a rate per 1,000. Where a rate is given for the Force, this is the rate for the
whole Greater Manchester Police area. Changes in counts are given as a percentage (for example +5.2%); changes
in a percentage measure are given in percentage points (for example +1.7 pp).

A.4  Police data were extracted from the GMP data warehouse on 15 May 2023. Following the introduction of the
new GMP records system in 2019 and the force's subsequent improvement work, the CSP is confident that crime
recording in 2022/23 is broadly comparable with 2021/22, but comparisons with 2019/20 and earlier should be
treated with caution and are not made in this assessment.

A.5  Other data come from Rochdale Borough Council (ASB casework, licensing, children's and adults' social care),
Greater Manchester Fire and Rescue Service, Rochdale Boroughwide Housing, the Northern Care Alliance (emergency
department attendances at Rochdale Infirmary's urgent care centre and Fairfield General Hospital), the
Probation Service and the commissioned drug and alcohol treatment service.

A.6  Ward data are given in Annex 1. Ward tables are ordered by rate per 10,000, highest first, with the
borough figure on the top row for reference.

A.7  Where a figure carries a footnote marker (¹, ², ³), the footnote is printed at the end of the Part.

A.8  The assessment does not include data on fraud, online crime or road traffic collisions; these are covered
by other Greater Manchester assessments.

A.9  A public summary will be published on the council's website alongside the Community Safety Plan.

A.10  Population profile. Around 22% of residents are aged under 16 and 17% are aged 65 or over. The borough is
ethnically diverse, with the largest minority communities of Pakistani and Bangladeshi heritage concentrated in
Central Rochdale, Milkstone and Deeplish and Kingsway. Fifteen per cent of neighbourhoods in the borough fall
within the most deprived 10% in England, most of them in the central Rochdale wards and in parts of Heywood
and Middleton. Deprivation, housing density and the location of the town centres explain much of the pattern
of crime described in Part B.
"""))
P.append("\n\nPART B  CRIME AND ANTI-SOCIAL BEHAVIOUR\n--------------------------------------\n")
P.append("Overall crime\n")
P.append(wrap(f"""
B.1  GMP recorded {fi(CR23)}¹ crimes in the borough in 2022/23, compared with {fi(CR22)} in 2021/22 and
{fi(CR21)} in 2020/21, when pandemic restrictions suppressed many offence types. The rise of
{signed(pct(CR23, CR22, 1))} over the year is smaller than the Greater Manchester rise of +7.9%.

B.2  The borough's crime rate was {frate(CR23, POP, PER)} per 10,000 residents, below the Force rate of
1,108.4 and above the England and Wales rate of 897.0.
"""))
P.append("")
P.append("Exhibit B1. Crime by type: Rochdale borough compared with the Force, 2022/23")
TYPES = [
    ("Violence against the person", VIO22, VIO23, "430.6", "366.2"),
    ("Sexual offences", SEX22, SEX23, "33.1", "30.3"),
    ("Robbery", ROB22, ROB23, "18.9", "12.7"),
    ("Residential burglary", BUR22, BUR23, "57.2", "44.1"),
    ("Vehicle offences", VEH22, VEH23, "109.8", "67.6"),
    ("Shoplifting", SHOP22, SHOP23, "74.0", "60.0"),
    ("Criminal damage and arson", CD22, CD23, "104.7", "88.1"),
]
o22 = CR22 - sum(t[1] for t in TYPES); o23 = CR23 - sum(t[2] for t in TYPES)
rows = [[n, fi(a), fi(b), signed(pct(b, a, 1)), frate(b, POP, PER), fc, ew] for n, a, b, fc, ew in TYPES]
rows.append(["All other offences", fi(o22), fi(o23), signed(pct(o23, o22, 1)), frate(o23, POP, PER), "-", "-"])
rows.append(["Total recorded crime¹", fi(CR22), fi(CR23), signed(pct(CR23, CR22, 1)), frate(CR23, POP, PER), "1,108.4", "897.0"])
P.append(pipe(rows, ["Crime type", "2021/22", "2022/23", "Change", "Rochdale /10,000", "Force /10,000", "E&W /10,000"]))
P.append("Source: GMP; Force and England and Wales (E&W) rates from ONS police recorded crime tables.\n")
P.append(wrap(f"""
B.3  Rochdale's rates are below the Force rate for every crime type shown except shoplifting and criminal
damage. The borough shoplifting rate of {frate(SHOP23, POP, PER)} per 10,000 exceeds the Force rate of 74.0.
Robbery and vehicle offences are well below the Force rate. Compared with England and Wales, the borough has
higher rates for every crime type shown except sexual offences.

B.4  Shoplifting rose from {fi(SHOP22)} to {fi(SHOP23)} offences ({signed(pct(SHOP23, SHOP22, 1))}). Rochdale
town centre, the Rochdale Exchange and the retail parks along Kingsway account for most offences. The CSP
believes the cost of living is a factor, alongside organised shoplifting by a small number of prolific
offenders.
"""))
P.append("\nViolence\n")
P.append(wrap(f"""
B.5  There were {fi(VIO23)} violence against the person offences in 2022/23, {signed(pct(VIO23, VIO22, 1))}
on the {fi(VIO22)} of 2021/22. Violence with injury accounted for 3,318 offences, violence without injury for
3,691, and stalking and harassment for 2,195.

B.6  Of all violence, {fi(DAV23)} offences ({f(share(DAV23, VIO23), 1)}%) were domestic abuse-related, up from
{fi(DAV22)} ({f(share(DAV22, VIO22), 1)}%) in 2021/22, a change of {pp(share(DAV23, VIO23), share(DAV22, VIO22))}.

B.7  Offences involving a knife or bladed article numbered {KNIFE23}, compared with {KNIFE22} in 2021/22.
Most knife-enabled robberies took place in Central Rochdale and Kingsway. The Greater Manchester Violence
Reduction Unit (VRU) funds a navigator programme at the Northern Care Alliance emergency departments, which
worked with 74 young people from the borough during the year.

B.8  Night-time economy violence is concentrated in Rochdale town centre (Central Rochdale ward) and, to a
lesser degree, Middleton town centre. The CSP does not hold a separate count of NTE offences for 2022/23
because the flag used in previous years was withdrawn when GMP changed systems.
"""))
P.append("")
order = sorted(range(len(W)), key=lambda i: (-rate(vio[i], W[i][1], PER), W[i][0]))
rows = [["Rochdale borough", fi(VIO23), frate(VIO23, POP, PER)]]
rows += [[W[i][0], fi(vio[i]), frate(vio[i], W[i][1], PER)] for i in order[:8]]
P.append("Exhibit B2. Violence hotspots: the eight wards with the highest violence rates, 2022/23")
P.append(pipe(rows, ["Ward", "Violence offences", "Per 10,000"]))
P.append("")
top = order[0]
P.append(wrap(f"""
B.9  {W[top][0]} has the highest violence rate in the borough, at {frate(vio[top], W[top][1], PER)} per 10,000
residents, {f(vio[top] / W[top][1] / (VIO23 / POP), 1)} times the borough rate. The full ward table is in
Annex 1 (Exhibit AN1).
"""))
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
d = split(VIO23, [13.1, 12.6, 12.8, 13.3, 15.2, 17.1, 15.9])
P.append("Exhibit B3. Violence against the person by day of week, 2022/23")
P.append(pipe([[a, fi(b), f(share(b, VIO23), 1)] for a, b in zip(DAYS, d)] + [["All days", fi(VIO23), "100.0"]],
              ["Day", "Offences", "% of week"]))
P.append("")
P.append(wrap("""
B.9a  Violence peaks at weekends. Saturday is the busiest day, and violence between 10pm and 3am on Friday and
Saturday nights is concentrated in Rochdale town centre. Weekday violence is more evenly spread and a larger
share is domestic.
"""))
P.append("\nBurglary, robbery and vehicle crime\n")
P.append(wrap(f"""
B.10  Residential burglary fell by {signed(pct(BUR23, BUR22, 1))[1:]} to {fi(BUR23)} offences, a rate of
{frate(BUR23, POP, PER)} per 10,000 residents against the Force rate of 57.2. The reduction was greatest in the
Heywood wards, which were the focus of a Safer Streets Fund project in 2021 and 2022 (alley gating, lighting
and home security visits to 1,240 homes).

B.11  Robbery rose to {ROB23} offences ({signed(pct(ROB23, ROB22, 1))}); 244 of these were personal
robberies. Vehicle offences fell slightly, to {fi(VEH23)}.

B.12  Burglary is the least concentrated of the main crime types: the highest-rate ward,
Milkstone and Deeplish, has a rate around 1.4 times the borough figure.
"""))
P.append("\nAnti-social behaviour\n")
P.append(wrap(f"""
B.13  GMP recorded {fi(ASB23)} ASB incidents in 2022/23, {signed(pct(ASB23, ASB22, 1))} on the {fi(ASB22)}
recorded in 2021/22. This is equivalent to {frate(ASB23, POP, PER)} incidents per 10,000 residents. The
council's ASB team opened 884 cases, and Rochdale Boroughwide Housing a further 611.

B.14  ASB reports peaked in July and August. Off-road motorbikes were the most common single issue raised by
residents, especially in Kirkholt, Langley and the Hollingworth Lake area.

B.15  The ward breakdown of ASB incidents is given in Exhibit AN2 in Annex 1. It shows incidents only; no
borough total row is included because a small number of incidents (recorded against the borough rather than a
ward) could not be allocated, and these are excluded from the ward figures.
"""))
# the prose total in B.13 is the full total; AN2 excludes unallocated incidents: make ward sum smaller
UNALLOC = 57
asb_w = split(ASB23 - UNALLOC, [w[6] for w in W])
P.append(wrap(f"""
B.16  In total {fi(ASB23 - UNALLOC)} incidents were allocated to a ward and {UNALLOC} could not be allocated.
"""))
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
m23 = split(ASB23, [8.2, 8.9, 9.4, 10.6, 10.4, 8.6, 8.8, 7.9, 6.4, 6.6, 6.9, 7.3])
m22 = split(ASB22, [8.6, 9.1, 9.6, 10.1, 10.2, 8.7, 8.9, 8.0, 6.7, 6.5, 6.6, 7.0])
P.append("")
P.append("Exhibit B4. ASB incidents by month, 2021/22 and 2022/23")
rows = [[m, fi(a), fi(b), signed(pct(b, a, 1))] for m, a, b in zip(MONTHS, m22, m23)]
rows.append(["Year", fi(ASB22), fi(ASB23), signed(pct(ASB23, ASB22, 1))])
P.append(pipe(rows, ["Month", "2021/22", "2022/23", "Change"]))
P.append("")
P.append("\nFire\n")
P.append(wrap("""
B.16a  Greater Manchester Fire and Rescue Service attended 702 deliberate fires in the borough in 2022/23
(2021/22: 644). Deliberate secondary fires - rubbish, grass and derelict buildings - made up 571 of these; there
were 131 deliberate primary fires, 58 of them involving vehicles.
"""))
P.append("\nHate crime\n")
P.append(wrap(f"""
B.17  There were {HATE23} hate crimes in 2022/23, compared with {HATE22} in 2021/22 ({signed(pct(HATE23, HATE22, 1))}).
Racially motivated offences were 68% of the total. The borough's third-party reporting centres received 41
reports.
"""))
P.append("\nOutcomes\n")
P.append(wrap(f"""
B.18  The positive outcome rate - the share of crimes resulting in a charge, summons, caution or community
resolution - was {f(POS23, 1)}% in 2022/23, compared with {f(POS22, 1)}% in 2021/22 ({pp(POS23, POS22)}). The
Force rate was 10.6%.
"""))
P.append("""
Footnotes to Part B
¹ Excludes fraud and computer misuse reported to Action Fraud.
³ Force = the Greater Manchester Police area (ten districts).
""")
P.append("\nPART C  VULNERABILITY AND EXPLOITATION\n--------------------------------------\n")
P.append("Domestic abuse\n")
P.append(wrap(f"""
C.1  GMP recorded {fi(DA['inc23'])} domestic abuse incidents in 2022/23 (2021/22: {fi(DA['inc22'])}), of which
{fi(DA['cr23'])} were crimes (2021/22: {fi(DA['cr22'])}). The DA crime rate was {frate(DA['cr23'], POP, PER)} per
10,000 residents.

C.2  The proportion of victims who were repeat victims² rose from {f(DA['rep22'], 1)}% to {f(DA['rep23'], 1)}%
({pp(DA['rep23'], DA['rep22'])}).

C.3  MARAC heard {DA['marac']} cases, {DA['marac_rep']}% of them repeat cases. The Independent Domestic Violence
Advocacy service, delivered by a commissioned provider, supported 1,312 victims.

C.4  Around 79% of DA victims were female and 21% male. Data on the age of victims are held by GMP but are
not analysed in this assessment.
"""))
P.append("")
P.append("Exhibit C1. Domestic abuse measures, 2021/22 and 2022/23")
rows = [["DA incidents", fi(DA['inc22']), fi(DA['inc23']), signed(pct(DA['inc23'], DA['inc22'], 1))],
        ["DA crimes", fi(DA['cr22']), fi(DA['cr23']), signed(pct(DA['cr23'], DA['cr22'], 1))],
        ["DA-related violence", fi(DAV22), fi(DAV23), signed(pct(DAV23, DAV22, 1))],
        ["DA share of all violence (%)", f(share(DAV22, VIO22), 1), f(share(DAV23, VIO23), 1), pp(share(DAV23, VIO23), share(DAV22, VIO22))],
        ["Repeat victims² (%)", f(DA['rep22'], 1), f(DA['rep23'], 1), pp(DA['rep23'], DA['rep22'])],
        ["MARAC cases", "472", fi(DA['marac']), signed(pct(DA['marac'], 472, 1))]]
P.append(pipe(rows, ["Measure", "2021/22", "2022/23", "Change"]))
P.append("")
P.append("\nViolence against women and girls\n")
P.append(wrap(f"""
C.5  The CSP adopted the Greater Manchester Gender-Based Abuse Strategy in 2022. Sexual offences fell to
{SEX23} (2021/22: {SEX22}). Stalking and harassment offences, included in violence, made up 2,195 offences, of
which an estimated 64% had a female victim.

C.6  A women's night safety survey of 412 women, run in Rochdale and Middleton town centres in November 2022,
found that 61% felt unsafe walking alone in the town centre after dark.
"""))
P.append("\nExploitation and serious organised crime\n")
P.append(wrap("""
C.7  The council's Complex Safeguarding Team worked with 93 children during 2022/23 who were at risk of, or
experiencing, child sexual or criminal exploitation. Of these, 52 were at risk of criminal exploitation,
including county lines.

C.8  GMP's Challenger partnership targeted eleven organised crime groups with links to the borough. Closure
orders were obtained on 17 properties used for drug supply or associated with cuckooing.

C.9  Modern slavery referrals from the borough to the National Referral Mechanism numbered 39.
"""))
P.append("\nDrugs and alcohol\n")
P.append(wrap("""
C.10  There were 1,164 adults in structured treatment for drugs or alcohol in 2022/23. The borough's rate of
drug-related deaths is above the England average, with 58 deaths registered in 2019-2021.

C.11  Alcohol-related violence is concentrated in Central Rochdale, but the assessment does not give a count
because GMP no longer records an alcohol flag consistently.
"""))
P.append("\nYoung people and reoffending\n")
P.append(wrap("""
C.12  There were 64 first-time entrants to the youth justice system in 2022/23, compared with 71 the year
before. The Youth Justice Service worked with 148 children in total.

C.13  The Probation Service supervised 1,046 people living in the borough. The proven reoffending rate for
adults was 24.6%, against 25.8% a year earlier (-1.2 pp).

C.14  Prevent: the borough remains a Prevent priority area; case numbers are not published.
"""))
P.append("\nResidents' survey\n")
P.append(wrap("""
C.15  The council's annual residents' survey (1,502 respondents, autumn 2022) asked about feelings of safety.
Results are shown in Exhibit C2. The survey is not large enough to report by ward.
"""))
P.append("")
P.append("Exhibit C2. Residents' survey: feelings of safety and perceptions (%)")
SV = [("Feel safe outside in local area during the day", 84.0, 82.0),
      ("Feel safe outside in local area after dark", SAFE22, SAFE23),
      ("Feel safe in town centre after dark", 38.0, 33.0),
      ("ASB a big or fairly big problem locally", 31.0, 29.0),
      ("Drug dealing or use a big or fairly big problem", 35.0, 37.0),
      ("Police and council dealing with local concerns", 47.0, 44.0)]
P.append(pipe([[a, f(b, 0), f(c, 0), pp(c, b)] for a, b, c in SV], ["Statement", "2021", "2022", "Change"]))
P.append("")
P.append("\nPART D  PRIORITIES AND RECOMMENDATIONS\n--------------------------------------\n")
P.append(wrap("""
D.1  From the evidence in Parts B and C, the CSP proposes to keep four priorities for 2023-24:

(1) Tackling violence, including domestic abuse and gender-based abuse;
(2) Reducing anti-social behaviour and neighbourhood crime, including shoplifting;
(3) Protecting people from exploitation and serious organised crime;
(4) Reducing reoffending and the harm caused by drugs and alcohol.

D.2  The recommendations below are addressed to the CSP. Each has a lead and a date by which progress will be
reported.
"""))
P.append("")
RECS = [
    ("R1", "Develop a town centre retail crime plan with the Business Improvement District", "Neighbourhoods Group", "Dec 2023"),
    ("R2", "Commission a DA repeat victimisation review", "DA and Gender-Based Abuse Group", "Mar 2024"),
    ("R3", "Restore an NTE flag for violence with GMP", "GMP Rochdale District", "Oct 2023"),
    ("R4", "Extend the Safer Streets approach to Kingsway and Central Rochdale", "Community Safety Team", "Mar 2024"),
    ("R5", "Agree an off-road motorbike protocol with RBH and GMFRS", "ASB Tactical Group", "Sep 2023"),
    ("R6", "Review women's night safety with town centre venues", "DA and Gender-Based Abuse Group", "Jan 2024"),
    ("R7", "Share Complex Safeguarding data with the CSP each quarter", "Children's Services", "Sep 2023"),
]
P.append(pipe([list(x) for x in RECS], ["Ref", "Recommendation", "Lead", "Report by"]))
P.append("")
P.append(wrap("""
D.3  R1 and R4 respond to the rise in shoplifting and the concentration of crime in Central Rochdale and
Kingsway. R2 responds to the +1.7 pp rise in repeat DA victimisation. R3 responds to the loss of NTE data
described at B.8.

D.4  The CSP will review progress against each recommendation at every meeting, using a RAG rating.
"""))
P.append("\nProgress on the 2022-23 plan\n")
P.append(wrap("""
D.5  The CSP's 2022-23 plan contained six actions. Their status at the end of March 2023 is shown below
(G = complete, A = in progress, R = not started or off track).
"""))
P.append("")
PROG = [("Launch the Safer Streets Heywood project", "G"), ("Refresh the DA strategy", "G"),
        ("Introduce a town centre PSPO", "A"), ("Establish an off-road motorbike task group", "A"),
        ("Create a shared ASB case management system", "R"), ("Publish a women's night safety charter", "A")]
P.append(pipe([[str(k), a, b] for k, (a, b) in enumerate(PROG, 1)], ["No.", "2022-23 action", "Status"]))
P.append("")
P.append(wrap("""
D.6  The shared ASB case management system (action 5) has not started because procurement was paused; it is
carried forward into 2023-24 under the ASB Tactical Group.
"""))
P.append("\nPART E  GOVERNANCE\n------------------\n")
P.append(wrap("""
E.1  The Rochdale Borough Community Safety Partnership is chaired by Councillor Yasmin Haworth-Dunne, Cabinet
Member for Communities and Co-operatives. The vice-chair is Chief Superintendent Gareth Minshull-Ede, the GMP
District Commander for Rochdale. The CSP meets every two months.

E.2  Its statutory members are Rochdale Borough Council, Greater Manchester Police, Greater Manchester Fire and
Rescue Service, NHS Greater Manchester Integrated Care (Heywood, Middleton and Rochdale locality) and the
Probation Service. Rochdale Boroughwide Housing, the Greater Manchester Combined Authority and the voluntary
sector infrastructure body Action Together attend as co-opted members.

E.3  Four groups report to the CSP: the DA and Gender-Based Abuse Group (chaired by Priya Fothergill-Amadi,
the council's Head of Community Safety), the ASB Tactical Group, the Neighbourhoods Group and the Reducing
Reoffending Board.

E.4  The CSP reports annually to the council's Communities, Regeneration and Environment Scrutiny Committee and
to the Greater Manchester Police, Fire and Crime Panel through the Deputy Mayor's office.

E.5  Community safety funding from the Mayor of Greater Manchester in 2023-24 is £214,000, allocated through
the CSP.

E.6  The Community Safety Team will refresh this assessment in 2024.
"""))
P.append("\nANNEX 1  WARD DATA\n------------------\n")
P.append("Exhibit AN1. Crime, violence and burglary by ward, 2022/23, ordered by crime rate (per 10,000 residents)")
order = sorted(range(len(W)), key=lambda i: (-rate(cr23[i], W[i][1], PER), W[i][0]))
rows = [["ROCHDALE BOROUGH", fi(POP), fi(CR22), fi(CR23), frate(CR23, POP, PER), fi(VIO23), frate(VIO23, POP, PER),
         fi(BUR23), frate(BUR23, POP, PER)]]
for i in order:
    rows.append([W[i][0], fi(W[i][1]), fi(cr22[i]), fi(cr23[i]), frate(cr23[i], W[i][1], PER), fi(vio[i]),
                 frate(vio[i], W[i][1], PER), fi(bur[i]), frate(bur[i], W[i][1], PER)])
P.append(pipe(rows, ["Ward", "Pop.", "Crime 21/22", "Crime 22/23", "Crime /10k", "Violence", "Viol. /10k",
                     "Burglary", "Burg. /10k"]))
P.append("")
P.append("Exhibit AN2. ASB incidents allocated to wards, 2022/23 (alphabetical; no borough row - see B.15)")
rows = [[W[i][0], fi(asb_w[i]), frate(asb_w[i], W[i][1], PER)] for i in sorted(range(len(W)), key=lambda i: W[i][0])]
P.append(pipe(rows, ["Ward", "ASB incidents", "Per 10,000"]))
P.append("")
P.append("Ward notes\n")
for k, i in enumerate(order, 1):
    n = W[i][0]
    P.append(f"{k:>2}. {n} (population {fi(W[i][1])})")
    P.append(f"    Crime: {fi(cr23[i])}, {signed(pct(cr23[i], cr22[i], 1))} on 2021/22 ({frate(cr23[i], W[i][1], PER)} per 10,000)")
    P.append(f"    Violence: {fi(vio[i])} | Burglary: {fi(bur[i])} | ASB: {fi(asb_w[i])}")
    P.append(f"    Share of borough crime: {f(share(cr23[i], CR23), 1)}% | Rank by crime rate: {k} of 20")
    P.append("")
P.append("\nANNEX 2  GLOSSARY\n-----------------\n")
for a, b in [("ASB", "anti-social behaviour"), ("CSP", "Community Safety Partnership"), ("DA", "domestic abuse"),
             ("E&W", "England and Wales"), ("Force", "the Greater Manchester Police area"),
             ("GMCA", "Greater Manchester Combined Authority"), ("GMFRS", "Greater Manchester Fire and Rescue Service"),
             ("GMP", "Greater Manchester Police"), ("MARAC", "Multi-Agency Risk Assessment Conference"),
             ("NTE", "night-time economy"), ("pp", "percentage points"), ("RBH", "Rochdale Boroughwide Housing"),
             ("VAWG", "violence against women and girls"), ("VRU", "Violence Reduction Unit")]:
    P.append(f"{a} - {b}")
P.append("\n[END]")
write(OUT, P)
