"""The desk's hand-off: CSV and JSON-LD exports, the speaker index, filters, the review files.

Records here come from running claims on our own sentences; hostile values are put into
real records the way an attacker controls a JSONL input (text, ids, meta).
"""

import csv
import io
import json
import subprocess
import sys

import pytest

from claims.desk import export, review, speakers
from claims.desk.runs import read_run

ARTICLE = ("Senator Hillary Clinton said the bill would cut costs by 5%. "
           "Former President Bill Clinton said that the plan was the best in a decade.\n"
           "\"We will not back down,\" Clinton said on Monday.")


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "claims", *args], capture_output=True, text=True, input=stdin)


@pytest.fixture(scope="module")
def run_file(tmp_path_factory, extract):
    path = tmp_path_factory.mktemp("run") / "out.jsonl"
    records = extract(ARTICLE, "clintons")
    hostile = extract('"=HYPERLINK(\\"http://x\\")," said Mayor Ana Ruiz.', "formula")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records + hostile:
            fh.write(json.dumps(r) + "\n")
    return path, records, hostile


def test_csv_is_rfc4180_and_neutralises_formulas(run_file):
    path, records, hostile = run_file
    proc = subprocess.run([sys.executable, "-m", "claims", "export", str(path), "--format", "csv"], capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(b"\r\n") == 1 + len(records) + len(hostile)  # CRLF after every row, LF nowhere else here
    rows = list(csv.reader(io.StringIO(proc.stdout.decode("utf-8"), newline="")))
    assert rows[0] == list(export.CSV_COLUMNS)
    by_doc = {r[0]: r for r in rows[1:]}
    formula = by_doc["formula"]
    content = formula[export.CSV_COLUMNS.index("content")]
    assert content.startswith("'=HYPERLINK") and content[1:] == hostile[0]["content"]["text"]
    assert len(rows) == 1 + len(records) + len(hostile)


@pytest.mark.parametrize("value, shown", [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), ("", ""), (None, ""),
])
def test_safe_cell(value, shown):
    assert export.safe_cell(value) == shown


def test_csv_quotes_commas_quotes_and_newlines():
    out = io.StringIO(newline="")
    record = {"doc_id": "d,1", "type": "direct", "content": {"text": 'a "b"\nc', "start": 0, "end": 7},
              "attribution": [], "confidence": 0.5, "id": "0123456789abcdef"}
    export.write_csv([record], out)
    text = out.getvalue()
    assert '"d,1"' in text and '"a ""b""\nc"' in text
    assert list(csv.reader(io.StringIO(text, newline="")))[1][export.CSV_COLUMNS.index("content")] == 'a "b"\nc'


def test_jsonld_claim(run_file, extract):
    path, records, _ = run_file
    r = dict(records[0])
    r["meta"] = {"url": "https://example.org/story", "headline": "Budget fight", "datePublished": "2026-11-20"}
    obj = export.jsonld(r)
    assert obj["@type"] == "Claim" and obj["text"] == r["content"]["text"]
    assert obj["@context"]["@vocab"] == "https://schema.org/"
    assert obj["author"] == {"@type": "Person", "name": "Hillary Clinton", "jobTitle": "Senator", "claims:kind": "person",
                             "claims:mention": {"text": r["speaker"]["text"], "start": r["speaker"]["start"], "end": r["speaker"]["end"]}}
    assert obj["appearance"] == {"@type": "CreativeWork", "identifier": "clintons", "url": "https://example.org/story",
                                 "headline": "Budget fight", "datePublished": "2026-11-20"}
    assert obj["datePublished"] == "2026-11-20"
    assert obj["claims:content"] == {"start": r["content"]["start"], "end": r["content"]["end"]}
    assert [link["relation"] for link in obj["claims:attribution"]] == ["speaker"]
    r["meta"] = {"url": "javascript:alert(1)"}
    assert "url" not in export.jsonld(r)["appearance"]


def test_jsonld_cli_one_claim_a_line(run_file):
    path, records, hostile = run_file
    proc = run_cli("export", str(path), "--format", "jsonld", "--type", "direct")
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == sum(r["type"] == "direct" for r in records + hostile) >= 2
    assert all(obj["claims:type"] == "direct" for obj in lines)


def test_filters(run_file):
    path, records, _ = run_file
    proc = run_cli("export", str(path), "--speaker", "bill", "--min-confidence", "0.5")
    rows = list(csv.DictReader(io.StringIO(proc.stdout, newline="")))
    assert {r["speaker"] for r in rows} == {"Bill Clinton"}
    proc = run_cli("export", str(path), "--facet", "percent")
    rows = list(csv.DictReader(io.StringIO(proc.stdout, newline="")))
    assert [r["speaker"] for r in rows] == ["Hillary Clinton"] and "percent: 5%" in rows[0]["facets"]


def test_speakers_never_merge_two_clintons(run_file):
    path, records, _ = run_file
    # extraction: "Clinton" after "Former President Bill Clinton" is Bill, not the Clinton named first
    assert [r["speaker"]["name"] for r in records] == ["Hillary Clinton", "Bill Clinton", "Bill Clinton"]
    entries = {e.name: e for e in speakers.index(read_run([str(path)], []))}
    assert entries["Hillary Clinton"].claims == 1 and entries["Bill Clinton"].claims == 2
    assert entries["Hillary Clinton"].as_json()["roles"] == ["Senator"]
    assert entries["Bill Clinton"].as_json()["roles"] == ["Former President"]
    assert not any(e.name == "Clinton" for e in entries.values())


def test_speakers_merge_a_surname_only_when_it_can_mean_one_person():
    def rec(doc, name, role=None, kind="person"):
        return {"doc_id": doc, "type": "indirect", "content": {"text": "x", "start": 0, "end": 1},
                "speaker": {"name": name, "kind": kind, "role": role, "text": name, "start": 0, "end": 1},
                "attribution": [{"name": name, "relation": "speaker", "kind": kind}, {"name": "CNN", "relation": "reported_by", "kind": "media"}]}
    records = [rec("a", "Ana Ruiz", "Mayor"), rec("b", "Ruiz", "Mayor"), rec("c", "Ruiz"), rec("d", "an official", kind="anonymous"),
               rec("e", "an official", kind="anonymous"), rec("f", "Karl Weber"), rec("g", "Maria Weber"), rec("h", "Weber")]
    entries = [(e.name, e.claims, len(e.documents)) for e in speakers.index(records)]
    assert ("Ana Ruiz", 3, 3) in entries  # "Ruiz" with the same role, and with none, joins her
    assert entries.count(("an official", 1, 1)) == 2
    assert {("Karl Weber", 1, 1), ("Maria Weber", 1, 1), ("Weber", 1, 1)} <= set(entries)
    [ana] = [e for e in speakers.index(records) if e.name == "Ana Ruiz"]
    assert ana.as_json()["outlets"] == {"CNN": 3} and ana.as_json()["roles"] == ["Mayor"]


def test_speakers_formats(run_file):
    path, _, _ = run_file
    table = run_cli("speakers", str(path)).stdout
    assert "Hillary Clinton (Senator)" in table
    as_json = [json.loads(line) for line in run_cli("speakers", str(path), "--format", "json").stdout.splitlines()]
    assert {"name", "kind", "roles", "claims", "documents", "types", "outlets"} <= set(as_json[0])
    as_csv = list(csv.reader(io.StringIO(run_cli("speakers", str(path), "--format", "csv").stdout, newline="")))
    assert as_csv[0] == list(speakers.COLUMNS)


def test_bad_lines_are_reported_and_skipped(tmp_path, run_file):
    path, records, hostile = run_file
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(path.read_text(encoding="utf-8") + "[1, 2]\nnot json\n", encoding="utf-8")
    proc = run_cli("export", str(mixed))
    assert proc.returncode == 1
    assert f"claims: error: {mixed}:{len(records) + len(hostile) + 1}: not a claims record" in proc.stderr
    assert f"{mixed}:{len(records) + len(hostile) + 2}: not JSON" in proc.stderr
    assert len(list(csv.reader(io.StringIO(proc.stdout, newline="")))) == 1 + len(records) + len(hostile)


def test_review_segments_cover_the_text_exactly():
    text = 'He said: "A, B." Later she said C.'
    records = [{"content": {"text": "A, B.", "start": 10, "end": 15}, "cue": {"text": "said", "start": 3, "end": 7},
                "speaker": {"text": "He", "start": 0, "end": 2}},
               {"content": {"text": "WRONG", "start": 32, "end": 33}, "cue": {"text": "said", "start": 27, "end": 31}, "speaker": None}]
    segs = review.segments(text, records)
    assert "".join(s for s, _ in segs) == text
    assert [s for s, refs in segs if "c0" in refs] == ["A, B."]
    assert [s for s, refs in segs if "q1" in refs] == ["said"]
    assert not any("c1" in refs for _, refs in segs)  # a span whose text is not its slice is not drawn


def test_review_embeds_data_inertly(tmp_path):
    from claims.io.reader import Document

    evil = '</script><script>alert(1)</script><!-- \u2028'
    records = [{"id": "0123456789abcdef", "doc_id": evil, "type": "direct", "confidence": 0.9,
                "content": {"text": "x", "start": 0, "end": 1}, "cue": None, "speaker": None, "attribution": [],
                "meta": {"url": "javascript:alert(1)", "headline": evil}}]
    review.build(records, [Document(evil, "x </script> y", {})], tmp_path)
    for page in [tmp_path / "index.html", *sorted((tmp_path / "docs").glob("*.html"))]:
        html_text = page.read_text(encoding="utf-8")
        assert html_text.count("<script") == 2 and html_text.count("</script>") == 2
        assert 'href="javascript:' not in html_text
        assert "Content-Security-Policy" in html_text


def test_speakers_the_us_and_the_US_are_one_name_the_mayor_none():
    def rec(doc, name, kind):
        return {"doc_id": doc, "type": "indirect", "content": {"text": "x", "start": 0, "end": 1},
                "speaker": {"name": name, "kind": kind, "role": None, "text": name, "start": 0, "end": 1},
                "attribution": [{"name": name, "relation": "speaker", "kind": kind}]}
    records = [rec("a", "The US", "organization"), rec("b", "the US", "organization"),
               rec("a", "the mayor", "person"), rec("b", "the mayor", "person")]
    entries = sorted((e.name, e.claims, len(e.documents)) for e in speakers.index(records))
    assert entries == [("The US", 2, 2), ("the mayor", 1, 1), ("the mayor", 1, 1)]


def test_csv_sentence_column_with_the_documents(run_file, tmp_path):
    path, records, _ = run_file
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "clintons", "text": ARTICLE}) + "\n", encoding="utf-8")
    proc = run_cli("export", str(path), "--docs", str(docs), "--type", "direct")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout, newline="")))
    clintons = [r for r in rows if r["doc_id"] == "clintons"]
    assert [r["sentence"] for r in clintons] == ['"We will not back down," Clinton said on Monday.']
    assert [r["sentence"] for r in rows if r["doc_id"] == "formula"] == [""]  # its document was not given
    proc = run_cli("export", str(path))
    assert all(r["sentence"] == "" for r in csv.DictReader(io.StringIO(proc.stdout, newline="")))


def test_jsonld_authors_are_typed_by_what_speaks():
    def author(name, kind):
        record = {"id": "0" * 16, "doc_id": "d", "type": "indirect", "content": {"text": "x", "start": 0, "end": 1},
                  "speaker": {"name": name, "kind": kind, "role": None, "text": name, "start": 0, "end": 1}}
        return export.jsonld(record)["author"]["@type"]
    assert [author("the report", "unknown"), author("Polls", "unknown"), author("Reuters", "media"), author("the council", "organization"),
            author("Ana Ruiz", "person"), author("an official", "anonymous")] == [
        "CreativeWork", "CreativeWork", "NewsMediaOrganization", "Organization", "Person", "Person"]
