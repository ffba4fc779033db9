#!/usr/bin/env bash
# Checks the committed JSON Schemas with an independent validator (PyPI jsonschema, installed
# when missing): the shipped catalogue against them, and schema and loader agreeing on the
# invalid files under scripts/schema-invalid/. Run by .ci/run after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --quiet jsonschema
python3 scripts/check_schemas.py "$(swift build --show-bin-path)/mhhs"
