import type { ReactNode } from "react";
import "./DataTable.css";

export interface TColumn<TRow> {
  key: string;
  header: string;
  cell: (row: TRow) => ReactNode;
  /** Narrow columns (counts, badges) do not wrap. */
  nowrap?: boolean;
}

interface TDataTableProps<TRow> {
  /** Read by screen readers to name the table. */
  caption: string;
  columns: TColumn<TRow>[];
  rows: TRow[];
  rowKey: (row: TRow) => string;
  /** Dims the rows while a newer page loads, instead of blanking the table. */
  stale?: boolean;
}

export function DataTable<TRow>({ caption, columns, rows, rowKey, stale = false }: TDataTableProps<TRow>) {
  return (
    <div className="data-table__scroll">
      <table className={stale ? "data-table data-table--stale" : "data-table"} aria-busy={stale || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.nowrap ? "data-table__nowrap" : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
