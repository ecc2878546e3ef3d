"""The numbers that tune extraction are data: `tunables` in ontology/extraction.yaml, read once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kg.extract import nlp, relations
from kg.extract.tunables import tunables
from kg.resources import load_yaml

from ..conftest import ROOT

ARTICLE = """---
title: "Treaty talks"
publishedDateTime: 2025-06-13T10:00:00Z
webUrl: "https://news.example.org/treaty-talks"
---
Spain will sign the treaty on marine biodiversity next month. Portugal signed the Paris Agreement in 2016.
"""

# The confidence of each `signed` edge a fresh interpreter extracts from the article.
REPORT = """
import json, sys
from kg.extract.pipeline import extract_articles
from kg.ingest import read_article
(item,) = extract_articles([read_article(sys.argv[1])])
print(json.dumps({f.source: f.provenance.confidence for f in item.facts if getattr(f, "relation", "") == "signed"}))
"""


def test_the_modules_take_their_numbers_from_the_data() -> None:
    data = load_yaml("extraction.yaml")["tunables"]
    assert (
        data["confidence"]["stated"],
        data["confidence"]["hedged"],
        data["confidence"]["from_list"],
    ) == (relations.CONFIDENT, relations.HEDGED, relations.FROM_LIST)
    assert tuple(data["parsing"].values()) == (nlp.MAX_CHUNK_CHARS, nlp.MAX_BATCH_CHARS)
    assert tunables().resolution.max_period_days == data["resolution"]["max_period_days"]


@pytest.mark.slow
def test_other_confidences_in_the_data_give_other_confidences_on_the_edges(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(ROOT / "kg", site / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "ontology", site / "ontology", ignore=shutil.ignore_patterns("__pycache__"))
    lexicon = site / "ontology" / "extraction.yaml"
    data = yaml.safe_load(lexicon.read_text(encoding="utf-8"))
    data["tunables"]["confidence"].update(stated=0.95, hedged=0.55)
    lexicon.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")

    def confidences(path: Path) -> dict[str, float]:
        env = {**os.environ, "PYTHONPATH": str(path)}
        argv = [sys.executable, "-c", REPORT, str(article)]
        done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=path, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.splitlines()[-1])

    expected = {"nation:ESP": tunables().confidence.hedged, "nation:PRT": tunables().confidence.stated}
    assert confidences(ROOT) == expected
    assert confidences(site) == {"nation:ESP": 0.55, "nation:PRT": 0.95}
