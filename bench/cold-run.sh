#!/usr/bin/env bash
# Cold CLI runs (PDF + XLSX) on the seed dataset and synthetic datasets of 1k, 10k and 100k indicators:
# wall time, peak RSS, PDF pages and bytes, XLSX bytes, and in-process PDF pages/s (from the manifest's
# stage timings). Each size runs in a fresh process, so every run pays start-up and JIT like a CI job.
#
# usage: bench/cold-run.sh [SIZES...]     (default: seed 1000 10000 100000; needs GNU time: apt-get install time)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-/tmp/reports-bench}"
sizes=("${@:-seed 1000 10000 100000}")
[ $# -eq 0 ] && sizes=(seed 1000 10000 100000)
command -v /usr/bin/time >/dev/null || { echo "GNU time is needed: apt-get install -y time" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work/app"
# ReadyToRun: ahead-of-time compiled code, so a cold run does not spend its first second in the JIT.
dotnet publish "$root/src/Reports.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
dotnet build "$root/tools/Reports.Synthetic" -c Release -o "$work/synthetic" >/dev/null

printf '%-8s %9s %10s %7s %10s %10s %9s\n' dataset wall_s peak_MB pages pdf_KB xlsx_KB pages/s
for size in "${sizes[@]}"; do
  dir="$work/run-$size" && mkdir -p "$dir/input"
  if [ "$size" = seed ]; then cp "$root/input/russia-china-summit-2025.json" "$dir/input/seed.json"
  else dotnet "$work/synthetic/reports-synthetic.dll" "$size" 1 "$dir/input/seed.json"; fi
  cp "$root/input/summit.schema.json" "$dir/input/"
  export SOURCE_DATE_EPOCH=1746662400
  ( cd "$dir" && /usr/bin/time -f '%e %M' -o time.txt dotnet "$work/app/reports.dll" --quiet )
  read -r wall rss < "$dir/time.txt"
  python3 - "$dir" "$size" "$wall" "$rss" <<'PY'
import json, os, sys
d, size, wall, rss = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
m = json.load(open(os.path.join(d, "output", "manifest.json")))["datasets"][0]
out = {o["format"]: o for o in m["outputs"]}
pages = out["pdf"]["pages"]
print(f'{size:<8} {wall:9.2f} {rss/1024:10.0f} {pages:7d} {out["pdf"]["bytes"]/1024:10.0f} {out["xlsx"]["bytes"]/1024:10.0f} {pages/max(m["timings"]["pdf"],1e-9):9.0f}')
PY
done
