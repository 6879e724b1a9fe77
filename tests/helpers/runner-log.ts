/**
 * What GitHub's runner would do with a log: the workflow commands it would run, found as
 * actions/runner's ActionCommand.cs finds them (TryParseV2: after .NET's TrimStart the line starts
 * with "::" and a registered command; TryParse, the legacy form: "##[" anywhere, a registered command,
 * then "]"), on lines split as .NET's ReadLine splits them ("\r\n", "\r", "\n"). Azure Pipelines'
 * "##vso[" anywhere is counted too.
 */
const REGISTERED = new Set([
  'stop-commands', 'set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher',
  'warning', 'error', 'notice', 'debug', 'group', 'endgroup', 'echo',
]);
/** .NET's char.IsWhiteSpace: Unicode space separators, line and paragraph separators, U+0009–U+000D, U+0085. */
const DOTNET_WHITE_SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*/u;

export function runnerCommands(log: string): string[] {
  const found: string[] = [];
  for (const line of log.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(DOTNET_WHITE_SPACE, '');
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      const name = end < 0 ? '' : trimmed.slice(2, end).split(' ')[0]!.toLowerCase();
      if (REGISTERED.has(name)) {
        found.push(line);
        continue;
      }
    }
    const legacy = line.indexOf('##[');
    if (legacy >= 0) {
      const close = line.indexOf(']', legacy);
      const name = close < 0 ? '' : line.slice(legacy + 3, close).split(' ')[0]!.toLowerCase();
      if (REGISTERED.has(name)) found.push(line);
    }
    if (/##vso\[/i.test(line)) found.push(line);
  }
  return found;
}

/**
 * $GITHUB_OUTPUT as the runner reads it (actions/runner's file commands): `name=value` lines, or
 * `name<<DELIMITER`, the value's lines, then DELIMITER alone on a line. Throws where the runner fails.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`Invalid format '${line}'`);
    const delimiter = line.slice(heredoc + 2);
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== delimiter; index++) value.push(lines[index]!);
    if (index >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}'`);
    outputs[line.slice(0, heredoc)] = value.join('\n');
  }
  return outputs;
}
