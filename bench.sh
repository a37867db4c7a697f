#!/usr/bin/env bash
# Builds the engine benchmarks (bench/target/benchmarks.jar) and runs them with JMH, printing its table.
# (Named bench.sh because bench/ is the benchmarks' Maven module.)
#
#   ./bench.sh                        every benchmark, with the settings BENCHMARKS.md reports
#   ./bench.sh SvqThroughput          benchmarks whose name matches a regular expression
#   ./bench.sh Growth -p by=credits   JMH options after the pattern replace the default settings
#   ./bench.sh -h                     JMH's options
#   ./bench.sh --cpu                  the SVQ class per second of CPU time (see SvqCpuTime), not JMH
#   ./bench.sh --side-by-side JAR...  the SVQ class on several builds of the engine in one JVM, rounds in turn (see
#                                     SideBySide): a before/after comparison that holds on a loaded machine, though
#                                     it can disagree with JMH on a change of a per cent or two
#   ./bench.sh --jmh-pairs A.jar B.jar  JMH's SVQ mixed class on two builds, runs taken in turn (bench/jmh-pairs.sh):
#                                     the engine's figure, before and after
#   ./bench.sh --adversarial          issue 17's adversarial families: units vs time and memory per learner, in a
#                                     512 MB heap (see AdversarialGrowth), not JMH
#   ./bench.sh --e2e                  the whole qdl command: eval of a million learners, check and handbook of
#                                     a 10,000-unit spec, start-up; prints wall time and peak memory per target
#
# Default settings: one thread (so throughput is per core), one fork, 5 warm-up and 5 measured iterations of 1 s.
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -q -B -pl runtime,bench -am -DskipTests package

if [ "${1:-}" = "-h" ]; then
  exec java -jar bench/target/benchmarks.jar -h
fi
if [ "${1:-}" = "--cpu" ]; then
  exec java -cp bench/target/benchmarks.jar org.qdl.bench.SvqCpuTime
fi
if [ "${1:-}" = "--side-by-side" ]; then
  shift
  exec java -cp bench/target/benchmarks.jar org.qdl.bench.SideBySide "$@"
fi
if [ "${1:-}" = "--jmh-pairs" ]; then
  shift
  exec bench/jmh-pairs.sh "$@"
fi
if [ "${1:-}" = "--adversarial" ]; then
  exec java -Xmx512m -cp bench/target/benchmarks.jar org.qdl.bench.AdversarialGrowth
fi
if [ "${1:-}" = "--e2e" ]; then
  exec bench/e2e.sh
fi
pattern="${1:-.}"
shift || true
settings=(-t 1 -f 1 -wi 5 -w 1s -i 5 -r 1s)
if [ "$#" -gt 0 ]; then
  settings=("$@")
fi
exec java -jar bench/target/benchmarks.jar "$pattern" "${settings[@]}" -rf json -rff bench/target/jmh-result.json
