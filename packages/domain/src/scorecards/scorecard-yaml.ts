import { isMap, LineCounter, parseAllDocuments, stringify, type Document } from "yaml";
import { ZScorecardDefinitionSchema, type TScorecardDefinition } from "./scorecard.ts";

/** One problem in a scorecards-as-code file: where it is and what is wrong. */
export interface TYamlProblem {
  file: string;
  line: number;
  column: number;
  /** The field, e.g. `rules[2].expression`; empty for a problem with the document itself. */
  field: string;
  message: string;
}

export type TYamlParseResult = { ok: true; scorecards: TScorecardDefinition[] } | { ok: false; problems: TYamlProblem[] };

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), "");
}

/** The position of the deepest node that exists along `path` (a missing field points at its parent). */
function positionOf(document: Document, path: readonly PropertyKey[], lines: LineCounter): { line: number; col: number } {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]);
  }
  return lines.linePos(document.range?.[0] ?? 0);
}

/**
 * Reads one YAML file of scorecards (one per document, separated by `---`) and validates each,
 * reporting every problem with the file, line, column and field, as a linter would.
 */
export function parseScorecardsYaml(text: string, file = "scorecards.yaml"): TYamlParseResult {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: TYamlProblem[] = [];
  const scorecards: TScorecardDefinition[] = [];
  const docs = Array.isArray(documents) ? documents : [];
  if (!Array.isArray(documents)) problems.push({ file, line: 1, column: 1, field: "", message: "The file has no YAML documents." });
  for (const [index, document] of docs.entries()) {
    const label = docs.length > 1 ? `document ${index + 1}: ` : "";
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const at = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
        problems.push({ file, line: at.line, column: at.col, field: "", message: `${label}${error.message.split("\n")[0]}` });
      }
      continue;
    }
    if (document.contents === null) continue;
    if (!isMap(document.contents)) {
      const at = positionOf(document, [], lines);
      problems.push({ file, line: at.line, column: at.col, field: "", message: `${label}A scorecard is a mapping with slug, name, entityKind, ladder and rules.` });
      continue;
    }
    const parsed = ZScorecardDefinitionSchema.safeParse(document.toJS({ maxAliasCount: 50 }));
    if (parsed.success) {
      scorecards.push(parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
      const at = positionOf(document, path, lines);
      const message = issue.code === "unrecognized_keys" ? `Unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}.` : issue.message;
      problems.push({ file, line: at.line, column: at.col, field: fieldName(path), message: `${label}${message}` });
    }
  }
  const slugs = scorecards.map((s) => s.slug);
  slugs.forEach((slug, i) => {
    if (slugs.indexOf(slug) !== i) problems.push({ file, line: 1, column: 1, field: "slug", message: `Two scorecards in the file use the slug "${slug}".` });
  });
  return problems.length > 0 ? { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) } : { ok: true, scorecards };
}

export function formatYamlProblem(problem: TYamlProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}${problem.field ? ` ${problem.field}` : ""}: ${problem.message}`;
}

/** Writes scorecards as YAML documents in the field order an author reads them. */
export function scorecardsToYaml(scorecards: readonly TScorecardDefinition[]): string {
  const header = "# Topograph scorecards as code: one scorecard per document. Import with scorecard.importYaml or the Scorecards page.\n";
  return (
    header +
    scorecards
      .map((s) =>
        stringify(
          {
            slug: s.slug,
            name: s.name,
            description: s.description,
            ownerTeam: s.ownerTeam,
            entityKind: s.entityKind,
            filter: s.filter,
            ladder: s.ladder,
            rules: s.rules.map((r) => ({
              id: r.id,
              title: r.title,
              level: r.level,
              category: r.category,
              weight: r.weight,
              ...(r.practiceId ? { practiceId: r.practiceId } : {}),
              expression: r.expression,
              failureMessage: r.failureMessage,
              ...(r.remediation ? { remediation: r.remediation } : {}),
            })),
          },
          { lineWidth: 0 },
        ),
      )
      .join("---\n")
  );
}
