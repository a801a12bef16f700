import type { ReactNode } from "react";
import { Combobox } from "../Combobox.tsx";
import { Field } from "./Field.tsx";
import { OptionText } from "./OptionText.tsx";
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
  const status = available.length > 0 ? undefined : loading ? "Searching…" : query ? `No ${noun} matches “${query}”.` : `No more ${nounPlural} to add.`;
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
          <Combobox
            inputId={control.id}
            describedBy={control["aria-describedby"]}
            invalid={control["aria-invalid"]}
            value={query}
            onValueChange={onQueryChange}
            groups={[{ key: "options", items: available }]}
            getKey={(option) => option.value}
            renderItem={(option) => <OptionText option={option} />}
            onSelect={(option) => {
              onChange([...selected, option]);
              onQueryChange("");
            }}
            autoHighlight
            status={status}
            placeholder={`Search ${nounPlural} to add…`}
          />
        </div>
      )}
    </Field>
  );
}
