// The VS Code client: starts `qdl lsp` (the setting qdl.path names the command) for every .qdl file, and
// stops it with the editor. Everything else (highlighting, brackets, snippets) is declared in package.json.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('qdl').get('path', 'qdl');
  const server = { command, args: ['lsp'], transport: TransportKind.stdio };
  client = new LanguageClient('qdl', 'QDL language server', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'qdl' }, { scheme: 'untitled', language: 'qdl' }],
  });
  context.subscriptions.push(client);
  return client.start().catch(e => {
    vscode.window.showErrorMessage(`QDL: cannot start \`${command} lsp\` (${e.message}); set qdl.path to the qdl command.`);
  });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
