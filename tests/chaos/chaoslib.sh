# Shared by the chaos scripts (sourced). Each run of conviz-cli starts in its own session
# (setsid), so "no worker left" is `pgrep -s SESSION` coming back empty, whatever else runs
# on the machine. Expected answers come from coreutils' factor, not from Conviz.

set -u
BIN=${CONVIZ_BIN_DIR:-$(cd "$(dirname "$0")/../../build/release/bin" 2>/dev/null && pwd)}
CLI=$BIN/conviz-cli
FAKE=$BIN/conviz-fakeworker
[ -x "$CLI" ] || { echo "chaos: no conviz-cli in $BIN (set CONVIZ_BIN_DIR)" >&2; exit 2; }
command -v factor >/dev/null || { echo "chaos: needs factor (coreutils)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/conviz-chaos.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FAILURES=0
RUNS=0

fail() {
    echo "FAIL (run $RUNS): $*" >&2
    FAILURES=$((FAILURES + 1))
}

# numbers FILE SEED COUNT: COUNT 15-digit numbers, mostly primes (each some 20 ms by
# trial division), and their answers in FILE.truth ("number true|false").
numbers() {
    local file=$1 seed=$2 count=$3
    awk -v seed="$seed" -v count="$count" 'BEGIN {
        srand(seed)
        for (i = 0; i < count * 40; i++)
            printf "%d%07d\n", 10000000 + int(rand() * 89999999), int(rand() * 4999999) * 2 + 1
    }' | factor | awk -v count="$count" '
        { n = $1; sub(/:$/, "", n) }
        NF == 2 && primes < count * 3 / 4 { print n " true"; primes++; next }
        NF > 2 && composites < count / 4 { print n " false"; composites++ }
    ' | head -n "$count" >"$file.truth"
    cut -d' ' -f1 "$file.truth" >"$file"
}

# start_cli ARGS...: runs conviz-cli in a new session in the background; sets CLI_PID.
start_cli() {
    setsid "$CLI" "$@" </dev/null >"$WORK/stdout" 2>"$WORK/stderr" &
    CLI_PID=$!
}

# no_workers_left SESSION: every process of the run's session is gone (within 5 s: a worker
# killed by its parent's death takes a moment to be reaped).
no_workers_left() {
    local session=$1 i
    for i in $(seq 50); do
        pgrep -s "$session" >/dev/null || return 0
        sleep 0.1
    done
    fail "processes left behind: $(pgrep -a -s "$session" | tr '\n' ';')"
}

# check_csv FILE NUMBERS COMPLETE: FILE is whole (a header, then one row per number in
# order, each index once) and every answered row is right; with COMPLETE=1 every row is
# answered. Nothing but FILE is left in its folder (no temporary file).
check_csv() {
    local file=$1 numbers=$2 complete=$3
    local others
    others=$(find "$(dirname "$file")" -mindepth 1 ! -path "$file" | head -3)
    [ -z "$others" ] || fail "left in the output folder: $others"
    [ -f "$file" ] || { [ "$complete" = 0 ] || fail "no output file"; return; }
    awk -F, -v complete="$complete" -v truth="$numbers.truth" '
        BEGIN { while ((getline line < truth) > 0) { split(line, t, " "); n++; num[n] = t[1]; ans[n] = t[2] } }
        NR == 1 { if ($0 !~ /^mode,workers,index,number,prime/) { print "bad header: " $0; bad = 1 }; next }
        {
            rows++
            if ($3 != rows) { print "row " rows " has index " $3; bad = 1 }
            if ($4 != num[rows]) { print "row " rows " has number " $4 ", sent " num[rows]; bad = 1 }
            if ($5 == "" && complete) { print "row " rows " (" $4 ") has no answer"; bad = 1 }
            if ($5 != "" && $5 != ans[rows]) { print "row " rows " (" $4 ") answered " $5; bad = 1 }
        }
        END {
            if (rows != n) { print rows " rows for " n " numbers"; bad = 1 }
            exit bad
        }' "$file" >"$WORK/csvcheck" || fail "$file: $(head -3 "$WORK/csvcheck" | tr '\n' ';')"
}

summary() {
    echo "$1: $RUNS runs, $FAILURES failures"
    [ "$FAILURES" = 0 ]
}
