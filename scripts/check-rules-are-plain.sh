#!/usr/bin/env bash
# Rules read as domain statements: no byte routines under Sources/MHHSLint/Rules/ (fast paths
# belong behind the catalogue layer's APIs). Lists each offending line and exits 1 if any.
set -euo pipefail
cd "$(dirname "$0")/.."
if offenders=$(grep -rnE 'withUTF8|UnsafeBufferPointer|UnsafeRawBufferPointer|memcmp|&\*' Sources/MHHSLint/Rules/); then
  echo "byte routines in rules (move them behind a catalogue API):" >&2
  echo "$offenders" >&2
  exit 1
fi
