#!/bin/bash
# Runs the processes mode with worker programs that cannot be trusted (conviz-fakeworker),
# one kind after another, N runs in all (default 1000): a lie, a hang, a stall, a crash or
# a bad line costs only the numbers it touched, which end as errors (exit 1); every other
# number is answered once and rightly; a worker that ignores QUIT is ended by the deadline.
. "$(dirname "$0")/chaoslib.sh"
N=${1:-1000}
[ -x "$FAKE" ] || { echo "chaos: no conviz-fakeworker in $BIN" >&2; exit 2; }
# spec, exit code, which numbers fail (one: the target; all; none)
kinds=("lie-on one" "lie all" "hang all" "stall all" "crash-on one" "talk-after-garbage all"
       "long-elapsed all" "repeat none" "ignore-quit none")
for RUNS in $(seq "$N"); do
    read -r kind failing <<<"${kinds[(RUNS - 1) % ${#kinds[@]}]}"
    out=$WORK/out && mkdir -p "$out"
    numbers "$WORK/numbers" "$RUNS" 6
    target=$(shuf -n 1 "$WORK/numbers")
    spec=$kind
    [ "$failing" = one ] && spec=$kind:$target
    export CONVIZ_FAKE_WORKER=$spec
    start_cli primes --mode processes --workers 2 --numbers "$WORK/numbers" --format csv \
        --output "$out/results.csv" --worker-program "$FAKE" --worker-timeout 300
    wait "$CLI_PID"
    code=$?
    want=1
    [ "$failing" = none ] && want=0
    [ "$code" = "$want" ] || fail "$spec: exit $code, expected $want: $(tail -2 "$WORK/stderr" | tr '\n' ';')"
    check_csv "$out/results.csv" "$WORK/numbers" 0
    blank=$(awk -F, 'NR > 1 && $5 == "" { print $4 }' "$out/results.csv" 2>/dev/null | sort | tr '\n' ' ')
    case $failing in
    none) expected="" ;;
    one) expected="$target " ;;
    all) expected=$(sort "$WORK/numbers" | tr '\n' ' ') ;;
    esac
    [ "$blank" = "$expected" ] || fail "$spec: unanswered '$blank', expected '$expected'"
    no_workers_left "$CLI_PID"
    rm -rf "$out"
    echo "run $RUNS: $spec: exit $code, unanswered: ${blank:-none}"
done
summary fake-workers
