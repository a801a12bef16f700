import { useEffect, useId, useMemo, useRef, useState } from "react";
import { downloadText } from "../../lib/download.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import type { TGraph } from "./graph-types.ts";

/** Above this many nodes the browser is asked before rendering: Mermaid lays out on the main thread. */
const RENDER_WITHOUT_ASKING = 250;

interface TMermaidPanelProps {
  graph: TGraph;
  toMermaid: (graph: TGraph) => string;
  fileName: string;
}

type TRender = { state: "idle" } | { state: "rendering" } | { state: "done"; svg: string } | { state: "failed"; message: string };

/** Loads mermaid only when a diagram is first rendered, with the strictest security level. */
async function renderMermaid(id: string, text: string): Promise<string> {
  const { default: mermaid } = await import("mermaid");
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", maxTextSize: 500_000, maxEdges: 5000, flowchart: { htmlLabels: true } });
  const { svg } = await mermaid.render(id, text);
  return svg;
}

/** The Mermaid text of the graph as filtered, to copy or download, and Mermaid's own rendering of it. */
export default function MermaidPanel({ graph, toMermaid, fileName }: TMermaidPanelProps) {
  const text = useMemo(() => toMermaid(graph), [graph, toMermaid]);
  const diagramId = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [render, setRender] = useState<TRender>({ state: "idle" });
  const [wanted, setWanted] = useState(graph.nodes.length <= RENDER_WITHOUT_ASKING);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const textRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    setRender({ state: "rendering" });
    renderMermaid(diagramId, text).then(
      (svg) => current && setRender({ state: "done", svg }),
      (error: unknown) => current && setRender({ state: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [text, wanted, diagramId]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("copied");
    } catch {
      // Without clipboard permission, select the text so Ctrl+C copies it.
      const selection = window.getSelection();
      if (selection && textRef.current) {
        selection.selectAllChildren(textRef.current);
      }
      setCopied("failed");
    }
  };

  return (
    <div className="mermaid-panel">
      <section className="mermaid-panel__rendering" aria-label="Mermaid rendering">
        {render.state === "idle" && !wanted ? (
          <div className="mermaid-panel__ask">
            <p>This graph has {graph.nodes.length.toLocaleString()} nodes; Mermaid may take a while to draw it in the browser.</p>
            <button type="button" className="button" onClick={() => setWanted(true)}>
              Render anyway
            </button>
          </div>
        ) : null}
        {render.state === "rendering" ? <Loading label="Rendering with Mermaid…" /> : null}
        {render.state === "failed" ? <ErrorBanner title="Mermaid could not render this diagram.">{render.message}</ErrorBanner> : null}
        {render.state === "done" ? (
          // Mermaid's output at securityLevel "strict" is sanitised by Mermaid itself (DOMPurify).
          <div className="mermaid-panel__svg" data-testid="mermaid-svg" dangerouslySetInnerHTML={{ __html: render.svg }} />
        ) : null}
      </section>
      <section className="mermaid-panel__source" aria-label="Mermaid text">
        <div className="mermaid-panel__actions button-row">
          <button type="button" className="button button--small" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" className="button button--small" onClick={() => downloadText(`${fileName}.mmd`, text, "text/plain;charset=utf-8")}>
            Download .mmd
          </button>
          <span className="subtle" role="status" aria-live="polite">
            {copied === "copied" ? "Copied to the clipboard." : copied === "failed" ? "Selected: press Ctrl+C (⌘C) to copy." : ""}
          </span>
        </div>
        <pre ref={textRef} className="mermaid-panel__text" tabIndex={0} aria-label="Mermaid source">
          {text}
        </pre>
      </section>
    </div>
  );
}
