"""Each extraction stage on its own, on real parses of short passages: a newcomer who changes a
stage sees here which behaviour moved, before the whole-pipeline tests say that something did."""

import pytest

from claims.extraction import Context, by_rules
from claims.extraction.attach import attach_quotations
from claims.extraction.candidates import build_candidates
from claims.extraction.chains import build_chains
from claims.extraction.choose import choose
from claims.extraction.cues import find_frames
from claims.extraction.mentions import Mentions
from claims.extraction.repairs import coordinate, fold_relays, repair_speakers
from claims.extraction.resolve import resolve_sources
from claims.extraction.continued import continued_quotes
from claims.extraction.facets import Facets
from claims.extraction.furniture import furniture


@pytest.fixture(scope="module")
def parse():
    from claims import pipeline

    nlp = pipeline.load(learned=False)

    def run(text):
        with nlp.select_pipes(disable=["claims"]):
            doc = nlp(text)
        return Context.of(doc)

    return run


def words(ctx, indices):
    return " ".join(ctx.doc[i].text for i in indices)


def test_cues_frame_speaker_content_and_addressee(parse):
    ctx = parse("Ashkenazi told Blinken that Israel needs time.")
    (frame,) = find_frames(ctx)
    assert (frame.lemma, frame.kind) == ("tell", "verb")
    assert ctx.doc[frame.speaker].text == "Ashkenazi" and ctx.doc[frame.addressee].text == "Blinken"
    assert words(ctx, frame.content) == "that Israel needs time"


def test_cues_according_to_and_a_transcript_label(parse):
    ctx = parse("According to Reuters, the talks failed.")
    (frame,) = find_frames(ctx)
    assert (frame.lemma, frame.kind, ctx.doc[frame.speaker].text) == ("according to", "according", "Reuters")
    ctx = parse("The debate was moderated by Lester Holt.\nHOLT: Good evening and welcome.")
    labels = [f for f in find_frames(ctx) if f.lemma == ":"]
    assert [(f.kind, ctx.doc[f.speaker].text) for f in labels] == [("transcript", "HOLT")]


def test_cues_a_verb_that_needs_a_clause_gives_no_content_without_one(parse):
    ctx = parse("They saw the game on Sunday.")
    assert [(f.lemma, f.content) for f in find_frames(ctx)] == [("see", ())]
    assert by_rules(ctx, Mentions(ctx))[1] == []  # and so no claim
    ctx = parse("They saw that the game was lost.")
    assert [(f.lemma, words(ctx, f.content)) for f in find_frames(ctx)] == [("see", "that the game was lost")]


def test_repairs_coordinated_cues_and_relays(parse):
    ctx = parse("The minister said and repeated that the plan would fail.")
    _, chosen = by_rules(ctx, Mentions(ctx))
    assert [(ch.candidate.frame.lemma, [ctx.text[a:b] for a, b in ch.pieces]) for ch in chosen] == [("repeat", ["the plan would fail"])]
    ctx = parse("The minister said he would resign, Axios reported.")
    frames = repair_speakers(ctx, list(find_frames(ctx)))
    relays, folded = fold_relays(ctx, frames)
    said = next(f for f in frames if f.lemma == "say")
    assert [(ctx.doc[link.token].text, link.relation, link.media_only) for link in relays[said.cue[0]]] == [("Axios", "reported_by", False)]
    assert words(ctx, sorted(folded[said.cue[0]])) == ", Axios reported ."  # cut from the minister's content


def test_candidates_and_choose_one_claim_per_stretch(parse):
    ctx = parse('"We will rebuild every bridge," said Mayor Ana Ruiz, "and we will start on Monday."')
    mentions = Mentions(ctx)
    frames, chosen = by_rules(ctx, mentions)
    assert len(chosen) == 1
    (claim,) = chosen
    assert claim.type == "direct"
    assert [ctx.text[a:b] for a, b in claim.pieces] == ["We will rebuild every bridge,", "and we will start on Monday."]


def test_attach_a_quotation_to_the_cue_after_it(parse):
    ctx = parse('"The dam will hold," the engineer said.')
    mentions = Mentions(ctx)
    frames = repair_speakers(ctx, list(find_frames(ctx)))
    frames, coordinated = coordinate(ctx, frames)
    relays, folded = fold_relays(ctx, frames)
    candidates = attach_quotations(ctx, build_candidates(ctx, mentions, frames, relays, folded, coordinated))
    (c,) = choose(ctx, candidates)
    assert (c.type, [ctx.text[a:b] for a, b in c.pieces]) == ("direct", ["The dam will hold,"])


def test_resolve_a_pronoun_and_build_the_chain(parse):
    from claims.extraction import _wanted

    ctx = parse("David Satterfield spoke in Amman. He said aid would rise, CNN reported.")
    mentions = Mentions(ctx)
    _, chosen = by_rules(ctx, mentions)
    sources = resolve_sources(ctx, mentions, [_wanted(ctx, ch) for ch in chosen])
    (chain,) = build_chains(sources)
    assert [(link.name, link.relation) for link in chain] == [("David Satterfield", "speaker"), ("CNN", "reported_by")]


def test_furniture_and_continued_quotes(parse, extract):
    ctx = parse("READ MORE: Taxes to rise, minister says\n\nThe mayor said the dam would hold.")
    lines, credits = furniture(ctx)
    assert [ctx.text[a:b] for a, b in lines] == ["READ MORE: Taxes to rise, minister says"] and credits == []
    text = '"We had nothing left," said Ana Ruiz.\n\n"We will stay anyway."'
    ctx = parse(text)
    from claims import pipeline

    claims = pipeline.claims_of(pipeline.load(learned=False), text)
    assert [[f.text for f in c.fragments] for c in continued_quotes(ctx, Facets(ctx), claims)] == [["We had nothing left,", "We will stay anyway."]]


def test_mentions_kinds_names_and_roles(parse):
    ctx = parse("Foreign Minister Gabi Ashkenazi met the envoy on Monday. Ashkenazi said the talks were useful. "
                "The newspaper, Haaretz, said he was tired.")
    mentions = Mentions(ctx)
    by_word = {t.text: mentions.at(t) for t in ctx.doc if t.dep_ == "nsubj"}
    # the surname alone is the person the text named in full; the title is a role, not the name
    assert (by_word["Ashkenazi"].name, by_word["Ashkenazi"].kind) == ("Gabi Ashkenazi", "person")
    assert mentions.names.roles == {"Gabi Ashkenazi": "Foreign Minister"}
    assert (by_word["newspaper"].kind, by_word["he"].kind) == ("media", "person")
    # what a later pronoun or description may point back to, in text order ("The newspaper,
    # Haaretz," is the paper's name, however it is reached)
    assert [(m.name, m.kind) for m in mentions.antecedents if m.kind == "media"] == [("Haaretz", "media")]


def test_names_the_fullest_form_and_two_people_sharing_a_surname(parse):
    ctx = parse("Hillary Clinton spoke first. Bill Clinton spoke later. Clinton said the vote was close.")
    names = Mentions(ctx).names
    doc = ctx.doc
    last = next(t for t in reversed(doc) if t.text == "Clinton")
    # "Clinton" after both is the one named last before it; "Bill Clinton" stays himself
    assert names.person_name(last.i, last.i + 1) == "Bill Clinton"
    assert names.person_name(5, 7) == "Bill Clinton" and doc[5:7].text == "Bill Clinton"


def test_sources_named_around_a_cue_are_typed_links(parse):
    from claims.extraction.cues import frame_links

    ctx = parse("The minister told Reuters in an interview with CNN that aid would rise, citing falling case numbers. "
                "A spokesperson for the ministry, via spokesman Ali Reza, said the plan was dead, citing two officials.")
    links = {f.lemma: [(ctx.doc[link.token].text, link.relation, link.media_only) for link in frame_links(ctx, f)]
             for f in find_frames(ctx) if f.lemma in ("tell", "say")}
    # an addressee and an interviewer are sources only if they resolve to an outlet; a reason
    # ("citing falling case numbers") is no source at all
    assert links["tell"] == [("Reuters", "reported_by", True), ("CNN", "interview_with", True)]
    assert links["say"] == [("ministry", "on_behalf_of", False), ("Reza", "via", False), ("officials", "citing", False)]


def test_combine_keeps_the_rules_claim_and_frames_one_only_the_tagger_found(parse):
    from claims.extraction import by_rules_of
    from claims.extraction.combine import combine
    from claims.learned import Learned

    ctx = parse("The mayor said the dam would hold. Local farmers wager that the river will rise again this spring.")
    ruled = by_rules_of(ctx.doc)
    doc = ctx.doc
    said, wager = (next(t.i for t in doc if t.text == w) for w in ("said", "wager"))
    learned = [Learned(content=((said + 1, said + 4),), cue=(said, said + 1), source=None, probability=0.9),
               Learned(content=((wager + 2, wager + 9),), cue=(wager, wager + 1), source=None, probability=0.8)]
    out = [(ch.found_by, ch.candidate.frame.lemma, ch.candidate.frame.kind, doc[ch.candidate.frame.speaker].text,
            [ctx.text[a:b] for a, b in ch.pieces]) for ch in combine(ctx, ruled.chosen, learned)]
    # "wager" is in no lexicon entry: the tagger's claim becomes a frame, its speaker the cue's subject
    assert out == [("both", "say", "verb", "mayor", ["the dam would hold"]),
                   ("model", "wager", "learned", "farmers", ["the river will rise again this spring"])]


def test_combine_gives_a_cue_noun_its_preposition(parse):
    from claims.extraction import by_rules_of
    from claims.extraction.combine import combine
    from claims.learned import Learned

    ctx = parse("Farmers have been vocal opponents of the pipeline since 2019.")
    doc = ctx.doc
    have, of = (next(t.i for t in doc if t.text == w) for w in ("have", "of"))
    # the tagger stopped the cue at "opponents" and opened the content with "of"
    learned = [Learned(content=((of, of + 3),), cue=(have, of), source=None, probability=0.8)]
    [ch] = combine(ctx, by_rules_of(doc).chosen, learned)
    frame = ch.candidate.frame
    assert [doc[i].text for i in frame.cue] == ["have", "been", "vocal", "opponents", "of"]
    assert [ctx.text[a:b] for a, b in ch.pieces] == ["the pipeline"]  # grown to its phrase; "since 2019" is the verb's
    assert doc[frame.speaker].text == "Farmers"
    # a preposition of time the cue governs stays out of the cue
    ctx = parse("Officials proposed in March a flat rate for every household.")
    doc = ctx.doc
    proposed, in_ = (next(t.i for t in doc if t.text == w) for w in ("proposed", "in"))
    assert doc[in_].head.i == proposed
    learned = [Learned(content=((in_, len(doc) - 1),), cue=(proposed, in_), source=None, probability=0.8)]
    [ch] = combine(ctx, by_rules_of(doc).chosen, learned)
    assert [doc[i].text for i in ch.candidate.frame.cue] == ["proposed"]
    # nor in the content: "in March" is when they proposed it (the tagger's content, which opens
    # there, gives way to the rules')
    assert [ctx.text[a:b] for a, b in ch.pieces] == ["a flat rate for every household"]


def test_a_line_break_is_one_break_whatever_its_characters(parse):
    from claims.breaks import has_break, lines

    text = "Paragraph one.\r\nThe mayor said the dam would hold.\u2028Line three."
    assert [text[a:b] for a, b in lines(text)] == ["Paragraph one.", "The mayor said the dam would hold.", "Line three."]
    assert has_break("\u2029") and not has_break(" \t")
    crlf, lf = parse(text), parse(text.replace("\r\n", "\n").replace("\u2028", "\n"))
    # "\r\n" counts once: each paragraph is the same line of text, one character later
    spans = [[ctx.text[slice(*ctx.paragraph(t.idx))] for t in ctx.doc if t.text in ("one", "mayor", "three")] for ctx in (crlf, lf)]
    assert spans[0] == spans[1] == ["Paragraph one.", "The mayor said the dam would hold.", "Line three."]
    cr = text.index("\r")
    assert crlf.paragraph(cr) == crlf.paragraph(cr + 1) == (0, cr)  # either character of "\r\n" ends the line before
    assert crlf.breaks(0, len("Paragraph one.") + 1) and not crlf.breaks(len("Paragraph one.") + 2, len(text) - 12)
    # a transcript label opens a line after any break
    assert parse("Intro.\rHOLT: Good evening.").labels["HOLT"] == 1


def test_one_type_rule_for_both_finders(parse):
    from claims.extraction.choose import content_type

    def typed(text, content):
        ctx = parse(text)
        a = text.index(content)
        return content_type(ctx, [(a, a + len(content))], [(q.start, q.end) for q in ctx.quotations])

    # a stray adverb of the host clause outside the marks leaves a quotation direct; a
    # subject outside them makes it mixed; no quotation, indirect
    assert typed('Later, "This is a disgrace," the mayor grumbled.', 'Later, "This is a disgrace,"') == "direct"
    assert typed('The mayor called the plan "a disgrace" on Monday.', 'the plan "a disgrace"') == "mixed"
    assert typed("The mayor said the plan was a disgrace.", "the plan was a disgrace") == "indirect"


def test_an_inserted_cue_whose_speaker_the_parser_made_its_object(parse):
    import json

    from claims.lexicon import PATH, Lexicon

    def frames(ctx):
        return [(f.lemma, ctx.doc[f.speaker].text if f.speaker is not None else None, words(ctx, f.content)) for f in find_frames(ctx)]

    # "Mayor Ana Lee" parsed as the object of "insisted": still the one who speaks
    ctx = parse("The deal, insisted Mayor Ana Lee, will survive the vote.")
    assert frames(ctx) == [("insist", "Lee", "The deal will survive the vote .")]
    # not the one addressed, nor an object that is the claim
    assert frames(parse("Ana Ruiz, 57, told a neighbor passing by that the water was rising."))[0][:2] == ("tell", "Ruiz")
    # one lexicon field makes "mutter" behave so too (what docs/architecture.md shows)
    raw = json.loads(PATH.read_bytes())
    raw["mutter"]["verb"]["inserted"] = True
    text = "The plan, muttered the mayor, is dead and buried."
    assert frames(parse(text)) == [("mutter", "plan", "")]
    edited = Context.of(parse(text).doc, Lexicon.from_bytes(json.dumps(raw).encode()))
    assert frames(edited) == [("mutter", "mayor", "The plan is dead and buried .")]


def test_a_light_verb_phrase_comes_from_the_lexicon_and_reports_only_its_clause(parse):
    # "make clear" and "make plain" are phrase entries of the light verb "make"; the content is
    # the clause, never the adjective with its dummy "it"
    for text, lemma in (("The mayor made it plain that the bridge would close.", "make plain"),
                        ("The mayor made it clear that the bridge would close.", "make clear"),
                        ("The mayor made clear that the bridge would close.", "make clear")):
        ctx = parse(text)
        frame = next(f for f in find_frames(ctx) if f.lemma.startswith("make"))
        assert (frame.lemma, words(ctx, frame.content)) == (lemma, "that the bridge would close")
    assert parse("x").lexicon.light_phrases("make") == {"clear", "plain"}
