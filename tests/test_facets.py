"""Checkable facets: what spaCy sees inside a claim's content, with exact offsets."""

import copy

from claims.schema import record_errors

TEXT = ("The city's unemployment rate rose to 7.2 percent in March, the highest level since 2009, "
        "and the shortfall will cost $40 million, Mayor Ana Ruiz said on Tuesday.")


def test_facets_inside_the_content(extract):
    [record] = extract(TEXT)
    facets = [(f["kind"], f["label"], f["text"]) for f in record["facets"]]
    assert ("percent", "PERCENT", "7.2 percent") in facets
    assert ("date", "DATE", "March") in facets
    assert ("superlative", "JJS", "highest") in facets
    assert ("money", "MONEY", "$40 million") in facets
    for f in record["facets"]:
        assert TEXT[f["start"] : f["end"]] == f["text"]
        assert record["content"]["start"] <= f["start"] and f["end"] <= record["content"]["end"]
    # the speaker's name and the date of saying lie outside the content: not facets of the claim
    assert not any(f["text"] in ("Ana Ruiz", "Tuesday") for f in record["facets"])


def test_direct_quote_facets_stay_inside_the_marks(extract):
    text = '"We lost more than 3,000 jobs," said Karl Weber. "Exports fell faster than in Germany."'
    records = extract(text)
    facets = [(f["kind"], f["text"]) for r in records for f in r["facets"]]
    assert ("quantity", "more than 3,000") in facets or ("quantity", "3,000") in facets
    assert ("entity", "Germany") in facets and ("comparative", "faster") in facets
    assert all(text[f["start"] : f["end"]] == f["text"] for r in records for f in r["facets"])


def test_older_records_stay_valid_and_keep_their_shape(extract):
    [record] = extract(TEXT)
    old = copy.deepcopy(record)
    old["schema_version"] = "1.1"
    del old["facets"]
    del old["class"]  # (1.3)
    assert record_errors(old, TEXT) == []
    old["facets"] = record["facets"]
    assert any("facets" in e or "record" in e for e in record_errors(old, TEXT))


def test_a_facet_with_wrong_offsets_is_caught(extract):
    [record] = extract(TEXT)
    record["facets"][0]["start"] += 1
    assert any(e.startswith("facets[0]: text") for e in record_errors(record, TEXT))
