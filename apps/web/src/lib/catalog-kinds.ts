/**
 * Every kind of catalog entry the web app has pages for, with the words the UI uses for it and the
 * URL section its pages live under. Search kinds (`@topograph/domain` ENTITY_KINDS) are a subset.
 */
export const CATALOG_KINDS = {
  team: { section: "teams", singular: "team", plural: "Teams" },
  "solution-area": { section: "solution-areas", singular: "solution area", plural: "Solution areas" },
  "bounded-context": { section: "bounded-contexts", singular: "bounded context", plural: "Bounded contexts" },
  component: { section: "components", singular: "component", plural: "Components" },
  repository: { section: "repositories", singular: "repository", plural: "Repositories" },
  namespace: { section: "namespaces", singular: "namespace", plural: "Namespaces" },
  cluster: { section: "clusters", singular: "cluster", plural: "Clusters" },
  environment: { section: "environments", singular: "environment", plural: "Environments" },
} as const;

export type TCatalogKind = keyof typeof CATALOG_KINDS;

/** "solution area" → "Solution area", for headings and eyebrows. */
export function kindTitle(kind: TCatalogKind): string {
  const { singular } = CATALOG_KINDS[kind];
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}
