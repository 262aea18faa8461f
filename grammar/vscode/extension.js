// Starts `igfrules lsp` for rule files and connects VS Code to it. The server does the work:
// diagnostics, fixes, hover, completion, navigation, formatting, folding and code lenses.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('igfrules').get('path') || 'igfrules';
  const server = { command, args: ['lsp'] };
  client = new LanguageClient('igfrules', 'IGF rules', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'igfrules' }],
    // A rule file changed or deleted outside the editor is checked again.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{rules,json,jsonl}') },
  });
  client.start();
  context.subscriptions.push(client);
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
