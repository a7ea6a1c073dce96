"""Photos: their credits, the lines that make one photo, and the photo's record.

A photo is a caption, a credit, or both, on one line or on consecutive lines. Credit
forms read here::

    © AP Photo/Evan Vucci          © Mikhail Metzel/TASS       Photo: John Locher, AP
    ... Donald Trump AP Photo/Evan Vucci                     (a caption with its credit)
    ... in Grass Valley. (Elias Funez/The Union via AP)      (a credit in brackets)
    REUTERS/Kevin Lamarque   Xinhua/Li Xin   Photo by GHULAM RASOOL /AFP via Getty Images
    Michael Conroy, AP       ANTARA FOTO/Budi Santoso        Image credit: WeWork (a labelled credit)
    ... in Jakarta. Photo: AFP   ... | Photo Credit: PTI   [Photo/Xinhua]   KCNA via REUTERS
    AAP Image/Dan Himbrechts (an outlet's initials and its word for photo)   ... Jakarta. — ANI
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from wirenews._lexicon import USAGE_NOTICES
from wirenews._patterns import AGENCY_NAMES, word_trie
from wirenews.agencies import canonical_agency
from wirenews.records import PhotoCredit, Span

if TYPE_CHECKING:
    from wirenews._facts import LineFacts

# Outlets that credit photos besides the agencies (escaped: the patterns below are verbose)
_PHOTO_OUTLETS = (
    "AFP via Getty Images",
    "Getty Images",
    "Reuters Pool",
    "Shutterstock",
    "EPA-EFE",
    "EPA",
    "Pool",
)
_OUTLET = "(?:" + "|".join([AGENCY_NAMES, *map(regex.escape, _PHOTO_OUTLETS)]) + ")"
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
_NAME = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}}"
# What closes a credit after the photographer: ", File" (AP), "/File Photo", "/Illustration", "/Pool" (Reuters)
_SLASHED_SUFFIXES = ("File Photo", "File", "Illustration", "Pool", "Handout")
_SLASHED_SUFFIX = "/(?:" + "|".join(suffix.replace(" ", "[ ]") for suffix in _SLASHED_SUFFIXES) + ")"
_FILE = rf"(?:,\s*[Ff]ile(?:\s+[Pp]hoto)?)?(?:{_SLASHED_SUFFIX})*"
# "Photo:" in the languages of the agencies' services, and the papers' other words for it
_PHOTO_WORD = r"(?i:(?:photo(?:graph)?|picture|image)(?:\s+by)?|foto(?:ğraf)?|фото|bild)"
# A label that says the rest of its line is a credit, whatever it names (a company's own picture, a
# photographer's name alone). "Image:" and "Picture:" are not among them: sites label captions so.
_CREDIT_LABEL = r"(?i:(?:(?:photo|image|picture)\s+)?credits?|photo(?:graph)?|foto|фото|bild)\s*:"
# An agency's own word for its photo service: AP Photo/..., ANTARA FOTO/..., AAP Image/...
_PHOTO_SERVICE = r"[ ](?i:photo|foto|image)"
_INITIALS = r"\p{Lu}[\p{Lu}&\-]{1,7}"
# A social media account credited for a picture taken from it
_HANDLE = r"@[\w.]{1,30}"

# A credit filling a whole line.
_WHOLE_LINE = regex.compile(
    rf"""
    (?: ©\s*(?P<credit>.{{2,100}})                                   # © AP Photo/Evan Vucci
      | (?P<label>{_CREDIT_LABEL})\s*(?P<credit>\S.{{1,100}})            # Image credit: WeWork  Photo: dpa
      | {_PHOTO_WORD}\s*:?\s*(?P<credit>{_NAME}(?:,\s*{_NAME}|\s*/\s*.{{2,60}})?)  # Picture: Getty Images
      | \((?P<credit>[^()]{{2,80}})\)                                 # (AP)
      | \[(?P<credit>[^\[\]]{{2,80}})\]                               # [Photo/Xinhua]
      | (?P<credit>(?:{_OUTLET})(?:{_PHOTO_SERVICE})?(?:\s*/\s*{_NAME})?{_FILE})   # REUTERS/Kevin Lamarque, AFP
      | (?P<credit>{_INITIALS}{_PHOTO_SERVICE}\s*/\s*{_NAME}{_FILE})                # AAP Image/Dan Himbrechts
      # Mikhail Metzel/TASS   Elias Funez/The Union via AP   @SubasTheOne/via REUTERS
      | (?P<credit>(?:{_NAME}|{_HANDLE})\s*/\s*(?:(?:via\s+)?{_OUTLET}|{_NAME}\s+via\s+{AGENCY_NAMES}))
      | (?P<credit>{_NAME}(?:\s*/\s*{_NAME}){{0,2}}\s+via\s+{_OUTLET})           # KCNA via REUTERS
      | (?P<credit>{_NAME},[ ](?:{_OUTLET}){_FILE})                   # Michael Conroy, AP
    )\Z""",
    regex.VERBOSE,
)

# A credit closing a caption line; searched backwards (REVERSE), from the end of the line.
_TRAILING = regex.compile(
    rf"""
    (?: \((?P<credit>[^()]{{2,80}})\)                                 # (AP Photo/Evan Vucci, File)
      | \[(?P<credit>[^\[\]]{{2,80}})\]                               # [Photo/Xinhua] (China Daily)
      # ... Jakarta. Photo: AFP   ... Jakarta. | Photo Credit: PTI   ... Jakarta. Picture: Getty Images
      | (?:(?<=[.!?]\s+)|(?<=\s)[|]\s*)(?:(?P<label>{_CREDIT_LABEL})|(?i:picture|image)\s*:)\s*
        (?P<credit>(?:{_OUTLET}|{_NAME})(?:,\s*{_NAME}|\s*/\s*[^()]{{2,60}}|\s+via\s+{_OUTLET})?)
      # AP Photo/Evan Vucci; an outlet's initials before its word for photo name it, in the table or not:
      # AAP Image/Dan Himbrechts, CNS Photo/Zhang Yun
      | (?<=\s|^)(?P<credit>(?:{_OUTLET}|{_INITIALS}){_PHOTO_SERVICE}\s*/\s*{_NAME}{_FILE})
      | (?<=\s|^)(?P<credit>(?:{_OUTLET})\s*/\s*{_NAME}{_FILE})         # REUTERS/Kevin Lamarque
      # Photo: X, AP  Photo by X /AP (before the next form, which would take "Vineys /AP" of "Kevin S. Vineys /AP")
      | (?<=[.!?]\s+){_PHOTO_WORD}\s*:?\s*(?P<credit>{_NAME}(?:,\s*{_NAME}|\s*/\s*[^()]{{2,60}}))
      # . Mikhail Metzel/TASS   . @SubasTheOne/via REUTERS
      | (?<=[.!?”"]\s+|^)(?P<credit>(?:{_NAME}|{_HANDLE})\s*/\s*(?:via\s+)?{_OUTLET})
      # a handout as Reuters and AP distribute it: KCNA via REUTERS, Sputnik/Alexei Druzhinin/Kremlin via REUTERS
      | (?<=[.!?”"]\s+)(?P<credit>{_NAME}(?:\s*/\s*{_NAME}){{0,2}}\s+via\s+{_OUTLET})
      # ... for about an hour. AP   ... Jakarta. - Bernama photo   ... Jakarta. — ANI
      | (?<=[.!?]\s+)(?:[-–—]\s*)?(?P<credit>{_OUTLET}(?:[ ](?i:photo))?)
      | (?<=\s)©\s*(?P<credit>[^©()]{{2,100}})                           # ... © Ivan Petrov/TASS
    )\s*\Z""",
    regex.VERBOSE | regex.REVERSE,
)

# Each form of _TRAILING holds a slash, a "©" or a closing bracket, or follows the end of a sentence (a stop or
# a closing quotation mark, then a space).
_STOP_THEN_SPACE = regex.compile(r"[.!?”\"]\s")
_BARE_OUTLET = regex.compile(_OUTLET)
_FILE_SUFFIX = regex.compile(rf"(?i:(?:,\s*file(?:\s+photo)?|{_SLASHED_SUFFIX})+\s*\Z)")
_PHOTO_SUFFIX = regex.compile(r"(?i:\s+(?:file\s+)?(?:photo|foto|image))\Z")
_NEVER_ENDS_A_CREDIT = frozenset('.,;:!?"”»’…')
CAPTION_LENGTH = 160  # a caption's usual reach; a longer line closed by an outlet's name is signed off

# What makes bracketed text a credit rather than an aside: an outlet, a slash, "photo" or a label ("Image:").
_LOOKS_LIKE_CREDIT = regex.compile(
    rf"(?:\b{_OUTLET}\b|\p{{L}}{{2}}.*/|/.*\p{{L}}{{2}}|(?i:\bphoto\b|\bvia\b|\b(?:image|picture)\s*:))"
)
_FILE_MARK = regex.compile(r"(?i:,\s*file(?:\s+photo)?\s*\Z|\bfile\s+photo\b|\AFILE\b|/file\b)")
_PHOTO_PREFIX = regex.compile(rf"\A(?i:file\s+)?(?:{_CREDIT_LABEL}|{_PHOTO_WORD}\s*:?)\s*")
_CREDIT_PREFIX = regex.compile(rf"(?:©\s*|{_CREDIT_LABEL}\s*|{_PHOTO_WORD}\s*[:/]\s*|(?i:photo\s+by)\s+)")


@attrs.frozen
class CreditMatch:
    """A credit found in a line: ``line[start:end]`` is the credit as it is kept."""

    start: int
    end: int
    credit: str
    markup_start: int
    """Where the credit's markup (bracket, ``©``, ``Photo:``) starts: the end of its caption."""


# The usage notices closing a credit, searched backwards from the end of the line (REVERSE).
_NOTICES = regex.compile(rf"(?:\s*(?:{word_trie(USAGE_NOTICES)})\.)+\s*\Z", regex.REVERSE)
_NOTICE_REACH = 400  # characters from the end of the line, more than the longest run of notices


def _notice_start(line: str) -> int:
    """Where the usage notices closing ``line`` start (``MANDATORY CREDIT. NO RESALES.``); its length if none."""
    if line[-1:] != "." or not line[-12:].isupper():
        return len(line)  # most lines: a notice is printed in capitals
    offset = max(len(line) - _NOTICE_REACH, 0)
    found = _NOTICES.match(line, offset)
    return found.start() if found is not None else len(line)


def _keeping_notices(find: Callable[[str], CreditMatch | None]) -> Callable[[str], CreditMatch | None]:
    """``find`` a credit before the usage notices closing a line; the notices belong to it, not to the caption."""

    @functools.wraps(find)
    def finder(line: str) -> CreditMatch | None:
        notice = _notice_start(line)
        if notice == len(line):
            return find(line)
        found = find(line[:notice].rstrip())
        if found is None:
            return None
        return CreditMatch(found.start, len(line), line[found.start :], found.markup_start)

    return finder


@_keeping_notices
def whole_line_credit(line: str) -> CreditMatch | None:
    """The credit when ``line`` is nothing but a credit.

    >>> whole_line_credit("© AP Photo/Evan Vucci").credit
    'AP Photo/Evan Vucci'
    >>> whole_line_credit("Kremlin Spokesman Dmitry Peskov") is None
    True
    """
    if line[-1:] in _NEVER_ENDS_A_CREDIT:
        return None  # a credit never ends like a sentence: most lines are turned away here
    if not _may_be_whole_credit(line):
        return None  # a headline, a table's row: nothing that every form of a credit holds
    found = _WHOLE_LINE.match(line)
    if found is None or (found.group("label") is None and not _LOOKS_LIKE_CREDIT.search(found.group("credit"))):
        return None  # only a label makes a credit of what names no outlet and has no slash
    return _credit(line, found.start("credit"), found.end("credit"), found.start())


# What a whole-line credit opens with when it holds no mark (the forms that hold one are found by it):
# the word for photo or an outlet's name. Plain names, so the standard library's engine reads them.
_CREDIT_OPENING = re.compile(rf"(?i:photo|picture|image|foto|фото|bild)|{_OUTLET}")


def _may_be_whole_credit(line: str) -> bool:
    """Whether ``line`` holds what one of ``_WHOLE_LINE``'s forms cannot match without.

    ``©``, a bracket, a label's colon, a slash, ``via``, a comma before the outlet, or the word for photo
    or an outlet's name at its start.
    """
    return (
        line[:1] in _OPENING_MARKS
        or ":" in line
        or "/" in line
        or "via" in line
        or ", " in line
        or _CREDIT_OPENING.match(line) is not None
    )


_OPENING_MARKS = frozenset("©([")


def _credit(line: str, start: int, end: int, markup_start: int) -> CreditMatch:
    """The credit at ``line[start:end]`` without a leading ``©`` or ``Photo:`` (``(Photo: Getty Images)``)."""
    prefix = _CREDIT_PREFIX.match(line, start, end)
    if prefix is not None and prefix.end() < end:
        start = prefix.end()
    return CreditMatch(start, end, line[start:end], markup_start)


@_keeping_notices
def trailing_credit(line: str) -> CreditMatch | None:
    """A credit at the end of a caption line.

    >>> trailing_credit("Vladimir Putin and Donald Trump AP Photo/Evan Vucci").credit
    'AP Photo/Evan Vucci'
    """
    if line[-1:] in _NEVER_ENDS_A_CREDIT:
        return None  # a sentence, not a credit: most lines are turned away here
    tail = line[-200:]
    if not may_end_in_credit(tail):
        return None  # a headline or a sentence without its stop, not a caption
    found = _TRAILING.match(tail)
    if found is None or found.start() == 0:
        return None
    if found.group("label") is None and not _LOOKS_LIKE_CREDIT.search(found.group("credit")):
        return None  # only a label makes a credit of what names no outlet and has no slash
    if len(line) > CAPTION_LENGTH and _BARE_OUTLET.fullmatch(found.group("credit")):
        return None  # a long paragraph ending in "EFE" is signed off, not credited
    offset = max(len(line) - 200, 0)
    start = offset + found.start("credit")
    while line[start].isspace():
        start += 1
    return _credit(line, start, offset + found.end("credit"), offset + found.start())


def may_end_in_credit(tail: str) -> bool:
    """Whether ``tail`` holds what every form of a trailing credit holds (checked before the pattern).

    >>> may_end_in_credit("Russian PM to visit Vietnam in January — ambassador")
    False
    """
    return "/" in tail or "©" in tail or tail.rstrip().endswith((")", "]")) or _STOP_THEN_SPACE.search(tail) is not None


@attrs.frozen
class CreditParts:
    agency: str | None
    photographer: str | None
    is_file: bool


def split_credit(credit: str) -> CreditParts:
    """Split a credit into agency and photographer.

    >>> split_credit("AP Photo/Evan Vucci")
    CreditParts(agency='AP', photographer='Evan Vucci', is_file=False)
    >>> split_credit("Mikhail Metzel/TASS")
    CreditParts(agency='TASS', photographer='Mikhail Metzel', is_file=False)
    >>> split_credit("Elias Funez/The Union via AP")
    CreditParts(agency='AP', photographer='Elias Funez', is_file=False)
    """
    credit = credit[: _notice_start(credit)].rstrip()  # MANDATORY CREDIT. NO RESALES. names no one
    is_file = _FILE_MARK.search(credit) is not None
    text = _PHOTO_PREFIX.sub("", _FILE_SUFFIX.sub("", credit)).strip()
    if "/" in text:
        source, via = text, ""
        if " via " in text:  # a handout as a wire distributes it: the source's own credit, then "via AGENCY"
            source, distributor = text.rsplit(" via ", 1)
            via = " via " + distributor
        parts = [part.strip() for part in source.split("/")]
        left, right = parts[0], parts[1]
        service = _PHOTO_SUFFIX.search(left)
        outlet = left[: service.start()] if service else left
        left_agency = _agency_of(outlet)
        if left_agency is not None or service is not None:
            # AGENCY/NAME, and OUTLET Photo/NAME of an outlet not in the table (CNS Photo/Zhang Yun)
            return CreditParts(left_agency or outlet, right or None, is_file)
        # NAME/OUTLET, NAME/OUTLET via AGENCY (Elias Funez/The Union via AP)
        outlet = "/".join(parts[1:]).removeprefix("via ") + via  # @handle/via REUTERS
        return CreditParts(_agency_of(outlet) or outlet or None, left or None, is_file)
    if "," in text:
        name, outlet = (part.strip() for part in text.rsplit(",", 1))
        if _agency_of(outlet) is not None:
            return CreditParts(_agency_of(outlet), name or None, is_file)
    return CreditParts(_agency_of(text) or text or None, None, is_file)


def _agency_of(outlet: str) -> str | None:
    """The agency of an outlet: ``AFP via Getty Images`` -> AFP, ``The Union via AP`` -> AP."""
    if " via " in outlet:
        source, distributor = outlet.rsplit(" via ", 1)
        return _agency_of(source) if canonical_agency(source.strip()) else _agency_of(distributor)
    outlet = _PHOTO_SUFFIX.sub("", outlet.strip())
    return canonical_agency(outlet) or (outlet if _BARE_OUTLET.fullmatch(outlet) else None)


# --- the lines of one photo, and its record ---

# The most lines one photo takes: "caption CREDIT", "caption", "© CREDIT" in TASS's older layout.
PHOTO_LINES = 3

# "FILE PHOTO: ...", "FILE - In this Nov. 7, 2019, file photo, ..."
_FILE_CAPTION = regex.compile(r"\A(?:FILE\b|File photo\b)|\bfile (?:photo|image)\b")


def is_repeated_caption(with_credit: str, caption: str) -> bool:
    """The older TASS layout prints ``caption CREDIT`` and then ``caption`` again."""
    return len(caption) < len(with_credit) and with_credit.startswith(caption) and with_credit[len(caption)] == " "


def is_caption(facts: LineFacts, index: int, end: int) -> bool:
    """A line directly followed (before ``end``) by its credit line, or by itself without the credit."""
    following = index + 1
    if following >= end or facts.lines[following].blank_before:
        return False
    return facts.whole[following] is not None or is_repeated_caption(
        facts.lines[index].text, facts.lines[following].text
    )


def same_photo(facts: LineFacts, first: int, last: int, index: int) -> bool:
    """Whether photo line ``index`` continues the photo of lines ``first`` to ``last``.

    It does when it is the credit of a caption printed alone, a repeat of the
    photo's caption, or a repeat of its credit (``© AP Photo/...``).
    """
    text = facts.lines[index].text
    credit = facts.whole[index]
    photo_credits = set()
    captions = set()
    for number in range(first, last + 1):
        whole = facts.whole[number]
        if whole is not None:
            photo_credits.add(whole.credit)
            continue
        trailing = facts.trailing[number]
        line = facts.lines[number].text
        if trailing is not None:
            photo_credits.add(trailing.credit)
            captions.add(line[: trailing.markup_start].strip())
        else:
            captions.add(line)
    if credit is not None:
        return not photo_credits or credit.credit in photo_credits
    return text in captions or any(is_repeated_caption(caption, text) for caption in captions)


def read_photo(facts: LineFacts, first: int, last: int, span: Span) -> PhotoCredit:
    """One photo from its lines: the first caption and the first credit printed."""
    caption: str | None = None
    credit: str | None = None
    texts = [line.text for line in facts.lines[first : last + 1]]
    for number, text in enumerate(texts, first):
        found = facts.whole[number]
        line_caption = None
        if found is None:
            found = facts.trailing[number]
            line_caption = text[: found.markup_start].rstrip() if found else text
        if line_caption and (caption is None or is_repeated_caption(caption, line_caption)):
            caption = line_caption  # the caption printed again without its credit is the caption
        if credit is None and found is not None:
            credit = found.credit.strip()
    if credit is None and caption is not None:
        # "caption CREDIT" printed before the caption alone: what the repeat leaves off is the credit
        longer = next((t for t in texts if is_repeated_caption(t, caption)), None)
        credit = longer[len(caption) :].strip() if longer else None
    parts = split_credit(credit) if credit else None
    return PhotoCredit(
        caption=caption,
        credit=credit,
        agency=parts.agency if parts else None,
        photographer=parts.photographer if parts else None,
        is_file=bool(parts and parts.is_file) or bool(caption and _FILE_CAPTION.search(caption)),
        span=span,
    )


def caption_spans(text: str, photos: Sequence[PhotoCredit]) -> list[tuple[int, int]]:
    """Where the photos' captions stand (not their credits, which name photographers)."""
    spans = []
    for photo in photos:
        if photo.caption:
            found = text.find(photo.caption, photo.span.start, photo.span.end)
            if found >= 0:
                spans.append((found, found + len(photo.caption)))
    return spans
