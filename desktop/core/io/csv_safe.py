"""CSV cells a spreadsheet shows as text, never runs as a formula (OWASP's CSV injection rule), and reading them back.

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``: Excel and
LibreOffice then show it as text. Numbers are written as numbers, untouched. So that an export imports back to the
same text, a cell whose quotes are followed by one of those characters gets one more quote, and the importer drops
exactly one (``'=x`` reads as ``=x``, ``''=x`` as ``'=x``; ``'x`` stays ``'x``).
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _after_quotes_is_formula(text: str) -> bool:
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_STARTS


def text_cell(text: str) -> str:
    """``text`` as a CSV cell that a spreadsheet shows as text."""
    return "'" + text if _after_quotes_is_formula(text) else text


def read_text_cell(cell: str) -> str:
    """The text that ``text_cell`` wrote as ``cell``."""
    return cell[1:] if cell.startswith("'") and _after_quotes_is_formula(cell) else cell


def row_cells(values: Iterable) -> list[str]:
    """One exported row: text neutralised by ``text_cell``, floats exactly (repr), other numbers as they are, None empty."""
    return ["" if v is None else text_cell(v) if isinstance(v, str) else repr(v) if isinstance(v, float) else str(v)
            for v in values]
