"""CI: audit requirements.lock for known vulnerabilities with pip-audit; fail only on a vulnerability found.

pip-audit asks PyPI's JSON API (or OSV) about each pinned package. Where that service cannot be
reached (as on a machine whose only way out is a package mirror), every package comes back
"could not be audited": that is reported, and CI goes on; a network error is not a failed build.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

LOCK = Path(__file__).resolve().parent.parent / "requirements.lock"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "audit.json"
        command = [sys.executable, "-m", "pip_audit", "--disable-pip", "--require-hashes", "-r", str(LOCK)]
        try:
            run = subprocess.run(
                [*command, "--format", "json", "-o", str(report)], capture_output=True, text=True, timeout=300
            )
        except subprocess.TimeoutExpired:
            print("pip-audit: no answer from the vulnerability service in 300 s; nothing audited")
            return 0
        if not report.exists():
            reason = (run.stderr.strip().splitlines() or ["no output"])[-1]
            print(f"pip-audit: could not run ({reason}); nothing audited")
            return 0
        dependencies = json.loads(report.read_text())["dependencies"]
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if "skip_reason" in d]
    audited = len(dependencies) - len(skipped)
    print(f"pip-audit: {audited} of {len(dependencies)} locked packages audited; {len(vulnerable)} vulnerable")
    if skipped:
        print(f"pip-audit: {len(skipped)} not audited, e.g. {skipped[0]['skip_reason']}")
    for dependency in vulnerable:
        ids = ", ".join(v["id"] for v in dependency["vulns"])
        print(f"pip-audit: {dependency['name']} {dependency['version']}: {ids}")
    return 1 if vulnerable else 0


if __name__ == "__main__":
    sys.exit(main())
