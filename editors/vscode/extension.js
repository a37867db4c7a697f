// The VS Code client: starts `qdl lsp` (the setting qdl.path names the command) for every .qdl file, and
// stops it with the editor. Everything else (highlighting, brackets, snippets) is declared in package.json.
'use strict';
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = qdlCommand();
  // no `transport`: the server talks over stdio by default, and the client then adds no `--stdio` argument
  const server = { command, args: ['lsp'] };
  client = new LanguageClient('qdl', 'QDL language server', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'qdl' }, { scheme: 'untitled', language: 'qdl' }],
  });
  context.subscriptions.push(client);
  return client.start().catch(e => {
    vscode.window.showErrorMessage(`QDL: cannot start \`${command} lsp\` (${e.message}); set qdl.path to the qdl command.`);
  });
}

/** The qdl.path setting; left at its default, the repository's own `./qdl` launcher when the workspace is one. */
function qdlCommand() {
  const configured = vscode.workspace.getConfiguration('qdl').get('path', 'qdl');
  if (configured !== 'qdl') return configured;
  for (const folder of vscode.workspace.workspaceFolders || []) {
    const launcher = path.join(folder.uri.fsPath, 'qdl');
    if (fs.existsSync(launcher) && fs.statSync(launcher).isFile()) return launcher;
  }
  return configured;
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
