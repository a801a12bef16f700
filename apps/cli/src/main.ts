import { BACKSTAGE_EXPORT_USAGE, backstageExportCommand } from "./commands/backstage-export.ts";
import { BACKSTAGE_IMPORT_USAGE, backstageImportCommand } from "./commands/backstage-import.ts";
import { BACKUP_USAGE, backupCommand } from "./commands/backup.ts";
import { CHECK_USAGE, checkCommand } from "./commands/check.ts";
import { GENERATE_ENTERPRISE_USAGE, generateEnterpriseCommand } from "./commands/generate-enterprise.ts";
import { RESTORE_USAGE, restoreCommand } from "./commands/restore.ts";
import { SCAN_USAGE, scanCommand } from "./commands/scan.ts";

const COMMANDS: Record<string, { usage: string; run: (args: string[]) => Promise<void> }> = {
  check: { usage: CHECK_USAGE, run: checkCommand },
  "generate-enterprise": { usage: GENERATE_ENTERPRISE_USAGE, run: generateEnterpriseCommand },
  scan: { usage: SCAN_USAGE, run: scanCommand },
  import: { usage: BACKSTAGE_IMPORT_USAGE, run: (args) => backstageImportCommand(args) },
  export: { usage: BACKSTAGE_EXPORT_USAGE, run: (args) => backstageExportCommand(args) },
  backup: { usage: BACKUP_USAGE, run: (args) => backupCommand(args) },
  restore: { usage: RESTORE_USAGE, run: (args) => restoreCommand(args) },
};

const [name, ...args] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
const askedForHelp = name === "--help" || name === "-h" || args.includes("--help");
if (!command || askedForHelp) {
  console.log(command?.usage ?? `Usage: topograph <command> [options]\n\nCommands:\n${Object.keys(COMMANDS).map((c) => `  ${c}`).join("\n")}`);
  process.exit(command || !name || askedForHelp ? 0 : 2);
}
command.run(args).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
