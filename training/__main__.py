"""Everything the learned part needs, from the corpus to the shipped files, in one command:

    python -m training          (from the repository root; about 15 minutes on 2 cores)

1. training/prepare.py: parse PolNeAR once, features and gold labels per token (build/)
2. training/train.py: the tagger, on the "train" part; best epoch on "calib"
3. training/calibrate.py: the confidence model, on the "calib" part
Then `python bench/accuracy.py` scores the result on the held-out "test" part.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for step in ("prepare.py", "train.py", "calibrate.py"):
    print(f"== {step}", flush=True)
    subprocess.run([sys.executable, str(HERE / step), *(sys.argv[1:] if step == "train.py" else [])], check=True)
