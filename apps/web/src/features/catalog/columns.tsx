import type { ReactNode } from "react";
import type { TCatalogKind } from "../../lib/catalog-kinds.ts";
import type { TColumn } from "../../ui/DataTable.tsx";
import { EntityLink } from "./EntityLink.tsx";
import { TeamLinks } from "./TeamLinks.tsx";
import { type VOCABULARIES, VocabularyBadge } from "./VocabularyBadge.tsx";

/** The columns entity tables are made of, so every table links, labels and badges the same way. */

/** The entry's name, linking to its page, with an optional second line (slug, URL, purpose). */
export function nameColumn<T extends { slug: string; name: string }>(kind: TCatalogKind, header: string, secondary?: (row: T) => ReactNode): TColumn<T> {
  return {
    key: header,
    header,
    cell: (row) => (
      <>
        <EntityLink kind={kind} slug={row.slug}>
          <span className="data-table__primary">{row.name}</span>
        </EntityLink>
        {secondary ? <span className="data-table__secondary">{secondary(row)}</span> : null}
      </>
    ),
  };
}

/** A vocabulary value (kind, lifecycle, mesh membership…) as its badge. */
export function badgeColumn<T>(header: string, vocabulary: keyof typeof VOCABULARIES, value: (row: T) => string | null): TColumn<T> {
  return { key: header, header, nowrap: true, cell: (row) => <VocabularyBadge vocabulary={vocabulary} value={value(row)} /> };
}

/** Owning or responsible teams, as links. */
export function teamsColumn<T>(header: string, teams: (row: T) => { slug: string; name: string }[], none?: string): TColumn<T> {
  return { key: header, header, cell: (row) => <TeamLinks teams={teams(row)} none={none} /> };
}

/** A number, such as how many related entries there are. */
export function countColumn<T>(header: string, count: (row: T) => number): TColumn<T> {
  return { key: header, header, nowrap: true, cell: count };
}
