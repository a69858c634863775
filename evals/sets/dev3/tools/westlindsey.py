from common import *

POP = 94900
HH = 41200
D = Doc(width=90)

off = [
    ("Violence against the person", 1702, 1948),
    ("Sexual offences", 142, 158),
    ("Robbery", 21, 26),
    ("Residential burglary", 438, 402),
    ("Business and community burglary", 402, 441),
    ("Vehicle offences", 388, 412),
    ("Theft offences (including shoplifting)", 1021, 1049),
    ("Criminal damage and arson", 842, 861),
    ("Drug offences", 152, 139),
    ("Possession of weapons", 38, 47),
    ("Public order offences", 298, 389),
    ("Miscellaneous crimes against society", 108, 102),
]
T17 = sum(a for _, a, b in off); T18 = sum(b for _, a, b in off)
O = {k: (a, b) for k, a, b in off}
ASB17, ASB18 = 3412, 3188
DAI17, DAI18 = 1486, 1552
DAC17, DAC18 = 612, 698
HATE17, HATE18 = 41, 52

def pk(c, base=POP):
    return f(c / base * 1000, 1)

wards = [  # name, pop, households, crime, burglary, asb
    ["Bardney", 2800, None, 118, 12, 52],
    ["Caistor and Yarborough", 5300, None, 261, 18, 114],
    ["Cherry Willingham", 8000, None, 298, 22, 143],
    ["Dunholme and Welton", 8400, None, 341, 25, 154],
    ["Gainsborough East", 8300, 3700, 902, 45, 541],
    ["Gainsborough North", 8100, None, 576, 33, 358],
    ["Gainsborough South-West", 5600, 2750, 1078, 38, 702],
    ["Hemswell", 2600, None, 142, 16, 61],
    ["Kelsey Wold", 2500, None, 104, 13, 44],
    ["Lea", 2700, None, 121, 14, 58],
    ["Market Rasen", 7800, None, 538, 34, 292],
    ["Nettleham", 5700, None, 206, 16, 72],
    ["Saxilby", 5600, None, 254, 18, 114],
    ["Scampton", 2900, None, 168, 15, 92],
    ["Scotter and Blyton", 5500, None, 242, 18, 106],
    ["Stow", 2600, None, 133, 14, 57],
    ["Sudbrooke", 2700, None, 96, 9, 41],
    ["Torksey", 2700, None, 166, 17, 88],
    ["Waddingham and Spital", 2600, None, 118, 13, 51],
    ["Wold View", 2500, None, None, None, None],
]
for w in wards:
    if w[2] is None:
        w[2] = int(round(w[1] / 2.3, -1))
wv = wards[-1]
wv[3] = T18 - sum(w[3] for w in wards[:-1])
wv[4] = O["Residential burglary"][1] - sum(w[4] for w in wards[:-1])
wv[5] = ASB18 - sum(w[5] for w in wards[:-1])
# households residual onto Dunholme and Welton
diff = HH - sum(w[2] for w in wards)
wards[3][2] += diff
assert sum(w[1] for w in wards) == POP and sum(w[2] for w in wards) == HH
assert min(wv[3:]) > 0, wv
W = {w[0]: w for w in wards}

months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
monthly = [
    ("ASB incidents", [262, 298, 312, 341, 336, 274, 281, 246, 208, 201, 198, 231], ASB18),
    ("Hare coursing reports", [9, 2, 1, 3, 28, 61, 72, 58, 41, 37, 29, 15], 356),
    ("Fly-tipping incidents", [104, 112, 98, 109, 121, 96, 94, 88, 79, 101, 92, 110], 1204),
    ("Farm machinery, plant and GPS thefts", [6, 5, 4, 3, 5, 7, 6, 8, 4, 5, 3, 5], 61),
]
for k, v, t in monthly:
    assert sum(v) == t, k

rural = [
    ("Hare coursing reports", 412, 356),
    ("Theft of farm machinery, plant and GPS equipment", 48, 61),
    ("Theft of fuel and heating oil", 37, 29),
    ("Livestock offences (worrying and theft)", 14, 19),
    ("Other wildlife crime (raptor persecution, badger offences, poaching)", 22, 17),
    ("Fly-tipping incidents (district council)", 1122, 1204),
]
R = {k: (a, b) for k, a, b in rural}

# scorecard: measure, old, new, polarity ('down' good / 'up' good / 'report'), note
score = [
    ("All recorded crime", T17, T18, "down"),
    ("Violence against the person", *O["Violence against the person"], "down"),
    ("Residential burglary", *O["Residential burglary"], "down"),
    ("Business and community burglary", *O["Business and community burglary"], "down"),
    ("Vehicle offences", *O["Vehicle offences"], "down"),
    ("ASB incidents", ASB17, ASB18, "down"),
    ("Domestic abuse incidents", DAI17, DAI18, "report"),
    ("Hate crime", HATE17, HATE18, "report"),
    ("Hare coursing reports", *R["Hare coursing reports"], "down"),
    ("Fly-tipping incidents", *R["Fly-tipping incidents (district council)"], "down"),
    ("Killed or seriously injured (KSI) road casualties", 71, 64, "down"),
]

def status(a, b, pol):
    ch = (b - a) / a * 100
    if pol == "report":
        return "Amber*"
    if ch <= -5:
        return "Green"
    if ch >= 5:
        return "Red"
    return "Amber"
ST = {k: status(a, b, p) for k, a, b, p in score}

comp_rows = [
    ("West Lindsey", pk(T18), pk(O["Violence against the person"][1]), pk(O["Residential burglary"][1], HH), pk(ASB18)),
    ("Lincolnshire force area", "66.9", "22.8", "8.4", "37.2"),
    ("Most similar group (MSG) average", "58.2", "18.9", "8.9", "29.4"),
    ("England and Wales", "88.9", "29.6", "11.6", "30.1"),
]

# ------------------------------------------------------------------ cover
D.raw("""West Lindsey Community Safety Partnership
Strategic Assessment 2019/20

Data period: April 2018 to March 2019 (2018/19), compared with April 2017 to March 2018 (2017/18)
Road casualty data: calendar years 2018 and 2017

Prepared by: West Lindsey District Council Communities Team, with the Lincolnshire Police Analysis Unit
Published: July 2019
Status: Final, agreed by the CSP on 9 July 2019""")
D.blank(2)
D.raw("Contents")
D.blank()
toc = [("", "Foreword", "2"), ("1", "Summary", "3"), ("2", "About this assessment", "5"), ("3", "West Lindsey: the district", "6"),
       ("4", "Performance scorecard 2018/19", "7"), ("5", "Overall crime", "9"),
       ("6", "How West Lindsey compares", "11"), ("7", "Gainsborough and the market towns", "12"),
       ("8", "Anti-social behaviour", "15"), ("9", "Rural and wildlife crime", "17"),
       ("10", "Domestic abuse and exploitation", "21"), ("11", "Road safety", "24"),
       ("12", "Other issues", "26"), ("13", "Strategic priorities and recommendations", "28"),
       ("14", "Governance", "30"), ("A", "Glossary", "31"), ("B", "Monthly data tables", "32"),
       ("C", "Review of the 2018/19 recommendations", "34"), ("D", "Action plan 2019/20", "35"),
       ("E", "Profiles of the four highest-crime wards", "36")]
D.raw(tab_table([list(x) for x in toc]))
D.blank(2)
D.raw("Foreword")
D.blank()
D.p("West Lindsey is a safe place to live, and this assessment shows that it remains one of the lower crime districts in Lincolnshire. But averages hide a great deal. Crime in parts of Gainsborough is three times the district rate, and in our villages and farms the damage done by hare coursers, machinery thieves and fly-tippers is felt far beyond the numbers. This assessment gives partners the evidence to decide where to put our effort over the coming year.")
D.raw("Councillor Rosalind Fenwright")
D.raw("Chair, West Lindsey Community Safety Partnership")
D.blank(2)
# ------------------------------------------------------------------ 1 summary
va, vb = O["Violence against the person"]
D.raw("1. Summary")
D.blank()
D.p(f"1.1 West Lindsey remains a low-crime district. Lincolnshire Police recorded {n(T18)} crimes in 2018/19, {pct(T18, T17)}% on 2017/18 ({n(T17)}). At {pk(T18)} crimes per 1,000 residents the district rate is below the Lincolnshire force area ({comp_rows[1][1]}) and well below England and Wales ({comp_rows[3][1]}), but above the average of its most similar group of partnerships ({comp_rows[2][1]}).")
D.p(f"1.2 Most of the rise is in violence against the person, which increased by {pct(vb, va, sign=False)}% to {n(vb)} offences, and in public order offences ({O['Public order offences'][0]} to {O['Public order offences'][1]}). Residential burglary fell by {pct(*O['Residential burglary'][::-1], sign=False) if False else pct(O['Residential burglary'][1], O['Residential burglary'][0], sign=False)}%.")
D.p(f"1.3 Anti-social behaviour fell for the third year running, to {n(ASB18)} incidents ({pct(ASB18, ASB17)}%). About half of it happens in the three Gainsborough wards.")
D.p(f"1.4 Rural crime is the issue residents raise most often. Hare coursing reports fell from {R['Hare coursing reports'][0]} to {R['Hare coursing reports'][1]}, but thefts of farm machinery, plant and GPS equipment rose from {R['Theft of farm machinery, plant and GPS equipment'][0]} to {R['Theft of farm machinery, plant and GPS equipment'][1]}, and fly-tipping rose to {n(R['Fly-tipping incidents (district council)'][1])} incidents.")
D.p(f"1.5 Domestic abuse incidents rose by {pct(DAI18, DAI17, sign=False)}% to {n(DAI18)}, and the share of victims who were repeat victims rose from 31% to 34%.")
D.p("1.6 The number of people killed or seriously injured on the district's roads fell from 71 in 2017 to 64 in 2018, but West Lindsey still has one of the highest KSI rates in the county.")
D.p("1.7 The assessment recommends three strategic priorities for 2019/20: (1) protecting vulnerable people, including victims of domestic abuse and exploitation; (2) anti-social behaviour and the Gainsborough town centre; (3) rural crime and fly-tipping. The recommendations are in section 13.")
D.blank()
# ------------------------------------------------------------------ 2 about
D.raw("2. About this assessment")
D.blank()
D.p("2.1 The Crime and Disorder Act 1998 requires each Community Safety Partnership (CSP) to carry out an annual strategic assessment. In Lincolnshire, the county-wide Safer Lincolnshire Partnership sets county priorities and commissions services such as domestic abuse support, while the seven district CSPs, including West Lindsey, focus on local issues and local delivery.")
D.p("2.2 The West Lindsey CSP brings together West Lindsey District Council, Lincolnshire County Council, Lincolnshire Police, Lincolnshire Fire and Rescue, the National Probation Service, the Humberside, Lincolnshire and North Yorkshire Community Rehabilitation Company and Lincolnshire West Clinical Commissioning Group. Registered housing providers, parish councils and voluntary groups attend its meetings.")
D.p(f"2.3 Rates are given per 1,000 residents, except for residential burglary, which is given per 1,000 households. The population used is the 2018 mid-year estimate of {n(POP)}; the number of households is {n(HH)}.")
D.p("2.4 Status colours in the scorecard (section 4) follow the partnership's performance framework: Green where a measure has improved by 5% or more, Amber where it has changed by less than 5% either way, and Red where it has worsened by 5% or more. Domestic abuse and hate crime are always shown as Amber*, because a rise may reflect more confidence to report rather than more offending.")
D.p("2.5 Residents' views. The council's Citizens' Panel survey in autumn 2018 (1,106 respondents) asked residents to choose their top three community safety concerns. The results are below.")
D.raw("Table 2.1: Residents' top three concerns, Citizens' Panel, autumn 2018")
D.raw(tab_table([
    ["Speeding and dangerous driving", "58%"],
    ["Fly-tipping and litter", "44%"],
    ["Rural crime (hare coursing, farm and machinery theft)", "37%"],
    ["Drug use and dealing", "29%"],
    ["Anti-social behaviour by young people", "27%"],
    ["Burglary", "24%"],
    ["Inconsiderate parking", "22%"],
    ["Domestic abuse", "6%"],
], ["Concern", "Respondents naming it in their top three"]))
D.blank()
D.p("2.6 Most residents feel safe: 94% said they feel safe in their local area during the day and 71% after dark. Feelings of safety after dark are lowest in Gainsborough (52%).")
D.blank()
# ------------------------------------------------------------------ 3 district
D.raw("3. West Lindsey: the district")
D.blank()
D.p(f"3.1 West Lindsey covers about 1,150 square kilometres between the River Trent and the Lincolnshire Wolds, north of the city of Lincoln. It has {n(POP)} residents. Gainsborough, on the Trent, is the largest town, with around 22,000 people; Market Rasen and Caistor are the other market towns. The southern parishes (Nettleham, Welton, Cherry Willingham, Sudbrooke, Saxilby) are commuter villages for Lincoln.")
D.p("3.2 The district is one of contrasts. Parts of Gainsborough South-West and Gainsborough East are among the most deprived 10% of neighbourhoods in England, while many of the villages close to Lincoln are among the least deprived. The population is older than average: 24% of residents are aged 65 or over.")
D.p("3.3 Agriculture remains an important employer and much of the district is arable farmland, which is relevant to the rural crime picture in section 9. The former RAF Scampton, home of the Red Arrows, lies in the south of the district, and Market Rasen racecourse draws large crowds on race days.")
D.blank()
D.raw("District facts")
D.raw(tab_table([
    ["Area", "about 1,150 sq km"],
    ["Population (mid-2018)", n(POP)],
    ["Households", n(HH)],
    ["Wards", "20"],
    ["Parishes", "about 90"],
    ["Residents aged 65 or over", "24%"],
    ["Police", "Lincolnshire Police, West Lindsey Neighbourhood Policing Team"],
]))
D.blank(2)
# ------------------------------------------------------------------ 4 scorecard
D.raw("4. Performance scorecard 2018/19")
D.blank()
D.p("4.1 The scorecard compares each headline measure with the previous year. KSI casualties are for calendar years (2017 and 2018).")
rows = []
for k, a, b, p in score:
    rows.append([k, n(a), n(b), pct(b, a) + "%", ST[k]])
D.raw(pipe_table(rows, ["Measure", "2017/18", "2018/19", "Change", "Status"]))
D.blank()
D.raw("* Amber by convention: a rise may reflect better reporting (see paragraph 2.4).")
D.blank()
reds = [k for k, *_ in score if ST[k] == "Red"]
greens = [k for k, *_ in score if ST[k] == "Green"]
D.p(f"4.2 {len(reds)} measures are Red: {', '.join(x.lower() if x != 'ASB incidents' else x for x in reds[:-1])} and {reds[-1].lower()}. {len(greens)} are Green: {', '.join(x.lower() if not x.startswith(('ASB', 'Killed')) else x for x in greens[:-1])} and {greens[-1].replace('Killed or seriously injured (KSI) road casualties', 'KSI road casualties')}.")
D.p("4.3 The Red status for business and community burglary reflects a run of break-ins to farm outbuildings, workshops and village halls, several of them linked to the theft of tools and GPS equipment (section 9).")
D.blank()
# ------------------------------------------------------------------ 5 overall
D.raw("5. Overall crime")
D.blank()
D.p(f"5.1 Table 5.1 shows recorded crime by offence group. The total rose by {n(T18 - T17)} offences ({pct(T18, T17)}%).")
D.raw("Table 5.1: Recorded crime by offence group, West Lindsey")
rows = [[k, n(a), n(b), signed(b - a), pct(b, a) + "%"] for k, a, b in off]
rows.append(["Total recorded crime", n(T17), n(T18), signed(T18 - T17), pct(T18, T17) + "%"])
D.raw(tab_table(rows, ["Offence group", "2017/18", "2018/19", "Change", "% change"]))
D.blank()
D.p(f"5.2 Violence against the person now makes up {f(vb / T18 * 100)}% of recorded crime. Around a third of it is stalking and harassment, including offences committed online. Most of the district's {DAC18} domestic abuse crimes (section 10) fall within this group.")
D.p(f"5.3 Theft offences rose slightly to {n(O['Theft offences (including shoplifting)'][1])}. Shoplifting is concentrated in Gainsborough's Marshall's Yard shopping centre and the town's supermarkets. Vehicle offences rose by {pct(O['Vehicle offences'][1], O['Vehicle offences'][0], sign=False)}%, with thefts of catalytic converters and of vans and trailers from rural properties.")
D.p(f"5.4 Drug offences fell from {O['Drug offences'][0]} to {O['Drug offences'][1]}. Possession of weapons offences rose from {O['Possession of weapons'][0]} to {O['Possession of weapons'][1]}; numbers remain small.")
D.blank()
# ------------------------------------------------------------------ 6 comparators (rows)
D.raw("6. How West Lindsey compares")
D.blank()
D.p("6.1 Table 6.1 sets the district against the force area, the average of its most similar group of fifteen CSPs (rural districts with similar demographics) and England and Wales, for 2018/19.")
D.raw("Table 6.1: Comparator rates, 2018/19")
D.raw(tab_table([list(x) for x in comp_rows], ["Area", "All crime per 1,000 residents", "Violence against the person per 1,000 residents", "Residential burglary per 1,000 households", "ASB incidents per 1,000 residents"]))
D.blank()
D.p(f"6.2 West Lindsey is below the force area on every measure except residential burglary, where its rate ({comp_rows[0][3]} per 1,000 households) is above both the Lincolnshire rate and the MSG average, although below England and Wales. Its ASB rate ({comp_rows[0][4]}) is higher than the MSG average and the national rate, which reflects the concentration of ASB in Gainsborough.")
D.blank()
# ------------------------------------------------------------------ 7 wards
D.raw("7. Gainsborough and the market towns")
D.blank()
D.p("7.1 Table 7.1 gives recorded crime and residential burglary for each of the district's twenty wards. Crime rates are per 1,000 residents; burglary rates are per 1,000 households.")
D.raw("Table 7.1: Crime and residential burglary by ward, 2018/19")
rows = []
for name, pop, hh, c, b, a in wards:
    rows.append([name, n(pop), n(hh), n(c), f(c / pop * 1000), n(b), f(b / hh * 1000)])
rows.append(["West Lindsey", n(POP), n(HH), n(T18), f(T18 / POP * 1000), n(O["Residential burglary"][1]), f(O["Residential burglary"][1] / HH * 1000)])
D.raw(tab_table(rows, ["Ward", "Population", "Households", "Crimes", "Crimes per 1,000", "Residential burglaries", "Burglaries per 1,000 households"]))
D.blank()
rc = sorted(wards, key=lambda w: -w[3] / w[1]); rb = sorted(wards, key=lambda w: -w[4] / w[2])
def cr(w): return f(W[w][3] / W[w][1] * 1000)
def br(w): return f(W[w][4] / W[w][2] * 1000)
D.p(f"7.2 Gainsborough South-West, which contains the town centre, has the highest crime rate in the district at {cr('Gainsborough South-West')} crimes per 1,000 residents, about three times the district rate. {rc[1][0]} ({cr(rc[1][0])}) is second and {rc[2][0]} ({cr(rc[2][0])}) third. The lowest crime rates are in {rc[-1][0]} ({cr(rc[-1][0])}) and {rc[-2][0]} ({cr(rc[-2][0])}).")
D.p(f"7.3 Residential burglary is more evenly spread. {rb[0][0]} has the highest rate ({br(rb[0][0])} per 1,000 households), followed by {rb[1][0]} ({br(rb[1][0])}) and {rb[2][0]} ({br(rb[2][0])}). Several small rural wards have burglary rates above the district average ({f(O['Residential burglary'][1] / HH * 1000)}) because isolated properties and outbuildings are targeted by travelling offenders using the A15 and A631.")
D.p("7.4 Gainsborough town centre has a Public Spaces Protection Order (PSPO) covering street drinking, which was renewed in 2018. The town centre also has a growing evening economy around the riverside and Marshall's Yard, but violence linked to it remains modest compared with larger towns.")
assert rc[3][0] == "Market Rasen"
D.p("7.5 Market Rasen has the fourth highest crime rate. Race days at the racecourse, particularly the summer Saturday meetings, account for a noticeable share of its violence and public order offences.")
D.blank()
# ------------------------------------------------------------------ 8 ASB
ga = sum(W[x][5] for x in ["Gainsborough East", "Gainsborough North", "Gainsborough South-West"])
D.raw("8. Anti-social behaviour")
D.blank()
D.p(f"8.1 Lincolnshire Police recorded {n(ASB18)} ASB incidents in West Lindsey in 2018/19, {n(ASB17 - ASB18)} fewer than in 2017/18 ({pct(ASB18, ASB17)}%). The rate of {pk(ASB18)} per 1,000 residents compares with {comp_rows[1][4]} across Lincolnshire.")
D.p(f"8.2 The three Gainsborough wards account for {n(ga)} incidents, {f(ga / ASB18 * 100)}% of the district total. Gainsborough South-West alone recorded {W['Gainsborough South-West'][5]} incidents ({f(W['Gainsborough South-West'][5] / W['Gainsborough South-West'][1] * 1000)} per 1,000 residents), followed by Gainsborough East with {W['Gainsborough East'][5]} ({f(W['Gainsborough East'][5] / W['Gainsborough East'][1] * 1000)}).")
D.p("8.3 ASB peaks in the summer months: July (341 incidents) and August (336) were the busiest months of the year and February (198) the quietest. The monthly figures are in Appendix B.")
D.p("8.4 The council's Environmental Protection and Enforcement team dealt with 214 cases of neighbour nuisance and issued 37 Community Protection Warnings and 9 Community Protection Notices. Selective licensing of private rented housing in the South West Ward of Gainsborough, introduced in 2016, has given the council more tools to deal with ASB by tenants.")
D.blank()
# ------------------------------------------------------------------ 9 rural
D.raw("9. Rural and wildlife crime")
D.blank()
D.p("9.1 Rural crime causes harm out of proportion to its volume. It damages farm businesses, leaves isolated residents feeling unsafe, and can involve intimidation and violence towards landowners who challenge offenders. Lincolnshire has some of the highest levels of hare coursing in the country, and West Lindsey's open arable land, long straight drove roads and sparse population make it a target.")
D.raw("Table 9.1: Rural crime indicators, West Lindsey")
D.raw(tab_table([[k, n(a), n(b), pct(b, a) + "%"] for k, a, b in rural], ["Indicator", "2017/18", "2018/19", "% change"]))
D.blank()
hc = R["Hare coursing reports"]
D.p(f"9.2 Hare coursing reports fell by {pct(hc[1], hc[0], sign=False)}%, from {hc[0]} to {hc[1]}. The season runs from the end of harvest in late August to March; October 2018 was the peak month with 72 reports. Reports are concentrated in the Hemswell, Kelsey Wold, Stow, Torksey and Waddingham and Spital wards. Under Operation Galileo, the police's seasonal operation against hare coursing, officers dispersed 118 people from West Lindsey land, seized 23 vehicles and reported 31 people for offences under the Game Acts and the Hunting Act 2004.")
hc17 = [14, 5, 2, 6, 31, 70, 84, 66, 47, 41, 30, None]
hc17[-1] = 412 - sum(hc17[:-1])
D.raw("Table 9.2: Hare coursing reports by month")
D.raw(tab_table([[m, a, b] for m, a, b in zip(months, hc17, monthly[1][1])] + [["Year", "412", "356"]], ["Month", "2017/18", "2018/19"]))
D.blank()
D.p("9.3 Thefts of farm machinery, plant and GPS equipment rose by 27.1%, from 48 to 61. GPS guidance units taken from tractors and combines, each worth several thousand pounds, make up almost half. The thefts are believed to be the work of organised groups from outside the county. Thefts of fuel and heating oil fell.")
D.p(f"9.4 Fly-tipping rose by {pct(1204, 1122, sign=False)}% to 1,204 incidents. Most are small loads of household waste on verges and field gateways, but 41 incidents involved large quantities of commercial or construction waste. The council issued 58 fixed penalty notices and secured 6 prosecutions.")
D.p("9.5 Other wildlife crime, including the persecution of birds of prey, badger sett interference and poaching of deer and fish, fell from 22 to 17 recorded offences. Numbers are small and officers believe most wildlife crime goes unreported.")
D.p("9.6 Heritage crime. Nine thefts of lead and other metal from church roofs were recorded, including at Stow Minster and at two redundant churches in the Wolds. Each theft exposes the building to water damage costing far more than the value of the metal.")
D.p("9.7 West Lindsey's Farm Watch scheme has 312 members, and the district's two rural crime officers hold quarterly rural crime surgeries in Caistor, Market Rasen and Hemswell Cliff.")
D.blank()
# ------------------------------------------------------------------ 10 DA & exploitation
D.raw("10. Domestic abuse and exploitation")
D.blank()
D.p(f"10.1 Domestic abuse incidents rose from {n(DAI17)} to {n(DAI18)} ({pct(DAI18, DAI17)}%), a rate of {pk(DAI18)} per 1,000 residents against 15.1 for Lincolnshire. Domestic abuse crimes rose by {pct(DAC18, DAC17, sign=False)}% to {DAC18}. Just over a third of victims (34%) had been victims of a previous incident in the past twelve months, up from 31%.")
D.p("10.2 The MARAC heard 118 cases from West Lindsey. Specialist domestic abuse support is commissioned county-wide by Lincolnshire County Council through the Safer Lincolnshire Partnership. Partners report that rural victims face particular barriers: isolation, lack of public transport, and the fear that everyone in a small village will know.")
D.p("10.3 Exploitation. Police identified four county lines supplying drugs into Gainsborough during the year, run from South Yorkshire and the West Midlands. Nine addresses in Gainsborough were subject to cuckooing, where dealers take over the home of a vulnerable person. There were 7 referrals from the district to the National Referral Mechanism for suspected modern slavery, five of them linked to county lines.")
D.p("10.4 Stalking and harassment. Recorded stalking and harassment offences rose sharply, in line with the national picture, following changes to Home Office counting rules in April 2018 that require the most serious additional offence to be recorded alongside the principal one. Much of this is online harassment between ex-partners.")
D.p(f"10.5 Sexual offences rose from {O['Sexual offences'][0]} to {O['Sexual offences'][1]}. About 40% were reports of non-recent offences. Victims can use the Spring Lodge sexual assault referral centre in Lincoln, but partners note that travel from the north of the district can take over an hour by public transport.")
D.p("10.6 Elder abuse and fraud. Lincolnshire Trading Standards received 63 reports of doorstep crime and scams from West Lindsey residents, most of them aged over 70. Rogue roofing and driveway traders operating along the A15 corridor are a recurring problem each spring. The CSP has not set this as a priority but supports the county's No Cold Calling Zones, of which there are 14 in the district.")
D.blank()
# ------------------------------------------------------------------ 11 road safety
D.raw("11. Road safety")
D.blank()
D.p("11.1 The Lincolnshire Road Safety Partnership leads on road safety. The CSP considers it because speeding and road danger are among residents' top concerns in parish surveys and at neighbourhood panel meetings.")
D.raw("Table 11.1: Road casualties on roads in West Lindsey (calendar years)")
D.raw(tab_table([
    ["2017", "8", "63", "71", "248", "319"],
    ["2018", "6", "58", "64", "231", "295"],
], ["Year", "Fatal", "Serious", "Killed or seriously injured (KSI)", "Slight", "All casualties"]))
D.blank()
D.p(f"11.2 KSI casualties fell from 71 to 64 ({pct(64, 71)}%), a KSI rate of {f(64 / POP * 100000)} per 100,000 residents. The A15, the A631 and the A1500 (Till Bridge Lane) account for more than half of the KSI casualties. Motorcyclists and drivers aged 17 to 24 are over-represented.")
D.p("11.3 Community Speed Watch groups operate in 23 parishes and recorded over 4,600 vehicles exceeding the limit during the year, with warning letters sent by the police.")
D.blank()
# ------------------------------------------------------------------ 12 other
D.raw("12. Other issues")
D.blank()
D.p(f"12.1 Hate crime. Recorded hate crime rose from {HATE17} to {HATE18} offences. Most were racially aggravated public order offences in Gainsborough, and a number related to the district's Eastern European communities. Reporting is low and the CSP supports third party reporting through the council's customer services.")
D.p("12.2 Reoffending. The Integrated Offender Management scheme for the district manages 34 offenders, most of them prolific acquisitive offenders based in Gainsborough.")
D.p("12.3 Fire. Lincolnshire Fire and Rescue attended 87 deliberate fires in the district, most of them small outdoor fires; the number is similar to the previous year.")
D.p("12.4 Young people. There were 23 first time entrants to the youth justice system from West Lindsey, and the Gainsborough youth diversion project worked with 146 young people referred for ASB. Youth-related ASB accounts for an estimated 28% of incidents in Gainsborough, mostly around the bus station, the riverside and Marshall's Yard.")
D.p("12.5 Drugs and alcohol. Drug supply in Gainsborough is dominated by crack cocaine and heroin brought in by county lines (see 10.3), with cannabis cultivation found at rural properties. The county-wide treatment service, run from Gainsborough's Trinity Street hub, reported 212 West Lindsey residents in structured treatment at the end of March 2019.")
D.p("12.6 Business crime. Beyond shoplifting, the main concerns raised by businesses are thefts from building sites and the theft of diesel from haulage yards near the A15 and A631. The Gainsborough Business Crime Partnership, run with the town's traders, now has 48 member businesses sharing radio links and offender images.")
D.blank()
# ------------------------------------------------------------------ 13 priorities
D.raw("13. Strategic priorities and recommendations")
D.blank()
D.p("13.1 Each issue was scored against threat, risk, harm and public concern at a workshop of partners in May 2019. The three recommended strategic priorities for 2019/20 are:")
D.raw("Strategic Priority 1: Protecting vulnerable people (domestic abuse, exploitation including county lines and cuckooing, and repeat victims of ASB)")
D.raw("Strategic Priority 2: Anti-social behaviour and the Gainsborough town centre")
D.raw("Strategic Priority 3: Rural crime and fly-tipping")
D.blank()
D.p("13.2 Road safety will remain a matter for the Lincolnshire Road Safety Partnership, with the CSP supporting Community Speed Watch.")
D.p("13.3 Recommendations")
recs = [
    "Recommendation 1: Continue to support Operation Galileo with a district-funded rural crime officer post during the hare coursing season, and extend it to cover thefts of GPS equipment.",
    "Recommendation 2: Run a GPS and machinery marking campaign with the National Farmers' Union and Farm Watch before the 2019 harvest.",
    "Recommendation 3: Set up a multi-agency fly-tipping task group with the county council, targeting the ten worst-affected parishes, and publicise prosecutions.",
    "Recommendation 4: Review the Gainsborough town centre PSPO and agree a joint action plan for Gainsborough South-West and Gainsborough East with housing providers.",
    "Recommendation 5: Work with the Safer Lincolnshire Partnership to improve outreach to rural domestic abuse victims and reduce repeat victimisation below 30%.",
    "Recommendation 6: Train council, housing and parish staff to recognise cuckooing and county lines exploitation, and map vulnerable addresses in Gainsborough.",
    "Recommendation 7: Ask Lincolnshire Police for a problem profile of business and community burglary in rural wards.",
    "Recommendation 8: Support Community Speed Watch groups and share KSI data with parish councils.",
]
D.bullets(recs, mark="-")
D.blank()
# ------------------------------------------------------------------ 14 governance
D.raw("14. Governance")
D.blank()
D.p("14.1 The West Lindsey CSP meets four times a year. It is chaired by Councillor Rosalind Fenwright, Chairman of the council's Prosperous Communities Committee. The vice-chair is Inspector Gareth Dunmore of Lincolnshire Police, who leads the West Lindsey Neighbourhood Policing Team.")
D.p("14.2 The CSP reports to the Safer Lincolnshire Partnership Board and to the council's Prosperous Communities Committee, which acts as the crime and disorder scrutiny committee. Delivery of the three priorities is overseen by the Joint Action Group (JAG), which meets monthly in Gainsborough and is chaired by the council's Communities Manager, Helen Oxby.")
D.p("14.3 The rural crime lead for the partnership is Sergeant Paul Kitching of the Lincolnshire Police Rural Crime Team.")
D.blank()
# ------------------------------------------------------------------ appendices
D.raw("Appendix A: Glossary")
D.blank()
gl = [("ASB", "Anti-social behaviour"), ("CSP", "Community Safety Partnership"), ("DA", "Domestic abuse"),
      ("GPS", "Global positioning system (satellite guidance units fitted to farm machinery)"),
      ("JAG", "Joint Action Group"), ("KSI", "Killed or seriously injured"),
      ("MARAC", "Multi-Agency Risk Assessment Conference"), ("MSG", "Most similar group"),
      ("NFU", "National Farmers' Union"), ("NRM", "National Referral Mechanism"),
      ("PSPO", "Public Spaces Protection Order"), ("RAG", "Red, Amber, Green status"), ("IOM", "Integrated Offender Management"),
      ("SARC", "Sexual assault referral centre"), ("WLDC", "West Lindsey District Council"),
      ("CPN", "Community Protection Notice"), ("CPW", "Community Protection Warning"),
      ("FPN", "Fixed penalty notice")]
D.raw(tab_table([list(x) for x in gl]))
D.blank(2)
D.raw("Appendix B: Monthly data tables, 2018/19")
D.blank()
D.raw("Table B1: Selected measures by month, April 2018 to March 2019")
D.raw(tab_table([[k] + [n(x) for x in v] + [n(t)] for k, v, t in monthly], ["Measure"] + months + ["Total"]))
D.blank()
D.raw("Table B2: ASB incidents by ward, 2018/19")
D.raw(tab_table([[w[0], n(w[5]), f(w[5] / w[1] * 1000)] for w in wards] + [["West Lindsey", n(ASB18), pk(ASB18)]], ["Ward", "ASB incidents", "Per 1,000 residents"]))
D.blank()
D.blank()
D.raw("Appendix C: Review of the 2018/19 recommendations")
D.blank()
D.raw(tab_table([
    ["1", "Introduce a district rural crime officer post for the hare coursing season", "Complete"],
    ["2", "Renew the Gainsborough town centre PSPO", "Complete"],
    ["3", "Extend Community Speed Watch to 25 parishes", "Partly complete (23 parishes)"],
    ["4", "Agree a cuckooing protocol with housing providers", "Complete"],
    ["5", "Launch a fly-tipping reporting app", "Not started"],
    ["6", "Raise awareness of domestic abuse in rural communities", "Partly complete"],
], ["No.", "2018/19 recommendation", "Position at March 2019"]))
D.blank(2)
D.raw("Appendix D: Action plan 2019/20")
D.blank()
D.raw(tab_table([
    ["Rural crime officer post, September 2019 to March 2020", "Priority 3", "Lincolnshire Police", "September 2019"],
    ["GPS and machinery marking events (4)", "Priority 3", "Rural Crime Team and NFU", "July 2019"],
    ["Fly-tipping task group established", "Priority 3", "WLDC Environmental Protection", "October 2019"],
    ["PSPO review and consultation", "Priority 2", "WLDC Communities Team", "December 2019"],
    ["Gainsborough South-West and East action plan", "Priority 2", "JAG", "October 2019"],
    ["Rural domestic abuse outreach", "Priority 1", "Safer Lincolnshire Partnership", "March 2020"],
    ["Cuckooing and county lines training (200 staff)", "Priority 1", "WLDC and Lincolnshire Police", "January 2020"],
    ["Business and community burglary problem profile", "Priority 3", "Lincolnshire Police Analysis Unit", "November 2019"],
], ["Action", "Priority", "Lead", "By"]))
D.blank()
D.blank(2)
D.raw("Appendix E: Profiles of the four highest-crime wards")
D.blank()
for name, note in [
    ("Gainsborough South-West", "Town centre, bus station, riverside and Marshall's Yard; street drinking, shoplifting, youth ASB; private rented housing under selective licensing."),
    ("Gainsborough East", "Large housing estates east of the town centre; drug supply linked to county lines, cuckooing, neighbour disputes."),
    ("Gainsborough North", "Mixed housing north of the town centre; vehicle crime, criminal damage, youth ASB in parks."),
    ("Market Rasen", "Market town and racecourse; violence and public order on race days, shed and garage burglaries."),
]:
    w = W[name]
    D.raw(name)
    D.raw(f"Population: {n(w[1])}   Households: {n(w[2])}")
    D.raw(f"Recorded crimes 2018/19: {n(w[3])} ({f(w[3] / w[1] * 1000)} per 1,000 residents)")
    D.raw(f"Residential burglaries: {w[4]} ({f(w[4] / w[2] * 1000)} per 1,000 households)")
    D.raw(f"ASB incidents: {w[5]} ({f(w[5] / w[1] * 1000)} per 1,000 residents)")
    D.raw(f"Main issues: {note}")
    D.blank()
D.blank()
D.raw("Sources: Lincolnshire Police (crime, ASB, hare coursing); West Lindsey District Council (fly-tipping); Lincolnshire Road Safety Partnership (casualties); ONS mid-2018 population estimates.")
open("../corpus/west-lindsey_2019-20_strategic-assessment.txt", "w").write(D.text())
print(len(D.lines))
