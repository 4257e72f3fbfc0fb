"""Everything the learned part needs, from the corpus to the shipped files, in one command:

    python -m training          (from the repository root; about 25 minutes on 2 cores)

1. training/prepare.py: parse PolNeAR once, features and gold labels per token (build/), and
   with the [match] extra installed MiniLM's token vectors too
2. training/train.py: the tagger, on the "train" part; best epoch on "calib"
3. training/train.py --vectors minilm: the accurate tagger (--accurate), with the extra only
4. training/calibrate.py: the confidence models, on the "calib" part
Then `python bench/accuracy.py` (and `--accurate`) scores the result on the held-out "test" part.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))
from claims.match.encoder import available  # noqa: E402

minilm = available()
steps = [["prepare.py", *(["--minilm"] if minilm else [])], ["train.py", *sys.argv[1:]]]
if minilm:
    steps.append(["train.py", "--vectors", "minilm"])
else:
    print("the [match] extra is not installed: the accurate tagger is not trained", flush=True)
steps.append(["calibrate.py"])
for step, *args in steps:
    print(f"== {step} {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, str(HERE / step), *args], check=True)
