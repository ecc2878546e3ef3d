"""`kg render --out view.html` opened in a real browser (headless Chromium, 1400x900): the graph is
drawn with every node visible inside the viewport, search finds a nation, a click lists its edges
with their sentences, zoom keeps labels readable, and the page logs no error.

Needs Chromium (Debian: `apt-get install chromium`; `KG_CHROMIUM` names another binary); the
tests are skipped, saying so, only when there is none. The screenshot is kept in the test's
temporary folder and its path printed (`pytest -s` shows it).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from kg.cli import main
from kg.export.style import type_hex
from kg.graph import KnowledgeGraph
from kg.load import load_graph

from .chromium import Page, chromium_path, open_page

CHROMIUM = chromium_path()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium to test the HTML view in (apt-get install chromium, or set KG_CHROMIUM)"
)
WIDTH, HEIGHT = 1400, 900

CIRCLES = """[...document.querySelectorAll("#svg circle")].map(c => {
  const r = c.getBoundingClientRect();
  return {title: c.querySelector("title").textContent, x: r.x, y: r.y, w: r.width, h: r.height,
          shown: getComputedStyle(c).display !== "none", cls: c.getAttribute("class") || ""};
})"""
LABELS = """[...document.querySelectorAll("#svg text")].map(t => {
  const r = t.getBoundingClientRect();
  return {text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height, size: getComputedStyle(t).fontSize};
})"""
STAGE = """(() => { const r = document.getElementById("svg").getBoundingClientRect(), page = document.documentElement;
  return {x: r.x, y: r.y, w: r.width, h: r.height,
          scrolls: page.scrollWidth > innerWidth || page.scrollHeight > innerHeight,
          line: getComputedStyle(document.querySelector("#svg line")).strokeWidth}; })()"""


@pytest.fixture(scope="module")
def seeds(seed_exports: Path) -> KnowledgeGraph:
    return load_graph(seed_exports)


@pytest.fixture(scope="module")
def view(seed_exports: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("view") / "view.html"
    assert main(["render", str(seed_exports), "--out", str(path)]) == 0
    return path


@pytest.fixture
def page(view: Path) -> Any:
    assert CHROMIUM is not None
    with open_page(CHROMIUM, WIDTH, HEIGHT) as tab:
        tab.goto(view.as_uri())
        yield tab


def _center(circle: dict[str, float]) -> tuple[float, float]:
    return circle["x"] + circle["w"] / 2, circle["y"] + circle["h"] / 2


def _china(page: Page) -> dict[str, Any]:
    return next(c for c in page.evaluate(CIRCLES) if c["title"] == "China (Nation)")


def test_every_node_is_drawn_visible_inside_the_viewport(page: Page, seeds: KnowledgeGraph, tmp_path: Path) -> None:
    from matplotlib import image

    stage = page.evaluate(STAGE)
    assert stage["w"] > 900 and stage["h"] == HEIGHT and not stage["scrolls"]
    circles = page.evaluate(CIRCLES)
    assert len(circles) == seeds.nx.number_of_nodes() == 67
    for circle in circles:
        assert circle["shown"] and 4 <= circle["w"] <= 60 and abs(circle["w"] - circle["h"]) < 0.5, circle
        assert stage["x"] <= circle["x"] and circle["x"] + circle["w"] <= stage["x"] + stage["w"], circle
        assert circle["y"] >= 0 and circle["y"] + circle["h"] <= HEIGHT, circle
    assert stage["line"] == "1px"
    labels = page.evaluate(LABELS)
    assert len(labels) == 20 and all(label["size"] == "11px" and 8 <= label["h"] <= 20 for label in labels), labels

    shot = tmp_path / "kg-view.png"
    shot.write_bytes(page.screenshot())
    print(f"screenshot of the HTML view: {shot}")
    pixels = image.imread(io.BytesIO(shot.read_bytes()))[:, int(stage["x"]) :, :3]
    assert pixels.shape[:2] == (HEIGHT, WIDTH - int(stage["x"]))
    dark = (pixels.sum(axis=2) < 0.45).mean()
    assert dark < 0.02, f"{dark:.0%} of the graph area is dark"  # the old page was one black rectangle
    nation = [int(type_hex("Nation")[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    assert (abs(pixels - nation).sum(axis=2) < 0.03).sum() > 100  # Nation nodes in their colour
    assert page.console_errors() == []


def test_search_finds_china_and_a_click_lists_its_edges_with_their_sentences(page: Page, seeds: KnowledgeGraph) -> None:
    page.evaluate('document.getElementById("search").focus()')
    page.type_text("China")
    matches = page.evaluate('[...document.querySelectorAll("#matches li")].map(li => li.textContent)')
    assert matches == ["China"]
    assert "match" in _china(page)["cls"]

    page.click(*_center(_china(page)))
    assert page.evaluate('document.querySelector("#details h2").textContent') == "China"
    details = page.evaluate('document.getElementById("details").innerText')
    china = seeds.find("China")
    assert china is not None
    edges = [e for e in seeds.edges() if china.id in (e.source.id, e.target.id)]
    assert page.evaluate('document.querySelectorAll("#details .edge").length') == len(edges) > 0
    sentences = {
        s.sentence for e in edges for s in seeds.sources(e.source, e.target, e.relation) if s.sentence is not None
    }
    assert "Additionally, it had 121 co-sponsors including China." in sentences
    for sentence in sentences:
        assert sentence in details
    assert "co-sponsored" in details
    assert page.console_errors() == []


def test_zooming_enlarges_the_graph_and_keeps_labels_readable(page: Page) -> None:
    before = _china(page)
    x, y = _center(before)
    page.wheel(x, y, -100)  # wheel up: zoom in about the pointer
    after = _china(page)
    assert after["w"] == pytest.approx(before["w"] * 1.15, rel=0.05)
    assert _center(after) == pytest.approx((x, y), abs=1)  # the point under the pointer stays put
    assert all(label["size"] == "11px" and label["h"] <= 20 for label in page.evaluate(LABELS))
    assert page.console_errors() == []
