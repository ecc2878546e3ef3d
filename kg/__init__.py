"""kg: a knowledge-graph builder for news about events, actors and sources."""

from __future__ import annotations

__version__ = "0.1.0"
