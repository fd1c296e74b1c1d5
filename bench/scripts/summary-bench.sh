#!/usr/bin/env bash
# Summary benchmark (run by hand; not a test): issue 3's `summary` for 100,000 officers at most 500 ms, measured two ways
# on an existing store whose standing facts are current (import-bench.sh with KEEP=1 makes one):
#   1. in process, warm (BenchmarkDotNet, bench/SummaryBenchmarks.cs): what `summary` prints (totals, by formation, by role,
#      the first 50 defaulters) and the whole `--json` (every defaulter) to a null stream; min and median of 10 iterations;
#   2. whole process (.NET start-up included): best and median of RUNS runs and peak RSS, beside `worker plan` (no store
#      at all: what start-up alone costs), for the worker as built (`dotnet KarmayogiBot.Worker.dll`) and published
#      ReadyToRun for linux-x64 (precompiled: about a third less start-up and cold code; PUBLISHED=0 leaves it out).
#
#   bench/scripts/summary-bench.sh                              # the store of BENCH_DIR=/tmp/bench100k
#   STORE=/path/karmayogi.db RUNS=7 bench/scripts/summary-bench.sh
#   PUBLISHED=0 bench/scripts/summary-bench.sh                  # whole process with the worker as built only
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STORE="${STORE:-${BENCH_DIR:-/tmp/bench100k}/karmayogi.db}"
AS_OF="${AS_OF:-2026-03-20}"
RUNS="${RUNS:-5}"
[ -s "$STORE" ] || { echo "no store at $STORE: run BENCH_DIR=/tmp/bench100k KEEP=1 bench/scripts/import-bench.sh first" >&2; exit 1; }
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
OUT="$(mktemp -d -t karmayogi-summary.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT

echo "== building the benchmarks and the worker (Release)"
dotnet build "$ROOT/bench/KarmayogiBot.Benchmarks.csproj" -c Release -v q -nologo >/dev/null
WORKERS=("framework-dependent:dotnet $ROOT/worker/bin/Release/net10.0/KarmayogiBot.Worker.dll")
if [ "${PUBLISHED:-1}" != 0 ]; then
  echo "== publishing the worker ReadyToRun (linux-x64)"
  dotnet publish "$ROOT/worker/KarmayogiBot.Worker.csproj" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$OUT/published" -v q -nologo >/dev/null
  WORKERS+=("ReadyToRun:$OUT/published/KarmayogiBot.Worker")
fi

export ConnectionStrings__Karmayogi="Data Source=$STORE"
export Store__Provider=Sqlite
# A new build has a new basis: the first summary of each worker computes the facts again (untimed).
for worker in "${WORKERS[@]}"; do ${worker#*:} summary --as-of "$AS_OF" > /dev/null; done

echo "== in process (BenchmarkDotNet, warm)"
(cd "$OUT" && KARMAYOGI_BENCH_STORE="$STORE" KARMAYOGI_BENCH_AS_OF="$AS_OF" \
  dotnet "$ROOT/bench/bin/Release/net10.0/KarmayogiBot.Benchmarks.dll" --filter '*SummaryBenchmarks*' > "$OUT/bdn.log")
grep -E '^\|' "$OUT/bdn.log" | sed 's/&#39;/'"'"'/g'

seconds() { grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'; }
peak_mb() { grep 'Maximum resident set size' "$1" | awk '{printf "%.0f", $NF / 1024}'; }
whole() { # label, worker command, arguments...
  local label="$1" command="$2"; shift 2
  for run in $(seq 1 "$RUNS"); do
    /usr/bin/time -v -o "$OUT/run$run.time" $command "$@" > "$OUT/out"
  done
  local times; times=$(for run in $(seq 1 "$RUNS"); do echo "$(seconds "$OUT/run$run.time") * 1000 / 1" | bc; done | sort -n)
  local peak; peak=$(for run in $(seq 1 "$RUNS"); do peak_mb "$OUT/run$run.time"; echo; done | sort -n | tail -1)
  printf '  %-42s best %5s ms  median %5s ms  peak RSS %s MB\n' "$label" "$(echo "$times" | head -1)" \
    "$(echo "$times" | sed -n "$(( (RUNS + 1) / 2 ))p")" "$peak"
}

echo "== whole process ($RUNS runs each)"
for worker in "${WORKERS[@]}"; do
  whole "summary, ${worker%%:*}" "${worker#*:}" summary --as-of "$AS_OF"
  whole "summary --json, ${worker%%:*}" "${worker#*:}" summary --as-of "$AS_OF" --json
  whole "plan (start-up: no store), ${worker%%:*}" "${worker#*:}" plan --designation Superintendent --formation JNCH
done
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
