import { MAX_GRAPH_NODES } from "@topograph/domain";
import { plural } from "../../lib/labels.ts";
import type { TGraph } from "./graph-types.ts";

const counted = (count: number, one: string) => plural(count, one).replace(String(count), count.toLocaleString());

/** Findings shown at once; the rest fold away, and a long tail is not listed at all. */
const SHOWN_FINDINGS = 3;
const LISTED_FINDINGS = 500;

interface TGraphNoticesProps {
  graph: TGraph;
  maxNodes?: number;
  /** Raises the cap; absent where the view cannot ask for more. */
  onShowMore?: () => void;
  /** The neighbourhood view expands by one step instead. */
  onExpand?: () => void;
}

/** The findings the server points out, and what a cap left out, with the way to see more. */
export function GraphNotices({ graph, maxNodes, onShowMore, onExpand }: TGraphNoticesProps) {
  const { hidden, notes } = graph;
  const capped = hidden.nodes > 0 || hidden.edges > 0;
  const further = notes.filter((note) => /one step further out/.test(note));
  const findings = notes.filter((note) => !further.includes(note));
  if (!capped && findings.length === 0 && further.length === 0) return null;
  return (
    <div className="graph-notices">
      {findings.length > 0 ? (
        <div className="graph-notices__findings" role="note" aria-label="Findings">
          <p className="graph-notices__title">{plural(findings.length, "finding")}</p>
          <ul>
            {findings.slice(0, SHOWN_FINDINGS).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          {findings.length > SHOWN_FINDINGS ? (
            <details className="graph-notices__more">
              <summary>Show {findings.length > LISTED_FINDINGS ? `the next ${(LISTED_FINDINGS - SHOWN_FINDINGS).toLocaleString()}` : `all ${findings.length.toLocaleString()}`}</summary>
              <ul>
                {findings.slice(SHOWN_FINDINGS, LISTED_FINDINGS).map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
              {findings.length > LISTED_FINDINGS ? <p className="subtle">…and {(findings.length - LISTED_FINDINGS).toLocaleString()} more; filter the graph to see those that concern you.</p> : null}
            </details>
          ) : null}
        </div>
      ) : null}
      {capped ? (
        <p className="graph-notices__capped" role="status">
          <strong>
            {counted(hidden.nodes, "more node")} and {counted(hidden.edges, "more edge")} not shown
          </strong>
          {maxNodes ? <span className="subtle"> (showing the first {maxNodes.toLocaleString()})</span> : null}
          {onShowMore && maxNodes !== undefined && maxNodes < MAX_GRAPH_NODES ? (
            <button type="button" className="button button--small" onClick={onShowMore}>
              Show more
            </button>
          ) : null}
        </p>
      ) : null}
      {further.map((note) => (
        <p key={note} className="graph-notices__capped" role="status">
          <span>{note}</span>
          {onExpand ? (
            <button type="button" className="button button--small" onClick={onExpand}>
              Expand one step
            </button>
          ) : null}
        </p>
      ))}
    </div>
  );
}
