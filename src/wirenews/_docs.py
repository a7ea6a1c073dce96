"""The docstrings of record fields and enum members, read from the source as mkdocstrings reads them.

Python keeps no docstring for an attribute: the string under ``name: type`` is an expression the
interpreter drops. Documentation tools read it from the source, and so does this module, so that
the JSON Schema's field descriptions are the API reference's, written once, beside the field.
"""

from __future__ import annotations

import ast
import functools
import inspect
import itertools
import textwrap


@functools.cache
def attribute_docs(cls: type) -> dict[str, str]:
    """Each documented attribute of ``cls`` (fields, enum members) with its docstring, as written.

    >>> from wirenews.records import Span
    >>> attribute_docs(Span)["start"]
    'Offset of the first character.'
    """
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):  # no source shipped (a frozen application): no descriptions
        return {}
    (definition,) = ast.parse(source).body
    assert isinstance(definition, ast.ClassDef)
    docs: dict[str, str] = {}
    for statement, following in itertools.pairwise(definition.body):
        name = _assigned_name(statement)
        if name is None or not isinstance(following, ast.Expr) or not isinstance(following.value, ast.Constant):
            continue
        if isinstance(following.value.value, str):
            docs[name] = inspect.cleandoc(following.value.value)
    return docs


def _assigned_name(statement: ast.stmt) -> str | None:
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id
    return None


def plain(docstring: str) -> str:
    """A docstring as plain text, for a JSON Schema: reST literals (````x````) as the text they mark.

    >>> plain('The place as printed: ``"IGORA /Leningrad Region/"``.')
    'The place as printed: "IGORA /Leningrad Region/".'
    """
    return " ".join(docstring.replace("``", "").split())
