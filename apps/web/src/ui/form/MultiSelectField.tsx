import type { ReactNode } from "react";
import { Field } from "./Field.tsx";
import { ReferenceSearch } from "./ReferenceSearch.tsx";
import type { TReferenceOption } from "./reference-option.ts";
import "./MultiSelectField.css";

interface TMultiSelectFieldProps {
  name: string;
  label: string;
  /** What one entry is called: "team", "repository". */
  noun: string;
  nounPlural: string;
  selected: TReferenceOption[];
  onChange: (selected: TReferenceOption[]) => void;
  query: string;
  onQueryChange: (query: string) => void;
  /** Matches for the current query, fetched by the caller. */
  options: TReferenceOption[];
  loading: boolean;
  hint?: ReactNode;
}

/** Chips for what is chosen, and a search box to add more; for many-to-many relations. */
export function MultiSelectField({ name, label, noun, nounPlural, selected, onChange, query, onQueryChange, options, loading, hint }: TMultiSelectFieldProps) {
  const chosen = new Set(selected.map((option) => option.value));
  const available = options.filter((option) => !chosen.has(option.value));
  return (
    <Field name={name} label={label} hint={hint}>
      {(control) => (
        <div className="multi-select">
          {selected.length > 0 ? (
            <ul className="multi-select__chips" aria-label={`Selected ${nounPlural}`}>
              {selected.map((option) => (
                <li key={option.value} className="chip">
                  <span className="chip__label">{option.label}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={`Remove ${option.label}`}
                    onClick={() => onChange(selected.filter((other) => other.value !== option.value))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="subtle">No {nounPlural} selected.</p>
          )}
          <ReferenceSearch
            control={control}
            query={query}
            onQueryChange={onQueryChange}
            options={available}
            loading={loading}
            onSelect={(option) => onChange([...selected, option])}
            noun={noun}
            emptyStatus={`No more ${nounPlural} to add.`}
            placeholder={`Search ${nounPlural} to add…`}
          />
        </div>
      )}
    </Field>
  );
}
