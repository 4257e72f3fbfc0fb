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
    assert [(ctx.doc[i].text, relation) for i, relation in relays[said.cue[0]]] == [("Axios", "reported_by")]
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
