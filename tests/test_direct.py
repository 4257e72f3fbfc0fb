"""Direct quotes end to end: exact spans, cues before/after/inside, speakers nearby."""

from conftest import all_spans, span_ok


def only(records, type_=None):
    assert len(records) == 1, records
    if type_:
        assert records[0]["type"] == type_
    return records[0]


def test_cue_after_quote(extract):
    text = '"We will not accept this," said Maria Lopez, the mayor of Springfield.'
    r = only(extract(text), "direct")
    assert r["content"]["text"] == "We will not accept this,"
    assert (r["content"]["start"], r["content"]["end"]) == (1, 25)
    assert r["cue"]["text"] == "said" and r["cue"]["lemma"] == "say"
    assert r["speaker"]["text"] == "Maria Lopez"
    assert r["speaker"]["role"] == "mayor of Springfield"


def test_cue_before_quote_over_two_sentences(extract):
    text = 'Maria Lopez said: "The budget is broken. We must fix it before winter."'
    r = only(extract(text), "direct")
    assert r["content"]["text"] == "The budget is broken. We must fix it before winter."
    assert r["speaker"]["name"] == "Maria Lopez"


def test_cue_splitting_the_quote_is_one_claim(extract):
    text = '"The budget is broken," Maria Lopez said, "and we must fix it before winter."'
    r = only(extract(text), "direct")
    assert [f["text"] for f in r["content"]["fragments"]] == ["The budget is broken,", "and we must fix it before winter."]
    assert r["content"]["start"] == 1 and r["content"]["end"] == len(text) - 1
    assert r["speaker"]["name"] == "Maria Lopez"


def test_curly_quotes_and_pronoun_speaker(extract):
    text = "Maria Lopez left the room early.\n“The plan is dead,” she said."
    r = only(extract(text), "direct")
    assert r["content"]["text"] == "The plan is dead,"
    assert r["speaker"]["text"] == "she"
    assert r["speaker"]["name"] == "Maria Lopez"
    assert r["speaker"]["antecedent"]["text"] == "Maria Lopez"


def test_multi_paragraph_quote(extract):
    text = "The mayor spoke for an hour.\n“First, the roads are a disgrace.\n“Second, the schools need money,” she said."
    r = only(extract(text), "direct")
    assert [f["text"] for f in r["content"]["fragments"]] == ["First, the roads are a disgrace.", "Second, the schools need money,"]
    assert r["speaker"]["name"] == "The mayor"


def test_speaker_in_next_sentence(extract):
    text = 'Senator John Ray spoke after the vote.\n"We expected this outcome. The vote was close."\nHe said.'
    r = only(extract(text), "direct")
    assert r["content"]["text"] == "We expected this outcome. The vote was close."
    assert r["speaker"]["name"] == "John Ray"
    assert r["speaker"]["role"] == "Senator"


def test_other_cue_verbs(extract):
    for verb, lemma in [("added", "add"), ("warned", "warn"), ("insisted", "insist"), ("wrote", "write"), ("stressed", "stress"), ("noted", "note")]:
        text = f'"The river will flood the lower town by Friday," the engineer {verb}.'
        r = only(extract(text), "direct")
        assert r["cue"]["lemma"] == lemma, verb
        assert r["content"]["text"] == "The river will flood the lower town by Friday,"
        assert r["speaker"]["text"] == "the engineer"


def test_scare_quote_alone_is_not_a_claim(extract):
    assert extract("The so-called 'peace dividend' never arrived in the valley.") == []


def test_unbalanced_quote_does_not_fail_the_document(extract):
    text = 'He said "the vote is rigged and walked out.\nLater, "This is a disgrace," said Tom Hale.'
    records = extract(text)
    assert any(r["content"]["text"] == "This is a disgrace," and r["speaker"]["name"] == "Tom Hale" for r in records)
    for r in records:
        assert all(span_ok(text, s) for s in all_spans(r))


def test_seed_direct_quotes(extract):
    text = open("seeds/blinken-amman-cnn.txt", encoding="utf-8", newline="").read()
    records = extract(text, "blinken")
    direct = [r for r in records if r["type"] == "direct"]
    starts = {r["content"]["text"][:30]: r["speaker"]["name"] for r in direct}
    assert starts["Throughout this conflict, coun"] == "Antony Blinken"
    assert starts["And those points of need are g"] == "David Satterfield"
    assert starts["There was ... an environment i"] == "David Satterfield"
    assert starts["You've got 350,000 or 400,000 "] == "David Satterfield"


def test_quote_after_the_cue_sentence_continues_the_claim(extract):
    text = ('"The stereotyping is still strong here," the pastor said. "They think every newcomer is a threat."\n\n'
            "Opponents said the town had no room.")
    records = extract(text)
    r = records[0]
    assert r["type"] == "direct"
    assert [f["text"] for f in r["content"]["fragments"]] == ["The stereotyping is still strong here,", "They think every newcomer is a threat."]
    assert r["speaker"]["text"] == "the pastor"
    # the next paragraph's claim keeps its own content and takes no quotation
    assert records[1]["type"] == "indirect"
    assert records[1]["content"]["text"] == "the town had no room"
    assert len(records) == 2


def test_cue_in_the_next_paragraph_does_not_take_a_quotation(extract):
    text = '"We want to know that we are secure."\n\nShe predicts the issue could offset other worries.'
    records = extract(text)
    assert [(r["type"], r["content"]["text"]) for r in records] == [("indirect", "the issue could offset other worries")]


def test_cue_with_a_place_and_an_addressee_before_the_quote(extract):
    r = only(extract("Sanders asks at Western High School, “Any questions I can answer?”"), "direct")
    assert r["content"]["text"] == "Any questions I can answer?"
    assert r["speaker"]["text"] == "Sanders" and r["cue"]["text"] == "asks"


def test_subject_hung_on_a_participle(extract):
    text = 'Clinton, exasperated, famously responded: "What difference does it make?" Her critics cited it as evidence.'
    r = extract(text)[0]
    assert r["type"] == "direct" and r["content"]["text"] == "What difference does it make?"
    assert r["speaker"]["text"] == "Clinton" and r["cue"]["text"] == "responded"


def test_a_cue_with_its_own_content_does_not_take_the_quote_before_it(extract):
    text = 'Axelrod wrote to her, telling her, “you are an all-star player!” She replied that it was an "honor to serve."'
    records = extract(text)
    assert [(r["type"], r["speaker"]["text"], r["content"]["text"]) for r in records] == [
        ("direct", "Axelrod", "you are an all-star player!"),
        ("mixed", "She", 'it was an "honor to serve."'),
    ]


def test_a_paragraph_of_a_long_quote_with_its_own_cue_is_its_own_claim(extract):
    text = ('Obama said: "There is no magic to the phrase. It is a talking point.\n\n'
            '"Calling a threat by a different name does not make it go away," Obama said. "Not once has an adviser said it."')
    records = extract(text)
    assert [r["content"]["text"] for r in records] == [
        "There is no magic to the phrase. It is a talking point.",
        'Calling a threat by a different name does not make it go away," Obama said. "Not once has an adviser said it.',
    ]
    assert [r["cue"]["start"] for r in records] == [text.index("said"), text.index("said. ")]
    # without a cue of its own, a reopened paragraph goes on with the one before
    r = only(extract('He said: "One thing.\n\n"Another thing.\n\n"A third thing."'), "direct")
    assert [f["text"] for f in r["content"]["fragments"]] == ["One thing.", "Another thing.", "A third thing."]


def test_two_coordinated_cues_keep_their_own_quotations(extract):
    text = 'He called it "shameful" and called on leaders "not to feed that dark impulse inside of us."'
    records = extract(text)
    assert [(r["type"], r["cue"]["text"], r["content"]["text"]) for r in records] == [
        ("mixed", "called", 'it "shameful"'),  # what he called shameful is part of it
        ("mixed", "called on", 'leaders "not to feed that dark impulse inside of us."'),
    ]
    assert [r["speaker"]["text"] for r in records] == ["He", "He"]


def test_two_people_who_share_a_surname(extract):
    text = ("Senator Hillary Clinton said the bill would cut costs by 5%. "
            "Former President Bill Clinton said that the plan was the best in a decade.\n"
            '"We will not back down," Clinton said on Monday.')
    records = extract(text)
    assert [(r["speaker"]["text"], r["speaker"]["name"], r["speaker"]["role"]) for r in records] == [
        ("Hillary Clinton", "Hillary Clinton", "Senator"),
        ("Bill Clinton", "Bill Clinton", "Former President"),
        ("Clinton", "Bill Clinton", "Former President"),  # the Clinton named last before
    ]
    assert records[0]["content"]["text"] == "the bill would cut costs by 5%"


def test_quote_styles_from_the_style_guides(extract):
    cases = [
        # British single quotes, with an apostrophe inside
        ("'The '90s were a mess,' the minister said.", [("direct", "The '90s were a mess,", "the minister")]),
        # a cue of manner
        ('"We will win the vote," the girl whimpered.', [("direct", "We will win the vote,", "the girl")]),
        ('"The figures were wrong," he conceded.', [("direct", "The figures were wrong,", "he")]),
        # LaTeX / wire-copy marks
        ("``We will win,'' said Mr. Rogan.", [("direct", "We will win,", "Rogan")]),
        # double inside single (British)
        ("'She called it \"a disaster\",' said Ana Ruiz.", [("direct", 'She called it "a disaster",', "Ana Ruiz")]),
        # single inside double
        ('"He told me \'never again\' and left," said Ana Ruiz.', [("direct", "He told me 'never again' and left,", "Ana Ruiz")]),
        # a single quote left open at the end of the paragraph, after a colon
        ("He said: 'We will rebuild every bridge\n\nThe next paragraph is news.", [("direct", "We will rebuild every bridge", "He")]),
        # apostrophes at word starts are part of the word, not quote marks
        ("'Tis the season for cuts, the mayor said.", [("indirect", "'Tis the season for cuts", "the mayor")]),
    ]
    for text, expected in cases:
        got = [(r["type"], r["content"]["text"], r["speaker"]["text"]) for r in extract(text)]
        assert got == expected, text


def test_a_line_opening_with_a_verb_of_saying_and_its_speaker(extract):
    # "Stated Stone:" reads as a name to the parser; the verb is the cue, the name the speaker
    text = 'Roger Stone spoke on Monday.\n\nStated Stone:\n\n“I think the stakes are so high.”'
    r = [r for r in extract(text) if r["content"]["text"] == "I think the stakes are so high."]
    assert [(x["cue"]["text"], x["speaker"]["text"], x["speaker"]["name"]) for x in r] == [("Stated", "Stone", "Roger Stone")]
    (r,) = extract("The rally ended late. Added the mayor: “We will rebuild the bridge.”")
    assert (r["cue"]["text"], r["speaker"]["text"], r["content"]["text"]) == ("Added", "the mayor", "We will rebuild the bridge.")
    # a label that is no verb stays a label
    assert all(r["cue"]["text"] != "Related" for r in extract("Related Articles: the best of the week in politics."))


def test_a_quoted_title_is_not_a_quote(extract):
    # the name of a show or a podcast in quote marks is no one's words
    text = 'Smith discussed the bill on “Fox & Friends,” and said it would pass.'
    assert [(r["type"], r["cue"]["text"]) for r in extract(text) if r["type"] == "direct"] == []
    text = '"We will win," she told the program "Inside Edition" on Monday.'
    (r,) = extract(text)
    assert (r["type"], r["content"]["text"], r["speaker"]["text"]) == ("direct", "We will win,", "she")
    # after a name's possessive: the show of a network is no second fragment of the quote
    (r,) = extract("“We will reopen the bridge,” the mayor told WXTV’s “Eastport Today.”")
    assert (r["type"], r["speaker"]["text"], r["content"]["text"]) == ("direct", "the mayor", "We will reopen the bridge,")
    # but in a headline, where every word has its capital, a quote is a quote
    (r,) = extract("Ruiz Says Governor’s “Plan Is Dead On Arrival”\n\nThe council met on Monday.")
    assert (r["type"], r["speaker"]["text"], r["content"]["text"]) == ("direct", "Ruiz", "Plan Is Dead On Arrival")
    # a word someone used, or a chant, still is
    (r,) = extract("She called him an “Aunt Tom.”")
    assert (r["type"], r["content"]["text"]) == ("mixed", "him an “Aunt Tom.”")


def test_a_question_asked_by_the_name_after_it(extract):
    """'"...?" asked Mr. Ruiz': right after the quote, with no subject before the cue, the
    parser's object of "asked" is the one asking; "told" is never turned round so."""
    text = "''Is the mayor running against the city council?'' asked Mr. Ruiz, referring to the mayor's attacks on the budget."
    records = extract(text)
    assert [(r["type"], r["content"]["text"], r["speaker"]["text"], r["cue"]["text"]) for r in records] == [
        ("direct", "Is the mayor running against the city council?", "Ruiz", "asked"),
        # the participle hung on "asked" speaks for the asker found after it
        ("indirect", "the mayor's attacks on the budget", "Ruiz", "referring to")]
    (r,) = extract('"Why now?" she asked reporters.')
    assert (r["speaker"]["text"], r["cue"]["text"]) == ("she", "asked")
