"""Crawley 2023 strategic assessment (data calendar 2022 vs 2021). Invented figures.
Layout: 'CHAPTER 3 - ...' headings with bracketed paragraph numbers '[3.4]'; a WIDE table with
wards as COLUMNS (shortened names, key beneath) and offence types as ROWS, cells with footnote
markers (1,046¹, 38²) and suppressed cells '<5', '-' and 'n/a'; rates per 100,000 population and
residential burglary per 1,000 households; comparators (West Sussex, Sussex force area, MSG) in
PROSE only; 'Area of focus' priorities and 'Recommendation R1..R6' with Lead / By lines."""
import os
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "corpus",
                   "crawley_2023_community-safety-strategic-assessment.txt")

# full name, short header, population, households, base weight
W = [
    ("Bewbush & North Broadfield", "Bewbush", 9800, 3900, 1.15),
    ("Broadfield", "Broadfield", 9300, 3700, 1.30),
    ("Furnace Green", "Furnace Gn", 7100, 3000, 0.55),
    ("Gossops Green & North East Broadfield", "Gossops Gn", 8200, 3400, 0.80),
    ("Ifield", "Ifield", 10400, 4300, 0.85),
    ("Langley Green & Tushmore", "Langley Gn", 9600, 3800, 1.05),
    ("Maidenbower", "Maidenbower", 9000, 3600, 0.45),
    ("Northgate & West Green", "Northgate", 11200, 4900, 3.60),
    ("Pound Hill North & Forge Wood", "Pound Hill N", 10800, 4200, 0.55),
    ("Pound Hill South & Worth", "Pound Hill S", 8400, 3500, 0.50),
    ("Southgate", "Southgate", 9700, 4100, 1.10),
    ("Three Bridges", "Three Bridges", 9900, 4300, 1.25),
    ("Tilgate", "Tilgate", 7300, 3100, 0.90),
]
POP = sum(w[2] for w in W)
HH = sum(w[3] for w in W)
NW = len(W)
NG, TB = 7, 11

def mult(overrides):
    m = [1.0] * NW
    for k, v in overrides.items():
        m[k] = v
    return [W[i][4] * W[i][2] / 9500 * m[i] for i in range(NW)]

# type, total 2022, total 2021, ward multipliers
TYPES = [
    ("Violence with injury", 1302, 1188, mult({NG: 1.3})),
    ("Violence without injury", 1786, 1671, mult({NG: 0.9})),
    ("Stalking and harassment", 1519, 1443, mult({NG: 0.6})),
    ("Sexual offences", 312, 268, mult({NG: 1.0})),
    ("Robbery", 71, 64, mult({NG: 2.6, 2: 0.0, 6: 0.2, 9: 0.3, 8: 0.4})),
    ("Residential burglary", 286, 301, mult({NG: 0.2, 6: 2.6, 8: 2.9, 9: 2.8, 2: 2.2})),
    ("Vehicle offences", 842, 781, mult({NG: 0.8, 6: 1.5, 8: 1.7, 9: 1.4})),
    ("Theft from the person", 96, 71, mult({NG: 3.2, TB: 2.2, 2: 0.1, 6: 0.2, 9: 0.2, 8: 0.3, 12: 0.3})),
    ("Shoplifting", 1488, 1107, mult({NG: 2.9, 6: 0.35, 8: 0.3, 9: 0.2, 2: 0.3, 4: 0.5})),
    ("Other theft", 905, 842, mult({NG: 1.2})),
    ("Criminal damage and arson", 1141, 1206, mult({NG: 0.8})),
    ("Drug offences", 402, 455, mult({NG: 1.3})),
    ("Possession of weapons", 83, 76, mult({NG: 1.5, 2: 0.1, 6: 0.1, 9: 0.2, 8: 0.3})),
    ("Public order offences", 1098, 1012, mult({NG: 1.1})),
    ("Other crimes against society", 263, 245, mult({})),
]
cells = {t[0]: split(t[1], t[3]) for t in TYPES}
TOT22 = sum(t[1] for t in TYPES)
TOT21 = sum(t[2] for t in TYPES)
ward_all = [sum(cells[t[0]][i] for t in TYPES) for i in range(NW)]
assert sum(ward_all) == TOT22
KNIFE22, KNIFE21 = 87, 74
HATE = split(168, mult({NG: 1.2}))
HATE21 = 151
# 2021 ward all-crime
ward21 = split(TOT21, [ward_all[i] * (1 + 0.06 * (((i * 5) % 7) - 3) / 3) for i in range(NW)])
ASB22, ASB21 = 3612, 4208
asb = split(ASB22, mult({NG: 0.85, TB: 1.1}))

MARK = {("Shoplifting", NG): "¹", ("Theft from the person", TB): "²", ("Sexual offences", NG): "*"}

def cell(name, i):
    v = cells[name][i]
    if name in ("Robbery", "Theft from the person", "Possession of weapons") or v < 5:
        if v == 0:
            return "-"
        if v < 5:
            return "<5"
    return fi(v) + MARK.get((name, i), "")

hdr = ["Offence type"] + [w[1] for w in W] + ["CRAWLEY"]
rows = []
for t in TYPES:
    rows.append([t[0]] + [cell(t[0], i) for i in range(NW)] + [fi(t[1])])
rows.append(["ALL CRIME"] + [fi(x) for x in ward_all] + [fi(TOT22)])
rows.append(["of which: hate crime"] + [("<5" if 0 < x < 5 else ("-" if x == 0 else fi(x))) for x in HATE] + [fi(sum(HATE))])
rows.append(["of which: knife crime³"] + ["n/a"] * NW + [fi(KNIFE22)])
rows.append(["Population"] + [fi(w[2]) for w in W] + [fi(POP)])
TW = aligned(rows, hdr, gap=2)
SUPPRESSED = [(t[0], W[i][0], cells[t[0]][i]) for t in TYPES for i in range(NW) if cell(t[0], i) in ("<5", "-")]

def r100k(c, p=POP):
    return frate(c, p, 100000, 1)

order = sorted(range(NW), key=lambda i: -rate(ward_all[i], W[i][2], 100000))
rows = []
bur = cells["Residential burglary"]
for i in order:
    rows.append([W[i][0], fi(W[i][2]), fi(ward21[i]), fi(ward_all[i]), signed(pct(ward_all[i], ward21[i], 1), 1),
                 r100k(ward_all[i], W[i][2]), fi(W[i][3]), fi(bur[i]), frate(bur[i], W[i][3], 1000, 1)])
rows.append(["Crawley borough", fi(POP), fi(TOT21), fi(TOT22), signed(pct(TOT22, TOT21, 1), 1), r100k(TOT22),
             fi(HH), fi(sum(bur)), frate(sum(bur), HH, 1000, 1)])
T33 = aligned(rows, ["Ward", "Population", "Crime 2021", "Crime 2022", "Change", "Per 100,000", "Households",
                     "Res. burglary", "Per 1,000 hh"])

rows = []
for i in sorted(range(NW), key=lambda i: -asb[i]):
    rows.append([W[i][0], fi(asb[i]), r100k(asb[i], W[i][2])])
rows.append(["Total", fi(ASB22), r100k(ASB22)])
T51 = aligned(rows, ["Ward", "ASB incidents 2022", "Per 100,000"])

vwi = TYPES[0]
VIOL22 = sum(t[1] for t in TYPES[:3])
VIOL21 = sum(t[2] for t in TYPES[:3])
DA = dict(inc22=2946, inc21=2871, cr22=1684, cr21=1597, marac=241, rep=34, refuge=37)
NTE = (208, 263)
GATWICK = 1174

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
mc = split(TOT22, [0.90, 0.86, 0.97, 0.96, 1.03, 1.05, 1.10, 1.08, 1.02, 1.04, 0.99, 1.00])
ma = split(ASB22, [0.78, 0.74, 0.90, 1.02, 1.12, 1.18, 1.26, 1.30, 1.02, 0.98, 0.88, 0.82])
mv = split(VIOL22, [0.93, 0.88, 0.98, 0.97, 1.04, 1.06, 1.09, 1.06, 1.00, 1.03, 0.97, 0.99])
rows = [[m + " 2022", fi(a), fi(b), fi(c)] for m, a, b, c in zip(MONTHS, mc, mv, ma)]
rows.append(["Year", fi(TOT22), fi(VIOL22), fi(ASB22)])
TM = aligned(rows, ["Month", "All crime", "Violence (VAP)", "ASB incidents"])
AGE = [("16-24", 318), ("25-34", 521), ("35-44", 402), ("45-54", 229), ("55 and over", 142), ("Not recorded", 72)]
assert sum(a for _, a in AGE) == DA["cr22"]
TAGE = aligned([[a, fi(b), f(share(b, DA["cr22"]), 1) + "%"] for a, b in AGE] + [["All DA crime victims", fi(DA["cr22"]), "100.0%"]],
               ["Victim age", "DA crimes", "Share"])
SURV = [("Feel safe in my neighbourhood during the day", "91%"), ("Feel safe in my neighbourhood after dark", "62%"),
        ("Feel safe in the town centre during the day", "78%"), ("Feel safe in the town centre after dark", "34%"),
        ("Think ASB is a problem locally", "29%"), ("Know how to report ASB", "71%")]
TSV = aligned([list(x) for x in SURV], ["Statement (respondents agreeing)", "2022"])
REV = [("Reduce violence in the town centre", "Partly met", "NTE violence rose; Safe Space opened"),
       ("Tackle county lines and exploitation", "Met", "11 lines disrupted; 2 closures"),
       ("Reduce ASB in priority neighbourhoods", "Met", "ASB down for a second year"),
       ("Improve the response to domestic abuse", "Partly met", "DA crime up; MARAC repeat rate 34%"),
       ("Community cohesion", "Ongoing", "Tension monitoring in place")]
TREV = aligned([list(x) for x in REV], ["2020-23 priority", "Assessment", "Comment"], align=["l", "l", "l"])

rows = [[x[0], fi(x[2]), fi(x[1]), signed(pct(x[1], x[2], 1), 1), r100k(x[1])] for x in TYPES]
rows.append(["Total recorded crime", fi(TOT21), fi(TOT22), signed(pct(TOT22, TOT21, 1), 1), r100k(TOT22)])
T32 = aligned(rows, ["Offence type", "2021", "2022", "% change", "Rate per 100,000 (2022)"])
NIGHTS = [("Friday night", 98, 121), ("Saturday night", 110, 142)]
assert sum(a for _, a, _ in NIGHTS) == NTE[0] and sum(b for _, _, b in NIGHTS) == NTE[1]
TN = aligned([[a, fi(b), fi(c)] for a, b, c in NIGHTS] + [["NTE violence (total)", fi(NTE[0]), fi(NTE[1])]],
             ["Night (9pm-5am)", "2021", "2022"])
PAGE = [("0-15", 27400), ("16-24", 12900), ("25-44", 36100), ("45-64", 28700), ("65 and over", 15600)]
assert sum(b for _, b in PAGE) == POP
TPOP = aligned([[a, fi(b), f(share(b, POP), 1) + "%"] for a, b in PAGE] + [["All ages", fi(POP), "100.0%"]],
               ["Age band", "Residents", "Share"])
FUND = [("Sussex PCC Safer in Sussex Community Fund", "38,500"), ("Safer Streets Fund (round 4)", "412,000"),
        ("Crawley Borough Council community safety budget", "96,000"), ("West Sussex County Council (DA support)", "61,200"),
        ("Total", "607,700")]
TFUND = aligned([list(x) for x in FUND], ["Source", "2022/23 (£)"])

ASBC = [("Personal", 702, 611), ("Nuisance", 3218, 2764), ("Environmental", 288, 237)]
assert sum(a for _, a, _ in ASBC) == ASB21 and sum(b for _, _, b in ASBC) == ASB22
TASB = aligned([[a, fi(b), fi(c), signed(pct(c, b, 1), 1)] for a, b, c in ASBC] + [["All ASB", fi(ASB21), fi(ASB22), signed(pct(ASB22, ASB21, 1), 1)]],
               ["Category", "2021", "2022", "Change"])
ACTS = [("Draft partnership plan 2023-26 to the Board", "Community Safety Manager", "Apr 2023"),
        ("Launch DA needs assessment", "Community Safety Manager", "May 2023"),
        ("Safe Space Friday pilot", "Town Centre Safety Group", "Jun 2023"),
        ("Retail crime plan and prolific offender scheme", "Sussex Police", "Oct 2023"),
        ("Serious violence delivery plan", "Exploitation and Serious Violence Group", "Jan 2024"),
        ("Gatwick data-sharing agreement", "Community Safety Manager", "Dec 2023"),
        ("Repeat the community safety survey", "Crawley Borough Council", "Nov 2023"),
        ("Purple Flag application", "Town Centre Safety Group", "Mar 2024")]
TACT = aligned([list(x) for x in ACTS], ["Action", "Owner", "Due"], align=["l", "l", "l"])

# comparators in prose only
CMP = dict(all_ws="6,214.8", all_force="7,902.3", all_msg="10,184.9", viol_ws="2,587.1", viol_msg="3,722.0",
           shop_ws="498.6", shop_msg="905.2", bur_ws="3.9", bur_force="4.6")

def t(name):
    return [x for x in TYPES if x[0] == name][0]

P = []
P.append(f"""SAFER CRAWLEY PARTNERSHIP

Community Safety Strategic Assessment 2023

Reporting period: January to December 2022 (calendar year), compared with January to
December 2021

Produced for the Safer Crawley Partnership by the Community Safety Team, Crawley
Borough Council, with Sussex Police Crawley District analysts and West Sussex
County Council Public Health

Version: 1.0 FINAL          Date: March 2023          Protective marking: OFFICIAL



CONTENTS

Foreword                                                               2
Chapter 1 - Introduction                                               3
Chapter 2 - The assessment at a glance                                  4
Chapter 3 - Crime in Crawley                                            6
     Table 3.1  Offence type by ward (wide table)                       8
     Table 3.3  Ward summary                                           10
Chapter 4 - Violence, VAWG and the town centre                         12
Chapter 5 - Anti-social behaviour                                      15
Chapter 6 - Acquisitive crime                                          17
Chapter 7 - Drugs, exploitation and serious violence                   19
Chapter 8 - Hate crime and community tension                           21
Chapter 9 - Gatwick Airport                                            22
Chapter 10 - Areas of focus for 2023-26                                23
Chapter 11 - Recommendations                                           24
Chapter 12 - How the partnership works                                 26
Annex A - Ward names and abbreviations                                 27
Annex B - Notes on the data                                            28
Annex C - Abbreviations                                                29
Annex D - Ward profiles                                                30
""")

P.append("\fFOREWORD\n")
P.append(wrap("""Crawley is a town that works hard and looks after its neighbours. The last three years
have tested that: a pandemic that closed the airport on which so many jobs depend, and now a
rise in the cost of living that is felt in every household. This assessment shows that crime
has returned to its pre-pandemic level, and that some of the harms we care most about,
domestic abuse, violence in the town centre and the exploitation of young people, are rising.

It also shows what partnership work can achieve. Anti-social behaviour has fallen for two
years running, and the Safe Space in the town centre has given people somewhere to go when a
night out goes wrong. I want the next plan to build on that, and to be honest about where we
need to do better.

My thanks to the analysts at Crawley Borough Council and Sussex Police who prepared this
assessment, and to the residents who answered our survey.

Councillor Pritam Velasco-Harding
Chair, Safer Crawley Partnership""", 74))
P.append("")
P.append("\fCHAPTER 1 - INTRODUCTION\n")
P.append(wrap("""[1.1] The Safer Crawley Partnership is the community safety partnership for the Borough of
Crawley. Under the Crime and Disorder Act 1998 its responsible authorities (Crawley Borough
Council, West Sussex County Council, Sussex Police, West Sussex Fire and Rescue Service, the
Probation Service and NHS Sussex) must work together to reduce crime and disorder, substance
misuse and reoffending, and must produce a strategic assessment each year.

[1.2] This assessment covers the calendar year 2022 and compares it with 2021. It is
intended to help the partnership choose its areas of focus for the three-year plan 2023-26.
It is an analytical document: it does not set targets.

[1.3] Unlike earlier Crawley assessments, which used rates per 1,000 residents, this edition
reports crime rates per 100,000 population, to match the format used by Sussex Police and
the Office of the Sussex Police and Crime Commissioner. Residential burglary is reported per
1,000 households. Population and household figures are 2021 Census estimates.

[1.4] Crimes recorded at Gatwick Airport are counted by Sussex Police's Gatwick district and
are excluded from the Crawley figures in Chapters 2 to 8 unless stated. Chapter 9 deals with
the airport separately.""", 74))

P.append("\n\fCHAPTER 2 - THE ASSESSMENT AT A GLANCE\n")
P.append(wrap(f"""[2.1] Sussex Police recorded {fi(TOT22)} crimes in Crawley in 2022 (excluding Gatwick Airport),
compared with {fi(TOT21)} in 2021, a rise of {f(pct(TOT22, TOT21, 1), 1)}%. The crime rate was
{r100k(TOT22)} crimes per 100,000 population.""", 74))
P.append("")
glance = [
    ("Total crime", fi(TOT22), fi(TOT21), signed(pct(TOT22, TOT21, 1), 1)),
    ("Violence against the person (all)", fi(VIOL22), fi(VIOL21), signed(pct(VIOL22, VIOL21, 1), 1)),
    ("Shoplifting", fi(t("Shoplifting")[1]), fi(t("Shoplifting")[2]), signed(pct(t("Shoplifting")[1], t("Shoplifting")[2], 1), 1)),
    ("Residential burglary", fi(t("Residential burglary")[1]), fi(t("Residential burglary")[2]),
     signed(pct(t("Residential burglary")[1], t("Residential burglary")[2], 1), 1)),
    ("Domestic abuse crimes", fi(DA["cr22"]), fi(DA["cr21"]), signed(pct(DA["cr22"], DA["cr21"], 1), 1)),
    ("ASB incidents", fi(ASB22), fi(ASB21), signed(pct(ASB22, ASB21, 1), 1)),
    ("Knife crime", fi(KNIFE22), fi(KNIFE21), signed(pct(KNIFE22, KNIFE21, 1), 1)),
]
P.append("AT A GLANCE: 2022 compared with 2021\n")
P.append(aligned([list(g) for g in glance], ["Measure", "2022", "2021", "Change"]))
P.append("")
P.append(wrap(f"""[2.2] The main messages are:

(a) Crime has returned to, and in some categories passed, its pre-pandemic level. The largest
increase was in shoplifting ({signed(pct(t('Shoplifting')[1], t('Shoplifting')[2], 1), 1)}), concentrated
in the town centre.

(b) Violence remains the largest category of crime, at {fi(VIOL22)} offences, or
{f(share(VIOL22, TOT22), 1)}% of the total. Stalking and harassment alone accounted for
{fi(t('Stalking and harassment')[1])} offences.

(c) Northgate & West Green ward, which contains the town centre, County Mall and the Queens
Square area, recorded {fi(ward_all[NG])} crimes, {f(share(ward_all[NG], TOT22), 1)}% of the borough
total.

(d) Domestic abuse continues to rise, with {fi(DA['cr22'])} DA crimes.

(e) ASB fell for the second year running, to {fi(ASB22)} incidents.

(f) Crawley's overall crime rate is above the West Sussex average but below the average for
its most similar group of partnerships (see [3.6]).""", 74))

P.append("")
P.append(wrap("""[2.3] Review of the 2020-23 plan. The table below summarises progress against the
priorities of the last partnership plan.""", 74))
P.append("")
P.append(TREV)
P.append("")
P.append(wrap("""[2.4] Horizon scanning. The partnership has considered the following changes that may
affect crime and disorder in Crawley over the next three years:""", 74))
P.append("")
P.append(bullets([
    "Economy: the cost of living is putting pressure on household budgets; the airport-related "
    "labour market has recovered but many jobs are low paid and seasonal.",
    "Housing: Crawley has a high number of households in temporary accommodation, some placed "
    "out of the borough and some placed in Crawley by other councils.",
    "Development: new neighbourhoods at Forge Wood and the planned town-centre residential "
    "schemes will add several thousand residents over the plan period.",
    "Policing: Sussex Police's neighbourhood policing model was revised in 2022 and Crawley's "
    "prevention team was enlarged.",
    "Legislation: the Serious Violence Duty (January 2023); the Online Safety Bill; the Domestic "
    "Abuse Act 2021 duties on safe accommodation, which fall to West Sussex County Council.",
    "Health: NHS Sussex became a responsible authority on the abolition of the clinical "
    "commissioning group in July 2022.",
], 74, mark="-"))
P.append("\n\fCHAPTER 3 - CRIME IN CRAWLEY\n")
P.append(wrap("""[3.1] Crawley is a new town of about 120,000 people in the north of West Sussex, between
London and Brighton. It has 13 wards, laid out as neighbourhoods around the town centre, with
the employment area of Manor Royal to the north and Gatwick Airport beyond it. The town is
younger and more ethnically diverse than the rest of West Sussex, and has pockets of
deprivation in Broadfield, Bewbush and parts of Langley Green and Tilgate.

The population by age is shown below (2021 Census, rounded).""", 74))
P.append("")
P.append("TABLE 3.0: Population of Crawley by age band\n")
P.append(TPOP)
P.append("")
P.append(wrap("""Table 3.2 shows each offence type for 2021 and 2022 with the borough rate per 100,000.""", 74))
P.append("")
P.append("TABLE 3.2: Recorded crime by offence type, 2021 and 2022\n")
P.append(T32)
P.append("")
P.append(wrap("""[3.2] Table 3.1 sets out the number of crimes of each type recorded in each ward in 2022. It
is a wide table: wards run across the page as columns and offence types run down as rows.
Column headings are shortened ward names; the full names are in the key beneath the table
and in Annex A. The CRAWLEY column is the borough total.""", 74))
P.append("")
P.append("TABLE 3.1: Recorded crime by offence type and ward, January-December 2022 (counts)\n")
P.append(TW)
P.append("")
P.append(wrap("""Key to column headings: Bewbush = Bewbush & North Broadfield; Broadfield = Broadfield; Furnace
Gn = Furnace Green; Gossops Gn = Gossops Green & North East Broadfield; Ifield = Ifield;
Langley Gn = Langley Green & Tushmore; Maidenbower = Maidenbower; Northgate = Northgate & West
Green; Pound Hill N = Pound Hill North & Forge Wood; Pound Hill S = Pound Hill South & Worth;
Southgate = Southgate; Three Bridges = Three Bridges; Tilgate = Tilgate.""", 74))
P.append("")
P.append(wrap("""Notes: <5 = between one and four offences, suppressed to protect victims' identity;
- = no offences recorded; n/a = not available at ward level. Borough totals include suppressed
values. ¹ Includes 604 offences at County Mall. ² Includes offences at Three Bridges railway
station. * Includes 41 non-recent offences reported in 2022 but occurring before 2020. ³ Knife
crime is a flag on other offences (mainly violence and robbery) and is not published by ward.""", 74))
P.append("")
P.append(wrap(f"""[3.3] The pattern is dominated by Northgate & West Green. It recorded
{fi(cells['Shoplifting'][NG])} of the borough's {fi(t('Shoplifting')[1])} shoplifting offences
({f(share(cells['Shoplifting'][NG], t('Shoplifting')[1]), 1)}%), and the highest count of every
violence category. Outside the town centre, Three Bridges and Broadfield recorded
the most crime.

[3.4] Table 3.3 summarises each ward, ordered by crime rate per 100,000 population, with the
change on 2021 and the residential burglary rate per 1,000 households.""", 74))
P.append("")
P.append("TABLE 3.3: Ward summary, 2022 (ordered by crime rate)\n")
P.append(T33)
P.append("")
hi, lo = order[0], order[-1]
P.append(wrap(f"""Monthly pattern. Crime peaked in July 2022 and ASB in August 2022, as in most years.""", 74))
P.append("")
P.append("TABLE 3.4: Crime, violence and ASB by month, 2022\n")
P.append(TM)
P.append("")
P.append(wrap(f"""[3.5] Northgate & West Green's rate ({r100k(ward_all[hi], W[hi][2])} per 100,000) is many times
the rate in {W[lo][0]} ({r100k(ward_all[lo], W[lo][2])}), the lowest in the borough. The
second highest rate was in {W[order[1]][0]} ({r100k(ward_all[order[1]], W[order[1]][2])}).

[3.6] Comparison with other areas. Crawley's rate of {r100k(TOT22)} crimes per 100,000 population
in 2022 compares with {CMP['all_ws']} for West Sussex as a whole, {CMP['all_force']} for the Sussex
Police force area and {CMP['all_msg']} on average across Crawley's most similar group of
partnerships. Crawley's position in its most similar group was 6th of 15 (1st being the lowest
rate). For violence against the person, Crawley's rate of {r100k(VIOL22)} per 100,000 compares with
{CMP['viol_ws']} for West Sussex and an MSG average of {CMP['viol_msg']}. For shoplifting, Crawley's
rate of {r100k(t('Shoplifting')[1])} compares with {CMP['shop_ws']} for West Sussex and {CMP['shop_msg']}
for the MSG average. These comparator figures are not reproduced in a table because the force
and MSG figures for the calendar year were provisional at the time of writing.

[3.7] Residential burglary. The borough rate was {frate(sum(bur), HH, 1000, 1)} per 1,000 households,
compared with {CMP['bur_ws']} for West Sussex and {CMP['bur_force']} for the force area. Burglary rates
were highest in the eastern neighbourhoods of Pound Hill North & Forge Wood and Pound Hill
South & Worth, where detached houses backing onto open land are targeted, often for car
keys.""", 74))

P.append("\n\fCHAPTER 4 - VIOLENCE, VAWG AND THE TOWN CENTRE\n")
vi = cells["Violence with injury"]
vrank = sorted(range(NW), key=lambda i: -vi[i])
P.append(wrap(f"""[4.1] Violence against the person totalled {fi(VIOL22)} offences in 2022: {fi(t('Violence with injury')[1])}
violence with injury, {fi(t('Violence without injury')[1])} violence without injury and
{fi(t('Stalking and harassment')[1])} stalking and harassment. Violence with injury rose by
{f(pct(t('Violence with injury')[1], t('Violence with injury')[2], 1), 1)}% on 2021.

[4.2] Violence with injury was highest in Northgate & West Green ({fi(vi[NG])}), followed by
{W[vrank[1]][0]} ({fi(vi[vrank[1]])}) and {W[vrank[2]][0]} ({fi(vi[vrank[2]])}).

[4.3] Night-time economy. Violence recorded in the town-centre NTE area between 9pm and 5am
on Friday and Saturday nights rose from {NTE[0]} offences in 2021 to {NTE[1]} in 2022. The High
Street and the Broadway are the focus, with a smaller cluster around the Boulevard. The
town centre does not hold Purple Flag status. Table 4.1 splits NTE violence by night. Street Pastors patrol on Friday and Saturday
nights and a Safe Space operated on Saturday nights from September 2022.

""", 74))
P.append("")
P.append("TABLE 4.1: Town-centre NTE violence by night of the week, 2021 and 2022\n")
P.append(TN)
P.append("")
P.append(wrap(f"""[4.4] Domestic abuse. Sussex Police recorded {fi(DA['inc22'])} domestic abuse incidents in Crawley
in 2022 (2021: {fi(DA['inc21'])}), of which {fi(DA['cr22'])} were crimes (2021: {fi(DA['cr21'])}). This is a rate
of {r100k(DA['cr22'])} DA crimes per 100,000 population, the highest of the seven districts and
boroughs in West Sussex. The Crawley MARAC heard {DA['marac']} cases, {DA['rep']}% of them repeats.
The local refuge accommodated {DA['refuge']} women and their children.

Victims of DA crime by age are shown in Table 4.2.""", 74))
P.append("")
P.append("TABLE 4.2: Victims of domestic abuse crime by age band, 2022\n")
P.append(TAGE)
P.append("")
P.append(wrap(f"""Victims aged 25-34 were the largest group. Around four in five victims were female.
Age is not recorded for victims of DA incidents that were not crimes.

[4.5] Sexual offences rose to {fi(t('Sexual offences')[1])} (2021: {fi(t('Sexual offences')[2])}), including
41 non-recent offences reported in 2022. Around a third of sexual offences were recorded as
rape. The partnership's VAWG work includes the Safer Streets project in the town centre and
the training of licensed premises staff.

[4.6] Weapons and knife crime. Possession of weapons offences numbered {t('Possession of weapons')[1]}, and
knife crime (offences flagged as involving a knife or sharp instrument) rose from {KNIFE21} to
{KNIFE22}. Knife crime is not published at ward level. Most knife crime involves
young men, and a third of victims were under 25.""", 74))

P.append("\n\fCHAPTER 5 - ANTI-SOCIAL BEHAVIOUR\n")
P.append(wrap(f"""[5.1] Sussex Police recorded {fi(ASB22)} ASB incidents in Crawley in 2022, down
{f(-pct(ASB22, ASB21, 1), 1)}% on 2021 ({fi(ASB21)}). The 2021 figure included reports of breaches of
pandemic restrictions. The rate was {r100k(ASB22)} per 100,000 population. ASB by ward is shown
in Table 5.1, ordered by the number of incidents.""", 74))
P.append("")
P.append("TABLE 5.1: ASB incidents by ward, 2022\n")
P.append(T51)
P.append("")
arank = sorted(range(NW), key=lambda i: -asb[i])
P.append(wrap(f"""[5.2] The most frequently reported ASB locations in 2022 were, in order: (1) the High Street and
Queens Square; (2) Broadfield Barton; (3) Memorial Gardens; (4) the bus station and Crawley
railway station forecourt; and (5) Bewbush Centre. Youth-related ASB around the town centre
and in Broadfield Barton increased during the summer holidays.

ASB by category is shown in Table 5.2.""", 74))
P.append("")
P.append("TABLE 5.2: ASB incidents by category, 2021 and 2022\n")
P.append(TASB)
P.append("")
P.append(wrap("""[5.3] The Council's Community Wardens dealt with 1,207 reports, and the partnership issued 64
community protection warnings, 17 community protection notices and 3 closure orders. A public
spaces protection order covering the town centre was renewed in 2022 for three years.

[5.3a] Deliberate fires. West Sussex Fire and Rescue Service attended 142 deliberate
fires in Crawley in 2022, most of them small fires of rubbish, grass and bins. Tilgate
Forest and the open land around Broadfield were affected during the dry summer. Fire
crews delivered fire-setter interventions to 12 young people.

[5.4] Noise complaints to the Council numbered 1,382. Fly-tipping incidents numbered 1,655,
mostly in the neighbourhoods of Northgate, West Green, Southgate and Broadfield.""", 74))

P.append("\n\fCHAPTER 6 - ACQUISITIVE CRIME\n")
sh = t("Shoplifting"); vo = t("Vehicle offences"); rb = t("Residential burglary")
P.append(wrap(f"""[6.1] Shoplifting rose from {fi(sh[2])} offences in 2021 to {fi(sh[1])} in 2022. County Mall alone
accounted for 604 offences. Retailers report more organised and more confrontational theft,
and the Crawley Business Crime Reduction Partnership has grown to 112 members.

[6.2] Vehicle offences rose to {fi(vo[1])} (2021: {fi(vo[2])}). Catalytic converter thefts fell
sharply from their 2021 peak, but theft of vehicles from driveways in the east of the town
increased.

[6.3] Residential burglary fell to {fi(rb[1])} (2021: {fi(rb[2])}), a rate of
{frate(sum(bur), HH, 1000, 1)} per 1,000 households. The highest ward rate was in
{W[max(range(NW), key=lambda i: rate(bur[i], W[i][3], 1000, 1))][0]} ({frate(max(bur[i] / W[i][3] for i in range(NW)) * W[max(range(NW), key=lambda i: bur[i] / W[i][3])][3], W[max(range(NW), key=lambda i: bur[i] / W[i][3])][3], 1000, 1)} per 1,000
households).

[6.3a] Cycle theft rose in 2022, with Three Bridges station, the town centre and the
K2 Crawley leisure centre the main locations. Cycle theft is included under other theft in
Table 3.1. The British Transport Police record offences on railway property separately and
these are not included in this assessment.

[6.3b] Fraud. Crawley residents reported 1,018 frauds and cyber crimes to Action Fraud in
2022. Older residents were most affected by courier fraud and impersonation of bank staff.

[6.4] Business crime in Manor Royal, including theft from premises and vehicles parked
overnight, is being addressed through the Manor Royal BID's security patrols.""", 74))

P.append("\n\fCHAPTER 7 - DRUGS, EXPLOITATION AND SERIOUS VIOLENCE\n")
P.append(wrap(f"""[7.1] Drug offences fell to {fi(t('Drug offences')[1])} (2021: {fi(t('Drug offences')[2])}). The
reduction reflects fewer proactive stop and search operations rather than a reduction in
drug markets. Crawley's position on the main rail line between London and the south coast
makes it attractive to county lines; Sussex Police identified 11 lines active in Crawley
during 2022.

[7.1a] Cuckooing, where dealers take over the home of a vulnerable person, was identified at
23 addresses in 2022, mostly in flats in Broadfield, Bewbush and Northgate. Closure orders
were used at three addresses. Children recruited into county lines from Crawley are most
often aged 14 to 17 and are frequently already known to children's services.

[7.2] Exploitation. 29 children from Crawley were discussed at the West Sussex multi-agency
child exploitation panel in 2022. There were 18 referrals to the National Referral Mechanism
involving Crawley residents.

[7.3] Treatment. Change Grow Live, the West Sussex drug and alcohol service, had 812 Crawley
residents in treatment at the end of 2022.

[7.4] Serious Violence Duty. From January 2023 the responsible authorities must work together
to prevent and reduce serious violence. West Sussex has agreed to meet the Duty at county
level through the West Sussex Serious Violence Partnership, with a Crawley delivery plan.""", 74))

P.append("\n\fCHAPTER 8 - HATE CRIME AND COMMUNITY TENSION\n")
P.append(wrap(f"""[8.1] There were {sum(HATE)} hate crimes recorded in Crawley in 2022 (2021: {HATE21}). Northgate &
West Green recorded the most ({HATE[NG]}). Race hate accounts for around three quarters of the
total. Tensions linked to national and international events are monitored through the
weekly community tension report.

[8.2] Crawley is a Prevent priority area, and a Prevent co-ordinator is employed by the Council.
Numbers of referrals are not published at borough level.""", 74))

P.append("")
P.append(wrap("""[8.3] What residents say. The Council's Crawley Community Safety Survey ran online and
face to face in October and November 2022 and received 904 responses. Results are shown
below. The survey was not designed to give results for individual wards.""", 74))
P.append("")
P.append(TSV)
P.append("")
P.append(wrap("""[8.4] Women, younger residents and disabled residents were less likely than others to
feel safe in the town centre after dark. Poor lighting in underpasses and around the bus
station, and groups of young people, were the reasons most often given.

[8.5] Reducing reoffending. The Probation Service supervised about 610 Crawley residents at
the end of 2022. The local Integrated Offender Management cohort numbered 54, most with
convictions for acquisitive crime. Stable housing on release and access to drug treatment
are the two main gaps identified by the Probation Service.""", 74))
P.append("\n\fCHAPTER 9 - GATWICK AIRPORT\n")
P.append(wrap(f"""[9.1] Sussex Police recorded {fi(GATWICK)} crimes at Gatwick Airport in 2022. These are not
included in the Crawley totals above. Most were theft (including theft of baggage), public
order offences and assaults on airport staff. Drug seizures at the border are recorded by
Border Force and are not included.

[9.1a] Offences at the airport are investigated by the Gatwick policing team, which is
funded in part by the airport operator. The partnership does not receive airport crime data
broken down by offence type or by month, which is why Recommendation R6 proposes a
data-sharing arrangement.

[9.2] The airport is a significant source of employment for Crawley residents and the
recovery of passenger numbers after the pandemic has increased demand on policing around the
airport and on the road and rail links through the town.""", 74))

P.append("\n\fCHAPTER 10 - AREAS OF FOCUS FOR 2023-26\n")
P.append(wrap("""[10.1] The partnership proposes three areas of focus for its 2023-26 plan, with two
supporting themes.

Area of focus A - Violence, including violence against women and girls, domestic abuse and
violence in the town centre at night.

Area of focus B - A safe and welcoming town centre: shoplifting, ASB and the evening
economy in Northgate & West Green.

Area of focus C - Exploitation and drug-related harm, including county lines and serious
violence among young people.

Supporting themes: building community confidence and cohesion; reducing reoffending.

[10.2] Anti-social behaviour outside the town centre is not proposed as a separate area of
focus, because it has fallen for two years; it will be managed through the Joint Action
Group.""", 74))

P.append("\n\fCHAPTER 11 - RECOMMENDATIONS\n")
RECS = [
    ("R1", "Adopt Areas of focus A to C for the 2023-26 partnership plan.", "Partnership chair", "April 2023"),
    ("R2", "Commission a domestic abuse needs assessment for Crawley, given the highest DA crime rate in West Sussex.",
     "Community Safety Manager", "September 2023"),
    ("R3", "Seek Purple Flag accreditation for the town centre and extend the Safe Space to Friday nights.",
     "Town Centre Safety Group", "March 2024"),
    ("R4", "Develop a retail crime plan with County Mall and the Business Crime Reduction Partnership, including "
     "a prolific offender scheme for shoplifting.", "Sussex Police, Crawley District", "October 2023"),
    ("R5", "Produce a Crawley delivery plan under the West Sussex serious violence strategy.",
     "Exploitation and Serious Violence Group", "January 2024"),
    ("R6", "Agree a data-sharing arrangement with Gatwick Airport so that airport-related crime affecting "
     "Crawley can be analysed.", "Community Safety Manager", "December 2023"),
]
for rid, txt, lead, by in RECS:
    P.append(wrap(f"Recommendation {rid}: {txt}", 74))
    P.append(f"    Lead: {lead}")
    P.append(f"    By: {by}")
    P.append("")

P.append("\fCHAPTER 12 - HOW THE PARTNERSHIP WORKS\n")
P.append(wrap("""[12.1] The Safer Crawley Partnership Board meets four times a year. It is chaired by
Councillor Pritam Velasco-Harding, Cabinet Member for Public Protection and Community
Engagement at Crawley Borough Council. The vice-chair is Chief Inspector Rowan
Achebe-Lindqvist, Crawley District Commander, Sussex Police.

[12.2] The lead officer for community safety is Ffion Abernathy-Greaves, Community Safety
Manager, Crawley Borough Council, who co-ordinates the partnership plan and prepared this
assessment.

[12.3] Three groups report to the Board: the Joint Action Group (chaired by Inspector Kasia
Brightwell-Osei, Sussex Police), the Town Centre Safety Group (chaired by Dominic Farrant-Yeo,
Town Centre Manager) and the Exploitation and Serious Violence Group (chaired by Harriet
Lomax-Eze, West Sussex County Council). Domestic abuse is overseen by the West Sussex Domestic
and Sexual Violence and Abuse Partnership Board, on which Crawley is represented.

[12.4] Resources. The partnership's work in 2022/23 was funded from the sources below.
Most of the Safer Streets funding is committed to town-centre lighting, CCTV and the
Safe Space.""", 74))
P.append("")
P.append(TFUND)
P.append("")
P.append(wrap("""[12.5] The Board is scrutinised by the Council's Overview and Scrutiny Commission once a
year and reports to the Sussex Police and Crime Commissioner on grant-funded projects.""", 74))

P.append("")
P.append(wrap("""[12.6] The first-year actions that follow from the recommendations are listed below. The
Board will review progress at each meeting.""", 74))
P.append("")
P.append(TACT)
P.append("\n\fANNEX A - WARD NAMES AND ABBREVIATIONS\n")
for w in W:
    P.append(f"  {w[1]:<16}{w[0]}  (population {fi(w[2])}; households {fi(w[3])})")
P.append("")
P.append(wrap("""Ward boundaries are those in force since the May 2019 borough elections.""", 74))

P.append("\n\fANNEX B - NOTES ON THE DATA\n")
P.append(wrap("""Method. Crimes are counted by the date on which they were recorded, not the date on
which they occurred. Ward is assigned from the grid reference of the crime location. Crimes
with no usable location (about 2% of the total) are assigned to the ward of the reporting
address where possible; the remainder are included in the borough total and distributed
across wards in proportion to located crime, so that ward counts sum to the borough total.

Changes of more than 10% are described as significant in the text only where the count is
above 50; for smaller counts, year-to-year changes are usually within normal variation.

Limitations. Police recorded crime reflects reporting and recording as well as offending.
Rises in sexual offences, stalking and harassment and domestic abuse crimes partly reflect
greater willingness to report and improved recording. Shoplifting is under-reported by
some retailers.""", 74))
P.append("")
P.append(bullets([
    "Crime: Sussex Police recorded crime extracted on 16 January 2023; offences at Gatwick Airport excluded.",
    "ASB: Sussex Police incidents closed with an ASB category.",
    "Rates: crimes per 100,000 population (2021 Census); residential burglary per 1,000 households.",
    "Comparators: West Sussex, force and MSG rates are from the Sussex Police performance team, provisional.",
    "Suppression: counts between one and four are shown as <5 in ward tables.",
    "Domestic abuse: Sussex Police flag; MARAC data from the West Sussex MARAC co-ordinator.",
], 74, mark="-"))

P.append("\n\fANNEX D - WARD PROFILES\n")
P.append(wrap("""Each profile gives the ward's 2022 figures from Tables 3.1, 3.3 and 5.1, with comments
from the neighbourhood policing team.""", 74))
P.append("")
COMMENT = {
    "Northgate & West Green": "The town centre, County Mall, Queens Square, the High Street and the Broadway. "
        "Shoplifting, violence in the evening economy and street-based ASB.",
    "Broadfield": "Broadfield Barton is the focus of youth ASB and drug dealing complaints.",
    "Bewbush & North Broadfield": "ASB around Bewbush Centre; vehicle nuisance on the western edge.",
    "Three Bridges": "Three Bridges railway station is a hub for theft from the person and cycle theft.",
    "Pound Hill North & Forge Wood": "Burglary and vehicle theft from driveways; the new Forge Wood "
        "neighbourhood is still growing.",
    "Maidenbower": "Low crime overall; burglary targeted at car keys.",
    "Tilgate": "Tilgate Park draws visitors and some summer ASB.",
    "Langley Green & Tushmore": "Close to the airport and Manor Royal; community tension monitoring.",
    "Southgate": "Parking disputes and neighbour nuisance are the main concerns.",
}
for i in sorted(range(NW), key=lambda i: W[i][0]):
    w = W[i]
    P.append(w[0].upper())
    P.append(f"  Population {fi(w[2])} | Households {fi(w[3])}")
    P.append(f"  All crime 2022: {fi(ward_all[i])} (2021: {fi(ward21[i])}); {r100k(ward_all[i], w[2])} per 100,000")
    P.append(f"  Rank by crime rate: {order.index(i) + 1} of 13 | ASB incidents: {fi(asb[i])}")
    P.append(f"  Residential burglary: {fi(bur[i])} ({frate(bur[i], w[3], 1000, 1)} per 1,000 households)")
    if w[0] in COMMENT:
        P.append(wrap("Comment: " + COMMENT[w[0]], 76, indent="  "))
    P.append("")
P.append("\fANNEX C - ABBREVIATIONS\n")
AB = [("ASB", "anti-social behaviour"), ("BID", "business improvement district"), ("CPN", "community protection notice"),
      ("CPW", "community protection warning"), ("DA", "domestic abuse"), ("JAG", "Joint Action Group"),
      ("MARAC", "multi-agency risk assessment conference"), ("MSG", "most similar group"),
      ("NRM", "National Referral Mechanism"), ("NTE", "night-time economy"), ("PSPO", "public spaces protection order"),
      ("VAWG", "violence against women and girls")]
for a, b in AB:
    P.append(f"{a} - {b}")

body = "\n".join(P)
text = paginate(body, "Safer Crawley Partnership - Community Safety Strategic Assessment 2023", "Page {n} of {N}", 46)
write_text(OUT, text)
