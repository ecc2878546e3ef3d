"""The floor: bare `nlp.pipe` over the texts `kg build` parses, with the same model and pipeline.

Reads the corpus first (not timed), then times loading the model and parsing every text kg's
extraction parses (each article's and related item's title, excerpt and body, in the same
chunks), keeping no Doc. Prints one JSON line: {"load": s, "pipe": s, "texts": n, "chars": n}.

    python benchmarks/floor.py CORPUS [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import time

from kg.extract.nlp import load_model
from kg.ingest import Article, read_articles

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


def main() -> None:
    """Command line: time the floor for one corpus folder."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="folder of articles")
    parser.add_argument("--model", help="spaCy model name (default: kg's default)")
    args = parser.parse_args()
    articles = [item for item in read_articles([args.corpus]) if isinstance(item, Article)]
    parts = texts(articles)
    started = time.perf_counter()
    nlp = load_model(args.model)
    loaded = time.perf_counter()
    for _doc in nlp.pipe(parts, batch_size=64):
        pass
    done = time.perf_counter()
    report = {"load": loaded - started, "pipe": done - loaded, "texts": len(parts), "chars": sum(map(len, parts))}
    print(json.dumps(report))


if __name__ == "__main__":
    main()
