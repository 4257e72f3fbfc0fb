"""The opt-in accurate tagger (--accurate): MiniLM's contextual token vectors beside the tagger's
features. Needs the [match] extra (installed by the test command)."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy
import pytest
import spacy

import claims
from claims import pipeline

encoder = pytest.importorskip("claims.learned.encoder")
pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def accurate_nlp():
    return pipeline.load(accurate=True)


def test_windows_cut_at_sentence_starts_and_hold_every_piece_once():
    # 600 pieces, a token every 2 pieces, a sentence every 100
    starts = numpy.arange(600) * 3
    tokens = {int(s) for s in starts[::2]}
    sents = [int(s) for s in starts[::100]]
    spans = encoder.windows(starts, tokens, sents)
    assert spans[0][0] == 0 and spans[-1][1] == 600
    assert all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))  # contiguous, no piece twice
    assert all(0 < b - a <= encoder.WINDOW for a, b in spans)
    assert all(int(starts[a]) in sents for a, _ in spans)  # each window opens a sentence
    # one sentence longer than a window: cut at a token start, never inside a word
    spans = encoder.windows(starts, tokens, [0])
    assert all(b - a <= encoder.WINDOW for a, b in spans) and len(spans) == 3
    assert all(int(starts[a]) in tokens for a, _ in spans)


def test_token_vectors_are_contextual_and_zero_for_whitespace(nlp):
    doc = nlp("She sat on the river bank.\n\nThe bank raised its rates.")
    vectors = encoder.token_vectors(doc)
    assert vectors.shape == (len(doc), encoder.WIDTH) and vectors.dtype == numpy.float32
    for t in doc:
        assert (numpy.abs(vectors[t.i]).sum() == 0) == t.is_space, t.text
    river_bank, money_bank = (t.i for t in doc if t.text == "bank")
    cos = vectors[river_bank] @ vectors[money_bank] / numpy.linalg.norm(vectors[river_bank]) / numpy.linalg.norm(vectors[money_bank])
    assert cos < 0.99  # the same word in two contexts: two vectors (a static embedding would give 1.0)
    assert numpy.array_equal(vectors, encoder.token_vectors(doc))


def test_a_long_document_is_read_in_windows_of_whole_sentences(nlp):
    text = " ".join(f"Officials in district {k} said the count would finish on time." for k in range(120))
    doc = nlp(text)
    vectors = encoder.token_vectors(doc)
    assert all(numpy.abs(vectors[t.i]).sum() > 0 for t in doc if not t.is_space)
    # far more pieces than the model reads at once (it stops at 512): read window by window
    assert len(encoder._tokenizer().encode(text, add_special_tokens=False).ids) > 4 * encoder.WINDOW


def test_the_accurate_tagger_finds_a_stance_the_default_misses(nlp, accurate_nlp):
    # a stance held in a noun phrase, on no cue list: the default tagger does not mark it
    text = "The senator is an outspoken supporter of the trade deal."
    assert claims.extract(text, "t", nlp=nlp) == []
    [record] = claims.extract(text, "t", nlp=accurate_nlp)
    assert (record["type"], record["content"]["text"], record["cue"]["text"], record["speaker"]["text"]) == \
        ("indirect", "the trade deal", "is an outspoken supporter of", "The senator")
    assert record["class"] == "other"  # no lexicon entry for the cue: kept by --scope all, not by --scope speech
    assert claims.extract(text, "t", nlp=accurate_nlp, scope="speech") == []
    assert text[record["content"]["start"]:record["content"]["end"]] == record["content"]["text"]


def test_the_accurate_tagger_has_its_own_confidence_fit(accurate_nlp):
    from claims.extraction.confidence import Calibration

    component = accurate_nlp.get_pipe("claims")
    assert component.tagger.vectors == "minilm"
    fit = Calibration.shipped("accurate")
    assert fit is not None and component.min_confidence == fit.threshold
    assert component.calibration.weights == fit.weights


def test_the_accurate_pipeline_saves_and_loads_as_itself(accurate_nlp, tmp_path):
    text = "Axios reported that the talks had stalled. The senator is an outspoken supporter of the trade deal."
    accurate_nlp.to_disk(tmp_path / "pipe")
    config = (tmp_path / "pipe" / "config.cfg").read_text()
    assert 'claims.Tagger.v2' in config and 'vectors = "minilm"' in config
    again = spacy.load(tmp_path / "pipe")
    assert again.get_pipe("claims").tagger.vectors == "minilm"
    assert [(c.content, c.confidence) for c in again(text)._.claims] == [(c.content, c.confidence) for c in accurate_nlp(text)._.claims]


def test_cli_accurate_matches_the_api_and_refuses_no_model(tmp_path, accurate_nlp):
    text = "The senator is an outspoken supporter of the trade deal, the mayor said on Tuesday."
    src = tmp_path / "a.txt"
    src.write_text(text)
    run = [sys.executable, "-m", "claims", "extract", "--workers", "1", "--quiet", str(src)]
    out = subprocess.run(run + ["--accurate"], capture_output=True, text=True, check=True).stdout
    got = [json.loads(line) for line in out.splitlines()]
    want = claims.extract(text, "a", nlp=accurate_nlp)
    assert [(r["content"]["start"], r["content"]["end"], r["confidence"]) for r in got] == \
           [(r["content"]["start"], r["content"]["end"], r["confidence"]) for r in want]
    proc = subprocess.run(run + ["--accurate", "--no-model"], capture_output=True, text=True)
    assert proc.returncode == 2 and "argument --no-model/--rules-only: not allowed with argument --accurate" in proc.stderr


def test_without_the_extra_accurate_says_what_to_install(monkeypatch, tmp_path, capsys):
    from claims import cli
    from claims.match import encoder as match_encoder

    src = tmp_path / "a.txt"
    src.write_text("The mayor said the bridge would reopen.")
    match_encoder._session.cache_clear()
    encoder._session.cache_clear()
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    try:
        code = cli.main(["extract", "--accurate", "--workers", "1", "--quiet", str(src), "-o", str(tmp_path / "out.jsonl")])
    finally:
        match_encoder._session.cache_clear()
        encoder._session.cache_clear()
    assert code == 2
    err = capsys.readouterr().err
    assert "extract --accurate) needs the match extra: pip install 'news-claims[match]' (onnxruntime is missing)" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_the_tagger_reads_the_model_cut_after_its_second_layer():
    from claims.match import encoder as match_encoder

    cut = encoder._session()
    assert [o.name for o in cut.get_outputs()] == ["layer_norm_4"] == [encoder.LAYER_OUTPUT]
    _, whole = match_encoder._session()
    ids = numpy.array([[101, 1996, 3664, 2056, 1996, 2958, 2052, 2128, 26915, 1012, 102]], dtype="int64")
    feed = {"input_ids": ids, "attention_mask": numpy.ones_like(ids), "token_type_ids": numpy.zeros_like(ids)}
    second, last = cut.run(None, feed)[0], whole.run(None, feed)[0]
    assert second.shape == last.shape == (1, 11, encoder.WIDTH) and not numpy.allclose(second, last, atol=0.1)


def test_without_onnx_accurate_says_what_to_install(monkeypatch):
    from claims.match.encoder import Unavailable

    encoder._session.cache_clear()
    monkeypatch.setitem(sys.modules, "onnx", None)
    try:
        with pytest.raises(Unavailable, match=r"extract --accurate needs the match extra: pip install 'news-claims\[match\]' \(onnx is missing\)"):
            encoder.require()
    finally:
        encoder._session.cache_clear()
