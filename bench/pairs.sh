#!/usr/bin/env bash
# Interleaved pairs: two commands run in turn (A, B, A, B…), each pinned to the same cores, N times; prints each run's
# wall time, CPU time and peak memory, then each command's mean and the change from A to B, the median of the pairs'
# differences and how often B was the quicker, and whether the two wrote the same results. On this shared virtual
# machine a figure moves by a quarter from minute to minute; runs taken in turn meet the same minutes, so they compare
# like with like where a before-and-after taken an hour apart does not.
#
#   bench/pairs.sh [-n PAIRS] [-c CORES] 'COMMAND A' 'COMMAND B'
#
# Each command is run by bash; `{out}` in it is replaced by a results file of its own (bench/target/pairs/out-A and
# out-B), compared byte for byte at the end. Each run writes a new one: the run before's is deleted first, outside the
# timing (replacing an old results file costs a rename that waits on the disk: BENCHMARKS.md, eleventh pass). Examples:
#
#   git show HEAD~1:qdl > qdl-old && chmod +x qdl-old     # the launcher before a change, beside the new one
#   bench/pairs.sh -n 8 -c 0-1 \
#     './qdl-old eval --format csv -o {out} specs/svq-customer-service-scqf5.qdl class.csv' \
#     './qdl eval --format csv -o {out} specs/svq-customer-service-scqf5.qdl class.csv'
#   bench/pairs.sh -n 6 -c 0 \
#     './qdl eval --format csv -o {out} SPEC class.csv' \
#     'QDL_JAVA_OPTS="-XX:MaxTenuringThreshold=15" ./qdl eval --format csv -o {out} SPEC class.csv'
#   bench/pairs.sh -n 8 './qdl-old --version' './qdl --version'   # no {out}: nothing to compare
#
# A copied launcher runs the checkout's jar: to compare two builds, run each jar with the launcher's java command
# (`bash -x ./qdl eval …` prints it), giving each its own copy of the jar and of its class-data archive.
#
# Needs GNU time and taskset (Debian: time, util-linux).
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
usage="usage: bench/pairs.sh [-n PAIRS] [-c CORES] 'COMMAND A' 'COMMAND B'"
pairs_options "$usage" 5 "" "$@"
set -- ${operands[@]+"${operands[@]}"}
if [ $# -ne 2 ]; then
  echo "$usage" >&2
  exit 64
fi
work=${PAIRS_WORK:-bench/target/pairs}   # (the tests give a folder of their own)
mkdir -p "$work"
pin=(); [ -n "$cores" ] && pin=(taskset -c "$cores")
a=${1//\{out\}/$work/out-A}
b=${2//\{out\}/$work/out-B}
rm -f "$work/out-A" "$work/out-B" "$work/runs.txt"

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); cores: ${cores:-all}"
echo "| pair | A wall (CPU, peak) | B wall (CPU, peak) |"
echo "|---|---|---|"
for i in $(seq "$pairs"); do
  row="| $i |"
  for which in A B; do
    command=$a; [ "$which" = B ] && command=$b
    rm -f "$work/out-$which"
    if ! ${pin[@]+"${pin[@]}"} /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" bash -c "$command" \
        >/dev/null 2>"$work/err-$which.txt"; then
      echo "bench/pairs.sh: command $which failed:" >&2
      cat "$work/err-$which.txt" >&2
      exit 1
    fi
    read -r w u s k < "$work/time.txt"
    cpu=$(awk "BEGIN{printf \"%.2f\", $u + $s}")
    echo "$which $w $cpu $((k / 1024))" >> "$work/runs.txt"
    row="$row $w s ($cpu s, $((k / 1024)) MB) |"
  done
  echo "$row"
done
# (a change is given only against a time above 0: commands quicker than GNU time's hundredth of a second read 0.00)
awk 'function change(b, a) { return a > 0 ? sprintf("%+.1f%%", 100 * (b / a - 1)) : "n/a" }
  { w[$1] += $2; c[$1] += $3; m[$1] += $4; n[$1]++ }
  END {
    printf "A: mean wall %.3f s, CPU %.3f s, peak %.0f MB\n", w["A"] / n["A"], c["A"] / n["A"], m["A"] / n["A"];
    printf "B: mean wall %.3f s, CPU %.3f s, peak %.0f MB\n", w["B"] / n["B"], c["B"] / n["B"], m["B"] / n["B"];
    printf "B against A: wall %s, CPU %s\n", change(w["B"], w["A"]), change(c["B"], c["A"]) }' \
  "$work/runs.txt"
# the median of the pairs' differences in wall time, which one slow minute cannot move as it moves a mean
awk '$1 == "A" { a = $2 } $1 == "B" { print $2 - a }' "$work/runs.txt" > "$work/differences.txt"
read -r difference n < <(median "$work/differences.txt")
quicker=$(awk '$1 < 0' "$work/differences.txt" | wc -l)
awk -v d="$difference" -v q="$quicker" -v n="$n" \
  'BEGIN { printf "B against A, pair by pair: median %+.0f ms; B quicker in %d of %d pairs\n", 1000 * d, q, n }'
if [ -e "$work/out-A" ] || [ -e "$work/out-B" ]; then
  if cmp -s "$work/out-A" "$work/out-B"; then
    echo "results: the same, byte for byte"
  else
    echo "results: DIFFERENT ($work/out-A, $work/out-B)"
    exit 1
  fi
fi
