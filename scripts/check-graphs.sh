#!/usr/bin/env bash
# Every DOT that `mhhs graph` writes for a catalogue must be accepted by Graphviz (`dot -Tsvg`),
# and every SVG it draws itself must be well-formed XML (when xmllint is installed): each
# interface, each role, the D-flow migration, and each interface's payload tree.
# Usage: scripts/check-graphs.sh [CATALOGUE] (default: catalogue); needs `dot` and a built mhhs.
set -euo pipefail
cd "$(dirname "$0")/.."
catalogue=${1:-catalogue}
mhhs=$(swift build --show-bin-path)/mhhs
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

interfaces=$(find "$catalogue/interfaces" -name '*.json' -exec basename {} .json \; | sort)
roles=$(python3 -c 'import json,sys; print("\n".join(r["id"] for r in json.load(open(sys.argv[1]))["roles"]))' "$catalogue/roles.json")

views=("--flows")
for id in $interfaces; do views+=("--interface $id" "--payload $id"); done
for id in $roles; do views+=("--role $id"); done

checked=0
for view in "${views[@]}"; do
  # shellcheck disable=SC2086 # the view is an option and its value
  "$mhhs" graph "$catalogue" $view --format dot --output "$scratch/g.dot" 2>/dev/null
  if ! dot -Tsvg "$scratch/g.dot" -o "$scratch/g.svg" 2>"$scratch/dot.err"; then
    echo "check-graphs: dot rejected the DOT of 'mhhs graph $view':" >&2
    cat "$scratch/dot.err" >&2
    exit 1
  fi
  if command -v xmllint >/dev/null; then
    # shellcheck disable=SC2086
    "$mhhs" graph "$catalogue" $view --format svg --output "$scratch/own.svg" 2>/dev/null
    xmllint --noout "$scratch/own.svg" "$scratch/g.svg"
  fi
  checked=$((checked + 1))
done
echo "check-graphs: dot accepts all $checked DOT views of $catalogue"
