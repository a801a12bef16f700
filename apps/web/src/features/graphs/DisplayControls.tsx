import { useId } from "react";
import { COLOUR_BY_LABELS, type TColourBy } from "./colour.ts";
import { GROUP_BY_LABELS, type TGroupBy } from "./grouping.ts";

interface TDisplayControlsProps {
  groupBy: TGroupBy;
  groupings: TGroupBy[];
  colourBy: TColourBy;
  colourings: TColourBy[];
  onChange: (change: { groupBy?: TGroupBy; colourBy?: TColourBy }) => void;
}

/** How the graph is drawn: what frames group it and what its colours mean. Only choices that work for this graph are offered. */
export function DisplayControls({ groupBy, groupings, colourBy, colourings, onChange }: TDisplayControlsProps) {
  const id = useId();
  return (
    <>
      <div className="graph-control">
        <label htmlFor={`${id}-group`}>Group by</label>
        <select id={`${id}-group`} className="select select--small" value={groupBy} onChange={(event) => onChange({ groupBy: event.target.value as TGroupBy })}>
          {groupings.map((value) => (
            <option key={value} value={value}>
              {GROUP_BY_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="graph-control">
        <label htmlFor={`${id}-colour`}>Colour by</label>
        <select id={`${id}-colour`} className="select select--small" value={colourings.includes(colourBy) ? colourBy : "none"} onChange={(event) => onChange({ colourBy: event.target.value as TColourBy })}>
          {colourings.map((value) => (
            <option key={value} value={value}>
              {COLOUR_BY_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
