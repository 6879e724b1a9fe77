// A minimal VS Code extension: starts `brieflint --lsp` for Markdown files and lets VS Code's own
// language client do the rest (diagnostics, quick fixes, hovers). See the README, "In the editor".
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate() {
  const [command, ...args] = vscode.workspace.getConfiguration('brieflint').get('command', ['brieflint', '--lsp']);
  client = new LanguageClient(
    'brieflint',
    'brieflint',
    { command, args, transport: TransportKind.stdio },
    {
      documentSelector: [{ language: 'markdown' }],
      synchronize: {
        // A changed config or ignore file is linted anew (workspace/didChangeWatchedFiles).
        fileEvents: vscode.workspace.createFileSystemWatcher(
          '**/{.brieflintrc,.brieflintrc.json,.brieflintrc.yaml,.brieflintrc.yml,brieflint.config.json,package.json,.gitignore,.brieflintignore}',
        ),
      },
    },
  );
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
