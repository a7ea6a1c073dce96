"""Stage 1: mentions, the noun phrases that may name who speaks, each typed from its words and context.

A mention is read from tokens (see ``.tokens``) by this grammar, the way wire copy
names its sources::

    phrase      := [determiner] modifier* core [affiliation]
    core        := name | head-noun
    name        := capitalised word (particle | initial | capitalised word)*   ("Barend du Plessis")
    modifier    := capitalised run ("Prudential-Bache Securities") | lower-case word ("oil", "senior")
                 | possessive ("Jardine Fleming's")
    affiliation := (of | at | with | from | for) [determiner] words             ("of Crestline Securities")

and typed: a *person* (a name, or a run whose last words are not a title, a body or a
place), an *organisation* (a run holding a body's head noun or a company suffix, or an
acronym), a *place* (a country, state or city from the lexicon, or the dateline's), a
*description* (a phrase whose head is a lower-case noun: ``one dealer``, ``the
official``, ``the statement``), a *pronoun*, or *other* (nothing that speaks: times,
facilities, ``the new agreement``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import NamedTuple

from wirenews._lexicon import (
    AFFILIATION_ARTICLES,
    AFFILIATION_PREPOSITIONS,
    BODY_NAMES,
    CLAUSE_PARTICIPLES,
    COMPANY_WORDS,
    COMPASS_POINTS,
    CORPORATE_SUFFIXES,
    CUE_WORDS,
    DEFINITE_DETERMINERS,
    DEMONYMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FACILITY_NOUNS,
    FACILITY_SURNAMES,
    FEMALE_PRONOUNS,
    FEMALE_WORDS,
    HONORIFICS,
    INDEFINITE_DETERMINERS,
    ISSUER_PREPOSITIONS,
    MALE_PRONOUNS,
    MALE_WORDS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    ORGANISATION_ENDINGS,
    ORGANISATION_HEADS,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    PHRASE_BREAKERS,
    PLACE_PHRASES,
    PLACES,
    PLURAL_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SECOND_PARTICLES,
    SENTENCE_OPENERS,
    TIME_NOUNS,
    TIME_PREPOSITIONS,
    TITLE_CASE_JOINERS,
    TITLE_ENDINGS,
    TITLE_MODIFIERS,
    TITLES,
    WEEKDAYS,
)
from wirenews._speakers.tokens import APOSTROPHES, Token
from wirenews.agencies import canonical_agency


class MentionKind(enum.Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    DESCRIPTION = "description"
    PRONOUN = "pronoun"
    OTHER = "other"


class Mention(NamedTuple):
    """A phrase that may name a speaker, as printed, with what its words say."""

    kind: MentionKind
    start: int
    end: int
    text: str
    """The phrase as printed, without a leading sentence opener (``But``)."""
    name: str | None = None
    """A person's or body's name as printed: ``Larry Eckenfelder``, ``Heritage Foundation``."""
    title: str | None = None
    """Title or role printed with a name: ``analyst``, ``Kremlin Spokesman``."""
    affiliation: str | None = None
    """The body the phrase ties the speaker to: ``Prudential-Bache Securities``."""
    description: str | None = None
    """For a description, the phrase without its determiner: ``senior finance ministry official``."""
    head: str | None = None
    """The head noun, case-folded: ``official``, ``ministry``, ``statement``."""
    definite: bool = False
    """``the official`` points back to someone named before; ``an official`` introduces someone."""
    plural: bool = False
    gender: str | None = None
    """``f`` or ``m`` where the phrase says (``Mrs.``, ``spokeswoman``, ``he``)."""

    @property
    def speaks(self) -> bool:
        """Whether the phrase can stand for a speaker at all."""
        return self.kind is not MentionKind.OTHER


# --- words ---------------------------------------------------------------------------------------------------------


def folded(token: Token) -> str:
    return token.text.casefold()


def is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def without_possessive(word: str) -> str:
    """``Russia's`` -> ``Russia``, ``Lakers'`` -> ``Lakers``."""
    last = word[-1:]
    if last == "s":
        return word[:-2] if word.endswith(("'s", "’s")) else word
    return word[:-1] if last in ("'", "’") and word.endswith(("s'", "s’")) else word


def is_agent_noun(word: str) -> bool:
    """``backer``, ``economist``, ``participant``: nouns for people, known or not."""
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return len(stem) > 4 and stem.endswith(("er", "or", "ist", "ant", "ent", "ian", "man", "woman", "person"))


_AGE = re.compile(r"\d{1,3}-years?-olds?")


def is_age_noun(word: str) -> bool:
    """``24-year-old``: a person by their age, as copy names them again after their name."""
    return _AGE.fullmatch(word) is not None


def is_role_noun(word: str) -> bool:
    return word in ROLE_NOUNS or word in TITLES or is_agent_noun(word) or is_age_noun(word)


def is_speaking_head(word: str) -> bool:
    """A lower-case head noun that can stand for a speaker: a role, a body or a document."""
    if word in TITLE_MODIFIERS:
        return False
    return is_role_noun(word) or word in ORGANISATION_HEADS or word in DOCUMENT_NOUNS or word in COMPANY_WORDS


def _is_listed_head(word: str) -> bool:
    """A head noun the lexicon lists (not one guessed from its ending: ``Fischer`` is a name)."""
    return word in ROLE_NOUNS or word in TITLES or word in ORGANISATION_HEADS or word in DOCUMENT_NOUNS


def is_plural(word: str) -> bool:
    return (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or word in ("men", "women", "people")


def singular(word: str) -> str:
    """``diplomats`` -> ``diplomat``, ``spokesmen`` -> ``spokesman``, ``authorities`` -> ``authority``."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_participle(word: str) -> bool:
    """A capitalised verb that opens a clause before its sentence's subject: ``Calling``, ``Citing``.

    (From the lexicon's list: ``Irving`` and ``Fleming`` are names.)
    """
    return word[:1].isupper() and word.casefold() in CLAUSE_PARTICIPLES


def is_name_word(token: Token) -> bool:
    """A word that may stand inside a name: capitalised, or ``al-Dabbagh``."""
    return token.is_word and (token.is_capitalised or token.text.startswith(NAME_PREFIXES))


def is_place(words: Sequence[str]) -> bool:
    """A country, region, state or city of the lexicon: ``Sri Lanka``, ``MOSCOW``, ``Calif.``."""
    joined = " ".join(words)
    if joined in PLACE_PHRASES or joined.title() in PLACE_PHRASES:
        return True
    return len(words) == 1 and words[0].casefold() in PLACES


def initials_of(words: Sequence[str]) -> str | None:
    """``Asia-Pacific Economic Cooperation`` -> ``APEC``; ``Reserve Bank of India`` -> ``RBI``."""
    letters = [part[0] for word in words if word.casefold() not in _NAME_JOINERS for part in word.split("-") if part]
    if len(letters) < 2 or not all(letter.isupper() for letter in letters):
        return None
    return "".join(letters)


_NAME_JOINERS = NAME_JOINERS | {"on", "the"}  # the words a body's initials skip


def is_acronym(word: str) -> bool:
    """``RBI``, ``APEC``, ``U.N.``: an all-capitals word of two to six letters."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


# What the lexicon says of a word, as bits: each word is looked up once and its bits kept (words repeat).
TITLE, ROLE, ORG_HEAD, ORG_WORD, DEMONYM, PLACE, HONORIFIC, CORPORATE, FACILITY, FACILITY_SURNAME, TIME, WEEKDAY = (
    1 << bit for bit in range(12)
)
_TITLE_LIKE = TITLE | ROLE | ORG_HEAD | ORG_WORD | DEMONYM | PLACE | HONORIFIC
_FLAG_SETS = (
    (TITLE, TITLES),
    (ROLE, ROLE_NOUNS),
    (ORG_HEAD, ORGANISATION_HEADS),
    (ORG_WORD, ORGANISATION_WORDS),
    (DEMONYM, DEMONYMS),
    (PLACE, PLACES),
    (HONORIFIC, HONORIFICS),
    (CORPORATE, CORPORATE_SUFFIXES),
    (FACILITY, FACILITY_NOUNS),
    (FACILITY_SURNAME, FACILITY_SURNAMES),
    (TIME, TIME_NOUNS),
    (WEEKDAY, WEEKDAYS),
)


# The lexicon as one table, word -> bits, built at import: a word's roles are one lookup, not one per list.
def _lexicon_flags() -> dict[str, int]:
    table: dict[str, int] = {}
    for bit, words in _FLAG_SETS:
        for word in words:
            table[word] = table.get(word, 0) | bit
    return table


_LEXICON_FLAGS = _lexicon_flags()
_FLAGS: dict[str, int] = {}
_MOST_KEPT = 50_000


def word_flags(word: str) -> int:
    """The lexicon's roles of a word as printed (possessive and case aside), as bits.

    >>> bool(word_flags("Minister's") & TITLE), bool(word_flags("Usyk-Promoter") & TITLE)
    (True, True)
    """
    flags = _FLAGS.get(word)
    if flags is None:
        low = without_possessive(word).casefold()
        flags = _LEXICON_FLAGS.get(low, 0)
        if "-" in low and low.rsplit("-", 1)[1] in TITLES:
            flags |= TITLE  # "Usyk-Promoter", "Lakers-coach"
        elif low.endswith(TITLE_ENDINGS) and word[:1].isupper() and not flags & TITLE:
            flags |= TITLE  # "Regierungssprecher", "Olympiasieger"
        if len(_FLAGS) > _MOST_KEPT:
            _FLAGS.clear()  # bounded: a stream of odd words never grows it without end
        _FLAGS[word] = flags
    return flags


def flags_of(words: Sequence[str]) -> list[int]:
    """``word_flags`` of each word (most are already known: looked up without a call each)."""
    get = _FLAGS.get
    flags = [get(word) for word in words]
    if None in flags:
        return [word_flags(word) for word in words]
    return flags  # type: ignore[return-value]  # no None left


_MAY_BE_POSSESSIVE = frozenset("s'’")


def clear_word_flags() -> None:
    """Forget the words looked up (for benchmarks that start cold)."""
    _FLAGS.clear()


def _is_title_word(word: str) -> bool:
    return bool(word_flags(word) & _TITLE_LIKE)


# The endings of abstract nouns, which no given name has: what a title is of, never the name after it.
# (Not "-ment": Clements.)
_ABSTRACT_ENDINGS = ("tion", "tions", "sion", "sions", "ities", "ship", "ships", "ism", "isms", "ology")


def _is_facility(word: str) -> bool:
    """``Palace``, ``Airport``: a facility's noun, never a given name (``Park`` and ``Hall`` may be one)."""
    return word_flags(word) & (FACILITY | FACILITY_SURNAME) == FACILITY


def split_name(words: Sequence[str]) -> tuple[int, int]:
    """Where the name stands in a capitalised run: ``(start, end)`` indices, title words before it.

    The name is read from the end: its last word (bar a suffix such as ``Jr.``) always, then
    every word before that is not a title, a body's word, a demonym or a place, five at most.

    >>> split_name("Deputy Prime Minister Hussein Mohamed Aidid".split())
    (3, 6)
    >>> split_name("head of the Federal Agency for Maritime and River Transport Artur Kolesov".split())
    (10, 12)
    """
    end = len(words)
    while end > 1 and words[end - 1].casefold() in NAME_SUFFIXES:
        end -= 1
    start = end - 1
    while start > 0 and end - start < 5:
        word = words[start - 1]
        bare = word.strip("()")
        if (
            _is_title_word(bare)
            or _is_facility(bare)
            or bare.casefold().endswith(_ABSTRACT_ENDINGS)
            or not (bare[:1].isupper() or bare in NAME_PARTICLES or bare.startswith(NAME_PREFIXES))
        ):
            # a title, a body's or a place's word, an abstract noun: "Presidential Palace Siamak Herawi",
            # "Minister for Trade Negotiations Michael Duffy"
            break
        start -= 1
    while start < end - 1 and words[start] in NAME_PARTICLES:
        start += 1  # a name does not open with "de"
    return start, len(words)


def run_kind(words: Sequence[str], places: frozenset[str], *, titled: bool = False) -> MentionKind:
    """What a run of capitalised words names, by its own words.

    ``titled`` says a title stands before it: ``professor Karen Mall`` is a person, where ``Karen Mall``
    alone might be a shopping centre.

    >>> [run_kind(w.split(), frozenset()).value for w in ("Dome Petroleum Ltd", "Sri Lanka", "Dan Holub", "RBI")]
    ['organisation', 'place', 'person', 'organisation']
    """
    flags = flags_of(words)
    last = flags[-1]
    bare = [without_possessive(word) if word[-1:] in _MAY_BE_POSSESSIVE else word for word in words]
    if (len(words) == 1 and last & PLACE) or (len(words) > 1 and is_place(bare)):
        return MentionKind.PLACE
    if places and " ".join(bare).casefold() in places:
        return MentionKind.PLACE
    if last & ROLE and is_plural(bare[-1].casefold()):
        return MentionKind.DESCRIPTION  # "U.S. Officials": a name never ends in a plural role
    if (
        last & CORPORATE
        or ends_in_body_name(bare)
        or (len(bare) > 1 and (_ends_as_a_body(bare[-1]) or bare[-1].casefold().endswith(_ABSTRACT_ENDINGS)))
    ):
        # "Dome Petroleum Ltd"; "the Philippine Red Cross"; "First City Bancorp"; "Entertainment Publications"
        return MentionKind.ORGANISATION
    name_start, _ = split_name(bare)
    if 0 < name_start < len(bare) - 1 and flags[name_start - 1] & TITLE:
        return MentionKind.PERSON  # "Senate Democratic Leader Greg Taylor": a title, then a name
    every = 0
    for word_flag in flags:
        every |= word_flag
    if every & ORG_HEAD:
        return MentionKind.ORGANISATION
    facility = bool(last & FACILITY) and (len(bare) > 2 or not last & FACILITY_SURNAME)
    if not titled and len(bare) > 1 and (facility or last & TIME):
        return MentionKind.OTHER  # "Jinnah International Airport", "Black Friday"; "Mike Hall" is a name
    if len(bare) == 1 and last & WEEKDAY:
        return MentionKind.OTHER
    if len(bare) == 1 and names_a_group(bare[0].casefold()):
        return MentionKind.DESCRIPTION  # "Palestinians said", "the Islamists said": a people or a movement
    if len(bare) == 1 and (is_acronym(bare[0]) or _ends_as_a_body(bare[0])):
        return MentionKind.ORGANISATION
    if all(word_flag & (DEMONYM | ORG_WORD | TITLE) for word_flag in flags):
        return MentionKind.DESCRIPTION if last & TITLE else MentionKind.OTHER
    if len(bare) > 1 and bare[-1].casefold() in PARTY_MEMBERS and is_place(bare[:-1]):
        return MentionKind.DESCRIPTION  # "the New Mexico Republican": a lawmaker by state and party
    if every & ORG_WORD and not last & TITLE:
        # "Federal Reserve", "Asia-Pacific Economic Cooperation", unless a name stands at its end
        name_start, name_end = split_name(bare)
        if name_end - name_start < 2:
            return MentionKind.ORGANISATION
    return MentionKind.PERSON


def names_a_group(low: str) -> bool:
    """A plural that names a people (``palestinians``) or a movement's followers (``islamists``), never one person."""
    return is_plural(low) and (singular(low) in DEMONYMS or low.endswith("ists"))


def ends_in_body_name(words: Sequence[str]) -> bool:
    """Whether the run ends in a body's name that reads as a person's: ``Philippine Red Cross``."""
    return len(words) > 1 and (words[-2].casefold(), without_possessive(words[-1]).casefold()) in BODY_NAMES


def _ends_as_a_body(word: str) -> bool:
    """``Bundesbank``, ``Citicorp``: a head noun run into the name (a few letters before it at least)."""
    low = word.casefold()
    return any(low.endswith(ending) and len(low) >= len(ending) + 3 for ending in ORGANISATION_ENDINGS)


def gender_of(words: Sequence[str]) -> str | None:
    for word in words:
        low = word.casefold()
        if low in FEMALE_WORDS:
            return "f"
        if low in MALE_WORDS:
            return "m"
    return None


# --- phrases -------------------------------------------------------------------------------------------------------

_MOST_WORDS = 14


# The prepositions inside a body's name or a title: ``Commission of Jurists``, ``Committee for Human Rights``,
# ``Secretary of State``, ``Minister for Europe``.
_NAME_RUNS_ON = NAME_JOINERS & AFFILIATION_PREPOSITIONS


class PhraseReader:
    """Reads the phrases of one window of tokens, by the grammar in this module's docstring."""

    __slots__ = ("places", "text", "tokens")

    def __init__(self, text: str, tokens: Sequence[Token], places: frozenset[str]) -> None:
        self.text = text
        self.tokens = tokens
        self.places = places

    def phrase(self, index: int, *, sentence_start: bool = False) -> tuple[Mention | None, int]:
        """The mention that starts at ``tokens[index]``, and the index after it (``index`` if none)."""
        tokens = self.tokens
        start = index
        index = self._after_openers(index)
        if index >= len(tokens) or not tokens[index].is_word:
            return None, start
        first = tokens[index]
        low = folded(first)
        if low in PRONOUNS:
            return _pronoun(first), index + 1
        determiner = None
        if low in DETERMINERS:
            determiner = first
            index += 1
        core_end = self._core_end(index, after_determiner=determiner is not None)
        if core_end == index:
            if determiner is not None and low == "one":
                # "one said": one of a group named before
                return Mention(MentionKind.DESCRIPTION, first.start, first.end, first.text, head="one"), index
            return None, start
        mention = self._classify(determiner, tokens[index:core_end], sentence_start=sentence_start and not determiner)
        if mention is None:
            return None, start
        end = self._index_after(mention.end, index)
        if mention.kind is MentionKind.DESCRIPTION and mention.definite and self._introduces_unnamed(end):
            mention = mention._replace(definite=False)  # "the regional manager for one of the major oil companies"
        if mention.kind is not MentionKind.OTHER:
            body = self._affiliation(end, document=mention.head in DOCUMENT_NOUNS)
            if body is not None:
                mention = self._with_affiliation(mention, body)
                end = body[1]
        return mention, end

    def _introduces_unnamed(self, index: int) -> bool:
        """Whether what follows a description makes it a new, unnamed source, not one named before.

        ``the regional manager for one of the major oil companies``: the copy says whom it means by what
        follows, not by who spoke before. (``the official, who asked not to be named`` is most often the
        one introduced before as ``a senior official``.)
        """
        tokens = self.tokens
        return (
            index + 1 < len(tokens)
            and folded(tokens[index]) in _OF_WHICH_BODY  # ("the leader at a symposium": where, not whose)
            and folded(tokens[index + 1]) in INDEFINITE_DETERMINERS
        )

    def apposition(self, index: int) -> tuple[Mention | None, int]:
        """The phrase in apposition after a comma at ``index``, and the index after it.

        ``, analyst at James Capel,`` (a description) or ``, Paul Vernier,`` (a name).
        """
        tokens = self.tokens
        if index >= len(tokens) or tokens[index].text != ",":
            return None, index
        mention, end = self.phrase(index + 1)
        if mention is None or mention.kind not in (
            MentionKind.DESCRIPTION,
            MentionKind.ORGANISATION,
            MentionKind.PERSON,
        ):
            return None, index
        return mention, end

    def _after_openers(self, index: int) -> int:
        """Past the words capitalised only because they open the sentence, and a time adverbial after them.

        ``But``, ``When``; ``In January``, ``On Monday``.
        """
        tokens = self.tokens
        while index < len(tokens) and tokens[index].is_capitalised:
            low = folded(tokens[index])
            if low not in SENTENCE_OPENERS or low in DETERMINERS or low in PRONOUNS:
                break
            index += 1
            if index < len(tokens) and tokens[index].text == ",":
                index += 1
        return self._after_time(index)

    def _after_time(self, index: int) -> int:
        """Past a month or weekday after its preposition, when a capitalised word follows it.

        ``In January Secretary of State George Shultz said``: the month is no part of the name; ``April
        Ryan said``, with no preposition before it, is a name.
        """
        tokens = self.tokens
        at = index
        if at < len(tokens) and folded(tokens[at]) in TIME_PREPOSITIONS:
            at += 1  # the phrase was read from the preposition ("In January ...")
        elif at == 0 or folded(tokens[at - 1]) not in TIME_PREPOSITIONS:
            return index
        if (
            at + 1 < len(tokens)
            and tokens[at].is_capitalised
            and word_flags(tokens[at].text) & (TIME | WEEKDAY)
            and tokens[at + 1].is_capitalised
            and tokens[at + 1].is_word
        ):
            return at + 1
        return index

    def _index_after(self, offset: int, index: int) -> int:
        tokens = self.tokens
        while index < len(tokens) and tokens[index].start < offset:
            index += 1
        return index

    def _core_end(self, index: int, *, after_determiner: bool) -> int:
        """Where the modifiers and core of a phrase starting at ``index`` end."""
        tokens = self.tokens
        n = len(tokens)
        first = index
        named = False  # a capitalised word seen after lower-case ones: the name has begun
        lowered = False
        while index < n and index - first < _MOST_WORDS:
            token = tokens[index]
            text = token.text
            if not token.is_word:
                if text in APOSTROPHES and index > first and tokens[index - 1].text.endswith("s"):
                    index += 1  # "DLJ Securities' Hassenberg"
                    continue
                if text == "(" and self._parenthesis_in_name(index):
                    index += 3  # "Robert T. (Bob) Hale", "Jardine Fleming (Securities) Ltd"
                    continue
                break
            low = text.casefold()
            if token.is_capitalised or text.startswith(NAME_PREFIXES):
                if index > first and (low in PRONOUNS or low in WEEKDAYS):
                    break  # "Hendricks Thursday said": a day glued after the name
                # a name begins after lower-case words ("analyst Larry Eckenfelder"); "Syrian" does not begin one,
                # nor does a capitalised modifier before the head noun ("a senior US official", "an EU diplomat")
                named = named or (lowered and not _is_title_word(text) and not self._modifies_head(index))
                index += 1
                continue
            if (
                index > first
                and low in NAME_PARTICLES
                and tokens[index - 1].is_capitalised
                and _may_follow(low, folded(tokens[index - 1]))
            ):
                # "Pieter de Wet", "Anil van der Mehta"; not "ministro de Exteriores"
                following = index + 1
                if following < n and tokens[following].text.casefold() in NAME_PARTICLES:
                    following += 1
                if following < n and tokens[following].is_capitalised:
                    index = following
                    continue
            goes_on = self._title_runs_on(index) if low in _NAME_RUNS_ON and index > first else None
            if goes_on is not None:
                # "Secretary of State Mike Pompeo", "Chief of Defence Staff Nick Carter", "head of economics
                # Bill Evans": one title, then the name
                index = goes_on
                continue
            if index > first and low in ("and", "&") and self._joins(index):
                index += 1
                continue
            if named or low in PHRASE_BREAKERS or low in AFFILIATION_PREPOSITIONS or low in DETERMINERS:
                break
            if low in PREPOSITIONS or low in CUE_WORDS or self._verb_form(index):
                break  # "one trader noted", "a draft statement prepared by", "troubleshooter on Albania"
            if (
                after_determiner
                or is_speaking_head(low)
                or low in DEMONYMS
                or "-" in text
                or self._before_head(index)
                or self._titles_what_follows(index)
            ):
                lowered = True
                index += 1
                continue
            break
        return index

    def _titles_what_follows(self, index: int) -> bool:
        """A title's modifier that is a title itself before ``of`` and a name: ``chief`` of ``chief of staff X``."""
        following = index + 1
        return (
            following < len(self.tokens)
            and folded(self.tokens[following]) in _NAME_RUNS_ON
            and self._title_runs_on(following) is not None
        )

    def _title_runs_on(self, of: int) -> int | None:
        """Where a title goes on after ``of`` (or ``for``) to what it is of and then a name: the index to read on.

        ``Secretary of State Mike Pompeo`` (the words after ``of`` capitalised, the name at their end) and
        ``global head of economics Bill Evans`` (a field in lower case, then the name); ``the Minister of
        Finance said`` names no one, and ``of`` there attaches a body. None where it does not go on.
        """
        tokens = self.tokens
        before = tokens[of - 1]
        if not word_flags(before.text) & TITLE:
            return None
        index = of + 1
        if before.is_capitalised:
            while index < len(tokens) and tokens[index].is_word and tokens[index].is_capitalised and index - of <= 6:
                index += 1
            words = [token.text for token in tokens[of + 1 : index]]
            if len(words) < 3:
                return None  # a department's word and a name of two words at least
            name_start, name_end = split_name(words)
            if (
                name_start >= 1
                and name_end - name_start >= 2
                and run_kind(words[name_start:], self.places) is MentionKind.PERSON
            ):
                return of + 1
            return None
        # a lower-case title: its field in lower case, a few words at most, then a person's name
        while index < len(tokens) and index - of <= _FIELD_WORDS and _is_field_word(tokens[index]):
            index += 1
        name_end = index
        while name_end < len(tokens) and is_name_word(tokens[name_end]) and name_end - index < 5:
            name_end += 1
        words = [token.text for token in tokens[index:name_end]]
        if index == of + 1 or len(words) < 2 or run_kind(words, self.places, titled=True) is not MentionKind.PERSON:
            return None
        return index

    def _modifies_head(self, index: int) -> bool:
        """A capitalised word just before a lower-case word for a person or body: ``US`` in ``US official``.

        (Not a document's: in ``the 11th Five-Year plan`` the capitalised words name the plan.)
        """
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if following is None or not following.is_word or following.is_capitalised:
            return False
        head = folded(following)
        return head not in TITLE_MODIFIERS and (is_role_noun(head) or head in ORGANISATION_HEADS)

    def _verb_form(self, index: int) -> bool:
        """A word in -ed or -ing that does not go on to modify a noun: ``prepared by``, not ``banking source``."""
        low = folded(self.tokens[index])
        if not low.endswith(("ed", "ing")) or is_speaking_head(low) or low in DEMONYMS:
            return False
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if following is not None and following.is_capitalised and word_flags(following.text) & TITLE:
            return False  # "visiting Chairman of General Motors Roger Smith", "outgoing President ...": a modifier
        return (
            following is None
            or not following.is_word
            or following.is_capitalised
            or _is_function_word(folded(following))
        )

    def _before_head(self, index: int) -> bool:
        """A modifier just before a head noun: ``oil`` in ``oil analyst``."""
        tokens = self.tokens
        return index + 1 < len(tokens) and tokens[index + 1].is_word and is_speaking_head(folded(tokens[index + 1]))

    def _joins(self, index: int) -> bool:
        """``and`` inside a name (``Food and Drug Administration``) or between two roles."""
        tokens = self.tokens
        if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
            return False
        before, after = tokens[index - 1], tokens[index + 1]
        if before.is_capitalised and after.is_capitalised:
            return True
        return is_role_noun(folded(before)) and is_role_noun(folded(after))

    def _parenthesis_in_name(self, index: int) -> bool:
        """A nickname or a word of a body's name in brackets, not a body's initials.

        ``Robert T. (Bob) Hale``, ``Jardine Fleming (Securities) Ltd``; ``Agency (IAEA) Ali Asghar Soltanieh``
        is two names.
        """
        tokens = self.tokens
        return (
            index + 3 < len(tokens)
            and tokens[index + 1].is_capitalised
            and not tokens[index + 1].text.isupper()
            and tokens[index + 2].text == ")"
            and tokens[index + 3].is_capitalised
        )

    def _affiliation(self, index: int, *, document: bool = False) -> tuple[int, int] | None:
        """``of Crestline Securities``: the token indices ``(start, end)`` of the body after a preposition.

        A ``document`` also takes its issuer after ``by`` (``a report by the World Bank``).
        """
        tokens = self.tokens
        if index + 1 >= len(tokens):
            return None
        preposition = folded(tokens[index])
        if preposition not in AFFILIATION_PREPOSITIONS and not (document and preposition in ISSUER_PREPOSITIONS):
            return None
        start = index + 1
        while start < len(tokens) - 1 and folded(tokens[start]) in AFFILIATION_ARTICLES:
            start += 1
        end = start
        while end < len(tokens) and end - start < 8:
            token = tokens[end]
            if not token.is_word:
                if token.text in APOSTROPHES and end > start and tokens[end - 1].text.endswith("s"):
                    end += 1
                    continue
                break
            low = folded(token)
            if token.is_capitalised or (low in ("and", "&", "of", "for") and end > start):
                end += 1
            elif low in PHRASE_BREAKERS or low in AFFILIATION_PREPOSITIONS or low in DETERMINERS or low in CUE_WORDS:
                break
            else:
                end += 1
        while end > start and folded(tokens[end - 1]) in ("and", "&", "of", "for"):
            end -= 1
        return (start, end) if end > start else None

    def _issuer(self, span: tuple[int, int]) -> tuple[int, int]:
        """The issuer's words only: its name, or its lower-case words up to its head noun.

        ``by the Iranian High Command appeared to herald`` -> ``Iranian High Command``;
        ``from the royal palace read out on television`` -> ``royal palace``.
        """
        start, end = span
        capitalised = False
        for index in range(start, end):
            token = self.tokens[index]
            low = folded(token)
            if token.is_capitalised:
                capitalised = True
            elif low in CUE_WORDS or low == "read" or (low.endswith("ed") and low not in ORGANISATION_HEADS):
                return start, index  # a verb: the issuer's words have ended ("... appeared to herald")
            elif low in PREPOSITIONS and low not in NAME_JOINERS:
                return start, index  # "... on Nepali television"
            elif not capitalised and low in ORGANISATION_HEADS:
                return start, index + 1
        return start, end

    def _definite_body(self, span: tuple[int, int]) -> bool:
        """``the presidency``, ``the foreign ministry``: a body the copy points to, named by its head noun."""
        start, end = span
        return (
            start > 0
            and folded(self.tokens[start - 1]) in DEFINITE_DETERMINERS
            and folded(self.tokens[end - 1]) in ORGANISATION_HEADS
        )

    def _with_affiliation(self, mention: Mention, span: tuple[int, int]) -> Mention:
        """The mention with the body after its preposition; a place or an unnamed body says only where."""
        if mention.head in DOCUMENT_NOUNS:
            span = self._issuer(span)
        body_tokens = self.tokens[span[0] : span[1]]
        words = [without_possessive(token.text) for token in body_tokens if token.is_word]
        named = any(token.is_capitalised and folded(token) not in DEMONYMS for token in body_tokens)
        if (
            not named
            and self._definite_body(span)
            and (
                mention.head in DOCUMENT_NOUNS
                or (mention.kind is MentionKind.DESCRIPTION and all(word.islower() for word in words))
            )
        ):
            # "a statement from the presidency", "an official with the administration": the body, named
            # only by its head noun (resolved to the body the copy named so, if any)
            return mention._replace(affiliation=" ".join(words))
        if not named or is_place(words):
            return mention  # "with a major oil company", "at a major Japanese bank", "of New York"
        end = body_tokens[-1].end
        body = without_possessive(self.text[body_tokens[0].start : end])
        if mention.kind is MentionKind.PERSON:
            return mention._replace(affiliation=body)
        if (
            mention.kind is MentionKind.ORGANISATION
            and mention.name is not None
            and not word_flags(mention.name.split()[-1]) & TITLE  # "White House Chief of Staff": a title goes on
            and self._runs_on(span[0])
        ):
            # "the International Commission of Jurists", "the Committee for Human Rights": one body's name
            name_end = self._name_run_end(span)
            if name_end is not None:
                name_start = self.text.find(mention.name, mention.start, mention.end)
                return mention._replace(
                    end=name_end,
                    text=self.text[mention.start : name_end],
                    name=self.text[max(name_start, mention.start) : name_end],
                )
            return mention
        if mention.kind is MentionKind.DESCRIPTION and mention.description is not None:
            named_after = _name_after_body(body_tokens, self.places) if is_role_noun(mention.head or "") else None
            if named_after is not None:
                # "the chairman of Acme Corp John Smith": the body's name, then the person who holds the title
                first_name = body_tokens[named_after]
                title_start = self.text.find(mention.description, mention.start, mention.end)
                return Mention(
                    MentionKind.PERSON,
                    mention.start,
                    end,
                    self.text[mention.start : end],
                    name=without_possessive(self.text[first_name.start : end]),
                    title=self.text[max(title_start, mention.start) : body_tokens[named_after - 1].end],
                    affiliation=without_possessive(self.text[body_tokens[0].start : body_tokens[named_after - 1].end]),
                    gender=mention.gender,
                )
            # "analysts at Briefing.com": the body is part of the description as printed
            return mention._replace(
                affiliation=body,
                description=mention.description + self.text[mention.end : end],
                text=self.text[mention.start : end],
                end=end,
            )
        return mention

    def _name_run_end(self, span: tuple[int, int]) -> int | None:
        """Where the capitalised words of a body's name, after its preposition, end (an offset); None if they do not.

        Only capitalised words and the joiners between them: a title (``Deputy Administrator William Bailey``),
        a possessive (``Bank of Tokyo's Kimura``) or a lower-case word ends the name, or shows it is none.
        """
        end = None
        for token in self.tokens[span[0] : span[1]]:
            low = folded(token)
            if token.is_capitalised and token.is_word:
                if word_flags(token.text) & WEEKDAY:
                    break  # "the House of Representatives on Thursday"
                if word_flags(token.text) & TITLE or without_possessive(token.text) != token.text:
                    return None  # a person's title or owner after the body: the body is not all the phrase names
                end = token.end
            elif not (token.is_word and low in TITLE_CASE_JOINERS):
                break
        return end

    def _runs_on(self, body_start: int) -> bool:
        """Whether the preposition before a body (past its article) is one inside a name: ``of``, ``for``."""
        index = body_start - 1
        while index > 0 and folded(self.tokens[index]) in AFFILIATION_ARTICLES:
            index -= 1
        return folded(self.tokens[index]) in _NAME_RUNS_ON

    def _classify(self, determiner: Token | None, words: Sequence[Token], *, sentence_start: bool) -> Mention | None:
        last_low = without_possessive(words[-1].text).casefold()
        if not is_name_word(words[-1]) or (sentence_start and len(words) == 1 and _is_listed_head(last_low)):
            # "one dealer", "the official", and "Analysts" opening a sentence
            return self._description(determiner, words)
        if determiner is not None and folded(determiner) in DEFINITE_DETERMINERS and _all_lexical(words):
            # "the Kremlin", "the Russian President": a body, or a title standing for whoever holds it
            if last_low in ORGANISATION_HEADS or last_low in COMPANY_WORDS:
                return self._organisation(determiner, words)
            if last_low in TITLES:
                return self._description(determiner, words)
        # the name is the capitalised run at the end; what stands before it is title and affiliation
        run_start = len(words)
        while run_start > 0 and (
            is_name_word(words[run_start - 1])
            or words[run_start - 1].text in (*APOSTROPHES, "(", ")")
            or _particle_in(words, run_start - 1)
            or (words[run_start - 1].text in ("and", "&") and run_start > 1 and words[run_start - 2].is_capitalised)
        ):
            run_start -= 1  # ("and" between capitalised words: "Kellner Lynch and Co Inc")
        before, run = words[:run_start], words[run_start:]
        # "Jardine Fleming's Edwards": what stands before a possessive is the body the person speaks for
        owner_end = max((i + 1 for i in range(len(run) - 1) if _ends_possessive(run, i)), default=0)
        owner = [token.text for token in run[:owner_end] if token.is_word]
        run = [token for token in run[owner_end:] if token.is_word]
        if not run:
            return None
        texts = [token.text for token in run]
        start = determiner.start if determiner is not None else words[0].start
        end = words[-1].end
        printed = self.text[start:end]
        titled = any(not token.is_capitalised and is_role_noun(folded(token)) for token in before)
        kind = run_kind(texts, self.places, titled=titled)
        if kind is MentionKind.PLACE and (before or owner):
            return Mention(MentionKind.OTHER, start, end, printed)  # "the Vietnamese capital Hanoi"
        if kind in (MentionKind.ORGANISATION, MentionKind.PLACE):
            named_from = words[run_start] if kind is MentionKind.ORGANISATION and owner else run[0]
            return Mention(
                kind,
                start,
                end,
                printed,
                name=without_possessive(self.text[named_from.start : end]),  # "North Korea's Foreign Ministry"
                head=last_low,
                definite=determiner is not None,
            )
        if kind is MentionKind.OTHER:
            return Mention(MentionKind.OTHER, start, end, printed)
        if kind is MentionKind.DESCRIPTION:
            return self._description(determiner, words)
        if (len(run) == 1 and not before and not owner and _names_a_body_alone(determiner, run[0])) or (
            not owner and _names_the_body_before(before, texts)
        ):
            # "Tass said"; "said the daily Gunes", "the daily Le Figaro": the name of the body the noun says
            return Mention(
                MentionKind.ORGANISATION,
                start,
                end,
                printed,
                name=without_possessive(self.text[run[0].start : end]),
                head=last_low,
                definite=determiner is not None,
            )
        name_start, _ = split_name(texts)
        title_words = [
            word for word in (*(t.text for t in before), *texts[:name_start]) if word.casefold() not in DETERMINERS
        ]
        affiliation = " ".join(owner) or _body_before_role(self.text, before, texts[:name_start])
        return Mention(
            MentionKind.PERSON,
            start,
            end,
            printed,
            name=without_possessive(self.text[run[name_start].start : end]),
            title=" ".join(title_words) or None,
            affiliation=without_possessive(affiliation) if affiliation else None,
            gender=gender_of(title_words),
        )

    def _organisation(self, determiner: Token, words: Sequence[Token]) -> Mention:
        return self._named_body(determiner.start, words, without_possessive(words[-1].text).casefold())

    def _named_body(self, start: int, words: Sequence[Token], head: str) -> Mention:
        """A body named by ``words`` (the determiner, if any, from ``start``): ``the Kremlin press service``."""
        end = words[-1].end
        return Mention(
            MentionKind.ORGANISATION,
            start,
            end,
            self.text[start:end],
            name=without_possessive(self.text[words[0].start : end]),
            head=head,
            definite=True,
        )

    def _description(self, determiner: Token | None, words: Sequence[Token]) -> Mention:
        """A description, its head the last word that can stand for a speaker (``the new agreement last night``)."""
        last = len(words)
        while last > 0 and not _may_head(words[last - 1]):
            last -= 1
        start = determiner.start if determiner is not None else words[0].start
        if last == 0:
            end = words[-1].end if words else determiner.end if determiner is not None else start
            return Mention(MentionKind.OTHER, start, end, self.text[start:end])
        words = words[:last]
        end = words[-1].end
        head = without_possessive(words[-1].text).casefold()
        # "the State Department official": the capitalised words name the body; "Geneva-based" and "Syrian" do not
        capitalised = [
            without_possessive(token.text)
            for position, token in enumerate(words)
            if token.is_capitalised
            and not token.text.endswith("-based")
            and folded(token) not in DEMONYMS
            and folded(token) not in PLACES
            and not names_a_group(folded(token))  # "Palestinians" names its people, no body
            and not _before_a_demonym(words, position)  # "South African": a compass point of the demonym
        ]
        affiliation = " ".join(capitalised) or None
        low_determiner = folded(determiner) if determiner is not None else None
        if head in ORGANISATION_HEADS and affiliation is not None and not is_role_noun(head):
            return self._named_body(start, words, head)  # "the Kremlin press service": the phrase names the body
        return Mention(
            MentionKind.DESCRIPTION,
            start,
            end,
            self.text[start:end],
            description=self.text[words[0].start : end],
            head=head,
            affiliation=affiliation,
            definite=low_determiner in DEFINITE_DETERMINERS or (low_determiner is None and _all_lexical(words)),
            plural=is_plural(head) and low_determiner not in INDEFINITE_DETERMINERS,
            gender=gender_of([token.text for token in words]),
        )


_FIELD_WORDS = 3  # "head of global equity research Jane Roe"
_OF_WHICH_BODY = frozenset(("of", "for", "with", "from"))  # "the manager of a European bank"


def _is_field_word(token: Token) -> bool:
    """A lower-case word of what a title is of: ``economics``, ``research``; no function word, cue or verb."""
    if not token.is_word or token.is_capitalised:
        return False
    low = folded(token)
    return not (_is_function_word(low) or low in CUE_WORDS or low in PRONOUNS or low.endswith(("ed", "ing")))


def _before_a_demonym(words: Sequence[Token], position: int) -> bool:
    """A compass point before a demonym: ``South`` of ``South African``."""
    return (
        folded(words[position]) in COMPASS_POINTS
        and position + 1 < len(words)
        and folded(words[position + 1]) in DEMONYMS
    )


def _name_after_body(tokens: Sequence[Token], places: frozenset[str]) -> int | None:
    """Where a person's name starts after a body's name in one capitalised run: ``Acme Corp John Smith``.

    The body's name ends in a head noun, suffix, body word or place just before a name of two words (three
    with an initial). None where the run is a body's name alone.
    """
    if len(tokens) < 3 or not all(token.is_capitalised for token in tokens):
        return None
    words = [token.text for token in tokens]
    # a name of two words, or three with an initial between them: "Credit Suisse Paul Hofer" is not
    # "Credit" and "Suisse Paul Hofer"
    size = 3 if len(words) > 3 and is_initial(words[-2]) else 2
    start = len(words) - size
    if not word_flags(words[start - 1]) & _CLOSES_A_BODY_NAME:
        return None
    name = words[start:]
    if any(word_flags(word) & _CLOSES_A_BODY_NAME for word in name):
        return None  # "Bank Earnings International": the body's name goes on
    if run_kind(name, places, titled=True) is not MentionKind.PERSON or split_name(name)[0] != 0:
        return None
    return start


def is_initial(word: str) -> bool:
    """``H.``: a given name's initial."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


_CLOSES_A_BODY_NAME = CORPORATE | ORG_HEAD | ORG_WORD | PLACE


def _body_before_role(text: str, before: Sequence[Token], titles: Sequence[str]) -> str | None:
    """The capitalised words before the lower-case role words of a name's title: the speaker's employer.

    ``Prudential-Bache Securities analyst``, ``Bear Stearns and Co analyst``, ``Smith Barney livestock
    analyst``; not ``Australian coach`` (a demonym), ``Chief executive`` (a title) or ``Central bank
    governor`` (a body's generic words), nor ``U.S. Secretary of State`` (no role noun after the
    capitalised words: the title runs on). ``titles`` are the capitalised title words between them and the
    name (``EC farm Commissioner``).
    """
    end = 0  # past the last capitalised word of the run that opens the words before the name
    for index, token in enumerate(before):
        if token.is_capitalised and not token.text.endswith("-based"):
            end = index + 1
        elif not (end and (token.text in _INSIDE_A_BODY_NAME or folded(token) in _BODY_NAME_JOINERS)):
            break
    if end == 0 or end == len(before):
        return None
    if not any(_names_a_role(word.casefold()) for word in (*(token.text for token in before[end:]), *titles)):
        return None
    words = [token for token in before[:end] if token.is_capitalised]
    flags = [word_flags(token.text) for token in words]
    if all(flag & _NOT_A_BODY or folded(token) in COMPASS_POINTS for flag, token in zip(flags, words, strict=True)):
        return None  # "Senior Vice President", "North Korean coach"
    if folded(before[end]) in ORGANISATION_HEADS and all(flag & ORG_WORD for flag in flags):
        return None  # "Central bank governor": the body's generic words, capitalised to open the sentence
    return text[before[0].start : before[end - 1].end]


def _names_a_role(word: str) -> bool:
    """``analyst``, ``chairman-designate``: a role noun, alone or heading a hyphenated word."""
    return is_role_noun(word) or ("-" in word and is_role_noun(word.split("-", 1)[0]))


_BODY_NAME_JOINERS = NAME_PARTICLES | NAME_JOINERS
_INSIDE_A_BODY_NAME = frozenset((*APOSTROPHES, "(", ")"))
_NOT_A_BODY = DEMONYM | PLACE | TITLE | HONORIFIC  # words that say where or what, never for whom


def _pronoun(token: Token) -> Mention:
    low = folded(token)
    return Mention(
        MentionKind.PRONOUN,
        token.start,
        token.end,
        token.text,
        head="he" if low in MALE_PRONOUNS else "she" if low in FEMALE_PRONOUNS else low,
        plural=low in PLURAL_PRONOUNS,
        gender="m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None,
        definite=True,
    )


def _may_head(token: Token) -> bool:
    """A description's head: a lower-case speaking noun, or a capitalised one the lexicon lists (``Analysts``)."""
    word = without_possessive(token.text).casefold()
    return (_is_listed_head(word) or names_a_group(word)) if token.is_capitalised else is_speaking_head(word)


def _is_function_word(word: str) -> bool:
    return word in PREPOSITIONS or word in DETERMINERS or word in PHRASE_BREAKERS or word in AFFILIATION_PREPOSITIONS


def _names_a_body_alone(determiner: Token | None, word: Token) -> bool:
    """One capitalised word that names a body, not a person: an agency speaks by its name (``Tass said``)."""
    return determiner is None and canonical_agency(without_possessive(word.text)) is not None


def _names_the_body_before(before: Sequence[Token], run: Sequence[str]) -> bool:
    """Whether a name follows a body's head noun in apposition: ``the daily Gunes``, ``the group Hamas``.

    Only a name of a few words whose own words say it is no one's title and name (``the party leader
    John Smith`` ends its words before the name with a role, so the rule does not reach it).
    """
    if not before or before[-1].is_capitalised or len(run) > 4:
        return False
    if len(before) > 1 and _is_function_word(folded(before[-2])):
        return False  # "vice-president of administration John Guminski": the noun is a title's field
    noun = folded(before[-1])
    return noun in ORGANISATION_HEADS and not is_role_noun(noun) and split_name(run)[0] == 0


def _all_lexical(words: Sequence[Token]) -> bool:
    """Every word a title, body word, demonym or place: ``Kremlin Spokesman``, ``Russian President``."""
    return all(_is_title_word(token.text) for token in words)


def _may_follow(particle: str, before: str) -> bool:
    """Whether a particle may stand after ``before`` in a name: ``der`` only after another (``van der``).

    ``Bernd Bönte der Deutschen Presse-Agentur``: alone, ``der`` is a German article.
    """
    return particle not in SECOND_PARTICLES or before in NAME_PARTICLES


def _particle_in(words: Sequence[Token], index: int) -> bool:
    """``du`` in ``Barend du Plessis``, ``van`` and ``der`` in ``Anil van der Mehta``."""
    if not 0 < index < len(words) - 1 or folded(words[index]) not in NAME_PARTICLES:
        return False
    before, after = index - 1, index + 1
    if not _may_follow(folded(words[index]), folded(words[before])):
        return False
    if folded(words[before]) in NAME_PARTICLES and before > 0:
        before -= 1
    if folded(words[after]) in NAME_PARTICLES and after < len(words) - 1:
        after += 1
    return words[before].is_capitalised and words[after].is_capitalised


def _ends_possessive(run: Sequence[Token], index: int) -> bool:
    """``Fleming's`` or ``Securities'`` ends an owner's name inside a run."""
    token = run[index]
    return is_possessive(token.text) or (token.text in APOSTROPHES and index > 0)
