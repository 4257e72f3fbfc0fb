"""Offsets stay exact whatever the text: curly quotes, CRLF, tabs, emoji, combining marks."""

from hypothesis import HealthCheck, given, settings, strategies as st

from claims.schema import record_errors
from conftest import all_spans, span_ok

PIECES = [
    '"We will fight on," said Ana Ruiz.', "“Curly quotes,” she added.", "Tom Hale said that the dam would hold.",
    "According to Reuters, the talks failed.", "'single quoted words'", "it's", "\r\n", "\t", "\n\n", "  ",
    "😀", "e\u0301", "naïve café", "—", "...", '"', "“", "”", "'", "’", "Officials said the fire was contained.",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=1, max_size=12))
def test_offsets_exact_on_arbitrary_text(extract, parts):
    text = " ".join(parts)
    for r in extract(text):
        assert record_errors(r, text) == []
        for span in all_spans(r):
            assert span_ok(text, span)


def test_offsets_with_crlf_emoji_and_combining(extract):
    text = "Intro 😀 café\u0301.\r\n\r\n“The river will rise,” said Ana Ruiz,\tthe engineer.\r\n"
    records = extract(text)
    assert len(records) == 1
    r = records[0]
    assert r["content"]["text"] == "The river will rise,"
    assert text[r["content"]["start"] : r["content"]["end"]] == "The river will rise,"
    assert r["speaker"]["text"] == "Ana Ruiz"


def test_spans_never_split_a_flag_or_an_emoji_sequence(extract):
    text = 'Coach Ana Ruiz 🇺🇸 said the team would win.\n"We will win," said Coach Tom Hale🇬🇧.'
    records = extract(text)
    # the first flag left out of the mention (it was split before), the second kept whole
    assert [r["speaker"]["text"] for r in records] == ["Ana Ruiz", "Coach Tom Hale🇬🇧"]
    for r in records:
        for span in all_spans(r):
            for edge in (span["start"], span["end"]):
                assert not ("\U0001f1e6" <= text[edge - 1 : edge] <= "\U0001f1ff" and "\U0001f1e6" <= text[edge : edge + 1] <= "\U0001f1ff")
