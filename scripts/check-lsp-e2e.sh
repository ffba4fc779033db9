#!/usr/bin/env bash
# End-to-end tests of `mhhs lsp` through pytest-lsp (PyPI), replaying the capabilities of VS Code,
# Neovim and Emacs with specification warnings as errors (tests/e2e). Installs pytest-lsp when
# missing; skips with a message when it cannot be installed. Run by .ci/run after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c 'import pytest_lsp' 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check pytest-lsp 2>/dev/null ||
    python3 -m pip install --quiet --disable-pip-version-check --break-system-packages pytest-lsp ||
    true
fi
if ! python3 -c 'import pytest_lsp' 2>/dev/null; then
  echo "check-lsp-e2e: skipped: pytest-lsp could not be installed" >&2
  exit 0
fi
MHHS="$(swift build --show-bin-path)/mhhs" python3 -m pytest -q -p no:cacheprovider -c tests/e2e/pytest.ini tests/e2e
