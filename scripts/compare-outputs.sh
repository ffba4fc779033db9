#!/usr/bin/env bash
# Compare every output of two builds of mhhs, byte for byte: the check that a restructuring
# changed no behaviour.
#
#   scripts/compare-outputs.sh OLD_REV [NEW_REV]     (NEW_REV default: the working tree)
#
# Builds OLD_REV (and NEW_REV, when given) in scratch worktrees under .build/compare/, generates
# catalogues of 500 and 40,000 entities (SIZES="500 40000"), and runs on each catalogue and on
# the shipped one: lint in every format (with and without the baseline), diff between catalogues
# (text, json, markdown), mapping in every table and format, rules in every format, explain for
# every rule, and import --dry-run of a CSV (and of the published sources when ../shared is
# beside the checkout). Prints one line per output that differs and exits 1 if any does.
#
# A mapping table the old build does not have (--by item and --by payload came with the payload
# tables) is skipped, with one line saying so: the old build's `mapping --help` usage line says
# which tables it has. Everything else is compared, so an output the new build lost still fails.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
old=${1:?usage: scripts/compare-outputs.sh OLD_REV [NEW_REV]}
new=${2:-}
sizes=(${SIZES:-500 40000})
work=$top/.build/compare
mkdir -p "$work"

build() { # build REV|. -> prints the binary path
  local rev=$1 dir
  if [ "$rev" = . ]; then
    dir=$top
  else
    dir=$work/tree-$(git rev-parse --short "$rev")
    [ -d "$dir" ] || git worktree add -q --detach "$dir" "$rev"
  fi
  (cd "$dir" && swift build -q --product mhhs >&2)
  echo "$(cd "$dir" && swift build --show-bin-path)/mhhs"
}

old_bin=$(build "$old")
new_bin=$(build "${new:-.}")

# The mapping tables the old build has, from its usage line ("[--by flow|interface|item|payload]").
old_tables=$("$old_bin" mapping --help 2>/dev/null | sed -n 's/.*--by \([a-z|]*\).*/\1/p' | head -n 1)

for n in "${sizes[@]}"; do
  [ -d "$work/catalogue-$n" ] || python3 scripts/generate-catalogue.py "$n" "$work/catalogue-$n" --seed 1 >/dev/null
done
[ -d "$work/catalogue-500b" ] || python3 scripts/generate-catalogue.py 500 "$work/catalogue-500b" --seed 2 >/dev/null

# The commands, one per line, run from the repository's top level; @BIN is the binary.
commands() {
  local cats=(catalogue)
  for n in "${sizes[@]}"; do cats+=("$work/catalogue-$n"); done
  for c in "${cats[@]}"; do
    for f in text json sarif junit github markdown html; do
      echo "lint $c --format $f --fail-on never --as-of 2026-12-01"
    done
    for t in flow interface item payload; do
      for f in csv markdown html json; do echo "mapping $c --by $t --format $f"; done
    done
  done
  echo "lint catalogue --baseline baseline.json --format json --as-of 2026-12-01"
  echo "lint catalogue --ruleset rules/ci-gate.json --format text --as-of 2026-12-01"
  echo "lint catalogue --ruleset rules/examples/team.json --format sarif --as-of 2026-12-01"
  echo "lint catalogue --release IR8 --format json --as-of 2026-12-01"
  for f in text json markdown; do
    echo "diff $work/catalogue-500 $work/catalogue-500b --format $f --fail-on never"
    echo "diff catalogue $work/catalogue-500 --format $f --fail-on never"
  done
  for f in text json markdown; do echo "rules --format $f"; echo "rules --ruleset rules/ci-gate.json --format $f"; done
  "$new_bin" rules --format json | python3 -c 'import json,sys; [print("explain", r["id"]) for r in json.load(sys.stdin)["rules"]]'
  if [ -d ../shared/reference ]; then
    echo "import dip-openapi ../shared/reference/dip-api-2.0.1/json --into catalogue --dry-run"
    echo "import dtc ../shared/reference/dtc-15.4 --into catalogue --dry-run"
  fi
  printf 'id,name,from\r\nIF-900,A test,LDSO\r\n' >"$work/rows.csv"
  echo "import csv $work/rows.csv --kind interfaces --into catalogue --dry-run"
}

differ=0
count=0
skipped=0
while IFS= read -r line; do
  [ -n "$line" ] || continue
  read -r -a args <<<"$line"
  if [ "${args[0]}" = mapping ]; then
    table=flow
    for ((i = 1; i < ${#args[@]} - 1; i++)); do [ "${args[$i]}" = --by ] && table=${args[$((i + 1))]}; done
    if [[ "|$old_tables|" != *"|$table|"* ]]; then
      echo "SKIPPED ($old has no mapping --by $table): mhhs $line"
      skipped=$((skipped + 1))
      continue
    fi
  fi
  count=$((count + 1))
  set +e
  "$old_bin" "${args[@]}" >"$work/old.out" 2>"$work/old.err"; old_rc=$?
  "$new_bin" "${args[@]}" >"$work/new.out" 2>"$work/new.err"; new_rc=$?
  set -e
  if [ $old_rc != $new_rc ] || ! cmp -s "$work/old.out" "$work/new.out" || ! cmp -s "$work/old.err" "$work/new.err"; then
    echo "DIFFERS (exit $old_rc vs $new_rc): mhhs $line"
    differ=$((differ + 1))
  fi
done < <(commands)
echo "$count outputs compared, $differ differ, $skipped skipped (not produced by $old)"
[ $differ = 0 ]
