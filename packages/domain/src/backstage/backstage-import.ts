import { ZBoundedContextCreateSchema, ZContextRelationshipCreateSchema, type TContextRelationshipCreate } from "../catalog/bounded-context.ts";
import { ZComponentCreateSchema, type TComponentCreate, type TDependencyStyle } from "../catalog/component.ts";
import type { TCatalogData } from "../demo/demo-organisation.ts";
import { namespaceSlug, ZNamespaceCreateSchema } from "../catalog/namespace.ts";
import { ZOrganisationUpdateSchema } from "../catalog/organisation.ts";
import { ZRepositoryCreateSchema, type TRepositoryCreate } from "../catalog/repository.ts";
import { ZClusterCreateSchema, ZEnvironmentCreateSchema } from "../catalog/runtime.ts";
import { ZSolutionAreaCreateSchema } from "../catalog/solution-area.ts";
import { ZTeamCreateSchema, ZTeamMemberSchema, type TTeamCreate } from "../catalog/team.ts";
import { ZTeamInteractionSchema, type TTeamInteraction } from "../catalog/team-interaction.ts";
import type { TYamlProblem } from "../scorecards/scorecard-yaml.ts";
import { BackstageEntity, readBackstageEntities, type TBackstageFile, type TYamlPath } from "./backstage-documents.ts";
import {
  BACKSTAGE_ANNOTATIONS as B,
  BACKSTAGE_RESOURCE_TYPES,
  COMPONENT_KIND_BY_BACKSTAGE_TYPE,
  DEFAULT_BACKSTAGE_RUNTIME,
  parseEntityRef,
  slugOfEntityName,
  splitAnnotationList,
  TOPOGRAPH_ANNOTATIONS as T,
} from "./backstage-vocabulary.ts";

/** The catalog a set of Backstage files describes, ready to be written in one transaction. */
export type TImportedCatalog = Omit<TCatalogData, "organisation" | "checklistAnswers" | "decisions"> & {
  /** Only the settings the files state (a Group of type organization); null when none does. */
  organisation: Partial<TCatalogData["organisation"]> | null;
  /**
   * Entries the files only imply (a cluster a namespace names, a namespace named by an annotation,
   * a repository named by a source location): created when missing, never overwritten.
   */
  implied: { environments: string[]; clusters: string[]; namespaces: string[]; repositories: string[] };
};

/** A `kind: Location` target, for the caller to read (only the caller does I/O). */
export interface TBackstageLocation {
  file: string;
  target: string;
  type: string;
}

/** An entity the model has no place for, and why; reported, not a problem. */
export interface TSkippedEntity {
  file: string;
  line: number;
  kind: string;
  name: string;
  reason: string;
}

export type TBackstageImport =
  | { ok: true; catalog: TImportedCatalog; locations: TBackstageLocation[]; skipped: TSkippedEntity[] }
  | { ok: false; problems: TYamlProblem[]; locations: TBackstageLocation[] };

const SYSTEM_FIELDS = { name: ["metadata", "title"], slug: ["metadata", "name"], purpose: ["metadata", "description"], description: ["metadata", "description"] } as const;
const annotationPath = (key: string): TYamlPath => ["metadata", "annotations", key];

/** Reads a JSON-valued annotation, reporting unreadable JSON at the annotation. */
function jsonAnnotation(entity: BackstageEntity, key: string, problems: TYamlProblem[]): unknown {
  const text = entity.annotation(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    problems.push(entity.problem(annotationPath(key), "The annotation must hold JSON."));
    return undefined;
  }
}

/** Slugs from a list annotation when present, else undefined so the caller falls back to Backstage fields. */
const listAnnotation = (entity: BackstageEntity, key: string) => {
  const value = entity.annotation(key);
  return value === undefined ? undefined : splitAnnotationList(value).map(slugOfEntityName);
};

/** `url:https://…/tree/main/` as the repository URL `https://…`. */
function repositoryUrl(location: string): string {
  return location
    .replace(/^url:/, "")
    .replace(/\/(tree|blob|-\/tree)\/.*$/, "")
    .replace(/\/+$/, "");
}

/** Adds a value to the list a map holds under a key. */
function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** The slug an entity reference (`kind:namespace/name`, or just a name) names. */
const slugOfRef = (ref: string) => slugOfEntityName(parseEntityRef(ref).name);

/**
 * Each team's members, in the order the files list users: a user is a member through its
 * spec.memberOf or through the group's spec.members. Indexed once, as a search per team is
 * teams × users (3.6 million reference parses at 800 teams and 4,470 users).
 */
function usersByTeam(users: readonly BackstageEntity[], teamGroups: readonly BackstageEntity[]): Map<string, BackstageEntity[]> {
  const namingGroups = new Map<string, string[]>();
  for (const group of teamGroups) for (const user of group.list(["spec", "members"]).map(slugOfRef)) append(namingGroups, user, group.slug);
  const members = new Map<string, BackstageEntity[]>();
  for (const user of users) {
    for (const team of new Set([...(namingGroups.get(user.slug) ?? []), ...user.list(["spec", "memberOf"]).map(slugOfRef)])) append(members, team, user);
  }
  return members;
}

/**
 * Maps Backstage descriptor files onto Topograph's catalog. Every problem names file, line,
 * column and field; the catalog is returned only when there are none (all or nothing).
 */
export function importBackstageFiles(files: readonly TBackstageFile[]): TBackstageImport {
  const { entities, problems } = readBackstageEntities(files);
  const locations = locationsOf(entities);
  const skipped: TSkippedEntity[] = [];
  const skip = (entity: BackstageEntity, reason: string) => {
    const at = entity.problem([], "");
    skipped.push({ file: entity.file, line: at.line, kind: entity.kind, name: entity.name, reason });
  };

  const byKind = (kind: string) => entities.filter((e) => e.kind.toLowerCase() === kind);
  for (const kind of new Set(entities.map((e) => e.kind.toLowerCase()))) {
    const seen = new Set<string>();
    for (const entity of byKind(kind)) {
      if (seen.has(entity.slug)) problems.push(entity.problem(["metadata", "name"], `Another ${entity.kind} in the files is also named "${entity.slug}".`));
      seen.add(entity.slug);
    }
  }

  const groups = byKind("group");
  const organisationGroups = groups.filter((g) => g.text(["spec", "type"])?.toLowerCase() === "organization");
  const organisationSlugs = new Set(organisationGroups.map((g) => g.slug));
  const teamGroups = groups.filter((g) => g.text(["spec", "type"])?.toLowerCase() === "team");
  for (const group of groups) if (!teamGroups.includes(group) && !organisationGroups.includes(group)) skip(group, `Groups of type "${group.text(["spec", "type"]) ?? ""}" have no Topograph counterpart; only teams and the organization are kept.`);

  /** Team slugs an owner reference stands for: none for the organisation, an error for a user. */
  const ownerTeams = (entity: BackstageEntity, path: TYamlPath): string[] => {
    const ref = entity.text(path);
    if (ref === undefined) return [];
    const { kind, name } = parseEntityRef(ref);
    if (kind !== null && kind !== "group") {
      problems.push(entity.problem(path, `The owner must be a Group (a Topograph team), not "${ref}".`));
      return [];
    }
    const slug = slugOfEntityName(name);
    return organisationSlugs.has(slug) ? [] : [slug];
  };

  // Organisation
  let organisation: TImportedCatalog["organisation"] = null;
  const [organisationGroup, ...otherOrganisations] = organisationGroups;
  for (const other of otherOrganisations) skip(other, "Topograph holds one organisation; the first Group of type organization is used.");
  if (organisationGroup) {
    const settings = {
      name: organisationGroup.text(["spec", "profile", "displayName"]) ?? organisationGroup.title,
      ...(organisationGroup.annotation(T.defaultOwnershipMode) ? { defaultOwnershipMode: organisationGroup.annotation(T.defaultOwnershipMode) } : {}),
      ...(organisationGroup.annotation(T.repositoryStrategy) ? { repositoryStrategy: organisationGroup.annotation(T.repositoryStrategy) } : {}),
    };
    organisation =
      organisationGroup.validate(ZOrganisationUpdateSchema.omit({ version: true }), settings, {
        name: ["metadata", "title"],
        defaultOwnershipMode: annotationPath(T.defaultOwnershipMode),
        repositoryStrategy: annotationPath(T.repositoryStrategy),
      }, problems) ?? null;
  }

  // Teams and their members (from User.spec.memberOf and Group.spec.members)
  const users = byKind("user");
  const membersByTeam = usersByTeam(users, teamGroups);
  const teams: TTeamCreate[] = [];
  for (const group of teamGroups) {
    const members = membersByTeam.get(group.slug) ?? [];
    const roles = (user: BackstageEntity) => jsonAnnotation(user, T.roles, problems) as Record<string, string> | undefined;
    const memberInputs = members.flatMap((user) => {
      const member = user.validate(
        ZTeamMemberSchema,
        { name: user.text(["spec", "profile", "displayName"]) ?? user.title, email: user.text(["spec", "profile", "email"]) ?? "", role: roles(user)?.[group.slug] ?? user.annotation(T.role) ?? "" },
        { name: ["spec", "profile", "displayName"], email: ["spec", "profile", "email"], role: annotationPath(T.role) },
        problems,
      );
      return member ? [member] : [];
    });
    if (memberInputs.length < members.length) continue;
    const team = group.validate(
      ZTeamCreateSchema,
      {
        slug: group.slug,
        name: group.text(["spec", "profile", "displayName"]) ?? group.title,
        type: group.annotation(T.teamType) ?? "stream-aligned",
        description: group.description,
        contactChannel: group.annotation(T.contactChannel) ?? "",
        members: memberInputs,
      },
      { ...SYSTEM_FIELDS, name: ["spec", "profile", "displayName"], type: annotationPath(T.teamType), contactChannel: annotationPath(T.contactChannel), members: ["spec", "members"] },
      problems,
    );
    if (team) teams.push(team);
  }
  const teamSlugs = new Set(teams.map((t) => t.slug));
  const teamInteractions: TTeamInteraction[] = [];
  for (const group of teamGroups) {
    const declared = jsonAnnotation(group, T.interactions, problems);
    if (declared === undefined) continue;
    if (!Array.isArray(declared)) {
      problems.push(group.problem(annotationPath(T.interactions), "The annotation must be a JSON list of { with, mode, description }."));
      continue;
    }
    for (const interaction of declared as { with?: unknown; mode?: unknown; description?: unknown }[]) {
      const parsed = group.validate(
        ZTeamInteractionSchema,
        { teamSlug: group.slug, withTeamSlug: interaction.with, mode: interaction.mode, description: interaction.description ?? "" },
        Object.fromEntries(["teamSlug", "withTeamSlug", "mode", "description"].map((f) => [f, annotationPath(T.interactions)])),
        problems,
      );
      if (parsed) teamInteractions.push(parsed);
    }
  }
  const namedByTeams = new Set(teamGroups.flatMap((g) => g.list(["spec", "members"]).map(slugOfRef)));
  for (const user of users) {
    const inTeam = user.list(["spec", "memberOf"]).some((ref) => teamSlugs.has(slugOfRef(ref))) || namedByTeams.has(user.slug);
    if (!inTeam) skip(user, "Users are kept as members of the teams they belong to; this one belongs to no team in the files.");
  }

  // Systems (and Domains without systems) → bounded contexts or other solution areas
  const systems = byKind("system");
  const domains = byKind("domain");
  const domainTitle = new Map(domains.map((d) => [d.slug, d.title]));
  const domainsWithSystems = new Set(systems.flatMap((s) => (s.text(["spec", "domain"]) ? [slugOfEntityName(parseEntityRef(s.text(["spec", "domain"])!).name)] : [])));
  for (const domain of domains) if (domainsWithSystems.has(domain.slug)) skip(domain, "Its systems are the bounded contexts; the domain's title is recorded in their purpose.");
  const contextSources = [...systems, ...domains.filter((d) => !domainsWithSystems.has(d.slug))];
  const boundedContexts: TCatalogData["boundedContexts"] = [];
  const solutionAreas: TCatalogData["solutionAreas"] = [];
  const contextRelationships: TContextRelationshipCreate[] = [];
  for (const source of contextSources) {
    const teamsOf = listAnnotation(source, T.teams) ?? ownerTeams(source, ["spec", "owner"]);
    const areaKind = source.annotation(T.solutionAreaKind) ?? "bounded-context";
    const teamsField = { teamSlugs: source.annotation(T.teams) === undefined ? ["spec", "owner"] : annotationPath(T.teams) } as const;
    if (areaKind !== "bounded-context") {
      const area = source.validate(
        ZSolutionAreaCreateSchema,
        { slug: source.slug, name: source.title, kind: areaKind, description: source.description, teamSlugs: teamsOf },
        { ...SYSTEM_FIELDS, ...teamsField, kind: annotationPath(T.solutionAreaKind) },
        problems,
      );
      if (area) solutionAreas.push(area);
      continue;
    }
    const domainRef = source.text(["spec", "domain"]);
    const domainName = domainRef ? domainTitle.get(slugOfEntityName(parseEntityRef(domainRef).name)) : undefined;
    const context = source.validate(
      ZBoundedContextCreateSchema,
      {
        slug: source.slug,
        name: source.title,
        purpose: domainName ? `${source.description}\n\nDomain: ${domainName}.`.trim() : source.description,
        subdomainType: source.annotation(T.subdomainType) ?? "supporting",
        complexity: source.annotation(T.complexity) ?? "complicated",
        teamSlugs: teamsOf,
      },
      { ...SYSTEM_FIELDS, ...teamsField, subdomainType: annotationPath(T.subdomainType), complexity: annotationPath(T.complexity) },
      problems,
    );
    if (context) boundedContexts.push(context);
    const upstream = jsonAnnotation(source, T.upstreamContexts, problems);
    if (upstream === undefined) continue;
    if (!Array.isArray(upstream)) {
      problems.push(source.problem(annotationPath(T.upstreamContexts), "The annotation must be a JSON list of { upstream, pattern, description }."));
      continue;
    }
    for (const relationship of upstream as { upstream?: unknown; pattern?: unknown; description?: unknown }[]) {
      const parsed = source.validate(
        ZContextRelationshipCreateSchema,
        { upstreamSlug: relationship.upstream, downstreamSlug: source.slug, pattern: relationship.pattern, description: relationship.description ?? "" },
        Object.fromEntries(["upstreamSlug", "downstreamSlug", "pattern", "description"].map((f) => [f, annotationPath(T.upstreamContexts)])),
        problems,
      );
      if (parsed) contextRelationships.push(parsed);
    }
  }

  // Resources: namespaces, clusters, environments, repositories; others are skipped
  const resources = byKind("resource");
  const resourcesOfType = (type: string) => resources.filter((r) => r.text(["spec", "type"]) === type);
  const environments: TCatalogData["environments"] = [];
  const clusters: TCatalogData["clusters"] = [];
  const namespaces: TCatalogData["namespaces"] = [];
  const repositories: TRepositoryCreate[] = [];
  const implied: TImportedCatalog["implied"] = { environments: [], clusters: [], namespaces: [], repositories: [] };
  for (const resource of resources) {
    if (!(Object.values(BACKSTAGE_RESOURCE_TYPES) as string[]).includes(resource.text(["spec", "type"]) ?? "")) skip(resource, `Resources of type "${resource.text(["spec", "type"]) ?? ""}" have no Topograph counterpart.`);
  }
  for (const environment of resourcesOfType(BACKSTAGE_RESOURCE_TYPES.environment)) {
    const rank = environment.annotation(T.rank);
    const parsed = environment.validate(
      ZEnvironmentCreateSchema,
      { slug: environment.slug, name: environment.title, rank: rank === undefined ? 0 : Number(rank), description: environment.description },
      { ...SYSTEM_FIELDS, rank: annotationPath(T.rank) },
      problems,
    );
    if (parsed) environments.push(parsed);
  }
  for (const cluster of resourcesOfType(BACKSTAGE_RESOURCE_TYPES.cluster)) {
    const parsed = cluster.validate(
      ZClusterCreateSchema,
      { slug: cluster.slug, name: cluster.title, provider: cluster.annotation(T.provider) ?? "", region: cluster.annotation(T.region) ?? "", description: cluster.description },
      { ...SYSTEM_FIELDS, provider: annotationPath(T.provider), region: annotationPath(T.region) },
      problems,
    );
    if (parsed) clusters.push(parsed);
  }
  /** Environments and clusters a namespace names but no file defines: created with their slug as name. */
  const ensureRuntime = (environmentSlug: string, clusterSlug: string) => {
    const title = (slug: string) => (slug === DEFAULT_BACKSTAGE_RUNTIME ? "Backstage" : slug);
    const description = "Created by a Backstage import for the namespaces that name it.";
    if (!environments.some((e) => e.slug === environmentSlug)) {
      environments.push({ slug: environmentSlug, name: title(environmentSlug), rank: 0, description });
      implied.environments.push(environmentSlug);
    }
    if (!clusters.some((c) => c.slug === clusterSlug)) {
      clusters.push({ slug: clusterSlug, name: title(clusterSlug), provider: "", region: "", description });
      implied.clusters.push(clusterSlug);
    }
  };
  for (const namespace of resourcesOfType(BACKSTAGE_RESOURCE_TYPES.namespace)) {
    const parsed = namespace.validate(
      ZNamespaceCreateSchema,
      {
        slug: namespace.slug,
        name: namespace.annotation(B.kubernetesNamespace) ?? namespace.name,
        clusterSlug: namespace.annotation(T.cluster) ?? DEFAULT_BACKSTAGE_RUNTIME,
        environmentSlug: namespace.annotation(T.environment) ?? DEFAULT_BACKSTAGE_RUNTIME,
        meshMembership: namespace.annotation(T.meshMembership) ?? "outside",
        deployMethod: namespace.annotation(T.deployMethod) ?? "gitops-auto-sync",
        description: namespace.description,
      },
      {
        ...SYSTEM_FIELDS,
        name: annotationPath(B.kubernetesNamespace),
        clusterSlug: annotationPath(T.cluster),
        environmentSlug: annotationPath(T.environment),
        meshMembership: annotationPath(T.meshMembership),
        deployMethod: annotationPath(T.deployMethod),
      },
      problems,
    );
    if (!parsed) continue;
    namespaces.push(parsed);
    ensureRuntime(parsed.environmentSlug, parsed.clusterSlug);
  }
  for (const repository of resourcesOfType(BACKSTAGE_RESOURCE_TYPES.repository)) {
    const location = repository.annotation(B.sourceLocation);
    const parsed = repository.validate(
      ZRepositoryCreateSchema,
      {
        slug: repository.slug,
        name: repository.title,
        url: location === undefined ? "" : location.replace(/^url:/, ""),
        kind: repository.annotation(T.repositoryKind) ?? "application",
        defaultBranch: repository.annotation(T.defaultBranch) ?? "main",
        branchModel: repository.annotation(T.branchModel) ?? "github-flow",
        description: repository.description,
        componentSlugs: listAnnotation(repository, T.components) ?? [],
      },
      {
        ...SYSTEM_FIELDS,
        url: annotationPath(B.sourceLocation),
        kind: annotationPath(T.repositoryKind),
        defaultBranch: annotationPath(T.defaultBranch),
        branchModel: annotationPath(T.branchModel),
        componentSlugs: annotationPath(T.components),
      },
      problems,
    );
    if (parsed) repositories.push(parsed);
  }

  /** The first repository of each URL, as components find theirs by URL. */
  const repositoryByUrl = new Map<string, TRepositoryCreate>();
  for (const repository of repositories) if (!repositoryByUrl.has(repository.url)) repositoryByUrl.set(repository.url, repository);

  /** The application repository a component's source location or GitHub slug names. */
  const applicationRepository = (component: BackstageEntity): string[] => {
    const location = component.annotation(B.sourceLocation);
    const project = component.annotation(B.githubProjectSlug);
    const url = location !== undefined ? repositoryUrl(location) : project !== undefined ? `https://github.com/${project}` : undefined;
    if (url === undefined) return [];
    const known = repositoryByUrl.get(url);
    if (known) return [known.slug!];
    const name = url.slice(url.lastIndexOf("/") + 1).replace(/\.git$/, "") || component.name;
    const path = location !== undefined ? annotationPath(B.sourceLocation) : annotationPath(B.githubProjectSlug);
    const parsed = component.validate(ZRepositoryCreateSchema, { slug: slugOfEntityName(name), name, url, kind: "application" }, { url: path, name: path, slug: path }, problems);
    if (!parsed) return [];
    repositories.push(parsed);
    if (!repositoryByUrl.has(url)) repositoryByUrl.set(url, parsed);
    implied.repositories.push(parsed.slug!);
    return [parsed.slug!];
  };

  /** Slugs of the namespaces so far, by Kubernetes name. */
  const namespacesByName = new Map<string, string[]>();
  const addNamespace = (namespace: TCatalogData["namespaces"][number]) => append(namespacesByName, namespace.name, namespace.slug!);
  namespaces.forEach(addNamespace);

  /** Namespaces a `backstage.io/kubernetes-namespace` annotation names: those in the files, else new ones. */
  const namespacesNamed = (component: BackstageEntity): string[] => {
    const name = component.annotation(B.kubernetesNamespace);
    if (name === undefined) return [];
    const declared = namespacesByName.get(name) ?? [];
    if (declared.length > 0) return declared;
    const clusterSlug = component.annotation(T.cluster) ?? DEFAULT_BACKSTAGE_RUNTIME;
    const environmentSlug = component.annotation(T.environment) ?? DEFAULT_BACKSTAGE_RUNTIME;
    const parsed = component.validate(
      ZNamespaceCreateSchema,
      { slug: namespaceSlug(clusterSlug, name), name, clusterSlug, environmentSlug, meshMembership: "outside", deployMethod: "gitops-auto-sync" },
      { name: annotationPath(B.kubernetesNamespace), slug: annotationPath(B.kubernetesNamespace), clusterSlug: annotationPath(T.cluster), environmentSlug: annotationPath(T.environment) },
      problems,
    );
    if (!parsed) return [];
    namespaces.push(parsed);
    addNamespace(parsed);
    implied.namespaces.push(parsed.slug!);
    ensureRuntime(environmentSlug, clusterSlug);
    return [parsed.slug!];
  };

  // APIs: not stored; a consumer depends (synchronously) on each component providing what it consumes
  const apis = byKind("api");
  for (const api of apis) skip(api, "APIs are not stored; components consuming it depend on the components providing it.");
  const componentEntities = byKind("component");
  const providers = new Map<string, string[]>();
  for (const c of componentEntities) for (const api of new Set(c.list(["spec", "providesApis"]).map(slugOfRef))) append(providers, api, c.slug);
  const providersOf = (apiRef: string) => providers.get(slugOfRef(apiRef)) ?? [];

  const components: TComponentCreate[] = [];
  for (const component of componentEntities) {
    const type = component.text(["spec", "type"]) ?? "";
    const kind = component.annotation(T.componentKind) ?? COMPONENT_KIND_BY_BACKSTAGE_TYPE[type];
    if (kind === undefined) {
      problems.push(component.problem(["spec", "type"], `Component type "${type}" has no Topograph kind; use service, website or library, or add the annotation ${T.componentKind}.`));
      continue;
    }
    const asyncDependencies = new Set(listAnnotation(component, T.asyncDependencies) ?? []);
    const style = (slug: string): TDependencyStyle => (asyncDependencies.has(slug) ? "async" : "sync");
    const dependsOn = component.list(["spec", "dependsOn"]).map(parseEntityRef).filter((ref) => ref.kind === "component" || ref.kind === null).map((ref) => slugOfEntityName(ref.name));
    const consumed = component.list(["spec", "consumesApis"]).flatMap(providersOf);
    const dependencySlugs = [...new Set([...dependsOn, ...consumed])].filter((slug) => slug !== component.slug);
    const labels = (jsonAnnotation(component, T.labels, problems) ?? component.value(["metadata", "labels"]) ?? {}) as Record<string, string>;
    const parsed = component.validate(
      ZComponentCreateSchema,
      {
        slug: component.slug,
        name: component.title,
        description: component.description,
        kind,
        lifecycle: component.text(["spec", "lifecycle"]),
        labels,
        ownershipMode: component.annotation(T.ownershipMode) ?? null,
        solutionAreaSlug: component.text(["spec", "system"]) === undefined ? null : slugOfEntityName(parseEntityRef(component.text(["spec", "system"])!).name),
        ownerTeamSlugs: listAnnotation(component, T.owners) ?? ownerTeams(component, ["spec", "owner"]),
        repositorySlugs: listAnnotation(component, T.repositories) ?? applicationRepository(component),
        namespaceSlugs: listAnnotation(component, T.namespaces) ?? namespacesNamed(component),
        dependencies: dependencySlugs.map((slug) => ({ componentSlug: slug, style: style(slug) })),
      },
      {
        ...SYSTEM_FIELDS,
        kind: component.annotation(T.componentKind) === undefined ? ["spec", "type"] : annotationPath(T.componentKind),
        lifecycle: ["spec", "lifecycle"],
        labels: component.annotation(T.labels) === undefined ? ["metadata", "labels"] : annotationPath(T.labels),
        ownershipMode: annotationPath(T.ownershipMode),
        solutionAreaSlug: ["spec", "system"],
        ownerTeamSlugs: component.annotation(T.owners) === undefined ? ["spec", "owner"] : annotationPath(T.owners),
        repositorySlugs: annotationPath(T.repositories),
        namespaceSlugs: annotationPath(T.namespaces),
        dependencies: ["spec", "dependsOn"],
      },
      problems,
    );
    if (parsed) components.push(parsed);
  }

  if (problems.length > 0) return { ok: false, problems: sortProblems(problems), locations };
  return {
    ok: true,
    catalog: { organisation, environments, clusters, namespaces, teams, teamInteractions, boundedContexts, contextRelationships, solutionAreas, repositories, components, implied },
    locations,
    skipped,
  };
}

function sortProblems(problems: TYamlProblem[]): TYamlProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Location targets in one file, so a caller can read them before importing everything together. */
export function backstageLocationTargets(file: TBackstageFile): TBackstageLocation[] {
  return locationsOf(readBackstageEntities([file]).entities);
}

function locationsOf(entities: BackstageEntity[]): TBackstageLocation[] {
  return entities
    .filter((e) => e.kind.toLowerCase() === "location")
    .flatMap((location) => [...location.list(["spec", "target"]), ...location.list(["spec", "targets"])].map((target) => ({ file: location.file, target, type: location.text(["spec", "type"]) ?? "url" })));
}

