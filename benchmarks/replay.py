"""kg's own CPU time without the parse: `kg.build` with the Docs of an earlier parse replayed.

The parse is ~75 % of a build and its time moves with the machine's load; what kg adds is the rest.
`save` parses a corpus once, as `kg build` does, and keeps its Docs (spaCy's DocBin); `run` builds
the corpus again ROUNDS times in one process, `kg.extract.nlp.parse` replaced by the saved Docs
(each checked to be the text kg asks to parse), and prints the process CPU time of each build. The
first build of a process pays the imports and loads that happen on first use; the later ones are
kg's steady cost. Compare two versions of kg by alternating processes (`PYTHONPATH=CHECKOUT`).
The exports written are those of a real build (the Docs keep every attribute kg reads).

    python benchmarks/replay.py save CORPUS DOCS
    python benchmarks/replay.py run CORPUS DOCS OUT [--rounds 3]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import kg
import kg.extract.nlp

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def save(corpus: str, docs: str, out: str) -> int:
    """Build `corpus` into `out`, keeping every Doc parsed in the file `docs`; return how many."""
    from spacy.tokens import DocBin

    kept = DocBin(store_user_data=False)
    parse = kg.extract.nlp.parse

    def parse_and_keep(
        nlp: Language, texts: Iterable[str], limit: int = kg.extract.nlp.MAX_BATCH_CHARS
    ) -> Iterator[Doc]:
        for doc in parse(nlp, texts, limit):
            kept.add(doc)
            yield doc

    kg.extract.nlp.parse = parse_and_keep
    kg.build(corpus, out=out, cache=False)
    Path(docs).write_bytes(kept.to_bytes())
    return len(kept)


def run(corpus: str, docs: str, out: str, rounds: int) -> list[float]:
    """Build `corpus` `rounds` times with the Docs of `docs` replayed; the CPU seconds of each build."""
    from spacy.tokens import DocBin

    nlp = kg.extract.nlp.load_model()
    data = Path(docs).read_bytes()
    times = []
    for round_ in range(rounds):
        replayed = iter(list(DocBin().from_bytes(data).get_docs(nlp.vocab)))

        def replay(
            nlp: Language, texts: Iterable[str], limit: int = 0, saved: Iterator[Doc] = replayed
        ) -> Iterator[Doc]:
            for text in texts:
                doc = next(saved)
                if doc.text != text:
                    raise SystemExit(f"{docs} holds other texts than {corpus} gives: save them again")
                yield doc

        kg.extract.nlp.parse = replay
        started = time.process_time()
        kg.build(corpus, out=f"{out}-{round_}", cache=False)
        times.append(time.process_time() - started)
    return times


def main() -> None:
    """Command line: save a corpus's Docs, or time builds that replay them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["save", "run"])
    parser.add_argument("corpus", help="folder of articles")
    parser.add_argument("docs", help="file of the saved Docs")
    parser.add_argument("out", nargs="?", default=None, help="output folder (run: OUT-0, OUT-1, ...)")
    parser.add_argument("--rounds", type=int, default=3, help="builds in this process (run; default 3)")
    args = parser.parse_args()
    if args.mode == "save":
        print(f"saved {save(args.corpus, args.docs, args.out or '/tmp/kg-replay-save')} Docs")
        return
    times = run(args.corpus, args.docs, args.out or "/tmp/kg-replay", args.rounds)
    print(" ".join(f"{seconds:.2f}" for seconds in times))


if __name__ == "__main__":
    main()
