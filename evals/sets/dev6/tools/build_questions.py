"""Write questions.jsonl, abstention.jsonl and computed.jsonl for dev6 (snippets copied from the corpus)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, os.pardir)
D = "derby_2019_community-safety-strategic-assessment.txt"
R = "rochdale_2023-24_community-safety-strategic-assessment.txt"
E = "exeter_2024_community-safety-strategic-assessment.txt"


def q(type_, text, docs, answer, figures=(), terms=(), evidence=(), tol=0.0, **extra):
    o = {"type": type_}
    if isinstance(text, list):
        o["turns"] = text
    else:
        o["question"] = text
    o.update({"docs": list(docs), "answer": answer, "figures": list(figures),
              "tolerance": tol if tol else (0.02 if type_ == "computed" else 0.01),
              "terms": list(terms), "evidence": [list(e) for e in evidence], "abstain": type_ == "unanswerable"})
    o.update(extra)
    return o


QUESTIONS = [
    # ward_hotspot
    q("ward_hotspot", "which derby ward had the most violence in 2018/19, and what share of the city total was it?", [D],
      "Arboretum: 2,088 violence against the person offences, 22.2% of the city's 9,417 (110.5 per 1,000).",
      [2088, 22.2], ["Arboretum"], [(D, "Arboretum 2,088 110.5 22.2")]),
    q("ward_hotspot", "Which Rochdale ward has the highest residential burglary rate?", [R],
      "Milkstone and Deeplish: 88 burglaries in 2022/23, 68.2 per 10,000 residents (borough 49.0).",
      [88, 68.2], ["Milkstone and Deeplish"],
      [(R, "| Milkstone and Deeplish | 12,900 | 1,933 | 1,985 | 1,538.8 | 750 | 581.4 | 88 | 68.2 |")]),
    q("ward_hotspot", "where's ASB worst in Exeter? number of incidents pls", [E],
      "St David's (the city centre ward) had the most ASB: 658 incidents in 2023, 60.4 per 1,000 residents.",
      [658], ["St David's"], [(E, "St David's had the most ASB incidents (658)"), (E, "St David's 723 658 -9% 60.4")]),
    q("ward_hotspot", "top 3 wards for ASB in Derby last year (2018/19)?", [D],
      "By incidents: Arboretum 1,993, Normanton 1,096 and Abbey 797 (city total 9,874).",
      [1993, 1096, 797], ["Arboretum", "Normanton", "Abbey"],
      [(D, "Arboretum 2,041 1,993 105.4 ▼ 2%"), (D, "Normanton 1,194 1,096 62.3 ▼ 8%"), (D, "Abbey 921 797 51.1 ▼ 13%")]),
    q("ward_hotspot", "After Central Rochdale, which ward has the next highest violence rate?", [R],
      "Milkstone and Deeplish, with 750 violence offences, 581.4 per 10,000 residents (Central Rochdale 839.6).",
      [750, 581.4], ["Milkstone and Deeplish"], [(R, "| Milkstone and Deeplish | 750 | 581.4 |")]),
    # lookup_rate
    q("lookup_rate", "derby residential burglary rate per 1,000 households 18/19", [D],
      "13.1 per 1,000 households (1,478 residential burglaries).", [13.1], [],
      [(D, "The city rate was 13.1 per 1,000 households")]),
    q("lookup_rate", "What is Rochdale's overall crime rate?", [R],
      "1,093.6 crimes per 10,000 residents in 2022/23 (24,618 crimes).", [1093.6], [],
      [(R, "The borough's crime rate was 1,093.6 per 10,000 residents")]),
    q("lookup_rate", "Exeter DA crime rate 2023?", [E],
      "13.1 domestic abuse crimes per 1,000 residents (1,811 DA crimes in 2023).", [13.1, 1811], [],
      [(E, "of which 1,811 were crimes (2022: 1,744), a rate of 13.1 DA crimes per 1,000")]),
    q("lookup_rate", "Normanton crime rate?", [D],
      "Normanton recorded 3,270 crimes in 2018/19, a rate of 185.8 per 1,000 residents.", [3270, 185.8], [],
      [(D, "Normanton 17,600 3,181 3,270 185.8 ▲ 3%")]),
    q("lookup_rate", "rochdale domestic abuse crime rate 22/23", [R],
      "172.1 DA crimes per 10,000 residents (3,874 DA crimes).", [172.1], [],
      [(R, "The DA crime rate was 172.1 per 10,000 residents")]),
    q("lookup_rate", "What's the shoplifting rate in Exeter?", [E],
      "11.0 per 1,000 residents in 2023 (1,524 offences).", [11.0], [],
      [(E, "Shoplifting 1,108 1,524 +38% 11.0")]),
    # compare_local_force
    q("compare_local_force", "How does Derby's VAP rate compare with the MSG avg and the force?", [D],
      "35.2 per 1,000, above the MSG average of 33.1 and the Derbyshire force rate of 24.8; Derby is 11th of 15 in its MSG.",
      [35.2, 33.1, 24.8], [], [(D, "Violence against the person 35.2 33.1 24.8 11th of 15")]),
    q("compare_local_force", "is rochdale's shoplifting rate higher than the force?", [R],
      "Yes: 87.4 per 10,000 against 74.0 for the GMP force area (E&W 60.0).", [87.4, 74.0], [],
      [(R, "| Shoplifting | 1,517 | 1,968 | +29.7% | 87.4 | 74.0 | 60.0 |")]),
    q("compare_local_force", "Exeter violence rate vs Devon and the force area?", [E],
      "33.3 per 1,000 in 2023, against 22.4 for Devon and 20.6 for Devon and Cornwall (MSG average 31.8).",
      [33.3, 22.4, 20.6], [], [(E, "compares with an MSG average of 31.8, a Devon rate of 22.4 and a force rate of 20.6"),
                               (E, "a rate of 33.3 per 1,000")]),
    q("compare_local_force", "Rochdale positive outcome rate compared with GMP as a whole", [R],
      "9.8% in 2022/23 (down from 11.3%), below the Force rate of 10.6%.", [9.8, 10.6], [],
      [(R, "was 9.8% in 2022/23, compared with 11.3% in 2021/22"), (R, "The Force rate was 10.6%.")]),
    q("compare_local_force", "derby shoplifting rate v similar areas", [D],
      "10.7 per 1,000, above the MSG average of 9.7 (force 6.2); 10th of 15 in the MSG.", [10.7, 9.7], [],
      [(D, "Shoplifting 10.7 9.7 6.2 10th of 15")]),
    # compare_years
    q("compare_years", "Was knife crime up or down in Derby compared with the year before?", [D],
      "Up: offences involving a knife or sharp instrument rose from 187 in 2017/18 to 214 in 2018/19.", [187, 214], [],
      [(D, "Offences involving a knife or sharp instrument rose from 187 in 2017/18 to 214 in 2018/19")]),
    q("compare_years", "how did ASB change 21/22 to 22/23 in rochdale", [R],
      "Down 11.6%, from 7,845 incidents to 6,932.", [7845, 6932, 11.6], [],
      [(R, "GMP recorded 6,932 ASB incidents in 2022/23, -11.6% on the 7,845 recorded in 2021/22")]),
    q("compare_years", "NTE violence exeter 2023 vs 2022", [E],
      "698 offences in 2023, up from 655 in 2022 (+7%).", [698, 655, 7], [],
      [(E, "NTE violence offences in 2023, up from 655 in 2022 (+7%)")]),
    q("compare_years", "Rochdale repeat DA victims - has it got worse?", [R],
      "Yes: repeat victims rose from 27.4% to 29.1% of DA victims, +1.7 percentage points.", [27.4, 29.1, 1.7], [],
      [(R, "| Repeat victims² (%) | 27.4 | 29.1 | +1.7 pp |")]),
    q("compare_years", "Residential burglary in Derby: 2018/19 against 2017/18?", [D],
      "Fell from 1,610 to 1,478 offences, an 8% reduction.", [1610, 1478, 8], [],
      [(D, "Residential burglary fell from 1,610 offences in 2017/18 to 1,478 in 2018/19")]),
    # compare_partnerships
    q("compare_partnerships", "Which had the higher overall crime rate per 1,000 residents: Derby (2018/19) or Exeter (2023)?", [D, E],
      "Derby: 104.2 per 1,000 against Exeter's 90.0 per 1,000.", [104.2, 90.0], ["Derby"],
      [(D, "All recorded crime (per 1,000 residents) 104.2 98.6 71.3"), (E, "All crime 11,903 12,486 +5% 90.0")]),
    q("compare_partnerships", "Shoplifting has gone up in both Rochdale and Exeter - which rose faster?", [R, E],
      "Exeter: +38% (1,108 to 1,524) against Rochdale's +29.7% (1,517 to 1,968).", [38, 29.7], ["Exeter"],
      [(R, "Shoplifting rose from 1,517 to 1,968 offences (+29.7%)"), (E, "Shoplifting rose from 1,108 offences in 2022 to 1,524 in 2023 (+38%)")]),
    q("compare_partnerships", "compare MARAC repeat rates derby and rochdale", [D, R],
      "Derby's MARAC heard 612 cases with 31% repeats; Rochdale's heard 498 cases with 36% repeats.", [31, 36], [],
      [(D, "heard 612 cases involving high-risk victims, of which 31% were repeat cases"), (R, "MARAC heard 498 cases, 36% of them repeat cases")]),
    # computed
    q("computed", "What share of Derby's ASB incidents were in Arboretum?", [D],
      "Arboretum: 1,993 / 9,874 = 20.2%.", [20.2, 1993, 9874], ["Arboretum"],
      [(D, "Arboretum 2,041 1,993 105.4 ▼ 2%"), (D, "DERBY CITY 10,652 9,874 36.9 ▼ 7%")]),
    q("computed", "How many times the Force rate is Rochdale's shoplifting rate?", [R],
      "87.4 / 74.0 = 1.18 times the Force rate.", [1.18, 87.4, 74.0], [],
      [(R, "| Shoplifting | 1,517 | 1,968 | +29.7% | 87.4 | 74.0 | 60.0 |")]),
    q("computed", "what % of exeter violence was in St David's?", [E],
      "St David's: 1,281 / 4,612 = 27.8% (the city total is in Table 1 and §4.1, not in the ward table).", [27.8, 1281, 4612], ["St David's"],
      [(E, "St David's 1,281 117.5"), (E, "Violence against the person rose from 4,398 offences in 2022 to 4,612 in 2023")]),
    q("computed", "Gap between the highest and lowest ward burglary rates in Derby (per 1,000 households)?", [D],
      "Arboretum 20.4 - Chellaston/Spondon 7.9 = 12.5 per 1,000 households.", [12.5, 20.4, 7.9], ["Arboretum"],
      [(D, "Arboretum 7,600 155 20.4"), (D, "Chellaston 7,300 58 7.9"), (D, "Spondon 6,200 49 7.9")]),
    q("computed", "By how many offences did violence rise in Rochdale in 22/23?", [R],
      "9,204 - 8,811 = 393 more offences.", [393, 9204, 8811], [],
      [(R, "| Violence against the person | 8,811 | 9,204 | +4.5% |")]),
    # narrative
    q("narrative", "Why is Arboretum's crime rate so much higher than other Derby wards?", [D],
      "The city centre is in Arboretum, so its counts include a large volume of shoplifting and night-time economy offences against people who do not live there, inflating the rate per resident.",
      [], ["city centre", "shoplifting"], [(D, "Because the city centre sits within Arboretum ward, its counts include a large volume of shoplifting")]),
    q("narrative", "why is there no NTE violence figure for Rochdale this year?", [R],
      "The NTE flag used in previous years was withdrawn when GMP changed systems, so the CSP holds no separate count for 2022/23 (recommendation R3 is to restore it).",
      [], ["flag"], [(R, "separate count of NTE offences for 2022/23 because the flag used in previous years was withdrawn")]),
    q("narrative", "What's behind the ASB in Duryard and St James?", [E],
      "Duryard and St James had 346 incidents, mostly noise and party complaints during term time linked to the student population; the joint University and council Respect campaign and student community wardens operate there.",
      [346], ["noise", "Respect"], [(E, "Duryard and St James had 346 incidents, many of them noise and party complaints during term time")]),
    q("narrative", "What are Derby CSP's priorities for 2019-22?", [D],
      "Four: reducing violence (including DA, sexual violence and the NTE); tackling anti-social behaviour (ASB) and neighbourhood crime; protecting vulnerable people from exploitation including county lines; and reducing the harm caused by drugs and alcohol.",
      [], ["violence", "anti-social behaviour", "exploitation", "drugs and alcohol"],
      [(D, "Priority 1 Reducing violence, including domestic abuse, sexual violence and the NTE"),
       (D, "Priority 4 Reducing the harm caused by drugs and alcohol")]),
    # recommendation
    q("recommendation", "derby R4 - what is it and who owns it", [D],
      "Target burglary prevention (target hardening and key-safe advice) at Arboretum, Normanton and Abbey; owner Derbyshire Constabulary (Derby Division).",
      [], ["Arboretum", "Normanton", "Abbey", "Derbyshire Constabulary"],
      [(D, "R4 Target burglary prevention (target hardening and key-safe advice) at"), (D, "Owner: Derbyshire Constabulary (Derby Division)")]),
    q("recommendation", "What does the Rochdale assessment recommend on retail crime / shoplifting?", [R],
      "R1: develop a town centre retail crime plan with the Business Improvement District, led by the Neighbourhoods Group, reporting by Dec 2023.",
      [], ["Business Improvement District", "Neighbourhoods Group"],
      [(R, "| R1 | Develop a town centre retail crime plan with the Business Improvement District | Neighbourhoods Group")]),
    q("recommendation", "any recs about student areas in Exeter?", [E],
      "Recommendation 5: extend the student community wardens to Newtown and St Leonard's and Mincinglake and Whipton.",
      [], ["student community wardens", "Newtown and St Leonard's", "Mincinglake and Whipton"],
      [(E, "Recommendation 5. Extend the student community wardens to Newtown and St Leonard's")]),
    # governance
    q("governance", "who chairs the rochdale CSP?", [R],
      "Councillor Yasmin Haworth-Dunne, Cabinet Member for Communities and Co-operatives; vice-chair Chief Superintendent Gareth Minshull-Ede.",
      [], ["Yasmin Haworth-Dunne"], [(R, "is chaired by Councillor Yasmin Haworth-Dunne, Cabinet Member for Communities")]),
    q("governance", "Who chairs the VAWG group in Exeter?", [E],
      "Delyth Carrow-Mensah of Devon County Council chairs the VAWG Delivery Group.",
      [], ["Delyth Carrow-Mensah"], [(E, "the VAWG Delivery Group, chaired by Delyth Carrow-Mensah of Devon County Council")]),
    # followup
    q("followup", ["How many DA crimes did Derby record in 2018/19?", "and per 1,000 residents?"], [D],
      "4,308 domestic abuse-related crimes (up from 3,962); a rate of 16.1 per 1,000 residents.", [4308, 16.1], [],
      [(D, "Of these, 4,308 were recorded as crimes"), (D, "The DA crime rate was 16.1 per 1,000 residents")]),
    q("followup", ["what was exeter's residential burglary figure for 2023?", "which ward had the most?"], [E],
      "311 residential burglaries (down from 344); Duryard and St James had the most, 31.", [311, 31], ["Duryard and St James"],
      [(E, "Residential burglary fell from 344 to 311 offences"), (E, "Duryard and St James 31 2.3")]),
]

U = "unanswerable"
ABST = [
    q(U, "How many knife crimes were there in Arboretum ward in 2018/19?", [D], "Not given: knife crime is not broken down by ward.",
      why="Derby gives knife crime (214) only for the city; it says the figures are not broken down by ward."),
    q(U, "how many DA victims in Derby were under 25?", [D], "Not given.",
      why="The assessment says it does not analyse DA by age group (only the knife crime section mentions under-25s)."),
    q(U, "Derby ASB rate compared with the MSG average?", [D], "Not given.",
      why="Section 7.1.1 says no MSG comparison is available for ASB."),
    q(U, "What was total recorded crime in Derby in 2019/20?", [D], "Not covered.",
      why="The assessment covers 2016/17 to 2018/19 only."),
    q(U, "Who chairs Derby's Reducing Reoffending Group?", [D], "Not named.",
      why="Only the Board chair, vice-chair and the DA and SV Board chair are named."),
    q(U, "How many NTE violence offences did Rochdale have in 2022/23?", [R], "Not given.",
      why="B.8 says the CSP holds no separate NTE count for 2022/23 because the flag was withdrawn."),
    q(U, "rochdale ASB rate vs the GMP force rate", [R], "Not given.",
      why="ASB is given as a count and a rate per 10,000, but no Force or E&W comparator is printed for ASB."),
    q(U, "How many of Rochdale's DA repeat victims were under 18?", [R], "Not given.",
      why="C.4 says age data are held by GMP but not analysed; repeat victims are only a percentage."),
    q(U, "How many alcohol-related violent offences were there in Central Rochdale?", [R], "Not given.",
      why="C.11 says no count is given because GMP no longer records an alcohol flag consistently."),
    q(U, "What was Rochdale's crime total in 2019/20?", [R], "Not covered.",
      why="A.4 says comparisons with 2019/20 and earlier are not made; the document gives 2020/21 to 2022/23."),
    q(U, "Exeter burglary rate per 1,000 households?", [E], "Not given.",
      why="§7.2 says burglary is not analysed per 1,000 households (only per 1,000 residents)."),
    q(U, "knife crime in St David's ward 2023?", [E], "Not given.",
      why="Exeter's 41 knife offences are not broken down by ward."),
    q(U, "What was the MARAC repeat rate in Exeter?", [E], "Not given.",
      why="§5.1a says MARAC repeat rates are recorded for Devon as a whole and not reported for Exeter."),
    q(U, "What % of St Thomas residents feel safe after dark?", [E], "Not given.",
      why="The residents' panel survey is not reported by ward."),
    q(U, "How many crimes did Exeter record in March 2022?", [E], "Not given.",
      why="Monthly figures (Table 3a) are for 2023 only; 2022 is given only as an annual total."),
    q(U, "Who chairs Exeter's City Centre ASB Group?", [E], "Not named.",
      why="The NTE and Serious Violence Group and VAWG Delivery Group chairs are named; the City Centre ASB Group's is not."),
    # controls
    q("lookup_rate", "How many knife crimes did Derby record in 2018/19?", [D],
      "214 offences involving a knife or sharp instrument (187 in 2017/18).", [214], [],
      [(D, "Offences involving a knife or sharp instrument rose from 187 in 2017/18 to 214 in 2018/19")],
      control=True, why="Control for i001: the city-wide knife crime figure is printed."),
    q("lookup_rate", "How many DA incidents did GMP record in Rochdale in 22/23?", [R],
      "6,214 domestic abuse incidents (6,388 in 2021/22), of which 3,874 were crimes.", [6214], [],
      [(R, "GMP recorded 6,214 domestic abuse incidents in 2022/23")],
      control=True, why="Control for i008: DA incidents are given, without an age breakdown."),
    q("lookup_rate", "Exeter residential burglary rate per 1,000 residents?", [E],
      "2.2 per 1,000 residents (311 offences in 2023).", [2.2], [],
      [(E, "Residential burglary fell from 344 to 311 offences (-10%), a rate of 2.2 per 1,000 residents")],
      control=True, why="Control for i011: the per-resident rate is printed."),
    q("lookup_rate", "How many crimes did Exeter record in March 2023?", [E],
      "993 crimes in March 2023 (Table 3a).", [993], [], [(E, "February 906 331 216 March 993 368 249")],
      control=True, why="Control for i015: 2023 monthly figures are printed."),
    q("compare_local_force", "rochdale burglary rate vs the force", [R],
      "49.0 per 10,000 residents against the Force rate of 57.2.", [49.0, 57.2], [],
      [(R, "a rate of 49.0 per 10,000 residents against the Force rate of 57.2")],
      control=True, why="Control for i007: burglary has a Force comparator, ASB does not."),
    q("governance", "Who chairs Derby's DA and SV Board?", [D],
      "Rukhsana Pellow-Grant.", [], ["Rukhsana Pellow-Grant"],
      [(D, "(DA and SV) Board, chaired by Rukhsana Pellow-Grant")],
      control=True, why="Control for i005: this delivery group chair is named."),
]

C = "computed"
COMP = [
    q(C, "Derby's VAP rate as a ratio of the MSG average?", [D], "35.2 / 33.1 = 1.06 times the MSG average.",
      [1.06, 35.2, 33.1], [], [(D, "Violence against the person 35.2 33.1 24.8 11th of 15")]),
    q(C, "What share of Derby's residential burglaries were in Arboretum, Normanton and Abbey combined?", [D],
      "(155 + 140 + 118) / 1,478 = 413 / 1,478 = 27.9%.", [27.9, 155, 140, 118, 1478], [],
      [(D, "Arboretum 7,600 155 20.4"), (D, "Normanton 6,900 140 20.3"), (D, "Abbey 6,500 118 18.2"),
       (D, "DERBY CITY 112,800 1,478 13.1")]),
    q(C, "how many more NTE violence offences in derby in 18/19 than 17/18?", [D], "1,146 - 1,083 = 63 more.",
      [63, 1146, 1083], [], [(D, "A further 1,146 took place in the night-time economy (NTE)"), (D, "Thursday to Sunday nights, compared with 1,083 in 2017/18")]),
    q(C, "Work out Derby's DA incident rate per 1,000 residents", [D],
      "7,421 / 267,300 x 1,000 = 27.8 incidents per 1,000.", [27.8, 7421, 267300], [],
      [(D, "recorded 7,421 domestic abuse (DA) incidents in Derby in 2018/19"), (D, "DERBY CITY 267,300 26,112 27,846 104.2")]),
    q(C, "Where does Derwent rank among Derby's 17 wards on violence rate per 1,000?", [D],
      "Rank = 4th of 17: ordering the rates, Arboretum 110.5 > Normanton 64.7 > Abbey 48.7 > Derwent 41.8 > Sinfin 41.6; Derwent is 5th by count but 4th by rate.",
      [4, 41.8, 41.6, 48.7], ["Derwent"], [(D, "Sinfin 712 41.6 7.6 Derwent 665 41.8 7.1"), (D, "Normanton 1,139 64.7 12.1 Abbey 759 48.7 8.1")]),
    q(C, "What share of ASB incidents allocated to wards was in Central Rochdale?", [R],
      "874 / 6,875 = 12.7% (6,875 allocated incidents, given in prose at B.16).", [12.7, 874, 6875], [],
      [(R, "| Central Rochdale | 874 | 652.2 |"), (R, "In total 6,875 incidents were allocated to a ward")]),
    q(C, "How does Rochdale's crime rate compare with England and Wales as a ratio?", [R],
      "1,093.6 / 897.0 = 1.22 times the E&W rate.", [1.22, 1093.6, 897.0], [],
      [(R, "| Total recorded crime¹ | 23,407 | 24,618 | +5.2% | 1,093.6 | 1,108.4 | 897.0 |")]),
    q(C, "gap between highest and lowest ward crime rates in Rochdale", [R],
      "Central Rochdale 2,407.5 - Bamford 417.8 = 1,989.7 per 10,000.", [1989.7, 2407.5, 417.8], [],
      [(R, "| Central Rochdale | 13,400 | 2,970 | 3,226 | 2,407.5 |"), (R, "| Bamford | 10,100 | 424 | 422 | 417.8 |")]),
    q(C, "How many percentage points is Rochdale's positive outcome rate below the Force?", [R],
      "10.6% - 9.8% = 0.8 percentage points below.", [0.8, 10.6, 9.8], [],
      [(R, "was 9.8% in 2022/23, compared with 11.3% in 2021/22"), (R, "The Force rate was 10.6%.")]),
    q(C, "What share of Rochdale's burglaries were in West Heywood and North Heywood together?", [R],
      "(61 + 62) / 1,102 = 123 / 1,102 = 11.2%.", [11.2, 61, 62, 1102], [],
      [(R, "| West Heywood | 10,900 | 1,297 | 1,390 | 1,275.2 | 544 | 499.1 | 61 | 56.0 |"),
       (R, "| North Heywood | 11,200 | 1,320 | 1,365 | 1,218.8 | 525 | 468.8 | 62 | 55.4 |"),
       (R, "Residential burglary: 1,102 offences, -7.2%.")]),
    q(C, "Rochdale hate crime rate per 10,000 - work it out", [R],
      "512 / 225,100 x 10,000 = 22.7 per 10,000.", [22.7, 512, 225100], [],
      [(R, "There were 512 hate crimes in 2022/23"), (R, "| ROCHDALE BOROUGH | 225,100 | 23,407 | 24,618 |")]),
    q(C, "How many times the Exeter rate is St David's crime rate?", [E],
      "312.4 / 90.0 = 3.47 times.", [3.47, 312.4, 90.0], [],
      [(E, "St David's 10,900 3,135 3,405 +9% 312.4"), (E, "Exeter (all wards) 138,700 11,903 12,486 +5% 90.0")]),
    q(C, "exeter all crime rate as a ratio to the MSG avg", [E],
      "90.0 / 86.9 = 1.04 times the MSG average.", [1.04, 90.0, 86.9], [],
      [(E, "Exeter (all wards) 138,700 11,903 12,486 +5% 90.0"), (E, "Devon 55.4 D&C 53.1 MSG avg 86.9")]),
    q(C, "Combined share of Exeter violence in St David's, St Thomas and Priory?", [E],
      "(1,281 + 438 + 387) / 4,612 = 2,106 / 4,612 = 45.7%.", [45.7, 1281, 438, 387, 4612], [],
      [(E, "St David's 1,281 117.5"), (E, "St Thomas 438 40.9 Priory 387 32.8"),
       (E, "Violence against the person rose from 4,398 offences in 2022 to 4,612 in 2023")]),
    q(C, "By how many points did feeling safe in Exeter city centre after dark fall?", [E],
      "57% - 52% = a fall of 5 percentage points.", [5, 57, 52], [],
      [(E, "52% felt safe in the city centre after dark"), (E, "lower than in 2022 (82% and 57%)")]),
    q(C, "how many more shoplifting offences in exeter in 2023 than 2022", [E],
      "1,524 - 1,108 = 416 more.", [416, 1524, 1108], [],
      [(E, "Shoplifting rose from 1,108 offences in 2022 to 1,524 in 2023 (+38%)")]),
]
for o in COMP:
    o["tolerance"] = 0.02


def dump(name, items, prefix):
    with open(os.path.join(SET, name), "w", encoding="utf-8") as fh:
        for k, o in enumerate(items, 1):
            o = {"id": f"{prefix}{k:03d}", **o}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(name, len(items))


for o in QUESTIONS:
    if o["type"] == "computed":
        o["tolerance"] = 0.02
dump("questions.jsonl", QUESTIONS, "h")
dump("abstention.jsonl", ABST, "i")
dump("computed.jsonl", COMP, "j")
