"""Quotations and their speakers: generated stories in every mark style, and the hard cases by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirenews import Article, QuoteKind, parse_article

from invariants import check_invariants
from strategies import FIRST_NAMES, LAST_NAMES, WORDS

MARKS = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("``", "''"))
CUES = ("said", "added", "noted", "told reporters", "stressed", "explained")
TITLES = ("Foreign Minister", "Kremlin Spokesman", "Governor", "Deputy Prime Minister")
HEAD = "Talks to resume next week\n\n"


def parse(text: str) -> Article:
    article = parse_article(text)
    check_invariants(text, article)
    return article


@st.composite
def quoted_stories(draw: st.DrawFn) -> tuple[str, list[tuple[list[str], str]]]:
    """A story quoting one or two people; returns the text and [(quote parts, speaker name)]."""
    opening, closing = draw(st.sampled_from(MARKS))
    people = draw(
        st.lists(
            st.tuples(st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES)),
            min_size=1,
            max_size=2,
            unique_by=lambda person: person[1],
        )
    )
    paragraphs = []
    expected: list[tuple[list[str], str]] = []
    for first, last in people:
        title = draw(st.sampled_from(TITLES))
        paragraphs.append(f"The talks went on for hours, {title} {first} {last} told journalists.")
        for _ in range(draw(st.integers(1, 3))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=10))
            quote = " ".join(words).capitalize()
            pronoun = "she" if first.endswith("a") else "he"
            mention = draw(st.sampled_from((last, f"{first} {last}", pronoun)))
            cue = draw(st.sampled_from(CUES))
            form = draw(st.sampled_from(("after", "said-first", "colon", "split", "over-paragraphs")))
            if form == "after":
                paragraphs.append(f"{opening}{quote},{closing} {mention} {cue}.")
                expected.append(([quote + ","], f"{first} {last}"))
            elif form == "said-first" and mention != pronoun:
                paragraphs.append(f"{opening}{quote},{closing} said {mention}.")
                expected.append(([quote + ","], f"{first} {last}"))
            elif form == "colon":
                paragraphs.append(
                    f"{mention.capitalize() if mention == pronoun else mention} {cue}: {opening}{quote}.{closing}"
                )
                expected.append(([quote + "."], f"{first} {last}"))
            elif form == "split":
                more = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=8)))
                paragraphs.append(f"{opening}{quote},{closing} {mention} {cue}, {opening}{more}.{closing}")
                expected.append(([quote + ",", more + "."], f"{first} {last}"))
            else:
                more = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=8))).capitalize()
                paragraphs.append(f"{opening}{quote}.")
                paragraphs.append(f"{opening}{more},{closing} {mention} {cue}.")
                expected.append(([quote + ".", more + ","], f"{first} {last}"))
    lead = "MOSCOW, May 5. /TASS/. Officials met in the capital on Monday."
    return HEAD + "\n\n".join([lead, *paragraphs]) + "\n", expected


@given(quoted_stories())
def test_generated_quotes_and_speakers_are_recovered(story: tuple[str, list[tuple[list[str], str]]]) -> None:
    text, expected = story
    article = parse(text)
    assert [[part.text for part in quote.parts] for quote in article.quotes] == [parts for parts, _ in expected]
    assert [quote.speaker.name if quote.speaker else None for quote in article.quotes] == [name for _, name in expected]
    names = [speaker.name for speaker in article.speakers]
    assert names == list(dict.fromkeys(name for _, name in expected))
    for summary in article.speakers:
        assert all(article.quotes[i].speaker is not None for i in summary.quotes)


APOSTROPHE_WORDS = ("Russia’s", "’90s", "rock ’n’ roll", "don’t", "it's", "the Joneses'", "O’Neill’s", "'til")


@given(st.lists(st.sampled_from(APOSTROPHE_WORDS + tuple(WORDS)), min_size=1, max_size=40))
def test_apostrophes_are_never_quotation_marks(words: list[str]) -> None:
    text = HEAD + "MOSCOW, May 5. /TASS/. " + " ".join(words) + ".\n\n" + " ".join(reversed(words)) + "."
    assert parse(text).quotes == ()


LEAD = "MOSCOW, May 5. /TASS/. The talks went well, Kremlin Spokesman Dmitry Peskov told reporters.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "texts", "speaker"),
    [
        (
            "He said it was “the ‘final’ offer, and we will not change it.”",
            ["the ‘final’ offer, and we will not change it."],
            "Dmitry Peskov",
        ),
        ("``We are ready to meet,'' Peskov said.", ["We are ready to meet,"], "Dmitry Peskov"),
        # the German spelling of the surname is one letter off the English: the same person
        ("„Wir sind bereit“, sagte Peskow.", ["Wir sind bereit"], "Dmitry Peskov"),
        ("«Мы готовы к переговорам», - сказал Песков.", ["Мы готовы к переговорам"], "Песков"),
        ("Peskov said: “The date is not set.”", ["The date is not set."], "Dmitry Peskov"),
        (
            "According to the Kremlin press service, the leaders “agreed to meet again.”",
            ["agreed to meet again."],
            "Kremlin press service",
        ),
        ("“We will sign it,” the Kremlin spokesman said.", ["We will sign it,"], "Dmitry Peskov"),
        ("“We will sign it,” said a senior security official.", ["We will sign it,"], "senior security official"),
        ("The sign read “closed for the winter until spring.”", ["closed for the winter until spring."], None),
    ],
    ids=["nested-single", "old-ap", "german", "russian", "colon", "according-to", "description", "unnamed", "nobody"],
)
def test_hard_cases(paragraph: str, texts: list[str], speaker: str | None) -> None:
    article = parse(HEAD + LEAD + paragraph)
    assert [quote.text for quote in article.quotes] == texts
    assert [quote.speaker.label if quote.speaker else None for quote in article.quotes] == [speaker]


def test_title_is_kept_apart_from_the_name() -> None:
    article = parse(HEAD + LEAD + '"We will sign it," Peskov said.')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.title, speaker.mention) == ("Dmitry Peskov", "Kremlin Spokesman", "Peskov")
    assert speaker.span is not None
    assert article.quotes[0].cue == "said"


def test_names_and_scare_quotes_are_not_quotations() -> None:
    text = HEAD + LEAD + 'He criticised the so-called "reset" and the film dubbed "Heat".'
    assert parse(text).quotes == ()


# Quoted words in title case name a thing, a work or a slogan, and are no quotation (the wire prints speech as
# sentences); each row: the sentence, with the quoted words in it.
TITLE_CASE_NAMES = {
    "film-title": 'The director\'s "Once Upon a Time in Lagos," won the award on Sunday.',
    "event-name": 'Troops killed 75 people during the notorious "Caravan of Death" in 1973.',
    "geological-term": 'The archipelago sits on the "Pacific Ring of Fire," where plates meet.',
    "slogan": 'Marchers carried banners reading "Less Money on Testing, More Money on Students."',
    "book-title": 'Her memoir, "The Long Road to Kigali," was published in March.',
    "german-compound": "Der Trainer erwartet ein „Fifty-Fifty-Ding“ am Samstag.",
    "score-compound": "Er geht von einem „50/50-Kampf“ aus, sagte er.",
    "french-title": 'Le film "La Vie en Rose" a été primé.',
}


@pytest.mark.parametrize("sentence", TITLE_CASE_NAMES.values(), ids=TITLE_CASE_NAMES.keys())
def test_words_in_title_case_name_a_thing_and_are_no_quotation(sentence: str) -> None:
    assert parse(HEAD + LEAD + sentence).quotes == ()


# What people chant and what banners print are slogans, not quotations.
SLOGANS = {
    "chanted-list": "Teachers chanted, “Fund our schools,” and “Put kids first,” as they lined the entrances.",
    "chanting": 'Crowds marched chanting "down with the new tax" through the capital.',
    "placards-reading": 'Marchers carried placards reading "stop the war now" through the city.',
    "banner-that-reads": 'Under a banner that reads "the farmers will not be sacrificed," they met.',
    "campaign-slogan": 'Campaigning under the slogan "new thinking for a new age," the party won.',
    "t-shirt": 'She wore a T-shirt reading: "my health, my sport, my victory."',
}


@pytest.mark.parametrize("sentence", SLOGANS.values(), ids=SLOGANS.keys())
def test_chanted_and_printed_slogans_are_no_quotation(sentence: str) -> None:
    assert parse(HEAD + LEAD + sentence).quotes == ()


def test_a_speaker_who_signs_a_deal_still_speaks() -> None:
    article = parse(HEAD + LEAD + 'He signed the bill and said "this is a great day for all of us".')
    assert [quote.text for quote in article.quotes] == ["this is a great day for all of us"]


# ... and speech stays speech, however it is capitalised or placed.
SPEECH_NOT_NAMES = {
    "one-word-answer": ('"No," Peskov said.', "No,"),
    "lower-case-speech": ('"We will never give up on Kyiv," Peskov said.', "We will never give up on Kyiv,"),
    "capitalised-stop-inside": ('"Thank You. Really," Peskov said.', "Thank You. Really,"),
    "all-capitals-wire": ('"WE WILL SIGN IT NEXT WEEK," PESKOV SAID.', "WE WILL SIGN IT NEXT WEEK,"),
    "name-then-speech": ('"Moscow Is ready to talk with Kyiv," Peskov said.', "Moscow Is ready to talk with Kyiv,"),
}


@pytest.mark.parametrize(("sentence", "quoted"), SPEECH_NOT_NAMES.values(), ids=SPEECH_NOT_NAMES.keys())
def test_speech_in_any_case_stays_a_quotation(sentence: str, quoted: str) -> None:
    texts = [quote.text for quote in parse(HEAD + LEAD + sentence).quotes]
    assert texts == [quoted]


def test_short_quotations_are_flagged() -> None:
    article = parse(HEAD + LEAD + 'Peskov called the talks "useful" and said they were "rather long and substantial."')
    assert [(quote.text, quote.short, quote.kind) for quote in article.quotes] == [
        ("useful", True, QuoteKind.PARTIAL),
        ("rather long and substantial.", False, QuoteKind.PARTIAL),
    ]


def test_quote_records_point_into_the_text() -> None:
    text = HEAD + LEAD + '"We agreed on the terms," Peskov said, "and will sign next week."'
    article = parse(text)
    quote = article.quotes[0]
    assert article.blocks[quote.paragraph].text.startswith('"We agreed')
    assert [text[p.span.start : p.span.end] for p in quote.parts] == [
        "We agreed on the terms,",
        "and will sign next week.",
    ]
    assert quote.speaker is not None
    assert quote.speaker.span is not None
    assert text[quote.speaker.span.start : quote.speaker.span.end] == "Peskov"


def test_speakers_group_their_quotes() -> None:
    text = HEAD + LEAD + '"First point," Peskov said.\n\n"Second point," said Maria Zakharova.\n\n"Third," he added.'
    article = parse(text)
    assert [(s.name, s.quotes) for s in article.speakers] == [("Dmitry Peskov", (0,)), ("Maria Zakharova", (1, 2))]
