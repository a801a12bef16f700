import type { ReactNode } from "react";
import { CATALOG_KINDS } from "../../lib/catalog-kinds.ts";
import { MultiSelectField } from "../../ui/form/MultiSelectField.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { type TReferenceKind, useReferenceSearch } from "./reference-options.ts";

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
  const search = useReferenceSearch(kind);
  return (
    <MultiSelectField
      name={name}
      label={label}
      noun={CATALOG_KINDS[kind].singular}
      nounPlural={CATALOG_KINDS[kind].plural.toLowerCase()}
      selected={selected}
      onChange={onChange}
      query={search.query}
      onQueryChange={search.setQuery}
      options={search.options}
      loading={search.loading}
      hint={hint}
    />
  );
}
