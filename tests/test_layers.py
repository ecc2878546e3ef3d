"""kg's layers point one way: each module imports only from its own layer and the layers below it.

`LAYERS` is the one definition of the order (README "Layers" describes it). Two proofs:

- at import time: each layer's modules are imported in a fresh interpreter, and no module of a
  layer it does not stand on is then in `sys.modules`;
- in the source: every `import` of a kg module, also those inside functions and under
  `TYPE_CHECKING`, names a module of the same layer or of one below, save the few calls listed in
  `UPWARD_CALLS`, each imported when called.

Every module of kg belongs to exactly one layer, so a new module fails here until it is placed.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"

LAYERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # layer: (its modules and packages, the layers right below it that it stands on)
    "records": (
        ("kg.errors", "kg.resources", "kg.registry", "kg.vocab", "kg.dates", "kg.ids", "kg.namespaces", "kg.facts"),
        (),
    ),
    "ingest": (("kg.ingest",), ("records",)),
    "extract": (("kg.extract",), ("ingest",)),
    "graph": (("kg.graph",), ("records",)),
    "resolve": (("kg.resolve",), ("extract", "graph")),
    "export": (("kg.export", "kg.loader", "kg.render", "kg.query", "kg.serve"), ("graph",)),
    "build": (("kg.builder", "kg.cache", "kg.engine", "kg.report"), ("resolve", "export")),
    "cli": (("kg.cli",), ("build",)),
    # The package itself is the public API (`kg.build`, `kg.load`, ...), on top. Python loads it before
    # any of its modules, so it is loaded in every layer's test; it imports nothing until called.
    "api": (("kg",), ("build",)),
}
"""The layers, from the bottom: records (vocabulary, ids, fact records, RDF namespaces), ingest, extract,
the graph, resolution, the exporters and readers of a graph, the build, the CLI and the API on top."""

UPWARD_CALLS = {
    ("kg.graph", "kg.export"): "KnowledgeGraph.save(), a thin call to kg.export.export",
    ("kg.graph", "kg.export.rdf"): "KnowledgeGraph.to_rdf() and .sparql(), thin calls to kg.export.rdf.to_rdf",
}
"""(module, module it imports) pairs that point up, each inside the one method that needs it."""


@cache
def below(layer: str) -> frozenset[str]:
    """Every layer `layer` stands on, directly or through others."""
    direct = LAYERS[layer][1]
    return frozenset(direct).union(*(below(name) for name in direct))


def modules() -> dict[str, Path]:
    """Every module of kg by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def layer_of(module: str) -> str | None:
    """The layer a module belongs to: that of the longest module or package name it falls under."""
    best: tuple[int, str] | None = None
    for layer, (names, _) in LAYERS.items():
        for name in names:
            if (module == name or module.startswith(name + ".")) and (best is None or len(name) > best[0]):
                best = (len(name), layer)
    return best[1] if best else None


def may_import(importer: str, imported: str) -> bool:
    low, high = layer_of(importer), layer_of(imported)
    assert low is not None and high is not None, (importer, imported)
    return high == low or high in below(low) or (importer, imported) in UPWARD_CALLS


def test_the_layers_stand_on_layers_below_them_only() -> None:
    order = list(LAYERS)
    for layer, (_, under) in LAYERS.items():
        assert all(order.index(name) < order.index(layer) for name in under), layer
        assert layer not in below(layer)


def test_every_module_is_in_exactly_one_layer() -> None:
    names = [name for names, _ in LAYERS.values() for name in names]
    assert len(names) == len(set(names))
    assert set(names) <= set(modules()), "a layer names a module that does not exist"
    assert [module for module in modules() if layer_of(module) is None] == []


def _imports(module: str, path: Path, known: dict[str, Path]) -> list[tuple[int, str]]:
    """The kg modules `module` imports anywhere in its source, with their line numbers."""
    found = []
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            for alias in node.names:
                # `from kg import vocab` imports the module kg.vocab; `from kg.ids import digest` the module kg.ids.
                found.append((node.lineno, f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base))
    return [(line, name) for line, name in found if name == "kg" or name.startswith("kg.")]


def test_no_module_imports_from_a_layer_above_it() -> None:
    known = modules()
    wrong = [
        f"{path.name}:{line}: {module} ({layer_of(module)}) imports {target} ({layer_of(target)})"
        for module, path in known.items()
        for line, target in _imports(module, path, known)
        if not may_import(module, target)
    ]
    assert wrong == []


def test_every_upward_call_is_still_made() -> None:
    known = modules()
    made = {(module, target) for module, path in known.items() for _, target in _imports(module, path, known)}
    assert set(UPWARD_CALLS) <= made, "an upward call listed here is gone: drop it from UPWARD_CALLS"


_IMPORT_ALL = """
import importlib, json, sys
loaded_by = {}
for name in sys.argv[1:]:
    before = set(sys.modules)
    importlib.import_module(name)
    for new in set(sys.modules) - before:
        loaded_by.setdefault(new, name)
print(json.dumps(loaded_by))
"""


def _loaded_in_a_fresh_interpreter(names: list[str]) -> dict[str, str]:
    """Each module loaded by importing `names` in order in a new Python, with the module whose import loaded it."""
    run = subprocess.run([sys.executable, "-c", _IMPORT_ALL, *names], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    loaded: dict[str, str] = json.loads(run.stdout)
    return loaded


def test_importing_the_package_loads_none_of_its_modules() -> None:
    assert [name for name in _loaded_in_a_fresh_interpreter(["kg"]) if name.startswith("kg.")] == []


@pytest.mark.parametrize("layer", [name for name in LAYERS if name != "api"])
def test_importing_a_layer_loads_no_module_of_a_layer_above_it(layer: str) -> None:
    names = [module for module in modules() if layer_of(module) == layer]
    loaded = _loaded_in_a_fresh_interpreter(names)
    allowed = {layer, *below(layer)}
    wrong = [
        f"{module} ({layer_of(module)}), loaded by importing {importer}"
        for module, importer in sorted(loaded.items())
        if module.startswith("kg.") and layer_of(module) not in allowed
    ]
    assert names and all(name in loaded or name == "kg" for name in names)
    assert wrong == []
