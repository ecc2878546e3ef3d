"""Dates as sources write them, to timezone-aware datetimes or plain dates; unknown stays None."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_HAS_YEAR = re.compile(r"\b(1[89]|20)\d{2}\b")


def parse_date(value: object) -> datetime | date | None:
    """Read a publication date from a front-matter value or a short line of text.

    Returns an aware datetime when a time is given (naive times are taken as UTC), a `date` when
    only the day is, and None for anything that is not a full date (booleans, numbers, "soon").

    >>> parse_date("2024-03-13T02:17:00Z")
    datetime.datetime(2024, 3, 13, 2, 17, tzinfo=datetime.timezone.utc)
    >>> parse_date("Thursday, 21st Mar 2024")
    datetime.date(2024, 3, 21)
    >>> parse_date(False) is None
    True
    """
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > 80:
        return None
    if _ISO_DAY.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = _parse_free_text(text)
    if parsed is None:
        return None
    if not _HAS_TIME.search(text):
        return parsed.date()
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_free_text(text: str) -> datetime | None:
    # A date without a year would be guessed from today's: refuse it rather than invent a year.
    if not _HAS_YEAR.search(text):
        return None
    import dateparser  # imported here: it is slow to import and most inputs are ISO dates

    return dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
