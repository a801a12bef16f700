import { LineCounter, parseAllDocuments, type Document } from "yaml";
import type { TScanProblem, TSourceFile } from "./finding.ts";

/** One YAML document of a file, as plain data, with a way to find the line of any field in it. */
export interface TYamlDocument {
  file: string;
  /** 1-based line where the document starts. */
  line: number;
  data: unknown;
  /** The line of the node at `path` (e.g. ["spec", "template", "spec", "containers", 0]); the nearest existing ancestor when it is missing. */
  lineOf(path: readonly (string | number)[]): number;
}

const HELM_TEMPLATE = /\{\{[-\s]*[.$]?[A-Za-z]/;

/**
 * Reads every YAML document of a file with line positions. `helm template` output names the chart
 * file each document came from in a `# Source: chart/templates/x.yaml` comment; that name is kept
 * as the document's file so findings point at the template, not at the rendered bundle. Helm
 * templates that were never rendered, and YAML errors, become problems with file, line and column.
 */
export function readYamlDocuments(source: TSourceFile): { documents: TYamlDocument[]; problems: TScanProblem[] } {
  const problems: TScanProblem[] = [];
  const lines = new LineCounter();
  const templated = source.text.split("\n").findIndex((line) => HELM_TEMPLATE.test(line) && !line.trimStart().startsWith("#"));
  if (templated >= 0) {
    const column = source.text.split("\n")[templated]!.search(/\{\{/) + 1;
    return { documents: [], problems: [{ file: source.path, line: templated + 1, column, message: "This is an unrendered Helm template ({{ … }}); scan the output of `helm template` instead." }] };
  }
  const parsed = parseAllDocuments(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const documents: TYamlDocument[] = [];
  for (const document of Array.isArray(parsed) ? parsed : []) {
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const at = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
        problems.push({ file: source.path, line: at.line, column: at.col, message: error.message.split("\n")[0]! });
      }
      continue;
    }
    if (document.contents === null) continue;
    const start = lines.linePos(document.contents.range?.[0] ?? 0).line;
    documents.push({
      file: helmSource(source, document, start) ?? source.path,
      line: start,
      data: document.toJS({ maxAliasCount: 100 }),
      lineOf: (path) => lineOfPath(document, path, lines),
    });
  }
  return { documents, problems };
}

/** The `# Source:` file a `helm template` document names in the comment lines just above it. */
function helmSource(source: TSourceFile, document: Document, startLine: number): string | undefined {
  const before = source.text.split("\n").slice(Math.max(0, startLine - 4), startLine - 1);
  const comment = document.commentBefore ?? before.join("\n");
  return /#?\s*Source:\s*(\S+)/.exec(comment)?.[1];
}

function lineOfPath(document: Document, path: readonly (string | number)[], lines: LineCounter): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

