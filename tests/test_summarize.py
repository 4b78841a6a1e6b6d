"""The summary: budget, no repetition, traceable citations, news preprocessing."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from storyline.brief import build_brief
from storyline.clean import clean
from storyline.cli import main
from storyline.model import Article, Brief, Claim, Document, Provenance, QuotedPassage, Span, StoryInfo
from storyline.settings import Settings
from storyline.summarize import articles_from_texts, extract, summarize, summarize_texts
from storyline.summarize.candidates import Options, candidates, opening_cut, rejection
from storyline.summarize.compress import deletions, keep
from storyline.summarize.text import words

# A fictional story told by four outlets; the second copies the wire text.
WIRE = (
    "HARWICK (Northwire) _ The old Tamsin river bridge in Harwick collapsed on Tuesday morning "
    "after days of heavy rain, injuring four people. "
    "Rescue crews pulled four injured people from the water near the collapsed bridge by noon. "
    "The Tamsin river bridge was built in 1921 and had been closed to trucks since last spring. "
    "He said the engineers had warned the council about cracks in the bridge piers. "
    "Was the council warned in time? "
    "``We heard a terrible crack and then the whole span was gone,'' said a witness."
)
COPY = WIRE.replace("HARWICK (Northwire) _ ", "")
LEDGER = (
    "By Ana Pell\n"
    "The Tamsin river bridge in Harwick collapsed on Tuesday morning after heavy rain, officials said. "
    "Four injured people were taken to Harwick General Hospital, where two remain in serious condition. "
    "Engineers had warned the council about cracks in the bridge piers in a report last year. "
    "The council will hold an emergency meeting on Thursday to discuss a temporary crossing (a ferry)."
)
COURIER = (
    "WASHINGTON _ Federal inspectors will travel to Harwick to examine the collapsed Tamsin river bridge. "
    "A report last year said engineers had warned the council about cracks in the bridge piers. "
    "The governor promised money for a temporary crossing over the Tamsin river near Harwick."
    "\n\nComments (2)\n\nbridgefan says:\nThe Tamsin river bridge collapse is a national disgrace!\n\n"
    "Reply"
)


def _articles() -> tuple[Article, ...]:
    documents = [Document(text=t, id=name, source=name)
                 for name, t in (("wire", WIRE), ("copy", COPY), ("ledger", LEDGER), ("courier", COURIER))]
    return tuple(clean(d) for d in documents)


def _brief(**sections) -> Brief:
    articles = _articles()
    return Brief(story=StoryInfo(title=None, articles=len(articles)), articles=articles, **sections)


@pytest.fixture(scope="module")
def story() -> Brief:
    return summarize(_brief(), Settings(words=60))


def test_summary_respects_the_word_budget(story):
    assert story.summary
    assert sum(len(s.text.split()) for s in story.summary) <= 60
    for budget in (12, 25, 100):
        chosen = extract(_articles(), budget)
        assert sum(len(c.text.split()) for c in chosen) <= budget


def test_no_duplicate_or_near_duplicate_sentences():
    chosen = extract(_articles(), 200)  # room for everything: repetition must still be left out
    texts = [c.text for c in chosen]
    assert len(texts) == len(set(texts))
    for i, a in enumerate(chosen):
        for b in chosen[i + 1:]:
            shared = set(a.stems) & set(b.stems)
            assert len(shared) / len(set(a.stems) | set(b.stems)) < 0.5


def test_mentions_slice_the_articles_exactly_and_contain_the_words(story):
    by_id = {a.id: a for a in story.articles}
    for sentence in story.summary:
        own = sentence.mentions[0]
        original = own.text(by_id)
        assert original == original.strip() and original
        assert any((s.start, s.end) == (own.start, own.end) for s in by_id[own.article].sentences)
        position = 0
        for word in words(sentence.text):  # every word, in order, comes from the cited sentence
            found = original.lower().find(word, position)
            assert found >= 0, (word, original)
            position = found + len(word)
        for mention in sentence.mentions:
            article = by_id[mention.article]
            assert 0 <= mention.start < mention.end <= len(article.text)
            assert any((s.start, s.end) == (mention.start, mention.end) for s in article.sentences)


def test_support_counts_the_copy_but_not_as_independent():
    groups = {"wire": "g1", "copy": "g1", "ledger": "g2", "courier": "g3"}
    brief = summarize(_brief(provenance=Provenance(groups=groups)), Settings(words=100))
    collapse = next(s for s in brief.summary if "collapsed on Tuesday" in s.text)
    articles = {m.article for m in collapse.mentions}
    assert {"wire", "copy", "ledger"} <= articles
    assert collapse.support == len(articles)
    assert collapse.independent_support == len({groups[a] for a in articles}) < collapse.support


def test_support_comes_from_the_claim_that_covers_the_sentence():
    plain = summarize(_brief(), Settings(words=100))
    first = plain.summary[0].mentions[0]
    claim = Claim(id="c1", text="x", mentions=(first, Span("courier", 0, 10)), support=2,
                  independent_support=2)
    brief = summarize(_brief(claims=(claim,)), Settings(words=100))
    cited = next(s for s in brief.summary if s.mentions[0] == first)
    assert set(cited.mentions) == {first, Span("courier", 0, 10)}
    assert cited.support == 2
    others = [s for s in brief.summary if s.mentions[0] != first]
    assert all(len(s.mentions) == 1 for s in others)  # no claim covers them


def test_support_counts_are_the_claims_so_a_quoting_article_is_cited_but_not_counted():
    plain = summarize(_brief(), Settings(words=100))
    first = plain.summary[0].mentions[0]
    quoting = Span("courier", 0, 10)  # a mention the claims stage did not count as support
    claim = Claim(id="c1", text="x", mentions=(first, quoting), support=1, independent_support=1)
    cited = next(s for s in summarize(_brief(claims=(claim,)), Settings(words=100)).summary
                 if s.mentions[0] == first)
    assert quoting in cited.mentions
    assert (cited.support, cited.independent_support) == (1, 1)


def test_a_sentence_whose_speaker_is_a_bare_pronoun_is_no_candidate():
    text = ("The injured workers were treated for smoke inhalation, he added, and their condition was stable. "
            "The injured workers were treated for smoke inhalation at Harwick General Hospital, she said.")
    shown = [c.text for c in candidates(articles_from_texts([text]))]
    assert shown == ["The injured workers were treated for smoke inhalation at Harwick General Hospital."]


def test_datelines_and_bylines_are_stripped(story):
    texts = [c.text for c in extract(_articles(), 200)]
    assert not any(t.startswith(("HARWICK", "WASHINGTON", "By ")) for t in texts)
    assert opening_cut("LONDON (AP) _ An influential lawmaker spoke.") == len("LONDON (AP) _ ")
    assert opening_cut("WASHINGTON (Reuters) - The Senate voted.") == len("WASHINGTON (Reuters) - ")
    assert opening_cut("NEW YORK -- Stocks rose.") == len("NEW YORK -- ")
    assert opening_cut("By Ana Pell\nThe bridge fell.") == len("By Ana Pell\n")
    assert opening_cut("The bridge fell on Tuesday.") == 0
    assert opening_cut("London, England — The crowds came out.") == len("London, England — ")
    assert opening_cut("Smith, the mayor — who spoke first — left.") == 0
    assert opening_cut("Meanwhile, Republicans — who control the council — blocked it.") == 0
    assert opening_cut("On Friday, Gingrich — mentioned by Newsmax — spoke.") == 0


def test_reader_comments_are_never_used():
    all_text = " ".join(c.text for c in extract(_articles(), 400))
    assert "disgrace" not in all_text
    assert any(r.reason == "comments" for r in _articles()[3].removed)


def test_sentences_that_cannot_stand_alone_are_rejected():
    options = Options()
    assert rejection("Was the council warned about the cracks in time?", options) == "question"
    assert rejection("He said the engineers had warned the council about it.", options) == "context"
    assert rejection("But the council never answered the letters from the engineers.", options) == "context"
    assert rejection("``We heard a terrible crack and the span was gone,'' said a witness.", options) == "quote"
    assert rejection("The bridge fell.", options) == "short"
    assert rejection("Engineers had warned the council about cracks in the bridge piers.", options) is None
    texts = [c.text for c in candidates(_articles())]
    assert not any(t.startswith(("He ", "Was ", "``")) for t in texts)


def test_compression_only_deletes_words():
    sentence = "The bridge in Harwick collapsed on Tuesday after heavy rain, officials said."
    pieces = keep(0, len(sentence), deletions(sentence))
    compressed = "".join(sentence[a:b] for a, b in pieces)
    assert compressed == "The bridge in Harwick collapsed on Tuesday after heavy rain."
    sentence = "The peak is 2,565 meters (8,464 feet) high and hard to reach in the rain."
    compressed = "".join(sentence[a:b] for a, b in keep(0, len(sentence), deletions(sentence)))
    assert compressed == "The peak is 2,565 meters high and hard to reach in the rain."
    sentence = "Pinochet, who ruled Chile for 17 years, was arrested in London on Friday night."
    cut = deletions(sentence, appositives=True)
    assert "".join(sentence[a:b] for a, b in keep(0, len(sentence), cut)) == \
        "Pinochet was arrested in London on Friday night."


def test_quoted_passage_of_a_story_article_is_not_reused():
    articles = _articles()
    text = articles[2].text
    start = text.index("Four injured")
    end = text.index("condition.") + len("condition.")
    quoting = dataclasses.replace(articles[2], quoted=(QuotedPassage(start, end, "wire"),))
    pool = candidates((articles[0], articles[1], quoting, articles[3]))
    assert not any("General Hospital" in c.text for c in pool)
    assert any("General Hospital" in c.text for c in candidates(articles))


def test_summary_is_deterministic_and_independent_of_repeated_runs():
    first = summarize(_brief(), Settings(words=60)).summary
    second = summarize(_brief(), Settings(words=60)).summary
    assert first == second
    assert summarize_texts([WIRE, LEDGER, COURIER], 50) == summarize_texts([WIRE, LEDGER, COURIER], 50)


def test_summary_stage_runs_last_in_a_brief():
    brief = build_brief(_articles(), Settings(words=40))
    assert brief.summary and sum(len(s.text.split()) for s in brief.summary) <= 40


def test_batch_command_writes_one_line_per_cluster(tmp_path, capsys):
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(
        json.dumps({"id": "bridge", "documents": [WIRE, LEDGER, COURIER]}) + "\n"
        + "not json\n"
        + json.dumps({"id": 7, "documents": [LEDGER, COURIER]}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["summarize", str(clusters), "-o", str(out), "--words", "40"]) == 0
    assert "clusters.jsonl:2" in capsys.readouterr().err
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["bridge", 7]
    for line in lines:
        assert set(line) == {"id", "summary"}
        sentences = line["summary"].split("\n")
        assert sentences and sum(len(s.split()) for s in sentences) <= 40
    assert lines[0]["summary"].split("\n") == summarize_texts([WIRE, LEDGER, COURIER], 40)
    assert main(["summarize", str(tmp_path / "missing.jsonl")]) == 2


def test_texts_become_articles_in_order():
    articles = articles_from_texts([WIRE, LEDGER], prefix="c1")
    assert [a.id for a in articles] == ["c1-0", "c1-1"]


def test_eval_scores_every_system_side_by_side(tmp_path, capsys):
    pytest.importorskip("rouge_score")
    pytest.importorskip("sumy")
    reference = ("The old Tamsin river bridge in Harwick collapsed on Tuesday after heavy rain . "
                 "Four people were injured . Engineers had warned the council about cracks in the piers .")
    data = tmp_path / "mds.jsonl"
    data.write_text(json.dumps({"id": "b", "documents": [WIRE, LEDGER, COURIER],
                                "summaries": [reference]}) + "\n", encoding="utf-8")
    scores = tmp_path / "scores.json"
    assert main(["eval", "summarize", "--data", str(data), "--words", "30",
                 "--systems", "storyline,lead,lexrank,oracle", "--json", str(scores)]) == 0
    table = capsys.readouterr().out
    for system in ("storyline", "lead", "lexrank", "oracle"):
        assert f"| {system} |" in table
    row = json.loads(scores.read_text(encoding="utf-8"))[0]
    assert row["oracle"]["rouge"][1] >= row["lead"]["rouge"][1]  # the oracle maximises ROUGE-2
    assert row["storyline"]["rouge"][1] > 0
    assert main(["eval", "summarize", "--data", str(tmp_path / "none.jsonl")]) == 2


def test_the_summary_opens_with_a_lead_then_follows_story_order():
    chosen = extract(_articles(), 200)
    assert chosen[0].position == min(c.position for c in chosen)
    rest = [(c.article, c.position) for c in chosen[1:]]
    assert rest == sorted(rest)


def test_a_small_story_still_fills_its_budget_with_standalone_sentences():
    short = ["The ferry to Harwick resumed on Friday. The council paid for it. Residents were glad.",
             "Officials said the ferry to Harwick resumed on Friday morning. He was pleased."]
    chosen = extract(articles_from_texts(short), 30)
    texts = [c.text for c in chosen]
    assert texts and sum(len(t.split()) for t in texts) <= 30
    assert not any(t.startswith("He ") for t in texts)


def test_compression_keeps_a_said_that_is_the_main_verb():
    from storyline.summarize.compress import deletions

    sentence = ("Greyline Recycling, which employs 120 people in Harwick, said in a statement "
                "that it was cooperating fully with investigators.")
    assert deletions(sentence) == []
    trailing = "The fire started at 4:30 a.m. in a storage hall on Quarry Road, officials said."
    (start, end), = deletions(trailing)
    assert trailing[start:end] == ", officials said"


def test_the_word_reward_fills_the_budget_with_the_same_concepts():
    from scipy import sparse

    from storyline.summarize.concepts import ConceptILP, _greedy, _solve

    # Sentence 0 (8 words) holds both concepts; sentences 1 and 2 (10 words each) one each.
    value = np.array([3.0, 3.0])
    occurrence = sparse.csr_matrix(np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0]]))
    lengths = np.array([8.0, 10.0, 10.0])
    assert _solve(value, occurrence, lengths, 20, ConceptILP(word_reward=0.0)) == [0]
    assert _solve(value, occurrence, lengths, 20, ConceptILP(word_reward=0.1)) == [1, 2]
    assert _greedy(value, occurrence, lengths, 20) == [0]
    assert lengths[_greedy(value, occurrence, lengths, 20, word_reward=0.1)].sum() == 18


def test_quotes_are_admitted_only_when_asked():
    sentence = "``We heard a terrible crack and then the whole span was gone,'' said a witness."
    assert rejection(sentence, Options()) == "quote"
    assert rejection(sentence, Options(quotes=True)) is None
    assert rejection("He said the whole span was gone within a minute.", Options(quotes=True)) == "context"


# A story told in run-on sentences (as lower-cased text splits): none passes the strict filters.
RUN_ON = [
    ("the tamsin river bridge in harwick collapsed on tuesday morning after days of heavy rain and "
     "rescue crews pulled four injured people from the water near the collapsed bridge by noon while "
     "engineers said they had warned the council about cracks in the bridge piers in a report last "
     "year that the council never answered and the governor promised money for a temporary crossing."),
    ("officials in harwick said the tamsin river bridge collapsed on tuesday morning after heavy rain "
     "and four injured people were taken to harwick general hospital where two remain in serious "
     "condition while the council will hold an emergency meeting on thursday to discuss a temporary "
     "crossing over the tamsin river that engineers had warned about in a report last year."),
    "He said the bridge had been closed to trucks since last spring because of the cracks in its piers.",
]


def test_filters_relax_step_by_step_when_the_story_cannot_fill_the_budget():
    articles = articles_from_texts(RUN_ON)
    assert not candidates(articles)  # every sentence is too long or leans on its context
    chosen = extract(articles, 100)
    assert chosen and sum(c.length for c in chosen) <= 100
    assert any(c.length > Options().max_words for c in chosen)  # a run-on sentence was admitted
    assert not any(c.text.startswith("He ") for c in chosen)  # context is never admitted
    assert extract(articles, 40) == []  # nothing fits: no sentence is cut


def test_strict_filters_stay_when_the_story_fills_the_budget():
    chosen = extract(_articles(), 40)
    assert sum(c.length for c in chosen) >= 0.9 * 40 - Options().min_words
    assert all(Options().min_words <= c.length <= Options().max_words for c in chosen)
    assert not any(c.text.startswith("``") for c in chosen)


def test_a_relaxation_step_never_tightens_the_callers_filters():
    from storyline.summarize.core import loosened

    wide = Options(min_words=3, max_words=100, quotes=True)
    assert loosened(wide, {"max_words": 80, "min_words": 5, "quotes": False}) == wide
    assert loosened(Options(), {"max_words": 80}) == Options(max_words=80)


def test_df_power_makes_the_central_concepts_outweigh_peripheral_ones():
    from storyline.summarize.concepts import ConceptILP

    documents = [["bridg", "collaps", "harwick", "council"]] * 3 + [["bridg", "collaps", "rain", "ferri"]]
    linear = ConceptILP(min_df=3, df_power=1.0).weights([], documents)
    squared = ConceptILP(min_df=3, df_power=2.0).weights([], documents)
    assert linear == {("bridg", "collaps"): 4.0, ("collaps", "harwick"): 3.0, ("harwick", "council"): 3.0}
    assert squared == {concept: weight ** 2 for concept, weight in linear.items()}
