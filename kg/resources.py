"""Where kg's data files live (ontology/, gazetteers, patterns) and how they are read, once."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any


@functools.cache
def ontology_dir() -> Path:
    """The `ontology/` folder: next to the package in a checkout, `kg/ontology` when installed."""
    beside = Path(__file__).resolve().parent.parent / "ontology"
    if (beside / "ingest.yaml").exists():
        return beside
    return Path(str(resources.files("kg") / "ontology"))


@functools.cache
def load_yaml(name: str) -> Any:
    """Read one YAML data file of `ontology/` (cached: the files are read once per process)."""
    import yaml  # imported here: the `kg` command lists its choices without reading any YAML

    with (ontology_dir() / name).open(encoding="utf-8") as handle:
        # kg's own files: libyaml's loader where installed (several times faster), else the Python one.
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
