#!/usr/bin/env python3
"""Write the Bradford District 2023 strategic assessment (dev5). All figures invented."""
import os, random
from common import *

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "bradford_2023-24_community-safety-strategic-assessment.txt")
random.seed(5303)
W = 66

CONS = [("Bradford East", ["Bolton and Undercliffe", "Bowling and Barkerend", "Bradford Moor",
                           "Eccleshill", "Idle and Thackley", "Little Horton"]),
        ("Bradford South", ["Great Horton", "Queensbury", "Royds", "Tong", "Wibsey", "Wyke"]),
        ("Bradford West", ["City", "Clayton and Fairweather Green", "Heaton", "Manningham",
                           "Thornton and Allerton", "Toller"]),
        ("Keighley", ["Craven", "Ilkley", "Keighley Central", "Keighley East", "Keighley West",
                      "Worth Valley"]),
        ("Shipley", ["Baildon", "Bingley", "Bingley Rural", "Shipley", "Wharfedale",
                     "Windhill and Wrose"])]
WARDS = [w for _, ws in CONS for w in ws]
CON_OF = {w: c for c, ws in CONS for w in ws}
POP = [18734, 21642, 23918, 17946, 17285, 22406,
       20517, 17634, 19873, 21960, 17452, 18129,
       19486, 19152, 17928, 21347, 18671, 19844,
       16873, 14526, 19312, 18745, 17488, 15367,
       15842, 18361, 15476, 16933, 12587, 17629]
WT = [1.0, 1.35, 1.3, 0.85, 0.65, 1.45, 1.1, 0.75, 1.2, 1.25, 0.95, 0.85,
      3.9, 0.9, 0.95, 1.4, 0.8, 1.05, 0.55, 0.45, 1.45, 1.1, 1.15, 0.6,
      0.55, 0.65, 0.45, 0.9, 0.4, 0.9]
WV = [1.05, 1.4, 1.3, 0.85, 0.6, 1.5, 1.15, 0.75, 1.25, 1.3, 0.95, 0.85,
      3.1, 0.85, 1.0, 1.35, 0.8, 1.05, 0.5, 0.4, 1.5, 1.15, 1.2, 0.55,
      0.5, 0.6, 0.4, 0.85, 0.35, 0.95]
WA = [1.1, 1.3, 1.25, 0.9, 0.7, 1.4, 1.1, 0.85, 1.25, 1.2, 0.9, 0.9,
      3.2, 0.85, 0.9, 1.3, 0.8, 1.0, 0.6, 0.55, 1.5, 1.2, 1.2, 0.7,
      0.65, 0.7, 0.5, 0.95, 0.5, 0.95]
DPOP = sum(POP)

CRIMES = [("Violence against the person", 28416, 29873), ("Sexual offences", 2641, 2793),
          ("Robbery", 1173, 1248), ("Burglary", 4382, 4017), ("Vehicle offences", 4916, 5284),
          ("Theft", 9872, 11046), ("Criminal damage and arson", 6984, 6612),
          ("Drug offences", 1752, 1903), ("Possession of weapons", 706, 748),
          ("Public order offences", 6413, 6258), ("Miscellaneous crimes against society", 1037, 1116)]
T1, T2 = sum(c[1] for c in CRIMES), sum(c[2] for c in CRIMES)
V1, V2 = CRIMES[0][1], CRIMES[0][2]
ASB1, ASB2 = 15846, 14203


def sh(total, w, jitter=0.0):
    return apportion(total, [a * b * (1 + random.uniform(-jitter, jitter)) for a, b in zip(w, POP)])

TW2 = sh(T2, WT, 0.06)
TW1 = sh(T1, WT, 0.07)
VW2 = sh(V2, WV, 0.06)
VW1 = sh(V1, WV, 0.08)
AW2 = sh(ASB2, WA, 0.06)
AW1 = sh(ASB1, WA, 0.08)


BW2 = sh(4017, jitter=0.06, w=[1.0, 1.3, 1.25, 0.9, 0.8, 1.35, 1.05, 0.8, 1.1, 1.15, 0.9, 0.9, 1.6, 1.0, 1.1,
                1.2, 0.85, 1.0, 0.7, 0.8, 1.2, 1.0, 1.05, 0.75, 0.85, 0.9, 0.95, 0.95, 1.1, 0.95])


def rt(c, p=DPOP):
    return r(c / p * 1000, 1)

COMP = [("All crime", rt(T2), 118.6, 104.9, 89.7), ("Violence against the person", rt(V2), 49.2, 43.8, 34.6),
        ("Sexual offences", rt(2793), 4.8, 4.4, 3.3), ("Robbery", rt(1248), 1.9, 1.4, 1.3),
        ("Burglary", rt(4017), 6.9, 6.1, 4.6), ("Vehicle offences", rt(5284), 8.8, 7.3, 6.8),
        ("Theft", rt(11046), 20.4, 21.7, 22.9), ("Criminal damage and arson", rt(6612), 11.4, 10.9, 8.9),
        ("ASB incidents", rt(ASB2), 24.1, 22.6, "n/a")]

CHAIR = "Imran Saddleworth-Khan"
VICE = "Chief Superintendent Bethan Oldroyd"
LEAD = "Rosalind Hebblethwaite"
ANALYST = "Joel Akinyemi-Barraclough"


def sec(d, s):
    d.raw(s)
    d.raw("-" * len(s))
    d.blank()


def grouped(rows_by_ward, cols, totals, subtot_fn):
    """Ward rows grouped under constituency subheads, with a subtotal row after each."""
    out = []
    for c, ws in CONS:
        out.append([f"{c} constituency"] + [""] * (len(cols) - 1))
        for w in ws:
            out.append(["  " + w] + rows_by_ward[w])
        out.append([f"  Subtotal {c}"] + subtot_fn(ws))
    out.append(["Bradford District"] + totals)
    return space_table(out, cols, gap=3)


def build():
    d = Doc(W)
    F = {"pop": DPOP, "t1": T1, "t2": T2, "v1": V1, "v2": V2, "asb1": ASB1, "asb2": ASB2}
    d.raw("BRADFORD DISTRICT COMMUNITY SAFETY PARTNERSHIP")
    d.raw("Community Safety Strategic Assessment 2023-24")
    d.raw("Data year: 2022/23 (1 April 2022 to 31 March 2023), compared with 2021/22")
    d.raw(f"Produced by the Safer Communities Intelligence Hub, City of Bradford Metropolitan "
          f"District Council")
    d.raw("Published July 2023")
    d.blank()
    d.raw("Contents")
    for x in ["1) About this assessment", "2) At a glance", "3) Crime overview",
              "4) Violence and serious violence", "5) Domestic abuse and VAWG",
              "6) Anti-social behaviour", "7) Acquisitive crime and shoplifting",
              "8) Drugs, exploitation and organised crime", "9) Hate crime, cohesion and Prevent",
              "10) Ward notes", "10a) What residents said", "11) Priorities 2023-24",
              "12) Recommended actions", "13) Governance", "14) Abbreviations"]:
        d.raw("   " + x)
    d.blank()
    sec(d, "1) About this assessment")
    d.p("Every community safety partnership must carry out an annual strategic assessment under "
        "the Crime and Disorder Act 1998 and the Crime and Disorder (Formulation and "
        "Implementation of Strategy) Regulations 2007. This assessment covers the whole of the "
        "Bradford District: the city of Bradford and the towns of Keighley, Shipley, Bingley "
        "and Ilkley, with the rural Worth Valley and Wharfedale.")
    d.p(f"The data year is the financial year 2022/23. Rates are per 1k pop (crimes per 1,000 "
        f"residents) using the 2021 Census ward populations, which sum to a district population "
        f"of {n(DPOP)}. Changes between years are written out in words as 'up' or 'down' and a "
        "percentage rounded to the nearest whole number.")
    d.p("Wards are grouped under the five parliamentary constituencies (Bradford East, Bradford "
        "South, Bradford West, Keighley and Shipley), which is how the partnership's locality "
        "problem-solving groups are organised. Within each constituency wards are listed "
        "alphabetically, and a subtotal row follows each group.")
    d.p("Comparators are West Yorkshire (the force area as a whole), the 'comparator CSP "
        "average' (the mean of Kirklees, Leeds, Oldham, Rochdale and Blackburn with Darwen, "
        "agreed by the partnership in 2021 as its benchmarking group) and England and Wales.")

    d.raw("Data sources")
    d.blank()
    d.bullets(["West Yorkshire Police crime and incident data, extracted 12 April 2023",
               "City of Bradford MDC ASB casework system",
               "West Yorkshire Fire and Rescue Service incident data",
               "Bradford MARAC coordinator returns and commissioned service data",
               "Youth Justice Service and Probation Service performance reports",
               "Office for National Statistics 2021 Census (ward populations) and death registrations",
               "Home Office data for the comparator CSP average and England and Wales"], mark="-")

    sec(d, "2) At a glance")
    glance = [("All police-recorded crime", T2, T1), ("Violence against the person", V2, V1),
              ("Anti-social behaviour incidents", ASB2, ASB1), ("Domestic abuse crimes", 12684, 12211),
              ("Burglary", 4017, 4382), ("Knife crime", 1032, 961), ("Hate crime", 1874, 1779),
              ("Shoplifting", 4298, 3361), ("Deliberate fires", 1206, 1381)]
    for a, b, c in glance:
        d.raw(f"  {a + ':':<36}{n(b):>8}   ({updown(b, c)} on 2021/22)")
    d.blank()
    F["glance"] = {a: (b, c) for a, b, c in glance}
    d.p(f"Overall crime rose by {f((T2 - T1) / T1 * 100, 0)}% to {n(T2)} offences. The district rate "
        f"of {f(rt(T2))} per 1k pop remains above West Yorkshire and well above England and Wales. "
        "The rise was driven by theft, especially shoplifting, and by violence against the "
        "person. Burglary, criminal damage and ASB fell.")

    sec(d, "3) Crime overview")
    rows = [[c, n(a), n(b), updown(b, a), f(rt(b))] for c, a, b in CRIMES]
    rows.append(["All crime", n(T1), n(T2), updown(T2, T1), f(rt(T2))])
    d.raw("Crime by type, Bradford District")
    d.blank()
    d.raw(space_table(rows, ["Crime type", "2021/22", "2022/23", "Change", "Per 1k pop"], gap=3))
    d.blank()
    F["crimes"] = {c: (a, b) for c, a, b in CRIMES}
    d.p("Comparisons. The table below sets Bradford's rates beside West Yorkshire, the "
        "comparator CSP average and England and Wales. Bradford is above West Yorkshire for "
        "every crime type except theft, where the city centre retail offer is smaller than "
        "Leeds'. England and Wales data for ASB are not comparable and are shown as n/a.")
    rows = [[m, f(a), f(b), f(c), e if isinstance(e, str) else f(e)] for m, a, b, c, e in COMP]
    d.raw("Rates per 1k pop, 2022/23")
    d.blank()
    d.raw(space_table(rows, ["Measure", "Bradford", "West Yorkshire", "Comparator CSP avg",
                             "England and Wales"], gap=3))
    d.blank()
    F["comp"] = {m: (a, b, c, e) for m, a, b, c, e in COMP}
    d.p("Where does crime happen? The grouped ward table below gives all crime for both years. "
        "The City ward, which contains the city centre, records by far the most crime.")
    byw = {}
    F["tw"] = {}
    for w, p, a, b in zip(WARDS, POP, TW1, TW2):
        byw[w] = [n(p), n(a), n(b), updown(b, a), f(rt(b, p))]
        F["tw"][w] = dict(pop=p, t1=a, t2=b, rate=rt(b, p), ch=updown(b, a))
    def sub(ws):
        p = sum(F["tw"][w]["pop"] for w in ws); a = sum(F["tw"][w]["t1"] for w in ws)
        b = sum(F["tw"][w]["t2"] for w in ws)
        return [n(p), n(a), n(b), updown(b, a), f(rt(b, p))]
    F["con"] = {c: sub(ws) for c, ws in CONS}
    d.raw("All crime by ward, grouped by constituency")
    d.blank()
    d.raw(grouped(byw, ["Ward", "Population", "2021/22", "2022/23", "Change", "Per 1k pop"],
                  [n(DPOP), n(T1), n(T2), updown(T2, T1), f(rt(T2))], sub))
    d.blank()

    sec(d, "4) Violence and serious violence")
    d.p(f"Violence against the person rose from {n(V1)} to {n(V2)} offences ({updown(V2, V1)}). "
        f"At {f(rt(V2))} per 1k pop, the district's violence rate is above West Yorkshire "
        f"({f(COMP[1][2])}) and the comparator CSP average ({f(COMP[1][3])}). Violence with injury "
        "accounted for 8,942 offences (2021/22: 8,611). Stalking and harassment made up 11,264.")
    d.p("Serious violence. The partnership uses the West Yorkshire Violence Reduction "
        "Partnership definition (homicide, attempted murder, GBH, robbery and assault with a "
        "knife or firearm). There were 1,486 serious violence offences in 2022/23, up from "
        "1,402. Knife crime rose from 961 to 1,032 offences, and firearms discharges fell from "
        "19 to 14. There were 11 homicides (2021/22: 13).")
    d.p("Young people are over-represented as both victims and suspects. Of knife crime victims "
        "whose age was recorded, 38% were under 25. Hospital admissions for assault with a sharp "
        "object among residents under 25 numbered 47 (2021/22: 52).")
    byw = {}
    F["vw"] = {}
    for w, p, a, b in zip(WARDS, POP, VW1, VW2):
        byw[w] = [n(a), n(b), updown(b, a), f(rt(b, p))]
        F["vw"][w] = dict(v1=a, v2=b, rate=rt(b, p), ch=updown(b, a))
    def subv(ws):
        p = sum(F["tw"][w]["pop"] for w in ws); a = sum(F["vw"][w]["v1"] for w in ws)
        b = sum(F["vw"][w]["v2"] for w in ws)
        return [n(a), n(b), updown(b, a), f(rt(b, p))]
    F["conv"] = {c: subv(ws) for c, ws in CONS}
    d.raw("Violence against the person by ward, grouped by constituency")
    d.blank()
    d.raw(grouped(byw, ["Ward", "2021/22", "2022/23", "Change", "Per 1k pop"],
                  [n(V1), n(V2), updown(V2, V1), f(rt(V2))], subv))
    d.blank()
    d.p("What the partnership is doing: the Violence Reduction Partnership funds navigators in "
        "the Bradford Royal Infirmary emergency department; Operation Jemlock patrols target "
        "the city centre, Manningham and Little Horton; and the Youth Justice Service runs "
        "knife crime awareness sessions in secondary schools and pupil referral units.")

    sec(d, "5) Domestic abuse and VAWG")
    F.update(da1=12211, da2=12684, marac1=1537, marac2=1612)
    d.p("Domestic abuse crimes rose from 12,211 to 12,684 (up 4%). This is 42% of all violence "
        "against the person. A further 9,387 domestic incidents were recorded as non-crime. The "
        "Bradford MARAC heard 1,612 cases (2021/22: 1,537), and 34% were repeat cases. Sexual "
        "offences rose from 2,641 to 2,793 (up 6%); 1,048 of these were rapes.")
    d.p("Demand on specialist services remains high. Staying Put, the district's commissioned "
        "domestic abuse service, received 4,906 referrals. Refuge spaces were full on 91% of "
        "nights. The partnership's VAWG strategy was refreshed in 2022 and includes a focus on "
        "safety in public spaces, following the Safer Streets Fund work in the city centre.")
    rows = [["Domestic abuse crimes", "12,211", "12,684", updown(12684, 12211)],
            ["Domestic abuse non-crime incidents", "9,802", "9,387", updown(9387, 9802)],
            ["MARAC cases", "1,537", "1,612", updown(1612, 1537)],
            ["MARAC repeat rate", "31%", "34%", "n/a"],
            ["Referrals to commissioned DA service", "4,512", "4,906", updown(4906, 4512)],
            ["Rape offences", "997", "1,048", updown(1048, 997)],
            ["Honour-based abuse and forced marriage referrals", "96", "104", updown(104, 96)]]
    d.raw("Domestic abuse and VAWG measures")
    d.blank()
    d.raw(space_table(rows, ["Measure", "2021/22", "2022/23", "Change"], gap=3))
    d.blank()

    sec(d, "6) Anti-social behaviour")
    d.p(f"ASB incidents reported to West Yorkshire Police fell from {n(ASB1)} to {n(ASB2)} "
        f"({updown(ASB2, ASB1)}). Nuisance motorbikes and off-road vehicles remained the top "
        "complaint in the council's ASB casework, particularly in Tong, Bowling and Barkerend "
        "and Keighley East. Deliberate fires attended by West Yorkshire Fire and Rescue "
        "Service fell from 1,381 to 1,206, with the usual peak around Bonfire Night.")
    byw = {}
    F["aw"] = {}
    for w, p, a, b in zip(WARDS, POP, AW1, AW2):
        byw[w] = [n(a), n(b), updown(b, a), f(rt(b, p))]
        F["aw"][w] = dict(a1=a, a2=b, rate=rt(b, p), ch=updown(b, a))
    def suba(ws):
        p = sum(F["tw"][w]["pop"] for w in ws); a = sum(F["aw"][w]["a1"] for w in ws)
        b = sum(F["aw"][w]["a2"] for w in ws)
        return [n(a), n(b), updown(b, a), f(rt(b, p))]
    d.raw("ASB incidents by ward, grouped by constituency")
    d.blank()
    d.raw(grouped(byw, ["Ward", "2021/22", "2022/23", "Change", "Per 1k pop"],
                  [n(ASB1), n(ASB2), updown(ASB2, ASB1), f(rt(ASB2))], suba))
    d.blank()

    sec(d, "7) Acquisitive crime and shoplifting")
    d.p("Burglary fell from 4,382 to 4,017 offences (down 8%), with residential burglary "
        "at 2,853. Vehicle offences rose from 4,916 to 5,284 (up 7%), driven by thefts of "
        "vehicles, including keyless theft of higher-value cars in Wharfedale and Bingley "
        "Rural. Shoplifting rose sharply, from 3,361 to 4,298 (up 28%), most of it in the "
        "City ward and in Keighley town centre. Robbery rose from 1,173 to 1,248 (up 6%).")

    byw = {}
    F["bw"] = {}
    for w, p, b in zip(WARDS, POP, BW2):
        byw[w] = [n(b), f(rt(b, p))]
        F["bw"][w] = dict(b2=b, rate=rt(b, p))
    def subb(ws):
        p = sum(F["tw"][w]["pop"] for w in ws); b = sum(F["bw"][w]["b2"] for w in ws)
        return [n(b), f(rt(b, p))]
    d.raw("Burglary by ward, 2022/23, grouped by constituency")
    d.blank()
    d.raw(grouped(byw, ["Ward", "Burglaries", "Per 1k pop"], ["4,017", f(rt(4017))], subb))
    d.blank()

    sec(d, "8) Drugs, exploitation and organised crime")
    d.p("Drug offences rose from 1,752 to 1,903 (up 9%), reflecting proactive policing. "
        "West Yorkshire Police were managing 23 organised crime groups with links to the "
        "district at March 2023. The district's Child Exploitation Hub received 412 referrals "
        "(2021/22: 376). There were 47 drug-related deaths registered among residents in 2020 "
        "to 2022. Adults in structured treatment numbered 3,218.")
    d.p("First-time entrants to the youth justice system fell from 187 to 164 (down 12%). The "
        "proven reoffending rate for young people was 33.9% and for adults 26.4%.")

    sec(d, "9) Hate crime, cohesion and Prevent")
    d.p("Hate crime rose from 1,779 to 1,874 offences (up 5%). Race hate crime accounted for "
        "68% of the total and religious hate crime for 12%. Reports increased after the "
        "disorder in Keighley in February 2023. The partnership's community tension monitoring "
        "group met weekly during that period.")

    sec(d, "10) Ward notes")
    d.p("The notes below give each ward's 2022/23 position in prose. They repeat the tables "
        "above and are intended for ward councillors.")
    for c, ws in CONS:
        d.raw(f"{c}")
        d.blank()
        for w in ws:
            t = F["tw"][w]; v = F["vw"][w]; a = F["aw"][w]
            d.p(f"{w}: {n(t['t2'])} crimes ({t['ch']} on 2021/22), a rate of {f(t['rate'])} per 1k "
                f"pop; {n(v['v2'])} violence offences ({v['ch']}); {n(a['a2'])} ASB incidents "
                f"({a['ch']}).")

    sec(d, "10a) What residents said")
    d.p("The Bradford District perception survey (autumn 2022, 2,417 respondents) asked "
        "residents how safe they felt. The answers below are the percentage feeling fairly or "
        "very safe.")
    rows = [["Outside in local area during the day", "88", "86"],
            ["Outside in local area after dark", "57", "54"],
            ["In Bradford city centre during the day", "71", "69"],
            ["In Bradford city centre after dark", "33", "30"],
            ["In Keighley town centre after dark", "41", "38"]]
    d.raw("Feelings of safety, % fairly or very safe")
    d.blank()
    d.raw(space_table(rows, ["Question", "2021", "2022"], gap=3))
    d.blank()
    d.p("Respondents most often named drug dealing, nuisance vehicles and litter as problems. "
        "Women and disabled respondents were less likely to feel safe after dark.")

    sec(d, "11) Priorities 2023-24")
    d.p("The partnership board agreed five priorities for 2023-24 at its meeting on 22 June 2023:")
    pri = ["Serious violence, including knife crime", "Domestic abuse and VAWG",
           "Anti-social behaviour, including nuisance vehicles",
           "Drugs, exploitation and organised crime", "Community cohesion and hate crime"]
    for i, p in enumerate(pri, 1):
        d.raw(f"  P{i}  {p}")
    d.blank()
    F["pri"] = pri
    d.p("Shoplifting will be addressed through the City Centre and Keighley business crime "
        "partnerships rather than as a partnership priority.")

    sec(d, "12) Recommended actions")
    acts = [("A1", "Expand emergency department navigators to Airedale General Hospital", "Violence Reduction Partnership", "March 2024"),
            ("A2", "Joint nuisance vehicle operation in Tong, Bowling and Barkerend and Keighley East", "District ASB Manager", "October 2023"),
            ("A3", "Commission additional refuge bed spaces", "Domestic Abuse Partnership Board", "April 2024"),
            ("A4", "Shoplifting problem-solving plan for City ward and Keighley", "West Yorkshire Police, Bradford District", "December 2023"),
            ("A5", "Map exploitation referrals by ward for locality groups", "Safer Communities Intelligence Hub", "January 2024"),
            ("A6", "Publish a cohesion and tension monitoring protocol", "Stronger Communities Team", "September 2023")]
    for a, b, c, e in acts:
        d.raw(f"{a}. {b}")
        d.raw(f"    [Lead: {c} | Deadline: {e}]")
    d.blank()
    F["acts"] = acts

    sec(d, "13) Governance")
    d.p(f"The Bradford District Community Safety Partnership Board is chaired by {CHAIR}, Strategic "
        f"Director of Place at the council; the vice-chair is {VICE}, District Commander, West "
        "Yorkshire Police. The Board reports to the Bradford District Partnership and works with "
        "the Mayor of West Yorkshire's policing and crime team. Its sub-groups are the Serious "
        "Violence Steering Group, the Domestic Abuse Partnership Board, the ASB Strategic Group, "
        "the Prevent and Cohesion Board and five locality problem-solving groups.")
    d.p(f"The assessment was written by {ANALYST} of the Safer Communities Intelligence Hub under the "
        f"direction of {LEAD}, Head of Safer Communities.")

    sec(d, "14) Abbreviations")
    gl = [("ASB", "anti-social behaviour"), ("CSP", "community safety partnership"),
          ("DA", "domestic abuse"), ("GBH", "grievous bodily harm"),
          ("MARAC", "multi-agency risk assessment conference"), ("OCG", "organised crime group"),
          ("per 1k pop", "per 1,000 residents"), ("VAWG", "violence against women and girls"),
          ("VRP", "Violence Reduction Partnership"), ("WYFRS", "West Yorkshire Fire and Rescue Service"),
          ("WYP", "West Yorkshire Police")]
    for a, b in gl:
        d.raw(f"  {a} = {b}")
    return d.text(), F


if __name__ == "__main__":
    t, F = build()
    open(OUT, "w", encoding="utf-8").write(t)
    print(OUT, len(t.splitlines()), "lines")
