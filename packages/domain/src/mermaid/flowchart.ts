import type { TGraph, TGraphEdge, TGraphNode, TGraphNodeKind } from "../graph/graph.ts";
import { mermaidId, mermaidText } from "./escape.ts";

/** Each kind keeps one shape across every diagram, so a reader learns them once. */
const SHAPES: Record<TGraphNodeKind, [string, string]> = {
  team: ["[", "]"],
  "solution-area": ["{{", "}}"],
  "bounded-context": ["([", "])"],
  component: ["[", "]"],
  repository: ["[(", ")]"],
  namespace: ["(", ")"],
};

export const mermaidNode = (id: string, label: string, [open, close]: [string, string] = ["[", "]"]) => `${mermaidId(id)}${open}"${mermaidText(label)}"${close}`;

/** `-->` plain, `==>` emphasised, `-.->` for a webhook-style hand-over; labels quoted. */
export function mermaidEdge(source: string, target: string, options: { label?: string; emphasis?: boolean; dotted?: boolean } = {}): string {
  const arrow = options.emphasis ? "==>" : options.dotted ? "-.->" : "-->";
  const label = options.label ? `|"${mermaidText(options.label)}"|` : "";
  return `${mermaidId(source)} ${arrow}${label} ${mermaidId(target)}`;
}

/** Writes groups as nested subgraphs holding their nodes, then everything outside any group. */
export function writeGroupedNodes(graph: TGraph, writeNode: (node: TGraphNode) => string[], indent = "  "): string[] {
  const lines: string[] = [];
  const nodesIn = (groupId: string | undefined) => graph.nodes.filter((n) => n.groupId === groupId);
  const write = (groupId: string, depth: number) => {
    const group = graph.groups.find((g) => g.id === groupId)!;
    const pad = indent.repeat(depth);
    lines.push(`${pad}subgraph ${mermaidId(group.id)}["${mermaidText(group.label)}"]`);
    for (const child of graph.groups.filter((g) => g.parentId === groupId)) write(child.id, depth + 1);
    for (const node of nodesIn(groupId)) lines.push(...writeNode(node).map((line) => `${pad}${indent}${line}`));
    lines.push(`${pad}end`);
  };
  for (const group of graph.groups.filter((g) => !g.parentId)) write(group.id, 1);
  for (const node of nodesIn(undefined)) lines.push(...writeNode(node).map((line) => `${indent}${line}`));
  return lines;
}

const edgeLine = (edge: TGraphEdge) => mermaidEdge(edge.source, edge.target, { label: edge.label, emphasis: edge.emphasis, dotted: edge.kind === "updates" });

/** The Mermaid flowchart of any graph: one node per entity, one arrow per relation. */
export function graphToMermaid(graph: TGraph): string {
  const lines = ["flowchart LR", ...writeGroupedNodes(graph, (node) => [mermaidNode(node.id, node.label, SHAPES[node.kind])])];
  for (const edge of graph.edges) lines.push(`  ${edgeLine(edge)}`);
  if (graph.hidden.nodes > 0) lines.push(`  %% ${graph.hidden.nodes} more nodes and ${graph.hidden.edges} more edges not shown`);
  return `${lines.join("\n")}\n`;
}
