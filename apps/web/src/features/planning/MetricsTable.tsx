import { useState } from "react";
import { MetricDelta } from "./MetricDelta.tsx";
import { formatMetric, formatNumber } from "./metric-format.ts";
import type { TMetricDelta } from "./planning-types.ts";
import "../../ui/DataTable.css";
import "./MetricsTable.css";

interface TMetricsTableProps {
  deltas: TMetricDelta[];
  /** Column headings of the two sides: "Today" and "Scenario", or two scenarios' names. */
  baselineLabel: string;
  scenarioLabel: string;
}

/** The three figure columns both tables share: the two sides and the change. */
function FigureHeadings({ baselineLabel, scenarioLabel }: Pick<TMetricsTableProps, "baselineLabel" | "scenarioLabel">) {
  return (
    <>
      {[baselineLabel, scenarioLabel, "Change"].map((heading, i) => (
        <th key={i} scope="col" className="metrics-table__figure">
          {heading}
        </th>
      ))}
    </>
  );
}

/**
 * Every planning metric with its definition, both sides and the change coloured by verdict; each
 * opens to its rows (per team, context, pair of teams or component) with their own changes and notes.
 */
export function MetricsTable({ deltas, baselineLabel, scenarioLabel }: TMetricsTableProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpen((current) => (current.has(id) ? new Set([...current].filter((x) => x !== id)) : new Set([...current, id])));
  return (
    <div className="data-table__scroll">
      <table className="data-table metrics-table">
        <caption className="visually-hidden">Metrics: {baselineLabel} against {scenarioLabel}</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <FigureHeadings baselineLabel={baselineLabel} scenarioLabel={scenarioLabel} />
          </tr>
        </thead>
        {deltas.map((metric) => {
          const expanded = open.has(metric.id);
          const rowsId = `metric-rows-${metric.id}`;
          return (
            <tbody key={metric.id} className="metrics-table__metric">
              <tr>
                <th scope="row" className="metrics-table__title">
                  <div className="metrics-table__name">
                    <button type="button" className="metrics-table__toggle" aria-expanded={expanded} aria-controls={rowsId} disabled={metric.rows.length === 0} onClick={() => toggle(metric.id)}>
                      <span aria-hidden="true">{expanded ? "▾" : "▸"}</span>
                      <span className="visually-hidden">{expanded ? "Hide" : "Show"} the rows of </span>
                      {metric.definition.title}
                    </button>
                    <span className="metrics-table__count">{metric.rows.length === 1 ? "1 row" : `${metric.rows.length} rows`}</span>
                  </div>
                  <details className="metrics-table__help">
                    <summary>What is measured</summary>
                    <p>{metric.definition.definition}</p>
                    <p className="subtle">{metric.definition.better === "higher" ? "Higher is better." : "Lower is better."}</p>
                  </details>
                </th>
                <td className="metrics-table__figure">{formatMetric(metric.baseline, metric.definition.unit)}</td>
                <td className="metrics-table__figure">{formatMetric(metric.scenario, metric.definition.unit)}</td>
                <td className="metrics-table__figure">
                  <MetricDelta delta={metric.delta} verdict={metric.verdict} unit={metric.definition.unit} />
                </td>
              </tr>
              {expanded ? (
                <tr id={rowsId}>
                  <td colSpan={4} className="metrics-table__rows">
                    <table className="metrics-rows">
                      <caption className="visually-hidden">Rows of {metric.definition.title}</caption>
                      <thead>
                        <tr>
                          <th scope="col">Row</th>
                          <FigureHeadings baselineLabel={baselineLabel} scenarioLabel={scenarioLabel} />
                          <th scope="col">Note</th>
                        </tr>
                      </thead>
                      <tbody>
                        {metric.rows.map((row) => (
                          <tr key={row.key} className={row.verdict === "same" ? undefined : "metrics-rows__changed"}>
                            <th scope="row">{row.label}</th>
                            <td className="metrics-table__figure">{formatNumber(row.baseline)}</td>
                            <td className="metrics-table__figure">{formatNumber(row.scenario)}</td>
                            <td className="metrics-table__figure">
                              <MetricDelta delta={row.delta} verdict={row.verdict} />
                            </td>
                            <td className="metrics-rows__note">{row.note}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </td>
                </tr>
              ) : null}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
