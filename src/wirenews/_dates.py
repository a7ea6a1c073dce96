"""Reference dates as records and feeds print them, read with python-dateutil.

A record's publication date comes in the form its source uses: ISO 8601 from most APIs
(``2024-12-26``, ``2024-12-26T10:00:00Z``), RFC 2822 from RSS feeds (``Thu, 26 Dec 2024
10:00:00 GMT``), or as a page prints it (``December 26, 2024``, ``26 December 2024``).
dateutil's parser reads them all; what it would make up is refused: a date it can only
complete from its defaults (``December 26``, ``2024``) is no reference date. All-numeric
dates with slashes are read month first (``12/26/2024``), as dateutil does.
"""

from __future__ import annotations

import datetime as dt

import regex
from dateutil import parser as date_parser

_ISO_DATE = regex.compile(r"\d{4}-\d\d-\d\d(?:[T ]|\Z)")
# Two defaults that share no year, month or day: a part the text lacks shows as a difference.
_DEFAULTS = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))
_LONGEST = 100  # a date is short; a longer value is not one (and dateutil's time grows with it)


def read_date(value: str) -> dt.date:
    """The calendar date ``value`` prints; ValueError when it prints none, or only part of one.

    >>> read_date("2024-12-26T10:00:00Z"), read_date("Thu, 26 Dec 2024 10:00:00 GMT")
    (datetime.date(2024, 12, 26), datetime.date(2024, 12, 26))
    >>> read_date("December 26, 2024"), read_date("26 December 2024")
    (datetime.date(2024, 12, 26), datetime.date(2024, 12, 26))
    >>> read_date("December 26")
    Traceback (most recent call last):
    ...
    ValueError: 'December 26' is not a whole date (a year, a month and a day)
    """
    text = value.strip()
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError as error:
            raise ValueError(f"{text!r} is not a date: {error}") from error
    if len(text) > _LONGEST:
        raise ValueError(f"{text[:40]!r}... is not a date: too long")
    try:
        first, second = (date_parser.parse(text, default=default).date() for default in _DEFAULTS)
    except (ValueError, OverflowError) as error:  # dateutil's ParserError is a ValueError
        raise ValueError(f"{text!r} is not a date") from error
    if first != second:
        raise ValueError(f"{text!r} is not a whole date (a year, a month and a day)")
    return first
