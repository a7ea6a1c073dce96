"""Property-based tests: articles built from parts, rendered in many styles, parse back to their parts."""

from __future__ import annotations

import datetime as dt
import pickle

from hypothesis import example, given
from hypothesis import strategies as st

from wirenews import Article, BlockKind, parse_article

from invariants import check_invariants
from strategies import ArticleParts, Style, articles, reference_dates, render, styles


@given(articles(), styles, reference_dates())
def test_rendered_article_parses_back_to_its_parts(parts: ArticleParts, style: Style, reference: dt.date) -> None:
    text = render(parts, style)
    article = parse_article(text, reference_date=reference)
    check_invariants(text, article)

    assert article.headline is not None
    assert article.headline.title == parts.title
    assert article.headline.attribution == parts.attribution
    assert article.standfirst is not None
    assert article.standfirst.text == parts.standfirst

    dateline = article.dateline
    assert dateline is not None
    assert dateline.location == parts.city
    assert (dateline.month, dateline.day, dateline.agency) == (parts.month, parts.day, "TASS")
    assert dateline.date is not None
    assert (dateline.date.month, dateline.date.day) == (parts.month, parts.day)
    assert abs((dateline.date - reference).days) <= 183
    assert article.agency == "TASS"

    assert article.lead is not None
    assert article.lead.text == parts.lead

    assert [p.credit for p in article.photo_credits] == [p.credit for p in parts.photos]
    assert [p.caption for p in article.photo_credits] == [p.caption for p in parts.photos]
    assert [(p.agency, p.photographer) for p in article.photo_credits] == [
        (p.agency, p.photographer) for p in parts.photos
    ]

    assert [s.heading for s in article.sections] == [s.heading for s in parts.sections]
    for section, expected in zip(article.sections, parts.sections, strict=True):
        assert tuple(p.text for p in section.paragraphs) == expected.paragraphs
    if article.sections:
        assert article.sections[-1].is_background

    assert [q.text.rstrip(",.") for q in article.quotes] == [q.text for q in parts.quotes]
    for quote in article.quotes:
        assert quote.speaker is not None
        assert quote.speaker.name == parts.speaker.name


@given(articles(), styles)
def test_without_reference_date_only_month_and_day_are_known(parts: ArticleParts, style: Style) -> None:
    article = parse_article(render(parts, style))
    assert article.dateline is not None
    assert article.dateline.date is None
    assert (article.dateline.month, article.dateline.day) == (parts.month, parts.day)


@given(articles(), styles, styles)
def test_formatting_does_not_change_what_is_read(parts: ArticleParts, first: Style, second: Style) -> None:
    one = parse_article(render(parts, first), reference_date=dt.date(2024, 6, 1))
    two = parse_article(render(parts, second), reference_date=dt.date(2024, 6, 1))
    assert one.dateline is not None
    assert two.dateline is not None
    assert (one.dateline.location, one.dateline.date) == (two.dateline.location, two.dateline.date)
    assert one.lead is not None
    assert two.lead is not None
    assert one.lead.text == two.lead.text
    assert [s.heading for s in one.sections] == [s.heading for s in two.sections]
    assert [q.speaker.name if q.speaker else None for q in one.quotes] == [
        q.speaker.name if q.speaker else None for q in two.quotes
    ]


@given(st.text())
@example("")
@example("\r\n\r\n")
@example('"\n"\n«\n„')
@example("MOSCOW, December 15. /TASS/.")
@example("\x00\x1f\x1c\u2028\u0085 /TASS/. (Reuters) -")
@example("\ud800 lone surrogate")
def test_arbitrary_text_never_breaks_the_invariants(text: str) -> None:
    article = parse_article(text)
    check_invariants(text, article)
    assert Article.from_dict(article.to_dict()) == article
    assert pickle.loads(pickle.dumps(article)) == article
    assert parse_article(text) == article


@given(st.lists(st.sampled_from(["All news", "MOSCOW, May 5. /TASS/.", '"', "© AP Photo/X Y", "Heading", "x."])))
def test_furniture_in_any_order_keeps_every_line(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    article = parse_article(text)
    check_invariants(text, article)
    assert sum(block.kind is BlockKind.HEADLINE for block in article.blocks) <= 1
