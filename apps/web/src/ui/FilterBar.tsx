import { useEffect, useId, useState } from "react";
import type { TOption } from "../lib/labels.ts";
import { useDebouncedValue } from "../lib/use-debounced-value.ts";
import "./FilterBar.css";

export interface TFilterDefinition {
  /** The list input field and URL parameter it sets, e.g. `teamSlug`. */
  name: string;
  label: string;
  options: TOption[];
  /** The choice that clears the filter, e.g. "All teams". */
  anyLabel: string;
}

interface TFilterBarProps {
  noun: string;
  text: string;
  onTextChange: (text: string) => void;
  filters: TFilterDefinition[];
  values: Record<string, string>;
  onFilterChange: (name: string, value: string) => void;
  onClear: () => void;
}

/** Free text plus one select per filter; text is applied as the user pauses, selects at once. */
export function FilterBar({ noun, text, onTextChange, filters, values, onFilterChange, onClear }: TFilterBarProps) {
  const baseId = useId();
  const [draft, setDraft] = useState(text);
  const debounced = useDebouncedValue(draft, 250);
  // The URL is the source of truth: follow it when it changes from outside (back button, a link).
  useEffect(() => setDraft(text), [text]);
  useEffect(() => {
    if (debounced.trim() !== text) onTextChange(debounced.trim());
    // Only a settled draft writes the URL; a new `text` from the URL must not write it back.
  }, [debounced]);
  const active = text !== "" || filters.some((filter) => values[filter.name]);

  return (
    <div className="filter-bar" role="search" aria-label={`Filter ${noun}`}>
      <div className="filter-bar__field filter-bar__field--text">
        <label htmlFor={`${baseId}-q`}>Filter</label>
        <input
          id={`${baseId}-q`}
          className="input"
          type="search"
          value={draft}
          placeholder={`Name or slug`}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") onTextChange(draft.trim());
          }}
        />
      </div>
      {filters.map((filter) => (
        <div className="filter-bar__field" key={filter.name}>
          <label htmlFor={`${baseId}-${filter.name}`}>{filter.label}</label>
          <select
            id={`${baseId}-${filter.name}`}
            name={filter.name}
            className="select"
            value={values[filter.name] ?? ""}
            onChange={(event) => onFilterChange(filter.name, event.target.value)}
          >
            <option value="">{filter.anyLabel}</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {active ? (
        <button type="button" className="button button--ghost button--small filter-bar__clear" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
