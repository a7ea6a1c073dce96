"""The layout rule tables: each rule named on the blocks it makes, documented in their order."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirenews import BlockKind, parse_article
from wirenews._classify import BODY_RULES, HEAD_RULES
from wirenews._dateline import _FORMS
from wirenews._facts import LINE_RULES

DOCS = Path(__file__).resolve().parents[1] / "docs" / "layout.md"


def _documented(section: str) -> list[str]:
    """The first column's rule names in one section of docs/layout.md, in order."""
    text = DOCS.read_text(encoding="utf-8").split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1].strip() for line in text.splitlines() if line.startswith("| ")]
    return [row.strip("`") for row in rows[2:]]  # the header and its rule are not rules


def test_line_rules_are_documented_in_order() -> None:
    assert _documented("Line rules") == [rule.name for rule in LINE_RULES]


def test_head_rules_are_documented_in_order() -> None:
    names = [rule.name for rule in HEAD_RULES]
    line_rules = [rule.name for rule in LINE_RULES]
    documented = _documented("The head zone")
    at = documented.index("the line rules")
    assert documented[:at] + line_rules + documented[at + 1 :] == names


def test_body_rules_are_documented_in_order() -> None:
    assert _documented("The body zone") == [rule.name for rule in BODY_RULES]


def test_every_dateline_form_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for form in _FORMS:
        assert f"`dateline: {form.name}`" in text


# One article per rule: the block that rule should make, by its first words, and its kind.
RULE_CASES = [
    pytest.param(
        "All news\n\nTalks resume\n\nMOSCOW, May 5. /TASS/. Talks resumed on Monday.",
        "All news",
        BlockKind.BOILERPLATE,
        "agency boilerplate",
        id="agency boilerplate",
    ),
    pytest.param(
        "Talks resume\n\n© AP Photo/Evan Vucci\n\nWASHINGTON (AP) — Talks resumed on Monday.",
        "© AP Photo",
        BlockKind.PHOTO,
        "whole-line credit",
        id="whole-line credit",
    ),
    pytest.param(
        "Talks resume\n\nDelegates arrive on Monday. REUTERS/Jane Roe\n\n"
        "GENEVA, May 5 (Reuters) - Talks resumed on Monday.",
        "Delegates arrive",
        BlockKind.PHOTO,
        "caption with its credit",
        id="caption with its credit",
    ),
    pytest.param(
        "Talks resume\n\n(Adds minister's comment in paragraph 3)\n\nGENEVA, May 5 (Reuters) - Talks resumed.",
        "(Adds",
        BlockKind.EDITOR_NOTE,
        "editor's note",
        id="editor's note",
    ),
    pytest.param(
        "Talks resume\n\n* Delegates meet for a third day\n\nGENEVA, May 5 (Reuters) - Talks resumed.",
        "* Delegates",
        BlockKind.HIGHLIGHT,
        "highlight",
        id="highlight",
    ),
    pytest.param(
        "Talks resume\n\nBy Jane Roe and John Doe\n\nGENEVA, May 5 (Reuters) - Talks resumed.",
        "By Jane",
        BlockKind.BYLINE,
        "byline",
        id="byline",
    ),
    pytest.param(
        "In Brief\n\nTalks resume\n\nMOSCOW, May 5. /TASS/. Talks resumed on Monday.",
        "In Brief",
        BlockKind.BOILERPLATE,
        "rubric",
        id="rubric",
    ),
    pytest.param(
        "Ky. Company Wins Grant (AP)\n\nFRANKFORT, Ky. (AP) — A company won a state grant on Monday.",
        "Ky. Company",
        BlockKind.HEADLINE,
        "headline tagged with its agency",
        id="headline tagged with its agency",
    ),
    pytest.param(
        "Talks resume\n\nGENEVA, May 5 (Reuters) - Talks resumed.",
        "Talks",
        BlockKind.HEADLINE,
        "headline",
        id="headline",
    ),
    pytest.param(
        "Talks resume\n\nThe delegates meet for a third day\n\nMOSCOW, May 5. /TASS/. Talks resumed.",
        "The delegates",
        BlockKind.STANDFIRST,
        "standfirst",
        id="standfirst",
    ),
    pytest.param(
        "Talks resume\n\nThe delegates meet\n\nDelegates in the hall\nREUTERS/Jane Roe\n\n"
        "GENEVA, May 5 (Reuters) - Talks resumed.",
        "Delegates in",
        BlockKind.PHOTO,
        "caption",
        id="caption",
    ),
    pytest.param(
        "Talks resume\n\nMOSCOW, May 5. /TASS/. Talks resumed.\n\nRead also\nTalks stall in spring\n\nMore later.",
        "Read also",
        BlockKind.BOILERPLATE,
        "agency boilerplate",
        id="teaser title joins its boilerplate",
    ),
    pytest.param(
        "Talks resume\n\nGENEVA, May 5 (Reuters) - Talks resumed.\n\n(Reporting by Jane Roe; Editing by John Doe)",
        "(Reporting",
        BlockKind.TRAILER,
        "trailer",
        id="trailer",
    ),
    pytest.param(
        "Talks resume\n\nGENEVA, May 5 (Reuters) - Talks resumed.\n\nDelegates in the hall\nREUTERS/Jane Roe\n\n"
        "They meet again on Friday.",
        "Delegates in",
        BlockKind.PHOTO,
        "caption before its credit",
        id="caption before its credit",
    ),
    pytest.param(
        "Talks resume\n\nGENEVA, May 5 (Reuters) - Talks resumed.\n\nWhat comes next\n\nThey meet again on Friday.",
        "What comes",
        BlockKind.HEADING,
        "heading",
        id="heading",
    ),
    pytest.param(
        "Talks resume\n\nGENEVA, May 5 (Reuters) - Talks resumed.\n\nThey meet again on Friday.",
        "They meet",
        BlockKind.PARAGRAPH,
        "paragraph",
        id="paragraph",
    ),
    pytest.param(
        "Talks resume\n\nMOSCOW, May 5. /TASS/. Talks resumed.",
        "MOSCOW",
        BlockKind.DATELINE_PARAGRAPH,
        "dateline: place and agency marker",
        id="dateline: place and agency marker",
    ),
    pytest.param(
        "Talks resume\n\n(ANSA) - ROME, JUL 11 - Talks resumed.",
        "(ANSA)",
        BlockKind.DATELINE_PARAGRAPH,
        "dateline: agency first",
        id="dateline: agency first",
    ),
    pytest.param(
        "Talks resume\n\nNEW YORK, March 3 - Talks resumed on Monday.",
        "NEW YORK",
        BlockKind.DATELINE_PARAGRAPH,
        "dateline: place and date",
        id="dateline: place and date",
    ),
    pytest.param(
        "Talks resume\n\nPARIS — Talks resumed on Monday.",
        "PARIS",
        BlockKind.DATELINE_PARAGRAPH,
        "dateline: place and dash",
        id="dateline: place and dash",
    ),
]


@pytest.mark.parametrize(("text", "opening", "kind", "rule"), RULE_CASES)
def test_each_rule_names_the_block_it_makes(text: str, opening: str, kind: BlockKind, rule: str) -> None:
    block = next(block for block in parse_article(text).blocks if block.text.startswith(opening))
    assert (block.kind, block.rule) == (kind, rule)
