"""Split a file into its YAML front matter and its body, reading the YAML safely and boundedly."""

from __future__ import annotations

import re
from typing import Any

import yaml

from kg.errors import InputError

MAX_YAML_ALIASES = 100
MAX_YAML_DEPTH = 50
MAX_YAML_NODES = 200_000
MAX_FRONT_MATTER_CHARS = 1_000_000


class BoundedSafeLoader(yaml.SafeLoader):
    """`yaml.SafeLoader` that refuses alias bombs and deep nesting before they cost memory or stack.

    Safe loading already refuses tags that would run code (`!!python/object`); this adds limits on
    aliases ("billion laughs"), nesting depth (no RecursionError) and the number of nodes, and
    reads values that YAML's own rules cannot construct (`2024-13-45`, a 5,000-digit number) as
    the strings they are, so a bad date is an unknown date rather than an unreadable file.

    >>> yaml.load("date: 2024-13-45", Loader=BoundedSafeLoader)
    {'date': '2024-13-45'}
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
                raise _Refused(f"it uses more than {MAX_YAML_ALIASES} YAML aliases (an alias bomb?)")
        self._nodes += 1
        if self._nodes > MAX_YAML_NODES:
            raise _Refused(f"it has more than {MAX_YAML_NODES} YAML values")
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise _Refused(f"it is nested deeper than {MAX_YAML_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_scalar_or_text(self, node: yaml.ScalarNode, construct: Any) -> Any:
        """Construct a scalar by YAML's rules, or keep its text when those rules fail on it."""
        try:
            return construct(self, node)
        except (ValueError, OverflowError):
            return str(node.value)

    def construct_undefined(self, node: yaml.Node) -> Any:
        # Only YAML's standard tags are read; any other tag (python/object, !custom) is never run.
        raise _Refused(f"it uses the YAML tag {node.tag!r}, which kg does not load (tags are never executed)")


def _lenient(construct: Any) -> Any:
    return lambda loader, node: loader.construct_scalar_or_text(node, construct)


for _tag in ("timestamp", "int", "float"):
    BoundedSafeLoader.add_constructor(
        f"tag:yaml.org,2002:{_tag}", _lenient(yaml.SafeLoader.yaml_constructors[f"tag:yaml.org,2002:{_tag}"])
    )
BoundedSafeLoader.add_constructor(None, BoundedSafeLoader.construct_undefined)  # type: ignore[arg-type]


class _Refused(yaml.YAMLError):
    """Front matter that kg will not read, with the reason in plain words."""


_CLoader: Any = getattr(yaml, "CSafeLoader", None)

if _CLoader is not None:

    class _FastLoader(_CLoader):  # type: ignore[misc,valid-type]
        """BoundedSafeLoader's constructors on libyaml's parser and composer (several times faster).

        libyaml's composer has none of BoundedSafeLoader's limits (and recurses on the C stack):
        it only reads what `_within_limits` has checked, and anything else goes to BoundedSafeLoader.
        """

        construct_scalar_or_text = BoundedSafeLoader.construct_scalar_or_text
        construct_undefined = BoundedSafeLoader.construct_undefined

    for _tag in ("timestamp", "int", "float"):
        _FastLoader.add_constructor(
            f"tag:yaml.org,2002:{_tag}", BoundedSafeLoader.yaml_constructors[f"tag:yaml.org,2002:{_tag}"]
        )
    _FastLoader.add_constructor(None, _FastLoader.construct_undefined)

# What PyYAML's own reader refuses (yaml.reader.Reader.NON_PRINTABLE): such text goes to it.
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NODE_EVENTS = (yaml.ScalarEvent, yaml.AliasEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
_OPEN_EVENTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSE_EVENTS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def _within_limits(block: str) -> bool:
    """Whether libyaml parses `block` as YAML within BoundedSafeLoader's limits on aliases, values
    and depth, counted as its `compose_node` counts them (from libyaml's events: no recursion)."""
    loader = _CLoader(block)
    aliases = nodes = depth = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, _NODE_EVENTS):
                aliases += isinstance(event, yaml.AliasEvent)
                nodes += 1
                if aliases > MAX_YAML_ALIASES or nodes > MAX_YAML_NODES or depth + 1 > MAX_YAML_DEPTH:
                    return False
                depth += isinstance(event, _OPEN_EVENTS)
            elif isinstance(event, _CLOSE_EVENTS):
                depth -= 1
    finally:
        loader.dispose()
    return True


def _load(block: str) -> Any:
    """`yaml.load(block, Loader=BoundedSafeLoader)`: with libyaml when it is installed and the block
    is within the limits (the same values), else with BoundedSafeLoader itself (the same errors)."""
    if _CLoader is not None and not _NON_PRINTABLE.search(block):
        try:
            if _within_limits(block):
                return yaml.load(block, Loader=_FastLoader)
        except Exception:  # any trouble: the careful loader reads it and says what is wrong
            pass
    return yaml.load(block, Loader=BoundedSafeLoader)


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any] | None, str]:
    """Return (front matter mapping or None, body) of a file's text.

    A file whose first line is `---` has front matter up to the next `---` (or `...`) line.
    Raises InputError when the block is never closed, is not valid YAML, or is not a mapping.

    >>> split_front_matter("---\\ntitle: A\\n---\\nText.", "a.md")
    ({'title': 'A'}, 'Text.')
    """
    if not text.startswith("---"):
        return None, text
    end_of_first = text.find("\n")
    first = text if end_of_first < 0 else text[:end_of_first]
    if first.rstrip() != "---":
        return None, text
    position = len(first) + 1
    while position <= len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if text[position:end].rstrip() in ("---", "..."):
            block = text[len(first) + 1 : position]
            return _load_mapping(block, path), text[end + 1 :]
        if position > MAX_FRONT_MATTER_CHARS:
            raise InputError(path, f"front matter longer than {MAX_FRONT_MATTER_CHARS:,} characters")
        position = end + 1
    raise InputError(path, "front matter opened with '---' but never closed")


def _load_mapping(block: str, path: str) -> dict[str, Any]:
    try:
        data = _load(block)
    except _Refused as exc:
        raise InputError(path, f"front matter refused: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        raise InputError(path, f"front matter is not valid YAML: {_describe(exc)}") from None
    except yaml.YAMLError as exc:
        raise InputError(path, f"front matter is not valid YAML: {' '.join(str(exc).split())[:200]}") from None
    except RecursionError:
        raise InputError(path, "front matter is nested too deeply") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        kind = {list: "list", str: "single string"}.get(type(data), type(data).__name__)
        raise InputError(path, f"front matter is a YAML {kind}, not a mapping of fields")
    return data


def _describe(exc: yaml.MarkedYAMLError) -> str:
    """`found unexpected ':' (line 3, column 7)`: the problem and where, in the file's own lines."""
    problem = " ".join(str(exc.problem or exc.context or "syntax error").split())[:200]
    mark = exc.problem_mark or exc.context_mark
    # The block starts on the file's second line, after the opening '---'.
    return f"{problem} (line {mark.line + 2}, column {mark.column + 1})" if mark else problem
