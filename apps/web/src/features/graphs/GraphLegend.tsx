import { useId, useState } from "react";
import type { TLegendEntry } from "./colour.ts";
import { presentEdge } from "./flow/edge-presentation.ts";
import type { TEdgeLegendEntry } from "./views.ts";

interface TGraphLegendProps {
  /** Folded at first where space is short (the card on entity pages). */
  folded?: boolean;
  title: string;
  colours: TLegendEntry[];
  edges: TEdgeLegendEntry[];
}

/** What colours and line styles mean; folds away so it never hides the graph for long. */
export function GraphLegend({ folded = false, title, colours, edges }: TGraphLegendProps) {
  const [open, setOpen] = useState(!folded);
  const bodyId = useId();
  return (
    <section className="graph-legend" aria-label="Legend">
      <button type="button" className="graph-legend__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((value) => !value)}>
        Legend
      </button>
      {open ? (
        <div id={bodyId} className="graph-legend__body">
          {colours.length > 0 ? (
            <>
              <p className="graph-legend__heading">{title}</p>
              <ul className="graph-legend__list">
                {colours.map((entry) => (
                  <li key={entry.value || "other"}>
                    <span className="graph-legend__swatch" style={{ background: entry.colour }} aria-hidden="true" />
                    <span className="graph-legend__label">{entry.label}</span>
                    <span className="graph-legend__count">{entry.count}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {edges.length > 0 ? (
            <>
              <p className="graph-legend__heading">Lines</p>
              <ul className="graph-legend__list">
                {edges.map((entry) => {
                  const look = presentEdge({ id: "", source: "", target: "", emphasis: false, count: 1, ...entry.sample });
                  return (
                    <li key={entry.label}>
                      <svg className="graph-legend__line" width="34" height="10" aria-hidden="true">
                        <path d={look.arrow ? "M1 5 H27" : "M1 5 H33"} fill="none" style={{ ...look.line, strokeWidth: Math.min(look.line.strokeWidth, 2.6) }} />
                        {look.arrow ? <path d="M26 1 L33 5 L26 9 Z" fill={look.colour} /> : null}
                      </svg>
                      <span className="graph-legend__label">{entry.label}</span>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
