"""Word lists of attribution: cue verbs, speaker openers, adjuncts.

The cue list is hand written; which verbs made it in (and which frequent but
unreliable ones, such as "show" or "know", did not) was decided by measuring
how often each word is an annotated cue in the PolNeAR training split.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SPEECH = """
said says say saying told tells tell telling added adds adding wrote writes write writing
asked asks asking noted notes noting reported reports reporting announced announces announcing
argued argues argue arguing tweeted tweets tweeting denied denies deny denying claimed claims
claiming stated explained explains explaining acknowledged acknowledges acknowledging
insisted insists insisting warned warns warning suggested suggests suggesting suggest declared
declares recalled recalls recalling replied replies responded confirmed confirms admitted admits
admitting predicted predicts promised promises vowed vows vowing pledged pledges stressed stresses
emphasized emphasised emphasizes concluded concludes conceded concedes contended contends
maintained maintains complained complains complaining revealed observed remarked countered
cautioned urged urges urging posted disclosed estimated alleged alleges alleging assured boasted
joked quipped shouted testified agreed agrees accused accuses accusing blasted criticized
criticised criticizing described describes describing dismissed denounced praised praising
questioned rejected defended cited cites citing indicated indicates mentioned announced reiterated repeated
objected protested demanded proposed declined refused charged blamed slammed decried lamented
conceded speculated asserted affirmed wrote emailed messaged texted
exclaimed confessed barked conclude assures mocks quipped scoffed snapped retorted
"""
#: Verbs of thinking rather than saying.
_THINKING = """learned believes believe believed thinks feared fears hopes hoped expects worried wondered
think thought thinking hope knew knows feel felt"""
#: More cue verbs: words annotated as cues in at least 35% of their uses in PolNeAR train
#: (four uses or more), then those at 25-35% with five uses or more (nouns and adjectives left out).
_MEASURED = """
called calling expected continued found endorsed showed shows seemed calls appeared expressed
pointed seems referring supported offered sought appears opposed seeking attacked issued talked named
considered hoping pushed shown pointing reportedly sees promising ordered referred echoed finds pushing
discussed mocked questioning identified seeks listed declaring denouncing stating challenged condemned deemed
nominated defending reminded voiced sounded requested portrayed discussing expecting highlighted touted railed
encouraged pressed estimates pleaded thanked slams refusing threatened projected preferred praises answered
highlighting predicting touting endorsing remembered angered embraced signaled approved ruled repeating hints
presented proposing retweeted quoted endorses chanted worries reminding refuses assailed applauded referenced
welcomed forecast wonder rattled recommended dismissing blasting reveals championed mentioning thanking
pledging bemoaned blasts apologized attributed slamming implied believing threatening likened mocking
remarking sided invoked focuses documented commented mentions detailing echoing naming asserting emphasizing
yelled weighed avoided lambasted considers responds distanced balked rebuked referencing demanding impressed
interjected implying derided realized lashed informed persuaded recounted regarded blaming pressing labeled
knocked unveiled suspected congratulated portraying dubbed imagined refers articulated debated outlining
hailed sparred reacted negotiated condemning rejecting advocated brushed recognizing alluding acquiesced
proclaimed fearing singled prefers rebuffed remembers wondering outlined boasts expressing inclined credited
mused dismisses chanting blames
released spoke supporting voted pledged showing decided backing cast wanted focused endorse backed
believes passed claims signed favor offer seem fear expect agree shared filed offering supports remember
promise blame aimed favored written intended fears ignored alleged addressed considering recognized encourage
lists persuade exposed appointed follows demands celebrated admit aim opposes agrees booed noticed attempted
blocked highlight
reads titled
"""
#: The other forms of the verbs above ("did not mention", "will announce", "condemns"):
#: every form of a cue verb is a cue, whichever forms the training split happened to hold
#: (forms mostly used as adjectives, "opposing", "encouraging", "declining", left out).
_OTHER_FORMS = """
accuse acknowledge advocate affirm allege announce apologize applaud approve articulate assail assert assure attribute
celebrate champion cite complain concede condemn confess confirm congratulate consider contend criticize decide
declare decline defend denounce deride describe disclose discuss dismiss embrace emphasize explain expose express
hail imagine imply indicate inform insist interject invoke lament maintain mention mock negotiate nominate notice
observe oppose outline plead pledge portray praise predict prefer proclaim propose rebuff rebuke recall recognize
recommend recount reiterate reject remind repeat respond retort retweet reveal scoff speculate stress suspect
testify thank threaten tout unveil urge warn welcome yell
acquiescing advocating affirming affirms apologizes apologizing applauding applauds approves approving articulates
articulating assailing assails asserts assuring boasting cautioning cautions celebrates championing conceding
concluding condemns confirming congratulating contending countering crediting criticizes decides deciding declines
decries deeming deems defends denounces derides discloses disclosing discusses distancing dubbing embraces embracing
exposes expresses favoring hailing hinted hinting identifies ignores implies indicating informing interjecting
invokes invoking joking lamenting laments lashing maintaining nominates observing persuading pleading portrays
preferring proclaiming proclaims proposes protesting railing rails reacting reacts realizes realizing rebuffs
rebukes rebuking recognizes recommending recommends recounting recounts reiterates reiterating rejects
remembering reminds
responding retweeting revealing scoffing speculates speculating stressing suspecting testifies testifying threatens
touts unveiling unveils welcomes wonders yelling
"""
_PHRASES = r"according\s+to|called\s+for|calls\s+for|called\s+on|calls\s+on|calling\s+for|pointed\s+out|" \
    r"points?\s+out|went\s+on\s+to\s+say|said\s+in\s+a\s+statement|shot\s+back|put\s+it|puts\s+it"

#: Verbs of saying, lower case: PolNeAR annotates them even inside another attribution.
SAYING = frozenset(_SPEECH.split())
_THINKING_WORDS = frozenset(_THINKING.split())
#: Single-word cues, lower case.
CUE_SET = SAYING | _THINKING_WORDS | frozenset(_MEASURED.split()) | frozenset(_OTHER_FORMS.split())
_PHRASE = re.compile(r"(?:" + _PHRASES + r")\b", re.IGNORECASE)
#: Cues that report a statement or a stated view, for the brief's "who said what": the
#: other measured cues ("voted", "signed", "will consider") and wishes ("I hope someone
#: asks ...") are PolNeAR attributions, not something a reader would call a quote.
STATEMENT_CUES = (SAYING | _THINKING_WORDS | {"called", "calls", "calling", ":"}) - {"hope", "hopes", "hoped"}
_PHRASE_HEADS = {"according", "called", "calls", "calling", "pointed", "point", "points", "went", "said", "shot", "put",
                 "puts"}
_LETTERS = re.compile(r"[A-Za-z]+")
_SO_CALLED = re.compile(r"so[- ]called", re.IGNORECASE)  # 'so-called “rebels”' reports no one's words

#: Cue verbs that news uses as nouns for no statement ("the suspect told police", "world
#: champion Usain Bolt said", "a decline in"): no cue after a determiner, nor as the title of
#: a name a cue follows. Nouns of a statement ("made a pledge not to", "a rebuke") stay cues.
_NOUNS_TOO = frozenset({"champion", "suspect", "notice", "outline", "welcome", "repeat", "mock", "tout", "urge",
                        "decline"})
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|each|every|another|no|any|"
    r"first|second|third|fourth|fifth|former|prime|chief|main|key|lead|sole|only|one|two|three)\s+$", re.I)
_NAME_THEN_CUE = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}([a-z]+)")


def _noun_not_cue(text: str, start: int, end: int) -> bool:
    """Whether the cue word at ``text[start:end]`` is one of :data:`_NOUNS_TOO` used as a noun."""
    if text[start:end].lower() not in _NOUNS_TOO:
        return False
    if _DETERMINER_BEFORE.search(text, max(0, start - 12), start) or (start and text[start - 1] == "-"):
        return True
    after = _NAME_THEN_CUE.match(text, end)
    return after is not None and after.group(1) in CUE_SET


def states(cue: str) -> bool:
    """Whether a cue as written ("has also said", "according to") reports a statement."""
    words = cue.lower().split()
    return bool(words) and (words[-1] in STATEMENT_CUES or _PHRASE.search(cue) is not None)


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in a text (the interface of a regex match, for the callers)."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


def find_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[Cue]:
    """Cues of ``text[start:end]`` in order: a set lookup per word, phrases
    tried only after their first word (a regex of hundreds of alternatives
    scanned at every character was the slowest part of attribution)."""
    end = len(text) if end is None else end
    for word in _LETTERS.finditer(text, start, end):
        lower = word.group().lower()
        if lower in _PHRASE_HEADS:
            phrase = _PHRASE.match(text, word.start(), end)
            if phrase:
                yield Cue(phrase.start(), phrase.end(), phrase.group())
                continue
        if lower in CUE_SET and (word.end() == len(text) or not text[word.end()].isalnum()) \
                and (word.start() == 0 or not text[word.start() - 1].isalnum()) \
                and not _SO_CALLED.match(text, max(0, word.start() - 3), word.end()) \
                and not _noun_not_cue(text, word.start(), word.end()):
            yield Cue(word.start(), word.end(), word.group())


def is_cue_word(word: str) -> bool:
    return word.lower() in CUE_SET or word.lower() in _PHRASE_HEADS


#: Cues whose first complement is the person addressed ("told Reuters that").
OBJECT_VERBS = {"told", "tells", "tell", "telling", "asked", "asks", "asking", "urged", "urges", "urging",
                "warned", "warns", "warning", "assured", "reminded", "emailed", "messaged", "texted",
                "accused", "accuses", "accusing"}

#: Auxiliaries and adverbs between a speaker and the cue; they belong to the cue.
ADVERBS = {"has", "have", "had", "also", "is", "are", "was", "were", "will", "would", "could", "did", "does",
           "do", "not", "never", "later", "previously", "repeatedly", "publicly", "again", "then", "once",
           "recently", "often", "still", "first", "just", "reportedly", "already", "privately", "initially",
           "earlier", "further", "separately", "simply", "flatly", "openly", "even", "ultimately", "finally",
           "long", "always", "frequently", "has also", "may", "might", "must", "should", "can"}

#: Words that open a clause before a speaker and are not part of it.
CLAUSE_OPENERS = {"as", "but", "and", "so", "also", "meanwhile", "however", "still", "now", "then",
                  "later", "earlier", "yet", "thus", "indeed", "instead", "moreover", "separately",
                  "afterwards", "afterward", "today", "yesterday", "tonight", "finally"}

PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "who"}

#: Lower-case words that can open a speaker phrase ("a senior official", "officials").
SPEAKER_STARTERS = {
    "a", "an", "the", "another", "one", "two", "three", "four", "five", "six", "several", "some", "many",
    "most", "few", "both", "all", "other", "others", "his", "her", "their", "its", "our", "my", "your",
    "top", "senior", "former", "current", "local", "federal", "state", "police", "officials", "official",
    "sources", "source", "aides", "analysts", "experts", "critics", "authorities", "investigators",
    "people", "witnesses", "residents", "lawmakers", "democrats", "republicans", "supporters", "voters",
    "observers", "prosecutors", "lawyers", "attorneys", "advisers", "advisors", "staff", "employees",
    "workers", "members", "leaders", "organizers", "activists", "scientists", "doctors", "firefighters",
    "researchers", "economists", "diplomats", "officers", "spokesman", "spokeswoman", "spokesperson",
    "reports", "documents", "polls", "data", "studies", "surveys", "insiders", "opponents", "allies",
    "neither", "each", "no", "u.s.", "administration", "campaign", "company", "agency",
    "half", "nearly", "almost", "roughly", "about", "more", "fewer", "majority", "two-thirds", "one-third",
}

_ADJUNCT_WORDS = (
    "on|in|at|during|last|this|earlier|later|late|yesterday|today|tonight|when|after|before|while|"
    "from|through|via|by|recently|previously|monday|tuesday|wednesday|thursday|friday|saturday|"
    "sunday|afterward|afterwards|shortly|told|with|without|over|under|since|as|according|outside|inside"
)
#: A span of time before "after", "later", "ago" ("several months after her release").
_TIME_SPAN = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|some|many|\d+)\s+" \
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|later|ago|before|earlier)"
#: What may follow a trailing cue ("..., he said on Tuesday in a statement.").
TRAILING_ADJUNCT = re.compile(r"(?:(?:" + _ADJUNCT_WORDS + "|" + _TIME_SPAN + r")\b[^\"“”]{0,120})?", re.IGNORECASE)

#: Words that make a would-be speaker phrase a clause ("a database would keep").
CLAUSE_WORDS = {"would", "will", "can", "could", "should", "is", "was", "are", "were", "has", "have", "had",
                "did", "does", "do", "be", "been", "may", "might", "must", "not", "said", "says", "told",
                *(f"{verb}n{mark}t" for verb in ("did", "does", "do", "is", "was", "are", "were", "has", "have",
                                                  "had", "would", "could", "should") for mark in "'’"),
                "won't", "won’t", "can't", "can’t"}
