#!/usr/bin/env bash
# The benchmark of issue 11: whole-process times of `igfrules check rules/bpf` over N generated
# proposals (shared/bench/gen_proposals.py), measured with /usr/bin/time side by side with a
# hand-written Swift baseline (scripts/bench-baseline, which prints only failing rule ids), then
# the in-process figures of `igfrules-bench` (load time, decode, evaluate, render per record).
# Each figure is the median of RUNS runs; peak memory is the largest of them.
#
# usage: scripts/bench.sh [N=10000] [RUNS=5]
#        SKIP_INPROCESS=1 scripts/bench.sh ...   only the whole-process table
#        BEFORE=path/to/old/igfrules scripts/bench.sh ...   also time an older build, in the same run
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${2:-5}
generator=${GENERATOR:-../shared/bench/gen_proposals.py}
data=.build/bench
mkdir -p "$data"
[ -f "$data/proposals-$n.jsonl" ] || python3 "$generator" "$n" --out "$data" > /dev/null
swift build -c release --product igfrules > /dev/null
swift build -c release --product igfrules-bench > /dev/null
exe=.build/release/igfrules
baseline=$data/bench-baseline
if [ ! -x "$baseline" ] || [ scripts/bench-baseline/main.swift -nt "$baseline" ]; then
    swiftc -O scripts/bench-baseline/main.swift -o "$baseline"
fi
records=$data/proposals-$n.jsonl
calendar=$data/calendar.json

# measure LABEL COMMAND...: median wall time and peak resident memory over RUNS runs.
measure() {
    local label=$1
    shift
    local times=() peak=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$data/time.out" "$@" > /dev/null 2> /dev/null || true
        read -r seconds kilobytes < <(tail -1 "$data/time.out")
        times+=("$seconds")
        [ "$kilobytes" -gt "$peak" ] && peak=$kilobytes
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf '| %-34s | %7s s | %8.1f µs | %6d MB |\n' "$label" "$median" "$(echo "$median * 1000000 / $n" | bc -l)" "$(( peak / 1024 ))"
}

check=("$exe" check rules/bpf --each "proposal=$records" --data "calendar=$calendar" --today 2021-03-01)

echo "whole process, $n proposals, median of $runs runs ($(nproc) cores)"
echo
echo "| command | time | per record | peak memory |"
echo "|---|---|---|---|"
measure "hand-written Swift (failing ids)" "$baseline" "$calendar" "$records"
measure "igfrules --format json" "${check[@]}" --format json
measure "igfrules text" "${check[@]}"
measure "igfrules --format markdown" "${check[@]}" --format markdown
measure "igfrules text --quiet" "${check[@]}" --quiet
if [ -n "${BEFORE:-}" ]; then
    before=("$BEFORE" "${check[@]:1}")
    measure "before: --format json" "${before[@]}" --format json
    measure "before: text" "${before[@]}"
    measure "before: --format markdown" "${before[@]}" --format markdown
fi
if [ -z "${SKIP_INPROCESS:-}" ]; then
    echo
    echo "in process (.build/release/igfrules-bench), median of 7 runs over 2000 records"
    .build/release/igfrules-bench "$records" "$calendar" 2000 7 rules
fi
