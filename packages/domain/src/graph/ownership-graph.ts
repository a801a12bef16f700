import { DEPLOY_METHOD_LABELS } from "../catalog/namespace.ts";
import { indexSnapshot, type TCatalogSnapshot, type TSnapshotNamespace } from "./catalog-snapshot.ts";
import { GraphBuilder, nodeId, type TGraph } from "./graph.ts";
import { filterComponents, namespaceMatches, type TGraphFilter } from "./graph-filter.ts";

export const ORGANISATION_GROUP = "group:organisation";
export const runtimeGroupId = (clusterSlug: string) => `group:cluster:${clusterSlug}`;
export const meshGroupId = (clusterSlug: string) => `group:mesh:${clusterSlug}`;

/** Repositories a team commits to directly; Kubernetes repositories are reached through them when present. */
const SOURCE_REPOSITORY_KINDS = new Set(["application", "terraform", "shared"]);

/**
 * The article's section 22–23 picture: teams change repositories; an application repository's CI
 * updates its Kubernetes repository; the Kubernetes repository is deployed into namespaces by GitOps
 * auto-sync; namespaces deployed by hand (Helmfile) are deployed by the owning team; CIOps pushes
 * go from the application repository and are emphasised as the anti-pattern they are.
 * Namespaces sit in their cluster's runtime, inside the mesh, as its control plane, or outside it.
 */
export function buildOwnershipGraph(snapshot: TCatalogSnapshot, filter: TGraphFilter): TGraph {
  const index = indexSnapshot(snapshot);
  const graph = new GraphBuilder();
  const components = filterComponents(snapshot, filter);
  graph.group(ORGANISATION_GROUP, "Organisation");

  const namespaceNode = (namespace: TSnapshotNamespace) => {
    const runtime = graph.group(runtimeGroupId(namespace.clusterSlug), namespace.clusterName);
    const inMesh = namespace.meshMembership === "sidecar" || namespace.meshMembership === "sidecarless";
    const groupId = inMesh ? graph.group(meshGroupId(namespace.clusterSlug), "Service mesh", runtime) : runtime;
    return graph.node(
      "namespace",
      namespace.slug,
      namespace.name,
      { meshMembership: namespace.meshMembership, deployMethod: namespace.deployMethod, cluster: namespace.clusterSlug, environment: namespace.environmentSlug },
      groupId,
    );
  };
  // Insertion order is the order a cap keeps: component by component, its teams, repositories and
  // namespaces together, so a capped graph still shows whole chains rather than only teams.
  for (const component of components) {
    for (const teamSlug of component.ownerSlugs) {
      const team = index.teams.get(teamSlug);
      if (team) graph.node("team", team.slug, team.name, { team: team.slug }, ORGANISATION_GROUP);
    }
    for (const repositorySlug of component.repositorySlugs) {
      const repository = index.repositories.get(repositorySlug);
      if (repository) graph.node("repository", repository.slug, repository.name, { repositoryKind: repository.kind, team: component.ownerSlugs[0] });
    }
    for (const namespaceSlug of component.namespaceSlugs) {
      const namespace = index.namespaces.get(namespaceSlug);
      if (namespace && namespaceMatches(namespace, filter)) namespaceNode(namespace);
    }
  }

  for (const component of components) {
    const teams = component.ownerSlugs.filter((slug) => index.teams.has(slug)).map((slug) => nodeId("team", slug));
    const repositories = component.repositorySlugs.flatMap((slug) => index.repositories.get(slug) ?? []);
    const sources = repositories.filter((r) => SOURCE_REPOSITORY_KINDS.has(r.kind)).map((r) => nodeId("repository", r.slug));
    const applications = repositories.filter((r) => r.kind === "application").map((r) => nodeId("repository", r.slug));
    const manifests = repositories.filter((r) => r.kind === "kubernetes").map((r) => nodeId("repository", r.slug));

    for (const team of teams) for (const repository of sources.length > 0 ? sources : manifests) graph.edge(team, repository, "changes");
    for (const application of applications) for (const manifest of manifests) graph.edge(application, manifest, "updates", { label: "webhook" });

    for (const namespaceSlug of component.namespaceSlugs) {
      const namespace = index.namespaces.get(namespaceSlug);
      if (!namespace || !namespaceMatches(namespace, filter)) continue;
      const target = nodeId("namespace", namespace.slug);
      const label = DEPLOY_METHOD_LABELS[namespace.deployMethod];
      if (namespace.deployMethod === "manual-helmfile") {
        for (const team of teams) graph.edge(team, target, "deploys", { label });
      } else if (namespace.deployMethod === "ciops-push") {
        for (const source of applications.length > 0 ? applications : teams) graph.edge(source, target, "deploys", { label, emphasis: true });
      } else if (manifests.length > 0) {
        for (const manifest of manifests) graph.edge(manifest, target, "deploys", { label });
      } else {
        graph.notes.push(`${component.name} is deployed to ${namespace.name} by GitOps but has no Kubernetes repository.`);
        for (const source of applications.length > 0 ? applications : teams) graph.edge(source, target, "deploys", { label, emphasis: true });
      }
    }
  }
  return graph.build(filter.maxNodes);
}
