#!/usr/bin/env bash
# The TextMate grammar's tests, as `./mvnw verify` runs them: only where `node` is installed (CI has node 20);
# their two packages come from the npm registry, by the lockfile.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "editors/vscode: no node on the PATH; the TextMate grammar tests are skipped"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
node grammar.test.js
