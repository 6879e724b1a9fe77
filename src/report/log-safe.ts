/**
 * Text from a pull request (file names, rule ids from a config, quoted brief text) printed where a CI
 * runner reads it as its log. GitHub's runner runs a log line as a workflow command when, after leading
 * whitespace, it starts with "::" (actions/runner, ActionCommand.TryParseV2), or when "##[" stands
 * anywhere in it before a command name and "]" (the legacy ActionCommand.TryParse); Azure Pipelines
 * reads "##vso[" anywhere. The runner splits lines at "\n", "\r" and "\r\n". So a file named
 * "a\n::warning file=x::forged.md", or a brief quoting "##[add-mask]", must never reach the log as it is.
 *
 * Every human-readable output is made safe here, always (a container step or a `docker run` in a
 * workflow has no GITHUB_ACTIONS variable, and the change never shows on a terminal):
 * - each piece of outside text is made one printable line (`printable`): control characters and line
 *   separators become visible escapes, so it can neither start a new line nor drive a terminal;
 * - the finished text has its command openings broken by an invisible U+200B (`guardLog`), which the
 *   runner's TrimStart does not remove (it is no white space to .NET).
 * Machine-readable outputs keep their data exact: JSON says "#" as "\u0023" (`guardJson`), HTML as "&#35;".
 * A raw ESC (or a C1 CSI, U+009B) drives a terminal and GitHub's log viewer, and a bidirectional override
 * reorders what a reviewer reads ("Trojan Source"): `printable` shows them as escapes in the text
 * outputs, `visibleControls` where line breaks are written another way (HTML, workflow commands), and
 * `guardJson` writes the ones JSON.stringify leaves raw (DEL, C1, U+2028, U+2029, bidi) as \u escapes.
 */

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * C0 controls but the tab, DEL, C1 controls, the Unicode line and paragraph separators, and the
 * bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** The same but the line breaks (\n, \r, U+2028, U+2029), which HTML and workflow commands write their own way. */
const INLINE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** What JSON.stringify leaves raw of CONTROL: DEL, C1, the separators and the bidi controls. */
const JSON_RAW_CONTROL = /[\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/** One printable line: a control character as `\n`, `\r`, `\x1b`, `\u2028`. */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? escapeCode(char.charCodeAt(0)));
}

/** Controls made visible (`\x1b`, `\u202e`) but tab and line breaks, which the output writes itself. */
export function visibleControls(text: string): string {
  return text.replace(INLINE_CONTROL, (char) => escapeCode(char.charCodeAt(0)));
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A line that would open with "::" once .NET's TrimStart removed its white space (U+0085 included).
 * Line breaks are left out of the class, so a run of blank lines is not rescanned from each of them.
 */
const COMMAND_START = /^([\t\v\f \u0085\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]*):(?=:)/gmu;
/** "##[" (GitHub's legacy commands) and "##vso[" (Azure Pipelines), anywhere in a line. */
const LEGACY_COMMAND = /#(?=#(?:vso)?\[)/giu;

/** Text for a log with no line a runner would take as a command; what a reader sees is unchanged. */
export function guardLog(text: string): string {
  return text.replace(COMMAND_START, `$1:${ZERO_WIDTH_SPACE}`).replace(LEGACY_COMMAND, `#${ZERO_WIDTH_SPACE}`);
}

/**
 * JSON text for a log, with the same data: "#" before "#[" or "#vso[" is written "\u0023", and the
 * controls JSON.stringify leaves raw as \u escapes (they stand only inside strings: JSON's own syntax
 * is ASCII). A JSON line never starts with "::": strings are quoted, and line breaks escaped in them.
 */
export function guardJson(json: string): string {
  return json.replace(LEGACY_COMMAND, '\\u0023').replace(JSON_RAW_CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface TextStream {
  write(text: string): boolean;
  isTTY?: boolean;
  on?(event: 'error', listener: (error: Error & { code?: string }) => void): unknown;
}

/** A stream that guards each piece of text written to it (see guardLog), its controls made visible. */
export function guardedStream<T extends TextStream>(stream: T): TextStream {
  return {
    write: (text: string) => stream.write(guardLog(visibleControls(text))),
    isTTY: stream.isTTY,
    ...(stream.on ? { on: (event: 'error', listener: (error: Error & { code?: string }) => void) => stream.on!(event, listener) } : {}),
  };
}
