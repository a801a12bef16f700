/** One command of a shell script in a pipeline file, with the line it is written on. */
export interface TShellCommand {
  text: string;
  line: number;
}

/**
 * Splits a script value (a `run:` block, a `script:` item) into its command lines and finds each
 * in the file, from the line the value starts on, so a finding points at the command itself.
 */
export function shellCommands(script: string, valueLine: number, fileLines: readonly string[]): TShellCommand[] {
  const commands: TShellCommand[] = [];
  let cursor = valueLine;
  for (const raw of script.split("\n")) {
    const text = raw.trim();
    if (text === "" || text.startsWith("#")) continue;
    const found = lineContaining(fileLines, cursor, text);
    if (found !== undefined) cursor = found;
    commands.push({ text, line: found ?? cursor });
  }
  return commands;
}

/** The first line at or after `fromLine` containing `text` (or, for folded values, its start). */
function lineContaining(fileLines: readonly string[], fromLine: number, text: string): number | undefined {
  for (const needle of [text, text.slice(0, 40)]) {
    for (let index = Math.max(0, fromLine - 1); index < fileLines.length; index += 1) {
      if (fileLines[index]!.includes(needle)) return index + 1;
    }
  }
  return undefined;
}
