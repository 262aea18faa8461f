#!/bin/sh
# Lists the Swift files in Sources/ over 400 lines and the functions over 60 lines (issue 9's limits).
# Usage: scripts/sizes.sh [FOLDER...]   (default: Sources). Exit status 1 when there is an offender.
# A function is counted from its `func`/`init`/`subscript` line to the line where its braces close.
[ $# -eq 0 ] && set -- Sources
status=0
files=$(find "$@" -name '*.swift' | sort)
for f in $files; do
    n=$(wc -l < "$f")
    if [ "$n" -gt 400 ]; then echo "file $f: $n lines"; status=1; fi
done
for f in $files; do
    awk -v file="$f" '
    function count(s, c,   t) { t = s; return gsub(c, "", t) }
    {
        line = $0
        gsub(/"([^"\\]|\\.)*"/, "\"\"", line)   # braces inside one-line strings do not count
        sub(/\/\/.*$/, "", line)
        if (!inside && line ~ /^[ \t]*((@[A-Za-z]+|public|private|fileprivate|internal|package|static|mutating|nonmutating|override|final|nonisolated|convenience|required|class)[ \t(A-Za-z)]*)*(func |init[(<?!]|subscript[(<])/) {
            inside = 1; depth = 0; opened = 0; start = NR; name = line
            sub(/^[ \t]*/, "", name); sub(/[ \t]*\{.*$/, "", name)
        }
        if (inside) {
            depth += count(line, "{") - count(line, "}")
            if (count(line, "{") > 0) opened = 1
            if (opened && depth <= 0) {
                len = NR - start + 1
                if (len > 60) printf "function %s:%d: %d lines: %s\n", file, start, len, substr(name, 1, 90)
                inside = 0
            } else if (!opened && line ~ /^[ \t]*$/) { inside = 0 }
        }
    }' "$f"
done | tee /tmp/sizes.$$ 
[ -s /tmp/sizes.$$ ] && status=1
rm -f /tmp/sizes.$$
exit $status
