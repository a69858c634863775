"""Checks that refuse an answer the documents do not give, though passages about its topic were found.

Each check returns a reason (for an `insufficient_evidence` answer) or None. They are mixed into the
answer engine and read its knowledge base, gazetteer, scope checker and people finder:
- a figure asked for a ward, district or town that the documents report only for a wider area;
- a count of something the documents print only without a figure ('how many refuge spaces ...');
- a person asked for ('who chairs the forum?') whom no sentence about that body names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..retrieval.lexical import terms
from ..tables.vocabulary import MEASURES, find_measures
from ..text import ASKS_COUNT, MONTH, PERIOD_RANGE, YEARISH, name_pattern
from ..types import FIGURE_INTENTS, Intent
from .citations import CitationBook
from .extractive import ASKING_WORDS
from .understand import PLACE_COMPARATOR, Frame, short_name

# a sentence stating a measure's earlier figure: 'rose from 289 to 342', 'up on the 289 recorded last year', '(2016/17:
# 289)', 'compared with 547', 'down from 96', 'last year'
_EARLIER_FIGURE = re.compile(r"\bfrom \d|\b(?:up|down) (?:from|on)\b|\bcompared (?:with|to) \d|\(\s*(?:19|20)\d{2}\S*\s*:\s*\d|"
                             r"\b(?:last|previous|prior) year\b|\byear before\b|\bthe \d[\d,]* (?:recorded|reported)", re.I)

# a month a figure is asked for ('in July 2020'), not a span of months ('April to September 2012')
_MONTH_ASKED = re.compile(rf"\b(?:in|during|for)\s+(?P<month>{MONTH})\b"
                          r"(?!(?:\s+(?:19|20)\d{2})?\s*(?:to|-|–|until|and)\b)(?:\s+(?:19|20)\d{2})?", re.I)


def _as_asked(question: str, stem: str) -> str:
    """A stem as the question spells its word ('notifi' is 'notifiable')."""
    return next((w for w in re.findall(r"[A-Za-z][\w'-]*", question) if terms(w) == [stem]), stem)


def _without_parts(words: set[str], whole: set[str]) -> set[str]:
    """Words less those that are parts of a longer word of `whole` ('anti' and 'social' of 'antisoci'): a part alone
    is no word of the compound's measure."""
    return {w for w in words if not any(len(o) > len(w) and (o.startswith(w) or o.endswith(w[:4])) for o in whole)}


def _tabular(line: str) -> bool:
    """Whether a line is a table's (tab-, pipe- or space-aligned cells)."""
    return "\t" in line or "|" in line or re.search(r"\S {2,}\S", line.strip()) is not None


def _value_cell(line: str) -> bool:
    """Whether a table's line has a cell that is a figure ('94.8', '1,204', '12%', '3.1*'): a glossary's line
    ('MSG   Most similar group (of 15 partnerships)') has none."""
    cells = re.split(r"\t|\s*\|\s*|\s{2,}", line.strip())
    return any(re.fullmatch(r"[-+]?\d[\d,]*(?:\.\d+)?\s*%?[*¹²³⁴⁵⁶⁷⁸⁹]?", c.strip()) for c in cells[1:])


def _sentences(line: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z(])", line)


def _names_word(text: str, words: set[str]) -> bool:
    """Whether a text states one of the words (as _same_word reads two forms of one)."""
    return any(_same_word(t, w) for t in terms(text) for w in words)


def _has_figure(text: str) -> bool:
    """Whether a text states a figure: a number that is no year, age band, note mark ('[3]') or the paragraph label
    a line starts with ('M1.', 'R3', '4.')."""
    text = re.sub(r"^[\W_]*(?:[A-Z]{1,2}\d{1,2}(?:\.\d+)*[.):]?|\d{1,2}[.)])\s", " ", text)
    return re.search(r"\d", _AGES.sub(" ", YEARISH.sub(" ", re.sub(r"\[\d+\]", "", text)))) is not None


def _month_figure(sentence: str, month: re.Pattern) -> bool:
    """A sentence gives a figure for the month itself: a figure within a few words of it ('In July 2020 there were
    345', '345 incidents were recorded in July'), the month not the end of a span ('since 20th April 2020 up to 30th
    November 2020 there had been 1,090')."""
    for m in month.finditer(sentence):
        before, after = sentence[max(0, m.start() - 60) : m.start()], sentence[m.end() : m.end() + 40]
        if re.search(r"\b(?:since|from|between)\b[^.;]*$", before, re.I) or \
                re.match(r"[\s\d,)]*(?:(?:19|20)\d{2}\)?\s*)?(?:to|until|up to|-|–|and)\b", after, re.I):
            continue  # a span of months
        if _has_figure(before[-40:]) or _has_figure(after):
            return True
    return False


def _table_above(lines: list[str], i: int, most: int) -> list[str]:
    """Line i and the lines above it back to a blank line (a table's rows up to its header), at most `most`."""
    out = [lines[i]]
    for x in reversed(lines[max(0, i - most) : i]):
        if not x.strip():
            break
        out.append(x)
    return out


def _rows_to_title(lines: list[str], i: int, most: int) -> list[str]:
    """Row i and the rows above it up to the first line of prose (the table's title), across blank lines."""
    out = [lines[i]]
    for x in reversed(lines[max(0, i - most) : i]):
        if x.strip():
            out.append(x)
            if not _tabular(x):
                break
    return out


# what every figure counts: no word of what is asked about
_GENERIC_COUNTS = set(terms("crime crimes offence offences incident incidents total recorded number"))

# where a question asks a second one ('who chairs the board and which are the responsible authorities?')
SECOND_QUESTION = re.compile(r"(?:,|;)?\s+and\s+(?=(?:which|what|who|how|when|where|why|whether|does|did|is|are)\b)", re.I)

# a question asking for one figure, whatever its intent reads as
# (at the start, or after the topic put first: 'Harrowden hate crime 2021/22: how many were ...?')
ASKS_FIGURE = re.compile(r"(?:^|(?<=:)|(?<= -)|(?<= –)|(?<= —))\s*(how many|how much|what(?:'s| is| was| were)? (?:the|(?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*['’]s) "
                         r"(?:[a-z-]+ ){0,3}?(average|number|rate|level|"
                         r"percentage|proportion|share|total|cost|amount|value|budget|spend|funding))\b", re.I)

_COMPARING = re.compile(r"\b(compar\w*|than|versus|vs\.?|against|relative to)\b", re.I)

_FIGURE_WORDS = re.compile(r"\b(rates?|numbers?|figures?|counts?|per\s+1|how many|how much|incidents|offences|crimes|"
                           r"levels?|total)\b", re.I)

# a place the question itself calls a ward ('in Kingsbrook ward', 'Matson and Robinswood ward')
_CALLED_WARD = re.compile(r"\b([A-Z][\w'’&-]+(?: (?:and|&|with|on|upon|[A-Z][\w'’&-]+)){0,4}) ward\b")
_LEADING_WORDS = {"what", "who", "which", "where", "when", "why", "how", "is", "are", "does", "did", "do", "can", "tell",
                  "list", "show", "compare", "and", "the", "in", "a", "for", "at", "whose"}


# words before 'ward' that name no ward ('each ward', 'the worst ward', 'a town centre ward')
_NOT_A_WARD = {"each", "every", "per", "any", "one", "single", "same", "other", "this", "that", "their", "its", "our",
               "top", "worst", "best", "highest", "lowest", "busiest", "largest", "smallest", "priority", "hotspot",
               "centre", "center", "town", "city", "rural", "urban", "local", "named", "given", "particular", "specific"}


def _called_ward(name: str) -> str:
    """The ward's name without the question's own capitalised first words ('In Kingsbrook' is Kingsbrook)."""
    words = name.split()
    while words and words[0].lower() in _LEADING_WORDS:
        words.pop(0)
    return " ".join(words)


# a role said of a named person: 'chaired by Delyth Carrow-Mensah', 'led by Cllr A. Example'
_BY_NAME = re.compile(r"\b(?:chaired|led|headed|managed|run|co-?ordinated)\s+by\s+(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]+")

# what a body is, not which: 'group', 'board', 'panel'
_BODY_TERMS = set(terms("group groups board boards panel panels forum forums committee committees partnership "
                        "partnerships subgroup sub-group network networks meeting"))

# a question asking for a person ('who chairs ...', 'who is the ... lead'), not a body ('who are the partners')
_ASKS_PERSON = re.compile(r"^\s*(?:who (?:is|was) the (?:named |current )?(?:\w+ ){0,4}?(?:chair|lead|commander|head|"
                          r"manager|officer|coordinator|co-ordinator|director|commissioner)\b|who chairs\b|"
                          r"what is the name of\b)", re.I)

# what a figure question counts: the words after 'how many' up to the first verb or preposition
_COUNT_CUE = re.compile(r"^\s*(?:how many|how much|what(?:'s| is| was| were)? the (?:number|total|amount|cost|value|"
                        r"level|average|proportion|percentage|share) of)\s+", re.I)
_HEAD_STOP = {"are", "is", "were", "was", "do", "does", "did", "have", "has", "had", "in", "for", "at", "on", "by",
              "to", "from", "with", "there", "per", "across", "within", "that", "who", "which", "and", "or", "the",
              # verbs that end what is counted ('how many reports came from ...', 'how many took place')
              "came", "come", "comes", "took", "take", "takes", "happened", "happen", "occurred", "occur", "got", "get",
              "went", "go", "made", "make", "saw", "see", "ended", "led", "resulted"}
# the words of a role, not of what the role is over ('chair' of 'the licensing forum')
_ROLE_NOUN = re.compile(r"\b(chair|lead|commander|head|manager|officer|coordinator|co-ordinator|director|commissioner)s?\b",
                        re.I)
# how a passage says someone holds the role ('chaired by', 'led by', 'co-ordinates'); else the noun itself
_ROLE_FORMS = {"chair": r"\bchair", "lead": r"\b(lead|led)\b", "commander": r"\bcommand", "manager": r"\bmanag",
               "coordinator": r"\bco-?ordinat", "co-ordinator": r"\bco-?ordinat"}
_ROLE_TERMS = set(terms("who chair chairs chaired chairing lead leads led named name current head commander manager "
                        "officer coordinator co-ordinator director commissioner responsible"))


def _counted_terms(question: str) -> set[str]:
    """The words of what a figure question counts: 'how many refuge spaces are ...' counts refuge spaces."""
    m = _COUNT_CUE.match(question)
    if m is None:
        return set()
    head = []
    for word in re.findall(r"[\w'’-]+", question[m.end() :])[:5]:
        if word.lower() in _HEAD_STOP:
            break
        head.append(word)
    return set(terms(" ".join(head)))


def _same_word(t: str, stem: str) -> bool:
    """One word in two forms the stemmer left apart ('robberi' and 'robber'): one stem starts the other. (Their
    first five letters alone made 'offences' the same word as 'offenders'.)"""
    return t == stem or (min(len(t), len(stem)) >= 5 and (t.startswith(stem) or stem.startswith(t)))


# words that end what a qualifier qualifies in a question ('repeat domestic abuse incidents | did police attend')
_QUALIFIED_STOP = {"did", "do", "does", "were", "was", "are", "is", "in", "at", "for", "by", "of", "on", "the", "a", "an",
                   "has", "have", "had", "and", "or", "to", "from", "per", "between", "during", "over", "since", "with",
                   "than", "rather", "vs", "versus", "against", "compared", "not", "instead", "as", "that", "which",
                   "above", "below", "higher", "lower", "more", "less", "under", "up", "down", "rise", "rose",
                   "fall", "fell", "change", "changed", "increase", "decrease", "across", "within"}


# words after which a text's phrase has ended ('the MARAC | were ...'); an article does not end it ('does not repeat
# the content': what is repeated is the content)
_ENDS_PHRASE = {"were", "was", "are", "is", "has", "have", "had", "did", "do", "does", "and", "or", "but", "in", "at", "on",
                "for", "by", "of", "to", "from", "with", "than", "as"}


_HOW_COUNTED = set(terms("rate rates figure figures number numbers count counts level levels total totals per "
                         "offences offence crimes crime incidents incident cases"))


def _qualifier_binding(question: str, stem: str):
    """A test that a text uses the question's qualifying word for what the question qualifies with it: 'repeat
    domestic abuse incidents' is not answered by 'repeat referrals', nor 'repeat victims' of burglary by '27% of
    them repeat referrals'. The words after it in the question (up to three, to the next verb or preposition) must
    follow it in the text too, or nothing must (the word ends its clause: 'were repeat.'). Always true when the
    word ends the question's own phrase."""
    words = re.findall(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", question)
    at = next((i for i, w in enumerate(words) if w[0].isalpha() and any(_same_word(t, stem) for t in terms(w))), None)
    after: set[str] = set()
    if at is not None:
        for k in range(at + 1, min(at + 4, len(words))):
            w, nxt = words[k], (words[k + 1].lower() if k + 1 < len(words) else "")
            if not w[0].isalpha() or w.lower() in _QUALIFIED_STOP:
                break  # (a comma, a quote or a question mark ends the phrase too)
            if re.search(r"(?:ed|ing)$", w.lower()) and len(w) > 5 and nxt in ("at", "by", "in", "to", "for", "with", "from", "on"):
                break  # (a verb and its preposition: 'children discussed at the panel')
            after |= set(terms(w))
    # (how it is counted is no part of what is qualified: 'violence rate' is violence, whatever its rate is called)
    after -= _HOW_COUNTED

    def bound(text: str) -> bool:
        if not after:
            return True
        tokens = re.findall(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", text)
        for i, tok in enumerate(tokens):
            if not tok[0].isalpha() or not any(_same_word(t, stem) for t in terms(tok)):
                continue
            nxt: list[str] = []
            for x in [t for t in tokens[i + 1 : i + 5] if t.lower() not in ("the", "a", "an")][:2]:
                if not x[0].isalpha() or x.lower() in _ENDS_PHRASE:
                    break  # ('at the MARAC were repeat referrals': nothing follows 'MARAC' in its phrase)
                nxt += terms(x)
            if not nxt or any(_same_word(a, b) for a in nxt for b in after):
                return True
        return False

    return bound


def _printed_with_figure(text: str, stem: str, also: set[str] = frozenset(), bound=None) -> bool:
    """Whether a word (by its stem, or its first five letters) is printed in a line with a figure, or heads a
    table whose next lines have figures; years and paragraph numbers are no figures. With `also`, a sentence
    of prose must name one of those words too ('men' beside a figure about domestic abuse, not about drugs)."""
    def has(part: str) -> bool:
        return any(_same_word(t, stem) for t in terms(part)) and (bound is None or bound(part))

    def with_also(part: str) -> bool:
        return not also or any(t in also or (len(t) >= 5 and any(a[:5] == t[:5] for a in also if len(a) >= 5))
                               for t in terms(part))

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not has(line):
            continue
        tabular = _tabular(line)
        # a table's header: the rows below it; prose: the sentence that says it
        if tabular and not with_also(" ".join(lines[max(0, i - 2) : i + 4])):
            continue  # a contents line ('Repeat offending  20') or a table about something else
        near_lines = lines[i : i + 4] if tabular else [x for x in _sentences(line)
                                                        if has(x) and with_also(x)]
        for near in near_lines:
            plain = _AGES.sub(" ", YEARISH.sub(" ", re.sub(r"\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]", "", near)))
            plain = re.sub(r"^[\W_]*\d+(?:\.\d+)*\.?\s", " ", plain)
            if re.search(r"\d", plain):
                return True
    return False



# a rate's base: 'per 1,000 households', 'per 1k pop', 'per 10,000 residents'
_PER_BASE = re.compile(r"\bper\s*(?:1|10|100)?,?(?:000|k)?\s+(?P<base>hou?se?holds?|hh\b|dwellings?|homes|residents?|population|"
                       r"pop\b\.?|people|persons|head)", re.I)


def _base_kind(word: str) -> str:
    # (as typed too: 'housholds', 'hh')
    return "1,000 households" if re.match(r"hou?se?hold|hh\b|dwelling|home", word, re.I) else "1,000 residents"

class RefusalChecks:
    """Refusal checks for AnswerEngine (see the module's docstring): they use self.kb, self.gazetteer,
    self.scope, self.people, self._extra_terms and self._most_specific."""

    def _local_places(self, frame: Frame) -> list[str]:
        """Places a question names that have no document of their own but that the documents print: a district
        inside a partnership's area, a neighbouring authority, a town or village after 'in', 'at' or 'around'.
        Counties, force areas and regions are left out (they are comparators: 'the force area')."""
        from ..ingest.places import LOCAL_TYPES, find_places
        from .scope import _LOCATIVE_NAME, _NOT_NAMES

        places = find_places(frame.text)
        out = [p.name for p in places if p.type in LOCAL_TYPES]  # as the place is spelt ('Kellmoor' for 'kellmoor')
        listed = {p.name.lower() for p in places}
        asked_about = set(terms(" ".join(self._extra_terms(frame))))
        for m in _LOCATIVE_NAME.finditer(frame.text):
            words = m.group("name").split()
            for k in range(1, len(words)):
                if re.fullmatch(MONTH, words[k], re.I):
                    words = words[: k - 1 if words[k - 1].islower() else k]  # ('Millbrook in December 2016')
                    break
            while words and words[-1].lower() in _NOT_NAMES:
                words.pop()
            name = " ".join(words)
            if not words or name.lower() in listed or any(w.isupper() for w in words) \
                    or re.fullmatch(MONTH, words[0], re.I):
                continue  # ('in April to September 2012': a period, not a place)
            # a proper name the documents print capitalised, and not a word of what the question asks about
            if set(terms(name)) & asked_about or not self.gazetteer.mentions(name):
                continue
            out.append(name)
        return [p for p in out if p.lower() not in {u.lower() for u in frame.unknown_places}]

    def _typed_wards(self, frame: Frame) -> list[str]:
        """Wards typed in lower case ('kellmoor ward'): a word before 'ward' that the documents never print, or print
        as a name (the gazetteer's wards are found by the question reader)."""
        known = {w.lower() for w, _ in frame.wards}
        out = []
        for m in re.finditer(r"\b([a-z][a-z'’-]{2,}) ward\b", frame.text):
            word = m.group(1)
            if word in _LEADING_WORDS or word in _NOT_A_WARD or not terms(word) or any(word in k for k in known):
                continue
            if not self.kb.weights.df.get(terms(word)[0], 0) or self._only_as_name(word):
                out.append(word.title())
        return out

    def _only_as_name(self, word: str) -> bool:
        """Whether the documents print a word, and only capitalised ('Kellmoor', never 'kellmoor'): a name."""
        cache = self.__dict__.setdefault("_name_cache", {})
        if word not in cache:
            texts = self.kb.texts.values()
            cache[word] = any(re.search(rf"\b{re.escape(word.title())}\b", t) for t in texts) and not any(
                re.search(rf"\b{re.escape(word.lower())}\b", t) for t in texts)
        return cache[word]

    def _ward_figure_missing(self, frame: Frame, tables: str, quoted: list[str]) -> str | None:
        """A figure question about a ward is answered only by a line that names the ward beside a figure: the
        partnership's own figure, or a sentence listing the ward among the worst without one, is not its figure
        (tables: the lines of the table answer; quoted: sentences and passages, which must name the measure
        asked about too, since a ward's figure for something else does not answer)."""
        asks = ASKS_FIGURE.search(frame.text)
        if not (frame.intent in FIGURE_INTENTS or asks) or frame.intent == Intent.COMPARE_PARTNERSHIPS:
            return None
        typed = self._typed_wards(frame)
        named_ward = bool(frame.wards) or any(_called_ward(m.group(1)) for m in _CALLED_WARD.finditer(frame.text)) \
            or any(w.lower() not in {p.lower() for p in self.gazetteer.partnerships} for w in typed)
        # ('ASB in Mill ward?' asks its figure; 'what does the strategy say about ASB in Mill ward?' not)
        # (a bare topic, 'knife crime in Mill ward 2021/22', asks its figure too)
        figure_words = bool(_FIGURE_WORDS.search(frame.text) or not _QUESTION_WORD.match(frame.text)) \
            and not ASKING_WORDS.search(frame.text)
        if frame.intent == Intent.WARD_HOTSPOT and not asks and not (named_ward and frame.measures and figure_words):
            return None  # 'which wards ...' names no ward to find a figure for ('ASB in X ward?' does)
        own = {k.lower() for k in self.gazetteer.partnerships} | {p.lower() for p in frame.partnerships}
        # ('X District', 'the Borough of X': the partnership's own name with a word of its kind)
        own |= {short_name(p) for p in own if short_name(p)}
        asked = [w for w, _ in frame.wards if w.lower() not in own and (short_name(w) or "") not in own]
        # 'in Kingsbrook ward': a ward the question calls one, though no table prints it
        asked += [name for name in (_called_ward(m.group(1)) for m in _CALLED_WARD.finditer(frame.text))
                  if name and name.lower() not in own]
        asked += [w for w in typed if w.lower() not in own]
        # (in a comparison a place beside the partnership may be its comparator, printed under another name)
        if frame.intent != Intent.COMPARE_LOCAL_FORCE and not frame.comparators and not _COMPARING.search(frame.text):
            asked += [p for p in self._local_places(frame) if p.lower() not in own and (short_name(p) or "") not in own]
        asked = list(dict.fromkeys(asked))
        if not asked:
            return None
        measure_words = set(terms(" ".join(self._extra_terms(frame))))
        # ('crime' is in every sentence: a ward's share of all recorded crime is not its knife crime figure)
        measure_words = (measure_words - _GENERIC_COUNTS) or measure_words
        lines = [(line, False, line) for line in tables.splitlines()]
        for line in quoted:
            # prose by its sentences, each with the one before it from the same passage (a line of the answer
            # quotes several passages, each ending on its citation mark)
            for passage in re.split(r"\[\d+\]", line):
                said = _sentences(passage.strip())
                lines += [(x, True, (said[k - 1] if k else "") + " " + x) for k, x in enumerate(said)]
        for line, prose, context in lines:
            plain = YEARISH.sub(" ", re.sub(r"\[\d+\]", "", line))
            plain = re.sub(r"^[\W_]*\d+(?:\.\d+)*\.?\s", " ", plain)  # a paragraph's number is no figure
            if prose and measure_words and not set(terms(context)) & measure_words:
                continue  # a sentence about the ward's figure for something else
            for w in asked:
                for m in re.finditer(name_pattern(w), plain, re.I):
                    if re.match(r"\s*:?\s*(?:n/?a|-|–|\*|x|\.\.|<\s?\d+)(?:\s*[;,|]|\s*$)", plain[m.end():], re.I):
                        continue  # its cell printed as left out ('Castleford n/a'): the row's other figures are not its
                    # in prose the figure stands near the name ('Kellmoor recorded 1,234'), not a sentence away
                    # ('66.0 crimes per 1,000 ... lower than the force area (which includes Kellmoor)')
                    near = plain
                    if prose:  # within its own sentence
                        a = max(plain.rfind(". ", 0, m.start()), plain.rfind("•", 0, m.start()), m.start() - 60, 0)
                        ends = [x for x in (plain.find(". ", m.end()), plain.find("•", m.end())) if x >= 0]
                        near = plain[a : min([*ends, m.end() + 60])]
                    if re.search(r"\d", re.sub(r"(?i)\bper\s+\d[\d,]*", " ", near)):
                        return None
        # a fact card's line naming the ward beside a figure, under the card's title of the measure ('ASB ... Local
        # hotspot wards: Ferry Lane (rate: 71.6)'): the line does not repeat the measure the card is about
        if measure_words and all(self._on_a_card(frame, w, measure_words) for w in asked):
            return None
        return f"the documents give no figure for {' or '.join(asked)} on this (they report it for a wider area only)"

    def _figure_never_printed(self, frame: Frame) -> str | None:
        """'How many refuge spaces are there in X?': when the question's most specific word (its rarest in the
        corpus, naming neither its measure, a place nor the operation) is printed nowhere in the asked
        partnership's documents beside a figure, no passage can answer it, whatever the retrieval returns."""
        if not ASKS_FIGURE.search(frame.text) or frame.intent in (Intent.WARD_HOTSPOT, Intent.COMPARE_PARTNERSHIPS):
            return None
        rarest = self._most_specific(frame)
        if rarest is None or rarest not in _counted_terms(frame.text):
            return None  # ('how many ASB incidents ... incl covid breaches': the count is of ASB incidents)
        where = set(frame.partnerships or (p for _, p in frame.wards if p))
        texts = [t for d, t in self.kb.texts.items() if not where or self.kb.metas[d].partnership in where]
        printed = re.compile(rf"\b{re.escape(rarest[:5] if len(rarest) >= 5 else rarest)}", re.I)
        word = next((w for w in re.findall(r"[A-Za-z][\w'-]*", frame.text) if terms(w) == [rarest]), rarest)
        place = f" in the {', '.join(sorted(where))} documents" if where else ""
        if not any(printed.search(t) for t in texts):
            # a word the asked documents never print: refused, unless it may be an abbreviation they spell out
            # or one of the corpus's other documents uses (another name for something this check cannot judge)
            if word.isupper() or not where or not self.kb.weights.df.get(rarest, 0):
                return None
            return f"the {', '.join(sorted(where))} documents never mention {word!r}"
        if any(_printed_with_figure(t, rarest) for t in texts):
            return None
        return f"no figure for {word!r} is printed{place}"

    def _person_not_named(self, frame: Frame, shown: str, book: CitationBook) -> str | None:
        """'Who chairs the Channel panel?': asked for a person, an answer that names nobody does not answer; nor
        does one naming someone in a passage about something else (the board's chair for the forum's)."""
        if not _ASKS_PERSON.search(frame.text):
            return None
        first = SECOND_QUESTION.split(frame.text)[0]
        subject = set(self.scope.informative_terms(replace(frame, text=first))) - _ROLE_TERMS
        # (the partnership's own name says whose, not which role: 'the reducing reoffending lead in Safer
        # Communities Torbay' is not answered by 'Executive Lead for Safer Communities')
        names = [k for k, p in self.gazetteer.partnerships.items() if p in frame.partnerships]
        own = [m.group(0) for m in re.finditer(r"(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*", first)
               if any(k in m.group(0).lower() for k in names)]
        # (the partnership's name, not the body named after it: 'Harrowden's Reducing Reoffending Group' is the group)
        own_name = set(terms(" ".join(k for k in names if any(k in o.lower() for o in own))))
        subject = (subject - own_name) or (subject - set(terms(" ".join(own)))) or subject
        # ('the Reducing Reoffending Group' is named by its words, not by 'group', which every body is)
        subject = (subject - _BODY_TERMS) or subject
        # the role asked about ('commissioner', 'chairs') must be said of the person too: the board's chair does
        # not answer who the commissioner is
        noun = _ROLE_NOUN.search(first)
        role_said = re.compile(_ROLE_FORMS.get(noun.group(1).lower(), rf"\b{noun.group(1)}"), re.I) if noun else None
        passages = {c.n: c.text for c in book.citations()}
        for line in shown.splitlines():
            if not self.people.has_name(line):
                continue
            # ('It is chaired by ...': the sentence before it in the passage says what 'it' is)
            said = re.sub(r"\s*\[\d+\]", "", line).strip()
            before = ""
            for n in re.findall(r"\[(\d+)\]", line):
                text = " ".join(passages.get(int(n), "").split())
                at = text.find(" ".join(said.split())[:60])
                if at > 0:
                    before += " " + re.split(r"(?<=[.!?:])\s+", text[max(0, at - 300) : at].strip())[-1]
            # a list of bodies, each with its chair ('the DA Board, chaired by A; the NTE Group; and the Reducing
            # Reoffending Group'): the name, the role and the body asked about in one part of it
            for k, part in enumerate(re.split(r";\s+", said)):
                if not (self.people.has_name(part) or _BY_NAME.search(part)):
                    continue
                context = part + " " + before if k == 0 else part
                if role_said is not None and not role_said.search(context):
                    continue
                # (most of what names the body: 'Kellmoor City Council' does not name the City Centre ASB Group)
                # ('exec' is 'executive' shortened)
                said_terms = {t for t in subject for w in terms(context) if _same_word(w, t) or (len(t) >= 4 and w.startswith(t))}
                if not subject or sum(map(self.kb.weights.idf, said_terms)) >= 0.75 * sum(map(self.kb.weights.idf, subject)):
                    return None
        chairs = re.match(r"\s*who chairs\s+(?:the\s+)?(.+)", first, re.I)
        role = (f"chair of the {chairs.group(1)}" if chairs else
                re.sub(r"^\s*(?:who (?:is|was) the (?:named |current )?|what is the name of (?:the )?)", "", first, flags=re.I))
        return f"the documents name no one as {role.strip(' ?') or 'that role'}"

    def _denominator_missing(self, frame: Frame, shown: str) -> str | None:
        """'burglary rate per 1,000 households?' is not answered by rates per 1,000 residents: a rate asked per
        households (or per residents) needs a figure printed per the same base."""
        asked = _PER_BASE.search(frame.text)
        if not asked:
            return None
        kind = _base_kind(asked.group("base"))
        printed = [_base_kind(m.group("base")) for m in _PER_BASE.finditer(shown)]
        if kind in printed or not printed:
            return None
        other = next(k for k in printed if k != kind)
        return f"the documents give this rate per {other}, not per {kind}"

    def _figure_off_target(self, frame: Frame, shown: str, book: CitationBook) -> str | None:
        """'What proportion of knife crime offenders were under 18?': figures for the measure (knife crime) do not
        answer it when the question's most specific word (offenders) is beside none of them. A reason if no line
        of the answer that states a number names that word (its stem, or its first five letters)."""
        if not (ASKS_FIGURE.search(frame.text) or _ASKS_SHARE.search(frame.text) or _ASKS_KIND.search(frame.text)) \
                or frame.followup or frame.intent in (Intent.WARD_HOTSPOT, Intent.COMPARE_PARTNERSHIPS, Intent.COMPARE_YEARS):
            return None
        # the question's most specific word the corpus uses; else one it never uses (not a typo of one it does).
        # (Checking its next rarest words too refused questions put in other words: 'incl', 'KSIs', 'contribute'.)
        rarest = self._most_specific(frame) or next(iter(self._never_used(frame)), None)
        group = self._share_group(frame)
        if group is not None and group != rarest:
            # 'what % of domestic abuse victims were men?': the share is of the group the question ends on
            reason = self._unstated(frame, shown, book, group)
            if reason:
                return reason
        kinds = {terms(m.group(0))[0]: m.group(0) for m in _FIGURE_KIND.finditer(frame.text)}  # (stem: as asked)
        reason = None if rarest is None else self._unstated(frame, shown, book, rarest, figure=kinds.get(rarest, ""))
        if reason:
            return reason
        # a word qualifying what is counted, before its measure ('how many repeat domestic abuse incidents ...'):
        # the documents must give a figure for it, bound to what it qualifies
        for word in self._qualifiers_counted(frame):
            if word != rarest:
                reason = self._unstated(frame, shown, book, word)
                if reason:
                    return reason
        # a figure of another kind than the measure's count ('the reduction target for robbery', 'the budget for
        # ...'): the documents must print that kind of figure for it
        for word, asked in kinds.items():
            if word != rarest and self.kb.weights.df.get(word, 0):
                # (a figure of it: 'it does not set targets' names the word and no target)
                reason = self._unstated(frame, shown, book, word, figure=asked)
                if reason:
                    return reason
        return None

    def _qualifiers_counted(self, frame: Frame) -> list[str]:
        """The words between 'how many' and the measure they qualify, the corpus uses, that name no place: 'repeat'
        of 'how many repeat domestic abuse incidents'. Empty when the question names no measure after them."""
        m = _COUNT_CUE.match(frame.text)
        measure = self._measure_words(frame)
        if not frame.measures or not measure:
            return []
        if m is not None:
            counted = frame.text[m.end() :]
        else:
            # the topic put first: 'Harrowden repeat ASB victims 2021/22 - how many?'
            cue = ASKS_FIGURE.search(frame.text)
            if cue is None or cue.start() == 0:
                return []
            counted = frame.text[: cue.start()]
        informative = set(self.scope.informative_terms(frame))
        out = []
        for word in [w for w in re.findall(r"[\w'’-]+", counted) if w.lower() not in (p.lower() for p in frame.partnerships)][:4]:
            found = terms(word)
            if word.lower() in _HEAD_STOP or any(t in measure or t in _GENERIC_COUNTS for t in found):
                return out
            out += [t for t in found if t in informative and self.kb.weights.df.get(t, 0)]
        return []  # (no measure word among the first words: what is counted is not a qualified measure)

    def _share_group(self, frame: Frame) -> str | None:
        """The word naming the part a share question asks about ('men' in 'what % of victims were men?'): its
        rarest word after 'were', 'are' or 'had' that names no place or year; None when there is none, or when
        the part is an age band."""
        m = _SHARE_OF.search(frame.text) if _ASKS_SHARE.search(frame.text) else _COUNT_PART.search(frame.text)
        if m is None or re.search(r"\d", YEARISH.sub(" ", m.group("part"))):
            return None  # (a part named by a figure, '55 or older', is a band of a table, not a word to find)
        places = set(terms(" ".join([*frame.partnerships, *(w for w, _ in frame.wards)])))
        words = [t for t in terms(_AGES.sub(" ", YEARISH.sub(" ", m.group("part")))) if not t.isdigit()
                 and t not in places and t not in _GENERIC_COUNTS and t in set(self.scope.informative_terms(frame))]
        return max(words, key=self.kb.weights.idf, default=None)

    def _unstated(self, frame: Frame, shown: str, book: CitationBook, rarest: str, figure: str = "") -> str | None:
        """A reason when no figure line of the answer, no cited passage and no figure sentence about what is asked
        in the asked documents states the word; None when one does. (figure: the word as asked when it names a kind of
        figure, 'target', 'funding', which must be printed as that noun with a figure: 'burglary targeted at car keys'
        is no target.)"""
        bound = _qualifier_binding(frame.text, rarest)
        if figure:
            qualified = bound
            noun = re.compile(rf"\b{re.escape(re.sub(r'(?:s|ing)$', '', figure.lower()))}(?:s|ing)?\b", re.I)

            def bound(text: str) -> bool:
                return qualified(text) and noun.search(text) is not None

        def names_word(text: str) -> bool:
            return any(_same_word(t, rarest) for t in terms(text)) and bound(text)

        # (a line of prose by its sentences: the word and a figure in one sentence)
        parts = [s for line in shown.splitlines() for s in re.split(r"(?<=[\w)][.!?])\s+(?=[A-Z])", line)]
        # (with a measure named, a sentence about another measure only is no figure of it: 'its sanction detection
        # rate for business crime' is no robbery figure)
        asked_measures = set(frame.measures)

        def about_another(text: str) -> bool:
            if not asked_measures:
                return False
            named = {m for m, _, _ in find_measures(text)} - _NO_MEASURE
            return bool(named) and not any(_related(m, a) for m in named for a in asked_measures)
        for part in parts:
            plain = _AGES.sub(" ", YEARISH.sub(" ", re.sub(r"\[\d+\]", "", part)))
            plain = re.sub(r"^[\W_]*\d+(?:\.\d+)*\.?\s", " ", plain)
            if not re.search(r"\d", plain):
                continue
            if names_word(plain) and not about_another(plain):
                return None
        # the word in a cited passage: the answer quotes what the documents say about it (asked for a share, or for
        # a figure of what the word names, a sentence that gives one: 'a high proportion of under 18s' names no
        # figure; 'reducing reoffending' is no reoffending rate. A word qualifying the count, 'how many ASB
        # incidents ... incl covid breaches', may stand a sentence away.)
        cue = ASKS_FIGURE.search(frame.text)
        part = _COUNT_PART.search(frame.text)
        share = bool(_ASKS_SHARE.search(frame.text))
        strict = share or bool(figure) or (cue is not None and (
            rarest in terms(cue.group(0)) or rarest in _counted_terms(frame.text))) or (
            part is not None and rarest in terms(part.group("part")))  # ('how many were online?': a count of them)
        for c in book.citations():
            if not names_word(c.text) or not any(
                    names_word(x) and not about_another(x) for x in re.split(r"(?<=[.!?])\s+", c.text)):
                continue
            # (a share asked for may be stated in words: 'around one in four incidents involved a repeat victim')
            if not strict or any(
                    names_word(s) and (re.search(r"\d", _AGES.sub(" ", YEARISH.sub(" ", s))) or (
                        share and _A_SHARE.search(s)))
                    for s in re.split(r"(?<=[.!?])\s+", c.text)):
                return None
        # nor a figure beside the word, in a sentence about what is asked, anywhere in the asked documents
        where = set(frame.partnerships or (p for _, p in frame.wards if p))
        texts = [t for d, t in self.kb.texts.items() if not where or self.kb.metas[d].partnership in where]
        also = (set(terms(" ".join(self._extra_terms(frame)))) | set(self.scope.informative_terms(frame))) - {rarest}
        # ('crime' and 'offence' are in every sentence: what is asked about is the measure's own word, 'knife')
        also -= _GENERIC_COUNTS
        measure = self._measure_words(frame) - {rarest} if frame.measures else set()
        if measure:
            # a measure named: the sentence must be about it ('repeat victims' of domestic abuse are no repeat
            # victims of ASB)
            also = measure
        if any(_printed_with_figure(t, rarest, also, bound) for t in texts):
            return None
        word = _as_asked(frame.text, rarest)
        what = ", ".join(frame.measures)
        return f"the documents give no figure for {word!r}" + (f" (they give {what} figures)" if what else "")


    def _period_missing(self, frame: Frame, shown: str) -> str | None:
        """'Knife crime in 2015/16?' of documents that give knife crime for 2016/17 and 2017/18 only (and other
        measures for 2015/16): a figure asked for one period is answered only by a line that gives the measure
        for that period. A reason when neither the answer nor any line of the asked documents puts the
        measure's own words beside that period and a figure; None when one does, or when the period asked is
        the documents' own, the year before it (which they often call 'last year') or a later one."""
        # (a bare 'knife crime in Wiltshire in 2015/16?' asks its figure too; 'what does the plan say about ...',
        # 'how is ... tackled' do not)
        asks = frame.intent in FIGURE_INTENTS or ASKS_FIGURE.search(frame.text) or (
            frame.measures and frame.intent == Intent.NARRATIVE and (not _QUESTION_WORD.match(frame.text) or (
                # 'what was total recorded crime in 2019/20?': a measure's figure for a year
                frame.years and re.match(r"\s*what\s+(?:was|were|is|are)\b(?!\s+(?:the\s+)?(?:reason|cause|driver|"
                                         r"impact|effect|plan|approach|response|action)s?\b)", frame.text, re.I)))) or (
            # a bare topic naming what is counted ('Harrowden total notifiable offences in 2013')
            _bare_figure_topic(frame.text))
        if not asks or frame.followup or frame.intent in (Intent.COMPARE_YEARS, Intent.COMPARE_PARTNERSHIPS) or len(set(frame.years)) != 1:
            return None
        if _ASKS_PLAN.search(frame.text) and not _COUNT_CUE.match(frame.text):
            return None  # ('Harrowden's commitments on fraud for 2014/15?' asks what a plan says, not a figure)
        year = frame.years[0]
        docs = self._asked_docs(frame)
        theirs = self._own_years(docs)
        own = {y + k for y in theirs for k in (0, -1)}
        if not docs or not own:
            return None
        # the documents' own year asked by name ('crimes in 2013-14' or 'in 2013' of a 2013-14 assessment) is checked
        # only when the figure sentences the answer gives about the measure state another period, and none this one
        # (its data are 2012-13; 'deaths numbered 27 over the three years 2010-2012')
        own_year = year in theirs
        # a later year than the documents' own, asked as a period ('VAP offences for 2009/10' of a 2008/09 assessment):
        # answered only where they print the measure for it (a plan's target, a part-year figure)
        later = bool(frame.periods) and year > max(theirs)
        if year > min(own) and not own_year and not later:
            return None  # (the year after the data's is often the plan's: 'commitments for 2014/15' of a 2013 assessment)
        # the year before the documents' own ('last year' to them), asked how many: answered by the measure's figure
        # for that year, or by a sentence of the measure that states a change from an earlier figure ('rose from 289
        # to 342'); asked otherwise, the year before is taken as theirs
        before = year == min(own) and year + 1 in own
        if before and not _COUNT_CUE.match(frame.text):
            return None
        words = self._measure_words(frame)
        if not words and own_year:
            words = set(terms(frame.text)) & _GENERIC_COUNTS  # ('how many crimes ...': all crime is the measure)
        if not words:
            return None
        first = frame.periods[0] if frame.periods else None

        def of_period(text: str) -> bool:
            for m in PERIOD_RANGE.finditer(text):
                start = int(m.group(1))
                end = int(m.group(2)) if len(m.group(2)) == 4 else start // 100 * 100 + int(m.group(2))
                if start == year or (first is None and end == year):
                    return True
            return first is None and re.search(rf"(?<![\d/-]){year}(?![\d/-])", text) is not None

        def names(text: str) -> bool:
            return _names_word(text, words)

        if before and not frame.periods:
            return None  # ('in 2017' of a 2017-18 assessment: its own year, as a reader puts it)
        # (a line's provenance, '(Harrowden (2023-24): ASSESSMENT 2023-24 > ...)', dates the document, not the figure)
        shown = "\n".join(_PROVENANCE.sub(" ", line) for line in shown.splitlines())
        if own_year:
            said = [part for line in shown.splitlines() for part in re.split(r"(?<=[\w)][.!?])\s+(?=[A-Z])", line)
                    if names(part) and _has_figure(part)]
            dated = [x for x in said if PERIOD_RANGE.search(x)]

            def own_figure(x: str) -> bool:
                # 'recorded 342 hate crimes, up 18.3% on the 289 recorded in 2016/17': the year is the comparison's;
                # the figure, dated by nothing else, is the documents' own
                return _COMPARED_WITH.search(x) is not None and not PERIOD_RANGE.search(_COMPARED_WITH.sub(" ", x))

            if not dated or any(of_period(x) or own_figure(x) for x in dated):
                return None
        for line in shown.splitlines():
            for part in re.split(r"(?<=[\w)][.!?])\s+(?=[A-Z])", line):
                if of_period(part) and names(part) and _has_figure(part):
                    return None
                if before and names(part) and _EARLIER_FIGURE.search(part):
                    return None
        for d in docs:
            lines = self.kb.texts[d].split("\n")
            for i, line in enumerate(lines):
                if not _has_figure(line):
                    continue
                if _tabular(line) and any(of_period(x) and (names(line) or names(x)) for x in _table_above(lines, i, 15)):
                    return None  # a table row of the measure below a header of periods, or under a title of both
                if names(line) and any(of_period(x) and names(x) for x in _sentences(line)):
                    return None
                if before and names(line) and any(names(x) and _EARLIER_FIGURE.search(x) for x in _sentences(line)):
                    return None
        asked = frame.periods[0] if frame.periods else str(year)
        what = ", ".join(frame.measures) or _as_asked(frame.text, next(iter(words)))
        if own_year:
            given = dict.fromkeys(m.group(0) for x in dated for m in PERIOD_RANGE.finditer(x))
            return f"the documents give no figure for {asked}: the figures they give are for {', '.join(given)}"
        return f"the documents give no {what} figure for {asked}"

    def _measure_words(self, frame: Frame) -> set[str]:
        """The words of what a figure question asks about: its measure's own (not 'crime' or 'offences'), else its
        most specific word."""
        words = set(terms(" ".join(self._extra_terms(frame)))) - _GENERIC_COUNTS
        # a compound's parts, where it is also written whole ('anti', 'social' of 'anti-social'): 'social' alone is
        # no word of anti-social behaviour
        return _without_parts(words, words) or set(self._specific_terms(frame)[:1])

    def _month_missing(self, frame: Frame, shown: str) -> str | None:
        """'How many DA incidents in July 2020?' of documents that give the year's total only: a figure asked for a
        month is answered only by a line that names the month beside the measure (or a table row of the measure
        under a header of months). A reason when no such line is in the answer or the asked documents."""
        m = _MONTH_ASKED.search(frame.text)
        if m is None or frame.followup or not (frame.intent in FIGURE_INTENTS or ASKS_FIGURE.search(frame.text)):
            return None
        month = re.compile(rf"\b{m.group('month')[:3]}[a-z]*\b\.?", re.I)
        docs = self._asked_docs(frame)
        words = self._measure_words(frame)
        if not docs or not words:
            return None

        def names(text: str) -> bool:
            return _names_word(text, words)

        if any(names(x) and _month_figure(x, month) for line in shown.splitlines() for x in _sentences(line)):
            return None
        if self._printed_for(docs, month, names, lambda x: _month_figure(x, month)):
            return None
        what = ", ".join(frame.measures) or _as_asked(frame.text, next(iter(words)))
        return f"the documents give no monthly {what} figure ({m.group(0).split(None, 1)[1]})"

    def _printed_for(self, docs: list[str], when: re.Pattern, names, sentence_says) -> bool:
        """Whether the documents print the measure for a part of the year (a month, a quarter): a table's row naming
        it under the measure's title or header, or a sentence naming the measure that says its figure for it."""
        for d in docs:
            lines = self.kb.texts[d].split("\n")
            for i, line in enumerate(lines):
                if not when.search(line) or not _has_figure(line):
                    continue
                if _tabular(line):
                    if any(names(x) for x in _table_above(lines, i, 20)):
                        return True
                elif any(names(x) and sentence_says(x) for x in _sentences(line)):
                    return True
        return False

    def _part_year_missing(self, frame: Frame, shown: str) -> str | None:
        """'How many burglaries in April-June 2018?', 'ASB incidents in Q1 2020-21?' of documents that give whole years
        only: a figure asked for a quarter or a span of months is answered only by a line that names it (its first
        month, or the quarter) beside a figure of the measure, or a table's row of it under the measure's title. A
        reason when no such line is in the answer or the asked documents. (A span of twelve months is a year.)"""
        asked = _MONTH_SPAN.search(frame.text) or _QUARTER.search(frame.text)
        docs = self._asked_docs(frame)
        figure_words = re.search(r"\b(?:offences|crimes|incidents|figures?|numbers?|rates?|how many|total)\b", frame.text, re.I)
        # (the two years of one span, 'October 2012 to March 2013', ask no comparison of years)
        one_span = asked is not None and asked.re is _MONTH_SPAN and not YEARISH.search(
            frame.text[: asked.start()] + " " + frame.text[asked.end() + 8 :])
        if asked is None or frame.followup or frame.intent == Intent.COMPARE_PARTNERSHIPS \
                or (frame.intent == Intent.COMPARE_YEARS and not one_span) \
                or not (frame.intent in FIGURE_INTENTS or ASKS_FIGURE.search(frame.text) or figure_words):
            return None
        year = None
        if asked.re is _MONTH_SPAN:
            months = [m.lower()[:3] for m in re.findall(MONTH, " ".join(re.findall(r"[A-Za-z]+", asked.group(0))), re.I)]
            order = "jan feb mar apr may jun jul aug sep oct nov dec".split()
            if len(months) != 2 or months[0] not in order or months[1] not in order:
                return None
            if (order.index(months[1]) - order.index(months[0])) % 12 >= 11:
                return None  # (April to March: a year)
            said = re.compile(rf"\b{months[0]}[a-z]*\b\.?", re.I)
            year = re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", frame.text[asked.end() : asked.end() + 8])
            span = re.compile(rf"\b{months[0]}[a-z]*\.?(?:\s+(?:19|20)\d{{2}})?\s*(?:-|–|to|until)\s*(?:\d{{1,2}}\w*\s+)?"
                              rf"{months[1]}[a-z]*\b" + (rf",?\s+{year.group(0)}\b" if year else ""), re.I)
            first = order.index(months[0])

            def within(d: str) -> bool:
                # the span's start in the document's own period: a financial year runs April to March
                if year is None:
                    return False
                y, fy = int(year.group(0)), PERIOD_RANGE.search(self.kb.metas[d].period or "")
                return any((y == own and (not fy or first >= 3)) or (fy and first < 3 and y == own + 1)
                           for own in self._own_years([d]))

            if any(within(d) and span.search(self.kb.texts[d]) for d in docs):
                return None  # the documents' own span of months ('April to September 2012' of a half-year assessment)
        else:
            label = asked.group(0)
            said = re.compile(rf"\b{re.escape(label)}\b|\bquarter", re.I) if label[:1].upper() == "Q" else re.compile(r"\bquarter|\bQ[1-4]\b", re.I)
        words = self._measure_words(frame) or set(terms(frame.text)) & _GENERIC_COUNTS
        if not docs or not words:
            return None

        def names(text: str) -> bool:
            return _names_word(text, words)

        if any(names(x) and said.search(x) and _has_figure(said.sub(" ", x)) for line in shown.splitlines() for x in _sentences(line)):
            return None
        if self._printed_for(docs, said, names, lambda x: bool(said.search(x)) and _has_figure(x)):
            return None
        what = ", ".join(frame.measures) or _as_asked(frame.text, next(iter(words)))
        label = asked.group(0).strip() + (f" {year.group(0)}" if asked.re is _MONTH_SPAN and year else "")
        return f"the documents give no {what} figure for {label} (they give figures for whole years)"

    def _comparator_missing(self, frame: Frame, shown: str) -> str | None:
        """'How does X's domestic abuse rate compare with the England and Wales rate?' of documents that compare it
        with the force area only: a comparison asked against a named comparator (the force, a region, England and
        Wales, a family group) is answered only where the documents print that comparator's figure for the measure.
        A reason when neither the answer nor any sentence or table of the asked documents does; None when one does
        (a table's cell printed as left out, 'n/a', is no figure)."""
        from ..ingest.places import find_places
        from .prose_figures import comparator_pattern

        if not frame.comparators or frame.followup or frame.intent in (Intent.COMPARE_PARTNERSHIPS, Intent.COMPARE_YEARS,
                                                                       Intent.WARD_HOTSPOT):
            return None
        if not (frame.intent in FIGURE_INTENTS or frame.intent == Intent.COMPARE_LOCAL_FORCE
                or ASKS_FIGURE.search(frame.text) or _COMPARING.search(frame.text)):
            return None
        text = re.sub(r"\bcounty lines?\b", " ", frame.text, flags=re.I)
        pattern = comparator_pattern(text)
        places = [p for p in find_places(text) if PLACE_COMPARATOR.get(p.type) in frame.comparators]
        # (a place of the kind asked for is that comparator: 'the county' is printed as 'Gloucestershire')
        kinds = set(frame.comparators) & set(PLACE_COMPARATOR.values())
        if pattern is None and not kinds:
            return None  # ('the district average': no way to know how the documents print it)
        # the comparator compared with, or its own figure asked for ('the England and Wales rate'); not a word
        # that qualifies something else ('force-wide priority areas', 'Hampshire funding')
        spans = [m.span() for m in pattern.finditer(text)] if pattern else []
        spans += [(p.start, p.end) for p in places]
        if not _COMPARING.search(text) and not any(_ITS_FIGURE.match(text, b) for _, b in spans):
            return None
        docs = self._asked_docs(frame)
        # what is compared: its measure's words and the question's own ('reoffending' of 'repeat offending')
        # the comparator's own words, and those of its long form where the documents define it ('MSG': 'most similar
        # group (of 15 community safety partnerships)'), are no words of what is compared
        named = " ".join(text[a:b] for a, b in spans)
        comparator_words = set(terms(named)) | set(terms(" ".join(self.gazetteer.expansions(named, searched_only=False))))
        measure = {w for w in self._measure_words(frame) - comparator_words if not w.isdigit()}
        words = measure | (set(self.scope.informative_terms(frame)) - _COMPARING_TERMS - comparator_words)
        words = measure | _without_parts(words - measure, measure)
        if not docs or not words:
            return None

        rate_asked = bool(re.search(r"\brates?\b|\bper\s+(?:1|10|100)?,?0{3}\b", frame.text, re.I))

        def is_comparator(text: str) -> bool:
            # as the question calls it ('England and Wales'), or a place of that kind ('Lancashire' for the force)
            return bool(pattern and pattern.search(text)) or (bool(kinds) and any(
                PLACE_COMPARATOR.get(p.type) in kinds for p in find_places(text)))

        def figure_beside(sentence: str) -> bool:
            # a figure a few words after the comparator ('the England and Wales rate of 11.0') or before it ('12.6
            # for the force area'), not a figure of the sentence's other places ('... 74.2; North West region n/a')
            plain = _AGES.sub(" ", YEARISH.sub(" ", re.sub(r"\[\d+\]|\bper\s+\d[\d,]*", " ", sentence)))
            spans = [m.span() for m in pattern.finditer(plain)] if pattern else []
            spans += [(p.start, p.end) for p in find_places(plain) if PLACE_COMPARATOR.get(p.type) in kinds]
            # a rate asked for: a share of people ('31% of residents perceived ..., against 20% across England') is
            # not the comparator's rate, unless the sentence speaks of rates ('a rate 12% above England's')
            share_only = rate_asked and not re.search(r"\brates?\b|\bper\b", sentence, re.I)
            after, before = (r"[^\d;|]{0,30}?\d[\d,.]*(?!\s*%)(?![\d,.])", r"(?<![\d,.])\d[\d,.]*\s*(?:[\w'’]+\s+){0,4}$") \
                if share_only else (r"[^\d;|]{0,30}?\d", r"\d%?\s*(?:[\w'’]+\s+){0,4}$")
            return any(re.match(after, plain[b:]) or re.search(before, plain[:a]) for a, b in spans)

        def names(text: str) -> bool:
            return _names_word(text, words)

        # (a line of the answer quotes several passages, each ending on its citation mark)
        if any(names(x) and is_comparator(x) and figure_beside(x) for line in shown.splitlines()
               for passage in re.split(r"\[\d+\]", line) for x in _sentences(passage)):
            return None
        for d in docs:
            judged = set()  # comparator rows the tables below were read for (their lines are not read again)
            for view in self._tables_of(d):
                judged |= {row.label for row in view.rows if is_comparator(row.label)}
                about = names(" ".join([view.title, *view.header]))
                cols = [j for j in range(1, len(view.header)) if is_comparator(view.header[j])]
                # (a table whose columns are measures: the comparator's row must hold the measure's own column, not
                # only the others: 'MSG average 80.9 24.7 n/a' under 'All crime, VAP, ASB incidents' has no ASB figure)
                own_cols = [j for j in range(1, len(view.header)) if names(view.header[j])]
                for row in view.rows:
                    held = [j for j in range(1, len(row.values)) if row.values[j] is not None]
                    if cols and (about or names(row.label)) and any(j in cols for j in held):
                        return None  # the comparator's column, in the measure's row or table
                    if is_comparator(row.label) and any((j in own_cols) if own_cols else about for j in held
                                                        if j < len(view.header)):
                        return None  # the comparator's row, in the measure's column or table
            lines = self.kb.texts[d].split("\n")
            for i, line in enumerate(lines):
                if not is_comparator(line):
                    continue
                if _tabular(line):
                    if any(line.strip().startswith(label) for label in judged):
                        continue
                    if _value_cell(line) and any(names(x) for x in _rows_to_title(lines, i, 20)):
                        return None  # a comparator's row of a table under the measure's header or title
                elif _CARD_LINE.match(line) and figure_beside(line) and names(" ".join(lines[max(0, i - 12) : i])):
                    return None  # a fact card's line ('Force rate (per 1,000 people): 32.6') under its measure
        # (the measure named in the sentence, or in the one before: '... rates of problem drug use. The latest estimate
        # puts ... at 20.1 per 1,000, against a North West rate of 10.2')
        if any(is_comparator(x) and figure_beside(x) and (names(x) or names(before)) for x, before in self._prose_of(docs)):
            return None
        asked = (pattern.search(frame.text).group(0) if pattern and pattern.search(frame.text)
                 else ", ".join(sorted(kinds)))
        what = ", ".join(frame.measures) or _as_asked(frame.text, next(iter(words)))
        return f"the documents give no {asked} figure for {what} to compare with"

    def _prose_of(self, docs: list[str]):
        """The sentences of the documents' prose, each with the one before it in its paragraph (across the lines a
        paragraph is wrapped on); read once per document."""
        cache = self.__dict__.setdefault("_prose_cache", {})
        for d in docs:
            if d not in cache:
                pairs = []
                for para in re.split(r"\n\s*\n", self.kb.texts[d]):
                    said = _sentences(" ".join(x.strip() for x in para.split("\n") if not _tabular(x)))
                    pairs += [(x, said[k - 1] if k else "") for k, x in enumerate(said)]
                cache[d] = pairs
            yield from cache[d]

    def _on_a_card(self, frame: Frame, name: str, words: set[str]) -> bool:
        """Whether a labelled line of the asked documents ('Local hotspot wards: ...') prints the name beside a figure,
        under lines (up to twelve above it) that name one of the words."""
        named = re.compile(name_pattern(name) + r"[^\n\d]{0,25}\d", re.I)
        for d in self._asked_docs(frame):
            lines = self.kb.texts[d].split("\n")
            at = 0
            for i, line in enumerate(lines):
                start, at = at, at + len(line) + 1
                if not (re.match(r"^\s*[^.:;\d]{2,50}:\s", line) and named.search(YEARISH.sub(" ", line))):
                    continue
                # (the card's lines above it, or the title of the section it stands in)
                section = next((" ".join(c.section_path) for c in self.text_chunks_all.get(d, [])
                                if c.start <= start < c.end), "")
                if _names_word(" ".join(lines[max(0, i - 12) : i]) + " " + section, words):
                    return True
        return False

    def _said_beside(self, frame: Frame, said: re.Pattern[str], words: set[str]) -> bool:
        """Whether a sentence of the asked documents says it (the pattern) beside a figure and one of the words (in
        it or the sentence before)."""
        return any(said.search(x) and _has_figure(x) and _names_word(x + " " + before, words)
                   for x, before in self._prose_of(self._asked_docs(frame)))

    def _own_years(self, docs: list[str]) -> list[int]:
        """The first years of the periods the documents are for ('2016-17' is 2016; a calendar year, '2015', itself)."""
        out = []
        for d in docs:
            period = self.kb.metas[d].period or ""
            spans = [int(m.group(1)) for m in PERIOD_RANGE.finditer(period)]
            out += spans or [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", period)[:1]]
        return out

    def _asked_docs(self, frame: Frame) -> list[str]:
        return [d for d in self.kb.texts if not frame.partnerships or self.kb.metas[d].partnership in frame.partnerships]

    def _qualifier_flipped(self, frame: Frame, shown: str) -> str | None:
        """'What share of violence without injury was alcohol-related?' is not answered by a figure for violence
        with injury: when every figure line of the answer that names the qualifier's word says it the other way
        ('with' for 'without', or the reverse), and no sentence of the asked documents says it the asked way
        beside a figure and the question's most specific word."""
        if not _asks_a_figure(frame):
            return None
        informative = set(self.scope.informative_terms(frame))
        rarest = self._most_specific(frame)
        for m in _WITH_OR_WITHOUT.finditer(frame.text):
            way, word = m.group(1).lower(), m.group(2)
            if not set(terms(word)) & informative:
                continue
            said = {w: re.compile(rf"\b{w}\s+(?:an?\s+|the\s+)?{re.escape(word)}", re.I) for w in ("with", "without")}
            other = "with" if way == "without" else "without"
            lines = [x for line in shown.splitlines() for x in _sentences(line)
                     if _has_figure(x) and (said[way].search(x) or said[other].search(x))]
            if not lines or any(said[way].search(x) for x in lines):
                continue
            if rarest and self._said_beside(frame, said[way], {rarest}):
                continue  # (the documents say it: the passage was not found, not missing)
            return f"the documents give this figure '{other} {word}', not '{way} {word}'"
        return None

    def _share_missing(self, frame: Frame, shown: str) -> str | None:
        """'What share of public place violence takes place between 21:00 and 04:00?' answered by a sentence saying
        only that the risk is greatest then: a share asked for is answered only by an answer that states one (a
        percentage, 'one in five', 'half', '389 of 1,046'). A reason when nothing the answer shows does."""
        if not _ASKS_SHARE.search(frame.text) or frame.followup or frame.intent in (Intent.COMPARE_YEARS,
                                                                                  Intent.COMPARE_PARTNERSHIPS):
            return None
        plain = re.sub(r"\[\d+\]", " ", shown)
        if _A_SHARE.search(plain):
            return None
        # the parts and the whole a share is worked out from are figures too ('£320,000 of the £700,000 budget'):
        # only an answer with no figure at all but years, ages and times of day is no answer
        if _has_figure(re.sub(r"\b\d{1,2}[:.]\d{2}\s*(?:hrs|am|pm)?\b", " ", plain)):
            return None
        return "the documents give no share or percentage for this"

    def _part_missing(self, frame: Frame, shown: str) -> str | None:
        """A figure asked for a part of the day or of a place that the answer gives for another part, or for the
        whole: 'felt unsafe during the day' of a survey reported after dark, 'residents in the west of Harrowden'
        of a borough-wide figure. A reason when no figure sentence of the answer names the part asked, and no
        sentence of the asked documents names it beside a figure and the question's most specific word."""
        if not _asks_a_figure(frame):
            return None
        lines = [x for line in shown.splitlines() for x in _sentences(line) if _has_figure(x)]
        rarest = self._most_specific(frame)
        words = {rarest} if rarest else self._measure_words(frame)
        for asked in (_TIME_OF_DAY.search(frame.text), _COMPASS_PART.search(frame.text)):
            if asked is None:
                continue
            said = _part_pattern(asked)
            if not lines or any(said.search(x) for x in lines):
                continue
            if words and self._said_beside(frame, said, words):
                continue  # (the documents say it: the passage was not found, not missing)
            part = re.match(r"the\s+\S+\s+(?:part\s+)?of\s+(?:the\s+)?[\w'’-]+", frame.text[asked.start() :], re.I) \
                if asked.lastgroup == "compass" else None
            return f"the documents give no figure for {(part or asked).group(0).strip()}"
        return None

    def _age_band_missing(self, frame: Frame, shown: str) -> str | None:
        """'How many rape victims were aged under 18?' of documents that give victims aged 10 to 24: a figure asked
        for an age band is answered only by a line that names that band (its own ages, or one year either side:
        'under 18' is '17 and under') beside a figure, in a sentence about the measure or a table row under it."""
        if not _asks_a_figure(frame):
            return None
        bands = list(_AGES.finditer(YEARISH.sub(" ", frame.text)))
        if not bands:
            return None
        ages = {int(n) + k for b in bands for n in re.findall(r"\d+", b.group(0)) for k in (-1, 0, 1)}
        words = self._measure_words(frame) or set(self.scope.informative_terms(frame))
        words = {w for w in words if not w.isdigit() and w not in _AGE_TERMS}
        docs = self._asked_docs(frame)
        if not docs or not words:
            return None

        def band(text: str) -> bool:
            return any(ages & {int(n) for n in re.findall(r"\d+", b.group(0))}
                       for b in _AGES.finditer(YEARISH.sub(" ", text)))

        def names(text: str) -> bool:
            return _names_word(text, words)

        if any(band(x) and _has_figure(x) for line in shown.splitlines() for x in _sentences(line)):
            return None
        for d in docs:
            lines = self.kb.texts[d].split("\n")
            for i, line in enumerate(lines):
                if _tabular(line) and _has_figure(line):
                    above = _rows_to_title(lines, i, 20)
                    if (band(line) and any(names(x) for x in above)) or (names(line) and any(band(x) for x in above)):
                        return None  # a row of the band under the measure, or of the measure under the band's column
        if any(band(x) and _has_figure(x) and (names(x) or names(before)) for x, before in self._prose_of(docs)):
            return None
        what = ", ".join(frame.measures) or next(iter(sorted(words)))
        return f"the documents give no {what} figure for those {bands[0].group(0).strip()}"

    def _rank_missing(self, frame: Frame, shown: str) -> str | None:
        """'Where does Harrowden rank among the region's districts for knife crime?': a place's rank in a group is
        answered by a line that ranks it ('the 3rd highest of 12 districts', 'top quartile of its most similar
        group'), or by a rank worked out over a table whose rows are the group's places (the line then names the
        place). A reason when neither the answer nor any sentence of the asked documents ranks the measure in that
        group; a rank among the measures of the place's own table does not answer it."""
        m = _ASKS_RANK.search(frame.text)
        if m is None or frame.followup or frame.wards or not frame.partnerships:
            return None
        subject = frame.text[: m.start()].lower()
        words = self._measure_words(frame)
        if not any(p.lower() in subject for p in frame.partnerships) or _names_word(subject, words):
            return None  # the place is not what is ranked ('where does shoplifting rank among Harrowden's crime types')
        group = re.split(r"\s+(?:for|on|by|in terms of|with|when|in\s+(?:19|20)\d\d)\b|[?,;]", m.group("group"), maxsplit=1)[0]
        # (its own words too: 'total' of total recorded crime, which _measure_words leaves out as a word of any count)
        own = set(terms(" ".join(frame.measures)))
        measure = (words | (own - _CRIME_WORDS)) if frame.measures else set()
        total = bool(frame.measures) and not own - _GENERIC_COUNTS  # ('all crime', 'total crime': named by a phrase)

        def of_measure(text: str) -> bool:
            return _TOTAL_CRIME.search(text) is not None if total else (not measure or _names_word(text, measure))
        # (an abbreviation by its long form too: 'its MSG', 'its most similar group')
        long = " ".join(self.gazetteer.expansions(group, searched_only=False))
        kind = {t for t in terms(f"{group} {long}") if t not in _GROUP_STOP and t not in measure}
        if not kind or any(_same_word(t, "ward") for t in kind):
            return None  # (a ward's rank among wards is worked out from the ward tables)
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", group) if w.lower() not in {"the", "its", "their", "of", "all"})
        places = [p.lower() for p in frame.partnerships]

        def of_group(text: str) -> bool:
            return _names_word(text, kind) or (len(initials) >= 2 and re.search(rf"\b{initials}\b", text, re.I) is not None)

        def near_ranks(text: str):  # the words around each rank stated (a sentence may run on through a list)
            for r in _RANKED.finditer(text):
                a = max(r.start() - 100, text.rfind(". ", 0, r.start()) + 1, 0)
                ends = [x for x in (text.find(". ", r.end()),) if x >= 0]
                yield text[a : min([*ends, r.end() + 100])]

        for line in shown.splitlines():
            # (a rank worked out over a table of places names the place: 'Harrowden ranks 2 of 8')
            if any((of_group(x) or (any(p in x.lower() for p in places) and _RANK_PLACE.search(x)))
                   and of_measure(x) for x in near_ranks(line)):
                return None
        for d in self._asked_docs(frame):
            if any(of_group(x) and of_measure(x)
                   for x in near_ranks(self.kb.texts[d].replace("\n", " "))):
                return None
        what = ", ".join(frame.measures) or "this"
        return f"the documents do not rank {frame.partnerships[0]} among {group.strip()} on {what}"

    def _key_word(self, words: set[str]) -> set[str]:
        """The rarest of a measure's words, which stands for it ('looked' of looked-after children: '1,150 children'
        with a mental health disorder are no count of them)."""
        df = self.kb.weights.df
        return {min(sorted(words), key=lambda w: (df.get(w, 0) == 0, df.get(w, 0)))}

    def _count_missing(self, frame: Frame, shown: str) -> str | None:
        """'How many looked-after children are there in Kellmoor ward?' of documents that give their rate per
        10,000 only: a count asked for is answered by a figure of the measure that is no rate, share or ratio. A
        reason when the answer's lines of the measure give rates only and no line of the asked documents gives
        the count (a table row counts when its header names a count, or no rate)."""
        if not ASKS_COUNT.match(frame.text) or _ASKS_RATE.search(frame.text) or frame.followup:
            return None
        words = self._measure_words(frame)
        if not words:
            return None
        places = [w for w, _ in frame.wards]
        key = self._key_word(words)

        def names(text: str) -> bool:
            return _names_word(text, key) and (not places or any(re.search(name_pattern(w), text, re.I) for w in places))

        said = [x for line in shown.splitlines() for x in _sentences(line) if names(x) and _has_figure(x)]
        if not said or any(_has_figure(_RATE_FIGURE.sub(" ", x)) for x in said):
            return None
        for d in self._asked_docs(frame):
            lines = self.kb.texts[d].split("\n")
            for i, line in enumerate(lines):
                if not names(line) or not _has_figure(line):
                    continue
                if _tabular(line):
                    head = " ".join(_table_above(lines, i, 15))
                    if _COUNT_HEAD.search(head) or not _RATE_HEAD.search(head):
                        return None
                elif any(names(x) and _has_figure(_RATE_FIGURE.sub(" ", x)) for x in _sentences(line)):
                    return None
        what = ", ".join(frame.measures) or _as_asked(frame.text, next(iter(sorted(words))))
        return f"the documents give {what} as a rate or share, not a count"

    def _never_used(self, frame: Frame) -> list[str]:
        """Informative question words (not its measure's) that no document uses, nor anything within a typo of."""
        from rapidfuzz import fuzz, process

        measure_words = set(terms(" ".join(frame.measures)))
        for m in frame.measures:
            if m in MEASURES:
                measure_words |= set(terms(" ".join((*MEASURES[m].synonyms, *MEASURES[m].abbreviations))))
        vocab = list(self.kb.weights.df)
        return [t for t in self.scope.informative_terms(frame) if t not in measure_words and len(t) >= 4
                and not self.kb.weights.df.get(t, 0)
                # ('ksis' is the plural of 'ksi')
                and not (t.endswith("s") and self.kb.weights.df.get(t[:-1], 0))
                and not (len(t) >= 4 and process.extractOne(t, vocab, scorer=fuzz.ratio, score_cutoff=84))]


# a comparator's own figure: 'the England and Wales rate', 'the North West regional ASB rate'
_ITS_FIGURE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:rate|average|avg|figure|level|percentage|proportion)s?\b", re.I)

# words of a comparison, not of what is compared
_COMPARING_TERMS = set(terms("compare compared comparison rate rates average figure level higher lower above below "
                             "against versus than similar group national regional region force area"))

# a fact card's line: a label and its value ('Force rate (per 1,000 people): 32.6', 'Force rate: 6% of burglaries')
_CARD_LINE = re.compile(r"^\s*[^.:;]{2,50}:\s*\S(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$")  # ('Force rate (per 1,000 people): 4.0')

# ages and age bands name a group, not a figure, and are what an age question asks for ('under 18s', 'under-18s',
# 'aged 18-29', '14+', '65 or over')
_AGES = re.compile(r"\b(?:under|over|aged|age)[\s-]+\d+(?:\s*(?:-|–|to)\s*\d+)?s?\b|\b\d+\s*(?:-|–|to)\s*\d+s?\b(?!\s*%)"
                   r"|\b\d+\+|\b\d+\s+(?:or|and)\s+(?:over|older|under|younger)\b", re.I)

def _asks_a_figure(frame: Frame) -> bool:
    """Whether a question (not a follow-up) asks for a figure, by its intent or its words anywhere."""
    return not frame.followup and (frame.intent in FIGURE_INTENTS or _ASKS_FIGURE_ANYWHERE.search(frame.text) is not None)


# a figure asked for after the question's opening words ('In Lichfield, what share of ...')
_ASKS_FIGURE_ANYWHERE = re.compile(r"\b(?:what|which)\s+(?:%|(?:proportion|percentage|share|fraction|number|rate)\b)|"
                                   r"\bhow (?:many|much)\b|\bwhat (?:is|was|were) the (?:\w+ ){0,3}?(?:rate|number|"
                                   r"total|proportion|percentage|share)\b", re.I)

_AGE_TERMS = set(terms("aged age under over older younger year years old"))

# a qualifier a figure is asked with or without ('violence without injury')
_WITH_OR_WITHOUT = re.compile(r"\b(with|without)\s+(?:an?\s+|the\s+)?([a-z][a-z-]{3,})", re.I)

# a part of the day a figure is asked for, and the forms that say it
_DAY_PARTS = {
    "day": r"during the day|in the day(?:time)?|daytime|day-time|by day|in daylight|daylight hours",
    "night": r"after dark|at night|night-?time|overnight|late at night|in the evening|evenings?",
}
_NOT_A_PART = r"(?![\s-]+(?:economy|economies|ntes?)\b)"  # ('the night-time economy' is a place's trade, not an hour)
_TIME_OF_DAY = re.compile("|".join(rf"(?P<{k}>\b(?:{v})\b{_NOT_A_PART})" for k, v in _DAY_PARTS.items()), re.I)
# a compass part of a place ('the west of Harrowden', 'the north of the borough')
_COMPASS_PART = re.compile(r"\bthe\s+(?P<compass>(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?\s+(?:part\s+)?of\b",
                           re.I)


def _part_pattern(asked: re.Match) -> re.Pattern[str]:
    """How a passage says the part a question asks about ('during the day': 'daytime', 'in the day')."""
    kind = asked.lastgroup
    if kind in _DAY_PARTS:
        return re.compile(rf"\b(?:{_DAY_PARTS[kind]})\b{_NOT_A_PART}", re.I)
    compass = re.sub(r"[- ]", "[- ]?", asked.group("compass").lower())
    return re.compile(rf"\b{compass}(?:ern)?\b", re.I)


# a question put as a question, not as a bare topic ('knife crime in Wiltshire in 2015/16?')
_QUESTION_WORD = re.compile(r"\s*(?:what|why|how|which|who|whom|whose|where|when|does|do|did|is|are|was|were|has|have|had|"
                            r"can|could|should|will|would|tell|describe|summari[sz]e|explain|list|give|show)\b", re.I)

# a span of months asked for ('April-June 2020', 'Oct to Dec'), and a quarter ('Q1 2020-21', 'the first quarter')
_MONTH_SPAN = re.compile(rf"\b{MONTH}(?:\s+(?:19|20)\d{{2}})?\s*(?:-|–|to)\s*{MONTH}\b", re.I)  # ('October 2012 to March 2013')
# what a plan says ('commitments', 'priorities', 'recommendations' for a year), not a figure
_ASKS_PLAN = re.compile(r"\b(?:commitments?|plans?|planned|priorit(?:y|ies)|recommend\w*|actions?|objectives?|aims?|"
                        r"strateg(?:y|ies))\b", re.I)
# an earlier figure a sentence compares with: 'up 18.3% on the 289 recorded in 2016/17', 'compared with 23,407 in 2021/22'
_COMPARED_WITH = re.compile(r"\b(?:up|down|rise|rose|risen|fell|fall|fallen|increase\w*|decrease\w*|higher|lower|more|fewer|"
                            r"compared)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:on|from|than|with|to)\b(?:[^.;]|\.(?=\d)){0,40}?(?:19|20)\d\d"
                            r"(?:\s*[-–/]\s*\d{2,4})?", re.I)
# measures of the vocabulary that name no crime or incident a sentence is about ('the city's student population')
_NO_MEASURE = {"population", "referrals"}


def _related(a: str, b: str) -> bool:
    """Whether two of the vocabulary's measures are one, or one is a kind of the other ('rape', 'sexual offences')."""
    def line(m: str) -> set[str]:
        out, seen = {m}, m
        while seen in MEASURES and MEASURES[seen].parent and MEASURES[seen].parent not in out:
            seen = MEASURES[seen].parent
            out.add(seen)
        return out

    return a == b or a in line(b) or b in line(a)


# a kind of figure that is no count of the measure: a target, forecast, budget
_FIGURE_KIND = re.compile(r"\b(?:targets?|forecasts?|projections?|budgets?|funding|spend)\b", re.I)
_ASKS_KIND = re.compile(r"\b(?:what|which|how much)(?:'s|\s+is|\s+was|\s+are|\s+were)?\b[^?]{0,40}?\b(?:targets?|forecasts?|"
                        r"projections?|budgets?)\b", re.I)


# the document and section an answer's line is quoted from: '(Harrowden (2023-24): TITLE > Section)' to the line's end
_PROVENANCE = re.compile(r"\([^()\n]*\((?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?\):\s.*$")


def _bare_figure_topic(text: str) -> bool:
    """A topic typed without a question word, naming what is counted: 'Harrowden robbery detection rate 2015'."""
    return not _QUESTION_WORD.match(text) and _COUNTED_NOUN.search(text) is not None


# what a bare topic counts ('Harrowden drug-related deaths in 2021?' asks a number as much as '... offences in 2013')
_COUNTED_NOUN = re.compile(r"\b(?:offences|crimes|incidents|rates?|numbers?|figures?|deaths|victims|arrests|referrals|"
                           r"casualties|admissions|offenders|seizures)\b", re.I)
_QUARTER = re.compile(r"\bQ[1-4]\b|\b(?:first|second|third|fourth|final|last)\s+quarter\b", re.I)

# the part a share is of: 'what % of victims were men (in 2021)?'
_SHARE_OF = re.compile(r"\bof\b.+?\b(?:were|are|was|is|had|have)\s+(?P<part>[^?]+?)(?:\s+(?:in|during|for|at|across)\b[^?]*)?\?*\s*$",
                       re.I)

# a question asking for a share without 'the' ('what proportion of ...', 'what % of ...')
# a share stated: '43%', '12 per cent', 'one in five', 'half', '389 of 1,046', '3 out of 10'
_A_SHARE = re.compile(r"\d\s*%|\bper\s?cent\b|\b(?:one|two|three|four|\d+)\s+(?:in|out of)\s+(?:every\s+)?(?:\w+|\d[\d,]*)\b|"
                      r"\b(?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|majority)\b|"
                      r"\b\d[\d,]*\s+of\s+(?:the\s+|all\s+|them\b|these\b|those\b|\d)", re.I)
# (also after the topic, put first: 'Harrowden knife crime - what % of offenders were ...?')
_ASKS_SHARE = re.compile(r"(?:^|[-–—:]\s)\s*(?:what|which)\s+(?:%|(?:proportion|percentage|share|fraction)\b)", re.I)
# the part a count is of: 'how many (hate crimes) were online?', 'how many victims were repeat victims in 2021?';
# not how they came to be counted ('how many crimes were recorded ...', 'how many were there ...')
_COUNT_PART = re.compile(r"\bhow many\b[^?]*?\b(?:were|was)\s+(?!(?:recorded|reported|there|logged|committed|made|"
                         r"received|given|seen|dealt|referred|in|at|on|during|for|by|between|from)\b)"
                         r"(?P<part>[^?]+?)(?:\s+(?:in|during|for|at|across|by|between|from)\b[^?]*)?\?*\s*$", re.I)

# a place's rank in a group asked for: 'where does X rank among the region's boroughs', 'X's position in its MSG'
_ASKS_RANK = re.compile(r"\b(?:rank|ranks|ranked|ranking|position|placed|league\s+table)\b[^?]*?\b(?:among|amongst|within|out of|"
                        r"across|in|of)\s+(?P<group>[^?]+)", re.I)
_CRIME_WORDS = set(terms("crime crimes offence offences incident incidents"))
_GROUP_STOP = set(terms("the its their all other similar compared nationally most"))
# a rank stated: 'ranks 3rd', 'the second highest', 'top quartile', '5 of 15', 'highest in the region'
_RANKED = re.compile(r"\b(?:rank\w*|\d+(?:st|nd|rd|th)\b|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|"
                     r"highest|lowest|top|bottom|quartile|worst|best|\d+\s+(?:of|out of)\s+\d+)", re.I)
_TOTAL_CRIME = re.compile(r"\b(?:all|total|overall)\s+(?:recorded\s+)?(?:crimes?|offences)\b|\bnotifiable offences\b|\bTNO\b|"
                          r"\ball[- ]crime\b", re.I)
_RANK_PLACE = re.compile(r"\branks?\b|\branked\b|\b\d+\s+(?:of|out of)\s+\d+\b", re.I)
# (a count asked for, and no rate: ASKS_COUNT without these words)
_ASKS_RATE = re.compile(r"\b(?:rates?|per|%|per\s?cent|percentage|proportion|share|ratio)\b", re.I)
# a figure that is no count: '132 per 10,000 under-18s', '12%', '1.9 times', 'rate of 3.9', '3 of 8'
_RATE_FIGURE = re.compile(r"\d[\d,.]*\s*(?:per|/)\s*(?:\d[\d,]*|k)\b(?:\s+[\w-]+)?|\d[\d,.]*\s*(?:%|per\s?cent)|"
                          r"\d[\d.]*\s*times\b|\d[\d,.]*\s+(?:above|below|higher|lower)\b|\b(?:rate|ratio|average)\s+(?:of\s+|was\s+|is\s+)?\d[\d,.]*|"
                          r"\b(?:rank\w*\s+)?\d+\s+(?:of|out of)\s+\d+\b|\brates?\s+per\s+[\d,]+k?\s+(?:[a-z-]+\s+)?\d[\d,.]*|"
                          r"\bper\s+[\d,]+\b", re.I)
_RATE_HEAD = re.compile(r"\bper\b|\brates?\b|%", re.I)
_COUNT_HEAD = re.compile(r"\b(?:number|count|no\.|volume|total|incidents|offences|crimes|cases|victims|children|people)\b", re.I)
