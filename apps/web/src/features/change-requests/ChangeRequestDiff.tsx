import type { TProposedChange } from "@topograph/domain";
import { DataTable, type TColumn } from "../../ui/DataTable.tsx";
import { changeRequestDiffRows, spansEntities, type TDiffRow, type TStaleField } from "./change-request-diff.ts";

/** A proposed or current value, as text (never markup), or "none". */
function DiffValue({ text }: { text: string | null }) {
  return text === null ? <span className="subtle">none</span> : <span className="change-request-diff__value">{text}</span>;
}

const entityColumn: TColumn<TDiffRow> = { key: "entity", header: "Entity", cell: (row) => row.entityName };
const fieldColumn: TColumn<TDiffRow> = { key: "field", header: "Field", cell: (row) => <span className="data-table__primary">{row.label}</span> };
const beforeColumn: TColumn<TDiffRow> = {
  key: "before",
  header: "Before",
  cell: (row) => (
    <>
      <del>
        <DiffValue text={row.before} />
      </del>
      {row.movedOnTo ? (
        <span className="change-request-diff__moved">
          Now: <DiffValue text={row.movedOnTo.now} />
        </span>
      ) : null}
    </>
  ),
};
const afterColumn: TColumn<TDiffRow> = {
  key: "after",
  header: "After",
  cell: (row) => (
    <ins>
      <DiffValue text={row.after} />
    </ins>
  ),
};

/** What approving the request would change (or changed): each field before → after. */
export function ChangeRequestDiff({ changes, staleFields }: { changes: TProposedChange[]; staleFields?: TStaleField[] }) {
  const rows = changeRequestDiffRows(changes, staleFields);
  if (rows.length === 0) return <p className="subtle change-request-diff__empty">No fields recorded.</p>;
  const columns = spansEntities(rows) ? [entityColumn, fieldColumn, beforeColumn, afterColumn] : [fieldColumn, beforeColumn, afterColumn];
  return (
    <div className="change-request-diff">
      <DataTable caption="Proposed changes, before and after" columns={columns} rows={rows} rowKey={(row) => row.key} />
    </div>
  );
}
