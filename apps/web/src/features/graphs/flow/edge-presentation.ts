import { CONTEXT_RELATIONSHIP_PATTERN_INFO } from "@topograph/domain";
import type { TViewEdge } from "../graph-types.ts";

export const EMPHASIS_COLOUR = "#c62828";
const KIND_COLOURS: Record<TViewEdge["kind"], string> = {
  changes: "#5b6675",
  updates: "#7a8491",
  deploys: "#1d5fa6",
  "answers-for": "#5b6675",
  "context-relationship": "#5b3fa3",
  "depends-on": "#6b7685",
  "belongs-to": "#9aa3ae",
  "owned-by": "#9aa3ae",
  "held-by": "#9aa3ae",
  "runs-in": "#9aa3ae",
};

/** Words for relations that carry no label of their own; short, since they sit on the edge. */
const KIND_WORDS: Partial<Record<TViewEdge["kind"], string>> = {
  changes: "changes",
  "answers-for": "answers for",
  "belongs-to": "belongs to",
  "owned-by": "owned by",
  "held-by": "held in",
  "runs-in": "runs in",
};

/** Why an emphasised edge is drawn bold and red, as its tooltip. */
const EMPHASIS_REASONS: Partial<Record<TViewEdge["kind"], (text: string | undefined) => string>> = {
  deploys: (text) => (text === "CIOps push" ? "CIOps push: an anti-pattern on Kubernetes (CI pushes into the cluster)" : `${text ?? "Deployed"} without a Kubernetes repository`),
  "depends-on": () => "Crosses a team boundary",
  "answers-for": () => "Several teams answer for this bounded context",
};

/** Stroke of an edge, inline on its path: image export (html-to-image) does not carry stylesheet rules into SVG. */
export interface TEdgeStroke {
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
  strokeLinecap?: "round";
}

export interface TEdgePresentation {
  className: string;
  colour: string;
  line: TEdgeStroke;
  /** Mutual context-map patterns (partnership, shared kernel) have no direction to point. */
  arrow: boolean;
  /** Markers scale with the stroke, so bolder lines get smaller numbers for the same arrowhead. */
  arrowSize: number;
  text?: string;
  ends?: { source: string; target: string };
  title?: string;
}

const byAbbreviation = new Map(Object.values(CONTEXT_RELATIONSHIP_PATTERN_INFO).map((info) => [info.abbreviation, info]));

/** How an edge looks and what it says, from its kind, label and emphasis. */
export function presentEdge(edge: TViewEdge): TEdgePresentation {
  const classes = ["relation", `relation--${edge.kind}`];
  if (edge.emphasis) classes.push("relation--emphasis");
  if (edge.kind === "depends-on" && edge.label === "async") classes.push("relation--async");
  const colour = edge.emphasis ? EMPHASIS_COLOUR : KIND_COLOURS[edge.kind];
  const line: TEdgeStroke = {
    stroke: colour,
    strokeWidth: edge.emphasis ? 3.2 : edge.kind === "context-relationship" ? 2 : edge.kind === "deploys" ? 1.8 : 1.5,
    ...(edge.kind === "updates" ? { strokeDasharray: "2 4", strokeLinecap: "round" as const } : {}),
    ...(edge.kind === "depends-on" && edge.label === "async" ? { strokeDasharray: "7 5" } : {}),
  };
  const arrowSize = edge.emphasis ? 6 : edge.kind === "deploys" || edge.kind === "context-relationship" ? 10 : 13;
  const counted = (text: string | undefined) => (edge.count > 1 ? `${text ? `${text} ` : ""}×${edge.count}` : text);

  if (edge.kind === "context-relationship" && edge.label) {
    const directed = /^U (.+) D$/.exec(edge.label);
    const pattern = directed ? directed[1]! : edge.label;
    const info = byAbbreviation.get(pattern);
    return {
      className: classes.join(" "),
      colour,
      line,
      arrow: Boolean(directed),
      arrowSize,
      text: counted(pattern),
      ...(directed ? { ends: { source: "U", target: "D" } } : {}),
      title: `${info?.label ?? pattern}${directed ? " (upstream → downstream)" : ""}`,
    };
  }
  const text = edge.label ?? KIND_WORDS[edge.kind];
  const title = edge.emphasis ? EMPHASIS_REASONS[edge.kind]?.(text) : undefined;
  return { className: classes.join(" "), colour, line, arrow: true, arrowSize, text: counted(text), ...(title ? { title } : {}) };
}
