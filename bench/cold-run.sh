#!/usr/bin/env bash
# Cold CLI runs (PDF + XLSX, SOURCE_DATE_EPOCH set), each in a fresh process as a CI job or an author
# re-running after an edit would pay them, side by side with the Python peer (matplotlib + reportlab +
# openpyxl) on datasets of the same size, and the ratio.
#
# usage: bench/cold-run.sh [SIZES...]        default sizes: seed validate 1000 10000 100000
#   PYTHON_PEER=DIR   the Python peer (peer.py, make_scaled.py); default ../shared/peers/python beside the
#                     repository; PYTHON_PEER= (empty) leaves the peer out
#   PEER_SIZES="..."  the sizes the peer runs (default: seed 1000; it takes ~2.5 min at 10000)
#   REPEAT=N          runs per cell, the best is shown (default 3; the machine is often shared)
#   BENCH_DIR=DIR     work folder (default /tmp/reports-bench)
#   DOTNET_RUN=0      leaves out the seed run inside `dotnet run --project src/Reports.Cli`
#
# It packs the tool as users get it (tool package + its NativeAOT build for linux-x64), installs it into
# a temporary tool path and runs that `reports`. Columns: best wall seconds; best CPU seconds (user + sys,
# steadier than wall on a loaded machine); peak RSS of the best run; PDF pages and sizes.
# Needs GNU time (apt-get install time); the peer needs python3-reportlab python3-openpyxl python3-matplotlib.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-/tmp/reports-bench}"
peer="${PYTHON_PEER-$root/../shared/peers/python}"
repeat="${REPEAT:-3}"
sizes=("$@")
[ $# -eq 0 ] && sizes=(seed validate 1000 10000 100000)
read -r -a peer_sizes <<< "${PEER_SIZES:-seed 1000}"
command -v /usr/bin/time >/dev/null || { echo "GNU time is needed: apt-get install -y time" >&2; exit 2; }
export SOURCE_DATE_EPOCH=1746662400 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work" && mkdir -p "$work"
echo "packing and installing the tool (NativeAOT; a few minutes)…" >&2
dotnet pack "$root/src/Reports.Cli" -o "$work/pkg" >/dev/null
dotnet pack "$root/src/Reports.Cli" -r linux-x64 -o "$work/pkg" >/dev/null
dotnet tool install --tool-path "$work/tool" --add-source "$work/pkg" Reports.Cli >/dev/null
dotnet build "$root/tools/Reports.Synthetic" -c Release -o "$work/synthetic" >/dev/null
reports="$work/tool/reports"

# best WALL CPU RSS of REPEAT runs of a command in a folder (best = lowest wall; CPU is the lowest seen)
best() {
  local dir=$1; shift
  local bw=999999 bc=999999 br=0
  for _ in $(seq "$repeat"); do
    ( cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" "$@" >/dev/null 2>"$dir/stderr.txt" ) \
      || { echo "failed: $* (in $dir)" >&2; cat "$dir/stderr.txt" >&2; exit 1; }
    read -r w u s r < "$dir/time.txt"
    local c; c=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
    if awk -v a="$w" -v b="$bw" 'BEGIN { exit !(a < b) }'; then bw=$w; br=$r; fi
    if awk -v a="$c" -v b="$bc" 'BEGIN { exit !(a < b) }'; then bc=$c; fi
  done
  echo "$bw $bc $br"
}

dataset() { # size folder: writes folder/input/seed.json
  mkdir -p "$2/input"
  case "$1" in
    seed|validate) cp "$root/input/russia-china-summit-2025.json" "$2/input/seed.json" ;;
    *) dotnet "$work/synthetic/reports-synthetic.dll" "$1" 1 "$2/input/seed.json" ;;
  esac
  cp "$root/input/summit.schema.json" "$2/input/"
}

peer_run() { # size -> "wall cpu rss" or "- - -"
  local size=$1 dir="$work/peer-$1" input
  [ -n "$peer" ] && [ -f "$peer/peer.py" ] || { echo "- - -"; return; }
  [[ " ${peer_sizes[*]} " == *" $size "* ]] || { echo "- - -"; return; }
  mkdir -p "$dir"
  if [ "$size" = seed ]; then input="$peer/dataset.json"
  else /usr/bin/python3 "$peer/make_scaled.py" "$peer/dataset.json" "$size" "$dir/in.json" 2>/dev/null; input="$dir/in.json"; fi
  best "$dir" /usr/bin/python3 "$peer/peer.py" "$input" "$dir/out"
}

rows=()
same=
for size in "${sizes[@]}"; do
  dir="$work/run-$size" && dataset "$size" "$dir"
  if [ "$size" = validate ]; then
    read -r w c r < <(best "$dir" "$reports" validate input/seed.json --quiet)
    rows+=("$(printf '%-14s %7s %7s %8.0f %6s %8s %8s' "seed validate" "$w" "$c" "$((r / 1024))" - - -)")
    continue
  fi
  read -r w c r < <(best "$dir" "$reports" --quiet)
  read -r pages pdf xlsx < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["datasets"][0]; o={x["format"]: x for x in m["outputs"]}; print(o["pdf"]["pages"], o["pdf"]["bytes"]//1024, o["xlsx"]["bytes"]//1024)' "$dir/output/manifest.json")
  read -r pw pc pr < <(peer_run "$size")
  ratio=$( [ "$pw" = - ] && echo - || awk -v a="$pw" -v b="$w" 'BEGIN { printf "%.1f×", a / b }')
  rows+=("$(printf '%-14s %7s %7s %8.0f %6s %8s %8s   %7s %7s %8s %7s' "$size" "$w" "$c" "$((r / 1024))" "$pages" "$pdf" "$xlsx" "$pw" "$pc" "$( [ "$pr" = - ] && echo - || echo $((pr / 1024)))" "$ratio")")
done

if [ "${DOTNET_RUN:-1}" != 0 ]; then
  # The README's set-up command on the seed: SDK start, up-to-date build check, JIT-compiled run.
  dotnet build "$root/src/Reports.Cli" >/dev/null
  dir="$work/run-dotnet-run" && dataset seed "$dir"
  read -r w c r < <(best "$dir" dotnet run --project "$root/src/Reports.Cli" -- --quiet)
  rows+=("$(printf '%-14s %7s %7s %8.0f %6s %8s %8s' "seed dotnet run" "$w" "$c" "$((r / 1024))" - - -)")
  # The native build must write what the JIT-compiled one writes, byte for byte.
  if [ -d "$work/run-seed/output" ]; then
    if cmp -s "$work/run-seed/output/seed.pdf" "$dir/output/seed.pdf" && cmp -s "$work/run-seed/output/seed.xlsx" "$dir/output/seed.xlsx"; then
      same="the native tool and dotnet run wrote byte-identical seed reports"
    else
      echo "the native tool and dotnet run wrote different seed reports: $work/run-seed/output, $dir/output" >&2; exit 1
    fi
  fi
  # ...and report a broken dataset in the same words, with the same exit code.
  bad="$work/run-broken" && mkdir -p "$bad" && python3 - "$root/input/russia-china-summit-2025.json" "$bad/broken.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
del d["event"]["title"]; d["indicators"][0]["unit"] = "bananas"; d["indicators"][1]["period"] = "2025-02-30"
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), indent=2, ensure_ascii=False)
PY
  native=$(cd "$bad" && "$reports" validate broken.json 2>&1 | sed 's/ in [0-9.]* s$//'; echo "exit ${PIPESTATUS[0]}")
  jit=$(cd "$bad" && dotnet run --project "$root/src/Reports.Cli" -- validate broken.json 2>&1 | sed 's/ in [0-9.]* s$//'; echo "exit ${PIPESTATUS[0]}")
  [ "$native" = "$jit" ] || { echo "the native tool and dotnet run report a broken dataset differently:"$'\n'"$native"$'\n'"$jit" >&2; exit 1; }
  same="$same; both report a broken dataset alike ($(tail -1 <<< "$native"))"
fi

echo
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); best of $repeat runs; peer: ${peer:-none}"
printf '%-14s %7s %7s %8s %6s %8s %8s   %7s %7s %8s %7s\n' dataset wall_s cpu_s peak_MB pages pdf_KB xlsx_KB py_wall py_cpu py_MB py/us
for row in "${rows[@]}"; do echo "$row"; done
if [ -n "${same:-}" ]; then echo "$same"; fi  # (a bare test would make the script exit 1 with DOTNET_RUN=0)
