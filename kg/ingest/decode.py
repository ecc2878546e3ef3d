"""Bytes to text: UTF-8 (with or without BOM) first, other encodings detected, binaries refused."""

from __future__ import annotations

from kg.errors import InputError

_TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def decode_bytes(raw: bytes, path: str) -> str:
    """Decode a file's bytes as text, or raise InputError saying why it is not text.

    Empty files, NUL bytes and control-character noise mean "not an article"; text that is not
    UTF-8 is decoded as UTF-16 (when it has a BOM) or as Windows-1252, the usual legacy encoding.
    """
    if not raw.strip():
        raise InputError(path, "empty file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "not valid UTF-16 despite its byte-order mark") from None
    if b"\x00" in raw[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    sample = raw[:8192]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if controls > len(sample) * 0.05:
        raise InputError(path, "binary file (mostly control bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 and not in a recognised text encoding") from None
