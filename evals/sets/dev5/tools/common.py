"""Helpers used to write the dev3 documents (figures computed so tables are consistent)."""
import textwrap
from decimal import Decimal, ROUND_HALF_UP


def r(x, dp=1):
    """Round half up and return float."""
    q = Decimal(1).scaleb(-dp) if dp else Decimal(1)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def f(x, dp=1, comma=True):
    """Format number half-up with dp decimals and thousands commas."""
    q = Decimal(1).scaleb(-dp) if dp else Decimal(1)
    d = Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP)
    s = f"{d:,}" if comma else f"{d}"
    return s


def n(x):
    return f"{int(x):,}"


def pct(new, old, dp=1, sign=True):
    v = (new - old) / old * 100
    s = f(abs(v), dp)
    if not sign:
        return s
    return ("+" if v >= 0 else "-") + s


def signed(x):
    return ("+" if x >= 0 else "-") + f"{abs(int(x)):,}"


def rate(count, pop, per):
    return count / pop * per


class Doc:
    def __init__(self, width=None):
        self.lines = []
        self.width = width

    def raw(self, s=""):
        self.lines.extend(s.split("\n"))

    def blank(self, k=1):
        self.lines.extend([""] * k)

    def p(self, s, width=None):
        w = width if width is not None else self.width
        if w:
            self.lines.extend(textwrap.wrap(s, w, break_on_hyphens=False))
        else:
            self.lines.append(s)
        self.lines.append("")

    def bullets(self, items, mark="•", width=None):
        w = width if width is not None else self.width
        for it in items:
            if w:
                wr = textwrap.wrap(it, w - len(mark) - 1, break_on_hyphens=False)
                self.lines.append(f"{mark} {wr[0]}")
                self.lines.extend("  " + x for x in wr[1:])
            else:
                self.lines.append(f"{mark} {it}")
        self.lines.append("")

    def text(self):
        return "\n".join(self.lines).rstrip() + "\n"


def space_table(rows, header=None, gap=2, align=None):
    """Space-aligned table; first column left, others right."""
    allrows = ([header] if header else []) + rows
    ncol = max(len(x) for x in allrows)
    widths = [max(len(str(rw[i])) if i < len(rw) else 0 for rw in allrows) for i in range(ncol)]
    out = []
    for rw in allrows:
        cells = []
        for i in range(ncol):
            c = str(rw[i]) if i < len(rw) else ""
            a = (align[i] if align else ("l" if i == 0 else "r"))
            cells.append(c.ljust(widths[i]) if a == "l" else c.rjust(widths[i]))
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


def tab_table(rows, header=None):
    allrows = ([header] if header else []) + rows
    return "\n".join("\t".join(str(c) for c in rw) for rw in allrows)


def pipe_table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in rw) + " |" for rw in rows]
    return "\n".join(out)


def cell_table(rows, header):
    out = list(header)
    for rw in rows:
        out.append("")
        out.extend(str(c) for c in rw)
    return "\n".join(out)


# ---- dev4 additions ----

def wrapped_header_table(rows, header_lines, gap=2, align=None):
    """Space-aligned table whose header cells are wrapped over several lines.

    header_lines: list of columns, each a list of header line fragments (bottom-aligned).
    """
    ncol = len(header_lines)
    depth = max(len(h) for h in header_lines)
    hdr = [[""] * (depth - len(h)) + list(h) for h in header_lines]
    widths = []
    for i in range(ncol):
        w = max(len(x) for x in hdr[i])
        w = max([w] + [len(str(rw[i])) for rw in rows if i < len(rw)])
        widths.append(w)
    out = []
    for k in range(depth):
        cells = []
        for i in range(ncol):
            a = (align[i] if align else ("l" if i == 0 else "r"))
            c = hdr[i][k]
            cells.append(c.ljust(widths[i]) if a == "l" else c.rjust(widths[i]))
        out.append((" " * gap).join(cells).rstrip())
    for rw in rows:
        cells = []
        for i in range(ncol):
            c = str(rw[i]) if i < len(rw) else ""
            a = (align[i] if align else ("l" if i == 0 else "r"))
            cells.append(c.ljust(widths[i]) if a == "l" else c.rjust(widths[i]))
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


def arrow(new, old, band=2.0):
    v = (new - old) / old * 100
    if v > band:
        return "\u2191"
    if v < -band:
        return "\u2193"
    return "\u2194"


def trend_word(new, old, band=2.0):
    v = (new - old) / old * 100
    if v > band:
        return "Up"
    if v < -band:
        return "Down"
    return "Stable"


def apportion(total, weights):
    """Split an integer total in proportion to weights (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rem = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rem]:
        base[i] += 1
    return base


# ---- dev5 additions ----

def md_table(rows, header, align=None):
    """Markdown-style pipe table with padded cells and a ':---' / '---:' rule."""
    allrows = [header] + rows
    ncol = len(header)
    widths = [max(len(str(rw[i])) for rw in allrows) for i in range(ncol)]
    al = align or (["l"] + ["r"] * (ncol - 1))
    def line(rw):
        cells = []
        for i in range(ncol):
            c = str(rw[i])
            cells.append(c.ljust(widths[i]) if al[i] == "l" else c.rjust(widths[i]))
        return "| " + " | ".join(cells) + " |"
    rule = "|" + "|".join((":" + "-" * (widths[i] + 1)) if al[i] == "l" else ("-" * (widths[i] + 1) + ":")
                          for i in range(ncol)) + "|"
    return "\n".join([line(header), rule] + [line(rw) for rw in rows])


def box(title, items, width=74):
    """An ASCII box with a title and bullet lines (the 'Key findings' box)."""
    inner = width - 4
    out = ["+" + "-" * (width - 2) + "+", "| " + title.ljust(inner) + " |", "|" + " " * (width - 2) + "|"]
    for it in items:
        wr = textwrap.wrap(it, inner - 2, break_on_hyphens=False)
        out.append("| - " + wr[0].ljust(inner - 2) + " |")
        for x in wr[1:]:
            out.append("|   " + x.ljust(inner - 2) + " |")
    out.append("+" + "-" * (width - 2) + "+")
    return "\n".join(out)


def paren_change(new, old, dp=0):
    """Percentage change, negatives in parentheses: '(12%)' / '8%'."""
    v = (new - old) / old * 100
    s = f(abs(v), dp) + "%"
    return f"({s})" if v < 0 else s


def updown(new, old, dp=0):
    v = (new - old) / old * 100
    if r(abs(v), dp) == 0:
        return "no change"
    return ("up " if v > 0 else "down ") + f(abs(v), dp) + "%"


def plain_change(new, old, dp=1):
    """Percentage change as a bare signed number (the % sign is in the column header)."""
    v = (new - old) / old * 100
    return ("" if v >= 0 else "-") + f(abs(v), dp)
