import { useFieldIssue } from "../../ui/form/FormIssues.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import "./LabelsEditor.css";

export interface TLabelRow {
  /** Identifies the row while editing; a label's name can change as it is typed. */
  rowKey: number;
  name: string;
  value: string;
}

let nextRowKey = 1;
export const newLabelRow = (name = "", value = ""): TLabelRow => ({ rowKey: nextRowKey++, name, value });

export const labelRows = (labels: Record<string, string>): TLabelRow[] => Object.entries(labels).map(([name, value]) => newLabelRow(name, value));

/** The labels the rows stand for; rows with neither name nor value are left out. */
export function labelsOf(rows: readonly TLabelRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((row) => row.name.trim() || row.value.trim()).map((row) => [row.name.trim(), row.value.trim()]));
}

/** Key/value rows for a component's labels; the server's message for `labels.<name>` shows by its row. */
export function LabelsEditor({ labels, onChange }: { labels: TLabelRow[]; onChange: (labels: TLabelRow[]) => void }) {
  const listIssue = useFieldIssue("labels");
  const update = (rowKey: number, change: Partial<TLabelRow>) => onChange(labels.map((row) => (row.rowKey === rowKey ? { ...row, ...change } : row)));
  const names = labels.map((row) => row.name.trim());
  return (
    <div className="labels-editor">
      {listIssue ? <p className="field__error">{listIssue}</p> : null}
      {labels.length === 0 ? <p className="subtle">No labels.</p> : (
        <div className="labels-editor__header" aria-hidden="true">
          <span>Name</span>
          <span>Value</span>
        </div>
      )}
      <ol className="stack-list labels-editor__rows">
        {labels.map((row, index) => {
          const name = row.name.trim();
          const duplicate = name !== "" && names.indexOf(name) !== index;
          return (
            <li key={row.rowKey} className="labels-editor__row">
              <TextField
                name={`labels.${name}`}
                label={`Label ${index + 1} name`}
                labelHidden
                value={row.name}
                onChange={(value) => update(row.rowKey, { name: value })}
                placeholder="e.g. tier"
                mono
                hint={duplicate ? `“${name}” is already used above; only one value can be kept.` : undefined}
              />
              <TextField
                name={`labels.${name}.value`}
                label={`Label ${index + 1} value`}
                labelHidden
                value={row.value}
                onChange={(value) => update(row.rowKey, { value })}
                placeholder="e.g. critical"
                mono
              />
              <button
                type="button"
                className="button button--ghost button--small labels-editor__remove"
                aria-label={`Remove label ${index + 1}${name ? ` (${name})` : ""}`}
                onClick={() => onChange(labels.filter((other) => other.rowKey !== row.rowKey))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" className="button button--small" onClick={() => onChange([...labels, newLabelRow()])}>
          + Add label
        </button>
      </div>
    </div>
  );
}
