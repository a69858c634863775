"""PDFs from producers other than reportlab: the same text document printed by headless Chromium (an HTML export,
as from a browser or Word) and by fpdf2, made by scripts/render_other_pdfs.py, read back by the real reader."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.ingest import parse_file

ROOT = Path(__file__).resolve().parents[2]

DOC = """NORTHWICK COMMUNITY SAFETY PARTNERSHIP
Strategic Assessment 2018

1. INTRODUCTION

This assessment covers April 2017 to March 2018. Rates use the 2017 mid-year population estimate of
61,000 residents. The partnership board brings together:

- Northwick District Council
- Northmoor Police
- Northmoor Fire and Rescue Service

2. WHERE CRIME HAPPENS

Table 2.1: Recorded crime by ward, 2017/18
Ward\tPopulation\tCrimes\tRate per 1,000
Alder\t5,200\t402\t77.3
Birchfield\t4,900\t311\t63.5
Cedar Park\t6,100\t298\t48.9
Damson Vale\t5,600\t205\t36.6
Northwick\t61,000\t3,510\t57.5

Alder has the highest crime rate, 77.3 per 1,000 residents.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other-producers")
    (folder / "northwick_2018_strategic-assessment.txt").write_text(DOC, encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps({"documents": [{
        "file": "northwick_2018_strategic-assessment.txt", "title": "Northwick Strategic Assessment 2018",
        "partnership": "Northwick", "kind": "strategic assessment", "data_period": "2017-18"}]}), encoding="utf-8")
    return folder


@pytest.mark.parametrize("producer", ["chromium", "fpdf2"])
def test_a_document_printed_by_another_producer_reads_back_whole(corpus, producer, tmp_path):
    if producer == "chromium":
        assert shutil.which("chromium") or shutil.which("chromium-browser"), \
            "Debian's chromium is needed (scripts/test.sh installs it)"
    out = tmp_path / producer
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "render_other_pdfs.py"), str(corpus), str(out),
                          "--producer", producer], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    pdf = out / "northwick_2018_strategic-assessment.pdf"
    doc = parse_file(pdf)
    text = doc.text
    assert len(doc.pages) >= 1
    for row in ("Alder\t5,200\t402\t77.3", "Damson Vale\t5,600\t205\t36.6", "Northwick\t61,000\t3,510\t57.5"):
        assert row in text, text  # the table's rows, cell by cell
    assert "2017 mid-year population estimate" in " ".join(text.split())
    for member in ("Northwick District Council", "Northmoor Police", "Northmoor Fire and Rescue Service"):
        assert member in text
    titles = " | ".join(s.path[-1].lower() for s in doc.sections)
    assert "where crime happens" in titles, titles
