import { type ReactNode, useState } from "react";
import { Area, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, YAxis } from "recharts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { CHART_MARGIN, chartGrid, percentAxis, PointsTable, RecordedDot, recordedSince, SCORE_COLOUR, type TPointsColumn, timeAxis } from "./chart-parts.tsx";
import { levelName, type TLadderLevel } from "./level-colour.ts";
import { distributionRows, entityRows, levelKey, type TDistributionRow, type TDistributionTrendPoint, type TEntityRow, type TEntityTrendPoint } from "./trend-data.ts";
import "./TrendChart.css";

export type { TDistributionTrendPoint, TEntityTrendPoint } from "./trend-data.ts";

interface TTrendChartBase {
  /** The scorecard's ladder, lowest level first: colours the levels. */
  ladder: readonly TLadderLevel[];
  /** Names the chart for assistive tech and captions its data table, e.g. "Production readiness of b-service over time". */
  label: string;
  height?: number;
  /** Shown instead of an empty chart. */
  empty?: string;
}

/** One entity: its weighted score as a line and its level as steps. */
interface TEntityTrendChartProps extends TTrendChartBase {
  variant: "entity";
  points: readonly TEntityTrendPoint[];
}

/** A group or a whole scorecard: entities per level as stacked areas, plus the average score. */
interface TDistributionTrendChartProps extends TTrendChartBase {
  variant: "distribution";
  points: readonly TDistributionTrendPoint[];
}

export type TTrendChartProps = TEntityTrendChartProps | TDistributionTrendChartProps;

/** What a tooltip reads of recharts' props: whether it shows and the hovered row. */
interface TTipProps {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}

const BELOW_COLOUR = "#c5ccd5";

/**
 * A scorecard trend over recorded history. Scores hold until the next change, so lines are steps and
 * the last state is drawn up to now. A visually hidden table carries the same points for screen readers.
 */
export function TrendChart(props: TTrendChartProps) {
  // Fixed per mount, so re-renders do not move the right edge.
  const [now] = useState(() => Date.now());
  const { points, label, height = 220, empty = "No history recorded yet." } = props;
  if (points.length === 0) {
    return (
      <figure className="trend-chart trend-chart--empty" aria-label={label} data-point-count={0}>
        <p className="subtle">{empty}</p>
      </figure>
    );
  }
  return (
    <figure className="trend-chart" aria-label={label} data-point-count={points.length}>
      <div className="trend-chart__plot" aria-hidden="true" style={{ height }}>
        {props.variant === "entity" ? <EntityPlot ladder={props.ladder} rows={entityRows(props.points, now)} /> : <DistributionPlot ladder={props.ladder} rows={distributionRows(props.points, props.ladder, now)} />}
      </div>
      <figcaption className="trend-chart__caption">
        {recordedSince(points)}
      </figcaption>
      {props.variant === "entity" ? <EntityTable label={label} ladder={props.ladder} points={props.points} /> : <DistributionTable label={label} ladder={props.ladder} points={props.points} />}
    </figure>
  );
}

function EntityPlot({ ladder, rows }: { ladder: readonly TLadderLevel[]; rows: TEntityRow[] }) {
  const levelTicks = [-1, ...ladder.map((_, index) => index)];
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={rows} margin={CHART_MARGIN}>
        {chartGrid()}
        {timeAxis()}
        {percentAxis({ yAxisId: "score" })}
        <YAxis yAxisId="level" orientation="right" domain={[-1, Math.max(ladder.length - 1, 0)]} ticks={levelTicks} tickFormatter={(v: number) => (v < 0 ? "None" : levelName(ladder, v))} width={64} tick={{ fontSize: 11 }} allowDecimals={false} />
        <Tooltip content={(tip) => <EntityTooltip {...tip} ladder={ladder} />} />
        <Legend verticalAlign="top" height={24} iconSize={10} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Line yAxisId="level" name="Level" dataKey="level" type="stepAfter" stroke="#7a8491" strokeWidth={2} strokeDasharray="5 3" isAnimationActive={false} dot={(dot) => <LevelDot key={`${dot.index}`} {...dot} ladder={ladder} />} activeDot={false} />
        <Line yAxisId="score" name="Score" dataKey="score" type="stepAfter" stroke={SCORE_COLOUR} strokeWidth={2.5} isAnimationActive={false} dot={(dot) => <RecordedDot key={`${dot.index}`} {...dot} r={3.5} fill={SCORE_COLOUR} />} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

interface TDotProps {
  cx?: number;
  cy?: number;
  payload?: { current: boolean; level?: number };
}

/** Recorded points only, in the level's colour; the drawn continuation to now gets no dot. */
function LevelDot({ cx, cy, payload, ladder }: TDotProps & { ladder: readonly TLadderLevel[] }) {
  if (cx === undefined || cy === undefined || !payload || payload.current) return <g />;
  const level = payload.level !== undefined && payload.level >= 0 ? ladder[payload.level] : undefined;
  return <circle cx={cx} cy={cy} r={4.5} fill={level?.color ?? "#fff"} stroke={level ? "#fff" : "#7a8491"} strokeWidth={1.5} />;
}

function EntityTooltip({ active, payload, ladder }: TTipProps & { ladder: readonly TLadderLevel[] }) {
  const row = active ? (payload?.[0]?.payload as TEntityRow | undefined) : undefined;
  if (!row) return null;
  return (
    <TipBox row={row}>
      <p>
        Level: <strong>{levelName(ladder, row.level)}</strong>
      </p>
      <p>
        Score: <strong>{row.score}%</strong>
      </p>
    </TipBox>
  );
}

/** A tooltip's frame and its title: when the hovered row was recorded, or that it is the state now. */
function TipBox({ row, children }: { row: { t: number; current: boolean }; children: ReactNode }) {
  return (
    <div className="trend-chart__tooltip">
      <p className="trend-chart__tooltip-title">{row.current ? "Now (unchanged)" : formatDateTime(new Date(row.t))}</p>
      {children}
    </div>
  );
}

function DistributionPlot({ ladder, rows }: { ladder: readonly TLadderLevel[]; rows: TDistributionRow[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={rows} margin={CHART_MARGIN}>
        {chartGrid()}
        {timeAxis()}
        <YAxis yAxisId="count" allowDecimals={false} domain={[0, "dataMax"]} width={36} tick={{ fontSize: 11 }} />
        {percentAxis({ yAxisId: "score", orientation: "right" })}
        <Tooltip content={(tip) => <DistributionTooltip {...tip} ladder={ladder} />} />
        <Legend verticalAlign="top" height={24} iconSize={10} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Area yAxisId="count" name="No level" dataKey="below" stackId="levels" type="stepAfter" stroke={BELOW_COLOUR} fill={BELOW_COLOUR} fillOpacity={0.6} isAnimationActive={false} />
        {ladder.map((level, index) => (
          <Area key={level.name} yAxisId="count" name={level.name} dataKey={levelKey(index)} stackId="levels" type="stepAfter" stroke={level.color} fill={level.color} fillOpacity={0.7} isAnimationActive={false} />
        ))}
        <Line yAxisId="score" name="Average score" dataKey="average" type="stepAfter" stroke={SCORE_COLOUR} strokeWidth={2.5} isAnimationActive={false} dot={(dot) => <RecordedDot key={`${dot.index}`} {...dot} r={3.5} fill={SCORE_COLOUR} />} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

function DistributionTooltip({ active, payload, ladder }: TTipProps & { ladder: readonly TLadderLevel[] }) {
  const row = active ? (payload?.[0]?.payload as TDistributionRow | undefined) : undefined;
  if (!row) return null;
  return (
    <TipBox row={row}>
      <p>
        Average score: <strong>{row.average}%</strong> over {row.total}
      </p>
      {[...ladder.keys()].reverse().map((index) => (
        <p key={ladder[index]!.name}>
          <span className="trend-chart__swatch" style={{ background: ladder[index]!.color }} /> {ladder[index]!.name}: {row[levelKey(index)]}
        </p>
      ))}
      <p>
        <span className="trend-chart__swatch" style={{ background: BELOW_COLOUR }} /> No level: {row.below}
      </p>
    </TipBox>
  );
}

function EntityTable({ label, ladder, points }: { label: string; ladder: readonly TLadderLevel[]; points: readonly TEntityTrendPoint[] }) {
  const columns: TPointsColumn<TEntityTrendPoint>[] = [
    { header: "Level", cell: (point) => levelName(ladder, point.levelIndex) },
    { header: "Score", cell: (point) => `${point.score}%` },
  ];
  return <PointsTable label={label} columns={columns} points={points} />;
}

function DistributionTable({ label, ladder, points }: { label: string; ladder: readonly TLadderLevel[]; points: readonly TDistributionTrendPoint[] }) {
  const columns: TPointsColumn<TDistributionTrendPoint>[] = [
    { header: "No level", cell: (point) => point.belowFirst },
    ...ladder.map((level, index) => ({ header: level.name, cell: (point: TDistributionTrendPoint) => point.levelCounts[index] ?? 0 })),
    { header: "Average score", cell: (point) => `${point.averageScore}%` },
  ];
  return <PointsTable label={label} columns={columns} points={points} />;
}
