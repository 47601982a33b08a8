#!/bin/bash
# Kills a random worker process in the middle of processes-mode runs, N times (default
# 1000): every run must still exit 0 with every number answered once, rightly, and leave
# no process and no stray file behind.
. "$(dirname "$0")/chaoslib.sh"
N=${1:-1000}
killed=0
for RUNS in $(seq "$N"); do
    out=$WORK/out && mkdir -p "$out"
    numbers "$WORK/numbers" "$RUNS" 24
    start_cli primes --mode processes --workers 3 --numbers "$WORK/numbers" --format csv \
        --output "$out/results.csv"
    for _ in $(seq 100); do
        pgrep -P "$CLI_PID" -x conviz-worker >/dev/null && break
        sleep 0.1
    done
    sleep "$(printf '0.%02d' $((RANDOM % 40)))"
    victim=$(pgrep -P "$CLI_PID" -x conviz-worker | shuf -n 1)
    if [ -n "$victim" ] && kill -KILL "$victim" 2>/dev/null; then
        killed=$((killed + 1))
    fi
    wait "$CLI_PID"
    code=$?
    [ "$code" = 0 ] || fail "exit $code: $(tail -2 "$WORK/stderr" | tr '\n' ';')"
    check_csv "$out/results.csv" "$WORK/numbers" 1
    no_workers_left "$CLI_PID"
    rm -rf "$out"
    [ $((RUNS % 50)) = 0 ] && echo "$RUNS runs, $killed workers killed, $FAILURES failures"
done
echo "killed a worker mid-run in $killed of $N runs"
summary kill-worker
