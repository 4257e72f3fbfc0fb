"""Whole quotes: a paragraph that is only a quotation carries on the quote just before it (news
style), as one more fragment of that claim (of a plain indirect claim too, which becomes mixed);
never across narration, a quote with no speaker, or to a cue after it."""

from conftest import all_spans, span_ok

FARMER = '"We had nothing left," said Ana Ruiz, a farmer in Eastport.'
FOLLOW = "\"I can't believe that this is our life now. Every night we wait for the water.\""
MORE = '"We will stay anyway."'


def fragments(record):
    return [f["text"] for f in record["content"].get("fragments", [record["content"]])]


def test_a_quotation_paragraph_after_a_quote_is_its_next_fragment(extract):
    for sep in ("\n\n", "\n", "\r\n\r\n"):
        text = sep.join([FARMER, FOLLOW, MORE, "The council will meet on Monday."])
        (r,) = extract(text)
        assert fragments(r) == ["We had nothing left,", FOLLOW.strip('"'), MORE.strip('"')]
        assert (r["type"], r["speaker"]["name"], r["cue"]["text"], r["class"]) == ("direct", "Ana Ruiz", "said", "speech")
        assert r["content"]["start"] == 1 and r["content"]["end"] == text.index(MORE) + len(MORE) - 1
        assert r["sentence"]["end"] == r["content"]["end"] + 1  # the last paragraph, closing mark included
        assert all(span_ok(text, s) for s in all_spans(r))


def test_narration_in_between_stops_it(extract):
    text = "\n\n".join([FARMER, "The river rose again on Tuesday.", FOLLOW])
    records = extract(text)
    assert [fragments(r) for r in records if r["speaker"] and r["speaker"]["name"] == "Ana Ruiz"] == [["We had nothing left,"]]
    # narration after an indirect claim in its own paragraph
    text = "\n\n".join(["Ana Ruiz said the river rose again on Tuesday. The town has 400 people.", FOLLOW])
    assert [fragments(r) for r in extract(text)] == [["the river rose again on Tuesday"]]


def test_a_quotation_paragraph_after_a_plain_indirect_claim_carries_it_on(extract):
    text = "\n\n".join(["Ana Ruiz, a farmer in Eastport, said the river rose again on Tuesday.", FOLLOW, "The council will meet on Monday."])
    (r,) = extract(text)
    # a paraphrase, then the speaker's own words: mixed
    assert (r["type"], r["speaker"]["name"], r["cue"]["text"], r["class"]) == ("mixed", "Ana Ruiz", "said", "speech")
    assert fragments(r) == ["the river rose again on Tuesday", FOLLOW.strip('"')]
    assert all(span_ok(text, s) for s in all_spans(r))
    # other cues are too often followed by someone else's words
    text = "\n\n".join(["Ana Ruiz spoke at length about the flood relief money.", FOLLOW])
    assert all(FOLLOW.strip('"') not in fragments(r) for r in extract(text))


def test_a_label_or_a_heading_in_quotation_marks_is_not_the_speaker_going_on(extract):
    for quoted in ('"Related:"', '"Chris Matthews: Seriously, who pays for all of it?"', '"EVERY VOTE COUNTS"'):
        text = "\n\n".join(['"We had nothing left," said Ana Ruiz.', quoted, "The council met on Monday."])
        records = [r for r in extract(text) if r["speaker"] and r["speaker"]["name"] == "Ana Ruiz"]
        assert [fragments(r) for r in records] == [["We had nothing left,"]], quoted


def test_a_quotation_paragraph_never_goes_to_a_cue_in_the_paragraph_after_it(extract):
    # the cue after it has a speaker of its own, who did not say it
    for after in ("Others disagreed.", "The mayor said nothing."):
        text = "\n\n".join(["The harvest was poor this year.", FOLLOW, after])
        assert all(FOLLOW.strip('"') not in fragments(r) for r in extract(text)), after
    # with a speaker before it, it is that speaker's
    text = "\n\n".join([FARMER, FOLLOW, "Others disagreed."])
    (r, *_) = extract(text)
    assert (r["speaker"]["name"], fragments(r)) == ("Ana Ruiz", ["We had nothing left,", FOLLOW.strip('"')])


def test_a_paragraph_that_is_more_than_a_quotation_is_not_taken(extract):
    text = "\n\n".join([FARMER, FOLLOW + " Her neighbours agreed."])
    (first, *_) = extract(text)
    assert fragments(first) == ["We had nothing left,"]


def test_a_lead_in_with_a_colon_takes_a_quote_of_several_paragraphs(extract):
    text = ('The minister stated:\n\n"The ministry is not about “equal rules for all” anymore. It is about control.\n\n'
            '"The latest example is the “bread tax,” which nobody asked for."\n\nThe council met on Monday.')
    (r,) = extract(text)
    assert (r["type"], r["speaker"]["text"], r["cue"]["text"]) == ("direct", "The minister", "stated")
    assert fragments(r) == ["The ministry is not about “equal rules for all” anymore. It is about control.",
                            "The latest example is the “bread tax,” which nobody asked for."]
    assert all(span_ok(text, s) for s in all_spans(r))


def test_a_speaker_after_the_cue_read_as_its_object_and_the_quote_that_follows(extract):
    text = '"Look, we needed to win the first two races," added a local organizer. "We did that. Now the hard part starts."'
    (r,) = extract(text)
    assert (r["speaker"]["text"], r["cue"]["text"]) == ("a local organizer", "added")
    assert fragments(r) == ["Look, we needed to win the first two races,", "We did that. Now the hard part starts."]
    # the one addressed is not the speaker
    (r,) = extract('"We needed to win," told reporters on Monday.')
    assert r.get("speaker") is None or r["speaker"]["text"] != "reporters"


def test_a_quotation_after_a_colon_that_no_cue_claims_goes_to_the_lead_in_s_subject(extract):
    text = 'He then went through the qualities he wants in a running mate:\n\n"Experience in government."\n\nThe list was short.'
    quotes = [r for r in extract(text) if r["type"] == "direct"]
    assert [(r["content"]["text"], r["speaker"]["text"], r["cue"]["text"]) for r in quotes] == [("Experience in government.", "He", "went")]
    text = "The mayor gestured to the crowd, then leaned in and boomed: “Let us rebuild this town together.”"
    (r,) = [r for r in extract(text) if r["type"] == "direct"]
    assert (r["content"]["text"], r["speaker"]["text"], r["cue"]["text"]) == ("Let us rebuild this town together.", "The mayor", "boomed")
    # a copula is no cue: the colon is
    (r,) = extract("The state board was conclusive in its findings: “Further discussion is unnecessary.”")
    assert (r["speaker"]["text"], r["cue"]["text"], r["class"]) == ("The state board", ":", "speech")
    # no one to speak: "it", "there", an abstract noun
    for text in ('Wait, it gets better:\n\n"By law, the president sets the number each year."',
                 "Each year, there is a threat many people make: “If he wins, I am moving to Canada!”"):
        assert [r for r in extract(text) if r["type"] == "direct"] == [], text


def test_a_quote_broken_by_a_cue_with_a_clause_after_it_is_one_record(extract):
    """'"A," X said, "B."' where the parser read the second half as the cue's own content: both
    halves are fragments of one record; the apposition's name is the speaker."""
    text = ('"My bosses, whoever they have been, including Ana Ruiz and Tom Lee," Mr. Conant, the party consultant, '
            'said, "the first thing voters tell them is that they saw them on the news."')
    (r,) = extract(text)
    assert fragments(r) == ["My bosses, whoever they have been, including Ana Ruiz and Tom Lee,",
                            "the first thing voters tell them is that they saw them on the news."]
    assert (r["type"], r["speaker"]["text"], r["cue"]["text"]) == ("direct", "Conant", "said")
    assert all(span_ok(text, s) for s in all_spans(r))


def test_a_finished_quote_or_a_quoted_fragment_is_not_the_next_cue_s(extract):
    text = '"We are neighbours," Ms. Lee said. "We are not enemies." Mr. Ruiz said: "The flood was nobody\'s fault."'
    assert [(r["speaker"]["text"], fragments(r)) for r in extract(text)] == [
        ("Lee", ["We are neighbours,", "We are not enemies."]), ("Ruiz", ["The flood was nobody's fault."])]
    text = 'Ruiz said the count could be "slow," adding, "Democracy takes time."'
    assert [(r["cue"]["text"], fragments(r)) for r in extract(text)] == [
        ("said", ['the count could be "slow,"']), ("adding", ["Democracy takes time."])]


def test_a_participle_of_saying_after_a_quoted_fragment_is_the_speaker_s_next_report(extract):
    text = 'The mayor said the process of counting every vote could be "slow," adding, "Democracy takes time."'
    assert [(r["speaker"]["text"], r["cue"]["text"], fragments(r)) for r in extract(text)] == [
        ("The mayor", "said", ['the process of counting every vote could be "slow,"']), ("The mayor", "adding", ["Democracy takes time."])]


def test_a_quote_inside_another_speaker_s_claim_leaves_both_claims(extract):
    # the direct claim sits in the gap of the indirect one; no character is in both
    text = 'The mayor said the plan, which critics called "a disaster," would cost $5 billion.'
    said, called = extract(text)
    assert (said["speaker"]["text"], said["cue"]["text"], fragments(said)) == ("The mayor", "said", ["the plan", "would cost $5 billion"])
    assert (called["type"], called["speaker"]["text"], called["cue"]["text"], fragments(called)) == ("direct", "critics", "called", ["a disaster,"])
    assert all(span_ok(text, s) for r in (said, called) for s in all_spans(r))
    # a set-off phrase at the end that holds the other claim's cue is the writer's, not the speaker's
    text = 'Education Minister Paula Grant says the province will cap classes at 24 students, a move the union calls "too little, too late."'
    says, calls = extract(text)
    assert (says["speaker"]["name"], fragments(says)) == ("Paula Grant", ["the province will cap classes at 24 students"])
    assert (calls["speaker"]["text"], fragments(calls)) == ("the union", ["too little, too late."])


def test_a_quotation_of_several_paragraphs_after_a_claim_carries_it_on(extract):
    # news style: each paragraph of the quotation opens with a mark, only the last one closes
    text = ("Aisha Rahman, who chairs the transit committee, said residents had waited long enough.\n\n"
            "\"For ten years we have studied this. People are tired of standing at bus stops in the rain.\n\n"
            "\"Tonight we finally put our money where our mouth is.\"\n\nThe vote was 14 to 9.")
    (r,) = extract(text)
    assert (r["type"], r["speaker"]["name"]) == ("mixed", "Aisha Rahman")
    assert fragments(r) == ["residents had waited long enough",
                            "For ten years we have studied this. People are tired of standing at bus stops in the rain.",
                            "Tonight we finally put our money where our mouth is."]
    assert all(span_ok(text, s) for s in all_spans(r))


# A quotation sentence right after the sentence of a quote's cue, in the same paragraph
DAM = '"The dam held for ten years," said Ana Ruiz, a farmer in Eastport, recalling the flood of 2009.'
NEXT = '"Most engineers agree that it was sound, and nobody here expected it to break."'


def test_a_quotation_sentence_after_the_cue_s_sentence_is_the_quote_s_next_fragment(extract):
    text = " ".join([DAM, NEXT]) + "\n\nThe council met on Monday."
    records = extract(text)
    (r,) = [r for r in records if r["cue"]["text"] == "said"]
    assert fragments(r) == ["The dam held for ten years,", NEXT.strip('"')]
    assert (r["type"], r["speaker"]["name"], r["class"]) == ("direct", "Ana Ruiz", "speech")
    assert all(span_ok(text, s) for s in all_spans(r))
    # the cue inside her own words ("agree") is no claim of its own: one claim to a stretch
    assert not [x for x in records if x is not r and x["content"]["start"] >= text.index(NEXT)]


def test_only_the_rest_of_the_cue_s_sentence_may_come_between(extract):
    for between in ("Her neighbour disagreed.", "The river rose again on Tuesday."):
        text = " ".join(['"The dam held for ten years," said Ana Ruiz.', between, NEXT])
        (r, *_) = [r for r in extract(text) if r["speaker"] and r["speaker"]["name"] == "Ana Ruiz"]
        assert fragments(r) == ["The dam held for ten years,"], between
    # a quote whose sentence ends inside its marks, then narration, then another quotation
    text = ('"Your Honor," I said, "I would like to answer the question." When I began to speak the judge '
            'interrupted me. "Explain to me why you are here."')
    (r, *_) = extract(text)
    assert (r["speaker"]["text"], fragments(r)) == ("I", ["Your Honor,", "I would like to answer the question."])


def test_a_quotation_with_a_cue_of_its_own_stays_that_cue_s(extract):
    text = '"The dam held for ten years," said Ana Ruiz. "It will not hold another," the mayor said.'
    records = extract(text)
    assert [(r["speaker"]["text"], fragments(r)) for r in records] == [
        ("Ana Ruiz", ["The dam held for ten years,"]), ("the mayor", ["It will not hold another,"])]


def test_a_plain_report_in_the_cue_s_sentence_goes_on_into_the_quotation(extract):
    text = ('"The dam held for ten years," said Ana Ruiz, adding that the town had no money left for repairs. '
            '"We need help from the province."')
    first, added = extract(text)
    assert fragments(first) == ["The dam held for ten years,"]
    assert (added["cue"]["text"], added["type"], added["speaker"]["name"]) == ("adding", "mixed", "Ana Ruiz")
    # the quotation after it is a further fragment, its words inside the marks as a quote's are
    assert fragments(added) == ["the town had no money left for repairs", "We need help from the province."]
    assert all(span_ok(text, s) for s in all_spans(added))


def test_a_quoted_sentence_that_opens_with_then_or_but_still_goes_on_the_quote(extract):
    text = ('"They looked at me like I was a traitor," he said. Then, "I try to explain it to them. '
            'So they say they will think about it."')
    (r,) = extract(text)
    assert fragments(r) == ["They looked at me like I was a traitor,",
                            "I try to explain it to them. So they say they will think about it."]
    # narration that opens with "But" is no quotation
    got = [(r["cue"]["text"], fragments(r)) for r in extract('"We will rebuild," the mayor said. But the council voted against the plan.')]
    assert ("said", ["We will rebuild,"]) in got


def test_a_quotation_after_someone_else_cuts_in_is_not_the_first_speakers(extract):
    text = '"Tell her I kept the letter," Ruth Amsel said, and her husband cut in. "Don\'t forget the photograph."'
    got = [(r["speaker"]["name"], [f["text"] for f in (r["content"].get("fragments") or [r["content"]])]) for r in extract(text)]
    assert got == [("Ruth Amsel", ["Tell her I kept the letter,"])]
    # the cue's own words between the two quotations still carry the quote on
    text = '"Tell her I kept the letter," Ruth Amsel said in an interview on Tuesday. "Don\'t forget the photograph."'
    (r,) = extract(text)
    assert [f["text"] for f in r["content"]["fragments"]] == ["Tell her I kept the letter,", "Don't forget the photograph."]


def test_what_a_quote_was_said_of_is_not_its_content(extract):
    # '"...," he said of X': the quotation is the claim, X only what it was said about
    for text, quote, who in (
        ('"Not a chance," the governor said of the plan to close the mill.', "Not a chance,", "the governor"),
        ('"Why would anyone trust them again?" Mara Lind said about the council\'s vote.',
         "Why would anyone trust them again?", "Mara Lind"),
        ('"Absolutely not," said Reid of a second vote.', "Absolutely not,", "Reid"),
    ):
        (r,) = extract(text)
        assert (fragments(r), r["type"], r["cue"]["text"], r["speaker"]["text"]) == ([quote], "direct", "said", who)
    # without a quotation before it, "said of" still reports what follows
    (r,) = extract("The mayor spoke of a plan to close the mill.")
    assert r["content"]["text"] == "a plan to close the mill"
    # a participle after a quoted phrase of the writer's clause is no cue of that quotation
    got = [(r["cue"]["text"], r["content"]["text"]) for r in extract(
        'Ruiz said the dam "will hold for ten years," referring to the new wall.')]
    assert ("said", 'the dam "will hold for ten years,"') in got


def test_narration_after_an_inserted_cue_stays_out_of_the_quote(extract):
    text = '"Too much anger," she said, blaming some of it on the candidate Paul Brenner.'
    records = extract(text)
    quote = next(r for r in records if r["cue"]["text"] == "said")
    assert (fragments(quote), quote["type"]) == (["Too much anger,"], "direct")
    # what she blamed is a claim of her own (the parser hung the participle on the quotation's noun)
    blamed = next(r for r in records if r["cue"]["text"] == "blaming")
    assert (blamed["speaker"]["text"], blamed["content"]["text"]) == ("she", "some of it on the candidate Paul Brenner")
    # a quotation that goes on after the cue is still one claim; the next speaker's quotation,
    # with narration after her cue, is hers, not a third piece of his
    text = '"The plan," he said, "would fail within a year." "Too much anger," she said, blaming it on "the mood in town."'
    said = [(r["speaker"]["text"], fragments(r)) for r in extract(text) if r["cue"]["text"] == "said"]
    assert said == [("he", ["The plan,", "would fail within a year."]), ("she", ["Too much anger,"])]


def test_a_report_in_the_speaker_s_relative_clause_does_not_share_the_quote_that_follows(extract):
    """'"A," said X, who said B. "C"': the quotation after the relative clause's report goes on
    with X's quote, once; the report keeps its own content (no two records share a character)."""
    text = ('"It was panting so hard it could barely stand," said Jessica Alvarez, who said she spotted the dog '
            'while walking to her car. "I just kept thinking, where is the owner?"')
    records = extract(text)
    assert [(r["type"], r["cue"]["text"], fragments(r)) for r in records] == [
        ("direct", "said", ["It was panting so hard it could barely stand,", "I just kept thinking, where is the owner?"]),
        ("indirect", "said", ["she spotted the dog while walking to her car"])]
    assert {r["speaker"]["name"] for r in records} == {"Jessica Alvarez"}
    assert all(span_ok(text, s) for r in records for s in all_spans(r))
