"""Property-based tests of the analyses on hostile text: attribution finding and a whole
brief never raise, and every span they return slices the text it names."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.attribution import find_attributions
from storyline.brief import build_brief
from storyline.clean import clean
from storyline.model import Document
from storyline.settings import Settings

# Pieces of news prose that set off the attribution rules: quote marks of every style,
# cues before and after, noun cues, credits, according-to, dashes, lists, questions.
PIECES = [
    "“We will rebuild,” ", '"It is over," ', "‘No,’ ", "``Yes,'' ", "« Non » ", "“", "”", '"', "'",
    "Mayor Ann Cole said ", "he said", ", she added, ", " and ", " but ", "the council's claim that ",
    "Ann Cole's insistence that ", "according to the Harwick Fire Service, ", "told Reuters that ",
    "Asked whether ", " ― Dana Pruitt", "— ", ": ", "Police said ", "the fire was a ", "“reckless act”",
    "officials said.", "Though she called for calm, ", "The plant, which employs 120 people, ",
    "said on Sunday that ", "denied that ", "did not ", "Smith: ", "(AP) -- ", "HARWICK — ",
    ". ", "? ", "! ", "\n", "\n\n", " ", "...", "…", "Mr. ", "U.S. ", "2024", "40,000 euros",
]
prose = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)
LEXICAL = Settings(semantic=False)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prose)
def test_attributions_never_raise_and_slice_the_text(text):
    for attribution in find_attributions(text):
        assert attribution.kind in {"direct", "indirect"}
        for start, end in (*attribution.content, attribution.speaker or (0, 0), attribution.cue or (0, 0)):
            assert 0 <= start <= end <= len(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(prose, min_size=1, max_size=3))
def test_a_brief_of_hostile_articles_never_raises_and_its_spans_slice_the_texts(texts):
    articles = [clean(Document(text=text, id=f"a{index}")) for index, text in enumerate(texts)]
    articles = [a for a in articles if a.text.strip()]
    brief = build_brief(articles, LEXICAL)
    lengths = {a.id: len(a.text) for a in brief.articles}
    spans = [s for claim in brief.claims for s in claim.mentions]
    spans += [m.content for quote in brief.quotes for m in quote.mentions]
    spans += [s for sentence in brief.summary for s in sentence.mentions]
    spans += [s for event in brief.timeline for s in event.mentions]
    assert all(0 <= s.start <= s.end <= lengths[s.article] for s in spans)
