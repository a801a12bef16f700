import { useId } from "react";
import { optionsOf } from "../../lib/labels.ts";

interface TSelectFilterProps {
  label: string;
  labels: Record<string, string>;
  value: string | undefined;
  /** The choice that clears the filter, e.g. "All kinds". */
  anyLabel: string;
  onChange: (value: string) => void;
}

/** One vocabulary filter: every value by its label, or any. */
export function SelectFilter({ label, labels, value, anyLabel, onChange }: TSelectFilterProps) {
  const id = useId();
  return (
    <div className="filter-bar__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value ?? ""} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {optionsOf(labels).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
