"""The agency a feed's provider names, as ``wirenews.agencies`` spells it."""

from __future__ import annotations

from wirenews.agencies import canonical_agency


def agency_of(*names: str | None) -> str | None:
    """The first of ``names`` that names an agency, as ``wirenews.agencies`` spells it.

    A name is tried as printed, without a scheme (``nprov:AFP``), and by its web domain
    (``reuters.com``, ``ansa.it``).

    >>> agency_of(None, "ansa.it"), agency_of("nprov:AFP"), agency_of("The Associated Press")
    ('ANSA', 'AFP', 'AP')
    """
    for name in names:
        if not name:
            continue
        for candidate in (name, name.rpartition(":")[2], name.rpartition(":")[2].split(".")[0]):
            found = canonical_agency(candidate.strip())
            if found is not None:
                return found
    return None
