"""Helpers used to write the dev6 documents (self-contained; written after reading dev5's
tools/common.py for format only). Figures are computed so that tables are internally consistent:
rates = count / base x per, rounded half up; ward rows sum to totals (largest remainder)."""
import textwrap
from decimal import Decimal, ROUND_HALF_UP


def r(x, dp=1):
    """Round half up (on the decimal representation)."""
    q = Decimal(1).scaleb(-dp) if dp > 0 else Decimal(1)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def f(x, dp=1):
    """Format with dp decimals and thousands separators."""
    v = r(x, dp)
    return f"{v:,.{dp}f}" if dp > 0 else f"{int(v):,}"


def fi(n):
    return f"{int(n):,}"


def rate(count, base, per=1000, dp=1):
    return r(count / base * per, dp)


def frate(count, base, per=1000, dp=1):
    return f(count / base * per, dp)


def pct(new, old, dp=0):
    return r((new - old) / old * 100, dp)


def share(part, whole, dp=1):
    return r(part / whole * 100, dp)


def split(total, weights):
    """Integers proportional to weights that sum exactly to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rem = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - base[i]))
    for i in order[:rem]:
        base[i] += 1
    return base


def arrow(new, old, dp=0):
    """'▲ 12%' / '▼ 5%' / '► 0%'."""
    v = pct(new, old, dp)
    if v > 0:
        return "▲ " + f(abs(v), dp) + "%"
    if v < 0:
        return "▼ " + f(abs(v), dp) + "%"
    return "► 0%"


def signed(v, dp=1, suffix="%"):
    v = r(v, dp)
    return ("+" if v > 0 else ("-" if v < 0 else "")) + f(abs(v), dp) + suffix


def pp(new, old, dp=1):
    """Change in percentage points: '+12.0 pp'."""
    return signed(new - old, dp, " pp")


def wrap(text, width=88, indent=""):
    out = []
    for para in text.strip("\n").split("\n\n"):
        para = " ".join(para.split())
        out.append(textwrap.fill(para, width, initial_indent=indent, subsequent_indent=indent,
                                 break_on_hyphens=False))
    return "\n\n".join(out)


def bullets(items, width=88, mark="•", indent=""):
    out = []
    for it in items:
        w = textwrap.wrap(" ".join(it.split()), width - len(indent) - 2, break_on_hyphens=False)
        out.append(indent + mark + " " + w[0])
        out.extend(indent + "  " + x for x in w[1:])
    return "\n".join(out)


def aligned(rows, header, align=None, gap=3, rule="-"):
    """Space-aligned table with a rule under the header."""
    allrows = [header] + rows
    n = len(header)
    widths = [max(len(str(rw[i])) for rw in allrows) for i in range(n)]
    al = align or (["l"] + ["r"] * (n - 1))
    def line(rw):
        cells = [str(rw[i]).ljust(widths[i]) if al[i] == "l" else str(rw[i]).rjust(widths[i]) for i in range(n)]
        return (" " * gap).join(cells).rstrip()
    total_w = sum(widths) + gap * (n - 1)
    out = [line(header)]
    if rule:
        out.append(rule * total_w)
    out += [line(rw) for rw in rows]
    return "\n".join(out)


def pipe(rows, header):
    allrows = [header] + rows
    n = len(header)
    widths = [max(len(str(rw[i])) for rw in allrows) for i in range(n)]
    def line(rw):
        return "| " + " | ".join(str(rw[i]).ljust(widths[i]) if i == 0 else str(rw[i]).rjust(widths[i])
                                 for i in range(n)) + " |"
    rule = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    return "\n".join([rule, line(header), rule] + [line(rw) for rw in rows] + [rule])


def box(title, items, width=80, ch="*"):
    inner = width - 4
    out = [ch * width, ch + " " + title.center(inner) + " " + ch, ch * width]
    for it in items:
        w = textwrap.wrap(" ".join(it.split()), inner - 2, break_on_hyphens=False)
        out.append(ch + " • " + w[0].ljust(inner - 2) + ch)
        for x in w[1:]:
            out.append(ch + "   " + x.ljust(inner - 2) + ch)
    out.append(ch * width)
    return "\n".join(out)


def write(path, parts):
    text = "\n".join(parts).rstrip() + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(path, text.count("\n"), "lines")


def paginate(text, header, footer_fmt, lines_per_page=50, first_page_plain=True):
    """Split on blank lines into pages of about lines_per_page lines; add header and footer.
    footer_fmt gets n and N, e.g. 'Page {n} of {N}'. Breaks only at blank lines, so tables and
    paragraphs stay whole."""
    lines = text.rstrip("\n").split("\n")
    pages, cur = [], []
    for ln in lines:
        if ln.startswith("\f"):  # forced page break
            if cur:
                pages.append(cur)
            cur = [ln[1:]] if ln[1:] else []
            continue
        cur.append(ln)
        if len(cur) >= lines_per_page and ln.strip() == "":
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    N = len(pages)
    out = []
    for n, pg in enumerate(pages, 1):
        while pg and not pg[-1].strip():
            pg.pop()
        while pg and not pg[0].strip():
            pg.pop(0)
        if n > 1 or not first_page_plain:
            out.append(header)
            out.append("")
        out.extend(pg)
        out.append("")
        out.append(footer_fmt.format(n=n, N=N))
        out.append("")
    return "\n".join(out)


def write_text(path, text):
    text = text.rstrip() + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(path, text.count("\n"), "lines")
