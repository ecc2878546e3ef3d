"""How node types look: colours and sizes from `ontology/style.yaml`, shared by exports and pictures.

>>> type_color("Nation")
(78, 121, 167)
>>> node_size(0), node_size(4)
(4.0, 12.0)
"""

from __future__ import annotations

import math

from kg.resources import load_yaml


def _rgb(hex_color: str) -> tuple[int, int, int]:
    value = hex_color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def type_colors() -> dict[str, str]:
    """Every styled node type and its colour as `#RRGGBB`, in the file's order."""
    return dict(load_yaml("style.yaml")["colors"])


def type_hex(node_type: str) -> str:
    """The `#RRGGBB` colour of a node type (the default colour for a type the file does not list)."""
    style = load_yaml("style.yaml")
    return str(style["colors"].get(node_type, style["default_color"]))


def type_color(node_type: str) -> tuple[int, int, int]:
    """The colour of a node type as 0-255 (r, g, b) integers."""
    return _rgb(type_hex(node_type))


def node_size(degree: int) -> float:
    """A node's drawn size from its degree (number of edges, both directions)."""
    size = load_yaml("style.yaml")["size"]
    return round(float(size["base"]) + float(size["per_sqrt_degree"]) * math.sqrt(degree), 2)


def legend_markdown() -> str:
    """The colour legend as a Markdown table (pasted into README)."""
    rows = ["| type | colour |", "| --- | --- |"]
    rows += [f"| {name} | `{color}` |" for name, color in type_colors().items()]
    return "\n".join(rows)


if __name__ == "__main__":
    print(legend_markdown())
