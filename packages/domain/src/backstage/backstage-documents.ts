import { isMap, LineCounter, parseAllDocuments, type Document } from "yaml";
import type { z } from "zod";
import type { TYamlProblem } from "../scorecards/scorecard-yaml.ts";
import { slugOfEntityName } from "./backstage-vocabulary.ts";

/** One catalog-info file as the caller read it. */
export interface TBackstageFile {
  file: string;
  text: string;
}

export type TYamlPath = readonly (string | number)[];

type TJson = Record<string, unknown>;

/**
 * One Backstage entity with the YAML it came from, so that every later problem can name the file,
 * line, column and field it is about.
 */
export class BackstageEntity {
  readonly kind: string;
  readonly name: string;
  readonly slug: string;
  readonly metadata: TJson;
  readonly spec: TJson;

  constructor(
    readonly file: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
    json: TJson,
  ) {
    this.kind = String(json.kind);
    this.metadata = json.metadata as TJson;
    this.name = String(this.metadata.name);
    this.slug = slugOfEntityName(this.name);
    this.spec = isObject(json.spec) ? json.spec : {};
  }

  /** Display name: the title when there is one, else the entity name. */
  get title(): string {
    return this.text(["metadata", "title"]) ?? this.name;
  }

  get description(): string {
    return this.text(["metadata", "description"]) ?? "";
  }

  annotation(key: string): string | undefined {
    return this.text(["metadata", "annotations", key]);
  }

  /** A string value at `path`; numbers and booleans are read as their text. */
  text(path: TYamlPath): string | undefined {
    const value = this.value(path);
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
  }

  /** A list of strings at `path` (a single string counts as a list of one). */
  list(path: TYamlPath): string[] {
    const value = this.value(path);
    if (typeof value === "string") return [value];
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  }

  value(path: TYamlPath): unknown {
    let node: unknown = { metadata: this.metadata, spec: this.spec };
    for (const key of path) node = isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined;
    return node;
  }

  /** A problem about the field at `path`, placed at the deepest node of that path the file has. */
  problem(path: TYamlPath, message: string): TYamlProblem {
    let at = this.lines.linePos(this.document.range?.[0] ?? 0);
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = this.document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range) {
        at = this.lines.linePos(node.range[0]);
        break;
      }
    }
    return { file: this.file, line: at.line, column: at.col, field: path.join("."), message: `${this.kind} "${this.name}": ${message}` };
  }

  /**
   * Validates a Topograph input built from this entity. `fields` says which YAML path each input
   * field came from, so a schema issue points at the line the author must change.
   */
  validate<S extends z.ZodType>(schema: S, input: unknown, fields: Record<string, TYamlPath>, problems: TYamlProblem[]): z.infer<S> | undefined {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const [field, ...rest] = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
      const source = field === undefined ? [] : fields[field];
      problems.push(this.problem(source ? [...source, ...rest] : [], issue.message));
    }
    return undefined;
  }
}

const isObject = (value: unknown): value is TJson => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a text holds Backstage descriptors, for picking catalog files out of a directory. */
export function holdsBackstageEntities(text: string): boolean {
  return /^apiVersion:\s*["']?backstage\.io\//m.test(text);
}

/**
 * Reads every document of every file as a Backstage entity: a mapping with a `backstage.io/`
 * apiVersion, a kind and metadata.name. Anything else is a problem with its position.
 */
export function readBackstageEntities(files: readonly TBackstageFile[]): { entities: BackstageEntity[]; problems: TYamlProblem[] } {
  const entities: BackstageEntity[] = [];
  const problems: TYamlProblem[] = [];
  for (const { file, text } of files) {
    const lines = new LineCounter();
    const documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (!Array.isArray(documents)) continue;
    for (const document of documents) {
      if (document.errors.length > 0) {
        for (const error of document.errors) {
          const at = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
          problems.push({ file, line: at.line, column: at.col, field: "", message: error.message.split("\n")[0]! });
        }
        continue;
      }
      if (document.contents === null) continue;
      const at = (path: TYamlPath) => {
        const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
        return lines.linePos(node?.range?.[0] ?? document.range[0]);
      };
      const reject = (path: TYamlPath, message: string) => {
        const { line, col } = at(path);
        problems.push({ file, line, column: col, field: path.join("."), message });
      };
      if (!isMap(document.contents)) {
        reject([], "A Backstage entity is a mapping with apiVersion, kind, metadata and spec.");
        continue;
      }
      const json = document.toJS({ maxAliasCount: 50 }) as TJson;
      if (typeof json.apiVersion !== "string" || !json.apiVersion.startsWith("backstage.io/")) reject(["apiVersion"], 'apiVersion must be a Backstage version, e.g. "backstage.io/v1alpha1".');
      else if (typeof json.kind !== "string" || json.kind.trim() === "") reject(["kind"], "kind is required.");
      else if (!isObject(json.metadata) || typeof json.metadata.name !== "string" || json.metadata.name.trim() === "") reject(["metadata", "name"], "metadata.name is required.");
      else entities.push(new BackstageEntity(file, document, lines, json));
    }
  }
  return { entities, problems };
}
