"""`kg render` on the seeds: a real PNG and a self-contained HTML page that carries the whole graph."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.cli import main
from kg.export.style import type_hex
from kg.loader import load_graph
from kg.render import layout, targets

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def rendered(seed_exports: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("render") / "seeds"
    assert main(["render", str(seed_exports), "--out", str(out)]) == 0
    return out


def test_the_png_is_a_real_picture_with_colour(rendered: Path) -> None:
    from matplotlib import image

    path = rendered.with_name("seeds.png")
    assert path.read_bytes()[:8] == PNG_MAGIC and path.stat().st_size > 20_000
    pixels = image.imread(path)
    assert pixels.shape[:2] == (1200, 1600)
    article = tuple(int(type_hex("Article")[i : i + 2], 16) / 255 for i in (1, 3, 5))
    distance = abs(pixels[:, :, :3] - article).sum(axis=2)
    assert (distance < 0.02).sum() > 200  # Article nodes are drawn in their colour


def test_the_html_is_self_contained_and_carries_every_node_and_edge(rendered: Path, seed_exports: Path) -> None:
    text = rendered.with_name("seeds.html").read_text(encoding="utf-8")
    graph = load_graph(seed_exports)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)  # no CDN, no remote script or style
    assert "<script src" not in text and "<link" not in text
    payload = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', text, re.S)
    assert payload is not None
    data = json.loads(payload.group(1))
    assert {n["id"] for n in data["nodes"]} == set(graph.nx.nodes)
    assert len(data["edges"]) == graph.nx.number_of_edges()
    assert all(edge["sources"] and edge["sources"][0]["extractor"] for edge in data["edges"])
    for needed in ('id="search"', 'id="types"', 'id="details"', 'addEventListener("click"'):
        assert needed in text


@pytest.mark.parametrize(
    ("out", "names"),
    [("a.png", ["a.png"]), ("a.HTML", ["a.HTML"]), ("a.htm", ["a.htm"]), ("a", ["a.png", "a.html"])],
)
def test_out_suffix_chooses_what_is_written(out: str, names: list[str]) -> None:
    assert [p.name for p in targets(out)] == names


def test_only_the_asked_file_is_written(seed_exports: Path, tmp_path: Path) -> None:
    assert main(["render", str(seed_exports / "graph.graphml"), "--out", str(tmp_path / "view.html")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["view.html"]


def test_layout_is_deterministic_and_inside_the_frame(seed_exports: Path) -> None:
    graph = load_graph(seed_exports)
    first, second = layout(graph), layout(graph)
    assert first == second and set(first) == set(graph.nx.nodes)
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in first.values())


def test_a_missing_graph_is_one_line_and_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "nothing"), "--out", str(tmp_path / "x.png")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
