import { parseArgs } from "node:util";
import { checkKubernetes, checkRepository, scanWith, summarise, type TEvidenceReader, type TFinding, type TScanResult } from "@topograph/domain";
import { readSourceTree } from "@topograph/sources";

export const SCAN_USAGE = `Usage: topograph scan <path> [--component <slug>] [--format text|json] [--all]

Reads a directory of Kubernetes manifests, GitOps files, CI definitions and CODEOWNERS (or one file)
and checks the practices it can prove or disprove, with the file and line of each finding. Needs
no server and no database.

Options:
  --component <slug>   the catalog component the findings are about (recorded in the output)
  --format text|json   output format (default: text)
  --all                text output also lists passing checks

Exit codes: 0 the scan ran (whatever it found), 2 bad usage, 3 the path cannot be read.`;

export const EVIDENCE_READERS: readonly TEvidenceReader[] = [checkKubernetes, checkRepository];

export interface TScanIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const MARK = { fail: "✗", warn: "!", pass: "✓" } as const;

function objectLabel(finding: TFinding) {
  const { kind, namespace, name } = finding.object;
  return `${kind} ${namespace ? `${namespace}/` : ""}${name}`;
}

function printText(result: TScanResult, io: TScanIo, all: boolean) {
  const summary = summarise(result.findings);
  io.out(`Scanned ${result.files} files: ${result.findings.length} findings (${summary.fail} fail, ${summary.warn} warn, ${summary.pass} pass), ${result.errors.length} errors.`);
  const shown = result.findings.filter((f) => all || f.status !== "pass");
  const byObject = new Map<string, TFinding[]>();
  for (const finding of shown) {
    const key = finding.object.kind === "File" ? finding.file : `${objectLabel(finding)} (${finding.file})`;
    byObject.set(key, [...(byObject.get(key) ?? []), finding]);
  }
  for (const [object, findings] of byObject) {
    io.out("");
    io.out(object);
    for (const f of findings) {
      io.out(`  ${MARK[f.status]} ${f.severity.padEnd(6)} ${f.checkId} (${f.practiceId}) ${f.file}:${f.line}  ${f.message}`);
      if (f.status !== "pass" && f.remediation) io.out(`      Fix: ${f.remediation}`);
    }
  }
  if (result.errors.length > 0) {
    io.out("");
    io.out("Errors:");
    for (const e of result.errors) io.out(`  ${e.file}:${e.line}:${e.column}  ${e.message}`);
  }
}

/** Runs a scan; returns the exit code instead of exiting, so it can be specified in tests. */
export async function runScan(args: string[], io: TScanIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { component: { type: "string" }, format: { type: "string", default: "text" }, all: { type: "boolean", default: false } } });
    if (parsed.positionals.length !== 1) throw new Error("Give exactly one path to scan.");
    if (parsed.values.format !== "text" && parsed.values.format !== "json") throw new Error(`--format must be text or json, got "${parsed.values.format}".`);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${SCAN_USAGE}`);
    return 2;
  }
  const target = parsed.positionals[0]!;
  let tree;
  try {
    tree = await readSourceTree(target);
  } catch (error) {
    io.err(`Cannot read ${target}: ${error instanceof Error ? error.message : String(error)}`);
    return 3;
  }
  const scanned = scanWith(EVIDENCE_READERS, tree.files);
  const result: TScanResult = { ...scanned, errors: [...tree.problems, ...scanned.errors] };
  if (parsed.values.format === "json") {
    io.out(JSON.stringify({ ...(parsed.values.component ? { component: parsed.values.component } : {}), files: result.files, findings: result.findings, errors: result.errors }));
  } else printText(result, io, parsed.values.all);
  return 0;
}

export async function scanCommand(args: string[]): Promise<void> {
  process.exitCode = await runScan(args, { out: (line) => console.log(line), err: (line) => console.error(line) });
}
