"""The API reference documents every public field, and no reST role leaks into pages or the schema."""

from __future__ import annotations

import enum
import inspect
import json
import typing
from pathlib import Path

import attrs
import pytest
import regex

import wirenews
from wirenews import feeds, json_schema, tables
from wirenews._docs import attribute_docs

ROOT = Path(__file__).resolve().parents[1]
# A Sphinx role (``:class:`X```): mkdocstrings prints it as it stands.
ROLE = regex.compile(r":(?:class|func|meth|mod|data|attr|exc|obj|py:\w+):`")
PUBLIC = [getattr(module, name) for module in (wirenews, tables, feeds) for name in module.__all__]
RECORDS = [obj for obj in PUBLIC if isinstance(obj, type) and (attrs.has(obj) or issubclass(obj, enum.Enum))]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_every_field_and_member_has_a_docstring(cls: type) -> None:
    if attrs.has(cls):
        names = [field.name for field in attrs.fields(cls)]
    else:
        names = [member.name for member in typing.cast("type[enum.Enum]", cls)]
    docs = attribute_docs(cls)
    assert [name for name in names if not docs.get(name, "").strip()] == []


def test_every_public_function_and_class_has_a_docstring() -> None:
    undocumented = [
        getattr(obj, "__name__", repr(obj))
        for obj in PUBLIC
        if (inspect.isfunction(obj) or inspect.isclass(obj)) and not (obj.__doc__ or "").strip()
    ]
    assert undocumented == []


def test_no_role_markup_in_any_docstring_or_page() -> None:
    sources = [*ROOT.joinpath("src").rglob("*.py"), *ROOT.joinpath("docs").glob("*.md"), ROOT / "README.md"]
    leaks = [
        f"{path.relative_to(ROOT)}:{found.group()}" for path in sources for found in ROLE.finditer(path.read_text())
    ]
    assert leaks == []


def _properties(schema: object) -> list[tuple[str, dict[str, object]]]:
    found = []
    definitions = schema["$defs"]  # type: ignore[index]
    for name, definition in definitions.items():
        for field, prop in definition.get("properties", {}).items():
            found.append((f"{name}.{field}", prop))
    return found


def test_every_schema_property_is_described_in_plain_text() -> None:
    schema = json_schema()
    undescribed = [name for name, prop in _properties(schema) if not prop.get("description")]
    assert undescribed == []
    text = json.dumps(schema)
    assert not ROLE.search(text)
    assert "``" not in text


def test_the_api_page_lists_every_public_name() -> None:
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    shown = set(regex.findall(r"^::: wirenews\.(\w+)", page, flags=regex.M))
    modules = {"records", "agencies", "tables", "feeds"}  # pages that show their members
    records = set(wirenews.records.__all__) | {"AGENCIES", "Agency"}
    missing = [name for name in wirenews.__all__ if name not in shown | modules | records and name != "__version__"]
    assert missing == []


def test_readme_links_are_absolute_so_they_work_on_pypi() -> None:
    links = regex.findall(r"\]\(([^)]+)\)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert links
    assert [link for link in links if not link.startswith(("https://", "http://", "#"))] == []
