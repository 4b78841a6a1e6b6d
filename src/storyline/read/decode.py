"""Bytes to text: detect the encoding, never crash on bytes."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


class BinaryInput(ValueError):
    """The bytes are not text in any encoding we can recognise."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_FORMATS = (
    (b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP or Office (docx, xlsx, epub)"), (b"\xd0\xcf\x11\xe0", "legacy Office"),
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"{\\rtf", "RTF"), (b"BZh", "bzip2"), (b"\xfd7zXZ", "xz"), (b"(\xb5/\xfd", "zstd"),
)

_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


def looks_binary(data: bytes) -> bool:
    """True for bytes that are clearly not text (NUL bytes, many control codes)."""
    head = data[:8192]
    if not head or any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.05


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``.

    Order: byte-order mark, strict UTF-8, a declared charset, then
    charset-normalizer's best guess. Raises :class:`BinaryInput` for bytes
    that are not text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    for magic, kind in _FORMATS:
        if data.startswith(magic):
            raise BinaryInput(f"a {kind} file, not text (extract its text first)")
    if looks_binary(data):
        raise BinaryInput("binary content, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    encoding = _guess(data[:200_000])
    if encoding is None:
        raise BinaryInput("undecodable bytes in no known text encoding")
    return data.decode(encoding, errors="replace"), encoding


def _guess(data: bytes) -> str | None:
    """charset-normalizer's guess, with ties broken towards Windows-1252.

    On short Western text several single-byte code pages fit equally well
    (cp1250 reads "café" right but "São" as "Săo"); cp1252 is what browsers
    assume for unlabelled legacy pages, so among equally good guesses it wins.
    """
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    for match in results:
        tied = match.chaos <= best.chaos and match.coherence >= best.coherence - 0.02
        if tied and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return best.encoding
