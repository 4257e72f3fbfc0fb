"""Fuzzing: news-like text mixed with every kind of quote mark, apostrophe, line break, astral
character, combining mark, bidi control and NUL. Whatever comes in, extraction never raises,
every span slices exactly and every record validates."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from claims.schema import record_errors
from conftest import all_spans, span_ok

pytestmark = pytest.mark.slow

NEWS = [
    '"We will fight on," said Ana Ruiz.', "“Curly quotes,” she added.", "Tom Hale said that the dam would hold.",
    "According to Reuters, the talks failed.", "'British single quotes,' the minister said.", "‘Nested “double” inside,’ he said.",
    '"Nested \'single\' inside," she said.', "``LaTeX style,'' said Mr. Rogan.", "„German low marks“, sagte er.",
    "«Guillemets», a-t-il dit.", "'Tis the season, 'im and the '90s,", "The girl whimpered: \"No.\"", "he conceded.",
    "ROSS: We will win.", "HOLT: Thank you.", "Officials said", "the fire was contained", "Axios reports, citing an official.",
]
ODD = ['"', "'", "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "``", "''", "\r\n", "\r", "\n", "\n\n", "\u2028", "\u2029", "\x85",
       "\x0c", "\x0b", "\t", "\x00", "😀", "🇺🇸", "👩‍👩‍👧", "e\u0301", "\u0301", "\u202e", "\u202d", "\u2066", "\u200f", "\ufeff", "\U0001d400",
       "(", ")", "—", "…", ":", ";"]
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(NEWS), st.sampled_from(ODD), st.text(alphabet=ALPHABET, max_size=8)), min_size=1, max_size=24),
       st.sampled_from(["", " ", "\n"]))
def test_anything_gives_valid_records(extract, parts, sep):
    _all_valid(extract, sep.join(parts))


def _all_valid(extract, text):
    if not text.strip():
        return
    for r in extract(text):
        assert record_errors(r, text) == []
        for span in all_spans(r):
            assert span_ok(text, span)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(NEWS), st.sampled_from(ODD)), min_size=4, max_size=30), st.sampled_from([" ", "\n", "\n\n"]))
def test_anything_in_pieces_gives_valid_records(extract, monkeypatch, parts, sep):
    # documents cut into pieces of 60 characters: every claim shifted back, every speaker that
    # points into an earlier piece (pipeline's Discourse) slicing the whole text exactly
    from claims import pipeline

    monkeypatch.setattr(pipeline, "PIECE", 60)
    _all_valid(extract, sep.join(parts))
