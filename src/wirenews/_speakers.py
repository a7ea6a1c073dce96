"""Stage 3: who said each quotation, resolved to the fullest name in the article.

Attribution, tried in order for each quotation:

1. the words after it: ``"...," Peskov said.`` / ``"...," said Natalia Eismont.``
2. the words before it in its sentence: ``Peskov said: "..."``, ``According to the
   White House, ... "..."``, ``Lavrov stressed the need to "..."`` (the subject
   of a sentence whose verb is a cue);
3. another quotation of the same paragraph that has a speaker, then a sentence
   earlier in the paragraph with a cue (``The Kremlin press service said ...``);
4. a paragraph that is only a quotation continues the previous speaker.

A mention is then resolved: a surname or shorter form to the fullest name given
(``Peskov`` -> ``Dmitry Peskov``); ``he``/``she`` to the most recent person who
spoke; a description (``the Russian leader``, ``the ministry``) to the person
whose title or the body whose name holds its head noun, else the main speaker.
A quotation with no attribution found keeps ``speaker=None``.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator, Sequence
from typing import Literal, overload

import attrs
import regex

from wirenews._patterns import word_trie
from wirenews._quotes import FoundQuote, find_quote_spans
from wirenews.records import Block, BlockKind, Quote, QuoteKind, QuotePart, Span, Speaker, SpeakerSummary

# Cue verbs and phrases that credit a quotation, by language. English is the core; the others
# cover the agencies' services in those languages (EFE, AFP, ANSA, dpa, TASS, Anadolu).
_CUE_WORDS = {
    "en": """said says say told tells added adds noted notes stated states stressed stresses emphasized
        emphasised emphasizes explained explains remarked continued recalled wrote writes argued asked
        replied warned warns insisted declared announced observed commented concluded underlined
        underscored acknowledged admitted claimed confirmed reported reports believes believed posted
        tweeted assured complained recounted described suggested urged vowed pledged promised cautioned
        estimated predicted responded answered indicated mentioned highlighted affirmed agreed countered
        quipped joked""",
    "es": """dijo afirmó aseguró señaló explicó indicó agregó añadió declaró consideró subrayó insistió
        manifestó advirtió destacó sostuvo expresó apuntó comentó precisó recalcó""",
    "fr": "déclaré affirmé indiqué expliqué ajouté souligné estimé précisé assuré dit",
    "it": "detto dichiarato affermato spiegato aggiunto sottolineato",
    "de": "sagte erklärte betonte fügte sagt erklärt",
    "ru": """сказал сказала заявил заявила отметил отметила сообщил сообщила подчеркнул подчеркнула
        добавил добавила пояснил пояснила говорится""",
    "tr": "dedi söyledi belirtti kaydetti vurguladı konuştu",
}
_CUE_PHRASES = (
    "pointed out",
    "summed up",
    "went on",
    "was quoted as saying",
    "said in a statement",
    "told reporters",
    "told journalists",
    "told the media",
    "diye konuştu",
    "ifadelerini kullandı",
    "ifade etti",
)
_CUES = word_trie([*_CUE_PHRASES, *(word for words in _CUE_WORDS.values() for word in words.split())])
_PARTICIPLE_CUES = "noting|saying|adding|stressing|calling|describing|arguing|warning|insisting|explaining|emphasizing"
_PRONOUN = r"(?<![\p{L}\p{M}])(?:he|she|they|He|She|They|it|It)"
# A capitalised word of a name: initials (U.S., H.W.), a short abbreviation (Gov., Jr.) or a word with
# no dot, so that a name never runs over the end of a sentence ("... in Jamaica. Trump said").
# (The capital that opens each form is matched once, before them: most positions fail at once.)
_NAME_TOKEN = r"\p{Lu}(?:\.(?:\p{Lu}\.){0,2}|\p{Ll}{0,2}\.(?=\s\p{Lu})|[\p{L}\p{M}'’\-]*)"
# A description such as "the Russian presidential spokesman": no verb-like function words inside.
_FUNCTION_WORD = (
    r"(?:did|does|do|not|has|had|have|is|was|were|are|will|would|could|should|can|may|might|must|also|"
    r"then|who|which|that|and|but|or|in|on|at|after|before|when|while|as|said|says|told)\b"
)
_DESCRIPTION_WORD = rf"(?!{_FUNCTION_WORD})[\p{{L}}\p{{M}}'’\-]+(?:\.\p{{Lu}}\.?)*"  # U.S. too
_DETERMINER = r"(?<![\p{L}\p{M}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"
_DESCRIPTION = rf"{_DETERMINER}(?:\s+{_DESCRIPTION_WORD}){{1,6}}?"
_PARTICLES = frozenset("de da di del van von der bin ibn al le la dos".split())
# After a cue the description runs as far as it can: said a U.S. Embassy official in Nairobi
_DESCRIPTION_GREEDY = _DESCRIPTION[: -len("}?")] + "}"
_NAME_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
_NAMED = rf"{_NAME_TOKEN}(?:\s+(?:of\s+|to\s+|{_NAME_PARTICLE}\s+|al-)?{_NAME_TOKEN}){{0,6}}"
_MENTION = rf"(?:{_PRONOUN}|{_NAMED}|{_DESCRIPTION})"
_ADVERB = r"(?:\s+(?:also|later|then|earlier|further|once|again|previously|recently|additionally|has|had|have))*"

_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|On|In|At|That|This|It|He|She|They|We|I)\b)"
)
# After a quotation: `," Peskov said`, `," said Natalia Eismont`, `," the ministry pointed out`
_AFTER = regex.compile(
    rf"""[\s,.!?…—–-]*(?:
        (?P<mention>{_MENTION}){_ADVERB}\s+(?P<cue>{_CUES})\b
      # company CEO Andy Vesey said
      | (?P<mention>(?:\p{{Ll}}[\p{{L}}'’\-]*\s+){{1,3}}{_NAMED}){_ADVERB}\s+(?P<cue>{_CUES})\b
      | (?P<mention>{_NAMED}),[^.!?"“”«»]{{2,100}}?,\s+(?P<cue>{_CUES})\b       # Will Moy, chief executive ..., told
      | (?P<cue>{_CUES})\s+{_NOT_A_NAME}(?P<mention>{_PRONOUN}|{_NAMED}|{_DESCRIPTION_GREEDY})(?=[\s.,;:!?]|\Z)
      | [^.!?"“”«»]{{2,60}}?,\s*(?P<cue>said|says)\s+{_NOT_A_NAME}(?P<mention>{_NAMED})  # " announced in May, said X
    )""",
    regex.VERBOSE,
)
# A cue straight after a quotation that names no one: the speaker stands before it (Anadolu's
# `Arpaguş, "..." diye konuştu.`).
_LAST_NAME_TOKEN = regex.compile(rf"({_NAME_TOKEN})\s*\Z", regex.REVERSE)
_CUE_ONLY_AFTER = regex.compile(rf"[\s,.!?…—–-]*(?P<cue>{_CUES})\b")
_NAME_BEFORE_QUOTE = regex.compile(rf"(?P<mention>{_NAMED}),?\s*\Z")
# What the words between a cue and the quotation it introduces may not hold: a full stop or a quotation mark.
_STOPS_BUT_DOT = '!?"“”«»'
_NOT_A_STOP = f"[^.{_STOPS_BUT_DOT}]"
# Before a quotation, closing the words that introduce it: `Peskov said: "`, `he noted that "`
_BEFORE = regex.compile(
    rf"""(?:
        (?P<mention>{_MENTION}){_ADVERB}\s+(?P<cue>{_CUES})\b{_NOT_A_STOP}{{0,120}}
      | (?P<cue>[Aa]ccording\s+to)\s+(?P<mention>{_MENTION}),{_NOT_A_STOP}{{0,200}}
      | (?P<cue>{_PARTICIPLE_CUES})\b{_NOT_A_STOP}{{0,120}}
    )\Z""",
    regex.VERBOSE,
)
# Every _BEFORE match holds its cue after the last stop; only "according to" may stand before a dot,
# since the name after it may hold one (U.S., Gov.). Looking for a cue there first, with no word
# boundaries (so never stricter), spares most searches.
_BEFORE_CUE_HINT = re.compile(rf"{_PARTICIPLE_CUES}|{_CUES}")


def may_introduce_quote(before: str) -> bool:
    """False when ``_BEFORE`` cannot match ``before``: no cue follows its last sentence stop."""
    last_hard_stop = max(before.rfind(stop) for stop in _STOPS_BUT_DOT)
    if before.find("ccording", last_hard_stop + 1) >= 0:
        return True
    last_stop = max(last_hard_stop, before.rfind("."))
    return _BEFORE_CUE_HINT.search(before, last_stop + 1) is not None


# Anywhere in a sentence outside the quotations: `Kremlin Spokesman Dmitry Peskov told reporters`.
# The cue is found first and the mention looked for beside it, so each search is short.
# (the standard library's engine runs this plain word pattern twice as fast as regex does)
_CUE_OR_ACCORDING = rf"(?:(?P<according>[Aa]ccording\s+to)|(?P<cue>{_CUES}))\b"
_CUE_WORD = re.compile(rf"\b{_CUE_OR_ACCORDING}")
# The same after the character before it: the engine then tries the cue words only after a space or a
# mark, not at every letter. A cue opening the searched stretch is matched with _CUE_WORD.
_CUE_AFTER_GAP = re.compile(rf"\W{_CUE_OR_ACCORDING}")


def _cue_words(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The cue words in ``text[start:end]``; each match's cue is its ``according`` or ``cue`` group."""
    first = _CUE_WORD.match(text, start, end)
    if first is not None:
        yield first
    yield from _CUE_AFTER_GAP.finditer(text, first.end() if first is not None else start, end)


# Read backwards (REVERSE) from the cue, so each tries only the words just before it; match() anchors
# a REVERSE pattern at the end of its window.
_MENTIONS_BEFORE_CUE = (
    *(
        regex.compile(rf"(?<!\S)(?P<mention>{mention}){_ADVERB}\s+\Z", regex.REVERSE)
        for mention in (_PRONOUN, _NAMED, _DESCRIPTION)
    ),
    # Joanna Cherry, an SNP member of the British parliament, said
    regex.compile(rf"(?<!\S)(?P<mention>{_NAMED}),[^,.!?\"“”«»]{{2,100}},{_ADVERB}\s+\Z", regex.REVERSE),
)
_NAME_AFTER_CUE = regex.compile(rf"\s+{_NOT_A_NAME}(?P<mention>{_NAMED})")
_MENTION_AFTER_ACCORDING = regex.compile(rf"\s+(?P<mention>(?:[Tt]he\s+)?{_NAMED}|{_PRONOUN}|{_DESCRIPTION})")
_CUE_WINDOW = 120


def _said_mentions(
    text: str, start: int, end: int, unread: Sequence[tuple[int, int]] = ()
) -> list[tuple[str, str, int]]:
    """(mention, cue, offset of the mention) of each ``X said`` / ``said X`` / ``according to X``.

    No cue is looked for inside the ``unread`` stretches (sorted, not overlapping).
    """
    found: list[tuple[str, str, int]] = []
    for cue in (cue for stretch in _read_stretches(start, end, unread) for cue in _cue_words(text, *stretch)):
        if cue.group("according"):
            after = _MENTION_AFTER_ACCORDING.match(text, cue.end(), end)
            if after is not None:
                found.append((after.group("mention"), cue.group("according"), after.start("mention")))
            continue
        cue_start = cue.start("cue")
        for pattern in _MENTIONS_BEFORE_CUE:
            before = pattern.match(text, max(start, cue_start - _CUE_WINDOW), cue_start)
            if before is not None:
                found.append((before.group("mention"), cue.group("cue"), before.start("mention")))
                break
        else:
            after = (
                _NAME_AFTER_CUE.match(text, cue.end(), end) if cue.group("cue") in ("said", "says", "told") else None
            )
            if after is not None:
                found.append((after.group("mention"), cue.group("cue"), after.start("mention")))
    return found


def _read_stretches(start: int, end: int, unread: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The stretches of ``[start, end)`` outside the ``unread`` ones."""
    for unread_start, unread_end in unread:
        if unread_start > start:
            yield start, min(unread_start, end)
        start = max(start, unread_end)
    if start < end:
        yield start, end


_SENTENCE_BREAK = regex.compile(r"[.!?…][\"”»’)]*\s+(?=[\p{Lu}\"“«„])")
_SENTENCE_BREAK_BEFORE = regex.compile(_SENTENCE_BREAK.pattern, regex.REVERSE)  # the last break before

_TITLE_WORDS = frozenset(
    """president presidential prime minister ministry foreign spokesman spokeswoman spokesperson press
    secretary deputy speaker ambassador envoy chairman chairwoman chair head chief leader director
    governor gov gov. mayor senator sen sen. rep rep. representative general gen gen. colonel col
    admiral commander officer official minister's state duma kremlin emergencies defense defence
    interior finance economy economic trade vice first former acting top senior us u.s. uk eu un
    federal national russian belarusian ukrainian american british chinese french german japanese
    vietnamese korean cuban indian turkish italian spanish israeli iranian syrian european
    coach manager captain judge justice attorney prosecutor ceo founder executive dr dr. mr mr. mrs
    mrs. ms ms. prof prof. king queen prince pope patriarch sheikh lawmaker diplomat analyst
    economist professor expert researcher scientist mp adviser advisor
    """.split()
)
_ORG_WORDS = frozenset(
    """ministry kremlin house service office committee council government department court agency
    company bank statement commission union embassy police army military parliament duma cabinet
    party authority authorities board corporation group organization organisation administration
    association conservancy federation fund institute university tribunal campaign center centre
    """.split()
)
_ROLE_SYNONYMS = {
    "leader": ("president", "prime", "leader", "chairman", "king"),
    "head": ("president", "prime", "head", "chairman", "chief", "director", "minister"),
    "diplomat": ("diplomat", "ambassador", "envoy", "foreign", "minister"),
    "lawmaker": ("deputy", "senator", "speaker", "duma", "lawmaker", "representative", "rep", "mp"),
    "politician": ("deputy", "senator", "speaker", "minister", "president", "governor", "mayor"),
    "president": ("president",),
    "spokesman": ("spokesman", "spokesperson", "press"),
    "spokeswoman": ("spokeswoman", "spokesperson", "press"),
}
_PERSON_PRONOUNS = frozenset({"he", "she"})
_ALL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_ARTICLES = regex.compile(r"\A(?:[Tt]he|[Aa]n?)\s+")


def _without_possessive(word: str) -> str:
    """``Russia's`` -> ``Russia``."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


@attrs.frozen
class _Person:
    name: str
    title: str | None


@attrs.define
class _Registry:
    """The people and bodies the article names, and who spoke when (kept sorted by offset)."""

    people: dict[str, _Person] = attrs.Factory(dict)  # surname/any token -> fullest person
    _bodies: dict[str, str] = attrs.Factory(dict)  # head noun -> the fullest body named: ministry -> ...
    # Most quotations name no body ("the ministry said"), so the paragraphs are read for bodies only
    # when one does: each paragraph's text with the capitalised runs already found in it, in order.
    _unread_bodies: list[tuple[str, list[list[str]]]] = attrs.Factory(list)
    mentioned: list[tuple[int, _Person]] = attrs.Factory(list)  # (offset, person) of each full name printed
    _person_speeches: list[tuple[int, _Person]] = attrs.Factory(list)
    _body_speeches: list[tuple[int, _Person]] = attrs.Factory(list)
    _titled_speeches: dict[str, list[tuple[int, _Person]]] = attrs.Factory(dict)  # title word -> speeches
    _titled: dict[str, _Person] = attrs.Factory(dict)  # title word -> the first person named with it

    @property
    def bodies(self) -> dict[str, str]:
        """Head noun -> the fullest name of a body the article gives it: ``ministry`` -> ..."""
        self._read_bodies()
        return self._bodies

    def add_bodies_later(self, text: str, runs: list[list[str]]) -> None:
        """Note a paragraph, and the capitalised runs found in it, to be read for bodies when asked."""
        self._unread_bodies.append((text, runs))

    def add_body(self, words: Sequence[str]) -> None:
        """Register an organisation: ``Russian Emergencies Ministry``, ``European Court of Justice``."""
        self._read_bodies()  # in the article's order: of two names as long, the first printed stays
        self._add_body(words)

    def _read_bodies(self) -> None:
        unread, self._unread_bodies = self._unread_bodies, []
        for text, runs in unread:
            for body in _BODY_RUN.finditer(text):
                self._add_body(body.group().split())
            for words in runs:
                self._add_body(words)

    def _add_body(self, words: Sequence[str]) -> None:
        body = _body_name(tuple(words))
        if body is not None:
            head, name = body
            if len(name) > len(self._bodies.get(head, "")):
                self._bodies[head] = name

    def add_name(self, words: Sequence[str]) -> _Person | None:
        """Register a capitalised run such as ``Kremlin Spokesman Dmitry Peskov``."""
        named = _named_person(tuple(words))
        if named is None:
            return None
        person, title, name = named
        for word in title:
            self._titled.setdefault(word.casefold(), person)
        for token in name:
            known = self.people.get(token)
            if known is None or len(known.name) < len(person.name) or (known.title is None and title):
                self.people[token] = person if known is None or len(person.name) >= len(known.name) else known
        return self.people.get(name[-1], person)

    def add_speech(self, offset: int, person: _Person) -> None:
        """Record that ``person`` was credited with words at ``offset``."""
        speeches = self._body_speeches if _is_body(person) else self._person_speeches
        _insert(speeches, (offset, person))
        for word in _title_words(person.title):
            _insert(self._titled_speeches.setdefault(word, []), (offset, person))

    def last_titled(self, title_words: Sequence[str], before: int) -> _Person | None:
        """The person whose title holds one of ``title_words``: the last to speak, else the first named."""
        spoke = [
            found
            for word in title_words
            if (found := _last_before(self._titled_speeches.get(word, []), before, with_offset=True))
        ]
        if spoke:
            return max(spoke, key=_OFFSET)[1]
        return next((self._titled[word] for word in title_words if word in self._titled), None)

    def last_speaker(self, before: int, *, bodies: bool = False) -> _Person | None:
        """The person (or with ``bodies``, the organisation) credited last before an offset."""
        return _last_before(self._body_speeches if bodies else self._person_speeches, before)

    def last_person(self, before: int) -> _Person | None:
        """The person who spoke or was named last before an offset: whom ``he`` or ``she`` means."""
        spoke = _last_before(self._person_speeches, before, with_offset=True)
        named = _last_before(self.mentioned, before, with_offset=True)
        candidates = [item for item in (spoke, named) if item is not None]
        return max(candidates, key=_OFFSET)[1] if candidates else None


@overload
def _last_before(items: list[tuple[int, _Person]], before: int) -> _Person | None: ...
@overload
def _last_before(
    items: list[tuple[int, _Person]], before: int, *, with_offset: Literal[True]
) -> tuple[int, _Person] | None: ...
def _last_before(
    items: list[tuple[int, _Person]], before: int, *, with_offset: bool = False
) -> _Person | tuple[int, _Person] | None:
    index = bisect.bisect_left(items, before, key=_OFFSET)
    if index == 0:
        return None
    return items[index - 1] if with_offset else items[index - 1][1]


def _insert(timeline: list[tuple[int, _Person]], item: tuple[int, _Person]) -> None:
    """Keep a timeline sorted by offset; speeches mostly come in order, so most go at the end."""
    if not timeline or timeline[-1][0] <= item[0]:
        timeline.append(item)
    else:
        bisect.insort(timeline, item, key=_OFFSET)


_OFFSET = operator.itemgetter(0)


@functools.lru_cache(maxsize=1024)
def _title_words(title: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys((title or "").casefold().split()))


def _is_body(person: _Person) -> bool:
    return _is_body_name(person.name)


@functools.lru_cache(maxsize=4096)
def _is_body_name(name: str) -> bool:
    return name.rsplit(" ", 1)[-1].casefold() in _ORG_WORDS


# Names and bodies recur within an article and across a day's copy: what their words say is worked out once.
@functools.lru_cache(maxsize=4096)
def _body_name(words: tuple[str, ...]) -> tuple[str, str] | None:
    """The head noun and the full name of an organisation's words, or None when they name none."""
    tokens = [*words[:-1], _without_possessive(words[-1])]
    head = next((token.casefold() for token in reversed(tokens) if token.casefold() in _ORG_WORDS), None)
    if head is None or len(tokens) < 2:
        return None
    return head, " ".join(tokens)


@functools.lru_cache(maxsize=4096)
def _named_person(words: tuple[str, ...]) -> tuple[_Person, tuple[str, ...], tuple[str, ...]] | None:
    """The person a capitalised run names, with its title words and name words."""
    split = _split_title(words)
    if split is None:
        return None
    title, name = split
    return _Person(" ".join(name), " ".join(title) or None), tuple(title), tuple(name)


def _split_title(words: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """Split ``Russian Foreign Minister Sergey Lavrov`` into title and a name of two or three words."""
    tokens = [_without_possessive(word) for word in words]
    name: list[str] = []
    for token in reversed(tokens):
        if token.casefold() in _TITLE_WORDS or token.casefold() in _ORG_WORDS or len(name) == 3:
            break
        if not token[:1].isupper() and token not in _PARTICLES:
            return None  # "Court of Justice" is no one's name
        # a third word only when short or with an initial: Pham Minh Chinh, Ringo H.W. Chiu
        if len(name) == 2 and not (len(token) <= 4 or name[0].endswith(".")):
            break
        name.insert(0, token)
    if len(name) < 2:
        return None
    return tokens[: len(tokens) - len(name)], name


# "Russia's Ambassador to Hanoi Gennady Bezdetko": a title may join its words with "to" or "of"
_CAPITALISED_RUN = regex.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_PARTICLE}\s+|to\s+|of\s+)?{_NAME_TOKEN})+")
# An organisation's name may join capitalised words with "of", "for", "and": Food and Drug Administration.
_BODY_RUN = regex.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?{_NAME_TOKEN})+")
_CONNECTOR = regex.compile(r"\s+(?:of|to)\s+")
# Capitalised only because they open a sentence: never part of a name.
_OPENING_WORDS = frozenset(
    """to the a an in on at for and but as by of from with when after before while if though although
    since during under over about meanwhile however then also so yet according""".split()
)


def attribute_quotes(text: str, blocks: Sequence[Block]) -> tuple[Quote, ...]:
    """The body's quotations with their speakers."""
    found = find_quote_spans(text, blocks)
    if not found:
        return ()  # no quotation: no one to credit, and no need to learn who the article names
    registry = _learn_names(text, blocks, found)

    quotes: list[Quote] = []
    attributions = [_attribute(text, blocks, quote, registry) for quote in found]
    by_paragraph: dict[int, list[int]] = {}
    for number, quote in enumerate(found):
        by_paragraph.setdefault(quote.parts[0].block, []).append(number)
    for number, (quote, attribution) in enumerate(zip(found, attributions, strict=True)):
        mention, cue, mention_span = attribution
        if mention is None:
            neighbours = _Neighbours(found, attributions, by_paragraph[quote.parts[0].block])
            mention, cue, mention_span = _from_neighbours(neighbours, number, blocks, text, registry)
        speaker = None
        person = _resolve(mention, registry, quote.parts[0].start) if mention is not None else None
        if mention is not None and person is not None:
            speaker = Speaker(
                name=person.name,
                mention=mention,
                title=person.title,
                span=mention_span,
            )
            if person.title is not None or " " in person.name or _is_body(person):
                registry.add_speech(quote.parts[0].start, person)
        parts = tuple(
            QuotePart(text=text[p.start : p.end].strip(), span=_strip_span(text, p.start, p.end)) for p in quote.parts
        )
        joined = " ".join(part.text for part in parts)
        first = quote.parts[0]
        quotes.append(
            Quote(
                text=joined,
                speaker=speaker,
                kind=_kind(text, blocks[first.block], first.open_start),
                cue=cue,
                parts=parts,
                paragraph=first.block,
                short=quote.short,
                span=Span(parts[0].span.start, parts[-1].span.end),
            )
        )
    return tuple(quotes)


# Whom a cue inside a quotation opened by one of these marks names stands inside the quotation too: no
# mention before a cue runs over these marks, and one after it starts before the closing mark. Such
# mentions are passed over, so the insides of these quotations are not read for cues at all.
_SEALING_MARKS = frozenset('"“«')


def _learn_names(text: str, blocks: Sequence[Block], found: Sequence[FoundQuote]) -> _Registry:
    """Who the article names (people and bodies) and who it says spoke, outside its quotations."""
    quote_starts = [p.open_start for q in found for p in q.parts]
    quote_ends = [p.close_end for q in found for p in q.parts]

    def inside_a_quote(offset: int) -> bool:
        index = bisect.bisect_right(quote_starts, offset) - 1
        return index >= 0 and offset < quote_ends[index]

    registry = _Registry()
    for block in blocks:
        # headlines are often in title case, where every word looks like a name
        if block.kind in (BlockKind.BOILERPLATE, BlockKind.PHOTO, BlockKind.TRAILER, BlockKind.HEADLINE):
            continue
        runs: list[list[str]] = []  # read for bodies too, but only when a quotation needs one
        registry.add_bodies_later(block.text, runs)
        for run in _CAPITALISED_RUN.finditer(block.text):
            words = run.group().split()
            skipped = 0
            while skipped < len(words) and words[skipped].casefold() in _OPENING_WORDS:
                skipped += 1
            words = words[skipped:]
            offset = block.span.start + run.start()
            if block.text[max(0, run.start() - 4) : run.start()].casefold() == "the ":
                runs.append(words)  # "the United States", "the White House": not a person
                continue
            if len(words) >= 2:
                person = registry.add_name(words)
                runs.append(words)
                # "Janos Martonyi of Hungary": the name stands before the "of"
                for segment in _CONNECTOR.split(" ".join(words))[:-1] if person is None else ():
                    person = person or registry.add_name(segment.split())
                if person is not None and not inside_a_quote(offset):
                    registry.mentioned.append((offset, person))
    # the article's named speakers in order, from sentences outside the quotations
    sealed = [(p.open_start, p.close_end) for q in found for p in q.parts if text[p.open_start] in _SEALING_MARKS]
    for block in blocks:
        if block.kind not in (BlockKind.DATELINE_PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.STANDFIRST):
            continue
        start, end = block.span.start, block.span.end
        in_block = sealed[bisect.bisect_left(sealed, start, key=_OFFSET) : bisect.bisect_left(sealed, end, key=_OFFSET)]
        for said_mention, _cue, offset in _said_mentions(text, start, end, in_block):
            if inside_a_quote(offset):
                continue
            said_person = _resolve_person(said_mention, registry, offset)
            if said_person is not None:
                registry.add_speech(offset, said_person)
    return registry


def _strip_span(text: str, start: int, end: int) -> Span:
    inside = text[start:end]
    left = len(inside) - len(inside.lstrip())
    right = len(inside.rstrip())
    return Span(start + left, start + max(right, left))


_Attribution = tuple[str | None, str | None, Span | None]


def _attribute(text: str, blocks: Sequence[Block], quote: FoundQuote, registry: _Registry) -> _Attribution:
    """The mention and cue printed with a quotation, if any."""
    for part in quote.parts:
        if not part.closed:
            continue
        block = blocks[part.block]
        after = text[part.close_end : min(block.span.end, part.close_end + 160)]
        found = _AFTER.match(after)
        if found is not None:
            start = part.close_end + found.start("mention")
            return _clean(found.group("mention")), found.group("cue"), Span(start, start + len(found.group("mention")))
    first = quote.parts[0]
    block = blocks[first.block]
    sentence_start = _sentence_start(text, block, first.open_start)
    before = text[sentence_start : first.open_start]
    last = quote.parts[-1]
    cue_only = _CUE_ONLY_AFTER.match(text, last.close_end, blocks[last.block].span.end) if last.closed else None
    named_before = _NAME_BEFORE_QUOTE.search(before) if cue_only is not None else None
    if cue_only is not None and named_before is not None:
        start = sentence_start + named_before.start("mention")
        mention = named_before.group("mention")
        return mention, cue_only.group("cue"), Span(start, start + len(mention))
    if cue_only is not None and (person := registry.last_speaker(first.open_start)) is not None:
        return person.name, cue_only.group("cue"), None  # `"...", añadió.`: the speaker goes unsaid
    if last.closed and text[last.start : last.end].rstrip()[-1:] not in (".", "!", "?"):
        # `There is "no serious dispute" in the legal community ..., said Juliet Sorensen.`
        later = _said_mentions(text, last.close_end, _sentence_end(text, blocks[last.block], last.close_end))
        if later:
            mention, cue, start = later[0]
            return _clean(mention), cue, Span(start, start + len(mention))
    found = _BEFORE.search(before) if may_introduce_quote(before) else None
    if found is not None:
        mention = found.group("mention")
        if mention is None:
            # a participle cue ("noting that") credits the subject of the sentence
            mention = _subject(before)
            if mention is None:
                return None, None, None
            start = sentence_start
        else:
            start = sentence_start + found.start("mention")
        return _clean(mention), found.group("cue"), Span(start, start + len(mention))
    # a name standing just before the quotation: `Biden Putin "reasonably responded ..."`
    name = _LAST_NAME_TOKEN.match(before)
    if name is not None and name.group(1) in registry.people and sentence_start < first.open_start:
        start = sentence_start + name.start(1)
        return name.group(1), None, Span(start, start + len(name.group(1)))
    return None, None, None


@attrs.frozen
class _Neighbours:
    """The quotations of the article, their attributions, and those in one paragraph (sorted)."""

    found: Sequence[FoundQuote]
    attributions: Sequence[_Attribution]
    in_paragraph: Sequence[int]


def _from_neighbours(
    neighbours: _Neighbours, number: int, blocks: Sequence[Block], text: str, registry: _Registry
) -> _Attribution:
    """A quotation without its own attribution: from the same paragraph, else the one before."""
    found, attributions, in_paragraph = neighbours.found, neighbours.attributions, neighbours.in_paragraph
    first = found[number].parts[0]
    block = blocks[first.block]
    position = bisect.bisect_left(in_paragraph, number)
    for other in reversed(in_paragraph[max(0, position - _NEIGHBOURS) : position]):
        if attributions[other][0] is not None:
            return attributions[other]
    earlier = _said_mentions(text, max(block.span.start, first.open_start - _SENTENCE_WINDOW), first.open_start)
    if earlier:
        mention, cue, start = earlier[-1]
        return _clean(mention), cue, Span(start, start + len(mention))
    # `"First sentence." "Second," he said.`: the next quotation's speaker, when nothing stands between
    following = number + 1
    if position + 1 < len(in_paragraph) and attributions[following][0] is not None:
        between = text[found[number].parts[-1].close_end : found[following].parts[0].open_start]
        if not between.strip():
            return attributions[following]
    if first.open_start == block.span.start:
        # a paragraph that opens with a quotation and credits no one continues the last speaker
        person = registry.last_speaker(first.open_start)
        if person is not None:
            return person.name, None, None
    return None, None, None


# How far around a quotation its sentence is looked for, and how many quotations back in its paragraph
# a speaker is looked for: bounds that keep the work per quotation constant, whatever the input.
_SENTENCE_WINDOW = 600
_NEIGHBOURS = 8


def _sentence_end(text: str, block: Block, position: int) -> int:
    end = min(block.span.end, position + _SENTENCE_WINDOW)
    found = _SENTENCE_BREAK.search(text, position, end)
    return found.start() + 1 if found is not None else end


def _sentence_start(text: str, block: Block, position: int) -> int:
    start = max(block.span.start, position - _SENTENCE_WINDOW)
    found = _SENTENCE_BREAK_BEFORE.search(text, start, position)
    return found.end() if found is not None else start


# Lower-case words that may stand in a sentence's subject: "the Russian presidential spokesman".
_SUBJECT_WORDS = (_TITLE_WORDS | _ORG_WORDS) - {"first", "former", "acting", "vice", "general", "state", "top"}


_OPENING_PHRASE = regex.compile(
    r"(?:In|On|At|After|Before|During|Meanwhile|However|Earlier|Later|Last|This|For|With|As|Since)\b[^,]{0,80},\s*"
)


def _subject(sentence: str) -> str | None:
    """The noun phrase opening a sentence: ``North Korea’s Foreign Ministry``."""
    words: list[str] = []
    opening = _OPENING_PHRASE.match(sentence)
    if opening is not None:
        sentence = sentence[opening.end() :]  # "In a reflection of the confusion, the Electoral Commission ..."
    for word in sentence.split():
        bare = _without_possessive(word.strip(",;:"))
        if (
            word[:1].isupper()
            or bare.casefold() in _SUBJECT_WORDS
            or (not words and bare.casefold() in ("the", "a", "an"))
        ):
            words.append(word.rstrip(",;:"))
            if word.endswith((",", ";", ":")):
                break
        else:
            break
    while words and words[-1].casefold() in ("the", "a", "an"):
        words.pop()
    return " ".join(words) or None


def _clean(mention: str) -> str:
    words = mention.strip().rstrip(",.;:").split(" ")
    while len(words) > 1 and words[0] in ("And", "But", "So", "Yet", "Also", "Then"):
        words.pop(0)  # "And Geremek said"
    return " ".join(words)


def _resolve(mention: str, registry: _Registry, position: int) -> _Person | None:
    """The fullest name behind a mention; an unresolved description stands for itself, a pronoun for no one."""
    person = _resolve_person(mention, registry, position)
    if person is not None:
        return person
    if mention.casefold() in _ALL_PRONOUNS:
        return None
    bare = _ARTICLES.sub("", mention)
    words = bare.split()
    if words and _without_possessive(words[-1]).casefold() in _ORG_WORDS:
        if len(words) >= 2:
            registry.add_body(words)
        # "the ministry" -> the ministry the article named in full; "the agency" -> the body that spoke last
        head = _without_possessive(words[-1]).casefold()
        if head in registry.bodies:
            return _Person(registry.bodies[head], None)
        last_body = registry.last_speaker(position, bodies=True)
        if len(words) == 1 and last_body is not None:
            return last_body
        return _Person(bare, None)
    return _Person(bare, None)


def _resolve_person(mention: str, registry: _Registry, position: int) -> _Person | None:
    words = mention.split()
    lowered = mention.casefold()
    if lowered in _PERSON_PRONOUNS or lowered in ("they", "it"):
        if lowered not in _PERSON_PRONOUNS:
            return registry.last_speaker(position, bodies=True)  # "it said": the body that spoke last
        return registry.last_person(position)  # the person who spoke or was named last
    if words[0].casefold() in ("a", "an"):
        return None  # "a Government spokesman": someone new, named by the description
    if words[0].casefold() in ("the", "its", "his", "her", "their"):
        return _resolve_description(words[1:], registry, position)
    tokens = [*words[:-1], _without_possessive(words[-1])]
    if tokens[-1].casefold() in _ORG_WORDS:
        return _Person(" ".join(tokens), None)
    person = registry.people.get(tokens[-1])
    if person is not None:
        return person
    added = registry.add_name(tokens)
    if added is not None:
        return added
    return _Person(" ".join(tokens), None) if tokens[0][:1].isupper() else None


def _resolve_description(words: Sequence[str], registry: _Registry, position: int) -> _Person | None:
    """``the Russian leader`` -> the person titled so; ``the ministry`` -> the ministry named."""
    if not words:
        return None
    head = _without_possessive(words[-1]).casefold()
    if head in _ORG_WORDS:
        return None
    if words[-1].isupper() and len(words) == 1:
        return _Person(words[-1], None)  # an acronym: "the RBI"
    wanted = _ROLE_SYNONYMS.get(head, (head,))
    titled = registry.last_titled(wanted, position)
    if titled is not None:
        return titled
    if head in _TITLE_WORDS or head in _ROLE_SYNONYMS or head in ("state",):
        return registry.last_speaker(position)
    return None


def _kind(text: str, block: Block, open_start: int) -> QuoteKind:
    """Direct when the quotation opens its sentence or follows a colon, else partial."""
    before = text[max(block.span.start, open_start - 40) : open_start].rstrip()
    if not before or before.endswith((":", ".", "!", "?", "”", '"', "»", "—", "–")):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def summarize_speakers(quotes: Sequence[Quote]) -> tuple[SpeakerSummary, ...]:
    """Group the quotes by speaker, in the order each speaker is first quoted."""
    grouped: dict[str, list[int]] = {}
    for index, quote in enumerate(quotes):
        if quote.speaker is not None:
            grouped.setdefault(quote.speaker.name, []).append(index)
    summaries = []
    for name, indices in grouped.items():
        speakers = [speaker for i in indices if (speaker := quotes[i].speaker) is not None]
        summaries.append(
            SpeakerSummary(
                name=name,
                title=next((speaker.title for speaker in speakers if speaker.title), None),
                mentions=tuple(dict.fromkeys(speaker.mention for speaker in speakers)),
                quotes=tuple(indices),
            )
        )
    return tuple(summaries)


def clear_name_caches() -> None:
    """Forget the answers cached about names and titles (for benchmarks that parse a text twice)."""
    for cached in (_title_words, _is_body_name, _body_name, _named_person):
        cached.cache_clear()
