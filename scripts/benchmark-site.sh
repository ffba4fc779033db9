#!/usr/bin/env bash
# Benchmark: `mhhs site` on the shipped catalogue and on synthetic ones (issue #15: a 40,000-entity
# catalogue in under 15 s and 500 MiB on two cores, the shipped one in under 1 s).
#
#   scripts/benchmark-site.sh [catalogue|N…]    default: catalogue 40000
#
# Environment: RUNS (timed runs of each; default 3), SEED (default 1), BENCH_DIR (where
# catalogues are generated and kept, and sites written; default .build/benchmark).
# Prints, for each catalogue: its entities and the files written, the median wall time of the
# whole mhhs process (with user and system CPU seconds), its peak resident memory, and whether
# both are within the issue's limits.
#
# Every run writes a new folder and the folders are removed only after the last run: on an
# ext4 file system without a journal, files created within minutes of many deletions are
# slowed by the kernel's search past recently deleted inodes (recently_deleted()), which would
# charge one run for the clean-up of the one before.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SEED=${SEED:-1}
BENCH_DIR=${BENCH_DIR:-.build/benchmark}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(catalogue 40000)

[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }; }

echo "building mhhs (release)…" >&2
swift build -c release --product mhhs >&2
mhhs="$(swift build -c release --show-bin-path)/mhhs"

mkdir -p "$BENCH_DIR"
sites=$(mktemp -d "$BENCH_DIR/sites.XXXXXX")
trap 'rm -rf "$sites"' EXIT

for target in "${targets[@]}"; do
  if [ "$target" = catalogue ]; then
    dir=catalogue
    wall_limit=1
  else
    dir="$BENCH_DIR/catalogue-$target-seed$SEED"
    stamp="$dir/.generator-$(cksum <scripts/generate-catalogue.py | cut -d' ' -f1)"
    if [ ! -e "$stamp" ]; then
      rm -rf "$dir"
      python3 scripts/generate-catalogue.py "$target" "$dir" --seed "$SEED" >&2
      touch "$stamp"
    fi
    wall_limit=15
  fi
  python3 - "$mhhs" "$dir" "$RUNS" "$sites" "$wall_limit" <<'EOF'
import os, re, statistics, subprocess, sys

mhhs, catalogue, runs, sites, wall_limit = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
rss_limit = 500 * 2**20

def seconds(text):
    parts = [float(p) for p in text.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))

walls, users, systems, peaks, files = [], [], [], [], ""
for run in range(runs):
    out = os.path.join(sites, f"{os.path.basename(catalogue)}-{run}")
    done = subprocess.run(["/usr/bin/time", "-v", mhhs, "site", catalogue, "--output", out],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"mhhs site failed ({done.returncode}): {done.stderr}")
    err = done.stderr
    walls.append(seconds(re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)", err).group(1)))
    users.append(float(re.search(r"User time \(seconds\): ([0-9.]+)", err).group(1)))
    systems.append(float(re.search(r"System time \(seconds\): ([0-9.]+)", err).group(1)))
    peaks.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1)) * 1024)
    files = re.search(r"wrote .*: (\d+) files", err).group(1)

entities = sum(1 for d, _, names in os.walk(catalogue) for f in names if f.endswith(".json"))
wall, peak = statistics.median(walls), max(peaks)
print(f"{os.path.basename(os.path.normpath(catalogue))}: {entities} JSON files in, {files} files out")
print(f"  wall        {wall:8.2f} s  (median of {runs}; min {min(walls):.2f}; limit {wall_limit:g} s: {'ok' if wall <= wall_limit else 'OVER'})")
print(f"  cpu         {statistics.median(users):8.2f} s user, {statistics.median(systems):.2f} s system  (median)")
print(f"  peak RSS    {peak / 2**20:8.1f} MiB  (limit 500 MiB: {'ok' if peak <= rss_limit else 'OVER'})")
EOF
done
