r"""wirenews: wire-service news copy (TASS, Reuters, AP, AFP, ...) parsed into typed records.

>>> import datetime, wirenews
>>> article = wirenews.parse_article(
...     "Port strike ends after talks — union\n\n"
...     "ODESSA, May 4. /TASS/. Dock workers returned on Friday, the union said.",
...     reference_date=datetime.date(2023, 5, 5),
... )
>>> article.headline.title, article.dateline.date.isoformat(), article.lead.text
('Port strike ends after talks', '2023-05-04', 'Dock workers returned on Friday, the union said.')
"""

from wirenews import feeds, tables
from wirenews._batch import Record, parse_many
from wirenews._parse import parse_article
from wirenews._schema import json_schema
from wirenews.agencies import AGENCIES, Agency, canonical_agency
from wirenews.records import (
    Article,
    Block,
    BlockKind,
    Dateline,
    Diagnostic,
    Headline,
    Paragraph,
    PhotoCredit,
    Quote,
    QuoteKind,
    QuotePart,
    Section,
    Span,
    Speaker,
    SpeakerKind,
    SpeakerSummary,
    Standfirst,
)

__version__ = "0.1.0"

__all__ = [
    "AGENCIES",
    "Agency",
    "Article",
    "Block",
    "BlockKind",
    "Dateline",
    "Diagnostic",
    "Headline",
    "Paragraph",
    "PhotoCredit",
    "Quote",
    "QuoteKind",
    "QuotePart",
    "Record",
    "Section",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeakerSummary",
    "Standfirst",
    "__version__",
    "canonical_agency",
    "feeds",
    "json_schema",
    "parse_article",
    "parse_many",
    "tables",
]
