#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer and runs it for SECONDS, seeded from the rule library and
# the example data. Crashes and slow inputs are written to fuzz/findings/TARGET/; replay one with
#   swift run FuzzFrontEnd fuzz/findings/front-end/crash-…
#
# usage: scripts/fuzz.sh front-end|evaluator|formatter|command-line|arithmetic SECONDS [extra libFuzzer flags]
set -euo pipefail
cd "$(dirname "$0")/.."

usage="usage: scripts/fuzz.sh front-end|evaluator|formatter|command-line|arithmetic SECONDS"
target=${1:?$usage}
seconds=${2:?$usage}
shift 2

case "$target" in
    front-end) product=FuzzFrontEnd; seeds=(rules grammar) ;;
    evaluator) product=FuzzEvaluator; seeds=(rules/examples) ;;
    formatter) product=FuzzFormatter; seeds=(rules grammar) ;;
    command-line) product=FuzzCommandLine; seeds=() ;;
    arithmetic) product=FuzzArithmetic; seeds=() ;;
    *) echo "unknown target $target (front-end, evaluator, formatter, command-line, arithmetic)" >&2; exit 2 ;;
esac

swift build -c release --product "$product" --sanitize=fuzzer -Xswiftc -DFUZZING --scratch-path .build-fuzz

corpus=fuzz/corpus/$target
findings=fuzz/findings/$target
mkdir -p "$corpus" "$findings"
if [ "$target" = command-line ]; then
    # word numbers of FuzzCommandLine's table (0xFF separates the arguments, the scratch file
    # and the REPL's lines): check rules --data proposal=FILE.json; --today; a REPL; fmt FILE.rules
    printf '\x00\x1f\x0b\x29\xff{"proposal": {"id": "x", "facilitators": []}}' > "$corpus/check-scratch"
    printf '\x00\x20\x0b\x23\x0e\x34' > "$corpus/check-today"
    printf '\x06\x1f\x0b\x23\xff\xff:check\nset proposal.title = "x"\n:diff\n:save x\n' > "$corpus/repl"
    printf '\x03\x2d\xffrule x "X"\n  require 1 = 1\n' > "$corpus/fmt"
fi
for folder in "${seeds[@]+"${seeds[@]}"}"; do
    [ -d "$folder" ] || continue
    if [ "$target" = evaluator ]; then
        find "$folder" -name '*.json' -exec cp {} "$corpus/" \;
        # each line of a JSON Lines file is a record: seed with single-record data files
        find "$folder" -name '*.jsonl' | while read -r file; do
            name=$(basename "$file" .jsonl)
            n=0
            while IFS= read -r line; do
                n=$((n + 1))
                printf '{"report": %s}\n' "$line" > "$corpus/$name-$n.json"
            done < "$file"
        done
    else
        find "$folder" \( -name '*.rules' -o -name '*.ebnf' \) -exec cp {} "$corpus/" \;
    fi
done

# A whole command line may format or test the whole library several times: allow it longer.
timeout=10
[ "$target" = command-line ] && timeout=30
SWIFT_BACKTRACE=enable=no ".build-fuzz/release/$product" "$corpus" \
    -max_total_time="$seconds" -artifact_prefix="$findings/" -timeout="$timeout" -rss_limit_mb=4096 -print_final_stats=1 "$@"
