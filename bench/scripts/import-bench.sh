#!/usr/bin/env bash
# Import and summary benchmark (run by hand; not a test). On one machine, in one run:
#   1. zonegen's 100,000-officer zone (--no-expected): ConsumptionReport.csv of about 780,000 rows, 400 MB;
#   2. the sqlite3 shell's .import of that file into a plain table (the yardstick);
#   3. `worker import igot` of the same file into a fresh store (after `worker import roster`), with
#      /usr/bin/time -v for wall time and peak memory (RSS);
#   4. `worker summary --json` over the 100,000 officers (after `worker import igot UserReport.csv`): whole-process
#      wall time, best of 3, from the standing facts the imports keep (a first run would make them current).
# Targets (issue 3): import at most 2x sqlite3's time, peak RSS at most 500 MB; summary at most 500 ms.
#
#   bench/scripts/import-bench.sh                 # everything in a temp folder
#   OFFICERS=20000 bench/scripts/import-bench.sh  # a smaller zone
#   BENCH_DIR=/tmp/bench KEEP=1 bench/scripts/import-bench.sh   # reuse a generated zone, keep the files
#   OTHER=50000 bench/scripts/import-bench.sh     # a CBIC-wide export: 50,000 officers of other zones in the files
#   BASE=c503bc5 bench/scripts/import-bench.sh    # also the worker as it was at a commit (git worktree), same run:
#                                                 # import, import again and summary, head / baseline
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
OFFICERS="${OFFICERS:-100000}"
OTHER="${OTHER:-0}"
BASE="${BASE:-}"
WORK="${BENCH_DIR:-$(mktemp -d -t karmayogi-bench.XXXXXX)}"
mkdir -p "$WORK"
cleanup() {
  [ -z "${BASE_TREE:-}" ] || git -C "$ROOT" worktree remove --force "$BASE_TREE" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || [ -n "${BENCH_DIR:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need sqlite3 sqlite3
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
need python3 python3
need bc bc

ZONE="$WORK/zone"
if [ ! -s "$ZONE/ConsumptionReport.csv" ]; then
  echo "== zonegen: $OFFICERS officers"
  python3 "$SHARED/tools/zonegen/zonegen.py" --officers "$OFFICERS" --seed 1 --out "$ZONE" --no-expected --other-zone-officers "$OTHER"
fi
CSV="$ZONE/ConsumptionReport.csv"
ROWS=$(($(wc -l < "$CSV") - 1))
SIZE=$(du -m "$CSV" | cut -f1)
echo "== $CSV: $ROWS rows, $SIZE MB"

echo "== building the worker (Release)"
dotnet build "$ROOT/worker/KarmayogiBot.Worker.csproj" -c Release -v q -nologo >/dev/null
WORKER=(dotnet "$ROOT/worker/bin/Release/net10.0/KarmayogiBot.Worker.dll")
if [ -n "$BASE" ]; then
  echo "== building the baseline worker at $BASE (Release, git worktree)"
  BASE_TREE="$WORK/base-tree"
  [ -d "$BASE_TREE" ] || git -C "$ROOT" worktree add -q --detach "$BASE_TREE" "$BASE"
  dotnet build "$BASE_TREE/worker/KarmayogiBot.Worker.csproj" -c Release -v q -nologo >/dev/null
  BASE_WORKER=(dotnet "$BASE_TREE/worker/bin/Release/net10.0/KarmayogiBot.Worker.dll")
fi

seconds() { grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'; }
peak_mb() { grep 'Maximum resident set size' "$1" | awk '{printf "%.0f", $NF / 1024}'; }

# Warm the page cache so neither side pays for the first read of the file.
cat "$CSV" > /dev/null

echo "== sqlite3 .import into a plain table"
rm -f "$WORK/plain.db"
/usr/bin/time -v -o "$WORK/sqlite3.time" sqlite3 "$WORK/plain.db" -cmd ".mode csv" ".import '$CSV' consumption"
SQLITE_S=$(seconds "$WORK/sqlite3.time")

# One worker's import, import again and summary, into its own fresh store; figures in <name>.* files of $WORK.
measure() {
  local name=$1; shift
  local worker=("$@")
  export ConnectionStrings__Karmayogi="Data Source=$WORK/$name.db"
  export Store__Provider=Sqlite
  rm -f "$WORK/$name".db*
  echo "== $name: import roster, import igot (fresh store)"
  "${worker[@]}" import roster "$ZONE/roster.csv" > "$WORK/$name.roster.out"
  /usr/bin/time -v -o "$WORK/$name.import.time" "${worker[@]}" import igot "$CSV" > "$WORK/$name.import.out"
  sed 's/^/   /' "$WORK/$name.import.out"
  echo "== $name: import of the same file again (nothing changes)"
  /usr/bin/time -v -o "$WORK/$name.again.time" "${worker[@]}" import igot "$CSV" > "$WORK/$name.again.out"
  grep 'course records' "$WORK/$name.again.out" | sed 's/^/   /'
  echo "== $name: summary --json over $OFFICERS officers, best of 3"
  "${worker[@]}" import igot "$ZONE/UserReport.csv" > /dev/null
  for run in 1 2 3; do
    /usr/bin/time -v -o "$WORK/$name.summary$run.time" "${worker[@]}" summary --as-of 2026-03-20 --json > "$WORK/$name.summary.json"
  done
}
import_s() { seconds "$WORK/$1.import.time"; }
again_s() { seconds "$WORK/$1.again.time"; }
summary_s() { for run in 1 2 3; do seconds "$WORK/$1.summary$run.time"; done | sort -n | head -1; }

measure head "${WORKER[@]}"
[ -z "$BASE" ] || measure base "${BASE_WORKER[@]}"
WORKER_S=$(import_s head)
WORKER_MB=$(peak_mb "$WORK/head.import.time")
AGAIN_S=$(again_s head)
SUMMARY_S=$(summary_s head)
SUMMARY_MB=$(for run in 1 2 3; do peak_mb "$WORK/head.summary$run.time"; echo; done | sort -n | tail -1)
SUMMARY_KB=$(($(stat -c %s "$WORK/head.summary.json") / 1024))
echo "== worker summary --json, judging officer by officer (--xlsx: no standing facts), for comparison"
/usr/bin/time -v -o "$WORK/judged.time" "${WORKER[@]}" summary --as-of 2026-03-20 --xlsx "$WORK/summary.xlsx" --json > "$WORK/judged.json"
cmp -s "$WORK/head.summary.json" "$WORK/judged.json" && echo "   same JSON" || { echo "   DIFFERENT JSON: $WORK/head.summary.json $WORK/judged.json"; exit 1; }
JUDGED_S=$(seconds "$WORK/judged.time")
python3 -c "import json; t = json.load(open('$WORK/head.summary.json'))['totals']; print('   totals:', t)"
if [ -n "$BASE" ]; then
  python3 -c "import json; a = json.load(open('$WORK/head.summary.json'))['totals']; b = json.load(open('$WORK/base.summary.json'))['totals']; print('   baseline totals:', 'same' if {k: a[k] for k in b if k in a} == {k: b[k] for k in b if k in a} else b)"
fi

RATIO=$(echo "scale=2; $WORKER_S / $SQLITE_S" | bc)
SUMMARY_MS=$(echo "$SUMMARY_S * 1000 / 1" | bc)
echo
echo "Results ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "  sqlite3 .import          ${SQLITE_S} s"
echo "  worker import igot       ${WORKER_S} s  (ratio ${RATIO}x; target <= 2x)  peak RSS ${WORKER_MB} MB (target <= 500 MB)"
echo "  worker import again      ${AGAIN_S} s  (no change)"
echo "  worker summary --json    ${SUMMARY_MS} ms wall, whole process, best of 3 (target <= 500 ms)  peak RSS ${SUMMARY_MB} MB  (${SUMMARY_KB} KB of JSON)"
echo "  the same, judged officer by officer, with --xlsx  ${JUDGED_S} s"
if [ -n "$BASE" ]; then
  echo "  baseline $BASE: import igot $(import_s base) s, again $(again_s base) s, summary --json $(echo "$(summary_s base) * 1000 / 1" | bc) ms"
  echo "  head / baseline: import $(echo "scale=2; $WORKER_S / $(import_s base)" | bc), again $(echo "scale=2; $AGAIN_S / $(again_s base)" | bc), summary $(echo "scale=2; $SUMMARY_S / $(summary_s base)" | bc)"
fi
ok=0
[ "$(echo "$RATIO <= 2" | bc)" = 1 ] || { echo "  MISSED: import ratio above 2x"; ok=1; }
[ "$WORKER_MB" -le 500 ] || { echo "  MISSED: import peak memory above 500 MB"; ok=1; }
[ "$SUMMARY_MS" -le 500 ] || { echo "  MISSED: summary above 500 ms"; ok=1; }
exit $ok
