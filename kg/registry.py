"""Plugins found by name: kg's built-in units and those other packages install, read alike.

A registry maps names to units (an exporter, an engine) given as entry points,
`name = "package.module:attribute"`, and imports a unit's module only when the unit is asked
for, so `import kg` and `kg --help` stay cheap. As in rdflib's `plugin` module, installed packages
add units through an entry-point group of their metadata, e.g. in their pyproject.toml:

    [project.entry-points."kg.exporters"]
    csv = "kg_csv:EXPORTER"

and kg's own built-ins are entry points of the same group, declared beside the registry (not
installed metadata, so that a checkout works without `pip install`), read by the same code. A
package cannot replace a built-in: an installed entry point with a built-in's name is ignored
with a warning.

>>> from importlib.metadata import EntryPoint
>>> units = Registry("kg.example", "unit", [EntryPoint("path", "os.path:join", "kg.example")])
>>> list(units), "path" in units, units["path"]("a", "b")
(['path'], True, 'a/b')
>>> units["nothing"]
Traceback (most recent call last):
...
kg.errors.ConfigError: unknown unit 'nothing'; known: path
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Generic, TypeVar

from kg.errors import ConfigError

T = TypeVar("T")


class Registry(Mapping[str, T], Generic[T]):
    """Units of one kind by name: built-ins first (in their order), then installed ones (by name).

    A read-only mapping whose values are loaded on first access; `name in registry` and iterating
    the names import nothing, so a registry can serve as an argparse `choices` list.
    """

    def __init__(
        self, group: str, kind: str, builtins: Iterable[EntryPoint], check: Callable[[Any], bool] | None = None
    ) -> None:
        self.group = group
        """The entry-point group other packages declare their units in (`kg.exporters`)."""
        self.kind = kind
        """What a unit is, in messages: "export format", "engine"."""
        self._check = check
        self._points: dict[str, EntryPoint] = {point.name: point for point in builtins}
        self._builtins = tuple(self._points)
        self._installed_read = False
        self._loaded: dict[str, T] = {}

    def register(self, name: str, target: str) -> None:
        """Add (or replace) the unit `name`, given as `"module:attribute"`, as an installed entry point would."""
        self._read_installed()
        self._points[name] = EntryPoint(name, target, self.group)
        self._loaded.pop(name, None)

    def builtins(self) -> tuple[str, ...]:
        """The names of kg's own units, in their declared order."""
        return self._builtins

    def __contains__(self, name: object) -> bool:
        self._read_installed()
        return name in self._points

    def __iter__(self) -> Iterator[str]:
        self._read_installed()
        others = sorted(name for name in self._points if name not in self._builtins)
        return iter([*self._builtins, *others])

    def __len__(self) -> int:
        self._read_installed()
        return len(self._points)

    def get(self, name: str, default: Any = None) -> Any:
        """The unit called `name` (loaded), or `default` when there is none by that name."""
        return self[name] if name in self else default  # noqa: SIM401 - Mapping.get would raise ConfigError

    def __getitem__(self, name: str) -> T:
        if name not in self:
            raise ConfigError(f"unknown {self.kind} {name!r}; known: {', '.join(self)}")
        if name not in self._loaded:
            point = self._points[name]
            try:
                unit = point.load()
            except (ImportError, AttributeError) as error:
                raise ConfigError(f"{self.kind} {name!r} ({point.value}) cannot be loaded: {error}") from None
            if self._check is not None and not self._check(unit):
                raise ConfigError(f"{self.kind} {name!r} ({point.value}) is not a {self.kind}: {unit!r}")
            self._loaded[name] = unit
        return self._loaded[name]

    def _read_installed(self) -> None:
        """Add the group's entry points of installed packages (once, on first use)."""
        if self._installed_read:
            return
        self._installed_read = True
        for point in sorted(entry_points(group=self.group), key=lambda point: (point.name, point.value)):
            if point.name in self._builtins:
                warnings.warn(
                    f"{self.group} entry point {point.name} = {point.value} is ignored: {point.name!r} is built in",
                    stacklevel=2,
                )
                continue
            self._points.setdefault(point.name, point)
