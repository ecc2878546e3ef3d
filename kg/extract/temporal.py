"""Date expressions in text ("Thursday", "last month", "in November", "March 21, 2024") as partial
dates, resolved against the article's publication date when it has one, left unresolved when not."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): index for index, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to some precision: year, month and day may each be unknown; an unresolved
    weekday ("Thursday" in an undated article) is kept as the weekday alone."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None

    def iso(self) -> str | None:
        """`2024-03-21`, `2023-11` or `2024`; None when the year is unknown."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def key(self) -> str:
        """A stable text form that also covers unresolved dates (`--11`, `weekday-3`)."""
        if self.year is None and self.month is None and self.weekday is not None:
            return f"weekday-{self.weekday}"
        return self.iso() or f"--{self.month or 0:02d}-{self.day or 0:02d}"

    def agrees_with(self, other: PartialDate) -> bool | None:
        """True when both say the same month or day, False when a known field differs, None when
        they cannot be compared (see `dates_agree`)."""
        return dates_agree(
            (self.year, self.month, self.day, self.weekday), (other.year, other.month, other.day, other.weekday)
        )


DateKey = tuple[int | None, int | None, int | None, int | None]
"""A partial date as (year, month, day, weekday), the form facts keep."""


def dates_agree(a: DateKey, b: DateKey) -> bool | None:
    """Whether two partial dates agree: False when a field known on both sides differs; True when
    none differs and both give the month, or the first gives a weekday and they share a known
    field; otherwise None (nothing to compare).

    >>> dates_agree((2024, 3, 21, None), (2024, 3, None, None)), dates_agree((2024, 3, 21, None), (2024, 3, 22, None))
    (True, False)
    >>> dates_agree((2024, None, None, None), (2024, 3, 21, None)) is None
    True
    """
    y1, m1, d1, w1 = a
    y2, m2, d2, w2 = b
    if (
        (y1 is not None and y2 is not None and y1 != y2)
        or (m1 is not None and m2 is not None and m1 != m2)
        or (d1 is not None and d2 is not None and d1 != d2)
        or (w1 is not None and w2 is not None and w1 != w2)
    ):
        return False
    if m1 is not None and m2 is not None:
        return True
    shared = (y1 is not None and y2 is not None) or (d1 is not None and d2 is not None) or w2 is not None
    return True if w1 is not None and shared else None


def resolve_expression(text: str, published: date | datetime | None, *, future: bool = False) -> PartialDate | None:
    """Read a DATE expression, resolving relative ones against `published` (past by default).

    >>> resolve_expression("Thursday", date(2024, 3, 22))
    PartialDate(year=2024, month=3, day=21, weekday=None)
    >>> resolve_expression("in November", date(2024, 3, 21))
    PartialDate(year=2023, month=11, day=None, weekday=None)
    >>> resolve_expression("last month", None) is None
    True
    >>> resolve_expression("Thursday", None)
    PartialDate(year=None, month=None, day=None, weekday=3)
    """
    lowered = text.lower().replace("’", "'")
    words = _WORD.findall(lowered)
    base = published.date() if isinstance(published, datetime) else published
    if "today" in words or lowered.strip() in ("now", "this week"):
        return _from_date(base) if base and "today" in words else None
    if "yesterday" in words:
        return _from_date(base - timedelta(days=1)) if base else None
    if "month" in words and ({"last", "this", "next", "previous", "past"} & set(words)):
        if base is None:
            return None
        shift = -1 if {"last", "previous", "past"} & set(words) else 1 if "next" in words else 0
        month_index = base.year * 12 + base.month - 1 + shift
        return PartialDate(month_index // 12, month_index % 12 + 1)
    if "year" in words and ({"last", "this", "next"} & set(words)):
        if base is None:
            return None
        return PartialDate(base.year + (-1 if "last" in words else 1 if "next" in words else 0))
    # "may" is a month only beside a day or a year; otherwise it is the modal verb.
    month = next((_MONTHS[w] for w in words if w in _MONTHS and w != "may"), None)
    if month is None and "may" in words and (_YEAR.search(lowered) or _DAY.search(lowered)):
        month = 5
    year_match = _YEAR.search(lowered)
    year = int(year_match.group(1)) if year_match else None
    weekday = next((_WEEKDAYS[w] for w in words if w in _WEEKDAYS), None)
    if month is not None:
        day = _day_of(lowered, year_match)
        if year is None and base is not None:
            year = _nearest_year(base, month, day, future=future)
        return PartialDate(year, month, day)
    if year is not None:
        return PartialDate(year)
    if weekday is not None:
        if base is None:
            return PartialDate(weekday=weekday)
        return _from_date(_nearest_weekday(base, weekday, future=future))
    return None


def _day_of(text: str, year_match: re.Match[str] | None) -> int | None:
    masked = text if year_match is None else text[: year_match.start()] + text[year_match.end() :]
    for found in _DAY.finditer(masked):
        value = int(found.group(1))
        if 1 <= value <= 31:
            return value
    return None


def _nearest_year(base: date, month: int, day: int | None, *, future: bool) -> int:
    candidate = date(base.year, month, min(day or 1, 28))
    if not future and candidate > base:
        return base.year - 1
    if future and candidate < base.replace(day=1):
        return base.year + 1
    return base.year


def _nearest_weekday(base: date, weekday: int, *, future: bool) -> date:
    delta = (weekday - base.weekday()) % 7
    if future:
        return base + timedelta(days=delta)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _from_date(value: date) -> PartialDate:
    return PartialDate(value.year, value.month, value.day)
