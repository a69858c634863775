"""Text primitives every stage shares: lines with offsets, sentence ends, footnote marks, periods and contents lists.

Each is defined here once; readers, chunker, table extraction and answering import them rather than keep a copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- lines ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of a text: its index, its character range (the newline excluded) and its text."""

    idx: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        """True for an empty or whitespace-only line."""
        return not self.text.strip()

    @property
    def tabbed(self) -> bool:
        """True when the line holds a tab (a table row in the extracted text)."""
        return "\t" in self.text


def split_lines(text: str, strip_trailing: bool = False) -> list[Line]:
    """The text's lines (split at newlines only) with their offsets; strip_trailing drops trailing blanks too."""
    out: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        body = raw.rstrip() if strip_trailing else raw.rstrip("\r")
        out.append(Line(i, pos, pos + len(body), body))
        pos += len(raw) + 1
    return out


# --- sentences --------------------------------------------------------------------------------------------------

# The gap after a sentence's full stop (closing quotes or brackets kept with it) before a sentence, number, quote,
# bracket, pound sign or bullet starts.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z0-9\"'‘“(£•\-])")

# --- footnote marks ---------------------------------------------------------------------------------------------

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Marks a table cell or label may carry for a footnote: symbols and superscript digits.
FOOTNOTE_MARKS = "*†‡§" + SUPERSCRIPT_DIGITS
def full_years(text: str, hyphens: bool = False) -> str:
    """A financial year written short, with its century ('Crime 21/22' is 'Crime 2021/22', 'in 98/99' 'in
    1998/99'): a header quoting it states a period, not the figures 21 and 22, and a question asking for it names a
    year. Two numbers that are not consecutive years ('16/18') are left as printed. With hyphens, '22-23' too, unless
    ages are meant ('aged 16-17', '16-17 year olds')."""
    def full(m: re.Match) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        if b != (a + 1) % 100:
            return m.group(0)
        return f"{'19' if a >= 50 else '20'}{m.group(1)}/{m.group(2)}"

    text = re.sub(r"(?<![\d/.,£$])(\d{2})/(\d{2})(?![\d/%])", full, text)
    if not hyphens:
        return text  # (a table's '16-17' column may be an age band: only a question's is read as a year)

    def hyphened(m: re.Match) -> str:
        # ('aged 16-17', '16-17 year olds': an age band, not a year)
        if re.search(r"\b(?:aged?|ages|under|over|between|from)\s*$", text[max(0, m.start() - 12) : m.start()], re.I) or \
                re.match(r"\s*(?:-?\s*(?:year|yr)s?\b|y/?o\b)", text[m.end() : m.end() + 12], re.I):
            return m.group(0)
        return full(m).replace("/", "-")

    return re.sub(r"(?<![\d/.,£$-])(\d{2})-(\d{2})(?![\d/%-])", hyphened, text)


# a table's or figure's numbered label at the start of a line: 'Table 4.2 -', 'Exhibit AN1.', 'Figure 3:', 'Chart B'
TABLE_LABEL = re.compile(r"^(?:table|figure|chart|fig\.|exhibit)\s+(?:[A-Z]{0,2}\d+(?:\.\d+)*[a-z]?|[A-Z])\b\s*[:.\-–—]?\s*",
                         re.I)


def is_caption(line: str) -> bool:
    """A numbered caption: a label with words after it ('Table 3.2 - Rates compared with the MSG')."""
    m = TABLE_LABEL.match(line.strip())
    return bool(m) and m.end() < len(line.strip())


_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")


def strip_superscripts(text: str) -> str:
    """The text without superscript digits (footnote references)."""
    return _SUPERSCRIPT_RUN.sub("", text)


# --- periods ----------------------------------------------------------------------------------------------------

YEAR = r"(?:19|20)\d{2}"
# '2018-19', '2018/19', '2018 – 2019': a first year, then the second's last two digits or all four.
PERIOD_RANGE = re.compile(rf"(?<!\d)({YEAR})\s*[-–/]\s*((?:19|20)?\d{{2}})(?!\d)")
# 'April 2020 - March 2021', '1 April 2010 to 31 March 2011', 'April - March 2021': a financial year in months. The
# first year may be left out or misprinted ('April 202- March 2023'): it is kept as printed, for the reader to judge.
APRIL_TO_MARCH = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?apr(?:il)?\.?\s+(\d{{1,4}})?\s*(?:to|-|–|until)\s*"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?mar(?:ch)?\.?\s+({YEAR})\b",
    re.I,
)
# a month's name or its abbreviation
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A year or a range, as it may be printed in an answer or a question.
YEARISH = re.compile(rf"(?<!\d){YEAR}(?:\s*[-–/]\s*\d{{2,4}})?(?!\d)")

# a label followed by two or more numbers: a table row as PDF or text extraction prints it
NUMERIC_ROW = re.compile(r"^\s*[A-Za-z][^\d\t]{0,60}?(?:\s+-?\d[\d,]*(?:\.\d+)?%?){2,}\s*$")

# --- contents lists ---------------------------------------------------------------------------------------------

_CONTENTS = re.compile(r"^\s*(?:table of )?contents\s*$", re.I)
_ENTRY = re.compile(
    r"^(?P<title>\S.*?)[\s.]*(?:\t+\s*|\.{3,}\s*| {2,})(?P<page>\d{1,4}|(?:Error! Bookmark )?not defined\.?)\s*$"
)
# a contents entry printed without a page number: a short title, no sentence ('Appendix A  Ward data', '3  Overall crime')
_UNPAGED_ENTRY = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|(?:Appendix|Annex|Section|Part|Chapter)\b[^a-z]{0,6})?"
                            r"[A-Z][^.!?:;\t]{1,70}$")
# the column heads over a contents list's entries ('Section        Page')
_CONTENTS_HEAD = re.compile(r"^\s*(?:(?:section|chapter|title|heading|contents?)\s+)?pages?\s*(?:no\.?|number)?\s*$", re.I)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass(frozen=True)
class ContentsEntry:
    """One line of a contents list."""

    title: str
    page: int | None


# a count asked for: 'how many ...' (not 'how many times ...'), 'what was the number of ...'
ASKS_COUNT = re.compile(r"\s*(?:how many\b(?!\s+times\b)|what(?:'s|\s+is|\s+was|\s+were)\s+the\s+(?:number|total|count)\s+of\b)",
                        re.I)


def name_pattern(name: str) -> str:
    """A regex for a name standing as a whole: 'Millbrook (Kellmoor)' ends on a bracket, where '\\b' never matches
    before a colon or a space."""
    return rf"(?<!\w){re.escape(name)}(?!\w)"


def heading_key(s: str) -> str:
    """A heading as a contents list and the body both print it: quotes, footnote marks, spacing and case aside."""
    s = strip_superscripts(s.translate(_QUOTES))
    s = re.sub(r"\*+", "", s)
    s = re.sub(r"\s+", " ", s).strip().rstrip(".").strip()
    return s.lower()


def is_contents_heading(line: str) -> bool:
    """Whether a line is a contents list's heading ('Contents', 'Table of contents')."""
    return _CONTENTS.match(line.replace("\t", " ")) is not None


def parse_contents(text: str) -> tuple[list[ContentsEntry], int]:
    """The contents list entries and the offset where the list ends (0 and [] when there is none)."""
    lines = split_lines(text)
    limit = max(60, len(lines) // 3)
    for i, line in enumerate(lines[:limit]):
        if not is_contents_heading(line.text):
            continue
        entries: list[ContentsEntry] = []
        end = line.end
        pending = ""  # an entry's title wrapped onto the next line, its page number printed there
        misses = 0  # lines that are no entry (a page reference broken by the PDF layout); five in a row end it
        unpaged = False  # a contents list that prints titles only, one a line, ended by a blank line
        for nxt in lines[i + 1 :]:
            raw = nxt.text
            if not raw.strip():
                if unpaged:
                    break
                continue
            if not entries and _CONTENTS_HEAD.match(raw):
                continue
            m = _ENTRY.match((pending + " " + raw.strip()).strip()) or _ENTRY.match(raw.strip())
            if not m and (unpaged or not entries) and _UNPAGED_ENTRY.match(raw.strip()):
                unpaged = True
                entries.append(ContentsEntry(raw.strip(), None))
                end = nxt.end
                continue
            if not m or unpaged:
                misses += 1
                if unpaged or misses >= 5 or len(raw.strip()) > 120 or not entries:
                    break
                pending = raw.strip()
                continue
            pending, misses = "", 0
            page = m.group("page")
            entries.append(ContentsEntry(m.group("title").strip(), int(page) if page.isdigit() else None))
            end = nxt.end
        if len(entries) >= 3:
            return entries, end
    return [], 0


_BRACKETED_NOTE = re.compile(r"\[(\d{1,3})\]")


def quoted(text: str) -> str:
    """Document text as an answer quotes it: whitespace collapsed, and the document's own bracketed
    footnote numbers ('Wales[4]') written as superscripts, so they are never read as the answer's [n]."""
    return _BRACKETED_NOTE.sub(lambda m: m.group(1).translate(_TO_SUPERSCRIPT), " ".join(text.split()))


_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


# a heading's own numbering ('13.', '4.2', 'A.'), which is no figure of an answer that names the heading
SECTION_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[A-Z][.)])\s+(?=\S)")

# a yes/no comparison: 'is X higher than Y', 'are we above the force'; group 1 is the comparing word
YES_NO_COMPARISON = re.compile(r"^\s*(?:is|are|was|were|does|do|has|have)\b.*?\b(higher|lower|above|below|more|less|"
                               r"greater|worse|better|exceed\w*)\b", re.I)
_HIGHER_WORDS = r"higher|above|more|greater|worse|exceed\w*"
_SIDES = r"higher|lower|above|below|more|less|greater|worse|better"
# 'is it above or below the average?': a choice between two sides, answered by the side, not by yes or no
EITHER_OR = re.compile(rf"\b({_SIDES})\s+or\s+({_SIDES})\b", re.I)


# how an answer to such a question starts ('Yes:', 'No, the same:', 'Below:')
COMPARISON_LEAD = re.compile(rf"(?:Yes|No|The same|{'|'.join(w.capitalize() for w in _SIDES.split('|'))})\b")


def asks_comparison(question: str) -> bool:
    """Whether the question asks a yes/no ('is X higher than Y?') or either/or ('above or below?') comparison."""
    return bool(EITHER_OR.search(question) or YES_NO_COMPARISON.search(question))


def comparison_lead(question: str, a: float, b: float) -> str:
    """The first word of an answer to a yes/no or either/or comparison of a against b: 'Yes', 'No', 'No, the
    same', or the side asked about ('Below'); empty when the question asks neither."""
    pair = EITHER_OR.search(question)
    if pair:
        if a == b:
            return "The same"
        first_up = bool(re.fullmatch(_HIGHER_WORDS, pair.group(1), re.I))
        up, down = (pair.group(1), pair.group(2)) if first_up else (pair.group(2), pair.group(1))
        return (up if a > b else down).capitalize()
    asked = YES_NO_COMPARISON.search(question)
    if not asked:
        return ""
    higher = bool(re.fullmatch(_HIGHER_WORDS, asked.group(1), re.I))
    if a == b:
        return "No, the same"
    return "Yes" if (a > b) == higher else "No"
