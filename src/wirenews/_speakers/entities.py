"""Stage 2: entities, the article's people and bodies, clustered from every capitalised run it prints.

People are keyed by surname (the last word of the name, without ``al-`` and the like)
and, for names printed surname first (``Xi Jinping``, ``Lim Kit Siang``), by their first
word. Two names are one person when every word of the shorter is a word or the initial of
a word of the longer (``Landon H. Rowland`` and ``Rowland``; ``L. Rowland``); two people
with one surname (``Maria Lopez``, ``Jorge Lopez``) stay two. Bodies are kept with their
head noun (``ministry``), whether they are companies, and their acronym, printed after
them in brackets (``Reserve Bank of India (RBI)``) or read from their initials.
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, TypeVar

import attrs
import regex

from wirenews._lexicon import (
    COMPANY_WORDS,
    CORPORATE_SUFFIXES,
    DEMONYMS,
    MONTHS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    ORGANISATION_HEADS,
    ORGANISATION_WORDS,
    SECOND_PARTICLES,
    SENTENCE_OPENERS,
    TITLES,
    WEEKDAYS,
)
from wirenews._patterns import word_trie
from wirenews._speakers.mentions import (
    DEMONYM,
    HONORIFIC,
    ORG_HEAD,
    ORG_WORD,
    PLACE,
    TITLE,
    MentionKind,
    ends_in_body_name,
    gender_of,
    initials_of,
    is_initial,
    is_participle,
    run_kind,
    split_name,
    without_possessive,
    word_flags,
)


class _NamedAt:
    """Where the article names one person or body: ``named_at``, its offsets in order."""

    __slots__ = ()
    named_at: list[int]

    def named(self, offset: int) -> None:
        """Note that the article names it at ``offset`` (read in order, so nearly always at the end)."""
        offsets = self.named_at
        if not offsets or offsets[-1] < offset:
            offsets.append(offset)
            return
        index = bisect.bisect_left(offsets, offset)
        if offsets[index] != offset:
            offsets.insert(index, offset)

    def last_before(self, position: int) -> int | None:
        """Where the article last names it before ``position``; None if it does not before it."""
        index = bisect.bisect_right(self.named_at, position)
        return self.named_at[index - 1] if index else None


@attrs.define(eq=False)
class Person(_NamedAt):
    """One person the article names, by the fullest name it prints."""

    words: tuple[str, ...]
    title: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    named_at: list[int] = attrs.Factory(list)
    """Where the article names the person, in order."""

    @property
    def name(self) -> str:
        return " ".join(self.words)


@attrs.define(eq=False)
class Body(_NamedAt):
    """One organisation the article names."""

    name: str
    head: str | None
    company: bool
    acronym: str | None = None
    named_at: list[int] = attrs.Factory(list)
    """Where the article names the body, in order."""


_Named = TypeVar("_Named", Person, Body)


def _nearest_before(candidates: Sequence[_Named], position: int) -> list[tuple[int, _Named]]:
    """The candidates named before ``position``, each with where it was last named before it."""
    return [(at, candidate) for candidate in candidates if (at := candidate.last_before(position)) is not None]


def _first_after(candidates: Sequence[_Named]) -> _Named:
    """Of candidates none of which is named before the position, the first the article names."""
    return min(candidates, key=lambda candidate: candidate.named_at[0] if candidate.named_at else 0)


def surname_key(word: str) -> str:
    """``al-Dabbagh`` -> ``dabbagh``; ``Peskov's`` -> ``peskov``."""
    word = without_possessive(word)
    if "-" in word[:4]:  # every prefix is a few letters and a hyphen
        for prefix in NAME_PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix):
                return word[len(prefix) :].casefold()
    return word.casefold()


def _same_word(short: str, long: str) -> bool:
    """A word of one name matches a word of another: equal, or an initial of it (``H.`` and ``Harold``)."""
    short, long = short.strip("()"), long.strip("()")
    if short.casefold() == long.casefold():
        return True
    return is_initial(short) and long[:1] == short[0]


def compatible(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    """Every word of ``shorter`` stands in ``longer`` in order (as itself or its initial)."""
    position = 0
    for word in shorter:
        while position < len(longer) and not _same_word(word, longer[position]):
            position += 1
        if position == len(longer):
            return False
        position += 1
    return True


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[index + 1 :] == b[index + 1 :] if len(a) == len(b) else a[index:] == b[index + 1 :]
    return True


# A run of two capitalised words or more, with a nickname in brackets (not initials: "Agency (IAEA) Ali
# Asghar Soltanieh" is a body and a person), the particles of names, the joiners of bodies'
# names and the prefixes of Arabic names (``al-Dabbagh``) between them. It opens with a capital, where a
# match can fail at once; spaces only, never a line break: a photo credit's last word is not the first of
# the caption below it.
_SPACE = r"[ \u00a0]+"
_BODY_JOINERS = frozenset({"of", "for", "and", "&", "on"})
_PARTICLES = frozenset(word for word in NAME_PARTICLES if "." not in word)
_LEADING_PARTICLES = _PARTICLES - SECOND_PARTICLES
_JOINER = word_trie(sorted(_BODY_JOINERS | _PARTICLES))
# the first of two particles is never "der" or "den" (a German article: "Bernd Bönte der Deutschen Presse-Agentur"),
# unless a capitalised particle stands before it: "Anneke Van der Berg"
_SECOND = word_trie(sorted(SECOND_PARTICLES))
_FIRST_JOINER = (
    f"(?:{word_trie(sorted(_BODY_JOINERS | _LEADING_PARTICLES))}"
    # the second particle matched before the lookbehind that checks the first: most words are neither, and
    # a lookbehind tried first at every word cost a third of the run pattern's time
    rf"|{_SECOND}(?<=\b(?i:{word_trie(sorted(_LEADING_PARTICLES))})[ \u00a0]{_SECOND}))"
)
_PREFIX = word_trie(sorted({prefix.casefold() for prefix in NAME_PREFIXES}))
_CAPITAL_WORD = r"\p{Lu}(?:\.(?:\p{Lu}\.){0,2}|\p{Ll}{0,2}\.(?=\s\p{Lu})|[\p{L}\p{M}'’\-]*)"
_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}.]){_CAPITAL_WORD}(?:{_SPACE}(?:\(\p{{Lu}}\p{{Ll}}[\p{{L}}\p{{M}}]*\){_SPACE})?"
    rf"(?:{_FIRST_JOINER}{_SPACE}(?:the{_SPACE}|{_JOINER}{_SPACE})?)?(?:{_PREFIX})?{_CAPITAL_WORD})+"
)
_JOINERS = _BODY_JOINERS | {"the"}
# Misspelt surnames are looked for among this many surnames at most (an article's worth; keeps time linear).
_MOST_SURNAMES_SPELT = 300
_ACRONYM_AFTER = regex.compile(r"\s*\((\p{Lu}[\p{Lu}&.\-]{1,7})\)")
_TITLE_AFTER = regex.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\-'’.]+\s+){0,5}?[\p{L}\-]+)(?=[,.;]|\s+(?:said|says|told)\b)"
)
_WORDS_BEFORE = 40
_AFTER_REACH = 200  # characters after a run where its initials or apposition may stand
_FIRST = operator.itemgetter(0)


@attrs.define
class EntityTable:
    """The people and bodies of one article, and what the article says of them."""

    places: frozenset[str]
    """Places named in the article, case-folded: the lexicon's and the dateline's."""
    people: list[Person] = attrs.Factory(list)
    _by_surname: dict[str, list[Person]] = attrs.Factory(dict)
    _by_first: dict[str, list[Person]] = attrs.Factory(dict)
    bodies: list[Body] = attrs.Factory(list)
    _by_acronym: dict[str, Body] = attrs.Factory(dict)
    # indexes, so that no lookup reads every person or body (linear time on long inputs)
    _by_title: dict[str, list[Person]] = attrs.Factory(dict)
    _by_name: dict[str, Body] = attrs.Factory(dict)
    _by_head: dict[str, list[Body]] = attrs.Factory(dict)
    _companies: list[Body] = attrs.Factory(list)
    _by_first_word: dict[str, Body] = attrs.Factory(dict)

    # --- learning ---

    def learn(self, text: str, start: int, end: int) -> None:
        """Read the capitalised runs of ``text[start:end]`` for the people and bodies they name."""
        for run in _RUN.finditer(text, start, end):
            words = run.group().split()
            skipped = 0
            while skipped < len(words) and words[skipped].casefold() in SENTENCE_OPENERS:
                skipped += 1
            if skipped < len(words) and _opens_with_a_time(words[skipped:]):
                skipped += 1  # "said on Tuesday Mike Cox", "In August Bruce Smart ...": the day is no name
            elif skipped == 0 and _opens_with_a_participle(words, text, run.start(), start):
                skipped = 1  # "Calling UNLV "a gold mine," Mike Sanford said": a clause, no name
            if len(words) - skipped < 2 or all(word.isupper() for word in words):
                continue  # one word past the openers names no one in full; a heading in capitals
            self._learn_run(words[skipped:], run.start(), start, text, run.end())

    def _learn_run(self, words: list[str], offset: int, start: int, text: str, run_end: int) -> None:
        if " ".join(words).casefold() in self.places:
            return  # the dateline's city
        reading = read_run(tuple(words))
        if not reading.people and not reading.bodies:
            return
        # (bounded: matched at a position, the regex engine first looks for the bracket anywhere after it)
        acronym = _ACRONYM_AFTER.match(text, run_end, run_end + _AFTER_REACH) if reading.bodies else None
        for body, last in reading.bodies:
            self.add_body(body, offset, acronym.group(1) if acronym and last else None)
        for person in reading.people:
            title: list[str] = list(person.title)
            if person.first:
                before = _title_before(text[max(start, offset - _WORDS_BEFORE) : offset])
                if not (before and before[-1].casefold() in _JOINERS and _stands_alone(title)):
                    # not "a spokesman for [Prime Minister Tony Blair]": a title of the run's own names its holder,
                    # and the words before it another person ("police chief of [Kabul Gen. ...]" goes on)
                    title[:0] = before
            title_after = _TITLE_AFTER.match(text, run_end, run_end + _AFTER_REACH) if person.last else None
            extra = title_after.group(1).split() if title_after else []
            known = self.add_person(person.name, offset, title_words=title, after=extra)
            if person.affiliation and known.affiliation is None:
                known.affiliation = " ".join(person.affiliation)

    def add_person(
        self, words: Sequence[str], offset: int, *, title_words: Sequence[str] = (), after: Sequence[str] = ()
    ) -> Person:
        """Note a full name (two words or more), merged with a person already known by it."""
        name = tuple(without_possessive(word) for word in words)
        title_list = list(title_words)
        while title_list and title_list[0].casefold() in ("the", "a", "an", "of"):
            title_list.pop(0)
        if not title_list and any(word.casefold() in TITLES for word in after):
            title_list = list(after)
        title = " ".join(title_list) or None
        gender = gender_of([*title_list, *after])
        known = self._find_compatible(name)
        if known is not None:
            if len(name) > len(known.words):
                self._unindex(known)
                known.words = name
                self._index(known)
            if known.title is None and title:
                self.give_title(known, title)
            known.gender = known.gender or gender
            known.named(offset)
            return known
        person = Person(name, None, None, gender, [offset])
        self.people.append(person)
        self._index(person)
        if title:
            self.give_title(person, title)
        return person

    def give_title(self, person: Person, title: str) -> None:
        """Give a person the title printed with them (``Kremlin Spokesman``), indexed by its words."""
        person.title = title
        for word in title_words(title):
            self._by_title.setdefault(word, []).append(person)

    def _find_compatible(self, name: Sequence[str]) -> Person | None:
        for person in self._by_surname.get(surname_key(_last_word(name)), ()):
            shorter, longer = sorted((name, person.words), key=len)
            if compatible(shorter, longer):
                return person
        return None

    def _index(self, person: Person) -> None:
        self._by_surname.setdefault(surname_key(_last_word(person.words)), []).append(person)
        self._by_first.setdefault(person.words[0].casefold(), []).append(person)

    def _unindex(self, person: Person) -> None:
        self._by_surname[surname_key(_last_word(person.words))].remove(person)
        self._by_first[person.words[0].casefold()].remove(person)

    def add_body(self, words: Sequence[str], offset: int, acronym: str | None = None) -> Body:
        """Note an organisation's name (``Reserve Bank of India``), with its acronym if printed."""
        words = [*words[:-1], without_possessive(words[-1])]
        name = " ".join(words)
        folded_words = [word.casefold() for word in words]
        head = next((word for word in reversed(folded_words) if word in ORGANISATION_HEADS), None)
        company = folded_words[-1] in CORPORATE_SUFFIXES or any(word in COMPANY_WORDS for word in folded_words)
        known = self._by_name.get(name.casefold()) or (
            self._by_acronym.get(acronym.replace(".", "")) if acronym else None
        )
        if known is not None:
            known.named(offset)
            if acronym and not known.acronym:
                known.acronym = acronym
                self._by_acronym.setdefault(acronym.replace(".", ""), known)
            return known
        body = Body(name, head, company, acronym or initials_of(words), [offset])
        self.bodies.append(body)
        self._by_name[name.casefold()] = body
        if head is not None:
            self._by_head.setdefault(head, []).append(body)
        if company:
            self._companies.append(body)
            if len(words) > 1:
                self._by_first_word.setdefault(words[0].casefold(), body)
        if body.acronym:
            self._by_acronym.setdefault(body.acronym.replace(".", ""), body)
        return body

    # --- looking up ---

    def person(
        self, words: Sequence[str], position: int, recent: Callable[[], Iterable[str]] | None = None
    ) -> Person | None:
        """The person a name or surname stands for near ``position``: the fullest compatible name.

        Where several people bear it, the one among ``recent`` (the names of who acted last, nearest first)
        who does: ``Raul Castro, brother of President Fidel Castro, likened ... "...," Castro declared`` is
        Raul; else the one named last before ``position``.
        """
        if not words:
            return None
        name = [without_possessive(word) for word in words if word.casefold() not in NAME_SUFFIXES or len(words) == 1]
        if len(name) >= 2 and surname_key(name[0]) in self._by_surname:
            # "with Biden Putin": another person's surname glued before this one's
            rest = self.person(name[1:], position)
            if rest is not None and not compatible(name, rest.words):
                return rest
        key = surname_key(_last_word(name))
        found = [person for person in self._by_surname.get(key, ()) if compatible(name, person.words)]
        if not found and len(name) == 1:
            # a name printed surname first: "Xi" for "Xi Jinping"
            found = [person for person in self._by_first.get(key, ()) if len(person.words) >= 2]
        if not found and len(key) >= 6 and len(self._by_surname) <= _MOST_SURNAMES_SPELT:
            # a surname misspelt by one letter, as copy sometimes prints it: "Disasto" for "Disastro"
            found = [
                person
                for surname, people in self._by_surname.items()
                if _edit_distance_at_most_one(key, surname)
                for person in people
            ]
        if not found:
            return None
        if len(found) > 1:
            # "with Biden Putin": a run that opens with another person's surname is two names glued
            glued = {
                person
                for person in found
                if person.words[0].casefold() in self._by_surname and person.words[0].casefold() != key
            }
            found = [person for person in found if person not in glued] or found
        if len(found) == 1:
            return found[0]
        if recent is not None:
            by_name = {person.name: person for person in found}
            acted = next((by_name[name] for name in recent() if name in by_name), None)
            if acted is not None:
                return acted
        before = _nearest_before(found, position)
        return max(before, key=_FIRST)[1] if before else _first_after(found)

    def body_by_first_word(self, word: str) -> Body | None:
        """The company a mention names by its first word: ``Sears`` for ``Sears Roebuck and Co``."""
        return self._by_first_word.get(word.casefold())

    def bears(self, word: str) -> bool:
        """Whether someone the article names in full has ``word`` as first name or surname."""
        return surname_key(word) in self._by_surname or word.casefold() in self._by_first

    def is_surname(self, word: str) -> bool:
        """Whether someone the article names in full has ``word`` as surname."""
        return surname_key(word) in self._by_surname

    def body_by_acronym(self, acronym: str) -> Body | None:
        return self._by_acronym.get(acronym.replace(".", ""))

    def body_by_name(self, name: str) -> Body | None:
        return self._by_name.get(name.casefold())

    def body_by_head(self, head: str, position: int) -> Body | None:
        """The body ``the ministry`` stands for: the last named before ``position`` with that head noun.

        A name of several words goes before a one-word one; a body named only after ``position`` is none
        (``the group said`` before the copy names a bank points back, not ahead).
        """
        candidates = self._by_head.get(head, [])
        if head in COMPANY_WORDS:
            candidates = [*candidates, *self._companies]
        before = _nearest_before(candidates, position)
        if not before:
            return None
        return max(before, key=lambda found: (len(found[1].name.split()) > 1, found[0]))[1]

    def titled(self, heads: Sequence[str], position: int, modifiers: Sequence[str] = ()) -> Person | None:
        """The person whose title holds the first of ``heads`` any title holds, the last named before ``position``.

        ``("spokesman", "spokesperson", "press")`` finds ``Kremlin Spokesman Dmitry Peskov``. Of several, the one
        whose title holds most of ``modifiers`` (case-folded) wins: ``the Treasury Secretary`` is the
        ``Treasury Secretary``, though a ``Deputy Secretary of State`` was named since.
        """
        found: list[Person] = []
        for head in heads:
            found = self._by_title.get(head, [])
            if found:
                break
        if not found:
            return None
        before = _nearest_before(found, position)
        if not before:
            return _first_after(found)
        if modifiers and len(before) > 1:
            wanted = frozenset(modifiers)
            return max(before, key=lambda found: (len(wanted & title_words(found[1].title)), found[0]))[1]
        return max(before, key=_FIRST)[1]


@functools.lru_cache(maxsize=4096)
def title_words(title: str | None) -> frozenset[str]:
    """A title's words, case-folded, without possessives."""
    return frozenset((title or "").casefold().replace("'s", "").replace("’s", "").split())


def _title_before(before: str) -> list[str]:
    """The title printed just before a name: ``head of the`` ..., ``Reserve Bank governor``, ``Kremlin spokesman``."""
    title: list[str] = []
    for word in reversed(before.split()[-6:]):
        if word[-1:] in ',;:.!?"”»)':
            break
        low = word.casefold()
        if low in TITLES or low in DEMONYMS or low in ORGANISATION_HEADS or low in ORGANISATION_WORDS:
            title.insert(0, word)
        elif low in ("of", "the", "for") or (title and word[:1].isupper()):
            title.insert(0, word)  # "head of the [Federal Agency ...]"
        else:
            break
    while title and title[0].casefold() in ("of", "the", "for"):
        title.pop(0)
    return title if any(word.casefold() in TITLES for word in title) else []


class RunPerson(NamedTuple):
    """A person a run names: the name, the title words printed in the run, and where it stands in it."""

    name: tuple[str, ...]
    title: tuple[str, ...]
    first: bool
    """The run opens with this person (so a title printed before the run is theirs)."""
    last: bool
    """The run ends with this person (so an apposition after the run is theirs)."""
    affiliation: tuple[str, ...] = ()
    """The body printed after the name with ``of``: ``Richard Fischer of Merrill Lynch and Co Inc``."""


class RunReading(NamedTuple):
    """What a run of capitalised words names: its people and its bodies (with whether each ends the run)."""

    people: tuple[RunPerson, ...]
    bodies: tuple[tuple[tuple[str, ...], bool], ...]


@functools.lru_cache(maxsize=8192)
def read_run(words: tuple[str, ...]) -> RunReading:
    """Read a run by its words alone: the same run reads the same in every article, so the reading is kept.

    >>> read_run(("Richard", "Fischer", "of", "Merrill", "Lynch", "and", "Co", "Inc")).people[0].name
    ('Richard', 'Fischer')
    """
    if not _JOINERS.intersection(words) and not any(_ends_possessive(word) for word in words[:-1]):
        return _read_plain_run(words)  # most runs: no joiner, no possessive inside
    parts = _parts(words)
    pieces = [_pieces(part) for _, part in parts]
    whole = [word for word in words if word not in _JOINERS]
    kind = run_kind(whole, _NO_PLACES) if whole else MentionKind.OTHER
    if kind is MentionKind.ORGANISATION and run_kind(pieces[0][0], _NO_PLACES) is not MentionKind.PERSON:
        person_words = _trailing_person(words)
        body_words = tuple(words[: len(words) - len(person_words)] if person_words else words)
        glued = (RunPerson(tuple(person_words), body_words, first=True, last=True),) if person_words else ()
        return RunReading(glued, ((body_words, True),))
    people: list[RunPerson] = []
    bodies: list[tuple[tuple[str, ...], bool]] = []
    for number in range(len(parts)):
        last = number == len(parts) - 1
        following = parts[number + 1] if not last else None
        owner: tuple[str, ...] = ()
        if following is not None and following[0] == "of" and _part_kind(following[1]) is MentionKind.ORGANISATION:
            owner = tuple(following[1])  # "Richard Fischer of Merrill Lynch and Co Inc"
        # "Secretary of State George Shultz": a title goes on after "of" to what it is of, then the name
        title_before = (
            (*parts[number - 1][1], parts[number][0] or "of") if number and _title_goes_on(parts, number) else ()
        )
        if not last and _title_goes_on(parts, number + 1):
            continue  # "U.S. Secretary" names no one: the title goes on
        for piece in pieces[number]:
            piece_kind = run_kind([word for word in piece if word not in ("and", "&")], _NO_PLACES)
            if piece_kind is MentionKind.ORGANISATION:
                bodies.append((tuple(piece), last))
            elif piece_kind is MentionKind.PERSON:
                name_start, _ = split_name(piece)
                if len(piece) - name_start >= 2:
                    name, title = tuple(piece[name_start:]), tuple(piece[:name_start])
                    if title and title_before and piece is pieces[number][0]:
                        title = (*title_before, *title)
                    first = number == 0 or (number == 1 and bool(title_before))
                    people.append(RunPerson(name, title, first=first, last=last, affiliation=owner))
    return RunReading(tuple(people), tuple(bodies))


def _stands_alone(title: Sequence[str]) -> bool:
    """A person's title that says all it needs: ``Prime Minister``, ``Palestinian President`` (no place or body)."""
    return bool(title) and all(
        word_flags(word) & _PERSONAL and not word_flags(word) & (PLACE | ORG_HEAD | ORG_WORD) for word in title
    )


_PERSONAL = TITLE | DEMONYM | HONORIFIC


def _opens_with_a_time(words: Sequence[str]) -> bool:
    """A weekday, or a month before a name of two words, opening a run: no part of the name after it.

    (``April Ryan`` alone is a name: a month is a first name as often as not.)
    """
    low = words[0].casefold()
    if len(words) < 2 or not words[1][:1].isupper():
        return False  # ("August and on March": the run goes on with a joiner, not a name)
    if low in WEEKDAYS:
        return True
    # a month before a person's name ("In August Bruce Smart"), not before a body's ("May Department Stores Co")
    return low in MONTHS and len(words) >= 3 and run_kind(words[1:], _NO_PLACES) is MentionKind.PERSON


def _opens_with_a_participle(words: Sequence[str], text: str, offset: int, block_start: int) -> bool:
    """A verb in -ing opening a sentence before a capitalised word: ``Calling UNLV``, ``Citing Reuters``.

    (Not before a body's word: ``Browning Ferris Industries``.)
    """
    if not is_participle(words[0]) or not words[1][:1].isupper():
        return False  # ("Gaming and Leisure Corp": a joiner after it makes it a name's word)
    if any(word.casefold() in ORGANISATION_HEADS or word.casefold() in CORPORATE_SUFFIXES for word in words[1:]):
        return False
    before = text[max(block_start, offset - 3) : offset].rstrip()
    return offset == block_start or not before or before[-1] in _SENTENCE_CLOSERS


_SENTENCE_CLOSERS = frozenset('.!?"”»:-–—')  # and a dateline's dash


def _title_goes_on(parts: Sequence[tuple[str | None, list[str]]], number: int) -> bool:
    """Whether part ``number`` continues, after ``of``, a title that the part before it holds alone.

    ``Chief`` before ``of Staff Howard Baker``, ``Minister`` before ``for Europe Douglas Alexander`` (a name
    never ends in a title); not ``Bank`` before ``of Tokyo``.
    """
    joiner, _ = parts[number]
    before = parts[number - 1][1]
    if joiner not in ("of", "for") or not word_flags(before[-1]) & TITLE:
        return False
    return _part_kind(before) is not MentionKind.ORGANISATION


def _read_plain_run(words: tuple[str, ...]) -> RunReading:
    """A run with no joiner and no possessive inside: one person, one body, or nothing."""
    kind = run_kind(words, _NO_PLACES)
    if kind is MentionKind.ORGANISATION:
        person_words = _trailing_person(words)
        body_words = tuple(words[: len(words) - len(person_words)] if person_words else words)
        glued = (RunPerson(tuple(person_words), body_words, first=True, last=True),) if person_words else ()
        return RunReading(glued, ((body_words, True),))
    if kind is MentionKind.PERSON:
        name_start, _ = split_name(words)
        if len(words) - name_start >= 2:
            return RunReading((RunPerson(words[name_start:], words[:name_start], first=True, last=True),), ())
    return RunReading((), ())


def _ends_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _parts(words: Sequence[str]) -> list[tuple[str | None, list[str]]]:
    """A run split at ``of``, ``for`` and ``on`` and after possessives, each part with the joiner before it."""
    parts: list[tuple[str | None, list[str]]] = []
    joiner: str | None = None
    part: list[str] = []
    for word in words:
        if word in ("of", "for", "on"):
            if part:
                parts.append((joiner, part))
            joiner, part = word, []
            continue
        if word == "the" and not part:
            continue
        part.append(word)
        if word.endswith(("'s", "’s", "s'", "s’")):
            parts.append((joiner, [*part[:-1], without_possessive(word)]))
            joiner, part = "'s", []
    if part:
        parts.append((joiner, part))
    return parts


def _part_kind(part: Sequence[str]) -> MentionKind:
    words = [word for word in part if word not in ("and", "&")]
    return run_kind(words, _NO_PLACES) if words else MentionKind.OTHER


def _pieces(part: Sequence[str]) -> list[list[str]]:
    """A part split at ``and`` where it joins two names, not inside one body's name.

    ``and`` parts two names when what stands before it is a person's full name and what follows is more than
    a company's suffix: ``Treasury Secretary James Baker and Federal Reserve Board chairman ...`` is two,
    ``Merrill Lynch and Co Inc`` and ``Food and Drug Administration`` one.
    """
    raw: list[list[str]] = [[]]
    for word in part:
        if word in ("and", "&"):
            raw.append([])
        else:
            raw[-1].append(word)
    pieces: list[list[str]] = []
    for words in raw:
        if not words:
            continue
        if pieces and not (_is_full_name(pieces[-1]) and not _only_suffixes(words)):
            pieces[-1] = [*pieces[-1], "and", *words]
        else:
            pieces.append(list(words))
    return pieces or [list(part)]


def _is_full_name(words: Sequence[str]) -> bool:
    if "and" in words or run_kind(words, _NO_PLACES) is not MentionKind.PERSON:
        return False
    name_start, _ = split_name(words)
    return len(words) - name_start >= 2


def _only_suffixes(words: Sequence[str]) -> bool:
    """``Co``, ``Co Inc``, ``Sons``: what follows ``and`` in a company's name."""
    return all(word.casefold() in CORPORATE_SUFFIXES or word.casefold() in _COMPANY_TAILS for word in words)


_COMPANY_TAILS = frozenset({"sons", "company", "partners", "associates", "brothers", "bros"})


_NO_PLACES: frozenset[str] = frozenset()


def _last_word(words: Sequence[str]) -> str:
    return words[-1] if words else ""


def _trailing_person(words: Sequence[str]) -> list[str]:
    """A person's name glued after a body's: ``... River Transport Artur Kolesov`` -> ``Artur Kolesov``."""
    tail: list[str] = []
    for word in reversed(words):
        if word in _JOINERS:
            break
        tail.insert(0, word)
    if len(tail) < 3 or ends_in_body_name(tail):
        return []  # "International Red Cross" is one body, no person glued after "International"
    name_start, _ = split_name(tail)
    name = tail[name_start:]
    return name if len(name) >= 2 and name_start > 0 and _looks_like_a_name(name) else []


def _looks_like_a_name(words: Sequence[str]) -> bool:
    """No word a body's, a title's or a verb's: ``Artur Kolesov``, not ``Exporting Countries``."""
    return not any(
        word.casefold() in ORGANISATION_HEADS
        or word.casefold() in CORPORATE_SUFFIXES
        or word.endswith("ing")
        or word.casefold().endswith("ies")
        for word in words
    )
