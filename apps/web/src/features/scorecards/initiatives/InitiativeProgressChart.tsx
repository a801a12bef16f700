import { useState } from "react";
import { Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip } from "recharts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { CHART_MARGIN, chartGrid, percentAxis, PointsTable, RecordedDot, recordedSince, SCORE_COLOUR, timeAxis } from "../shared/chart-parts.tsx";
import { extendToNow } from "../shared/trend-data.ts";

interface TProgressPoint {
  takenAt: string;
  entities: number;
  done: number;
  percent: number;
}

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
  const rows = extendToNow(
    points.map((point) => ({ t: new Date(point.takenAt).getTime(), percent: point.percent, done: point.done, entities: point.entities, current: false })),
    now,
  );
  const target = new Date(`${targetDate}T23:59:59.999Z`).getTime();
  return (
    <figure className="initiative-chart" aria-label={label}>
      <div className="initiative-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ ...CHART_MARGIN, right: 12 }}>
            {chartGrid()}
            {timeAxis(target)}
            {percentAxis()}
            <ReferenceLine x={target} stroke="#b42318" strokeDasharray="4 3" label={{ value: "Target date", position: "insideTopRight", fontSize: 11, fill: "#b42318" }} />
            <ReferenceLine y={100} stroke="#17703f" strokeDasharray="2 3" />
            <Tooltip
              labelFormatter={(t) => formatDateTime(new Date(Number(t)))}
              formatter={(value, _name, item) => [`${value}% (${(item.payload as { done: number }).done} of ${(item.payload as { entities: number }).entities})`, "At target"]}
            />
            <Line dataKey="percent" name="At target" type="stepAfter" stroke={SCORE_COLOUR} strokeWidth={2.5} dot={(dot) => <RecordedDot key={`${dot.index}`} {...dot} r={4} fill={SCORE_COLOUR} />} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="subtle">
        {recordedSince(points)}
      </figcaption>
      <PointsTable
        label={label}
        columns={[
          { header: "At target", cell: (point) => `${point.percent}% (${point.done})` },
          { header: "Entities", cell: (point) => point.entities },
        ]}
        points={points}
      />
    </figure>
  );
}
