"""The attribution stage: speakers resolved to entities, quotes merged across articles."""

from __future__ import annotations

import json

import storyline
from storyline.brief import build_brief, demo_paths
from storyline.model import Article
from storyline.report.json import render_json
from storyline.segment import segment


def article(id_: str, text: str, published: str | None = None) -> Article:
    return Article(id=id_, text=text, published=published, sentences=segment(text))


def quote_with(brief, fragment: str):
    [quote] = [q for q in brief.quotes if fragment in q.text]
    return quote


def entity(brief, entity_id):
    [found] = [e for e in brief.entities if e.id == entity_id]
    return found


def test_pronoun_and_surname_resolve_to_the_named_person():
    text = ("Fire Chief Tomas Brandt arrived at noon. He said the roof had collapsed overnight.\n\n"
            "“We saved the chemical store,” Brandt said.")
    brief = build_brief([article("a", text)])
    pronoun = quote_with(brief, "roof had collapsed")
    surname = quote_with(brief, "chemical store")
    assert pronoun.speaker.entity == surname.speaker.entity is not None
    person = entity(brief, pronoun.speaker.entity)
    assert person.name == "Tomas Brandt" and person.type == "person"
    assert pronoun.speaker.text == "Tomas Brandt"  # the name, not "He"
    assert pronoun.speaker.role == "Fire Chief"


def test_pronoun_skips_names_inside_quotes():
    text = "Mayor Ann Cole spoke first. “I thank Chief Omar Haddad for his work,” she said."
    brief = build_brief([article("a", text)])
    quote = quote_with(brief, "I thank")
    assert entity(brief, quote.speaker.entity).name == "Ann Cole"


def test_definite_description_resolves_to_the_one_organisation_it_ends_like():
    text = ("The Harwick Fire Service sent six crews to Quarry Road on Monday. "
            "The blaze was out by noon, the town's fire service said. "
            "The Harwick Water Board said supply was not affected. "
            "Crews stayed overnight, the board said. Roads will reopen on Friday, the council said.")
    brief = build_brief([article("a", text)])
    service = quote_with(brief, "out by noon")
    assert entity(brief, service.speaker.entity).name == "Harwick Fire Service"
    assert entity(brief, quote_with(brief, "stayed overnight").speaker.entity).name == "Harwick Water Board"
    assert quote_with(brief, "reopen on Friday").speaker.entity is None  # no organisation ends in "council"


def test_same_quote_in_several_articles_is_one_quote_with_several_mentions():
    wire = "“The hall will be rebuilt within a year,” Mayor Ann Cole told reporters on Friday."
    copy = "Mayor Ann Cole told a crowd: “The hall will be rebuilt within a year.” Residents cheered."
    other = "“We lost everything in that hall,” said Rita Mensah, a neighbour."
    brief = build_brief([article("wire", wire, "2024-03-01"), article("copy", copy, "2024-03-02"),
                         article("other", other, "2024-03-03")])
    rebuilt = quote_with(brief, "rebuilt within a year")
    assert {m.content.article for m in rebuilt.mentions} == {"wire", "copy"}
    assert rebuilt.kind == "direct" and rebuilt.cue == "told"
    for mention in rebuilt.mentions:
        text = {"wire": wire, "copy": copy}[mention.content.article]
        assert "rebuilt within a year" in text[mention.content.start:mention.content.end]
        assert text[mention.speaker.start:mention.speaker.end].endswith("Ann Cole")
    assert len([q for q in brief.quotes if "rebuilt" in q.text]) == 1


def test_different_speakers_keep_identical_words_apart():
    one = article("one", "“We will appeal,” said Ann Cole.")
    two = article("two", "“We will appeal,” said Omar Haddad.")
    brief = build_brief([one, two])
    assert len([q for q in brief.quotes if "appeal" in q.text]) == 2


def test_demo_story_quotes():
    brief = storyline.brief(demo_paths())
    brandt = quote_with(brief, "Our crews faced intense heat")
    assert len({m.content.article for m in brandt.mentions}) >= 3
    assert entity(brief, brandt.speaker.entity).name == "Tomas Brandt"
    assert brandt.speaker.role == "Fire Chief"

    okafor = quote_with(brief, "No inspector has ever told us")
    assert okafor.cue == "told" and okafor.kind == "direct"
    assert okafor.speaker.role == "company spokesman"
    assert entity(brief, okafor.speaker.entity).name == "Daniel Okafor"

    familiar = quote_with(brief, "inspectors had raised concerns")
    assert familiar.speaker.text == "A person familiar with the investigation"
    assert familiar.speaker.entity is None
    assert len({m.content.article for m in familiar.mentions}) >= 2

    officials = quote_with(brief, "inspectors had flagged")
    assert officials.speaker.text.startswith("Two officials at the Harwick Environment Agency")
    assert officials.speaker.entity is None


def test_json_quotes_point_at_entities_and_spans():
    brief = storyline.brief(demo_paths())
    data = json.loads(render_json(brief))
    ids = {e["id"] for e in data["entities"]}
    texts = {a["id"]: a["text"] for a in data["articles"]}
    assert data["story"]["entity_recognizer"]
    assert data["quotes"]
    for quote in data["quotes"]:
        assert quote["speaker"]["entity"] is None or quote["speaker"]["entity"] in ids
        for mention in quote["mentions"]:
            assert texts[mention["article"]][mention["start"]:mention["end"]].strip()
    assert render_json(brief) == render_json(storyline.brief(demo_paths()))


def test_markdown_lists_quotes_and_who_is_who():
    from storyline.report.markdown import render_markdown

    text = render_markdown(storyline.brief(demo_paths()))
    assert "## Who said what" in text and "## Who is who" in text
    brandt = text.split("### Tomas Brandt (Fire Chief)", 1)[1].split("###", 1)[0]
    assert "“Our crews faced intense heat" in brandt and "— told; direct;" in brandt
    assert "**Tomas Brandt** (person, Fire Chief)" in text


def test_the_brief_lists_statements_not_every_attribution_polnear_annotates():
    text = ("The council will consider the plan next week. Many residents voted against the bypass in 2019. "
            "The mayor believes the plan is sound. Councillor Rui Costa said the vote would be close. "
            "Mayor Ana Lind hopes the council will agree.")
    cues = sorted(q.cue for q in build_brief([article("a", text)]).quotes)
    assert cues == ["believes", "said"]


def test_a_speaker_phrase_is_the_entity_at_its_head_not_a_modifier_or_apposition():
    text = ("The Basque separatist group ETA said that the devices were theirs. "
            "Greyline Recycling, a Harwick employer of 120 people, said it was cooperating. "
            "The winner, Australian Robbie McEwan, said the stage was hard. "
            "The Harwick mayor, Dana Pruitt, said the road would reopen. Greyline's boss, Anna Berg, said the "
            "plant was safe. John Smith from Reuters said the talks failed.")
    brief = build_brief([article("a", text)])
    names = {e.id: e.name for e in brief.entities}
    assert sorted(names.get(q.speaker.entity) for q in brief.quotes) == [
        "Anna Berg", "Australian Robbie McEwan", "Dana Pruitt", "ETA", "Greyline Recycling", "John Smith"]


def test_who_said_what_leaves_out_titles_and_reads_a_credit_dash_as_no_cue_word():
    text = ("The festival, known as the “Harwick Lights,” runs until May. Actress Mia Lind starred in films "
            "such as “Frozen” and “Tangled”.\n\n“He has no plan at all.” ― Ana Ruiz\n\n“Hamilton” — Review\n\n"
            "“We will rebuild,” Mayor Ann Cole said.")
    quotes = build_brief([article("a", text)]).quotes
    assert sorted((q.speaker.text, q.cue, q.text) for q in quotes) == [
        ("Ana Ruiz", "", "He has no plan at all"), ("Mayor Ann Cole", "said", "We will rebuild")]


def test_content_on_both_sides_of_a_mid_sentence_cue_is_one_quote_without_the_conjunction():
    text = ("Fire Chief Tomas Brandt visited the site. The injured workers were being treated for smoke "
            "inhalation, he added, and their condition was stable.")
    brief = build_brief([article("a", text)])
    quote = quote_with(brief, "condition was stable")
    assert quote.text == "The injured workers were being treated for smoke inhalation … their condition was stable"


def test_a_single_reported_part_keeps_its_opening_but():
    text = "Mayor Ann Cole said but for the rescue loan the bank would have failed."
    brief = build_brief([article("a", text)])
    assert quote_with(brief, "rescue loan").text == "but for the rescue loan the bank would have failed"


def test_a_refusal_to_comment_is_not_listed_as_a_quote():
    text = ("The White House declined to comment. The firm declined to comment on the lawsuit. "
            "Jones declined to comment when contacted by Reuters on Tuesday. "
            "The company declined to comment, saying the matter was under review.")
    brief = build_brief([article("a", text)])
    assert [(q.speaker.text, q.text) for q in brief.quotes] == [("The company", "the matter was under review")]


def test_grouping_quotes_compares_copies_once_and_groups_as_every_pair_would():
    import random

    from storyline.quotes import _groups, _linked, _Record
    rng = random.Random(5)
    vocabulary = ("the", "fire", "crews", "were", "heroes", "we", "will", "rebuild", "plant", "soon", "said", "mayor")
    kinds = [(tuple(rng.choice(vocabulary) for _ in range(rng.randint(0, 9))), rng.choice([None, "e1", "e2"]))
             for _ in range(25)]
    records = [_Record(f"a{n}", n, None, None, entity, None, words)
               for n, (words, entity) in enumerate(rng.choice(kinds) for _ in range(300))]
    assert _groups(records) == _linked(records).groups()


def test_quote_links_by_sparse_blocks_are_those_of_comparing_every_pair(monkeypatch):
    import random

    from storyline import quotes
    from storyline.quotes import _linked, _Record, _shingles
    monkeypatch.setattr(quotes, "_LINK_BLOCK", 7)  # many blocks: groups joined across them
    rng = random.Random(11)
    vocabulary = ("the", "fire", "crews", "were", "heroes", "we", "will", "rebuild", "plant", "soon")
    base = [rng.choice(vocabulary) for _ in range(30)]
    records = []
    for n in range(400):  # overlapping windows of one text, edited, so that many pairs sit near the threshold
        start = rng.randrange(25)
        words = base[start:start + rng.randint(0, 12)]
        words = [rng.choice(vocabulary) if rng.random() < 0.2 else w for w in words]
        records.append(_Record(f"a{n}", n, None, None, rng.choice([None, "e1", "e2"]), None, tuple(words)))
    shingles = [_shingles(r.words) for r in records]
    every_pair = UnionFindReference(len(records))
    for i in range(len(records)):
        for j in range(i + 1, len(records)):
            smaller = min(len(shingles[i]), len(shingles[j]))
            compatible = not (records[i].entity and records[j].entity) or records[i].entity == records[j].entity
            if smaller and len(shingles[i] & shingles[j]) / smaller >= 0.5 and compatible:
                every_pair.union(i, j)
    groups = _linked(records).groups()
    assert groups == every_pair.groups()
    assert 1 < len(groups) < len(records) - 50  # the case is not trivial: links and separate groups


class UnionFindReference:
    """Plain union-find by smallest representative, independent of the module under test."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for item in range(len(self.parent)):
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())
