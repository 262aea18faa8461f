#!/usr/bin/env bash
# Times `igfrules check` over generated proposals (shared/bench/gen_proposals.py): the median of
# RUNS runs, and microseconds per proposal, for text and JSON output.
#
# usage: scripts/bench.sh [N=10000] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${2:-5}
generator=${GENERATOR:-../shared/bench/gen_proposals.py}
data=.build/bench
mkdir -p "$data"
[ -f "$data/proposals-$n.jsonl" ] || python3 "$generator" "$n" --out "$data" > /dev/null
swift build -c release --product igfrules > /dev/null
exe=.build/release/igfrules

measure() {
    local label=$1
    shift
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" > /dev/null || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf '%-28s median %8.1f ms   %7.1f µs per proposal   (runs: %s µs)\n' "$label" "$(echo "$median / 1000" | bc -l)" \
        "$(echo "$median / $n" | bc -l)" "${times[*]}"
}

echo "igfrules check rules/bpf over $n generated proposals, $runs runs each"
measure "text, --quiet" "$exe" check rules/bpf --each "proposal=$data/proposals-$n.jsonl" --data "calendar=$data/calendar.json" --today 2021-03-01 --quiet
measure "json" "$exe" check rules/bpf --each "proposal=$data/proposals-$n.jsonl" --data "calendar=$data/calendar.json" --today 2021-03-01 --format json
