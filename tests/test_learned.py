"""The learned tagger beside the rules: shipped weights, decoding, the switch, saving, confidence."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy
import pytest
import spacy

import claims
from claims import pipeline
from claims.extraction import explained_claims
from claims.extraction.confidence import FITS, Calibration
from claims.learned.labels import LABELS
from claims.learned.model import ACCURATE_WEIGHTS, WEIGHTS, spans, viterbi


@pytest.fixture(scope="module")
def rules_nlp():
    return pipeline.load(learned=False)


def test_weights_ship_inside_the_package_and_are_small():
    assert WEIGHTS.is_file() and WEIGHTS.stat().st_size < 15_000_000
    fits = json.loads(FITS.read_text())
    assert set(fits) == {"learned", "accurate", "rules", "lexicon"}
    assert all(fits[which]["weights"] and fits[which]["claims"] > 500 for which in ("learned", "accurate", "rules"))
    assert ACCURATE_WEIGHTS.is_file() and ACCURATE_WEIGHTS.stat().st_size < 15_000_000
    from claims.lexicon import LEXICON

    assert fits["lexicon"] == LEXICON.fingerprint  # the weights went with the lexicon that runs


def test_decoding_never_opens_inside_a_span():
    rng = numpy.random.default_rng(7)
    for _ in range(200):
        probs = rng.dirichlet(numpy.ones(len(LABELS)) * 0.3, size=int(rng.integers(1, 40)))
        labels = viterbi(probs)
        for prev, cur in zip(["O"] + [LABELS[k] for k in labels], [LABELS[k] for k in labels]):
            if cur.startswith("I-"):
                assert prev[2:] == cur[2:], (prev, cur)
        # spans cover exactly the labelled tokens, one span per B-
        assert sum(b - a for _, a, b in spans(labels)) == sum(LABELS[k] != "O" for k in labels)
        assert len(spans(labels)) == sum(LABELS[k].startswith("B-") for k in labels)


def test_no_model_runs_the_rules_alone(nlp, rules_nlp):
    text = "The mayor said the budget would pass. Critics are confident the plan will fail."
    assert nlp.get_pipe("claims").tagger is not None
    assert rules_nlp.get_pipe("claims").tagger is None
    alone = claims.extract(text, "t", nlp=rules_nlp)
    with rules_nlp.select_pipes(disable=["claims"]):
        doc = rules_nlp(text)
    assert [r["content"]["text"] for r in alone] == [c.content.text for c, _ in explained_claims(doc)]


def test_cli_no_model_matches_the_api(tmp_path, rules_nlp):
    text = "Officials said on Tuesday that the bridge would reopen in May, according to the city's newspaper."
    src = tmp_path / "a.txt"
    src.write_text(text)
    out = subprocess.run([sys.executable, "-m", "claims", "extract", "--no-model", "--workers", "1", "--quiet", str(src)],
                         capture_output=True, text=True, check=True).stdout
    got = [json.loads(line) for line in out.splitlines()]
    want = claims.extract(text, "a", nlp=rules_nlp)
    assert [(r["content"]["start"], r["content"]["end"], r["confidence"]) for r in got] == \
           [(r["content"]["start"], r["content"]["end"], r["confidence"]) for r in want]


def test_min_confidence_leaves_out_lower_claims(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("The minister said the talks had failed. Some experts believe the deal could still be saved.")
    run = lambda *extra: [json.loads(x) for x in subprocess.run(  # noqa: E731
        [sys.executable, "-m", "claims", "extract", "--workers", "1", "--quiet", *extra, str(src)],
        capture_output=True, text=True, check=True).stdout.splitlines()]
    every = run()
    cut = sorted(r["confidence"] for r in every)[-1]
    kept = run("--min-confidence", str(cut))
    assert kept and all(r["confidence"] >= cut for r in kept) and len(kept) <= len(every)
    bad = subprocess.run([sys.executable, "-m", "claims", "extract", "--min-confidence", "1.5", str(src)], capture_output=True, text=True)
    assert bad.returncode == 2 and "1.5 is not between 0 and 1" in bad.stderr


def test_the_tagger_is_saved_and_loaded_with_the_pipeline(nlp, tmp_path):
    text = open("seeds/" + sorted(__import__("os").listdir("seeds"))[0], encoding="utf-8").read()
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "claims" / "tagger.bin").read_bytes() == WEIGHTS.read_bytes()
    again = spacy.load(tmp_path / "pipe")
    assert [c.content for c in again(text)._.claims] == [c.content for c in nlp(text)._.claims]


def test_confidence_is_the_fitted_model_of_the_claims_features(nlp):
    text = "Axios reported that the talks had stalled. The senator believes the bill will die in committee."
    fit = Calibration.shipped("learned")
    with nlp.select_pipes(disable=["claims"]):
        doc = nlp(text)
    found = explained_claims(doc, nlp.get_pipe("claims").tagger, fit)
    assert found
    for claim, feats in found:
        z = fit.intercept + sum(fit.weights.get(k, 0.0) * v for k, v in feats.items())
        assert claim.confidence == pytest.approx(1 / (1 + numpy.exp(-z)), abs=0.001)
        assert 0.0 < claim.confidence < 1.0


def test_the_tagger_finds_a_stance_the_rules_do_not_read_as_a_claim(nlp, rules_nlp):
    # "uneasy about" is in no entry of the cue lexicon; PolNeAR's annotators mark such stances
    text = "Republicans are uneasy about the plan to raise taxes."
    assert claims.extract(text, "t", nlp=rules_nlp, min_confidence=0) == []
    [record] = claims.extract(text, "t", nlp=nlp)
    assert (record["type"], record["content"]["text"], record["cue"]["text"], record["class"]) == (
        "indirect", "the plan to raise taxes", "are uneasy about", "other")
    assert (record["speaker"]["text"], record["speaker"]["kind"]) == ("Republicans", "group")
    assert text[record["content"]["start"]:record["content"]["end"]] == record["content"]["text"]


def test_a_citing_phrase_stays_a_link_not_a_claim(nlp):
    text = "The newspaper reported that the minister had resigned, citing two government sources."
    [record] = claims.extract(text, "t", nlp=nlp)
    assert record["content"]["text"] == "the minister had resigned"
    assert [(link["text"], link["relation"]) for link in record["attribution"]][-1] == ("two government sources", "citing")


def _learned_alone(nlp, text, content, cue, source=None):
    """combine() given one attribution as the tagger might label it (words, not weights), and
    no rule claim: what becomes of a claim only the tagger found."""
    from claims.extraction.combine import combine
    from claims.learned import Learned

    doc = nlp(text)
    ctx = claims.extraction.Context.of(doc)

    def words(phrase):
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase))
        return (span.start, span.end)

    att = Learned((words(content),), words(cue), words(source) if source else None, 0.9)
    [chosen] = combine(ctx, [], [att])
    speaker = chosen.candidate.frame.speaker
    return [text[a:b] for a, b in chosen.pieces], doc[speaker].text if speaker is not None else None


def test_a_claim_only_the_tagger_found_gets_the_whole_phrase_and_the_cue_subject(rules_nlp):
    # the tagger stopped at "Florida" and marked no source: the phrase runs on to "Nevada", and
    # the cue's own subject speaks
    pieces, speaker = _learned_alone(rules_nlp, "Her aides have discussed a visit to Florida and Nevada in May.",
                                     "a visit to Florida", "have discussed")
    assert pieces == ["a visit to Florida and Nevada in May"] and speaker == "aides"
    # content before its cue: grown to the end of its own phrase, not into the cue's clause
    pieces, speaker = _learned_alone(rules_nlp, "A visit to Florida and Nevada, her aides have discussed. It is set for May.",
                                     "A visit to Florida", "have discussed", "her aides")
    assert pieces == ["A visit to Florida and Nevada"] and speaker == "aides"
    # "it" of "it was unclear" is no speaker
    _, speaker = _learned_alone(rules_nlp, "It was unclear when the Senate would vote on the bill.", "when the Senate would vote", "was unclear")
    assert speaker is None


def test_a_tagger_cue_that_stops_at_auxiliaries_runs_on_to_its_verb(rules_nlp):
    from claims.extraction.combine import combine
    from claims.learned import Learned

    def cue_of(text, content, cue):
        doc = rules_nlp(text)
        ctx = claims.extraction.Context.of(doc)
        spans = [doc.char_span(text.index(w), text.index(w) + len(w)) for w in (content, cue)]
        [chosen] = combine(ctx, [], [Learned(((spans[0].start, spans[0].end),), (spans[1].start, spans[1].end), None, 0.9)])
        frame = chosen.candidate.frame
        return " ".join(doc[i].text for i in frame.cue), frame.lemma, doc[frame.speaker].text

    # the tagger marked "have" / "might": the verb they serve is the cue, and its subject speaks
    assert cue_of("Some voters have warmed to the senator's plan to cut taxes.", "the senator's plan to cut taxes",
                  "have") == ("have warmed", "warm", "voters")
    assert cue_of("Her neighbors might be wondering how the vote went.", "how the vote went",
                  "might") == ("might be wondering", "wonder", "neighbors")
    # a cue that is a verb already stays as it is
    assert cue_of("Her neighbors might be wondering how the vote went.", "how the vote went",
                  "wondering") == ("wondering", "wonder", "neighbors")


def test_a_short_rule_content_gives_way_to_a_wider_tagger_content_that_ends_a_phrase(rules_nlp):
    from claims.extraction import Context, by_rules
    from claims.extraction.combine import combine
    from claims.extraction.mentions import Mentions
    from claims.learned import Learned

    text = "Critics pointed to delays at the port in the spring of last year."
    doc = rules_nlp(text)
    ctx = Context.of(doc)
    _, rules = by_rules(ctx, Mentions(ctx))
    assert [text[a:b] for ch in rules for a, b in ch.pieces] == ["delays at the port"]  # the parse stops it at "port"

    def combined(phrase):
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase))
        [chosen] = combine(ctx, rules, [Learned(((span.start, span.end),), (1, 3), (0, 1), 0.9)])
        return [text[a:b] for a, b in chosen.pieces], chosen.found_by

    assert combined("delays at the port in the spring of last year") == (["delays at the port in the spring of last year"], "both")
    # a tagger content stopped on a word that opens a phrase is first run on to the phrase's end
    assert combined("delays at the port in the") == (["delays at the port in the spring of last year"], "both")
    # one running over the claim's cue leaves the rules' one
    assert combined("Critics pointed to delays at the port in the spring") == (["delays at the port"], "both")


def test_a_wider_tagger_content_never_starts_in_a_phrase_of_the_cue(rules_nlp):
    from claims.extraction import Context, by_rules
    from claims.extraction.combine import combine
    from claims.extraction.mentions import Mentions
    from claims.learned import Learned

    def combined(text, phrase):
        doc = rules_nlp(text)
        ctx = Context.of(doc)
        _, rules = by_rules(ctx, Mentions(ctx))
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase))
        cue = rules[0].candidate.frame.cue
        [chosen] = combine(ctx, rules, [Learned(((span.start, span.end),), (cue[0], cue[-1] + 1), (0, 3), 0.9)])
        return [text[a:b] for a, b in chosen.pieces]

    # "on social media" is where the claim was made, not what was claimed
    text = "The former president claimed on social media that the election was rigged."
    assert combined(text, "social media that the election was rigged") == ["the election was rigged"]
    # the object of "accused" before its "of" is the claim's, as PolNeAR marks it
    text = "The senator accused the mayor of hiding the report."
    assert combined(text, "the mayor of hiding the report") == ["the mayor of hiding the report"]


def test_a_tagger_phrase_that_grows_into_a_rule_claim_leaves_the_rule_claim_whole(rules_nlp):
    from claims.extraction import Context, by_rules
    from claims.extraction.combine import combine
    from claims.extraction.mentions import Mentions
    from claims.learned import Learned

    text = "Her aides have arranged a visit that the mayor said would take place in May."
    doc = rules_nlp(text)
    ctx = Context.of(doc)
    _, rules = by_rules(ctx, Mentions(ctx))
    [rule] = rules
    visit = doc.char_span(text.index("a visit"), text.index("a visit") + len("a visit"))
    # "a visit" alone would grow to the end of its phrase, over the mayor's claim
    out = combine(ctx, rules, [Learned(((visit.start, visit.end),), (2, 4), (0, 2), 0.9)])
    assert [(ch.pieces, ch.found_by) for ch in out] == [(rule.pieces, "rules")]
    assert "would take place in May" in text[rule.extent[0]:rule.extent[1]]


def test_a_tagger_content_inside_the_source_s_relative_clause_is_no_claim_of_a_cue_outside_it(rules_nlp):
    from claims.extraction import Context, by_rules
    from claims.extraction.combine import combine
    from claims.extraction.mentions import Mentions
    from claims.learned import Learned

    def claims_with(text, content, cue, source):
        doc = rules_nlp(text)
        ctx = Context.of(doc)
        _, rules = by_rules(ctx, Mentions(ctx))

        def tokens(phrase):
            span = doc.char_span(text.index(phrase), text.index(phrase) + len(phrase))
            return span.start, span.end

        out = combine(ctx, rules, [Learned((tokens(content),), tokens(cue), tokens(source), 0.9)])
        return [text[ch.extent[0]:ch.extent[1]] for ch in out]

    text = "The council will vote next week, according to an aide who was not authorized to speak."
    assert "who was not" not in claims_with(text, "who was not", "according to", "an aide")
    # the cue inside the clause: the clause is the claim ("Ruiz, who daydreamed about ...")
    text = "Ruiz, who daydreamed about a run for mayor, smiled."
    assert claims_with(text, "a run for mayor", "daydreamed about", "Ruiz") == ["a run for mayor"]


def test_a_tagger_claim_whose_content_is_all_in_another_sentence_is_none(rules_nlp):
    from claims.extraction.combine import combine
    from claims.learned import Learned

    text = "He has pushed an offensive on trade deals that hurt factory jobs. On Tuesday, the senator opened a rally in Rochester."
    doc = rules_nlp(text)
    ctx = claims.extraction.Context.of(doc)

    def words(phrase):
        span = doc.char_span(text.index(phrase), text.index(phrase) + len(phrase))
        return (span.start, span.end)

    # "opened" reports nothing of the sentence before it
    assert combine(ctx, [], [Learned((words("trade deals that hurt factory jobs"),), words("opened"), None, 0.9)]) == []
    # the same content with a cue in its own sentence stands
    [chosen] = combine(ctx, [], [Learned((words("trade deals that hurt factory jobs"),), words("pushed"), None, 0.9)])
    assert [text[a:b] for a, b in chosen.pieces] == ["trade deals that hurt factory jobs"]


def test_a_tagger_source_in_the_next_sentence_goes_with_that_sentence_s_cue(rules_nlp):
    from claims.learned import group

    text = ("Among liberals there are concerns about his record. "
            "There would be concerns about the cost, state officials said.")
    doc = rules_nlp(text)
    ctx = claims.extraction.Context.of(doc)

    def words(phrase):
        span = doc.char_span(text.index(phrase), text.index(phrase) + len(phrase))
        return (span.start, span.end)

    def found(*marked):
        return [(role, *words(phrase)) for role, phrase in marked]

    p = numpy.full(len(doc), 0.9)
    first = found(("CUE", "are concerns about"), ("CONTENT", "his record"))
    second = found(("CONTENT", "There would be concerns about the cost"), ("SOURCE", "state officials"), ("CUE", "said"))
    by_content = {doc[a[0][0]:a[0][1]].text: att for att in group(ctx, first + second, p) for a in [att.content]}
    # the officials speak for "said" in their own sentence, not for the concerns before it
    assert doc[slice(*by_content["There would be concerns about the cost"].source)].text == "state officials"
    assert by_content["his record"].source is None
    # with no cue in its sentence, a source next door still serves (as before)
    other = found(("CONTENT", "There would be concerns about the cost"), ("SOURCE", "state officials"))
    by_content = {doc[a[0][0]:a[0][1]].text: att for att in group(ctx, first + other, p) for a in [att.content]}
    assert doc[slice(*by_content["his record"].source)].text == "state officials"
