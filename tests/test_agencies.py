"""Every agency in the table: its datelines, source lines and credits, rendered and read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirenews import AGENCIES, Agency, Article, BlockKind, parse_article
from wirenews._photos import whole_line_credit
from wirenews.agencies import agencies_markdown, canonical_agency, render_credit, render_dateline

from invariants import check_invariants

PLACES = ("Moscow", "New York", "Rio de Janeiro", "Kuala Lumpur", "Addis Ababa", "Seoul", "Ulan-Ude", "Tel Aviv")
REGIONS = ("Leningrad Region", "Ukraine", "Japan", "Calif.", "India")
PHOTOGRAPHERS = ("Evan Vucci", "Mikhail Metzel", "Li Xin", "Kim Hong-ji", "Ana Lucia Diaz")
HEADLINE = "Officials agree on the next round of talks"
LEAD = "Officials agreed on Tuesday to hold another round of talks next month."

DATELINE_FORMS = [(agency, form) for agency in AGENCIES for form in agency.datelines]
SOURCE_LINE_FORMS = [(agency, form) for agency in AGENCIES for form in agency.source_lines]
CREDIT_FORMS = [(agency, form) for agency in AGENCIES for form in agency.credits]


def _id(item: tuple[Agency, str]) -> str:
    return f"{item[0].name}:{item[1]}"


def _parse(text: str, reference: dt.date | None) -> Article:
    article = parse_article(text, reference_date=reference)
    check_invariants(text, article)
    return article


def test_table_has_the_major_wires() -> None:
    names = {agency.name for agency in AGENCIES}
    wanted = """TASS Reuters AP AFP Xinhua UPI Yonhap Kyodo PTI IANS ANI Anadolu dpa EFE ANSA Interfax Sputnik
    Bernama Antara BelTA Ukrinform CNA Bloomberg KUNA WAM IRNA""".split()
    assert set(wanted) <= names
    assert {"RIA Novosti", "PA Media", "Prensa Latina"} <= names
    assert all(agency.datelines for agency in AGENCIES)


@pytest.mark.parametrize(("agency", "form"), DATELINE_FORMS, ids=[_id(item) for item in DATELINE_FORMS])
@given(
    place=st.sampled_from(PLACES),
    region=st.sampled_from(REGIONS),
    date=st.dates(dt.date(1985, 1, 1), dt.date(2199, 12, 1)),
)
def test_every_agency_dateline_reads_back(agency: Agency, form: str, place: str, region: str, date: dt.date) -> None:
    dateline = render_dateline(form, place=place, region=region, date=date)
    article = _parse(f"{HEADLINE}\n\n{dateline} {LEAD}\n", date + dt.timedelta(days=2))
    found = article.dateline
    assert found is not None
    assert found.raw == dateline
    assert canonical_agency(found.agency) == agency.name
    assert article.agency == agency.name
    if "{PLACE}" in form or "{Place}" in form:
        assert found.city is not None
        assert found.city.casefold() == place.casefold()
    if "{Region}" in form:
        assert found.region == region
    if "{d}" in form:
        assert found.date == date
    assert article.lead is not None
    assert article.lead.text == LEAD


@pytest.mark.parametrize(("agency", "form"), SOURCE_LINE_FORMS, ids=[_id(item) for item in SOURCE_LINE_FORMS])
@given(place=st.sampled_from(PLACES))
def test_source_lines_read_as_datelines(agency: Agency, form: str, place: str) -> None:
    line = render_dateline(form, place=place)
    article = _parse(f"{HEADLINE}\n\n{line}\n\n{LEAD}\n", None)
    assert article.dateline is not None
    assert article.dateline.location is not None
    assert article.dateline.location.casefold() == place.casefold()
    assert article.agency == agency.name
    assert article.lead is not None
    assert article.lead.text == LEAD


@pytest.mark.parametrize(("agency", "form"), CREDIT_FORMS, ids=[_id(item) for item in CREDIT_FORMS])
@given(photographer=st.sampled_from(PHOTOGRAPHERS), own_line=st.booleans())
def test_every_agency_credit_reads_back(agency: Agency, form: str, photographer: str, own_line: bool) -> None:
    credit = render_credit(form, photographer=photographer)
    caption = "Delegates arrive for the talks in the capital."
    photo = f"{caption}\n{credit}" if own_line else f"{caption} {credit}"
    text = f"{HEADLINE}\n\n{photo}\n\nMOSCOW (AP) — {LEAD}\n"
    article = _parse(text, None)
    assert len(article.photo_credits) == 1
    found = article.photo_credits[0]
    assert found.caption == caption
    assert found.agency == agency.name
    if "hotographer" in form or "HOTOGRAPHER" in form:
        assert found.photographer is not None
        assert found.photographer.casefold() == photographer.casefold()
    assert found.credit is not None
    assert not found.credit.startswith(("(", "©", "Photo:", "Photo by"))


@pytest.mark.parametrize(
    ("line", "location", "city", "region", "month_day", "agency"),
    [
        ("KYIV, Ukraine (AP) —", "KYIV, Ukraine", "KYIV", "Ukraine", None, "AP"),
        ("COLUMBIA, S.C. (AP) —", "COLUMBIA, S.C.", "COLUMBIA", "S.C.", None, "AP"),
        ("BEIRUT/THE HAGUE, March 7 (Reuters) -", "BEIRUT/THE HAGUE", "BEIRUT/THE HAGUE", None, (3, 7), "Reuters"),
        ("RIO DE JANEIRO, Feb 26 -", "RIO DE JANEIRO", "RIO DE JANEIRO", None, (2, 26), None),
        ("PORTLAND, Ore., March 3 -", "PORTLAND, Ore.", "PORTLAND", "Ore.", (3, 3), None),
        ("NEW YORK, March 3 -", "NEW YORK", "NEW YORK", None, (3, 3), None),
        ("Toronto, April 21 -", "Toronto", "Toronto", None, (4, 21), None),
        ("Nov 7 (UPI) --", None, None, None, (11, 7), "UPI"),
        ("(Reuters) -", None, None, None, None, "Reuters"),
        ("(Bloomberg) --", None, None, None, None, "Bloomberg"),
        ("March 11, Reuter -", None, None, None, (3, 11), "Reuter"),
        ("ATLANTA (AP) _", "ATLANTA", "ATLANTA", None, None, "AP"),
        ("BEIJING, Nov. 7 (Xinhua) --", "BEIJING", "BEIJING", None, (11, 7), "Xinhua"),
        ("NEW DELHI, Nov 7 (PTI)", "NEW DELHI", "NEW DELHI", None, (11, 7), "PTI"),
        ("SAITAMA, Japan, Dec. 9 Kyodo -", "SAITAMA, Japan", "SAITAMA", "Japan", (12, 9), "Kyodo"),
        ("Luxembourg (dpa) -", "Luxembourg", "Luxembourg", None, None, "dpa"),
        ("Nueva Delhi, 21 ene (EFE).-", "Nueva Delhi", "Nueva Delhi", None, (1, 21), "EFE"),
        ("TORONTO (CP) -", "TORONTO", "TORONTO", None, None, "CP"),
        ("(ANSA) - Rome, October 11 -", "Rome", "Rome", None, (10, 11), "ANSA"),
        ("(ANSA) - ROMA, 28 LUG -", "ROMA", "ROMA", None, (7, 28), "ANSA"),
        ("Paris, 21 jan 2019 (AFP) -", "Paris", "Paris", None, (1, 21), "AFP"),
        ("МОСКВА, 29 июня. /ТАСС/.", "МОСКВА", "МОСКВА", None, (6, 29), "ТАСС"),
        ("КИЕВ. 3 декабря. УНН.", "КИЕВ", "КИЕВ", None, (12, 3), "УНН"),
        ("WASHINGTON, Monday, Nov. 7 (AP) —", "WASHINGTON", "WASHINGTON", None, (11, 7), "AP"),
        ("SEOUL, Oct. 12 (Yonhap) --", "SEOUL", "SEOUL", None, (10, 12), "Yonhap"),
        ("New Delhi [India], Nov 7 (ANI):", "New Delhi [India]", "New Delhi", "India", (11, 7), "ANI"),
        ("PARIS —", "PARIS", "PARIS", None, None, None),
        ("New Delhi:", "New Delhi", "New Delhi", None, None, None),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_real_world_dateline_forms(
    line: str,
    location: str | None,
    city: str | None,
    region: str | None,
    month_day: tuple[int, int] | None,
    agency: str | None,
) -> None:
    article = _parse(f"{HEADLINE}\n\n{line} {LEAD}\n", None)
    found = article.dateline
    assert found is not None
    assert (found.raw, found.location, found.city, found.region, found.agency) == (line, location, city, region, agency)
    assert (found.month, found.day) == (month_day or (None, None))
    assert article.lead is not None
    assert article.lead.text == LEAD


def test_explicit_year_wins_over_reference_date() -> None:
    article = _parse(f"{HEADLINE}\n\nSTOCKHOLM, Aug 29, 2014 (AFP) - {LEAD}", dt.date(2020, 1, 1))
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2014, 8, 29)


@pytest.mark.parametrize(
    ("text", "raw", "location"),
    [
        (f"{HEADLINE}\n\nBy DIEDTRA HENDERSON WASHINGTON (AP) -- {LEAD}", "WASHINGTON (AP) --", "WASHINGTON"),
        (
            f"{HEADLINE}\n\nBy Joseph Ax\n\nNEW YORK, Jan 21 (Reuters) - {LEAD}",
            "NEW YORK, Jan 21 (Reuters) -",
            "NEW YORK",
        ),
        (f"{HEADLINE}\n\nReuters, Washington,\n\n{LEAD}", "Reuters, Washington,", "Washington"),
        (f"{HEADLINE}\n\nAFP, MANILA\n\n{LEAD}", "AFP, MANILA", "MANILA"),
        (f"{HEADLINE}\n\nThe summary of the story goes here.\n\nAnkara\n\n{LEAD} {LEAD}", "Ankara", "Ankara"),
    ],
    ids=["byline-on-the-line", "byline-above", "source-line", "source-line-upper", "place-alone"],
)
def test_bylines_and_source_lines(text: str, raw: str, location: str) -> None:
    article = _parse(text, None)
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.location) == (raw, location)


@pytest.mark.parametrize(
    ("headline", "title", "slug", "attribution"),
    [
        ("UPDATE 1-Statue of Liberty to reopen", "Statue of Liberty to reopen", "UPDATE 1-", None),
        ("PRECIOUS-Gold rises on safe haven demand", "Gold rises on safe haven demand", "PRECIOUS-", None),
        ("CORRECTED-Illinois battles flooding", "Illinois battles flooding", "CORRECTED-", None),
        ("GLOBAL MARKETS-Asian shares struggle", "Asian shares struggle", "GLOBAL MARKETS-", None),
        (">>>ANSA/Gazprom cuts Italy gas supplies", "Gazprom cuts Italy gas supplies", ">>>ANSA/", None),
        ("Ex-Chinese Premier Li Peng dies aged 90: Xinhua", "Ex-Chinese Premier Li Peng dies aged 90", None, "Xinhua"),
        ("Catalan declaration unacceptable - Alfano", "Catalan declaration unacceptable", None, "Alfano"),
        ("HARD BREXIT TO COST UK UP TO £66BN A YEAR", "HARD BREXIT TO COST UK UP TO £66BN A YEAR", None, None),
        ("Top EU court: Britain can reverse Brexit", "Top EU court: Britain can reverse Brexit", None, None),
        ("Trade deal signed in Hanoi - Nov. 7", "Trade deal signed in Hanoi - Nov. 7", None, None),
        ("(LEAD) N. Korea fires ballistic missile", "N. Korea fires ballistic missile", "(LEAD) ", None),
        ("(2nd LD) Yoon vows firm response", "Yoon vows firm response", "(2nd LD) ", None),
        ("(News Focus) Chipmakers brace for slump", "Chipmakers brace for slump", "(News Focus) ", None),
    ],
    ids=[
        "update",
        "precious",
        "corrected",
        "global-markets",
        "ansa",
        "colon",
        "hyphen",
        "all-caps",
        "colon-inside",
        "date-not-source",
        "yonhap-lead",
        "yonhap-second-lead",
        "yonhap-news-focus",
    ],
)
def test_headline_slugs_and_attributions(headline: str, title: str, slug: str | None, attribution: str | None) -> None:
    article = _parse(f"{headline}\n\nLONDON (Reuters) - {LEAD}", None)
    assert article.headline is not None
    found = article.headline
    assert (found.text, found.title, found.slug, found.attribution) == (headline, title, slug, attribution)


def test_head_furniture_is_kept_apart() -> None:
    text = (
        "PRECIOUS-Gold rises\n\n(Adds comments, detail)\n\n* Spot gold may edge up\n\n* Dollar index down\n\n"
        f"By Arpan Varghese\n\nJan 30 (Reuters) - {LEAD}\n"
    )
    kinds = [block.kind for block in _parse(text, None).blocks]
    assert kinds == [
        BlockKind.HEADLINE,
        BlockKind.EDITOR_NOTE,
        BlockKind.HIGHLIGHT,
        BlockKind.HIGHLIGHT,
        BlockKind.BYLINE,
        BlockKind.DATELINE_PARAGRAPH,
    ]


@pytest.mark.parametrize(
    ("line", "credit", "agency", "photographer", "is_file"),
    [
        ("A man walks past. REUTERS/Kevin Lamarque", "REUTERS/Kevin Lamarque", "Reuters", "Kevin Lamarque", False),
        ("A man walks past. Kevin Lamarque/Reuters", "Kevin Lamarque/Reuters", "Reuters", "Kevin Lamarque", False),
        ("A man walks past. (AP Photo/Evan Vucci, File)", "AP Photo/Evan Vucci, File", "AP", "Evan Vucci", True),
        (
            "A man walks past. (Elias Funez/The Union via AP)",
            "Elias Funez/The Union via AP",
            "AP",
            "Elias Funez",
            False,
        ),
        ("A man walks past. (AP)", "AP", "AP", None, False),
        ("A man walks past.\nPhoto: John Locher, AP", "John Locher, AP", "AP", "John Locher", False),
        (
            "A man walks past.\nPhoto by GHULAM RASOOL /AFP via Getty Images",
            "GHULAM RASOOL /AFP via Getty Images",
            "AFP",
            "GHULAM RASOOL",
            False,
        ),
        ("A man walks past.\nAFP", "AFP", "AFP", None, False),
        ("A man walks past.\nEPA-EFE/JOHN DOE", "EPA-EFE/JOHN DOE", "EFE", "JOHN DOE", False),
        ("A man walks past. Xinhua/Li Xin", "Xinhua/Li Xin", "Xinhua", "Li Xin", False),
        ("A man walks past.\n© Sergei Bobylev/TASS", "Sergei Bobylev/TASS", "TASS", "Sergei Bobylev", False),
        ("A man walks past.\nSputnik/Ivan Ivanov", "Sputnik/Ivan Ivanov", "Sputnik", "Ivan Ivanov", False),
        ("A man walks past.\nAnadolu Agency", "Anadolu Agency", "Anadolu", None, False),
        ("A man walks past. (Photo: Getty Images)", "Getty Images", "Getty Images", None, False),
        (
            "FILE PHOTO: A man walks past. REUTERS/Kevin Lamarque",
            "REUTERS/Kevin Lamarque",
            "Reuters",
            "Kevin Lamarque",
            True,
        ),
        ("A man walks past.\nMichael Conroy, AP", "Michael Conroy, AP", "AP", "Michael Conroy", False),
        ("A man walks past.\nANTARA FOTO/Budi Santoso", "ANTARA FOTO/Budi Santoso", "Antara", "Budi Santoso", False),
        ("A man walks past.\nImage Credit: Harbor-Lane", "Harbor-Lane", "Harbor-Lane", None, False),
        ("A man walks past.\nPhoto credit: REUTERS/Jane Doe", "REUTERS/Jane Doe", "Reuters", "Jane Doe", False),
        ("A man walks past.\nBild: Michael Kappeler/dpa", "Michael Kappeler/dpa", "dpa", "Michael Kappeler", False),
        (
            "A man walks past. REUTERS/Kevin Lamarque/File Photo",
            "REUTERS/Kevin Lamarque/File Photo",
            "Reuters",
            "Kevin Lamarque",
            True,
        ),
        (
            "A man walks past. REUTERS/Dado Ruvic/Illustration",
            "REUTERS/Dado Ruvic/Illustration",
            "Reuters",
            "Dado Ruvic",
            False,
        ),
        ("A man walks past.\nREUTERS/Jane Doe/Pool", "REUTERS/Jane Doe/Pool", "Reuters", "Jane Doe", False),
        ("A man walks past. Photo by Kevin S. Vineys /AP", "Kevin S. Vineys /AP", "AP", "Kevin S. Vineys", False),
        ("A man walks past. Photo: AFP", "AFP", "AFP", None, False),
        ("A man walks past. Credit: Reuters", "Reuters", "Reuters", None, False),
        ("A man walks past. Picture: Getty Images", "Getty Images", "Getty Images", None, False),
        ("A man walks past.\nPhoto: dpa", "dpa", "dpa", None, False),
        ("A man walks past. Photograph: Dita Alangkara/AP", "Dita Alangkara/AP", "AP", "Dita Alangkara", False),
        ("A man walks past. | Photo Credit: PTI", "PTI", "PTI", None, False),
        ("A man walks past. [Photo/Xinhua]", "Xinhua", "Xinhua", None, False),
        (
            "A man walks past. [Photo by Zhang Yun/China Daily]",
            "Zhang Yun/China Daily",
            "China Daily",
            "Zhang Yun",
            False,
        ),
        ("A man walks past. KCNA via REUTERS", "KCNA via REUTERS", "KCNA", None, False),
        (
            "A man walks past. Sputnik/Alexei Druzhinin/Kremlin via REUTERS",
            "Sputnik/Alexei Druzhinin/Kremlin via REUTERS",
            "Sputnik",
            "Alexei Druzhinin",
            False,
        ),
        ("A man walks past. AAP Image/Dan Himbrechts", "AAP Image/Dan Himbrechts", "AAP", "Dan Himbrechts", False),
        ("A man walks past. (CNS Photo/Zhang Yun)", "CNS Photo/Zhang Yun", "CNS", "Zhang Yun", False),
        ("A man walks past. - Bernama photo", "Bernama photo", "Bernama", None, False),
        ("A man walks past. — ANI", "ANI", "ANI", None, False),
        ("A man walks past. (File Photo: Getty Images)", "File Photo: Getty Images", "Getty Images", None, True),
        ("A man walks past. (Image: Getty)", "Getty", "Getty", None, False),
        (
            "A man walks past. @SubasTheOne/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. "
            "MANDATORY CREDIT. NO RESALES. NO ARCHIVES.",
            "@SubasTheOne/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. "
            "MANDATORY CREDIT. NO RESALES. NO ARCHIVES.",
            "Reuters",
            "@SubasTheOne",
            False,
        ),
        (
            "A man walks past.\nREUTERS/Jane Doe MANDATORY CREDIT. NO RESALES.",
            "REUTERS/Jane Doe MANDATORY CREDIT. NO RESALES.",
            "Reuters",
            "Jane Doe",
            False,
        ),
    ],
    ids=[
        "reuters",
        "reuters-after",
        "ap-file",
        "via-ap",
        "ap-bare",
        "photo-colon",
        "photo-by",
        "afp-alone",
        "epa",
        "xinhua",
        "tass",
        "sputnik",
        "anadolu",
        "getty",
        "file-photo",
        "name-comma-agency",
        "agency-foto",
        "credit-label",
        "photo-credit-label",
        "bild",
        "reuters-file-photo-suffix",
        "reuters-illustration-suffix",
        "reuters-pool-suffix",
        "photo-by-run-into-caption-with-an-initial",
        "photo-label-run-into-caption",
        "credit-label-run-into-caption",
        "picture-label-naming-an-outlet",
        "photo-label-lowercase-agency",
        "photograph-label",
        "bar-then-label",
        "square-brackets",
        "square-brackets-photo-by",
        "handout-via-reuters",
        "agency-photographer-handout-via-reuters",
        "initials-image-service-not-in-the-table",
        "initials-photo-service-not-in-the-table",
        "dash-agency-photo",
        "dash-agency",
        "file-photo-label",
        "image-label-in-brackets",
        "handle-via-reuters-with-its-usage-notice",
        "credit-line-with-its-usage-notice",
    ],
)
def test_credit_forms(line: str, credit: str, agency: str, photographer: str | None, is_file: bool) -> None:
    article = _parse(f"{HEADLINE}\n\n{line}\n\nLONDON (Reuters) - {LEAD}", None)
    assert len(article.photo_credits) == 1
    found = article.photo_credits[0]
    assert (found.credit, found.agency, found.photographer, found.is_file) == (credit, agency, photographer, is_file)
    assert found.caption is not None
    assert found.caption.endswith("A man walks past.")


@pytest.mark.parametrize(
    ("trailer", "agency"),
    [
        ("(Reporting by Caroline Stauffer; Editing by Paul Simao)", "Reuters"),
        ("Associated Press writer Jill Lawless contributed to this report.", "AP"),
        ("Reuter", "Reuters"),
        ("___", None),
        ("Follow AP's coverage of the elections at https://apnews.com/elections", None),
        ("Copyright 2019 The Associated Press. All rights reserved.", None),
        ("hh/ph/ts", "AFP"),
        ("jkim@yna.co.kr", "Yonhap"),
        ("(END)", "Yonhap"),
        ("==Kyodo", "Kyodo"),
        ("ends", "PA Media"),
    ],
    ids=[
        "reporting-by",
        "ap-writer",
        "reuter",
        "rule",
        "follow",
        "copyright",
        "afp-initials",
        "yonhap-mail",
        "yonhap-end",
        "kyodo",
        "pa-ends",
    ],
)
def test_trailers_are_kept_apart(trailer: str, agency: str | None) -> None:
    text = f"{HEADLINE}\n\n{LEAD}\n\nSecond paragraph of the story.\n\n{trailer}\n"
    article = _parse(text, None)
    assert [block.text for block in article.trailers] == [trailer]
    assert trailer not in [paragraph.text for paragraph in article.paragraphs]
    assert article.agency == agency


def test_latest_time_stamps_are_headings() -> None:
    text = (
        f"The Latest: Storm hits coast\n\nMIAMI (AP) — {LEAD}\n\n"
        "10 p.m.\n\nThe storm made landfall.\n\n8:45 a.m.\n\nWinds rose."
    )
    assert [s.heading for s in _parse(text, None).sections] == ["10 p.m.", "8:45 a.m."]


def test_all_caps_and_quoted_headings() -> None:
    text = (
        f"Heat beat Hawks\n\nATLANTA (AP) _ {LEAD}\n\nTIP-INS\n\nHeat: Played without Wade.\n\n"
        '"We are ready for the season"\n\nThe coach spoke after the game.\n'
    )
    assert [s.heading for s in _parse(text, None).sections] == ["TIP-INS", '"We are ready for the season"']


def test_docs_agency_page_is_generated_from_the_table() -> None:
    page = Path(__file__).resolve().parents[1] / "docs" / "agencies.md"
    assert page.read_text(encoding="utf-8") == agencies_markdown(), (
        "run: python -m wirenews.agencies > docs/agencies.md"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Credit Suisse",
        "Credit markets tightened: banks lent less.",
        "Image: a man walks past.",
        "Image: a man walks past",
        "Picture: Residents of the flooded city",
        "Photos: Scenes from the flooded city",
        "Dana Whitlow, 45",
    ],
    ids=[
        "bank",
        "credit-sentence",
        "image-caption-label",
        "image-caption-label-no-stop",
        "picture-caption-label",
        "gallery-link",
        "name-and-age",
    ],
)
def test_lines_that_only_look_like_credits_are_not(line: str) -> None:
    assert whole_line_credit(line) is None


@pytest.mark.parametrize("photo", ["A man walks past. Photo: Jane Roe", "A man walks past.\nPhoto: Jane Roe"])
def test_a_photo_label_makes_a_credit_of_a_name_alone(photo: str) -> None:
    # "Photo:" says what follows is a credit, as "Photo credit:" does: no outlet needs to be named
    article = _parse(f"{HEADLINE}\n\n{photo}\n\nLONDON (Reuters) - {LEAD}", None)
    assert [(found.caption, found.credit) for found in article.photo_credits] == [("A man walks past.", "Jane Roe")]


def test_an_aside_in_brackets_naming_an_image_is_no_credit() -> None:
    article = _parse(f"{HEADLINE}\n\nA man walks past (see image below)\n\nLONDON (Reuters) - {LEAD}", None)
    assert article.photo_credits == ()
