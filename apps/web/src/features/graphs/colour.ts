import { COMPONENT_KIND_LABELS, DEPLOY_METHOD_LABELS, MESH_MEMBERSHIP_LABELS, OWNERSHIP_MODE_LABELS, REPOSITORY_KIND_LABELS, SUBDOMAIN_TYPE_LABELS } from "@topograph/domain";
import { labelOf } from "../../lib/labels.ts";
import type { TGraph, TGraphNode } from "./graph-types.ts";
import { NODE_KIND_LABELS } from "./node-caption.ts";

export const COLOUR_BYS = ["team", "kind", "ownership-mode", "subdomain", "mesh", "deploy-method", "none"] as const;
export type TColourBy = (typeof COLOUR_BYS)[number];

export const COLOUR_BY_LABELS: Record<TColourBy, string> = {
  team: "Team",
  kind: "Kind",
  "ownership-mode": "Ownership mode",
  subdomain: "Subdomain type",
  mesh: "Mesh membership",
  "deploy-method": "Deploy method",
  none: "No colour",
};

/** Distinct, colour-blind-friendlier hues (Tableau 10 plus two), readable as a stripe and as a tint. */
export const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#8cd17d", "#499894", "#d37295"] as const;
export const OTHER_COLOUR = "#a0a7b1";

/** Vocabulary values keep one colour in every view, so "strong ownership" always looks the same. */
const FIXED: Record<string, string> = {
  strong: "#6a4c93",
  collective: "#2a9d8f",
  core: "#c0392b",
  supporting: "#2e86de",
  generic: "#95a5a6",
  sidecar: "#2e86de",
  sidecarless: "#48b1bf",
  outside: "#e67e22",
  "control-plane": "#6a4c93",
  "gitops-auto-sync": "#27ae60",
  "manual-helmfile": "#f39c12",
  "ciops-push": "#c0392b",
};

interface TValue {
  value: string;
  label: string;
}

/** The value a node has for a colouring, with its readable label; undefined when it has none. */
export function colourValue(node: TGraphNode, colourBy: TColourBy, teamName: (slug: string) => string | undefined = () => undefined): TValue | undefined {
  const { facets } = node;
  switch (colourBy) {
    case "team":
      return facets.team ? { value: facets.team, label: teamName(facets.team) ?? facets.team } : undefined;
    case "kind":
      if (node.kind === "component" && facets.componentKind) return { value: `component:${facets.componentKind}`, label: labelOf(COMPONENT_KIND_LABELS, facets.componentKind) };
      if (node.kind === "repository" && facets.repositoryKind) return { value: `repository:${facets.repositoryKind}`, label: `${labelOf(REPOSITORY_KIND_LABELS, facets.repositoryKind)} repository` };
      return { value: node.kind, label: NODE_KIND_LABELS[node.kind] };
    case "ownership-mode":
      return facets.ownershipMode ? { value: facets.ownershipMode, label: labelOf(OWNERSHIP_MODE_LABELS, facets.ownershipMode) } : undefined;
    case "subdomain":
      return facets.subdomainType ? { value: facets.subdomainType, label: labelOf(SUBDOMAIN_TYPE_LABELS, facets.subdomainType) } : undefined;
    case "mesh":
      return facets.meshMembership ? { value: facets.meshMembership, label: labelOf(MESH_MEMBERSHIP_LABELS, facets.meshMembership) } : undefined;
    case "deploy-method":
      return facets.deployMethod ? { value: facets.deployMethod, label: labelOf(DEPLOY_METHOD_LABELS, facets.deployMethod) } : undefined;
    case "none":
      return undefined;
  }
}

export interface TLegendEntry {
  value: string;
  label: string;
  colour: string;
  count: number;
}

export interface TColouring {
  colourOf: (node: TGraphNode) => string | undefined;
  legend: TLegendEntry[];
}

/** At most this many values get their own colour; the rest share "Other". */
export const MAX_COLOURS = PALETTE.length;

/**
 * Colours for one colouring of a graph. Vocabulary values have fixed colours; other values (teams)
 * take palette colours in order of first appearance, the most frequent first when there are more
 * values than colours, and the rest share grey under "Other".
 */
export function colourGraph(graph: TGraph, colourBy: TColourBy, teamName?: (slug: string) => string | undefined): TColouring {
  const values = new Map<string, TValue & { count: number; first: number }>();
  const valueOf = new Map<string, string>();
  graph.nodes.forEach((node, index) => {
    const v = colourValue(node, colourBy, teamName);
    if (!v) return;
    valueOf.set(node.id, v.value);
    const entry = values.get(v.value);
    if (entry) entry.count++;
    else values.set(v.value, { ...v, count: 1, first: index });
  });
  const ranked = [...values.values()].sort((a, b) => (values.size > MAX_COLOURS ? b.count - a.count : 0) || a.first - b.first);
  const coloured = values.size > MAX_COLOURS ? ranked.slice(0, MAX_COLOURS - 1) : ranked;
  const colours = new Map<string, string>();
  let next = 0;
  const fixed: Record<string, string> = colourBy === "team" ? {} : FIXED;
  for (const entry of coloured) colours.set(entry.value, fixed[entry.value] ?? PALETTE[next++ % PALETTE.length]!);
  const legend: TLegendEntry[] = coloured.map((entry) => ({ value: entry.value, label: entry.label, colour: colours.get(entry.value)!, count: entry.count })).sort((a, b) => values.get(a.value)!.first - values.get(b.value)!.first);
  const others = ranked.slice(coloured.length);
  if (others.length > 0) legend.push({ value: "", label: `Other (${others.length} more)`, colour: OTHER_COLOUR, count: others.reduce((sum, e) => sum + e.count, 0) });
  return {
    colourOf: (node) => {
      const value = valueOf.get(node.id);
      return value === undefined ? undefined : (colours.get(value) ?? OTHER_COLOUR);
    },
    legend,
  };
}

/** The colourings that tell something in this graph: at least one node has a value. */
export function availableColourings(graph: TGraph): TColourBy[] {
  return COLOUR_BYS.filter((c) => c === "none" || graph.nodes.some((node) => colourValue(node, c) !== undefined));
}
