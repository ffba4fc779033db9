#!/usr/bin/env bash
# `mhhs lsp` through a headless Neovim (Debian's neovim, installed when missing; skips with a
# message when it cannot be): in a copy of the shipped catalogue with a misspelt field, the
# client sees the diagnostic, hovers on a role, jumps to its definition, applies the quick fix
# and sees the diagnostic clear (tests/e2e/neovim/check.lua).
# Usage: scripts/check-lsp-neovim.sh MHHS   (the mhhs binary to run)
set -euo pipefail
cd "$(dirname "$0")/.."
mhhs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
if ! command -v nvim >/dev/null && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null) || true
fi
if ! command -v nvim >/dev/null; then
  echo "check-lsp-neovim: skipped: neovim could not be installed" >&2
  exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -R catalogue "$scratch/catalogue"
# The planted mistake: IF-021's `version` spelt `verison`, which the linter offers to rename.
file="$scratch/catalogue/interfaces/IF-021.json"
sed -i '0,/"version": /s//"verison": /' "$file"
grep -q '"verison": ' "$file"

# -u NONE: no user configuration or plugins, Neovim's own LSP client only. The timeout guards
# against a hang the script's own waits do not catch.
MHHS="$mhhs" CATALOGUE="$scratch/catalogue" FILE="$file" MISSPELT=verison FIELD=version \
  ROLE=SDS ROLE_NAME="Smart Data Service" HOME="$scratch" \
  timeout 300 nvim --headless -u NONE -i NONE -n -c "luafile tests/e2e/neovim/check.lua"
