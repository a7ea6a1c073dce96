"""The agency table: every agency's names and printed conventions, in one place.

Adding an agency is one :class:`Agency` entry here (plus its tests); the dateline,
credit, boilerplate and trailer patterns of the parser are built from this table
when the package is imported.
"""

from __future__ import annotations

import attrs

__all__ = ["AGENCIES", "Agency", "canonical_agency"]


@attrs.frozen(kw_only=True)
class Agency:
    """One news agency and how its copy prints its name."""

    name: str
    """The canonical name, as ``Article.agency`` gives it."""
    aliases: tuple[str, ...] = ()
    """Other spellings printed in datelines, credits and sign-offs (case matters)."""
    dateline_example: str = ""
    """A typical dateline, for the docs and the tests."""
    credit_example: str = ""
    """A typical photo credit, for the docs and the tests."""
    boilerplate: tuple[str, ...] = ()
    """Patterns (``regex`` syntax, matched against a whole stripped line) of page furniture."""
    trailers: tuple[str, ...] = ()
    """Patterns of sign-off lines printed after the story."""
    rubrics: tuple[str, ...] = ()
    """Section names the agency's pages print above the headline."""
    prints_standfirst: bool = False
    """True when the agency's pages always print a standfirst under the headline (tass.com):
    the first line after the headline is then the standfirst even where a photo credit
    follows it, and even on pages with no dateline (recognised by the boilerplate)."""

    @property
    def spellings(self) -> tuple[str, ...]:
        """The canonical name followed by its aliases."""
        return (self.name, *self.aliases)


AGENCIES: tuple[Agency, ...] = (
    Agency(
        name="TASS",
        aliases=("ТАСС", "ITAR-TASS"),
        dateline_example="MOSCOW, December 15. /TASS/.",
        credit_example="© Mikhail Metzel/TASS",
        boilerplate=(
            r"All news",
            r"\d+ pages? in this article",
            # the time stamp above the headline: "3 Mar, 03:32", "May 09, 9:25 UTC+3 MOSCOW"
            r"\d{1,2} \p{L}{3,9},? \d{1,2}:\d{2}(?: UTC[+-]\d{1,2})?(?: \p{Lu}[\p{Lu} .-]*)?",
            r"\p{L}{3,9} \d{1,2},? \d{1,2}:\d{2}(?: UTC[+-]\d{1,2})?(?: \p{Lu}[\p{Lu} .-]*)?",
            r"Read (?:also|more)\b.*",
        ),
        rubrics=(
            "Russian Politics & Diplomacy",
            "World",
            "Business & Economy",
            "Military & Defense",
            "Science & Space",
            "Emergencies",
            "Society & Culture",
            "Sports",
            "Press Review",
            "Non-political",
            "Russia",
            "In Brief",
        ),
        prints_standfirst=True,
    ),
    Agency(
        name="Reuters",
        aliases=("Reuter", "REUTERS", "REUTER"),
        dateline_example="NEW YORK, Jan 21 (Reuters) -",
        credit_example="REUTERS/Kevin Lamarque",
        trailers=(r"\(Reporting by .*", r"Reuter", r"REUTER"),
    ),
    Agency(
        name="AP",
        aliases=("Associated Press", "The Associated Press", "AP Photo"),
        dateline_example="WASHINGTON (AP) —",
        credit_example="AP Photo/Evan Vucci",
        trailers=(r"Associated Press writers? .* contributed(?: to)? (?:this|the) report\.?",),
    ),
    Agency(
        name="AFP",
        aliases=("Agence France-Presse", "Agence France Presse"),
        dateline_example="PARIS, Aug 29, 2014 (AFP) -",
        credit_example="Photo by GHULAM RASOOL /AFP via Getty Images",
        trailers=(r"(?:[a-z]{2,4}/)+[a-z]{2,4}",),
    ),
    Agency(
        name="Xinhua",
        aliases=("XINHUA", "Xinhua News Agency"),
        dateline_example="BEIJING, Nov 7 (Xinhua) --",
        credit_example="Xinhua/Li Xin",
    ),
    Agency(name="UPI", dateline_example="Nov 7 (UPI) --", credit_example="UPI/Name"),
    Agency(
        name="Yonhap",
        aliases=("YONHAP",),
        dateline_example="SEOUL, Oct. 12 (Yonhap) --",
        credit_example="Yonhap",
        trailers=(r"\(END\)", r"[\w.+-]+@yna\.co\.kr(?:\s*\(END\))?"),
    ),
    Agency(
        name="Kyodo",
        aliases=("KYODO", "Kyodo News"),
        dateline_example="SAITAMA, Japan, Dec. 9 Kyodo -",
        credit_example="Kyodo",
        trailers=(r"==Kyodo",),
    ),
    Agency(name="PTI", dateline_example="NEW DELHI, Nov 7 (PTI)", credit_example="PTI Photo"),
    Agency(name="IANS", dateline_example="New Delhi, Nov 7 (IANS)", credit_example="IANS"),
    Agency(name="ANI", dateline_example="New Delhi [India], Nov 7 (ANI):", credit_example="ANI"),
    Agency(
        name="Anadolu",
        aliases=("AA", "Anadolu Agency", "Anadolu Ajansı"),
        dateline_example="ANKARA (AA) -",
        credit_example="Didem Mente/AA",
    ),
    Agency(name="dpa", aliases=("DPA",), dateline_example="Luxembourg (dpa) -", credit_example="dpa"),
    Agency(
        name="EFE",
        aliases=("Efe", "EPA-EFE"),
        dateline_example="Nueva Delhi, 21 ene (EFE).-",
        credit_example="EPA-EFE/NAME",
    ),
    Agency(
        name="ANSA",
        dateline_example="(ANSA) - ROME, JUL 11 -",
        credit_example="ANSA",
    ),
    Agency(name="Interfax", aliases=("INTERFAX", "Интерфакс"), dateline_example="MOSCOW, Nov 7 (Interfax) -"),
    Agency(
        name="RIA Novosti",
        aliases=("RIA", "РИА Новости"),
        dateline_example="MOSCOW, Nov 7 (RIA Novosti) -",
        credit_example="RIA Novosti/Name",
    ),
    Agency(name="Sputnik", dateline_example="MOSCOW (Sputnik) -", credit_example="Sputnik/Name"),
    Agency(name="Bernama", dateline_example="KUALA LUMPUR, Nov 7 (Bernama) --", credit_example="Bernama"),
    Agency(name="Antara", dateline_example="Jakarta (ANTARA) -", credit_example="ANTARA/Name"),
    Agency(name="BelTA", dateline_example="MINSK, 7 November (BelTA) -"),
    Agency(name="Ukrinform", aliases=("Укрінформ", "Укринформ"), dateline_example="KYIV, Nov 7 (Ukrinform) -"),
    Agency(name="UNN", aliases=("УНН",), dateline_example="КИЕВ. 3 декабря. УНН."),
    Agency(name="CNA", aliases=("Focus Taiwan",), dateline_example="Taipei, Nov. 7 (CNA)"),
    Agency(name="Bloomberg", dateline_example="(Bloomberg) --", credit_example="Bloomberg"),
    Agency(
        name="PA Media",
        aliases=("PA", "Press Association"),
        dateline_example="LONDON (PA) -",
        credit_example="PA Wire",
        trailers=(r"ends",),
    ),
    Agency(name="KUNA", dateline_example="KUWAIT, Nov 7 (KUNA) --"),
    Agency(name="WAM", dateline_example="ABU DHABI, 7th November, 2017 (WAM) --"),
    Agency(name="IRNA", dateline_example="Tehran, Nov 7, IRNA -"),
    Agency(name="Prensa Latina", aliases=("PL",), dateline_example="Havana, Nov 7 (Prensa Latina)"),
    Agency(name="CP", aliases=("Canadian Press", "The Canadian Press"), dateline_example="TORONTO (CP) -"),
    Agency(name="ANA-MPA", aliases=("ANA", "AMNA"), dateline_example="ATHENS (ANA-MPA) -"),
)


_BY_SPELLING = {spelling.casefold(): agency.name for agency in AGENCIES for spelling in agency.spellings}


def canonical_agency(printed: str | None) -> str | None:
    """The canonical name of an agency as printed, or None if it is not in the table.

    >>> canonical_agency("Reuter")
    'Reuters'
    >>> canonical_agency("ТАСС")
    'TASS'
    >>> canonical_agency("Daily Planet") is None
    True
    """
    if printed is None:
        return None
    return _BY_SPELLING.get(printed.strip().casefold())
