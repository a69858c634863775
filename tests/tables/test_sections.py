"""With the parser's sections (paths, offsets, contents-list pages) extraction is unchanged and provenance uses them."""

import dataclasses

from assistant.tables import extract_tables
from assistant.tables.outline import headings
from assistant.types import Section

from ._support import LICHFIELD, TAMWORTH, one


def with_sections(doc):
    hs = headings(doc)
    sections = []
    for k, h in enumerate(hs):
        end = hs[k + 1].start if k + 1 < len(hs) else len(doc.text)
        path = ("Community Safety Strategic Priorities", h.title) if "ASB" in h.title else (h.title,)
        sections.append(Section(path=path, start=h.start, end=end, page=h.page, page_inferred=True))
    return dataclasses.replace(doc, sections=tuple(sections))


def test_parser_sections_give_the_same_values_and_their_provenance(docs, results):
    for doc_id in (LICHFIELD, TAMWORTH):
        doc = with_sections(docs[doc_id])
        assert doc.sections
        r = extract_tables(doc)
        before = results[doc_id].values
        assert len(r.values) == len(before)
        assert r.values["value"].tolist() == before["value"].tolist()
        assert [t.info.table_id for t in r.tables] == [t.info.table_id for t in results[doc_id].tables]
    r = extract_tables(with_sections(docs[LICHFIELD]))
    asb = one(r.values, table_id=f"{LICHFIELD}:card-1", area_type="partnership")
    assert asb.section == "Community Safety Strategic Priorities > Anti-social Behaviour (ASB)"
    assert (asb.page, asb.page_inferred) == (9, True)
    ward = one(r.values, area="Stowe", measure_printed="ALL CRIME")
    assert ward.section == "Data tables" and ward.page == 26
