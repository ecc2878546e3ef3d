"""Sample action edges of a build for a blind audit, leaving out edges earlier samples already hold.

    python benchmarks/audits/sample_edges.py BUILD/graph.json OUT.md [--earlier SAMPLE.md ...]
                                             [--wikinews N] [--others N] [--seed N]

Each sampled edge is written with its first piece of evidence (the sentence) and its article (title and url), in
the format of the samples beside this script; Wikinews edges (by the article's url) and the others are sampled apart.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ACTIONS = frozenset(
    {
        "proposed",
        "co-sponsored",
        "adopted",
        "signed",
        "ratified",
        "issued",
        "supported",
        "opposed",
        "withdrew-from",
        "negotiated-with",
        "sanctioned",
    }
)
SAMPLED = re.compile(r"\[(.+?) \(\w+\)\] --(\S+?)--> \[(.+?) \(\w+\)\]")


def judged(samples: list[Path]) -> set[tuple[str, str, str]]:
    """The (subject, relation, object) labels of the edges earlier samples hold."""
    return {m.groups() for path in samples for m in SAMPLED.finditer(path.read_text(encoding="utf-8"))}


def candidates(graph: dict, skip: set[tuple[str, str, str]]) -> list[dict[str, str]]:
    """Every action edge of a `graph.json` not in `skip`, with its first sentence and article."""
    nodes = {node["id"]: node for node in graph["nodes"]}
    found = []
    for edge in graph["edges"]:
        if edge["relation"] not in ACTIONS:
            continue
        source, target = nodes[edge["source"]], nodes[edge["target"]]
        if (source["label"], edge["relation"], target["label"]) in skip:
            continue
        evidence = edge["sources"][0]
        article = nodes.get(evidence["article"], {})
        found.append(
            {
                "edge": f"[{source['label']} ({source['type']})] --{edge['relation']}--> "
                f"[{target['label']} ({target['type']})]",
                "article": f"{article.get('label', '')} ({article.get('url', '')})",
                "sentence": " ".join(evidence["sentence"].split()),
                "wikinews": str("wikinews" in article.get("url", "")),
            }
        )
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path, help="a build's graph.json")
    parser.add_argument("out", type=Path, help="the sample to write (Markdown)")
    parser.add_argument("--earlier", type=Path, nargs="*", default=[], help="samples whose edges to leave out")
    parser.add_argument("--wikinews", type=int, default=20, help="Wikinews edges to take (default 20)")
    parser.add_argument("--others", type=int, default=30, help="other edges to take (default 30)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    graph = json.loads(args.graph.read_text(encoding="utf-8"))
    found = candidates(graph, judged(args.earlier))
    wikinews = [c for c in found if c["wikinews"] == "True"]
    others = [c for c in found if c["wikinews"] != "True"]
    rng = random.Random(args.seed)
    picked = rng.sample(wikinews, min(args.wikinews, len(wikinews))) + rng.sample(others, min(args.others, len(others)))
    lines = [
        f"# Sample of kg's action edges: {min(args.wikinews, len(wikinews))} Wikinews and "
        f"{min(args.others, len(others))} other edges (seed {args.seed}), none in the earlier samples\n"
    ]
    for number, item in enumerate(picked, 1):
        lines.append(f"## {number}. {item['edge']}\narticle: {item['article']}\n\nsentence: {item['sentence']}\n")
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(found)} candidate edges ({len(wikinews)} Wikinews); wrote {len(picked)} to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
