import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from "yaml";
import type { TScanProblem, TSourceFile } from "./finding.ts";

/** One YAML document of a file, as plain data, with a way to find the line of any field in it. */
export interface TYamlDocument {
  file: string;
  /** 1-based line where the document starts. */
  line: number;
  data: unknown;
  /** The line of the field at `path` (its key for a mapping field, e.g. ["spec", "template", "spec", "containers", 0]); the nearest existing ancestor when it is missing. */
  lineOf(path: readonly (string | number)[]): number;
}

const HELM_SOURCE_COMMENT = /^\s*#\s*Source:\s*(\S+)/;
/** `{{ .Values.x }}`, `{{- include … }}`; not a GitHub Actions expression `${{ github.sha }}`. */
const HELM_TEMPLATE = /(?<!\$)\{\{[-\s]*[.$]?[A-Za-z]/;
/** Kinds whose own syntax is `{{ }}`: ApplicationSet template parameters, so they stay data there. */
const KINDS_WITH_OWN_TEMPLATES = new Set(["ApplicationSet"]);

/**
 * Reads every YAML document of a file with line positions. `helm template` output names the chart
 * file each document came from in a `# Source: chart/templates/x.yaml` comment; that name is kept
 * as the document's file so findings point at the template, not at the rendered bundle. Helm
 * templates that were never rendered, and YAML errors, become problems with file, line and column.
 */
export function readYamlDocuments(source: TSourceFile): { documents: TYamlDocument[]; problems: TScanProblem[] } {
  const problems: TScanProblem[] = [];
  const lines = new LineCounter();
  const textLines = source.text.split("\n");
  // Rendered `helm template` output may still hold `{{ $labels.x }}` of alerting rules: it is data there.
  const rendered = textLines.some((line) => HELM_SOURCE_COMMENT.test(line));
  const parsed = parseAllDocuments(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const ownTemplates = linesOfKindsWithOwnTemplates(Array.isArray(parsed) ? parsed : [], lines);
  const templated = rendered
    ? -1
    : textLines.findIndex((line, index) => HELM_TEMPLATE.test(line) && !line.trimStart().startsWith("#") && !ownTemplates(index + 1));
  if (templated >= 0) {
    const column = textLines[templated]!.search(HELM_TEMPLATE) + 1;
    return { documents: [], problems: [{ file: source.path, line: templated + 1, column, message: "This is an unrendered Helm template ({{ … }}); scan the output of `helm template` instead." }] };
  }
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
      file: helmSource(textLines, start) ?? source.path,
      line: start,
      data: document.toJS({ maxAliasCount: 100 }),
      lineOf: (path) => lineOfPath(document, path, lines),
    });
  }
  return { documents, problems };
}

/** Whether a line lies in a well-formed document of a kind whose own syntax is `{{ }}`. */
function linesOfKindsWithOwnTemplates(documents: readonly Document[], lines: LineCounter): (line: number) => boolean {
  const spans = documents
    .filter((document) => document.errors.length === 0 && KINDS_WITH_OWN_TEMPLATES.has(String(document.get("kind"))))
    .flatMap(({ range }) => (range ? [[lines.linePos(range[0]).line, lines.linePos(range[2]).line] as const] : []));
  return (line) => spans.some(([first, last]) => first <= line && line <= last);
}

/**
 * The `# Source:` file a `helm template` document names in the comment lines just above it. Only
 * comment and blank lines are read, so a previous document's data never names this one's file.
 */
function helmSource(textLines: readonly string[], startLine: number): string | undefined {
  for (let index = startLine - 2; index >= 0; index -= 1) {
    const line = textLines[index]!.trim();
    const source = HELM_SOURCE_COMMENT.exec(line)?.[1];
    if (source) return source;
    if (line !== "" && !line.startsWith("#")) return undefined;
  }
  return undefined;
}

/** The line of the key of a mapping field (not of its value, which may start a line later), or of a sequence item. */
function lineOfPath(document: Document, path: readonly (string | number)[], lines: LineCounter): number {
  let node: unknown = document.contents;
  let line = rangeLine(node, lines) ?? 1;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
      if (!pair) break;
      line = rangeLine(pair.key, lines) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
      node = node.items[segment];
      line = rangeLine(node, lines) ?? line;
    } else break;
  }
  return line;
}

function rangeLine(node: unknown, lines: LineCounter): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

