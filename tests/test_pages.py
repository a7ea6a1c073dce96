"""Generated agency pages: one story printed in AP, Reuters, AFP, PTI and Yonhap house styles.

Each page has a headline (with the house's wire slug and, at Reuters, an editor's note), photos
credited in the house's form, a byline and the site's timestamp, the house's dateline, quotations,
a link to another story, sub-headings (some of them questions) and the house's sign-off; parsing
recovers every part, and formatting variants of a page parse as its canonical print does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings

from wirenews import Article, BlockKind, parse_article

from invariants import check_invariants
from strategies import CANONICAL_STYLE, Page, Style, caption_of, pages, render_page, styles, trailer_of


def _reference(page: Page) -> dt.date:
    return dt.date(page.year, page.month, page.day)


@settings(max_examples=300)
@given(pages(), styles)
def test_a_house_style_page_parses_back_to_its_parts(page: Page, style: Style) -> None:
    text = render_page(page, style)
    article = parse_article(text, reference_date=_reference(page))
    check_invariants(text, article)

    assert article.headline is not None
    assert (article.headline.title, article.headline.slug) == (page.title, page.slug)
    assert article.standfirst is None

    dateline = article.dateline
    assert dateline is not None
    assert (dateline.location, dateline.agency) == (page.city, page.house)
    if page.house == "AP":  # AP's datelines print no date
        assert (dateline.month, dateline.day) == (None, None)
    else:
        assert dateline.date == _reference(page)
    assert article.agency == page.house

    assert article.lead is not None
    assert article.lead.text == page.lead
    bylines = [block.text for block in article.blocks if block.kind is BlockKind.BYLINE]
    assert bylines == ([f"By {page.byline}"] if page.byline else [])
    notes = [block.text for block in article.blocks if block.kind is BlockKind.EDITOR_NOTE]
    assert notes == ([page.note] if page.note else [])
    # the site's timestamp and its link to another story are furniture, wherever they stand
    assert [block.text for block in article.boilerplate] == [line for line in (page.stamp, page.teaser) if line]

    assert [(p.caption, p.credit, p.agency, p.photographer, p.is_file) for p in article.photo_credits] == [
        (
            caption_of(page, photo),
            page.credit(photo),
            page.house,
            page.photographer(photo),
            photo.is_file,
        )
        for photo in page.photos
    ]

    assert [(s.heading, tuple(p.text for p in s.paragraphs)) for s in article.sections] == [
        (s.heading, s.paragraphs) for s in page.sections
    ]
    assert [q.text.strip('"“”«».,') for q in article.quotes] == [q.text for q in page.quotes]
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [page.speaker.name] * len(page.quotes)
    assert [block.text for block in article.trailers] == (trailer_of(page) if page.trailer else [])


def _reading(article: Article) -> dict[str, Any]:
    """What a page says, without where it says it: equal for every print of one page."""
    return {
        "headline": article.headline and (article.headline.title, article.headline.slug),
        "dateline": article.dateline and (article.dateline.location, article.dateline.date, article.dateline.agency),
        "blocks": [(block.kind, block.rule) for block in article.blocks],
        "lead": article.lead and article.lead.text,
        "photos": [(p.caption, p.credit, p.agency, p.photographer) for p in article.photo_credits],
        "sections": [(s.heading, s.is_background, [p.text for p in s.paragraphs]) for s in article.sections],
        "quotes": [(q.text.strip('"“”«»'), q.speaker and q.speaker.name, q.rule) for q in article.quotes],
        "trailers": [block.text for block in article.trailers],
    }


@given(pages(), styles)
def test_formatting_variants_of_a_page_parse_as_its_canonical_print(page: Page, style: Style) -> None:
    canonical = parse_article(render_page(page, CANONICAL_STYLE), reference_date=_reference(page))
    variant = parse_article(render_page(page, style), reference_date=_reference(page))
    assert _reading(variant) == _reading(canonical)
