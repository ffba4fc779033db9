"""Prints the first ```yaml block of README.md that contains WORD, so that CI can validate the
README's examples. Exit 1 when there is none. Usage: python3 scripts/readme-yaml.py WORD"""

import pathlib
import re
import sys

word = sys.argv[1]
readme = (pathlib.Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
for block in re.findall(r"^```yaml\n(.*?)^```$", readme, flags=re.S | re.M):
    if word in block:
        sys.stdout.write(block)
        sys.exit(0)
sys.exit(f"README.md has no yaml block containing {word!r}")
