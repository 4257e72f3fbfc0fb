"""Transcripts as first-class input: "NAME: words" lines are the speaker's own words."""

TRANSCRIPT = """The city council hearing was chaired by Councillor Maria Okafor. Fire Chief Daniel Reyes and the mayor, Ana Ruiz, testified on Tuesday.

OKAFOR: The hearing will come to order.
REYES: We had four engines out of service in March, the worst month since 2019.
RUIZ: I will ask the council for twelve new firefighters.
OKAFOR: Thank you, Chief Reyes. Mayor Ruiz, you have five minutes.
"""


def test_transcript_lines_are_direct_claims_of_the_named_speaker(extract):
    records = extract(TRANSCRIPT)
    got = [(r["type"], r["speaker"]["text"], r["speaker"]["name"], r["speaker"]["kind"], r["cue"]["text"], r["content"]["text"]) for r in records]
    assert got == [
        ("direct", "OKAFOR", "Maria Okafor", "person", ":", "The hearing will come to order."),
        ("direct", "REYES", "Daniel Reyes", "person", ":", "We had four engines out of service in March, the worst month since 2019."),
        ("direct", "RUIZ", "Ana Ruiz", "person", ":", "I will ask the council for twelve new firefighters."),
        ("direct", "OKAFOR", "Maria Okafor", "person", ":", "Thank you, Chief Reyes. Mayor Ruiz, you have five minutes."),
    ]
    for r in records:
        assert TRANSCRIPT[r["speaker"]["start"] : r["speaker"]["end"]] == r["speaker"]["text"]
        assert TRANSCRIPT[r["content"]["start"] : r["content"]["end"]] == r["content"]["text"]


def test_a_label_nobody_named_stays_as_written(extract):
    text = ("MODERATOR: Welcome to the debate tonight.\nSEN. HALE: Thank you for having me.\n"
            "MODERATOR: Your first question is on water.\n")
    records = extract(text)
    assert [(r["type"], r["speaker"]["text"], r["content"]["text"]) for r in records] == [
        ("direct", "MODERATOR", "Welcome to the debate tonight."),
        ("direct", "SEN. HALE", "Thank you for having me."),
        ("direct", "MODERATOR", "Your first question is on water."),
    ]


def test_kickers_in_capitals_are_not_speakers(extract):
    text = "BREAKING: The dam has failed near the town.\nFIX IS IN: The panel ignored the report entirely.\nEXCLUSIVE: Officials hid the flood maps for years.\n"
    assert not any(r["type"] == "direct" for r in extract(text))


def test_headline_colons_stay_indirect(extract):
    [r] = extract("Sanders: Endorsements prove Clinton is the establishment candidate\n")
    assert (r["type"], r["speaker"]["text"]) == ("indirect", "Sanders")


def test_a_transcript_label_is_never_part_of_a_claim_on_its_line(extract):
    text = "HOLT: Critics say the plan will fail.\nRUIZ: We disagree with them."
    said = [r for r in extract(text) if r.get("cue", {}).get("text") == "say"]
    assert [(r["speaker"]["text"], r["content"]["text"]) for r in said] == [("Critics", "the plan will fail")]
