"""Datelines: the grammar, and the record built from what it read.

A dateline opens the first paragraph of a wire story and says where, when and by
whom it was filed.  Its grammar, in the agencies' own forms::

    dateline  := [byline] place [sep date] sep marker        MOSCOW, December 15. /TASS/.
               | "(" agency ")" dash place [sep date] dash      (ANSA) - ROME, JUL 11 -
               | date marker                                    Jan 3 (Reuters) -
               | marker                                         (Bloomberg) --
               | PLACE sep date dash                            NEW YORK, March 3 -
               | place (dash | ":")                             PARIS — | New Delhi: | Indianapolis –
               | Place "."                                      Riad. (dpa, opening a long paragraph)
    place     := city [region]                                  IGORA /Leningrad Region/, COLUMBIA, S.C.
    date      := month day [year] | day month [year]            Nov. 7 | 21 ene | 7 November 2017
    marker    := "/" agency "/." | "(" agency ")" [dash] | agency dash | agency "."
               | "(" site "/" agency dash date ")"                (UrduPoint News / Sputnik - 29th April, 2020)

Month names are read in English, Spanish, French, Italian, German, Russian and
Turkish.  A dateline without a year gets the year that puts its date nearest to
the reference date; without a reference date it keeps only its month and day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

import attrs
import regex

from wirenews._lexicon import CAPTION_LEAD_INS, HONORIFICS, KICKERS, SITE_DOMAINS, TIMESTAMP_LABELS, TITLES
from wirenews._lines import PARAGRAPH_LENGTH
from wirenews._patterns import AGENCY_NAMES, word_trie
from wirenews.records import Block, Dateline, Paragraph, Span

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "enero", "ene", "janvier", "janv", "gennaio", "gen", "januar", "января", "ocak"),
    2: (
        "february",
        "feb",
        "febrero",
        "février",
        "fevrier",
        "févr",
        "fév",
        "fev",
        "febbraio",
        "februar",
        "февраля",
        "şubat",
        "subat",
    ),
    3: ("march", "mar", "marzo", "mars", "märz", "maerz", "марта", "mart"),
    4: ("april", "apr", "abril", "abr", "avril", "avr", "aprile", "апреля", "nisan"),
    5: ("may", "mayo", "mai", "maggio", "mag", "мая", "mayıs", "mayis"),
    6: ("june", "jun", "junio", "juin", "giugno", "giu", "juni", "июня", "haziran"),
    7: ("july", "jul", "julio", "juillet", "juil", "luglio", "lug", "juli", "июля", "temmuz"),
    8: ("august", "aug", "agosto", "ago", "août", "aout", "августа", "ağustos", "agustos"),
    9: (
        "september",
        "sept",
        "sep",
        "septiembre",
        "setiembre",
        "septembre",
        "settembre",
        "set",
        "сентября",
        "eylül",
        "eylul",
    ),
    10: ("october", "oct", "octubre", "octobre", "ottobre", "ott", "oktober", "okt", "октября", "ekim"),
    11: ("november", "nov", "noviembre", "novembre", "ноября", "kasım", "kasim"),
    12: (
        "december",
        "dec",
        "diciembre",
        "dic",
        "décembre",
        "decembre",
        "déc",
        "dicembre",
        "dezember",
        "dez",
        "декабря",
        "aralık",
        "aralik",
    ),
}
_MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names}
_MONTH = (
    "(?i:"
    + "|".join(sorted(map(regex.escape, _MONTHS), key=len, reverse=True))
    + r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\p{Ll}{1,6}"  # truncated or misspelt: "Marc", "Apri"
    + r")\b\.?"
)
_WEEKDAY = r"(?:(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s+)"
_WEEKDAY_ALONE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"

_DATE = rf"""
    (?:{_WEEKDAY}?
      (?: (?P<month>{_MONTH}) \s* (?P<day>[0-3]?\d)(?:st|nd|rd|th)?
        | (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<month>{_MONTH})
      )
      (?:,?\s*(?P<year>(?:1[89]|2[01])\d\d)\b)?
    )"""

# A page's timestamp printed as a line of its own: dates with their year and times, each perhaps labelled
# (``Published 10:22 AM EST, March 3, 2024``, ``20 Nisan 2026•Güncelleme: 20 Nisan 2026``, ``03.03.2024 10:22``).
_STAMP_LABEL = (
    f"(?i:{word_trie(TIMESTAMP_LABELS)})" + r"\s*:?\s*(?:(?i:on|le|am|el|il)\s+)?"  # "Mis à jour le 3 mars"
)
_STAMP_DATE = rf"""(?:{_WEEKDAY}?
      (?: {_MONTH}\s*[0-3]?\d(?:st|nd|rd|th)?,?\s*(?:1[89]|2[01])\d\d
        | [0-3]?\d(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{_MONTH}\s*(?:de\s+)?,?\s*(?:1[89]|2[01])\d\d
        | [0-3]?\d[./][01]?\d[./](?:1[89]|2[01])\d\d
        | (?:1[89]|2[01])\d\d-[01]\d-[0-3]\d
      ))"""
_STAMP_TIME = (
    r"(?:(?i:(?:at|à|um|a\s+las|alle)\s+)?[0-2]?\d[:.][0-5]\d(?:\s*(?i:[ap]\.?m\.?))?"
    r"(?:\s*\p{Lu}{2,4}|\s*(?i:ist|gmt|utc))?)"  # 10:22 AM EST, 9:27 PM IST, 11:06am ist
)
_STAMP_PART = rf"(?:{_STAMP_LABEL})?(?:{_STAMP_DATE}(?:,?\s*{_STAMP_TIME})?|{_STAMP_TIME},?\s*{_STAMP_DATE})"
_TIMESTAMP = regex.compile(rf"\s*{_STAMP_PART}(?:\s*[•|·,/–—-]?\s*{_STAMP_PART})*\s*\Z", regex.VERBOSE)


def is_timestamp(line: str) -> bool:
    """Whether ``line`` is nothing but a page's publication or update times.

    >>> is_timestamp("20 Nisan 2026•Güncelleme: 20 Nisan 2026"), is_timestamp("Updated 10:22 AM EST, March 3, 2024")
    (True, True)
    >>> is_timestamp("MOSCOW, March 3, 2024. /TASS/. Talks resume")
    False
    """
    return len(line) <= _SHORT_STAMP and _YEAR.search(line) is not None and _TIMESTAMP.match(line) is not None


_SHORT_STAMP = 120
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")  # every timestamp prints one: most lines are turned away here

_DASH = r"(?:-{1,3}|[–—]|_)"
_PARENS_AGENCY = AGENCY_NAMES + r"|\p{Lu}[\p{L}\-]{1,20}(?:\s\p{Lu}[\p{L}\-]{1,20}){0,2}"

_MARKER = rf"""
    (?: /\s*(?P<agency>\p{{L}}[\p{{L}} \-]{{1,19}}?)\s*/\.?        # /TASS/.
        (?:\s*/\s*(?P=agency)\s*/\.?)?                         # the doubled /TASS/. /TASS/.
      # (Reuters) -   (EFE).-   (PTI) The
      | \(\s?(?P<agency>{AGENCY_NAMES})\s?\)(?:\.?\s*{_DASH}|\.-|:|\s*(?=\p{{Lu}})|\s*\Z)
      | \(\s?(?P<agency>{_PARENS_AGENCY})\s?\)(?:\.?\s*{_DASH}|\.-|:)          # an agency not in the table: (WAFA) -
      | (?P<agency>{AGENCY_NAMES})(?:\s*{_DASH}|\.(?=\s))                # Kyodo -  Reuter -  УНН.
      # republished copy naming the site and the agency, with the date: (UrduPoint News / Sputnik - 29th April, 2020)
      | \(\s?[^()\n]{{2,60}}?\s*/\s*(?P<agency>{AGENCY_NAMES})\s*{_DASH}\s*{_DATE}\s*\)
    )"""

_UPPER_WORD = r"\p{Lu}[\p{Lu}\p{M}'’.\-]*"
_UPPER_PLACE = rf"{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,4}}(?:/{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,3}})?"
_MIXED_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]*\.?"
_PARTICLE = r"(?:de|del|la|el|di|da|do|dos|al|am|an|on|upon|sur|les?)"
# A place typed without its capitals (commodity desks' copy: "sioux falls", "st paul", "Mexico city"), only before
# a date: a sentence never opens in lower case, nor in two words and a comma before a date.
_LOOSE_PLACE = (
    r"\p{Ll}[\p{Ll}\p{M}.'’\-]*(?:[ ]\p{Ll}[\p{Ll}\p{M}.'’\-]*){0,2}"
    r"|\p{Lu}\p{Ll}+[ ]\p{Ll}+"  # two words, only the first capital: "Mexico city", "La paz", "New york"
)
_MIXED_PLACE = rf"{_MIXED_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_MIXED_WORD}){{0,3}}"
# (a month where a day or the dash follows it: "Nova Scotia" is no misspelt November, "CHICAGO, April -" no region)
_REGION_WORD = rf"(?!{_MONTH}\s*[\d\-]|{_WEEKDAY_ALONE})\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*"
_REGION = rf"""
    (?: \s*/(?P<region>[^/\n]{{2,40}})/                         # IGORA /Leningrad Region/
      | \s*\[(?P<region>[^\]\n]{{2,40}})\]                      # New Delhi [India]
      # , S.C.   , the Netherlands   (before what closes a dateline: AUSTIN, Texas —)
      | ,\s*(?P<region>(?:the[ ])?{_REGION_WORD}(?:[ ]{_REGION_WORD}){{0,2}})
        (?=\s*(?:[,.(/—–]|--|-[ ]|{AGENCY_NAMES}\b))
    )"""


# One word of a city's name in mixed case: Hamburg, Main (of Frankfurt/Main)
_CITY_WORD = r"\p{Lu}\p{Ll}{2,}"
# A place alone and its full stop, opening a sentence (dpa's German copy: "Riad. Die Boxwelt ...").
_BARE_PLACE = rf"(?P<city>{_CITY_WORD}(?:[- ]\p{{Lu}}\p{{Ll}}+)?)\.(?=[ ]\p{{Lu}}\p{{Ll}})"


# What a form cannot match without: most lines are sentences that hold none of it, and looking for a
# character is far cheaper than trying a form's places, regions and dates.
# (The standard library's engine searches a plain list of names like the agencies' several times faster.)
_AGENCY_THEN_MARK = re.compile(rf"{AGENCY_NAMES}[\s.\-–—_]")
_DIGIT = regex.compile(r"\d")
_DASH_CHAR = regex.compile(r"[-–—_]")


def _has_marker(rest: str) -> bool:
    return "/" in rest or "(" in rest or _AGENCY_THEN_MARK.search(rest) is not None


def _opens_with_parenthesis(rest: str) -> bool:
    return rest.startswith("(")


def _has_day_then_dash(rest: str) -> bool:
    digit = _DIGIT.search(rest)  # one pass each, however many digits the line holds
    return digit is not None and _DASH_CHAR.search(rest, digit.end()) is not None


def _is_paragraph(rest: str) -> bool:
    return len(rest) > PARAGRAPH_LENGTH and _SENTENCE_CLOSE.search(rest) is not None


def _has_dash_or_colon(rest: str) -> bool:
    return "—" in rest or "–" in rest or ":" in rest or "--" in rest


def _has_spaced_hyphen(rest: str) -> bool:
    return " - " in rest


def _has_domain_dot(rest: str) -> bool:
    return "." in rest[:_SITE_NAME_REACH]


_SITE_NAME_REACH = 48  # a site's name and its domain
_SITE_DOMAIN = word_trie(sorted(SITE_DOMAINS))


def _form(source: str) -> regex.Pattern[str]:
    return regex.compile(source, regex.VERBOSE | regex.V0)


class DatelineForm(NamedTuple):
    """One form of the dateline grammar."""

    name: str
    """Kept on the block as the rule that made it: ``dateline: place and date``."""
    pattern: regex.Pattern[str]
    needs: Callable[[str], bool] | None
    """What the form cannot match without, checked first (None: nothing cheap to check)."""
    opens_long_paragraph: bool = False
    """The form may only open a story's first paragraph, and a long one: elsewhere it is a sentence, a
    caption or a line of a table ("Riad. Die ...", "WHEAT - 1,200 tonnes")."""


# The dateline forms, tried in order; the first that matches wins.
_FORMS: tuple[DatelineForm, ...] = (
    # place, optional date, agency marker: MOSCOW, December 15. /TASS/.  Luxembourg (dpa) -
    DatelineForm(
        "place and agency marker",
        _form(rf"""
            (?P<city>{_UPPER_PLACE}|{_MIXED_PLACE}) {_REGION}?
            (?:[,.]?\s*(?:{_DATE}|{_WEEKDAY_ALONE}))?
            [,.]?\s*{_MARKER}
        """),
        _has_marker,
    ),
    # agency first: (ANSA) - ROME, JUL 11 -
    DatelineForm(
        "agency first",
        _form(rf"""
            \((?P<agency>{_PARENS_AGENCY})\)\s*{_DASH}\s*
            (?P<city>{_UPPER_PLACE}|{_MIXED_PLACE}){_REGION}?
            (?:[,.]?\s*{_DATE})?\s*{_DASH}
        """),
        _opens_with_parenthesis,
    ),
    # no place: Jan 3 (Reuters) -   (Bloomberg) --   March 11, Reuter -
    DatelineForm("agency marker", _form(rf"(?:{_DATE}[,.]?\s*)?{_MARKER}"), _has_marker),
    # the source lines of sites that carry agency copy, alone on their line: PTI Mumbai, Reuters, Washington,
    DatelineForm(
        "source line",
        _form(rf"""
            (?P<agency>{AGENCY_NAMES}),?\s+(?P<city>{_UPPER_PLACE}|{_MIXED_PLACE}){_REGION}?[,:]?\s*\Z
        """),
        None,
    ),
    # no agency, a place and a date: NEW YORK, March 3 -   PORTLAND, Ore., March 3 -   KANSAS CITY, Mo. - March 13 -
    # JOHANNESBURG March 13 -   and a place typed without its capitals: peoria, april 7 -
    DatelineForm(
        "place and date",
        _form(rf"""
            (?: (?P<city>{_UPPER_PLACE}|{_MIXED_PLACE})\s?{_REGION}?(?:[,.]?\s*-\s+|[,.]\s*)
              | (?P<city>{_UPPER_PLACE})[ ](?={_MONTH}[ ]\d)
              | (?P<city>{_LOOSE_PLACE}),[ ]
            ){_DATE}[,.]?\s*{_DASH}
        """),
        _has_day_then_dash,
    ),
    # a place alone before a dash or colon: PARIS — ...   New Delhi: ...   Indianapolis – ...
    DatelineForm(
        "place and dash",
        _form(rf"""
            (?P<city>{_UPPER_PLACE}){_REGION}?\s*(?:[—–]|--|:)(?=\s+\S)
          | (?P<city>{_MIXED_PLACE}){_REGION}?:(?=\s+\S)
          | (?P<city>{_MIXED_PLACE}){_REGION}?[ ](?:[—–]|--)(?=[ ]\p{{Lu}})    # a paper's own dateline
        """),
        _has_dash_or_colon,
    ),
    # a news site's own name, as its domain, before a dash opening a long paragraph: PanARMENIAN.Net - Verified
    DatelineForm(
        "site and dash",
        _form(rf"""(?P<agency>\p{{L}}[\p{{L}}\d\-]{{0,40}}\.(?i:{_SITE_DOMAIN}))[ ][-–—](?=[ ]\p{{Lu}})"""),
        _has_domain_dot,
        opens_long_paragraph=True,
    ),
    # Reuters without the date, an upper-case place and a spaced hyphen opening a long paragraph: TOKYO - The
    DatelineForm(
        "place and hyphen",
        _form(rf"""(?P<city>{_UPPER_PLACE}){_REGION}?,?[ ]-(?=[ ][\p{{Lu}}<"“])"""),
        _has_spaced_hyphen,
        opens_long_paragraph=True,
    ),
    # dpa's German regional copy, a city in mixed case and a spaced hyphen: Hamburg - Der ...  Frankfurt/Main -
    DatelineForm(
        "city and hyphen",
        _form(rf"""(?P<city>{_CITY_WORD}(?:/{_CITY_WORD})?)[ ]-(?=[ ]\p{{Lu}}\p{{Ll}})"""),
        _has_spaced_hyphen,
        opens_long_paragraph=True,
    ),
    # dpa's German form, a place and a full stop opening a long paragraph: Riad. Die Boxwelt ...
    DatelineForm("place and full stop", _form(_BARE_PLACE), None, opens_long_paragraph=True),
)


# The wire's priority marks before a dateline: ****SANTO DOMINGO, March 4 -
_PRIORITY_STARS = regex.compile(r"\*{2,}\s*(?=\p{Lu})")
# A byline opening the dateline's line: By DIEDTRA HENDERSON WASHINGTON (AP) --
_BYLINE = regex.compile(r"(?i:by)\s+")
_BYLINE_EXTRA_WORD = regex.compile(r"\p{Lu}\.|(?i:de|van|von|der|al|bin|da|di|le|la)\Z|\p{Lu}\.\p{Lu}\.")


@attrs.frozen
class DatelineMatch:
    """What the grammar read from the start of a line."""

    start: int
    """Offset in the line where the dateline starts (after a byline printed before it)."""
    end: int
    """Offset in the line where the dateline (with its marker and dash) ends."""
    city: str | None
    region: str | None
    location: str | None
    month: int | None
    day: int | None
    year: int | None
    agency: str | None
    first_paragraph_only: bool = False
    """A form that only the story's first paragraph can open (``Riad.``): elsewhere it is a sentence."""
    form: str = "place line"
    """The name of the grammar's form that matched."""


def match_dateline(line: str) -> DatelineMatch | None:
    """Read a dateline at the start of ``line``.

    >>> m = match_dateline("IGORA /Leningrad Region/, December 26. /TASS/. Russia could")
    >>> m.location, m.city, m.region, m.month, m.day, m.agency
    ('IGORA /Leningrad Region/', 'IGORA', 'Leningrad Region', 12, 26, 'TASS')
    >>> match_dateline("Russia could use Oreshnik again") is None
    True
    """
    start = _byline_end(line)
    head = line[: start + 240]
    if not _may_open_with_dateline(head, start):
        return None  # no bracket, slash, dash or colon near the start: a sentence, not a dateline
    rest = head[start:]
    answers: dict[Callable[[str], bool], bool] = {}  # a need shared by two forms is looked for once
    for name, form, needs, opens_long_paragraph in _FORMS:
        if needs is not None:
            if needs not in answers:
                answers[needs] = needs(rest)
            if not answers[needs]:
                continue
        found = form.match(head, start)
        if found is None:
            continue
        month_text = found.group("month") if "month" in form.groupindex else None
        month = _month_number(month_text) if month_text else None
        day = int(found.group("day")) if month is not None and found.group("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        year_text = found.group("year") if "year" in form.groupindex else None
        city = found.group("city") if "city" in form.groupindex else None
        if city is not None and _not_a_place(city, head, found.end()):
            continue
        if opens_long_paragraph and not _is_paragraph(line[start:]):  # the whole line: ``head`` is cut short
            continue  # "Riad." opens a long paragraph; a short line so opened is a sentence or a caption
        region = found.group("region") if "region" in form.groupindex else None
        location = None
        if city is not None:
            location_end = found.end("region") if region is not None else found.end("city")
            if region is not None and head[location_end : location_end + 1] in ("/", "]"):
                location_end += 1
            location = head[found.start("city") : location_end]
            if region is None:
                # "КИЕВ. 3 декабря": the dot after a one-word place separates, "ST. PETERSBURG" keeps its own
                location = city = _drop_separator_dot(city)
        return DatelineMatch(
            start=start,
            end=found.end(),
            city=city,
            region=region.strip() if region else None,
            location=location,
            month=month,
            day=day,
            year=int(year_text) if year_text else None,
            agency=found.group("agency") if "agency" in form.groupindex else None,
            first_paragraph_only=opens_long_paragraph,
            form=name,
        )
    return None


_SENTENCE_CLOSE = regex.compile(r"[.!?…][\"”»’')]*\s*\Z")
_QUOTED_TO_THE_END = regex.compile(r"\s*[\"“„«‘'].{1,100}[\"”“»’']\s*\Z")


def _not_a_place(city: str, head: str, end: int) -> bool:
    """What stands where a place would that is none: a caption's ``Above:``, a person's ``Dr.``, a heading."""
    folded = city.casefold()
    if folded in CAPTION_LEAD_INS or folded in HONORIFICS or folded in TITLES or folded in KICKERS:
        return True
    if head[end - 1 : end] != ":":
        return False
    # "Kabayel: „Das ist die Champions League“", "Bönte: Fury muss Usyks Rhythmus brechen": headings
    rest = head[end:]
    return _QUOTED_TO_THE_END.match(rest) is not None or (
        len(rest) < PARAGRAPH_LENGTH and _SENTENCE_CLOSE.search(rest) is None
    )


_DATE_ONLY = regex.compile(rf"{_DATE}\s*\Z", regex.VERBOSE | regex.V0)


def is_date(text: str) -> bool:
    """Whether ``text`` is nothing but a date (``Nov. 7``, ``APR 7``).

    >>> is_date("Nov. 7"), is_date("Kremlin")
    (True, False)
    """
    return _DATE_ONLY.match(text) is not None


# Every dateline form but the short source lines ("PTI Mumbai") has one of these near its start: a mark,
# an agency's name before a dash, initials between full stops, or a place and its full stop. Looked for
# one kind at a time, the cheapest first (the standard library's engine for the plain ones: one pattern
# holding them all cost ten microseconds a line, most lines being sentences that hold none).
_MARKS = re.compile(r"[/(\[—–_:]|-(?:\s|\Z)|\.-|(?<=\s)-")
_AGENCY_THEN_DASH = re.compile(AGENCY_NAMES + r"\s*-")
_INITIALS_STOP = regex.compile(r"\.\s*\p{Lu}+\.")
_PLACE_STOP = regex.compile(_BARE_PLACE)
_HINT_WINDOW = 160
_SHORT_LINE = 48


def _may_open_with_dateline(head: str, start: int) -> bool:
    """Whether a marker stands within ``_HINT_WINDOW`` of ``start`` (or the line is short)."""
    end = start + _HINT_WINDOW
    return (
        len(head) - start <= _SHORT_LINE
        or _MARKS.search(head, start, end) is not None
        or _AGENCY_THEN_DASH.search(head, start, end) is not None
        or ("." in head[start:end] and _INITIALS_STOP.search(head, start, end) is not None)
        or _PLACE_STOP.match(head, start, end) is not None
    )


def _byline_end(line: str) -> int:
    """Where the dateline starts: after priority stars (``****LONDON``) or ``By NAME`` (two words or more)."""
    stars = _PRIORITY_STARS.match(line)
    if stars is not None:
        return stars.end()
    found = _BYLINE.match(line)
    if found is None:
        return 0
    words = line[found.end() : found.end() + 120].split(" ")
    wanted, taken, offset = 2, 0, found.end()
    for word in words:
        if taken >= wanted:
            if word.casefold() != "and":
                break
            wanted += 3  # a second author: "and" and two more words
        elif _BYLINE_EXTRA_WORD.match(word):
            wanted += 1
        taken += 1
        offset += len(word) + 1
    return offset if taken >= wanted else 0


def _month_number(printed: str) -> int | None:
    name = printed.rstrip(".").casefold()
    return _MONTHS.get(name) or _MONTHS.get(name[:3])


def _drop_separator_dot(place: str) -> str:
    last_word = place.rsplit(" ", 1)[-1]
    if last_word.endswith(".") and "." not in last_word[:-1] and len(last_word) > 4:
        return place[:-1]
    return place


def resolve_date(year: int | None, month: int | None, day: int | None, reference: dt.date | None) -> dt.date | None:
    """The full date: the printed year, else the year nearest to ``reference``.

    >>> resolve_date(None, 12, 31, dt.date(2018, 1, 2))
    datetime.date(2017, 12, 31)
    >>> resolve_date(None, 12, 31, None) is None
    True
    """
    if month is None or day is None:
        return None
    if year is not None:
        return _safe_date(year, month, day)
    if reference is None:
        return None
    candidates = [
        date
        for candidate_year in (reference.year - 1, reference.year, reference.year + 1)
        if (date := _safe_date(candidate_year, month, day)) is not None
    ]
    return min(candidates, key=lambda date: abs((date - reference).days), default=None)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def build_dateline(
    found: DatelineMatch, block: Block, reference_date: dt.date | None
) -> tuple[Dateline, Paragraph | None]:
    """The dateline read from its block, and the rest of the block: the lead's paragraph, if any."""
    start = block.span.start + found.start
    raw_text = block.text[found.start : found.end].rstrip()
    dateline = Dateline(
        raw=raw_text,
        location=found.location,
        city=found.city,
        region=found.region,
        date=resolve_date(found.year, found.month, found.day, reference_date),
        year=found.year,
        month=found.month,
        day=found.day,
        agency=found.agency,
        span=Span(start, start + len(raw_text)),
    )
    rest = block.text[found.end :]
    stripped = rest.lstrip()
    if not stripped:
        return dateline, None
    rest_start = block.span.start + found.end + len(rest) - len(stripped)
    return dateline, Paragraph(text=stripped, span=Span(rest_start, block.span.end))
