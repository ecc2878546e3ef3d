"""MinHash signatures and LSH band parameters, in numpy alone: the values datasketch 2.0 makes.

kg signs every article body with a MinHash (`kg.extract.stories`) and finds candidate copies by
LSH bands (`kg.resolve.stories`). datasketch computes the same, but importing it imports all of
its sketches and scipy (for the numerical integration that picks the bands): seconds of every
build, for a hash loop of a few lines. This module makes the same numbers (datasketch's
"affine32" scheme: SHA-1's first 32 bits, MurmurHash3's 32-bit finalizer, then `a * h + b` modulo
2**32 with datasketch's permutations of the seed), so signatures cached or compared before stay
valid; tests/extract/test_minhash.py checks them against datasketch on real article bodies.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable

import numpy as np

_MAX_HASH = np.uint32(0xFFFFFFFF)
"""The value of an empty signature (no shingle): datasketch's maximum hash of the scheme."""


@functools.cache
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (a, b) of `seed`, drawn as datasketch draws them for scheme "affine32"."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def minhash(shingles: Iterable[bytes], num_perm: int, seed: int) -> bytes:
    """The MinHash of a set of shingles: `num_perm` hash values, as little-endian uint32 bytes.

    >>> len(minhash([b"a", b"b"], 8, 1)), minhash([b"a", b"b"], 8, 1) == minhash([b"b", b"a", b"a"], 8, 1)
    (32, True)
    """
    digests = b"".join(hashlib.sha1(shingle).digest()[:4] for shingle in shingles)
    if not digests:
        return np.full(num_perm, _MAX_HASH, dtype="<u4").tobytes()
    hashes = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32)).reshape(-1, 1)
    a, b = permutations(num_perm, seed)
    return (hashes * a + b).min(axis=0).astype("<u4").tobytes()


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, element-wise (multiplications wrap modulo 2**32)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


@functools.cache
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The LSH bands and rows per band for a Jaccard `threshold`: those minimising the mean of the
    false positive and false negative probabilities (datasketch MinHashLSH's choice, weights 0.5/0.5).

    The integrands are polynomials of degree at most `num_perm`, so Gauss-Legendre quadrature with
    `num_perm // 2 + 1` nodes integrates them exactly (up to rounding).

    >>> lsh_bands(0.4, 128)
    (32, 4)
    """
    from numpy.polynomial.legendre import leggauss

    nodes, weights = leggauss(num_perm // 2 + 1)
    # Every (b, r) with b * r <= num_perm, in datasketch's order (b, then r): the first best one wins.
    pairs = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=float)
    bands, rows = pairs[:, :1], pairs[:, 1:]

    def integral(lower: float, upper: float) -> np.ndarray:
        """The integral over [lower, upper] of each pair's probability of missing a pair of similarity s."""
        s = (upper - lower) / 2 * nodes + (upper + lower) / 2
        missed = (1 - s**rows) ** bands
        return np.asarray((upper - lower) / 2 * (missed @ weights))

    false_positive = threshold - integral(0.0, threshold)
    false_negative = integral(threshold, 1.0)
    best = int(np.argmin(0.5 * false_positive + 0.5 * false_negative))
    return int(pairs[best, 0]), int(pairs[best, 1])
