import Database from "better-sqlite3";

/**
 * The baseline the API's layers are compared with: the same pages read straight through the
 * SQLite driver, with prepared statements and no ORM, tRPC, HTTP or JSON in between. Each
 * function returns the rows the API's answer is made of (same filters, order, page size, total).
 */
export function rawQueries(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const pageColumns = `
    c.id, c.slug, c.name, c.kind, c.lifecycle, c.labels, c.ownershipMode,
    sa.slug AS areaSlug, sa.name AS areaName, sa.kind AS areaKind,
    (SELECT json_group_array(json_object('slug', t.slug, 'name', t.name)) FROM "ComponentOwner" o JOIN "Team" t ON t.id = o.teamId WHERE o.componentId = c.id) AS owners,
    (SELECT COUNT(*) FROM "RepositoryComponent" r WHERE r.componentId = c.id) AS repositories,
    (SELECT COUNT(*) FROM "Deployment" d WHERE d.componentId = c.id) AS deployments,
    (SELECT COUNT(*) FROM "ComponentDependency" x WHERE x.dependentId = c.id) AS dependencies,
    (SELECT COUNT(*) FROM "ComponentDependency" y WHERE y.dependencyId = c.id) AS dependents`;
  const organisation = db.prepare(`SELECT "defaultOwnershipMode" FROM "Organisation" LIMIT 1`);
  /** One page of components and the total, for a WHERE clause over `c`. */
  const page = (where: string) => {
    const rows = db.prepare(`SELECT ${pageColumns} FROM "Component" c LEFT JOIN "SolutionArea" sa ON sa.id = c.solutionAreaId WHERE ${where} ORDER BY c.name, c.id LIMIT ?`);
    const total = db.prepare(`SELECT COUNT(*) AS total FROM "Component" c WHERE ${where}`);
    return (params: unknown[], limit: number) => ({ organisation: organisation.get(), items: rows.all(...params, limit + 1), total: total.get(...params) });
  };
  const byKindAndLifecycle = page(`c.kind = ? AND c.lifecycle = ?`);
  const byTeam = page(`c.id IN (SELECT o.componentId FROM "ComponentOwner" o JOIN "Team" t ON t.id = o.teamId WHERE t.slug = ?)`);
  const byText = page(`(c.name LIKE ? OR c.slug LIKE ?)`);

  // Search: each kind's prefix and substring matches, 20 of each: the twelve LIKE scans a search of the
  // database takes. The server answers from its in-memory index instead (SearchIndex), so here the API may beat the driver.
  const searched = [
    ["Component", `"kind"`],
    ["Team", `"type"`],
    ["BoundedContext", `"subdomainType"`],
    ["Repository", `"kind"`],
  ].map(([table, detail]) => db.prepare(`SELECT id, slug, name, ${detail} AS detail FROM "${table}" WHERE name LIKE ? OR slug LIKE ? ORDER BY name LIMIT ?`));
  const searchedAreas = db.prepare(`SELECT id, slug, name, kind FROM "SolutionArea" WHERE (name LIKE ? OR slug LIKE ?) AND kind <> 'bounded-context' ORDER BY name LIMIT ?`);
  const searchedNamespaces = db.prepare(
    `SELECT n.id, n.slug, n.name, c.name AS cluster, e.name AS environment FROM "Namespace" n JOIN "Cluster" c ON c.id = n.clusterId JOIN "Environment" e ON e.id = n.environmentId WHERE n.name LIKE ? OR n.slug LIKE ? ORDER BY n.name LIMIT ?`,
  );

  // An entity page: the component, its repositories, namespaces, dependencies and dependents (100 each at most).
  const component = db.prepare(`SELECT ${pageColumns}, c.description, c.version, c.createdAt, c.updatedAt FROM "Component" c LEFT JOIN "SolutionArea" sa ON sa.id = c.solutionAreaId WHERE c.slug = ?`);
  const repositories = db.prepare(`SELECT r.slug, r.name, r.kind, r.url FROM "RepositoryComponent" l JOIN "Repository" r ON r.id = l.repositoryId WHERE l.componentId = ? ORDER BY r.name LIMIT 100`);
  const namespaces = db.prepare(
    `SELECT n.slug, n.name, n.meshMembership, n.deployMethod, c.slug AS clusterSlug, c.name AS clusterName, e.slug AS environmentSlug, e.name AS environmentName, e.rank FROM "Deployment" d JOIN "Namespace" n ON n.id = d.namespaceId JOIN "Cluster" c ON c.id = n.clusterId JOIN "Environment" e ON e.id = n.environmentId WHERE d.componentId = ? ORDER BY n.name LIMIT 100`,
  );
  const related = (join: string, match: string) =>
    db.prepare(
      `SELECT x.style, c.slug, c.name, c.kind, (SELECT json_group_array(json_object('slug', t.slug, 'name', t.name)) FROM "ComponentOwner" o JOIN "Team" t ON t.id = o.teamId WHERE o.componentId = c.id) AS owners FROM "ComponentDependency" x JOIN "Component" c ON c.id = x.${join} WHERE x.${match} = ? ORDER BY c.name LIMIT 100`,
    );
  const dependencies = related("dependencyId", "dependentId");
  const dependents = related("dependentId", "dependencyId");

  return {
    componentPage: {
      kindAndLifecycle: (kind: string, lifecycle: string) => byKindAndLifecycle([kind, lifecycle], 50),
      team: (teamSlug: string) => byTeam([teamSlug], 50),
      text: (q: string) => byText([`%${q}%`, `%${q}%`], 50),
    },
    search: (q: string) => {
      const run = (statement: Database.Statement) => [statement.all(`${q}%`, `${q}%`, 20), statement.all(`%${q}%`, `%${q}%`, 20)];
      return [...searched.flatMap(run), ...run(searchedAreas), ...run(searchedNamespaces)];
    },
    componentEntity: (slug: string) => {
      const row = component.get(slug) as { id: string } | undefined;
      if (!row) throw new Error(`No component ${slug}.`);
      return { organisation: organisation.get(), row, repositories: repositories.all(row.id), namespaces: namespaces.all(row.id), dependencies: dependencies.all(row.id), dependents: dependents.all(row.id) };
    },
    /** Slugs to vary the requests over: evenly spread, so no single row stays hot. */
    sample: (table: "Component" | "Team", count: number): string[] => {
      const slugs = (db.prepare(`SELECT slug FROM "${table}" ORDER BY slug`).all() as { slug: string }[]).map((row) => row.slug);
      return Array.from({ length: count }, (_, i) => slugs[Math.floor((i * slugs.length) / count)]!);
    },
    close: () => db.close(),
  };
}
