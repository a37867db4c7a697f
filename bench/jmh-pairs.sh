#!/usr/bin/env bash
# The engine's JMH figure for two builds of the engine, taken in turn (A, B, A, B…) on one core: each run is JMH's
# SVQ mixed class with the settings BENCHMARKS.md reports (two forks, the throughput collector). On this shared
# virtual machine the figure moves by a tenth or more from minute to minute, so a change of a few per cent shows only
# against runs of the other build taken on the same minutes. Prints each run's score, each build's median and how
# often B scored above A.
#
#   bench/jmh-pairs.sh [-n PAIRS] [-c CORE] BEFORE.jar AFTER.jar [BENCHMARK]
#
#   git archive HEAD | tar -x -C /tmp/before && (cd /tmp/before && ./mvnw -o -q -pl runtime,bench -am -DskipTests package)
#   ./mvnw -o -q -pl runtime,bench -am -DskipTests package && cp bench/target/benchmarks.jar /tmp/after.jar
#   bench/jmh-pairs.sh -n 3 /tmp/before/bench/target/benchmarks.jar /tmp/after.jar
#
# Each jar is a benchmarks.jar (the engine and its JMH benchmarks); BENCHMARK (default
# SvqThroughputBenchmark.mixedClass) is JMH's pattern. `./bench.sh --side-by-side` times builds side by side in one
# JVM, which holds better on a loaded machine, but it can disagree with JMH on a change of a per cent or two (the
# builds share the JDK's code and what the JIT learns of it): for the engine's figure, these pairs are the measure.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
usage="usage: bench/jmh-pairs.sh [-n PAIRS] [-c CORE] BEFORE.jar AFTER.jar [BENCHMARK]"
pairs_options "$usage" 3 1 "$@"
set -- ${operands[@]+"${operands[@]}"}
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "$usage" >&2
  exit 64
fi
for jar in "$1" "$2"; do
  [ -f "$jar" ] || { echo "bench/jmh-pairs.sh: no such jar: $jar" >&2; exit 66; }
done
benchmark=${3:-SvqThroughputBenchmark.mixedClass}
work=bench/target/jmh-pairs
mkdir -p "$work"
: > "$work/scores.txt"

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); core: $cores; $benchmark"
echo "| pair | A (ops/s) | B (ops/s) |"
echo "|---|---|---|"
for i in $(seq "$pairs"); do
  row="| $i |"
  for which in A B; do
    jar=$1; [ "$which" = B ] && jar=$2
    if ! taskset -c "$cores" java -jar "$jar" "$benchmark" -t 1 -f 2 -wi 4 -w 1s -i 5 -r 1s \
        -jvmArgs "-XX:+UseParallelGC -Xmx768m -XX:+UseTransparentHugePages" >"$work/run-$which.txt" 2>&1; then
      echo "bench/jmh-pairs.sh: JMH failed on $jar (its output: $work/run-$which.txt)" >&2
      exit 1
    fi
    # JMH's summary line: Benchmark (params) Mode Cnt Score ± Error Units
    score=$(awk -v b="$benchmark" 'index($1, b) && $(NF-2) == "±" { print $(NF-3), $(NF-1); exit }' "$work/run-$which.txt")
    if [ -z "$score" ]; then
      echo "bench/jmh-pairs.sh: no score in JMH's output for $jar (see $work/run-$which.txt)" >&2
      exit 1
    fi
    read -r mean error <<<"$score"
    echo "$i $which $mean" >> "$work/scores.txt"
    row="$row $(printf "%'.0f ± %'.0f" "$mean" "$error") |"
  done
  echo "$row"
done
awk '$2 == "A" { print $3 }' "$work/scores.txt" > "$work/a.txt"
awk '$2 == "B" { print $3 }' "$work/scores.txt" > "$work/b.txt"
read -r a n < <(median "$work/a.txt")
read -r b n < <(median "$work/b.txt")
above=$(awk '$2 == "A" { a = $3 } $2 == "B" && $3 > a' "$work/scores.txt" | wc -l)
awk -v a="$a" -v b="$b" -v above="$above" -v n="$n" \
  'BEGIN { printf "median A %.0f, B %.0f ops/s: B/A %.3f; B above A in %d of %d pairs\n", a, b, b / a, above, n }'
