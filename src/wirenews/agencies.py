"""The agency table: every agency's names and printed conventions, in one place.

Adding an agency is one ``Agency`` entry here (plus its tests); the dateline,
credit, boilerplate and trailer patterns of the parser are built from this table
when the package is imported.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

__all__ = ["AGENCIES", "Agency", "canonical_agency", "render_credit", "render_dateline"]


@attrs.frozen(kw_only=True)
class Agency:
    """One news agency and how its copy prints its name."""

    name: str
    """The canonical name, as ``Article.agency`` gives it."""
    aliases: tuple[str, ...] = ()
    """Other spellings printed in datelines, credits and sign-offs (case matters)."""
    datelines: tuple[str, ...] = ()
    """The agency's dateline forms as templates, for the docs and the tests: ``{PLACE}``/``{Place}``
    (an upper- or mixed-case city), ``{Region}``, ``{Month}``/``{Mon}``/``{MON}`` (an English month,
    full, abbreviated, upper-case), ``{mes}``/``{mois}``/``{месяца}`` (Spanish, French, Russian),
    ``{Mon.}`` (AP style: March, Sept.), ``{d}``, ``{yyyy}``. The parser reads them through its
    dateline grammar, not these templates."""
    source_lines: tuple[str, ...] = ()
    """Templates of the source lines that sites carrying the agency's copy print alone on a line
    above the story instead of a dateline: ``PTI {Place}``."""
    credits: tuple[str, ...] = ()
    """The agency's photo credit forms as templates: ``{Photographer}``, ``{PHOTOGRAPHER}``."""
    boilerplate: tuple[str, ...] = ()
    """Patterns (``regex`` syntax, matched against a whole stripped line) of page furniture."""
    trailers: tuple[str, ...] = ()
    """Patterns of sign-off lines printed after the story."""
    rubrics: tuple[str, ...] = ()
    """Section names the agency's pages print above the headline."""
    slugs: tuple[str, ...] = ()
    """Patterns (``regex`` syntax) of the wire slugs the agency prints before a headline's words
    (``UPDATE 1-``, ``(LEAD)``): they go to ``Headline.slug``, not the title."""
    prints_standfirst: bool = False
    """True when the agency's pages always print a standfirst under the headline (tass.com):
    the first line after the headline is then the standfirst even where a photo credit
    follows it, and even on pages with no dateline (recognised by the boilerplate)."""

    @property
    def spellings(self) -> tuple[str, ...]:
        """The canonical name followed by its aliases."""
        return (self.name, *self.aliases)

    @property
    def dateline_example(self) -> str:
        """The first dateline form, filled in with a sample place and date."""
        return render_dateline(self.datelines[0]) if self.datelines else ""

    @property
    def credit_example(self) -> str:
        """The first credit form, filled in with a sample photographer."""
        return render_credit(self.credits[0]) if self.credits else ""


_MONTHS = ("January February March April May June July August September October November December").split()
# AP style: months of five letters or fewer are not abbreviated; September is "Sept."
_AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
_SPANISH = "ene feb mar abr may jun jul ago sep oct nov dic".split()
_FRENCH = "jan fév mars avr mai juin juil août sept oct nov déc".split()
_RUSSIAN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()


def render_dateline(
    template: str,
    *,
    place: str = "Saint Petersburg",
    region: str = "Leningrad Region",
    date: dt.date = dt.date(2024, 12, 26),
) -> str:
    """Fill in a dateline template of the agency table.

    >>> render_dateline("{PLACE}, {Mon.} {d} (Xinhua) --", place="New York", date=dt.date(2024, 9, 3))
    'NEW YORK, Sept. 3 (Xinhua) --'
    >>> render_dateline("{Place}, {d} {mes} (EFE).-", place="Nueva Delhi", date=dt.date(2019, 1, 21))
    'Nueva Delhi, 21 ene (EFE).-'
    """
    month = date.month - 1
    values = {
        "PLACE": place.upper(),
        "Place": place,
        "Region": region,
        "Month": _MONTHS[month],
        "Mon": _MONTHS[month][:3],
        "Mon.": _AP_MONTHS[month],
        "MON": _MONTHS[month][:3].upper(),
        "mes": _SPANISH[month],
        "mois": _FRENCH[month],
        "месяца": _RUSSIAN[month],
        "d": str(date.day),
        "yyyy": str(date.year),
    }
    return _FIELD.sub(lambda field: values[field.group(1)], template)


_FIELD = regex.compile(r"\{([^{}]+)\}")


def render_credit(template: str, *, photographer: str = "Evan Vucci") -> str:
    """Fill in a credit template of the agency table.

    >>> render_credit("{Photographer}/TASS", photographer="Mikhail Metzel")
    'Mikhail Metzel/TASS'
    """
    values = {"Photographer": photographer, "PHOTOGRAPHER": photographer.upper()}
    return _FIELD.sub(lambda field: values[field.group(1)], template)


AGENCIES: tuple[Agency, ...] = (
    Agency(
        name="TASS",
        aliases=("ТАСС", "ITAR-TASS"),
        datelines=(
            "{PLACE}, {Month} {d}. /TASS/.",
            "{PLACE} /{Region}/, {Month} {d}. /TASS/.",
            "{PLACE}, {d} {месяца}. /ТАСС/.",
        ),
        credits=("© {Photographer}/TASS", "{Photographer}/TASS"),
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
        datelines=("{PLACE}, {Mon} {d} (Reuters) -", "{Mon} {d} (Reuters) -", "{PLACE}, {Month} {d}, Reuter -"),
        source_lines=("Reuters, {Place},",),
        credits=("REUTERS/{Photographer}", "{Photographer}/Reuters"),
        trailers=(r"\(Reporting by .*", r"Reuter", r"REUTER"),
        slugs=(
            # UPDATE 1-  EXCLUSIVE-  UPDATE 2-GLOBAL MARKETS-
            r"(?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP|INSTANT VIEW|EXCLUSIVE|BRIEF|ANALYSIS|FACTBOX)(?: \d{1,2})?"
            r"\s*[-:]\s*(?:\p{Lu}[\p{Lu}\d&.]*(?: \p{Lu}[\p{Lu}\d&.]*){0,3}-(?=\S))?",
            r"\p{Lu}[\p{Lu}\d&.]+(?: \p{Lu}[\p{Lu}\d&.]+){0,3}-(?=\p{Lu})",  # PRECIOUS-Gold  GLOBAL MARKETS-Asian
        ),
    ),
    Agency(
        name="AP",
        aliases=("Associated Press", "The Associated Press", "AP Photo"),
        datelines=("{PLACE} (AP) —", "{PLACE}, {Region} (AP) _", "{PLACE} (AP) --"),
        credits=("AP Photo/{Photographer}", "(AP Photo/{Photographer}, File)", "Photo: {Photographer}, AP"),
        trailers=(r"Associated Press writers? .* contributed(?: to)? (?:this|the) report\.?",),
    ),
    Agency(
        name="AFP",
        aliases=("Agence France-Presse", "Agence France Presse"),
        datelines=("{PLACE}, {Mon} {d}, {yyyy} (AFP) -", "{Place}, {d} {mois} {yyyy} (AFP) -"),
        source_lines=("AFP, {PLACE}",),
        credits=("{PHOTOGRAPHER} / AFP", "Photo by {PHOTOGRAPHER} /AFP via Getty Images"),
        boilerplate=(
            # the feed's notes to editors above a story: "= (PICTURES) =", "ATTENTION - ADDS detail ///"
            r"=\s*\((?:PICTURES?|PHOTOS?|VIDEO|GRAPHICS?|MAPS?|INFOGRAPHICS?)\b[^()]{0,40}\)\s*=",
            r"ATTENTION\s+-\s+\p{Lu}[^\n]{0,120}",
        ),
        trailers=(r"(?:[a-z]{2,4}/)+[a-z]{2,4}",),
    ),
    Agency(
        name="Xinhua",
        aliases=("XINHUA", "Xinhua News Agency"),
        datelines=("{PLACE}, {Mon.} {d} (Xinhua) --",),
        credits=("Xinhua/{Photographer}",),
    ),
    Agency(
        name="UPI", datelines=("{Mon.} {d} (UPI) --", "{PLACE}, {Mon.} {d} (UPI) --"), credits=("UPI/{Photographer}",)
    ),
    Agency(
        name="Yonhap",
        aliases=("YONHAP",),
        datelines=("{PLACE}, {Mon.} {d} (Yonhap) --",),
        credits=("Yonhap",),
        trailers=(r"\(END\)", r"[\w.+-]+@yna\.co\.kr(?:\s*\(END\))?"),
        # (LEAD)  (2nd LD)  (URGENT)  (News Focus)  (Yonhap Interview)
        slugs=(r"\((?:LEAD|\d{1,2}(?:st|nd|rd|th) LD|URGENT|News Focus|Yonhap Interview|Yonhap Feature)\)\s+(?=\S)",),
    ),
    Agency(
        name="Kyodo",
        aliases=("KYODO", "Kyodo News"),
        datelines=("{PLACE}, {Region}, {Mon.} {d} Kyodo -", "{PLACE}, {Mon.} {d} Kyodo -"),
        credits=("Kyodo",),
        trailers=(r"==Kyodo",),
    ),
    Agency(
        name="PTI",
        datelines=("{PLACE}, {Mon} {d} (PTI)",),
        source_lines=("PTI {Place}", "PTI, {Place},"),
        credits=("PTI Photo",),
    ),
    Agency(name="IANS", datelines=("{Place}, {Mon} {d} (IANS)",), credits=("IANS",)),
    Agency(name="ANI", datelines=("{Place} [{Region}], {Mon} {d} (ANI):",), credits=("ANI",)),
    Agency(
        name="Anadolu",
        aliases=("AA", "Anadolu Agency", "Anadolu Ajansı"),
        datelines=("{PLACE} (AA) -",),
        credits=("{Photographer}/AA", "Anadolu Agency"),
    ),
    Agency(
        name="dpa",
        aliases=("DPA",),
        datelines=("{Place} (dpa) -",),
        credits=("{Photographer}/dpa",),
        # the item's id under the story, a copyright mark before it: "© dpa-infocom, dpa:240516-99-53606/3 (dpa)"
        trailers=(r"(?:©\s*)?dpa-infocom, dpa:\d{6}-\d{2}-\d+/\d+(?: \(dpa\))?",),
    ),
    Agency(
        name="EFE",
        aliases=("Efe", "EPA-EFE", "Agencia EFE"),
        datelines=("{Place}, {d} {mes} (EFE).-",),
        credits=("EPA-EFE/{PHOTOGRAPHER}",),
    ),
    Agency(
        name="ANSA",
        datelines=("(ANSA) - {PLACE}, {MON} {d} -", "(ANSA) - {Place}, {Month} {d} -"),
        credits=("ANSA",),
        slugs=(r">{2,3}\p{Lu}+/",),  # >>>ANSA/
    ),
    Agency(
        name="Interfax",
        aliases=("INTERFAX", "Интерфакс"),
        datelines=("{PLACE}, {Month} {d} (Interfax) -",),
    ),
    Agency(
        name="RIA Novosti",
        aliases=("RIA", "РИА Новости"),
        datelines=("{PLACE}, {Month} {d} (RIA Novosti) -",),
        credits=("RIA Novosti/{Photographer}",),
    ),
    Agency(name="Sputnik", datelines=("{PLACE} (Sputnik) -",), credits=("Sputnik/{Photographer}",)),
    Agency(name="Bernama", datelines=("{PLACE}, {Mon} {d} (Bernama) --",), credits=("Bernama",)),
    Agency(name="Antara", aliases=("ANTARA",), datelines=("{Place} (ANTARA) -",), credits=("ANTARA/{Photographer}",)),
    Agency(name="BelTA", datelines=("{PLACE}, {d} {Month} (BelTA) -",)),
    Agency(name="Ukrinform", aliases=("Укрінформ", "Укринформ"), datelines=("{PLACE}, {Month} {d} (Ukrinform) -",)),
    Agency(name="UNN", aliases=("УНН",), datelines=("{PLACE}. {d} {месяца}. УНН.",)),
    Agency(name="CNA", aliases=("Focus Taiwan",), datelines=("{Place}, {Mon.} {d} (CNA)",)),
    Agency(name="Bloomberg", datelines=("(Bloomberg) --",), credits=("{Photographer}/Bloomberg",)),
    Agency(
        name="PA Media",
        aliases=("PA", "PA Wire", "Press Association"),
        datelines=("{PLACE} (PA) -",),
        credits=("{Photographer}/PA Wire",),
        trailers=(r"ends",),
    ),
    Agency(name="KUNA", datelines=("{PLACE}, {Mon} {d} (KUNA) --",)),
    Agency(name="WAM", datelines=("{PLACE}, {d}th {Month} {yyyy} (WAM) --",)),
    Agency(name="IRNA", datelines=("{Place}, {Mon} {d}, IRNA -",)),
    Agency(name="Prensa Latina", aliases=("PL",), datelines=("{Place}, {Mon} {d} (Prensa Latina)",)),
    Agency(name="CP", aliases=("Canadian Press", "The Canadian Press"), datelines=("{PLACE} (CP) -",)),
    Agency(name="ANA-MPA", aliases=("ANA", "AMNA"), datelines=("{PLACE} (ANA-MPA) -",)),
    Agency(name="ANP", datelines=("{PLACE} (ANP) -",), credits=("ANP/{PHOTOGRAPHER}",)),
    Agency(
        name="VNA",
        aliases=("Vietnam News Agency",),
        datelines=("{Place} (VNA) -",),
        credits=("VNA Photo", "Photo: VNA"),
    ),
    Agency(
        name="KCNA",
        aliases=("Korean Central News Agency",),
        datelines=("{Place}, {Month} {d} (KCNA) --",),
        credits=("KCNA via REUTERS",),
    ),
    Agency(name="APP", aliases=("Associated Press of Pakistan",), datelines=("{PLACE}, {Mon} {d} (APP):",)),
    Agency(name="BSS", datelines=("{PLACE}, {Month} {d}, {yyyy} (BSS) -",)),
    Agency(name="WAFA", datelines=("{PLACE}, {Month} {d}, {yyyy} (WAFA) -",)),
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


def agencies_markdown() -> str:
    """The docs page listing every agency of the table, with its dateline and credit forms.

    ``docs/agencies.md`` is this text (a test keeps the two equal); regenerate it with
    ``python -c "import wirenews.agencies as a; print(a.agencies_markdown(), end='')" > docs/agencies.md``.
    """
    rows = [
        "# Supported agencies",
        "",
        "Generated from `wirenews.AGENCIES` by `wirenews.agencies.agencies_markdown()`; do not edit by hand.",
        "Each form is shown filled in with a sample place, date and photographer.",
        "",
        "| agency | also printed as | datelines | source lines | photo credits |",
        "| --- | --- | --- | --- | --- |",
    ]
    for agency in AGENCIES:
        cells = (
            agency.name,
            ", ".join(agency.aliases),
            "<br>".join(f"`{render_dateline(form)}`" for form in agency.datelines),
            "<br>".join(f"`{render_dateline(form)}`" for form in agency.source_lines),
            "<br>".join(f"`{render_credit(form)}`" for form in agency.credits),
        )
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"
