#!/usr/bin/env bash
# .pre-commit-hooks.yaml through pre-commit itself, on a scratch git repository holding a small
# catalogue: a clean commit passes; a planted error fails with its located message.
#
# pre-commit builds mhhs in release mode for the hook (a few minutes). `pre-commit try-repo` writes
# a config naming this repository at HEAD and runs it with a store in a new temporary folder
# (commands/try_repo.py), so each try-repo builds mhhs again. From a committed checkout, as in CI,
# this script writes that same config itself and runs it with one PRE_COMMIT_HOME for both cases:
# one clone, one build, the second run reusing the environment. With uncommitted changes, which
# only try-repo picks up (it commits them in a shadow repository), each case is a try-repo.
set -euo pipefail
cd "$(dirname "$0")/.."
here=$(pwd)
source scripts/pip-tool.sh
pip_tool pre-commit pre-commit
pre-commit validate-manifest .pre-commit-hooks.yaml
# The README's example .pre-commit-config.yaml.
readme_config=$(mktemp)
python3 scripts/readme-yaml.py repos: > "$readme_config"
pre-commit validate-config "$readme_config"
rm -f "$readme_config"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
repo="$scratch/repo"
mkdir -p "$repo/catalogue/interfaces"
cd "$repo"
git init -q
git config user.name "mhhs pre-commit check"
git config user.email "ci@example.invalid"
git config commit.gpgsign false
cat > catalogue/catalogue.json <<'JSON'
{ "format": 1, "name": "pre-commit check" }
JSON
cat > catalogue/roles.json <<'JSON'
{ "roles": [ { "id": "SDS", "name": "Smart Data Service" }, { "id": "SUP", "name": "Supplier" } ] }
JSON
cat > catalogue/releases.json <<'JSON'
{ "releases": [ { "id": "IR7", "name": "Interim Release 7", "date": "2024-01-31" } ] }
JSON
write_interface() { # $1: the value of "from"
  cat > catalogue/interfaces/IF-001.json <<JSON
{
  "id": "IF-001",
  "name": "Example",
  "version": "1.0",
  "status": "active",
  "transport": "dip",
  "from": [$1],
  "to": ["SUP"],
  "responseTimes": { "acknowledgement": { "within": "PT6S" }, "error": { "within": "PT6S" } },
  "timeBasis": "utc",
  "codeDraftingName": "Example data"
}
JSON
}

if [ -z "$(git -C "$here" status --porcelain --untracked-files=no)" ]; then
  export PRE_COMMIT_HOME="$scratch/pre-commit-home"
  config="$scratch/pre-commit-config.yaml" # outside the scratch repository, as try-repo keeps it
  python3 -c 'import json, sys; print(json.dumps({"repos": [{"repo": sys.argv[1], "rev": sys.argv[2], "hooks": [{"id": "mhhs-lint"}]}]}))' \
    "$here" "$(git -C "$here" rev-parse HEAD)" > "$config"
  try_hook() {
    pre-commit run --config "$config" mhhs-lint --color never 2>&1
  }
else
  echo "pre-commit: uncommitted changes in $here, so try-repo, building mhhs for each case"
  try_hook() {
    pre-commit try-repo "$here" mhhs-lint --color never 2>&1
  }
fi

write_interface '"SDS"'
git add -A
if ! log=$(try_hook); then
  printf '%s\n' "$log"
  echo "error: mhhs-lint failed on a clean catalogue" >&2
  exit 1
fi
git commit -q -m "clean catalogue"
echo "pre-commit: mhhs-lint passes a clean catalogue"

write_interface '"XYZ"'
git add -A
if log=$(try_hook); then
  printf '%s\n' "$log"
  echo "error: mhhs-lint passed a catalogue naming an unknown role" >&2
  exit 1
fi
expected='catalogue/interfaces/IF-001.json:7:'
if ! grep -q "^$expected[0-9]*: error: .*XYZ" <<<"$log"; then
  printf '%s\n' "$log"
  echo "error: mhhs-lint failed without the located message $expected…" >&2
  exit 1
fi
echo "pre-commit: mhhs-lint fails a planted error with: $(grep -m1 "^$expected" <<<"$log")"
