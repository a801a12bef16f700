import { COMPONENT_KIND_LABELS, REPOSITORY_KIND_LABELS, SOLUTION_AREA_KIND_LABELS, SUBDOMAIN_TYPE_LABELS } from "@topograph/domain";
import { labelOf } from "../../lib/labels.ts";
import type { TGraphNode, TGraphNodeKind } from "./graph-types.ts";

export const NODE_KIND_LABELS: Record<TGraphNodeKind, string> = {
  team: "Team",
  "solution-area": "Solution area",
  "bounded-context": "Bounded context",
  component: "Component",
  repository: "Repository",
  namespace: "Namespace",
};

const MESH_SHORT: Record<string, string> = {
  sidecar: "in the mesh",
  sidecarless: "in the mesh (ambient)",
  outside: "outside the mesh",
  "control-plane": "mesh control plane",
};

/** The small line above a node's name: what it is, in the words of the catalog. */
export function nodeCaption(node: TGraphNode): string {
  const { facets } = node;
  switch (node.kind) {
    case "component":
      return facets.componentKind ? labelOf(COMPONENT_KIND_LABELS, facets.componentKind) : "Component";
    case "repository":
      return facets.repositoryKind ? `${labelOf(REPOSITORY_KIND_LABELS, facets.repositoryKind)} repository` : "Repository";
    case "bounded-context":
      return facets.subdomainType ? `Bounded context · ${labelOf(SUBDOMAIN_TYPE_LABELS, facets.subdomainType)}` : "Bounded context";
    case "solution-area":
      return facets.solutionAreaKind ? labelOf(SOLUTION_AREA_KIND_LABELS, facets.solutionAreaKind) : "Solution area";
    case "namespace":
      return facets.meshMembership ? `Namespace · ${MESH_SHORT[facets.meshMembership] ?? facets.meshMembership}` : "Namespace";
    case "team":
      return "Team";
  }
}
