"""Removing running headers and footers from PDFs must not remove body text that merely looks alike."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest import parse_file

WARDS = ("Stowe", "Chasetown", "Shenstone", "Fazeley", "Longdon", "Highfield")
RATES = ("12.2", "9.8", "4.1", "7.7", "3.0", "15.4")


def _ward_profiles(path: Path) -> Path:
    """One page per ward, as ward-profile appendices are laid out: a figure line, then the profile."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=11)
    for n, (ward, rate) in enumerate(zip(WARDS, RATES), start=1):
        pdf.add_page()
        pdf.cell(0, 6, "Longshire Strategic Assessment 2021 - OFFICIAL", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, f"Residential burglary rate: {rate} per 1,000 households", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, f"{ward} ward profile. The ward's priorities are set out below.", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-12)
        pdf.cell(0, 6, f"Page {n} of {len(WARDS)}")
    pdf.output(str(path))
    return path


def test_figure_lines_that_differ_only_in_their_numbers_are_kept(tmp_path):
    text = parse_file(_ward_profiles(tmp_path / "profiles.pdf")).text
    for ward, rate in zip(WARDS, RATES):
        assert f"{ward} ward profile" in text
        assert f"Residential burglary rate: {rate} per 1,000 households" in text, f"{ward}'s rate was dropped"


def test_true_running_headers_and_page_numbers_still_go(tmp_path):
    text = parse_file(_ward_profiles(tmp_path / "profiles.pdf")).text
    assert "OFFICIAL" not in text
    assert "Page 3 of 6" not in text
