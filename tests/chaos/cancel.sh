#!/bin/bash
# Ctrl-C (SIGINT) at a random moment of a run in a random mode, N times (default 1000):
# the run exits 130 (or 0 if it was done), its output file is whole (every number once,
# every answer given right), and nothing is left behind.
. "$(dirname "$0")/chaoslib.sh"
N=${1:-1000}
modes=(sequential threads processes coroutines coroutines-pool)
declare -A interrupted finished
for RUNS in $(seq "$N"); do
    mode=${modes[RANDOM % ${#modes[@]}]}
    out=$WORK/out && mkdir -p "$out"
    numbers "$WORK/numbers" "$RUNS" 16
    start_cli primes --mode "$mode" --workers 2 --numbers "$WORK/numbers" --format csv \
        --output "$out/results.csv"
    sleep "$(printf '0.%02d' $((RANDOM % 60)))"
    kill -INT "$CLI_PID" 2>/dev/null
    wait "$CLI_PID"
    code=$?
    case $code in
    0) finished[$mode]=$((${finished[$mode]:-0} + 1)); check_csv "$out/results.csv" "$WORK/numbers" 1 ;;
    130) interrupted[$mode]=$((${interrupted[$mode]:-0} + 1)); check_csv "$out/results.csv" "$WORK/numbers" 0 ;;
    *) fail "$mode: exit $code: $(tail -2 "$WORK/stderr" | tr '\n' ';')" ;;
    esac
    no_workers_left "$CLI_PID"
    rm -rf "$out"
    [ $((RUNS % 50)) = 0 ] && echo "$RUNS runs, $FAILURES failures"
done
for mode in "${modes[@]}"; do
    echo "$mode: ${interrupted[$mode]:-0} interrupted, ${finished[$mode]:-0} finished first"
done
summary cancel
