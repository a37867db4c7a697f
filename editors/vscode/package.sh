#!/usr/bin/env bash
# Packages the extension as qdl.vsix with @vscode/vsce, installed from the npm registry by the lockfile.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npx vsce package --skip-license -o qdl.vsix
echo "wrote editors/vscode/qdl.vsix; install it with: code --install-extension editors/vscode/qdl.vsix"
