"""Safe Markdown from document text: escape every special character, highlight cited ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

# Every ASCII punctuation mark Markdown, Streamlit directives (:red[...]), LaTeX ($) or HTML could act on.
_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&\"'])")
_BLANK_RUN = re.compile(r"\n[ \t]*\n\s*")
HIGHLIGHT = "orange-background"

Range = tuple[int, int]


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown specials so text shows exactly as written, never as markup."""
    return _SPECIALS.sub(r"\\\1", text)


def _merge(ranges, length: int) -> list[Range]:
    """Clip ranges to [0, length) and merge overlapping ones."""
    clipped = sorted((max(0, a), min(length, b)) for a, b in ranges if b > a)
    out: list[Range] = []
    for a, b in clipped:
        if a >= b:
            continue
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _marked(piece: str) -> str:
    """One highlighted run, whitespace kept outside the directive so it renders."""
    core = piece.strip()
    if not core:
        return escape_markdown(piece)
    lead = piece[: len(piece) - len(piece.lstrip())]
    trail = piece[len(piece.rstrip()) :]
    return f"{lead}:{HIGHLIGHT}[{escape_markdown(core)}]{trail}"


def mark_span(text: str, offset: int, ranges: list[Range]) -> str:
    """Escape a single-line span that starts at `offset` of the passage, highlighting `ranges` (passage offsets)."""
    local = _merge(((a - offset, b - offset) for a, b in ranges), len(text))
    out, pos = [], 0
    for a, b in local:
        out.append(escape_markdown(text[pos:a]))
        out.append(_marked(text[a:b]))
        pos = b
    out.append(escape_markdown(text[pos:]))
    return "".join(out)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for each line of text."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


@dataclass(eq=False)
class TableBlock:
    """Tab-separated lines of a passage as a frame of verbatim cells; `marked` rows hold cited text."""

    frame: pd.DataFrame
    marked: list[bool]


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(names):
        name = name or f"Column {i + 1}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _table_block(rows: list[tuple[int, str]], ranges: list[Range]) -> TableBlock:
    """The first line is the header; a row is marked when a cited range overlaps it."""
    cells = [[c.strip() for c in line.split("\t")] for _, line in rows]
    width = max(len(r) for r in cells)
    cells = [r + [""] * (width - len(r)) for r in cells]
    marked = [any(a < offset + len(line) and b > offset for a, b in ranges) for offset, line in rows[1:]]
    return TableBlock(pd.DataFrame(cells[1:], columns=_unique(cells[0])), marked)


SHORT_LINE = 100


def _soft_gap(lines: list[tuple[int, str]], i: int) -> bool:
    """A single blank line between two short lines (label: value lists in extracted PDFs) is a line break, not a paragraph."""
    prev_line = lines[i - 1][1].strip() if i > 0 else ""
    next_line = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
    return bool(prev_line and next_line) and len(prev_line) < SHORT_LINE and len(next_line) < SHORT_LINE \
        and "\t" not in next_line


def passage_blocks(text: str, highlights=()) -> list[str | TableBlock]:
    """A verbatim passage as safe Markdown paragraphs (cited ranges highlighted) and tables (cited rows marked)."""
    ranges = [tuple(h) for h in highlights]
    lines = _lines(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[str | TableBlock] = []
    para: list[str] = []
    paras: list[str] = []
    i = 0

    def flush(final: bool = False) -> None:
        if para:
            paras.append("  \n".join(para))
            para.clear()
        if final and paras:
            blocks.append("\n\n".join(paras))
            paras.clear()

    while i < len(lines):
        offset, line = lines[i]
        if "\t" in line.strip():
            j = i
            while j < len(lines) and "\t" in lines[j][1].strip():
                j += 1
            if j - i >= 2:
                flush(final=True)
                blocks.append(_table_block(lines[i:j], ranges))
                i = j
                continue
        if not line.strip():
            if not _soft_gap(lines, i):
                flush()
        else:
            lead = len(line) - len(line.lstrip())
            para.append(mark_span(line.strip().replace("\t", " "), offset + lead, ranges))
        i += 1
    flush(final=True)
    return blocks


def passage_markdown(text: str, highlights=()) -> str:
    """The Markdown parts of a passage joined (tables left out): what a reader sees as prose."""
    return "\n\n".join(b for b in passage_blocks(text, highlights) if isinstance(b, str))


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_BULLET = re.compile(r"^\s*[-*]\s+")


def answer_markdown(text: str) -> str:
    """An answer's text as safe Markdown: engine **bold** and '- ' bullets kept, everything else literal."""
    paras = []
    for para in _BLANK_RUN.split(text.strip()):
        lines = []
        for line in para.split("\n"):
            bullet = ""
            if _BULLET.match(line):
                bullet, line = "- ", _BULLET.sub("", line, count=1)
            parts, pos = [], 0
            for m in _BOLD.finditer(line):
                parts.append(escape_markdown(line[pos : m.start()]))
                parts.append(f"**{escape_markdown(m.group(1))}**")
                pos = m.end()
            parts.append(escape_markdown(line[pos:]))
            lines.append(bullet + "".join(parts))
        paras.append("  \n".join(lines) if not any(l.startswith("- ") for l in lines) else "\n".join(lines))
    return "\n\n".join(paras)
