"""The one small error hierarchy of kg: every expected failure is a KgError."""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base of every error kg raises on purpose; the CLI prints it as one line."""


class InputError(KgError):
    """A file we cannot read as an article, with its path and the reason in plain words."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Rebuilt from path and reason: a worker process sends these back to the build.
        return InputError, (self.path, self.reason)


class ConfigError(KgError):
    """A missing model, a bad option or another problem with how kg was asked to run."""
