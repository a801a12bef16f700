import { CORE_SCHEMA, loadAll } from "js-yaml";
import { isMap, isScalar, LineCounter, parseAllDocuments, type Document } from "yaml";
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
    private readonly locate: TLocator,
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
    const at = this.locate(path);
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

/** Where the deepest node of a path sits in its file (the document's start when none of it is there). */
type TLocator = (path: TYamlPath) => { line: number; col: number };

function locatorIn(document: Document, lines: LineCounter): TLocator {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]);
    }
    return lines.linePos(document.range?.[0] ?? 0);
  };
}

/** A `*alias` anywhere, conservatively: a plain scalar cannot start with `*`, so this only ever over-matches quoted text. */
const ALIAS = /(^|[\s[{,])\*[^\s,[\]{}]/;

/**
 * The documents of a file as plain data, read by js-yaml, which is several times faster than the
 * `yaml` parser (0.3 s against 2.5 s for a 9 MiB catalog) but keeps no positions. Empty documents
 * are left out, as the full parser leaves them. Null when the file needs the full parser: aliases
 * (whose expansion the full parser bounds), or anything js-yaml refuses (the full parser then says
 * where and why).
 */
function quickDocuments(text: string): TJson[] | null {
  if (ALIAS.test(text)) return null;
  try {
    const documents = loadAll(text, null, { schema: CORE_SCHEMA }).filter((document) => document !== null && document !== undefined);
    return documents.every(isObject) ? documents : null;
  } catch {
    return null;
  }
}

/** The full parse of a file, with positions. */
function parseWithPositions(text: string) {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { lines, documents: Array.isArray(documents) ? documents : [] };
}

/** Positions for a quickly read document, found by parsing the file in full the first time a problem needs one. */
function lazyLocator(text: string, index: number, parsed: { full?: ReturnType<typeof parseWithPositions> }): TLocator {
  return (path) => {
    parsed.full ??= parseWithPositions(text);
    const document = parsed.full.documents[index];
    return document ? locatorIn(document, parsed.full.lines)(path) : { line: 1, col: 1 };
  };
}

/** What keeps a mapping from being a Backstage entity (the field and why), or null when it is one. */
function notAnEntity(json: TJson): [TYamlPath, string] | null {
  if (typeof json.apiVersion !== "string" || !json.apiVersion.startsWith("backstage.io/")) return [["apiVersion"], 'apiVersion must be a Backstage version, e.g. "backstage.io/v1alpha1".'];
  if (typeof json.kind !== "string" || json.kind.trim() === "") return [["kind"], "kind is required."];
  if (!isObject(json.metadata) || typeof json.metadata.name !== "string" || json.metadata.name.trim() === "") return [["metadata", "name"], "metadata.name is required."];
  return null;
}

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
    const quick = quickDocuments(text);
    // A file whose documents are not all entities takes the full path, which places each problem.
    if (quick && quick.every((json) => notAnEntity(json) === null)) {
      const parsed = {};
      quick.forEach((json, index) => entities.push(new BackstageEntity(file, lazyLocator(text, index, parsed), json)));
    } else {
      readWithPositions(file, text, entities, problems);
    }
  }
  return { entities, problems };
}

/** Reads a file with the full parser, which says where each problem is. */
function readWithPositions(file: string, text: string, entities: BackstageEntity[], problems: TYamlProblem[]): void {
  const { lines, documents } = parseWithPositions(text);
  for (const document of documents) {
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const at = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
        problems.push({ file, line: at.line, column: at.col, field: "", message: error.message.split("\n")[0]! });
      }
      continue;
    }
    // An empty document (a trailing `---`, or only comments) is no entity and no problem.
    if (document.contents === null || (isScalar(document.contents) && document.contents.value === null)) continue;
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
    let json: TJson;
    try {
      json = document.toJS({ maxAliasCount: 50 }) as TJson;
    } catch (error) {
      // toJS refuses aliases that would expand without bound (a "billion laughs" document).
      reject([], `The document cannot be read: ${(error as Error).message}.`);
      continue;
    }
    const problem = notAnEntity(json);
    if (problem) reject(...problem);
    else entities.push(new BackstageEntity(file, locatorIn(document, lines), json));
  }
}
