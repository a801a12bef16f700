import { graphToMermaid, ownershipGraphToMermaid, type TGraph as TDomainGraph } from "@topograph/domain";
import type { TColourBy } from "./colour.ts";
import type { TGraph, TViewEdge } from "./graph-types.ts";
import type { TGroupBy } from "./grouping.ts";
import type { TLayoutDirection } from "./layout/layout-types.ts";
import type { TFilterName } from "./url-state.ts";

/** A line in the legend: what an edge of this kind (label, emphasis) means; drawn exactly like such edges. */
export interface TEdgeLegendEntry {
  sample: Pick<TViewEdge, "kind"> & Partial<Pick<TViewEdge, "label" | "emphasis">>;
  label: string;
}

/** Everything that makes one graph view different from another; the rest is the shared GraphView. */
export interface TGraphViewConfig {
  id: "ownership" | "organisation" | "context-map" | "dependencies" | "neighbourhood";
  title: string;
  description: string;
  direction: TLayoutDirection;
  defaultGroupBy: TGroupBy;
  defaultColourBy: TColourBy;
  edgeLegend: TEdgeLegendEntry[];
  toMermaid: (graph: TGraph) => string;
}

export interface TCatalogGraphViewConfig extends TGraphViewConfig {
  id: "ownership" | "organisation" | "context-map" | "dependencies";
  /** The tRPC procedure under `graph.` that builds it. */
  procedure: "ownership" | "organisation" | "contextMap" | "dependencies";
  filters: readonly TFilterName[];
  tabLabel: string;
}

// The API's graph is the domain's graph sent as JSON: the same shape.
const mermaidOf = (write: (graph: TDomainGraph) => string) => (graph: TGraph) => write(graph as TDomainGraph);

export const CATALOG_GRAPH_VIEWS: readonly TCatalogGraphViewConfig[] = [
  {
    id: "ownership",
    procedure: "ownership",
    tabLabel: "Ownership",
    title: "Ownership graph",
    description:
      "Who changes which repositories and how each reaches its namespaces: application CI updates the Kubernetes repository by webhook, GitOps syncs it into the cluster, the mesh control plane is deployed by hand. CIOps pushes are drawn bold red.",
    filters: ["teamSlug", "boundedContextSlug", "componentKind", "environmentSlug", "clusterSlug"],
    direction: "RIGHT",
    defaultGroupBy: "server",
    defaultColourBy: "team",
    toMermaid: mermaidOf(ownershipGraphToMermaid),
    edgeLegend: [
      { sample: { kind: "changes" }, label: "Team changes repository" },
      { sample: { kind: "updates" }, label: "CI updates Kubernetes repository (webhook)" },
      { sample: { kind: "deploys" }, label: "Deploys (label: deploy method)" },
      { sample: { kind: "deploys", emphasis: true }, label: "CIOps push: anti-pattern" },
    ],
  },
  {
    id: "organisation",
    procedure: "organisation",
    tabLabel: "Organisation",
    title: "Organisation map",
    description: "Which team answers for which solution area: one team per bounded context, client UI teams, the SRE team for the cross-cutting area. Areas with no team, or several, are called out.",
    filters: ["teamSlug", "boundedContextSlug"],
    direction: "RIGHT",
    defaultGroupBy: "server",
    defaultColourBy: "kind",
    toMermaid: mermaidOf(graphToMermaid),
    edgeLegend: [
      { sample: { kind: "answers-for" }, label: "Answers for" },
      { sample: { kind: "answers-for", emphasis: true }, label: "One of several teams on a bounded context" },
    ],
  },
  {
    id: "context-map",
    procedure: "contextMap",
    tabLabel: "Context map",
    title: "Context map",
    description: "Bounded contexts and their DDD relationships. Arrows run from upstream (U) to downstream (D); the label names the pattern (OHS open host service, ACL anticorruption layer, CF conformist, C/S customer/supplier, P partnership, SK shared kernel).",
    filters: ["teamSlug", "boundedContextSlug"],
    direction: "DOWN",
    defaultGroupBy: "none",
    defaultColourBy: "subdomain",
    toMermaid: mermaidOf(graphToMermaid),
    edgeLegend: [
      { sample: { kind: "context-relationship", label: "U OHS D" }, label: "Upstream → downstream, with pattern" },
      { sample: { kind: "context-relationship", label: "SK" }, label: "Partnership / shared kernel (no direction)" },
    ],
  },
  {
    id: "dependencies",
    procedure: "dependencies",
    tabLabel: "Dependencies",
    title: "Dependency graph",
    description: "Components and what they call or consume. Solid lines are synchronous calls, dashed ones asynchronous messages; dependencies that cross a team boundary are drawn bold red.",
    filters: ["teamSlug", "boundedContextSlug", "componentKind", "environmentSlug", "clusterSlug"],
    direction: "RIGHT",
    defaultGroupBy: "team",
    defaultColourBy: "team",
    toMermaid: mermaidOf(graphToMermaid),
    edgeLegend: [
      { sample: { kind: "depends-on", label: "sync" }, label: "Synchronous (RPC, REST)" },
      { sample: { kind: "depends-on", label: "async" }, label: "Asynchronous (events, queues)" },
      { sample: { kind: "depends-on", label: "sync", emphasis: true }, label: "Crosses a team boundary" },
    ],
  },
];

export const NEIGHBOURHOOD_VIEW: TGraphViewConfig = {
  id: "neighbourhood",
  title: "Neighbourhood",
  description: "An entry and everything related to it, a few steps out. Expand around a node (+) to add its neighbours, or centre on it (◎).",
  direction: "RIGHT",
  defaultGroupBy: "none",
  defaultColourBy: "kind",
  toMermaid: mermaidOf(graphToMermaid),
  edgeLegend: [
    { sample: { kind: "owned-by" }, label: "Belongs to, owned by, held in, runs in" },
    { sample: { kind: "depends-on", label: "sync" }, label: "Depends on (dashed: async)" },
    { sample: { kind: "depends-on", emphasis: true }, label: "Crosses a team boundary / CIOps" },
  ],
};

export const catalogView = (id: string | undefined) => CATALOG_GRAPH_VIEWS.find((view) => view.id === id);
