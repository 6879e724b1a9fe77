//! Starts brieflint's language server (`brieflint --lsp`) for Markdown, from the project's
//! node_modules/.bin or the PATH. See the README, "In the editor".
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Brieflint;

impl zed::Extension for Brieflint {
    fn new() -> Self {
        Brieflint
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let local = format!("{}/node_modules/.bin/brieflint", worktree.root_path());
        let command = worktree
            .read_text_file("node_modules/brieflint/package.json")
            .map(|_| local)
            .ok()
            .or_else(|| worktree.which("brieflint"))
            .ok_or_else(|| "brieflint was not found: npm install --save-dev brieflint (or install it globally)".to_string())?;
        Ok(zed::Command { command, args: vec!["--lsp".into()], env: Default::default() })
    }
}

zed::register_extension!(Brieflint);
