import { stringify } from "yaml";
import type { TComponentCreate } from "../catalog/component.ts";
import { slugify } from "../catalog/slug.ts";
import type { TCatalogData } from "../demo/demo-organisation.ts";
import { BACKSTAGE_ANNOTATIONS as B, BACKSTAGE_API_VERSION, BACKSTAGE_RESOURCE_TYPES, BACKSTAGE_TYPE_BY_COMPONENT_KIND, COMPONENT_KIND_BY_BACKSTAGE_TYPE, TOPOGRAPH_ANNOTATIONS as T } from "./backstage-vocabulary.ts";

/** The catalog Backstage files carry: everything but practice answers and decisions. */
export type TBackstageCatalog = Omit<TCatalogData, "checklistAnswers" | "decisions">;

interface TEntity {
  apiVersion: string;
  kind: string;
  metadata: { name: string; title?: string; description?: string; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

/** Leaves out empty values so the files stay as short as Backstage authors write them. */
function annotations(values: Record<string, string | undefined>): Record<string, string> | undefined {
  const kept = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "");
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

function entity(kind: string, slug: string, title: string, description: string, notes: Record<string, string | undefined>, spec: Record<string, unknown>): TEntity {
  const metadata: TEntity["metadata"] = { name: slug, title };
  if (description) metadata.description = description;
  const kept = annotations(notes);
  if (kept) metadata.annotations = kept;
  return { apiVersion: BACKSTAGE_API_VERSION, kind, metadata, spec };
}

/** A list annotation only when Backstage's single owner cannot say it (not exactly one entry). */
const unlessSingle = (slugs: readonly string[]) => (slugs.length === 1 ? undefined : slugs.join(","));

/** Backstage user names: the address's local part, made unique. */
function userNames(emails: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const email of emails) {
    const base = email.split("@")[0]!.replace(/[^a-zA-Z0-9._-]+/g, "-").slice(0, 60) || "user";
    let name = base;
    for (let n = 2; taken.has(name); n += 1) name = `${base}-${n}`;
    taken.add(name);
    names.set(email, name);
  }
  return names;
}

/** The interactions a team declares, as the JSON annotation; none when it declares none. */
function interactionsOf(catalog: TBackstageCatalog, teamSlug: string): string | undefined {
  const declared = (catalog.teamInteractions ?? []).filter((i) => i.teamSlug === teamSlug).map((i) => ({ with: i.withTeamSlug, mode: i.mode, description: i.description }));
  return declared.length > 0 ? JSON.stringify(declared) : undefined;
}

function organisationName(catalog: TBackstageCatalog): string {
  const name = slugify(catalog.organisation.name) || "organisation";
  return catalog.teams.some((t) => t.slug === name) ? `${name}-organisation` : name;
}

function componentEntity(component: TComponentCreate, catalog: TBackstageCatalog, organisation: string): TEntity {
  const type = BACKSTAGE_TYPE_BY_COMPONENT_KIND[component.kind];
  const namespaceNames = [...new Set(component.namespaceSlugs.map((slug) => catalog.namespaces.find((n) => n.slug === slug)?.name))];
  const application = catalog.repositories.find((r) => r.kind === "application" && component.repositorySlugs.includes(r.slug!));
  const asyncDependencies = component.dependencies.filter((d) => d.style === "async").map((d) => d.componentSlug);
  const labels = Object.keys(component.labels).length > 0 ? JSON.stringify(component.labels) : undefined;
  return entity(
    "Component",
    component.slug!,
    component.name,
    component.description,
    {
      [T.componentKind]: COMPONENT_KIND_BY_BACKSTAGE_TYPE[type] === component.kind ? undefined : component.kind,
      [T.ownershipMode]: component.ownershipMode ?? undefined,
      [T.owners]: unlessSingle(component.ownerTeamSlugs),
      [T.labels]: labels,
      [T.repositories]: component.repositorySlugs.join(","),
      [T.namespaces]: component.namespaceSlugs.join(","),
      [T.asyncDependencies]: asyncDependencies.join(","),
      // Backstage's own annotations, for its Kubernetes and source plugins; Topograph reads its own above.
      [B.kubernetesNamespace]: namespaceNames.length === 1 ? namespaceNames[0] : undefined,
      [B.sourceLocation]: application ? `url:${application.url}` : undefined,
    },
    {
      type,
      lifecycle: component.lifecycle,
      owner: component.ownerTeamSlugs[0] ?? organisation,
      ...(component.solutionAreaSlug ? { system: component.solutionAreaSlug } : {}),
      ...(component.dependencies.length > 0 ? { dependsOn: component.dependencies.map((d) => `component:${d.componentSlug}`) } : {}),
    },
  );
}

/**
 * Writes the catalog as Backstage descriptors: the organisation and teams as Groups, members as
 * Users, bounded contexts and other solution areas as Systems, components as Components, and
 * environments, clusters, namespaces and repositories as Resources. What Backstage has no field
 * for travels in `topograph.io/*` annotations, so `importBackstageFiles` reads back the same catalog.
 */
export function catalogToBackstageYaml(catalog: TBackstageCatalog): string {
  const organisation = organisationName(catalog);
  const owned = (teamSlugs: readonly string[]) => teamSlugs[0] ?? organisation;
  const memberships = catalog.teams.flatMap((team) => team.members.map((member) => ({ team: team.slug!, member, key: member.email.toLowerCase() })));
  const emails = [...new Set(memberships.map((m) => m.key))];
  const userName = userNames(emails);

  const entities: TEntity[] = [
    entity(
      "Group",
      organisation,
      catalog.organisation.name,
      "",
      { [T.defaultOwnershipMode]: catalog.organisation.defaultOwnershipMode, [T.repositoryStrategy]: catalog.organisation.repositoryStrategy },
      { type: "organization", children: catalog.teams.map((t) => t.slug!) },
    ),
    ...catalog.teams.map((team) =>
      entity(
        "Group",
        team.slug!,
        team.name,
        team.description,
        { [T.teamType]: team.type, [T.contactChannel]: team.contactChannel, [T.interactions]: interactionsOf(catalog, team.slug!) },
        { type: "team", parent: organisation, children: [] },
      ),
    ),
    ...emails.map((email) => {
      const rows = memberships.filter((m) => m.key === email);
      const roles = Object.fromEntries(rows.map((m) => [m.team, m.member.role]));
      const sameRole = new Set(rows.map((m) => m.member.role)).size === 1;
      const { name, email: address } = rows[0]!.member;
      return entity(
        "User",
        userName.get(email)!,
        name,
        "",
        { [T.role]: sameRole ? rows[0]!.member.role : undefined, [T.roles]: sameRole ? undefined : JSON.stringify(roles) },
        { profile: { displayName: name, email: address }, memberOf: rows.map((m) => m.team) },
      );
    }),
    ...catalog.boundedContexts.map((context) => {
      const upstream = catalog.contextRelationships
        .filter((r) => r.downstreamSlug === context.slug)
        .map((r) => ({ upstream: r.upstreamSlug, pattern: r.pattern, description: r.description }));
      return entity(
        "System",
        context.slug!,
        context.name,
        context.purpose,
        {
          [T.subdomainType]: context.subdomainType,
          [T.complexity]: context.complexity,
          [T.teams]: unlessSingle(context.teamSlugs),
          [T.upstreamContexts]: upstream.length > 0 ? JSON.stringify(upstream) : undefined,
        },
        { owner: owned(context.teamSlugs) },
      );
    }),
    ...catalog.solutionAreas.map((area) =>
      entity("System", area.slug!, area.name, area.description, { [T.solutionAreaKind]: area.kind, [T.teams]: unlessSingle(area.teamSlugs) }, { owner: owned(area.teamSlugs) }),
    ),
    ...catalog.environments.map((environment) =>
      entity("Resource", environment.slug!, environment.name, environment.description, { [T.rank]: String(environment.rank) }, { type: BACKSTAGE_RESOURCE_TYPES.environment, owner: organisation }),
    ),
    ...catalog.clusters.map((cluster) =>
      entity("Resource", cluster.slug!, cluster.name, cluster.description, { [T.provider]: cluster.provider, [T.region]: cluster.region }, { type: BACKSTAGE_RESOURCE_TYPES.cluster, owner: organisation }),
    ),
    ...catalog.namespaces.map((namespace) =>
      entity(
        "Resource",
        namespace.slug!,
        namespace.name,
        namespace.description,
        {
          [B.kubernetesNamespace]: namespace.name,
          [T.cluster]: namespace.clusterSlug,
          [T.environment]: namespace.environmentSlug,
          [T.meshMembership]: namespace.meshMembership,
          [T.deployMethod]: namespace.deployMethod,
        },
        { type: BACKSTAGE_RESOURCE_TYPES.namespace, owner: organisation, dependsOn: [`resource:${namespace.clusterSlug}`] },
      ),
    ),
    ...catalog.repositories.map((repository) =>
      entity(
        "Resource",
        repository.slug!,
        repository.name,
        repository.description,
        {
          [B.sourceLocation]: `url:${repository.url}`,
          [T.repositoryKind]: repository.kind,
          [T.defaultBranch]: repository.defaultBranch,
          [T.branchModel]: repository.branchModel,
          [T.components]: repository.componentSlugs.join(","),
        },
        { type: BACKSTAGE_RESOURCE_TYPES.repository, owner: organisation },
      ),
    ),
    ...catalog.components.map((component) => componentEntity(component, catalog, organisation)),
  ];
  const header = "# Topograph catalog as Backstage descriptors. topograph.io/* annotations keep what Backstage has no field for.\n";
  return header + entities.map((e) => stringify(e, { lineWidth: 0 })).join("---\n");
}
