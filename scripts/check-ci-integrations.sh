#!/usr/bin/env bash
# The CI integrations against the published schemas of the tools that read them: action.yml,
# the GitHub workflows and the GitLab template (check-jsonschema's bundled schemas), and the
# reports CI platforms read (SARIF against the OASIS schema in ../shared/reference when it is
# there, GitLab Code Quality against the shape GitLab documents), for lint and for diff.
# Usage: scripts/check-ci-integrations.sh MHHS   (the mhhs binary to run)
set -euo pipefail
cd "$(dirname "$0")/.."
mhhs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source scripts/pip-tool.sh
pip_tool check-jsonschema check-jsonschema

check-jsonschema --builtin-schema vendor.github-actions action.yml
check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
check-jsonschema --builtin-schema vendor.gitlab-ci ci/gitlab-ci.yml

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The README's example workflow for a catalogue repository.
python3 scripts/readme-yaml.py runs-on: > "$out/readme-workflow.yml"
check-jsonschema --builtin-schema vendor.github-workflows "$out/readme-workflow.yml"
# The files `mhhs init` writes: its workflow and GitLab file against the same schemas, its
# pre-commit configuration by pre-commit itself (a warning, such as a branch as `rev`, fails), and
# a lint of the new repository that finds nothing at all.
"$mhhs" init "$out/scaffold" >/dev/null
check-jsonschema --builtin-schema vendor.github-workflows "$out/scaffold/.github/workflows/mhhs.yml"
check-jsonschema --builtin-schema vendor.gitlab-ci "$out/scaffold/.gitlab-ci.yml"
pip_tool pre-commit pre-commit
validated=$(pre-commit validate-config "$out/scaffold/.pre-commit-config.yaml" 2>&1)
if [ -n "$validated" ]; then
  printf '%s\n' "$validated"
  echo "error: pre-commit has something to say about the scaffold's .pre-commit-config.yaml" >&2
  exit 1
fi
(cd "$out/scaffold" && "$mhhs" lint catalogue --baseline baseline.json --fail-on hint --quiet)
echo "mhhs init: workflow, GitLab file and pre-commit config valid; lint finds nothing"

# A diff with findings: the shipped catalogue with one interface renamed and one removed, run
# inside $out so that the reports' paths are relative, as in a repository.
cp -R catalogue "$out/old"
cp -R catalogue "$out/new"
first=$(ls "$out/new/interfaces" | head -1)
second=$(ls "$out/new/interfaces" | sed -n 2p)
sed -i '0,/"name": "/s//"name": "Renamed: /' "$out/new/interfaces/$first"
rm "$out/new/interfaces/$second"

"$mhhs" lint catalogue --format codeclimate --fail-on never --output "$out/lint.codeclimate.json"
(cd "$out" && "$mhhs" diff old new --format codeclimate --fail-on never --output diff.codeclimate.json)
check-jsonschema --schemafile scripts/gitlab-code-quality.schema.json "$out/lint.codeclimate.json" "$out/diff.codeclimate.json"
python3 - "$out/lint.codeclimate.json" "$out/diff.codeclimate.json" <<'PY'
import json, sys
for path in sys.argv[1:]:
    issues = json.load(open(path))
    prints = [i["fingerprint"] for i in issues]
    assert issues, f"{path}: no issues"
    assert len(set(prints)) == len(prints), f"{path}: fingerprints repeat"
    print(f"code quality: {len(issues)} issues with distinct fingerprints in {path.rsplit('/', 1)[-1]}")
PY

if [ -f ../shared/reference/sarif/sarif-schema-2.1.0.json ]; then
  "$mhhs" lint catalogue --format sarif --fail-on never --output "$out/lint.sarif"
  (cd "$out" && "$mhhs" diff old new --format sarif --fail-on never --output diff.sarif)
  # Fixes: in the renamed copy, a misspelt field and a misspelt status, which lint can fix.
  sed -i '0,/"status": "active"/s//"status": "activ"/; 0,/"version": /s//"verison": /' "$out/new/interfaces/$first"
  (cd "$out" && "$mhhs" lint new --format sarif --fail-on never --output fixes.sarif)
  check-jsonschema --schemafile ../shared/reference/sarif/sarif-schema-2.1.0.json \
    "$out/lint.sarif" "$out/diff.sarif" "$out/fixes.sarif"
  python3 - "$out/fixes.sarif" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
fixes = [f for r in results for f in r.get("fixes", [])]
inserted = sorted(rep["insertedContent"]["text"] for f in fixes for c in f["artifactChanges"] for rep in c["replacements"])
assert inserted == ['"active"', '"version"'], inserted
print(f"sarif: {len(fixes)} fixes ({', '.join(inserted)}) valid against the OASIS schema")
PY
fi
