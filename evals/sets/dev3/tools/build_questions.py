"""Writes ../questions.jsonl and ../abstention.jsonl (the items are written out by hand below)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
G = "gateshead_2017_community-safety-strategic-assessment.txt"
WL = "west-lindsey_2019-20_strategic-assessment.txt"
C = "camden_2014_strategic-assessment.txt"

Q = []
def q(type, question, docs, answer, figures, terms, evidence, tol=0.01, **kw):
    d = {"type": type}
    if isinstance(question, list):
        d["turns"] = question
    else:
        d["question"] = question
    d.update({"docs": docs, "answer": answer, "figures": figures, "terms": terms,
              "evidence": [list(e) for e in evidence], "tolerance": tol})
    d.update(kw)
    Q.append(d)

# ---------------------------------------------------------------- ward_hotspot (6)
q("ward_hotspot", "which gateshead wards have the highest crime rates?", [G],
  "Bridges, by a distance: 251.4 crimes per 1,000 residents in 2016/17 (1,986 crimes), driven by the town centre and the Quays. Next are Dunston and Teams (123.6), Felling (119.2) and Lobley Hill and Bensham (104.1).",
  [251.4, 123.6, 119.2], ["Bridges", "Dunston and Teams", "Felling"],
  [(G, "Bridges 7,900 1,986 251.4 1,118 141.5"),
   (G, "The next highest crime rates are in Dunston and Teams (123.6), Felling (119.2)")])
q("ward_hotspot", "Where is ASB worst in Gateshead, ward by ward?", [G],
  "Bridges has the highest ASB rate, 141.5 incidents per 1,000 residents in 2016/17 (1,118 incidents), followed by Felling (86.4), Deckham (74.5), Lobley Hill and Bensham (73.4) and Dunston and Teams (72.4).",
  [141.5, 86.4, 74.5], ["Bridges", "Felling", "Deckham"],
  [(G, "For ASB, Felling (86.4 per 1,000) ranks second, followed by Deckham (74.5)"),
   (G, "Bridges 7,900 1,986 251.4 1,118 141.5"),
   (G, "Felling 8,900 1,061 119.2 769 86.4")])
q("ward_hotspot", "hotspot wards for deliberate secondary fires in gateshead", [G],
  "Felling (118 deliberate secondary fires in 2016/17, 11.3% of the borough's 1,041), Deckham (97) and High Fell (88); the fire service links them to youth ASB, mostly refuse and wheelie bin fires.",
  [118, 97, 88], ["Felling", "Deckham", "High Fell"],
  [(G, "where the three highest ward counts of deliberate secondary fires were recorded (118, 97 and 88"),
   (G, "Felling 118 11.3% High Fell 88 8.5%"), (G, "Deckham 97 9.3% Dunston and Teams 71 6.8%")])
q("ward_hotspot", "Which West Lindsey wards have the highest crime rate per 1,000 residents?", [WL],
  "Gainsborough South-West (the town centre) at 192.5 crimes per 1,000 in 2018/19, about three times the district rate of 63.0; then Gainsborough East (108.7) and Gainsborough North (71.1).",
  [192.5, 108.7, 71.1], ["Gainsborough South-West", "Gainsborough East", "Gainsborough North"],
  [(WL, "Gainsborough South-West 5,600 2,750 1,078 192.5 38 13.8"),
   (WL, "Gainsborough East (108.7) is second and Gainsborough North (71.1) third")])
q("ward_hotspot", "worst wards for residential burglary in west lindsey (per household)?", [WL],
  "Torksey has the highest rate, 14.5 residential burglaries per 1,000 households in 2018/19, followed by Hemswell (14.2) and Gainsborough South-West (13.8), against a district average of 9.8; isolated rural properties and outbuildings are targeted.",
  [14.5, 14.2, 13.8], ["Torksey", "Hemswell", "Gainsborough South-West"],
  [(WL, "Torksey has the highest rate (14.5 per 1,000 households), followed by Hemswell (14.2)"),
   (WL, "Torksey 2,700 1,170 166 61.5 17 14.5")])
q("ward_hotspot", "camden: which wards are the theft from the person hotspots?", [C],
  "Holborn and Covent Garden (1,304 offences in 2013, 97.3 per 1,000 residents), Camden Town with Primrose Hill (842; 62.8), Bloomsbury (512; 44.1) and King's Cross (468; 37.7). Together the four account for 82.0% of the borough total.",
  [1304, 842, 512], ["Holborn and Covent Garden", "Camden Town with Primrose Hill", "Bloomsbury"],
  [(C, "Holborn and Covent Garden recorded 1,304 offences and Camden Town with Primrose Hill 842"),
   (C, "| Holborn and Covent Garden | 13,400 | 6,176 | 460.9 | 1,304 | 97.3 |"),
   (C, "| Bloomsbury | 11,600 | 3,112 | 268.3 | 512 | 44.1 |")])
# ---------------------------------------------------------------- lookup_rate (6)
q("lookup_rate", "gateshead overall crime rate per 100k, 2016/17?", [G],
  "7,050.1 recorded crimes per 100,000 residents in 2016/17 (14,213 crimes, population 201,600).",
  [7050.1], [],
  [(G, "The borough's crime rate of 7,050.1 per 100,000 residents is"),
   (G, "All recorded crime 7,050.1 6,688.3 7,214.6 7,839.5")])
q("lookup_rate", "What's the ASB rate in West Lindsey?", [WL],
  "33.6 incidents per 1,000 residents in 2018/19 (3,188 police-recorded ASB incidents).",
  [33.6, 3188], [],
  [(WL, "The rate of 33.6 per 1,000 residents compares with 37.2 across Lincolnshire."),
   (WL, "West Lindsey 63.0 20.5 9.8 33.6")])
q("lookup_rate", "camden total notifiable offences rate per 1,000 in 2013", [C],
  "135.2 offences per 1,000 residents (31,054 total notifiable offences in 2013).",
  [135.2, 31054], [],
  [(C, "Camden recorded 135.2 offences per 1,000 residents."),
   (C, "| Camden | 135.2 | 54.4 | 16.6 | 7.6 | 4.5 | 21.5 |")])
q("lookup_rate", "residential burglary rate per 1,000 households, west lindsey", [WL],
  "9.8 residential burglaries per 1,000 households in 2018/19 (402 burglaries, 41,200 households).",
  [9.8, 402], [],
  [(WL, "West Lindsey 94,900 41,200 5,974 63.0 402 9.8"),
   (WL, "where its rate (9.8 per 1,000 households) is above both the Lincolnshire rate")])
q("lookup_rate", "What is the domestic abuse incident rate in Gateshead?", [G],
  "2,332.3 domestic abuse incidents per 100,000 residents in 2016/17 (4,702 incidents), against 2,104.8 across the Northumbria force area.",
  [2332.3, 4702], [],
  [(G, "a rate of 2,332.3 per 100,000 residents compared with 2,104.8 across the force area")])
q("lookup_rate", "KSI rate per 100,000 on west lindsey roads in 2018?", [WL],
  "67.4 killed or seriously injured casualties per 100,000 residents in 2018 (64 KSI casualties, down from 71 in 2017).",
  [67.4, 64], [],
  [(WL, "KSI casualties fell from 71 to 64 (-9.9%), a KSI rate of 67.4 per 100,000 residents.")])
# ---------------------------------------------------------------- compare_local_force (5)
q("compare_local_force", "how does gateshead's ASB rate compare with northumbria and the national rate?", [G],
  "Higher than all comparators: 4,918.2 ASB incidents per 100,000 in 2016/17 against 4,602.7 for Northumbria, an MSG average of 4,311.9 and 3,296.3 for England and Wales (about one and a half times the national rate).",
  [4918.2, 4602.7, 3296.3], [],
  [(G, "ASB incidents 4,918.2 4,602.7 4,311.9 3,296.3"),
   (G, "Northumbria rate (4,602.7), the MSG average (4,311.9) and the England and Wales rate (3,296.3)")])
q("compare_local_force", "Is West Lindsey's burglary rate above the force average?", [WL],
  "Yes. Residential burglary was 9.8 per 1,000 households in 2018/19, above the Lincolnshire force area (8.4) and the MSG average (8.9) but below England and Wales (11.6). It is the only measure on which the district is above the force area.",
  [9.8, 8.4, 8.9, 11.6], [],
  [(WL, "Lincolnshire force area 66.9 22.8 8.4 37.2"),
   (WL, "Most similar group (MSG) average 58.2 18.9 8.9 29.4"),
   (WL, "West Lindsey is below the force area on every measure except residential burglary")])
q("compare_local_force", "camden theft from the person rate v london and MSG", [C],
  "Camden's theft from the person rate was 16.6 per 1,000 residents in 2013, 3.6 times the London rate of 4.6 and well above the inner London MSG average of 10.2.",
  [16.6, 4.6, 10.2], [],
  [(C, "Camden's rate (16.6) is 3.6 times the London rate"),
   (C, "| Metropolitan Police (London) | 88.7 | 43.1 | 4.6 | 7.2 | 3.4 | 15.4 |"),
   (C, "| Inner London MSG average | 118.6 | 51.9 | 10.2 | 8.1 | 4.8 | 22.3 |")])
q("compare_local_force", "gateshead shoplifting rate compared to England & Wales?", [G],
  "Well above: 810.5 shoplifting offences per 100,000 residents in 2016/17 against 634.4 for England and Wales (Northumbria 744.1, MSG average 722.7), reflecting the MetroCentre and other large retail centres.",
  [810.5, 634.4], [],
  [(G, "Shoplifting 810.5 744.1 722.7 634.4"),
   (G, "The borough stands out for shoplifting (810.5 per 100,000 against 634.4 nationally)")])
q("compare_local_force", "how does camden's violence with injury rate compare with the MSG average?", [C],
  "It is a little below: 7.6 per 1,000 residents in 2013 against an inner London MSG average of 8.1, though above the London rate of 7.2.",
  [7.6, 8.1, 7.2], [],
  [(C, "violence with injury (7.6) is a little below the MSG average (8.1)"),
   (C, "| Metropolitan Police (London) | 88.7 | 43.1 | 4.6 | 7.2 | 3.4 | 15.4 |")])
# ---------------------------------------------------------------- compare_years (5)
q("compare_years", "how much did public order offences go up in gateshead?", [G],
  "They almost doubled, from 465 in 2015/16 to 913 in 2016/17 (+448, +96.3%), partly because of changes in police recording and partly more NTE-related disorder.",
  [465, 913, 96.3], [],
  [(G, "Public order offences 465 913 +448 +96.3%"),
   (G, "and public order offences almost doubled, from 465 to 913")])
q("compare_years", "hare coursing reports this year v last year in west lindsey", [WL],
  "Down 13.6%: 356 reports in 2018/19 against 412 in 2017/18. October 2018 was the peak month (72).",
  [356, 412, 13.6], [],
  [(WL, "Hare coursing reports fell by 13.6%, from 412 to 356."),
   (WL, "Hare coursing reports 412 356 -13.6%")])
q("compare_years", "Camden robbery 2012 vs 2013?", [C],
  "Robbery fell from 1,288 in 2012 to 1,041 in 2013, down 247 offences or 19.2%, the largest fall of the MOPAC 7 crimes.",
  [1288, 1041, 19.2], [],
  [(C, "| Robbery | 1,288 | 1,041 | -247 | -19.2% |"), (C, "Robbery fell most, by 19.2%.")])
q("compare_years", "did deliberate fires go up or down in gateshead? primary and secondary", [G],
  "Both ways: deliberate primary fires fell 8.3% from 168 to 154, but deliberate secondary fires rose 19.4% from 872 to 1,041, so all deliberate fires rose from 1,040 to 1,195 in 2016/17.",
  [154, 1041, 8.3, 19.4], [],
  [(G, "Deliberate primary fires (fires in buildings, vehicles and other property) fell by 8.3 per cent to 154"),
   (G, "rose by 19.4 per cent to 1,041"), (G, "All deliberate fires 1,040 1,195 +155")])
q("compare_years", "asb calls in king's cross ward, 2013 compared with 2012", [C],
  "Calls to the police about ASB in King's Cross fell from 1,221 in 2012 to 1,064 in 2013 (-12.9%), 85.8 per 1,000 residents; borough-wide calls fell 12.4%.",
  [1221, 1064, 12.9], ["King's Cross"],
  [(C, "| King's Cross | 1,221 | 1,064 | -12.9% | 85.8 |")])
# ---------------------------------------------------------------- compare_partnerships (4)
q("compare_partnerships", "which has the higher DA incident rate, gateshead or west lindsey?", [G, WL],
  "Gateshead. Its rate was 2,332.3 domestic abuse incidents per 100,000 residents in 2016/17 (about 23.3 per 1,000), against 16.4 per 1,000 in West Lindsey in 2018/19. The two documents use different units and years.",
  [2332.3, 16.4], [],
  [(G, "a rate of 2,332.3 per 100,000 residents compared with 2,104.8 across the force area"),
   (WL, "a rate of 16.4 per 1,000 residents against 15.1 for Lincolnshire")])
q("compare_partnerships", "compare the ASB rates in camden and west lindsey", [C, WL],
  "Camden is higher: 45.2 calls to the police about ASB per 1,000 residents in 2013, against 33.6 ASB incidents per 1,000 in West Lindsey in 2018/19. Both fell on the year before (Camden -12.4%, West Lindsey -6.6%).",
  [45.2, 33.6], [],
  [(C, "Calls to the police about ASB fell from 11,842 to 10,376 (-12.4%), 45.2 per 1,000 residents."),
   (WL, "The rate of 33.6 per 1,000 residents compares with 37.2 across Lincolnshire.")])
q("compare_partnerships", "How do the Gateshead and West Lindsey assessments deal with road safety?", [G, WL],
  "Gateshead treats it as information only: road safety is led by the council's highways service and no casualty figures are given. West Lindsey gives a full section: the Lincolnshire Road Safety Partnership leads, KSI casualties fell from 71 in 2017 to 64 in 2018, and the CSP supports Community Speed Watch.",
  [64, 71], ["highways", "Lincolnshire Road Safety Partnership"],
  [(G, "Road safety is led by the council's highways service and reported to the Board for information only."),
   (WL, "13.2 Road safety will remain a matter for the Lincolnshire Road Safety Partnership"),
   (WL, "KSI casualties fell from 71 to 64 (-9.9%)")])
q("compare_partnerships", "what do camden and west lindsey say about scams and fraud targeting older people", [C, WL],
  "Camden gives it a full section: Trading Standards had 284 reports of doorstep crime and scams from residents aged 65+ in 2013 (201 in 2012), losses of about £1.4 million, and 31 No Cold Calling Zones. West Lindsey mentions it briefly: 63 reports to Lincolnshire Trading Standards, 14 No Cold Calling Zones, and it is not a priority.",
  [284, 63], ["No Cold Calling Zones"],
  [(C, "received 284 reports of doorstep crime and scams from residents aged 65 or over in 2013"),
   (WL, "Lincolnshire Trading Standards received 63 reports of doorstep crime and scams")])
# ---------------------------------------------------------------- computed (5)
q("computed", "what share of gateshead's ASB was in bridges ward?", [G],
  "About 11.3%: Bridges recorded 1,118 of the borough's 9,915 ASB incidents in 2016/17 (1,118 / 9,915).",
  [11.3], ["Bridges"],
  [(G, "Bridges 7,900 1,986 251.4 1,118 141.5"), (G, "Gateshead 201,600 14,213 70.5 9,915 49.2")], tol=0.02)
q("computed", "How many times the district rate is Gainsborough South-West's crime rate?", [WL],
  "About 3.1 times: Gainsborough South-West had 192.5 crimes per 1,000 residents against 63.0 for West Lindsey (192.5 / 63.0 = 3.06).",
  [3.06], ["Gainsborough South-West"],
  [(WL, "Gainsborough South-West 5,600 2,750 1,078 192.5 38 13.8"), (WL, "West Lindsey 94,900 41,200 5,974 63.0 402 9.8")], tol=0.02)
q("computed", "what proportion of camden's total crime was in holborn and covent garden ward in 2013", [C],
  "About 19.9%: Holborn and Covent Garden had 6,176 of Camden's 31,054 total notifiable offences (6,176 / 31,054).",
  [19.9], ["Holborn and Covent Garden"],
  [(C, "| Holborn and Covent Garden | 13,400 | 6,176 | 460.9 | 1,304 | 97.3 |"),
   (C, "fell from 33,412 in 2012 to 31,054 in 2013")], tol=0.02)
q("computed", "gateshead ASB: how big was the drop from Q2 to Q4 2016/17, in %?", [G],
  "ASB fell from 2,811 incidents in Q2 (July to September 2016) to 1,975 in Q4 (January to March 2017), a drop of 836, or about 29.7%.",
  [29.7, 836], [],
  [(G, "ASB incidents 2,698 2,811 2,431 1,975 9,915")], tol=0.02)
q("computed", "what share of West Lindsey's 2018/19 hare coursing reports came in September to November?", [WL],
  "About 53.7%: 61 + 72 + 58 = 191 of the 356 reports in 2018/19 were made in September, October and November 2018.",
  [53.7, 191], [],
  [(WL, "Hare coursing reports 9 2 1 3 28 61 72 58 41 37 29 15 356")], tol=0.02)
# ---------------------------------------------------------------- narrative (5)
q("narrative", "why are bridges ward's crime and ASB rates so high - is it the NTE?", [G],
  "Bridges contains Gateshead town centre and the Quays. Its small resident population and the large number of visitors to the town centre and the Quays inflate its per-resident rates (251.4 crimes and 141.5 ASB incidents per 1,000). About 38% of its violence with injury is alcohol-related, clustering in the NTE on Friday and Saturday nights.",
  [251.4], ["town centre", "Quays"],
  [(G, "Its small resident population and the large number of visitors to the town centre and the Quays inflate its rates."),
   (G, "which includes Gateshead town centre and the Quays")])
q("narrative", "what does the west lindsey SA say about hare coursing and Operation Galileo?", [WL],
  "Hare coursing reports fell from 412 to 356; the season runs from late August to March and peaked in October 2018 (72). It is concentrated in Hemswell, Kelsey Wold, Stow, Torksey and Waddingham and Spital wards. Under Operation Galileo officers dispersed 118 people, seized 23 vehicles and reported 31 people under the Game Acts and the Hunting Act 2004.",
  [118, 23, 31], ["Operation Galileo", "Hemswell", "Torksey"],
  [(WL, "officers dispersed 118 people from West Lindsey land, seized 23 vehicles and reported 31"),
   (WL, "are concentrated in the Hemswell, Kelsey Wold, Stow, Torksey and Waddingham and Spital")])
q("narrative", "why did islamophobic hate crime rise in camden?", [C],
  "Islamophobic offences rose from 22 in 2012 to 38 in 2013, most of them in the weeks after the murder of Drummer Lee Rigby in Woolwich in May 2013, while racist and religious hate crime overall fell.",
  [22, 38], ["Lee Rigby"],
  [(C, "Islamophobic offences rose from 22 to 38, most of them in the weeks after the murder of Drummer Lee Rigby")])
q("narrative", "What explains the rise in violence and public order offences in Gateshead?", [G],
  "Largely recording changes: after the 2014 national inspection of crime data integrity, Northumbria Police changed how it records public order and violent offences, so part of the rise is better recording. Around half of the public order increase is put down to offences now recorded that were previously logged only as incidents; the police also report more disorder linked to the night-time economy and to large events at the Quays and the International Stadium.",
  [], ["recording", "night-time economy"],
  [(G, "Part of the rise described in this assessment is therefore the result of better recording"),
   (G, "Around half of the increase is attributed to the recording of offences")])
q("narrative", "why is business and community burglary red on the west lindsey scorecard?", [WL],
  "It rose 9.7% (402 to 441), beyond the 5% worsening threshold for Red. The assessment links it to a run of break-ins to farm outbuildings, workshops and village halls, several linked to the theft of tools and GPS equipment.",
  [9.7, 441], ["Red", "GPS"],
  [(WL, "| Business and community burglary | 402 | 441 | +9.7% | Red |"),
   (WL, "reflects a run of break-ins to farm outbuildings, workshops and village halls")])
# ---------------------------------------------------------------- recommendation (4)
q("recommendation", "what are gateshead's priorities for 2017/18?", [G],
  "Three priorities: Priority A, anti-social behaviour and deliberate fires; Priority B, domestic abuse and violence against women and girls; Priority C, violence, alcohol and the night-time economy. Exploitation (including modern slavery and CSE) and reducing re-offending are cross-cutting themes.",
  [], ["anti-social behaviour and deliberate fires", "domestic abuse and violence against women and girls", "violence, alcohol and the night-time economy"],
  [(G, "Priority A Anti-social behaviour and deliberate fires"),
   (G, "Priority C Violence, alcohol and the night-time economy"),
   (G, "Cross-cutting themes: exploitation (including modern slavery and child sexual exploitation);")])
q("recommendation", "west lindsey - what's recommended on fly-tipping?", [WL],
  "Recommendation 3: set up a multi-agency fly-tipping task group with the county council, targeting the ten worst-affected parishes, and publicise prosecutions. Fly-tipping sits under Strategic Priority 3 (rural crime and fly-tipping); incidents rose 7.3% to 1,204.",
  [], ["task group", "ten worst-affected parishes"],
  [(WL, "Recommendation 3: Set up a multi-agency fly-tipping task group with the county council"),
   (WL, "Strategic Priority 3: Rural crime and fly-tipping")])
q("recommendation", "camden's commitments on fraud against older residents for 2014/15?", [C],
  "Commitment 5: work with Trading Standards to set up at least 10 more No Cold Calling Zones and train front-line staff to spot financial abuse. Protecting vulnerable residents, including older people targeted by fraud, is one of the 2014/15 priorities.",
  [10], ["No Cold Calling Zones", "financial abuse"],
  [(C, "We will work with Trading Standards to set up at least 10 more No Cold Calling Zones"),
   (C, "including older people targeted by fraud")])
q("recommendation", "what did gateshead recommend doing about bonfire night?", [G],
  "R1: target joint police, council and fire service patrols on Felling, Deckham and High Fell in the six weeks before Bonfire Night, and extend the wheelie bin removal scheme to those three wards.",
  [], ["Felling", "Deckham", "High Fell", "wheelie bin"],
  [(G, "R1. Target joint police, council and fire service patrols on Felling, Deckham and High Fell"),
   (G, "in the six weeks before Bonfire Night, and extend the wheelie bin removal scheme")])
# ---------------------------------------------------------------- governance (3)
q("governance", "who chairs the gateshead community safety board?", [G],
  "Councillor Pauline Ellerby, Cabinet Member for Communities and Volunteering, Gateshead Council. The vice-chair is Superintendent Adrian Thwaites, Northumbria Police Southern Area Command.",
  [], ["Pauline Ellerby", "Adrian Thwaites"],
  [(G, "It is chaired by Councillor Pauline Ellerby, Cabinet Member for Communities and Volunteering"),
   (G, "The vice-chair is Superintendent Adrian Thwaites, Northumbria Police Southern Area Command.")])
q("governance", "Who is vice chair of the West Lindsey CSP?", [WL],
  "Inspector Gareth Dunmore of Lincolnshire Police, who leads the West Lindsey Neighbourhood Policing Team. The chair is Councillor Rosalind Fenwright.",
  [], ["Gareth Dunmore"],
  [(WL, "The vice-chair is Inspector Gareth Dunmore of Lincolnshire Police")])
q("governance", "who leads the VAWG work in camden", [C],
  "Dr Anita Sandhu, Camden's VAWG lead, chairs the VAWG Strategic Group, one of four delivery groups reporting to the Camden Community Safety Partnership Board (chaired by Councillor Imogen Rathbone).",
  [], ["Anita Sandhu"],
  [(C, "the VAWG Strategic Group (chaired by Dr Anita Sandhu, Camden's VAWG lead)")])
# ---------------------------------------------------------------- followup (2)
q("followup", ["what was the ASB rate in camden in 2013?", "and in gateshead?"], [C, G],
  "Camden: 45.2 calls to the police about ASB per 1,000 residents in 2013 (10,376 calls). Gateshead: 4,918.2 ASB incidents per 100,000 residents in 2016/17 (9,915 incidents), which is 49.2 per 1,000.",
  [45.2, 4918.2], [],
  [(C, "Calls to the police about ASB fell from 11,842 to 10,376 (-12.4%), 45.2 per 1,000 residents."),
   (G, "The borough's rate of 4,918.2 incidents per 100,000 residents is nevertheless higher")])
q("followup", ["which west lindsey ward has the highest ASB rate?", "how many incidents was that, and how does it compare with gainsborough east?"], [WL],
  "Gainsborough South-West: 702 ASB incidents in 2018/19, 125.4 per 1,000 residents. Gainsborough East had 541 (65.2 per 1,000), so South-West's rate is nearly twice East's.",
  [125.4, 702, 541], ["Gainsborough South-West", "Gainsborough East"],
  [(WL, "Gainsborough South-West alone recorded 702 incidents (125.4 per 1,000 residents)"),
   (WL, "Gainsborough South-West 702 125.4")])

for i, d in enumerate(Q, 1):
    d2 = {"id": f"d{i:03d}"}
    d2.update(d)
    Q[i - 1] = d2
with open(os.path.join(HERE, "..", "questions.jsonl"), "w") as fh:
    for d in Q:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(Q), "questions")

# ---------------------------------------------------------------- abstention
A = []
def un(question, docs, why):
    A.append({"type": "unanswerable", "question": question, "docs": docs,
              "answer": "The documents do not give this.", "figures": [], "terms": [], "evidence": [],
              "tolerance": 0.01, "abstain": True, "why": why})
def ctl(type, question, docs, answer, figures, terms, evidence, why, tol=0.01):
    A.append({"type": type, "question": question, "docs": docs, "answer": answer, "figures": figures,
              "terms": terms, "evidence": [list(e) for e in evidence], "tolerance": tol,
              "control": True, "why": why})

un("how many people were killed or seriously injured on gateshead's roads in 2016?", [G],
   "Gateshead 9.6 says road safety is reported for information only and 'Casualty figures are not reproduced in this assessment.' No KSI or casualty figure anywhere in the document (searched 'KSI', 'casualt', 'road'). West Lindsey gives KSI figures, but for West Lindsey.")
un("what was gateshead's ASB rate in 2014/15?", [G],
   "The Gateshead document covers 2016/17 against 2015/16 only; 2014/15 appears nowhere. Section 6.1 says ASB fell for the 'fourth successive' year but prints no earlier count or rate.")
un("how many deliberate fires were there in gainsborough south-west ward?", [WL],
   "West Lindsey 12.3 gives only a district figure (87 deliberate fires attended by Lincolnshire Fire and Rescue); no ward breakdown of fires exists (searched 'fire' in the ward tables and profiles). Ward-level fire data are in the Gateshead document only, for Gateshead wards.")
un("what is the fly-tipping rate in camden?", [C],
   "The Camden document never mentions fly-tipping (searched 'fly', 'tipping', 'waste'). Fly-tipping figures exist only in the West Lindsey document.")
un("who is the police and crime commissioner for lincolnshire?", [WL],
   "No PCC is named in the West Lindsey document (searched 'Commissioner', 'PCC'). The people named are the chair Rosalind Fenwright, vice-chair Gareth Dunmore, Helen Oxby and Paul Kitching.")
un("how many hate crimes were recorded in holborn and covent garden ward?", [C],
   "Camden's hate crime figures (Table 8.1) are borough-wide by strand only; Appendix A's ward tables give TNO, theft from the person, VWI and ASB calls, not hate crime.")
un("how does gateshead's knife crime rate compare with its most similar group?", [G],
   "Section 8 gives only knife crime counts (58 in 2016/17, 47 in 2015/16); no knife crime rate and no MSG, force or national comparator for knife crime is printed (Table 4.2 has no knife row).")
un("what was the crime rate in sunderland in 2016/17?", [G],
   "There is no document for Sunderland; the Gateshead assessment does not mention it (searched 'Sunderland'). The nearest is Gateshead's own 7,050.1 per 100,000.")
un("what percentage of domestic abuse victims in camden were men?", [C],
   "Camden section 7 gives DA offences (1,531), Safety Net victims supported (1,012), MARAC cases (298) and repeat share (24%) but no victim sex breakdown (searched 'male', 'men', 'female'). Gateshead gives 82% female for Gateshead, not Camden.")
un("how many police officers are there in the west lindsey neighbourhood policing team?", [WL],
   "The team is named (led by Inspector Gareth Dunmore) but no staffing number is printed; the only staff-like counts are 'two rural crime officers' and 34 IOM offenders. Searched 'officers', 'PCSO', 'staff'.")
un("how many hare coursing reports were there in west lindsey in 2016/17?", [WL],
   "Only 2017/18 (412) and 2018/19 (356) are given, in Table 9.1, Table 9.2 and the scorecard; 2016/17 is not covered anywhere.")
un("what is the youth re-offending rate in west lindsey?", [WL],
   "West Lindsey 12.2 and 12.4 give IOM offenders (34) and first time entrants (23) only; no youth or adult re-offending rate is printed (searched 're-offend', 'reoffend', 'proven'). Gateshead and Camden give re-offending rates for their own areas.")
un("what does the camden assessment say about county lines?", [C],
   "The Camden document (2013 data) never uses 'county lines' (searched 'county', 'lines', 'cuckoo'); it discusses gangs and open drug markets in Camden Town and King's Cross instead. County lines appear only in the West Lindsey document.")
un("how many gateshead residents are in drug treatment?", [G],
   "Gateshead 9.4 gives drug offences (391) and drug misuse deaths 2014-16 (31) but no treatment numbers (searched 'treatment'). West Lindsey gives 212 in treatment, for West Lindsey.")
un("what was camden's MOPAC 7 baseline for 2011/12?", [C],
   "The document says the MOPAC 7 target is a 20% reduction by March 2016 but prints no 2011/12 baseline; the MOPAC 7 table covers 2012 and 2013 only (totals 13,816 and 12,491).")

ctl("lookup_rate", "how many deliberate fires did the fire service attend in west lindsey?", [WL],
    "87 deliberate fires, most of them small outdoor fires; similar to the previous year.", [87], [],
    [(WL, "Lincolnshire Fire and Rescue attended 87 deliberate fires in the district")],
    "Control for the ward fire question: the district figure is printed in 12.3.")
ctl("compare_years", "how many knife crime offences did gateshead record in 2016/17, and the year before?", [G],
    "58 offences involving a knife or sharp instrument in 2016/17, up from 47 in 2015/16.", [58, 47], [],
    [(G, "The police recorded 58 offences involving a knife or sharp instrument in 2016/17")],
    "Control for the knife crime MSG comparison: counts are printed in section 8, comparators are not.")
ctl("lookup_rate", "how many west lindsey residents were in drug treatment at the end of march 2019?", [WL],
    "212 West Lindsey residents were in structured treatment with the county-wide service at the end of March 2019.", [212], [],
    [(WL, "reported 212 West Lindsey residents in structured treatment at the end of March 2019")],
    "Control for the Gateshead drug treatment question: printed in West Lindsey 12.5.")
ctl("narrative", "what share of domestic abuse victims in gateshead were female?", [G],
    "82 per cent of victims were female; the most common age group was 25 to 34.", [82], [],
    [(G, "Victims are overwhelmingly female (82 per cent), and the most common age group is 25 to 34.")],
    "Control for the Camden victims-by-sex question: printed in Gateshead section 7.")
ctl("compare_years", "how many homophobic hate crimes were recorded in camden in 2013?", [C],
    "141 homophobic hate crimes in 2013, up from 118 in 2012 (+19.5%), clustered in the NTE of Camden Town and Covent Garden.", [141, 118], [],
    [(C, "Homophobic hate crime 118 141 +19.5%"), (C, "Homophobic hate crime rose to 141, with offences clustered in the NTE")],
    "Control for the ward hate crime question: borough figures by strand are in Table 8.1 (one cell per line).")
ctl("lookup_rate", "first time entrants to youth justice in west lindsey?", [WL],
    "23 first time entrants to the youth justice system from West Lindsey in 2018/19.", [23], [],
    [(WL, "There were 23 first time entrants to the youth justice system from West Lindsey")],
    "Control for the youth re-offending rate question: FTEs are printed in 12.4, a re-offending rate is not.")
ctl("compare_years", "what was gateshead's ASB total in 2015/16?", [G],
    "10,842 ASB incidents in 2015/16, falling 8.6% to 9,915 in 2016/17.", [10842, 9915], [],
    [(G, "down 8.6 per cent on the 10,842 of the year before")],
    "Control for the 2014/15 ASB question: 2015/16 is the comparison year and is printed.")
ctl("lookup_rate", "how many people were killed or seriously injured on west lindsey's roads in 2018?", [WL],
    "64 (6 killed, 58 seriously injured) in 2018, down from 71 in 2017.", [64, 6, 58], [],
    [(WL, "2018 6 58 64 231 295"), (WL, "KSI casualties fell from 71 to 64 (-9.9%)")],
    "Control for the Gateshead KSI question: West Lindsey prints KSI figures in Table 11.1.")

for i, d in enumerate(A, 1):
    d2 = {"id": f"a{i:03d}"}
    d2.update(d)
    A[i - 1] = d2
with open(os.path.join(HERE, "..", "abstention.jsonl"), "w") as fh:
    for d in A:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(A), "abstention items")
