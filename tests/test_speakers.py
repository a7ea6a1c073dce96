"""Who said it: one table per convention of attribution, written for these tests in the agencies' styles.

Each case is a few paragraphs of copy and, for each quotation in order, the speaker expected: the
fullest name the story gives (a person or a body), or for an unnamed source its description.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirenews import Article, SpeakerKind, parse_article
from wirenews._speakers import STRATEGIES, attribute

from invariants import check_invariants
from strategies import SPEECH_CUES, UNNAMED_SOURCES, Source, attributed_quote, introduction, sources

HEAD = "Officials weigh new measures\n\n"
DATELINE = "GENEVA, March 3 (Reuters) - "

P = SpeakerKind.PERSON
ORG = SpeakerKind.ORGANISATION
D = SpeakerKind.DESCRIPTION


Expected = list[tuple[str | None, SpeakerKind | None]]


def parse(*paragraphs: str) -> Article:
    text = HEAD + DATELINE + "\n\n".join(paragraphs) + "\n"
    article = parse_article(text)
    check_invariants(text, article)
    return article


def credited(article: Article) -> list[tuple[str | None, SpeakerKind | None]]:
    return [
        (quote.speaker.label, quote.speaker.kind) if quote.speaker else (None, None)
        for quote in article.quotes
        if not quote.short
    ]


def check(paragraphs: tuple[str, ...], expected: Expected) -> None:
    article = parse(*paragraphs)
    assert credited(article) == expected, [(q.text, q.rule, q.speaker) for q in article.quotes]


# --- anything capitalised is not a person ----------------------------------------------------------------------------

NOT_PEOPLE = [
    pytest.param(
        (
            "Talks resumed on Monday.",
            'OTTAWA — "We are close to a deal on the border," said Finance Minister Claire Dubois.',
        ),
        [("Claire Dubois", P)],
        id="dateline-in-capitals",
    ),
    pytest.param(
        (
            "Marta Ilves met the envoy in New York.",
            '"The offer is still on the table," Ilves told reporters in New York.',
        ),
        [("Marta Ilves", P)],
        id="city-after-the-cue",
    ),
    pytest.param(
        ("Sri Lanka asked for more time.", '"We need until June to finish the review," Sri Lanka said in a statement.'),
        [("Sri Lanka", ORG)],
        id="country-speaks-as-its-government",
    ),
    pytest.param(
        ("Moscow rejected the plan.", '"This is unacceptable for us," Moscow said.'),
        [("Moscow", ORG)],
        id="capital-speaks-as-its-government",
    ),
    pytest.param(
        ('The Islamists said it was "a tactical retreat" from the town.',),
        [("Islamists", D)],
        id="a-movement-is-a-group-not-a-person",
    ),
    pytest.param(
        ('Palestinians said the raid was "an act of war" on them.',),
        [("Palestinians", D)],
        id="a-people-is-a-group-not-a-person",
    ),
    pytest.param(
        ("Friedrich Christians spoke on Monday.", '"The dollar is still too low," Christians said.'),
        [("Friedrich Christians", P)],
        id="a-surname-spelt-as-a-people-stays-a-name",
    ),
    pytest.param(
        ('"Exports rose by ten percent in March," West Germany said.',),
        [("West Germany", ORG)],
        id="a-country-of-the-archive-speaks-as-its-government",
    ),
    pytest.param(
        ('"We need more time to finish the review," Central African Republic said.',),
        [("Central African Republic", ORG)],
        id="a-country-of-two-words-speaks-as-its-government",
    ),
    pytest.param(
        (
            "Coach Ivo Marlowe was pleased.",
            '"The players showed real character tonight," said Croatian coach Ivo Marlowe.',
        ),
        [("Ivo Marlowe", P)],
        id="demonym-before-title",
    ),
    pytest.param(
        ("Selma Hendricks arrived late.", '"Nobody told us the road was closed," Hendricks Thursday said.'),
        [("Selma Hendricks", P)],
        id="weekday-glued-after-the-name",
    ),
    pytest.param(
        (
            "Pilots at Jinnah International Airport protested.",
            '"We will not fly until this is fixed," said pilot Omar Qureshi.',
        ),
        [("Omar Qureshi", P)],
        id="facility-is-no-speaker",
    ),
    pytest.param(
        ("Juan Ortega flew in.", 'When Ortega landed, he said: "The trip was worth it for the talks alone."'),
        [("Juan Ortega", P)],
        id="opener-glued-before-the-name",
    ),
    pytest.param(
        ("Runner Grace Odhiambo won again.", '"It was a hard race in the heat," Kenya\'s Odhiambo said.'),
        [("Grace Odhiambo", P)],
        id="country-possessive-before-the-name",
    ),
    pytest.param(
        (
            "The Australian side lost.",
            '"We were beaten by the better team today," said Australian captain Lachlan Reid.',
        ),
        [("Lachlan Reid", P)],
        id="demonym-adjective",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), NOT_PEOPLE)
def test_places_times_and_adjectives_are_not_people(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# --- the person, not the employer --------------------------------------------------------------------------------

EMPLOYERS = [
    pytest.param(
        ('"Volumes were thin all day," said Anil Mehta of Crestline Securities.',),
        [("Anil Mehta", P)],
        id="name-of-body",
    ),
    pytest.param(
        ('"The curve will flatten further," Dana Whitlow, analyst at Harbor-Lane Capital, said.',),
        [("Dana Whitlow", P)],
        id="name-apposition-at-body",
    ),
    pytest.param(
        ('"We see no reason to cut rates," Tokai Bank\'s Hiroshi Mori said.',),
        [("Hiroshi Mori", P)],
        id="body-possessive-name",
    ),
    pytest.param(
        ('"Demand for chips is softening," said Northgate Partners analyst Lena Fisk.',),
        [("Lena Fisk", P)],
        id="body-title-name",
    ),
    pytest.param(
        ('"The merger makes sense on paper," said Paul Okafor, chief economist with Brandt and Co.',),
        [("Paul Okafor", P)],
        id="name-apposition-with-company",
    ),
    pytest.param(
        ('"We expect a second rate rise in the summer," said Ruth Keane at Solberg Bank.',),
        [("Ruth Keane", P)],
        id="name-at-bank",
    ),
    pytest.param(
        ('"The figures speak for themselves," Merrow Steel Corp chairman Victor Lund told shareholders.',),
        [("Victor Lund", P)],
        id="company-suffix-title-name",
    ),
    pytest.param(
        ('"The rally will go on for the day," Kenji Sato of Hoshino Securities Co. Ltd. said.',),
        [("Kenji Sato", P)],
        id="name-of-body-with-dotted-suffixes",
    ),
]


def test_a_description_runs_on_to_the_name_in_apposition() -> None:
    article = parse('"Trade will grow this year," said the minister in charge of trade, Jane Roe, on Monday.')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.title) == ("Jane Roe", "minister in charge of trade")


@pytest.mark.parametrize(("paragraphs", "expected"), EMPLOYERS)
def test_the_person_is_credited_not_the_employer(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


def test_the_employer_is_kept_as_affiliation() -> None:
    article = parse('"Volumes were thin all day," said Anil Mehta of Crestline Securities.')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.affiliation) == ("Anil Mehta", "Crestline Securities")
    article = parse('"The curve will flatten further," Dana Whitlow, analyst at Harbor-Lane Capital, said.')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.title, speaker.affiliation) == ("analyst at Harbor-Lane Capital", "Harbor-Lane Capital")


# --- surnames joined to full names ---------------------------------------------------------------------------------

NAMES = [
    pytest.param(
        ("Foreign Minister Ranjit De Silva met the envoy.", '"We have no quarrel with our neighbours," De Silva said.'),
        [("Ranjit De Silva", P)],
        id="capital-particle",
    ),
    pytest.param(
        ("Coach Pieter de Wet named his squad.", '"Everyone is fit for Saturday," de Wet said.'),
        [("Pieter de Wet", P)],
        id="lower-case-particle",
    ),
    pytest.param(
        (
            "Mayor Anneke Van der Berg opened the bridge.",
            '"The city has waited ten years for this," Van der Berg said.',
        ),
        [("Anneke Van der Berg", P)],
        id="two-particles",
    ),
    pytest.param(
        ("Robert T. (Bob) Hale, the union's treasurer, spoke first.", '"The fund is in good health," Hale said.'),
        [("Robert T. (Bob) Hale", P)],
        id="initial-and-nickname",
    ),
    pytest.param(
        (
            "Senator Mary Ellen Ross-Kane filed the bill.",
            '"This closes a loophole that cost billions," Ross-Kane said.',
        ),
        [("Mary Ellen Ross-Kane", P)],
        id="hyphenated-and-two-first-names",
    ),
    pytest.param(
        (
            "Police spokesman Budi Santoso Wirawan gave the toll.",
            '"Rescue teams are still searching the river," Wirawan told Xinhua.',
        ),
        [("Budi Santoso Wirawan", P)],
        id="three-part-name",
    ),
    pytest.param(
        (
            "Maria Lopez, the mayor, and her brother Jorge Lopez, a farmer, both spoke.",
            '"The dam must be finished this year," Maria Lopez said.',
            '"We lost half the harvest," Jorge Lopez said. "Nobody has paid us anything," Lopez added.',
        ),
        [("Maria Lopez", P), ("Jorge Lopez", P), ("Jorge Lopez", P)],
        id="two-people-one-surname",
    ),
    pytest.param(
        ("Government spokesman Ali al-Dabbagh denied the report.", '"There is no such warrant," Dabbagh said.'),
        [("Ali al-Dabbagh", P)],
        id="al-prefix",
    ),
    pytest.param(
        ("Chinese President Xi Jinping arrived on Tuesday.", '"Our cooperation has broad prospects," Xi said.'),
        [("Xi Jinping", P)],
        id="surname-first",
    ),
    pytest.param(
        ("Landon H. Rowland, the company's president, made the offer.", '"We are eager to buy," Rowland said.'),
        [("Landon H. Rowland", P)],
        id="middle-initial",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), NAMES)
def test_surnames_resolve_to_the_fullest_name(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


def test_title_is_not_cut_short() -> None:
    article = parse(
        "The season opens early, head of the Federal Agency for Maritime and River Transport Artur Kolesov said.",
        '"We expect more than 90 voyages," Kolesov said.',
    )
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Artur Kolesov"
    assert speaker.title == "head of the Federal Agency for Maritime and River Transport"


# --- unnamed sources are described, not dropped --------------------------------------------------------------------

UNNAMED = [
    pytest.param(('"Nobody wants to be first back in," said one dealer.',), [("dealer", D)], id="one-dealer"),
    pytest.param(
        (
            "The Harbin Commerce Administration said it seized the goods.",
            '"They could be fined up to three times the revenue," an official with the administration said.',
        ),
        [("Harbin Commerce Administration official", D)],
        id="an-official-of-the-body-named-before",
    ),
    pytest.param(
        ('"They could be fined up to three times the revenue," an official with the ministry said.',),
        [("official", D)],
        id="an-official-of-a-body-never-named",
    ),
    pytest.param(
        ('"The package will pass," a senior finance ministry official said.',),
        [("senior finance ministry official", D)],
        id="senior-official",
    ),
    pytest.param(
        ('"Prices will stay high through the winter," analysts said.',), [("analysts", D)], id="plural-analysts"
    ),
    pytest.param(
        ('"It was just sit and wait today," commented one sterling market source.',),
        [("sterling market source", D)],
        id="market-source",
    ),
    pytest.param(
        ('"They asked for the maximum," said one banking source, reacting to the reports.',),
        [("banking source", D)],
        id="banking-source",
    ),
    pytest.param(
        ('"A solution is expected to emerge," a senior Turkish security official told Reuters.',),
        [("senior Turkish security official", D)],
        id="told-the-agency",
    ),
    pytest.param(
        (
            "A Washington-based lawyer said few cases reach trial.",
            '"The new rules are a whole new kettle of fish," said the lawyer.',
        ),
        [("Washington-based lawyer", D)],
        id="the-lawyer-points-back",
    ),
    pytest.param(
        (
            "Western diplomats said the concession was limited.",
            '"This is a small price to pay," one said.',
            'He noted the campaign was "clearly aimed at those who do the shopping," he said.',
        ),
        [("Western diplomat", D), ("Western diplomat", D)],
        id="one-of-a-group",
    ),
    pytest.param(
        ('"Morale is at rock bottom," said one official with the ministry, who asked not to be named.',),
        [("official", D)],
        id="official-with-unnamed-body",
    ),
    pytest.param(
        ('"The two months are best viewed together," said analysts at Briefing.com.',),
        [("analysts at Briefing.com", D)],
        id="analysts-at-named-body",
    ),
    # a capitalised modifier before the head noun names the body, not a person
    pytest.param(
        ('"The talks are stuck," a senior U.S. official said.',), [("senior U.S. official", D)], id="us-official"
    ),
    pytest.param(
        ('"The talks are stuck," said a senior EU diplomat.',), [("senior EU diplomat", D)], id="eu-diplomat-after"
    ),
    pytest.param(
        ('"We are seriously considering legal action," a senior Citibank employee told Reuters.',),
        [("senior Citibank employee", D)],
        id="company-employee",
    ),
]


def test_a_capitalised_modifier_of_a_description_is_its_affiliation() -> None:
    (quote,) = parse('"I hope it will be a yellow light," a senior IMF official said.').quotes
    assert quote.speaker is not None
    assert (quote.speaker.description, quote.speaker.affiliation) == ("senior IMF official", "IMF")


def test_a_capitalised_word_before_a_document_still_names_it() -> None:
    # "the 11th Five-Year plan": the capitalised words are the plan's name, not a body it speaks for
    article = parse(
        "The 11th Five-Year plan on the national food industry was published by the National Development "
        "and Reform Commission.",
        '"Some enterprises use illegal additives," according to the plan.',
    )
    assert all(q.speaker is None or q.speaker.label != "Five-Year" for q in article.quotes)


@pytest.mark.parametrize(("paragraphs", "expected"), UNNAMED)
def test_unnamed_sources_are_descriptions(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


DOCUMENTS = [
    # a document goes to its issuer: named after "from" or "by", or a body the copy points to
    pytest.param(
        ('"Growth will slow to 2 percent," said a report by the World Bank.',),
        [("World Bank", ORG)],
        id="report-by-a-named-body",
    ),
    pytest.param(
        ('"The operation was a success," said a statement by the Iranian High Command, which gave no figures.',),
        [("Iranian High Command", ORG)],
        id="issuer-name-ends-before-the-clause",
    ),
    pytest.param(
        ('"The reshuffle takes effect today," said a statement from the presidency.',),
        [("presidency", D)],
        id="statement-from-an-unnamed-body",
    ),
    pytest.param(
        (
            "The Foreign Ministry summoned the ambassador.",
            '"The remarks are unacceptable," said a statement from the ministry.',
        ),
        [("Foreign Ministry", ORG)],
        id="statement-from-the-body-named-before",
    ),
    pytest.param(
        (
            "The Justice Department said in a statement that it would appeal.",
            '"The ruling ignores decades of precedent," the statement said.',
        ),
        [("Justice Department", ORG)],
        id="statement-of-the-body-that-spoke",
    ),
    pytest.param(
        ('"Growth will slow to 2 percent," said the IMF report.',),
        [("IMF", ORG)],
        id="body-named-with-the-document",
    ),
    pytest.param(
        (
            "The Heritage Foundation published a paper on farm options.",
            '"Washington no longer needs to restrict prices," the paper, written by professor Karen Mall, said.',
        ),
        [("Karen Mall", P)],
        id="document-with-its-author",
    ),
    pytest.param(
        (
            "The Asian Development Bank (ADB) cut its forecast.",
            '"Risks remain tilted to the downside," the ADB said.',
        ),
        [("Asian Development Bank", ORG)],
        id="acronym-to-the-name",
    ),
    pytest.param(
        (
            "The Interior Ministry announced new checks.",
            '"Border posts will be reinforced from Friday," the ministry said.',
        ),
        [("Interior Ministry", ORG)],
        id="the-ministry",
    ),
]


BODIES_AND_AND = [
    pytest.param(
        ('"We see no reason to sell," said Kellner Lynch and Co Inc in a statement.',),
        [("Kellner Lynch and Co Inc", ORG)],
        id="and-inside-a-company-name",
    ),
    pytest.param(
        (
            "Treasury Secretary Paula Brandt and Federal Reserve Board chairman Ivo Lamm met on Friday.",
            '"The dollar has fallen far enough," Brandt said.',
        ),
        [("Paula Brandt", P)],
        id="and-between-a-person-and-a-body",
    ),
    pytest.param(
        ("Dorn Roebuck and Co raised its forecast.", '"Holiday sales were strong," Dorn said.'),
        [("Dorn Roebuck and Co", ORG)],
        id="company-by-its-first-word",
    ),
    # the subject before its cue: a body's name read back through its "and"
    pytest.param(
        ('The Securities and Exchange Commission said it had opened "a formal inquiry."',),
        [("Securities and Exchange Commission", ORG)],
        id="and-inside-a-body-before-its-cue",
    ),
    pytest.param(
        ('Kellner Lynch and Co Inc said the offer was "far too low."',),
        [("Kellner Lynch and Co Inc", ORG)],
        id="and-inside-a-company-before-its-cue",
    ),
    pytest.param(
        ('The Sugar and Cocoa Exchange said trading was "very thin this week."',),
        [("Sugar and Cocoa Exchange", ORG)],
        id="and-inside-an-exchange-before-its-cue",
    ),
    pytest.param(
        ('The Medical Research Council and Actuarial Society said life expectancy was "falling fast again."',),
        [("Actuarial Society", ORG)],
        id="and-between-two-bodies",
    ),
    pytest.param(
        ('Deputy Minister Ray Astin and Chairman Lee Wu said the plan was "sound and fair."',),
        [("Lee Wu", P)],
        id="and-between-two-titled-people",
    ),
    pytest.param(
        ('Canada and Hollis Mining Corp said the deal was "good for both sides."',),
        [("Hollis Mining Corp", ORG)],
        id="and-between-a-place-and-a-company",
    ),
]


# --- a lawmaker by state and party; an agency or a bank by its name ---------------------------------------------------

PARTY_AND_AGENCY = [
    pytest.param(
        (
            "Rep. Cardiss Collins of Illinois criticised the airline.",
            '"It strikes me as odd," said the Illinois Democrat.',
        ),
        [("Cardiss Collins", P)],
        id="state-and-party-for-the-lawmaker-named",
    ),
    pytest.param(
        ("Sen. Pete Domenici backed the fee.", '"The fee will create jobs," the New Mexico Republican said.'),
        [("Pete Domenici", P)],
        id="two-word-state-and-party",
    ),
    pytest.param(
        ('Democrat John Kerry called the remarks "bitter and insulting."',),
        [("John Kerry", P)],
        id="party-as-a-title",
    ),
    pytest.param(
        ('One Democrat said the bill was "dead on arrival."',),
        [("Democrat", D)],
        id="an-unnamed-party-member",
    ),
    pytest.param(
        ('"Rates will stay where they are for now," the Bundesbank said.',),
        [("Bundesbank", ORG)],
        id="a-bank-by-its-one-word-name",
    ),
    pytest.param(
        ("Kellerbank AG raised its forecast.", '"Markets should be aware of the risks," Kellerbank said.'),
        [("Kellerbank AG", ORG)],
        id="a-bank-by-its-first-word",
    ),
    pytest.param(
        ('Tass said the test was "a grave provocation by them."',),
        [("Tass", ORG)],
        id="an-agency-by-its-name",
    ),
    pytest.param(
        ("Michael Bloomberg spoke on Monday.", '"We will rebuild the city," Bloomberg said.'),
        [("Michael Bloomberg", P)],
        id="an-agency-name-that-is-the-surname-of-someone-named",
    ),
]


TITLES_AS_PRINTED = [
    pytest.param(
        ("Mike and Jane Roberts run the farm.", '"We are ready for the harvest," she said.'),
        ("Jane Roberts", None),
        id="a-first-name-joined-by-and-is-no-title",
    ),
    pytest.param(
        ('"Exports must rise this year," the chairman of Plains Wheat Associates said.',),
        ("chairman of Plains Wheat Associates", None),
        id="a-firm-of-associates-is-a-body-not-a-person",
    ),
    pytest.param(
        ('"Exports must rise this year," said Jane Roberts, the chairman of the board.',),
        ("Jane Roberts", "chairman"),
        id="a-title-with-its-body",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TITLES_AS_PRINTED)
def test_a_title_is_a_title_as_printed(paragraphs: tuple[str, ...], expected: tuple[str, str | None]) -> None:
    speaker = parse(*paragraphs).quotes[0].speaker
    assert speaker is not None
    assert (speaker.label, speaker.title) == expected
    assert speaker.title is None or speaker.title.split()[-1] not in ("of", "for", "the", "and", "&")


@pytest.mark.parametrize(("paragraphs", "expected"), PARTY_AND_AGENCY)
def test_party_labels_and_agencies(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# The subject before a cue is no verb's object: a word in -ing or -ed before it is a verb ("in disclosing the
# agreement said" names no speaker) unless its determiner makes it a noun or an adjective.
SUBJECT_AFTER_A_NOUN = [
    pytest.param(
        (
            "Alan Greer was nominated.",
            'At a briefing Greer said "there certainly is evidence" that it had bottomed out.',
        ),
        [("Alan Greer", P)],
        id="a-noun-in-ing-before-the-subject",
    ),
    pytest.param(
        ('In disclosing the agreement the ministry said "there is no deal yet" on prices.',),
        [("ministry", D)],
        id="a-verb-in-ing-before-its-object",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SUBJECT_AFTER_A_NOUN)
def test_the_subject_after_a_noun_in_ing(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(("paragraphs", "expected"), BODIES_AND_AND)
def test_and_joins_a_body_and_parts_two_names(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# Bodies whose names read as a person's, a first name and a surname: the Red Cross, the Red Crescent and
# their national societies are bodies, by their fullest name, their initials included.
BODIES_NAMED_LIKE_PEOPLE = [
    pytest.param(
        ('"The roads are cut," the Philippine Red Cross said.',), [("Philippine Red Cross", ORG)], id="society"
    ),
    pytest.param(('"Supplies are short," said the Red Crescent.',), [("Red Crescent", ORG)], id="crescent"),
    pytest.param(
        (
            "Floods hit the coast, according to the International Red Cross.",
            'In its report the IRC said the floods "aggravate poverty in every province".',
        ),
        [("International Red Cross", ORG)],
        id="initials-of-the-body",
    ),
    pytest.param(
        ("Senator Richard Gordon, who heads the Kenya Red Cross, spoke.", '"We need more boats," Gordon said.'),
        [("Richard Gordon", P)],
        id="the-head-of-a-society-is-a-person",
    ),
    pytest.param(('"The album is done," singer Christopher Cross said.',), [("Christopher Cross", P)], id="a-surname"),
]


@pytest.mark.parametrize(("paragraphs", "expected"), BODIES_NAMED_LIKE_PEOPLE)
def test_bodies_named_like_people(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# A body's name runs on after "of" and "for" while its words are capitalised; a title (Chief of Staff), a
# possessive or a day ends it. Its initials in brackets may stand between it and its cue.
BODY_NAMES_THAT_RUN_ON = [
    pytest.param(
        ('"Nothing has changed," the International Commission of Jurists said.',),
        [("International Commission of Jurists", ORG)],
        id="of-a-plural",
    ),
    pytest.param(
        ('"The vote was fair," said the Committee for Human Rights in North Korea.',),
        [("Committee for Human Rights in North Korea", ORG)],
        id="for-and-in",
    ),
    pytest.param(
        ('"Talks will go on," the Council of the European Union said.',),
        [("Council of the European Union", ORG)],
        id="article-inside",
    ),
    pytest.param(
        ('"The bill passed," the House of Representatives on Thursday said.',),
        [("House of Representatives", ORG)],
        id="a-day-ends-it",
    ),
    pytest.param(
        ('"Rates will hold," the Bank of England said.',),
        [("Bank of England", ORG)],
        id="of-a-place",
    ),
    pytest.param(
        ('"The talks went well," White House Chief of Staff Howard Baker said.',),
        [("Howard Baker", P)],
        id="a-title-goes-on",
    ),
    pytest.param(
        ('The curbs are illegal, the International Commission of Jurists (ICJ) said "in every respect".',),
        [("International Commission of Jurists", ORG)],
        id="initials-before-the-cue",
    ),
    pytest.param(
        (
            "The curbs are illegal, the International Commission of Jurists (ICJ) said in a report on Monday.",
            'ICJ secretary-general Nicholas Howen said it "offers legal cover for abuse".',
            '"Many provisions open the door to abuse," the report said.',
        ),
        [("Nicholas Howen", P), ("International Commission of Jurists", ORG)],
        id="the-report-is-its-issuers",
    ),
]


# A title goes on after "of" to what it is of, then the name: the name is the speaker, the rest the title.
TITLES_OF_A_DEPARTMENT = {
    "secretary-of-state": ("Secretary of State Mike Pompeo", "Mike Pompeo", "Secretary of State"),
    "minister-of-state": ("Minister of State Hans Tietmeyer", "Hans Tietmeyer", "Minister of State"),
    "with-a-country": ("U.S. Secretary of State James Baker", "James Baker", "U.S. Secretary of State"),
    "chief-of-staff": ("White House Chief of Staff Howard Baker", "Howard Baker", "White House Chief of Staff"),
    "two-words": ("Minister of Foreign Affairs Sergei Lavrov", "Sergei Lavrov", "Minister of Foreign Affairs"),
    "defence-staff": ("Chief of Defence Staff Nick Carter", "Nick Carter", "Chief of Defence Staff"),
    "vice-minister": ("Vice Minister of Health Jiang Zuojun", "Jiang Zuojun", "Vice Minister of Health"),
}


@pytest.mark.parametrize(
    ("printed", "name", "title"), TITLES_OF_A_DEPARTMENT.values(), ids=TITLES_OF_A_DEPARTMENT.keys()
)
def test_a_title_runs_on_after_of_to_the_name(printed: str, name: str, title: str) -> None:
    article = parse(f'"We are not happy with the result," {printed} said.', '"We will go on," he said.')
    speakers = [quote.speaker for quote in article.quotes]
    assert [(s.name, s.title, s.affiliation, s.kind) if s else None for s in speakers] == [(name, title, None, P)] * 2


@pytest.mark.parametrize(
    ("printed", "name", "title"), TITLES_OF_A_DEPARTMENT.values(), ids=TITLES_OF_A_DEPARTMENT.keys()
)
def test_a_title_that_runs_on_is_the_persons_when_named_by_surname(printed: str, name: str, title: str) -> None:
    article = parse(f"{printed} met the envoy on Monday.", f'"We will go on," {name.rsplit(maxsplit=1)[-1]} said.')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.title) == (name, title)


# A time adverbial before the subject is no part of its name; a month with no preposition before it may be one.
TIME_BEFORE_THE_SUBJECT = [
    pytest.param(
        ('In January Secretary of State Mike Pompeo told the committee there would be "no more arms sales".',),
        [("Mike Pompeo", P)],
        id="in-month",
    ),
    pytest.param(
        ('On Monday Finance Minister Claire Dubois said the budget was "balanced at last".',),
        [("Claire Dubois", P)],
        id="on-weekday",
    ),
    pytest.param(
        ('Since March Mayor Lena Fisk has called the plan "a disgrace to the city".',),
        [("Lena Fisk", P)],
        id="since-month",
    ),
    pytest.param(
        ('"We are ready for the vote," April Ryan said.',),
        [("April Ryan", P)],
        id="a-month-as-a-first-name",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TIME_BEFORE_THE_SUBJECT)
def test_a_time_before_the_subject_is_not_its_name(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# The capitalised words before a lower-case role are the body the speaker works for, as printed; titles,
# demonyms and a body's generic words are not.
EMPLOYERS_BEFORE_THE_ROLE = {
    "company-and-co": ("Bear Stearns and Co analyst Monroe Green", "Bear Stearns and Co"),
    "with-a-particle": ("Barclays de Zoete Wedd economist Mark Brett", "Barclays de Zoete Wedd"),
    "in-brackets": ("Jardine Fleming (Securities) Ltd analyst Nick Edwards", "Jardine Fleming (Securities) Ltd"),
    "a-field-before-the-role": ("Smith Barney livestock analyst Tom Hare", "Smith Barney"),
    "based-is-no-name": ("Beaubien Inc Toronto-based bank analyst Donna Pulcine", "Beaubien Inc"),
    "a-title-is-none": ("Chief executive William James", None),
    "a-demonym-is-none": ("Australian coach Barry Dancer", None),
    "generic-words-are-none": ("Central bank governor Jose Fernandez", None),
    "a-title-that-runs-on-is-none": ("Deputy Secretary of State John Whitehead", None),
}


@pytest.mark.parametrize(
    ("printed", "affiliation"), EMPLOYERS_BEFORE_THE_ROLE.values(), ids=EMPLOYERS_BEFORE_THE_ROLE.keys()
)
def test_the_body_before_a_role_is_the_affiliation(printed: str, affiliation: str | None) -> None:
    article = parse(f'{printed} said: "The market will turn by the summer."')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.affiliation) == (" ".join(printed.split()[-2:]), affiliation)


# "the Treasury Secretary" is the person whose title holds most of its words, not the last one titled "Secretary".
DESCRIPTIONS_BY_THEIR_WORDS = [
    pytest.param(
        (
            "Treasury Secretary James Baker met Deputy Secretary of State John Whitehead on Monday.",
            '"Debt relief would be a defeat," the Treasury Secretary said.',
        ),
        [("James Baker", P)],
        id="treasury-secretary",
    ),
    pytest.param(
        (
            "Palestinian President Yasser Arafat flew to Cairo on Sunday.",
            '"We must save the process," Arafat told reporters before talks with Egyptian President Hosni Mubarak.',
            'The Palestinian president said he would discuss "ways of saving the talks" with him.',
        ),
        [("Yasser Arafat", P), ("Yasser Arafat", P)],
        id="palestinian-president",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), DESCRIPTIONS_BY_THEIR_WORDS)
def test_a_description_goes_to_the_title_holding_its_words(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


def test_a_spokesman_for_a_titled_person_is_not_their_title() -> None:
    article = parse(
        "Talks will go on, a spokesman for Prime Minister Tony Blair said on Friday.",
        '"We are hopeful of a deal," Blair told reporters.',
    )
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.title) == ("Tony Blair", "Prime Minister")


def test_a_facility_before_a_name_is_no_part_of_it() -> None:
    article = parse('"Offenders must be punished," deputy speaker of Presidential Palace Siamak Herawi told Xinhua.')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.title) == ("Siamak Herawi", "deputy speaker of Presidential Palace")


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("First City Bancorp", "First City Bancorp"),
        ("Hawkeye Bancorp", "Hawkeye"),
        ("Bayerische Vereinsbank", "the bank"),
    ],
)
def test_a_bank_holding_company_is_a_body(name: str, again: str) -> None:
    check((f"{name} reported a loss for the year.", f'"We will meet our obligations," {again} said.'), [(name, ORG)])


def test_a_title_of_a_body_with_no_name_after_it_stays_a_description() -> None:
    article = parse('"Rates will hold," the Minister of Finance said.')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (None, D)


@pytest.mark.parametrize(("paragraphs", "expected"), BODY_NAMES_THAT_RUN_ON)
def test_a_bodys_name_runs_on_after_of_and_for(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


def test_a_person_keeps_the_body_named_with_them() -> None:
    article = parse("Prices held steady, said Anil Mehta of Crestline Securities.", '"Volumes were thin," Mehta said.')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.affiliation) == ("Anil Mehta", "Crestline Securities")


@pytest.mark.parametrize(("paragraphs", "expected"), DOCUMENTS)
def test_documents_and_bodies(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# --- the copy's other ways of naming a speaker -------------------------------------------------------------------

# A title in lower case goes on after "of" to its field and then the name; a modifier in -ing before a title
# is no verb.
TITLES_WITH_A_FIELD = [
    pytest.param(
        ('"The index fell," Westpac Banking Corp\'s global head of economics Bill Evans said.',),
        [("Bill Evans", P)],
        id="head-of-a-field",
    ),
    pytest.param(
        ('"The president will decide," said White House chief of staff Howard Baker.',),
        [("Howard Baker", P)],
        id="chief-of-staff-in-lower-case",
    ),
    pytest.param(
        ('"Rates will hold for now," said head of research Jane Roe at Citi.',),
        [("Jane Roe", P)],
        id="field-then-name-then-employer",
    ),
    pytest.param(
        ('"We are closing two mills," Teck vice-president of administration John Guminski said.',),
        [("John Guminski", P)],
        id="a-body-word-as-the-field",
    ),
    pytest.param(
        ('"A better answer would be change," visiting Chairman of General Motors Roger Smith said.',),
        [("Roger Smith", P)],
        id="visiting-before-a-title",
    ),
    pytest.param(
        ('"We leave a stronger country," outgoing President Carla Mendes said.',),
        [("Carla Mendes", P)],
        id="outgoing-before-a-title",
    ),
    pytest.param(
        ('"The talks went well," the head of the delegation said.',),
        [("head", D)],
        id="no-name-after-the-field",
    ),
    pytest.param(
        ('"The comments are unacceptable," said Britain\'s Minister for Europe Douglas Alexander.',),
        [("Douglas Alexander", P)],
        id="minister-for",
    ),
    pytest.param(
        ("Minister for Trade Negotiations Michael Duffy flew in.", '"The group is being heard," Duffy said.'),
        [("Michael Duffy", P)],
        id="an-abstract-noun-ends-the-title",
    ),
]


TITLES_WITH_A_FIELD += [
    pytest.param(
        ('"China opposes the move," said the spokesman of the Foreign Ministry Hua Chunying.',),
        [("Hua Chunying", P)],
        id="title-of-a-body-then-the-name",
    ),
    pytest.param(
        ('"We are ready," the chairman of Acme Corp John T. Smith told reporters.',),
        [("John T. Smith", P)],
        id="name-with-an-initial-after-the-body",
    ),
    pytest.param(
        ('"Rates will hold," said the Tokyo branch manager of Credit Suisse Paul Hofer.',),
        [("Paul Hofer", P)],
        id="a-bodys-name-of-two-words",
        marks=pytest.mark.xfail(
            strict=True, reason="the body's name runs into the name: nothing tells 'Suisse' from a first name"
        ),
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TITLES_WITH_A_FIELD)
def test_a_title_with_its_field_then_the_name(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# Who is to say stands before "to" when the verb before it makes its object say it; else it is the subject's.
INFINITIVES = [
    pytest.param(
        ('The lack of progress prompted Foreign Minister Klaus Kinkel to say there were "plenty of problems left."',),
        [("Klaus Kinkel", P)],
        id="prompted-to-say",
    ),
    pytest.param(
        (
            "President Donald Trump spoke on Friday.",
            'He used his Truth Social platform to criticise "the dumb judges and justices of the court."',
        ),
        [("Donald Trump", P)],
        id="used-to-criticise",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), INFINITIVES)
def test_who_is_to_say(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize("verb", ["shouted", "yelled", "screamed", "whispered"])
def test_the_speaker_after_a_cry(verb: str) -> None:
    check((f'"Give back my husband," {verb} Bout Varun, the widow of a journalist.',), [("Bout Varun", P)])


@pytest.mark.parametrize("name", ["Entertainment Publications", "Pathway Communications", "Physio Technology"])
def test_a_name_ending_in_an_abstract_noun_is_a_body(name: str) -> None:
    check((f'"The units were not likely to meet our goals," {name} said.',), [(name, ORG)])


# A participle's clause credits its own subject after "with", else the speaker of the cue it follows; after a
# quotation it is never a cue that the name after it answers.
PARTICIPLES = [
    pytest.param(
        ('Everton made it official, with spokesman Ian Ross confirming: "We will make a formal complaint."',),
        [("Ian Ross", P)],
        id="with-x-confirming",
    ),
    pytest.param(
        (
            "The tenders should respond to demand, broker Ann Keller says, suggesting the Commission cut "
            '"the unnecessary bureaucracy of the system".',
        ),
        [("Ann Keller", P)],
        id="the-cue-before-it",
    ),
    pytest.param(
        (
            'Deputy Minister Aziz Pahad said that such rule was "no longer possible in the country," suggesting '
            "that President Mobutu Sese Seko stand down.",
        ),
        [("Aziz Pahad", P)],
        id="a-name-after-it-is-what-it-says",
    ),
]


def test_an_unnamed_sources_employer_without_possessive_or_compass_point() -> None:
    article = parse('"I was pleased with the way it was handled," Blackburn\'s South African forward said.')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.kind, speaker.affiliation) == (D, "Blackburn")


def test_what_a_body_expressed_is_its_own() -> None:
    check(
        (
            "In a statement, five UN experts expressed regret over the refusal.",
            '"We deeply regret that the government did not accept our terms."',
        ),
        [("experts", D)],
    )


@pytest.mark.parametrize(("paragraphs", "expected"), PARTICIPLES)
def test_who_a_participle_credits(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# "EU states" is a noun, not the cue nearest the quotation; an opening clause may go on past a second comma.
CUES_AND_CLAUSES = [
    pytest.param(
        (
            "Kaja Kallas, the EU's foreign policy chief, said diplomats from EU states will meet to "
            '"discuss how to raise the pressure."',
        ),
        [("Kaja Kallas", P)],
        id="eu-states-is-a-noun",
    ),
    pytest.param(
        ('Interfax reports that "the talks will go on next week in Minsk."',),
        [("Interfax", ORG)],
        id="reports-after-a-name-is-a-verb",
    ),
    pytest.param(
        (
            "At an emergency meeting on the strike, held at the request of Russia, Ambassador Andrii Melnyk "
            'called the charges a "pure propaganda show."',
        ),
        [("Andrii Melnyk", P)],
        id="opening-clause-past-a-second-comma",
    ),
    pytest.param(
        ('In Moscow, officials called the plan "a dangerous step for the whole region."',),
        [("officials", D)],
        id="a-subject-after-the-first-comma",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CUES_AND_CLAUSES)
def test_noun_cues_and_opening_clauses(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# A body's initials in brackets end its name: the name after them is a person's (a nickname is mixed case).
def test_initials_in_brackets_end_a_bodys_name() -> None:
    check(
        (
            "Iran's envoy to the International Atomic Energy Agency (IAEA) Ali Asghar Soltanieh spoke in Vienna.",
            '"Iran is not a small island," Soltanieh said.',
        ),
        [("Ali Asghar Soltanieh", P)],
    )
    check(('"We will appeal," Robert T. (Bob) Hale said.',), [("Robert T. (Bob) Hale", P)])


# A weekday, or a month before a person's name, opening a run of capitalised words is no part of a name.
TIMES_BEFORE_NAMES = [
    pytest.param(
        ('"Things are looking very positive," said on Tuesday Mike Cox, a police spokesman.',),
        [("Mike Cox", P)],
        id="weekday",
    ),
    pytest.param(
        ("In August Bruce Smart flew to Ottawa.", '"The Canadians were surprised," Smart said.'),
        [("Bruce Smart", P)],
        id="month-before-a-name",
    ),
    pytest.param(
        ('"Sales are going well," May Department Stores Co said.',),
        [("May Department Stores Co", ORG)],
        id="a-month-opening-a-bodys-name",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TIMES_BEFORE_NAMES)
def test_a_time_opening_a_run_is_no_name(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# A sentence that opens with a verb's clause has its subject after the clause; a name in -ing is a name.
OPENING_CLAUSES = [
    pytest.param(
        ('Calling the city "a gold mine for football," Mike Sanford took over as coach on Monday.',),
        [("Mike Sanford", P)],
        id="clause-then-subject-after-the-quotation",
    ),
    pytest.param(
        (
            "Premier Nikolai Ryzhkov addressed the congress.",
            'Bemoaning the "economic illiteracy of many managers," he called for retraining.',
        ),
        [("Nikolai Ryzhkov", P)],
        id="clause-then-pronoun",
    ),
    pytest.param(
        (
            "Agriculture Minister Michael Jopling backed the study.",
            'Jopling qualified his support, however, by saying Europe would want "credit for its reforms".',
        ),
        [("Michael Jopling", P)],
        id="a-surname-in-ing",
    ),
    pytest.param(
        (
            "Irving Nathan, a lawyer for the bidder, spoke to the court.",
            '"We relied on the information provided," Nathan said.',
        ),
        [("Irving Nathan", P)],
        id="a-first-name-in-ing",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), OPENING_CLAUSES)
def test_an_opening_clause_is_no_subject(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# "the 24-year-old" names again the person the copy has just named; a publication's name after its noun is
# the publication.
SECOND_REFERENCES = [
    pytest.param(
        ("Chip Collier was on a mission.", '"I really have to stop losing," the 24-year-old said.'),
        [("Chip Collier", P)],
        id="by-age",
    ),
    pytest.param(
        ('"Greece will stay in its waters," said the daily Gunes.',),
        [("Gunes", ORG)],
        id="the-daily",
    ),
    pytest.param(
        ('"The vote was fair," the official daily Fraternite Matin said.',),
        [("Fraternite Matin", ORG)],
        id="the-official-daily",
    ),
    pytest.param(
        ('"The reform is a test," the daily Le Figaro wrote.',),
        [("Le Figaro", ORG)],
        id="an-article-in-the-name",
    ),
    pytest.param(
        ('"We will not stop," the group Hamas said.',),
        [("Hamas", ORG)],
        id="the-group",
    ),
]


SECOND_REFERENCES += [
    pytest.param(
        (
            '"OPEC must cut its output," said Paul Mlotok, oil analyst with Salomon Brothers Inc.',
            '"OPEC has to learn its lesson," said the regional manager for one of the major oil companies.',
        ),
        [("Paul Mlotok", P), ("regional manager", D)],
        id="the-manager-of-one-of-them-is-someone-new",
    ),
    pytest.param(
        (
            "Polish Prime Minister Kazimierz Marcinkiewicz spoke on Tuesday.",
            'A timetable now is "unrealistic and could do much harm," said the leader at a symposium on investment.',
        ),
        [("Kazimierz Marcinkiewicz", P)],
        id="the-leader-at-an-event-is-the-one-named",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SECOND_REFERENCES)
def test_second_references(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# A quotation that stands as a sentence of its own goes to the subject of the sentence before it in its
# paragraph, when that is someone who can speak.
LEAD_INS = [
    pytest.param(
        (
            "Walter Brown, an analyst at Cotton Inc, disagreed.",
            'Brown took that opinion a step further. "I do not think planted acreage matters at all."',
        ),
        [("Walter Brown", P)],
        id="person-subject",
    ),
    pytest.param(
        ('The talks collapsed. "We are disappointed with the result of the meeting."',),
        [(None, None)],
        id="no-one-acts",
    ),
    pytest.param(
        ('Europeans and Americans want quick action. "A better answer would be structural change."',),
        [(None, None)],
        id="two-subjects",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), LEAD_INS)
def test_the_subject_of_the_sentence_before(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# --- who is meant: the one who acted last, the one named last before ---------------------------------------------

# A surname two people share, or "the company", goes to the one the story made its actor last (who spoke, or
# the subject), not to one it merely names in passing; else to the one named last before the mention.
WHO_IS_MEANT = [
    pytest.param(
        (
            "Raul Castro, younger brother of President Fidel Castro, addressed the crowd in Havana.",
            '"Here, no one gives up!" Castro declared.',
        ),
        [("Raul Castro", P)],
        id="shared-surname-the-actor",
    ),
    pytest.param(
        (
            "Jorge Lopez chaired the meeting on Monday.",
            "Maria Lopez, the finance minister, said spending would rise.",
            'Lopez said: "We cannot wait for the autumn."',
            "Jorge Lopez and Maria Lopez will meet again in May.",
        ),
        [("Maria Lopez", P)],
        id="shared-surname-named-again-later",
    ),
    pytest.param(
        (
            "Harwick Airlines Inc rejected an offer from Delmont Air Corp as inadequate.",
            'The company said the unsolicited bid was "highly conditional and unwelcome."',
        ),
        [("Harwick Airlines Inc", ORG)],
        id="the-company-that-acted",
    ),
    pytest.param(
        (
            "The Corvale Bottling Group said it would close two plants.",
            'The group said the closures were "painful but necessary."',
            "Analyst Mark Steed of Talbot Securities Corp said the group had few options.",
        ),
        [("Corvale Bottling Group", ORG)],
        id="the-body-named-before-not-after",
    ),
    pytest.param(
        (
            "Brenton Holdings Inc faces a federal inquiry.",
            'The company said its Ashby Foods Co unit understands it is "possible that it will be charged this year."',
        ),
        [("Brenton Holdings Inc", ORG)],
        id="not-a-body-named-after-the-description",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), WHO_IS_MEANT)
def test_who_is_meant(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# --- pronouns and who-clauses ----------------------------------------------------------------------------------------

PRONOUNS = [
    pytest.param(
        (
            "Analyst Tomas Berg said the deal changed little for investors who had followed the firm.",
            '"This gives them plenty of room to borrow," he said.',
        ),
        [("Tomas Berg", P)],
        id="he-is-the-last-speaker",
    ),
    pytest.param(
        (
            "Finance Minister Ana Riva said reforms introduced by Prime Minister Leo Marsh did not go far enough.",
            '"It was a timid step," she said.',
        ),
        [("Ana Riva", P)],
        id="she-is-not-the-man-named-after",
    ),
    pytest.param(
        (
            "Mrs. Helen Park spoke after her colleague Daniel Cho.",
            '"We will vote against it," she said.',
        ),
        [("Helen Park", P)],
        id="gender-from-the-title",
    ),
    pytest.param(
        (
            "Kavan Mori, who has split with his party on many issues, told the crowd they were not "
            '"asking for the moon."',
        ),
        [("Kavan Mori", P)],
        id="who-clause-between-subject-and-cue",
    ),
    pytest.param(
        (
            "Emil Varga, who leads the regional council, spoke first.",
            "He said the vote would be close.",
            '"Every seat counts now," he added.',
        ),
        [("Emil Varga", P)],
        id="pronoun-chain",
    ),
    pytest.param(
        (
            '"We will keep prices stable," said David Lomax, an adviser at Westbury Bank, who described the plan as '
            'an "orthodox approach to a difficult year."',
        ),
        [("David Lomax", P), ("David Lomax", P)],
        id="who-described",
    ),
    pytest.param(
        (
            "A currency analyst at a major Japanese bank shared the minister's doubts.",
            '"Dollar-defending measures are very unlikely," he said.',
        ),
        [("currency analyst", D)],
        id="he-is-a-described-source",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PRONOUNS)
def test_pronouns_and_who_clauses(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


# --- each strategy of the table ---------------------------------------------------------------------------------------

# (paragraphs, which quotation, the rule that credits it)
STRATEGY_CASES = [
    pytest.param(('"We agree on this," Peskov said.',), -1, "cue_after", id="cue_after"),
    pytest.param(('"We agree on this," said the Kremlin spokesman.',), -1, "cue_after", id="cue_after-inverted"),
    pytest.param(('Peskov said: "We agree on the terms."',), -1, "cue_before", id="cue_before"),
    pytest.param(('Harris called the record "extremely problematic at this moment."',), -1, "cue_before", id="object"),
    pytest.param(
        ('The leaders, according to the Kremlin press service, "agreed to meet again soon."',),
        -1,
        "cue_before",
        id="according_to-before",
    ),
    pytest.param(
        ('The leaders "agreed to meet again soon," according to the Kremlin press service.',),
        -1,
        "according_to",
        id="according_to-after",
    ),
    pytest.param(
        ('There is "no serious dispute on the law" among scholars, said professor Juliet Sorensen.',),
        -1,
        "cue_later",
        id="cue_later",
    ),
    pytest.param(('"We agree on this," Peskov said. "Talks go on."',), -1, "same_paragraph", id="same_paragraph"),
    pytest.param(('"We agree on this." "Talks will go on," Peskov said.',), 0, "next_quote", id="next_quote"),
    pytest.param(
        (
            "The Kremlin press service said the talks went well. "
            'The sides exchanged views on "the most pressing issues."',
        ),
        -1,
        "sentence_before",
        id="sentence_before",
    ),
    pytest.param(
        ('Peskov took the question further. "The talks will go on next week in the same format."',),
        -1,
        "subject_before",
        id="subject_before",
    ),
    pytest.param(
        ('"We agree on this," Peskov said.', '"The talks will go on next week in the same format."'),
        -1,
        "continuing_speaker",
        id="continuing_speaker",
    ),
    pytest.param(
        ('The FDA on Friday ordered warnings that the drugs "increase the risk of harmful behavior" in children.',),
        -1,
        "sentence_subject",
        id="sentence_subject",
    ),
    pytest.param(('"Estamos de acuerdo con esto", añadió.',), -1, "unsaid_speaker", id="unsaid_speaker"),
]


@pytest.mark.parametrize(("paragraphs", "which", "rule"), STRATEGY_CASES)
def test_each_strategy_names_itself(paragraphs: tuple[str, ...], which: int, rule: str) -> None:
    article = parse("Kremlin spokesman Dmitry Peskov told reporters the talks went well.", *paragraphs)
    quote = article.quotes[which]
    assert quote.speaker is not None
    assert quote.rule == rule


def test_strategy_table_matches_the_documented_order() -> None:
    documented = [line.split("``")[1] for line in (attribute.__doc__ or "").splitlines() if line.startswith("``")]
    assert documented == [strategy.name for strategy in STRATEGIES]


# --- archive quotation marks ---------------------------------------------------------------------------------------

ARCHIVE_MARKS = [
    pytest.param("``We are ready to sign,'' Peskov said.", "We are ready to sign,", id="backticks"),
    pytest.param("''We are ready to sign,'' Peskov said.", "We are ready to sign,", id="two-apostrophes"),
]


@pytest.mark.parametrize(("paragraph", "text"), ARCHIVE_MARKS)
def test_archive_quotation_marks(paragraph: str, text: str) -> None:
    article = parse("Kremlin spokesman Dmitry Peskov spoke.", paragraph)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [(text, "Dmitry Peskov")]


def test_a_name_just_before_a_quotation_that_goes_on_with_its_verb() -> None:
    article = parse(
        "President Vladimir Putin and US President Joe Biden spoke by phone.",
        'During that conversation with Biden Putin "reasonably responded that the plan was not ready."',
    )
    assert [(q.rule, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("name_before", "Vladimir Putin")
    ]


# --- the agencies' other languages ----------------------------------------------------------------------------------

OTHER_LANGUAGES = [
    pytest.param(
        ("«Hemos hecho todo lo posible», dijo el ministro de Exteriores, Julián Ortega.",),
        [("Julián Ortega", P)],
        id="es-inverted-with-apposition",
    ),
    pytest.param(
        (
            "El ministro Julián Ortega habló con la prensa.",
            "Su objetivo, dijo, era «abrir una vía de diálogo con todos».",
        ),
        [("Julián Ortega", P)],
        id="es-subject-unsaid",
    ),
    pytest.param(
        ("«Nous ne céderons pas sur ce point», a déclaré le porte-parole du ministère, Paul Vernier.",),
        [("Paul Vernier", P)],
        id="fr-inverted-de-body",
    ),
    pytest.param(
        (
            "Der Trainer Jonas Albrecht war zufrieden.",
            "„Die Mannschaft hat heute alles gegeben“, sagte er.",
        ),
        [("Jonas Albrecht", P)],
        id="de-pronoun-er",
    ),
    pytest.param(
        ("«Nous avons fait échouer toute leur campagne», a affirmé le ministre russe de la Défense, Ivan Petrov.",),
        [("Ivan Petrov", P)],
        id="fr-compound-past-and-a-description-running-on-to-the-name",
    ),
    pytest.param(
        ("«Toutes les parties doivent rester calmes», a averti le porte-parole du ministère, Lin Wei, vendredi.",),
        [("Lin Wei", P)],
        id="fr-compound-past-averti",
    ),
    pytest.param(
        ("En juillet, le Kremlin a reconnu une situation «catastrophique pour l’avenir de la nation».",),
        [("Kremlin", ORG)],
        id="fr-compound-past-after-its-subject",
    ),
    pytest.param(
        ("Han Sung-ryol, head of the mission, spoke on Monday.", 'The talks "will go on next week," Han said.'),
        [("Han Sung-ryol", P)],
        id="a-surname-spelt-as-an-auxiliary-is-a-name",
    ),
    pytest.param(
        ("«La situación es muy grave», ha dicho el ministro Pablo Ruiz.",),
        [("Pablo Ruiz", P)],
        id="es-compound-past",
    ),
    pytest.param(
        (
            "„Das ist ein Kampf, auf den alle warten“, sagte Experte Bernd Kohl der Deutschen Presse-Agentur.",
            "„Beide sind bereit“, sagte Kohl.",
        ),
        [("Bernd Kohl", P), ("Bernd Kohl", P)],
        id="de-der-after-a-name-is-an-article",
    ),
    pytest.param(
        ('"We will stay the course," said Anil van der Mehta.', '"Nothing changes for us," van der Mehta added.'),
        [("Anil van der Mehta", P), ("Anil van der Mehta", P)],
        id="nl-van-der-stays-a-particle",
    ),
    pytest.param(
        ("Lena Vogt: „Das ist die beste Saison seit Jahren“",),
        [("Lena Vogt", P)],
        id="de-name-colon",
    ),
    pytest.param(
        ('Projenin önemine dikkati çeken Bakan Murat Kaya, "Yeni hat yıl sonunda açılacak" dedi.',),
        [("Murat Kaya", P)],
        id="tr-subject-before-comma",
    ),
]


# An inverted cue, then an adjunct, then the speaker (French, Spanish, German copy).
OTHER_LANGUAGES += [
    pytest.param(
        ("«Le président a chargé le gouvernement d'agir», a rapporté sur Facebook le porte-parole, Berik Uali.",),
        [("Berik Uali", P)],
        id="fr-cue-adjunct-speaker",
    ),
    pytest.param(
        ("«Toutes les parties doivent rester calmes», a déclaré lors d'un point de presse le porte-parole Lin Jian.",),
        [("Lin Jian", P)],
        id="fr-cue-longer-adjunct-speaker",
    ),
    pytest.param(
        ('"Todas las partes deben calmarse", dijo en un comunicado el ministro de Exteriores, José Albares.',),
        [("José Albares", P)],
        id="es-cue-adjunct-speaker",
    ),
    pytest.param(
        ("„Wir werden weiterkämpfen“, sagte am Montag der Trainer Jürgen Klopp.",),
        [("Jürgen Klopp", P)],
        id="de-cue-adjunct-speaker",
    ),
]


# German prints a title as one compound word, capitalised as every noun is: it is not part of the name.
OTHER_LANGUAGES += [
    pytest.param(
        ("„Die Gespräche gehen weiter“, sagte Regierungssprecher Steffen Hebestreit in Berlin.",),
        [("Steffen Hebestreit", P)],
        id="de-compound-spokesman",
    ),
    pytest.param(
        ("„Das war ein harter Tag“, sagte der zweimalige Olympiasieger Max Hartung.",),
        [("Max Hartung", P)],
        id="de-compound-champion",
    ),
    pytest.param(
        ("„Wir müssen nachlegen“, sagte Bundestrainer Julian Nagelsmann.",),
        [("Julian Nagelsmann", P)],
        id="de-compound-coach",
    ),
    pytest.param(
        ("„Wir bleiben ruhig“, sagte Vereinschefin Anna Krüger.",),
        [("Anna Krüger", P)],
        id="de-compound-title-feminine",
    ),
    pytest.param(
        ("„Wir bauen weiter“, sagte Trainer Hans Baumeister.",),
        [("Hans Baumeister", P)],
        id="de-surname-ending-like-a-title",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), OTHER_LANGUAGES)
def test_the_agencies_other_languages(paragraphs: tuple[str, ...], expected: Expected) -> None:
    check(paragraphs, expected)


def test_photo_captions_name_people_and_credits_do_not() -> None:
    text = (
        "Talks resume\n\n"
        "Ambassador Pavel Orlov at the talks\n© Anna Peskov/TASS\n\n"
        "MOSCOW, May 5. /TASS/. Kremlin spokesman Dmitry Peskov said the talks went well.\n\n"
        '"We agreed on the next round," Peskov said.\n\n'
        '"The date will be set soon," Orlov added.\n'
    )
    article = parse_article(text)
    check_invariants(text, article)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Dmitry Peskov", "Pavel Orlov"]


# --- generated attributions ------------------------------------------------------------------------------------------


@given(sources(), st.integers(0, 5), st.data())
def test_a_generated_source_is_recovered_however_credited(source: Source, form: int, data: st.DataObject) -> None:
    quoted = [data.draw(attributed_quote(source)) for _ in range(data.draw(st.integers(1, 3)))]
    article = parse(introduction(source, form), *(paragraph for paragraph, _ in quoted))
    found = [quote for quote in article.quotes if not quote.short]
    assert [quote.text.rstrip(",.") for quote in found] == [words for _, words in quoted]
    for quote in found:
        assert quote.speaker is not None, quote.text
        assert (quote.speaker.name, quote.speaker.kind) == (source.name, P)


@given(sources(), st.sampled_from(UNNAMED_SOURCES), st.sampled_from(SPEECH_CUES), st.booleans())
def test_an_unnamed_source_beside_a_named_one_stays_a_description(
    source: Source, unnamed: str, cue: str, inverted: bool
) -> None:
    _, described = unnamed.split(" ", 1)  # the description is printed without its determiner
    attribution = f"{cue} {unnamed}" if inverted and cue in ("said", "added", "noted") else f"{unnamed} {cue}"
    article = parse(introduction(source, 0), f'"Nobody wants to be first back into this market," {attribution}.')
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert (quote.speaker.description, quote.speaker.kind, quote.speaker.name) == (described, D, None)


@pytest.mark.parametrize("verb", ["meinte", "warnte", "lästerte", "ergänzte", "kritisierte"])
def test_german_reporting_verbs_credit_the_speaker(verb: str) -> None:
    text = f"Trainer zufrieden\n\nBerlin (dpa) - Das Team gewann.\n\n„Wir haben gut gespielt“, {verb} Hans Becker."
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Hans Becker"


@pytest.mark.parametrize("verb", ["tweeted", "exclaimed", "mused", "wondered", "lamented", "reiterated", "boasted"])
def test_english_cues_after_which_the_speaker_may_stand(verb: str) -> None:
    # "..., tweeted Jane Okafor": the cue before its subject, as "said Okafor"
    check((f'"The outlook is uncertain for the whole region," {verb} Jane Okafor.',), [("Jane Okafor", P)])


@pytest.mark.parametrize("verb", ["posted", "maintained", "affirmed"])
def test_english_cues_that_take_an_object_do_not_invert(verb: str) -> None:
    # "the deal, which maintained Vienna in the middle ground": whom these verbs name is their object
    article = parse(f'Jane Okafor welcomed the deal, which {verb} Vienna "in the right middle ground" for now.')
    assert all(quote.speaker is None or quote.speaker.label != "Vienna" for quote in article.quotes)


REPORTED_SPEECH = [
    pytest.param(
        ('Kremlin spokesman Dmitry Peskov said Moscow was "ready to continue the talks," Interfax reported.',),
        [("Dmitry Peskov", P)],
        id="said-then-agency-reported",
    ),
    pytest.param(
        ('Dmitry Peskov told reporters the talks had "reached a dead end for now," the RIA news agency reported.',),
        [("Dmitry Peskov", P)],
        id="told-reporters-then-agency-reported",
    ),
    pytest.param(
        ('"We are ready to continue the talks at any time," the Interfax news agency reported.',),
        [("Interfax news agency", ORG)],
        id="the-outlet-alone-is-the-source",
    ),
    pytest.param(
        ("Officials met on Monday.", '"We are ready to continue the talks at any time," the news agency reported.'),
        [("news agency", D)],
        id="a-cue-in-another-sentence-does-not-count",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), REPORTED_SPEECH)
def test_an_outlet_that_reports_a_named_speakers_words_only_carries_them(
    paragraphs: tuple[str, ...], expected: Expected
) -> None:
    check(paragraphs, expected)
