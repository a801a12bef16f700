import { useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDateTime } from "../../../lib/format-date.ts";

interface TProgressPoint {
  takenAt: string;
  entities: number;
  done: number;
  percent: number;
}

const shortDate = (t: number) => new Date(t).toLocaleDateString(undefined, { month: "short", day: "numeric" });

/**
 * The share of entities at the target level over time, as steps (a share holds until the next
 * change), drawn up to today. A visually hidden table carries the same points for screen readers.
 */
export function InitiativeProgressChart({ points, label, targetDate }: { points: readonly TProgressPoint[]; label: string; targetDate: string }) {
  const [now] = useState(() => Date.now());
  if (points.length === 0) {
    return (
      <figure className="initiative-chart initiative-chart--empty" aria-label={label}>
        <p className="subtle">No history recorded yet: a point is recorded whenever the catalog or a checklist changes.</p>
      </figure>
    );
  }
  const rows = points.map((point) => ({ t: new Date(point.takenAt).getTime(), percent: point.percent, done: point.done, entities: point.entities, current: false }));
  const last = rows.at(-1)!;
  if (now > last.t) rows.push({ ...last, t: now, current: true });
  const target = new Date(`${targetDate}T23:59:59.999Z`).getTime();
  return (
    <figure className="initiative-chart" aria-label={label}>
      <div className="initiative-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e6e9ee" vertical={false} />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", (max: number) => Math.max(max, target)]} tickFormatter={shortDate} tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} width={42} tick={{ fontSize: 11 }} />
            <ReferenceLine x={target} stroke="#b42318" strokeDasharray="4 3" label={{ value: "Target date", position: "insideTopRight", fontSize: 11, fill: "#b42318" }} />
            <ReferenceLine y={100} stroke="#17703f" strokeDasharray="2 3" />
            <Tooltip
              labelFormatter={(t) => formatDateTime(new Date(Number(t)))}
              formatter={(value, _name, item) => [`${value}% (${(item.payload as { done: number }).done} of ${(item.payload as { entities: number }).entities})`, "At target"]}
            />
            <Line dataKey="percent" name="At target" type="stepAfter" stroke="#1d5fa6" strokeWidth={2.5} dot={(dot) => <PointDot key={`${dot.index}`} {...dot} />} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="subtle">
        {points.length === 1 ? "1 recorded point" : `${points.length} recorded points`} since {formatDateTime(points[0]!.takenAt)}
      </figcaption>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">Recorded</th>
            <th scope="col">At target</th>
            <th scope="col">Entities</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.takenAt}>
              <td>{formatDateTime(point.takenAt)}</td>
              <td>
                {point.percent}% ({point.done})
              </td>
              <td>{point.entities}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Recorded points get a dot (a single point would otherwise not show); the drawn continuation to today does not. */
function PointDot({ cx, cy, payload }: { cx?: number; cy?: number; payload?: { current: boolean } }) {
  if (cx === undefined || cy === undefined || payload?.current) return <g />;
  return <circle cx={cx} cy={cy} r={4} fill="#1d5fa6" stroke="#fff" strokeWidth={1.5} />;
}
