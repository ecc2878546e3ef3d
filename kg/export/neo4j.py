"""Neo4j exporter: CSV files in the format of `neo4j-admin database import full`, and the command.

Writes a folder (`neo4j/` in a build folder) with one node file per label and one relationship
file per relationship type, each starting with the header line the import tool reads
(`name:type` fields, https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/):

- `nodes_<Type>.csv`: `id:ID` (kg's node id, also stored as the property `id`), `:LABEL` (the node
  type), `label`, `aliases:string[]`, then the node's attributes as strings, except dates:
  `published:date` (the UTC day an article was published) with `published_at:datetime` when the
  source gave the time, and `date` (ISO text, which may be a month or a year alone) with
  `day:date` when it is a whole day.
- `relationships_<TYPE>.csv`: `:START_ID`, `:END_ID`, `:TYPE` (`co-sponsored` becomes
  `CO_SPONSORED`), `relation` (kg's name), `date`/`day:date` when the edge has one,
  `confidence:double` (the best of its evidence), and the evidence as arrays with one item per
  piece, in the same order in each: `articles:string[]`, `sentences:string[]`, `parts:string[]`,
  `starts:long[]`, `ends:long[]` (character offsets; -1 where one piece has none while others
  do), `extractors:string[]`, `confidences:double[]`.
- `import.sh`: the command that loads them into a stopped Neo4j 5 (`sh import.sh [DATABASE]`).

Array items are separated by U+001F (sentences hold semicolons, the tool's default), which the
command passes as `--array-delimiter`; fields may hold newlines (`--multiline-fields=true`).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.dates import ISO_DAY
from kg.export import Exporter
from kg.export.atomic import atomic_output

if TYPE_CHECKING:
    from kg.facts import Provenance
    from kg.graph import KnowledgeGraph

ARRAY_DELIMITER = "\x1f"
IMPORT_SCRIPT = "import.sh"
NODE_ATTRIBUTES = ("wikidata", "iso3", "url", "domain", "title", "kind", "value", "excerpt", "source_path")
"""Node attributes written as string properties, in this order (others follow by name)."""
_NOT_NAME = re.compile(r"[^A-Za-z0-9]+")
_EVIDENCE: tuple[tuple[str, str, str, Any], ...] = (
    ("articles", "string[]", "article", None),
    ("sentences", "string[]", "sentence", ""),
    ("parts", "string[]", "part", ""),
    ("starts", "long[]", "start", -1),
    ("ends", "long[]", "end", -1),
    ("extractors", "string[]", "extractor", None),
    ("confidences", "double[]", "confidence", None),
)
"""Evidence arrays: (property, Neo4j type, Provenance field, stand-in for a missing item)."""


def relationship_type(relation: str) -> str:
    """The Neo4j relationship type of a kg relation, in Neo4j's UPPER_SNAKE_CASE.

    >>> relationship_type("co-sponsored"), relationship_type("reported-by")
    ('CO_SPONSORED', 'REPORTED_BY')
    """
    return _NOT_NAME.sub("_", relation).strip("_").upper()


def write_neo4j(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write `graph` as Neo4j import files and `import.sh` in the folder `path`; each file replaced atomically.

    Files of an earlier export that this graph no longer needs (a label or type it lacks) are removed.
    """
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    by_type: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for node_id, data in graph.sorted_nodes():
        by_type[str(data["type"])].append((node_id, data))
    for node_type, nodes in sorted(by_type.items()):
        name = f"nodes_{_NOT_NAME.sub('_', node_type)}.csv"
        _write_csv(folder / name, *_node_rows(node_type, nodes))
        written.append(name)
    by_relation: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for u, v, data in graph.sorted_edges():
        by_relation[relationship_type(str(data["relation"]))].append((u, v, data))
    for rel_type, edges in sorted(by_relation.items()):
        name = f"relationships_{rel_type}.csv"
        _write_csv(folder / name, *_relationship_rows(rel_type, edges))
        written.append(name)
    with atomic_output(folder / IMPORT_SCRIPT, "w") as stream:
        stream.write(import_command(written))
    for stale in [*folder.glob("nodes_*.csv"), *folder.glob("relationships_*.csv")]:
        if stale.name not in written:
            stale.unlink()


def import_command(files: Sequence[str]) -> str:
    """The shell script that loads `files` (node files first) with `neo4j-admin database import full`."""
    lines = [
        "#!/bin/sh",
        "# Load kg's graph into a stopped Neo4j 5 database (replacing it): sh import.sh [DATABASE]",
        'cd "$(dirname "$0")" && neo4j-admin database import full \\',
        "  --array-delimiter=U+001F --multiline-fields=true --overwrite-destination=true \\",
        *(f"  --nodes={name} \\" for name in files if name.startswith("nodes_")),
        *(f"  --relationships={name} \\" for name in files if name.startswith("relationships_")),
        '  "${1:-neo4j}"',
    ]
    return "\n".join(lines) + "\n"


def _node_rows(node_type: str, nodes: list[tuple[str, dict[str, Any]]]) -> tuple[list[str], Iterator[list[str]]]:
    present = {key for _, data in nodes for key in data}
    others = sorted(present - {"type", "label", "aliases", "published", "date", *NODE_ATTRIBUTES})
    strings = [key for key in (*NODE_ATTRIBUTES, *others) if key in present]
    header = ["id:ID", ":LABEL", "label", "aliases:string[]"]
    header += ["published:date", "published_at:datetime"] if "published" in present else []
    header += ["date", "day:date"] if "date" in present else []
    header += strings

    def rows() -> Iterator[list[str]]:
        for node_id, data in nodes:
            row = [node_id, node_type, _text(data["label"]), _array(data.get("aliases", ()))]
            if "published" in present:
                row += _published(data.get("published"))
            if "date" in present:
                row += _date(data.get("date"))
            row += [_text(data.get(key)) for key in strings]
            yield row

    return header, rows()


def _relationship_rows(
    rel_type: str, edges: list[tuple[str, str, dict[str, Any]]]
) -> tuple[list[str], Iterator[list[str]]]:
    dated = any(data.get("date") for _, _, data in edges)
    header = [":START_ID", ":END_ID", ":TYPE", "relation"]
    header += ["date", "day:date"] if dated else []
    header += ["confidence:double"] + [f"{name}:{kind}" for name, kind, _, _ in _EVIDENCE]

    def rows() -> Iterator[list[str]]:
        for u, v, data in edges:
            sources: list[Provenance] = data["sources"]
            row = [u, v, rel_type, _text(data["relation"])]
            if dated:
                row += _date(data.get("date"))
            row.append(repr(max((s.confidence for s in sources), default=1.0)))
            for _, _, field, missing in _EVIDENCE:
                row.append(_evidence_array([getattr(s, field) for s in sources], missing))
            yield row

    return header, rows()


def _published(value: Any) -> list[str]:
    """`published:date` (the UTC day) and `published_at:datetime` (only when a time is known)."""
    if not value:
        return ["", ""]
    text = str(value)
    if not ISO_DAY.match(text[:10]):
        return ["", ""]
    return [text[:10], "" if ISO_DAY.match(text) else text]


def _date(value: Any) -> list[str]:
    """`date` as kg stores it (a day, a month or a year) and `day:date` when it is a whole day."""
    if not value:
        return ["", ""]
    text = str(value)
    return [text, text if ISO_DAY.match(text) else ""]


def _evidence_array(items: list[Any], missing: Any) -> str:
    """An array field: empty (no property) when no piece has the value, else `missing` stands in for the gaps."""
    if all(item is None for item in items):
        return ""
    return _array(missing if item is None else item for item in items)


def _array(items: Iterable[Any]) -> str:
    return ARRAY_DELIMITER.join(_text(item).replace(ARRAY_DELIMITER, " ") for item in items)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def _write_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> None:
    with atomic_output(path, "w") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


EXPORTER = Exporter("neo4j", write_neo4j, cost=2)
"""The `neo4j` format of `kg.export.EXPORTERS`: a folder of import files, written only when asked for."""
