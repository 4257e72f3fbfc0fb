"""Attribution chains, innermost first, on each shape a fact-checker meets."""

import json
import subprocess
import sys

import pytest

from claims.records import SCHEMA_VERSION
from claims.schema import record_errors


def chain(records, content_start):
    """(name, relation) links of the one record whose content starts with content_start."""
    (r,) = [r for r in records if r["content"]["text"].startswith(content_start)]
    return [(link["name"], link["relation"]) for link in r["attribution"]], r


@pytest.mark.parametrize("text, content, expected", [
    ("Tom Hale said the dam would hold, according to CNN.", "the dam would hold",
     [("Tom Hale", "speaker"), ("CNN", "according_to")]),
    ("According to CNN, Tom Hale said the dam would hold.", "the dam would hold",
     [("Tom Hale", "speaker"), ("CNN", "according_to")]),
    ("Tom Hale said the dam would hold, per CNN.", "the dam would hold",
     [("Tom Hale", "speaker"), ("CNN", "according_to")]),
    ("Per CNN, Tom Hale said the dam would hold.", "the dam would hold",
     [("Tom Hale", "speaker"), ("CNN", "according_to")]),
    ("Tom Hale said the dam would hold, as reported by CNN.", "the dam would hold",
     [("Tom Hale", "speaker"), ("CNN", "reported_by")]),
    ("Tom Hale said the dam would hold, CNN reported.", "the dam would hold",
     [("Tom Hale", "speaker"), ("CNN", "reported_by")]),
    ("Axios reported, citing an Israeli official, that Ashkenazi told Blinken that Israel needs more time.",
     "Israel needs more time", [("Ashkenazi", "speaker"), ("an Israeli official", "citing"), ("Axios", "reported_by")]),
    ("Two sources told Reuters that the deal was close.", "the deal was close",
     [("Two sources", "speaker"), ("Reuters", "reported_by")]),
    ("Maria Lopez said in an interview with Fox News that the plan would fail.", "the plan would fail",
     [("Maria Lopez", "speaker"), ("Fox News", "interview_with")]),
    ("Tom Hale said in a statement to Reuters that he would resign.", "he would resign",
     [("Tom Hale", "speaker"), ("Reuters", "statement_to")]),
    ("A spokesperson for the ministry said the border would reopen on Monday.", "the border would reopen",
     [("A spokesperson for the ministry", "speaker"), ("the ministry", "on_behalf_of")]),
    ("The ministry, via spokesperson Anna Berg, said the border would reopen.", "the border would reopen",
     [("The ministry", "speaker"), ("Anna Berg", "via")]),
    # wire shapes the parser misreads: the outlet's verb before a set-off "citing ..." and "that"
    ("Axios reports, citing an Israeli official, that Ashkenazi said the talks had failed.", "the talks had failed",
     [("Ashkenazi", "speaker"), ("an Israeli official", "citing"), ("Axios", "reported_by")]),
    ("Bloomberg News reported, citing unnamed sources, that the bank is weighing a sale.", "the bank is weighing a sale",
     [("Bloomberg News", "speaker"), ("unnamed sources", "citing")]),
    ("The Globe and Mail reported Monday, citing three people familiar with the talks, that Ottawa had rejected the offer.",
     "Ottawa had rejected the offer", [("The Globe and Mail", "speaker"), ("three people familiar with the talks", "citing")]),
    ("CNN, quoting a senior official, said the strikes would continue.", "the strikes would continue",
     [("CNN", "speaker"), ("a senior official", "citing")]),
    ("An Israeli official quoted by Axios said the talks had failed.", "the talks had failed",
     [("An Israeli official", "speaker"), ("Axios", "reported_by")]),
    ("According to an Israeli official quoted by Axios, Ashkenazi said the talks had failed.", "the talks had failed",
     [("Ashkenazi", "speaker"), ("an Israeli official", "according_to"), ("Axios", "reported_by")]),
    ("Most economists polled by Reuters expect the bank to hold rates.", "the bank to hold rates",
     [("Most economists", "speaker"), ("Reuters", "reported_by")]),
    # the outlet a speaker spoke to, or whose programme it was
    ("Speaking to CBC News on Tuesday, the premier said the deal was dead.", "the deal was dead",
     [("the premier", "speaker"), ("CBC News", "interview_with")]),
    ("Speaking to reporters on Tuesday, the premier said the deal was dead.", "the deal was dead", [("the premier", "speaker")]),
    ("In an interview with The Globe and Mail, Ms. Freeland said the tariffs were unacceptable.", "the tariffs were unacceptable",
     [("Freeland", "speaker"), ("The Globe and Mail", "interview_with")]),
    ("The minister told CTV's Question Period that no decision had been made.", "no decision had been made",
     [("The minister", "speaker"), ("CTV", "reported_by")]),
    ("The mayor told her husband's lawyer that the deal was off.", "the deal was off", [("The mayor", "speaker")]),
])
def test_chain_shapes(extract, text, content, expected):
    links, record = chain(extract(text), content)
    assert links == expected
    assert record_errors(record, text) == []


def test_outlet_reporting_an_event_is_the_speaker_not_a_relay(extract):
    # the Globe reports what Ottawa did (a stance), not words Ottawa said: the report is its own
    # claim, with the whole clause as content
    text = "Ottawa has rejected the offer, the Globe reported."
    links, r = chain(extract(text), "Ottawa has rejected the offer")
    assert links == [("the Globe", "speaker")]
    assert (r["cue"]["text"], r["content"]["text"]) == ("reported", "Ottawa has rejected the offer")


def test_what_a_source_reports_that_is_no_ones_words_is_its_claim(extract):
    text = "The mayor wants a new stadium, according to Reuters. According to aides, Trump plans to name his pick on Friday."
    records = extract(text)
    links, r = chain(records, "The mayor wants a new stadium")
    assert links == [("Reuters", "speaker")] and r["cue"]["text"] == "according to"
    links, r = chain(records, "Trump plans to name his pick on Friday")
    assert links == [("aides", "speaker")] and r["cue"]["text"] == "According to"
    assert len(records) == 2


def test_per_is_according_to_but_not_a_rate(extract):
    # "per" names a source as "according to" does (wire and sports copy) ...
    text = ("The minister resigned on Tuesday, per CTV News. The team will cut 40 jobs, per sources familiar "
            "with the plan. The deal is worth $20 per share, per a company statement.")
    records = extract(text)
    got = [(r["speaker"]["text"], r["cue"]["text"], r["content"]["text"]) for r in records]
    assert got == [("CTV News", "per", "The minister resigned on Tuesday"),
                   ("sources familiar with the plan", "per", "The team will cut 40 jobs"),
                   ("a company statement", "per", "The deal is worth $20 per share")]
    assert all(r["class"] == "speech" and record_errors(r, text) == [] for r in records)
    # ... but a rate, or one of many, is no source
    assert extract("Gas costs $4 per gallon. Tickets require a $10,000 donation per person. "
                   "Income per capita fell 2 per cent.") == []


def test_sentence_final_outlet_is_the_speaker(extract):
    text = "The ceasefire will hold through Friday, CNN reported."
    links, r = chain(extract(text), "The ceasefire will hold")
    assert links == [("CNN", "speaker")]
    assert r["speaker"]["kind"] == "media"


def test_newspaper_resolves_to_outlet_named_earlier(extract):
    text = ('Axios reported on the call on Tuesday.\n'
            '"Israel still has several military objectives in Gaza," the newspaper writes.')
    links, r = chain(extract(text), "Israel still has")
    assert r["speaker"]["text"] == "the newspaper"
    assert r["speaker"]["name"] == "Axios"
    assert links == [("Axios", "speaker")]


def test_the_source_inherits_the_chain_it_came_with(nlp, extract):
    text = open("seeds/ashkenazi-axios.txt", encoding="utf-8").read()
    records = extract(text, "ashkenazi")
    links, _ = chain(records, "Israel needs some time")
    assert links == [("Gabi Ashkenazi", "speaker"), ("an Israeli official", "citing"), ("Axios", "reported_by")]
    links, r = chain(records, "the United States expects")
    assert r["speaker"]["text"] == "the head of the State Department"
    assert links == [("Anthony Blinken", "speaker"), ("an Israeli official", "according_to"), ("Axios", "reported_by")]


def test_paragraph_end_attribution_extends_only_that_claim(extract):
    text = open("seeds/blinken-amman-cnn.txt", encoding="utf-8").read()
    records = extract(text, "blinken")
    links, _ = chain(records, "You've got 350,000")
    assert links == [("David Satterfield", "speaker"), ("CNN", "according_to")]
    links, _ = chain(records, "And those points of need")
    assert links == [("David Satterfield", "speaker")]


def test_no_source_twice_and_none_invented(extract):
    for name in ("ashkenazi-axios", "blinken-amman-cnn"):
        text = open(f"seeds/{name}.txt", encoding="utf-8", newline="").read()
        for r in extract(text, name):
            names = [link["name"].lower() for link in r["attribution"]]
            assert len(names) == len(set(names)), r["attribution"]
            for link in r["attribution"]:
                assert text[link["start"] : link["end"]] == link["text"]
            if r["speaker"]:
                assert r["attribution"][0]["relation"] == "speaker"


def test_addressee_recorded(extract):
    (r,) = extract("Ashkenazi told Blinken that Israel needs time.")
    assert r["schema_version"] == SCHEMA_VERSION == "1.3"
    assert r["speaker"]["name"] == "Ashkenazi"
    assert r["speaker"]["addressee"] == {"text": "Blinken", "start": 15, "end": 22, "name": "Blinken"}


def test_schema_1_0_records_still_valid(extract):
    (r,) = extract("Ashkenazi told Blinken that Israel needs time.")
    old = json.loads(json.dumps(r))
    old["schema_version"] = "1.0"
    del old["speaker"]["addressee"]
    del old["facets"]
    del old["class"]
    assert record_errors(old) == []
    old["speaker"]["addressee"] = None
    assert record_errors(old), "a 1.0 record has no addressee key"
    del old["speaker"]["addressee"]
    old["attribution"][0]["relation"] = "via"
    assert record_errors(old), "via is a 1.1 relation"


def test_chains_command(tmp_path):
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "claims", "extract", "seeds/", "-o", str(out)], check=True, capture_output=True)
    proc = subprocess.run([sys.executable, "-m", "claims", "chains", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].startswith(f"{out}: ")
    assert any(line.split(None, 1)[1] == "Gabi Ashkenazi <- an Israeli official (citing) <- Axios (reported_by)" for line in lines if line[:6].strip().isdigit())
    assert any(line.split() == ["4", "media", "Axios"] for line in lines)


def test_the_one_addressed_is_not_the_speaker(extract):
    # "Hale told him": "him" is the other man named before, never Hale himself
    text = "Senator Tom Hale met Governor Ray Lutz on Monday. Hale told him that the bill would pass."
    [record] = extract(text)
    speaker = record["speaker"]
    assert (speaker["name"], speaker["addressee"]["text"], speaker["addressee"]["name"]) == ("Tom Hale", "him", "Ray Lutz")
    assert text[speaker["addressee"]["start"] : speaker["addressee"]["end"]] == "him"


@pytest.mark.parametrize("text, content, speaker", [
    ("The mayor and the union are nearing a deal that would see her drop the lawsuit on Friday, "
     "according to people involved in the talks.",
     "The mayor and the union are nearing a deal that would see her drop the lawsuit on Friday", "people involved in the talks"),
    ("The committee is now spending money on mailings to voters that oppose both the mayor and the "
     "governor, according to state filings.",
     "The committee is now spending money on mailings to voters that oppose both the mayor and the governor", "state filings"),
])
def test_according_to_claims_its_clause_not_a_cue_deep_inside_it(extract, text, content, speaker):
    """A trailing "according to X" passes on only a cue of saying; a "see" or "oppose" in a
    relative clause is no claim it relays, so X's claim is the whole clause."""
    (r,) = extract(text)
    assert (r["content"]["text"], r["speaker"]["text"], r["cue"]["text"]) == (content, speaker, "according to")
    assert [link["relation"] for link in r["attribution"]] == ["speaker"]


def test_words_not_yet_or_never_said_are_not_relayed(extract):
    # "would call": the media said nothing; the claim is the one "according to" makes
    text = "The mayor agreed to the debate because, according to his aides, the press would call him a coward if he did not."
    records = extract(text)
    assert [(r["cue"]["text"], r["speaker"]["text"], [link["name"] for link in r["attribution"]]) for r in records] == [
        ("according to", "his aides", ["his aides"])]
    assert records[0]["content"]["text"].endswith("the press would call him a coward if he did not")


def test_a_programme_of_an_outlet_names_the_outlet_in_the_chain(extract):
    chains = [[(a["text"], a["relation"]) for a in r["attribution"]] for r in extract(
        "In an interview with CBC Radio's The Current, Health Minister Michelle Thompson said the province has hired 1,500 nurses. "
        "Speaking to CBC's Information Morning on Tuesday, Janet Hazelton said nurses worked more overtime than ever.")]
    assert chains == [[("Michelle Thompson", "speaker"), ("CBC Radio", "interview_with")],
                      [("Janet Hazelton", "speaker"), ("CBC", "interview_with")]]
