"""A build loads only what it uses: not rdflib (the RDF exports are written from plain strings).
datasketch, and the SciPy it imports, sign and index the stories of every build."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import SEEDS

UNUSED = ("rdflib",)


def test_a_build_with_every_default_export_imports_no_unused_library(tmp_path: Path) -> None:
    code = (
        "import json, sys, kg; kg.build(sys.argv[1], out=sys.argv[2]); "
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({UNUSED!r}))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(SEEDS), str(tmp_path / "out")], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
    written = sorted(path.name for path in (tmp_path / "out").iterdir() if not path.name.startswith("."))
    assert written == ["graph.gexf", "graph.graphml", "graph.json", "graph.jsonld", "graph.ttl", "report.json"]
    assert "@prefix kg: <https://w3id.org/kg/ns#> ." in (tmp_path / "out" / "graph.ttl").read_text()
