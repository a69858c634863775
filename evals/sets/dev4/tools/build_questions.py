"""Write questions.jsonl and abstention.jsonl for dev4 (run validate.py afterwards)."""
import json
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CD = "conwy-denbighshire_2016-17_community-safety-strategic-assessment.txt"
WI = "wiltshire_2018-19_community-safety-strategic-assessment.txt"
SA = "sandwell_2019-20_strategic-assessment.txt"

Q = []


def q(type_, question, docs, answer, figures, terms, evidence, tolerance=0.01, **kw):
    d = {"id": None, "type": type_}
    if isinstance(question, list):
        d["turns"] = question
    else:
        d["question"] = question
    d.update({"docs": docs, "answer": answer, "figures": figures, "tolerance": tolerance,
              "terms": terms, "evidence": [list(e) for e in evidence]})
    d.update(kw)
    return d


# ---------------- ward_hotspot (6)
Q += [
    q("ward_hotspot", "which wards in conwy & denbighshire have the highest crime rates? top 3 pls",
      [CD], "The top three electoral divisions by crime rate in 2015/16 were Rhyl West (267.0 crimes "
      "per 1,000 residents, 3.8 times the CSP rate), Tudno in Llandudno (202.2) and Rhyl South West "
      "(158.9).", [267.0, 202.2, 158.9], ["Rhyl West", "Tudno", "Rhyl South West"],
      [(CD, "1 Rhyl West Denbighshire 5,310 1,418 267.0 3.8x"),
       (CD, "2 Tudno Conwy 4,480 906 202.2 2.9x"),
       (CD, "3 Rhyl South West Denbighshire 5,040 801 158.9 2.2x")]),
    q("ward_hotspot", "ASB hotspots across Conwy/Denbs - which division is worst and how many times the CSP rate is it?",
      [CD], "Rhyl West has the highest ASB rate: 1,236 incidents, 232.8 per 1,000 residents, 4.6 times "
      "the CSP rate (50.7). Tudno is second at 136.6.", [232.8, 4.6], ["Rhyl West"],
      [(CD, "1 Rhyl West 1,236 232.8 4.6x")]),
    q("ward_hotspot", "which neighbourhood (LSOA) in wilts has the highest crime rate, and how does it compare with the county?",
      [WI], "Wiltshire 052A (Salisbury city centre, St Edmund and Milford) had the highest rate in "
      "2017/18: 1,254 crimes, 746.4 per 1,000 residents, 11.3 times the Wiltshire rate of 66.0.",
      [746.4, 11.3], ["Wiltshire 052A", "Salisbury"],
      [(WI, "1 Wiltshire 052A Salisbury city centre (St Edmund and Milford) 1,680 1,254 746.4 11.3")]),
    q("ward_hotspot", "Which community areas in Wiltshire have the worst crime rates?",
      [WI], "Salisbury (110.9 crimes per 1,000, 1.68 times the county rate), Trowbridge (94.5) and "
      "Chippenham (76.7) have the highest crime rates of the eighteen community areas.",
      [110.9, 94.5, 76.7], ["Salisbury", "Trowbridge", "Chippenham"],
      [(WI, "1 Salisbury 45,100 5,001 110.9 1.68 +18.4%"),
       (WI, "2 Trowbridge 43,200 4,081 94.5 1.43 +11.4%"),
       (WI, "3 Chippenham 46,800 3,588 76.7 1.16 +9.5%")]),
    q("ward_hotspot", "worst ward for crime in sandwell?", [SA],
      "West Bromwich Central: 3,224 crimes in 2018/19, 226.9 per 1,000 residents, 1.97 times the "
      "borough rate (114.9).", [226.9, 1.97], ["West Bromwich Central"],
      [(SA, "1 West Bromwich Central West Bromwich 14,210 3,224 226.9 1.97 +18.1%")]),
    q("ward_hotspot", "asb hotspot wards in sandwell - top 3?", [SA],
      "Highest ASB rates in 2018/19: West Bromwich Central (80.3 per 1,000, 1.71 times the borough "
      "rate), Soho and Victoria (59.6) and Greets Green and Lyng (55.9).", [80.3, 59.6, 55.9],
      ["West Bromwich Central", "Soho and Victoria", "Greets Green and Lyng"],
      [(SA, "1 West Bromwich Central 1,141 80.3 1.71"), (SA, "2 Soho and Victoria 952 59.6 1.27"),
       (SA, "3 Greets Green and Lyng 834 55.9 1.19")]),
]

# ---------------- lookup_rate (7)
Q += [
    q("lookup_rate", "what's denbighshire's overall crime rate per 1000?", [CD],
      "Denbighshire recorded 7,197 crimes in 2015/16, a rate of 75.9 per 1,000 residents (Conwy "
      "66.6).", [75.9], ["Denbighshire"],
      [(CD, "Denbighshire 6,576 6,775 7,197 75.9 +6.2% ↑")]),
    q("lookup_rate", "DA incidents per 1,000 in Conwy in 15/16?", [CD],
      "Conwy recorded 1,911 domestic abuse incidents in 2015/16, 16.4 per 1,000 residents.",
      [16.4, 1911], ["Conwy"], [(CD, "Conwy 1,698 1,802 1,911 +12.5% ↑ 16.4")]),
    q("lookup_rate", "wiltshire asb rate per 1000 residents 2017/18", [WI],
      "15,208 ASB incidents in 2017/18, a rate of 31.0 per 1,000 residents.", [31.0, 15208], [],
      [(WI, "ASB incidents 31.0 35.6 32.1 30.9 7 of 15"),
       (WI, "Wiltshire 15,208 31.0 1.00")]),
    q("lookup_rate", "rate of violence with injury in Wiltshire?", [WI],
      "Violence with injury was 8.6 offences per 1,000 residents in the year to March 2018 (4,236 "
      "offences).", [8.6], [], [(WI, "Violence with injury 8.6 9.8 8.9 7.6 11 of 15")]),
    q("lookup_rate", "robbery rate sandwell 2018/19", [SA],
      "1,012 robberies in 2018/19, 3.08 per 1,000 residents (shown as 3.1 in the comparator table).",
      [3.08], [], [(SA, "Robbery 850 1,012 +19.1% 3.08 2.7")], tolerance=0.02),
    q("lookup_rate", "overall crime rate in sandwell per 1,000 pop?", [SA],
      "37,735 recorded crimes in 2018/19, 114.9 per 1,000 residents (114.92 in Table 3.1).",
      [114.9], [], [(SA, "All recorded crime 34,221 37,735 +10.3% 114.92 100.0"),
                    (SA, "The rate of 114.9 crimes per 1,000 residents")], tolerance=0.02),
    q("lookup_rate", "crime rate for smethwick as a town (not the ward)?", [SA],
      "Smethwick town (four wards, 58,980 people) had 7,635 crimes allocated to wards, a rate of "
      "129.5 per 1,000; the Smethwick ward on its own is 135.0.", [129.5], ["Smethwick"],
      [(SA, "Smethwick 4 58,980 7,635 129.5 20.3")]),
]

# ---------------- compare_local_force (5)
Q += [
    q("compare_local_force", "how does conwy and denbighshire's crime rate compare to north wales and the welsh average?",
      [CD], "In 2015/16 the CSP's rate was 70.8 crimes per 1,000, above the North Wales force area "
      "(67.4) and the Welsh average (63.1).", [70.8, 67.4, 63.1], [],
      [(CD, "All recorded crime 66.6 75.9 70.8 67.4 63.1")]),
    q("compare_local_force", "is denbighshire's ASB rate higher than the force's?", [CD],
      "Yes: Denbighshire had 57.2 ASB incidents per 1,000 residents against 46.2 for North Wales "
      "(and 36.8 for Wales).", [57.2, 46.2], ["North Wales"],
      [(CD, "ASB incidents 45.5 57.2 50.7 46.2 36.8")]),
    q("compare_local_force", "wilts vs family group for all crime?", [WI],
      "Wiltshire's rate was 66.0 per 1,000, above the Family Group average of 64.8 but below the "
      "force area (71.2, which includes Swindon); 9th of 15 in its MSG.", [66.0, 64.8],
      ["Family Group"], [(WI, "All crime 66.0 71.2 64.8 58.3 9 of 15")]),
    q("compare_local_force", "Where does Wiltshire sit in its MSG for violence with injury?", [WI],
      "11th of 15 (its weakest position): 8.6 per 1,000 against an MSG average of 7.6.",
      [11, 8.6, 7.6], [], [(WI, "Violence with injury 8.6 9.8 8.9 7.6 11 of 15")]),
    q("compare_local_force", "vehicle crime - sandwell vs west mids force and the msg?", [SA],
      "Sandwell 11.9 vehicle offences per 1,000, above the West Midlands force area (11.6) and the "
      "MSG average (10.2); 13th of 15 in the MSG.", [11.9, 11.6, 10.2], [],
      [(SA, "Vehicle offences 11.9 11.6 10.2 7.6 13th of 15")]),
]

# ---------------- compare_partnerships (4)
Q += [
    q("compare_partnerships", "which has the higher overall crime rate - conwy & denbighshire or wiltshire?",
      [CD, WI], "Conwy and Denbighshire: 70.8 crimes per 1,000 (2015/16) against Wiltshire's 66.0 "
      "(2017/18), so Conwy and Denbighshire is higher (the years differ).", [70.8, 66.0],
      [], [(CD, "Conwy & Denbighshire CSP 13,678 14,081 14,944 70.8"),
           (WI, "Wiltshire 489,900 32,350 66.0 1.00 +11.4%")]),
    q("compare_partnerships", "ASB per head: wiltshire vs sandwell?", [WI, SA],
      "Sandwell 47.0 ASB incidents per 1,000 (15,431 in 2018/19) against Wiltshire 31.0 (15,208 in "
      "2017/18).", [47.0, 31.0], [],
      [(WI, "Wiltshire 15,208 31.0 1.00"), (SA, "Sandwell 15,431 47.0 1.00")]),
    q("compare_partnerships", "marac repeat rate in sandwell compared to conwy/denbighshire?", [CD, SA],
      "Sandwell's MARAC heard 739 cases with 31% repeats; Conwy and Denbighshire's heard 394 "
      "(almost four hundred) with about one in five (21%) repeats.", [31, 21], [],
      [(SA, "The MARAC heard 739 cases, of which 31% were repeats"),
       (CD, "heard almost four hundred cases (394) involving high-risk victims")]),
    q("compare_partnerships", "top LSOA hotspot in sandwell vs wiltshire - which has the higher crime rate?",
      [WI, SA], "Sandwell 012B (West Bromwich town centre) at 869.0 crimes per 1,000 is higher than "
      "Wiltshire 052A (Salisbury city centre) at 746.4.", [869.0, 746.4],
      ["Sandwell 012B", "Wiltshire 052A"],
      [(SA, "1 Sandwell 012B West Bromwich Central 1,710 1,486 869.0 7.6"),
       (WI, "1 Wiltshire 052A Salisbury city centre (St Edmund and Milford) 1,680 1,254 746.4 11.3")]),
]

# ---------------- compare_years (5)
Q += [
    q("compare_years", "domestic burglary trend over the last 3 yrs in conwy and denbighshire?", [CD],
      "Down each year: 711 (2013/14), 548 (2014/15), 490 (2015/16), -10.6% in the last year and "
      "almost a third lower over two years.", [711, 548, 490], [],
      [(CD, "Domestic burglary 711 548 490 -10.6% ↓")]),
    q("compare_years", "has ASB in Conwy gone up or down since 2013/14?", [CD],
      "ASB in Conwy went down each year: 5,912 in 2013/14, 5,604 in 2014/15 and 5,287 in 2015/16 (-5.7% on the year).",
      [5912, 5287], ["Conwy"], [(CD, "Conwy 5,912 5,604 5,287 -5.7% ↓ 45.5")]),
    q("compare_years", "stalking & harassment in wiltshire 15/16 vs 17/18?", [WI],
      "More than doubled: 1,178 in 2015/16 to 2,874 in 2017/18 (1,897 in 2016/17; +51.5% in the "
      "last year).", [1178, 2874], [],
      [(WI, "Stalking and harassment 1,178 1,897 2,874 +51.5% Up")]),
    q("compare_years", "how much did knife crime go up in sandwell last year", [SA],
      "From 986 to 1,118 offences, up 13.4%.", [986, 1118, 13.4], [],
      [(SA, "rose from 986² to 1,118 offences, up 13.4%")]),
    q("compare_years", "sandwell robbery - change on the previous year?", [SA],
      "Robbery rose from 850 in 2017/18 to 1,012 in 2018/19, +19.1% (almost a fifth).",
      [850, 1012, 19.1], [], [(SA, "Robbery 850 1,012 +19.1% 3.08 2.7")]),
]

# ---------------- computed (6)
Q += [
    q("computed", "what share of the partnership's crime is in Denbighshire?", [CD],
      "Denbighshire had 7,197 of the 14,944 crimes in 2015/16, about 48.2%.", [48.2], ["Denbighshire"],
      [(CD, "Denbighshire 6,576 6,775 7,197 75.9 +6.2% ↑"),
       (CD, "Conwy & Denbighshire CSP 13,678 14,081 14,944 70.8")], tolerance=0.02),
    q("computed", "by what % did violence against the person rise in denbighshire between 2013/14 and 2015/16?",
      [CD], "In Denbighshire, from 1,715 to 2,318 offences, a rise of about 35.2%.", [35.2], ["Denbighshire"],
      [(CD, "Violence against the person 1,715 1,993 2,318 +16.3% ↑")], tolerance=0.02),
    q("computed", "what proportion of wiltshire's recorded crime is in the salisbury community area?",
      [WI], "Salisbury had 5,001 of 32,350 crimes in 2017/18, about 15.5%.", [15.5], ["Salisbury"],
      [(WI, "1 Salisbury 45,100 5,001 110.9 1.68 +18.4%"),
       (WI, "Wiltshire 489,900 32,350 66.0 1.00 +11.4%")], tolerance=0.02),
    q("computed", "how many more DA crimes did wiltshire record in 17/18 than the year before?", [WI],
      "4,518 against 3,761: 757 more (+20.1%).", [757], [],
      [(WI, "2017/18 Wiltshire Police recorded 4,518"),
       (WI, "Domestic abuse-related crimes 3,104 3,761 4,518 +20.1% Up")], tolerance=0.02),
    q("computed", "what % of sandwell knife crime was in west brom?", [SA],
      "Figure 3 gives 329 of 1,118 knife offences in West Bromwich, about 29.4%.", [29.4],
      ["West Bromwich"], [(SA, "Figure 3: Knife crime offences by town, 2018/19"),
                          (SA, "West Bromwich Smethwick Oldbury Tipton Rowley Regis Wednesbury")],
      tolerance=0.02),
    q("computed", "how many times higher is West Brom Central's crime rate than Great Barr with Yew Tree's?",
      [SA], "West Bromwich Central 226.9 against Great Barr with Yew Tree 73.0 per 1,000: about 3.1 times.", [3.1],
      ["West Bromwich Central", "Great Barr with Yew Tree"],
      [(SA, "1 West Bromwich Central West Bromwich 14,210 3,224 226.9 1.97 +18.1%"),
       (SA, "24 Great Barr with Yew Tree West Bromwich 13,050 953 73.0 0.64 +7.2%")], tolerance=0.02),
]

# ---------------- narrative (4)
Q += [
    q("narrative", "why is crime so high in rhyl west?", [CD],
      "Rhyl West (267.0 per 1,000) combines the town's promenade and night-time economy, a large "
      "private rented sector in former guest houses and high levels of need; many residents are "
      "victims as well as the subject of calls for service.", [], ["private rented sector"],
      [(CD, "a large private rented sector in former guest houses, and high levels of need")]),
    q("narrative", "what's behind the jump in stalking and harassment in wilts?", [WI],
      "Mainly recording: the Home Office change in April 2017 to count malicious communications in "
      "this group, and better recording of harassment in domestic abuse cases.", [],
      ["malicious communications"],
      [(WI, "Office change in April 2017 to count malicious communications offences in this group")]),
    q("narrative", "what effect did the novichok poisoning have on salisbury according to the SA?", [WI],
      "Parts of the city centre closed for several months and footfall in April-May 2018 was around "
      "a fifth lower; 2017/18 crime data are largely unaffected, but lower NTE violence and more ASB "
      "in empty premises are expected in 2018/19.", [], ["footfall", "empty premises"],
      [(WI, "Footfall in the city centre in April and May 2018 was around a fifth lower")]),
    q("narrative", "what does the sandwell assessment say about county lines?", [SA],
      "Sandwell is mainly an exporting area: 23 lines run from the borough into Shropshire, "
      "Staffordshire, Wales and Gloucestershire; six OCGs are based there and at least 57 young "
      "people were at risk of criminal exploitation, up from 26.", [23, 57], ["exporting"],
      [(SA, "Sandwell is primarily an exporting area for county lines")]),
]

# ---------------- recommendation (3)
Q += [
    q("recommendation", "any recs on the NTE in the conwy denbighshire SA?", [CD],
      "R4: extend the Best Bar None scheme from Llandudno to Rhyl and Colwyn Bay for the 2017 "
      "summer season.", [], ["Best Bar None", "Rhyl", "Colwyn Bay"],
      [(CD, "R4. Extend the Best Bar None scheme from Llandudno to Rhyl and Colwyn Bay")]),
    q("recommendation", "what does wiltshire recommend on DA perpetrators?", [WI],
      "Recommendation (a): commission a domestic abuse perpetrator programme for perpetrators not "
      "subject to court orders, jointly with the Police and Crime Commissioner, by April 2019.", [],
      ["perpetrator programme", "Police and Crime Commissioner"],
      [(WI, "Commission a domestic abuse perpetrator programme for perpetrators not subject")]),
    q("recommendation", "what is sandwell proposing to do about car crime?", [SA],
      "Recommendation 11.4: target vehicle crime, where Sandwell is 13th of 15 in its MSG, through a "
      "joint campaign with West Midlands Police on keyless car theft.", [13],
      ["keyless car theft"],
      [(SA, "Target vehicle crime, where Sandwell ranks 13th of 15 in its MSG")]),
]

# ---------------- governance (3)
Q += [
    q("governance", "who co-chairs the joint csp board for conwy and denbighshire?", [CD],
      "Superintendent Gareth Morfudd-Jones (North Wales Police, Central area) and, in 2016-17, Elin "
      "Tegwen Parry, Head of Community Support Services at Denbighshire County Council; the Board "
      "reports to the Conwy and Denbighshire Public Services Board.", [],
      ["Gareth Morfudd-Jones", "Elin Tegwen Parry"],
      [(CD, "Superintendent Gareth Morfudd-Jones"), (CD, "the council co-chair is Elin Tegwen Parry")]),
    q("governance", "who chairs the wiltshire csp and who does it report to?", [WI],
      "Alistair Brennock-Hayes (Corporate Director, Wiltshire Council) chairs it, with Superintendent "
      "Joanna Vellacott as vice-chair; it reports to the Wiltshire Health and Wellbeing Board and is "
      "scrutinised by the Overview and Scrutiny Management Committee.", [],
      ["Alistair Brennock-Hayes", "Health and Wellbeing Board"],
      [(WI, "The Community Safety Partnership Board is chaired by Alistair Brennock-Hayes"),
       (WI, "It meets four times a year and reports to the Wiltshire Health and Wellbeing")]),
    q("governance", "how much does the PCC give safer sandwell?", [SA],
      "\u00a3412,000 a year from the West Midlands Police and Crime Commissioner's Community Safety "
      "Fund.", [412000], ["Community Safety Fund"],
      [(SA, "The partnership receives £412,000 a year from the West Midlands Police and")]),
]

# ---------------- followup (4)
Q += [
    q("followup", ["whats the domestic burglary rate in conwy?", "and in denbighshire?",
                   "are they above or below the welsh average?"], [CD],
      "Conwy 2.3 and Denbighshire 2.4 domestic burglaries per 1,000 residents in 2015/16; both are "
      "below the Welsh average of 3.4.", [2.3, 2.4, 3.4], [],
      [(CD, "Domestic burglary 2.3 2.4 2.3 2.6 3.4")]),
    q("followup", ["how many crimes in the trowbridge community area last year?", "and what rank is that?",
                   "what about westbury?"], [WI],
      "Trowbridge recorded 4,081 crimes in 2017/18 and ranks 2nd of 18 by rate (94.5 per 1,000). "
      "Westbury recorded 1,150 crimes and ranks 7th (68.5).", [4081, 1150], ["Trowbridge", "Westbury"],
      [(WI, "2 Trowbridge 43,200 4,081 94.5 1.43 +11.4%"), (WI, "7 Westbury 16,800 1,150 68.5 1.04")]),
    q("followup", ["DA crimes in sandwell 2018/19?", "and the year before?"], [SA],
      "6,842 domestic abuse-related crimes in 2018/19, up from 5,961 in 2017/18.", [6842, 5961], [],
      [(SA, "recorded 6,842⁴ domestic abuse-related crimes in Sandwell in 2018/19, up from 5,961")]),
    q("followup", ["how many KSIs on wiltshire's roads?", "what about sandwell?"], [WI, SA],
      "Wiltshire: 223 killed or seriously injured in calendar year 2017. Sandwell: 97 in calendar "
      "year 2018 (104 in 2017).", [223, 97], [],
      [(WI, "In calendar year 2017, 223 people were killed or seriously injured (KSI)"),
       (SA, "In calendar year 2018, 97 people were killed or seriously injured (KSI)")]),
]

A = []


def u(question, why):
    return {"id": None, "type": "unanswerable", "question": question, "docs": [], "answer": "",
            "figures": [], "tolerance": 0.01, "terms": [], "evidence": [], "abstain": True,
            "why": why}


A += [
    u("what was rhyl west's crime rate in 2014/15?",
      "Ward (division) table 5 and the ASB table 7 are 2015/16 only; grep 'Rhyl West' shows no earlier-year figure."),
    u("how many personal vs nuisance ASB incidents were there in denbighshire?",
      "No ASB category split for Conwy and Denbighshire; the document says the breakdown was not available (R6). The 27.4/64.8 split is Wiltshire's."),
    u("burglary rate per 1,000 households in conwy?",
      "Conwy and Denbighshire rates are per 1,000 residents only; no household counts or per-household rates anywhere."),
    u("what was conwy and denbighshire's position in its most similar group?",
      "The C&D document compares only with North Wales and Wales; 'MSG' and 'Most Similar' do not occur in it."),
    u("crime rate in swindon 2017/18?",
      "Swindon is mentioned only as part of the force area and has its own CSP; no Swindon figure is printed and no document covers it."),
    u("how many DA crimes were recorded in the Trowbridge community area?",
      "Wiltshire gives DA only county-wide (4,518); it says reporting rates are highest in Trowbridge but prints no community-area DA figure."),
    u("knife crime in wiltshire in 2015/16?",
      "Knife crime is given for 2016/17 (143) and 2017/18 (187) only; the three-year tables have no knife crime row."),
    u("who is the police and crime commissioner for wiltshire?",
      "The PCC is referred to only by title in the Wiltshire document; grep for 'Commissioner' finds no name."),
    u("how many robberies were there in tipton?",
      "Sandwell gives robbery only borough-wide (1,012); the by-town Figure 3 is knife crime, and Table 2.1 gives all crime by town."),
    u("ASB incidents in smethwick ward last year?",
      "Table 5.2 lists only the six highest-rate wards for ASB; Smethwick is not among them and no full ward ASB table exists."),
    u("sandwell knife crime figure for 2016/17?",
      "Knife crime is given for 2017/18 (986) and 2018/19 (1,118) only."),
    u("sandwell's MSG position for sexual offences?",
      "Table 3.4 gives MSG positions for all crime, violence with injury, robbery, residential burglary and vehicle offences only."),
    u("what are dudley's community safety priorities?",
      "No document covers Dudley; the three documents are Conwy and Denbighshire, Wiltshire and Sandwell."),
    u("how many people were killed (not just seriously injured) on conwy's roads in 2015?",
      "C&D gives KSI only (58 in 2015, both counties combined); no fatalities figure and no county split. Wiltshire's '17 of them killed' is a different area."),
]

C = [
    q("ward_hotspot", "crime rate in rhyl west in 2015/16?", [CD],
      "Rhyl West: 267.0 crimes per 1,000 residents (1,418 crimes), 3.8 times the CSP rate.", [267.0],
      ["Rhyl West"], [(CD, "1 Rhyl West Denbighshire 5,310 1,418 267.0 3.8x")], control=True,
      why="Near miss of the 2014/15 question: the 2015/16 ward figure is printed in Table 5."),
    q("compare_years", "knife crime in wiltshire in 2016/17?", [WI],
      "143 offences in 2016/17, rising to 187 in 2017/18.", [143, 187], [],
      [(WI, "rose from 143 offences in 2016/17 to 187")], control=True,
      why="Near miss of the 2015/16 question: 2016/17 is given in prose in the serious violence section."),
    q("ward_hotspot", "ASB incidents in tipton green ward?", [SA],
      "Tipton Green had 759 ASB incidents in 2018/19, 53.2 per 1,000 (5th highest rate).", [759, 53.2], ["Tipton Green"],
      [(SA, "5 Tipton Green 759 53.2 1.13")], control=True,
      why="Near miss of the Smethwick ward ASB question: Tipton Green is in the top-six Table 5.2."),
    q("lookup_rate", "how many people were killed on wiltshire roads in 2017?", [WI],
      "17 were killed, out of 223 killed or seriously injured in calendar year 2017.", [17, 223], [],
      [(WI, "Wiltshire's roads, 17 of them killed")], control=True,
      why="Near miss of the Conwy fatalities question: Wiltshire prints the killed figure."),
    q("compare_local_force", "sandwell's msg position for residential burglary?", [SA],
      "7th of 15 (6.4 per 1,000 against an MSG average of 6.1), its best position.", [7, 6.4], [],
      [(SA, "Residential burglary 6.4 5.8 6.1 4.6 7th of 15")], control=True,
      why="Near miss of the sexual offences MSG question: burglary is in Table 3.4."),
    q("lookup_rate", "what share of wiltshire's ASB is personal ASB?", [WI],
      "27.4% of ASB incidents in 2017/18 were personal (nuisance 64.8%, environmental 7.8%).", [27.4],
      [], [(WI, "Personal 27.4 Nuisance 64.8 Environmental 7.8")], control=True,
      why="Near miss of the Denbighshire ASB category question: Wiltshire prints a share table."),
]

for i, d in enumerate(Q, 1):
    d["id"] = f"e{i:03d}"
for i, d in enumerate(A + C, 1):
    d["id"] = f"a{i:03d}"
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for d in Q:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "abstention.jsonl"), "w", encoding="utf-8") as fh:
    for d in A + C:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(Q), len(A), len(C))
