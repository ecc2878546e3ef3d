"""Neo4j import files of the seeds, read back by a parser of the `neo4j-admin database import` header
grammar written here from Neo4j's manual: the nodes, relationships and evidence of the graph, typed."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kg.export.neo4j import write_neo4j
from kg.facts import Provenance
from kg.graph import KnowledgeGraph

# <name>:<type>, the name optional for the special fields, the type optional for strings;
# ID, START_ID and END_ID may name an id space in parentheses; any data type may end in [] (an array).
FIELD = re.compile(
    r"^(?P<name>[^:]*)(?::(?P<type>ID|START_ID|END_ID|LABEL|TYPE|IGNORE|int|long|float|double|boolean|byte|short"
    r"|char|string|point|date|localtime|time|localdatetime|datetime|duration)(?:\((?P<space>[^)]*)\))?(?P<array>\[\])?)?$"
)
SPECIAL = {"ID", "START_ID", "END_ID", "LABEL", "TYPE", "IGNORE"}


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    array: bool


def parse_header(line: list[str]) -> list[Field]:
    """The fields of a header line; ValueError for anything the import tool would refuse."""
    fields = []
    for text in line:
        found = FIELD.match(text)
        if not found:
            raise ValueError(f"not a header field: {text!r}")
        kind, array = found["type"] or "string", bool(found["array"])
        if kind in SPECIAL and array:
            raise ValueError(f"{kind} cannot be an array: {text!r}")
        if kind not in SPECIAL | {"ID"} and not found["name"]:
            raise ValueError(f"a property needs a name: {text!r}")
        if kind in {"LABEL", "TYPE", "START_ID", "END_ID"} and found["name"]:
            raise ValueError(f"{kind} takes no name: {text!r}")
        fields.append(Field(found["name"], kind, array))
    names = [f.name for f in fields if f.name]
    if len(names) != len(set(names)):
        raise ValueError(f"a property twice: {line}")
    return fields


def parse_value(kind: str, text: str) -> Any:
    if kind in {"int", "long", "short", "byte"}:
        return int(text)
    if kind in {"float", "double"}:
        return float(text)
    if kind == "boolean":
        return {"true": True, "false": False}[text.lower()]
    if kind == "date":
        return dt.date.fromisoformat(text)
    if kind == "datetime":
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        assert moment.tzinfo is not None, text
        return moment
    return text


def read_file(path: Path, delimiter: str) -> tuple[list[Field], list[dict[str, Any]]]:
    """Header and rows of one import file: each row maps a field (its name, or `:TYPE`) to its typed value."""
    with path.open(encoding="utf-8", newline="") as stream:
        lines = list(csv.reader(stream))
    fields = parse_header(lines[0])
    rows = []
    for line in lines[1:]:
        assert len(line) == len(fields), (path.name, line)
        row: dict[str, Any] = {}
        for field, text in zip(fields, line, strict=True):
            if text == "":  # an empty field: no property
                continue
            key = field.name or ":" + field.type
            if field.type in SPECIAL:
                row[key] = text.split(delimiter) if field.type == "LABEL" else text
            elif field.array:
                row[key] = [parse_value(field.type, item) for item in text.split(delimiter)]
            else:
                row[key] = parse_value(field.type, text)
        rows.append(row)
    return fields, rows


@dataclass
class Import:
    nodes: dict[str, dict[str, Any]]
    relationships: list[dict[str, Any]]
    command: list[str]


def read_import(folder: Path) -> Import:
    """Everything `import.sh` would load, read the way the import tool reads it."""
    script = (folder / "import.sh").read_text(encoding="utf-8")
    command = shlex.split(script.split("neo4j-admin", 1)[1].replace("\\\n", " "))
    options = dict(arg[2:].split("=", 1) for arg in command if arg.startswith("--") and "=" in arg)
    delimiter = chr(int(options["array-delimiter"].removeprefix("U+"), 16))
    nodes: dict[str, dict[str, Any]] = {}
    relationships = []
    for arg in command:
        if arg.startswith("--nodes="):
            fields, rows = read_file(folder / arg.split("=", 1)[1], delimiter)
            assert sum(f.type == "ID" for f in fields) == 1 and any(f.type == "LABEL" for f in fields)
            for row in rows:
                assert row["id"] not in nodes, row["id"]
                nodes[row["id"]] = row
        elif arg.startswith("--relationships="):
            fields, rows = read_file(folder / arg.split("=", 1)[1], delimiter)
            assert [sum(f.type == kind for f in fields) for kind in ("START_ID", "END_ID", "TYPE")] == [1, 1, 1]
            relationships += rows
    return Import(nodes, relationships, command)


def test_header_parser_refuses_what_the_import_tool_refuses() -> None:
    assert parse_header(["id:ID", ":LABEL", "born:date", "names:string[]", "plain"]) == [
        Field("id", "ID", False),
        Field("", "LABEL", False),
        Field("born", "date", False),
        Field("names", "string", True),
        Field("plain", "string", False),
    ]
    for bad in (["x:decimal"], [":date"], ["name:LABEL"], ["a", "a:int"], [":ID[]"]):
        with pytest.raises(ValueError):
            parse_header(bad)


def test_every_node_is_imported_with_its_label_and_typed_properties(
    table_exports: Path, table_graph: KnowledgeGraph
) -> None:
    loaded = read_import(table_exports / "neo4j")
    assert set(loaded.nodes) == {node.id for node in table_graph.nodes()}
    assert loaded.nodes, "the seeds give nodes"
    for node in table_graph.nodes():
        row = loaded.nodes[node.id]
        assert row[":LABEL"] == [node.type] and row["label"] == node.label
        assert tuple(row.get("aliases", ())) == node.aliases
        for key in ("url", "iso3", "wikidata", "title", "kind", "value"):
            assert row.get(key) == getattr(node, key), (node.id, key)
        if isinstance(node.published, dt.datetime):
            assert row["published_at"] == node.published
            assert row["published"] == node.published.astimezone(dt.UTC).date()
        elif node.published is not None:
            assert row["published"] == node.published and "published_at" not in row
        if node.date is not None:
            assert row["date"] == node.when_iso
            assert row.get("day") == (node.date if isinstance(node.date, dt.date) else None)
    moments = sum(isinstance(node.published, dt.datetime) for node in table_graph.nodes())
    days = sum(isinstance(node.date, dt.date) for node in table_graph.nodes())
    assert moments > 10 and days > 2
    assert sum("published_at" in row for row in loaded.nodes.values()) == moments
    assert sum("day" in row for row in loaded.nodes.values()) == days


def test_every_edge_is_a_relationship_with_its_evidence(table_exports: Path, table_graph: KnowledgeGraph) -> None:
    loaded = read_import(table_exports / "neo4j")
    got = {(r[":START_ID"], r["relation"], r[":END_ID"]): r for r in loaded.relationships}
    assert len(got) == len(loaded.relationships) == table_graph.nx.number_of_edges()
    for u, v, data in table_graph.sorted_edges():
        row = got[(u, data["relation"], v)]
        assert row[":TYPE"] == data["relation"].replace("-", "_").upper()
        sources: list[Provenance] = data["sources"]
        assert row["articles"] == [s.article for s in sources]
        assert row["extractors"] == [s.extractor for s in sources]
        assert row["confidences"] == [s.confidence for s in sources]
        assert row["confidence"] == max(s.confidence for s in sources)
        if any(s.sentence for s in sources):
            assert row["sentences"] == [s.sentence or "" for s in sources]
            assert row["starts"] == [-1 if s.start is None else s.start for s in sources]
        else:
            assert "sentences" not in row and "starts" not in row
    [china] = [row for (start, kind, _), row in got.items() if (start, kind) == ("nation:CHN", "co-sponsored")]
    assert china["sentences"] == ["Additionally, it had 121 co-sponsors including China."]
    assert all(r[":START_ID"] in loaded.nodes and r[":END_ID"] in loaded.nodes for r in loaded.relationships)


def test_the_command_loads_every_file_nodes_first(table_exports: Path) -> None:
    folder = table_exports / "neo4j"
    loaded = read_import(folder)
    assert loaded.command[:2] == ["database", "import"] and loaded.command[2] == "full"
    named = [arg.split("=", 1)[1] for arg in loaded.command if arg.startswith(("--nodes=", "--relationships="))]
    assert sorted(named) == sorted(path.name for path in folder.glob("*.csv"))
    kinds = [arg.split("=", 1)[0] for arg in loaded.command if arg.startswith(("--nodes=", "--relationships="))]
    assert kinds == sorted(kinds, key=lambda kind: kind != "--nodes")
    assert "--multiline-fields=true" in loaded.command


def test_text_with_delimiters_quotes_and_newlines_survives(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    tricky = 'a "quote", a comma; a semicolon\nand a new line\x1f'
    graph.add_node("nation:USA", "Nation", tricky, ["U.S.", "a;b", "c,d"], iso3="USA")
    graph.add_node("agreement:x", "Agreement", "X", date="2024-03")
    evidence = [Provenance("article:1", "relations", tricky, "body", 3, 9, 0.8), Provenance("article:2", "metadata")]
    for piece in evidence:
        graph.add_edge("nation:USA", "signed", "agreement:x", piece)
    write_neo4j(graph, tmp_path)
    loaded = read_import(tmp_path)
    usa = loaded.nodes["nation:USA"]
    assert usa["label"] == tricky and usa["aliases"] == ["U.S.", "a;b", "c,d"]
    assert loaded.nodes["agreement:x"]["date"] == "2024-03" and "day" not in loaded.nodes["agreement:x"]
    (signed,) = loaded.relationships
    assert signed["sentences"] == [tricky.replace("\x1f", " "), ""]
    assert (signed["starts"], signed["ends"], signed["parts"]) == ([3, -1], [9, -1], ["body", ""])


def test_files_of_labels_no_longer_in_the_graph_are_removed(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    graph.add_node("nation:USA", "Nation", "United States")
    graph.add_node("person:x", "Person", "X")
    graph.add_edge("person:x", "negotiated-with", "nation:USA", Provenance("article:1", "relations"))
    write_neo4j(graph, tmp_path)
    assert (tmp_path / "nodes_Person.csv").exists() and (tmp_path / "relationships_NEGOTIATED_WITH.csv").exists()
    smaller = KnowledgeGraph()
    smaller.add_node("nation:USA", "Nation", "United States")
    write_neo4j(smaller, tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["import.sh", "nodes_Nation.csv"]
    assert list(read_import(tmp_path).nodes) == ["nation:USA"]
