// @vitest-environment jsdom
/// <reference lib="dom" />
import mermaid from "mermaid";
import { beforeAll, describe, expect, it } from "vitest";
import { snapshotOf } from "../demo/demo-snapshot.ts";
import { buildContextMapGraph } from "../graph/context-map-graph.ts";
import { buildDependencyGraph } from "../graph/dependency-graph.ts";
import { GraphBuilder } from "../graph/graph.ts";
import { ZGraphFilterSchema } from "../graph/graph-filter.ts";
import { buildOrganisationGraph } from "../graph/organisation-graph.ts";
import { buildOwnershipGraph, ORGANISATION_GROUP } from "../graph/ownership-graph.ts";
import { mermaidText } from "./escape.ts";
import { graphToMermaid } from "./flowchart.ts";
import { ownershipGraphToMermaid } from "./ownership-flowchart.ts";

interface TParsedFlowchart {
  vertices: Map<string, { text: string }>;
  edges: { start: string; end: string; text: string }[];
  subgraphs: { title: string; nodes: string[] }[];
}

/** Parses with Mermaid's own parser and reads back what it understood. */
async function parse(text: string): Promise<TParsedFlowchart> {
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as { getVertices(): Map<string, { text: string }>; getEdges(): TParsedFlowchart["edges"]; getSubGraphs(): TParsedFlowchart["subgraphs"] };
  return { vertices: db.getVertices(), edges: db.getEdges(), subgraphs: db.getSubGraphs() };
}

const filter = (input: object = {}) => ZGraphFilterSchema.parse(input);
/** Text as Mermaid renders it: its parser keeps entity codes as placeholders (ﬂ°…¶ß) that rendering decodes. */
const decode = (text: string) =>
  new DOMParser().parseFromString(text.replace(/ﬂ°°/g, "&#").replace(/ﬂ°/g, "&").replace(/¶ß/g, ";"), "text/html").documentElement.textContent ?? "";

beforeAll(() => mermaid.initialize({ startOnLoad: false, securityLevel: "strict" }));

describe("Mermaid text escaping", () => {
  const hostile = [
    'Team "Quoted"',
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[brackets] (parens) {braces}",
    "日本語チーム マイクロサービスA",
    "semi; colon | pipe",
    "end",
    "%% not a comment",
    "Ampersand & #hash; `tick`",
    "line\nbreak",
  ];

  it("writes hostile names so that Mermaid parses them back unchanged, markup included as text", async () => {
    const graph = new GraphBuilder();
    graph.group(ORGANISATION_GROUP, hostile[0]!);
    hostile.forEach((label, i) => graph.node("team", `t${i}`, label, {}, ORGANISATION_GROUP));
    hostile.forEach((label, i) => graph.node("component", `c${i}`, label));
    hostile.forEach((label, i) => graph.edge(`team:t${i}`, `component:c${i}`, "owned-by", { label }));
    const text = graphToMermaid(graph.build());
    expect(text).not.toMatch(/<script|<img/);
    const parsed = await parse(text);
    expect([...parsed.vertices.values()].map((v) => decode(v.text))).toEqual([...hostile, ...hostile].map((h) => h.replace(/\s+/g, " ")));
    expect(parsed.edges.map((e) => decode(e.text))).toEqual(hostile.map((h) => h.replace(/\s+/g, " ")));
    expect(decode(parsed.subgraphs[0]!.title)).toBe(hostile[0]);
  });

  it("replaces only the characters that could break out of a quoted string", () => {
    expect(mermaidText('a "b" <c> & #d `e`')).toBe("a #quot;b#quot; #lt;c#gt; #amp; #35;d #96;e#96;");
    expect(mermaidText("  日本語\t(x) [y]  ")).toBe("日本語 (x) [y]");
  });
});

describe("Mermaid for every view", () => {
  it.each([
    ["organisation map", buildOrganisationGraph(snapshotOf(), filter())],
    ["context map", buildContextMapGraph(snapshotOf(), filter())],
    ["dependency graph", buildDependencyGraph(snapshotOf(), filter())],
    ["ownership graph (plain)", buildOwnershipGraph(snapshotOf(), filter())],
  ])("the %s parses with one vertex per node and one edge per relation", async (_name, graph) => {
    const parsed = await parse(graphToMermaid(graph));
    expect(parsed.vertices.size).toBe(graph.nodes.length);
    expect(parsed.edges).toHaveLength(graph.edges.length);
  });
});

describe("the demo's ownership diagram reproduces the article's polyrepo GitOps diagram (23-02)", async () => {
  const graph = buildOwnershipGraph(snapshotOf(), filter({ clusterSlug: "prd" }));
  const text = ownershipGraphToMermaid(graph);

  /** Names each vertex by its subgraph and text, e.g. "🐱 a-service (Application) / branch". */
  async function readBack() {
    const parsed = await parse(text);
    const container = new Map<string, string>();
    for (const subgraph of parsed.subgraphs) for (const id of subgraph.nodes) if (!container.has(id)) container.set(id, decode(subgraph.title));
    const name = (id: string) => {
      const vertex = decode(parsed.vertices.get(id)?.text ?? id);
      return container.get(id)?.startsWith("🐱") ? `${container.get(id)} / ${vertex}` : vertex;
    };
    return { parsed, edges: parsed.edges.map((e) => `${name(e.start)} -${decode(e.text)}-> ${name(e.end)}`), name };
  }

  it("has the article's subgraphs: organisation, one per repository, runtime and mesh", async () => {
    const { parsed } = await readBack();
    const titles = parsed.subgraphs.map((s) => decode(s.title));
    expect(titles).toEqual(
      expect.arrayContaining(["👥 Organisation", "⛅️ Production cluster", "⛵️ Service mesh", "🐱 a-service (Application)", "🐱 a-service-kubernetes (Kubernetes)", "🐱 sre-kubernetes (Kubernetes)"]),
    );
    expect(titles.filter((t) => t.startsWith("🐱"))).toHaveLength(11);
    const mesh = parsed.subgraphs.find((s) => decode(s.title) === "⛵️ Service mesh")!;
    expect(mesh.nodes.map((id) => decode(parsed.vertices.get(id)!.text)).sort()).toEqual(
      ["a-service", "b-service", "istio-egress", "istio-ingress", "x-bff", "x-frontend", "x-service"].map((n) => `${n} namespace`).sort(),
    );
    const runtime = parsed.subgraphs.find((s) => decode(s.title) === "⛅️ Production cluster")!;
    expect(runtime.nodes.map((id) => decode(parsed.vertices.get(id)?.text ?? "")).filter((t) => t.includes("namespace") && !mesh.nodes.some((m) => decode(parsed.vertices.get(m)!.text) === t))).toEqual(
      expect.arrayContaining(["istio-system namespace (⛵️ control plane)", "x-infra namespace"]),
    );
  });

  it("draws each microservice team's chain: change, branch, CI, webhook, Kubernetes branch, CD, auto-deploy", async () => {
    const { edges } = await readBack();
    expect(edges).toEqual(
      expect.arrayContaining([
        "Microservice team A -change-> 🐱 a-service (Application) / branch",
        "🐱 a-service (Application) / branch --> 🐱 a-service (Application) / CI pipeline",
        "🐱 a-service (Application) / CI pipeline -webhook-> 🐱 a-service-kubernetes (Kubernetes) / branch",
        "🐱 a-service-kubernetes (Kubernetes) / branch --> 🐱 a-service-kubernetes (Kubernetes) / CD pipeline",
        "🐱 a-service-kubernetes (Kubernetes) / CD pipeline -auto-deploy-> a-service namespace",
        "Frontend team X -change-> 🐱 x-frontend (Application) / branch",
        "🐱 x-bff-kubernetes (Kubernetes) / CD pipeline -auto-deploy-> x-bff namespace",
      ]),
    );
  });

  it("draws the SRE team's Kubernetes-only repository with CI and CD, and its manual Istio deploys", async () => {
    const { edges } = await readBack();
    expect(edges.filter((e) => e.startsWith("SRE team") || e.startsWith("🐱 sre-kubernetes"))).toEqual([
      "🐱 sre-kubernetes (Kubernetes) / branch --> 🐱 sre-kubernetes (Kubernetes) / CI pipeline",
      "🐱 sre-kubernetes (Kubernetes) / CI pipeline --> 🐱 sre-kubernetes (Kubernetes) / CD pipeline",
      "SRE team -change-> 🐱 sre-kubernetes (Kubernetes) / branch",
      "SRE team -manual deploy-> istio-system namespace (⛵️ control plane)",
      "SRE team -manual deploy-> istio-ingress namespace",
      "SRE team -manual deploy-> istio-egress namespace",
      "🐱 sre-kubernetes (Kubernetes) / CD pipeline -auto-deploy-> x-infra namespace",
    ]);
  });

  it("has exactly the article's edges: 6 changes, 5 webhooks, 6 auto-deploys, 3 manual deploys and the in-repository links", async () => {
    const { edges } = await readBack();
    const count = (label: string) => edges.filter((e) => e.includes(`-${label}->`)).length;
    expect([count("change"), count("webhook"), count("auto-deploy"), count("manual deploy")]).toEqual([6, 5, 6, 3]);
    expect(edges).toHaveLength(6 + 5 + 6 + 3 + 5 + 5 + 2);
  });
});
