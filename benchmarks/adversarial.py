"""Adversarial inputs: each family makes a text of about a given size that stresses one part of the parser.

Used by the tests (sizes up to 256 KB: right output, nothing raised, time linear) and by
``benchmarks/scaling.py`` (sizes up to 4 MB: time per KB).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

_SAMPLE_ARTICLE = """All news

Arctic shipping season to open early — Rosmorrechflot

The agency expects a record number of voyages this summer
Icebreaker Yamal in the Kara Sea Ivan Petrov/TASS
Icebreaker Yamal in the Kara Sea
© Ivan Petrov/TASS

MURMANSK, June 2. /TASS/. The season will open two weeks early, agency head Artur Kolesov told reporters.

"We expect more than 90 voyages," Kolesov said. "The ice allows it."

He added that the fleet was "fully ready for the season."

Northern Sea Route

The route runs along the Arctic coast of Russia.
"""


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "tov", "vel", "dor", "an", "bre", "ko", "zu")


def _name(number: int) -> str:
    """A capitalised made-up name, a different one for each number: 'Kalo', 'Mika', ..."""
    letters = []
    for _ in range(3):
        number, digit = divmod(number, len(_SYLLABLES))
        letters.append(_SYLLABLES[digit])
        if not number:
            break
    return "".join(letters).capitalize()


def _many_speakers(size: int) -> str:
    paragraphs = []
    length = 0
    number = 0
    while length < size:
        first, last = _name(number), _name(number + 7919)
        paragraph = f'{first} {last}, a spokesman, said the plan works.\n\n"It works," {last} said.\n\n'
        paragraphs.append(paragraph)
        length += len(paragraph)
        number += 1
    return "".join(paragraphs)[:size]


def _articles(size: int) -> str:
    """Real articles from the shared corpus, concatenated (a sample of our own where it is absent)."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles" / "tass.jsonl"
    texts = []
    if corpus.exists():
        with corpus.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines]
    texts = texts or [_SAMPLE_ARTICLE]
    out: list[str] = []
    length = 0
    while length < size:
        text = texts[len(out) % len(texts)]
        out.append(text)
        length += len(text) + 2
    return "\n\n".join(out)[:size]


FAMILIES: dict[str, Callable[[int], str]] = {
    "articles": _articles,
    "straight quotes": lambda size: _repeat('"word ', size),
    "curly open quotes": lambda size: _repeat("“word ", size),
    "curly close quotes": lambda size: _repeat("word” ", size),
    "guillemets": lambda size: _repeat("«word ", size),
    "low-high quotes": lambda size: _repeat("„word ", size),
    "single quotes": lambda size: _repeat("‘word’s ", size),
    "old AP quotes": lambda size: _repeat("``word ", size),
    "quotes with speakers": lambda size: _repeat('"We will sign it," he said. "Not now," Peskov added. ', size),
    # a speaker named in full, then quoted by surname, paragraph after paragraph: names learnt and resolved
    "named speaker paragraphs": lambda size: _repeat(
        'Kremlin Spokesman Dmitry Peskov said the talks went well.\n\n"We will sign it soon," Peskov said.\n\n', size
    ),
    # a quotation opened and never closed, going on paragraph after paragraph (the wire convention)
    "open quotation paragraphs": lambda size: _repeat('"We will keep talking as long as it takes\n\n', size),
    # ever new people, each named in full and then quoted by surname: the article's people grow with it
    "many distinct speakers": _many_speakers,
    # who clauses, descriptions and employers between a quotation and its cue
    "who clauses and descriptions": lambda size: _repeat(
        '"We will," said Dana Whitlow, who leads the team at Harbor-Lane Capital, "and soon." '
        '"Not now," one dealer said. "Later," analysts said, citing a report by the ministry. ',
        size,
    ),
    # quotations left open paragraph after paragraph, each run ending in a cue: continuations re-read
    "open quotations with cues": lambda size: _repeat(
        '"We will keep talking\n\n"And we will not stop\n\n"Until it is done," she said.\n\n', size
    ),
    # one sentence that never ends, cue after participle: each participle reads back for the cue before it
    "participles in one sentence": lambda size: _repeat('"Fine," Jane Roe says, suggesting "more of it" and ', size),
    # the company, the group and a shared surname, again and again: who acted last is looked for each time
    "bodies and shared surnames": lambda size: _repeat(
        "Harwick Airlines Inc rejected an offer from Delmont Air Corp. Raul Castro, brother of Fidel Castro, "
        'spoke.\n\n"The bid is low," the company said. "No one gives up," Castro declared.\n\n',
        size,
    ),
    "one long line": lambda size: _repeat("Officials met Tuesday in the capital and talked ", size),
    "blank lines": lambda size: _repeat("\n \n\t\n", size),
    "dateline lines": lambda size: _repeat("MOSCOW, May 5. /TASS/. Talks began.\n", size),
    "heading lines": lambda size: _repeat("A Short Heading\n\nA paragraph follows it.\n\n", size),
    "TASS markers": lambda size: _repeat("/TASS/. ", size),
    "Reuters markers": lambda size: _repeat("(Reuters) - ", size),
    "capitalised words": lambda size: _repeat("Aa Bb ", size),
    "dashes": lambda size: _repeat("-", size),
    "dots": lambda size: _repeat(".", size),
    "brackets": lambda size: _repeat("([{", size),
    "spaces": lambda size: " " * size,
    "zero-width and bidi": lambda size: _repeat("\u200b\u200e\u202ea\u0301\u0327 ", size),
    "control characters": lambda size: _repeat("\x00\x01\x07\x1b\x7f a", size),
    "lone surrogates": lambda size: _repeat("\ud800 a\udfff ", size),
    "photo credits": lambda size: _repeat("A caption of the photo\n© AP Photo/Evan Vucci\n", size),
}
"""Family name -> a function of the size in characters giving a text of about that size."""
