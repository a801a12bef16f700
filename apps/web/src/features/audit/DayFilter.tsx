import { useId } from "react";

interface TDayFilterProps {
  label: string;
  value: string | undefined;
  min?: string;
  max?: string;
  onChange: (day: string) => void;
}

/** A day (YYYY-MM-DD) bounding the period, included in it. */
export function DayFilter({ label, value, min, max, onChange }: TDayFilterProps) {
  const id = useId();
  return (
    <div className="filter-bar__field audit-filters__day">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" type="date" value={value ?? ""} min={min} max={max} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
