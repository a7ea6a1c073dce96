"""The JSON Schema: shipped by json_schema(), printed in the docs, and valid for real parses."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

from wirenews import json_schema, parse_article

from sample import SAMPLE_SIZE, corpus_sample
from strategies import ArticleParts, Style, articles, render, styles

VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
DOCS = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_corpus_sample_validates() -> None:
    sample = corpus_sample()
    if not sample:
        pytest.skip("the shared corpus is not beside this checkout")
    assert len(sample) == SAMPLE_SIZE
    for _, text, reference in sample:
        VALIDATOR.validate(parse_article(text, reference_date=reference).to_dict())


@given(articles(), styles)
def test_generated_articles_validate(parts: ArticleParts, style: Style) -> None:
    VALIDATOR.validate(parse_article(render(parts, style)).to_dict())


def test_the_schema_rejects_what_is_not_an_article() -> None:
    data = parse_article("Headline\n\nMOSCOW, May 5. /TASS/. Lead.").to_dict()
    data["dateline"]["date"] = 20240505
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(data)


def test_docs_print_the_schema() -> None:
    page = DOCS.read_text(encoding="utf-8")
    printed = page.split("```json\n", 1)[1].split("\n```", 1)[0]
    assert json.loads(printed) == json_schema(), "regenerate docs/schema.md: see its first paragraph"
