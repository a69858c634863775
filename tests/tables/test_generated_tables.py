"""Generated ward tables of any shape are read cell for cell, and every span slices back to its row."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.tables import extract_tables

from ._support import make_doc

COLUMNS = ["ALL CRIME", "Burglary", "Drug Offences", "Robbery", "Theft", "Vehicle Offences", "Public Order Offences"]
names = st.text(alphabet="ABCDEFGHIJKLMNOPRSTW abcdefghiklmnoprstuwy&'", min_size=3, max_size=24).map(str.strip).filter(
    lambda s: len(s) >= 3 and s[0].isupper() and not s.lower().startswith("key"))
rates = st.decimals(min_value=0, max_value=400, places=1, allow_nan=False, allow_infinity=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wards=st.lists(names, min_size=3, max_size=12, unique=True), ncols=st.integers(2, len(COLUMNS)),
       data=st.data(), trailing_tab=st.booleans())
def test_any_ward_table(wards, ncols, data, trailing_tab):
    cols = COLUMNS[:ncols]
    rows = [[w] + [str(data.draw(rates)) for _ in cols] for w in wards]
    tail = "\t" if trailing_tab else ""
    text = ("Intro paragraph.\n\nOffence rates per 1,000 population, 2022-23\n\n" + "\t".join(["Ward Name", *cols]) + "\n"
            + "\n".join("\t".join(r) + tail for r in rows) + "\n\nClosing paragraph.\n")
    doc = make_doc(text, doc_id="gen")
    r = extract_tables(doc)
    assert not r.problems
    t = r.table("gen:ward_rates-1")
    assert t.frame.shape == (len(wards), ncols + 1)
    v = r.values
    assert len(v) == len(wards) * ncols
    for _, x in v.iterrows():
        assert text[x.start:x.end] == x.row_text
        assert text[x.cell_start:x.cell_end] == x.value_text
        assert x.row_text.startswith(x.area)
    assert set(v.period) == {"2022-23"}
