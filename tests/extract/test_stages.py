"""Extraction stages and the version cached extractions are stored under: a stage an installed package
declares runs and changes the version; so do kg's own code and data, also when only bytecode is installed."""

from __future__ import annotations

import compileall
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.nlp import load_model
from kg.extract.pipeline import extract_articles
from kg.extract.stages import STAGES, Stage, active_stages, extraction_version
from kg.facts import NodeFact
from kg.ingest import read_article

from ..conftest import ROOT, SEEDS

SEED = SEEDS / "000_3226e1c643d225e2.txt"

# An installed package's stage that reads the parsed texts too: one node per article, labelled
# with the number of sentences its Docs hold (so it sees every Doc kg's own `text` stage sees).
PLUGIN = """
from kg.facts import NodeFact
from kg.extract.stages import Stage


def count_sentences(article, texts):
    yield NodeFact("count:" + article.id, "SentenceCount", str(sum(len(list(t.doc.sents)) for t in texts)))


STAGE = Stage("sentence-count", "{version}", count_sentences, reads_text=True)
"""

REPORT = """
import json, pickle, sys
from kg.extract.stages import active_stages, extraction_version
report = {"version": extraction_version(), "stages": [stage.name for stage in active_stages()]}
if "--extract" in sys.argv:
    from kg.extract.pipeline import extract_articles
    from kg.ingest import read_article
    (item,) = extract_articles([read_article(sys.argv[1])])
    report["facts"] = pickle.dumps(item.facts).hex()
import kg
report["kg"] = kg.__file__
print(json.dumps(report))
"""


def _install_plugin(site: Path, version: str) -> None:
    """A real distribution on `site`: its module and a `.dist-info` whose entry_points.txt declares the stage."""
    site.mkdir(parents=True, exist_ok=True)
    (site / "kg_sentence_count.py").write_text(PLUGIN.replace("{version}", version), encoding="utf-8")
    info = site / "kg_sentence_count-1.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-sentence-count\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[kg.stages]\nsentence-count = kg_sentence_count:STAGE\n", encoding="utf-8")


def _report(*paths: Path, extract: Path | None = None) -> dict[str, object]:
    """What a fresh interpreter with `paths` first on sys.path says: its stages and extraction version."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(path) for path in paths)}
    argv = [sys.executable, "-c", REPORT] + ([str(extract), "--extract"] if extract else [])
    done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=paths[0], timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_kg_declares_its_stages_in_one_list_and_runs_them_in_order() -> None:
    assert STAGES.builtins() == ("metadata", "text", "stories")
    assert all(isinstance(stage, Stage) and stage.version for stage in active_stages())
    assert [stage.name for stage in active_stages()][:3] == ["metadata", "text", "stories"]


@pytest.mark.slow
def test_an_installed_stage_runs_beside_kgs_own_and_changes_the_version(tmp_path: Path) -> None:
    _install_plugin(tmp_path / "v1", "1")
    _install_plugin(tmp_path / "v2", "2")
    first = _report(tmp_path / "v1", extract=SEED)
    second = _report(tmp_path / "v2")
    assert first["stages"] == ["metadata", "text", "stories", "sentence-count"]
    # Each stage that ran counts: adding it, and changing its version, each give another version.
    assert len({extraction_version(), first["version"], second["version"]}) == 3
    (own,) = extract_articles([read_article(SEED)])
    facts = pickle.loads(bytes.fromhex(str(first["facts"])))
    counted = [fact for fact in facts if isinstance(fact, NodeFact) and fact.type == "SentenceCount"]
    # kg's own stages are undisturbed by a second reader of the texts, which sees every Doc they see.
    assert [fact for fact in facts if fact not in counted] == list(own.facts)
    article, nlp = read_article(SEED), load_model(None)
    sentences = sum(len(list(nlp(text).sents)) for item in (article, *article.related) for _, text in item.texts)
    assert [fact.label for fact in counted] == [str(sentences)]


def test_a_stage_that_is_no_stage_is_refused_with_its_name(tmp_path: Path) -> None:
    from kg.errors import ConfigError
    from kg.registry import Registry

    registry = Registry(STAGES.group, STAGES.kind, [], check=lambda unit: isinstance(unit, Stage))
    registry.register("broken", "kg.extract.stages:active_stages")
    with pytest.raises(ConfigError, match="extraction stage 'broken'"):
        registry["broken"]


@pytest.fixture
def kg_copy(tmp_path: Path) -> Path:
    """A copy of the kg package and its ontology/ folder, as an install elsewhere would have them."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "kg", site / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "ontology", site / "ontology", ignore=shutil.ignore_patterns("__pycache__"))
    return site


@pytest.mark.slow
def test_the_version_follows_the_code_and_data_also_with_bytecode_only(kg_copy: Path) -> None:
    source = _report(kg_copy)
    assert source["kg"] == str(kg_copy / "kg" / "__init__.py")
    # The same code and data give the same version wherever they are installed.
    assert source["version"] == extraction_version()

    temporal = kg_copy / "kg" / "extract" / "temporal.py"
    temporal.write_text(temporal.read_text(encoding="utf-8") + "\n# a comment changes nothing\n", encoding="utf-8")
    assert _report(kg_copy)["version"] == source["version"]
    temporal.write_text(temporal.read_text(encoding="utf-8") + "\nWEEK = 7\n", encoding="utf-8")
    edited_code = _report(kg_copy)["version"]
    assert edited_code != source["version"]

    # Bytecode only (compiled beside the sources, which are then deleted): still a version, the same one.
    assert compileall.compile_dir(kg_copy / "kg", legacy=True, quiet=1)
    for path in (kg_copy / "kg").rglob("*.py"):
        path.unlink()
    bytecode = _report(kg_copy)
    assert bytecode["kg"] == str(kg_copy / "kg" / "__init__.pyc")
    assert bytecode["version"] == edited_code

    lexicon = kg_copy / "ontology" / "extraction.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8").replace("  treaty: treaty\n", ""), encoding="utf-8")
    assert _report(kg_copy)["version"] not in {edited_code, source["version"]}
