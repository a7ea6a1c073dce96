"""Words and marks of a stretch of text, with their offsets; and where sentences start and end.

The speaker stages read only short windows around quotations and cues, so text is
tokenised a window at a time, never the whole article.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from wirenews._lexicon import CORPORATE_SUFFIXES, HONORIFICS, NAME_SUFFIXES, TITLES

# The apostrophes a word may close with (a plural's possessive: ``Securities' Hassenberg``)
APOSTROPHES = frozenset("'’")


class Token(NamedTuple):
    """A word (letters, digits, inner apostrophes, hyphens and ampersands) or a single mark."""

    start: int
    end: int
    text: str
    is_word: bool
    """True for words, False for punctuation and quotation marks."""
    is_capitalised: bool
    """Opens with a capital letter (``Peskov``, ``U.S.``; ``al-Dabbagh`` does not)."""


# A dotted abbreviation (U.S., H.W.), a word (with inner ' ’ - & .), a number, or one mark. (The standard
# library's engine runs this plain pattern several times faster than ``regex``, and its ``\w`` is Unicode's.)
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_](?:[^\W_]|\B_)*(?:['’\-&.][^\W_]+)*|\S")
# Words printed with a dot that is theirs, not a full stop: initials and abbreviations such as ``Gov.``.
_ABBREVIATIONS = frozenset(
    word for word in HONORIFICS | TITLES | CORPORATE_SUFFIXES | NAME_SUFFIXES if word.endswith(".")
) | frozenset("st. no. vs. calif. fla. tex. mass. mich. ill. wash. ky. ga. ark. ariz. colo. conn. ind.".split())


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``; an initial or abbreviation keeps its dot (``H.``, ``Gov.``)."""
    tokens: list[Token] = []
    append = tokens.append
    position = start
    find = text.find
    new = tuple.__new__  # a Token without the namedtuple's Python-level constructor
    for word in _TOKEN.findall(text, start, end):
        # (only spaces stand between tokens, so each is the next occurrence of its text)
        position = find(word, position)
        after = position + len(word)
        if word == "." and tokens and tokens[-1][1] == position and _keeps_dot(tokens[-1][2]):
            last = tokens[-1]
            tokens[-1] = new(Token, (last[0], after, last[2] + ".", True, last[4]))
        else:
            first = word[0]
            append(new(Token, (position, after, word, first.isalnum(), first.isupper())))
        position = after
    return tokens


def _keeps_dot(word: str) -> bool:
    return (len(word) == 1 and word.isupper()) or (word.casefold() + ".") in _ABBREVIATIONS


# The end of a sentence: a stop (and any closing marks) before a space and a capital or an opening mark, but
# not after an initial or a title's abbreviation, nor before a company's suffix.
_SENTENCE_BREAK = regex.compile(
    r"(?<!\b\p{Lu})(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Jr|Sr|No))[.!?…][\"”»’)]*\s+(?=[\p{Lu}\"“«„‘])"
    r"(?!(?:Ltd|Inc|Corp|LLC|Plc|PLC|Bhd|Pty)\b)"  # "Yamaichi Securities Co. Ltd." goes on
)


# Where a clause's words end: a sentence break, or a quotation mark opening the next quotation.
_CLAUSE_END = regex.compile(_SENTENCE_BREAK.pattern + r'|[\s(]["“«„]')


def clause_end(text: str, start: int, end: int) -> int:
    """Where the clause starting at ``start`` ends, at most at ``end``."""
    found = _CLAUSE_END.search(text, start, end)
    return found.start() + 1 if found is not None else end


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where each sentence of ``text[start:end]`` starts, the first at ``start``."""
    return [start, *(found.end() for found in _SENTENCE_BREAK.finditer(text, start, end))]
