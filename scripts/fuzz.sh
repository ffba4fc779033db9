#!/usr/bin/env bash
# Fuzz the JSON parser, the catalogue decoder, the importers, the pattern matcher and the
# language server with libFuzzer (Swift's -sanitize=fuzzer,address).
#
#   scripts/fuzz.sh [SECONDS] [parser|catalogue|dip-openapi|csv|xlsx|pattern|lsp-framing|lsp-server|both|all]     (default: 300 both)
#
# dip-openapi: `import dip-openapi` on a fuzzed specification (the Interfaces-EventCodes
# document, then after a NUL byte the SubmitEvents document); csv: `import csv` on a fuzzed
# table (the first byte picks --kind); xlsx: `import xlsx` on a fuzzed workbook (the first byte
# picks --kind; the zip reader, inflate and the XML reader run on every entry too); pattern: the linear-time matcher;
# lsp-framing: `mhhs lsp`'s Content-Length framing read from a pipe (an even first byte: the
# rest as it is; odd: the rest split at NUL bytes into bodies, framed, which must read back);
# lsp-server: a whole conversation with `mhhs lsp` on a small catalogue in /tmp/mhhs-fuzz-lsp
# (the first byte picks the client's offers; the rest, split at NUL bytes, is framed into
# messages after `initialize`). both: parser and catalogue; all: the eight in turn.
#
# FUZZ_CONFIG=release builds them optimised (assertions and bounds checks stay on).
# Builds the harnesses in Fuzz/ (a separate package, so the main build stays plain), then runs
# each for SECONDS, starting from the seed corpus in Fuzz/corpus/<harness>/. New inputs go to
# .build/fuzz-corpus/<harness>/ (not committed); a crashing input is written to
# .build/fuzz-artifacts/ and the script exits non-zero. Turn a crash into a regression test in
# Tests/MHHSCatalogueTests/FuzzRegressionTests.swift (a pattern: PatternTests.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
which=${2:-both}
config=${FUZZ_CONFIG:-debug}  # FUZZ_CONFIG=release: optimised, many more executions per second

flags=(-c "$config" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
(cd Fuzz && swift build "${flags[@]}" >&2)
bin="$(cd Fuzz && swift build "${flags[@]}" --show-bin-path)"

# Leak detection is off (libFuzzer and at exit): LeakSanitizer reports the field tables each model type builds once, on
# first use, in a `static let` (ObjectFormat), as a leak of the run that first touches them.
run() {
  local name=$1 harness=$2
  mkdir -p ".build/fuzz-corpus/$name" .build/fuzz-artifacts
  echo "fuzzing $name for $seconds s…" >&2
  ASAN_OPTIONS=detect_leaks=0 "$bin/$harness" ".build/fuzz-corpus/$name" "Fuzz/corpus/$name" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix=".build/fuzz-artifacts/$name-" -print_final_stats=1 2>&1 | tail -25
}
case $which in
  parser) run parser FuzzParser ;;
  catalogue) run catalogue FuzzCatalogue ;;
  dip-openapi) run dip-openapi FuzzImportDIP ;;
  csv) run csv FuzzImportCSV ;;
  xlsx) run xlsx FuzzImportXLSX ;;
  pattern) run pattern FuzzPattern ;;
  lsp-framing) run lsp-framing FuzzLSPFraming ;;
  lsp-server) run lsp-server FuzzLSPServer ;;
  both) run parser FuzzParser && run catalogue FuzzCatalogue ;;
  all)
    run parser FuzzParser && run catalogue FuzzCatalogue && run dip-openapi FuzzImportDIP \
      && run csv FuzzImportCSV && run xlsx FuzzImportXLSX && run pattern FuzzPattern \
      && run lsp-framing FuzzLSPFraming && run lsp-server FuzzLSPServer
    ;;
  *) echo "usage: scripts/fuzz.sh [SECONDS] [parser|catalogue|dip-openapi|csv|xlsx|pattern|lsp-framing|lsp-server|both|all]" >&2; exit 2 ;;
esac
