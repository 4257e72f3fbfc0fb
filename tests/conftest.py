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
        return claims.extract(text, doc_id, nlp=nlp)

    return run


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
