"""Answers computed from a workspace's tables, kept until one of those tables changes.

One mechanism for every cached answer of the workspace service: each is declared with the tables it reads, so
``invalidate(tables)`` forgets exactly the answers that read a changed table, and a new answer cannot be
forgotten by a list of names kept somewhere else.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

ARRANGEMENT_TABLES = ("arrangements", "purchases", "test_dates", "benchmarks")
MEMBER_TABLES = ("quotas", "sdr_rates", "member", "imf_payments")


def reads(*tables: str) -> Callable:
    """Cache a method's answer, per argument values (positional and keyword), until ``invalidate`` names one of ``tables``."""
    read = frozenset(tables)

    def wrap(method: Callable) -> Callable:
        @functools.wraps(method)
        def answer(self, *args: Any, **kwargs: Any) -> Any:
            key = (method.__name__, args, tuple(sorted(kwargs.items())))
            try:
                return self._answers[key][0]
            except KeyError:
                value = method(self, *args, **kwargs)
                self._answers[key] = (value, read)
                return value

        answer.tables = read
        return answer

    return wrap


class TableCache:
    """Holds the answers of the methods decorated with ``reads``."""

    def __init__(self) -> None:
        self._answers: dict[tuple, tuple[Any, frozenset[str]]] = {}

    def invalidate(self, tables: Iterable[str] | None = None) -> None:
        """Forget the answers that read any of ``tables`` (every answer when None: the change is unknown)."""
        if tables is None:
            self._answers.clear()
            return
        changed = frozenset(tables)
        for key in [k for k, (_, read) in self._answers.items() if read & changed]:
            del self._answers[key]
