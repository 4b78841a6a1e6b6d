"""Full synthetic briefs, built by hand, with every section filled.

The stages that fill provenance, claims, conflicts, quotes, entities, the
timeline and the summary live in other modules; the renderers are tested
against the data model with these hand-made briefs: a small story about a
bridge closure written for these tests, and a hostile variant whose every
string tries to break out of its HTML context.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.model import (
    Article,
    Brief,
    Claim,
    Conflict,
    ConflictValue,
    Credit,
    Derivation,
    Drift,
    Entity,
    Event,
    Provenance,
    Quote,
    QuotedPassage,
    QuoteMention,
    Removal,
    SharedPassage,
    Span,
    Speaker,
    StoryInfo,
    SummarySentence,
)
from storyline.segment import segment

#: Payloads that would run script or leave their context if not escaped.
HOSTILE = (
    '<script>window.__pwned = "script";</script>'
    '<img src=x onerror="window.__pwned = \'img\'">'
    '<a href="javascript:window.__pwned = \'link\'">click me</a>'
    "</style><style>body{display:none}</style>"
    "</script><!-- \u2028\u2029 \"' & <svg onload=\"window.__pwned='svg'\">"
)

_WIRE = (
    "Bridge closed after crack found in main span\n\n"
    "RIVERTON (Wirepoint) -- The Old Mill bridge in Riverton was closed on Monday after engineers found a "
    "crack in its main span, the city said. About 9,000 vehicles cross the bridge every day.\n\n"
    '"We will not reopen it until we are sure it is safe," city engineer Dana Okafor told reporters.\n\n'
    "A city official who asked not to be named said the crack had first been noticed in 2019.\n\n"
    "Repairs are expected to take six weeks."
)
_GAZETTE = (
    "The Old Mill bridge in Riverton was closed on Monday after engineers found a crack in its main span, "
    "the city said. About 12,000 vehicles cross the bridge every day.\n\n"
    '"We will not reopen it until we are sure it is safe," city engineer Dana Okafor told reporters.'
)
_BLOG = (
    "I drove over that bridge for years. Here is what Wirepoint reported:\n\n"
    "The Old Mill bridge in Riverton was closed on Monday after engineers found a crack in its main span.\n\n"
    "Nobody should be surprised, as the warning signs were there."
)
_HERALD = (
    "Riverton's mayor, Lena Brooks, said on Tuesday the city had acted as soon as it knew. "
    "She said repairs would take two months, not six weeks.\n\n"
    "Commuters faced long queues on the ring road, the Herald saw."
)


def _article(article_id: str, source: str, title: str, published: str, text: str, url: str,
             removed: tuple[Removal, ...] = (), quoted: tuple[QuotedPassage, ...] = ()) -> Article:
    return Article(id=article_id, text=text, title=title, source=source, url=url, published=published,
                   authors=("Staff",), language="en", removed=removed, quoted=quoted,
                   sentences=segment(text, quoted))


def _span(articles: dict[str, Article], article_id: str, phrase: str) -> Span:
    start = articles[article_id].text.index(phrase)
    return Span(article_id, start, start + len(phrase))


def make_brief(hostile: bool = False) -> Brief:
    """A brief with every section filled; ``hostile`` salts every string with :data:`HOSTILE`."""
    h = HOSTILE if hostile else ""
    ids = (("wire" + h, "Wirepoint" + h), ("gazette", "Riverton Gazette" + h), ("blog", "Bridge Watch" + h),
           ("herald", "Herald" + h))
    (wire, wire_name), (gazette, gazette_name), (blog, blog_name), (herald, herald_name) = ids
    texts = {wire: _WIRE + ("\n\n" + h if h else ""), gazette: _GAZETTE + ("\n\n" + h if h else ""),
             blog: _BLOG, herald: _HERALD + ("\n\n" + h if h else "")}
    blog_quote_start = texts[blog].index("The Old Mill")
    blog_quote = QuotedPassage(blog_quote_start, texts[blog].index("\n\nNobody"), "Wirepoint")
    url = "javascript:window.__pwned='url'" if hostile else "https://wirepoint.example/bridge"
    made = [
        _article(wire, wire_name, "Bridge closed after crack found in main span" + h, "2024-05-06", texts[wire], url),
        _article(gazette, gazette_name, "Old Mill bridge shut" + h, "2024-05-06T15:00", texts[gazette],
                 "https://gazette.example/old-mill",
                 removed=(Removal("Read more: five bridges to watch this winter" + h, "promo",
                                  len(texts[gazette])),)),
        _article(blog, blog_name, "The warning signs were there" + h, "2024-05-07", texts[blog],
                 "https://bridgewatch.example/p/1", quoted=(blog_quote,)),
        _article(herald, herald_name, "Mayor defends bridge closure" + h, "2024-05-07", texts[herald],
                 "https://herald.example/mayor",
                 removed=(Removal("Comments (2) Jo says: typical" + h, "comments", len(texts[herald])),)),
    ]
    articles = {a.id: a for a in made}

    def span(article_id: str, phrase: str) -> Span:
        return _span(articles, article_id, phrase)

    closed = "The Old Mill bridge in Riverton was closed on Monday after engineers found a crack in its main span"
    wire_closed, gazette_closed, blog_closed = span(wire, closed), span(gazette, closed), span(blog, closed)
    okafor = '"We will not reopen it until we are sure it is safe,"'
    provenance = Provenance(
        derivations=(
            Derivation(gazette, wire, "copy", 0.95, 0.9,
                       (SharedPassage(gazette_closed.start, gazette_closed.end, wire_closed.start, wire_closed.end),)),
            Derivation(blog, wire, "excerpt", 0.8, 0.4,
                       (SharedPassage(blog_closed.start, blog_closed.end, wire_closed.start, wire_closed.end),)),
        ),
        credits=(Credit(blog, texts[blog].index("Wirepoint reported"), texts[blog].index("Wirepoint reported") + 18,
                        "Wirepoint" + h, wire),),
        roles={wire: "origin", gazette: "copy", blog: "excerpt", herald: "independent"},
        groups={wire: wire, gazette: wire, blog: wire, herald: herald},
        origins=(wire, herald),
        drift=(Drift(span(gazette, "About 12,000 vehicles"), span(wire, "About 9,000 vehicles")),),
    )
    repairs_wire, repairs_herald = span(wire, "six weeks"), span(herald, "two months")
    return Brief(
        story=StoryInfo(title="Bridge closed after crack found in main span" + h, articles=len(made),
                        independent_origins=2, origins=(wire, herald)),
        articles=tuple(made),
        provenance=provenance,
        claims=(
            Claim("claim-closed", "The Old Mill bridge was closed after a crack was found." + h,
                  (wire_closed, gazette_closed, blog_closed), 2, 1),  # the blog quotes Wirepoint: no support
            Claim("claim-acted", "The mayor said the city acted as soon as it knew." + h,
                  (span(herald, "the city had acted as soon as it knew"),), 1, 1),
        ),
        conflicts=(
            Conflict("conflict-repairs", "number", "claim-repairs", 0.8, (
                ConflictValue("six weeks" + h, "P6W", (repairs_wire,), "origin"),
                ConflictValue("two months", "P2M", (repairs_herald,), "independent"),
            )),
            Conflict("conflict-traffic", "drift", "claim-traffic", 0.7, (
                ConflictValue("9,000", "9000", (span(wire, "9,000"),), "origin"),
                ConflictValue("12,000" + h, "12000", (span(gazette, "12,000"),), "derived"),
            ), aspect="number"),
        ),
        quotes=(
            Quote("quote-okafor", "direct", Speaker("Dana Okafor" + h, "entity-okafor", "city engineer"), "told",
                  "We will not reopen it until we are sure it is safe" + h,
                  (QuoteMention(span(wire, okafor), span(wire, "Dana Okafor"), span(wire, "told")),
                   QuoteMention(span(gazette, okafor), span(gazette, "Dana Okafor"), span(gazette, "told")))),
            Quote("quote-brooks", "indirect", Speaker("Lena Brooks", "entity-brooks", "mayor"), "said",
                  "repairs would take two months, not six weeks",
                  (QuoteMention(span(herald, "repairs would take two months, not six weeks")),)),
            Quote("quote-anon", "indirect", Speaker("A city official who asked not to be named" + h), "said",
                  "the crack had first been noticed in 2019",
                  (QuoteMention(span(wire, "the crack had first been noticed in 2019")),)),
        ),
        entities=(
            Entity("entity-okafor", "Dana Okafor" + h, "person", ("Okafor",), ("city engineer",),
                   (span(wire, "Dana Okafor"), span(gazette, "Dana Okafor"))),
            Entity("entity-riverton", "Riverton", "place", (), (), (span(wire, "Riverton"),)),
        ),
        timeline=(
            Event("2019", "year", "Crack first noticed, according to an unnamed official" + h,
                  (span(wire, "first been noticed in 2019"),)),
            Event("2024-05-06", "day", "Old Mill bridge closed after engineers find a crack",
                  (wire_closed, gazette_closed)),
            Event("2024-05-07", "day", "Mayor Lena Brooks defends the closure" + h,
                  (span(herald, "Riverton's mayor, Lena Brooks, said on Tuesday"),)),
            Event(None, "relative", "Repairs expected to take six weeks", (repairs_wire,)),
        ),
        summary=(
            SummarySentence("The Old Mill bridge in Riverton was closed on Monday after engineers found a crack." + h,
                            (wire_closed, gazette_closed, blog_closed), 2, 1),
            SummarySentence("Outlets disagree on how long repairs will take: six weeks or two months.",
                            (repairs_wire, repairs_herald), 2, 2),
        ),
    )


def brief_with_titled_speaker() -> Brief:
    """:func:`make_brief` whose first quote's speaker is written with its role ("city engineer Dana Okafor")."""
    brief = make_brief()
    okafor = brief.quotes[0]
    titled = replace(okafor, speaker=replace(okafor.speaker, text="city engineer Dana Okafor"))
    return replace(brief, quotes=(titled, *brief.quotes[1:]))
