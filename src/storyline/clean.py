"""Cut what is not the article, keep an audit trail, and mark quoted passages.

Scraped text carries reader comments, promos, share lines, sign-offs,
artefacts, and bylines and date lines under the headline. Each is removed with
its text and reason (``comments``, ``promo``, ``boilerplate``, ``signoff``,
``artefact``, ``byline``, ``date``). Precision comes first: a rule
only fires on a short paragraph that matches it from its first word (one
sentence, or the few lines of a known site notice), on a comment section
that announces itself (a header, or timestamps and Reply lines), or on an
editor's note opening the text, so an article sentence stays. Measured over
2,611 real articles by ``benchmarks/audit_clean.py`` (see ARCHITECTURE.md).

Passages the article quotes from another report (an HTML ``<blockquote>``,
``>``-marked blocks, or the paragraphs, indented or not, after "From the
Post's report:") are kept and marked with the quoted outlet when named.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from itertools import takewhile

from .model import Article, Document, QuotedPassage, Removal
from .read.metadata import DATE_LINE, date_in_name, date_in_text, dateline, outlet_from_url
from .segment import PARAGRAPH, segment, sentence_spans
from .sourcename import is_named_outlet, name_from_path

_I = re.IGNORECASE

# A comment-section header. Bare words that are also article subheads
# ("Reactions", "Discussion", "Responses") only count with a number.
COMMENTS_HEADER = re.compile(
    r"^(?:\d+\s+)?(?:reader\s+|user\s+)?comments?(?:\s*\(\d+\))?\s*:?$"
    r"|^(?:\d+\s+(?:responses?|replies|reactions)|(?:responses?|replies|reactions)\s*\(\d+\))\s*:?$"
    r"|^(?:leave a (?:comment|reply)|join the (?:discussion|conversation)|post a comment"
    r"|add (?:a|your) comment|show comments|view (?:all )?comments|comments are closed\.?"
    r"|\d+ (?:thoughts|comments|responses) (?:on|to) .{0,200})\s*:?$",
    _I,
)
# Lines of a comment thread, by kind: who wrote (which an article's "The mayor
# said:" also matches), when, and the thread's buttons.
_COMMENT_META = (
    ("author", re.compile(r"^\S.{0,60}?\s(?:says|said|wrote|commented|replied):?$|^posted by .{1,60}$"
                          r"|^(?:in )?reply to .{1,60}$|^↳.{1,60}$", _I)),
    ("time", re.compile(r"^.{0,60}\b(?:\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$"
                        r"|^(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4})(?:,?\s+at)?\s+"
                        r"\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?$", _I)),
    ("action", re.compile(r"^(?:reply|like\s*[·|•]\s*reply.*|report(?: abuse)?|\d+ (?:likes?|replies|points?)"
                          r"|(?:up|down)vote|flag|share|permalink)$", _I)),
)


@dataclass(frozen=True)
class _Rule:
    """A kind of non-article paragraph, matched from its first word.

    A paragraph is cut only when it has at most ``max_words`` words and
    ``max_sentences`` sentences; ``headline_words`` further limits paragraphs
    that end like a sentence (a full stop), since after "Related:" a long
    full sentence is more likely the article resuming than a linked
    headline; ``vocabulary``, when given, must occur after the match in
    paragraphs of more than three words.
    """

    reason: str
    pattern: re.Pattern[str]
    max_words: int = 30
    headline_words: int | None = None
    max_sentences: int = 1
    vocabulary: re.Pattern[str] | None = None


_PLATFORMS = r"(?:twitter|facebook|instagram|x|threads|bluesky|mastodon|linkedin|tiktok|youtube)"
_RULES: tuple[_Rule, ...] = (
    _Rule("promo", re.compile(
        r"^(?:read more|related(?: coverage| stories| articles)?|see also|more on this(?: story)?"
        r"|recommended(?: for you)?|also read|must read|most read|trending(?: now)?|up next"
        r"|more from [\w ]{1,30}|you may also like|don['’]?t miss|do not miss)\b\s*(?:[:»>|-]|$)",
        _I), max_words=25, headline_words=12),
    _Rule("promo", re.compile(
        r"^(?:sign up|subscribe|get (?:our|the) .{0,40}newsletter|never miss|download (?:our|the) app"
        r"|get the (?:latest|best|news)|become a (?:member|subscriber)|support (?:our|independent) "
        r"journalism)\b", _I), vocabulary=re.compile(
        r"newsletter|inbox|e-?mails?\b|updates|offers|alerts|subscri|free\b|digital|access|podcast|\bapp\b"
        r"|delivered|sign up|signing up|privacy", _I)),
    _Rule("promo", re.compile(
        r"^(?:advertisement|sponsored(?: content)?|promoted(?: stories)?|paid content"
        r"|story continues below(?: advertisement)?|continue reading(?: below| the main story)?"
        r"|scroll to continue.*|article continues (?:after|below).*)\s*$", _I)),
    _Rule("promo", re.compile(
        r"^(?:watch|tune in to|catch|stream|listen to)\b.{0,160}\b(?:on|at)\b.{0,80}"
        r"(?:\d\s*(?:[ap]\.?m\.?)|\b(?:ET|PT|tonight|live|weeknights|weekdays|"
        r"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b)", _I), max_words=35),
    _Rule("boilerplate", re.compile(
        r"^(?:share(?: this(?: article| story| page)?)?|tweet|e-?mail|print|copy link|save)"
        r"(?:\s*(?:[|·•/,]|\bon\b)?\s*(?:share|tweet|e-?mail|print|facebook|twitter|x|whatsapp|"
        r"linkedin|reddit|pinterest|copy link|comment|save))*\s*$", _I)),
    _Rule("boilerplate", re.compile(
        r"^(?:©|\(c\)|copyright\b).{0,160}$|^all rights reserved\.?$"
        r"|^this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated|corrected)"
        r"|^(?:skip to (?:main )?content|image \d+ of \d+|enlarge this image|toggle caption"
        r"|loading\.*|close|expand)$", _I)),
    _Rule("boilerplate", re.compile(  # captions and credits: short, or they swallowed article text
        r"^(?:photo|image|video|file photo|picture)(?: credit)?:|^(?:image|photo) (?:copyright|caption)",
        _I), max_words=20),
    _Rule("boilerplate", re.compile(  # notices of social, video and news sites' pages, scraped as text,
        # each with no more after it than its own few lines ("Learn more", "Please try again later.")
        r"^(?:tweet with a location\b.{0,300}"
        r"|we['’]ve detected that javascript is disabled\b.{0,100}"
        r"|(?:dow jones )?reprints?: this copy is for your personal,? non-commercial use\b.{0,260}"
        r"|this will appear next to all of your comments\b.{0,80}"
        r"|rating is available when the video has been rented\b.{0,90}"
        r"|sorry, this zip ?code is not in our deliverable area\b.{0,150})\W*$", _I | re.S),
        max_words=70, max_sentences=4),
    _Rule("signoff", re.compile(
        r"^(?:\(?(?:additional )?reporting by|writing by|editing by|compiled by|edited by)\b"
        r"|^(?:contact|email|reach) (?:the|this) (?:author|reporter|writer)\b"
        r"|^(?:follow|like) (?:us|me|him|her|them|@?[\w.]+(?: [\w.]+)?) on " + _PLATFORMS
        + r"(?:\s*(?:,|and|&)\s*" + _PLATFORMS + r")*(?:\s*(?:at\s*)?@\w+)?\W*$"
        r"|^@\w{2,30}$|^follow @\w+\W*$"
        r"|^[A-Z][\w.' -]{1,40} (?:is|covers) .{0,140}\b(?:follow|reach) (?:him|her|them)\b", _I),
        max_words=45, max_sentences=3),
)
_INNER_STOP = re.compile(r"[!?][\"”’']?\s+\w")  # "Thanks for signing up! the mayor said..."
_SIGNOFF_NAME = re.compile(r"^(?:—|--|–)\s*[A-Z][a-z]+(?: [A-Z][a-z.]+){0,3}\s*$")
# Newsroom notes left in wire copy: "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)", "(END OPTIONAL TRIM)"
_NEWSROOM_NOTE = r"\((?=[A-Z_\s.]*\b(?:STORY|OPTIONAL|TRIM|EDITORS?|MORE|ENDS?)\b)[A-Z][A-Z_\s.,;:'-]{2,80}\)"
# A line that is nothing but a link, as scrapers leave the page's address above the headline.
_BARE_LINK = r"(?m:^[ \t]*<?(?:https?://|www\.)\S+?>?[ \t]*(?:\n|$))"
ARTEFACTS = re.compile(
    r"\[email(?:&#160;|\xa0| )protected\]|\(function\s*\(\)\s*\{.*?\}\)\(\);?"
    r"|/\*\s*<!\[CDATA\[.*?\]\]>\s*\*/|\bADVERTISEMENT\b|" + _NEWSROOM_NOTE + "|" + _BARE_LINK,
    re.S,
)
_ARTEFACT_HINT = re.compile(r"protected\]|function|CDATA|ADVERTISEMENT|STORY|OPTIONAL|TRIM|EDITOR|MORE\)|END"
                            r"|https?://|www\.")
QUOTE_INTRO = re.compile(
    r"^(?:(?i:from|according to|here(?:'s|’s| is)|as|via|in)\b.{0,120}"
    r"\b(?:report|story|article|piece|account|coverage|wrote|writes|reported|reports|notes)"
    r"|(?:the\s+)?[A-Z][\w.&' ]{1,60}?\s(?:reported|reports|wrote|writes|notes)"
    r"(?:\s+(?:that|on \w+|this|earlier))?"
    r"|(?i:according to)\s+(?:the\s+)?[A-Z][\w.&' ]{1,60})\s*:\s*$"
)
_NAME = r"[A-Z][\w.&'-]*(?:\s+(?:of\s+|&\s+|and\s+)?[A-Z][\w.&'-]*){0,4}"
_REPORTED = r"(?:reported|reports|wrote|writes|said|says|notes|noted|found|has|had)"
# Tried in order; the first that names someone wins.
_INTRO_OUTLETS = (
    re.compile(r"\b(?:the\s+)?(" + _NAME + r")(?:'s|’s)\s+(?:\w+\s+){0,2}?"
               r"(?:report|story|article|piece|account|coverage|reporting|write-up|interview)"),
    re.compile(r"\bwhat\s+(?:the\s+)?(" + _NAME + r")\s+" + _REPORTED),
    re.compile(r"\b(?i:as)\s+(?:the\s+)?(" + _NAME + r")\s+" + _REPORTED),
    re.compile(r"\b(?i:from|according to|via|in|by)\s+(?:the\s+)?(" + _NAME + r")"),
    re.compile(r"^(?:the\s+)?(" + _NAME + r")\s+" + _REPORTED),
)
_NOT_OUTLETS = {"here", "it", "that", "this", "there", "what", "he", "she", "they", "we", "i"}
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|me|my|we|our|us)\b")


@dataclass
class _Paragraph:
    text: str
    start: int  # offset in the document text
    end: int
    removal: str | None = None
    quoted: bool = False
    quoted_source: str | None = None


def _paragraphs(text: str) -> list[_Paragraph]:
    """Paragraphs (blank-line separated) and, inside them, single lines when
    they look like separate items of a comment thread."""
    out = []
    for match in PARAGRAPH.finditer(text):
        block = match.group()
        if not block.strip():
            continue
        out.append(_Paragraph(block, match.start(), match.end()))
    return out


def _meta_kinds(paragraph: str) -> set[str]:
    """Which kinds of comment-thread lines (author, time, action) a paragraph holds."""
    kinds = set()
    for line in paragraph.split("\n"):
        line = line.strip()
        if 0 < len(line) <= 100:
            kinds.update(kind for kind, pattern in _COMMENT_META if pattern.match(line))
    return kinds


def _comment_section_start(paragraphs: list[_Paragraph]) -> int | None:
    """Index of the first paragraph of an appended reader-comment section.

    Either an explicit header ("Comments (3)"), or a run of comment metadata
    from some paragraph to the end: at least two paragraphs with metadata,
    a quarter of the rest, and more than author lines ("X says:" alone is
    also how articles introduce a quote).
    """
    for index, paragraph in enumerate(paragraphs):
        first_line = paragraph.text.strip().split("\n", 1)[0].strip()
        if index > 0 and COMMENTS_HEADER.match(first_line):
            return index
    kinds = [_meta_kinds(paragraph.text) for paragraph in paragraphs]
    for index in range(1, len(paragraphs)):
        if not kinds[index]:
            continue
        rest = kinds[index:]
        with_meta = sum(1 for found in rest if found)
        if with_meta >= 2 and with_meta / len(rest) >= 0.25 and set().union(*rest) - {"author"}:
            return index
    return None


def _rule_reason(paragraph: str) -> str | None:
    """Why a paragraph is not article text, or None."""
    stripped = paragraph.strip()
    words = len(stripped.split())
    if _SIGNOFF_NAME.match(stripped):
        return "signoff"
    for rule in _RULES:
        match = rule.pattern.match(stripped) if words <= rule.max_words else None
        if not match:
            continue
        if rule.headline_words and words > rule.headline_words and stripped.endswith((".", ".\"", ".”")):
            continue
        if rule.vocabulary and words > 3 and not rule.vocabulary.search(stripped, match.end()):
            continue
        if (rule.max_sentences == 1 and _INNER_STOP.search(stripped)) or \
                len(sentence_spans(stripped)) > rule.max_sentences:
            continue
        return rule.reason
    return None


def intro_outlet(line: str) -> str | None:
    """The outlet an intro line such as "From the Post's report:" names."""
    for pattern in _INTRO_OUTLETS:
        for match in pattern.finditer(line):
            name = re.sub(r"^(?:The|From|According|Here|As)\s+", "", match.group(1)).strip(" .,'’")
            if name and name.lower() not in _NOT_OUTLETS:
                return name
    return None


def _mark_quoted(paragraphs: list[_Paragraph], blockquotes: tuple[tuple[int, int], ...]) -> None:
    """Mark paragraphs quoted by markup (``<blockquote>``, ``>``) or by an intro line.

    Indentation alone is not a quote (plain-text lists and tables are indented
    too); an indented run right after an intro line is.
    """
    indented: set[int] = set()
    for paragraph in paragraphs:
        if any(start < paragraph.end and paragraph.start < end for start, end in blockquotes):
            paragraph.quoted = True
        lines = [line for line in paragraph.text.split("\n") if line.strip()]
        if lines and all(line.lstrip().startswith(">") for line in lines):
            paragraph.quoted = True
        elif lines and all(line.startswith(("    ", "\t")) for line in lines):
            indented.add(id(paragraph))
    kept = [p for p in paragraphs if p.removal is None]
    for index, paragraph in enumerate(kept):
        if not QUOTE_INTRO.match(paragraph.text.strip()):
            continue
        source = intro_outlet(paragraph.text.strip())
        following = kept[index + 1 : index + 13]
        run = list(takewhile(lambda p: p.quoted or id(p) in indented, following))
        if run:
            for p in run:
                p.quoted, p.quoted_source = True, p.quoted_source or source
            continue
        for p in following:
            if QUOTE_INTRO.match(p.text.strip()) or _FIRST_PERSON.search(_outside_quotes(p.text)):
                break
            p.quoted, p.quoted_source = True, source
        # A quote block followed by nothing of the author's own would be the
        # whole rest of the article: only trust it when the author speaks again.
        if following and all(p.quoted for p in following) and len(following) == len(kept) - index - 1:
            for p in following:
                p.quoted, p.quoted_source = False, None


def _outside_quotes(text: str) -> str:
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", text)


def _strip_quote_marker(text: str) -> str:
    return "\n".join(re.sub(r"^\s*>\s?|^(?:    |\t)", "", line) for line in text.split("\n"))


def content_id(text: str, source: str | None, url: str | None) -> str:
    """Stable id: a hash of the normalised text and where it was published."""
    normal = " ".join(text.split()).lower()
    key = f"{normal}\x00{url or source or ''}".encode()
    return hashlib.sha1(key).hexdigest()[:12]


def content_key(article: Article) -> str:
    """What makes two articles the same: text, and URL or outlet when known (not the file name)."""
    known = article.source if is_named_outlet(article.source, article.path) else None
    return content_id(article.text, known, article.url)


def _head_lines_apart(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """A byline or date line glued by a single newline to the text under it ("By Jane Doe\n
    HARWICK -- ...") as a paragraph of its own, so that it is cut like one."""
    out: list[_Paragraph] = []
    for index, paragraph in enumerate(paragraphs):
        line, newline, rest = paragraph.text.partition("\n")
        head = line.strip()
        byline = _BYLINE.match(head)
        named = byline is not None and all(w[:1].isupper() for w in re.split(r",? and |, | ", byline.group(1)))
        if index < 3 and newline and rest.strip() and (named or DATE_LINE.match(head)):
            cut = paragraph.start + len(line) + 1
            out += [_Paragraph(line, paragraph.start, cut - 1), _Paragraph(rest, cut, paragraph.end)]
        else:
            out.append(paragraph)
    return out


def clean(document: Document) -> Article:
    """Clean, mark and segment one document into an :class:`Article`."""
    paragraphs = _head_lines_apart(_paragraphs(document.text))
    comments_at = _comment_section_start(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if comments_at is not None and index >= comments_at:
            paragraph.removal = "comments"
        elif index < 3 and _BYLINE.match(paragraph.text.strip()):
            paragraph.removal = "byline"
        elif index < 3 and DATE_LINE.match(paragraph.text.strip()):
            paragraph.removal = "date"
        else:
            paragraph.removal = _rule_reason(paragraph.text)
    _mark_quoted(paragraphs, document.blockquotes)

    pieces: list[str] = []
    removed: list[Removal] = []
    quoted: list[QuotedPassage] = []
    length = 0
    comment_texts: list[str] = []
    for paragraph in paragraphs:
        if paragraph.removal == "comments":
            comment_texts.append(paragraph.text.strip())
            continue
        if paragraph.removal:
            removed.append(Removal(paragraph.text.strip(), paragraph.removal, length))
            continue
        body = paragraph.text.strip("\n")
        if paragraph.quoted:
            body = _strip_quote_marker(body)
        note = None
        if not pieces:
            body, note = _cut_editors_note(body.strip(), alone=paragraph is paragraphs[-1])
        body, inline = _cut_artefacts(body.strip())
        inline = [(note, 0), *inline] if note else inline
        if not body.strip():
            removed.extend(Removal(text, "artefact", length) for text, _ in inline)
            continue
        if pieces:
            pieces.append("\n\n")
            length += 2
        removed.extend(Removal(text, "artefact", length + at) for text, at in inline)
        if paragraph.quoted:
            quoted.append(QuotedPassage(length, length + len(body), paragraph.quoted_source))
        pieces.append(body)
        length += len(body)
    if comment_texts:
        removed.append(Removal("\n\n".join(comment_texts), "comments", length))
    text = "".join(pieces)
    return _with_metadata(document, text, tuple(removed), _merge_quoted(quoted, text))


_BYLINE = re.compile(r"^(?:by|(?:posted|published|written)\b.{0,40}?\bby)\s+"
                     r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:(?:,| and) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*)"
                     r"\s*$", _I)


def byline_credit(removed: tuple[Removal, ...]) -> tuple[tuple[str, ...], str | None]:
    """Authors and outlet named by the byline line cleaning cut ("By Ann Lee", "Posted ... by
    Sam Ortiz, The Civic Desk"): a last name starting with "The" is the outlet, not an author."""
    for removal in removed:
        match = _BYLINE.match(removal.text) if removal.reason == "byline" else None
        if match:
            names = [name.strip() for name in re.split(r",| and ", match.group(1)) if name.strip()]
            if len(names) > 1 and names[-1].startswith("The "):
                return tuple(names[:-1]), names[-1]
            return tuple(names), None
    return (), None


#: An editor's note opening wire copy ("Eds: UPDATES with four more deaths in Poland AP Photo ...").
_EDITORS_NOTE = re.compile(r"^(?:eds?|editors?|editor['’]s note)\s*:\s", re.IGNORECASE)
#: The wire dateline an editor's note runs into ("... Associated Press Writer BUCHAREST, Romania (AP) _").
_WIRE_DATELINE = re.compile(r"(?<![\w,])[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][\w.' -]{1,30}?)?"
                            r"\s*\((?:AP|Reuters|AFP|UPI|dpa)\)\s*[-–—_]")
#: Without a dateline after it, a note is cut only when it says what a note says, in one sentence
#: ("Editor's note: This story was updated at 1:55 p.m."); "Editor's note: The mayor said ..." is news.
_NOTE_WORDING = re.compile(r"\b(?:updated|corrected|correction|contains|graphic|language|part of a series"
                           r"|opinions?|views|contributor|originally (?:appeared|published|ran)"
                           r"|this (?:story|article|report|column|piece|version))\b", re.IGNORECASE)


def _cut_editors_note(body: str, alone: bool) -> tuple[str, str | None]:
    """The text without an editor's note opening it, and the note: up to the wire dateline the
    note runs into, or the whole paragraph when it is one sentence of note wording and not
    ``alone`` (the article's only paragraph)."""
    if not _EDITORS_NOTE.match(body):
        return body, None
    wire = _WIRE_DATELINE.search(body, 0, 600)
    if wire:
        return body[wire.start():], body[:wire.start()].strip()
    if not alone and len(sentence_spans(body)) == 1 and _NOTE_WORDING.search(body):
        return "", body
    return body, None


def _cut_artefacts(body: str) -> tuple[str, list[tuple[str, int]]]:
    """Remove inline scraping artefacts; returns the text and (artefact, offset) pairs."""
    if not _ARTEFACT_HINT.search(body):  # a cheap literal scan spares the full pattern
        return body, []
    cut: list[tuple[str, int]] = []
    out: list[str] = []
    cursor = 0
    length = 0
    for match in ARTEFACTS.finditer(body):
        out.append(body[cursor:match.start()])
        length += match.start() - cursor
        cut.append((match.group(), length))
        cursor = match.end()
    out.append(body[cursor:])
    if not cut:
        return body, cut
    text = re.sub(r"[ \t]{2,}", " ", "".join(out))
    return text, [(artefact, min(at, len(text))) for artefact, at in cut]


def _merge_quoted(passages: list[QuotedPassage], text: str) -> tuple[QuotedPassage, ...]:
    """Join adjacent quoted paragraphs of the same source into one passage."""
    merged: list[QuotedPassage] = []
    for passage in passages:
        if merged and merged[-1].source == passage.source and \
                not text[merged[-1].end : passage.start].strip():
            merged[-1] = QuotedPassage(merged[-1].start, passage.end, passage.source)
        else:
            merged.append(passage)
    return tuple(merged)


def _own_file(path: str | None) -> str | None:
    """A document's file name when the file is the article's own: not one record of a feed
    or crawl ("feed.jsonl:7", "crawl.warc.gz:<url>"), whose name says nothing of its date."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1] if path else ""
    return name if name and not re.search(r"[:\[]", name) else None


def _with_metadata(document: Document, text: str, removed: tuple[Removal, ...],
                   quoted: tuple[QuotedPassage, ...]) -> Article:
    """Fill outlet and date from the text when the input had none.

    The outlet: the input's own (site name, record field), else its web domain,
    else the outlet its byline names, else a wire dateline, else the file name.
    The date: the input's own, else a date line near the top, else a date in the
    URL or the file name.
    """
    _, wire, _ = dateline(text)
    authors, byline_outlet = byline_credit(removed)
    known = document.source or outlet_from_url(document.url) or byline_outlet or wire
    heads = "\n\n".join(r.text for r in removed if r.reason in ("byline", "date"))
    published = (document.published or date_in_text(f"{heads}\n\n{text}" if heads else text)
                 or date_in_name(document.url, url=True) or date_in_name(_own_file(document.path)))
    return Article(
        id=document.id or content_id(text, known, document.url),
        text=text,
        title=document.title,
        source=known or name_from_path(document.path),
        url=document.url,
        published=published,
        authors=document.authors or authors,
        language=document.language,
        path=document.path,
        removed=removed,
        quoted=quoted,
        sentences=segment(text, quoted),
    )
