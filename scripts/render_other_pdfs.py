#!/usr/bin/env python3
"""Render plain-text community safety documents as PDFs with producers other than reportlab.

Usage:
    python scripts/render_other_pdfs.py CORPUS_DIR OUT_DIR --producer {chromium,fpdf2}
        [--manifest PATH] [--two-column-every N] [--font CSS] [--keep-html DIR] [--chromium PATH]

Why: the test PDFs of the project all come from one producer (reportlab, via
/work/shared/tools/render_pdfs.py). Real council documents come from Word, browsers, InDesign,
LibreOffice... Each producer writes text differently (font subsets and ToUnicode maps, word
spacing as explicit spaces or as glyph positioning, table cells drawn in a different order,
headers/footers placed differently), so the reading side should be measured on more than one.

Producers:
  chromium  each text document becomes an HTML page (a title block, real <h1>/<h2>/<h3>, <p>,
            <ul>/<ol>, <table> with <th> header rows, fact cards as boxed panels, contents lists
            with page numbers) printed with headless Chromium (Skia PDF backend). A running header
            with the title and a footer "Page N of M" come from CSS @page margin boxes. Every other
            table is set with a fixed layout and equal, narrow columns, so long labels and column
            headings wrap onto two or more lines inside their cells, as in Word exports.
  fpdf2     the fpdf2 library: a cover page, header()/footer() on later pages, a core font
            (Helvetica; latin-1 only, so dashes and curly quotes become ASCII), multi_cell()
            paragraphs, headings, bullet lists, and the table API (pdf.table()) with shaded heading
            rows, widths from the text, cells centred vertically, heading rows repeated when a table
            runs onto the next page; fact cards as boxed tables with a title row.

What the text layer then looks like (as measured on the devset): both producers draw list
bullets as graphics (Chromium's CSS list markers; fpdf2 here a filled circle), so no "\u2022" is
extracted; both repeat a table's heading row after a page break; Chromium breaks lines after
real hyphens ("mid-" / "year") and sets fact cards and borderless key/value tables as two
aligned x-columns.

CORPUS_DIR holds the .txt documents; the manifest is CORPUS_DIR/manifest.json, else
CORPUS_DIR/../manifest.json, or --manifest. It is either {"documents": [...]} or a plain list
of {file, title, partnership, kind, published, data_period|period, producer}. OUT_DIR gets one
PDF per document and a manifest.json like the reportlab one (same entries, .pdf file names,
source_text, layout, pdf_producer).

The text parser is a small heuristic one written for this script (it reads the same layouts as
render_pdfs.py: tab-separated, space-aligned and pipe tables; rule lines of dashes/equals;
numbered and upper-case headings; bullet and numbered lists; "Key: value" blocks and FACT CARDs;
contents lists with dot leaders or trailing page numbers; hard-wrapped paragraphs).
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

# ============================================================================ text parser

RULE = re.compile(r"^\s*([-=_~*])\1{4,}\s*$")
BULLET = re.compile(r"^(\s*)([-*\u2022\u2013\u00b7])\s+(\S.*)$")
ORDERED = re.compile(r"^(\s*)(\d{1,2}[.)])\s+(\S.*)$")
NUM_HEAD = re.compile(r"^\s*((?:\d{1,2}\.)*\d{1,2})\.?\s+(\S.*)$")
KV = re.compile(r"^\s*([A-Z][A-Za-z0-9 ,/&()'\u2019-]{0,38}?):\s+(\S.*)$")
TOC_DOTS = re.compile(r"^(.*?\S)\s*(?:\.\s?){3,}\.?\s*((?:Page\s+)?\d{1,3})\s*$")
TOC_TAIL = re.compile(r"^(.*?\S)\s{2,}((?:Page\s+)?\d{1,3})\s*$")
NUMBER = re.compile(r"^[-+\u2212]?[\u00a3$]?\d[\d,]*(\.\d+)?\s*(%|pp)?$|^n/?a$|^[-\u2013]$", re.I)


@dataclass
class Block:
    kind: str                                   # heading para lines bullets table kv toc
    text: str = ""
    level: int = 0
    lines: list = field(default_factory=list)
    items: list = field(default_factory=list)   # bullets: (marker, text, depth); kv/toc: (a, b)
    rows: list = field(default_factory=list)
    header: int = 1                             # number of heading rows of a table
    caption: str | None = None
    title: str | None = None                    # fact card title
    ordered: bool = False


def is_rule(s):
    return bool(RULE.match(s))


def caps_share(s):
    letters = [c for c in s if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if len(letters) >= 3 else 0.0


def cells_of(line):
    """Cells of a space-aligned line (runs separated by two or more spaces) with their spans."""
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def space_row(line):
    if not line or "\t" in line or "|" in line or is_rule(line) or BULLET.match(line) or TOC_DOTS.match(line):
        return False
    c = cells_of(line)
    if len(c) >= 3:
        return True
    if len(c) == 2:
        return line.startswith("  ") or (bool(re.search(r"\d", c[1][2])) and len(c[1][2]) < 25)
    return False


def pipe_row(line):
    s = line.strip()
    return (s.startswith("|") and s.count("|") >= 2) or " | " in s


def kv_line(line):
    m = KV.match(line)
    return bool(m) and len(line.strip()) <= 115 and not re.match(r"^\s*(https?|www)", line)


def heading_level(line, blank_before, blank_after):
    s = line.strip()
    if not s or len(s) > 95 or "\t" in line or (s[-1] in ".,;:" and not re.fullmatch(r"\d+\.", s)):
        return 0
    m = NUM_HEAD.match(line)
    if m and len(m.group(2).split()) <= 12 and m.group(2)[:1].isupper() and (blank_after or len(s) < 55):
        return min(m.group(1).count(".") + 1, 3)
    if re.match(r"^(APPENDIX|Appendix|ANNEX|Annex)\b", s):
        return 1
    if caps_share(s) > 0.85 and len(s.split()) <= 14:
        return 1
    if blank_before and blank_after and s[:1].isupper() and len(s.split()) <= 12 and len(s) <= 80:
        return 3
    return 0


def table_from_tabs(lines):
    rows = [[c.strip() for c in l.split("\t")] for l in lines]
    w = max(map(len, rows))
    return [r + [""] * (w - len(r)) for r in rows]


def table_from_pipes(lines):
    rows = []
    for l in lines:
        s = l.strip()
        if set(s) <= set("|-: ") and "--" in s:
            continue
        s = s[1:] if s.startswith("|") else s
        s = s[:-1] if s.endswith("|") else s
        rows.append([c.strip() for c in s.split("|")])
    w = max(map(len, rows))
    return [r + [""] * (w - len(r)) for r in rows]


def table_from_spaces(lines):
    parsed = [cells_of(l) for l in lines if not is_rule(l)]
    n = max(map(len, parsed))
    full = [p for p in parsed if len(p) == n]
    spans = [(min(p[j][0] for p in full), max(p[j][1] for p in full)) for j in range(n)]

    def column(a, b):
        return max(range(n), key=lambda j: (min(b, spans[j][1]) - max(a, spans[j][0]),
                                            -abs((a + b) / 2 - sum(spans[j]) / 2)))

    rows = []
    for p in parsed:
        if len(p) == 1 and rows:                   # heading continuation or a wrapped cell
            j = column(p[0][0], p[0][1])
            rows[-1][j] = (rows[-1][j] + " " + p[0][2]).strip()
            continue
        row = [""] * n
        for a, b, t in p:
            j = column(a, b)
            row[j] = (row[j] + " " + t).strip()
        rows.append(row)
    return rows


def is_toc(rows):
    return bool(rows) and len(rows[0]) == 2 and \
        sum(bool(re.fullmatch(r"(Page\s+)?\d{1,3}", r[1])) for r in rows) >= 0.8 * len(rows)


def is_glossary(rows):
    if not rows or len(rows[0]) != 2:
        return False
    heads = [r[0] for r in rows if r[0]]
    return len(heads) >= 3 and all(len(h) <= 12 and " " not in h for h in heads) and \
        sum(caps_share(h) > 0.6 for h in heads) >= 0.7 * len(heads)


def table_block(rows, caption, in_contents):
    rows = [r for r in rows if any(c for c in r)]
    if in_contents or is_toc(rows):
        return Block("toc", items=[(r[0], r[-1]) for r in rows], caption=caption)
    if is_glossary(rows) or (len(rows[0]) == 2 and all(len(r[0]) < 40 for r in rows)
                             and not any(NUMBER.match(r[1]) for r in rows[1:] if r[1])):
        return Block("kv", items=[(r[0], r[1]) for r in rows], caption=caption)
    header = 1
    firsts = {r[0].split()[0] for r in rows if r[0].split()}
    if len(rows) >= 3 and len(firsts) == 1 and all(r[0] for r in rows):
        header = 0                                 # PRIORITY 1, PRIORITY 2, ...: no heading row
    return Block("table", rows=rows, header=header if len(rows) > 1 else 0, caption=caption)


def parse(text):
    L = ["" if not l.strip() else l.rstrip() for l in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    n = len(L)
    out: list[Block] = []
    in_contents = False
    i = 0

    def blank(k):
        return k < 0 or k >= n or L[k] == "" or is_rule(L[k])

    def pending_caption():
        """A short line (heading or one-line paragraph) glued directly above a table is its caption."""
        if out and out[-1].__dict__.get("glued"):
            b = out.pop()
            return b.text or (b.lines[-1] if b.lines else None)
        return None

    def starts_table(k):
        return k < n and L[k] != "" and ("\t" in L[k] or (pipe_row(L[k]) and k + 1 < n and pipe_row(L[k + 1]))
                                         or (space_row(L[k]) and k + 1 < n and (space_row(L[k + 1]) or is_rule(L[k + 1])
                                                                                 or L[k + 1].startswith("  "))))

    def ordered_run(k):
        m = ORDERED.match(L[k])
        if not m or TOC_DOTS.match(L[k]):
            return False
        j = k + 1
        while j < n and L[j]:
            if ORDERED.match(L[j]) and not TOC_DOTS.match(L[j]):
                return True
            if not L[j].startswith(" "):
                return False
            j += 1
        return False

    while i < n:
        line = L[i]
        if line == "" or is_rule(line):
            i += 1
            continue
        # heading framed by rules
        if i > 0 and is_rule(L[i - 1]) and i + 1 < n and is_rule(L[i + 1]) and not space_row(line):
            out.append(Block("heading", text=line.strip(), level=1))
            in_contents = bool(re.search(r"\bcontents\b", line, re.I))
            i += 2
            continue
        if "\t" in line:
            j = i
            while j < n and "\t" in L[j]:
                j += 1
            out.append(table_block(table_from_tabs(L[i:j]), pending_caption(), in_contents))
            i = j
            continue
        if pipe_row(line) and i + 1 < n and pipe_row(L[i + 1]):
            j = i
            while j < n and pipe_row(L[j]):
                j += 1
            out.append(table_block(table_from_pipes(L[i:j]), pending_caption(), False))
            i = j
            continue
        if TOC_DOTS.match(line) or (in_contents and TOC_TAIL.match(line)):
            items, j = [], i
            while j < n and L[j] and (TOC_DOTS.match(L[j]) or TOC_TAIL.match(L[j])):
                m = TOC_DOTS.match(L[j]) or TOC_TAIL.match(L[j])
                items.append((m.group(1).strip(), m.group(2)))
                j += 1
            out.append(Block("toc", items=items))
            i = j
            continue
        if space_row(line):
            j, multi = i, 0
            while j < n and L[j]:
                if space_row(L[j]):
                    multi += 1
                elif is_rule(L[j]):
                    pass
                elif BULLET.match(L[j]) or kv_line(L[j]):
                    break
                elif not (L[j].startswith(" ") or (j + 1 < n and space_row(L[j + 1]))):
                    break
                j += 1
            while j + 1 < n and is_rule(L[j]) and space_row(L[j + 1]):   # rule then more rows
                j += 1
                while j < n and L[j] and (space_row(L[j]) or is_rule(L[j])):
                    j += 1
            if multi >= 2:
                out.append(table_block(table_from_spaces(L[i:j]), pending_caption(), in_contents))
                i = j
                continue
        # fact cards and key/value blocks
        title = None
        if re.search(r"fact card", line, re.I) and i + 1 < n and kv_line(L[i + 1]):
            title, i = line.strip(), i + 1
            line = L[i]
        if kv_line(line) and (title or (i + 1 < n and kv_line(L[i + 1]))):
            items, j = [], i
            indent = len(line) - len(line.lstrip())
            while j < n and L[j]:
                ind = len(L[j]) - len(L[j].lstrip())
                if kv_line(L[j]) and ind <= indent + 1:
                    m = KV.match(L[j])
                    items.append([m.group(1).strip(), m.group(2).strip()])
                elif items and ind > indent:
                    items[-1][1] += " " + L[j].strip()
                else:
                    break
                j += 1
            out.append(Block("kv", items=[tuple(x) for x in items], title=title))
            i = j
            continue
        if BULLET.match(line):
            items, j = [], i
            while j < n and L[j]:
                m = BULLET.match(L[j])
                if m:
                    items.append(["\u2022", m.group(3).strip(), len(m.group(1))])
                elif items and not space_row(L[j]) and not ORDERED.match(L[j]) and not heading_level(L[j], False, blank(j + 1)):
                    items[-1][1] += " " + L[j].strip()
                else:
                    break
                j += 1
            out.append(Block("bullets", items=[tuple(x) for x in items]))
            i = j
            continue
        if ordered_run(i):
            items, j = [], i
            while j < n and L[j]:
                m = ORDERED.match(L[j])
                if m:
                    items.append([m.group(2), m.group(3).strip(), len(m.group(1))])
                elif items and L[j].startswith(" ") and not BULLET.match(L[j]):
                    items[-1][1] += " " + L[j].strip()
                else:
                    break
                j += 1
            out.append(Block("bullets", items=[tuple(x) for x in items], ordered=True))
            i = j
            continue
        lvl = heading_level(line, blank(i - 1), blank(i + 1))
        if lvl:
            b = Block("heading", text=line.strip(), level=lvl)
            b.__dict__["glued"] = starts_table(i + 1)
            out.append(b)
            in_contents = bool(re.fullmatch(r"(table of )?contents|on this page", line.strip(), re.I))
            i += 1
            continue
        # plain text until something else starts
        group, j = [line], i + 1
        while j < n and L[j] and not is_rule(L[j]) and not starts_table(j) and not BULLET.match(L[j]) \
                and not TOC_DOTS.match(L[j]) and not ordered_run(j) \
                and not (kv_line(L[j]) and j + 1 < n and kv_line(L[j + 1])) and not re.search(r"fact card", L[j], re.I):
            group.append(L[j])
            j += 1
        glued = starts_table(j)

        def wrapped(g):
            body = [len(x.strip()) for x in g[:-1]]
            flowing = sum(1 for x in g[1:] if x.strip()[:1].islower() or x.strip()[:1].isdigit())
            return all(x >= 55 for x in body) and (len(body) < 2 or max(body) - min(body) <= 14 or 2 * flowing >= len(g) - 1)

        head = group[0].strip()
        if len(group) >= 3 and len(head) <= 50 and head[:1].isupper() and head[-1] not in ".,;:" and wrapped(group[1:]):
            out.append(Block("heading", text=head, level=3))
            group = group[1:]
        if len(group) == 1 or wrapped(group):
            b = Block("para", text=" ".join(g.strip() for g in group))
            b.__dict__["glued"] = glued and len(b.text) <= 140
        else:
            b = Block("lines", lines=group)
            b.__dict__["glued"] = glued and len(group[-1].strip()) <= 140
            if glued and len(group) > 1:            # last line is the caption of the table below
                out.append(Block("lines", lines=group[:-1]))
                b = Block("para", text=group[-1].strip())
                b.__dict__["glued"] = True
        out.append(b)
        i = j
    return out


def numeric_columns(rows, header):
    cols = []
    for j in range(len(rows[0])):
        vals = [r[j] for r in rows[header:] if r[j]]
        cols.append(j > 0 and bool(vals) and sum(bool(NUMBER.match(v)) for v in vals) >= 0.6 * len(vals))
    return cols


def total_row(rows, header):
    last = " ".join(rows[-1][:2]).lower()
    return len(rows) > header + 2 and bool(re.search(r"\b(total|average|all recorded|all crime)\b", last))


# ============================================================================ metadata

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def nice_date(meta):
    pub = str(meta.get("published") or "")
    m = re.fullmatch(r"(\d{4})-(\d{2})", pub)
    return f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}" if m else pub


def cover_lines(meta):
    """(label, value) pairs shown on the cover / title block."""
    facts = []
    if meta.get("kind"):
        facts.append(("Document", str(meta["kind"]).capitalize()))
    if meta.get("data_period"):
        facts.append(("Data period", str(meta["data_period"])))
    if meta.get("producer"):
        facts.append(("Produced by", str(meta["producer"])))
    return facts


def short_title(meta, name):
    t = str(meta.get("title") or name)
    return t if len(t) <= 90 else t[:86].rsplit(" ", 1)[0].rstrip(",;:-") + " \u2026"


# ============================================================================ chromium

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "%(title)s"; font: 7.5pt %(font)s; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: "%(partnership)s"; font: 7.5pt %(font)s; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt %(font)s; color: #333; } }
html { font-family: %(font)s; font-size: 10pt; line-height: 1.35; color: #111; }
body { margin: 0; }
.titleblock { border-top: 6px solid #1F3864; padding-top: 6mm; margin-bottom: 8mm; }
.titleblock .org { color: #2E75B6; font-size: 12pt; text-transform: uppercase; letter-spacing: .04em; margin: 0; }
.titleblock h1.doctitle { font-size: 20pt; color: #1F3864; border: none; margin: 3mm 0 2mm 0; }
.titleblock table { border-collapse: collapse; width: 100%%; font-size: 9.5pt; }
.titleblock td { border-top: 1px solid #2E75B6; border-bottom: 1px solid #2E75B6; padding: 2px 4px; vertical-align: top; }
h1 { font-size: 15pt; color: #1F3864; border-bottom: 1.5px solid #2E75B6; margin: 14pt 0 6pt 0; page-break-after: avoid; }
h2 { font-size: 12.5pt; color: #2E75B6; margin: 11pt 0 4pt 0; page-break-after: avoid; }
h3 { font-size: 10.5pt; color: #1F3864; margin: 8pt 0 3pt 0; page-break-after: avoid; }
p { margin: 0 0 6pt 0; text-align: justify; hyphens: manual; }
p.line { margin: 0 0 1pt 0; text-align: left; }
ul, ol { margin: 0 0 6pt 0; padding-left: 18pt; }
li { margin-bottom: 2pt; }
.cols { column-count: 2; column-gap: 7mm; }
.cols h2, .cols h3 { break-after: avoid; }
table.data { border-collapse: collapse; margin: 3pt 0 9pt 0; font-size: 8.6pt; page-break-inside: auto; }
table.data caption { caption-side: top; text-align: left; font-weight: bold; color: #1F3864; padding-bottom: 3pt; font-size: 9pt; }
table.data th, table.data td { border: 0.6pt solid #8c8c8c; padding: 2pt 4pt; vertical-align: top; }
table.data thead th { background: #D9E2F3; border-bottom: 1.2pt solid #1F3864; text-align: left; }
table.data thead { display: table-header-group; }
table.data tr { page-break-inside: avoid; }
table.data .num { text-align: right; }
table.data tr.total td { font-weight: bold; border-top: 1.2pt solid #1F3864; }
table.natural { width: auto; max-width: 100%%; }
table.narrow { width: 100%%; table-layout: fixed; }
table.kv { border-collapse: collapse; width: 100%%; margin: 3pt 0 9pt 0; font-size: 9pt; }
table.kv td { border-bottom: 0.5pt solid #bfbfbf; padding: 1.5pt 4pt; vertical-align: top; }
table.kv td.k { font-weight: bold; width: 30%%; }
.card { border: 1pt solid #1F3864; background: #EEF3F8; margin: 6pt 0 10pt 0; width: 78%%; page-break-inside: avoid; }
.card .cardtitle { background: #1F3864; color: white; font-weight: bold; padding: 3pt 6pt; font-size: 9.5pt; }
.card p { margin: 2pt 6pt; text-align: left; font-size: 9pt; }
.card b { display: inline-block; min-width: 38mm; }
table.toc { border-collapse: collapse; width: 100%%; margin: 0 0 10pt 0; }
table.toc td { padding: 1.5pt 2pt; border-bottom: 0.4pt dotted #999; }
table.toc td.pg { text-align: right; width: 22mm; }
"""


def esc(s):
    return html.escape(s, quote=False)


def css_string(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def html_table(b, narrow):
    rows = [r for r in b.rows if any(c for c in r)]
    ncols = max(map(len, rows))
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    hdr = b.header
    num = numeric_columns(rows, hdr)
    tot = total_row(rows, hdr)
    cls = "data narrow" if narrow and ncols >= 3 else "data natural"
    out = [f'<table class="{cls}">']
    if b.caption:
        out.append(f"<caption>{esc(b.caption)}</caption>")
    if narrow and ncols >= 3:
        # equal narrow columns: long row labels and column headings wrap inside their cells
        w = 100.0 / ncols
        out.append("<colgroup>" + "".join(f'<col style="width:{w:.2f}%">' for _ in range(ncols)) + "</colgroup>")
    if hdr:
        out.append("<thead>")
        for r in rows[:hdr]:
            out.append("<tr>" + "".join(f'<th{" class=num" if num[j] else ""}>{esc(c)}</th>' for j, c in enumerate(r)) + "</tr>")
        out.append("</thead>")
    out.append("<tbody>")
    for k, r in enumerate(rows[hdr:]):
        last = tot and k == len(rows) - hdr - 1
        cells = []
        for j, c in enumerate(r):
            cells.append(f'<td{" class=num" if num[j] else ""}>{esc(c)}</td>')
        out.append(f'<tr{" class=total" if last else ""}>' + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def html_kv(b):
    if b.title:
        body = "".join(f"<p><b>{esc(k)}:</b> {esc(v)}</p>" for k, v in b.items)
        return f'<div class="card"><div class="cardtitle">{esc(b.title)}</div>{body}</div>'
    cap = f"<h3>{esc(b.caption)}</h3>" if b.caption else ""
    rows = "".join(f'<tr><td class="k">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in b.items)
    return f'{cap}<table class="kv">{rows}</table>'


def html_toc(b):
    cap = f"<h1>{esc(b.caption)}</h1>" if b.caption else ""
    rows = "".join(f'<tr><td>{esc(a)}</td><td class="pg">{esc(p)}</td></tr>' for a, p in b.items)
    return f'{cap}<table class="toc">{rows}</table>'


def html_bullets(b):
    tag = "ol" if b.ordered else "ul"
    if b.ordered:
        # keep the document's own numbers as text (a Word list exported to PDF shows them)
        items = "".join(f"<li>{esc(m)} {esc(t)}</li>" for m, t, _ in b.items)
        return f'<ol style="list-style:none;padding-left:10pt">{items}</ol>'
    return f"<{tag}>" + "".join(f"<li>{esc(t)}</li>" for _, t, _ in b.items) + f"</{tag}>"


def to_html(blocks, meta, name, two_column, font):
    title = str(meta.get("title") or name)
    part = str(meta.get("partnership") or "")
    css = CSS % {"title": css_string(short_title(meta, name)), "font": font,
                 "partnership": css_string(part + " Community Safety Partnership" if part and "partnership" not in part.lower() else part)}
    body = ['<div class="titleblock">']
    if part:
        body.append(f'<p class="org">{esc(part)}</p>')
    body.append(f'<h1 class="doctitle">{esc(title)}</h1>')
    if nice_date(meta):
        body.append(f"<p>{esc(nice_date(meta))}</p>")
    facts = cover_lines(meta)
    if facts:
        body.append("<table>" + "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in facts) + "</table>")
    body.append("</div>")
    narrow = False
    run: list[str] = []

    def flush():
        if run:
            if two_column and len(run) >= 3:
                body.append('<div class="cols">' + "\n".join(run) + "</div>")
            else:
                body.extend(run)
            run.clear()

    for b in blocks:
        if b.kind == "heading":
            tag = {1: "h1", 2: "h2", 3: "h3"}[b.level]
            if b.level == 1:
                flush()
                body.append(f"<{tag}>{esc(b.text)}</{tag}>")
            else:
                run.append(f"<{tag}>{esc(b.text)}</{tag}>")
        elif b.kind == "para":
            run.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "lines":
            run.extend(f'<p class="line">{esc(l.strip())}</p>' for l in b.lines)
        elif b.kind == "bullets":
            run.append(html_bullets(b))
        else:
            # tables, cards, contents: full width; a heading just before stays with it
            tail = []
            while run and re.match(r"<h[23]>", run[-1]):
                tail.insert(0, run.pop())
            flush()
            body.extend(tail)
            if b.kind == "table":
                narrow = not narrow              # every other table: fixed, equal narrow columns
                body.append(html_table(b, narrow))
            elif b.kind == "kv":
                body.append(html_kv(b))
            elif b.kind == "toc":
                body.append(html_toc(b))
    flush()
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>{css}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def find_chromium(explicit=None):
    for c in [explicit, "chromium", "chromium-browser", "google-chrome"]:
        if c and shutil.which(c):
            return shutil.which(c)
    sys.exit("chromium not found (apt-get install -y chromium)")


def print_pdf(chromium, html_path, pdf_path):
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
           f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
           "file://" + os.path.abspath(html_path)]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if r.returncode != 0 or not os.path.exists(pdf_path):
        sys.exit(f"chromium failed on {html_path}: rc={r.returncode}\n{r.stderr[-2000:]}")


# ============================================================================ fpdf2

# fpdf2's core fonts take latin-1 only: other characters get plain equivalents
LATIN1_FALLBACK = {"\u2212": "-", "\u2011": "-", "\u2010": "-", "\u2013": "-", "\u2014": "-", "\u2018": "'",
                   "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u2022": "-", "\u202f": " ",
                   "\u2007": " ", "\u2192": "->", "\u2264": "<=", "\u2265": ">=", "\u2248": "~", "\u20ac": "EUR"}


def latin1(s):
    out = []
    for ch in s:
        ch = LATIN1_FALLBACK.get(ch, ch)
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def build_fpdf(blocks, meta, name, pdf_path, two_column):
    from fpdf import FPDF
    from fpdf.enums import Align, TableBordersLayout
    from fpdf.fonts import FontFace

    NAVY, TEAL, FILL, CARD = (31, 56, 100), (46, 117, 182), (217, 226, 243), (238, 243, 248)
    title = latin1(str(meta.get("title") or name))
    running = latin1(short_title(meta, name))

    class Doc(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(70, 70, 70)
            self.set_y(10)
            self.cell(0, 4, running, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*TEAL)
            self.set_line_width(0.3)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_y(20)
            self.set_text_color(0, 0, 0)

        def footer(self):
            if self.page_no() == 1:
                return
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(60, 60, 60)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4", unit="mm")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(title)
    pdf.set_author(latin1(str(meta.get("producer") or "")))
    pdf.set_creation_date(__import__("datetime").datetime(2020, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.alias_nb_pages()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    # cover page
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, pdf.w, 36, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.set_y(70)
    part = str(meta.get("partnership") or "")
    if part:
        pdf.set_font("Helvetica", "", 13)
        pdf.set_text_color(*TEAL)
        pdf.multi_cell(W, 7, latin1(part.upper() + ("" if "partnership" in part.lower() else " COMMUNITY SAFETY PARTNERSHIP")),
                       new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(W, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    if nice_date(meta):
        pdf.set_font("Helvetica", "", 13)
        pdf.multi_cell(W, 8, nice_date(meta), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    facts = cover_lines(meta)
    if facts:
        pdf.set_font("Helvetica", "", 10)
        with pdf.table(col_widths=(30, W - 30), first_row_as_headings=False, borders_layout=TableBordersLayout.HORIZONTAL_LINES,
                       line_height=5.5, width=W) as t:
            for k, v in facts:
                r = t.row()
                r.cell(k, style=FontFace(emphasis="BOLD"))
                r.cell(latin1(v))
    pdf.add_page()

    def heading(b):
        size = {1: 14, 2: 12, 3: 10.5}[b.level]
        if pdf.will_page_break(30):
            pdf.add_page()
        pdf.ln(3 if b.level > 1 else 5)
        pdf.set_font("Helvetica", "B", size)
        pdf.set_text_color(*(NAVY if b.level != 2 else TEAL))
        pdf.multi_cell(W, size * 0.5, latin1(b.text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        if b.level == 1:
            pdf.set_draw_color(*TEAL)
            pdf.set_line_width(0.4)
            pdf.line(pdf.l_margin, pdf.get_y() + 0.5, pdf.l_margin + W, pdf.get_y() + 0.5)
            pdf.ln(2.5)
        else:
            pdf.ln(1)

    def paragraph(text, align="J", indent=0.0, size=9.5, after=2.0):
        pdf.set_font("Helvetica", "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(W - indent, size * 0.46, latin1(text), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def table(b):
        rows = [r for r in b.rows if any(c for c in r)]
        ncols = max(map(len, rows))
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        hdr = b.header
        num = numeric_columns(rows, hdr)
        tot = total_row(rows, hdr)
        fs = 8.5 if ncols <= 4 else (7.8 if ncols <= 6 else 7.0)
        pdf.set_font("Helvetica", "", fs)
        # widths from the text, longest text column gets what is left
        # widths from the text (headings measured in bold): no word is broken, the widest text
        # column gets what is left over; long cells wrap
        nat, mins = [], []
        for j in range(ncols):
            n_, m_ = 6.0, 6.0
            for k, r in enumerate(rows):
                pdf.set_font("Helvetica", "B" if k < hdr else "", fs)
                n_ = max(n_, pdf.get_string_width(latin1(r[j])) + 3.5)
                m_ = max([m_] + [pdf.get_string_width(w) + 3.5 for w in latin1(r[j]).split()])
            nat.append(min(n_, W * 0.55))
            mins.append(m_)
        if sum(nat) <= W:
            lab = max((j for j in range(ncols) if not num[j]), key=lambda j: nat[j], default=0)
            nat[lab] += W - sum(nat)
            widths = nat
        elif sum(mins) >= W:
            widths = [m * W / sum(mins) for m in mins]
        else:
            flex = [max(a - b, 0.0) for a, b in zip(nat, mins)]
            widths = [m + (W - sum(mins)) * f / (sum(flex) or 1) for m, f in zip(mins, flex)]
        if b.caption:
            if pdf.will_page_break(25):
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 9)
            pdf.set_text_color(*NAVY)
            pdf.multi_cell(W, 4.5, latin1(b.caption), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        pdf.set_font("Helvetica", "", fs)
        pdf.set_draw_color(140, 140, 140)
        pdf.set_line_width(0.2)
        aligns = tuple(Align.R if x else Align.L for x in num)
        with pdf.table(col_widths=tuple(widths), width=W, text_align=aligns, line_height=fs * 0.48,
                       first_row_as_headings=bool(hdr), num_heading_rows=max(hdr, 1) if hdr else 1,
                       headings_style=FontFace(emphasis="BOLD", fill_color=FILL, color=NAVY),
                       padding=(0.8, 1.2), repeat_headings=1, align="LEFT") as t:
            for k, r in enumerate(rows):
                bold = tot and k == len(rows) - 1
                row = t.row(style=FontFace(emphasis="BOLD") if bold else None)
                for c in r:
                    row.cell(latin1(c))
        pdf.ln(3)

    def kv(b):
        if b.title:
            if pdf.will_page_break(8 + 6 * len(b.items)):
                pdf.add_page()
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(col_widths=(45, 105), width=150, first_row_as_headings=True, align="LEFT",
                           headings_style=FontFace(emphasis="BOLD", fill_color=NAVY, color=(255, 255, 255)),
                           cell_fill_color=CARD, cell_fill_mode="ALL", borders_layout=TableBordersLayout.NO_HORIZONTAL_LINES,
                           line_height=4.6, padding=(0.8, 2)) as t:
                r = t.row()
                r.cell(latin1(b.title), colspan=2)
                for k, v in b.items:
                    r = t.row()
                    r.cell(latin1(k) + ":", style=FontFace(emphasis="BOLD"))
                    r.cell(latin1(v))
            pdf.ln(3)
            return
        if b.caption:
            heading(Block("heading", text=b.caption, level=3))
        pdf.set_font("Helvetica", "", 9)
        kw = min(max(pdf.get_string_width(latin1(k)) for k, _ in b.items) + 6, W * 0.4)
        with pdf.table(col_widths=(kw, W - kw), width=W, first_row_as_headings=False,
                       borders_layout=TableBordersLayout.HORIZONTAL_LINES, line_height=4.4, padding=(0.6, 1.2)) as t:
            for k, v in b.items:
                r = t.row()
                r.cell(latin1(k), style=FontFace(emphasis="BOLD"))
                r.cell(latin1(v))
        pdf.ln(3)

    def toc(b):
        if b.caption:
            heading(Block("heading", text=b.caption, level=1))
        pdf.set_font("Helvetica", "", 9.5)
        for a, p in b.items:
            pdf.cell(W - 22, 5, latin1(a))
            pdf.cell(22, 5, latin1(p), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    for b in blocks:
        if b.kind == "heading":
            heading(b)
        elif b.kind == "para":
            paragraph(b.text)
        elif b.kind == "lines":
            for l in b.lines:
                ind = min(len(l) - len(l.lstrip()), 12) * 1.0
                paragraph(l.strip(), align="L", indent=ind, after=0.3)
            pdf.ln(1.5)
        elif b.kind == "bullets":
            pdf.set_font("Helvetica", "", 9.5)
            for m, t, depth in b.items:
                ind = 4 + min(depth, 8) * 1.0
                pdf.set_x(pdf.l_margin + ind)
                if b.ordered:
                    pdf.cell(7, 4.4, latin1(m))
                else:                            # a drawn bullet, as a Symbol-font glyph would not extract
                    pdf.circle(x=pdf.get_x() + 1.2, y=pdf.get_y() + 2.2, radius=0.7, style="F")
                    pdf.set_x(pdf.get_x() + 6)
                pdf.multi_cell(W - ind - (6 if not b.ordered else 7), 4.4, latin1(t), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            pdf.ln(1.5)
        elif b.kind == "table":
            table(b)
        elif b.kind == "kv":
            kv(b)
        elif b.kind == "toc":
            toc(b)
    pdf.output(pdf_path)


# ============================================================================ main

def load_manifest(path):
    data = json.load(open(path, encoding="utf-8"))
    docs = data["documents"] if isinstance(data, dict) else data
    out = []
    for d in docs:
        d = dict(d)
        if "data_period" not in d and "period" in d:
            d["data_period"] = d.pop("period")
        out.append(d)
    return out, (data.get("description") if isinstance(data, dict) else None)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--producer", choices=["chromium", "fpdf2"], required=True)
    ap.add_argument("--manifest", help="manifest (default CORPUS/manifest.json, else CORPUS/../manifest.json)")
    ap.add_argument("--two-column-every", type=int, default=0,
                    help="chromium: set every Nth document (the 2nd, then every Nth) with its narrative in two CSS "
                         "columns, like render_pdfs.py does (3 there); fpdf2 is single column only; default 0 = none")
    ap.add_argument("--font", default='"Liberation Sans", Arial, "DejaVu Sans", sans-serif',
                    help="chromium: CSS font-family of the page")
    ap.add_argument("--keep-html", metavar="DIR", help="chromium: keep the .html pages in DIR (not in OUT_DIR, "
                                                       "which the assistant reads as a corpus)")
    ap.add_argument("--chromium", help="chromium binary (default: chromium on PATH)")
    args = ap.parse_args(argv)

    man = args.manifest
    if not man:
        for cand in (os.path.join(args.corpus, "manifest.json"), os.path.join(args.corpus, os.pardir, "manifest.json")):
            if os.path.exists(cand):
                man = cand
                break
    docs, desc = load_manifest(man) if man else ([], None)
    by_file = {d["file"]: d for d in docs}
    txts = sorted(f for f in os.listdir(args.corpus) if f.endswith(".txt"))
    os.makedirs(args.out, exist_ok=True)
    chromium = find_chromium(args.chromium) if args.producer == "chromium" else None
    out_docs = []
    for k, fname in enumerate(txts):
        meta = dict(by_file.get(fname) or {"file": fname})
        two = args.producer == "chromium" and bool(args.two_column_every) and k % args.two_column_every == 1
        blocks = parse(open(os.path.join(args.corpus, fname), encoding="utf-8").read())
        pdf_name = fname[:-4] + ".pdf"
        pdf_path = os.path.join(args.out, pdf_name)
        if args.producer == "chromium":
            page = to_html(blocks, meta, fname, two, args.font)
            if args.keep_html:
                os.makedirs(args.keep_html, exist_ok=True)
            html_path = os.path.join(args.keep_html or tempfile.gettempdir(), fname[:-4] + ".html")
            with open(html_path, "w", encoding="utf-8") as f:
                f.write(page)
            print_pdf(chromium, html_path, pdf_path)
            if not args.keep_html:
                os.remove(html_path)
        else:
            build_fpdf(blocks, meta, fname, pdf_path, two)
        m = dict(meta)
        m["file"] = pdf_name
        m["source_text"] = fname
        m["layout"] = "two-column narrative" if two else "single column"
        m["pdf_producer"] = args.producer
        if fname in by_file:
            out_docs.append(m)
        kinds = {}
        for b in blocks:
            kinds[b.kind] = kinds.get(b.kind, 0) + 1
        print(f"{pdf_name}: {args.producer}, {m['layout']}; blocks {kinds}")
    note = (f"PDF renditions (A4) made by scripts/render_other_pdfs.py --producer {args.producer} "
            "from the text documents named in source_text.")
    manifest = {"description": (desc.rstrip(". ") + ". " + note) if desc else note, "documents": out_docs}
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
