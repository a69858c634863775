"""Tables of text: descriptions (Mosaic groups), governance (theme, board, lead officer), key/value
details, and families of small tables that repeat one header under different group names
(priority localities per district). Wrapped cells are joined back into their rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from assistant.tables.cells import clean_label
from assistant.tables.context import DocContext
from assistant.text import Line
from assistant.tables.formats.common import table_title

Frag = tuple[str, int, int]


@dataclass
class Record:
    """One logical row: per column, the wrapped fragments it was printed in; and its span."""

    cols: list[list[Frag]]
    start: int
    end: int
    group: str | None = None

    def text(self, k: int) -> str:
        """Column k's fragments joined (a trailing hyphen joins without a space)."""
        out = ""
        for t, _, _ in self.cols[k] if k < len(self.cols) else []:
            out = (out + t) if out.endswith("-") and t[:1].islower() else (f"{out} {t}" if out else t)
        return out.strip()


@dataclass
class TextBlock:
    """A run of tab lines (and the continuation lines after it) that hold text cells."""

    lines: list[Line]
    extra: list[Line] = field(default_factory=list)


def _cells(ctx: DocContext, line: Line) -> list[Frag]:
    return ctx.cells(line)


def _is_header(cells: list[Frag]) -> bool:
    texts = [t for t, _, _ in cells if t]
    return len(texts) >= 2 and all(len(t) <= 80 for t in texts) and all(t[:1].isupper() for t in texts)


def _continues(cells: list[Frag], ncols: int) -> bool:
    """A line continues the previous row when its first cell is empty or starts mid-phrase,
    when it fills only the first cell, or when another cell starts in lower case."""
    first = cells[0][0] if cells else ""
    others = [t for t, _, _ in cells[1:] if t]
    if not first or not first[0].isupper() and not first[0].isdigit():
        return True
    if ncols > 1 and not others:
        return True
    return any(t[0].islower() for t in others)


def group_blocks(ctx: DocContext, blocks: list[list[Line]]) -> list[list[TextBlock]]:
    """Join blocks that continue one table (same width) or repeat its header under a new group name."""
    groups: list[list[TextBlock]] = []
    for lines in blocks:
        tb = TextBlock(lines)
        if groups:
            prev = groups[-1][-1]
            last = (prev.extra or prev.lines)[-1]
            gap = ctx.lines[last.idx + 1: lines[0].idx]
            width = len(_cells(ctx, lines[0]))
            prev_width = max(len(_cells(ctx, x)) for x in groups[-1][0].lines)
            quiet = all(g.blank or g.text.strip()[:1].islower() for g in gap) and len(gap) <= 6
            if quiet and abs(width - prev_width) <= 1:
                prev.extra.extend(g for g in gap if not g.blank)
                groups[-1].append(tb)
                continue
        groups.append([tb])
    for grp in groups:  # lowercase lines right after the last block continue its last cell
        last = grp[-1]
        j = (last.lines[-1]).idx + 1
        while j < len(ctx.lines) and (ctx.lines[j].blank or ctx.lines[j].text.strip()[:1].islower()) and j - last.lines[-1].idx <= 4:
            if not ctx.lines[j].blank and not ctx.lines[j].tabbed:
                last.extra.append(ctx.lines[j])
            j += 1
    return groups


def _records(ctx: DocContext, lines: list[Line], extra: list[Line], ncols: int, group: str | None) -> list[Record]:
    recs: list[Record] = []
    for line in lines:
        cells = _cells(ctx, line)
        if not any(t for t, _, _ in cells) or all(set(t) <= set("-–") for t, _, _ in cells if t) and len(cells) > 1:
            continue
        if recs and _continues(cells, ncols):
            rec = recs[-1]
        else:
            rec = Record([[] for _ in range(ncols)], line.start, line.end, group)
            recs.append(rec)
        for k, frag in enumerate(cells[:ncols]):
            if frag[0]:
                rec.cols[k].append(frag)
        rec.end = line.end
    for line in extra:
        if recs and line.start > recs[-1].start:
            s, e = ctx.trim(line.start, line.end)
            recs[-1].cols[-1].append((ctx.doc.text[s:e], s, e))
            recs[-1].end = max(recs[-1].end, line.end)
    return recs


def _split_items(frags: list[Frag], group: str) -> list[Frag]:
    """First-column fragments of a grouped table as separate names, split where the group's first word recurs."""
    word = group.split()[0] if group.split() else ""
    out: list[Frag] = []
    for t, s, _ in frags:
        if not re.search(r"[A-Za-z]", t):
            continue
        cuts = [0] + [m.start() + 1 for m in re.finditer(rf"\s{re.escape(word)}\b", t)] if word else [0]
        for a, b in zip(cuts, cuts[1:] + [len(t)]):
            piece = t[a:b].strip()
            if piece:
                out.append((piece, s + a + (len(t[a:b]) - len(t[a:b].lstrip())), s + a + len(t[a:b].rstrip())))
    return out


def build_text_tables(ctx: DocContext, group: list[TextBlock]) -> str | None:
    """Record one text table (or one family of repeated-header tables) as facts and a wide frame."""
    first = group[0].lines
    header = _cells(ctx, first[0])
    ncols = max(len(_cells(ctx, x)) for x in first)
    headed = _is_header(header)
    repeated = [tb for tb in group if [t for t, _, _ in _cells(ctx, tb.lines[0])][1:] == [t for t, _, _ in header][1:]]
    family = headed and len(group) >= 2 and len(repeated) == len(group)
    start, end = first[0].start, max(((tb.extra or tb.lines)[-1].end for tb in group))
    title = table_title(ctx, first[0].idx, start)
    kind = "grouped_text" if family else ("text_table" if headed else "key_value")
    if not headed and ncols != 2:
        ctx.problem("text table without a header row skipped", severity="warning", title=title, start=start, end=end)
        return None
    if kind == "key_value":
        keys = [ctx.cells(x)[0][0] for tb in group for x in tb.lines if ctx.cells(x) and ctx.cells(x)[0][0]]
        title = ", ".join(keys[:4]) + (", ..." if len(keys) > 4 else "")
    table_id = ctx.new_table_id(kind)
    names = [clean_label(t) or f"column {k + 1}" for k, (t, _, _) in enumerate(header)] if headed else ["Field", "Value"]
    names += [f"column {k + 1}" for k in range(len(names), ncols)]
    rows: list[list[str]] = []
    for n, tb in enumerate(group):
        body = tb.lines[1:] if (headed and (n == 0 or family)) else tb.lines
        grp = clean_label(_cells(ctx, tb.lines[0])[0][0]) if family else None
        for rec in _records(ctx, body, tb.extra, ncols, grp):
            if family and grp:
                for item, s, e in _split_items(rec.cols[0], grp):
                    rows.append([grp, item] + [rec.text(k) for k in range(1, ncols)])
                    for k in range(1, ncols):
                        ctx.add_fact(table_id, row=(rec.start, rec.end), subject=item, field_name=names[k],
                                     text=rec.text(k), area=item, area_type="locality", partnership=grp)
                continue
            subject = rec.text(0)
            rows.append([rec.text(k) for k in range(ncols)])
            for k in range(1, ncols):
                if rec.text(k):
                    ctx.add_fact(table_id, row=(rec.start, rec.end), subject=subject,
                                 field_name=names[k] if headed else subject, text=rec.text(k))
    columns = (["Group", "Name", *names[1:]] if family else names)
    frame = pd.DataFrame(rows, columns=columns)
    notes = ("tables repeating one header under different group names, merged; the group is the first header cell",) if family else ()
    ctx.add_table(kind, title, frame, start, end, ctx.period, None, table_id=table_id, notes=notes)
    return table_id
