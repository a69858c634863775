#!/usr/bin/env python3
"""Write dev5 questions.jsonl and abstention.jsonl from the generators' figures."""
import json, os, re
import lewisham, canterbury, bradford
from common import r, f, n

HERE = os.path.dirname(os.path.abspath(__file__))
CORP = os.path.join(HERE, "..", "corpus")
L = "lewisham_2020_safer-lewisham-strategic-assessment.txt"
C = "canterbury_2023_community-safety-partnership-strategic-assessment.txt"
B = "bradford_2023-24_community-safety-strategic-assessment.txt"
TXT = {k: open(os.path.join(CORP, k), encoding="utf-8").read() for k in (L, C, B)}
_, FL = lewisham.build()
_, FC = canterbury.build()
_, FB = bradford.build()


def ev(doc, *subs, after=None):
    """The first line of doc containing every sub (after a line containing `after`), trimmed."""
    lines = TXT[doc].splitlines()
    start = 0
    if after:
        start = next(i for i, x in enumerate(lines) if after in x)
    for k, x in enumerate(lines[start:], start):
        if all(s in x for s in subs):
            x = re.sub(r"\s+", " ", x.strip())
            j = k + 1
            while len(x) < 20 and j < len(lines):
                x = (x + " " + re.sub(r"\s+", " ", lines[j].strip())).strip()
                j += 1
            if len(x) > 120:
                x = x[:120].rstrip()
            assert len(x) >= 20, (doc, subs, x)
            return [doc, x]
    raise KeyError((doc, subs, after))


def evs(doc, s):
    """A verbatim phrase from prose (must be 20-120 chars)."""
    assert 20 <= len(s) <= 120, s
    assert re.sub(r"\s+", " ", s) in re.sub(r"\s+", " ", TXT[doc]), s
    return [doc, s]


Q = []


def q(type_, question, docs, answer, figures, terms, evidence, tol=0.01, **kw):
    d = {"id": None, "type": type_}
    if isinstance(question, list):
        d["turns"] = question
    else:
        d["question"] = question
    d.update(docs=docs, answer=answer, figures=figures, terms=terms, evidence=evidence,
             tolerance=tol)
    d.update(kw)
    return d


def top(dct, key, rev=True, filt=None):
    items = [(w, v[key]) for w, v in dct.items() if v is not None and (filt is None or filt(w))]
    items.sort(key=lambda x: x[1], reverse=rev)
    assert items[0][1] != items[1][1], items[:2]
    return items

# ---------------------------------------------------------------- ward_hotspot
vt = top(FL["vw"], "rate")
Q.append(q("ward_hotspot", "which lewisham ward has the highest violence rate per 1k?", [L],
           f"{vt[0][0]} has the highest violence against the person rate in 2019, {f(vt[0][1])} per 1k pop "
           f"(borough {f(FL['br_v'])}).", [vt[0][1]], [vt[0][0]],
           [ev(L, f"| {vt[0][0]} ", after="Table 3.1")]))
bt = top(FL["bw"], "rate")
Q.append(q("ward_hotspot", "Top 3 wards for burglary rate in Lewisham 2019?", [L],
           f"{bt[0][0]} ({f(bt[0][1])} per 1k pop), {bt[1][0]} ({f(bt[1][1])}) and {bt[2][0]} ({f(bt[2][1])}).",
           [bt[0][1], bt[1][1], bt[2][1]], [bt[0][0], bt[1][0], bt[2][0]],
           [ev(L, f"| {bt[0][0]} ", after="Table 6.1"), ev(L, f"| {bt[1][0]} ", after="Table 6.1"),
            ev(L, f"| {bt[2][0]} ", after="Table 6.1")]))
at = top(FC["aw"], "a22", filt=lambda w: w != "Westgate")
Q.append(q("ward_hotspot", "Apart from Westgate, which Canterbury ward had the most ASB incidents in 2022?", [C],
           f"{at[0][0]}, with {n(at[0][1])} ASB incidents reported to police in 2022 (Westgate had "
           f"{n(FC['aw']['Westgate']['a22'])}).", [at[0][1]], [at[0][0]],
           [ev(C, at[0][0] + " ", after="Table H.")]))
rw = sorted([(w, v["c"]) for w, v in FC["rw"].items() if v and v["c"] > 10], key=lambda x: -x[1])
Q.append(q("ward_hotspot", "robbery hotspots canterbury - which wards had more than 10 robberies in 2022?", [C],
           "; ".join(f"{w} {c}" for w, c in rw) + f" (district total {FC['rob22']}).",
           [c for _, c in rw], [w for w, _ in rw],
           [ev(C, w + " ", after="Table F.") for w, _ in rw]))
kw = {w: v for w, v in FB["vw"].items() if bradford.CON_OF[w] == "Keighley"}
kt = top(kw, "rate")
Q.append(q("ward_hotspot", "In the Keighley constituency which ward has the worst violence rate?", [B],
           f"{kt[0][0]}: {n(FB['vw'][kt[0][0]]['v2'])} violence against the person offences in 2022/23, "
           f"{f(kt[0][1])} per 1k pop.", [kt[0][1]], [kt[0][0]],
           [ev(B, "  " + kt[0][0] + "  ", after="Violence against the person by ward, grouped")]))
lt = top(FB["tw"], "rate", rev=False)
Q.append(q("ward_hotspot", "Which Bradford ward has the lowest overall crime rate?", [B],
           f"{lt[0][0]} ({bradford.CON_OF[lt[0][0]]} constituency), {n(FB['tw'][lt[0][0]]['t2'])} crimes, "
           f"{f(lt[0][1])} per 1k pop in 2022/23.", [lt[0][1]], [lt[0][0]],
           [ev(B, "  " + lt[0][0] + "  ", after="All crime by ward, grouped")]))

# ---------------------------------------------------------------- lookup_rate
kn = FL["comp"]["Knife crime"]
Q.append(q("lookup_rate", "Lewisham knife crime rate per 1k pop 2019", [L],
           f"{f(kn[0])} knife crime offences per 1k pop in 2019 ({lewisham.KNIFE19} offences).",
           [kn[0]], ["knife crime"], [ev(L, "| Knife crime ", after="Table 2.2")]))
rg = FL["aw"]["Rushey Green"]
Q.append(q("lookup_rate", "whats the ASB rate in Rushey Green?", [L],
           f"Rushey Green had {n(rg['a19'])} ASB calls to police in 2019, {f(rg['rate'])} per 1k pop.",
           [rg["a19"], rg["rate"]], ["Rushey Green"], [ev(L, "| Rushey Green ", after="Table 5.1")]))
cv = FC["comp"]["Violence against the person"]
Q.append(q("lookup_rate", "What was the violence against the person rate in Canterbury district in 2022?", [C],
           f"{f(cv[0])} per 1k pop ({n(FC['v22'])} offences).", [cv[0], FC["v22"]], [],
           [ev(C, "Violence against the person ", after="Table A.")]))
he = FC["tw"]["Heron"]
Q.append(q("lookup_rate", "heron ward crime rate", [C],
           f"Heron (Herne Bay) recorded {n(he['t22'])} crimes in 2022, a rate of {f(he['rate'])} per 1k pop.",
           [he["rate"]], ["Heron"], [ev(C, "Heron ", after="Table D.")]))
Q.append(q("lookup_rate", "How many DA crimes did Bradford record in 2022/23?", [B],
           "12,684 domestic abuse crimes in 2022/23 (up 4% from 12,211).", [12684], [],
           [ev(B, "Domestic abuse crimes", "12,684")]))
tg = FB["bw"]["Tong"]
Q.append(q("lookup_rate", "burglary rate in Tong ward?", [B],
           f"Tong had {n(tg['b2'])} burglaries in 2022/23, {f(tg['rate'])} per 1k pop.", [tg["rate"]], ["Tong"],
           [ev(B, "  Tong  ", after="Burglary by ward, 2022/23")]))
Q.append(q("lookup_rate", "Shoplifting numbers for Bradford district last year?", [B],
           "4,298 shoplifting offences in 2022/23, up 28% from 3,361.", [4298], [],
           [ev(B, "Shoplifting:"), evs(B, "Shoplifting rose sharply, from 3,361 to 4,298 (up 28%)")]))

# ---------------------------------------------------------------- compare_local_force
v = FL["comp"]["Violence against the person"]
Q.append(q("compare_local_force", "Is Lewisham's violence rate higher than London and the stat neighbours?", [L],
           f"Yes. Violence against the person was {f(v[0])} per 1k pop in Lewisham in 2019, above the "
           f"statistical neighbours average ({f(v[1])}) and London ({f(v[2])}).", list(v),
           ["statistical neighbours", "London"], [ev(L, "| Violence against the person ", after="Table 2.2")]))
da = FL["comp"]["Domestic abuse offences"]
Q.append(q("compare_local_force", "DA offences rate lewisham v london", [L],
           f"Lewisham {f(da[0])} domestic abuse offences per 1k pop against {f(da[2])} for London "
           f"(statistical neighbours {f(da[1])}).", [da[0], da[2]], ["London"],
           [ev(L, "| Domestic abuse offences ", after="Table 2.2")]))
bu = FC["comp"]["Burglary"]
Q.append(q("compare_local_force", "How does Canterbury's burglary rate compare with Kent and the CSP family?", [C],
           f"Canterbury {f(bu[0])} per 1k pop in 2022, above the CSP family average ({f(bu[1])}) and Kent ({f(bu[2])}).",
           list(bu), ["CSP family", "Kent"], [ev(C, "Burglary ", after="Table B.")]))
asb = FC["comp"]["ASB incidents"]
Q.append(q("compare_local_force", "is canterbury ASB above or below its CSP family avg?", [C],
           f"Below: {f(asb[0])} ASB incidents per 1k pop against a CSP family average of {f(asb[1])} (Kent {f(asb[2])}).",
           [asb[0], asb[1]], ["CSP family"], [ev(C, "ASB incidents ", after="Table B.")]))
ro = FB["comp"]["Robbery"]
Q.append(q("compare_local_force", "Bradford robbery rate vs West Yorks and England & Wales", [B],
           f"Bradford {f(ro[0])} per 1k pop in 2022/23, against West Yorkshire {f(ro[1])} and England and Wales "
           f"{f(ro[3])} (comparator CSP average {f(ro[2])}).", [ro[0], ro[1], ro[3]],
           ["West Yorkshire", "England and Wales"], [ev(B, "Robbery ", after="Rates per 1k pop, 2022/23")]))

# ---------------------------------------------------------------- compare_years
Q.append(q("compare_years", "Has hate crime gone up in Lewisham? 2018 vs 2019", [L],
           f"Yes, from {FL['hate18']} in 2018 to {FL['hate19']} in 2019.", [FL["hate18"], FL["hate19"]], [],
           [evs(L, f"The police recorded {FL['hate19']} hate crimes in 2019, up from {FL['hate18']}")]))
th = FL["aw"]["Telegraph Hill"]
Q.append(q("compare_years", "telegraph hill asb calls change from 2018", [L],
           f"ASB calls in Telegraph Hill fell from {n(th['a18'])} in 2018 to {n(th['a19'])} in 2019 ({f(th['ch'])}%).",
           [th["a18"], th["a19"], abs(th["ch"])], ["Telegraph Hill"], [ev(L, "| Telegraph Hill ", after="Table 5.1")]))
Q.append(q("compare_years", "How much did shoplifting rise in Canterbury between 2021 and 2022?", [C],
           f"From {n(FC['shop21'])} to {n(FC['shop22'])} offences, a rise of {f(FC['shop_ch'], 0)}%.",
           [FC["shop21"], FC["shop22"], FC["shop_ch"]], [],
           [evs(C, f"Shoplifting rose from {n(FC['shop21'])} offences in 2021 to {n(FC['shop22'])} in 2022")]))
wg = FC["vw"]["Westgate"]
Q.append(q("compare_years", "Westgate violence 2022 compared to 2021?", [C],
           f"Violence against the person in Westgate went from {n(wg['v21'])} in 2021 to {n(wg['v22'])} in 2022 "
           f"(change {wg['ch']}).", [wg["v21"], wg["v22"]], ["Westgate"],
           [ev(C, "Westgate ", after="Table E.")]))
Q.append(q("compare_years", "knife crime in bradford - up or down on the year before?", [B],
           "Up: knife crime rose from 961 offences in 2021/22 to 1,032 in 2022/23 (up 7%).", [961, 1032], [],
           [evs(B, "Knife crime rose from 961 to 1,032 offences"), ev(B, "Knife crime:")]))

# ---------------------------------------------------------------- compare_partnerships
lv, bv = FL["comp"]["Violence against the person"][0], FB["comp"]["Violence against the person"][0]
Q.append(q("compare_partnerships", "Which has the higher violence rate per 1k pop, Lewisham or Bradford?", [L, B],
           f"Bradford: {f(bv)} violence against the person offences per 1k pop in 2022/23, against {f(lv)} in "
           f"Lewisham in 2019 (different years).", [bv, lv], ["Bradford", "Lewisham"],
           [ev(L, "| Violence against the person ", after="Table 2.2"),
            ev(B, "Violence against the person ", after="Rates per 1k pop, 2022/23")]))
ca, ba = FC["comp"]["ASB incidents"][0], FB["comp"]["ASB incidents"][0]
Q.append(q("compare_partnerships", "ASB per 1k: canterbury vs bradford", [C, B],
           f"Canterbury {f(ca)} ASB incidents per 1k pop (2022); Bradford {f(ba)} (2022/23). Canterbury is higher.",
           [ca, ba], ["Canterbury", "Bradford"],
           [ev(C, "ASB incidents ", after="Table B."), ev(B, "ASB incidents ", after="Rates per 1k pop, 2022/23")]))
Q.append(q("compare_partnerships", "Compare MARAC repeat rates in Lewisham and Canterbury", [L, C],
           f"Lewisham {FL['marac_rep']}% repeat cases (2019, {FL['marac19']} cases heard); Canterbury 29% "
           f"(2022, 318 cases heard).", [FL["marac_rep"], 29], ["Lewisham", "Canterbury"],
           [evs(L, f"The repeat rate was {FL['marac_rep']} per cent"), ev(C, "MARAC repeat cases")]))

# ---------------------------------------------------------------- computed
lc = FL["vw"]["Lewisham Central"]
sh = r(lc["v19"] / FL["groups"]["Violence against the person"][1] * 100, 1)
Q.append(q("computed", "What share of Lewisham's violence was in Lewisham Central in 2019?", [L],
           f"About {f(sh)}%: Lewisham Central had {n(lc['v19'])} of {n(FL['groups']['Violence against the person'][1])} offences.",
           [sh], ["Lewisham Central"], [ev(L, "| Lewisham Central ", after="Table 3.1"),
                                        ev(L, "| Lewisham borough ", after="Table 3.1")], tol=0.02))
hi = top(FL["tw"], "rate"); lo = hi[-1]
gap = r(hi[0][1] - lo[1], 1)
Q.append(q("computed", "gap between highest and lowest ward crime rate in lewisham?", [L],
           f"{f(gap)} per 1k pop: {hi[0][0]} {f(hi[0][1])} against {lo[0]} {f(lo[1])}.",
           [gap], [hi[0][0], lo[0]], [ev(L, f"| {hi[0][0]} ", after="Table 13.1"),
                                       ev(L, f"| {lo[0]} ", after="Table 13.1")], tol=0.02))
wgr = FC["tw"]["Westgate"]["rate"]; dr = FC["comp"]["All crime"][0]
mult = r(wgr / dr, 1)
Q.append(q("computed", "How many times the district crime rate is Westgate's?", [C],
           f"About {f(mult)} times: Westgate {f(wgr)} per 1k pop against {f(dr)} for the district.",
           [mult], ["Westgate"], [ev(C, "Westgate ", after="Table D."), ev(C, "District total", after="Table D.")],
           tol=0.03))
wr = FC["rw"]["Westgate"]["c"]
rs = r(wr / FC["rob22"] * 100, 1)
Q.append(q("computed", "what % of canterbury robberies were in westgate ward", [C],
           f"About {f(rs)}% ({wr} of {FC['rob22']} robberies in 2022 were in Westgate).", [rs], ["Westgate"],
           [ev(C, "Westgate ", after="Table F."), ev(C, "District total", after="Table F.")], tol=0.02))
dv = FB["v2"] - FB["v1"]
Q.append(q("computed", "How many more violence offences did Bradford have in 22/23 than 21/22?", [B],
           f"{n(dv)} more ({n(FB['v1'])} to {n(FB['v2'])}).", [dv], [],
           [ev(B, "Violence against the person ", after="Crime by type, Bradford District")], tol=0.01))
bw = FB["tw"]
bws = sum(bw[w]["t2"] for w in bw if bradford.CON_OF[w] == "Bradford West")
bsh = r(bws / FB["t2"] * 100, 1)
Q.append(q("computed", "What proportion of all Bradford district crime is in the Bradford West constituency?", [B],
           f"About {f(bsh)}%: Bradford West had {n(bws)} of {n(FB['t2'])} crimes in 2022/23.", [bsh], ["Bradford West"],
           [ev(B, "Subtotal Bradford West", after="All crime by ward, grouped"),
            ev(B, "Bradford District  ", after="All crime by ward, grouped")], tol=0.02))

# ---------------------------------------------------------------- narrative
Q.append(q("narrative", "why did drug offences go up so much in lewisham?", [L],
           "Drug offences rose from 1,106 to 1,342 (21.3%), driven by proactive police stop and search "
           "rather than a change in drug use.", [1342], ["stop and search"],
           [ev(L, "| Drug offences ", after="Table 2.1"), ev(L, "Drug offences rose to 1,342"),
            evs(L, "Drug offences, most of them possession of cannabis, rose by 21.3 per cent"),
            evs(L, "This rise reflects police activity, in particular proactive stop and search")]))
Q.append(q("narrative", "Why has violence gone up in Canterbury - is it the night time economy?", [C],
           "Partly. Both years were affected by the end of COVID-19 restrictions, so some rises reflect a return "
           "of city centre activity; NTE-flagged offences rose from 418 in 2021 (venues closed until mid-May) "
           "to 612 in 2022, 431 of them in Westgate.", [612, 418], ["COVID-19", "Westgate"],
           [evs(C, "NTE-related in 2022, against 418 in 2021, when venues were closed until mid-May"),
            evs(C, "Of the 612 NTE-related offences, 431 were in Westgate ward")]))
Q.append(q("narrative", "what's the biggest ASB complaint in Bradford?", [B],
           "Nuisance motorbikes and off-road vehicles remained the top complaint in the council's ASB casework, "
           "particularly in Tong, Bowling and Barkerend and Keighley East.", [],
           ["nuisance motorbikes", "Tong", "Keighley East"],
           [evs(B, "Nuisance motorbikes and off-road vehicles remained the top")]))
Q.append(q("narrative", "Do people in Canterbury feel safe after dark? what did the survey say", [C],
           "68% of respondents to the 2022 residents' survey felt safe walking alone after dark, down from 72% "
           "in 2021; women and people in Westgate, Northgate and Heron felt least safe.", [68, 72],
           ["Westgate"], [evs(C, "68 per cent of respondents said they felt safe"),
                          evs(C, "walking alone in their area after dark, against 72 per cent in 2021")]))

# ---------------------------------------------------------------- recommendation
rec = FL["recs"][3]
Q.append(q("recommendation", "who owns the Deptford cumulative impact assessment rec and when's it due?", [L],
           f"{rec[0]}: {rec[1]} - owner {rec[2]}, {rec[3]}.", [], [rec[2], rec[3]],
           [ev(L, "| R4 ")]))
rc = FC["recs"][1]
Q.append(q("recommendation", "What is recommendation B in the Canterbury SA and who's the owner?", [C],
           f"{rc[1]}; owner {rc[2]}; timescale {rc[3]}.", [], ["shoplifting", rc[2], rc[3]],
           [ev(C, "Joint shoplifting problem-solving plan"), ev(C, "Owner ........ Kent Police")]))
ac = FB["acts"][2]
Q.append(q("recommendation", "Is there any recommended action about refuge spaces in Bradford? who leads?", [B],
           f"Yes, {ac[0]}: {ac[1]}, led by the {ac[2]}, deadline {ac[3]}.", [], [ac[2], ac[3]],
           [ev(B, "A3. Commission additional refuge"), ev(B, "[Lead: Domestic Abuse Partnership Board")]))

# ---------------------------------------------------------------- governance
Q.append(q("governance", "Who chairs the Safer Lewisham Partnership exec board?", [L],
           f"{lewisham.CHAIR}, Cabinet Member for Safer Communities; vice-chair {lewisham.VICE}.", [],
           ["Adaeze Marlowe-Okafor"], [evs(L, "Executive Board is chaired by Cllr Adaeze Marlowe-Okafor")]))
Q.append(q("governance", "canterbury csp vice chair?", [C],
           f"{canterbury.VICE} of Kent Police (Canterbury district commander); the chair is {canterbury.CHAIR}.",
           [], ["Rafiq Dunstable"], [evs(C, "with Chief Inspector Rafiq Dunstable of Kent Police")]))
Q.append(q("governance", "What sub-groups sit under the Bradford CSP board?", [B],
           "The Serious Violence Steering Group, the Domestic Abuse Partnership Board, the ASB Strategic Group, "
           "the Prevent and Cohesion Board and five locality problem-solving groups.", [],
           ["Serious Violence Steering Group", "Domestic Abuse Partnership Board", "ASB Strategic Group",
            "Prevent and Cohesion Board"],
           [evs(B, "Its sub-groups are the Serious"), evs(B, "the Prevent and Cohesion Board and five locality")]))

# ---------------------------------------------------------------- followup
Q.append(q("followup", ["what are lewisham's priorities for 2020-21?", "and which one is about county lines?"], [L],
           "Four priorities: reduce violence (knife crime and serious youth violence); tackle violence against "
           "women and girls including domestic abuse; reduce anti-social behaviour in the highest-demand wards; protect young people from exploitation and "
           "county lines - Priority 4 covers county lines.", [4],
           ["violence against women and girls", "exploitation", "anti-social behaviour"],
           [ev(L, "Priority 4: Protect young people"), ev(L, "Priority 1: Reduce violence")]))
Q.append(q("followup", ["Canterbury CSP priorities for 2023-24?", "is road safety one of them?"], [C],
           "Five: VAWG including domestic abuse; city centre safety and the night-time economy; ASB including coastal summer "
           "disorder; shoplifting and business crime; substance misuse and exploitation. Road safety is not a "
           "priority - it will be monitored by the relevant partners.", [],
           ["shoplifting", "night-time economy", "monitored"],
           [ev(C, "(4) Shoplifting and business crime"), evs(C, "Road safety and deliberate fires will be monitored")]))
Q.append(q("followup", ["how many MARAC cases did bradford hear last year", "what % were repeats?"], [B],
           "1,612 MARAC cases in 2022/23 (1,537 in 2021/22); 34% were repeat cases.", [1612, 34], [],
           [ev(B, "MARAC cases", "1,612"), ev(B, "MARAC repeat rate")]))

# ================================================================= abstention
A = []
def u(question, why):
    A.append({"id": None, "type": "unanswerable", "question": question, "docs": [],
              "answer": "The documents do not hold this.", "figures": [], "terms": [], "evidence": [],
              "tolerance": 0.01, "abstain": True, "why": why})

u("How many knife crimes were there in Lewisham in 2017?",
  "The Lewisham assessment covers calendar 2019 against 2018 only.")
u("ASB calls to police in Deptford ward 2019?",
  "Deptford is not one of the eighteen wards in the Lewisham tables; it appears only as the Deptford High Street NTE location.")
u("What's Lewisham's burglary rate per 1,000 households?",
  "Lewisham rates are per 1k pop; no household counts or household rates are given.")
u("What was Southwark's violence rate in 2019?",
  "Southwark is only named as one of the statistical neighbours; individual borough figures are explicitly not given.")
u("How many drug-related deaths were there in Lewisham in 2019 alone?",
  "Drug-related deaths are given only as a three-year total for 2017-2019.")
u("How many robberies were there in Chestfield ward in 2022?",
  "Chestfield's robbery count is suppressed (*) in the Canterbury table.")
u("How many domestic abuse crimes were recorded in Westgate ward?",
  "The Canterbury assessment states that ward-level domestic abuse figures are not published.")
u("canterbury assault-related A&E attendances 2022?",
  "The assessment lists these as unavailable because of a hospital recording change.")
u("What was total recorded crime in Canterbury district in 2020?",
  "The Canterbury assessment covers calendar 2021 and 2022 only.")
u("Crime rate in Faversham?",
  "Faversham is in Swale, not in the Canterbury district or any corpus document.")
u("How many homicides were there in Canterbury in 2022?",
  "Canterbury gives only a serious violence total (94) that includes homicide; no homicide count.")
u("Which Bradford ward has the most knife crime?",
  "Bradford gives knife crime only as a district total; there is no ward breakdown.")
u("What's Calderdale's violence rate per 1k pop?",
  "Calderdale is not a comparator or a document in the corpus (West Yorkshire is given only as a force-area figure).")
u("How does Bradford's ASB rate compare with England and Wales?",
  "The England and Wales ASB figure is shown as n/a (not comparable) in the Bradford comparator table.")
u("Bradford total crime 2019/20?",
  "The Bradford assessment covers 2022/23 against 2021/22 only.")

def c(type_, question, docs, answer, figures, terms, evidence, why, tol=0.01):
    d = q(type_, question, docs, answer, figures, terms, evidence, tol)
    d["control"] = True
    d["why"] = why
    A.append(d)

c("lookup_rate", "How many drug-related deaths were there in Lewisham (the three-year total)?", [L],
  f"{FL['drug_deaths']} drug-related deaths registered for Lewisham residents in 2017-2019.", [FL["drug_deaths"]], [],
  [ev(L, "| Drug-related deaths"), evs(L, "The drug-related death figure covers deaths registered in 2017-2019")],
  "Control for the single-year question: the three-year total is printed.")
nr = FC["rw"]["Northgate"]
c("lookup_rate", "How many robberies were there in Northgate ward in 2022?", [C],
  f"Northgate had {nr['c']} robberies, {f(nr['rate'])} per 1k pop.", [nr["c"]], ["Northgate"],
  [ev(C, "Northgate ", after="Table F.")], "Control for the suppressed Chestfield count: Northgate is shown.")
dg = FC["crimes"]["Drug offences"]
c("compare_local_force", "How does Canterbury's drug offence rate compare with Kent?", [C],
  f"Canterbury {f(r(dg[1] / FC['pop'] * 1000, 1))} per 1k pop against Kent 2.7 (no CSP family figure published).",
  [r(dg[1] / FC["pop"] * 1000, 1), 2.7], ["Kent"], [ev(C, "Drug offences ", after="Table B.")],
  "Control: Kent is given for drug offences though the CSP family figure is n/a.")
c("lookup_rate", "How many knife crimes were there in Bradford district in 2022/23?", [B],
  "1,032 knife crime offences (961 in 2021/22).", [1032], [], [ev(B, "Knife crime:")],
  "Control for the ward-level knife crime question: the district total is printed.")
ab = FB["comp"]["ASB incidents"]
c("compare_local_force", "How does Bradford's ASB rate compare with West Yorkshire?", [B],
  f"Bradford {f(ab[0])} ASB incidents per 1k pop against West Yorkshire {f(ab[1])} (comparator CSP average {f(ab[2])}).",
  [ab[0], ab[1]], ["West Yorkshire"], [ev(B, "ASB incidents ", after="Rates per 1k pop, 2022/23")],
  "Control for the England and Wales ASB question: West Yorkshire is given.")
sv = FL["comp"]["Violence against the person"]
c("compare_local_force", "What was the statistical neighbours' average violence rate in 2019?", [L],
  f"The statistical neighbours average was {f(sv[1])} violence against the person offences per 1k pop (Lewisham {f(sv[0])}).", [sv[1]],
  ["statistical neighbours"], [ev(L, "| Violence against the person ", after="Table 2.2")],
  "Control for the Southwark question: only the group average is printed, and it is answerable.")

for i, d in enumerate(Q, 1):
    d["id"] = f"f{i:03d}"
for i, d in enumerate(A, 1):
    d["id"] = f"g{i:03d}"
with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as fh:
    for d in Q:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "..", "abstention.jsonl"), "w", encoding="utf-8") as fh:
    for d in A:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(Q), "questions,", len(A), "abstention items")
