"""Explicit credits: the phrases by which an article credits its reporting to an outlet.

"told Reuters", "according to the New York Times", "as first reported by the
Post", "the Post's Jane Doe reported", "Northwire reported", "From the
Guardian's story:", a wire dateline "HARWICK (AP) --". Phrases like "according
to the fire service" name a source that is not an outlet: a name counts as an
outlet only when it is one of the story's articles, a well-known news outlet,
or carries a newsroom word (Times, Post, News, Wire, ...). A credited outlet
that publishes one of the story's articles is linked to that article; an
article naming its own outlet ("told the Courier") is not a credit.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..model import Article, Credit
from ..read.metadata import dateline

_NAME = r"(?:[A-Z][\w&.'’-]*)(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w&.'’-]*){0,4}"
_OUTLET = rf"(?:the\s+)?(?P<outlet>{_NAME})"
_PATTERNS = (
    re.compile(rf"\btold\s+{_OUTLET}"),
    re.compile(rf"\b[Aa]ccording to\s+(?:(?:a|an)\s+(?:report|story|article)\s+(?:in|by|from)\s+)?{_OUTLET}"),
    re.compile(rf"\b(?:(?:[Aa]s\s+)?(?:first\s+)?reported\s+(?:first\s+)?by|[Cc]ited\s+by|[Vv]ia)\s+{_OUTLET}"),
    re.compile(rf"(?:^|(?<=[\s(\"“]))(?:[Tt]he\s+)?(?P<outlet>{_NAME})(?:['’]s\s+{_NAME})?,?\s+"
               rf"(?:first\s+|previously\s+|earlier\s+)?(?:reported|reports|wrote|writes|said in a report)\b"),
    re.compile(rf"^[Ff]rom\s+(?:the\s+)?(?P<outlet>{_NAME})['’]s\s+(?:report|story|article|piece|coverage)",
               re.MULTILINE),
)
_NEWSROOM = re.compile(
    r"\b(?:times|post|news|herald|tribune|journal|gazette|daily|ledger|courier|wire|press|telegraph|"
    r"chronicle|guardian|observer|independent|standard|mail|mirror|sun|star|globe|examiner|inquirer|"
    r"register|review|bulletin|dispatch|reporter|record|sentinel|monitor|express|agency|network|radio|tv|"
    r"television|broadcasting|magazine|weekly|blog|desk|newswire|report)\b", re.I)
_KNOWN = {
    "ap": "associated press", "associated press": "associated press", "reuters": "reuters",
    "afp": "agence france-presse", "agence france-presse": "agence france-presse",
    "bloomberg": "bloomberg", "bbc": "bbc", "cnn": "cnn", "nbc": "nbc", "cbs": "cbs", "abc": "abc",
    "npr": "npr", "politico": "politico", "axios": "axios", "upi": "upi", "dpa": "dpa", "xinhua": "xinhua",
    "efe": "efe", "ansa": "ansa", "kyodo": "kyodo", "tass": "tass", "al jazeera": "al jazeera",
    "nyt": "new york times", "wsj": "wall street journal", "ft": "financial times",
}
_NOT_OUTLETS = re.compile(r"\b(?:police|service|department|ministry|officials?|spokes\w+|company|council|"
                          r"court|university|hospital|government|army|office|authority|authorities)\b", re.I)


def normal_name(name: str) -> str:
    """Lower-case, no leading "the", no possessive, no punctuation or spaces: "thenewyorktimes"."""
    name = re.sub(r"['’]s$", "", name.strip())
    name = re.sub(r"^(?:the)\s+", "", name, flags=re.I).lower()
    name = _KNOWN.get(name, name)
    return re.sub(r"[^a-z0-9]+", "", name)


def outlet_names(article: Article) -> set[str]:
    """Normalised names an article's outlet goes by: its source, URL domain, title suffix."""
    names = set()
    if article.source:
        names.add(normal_name(article.source))
        if "." in article.source and " " not in article.source:
            names.add(normal_name(article.source.split(".")[0]))
    if article.url:
        host = (urlsplit(article.url if "//" in article.url else "//" + article.url).hostname or "")
        host = host.removeprefix("www.")
        if host:
            names.add(normal_name(host.split(".")[0]))
    if article.title:
        suffix = re.search(r"\s[|–—-]\s([^|–—-]{2,40})$", article.title)
        if suffix:
            names.add(normal_name(suffix.group(1)))
    names.discard("")
    return names


def _lookup(normal: str, known: dict[str, str]) -> str | None:
    """The article whose outlet the normalised name is, allowing a short form ("Courier")."""
    if normal in known:
        return known[normal]
    if len(normal) >= 4:
        for name, article in known.items():
            if name.endswith(normal):
                return article
    return None


def _is_outlet(name: str, known: dict[str, str]) -> bool:
    normal = normal_name(name)
    if _lookup(normal, known) or normal in {re.sub(r"[^a-z0-9]+", "", v) for v in _KNOWN.values()}:
        return True
    return bool(_NEWSROOM.search(name)) and not _NOT_OUTLETS.search(name)


def _trim(name: str) -> str:
    """Drop a trailing possessive and words that follow a name but are not part of it."""
    name = re.sub(r"['’]s\b.*$", "", name)
    return re.sub(r"\s+(?:On|In|That|This|Last|Earlier|Reporter|Correspondent)\b.*$", "", name).strip()


def find_credits(articles: list[Article]) -> tuple[Credit, ...]:
    """Every credit of every article, linked to the article of the credited outlet when present."""
    known: dict[str, str] = {}
    for article in sorted(articles, key=lambda a: (a.published is None, a.published or "", a.id)):
        for name in outlet_names(article):
            known.setdefault(name, article.id)
    credits: dict[tuple[str, int, int], Credit] = {}
    for article in articles:
        own = outlet_names(article)
        found: list[tuple[int, int, str]] = []
        wire, at = _dateline(article.text)
        if wire:
            found.append((at - 1, at + len(wire) + 1, wire))
        for pattern in _PATTERNS:
            for match in pattern.finditer(article.text):
                name = _trim(match.group("outlet")).rstrip(".,;:")
                if name:
                    found.append((match.start(), match.end(), name))
        for start, end, name in found:
            normal = normal_name(name)
            if not normal or _lookup(normal, {o: "" for o in own}) is not None or not _is_outlet(name, known):
                continue
            key = (article.id, start, end)
            if key not in credits:
                credits[key] = Credit(article.id, start, end, name, _lookup(normal, known))
    return tuple(sorted(credits.values(), key=lambda c: (c.article, c.start, c.end)))


def _dateline(text: str) -> tuple[str | None, int]:
    """The outlet of a wire dateline opening one of the first three paragraphs, and its offset."""
    at = 0
    for _ in range(3):
        _, wire, end = dateline(text[at:])
        if wire:
            return wire, text.lower().index(wire.lower(), at, at + end)  # "( ap )" in lower-cased text
        following = text.find("\n\n", at)
        if following < 0:
            break
        at = following + 2
    return None, 0


def self_dateline(article: Article) -> bool:
    """True when the article opens with a dateline naming its own outlet: a wire original."""
    wire, _ = _dateline(article.text)
    return bool(wire) and normal_name(wire) in outlet_names(article)
