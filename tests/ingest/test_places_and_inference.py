"""Places of England and Wales found in text, and partnership/period inference for documents with no manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.ingest.manifest import infer_meta
from assistant.ingest.places import canonical_place, find_places, is_known_place, place_info
from assistant.ingest.readers import read_pdf_file, read_text_file

DEVSET = Path(__file__).resolve().parents[2].parent / "shared" / "devset"


def names(text: str) -> list[str]:
    return [m.name for m in find_places(text)]


def test_data_covers_england_and_wales():
    from importlib import resources

    data = json.loads(resources.files("assistant.data").joinpath("places.json").read_text(encoding="utf-8"))
    types = [p["type"] for p in data["places"]]
    assert types.count("police_force") == 43
    assert types.count("welsh_principal_area") == 22
    assert types.count("london_borough") == 32
    current_local = [p for p in data["places"] if p["type"] in
                     {"district", "borough", "city", "unitary", "london_borough", "welsh_principal_area"}
                     and "abolished" not in p]
    assert 300 <= len(current_local) <= 360
    names_ = {p["name"] for p in data["places"]}
    assert all(target in names_ for target in data["aliases"].values())
    for region in ("North West", "West Midlands", "London", "England", "Wales", "England and Wales"):
        assert region in names_


def test_aliases_resolve_and_keep_their_span():
    text = "Figures for Northants, Staffs and B&NES were compared with Lancashire Police."
    found = find_places(text)
    assert [m.name for m in found] == ["Northamptonshire", "Staffordshire", "Bath and North East Somerset",
                                       "Lancashire Constabulary"]
    assert text[found[0].start:found[0].end] == "Northants"
    assert found[3].type == "police_force"


def test_a_compass_point_before_a_county_abbreviation_names_that_county():
    """'West Yorks' is West Yorkshire, not the county a bare 'Yorks' might be taken for."""
    assert names("Bradford robbery rate vs West Yorks and England & Wales") == ["Bradford", "West Yorkshire",
                                                                               "England and Wales"]
    assert names("ASB in the West Mids and S Yorks") == ["West Midlands", "South Yorkshire"]


def test_longest_match_wins():
    assert names("Newcastle-under-Lyme and Newcastle upon Tyne") == ["Newcastle-under-Lyme", "Newcastle upon Tyne"]
    assert names("West Midlands Police covers the West Midlands") == ["West Midlands Police", "West Midlands"]
    assert names("Stoke-on-Trent, not just Stoke") == ["Stoke-on-Trent", "Stoke-on-Trent"]
    assert names("Bournemouth, Christchurch and Poole") == ["Bournemouth, Christchurch and Poole"]


def test_case_spacing_and_ampersands():
    assert names("CANNOCK CHASE and cannock chase") == ["Cannock Chase", "Cannock Chase"]
    assert names("Newcastle under Lyme; King's Lynn & West Norfolk; St. Albans") == [
        "Newcastle-under-Lyme", "King's Lynn and West Norfolk", "St Albans"]
    # whole words only
    assert names("Lancashireshire Bedfordish") == []


def test_place_names_that_are_also_words_need_a_capital():
    assert names("they bury the reading list") == []
    assert names("Reading and Bury") == ["Reading", "Bury"]


def test_bare_newcastle_is_resolved_only_by_context():
    assert names("Newcastle") == []
    assert names("Newcastle, Stafford and Tamworth")[0] == "Newcastle-under-Lyme"
    assert names("Newcastle, Gateshead and Sunderland")[0] == "Newcastle upon Tyne"


def test_known_and_canonical():
    assert is_known_place("haringey") and is_known_place("Cambs") and not is_known_place("Somewhere")
    assert canonical_place("Newcastle under Lyme") == "Newcastle-under-Lyme"
    assert canonical_place("Hull") == "Kingston upon Hull"
    assert canonical_place("Newcastle") is None
    assert place_info("Charnwood").within[0] == "Leicestershire"
    assert place_info("Swansea").type == "welsh_principal_area"


def test_long_input_is_scanned():
    chunk = ("Crime in Newcastle-under-Lyme rose while Staffs as a whole and the West Midlands region fell; "
             "lorem ipsum dolor sit amet Reading Bury bury reading Stoke on Trent St. Albans. ")
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    found = find_places(text)
    assert len(found) > 1000
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def _infer(tmp_path: Path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return infer_meta(p, text, "text")


def test_infer_named_partnership_in_caps(tmp_path):
    meta = _infer(tmp_path, "doc.txt",
                  "ROTHERHAM COMMUNITY SAFETY PARTNERSHIP\n\nStrategic Assessment\n\nData period: 2019/20 (April 2019 to March 2020)\n")
    assert meta.partnership == "Rotherham"
    assert meta.period == "2019-20"
    assert meta.data_period.startswith("2019/20")
    assert set(meta.inferred) == {"title", "partnership", "period", "data_period"}


def test_infer_strips_borough_and_council_wrappers(tmp_path):
    meta = _infer(tmp_path, "a.txt", "Wyre Forest District Community Safety Partnership\nAnnual Strategic Assessment 2016\n")
    assert meta.partnership == "Wyre Forest"
    meta = _infer(tmp_path, "b.txt", "Strategic Assessment 2014\n\nPrepared by the Community Safety Team of the "
                                     "London Borough of Ealing for the partnership.\n")
    assert meta.partnership == "Ealing"


def test_infer_brands(tmp_path):
    meta = _infer(tmp_path, "x.txt", "BSafe Torbay\nStrategic Assessment\nCovering April 2012 to March 2013\n")
    assert (meta.partnership, meta.period) == ("Torbay", "2012-13")
    meta = _infer(tmp_path, "y.txt", "SAFER EAST KENT\nPartnership Strategic Assessment\nData period\n2015-16\n")
    assert (meta.partnership, meta.period) == ("Safer East Kent", "2015-16")
    # a programme, not a partnership
    meta = _infer(tmp_path, "z.txt", "Safer Roads Update\nNotes for the board\n")
    assert meta.partnership is None


def test_infer_partnership_for_and_csp(tmp_path):
    meta = _infer(tmp_path, "p.txt", "Strategic Assessment\n\nThis is the Community Safety Partnership for "
                                     "Gwynedd and the wider North Wales Police area.\n")
    assert meta.partnership == "Gwynedd"
    meta = _infer(tmp_path, "q.txt", "Annual review\n\nThe Fenland CSP agreed three priorities.\n")
    assert meta.partnership == "Fenland"


def test_infer_unknown_name_from_title_only(tmp_path):
    meta = _infer(tmp_path, "u.txt", "Title\tMiddle Earth Community Safety Partnership: Assessment (2020)\n")
    assert meta.partnership == "Middle Earth"
    meta = _infer(tmp_path, "v.txt", "Annual review of the year 2020 for the board\n\n"
                                     "The Middle Earth Community Safety Partnership met.\n")
    assert meta.partnership is None


def test_infer_falls_back_to_file_name_then_to_most_named_area(tmp_path):
    meta = _infer(tmp_path, "safer-south-hampshire_2010-11_assessment.txt", "Strategic assessment\n\nFigures follow.\n")
    assert meta.partnership == "Safer South Hampshire"
    assert meta.period == "2010-11"
    # a brand over one authority is that authority
    meta = _infer(tmp_path, "safer-south-somerset_2010-11_assessment.txt", "Strategic assessment\n\nFigures follow.\n")
    assert meta.partnership == "South Somerset"
    body = "Strategic assessment\n\n" + "Crime in Pendle rose. Burnley fell. Pendle wards led. " * 3
    meta = _infer(tmp_path, "report.txt", body)
    assert meta.partnership == "Pendle"


def test_bare_assessment_year_gives_way_to_the_financial_year_named(tmp_path):
    text = "Title\tAnywhere CSP: Strategic Assessment (2021)\n\nIn 2020-21 crime fell; 2020-21 also saw less ASB.\n"
    meta = _infer(tmp_path, "any.txt", text)
    assert meta.period == "2020-21"


def _devset_dir(sub: str) -> Path:
    path = DEVSET / sub
    if not path.is_dir() or not (DEVSET / "manifest.json").exists():
        pytest.fail(f"development set missing: expected {path} and {DEVSET / 'manifest.json'}")
    return path


@pytest.mark.parametrize("sub,pattern", [("corpus", "*.txt"), ("pdf", "*.pdf")])
def test_devset_partnerships_are_inferred(sub, pattern):
    folder = _devset_dir(sub)
    manifest = json.loads((DEVSET / "manifest.json").read_text(encoding="utf-8"))
    expected = {Path(e["file"]).stem: e["partnership"] for e in manifest["documents"]}
    files = sorted(folder.glob(pattern))
    assert len(files) == 6, f"expected 6 documents in {folder}"
    results = {}
    for p in files:
        if p.suffix == ".pdf":
            text, _ = read_pdf_file(p, 10**8, 1000)
            meta = infer_meta(p, text, "pdf")
        else:
            meta = infer_meta(p, read_text_file(p, 10**8), "text")
        results[p.stem] = (meta.partnership, expected[p.stem])
    right = sum(1 for got, want in results.values() if got == want)
    assert right >= 5, results


@pytest.mark.parametrize("front, period", [
    ("Crime and disorder in the borough,\nJanuary to December 2013 compared with January to December 2012\n", "2013"),
    ("Figures cover April 2017 to March 2018, against the year before.\n", "2017-18"),
])
def test_a_bare_assessment_year_gives_way_to_the_span_the_front_matter_states(tmp_path, front, period):
    """'Strategic Assessment 2014' reporting on calendar 2013 (and planning for 2014/15) covers 2013."""
    text = ("NORTHWICK COMMUNITY SAFETY PARTNERSHIP\n\nSTRATEGIC ASSESSMENT 2014\n\n" + front +
            "\nContents\n1 Introduction\n12 What we will do in 2014/15\n\n1 Introduction\n\nOur plan for 2014/15 follows.\n")
    path = tmp_path / "northwick_2014_strategic-assessment.txt"
    path.write_text(text, encoding="utf-8")
    assert infer_meta(path, text, "text").period == period


def test_infer_joint_partnership_of_two_authorities(tmp_path):
    # two local authorities named together are one joint partnership, not the first of them
    meta = _infer(tmp_path, "j.txt", "Babergh and Mid Suffolk Community Safety Partnership\n\nStrategic Assessment "
                                     "2019\n\nProduced by Babergh District Council and Mid Suffolk District Council.\n")
    assert meta.partnership == "Babergh and Mid Suffolk"
    # a single authority whose name has 'and' in it stays one place
    meta = _infer(tmp_path, "k.txt", "Telford and Wrekin Community Safety Partnership\n\nStrategic Assessment 2019\n")
    assert meta.partnership == "Telford and Wrekin"


def test_joint_partnership_is_asked_about_by_each_authority():
    from assistant.answer.understand import Gazetteer
    from assistant.types import DocumentMeta

    meta = DocumentMeta(doc_id="j", title="t", partnership="Babergh and Mid Suffolk", kind="strategic assessment",
                        period="2018-19", source="j.txt", published=None, file_type="text")
    g = Gazetteer.build({"j": meta}, {"j": "text"})
    assert g.partnerships_in("burglary in mid suffolk?") == ["Babergh and Mid Suffolk"]
    assert g.partnerships_in("which wards in Babergh & Mid Suffolk have most ASB?") == ["Babergh and Mid Suffolk"]
