"""kg's own MinHash and LSH bands make datasketch's numbers (so signatures stay comparable)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from datasketch import MinHash, MinHashLSH

from kg.extract.minhash import lsh_bands, minhash
from kg.extract.stories import _WORD, settings
from kg.ingest import discover, read_article

from ..conftest import DATA, ROOT, SEEDS

WH_BRIEFINGS = ROOT.parent / "shared" / "corpus" / "wh-briefings"


def _shingle_sets(path: Path) -> list[set[bytes]]:
    """The word set and the word-pair set of a real article body, as `kg.extract.stories` makes them."""
    words = _WORD.findall(read_article(path).body.casefold())
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    return [{word.encode() for word in words}, {pair.encode() for pair in pairs}]


def _datasketch(shingles: set[bytes], num_perm: int, seed: int) -> bytes:
    reference = MinHash(num_perm=num_perm, seed=seed, scheme="affine32")
    reference.update_batch(sorted(shingles))
    return bytes(reference.hashvalues.astype("<u4").tobytes())


def _articles() -> list[Path]:
    paths = [*discover([SEEDS]), DATA / "syndication" / "ap_un_ai_resolution.md"]
    if WH_BRIEFINGS.is_dir():
        paths.extend(discover([WH_BRIEFINGS])[:10])
    return paths


@pytest.mark.parametrize(("num_perm", "seed"), [(128, 1), (64, 7)])
def test_signatures_of_real_bodies_are_datasketchs(num_perm: int, seed: int) -> None:
    for path in _articles():
        for shingles in _shingle_sets(path):
            assert minhash(sorted(shingles), num_perm, seed) == _datasketch(shingles, num_perm, seed), path


def test_the_signature_of_no_shingle_is_datasketchs_empty_one() -> None:
    assert minhash([], 128, 1) == _datasketch(set(), 128, 1)
    assert minhash([], 128, 1) != minhash([b"word"], 128, 1)


def test_stories_settings_sign_as_datasketch_did() -> None:
    config = settings()
    shingles = _shingle_sets(SEEDS / "001_805a9d8221c42d30.txt")[0]
    assert minhash(sorted(shingles), config.num_perm, config.seed) == _datasketch(
        shingles, config.num_perm, config.seed
    )


@pytest.mark.parametrize(("threshold", "num_perm"), [(0.4, 128), (0.15, 128), (0.5, 64), (0.8, 128), (0.9, 256)])
def test_lsh_bands_are_those_datasketch_picks(threshold: float, num_perm: int) -> None:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    assert lsh_bands(threshold, num_perm) == (lsh.b, lsh.r)
