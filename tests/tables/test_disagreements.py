"""Figures stated in sentences are kept beside table values, so disagreements can be shown, not hidden."""

from ._support import CANNOCK, LICHFIELD, STAFFORD, TAMWORTH, one


def test_rounded_table_cell_and_unrounded_sentence_are_both_kept(store):
    v = store.values(doc_id=CANNOCK, area_type="force", measure="ASB")
    assert sorted(v.value_text) == ["17", "17.2"]
    d = store.disagreements()
    g = d[(d.doc_id == CANNOCK) & (d.area_type == "force")]
    assert set(g.kind) == {"rounding"} and g.qualifiers_differ.all()


def test_table_and_text_that_disagree_are_a_conflict(store):
    d = store.disagreements()
    g = d[(d.doc_id == TAMWORTH) & (d.kind == "conflict") & (d.measure == "anti-social behaviour")]
    assert sorted(g.value_text) == ["41.0", "42.5"]
    assert set(g.source_kind) == {"table", "passage"}


def test_rates_with_and_without_covid_breaches_are_kept_apart(store):
    v = store.values(doc_id=TAMWORTH, area="Tamworth", measure="anti-social behaviour")
    by_q = {(x.qualifier, x.source_kind): x.value for _, x in v.iterrows()}
    assert by_q[(None, "table")] == 38.8 and by_q[("excl. Covid", "card")] == 21.9
    d = store.disagreements()
    assert "qualifier" in set(d[(d.doc_id == TAMWORTH) & (d.area == "Tamworth")].kind)
    st = store.values(doc_id=STAFFORD, area="Stafford", measure="ASB")
    assert dict(zip(st.qualifier.fillna(""), st.value)) == {"": 25.2, "Covid breaches": 7.9}


def test_passage_figures_cite_their_sentence(docs, store):
    v = store.values(source_kind="passage")
    assert len(v) >= 40
    for _, x in v.iterrows():
        text = docs[x.doc_id].text
        assert text[x.start:x.end] == x.row_text
        assert text[x.cell_start:x.cell_end] == x.value_text
    fraud = one(store.values(doc_id=LICHFIELD, measure="fraud", source_kind="passage"), area_type="partnership")
    assert fraud.value == 3.9 and "equivalent to a rate of 3.9 per 1,000 residents" in fraud.row_text
    s_and_h = store.values(doc_id=TAMWORTH, measure="stalking and harassment", source_kind="passage")
    assert dict(zip(s_and_h.area_type, s_and_h.value)) == {"partnership": 10.9, "national": 10.6, "force": 11.5}


def test_populations_stated_in_the_text(store):
    pop = one(store.values(measure="population", partnership="Lichfield"), area="Lichfield")
    assert (pop.value, pop.unit) == (103965.0, "people")
    assert one(store.values(measure="population", partnership="Stafford"), area="Stafford").qualifier == "over"


def test_agreeing_sources_are_not_disagreements(store):
    d = store.disagreements()
    assert d[d.doc_id == LICHFIELD].empty  # table, card and text agree throughout Lichfield
