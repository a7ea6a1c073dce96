"""Stage 3: attribution, who each quotation is credited to, by an ordered table of strategies.

Each strategy reads one convention of wire copy; for each quotation the first that finds a
speaker wins and its name is kept on the quote (``Quote.rule``). The first strategies read
only the quotation's own sentence; the rest read its neighbours, so they run after every
quotation's own sentence has been read.

=======================  ===================================================================
``cue_after``            ``"...," Peskov said.`` / ``"...," said Liberal leader John Turner.``
``unsaid_speaker``       ``"...", añadió.`` and ``Arpaguş, "..." diye konuştu``: the cue names no one
``cue_before``           ``Peskov said: "..."``, ``He called the talks "useful"``
``according_to``         ``..., according to the ministry, "..."``
``cue_later``            ``There is "no serious dispute" ..., said Juliet Sorensen.``
``name_before``          ``During the call Putin "reasonably responded that ..."``: the subject printed before it
``same_paragraph``       a quotation credited earlier in the paragraph
``next_quote``           ``"First." "Second," he said.``
``sentence_before``      ``The ministry said on Monday ... . "..."``
``subject_before``       ``Brown took that opinion a step further. "..."``: the subject of the sentence before
``continuing_speaker``   a paragraph that opens with a quotation continues the last speaker
``sentence_subject``     ``He also criticised "dumb judges"``: the subject of the sentence
=======================  ===================================================================
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from wirenews._lexicon import (
    ACCORDING_TO,
    ADJUNCT_PREPOSITIONS,
    ADVERBS_BEFORE_CUE,
    CLAUSE_JOINERS,
    CLAUSE_OPENERS,
    CUE_AUXILIARIES,
    CUE_PHRASES,
    CUE_VERBS,
    CUE_WORDS,
    DETERMINERS,
    INVERTING_CUES,
    IRREGULAR_PARTICIPLES,
    NOUN_CUES,
    OBJECT_CONTROL_VERBS,
    OBJECT_CUES,
    PARTICIPLE_CUES,
    PREPOSITIONS,
    PUBLISHING_CUES,
    SUBJECT_ARTICLES,
    SUBJECTLESS_CUES,
    TIME_NOUNS,
    TIME_PREPOSITIONS,
)
from wirenews._patterns import word_trie
from wirenews._quotes import FoundQuote
from wirenews._speakers.entities import EntityTable
from wirenews._speakers.mentions import (
    CORPORATE,
    DEMONYM,
    HONORIFIC,
    ORG_HEAD,
    PLACE,
    ROLE,
    TITLE,
    Mention,
    MentionKind,
    PhraseReader,
    folded,
    initials_of,
    is_acronym,
    is_participle,
    is_plural,
    is_role_noun,
    word_flags,
)
from wirenews._speakers.resolve import Actor, Resolver, person_speaker
from wirenews._speakers.tokens import APOSTROPHES, Token, clause_end, sentence_starts, tokenize
from wirenews.records import Block, BlockKind, Speaker, SpeakerKind

# Blocks read as sentences (quotations stand in all but the standfirst), and for names: not photo blocks, whose
# credits name photographers, who never speak in the story.
_BODY_KINDS = (BlockKind.DATELINE_PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.STANDFIRST, BlockKind.HEADING)

# Every cue as one pattern (the standard library runs a plain word pattern fastest); a cue is read
# only outside quotations.
_CUE = re.compile(
    r"\b(?P<cue>"
    + word_trie([ACCORDING_TO, ACCORDING_TO.capitalize(), *CUE_PHRASES, *CUE_WORDS, *OBJECT_CUES, *PARTICIPLE_CUES])
    + r")\b"
)
_SPEECH_CUES = CUE_WORDS | frozenset(CUE_PHRASES)
_LEADING_MARKS = frozenset(",.—–-!?…)]")
_CLOSING_MARKS = frozenset("\"”»’'")
_HARD_STOPS = frozenset('!?;"“”«»„')
# How far from a quotation its attribution is read, in characters: bounds that keep the work per quotation
# constant whatever the input.
_AFTER_WINDOW = 150
_BEFORE_WINDOW = 150
_SENTENCE_WINDOW = 600
_NEIGHBOURS = 8
_ACTOR_SENTENCES = 30
_INTRODUCTION_REACH = 6000  # how far back "the official" looks for "an official" (a long article's length)


class Hit(NamedTuple):
    """What a strategy found: a mention to resolve, or a speaker already resolved, and the cue."""

    mention: Mention | None
    speaker: Speaker | None
    cue: str | None


class Strategy(NamedTuple):
    """One attribution convention.

    Its name is kept on the quotes it credits; ``own_sentence`` strategies read only the quotation's own
    sentence, the others its neighbours too, after every quotation's own sentence has been read.
    """

    name: str
    find: Callable[[ArticleSpeakers, int], Hit | None]
    own_sentence: bool


class Credit(NamedTuple):
    """The attribution of one quotation."""

    speaker: Speaker | None
    cue: str | None
    rule: str


@attrs.define
class ArticleSpeakers:
    """One article's text, quotations, entities and the speakers credited so far."""

    text: str
    blocks: Sequence[Block]
    found: Sequence[FoundQuote]
    entities: EntityTable
    _quote_starts: list[int]
    _quote_ends: list[int]
    _by_block: dict[int, list[int]]
    _body: list[int]
    """Indices of the body blocks, in order."""
    _dateline_end: int | None
    _sentences: dict[int, list[int]] = attrs.Factory(dict)
    _actors: dict[tuple[int, int, bool], Actor | None] = attrs.Factory(dict)
    """Each sentence's actors, worked out once: ``(start, end, False)`` who speaks, ``True`` the person named."""
    _credited: list[tuple[int, Speaker]] = attrs.Factory(list)
    _credited_actors: dict[int, Actor] = attrs.Factory(dict)
    """(where the quotation starts, its speaker), in order."""
    _own: list[Hit | None] = attrs.Factory(list)
    resolver: Resolver = attrs.field(init=False)
    _body_starts: list[int] = attrs.field(init=False)
    _depth: int = 0

    def __attrs_post_init__(self) -> None:
        self.resolver = Resolver(self.entities, self.actors_before, self.introduced_before, self.issuer_before)
        self._body_starts = [self.blocks[index].span.start for index in self._body]

    # --- reading ---

    def inside_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self._quote_starts, offset) - 1
        return index >= 0 and offset < self._quote_ends[index]

    def reader(self, start: int, end: int) -> PhraseReader:
        return PhraseReader(self.text, tokenize(self.text, start, end), self.entities.places)

    def sentence(self, block_index: int, offset: int) -> tuple[int, int]:
        """The sentence of a body block holding ``offset``: ``(start, end)``."""
        starts = self._sentence_starts(block_index)
        span = self.blocks[block_index].span
        if not starts:
            return span.start, span.end  # every start inside a quotation (one opened and never closed)
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0:
            return span.start, starts[0]  # the dateline
        end = starts[index + 1] if index + 1 < len(starts) else span.end
        return starts[index], end

    def _sentence_starts(self, block_index: int) -> list[int]:
        starts = self._sentences.get(block_index)
        if starts is None:
            span = self.blocks[block_index].span
            first = span.start
            if self._dateline_end is not None and span.start <= self._dateline_end < span.end:
                first = self._dateline_end  # the dateline is no sentence's subject
                first += len(self.text[first : span.end]) - len(self.text[first : span.end].lstrip())
            starts = [s for s in sentence_starts(self.text, first, span.end) if not self.inside_quote(s - 1)]
            self._sentences[block_index] = starts
        return starts

    def cues(self, start: int, end: int) -> Iterator[re.Match[str]]:
        """The cue words of ``text[start:end]`` outside quotations (and not read as nouns: ``EU states``)."""
        for found in _CUE.finditer(self.text, start, end):
            if not self.inside_quote(found.start()) and not self._a_noun(found):
                yield found

    def _a_noun(self, cue: re.Match[str]) -> bool:
        """A cue word that is a noun where it stands.

        After a determiner (``his remarks``), or after initials, a place or a demonym (``EU states``, ``Gulf
        states``); ``Reuters reports`` and ``Peskov states`` are verbs.
        """
        if cue.group("cue") not in NOUN_CUES:
            return False
        before = self.text[max(0, cue.start() - 30) : cue.start()].split()
        if not before:
            return False
        word = before[-1]
        if word.casefold() in DETERMINERS:
            return True
        return word[:1].isupper() and (is_acronym(word) or bool(word_flags(word) & (DEMONYM | PLACE)))

    # --- mentions beside cues ---

    def mention_after(self, offset: int, end: int, *, inverted: bool = False) -> Mention | None:
        """The mention just after a cue: ``said [Liberal leader John Turner]``, with an apposition read for its title.

        With ``inverted``, the cue is a verb and the mention its subject only when the clause ends with
        it (``said the minister.``), not when a verb follows (``said the recent rise was ...``).
        """
        reader = self.reader(offset, min(end, offset + _AFTER_WINDOW))
        mention, after = reader.phrase(0)
        if mention is None or not mention.speaks:
            return None
        if inverted and not _clause_ends(reader.tokens, after):
            return None
        return _with_apposition(mention, reader, after)

    def subject_before(self, sentence_start: int, cue_start: int) -> Mention | None:
        """The subject of a cue: the phrase ending just before it, past adverbs, times and appositions."""
        window_start = max(sentence_start, cue_start - _BEFORE_WINDOW)
        reader = self.reader(window_start, cue_start)
        tokens = reader.tokens
        last = len(tokens) - 1
        if last >= 1 and tokens[last].text in CUE_AUXILIARIES:
            last -= 1  # "le Kremlin a reconnu": the auxiliary of a compound past (lower case: "Han said" is a name)
        infinitive = last >= 1 and tokens[last].text == "to"
        if infinitive:
            last -= 1  # "prompted Foreign Minister Klaus Kinkel to say": who is to say stands before "to"
        last = _skip_adjuncts(tokens, last)
        initials = None
        if (
            last >= 3
            and tokens[last].text == ")"
            and tokens[last - 2].text == "("
            and is_acronym(tokens[last - 1].text)
        ):
            initials = tokens[last - 1].text.replace(".", "")
            last -= 3  # "the International Commission of Jurists (ICJ) said": the name before its initials
        if last >= 1 and folded(tokens[last]) in ("who", "which") and tokens[last - 1].text == ",":
            last -= 1  # "David Lomax, Group Economics Adviser ..., who described": the subject is before the comma
        apposition: tuple[int, int] | None = None
        if last >= 0 and tokens[last].text == ",":
            opening = _apposition_start(tokens, last)
            if opening is not None:
                apposition = (opening + 1, last)
                last = opening - 1
        if last < 0:
            return None
        mention = _phrase_ending_at(reader, last, object_speaks=infinitive)
        if mention is None:
            return None
        if initials is not None and (mention.name is None or initials_of(mention.name.split()) != initials):
            return None  # the initials are of a name that stands further back than the phrase read
        if apposition is not None:
            described, after = reader.phrase(apposition[0])
            if described is not None and described.kind is MentionKind.PERSON and after == apposition[1]:
                # "The OSCE's troubleshooter on Albania, Franz Vranitzky, said"
                title = mention.description if mention.kind is MentionKind.DESCRIPTION else None
                return described._replace(title=described.title or title)
            mention = _appositive(mention, described)
        return mention

    def sentence_subject(self, sentence_start: int, end: int) -> Mention | None:
        """The phrase that opens a sentence, past an opening clause (``In a statement on Monday, ...``)."""
        reader = self.reader(sentence_start, min(end, sentence_start + _BEFORE_WINDOW))
        tokens = reader.tokens
        index = 0
        if tokens and (folded(tokens[0]) in CLAUSE_OPENERS or self.opens_a_clause(tokens[0].text)):
            # "In a statement on Monday, ...", "Calling the city "a gold mine," Mike Sanford ...": the subject
            # follows the opening clause's comma (and a quotation closing there)
            comma = next((i for i, token in enumerate(tokens[:30]) if token.text == ","), None)
            if comma is None:
                return None
            index = comma + 1
            while index < len(tokens) and tokens[index].text in _CLOSING_MARKS:
                index += 1
            # "At a meeting on the strike, held at the request of Russia, Ambassador X denied ...": the opening
            # clause goes on in lower case to a further comma
            for _ in range(2):
                if index >= len(tokens) or not _continues_a_clause(tokens[index]):
                    break
                comma = next((i for i in range(index, min(len(tokens), index + 20)) if tokens[i].text == ","), None)
                if comma is None:
                    break
                index = comma + 1
        mention, after = reader.phrase(index, sentence_start=True)
        if mention is None or not mention.speaks:
            return None
        return _with_apposition(mention, reader, after)

    def opens_a_clause(self, word: str) -> bool:
        """A verb opening a sentence's first clause (``Calling``, ``Bemoaning``), not a name (``Jopling``, ``Irving``).

        The lexicon's clause openers, or any capitalised word in -ing that no one the article names bears.
        """
        if is_participle(word):
            return True
        return len(word) > 5 and word.endswith("ing") and word[1:].islower() and not self.entities.bears(word)

    def speaker_of_cue(self, cue: re.Match[str], sentence_start: int, sentence_end: int) -> Mention | None:
        """Who a cue credits: after ``according to``; the subject before a verb, else the name after it."""
        word = cue.group("cue").casefold()
        if word == ACCORDING_TO:
            return self.mention_after(cue.end(), sentence_end)
        if word in PARTICIPLE_CUES:
            return self.participle_subject(cue, sentence_start)
        if word in OBJECT_CUES:
            agent = self.passive_agent(cue, sentence_end)
            if agent is not None:
                return agent
        subject = self.subject_before(sentence_start, cue.start())
        if subject is not None and subject.speaks:
            return subject
        named = self.name_before_comma(sentence_start, cue.start())
        if named is not None:
            return named
        if word in INVERTING_CUES:
            after = self.mention_after(cue.end(), sentence_end, inverted=True)
            if after is not None and after.kind is not MentionKind.PRONOUN:
                return after
        opening = self.sentence_subject(sentence_start, cue.start())
        if opening is not None and opening.start < cue.start():
            return opening
        if word in SUBJECTLESS_CUES:
            # "Su objetivo, dijo, fue ...": the cue's subject goes unsaid; whoever spoke last
            return Mention(MentionKind.PRONOUN, cue.start(), cue.end(), cue.group("cue"), head="he", definite=True)
        return None

    def name_before_comma(self, sentence_start: int, end: int) -> Mention | None:
        """The person named just before a comma in the clause: its subject where the verb comes last.

        ``... vurgulayan Uraloğlu, şunları kaydetti``: Turkish copy (and English ``Peskov, speaking to
        reporters, said``) puts the subject before a comma, and what it says of them after.
        """
        reader = self.reader(max(sentence_start, end - _BEFORE_WINDOW), end)
        tokens = reader.tokens
        for index in range(len(tokens) - 1, 0, -1):
            if tokens[index].text != "," or not tokens[index - 1].is_capitalised:
                continue
            mention = _phrase_ending_at(reader, index - 1)
            if mention is not None and mention.kind is MentionKind.PERSON and mention.name:
                known = self.entities.person(mention.name.split(), end)
                if known is not None or " " in mention.name:
                    return mention
        return None

    def passive_agent(self, cue: re.Match[str], end: int) -> Mention | None:
        """``al-Dhari was accused by Prime Minister Nuri al-Maliki of "..."``: the agent after ``by``."""
        before = self.text[max(0, cue.start() - 12) : cue.start()].split()
        if not before or before[-1].casefold() not in ("was", "were", "been", "is", "are", "being"):
            return None
        by = self.text.find(" by ", cue.end(), min(end, cue.end() + 60))
        return self.mention_after(by + 4, end) if by >= 0 else None

    def participle_subject(self, cue: re.Match[str], sentence_start: int) -> Mention | None:
        """Who a participle's clause credits.

        The name just before it (``with spokesman Ian Ross confirming: "..."``); else the speaker of the cue
        it follows in its sentence (``Czarnikow says, suggesting that ...``); else the clause's subject.
        """
        reader = self.reader(max(sentence_start, cue.start() - _BEFORE_WINDOW), cue.start())
        tokens = reader.tokens
        with_at = next(
            (i for i in range(len(tokens) - 2, max(-1, len(tokens) - 8), -1) if folded(tokens[i]) == "with"), None
        )
        if with_at is not None:
            named, after = reader.phrase(with_at + 1)
            if (
                named is not None
                and after == len(tokens)
                and named.kind in (MentionKind.PERSON, MentionKind.ORGANISATION)
            ):
                return named  # "with spokesman Ian Ross confirming": the participle's own subject
        earlier = [  # (within reach: a sentence may run on for megabytes)
            found
            for found in self.cues(max(sentence_start, cue.start() - _BEFORE_WINDOW), cue.start())
            if found.group("cue").casefold() in _SPEECH_CUES and found.group("cue").casefold() not in PARTICIPLE_CUES
        ]
        if earlier:
            mention = self.speaker_of_cue(earlier[-1], sentence_start, cue.start())
            if mention is not None and mention.speaks:
                return mention
        return self.clause_subject(sentence_start, cue.start())

    def clause_subject(self, sentence_start: int, cue_start: int) -> Mention | None:
        """The subject of the clause a participle closes.

        After the last ``and`` or ``but`` that names someone (``Four generals took charge and Pinochet grabbed
        the first turn, saying``), else the sentence's subject.
        """
        reader = self.reader(max(sentence_start, cue_start - _BEFORE_WINDOW), cue_start)
        tokens = reader.tokens
        for index in range(len(tokens) - 2, 0, -1):
            if folded(tokens[index]) in ("and", "but") and tokens[index + 1].is_capitalised:
                mention, _ = reader.phrase(index + 1)
                if mention is not None and mention.kind in (MentionKind.PERSON, MentionKind.ORGANISATION):
                    return mention
        return self.sentence_subject(sentence_start, cue_start)

    # --- who spoke before ---

    def credit(self, offset: int, speaker: Speaker) -> None:
        self._credited.append((offset, speaker))

    def credited_before(self, offset: int) -> Iterator[tuple[int, Speaker]]:
        index = bisect.bisect_left(self._credited, offset, key=_FIRST)
        for position in range(index - 1, -1, -1):
            yield self._credited[position]

    def actors_before(self, offset: int) -> Iterator[Actor]:
        """The actors of the sentences before ``offset``, the nearest first: who spoke there, or their subjects."""
        if self._depth > 2:
            return
        block_index = self._block_at(offset)
        if block_index is None:
            return
        position = bisect.bisect_left(self._body, block_index)
        sentences = 0
        credited = self.credited_before(offset)
        pending = next(credited, None)
        for body_index in range(position, -1, -1):
            index = self._body[body_index]
            starts = self._sentence_starts(index)
            block_end = self.blocks[index].span.end
            # the sentences that start before offset, the nearest first (bisected: a paragraph may hold thousands)
            for number in range(bisect.bisect_left(starts, offset) - 1, -1, -1):
                start = starts[number]
                end = starts[number + 1] if number + 1 < len(starts) else block_end
                while pending is not None and pending[0] >= start:
                    yield self._credited_actor(pending[1])
                    pending = next(credited, None)
                yield from self._sentence_actors(start, min(end, offset))
                sentences += 1
                if sentences >= _ACTOR_SENTENCES:
                    return

    def _sentence_actors(self, start: int, end: int) -> Iterator[Actor]:
        """Who speaks in a sentence (or its subject), then, if that is no person, the first person it names."""
        primary = self._primary_actor(start, end)
        if primary is not None:
            yield primary
        if primary is None or primary.speaker.kind is not SpeakerKind.PERSON:
            # "When Patrick walked in, the women turned around": the person the sentence names
            key = (start, end, True)
            if key not in self._actors:
                person = self._first_person(start, end)
                self._actors[key] = self._actor(person, None) if person is not None else None
            named = self._actors[key]
            if named is not None:
                yield named

    def _primary_actor(self, start: int, end: int) -> Actor | None:
        key = (start, end, False)
        if key in self._actors:
            return self._actors[key]
        self._actors[key] = None  # against a pronoun reading back into its own sentence
        self._depth += 1
        try:
            mention = None
            cued = False
            for cue in self.cues(start, end):  # the first cue that credits anyone
                cued = True
                mention = self.speaker_of_cue(cue, start, end)
                if mention is not None and mention.speaks:
                    break
            if not cued:
                mention = self.sentence_subject(start, end)
                if mention is not None and not self.credible_subject(mention, start):
                    mention = None
            speaker = self.resolver.resolve(mention, start) if mention is not None else None
            actor = self._actor(speaker, mention) if speaker is not None and mention is not None else None
        finally:
            self._depth -= 1
        self._actors[key] = actor
        return actor

    def credible_subject(self, mention: Mention, position: int) -> bool:
        """Whether a sentence's opening words may be who acts in it: ``Processing costs rose`` names no one."""
        if mention.kind is not MentionKind.PERSON or not mention.name or " " in mention.name or mention.title:
            return True
        return self.entities.person([mention.name], position) is not None

    def _credited_actor(self, speaker: Speaker) -> Actor:
        """The actor a credited quotation's speaker is (worked out once per speaker)."""
        actor = self._credited_actors.get(id(speaker))
        if actor is None or actor.speaker is not speaker:
            actor = self._actor(speaker, None)
            self._credited_actors[id(speaker)] = actor
        return actor

    def _actor(self, speaker: Speaker, mention: Mention | None) -> Actor:
        gender = (mention.gender if mention is not None else None) or self._gender(speaker)
        person_like = speaker.kind is SpeakerKind.DESCRIPTION and bool(speaker.description)
        if person_like and mention is not None and mention.kind is MentionKind.DESCRIPTION:
            person_like = is_role_noun(mention.head or "") and not mention.plural
        elif person_like and speaker.description:
            words = speaker.description.split()
            person_like = any(is_role_noun(word) for word in words) and not is_plural(words[-1])
        return Actor(speaker, gender, person_like)

    def _first_person(self, start: int, end: int) -> Speaker | None:
        """The first person the article knows by name that a sentence names outside its quotations."""
        for word in _CAPITALISED_WORD.finditer(self.text, start, min(end, start + _SENTENCE_WINDOW)):
            if self.inside_quote(word.start()):
                continue
            known = self.entities.person([word.group()], start) if self.entities.is_surname(word.group()) else None
            if known is not None:
                mention = Mention(MentionKind.PERSON, word.start(), word.end(), word.group(), name=word.group())
                return person_speaker(known, mention)
        return None

    def _gender(self, speaker: Speaker) -> str | None:
        if speaker.kind is not SpeakerKind.PERSON or speaker.name is None:
            return None
        person = self.entities.person(speaker.name.split(), 0)
        return person.gender if person is not None else None

    def learn_gender(self, mention: Mention, speaker: Speaker) -> None:
        """``she said`` credited to a person tells the person's gender."""
        if mention.kind is MentionKind.PRONOUN and mention.gender and speaker.name:
            person = self.entities.person(speaker.name.split(), 0)
            if person is not None and person.gender is None:
                person.gender = mention.gender

    def introduced_before(self, head: str, offset: int) -> Mention | None:
        """The nearest description before ``offset`` that introduces someone by ``head``: ``a senior official``.

        Read where the article prints the head noun, from a determiner (``a``, ``an``, ``one``, ``another``)
        at most five words before it.
        """
        text = self.text
        reach = max(0, offset - _INTRODUCTION_REACH)
        position = text.rfind(head, reach, offset)
        while position > reach:
            before = _INTRODUCED_BY.search(text, max(0, position - 60), position)
            if before is not None and not self.inside_quote(position) and self._block_at(position) is not None:
                mention, _ = self.reader(before.start(), min(len(text), position + len(head) + 60)).phrase(0)
                if mention is not None and mention.head == head and mention.description:
                    return mention
            position = text.rfind(head, reach, position)
        return None

    def issuer_before(self, head: str, offset: int) -> Speaker | None:
        """The body that last spoke "in a" document of this head noun before ``offset``: ``the ICJ said in a report``.

        So ``the report said``, paragraphs later, is the ICJ's, whoever spoke in between.
        """
        text = self.text
        reach = max(0, offset - _INTRODUCTION_REACH)
        position = text.rfind(head, reach, offset)
        while position > reach:
            after = text[position + len(head) : position + len(head) + 1]
            if (
                not after.isalnum()
                and _SPOKEN_IN.search(text, max(0, position - 40), position) is not None
                and not self.inside_quote(position)
            ):
                block = self._block_at(position)
                if block is not None:
                    actor = self._primary_actor(*self.sentence(block, position))
                    if actor is not None and actor.speaker.kind is SpeakerKind.ORGANISATION:
                        return actor.speaker
            position = text.rfind(head, reach, position)
        return None

    def _block_at(self, offset: int) -> int | None:
        """The body block holding ``offset``, if any."""
        position = bisect.bisect_right(self._body_starts, offset) - 1
        if position < 0:
            return None
        index = self._body[position]
        return index if offset <= self.blocks[index].span.end else None

    # --- attribution ---

    def own_hit(self, number: int) -> Hit | None:
        return self._own[number]

    def attribute(self) -> list[Credit]:
        """Every quotation's speaker, cue and rule, in order: called once, as it ends the article's reading."""
        try:
            return self._attribute()
        finally:
            # The resolver calls back into this article (a reference cycle), and on a long input the
            # cycle collector is paused: let it go, so that the article's records go with the article
            # (a 20 MB input kept 42 MB of them to the end of the parse).
            del self.resolver

    def _attribute(self) -> list[Credit]:
        own_strategies = [s for s in STRATEGIES if s.own_sentence]
        context_strategies = [s for s in STRATEGIES if not s.own_sentence]
        own_rules: list[str | None] = []
        for number in range(len(self.found)):
            hit = None
            rule = None
            for strategy in own_strategies:
                hit = strategy.find(self, number)
                if hit is not None:
                    rule = strategy.name
                    break
            self._own.append(hit)
            own_rules.append(rule)
        credits: list[Credit] = []
        for number, quote in enumerate(self.found):
            position = quote.parts[0].start
            hit, rule = self._own[number], own_rules[number]
            speaker = self._speaker(hit, position) if hit is not None else None
            if speaker is None:
                for strategy in context_strategies:
                    hit = strategy.find(self, number)
                    speaker = self._speaker(hit, position) if hit is not None else None
                    if speaker is not None:
                        rule = strategy.name
                        break
            if speaker is not None and hit is not None:
                self.credit(position, speaker)
                credits.append(Credit(speaker, hit.cue, rule or "unattributed"))
            else:
                credits.append(Credit(None, None, "unattributed"))
        return credits

    def _speaker(self, hit: Hit, position: int) -> Speaker | None:
        if hit.speaker is not None:
            return hit.speaker
        if hit.mention is None:
            return None
        speaker = self.resolver.resolve(hit.mention, position)
        if speaker is not None:
            self.learn_gender(hit.mention, speaker)
        return speaker

    def quotes_in_block(self, block_index: int) -> list[int]:
        return self._by_block.get(block_index, [])

    def previous_body_block(self, block_index: int) -> int | None:
        position = bisect.bisect_left(self._body, block_index)
        return self._body[position - 1] if position > 0 else None


_CAPITALISED_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]+")
_FIRST = lambda item: item[0]  # noqa: E731 - a key for bisect, named once

# The determiner that introduces someone unnamed, at most five words before the head noun: ``a senior [official]``.
_INTRODUCED_BY = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’.\-]+\s+){0,5}\Z")
# Where a body's words are printed "in a" document: ``said in a report``, ``said in its annual report``.
_SPOKEN_IN = re.compile(r"\b(?:in|on)\s+(?:an?|its|their|the)\s+(?:[\w'’\-]+\s+){0,3}\Z")


def build(
    text: str,
    blocks: Sequence[Block],
    found: Sequence[FoundQuote],
    places: frozenset[str],
    dateline_end: int | None = None,
    captions: Sequence[tuple[int, int]] = (),
) -> ArticleSpeakers:
    """The speaker context of one article: its entities learnt from every body block."""
    entities = EntityTable(places=places)  # the lexicon's places are read by run_kind itself
    body = [index for index, block in enumerate(blocks) if block.kind in _BODY_KINDS]
    # read in the order printed (captions among the paragraphs), so that where each name stands is noted
    # in order: an entity's offsets stay sorted by appending alone (linear on a huge input)
    for start, end in heapq.merge(((blocks[index].span.start, blocks[index].span.end) for index in body), captions):
        entities.learn(text, start, end)
    ranges = sorted((part.open_start, part.close_end) for quote in found for part in quote.parts)
    by_block: dict[int, list[int]] = {}
    for number, quote in enumerate(found):
        by_block.setdefault(quote.parts[0].block, []).append(number)
    return ArticleSpeakers(
        text,
        blocks,
        found,
        entities,
        [start for start, _ in ranges],
        [end for _, end in ranges],
        by_block,
        body,
        dateline_end,
    )


# --- helpers of the phrase readers ---


_TIME_WORDS_BEFORE = TIME_PREPOSITIONS | {"the", "a"}


def _continues_a_clause(token: Token) -> bool:
    """A word after a comma that goes on with the clause before it: ``held``, ``including``, ``at`` (not ``the``)."""
    if not token.is_word or token.is_capitalised:
        return False
    low = folded(token)
    return low in PREPOSITIONS or low in IRREGULAR_PARTICIPLES or low.endswith(("ed", "ing"))


def _skip_adjuncts(tokens: Sequence[Token], index: int) -> int:
    """Back past adverbs and times standing between a subject and its cue: ``D'Alema on Monday [said]``."""
    while index >= 0:
        low = folded(tokens[index])
        if low in ADVERBS_BEFORE_CUE or (low.endswith("ly") and not tokens[index].is_capitalised and len(low) > 4):
            index -= 1
        elif low in TIME_NOUNS:
            index -= 1
            while index >= 0 and folded(tokens[index]) in _TIME_WORDS_BEFORE:
                index -= 1
        else:
            break
    return index


def _apposition_start(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma opening an apposition that closes at ``comma``: ``Joanna Cherry[,] an SNP member ...,``."""
    for index in range(comma - 1, max(-1, comma - 30), -1):
        text = tokens[index].text
        if text in _HARD_STOPS or text in (".", ":"):
            return None
        if text == "," and index > 0 and tokens[index - 1].is_word:
            return index
    return None


def _phrase_ending_at(reader: PhraseReader, last: int, *, object_speaks: bool = False) -> Mention | None:
    """The longest speaking phrase that ends at token ``last`` and stands where a subject may.

    With ``object_speaks`` (an infinitive follows), also the object of a verb that makes it who does what the
    infinitive says (``prompted X to say``).
    """
    tokens = reader.tokens
    start = last
    while start > 0 and _may_be_in_phrase(tokens[start - 1]) and last - start < 14:
        start -= 1
    joined = _joined_name_start(tokens, start)
    first = joined
    while first <= last:
        mention, after = reader.phrase(first)
        if first < start and not _holds_a_joined_body(mention):
            first = start  # "Putin and Trump said": two names; only a body's name holds "and"
            continue
        if mention is None or after != last + 1:
            first = max(after, first + 1)  # a phrase begun inside the one just read ends no further
            continue
        if not mention.speaks:
            return mention
        before = tokens[first - 1] if first > 0 else None
        if object_speaks and before is not None and folded(before) in OBJECT_CONTROL_VERBS:
            return mention  # "prompted Klaus Kinkel to say": the object is who says
        if before is not None and before.is_word and not before.is_capitalised:
            low = folded(before)
            # "at a briefing Greenspan said": a noun, its determiner before it; not a verb
            noun = first >= 2 and folded(tokens[first - 2]) in DETERMINERS
            if low in PREPOSITIONS or (low.endswith(("ing", "ed")) and low not in CLAUSE_JOINERS and not noun):
                # "in disclosing [the new agreement]": the object of a verb or preposition, not a subject
                return Mention(MentionKind.OTHER, mention.start, mention.end, mention.text)
        return mention
    return None


def _holds_a_joined_body(mention: Mention | None) -> bool:
    """A body's name holding ``and``, or a person whose employer's name holds it (``Bear Stearns and Co analyst``)."""
    if mention is None:
        return False
    if mention.kind is MentionKind.ORGANISATION:
        return True
    affiliation = mention.affiliation
    return mention.kind is MentionKind.PERSON and affiliation is not None and bool(_NAME_AND & set(affiliation.split()))


def _joined_name_start(tokens: Sequence[Token], start: int) -> int:
    """Where a body's name holding ``and`` starts, when one ends at token ``start``'s phrase.

    ``the Securities and Exchange Commission``, ``Ministry of Industry and Trade``: capitalised words on
    both sides of the joiner (``start`` itself if none stands before it).
    """
    if start < 2 or folded(tokens[start - 1]) not in _NAME_AND or not tokens[start].is_capitalised:
        return start
    joiner = start - 1
    begin = joiner
    while begin > 0 and tokens[begin - 1].is_capitalised and joiner - begin < 6:
        begin -= 1
    if begin == joiner:
        return start
    # the words before the joiner name no whole thing (``Medical Research Council and``, ``America and``,
    # ``Commissioner Ray Astin and``), and the name closes as a body's does (``Exchange Commission``, ``and Co``)
    if any(_names_a_whole(token.text) for token in tokens[begin:joiner]):
        return start
    right = start
    while right + 1 < len(tokens) and tokens[right + 1].is_capitalised:
        right += 1
    return begin if word_flags(tokens[right].text) & _CLOSES_A_BODY else start


_NAME_AND = frozenset(("and", "&"))


def _names_a_whole(word: str) -> bool:
    """A word that makes a name of what comes before ``and``: a title, place, head noun (a plural one aside)."""
    flags = word_flags(word)
    if flags & ORG_HEAD and word.endswith("s") and not flags & (_WHOLE_BEFORE_AND & ~ORG_HEAD):
        return False  # "Securities and Exchange Commission": a plural head noun names no body alone
    return bool(flags & _WHOLE_BEFORE_AND)


_WHOLE_BEFORE_AND = TITLE | ROLE | ORG_HEAD | DEMONYM | PLACE | HONORIFIC | CORPORATE
_CLOSES_A_BODY = ORG_HEAD | CORPORATE


def _may_be_in_phrase(token: Token) -> bool:
    if not token.is_word:
        return token.text in ("'", "’", "(", ")")
    low = folded(token)
    return token.is_capitalised or (low not in CLAUSE_JOINERS and low not in CUE_WORDS)


def _with_apposition(mention: Mention, reader: PhraseReader, after: int) -> Mention:
    described, _ = reader.apposition(after)
    if described is None and mention.kind is MentionKind.DESCRIPTION and mention.description:
        # "le ministre russe de la Défense, Andreï Belooussov", "the minister in charge of trade, Jane Roe":
        # the description runs on to its comma, and the name in apposition there is who it describes
        comma = _comma_closing(reader.tokens, after)
        named = reader.apposition(comma)[0] if comma is not None else None
        if comma is not None and named is not None and named.kind is MentionKind.PERSON:
            title = mention.description + reader.text[mention.end : reader.tokens[comma - 1].end]
            return named._replace(title=named.title or title)
    return _appositive(mention, described) if described is not None else mention


def _comma_closing(tokens: Sequence[Token], index: int) -> int | None:
    """The comma that closes a description's words from ``index`` on, a few words on at most."""
    for position in range(index, min(len(tokens), index + _DESCRIPTION_REACH)):
        text = tokens[position].text
        if text == ",":
            return position if position > index else None
        if not tokens[position].is_word and text not in APOSTROPHES:
            return None  # a stop, a bracket or a quotation mark: the description ended there
    return None


_DESCRIPTION_REACH = 10


def _appositive(mention: Mention, described: Mention | None) -> Mention:
    """A mention with the apposition beside it.

    A name takes its title and body from it (``Tom Murtha, analyst at James Capel``); a description with a
    name in apposition (``the Association spokesman, Abul Salam al-Kubaisi``) gives way to the name.
    """
    if described is None:
        return mention
    if mention.kind is MentionKind.PERSON and described.kind is MentionKind.DESCRIPTION:
        return mention._replace(
            title=mention.title or described.description,
            affiliation=mention.affiliation or described.affiliation,
            gender=mention.gender or described.gender,
        )
    if mention.kind is MentionKind.DESCRIPTION and described.kind is MentionKind.PERSON:
        return described._replace(title=described.title or mention.description)
    return mention


# --- the strategies ---


def _cue_after(article: ArticleSpeakers, number: int) -> Hit | None:
    text = article.text
    for part in article.found[number].parts:
        if not part.closed:
            continue
        # the attribution ends with its clause: '," Kolesov said. "The ice ...' is read as far as "said."
        window_end = clause_end(
            text, part.close_end, min(article.blocks[part.block].span.end, part.close_end + _AFTER_WINDOW)
        )
        if _CUE.search(text, part.close_end, window_end) is None:
            continue  # no cue within reach: nothing to read (the cue read below is one of these)
        reader = article.reader(part.close_end, window_end)
        tokens = reader.tokens
        index = 0
        while index < len(tokens) and tokens[index].text in _LEADING_MARKS:
            index += 1
        if index >= len(tokens) or not tokens[index].is_word:
            continue
        if index + 1 < len(tokens) and tokens[index].text in CUE_AUXILIARIES and folded(tokens[index + 1]) in CUE_WORDS:
            index += 1  # '», a déclaré le ministre': the auxiliary of a compound past
        # a quotation that ends its sentence is followed by a new one, not by its attribution, unless that is short
        ended = text[part.start : part.end].rstrip()[-1:] in (".", "!", "?")
        cue = _cue_at(text, tokens, index)
        if cue is not None:
            word, after_cue = cue
            if word in CUE_WORDS and word not in INVERTING_CUES and word not in CUE_VERBS["tr"]:
                continue  # "told Reuters": whom the words were told to
            if word.casefold() in PARTICIPLE_CUES:
                continue  # '"...," suggesting that President Mobutu ...': the name after it is what it says
            mention, after = reader.phrase(after_cue)
            if mention is None and word in INVERTING_CUES:
                # 'a rapporté sur Facebook le porte-parole du président': an adjunct before the speaker
                subject = _after_adjunct(tokens, after_cue)
                if subject is not None:
                    mention, after = reader.phrase(subject)
                    if mention is not None and not _clause_ends(tokens, after):
                        mention = None
            if mention is not None and mention.speaks:
                return Hit(_with_apposition(mention, reader, after), None, word)
            continue
        mention, after = reader.phrase(index)
        if mention is None or not mention.speaks:
            continue
        described = None
        if after < len(tokens) and tokens[after].text == ",":
            author = _author(reader, after) if mention.kind is MentionKind.DESCRIPTION else None
            described, _ = reader.apposition(after)
            after = _after_apposition(tokens, after)
            if author is not None:
                mention, described = author, None  # "the paper, written by professor Kandice Kahl, said"
        while after < len(tokens) and folded(tokens[after]) in ADVERBS_BEFORE_CUE:
            after += 1
        cue = _cue_at(text, tokens, after) if after < len(tokens) else None
        if cue is not None and (not ended or _clause_ends(tokens, cue[1])):
            if cue[0] in PUBLISHING_CUES and _cue_before(article, number) is not None:
                return None  # 'Peskov said Moscow was "ready," Interfax reported': the outlet only carried it
            return Hit(_appositive(mention, described), None, cue[0])
    return None


def _after_adjunct(tokens: Sequence[Token], index: int) -> int | None:
    """Where the speaker starts after an adjunct that follows an inverted cue: its article, a few words on.

    ``sur Facebook le porte-parole``, ``en un comunicado el ministro``, ``am Montag der Minister``.
    """
    if index >= len(tokens) or folded(tokens[index]) not in ADJUNCT_PREPOSITIONS:
        return None
    for position in range(index + 1, min(len(tokens), index + _ADJUNCT_WORDS)):
        token = tokens[position]
        if not token.is_word:
            return None  # a mark: the clause ends before a speaker
        if folded(token) in SUBJECT_ARTICLES and position > index + 1:
            return position
    return None


_ADJUNCT_WORDS = 7


def _author(reader: PhraseReader, comma: int) -> Mention | None:
    """``, written by Clemson University professor Kandice Kahl,``: who wrote the document."""
    tokens = reader.tokens
    if comma + 3 < len(tokens) and folded(tokens[comma + 1]) in _AUTHORED and folded(tokens[comma + 2]) == "by":
        mention, _ = reader.phrase(comma + 3)
        if mention is not None and mention.kind in (MentionKind.PERSON, MentionKind.ORGANISATION):
            return mention
    return None


_AUTHORED = frozenset("written signed authored prepared issued drafted compiled released published".split())
# What may follow a cue and its speaker in an attribution: its end, or an adjunct (``said on Monday``).
_TAIL = PREPOSITIONS | frozenset(
    "reporters journalists the media today yesterday tonight earlier later them him her us me".split()
)


def _clause_ends(tokens: Sequence[Token], index: int) -> bool:
    """Whether the words from ``index`` end an attribution: nothing, a mark, or an adjunct."""
    if index >= len(tokens):
        return True
    token = tokens[index]
    return not token.is_word or folded(token) in _TAIL or folded(token) in ("in", "on", "at", "told")


def _after_apposition(tokens: Sequence[Token], comma: int) -> int:
    """The token after the comma that closes an apposition opened at ``comma`` (``comma`` if none closes it)."""
    for index in range(comma + 1, min(len(tokens), comma + 30)):
        text = tokens[index].text
        if text in _HARD_STOPS or text == ".":
            return comma
        if text == ",":
            return index + 1
    return comma


def _cue_at(text: str, tokens: Sequence[Token], index: int) -> tuple[str, int] | None:
    """The cue starting at token ``index`` and the index after it."""
    low = folded(tokens[index])
    if tokens[index].is_capitalised and low not in CUE_WORDS:
        return None
    found = _CUE.match(text, tokens[index].start)
    if found is None or found.group("cue") in OBJECT_CUES or found.group("cue").casefold() == ACCORDING_TO:
        return None
    end = found.end()
    after = index
    while after < len(tokens) and tokens[after].start < end:
        after += 1
    return found.group("cue"), after


def _unsaid_speaker(article: ArticleSpeakers, number: int) -> Hit | None:
    """A cue straight after the quotation that names no one: the speaker stands before it, or spoke last."""
    quote = article.found[number]
    last = quote.parts[-1]
    if not last.closed:
        return None
    end = min(article.blocks[last.block].span.end, last.close_end + 60)
    if _CUE.search(article.text, last.close_end, end) is None:
        return None
    reader = article.reader(last.close_end, end)
    tokens = reader.tokens
    index = 0
    while index < len(tokens) and tokens[index].text in _LEADING_MARKS:
        index += 1
    cue = _cue_at(article.text, tokens, index) if index < len(tokens) else None
    if cue is None or (cue[1] < len(tokens) and tokens[cue[1]].is_word):
        return None  # the cue names its speaker, or is no cue: '" announced in October, said ...'

    first = quote.parts[0]
    start, _ = article.sentence(first.block, first.open_start)
    before = article.reader(start, first.open_start)
    if before.tokens and before.tokens[-1].text == ",":
        mention = _phrase_ending_at(before, len(before.tokens) - 2)
        if mention is not None and mention.speaks:
            return Hit(mention, None, cue[0])
    previous = next(article.credited_before(first.start), None)
    if previous is not None:
        return Hit(None, previous[1], cue[0])
    person = next((a.speaker for a in article.actors_before(first.start) if a.speaker.kind is SpeakerKind.PERSON), None)
    return Hit(None, person, cue[0]) if person is not None else None


def _cue_before(article: ArticleSpeakers, number: int) -> Hit | None:
    first = article.found[number].parts[0]
    start, _ = article.sentence(first.block, first.open_start)
    cues = list(article.cues(max(start, first.open_start - _SENTENCE_WINDOW), first.open_start))
    if not cues:
        return None
    cue = cues[-1]
    between = article.text[cue.end() : first.open_start]
    if len(between) > _BEFORE_WINDOW or any(char in _HARD_STOPS for char in between):
        return None
    mention = article.speaker_of_cue(cue, start, first.open_start)
    if mention is None or not mention.speaks:
        subject = article.sentence_subject(start, first.open_start)
        mention = subject if subject is not None and subject.start < cue.start() else None
    return Hit(mention, None, cue.group("cue")) if mention is not None else None


def _according_to(article: ArticleSpeakers, number: int) -> Hit | None:
    quote = article.found[number]
    first = quote.parts[0]
    start, end = article.sentence(first.block, first.open_start)
    if article.text.find("ccording to", start, end) < 0:
        return None
    for cue in article.cues(start, end):
        if cue.group("cue").casefold() == ACCORDING_TO:
            mention = article.mention_after(cue.end(), end)
            if mention is not None:
                return Hit(mention, None, ACCORDING_TO)
    return None


def _cue_later(article: ArticleSpeakers, number: int) -> Hit | None:
    """A partial quotation whose sentence names its speaker further on."""
    last = article.found[number].parts[-1]
    inside = article.text[last.start : last.end].rstrip()
    if not last.closed or inside.endswith((".", "!", "?")):
        return None
    _, end = article.sentence(last.block, last.close_end)
    for cue in article.cues(last.close_end, end):
        if cue.group("cue") in OBJECT_CUES:
            continue
        mention = article.speaker_of_cue(cue, last.close_end, end)
        if mention is not None and mention.speaks:
            return Hit(mention, None, cue.group("cue"))
    return None


def _name_before(article: ArticleSpeakers, number: int) -> Hit | None:
    """A known person's name just before a quotation.

    Either the quotation goes on with the sentence's verb (``Putin "reasonably responded ..."``), or a colon
    alone introduces it (``Kabayel: „Das ist die Champions League“``).
    """
    first = article.found[number].parts[0]
    start, _ = article.sentence(first.block, first.open_start)
    colon = article.text.rfind(":", max(start, first.open_start - 3), first.open_start) >= 0
    introduced = _NAME_COLON.fullmatch(article.text, start, first.open_start) if colon else None
    if introduced is not None:
        mention, after = article.reader(start, introduced.end(1)).phrase(0)
        if mention is not None and mention.kind is MentionKind.PERSON and after >= 1:
            return Hit(mention, None, None)
    inside = article.text[first.start : first.end].lstrip()
    if not inside[:1].islower():
        return None
    reader = article.reader(max(start, first.open_start - 80), first.open_start)
    tokens = reader.tokens
    if not tokens or not tokens[-1].is_capitalised or tokens[-1].end != first.open_start - 1:
        return None
    index = len(tokens) - 1
    while index > 0 and tokens[index - 1].is_capitalised:
        index -= 1
    for begin in range(index, len(tokens)):
        mention, after = reader.phrase(begin)
        if (
            mention is not None
            and mention.kind is MentionKind.PERSON
            and after == len(tokens)
            and mention.name
            and article.entities.person(mention.name.split(), first.start) is not None
        ):
            return Hit(mention, None, None)
    return None


_NAME_COLON = regex.compile(r"(\p{Lu}[\p{L}\p{M}.'’\- ]{1,40}?):\s*")


def _same_paragraph(article: ArticleSpeakers, number: int) -> Hit | None:
    first = article.found[number].parts[0]
    in_block = article.quotes_in_block(first.block)
    position = in_block.index(number)
    block_start = article.blocks[first.block].span.start
    for offset, speaker in article.credited_before(first.start):
        if offset < block_start:
            break
        if position - _NEIGHBOURS <= 0 or offset >= article.found[in_block[position - _NEIGHBOURS]].parts[0].start:
            return Hit(None, speaker, None)
    return None


def _next_quote(article: ArticleSpeakers, number: int) -> Hit | None:
    """``"First sentence." "Second," he said.``: the next quotation's speaker, when nothing stands between."""
    following = number + 1
    found = article.found
    if following >= len(found) or found[following].parts[0].block != found[number].parts[0].block:
        return None
    between = article.text[found[number].parts[-1].close_end : found[following].parts[0].open_start]
    hit = article.own_hit(following)
    if between.strip() or hit is None:
        return None
    return hit


def _sentence_before(article: ArticleSpeakers, number: int) -> Hit | None:
    first = article.found[number].parts[0]
    block_start = article.blocks[first.block].span.start
    start, _ = article.sentence(first.block, first.open_start)
    window = max(block_start, first.open_start - _SENTENCE_WINDOW)
    while start > window:
        previous_start, previous_end = article.sentence(first.block, start - 1)
        if previous_start >= start:
            break
        cue = next(article.cues(previous_start, previous_end), None)
        if cue is not None:
            mention = article.speaker_of_cue(cue, previous_start, previous_end)
            if mention is not None and mention.speaks:
                return Hit(mention, None, cue.group("cue"))
        start = previous_start
    return None


def _subject_before(article: ArticleSpeakers, number: int) -> Hit | None:
    """A quotation standing as a sentence of its own: the subject of the sentence before it in its paragraph.

    ``Brown took that opinion a step further. "I don't think ..."``: a person or a body that acts there
    (the copy's lead-in to what they say).
    """
    first = article.found[number].parts[0]
    start, _ = article.sentence(first.block, first.open_start)
    block_start = article.blocks[first.block].span.start
    if start != first.open_start or start <= block_start:
        return None
    previous_start, previous_end = article.sentence(first.block, start - 1)
    if previous_start >= start or article.inside_quote(previous_start):
        return None
    mention = article.sentence_subject(previous_start, previous_end)
    if (
        mention is None
        or mention.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.PRONOUN)
        or mention.plural
        or " and " in mention.text  # "Europeans and Americans want quick action": no one speaker
        or not article.credible_subject(mention, previous_start)
    ):
        return None
    return Hit(mention, None, None)


def _continuing_speaker(article: ArticleSpeakers, number: int) -> Hit | None:
    """A paragraph that opens with a quotation and credits no one continues the speaker before it."""
    first = article.found[number].parts[0]
    block = article.blocks[first.block]
    if first.open_start != block.span.start:
        return None
    previous = article.previous_body_block(first.block)
    credited = next(article.credited_before(first.start), None)
    if previous is not None:
        span = article.blocks[previous].span
        if credited is not None and credited[0] >= span.start:
            return Hit(None, credited[1], None)
        start, end = article.sentence(previous, span.end - 1)
        cue = next(article.cues(start, end), None)
        if cue is not None:
            mention = article.speaker_of_cue(cue, start, end)
            if mention is not None and mention.speaks:
                return Hit(mention, None, None)
    return Hit(None, credited[1], None) if credited is not None else None


def _sentence_subject(article: ArticleSpeakers, number: int) -> Hit | None:
    first = article.found[number].parts[0]
    start, end = article.sentence(first.block, first.open_start)
    if start >= first.open_start:
        return None
    # "Calling UNLV "a gold mine," Mike Sanford took over": after an opening participle's clause the subject
    # may stand past the quotation
    opens_with_clause = article.opens_a_clause(article.text[start : min(first.open_start, start + 30)].split(" ", 1)[0])
    mention = article.sentence_subject(start, end if opens_with_clause else first.open_start)
    if mention is None or mention.kind is MentionKind.PLACE or not article.credible_subject(mention, start):
        return None
    return Hit(mention, None, None)


STRATEGIES: tuple[Strategy, ...] = (
    Strategy("cue_after", _cue_after, own_sentence=True),
    Strategy("unsaid_speaker", _unsaid_speaker, own_sentence=True),
    Strategy("cue_before", _cue_before, own_sentence=True),
    Strategy("according_to", _according_to, own_sentence=True),
    Strategy("cue_later", _cue_later, own_sentence=True),
    Strategy("name_before", _name_before, own_sentence=True),
    Strategy("same_paragraph", _same_paragraph, own_sentence=False),
    Strategy("next_quote", _next_quote, own_sentence=False),
    Strategy("sentence_before", _sentence_before, own_sentence=False),
    Strategy("subject_before", _subject_before, own_sentence=False),
    Strategy("continuing_speaker", _continuing_speaker, own_sentence=False),
    Strategy("sentence_subject", _sentence_subject, own_sentence=False),
)
"""The attribution strategies in the order they are tried; the first that finds a speaker wins."""

__all__ = ["STRATEGIES", "ArticleSpeakers", "Credit", "Hit", "Strategy", "build", "person_speaker"]
