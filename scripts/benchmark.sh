#!/usr/bin/env bash
# Benchmark: `mhhs lint` on synthetic catalogues against a Python reference that only reads and
# parses the same files with orjson.
#
#   scripts/benchmark.sh [N…]        N: entities per catalogue (default: 500 40000)
#
# Environment: RUNS (timed runs of each program, alternated; default 7), SEED (default 1),
# BENCH_DIR (where catalogues are generated and kept; default .build/benchmark).
# Prints, for each size: the median wall time of the whole mhhs process and of the reference,
# their ratio, mhhs's peak resident memory against 3 × input + 30 MiB, and the in-process
# load / rules / report times reported by `mhhs lint --timings`.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-7}
SEED=${SEED:-1}
BENCH_DIR=${BENCH_DIR:-.build/benchmark}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(500 40000)

python3 -c 'import orjson' 2>/dev/null || python3 -m pip install --quiet orjson
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }; }

echo "building mhhs (release)…" >&2
swift build -c release --product mhhs >&2
mhhs="$(swift build -c release --show-bin-path)/mhhs"

mkdir -p "$BENCH_DIR"
for n in "${sizes[@]}"; do
  dir="$BENCH_DIR/catalogue-$n-seed$SEED"
  stamp="$dir/.generator-$(cksum <scripts/generate-catalogue.py | cut -d' ' -f1)"
  if [ ! -e "$stamp" ]; then
    rm -rf "$dir"
    python3 scripts/generate-catalogue.py "$n" "$dir" --seed "$SEED"
    touch "$stamp"
  fi
  python3 - "$mhhs" "$dir" "$RUNS" <<'EOF'
import os, re, statistics, subprocess, sys, time

mhhs, catalogue, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
lint = [mhhs, "lint", catalogue, "--format", "json", "--fail-on", "never", "--output", "/dev/null", "--timings"]
reference = [sys.executable, "scripts/reference-parse.py", catalogue]

def run(command):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{command[0]} failed ({done.returncode}): {done.stderr}")
    return elapsed, done.stderr

files = [os.path.join(d, f) for d, _, names in os.walk(catalogue) for f in names if f.endswith(".json")]
size = sum(os.path.getsize(f) for f in files)

run(lint); run(reference)  # warm the page cache
ours, theirs, phases = [], [], {}
for _ in range(runs):
    elapsed, err = run(lint)
    ours.append(elapsed)
    for name, ms in re.findall(r"(\w+) ([0-9.]+) ms", err):
        phases.setdefault(name, []).append(float(ms))
    theirs.append(run(reference)[0])

rss = []
for _ in range(3):
    done = subprocess.run(["/usr/bin/time", "-v"] + lint, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rss.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) * 1024)
peak = max(rss)
limit = 3 * size + 30 * 2**20

m, r = statistics.median(ours), statistics.median(theirs)
mib = lambda b: f"{b / 2**20:.1f} MiB"
print(f"{os.path.basename(catalogue)}: {len(files)} files, {mib(size)}")
print(f"  mhhs lint   {m * 1000:8.1f} ms  (median of {runs}; min {min(ours) * 1000:.1f})")
print(f"  reference   {r * 1000:8.1f} ms  (python + orjson, read and parse only; min {min(theirs) * 1000:.1f})")
print(f"  ratio       {m / r:8.3f}")
print(f"  peak RSS    {mib(peak)}  (limit 3 x input + 30 MiB = {mib(limit)}: {'ok' if peak <= limit else 'OVER'})")
print("  in process  " + ", ".join(f"{k} {statistics.median(v):.1f} ms" for k, v in phases.items()))
EOF
done
