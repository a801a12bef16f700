import type { ReactNode } from "react";
import { Link } from "react-router";
import { DataTable, type TColumn } from "../../ui/DataTable.tsx";
import { Section } from "../../ui/Section.tsx";
import "./RelatedSection.css";

interface TRelatedSectionProps<TRow> {
  title: string;
  rows: TRow[];
  /** How many there are in all, when the page shows only the first ones. */
  total?: number;
  columns: TColumn<TRow>[];
  rowKey: (row: TRow) => string;
  /** Says what it means that there are none, e.g. "Owns no components yet." */
  empty: ReactNode;
  /** The full, filtered list, for when not every row is shown here. */
  moreTo?: string;
  actions?: ReactNode;
}

/** A relation of an entity page: a titled table of related entries, or a sentence when there are none. */
export function RelatedSection<TRow>({ title, rows, total, columns, rowKey, empty, moreTo, actions }: TRelatedSectionProps<TRow>) {
  const count = total ?? rows.length;
  return (
    <Section title={title} count={count} actions={actions} flush>
      {rows.length === 0 ? (
        <RelationEmpty>{empty}</RelationEmpty>
      ) : (
        <>
          <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} />
          {moreTo && count > rows.length ? (
            <RelationEmpty>
              Showing {rows.length} of {count}. <Link to={moreTo}>See all {title.toLowerCase()}</Link>
            </RelationEmpty>
          ) : null}
        </>
      )}
    </Section>
  );
}

/** A sentence in place of a relation's table: that there are none, or that not all are shown. */
export function RelationEmpty({ children }: { children: ReactNode }) {
  return <p className="relation-empty">{children}</p>;
}
