"""Parse PolNeAR once: each article's token features (claims.learned.features) and gold labels,
saved to build/polnear-<part>.npz for the training loop (nothing here is committed).

usage: python training/prepare.py [--model NAME] [--part train|calib|test ...] [--minilm]

--minilm also saves each token's MiniLM vectors (claims.learned.encoder, the [match] extra) for
the accurate tagger (train.py --vectors minilm), to build/polnear-<part>-minilm.npy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from training.polnear import PARTS, ROOT, articles, gold_by_article, read  # noqa: E402

BUILD = ROOT / "build"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model")
    ap.add_argument("--part", choices=PARTS, action="append", help="only this part (again for more); default: all")
    ap.add_argument("--minilm", action="store_true", help="also the MiniLM token vectors (the accurate tagger's)")
    args = ap.parse_args()
    from claims import pipeline
    from claims.extraction import by_rules_of
    from claims.learned.features import token_features, token_vectors
    from claims.learned import encoder
    from claims.learned.labels import gold_labels

    nlp = pipeline.load(args.model, learned=False)  # the rules alone: the tagger is what is trained
    gold = gold_by_article()
    BUILD.mkdir(exist_ok=True)
    with nlp.select_pipes(disable=["claims"]):
        for which in args.part or PARTS:
            files = articles(which)
            feats, vectors, minilm, labels, stems = [], [], [], [], []
            for path, doc in zip(files, nlp.pipe((read(p) for p in files), batch_size=16)):
                # what the tagger reads at run time: the rules' Doc (their mended copy) and frames
                ruled = by_rules_of(doc)
                feats.append(token_features(ruled.ctx, ruled.mentions, ruled.frames, ruled.chosen))
                vectors.append(token_vectors(ruled.ctx.doc).astype("float16"))
                if args.minilm:
                    minilm.append(encoder.token_vectors(ruled.ctx.doc).astype("float16"))
                labels.append(numpy.array(gold_labels(doc, gold.get(path.stem, [])), dtype="int32"))
                stems.append(path.stem)
            numpy.savez_compressed(BUILD / f"polnear-{which}.npz", stems=numpy.array(stems),
                                   lengths=numpy.array([len(f) for f in feats]),
                                   feats=numpy.concatenate(feats), vectors=numpy.concatenate(vectors),
                                   labels=numpy.concatenate(labels))
            if args.minilm:
                numpy.save(BUILD / f"polnear-{which}-minilm.npy", numpy.concatenate(minilm))
            print(f"{which}: {len(files)} articles, {sum(len(f) for f in feats)} tokens", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
