"""What stands above the lead: feed notes to editors are furniture, and copy may have no headline.

Conventions: AFP's feed puts notes to editors above a story (``= (PICTURES) =``, ``ATTENTION -
ADDS detail ///``); they are boilerplate, never the headline. Copy delivered without a headline
opens with its lead, a long sentence; a headline is never one.
"""

from __future__ import annotations

import pytest

from wirenews import BlockKind, parse_article

LEAD = (
    "Olympic champions Australia opened their Champions Trophy campaign with a fluent 4-1 win over a "
    "revamped Germany side here on Saturday, with two goals from their captain in the first half."
)
SECOND = "The captain flicked in a pass from the right in the 15th minute."


@pytest.mark.parametrize(
    "note",
    [
        "= (PICTURES) =",
        "= (PICTURE) =",
        "=(VIDEO)=",
        "ATTENTION - ADDS detail ///",
        "ATTENTION - RECASTS, ADDS quotes ///",
    ],
)
def test_feed_notes_to_editors_are_furniture(note: str) -> None:
    article = parse_article(f"{note}\n\n{LEAD}\n\n{SECOND}\n")
    assert article.headline is None
    assert article.lead is not None
    assert article.lead.text == LEAD
    assert [block.text for block in article.blocks if block.kind is BlockKind.BOILERPLATE] == [note]


def test_a_note_above_a_headline_leaves_the_headline() -> None:
    article = parse_article(f"= (PICTURES) =\n\nAustralia rout Germany\n\n{LEAD}\n\n{SECOND}\n")
    assert article.headline is not None
    assert article.headline.text == "Australia rout Germany"
    assert article.lead is not None
    assert article.lead.text == LEAD


def test_copy_without_a_headline_opens_with_its_lead() -> None:
    article = parse_article(f"{LEAD}\n\n{SECOND}\n")
    assert article.headline is None
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]


@pytest.mark.parametrize(
    "headline",
    [
        "Australia rout Germany 4-1 to open Champions Trophy campaign",
        "Australia rout a revamped Germany 4-1 in the opening match of the Champions Trophy in Chennai as the "
        "captain scores twice in the first half and the holders look the team to beat",  # long, but no sentence
    ],
    ids=["short", "long without a stop"],
)
def test_a_headline_stays_a_headline(headline: str) -> None:
    article = parse_article(f"{headline}\n\n{LEAD}\n\n{SECOND}\n")
    assert article.headline is not None
    assert article.headline.text == headline


def test_a_first_line_ending_in_a_full_stop_is_a_lead_not_a_headline() -> None:
    lead = "The islands are prone to disasters, but poverty and a changing climate make each one worse, analysts said."
    article = parse_article(f"{lead}\n\n{SECOND}\n")
    assert article.headline is None
    assert article.lead is not None
    assert article.lead.text == lead


def test_dpa_item_id_under_the_story_is_a_trailer() -> None:
    text = f"Australia rout Germany\n\nBerlin (dpa) - {LEAD}\n\n© dpa-infocom, dpa:240516-99-53606/3 (dpa)\n"
    article = parse_article(text)
    assert article.photo_credits == ()
    assert [block.text for block in article.trailers] == ["© dpa-infocom, dpa:240516-99-53606/3 (dpa)"]


@pytest.mark.parametrize(
    ("headline", "title", "attribution"),
    [
        ("Crackdown on the media is illegal: report", "Crackdown on the media is illegal", "report"),
        ("Hostages in good health: doctor", "Hostages in good health", "doctor"),
        ("Growth to slow next year: chief economist", "Growth to slow next year", "chief economist"),
        ("Siege ends as gunmen killed: police source", "Siege ends as gunmen killed", "police source"),
        ("Tourism slump in the islands: lessons to learn", "Tourism slump in the islands: lessons to learn", None),
        ("Deal to be signed next week: Kremlin", "Deal to be signed next week", "Kremlin"),
    ],
    ids=["report", "role", "two-word-role", "body-and-role", "colon-no-source", "named-source"],
)
def test_a_source_after_a_colon_closes_the_headline(headline: str, title: str, attribution: str | None) -> None:
    article = parse_article(f"{headline}\n\nMOSCOW, May 5. /TASS/. Officials said the deal holds.\n")
    assert article.headline is not None
    assert (article.headline.title, article.headline.attribution) == (title, attribution)


# --- a page's standfirst and its lead photo, on copy without a dateline ----------------------------------------------

TITLE = "Australia open Champions Trophy with win over Germany"
SUMMARY = "The Olympic champions showed no sign of rust in their first match of the season."
PHOTO = "Australia's captain celebrates a goal in Perth on Saturday.\nJane Roe / AFP"


def test_a_short_paragraph_above_the_lead_photo_is_the_standfirst() -> None:
    article = parse_article(f"{TITLE}\n\n{SUMMARY}\n\n{PHOTO}\n\n{LEAD}\n\n{SECOND}\n")
    assert article.standfirst is not None
    assert article.standfirst.text == SUMMARY
    assert article.lead is not None
    assert article.lead.text == LEAD
    assert [photo.credit for photo in article.photo_credits] == ["Jane Roe / AFP"]


def test_the_second_paragraph_above_a_photo_leaves_the_first_the_lead() -> None:
    article = parse_article(f"{TITLE}\n\n{LEAD}\n\n{SECOND}\n\n{PHOTO}\n\nThe teams meet again on Monday.\n")
    assert article.standfirst is None
    assert article.lead is not None
    assert article.lead.text == LEAD


def test_a_long_paragraph_above_the_lead_photo_is_the_lead() -> None:
    long_lead = f"{LEAD} {SECOND} The win puts them top of the group before Monday's match against the hosts."
    article = parse_article(f"{TITLE}\n\n{long_lead}\n\n{PHOTO}\n\nThe teams meet again on Monday.\n")
    assert article.standfirst is None
    assert article.lead is not None
    assert article.lead.text == long_lead


@pytest.mark.xfail(
    strict=True,
    reason="a standfirst printed under the lead photo reads like a lead: no structural cue tells them apart "
    "(newspaper pages print it so; agency copy on the web prints its lead so)",
)
def test_a_standfirst_under_the_lead_photo() -> None:
    article = parse_article(f"{TITLE}\n\n{PHOTO}\n\n{SUMMARY}\n\n{LEAD}\n\n{SECOND}\n")
    assert article.standfirst is not None
    assert article.standfirst.text == SUMMARY


@pytest.mark.parametrize(
    "byline",
    [
        "By Ian Jones, Press Association",
        "By Sam Lister, Press Association Political Correspondent",
        "By CHARLES ODUM",
        "By Jane Doe and John Roe, Reuters",
        "By Helen Maguire, dpa",
        "By Xinhua writer An Bei",
        "by Xinhua writers Li Xin and Wang Yi",
        "By AP Staff Writer Jane Doe",
        "By Sports Correspondent Tom Hill",
    ],
)
def test_a_byline_with_its_writers_employer_or_title_is_a_byline(byline: str) -> None:
    lead = "Treasury coffers will take an annual hit if Britain leaves the single market, ministers have been warned."
    article = parse_article(f"Hard Brexit to cost UK billions, says Treasury\n\n{byline}\n\n{lead}\n\nMore follows.")
    assert [block.kind for block in article.blocks[:3]] == [BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.PARAGRAPH]
    assert article.dateline is None
    assert article.photo_credits == ()
    assert article.lead is not None
    assert article.lead.text == lead


# --- a line above the body is a caption only beside a photo's credit -------------------------------------------------

UNCREDITED_HEADS = {
    # a results table's rows under its headline (Reuters' earnings copy)
    "table-rows": ["Shr 29 cts vs nine cts", "Net 651,000 vs 214,000", "Revs 12.1 mln vs 9.8 mln"],
    # copy hard-wrapped by the feed, the sentence running on over the lines
    "hard-wrapped": ["Despite their mutual hostility during the", "campaign, the two main parties differ on", "tax."],
    # a digest's items, each a line of its own
    "digest-items": ["+ Troops near the capital", "+ Talks resume in Geneva", "+ Markets fall on oil prices"],
}


@pytest.mark.parametrize("rows", UNCREDITED_HEADS.values(), ids=UNCREDITED_HEADS.keys())
def test_lines_under_the_headline_with_no_credit_are_copy_not_captions(rows: list[str]) -> None:
    article = parse_article("Company posts results\n\n" + "\n\n".join(rows) + "\n\nThe figures are unaudited.\n")
    assert article.photo_credits == ()
    assert [paragraph.text for paragraph in article.paragraphs[: len(rows)]] == rows
    assert article.lead is not None
    assert article.lead.text == rows[0]


CREDITED_HEADS = {
    "caption-then-credit": ("A man walks past the ministry.\nJane Roe / AFP", "A man walks past the ministry."),
    "caption-with-credit": ("A man walks past the ministry. (AP Photo/Jane Roe)", "A man walks past the ministry."),
    "two-photos": ("A man walks past the ministry.\nJane Roe / AFP\nGuards at the gate.\nJohn Doe / AFP", None),
}


@pytest.mark.parametrize(("photo", "caption"), CREDITED_HEADS.values(), ids=CREDITED_HEADS.keys())
def test_a_caption_beside_its_credit_stays_a_photo(photo: str, caption: str | None) -> None:
    article = parse_article(f"Ministry reopens\n\n{photo}\n\nMOSCOW (Reuters) - The ministry reopened.\n")
    captions = [caption] if caption else ["A man walks past the ministry.", "Guards at the gate."]
    assert [found.caption for found in article.photo_credits] == captions
    assert article.lead is not None
    assert article.lead.text == "The ministry reopened."


def test_above_a_dateline_a_short_line_with_no_credit_is_a_caption_and_a_sentence_is_copy() -> None:
    head = "Ministry reopens\n\nThe ministry had been shut for a month.\n\n"
    dateline = "MOSCOW (Reuters) - The ministry reopened."
    caption = parse_article(f"{head}Guards at the ministry gate\n\n{dateline}\n")
    assert [(found.caption, found.credit) for found in caption.photo_credits] == [("Guards at the ministry gate", None)]
    sentence = "Officials said the building was safe after the repairs."
    copy = parse_article(f"{head}{sentence}\n\n{dateline}\n")
    assert copy.photo_credits == ()
    assert [paragraph.text for paragraph in copy.paragraphs] == [sentence, "The ministry reopened."]


def test_a_read_more_teaser_in_the_story_is_no_sign_of_a_standfirst_layout() -> None:
    lead = (
        "Syrian government forces entered parts of a strategic town on Monday, and Turkey vowed to keep up its strikes."
    )
    second = "Turkey and Russia traded threats over air space after Turkish forces shot down two warplanes on Sunday."
    teaser = "READ MORE: Police fire tear gas at migrants"
    text = f"Syrian forces move into strategic town\n\n{lead}\n\n{second}\n\n{teaser}\n\nMore."
    article = parse_article(text)
    assert article.standfirst is None
    assert article.lead is not None
    assert article.lead.text == lead
    assert [p.text for p in article.paragraphs[:2]] == [lead, second]
    assert article.photo_credits == ()


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 10:22 AM EST, March 3, 2024",
        "Published: 03.03.2024 10:22",
        "20 Nisan 2026•Güncelleme: 20 Nisan 2026",  # Anadolu's Turkish pages
        "Last Updated: September 24, 2020, 9:27 PM IST",
        "Aktualisiert: 3. März 2024, 10:22",
        "Mis à jour le 3 mars 2024 à 10:22",
        "March 3, 2024",
    ],
)
def test_a_sites_timestamp_line_is_furniture_not_a_standfirst_caption_or_dateline(stamp: str) -> None:
    article = parse_article(f"Australia rout Germany\n\nBy Jane Roe\n\n{stamp}\n\nBERLIN, March 3 (Reuters) - {LEAD}\n")
    assert article.standfirst is None
    assert article.photo_credits == ()
    assert article.dateline is not None
    assert article.dateline.location == "BERLIN"
    assert [block.text for block in article.boilerplate] == [stamp]


@pytest.mark.parametrize(
    "teaser",
    [
        "Read also: Storm closes ports on the coast",
        "READ MORE: Woman found alive five days after the earthquake",
        "À lire aussi La natalité russe menacée d’effondrement",
        "Lesen Sie auch: Streik im Hafen beendet",
        "Читайте также Шторм закрыл порты",
    ],
)
def test_a_link_to_another_story_inside_the_page_is_furniture_not_a_sub_heading(teaser: str) -> None:
    article = parse_article(f"Australia rout Germany\n\nBERLIN, March 3 (Reuters) - {LEAD}\n\n{teaser}\n\n{SECOND}\n")
    assert [block.text for block in article.boilerplate] == [teaser]
    assert article.sections == ()
    assert [paragraph.text for paragraph in article.paragraphs][-1] == SECOND


def test_a_line_opening_with_a_word_of_a_label_is_no_teaser() -> None:
    line = "Related company's credit 6.1 mln vs nil"
    article = parse_article(f"Australia rout Germany\n\nBERLIN, March 3 (Reuters) - {LEAD}\n\n{line}\n\n{SECOND}\n")
    assert article.boilerplate == ()


# --- a web page's controls and its section label, copied with the story ---------------------------------------------

PAGE_HEADLINE = "Talks on grain deal resume after two-week pause"
PAGE_LEAD = (
    "GENEVA, March 3 (Reuters) - Negotiators from both sides met on Tuesday for the first time in two weeks, "
    "officials said, as pressure mounted for a deal."
)


@pytest.mark.parametrize(
    "control",
    ["Share", "Share this article", "Listen to this article", "Advertisement", "4 min read", "3-minute read"],
)
def test_a_page_control_under_the_headline_is_furniture(control: str) -> None:
    article = parse_article(f"{PAGE_HEADLINE}\n\n{control}\n\n{PAGE_LEAD}\n\nMore follows.\n")
    assert article.headline is not None
    assert article.headline.title == PAGE_HEADLINE
    assert article.standfirst is None
    assert [block.text for block in article.boilerplate] == [control]


@pytest.mark.parametrize("label", ["WORLD NEWS", "Business", "Middle East", "EXCLUSIVE", "Home > World > Europe"])
def test_a_section_label_or_breadcrumb_above_the_headline_is_no_headline(label: str) -> None:
    article = parse_article(f"{label}\n\n{PAGE_HEADLINE}\n\n{PAGE_LEAD}\n\nMore follows.\n")
    assert article.headline is not None
    assert article.headline.title == PAGE_HEADLINE
    assert article.standfirst is None
    assert [block.text for block in article.boilerplate] == [label]


def test_a_short_headline_that_names_no_section_stays_the_headline() -> None:
    summary = "Negotiators return to the table after the collapse of the previous agreement in January"
    article = parse_article(f"Grain talks\n\n{summary}\n\n{PAGE_LEAD}\n\nMore follows.\n")
    assert article.headline is not None
    assert article.headline.title == "Grain talks"
    assert article.standfirst is not None
    assert article.standfirst.text == summary


def test_a_section_name_in_the_body_is_a_sub_heading() -> None:
    body = "The talks will go on.\n\nBusiness\n\nTraders welcomed the news on Tuesday and grain prices fell."
    article = parse_article(f"{PAGE_HEADLINE}\n\n{PAGE_LEAD}\n\n{body}\n")
    assert [section.heading for section in article.sections] == ["Business"]


def test_a_sentence_with_an_arrow_is_no_breadcrumb() -> None:
    line = "Prices rose > 5% in March as demand recovered"
    article = parse_article(f"{PAGE_HEADLINE}\n\n{PAGE_LEAD}\n\n{line}\n\nMore follows.\n")
    assert line not in [block.text for block in article.boilerplate]


@pytest.mark.parametrize("control", ["Advertisement", "Share", "2 / 12", "3 of 8"])
def test_a_page_control_in_the_story_is_furniture(control: str) -> None:
    body = "The talks will go on.\n\n{}\n\nTraders welcomed the news on Tuesday and grain prices fell."
    article = parse_article(f"{PAGE_HEADLINE}\n\n{PAGE_LEAD}\n\n{body.format(control)}\n")
    assert [block.text for block in article.boilerplate] == [control]
    assert article.sections == ()


@pytest.mark.parametrize(
    "teaser",
    ["RELATED: Indonesia moves its capital to Borneo", "Related coverage\n\nIndonesia moves its capital to Borneo"],
    ids=["label and headline", "label alone, then the headline"],
)
def test_a_related_story_link_is_furniture(teaser: str) -> None:
    article = parse_article(f"{PAGE_HEADLINE}\n\n{PAGE_LEAD}\n\n{teaser}\n\nTraders welcomed the news.\n")
    assert [block.rule for block in article.boilerplate] == ["teaser"]
    assert article.sections == ()
    assert [paragraph.text for paragraph in article.paragraphs[1:]] == ["Traders welcomed the news."]


def test_a_line_opening_with_the_word_related_is_no_teaser() -> None:
    line = "Related company's credit 6.1 mln vs nil"
    article = parse_article(f"{PAGE_HEADLINE}\n\n{PAGE_LEAD}\n\n{line}\n\nTraders welcomed the news.\n")
    assert article.boilerplate == ()
