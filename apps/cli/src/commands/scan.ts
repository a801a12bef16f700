import { parseArgs } from "node:util";
import { checkKubernetes, checkRepository, COMPONENT_KINDS, practiceAskedOf, scanWith, summarise, type TComponentKind, type TEvidenceReader, type TFinding, type TPracticeAsked, type TScanResult } from "@topograph/domain";
import { readSourceTree } from "@topograph/sources";

export const SCAN_USAGE = `Usage: topograph scan <path> [--component <slug>] [--kind <kind>] [--format text|json] [--all]

Reads a directory of Kubernetes manifests, GitOps files, CI definitions and CODEOWNERS (or one file)
and checks the practices it can prove or disprove, with the file and line of each finding. Needs
no server and no database.

Options:
  --component <slug>   the catalog component the findings are about (recorded in the output)
  --kind <kind>        its kind (${COMPONENT_KINDS.join(", ")}): findings about practices
                       not asked of that kind are marked and left out of the counts
  --format text|json   output format (default: text)
  --all                text output also lists passing checks

Exit codes: 0 the scan ran (whatever it found), 2 bad usage, 3 the path cannot be read.`;

export const EVIDENCE_READERS: readonly TEvidenceReader[] = [checkKubernetes, checkRepository];

export interface TScanIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const MARK = { fail: "✗", warn: "!", pass: "✓" } as const;

/** A finding with whether its practice is asked of the scanned component's kind (always, when no kind is given). */
type TJudgedFinding = TFinding & TPracticeAsked;

function objectLabel(finding: TFinding) {
  const { kind, namespace, name } = finding.object;
  return `${kind} ${namespace ? `${namespace}/` : ""}${name}`;
}

function printText(result: TScanResult, findings: readonly TJudgedFinding[], io: TScanIo, all: boolean) {
  const asked = findings.filter((f) => f.asked);
  const summary = summarise(asked);
  const notAsked = findings.length - asked.length;
  io.out(
    `Scanned ${result.files} files: ${asked.length} findings (${summary.fail} fail, ${summary.warn} warn, ${summary.pass} pass)${notAsked ? `, ${notAsked} about practices not asked of this kind` : ""}, ${result.errors.length} errors.`,
  );
  const shown = findings.filter((f) => all || (f.asked && f.status !== "pass"));
  const byObject = new Map<string, TJudgedFinding[]>();
  for (const finding of shown) {
    const key = finding.object.kind === "File" ? finding.file : `${objectLabel(finding)} (${finding.file})`;
    byObject.set(key, [...(byObject.get(key) ?? []), finding]);
  }
  for (const [object, group] of byObject) {
    io.out("");
    io.out(object);
    for (const f of group) {
      io.out(`  ${f.asked ? MARK[f.status] : "·"} ${f.severity.padEnd(6)} ${f.checkId} (${f.practiceId}) ${f.file}:${f.line}  ${f.message}`);
      if (!f.asked) io.out(`      Not asked: ${f.reason}`);
      else if (f.status !== "pass" && f.remediation) io.out(`      Fix: ${f.remediation}`);
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
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { component: { type: "string" }, kind: { type: "string" }, format: { type: "string", default: "text" }, all: { type: "boolean", default: false } } });
    if (parsed.positionals.length !== 1) throw new Error("Give exactly one path to scan.");
    if (parsed.values.format !== "text" && parsed.values.format !== "json") throw new Error(`--format must be text or json, got "${parsed.values.format}".`);
    if (parsed.values.kind !== undefined && !(COMPONENT_KINDS as readonly string[]).includes(parsed.values.kind)) throw new Error(`--kind must be one of ${COMPONENT_KINDS.join(", ")}, got "${parsed.values.kind}".`);
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
  const kind = parsed.values.kind as TComponentKind | undefined;
  const component = kind ? { slug: parsed.values.component ?? "the scanned component", kind } : undefined;
  const findings: TJudgedFinding[] = result.findings.map((f) => ({ ...f, ...practiceAskedOf(f.practiceId, component) }));
  if (parsed.values.format === "json") {
    io.out(JSON.stringify({ ...(parsed.values.component ? { component: parsed.values.component } : {}), ...(kind ? { kind } : {}), files: result.files, findings, errors: result.errors }));
  } else printText(result, findings, io, parsed.values.all);
  return 0;
}

export async function scanCommand(args: string[]): Promise<void> {
  process.exitCode = await runScan(args, { out: (line) => console.log(line), err: (line) => console.error(line) });
}
