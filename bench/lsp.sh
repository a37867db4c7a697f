#!/usr/bin/env bash
# The language server's answer after a keystroke on the SVQ spec (BENCHMARKS.md, "The language server"):
# builds the lsp module and runs KeystrokeBenchmark, which prints median, p95 and max in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl lsp -am test -Dtest=KeystrokeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dqdl.bench=true -DargLine="-Dqdl.bench=true"
cat lsp/target/lsp-bench.txt
