"""Stage 4: resolution, a mention mapped to the speaker it stands for.

- a name goes to the fullest name of its person (``Peskov`` -> ``Dmitry Peskov``), or of
  its body, an acronym to the name it stands for (``the RBI`` -> ``Reserve Bank of India``);
- ``he`` and ``she`` go to the last person the copy made the actor of a sentence (who
  spoke, or the subject), of the right gender where the article gives it; ``it`` and
  ``they`` to the last body or group;
- a description that points back (``the official``, ``the Kremlin spokesman``, ``the
  ministry``) goes to the person whose title holds its head noun, or the body named with
  it, or the description that introduced it (``a senior finance ministry official``);
  ``one said`` to one of the group just named (``Western diplomats`` -> ``Western
  diplomat``); a document (``the statement``) to the body that issued it; a new description
  (``one dealer``) stays a description;
- a place speaks only as its government (``Moscow said``): an organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

import attrs

from wirenews._lexicon import (
    AFFILIATION_ARTICLES,
    AFFILIATION_PREPOSITIONS,
    COMPANY_WORDS,
    DOCUMENT_NOUNS,
    ORGANISATION_HEADS,
    PREPOSITIONS,
    ROLE_NOUNS,
    TITLES,
    TITLES_OF_ONE,
)
from wirenews._speakers.entities import Body, EntityTable, Person, title_words
from wirenews._speakers.mentions import (
    Mention,
    MentionKind,
    is_acronym,
    is_age_noun,
    is_role_noun,
    names_a_group,
    singular,
)
from wirenews.agencies import canonical_agency
from wirenews.records import Span, Speaker, SpeakerKind

# A description's head standing for the holder of another title: ``the Russian leader`` is its president.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "leader": ("president", "prime", "premier", "leader", "chairman", "king", "chancellor"),
    "head": ("president", "prime", "head", "chairman", "chief", "director", "minister"),
    "diplomat": ("diplomat", "ambassador", "envoy", "foreign", "minister"),
    "lawmaker": ("deputy", "senator", "speaker", "duma", "lawmaker", "representative", "rep", "mp", "congressman"),
    "politician": ("deputy", "senator", "speaker", "minister", "president", "governor", "mayor"),
    "spokesman": ("spokesman", "spokesperson", "press"),
    "spokeswoman": ("spokeswoman", "spokesperson", "press"),
    "premier": ("premier", "prime"),
    "minister": ("minister", "prime"),
}


class Actor(NamedTuple):
    """Who a sentence makes its actor (the one who speaks, or its subject), resolved."""

    speaker: Speaker
    gender: str | None = None
    person_like: bool = False
    """A described source that is one person (``a currency analyst``), whom ``he`` or ``she`` may mean."""


def person_speaker(person: Person, mention: Mention) -> Speaker:
    return Speaker(
        name=person.name,
        description=None,
        kind=SpeakerKind.PERSON,
        mention=mention.text,
        title=_as_title(mention.title or person.title),
        affiliation=_named_body(mention.affiliation) or person.affiliation,
        span=Span(mention.start, mention.end),
    )


def _named_body(affiliation: str | None) -> str | None:
    """An affiliation that names its body; a body pointed to by its head noun (``the ministry``) names none."""
    return affiliation if affiliation and not affiliation.islower() else None


def _as_title(printed: str | None) -> str | None:
    """A title as printed, without the joiner its body stood after (``chairman of``).

    Words before ``and`` are another name, not a title (``Mike and Jane Roberts``, ``Steen and Hamilton``).
    """
    if not printed:
        return None
    words = printed.split()
    while words and words[-1].casefold() in _TRAILING_JOINERS:
        words.pop()
    if words and words[-1].casefold() in ("and", "&"):
        return None
    return " ".join(words) or None


# what a title's body stands after (``chairman of``, ``ministre de la``): never the title's last word
_TRAILING_JOINERS = AFFILIATION_PREPOSITIONS | AFFILIATION_ARTICLES | PREPOSITIONS


def body_speaker(name: str, mention: Mention) -> Speaker:
    return Speaker(
        name=name,
        description=None,
        kind=SpeakerKind.ORGANISATION,
        mention=mention.text,
        span=Span(mention.start, mention.end),
    )


def description_speaker(description: str, mention: Mention, affiliation: str | None = None) -> Speaker:
    return Speaker(
        name=None,
        description=description,
        kind=SpeakerKind.DESCRIPTION,
        mention=mention.text,
        affiliation=_named_body(affiliation) or _named_body(mention.affiliation),
        span=Span(mention.start, mention.end),
    )


def retold(speaker: Speaker, mention: Mention) -> Speaker:
    """A speaker found before, credited again through another mention (``he``, ``the official``)."""
    return Speaker(
        name=speaker.name,
        description=speaker.description,
        kind=speaker.kind,
        mention=mention.text,
        title=speaker.title,
        affiliation=speaker.affiliation,
        span=Span(mention.start, mention.end),
    )


@attrs.define
class Resolver:
    """Resolves the mentions of one article against its entities and the actors before them."""

    entities: EntityTable
    actors_before: Callable[[int], Iterator[Actor]]
    """The actors of the sentences before an offset, the nearest first."""
    introduced_before: Callable[[str, int], Mention | None]
    """The nearest description before an offset that introduces someone by a head noun (``a senior official``)."""
    issuer_before: Callable[[str, int], Speaker | None]
    """The body that last spoke in a document of a head noun before an offset (``said in a report``)."""

    def resolve(self, mention: Mention, position: int) -> Speaker | None:
        """The speaker ``mention`` stands for at ``position`` (where its quotation starts)."""
        kind = mention.kind
        if kind is MentionKind.PRONOUN:
            return self._pronoun(mention, position)
        if kind is MentionKind.PERSON:
            return self._person(mention, position)
        if kind is MentionKind.ORGANISATION:
            return self._organisation(mention, position)
        if kind is MentionKind.PLACE:
            return body_speaker(mention.name or mention.text, mention)  # "Moscow said": its government
        if kind is MentionKind.DESCRIPTION:
            # what a description points back to stands before it, too: in "The company said its Mid-Atlantic
            # unit ... "possible"", the company is not the unit named after it
            return self._description(mention, min(position, mention.start))
        return None

    def _person(self, mention: Mention, position: int) -> Speaker:
        words = (mention.name or mention.text).split()
        person = self.entities.person(words, position, lambda: self._people_who_acted(position))
        if person is None:
            body = self.entities.body_by_acronym(words[0]) if len(words) == 1 and is_acronym(words[0]) else None
            if body is not None:
                return body_speaker(body.name, mention)
            if len(words) == 1:
                company = self.entities.body_by_first_word(words[0])
                if company is not None:
                    return body_speaker(company.name, mention)  # "Sears said": Sears Roebuck and Co
                return person_speaker(Person((words[0],), mention.title), mention)  # a surname alone: no one to join
            person = self.entities.add_person(words, mention.start, title_words=(mention.title or "").split())
        else:
            if mention.title and not person.title:
                self.entities.give_title(person, mention.title)  # "le ministre de la Défense, Andreï Belooussov"
            if _named_body(mention.affiliation) and not person.affiliation:
                person.affiliation = mention.affiliation  # "Dana Whitlow, analyst at Harbor-Lane Capital"
        return person_speaker(person, mention)

    def _people_who_acted(self, position: int) -> Iterator[str]:
        """The names of the people who acted in the sentences before ``position``, nearest first."""
        for actor in self.actors_before(position):
            if actor.speaker.kind is SpeakerKind.PERSON and actor.speaker.name:
                yield actor.speaker.name

    def _organisation(self, mention: Mention, position: int) -> Speaker:
        name = mention.name or mention.text
        if not mention.definite and " " not in name and not is_acronym(name) and canonical_agency(name):
            person = self.entities.person([name], position)
            if person is not None:
                return person_speaker(person, mention)  # "Bloomberg said" where Michael Bloomberg speaks
        if is_acronym(name):
            body = self.entities.body_by_acronym(name)
            return body_speaker(body.name if body else name, mention)
        if mention.definite and mention.head and len(name.split()) == 1:
            body = self.entities.body_by_head(mention.head, position)
            if body is not None:
                return body_speaker(body.name, mention)
        known = self.entities.body_by_name(name)
        if known is None and " " not in name:
            known = self.entities.body_by_first_word(name)  # "Citibank said": Citibank AG
        return body_speaker(known.name if known else name, mention)

    def _pronoun(self, mention: Mention, position: int) -> Speaker | None:
        head = mention.head
        if head in ("he", "she"):
            return self._antecedent(mention, position, _person_like(mention.gender))
        if head == "they":
            return self._antecedent(mention, position, _group_like)
        if head == "it":
            return self._antecedent(mention, position, _body_like)
        return None

    def _antecedent(self, mention: Mention, position: int, fits: Callable[[Actor], bool]) -> Speaker | None:
        for actor in self.actors_before(position):
            if fits(actor):
                return retold(actor.speaker, mention)
        return None

    def _description(self, mention: Mention, position: int) -> Speaker | None:
        head = mention.head or ""
        if mention.description is None:
            return self._one_of_a_group(mention, position)
        if head in DOCUMENT_NOUNS:
            return self._document(mention, position)
        words = mention.description.split()
        if len(words) == 1 and names_a_group(words[0].casefold()) and self.entities.is_surname(words[0]):
            return self._person(mention._replace(kind=MentionKind.PERSON, name=words[0]), position)  # Christians
        if mention.affiliation and mention.affiliation.islower() and len(mention.affiliation.split()) <= 2:
            # "an official with the administration": of the body the copy named with that head noun
            body = self.entities.body_by_head(mention.affiliation.split()[-1], position)
            if body is not None:
                return description_speaker(f"{body.name} {mention.description}", mention, body.name)
            mention = mention._replace(affiliation=None)
        if mention.definite:
            return self._pointing_back(mention, position)
        return description_speaker(mention.description or mention.text, mention)

    def _one_of_a_group(self, mention: Mention, position: int) -> Speaker | None:
        """``one said``: one of the group the copy named last (``Western diplomats said ...``)."""
        for actor in self.actors_before(position):
            speaker = actor.speaker
            if speaker.kind is SpeakerKind.DESCRIPTION and speaker.description:
                words = speaker.description.split()
                one = " ".join([*words[:-1], singular(words[-1])])
                return description_speaker(one, mention, speaker.affiliation)
        return None

    def _pointing_back(self, mention: Mention, position: int) -> Speaker | None:
        """``the official``, ``the Kremlin spokesman``, ``the ministry``, ``the company``."""
        head = mention.head or ""
        description = mention.description or mention.text
        if head in ORGANISATION_HEADS or head in COMPANY_WORDS:
            body = self._body_for(mention, position)
            if body is not None:
                return body_speaker(body.name, mention)
            if not is_role_noun(head):
                # "the agency added": the body that spoke last, named otherwise
                for actor in self.actors_before(position):
                    if actor.speaker.kind is SpeakerKind.ORGANISATION:
                        return retold(actor.speaker, mention)
                return description_speaker(description, mention)
        modifiers = title_words(description)
        person = self.entities.titled(ROLE_SYNONYMS.get(head, (head,)), position, tuple(modifiers - {head}))
        introduced = self.introduced_before(head, position)
        # the nearer of the person titled so and the unnamed source introduced so: "A foreign trader said ..."
        if (
            introduced is not None
            and introduced.description is not None
            and (person is None or (named := person.last_before(position)) is None or named < introduced.start)
        ):
            return description_speaker(introduced.description, mention, introduced.affiliation)
        if person is not None:
            return person_speaker(person, mention)
        if (
            head in TITLES_OF_ONE
            or head in ROLE_SYNONYMS
            or (head in TITLES and head not in ROLE_NOUNS)
            or (is_age_noun(head) and not mention.plural)
        ):
            # "the spokesman" whom the copy has not named, "the 24-year-old": the last person who spoke or acted
            for actor in self.actors_before(position):
                if actor.speaker.kind is SpeakerKind.PERSON:
                    return retold(actor.speaker, mention)
        return description_speaker(description, mention)

    def _body_for(self, mention: Mention, position: int) -> Body | None:
        """The body ``the ministry`` or ``the company`` stands for.

        The body named with it, else the nearest body of that kind that acted before it (the story's
        company, not one it merely names), else the nearest named.
        """
        if mention.affiliation:
            named = self.entities.body_by_name(mention.affiliation)
            if named is not None:
                return named
        head = mention.head or ""
        for actor in self.actors_before(position):
            if actor.speaker.kind is SpeakerKind.ORGANISATION and actor.speaker.name:
                body = self.entities.body_by_name(actor.speaker.name)
                if body is not None and (body.head == head or (head in COMPANY_WORDS and body.company)):
                    return body
        return self.entities.body_by_head(head, position)

    def _document(self, mention: Mention, position: int) -> Speaker:
        """Words from a document go to the body that issued it: named with it, or the last body that spoke."""
        if mention.affiliation:
            words = mention.affiliation.split()
            if len(words) == 1 and is_acronym(words[0]):
                body = self.entities.body_by_acronym(words[0])
                return body_speaker(body.name if body else words[0], mention)
            if mention.affiliation.islower():
                # "a statement from the ministry": the ministry the copy named, else the ministry as printed
                named = self.entities.body_by_head(words[-1], position)
                if named is not None:
                    return body_speaker(named.name, mention)
                return description_speaker(mention.affiliation, mention._replace(affiliation=None))
            return body_speaker(mention.affiliation, mention)
        if mention.definite and mention.head:
            issuer = self.issuer_before(mention.head, position)  # "the report said": the body that spoke in it
            if issuer is not None:
                return retold(issuer, mention)
        for actor in self.actors_before(position):
            if actor.speaker.kind is SpeakerKind.ORGANISATION:
                return retold(actor.speaker, mention)
        return description_speaker(mention.description or mention.text, mention)


def _person_like(gender: str | None) -> Callable[[Actor], bool]:
    def fits(actor: Actor) -> bool:
        speaker = actor.speaker
        if speaker.kind is SpeakerKind.PERSON:
            return gender is None or actor.gender is None or actor.gender == gender
        return actor.person_like

    return fits


def _group_like(actor: Actor) -> bool:
    """Whom ``they`` may mean: a body, or a group described (``analysts``)."""
    speaker = actor.speaker
    if speaker.kind is SpeakerKind.ORGANISATION:
        return True
    description = speaker.description
    return speaker.kind is SpeakerKind.DESCRIPTION and description is not None and description != singular(description)


def _body_like(actor: Actor) -> bool:
    return actor.speaker.kind is SpeakerKind.ORGANISATION
