"""The review site in a real browser (Debian's chromium and chromium-driver, driven by Selenium).

Click-through as a desk would: open the index, filter by a speaker, open a claim, check that
the highlighted text is the record's content, go back. And a hostile document: nothing in it
runs, everything in it is shown as written.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

selenium = pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException, TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

pytestmark = pytest.mark.browser

ROOT = Path(__file__).parent.parent
HOSTILE_TEXT = ('Officials said "<script>window.__pwned=1;alert(1)</script>" was posted on the site.\n'
                'The mayor said "><img src=x onerror="window.__pwned=2;alert(2)"> and </textarea> were found, '
                'and that \u202eevil.exe\u202c was renamed.')
HOSTILE = {"id": "<b>bold</b>\u202e", "text": HOSTILE_TEXT,
           "url": "javascript:window.__pwned=3", "headline": "<img src=x onerror=window.__pwned=4>"}


def _browser_paths():
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not (os.path.exists(chromium) and os.path.exists(driver)):
        pytest.fail("browser tests need Debian's chromium and chromium-driver (the README's test command installs them)")
    return chromium, driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium, driver_path = _browser_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("review")
    hostile = work / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    split = work / "split.txt"
    split.write_text('"We will rebuild every bridge," said Mayor Ana Ruiz, "and we will start on Monday."\n', encoding="utf-8")
    run = work / "run.jsonl"
    inputs = [str(ROOT / "seeds"), str(hostile), str(split)]
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", *inputs, "-o", str(run), "--workers", "1"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "claims", "review", str(run), "--docs", *inputs, "-o", str(work / "site")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in run.read_text(encoding="utf-8").splitlines()]
    return work / "site", records


def _open(browser, url):
    browser.get(url)
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))


def _no_alert(browser):
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text


def test_filter_open_claim_and_back(browser, site):
    path, records = site
    _open(browser, (path / "index.html").as_uri())
    total = browser.find_element(By.ID, "count").text
    assert total == f"{len(records)} of {len(records)} claims"
    box = browser.find_element(By.ID, "f-speaker")
    box.send_keys("Satterfield")
    box.send_keys(Keys.ESCAPE, Keys.TAB)  # close the name suggestions, as a reader would
    theirs = [r for r in records if r["speaker"] and "satterfield" in r["speaker"]["name"].lower()]
    assert browser.find_element(By.ID, "count").text == f"{len(theirs)} of {len(records)} claims"
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.row")
    assert len(rows) == len(theirs) > 3
    assert all(row.find_elements(By.TAG_NAME, "td")[2].text == "David Satterfield" for row in rows)
    # a claim in one piece, opened from its row
    target = next(r for r in theirs if "fragments" not in r["content"])
    browser.find_element(By.ID, f"row-{target['id']}").click()
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.selected") == target["id"])
    content = "".join(e.get_attribute("textContent") for e in browser.find_elements(By.CSS_SELECTOR, ".sel-c"))
    assert content == target["content"]["text"]
    cue = "".join(e.get_attribute("textContent") for e in browser.find_elements(By.CSS_SELECTOR, ".sel-q"))
    assert cue == target["cue"]["text"]
    details = browser.find_element(By.ID, "details").text
    assert "David Satterfield" in details and target["id"] in details and "US special envoy" in details
    browser.find_element(By.ID, "back").click()
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    assert browser.find_element(By.CSS_SELECTOR, "tr.row.current").get_attribute("id") == f"row-{target['id']}"


def test_fragments_are_highlighted_piece_by_piece(browser, site):
    path, records = site
    split = next(r for r in records if r["content"].get("fragments"))
    _open(browser, (path / "index.html").as_uri() + "#" + split["id"])
    browser.find_element(By.ID, f"row-{split['id']}").click()
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.selected") == split["id"])
    pieces = [e.get_attribute("textContent") for e in browser.find_elements(By.CSS_SELECTOR, ".sel-c")]
    assert "".join(pieces) == "".join(f["text"] for f in split["content"]["fragments"])


def test_sorting_by_confidence(browser, site):
    path, records = site
    _open(browser, (path / "index.html").as_uri())
    browser.find_element(By.CSS_SELECTOR, 'th[data-key="confidence"]').click()
    shown = [float(row.find_elements(By.TAG_NAME, "td")[5].text) for row in browser.find_elements(By.CSS_SELECTOR, "tr.row")]
    assert shown == sorted(shown) and len(shown) == min(100, len(records))


def test_hostile_document_is_inert(browser, site):
    path, records = site
    hostile = [r for r in records if r["doc_id"] == HOSTILE["id"]]
    assert hostile, "the hostile document gives claims too"
    _open(browser, (path / "index.html").as_uri())
    _no_alert(browser)
    browser.find_element(By.ID, f"row-{hostile[0]['id']}").click()
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    _no_alert(browser)
    assert browser.execute_script("return window.__pwned") is None
    assert browser.find_elements(By.TAG_NAME, "img") == []
    assert browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript']") == []
    text = browser.find_element(By.ID, "text").get_attribute("textContent")
    assert text == HOSTILE_TEXT  # shown as written, bidi override and all
    header = browser.find_element(By.TAG_NAME, "header").text
    assert "<img src=x onerror=window.__pwned=4>" in header and "javascript:window.__pwned=3" in header
    # the override stays inside its own span: the page around it is laid out left to right
    assert browser.execute_script("return getComputedStyle(document.querySelector('#text span')).unicodeBidi") == "isolate"


def test_a_fragment_that_is_not_percent_encoding_shows_every_row(browser, site):
    path, records = site
    for fragment in ("%", "%E0%A4%A", "%zz"):  # decodeURIComponent throws on these: the table stays whole
        _open(browser, (path / "index.html").as_uri() + "#" + fragment)
        shown = min(len(records), 100)
        assert len(browser.find_elements(By.CSS_SELECTOR, "tr.row")) == shown
        assert browser.find_element(By.ID, "count").text == f"{len(records)} of {len(records)} claims"
    page = sorted((path / "docs").glob("*.html"))[0]
    _open(browser, page.as_uri() + "#%")  # a document page as well: it opens, nothing selected
    assert browser.execute_script("return document.body.dataset.selected || ''") == ""


def _decide(browser, path, record, status, rating="", note=""):
    from selenium.webdriver.support.ui import Select

    _open(browser, (path / "index.html").as_uri() + "#" + record["id"])
    browser.find_element(By.ID, f"row-{record['id']}").find_elements(By.TAG_NAME, "td")[0].click()
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.selected") == record["id"])
    Select(browser.find_element(By.ID, "d-status")).select_by_value(status)
    if rating:
        browser.find_element(By.ID, "d-rating").send_keys(rating)
    if note:
        browser.find_element(By.ID, "d-note").send_keys(note)
    assert browser.find_element(By.ID, "d-saved").text == "kept in this browser"
    # the page has written every field before the next page loads (each keystroke is a write)
    want = {"status": status, "rating": rating, "note": note}
    WebDriverWait(browser, 10).until(lambda d: {k: (d.execute_script(
        "return window.claimsReview.decisions.get(arguments[0])", record["id"]) or {}).get(k, "") for k in want} == want)


def _kept_after_reload(browser, path, ids, wait=20.0, expect=None):
    """The decisions a freshly loaded index page reads, once it reads all of `ids`, with the fields
    `expect` gives for some of them ({id: {"status": ..., "rating": ...}}), or after `wait` s.

    Chromium hands a page's localStorage writes to the browser process asynchronously, so a page
    loaded at once after another page wrote can, on a loaded machine, read the area before the
    write arrived; a reviewer's next load sees it. Reloading until the writes show keeps that
    out of the test; a decision really lost still fails the assertion that follows."""
    import time

    deadline = time.monotonic() + wait
    while True:
        _open(browser, (path / "index.html").as_uri())
        browser.refresh()
        WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
        kept = browser.execute_script("return window.claimsReview.decisions.all()")
        whole = all(all((kept.get(i) or {}).get(k, "") == v for k, v in fields.items()) for i, fields in (expect or {}).items())
        if (all(i in kept for i in ids) and whole) or time.monotonic() > deadline:
            return kept
        time.sleep(0.5)


def test_a_reviewers_decisions_are_kept_exported_and_read_back(browser, site, tmp_path):
    path, records = site
    wrong, checked, later = [r for r in records if r["speaker"]][:3]
    _decide(browser, path, wrong, "wrong extraction", note="the speaker is the envoy, not =SUM(A1)")
    _decide(browser, path, checked, "checked", rating="Mostly true", note="matches the State Department's statement")
    _decide(browser, path, later, "to check")
    # back on the table: a decision column, a filter on it, kept after a reload
    _kept_after_reload(browser, path, [wrong["id"], checked["id"], later["id"]],
                       expect={checked["id"]: {"status": "checked", "rating": "Mostly true"}, wrong["id"]: {"status": "wrong extraction"}})
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.ID, "f-decision")).select_by_value("wrong extraction")
    # (the table is drawn again after the filter's change event: wait for it, not for a fixed time)
    wanted = [f"row-{wrong['id']}"]
    try:
        WebDriverWait(browser, 10).until(
            lambda d: [r.get_attribute("id") for r in d.find_elements(By.CSS_SELECTOR, "tr.row")] == wanted)
    except TimeoutException:
        pass  # the assertion below says what the table holds
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.row")
    assert [r.get_attribute("id") for r in rows] == wanted
    assert rows[0].find_elements(By.TAG_NAME, "td")[7].text == "wrong extraction"
    # a row's content is a real link (a new tab, the keyboard)
    link = rows[0].find_element(By.TAG_NAME, "a")
    assert link.get_attribute("href").endswith(f"#{wrong['id']}")
    # the exports, read back by `claims decisions`
    exported = tmp_path / "decisions.csv"
    exported.write_text(browser.execute_script("return window.claimsReview.decisionsCsv()"), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "claims", "decisions", str(exported), "--status", "wrong extraction"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    (back,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert (back["id"], back["doc_id"], back["note"]) == (wrong["id"], wrong["doc_id"], "the speaker is the envoy, not =SUM(A1)")
    assert back["content"] == wrong["content"]["text"]
    reviews = browser.execute_script("return window.claimsReview.claimReviews()")
    assert [(r["@type"], r["claimReviewed"], r["reviewRating"]["alternateName"]) for r in reviews] == [
        ("ClaimReview", checked["content"]["text"], "Mostly true")]
    assert reviews[0]["itemReviewed"]["author"]["name"] == checked["speaker"]["name"]
    jsonld = tmp_path / "claimreview.jsonld"
    jsonld.write_text("".join(json.dumps(r) + "\n" for r in reviews), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "claims", "decisions", str(jsonld)], capture_output=True, text=True)
    assert [(d["id"], d["status"], d["rating"]) for d in map(json.loads, proc.stdout.splitlines())] == [(checked["id"], "checked", "Mostly true")]
    # optional columns show on demand
    assert not browser.find_element(By.CSS_SELECTOR, "tr.row td.c-chain").is_displayed()
    browser.find_element(By.CSS_SELECTOR, "input.col[value='chain']").click()
    assert browser.find_element(By.CSS_SELECTOR, "tr.row td.c-chain").is_displayed()


def test_a_decision_is_kept_under_its_own_claim_and_earlier_ones_stay(browser, site):
    path, records = site
    old, new = [r for r in records if r["speaker"]][3:5]
    _open(browser, (path / "index.html").as_uri())
    prefix = browser.execute_script("return window.claimsReview.decisions.prefix()")
    # a decision kept by an earlier version: one object under the review's key for all its claims
    browser.execute_script("window.localStorage.setItem(arguments[0], JSON.stringify(arguments[1]))", prefix[:-1],
                           {old["id"]: {"status": "checking", "rating": "", "note": "kept before"}})
    _decide(browser, path, new, "not checkable", note="a forecast")
    kept = _kept_after_reload(browser, path, [old["id"], new["id"]])
    assert (kept[old["id"]]["note"], kept[new["id"]]["status"]) == ("kept before", "not checkable")
    # the new one is an entry of its own: writing it rewrote no other claim's decision
    own = browser.execute_script("return JSON.parse(window.localStorage.getItem(arguments[0]))", prefix + new["id"])
    assert (own["status"], own["note"]) == ("not checkable", "a forecast")
    # clearing the earlier one clears it from the earlier object too
    browser.execute_script("window.claimsReview.decisions.set(arguments[0], {status: '', rating: '', note: ''})", old["id"])
    assert old["id"] not in browser.execute_script("return window.claimsReview.decisions.all()")


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory):
    """A review of tests/data/cluster_corpus.jsonl with what match and cluster found."""
    work = tmp_path_factory.mktemp("corpus")
    corpus = ROOT / "tests" / "data" / "cluster_corpus.jsonl"
    archive = work / "factchecks.csv"
    archive.write_text("claim,rating,url,title\n\"Hospital admissions fell by 12 percent in March.\",True,https://checks.example/a,"
                       "Did Admissions Fall 12%?\n\"The flu season ended early this year.\",Unproven,javascript:alert(1),Flu\n", encoding="utf-8")
    run, matches, clusters = work / "run.jsonl", work / "m.jsonl", work / "c.jsonl"
    for args in (["extract", str(corpus), "-o", str(run), "--workers", "1"],
                 ["match", str(run), "--archive", str(archive), "--top", "1", "--threshold", "0.5", "-o", str(matches)],
                 ["cluster", str(run), "-o", str(clusters)],
                 ["review", str(run), "--docs", str(corpus), "--matches", str(matches), "--clusters", str(clusters), "-o", str(work / "site")]):
        proc = subprocess.run([sys.executable, "-m", "claims", *args], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    return work / "site", [json.loads(line) for line in run.read_text(encoding="utf-8").splitlines()]


def test_a_claims_fact_check_and_other_appearances_are_beside_it(browser, corpus_site):
    path, records = corpus_site
    _open(browser, (path / "index.html").as_uri())
    corpus = Select(browser.find_element(By.ID, "f-corpus"))
    corpus.select_by_value("recurring")
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.row")
    assert len(rows) == 10  # three claims travelled: 3 + 3 + 4 appearances
    tabloid = next(r for r in records if r["doc_id"] == "tabloid-1" and r["content"]["text"].startswith("Hospital"))
    browser.find_element(By.ID, f"row-{tabloid['id']}").click()
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.selected") == tabloid["id"])
    checks = browser.find_element(By.CSS_SELECTOR, ".corpus.matches").text
    assert "True" in checks and "differs: number" in checks and "Hospital admissions fell by 12 percent in March." in checks
    appearances = browser.find_element(By.CSS_SELECTOR, ".corpus.appearances")
    items = appearances.find_elements(By.TAG_NAME, "li")
    assert [i.text.split(" \u00b7 ")[0] for i in items] == ["2026-04-01", "2026-04-02", "2026-04-03"]  # oldest first
    assert "differs from the first: number" in items[2].text and "(this claim)" in items[2].text
    first = next(r for r in records if r["doc_id"] == "health-1" and r["content"]["text"].startswith("Hospital"))
    items[0].find_element(By.TAG_NAME, "a").click()  # to the first appearance, in its own document
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.selected") == first["id"])
    flu = next(r for r in records if r["content"]["text"] == "the flu season had ended early")
    _open(browser, (path / "index.html").as_uri())
    browser.find_element(By.ID, f"row-{flu['id']}").click()
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.selected") == flu["id"])
    box = browser.find_element(By.CSS_SELECTOR, ".corpus.matches")
    assert "Unproven" in box.text and box.find_elements(By.TAG_NAME, "a") == []  # a javascript: url is never a link
