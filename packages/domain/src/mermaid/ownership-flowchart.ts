import { REPOSITORY_KIND_LABELS, type TRepositoryKind } from "../catalog/repository.ts";
import type { TGraph, TGraphNode } from "../graph/graph.ts";
import { ORGANISATION_GROUP } from "../graph/ownership-graph.ts";
import { mermaidEdge, mermaidNode, writeGroupedNodes } from "./flowchart.ts";
import { mermaidId, mermaidText } from "./escape.ts";

const branchOf = (repositoryId: string) => `${repositoryId}/branch`;
const ciOf = (repositoryId: string) => `${repositoryId}/ci`;
const cdOf = (repositoryId: string) => `${repositoryId}/cd`;

/** Decorates the groups of the ownership graph the way the article's diagrams title them. */
function groupTitle(graph: TGraph, groupId: string, label: string): string {
  if (groupId === ORGANISATION_GROUP) return `👥 ${label}`;
  const isMesh = graph.groups.find((g) => g.id === groupId)?.parentId !== undefined;
  return isMesh ? `⛵️ ${label}` : `⛅️ ${label}`;
}

/**
 * The ownership graph in the conventions of the article's polyrepo GitOps diagram (section 23-02):
 * a subgraph per repository holding its branch and pipelines; teams change a branch; an
 * application repository's CI pipeline hands over to the Kubernetes repository by webhook; its CD
 * pipeline auto-deploys into namespaces; teams deploy the mesh control plane by hand.
 */
export function ownershipGraphToMermaid(graph: TGraph): string {
  const repositories = graph.nodes.filter((n) => n.kind === "repository");
  const changedByTeam = new Set(graph.edges.filter((e) => e.kind === "changes").map((e) => e.target));
  const receivesWebhook = new Set(graph.edges.filter((e) => e.kind === "updates").map((e) => e.target));
  const isManifests = (node: TGraphNode) => node.facets.repositoryKind === "kubernetes";
  // A Kubernetes repository a team changes directly (the SRE team's) runs CI as well as CD.
  const hasCi = (node: TGraphNode) => !isManifests(node) || (changedByTeam.has(node.id) && !receivesWebhook.has(node.id));
  const hasCd = (node: TGraphNode) => isManifests(node);

  const lines = ["flowchart LR"];
  const nonRepository: TGraph = { ...graph, nodes: graph.nodes.filter((n) => n.kind !== "repository"), groups: graph.groups.map((g) => ({ ...g, label: groupTitle(graph, g.id, g.label) })) };
  lines.push(
    ...writeGroupedNodes(nonRepository, (node) => [mermaidNode(node.id, node.kind === "namespace" ? `${node.label} namespace${node.facets.meshMembership === "control-plane" ? " (⛵️ control plane)" : ""}` : node.label, node.kind === "namespace" ? ["(", ")"] : ["[", "]"])]),
  );
  for (const repository of repositories) {
    const kind = REPOSITORY_KIND_LABELS[repository.facets.repositoryKind as TRepositoryKind] ?? repository.facets.repositoryKind;
    lines.push(`  subgraph ${mermaidId(repository.id)}["🐱 ${mermaidText(`${repository.label} (${kind})`)}"]`, "    direction LR");
    lines.push(`    ${mermaidNode(branchOf(repository.id), "branch", ["(", ")"])}`);
    if (hasCi(repository)) lines.push(`    ${mermaidNode(ciOf(repository.id), "CI pipeline", ["(", ")"])}`);
    if (hasCd(repository)) lines.push(`    ${mermaidNode(cdOf(repository.id), "CD pipeline", ["(", ")"])}`);
    lines.push("  end");
  }

  const link = (from: string, to: string) => `  ${mermaidId(from)} -.- ${mermaidId(to)}`;
  for (const repository of repositories) {
    if (hasCi(repository)) lines.push(link(branchOf(repository.id), ciOf(repository.id)));
    if (hasCd(repository)) lines.push(hasCi(repository) ? `  ${mermaidId(ciOf(repository.id))} -.-> ${mermaidId(cdOf(repository.id))}` : link(branchOf(repository.id), cdOf(repository.id)));
  }
  for (const edge of graph.edges) {
    if (edge.kind === "changes") lines.push(`  ${mermaidEdge(edge.source, branchOf(edge.target), { label: "change" })}`);
    else if (edge.kind === "updates") lines.push(`  ${mermaidEdge(ciOf(edge.source), branchOf(edge.target), { label: "webhook", dotted: true })}`);
    else if (edge.kind === "deploys") {
      const source = graph.nodes.find((n) => n.id === edge.source);
      const from = source?.kind !== "repository" ? edge.source : hasCd(source) ? cdOf(source.id) : ciOf(source.id);
      const label = edge.label === "GitOps auto-sync" ? "auto-deploy" : edge.label === "Manual (Helmfile)" ? "manual deploy" : edge.label;
      lines.push(`  ${mermaidEdge(from, edge.target, { label, emphasis: edge.emphasis })}`);
    }
  }
  if (graph.hidden.nodes > 0) lines.push(`  %% ${graph.hidden.nodes} more nodes and ${graph.hidden.edges} more edges not shown`);
  return `${lines.join("\n")}\n`;
}
