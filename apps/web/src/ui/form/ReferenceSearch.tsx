import { Combobox } from "../Combobox.tsx";
import type { TFieldControlProps } from "./Field.tsx";
import { OptionText } from "./OptionText.tsx";
import type { TReferenceOption } from "./reference-option.ts";

interface TReferenceSearchProps {
  /** The wiring from the surrounding `Field`. */
  control: TFieldControlProps;
  query: string;
  onQueryChange: (query: string) => void;
  /** The matches still on offer; the caller leaves out what is already chosen. */
  options: TReferenceOption[];
  /** A search is under way, or what was typed has not been searched yet. */
  loading: boolean;
  /** Called with the option picked; the search box is emptied after it. */
  onSelect: (option: TReferenceOption) => void;
  /** What one entry is called, for "No component matches …". */
  noun: string;
  /** Said when nothing is typed and nothing is on offer, e.g. "No more teams to add.". */
  emptyStatus: string;
  placeholder: string;
}

/** A search box offering catalog entries by name as the user types; the options are fetched by the caller. */
export function ReferenceSearch({ control, query, onQueryChange, options, loading, onSelect, noun, emptyStatus, placeholder }: TReferenceSearchProps) {
  const status = options.length > 0 ? undefined : loading ? "Searching…" : query ? `No ${noun} matches “${query}”.` : emptyStatus;
  return (
    <Combobox
      inputId={control.id}
      describedBy={control["aria-describedby"]}
      invalid={control["aria-invalid"]}
      value={query}
      onValueChange={onQueryChange}
      groups={[{ key: "options", items: options }]}
      getKey={(option) => option.value}
      renderItem={(option) => <OptionText option={option} />}
      onSelect={(option) => {
        onSelect(option);
        onQueryChange("");
      }}
      autoHighlight
      status={status}
      placeholder={placeholder}
    />
  );
}
