"""URL canonicalisation: one article, one URL, however it was linked."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|amp)$", re.IGNORECASE)
_HOST = re.compile(r"^[a-z0-9.-]+(:\d{1,5})?$")


def canonical_url(raw: object) -> str | None:
    """The canonical form of an http(s) URL, or None when `raw` is not one.

    Lower-cases scheme and host, drops the fragment, tracking parameters and default ports, and
    percent-encodes what an IRI may not contain, so the result can be used as an IRI as it is.

    >>> canonical_url("HTTPS://www.Example.com:443/a b/?utm_source=x&id=2#top")
    'https://www.example.com/a%20b/?id=2'
    >>> canonical_url("javascript:alert(1)") is None
    True
    >>> canonical_url("https://example.com/100%25/%zz")
    'https://example.com/100%25/%25zz'
    """
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if not text or any(ord(ch) < 0x21 for ch in text.replace(" ", "")):
        return None
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower().rstrip(".")
    if not host or not _HOST.match(host) or "." not in host:
        return None
    scheme = parts.scheme.lower()
    netloc = host if port in (None, 80 if scheme == "http" else 443) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = _escape(parts.path or "/")
    return urlunsplit((scheme, netloc, path, _escape(query), ""))


def domain_of(url: str | None) -> str | None:
    """The host of a canonical URL without a leading `www.`: the publisher's web domain."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def clean_domain(raw: object) -> str | None:
    """A bare domain name from a front-matter `domain` field, or None when it is not one."""
    if not isinstance(raw, str):
        return None
    text = raw.strip().lower()
    if "://" in text:
        return domain_of(canonical_url(text))
    text = text.split("/")[0].rstrip(".")
    text = text[4:] if text.startswith("www.") else text
    return text if text and "." in text and _HOST.match(text) else None


# What a path or query may hold as it is (RFC 3987 ipath/iquery): unreserved and sub-delimiter ASCII,
# ':', '@', '/', '?', a '%' that starts a percent-escape, and the non-ASCII `ucschar` ranges less
# the bidi formatting characters RFC 3987 forbids. Everything else is percent-encoded as UTF-8.
_SAFE_ASCII = "A-Za-z0-9\\-._~!$&'()*+,;=:@/?"
_UCSCHAR = "\u00a0-\u200d\u2010-\u2029\u202f-\u2065\u206a-\ud7ff\uf900-\ufdcf\ufdf0-\uffef" + "".join(
    # plane 14 from E1000: RFC 3987 leaves out its language tags and variation selectors (E0000-E0FFF)
    f"{chr(0xE1000 if plane == 14 else plane << 16)}-{chr((plane << 16) + 0xFFFD)}"
    for plane in range(1, 15)
)
_UNSAFE = re.compile(f"[^{_SAFE_ASCII}{_UCSCHAR}%]|%(?![0-9A-Fa-f]{{2}})")


def _escape(text: str) -> str:
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), text)
