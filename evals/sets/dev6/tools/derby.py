"""Derby 2019 strategic assessment (data 2018/19 vs 2017/18, with 2016/17). Invented figures."""
import os
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "corpus",
                   "derby_2019_community-safety-strategic-assessment.txt")

# ward, population, households, weights: all crime 18/19, all crime 17/18, violence, ASB, burglary
W = [
    ("Arboretum", 18900, 7600, 24.0, 23.1, 22.0, 20.0, 9.0),
    ("Normanton", 17600, 6900, 12.0, 12.4, 12.0, 11.0, 9.0),
    ("Abbey", 15600, 6500, 8.0, 8.3, 8.0, 8.0, 8.0),
    ("Sinfin", 17100, 6800, 7.0, 6.6, 7.5, 7.0, 7.0),
    ("Derwent", 15900, 6600, 6.5, 6.8, 7.0, 7.5, 6.0),
    ("Alvaston", 16300, 7100, 6.0, 5.7, 6.0, 6.5, 6.5),
    ("Boulton", 15500, 6700, 5.5, 5.6, 5.5, 6.0, 6.0),
    ("Darley", 15100, 6900, 5.2, 5.0, 4.5, 4.5, 7.0),
    ("Mackworth", 14900, 6300, 5.0, 5.3, 5.2, 5.5, 5.0),
    ("Chaddesden", 15800, 6900, 4.5, 4.4, 4.6, 5.0, 5.5),
    ("Littleover", 14600, 6100, 3.2, 3.3, 2.8, 2.8, 5.0),
    ("Blagreaves", 14200, 5900, 3.0, 2.9, 2.9, 3.0, 4.5),
    ("Oakwood", 14200, 6000, 2.7, 2.8, 2.6, 3.0, 4.0),
    ("Spondon", 14300, 6200, 2.7, 2.5, 2.6, 2.8, 3.5),
    ("Mickleover", 16200, 7100, 2.6, 2.7, 2.3, 2.5, 4.0),
    ("Chellaston", 17400, 7300, 2.4, 2.3, 2.2, 2.3, 3.5),
    ("Allestree", 13700, 5900, 1.9, 2.1, 1.5, 1.7, 4.0),
]
POP = sum(w[1] for w in W)
HH = sum(w[2] for w in W)
TOT19, TOT18, TOT17 = 27846, 26112, 23905
VAP19, ASB19, ASB18, BUR19 = 9417, 9874, 10652, 1478
all19 = split(TOT19, [w[3] for w in W])
all18 = split(TOT18, [w[4] for w in W])
vap = split(VAP19, [w[5] for w in W])
asb = split(ASB19, [w[6] for w in W])
asb18 = split(ASB18, [w[6] * (1.0 + 0.03 * ((i * 7) % 5 - 2)) for i, w in enumerate(W)])
bur = split(BUR19, [w[7] * w[2] / 6500 for w in W])

# crime types: 2016/17, 2017/18, 2018/19
TYPES = [
    ("Violence against the person", 7912, 8640, VAP19),
    ("Sexual offences", 512, 598, 641),
    ("Robbery", 298, 341, 389),
    ("Residential burglary", 1544, 1610, BUR19),
    ("Business and community burglary", 611, 587, 552),
    ("Vehicle offences", 2205, 2318, 2187),
    ("Shoplifting", 2410, 2566, 2873),
    ("Criminal damage and arson", 3388, 3251, 3196),
    ("Drug offences", 842, 779, 905),
    ("Public order offences", 1640, 1994, 2231),
]
other = tuple(t - sum(x[i] for x in TYPES) for i, t in zip((1, 2, 3), (TOT17, TOT18, TOT19)))
TYPES.append(("All other offences",) + other)

rows = []
for name, a, b, c in TYPES:
    rows.append([name, fi(a), fi(b), fi(c), arrow(c, b)])
rows.append(["Total recorded crime", fi(TOT17), fi(TOT18), fi(TOT19), arrow(TOT19, TOT18)])
T_TREND = aligned(rows, ["Offence group", "2016/17", "2017/18", "2018/19", "Change on 2017/18"])

def c(name):
    return [t for t in TYPES if t[0] == name][0][3]
cmp_rows = [
    ["All recorded crime (per 1,000 residents)", frate(TOT19, POP), "98.6", "71.3", "9th of 15"],
    ["Violence against the person", frate(VAP19, POP), "33.1", "24.8", "11th of 15"],
    ["Sexual offences", frate(c("Sexual offences"), POP), "2.6", "1.9", "5th of 15"],
    ["Robbery", frate(c("Robbery"), POP), "1.7", "0.6", "6th of 15"],
    ["Residential burglary (per 1,000 households)", frate(BUR19, HH), "14.9", "9.8", "7th of 15"],
    ["Vehicle offences", frate(c("Vehicle offences"), POP), "8.1", "5.9", "8th of 15"],
    ["Shoplifting", frate(c("Shoplifting"), POP), "9.7", "6.2", "10th of 15"],
    ["Criminal damage and arson", frate(c("Criminal damage and arson"), POP), "12.4", "9.1", "6th of 15"],
]
T_CMP = aligned(cmp_rows, ["Measure (rate per 1,000 residents unless stated)", "Derby", "MSG avg", "Force",
                           "MSG position"])

def ward_table(counts, header_extra, extra_fn, base_idx=1):
    order = sorted(range(len(W)), key=lambda i: -counts[i])
    total = sum(counts)
    rows = [extra_fn(None, total)]
    for i in order:
        rows.append(extra_fn(i, counts[i]))
    return rows

# all crime ward table: total at top, sorted by count
rows = [["DERBY CITY", fi(POP), fi(TOT18), fi(TOT19), frate(TOT19, POP), arrow(TOT19, TOT18)]]
for i in sorted(range(len(W)), key=lambda i: -all19[i]):
    rows.append([W[i][0], fi(W[i][1]), fi(all18[i]), fi(all19[i]), frate(all19[i], W[i][1]), arrow(all19[i], all18[i])])
T_WALL = aligned(rows, ["Ward", "Population", "2017/18", "2018/19", "Rate per 1,000", "Change"])

rows = [["DERBY CITY", fi(VAP19), frate(VAP19, POP), "100.0"]]
for i in sorted(range(len(W)), key=lambda i: -vap[i]):
    rows.append([W[i][0], fi(vap[i]), frate(vap[i], W[i][1]), f(share(vap[i], VAP19), 1)])
T_WVAP = aligned(rows, ["Ward", "VAP offences", "Rate per 1,000", "% of city"])

rows = [["DERBY CITY", fi(HH), fi(BUR19), frate(BUR19, HH)]]
for i in sorted(range(len(W)), key=lambda i: -bur[i]):
    rows.append([W[i][0], fi(W[i][2]), fi(bur[i]), frate(bur[i], W[i][2])])
T_WBUR = aligned(rows, ["Ward", "Households", "Residential burglaries", "Per 1,000 households"])

rows = [["DERBY CITY", fi(ASB18), fi(ASB19), frate(ASB19, POP), arrow(ASB19, ASB18)]]
for i in sorted(range(len(W)), key=lambda i: -asb[i]):
    rows.append([W[i][0], fi(asb18[i]), fi(asb[i]), frate(asb[i], W[i][1]), arrow(asb[i], asb18[i])])
T_WASB = aligned(rows, ["Ward", "ASB 2017/18", "ASB 2018/19", "Rate per 1,000", "Change"])

ASB_CAT = [("Personal", 1842, 1735), ("Nuisance", 8136, 7561), ("Environmental", 674, 578)]
assert sum(a for _, a, _ in ASB_CAT) == ASB18 and sum(b for _, _, b in ASB_CAT) == ASB19
rows = [[n, fi(a), fi(b), arrow(b, a)] for n, a, b in ASB_CAT] + [["All ASB", fi(ASB18), fi(ASB19), arrow(ASB19, ASB18)]]
T_ASBCAT = aligned(rows, ["ASB category", "2017/18", "2018/19", "Change"])

DA = dict(inc18=7006, inc19=7421, cr18=3962, cr19=4308, marac=612, marac_rep=31, idva=1047)
KNIFE18, KNIFE19 = 187, 214
NTE19, NTE18 = 1146, 1083
HATE18, HATE19 = 602, 689
SEX19 = c("Sexual offences")
ward = {w[0]: i for i, w in enumerate(W)}
ai = ward["Arboretum"]; ni = ward["Normanton"]

def wardline(n):
    i = ward[n]
    return (f"{n}: {fi(all19[i])} crimes ({frate(all19[i], W[i][1])} per 1,000), {fi(vap[i])} violence offences, "
            f"{fi(asb[i])} ASB incidents and {fi(bur[i])} residential burglaries ({frate(bur[i], W[i][2])} per "
            f"1,000 households).")

P = []
P.append("""DERBY COMMUNITY SAFETY PARTNERSHIP
Partnership Strategic Assessment 2019
Covering the financial year 2018/19 (1 April 2018 to 31 March 2019)

Version 1.2 - final, approved by the Partnership Board, June 2019
Prepared by the Community Safety Intelligence Team, Derby City Council,
with analysts from Derbyshire Constabulary (Derby Division)

------------------------------------------------------------------------

CONTENTS

  1   Introduction
  2   Summary of findings
  3   Crime overview
  4   Violence
  5   Domestic abuse and sexual violence
  6   Acquisitive crime
  7   Anti-social behaviour
  8   Drugs, alcohol and exploitation
  9   Hate crime and community cohesion
  10  Priorities for 2019-2022
  11  Recommendations
  12  Governance and delivery
  13  Ward summaries
  14  Glossary

------------------------------------------------------------------------
""")
P.append("1  INTRODUCTION\n")
P.append("1.1  Purpose of this assessment\n")
P.append(wrap("""
1.1.1  The Crime and Disorder Act 1998, as amended, places a duty on the responsible authorities in Derby to work
together to reduce crime and disorder, anti-social behaviour, substance misuse and reoffending. The Crime and
Disorder (Formulation and Implementation of Strategy) Regulations 2007 require the partnership to prepare a
strategic assessment each year, and to use it to set and review the priorities in its partnership plan.

1.1.2  This document is the strategic assessment for 2019. It describes the level and pattern of crime and
anti-social behaviour across the city in 2018/19, compares it with 2017/18 and, where useful, with 2016/17,
and sets the results alongside the average for Derby's most similar group (MSG) of community safety
partnerships and the Derbyshire force area. It closes with the partnership's priorities, its recommendations
to the Board, and a description of the governance that will oversee delivery.

1.1.3  The assessment is written for members of the Derby Community Safety Partnership Board, the thematic
delivery groups that report to it, elected members and officers of the partner agencies. A shorter public
summary will be published on the City Council's website.
"""))
P.append("\n1.2  Data sources\n")
P.append(wrap("""
1.2.1  Police recorded crime and anti-social behaviour incidents were extracted from Derbyshire Constabulary
systems in May 2019. Figures for previous years were re-extracted at the same time, so they may differ slightly
from those printed in earlier assessments. Fire data were supplied by Derbyshire Fire and Rescue Service; drug
and alcohol treatment data by the commissioned treatment provider; and domestic abuse service data by the
partnership's commissioned domestic abuse service.

1.2.2  Rates are per 1,000 residents unless a table says otherwise. Residential burglary is expressed per 1,000
households, because the number of dwellings is the better measure of the population at risk. Ward populations
are mid-2017 estimates, rounded to the nearest hundred; the city population used throughout is the sum of the
seventeen wards, {pop} residents, living in {hh} households.

1.2.3  The most similar group (MSG) is the family of fifteen community safety partnerships that the Home Office
judges most like Derby in population, deprivation and urban character. "MSG avg" in the tables is the mean rate
across those fifteen partnerships; "MSG position" ranks Derby within the group, where 1st is the lowest rate.
"Force" is the rate for the whole Derbyshire Constabulary area.
""".format(pop=fi(POP), hh=fi(HH))))
P.append("\n1.3  Reading the tables\n")
P.append(wrap("""
1.3.1  Each table is followed by its caption. Changes are shown with an arrow: ▲ for an increase and ▼ for a
decrease, followed by the percentage change on the previous year, rounded to the nearest whole number. Ward
tables are ordered by the number of offences or incidents, largest first, not by rate; the city total is given
in capitals on the first row of each ward table.
"""))
P.append("\n\n2  SUMMARY OF FINDINGS\n")
P.append("2.1  Overall picture\n")
P.append(wrap(f"""
2.1.1  Derby recorded {fi(TOT19)} crimes in 2018/19, {arrow(TOT19, TOT18)[2:]} more than the {fi(TOT18)} recorded
in 2017/18 and continuing a rise that began in 2016/17, when {fi(TOT17)} crimes were recorded. Part of the rise
reflects continued improvement in the way crime is recorded, particularly for violence without injury and
public order offences, rather than a real change in victimisation.

2.1.2  The overall crime rate was {frate(TOT19, POP)} per 1,000 residents, above the MSG average of 98.6 and
well above the Derbyshire force rate of 71.3, which is pulled down by the county's rural districts.

2.1.3  Violence against the person remains the largest single offence group, at {fi(VAP19)} offences, or
{f(share(VAP19, TOT19), 1)}% of all recorded crime. Arboretum ward, which contains the city centre, accounted for
{fi(vap[ai])} of these offences.

2.1.4  Anti-social behaviour fell for the second year running, to {fi(ASB19)} incidents, a reduction of
{arrow(ASB19, ASB18)[2:]} on 2017/18. Residential burglary also fell, to {fi(BUR19)} offences.
"""))
P.append("\n2.2  Key points for the Board\n")
P.append(bullets([
    f"Violence against the person rose {arrow(VAP19, 8640)[2:]} to {fi(VAP19)} offences; the rate of "
    f"{frate(VAP19, POP)} per 1,000 places Derby 11th of 15 in its MSG.",
    f"Domestic abuse-related crimes rose to {fi(DA['cr19'])} from {fi(DA['cr18'])}.",
    f"Knife crime rose from {KNIFE18} to {KNIFE19} offences.",
    f"Shoplifting increased for the third year, to {fi(c('Shoplifting'))} offences.",
    f"Hate crime reports rose to {HATE19}, which the partnership regards as partly welcome evidence of "
    "increased confidence to report.",
    f"ASB fell to {fi(ASB19)} incidents; nuisance ASB remains the largest category.",
]))
P.append("\n2.3  What residents told us\n")
P.append(wrap("""
2.3.1  The City Council's Your City, Your Say survey was completed by 1,906 residents in the autumn of 2018.
Of these, 71% said they felt safe outside in their local area during the day and 38% after dark, compared with
74% and 41% in the 2017 survey. Feeling safe after dark was lowest among residents of Arboretum and Normanton.

2.3.2  Asked which problems most affected their neighbourhood, residents most often named speeding traffic
(44%), litter and fly-tipping (39%), drug dealing and drug use (31%) and groups hanging around (27%). The
survey does not report results for individual wards because the samples in most wards are too small.
"""))
P.append("\n\n3  CRIME OVERVIEW\n")
P.append("3.1  Recorded crime by offence group\n")
P.append(wrap("""
3.1.1  Table 3.1 shows recorded crime for each of the main offence groups over three years. Rows are
offence groups and columns are financial years; the final column shows the change between 2017/18 and 2018/19.
"""))
P.append("")
P.append(T_TREND)
P.append("Table 3.1 - Recorded crime by offence group, Derby, 2016/17 to 2018/19 (source: Derbyshire Constabulary)\n")
P.append(wrap(f"""
3.1.2  The largest proportional increases were in robbery ({arrow(389, 341)}), public order offences
({arrow(2231, 1994)}) and drug offences ({arrow(905, 779)}). The rise in drug offences follows targeted
operations against street dealing in Normanton and Arboretum during the autumn of 2018 and should be read as a
measure of police activity rather than of drug use. Vehicle offences, criminal damage and business burglary
all fell.
"""))
P.append("\n3.2  Comparison with similar areas\n")
P.append(wrap("""
3.2.1  Table 3.2 compares Derby's rates with the MSG average and with the Derbyshire force area. Derby's rates
are above the MSG average for most offence groups, but it sits in the middle of the group for all crime.
"""))
P.append("")
P.append(T_CMP)
P.append("Table 3.2 - Derby rates compared with MSG average and force, 2018/19 (MSG position: 1st = lowest rate)\n")
P.append(wrap("""
3.2.2  Robbery and sexual offences are the two measures on which Derby is below the MSG average. Residential
burglary is close to the average. Violence against the person and shoplifting are the measures on which Derby
compares least well with similar partnerships.
"""))
P.append("\n3.3  Crime by ward\n")
P.append(wrap("""
3.3.1  Table 3.3 lists all seventeen wards by the number of crimes recorded in 2018/19. The city total is
on the first row. Because the city centre sits within Arboretum ward, its counts include a large volume of
shoplifting and night-time economy offences against people who do not live there, so its rate per resident is
inflated.
"""))
P.append("")
P.append(T_WALL)
P.append("Table 3.3 - All recorded crime by ward, ordered by 2018/19 count (rate per 1,000 residents)\n")
P.append(wrap(f"""
3.3.2  Arboretum and Normanton together accounted for {f(share(all19[ai] + all19[ni], TOT19), 1)}% of all
crime in the city. Allestree had the fewest offences and, with Chellaston, the lowest rates.
"""))
P.append("\n\n4  VIOLENCE\n")
P.append("4.1  Violence against the person\n")
P.append(wrap(f"""
4.1.1  Violence against the person (VAP) covers homicide, violence with injury, violence without injury,
stalking and harassment. There were {fi(VAP19)} VAP offences in 2018/19, compared with 8,640 in 2017/18 and
7,912 in 2016/17. Of the 2018/19 total, 3,402 were violence with injury, 4,139 violence without injury and
1,876 stalking and harassment. There were three homicides.

4.1.2  Around a third of VAP offences (3,118) were flagged as domestic abuse related. A further 1,146 took place
in the night-time economy (NTE), defined as offences in the city centre between 8pm and 4am on Thursday to
Sunday nights, compared with 1,083 in 2017/18.
"""))
P.append("")
VT = [("Violence with injury", 3106, 3288, 3402), ("Violence without injury", 3527, 3790, 4139),
      ("Stalking and harassment", 1279, 1562, 1876)]
assert [sum(x[i] for x in VT) for i in (1, 2, 3)] == [7912, 8640, VAP19]
P.append(aligned([[a, fi(b), fi(c_), fi(d), arrow(d, c_)] for a, b, c_, d in VT] +
                 [["All violence against the person", "7,912", "8,640", fi(VAP19), arrow(VAP19, 8640)]],
                 ["VAP sub-group", "2016/17", "2017/18", "2018/19", "Change"]))
P.append("Table 4.1 - Violence against the person by sub-group, 2016/17 to 2018/19 (homicides are counted within violence with injury)\n")
P.append(T_WVAP)
P.append("Table 4.2 - Violence against the person by ward, 2018/19, ordered by count\n")
P.append("Violence hotspots\n")
P.append(wrap(f"""
4.1.3  After Arboretum, the wards with the most violence were Normanton ({fi(vap[ni])} offences), Abbey and
Sinfin. Together the top four wards accounted for around half of the city's violence. Violence in Normanton
and Abbey is predominantly residential and a high proportion is domestic; violence in Arboretum is
predominantly in public places and linked to the NTE.
"""))
P.append("\n4.2  Night-time economy\n")
P.append(wrap(f"""
4.2.1  NTE violence rose by {arrow(NTE19, NTE18)[2:]} to {fi(NTE19)} offences. Two thirds of NTE violence
occurred between midnight and 3am on Friday and Saturday nights, with clusters around Friar Gate, the Wardwick
and Sadler Gate. Alcohol was recorded as a factor in 58% of NTE violence offences. The city centre gained
Purple Flag status in 2018, and the Street Pastors scheme operates on Friday and Saturday nights.

4.2.2  The partnership's NTE sub-group has reviewed late-night levy options and will report to the Board in
the autumn. Licensing data show 312 premises licensed to sell alcohol after midnight in Arboretum ward.
"""))
P.append("\n4.3  Knife crime and serious violence\n")
P.append(wrap(f"""
4.3.1  Offences involving a knife or sharp instrument rose from {KNIFE18} in 2017/18 to {KNIFE19} in 2018/19.
Around 40% of victims and 45% of suspects were aged under 25. Hospital data from the Royal Derby Hospital
emergency department recorded 96 attendances for assault with a sharp object in the same period. The figures
for knife crime are not broken down by ward in this assessment because the numbers in most wards are small.

4.3.2  The partnership does not yet have a local serious violence problem profile. The recommendations in
section 11 propose one, to be shared with the Derbyshire Office of the Police and Crime Commissioner.
"""))
P.append("\n\n5  DOMESTIC ABUSE AND SEXUAL VIOLENCE\n")
P.append("5.1  Domestic abuse\n")
P.append(wrap(f"""
5.1.1  Derbyshire Constabulary recorded {fi(DA['inc19'])} domestic abuse (DA) incidents in Derby in 2018/19,
up from {fi(DA['inc18'])} in 2017/18. Of these, {fi(DA['cr19'])} were recorded as crimes, compared with
{fi(DA['cr18'])} the year before, an increase of {arrow(DA['cr19'], DA['cr18'])[2:]}. The DA crime rate was
{frate(DA['cr19'], POP)} per 1,000 residents.

5.1.2  The Multi-Agency Risk Assessment Conference (MARAC) heard {DA['marac']} cases involving high-risk
victims, of which {DA['marac_rep']}% were repeat cases, within the 28-40% range that SafeLives recommends. The
commissioned domestic abuse service received {fi(DA['idva'])} referrals to its Independent Domestic Violence
Advisers (IDVAs).

5.1.3  Around 82% of DA victims were female. The victim's age is recorded for most crimes, but this assessment
does not analyse DA by age group or by ward; a DA needs assessment is under way and will report in 2019/20.
"""))
P.append("\n5.2  Sexual violence\n")
P.append(wrap(f"""
5.2.1  There were {SEX19} sexual offences in 2018/19, compared with 598 in 2017/18. Of these, 231 were rapes.
Approximately 30% of sexual offences were reported more than a year after the offence took place (non-recent
reports). Derby's sexual offences rate of {frate(SEX19, POP)} per 1,000 was below the MSG average of 2.6.

5.2.2  Violence against women and girls (VAWG) is treated by the partnership as a cross-cutting theme, covering
domestic abuse, sexual violence, stalking, harassment and so-called honour-based abuse. Derby's VAWG strategy is
due for refresh in 2020.
"""))
P.append("\n\n6  ACQUISITIVE CRIME\n")
P.append("6.1  Residential burglary\n")
P.append(wrap(f"""
6.1.1  Residential burglary fell from 1,610 offences in 2017/18 to {fi(BUR19)} in 2018/19
({arrow(BUR19, 1610)}). The city rate was {frate(BUR19, HH)} per 1,000 households, close to the MSG average of
14.9 per 1,000 households and above the Derbyshire rate of 9.8.
"""))
P.append("")
P.append(T_WBUR)
P.append("Table 6.1 - Residential burglary by ward, 2018/19, ordered by count (rate per 1,000 households)\n")
P.append(wrap("""
6.1.2  Burglary is more evenly spread across the city than violence. Arboretum and Normanton again have the
most offences, but several suburban wards have rates close to the city average. Around one in five burglaries
involved the theft of a vehicle using keys taken from the house.
"""))
P.append("\n6.2  Vehicle crime, shoplifting and robbery\n")
P.append(wrap(f"""
6.2.1  Vehicle offences fell by {arrow(2187, 2318)[2:]} to 2,187. Theft from motor vehicles made up 61% of
vehicle offences. Shoplifting rose to {fi(c('Shoplifting'))} offences, with the Intu Derby shopping centre area of
the city centre and the Kingsway and Wyvern retail parks the main locations. Robbery rose to 389 offences, of
which 318 were personal robberies and 71 business robberies.

6.2.2  Business and community burglary fell to 552 offences. The partnership's business crime reduction
partnership has 146 member businesses.
"""))
P.append("\n\n7  ANTI-SOCIAL BEHAVIOUR\n")
P.append("7.1  Overall levels\n")
P.append(wrap(f"""
7.1.1  Police recorded {fi(ASB19)} ASB incidents in 2018/19, down from {fi(ASB18)} in 2017/18. The ASB rate
was {frate(ASB19, POP)} per 1,000 residents. No MSG comparison is available for ASB, because incident
recording practice differs between forces.
"""))
P.append("")
P.append(T_ASBCAT)
P.append("Table 7.1 - ASB incidents by category, 2017/18 and 2018/19\n")
P.append("")
P.append(T_WASB)
P.append("Table 7.2 - ASB incidents by ward, ordered by 2018/19 count\n")
P.append(wrap(f"""
7.1.2  ASB fell in every ward. The council's ASB team dealt with 1,214 cases in 2018/19, and issued 38
Community Protection Notices and 6 Public Spaces Protection Order fixed penalties. Derby Homes recorded a
further 522 ASB cases on its estates; these are not included in the police figures above.

7.1.3  Youth-related ASB accounted for around a quarter of incidents, concentrated in the summer months and
around the city centre bus station. Deliberate fires, most of them rubbish and grass fires, numbered 418 in
2018/19 according to Derbyshire Fire and Rescue Service.
"""))
P.append("\n\n8  DRUGS, ALCOHOL AND EXPLOITATION\n")
P.append("8.1  Substance misuse\n")
P.append(wrap("""
8.1.1  There were 1,382 adults in structured drug and alcohol treatment in Derby in 2018/19, of whom 64% were
in treatment for opiate use. Successful completions were 5.8% for opiate clients and 31% for non-opiate
clients. There were 41 drug-related deaths registered in Derby in the three years 2016 to 2018.

8.1.2  Alcohol was recorded as a factor in 24% of all violence and in 58% of NTE violence. Alcohol-related
hospital admissions are higher in Derby than the England average.
"""))
P.append("\n8.2  County lines and exploitation\n")
P.append(wrap("""
8.2.1  Police intelligence identified nine county lines operating into Derby during 2018/19, most originating
in the West Midlands. The multi-agency exploitation panel considered 37 children at risk of criminal
exploitation. Cuckooing - the taking over of a vulnerable person's home to deal drugs - was identified at 22
addresses.

8.2.2  Modern slavery referrals through the National Referral Mechanism from Derby numbered 48 in 2018/19.
"""))
P.append("\n\n9  HATE CRIME AND COMMUNITY COHESION\n")
P.append(wrap(f"""
9.1.1  There were {HATE19} hate crimes recorded in 2018/19, compared with {HATE18} in 2017/18
({arrow(HATE19, HATE18)}). Race was the most common motivating factor (71%), followed by sexual orientation
(12%), religion (9%), disability (6%) and transgender identity (2%). Arboretum and Normanton recorded the
largest numbers of hate crimes, reflecting the city centre and the diversity of their communities.

9.1.2  The Prevent programme continues in Derby as a priority area. Referral numbers are not published in this
assessment.
"""))
P.append("\n\n10  PRIORITIES FOR 2019-2022\n")
P.append(wrap("""
10.1.1  Having considered the evidence in sections 3 to 9, and the views of residents gathered through the
Neighbourhood Board meetings, the Board has agreed four priorities for the three years 2019 to 2022:
"""))
P.append("""
  Priority 1  Reducing violence, including domestic abuse, sexual violence and the NTE
  Priority 2  Tackling anti-social behaviour and neighbourhood crime
  Priority 3  Protecting vulnerable people from exploitation, including county lines
  Priority 4  Reducing the harm caused by drugs and alcohol
""")
P.append(wrap("""
10.1.2  Hate crime and community cohesion, and reducing reoffending, will be treated as cross-cutting themes
that apply to each priority rather than as priorities in their own right.
"""))
P.append("\n\n11  RECOMMENDATIONS\n")
P.append(wrap("The Community Safety Intelligence Team recommends that the Board:"))
P.append("")
RECS = [
    ("R1", "Commission a serious violence problem profile for Derby, including knife crime and hospital data, by March 2020.", "Community Safety Intelligence Team"),
    ("R2", "Extend the Street Pastors and safe space provision in the NTE to Thursday nights.", "NTE Sub-group"),
    ("R3", "Complete the domestic abuse needs assessment and use it to re-commission IDVA capacity.", "DA and SV Board"),
    ("R4", "Target burglary prevention (target hardening and key-safe advice) at Arboretum, Normanton and Abbey.", "Derbyshire Constabulary (Derby Division)"),
    ("R5", "Agree a shared ASB case management system between the council, Derby Homes and the police.", "ASB and Neighbourhoods Group"),
    ("R6", "Develop a joint response to cuckooing with adult social care and housing providers.", "Exploitation Panel"),
    ("R7", "Run a shoplifting reduction pilot with the city centre business improvement district.", "Business Crime Reduction Partnership"),
    ("R8", "Publish a hate crime third-party reporting centre map and promote reporting.", "Community Cohesion Group"),
]
for rid, text, owner in RECS:
    wr = textwrap.wrap(text, 78)
    P.append(f"  {rid}   " + wr[0])
    for x in wr[1:]:
        P.append("        " + x)
    P.append(f"        Owner: {owner}")
    P.append("")
P.append("\n12  GOVERNANCE AND DELIVERY\n")
P.append(wrap("""
12.1.1  The Derby Community Safety Partnership Board is chaired by Lavinia Ashburner-Quist, Strategic Director
of Communities and Place at Derby City Council. The vice-chair is Chief Superintendent Oliver Tremayne-Hood,
Divisional Commander for Derby, Derbyshire Constabulary. The Board meets quarterly and reports annually to the
council's Communities and Place Scrutiny Board.

12.1.2  The Board's members are the responsible authorities - Derby City Council, Derbyshire Constabulary,
Derbyshire Fire and Rescue Service, Derby and Derbyshire Clinical Commissioning Group and the National
Probation Service with the Derbyshire, Leicestershire, Nottinghamshire and Rutland Community Rehabilitation
Company - together with the Office of the Police and Crime Commissioner for Derbyshire, Derby Homes and the
University of Derby.

12.1.3  Five delivery groups report to the Board: the Domestic Abuse and Sexual Violence (DA and SV) Board,
chaired by Rukhsana Pellow-Grant; the ASB and Neighbourhoods Group; the Exploitation Panel; the NTE Sub-group;
and the Reducing Reoffending Group. Each delivery group holds an action plan against the priorities in section
10 and reports progress to the Board every quarter.

12.1.4  The Community Safety Intelligence Team will produce a performance report for each Board meeting and
refresh this assessment in 2020.
"""))
P.append("\n\n13  WARD SUMMARIES\n")
P.append(wrap("""
13.1.1  The summaries below bring together the headline figures for each ward, in the same order as Table
3.3. Figures are for 2018/19.
"""))
P.append("")
for i in sorted(range(len(W)), key=lambda i: -all19[i]):
    P.append(wrap(wardline(W[i][0]), 88, ""))
    P.append("")
P.append("\n14  GLOSSARY\n")
GL = [
    ("ASB", "Anti-social behaviour"), ("CSP", "Community Safety Partnership"), ("DA", "Domestic abuse"),
    ("IDVA", "Independent Domestic Violence Adviser"), ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("MSG", "Most similar group - fifteen partnerships with similar characteristics"),
    ("NTE", "Night-time economy"), ("SV", "Sexual violence"), ("VAP", "Violence against the person"),
    ("VAWG", "Violence against women and girls"), ("Force", "The Derbyshire Constabulary area as a whole"),
    ("Cuckooing", "Taking over the home of a vulnerable person to use it for drug dealing"),
]
for a, b in GL:
    P.append(f"  {a:<10} {b}")
P.append("\n-- End of document --")
write(OUT, P)
