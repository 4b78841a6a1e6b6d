"""Attribution spans on raw text: every quote form, indirect forms, speakers."""

from __future__ import annotations

import pytest

import storyline
from storyline.attribution import find_attributions
from storyline.quotemarks import quote_spans


def rows(text: str) -> list[tuple[str, list[str], str | None, str | None]]:
    """(kind, content parts, speaker, cue) as strings, for readable assertions."""
    return [(a.kind, [text[s:e] for s, e in a.content],
             text[slice(*a.speaker)] if a.speaker else None, text[slice(*a.cue)] if a.cue else None)
            for a in find_attributions(text)]


@pytest.mark.parametrize("text, content, speaker", [
    ('"We will rebuild the hall," Mayor Ann Cole said.', '"We will rebuild the hall,"', "Mayor Ann Cole"),
    ("“It was chaos,” said Lena Park, a resident.", "“It was chaos,”", "Lena Park"),
    ("‘We are not leaving,’ the union leader said.", "‘We are not leaving,’", "the union leader"),
    ("'No comment at all,' he said.", "'No comment at all,'", "he"),
    ('Smith told reporters: "The bridge is safe."', '"The bridge is safe."', "Smith"),
    ("Reporter Jo Lind says:\n\n“Nobody was hurt tonight.”", "“Nobody was hurt tonight.”", "Reporter Jo Lind"),
])
def test_direct_quote_in_every_style(text, content, speaker):
    kind, contents, found_speaker, cue = rows(text)[0]
    assert kind == "direct"
    assert contents == [content]
    assert found_speaker == speaker
    assert cue in {"said", "says", "told"}


def test_quote_interrupted_by_its_cue_is_one_attribution_in_two_parts():
    text = "“The plan,” she said, “is already late.”"
    assert rows(text) == [("direct", ["“The plan,”", "“is already late.”"], "she", "said")]


def test_reported_speech_on_both_sides_of_its_cue_is_one_attribution_in_two_parts():
    text = "The workers were treated for burns, he added, and their condition was stable."
    assert rows(text) == [("indirect", ["The workers were treated for burns", "and their condition was stable"],
                           "he", "added")]


def test_a_noun_cue_after_a_quote_without_its_own_cue_reads_without_error():
    text = ('"What matters now is to keep the town calm . "\n'
            'Mayor Ann Cole said the blaze was a "reckless act" .\n'
            "Ann Cole's insistence that the plant is safe failed to calm residents near the site .")
    assert ("indirect", ["that the plant is safe failed to calm residents near the site"], "Ann Cole",
            "insistence") in rows(text)


@pytest.mark.parametrize("text, speaker, content", [
    ("The suspect told police he was at home.", "The suspect", "he was at home"),
    ("A second suspect said he was at home.", "A second suspect", "he was at home"),
    ("World champion Usain Bolt said he would run again.", "World champion Usain Bolt", "he would run again"),
    ("Investigators suspect that the fire was set.", "Investigators", "that the fire was set"),
    ("Prosecutors allege that Smith stole the funds.", "Prosecutors", "that Smith stole the funds"),
])
def test_cue_verbs_used_as_nouns_and_base_forms_of_cues(text, speaker, content):
    [(kind, parts, found_speaker, _)] = rows(text)
    assert (kind, parts, found_speaker) == ("indirect", [content], speaker)


def test_a_cue_word_before_another_cue_word_is_still_a_cue():
    assert rows("Critics mock claims that the plan will work.")[0][2:] == ("Critics", "mock")


def test_the_speakers_next_act_or_another_speaker_after_the_cue_is_no_content_of_it():
    assert rows("The plant will close, Smith said, and left the room.") == [
        ("indirect", ["The plant will close"], "Smith", "said")]
    assert ("indirect", ["The plant will close"], "Smith", "said") in rows(
        "The plant will close, Smith said, and the union said it would strike.")


def test_charged_with_a_crime_is_no_attribution():
    text = "Smith, 45, was charged with murder, the district attorney's office said."
    assert rows(text) == [("indirect", ["Smith, 45, was charged with murder"], "the district attorney's office",
                           "said")]


def test_quote_continues_over_sentences_and_paragraphs():
    text = "“We did our best,” Brandt said. “Nobody could have done more.”\n\n“The crews were heroes.”"
    [(kind, parts, speaker, cue)] = rows(text)
    assert parts == ["“We did our best,”", "“Nobody could have done more.”", "“The crews were heroes.”"]
    assert (kind, speaker, cue) == ("direct", "Brandt", "said")


def test_paragraph_opening_quote_without_closing_continues_in_the_next():
    text = '"The first paragraph of the quote goes on.\n\n"And the second one ends it," the minister said.'
    spans = quote_spans(text)
    assert spans[0].continued and spans[1].continues
    [(_, parts, speaker, _)] = rows(text)
    assert parts == ['"The first paragraph of the quote goes on.', '"And the second one ends it,"']
    assert speaker == "the minister"


def test_partial_quote_stays_inside_an_indirect_attribution():
    text = 'The senator called the bill "a disgrace" after the vote.'
    [(kind, [content], speaker, cue)] = rows(text)
    assert kind == "indirect" and '"a disgrace"' in content
    assert (speaker, cue) == ("The senator", "called")


def test_apostrophes_are_not_quotes():
    text = "The company's chief didn't say much about Jones' plan, Smith said."
    assert quote_spans(text) == []
    assert [(k, s, c) for k, _, s, c in rows(text)] == [("indirect", "Smith", "said")]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The mayor said that the plant would close.", "The mayor", "said", "that the plant would close"),
    ("Okafor told Reuters the plant was safe.", "Okafor", "told", "the plant was safe"),
    ("The company denied that it had ignored warnings.", "The company", "denied", "that it had ignored warnings"),
    ("The New York Post reports that the mayor will resign.", "The New York Post", "reports",
     "that the mayor will resign"),
    ("According to the fire service, the blaze started before dawn.", "the fire service", "According to",
     "the blaze started before dawn"),
    ("The blaze started before dawn, according to the fire service.", "the fire service", "according to",
     "The blaze started before dawn"),
    ("The plant will reopen next month, officials said on Tuesday.", "officials", "said",
     "The plant will reopen next month"),
    ("The plant will reopen next month, said Jan Hollis, the site manager.", "Jan Hollis", "said",
     "The plant will reopen next month"),
    ("The minister has also tweeted that the budget is final.", "The minister", "has also tweeted",
     "that the budget is final"),
])
def test_indirect_attribution_forms(text, speaker, cue, content):
    assert ("indirect", [content], speaker, cue) in rows(text)


@pytest.mark.parametrize("text, speaker", [
    ("A senior administration official said the talks had stalled.", "A senior administration official"),
    ("Three people familiar with the talks said a deal was close.", "Three people familiar with the talks"),
    ("A person briefed on the matter said the report was ready.", "A person briefed on the matter"),
    ("In Texas, half of the Republican primary voters said they were angry.", "half of the Republican primary voters"),
])
def test_anonymous_and_collective_sources_are_speakers_as_written(text, speaker):
    assert rows(text)[0][2] == speaker


def test_a_pronoun_speaker_stands_alone_or_with_an_adverb_never_with_a_clause():
    pairs = [(row[2], row[3]) for row in rows("She quickly said the plant would reopen in May. "
                                              "I hope someone asks the mayor why the review never happened.")]
    assert pairs == [("She", "said"), ("I", "hope")]  # "I hope someone" is no speaker of "asks"


def test_apposition_and_relative_clause_around_the_speaker():
    text = ("Huma Abedin, vice chair of the campaign, said the email was sent. Two officials at the agency, "
            "who asked not to be named, said inspectors had flagged the site.")
    speakers = [s for _, _, s, c in rows(text) if c == "said"]
    assert speakers == ["Huma Abedin, vice chair of the campaign", "Two officials at the agency"]
    assert all(c != "named" for *_, c in rows(text))


def test_coordinated_cues_share_the_speaker_and_split_the_content():
    text = "She says people may not like the answer, but insists the plan is sound."
    assert rows(text) == [
        ("indirect", ["people may not like the answer"], "She", "says"),
        ("indirect", ["the plan is sound"], "She", "insists"),
    ]


def test_unattributed_long_quote_gets_the_subject_of_its_sentence():
    text = "Jane Roe waved at the crowd, her sign reading “we will be back next year” in red."
    direct = [r for r in rows(text) if r[0] == "direct"]
    assert direct and direct[0][2] == "Jane Roe"


@pytest.mark.parametrize("text, speaker", [
    ("Only six years earlier, he crushed the party’s “establishment” candidate.", "he"),
    ("Yes, he waved the “law and order” banner again.", "he"),
    ("There’s still time for Holt to mend the “broken bridges” downtown.", "Holt"),
])
def test_sentence_openers_are_not_the_subject_of_a_free_quote(text, speaker):
    [(kind, _, found, cue)] = rows(text)
    assert (kind, found, cue) == ("direct", speaker, None)


def test_quote_after_an_adding_clause_goes_to_what_was_added():
    text = ("“The plan is late,” Cole said, adding that the crews were tired. “Nobody slept for days.”\n\n"
            "“The bridge is safe,” Park said, referring to the river crossing. “It will open on Monday.”")
    assert rows(text) == [
        ("direct", ["“The plan is late,”"], "Cole", "said"),
        ("indirect", ["that the crews were tired", "“Nobody slept for days.”"], "Cole", "adding"),
        ("direct", ["“The bridge is safe,”", "“It will open on Monday.”"], "Park", "said"),
        ("indirect", ["to the river crossing"], "Park", "referring"),
    ]


def test_quote_reported_by_according_to_is_one_attribution():
    text = "“Delegates should vote as they see fit,” Holt said, according to a Northwire account."
    assert rows(text) == [("indirect", ["“Delegates should vote as they see fit,” Holt said"],
                           "a Northwire account", "according to")]
    text = "“We will vote in March,” Holt said, according to the Courier. “And I will vote for Ames.”"
    assert rows(text) == [("indirect", ["“We will vote in March,” Holt said", "“And I will vote for Ames.”"],
                           "the Courier", "according to")]


def test_inverted_speaker_may_open_with_lower_case_descriptors_before_a_name():
    text = "“The donations raise a yellow flag,” said election lawyer Joe Brandt. “Campaigns should check them.”"
    assert rows(text) == [("direct", ["“The donations raise a yellow flag,”", "“Campaigns should check them.”"],
                           "election lawyer Joe Brandt", "said")]


def test_free_quote_after_an_indirect_attribution_continues_it():
    text = "Holt “did well with older voters” there, said professor Ann Beck. “That was her base.”"
    assert rows(text) == [("indirect", ["Holt “did well with older voters” there", "“That was her base.”"],
                           "professor Ann Beck", "said")]


@pytest.mark.parametrize("text, cue", [
    ("The mayor did not mention the bridge in her speech.", "did not mention"),
    ("Two senators will condemn the new tariffs.", "will condemn"),
    ("The governor reiterates that the budget is balanced.", "reiterates"),
    ("Many voters think the budget is balanced.", "think"),
])
def test_every_form_of_a_cue_verb_is_a_cue(text, cue):
    [(kind, _, _, found)] = rows(text)
    assert (kind, found) == ("indirect", cue)


def test_a_short_quote_the_text_repeats_without_a_cue_is_a_term():
    text = ("The establishment wing met on Monday. Holt ran as the “establishment” candidate in the spring. "
            "Park warned that Holt was “a danger” to the party.")
    assert [parts for _, parts, _, _ in rows(text)] == [["that Holt was “a danger” to the party"]]
    assert [r[1] for r in rows("Holt ran as the “establishment” candidate in the spring.")] == [["“establishment”"]]


def test_a_title_case_exclamation_is_a_statement_not_a_title():
    assert rows("Holt waved at the crowd. “Feel The Bern!”") == [("direct", ["“Feel The Bern!”"], None, None)]
    assert rows("Holt waved at the crowd. “Feel The Bern”") == []


def test_according_to_names_its_source_as_written():
    text = "Holt leads the field with 22 percent, according to early results of a poll released on Sunday."
    assert rows(text) == [("indirect", ["Holt leads the field with 22 percent"],
                           "early results of a poll released on Sunday", "according to")]


@pytest.mark.parametrize("text, content", [
    ("Jeff Weaver said on Saturday that the campaign had suspended two staffers.",
     "that the campaign had suspended two staffers"),
    ("Ryan said in the interview the onus is on Trump.", "the onus is on Trump"),
])
def test_an_adjunct_after_the_cue_does_not_hide_the_content_after_it(text, content):
    [(kind, [found], _, cue)] = rows(text)
    assert (kind, cue) == ("indirect", "said") and found.endswith(content)


def test_a_line_opening_with_a_name_and_a_colon_is_what_the_name_said():
    text = "Paul Ryan: The Decision Defies Explanation.\n\nUPDATE: The vote was moved to Friday.\n\nQ: Did you vote?"
    assert rows(text) == [("indirect", ["The Decision Defies Explanation"], "Paul Ryan", ":")]


def test_the_question_after_asked_is_a_content_of_its_asker():
    text = "Asked by Lind whether the bridge was safe, Holt said he did not know."
    assert rows(text) == [("indirect", ["whether the bridge was safe"], "Lind", "Asked"),
                          ("indirect", ["he did not know"], "Holt", "said")]
    assert rows("When asked who would pay for the bridge, the mayor laughed.") == [
        ("indirect", ["who would pay for the bridge"], None, "asked")]


def test_a_poll_is_the_source_of_its_results():
    text = "In a Courier poll released Monday, 50 percent of voters chose Holt. Park is ahead in the latest polls."
    assert rows(text) == [("indirect", ["50 percent of voters chose Holt"], "a Courier poll released Monday", "In"),
                          ("indirect", ["Park is ahead"], "the latest polls", "in")]


def test_inverted_speaker_with_a_long_apposition_ends_the_sentence():
    text = ("Federal mandates are a burden for schools, said Ann Wilcox, a Republican from Orlando who founded "
            "two transport companies after serving in the Army.")
    assert rows(text) == [("indirect", ["Federal mandates are a burden for schools"], "Ann Wilcox", "said")]


def test_a_sentence_of_only_speaker_and_cue_attributes_the_quote_before_it():
    text = "“I hope you find the missing emails.” Holt said.\n\nStated Park:\n\n“The stakes are so high.”"
    assert [(r[2], r[3]) for r in rows(text)] == [("Holt", "said"), ("Park", "Stated")]


def test_a_thousands_comma_does_not_cut_a_speaker():
    [(_, _, speaker, _)] = rows("A 5,000-word report said the bridge was unsafe.")
    assert speaker == "A 5,000-word report"


def test_offsets_are_into_the_raw_text():
    text = "  Intro line.\n\n\n“Keep calm,”   the chief   said.  "
    [attribution] = find_attributions(text)
    assert text[slice(*attribution.content[0])] == "“Keep calm,”"
    assert text[slice(*attribution.cue)] == "said"


def test_dateline_is_not_part_of_a_content():
    text = "HARWICK (Northwire) -- A fire tore through a plant on Tuesday, officials said."
    assert rows(text) == [("indirect", ["A fire tore through a plant on Tuesday"], "officials", "said")]


def test_the_person_told_something_is_not_the_source():
    assert rows("Last year I was told there was nothing to worry about.") == []


def test_long_texts_stay_fast():
    import time

    paragraph = "“We will rebuild,” Mayor Ann Cole said. Officials said the plant would reopen soon.\n\n"
    started = time.perf_counter()
    found = find_attributions(paragraph * 2000)
    assert len(found) == 4000
    assert time.perf_counter() - started < 10  # linear: about 1 s here, quadratic was minutes


def test_doubled_apostrophes_are_double_quotes():
    text = "He attacked the judge for his ''Mexican heritage.'' ''We will win,'' Mr. Trump said. It's Jones' car."
    assert [text[q.start:q.end] for q in quote_spans(text)] == ["''Mexican heritage.''", "''We will win,''"]
    assert ("direct", ["''We will win,''"], "Mr. Trump", "said") in rows(text)


def test_wire_backticks_open_a_double_quote():
    text = "``Things are changing, and we feel better,'' Rajinder Singh said. ``It's 'hard','' he added."
    assert [text[q.start:q.end] for q in quote_spans(text)] == [
        "``Things are changing, and we feel better,''", "``It's 'hard',''"]
    assert ("direct", ["``Things are changing, and we feel better,''"], "Rajinder Singh", "said") in rows(text)
    brief = storyline.brief({"id": "a", "text": text})
    assert "Things are changing, and we feel better" in {q.text for q in brief.quotes}


def test_attribution_nested_in_another_content_is_left_to_the_outer_one():
    text = "The mayor said that the minister believed the bridge was “perfectly safe.”"
    assert rows(text) == [("indirect", ["that the minister believed the bridge was “perfectly safe.”"],
                           "The mayor", "said")]


@pytest.mark.parametrize("text, speaker", [
    ("“Who do they think they are?” Trump said of the company in February, when it refused to help.", "Trump"),
    ("“We need our fix!” Clinton said to the magazine.", "Clinton"),
    ("“We will win,” he said, introducing the governor as a friend of the state.", "he"),
])
def test_what_follows_a_quote_cue_about_or_to_whom_is_not_its_content(text, speaker):
    kind, contents, found_speaker, cue = rows(text)[0]
    assert (kind, found_speaker, cue) == ("direct", speaker, "said")
    assert contents[0].startswith("“") and contents[0].endswith("”")


def test_inverted_speaker_stops_before_a_relative_clause():
    text = "“It will be hard,” said a longtime data expert who has worked for a rival campaign."
    assert rows(text)[0][2] == "a longtime data expert"


def test_mistyped_curly_quotes_are_paired_by_their_spacing():
    text = "“It's unusual,“ said Larry Noble, a lawyer. “It's a hard thing to do.”"
    assert [text[q.start:q.end] for q in quote_spans(text)] == ["“It's unusual,“", "“It's a hard thing to do.”"]
    assert rows(text)[0][2] == "Larry Noble"


def test_attribution_nested_under_a_verb_of_saying_is_kept():
    text = "The paper wrote that the governor said the bridge was “perfectly safe.”"
    assert [(r[2], r[3]) for r in rows(text)] == [("The paper", "wrote"), ("the governor", "said")]


def test_a_prepositional_phrase_is_not_a_speaker():
    text = "With a vote for the mayor ruled out, Cross said he is left with two options."
    assert [(r[2], r[3]) for r in rows(text)] == [("Cross", "said")]


def test_an_adjunct_between_speaker_and_cue_is_skipped():
    text = 'Clinton, during a town hall in Columbus, Ohio, said she would "put coal miners out of business."'
    assert [(r[2], r[3]) for r in rows(text)] == [("Clinton", "said")]


def test_free_quotes_of_one_sentence_are_one_attribution():
    text = "Rivera faced “profane” and “sexist” attacks from fans."
    assert rows(text) == [("direct", ["“profane”", "“sexist”"], "Rivera", None)]


def test_free_quotes_with_nothing_between_them_are_one_attribution():
    text = ("The rally ran late. “We have to do something about it.” “We are not tough enough.”"
            "\n\n“We will win again.” The crowd cheered.")
    assert rows(text) == [("direct", ["“We have to do something about it.”", "“We are not tough enough.”",
                                      "“We will win again.”"], None, None)]


def test_cue_of_the_next_sentence_belongs_to_the_quote_it_introduces():
    text = "“We lost the vote.” He added, “We will try again next year.”"
    assert rows(text) == [("direct", ["“We lost the vote.”"], None, None),
                          ("direct", ["“We will try again next year.”"], "He", "added")]


def test_participle_cue_takes_no_speaker_after_it():
    text = "“Growth is too slow,” McCain said, citing the many Americans who stopped looking for work."
    assert {speaker for _, _, speaker, _ in rows(text)} == {"McCain"}


@pytest.mark.parametrize("text, wrong", [
    ("Sanders sent out a fundraising call, asking supports to “donate $3 to our campaign now.”", "asking"),
    ("“It was a sizable purchase of data,” said Bruce Willsie, who declined to give the price.",
     "said Bruce Willsie"),
])
def test_a_verb_does_not_open_a_speaker(text, wrong):
    assert all(speaker != wrong for _, _, speaker, _ in rows(text))


def test_indirect_content_never_runs_over_a_direct_quote_and_its_cue():
    text = "“Just one minute, come on,” he urged them, as he explained how tough it is to run."
    assert rows(text) == [("direct", ["“Just one minute, come on,”"], "he", "urged")]


@pytest.mark.parametrize("text, speaker, cue", [
    ("Obama said “it gets me mad” every time he thinks about the children who were killed.", "Obama", "said"),
    ("He adds that Bush is “like a spoiled child” and “not a smart man” because he’s in favor of the standards.",
     "He", "adds"),
])
def test_partial_quote_inside_a_clause_takes_no_cue_after_it(text, speaker, cue):
    [(kind, [content], found_speaker, found_cue)] = rows(text)
    assert (kind, found_speaker, found_cue) == ("indirect", speaker, cue)
    assert content.count("“") == content.count("”") >= 1


def test_inverted_speaker_never_follows_a_participle():
    from storyline.cues import find_cues
    from storyline.speakers import speaker_after

    text = "“Growth is slow,” he said, citing the many Americans who gave up."
    found = {cue.group(): speaker_after(text, cue, len(text)) for cue in find_cues(text)}
    assert found["citing"] is None


@pytest.mark.parametrize("text, speaker", [
    ("“The Iowa caucus is a battle of niches” Grubbs said. “The free market has a niche too.”", "Grubbs"),
    ('"Leaks created a false narrative" said Nick Merrill, a spokesman. "It is irresponsible."', "Nick Merrill"),
])
def test_quote_without_closing_punctuation_still_takes_a_cue_ending_the_sentence(text, speaker):
    [(kind, parts, found_speaker, cue)] = rows(text)
    assert (kind, len(parts), found_speaker, cue) == ("direct", 2, speaker, "said")


def test_a_that_clause_of_another_verb_does_not_take_the_quote_cue():
    text = ("“Everything is on the table,” Carson told the AP on Wednesday after hinting that “personnel changes”"
            " could come. “Every single thing is on the table.”")
    [(kind, parts, speaker, cue)] = [row for row in rows(text) if "“Everything is on the table,”" in row[1]]
    assert (kind, speaker, cue) == ("direct", "Carson", "told")
    assert parts[-1] == "“Every single thing is on the table.”"


def test_measured_cues_reads_titled_points_out():
    text = ("“Voters reject establishment Republicans,” he points out. The ad, titled “Scam,” ran Monday. "
            "“Welcome, Americans!” a message on the website reads.")
    assert [cue for *_, cue in rows(text)] == ["points out", "titled", "reads"]


@pytest.mark.parametrize("text, cues", [
    ("McCain issued a statement after Donald Trump told a town hall on Monday that waterboarding is “peanuts,”"
     " compared to what militants do.", ["told"]),
    ("The senator said that the governor wrote him the bill was “dead on arrival.”", ["said", "wrote"]),
])
def test_only_a_verb_of_saying_keeps_another_verb_of_saying_in_its_content(text, cues):
    assert [cue for *_, cue in rows(text)] == cues


def test_coordinated_cue_after_a_closing_quote_ends_the_content():
    text = "Humphrey, who calls Trump a “sociopath,” said he does not believe the effort needs an alternative."
    assert ("indirect", ["Trump a “sociopath,”"], "Humphrey", "calls") in rows(text)


def test_so_called_is_not_a_cue():
    from storyline.cues import find_cues

    text = "Sanders lost the so-called “closed” primaries, as critics called them."
    assert [cue.group() for cue in find_cues(text)] == ["called"]
    assert text.index("called them") == next(find_cues(text)).start()


def test_a_title_inside_a_sentence_takes_no_cue_after_it():
    text = 'In an interview with "Fox and Friends," Donald Trump pointed to China as the regional enforcer.'
    assert all('"Fox and Friends,"' not in parts for _, parts, _, _ in rows(text))


def test_a_cue_after_before_or_while_shares_the_speaker_and_ends_the_content():
    text = ("Trump said the court's deadlock has “kept us safe” before claiming that open borders are"
            " “tearing families apart.”")
    assert rows(text) == [("indirect", ["the court's deadlock has “kept us safe”"], "Trump", "said"),
                          ("indirect", ["that open borders are “tearing families apart.”"], "Trump", "claiming")]


def test_a_cue_inside_a_subordinate_clause_after_a_quote_is_not_its_cue():
    text = ("“In breaking news,” Axelrod tweeted last January, “Clinton wins an endorsement from her press"
            " secretary,” after spokesman Brian Fallon expressed his support for his boss.")
    assert rows(text) == [
        ("direct", ["“In breaking news,”", "“Clinton wins an endorsement from her press secretary,”"],
         "Axelrod", "tweeted"),
        ("indirect", ["his support for his boss"], "spokesman Brian Fallon", "expressed")]


@pytest.mark.parametrize("text, spans", [
    ('Dr. Ward stated:\n\n"The department isn’t about “Equal Justice Under Law” anymore. It is a shame."',
     ['"The department isn’t about “Equal Justice Under Law” anymore. It is a shame."']),
    ("“It isn't about \"fair play\" at all,” she said.", ["“It isn't about \"fair play\" at all,”"]),
    ('“I fundamentally disagree," said the general.', ['“I fundamentally disagree,"']),
])
def test_a_quote_of_the_other_kind_nests_inside_and_a_mistyped_closer_still_closes(text, spans):
    assert [text[q.start:q.end] for q in quote_spans(text)] == spans


def test_a_partial_quote_after_another_cue_is_that_cue_s_content_not_a_part_of_the_direct_quote():
    text = ("“We need someone battle tested,” he said, calling Clinton a “global leader on human rights.”"
            " “She has grit.”")
    assert rows(text) == [("direct", ["“We need someone battle tested,”", "“She has grit.”"], "he", "said"),
                          ("indirect", ["Clinton a “global leader on human rights.”"], "he", "calling")]


def test_a_quote_inside_the_clause_after_a_cue_is_its_own_attribution_by_the_same_speaker():
    text = ("“He is a citizen,” the board said, reasoning that Cruz “did not have to take any steps”"
            " and was never “naturalized.” “The case is closed.”")
    assert rows(text) == [
        ("direct", ["“He is a citizen,”", "“The case is closed.”"], "the board", "said"),
        ("direct", ["“did not have to take any steps”", "“naturalized.”"], "the board", None)]


@pytest.mark.parametrize("text, parts", [
    ("“A deal,” she said, and “a good one.”", ["“A deal,”", "“a good one.”"]),  # handed back to the speaker
    ("“It was shameful,” said Lee Ford, who waited in an “extraordinarily long line.”",
     ["“It was shameful,”", "“extraordinarily long line.”"]),  # the apposition of an inverted speaker
])
def test_a_quote_after_a_comma_or_in_an_inverted_speaker_s_apposition_stays_a_part(text, parts):
    assert rows(text)[0][1] == parts


@pytest.mark.parametrize("text", [
    "Firefighters were called to the storage hall at around 4:30 a.m.",
    "The new bridge is officially called the Mill Street Crossing.",
    "I asked Greyline for comment and have not heard back.",
])
def test_summoned_named_or_asked_for_comment_is_no_attribution(text):
    assert rows(text) == []


def test_called_with_a_content_stays_an_attribution():
    assert rows("The mayor called the fire a frightening morning for everyone.")[0][2:] == ("The mayor", "called")


@pytest.mark.parametrize("text", [
    "Analysis: The blaze was the third at the plant this year.",
    "Updated: March 12, 2024 at 10:03 a.m. with the mayor's comments",
    "Related Coverage: Fire crews tackle a blaze at the Quarry Road plant",
    "Turnout was low in the polls on Thursday as voters stayed home.",
])
def test_newsroom_labels_and_polling_stations_are_no_speakers(text):
    assert rows(text) == []


def test_a_transcript_line_and_a_poll_stay_attributions():
    assert rows("TRUMP: The deaths of these people are terrible.")[0][2:] == ("TRUMP", ":")
    assert rows("The senator is ahead in the latest polls.")[0][2:] == ("the latest polls", "in")


def test_a_quote_alone_on_its_line_is_credited_after_a_dash():
    text = ("Readers answered our call.\n\n“He has no plan at all. We are worried.” ― Ana Ruiz\n"
            "“The debate settled it for me.”\u00a0― Tom B. Lee.\n\n"
            "She said the vote was “still wide open.” -- Kim Hall")
    found = rows(text)
    assert ("direct", ["“He has no plan at all. We are worried.”"], "Ana Ruiz", "―") in found
    assert ("direct", ["“The debate settled it for me.”"], "Tom B. Lee", "―") in found
    assert not any(speaker == "Kim Hall" for _, _, speaker, _ in found)  # a byline after a sentence


@pytest.mark.parametrize("text, content", [
    ('Before the vote, Lee told KTV\'s "Morning Show" that the bridge would reopen.', "that the bridge would reopen"),
    ("Mayor Cole said on “City Desk” that the budget was balanced.", "that the budget was balanced"),
])
def test_a_quoted_show_after_the_cue_is_left_out_of_the_content(text, content):
    [(kind, [found], _, _)] = rows(text)
    assert (kind, found) == ("indirect", content)


def test_a_quoted_title_after_called_stays_the_content():
    text = 'Her new book is titled "Voices of Hope."'
    assert any('"Voices of Hope' in part for _, parts, _, _ in rows(text) for part in parts)


def test_a_lower_case_title_before_a_name_and_party_is_a_speaker():
    text = '"Subpoenas are not optional," panel Chairman Rep. Al Ford (R-Utah) said after the hearing.'
    [(kind, parts, speaker, cue)] = rows(text)
    assert (kind, parts, cue) == ("direct", ['"Subpoenas are not optional,"'], "said")
    assert speaker.startswith("panel Chairman Rep. Al Ford")


@pytest.mark.parametrize("text, content", [
    ("Though she called for pay to be “clawed back” from the managers, Ruiz kept her remarks short.",
     "pay to be “clawed back” from the managers"),
    ("While he acknowledged funding was a reason he left, he also noted several “intangibles” there.",
     "funding was a reason he left"),
])
def test_a_cue_in_an_opening_clause_ends_its_content_before_the_main_clause(text, content):
    assert rows(text)[0][1] == [content]


def test_a_quote_after_and_still_following_the_cue_stays_a_part():
    text = 'Mills "got a deal," Jordan said, and still "sat in on the interview."'
    [(kind, parts, speaker, cue)] = rows(text)
    assert (kind, parts, speaker, cue) == ("direct", ['"got a deal,"', '"sat in on the interview."'], "Jordan", "said")


def test_a_nested_tell_or_ask_is_no_attribution_of_its_own_but_a_nested_say_is():
    told = rows("The mayor said that she had told the council the budget was balanced.")
    assert [cue for _, _, _, cue in told] == ["said"]
    said = rows("The mayor wrote that the chief had said the budget was balanced.")
    assert sorted(cue for _, _, _, cue in said) == ["had said", "wrote"]


def test_a_possessive_claim_that_is_an_attribution_of_its_owner():
    text = "The site checked Mayor Cole’s claim that the city had “zero break-ins” in June, saying it was false."
    found = rows(text)
    assert ("indirect", ["that the city had “zero break-ins” in June"], "Mayor Cole", "claim") in found


def test_a_verb_inside_what_according_to_names_is_no_cue():
    text = 'According to a civil complaint filed by the agency, the developers ran a "massive scheme" for years.'
    assert [(speaker, cue) for _, _, speaker, cue in rows(text)] == [
        ("a civil complaint filed by the agency", "According to")]


def test_following_opens_no_speaker():
    text = 'Following initial reports of the blast, but before police weighed in, Ruiz said that "a bomb" went off.'
    assert [(speaker, cue) for _, _, speaker, cue in rows(text)] == [("Ruiz", "said")]


@pytest.mark.parametrize("text, speaker", [
    ("Afterwards he said the plan had failed.", "he"),
    ("Earlier this year China announced that its athletes would be banned for life.", "China"),
    ("Friday the ministry said the talks would resume.", "the ministry"),
    ("Morning Consult found that voters were split.", "Morning Consult"),
    ("Sunday Times editor Ben Taylor said the paper would appeal.", "Sunday Times editor Ben Taylor"),
])
def test_a_time_word_opening_the_clause_is_not_part_of_the_speaker(text, speaker):
    assert [r[2] for r in rows(text)] == [speaker]


def test_a_lone_article_is_no_speaker():
    assert rows("The warning was issued for not keeping officials informed.") == []


def test_a_span_of_time_after_a_quote_s_cue_is_an_adjunct():
    text = "“I never doubted it,” she said several months after her release, and the reason was clear."
    assert ("direct", ["“I never doubted it,”"], "she", "said") in rows(text)


def test_a_title_named_by_a_cue_is_attributed_but_a_bare_title_is_not():
    named = rows("Ohio ended what had been called the “Golden Week,” a period of early voting.")
    assert any("“Golden Week,”" in part for _, parts, _, _ in named for part in parts)
    known = rows("The bill, known as the “Justice For Victims Act” was passed by Congress.")
    assert any("“Justice For Victims Act”" in part for _, parts, _, _ in known for part in parts)
    bare = rows("The group watched “Dangerous Times” in Ohio.")
    assert not any("“Dangerous Times”" in part for _, parts, _, _ in bare for part in parts)


def test_a_list_of_names_after_a_leading_clause_is_not_the_main_clause():
    text = "When Pruitt warned that Harwick, Dunmore and Ashby would flood, residents left."
    [(_, content, _, _)] = rows(text)
    assert content[0].startswith("that Harwick, Dunmore and Ashby would flood")


def test_her_after_a_giving_verb_is_no_owner_of_a_claim():
    assert rows("The company gave her assurances that the plant would reopen in May.") == []
    assert [r[2:] for r in rows("Her claim that the plant was safe was false.")] == [("Her", "claim")]


def test_an_apposition_opening_with_a_role_keeps_its_name_even_without_its_closing_comma():
    text = 'Pat McQuaid, president of the cycling union (UCI) told Reuters: "I cannot comment."'
    assert [r[2] for r in rows(text)] == ["Pat McQuaid, president of the cycling union (UCI)"]


def test_a_wire_dateline_with_a_hyphen_is_no_content():
    text = "WASHINGTON (Reuters) - The president signed the order on Tuesday, the White House said."
    assert rows(text) == [("indirect", ["The president signed the order on Tuesday"], "the White House", "said")]


def test_claimed_with_a_prize_or_lives_as_its_object_is_no_speech():
    won = "The winner, Australian Robbie McEwan, claimed the green jersey while the leader held on."
    assert find_attributions(won) == []
    owned = "ETA claimed responsibility for placing the devices, police said."
    [attribution] = find_attributions(owned)
    assert owned[attribution.speaker[0]:attribution.speaker[1]] == "police"
    said = "He claimed the election was rigged."
    [attribution] = find_attributions(said)
    assert said[attribution.content[0][0]:attribution.content[-1][1]] == "the election was rigged"
