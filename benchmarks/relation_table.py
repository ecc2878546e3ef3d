"""Per-relation precision and recall of kg on the Wikinews dev set, written to benchmarks/RELATIONS.md.

    python benchmarks/relation_table.py [--out benchmarks/RELATIONS.md] [--check] [--details]

Builds the 27 dev stories (as `benchmarks/devset.py` writes them) in this process, exports GraphML
and scores it with `../shared/eval/score.py`'s own matching (node to gold entity, edge relation
names, `negotiated-with` both ways), counting per relation of the action vocabulary:

- gold: relations the exhaustive gold lists; found: those an edge states;
- edges: action edges kg wrote; right: those listed under `relations` or `acceptable`;
- unmatched: wrong edges with an end that matches no gold entity (an actor or agreement node
  named otherwise than the gold: a naming or resolution error more than a relation error).

`--check` exits 1 when the file differs from what the code produces now (the test runs this);
`--details` also prints every wrong and every missed relation.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

import networkx as nx
import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "benchmarks" / "RELATIONS.md"
HEADER = """# Relations on the Wikinews dev set, per relation

Regenerate with `python benchmarks/relation_table.py` (a test checks this file is current). The dev set:
`../shared/eval/dev/wikinews-dev.csv` (27 Wikinews stories, 2019-2020), exhaustive gold
`../shared/eval/gold/wikinews-dev.yaml`, matched as `../shared/eval/score.py` matches. *unmatched*: wrong
edges with an end that matches no gold entity (a node named otherwise than the gold).

Before the relation work of issue 12 (commit cd65f19: seven relations, persons never actors):

| relation | gold | found | recall | edges | right | precision | unmatched |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| adopted | 8 | 0 | 0.00 | 2 | 0 | 0.00 | 2 |
| co-sponsored | 3 | 0 | 0.00 | 0 | 0 | - | 0 |
| issued | 6 | 0 | 0.00 | 0 | 0 | - | 0 |
| negotiated-with | 19 | 0 | 0.00 | 0 | 0 | - | 0 |
| opposed | 21 | 0 | 0.00 | 0 | 0 | - | 0 |
| proposed | 7 | 0 | 0.00 | 0 | 0 | - | 0 |
| ratified | 0 | 0 | - | 0 | 0 | - | 0 |
| sanctioned | 7 | 0 | 0.00 | 0 | 0 | - | 0 |
| signed | 31 | 2 | 0.06 | 5 | 2 | 0.40 | 3 |
| supported | 1 | 0 | 0.00 | 0 | 0 | - | 0 |
| withdrew-from | 2 | 0 | 0.00 | 0 | 0 | - | 0 |
| **all** | 105 | 2 | 0.02 | 7 | 2 | 0.29 | 5 |

Now:

"""


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_dev_graph(work: Path, csv_path: Path) -> nx.MultiDiGraph:
    """Build the dev stories under `work` and read the GraphML export back with networkx."""
    from kg.builder import build_graph
    from kg.export import export

    devset = _module(ROOT / "benchmarks" / "devset.py", "devset")
    devset.write_rows(csv_path, work / "articles")
    result = build_graph([work / "articles"])
    paths = export(result.graph, work / "out", ("graphml",))
    return nx.read_graphml(paths["graphml"])


def per_relation(graph: nx.MultiDiGraph, gold: dict, score: ModuleType) -> tuple[dict[str, Counter], dict]:
    """Counts per action relation, and the wrong and missed relations, by score.py's matching."""
    found = {
        gid: {n for n, d in graph.nodes(data=True) if score.matches(g, d, n)} for gid, g in gold["entities"].items()
    }
    owner = {n: gid for gid, nodes in found.items() for n in nodes}
    edges = {e for e in score.canonical_edges(graph) if e[1] in score.ACTIONS}
    gold_rel = {tuple(r) for r in gold.get("relations", []) if r[1] in score.ACTIONS}
    true_rel = score.both_ways(gold_rel | {tuple(r) for r in gold.get("acceptable", [])})
    counts: dict[str, Counter] = {r: Counter() for r in sorted(score.ACTIONS)}
    wrong, missed = [], []
    for relation in gold_rel:
        hit = any(
            e in edges
            for s in found[relation[0]]
            for o in found[relation[2]]
            for e in score.both_ways([(s, relation[1], o)])
        )
        counts[relation[1]]["gold"] += 1
        counts[relation[1]]["found"] += hit
        if not hit:
            missed.append(relation)
    for s, r, o in edges:
        counts[r]["edges"] += 1
        owned = s in owner and o in owner
        if owned and (owner[s], r, owner[o]) in true_rel:
            counts[r]["right"] += 1
            continue
        counts[r]["unmatched"] += not owned
        label = graph.nodes[s].get("label", s), r, graph.nodes[o].get("label", o)
        wrong.append((*label, "" if owned else "unmatched"))
    return counts, {"wrong": sorted(wrong), "missed": sorted(missed)}


def table(counts: dict[str, Counter]) -> str:
    """The Markdown table, one row per relation and a total."""
    rows = [
        "| relation | gold | found | recall | edges | right | precision | unmatched |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    total: Counter = Counter()
    for relation, c in [*counts.items(), ("all", None)]:
        c = total if c is None else c
        if relation != "all":
            total.update(c)
        recall = f"{c['found'] / c['gold']:.2f}" if c["gold"] else "-"
        precision = f"{c['right'] / c['edges']:.2f}" if c["edges"] else "-"
        name = f"**{relation}**" if relation == "all" else relation
        cells = [name, c["gold"], c["found"], recall, c["edges"], c["right"], precision, c["unmatched"]]
        rows.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=SHARED / "eval/dev/wikinews-dev.csv")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval/gold/wikinews-dev.yaml")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    parser.add_argument("--details", action="store_true", help="print wrong and missed relations")
    args = parser.parse_args(argv)
    score = _module(SHARED / "eval/score.py", "score")
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="kg-rel-") as work:
        graph = build_dev_graph(Path(work), args.csv)
    counts, details = per_relation(graph, gold, score)
    text = HEADER + table(counts)
    if args.details:
        print("wrong:", *(" ".join(w) for w in details["wrong"]), sep="\n  ")
        print("missed:", *(" ".join(m) for m in details["missed"]), sep="\n  ")
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run python benchmarks/relation_table.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(table(counts), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
