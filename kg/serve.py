"""Serve a build folder over the SPARQL 1.1 protocol: a persistent Oxigraph store and its HTTP server.

`kg serve DIR` loads `DIR/graph.ttl` (the default graph) and the kg ontology (the named graph
`https://w3id.org/kg/ns`) into the store `DIR/store`, then runs the `oxigraph` server (from the
`oxigraph` package) on it: queries at `/query`, bound to 127.0.0.1 and read-only unless asked
otherwise. The store is reloaded only when the exports or the ontology changed since it was built.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from kg import namespaces
from kg.errors import ConfigError, InputError
from kg.resources import ontology_dir

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
ONTOLOGY_GRAPH = namespaces.ONTOLOGY
STORE_NAME = "store"
# Beside the store, not in it: what the store was loaded from, to know when to reload it.
STAMP_NAME = "store.json"


def oxigraph_binary() -> Path:
    """The `oxigraph` server program: next to this Python (a venv's bin/), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return beside
    found = shutil.which("oxigraph")
    if found is None:
        raise ConfigError("the `oxigraph` server program is missing; install it with `pip install oxigraph`")
    return Path(found)


def _sources(directory: Path) -> list[tuple[Path, str | None]]:
    graph = directory / "graph.ttl"
    if not graph.is_file():
        raise InputError(directory, "no graph.ttl in this folder; run `kg build ... --out DIR` first")
    return [(graph, None), (ontology_dir() / "kg.ttl", ONTOLOGY_GRAPH)]


def _stamp(sources: list[tuple[Path, str | None]]) -> dict[str, str]:
    stamp = {"oxigraph": subprocess.run([oxigraph_binary(), "--version"], capture_output=True, text=True).stdout}
    for path, graph in sources:
        stamp[graph or "default"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return stamp


def prepare_store(directory: str | Path) -> Path:
    """Load the exports of `directory` into `directory/store` unless the store already holds them; return its path.

    A new store is built beside the old one and renamed into place, so a failed load leaves the old store.
    """
    folder = Path(directory)
    sources = _sources(folder)
    store, stamp_file = folder / STORE_NAME, folder / STAMP_NAME
    stamp = _stamp(sources)
    if store.is_dir() and stamp_file.is_file() and json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
        return store
    fresh = folder / f".{STORE_NAME}.loading"
    shutil.rmtree(fresh, ignore_errors=True)
    for path, graph in sources:
        command = [str(oxigraph_binary()), "load", "--location", str(fresh), "--file", str(path)]
        if graph:
            command += ["--graph", graph]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            shutil.rmtree(fresh, ignore_errors=True)
            raise InputError(path, f"oxigraph could not load it: {done.stderr.strip().splitlines()[-1:]}")
    stamp_file.unlink(missing_ok=True)
    shutil.rmtree(store, ignore_errors=True)
    fresh.rename(store)
    stamp_file.write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return store


@dataclass
class Server:
    """A running SPARQL server; stop it with `stop()` or use it as a context manager."""

    process: subprocess.Popen[bytes]
    host: str
    port: int
    store: Path
    writable: bool
    log: Path = field(repr=False)

    @property
    def url(self) -> str:
        """The server's base address."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 query endpoint."""
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        """The SPARQL 1.1 update endpoint (refused with 403 unless the server is writable)."""
        return self.url + "/update"

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after `timeout` seconds)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def wait(self) -> int:
        """Block until the server exits; its exit status."""
        return self.process.wait()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()


def start_server(
    directory: str | Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    writable: bool = False,
    timeout_s: int | None = None,
    startup_s: float = 30.0,
) -> Server:
    """Load `directory`'s exports into its store and start serving them; return once the server accepts connections.

    Read-only unless `writable` (then SPARQL UPDATE at `/update` changes the store, until the exports change).
    `timeout_s`, when given, bounds the time one query may run. It is off by default because the
    `oxigraph` server (0.5.13) keeps a thread alive for `timeout_s` after every query it times: at
    `r` queries a second it holds `r * timeout_s` threads, and past ~16,000 (Linux's default
    `vm.max_map_count` of 65,530 maps, four per thread) it refuses connections.
    """
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} is not between 1 and 65535")
    if timeout_s is not None and timeout_s <= 0:
        raise ConfigError(f"a query timeout must be a positive number of seconds, not {timeout_s}")
    _check_port_free(host, port)
    store = prepare_store(directory)
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    mode = "serve" if writable else "serve-read-only"
    command = [str(oxigraph_binary()), mode, "--location", str(store), "--bind", bind]
    if timeout_s is not None:
        command += ["--timeout-s", str(timeout_s)]
    log = Path(directory) / "server.log"
    with log.open("wb") as stream:
        process = subprocess.Popen(command, stdout=stream, stderr=subprocess.STDOUT)
    server = Server(process, host, port, store, writable, log)
    try:
        _wait_until_listening(server, startup_s)
    except BaseException:  # an interrupt during start-up must not leave the server running
        server.stop()
        raise
    return server


def _check_port_free(host: str, port: int) -> None:
    # Else the start-up check below would take another server on the port for ours.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            raise ConfigError(f"cannot serve on {host}:{port}: {error.strerror or error}") from error


def _wait_until_listening(server: Server, startup_s: float) -> None:
    bind = f"{server.host}:{server.port}"
    deadline = time.monotonic() + startup_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            output = server.log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            raise ConfigError(f"the SPARQL server did not start on {bind}: {(output or ['no output'])[-1]}")
        try:
            with socket.create_connection((server.host, server.port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise ConfigError(f"the SPARQL server did not answer on {bind} within {startup_s:.0f} s")


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this machine only.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    return host in ("localhost", "::1") or host.startswith("127.")
