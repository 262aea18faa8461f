#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind), stable on a noisy machine, for the commands of
# scripts/bench.sh over N generated proposals: the hand-written baseline and igfrules in each
# format. Run scripts/bench.sh first (it builds everything and generates the data).
# With PROFILE=1, also prints the 25 functions with the most instructions (inclusive) for json.
#
# usage: scripts/bench-callgrind.sh [N=1000]
#        BEFORE=path/to/old/igfrules scripts/bench-callgrind.sh ...   also count an older build
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
data=.build/bench
[ -f "$data/proposals-$n.jsonl" ] || python3 "${GENERATOR:-../shared/bench/gen_proposals.py}" "$n" --out "$data" > /dev/null
records=$data/proposals-$n.jsonl
calendar=$data/calendar.json
exe=.build/release/igfrules
check=("$exe" check rules/bpf --each "proposal=$records" --data "calendar=$calendar" --today 2021-03-01)

count() {
    local label=$1
    shift
    valgrind --tool=callgrind --callgrind-out-file="$data/callgrind.$label" "$@" > /dev/null 2> "$data/callgrind.$label.log" || true
    local total
    total=$(grep -o 'Collected : [0-9]*' "$data/callgrind.$label.log" | grep -o '[0-9]*$')
    printf '| %-10s | %15s instructions | %9d per record |\n' "$label" "$total" "$(( total / n ))"
}

echo "callgrind, $n proposals"
count baseline "$data/bench-baseline" "$calendar" "$records"
count json "${check[@]}" --format json
count text "${check[@]}"
count markdown "${check[@]}" --format markdown
if [ -n "${BEFORE:-}" ]; then
    before=("$BEFORE" "${check[@]:1}")
    count before-json "${before[@]}" --format json
    count before-text "${before[@]}"
    count before-md "${before[@]}" --format markdown
fi
if [ -n "${PROFILE:-}" ]; then
    callgrind_annotate --inclusive=yes "$data/callgrind.json" 2> /dev/null | sed -n '1,60p' | cut -c1-200
fi
