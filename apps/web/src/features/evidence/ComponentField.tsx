import { useState } from "react";
import { useDebouncedValue } from "../../lib/use-debounced-value.ts";
import { Combobox } from "../../ui/Combobox.tsx";
import { Field } from "../../ui/form/Field.tsx";
import { OptionText } from "../../ui/form/OptionText.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { useMatchingReferenceOptions } from "../catalog/reference-options.ts";
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
  const [query, setQuery] = useState("");
  const debounced = useDebouncedValue(query, 150);
  const { options, loading } = useMatchingReferenceOptions("component", debounced);
  const waiting = loading || query !== debounced;
  const status = options.length > 0 ? undefined : waiting ? "Searching…" : query ? `No component matches “${query}”.` : "No components yet.";
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
          <Combobox
            inputId={control.id}
            describedBy={control["aria-describedby"]}
            invalid={control["aria-invalid"]}
            value={query}
            onValueChange={setQuery}
            groups={[{ key: "components", items: options }]}
            getKey={(option) => option.value}
            renderItem={(option) => <OptionText option={option} />}
            onSelect={(option) => {
              onChange(option);
              setQuery("");
            }}
            autoHighlight
            status={status}
            placeholder="Search components…"
          />
        )
      }
    </Field>
  );
}
