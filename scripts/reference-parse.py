#!/usr/bin/env python3
"""The benchmark's reference: read every .json file of a catalogue and parse it with orjson.

Usage: scripts/reference-parse.py DIR

This is the floor for any tool that checks the catalogue (it does nothing but read and parse);
scripts/benchmark.sh compares the whole `mhhs lint` process against the whole of this one.
"""

import os
import sys

import orjson


def main():
    root = sys.argv[1]
    count = 0
    for directory, _, names in os.walk(root):
        for name in names:
            if name.endswith(".json"):
                with open(os.path.join(directory, name), "rb") as f:
                    data = f.read()
                try:
                    orjson.loads(data)
                except orjson.JSONDecodeError:
                    pass
                count += 1
    print(count)


if __name__ == "__main__":
    main()
