"""Which actor a pronoun ("he", "they", "it") or a description ("the nurse", "one nurse")
refers to.

Rule-based and local, as news prose allows: the antecedent is the most recent compatible mention
before the word, searching sentence by sentence backwards and preferring a sentence's earliest
mention (its subject, in English news). Mentions inside quotations are skipped: a narrative
pronoun refers to a narrative actor, not to someone named inside a quote. Shared by quotes (the
speaker of "he added") and events (the source of "They firmly deny").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

from ..ids import fold as _fold_uncached
from .model import ACTOR, ORGANISATION, PLACE, Entity, Extraction, Mention
from .reference import load_yaml
from .text import Analysis, offsets

fold = lru_cache(maxsize=8192)(_fold_uncached)  # names recur within and across articles

SINGULAR: Final = frozenset(("he", "him", "his", "himself", "she", "her", "hers", "herself"))
FEMININE: Final = frozenset(("she", "her", "hers", "herself"))
PLURAL: Final = frozenset(("they", "them", "their", "theirs", "themselves"))
NEUTER: Final = frozenset(("it", "its", "itself"))
PRONOUNS: Final = SINGULAR | PLURAL | NEUTER
MAX_SENTENCES_BACK: Final = 8  # antecedents further back than this are guesses, not resolution

_MASCULINE_NOUNS = frozenset(("man", "boy", "father", "husband", "son", "brother", "spokesman",
                              "businessman", "policeman", "fisherman", "chairman", "mr", "mr."))
_FEMININE_NOUNS: Final = frozenset((
    "woman", "girl", "mother", "wife", "daughter", "sister", "spokeswoman", "businesswoman",
    "policewoman", "chairwoman", "mrs", "mrs.", "ms", "ms.", "miss"))
DEFINITE: Final[frozenset[str]] = frozenset(("the", "this", "that", "these", "those"))
INDEFINITE: Final[frozenset[str]] = frozenset((
    "a", "an", "one", "another", "two", "three", "four", "five", "some", "several", "many"))
DETERMINERS: Final[frozenset[str]] = DEFINITE | INDEFINITE
_WORD: Final = re.compile(r"[\w][\w'’.-]*")
LEXICON_PATH: Final = Path(__file__).resolve().parents[1] / "reference" / "speech_verbs.yaml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """The cue lexicon (speech verbs, person nouns, ...) as frozen sets of lower-case words."""
    data = load_yaml(LEXICON_PATH)
    return {key: frozenset(str(v).lower() for v in values) for key, values in data.items()}


def singular_noun(word: str) -> str:
    """'soldiers' -> 'soldier', 'spokesmen' -> 'spokesman'; other words unchanged."""
    w = word.lower()
    if w.endswith("men") and w[:-3] + "man" in lexicon()["person_nouns"]:
        return w[:-3] + "man"
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def is_person_noun(word: str) -> tuple[bool, bool]:
    """(is a person noun, is plural) for a head word such as 'soldier' or 'officials'."""
    nouns, w = lexicon()["person_nouns"], word.lower()
    if w in nouns:
        return True, False
    single = singular_noun(w)
    return (single in nouns, True) if single != w else (False, False)


_MARKS: Final = '"\u201c\u201d'


@lru_cache(maxsize=8)
def quotation_marks(text: str) -> tuple[tuple[int, int], ...]:
    """Spans inside double quotation marks, from the marks alone (before the quote stage ran):
    a curly mark says whether it opens or closes, a straight one alternates, and a quotation
    left open runs to the end of its paragraph (where the next paragraph may reopen it)."""
    spans: list[tuple[int, int]] = []
    opened = -1
    for pos in offsets(text, _MARKS):
        # a line break since the opening mark ends the quotation at the paragraph's end
        if opened >= 0:
            brk = text.find("\n", opened, pos)
            if brk >= 0:
                spans.append((opened, brk))
                opened = -1
        mark = text[pos]
        if mark == "\u201c" or (mark == '"' and opened < 0):
            opened = pos + 1
        elif opened >= 0:
            spans.append((opened, pos))
            opened = -1
    if opened >= 0:
        brk = text.find("\n", opened)
        spans.append((opened, brk if brk >= 0 else len(text)))
    return tuple(spans)


def _quoted_spans(found: Extraction, text: str = "") -> Sequence[tuple[int, int]]:
    """Words inside quotation marks; reported speech (`indirect`) is narrative text. Before the
    quote stage has run (no quotes yet), the quotation marks of `text` say it (the cached
    tuple itself: this is asked once per pronoun)."""
    if not found.quotes and text:
        return quotation_marks(text)
    return found.quotation_spans()


def _inside(spans: Sequence[tuple[int, int]], start: int) -> bool:
    return _span_at(spans, start) is not None


def _span_at(spans: Sequence[tuple[int, int]], start: int) -> tuple[int, int] | None:
    """The quotation span holding `start`, if any."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return spans[i] if i >= 0 and spans[i][0] <= start < spans[i][1] else None


def _clear_of_quotes(spans: Sequence[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether `_inside` is false for every offset in [lo, hi) (then no mention starting there
    need be tested): no span begins after `lo` and before `hi`, and the last one beginning at
    or before `lo` (the one `_span_at` reads for each of those offsets) ends by `lo`."""
    i = bisect.bisect_right(spans, (lo, 1 << 62))
    return (i == len(spans) or spans[i][0] >= hi) and (i == 0 or spans[i - 1][1] <= lo)


def in_quotation(analysis: Analysis, found: Extraction, offset: int) -> bool:
    """Whether `offset` lies inside a quotation (the quote stage's, else the marks')."""
    return _inside(_quoted_spans(found, analysis.text), offset)


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Folded first name -> 'f' or 'm', from the US census first-name frequency lists shipped
    with the `names` package, read once per process. A name on both lists counts for the one
    where it is at least twice as frequent; otherwise it is left out (no evidence)."""
    freq: dict[str, dict[str, float]] = {}
    for gender, file in (("f", "dist.female.first"), ("m", "dist.male.first")):
        for line in (resources.files("names") / file).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                freq.setdefault(parts[0].lower(), {})[gender] = float(parts[1])
    out = {}
    for name, by in freq.items():
        f, m = by.get("f", 0.0), by.get("m", 0.0)
        if f >= 2 * m or m >= 2 * f:
            out[name] = "f" if f > m else "m"
    return out


def _gender_clash(mention: Mention, text: str, pronoun: str, by_name: bool = True) -> bool:
    entity = mention.entity
    return _clash(text[mention.start:mention.end], entity.name, entity.title,
                  entity.kind == "person" and by_name, pronoun in FEMININE)


@lru_cache(maxsize=8192)  # a pure test of a few strings, asked again for the same mentions
def _clash(surface: str, name: str, title: str, person: bool, feminine: bool) -> bool:
    """Whether a mention (its text, the entity's name and title) has a gender other than the
    pronoun's: a gendered noun of the other gender, else (`person`) a first name mostly of the
    other."""
    words = {w.lower() for w in _WORD.findall(surface)}
    words |= {w.lower() for w in _WORD.findall(name + " " + title)}
    if feminine:
        if words & _MASCULINE_NOUNS:
            return True
    elif words & _FEMININE_NOUNS:
        return True
    if not person:
        return False
    first = fold(name).split(" ")[0]
    gender = first_names().get(first, "")
    return gender == ("m" if feminine else "f")


def _compatible(mention: Mention, text: str, pronoun: str, by_name: bool = True) -> bool:
    """Whether `pronoun` may refer to the mention (`by_name`: a first name's usual gender
    counts)."""
    entity = mention.entity
    if mention.mention_type == "pronoun":  # 'her' is an antecedent of 'she', not of 'he'
        word = text[mention.start:mention.end].lower()
        if (word in PLURAL) != (pronoun in PLURAL) or (word in NEUTER) != (pronoun in NEUTER) \
                or (word in FEMININE) != (pronoun in FEMININE):
            return False
    if pronoun in SINGULAR:
        return (entity.table == ACTOR and entity.kind in ("person", "anonymous")
                and not _gender_clash(mention, text, pronoun, by_name))
    if pronoun in PLURAL:
        return (entity.table == ACTOR and entity.kind == "group") or entity.table == ORGANISATION
    return entity.table == ORGANISATION or (entity.table == PLACE and entity.kind == "country")


def coordinated_group(found: Extraction, text: str, first: Mention, second: Mention,
                      document_id: str = "") -> Entity:
    """The group actor 'A and B' for two people named together, with a mention over both."""
    return group_of(found, [first, second], document_id)


def group_of(found: Extraction, people: list[Mention], document_id: str = "") -> Entity:
    """The group actor 'A, B and C' for people named together (in text order), with a mention
    from the first name to the last; the one already there if there is one."""
    first, last = people[0], people[-1]
    for m in found.mentions_starting(first.start, first.start + 1):
        if m.end == last.end and m.entity.table == ACTOR and m.entity.kind == "group":
            return m.entity
    names = [m.entity.name for m in people]
    name = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    group = Entity(ACTOR, "group", name, scope=document_id)
    return found.add_mention(first.start, last.end, group, "name").entity


_AND: Final = re.compile(r",?\s+and\s+")


def _coordination(found: Extraction, text: str, mentions: list[Mention], document_id: str
                  ) -> tuple[int, Entity] | None:
    """The first 'A and B' pair of people among `mentions` (in text order), as a group."""
    people = [m for m in mentions if m.entity.table == ACTOR and m.entity.kind == "person"]
    for first, second in zip(people, people[1:], strict=False):
        # (an empty or reversed range fails as the empty slice does: the pattern is not empty)
        if _AND.fullmatch(text, first.end, second.start):
            return first.start, coordinated_group(found, text, first, second, document_id)
    return None


def resolve_pronoun(analysis: Analysis, found: Extraction, offset: int, pronoun: str,
                    document_id: str = "", _depth: int = 0) -> Entity | None:
    """The actor (or organisation, for 'it'/'they') that `pronoun` at `offset` refers to.

    Singular personal pronouns take people and anonymous actors; plural ones take groups,
    two people named together ('Lopez and Haddad ... they') and organisations; 'it' takes
    organisations and countries. A plural pronoun opening an earlier sentence (its subject)
    stands for what it refers to there: 'A and B met ... They say ... farmers ... They
    deny' keeps to A and B. A pronoun inside a quotation refers first to what the same
    quotation named before it, else to the narrative; narrative pronouns never refer into
    quotations. None when nothing compatible is near enough.
    """
    p = pronoun.lower()
    if p not in PRONOUNS or not analysis.sentences:
        return None
    quoted = _quoted_spans(found, analysis.text)
    span = _span_at(quoted, offset)
    here = max(bisect.bisect_right(analysis.sentence_starts, offset) - 1, 0)
    if span is not None:
        hit = _search(analysis, found, here, offset, p, document_id, _depth, (), span[0])
        if hit is not None:
            return hit
    ahead = _fronted_subject(analysis, found, here, offset, p)
    if ahead is not None:
        return ahead
    hit = _search(analysis, found, here, offset, p, document_id, _depth, quoted, 0)
    if hit is None and p in SINGULAR and p not in FEMININE:
        # 'Stéphane Dujarric said ... he told reporters': the census lists of first names are
        # American, and many European men's names are mostly women's there ('Stephane',
        # 'Andrea', 'Jean'); when no one else is near, such a first name gives way to 'he'
        # (not the other way: 'her mother' after a man's name is more often someone else's)
        hit = _search(analysis, found, here, offset, p, document_id, _depth, quoted, 0,
                      by_name=False)
    return hit


_FRONTED: Final = re.compile(r"[\"\u201c(\s]*(?:After|Before|When|While|Although|Though|As|Since|"
                             r"Because|If|Once|Despite|Upon|Unlike|[A-Z][a-z]+ing)\b")
_COMMA: Final = re.compile(r",[ \u00a0]+")


def _fronted_subject(analysis: Analysis, found: Extraction, k: int, offset: int, p: str
                     ) -> Entity | None:
    """'After calling to speak with his mother, Ortega was ...': a pronoun in a clause put
    before the main clause refers to the main clause's subject, the name right after its comma
    (when nothing in the sentence before the pronoun could be meant)."""
    s_start, s_end = analysis.sentences[k]
    if not _FRONTED.match(analysis.text, s_start, offset):
        return None
    text = analysis.text
    if any(_compatible(m, text, p) for m in found.mentions_starting(s_start, offset)):
        return None
    comma = _COMMA.search(text, offset, s_end)
    if comma is None:
        return None
    subject = found.mention_covering(comma.end(), comma.end() + 1)
    if subject is None or subject.start != comma.end() or not _compatible(subject, text, p):
        return None
    return subject.entity


_SUBJECT_THEY: Final = re.compile(r"[\"\u201c(\s]*(?:They|they)\b")


def _search(analysis: Analysis, found: Extraction, here: int, offset: int, p: str,
            document_id: str, depth: int, quoted: Sequence[tuple[int, int]], floor: int,
            by_name: bool = True) -> Entity | None:
    """The most recent compatible entity among the mentions from `floor` to `offset` (outside
    `quoted`), sentence by sentence backwards from sentence `here`; a sentence-opening 'They'
    counts only at or after `floor` and outside `quoted`. Each sentence's mentions are fetched
    only when it is searched: the search mostly stops in the first one."""
    text = analysis.text
    for k in range(here, max(here - MAX_SENTENCES_BACK, -1), -1):
        s_start, s_end = analysis.sentences[k]
        lo, hi = max(s_start, floor), min(s_end, offset)
        in_sentence = [m for m in found.mentions_starting(lo, hi) if m.end <= offset]
        if in_sentence and not _clear_of_quotes(quoted, lo, hi):
            in_sentence = [m for m in in_sentence if _span_at(quoted, m.start) is None]
        best = None
        for m in in_sentence:  # (a loop, not a generator made per sentence)
            if _compatible(m, text, p, by_name):
                best = m
                break
        if p in PLURAL:
            pair = _coordination(found, text, in_sentence, document_id)
            if pair and (best is None or pair[0] <= best.start):
                return pair[1]
            subject = _SUBJECT_THEY.match(text, s_start, min(s_end, offset))
            if k < here and subject and depth < 3 and subject.end() - 4 >= floor \
                    and not _inside(quoted, subject.end() - 1) \
                    and (best is None or best.start >= subject.end()):
                # 'They' opening the sentence is its subject: what it refers to comes first
                referent = resolve_pronoun(analysis, found, subject.end() - 4, "they",
                                           document_id, depth + 1)
                if referent is not None:
                    return referent
        if best is not None:
            return best.entity
    return None


# Head nouns of a definite description that refers back to an organisation ('the ministry
# said'), and the kind of organisation each names when the body's own name lacks the word
BODY_NOUNS = {"ministry": "government", "department": "government", "agency": "", "office": "",
              "government": "", "embassy": "government", "commission": "",
              "committee": "", "council": "", "court": "government", "police": "government",
              "army": "military", "military": "military", "company": "company",
              "firm": "company", "airline": "company", "bank": "", "party": "political",
              "organisation": "", "organization": "", "union": "", "university": "",
              "newspaper": "media", "broadcaster": "media", "network": "media", "group": ""}
# Heads that refer back to any body outside the state ('the group said', after an NGO, a party,
# a militant group or a company): its kind need not match.
NON_STATE_NOUNS: Final = frozenset({"group", "organisation", "organization"})
_NON_STATE_KINDS: Final = frozenset({"other", "political", "company", "media"})
KINDS: Final = {"company": ("company", "platform")}  # a platform is a company too ('the company')


def body_referred(found: Extraction, start: int, head: str, text: str = "",
                  by_kind: bool = True) -> Entity | None:
    """'the ministry', 'the company': the organisation mentioned last before `start` whose
    name holds the head noun (or, given the `text`, a mention of it: 'the Syrian army'), or
    failing that, if `by_kind`, whose kind the noun names."""
    if head not in BODY_NOUNS:
        return None
    kind = BODY_NOUNS[head]
    named = None
    for m in reversed(found.mentions_starting(max(0, start - 1500), start)):
        entity = m.entity
        if entity.table != ORGANISATION or m.end > start:
            continue
        if head in fold(entity.name).split() \
                or text and head in text[m.start:m.end].lower().split():
            return entity
        if named is None and by_kind and (kind and entity.kind in KINDS.get(kind, (kind,))
                                          or head in NON_STATE_NOUNS
                                          and entity.kind in _NON_STATE_KINDS):
            named = entity
    return named


def description_head(text: str, start: int, end: int) -> tuple[int, int, str, str] | None:
    """The description in text[start:end] ('one nurse', 'the man', 'an unknown author on X'):
    (start, end, determiner, head noun), the phrase cut before any preposition or clause."""
    words = list(_WORD.finditer(text, start, end))
    if not words:
        return None
    det = words[0].group().lower()
    if det not in DETERMINERS:
        det = ""
    stop = frozenset(("in", "on", "at", "from", "of", "for", "with", "who", "which", "that",
                      "by", "to", "and", "said", "says", "told"))
    chunk: list[re.Match[str]] = []
    for w in words[1 if det else 0:]:
        if w.group().lower() in stop or (chunk and text[chunk[-1].end():w.start()].strip()):
            break  # a preposition, a relative clause or punctuation ends the noun phrase
        chunk.append(w)
        if is_person_noun(w.group().rstrip("."))[0]:
            break  # the head noun: 'one poster admitted ...' ends at 'poster'
    if not chunk or len(chunk) > 4:
        return None
    head = chunk[-1].group().rstrip(".")
    return words[0].start(), chunk[-1].end(), det, head


def resolve_description(analysis: Analysis, found: Extraction, start: int, end: int,
                        document_id: str = "") -> tuple[Entity, str] | None:
    """The actor a description at [start, end) names, and how: ('description' or 'pronoun').

    A mention already there wins. A definite description ('the nurse') refers back to the most
    recent anonymous or group actor with the same head noun; a generic one ('the man') to the most
    recent compatible person, as 'he' would. An indefinite one ('one nurse'), or a definite one
    with nothing to refer to, becomes a new anonymous (singular) or group (plural) actor.
    """
    text = analysis.text
    parsed = description_head(text, start, end)
    if parsed is None:
        return None
    d_start, d_end, det, head = parsed
    known = found.mention_covering(d_start, d_end)
    if known is not None and known.entity.table == ACTOR:
        return known.entity, "description"
    if known is not None and known.entity.table == ORGANISATION and det in DEFINITE:
        return known.entity, "organisation"  # ('the government said': the entity stage's)
    person, plural = is_person_noun(head)
    if not person:
        if head.lower() in NON_STATE_NOUNS and text.startswith(" of ", d_end):
            return None  # 'the group of soldiers': the soldiers are meant, not a body
        referred = body_referred(found, d_start, head.lower()) if det in DEFINITE else None
        return (referred, "organisation") if referred is not None else None
    noun = singular_noun(head)
    kind = "group" if plural else "anonymous"
    if det in DEFINITE:
        same = [m for m in found.mentions if m.end <= d_start and m.entity.kind == kind
                and m.entity.table == ACTOR
                and singular_noun(fold(m.entity.name).split(" ")[-1]) == noun]
        if same:
            return max(same, key=lambda m: m.start).entity, "description"
        if not plural and noun in lexicon()["generic_person_nouns"]:
            pronoun = "she" if noun in _FEMININE_NOUNS else "he"
            referent = resolve_pronoun(analysis, found, d_start, pronoun, document_id)
            if referent is not None and referent.table == ACTOR:
                return referent, "description"
    words = _WORD.findall(text[d_start:d_end])
    body = words[1:] if det else words
    unnamed = ("unnamed", "unidentified", "unknown", "anonymous")
    if plural or any(w.lower() in unnamed for w in body):
        name = " ".join(body)
    else:
        name = "unnamed " + " ".join(body)
    entity = Entity(ACTOR, kind, name, scope=document_id)
    if det in INDEFINITE and entity.key in found.entities:
        # A second 'one poster' is someone else: same description, its own id (the scope names
        # the document and where the description stands).
        entity = Entity(ACTOR, kind, name, scope=f"{document_id}@{d_start}")
    return found.add_mention(d_start, d_end, entity, "description").entity, "description"
