"""The `kg` command: argument parsing and printing only; the work is done by the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kg.errors import KgError

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of who did what, when, and who reported it, from news articles.",
        epilog="Example: kg build seeds --out exports",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser(
        "build",
        help="read articles and write the graph as Turtle and GraphML",
        description="Read article files (YAML front matter and/or plain text) and folders of them, "
        "and write DIR/graph.ttl and DIR/graph.graphml.",
        epilog="Example: kg build seeds more/articles.txt --out exports",
    )
    build.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (searched recursively)")
    build.add_argument("--out", required=True, metavar="DIR", help="folder for the exports (created if missing)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `kg` command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
    except KgError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_USAGE


def _build(args: argparse.Namespace) -> int:
    from kg.build import build_graph
    from kg.export import export

    result = build_graph(args.paths)
    for error in result.skipped:
        print(f"kg: skipped {error}", file=sys.stderr)
    written = export(result.graph, args.out)
    nodes, edges = result.graph.counts()
    print(f"read {result.articles} article file(s), skipped {len(result.skipped)}")
    print(f"nodes: {sum(nodes.values())} (" + ", ".join(f"{k} {v}" for k, v in sorted(nodes.items())) + ")")
    print(f"edges: {sum(edges.values())} (" + ", ".join(f"{k} {v}" for k, v in sorted(edges.items())) + ")")
    for path in written.values():
        print(f"wrote {path}")
    return EXIT_SKIPPED if result.skipped else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
