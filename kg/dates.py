"""Dates as the graph keeps them (ISO 8601 text) and as the Python API takes and hands them out.

The graph stores every date as the text its exports write: a day (`2024-03-21`), a moment in UTC
(`2024-03-21T10:00:00Z`), or a month or year when that is all a source said (`2023-10`, `2024`).
The API hands a day out as a `datetime.date` and a moment as an aware `datetime.datetime`; a month
or a year stays ISO text, since no Python date type holds one without inventing a day. It takes
bounds as `date`, `datetime` (naive ones are read as UTC, as kg reads naive times in articles) or
ISO text, and compares by time spans: a day is the 24 hours of that day in UTC, a month its days.

>>> to_python("2024-03-21"), to_python("2023-10")
(datetime.date(2024, 3, 21), '2023-10')
>>> to_python("2024-03-21T10:00:00Z")
datetime.datetime(2024, 3, 21, 10, 0, tzinfo=datetime.timezone.utc)
>>> overlaps("2023-10", span(date(2023, 10, 15)), span("2024"))
True
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

DateLike = str | date | datetime
"""What the API takes where it takes a date: a `date`, a `datetime` (naive = UTC) or ISO 8601 text."""

Span = tuple[datetime, datetime]
"""A stretch of time [start, end) in UTC."""

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TICK = timedelta(microseconds=1)


def to_python(text: str) -> date | datetime | str:
    """A stored date as Python: `date` for a day, aware `datetime` for a moment, else the text as it is.

    Month and year precision (`2023-10`, `2024`), and any text that is no ISO date, come back unchanged.
    """
    if ISO_DAY.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    if "T" in text:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return text


def span(value: DateLike) -> Span:
    """The stretch of time a date covers: a moment is its microsecond, a day 24 hours, a month or year all of it.

    Raises ValueError for text that is not an ISO 8601 year, month, day or date-time, and
    TypeError for anything that is not a date at all.

    >>> start, end = span("2024-02")
    >>> start.isoformat(), end.isoformat()
    ('2024-02-01T00:00:00+00:00', '2024-03-01T00:00:00+00:00')
    >>> span(datetime(2024, 3, 21, 12, tzinfo=UTC)) == span("2024-03-21T13:00:00+01:00")
    True
    """
    if isinstance(value, datetime):
        moment = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
        return moment, moment + _TICK
    if isinstance(value, date):
        start = datetime(value.year, value.month, value.day, tzinfo=UTC)
        return start, start + timedelta(days=1)
    if not isinstance(value, str):
        raise TypeError(f"a date must be a datetime.date, a datetime.datetime or ISO 8601 text, not {value!r}")
    text = value.strip()
    try:
        if found := _YEAR.match(text):
            year = int(found[1])
            return datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
        if found := _MONTH.match(text):
            year, month = int(found[1]), int(found[2])
            start = datetime(year, month, 1, tzinfo=UTC)
            return start, datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
        parsed = to_python(text)
        if isinstance(parsed, date):
            return span(parsed)
    except ValueError:
        pass
    raise ValueError(f"not an ISO 8601 date: {value!r} (expected e.g. 2024, 2024-03, 2024-03-21 or 2024-03-21T10:00Z)")


def overlaps(value: object, start: Span, end: Span) -> bool:
    """Whether a stored date touches the window from `start` to `end`, both included at their precision.

    A window ending on a day includes that whole day; a month is in any window that touches it.
    A stored value that is no date is in no window.

    >>> overlaps("2024-03-21T10:00:00Z", span("2024-03-01"), span("2024-03-21"))
    True
    >>> overlaps("2023-09-30", span("2023-10-01"), span("2023-12-31"))
    False
    """
    try:
        low, high = span(str(value))
    except ValueError:
        return False
    return low < end[1] and start[0] < high
