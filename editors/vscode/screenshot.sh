#!/usr/bin/env bash
# The screenshot in docs/EDITOR.md: the SVQ spec's rules and a unit, rendered with the grammar's scopes
# (test/render-scopes.js), photographed by headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
(cd test && npm ci --no-audit --no-fund --loglevel=error)
out="$(mktemp -d)"
(cd "$root" && node editors/vscode/test/render-scopes.js specs/svq-customer-service-scqf5.qdl "$out/scopes.html" 3392 3412)
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,470 \
  --screenshot="$root/docs/editor-scopes.png" "file://$out/scopes.html" 2>/dev/null
echo "wrote docs/editor-scopes.png"
