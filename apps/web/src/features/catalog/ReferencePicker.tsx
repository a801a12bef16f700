import { type ReactNode, useState } from "react";
import { CATALOG_KINDS } from "../../lib/catalog-kinds.ts";
import { useDebouncedValue } from "../../lib/use-debounced-value.ts";
import { MultiSelectField } from "../../ui/form/MultiSelectField.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { type TReferenceKind, useMatchingReferenceOptions } from "./reference-options.ts";

interface TReferencePickerProps {
  kind: TReferenceKind;
  /** The input field holding the slugs, e.g. `ownerTeamSlugs`; the server names it in its messages. */
  name: string;
  label: string;
  selected: TReferenceOption[];
  onChange: (selected: TReferenceOption[]) => void;
  hint?: ReactNode;
}

/** Picks related entries of one kind by searching the catalog as the user types. */
export function ReferencePicker({ kind, name, label, selected, onChange, hint }: TReferencePickerProps) {
  const [query, setQuery] = useState("");
  const debounced = useDebouncedValue(query, 150);
  const { options, loading } = useMatchingReferenceOptions(kind, debounced);
  return (
    <MultiSelectField
      name={name}
      label={label}
      noun={CATALOG_KINDS[kind].singular}
      nounPlural={CATALOG_KINDS[kind].plural.toLowerCase()}
      selected={selected}
      onChange={onChange}
      query={query}
      onQueryChange={setQuery}
      options={options}
      loading={loading || query !== debounced}
      hint={hint}
    />
  );
}
