from common import *

POP = 229700
HH = 98400
D = Doc(width=78)

wards = [  # name, pop, tno, tfp, vwi
    ["Belsize", 13100, 812, 24, 44],
    ["Bloomsbury", 11600, 3112, 512, 118],
    ["Camden Town with Primrose Hill", 13400, 4386, 842, 218],
    ["Cantelowes", 13200, 1254, 48, 92],
    ["Fortune Green", 12300, 612, 12, 38],
    ["Frognal and Fitzjohns", 12100, 712, 18, 31],
    ["Gospel Oak", 12700, 894, 22, 81],
    ["Hampstead Town", 11500, 874, 33, 46],
    ["Haverstock", 13300, 1086, 41, 89],
    ["Highgate", 12200, None, None, None],
    ["Holborn and Covent Garden", 13400, 6176, 1304, 242],
    ["Kentish Town", 13300, 1318, 62, 96],
    ["Kilburn", 13300, 1016, 38, 88],
    ["King's Cross", 12400, 2804, 468, 161],
    ["Regent's Park", 13400, 1402, 86, 98],
    ["St Pancras and Somers Town", 13600, 2248, 214, 152],
    ["Swiss Cottage", 12900, 902, 31, 58],
    ["West Hampstead", 12000, 846, 29, 52],
]
TNO13, TNO12 = 31054, 33412
TFP12, TFP13 = 4206, 3812
VWI12, VWI13 = 1698, 1745
hg = wards[9]
hg[2] = TNO13 - sum(w[2] for w in wards if w[2])
hg[3] = TFP13 - sum(w[3] for w in wards if w[3])
hg[4] = VWI13 - sum(w[4] for w in wards if w[4])
assert sum(w[1] for w in wards) == POP
W = {w[0]: w for w in wards}

mopac = [
    ("Burglary", 2412, 2118),
    ("Criminal damage", 1806, 1642),
    ("Robbery", 1288, 1041),
    ("Theft from motor vehicle", 1924, 1702),
    ("Theft of motor vehicle", 482, 431),
    ("Theft from the person", TFP12, TFP13),
    ("Violence with injury", VWI12, VWI13),
]
M12 = sum(a for _, a, b in mopac); M13 = sum(b for _, a, b in mopac)
MO = {k: (a, b) for k, a, b in mopac}
ASB12, ASB13 = 11842, 10376
DA12, DA13 = 1482, 1531
RAPE12, RAPE13 = 188, 214

def pk(c):
    return f(c / POP * 1000)

comp = [  # area, TNO, MOPAC7, theft person, VWI, robbery, burglary per 1,000 households
    ("Camden", pk(TNO13), pk(M13), pk(TFP13), pk(VWI13), pk(MO["Robbery"][1]), f(MO["Burglary"][1] / HH * 1000)),
    ("Metropolitan Police (London)", "88.7", "43.1", "4.6", "7.2", "3.4", "15.4"),
    ("Inner London MSG average", "118.6", "51.9", "10.2", "8.1", "4.8", "22.3"),
]

hate = [
    ("Racist and religious hate crime", 612, 574),
    ("  of which antisemitic", 41, 37),
    ("  of which Islamophobic", 22, 38),
    ("Homophobic hate crime", 118, 141),
    ("Disability hate crime", 9, 14),
    ("Transgender hate crime", 4, 7),
]

# ---------------------------------------------------------------- cover
D.raw("""CAMDEN COMMUNITY SAFETY PARTNERSHIP

STRATEGIC ASSESSMENT 2014

Crime and disorder in the London Borough of Camden,
January to December 2013 compared with January to December 2012

Community Safety Service, London Borough of Camden
in partnership with the Metropolitan Police Service (Camden Borough)

March 2014""")
D.blank(2)
D.raw("CONTENTS")
D.blank()
toc = ["Foreword", "Key findings", "1  Introduction and method", "2  Camden in context",
       "3  Overall crime and the MOPAC 7", "4  How Camden compares", "5  Theft, robbery and the night-time economy",
       "6  Violence, gangs and drug markets", "7  Violence against women and girls",
       "8  Hate crime", "9  Fraud and scams against older residents", "10 Anti-social behaviour",
       "11 Offenders and reoffending", "12 What we will do in 2014/15", "13 How the partnership works",
       "Appendix A  Ward data", "Appendix B  Glossary", "Appendix C  Notes on the data"]
for t in toc:
    D.raw(t)
D.blank(2)
# ---------------------------------------------------------------- foreword
D.raw("FOREWORD")
D.blank()
D.p("Camden is one of the most visited places in the country. Over the course of a day our residents "
    "are joined by hundreds of thousands of workers, students, shoppers and tourists, drawn to the West "
    "End fringe, Camden Town, King's Cross and our universities and hospitals. That brings life and "
    "prosperity to the borough, and it also shapes the crime we face.")
D.p("I am pleased that crime fell again in 2013, and that we are on course to meet the Mayor's "
    "challenge to reduce the seven neighbourhood crimes by a fifth. But theft from the person remains far "
    "too high, violence with injury has risen, and too many women and girls still experience abuse. "
    "This assessment sets out the evidence behind the commitments the partnership makes in section 12.")
D.raw("Councillor Imogen Rathbone")
D.raw("Cabinet Member for Community Safety, London Borough of Camden")
D.raw("Chair, Camden Community Safety Partnership")
D.blank(2)
# ---------------------------------------------------------------- key findings
box = [
    f"Total notifiable offences down {pct(TNO13, TNO12, sign=False)}% to {n(TNO13)}",
    f"MOPAC 7 crimes down {pct(M13, M12, sign=False)}% to {n(M13)}",
    f"Robbery down {pct(MO['Robbery'][1], MO['Robbery'][0], sign=False)}%, the largest fall",
    f"Theft from the person down {pct(TFP13, TFP12, sign=False)}% but still {n(TFP13)} offences",
    f"Violence with injury up {pct(VWI13, VWI12, sign=False)}% to {n(VWI13)}",
    f"Holborn and Covent Garden: {f(W['Holborn and Covent Garden'][2] / W['Holborn and Covent Garden'][1] * 1000)} offences per 1,000 residents",
    f"Domestic abuse offences up {pct(DA13, DA12, sign=False)}%; rape up {pct(RAPE13, RAPE12, sign=False)}%",
    f"ASB calls to police down {pct(ASB13, ASB12, sign=False)}%",
    "Islamophobic hate crime up from 22 to 38 offences",
    "Scams: older residents lost an estimated £1.4 million",
]
wbox = max(len(x) for x in box) + 6
D.raw("+" + "-" * (wbox - 2) + "+")
D.raw("| KEY FINDINGS 2013".ljust(wbox - 1) + "|")
D.raw("|" + " " * (wbox - 2) + "|")
for x in box:
    D.raw(("| * " + x).ljust(wbox - 1) + "|")
D.raw("+" + "-" * (wbox - 2) + "+")
D.blank(2)
D.raw("Camden CSP Strategic Assessment 2014 - page 4"); D.blank()
# ---------------------------------------------------------------- 1 intro
D.raw("1  INTRODUCTION AND METHOD")
D.blank()
D.p("The Crime and Disorder Act 1998 requires the responsible authorities in each borough to assess "
    "crime, disorder and substance misuse every year and to plan how to reduce them. In Camden the "
    "responsible authorities are the London Borough of Camden, the Metropolitan Police Service, the "
    "London Fire Brigade, the London Probation Trust and NHS Camden Clinical Commissioning Group. The "
    "Mayor's Office for Policing and Crime (MOPAC) funds much of the partnership's work through the "
    "London Crime Prevention Fund.")
D.p("This assessment covers the calendar year 2013 and compares it with 2012. Police data are "
    "Metropolitan Police recorded crime and calls to the police about anti-social behaviour (ASB). "
    "Other data come from the council's community safety, housing, Trading Standards and youth offending "
    "services, from the London Ambulance Service and from specialist VAWG services.")
D.p(f"Rates are per 1,000 residents, based on the 2012 mid-year estimate of {n(POP)}. Burglary is "
    f"also given per 1,000 households ({n(HH)} households). Resident-based rates overstate risk in the "
    "wards that most visitors go to, and readers should keep this in mind, especially for Holborn and "
    "Covent Garden, Bloomsbury, King's Cross and Camden Town with Primrose Hill.")
D.p("Camden's Most Similar Group (MSG) is a group of inner London boroughs with similar populations "
    "and demand: Hackney, Islington, Lambeth, Southwark, Westminster, Kensington and Chelsea, and "
    "Hammersmith and Fulham. Comparisons in section 4 use the average of the group including Camden.")
D.blank()
D.raw("Progress on the 2013/14 plan")
D.blank()
D.raw(pipe_table([
    ["Reduce theft from the person by 10%", "-9.4%", "Partly achieved"],
    ["Reduce robbery by 10%", "-19.2%", "Achieved"],
    ["Reduce violence with injury by 5%", "+2.8%", "Not achieved"],
    ["Increase MARAC referrals from health services", "21 referrals (15 in 2012)", "Achieved"],
    ["Open a third party hate crime reporting centre in Kilburn", "Opened June 2013", "Achieved"],
    ["Reduce ASB calls to police by 5%", "-12.4%", "Achieved"],
], ["Commitment", "Outturn 2013", "Status"]))
D.blank(2)
D.raw("Camden CSP Strategic Assessment 2014 - page 5"); D.blank()
# ---------------------------------------------------------------- 2 context
D.raw("2  CAMDEN IN CONTEXT")
D.blank()
D.p(f"Camden has {n(POP)} residents in {n(HH)} households across 18 wards. Its daytime population is "
    "far larger: on a typical weekday more than 300,000 people work in the borough, and there are around "
    "26,000 students in higher education. The south of the borough, from Holborn to King's Cross, is part "
    "of central London; the north, from Hampstead to Kilburn, is largely residential.")
D.p("The borough combines great wealth and real deprivation. Hampstead Town and Frognal and Fitzjohns "
    "are among the most affluent wards in the country, while parts of St Pancras and Somers Town, "
    "Kilburn, Gospel Oak and Haverstock are in the most deprived 10% of neighbourhoods in England.")
D.p("Three places dominate the crime map. The West End fringe around Covent Garden and Holborn; Camden "
    "Town, with its markets, music venues and some of London's busiest pubs and bars; and King's Cross "
    "and St Pancras, with two main-line stations, the Eurostar terminal and the regeneration of the "
    "railway lands north of the stations.")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 6"); D.blank()
# ---------------------------------------------------------------- 3 overall & MOPAC 7
D.raw("3  OVERALL CRIME AND THE MOPAC 7")
D.blank()
D.p(f"Total notifiable offences (TNO) fell from {n(TNO12)} in 2012 to {n(TNO13)} in 2013, a fall of "
    f"{n(TNO12 - TNO13)} ({pct(TNO13, TNO12, sign=False)}%). Camden recorded {pk(TNO13)} offences per "
    "1,000 residents.")
D.p("MOPAC's Police and Crime Plan 2013-16 asks every borough to reduce seven neighbourhood crimes, the "
    "MOPAC 7, by 20% by March 2016. Table 3.1 shows how Camden has done.")
D.raw("Table 3.1  MOPAC 7 crimes, Camden, 2012 and 2013")
D.blank()
rows = [[k, n(a), n(b), signed(b - a), pct(b, a) + "%"] for k, a, b in mopac]
rows.append(["MOPAC 7 total", n(M12), n(M13), signed(M13 - M12), pct(M13, M12) + "%"])
D.raw(pipe_table(rows, ["Offence", "2012", "2013", "Change", "% change"]))
D.blank()
D.p(f"Six of the seven crimes fell. Robbery fell most, by {pct(MO['Robbery'][1], MO['Robbery'][0], sign=False)}%. "
    f"Violence with injury was the exception, rising by {pct(VWI13, VWI12, sign=False)}% to {n(VWI13)}. "
    f"Theft from the person, which includes pickpocketing and the snatching of phones and bags, remains "
    f"Camden's largest MOPAC 7 crime: with {n(TFP13)} offences it makes up "
    f"{f(TFP13 / M13 * 100)}% of the MOPAC 7 total.")
cats = [("Violence against the person", 5402, 5288), ("Sexual offences", 512, 548), ("Robbery", 1288, 1041),
        ("Burglary", 2412, 2118), ("Theft and handling", 17106, 15712), ("Fraud and forgery", 612, 702),
        ("Criminal damage", 1806, 1642), ("Drugs", 2298, 2412)]
cats.append(("Other notifiable offences", TNO12 - sum(a for _, a, b in cats), TNO13 - sum(b for _, a, b in cats)))
D.raw("Table 3.2  Total notifiable offences by major category")
D.blank()
rows = [[k, n(a), n(b), pct(b, a) + "%"] for k, a, b in cats]
rows.append(["Total notifiable offences", n(TNO12), n(TNO13), pct(TNO13, TNO12) + "%"])
D.raw(pipe_table(rows, ["Major category", "2012", "2013", "% change"]))
D.blank()
D.p("Theft and handling, which includes theft from the person, shoplifting, bicycle theft and theft "
    f"from and of motor vehicles, makes up {f(15712 / TNO13 * 100)}% of all offences in Camden.")
D.p("Outside the MOPAC 7, the main rises were in fraud and forgery (partly a result of how Action Fraud "
    "records reports), drug trafficking offences following police operations in Camden Town and King's "
    "Cross, and domestic abuse offences.")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 7"); D.blank()
# ---------------------------------------------------------------- 4 comparators (rows)
D.raw("4  HOW CAMDEN COMPARES")
D.blank()
D.p("Table 4.1 compares Camden with London as a whole and with the average of its inner London Most "
    "Similar Group for 2013. Rates are per 1,000 residents, except burglary, per 1,000 households.")
D.raw("Table 4.1  Rates, 2013")
D.blank()
D.raw(pipe_table([list(x) for x in comp], ["Area", "TNO", "MOPAC 7", "Theft from the person", "Violence with injury", "Robbery", "Burglary (per 1,000 households)"]))
D.blank()
D.p(f"Camden's rates are above the London rates on every measure. Against the MSG average, Camden is "
    f"higher for TNO, the MOPAC 7 and theft from the person, but lower for violence with injury, robbery "
    f"and burglary. The gap is largest for theft from the person: Camden's rate ({pk(TFP13)}) is "
    f"{f(float(pk(TFP13)) / 4.6)} times the London rate. Camden's burglary rate "
    f"({comp[0][6]} per 1,000 households) is above London but below the MSG average ({comp[2][6]}), and "
    f"violence with injury ({pk(VWI13)}) is a little below the MSG average ({comp[2][4]}).")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 8"); D.blank()
D.raw("Public confidence")
D.blank()
D.p("MOPAC's Public Attitude Survey asks residents whether the police do a good job in their local "
    "area. In Camden, 66% agreed in the year to December 2013, up from 63% in 2012 but below the London "
    "figure of 68%. Confidence was lowest among residents aged 16 to 24.")
D.raw(pipe_table([
    ["Police do a good job in the local area", "63%", "66%", "68%"],
    ["Feel safe walking alone after dark", "71%", "73%", "70%"],
    ["Worried about ASB in the local area", "29%", "26%", "24%"],
], ["Survey measure", "Camden 2012", "Camden 2013", "London 2013"]))
D.blank(2)
# ---------------------------------------------------------------- 5 theft NTE
hcg = W["Holborn and Covent Garden"]; ctp = W["Camden Town with Primrose Hill"]; kx = W["King's Cross"]
top4 = ["Holborn and Covent Garden", "Camden Town with Primrose Hill", "Bloomsbury", "King's Cross"]
D.raw("5  THEFT, ROBBERY AND THE NIGHT-TIME ECONOMY")
D.blank()
D.p(f"Theft from the person is heavily concentrated. Holborn and Covent Garden recorded "
    f"{n(hcg[3])} offences and Camden Town with Primrose Hill {ctp[3]}; together with Bloomsbury "
    f"({W['Bloomsbury'][3]}) and King's Cross ({kx[3]}) these four wards account for "
    f"{f(sum(W[x][3] for x in top4) / TFP13 * 100)}% "
    "of the borough total. Ward figures are in Appendix A.")
D.p("The typical offence is the theft of a smartphone from a bag, a pocket or a table in a bar or "
    "cafe. Most victims are visitors aged 18 to 30, and offences peak between 9pm and 2am on Thursday, "
    "Friday and Saturday nights, and on weekend afternoons at Camden Lock and the markets.")
D.p(f"Robbery fell from {n(MO['Robbery'][0])} to {n(MO['Robbery'][1])}. Personal robbery of phones by "
    "suspects on bicycles and mopeds has fallen since the summer, after joint operations by the police "
    "and the British Transport Police around the Tube stations at Camden Town, Chalk Farm and "
    "Tottenham Court Road.")
D.p("Camden has over 1,500 licensed premises. The night-time economy (NTE) is centred on Camden Town, "
    "where the High Street and Chalk Farm Road host large music venues, and on Covent Garden and "
    "Holborn. The council's Camden Town cumulative impact area, in place since 2005, restricts new "
    "licences; a second cumulative impact area for Seven Dials was adopted in 2013.")
D.p("Burglary fell by "
    f"{pct(MO['Burglary'][1], MO['Burglary'][0], sign=False)}% to {n(MO['Burglary'][1])}, and motor vehicle "
    "crime also fell. Bicycle theft, which is not part of the MOPAC 7, remains a problem around "
    "the universities and stations.")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 9"); D.blank()
# ---------------------------------------------------------------- 6 violence gangs drugs
D.raw("6  VIOLENCE, GANGS AND DRUG MARKETS")
D.blank()
D.p(f"Violence with injury rose by {n(VWI13 - VWI12)} offences to {n(VWI13)}. About 40% of it is linked "
    "to the night-time economy and 30% to domestic abuse. London Ambulance Service data show 1,126 "
    "call-outs for assault in the borough, and the highest numbers were in Camden Town and around the "
    "King's Cross stations.")
D.p("The Camden Integrated Gangs Unit works with around 90 young people involved in or at risk of "
    "gang activity. Serious youth violence (victims aged 1 to 19) rose from 162 to 178 victims. Knife "
    "crime fell slightly, from 312 to 298 offences.")
D.p("Open drug markets in Camden Town (around the Tube station and Camden Lock) and King's Cross "
    "generate ASB, street robbery and exploitation of vulnerable people. Police operations in 2013 led "
    "to 214 arrests for drug supply. Many of the people who buy drugs in these markets are not Camden "
    "residents.")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 10"); D.blank()
# ---------------------------------------------------------------- 7 VAWG
D.raw("7  VIOLENCE AGAINST WOMEN AND GIRLS")
D.blank()
D.p(f"Domestic abuse offences rose from {n(DA12)} to {n(DA13)} ({pct(DA13, DA12)}%), {pk(DA13)} per "
    "1,000 residents. The Camden Safety Net service supported 1,012 victims, and the MARAC heard 298 "
    "cases, of which 24% were repeats.")
D.p(f"Reported rapes rose from {RAPE12} to {RAPE13} ({pct(RAPE13, RAPE12)}%). A large proportion "
    "involved victims and suspects who had met in the night-time economy, and a third were reported "
    "more than a year after the offence. The Havens sexual assault referral centres serve Camden "
    "victims.")
D.p("Other forms of VAWG (female genital mutilation, forced marriage, so-called honour-based violence, "
    "prostitution and trafficking) remain hidden. Specialist services recorded 46 women at risk of "
    "FGM and 11 forced marriage cases. Street-based sex work is concentrated around King's Cross.")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 11"); D.blank()
# ---------------------------------------------------------------- 8 hate crime (one cell per line)
D.raw("8  HATE CRIME")
D.blank()
D.p("Table 8.1 shows recorded hate crime by strand. Antisemitic and Islamophobic offences are part of "
    "the racist and religious total.")
D.raw("Table 8.1  Hate crime by strand")
D.blank()
D.raw(cell_table([[k.strip(), n(a), n(b), pct(b, a) + "%"] for k, a, b in hate],
                 ["Strand", "2012", "2013", "% change"]))
D.blank()
D.p("Racist and religious hate crime fell, but Islamophobic offences rose from 22 to 38, most of them "
    "in the weeks after the murder of Drummer Lee Rigby in Woolwich in May 2013. Homophobic hate crime "
    "rose to 141, with offences clustered in the NTE of Camden Town and Covent Garden. Disability and "
    "transgender hate crime are very low and almost certainly under-reported.")
D.p("Camden has a large Jewish community in the north-west of the borough and large Bangladeshi and "
    "Somali communities in the south. The partnership's Hate Crime Forum monitors community tension "
    "weekly through the police and community organisations.")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 12"); D.blank()
# ---------------------------------------------------------------- 9 fraud older people
D.raw("9  FRAUD AND SCAMS AGAINST OLDER RESIDENTS")
D.blank()
D.p("This is the first time the strategic assessment has considered fraud against older people. "
    "Camden Trading Standards received 284 reports of doorstep crime and scams from residents aged 65 "
    "or over in 2013, up from 201 in 2012. Losses reported to Trading Standards and the police totalled "
    "an estimated £1.4 million, including one case in Hampstead where a woman in her eighties lost "
    "£160,000 to a telephone fraudster posing as a police officer.")
D.p("The commonest types were courier fraud (fraudsters posing as police or bank staff collecting cards "
    "or cash), rogue traders offering building work, and mass-marketing scams by post. Victims are "
    "often isolated and many are repeat victims; the 'suckers lists' sold between scammers mean that "
    "one response leads to many more approaches.")
D.p("Trading Standards set up 9 new No Cold Calling Zones in 2013, bringing the total to 31, and "
    "installed call-blocking units for 40 residents. Because fraud is not recorded by ward in a "
    "consistent way, this assessment does not give ward figures for it.")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 13"); D.blank()
# ---------------------------------------------------------------- 10 ASB
D.raw("10  ANTI-SOCIAL BEHAVIOUR")
D.blank()
D.p(f"Calls to the police about ASB fell from {n(ASB12)} to {n(ASB13)} ({pct(ASB13, ASB12)}%), "
    f"{pk(ASB13)} per 1,000 residents. The council's ASB team received 1,874 reports, of which the "
    "largest categories were noise, drug-related ASB and rough sleeping.")
D.p("Camden Town with Primrose Hill, Holborn and Covent Garden and King's Cross generated the most "
    "calls about ASB. Ward figures for both years are in Appendix A (Table A2).")
D.p("Street drinking and begging are concentrated in Camden Town, King's Cross and Holborn. The "
    "Designated Public Place Order covering the whole borough remains in place. The Anti-social "
    "Behaviour, Crime and Policing Bill, expected to become law in 2014, will replace many of the "
    "current tools with new injunctions, Community Protection Notices and Public Spaces Protection "
    "Orders, and the partnership will need to plan for the change.")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 14"); D.blank()
# ---------------------------------------------------------------- 11 offenders
D.raw("11  OFFENDERS AND REOFFENDING")
D.blank()
D.p("The Camden Integrated Offender Management (IOM) scheme worked with 128 prolific offenders during "
    "the year. The proven reoffending rate for adult offenders in Camden was 27.1% in the latest cohort, "
    "against 26.4% for London. Most prolific acquisitive offenders are drug-dependent, and the borough's "
    "drug intervention programme tested 2,106 people on arrest, of whom 41% tested positive for "
    "opiates or cocaine.")
D.p("The youth offending service reported 96 first time entrants to the youth justice system, down "
    "from 121, continuing a long-term fall.")
D.blank()
D.raw("Camden CSP Strategic Assessment 2014 - page 15"); D.blank()
D.raw("11A  EMERGING ISSUES")
D.blank()
D.p("Several changes in 2014 may affect crime and disorder in Camden:")
D.bullets([
    "Khat is to be controlled as a Class C drug from June 2014. Khat is used in parts of the borough's "
    "Somali community and partners will need to plan enforcement and support together.",
    "The use of new psychoactive substances ('legal highs') sold from shops in Camden Town is growing, "
    "with ambulance call-outs to people who have taken them.",
    "Welfare reform, including the benefit cap introduced in 2013, may increase financial pressure on "
    "households in the most deprived wards.",
    "The continuing development of King's Cross Central will bring thousands more workers, students and "
    "residents to the area north of the stations.",
    "The new powers in the Anti-social Behaviour, Crime and Policing Bill (see section 10).",
], mark="-")
D.blank()
# ---------------------------------------------------------------- 12 we will
D.raw("12  WHAT WE WILL DO IN 2014/15")
D.blank()
D.p("Based on this assessment, the partnership's priorities for 2014/15 are: reducing theft from the "
    "person and robbery in the busiest parts of the borough; reducing violence, especially violence "
    "linked to the NTE and to gangs; tackling violence against women and girls; and protecting "
    "vulnerable residents, including older people targeted by fraud.")
wewill = [
    "We will run a year-round campaign against theft from the person in Holborn and Covent Garden, Camden Town and King's Cross, with venues, the BIDs and the British Transport Police.",
    "We will extend the Safer Venues scheme to all late-night premises in the Camden Town cumulative impact area.",
    "We will ask the MARAC to review why one in four cases is a repeat, and act on its findings.",
    "We will commission an independent sexual violence adviser for victims of rape linked to the NTE.",
    "We will work with Trading Standards to set up at least 10 more No Cold Calling Zones and train front-line staff to spot financial abuse.",
    "We will continue to target the open drug markets in Camden Town and King's Cross, and offer treatment to the people who use them.",
    "We will keep Camden on course for the MOPAC 7 reduction of 20% by March 2016.",
    "We will report hate crime by strand to the Hate Crime Forum every quarter.",
]
for i, x in enumerate(wewill, 1):
    wr_ = textwrap.wrap(x, 74)
    D.raw(f"{i}. {wr_[0]}")
    for y in wr_[1:]:
        D.raw("   " + y)
D.blank(2)
D.raw("Camden CSP Strategic Assessment 2014 - page 16"); D.blank()
# ---------------------------------------------------------------- 13 governance
D.raw("13  HOW THE PARTNERSHIP WORKS")
D.blank()
D.p("The Camden Community Safety Partnership Board meets every two months. It is chaired by "
    "Councillor Imogen Rathbone, Cabinet Member for Community Safety. The vice-chair is Chief "
    "Superintendent Marcus Okafor, Camden Borough Commander, Metropolitan Police Service.")
D.p("The Board is supported by four delivery groups: the Theft and Robbery Group, the Violence and "
    "Gangs Group, the VAWG Strategic Group (chaired by Dr Anita Sandhu, Camden's VAWG lead) and the "
    "Vulnerable Adults and Fraud Group. The council's Culture and Environment Scrutiny Committee acts "
    "as the crime and disorder committee and receives an annual report.")
D.p("Partnership funding for 2014/15 includes £412,000 from the MOPAC London Crime Prevention Fund, "
    "of which the largest allocations are for the Integrated Gangs Unit, the IOM scheme and VAWG "
    "advocacy services.")
D.p("The Head of Community Safety, Gerald Penhaligon, is responsible for the partnership plan and its "
    "performance framework.")
D.blank(2)
D.raw("Camden CSP Strategic Assessment 2014 - page 17"); D.blank()
# ---------------------------------------------------------------- appendices
D.raw("APPENDIX A  WARD DATA")
D.blank()
D.raw("Table A1  Total notifiable offences, theft from the person and violence with injury by ward,")
D.raw("2013 (rates per 1,000 residents)")
D.blank()
rows = []
for name, pop, t, tp, v in wards:
    rows.append([name, n(pop), n(t), f(t / pop * 1000), n(tp), f(tp / pop * 1000), n(v), f(v / pop * 1000)])
rows.append(["Camden", n(POP), n(TNO13), pk(TNO13), n(TFP13), pk(TFP13), n(VWI13), pk(VWI13)])
D.raw(pipe_table(rows, ["Ward", "Population", "TNO", "TNO rate", "Theft person", "Theft person rate", "VWI", "VWI rate"]))
D.blank()
D.raw("Source: Metropolitan Police Service crime data; ONS mid-2012 ward population estimates.")
D.blank(2)
asbw = {
 "Belsize": (352, 312), "Bloomsbury": (861, 762), "Camden Town with Primrose Hill": (1598, 1342),
 "Cantelowes": (548, 498), "Fortune Green": (262, 241), "Frognal and Fitzjohns": (241, 226),
 "Gospel Oak": (531, 462), "Hampstead Town": (309, 288), "Haverstock": (583, 511), "Highgate": (None, None),
 "Holborn and Covent Garden": (1494, 1326), "Kentish Town": (604, 526), "Kilburn": (569, 482),
 "King's Cross": (1221, 1064), "Regent's Park": (662, 588), "St Pancras and Somers Town": (938, 812),
 "Swiss Cottage": (441, 370), "West Hampstead": (338, 306)}
asbw["Highgate"] = (ASB12 - sum(v[0] for v in asbw.values() if v[0]), ASB13 - sum(v[1] for v in asbw.values() if v[1]))
D.raw("Table A2  Calls to the police about ASB by ward, 2012 and 2013")
D.blank()
rows = [[k, n(a), n(b), pct(b, a) + "%", f(b / W[k][1] * 1000)] for k, (a, b) in asbw.items()]
rows.append(["Camden", n(ASB12), n(ASB13), pct(ASB13, ASB12) + "%", pk(ASB13)])
D.raw(pipe_table(rows, ["Ward", "2012", "2013", "% change", "2013 per 1,000 residents"]))
D.blank(2)
D.raw("APPENDIX B  GLOSSARY")
D.blank()
gl = [("ASB", "Anti-social behaviour"), ("BID", "Business Improvement District"),
      ("DA", "Domestic abuse"), ("DPPO", "Designated Public Place Order"), ("FGM", "Female genital mutilation"),
      ("IOM", "Integrated Offender Management"), ("MARAC", "Multi-Agency Risk Assessment Conference"),
      ("MOPAC", "Mayor's Office for Policing and Crime"),
      ("MOPAC 7", "Burglary, criminal damage, robbery, theft from and of motor vehicles, theft from the person and violence with injury"),
      ("MSG", "Most Similar Group"), ("NTE", "Night-time economy"), ("TNO", "Total notifiable offences"),
      ("CIA", "Cumulative impact area (licensing)"), ("LAS", "London Ambulance Service"),
      ("PAS", "Public Attitude Survey (MOPAC)"), ("SYV", "Serious youth violence"),
      ("Courier fraud", "Fraud in which a caller posing as police or bank staff sends a courier to collect cards or cash"),
      ("VAWG", "Violence against women and girls"), ("VWI", "Violence with injury")]
for a, b in gl:
    D.raw(f"{a} - {b}")
D.blank(2)
D.raw("APPENDIX C  NOTES ON THE DATA")
D.blank()
D.bullets([
    "Crime figures are Metropolitan Police recorded crime for calendar years, extracted in January 2014. Figures may change slightly as crimes are reclassified.",
    "London and MSG rates are calculated from published MOPAC data using mid-2012 population estimates.",
    "ASB figures are calls to the police classified as ASB, not crimes.",
    "Fraud figures come from Camden Trading Standards and are not comparable with police recorded fraud.",
    "Ward populations are rounded to the nearest 100 and sum to the borough total.",
], mark="-")
D.blank()
D.raw("APPENDIX D  HOTSPOT PROFILES")
D.blank()
for name, area, issues in [
    ("Holborn and Covent Garden", "Covent Garden, Seven Dials, Holborn and the southern end of Tottenham Court Road",
     "Theft from the person in bars and restaurants; NTE violence; rough sleeping and begging"),
    ("Camden Town with Primrose Hill", "Camden Town centre, Camden Lock and the markets, Chalk Farm Road",
     "Theft from the person; open drug market; NTE violence; street drinking"),
    ("King's Cross", "King's Cross and St Pancras stations, Euston Road, King's Cross Central",
     "Theft from the person at the stations; drug dealing; street-based sex work"),
]:
    w = W[name]
    D.raw(name.upper())
    D.raw(f"Area: {area}")
    D.raw(f"Residents: {n(w[1])}")
    D.raw(f"Total notifiable offences 2013: {n(w[2])}")
    D.raw(f"Theft from the person 2013: {n(w[3])}")
    D.raw(f"Violence with injury 2013: {n(w[4])}")
    D.raw(f"Main issues: {issues}")
    D.blank()
D.raw("END OF DOCUMENT")
open("../corpus/camden_2014_strategic-assessment.txt", "w").write(D.text())
print(len(D.lines))
