import pytest

from claims import pipeline


@pytest.fixture(scope="session")
def nlp():
    return pipeline.load()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text) -> validated records, sharing one loaded model across the tests."""
    import claims

    def run(text, doc_id="t"):
        records = claims.extract(text, doc_id, nlp=nlp)
        assert not shared_content(records), f"two records share content: {shared_content(records)}"
        bad = [s for r in records for s in all_spans(r) if not span_ok(text, s)]
        assert not bad, f"spans whose offsets do not give their text: {bad}"
        return records

    return run


def shared_content(records):
    """Pairs of records whose content fragments share a character (none may: a record may sit
    in another's gap, never on its words)."""
    pieces = [[(f["start"], f["end"]) for f in r["content"].get("fragments", [r["content"]])] for r in records]
    return [(records[i]["content"]["text"], records[j]["content"]["text"]) for i in range(len(records)) for j in range(i + 1, len(records))
            if any(a < d and c < b for a, b in pieces[i] for c, d in pieces[j])]


def span_ok(text, span):
    return text[span["start"] : span["end"]] == span["text"]


def all_spans(record):
    yield record["content"]
    yield from record["content"].get("fragments", [])
    if record["cue"]:
        yield record["cue"]
    if record["speaker"]:
        yield record["speaker"]
        if record["speaker"]["antecedent"]:
            yield record["speaker"]["antecedent"]
    yield from record["attribution"]
    yield from record.get("facets", [])
