import type { ReactNode } from "react";
import { CartesianGrid, XAxis, YAxis } from "recharts";
import { formatDateTime } from "../../../lib/format-date.ts";

/*
 * What the scorecard and initiative charts draw alike. Functions returning elements, not components:
 * recharts reads its axes and grid as the chart's own children.
 */

export const CHART_MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };
export const SCORE_COLOUR = "#1d5fa6";

const TICK = { fontSize: 11 };
const shortDate = (t: number) => new Date(t).toLocaleDateString(undefined, { month: "short", day: "numeric" });

/** Horizontal grid lines only. */
export function chartGrid() {
  return <CartesianGrid stroke="#e6e9ee" vertical={false} />;
}

/** Time along the bottom, from the first row to the last (or to `end`, when that is later: a target date). */
export function timeAxis(end?: number) {
  const max = end === undefined ? "dataMax" : (dataMax: number) => Math.max(dataMax, end);
  return <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", max]} tickFormatter={shortDate} tick={TICK} minTickGap={24} />;
}

/** 0 to 100 %, in quarters. */
export function percentAxis({ yAxisId, orientation }: { yAxisId?: string; orientation?: "left" | "right" } = {}) {
  return <YAxis yAxisId={yAxisId} orientation={orientation} domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} width={42} tick={TICK} />;
}

interface TRecordedDotProps {
  cx?: number;
  cy?: number;
  payload?: { current: boolean };
  r: number;
  fill: string;
}

/** Recorded points get a dot (a single point would otherwise not show); the drawn continuation to now does not. */
export function RecordedDot({ cx, cy, payload, r, fill }: TRecordedDotProps) {
  if (cx === undefined || cy === undefined || payload?.current) return <g />;
  return <circle cx={cx} cy={cy} r={r} fill={fill} stroke="#fff" strokeWidth={1.5} />;
}

/** "3 recorded points since 2 Nov 2026, 10:00": under the chart. */
export function recordedSince(points: readonly { takenAt: string }[]): string {
  return `${points.length === 1 ? "1 recorded point" : `${points.length} recorded points`} since ${formatDateTime(points[0]!.takenAt)}`;
}

export interface TPointsColumn<TPoint> {
  header: string;
  cell: (point: TPoint) => ReactNode;
}

/** The chart's points for screen readers: a visually hidden table, one row a recorded point. */
export function PointsTable<TPoint extends { takenAt: string }>({ label, columns, points }: { label: string; columns: TPointsColumn<TPoint>[]; points: readonly TPoint[] }) {
  return (
    <table className="visually-hidden">
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">Recorded</th>
          {columns.map((column, index) => (
            <th scope="col" key={index}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.takenAt}>
            <td>{formatDateTime(point.takenAt)}</td>
            {columns.map((column, index) => (
              <td key={index}>{column.cell(point)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
