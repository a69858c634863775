"""Helpers used to write the dev5 documents: dev4's (figures computed so tables are consistent), and the
layouts dev5 adds."""
import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "dev4_common", os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "dev4", "tools",
                                "common.py"))
_dev4 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dev4)
globals().update({k: v for k, v in vars(_dev4).items() if not k.startswith("__")})


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
