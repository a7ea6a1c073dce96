"""The JSON Schema of ``Article.to_dict()``, derived from the record types so the two cannot drift."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from wirenews._docs import attribute_docs, plain
from wirenews.records import Article

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Article.to_dict()`` validates against.

    It is derived from the record types, so it cannot drift from them:

        >>> schema = json_schema()
        >>> schema["$ref"], sorted(schema["$defs"]["Dateline"]["properties"])[:3]
        ('#/$defs/Article', ['agency', 'city', 'date'])
    """
    definitions: dict[str, Any] = {}
    _define(Article, definitions)
    return {
        "$schema": _DIALECT,
        "$id": "urn:wirenews:article",
        "title": "wirenews Article",
        "description": "One wire-service article as parsed by wirenews.parse_article(...).to_dict().",
        "$ref": "#/$defs/Article",
        "$defs": dict(sorted(definitions.items())),
    }


def _define(cls: type, definitions: dict[str, Any]) -> dict[str, str]:
    name = cls.__name__
    if name not in definitions:
        definitions[name] = {}  # placeholder: records refer to each other
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        docs = attribute_docs(cls)
        definitions[name] = {
            "type": "object",
            "description": _summary(cls),
            "properties": {
                field.name: _described(_schema_of(hints[field.name], definitions), docs.get(field.name))
                for field in fields
            },
            "required": [field.name for field in fields],
            "additionalProperties": False,
        }
    return {"$ref": f"#/$defs/{name}"}


def _summary(cls: type) -> str:
    """The first paragraph of a class's docstring, as plain text."""
    return plain((cls.__doc__ or cls.__name__).strip().split("\n\n")[0])


def _described(schema: dict[str, Any], doc: str | None) -> dict[str, Any]:
    """A field's schema with its docstring as its description (beside a ``$ref``, as 2020-12 allows)."""
    return schema if doc is None else {**schema, "description": plain(doc)}


def _schema_of(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_schema_of(arg, definitions) for arg in typing.get_args(hint) if arg is not type(None)]
        nullable = type(None) in typing.get_args(hint)
        return {"anyOf": [*options, {"type": "null"}]} if nullable else {"anyOf": options}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(typing.get_args(hint)[0], definitions)}
    if isinstance(hint, type) and attrs.has(hint):
        return _define(hint, definitions)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        docs = attribute_docs(hint)
        values = "; ".join(
            f"{member.value} ({plain(docs[member.name]).rstrip('.')})" if member.name in docs else str(member.value)
            for member in hint
        )
        return {"enum": [member.value for member in hint], "description": f"{_summary(hint)} {values}."}
    simple = {str: {"type": "string"}, int: {"type": "integer"}, bool: {"type": "boolean"}}
    if hint in simple:
        return simple[hint]
    if hint is dt.date:
        return {"type": "string", "format": "date"}
    raise TypeError(f"no JSON Schema for {hint!r}")
