"""Priority lists: a partnership's main priorities, additional considerations and force-wide
challenges (under 'Summary of ... Priorities'), and a county agreement's county-wide priorities.
"""

from __future__ import annotations

import re

import pandas as pd

from assistant.tables.cells import clean_label
from assistant.tables.context import DocContext, looks_like_heading
from assistant.text import Line
from assistant.tables.vocabulary import canonical_measure, find_measures

_SUMMARY = re.compile(r"^summary of\b.*\bpriorities$", re.I)
_BULLET = re.compile(r"^\s*[-•]\s+(?P<item>.+)$")
_NUMBERED = re.compile(r"^\s*[-•]?\s*\d+\.\d+\b")
_COUNTY = re.compile(r"county[\s-]wide priorities", re.I)
_FLAG = re.compile(r"\[(?P<flag>[^\]]+)\]")


def list_kind(intro: str) -> str:
    """What a list of priorities is, from the sentence that introduces it."""
    low = intro.lower()
    if "significantly more than others" in low or "some specific" in low or "affect some" in low:
        return "specific_csps"
    if "not considered a main priority" in low or "additional consideration" in low:
        return "additional"
    if "challenges" in low:
        return "force_wide"
    if _COUNTY.search(low):
        return "county_wide"
    return "main"


def _regions(ctx: DocContext) -> list[tuple[int, int, str]]:
    """(first line, end line, title) of each region that lists priorities."""
    out: list[tuple[int, int, str]] = []
    lines = ctx.lines
    for i, line in enumerate(lines):
        text = line.text.strip()
        if line.tabbed or not text:
            continue
        if _SUMMARY.match(clean_label(text)) and len(text) < 90:
            j = i + 1
            while j < len(lines):
                t = lines[j].text.strip()
                heading = any(h.start == lines[j].start for h in ctx.outline) and lines[j].start > line.start
                if heading or (t and not t.endswith(":") and looks_like_heading(t) and not _BULLET.match(t)):
                    break
                j += 1
            out.append((i + 1, j, text))
        elif _NUMBERED.match(text) and _COUNTY.search(text) and not any(a <= i < b for a, b, _ in out):
            j = i + 1
            while j < len(lines):
                t = lines[j].text.strip()
                if t and not _BULLET.match(t) and not (_NUMBERED.match(t) and "county wide" in t.lower()):
                    break
                j += 1
            out.append((i, j, ctx.heading_title_before(line.start) or text))
    return out


def _clean_item(text: str) -> tuple[str, str | None, str | None]:
    """(item, flag, note) from a bullet such as '**[New!] Safer Roads** *[added as a consideration]*'."""
    flag = note = None
    m = _FLAG.search(text.split("**")[1] if text.count("**") >= 2 else text)
    if m:
        flag = m.group("flag")
    tail = re.search(r"\*\[([^\]]+)\]\*\s*$", text)
    if tail:
        note = tail.group(1)
        text = text[: tail.start()]
    text = _FLAG.sub("", text) if flag else text
    return clean_label(text), flag, note


def read_priorities(ctx: DocContext) -> None:
    """Read every priority list into the priorities frame and one 'priorities' table per document."""
    rows: list[list] = []
    table_id = None
    span: list[int] = []
    for first, end, title in _regions(ctx):
        intro = ""
        intro_used = True
        positions: dict[str, int] = {}
        last_item: dict | None = None
        prev_line: Line | None = None
        seen_list = False
        for line in ctx.lines[first:end]:
            text = line.text.strip()
            if not text:
                continue
            bullet = _BULLET.match(line.text)
            if bullet and not _NUMBERED.match(text):
                kind = list_kind(intro)
                positions[kind] = positions.get(kind, 0) + 1
                table_id = table_id or ctx.new_table_id("priorities")
                last_item = _add(ctx, table_id, line, kind, positions[kind], bullet.group("item"), title)
                rows.append([title, kind, positions[kind], last_item["item"], last_item["flag"] or "", last_item["note"] or ""])
                span += [line.start, line.end]
                intro_used = seen_list = True
                continue
            if text.startswith("(") and last_item is not None:
                last_item["note"] = clean_label(text.strip("()"))
                last_item["end"] = line.end
                last_item["row_text"] = ctx.doc.text[last_item["start"]:line.end]
                rows[-1][-1] = last_item["note"]
                continue
            if text[0].isalpha() or _NUMBERED.match(text):
                if seen_list and prev_line is not None and not intro_used and "priorit" in intro.lower():
                    table_id = table_id or ctx.new_table_id("priorities")
                    rec = _add(ctx, table_id, prev_line, "note", 1, intro, title)
                    rows.append([title, "note", 1, rec["item"], "", ""])
                intro, intro_used, prev_line, last_item = text, False, line, None
    if table_id and rows:
        frame = pd.DataFrame(rows, columns=["List", "Kind", "Position", "Priority", "Flag", "Note"])
        ctx.add_table("priorities", "Priority lists", frame, min(span), max(span), ctx.period, None,
                      table_id=table_id, notes=("kinds: main, additional, force_wide, specific_csps, county_wide, note",))


def _add(ctx: DocContext, table_id: str, line: Line, kind: str, position: int, printed: str, title: str) -> dict:
    item, flag, note = _clean_item(printed)
    whole = canonical_measure(item)
    measures = [whole] if whole else list(dict.fromkeys(m for m, _, _ in find_measures(item)))
    rec = {"priority_id": f"{table_id}#{len(ctx.priorities) + 1}", "table_id": table_id, "doc_id": ctx.doc_id,
           "source": ctx.doc.meta.source, "partnership": ctx.partnership, "period": ctx.period,
           "list_kind": kind, "position": position, "item": item if kind != "note" else printed,
           "item_printed": printed, "measures": "; ".join(measures), "flag": flag, "note": note}
    rec.update(ctx.provenance(line.start, line.end))
    rec["section"] = rec["section"] or title
    ctx.priorities.append(rec)
    return rec
