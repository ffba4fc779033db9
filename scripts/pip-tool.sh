#!/usr/bin/env bash
# Usage: source scripts/pip-tool.sh; pip_tool COMMAND PACKAGE
# Installs the PyPI PACKAGE that provides COMMAND, unless COMMAND is already on PATH (so a
# second run installs nothing). Debian's own Python refuses a plain pip install
# (externally-managed environment): then it is retried with --break-system-packages.
pip_tool() {
  local command=$1 package=$2
  command -v "$command" >/dev/null 2>&1 && return 0
  echo "installing $package from PyPI (for $command)"
  python3 -m pip install --quiet --disable-pip-version-check "$package" 2>/dev/null ||
    python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "$package"
  hash -r
  command -v "$command" >/dev/null 2>&1 || { echo "error: $package installed no '$command' on PATH" >&2; return 1; }
}
