"""Hypothesis strategies: articles built from known parts and rendered in many formatting variants.

An :class:`ArticleParts` holds what the parser should recover; :func:`render` prints it the
way an agency page or feed would, with the formatting chosen by a :class:`Style`.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

WORDS = (
    "talks economy region growth plans cooperation energy transit project summit agreement border "
    "security trade market budget exports harbor pipeline railway program reform contract partners "
    "ministers delegation visit forum schedule increase level capacity network station supply"
).split()
FIRST_NAMES = ("Dmitry", "Anna", "Sergey", "Maria", "Viktor", "Elena", "Pavel", "Olga", "Igor", "Natalia")
LAST_NAMES = ("Peskov", "Kuznetsova", "Lavrov", "Zakharova", "Koronelli", "Eismont", "Bezdetko", "Orlov")
TITLES = ("Kremlin Spokesman", "Foreign Minister", "Deputy Prime Minister", "Ambassador", "Governor")
CITIES = (
    "MOSCOW",
    "NEW YORK",
    "ST. PETERSBURG",
    "YUZHNO-SAKHALINSK",
    "UNITED NATIONS",
    "IGORA /Leningrad Region/",
    "ENERGODAR /Zaporozhye region/",
    "HANOI",
    "RIO DE JANEIRO",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
ABBREVIATED = {"June": "June", "July": "July", "May": "May", "September": "Sept."}
ATTRIBUTIONS = ("Kremlin", "Foreign Ministry", "Lavrov", "source", "Russian envoy")
QUOTE_MARKS = (('"', '"'), ("“", "”"), ("«", "»"))
DASHES = ("—", "–", "-")
NEWLINES = ("\n", "\r\n", "\r")
CUES = ("said", "noted", "stressed", "added", "told reporters")


@attrs.frozen
class Person:
    first: str
    last: str
    title: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@attrs.frozen
class QuotedParagraph:
    text: str
    """The words quoted, without marks or the closing comma."""
    mention: str
    """How the attribution names the speaker: surname, pronoun or full name."""
    cue: str
    speaker_first: bool
    """``Peskov said, "..."`` rather than ``"...," Peskov said``."""


@attrs.frozen
class Photo:
    caption: str | None
    photographer: str
    agency: str
    layout: str
    """``credit-line`` (caption, © credit), ``old`` (caption+credit, caption, © credit), ``credit-only``."""

    @property
    def credit(self) -> str:
        return f"AP Photo/{self.photographer}" if self.agency == "AP" else f"{self.photographer}/{self.agency}"


@attrs.frozen
class SectionParts:
    heading: str
    paragraphs: tuple[str, ...]


@attrs.frozen
class ArticleParts:
    title: str
    attribution: str | None
    standfirst: str
    photos: tuple[Photo, ...]
    city: str
    month: int
    day: int
    speaker: Person
    lead: str
    quotes: tuple[QuotedParagraph, ...]
    sections: tuple[SectionParts, ...]


@attrs.frozen
class Style:
    newline: str
    blank_lines: int
    blank_line_filler: str
    """What stands on a 'blank' line: nothing, spaces, a tab or a no-break space."""
    trailing: str
    """Whitespace left at the end of lines."""
    quote_marks: tuple[str, str]
    dash: str
    all_news: bool
    copyright_sign: bool
    abbreviate_month: bool
    photo_after_standfirst_without_blank: bool


def _sentence(words: list[str], *, period: bool) -> str:
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    return text + "." if period else text


def sentences(min_words: int = 4, max_words: int = 14, *, period: bool = True) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words).map(
        lambda words: _sentence(words, period=period)
    )


def title_words() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=2, max_size=4).map(
        lambda words: " ".join(word.capitalize() for word in words)
    )


people = st.builds(Person, st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES), st.sampled_from(TITLES))


@st.composite
def quoted_paragraphs(draw: st.DrawFn, person: Person) -> QuotedParagraph:
    mention = draw(st.sampled_from((person.last, "he" if person.first[-1] != "a" else "she", person.name)))
    return QuotedParagraph(
        text=draw(sentences(5, 14, period=False)),
        mention=mention,
        cue=draw(st.sampled_from(CUES)),
        speaker_first=draw(st.booleans()),
    )


@st.composite
def photos(draw: st.DrawFn) -> Photo:
    layout = draw(st.sampled_from(("credit-line", "old", "credit-only")))
    photographer = f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}"
    caption = None if layout == "credit-only" else draw(title_words()) + " at the " + draw(st.sampled_from(WORDS))
    return Photo(
        caption=caption, photographer=photographer, agency=draw(st.sampled_from(("TASS", "AP"))), layout=layout
    )


def sections(headings: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[SectionParts, ...]]:
    """Up to two sub-headed sections, their headings drawn from ``headings``, one or two paragraphs each."""
    return st.lists(
        st.builds(SectionParts, headings, st.lists(sentences(), min_size=1, max_size=2).map(tuple)),
        max_size=2,
        unique_by=lambda section: section.heading,
    ).map(tuple)


@st.composite
def articles(draw: st.DrawFn) -> ArticleParts:
    speaker = draw(people)
    month = draw(st.integers(1, 12))
    return ArticleParts(
        title=draw(sentences(3, 10, period=False)),
        attribution=draw(st.none() | st.sampled_from(ATTRIBUTIONS)),
        standfirst=draw(sentences(5, 16, period=False)),
        photos=tuple(draw(st.lists(photos(), max_size=1))),
        city=draw(st.sampled_from(CITIES)),
        month=month,
        day=draw(st.integers(1, 28)),
        speaker=speaker,
        lead=draw(sentences(6, 20, period=False)) + f", {speaker.title} {speaker.name} told reporters.",
        quotes=tuple(draw(st.lists(quoted_paragraphs(speaker), min_size=1, max_size=3))),
        sections=draw(sections(title_words())),
    )


styles = st.builds(
    Style,
    newline=st.sampled_from(NEWLINES),
    blank_lines=st.integers(1, 3),
    blank_line_filler=st.sampled_from(("", " ", "\t", "\u00a0", "  \u00a0")),
    trailing=st.sampled_from(("", " ", "\u00a0", "\t ")),
    quote_marks=st.sampled_from(QUOTE_MARKS),
    dash=st.sampled_from(DASHES),
    all_news=st.booleans(),
    copyright_sign=st.booleans(),
    abbreviate_month=st.booleans(),
    photo_after_standfirst_without_blank=st.booleans(),
)


def month_name(month: int, *, abbreviate: bool) -> str:
    name = MONTHS[month - 1]
    if not abbreviate:
        return name
    return ABBREVIATED.get(name, name[:3] + ".")


def render_quote(quote: QuotedParagraph, style: Style) -> str:
    opening, closing = style.quote_marks
    if quote.speaker_first:
        return f"{_capital(quote.mention)} {quote.cue}: {opening}{quote.text}.{closing}"
    return f"{opening}{quote.text},{closing} {quote.mention} {quote.cue}."


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def render(parts: ArticleParts, style: Style) -> str:
    """Print the article as a tass.com page, in the given style."""
    blank = (style.blank_line_filler + style.newline) * style.blank_lines
    blocks: list[list[str]] = []
    if style.all_news:
        blocks.append(["All news"])
    headline = parts.title + (f" {style.dash} {parts.attribution}" if parts.attribution else "")
    blocks.append([headline])
    head = [parts.standfirst]
    blocks.append(head)
    for photo in parts.photos:
        credit = ("© " if style.copyright_sign else "") + photo.credit
        if photo.layout == "credit-line":
            lines = [photo.caption or "", credit]
        elif photo.layout == "old":
            lines = [f"{photo.caption} {photo.credit}", photo.caption or "", credit]
        else:
            lines = [credit]
        if style.photo_after_standfirst_without_blank:
            head.extend(lines)
        else:
            blocks.append(lines)
    month = month_name(parts.month, abbreviate=style.abbreviate_month)
    blocks.append([f"{parts.city}, {month} {parts.day}. /TASS/. {parts.lead}"])
    blocks.extend([render_quote(quote, style)] for quote in parts.quotes)
    for section in parts.sections:
        blocks.append([section.heading])
        blocks.extend([paragraph] for paragraph in section.paragraphs)
    return blank.join("".join(line + style.trailing + style.newline for line in block) for block in blocks)


def reference_dates() -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))


# --- attributions: who said it ---------------------------------------------------------------------------------------

GIVEN_NAMES = ("Anil", "Dana", "Hiroshi", "Maria", "Jorge", "Olga", "Kwame", "Ingrid", "Tomas", "Leila")
FEMALE_GIVEN_NAMES = frozenset({"Dana", "Maria", "Olga", "Ingrid", "Leila"})
SURNAMES = ("Mehta", "Whitlow", "Okafor", "Lindqvist", "Moreau", "Brandt", "Sato", "Kowalski", "Haddad", "Ferreira")
PARTICLES = ("", "", "", "de ", "van ", "van der ", "al-", "Da ")
ROLES = ("analyst", "spokesman", "economist", "chief executive", "Finance Minister", "Governor", "lawyer")
EMPLOYERS = ("Crestline Securities", "Harbor-Lane Capital", "Northgate Partners", "Solberg Bank", "Tokai Bank")
PLACES_AND_DATES = ("", " on Tuesday", " in Geneva", " at a news conference", " by telephone", " late on Monday")
SPEECH_CUES = ("said", "added", "noted", "told reporters", "explained", "stressed")
UNNAMED_SOURCES = ("one dealer", "a senior finance ministry official", "one currency analyst", "a Western diplomat")


@attrs.frozen
class Source:
    """A person introduced in full, then credited by surname or pronoun."""

    given: str
    initial: str
    particle: str
    surname: str
    role: str
    employer: str

    @property
    def name(self) -> str:
        middle = f" {self.initial}." if self.initial else ""
        return f"{self.given}{middle} {self.particle}{self.surname}"

    @property
    def pronoun(self) -> str:
        return "she" if self.given in FEMALE_GIVEN_NAMES else "he"


@st.composite
def sources(draw: st.DrawFn) -> Source:
    surname = draw(st.sampled_from(SURNAMES))
    if draw(st.booleans()):
        surname = f"{surname}-{draw(st.sampled_from([s for s in SURNAMES if s != surname]))}"
    return Source(
        given=draw(st.sampled_from(GIVEN_NAMES)),
        initial=draw(st.sampled_from(("", "", "T", "R"))),
        particle=draw(st.sampled_from(PARTICLES)),
        surname=surname,
        role=draw(st.sampled_from(ROLES)),
        employer=draw(st.sampled_from(EMPLOYERS)),
    )


def introduction(source: Source, form: int) -> str:
    """A paragraph naming the source in full, the way copy first names someone."""
    role, employer, name = source.role, source.employer, source.name
    forms = (
        f"{employer} {role} {name} said the market would stay volatile.",
        f"{name}, {role} at {employer}, said the market would stay volatile.",
        f"The market will stay volatile, said {name} of {employer}.",
        f"{employer}'s {name} said the market would stay volatile.",
        f"But {name}, who joined {employer} in 2019, told reporters the market would stay volatile.",
        f"Speaking in Geneva on Monday, {role} {name} said the market would stay volatile.",
    )
    return forms[form % len(forms)]


@st.composite
def attributed_quote(draw: st.DrawFn, source: Source) -> tuple[str, str]:
    """A paragraph quoting the source by surname or pronoun, in either order; returns it and its quote's words."""
    words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=9))).capitalize()
    surname = f"{source.particle}{source.surname}".strip()
    surname = surname[0].upper() + surname[1:] if source.particle.strip() in ("de", "van", "van der") else surname
    mention = draw(st.sampled_from((surname, source.pronoun)))
    cue = draw(st.sampled_from(SPEECH_CUES))
    where = draw(st.sampled_from(PLACES_AND_DATES))
    order = draw(st.sampled_from(("after", "inverted", "before")))
    if order == "inverted" and mention != source.pronoun and cue in ("said", "added", "noted", "explained"):
        return f'"{words},” {cue} {mention}{where}.'.replace("”", '"'), words
    if order == "before":
        return f'{mention[0].upper() + mention[1:]} {cue}{where}: "{words}."', words
    if mention != source.pronoun and draw(st.booleans()):
        return f'"{words}," {mention}, speaking{where or " in Geneva"}, {cue}.', words
    return f'"{words}," {mention} {cue}{where}.', words


# --- agency pages: one story in AP, Reuters, AFP, PTI and Yonhap house styles ------------------------------------

HOUSES = ("AP", "Reuters", "AFP", "PTI", "Yonhap")
PAGE_CITIES = ("GENEVA", "NEW YORK", "BRUSSELS", "SEOUL", "NAIROBI", "SAO PAULO")
PAGE_PLACES = ("New Delhi", "Mumbai", "Kolkata", "Chennai")  # PTI prints places in mixed case
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
QUESTION_HEADINGS = ("WHAT HAPPENS NEXT?", "WHO IS IN CHARGE?", "Why does it matter?", "How did we get here?")
SLUGS = {"Reuters": ("UPDATE 1-", "EXCLUSIVE-"), "Yonhap": ("(LEAD) ", "(2nd LD) ")}
EDITORS = ("Jane Merriman", "Alex Richardson", "Mark Potter")
EDITOR_NOTES = ("(Adds minister's comment in paragraph 3)", "(Updates with closing prices)", "(Recasts, adds details)")


@attrs.frozen
class PagePhoto:
    caption: str
    """The caption's words, without its closing full stop."""
    photographer: str
    is_file: bool
    """An archive photo: AP's ``FILE -`` and ``, File``, Reuters' ``FILE PHOTO:`` and ``/File Photo``."""
    distributed: bool
    """AFP's photo as Getty Images distributes it: ``Photo by NAME /AFP via Getty Images``."""


@attrs.frozen
class Page:
    """One story as its parts, to be printed in an agency's house style."""

    house: str
    slug: str | None
    title: str
    note: str | None
    """An editor's note under the headline (Reuters: ``(Adds minister's comment in paragraph 3)``)."""
    byline: str | None
    photos: tuple[PagePhoto, ...]
    city: str
    month: int
    day: int
    year: int
    speaker: Person
    lead: str
    quotes: tuple[QuotedParagraph, ...]
    sections: tuple[SectionParts, ...]
    trailer: bool
    stamp: str | None = None
    """The page's own timestamp under the byline (``Updated 10:22 AM EST, March 3, 2024``): furniture."""
    teaser: str | None = None
    """A link to another story inside the page (``Read also: ...``): furniture."""

    def credit(self, photo: PagePhoto) -> str:
        """The credit as the house prints it (what ``PhotoCredit.credit`` should read)."""
        return {
            "AP": f"AP Photo/{photo.photographer}{', File' if photo.is_file else ''}",
            "Reuters": f"REUTERS/{photo.photographer}{'/File Photo' if photo.is_file else ''}",
            "AFP": f"{photo.photographer} {'/AFP via Getty Images' if photo.distributed else '/ AFP'}",
            "PTI": "PTI Photo",
            "Yonhap": "Yonhap",
        }[self.house]

    def photographer(self, photo: PagePhoto) -> str | None:
        return None if self.house in ("PTI", "Yonhap") else photo.photographer


@st.composite
def page_photos(draw: st.DrawFn, house: str) -> PagePhoto:
    first, last = draw(st.sampled_from(GIVEN_NAMES)), draw(st.sampled_from(SURNAMES))
    photographer = f"{first} {last.upper()}" if house == "AFP" else f"{first} {last}"
    return PagePhoto(
        caption=draw(title_words()) + " gather in " + draw(st.sampled_from(("Geneva", "Seoul", "Nairobi"))),
        photographer=photographer,
        is_file=house in ("AP", "Reuters") and draw(st.booleans()),
        distributed=house == "AFP" and draw(st.booleans()),
    )


@st.composite
def page_stamps(draw: st.DrawFn) -> str:
    """A page's timestamp line, in the forms sites print (labelled or not, with a time or not)."""
    month, day, year = draw(st.integers(1, 12)), draw(st.integers(1, 28)), draw(st.integers(2000, 2030))
    hour, minute = draw(st.integers(1, 12)), draw(st.integers(0, 59))
    name = MONTHS[month - 1]
    forms = (
        f"Updated {hour}:{minute:02} {draw(st.sampled_from(('AM', 'PM', 'a.m.')))} EST, {name} {day}, {year}",
        f"Published {day:02}.{month:02}.{year} {hour:02}:{minute:02}",
        f"{day} {name} {year} • Updated: {day} {name} {year}",
        f"Last Updated: {name} {day}, {year}, {hour}:{minute:02} PM IST",
        f"{SHORT_MONTHS[month - 1]} {day}, {year}",
    )
    return draw(st.sampled_from(forms))


TEASER_LABELS = ("Read also:", "Read more:", "See also:", "Also read:", "READ MORE:")


@st.composite
def pages(draw: st.DrawFn, house: str | None = None) -> Page:
    house = house or draw(st.sampled_from(HOUSES))
    speaker = draw(people)
    slugs = SLUGS.get(house, ())
    headings = st.one_of(title_words(), st.sampled_from(QUESTION_HEADINGS))
    return Page(
        house=house,
        slug=draw(st.none() | st.sampled_from(slugs)) if slugs else None,
        title=draw(sentences(3, 10, period=False)),
        note=draw(st.none() | st.sampled_from(EDITOR_NOTES)) if house == "Reuters" else None,
        byline=draw(st.none() | st.builds("{} {}".format, st.sampled_from(GIVEN_NAMES), st.sampled_from(SURNAMES))),
        photos=tuple(draw(st.lists(page_photos(house), max_size=3, unique_by=lambda photo: photo.caption))),
        city=draw(st.sampled_from(PAGE_PLACES if house == "PTI" else PAGE_CITIES)),
        month=draw(st.integers(1, 12)),
        day=draw(st.integers(1, 28)),
        year=draw(st.integers(2000, 2030)),
        speaker=speaker,
        lead=draw(sentences(6, 20, period=False)) + f", {speaker.title} {speaker.name} told reporters.",
        quotes=tuple(draw(st.lists(quoted_paragraphs(speaker), min_size=1, max_size=3))),
        sections=draw(sections(headings)),
        trailer=house != "PTI" and draw(st.booleans()),
        stamp=draw(st.none() | page_stamps()),
        teaser=draw(st.none() | st.builds("{} {}".format, st.sampled_from(TEASER_LABELS), title_words())),
    )


def dateline_of(page: Page) -> str:
    """The dateline as the house prints it, before the lead."""
    month = SHORT_MONTHS[page.month - 1]
    return {
        "AP": f"{page.city} (AP) —",
        "Reuters": f"{page.city}, {month} {page.day} (Reuters) -",
        "AFP": f"{page.city}, {month} {page.day}, {page.year} (AFP) -",
        "PTI": f"{page.city}, {month} {page.day} (PTI)",
        "Yonhap": f"{page.city}, {month_name(page.month, abbreviate=True)} {page.day} (Yonhap) --",
    }[page.house]


def caption_of(page: Page, photo: PagePhoto) -> str:
    """The caption as the house prints it (what ``PhotoCredit.caption`` should read)."""
    marker = {"AP": "FILE - ", "Reuters": "FILE PHOTO: "}.get(page.house, "") if photo.is_file else ""
    return f"{marker}{photo.caption}."


def _photo_line(page: Page, photo: PagePhoto) -> str:
    caption = caption_of(page, photo)
    afp = f"Photo by {page.credit(photo)}" if photo.distributed else f"(Photo by {page.credit(photo)})"
    return {
        "AP": f"{caption} ({page.credit(photo)})",
        "Reuters": f"{caption} {page.credit(photo)}",
        "AFP": f"{caption} {afp}",
        "PTI": f"{caption} (PTI Photo)",
        "Yonhap": f"{caption} (Yonhap)",
    }[page.house]


def trailer_of(page: Page) -> list[str]:
    """The house's sign-off lines."""
    editor = EDITORS[page.day % len(EDITORS)]
    return {
        "AP": ["___", f"Associated Press writer {editor} contributed to this report."],
        "Reuters": [f"(Reporting by {page.byline or editor}; Editing by {editor})"],
        "AFP": ["kd/jm"],
        "Yonhap": ["(END)"],
    }.get(page.house, [])


def render_page(page: Page, style: Style) -> str:
    """Print the page in its house style, with the formatting chosen by ``style``."""
    blank = (style.blank_line_filler + style.newline) * style.blank_lines
    blocks: list[list[str]] = [[(page.slug or "") + page.title]]
    if page.note:
        blocks.append([page.note])
    blocks.extend([_photo_line(page, photo)] for photo in page.photos)
    if page.byline:
        blocks.append([f"By {page.byline}"])
    if page.stamp:
        blocks.append([page.stamp])
    blocks.append([f"{dateline_of(page)} {page.lead}"])
    blocks.extend([render_quote(quote, style)] for quote in page.quotes)
    if page.teaser:
        blocks.append([page.teaser])
    for section in page.sections:
        blocks.append([section.heading])
        blocks.extend([paragraph] for paragraph in section.paragraphs)
    if page.trailer:
        blocks.extend([line] for line in trailer_of(page))
    return blank.join("".join(line + style.trailing + style.newline for line in block) for block in blocks)


CANONICAL_STYLE = Style(
    newline="\n",
    blank_lines=1,
    blank_line_filler="",
    trailing="",
    quote_marks=('"', '"'),
    dash="—",
    all_news=False,
    copyright_sign=False,
    abbreviate_month=False,
    photo_after_standfirst_without_blank=False,
)
