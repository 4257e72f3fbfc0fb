"""Make claims/given_names.tsv: given names that nearly always go with one gender, for the speaker
resolution's pronoun check ("Maria Lopez interviewed Donald Trump. He ..." -> not Maria Lopez).

The source is the name data of nomquamgender 0.1.4 (Ian Van Buskirk, MIT licence; see NOTICE):
for each name, how many sources and people carry it and the share that are women. A name is kept
when at least 5 sources and 200 people carry it and at least 85% of them are of one gender; the
third column is that share (two decimals), so a caller can tell "Maria" (0.95) from "Lindsey"
(0.90, Lindsey Graham).

usage: python training/given_names.py PATH/TO/nomquamgender/name_data.json
       (the file inside the nomquamgender wheel: pip download nomquamgender==0.1.4 --no-deps)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "claims" / "given_names.tsv"
MIN_SOURCES, MIN_PEOPLE, SHARE = 5, 200, 0.85


def main(argv: list[str]) -> int:
    data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    rows = []
    for name, (sources, people, female, *_) in data.items():
        if not (name.isascii() and name.isalpha() and len(name) > 1) or sources < MIN_SOURCES or people < MIN_PEOPLE:
            continue
        if female >= SHARE:
            rows.append((name, "f", female))
        elif female <= 1 - SHARE:
            rows.append((name, "m", 1 - female))
    header = "# given name -> gender (f/m) -> share of its people of that gender; made by training/given_names.py from nomquamgender 0.1.4 (MIT, Ian Van Buskirk)\n"
    OUT.write_text(header + "".join(f"{n}\t{g}\t{share:.2f}\n" for n, g, share in sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
