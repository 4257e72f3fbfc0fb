"""Finding quotation marks in raw text: pairing, apostrophes, paragraphs, odd marks."""

from claims.extraction.quotes import find_quotations


def contents(text):
    return [[text[a:b] for a, b in q.pieces] for q in find_quotations(text)]


def test_straight_and_curly_double_quotes():
    assert contents('"One," he said. “Two,” she said.') == [["One,"], ["Two,"]]


def test_single_quotes_told_apart_from_apostrophes():
    text = "Satterfield's team spoke of 'humanitarian pauses' and didn't say 'ceasefire'."
    assert contents(text) == [["humanitarian pauses"], ["ceasefire"]]


def test_single_quote_with_apostrophe_inside():
    text = "He said 'it's challenged by the environment', officials' reports said."
    assert contents(text) == [["it's challenged by the environment"]]


def test_single_quotes_inside_double_are_content():
    text = "\"He called it 'a disaster' twice,\" she said."
    assert contents(text) == [["He called it 'a disaster' twice,"]]


def test_double_quotes_inside_single_are_content():
    # British style: the outer quotation is single, the inner one double
    assert contents("'She called it \"a disaster\",' said Mr Brown.") == [['She called it "a disaster",']]
    assert contents("He said: 'The \"new\" plan is dead.' Then he left.") == [['The "new" plan is dead.']]
    # a double quotation beside (not inside) a single one stays its own
    assert contents("The \"plan\" is, in his words, 'dead'.") == [["plan"], ["dead"]]


def test_multi_paragraph_quote_reopens_each_paragraph():
    text = "She said:\n\n“The first point.\n\n“The second point.”\n\nThen she left."
    qs = find_quotations(text)
    assert len(qs) == 1
    assert [text[a:b] for a, b in qs[0].pieces] == ["The first point.", "The second point."]
    assert qs[0].closed


def test_unclosed_quote_stops_at_paragraph_end():
    text = '“This never closes\nA new paragraph with "a quote" in it.'
    qs = find_quotations(text)
    assert [[text[a:b] for a, b in q.pieces] for q in qs] == [["This never closes"], ["a quote"]]
    assert not qs[0].closed and qs[1].closed


def test_stray_closing_mark_and_odd_counts_never_raise():
    for text in ['”', '"', "'", 'a " b', '“a “b” c', "it's", "''", '"""', "\u201d\u201c"]:
        for q in find_quotations(text):
            for a, b in q.pieces:
                assert 0 <= a <= b <= len(text)


def test_crlf_text_keeps_offsets():
    text = "Intro.\r\n\"Quoted words here,\" he said.\r\n"
    assert contents(text) == [["Quoted words here,"]]


def test_quote_marks_inside_markup_are_ignored():
    text = '<tweet author="JebBush" id="67">Praying for the victims</tweet> and "a real quote" here.'
    assert contents(text) == [["a real quote"]]


def test_a_quote_of_the_other_style_nested_inside_a_quotation():
    text = ('The minister stated:\n\n"The ministry is not about “equal rules for all” anymore. It is about control.\n\n'
            '"The latest example is the “bread tax,” which nobody asked for."\n\nThe council met on Monday.')
    (q,) = find_quotations(text)
    assert text[q.start:q.end].startswith('"The ministry') and text[q.start:q.end].endswith('nobody asked for."')
    assert q.closed and [text[a:b] for a, b in q.pieces] == [
        "The ministry is not about “equal rules for all” anymore. It is about control.",
        "The latest example is the “bread tax,” which nobody asked for."]
    # straight inside curly, as well
    (q,) = find_quotations('“He said "no" to the plan,” Ruiz said.')
    assert (q.start, q.end) == (0, 27)  # through the curly closing mark
    # a mark left open before a pair of the other style was never a quotation of its own
    text = '"Ruiz called the plan “a disgrace” and said, “We will fight it.”\n\nThe vote is on Monday.'
    assert [text[q.start:q.end] for q in find_quotations(text)] == ["“a disgrace”", "“We will fight it.”"]
    # nor is a paragraph wrapped whole in marks of the other style around a quote with its cue
    text = '"“We will win by a mile,” Ruiz said before adding that the vote would be close."'
    assert [text[q.start:q.end] for q in find_quotations(text)] == ["“We will win by a mile,”"]


def test_many_nested_quotes_in_one_paragraph_stay_linear():
    # each nested pair asks whether the outer quotation closes later: answered from one pass
    # over the paragraph's marks, never by rescanning them (20,000 pairs: quadratic would hang)
    text = '"Intro ' + "“x” " * 20_000 + 'end."'
    (q,) = find_quotations(text)
    assert (q.start, q.end, q.closed) == (0, len(text), True)
