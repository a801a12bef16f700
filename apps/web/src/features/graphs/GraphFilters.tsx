import { COMPONENT_KIND_LABELS } from "@topograph/domain";
import { useId } from "react";
import { optionsOf, type TOption } from "../../lib/labels.ts";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import type { TFilterName } from "./url-state.ts";

const FILTER_LABELS: Record<TFilterName, { label: string; any: string }> = {
  teamSlug: { label: "Team", any: "All teams" },
  boundedContextSlug: { label: "Bounded context", any: "All contexts" },
  componentKind: { label: "Component kind", any: "All kinds" },
  environmentSlug: { label: "Environment", any: "All environments" },
  clusterSlug: { label: "Cluster", any: "All clusters" },
};

interface TGraphFiltersProps {
  names: readonly TFilterName[];
  values: Partial<Record<TFilterName, string>>;
  onChange: (name: TFilterName, value: string) => void;
  onClear: () => void;
}

/** The server-side filters of a graph, as selects; each choice is applied at once and kept in the URL. */
export function GraphFilters({ names, values, onChange, onClear }: TGraphFiltersProps) {
  const id = useId();
  const options: Record<TFilterName, TOption[]> = {
    teamSlug: useAllReferenceOptions("team").options,
    boundedContextSlug: useAllReferenceOptions("bounded-context").options,
    componentKind: optionsOf(COMPONENT_KIND_LABELS),
    environmentSlug: useAllReferenceOptions("environment").options,
    clusterSlug: useAllReferenceOptions("cluster").options,
  };
  const active = names.some((name) => values[name]);
  return (
    <div className="graph-filters" role="group" aria-label="Filters">
      {names.map((name) => {
        const value = values[name] ?? "";
        const choices = options[name];
        // A value from a shared link stays selectable even before (or without) its option loading.
        const known = value === "" || choices.some((option) => option.value === value);
        return (
          <div className="graph-control" key={name}>
            <label htmlFor={`${id}-${name}`}>{FILTER_LABELS[name].label}</label>
            <select id={`${id}-${name}`} name={name} className="select select--small" value={value} onChange={(event) => onChange(name, event.target.value)}>
              <option value="">{FILTER_LABELS[name].any}</option>
              {!known ? <option value={value}>{value}</option> : null}
              {choices.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      {active ? (
        <button type="button" className="button button--ghost button--small graph-filters__clear" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
