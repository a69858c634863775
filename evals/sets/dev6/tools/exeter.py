"""Exeter 2024 strategic assessment (calendar 2023 vs 2022). Invented figures. Tab-separated tables."""
import os
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "corpus",
                   "exeter_2024_community-safety-strategic-assessment.txt")
# ward, pop, weights: crime 2023, crime 2022, violence, ASB 2023, ASB 2022, burglary
W = [
    ("Alphington", 11900, 5.0, 5.1, 5.0, 5.4, 5.5, 7.0),
    ("Duryard and St James", 13600, 8.0, 8.4, 7.4, 10.5, 11.2, 9.5),
    ("Exwick", 11300, 6.2, 6.1, 6.6, 7.0, 7.1, 7.5),
    ("Heavitree", 9800, 5.1, 5.0, 4.6, 5.2, 5.0, 7.0),
    ("Mincinglake and Whipton", 10400, 7.4, 7.3, 8.0, 8.6, 8.5, 8.5),
    ("Newtown and St Leonard's", 9900, 8.6, 8.5, 8.2, 9.0, 8.8, 9.0),
    ("Pennsylvania", 10200, 3.4, 3.5, 3.1, 3.6, 3.7, 6.0),
    ("Pinhoe", 10600, 4.0, 4.1, 4.0, 4.3, 4.2, 6.5),
    ("Priory", 11800, 7.6, 7.7, 8.3, 8.8, 8.9, 8.5),
    ("St David's", 10900, 27.0, 26.0, 27.5, 20.0, 19.6, 8.0),
    ("St Loyes", 9200, 4.6, 4.8, 4.9, 5.4, 5.6, 6.0),
    ("St Thomas", 10700, 9.6, 9.6, 9.4, 9.0, 9.1, 9.0),
    ("Topsham", 8400, 2.5, 2.6, 2.0, 3.0, 3.0, 4.5),
]
POP = sum(w[1] for w in W)
CR23, CR22 = 12486, 11903
VIO23, VIO22 = 4612, 4398
ASB23, ASB22 = 3284, 3697
BUR23, BUR22 = 311, 344
cr23 = split(CR23, [w[2] for w in W]); cr22 = split(CR22, [w[3] for w in W])
vio = split(VIO23, [w[4] for w in W]); asb23 = split(ASB23, [w[5] for w in W]); asb22 = split(ASB22, [w[6] for w in W])
bur = split(BUR23, [w[7] for w in W])
idx = {w[0]: i for i, w in enumerate(W)}
NTE23, NTE22 = 698, 655
SEX23, SEX22 = 402, 371
SHOP23, SHOP22 = 1524, 1108
DA = dict(inc=2903, cr23=1811, cr22=1744, marac=214)
DRUG23 = 356
SD = idx["St David's"]

def tsv(rows, header):
    return "\n".join("\t".join(str(c) for c in r_) for r_ in [header] + rows)

def ch(new, old):
    v = pct(new, old, 0)
    return ("+" if v > 0 else "") + f(v, 0) + "%"

P = []
P.append("""EXETER COMMUNITY SAFETY PARTNERSHIP

Strategic Assessment 2024

Crime, disorder and community safety in Exeter: January to December 2023

Prepared for the Exeter Community Safety Partnership by the Community Safety and
Resilience Team, Exeter City Council, with the Devon and Cornwall Police
Performance and Analysis Department.

Published March 2024.

________________________________________________________________________________

IN BRIEF

  1. Police recorded {cr} crimes in Exeter in 2023, {chg} on 2022.
  2. Violence against the person rose to {v}; St David's ward, which contains the
     city centre, accounted for {sdv} of these offences.
  3. Night-time economy (NTE) violence rose to {nte} offences.
  4. Shoplifting rose ({shop}), the largest increase of any offence type.
  5. Anti-social behaviour fell for the second year, to {asb} incidents.
  6. The partnership's three priorities for 2024-25 are serious violence and the
     NTE; violence against women and girls; and anti-social behaviour and
     retail crime.
________________________________________________________________________________
""".format(cr=fi(CR23), chg=ch(CR23, CR22), v=fi(VIO23), sdv=fi(vio[SD]), nte=fi(NTE23), shop=ch(SHOP23, SHOP22),
           asb=fi(ASB23)))
P.append("""CONTENTS
  §1  About this assessment
  §2  Exeter in context
  §3  Overall crime
  §4  Violence and the night-time economy
  §5  Violence against women and girls
  §6  Anti-social behaviour
  §7  Acquisitive and retail crime
  §8  Drugs, exploitation and vulnerability
  §9  Priorities for 2024-25
  §10 Recommendations
  §11 Governance
  §12 Ward profiles
  §13 Glossary
""")
P.append("\n§1  ABOUT THIS ASSESSMENT\n")
P.append(wrap("""
§1.1  Every community safety partnership in England must produce a strategic assessment each year under the
Crime and Disorder Act 1998 and the Crime and Disorder (Formulation and Implementation of Strategy) Regulations
2007. This assessment covers the calendar year 2023 (1 January to 31 December) and compares it with calendar
2022. Earlier years are not analysed.

§1.2  Crime and ASB figures are from Devon and Cornwall Police and were extracted on 12 January 2024. Rates are
per 1,000 residents. Ward populations are mid-2022 estimates rounded to the nearest hundred, and sum to a city
population of {pop}.

§1.3  Comparators. The assessment compares Exeter with Devon (the whole county, including Exeter), with the
Devon and Cornwall Police force area ("D&C"), and with the average of Exeter's most similar group of
community safety partnerships ("MSG avg"). Comparator figures are rates per 1,000 residents. Comparators are
shown as rows beneath the Exeter figures.

§1.4  Tables are tab-separated. Small counts have not been suppressed because no ward figure in this assessment
identifies an individual. Footnotes are marked with letters in square brackets, such as [a], and are printed
directly under the table or paragraph to which they refer.
""".format(pop=fi(POP))))
P.append("\n§2  EXETER IN CONTEXT\n")
P.append(wrap("""
§2.1  Exeter is the county town of Devon and the main employment, retail and leisure centre for a wider
population of around half a million people. Its daytime population is much larger than its resident
population, and its night-time economy draws visitors from across East, Mid and Teignbridge districts. Rates
per resident are therefore inflated in the city centre ward of St David's.

§2.2  The University of Exeter's Streatham campus lies in Duryard and St James ward, and around 27,000
students study at the university. Student numbers affect the pattern of ASB (noise and parties), burglary
(shared houses) and NTE demand, especially in Duryard and St James, St James's neighbouring streets in
Newtown and St Leonard's, and the city centre.

§2.3  Exeter has thirteen wards. Deprivation is concentrated in parts of Mincinglake and Whipton, Priory,
Exwick and St Thomas, although no Exeter neighbourhood is in the most deprived 10% in England.
"""))
P.append("")
P.append(wrap("""
§2.4  Table 0 summarises the main measures used in this assessment. Each is discussed in the section shown.
"""))
P.append("")
P.append("Table 0: Exeter at a glance, 2022 and 2023")
KF = [("All recorded crime", CR22, CR23, "§3"), ("Violence against the person", VIO22, VIO23, "§4"),
      ("NTE violence", NTE22, NTE23, "§4"), ("Domestic abuse crimes", DA['cr22'], DA['cr23'], "§5"),
      ("Sexual offences", SEX22, SEX23, "§5"), ("ASB incidents", ASB22, ASB23, "§6"),
      ("Shoplifting", SHOP22, SHOP23, "§7"), ("Residential burglary", BUR22, BUR23, "§7"),
      ("Hate crimes", 203, 187, "§8")]
P.append(tsv([[a, fi(b), fi(c_), ch(c_, b), d] for a, b, c_, d in KF], ["Measure", "2022", "2023", "Change", "Section"]))
P.append("\n§3  OVERALL CRIME\n")
P.append(wrap(f"""
§3.1  Devon and Cornwall Police recorded {fi(CR23)} crimes in Exeter in 2023, compared with {fi(CR22)} in 2022,
an increase of {ch(CR23, CR22)}. The crime rate was {frate(CR23, POP)} per 1,000 residents.
"""))
P.append("")
P.append("Table 1: Recorded crime by offence type, Exeter, 2022 and 2023[a]")
TYPES = [
    ("Violence against the person", VIO22, VIO23, "31.8", "22.4", "20.6", "32.9"),
    ("Sexual offences", SEX22, SEX23, "2.7", "2.3", "2.2", "2.7"),
    ("Robbery", 61, 74, "0.6", "0.3", "0.3", "0.9"),
    ("Residential burglary", BUR22, BUR23, "2.6", "1.9", "1.8", "3.4"),
    ("Vehicle offences", 498, 451, "3.7", "2.7", "2.6", "5.6"),
    ("Shoplifting", SHOP22, SHOP23, "10.3", "5.5", "4.9", "8.2"),
    ("Criminal damage and arson", 1387, 1302, "9.6", "6.7", "6.4", "9.2"),
    ("Drug offences", 318, DRUG23, "2.4", "1.6", "1.5", "2.5"),
    ("Public order offences", 1064, 1133, "7.9", "5.1", "4.8", "7.9"),
]
o22 = CR22 - sum(t[1] for t in TYPES); o23 = CR23 - sum(t[2] for t in TYPES)
rows = [[n, fi(a), fi(b), ch(b, a), frate(b, POP)] for n, a, b, *_ in TYPES]
rows.append(["Other offences", fi(o22), fi(o23), ch(o23, o22), frate(o23, POP)])
rows.append(["All crime", fi(CR22), fi(CR23), ch(CR23, CR22), frate(CR23, POP)])
P.append(tsv(rows, ["Offence type", "2022", "2023", "Change", "Rate per 1,000 (2023)"]))
P.append("[a] Excludes fraud reported to Action Fraud. Rates use the 2022 mid-year population.")
P.append("")
P.append(wrap("""
§3.2  Table 2 sets Exeter's 2023 rates beside the comparators. Exeter's rates are higher than Devon's and the
force's for every offence type, as would be expected for the county's main urban centre. Against its most
similar group, Exeter is close to the average for violence, above it for shoplifting and public order, and
below it for burglary, robbery and vehicle crime.
"""))
P.append("")
P.append("Table 2: Rates per 1,000 residents, 2023 - Exeter and comparators")
rows = [[n, frate(b, POP), mx, dv, dc] for n, a, b, mx, dv, dc, msg in TYPES]
crow = ["All crime", frate(CR23, POP), "86.9", "55.4", "53.1"]
hdr = ["Offence type", "Exeter", "MSG avg", "Devon", "D&C"]
# comparators as rows: transpose
cols = [r_[0] for r_ in rows] + ["All crime"]
allr = rows + [crow]
# table is printed with areas as rows and offence types as columns (short labels)
short = ["Violence", "Sexual", "Robbery", "Res. burglary", "Vehicle", "Shoplifting", "Crim. damage", "Drugs",
         "Public order", "All crime"]
area_rows = []
for k, area in enumerate(["Exeter", "MSG avg", "Devon", "D&C"]):
    area_rows.append([area] + [allr[j][k + 1] for j in range(len(allr))])
P.append(tsv(area_rows, ["Area"] + short))
P.append("")
P.append(wrap("""
§3.3  In Table 2 the MSG avg row is the mean rate for the fifteen partnerships in Exeter's most similar group.
"D&C" is the Devon and Cornwall Police force area. Exeter's all-crime rate is above the MSG average, mainly
because of shoplifting and public order offences in the city centre.
"""))
P.append("")
P.append("Table 3: All crime by ward, 2022 and 2023, ordered by number of crimes in 2023")
order = sorted(range(len(W)), key=lambda i: -cr23[i])
rows = [[W[i][0], fi(W[i][1]), fi(cr22[i]), fi(cr23[i]), ch(cr23[i], cr22[i]), frate(cr23[i], W[i][1])] for i in order]
rows.append(["Exeter (all wards)", fi(POP), fi(CR22), fi(CR23), ch(CR23, CR22), frate(CR23, POP)])
rows.append(["Devon", "", "", "", "", "55.4"])
rows.append(["D&C", "", "", "", "", "53.1"])
rows.append(["MSG avg", "", "", "", "", "86.9"])
P.append(tsv(rows, ["Ward", "Population", "2022", "2023", "Change", "Rate per 1,000"]))
P.append("")
P.append(wrap(f"""
§3.4  St David's recorded {fi(cr23[SD])} crimes, {f(share(cr23[SD], CR23), 1)}% of the city total, at a rate of
{frate(cr23[SD], W[SD][1])} per 1,000 residents. The ward has only {fi(W[SD][1])} residents but contains the High
Street, the Guildhall and Princesshay shopping centres, Exeter Central and Exeter St David's stations, the Quay
and most late-night venues. Topsham recorded the fewest crimes.
"""))
P.append("")
P.append(wrap("""
§3.5  Crime by month. Table 3a shows all crime, violence and ASB in each month of 2023. Crime was highest in
July and lowest in February. Violence peaked in December, with the Christmas party season, and ASB in
August.
"""))
P.append("")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
mc = split(CR23, [8.1, 7.3, 8.0, 8.2, 8.5, 8.6, 9.1, 8.8, 8.4, 8.5, 8.2, 8.9])
mv = split(VIO23, [7.9, 7.2, 8.0, 8.1, 8.4, 8.5, 8.9, 8.6, 8.4, 8.6, 8.3, 9.4])
ma = split(ASB23, [6.8, 6.6, 7.6, 8.4, 9.0, 9.3, 10.4, 10.6, 8.9, 8.1, 7.4, 7.0])
P.append("Table 3a: All crime, violence and ASB by month, Exeter, 2023")
P.append(tsv([[m, fi(a), fi(b), fi(c_)] for m, a, b, c_ in zip(MONTHS, mc, mv, ma)] +
             [["Year", fi(CR23), fi(VIO23), fi(ASB23)]], ["Month", "All crime", "Violence", "ASB"]))
P.append("")
P.append("\n§4  VIOLENCE AND THE NIGHT-TIME ECONOMY\n")
P.append(wrap(f"""
§4.1  Violence against the person rose from {fi(VIO22)} offences in 2022 to {fi(VIO23)} in 2023 ({ch(VIO23, VIO22)}),
a rate of {frate(VIO23, POP)} per 1,000. Of the 2023 total, 1,521 were violence with injury, 1,983 violence
without injury and 1,108 stalking and harassment. Exeter's violence rate compares with an MSG average of 31.8,
a Devon rate of 22.4 and a force rate of 20.6.

§4.2  Table 4 shows violence by ward. The city total is not repeated in the table; it is given in Table 1 and
in §4.1.
"""))
P.append("")
P.append("Table 4: Violence against the person by ward, 2023 (ordered by count)")
order_v = sorted(range(len(W)), key=lambda i: -vio[i])
P.append(tsv([[W[i][0], fi(vio[i]), frate(vio[i], W[i][1])] for i in order_v], ["Ward", "Offences", "Rate per 1,000"]))
P.append("")
P.append(wrap(f"""
§4.3  Night-time economy violence. The partnership defines NTE violence as violence against the person in the
city centre NTE zone (parts of St David's and Newtown and St Leonard's wards) between 6pm and 6am. There were
{NTE23}[b] NTE violence offences in 2023, up from {NTE22} in 2022 ({ch(NTE23, NTE22)}). Offences were
concentrated around Sidwell Street, the top of the High Street, Mary Arches Street and the Quay, and 71% took
place between 11pm and 4am on Friday, Saturday and Sunday mornings.

[b] Counted by location and time; the police NTE flag is not used because it is applied inconsistently.

§4.4  The Exeter Street Pastors and the SafeSpace at the bus station helped 1,106 people in 2023. Exeter
retained its Purple Flag accreditation in 2023. Door staff training on vulnerability and spiking was delivered
to 38 venues; 57 reports of suspected spiking were made to police in 2023, compared with 92 in 2022.

§4.5  Serious violence. Under the Serious Violence Duty, the Devon and Cornwall Serious Violence Prevention
Partnership published a force-wide strategic needs assessment in January 2024. Exeter recorded 41 offences
involving a knife or sharp instrument in 2023 (2022: 36). Knife crime figures are not broken down by ward.
"""))
P.append("")
LOC = [("Street or open space", 1338), ("Dwelling", 1796), ("Licensed premises", 402), ("Shop or retail premises", 317),
       ("Education premises", 98), ("Health premises", 143), ("Other or not recorded", 518)]
assert sum(x for _, x in LOC) == VIO23
P.append("Table 4a: Violence against the person by location type, 2023")
P.append(tsv([[a, fi(b), f(share(b, VIO23), 1)] for a, b in LOC] + [["All locations", fi(VIO23), "100.0"]],
             ["Location type", "Offences", "% of violence"]))
P.append("")
NDAY = split(NTE23, [3.0, 2.5, 4.0, 9.5, 24.0, 37.0, 20.0])
P.append("Table 4b: NTE violence by night of the week, 2023 (6pm to 6am, night starting on the day shown)")
P.append(tsv([[d, fi(x)] for d, x in zip(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], NDAY)] +
             [["All nights", fi(NTE23)]], ["Night", "NTE violence offences"]))
P.append("")
P.append(wrap("""
§4.6  Dwellings were the most common location for violence, reflecting domestic abuse. Violence in licensed
premises is almost entirely in St David's and Newtown and St Leonard's.
"""))
P.append("\n§5  VIOLENCE AGAINST WOMEN AND GIRLS\n")
P.append(wrap(f"""
§5.1  Domestic abuse. Police recorded {fi(DA['inc'])} domestic abuse incidents in Exeter in 2023, of which
{fi(DA['cr23'])} were crimes (2022: {fi(DA['cr22'])}), a rate of {frate(DA['cr23'], POP)} DA crimes per 1,000.
DA accounted for {f(share(DA['cr23'], CR23), 1)}% of all recorded crime. Exeter's MARAC heard {DA['marac']}
cases. The commissioned service, Devon Domestic Abuse Support Service (DDASS), supported 687 Exeter residents.

§5.1a  MARAC repeat rates and the age of DA victims are recorded by the MARAC coordinator for Devon as a whole
and are not reported for Exeter in this assessment.

§5.2  Sexual violence. Sexual offences rose to {SEX23} from {SEX22} ({ch(SEX23, SEX22)}), a rate of
{frate(SEX23, POP)} per 1,000 against an MSG average of 2.7. Around 40% of victims were aged 18 to 24,
reflecting the city's student population. The partnership works with the University of Exeter's Exeter
Students' Guild and the Exeter Sexual Assault Referral Centre (SARC) pathway.

§5.3  Stalking and harassment made up 1,108 of the violence offences recorded in 2023. The VAWG delivery
group has asked for a breakdown of stalking by relationship to the offender; this is not yet available.

§5.4  The partnership's women's safety survey (612 responses, spring 2023) found that 68% of women felt unsafe
walking alone in the city centre after dark, and that the Northernhay and Rougemont Gardens, the Quay and the
underpasses at Exe Bridges were the places most often named as feeling unsafe.
"""))
P.append("\n§6  ANTI-SOCIAL BEHAVIOUR\n")
P.append(wrap(f"""
§6.1  Police recorded {fi(ASB23)} ASB incidents in 2023, down from {fi(ASB22)} in 2022 ({ch(ASB23, ASB22)}), a
rate of {frate(ASB23, POP)} per 1,000. No comparator is given for ASB because recording practice varies between
forces. The City Council's Community Safety and Enforcement team dealt with a further 941 reports,
mostly noise, fly-tipping and street drinking; these are not included in the police figures.
"""))
P.append("")
P.append("Table 5: ASB incidents by ward, 2022 and 2023, ordered by 2023 count")
order_a = sorted(range(len(W)), key=lambda i: -asb23[i])
rows = [["Exeter", fi(ASB22), fi(ASB23), ch(ASB23, ASB22), frate(ASB23, POP)]]
rows += [[W[i][0], fi(asb22[i]), fi(asb23[i]), ch(asb23[i], asb22[i]), frate(asb23[i], W[i][1])] for i in order_a]
P.append(tsv(rows, ["Ward", "2022", "2023", "Change", "Rate per 1,000"]))
P.append("")
DSJ = idx["Duryard and St James"]
P.append(wrap(f"""
§6.2  St David's had the most ASB incidents ({fi(asb23[SD])}), most of them street drinking, begging and
disorder linked to the city centre. Duryard and St James had {fi(asb23[DSJ])} incidents, many of them noise and
party complaints during term time; the joint University and council "Respect" campaign and the student
community wardens operate in this ward and in Newtown and St Leonard's.

§6.3  A Public Spaces Protection Order covering the city centre, renewed in 2023, controls street drinking and
aggressive begging. Forty-two fixed penalty notices were issued under it in 2023. Community Protection
Warnings were issued to 118 people, and 19 Community Protection Notices followed.

§6.4  Youth ASB rose in the summer holidays, with groups gathering at the Quay and at Cathedral Green. The
partnership does not hold an age breakdown of ASB perpetrators.
"""))
P.append("\n§7  ACQUISITIVE AND RETAIL CRIME\n")
P.append(wrap(f"""
§7.1  Shoplifting rose from {fi(SHOP22)} offences in 2022 to {fi(SHOP23)} in 2023 ({ch(SHOP23, SHOP22)}), a rate
of {frate(SHOP23, POP)} per 1,000, compared with an MSG average of 10.3. Around 62% of shoplifting took place
in St David's ward. A small number of prolific offenders, many with drug dependency, accounted for a large
share: 23 people were each linked to ten or more offences.

§7.2  Residential burglary fell from {BUR22} to {BUR23} offences ({ch(BUR23, BUR22)}), a rate of
{frate(BUR23, POP)} per 1,000 residents. Burglary of student houses rises at the start of the academic year
and over the Christmas vacation. Burglary is not analysed per 1,000 households in this assessment.

§7.3  Vehicle offences fell to 451 and robbery rose from 61 to 74 offences.

§7.4  Business crime. InExeter, the city centre Business Improvement District, runs a radio and intelligence
sharing scheme with 96 member businesses. Members reported 1,870 incidents through the scheme in 2023,
including incidents that were not reported to the police. The scheme's exclusion list held 44 people at the
end of the year.

§7.5  Cycle theft. Cycle theft is counted within "Other offences" in Table 1. There were 402 cycle thefts in
2023, more than half of them at the University, the railway stations and the Quay.
"""))
P.append("")
P.append("Table 6: Residential burglary by ward, 2023 (alphabetical)")
P.append(tsv([[W[i][0], fi(bur[i]), frate(bur[i], W[i][1])] for i in range(len(W))] +
             [["Exeter", fi(BUR23), frate(BUR23, POP)]], ["Ward", "Burglaries", "Rate per 1,000"]))
P.append("")
P.append("\n§8  DRUGS, EXPLOITATION AND VULNERABILITY\n")
P.append(wrap(f"""
§8.1  There were {DRUG23} drug offences in 2023, most of them possession. Police identified four county lines
supplying Exeter, originating in London, Liverpool and Birmingham. Cuckooing was identified at 14 addresses,
and the partnership's vulnerability panel considered 31 adults at risk of exploitation.

§8.2  Together Drug and Alcohol Service, Devon's commissioned treatment provider, had 842 Exeter residents in
structured treatment. Eleven drug-related deaths of Exeter residents were registered in 2022; figures for 2023
were not available at the time of writing.

§8.3  Street homelessness and begging are linked to much of the city centre ASB. The council's rough sleeper
count in November 2023 found 19 people sleeping rough.

§8.4  Hate crime. There were 187 hate crimes recorded in 2023 (2022: 203), 64% of them racially motivated.

§8.4a  Table 7 shows hate crime by strand. An offence can be linked to more than one strand, so the strands sum
to more than the total.

§8.5  Modern slavery and child exploitation data are held at county level by Devon County Council and are not
reported for Exeter separately in this assessment.
"""))
P.append("")
P.append("Table 7: Hate crimes by strand, 2022 and 2023")
HS = [("Race", 134, 120), ("Sexual orientation", 38, 35), ("Disability", 22, 19), ("Religion", 14, 11),
      ("Transgender identity", 9, 12)]
P.append(tsv([[a, b, c_] for a, b, c_ in HS] + [["All hate crimes", 203, 187]], ["Strand", "2022", "2023"]))
P.append("")
P.append("\n§8A  WHAT PARTNERS AND RESIDENTS TOLD US\n")
P.append(wrap("""
§8A.1  A partner workshop on 6 February 2024 was attended by 34 people from 17 organisations. Participants
ranked city centre violence, shoplifting and street-based ASB as the issues of greatest concern, and asked for
better data on repeat locations and prolific offenders.

§8A.2  The City Council's residents' panel survey (autumn 2023, 1,188 responses) found that 79% of residents
felt safe in their neighbourhood after dark and 52% felt safe in the city centre after dark. Both figures were
lower than in 2022 (82% and 57%). The survey was not large enough to report results for individual wards.

§8A.3  Young people consulted through the Exeter Youth Council (86 responses) most often named groups of
older young people, drug dealing and vaping in parks as problems.
"""))
P.append("\n§8B  PROGRESS ON THE 2023-24 PLAN\n")
P.append(bullets([
    "City centre PSPO renewed (complete).",
    "SafeSpace opened at the bus station on Friday and Saturday nights (complete).",
    "Spiking awareness training delivered to 38 venues (complete).",
    "Shared ASB case management system with Devon and Cornwall Police (in progress, due summer 2024).",
    "Student community wardens pilot in Duryard and St James (complete; extension proposed - see Recommendation 5).",
    "Retail crime forum (not started; see Recommendation 4).",
], mark="-"))
P.append("\n§9  PRIORITIES FOR 2024-25\n")
P.append(wrap("""
§9.1  The Partnership agreed three priorities at its workshop on 6 February 2024:

Priority A - Serious violence and the night-time economy;

Priority B - Violence against women and girls, including domestic abuse, sexual violence and stalking;

Priority C - Anti-social behaviour and retail crime in the city centre.

§9.2  Drug-related harm and exploitation is a cross-cutting theme, led for Devon as a whole by the Safer
Devon Partnership's Combating Drugs Partnership.
"""))
P.append("\n§10  RECOMMENDATIONS\n")
RECS = [
    "Adopt the three priorities in §9.1 for 2024-25 and review them after six months.",
    "Fund a second SafeSpace night in the city centre on Thursday nights during university term.",
    "Ask Devon and Cornwall Police to provide a stalking breakdown by relationship to offender by September 2024.",
    "Set up a retail crime group with the InExeter Business Improvement District to manage prolific shoplifters.",
    "Extend the student community wardens to Newtown and St Leonard's and Mincinglake and Whipton.",
    "Repeat the women's safety survey in spring 2025 to measure change.",
]
for k, t in enumerate(RECS, 1):
    P.append(wrap(f"Recommendation {k}.  {t}", 88))
    P.append("")
P.append("\n§11  GOVERNANCE\n")
P.append(wrap("""
§11.1  The Exeter Community Safety Partnership is chaired by Bronwen Haldane-Teague, Director of Communities
at Exeter City Council. Superintendent Marcus Pendleigh-Ellery of Devon and Cornwall Police is vice-chair.
Partnership meetings are held every quarter.

§11.2  Members are Exeter City Council, Devon County Council, Devon and Cornwall Police, Devon and Somerset
Fire and Rescue Service, NHS Devon Integrated Care Board and the Probation Service, with the University of
Exeter, InExeter and the Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of
Scilly attending.

§11.2a  The Partnership has a small budget from the Police and Crime Commissioner's community safety grant,
£68,000 in 2024-25, which it allocates to projects that meet its priorities. The Community Safety and
Resilience Team provides the secretariat.

§11.3  Three delivery groups report to the Partnership: the NTE and Serious Violence Group, chaired by
Superintendent Pendleigh-Ellery; the VAWG Delivery Group, chaired by Delyth Carrow-Mensah of Devon County
Council; and the City Centre ASB Group. The Partnership reports each year to the City Council's Strategic
Scrutiny Committee and links with the county-wide Safer Devon Partnership.
"""))
P.append("")
P.append(wrap("""
§11.4  Progress against the recommendations in §10 will be reported to each Partnership meeting. This
assessment will be refreshed in early 2025 using data for calendar 2024.
"""))
P.append("\n§12  WARD PROFILES\n")
P.append(wrap("Each profile gives the ward's 2023 figures. Wards are listed alphabetically."))
P.append("")
for i in range(len(W)):
    n = W[i][0]
    P.append(n.upper())
    P.append(f"  Residents: {fi(W[i][1])}")
    P.append(f"  All crime: {fi(cr23[i])} ({frate(cr23[i], W[i][1])} per 1,000; {ch(cr23[i], cr22[i])} on 2022)")
    P.append(f"  Violence: {fi(vio[i])}    ASB: {fi(asb23[i])}    Residential burglary: {fi(bur[i])}")
    P.append(f"  Violence rate: {frate(vio[i], W[i][1])} per 1,000    ASB rate: {frate(asb23[i], W[i][1])} per 1,000")
    P.append(f"  Share of Exeter crime: {f(share(cr23[i], CR23), 1)}%")
    P.append(f"  Rank by number of crimes: {order.index(i) + 1} of 13")
    P.append("")
P.append("\n§13  GLOSSARY\n")
for a, b in [("ASB", "Anti-social behaviour."), ("D&C", "Devon and Cornwall Police force area."),
             ("DA", "Domestic abuse."), ("DDASS", "Devon Domestic Abuse Support Service."),
             ("MARAC", "Multi-Agency Risk Assessment Conference, for high-risk domestic abuse victims."),
             ("MSG", "Most similar group: partnerships with characteristics similar to Exeter's."),
             ("NTE", "Night-time economy."), ("PSPO", "Public Spaces Protection Order."),
             ("SARC", "Sexual Assault Referral Centre."), ("BID", "Business Improvement District (InExeter)."),
             ("Cuckooing", "Taking over a vulnerable person's home to use it for drug dealing."),
             ("Purple Flag", "Accreditation for town and city centres that manage the evening and night-time economy well."), ("SV", "Sexual violence."),
             ("VAWG", "Violence against women and girls.")]:
    P.append(f"{a}: {b}")
P.append("\nEnd of Exeter Community Safety Partnership Strategic Assessment 2024")
write(OUT, P)
