import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { collapseGroups } from "./collapse.ts";
import type { TGraph } from "./graph-types.ts";
import { GraphView } from "./GraphView.tsx";
import { groupGraph } from "./grouping.ts";
import { layoutInWorker, warmUpLayout } from "./layout/layout-client.ts";
import { chooseStrategy } from "./layout/layout.ts";
import type { TLayoutStrategy } from "./layout/layout-types.ts";
import { layoutRequestOf } from "./layout-request.ts";
import { SYNTHETIC_SHAPES, syntheticGraph, type TSyntheticShape } from "./synthetic-graph.ts";
import { rememberLayout } from "./use-graph-layout.ts";
import type { TGraphViewState } from "./url-state.ts";
import { catalogView } from "./views.ts";

const SIZES = [500, 1000, 2500, 5000, 10_000];
const STRATEGIES = ["auto", "elk-detailed", "elk-fast", "quick"] as const;
const RUNS = 3;

interface TResult {
  shape: TSyntheticShape;
  nodes: number;
  edges: number;
  boxes: number;
  strategy: TLayoutStrategy;
  generateMs: number;
  /** Per run: time in the worker and the full round trip from the page. */
  runs: { workerMs: number; roundTripMs: number }[];
  renderMs?: number;
}

const round = (ms: number) => Math.round(ms);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pause = () => new Promise((resolve) => setTimeout(resolve, 30));

/**
 * A hidden page (/graphs/benchmark) that measures the layout: it builds a synthetic graph of the
 * chosen size in the browser, lays it out in the worker a few times, then draws it.
 * `?shape=ownership&nodes=5000&run=1` starts at once, for the end-to-end benchmark.
 */
export default function BenchmarkPage() {
  useDocumentTitle("Layout benchmark");
  const [params, setParams] = useSearchParams();
  const shape = (SYNTHETIC_SHAPES as readonly string[]).includes(params.get("shape") ?? "") ? (params.get("shape") as TSyntheticShape) : "ownership";
  const nodes = Number(params.get("nodes")) || 5000;
  const strategyParam = params.get("strategy") ?? "auto";
  const forced = (STRATEGIES as readonly string[]).includes(strategyParam) && strategyParam !== "auto" ? (strategyParam as TLayoutStrategy) : undefined;
  const [status, setStatus] = useState("Ready.");
  const [result, setResult] = useState<TResult | null>(null);
  const [graph, setGraph] = useState<TGraph | undefined>(undefined);
  const renderStarted = useRef(0);
  const config = catalogView(shape === "ownership" ? "ownership" : "dependencies")!;
  const defaults = useMemo<TGraphViewState>(() => ({ groupBy: config.defaultGroupBy, colourBy: config.defaultColourBy, collapsed: [], tab: "diagram" }), [config]);
  const [state, setState] = useState(defaults);

  useEffect(() => warmUpLayout(), []);

  const run = useCallback(async () => {
    setGraph(undefined);
    setResult(null);
    setStatus(`Generating a ${shape} graph of ${nodes.toLocaleString()} nodes…`);
    await pause();
    const generated = performance.now();
    const synthetic = syntheticGraph(shape, nodes);
    const generateMs = performance.now() - generated;
    const request = layoutRequestOf(collapseGroups(groupGraph(synthetic, defaults.groupBy), new Set()), config.direction);
    const strategy = forced ?? chooseStrategy(request);
    const runs: TResult["runs"] = [];
    for (let i = 0; i < RUNS; i++) {
      setStatus(`Laying out ${request.boxes.length.toLocaleString()} nodes (${strategy}), run ${i + 1} of ${RUNS}…`);
      const timed = await layoutInWorker(request, { strategy });
      runs.push({ workerMs: timed.workerMilliseconds, roundTripMs: timed.roundTripMilliseconds });
      if (i === RUNS - 1) rememberLayout(request, timed);
    }
    setResult({ shape, nodes: synthetic.nodes.length, edges: synthetic.edges.length, boxes: request.boxes.length, strategy, generateMs, runs });
    setStatus("Drawing…");
    setState(defaults);
    renderStarted.current = performance.now();
    setGraph(synthetic);
  }, [shape, nodes, forced, defaults, config.direction]);

  // Time from handing the graph to the view until React Flow has put nodes on the screen.
  useEffect(() => {
    if (!graph) return;
    let frame = 0;
    const check = () => {
      if (document.querySelector(".react-flow__node")) {
        const renderMs = performance.now() - renderStarted.current;
        setResult((current) => (current ? { ...current, renderMs } : current));
        setStatus("Done.");
      } else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [graph]);

  const autoRun = params.get("run") === "1";
  useEffect(() => {
    if (autoRun) void run();
  }, [autoRun, run]);

  const set = (name: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(name, value);
      next.delete("run");
      return next;
    });

  return (
    <div className="graph-page">
      <PageHeader eyebrow="Graphs" title="Layout benchmark" description="Builds a synthetic graph in the browser, lays it out in the layout worker (three runs) and draws it. Not linked from the app." />
      <div className="graph-filters" role="group" aria-label="Benchmark settings">
        <div className="graph-control">
          <label htmlFor="bench-shape">Graph</label>
          <select id="bench-shape" className="select select--small" value={shape} onChange={(event) => set("shape", event.target.value)}>
            {SYNTHETIC_SHAPES.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </div>
        <div className="graph-control">
          <label htmlFor="bench-nodes">Nodes</label>
          <select id="bench-nodes" className="select select--small" value={nodes} onChange={(event) => set("nodes", event.target.value)}>
            {[...new Set([...SIZES, nodes])].map((value) => (
              <option key={value} value={value}>
                {value.toLocaleString()}
              </option>
            ))}
          </select>
        </div>
        <div className="graph-control">
          <label htmlFor="bench-strategy">Layout</label>
          <select id="bench-strategy" className="select select--small" value={strategyParam} onChange={(event) => set("strategy", event.target.value)}>
            {STRATEGIES.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--primary button--small" onClick={() => void run()}>
          Run
        </button>
        <span role="status" className="subtle">
          {status}
        </span>
      </div>
      {result ? (
        <dl
          className="benchmark-result"
          data-testid="benchmark-result"
          data-nodes={result.nodes}
          data-strategy={result.strategy}
          data-layout-ms={round(median(result.runs.map((r) => r.roundTripMs)))}
          data-worker-ms={round(median(result.runs.map((r) => r.workerMs)))}
          data-first-layout-ms={round(result.runs[0]!.roundTripMs)}
          data-render-ms={result.renderMs === undefined ? "" : round(result.renderMs)}
        >
          <div>
            <dt>Graph</dt>
            <dd>
              {result.shape}: {result.nodes.toLocaleString()} nodes, {result.edges.toLocaleString()} edges ({result.boxes.toLocaleString()} boxes drawn), generated in {round(result.generateMs)} ms
            </dd>
          </div>
          <div>
            <dt>Layout ({result.strategy})</dt>
            <dd>
              {result.runs.map((r, i) => `run ${i + 1}: ${round(r.roundTripMs)} ms (worker ${round(r.workerMs)} ms)`).join(" · ")}; median {round(median(result.runs.map((r) => r.roundTripMs)))} ms
            </dd>
          </div>
          <div>
            <dt>First drawing</dt>
            <dd>{result.renderMs === undefined ? "…" : `${round(result.renderMs)} ms after the layout`}</dd>
          </div>
        </dl>
      ) : null}
      {graph ? (
        <GraphView config={config} graph={graph} loading={false} error={null} state={state} onStateChange={(change) => setState((current) => ({ ...current, ...change }))} fileName="topograph-benchmark" />
      ) : null}
    </div>
  );
}
