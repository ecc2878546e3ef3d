"""Split a file into its YAML front matter and its body, reading the YAML safely and boundedly."""

from __future__ import annotations

from typing import Any

import yaml

from kg.errors import InputError

MAX_YAML_ALIASES = 100
MAX_YAML_DEPTH = 50
MAX_YAML_NODES = 200_000


class BoundedSafeLoader(yaml.SafeLoader):
    """`yaml.SafeLoader` that refuses alias bombs and deep nesting before they cost memory or stack.

    Safe loading already refuses tags that would run code (`!!python/object`); this adds limits on
    aliases ("billion laughs"), nesting depth (no RecursionError) and the number of nodes.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0
        self._nodes = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_YAML_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_YAML_ALIASES} YAML aliases (an alias bomb?)")
        self._nodes += 1
        if self._nodes > MAX_YAML_NODES:
            raise yaml.YAMLError(f"more than {MAX_YAML_NODES} YAML nodes")
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise yaml.YAMLError(f"YAML nested deeper than {MAX_YAML_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any] | None, str]:
    """Return (front matter mapping or None, body) of a file's text.

    A file whose first line is `---` has front matter up to the next `---` (or `...`) line.
    Raises InputError when the block is never closed, is not valid YAML, or is not a mapping.
    """
    if not text.startswith("---"):
        return None, text
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return None, text
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            block = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return _load_mapping(block, path), body
    raise InputError(path, "front matter opened with '---' but never closed")


def _load_mapping(block: str, path: str) -> dict[str, Any]:
    try:
        data = yaml.load(block, Loader=BoundedSafeLoader)
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split())
        raise InputError(path, f"front matter is not valid YAML: {reason[:200]}") from None
    except RecursionError:
        raise InputError(path, "front matter is nested too deeply") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, f"front matter is a YAML {type(data).__name__}, not a mapping of fields")
    return data
