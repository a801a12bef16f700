import type { TTransaction } from "../catalog/integrity.ts";
import { readCatalogData } from "./export-backstage.ts";

/** The kinds whose entries an import may find already stored, by the catalog list that holds them. */
const LISTS = {
  environment: "environments",
  cluster: "clusters",
  namespace: "namespaces",
  team: "teams",
  boundedContext: "boundedContexts",
  solutionArea: "solutionAreas",
  repository: "repositories",
  component: "components",
} as const;
export type TStoredKind = keyof typeof LISTS;

/** A value with object keys sorted and lists sorted: the catalog's lists (owners, members, links) have no order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

type TEntry = Record<string, unknown> & { slug?: string | undefined };

/**
 * The catalog as it stood when an import began, in the import's own terms, so that entries the files
 * leave as they were are not written again: a re-import of an unchanged catalog writes nothing,
 * bumps no versions and records nothing.
 */
export class StoredCatalog {
  private constructor(
    private readonly entries: Record<TStoredKind, Map<string, TEntry>>,
    /** Which components each repository holds, from the components' side (how the links are read back). */
    private readonly repositoryComponents: Map<string, string[]>,
  ) {}

  static async read(tx: TTransaction): Promise<StoredCatalog> {
    const data = await readCatalogData(tx);
    const bySlug = (list: readonly TEntry[]) => new Map(list.map((entry) => [entry.slug!, entry]));
    const entries = Object.fromEntries(Object.entries(LISTS).map(([kind, list]) => [kind, bySlug(data[list] as readonly TEntry[])])) as Record<TStoredKind, Map<string, TEntry>>;
    const repositoryComponents = new Map<string, string[]>();
    for (const component of data.components) for (const repository of component.repositorySlugs) repositoryComponents.set(repository, [...(repositoryComponents.get(repository) ?? []), component.slug!]);
    return new StoredCatalog(entries, repositoryComponents);
  }

  /** Whether the stored entry with the input's slug has every field the input gives, with the same value. */
  holds(kind: TStoredKind, input: TEntry): boolean {
    const stored = this.entries[kind].get(input.slug!);
    if (!stored) return false;
    const given = Object.keys(input).filter((key) => input[key] !== undefined);
    return given.every((key) => key in stored) && canonical(Object.fromEntries(given.map((key) => [key, stored[key]]))) === canonical(Object.fromEntries(given.map((key) => [key, input[key]])));
  }

  /** Whether a stored repository holds exactly these components. */
  repositoryHolds(slug: string, componentSlugs: readonly string[]): boolean {
    return canonical(this.repositoryComponents.get(slug) ?? []) === canonical(componentSlugs);
  }

  /** The repositories a stored component is linked to. */
  repositoriesOf(componentSlug: string): string[] {
    return (this.entries.component.get(componentSlug)?.repositorySlugs as string[] | undefined) ?? [];
  }
}
