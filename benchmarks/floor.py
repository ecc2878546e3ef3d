"""The floor: bare `nlp.pipe` over the texts `kg build` parses, with the same model.

Reads the corpus first (not timed), then times loading the model and parsing every text kg's
extraction parses (each article's and related item's title, excerpt and body, in the same
chunks), keeping no Doc. The model is spaCy's own pipeline as `spacy.load` gives it, with
nothing of kg's (no gazetteer EntityRuler, no layout component, spaCy's own attribute_ruler
Matcher): what parsing these texts costs anyone, so that `kg build`'s time over it is kg's cost.
Prints one JSON line: {"load": s, "pipe": s, "texts": n, "chars": n, "pipeline": [names]}.

    python benchmarks/floor.py CORPUS [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import time
from typing import TYPE_CHECKING

from kg.extract.nlp import DEFAULT_MODELS
from kg.ingest import Article, read_articles

if TYPE_CHECKING:
    from spacy.language import Language

try:
    from kg.extract.nlp import chunk_text
except ImportError:  # an extraction without chunking parses each text whole

    def chunk_text(text: str) -> list[tuple[int, str]]:  # type: ignore[misc]
        return [(0, text)]


def texts(articles: list[Article]) -> list[str]:
    """Every text kg parses, in the order it parses them."""
    return [
        chunk
        for article in articles
        for item in (article, *article.related)
        for _, text in item.texts
        for _, chunk in chunk_text(text)
    ]


def bare_model(name: str | None) -> Language:
    """The model kg would use (`name`, else the first of kg's defaults installed), as spaCy loads it."""
    import spacy

    for candidate in (name,) if name else DEFAULT_MODELS:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise SystemExit(f"no spaCy model {name or ' or '.join(DEFAULT_MODELS)} installed")


def main() -> None:
    """Command line: time the floor for one corpus folder."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="folder of articles")
    parser.add_argument("--model", help="spaCy model name (default: kg's default)")
    args = parser.parse_args()
    articles = [item for item in read_articles([args.corpus]) if isinstance(item, Article)]
    parts = texts(articles)
    started = time.perf_counter()
    nlp = bare_model(args.model)
    loaded = time.perf_counter()
    for _doc in nlp.pipe(parts, batch_size=64):
        pass
    done = time.perf_counter()
    report = {
        "load": loaded - started,
        "pipe": done - loaded,
        "texts": len(parts),
        "chars": sum(map(len, parts)),
        "pipeline": nlp.pipe_names,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
