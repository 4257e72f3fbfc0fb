"""claims match and claims cluster on articles written for these tests (tests/data/cluster_corpus.jsonl):
a mayor's claim relayed through Reuters and repeated by three outlets, a ministry's statistic reworded
and once misreported (12 percent became 21), a senator's figure relayed by a paper, and near misses (an
activist denying the mayor's claim; another claim about the water works)."""

import csv
import io
import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

from claims.desk.runs import Problem
from claims.match import conflict, items, lexical, normal, search
from claims.schema import named_validator

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "cluster_corpus.jsonl"

ARCHIVE_CSV = """claim,rating,url,date,claimant,title
"Riverton's tap water is unsafe to drink.",False,https://checks.example/riverton-water,2026-03-04,social media posts,Is Riverton's Water Unsafe?
"Hospital admissions fell by 12 percent in March.",True,https://checks.example/admissions,2026-04-05,health ministry,Did Admissions Fall 12%?
"The bridge project will cost $400 million.",Mostly false,https://checks.example/bridge,2026-05-20,Paul Reyes,Will the Bridge Cost $400 Million?
"The flu season ended early this year.",Unproven,https://checks.example/flu,2026-04-10,,Did Flu Season End Early?
"""

# the claims that carry the same claim, by document and the start of their content
GOLD = {
    "water": {("riverton-1", "the city's water"), ("gazette-1", "Riverton's water"), ("wire-1", "The city's water")},
    "admissions": {("health-1", "Hospital admissions"), ("daily-1", "hospital admissions"), ("tabloid-1", "Hospital admissions")},
    "bridge": {("gazette-2", "the new bridge"), ("wire-2", "The new bridge"), ("courier-3", "the new bridge"), ("undated-1", "the new bridge")},
}


def _claims(*args, **kw):
    return subprocess.run([sys.executable, "-m", "claims", *map(str, args)], capture_output=True, text=True, timeout=300, **kw)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("match") / "run.jsonl"
    proc = _claims("extract", CORPUS, "-o", out, "--quiet")
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("archive") / "factchecks.csv"
    path.write_text(ARCHIVE_CSV, encoding="utf-8")
    return path


def _lines(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def _gold_label(record):
    for label, keys in GOLD.items():
        if any(record["doc_id"] == doc and record["content"]["text"].startswith(start) for doc, start in keys):
            return label
    return None


# --- reading archives and claims ---

def test_archive_formats_read_the_same_fields(tmp_path):
    review = {"@context": "https://schema.org", "@graph": [
        {"@type": "ClaimReview", "url": "https://checks.example/a", "claimReviewed": "The moon is made of cheese.",
         "datePublished": "2026-01-02", "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"},
         "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Dan Moon"}}},
        {"@type": "WebPage", "name": "not a review"}]}
    (tmp_path / "a.jsonld").write_text(json.dumps(review), encoding="utf-8")
    (tmp_path / "b.tsv").write_text("id\tstatement\tverdict\nx7\tTaxes doubled last year.\tMisleading\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": 3, "claim": "Rain fell for forty days.", "rating": "True"}\nnot json\n{"rating": "False"}\n',
                                      encoding="utf-8")
    problems = []
    found = list(items.read_archive([str(tmp_path / n) for n in ("a.jsonld", "b.tsv", "c.jsonl")], problems))
    assert [(i.id, i.text, i.fields.get("verdict"), i.fields.get("claimant")) for i in found] == [
        ("https://checks.example/a", "The moon is made of cheese.", "False", "Dan Moon"),
        ("x7", "Taxes doubled last year.", "Misleading", None),
        ("3", "Rain fell for forty days.", "True", None)]
    assert [str(p) for p in problems] == [f"{tmp_path / 'c.jsonl'}:2: not JSON: Expecting value (column 1)",
                                          f"{tmp_path / 'c.jsonl'}:3: no claim text (a column or key named claim, claimReviewed or text)"]


def test_claims_come_from_a_run_a_jsonl_or_lines(run, tmp_path):
    (tmp_path / "typed.txt").write_text("The bridge will cost $40 million.\n\nWater is safe.\n", encoding="utf-8")
    (tmp_path / "typed.jsonl").write_text('{"id": "q1", "text": "Admissions fell."}\n', encoding="utf-8")
    problems = []
    from_run = list(items.read_claims([str(run)], problems))
    assert len(from_run) == len(_lines(run)) and from_run[0].fields["outlet"] == "Riverton Courier"
    assert from_run[0].fields["date"] == "2026-03-02" and from_run[0].fields["speaker"] == "Jane Okafor"
    typed = list(items.read_claims([str(tmp_path / "typed.txt"), str(tmp_path / "typed.jsonl")], problems))
    assert [(i.id, i.text) for i in typed] == [(f"{tmp_path / 'typed.txt'}:1", "The bridge will cost $40 million."),
                                               (f"{tmp_path / 'typed.txt'}:3", "Water is safe."), ("q1", "Admissions fell.")]
    assert problems == []


# --- ranking and conflicts ---

def test_a_reworded_claim_finds_its_fact_check_among_distractors():
    archive = ["Wind turbines kill more birds than cats do.", "A new law bans the sale of gas cars from 2030.",
               "The governor said crime fell by half during her first term.", "Cats kill billions of birds every year.",
               "Electric cars produce more pollution than gas cars."]
    index = lexical.FusedIndex.build([normal.text(a) for a in archive])
    queries = ["Gov. Lee claims crime was halved in her first term", "wind turbines are killing more birds than cats, says a post",
               "#EV cars pollute more than gasoline cars https://t.co/xyz"]
    best = [hits[0][0] for hits in search.top_k(index, [normal.text(q) for q in queries], 3)]
    assert best == [2, 0, 4]


def test_conflicts_are_named():
    assert conflict.conflicts("The water is safe to drink.", "The water is not safe to drink.") == ["negation"]
    assert conflict.conflicts("The water is not safe.", "The water is unsafe.") == []  # the same claim, said two ways
    assert conflict.conflicts("It is legal to fish here.", "It is illegal to fish here.") == ["negation"]
    assert conflict.conflicts("122 detainees returned to fighting.", "12 detainees returned to fighting in 2016.") == ["number"]
    assert conflict.conflicts("3.5 million people voted.", "3,500,000 people voted in May.") == []  # one number, two spellings
    assert conflict.conflicts("Unemployment rose to 5%.", "Unemployment fell to 5 percent.") == ["direction"]
    assert conflict.conflicts("Prices rose and then fell.", "Prices fell.") == []  # both directions in one: not a reversal


# --- the command line ---

def test_match_writes_schema_valid_ranked_matches_with_conflicts(run, archive, tmp_path):
    out = tmp_path / "matches.jsonl"
    proc = _claims("match", run, "--archive", archive, "--top", "1", "--threshold", "0.3", "-o", out)
    assert proc.returncode == 0, proc.stderr
    matches = _lines(out)
    validator = named_validator("match")
    assert all(not list(validator.iter_errors(m)) for m in matches)
    by_claim = {m["claim_text"]: m for m in matches}
    mayor = by_claim["the city's water supply is safe to drink"]
    assert (mayor["item_id"], mayor["item"]["verdict"], mayor["conflict"]) == (f"{archive}:2", "False", ["negation"])
    assert by_claim["hospital admissions fell 12% in March"]["conflict"] == []
    assert by_claim["Hospital admissions fell by 21 percent in March"]["conflict"] == ["number"]
    assert by_claim["The new bridge project will cost $40 million"]["conflict"] == ["number"]  # the archive says $400 million
    assert by_claim["the flu season had ended early"]["item"] == {"verdict": "Unproven", "url": "https://checks.example/flu",
                                                                 "date": "2026-04-10", "title": "Did Flu Season End Early?"}
    assert "the wards were still busy" not in by_claim  # nothing in the archive is like it: under the threshold
    assert proc.stderr.strip().endswith(f"{len(_lines(run))} claims against 4 fact-checks (lexical): {len(matches)} with a match, "
                                        f"{len(matches)} matches written")


def test_match_refuses_to_write_over_its_archive_and_names_an_empty_one(run, archive, tmp_path):
    before = archive.read_bytes()
    proc = _claims("match", run, "--archive", archive, "-o", archive)
    assert proc.returncode == 2 and archive.read_bytes() == before and "claims: error:" in proc.stderr
    empty = tmp_path / "empty.csv"
    empty.write_text("claim,rating\n", encoding="utf-8")
    proc = _claims("match", run, "--archive", empty)
    assert proc.returncode == 2 and proc.stderr.strip() == f"claims: error: no fact-check with a claim text in {empty}"


def test_cluster_finds_the_claims_that_travelled(run, tmp_path):
    out = tmp_path / "clusters.jsonl"
    proc = _claims("cluster", run, "-o", out)
    assert proc.returncode == 0, proc.stderr
    clusters = _lines(out)
    assert all(not list(named_validator("cluster").iter_errors(c)) for c in clusters)
    records = {r["id"]: r for r in _lines(run)}
    found = {c["cluster_id"]: {records[m["claim_id"]]["id"] for m in c["members"]} for c in clusters}
    gold: dict[str, set] = {}
    for r in records.values():
        label = _gold_label(r)
        if label:
            gold.setdefault(label, set()).add(r["id"])
    pairs = lambda groups: {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}
    assert pairs(found.values()) == pairs(gold.values())  # pairwise precision and recall 1.0

    water = next(c for c in clusters if c["first"]["doc_id"] == "riverton-1")
    assert water["order"] == "date" and [m["doc_id"] for m in water["members"]] == ["riverton-1", "gazette-1", "wire-1"]
    assert water["outlets"] == ["Riverton Courier", "Valley Gazette", "Wire Service"]
    assert water["speakers"] == ["Jane Okafor", "Reuters"]
    admissions = next(c for c in clusters if c["first"]["doc_id"] == "health-1")
    assert {m["doc_id"]: m["conflict"] for m in admissions["members"]} == {"health-1": [], "daily-1": [], "tabloid-1": ["number"]}
    bridge = next(c for c in clusters if c["size"] == 4)
    assert bridge["order"] == "input order" and bridge["first"]["doc_id"] == "gazette-2"  # one document has no date


def test_export_and_review_carry_matches_and_clusters(run, archive, tmp_path):
    matches, clusters = tmp_path / "m.jsonl", tmp_path / "c.jsonl"
    assert _claims("match", run, "--archive", archive, "--top", "1", "--threshold", "0.3", "-o", matches, "--quiet").returncode == 0
    assert _claims("cluster", run, "-o", clusters, "--quiet").returncode == 0
    proc = _claims("export", run, "--matches", matches, "--clusters", clusters)
    assert proc.returncode == 0, proc.stderr
    rows = {r["content"]: r for r in csv.DictReader(io.StringIO(proc.stdout))}
    tabloid = rows["Hospital admissions fell by 21 percent in March"]
    assert (tabloid["fact_check_verdict"], tabloid["fact_check_conflict"], tabloid["cluster_size"], tabloid["first_appearance"],
            tabloid["first_date"]) == ("True", "number", "3", "health-1", "2026-04-01")
    alone = rows["the wards were still busy"]  # in no cluster, like no fact-check
    assert (alone["cluster_id"], alone["cluster_size"], alone["fact_check"], alone["fact_check_verdict"]) == ("", "", "", "")
    site = tmp_path / "review"
    proc = _claims("review", run, "--docs", CORPUS, "--matches", matches, "--clusters", clusters, "-o", site, "--quiet")
    assert proc.returncode == 0, proc.stderr
    page = next(p for p in (site / "docs").iterdir() if "tabloid-1" in p.read_text(encoding="utf-8"))
    data = json.loads(page.read_text(encoding="utf-8").split('id="claims-data">')[1].split("</script>")[0])
    (found,) = [v for v in data["corpus"].values() if "cluster" in v]
    assert [m["doc_id"] for m in found["cluster"]["members"]] == ["health-1", "daily-1", "tabloid-1"]
    assert found["cluster"]["members"][0]["href"].startswith("../docs/") and found["matches"][0]["verdict"] == "True"


def test_a_bad_match_line_is_named_and_the_rest_is_used(run, archive, tmp_path):
    matches = tmp_path / "m.jsonl"
    assert _claims("match", run, "--archive", archive, "--top", "1", "-o", matches, "--quiet").returncode == 0
    lines = matches.read_text(encoding="utf-8").splitlines()
    matches.write_text("\n".join([lines[0], '{"claim_id": "x"}', *lines[1:]]) + "\n", encoding="utf-8")
    proc = _claims("export", run, "--matches", matches)
    assert proc.returncode == 1
    assert f"claims: error: {matches}:2: not a match record: record: 'schema_version' is a required property" in proc.stderr
    assert len(list(csv.DictReader(io.StringIO(proc.stdout)))) == len(_lines(run))


# --- the match extra ---

def test_minilm_ranks_a_paraphrase_first_with_no_shared_words():
    encoder = pytest.importorskip("claims.match.encoder")
    if not encoder.available():
        pytest.fail("the test extra installs the match extra: pip install -e '.[test]'")
    vectors = encoder.encode(["The physician said the medicine cured her illness.", "A doctor claimed the drug healed the patient.",
                              "The stock market closed higher on Friday."])
    sims = vectors @ vectors.T
    assert sims[0, 1] > 0.5 > sims[0, 2]
    assert abs(float((vectors ** 2).sum(axis=1)[0]) - 1.0) < 1e-5


def test_minilm_match_from_the_command_line(run, archive, tmp_path):
    out = tmp_path / "m.jsonl"
    proc = _claims("match", run, "--archive", archive, "--top", "1", "--method", "minilm+lexical", "-o", out, "--quiet")
    assert proc.returncode == 0, proc.stderr
    by_claim = {m["claim_text"]: m for m in _lines(out)}
    assert by_claim["the flu season had ended early"]["item"]["verdict"] == "Unproven"
    assert by_claim["hospital admissions fell 12% in March"]["method"] == "minilm+lexical"


def test_without_the_extra_minilm_says_what_to_install(monkeypatch):
    from claims.match import encoder

    encoder._session.cache_clear()
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    try:
        with pytest.raises(encoder.Unavailable, match=r"pip install 'news-claims\[match\]' \(onnxruntime is missing\)"):
            encoder.encode(["x"])
    finally:
        encoder._session.cache_clear()


@pytest.mark.slow
def test_cluster_on_a_local_dask_cluster_gives_the_same_clusters(run, tmp_path):
    one, dask = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    assert _claims("cluster", run, "-o", one, "--quiet").returncode == 0
    proc = _claims("cluster", run, "-o", dask, "--dask", "local", "--workers", "2", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert _lines(dask) == _lines(one) and len(_lines(one)) == 3


def test_texts_with_no_word_to_count_score_nothing_and_break_nothing(tmp_path):
    archive = tmp_path / "a.csv"
    archive.write_text('claim,rating\n"It is.",True\n"Is it?",False\n', encoding="utf-8")
    claims = tmp_path / "q.txt"
    claims.write_text("It was.\nThe tax rose by 5 percent.\n", encoding="utf-8")
    proc = _claims("match", claims, "--archive", archive, "--top", "1")
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["claim_text"] for line in proc.stdout.splitlines()] == ["It was."]  # character n-grams only
    from claims.match.cluster import cluster

    assert list(cluster([items.Item("a", "It is."), items.Item("b", "It is.", position=1)])) == []  # no content word: no blocking key


def test_a_run_piped_in_is_read_as_a_run(run, archive):
    proc = _claims("match", "-", "--archive", archive, "--top", "1", "--threshold", "0.5", "--scope", "speech",
                   input=Path(run).read_text(encoding="utf-8"))
    assert proc.returncode == 0, proc.stderr
    found = [json.loads(line) for line in proc.stdout.splitlines()]
    ids = {r["id"]: r for r in _lines(run)}
    assert found and all(m["claim_id"] in ids and m["doc_id"] == ids[m["claim_id"]]["doc_id"] for m in found)


def test_every_method_reports_a_similarity_between_0_and_1(run, archive):
    for method in ("bm25", "tfidf-char", "lexical"):
        proc = _claims("match", run, "--archive", archive, "--top", "1", "--method", method)
        assert proc.returncode == 0, proc.stderr
        found = {m["claim_text"]: m for m in map(json.loads, proc.stdout.splitlines())}
        assert all(0 < m["score"] <= 1 for m in found.values())
        best = found["hospital admissions fell 12% in March"]
        assert best["item"]["verdict"] == "True" and best["score"] > 0.5 > found.get("the complaints were being taken seriously", {"score": 0})["score"]


def test_an_output_that_is_the_file_stdin_comes_from_is_refused(run, archive, tmp_path):
    copy = tmp_path / "run.jsonl"
    copy.write_bytes(Path(run).read_bytes())
    for args in (["match", "-", "--archive", archive, "-o", copy], ["cluster", "-", "-o", copy]):
        with open(copy, "rb") as stdin:
            proc = subprocess.run([sys.executable, "-m", "claims", *map(str, args)], stdin=stdin, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 2 and copy.read_bytes() == Path(run).read_bytes()
        assert proc.stderr.strip() == f"claims: error: {copy}: the output would overwrite the input standard input; choose another -o"
