"""The spaCy attribute_ruler's matches found by looking its patterns up by value, not by running its Matcher.

The English models' attribute_ruler (tag map and morph rules: POS, MORPH and some lemmas from the
tagger's TAG and the word) holds ~180 one- and two-token patterns. spaCy's Matcher tries every
pattern at every token and calls a Python predicate per token for each IN / NOT_IN / REGEX value,
which costs ~10 % of parsing a text. Nearly all of those patterns ask for equal values (this TAG,
this LOWER), so an index from values to patterns finds the same matches with a dictionary lookup
per token. `IndexedMatcher` gives the AttributeRuler exactly the matches its Matcher gives (the
ruler sorts them before use), so every token gets the same attributes; a ruler with any pattern
it cannot read (an operator such as `OP`, another attribute) keeps spaCy's Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Attributes whose value is a string (compared by its hash) and boolean lexeme flags: what the
# models' attribute_ruler patterns use. A pattern with any other key keeps spaCy's Matcher.
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE")
_ALIASES = {"TEXT": "ORTH"}


class Unsupported(ValueError):
    """A pattern uses something the index does not read (the Matcher is kept)."""


@dataclass
class _Test:
    """A test of one attribute's value other than equality, as the Matcher's predicate makes it."""

    column: int
    operator: str
    """IN, NOT_IN (`ids` holds the strings' hashes) or REGEX (`regex`, searched in the string)."""
    ids: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None
    strings: Any = None
    _known: dict[int, bool] = field(default_factory=dict)
    """REGEX: the answer for each string seen (a corpus has far fewer distinct words than tokens)."""
    _sorted: Any = None

    def passes(self, value: int) -> bool:
        """Whether the attribute's value (a string's hash) passes."""
        if self.operator == "IN":
            return value in self.ids
        if self.operator == "NOT_IN":
            return value not in self.ids
        known = self._known.get(value)
        if known is None:
            assert self.regex is not None
            known = self._known[value] = self.regex.search(self.strings[value]) is not None
        return known

    def mask(self, table: numpy.ndarray, columns: list[list[int]]) -> numpy.ndarray:
        """Whether each token (row of `table`, item of each of `columns`) passes, at once."""
        import numpy

        if self.operator in ("IN", "NOT_IN"):
            if self._sorted is None:
                self._sorted = numpy.array(sorted(self.ids), dtype=numpy.uint64)
            inside = _isin(table[:, self.column], self._sorted)
            return inside if self.operator == "IN" else ~inside
        values = columns[self.column]
        for value in set(values).difference(self._known):
            self.passes(value)
        return numpy.fromiter(map(self._known.__getitem__, values), dtype=bool, count=len(values))


@dataclass(frozen=True)
class _TokenSpec:
    """One token of a pattern: the columns whose values must be equal, and the other tests."""

    equal: tuple[tuple[int, int], ...]
    tests: tuple[_Test, ...]

    def holds(self, columns: list[list[int]], i: int) -> bool:
        """Whether token `i` fits (`columns`: each attribute's values, token by token)."""
        return all(columns[c][i] == value for c, value in self.equal) and self.passes(columns, i)

    def passes(self, columns: list[list[int]], i: int) -> bool:
        """Whether token `i` passes the tests besides equality."""
        return all(test.passes(columns[test.column][i]) for test in self.tests)

    def mask(self, table: numpy.ndarray, columns: list[list[int]]) -> numpy.ndarray:
        """Whether each token fits, at once."""
        import numpy

        fits = numpy.ones(len(table), dtype=bool)
        for column, value in self.equal:
            fits &= table[:, column] == value
        for test in self.tests:
            fits &= test.mask(table, columns)
        return fits


@dataclass(frozen=True)
class _Pattern:
    key: int
    specs: tuple[_TokenSpec, ...]

    def holds_at(self, columns: list[list[int]], start: int) -> bool:
        """Whether the pattern matches from token `start`, its first token's equal values known to hold."""
        end = start + len(self.specs)
        return (
            end <= len(columns[0])
            and self.specs[0].passes(columns, start)
            and all(spec.holds(columns, start + i) for i, spec in enumerate(self.specs) if i)
        )


@dataclass
class _Group:
    """Patterns whose first token must have equal values in the same columns, by those values.

    `plain` (one-token patterns with no other test, whose key has no other pattern) match wherever
    the values are: for one column they are found without a Python step per token. The `others`
    are checked token by token where their values are.
    """

    columns: tuple[int, ...]
    plain: dict[Any, list[int]] = field(default_factory=dict)
    """Keys by values (one value for one column, a tuple for several)."""
    others: dict[Any, list[_Pattern]] = field(default_factory=dict)
    _arrays: Any = None

    def add(self, values: tuple[int, ...], pattern: _Pattern, *, plain: bool) -> None:
        """Index a pattern whose first token must have `values` in the group's columns."""
        value = values if len(values) != 1 else values[0]
        if plain:
            self.plain.setdefault(value, []).append(pattern.key)
        else:
            self.others.setdefault(value, []).append(pattern)

    def find(
        self,
        table: numpy.ndarray,
        columns: list[list[int]],
        found: list[tuple[int, int, int]],
        checked: set[tuple[int, int, int]],
    ) -> None:
        """Add the group's matches in the doc (`table`: a row per token) to `found` and `checked`."""
        import numpy

        layers, wanted = self._arrays or self._prepare()
        first = table[:, self.columns[0]]
        for values, keys in layers:
            starts = numpy.flatnonzero(_isin(first, values))
            if starts.size:
                matched = keys[numpy.searchsorted(values, first[starts])]
                found.extend(zip(matched.tolist(), starts.tolist(), (starts + 1).tolist(), strict=True))
        if not wanted:
            return
        looked_up = _isin(first, wanted[0])
        for column, values in zip(self.columns[1:], wanted[1:], strict=True):
            looked_up &= _isin(table[:, column], values)
        one = len(self.columns) == 1
        for start in numpy.flatnonzero(looked_up).tolist():
            value = columns[self.columns[0]][start] if one else tuple(columns[c][start] for c in self.columns)
            if not one:
                found.extend((key, start, start + 1) for key in self.plain.get(value, ()))
            for pattern in self.others.get(value, ()):
                if pattern.holds_at(columns, start):
                    checked.add((pattern.key, start, start + len(pattern.specs)))

    def _prepare(self) -> tuple[list[tuple[numpy.ndarray, numpy.ndarray]], list[numpy.ndarray]]:
        """(layers, wanted): for one column, the plain patterns as sorted (values, keys) arrays, the
        n-th layer holding each value's n-th key; and per column, the values of the patterns to
        look up token by token (none when there are none)."""
        import numpy

        layers: list[tuple[numpy.ndarray, numpy.ndarray]] = []
        looked_up: list[Any] = list(self.others)
        if len(self.columns) == 1:
            for depth in range(max(map(len, self.plain.values()), default=0)):
                pairs = sorted((value, keys[depth]) for value, keys in self.plain.items() if len(keys) > depth)
                values, keys = zip(*pairs, strict=True)
                layers.append((numpy.array(values, dtype=numpy.uint64), numpy.array(keys, dtype=numpy.uint64)))
            looked_up = [(value,) for value in looked_up]
        else:
            looked_up += list(self.plain)
        wanted = [
            numpy.array(sorted({values[i] for values in looked_up}), dtype=numpy.uint64)
            for i in range(len(self.columns))
        ]
        self._arrays = (layers, wanted if looked_up else [])
        return self._arrays


class IndexedMatcher:
    """A stand-in for an AttributeRuler's Matcher: the same (match_id, start, end) matches, found
    through an index of the patterns' values.

    Only calls as the AttributeRuler makes them (a Doc, `allow_missing=True`, tuples) are answered
    from the index, in another order than the Matcher's (the ruler sorts them before use); any
    other call, and everything else (`get`, `add`, ...), goes to the Matcher.
    """

    def __init__(self, matcher: Matcher, keys: Iterable[str]) -> None:
        self.matcher = matcher
        vocab: Vocab = matcher.vocab
        raw = [(vocab.strings[key], pattern) for key in keys for pattern in matcher.get(key)[1]]
        names = sorted({_attr_name(name) for _, pattern in raw for token in pattern for name in token})
        column = {name: i for i, name in enumerate(names)}
        patterns = [_Pattern(key, tuple(_spec(token, column, vocab) for token in pattern)) for key, pattern in raw]
        if not patterns or any(not pattern.specs for pattern in patterns):
            raise Unsupported("no patterns, or an empty one")
        self._attr_ids = [_attr_id(name) for name in names]
        patterns_of_key: dict[int, int] = {}
        for pattern in patterns:
            patterns_of_key[pattern.key] = patterns_of_key.get(pattern.key, 0) + 1
        # A pattern whose first token must have some values equal is found by a look-up of those
        # values; one with none (only IN, NOT_IN, REGEX) by testing every token at once.
        grouped: dict[tuple[int, ...], _Group] = {}
        self._scanned: list[_Pattern] = []
        for pattern in patterns:
            first = pattern.specs[0]
            if not first.equal:
                self._scanned.append(pattern)
                continue
            group = grouped.setdefault(tuple(c for c, _ in first.equal), _Group(tuple(c for c, _ in first.equal)))
            plain = len(pattern.specs) == 1 and not first.tests and patterns_of_key[pattern.key] == 1
            group.add(tuple(value for _, value in first.equal), pattern, plain=plain)
        self._groups = list(grouped.values())

    def __call__(
        self, doclike: Any, *, as_spans: bool = False, allow_missing: bool = False, with_alignments: bool = False
    ) -> Any:
        """The matches in `doclike`: (match_id, start, end) tuples, each once."""
        from spacy.tokens import Doc

        if not isinstance(doclike, Doc) or as_spans or with_alignments or not allow_missing:
            return self.matcher(
                doclike, as_spans=as_spans, allow_missing=allow_missing, with_alignments=with_alignments
            )
        return self._matches(doclike)

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        import numpy

        if not len(doc):
            return []
        table = doc.to_array(self._attr_ids)
        if table.ndim == 1:
            table = table.reshape(-1, 1)
        # Column by column: a list per attribute (not one per token, which the garbage collector would track).
        columns: list[list[int]] = [table[:, c].tolist() for c in range(table.shape[1])]
        found: list[tuple[int, int, int]] = []
        checked: set[tuple[int, int, int]] = set()  # the Matcher gives a match found twice once
        for group in self._groups:
            group.find(table, columns, found, checked)
        for pattern in self._scanned:
            for start in numpy.flatnonzero(pattern.specs[0].mask(table, columns)).tolist():
                if pattern.holds_at(columns, start):
                    checked.add((pattern.key, start, start + len(pattern.specs)))
        found.extend(checked)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.matcher, name)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key: object) -> bool:
        return key in self.matcher


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute_ruler an IndexedMatcher (when all its patterns can be indexed).

    Returns whether it did. Patterns added to the ruler afterwards (`ruler.add`) would not be in
    the index: call this once the pipeline is complete, as `kg.extract.nlp.load_model` does.
    """
    if name not in nlp.pipe_names:
        return False
    ruler: AttributeRuler = nlp.get_pipe(name)  # type: ignore[assignment]
    if isinstance(ruler.matcher, IndexedMatcher):
        return True
    try:
        ruler.matcher = IndexedMatcher(ruler.matcher, [str(i) for i in range(len(ruler.attrs))])  # type: ignore[assignment]
    except Unsupported:
        return False
    return True


def _isin(values: numpy.ndarray, wanted: numpy.ndarray) -> numpy.ndarray:
    """`numpy.isin(values, wanted)` for a sorted `wanted` (a binary search: isin's own set-up costs more)."""
    import numpy

    if not len(wanted):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(wanted, values)
    at[at == len(wanted)] = 0
    return wanted[at] == values


def _attr_name(raw: str) -> str:
    name = _ALIASES.get(raw.upper(), raw.upper())
    if name not in _STRING_ATTRS and name not in _FLAG_ATTRS:
        raise Unsupported(f"attribute {raw}")
    return name


def _attr_id(name: str) -> int:
    from spacy import attrs

    return int(getattr(attrs, name))


def _spec(token: dict[str, Any], column: dict[str, int], vocab: Vocab) -> _TokenSpec:
    from spacy.strings import get_string_id

    equal: list[tuple[int, int]] = []
    tests: list[_Test] = []
    for raw, value in token.items():
        name = _attr_name(raw)
        if name in _FLAG_ATTRS:
            if not isinstance(value, bool):
                raise Unsupported(f"value {value!r} of {raw}")
            equal.append((column[name], int(value)))
        elif isinstance(value, str):
            equal.append((column[name], get_string_id(value)))
        elif isinstance(value, dict) and value:
            tests.extend(_test(column[name], operator, argument, vocab) for operator, argument in value.items())
        else:
            raise Unsupported(f"value {value!r} of {raw}")
    return _TokenSpec(tuple(sorted(equal)), tuple(tests))


def _test(column: int, operator: str, argument: Any, vocab: Vocab) -> _Test:
    from spacy.strings import get_string_id

    if operator in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
        return _Test(column, operator, ids=frozenset(get_string_id(v) for v in argument))
    if operator == "REGEX" and isinstance(argument, str):
        return _Test(column, operator, regex=re.compile(argument), strings=vocab.strings)
    raise Unsupported(f"operator {operator}")
