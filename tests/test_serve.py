"""`kg serve`: a real Oxigraph server on 127.0.0.1, queried over loopback with SPARQLWrapper."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.errors import ConfigError
from kg.query import run_query
from kg.serve import ONTOLOGY_GRAPH, Server, prepare_store, start_server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
INSERT = "INSERT DATA { <https://example.org/a> <https://example.org/b> 'c' }"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def select(url: str, query: str) -> list[dict[str, str]]:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    client.setTimeout(30)
    answer = client.query().convert()
    return [{name: value["value"] for name, value in row.items()} for row in answer["results"]["bindings"]]


def count(url: str) -> int:
    return int(select(url, COUNT)[0]["n"])


def update(server: Server, statement: str) -> None:
    client = SPARQLWrapper(server.query_url, updateEndpoint=server.update_url)
    client.setMethod(POST)
    client.setQuery(statement)
    client.query()


def _export_folder(seed_exports: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(seed_exports / "graph.ttl", target / "graph.ttl")
    return target


@pytest.fixture(scope="module")
def served(seed_exports: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = _export_folder(seed_exports, tmp_path_factory.mktemp("served"))
    with start_server(folder, port=free_port()) as server:
        yield server


def test_the_server_binds_loopback_and_serves_the_export(served: Server, seed_exports: Path) -> None:
    assert served.host == "127.0.0.1" and served.query_url.startswith("http://127.0.0.1:")
    assert count(served.query_url) == len(rdflib.Graph().parse(seed_exports / "graph.ttl"))


def test_the_ontology_is_served_as_a_named_graph(served: Server) -> None:
    rows = select(served.query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}")
    assert int(rows[0]["n"]) > 200


def test_a_bundled_query_answers_over_http_as_locally(served: Server, seed_exports: Path) -> None:
    text = (Path(__file__).resolve().parent.parent / "ontology" / "queries" / "reported_by.rq").read_text()
    remote = [(row["article"], row["publisherName"]) for row in select(served.query_url, text)]
    local = [(str(row[0]), str(row[3])) for row in run_query(seed_exports, "reported_by").rows]
    assert remote == local and len(remote) > 10


def test_a_read_only_server_refuses_updates(served: Server) -> None:
    before = count(served.query_url)
    with pytest.raises((urllib.error.HTTPError, SPARQLWrapperException)) as refused:
        update(served, INSERT)
    assert "403" in str(refused.value)
    store_put = urllib.request.Request(
        served.url + "/store?default", data=b"<https://e.org/a> <https://e.org/b> 'c' .", method="POST"
    )
    store_put.add_header("Content-Type", "text/turtle")
    with pytest.raises(urllib.error.HTTPError) as store_refused:
        urllib.request.urlopen(store_put, timeout=10)
    assert store_refused.value.code == 403
    assert count(served.query_url) == before


def test_a_writable_server_keeps_updates_in_its_store(seed_exports: Path, tmp_path: Path) -> None:
    folder = _export_folder(seed_exports, tmp_path / "exports")
    with start_server(folder, port=free_port(), writable=True) as server:
        before = count(server.query_url)
        update(server, INSERT)
        assert count(server.query_url) == before + 1
    with start_server(folder, port=free_port()) as again:
        assert count(again.query_url) == before + 1


def test_the_store_is_reloaded_when_the_export_changes(seed_exports: Path, tmp_path: Path) -> None:
    folder = _export_folder(seed_exports, tmp_path / "exports")
    store = prepare_store(folder)
    stamp = (store / "CURRENT").stat().st_mtime_ns
    assert prepare_store(folder) == store and (store / "CURRENT").stat().st_mtime_ns == stamp
    with (folder / "graph.ttl").open("a", encoding="utf-8") as turtle:
        turtle.write("\n<https://example.org/x> <https://example.org/y> 'z' .\n")
    with start_server(folder, port=free_port()) as server:
        rows = select(server.query_url, "ASK { <https://example.org/x> ?p ?o }".replace("ASK", "SELECT * WHERE"))
        assert rows == [{"p": "https://example.org/y", "o": "z"}]


def _default_signals() -> None:
    # A shell starts background jobs with SIGINT ignored, and a Python started so keeps ignoring it:
    # give kg serve the disposition an interactive terminal gives it, whatever ran these tests.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_kg_serve_prints_its_address_and_stops_with_its_server(
    stop_signal: signal.Signals, seed_exports: Path, tmp_path: Path
) -> None:
    folder = _export_folder(seed_exports, tmp_path / "exports")
    port = free_port()
    command = [sys.executable, "-m", "kg.cli", "serve", str(folder), "--port", str(port)]
    # Its own process group, so that the test can clean up the server even if kg serve failed to.
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    process = subprocess.Popen(  # type: ignore[call-overload]
        command, text=True, start_new_session=True, preexec_fn=_default_signals, **pipes
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/query" in line and "read-only" in line
        assert count(f"http://127.0.0.1:{port}/query") > 100
        process.send_signal(stop_signal)
        assert process.wait(timeout=20) == 0
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_a_port_in_use_is_reported(served: Server, seed_exports: Path, tmp_path: Path) -> None:
    folder = _export_folder(seed_exports, tmp_path / "exports")
    with pytest.raises(ConfigError, match="cannot serve"):
        start_server(folder, port=served.port)


def test_kg_serve_reports_a_folder_without_exports(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "serve", str(tmp_path), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "no graph.ttl" in done.stderr


def server_threads(server: Server) -> int:
    return len(os.listdir(f"/proc/{server.process.pid}/task"))


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc (Linux)")
def test_a_server_without_a_query_timeout_does_not_keep_a_thread_per_query(served: Server) -> None:
    # With --timeout-s, oxigraph keeps one thread per query for the whole timeout: a busy server runs
    # out of threads. kg serve sets no timeout unless asked, so threads must not grow with queries.
    select(served.query_url, COUNT)
    before = server_threads(served)
    for _ in range(200):
        select(served.query_url, COUNT)
    assert server_threads(served) <= before + 4


def test_a_query_timeout_stops_a_runaway_query(seed_exports: Path, tmp_path: Path) -> None:
    folder = _export_folder(seed_exports, tmp_path / "exports")
    cross_product = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with start_server(folder, port=free_port(), timeout_s=1) as server:
        request = urllib.request.Request(
            server.query_url,
            data=urllib.parse.urlencode({"query": cross_product}).encode(),
            headers={"Accept": "application/sparql-results+json"},
        )
        began = time.monotonic()
        with urllib.request.urlopen(request, timeout=60) as answer:
            body = answer.read()
        # Oxigraph streams results, so the cancellation arrives inside a started 200 answer.
        assert b"cancelled" in body and time.monotonic() - began < 30
        assert count(server.query_url) > 100
    with pytest.raises(ConfigError, match="positive"):
        start_server(folder, port=free_port(), timeout_s=0)


LOAD_CLIENTS = 20
LOAD_SECONDS = 10.0
LOAD_MAX_PER_CLIENT = 5000
LOAD_QUERIES = (
    COUNT,
    "SELECT ?a ?p WHERE { ?a <https://w3id.org/kg/ns#reportedBy> ?p } ORDER BY ?a",
    "SELECT ?s ?label WHERE { ?s a <https://w3id.org/kg/ns#Publisher> ; "
    "<http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 5",
)


@pytest.mark.slow
def test_the_server_holds_twenty_concurrent_clients_for_ten_seconds(served: Server) -> None:
    latencies: list[list[float]] = [[] for _ in range(LOAD_CLIENTS)]
    failures: list[str] = []
    start = time.monotonic()

    def client(index: int) -> None:
        mine = latencies[index]
        while time.monotonic() - start < LOAD_SECONDS and len(mine) < LOAD_MAX_PER_CLIENT:
            began = time.perf_counter()
            try:
                rows = select(served.query_url, LOAD_QUERIES[len(mine) % len(LOAD_QUERIES)])
                if not rows:
                    failures.append("empty answer")
            except Exception as error:  # any failed request fails the test, with its reason
                failures.append(repr(error))
            mine.append(time.perf_counter() - began)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(LOAD_CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=LOAD_SECONDS + 60)
    elapsed = time.monotonic() - start
    assert not any(thread.is_alive() for thread in threads)
    every = sorted(latency for mine in latencies for latency in mine)
    assert not failures, failures[:5]
    assert all(mine for mine in latencies) and elapsed < LOAD_SECONDS + 60
    cuts = statistics.quantiles(every, n=100)
    summary = (
        f"load: {LOAD_CLIENTS} clients, {elapsed:.1f} s, {len(every)} requests, 0 failed, "
        f"{len(every) / elapsed:.0f} req/s; latency p50 {cuts[49] * 1000:.1f} ms, "
        f"p95 {cuts[94] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms, max {every[-1] * 1000:.1f} ms"
    )
    print(summary)
    if os.environ.get("KG_LOAD_REPORT"):
        Path(os.environ["KG_LOAD_REPORT"]).write_text(summary + "\n", encoding="utf-8")
