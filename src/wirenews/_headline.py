"""Stage 3: a headline's parts: wire slug, title and trailing attribution.

UPDATE 1-Statue of Liberty to reopen        slug "UPDATE 1-"
(LEAD) N. Korea fires missile               slug "(LEAD) "
Putin, Trump ... North Korea — Kremlin      attribution "Kremlin"
Ex-Chinese Premier Li Peng dies aged 90: Xinhua     attribution "Xinhua"
"""

from __future__ import annotations

import attrs
import regex

from wirenews._dateline import is_date
from wirenews._lexicon import DOCUMENT_NOUNS, ORGANISATION_HEADS, ORGANISATION_WORDS, ROLE_NOUNS
from wirenews._patterns import AGENCY_NAMES
from wirenews.agencies import AGENCIES
from wirenews.records import Block, Headline

# "Ky. Company Wins Grant to Study Peptides (AP)": the agency's tag closing a headline
_AGENCY_TAG = regex.compile(rf"\s*\({AGENCY_NAMES}\)\s*\Z")

# The agencies' wire slugs, from the agency table: UPDATE 1-, PRECIOUS-, >>>ANSA/, (LEAD)
_SLUG = regex.compile("(?:" + "|".join(f"(?:{slug})" for agency in AGENCIES for slug in agency.slugs) + ")")

# " — Kremlin", " - Alfano", ": Xinhua" closing the headline: a short source after a dash or colon.
_ATTRIBUTION = regex.compile(
    r"""
    (?: \s+[—–-]{1,2}\s+ (?P<source>[\p{L}\d’'.\-]+(?:\s+[\p{L}\d’'.\-]+){0,5})
      | :\s+ (?P<source>\p{Lu}[\p{L}\d’'.\-]*(?:\s+[\p{L}\d’'.\-]+){0,2})
      | :\s+ (?P<described>\p{Ll}[\p{L}’'.\-]*(?:\s+[\p{L}’'.\-]+){0,2})      # ": report", ": state media"
    )\s*\Z""",
    regex.VERBOSE,
)
# A source in lower case after a colon must end in a noun that speaks: a document, a role, a body.
_SPEAKING_NOUNS = DOCUMENT_NOUNS | ROLE_NOUNS | ORGANISATION_HEADS | ORGANISATION_WORDS


@attrs.frozen
class HeadlineParts:
    title: str
    attribution: str | None
    slug: str | None


def split_headline(text: str) -> HeadlineParts:
    """Split a headline into slug, title and attribution.

    >>> split_headline("Putin, Trump speak in favor of dialogue — Kremlin")
    HeadlineParts(title='Putin, Trump speak in favor of dialogue', attribution='Kremlin', slug=None)
    >>> split_headline("PRECIOUS-Gold rises as Trump policy fuels safe haven demand").slug
    'PRECIOUS-'
    >>> split_headline("Top EU court: Britain can unilaterally reverse Brexit decision").attribution is None
    True
    >>> split_headline("Crackdown on the media is illegal: report").attribution
    'report'
    """
    slug_match = _SLUG.match(text)
    slug = slug_match.group() if slug_match and slug_match.end() < len(text) else None
    title = text[len(slug) :] if slug else text
    tag = _AGENCY_TAG.search(title)
    if tag is not None and tag.start() > 0:
        title = title[: tag.start()]
    attribution = None
    found = _ATTRIBUTION.search(title)
    source: str | None = None
    if found is not None:
        source = found.group("source")
        described = found.group("described")
        if described and described.split()[-1].casefold() in _SPEAKING_NOUNS:
            source = described  # "Tourism slump: lessons to learn" is a headline with a colon, not a source
    # the part before the source must be a headline of its own, longer than the source
    if found is not None and source and len(title[: found.start()].split()) >= 3 and not is_date(source):
        attribution = source.rstrip(".")
        title = title[: found.start()]
    return HeadlineParts(title=title.strip(), attribution=attribution, slug=slug)


def read_headline(block: Block) -> Headline:
    """The headline record of the headline's block."""
    parts = split_headline(block.text)
    return Headline(text=block.text, title=parts.title, attribution=parts.attribution, slug=parts.slug, span=block.span)
