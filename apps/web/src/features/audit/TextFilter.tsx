import { useEffect, useId, useState } from "react";
import { useDebouncedValue } from "../../lib/use-debounced-value.ts";

interface TTextFilterProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/** A free-text filter applied as the user pauses (or presses Enter), following the URL when it changes from outside. */
export function TextFilter({ label, value, onChange, placeholder }: TTextFilterProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const settled = useDebouncedValue(draft, 400);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (settled.trim() !== value) onChange(settled.trim());
    // Only a settled draft writes the URL; a new `value` from the URL must not write it back.
  }, [settled]);
  return (
    <div className="filter-bar__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="search"
        value={draft}
        placeholder={placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") onChange(draft.trim());
        }}
      />
    </div>
  );
}
