import type { TTransaction } from "../catalog/integrity.ts";
import type { TIdOf, TIdsBySlug } from "../bulk/catalog-inserts.ts";

const KINDS = ["environment", "cluster", "namespace", "team", "solutionArea", "boundedContext", "repository", "component"] as const;
export type TDirectoryKind = (typeof KINDS)[number];

/**
 * The id of every catalog entry an import can refer to, by kind and slug: read once when the import
 * starts and kept up to date as it creates entries, so deciding what is new and resolving references
 * costs no query per entry.
 */
export class SlugDirectory {
  private constructor(
    private readonly ids: Record<TDirectoryKind, TIdsBySlug>,
    /** "clusterId/name" of every namespace: a namespace name is unique within its cluster. */
    private readonly namespaceNames: Set<string>,
  ) {}

  static async read(tx: TTransaction): Promise<SlugDirectory> {
    const slugs = { select: { id: true, slug: true } } as const;
    const [environment, cluster, namespace, team, solutionArea, boundedContext, repository, component] = await Promise.all([
      tx.environment.findMany(slugs),
      tx.cluster.findMany(slugs),
      tx.namespace.findMany({ select: { id: true, slug: true, clusterId: true, name: true } }),
      tx.team.findMany(slugs),
      tx.solutionArea.findMany(slugs),
      tx.boundedContext.findMany(slugs),
      tx.repository.findMany(slugs),
      tx.component.findMany(slugs),
    ]);
    const bySlug = (rows: { id: string; slug: string }[]): TIdsBySlug => new Map(rows.map((row) => [row.slug, row.id]));
    return new SlugDirectory(
      {
        environment: bySlug(environment),
        cluster: bySlug(cluster),
        namespace: bySlug(namespace),
        team: bySlug(team),
        solutionArea: bySlug(solutionArea),
        boundedContext: bySlug(boundedContext),
        repository: bySlug(repository),
        component: bySlug(component),
      },
      new Set(namespace.map((n) => `${n.clusterId}/${n.name}`)),
    );
  }

  has(kind: TDirectoryKind, slug: string): boolean {
    return this.ids[kind].has(slug);
  }

  /** Whether every slug names an entry of the kind. */
  hasAll(kind: TDirectoryKind, slugs: readonly string[]): boolean {
    return slugs.every((slug) => this.ids[kind].has(slug));
  }

  /** Resolves slugs the caller has checked with `has`/`hasAll`. */
  idOf(kind: TDirectoryKind): TIdOf {
    const ids = this.ids[kind];
    return (slug) => ids.get(slug)!;
  }

  add(kind: TDirectoryKind, created: TIdsBySlug): void {
    for (const [slug, id] of created) this.ids[kind].set(slug, id);
  }

  /** Claims a namespace name in its cluster for a new namespace; false when the cluster already has it. */
  takeNamespaceName(clusterSlug: string, name: string): boolean {
    const key = `${this.ids.cluster.get(clusterSlug)}/${name}`;
    if (this.namespaceNames.has(key)) return false;
    this.namespaceNames.add(key);
    return true;
  }
}
