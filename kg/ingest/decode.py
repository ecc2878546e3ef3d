"""Bytes to text: UTF-8 (with or without BOM) first, other encodings detected, binaries refused."""

from __future__ import annotations

import re

from kg.errors import InputError

_TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_NOT_CONTROL = bytes(byte for byte in range(256) if byte >= 0x20 or byte in _TEXT_CONTROLS)
"""Every byte but the control bytes text does not hold: deleting them leaves those control bytes."""
_SAMPLE = 8192
MAX_LEGACY_NON_ASCII = 0.5
_WORD = re.compile(r"[^\W\d_]+")
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_bytes(raw: bytes, path: str) -> str:
    """Decode a file's bytes as text, or raise InputError saying why it is not text.

    Empty files, binary data and control-character noise mean "not an article". Text that is not
    UTF-8 is decoded by its byte-order mark (UTF-16/32), as UTF-16 when it is ASCII text in UTF-16
    without a mark, as Windows-1252 (the usual legacy encoding of Western text) when that reads as
    mostly plain letters, and otherwise in the encoding charset-normalizer detects.

    >>> decode_bytes("café".encode("cp1252"), "a.txt")
    'café'
    >>> decode_bytes("Привет, мир! Это новости.".encode("cp1251"), "b.txt")
    'Привет, мир! Это новости.'
    """
    if not raw.strip():
        raise InputError(path, "empty file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise InputError(path, f"not valid {encoding.upper()} despite its byte-order mark") from None
    sample = raw[:_SAMPLE]
    if sample.count(0) > len(sample) // 10:
        return _utf16_without_bom(raw, path)
    # Stray NULs in text are dropped later, with the other control characters.
    controls = len(sample.translate(None, _NOT_CONTROL))  # counted in C, not byte by byte
    if controls > len(sample) * 0.05:
        raise InputError(path, "binary file (mostly control bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # The five bytes Windows-1252 leaves undefined carry no text: they are dropped.
    legacy = raw.decode("cp1252", errors="ignore")
    if _reads_as_western(legacy):
        return legacy
    detected = _detect(raw)
    if detected is None:
        raise InputError(path, "not UTF-8 and not in any text encoding kg recognises")
    return detected


def _utf16_without_bom(raw: bytes, path: str) -> str:
    """ASCII-range text in UTF-16 has a NUL in every other byte; anything else with NULs is binary."""
    sample = raw[:_SAMPLE]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) / 2
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.6 * half and others == 0:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                break
            if all(ch.isprintable() or ch in "\t\n\r\f" for ch in text[:_SAMPLE]):
                return text
            break
    raise InputError(path, "binary file (contains NUL bytes), not text")


def _reads_as_western(text: str) -> bool:
    """Whether text decoded as Windows-1252 reads as a Western language rather than as mojibake.

    Western words have a few accented letters among plain ones ("délégués"); Cyrillic, Greek or
    Japanese bytes read as Windows-1252 give words made of nothing but accented letters and signs.
    """
    accented = letters = 0
    for word in _WORD.findall(text):
        non_ascii = sum(1 for ch in word if not ch.isascii())
        if non_ascii:
            accented += non_ascii
            letters += len(word)
    return accented <= MAX_LEGACY_NON_ASCII * letters


def _detect(raw: bytes) -> str | None:
    import charset_normalizer  # only files that are neither UTF-8 nor Windows-1252 need it

    for match in charset_normalizer.from_bytes(raw):
        # Text without NULs is not UTF-16 or UTF-32, whatever a short sample may suggest.
        if match.encoding.startswith(("utf_16", "utf_32")):
            continue
        try:
            return raw.decode(match.encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return None
