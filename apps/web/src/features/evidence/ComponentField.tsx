import { Field } from "../../ui/form/Field.tsx";
import { ReferenceSearch } from "../../ui/form/ReferenceSearch.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { useReferenceSearch } from "../catalog/reference-options.ts";
import "../../ui/form/MultiSelectField.css";

interface TComponentFieldProps {
  name: string;
  label: string;
  value: TReferenceOption | null;
  onChange: (value: TReferenceOption | null) => void;
  hint?: string;
}

/** At most one component, found by typing its name: a chip once chosen, a search box until then. */
export function ComponentField({ name, label, value, onChange, hint }: TComponentFieldProps) {
  const search = useReferenceSearch("component");
  return (
    <Field name={name} label={label} hint={hint}>
      {(control) =>
        value ? (
          <div className="multi-select">
            <span className="multi-select__chips">
              <span className="chip">
                <span className="chip__label" id={control.id} tabIndex={-1}>
                  {value.label}
                </span>
                <button type="button" className="chip__remove" aria-label={`Remove ${value.label}`} onClick={() => onChange(null)}>
                  ×
                </button>
              </span>
            </span>
          </div>
        ) : (
          <ReferenceSearch
            control={control}
            query={search.query}
            onQueryChange={search.setQuery}
            options={search.options}
            loading={search.loading}
            onSelect={onChange}
            noun="component"
            emptyStatus="No components yet."
            placeholder="Search components…"
          />
        )
      }
    </Field>
  );
}
