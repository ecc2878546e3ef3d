"""The record of a build: what was read, what was skipped and why, what was written, and its exit status.

`kg build` writes it as `DIR/report.json` (atomically, like the exports), so that a script or CI
job can see which files were skipped without parsing the command's messages.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export.atomic import atomic_output

if TYPE_CHECKING:
    from kg.builder import BuildResult

REPORT_FILE = "report.json"
REPORT_VERSION = 1
EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
"""Exit statuses of `kg build`: every file read; some files skipped (or none readable); usage error."""
SKIPPED_SHOWN = 5
"""Skipped files the summary names with their reasons; the rest are counted and left to report.json."""


def exit_status(result: BuildResult) -> int:
    """0 when every file was read, 1 when any was skipped (or no article could be read at all)."""
    return EXIT_SKIPPED if result.skipped or not result.articles else EXIT_OK


def should_export(result: BuildResult, *, strict: bool) -> bool:
    """Exports are written when some article was read, and, with `strict`, only when none was skipped.

    Not writing keeps the previous exports in place rather than replacing them with an empty or
    partial graph.
    """
    return result.articles > 0 and not (strict and result.skipped)


def build_report(result: BuildResult, written: Mapping[str, Path], *, strict: bool = False) -> dict[str, Any]:
    """The report as a JSON-ready mapping; deterministic (no times or dates), like the exports.

    `status` is "ok" (all read, exports written), "skipped" (exports written, some files skipped)
    or "failed" (no exports written: nothing readable, or `strict` and some file skipped).
    """
    nodes, edges = result.graph.counts()
    status = "failed" if not written else "skipped" if result.skipped else "ok"
    return {
        "version": REPORT_VERSION,
        "status": status,
        "exit_status": exit_status(result),
        "strict": strict,
        "articles": result.articles,
        "skipped": [{"path": _utf8(error.path), "reason": error.reason} for error in result.skipped],
        "exports": {name: Path(path).name for name, path in written.items()},
        "nodes": dict(sorted(nodes.items())),
        "edges": dict(sorted(edges.items())),
    }


def summary_lines(result: BuildResult, report_path: str | Path, *, shown: int = SKIPPED_SHOWN) -> list[str]:
    """The summary's first lines: articles read and skipped, and why each skipped file was skipped.

    Names the first `shown` skipped files with their reasons, then says how many more there are and
    that `report_path` lists them all, so an exit status of 1 always comes with its cause.

    >>> from kg.builder import BuildResult
    >>> from kg.errors import InputError
    >>> from kg.graph import KnowledgeGraph
    >>> result = BuildResult(KnowledgeGraph(), articles=2, skipped=[InputError(f"{n}.md", "empty file") for n in "abc"])
    >>> print("\\n".join(summary_lines(result, "out/report.json", shown=2)))
    read 2 article file(s), skipped 3:
      a.md: empty file
      b.md: empty file
      and 1 more: every skipped file and its reason is in out/report.json
    """
    head = f"read {result.articles} article file(s), skipped {len(result.skipped)}"
    if not result.skipped:
        return [head]
    lines = [head + ":"]
    lines += [f"  {printable(error.path)}: {printable(error.reason)}" for error in result.skipped[:shown]]
    rest = len(result.skipped) - shown
    if rest > 0:
        lines.append(f"  and {rest} more: every skipped file and its reason is in {printable(str(report_path))}")
    return lines


def write_report(report: Mapping[str, Any], out_dir: str | Path) -> Path:
    """Write `report` to `out_dir/report.json`, replacing any earlier one atomically."""
    path = Path(out_dir) / REPORT_FILE
    with atomic_output(path, "w") as stream:
        stream.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return path


def _utf8(text: str) -> str:
    """The text as it is when it can be written as UTF-8, else with its undecodable bytes escaped."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return printable(text)
    return text


def printable(text: str) -> str:
    """Text that prints on one line and encodes as UTF-8: control characters and undecodable bytes escaped.

    File names may hold newlines or bytes that are not UTF-8 (Python keeps those as lone surrogates).

    >>> printable("bad\\nname.md")
    'bad\\\\nname.md'
    >>> printable("caf\\udce9.md")
    'caf\\\\xe9.md'
    """
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)
